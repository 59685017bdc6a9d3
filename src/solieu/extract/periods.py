"""The period a phrase names (DESIGN.md): ``2018``, ``2024-H1``, ``2024-Q3``, ``2024-10``,
``2021-2025``; the words are the vocabulary's ``periods``."""

from __future__ import annotations

import calendar
import re
from functools import cache
from typing import Final

from solieu.extract.vocabulary import DAY, Words, alternation, vocabulary

QUARTERS: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
MONTHS_IN_A_YEAR: Final = 12
# "(?<!\d)(?:19|20)\d\d(?!\d)", its look-behind after the first digits: a pattern that opens with
# literals is searched by skipping to them, one that opens with a look-behind tries every position.
A_YEAR: Final = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")  # a year, not part of a longer number
# "… đến hết năm 2025", "… tháng 10/2025", "… ngày 31/01/2019", "… được giao năm 2013": a time that ends a text
TIME_AT_END: Final = re.compile(r"\s+(?:(?:19|20)\d\d|\d{1,2}/(?:\d{1,2}/)?(?:19|20)\d\d|\d{1,2}/\d{1,2})$")
_SECOND_YEAR: Final = re.compile(r"\s*[-–]\s*(?:19|20)\d\d(?!\d)")
PHRASE_REACH: Final = 30  # "6 tháng đầu năm 2024": the longest time phrase before its year
BOUND_REACH: Final = 16  # "so với cùng kỳ năm 2023": a base a few words before the time phrase
COMPARED_REACH: Final = 45  # "So với kết quả kiểm toán ngân sách năm 2022": a comparison's words before its time


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = vocabulary().raw["periods"]
    year, span, month, quarter = (alternation(p[k]) for k in ("year", "span", "month", "quarter"))
    h1, h2 = alternation(p["first_half"]), alternation(p["second_half"])
    season = alternation(p["season"] + p["crop_season"])
    phrase = re.compile(
        rf"(?:{season})\s+(?:(?:{year})\s+)?(?P<sa>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<sb>(?:19|20)\d\d))?(?!\d)"
        rf"|(?:{h1})\s+(?P<h1>\d{{4}})|(?:{h2})\s+(?P<h2>\d{{4}})"
        rf"|(?:(?:{span}|{year})\s+)?(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?!\d)"
        rf"|(?:{quarter})\s+(?P<q>iv|i{{1,3}}|[1-4])(?:\s*/\s*|\s+(?:{year})\s+)(?P<qy>\d{{4}})"
        rf"|(?:(?:{month})\s+|{_abbreviated_month()})(?P<m>\d{{1,2}})(?:\s*/\s*|\s+(?:{year})\s+)(?P<my>\d{{4}})"
        rf"|(?<!\w)(?:{year})\s+(?P<y>\d{{4}})(?!\d)", re.I)
    # "từ ngày 01 tháng 7 năm 2024": the day before the month is the bound's too; a bound word is a whole word
    # ("từ năm 2021", not the "từ" of "từng năm: năm 2021", each year then the first of them)
    day = alternation(p["day_of_a_bound"])
    sources = "".join(rf"(?<!{re.escape(w)} )" for w in p["from_sources"])  # "thu từ du lịch năm 2019": no bound
    # "đầu người một tháng năm 2017", "đầu người/tháng năm 2017": the month a rate is per, no bound
    sources += "".join(rf"(?<!{re.escape(w)} )" for w in p["rate_time_heads"]) + "(?<!/)"
    bound = re.compile(rf"(?<!\w){sources}(?:{alternation(p['not_before'])})(?!\w)(?:\s+(?:{day})\s+\d{{1,2}})?"
                       rf"\D{{0,10}}$", re.I)
    # "của năm 2022", and "cuối năm 2020" ("giảm từ 18,4% cuối năm 2020 xuống còn 9,7% cuối năm 2023"): its year
    after = re.compile(rf"\s*(?:{alternation([*p['of'], *p['year_end']])})\s+(\d{{4}})(?!\d)", re.I)
    previous = re.compile(rf"\s*(?:{alternation(p['previous'])})(?!\w)", re.I)
    return phrase, bound, after, previous


@cache
def _compared() -> re.Pattern[str]:
    """A comparison word, then words with no digit, comma, semicolon or bracket up to the time phrase: the
    time is the base, however many words the comparison has ("So với kết quả kiểm toán ngân sách năm 2022"); an
    edition's number among them names the occasion compared with ("so với Đại hội lần thứ 30 năm 2014")."""
    raw = vocabulary().raw
    edition = rf"(?:{alternation(raw['editions'])})\s+\d+"
    return re.compile(rf"(?:{alternation(raw['compared_with'])})\s(?:[^\d,;()]|{edition})*$", re.I)


@cache
def _things_of_years() -> re.Pattern[str]:
    """A clause opening with a plural noun and a "since" word right before a time phrase, or past the first
    year of a span to its second (matched from the clause's start to the phrase)."""
    raw = vocabulary().raw
    p = raw["periods"]
    plural, since, year = alternation(raw["group_plural"]), alternation(p["since"]), alternation(p["year"])
    times = alternation(p["year"] + p["month"] + p["quarter"])
    until = alternation(w.rsplit(" ", 1)[0] for w in p["until_year"])
    return re.compile(rf"[\s\-–+•*]*(?:{plural})\s+(?!(?:{times})(?!\w))[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}\s+"
                      rf"(?:{since})\s+(?:(?:{year})\s+\d{{4}}\s+(?:{until})\s+)?$", re.I)


def names_things_of_years(text: str, start: int, at: int) -> bool:
    """ "Các kiến nghị từ năm 2019 đến năm 2021 đã thực hiện 97,3%": the years at ``at``, right after a plural
    noun opening the clause at ``start``, say which of the things are meant, not the time of the figures."""
    return _things_of_years().match(text, start, at) is not None


def _code(m: re.Match[str]) -> str:
    g = m.groupdict()
    if g["sa"]:  # a crop season: the year it is harvested
        return g["sb"] or g["sa"]
    if g["h1"]:
        return f"{g['h1']}-H1"
    if g["h2"]:
        return f"{g['h2']}-H2"
    if g["a"]:
        return f"{g['a']}-{g['b']}"
    if g["q"]:
        # A case-insensitive match accepts "İ", which lowercases to "i" + a combining dot.
        return f"{g['qy']}-Q{QUARTERS[g['q'].lower().replace(chr(0x307), '')]}"
    if g["m"]:
        return f"{g['my']}-{int(g['m']):02d}"
    return str(g["y"])


def period_in(phrase: str) -> str | None:
    """The first period a phrase names, or None."""
    m = _patterns()[0].search(phrase)
    return _code(m) if m else None


def _abbreviated_month() -> str:
    """A pattern of a month's abbreviation glued to its number ("T11"), as written: capitalised, after no letter,
    digit or dash."""
    return rf"(?<![\w-])(?-i:{alternation(vocabulary().raw['periods']['month_abbreviated'])})(?=\d)"


@cache
def _abbreviated_month_opener() -> re.Pattern[str]:
    """The words a month abbreviated without its year stands right after ("Lũy kế T11"), or the colon or ";" opening
    its clause ("- Sản lượng than nguyên khai: T11 ước đạt …"), ending the text searched."""
    openers = alternation(vocabulary().raw['periods']['abbreviated_month_openers'])
    return re.compile(rf"(?:(?<!\w)(?:{openers})\s+|[:;]\s*)$", re.I)


@cache
def _month_alone() -> re.Pattern[str]:
    """ "CPI tháng 12 giảm …", "riêng Quý III tăng 4,15%", "tổng thu 6 tháng đầu năm đạt": a
    month, a quarter or a half the report's year is understood for."""
    p = vocabulary().raw["periods"]
    month, quarter = alternation(p["month"]), alternation(p["quarter"])
    first, second = alternation(p["first_half"]), alternation(p["second_half"])
    # A quarter may stand before its own figure ("Quý I khoảng 24%, Quý II 26%"), not before a year.
    return re.compile(rf"(?<!\w)(?:(?:(?:(?:{month})\s+|{_abbreviated_month()})(1[0-2]|0?[1-9])(?![\d/]|[.,]\d)"
                      rf"|({first})(?!\w)|({second})(?!\w))(?!\s*(?:/|\w+\s+\d{{4}}|\d))"
                      rf"|(?:{quarter})\s+(iv|i{{1,3}}|[1-4])(?!\w)(?!\s*(?:/|\w+\s+\d{{4}}|\d{{4}}(?!\d))))", re.I)


@cache
def _month_words() -> tuple[str, ...] | None:
    """The month and quarter words, or None if one holds a letter that the case-blind
    pattern matches in more ways than lowercasing gives ("i" matches "ı", "s" matches "ſ")."""
    p = vocabulary().raw["periods"]
    words = tuple(w.lower() for w in p["month"] + p["quarter"])
    return None if not all(words) or any(_folds_oddly(ch) for w in words for ch in w) else words


def _folds_oddly(ch: str) -> bool:
    """A letter a case-blind pattern may match beyond what lowercasing gives: "i" (matches
    "ı"), "s" ("ſ"), and, to be safe, any letter outside the Latin alphabets ("µ", Greek,
    Cyrillic); also "ı", "ſ", "ṡ" and "ẛ"."""
    return ch in ("i", "s", "\u0131", "\u017f", "\u1e61", "\u1e9b") or not (
        ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff")


def _may_name_month(text: str, start: int, end: int, low: str | None) -> bool:
    """``text[start:end]`` holds a month or quarter word, case aside, or a month's abbreviation as written
    (True when unsure); ``low`` is the text lowercased, if at hand."""
    words = _month_words()
    if words is None:
        return True
    part = text[start:end].lower() if low is None else low[start:end]
    for w in words:  # a slice and "in": a bounded find is slower on text that is not ASCII
        if w in part:
            return True
    return _an_abbreviated_month().search(text, start, end) is not None


@cache
def _an_abbreviated_month() -> re.Pattern[str]:
    """A month's abbreviation glued to its number ("T11"): its letter alone stands in most sentences ("Tổng")."""
    return re.compile(_abbreviated_month())


def may_name_period(text: str, start: int, end: int, low: str | None = None) -> bool:
    """Whether ``text[start:end]`` may hold the whole of a period :func:`periods_named` finds
    (True when unsure): each ends with a year, whose "19" or "20" stands inside, or is a month,
    quarter or half named alone, whose month or quarter word stands inside (a half is "6 tháng
    đầu năm": a test holds its words to that). Substring tests, no pattern."""
    part = text[start:end]
    return "19" in part or "20" in part or _may_name_month(text, start, end, low)


def periods_named(text: str, start: int, end: int, year: int | None = None,
                  low: str | None = None, now: int | None = None) -> list[tuple[int, str, str, int]]:
    """Each period named in ``text[start:end]`` as (where it ends, period, phrase, where it
    starts), bases and bounds ("so với năm 2023", "giá so sánh năm 2010") left out; with the
    report's ``year``, a month named alone ("tháng 12") too. ``low``: the text lowercased,
    if at hand and its slices lowercase alike (no "Σ", no "İ"); ``now``: the year "đến nay" runs to, if not the
    report's (a web page's own)."""
    # Most sentences name no time: substring tests say so before any pattern runs.
    months = bool(year) and _may_name_month(text, start, end, low)
    if not months and "19" not in (part := text[start:end]) and "20" not in part:
        return []
    phrase, bound, _, _ = _patterns()
    out = []
    if months:
        for m in _month_alone().finditer(text, start, end):
            if m.group(1) and not text[m.start(1) - 1].isspace() \
                    and not _abbreviated_month_opener().search(text, max(start, m.start() - BOUND_REACH), m.start()):
                continue  # "Tổ T3 có 12 hộ": a team's name; "Lũy kế T11": the month
            if m.group(1) and _a_places_day(text[max(start, m.start() - PLACE_DAY_REACH):m.start()]):
                continue  # "tại Quảng trường 24 tháng 3": the day and month name the place
            if not bound.search(text, max(start, m.start() - BOUND_REACH), m.start()):
                code = (f"{year}-{int(m.group(1)):02d}" if m.group(1)
                        else f"{year}-Q{QUARTERS[m.group(4).lower().replace(chr(0x307), '')]}" if m.group(4)
                        else f"{year}-H1" if m.group(2) else f"{year}-H2")
                out.append((m.end(), code, m.group(), m.start()))
    # Years first (a fast search), then the phrase that ends with each, in a short window.
    covered = -1  # the second year of "từ năm 2021 đến hết năm 2024", read with the first
    for y in A_YEAR.finditer(text, start, end):
        if y.start() < covered:
            continue
        lo = max(start, y.start() - PHRASE_REACH)
        ends = next((x for x in phrase.finditer(text, lo, y.end()) if x.end() == y.end()), None)
        if ends is None or (ends.group("sa") or ends.group("y")) and _SECOND_YEAR.match(text, y.end(), end):
            # "vụ Đông Xuân 2023" of "vụ Đông Xuân 2023-2024": the season ends later; "năm 2021" of
            # "kế hoạch 5 năm 2021-2025": the span, read with its second year
            continue
        if names_things_of_years(text, start, ends.start()) \
                or ends.group("a") and _bodys_session().search(text, start, ends.start()):
            continue
        if ends.group("a") and _straddling().search(text, max(start, ends.start() - STRADDLING_REACH), ends.start()):
            continue  # "niên vụ 2024 - 2025", "mùa khô 2025 - 2026": of neither year, nor of both whole
        if ends.group("a") and int(ends.group("b")) == int(ends.group("a")) + 1 \
                and _crop_season().search(text, max(start, ends.start() - STRADDLING_REACH), ends.start()):
            out.append((ends.end(), ends.group("b"), ends.group(), ends.start()))  # "Vụ tỏi 2018 - 2019": harvested
            continue
        if carried_from(text, y.end()):
            continue  # "kinh phí năm 2024 chuyển sang": the year the sum comes from
        if year and ends.group("y") and int(y.group()) < (to_now := now or year) \
                and (nay := _since()[1].match(text, y.end(), end)) \
                and _since()[0].search(text, max(start, ends.start() - BOUND_REACH), ends.start()):
            # "từ năm 2021 đến nay": the years from that one to the report's (a web page's own)
            out.append((nay.end(), f"{y.group()}-{to_now}", text[ends.start():nay.end()], ends.start()))
            continue
        if ends.group("y") and _from_now_to().search(text, max(start, ends.start() - BOUND_REACH), ends.start()):
            out.append((ends.end(), y.group(), ends.group(), ends.start()))  # "Từ nay đến năm 2020": the horizon
            continue
        if ends.group("y") and (to := _since()[2].match(text, y.end(), end)) and int(to.group(1)) > int(y.group()) \
                and _since()[0].search(text, max(start, ends.start() - BOUND_REACH), ends.start()):
            # "từ năm 2021 đến hết năm 2024": the years from the first to the second
            out.append((to.end(), f"{y.group()}-{to.group(1)}", text[ends.start():to.end()], ends.start()))
            covered = to.end()
            continue
        if not bound.search(text, max(start, ends.start() - BOUND_REACH), ends.start()) \
                and not named_by_year(text[max(start, ends.start() - NAME_REACH):ends.start()]) \
                and not _compared().search(text, max(start, ends.start() - COMPARED_REACH), ends.start()) \
                and not _after_a_comparative(text, max(start, ends.start() - COMPARED_REACH), ends.span()) \
                and not _a_rounds_year(text, ends.start()):
            out.append((ends.end(), _code(ends), ends.group(), ends.start()))
    if "/" in text[start:end] and (windows := _calendar_windows(text, start, end)):
        out = sorted(out + windows)
    if (by_months := month_windows(text, start, end, year)) is not None:
        inside = [(a, b) for a, b, _ in by_months]
        out = sorted([x for x in out if not any(a <= x[3] < b for a, b in inside)]
                     + [(b, code, text[a:b], a) for a, b, code in by_months if code])
    if out and _month_word().search(text, start, end):
        # "(tháng 6 và tháng 10/2024)", "trong tháng 8 và tháng 9/2015": two months named together name no one
        # month, neither the period of what follows; a time named before them still is
        joined = [m.span() for m in _months_joined().finditer(text, start, end)]
        out = [x for x in out if not any(a <= x[3] < b for a, b in joined)]
        for a, b in joined:
            # "tháng 8 có 2 trận lũ quét; tháng 9 và tháng 10 có 81 điểm": after a month named before them, no longer
            # that month's, but of its year
            if (before := [x for x in out if x[3] < a]) and _MONTH_CODE.fullmatch(last := max(before)[1] or ""):
                out.append((b, last[:4], text[a:b], a))
    return sorted(out) if year else out


_MONTH_CODE: Final = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")


PLACE_DAY_REACH: Final = 30  # "Sân vận động 19 " before "tháng 8": a place's word and a day's number


def _a_places_day(before: str) -> bool:
    """ "Quảng trường 24 " before "tháng 3", "đường 30 " before "tháng 4": a day's number after a word of a place
    named by a day and month ends the words before a month, which names the place, no time."""
    head, _, day = before.rstrip().rpartition(" ")
    return day.isdigit() and len(day) <= 2 and vocabulary().places_named_by_a_day.ending(head.lower()) is not None


@cache
def _month_word() -> re.Pattern[str]:
    return re.compile(alternation(vocabulary().raw["periods"]["month"]), re.I)


@cache
def _month_window() -> re.Pattern[str]:
    """ "từ tháng 7 đến tháng 9/2025", "Từ tháng 1 đến hết tháng 6 năm 2025": a window from one month to a later
    one, each month's year after it or neither's (groups 1 to 4); "tháng 02 - 3/2019": two months joined by a
    dash before their year (groups 5 to 7)."""
    p = vocabulary().raw["periods"]
    month, year = alternation(p["month"]), alternation(p["year"])
    of_year = rf"(?:\s*/\s*|\s+(?:{year})\s+)((?:19|20)\d\d)"
    return re.compile(rf"(?<!\w)(?:{alternation(p['since'])})\s+(?:{month})\s+(\d{{1,2}})(?:{of_year})?\s+"
                      rf"(?:{alternation(p['as_of'] + p['to_the_end'])})\s+(?:{month})\s+(\d{{1,2}})(?:{of_year})?"
                      rf"(?![\d/])|(?<!\w)(?:{month})\s+(\d{{1,2}})\s*[-–]\s*(\d{{1,2}}){of_year}(?![\d/])", re.I)


@cache
def _months_joined() -> re.Pattern[str]:
    """ "trong tháng 8 và tháng 9/2015", "tháng 7 và 8", "tháng 7, 8/2015": two months named together, the second's
    word or the year after it joining them (a comma alone before a count, "tháng 8, 12 xã", joins none)."""
    v = vocabulary()
    p = v.raw["periods"]
    month, year, joined = alternation(p["month"]), alternation(p["year"]), alternation(v.raw["list_joiners"])
    of_year = rf"(?:\s*/\s*|\s+(?:{year})\s+)(?:19|20)\d\d"
    return re.compile(rf"(?<!\w)(?:{month})\s+\d{{1,2}}(?:{of_year})?(?:\s+(?:{joined})\s+(?:(?:{month})\s+)?\d{{1,2}}"
                      rf"|\s*,\s*(?:(?:{month})\s+\d{{1,2}}|\d{{1,2}}(?={of_year})))(?:{of_year})?(?![\d/])", re.I)


def month_windows(text: str, start: int, end: int, year: int | None) -> list[tuple[int, int, str | None]] | None:
    """Each window from one month to a later one of the same year (:func:`_month_window`): where it stands, and its
    code when it runs exactly over a quarter or a half ("từ tháng 7 đến tháng 9/2025": "2025-Q3"); a window of other
    months ("Từ tháng 5 đến tháng 9") names no one month, so the month it ends on is no period of its own. None
    without a window, the usual answer."""
    if not _month_word().search(text, start, end):
        return None  # the usual answer, before the window's pattern
    out: list[tuple[int, int, str | None]] = []
    for m in _month_window().finditer(text, start, end):
        if m.group(5):  # "tháng 02 - 3/2019"
            m1, m2, y1, y2 = int(m.group(5)), int(m.group(6)), None, m.group(7)
        else:
            m1, m2, y1, y2 = int(m.group(1)), int(m.group(3)), m.group(2), m.group(4)
        if y1 and y2 and int(y1) + 1 == int(y2) and 1 <= m2 < m1 <= 12:
            out.append((m.start(), m.end(), None))  # "từ tháng 11/2009 đến tháng 3/2010": over two years, no code
            continue
        if not 1 <= m1 < m2 <= 12 or y1 and y2 and y1 != y2:
            continue
        y = y2 or y1 or (str(year) if year else None)
        part = _PARTS_BY_MONTHS.get((m1, m2))
        out.append((m.start(), m.end(), f"{y}-{part}" if y and part else str(y) if y and (m1, m2) == (1, 12) else None))
    return out or None


_PARTS_BY_MONTHS: Final = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}


@cache
def _calendar_window() -> re.Pattern[str]:
    """ "từ ngày 01/7/2025 đến ngày 30/9/2025": a window from one day to a later one, the first day's year maybe left to
    the second's ("từ ngày 01/10 đến ngày 31/10/2018")."""
    p = vocabulary().raw["periods"]
    first = r"(?<!\d)(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?(?![\d/])"
    return re.compile(rf"(?<!\w)(?:{alternation(p['since_a_day'])})\s+{first}\s+(?:{alternation(p['as_of'])})\s+{DAY}",
                      re.I)


def _calendar_windows(text: str, start: int, end: int) -> list[tuple[int, str, str, int]]:
    """Each window from a day to a later one that runs exactly over a month, a quarter, a half or a year ("từ ngày
    01/7/2025 đến ngày 30/9/2025": the third quarter), as :func:`periods_named` gives a period; a window of any
    other days has no code."""
    out = []
    for m in _calendar_window().finditer(text, start, end):
        d1, m1, y1, d2, m2, y2 = (int(g) if g else 0 for g in m.groups())
        y1 = y1 or y2
        if y1 != y2 or d1 != 1 or not 1 <= m1 <= m2 <= 12 or d2 != calendar.monthrange(y2, m2)[1]:
            continue
        code = (f"{y1}-{m1:02d}" if m1 == m2 else str(y1) if (m1, m2) == (1, 12)
                else f"{y1}-{half}" if (half := _PARTS_BY_MONTHS.get((m1, m2))) else None)
        if code:
            out.append((m.end(), code, m.group(), m.start()))
    return out


STRADDLING_REACH: Final = 32  # "niên vụ hồ tiêu 2012 - 2013": the season's words, and its crop's, before its years
STRADDLED_WORDS: Final = 2  # "hồ tiêu", "cà phê nhân": the crop a crop year names between its words and its years


@cache
def _straddling() -> re.Pattern[str]:
    """A crop year's or a season's words right before a span's years, maybe with its crop's words between ("niên vụ
    2024 - 2025", "Niên vụ hồ tiêu 2012 - 2013"), no digit nor mark between."""
    return re.compile(rf"{_straddling_words()}\s*$", re.I)


def _straddling_words() -> str:
    """A crop year's or a season's words, maybe with its crop's after them, as a pattern's piece."""
    words = alternation(vocabulary().raw["periods"]["straddling"])
    return rf"(?<!\w)(?:{words})(?:\s+[^\W\d_]+){{0,{STRADDLED_WORDS}}}"


@cache
def _crop_season() -> re.Pattern[str]:
    """A crop's season right before two years in a row, maybe with its crop's words between ("Vụ tỏi 2018 - 2019",
    "TỎI, HÀNH VỤ 2018 - 2019"), none a year's, a span's or a school year's word: sown in the first year and
    harvested in the second, of that year as a winter-spring season is; not a word ending with the season's word
    ("nhiệm vụ năm học 2018 - 2019")."""
    p = vocabulary().raw["periods"]
    not_after = "".join(rf"(?<!{re.escape(w.rsplit(' ', 1)[0])} )" for w in p["crop_season_lookalikes"])
    other = alternation(p["year"] + p["span"] + p["school_year"])
    return re.compile(rf"(?<!\w){not_after}(?:{alternation(p['crop_season_heads'])})"
                      rf"(?:\s+(?!(?:{other})(?!\w))[^\W\d_]+){{0,{STRADDLED_WORDS}}}\s*$", re.I)


@cache
def _straddling_season() -> re.Pattern[str]:
    """A season or a crop year over two years, its words then its span ("mùa khô 2019 - 2020", "niên vụ 2024 -
    2025")."""
    return re.compile(rf"{_straddling_words()}\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)", re.I)


def straddling_season(text: str) -> str | None:
    """The season over two years ``text`` names ("Mùa khô 2019 - 2020, toàn tỉnh xảy ra 6 vụ cháy rừng"): its figures
    are of neither year, nor of a heading's (GUIDELINES: a crop year), else None."""
    return m.group() if (m := _straddling_season().search(text)) else None


@cache
def _bodys_session() -> re.Pattern[str]:
    """ "HĐND huyện khóa XIX, " right before "nhiệm kỳ 2016 - 2021": a body's session number in Roman numerals before
    a span of years, the term that names the body ("khóa XVIII, năm 2023 có …" names a year, no term)."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().raw['periods']['bodys_sessions'])})\s+[IVXLC]+\s*,?\s*"
                      rf"(?:{alternation(vocabulary().raw['congress_terms'])})?\s*$", re.I)


NAME_REACH: Final = 45  # "Luật Trách nhiệm bồi thường của Nhà nước năm 2017": a name's words before its year


@cache
def _from_now_to() -> re.Pattern[str]:
    """ "từ nay đến ": the words of a span from now, ending right before a year's phrase."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().raw['periods']['from_now_to'])})\s*$", re.I)


@cache
def _since() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ "từ năm 2021 đến nay": the words before a year that start a span there, those after
    it that end the span now, and those that end it with a later year ("đến hết năm 2024", or a day of it: "từ năm
    2013 đến ngày 30/11/2016"), past a bracket on the first year."""
    p = vocabulary().raw["periods"]
    until = rf"(?:{alternation(p['until_year'])})\s+|(?:{alternation(p['as_of'])})\s+\d{{1,2}}/\d{{1,2}}/"
    # "từ năm 1993 (năm cấp dự án FDI đầu tiên) đến nay": a bracket saying what the first year was may stand between
    aside = rf"(?:\s*\([^()\n]{{1,{SINCE_ASIDE_REACH}}}\))?"
    return (re.compile(rf"(?<!\w)(?:{alternation(p['since'])})\s+\S*\s*$", re.I),
            re.compile(rf"{aside}\s*(?:{alternation(p['until_now'])})(?!\w)", re.I),
            re.compile(rf"{aside}\s*(?:{until})((?:19|20)\d\d)(?!\d)", re.I))


SINCE_ASIDE_REACH: Final = 80


def first_period_named(phrase: str) -> str | None:
    """The first period a heading names as a time: bases, bounds and counted months left out
    ("NHIỆM VỤ 2 THÁNG CUỐI NĂM 2024" names none, "6 THÁNG CUỐI NĂM 2024" its second half)."""
    named = periods_named(phrase, 0, len(phrase))
    return min(named, key=lambda n: n[3])[1] if named else None


@cache
def _period_words() -> tuple[Words, Words, re.Pattern[str]]:
    p = vocabulary().raw["periods"]
    return Words(p["named_by_year"]), Words(p["school_year"]), re.compile(r"[,.;:()“”\"]")


@cache
def _quoted_name() -> re.Pattern[str]:
    """A naming word, then a name in quotes right before a time phrase."""
    words = alternation(vocabulary().raw["periods"]["named_in_quotes"])
    return re.compile(rf"(?<!\w)({words})\s*[“\"][^“”\"\n]{{1,40}}[”\"]\s*$", re.I)


CARRIED_REACH: Final = 20  # the words after a year that may say a sum is carried over from it


ROUND_REACH: Final = 12  # "đợt 1 ", "đợt III ": a round's word and its number before its year


@cache
def _numbered_rounds() -> Words:
    return Words(vocabulary().raw["periods"]["numbered_rounds"])


def _a_rounds_year(text: str, at: int) -> bool:
    """The time phrase at ``at`` follows a round named by its number ("tháng vệ sinh, tiêu độc, khử trùng đợt 1 năm
    2025"): the year names the campaign's round, no time of the figures after it; a spell named by its time
    ("trong đợt mưa lớn tháng 9/2024") has no number before it and keeps its time."""
    before = text[max(0, at - ROUND_REACH):at].rstrip()
    word = before.rstrip("0123456789IVX")
    if len(word) == len(before) or not word.endswith(" "):
        return False  # the usual answer: no number right before the time
    return _numbered_rounds().ending(word.rstrip().lower()) is not None


@cache
def _carried_from() -> Words:
    return Words(vocabulary().raw["periods"]["carried_from"])


def carried_from(text: str, year_end: int) -> bool:
    """The year ending at ``year_end`` is the one a sum is carried over from ("kinh phí năm 2024
    chuyển sang là …"): part of the sum's name, no time of it."""
    return bool(_carried_from().starting(text[year_end:year_end + CARRIED_REACH].lstrip().lower()))


@cache
def _occasions() -> Words:
    return Words(vocabulary().raw["periods"]["occasions"])


def named_by_year(before: str, names: Words | None = None) -> str | None:
    """ "Luật Giáo dục năm 2019", "Festival Hoa năm 2022": the words right before a time phrase
    name a law or an event with no verb or stop between, so the year names that thing, not
    the time of the figures after it; the word that says so (``names``: other such words)."""
    stops = _period_words()[2]
    if names is None and ("”" in before or '"' in before) and (quoted := _quoted_name().search(before)):
        return quoted.group(1).lower()  # "Chương trình “Tết Sum vầy” năm 2025": a programme's name
    names = names or _period_words()[0]
    low = before.lower()
    if not (word := names.found(low)):
        return None
    # "Luật Cán bộ, công chức năm 2019": a comma before more lower-case words of the name is
    # no stop; one right before the time ("Theo Luật Đầu tư, năm 2024 …") still is.
    gap = _NAME_COMMA.sub(_joined, before[names.last(low):]).lower()
    return None if stops.search(gap) or vocabulary().verbs.found(gap[len(word):]) else word


def names_an_occasion(before: str) -> str | None:
    """ "Nhân dịp Tết Nguyên đán Ất Tỵ năm 2025", "Lễ giao nhận quân năm 2022": the words right
    before a year name an occasion of that year; the word that says so."""
    return named_by_year(before, _occasions())


# "DIFF 2018": an event's name in capitals (two or more, digits after the first allowed) and its year
CAPITALS_AND_A_YEAR: Final = re.compile(r"([A-Z\u0110][A-Z\u01100-9]+) ((?:19|20)\d\d)(?!\d)")


def opens_with_an_occasion(text: str) -> re.Match[str] | None:
    """ "Tết Giáp Thìn 2024 mức cao nhất là …": an occasion named with its year opening ``text``
    (lowercased); the year."""
    if not _occasions().starting(text) or (y := A_YEAR.search(text, 0, NAME_REACH)) is None:
        return None
    return None if _period_words()[2].search(text, 0, y.start()) else y


_NAME_COMMA: Final = re.compile(r",\s+(?=([^\W\d_]+)\s+\S)")  # a comma, then a word and more


def _joined(m: re.Match[str]) -> str:
    return " " if m.group(1)[0].islower() else m.group()


def school_year(before: str) -> bool:
    """ "… NĂM HỌC 2023-2024": the words right before a span of years make it a school year."""
    return bool(_period_words()[1].ending(before.rstrip().lower()))


def opens_with_a_school_year(text: str, start: int) -> bool:
    """ "năm học 2023-2024 là 82,9%": nothing but a school year's words before the span at ``start``."""
    return bool(_period_words()[1].is_one(text[:start].strip().lower()))


_PART_OF_YEAR: Final = re.compile(r"^\d{4}-(?:Q[1-4]|H[12]|[01]\d)$")  # "2025-Q4", "2024-H1", "2024-10"


@cache
def _narrowing() -> tuple[Words, Words, Words]:
    p = vocabulary().raw["periods"]
    return Words(p["whole_year"]), Words(p["cumulative"]), Words(p["first_half"] + p["second_half"])


@cache
def _year_end() -> tuple[Words, re.Pattern[str]]:
    """ "cuối năm" as the year's end: not a season's ("dịp cuối năm") nor another year's ("cuối năm 2024")."""
    p = vocabulary().raw["periods"]
    not_after = "".join(f"(?<!{re.escape(w)} )" for w in p["year_end_seasons"])
    return Words(p["year_end"]), re.compile(rf"(?<!\w){not_after}(?:{alternation(p['year_end'])})(?!\w)(?!\s*\d)")


def cumulative_words() -> Words:
    """ "lũy kế", "từ đầu năm": words counting from the year's start."""
    return _narrowing()[1]


def part_of_year(code: str | None) -> bool:
    """A half, a quarter or a month ("2024-H1", "2025-Q3", "2024-10"), not a year or span."""
    return bool(code and _PART_OF_YEAR.match(code))


def begun(code: str, dated: tuple[int, int] | None) -> bool:
    """A half, a quarter or a month ("2021-Q1", "2021-H1", "2021-03") that a web page's date line (its year and month,
    ``dated``) says has begun: a page of March 2021 reports its first quarter under way, no later time."""
    if dated is None or not part_of_year(code):
        return False
    part = code[5:]
    first = MONTHS_IN_A_YEAR // 4 * (int(part[1]) - 1) + 1 if part[0] == "Q" \
        else MONTHS_IN_A_YEAR // 2 * (int(part[1]) - 1) + 1 if part[0] == "H" else int(part)
    return (int(code[:4]), first) <= dated


def as_narrowed(code: str, words: str) -> str | None:
    """The period ``code`` a phrase or heading named, as the lowercased ``words`` between it
    and a figure leave it: "cả năm", "đến hết năm" turn a part of a year into the whole year
    ("đến hết Quý III đạt 65% và đến hết năm 100%"); "lũy kế", "tính chung" turn a month or a
    quarter into the months from the year's start to it, which have no code (None), but for the
    first quarter or month, which start the year: "Lũy kế đến ngày 25/3/2025" under "QUÝ I/2025" is Q1."""
    if not part_of_year(code):
        return code
    whole, cumulative, halves = _narrowing()
    if (h := halves.last(words)) >= 0:  # "6 tháng cuối năm": its "cuối năm" is the half's
        past = words[h + len(halves.starting(words[h:]) or ""):]
    else:
        past = words
    year_end, at_the_year_end = _year_end()
    if whole.first(past) >= 0 or (year_end.within(past) and at_the_year_end.search(past)):
        return code[:4]
    if not code[5:].startswith("H") and code[5:] not in ("Q1", "01") and cumulative.found(words):
        return None
    return code


def period_before(text: str) -> tuple[str, str] | None:
    """The last period named in ``text`` (the words before a figure), not a base or a
    bound ("so với năm 2023", "giá so sánh năm 2010"); with the phrase that named it."""
    phrase, bound, _, _ = _patterns()
    found = None
    for m in phrase.finditer(text):
        if bound.search(text, max(0, m.start() - BOUND_REACH), m.start()):
            continue
        found = (_code(m), m.group())
    return found


NOUN_REACH: Final = 60  # "18/22 chỉ tiêu kinh tế - xã hội năm 2023": the rest of a counted noun phrase


@cache
def _year_after_noun() -> re.Pattern[str]:
    """The words up to a year (group 1) and the year (group 2), or a crop season's year (group 3: the year it is
    harvested, the second of two: "kinh phí … phục vụ sản xuất vụ Hè Thu 2015", "lúa vụ Đông Xuân 2014-2015")."""
    p = vocabulary().raw["periods"]
    year, season = alternation(p["year"]), alternation(p["season"])
    # "kiến nghị của các năm 2019-2021": a year opening a span ends no noun phrase
    return re.compile(rf"([^\d.,;:()“”\"]{{0,45}}?)(?<!\w)(?:(?:{year})\s+((?:19|20)\d\d)(?!\s*[-–]\s*(?:19|20)\d\d)"
                      rf"|(?:{season})\s+(?:(?:{year})\s+)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d))(?!\d)", re.I)


def year_after_noun(text: str, noun: str = "") -> tuple[str, str] | None:
    """ "18/22 chỉ tiêu kinh tế - xã hội năm 2023 đạt …": the year that ends the noun phrase
    of a count (``text`` starts after its counted noun, ``noun``), if no verb or bound stands
    between and no name of a law or an event that the year names."""
    m = _year_after_noun().match(text)
    if not m:
        return None
    v, gap = vocabulary(), m.group(1).lower()
    if v.verbs.found(gap) and not (v.allotted.found(gap) and v.plan_markers.found(gap)) \
            or _patterns()[1].search(gap) or v.comparison.found(gap):
        return None  # "312 dự án được giao kế hoạch vốn năm 2025": the year of the plan they are allotted
    if _comparative_base(gap):
        return None  # "812 mm và cao hơn năm 2023 …": the year a comparative holds the figure against
    if v.year_bounds.ending(gap.rstrip()):
        return None  # "27 nhà văn hóa thôn xây dựng trước năm 2005": when the things were made, bounded
    if _estimate_opens_the_next(gap):
        return None  # "đạt 10.530 tỷ đồng và ước năm 2025 đạt …": the year the next item's estimate is of
    if named_by_year(noun + m.group(1)):
        return None  # "186 vụ vi phạm Luật Lâm nghiệp năm 2017": the year names the law
    if _an_event_attended((noun + m.group(1)).lower()):
        return None  # "hơn 150 đại biểu đã dự Hội nghị tổng kết công tác năm 2025": the year names the event
    return m.group(2) or m.group(3), m.group().strip()


def _an_event_attended(gap: str) -> bool:
    """ "hơn 150 đại biểu đã dự Hội nghị tổng kết công tác năm 2025": between the people counted and a year, a word
    of attending an event makes the year the event's name, as a festival's is, not the time they are counted of
    (``gap`` the lowercased noun and words between); "1.200 thí sinh dự thi năm 2025" sit an exam, whose year is
    its own. A short list, tested by substrings first."""
    attended = vocabulary().events_attended
    return attended.within(gap) and attended.found(gap) is not None


def _estimate_opens_the_next(gap: str) -> bool:
    """ "năm 2024 đạt 10.530 tỷ đồng và ước năm 2025 đạt 10.940 tỷ đồng": an estimate word between a figure's
    noun and a year opens the next item of a list of years, the year that item's (``gap`` the lowercased words
    between), not the time the figure is of."""
    estimated = vocabulary().qualifiers_estimated
    return estimated.within(gap) and estimated.found(gap) is not None


def _after_a_comparative(text: str, start: int, phrase: tuple[int, int]) -> bool:
    """ "cao hơn năm 2013 khoảng 20 - 30 USD/m3", "nhiều hơn năm 2023 19 bài": a comparative right before the year (its
    ``phrase``, its span) makes it the base the gap is held against, not the time of the figures; a
    bracket right after it holds that year's level ("thấp hơn năm 2019 (khoảng 650.000 lượt)"), of that year."""
    comparatives = vocabulary().comparatives
    return comparatives.ending(text[start:phrase[0]].rstrip().lower()) is not None \
        and not text[phrase[1]:phrase[1] + 2].lstrip().startswith("(")


def _comparative_base(gap: str) -> bool:
    """ "cao hơn TBNN 0,6°C và cao hơn năm 2023 0,2°C", "đạt 1.250 tấn, nhiều hơn năm 2023 …": a comparative
    between a figure's noun and a year makes the year the base the next clause compares with, not the time the
    figure is of (``gap`` the lowercased words between); a short list, tested by substrings first."""
    comparatives = vocabulary().comparatives
    return comparatives.within(gap) and comparatives.found(gap) is not None


@cache
def _bracketed_year() -> re.Pattern[str]:
    """ "(cuối năm 2023)": a bracket holding a year alone, with the words that say it is the year's."""
    return re.compile(rf"\s*\(\s*(?:{alternation(vocabulary().raw['periods']['of_bracketed'])})\s+"
                      rf"((?:19|20)\d\d)\s*\)", re.I)


@cache
def _after_heads() -> frozenset[str] | None:
    """The first letters of the words after a figure that name its year; None if one is a
    letter the case-blind patterns match in more ways than lowercasing gives."""
    p = vocabulary().raw["periods"]
    heads = frozenset(w[:1].lower() for w in p["of"] + p["year_end"] + p["previous"])
    return None if "" in heads or any(_folds_oddly(h) for h in heads) else heads


def period_after(text: str, year: int | None) -> tuple[str, str] | None:
    """ "6,9% của năm 2022", "4,9% của năm trước", "1,48% (cuối năm 2023)": a year right after a figure."""
    first = text.lstrip()[:1]
    if first == "(":
        m = _bracketed_year().match(text)
        return (m.group(1), m.group().strip()) if m else None
    heads = _after_heads()
    if heads is not None and first.lower() not in heads:
        return None  # the usual answer, before two case-blind patterns
    _, _, after, previous = _patterns()
    if m := after.match(text):
        return m.group(1), m.group().strip()
    if year and (m := previous.match(text)):
        return str(year - 1), m.group().strip()
    return None
