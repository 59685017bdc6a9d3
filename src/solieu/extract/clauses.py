"""What more than one field reads in a figure's clause and sentence: the period a sentence
opens with, brackets after a figure (a compared level, a target, a reference), the base a
comparison names, the times and targets a clause states, and the words the role of such
figures is given in. Each field's own rules are in its module (``qualifiers``, ``subjects``,
``kinds``, ``bases``, ``roles``, ``dating``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import Final

from solieu.extract.document import FOUR_DIGITS, Context, Document, months_span
from solieu.extract.figure import Figure
from solieu.extract.periods import (
    A_YEAR,
    may_name_period,
    opens_with_a_school_year,
    opens_with_an_occasion,
    period_in,
    periods_named,
    school_year,
)
from solieu.extract.scopes import SOURCE_TAG, heading_span
from solieu.extract.vocabulary import DAY, Words, alternation, vocabulary

QUALIFIER_AFTER: Final = 20  # "95% trở lên"
TARGET_REACH: Final = 40  # a plan marker before a bracket: "chỉ tiêu Nghị quyết (92,5%)", "phương án tài chính của
# hợp đồng (130,1 tỷ đồng)"
BASE_REACH: Final = 40  # "so với vụ lúa Đông Xuân 2022 - 2023": a season compared with
PERIOD_OPENER_REACH: Final = 60  # "(BBD) - Theo Sở Công Thương, năm 2024 …": a time that opens a sentence
LIST_LEAD_IN_REACH: Final = 30  # "năm 2023 được phân phối như sau:": a time's words up to a list's colon
COLON_OPENER_REACH: Final = 12  # ": Trong năm 2022, …": a time that opens the list after a colon
SPAN_CODE: Final = re.compile(r"^\d{4}-\d{4}$")  # "2021-2025", a span of years
OF_NO_TIME: Final = ("year", "star", "m")  # units of an anniversary, a rating, a road's width: background
ITEM_DASHES: Final = "-+•* "  # a list item's dash and the space after it ("- Giảm tỷ lệ …")
DAY_OPENER_REACH: Final = 40  # "tính đến ngày 30/9/2024" opening a clause, with room before the day
_DAY_AT: Final = re.compile(rf"\s*{DAY}")
DAY_OPENS: Final = re.compile(rf"{DAY}[^\d();]{{0,12}}$")  # "(31/12/2023 là 0,98%)": a day and a word before it
LIST_DASHES: Final = ("-", "–", "+", "•")  # what opens a dashed list item's line
# A comma, colon, bracket or quote, or a dash between spaces not between digits; written to open
# with one character class (the same matches as "[,;:()\[\]\"“”]|(?<!\d)\s[-–]\s(?!\d)", faster).
CLAUSE_BREAK: Final = re.compile(r"[,;:()\[\]\"“”\s](?:(?<=[,;:()\[\]\"“”])|(?<=\s)(?<!\d\s)[-–]\s(?!\d))")
_BRACKETS: Final = re.compile(r"\([^()]*\)")
HAS_LETTER: Final = re.compile(r"[^\W\d_]")
DIGIT: Final = re.compile(r"\d")
MONEY: Final = ("VND", "USD")  # units an amount per person is counted in
POINTS: Final = {"percent": "percentage_point", "per_mille": "per_mille_point"}  # a rate's change is in points
TALLY: Final = "how many"  # the role's words for a count of the items a list holds
TERM: Final = "set before, a term"  # the role's words for a norm, a price or a rate a rule or a plan sets
COMPARED_THING: Final = "the level of what it is compared with"  # a bracket after "so với" and a thing, no time
LIST_SIZE: Final = "the size of a list of projects offered to investors"
PAGE_COUNTER: Final = "a web page's own counter"
ATTENDEES: Final = "who attended the meeting its sentence opens with"
WHOLE_DIVIDED: Final = "the whole its parts are counted of"  # the role's words for "Trong 11 nhóm …, có 8 nhóm tăng"
FORECAST_RESULT: Final = "a forecast of the result"  # the role's words for a forecast in a sentence of targets
VOTE: Final = "the tally of a vote its sentence opens with"
AGENDA: Final = "a paper the session works through"
PETITIONS: Final = "the voters' petitions a session or a reply works through"
COPIES: Final = "the pages or copies of the document itself"
COMPARING: Final = ("growth", "change", "change_points", "plan_ratio", "multiple")
PLAN_BASES: Final = ("plan", "provincial_estimate", "council_estimate")  # a comparison with a target
CHANGES: Final = ("growth", "change", "change_points")


@cache
def bare_year() -> re.Pattern[str]:
    """ "năm 2019" right after a figure's unit, maybe its end ("cuối năm 2020")."""
    p = vocabulary().raw["periods"]
    return re.compile(rf"\s*(?:(?:{alternation(p['year_end'])})|(?:{alternation(p['year'])}))\s+((?:19|20)\d\d)(?!\d)",
                      re.I)


@cache
def full_verbs() -> Words:
    """The verbs that are not also connectives ("cho", "với" join a noun to a verb)."""
    raw = vocabulary().raw
    return Words(w for w in raw["verbs"] if w not in raw["connectives"])


BOUND_NOUN_WORDS: Final = 3  # "94,5% dân số trở lên": the noun between a figure and its bound


def bound_after(c: Context) -> str | None:
    """ "từ 95% kế hoạch vốn được giao trở lên": "từ" before the number and "trở lên" at the
    end of its clause make a bound ("at least"), not a starting level; the qualifier."""
    v = vocabulary()
    if not v.from_words.ending(c.left):
        # "đạt 94,5% dân số trở lên": a bound ending the clause, a short noun between
        for name, words in v.qualifiers_after.items():
            if words.found(c.right) and (w := words.ending(right := c.right.strip(" .;"))) \
                    and len(right[:-len(w)].split()) <= BOUND_NOUN_WORDS:
                return str(name)
        return None
    return next((str(name) for name, words in v.qualifiers_after.items() if words.found(c.right)), None)


@cache
def per_words() -> tuple[Words, Words, Words, Words]:
    """The per-capita words of a subject, the per-month ones, the per-area ones and the per-household ones."""
    per = vocabulary().raw["per_in_subject"]
    return tuple(Words(w for w, p in per.items() if p == name)  # type: ignore[return-value]
                 for name in ("person", "month", "ha", "household"))


PER_TIMES: Final = ("day", "month", "year")  # a rate's time: "USD/năm" is each one's a year after "mỗi lao động"
PRIZE: Final = "the prize of a place in a race or a contest"


@cache
def year_level_words() -> tuple[Words, Words]:
    """The words a ratio opens with, and the words naming a year's level right after its percent."""
    raw = vocabulary().raw
    return Words(raw["ratio_verbs"]), Words(raw["year_levels"])


def ratio_to_a_years_level(c: Context) -> str | None:
    """ "bằng 97,1% ước thực hiện năm 2024", "chỉ bằng 92% thực hiện năm 2023": a percent right after a ratio's verb,
    then a word naming a year's estimated or actual level (or none: "chỉ bằng 27,6% năm 2010") and that year: a
    ratio to that level (plan_ratio), its base the year; the year, else None."""
    if c.f.unit != "percent" or not (right := c.right.lstrip()):
        return None
    verbs, levels = year_level_words()
    level = levels.starting(right) or ""  # "chỉ bằng 27,6% năm 2010": the year alone names its level
    if not (level or vocabulary().year_words.starting(right)) or not verbs.ending(c.left):
        return None  # the usual percent: no level word nor year after it, one lookup
    rest = right[len(level):].lstrip()
    if not (year := vocabulary().year_words.starting(rest)):
        return None
    m = FOUR_DIGITS.match(rest[len(year):].lstrip())
    return m.group(1) if m else None


QUOTE_OPENERS: Final = " -–+•“\"'"  # what may stand before a sentence's first word
LAST_YEAR_REACH: Final = 16  # "“Năm ngoái": a quote's mark and the words of last year opening a sentence


def last_year_opening(doc: Document, c: Context) -> str | None:
    """ "Năm ngoái tôi bán 15 kg sâm củ", "“Năm ngoái, cả mùa hoa …": the words of the year before the report's (a web
    page's own) opening the figure's sentence, before it; None in a text whose own year is unknown."""
    if not doc.this_year:
        return None
    return vocabulary().last_year_openers.starting(
        doc.lower(c.ss, min(c.f.start, c.ss + LAST_YEAR_REACH)).lstrip(QUOTE_OPENERS))


def this_year_opening(doc: Document, c: Context) -> str | None:
    """ "Năm nay, Ban sẽ vận động thêm ít nhất 50 hộ", "… cho biết: “Năm nay, …", "Trong năm nay, Sở sẽ …": the words
    of the report's own year (a web page's) opening the figure's full sentence (past a ";"), or the quote after its
    colon, before it, maybe after a time's opening word; else None."""
    v = vocabulary()
    head = doc.lower(c.full, c.f.start).rpartition(":")[2].lstrip(QUOTE_OPENERS)
    if opener := v.time_openers.starting(head):
        head = head[len(opener):].lstrip()
    return v.this_year.starting(head)


def measured_in_a_unit(counted: str) -> bool:
    """ "lượng mưa 312 mm", "công suất cực đại 1.742 MW", "9.846,2 triệu kWh": counted in a unit of measure the
    vocabulary lacks, the number is a level measured in it (an amount), not a count of things; so when the unit
    opens the noun phrase ("bán ra 45.000 lít xăng dầu"), or is a measure per thing ("109,9 CV/chiếc")."""
    low = counted.lower()
    head, _, rest = low.partition(" ")
    if vocabulary().land_units.is_one(head) and (not rest or vocabulary().land_unit_fields.is_one(rest)):
        return True  # "12 công ruộng", "2 sào chè": an area in a local unit of land
    return vocabulary().measure_units.is_one(low) or vocabulary().measure_units.is_one(head) \
        or ("/" in low and vocabulary().foreign_currencies.is_one(low.partition("/")[0])) \
        or ("/" in low and vocabulary().measure_units.is_one(low.partition("/")[0])) \
        or ("/" in low and is_interval(low))  # "yên/tháng", "tháng/lần"


def is_interval(low: str) -> bool:
    """ "tháng/lần" (``low`` a counted noun lowercased): a duration per time, the interval between times a
    schedule sets ("quan trắc với tần suất 6 tháng/lần"), a length of time, not a count of months."""
    v = vocabulary()
    unit, _, per = low.partition("/")
    return v.durations.is_one(unit) and v.interval_per.is_one(per)


def signed_change_after_percent(c: Context) -> bool:
    """ "giảm 3,2% (-56 tỷ đồng) so với cùng kỳ": a signed number alone opening a bracket right after a
    change in %: the same change, in an amount."""
    return c.prev is not None and c.prev.kind == "growth" and c.raw_left.strip() == "("


def change_in_percent(c: Context) -> bool:
    """ "tăng 24 ca (14,8%)": a bracket holding only the percent (maybe a qualifier: "tăng 22.450 đồng (khoảng
    8,5%)"), right after a change, or an equivalence word ("tăng 18,6 tỷ đồng, tương đương 12,4%"; after a rate's
    change, past its "/m3": "tăng 1.050 đồng/m3, tương đương 8,2%")."""
    if c.prev is None or c.prev.kind != "change":
        return False
    words = c.raw_left.strip()
    if words[:1] == "/":
        words = words.partition(" ")[2]  # the rest of a unit per something, which the change's span stops short of
    if words[:1] == "(" and len(words) > 1:
        return vocabulary().any_qualifier.is_one(words[1:].strip())
    return words == "(" or vocabulary().same_change.is_one(words.lstrip(", "))


def after_a_pair_word(c: Context) -> bool:
    """ "tăng lần lượt 9,2% và 10,1%": only a pair word stands between the figure before and this one, maybe after
    the measure the one before is of ("tăng 26,8% về lượng và 31,2% về giá trị")."""
    if c.prev is None:
        return False
    v, between = vocabulary(), c.raw_left.strip()
    if aspect := v.aspects.starting(between):
        between = between[len(aspect):].lstrip()
    return v.pair_words.is_one(between)


def change_in_a_count(c: Context) -> bool:
    """ "giảm tỷ lệ hộ nghèo từ 2 - 2,5% (tương đương khoảng 3.500 hộ)", "giảm 1,2% (khoảng 2.100 hộ)": a count in a
    bracket holding only it, an equivalence word and a qualifier, right after a change of a rate: the same change,
    in the things counted."""
    if c.prev is None or c.prev.kind not in ("change_points", "growth") or c.f.unit != "count":
        return False  # the usual answer
    words = c.raw_left.strip()
    if words[:1] != "(":
        return False
    v = vocabulary()
    inside = v.any_qualifier.stripped(words[1:].strip(), " ")
    return not inside or v.same_change.is_one(inside)


def index_base_year(doc: Document, c: Context) -> str | None:
    """ "Chỉ số phát triển giá trị sản xuất năm 2025 so với năm 2020 (năm 2020 = 100) đạt 120,5%", "So với kỳ gốc
    năm 2019, CPI tháng 9/2025 bằng 117,85%": a percent of an index whose sentence compares, before it, with a
    year is the index's level on that base year, a ratio to its level then; the year, or None."""
    if c.f.unit != "percent" or c.f.value_max is not None:
        return None  # the usual answer
    v = vocabulary()
    head = doc.lower(c.full, c.f.start)
    if not v.base_year_indices.within(head) or not v.base_year_indices.found(head):
        return None
    year = base_after(comparison_phrase(head))
    if year is None and (m := v.base_period_year.search(head)):
        year = m.group(1)  # "So với kỳ gốc 2024, CPI tháng 10/2025 bằng 103,26%": the base period by its year
    return year if year is not None and year.isdigit() else None


SAME_PART_AFTER_REACH: Final = 30  # "của cùng kỳ năm 2024": a possessive, the same part's words and the year


@cache
def _same_part_after() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The possessives that open a year's words after a figure ("của" of "của năm"), and the pattern of the
    same part of a year after one ("của cùng kỳ năm 2024", or of the year before: "của cùng kỳ năm trước",
    the year then in no group)."""
    v = vocabulary()
    p = v.raw["periods"]
    owners = tuple(sorted({w.rsplit(" ", 1)[0] + " " for w in p["of"] if " " in w}))
    # "năm trước", "năm ngoái": the words of "của năm trước" after its possessive
    before = alternation(w.split(" ", 1)[1] for w in p["previous"] if " " in w)
    return owners, re.compile(rf"(?:{alternation(w.strip() for w in owners)})\s+(?:{alternation(v.raw['same_part'])})"
                              rf"\s+(?:(?:{alternation(p['year'])})\s+((?:19|20)\d\d)(?!\d)|(?:{before})(?!\w))")


def same_part_of_an_earlier_year_after(doc: Document, c: Context) -> str | None:
    """ "GRDP tăng 8,16% so với cùng kỳ, cao hơn mức tăng 6,95% của cùng kỳ năm 2024": the same part of an
    earlier year right after a figure, after a possessive, is the time that figure is of, as "của năm 2022" is:
    that year's level, given to compare with; the words."""
    after = doc.lower(c.f.tail, min(c.se, c.f.tail + SAME_PART_AFTER_REACH)).lstrip()
    owners, pattern = _same_part_after()
    if not after.startswith(owners):
        return None  # the usual answer
    m = pattern.match(after)
    # "của cùng kỳ năm trước" names the year before the report's: earlier, whatever the report's year
    return m.group() if m and (m.group(1) is None or doc.year and int(m.group(1)) < doc.year) else None


COMPARED: Final = "the level compared with"
COMPARED_SAME_BRACKET: Final = "in the bracket of the level compared with, after it"
OTHER_TIME: Final = "a bracket of another time"  # "(cùng kỳ năm trước có 4 ổ dịch)": a level to compare with
LAND_FACT: Final = "a fixed fact of the land the tasks work on"
COMPARED_JOINED: Final = f"{COMPARED}, joined by '/' to the level before it in its bracket"
WORKED: Final = "a worked example's reckoning"
OPENING_COMPARISON: Final = "opening its sentence"
STARTING_LEVEL: Final = "the level a change started from"
LISTED_TARGET: Final = "an item of a bracket listing targets"
ADJUSTED_FROM: Final = "the target an adjustment moves from"  # "điều chỉnh chỉ tiêu … từ 14,5% xuống 10%"


def excess_over_a_speed_limit(c: Context) -> bool:
    """ "chạy 78 km/h trên đoạn đường giới hạn 60 km/h, vượt 18 km/h": a speed right after a word of exceeding,
    in a sentence that names the road's limit, is by how much the speed passed it, exact, a change; "xe chạy
    vượt 80 km/h" with no limit named stays a bound."""
    f, v = c.f, vocabulary()
    if f.counted is None or not v.speed_units.is_one(f.counted.lower()) or not v.exceed.ending(c.left):
        return False  # the usual answer
    return v.speed_limits.within(c.head)


def licence_points_deducted(c: Context) -> str | None:
    """ "Mức phạt: từ 4 triệu đồng đến 6 triệu đồng, trừ 04 điểm giấy phép lái xe": points counted right after
    a word of deducting, of a driving licence, are the points a decree takes off for a violation, a penalty
    set; the word of deducting, or None ("đã trừ 1.250 điểm giấy phép lái xe", tallied as done, is a result)."""
    f, v = c.f, vocabulary()
    if f.counted is None or not v.licence_point_words.starting(f.counted.lower()) \
            or not (w := v.point_deductions.ending(c.left)):
        return None  # the usual answer
    if v.done_words.ending(c.left[:len(c.left) - len(w)].rstrip()):
        return None
    right = c.right.lstrip()
    points = v.licence_point_words.starting(right)
    return w if points and v.licence_points.starting(right[len(points):].lstrip()) else None


def _item_of_its_own(text: str, opener_end: int, ss: int) -> bool:
    """ "- Đến năm 2026, giảm tối thiểu 5% …;\n- Tổ chức thi tuyển …": the line a time opens ends with
    ";", a list item of its own, and the clause is on a later line: the time speaks for its item alone
    (a line with a ":" after the time leads the items after it)."""
    nl = text.find("\n", opener_end, ss)
    return nl >= 0 and text[opener_end:nl].rstrip().endswith(";") and ":" not in text[opener_end:nl]


def period_named_before(doc: Document, full: int, ss: int, start: int) -> tuple[str, str] | None:
    """The last period named before ``start`` in its clause-sentence (to the ";"), else one
    that opens the full sentence ("Năm 2024, …; …"); each full sentence is read once, and
    each figure's answer kept (its role asks, then its period)."""
    key = (full, ss, start)
    if key not in doc.befores:
        doc.befores[key] = _read_period_before(doc, full, ss, start)
    return doc.befores[key]


def _opens_a_quote_after_the_opener(doc: Document, named: list[tuple[int, str, str, int]], k: int,
                                    start: int) -> tuple[str, str] | None:
    """ "Phát biểu tại Hội nghị tổng kết năm 2025, ông … cho biết: “Năm 2026, ngành phấn đấu tăng 4%; sản lượng lúa
    3,2 triệu tấn”: a time opening what is said after a colon, past the time that opens the sentence, speaks for
    the items of what is said, each clause after a ";" too, not the sentence's opener."""
    if k < 2:
        return None  # no time named past the sentence's opener
    last = named[k - 1]
    colon = doc.text.rfind(":", named[0][3], last[3])
    if colon < 0 or last[3] - colon > COLON_OPENER_REACH or doc.text.find(";", colon, last[3]) >= 0:
        return None
    return _still_speaks(doc, last, start)


def _since_to_now(doc: Document, named: tuple[int, str, str, int]) -> bool:
    """ "từ năm 2013 đến nay tỉnh đã hoàn thành …; xây dựng …": a span from a year to now, a time the clause is said in
    with or without a comma after it, where a span with none may be what a task names ("giải ngân vốn giai đoạn
    2021-2025; tuyển dụng …")."""
    v = vocabulary()
    return v.until_now.ending(named[2].lower()) is not None \
        and v.since_words.ending(doc.lower(max(0, named[3] - SINCE_REACH), named[3]).rstrip()) is not None


SINCE_REACH: Final = 8  # "kể từ ": the word of since before a span's first year


def _read_period_before(doc: Document, full: int, ss: int, start: int) -> tuple[str, str] | None:
    named = doc.periods.get(full)
    if named is None:
        # Only a period that ends before the figure speaks for it: with none possible there
        # ("tăng 10,27% so với năm 2016"), the full sentence is not read for its periods.
        if not may_name_period(doc.text, full, start, doc.low):
            return None
        i = bisect_right(doc.full_stops, full)
        end = doc.full_stops[i] if i < len(doc.full_stops) else len(doc.text)
        named = doc.periods[full] = periods_named(doc.text, full, end, doc.year, doc.low, doc.this_year)
    k = bisect_right(named, start, key=lambda p: p[0])
    if not k:
        return None
    if named[k - 1][3] >= ss:
        said = _still_speaks(doc, named[k - 1], start)
        if said is not None or k == 1 or not _closes_a_bracket(doc.text[named[k - 1][0]:start]):
            return said
        # "Tính chung năm 2024, IIP … (năm 2023 tăng 5,31%), vượt mục tiêu tăng 7,5%": past a closed
        # bracket of another time, the time that opens the sentence speaks again
    last = named[k - 1]
    if (opened := doc.text.rfind(";", full, last[3]) + 1) > full \
            and last[3] - opened <= PERIOD_OPENER_REACH and doc.text[last[0]:last[0] + 1] == ",":
        # "Năm 2013, tỉnh có 58 xã …; đến hết năm 2018, có 232/260 xã …; bình quân đạt 18,6 tiêu chí/xã": a time
        # opening a later part of the sentence speaks for the parts after it, not the sentence's opener; so with no
        # time opening the sentence ("Hàng nhập khẩu chủ yếu là …; năm 2017, than cốc … đạt …; phân bón … 186.500 tấn")
        return _still_speaks(doc, last, start)
    first = named[0]
    if k >= 2 and _a_purpose_opens(doc, full, first, named[1]):
        first = named[1]  # "Để hoàn thành KH năm 2025, tháng 12 toàn tỉnh cần đạt: …": the goal's year, then the items'
    # "Giai đoạn 2021-2025, …; …" opens the sentence; "(3) Tập trung giải ngân vốn giai đoạn
    # 2021-2025; tuyển dụng thêm 60 bác sĩ": a span inside its clause ends with it.
    opens = first[3] - full <= PERIOD_OPENER_REACH or after_a_preface(doc, full, first[3]) \
        or _after_an_attribution(doc, full, first[3]) or _ends_the_opening(doc, full, first) \
        or _opens_the_predicate(doc, full, first)
    if opens and k >= 2 and _next_time_closes_the_opening(doc, full, first, named[1]):
        first = named[1]  # "… hồi cuối tháng 7, năm 2015, các đơn vị …; …": the opening words end with the later time
    elif k >= 2 and (closing := _time_closing_a_preface(doc, full, first, named[1:k])) is not None:
        # "Theo Đề án … giai đoạn 2018 - 2025, định hướng đến năm 2030 …, mục tiêu đến năm 2025, …", "Theo Nghị quyết số
        # 09-NQ/TU … đến năm 2020, định hướng đến năm 2025, mục tiêu đến năm 2020, …": past the preface's times
        first, opens = closing, True
    # "… Tân Thanh trong Quý III/2025; đề nghị … bổ sung 25 biên chế": a time right before the ";" ends
    # its clause, it opens nothing after
    # "Theo Sở …, năm học 2025-2026 toàn tỉnh có …; trong đó …": a school year opens it with no comma too
    if opens and (said := _opens_a_quote_after_the_opener(doc, named, k, start)) is not None:
        return said
    # "Cùng với dồn điền đổi thửa, giai đoạn 2013 - 2015 các xã đã …": a span opening its clause after the sentence's
    # opening phrase and its comma opens it too
    if opens and not (SPAN_CODE.match(first[1]) and not _comma_after(doc.text, first[0])
                      and not school_year(doc.text[full:first[3]]) and not _since_to_now(doc, first)
                      and not doc.text[full:first[3]].rstrip().endswith(",")) \
            and doc.text[first[0]:first[0] + 1] != ";" \
            and not _in_a_basis(doc, full, first[3]) and not _item_of_its_own(doc.text, first[3], ss) \
            and not (ss > first[3] and _opens_with_a_day(doc, ss) and not _a_crop_season(first[2])):
        # "Vụ Đông Xuân 2025 - 2026, …; tính đến ngày 25/11/2025, … đã gieo sạ 4.230 ha": a season's work up to a
        # day is the season's, not counted from the year's start
        return _still_speaks(doc, first, start)
    # "… theo quy định của Luật: Trong năm 2022, HĐND tổ chức 09 kỳ họp; ban hành 46 Nghị quyết;
    # …": a time opening the list after a colon speaks for its items, as one opening the sentence.
    last = named[k - 1]
    colon = doc.text.rfind(":", full, last[3])
    if colon >= 0 and last[3] - colon <= COLON_OPENER_REACH and doc.text.find(";", colon, last[3]) < 0:
        return _still_speaks(doc, last, start)
    if _announces_the_list(doc, last, start) or _parts_listed_after(doc, full, last, start):
        return _still_speaks(doc, last, start)
    # "… các nhiệm vụ quý II: phấn đấu GRDP 6 tháng đầu năm tăng 7,8%; …; thu hút thêm 200 doanh nghiệp": the time that
    # announces the list speaks for an item naming none of its own, past the other items' times
    if (lead := next((n for n in reversed(named[:k - 1]) if _announces_the_list(doc, n, start)), None)) is not None:
        return lead[1], lead[2]
    return None


def _parts_listed_after(doc: Document, full: int, named: tuple[int, str, str, int], start: int) -> bool:
    """ "Tổng vốn đầu tư … giai đoạn 2011 - 2015 ước đạt 138.500 tỷ đồng, …; trong đó: vốn ngân sách nhà nước 21.350
    tỷ đồng, chiếm 15,4%; vốn doanh nghiệp …": a time named in the clause of a whole before its first figure speaks
    for the parts a part word lists after the ";" that ends that clause, each part after a ";" too; not one named
    after a figure ("ước đạt 7,85% …, cao hơn mức tăng của năm 2024 (tăng 6,42%); trong đó: …" compares)."""
    semi = doc.text.find(";", named[0], start)
    if semi < 0 or not DIGIT.search(doc.text, named[0], semi):
        return False  # the usual answer: the time named in the figure's own clause, or no whole after it
    opened = doc.text.rfind(";", full, named[3]) + 1 or full
    return not number_besides_years(doc.text[opened:named[3]]) \
        and vocabulary().part_words.starting(doc.lower(semi + 1, semi + 1 + PART_WORD_REACH).lstrip()) is not None


PART_WORD_REACH: Final = 16  # " trong đó có": a part word right after the ";"


def _a_purpose_opens(doc: Document, full: int, goal: tuple[int, str, str, int],
                     then: tuple[int, str, str, int]) -> bool:
    """The full sentence opens with a purpose ("Để hoàn thành KH năm 2025, …") whose comma closes after the time it
    names (``goal``) and before the next time named (``then``): that time is the goal's, the next one the sentence's."""
    v = vocabulary()
    return v.purpose_lead_ins.starting(doc.lower(full, goal[3]).lstrip(" -–+•")) is not None \
        and "," in doc.text[goal[0]:then[3]]


def _announces_the_list(doc: Document, named: tuple[int, str, str, int], start: int) -> bool:
    """ "lợi nhuận sau thuế năm 2023 được phân phối như sau: trích …; trích …; chi trả …": a time a few
    words before the colon that opens a list, no figure between, speaks for every item of the list."""
    colon = doc.text.find(":", named[0], min(start, named[0] + LIST_LEAD_IN_REACH))
    return colon >= 0 and not DIGIT.search(doc.text, named[0], colon) \
        and doc.text.find(";", named[0], colon) < 0


def _a_crop_season(phrase: str) -> bool:
    """ "vụ Đông Xuân 2025 - 2026", "lúa Thu Đông 2025": a time phrase naming a crop season."""
    v = vocabulary()
    return v.seasons.found(phrase.lower()) is not None or v.crop_seasons.found(phrase.lower()) is not None


def _opens_with_a_day(doc: Document, ss: int) -> bool:
    """ "Tổng kế hoạch vốn năm 2024 là …; đến ngày 30/9/2024 đã giải ngân 2.012,7 tỷ đồng": a clause
    opening with the day it runs to counts from the year's start to that day, which has no code; the
    time that opens the sentence does not speak for it."""
    head = doc.lower(ss, ss + DAY_OPENER_REACH).lstrip(" ;,-+•")
    return (w := vocabulary().to_a_day.starting(head)) is not None and _DAY_AT.match(head, len(w)) is not None


def _in_a_basis(doc: Document, full: int, at: int) -> bool:
    """ "Trên cơ sở ước thực hiện năm 2024, …; … dự kiến giảm 34,1%": a time inside the clause that
    opens the sentence with what it builds on is that basis's, not the figures' after it."""
    head = doc.lower(full, at).lstrip(" -+•*–")
    return bool(vocabulary().basis_openers.starting(head)) and "," not in head


def sentence_naming_its_plan(doc: Document, c: Context) -> str:
    """The lowercased words before the figure in its full sentence, and in the sentence before when its own opens with
    a part's word ("…, thực hiện 3.647,43 ha, đạt 98,5% kế hoạch. Trong đó: đất phát triển hạ tầng (DHT) thực hiện
    1.624,08 ha, đạt 98,9%": the whole's sentence names the plan its parts are held against)."""
    words = doc.lower(c.full, c.f.start)
    if vocabulary().part_words.starting(words.lstrip(ITEM_DASHES)) and c.full > 1:
        return doc.lower(doc.text.rfind(".", 0, c.full - 2) + 1, c.f.start)
    return words


def _comma_after(text: str, end: int) -> bool:
    """A comma right after ``end``, maybe past a closing bracket: "Giai đoạn 2021-2025, …", "Sau 17 năm thực hiện
    Phong trào (2000 - 2017), …"."""
    return text[end:end + 1] == "," or text[end:end + 2] == "),"


def _ends_the_opening(doc: Document, full: int, named: tuple[int, str, str, int]) -> bool:
    """ "Về học sinh giỏi, tại Kỳ thi chọn học sinh giỏi quốc gia năm học 2023-2024, tỉnh có …; riêng …
    có 43 giải": a time ending the words that open a sentence (a comma right after it, no figure and no
    ";" before it) opens the sentence however long those words are."""
    if doc.text[named[0]:named[0] + 1] != ",":
        return False  # the usual answer, without a slice
    head = doc.text[full:named[3]]
    return ";" not in head and not number_besides_years(head)


def _next_time_closes_the_opening(doc: Document, full: int, first: tuple[int, str, str, int],
                                  then: tuple[int, str, str, int]) -> bool:
    """ "Vượt qua … đợt mưa lũ lịch sử hồi cuối tháng 7, năm 2015, các đơn vị … sản xuất được …": a time right after
    the comma that follows the sentence's first time, a comma after it too, closes the opening words; so does one
    right after a preface that the first time ends ("Thực hiện Chương trình … giai đoạn 2017 - 2020, năm 2017 ngân
    sách tỉnh đã hỗ trợ …"), a horizon's word maybe before it ("… giai đoạn 2016 - 2020, đến năm 2020, sản lượng …").
    It, nearest to the first clause's figures, speaks for them, and so for the parts after the ";" as well."""
    gap = doc.lower(first[0], then[3]).strip()
    if gap[:1] != ",":
        return False  # the usual answer
    v = vocabulary()
    rest = gap[1:].strip()
    if opener := v.plan_opener_words.starting(rest):
        rest = rest[len(opener):].strip()  # "… giai đoạn 2016 - 2020, mục tiêu đến năm 2020, …": a target's words
    return (not rest or v.range_to.is_one(rest)) \
        and (doc.text[then[0]:then[0] + 1] == "," or after_a_preface(doc, full, then[3]))


def _time_closing_a_preface(doc: Document, full: int, first: tuple[int, str, str, int],
                            later: list[tuple[int, str, str, int]]) -> tuple[int, str, str, int] | None:
    """ "Theo Đề án … giai đoạn 2018 - 2025, định hướng đến năm 2030 được UBND tỉnh phê duyệt tại Quyết định số …,
    mục tiêu đến năm 2025, …; …", "Đối với Dự án … giai đoạn 2016 - 2020, kế hoạch vốn năm 2017 được bố trí …; đã giải
    ngân …": past the times a preface naming a scheme names (``first``, its span, and its horizon), with no figure
    after them, the last of the ``later`` times a few words after the comma that closes the preface (a target's words
    maybe before it) opens the sentence; else None."""
    v = vocabulary()
    named = later[-1]
    head = doc.lower(full, named[3])
    comma = head.rfind(",")
    preface = head[:first[3] - full]
    if comma < first[0] - full or not (v.schemes_named.found(preface) or v.acts.found(preface)) \
            or after_a_preface(doc, full, first[3]) \
            or _A_FIGURE.search(A_YEAR.sub(" ", doc.text[first[0]:full + comma])):
        # the usual answer: no scheme's preface closed past the first time, the first time opening the sentence after
        # it ("Thực hiện Chương trình …, năm 2024 toàn tỉnh đã hỗ trợ …"), or a figure after the first time
        return None
    rest = head[comma + 1:].strip()
    if opener := v.plan_opener_words.starting(rest):
        rest = rest[len(opener):].strip()
    return named if (not rest or v.range_to.is_one(rest)) and after_a_preface(doc, full, full + comma + 2) \
        or after_a_preface(doc, full, named[3]) else None


_A_FIGURE: Final = re.compile(r"(?<![\w/.,-])\d[\d.,]*(?![\w/])")  # "1.085", not "1197/QĐ-UBND" nor "31/10/2018"


def _opens_the_predicate(doc: Document, full: int, named: tuple[int, str, str, int]) -> bool:
    """ "Cửa khẩu … Kim Thành tiếp tục là cửa khẩu có kim ngạch lớn nhất, năm 2017 đạt 1.298,7 triệu USD, …; ga đường
    sắt … đạt 483,5 triệu USD": a time right after the comma closing the words that open a sentence (no figure and no
    ";" among them), a verb right after it, opens what the sentence reports, as a time opening it would."""
    if doc.text[full:named[3]].rstrip()[-1:] != ",":
        return False  # the usual answer
    head = doc.text[full:named[3]]
    rest = doc.lower(named[0], named[0] + OPENER_VERB_REACH).lstrip()
    return ";" not in head and not number_besides_years(head) and vocabulary().verbs.starting(rest) is not None


OPENER_VERB_REACH: Final = 24  # " đã xảy ra": the verb right after a time opening what a sentence reports


def after_a_preface(doc: Document, full: int, at: int) -> bool:
    """ "Thực hiện Kế hoạch số 112/KH-UBND ngày 18/3/2024 của UBND tỉnh về …, năm 2024 tỉnh đã
    tổ chức …; hỗ trợ …": a time right after a clause saying what the sentence carries out or
    rests on opens the sentence as if it stood first; so does one a few words into what follows its last
    comma ("Theo báo cáo của UBND thành phố tại Kỳ họp thứ 24 …, quy mô nền kinh tế năm 2025 ước đạt …; …")."""
    head = doc.lower(full, at).rstrip()
    comma = head.rfind(",")  # "Theo Sở Văn hóa, Thể thao và Du lịch, tổng lượt khách … năm 2025": a name's commas
    # "(Thainguyen.gov.vn) - Theo Báo cáo số 08/BC-SCT …": a news page's source tag before the preface
    opening = SOURCE_TAG.sub("", head.lstrip(" -–+*"), count=1)
    return comma >= 0 and ";" not in head and len(head) - comma <= PERIOD_OPENER_REACH \
        and bool(vocabulary().prefaces.starting(opening))




def _after_an_attribution(doc: Document, full: int, at: int) -> bool:
    """ "(BTN) - Ngày 19/7, Sở Giáo dục và Đào tạo cho biết, Kỳ thi tốt nghiệp THPT năm 2024 toàn
    tỉnh có …; số thí sinh … là 15.258": after who says it, the sentence opens again."""
    head = doc.lower(full, at)
    v = vocabulary()
    if not v.attributions.within(head) or (said := v.attributions.last(head)) < 0:
        return False
    rest = head[said + len(v.attributions.starting(head[said:]) or ""):]
    return rest.startswith(",") and ";" not in rest and len(rest) <= PERIOD_OPENER_REACH


def _months_from_the_years_start(between: str) -> bool:
    """ "Quý III …; 9 tháng ước đạt": a count of months between a time named and a figure counts from the
    year's start; not a stretch counted from an event ("sinh viên tốt nghiệp năm 2023 có việc làm trong vòng 12
    tháng kể từ khi tốt nghiệp đạt 93,6%"), which leaves the time named speaking."""
    if not (m := months_span().search(between)):
        return False  # the usual answer
    if vocabulary().plan_named.ending(between[:m.start()].rstrip().lower()):
        return False  # "vượt dự toán 6 tháng được giao": the months the plan is for, no time of the figure's
    return vocabulary().coming.starting(between[m.end():].lstrip().lower()) is None


def _still_speaks(doc: Document, named: tuple[int, str, str, int], start: int) -> tuple[str, str] | None:
    """A period named before a figure, unless the words between leave it: a bracket it stood
    in closed ("(năm 2019 chỉ có 540 cơ sở), trong đó 9 khách sạn"), or a word of now ("năm
    2023 … 5,9 triệu lượt và năm nay ước đạt 6,5", "Năm 2020 … 4 phòng, giờ đã 11 phòng"):
    "năm nay" names the report's year (a web page's own), the others the time there is now (no period)."""
    between = doc.text[named[0]:start]
    if between[:1] == ")" and doc.text[:named[3]].rstrip().endswith("("):
        between = between[1:]  # "5 năm (2021 - 2025) ước đạt": a bracket holding the time alone names it as well
    if _closes_a_bracket(between) or _months_from_the_years_start(between):
        return None  # a bracket closed, or "Quý III …; 9 tháng ước đạt": months from the year's start
    v = vocabulary()
    low = doc.lower(named[0], start)
    for w in v.not_resets.words:
        low = low.replace(w, " " * len(w))  # "năm 2013 thực hiện tại 2 xã": no word of now
    # "Năm 2020, … tăng khoảng 13% so với năm nay, thu hút …": the time compared with, a base, no word of now
    low = compared_now().sub(lambda m: " " * len(m.group()), low)
    if v.period_resets.found(low) and (at := v.period_resets.last(low)) >= 0:
        this_year = v.this_year.starting(low[at:])
        return (str(doc.this_year), between[at:at + len(this_year)]) if doc.this_year and this_year else None
    if doc.year and _last_year(named[1]) < doc.year and v.until_now.found(low):
        # "Kể từ khi dự án đầu tiên được cấp phép năm 1997, đến nay đã có 41 quốc gia": "đến nay"
        # after a time gone by is the time there is now; inside a span that runs to now it
        # stays the span's ("Giai đoạn 2021-2025, …; đến nay đã đào tạo 286.400 người")
        return None
    return named[1], named[2]


@cache
def compared_now() -> re.Pattern[str]:
    """ "so với năm nay": a comparison word and a word of the report's year (lowercased text)."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{alternation(v.raw['compared_with'])}) (?:{alternation(v.this_year.words)})(?!\w)")


def _last_year(code: str) -> int:
    """The last year a period code covers: "2021-2025" → 2025, "2024-Q3" → 2024."""
    return int(code[5:]) if SPAN_CODE.match(code) else int(code[:4])


def _closes_a_bracket(text: str) -> bool:
    """``text`` closes a bracket it did not open, though it may open another after: "(năm 2023
    là 112,5) nhưng cao hơn mức tự nhiên (từ 104"."""
    if ")" not in text:
        return False  # the usual answer, at C speed
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
    return False


@cache
def chain_words() -> Words:
    """ "và": the words after which a label, a period or a like figure runs on."""
    return Words(vocabulary().raw["chain_words"])


# " đỗ xe ô tô và ", " số vụ vi phạm và ít nhất ": the rest of what the figure before counts, the joiner (and a bound)
JOINED_NOUN_REACH: Final = 60


def noun_then_joiner(words: str) -> bool:
    """ "đỗ xe ô tô và", "số vụ vi phạm và": words naming what a figure counts or is of, then "và" ending them, no
    digit nor verb among them: the next figure is joined to that one."""
    if not (joiner := chain_words().ending(words)):
        return False  # the usual answer
    return bool(words[:len(words) - len(joiner)].strip()) and not DIGIT.search(words) and not full_verbs().found(words)


def joined_past_its_noun(c: Context) -> bool:
    """ "tăng 1.240 chỗ đỗ xe ô tô và 4.150 chỗ để xe máy": only the rest of what the figure before counts and "và"
    stand between it and this one (no digit, verb, comparison nor break): the two are the same verb's; not "tăng 11
    máy so với đầu năm, và 1.046 thiết bị"."""
    words = c.raw_left.strip()
    return len(words) <= JOINED_NOUN_REACH and noun_then_joiner(words) and not any(ch in words for ch in ",;:()") \
        and not vocabulary().comparison.found(words)


def adjustment_of_a_plan(doc: Document, c: Context) -> str | None:
    """ "Điều chỉnh giảm 24.600 triệu đồng kế hoạch vốn của 5 dự án chậm tiến độ; điều chỉnh tăng tương ứng 24.600
    triệu đồng cho 6 dự án": a change an adjustment word opens (an adjustment word, then the change word, maybe
    an adverb between it and the number), in a full sentence naming a plan: the cut or the rise a resolution makes
    to the plan, a target itself, compared with nothing (the plan is what moves); the words. "Giá xăng được điều
    chỉnh giảm 850 đồng/lít" names no plan: a result."""
    if c.f.kind not in CHANGES or not (v := vocabulary()).tables.adjustment.within(c.left):
        return None  # the usual answer
    head = trimmed(c.left, v.adverbs)
    if not (w := v.change.ending(head)) or not (adjusting := v.tables.adjustment.ending(head[:-len(w)].rstrip())):
        return None
    return f"{adjusting} {w}" if doc.holds(v.adjusted_plans, c.full, c.se) \
        and v.adjusted_plans.found(doc.lower(c.full, c.se)) else None


QUOTA_SPLIT: Final = "a share of the places to fill"


def split_of_a_quota(c: Context) -> str | None:
    """ "trong đó 70% chỉ tiêu dành cho phương thức xét điểm thi, 25% xét học bạ và 5% xét tuyển thẳng": a
    percent of the places to fill after a part word, with no verb between, and the percents listed after
    it, split the quota, a target; the quota word (or the share before)."""
    f, v = c.f, vocabulary()
    if f.unit != "percent":
        return None
    p = c.prev
    if p is not None and p.unit == "percent" and p.role == "plan" and p.why.get("role", "").startswith(QUOTA_SPLIT):
        return "the share before"
    if not (w := v.quotas.starting(c.right.lstrip())) or (at := v.part_words.last(c.raw_left)) < 0:
        return None
    return None if v.verbs.found(c.raw_left[at:]) else w


def norm(doc: Document, c: Context) -> str | None:
    """ "thấp hơn mức 3% theo Nghị quyết số 42/2017/QH14", "không vượt quá mức 5% quy định", "mức trần
    quy định là 70%", "cao hơn mức dưới 5% mà Tổng cục Thuế giao": a level word right before the figure (a
    qualifier between) and the rule or giver that sets it, right after it or between the two: a norm the
    result is held against, a requirement; the words that say so."""
    v = vocabulary()
    if not v.norm_levels.within(c.left):
        return None  # the usual answer, before the verbs are stripped
    left = trimmed(trimmed(c.left, v.verbs), v.any_qualifier)  # "cao hơn mức dưới 5%"
    if level := v.norm_levels.ending(left):
        after = doc.lower(c.f.tail, c.f.end + len(c.right)).lstrip()
        return f"{level} … {source}" if (source := v.norm_sources.starting(after) or _given_after(after)) else None
    if (source := v.norm_sources.ending(left)) and (level := v.norm_levels.ending(left[:-len(source)].rstrip())):
        return None if _norm_passed(left[:-len(source)].rstrip()[:-len(level)].rstrip()) else f"{level} {source}"
    return None


def _norm_passed(before: str) -> bool:
    """ "khí thải vượt giới hạn cho phép 27,5%": a breaching word right before a norm named with its rule
    (``before`` the words before the level word) makes the figure after it what passed it, a result; not
    after a negation ("không vượt quá mức quy định 5%"), which keeps the norm a requirement."""
    v = vocabulary()
    if not (breach := v.norm_breaches.ending(before)):
        return False  # the usual answer
    return not v.norm_breach_negations.ending(before[:-len(breach)].rstrip())


def _given_after(after: str) -> str | None:
    """ "mà Tổng cục Thuế giao": a relative word, whoever gives, and a giving word ending the clause, with
    no number: the level before it was set by someone; the words that say so."""
    v = vocabulary()
    if not (relative := v.norm_relatives.starting(after)):
        return None  # the usual answer
    clause = LIST_BREAK.split(after, maxsplit=1)[0].rstrip(" .)")
    if DIGIT.search(clause) or not (given := v.assigned.ending(clause)) or v.not_assigned.ending(clause):
        return None
    return f"{relative} … {given}"


def of_a_norm(c: Context) -> str | None:
    """ "bằng 23,7% mức dư nợ vay tối đa theo quy định": a percent right before a level word whose
    clause names the rule that sets it ("mới bằng 88,6% mức tối thiểu theo QCVN 01:2019/BXD": a national standard
    by name), or right before a standard, is a part of that norm; the level word."""
    v = vocabulary()
    right = c.right.lstrip()
    if c.f.unit == "percent" and (standard := v.norm_standards.starting(right)):
        return standard  # "chỉ đạt 22,7% tiêu chuẩn": a standard is a norm of its own
    if c.f.unit != "percent" or not (level := v.norm_levels.starting(right)) \
            or not (v.norm_sources.found(right) or v.standard_names.found(right)):
        return None
    return level


LIST_BREAK: Final = re.compile(r"[;:]|,(?!\d)")  # not the comma inside a number ("1 chọi 8,4")


def late_payment_charge(doc: Document, c: Context) -> bool:
    """ "người nộp thuế bị tính tiền chậm nộp theo mức 0,03%/ngày", "lãi chậm đóng BHXH 0,03%/ngày": a percent per
    time in a sentence that speaks of paying late, before it, is the charge a law sets on what is paid late, the
    price of late money and a term, not a share; "tỷ lệ nợ quá hạn 0,5%" is no rate per time."""
    f = c.f
    return f.unit == "percent" and doc.text.startswith("/", f.end) \
        and doc.holds(vocabulary().late_payment, c.full, f.start)


def symbol_equated(c: Context) -> bool:
    """ "rừng giàu K = 1,0", "hệ số k1 = 1,2", "với a = 0,8": a bare number right after "=" and a one-letter
    symbol (maybe numbered) is the value a formula's coefficient is given, a place on its scale that a rule
    sets, of no time."""
    left = c.raw_left.rstrip()
    if not left.endswith("="):
        return False  # the usual answer
    symbol = left[:-1].rstrip().rpartition(" ")[2]
    return bool(symbol) and symbol[0].isalpha() and (len(symbol) == 1 or symbol[1:].isdigit() and len(symbol) <= 3)


def dues_cut(c: Context) -> str | None:
    """ "được giảm 50% mức đóng đối với tổ chức bị thiệt hại": a percent of the dues a fund's rules set, after a
    change word, is the part they cut for a class, a term; "hỗ trợ 70% mức đóng BHYT" is support given. The dues."""
    v = vocabulary()
    if not (w := v.dues.starting(c.right.lstrip())):
        return None  # the usual answer
    return w if v.change.ending(trimmed(c.left, v.any_qualifier)) else None


def existing_stock(c: Context) -> bool:
    """ "nâng tỷ lệ lấp đầy của 11 khu công nghiệp hiện có lên 72%", "với 26 trung tâm … hiện
    có, ngành sẽ …": a count whose noun "hiện có" follows, before any verb, is what there is
    now, whatever year or target the sentence speaks of."""
    v = vocabulary()
    if c.f.unit != "count" or not v.existing_after.found(c.right):  # the usual answer, at C speed
        return False
    at = v.existing_after.last(c.right)
    return at > 0 and not v.verbs.found(c.right[:at])


def means_of_a_later_year(doc: Document, c: Context) -> bool:
    """ "“Năm 2021 sẽ còn nhiều thách thức, nhưng với 3 trụ cột …, tỉnh tự tin phục hồi”": a
    count right after "với" opening a clause, in a sentence that names a later year before it,
    is what the speaker counts on, not a target."""
    if c.f.unit != "count":
        return False
    k = bisect_left(doc.later, c.full)
    if k == len(doc.later) or doc.later[k] >= c.f.start:
        return False
    v = vocabulary()
    if not (w := v.means_words.ending(c.left)):
        return False
    before = c.head.rstrip()
    before = before[: len(before) - len(w)].rstrip()
    return not before or before[-1] in ",;:“\"" or bool(v.contrast_words.ending(before))


def reference_bracket(doc: Document, c: Context) -> str | None:
    """ "(cùng kỳ năm trước có 4 ổ dịch)", or after a figure "(tháng 9/2024 là 1.102 hồ sơ)", "(Tết Giáp
    Thìn 2024 …)": a bracket that opens with another time or an occasion of an earlier year, the level to
    compare with; the words that say so."""
    left = c.raw_left
    if (at := open_bracket(left)) >= 0:
        inside = left[at + 1:].lstrip()
    elif (carried := _carried_bracket(doc, c)) is not None:
        inside = carried  # "(năm 2023 tương ứng là 31,25%; 31,4%; …)": the bracket goes on past a ";"
    elif (opened := _bracket_past_the_figure_before(doc, c)) is not None:
        inside = opened  # "(cùng kỳ năm 2024 xảy ra 9 vụ, làm chết 6 người, …)": past its first figure's clause
    else:
        return None
    if vocabulary().carried_over.found(inside):
        return None  # "(kỳ trước chuyển sang 97 đơn)": part of this period's count
    if w := vocabulary().reference_brackets.starting(inside):
        return inside if period_in(inside) else w  # "(cùng kỳ năm 2023 đạt 76,5%)": of the year it names
    if c.prev is not None and (c.prev.base and c.prev.base.isdigit() or c.prev.unit == c.f.unit) \
            and (w := vocabulary().year_start.starting(inside)):
        # "giảm 3.710 hộ so với đầu năm (đầu năm có 19.684 hộ nghèo)": the level the change started from; "đang quản lý
        # 432 học viên (đầu năm có 318 học viên)": the level the stock started the year at
        return w
    named = periods_named(inside, 0, len(inside), doc.year) if c.prev is not None or at < 0 else None
    if named and (named[0][3] == 0 or opens_with_a_school_year(inside, named[0][3])
                  or _opens_at_a_years_edge(inside, named[0][3]) or _opens_with_an_estimate(inside, named[0][3])) \
            and doc.year and int(named[0][1][:4]) <= doc.year and not _years_reviewed(doc, named[0][1]):
        return named[0][2]  # "(năm 2023 là …)", "(năm học 2023-2024 là 82,9%)"
    if c.prev is not None and doc.year and (y := opens_with_an_occasion(inside)) and int(y.group()) <= doc.year:
        return inside[:y.end()]  # "(Tết Giáp Thìn 2024 mức cao nhất là 1,5 tỷ đồng/người)": the last festival's
    if inside[:1].isdigit() and (day := DAY_OPENS.match(inside)) and doc.year and int(day.group(3)) <= doc.year \
            and 1 <= int(day.group(2)) <= 12:
        return inside  # "(31/12/2023 là 0,98%)": the level on an earlier day
    return None


def _years_reviewed(doc: Document, code: str) -> bool:
    """ "Đánh giá … 5 năm 2011 - 2015", then "Tăng trưởng không đều giữa các năm (năm 2012 chỉ tăng 0,6%, năm 2013 tăng
    4,8%)": a bracket opening with a year of the span of three years or more the report reviews gives a result of
    that year, as any level of a year of the span is (GUIDELINES), no other time's level; a school year's first year
    ("(năm 2024 xếp thứ 11)" after a rank of 2025) stays the level compared with."""
    return doc.span_from is not None and doc.year is not None and code.isdigit() \
        and doc.span_from <= int(code) < doc.year and doc.year - doc.span_from >= REVIEWED_YEARS - 1


REVIEWED_YEARS: Final = 3  # a span reviewed year by year: more than a school year's two


def _bracket_past_the_figure_before(doc: Document, c: Context) -> str | None:
    """ "(cùng kỳ năm 2024 xảy ra 9 vụ, làm chết 6 người, bị thương 10 người)": a bracket opened before the
    figure before this one in its sentence and not closed by this one holds both, past a comma: its words
    from its opening, lowercased; else None."""
    if c.prev is None or (at := doc.text.rfind("(", c.ss, c.prev.start)) < 0:
        return None  # the usual figure: no bracket opened before the one before it
    if doc.text.find(")", at, c.f.start) >= 0:
        return None
    return doc.lower(at + 1, c.f.start).lstrip()


def _opens_with_an_estimate(inside: str, at: int) -> bool:
    """ "(sơ bộ năm 2024 tăng 6,94%)", "(ước tính năm 2023 đạt 61,2%)", "(ước thực hiện năm 2025 là 1.412,6 tỷ
    đồng)", "(thực hiện năm 2014 là 6.485 tỷ đồng)": a bracket opening with an estimate's or a result's word before
    the time it names: that earlier time's preliminary, estimated or final level, as "(năm 2024 tăng …)" gives its
    level."""
    v = vocabulary()
    opening = inside[:at].strip()
    return v.estimate_openers.is_one(opening) or v.qualifiers_estimated.is_one(opening) \
        or v.result_bracket_openers.is_one(opening)


def _opens_at_a_years_edge(inside: str, at: int) -> bool:
    """ "(cuối năm 2023 là 279 người)": a bracket opening with the end or start of the year it names, its
    level then."""
    return vocabulary().reference_year_edges.is_one(inside[:at].strip())


def _carried_bracket(doc: Document, c: Context) -> str | None:
    """The first figure of a part of a sentence after a ";" inside a bracket opened before that
    ";" and not yet closed: the bracket's words from its opening, lowercased; else None."""
    if c.prev is not None or c.full >= c.ss:
        return None
    before = doc.text[c.full:c.ss]
    if "(" not in before or ")" in doc.text[c.ss:c.f.start]:
        return None
    if (at := open_bracket(before)) < 0:
        return None
    return doc.lower(c.full + at + 1, c.f.start).lstrip()


@cache
def _given_as() -> re.Pattern[str]:
    """A target word, its giver, the giving word and "là" right before the number (a change word
    or a qualifier may stand between)."""
    v = vocabulary()
    gap = alternation(v.raw["increase"] + v.raw["decrease"] + list(v.any_qualifier.words))
    # "Kinh phí bảo dưỡng … năm 2012 được UBND tỉnh giao là 86,5 tỷ đồng": what was given, whatever it is named
    given = alternation(v.raw["target_brackets"] + v.raw["assigned_by"])
    return re.compile(rf"(?<!\w)(?:{given})(?!\w)[^,;()\d]{{0,40}}?"
                      rf"(?<!\w)(?:{alternation(v.assigned.words)})\s+(?:{alternation(v.raw['given_as'])})"
                      rf"(?:\s+(?:{gap}))*\s*$")


MONTH_OF_YEAR: Final = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?!\d)")  # "tháng 9/2024"
GIVEN_REACH: Final = 80  # "chỉ tiêu Nghị quyết HĐND xã giao là giảm": a target word, its giver and "là"


def target_given_as(c: Context) -> str | None:
    """ "vượt chỉ tiêu Nghị quyết HĐND xã giao là giảm 2%", "được UBND tỉnh giao là 86,5 tỷ đồng": the number after
    "là" is the target a giver set; the words that say so."""
    tail = c.left[-GIVEN_REACH:]
    v = vocabulary()
    if not (v.assigned.within(tail) and v.given_as.within(tail)) or not (m := _given_as().search(tail)):
        return None
    return None if v.not_assigned.found(m.group()) else m.group().strip()


@cache
def target_brackets() -> Words:
    return Words(vocabulary().raw["target_brackets"])


def result_target(c: Context) -> str | None:
    """ "ước tăng 7,42% so với năm 2023, vượt chỉ tiêu Nghị quyết HĐND tỉnh đề ra (7,0%)", "tăng
    3,21% …, nằm trong mục tiêu kiểm soát (dưới 4%)": a bracket holding only a number in the unit of
    the result before it (maybe a bound), right after a clause naming a target, holds that target;
    the target words."""
    if c.prev is None or c.prev.unit != c.f.unit or c.prev.role == "plan":
        return None
    left = c.raw_left
    if (at := open_bracket(left)) < 0:
        return None
    v = vocabulary()
    inside = left[at + 1:].strip()
    if inside and trimmed(inside, v.any_qualifier):
        return None  # words besides a bound: another bracket ("(kế hoạch dưới 15,5%)" is read as such)
    head = left[:at].rstrip()
    if number_besides_years(head):
        return None
    return v.plan_markers.found(head[clause_start(head):])


def before_a_lone_bracket(c: Context) -> str | None:
    """The words (``raw_left``) before a bracket that holds only the number, a qualifier maybe before it
    ("cao hơn bình quân cả nước (28,2%)", "(khoảng 50,7%)"), the bracket left out; None if it holds more."""
    left = c.raw_left.rstrip()
    if (bound := vocabulary().any_qualifier.ending(left)) is not None:
        left = left[: -len(bound)].rstrip()
    return left[:-1] if left.endswith("(") else None


def elsewhere_bracket(c: Context) -> bool:
    """ "cao hơn bình quân cả nước (28,2%)", "(khoảng 50,7%)": a bracket holding only the number,
    a qualifier maybe before it, right after words naming another place."""
    head = before_a_lone_bracket(c)
    return head is not None and bool(vocabulary().elsewhere.ending(head.rstrip(" ,:")))


def bracket_of_elsewhere(c: Context) -> str | None:
    """ "tăng 12,6% so với đầu năm (cả nước tăng khoảng 15%)": the first number of a bracket that
    opens with another place is that place's level; the words that say so."""
    left = c.raw_left
    if (at := open_bracket(left)) < 0 or number_besides_years(left[at:]):
        return None
    return vocabulary().elsewhere.starting(left[at + 1:].lstrip())


def term_start_bracket(c: Context) -> str | None:
    """ "nông nghiệp chỉ còn 10,8% (đầu nhiệm kỳ là 17,5%)": a bracket opening with the term's start and
    at most one word before the number holds the level the term opened with; those words."""
    left = c.raw_left
    if (at := open_bracket(left)) < 0:
        return None
    inside = left[at + 1:].strip()
    if not (w := vocabulary().term_start.starting(inside)) or len(inside[len(w):].split()) > 1:
        return None
    return inside


def term_start_year(doc: Document, pos: int) -> str | None:
    """The first year of the span the nearest numbered heading names ("I. … NHIỆM KỲ 2020 - 2025"), else
    of the term the text named last before ``pos`` ("nhiệm kỳ 2020 - 2025")."""
    if span := heading_span(doc.text, pos):
        return span[0][:4]
    terms = list(vocabulary().congress_term.finditer(doc.text, 0, pos))
    return terms[-1].group(1) if terms else None


def target_beaten_by_points(c: Context) -> bool:
    """ "tăng trưởng đạt 8,7%, vượt 0,7% so với Nghị quyết HĐND huyện (8%)": a bracket holding only a
    percent right after a rate's lead over its target or an estimate, in points, gives that target; so does one
    naming it a target ("vượt 0,2% so với kế hoạch (KH 8%)")."""
    p = c.prev
    return p is not None and p.kind == "change_points" and p.base in PLAN_BASES and p.unit == "percentage_point" \
        and c.f.unit == "percent" and (compared_bracket(c) is not None or _target_named_in_brackets(c))


def _target_named_in_brackets(c: Context) -> bool:
    """ "(KH 8%)", "(kế hoạch 8%)": a bracket opening with a target's word, right before the number."""
    left = c.raw_left
    return (at := open_bracket(left)) >= 0 and target_brackets().is_one(left[at + 1:].strip())


def compared_bracket(c: Context) -> str | None:
    """ "tăng 12,8% so với cùng kỳ năm 2023 (962,4 triệu USD)", "cao hơn mức sinh học tự nhiên
    (từ 104 đến 106)": a bracket holding only a number, maybe a range, right after the words
    naming what the figure before was compared with gives that level; the comparing words."""
    left = c.raw_left
    if (at := open_bracket(left)) < 0 or c.signed:
        return None  # "tăng 23 cầu so với năm 2017 (+21,9%)": a signed number restates the change, no level
    v = vocabulary()
    # "giảm 1 bậc so với năm 2022 (xếp thứ 1/63)": a rank word may restate the level as a place, an average's word
    # open it ("(bình quân 90.000 đồng/kg)")
    head = left[:at]
    if (inside := left[at + 1:].strip()) and compared_year_ending(head):
        inside = trimmed(inside, v.any_qualifier)  # "so với năm 2017 (khoảng 1,2 triệu lượt)": that year's, qualified
    if inside and not v.from_words.ending(inside) and not restating_words(inside):
        return None
    # "thiếu 412 giáo viên so với định mức, chủ yếu ở cấp mầm non (218 giáo viên)": past a comma,
    # the bracket gives a part, not what was compared with
    head = head[max(head.rfind(")"), head.rfind(",")) + 1:]
    if number_besides_years(head) and not _only_times_named(head):
        return None  # another number than a year stands between
    if c.prev is not None and c.prev.kind == "multiple":
        return c.prev.unit_word or c.prev.unit  # "gấp 1,8 lần năm 2019 (11.860 tỷ đồng)": the level the multiple is of
    if c.prev is not None and c.prev.kind == "share" and c.f.unit != "percent" \
            and head.lstrip().startswith(tuple(v.group_sums.words)) and not v.verbs.found(head) \
            and (v.project_subjects.found(head) or v.plan_named.found(head)):
        # "bằng 94,3% tổng kinh phí bồi thường của dự án (9.476 tỷ đồng)", "bằng 51,2% tổng dự toán năm (805 tỷ đồng)":
        # the whole of a project or of a plan the share is of, its designed or planned size; "chiếm 10,2% tổng diện
        # tích nuôi tôm của tỉnh (280.100 ha)" gives a whole of the same time
        return "a share's whole"
    return v.comparison.found(head) or v.change.found(head)


def compared_year_ending(head: str) -> bool:
    """ "… so với năm 2017 ", "… so với cùng kỳ năm 2018 ", "… so với bình quân năm 2019 ": a comparison word and a
    bare year, maybe the same period of it or its average, nothing else, end ``head`` (lowercased): no event named by
    the year ("so với Festival năm 2015"), no average of another thing nor target ("cao hơn mức bình quân chung")."""
    return _compared_year_end().search(head) is not None


@cache
def _compared_year_end() -> re.Pattern[str]:
    raw = vocabulary().raw
    return re.compile(rf"(?<!\w)(?:{alternation(raw['compared_with'])})\s+"
                      rf"(?:(?:{alternation(raw['per_one_average'])})\s+)?"
                      rf"(?:(?:{alternation(raw['same_period_of'])})\s+)?"
                      rf"(?:{alternation(raw['year_words'])})\s+(?:19|20)\d\d\s*$")


def restating_words(inside: str) -> bool:
    """ "xếp thứ", "bình quân": the words of a bracket before its number are a rank word alone, which restates the level
    as a place, or an average's word alone ("so với cùng kỳ năm 2018 (bình quân 90.000 đồng/kg)")."""
    inside = inside.strip()
    v = vocabulary()
    return v.rank_words.ending(inside) == inside or v.per_one_average.is_one(inside)


REFERENCE_BRACKET: Final = "a bracket opening with the level it is held against"


def open_bracket(left: str) -> int:
    """Where the bracket the figure stands in opens in ``left`` (the words before it), or -1."""
    at = left.rfind("(")
    return -1 if at < 0 or ")" in left[at:] else at


def _only_times_named(head: str) -> bool:
    """ "tăng 8,2% so với tháng 9/2025 (3.554 triệu đồng)", "cao hơn mức tăng của 6 tháng đầu năm (7,62%)", "giảm 9,6%
    so với thời điểm 31/12/2015 (541,7 tỷ đồng)": the digits between a comparison and its bracket all name a day or a
    month of a year or the months counted from a year's start, a time compared with, no other number ("cao hơn 3 xã
    (…)" counts)."""
    if "/" not in head and not _months_counted().search(head):
        return False  # the usual answer
    return not DIGIT.search(A_YEAR.sub("", MONTH_OF_YEAR.sub("", _months_counted().sub("", _A_DAY.sub("", head)))))


_A_DAY: Final = re.compile(DAY)


@cache
def _months_counted() -> re.Pattern[str]:
    """ "6 tháng đầu năm", "9 tháng năm 2025": months counted from a year's start (a word of which part or none)."""
    p = vocabulary().raw["periods"]
    return re.compile(rf"(?<![\d,.])\d{{1,2}}\s+(?:{alternation(p['month'])})\s+(?:\w+\s+)?(?:{alternation(p['year'])})"
                      rf"(?!\w)")


def number_besides_years(text: str) -> bool:
    """``text`` holds a digit that is not part of a year ("năm 2025" aside)."""
    return bool(DIGIT.search(A_YEAR.sub("", text)))


def bracketed_after(c: Context) -> bool:
    """The figure stands in an open bracket right after the figure before it."""
    assert c.prev is not None
    return open_bracket(c.raw_left) >= 0 and len(c.raw_left) <= TARGET_REACH


def in_an_impact_assessment(doc: Document, at: int, bound: bool = False) -> tuple[str, str] | None:
    """In an impact assessment of a project not yet built, a figure nothing else reads: under a top heading naming
    the monitoring programme ("IV. CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG": "quan trắc … tại 3 điểm") what is
    to be done, a target; under one naming the appraisal ("V. KẾT QUẢ THẨM ĐỊNH": "gồm 9 thành viên") what the
    council did, a result (None); elsewhere what the project is to be ("sản xuất 24 triệu sản phẩm/năm",
    "nước thải sinh hoạt 96 m3/ngày.đêm", "cách khu dân cư gần nhất khoảng 850 m", a column "Nồng độ dự báo sau
    xử lý"), background; under one naming the conditions a decision sets ("Điều 2. Các điều kiện đối với nhà đầu
    tư"), a ``bound`` ("không thấp hơn 20%", "tối thiểu 70% lao động") is a requirement, a target."""
    heading = ""
    if (k := bisect_right(doc.tops, at) - 1) >= 0:
        end = doc.text.find("\n", doc.tops[k])
        heading = doc.lower(doc.tops[k], end if end >= 0 else len(doc.text))
    v = vocabulary()
    if w := v.assessment_monitoring.found(heading):
        return "plan", f"in the monitoring programme of a project assessed, under a heading naming {w!r}"
    if v.assessment_appraisal.found(heading):
        return None  # the council's members and votes
    if bound and (w := v.assessment_conditions.found(heading)):
        return "plan", f"a bound under a heading naming the project's {w!r}: a requirement"
    return "context", "what a project not yet built is to be, in the assessment of its impact"


MONTHS_OPENING_REACH: Final = 40  # how long a sentence's opening clause naming months gone by may be
MONTHS_COUNTED: Final = re.compile(r"(?<!\d)\d{1,2}\s+")  # "11 ": a count of months, before its word


def forecast(doc: Document, low: str, at: int, w: str | None) -> bool:
    """A sentence (``low``, at ``at``) whose only target word ``w`` expects, under a top heading naming a
    forecast ("III. DỰ BÁO VÀ KIẾN NGHỊ"): it forecasts, it sets no target."""
    v = vocabulary()
    if w is None or not v.forecast_words.is_one(w) or v.target_words.found(low.replace(w, " ")):
        return False
    return _forecast_heading_over(doc, at) is not None


def _forecast_heading_over(doc: Document, at: int) -> str | None:
    """The lowercased top numbered heading over ``at`` if it names a forecast ("II. DỰ BÁO XÂM NHẬP MẶN 10
    NGÀY TỚI", "III. DỰ BÁO VÀ KIẾN NGHỊ"), else None."""
    if (k := bisect_right(doc.tops, at) - 1) < 0:
        return None
    start = doc.tops[k]
    end = doc.text.find("\n", start)
    heading = doc.lower(start, end if end >= 0 else len(doc.text))
    return heading if vocabulary().forecast_headings.found(heading) is not None else None


def forecast_only(doc: Document, at: int) -> bool:
    """``at`` lies under a top heading naming a forecast and no recommendations ("II. DỰ BÁO XÂM NHẬP MẶN
    10 NGÀY TỚI", not "III. DỰ BÁO VÀ KIẾN NGHỊ"): every figure there estimates a result."""
    heading = _forecast_heading_over(doc, at)
    return heading is not None and not vocabulary().recommendation_heads.found(heading)


def blank_brackets(text: str) -> str:
    """``text`` with any closed "(...)" blanked out, offsets kept."""
    if "(" not in text:
        return text
    return _BRACKETS.sub(lambda m: " " * len(m.group()), text)


def clause_start(left: str) -> int:
    """Where the clause ending ``left`` starts: after its last break."""
    # The break pattern reads the same reversed, and the first break in the reversed
    # text is the last one in the text.
    m = CLAUSE_BREAK.search(left[::-1])
    return len(left) - m.start() if m else 0


def back_to_a_plan_marker(left: str) -> str:
    """``left`` without the gap words at its end, and the year after a year word ("kế hoạch năm 2026 tăng"), back to
    a plan marker or to none left: "kế hoạch đề ra" stops at "kế hoạch", "Nghị quyết đề ra" (a marker holding gap
    words) at itself."""
    v = vocabulary()
    bare = left.rstrip(" ,:/")
    while not v.plan_markers.ending(bare) and (w := v.plan_gap.ending(bare) or _year_after_its_word(bare)):
        bare = bare[:len(bare) - len(w)].rstrip(" ,:/")
    return bare


@cache
def _year_after_its_word_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().raw['periods']['year'])})(\s+(?:19|20)\d\d)$")


def _year_after_its_word(text: str) -> str:
    """ " 2026" ending ``text`` after its year word ("năm", left as a gap word), else ""."""
    m = _year_after_its_word_pattern().search(text) if text[-4:].isdigit() else None
    return m.group(1) if m else ""


def trimmed(phrase: str, words: Words) -> str:
    """``phrase`` without any of ``words`` at its end (repeatedly)."""
    return words.stripped(phrase, " ,:")


def clause_head(c: Context) -> str:
    """The part of a figure's sentence before its number, after its last ";" or ")" (lowercased)."""
    return c.head[max(c.head.rfind(";"), c.head.rfind(")")) + 1:]


def comparison_phrase(left: str) -> str:
    """The "so với ..." phrase of a clause, if it stands before the number."""
    i = vocabulary().comparison.first(left)
    return left[i:] if i >= 0 else ""


@cache
def _base_phrases() -> tuple[Words, dict[str, str]]:
    """Every base phrase as one word list (one search), and each one's code."""
    codes: dict[str, str] = {}
    for words, code in vocabulary().bases:
        for w in words.words:
            codes.setdefault(w, code)
    return Words(codes), codes


_QUARTER_CODE: Final = re.compile(r"\d{4}-Q[1-4]$")


@cache
def _year_base() -> re.Pattern[str]:
    """ "cùng kỳ năm 2024" ending the words before a number: the same period of a year named."""
    raw = vocabulary().raw
    same, years = alternation(raw["same_period_of"]), alternation(raw["year_words"])
    return re.compile(rf"(?<!\w)(?:(?:{same})\s+)?(?:{years})\s+((?:19|20)\d\d)$")


def levels_year(words: str) -> re.Match[str] | None:
    """ "đỉnh lũ năm 2018 là", "năm 2018 là": maybe a level's noun of a few words, then a year's word and the year
    (group 1); the match."""
    return _levels_year().match(words)


@cache
def _levels_year() -> re.Pattern[str]:
    years = alternation(vocabulary().raw["year_words"])
    return re.compile(rf"(?:[^\W\d_]+\s+){{0,{LEVELS_NOUN_WORDS}}}?(?:{years})\s+((?:19|20)\d\d)(?!\d)", re.I)


LEVELS_NOUN_WORDS: Final = 3  # "đỉnh lũ": the level's noun before its year


def year_a_gap_is_from(c: Context) -> str | None:
    """ "thấp hơn đỉnh lũ năm 2018 là 0,57 m", "thấp hơn năm 2018 là 0,48 m": a change opening its clause with a word
    of above or below, then maybe the level's noun, a year and "là" right before the number, is a gap from that
    year's level: the year, its base."""
    v = vocabulary()
    if c.f.kind in CHANGES and not v.copulas.ending(c.left):
        found = year_compared_past_a_qualifier(c.left)  # "…, hơn năm ngoái khoảng 50 triệu đồng"
        return found[1] if found else None
    if c.f.kind not in CHANGES:
        return None  # the usual answer
    opening = c.left.lstrip("".join(LIST_DASHES)).lstrip()
    if not (w := v.level_sides.starting(opening)):
        return None
    rest = opening[len(w):].lstrip()
    return m.group(1) if (m := levels_year(rest)) else None


def year_compared_past_a_qualifier(left: str) -> tuple[str, str] | None:
    """ "gia đình lãi trên 300 triệu đồng, hơn năm ngoái khoảng 50 triệu đồng", "…, hơn năm 2017 khoảng 40 triệu
    đồng": a clause (``left``, lowercased) that is a comparative word and a year alone, then a qualifier right before
    the number, says how far the level stands from that year's: the comparative and the year (or previous_year);
    else None."""
    v = vocabulary()
    if not v.any_qualifier.ending(left):
        return None  # the usual answer
    opening = trimmed(left, v.any_qualifier).lstrip("".join(LIST_DASHES)).lstrip()
    if not (w := v.year_comparatives.starting(opening)):
        return None
    rest = opening[len(w):].strip()
    if v.last_year_openers.is_one(rest):
        return w, "previous_year"
    year = v.year_words.starting(rest)
    return (w, m.group(1)) if year and (m := _A_YEAR_ALONE.fullmatch(rest[len(year):])) else None


_A_YEAR_ALONE: Final = re.compile(r"\s*((?:19|20)\d\d)")


def gap_from_a_year_named(c: Context) -> bool:
    """ "cao hơn năm 2023 0,2°C", "ít hơn năm 2022 3 đợt", "cao hơn năm 2013 khoảng 20 - 30 USD/m3": a comparative, an
    earlier year and then the number (a qualifier between or not): a gap from that year's level, its base, not a
    level of that year; the figure is of its own sentence's time."""
    f = c.f
    if f.base is None or not f.base.isdigit() or f.kind not in CHANGES:
        return False  # the usual answer
    v = vocabulary()
    # "cao hơn năm 2019 từ 3.000 - 5.000 đồng/kg": past a range's opening word too
    left = c.left if c.left[-1:].isdigit() else trimmed(trimmed(c.left, v.any_qualifier), v.from_words)
    m = _year_base().search(left) if left[-1:].isdigit() else None
    # "thấp hơn đỉnh lũ năm 2018 là 0,57 m": the year and "là" before the number
    return m is not None and m.group(1) == f.base or year_a_gap_is_from(c) == f.base


def base_ending(left: str) -> tuple[str, str] | None:
    """The base phrase between a change word and the number ("cao hơn cùng kỳ", "tăng so
    với năm trước"), and its code; None if no change word stands before it."""
    words, codes = _base_phrases()
    if not (w := words.ending(left)):
        if left[-1:].isdigit() and (year := _year_base().search(left)):
            # "cao hơn cùng kỳ năm 2024 từ 1 đến 2‰": the same period of a year named between
            head = left[:year.start()].rstrip()
            v = vocabulary()
            return (year.group().strip(), year.group(1)) if v.change.ending(trimmed(head, v.comparison)) else None
        return None
    v = vocabulary()
    head = left[: len(left) - len(w)].rstrip()
    phrase = w
    while more := words.ending(head):  # "vượt dự toán tỉnh giao 12%": a base named in two phrases
        head = head[: len(head) - len(more)].rstrip()
        phrase = left[len(head):].strip()
    return (phrase, codes[w]) if v.change.ending(trimmed(head, v.comparison)) else None


def base_after(right: str) -> str | None:
    """What a comparison is made with, from the words after the number."""
    if right.lstrip().startswith("/"):  # "8,31%/KH tăng 3-4%": what follows is the target
        return None
    v = vocabulary()
    if y := v.compared_year.search(right):
        # "so với KH năm 2024": a plan, whatever year it is of
        gap = right[y.start():y.start(1)]
        return "plan" if any(code == "plan" and words.found(gap) for words, code in v.bases) else y.group(1)
    if day := v.compared_day.search(right):
        return _base_of_a_day(*day.groups())
    if occasion := v.compared_occasion.search(right):
        return occasion.group(1)  # "so với Tết Giáp Thìn 2024": the festival of that year
    if v.comparison.found(right) and (i := v.comparison.first(right)) >= 0 \
            and (named := period_in(right[i:i + BASE_REACH])):
        if named.isdigit() or _QUARTER_CODE.match(named):
            # "so với vụ Đông Xuân 2022-2023": the year of the season compared with; "so với Quý I/2024": the
            # same quarter of that year, as "so với cùng kỳ năm 2024"
            return named[:4]
        if SPAN_CODE.match(named) and int(named[5:]) == int(named[:4]) + 1 \
                and (k := right.find(named[:4], i)) > i and school_year(right[i:k]):
            return "previous_school_year"  # "tăng 1.220 học sinh so với năm học 2024-2025": the one before
    for words, code in v.bases:
        if words.found(right):
            return code
    return None


def _base_of_a_day(day: str, month: str, year: str) -> str | None:
    """ "so với 31/12/2023": a stock's level at a year's end, that year's; "so với 01/01/2024", the end of the year
    before; "so với ngày 30/6/2014", a day inside a year, no base code names it."""
    if (int(day), int(month)) == (31, 12):
        return year
    if (int(day), int(month)) == (1, 1):
        return str(int(year) - 1)
    return None


_AFTER_A_MOVE: Final = re.compile(r"\s*,\s*[^\W\d]+(?: [^\W\d]+){0,2}\s*$")  # ", gấp ", ", tăng " and no number


def span_of_a_move(doc: Document, c: Context) -> str | None:
    """ "giảm từ 1,38% cuối năm 2020 xuống còn 0,46% cuối năm 2023, bình quân mỗi năm giảm 0,31 điểm phần trăm": a
    yearly average right after a move from one year's level to a later one's is over the years between (2021-2023),
    or None."""
    f, p = c.f, c.prev
    if p is None or f.kind not in COMPARING or p.period is None or not p.period.isdigit():
        return None  # the usual answer
    v = vocabulary()
    between = doc.lower(p.tail, f.start)
    if not v.average_per_time.found(between) or set(FOUR_DIGITS.findall(between)) - {p.period}:
        return None
    # "từ … cuối năm 2015 xuống còn … 2019, ước cuối năm 2020 còn …": 2016-2020
    years = _years_moved_from(doc, c, p)
    return f"{int(years[0]) + 1}-{p.period}" if years and years[0] < p.period else None


def years_of_a_move(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "tăng từ 2,35 triệu lượt năm 2015 lên ước 5,2 triệu lượt năm 2025, gấp 2,2 lần": a change or a multiple right
    after a move from one year's level to another's compares the two levels: the first year (its base) and the
    second (its period), or None."""
    f, p = c.f, c.prev
    if p is None or f.kind not in COMPARING or f.per or p.period is None or not p.period.isdigit():
        return None  # the usual answer
    if not (m := bare_year().match(doc.text, p.tail)) or m.group(1) != p.period \
            or not _AFTER_A_MOVE.match(doc.text, m.end(), f.start):
        return None
    v = vocabulary()
    if v.average_per_time.found(doc.lower(m.end(), f.start)):
        return None  # "…, bình quân giảm 2,23 điểm phần trăm/năm trong giai đoạn 2020-2024": a yearly average
    years = _years_moved_from(doc, c, p)
    return (years[-1], p.period) if years and years[-1] < p.period else None


def _years_moved_from(doc: Document, c: Context, p: Figure) -> list[str]:
    """The years named between a move's "từ" and the word before its later level ``p`` ("tăng từ 2,35 triệu lượt năm
    2015 lên …"), in order; none without such a move."""
    v = vocabulary()
    before = trimmed(doc.lower(c.ss, p.start).rstrip(), v.any_qualifier)
    if not (to := v.to_level.ending(before)):
        return []
    rest = before[: len(before) - len(to)]
    opened = v.from_words.last(rest)
    return FOUR_DIGITS.findall(rest, opened) if opened >= 0 else []


COMPARATIVE_BASE_WORDS: Final = 5  # the base a comparative names before its gap: "mức cao nhất tuần qua"


def comparative_gap(head: str) -> str | None:
    """A comparative change word, then a few words naming what it compares with (no digit, mark or verb)
    right before the number: the number is the gap, a change; the comparative."""
    v = vocabulary()
    if not v.comparatives.within(head):
        return None  # the usual answer
    if (at := v.change.last(head)) < 0 or not (word := v.change.starting(head[at:])) \
            or not v.comparatives.is_one(word):
        return None
    between = head[at + len(word):]
    if not 0 < len(between.split()) <= COMPARATIVE_BASE_WORDS or BASE_BREAK.search(between) \
            or v.verbs.found(between) or v.norm_levels.ending(between):
        return None  # "thấp hơn mức 3% theo Nghị quyết": a level word right before it, the level compared with
    return word


BASE_BREAK: Final = re.compile(r"[\d,;:()]")
