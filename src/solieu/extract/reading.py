"""The reading: each figure's qualifier, kind, direction, base, role and subject.

A document's context (its year, its sentences, where a section of targets starts) is
computed once; each figure's context (its sentence, its clause, the words left and
right of it) is computed once from it; then each field is one function of that context.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Final

from solieu.extract.figure import Figure
from solieu.extract.nouns import counted
from solieu.extract.periods import (
    A_YEAR,
    COMPARED_REACH,
    NAME_REACH,
    NOUN_REACH,
    as_narrowed,
    carried_from,
    cumulative_words,
    first_period_named,
    may_name_period,
    named_by_year,
    names_an_occasion,
    names_things_of_years,
    opens_with_a_school_year,
    opens_with_an_occasion,
    part_of_year,
    period_after,
    period_in,
    periods_named,
    school_year,
    year_after_noun,
)
from solieu.extract.scan import COEFFICIENT, DURATION_IN_PARTS
from solieu.extract.scopes import (
    HEADING_MAX,
    HeadingLine,
    ScopeIndex,
    _is_item,
    example_scopes,
    heading_lines,
    heading_span,
    lead_in_scopes,
    opens_with_results,
    period_scopes,
    results_span,
    results_year,
    target_scopes,
    term_scopes,
)
from solieu.extract.tables import Column, cell_qualifier, layout, school_year_before
from solieu.extract.vocabulary import DAY, Words, _alternation, vocabulary, word_char
from solieu.renditions import ITEM_MARK

# How far around a number its words are read.
ACT_CITATION_REACH: Final = 24  # "Theo Quyết định số …" opening a full sentence
PLAN_TYPE_LINES: Final = 12  # the lines near the top where a plan names its type ("KẾ HOẠCH")
QUALIFIER_REACH: Final = 40  # a qualifier and up to three verbs before the number
QUALIFIER_AFTER: Final = 20  # "95% trở lên"
DISBURSED_WORDS: Final = 4  # "đã giải ngân được 164,2 tỷ đồng": the words before a disbursed amount
RAISED_SHORTEST: Final = 12  # "được nâng lên": the shortest words raising each one
RAISED_WORDS: Final = 7  # "người được nâng lên mức": a count's noun and the words raising each one
PAIR_WORDS: Final = 3  # "(6 vụ/8 bị can)": the words between a count and the count it is joined to by "/"
TARGET_REACH: Final = 40  # a plan marker before a bracket: "chỉ tiêu Nghị quyết (92,5%)", "phương án tài chính của
# hợp đồng (130,1 tỷ đồng)"
# "%/năm trong giai đoạn", "bình quân giai đoạn đạt": the words next to a figure naming its span
THIS_SPAN_REACH: Final = 30
BASE_REACH: Final = 40  # "so với vụ lúa Đông Xuân 2022 - 2023": a season compared with
NAMED_YEAR_LOOKBACK: Final = 17  # "so với cùng kỳ năm", "so với cùng vụ năm": a bound a few words before "năm YYYY"
OTHER_YEAR_LOOKBACK: Final = 11  # "so với năm": a bound right before "năm YYYY"
COMPARISON_OPENING: Final = 12  # a sentence opening with "so với" holds it in so many characters
HEADING_YEAR_REACH: Final = 60  # the years a heading names are in its first words
PERIOD_OPENER_REACH: Final = 60  # "(BBD) - Theo Sở Công Thương, năm 2024 …": a time that opens a sentence
LIST_LEAD_IN_REACH: Final = 30  # "năm 2023 được phân phối như sau:": a time's words up to a list's colon
COLON_OPENER_REACH: Final = 12  # ": Trong năm 2022, …": a time that opens the list after a colon
TITLE_MAX: Final = 200  # a text's first line, a title, is at most this long
TO_REACH: Final = 20  # after a level's year: where "lên", "xuống còn" may start the level it moves to
_SPAN_CODE: Final = re.compile(r"^\d{4}-\d{4}$")  # "2021-2025", a span of years
_SPAN_WORDS: Final = re.compile(r"(\d{4})\s*[-–]\s*(\d{4})")  # "vụ Đông Xuân 2024-2025": a span in words
HOPS: Final = 3  # verbs a qualifier may stand across ("ước đạt tăng 8%")
ESTIMATED_TIME_REACH: Final = 40  # "Ước 6 tháng đầu năm 2024, …": an estimate word and its time before a comma
OF_NO_TIME: Final = ("year", "star", "m")  # units of an anniversary, a rating, a road's width: background
_EXCHANGE: Final = "the price of one currency in another, a conversion"
SHORT_OPENER_WORDS: Final = 3  # "Sau điều chỉnh,": a sentence's opener before its subject
ITEM_DASHES: Final = "-+•* "  # a list item's dash and the space after it ("- Giảm tỷ lệ …")
DAY_OPENER_REACH: Final = 40  # "tính đến ngày 30/9/2024" opening a clause, with room before the day
_DAY_AT: Final = re.compile(rf"\s*{DAY}")
_DAY_OPENS: Final = re.compile(rf"{DAY}[^\d();]{{0,12}}$")  # "(31/12/2023 là 0,98%)": a day and a word before it
_LIST_DASHES: Final = ("-", "–", "+", "•")  # what opens a dashed list item's line
PER_TIME_WORDS: Final = 6  # "mỗi năm đào tạo khoảng": a per-time word among the last syllables before a count

# A stop and its closing quotes before spaces, or line breaks. One character class first, so
# that the search skips to the candidates (the same matches as "[.;!?…]…\s+|\n+", 3x faster).
_SENTENCE_END: Final = re.compile(r"[.;!?…\n](?:(?<=[.;!?…])[\"”’)\]]*\s+|(?<=\n)\n*)")
_STOPS: Final = (".", ";", "!", "?", "…", "\n")  # the characters a sentence's end opens with
_CLOSERS: Final = "\"”’)]"  # what may close a sentence after its stop, before the space
_FULL_STOP: Final = re.compile(r"[.!?…]\s")
_BRACKET_AFTER: Final = re.compile(r"\s*\(([^()]{1,200})\)")
# A comma, colon, bracket or quote, or a dash between spaces not between digits; written to open
# with one character class (the same matches as "[,;:()\[\]\"“”]|(?<!\d)\s[-–]\s(?!\d)", faster).
_CLAUSE_BREAK: Final = re.compile(r"[,;:()\[\]\"“”\s](?:(?<=[,;:()\[\]\"“”])|(?<=\s)(?<!\d\s)[-–]\s(?!\d))")
_BRACKETS: Final = re.compile(r"\([^()]*\)")
_HAS_LETTER: Final = re.compile(r"[^\W\d_]")
_DIGIT: Final = re.compile(r"\d")
_PHRASE_COMMA: Final = re.compile(r",(?!\d)")  # a comma between words, not a decimal comma
_FOUR_DIGITS: Final = re.compile(r"\b(\d{4})\b")
_YEAR_OF_A_DAY: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
FISCAL_YEAR_REACH: Final = 1000  # the title of financial statements, on their first lines
FISCAL_YEAR_DAY_REACH: Final = 60  # the words and the day after them, to its year
_YEAR_AT_END: Final = re.compile(r"\s+(?:19|20)\d\d$")  # "ước đến hết năm 2025": an estimate's gap with its year
_LABEL_END: Final = re.compile(r"[;:\n]")
MONEY: Final = ("VND", "USD")  # units an amount per person is counted in
POINTS: Final = {"percent": "percentage_point", "per_mille": "per_mille_point"}  # a rate's change is in points
POINTS_UNITS: Final = frozenset(POINTS.values())
LENGTHS: Final = frozenset({"km", "m"})  # the units a stretch of land or a route is measured in
_TALLY: Final = "how many"  # the role's words for a count of the items a list holds
_LIST_SIZE: Final = "the size of a list of projects offered to investors"
_ATTENDEES: Final = "who attended the meeting its sentence opens with"
_VOTE: Final = "the tally of a vote its sentence opens with"
_VOTE_TALLY: Final = "the tally of a vote: how those counted voted"
_AGENDA: Final = "a paper the session works through"
_PETITIONS: Final = "the voters' petitions a session or a reply works through"
_COPIES: Final = "the pages or copies of the document itself"
ATTENDANCE_REACH: Final = 30  # the words opening a sentence that may say who attended a meeting
COMPARING: Final = ("growth", "change", "change_points", "plan_ratio", "multiple")
PLAN_BASES: Final = ("plan", "provincial_estimate", "council_estimate")  # a comparison with a target
CHANGES: Final = ("growth", "change", "change_points")


def _HAS_SPREAD_LETTERS(part: str) -> bool:  # noqa: N802
    """A cheap test before lowercasing a long sentence: a spread word's first letters."""
    for head in _spread_heads():  # a plain loop: cheaper than ``any`` over a generator
        if head in part:
            return True
    return False


@cache
def _spread_heads() -> tuple[str, ...]:
    """The first two letters of each spread word, as written and capitalised."""
    return tuple(head for w in vocabulary().plan_spread.words for head in (w[:2], w[:2].capitalize()))


@dataclass(frozen=True)
class Document:
    """What the reading needs of the whole text, computed once."""

    text: str
    year: int | None  # the year the report is about
    plan_from: int  # where a closing section of next year's targets starts
    sentences: list[tuple[int, int]]
    sentence_ends: list[int]
    later: list[int]  # offsets where a later year than the report's is named
    plan_why: str  # the heading that opens the section of targets, for --explain
    scopes: ScopeIndex  # sections and lists of targets
    headed: ScopeIndex  # sections whose numbered heading names their period
    terms: ScopeIndex  # sections of the levels a rule sets ("Điều 2. Mức hỗ trợ …")
    full_stops: list[int]  # where each full sentence (to ". ", across ";") starts
    periods: dict[int, list[tuple[int, str, str, int]]]  # per full sentence: (end, period, phrase, start)
    estimates: dict[int, int]  # per sentence: where its first "dự kiến", "ước tính" starts (or -1)
    befores: dict[tuple[int, int, int], tuple[str, str] | None]  # ``_period_before``'s answers, asked twice
    low: str | None  # the text lowercased once, if its slices lowercase alike (see ``lower``)
    plan_heading: str = ""  # the line that opens the closing section of targets
    span_from: int | None = None  # the first year of the span the report's title reports, if it has one
    # where each top numbered heading starts, and whether it counts months from the year's start
    # ("II. TÌNH HÌNH ĐĂNG KÝ DOANH NGHIỆP 11 THÁNG NĂM 2024")
    tops: list[int] = field(default_factory=list)
    tops_count_months: list[bool] = field(default_factory=list)
    lead_ins: ScopeIndex = field(default_factory=lambda: ScopeIndex([]))  # lead-ins naming their items' period
    own_years: bool = False  # a reply to petitions: no period of its own, each year named its figures' own
    proposal: bool = False  # its title names a proposal ("PHƯƠNG ÁN", "ĐỀ ÁN"): what it expects, it plans
    plans_its_year: bool = False  # a plan ("KẾ HOẠCH" on a line of its own near the top) of the report's year
    forecast_items: list[tuple[int, int]] = field(default_factory=list)  # numbered sections a forecast opens
    plan_to: int | None = None  # where the closing section of targets ends, if before the text's end
    announces_an_event: bool = False  # its title announces an event to come ("THÔNG BÁO\nTổ chức Phiên …")
    assesses_a_project: bool = False  # its title assesses or approves a project not yet built ("… ĐÁNH GIÁ TÁC
    # ĐỘNG MÔI TRƯỜNG", "Chấp thuận chủ trương đầu tư …")
    counted_to_a_day: bool = False  # a data line under its title counts to a day inside the year
    # where a notice of work to come ("Lịch tạm ngừng cung cấp điện …") stops saying what the work will do, if it is one
    planned_work_to: int | None = None
    examples: ScopeIndex = field(default_factory=lambda: ScopeIndex([]))  # worked examples ("3. Ví dụ: …")

    def in_plan_section(self, pos: int) -> bool:
        """``pos`` lies in the closing section of next year's targets."""
        return self.plan_from <= pos and (self.plan_to is None or pos < self.plan_to)

    @classmethod
    def of(cls, text: str) -> Document:
        lines = heading_lines(text)
        headed = period_scopes(text, lines)
        year, named = _years(text)
        year = results_year(headed) or _fiscal_year(text) or year
        sentences = _sentences(text)
        # "Σ" lowercases by what follows it, "İ" into two letters: then slices are
        # lowercased one by one, as before.
        low = None if "Σ" in text or "İ" in text else text.lower()
        plan_from = _plan_section_start(text, year, lines, low)
        line_end = text.find("\n", plan_from)
        heading = text[plan_from:line_end if line_end >= 0 else len(text)].strip()
        scopes = target_scopes(text, year, lines)
        # A full sentence ends where a sentence does, unless at a ";".
        full_stops = [0] + [b[0] for a, b in zip(sentences, sentences[1:], strict=False) if text[a[1] - 1] != ";"]
        tops = [(pos, bool(_months_span().search(line))) for pos, line, heading, numbered in lines
                if numbered and heading is not None and heading[0] == 1]
        title_end = text.find("\n") if "\n" in text else len(text)
        if (not tops or tops[0][0]) and title_end <= TITLE_MAX and _months_span().search(text[:title_end]):
            # "Thu ngân sách huyện … 10 tháng năm 2024 ước đạt …": a web page's title counting months,
            # over the text up to its first numbered heading
            tops.insert(0, (0, True))
        return cls(text, year, plan_from, sentences, [e for _, e in sentences],
                   sorted([pos for pos, y in named if year and y > year] + _coming_school_years(text, low, year)
                          + _later_quarters(text, low, year)),
                   f"in the section of targets under the heading {heading!r}",
                   ScopeIndex(scopes), ScopeIndex(headed), ScopeIndex(term_scopes(text, lines)), full_stops,
                   {}, {}, {}, low, heading,
                   results_span(lines, year), [pos for pos, _ in tops], [months for _, months in tops],
                   ScopeIndex(lead_in_scopes(lines)), _a_reply(text, lines), _a_proposal(lines),
                   _a_plan(lines, year), _forecast_items(lines), _plan_paragraph_end(text, plan_from, lines),
                   announces_an_event=_an_event_notice(lines), assesses_a_project=_an_impact_assessment(text, lines),
                   counted_to_a_day=_a_data_line_to_a_day(text, lines),
                   planned_work_to=_planned_work_end(text, lines), examples=ScopeIndex(example_scopes(lines)))

    def lower(self, start: int, end: int) -> str:
        """``text[start:end].lower()``, a slice of the text lowercased once."""
        return self.low[start:end] if self.low is not None else self.text[start:end].lower()

    def holds(self, words: Words, start: int, end: int) -> bool:
        """Some of ``words`` stands in ``text[start:end]`` (maybe inside a longer word): a
        test at C speed, before the words are matched whole."""
        if self.low is None:
            return bool(words.found(self.lower(start, end)))
        # One slice, then "in": a bounded find is about three times as slow on this text
        # (it is not ASCII), so for more than one word the slice pays.
        part = self.low[start:end]
        for w in words.words:
            if w in part:
                return True
        return False

    def sentence_of(self, start: int) -> int:
        """The index of the sentence holding the offset ``start``."""
        return bisect_right(self.sentence_ends, start)


@dataclass(slots=True)
class Context:
    """One figure's surroundings: its sentence, its clause, the words either side."""

    f: Figure
    prev: Figure | None  # the figure before it in the same sentence
    ss: int
    se: int
    window: str  # from the previous figure (or the sentence start) to the number, brackets blanked
    clause: str  # the clause of ``window`` the number ends
    left: str  # ``clause`` lowercased and stripped
    right: str  # lowercased, to the next break or figure
    raw_left: str  # lowercased, from the previous figure (or sentence start), brackets kept
    head: str  # lowercased, from the sentence start to the number
    targets: bool  # the sentence names a later year and says it sets targets
    full: int  # where its full sentence (to the full stop, across ";") starts
    year_after: tuple[str, str] | None  # "6,9% của năm 2022": the year right after it
    earlier: Figure | None = None  # the figure before it in its full sentence (across ";")
    before: Figure | None = None  # the figure before it in the text, outside a table


def _a_reply(text: str, lines: list[HeadingLine]) -> bool:
    """The report's title, before its first numbered heading, says it replies to voters' petitions or
    questions ("Giải trình, trả lời kiến nghị của cử tri gửi đến Kỳ họp thứ 33"): it has no period of its own."""
    first = next((start for start, _, heading, numbered in lines if numbered and heading is not None), len(text))
    head = text[:min(first, REPLY_TITLE_REACH)].lower()
    return vocabulary().reply_titles.found(head) is not None


def read(text: str, figures: list[Figure]) -> list[tuple[int, int]]:
    """Fill qualifier, kind, direction, base, role and subject; return each sentence span."""
    doc = Document.of(text)
    # A table cell's figure reads its row and column, not its sentence: -1.
    index = [doc.sentence_of(f.start) if f.cell is None else -1 for f in figures]
    targets = {i: _sets_targets(doc, i) for i in set(index) if i >= 0}
    spans = []
    for i, f in enumerate(figures):
        if f.cell is not None:
            read_table_figure(doc, f)
            spans.append(f.cell.row.line)
            continue
        prev = figures[i - 1] if i and index[i - 1] == index[i] and figures[i - 1].cell is None else None
        nxt = figures[i + 1].start if i + 1 < len(figures) else len(text)
        c = _context(doc, f, index[i], prev, nxt, targets[index[i]])
        if i and figures[i - 1].cell is None:
            c.before = figures[i - 1]
            if figures[i - 1].start >= c.full:
                c.earlier = figures[i - 1]
        read_figure(doc, c)
        spans.append((c.ss, c.se))
    return spans


def _context(doc: Document, f: Figure, si: int, prev: Figure | None, nxt: int, targets: bool) -> Context:
    text = doc.text
    ss, se = doc.sentences[si]
    lo = max(ss, prev.tail) if prev else ss
    if prev and prev.period and (m := _bare_year().match(text, prev.tail)) and m.group(1) == prev.period \
            and lo < m.end() <= f.start:
        lo = m.end()  # "xuống còn 10,18% năm 2024, bình quân giảm …": the year is the figure before's own
    raw = text[lo:f.start]
    window = _blank_brackets(raw)
    clause = window[_clause_start(window):]
    end = min(se, nxt)
    if doc.low is None:
        right = _CLAUSE_BREAK.split(text[f.end:end].lower(), maxsplit=1)[0]
    else:  # only up to the break, found alike in the text and its lowercase (in the slice: the
        # break's look-behind must not see the number's last digit)
        m = _CLAUSE_BREAK.search(text[f.end:end])
        right = doc.low[f.end:f.end + m.start() if m else end]
    # Without brackets the window is the text itself: its clause's lowercase is a slice.
    left = (doc.lower(f.start - len(clause), f.start) if "(" not in raw else clause.lower()).strip()
    return Context(f, prev, ss, se, window, clause, left, right,
                   doc.lower(lo, f.start), doc.lower(ss, f.start), targets,
                   doc.full_stops[bisect_right(doc.full_stops, f.start) - 1],
                   period_after(text[f.tail:f.tail + QUALIFIER_AFTER], doc.year) or _year_of_a_level(text, f, left))


@cache
def _bare_year() -> re.Pattern[str]:
    """ "năm 2019" right after a figure's unit."""
    return re.compile(rf"\s*(?:{_alternation(vocabulary().raw['periods']['year'])})\s+((?:19|20)\d\d)(?!\d)", re.I)


def _part_of_the_figure_before(c: Context) -> bool:
    """ "còn 2.180 chiếc năm 2025, trong đó 586 tàu có chiều dài từ 15 m trở lên": a part a part word opens right
    after the figure before is of that figure's own year, the whole it is part of."""
    return c.prev is not None and vocabulary().part_words.ending(c.left.rstrip(" ,:")) is not None


def _own_year_of_the_figure_before(doc: Document, c: Context, code: str) -> bool:
    """The year last named before a figure is the one the figure before took as its own, right after it."""
    p = c.prev
    if p is None or p.period != code or not (m := _bare_year().match(doc.text, p.tail)):
        return False
    return p.tail <= doc.text.rfind(code, c.ss, c.f.start) < m.end()


def _year_of_a_level(text: str, f: Figure, left: str) -> tuple[str, str] | None:
    """ "giảm từ 21,35% năm 2019 xuống còn 10,18% năm 2024": in a move from one level to another,
    each level's bare year right after it is its own (elsewhere "gấp 2,1 lần năm 2023" names a base)."""
    if text[f.tail:f.tail + 2].lstrip()[:1] not in ("n", "N") or not (m := _bare_year().match(text, f.tail)):
        return None  # the usual answer
    v = vocabulary()
    if v.from_words.ending(left) or v.to_level.ending(left) \
            or v.to_level.starting(text[m.end():m.end() + TO_REACH].lower().lstrip()):
        return m.group(1), m.group().strip()
    return None


STATE_NOUN_WORDS: Final = 4  # "ha lúa đang trổ": the words of the noun between a figure and its state word


def _addressed_in_their_state(c: Context) -> str | None:
    """ "Đối với khoảng 1.180 ha lúa đang trổ - chín, cần tranh thủ bơm tưới …" among targets or advice: a figure
    right after "đối với" whose noun is followed by "đang" and a verb counts what the advice addresses as it is
    now, a result, not a target; the words."""
    v = vocabulary()
    if not (w := v.addressed.ending(_strip(c.left, v.any_qualifier))):
        return None  # the usual answer
    words = c.right.split()[:STATE_NOUN_WORDS + 1]
    state = next((x for x in words[1:] if v.ongoing.is_one(x)), None)
    return f"{w} … {state}" if state else None


_NO_AVERAGE_PER_TIME: Final = ("percent", "per_mille", "times", *POINTS_UNITS)  # "bình quân mỗi năm tăng 7%": a growth


def _average_change_per_time(c: Context, change: str) -> str | None:
    """ "bình quân mỗi năm tăng khoảng 874 ha", "trung bình mỗi tháng giảm 1.200 người": an average word and a
    time after "mỗi" right before the change word: the change in each such time, a rate in the figure's unit
    per that time (``f.unit`` and ``f.per`` set); the words, else None."""
    v, f = vocabulary(), c.f
    if not v.per_each_words.within(c.left[-PER_TIME_REACH:]) or f.unit in _NO_AVERAGE_PER_TIME or "_per_" in f.unit:
        return None  # the usual answer
    head = _strip(c.left, v.any_qualifier)
    if not head.endswith(change):
        return None
    before = head[: len(head) - len(change)].rstrip(" ,")
    if not (w := v.per_time_words.ending(before)) \
            or not v.average_per_time.ending(before[: len(before) - len(w)].rstrip(" ,")):
        return None
    f.unit, f.per = f"{f.unit}_per_{v.per_time_before[w]}", True
    return f"{v.average_per_time.ending(before[: len(before) - len(w)].rstrip(' ,'))} {w}"


PER_TIME_REACH: Final = 40


def _sum_granted(c: Context, change: str) -> bool:
    """ "23 tổ chức được giảm mức đóng, số tiền được giảm 412 triệu đồng": a clause opening with the sum that was
    cut or waived for someone, then "được" and the change word, names what the cut came to, an amount."""
    v = vocabulary()
    if not v.granted_sums.starting(c.left):
        return False  # the usual answer
    return v.granted.ending(c.left[:len(c.left) - len(change)].rstrip()) is not None


def read_figure(doc: Document, c: Context) -> None:
    """Each field of one figure, in the order they depend on each other."""
    f = c.f
    f.qualifier = qualifier(doc, c)
    change, starting_level = change_word(c)
    if not change:
        change = _split_change(c) or _change_before_comparison(c) or _gap_to_a_level(c) \
            or _gap_to_an_alarm_level(c) or _gap_from_another_time(c) or _gap_from_another_day(c) \
            or _second_change_of_a_pair(c) or _levels_moved(c)
    if change and not f.per and (w := _average_change_per_time(c, change)):
        change = None  # "bình quân mỗi năm tăng khoảng 874 ha": a yearly rate of the change, not a change
        f.why["unit"] = f"{f.why.get('unit', '')} after {w!r}".strip()
    if change and f.unit in MONEY and _sum_granted(c, change):
        change = None  # "số tiền được giảm 412 triệu đồng": the sum a cut came to, a level of money
    if change and f.qualifier == "over" and vocabulary().exceed.starting(change) and not _bound_after(c):
        change = None  # "vượt 50 tỷ USD": a level above a mark; "vượt … từ 5% trở lên" bounds the change
    f.subject, f.rate = subject(doc, c)
    if change and not f.rate and f.unit in POINTS and (w := _same_rate_moved(c)):
        f.rate = True
        f.why["kind"] = f"{w!r}: a change of the rate the figure before changed"
    if not change and f.unit.partition("_per_")[0] in MONEY:
        _equivalent_of_a_rate(c)
        _equivalent_of_a_coefficient(c)
        _per_each_before(c)
        _per_in_subject(c)
        _per_each(doc, c)
        _prize_per_place(c)
        _wage_under_a_heading(doc.text, c.f)
        _pension_a_month(doc, c)
    elif not change and f.unit == "m2":
        _area_per_head(c)
    elif not change and f.unit == "count":
        _per_each_before(c)
        _per_time_before(doc, c)
    if not f.per and c.prev is not None and c.prev.per and c.prev.unit.startswith(f.unit + "_per_") \
            and f.value <= c.prev.value and vocabulary().part_words.found(c.raw_left):
        # "46,5 tấn/ngày, trong đó có 8,2 tấn …": a part of the rate; "bình quân 52 tỷ đồng/năm, trong đó
        # ngân sách tỉnh 248,6 tỷ đồng" is more than the rate, a part of the total before it
        f.unit, f.per = c.prev.unit, True
    if vocabulary().rank_words.ending(c.left) \
            or f.denominator is not None and vocabulary().rank_of_total.ending(c.left):
        # "xếp thứ 6/14 tỉnh", "đứng thứ 2 vùng", "Xếp hạng: thứ 5/34 tỉnh": a place in a ranking, the "/14" no
        # denominator
        f.denominator, f.unit, f.kind = None, "count", "other"
    else:
        f.kind = kind(c, change, doc.text[f.start] == "+")
    if f.kind == "multiple" and (times := _times_counted(c, change)):
        f.unit, f.counted, f.kind = "count", f.unit_word, "count"
        f.why["unit"] = f"{f.unit_word!r} {times}: occurrences, not a multiple"
    if f.kind == "change_points":
        f.unit = POINTS.get(f.unit, f.unit)
    if f.kind in ("share", "growth") and f.unit == "percent" and c.right.startswith("/") \
            and (w := _interest_rate_moved(doc, c, change)):
        f.kind, f.unit = "change_points", POINTS[f.unit]
        f.why["kind"] = f"{w!r} before a percent per a time: an interest rate moved by so many points"
    elif f.kind == "share" and c.right.startswith("/") and (doc.holds(vocabulary().interest_words, c.full, f.start)
                                                          or _late_payment_charge(doc, c)):
        # "lãi suất cho vay phổ biến từ 6,5-8,5%/năm", "tiền chậm nộp theo mức 0,03%/ngày": the price of money,
        # not a share
        f.kind = "other"
    elif f.kind == "share" and c.right.startswith("/") and vocabulary().year_words.starting(c.right[1:].lstrip()):
        f.kind = "growth"  # "(mục tiêu Nghị quyết 11%/năm)": a percent a year is a yearly growth, no part of a whole
    if f.kind == "amount" and f.unit in MONEY and vocabulary().exchange_rates.found(c.left) \
            and not _exchange_gain(c) and not _market_rate(c):
        f.kind = "other"  # "Tỷ giá quy đổi … là 24.337 đồng/USD": the price of a currency, no sum
    if f.kind == "share" and c.prev is not None and c.prev.unit == f.unit and c.prev.kind in CHANGES \
            and _norm(doc, c):
        f.kind = c.prev.kind  # "tỷ lệ tinh giản 4,8%, vượt mức 4% theo Nghị quyết": the norm of that change
    if f.kind == "share" and _of_a_norm(c):
        f.kind = "plan_ratio"  # "bằng 23,7% mức dư nợ vay tối đa theo quy định": a share of a ceiling
    if f.kind == "share" and _index_base_year(doc, c):
        f.kind = "plan_ratio"  # "So với kỳ gốc năm 2019, CPI tháng 9/2025 bằng 117,85%": on the base year's level
    if f.kind == "share" and (_plan_ratio_subject(doc, c) or _part_of_plan_attained(doc, c)
                              or _attained_of_allotted(doc, c) or _disbursement_rate(c) or _named_disbursement_rate(c)):
        f.kind = "plan_ratio"  # "giải ngân … đạt trên 65%": a share of the allotted plan
    if f.kind == "plan_ratio" and c.prev is not None and c.prev.role == "plan" \
            and vocabulary().share_verbs.ending(c.raw_left.rstrip()):
        f.kind = "share"  # "tổng kế hoạch vốn … là 1.126 tỷ đồng, chiếm 16,5% kế hoạch vốn toàn tỉnh": a part's share
    if f.kind == "share" and c.prev is not None and _elsewhere_bracket(c) and c.prev.kind not in CHANGES:
        # "đạt 36,9% kế hoạch vốn, cao hơn bình quân cả nước (28,2%)"; a level still, after a change
        # ("đạt 99,38%, tăng 0,21 điểm phần trăm … và cao hơn tỷ lệ bình quân cả nước (99,31%)")
        f.kind = c.prev.kind
    f.direction = direction(f, change)
    if f.direction is None and f.kind == "growth" and _change_in_percent(c):
        f.direction = c.prev.direction if c.prev else None  # "tăng 24 ca (14,8%)": the change's own way
    f.base = base(doc, c)
    f.role, f.why["role"] = role(doc, c, starting_level)
    found = period(doc, c)
    if found:
        f.period, f.why["period"] = found


def _interest_rate_moved(doc: Document, c: Context, change: str | None) -> str | None:
    """ "được cộng thêm 0,15%/năm", "cho vay với lãi suất thấp hơn 0,5 - 1%/năm so với lãi suất thông thường": a
    bonus on an interest rate, or its change in a sentence about interest, per a time: the points the rate moves
    by, not a growth nor a rate ("dư nợ tăng 11%/năm" names no interest: a growth a year)."""
    v = vocabulary()
    if not v.year_words.starting(c.right[1:].lstrip()):
        return None  # a percent per something else
    if w := v.rate_additions.ending(c.left):
        return w
    if change and c.f.kind == "growth" and doc.holds(v.interest_words, c.full, c.f.start):
        return change
    return None


def _score_column(header: str) -> bool:
    """ "Điểm phỏng vấn | Điểm ưu tiên | Tổng điểm": a header opening with a score word, or with a total
    of scores, heads scores, not counts, whether its cells are whole or not ("Điểm ưu tiên | 5"); "Số
    điểm 10" counts grades and opens with no score word."""
    v = vocabulary()
    if v.scores.starting(header):
        return True
    return bool((w := v.score_totals.starting(header)) and v.scores.starting(header[len(w):].lstrip()))


def _unnamed_ratio(col: Column) -> bool:
    """A ratio column naming neither what it compares nor a time ("Tỷ lệ so với tiêu chuẩn (%)"): of the
    column before it."""
    return col.kind == "plan_ratio" and not col.named and col.period is None and col.role == "actual"


def _unnamed_growth(col: Column) -> bool:
    """A change column naming neither what it compares nor a time, only what it is compared with
    ("Lượng hàng dự trữ | Tăng/giảm so với Tết 2024 (%)", "Số lớp | Tăng, giảm so với năm học trước (%)"):
    the change of the column before it, which in a section of targets holds targets."""
    return col.of_plain and col.role == "actual" and col.qualifier == "exact"


def _later_year_column(doc: Document, col: Column) -> bool:
    """A value column whose header names a year after the report's and no role, estimate nor
    comparison ("2026" in a report of 2025, not "TH 2026", "Ước 2026", "KH 2026")."""
    p = col.period
    if col.kind or col.role != "actual" or col.qualifier != "exact" or not p or not doc.year \
            or not p[:4].isdigit() or int(p[:4]) <= doc.year:
        return False  # the usual answer
    return vocabulary().tables.actual.found(col.header.lower()) is None


def read_table_figure(doc: Document, f: Figure) -> None:
    """A table cell's figure: its row says what it measures, its column when and which role."""
    v = vocabulary()
    col, row = f.cell.column, f.cell.row
    label = row.subject.lower()
    f.qualifier = cell_qualifier(v, doc.text, f.cell, f.start) or ("estimated" if row.estimated else col.qualifier)
    if not col.kind and f.unit in MONEY:
        per_in_label(f, label)  # "GRDP bình quân đầu người | Triệu đồng": money per person
    if col.kind:
        f.kind = col.kind
        if f.kind == "change" and f.unit in POINTS and not col.unit:
            # "Tỷ suất lợi nhuận | % | 82,3 | 58,2 | 24,1" under "Chênh lệch": one rate less another, in points
            f.kind = "change_points"
        if f.kind == "change_points":
            f.unit = POINTS.get(f.unit, f.unit)  # "Tỷ lệ hộ nghèo | % | …" under a column in points
    elif f.denominator:
        f.kind = "progress"  # "109/111" xã: an attainment, as in prose
    elif f.unit in ("percent", "per_mille") and v.change.ending(doc.lower(f.cell.start, f.start).rstrip(" (")):
        # "giảm 1,2" in a rate's row, "4,69 (giảm 1,25)": the rate moved by so many points
        f.kind, f.unit = "change_points", POINTS[f.unit]
    elif f.unit in ("percent", "per_mille") and _row_names_a_fall(row.label, rate=True):
        # "- Giảm tỷ lệ hộ nghèo | % | 0,82": the rate's fall, in points
        f.kind, f.unit = "change_points", POINTS[f.unit]
    elif f.unit in ("percent", "per_mille"):
        # "Thu ngân sách … tăng bình quân/năm | % | 12,8": a row naming a growth as a growth column does
        f.kind = "growth" if v.growth_words.found(label) or v.change.starting(label) \
            or v.tables.growth.found(label) else "share"
    elif _star_cell(f):
        f.kind = "other"  # "Hạng | … | 4 sao": a hotel's class, a rating as in prose
    elif f.unit in POINTS_UNITS:
        # "Mức giảm tỷ lệ hộ nghèo | Điểm %": a rate's change; a growth's part is no change
        f.kind = "other" if v.contribution_words.found(label) else "change_points"
    elif f.unit == "times":
        f.kind = "multiple"
    elif f.per:
        f.kind = _per_row_kind(f, label)
    elif f.unit == "count" and (col.scores or _score_column(col.header.lower())):
        f.kind = "other"  # a column "Điểm trung bình", "Tổng điểm": scores, not counts, its whole numbers too
        col.scores = True
    elif f.unit == "count" and (v.tables.rank.is_one((row.unit or "").lower())
                                or v.tables.rank.is_one(" ".join(col.header.lower().split()))):
        f.kind = "other"  # "Xếp hạng chỉ số PCI | Thứ hạng | 41", "Điểm số | Xếp hạng": a place in a ranking
    elif _row_names_a_fall(row.label, rate=False):
        f.kind = "change"  # "- Số hộ nghèo giảm | Hộ | 296": the households the count fell by
    elif f.unit == "count" and f.why.get("unit") == DURATION_IN_PARTS:
        f.kind = "amount"  # "Thành tích | 2:31:05": a finishing time, a level measured in its parts
    elif f.unit == "count" and f.counted and f.cell.column.header and (days := _days_a_column_counts(f.counted)):
        f.kind, f.counted = "amount", days  # "Số ngày chậm nộp | 412": how long, a level in days
    else:
        # "Dầu ăn | Triệu lít | 8,5": a row counted in a unit of measure holds a level measured in it
        f.kind = "count" if f.unit == "count" and not (f.counted and _measured_in_a_unit(f.counted)) else "amount"
    f.base = col.base if f.kind in COMPARING else None
    if f.kind == "growth" and f.base is None and (at := v.comparison.first(label)) >= 0:
        f.base = _base(label[at:])  # "Tốc độ tăng GRDP so với năm trước | 2,95 | …": the row names its base
    f.role, f.period, f.subject = col.role, col.period, row.subject_of(col)
    f.why["role"] = f.why["period"] = f"the column {col.header!r}"
    if col.period is None:
        f.why["period"] = f"the column {col.header!r}, naming no time"  # "Vị trí 1": no period, said so
    if _star_cell(f):
        f.role, f.period = "context", None
        f.why["role"] = f.why["period"] = "a rating in its cell, a class: background"  # "Hạng | 4 sao"
    if (col.plain and not col.kind or _unnamed_ratio(col) or _unnamed_growth(col)) \
            and (doc.in_plan_section(f.start) or doc.scopes.at(f.start)):
        # "Điều 1. Thông qua kế hoạch sử dụng đất năm 2025" over "Đơn vị hành chính | Đất nông nghiệp
        # chuyển sang phi nông nghiệp": a column naming no time nor role holds the section's targets, and
        # so does a ratio of the column before it ("Diện tích (km2) | Tỷ lệ so với tiêu chuẩn (%)")
        f.role, f.why["role"] = "plan", "a column naming no role, in a section of targets"
    elif _later_year_column(doc, col) and (doc.in_plan_section(f.start) or doc.scopes.at(f.start)):
        # "Nguồn vốn | Tổng | 2026 | 2027 | …" in a scheme's funding section: a year still to come,
        # its column naming no role, holds that year's targets
        f.role, f.why["role"] = "plan", f"a later year's column {col.header!r} naming no role, in a section of targets"
    elif col.plain and not col.kind and (terms := doc.terms.at(f.start)) is not None \
            and not vocabulary().fixed_fact_heads.found(terms.heading.lower()):
        # "Điều 1. Sửa đổi, bổ sung giá đất ở …" over "Vị trí 1 | Vị trí 2": the prices the rule sets
        f.role, f.why["role"] = "context", f"a column naming no role, under the heading {terms.heading!r}"
    if doc.assesses_a_project and f.role == "actual" and (assessed := _in_an_impact_assessment(doc, f.start)):
        f.role, f.why["role"] = assessed  # "Nồng độ dự báo sau xử lý": the project's forecast, as in prose
    if doc.planned_work_to is not None and f.role == "actual" and f.start < doc.planned_work_to:
        # "Ngày | Thời gian | Khu vực | Số khách hàng bị ảnh hưởng" in a notice of outages to come: as in prose
        f.role, f.why["role"] = "plan", "what a notice of work to come says the work will touch"
    if row.month and col.of_row_month and (year := col.period or doc.year):
        # "Tháng 3 | 205,6" under "Thu trong tháng": that month of the column's or the report's year
        f.period, f.why["period"] = f"{year}-{row.month:02d}", f"the row {row.label!r}"
    elif row.period and col.of_row_period and (col.period is None or row.period.startswith(f"{col.period}-")):
        # "Quý I/2024 | 2.790.000 | 124,1" under "Hành khách | Khách so với cùng kỳ (%)": the row's part of the year
        f.period, f.why["period"] = row.period, f"the row {row.label!r}"
    elif f.period is None and col.of_year is not None and doc.year:
        # "Quý I | … | Ước cả năm" under a title naming no year: the report's year
        f.period = f"{doc.year}-{col.of_year}" if col.of_year else str(doc.year - col.years_back)
        f.why["period"] = f"the column {col.header!r} of the report's year"
    elif f.period is None and col.headed and (scope := doc.headed.at(f.start)
                                              or (doc.scopes.at(f.start) if f.role == "plan" else None)):
        # "Sản phẩm 3 sao | Sản phẩm 4 sao | Tổng số" under "I. KẾT QUẢ THỰC HIỆN NĂM 2024"; a target
        # column ("Số lớp") under "II. KẾ HOẠCH TUYỂN SINH NĂM HỌC 2025-2026": the targets' period
        f.period, f.why["period"] = scope.period, f"the heading {scope.heading!r} over a table naming no time"
        if school_year_before(f.base, f.period):
            f.base = "previous_school_year"  # "Chỉ tiêu năm học 2024-2025 | Tăng (+), giảm (-)" in 2025-2026
    if f.period is None and col.headed and f.role == "plan" and doc.in_plan_section(f.start) \
            and (named := first_period_named(doc.plan_heading)):
        # "III. DỰ TOÁN KINH PHÍ" over "Số lượng | Đơn giá | Thành tiền" after "2. Chỉ tiêu năm 2025:":
        # a table of targets naming no time, in the closing section of that year's targets
        f.period, f.why["period"] = named, f"the heading {doc.plan_heading!r} over a table naming no time"


def _star_cell(f: Figure) -> bool:
    """ "STT | Tên cơ sở | Hạng | Số buồng" over "1 | Khách sạn Sông Hoài | 3 sao | 38": a cell holding a star
    rating with its own word states the class granted, a rating of context as in prose ("hạng 3 sao"), not a
    level counted; a column "Sản phẩm 3 sao" over counts of products leaves its cells counts."""
    return f.unit == "star" and not f.cell.column.kind


def _per_row_kind(f: Figure, label: str) -> str:
    """A table row's quantity per something: a rate, but a quantity per ha that is no money and no dose is a
    level per area, as in prose ("Năng suất | tấn/ha | 6,85", not "Lượng giống | kg/ha | 80" nor
    "Tổng chi phí | đồng/ha | 27.060.000")."""
    if not f.unit.endswith("_per_ha") or f.unit.partition("_per_")[0] in MONEY:
        return "rate"  # the usual answer
    return "rate" if vocabulary().doses.found(label) else "amount"


@lru_cache(maxsize=256)  # asked once for each cell of a row
def _row_names_a_fall(label: str, rate: bool) -> bool:
    """A target row whose own label names a change, not a level: "Số hộ nghèo giảm" (its last
    word); for a rate the rate next to it ("Giảm tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo giảm"), as
    "Số hộ nghèo giảm | %" is the households' growth."""
    v = vocabulary()
    own = label.lower().lstrip("-+•*– ").rstrip()
    if not v.change.found(own) or v.change_names.ending(own):  # the usual row; "Thuế giá trị gia tăng"
        return False
    if not rate:
        # not "Các dự án điều chỉnh giảm": the projects whose plan is cut, their levels beside the cut
        return bool((w := v.change.ending(own)) and not v.tables.adjustment.ending(own[:-len(w)].rstrip()))
    if (w := v.change.starting(own)) and v.rate_words.starting(own[len(w):].lstrip()):
        return True
    return bool(v.change.ending(own) and v.rate_words.starting(own))


# ------------------------------------------------------------------------ the fields


def qualifier(doc: Document, c: Context) -> str:
    """From the words right before the number, maybe with verbs between, or after it."""
    after = doc.lower(c.f.tail, c.f.tail + QUALIFIER_AFTER).lstrip()
    if after.startswith("/"):  # "12%/năm trở lên": past the rate's "/năm"
        after = after.partition(" ")[2]
    found = _qualifier(_before_a_level(c), after)
    if found == "exact" and vocabulary().exceed.ending(c.left) and not _compares(c) \
            and not _excess_over_a_speed_limit(c):
        return "over"  # "vượt 50 tỷ USD": past a mark, compared with no plan or year
    if found == "over" and (w := vocabulary().change.ending(c.left)) and vocabulary().any_qualifier.ending(w) \
            and not _negated_comparative(c.left, w):
        return "exact"  # "cao hơn 9 triệu đồng so với năm trước": higher by, not more than
    if found == "over" and _lists_exactly(doc.text, c.f):
        return "exact"  # "trên 04 trụ cột (a, b, c, d)": "trên" means "on" here
    if found in ("over", "under") and vocabulary().bound_nouns.ending(c.left):
        return "exact"  # "hoàn trả ngân sách cấp trên 46,80 tỷ đồng": the higher level's budget, no bound
    if found == "exact" and (w := vocabulary().qualifiers_estimated.starting(c.left)) \
            and vocabulary().estimate_gap.starting(c.left[len(w):].lstrip()):
        return "estimated"  # "Ước cả năm thu đạt 21.350 tỷ đồng": an estimate and its time open the clause
    if found == "exact" and (bound := _bound_after(c)):
        return bound  # "giảm từ 3,5% hộ nghèo trở lên", "đạt từ 95% kế hoạch vốn được giao trở lên"
    if found == "exact" and _estimate_before(doc, c.ss, c.se, c.f.start) \
            and not (c.prev is not None and _compared_bracket(c)):
        # "Dự kiến cả năm, tổng thu … đạt …, trong đó … 9.500 tỷ đồng", "Vốn đầu tư dự tính
        # đạt …, trong đó vốn đầu tư công 612 tỷ đồng": to the end of the clause (";" or ".")
        return "estimated"
    if found == "exact" and c.prev is not None and "(" in c.raw_left and _estimate_compared(c):
        return "estimated"  # "so với ước thực hiện năm 2024 (29.970 tỷ đồng)": the estimate compared with
    if found == "exact" and _ceiling_not_passed(c.left):
        return "under"  # "không để thiệt hại quá 5% diện tích lúa": a ceiling not to be passed
    if found == "exact" and (noun := vocabulary().level_names.ending(c.left)) \
            and _qualifier(c.left[:-len(noun)].rstrip(), after) == "under":
        return "under"  # "không được vượt quá cao trình 293,5 m": the ceiling holds across the level named
    if found == "exact" and doc.tops and not doc.assesses_a_project and _forecast_only(doc, c.f.start):
        # under "II. DỰ BÁO …": a forecast's figure estimates a result; not under "III. DỰ BÁO TÁC ĐỘNG …" of a
        # project's impact assessment, where the project's design is stated as it will be
        return "estimated"
    if found == "exact" and doc.forecast_items and not doc.assesses_a_project \
            and _under_a_forecast_item(doc, c.f.start):
        return "estimated"  # under "4. Dự báo và cảnh báo": so does one under a numbered item naming a forecast
    return found


NOT_LETTING_REACH: Final = 4  # the words between "không để" and its excess word: "thiệt hại"


def _before_a_level(c: Context) -> str:
    """ "sức gió mạnh nhất dưới cấp 6": the words before a number counted by the level word that stands before it,
    without that word, so that a bound before it ("dưới") qualifies the level."""
    if c.f.counted is None or not c.left.endswith(c.f.counted.lower()) \
            or not vocabulary().wind_levels.is_one(c.f.counted.lower()):
        return c.left  # the usual answer
    return c.left[:-len(c.f.counted)].rstrip()


def _ceiling_not_passed(left: str) -> bool:
    """ "không để thiệt hại quá": an excess word right before the number, a few words after "không để"."""
    v = vocabulary()
    if not (excess := v.group_excess.ending(left)) or not v.not_letting.within(left):
        return False  # the usual answer
    head = left[:-len(excess)].rstrip()
    if (at := v.not_letting.last(head)) < 0:
        return False
    between = head[at + len(v.not_letting.starting(head[at:]) or ""):]
    return len(between.split()) <= NOT_LETTING_REACH and not _BASE_BREAK.search(between)


def _cost_share_term(c: Context) -> str | None:
    """ "người bệnh cùng chi trả 20% chi phí", "được quỹ thanh toán 100% chi phí": a percent right after the
    words of a cost shared under a rule (a bound such as "tối đa" between) is the share the scheme sets, a
    term; the words."""
    v = vocabulary()
    return v.cost_share_terms.ending(_strip(c.left, v.any_qualifier)) if v.cost_share_terms.within(c.left) else None


def _tasks_to_carry_out(c: Context) -> bool:
    """ "Triển khai khoảng 70 nhiệm vụ khoa học", "phê duyệt mới từ 20 đến 25 nhiệm vụ", "hỗ trợ tỉnh 2 nhiệm
    vụ cấp quốc gia với kinh phí khoảng 15 tỷ đồng": tasks counted about, in a range or with the money given
    for them are tasks to carry out, a target; a plan counts its own listed items exactly, with no money."""
    f = c.f
    return f.qualifier != "exact" or f.value_max is not None or vocabulary().funded_items.found(c.right) is not None


def _about_set_prices(doc: Document, c: Context) -> str | None:
    """In a rule that sets prices, a sentence whose subject is those prices (after a short opener: "Sau
    điều chỉnh, giá đất ở cao nhất là 45 triệu đồng/m2") states them or their change: the price words."""
    v = vocabulary()
    lead = doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES)  # the sentence, past its ";" too
    if w := v.set_prices.starting(lead):
        return w
    head, comma, rest = lead.partition(",")
    if comma and len(head.split()) <= SHORT_OPENER_WORDS and not _DIGIT.search(head):
        return v.set_prices.starting(rest.lstrip())
    return None


def _forecast_of_a_year_under_way(doc: Document, c: Context) -> str | None:
    """ "Lũy kế 5 tháng đầu năm 2025, toàn tỉnh thu … Dự kiến cả năm 2025 thu khoảng 2.050 tỷ đồng": a
    sentence opening with an estimate of a whole year whose first months its paragraph reported forecasts
    a result of a year under way, whatever year the report is about; the words naming that year."""
    v = vocabulary()
    lead = doc.lower(c.full, c.f.start)
    if not (opener := v.estimate_openers.starting(lead)):
        return None
    rest = lead[len(opener):].lstrip()
    if not (whole := v.whole_year.starting(rest)) or not (year := rest[len(whole):].lstrip()[:4]).isdigit():
        return None
    before = doc.lower(doc.text.rfind("\n", 0, c.full) + 1, c.full)
    return f"{whole} {year}" if any(f"{w} {year}" in before for w in v.year_so_far.words) else None


def _another_documents_figure(c: Context) -> str | None:
    """A bracketed level compared with, after a comparison naming another document's figures ("so với số
    liệu báo cáo của Ủy ban nhân dân tỉnh ("): the same measure in it; the words naming them."""
    v = vocabulary()
    if not v.figures_of_a_document.within(c.raw_left) or not c.f.why.get("role", "").startswith(_COMPARED):
        return None  # the usual answer
    head = c.raw_left[:_open_bracket(c.raw_left)]
    if (at := v.comparison.last(head)) < 0:
        return None
    rest = head[at + len(v.comparison.starting(head[at:]) or ""):].lstrip()
    return v.figures_of_a_document.starting(rest)


def _negated_comparative(left: str, change: str) -> bool:
    """ "nhưng không thấp hơn 1.500 nghìn đồng/m2": a bound longer than the comparative ``change`` that
    ends ``left`` holds it, negated: a floor or a ceiling, no change."""
    bound = vocabulary().any_qualifier.ending(left)
    return bound is not None and len(bound) > len(change)


def _comparative_then_qualifier(left: str) -> str | None:
    """ "thấp hơn khoảng 1.200 đồng/kg", "cao hơn gần 8.000 đồng/kg": a comparative change word (whose "hơn"
    is no qualifier), then one qualifier word right before the number: ``left`` up to the comparative, which
    stays the change word; else None."""
    v = vocabulary()
    if not (bound := v.any_qualifier.ending(left)):
        return None  # the usual answer
    rest = left[: len(left) - len(bound)].rstrip(" ,")
    word = v.comparatives.ending(rest)
    return rest if word and not _negated_comparative(rest, word) else None


def _estimate_compared(c: Context) -> bool:
    """A bracketed level right after a comparison with an estimate ("so với ước thực hiện năm 2024 (")."""
    v = vocabulary()
    head = c.raw_left.rpartition("(")[0]
    if (at := v.comparison.last(head)) < 0 or not _compared_bracket(c):
        return False
    rest = head[at + len(v.comparison.starting(head[at:]) or ""):].lstrip()
    return v.qualifiers_estimated.starting(rest) is not None


def _qualifier(left: str, after: str) -> str:
    v = vocabulary()
    for hop in range(HOPS):
        # Across a verb only an estimate qualifies ("ước tăng 8,31%"): in "tuyến trên giảm
        # còn 2,4%" the "trên" is part of a noun.
        if left[-1:] in v.qualifier_ends and (m := v.qualifiers.match(left[:-QUALIFIER_REACH - 1:-1])) \
                and (hop == 0 or m.lastgroup == "estimated"):
            return str(m.lastgroup)
        # "ước cả năm tăng 5,5%", "ước đến hết năm 2025 đạt 18,4 tiêu chí/xã"
        # (``left`` is stripped: only one that ends with a digit may end with a year)
        if hop and (gap := v.estimate_gap.ending(bare := _YEAR_AT_END.sub("", left) if left[-1:].isdigit() else left)):
            m = v.qualifiers.match(bare[: len(bare) - len(gap)].rstrip()[:-QUALIFIER_REACH - 1:-1])
            if m and m.lastgroup == "estimated":
                return "estimated"
        verb = v.verbs.ending(left)
        if not verb:
            break
        left = left[: len(left) - len(verb)].rstrip()
    for name, words in v.qualifiers_after.items():
        if words.starting(after):
            return str(name)
    return "exact"


def change_word(c: Context) -> tuple[str | None, bool]:
    """The change word ("tăng", "giảm") that makes the figure a change, and whether the
    figure is a starting level ("giảm từ 27 hộ xuống còn 21 hộ": the 27)."""
    v = vocabulary()
    # "cao hơn 9 triệu đồng": the "hơn" of a comparative is no qualifier to strip; "không thấp hơn" is one
    head = c.left if (w := v.change.ending(c.left)) and v.any_qualifier.ending(w) \
        and not _negated_comparative(c.left, w) \
        else _comparative_then_qualifier(c.left) or _strip(c.left, v.any_qualifier)
    starting_level = False
    if (w := v.from_words.ending(head)) and len(head) > len(w) and head[-len(w) - 1] == " ":
        head = head[: -len(w) - 1]
        # "tăng từ 5 đến 7%" is a range of the change; in "giảm từ 27 hộ xuống còn 21 hộ"
        # the 27 is where it started: context for the 21. Without a change before it or a new
        # level after it, "từ" names a source ("chủ yếu từ 54 nhà máy thủy điện").
        starting_level = c.f.value_max is None and not _bound_after(c) \
            and bool(v.change.found(head) or v.to_level.found(c.right))
    head = _strip(head, v.adverbs)  # "tăng lần lượt 4,1 và 6,8"
    to_level = v.to_level.ending(head)
    change = v.change.ending(head[: len(head) - len(to_level)].rstrip() if to_level else head)
    if (to_level or starting_level) and change:
        return None, starting_level  # "giảm còn 7,16%": the new level, not the change
    if change and v.change_names.ending(head):
        change = None  # "Thuế giá trị gia tăng ước đạt 2.980 tỷ đồng": a tax's name
    if not change and not to_level and (between := _base_ending(head)):
        # "cao hơn cùng kỳ 1,3 tạ/ha", "tăng so với năm trước 5,2%": the base between
        change = v.change.ending(_strip(head[: len(head) - len(between[0])].rstrip(), v.comparison))
        if change and between[1] == "plan" and v.exceed.starting(change) \
                and (v.norm_sources.starting(right := c.right.lstrip()) or _giver_after(right)):
            # "vượt chỉ tiêu 95% theo Quyết định số …", "vượt chỉ tiêu 70% tỉnh giao": the target's level
            # the rule sets or its giver gave, not the excess
            return None, starting_level
    if not change and not to_level and (gap := _comparative_gap(head)):
        change = gap  # "sâu hơn TBNN 11 km", "sâu hơn mức cao nhất tuần qua từ 2 đến 7 km": the base between
    opening = c.left.lstrip(ITEM_DASHES)  # "- Giảm tỷ lệ …": past a list item's dash
    if not to_level and not change and (lead := v.change.starting(opening)):
        # "Giảm tỷ lệ hộ nghèo 1,5-2%": the change word leads the clause.
        if v.rate_words.starting(opening[len(lead):].lstrip()):
            return lead, starting_level
    if not to_level and not change and (gap := v.differences.starting(opening)) \
            and not v.named_balances.starting(opening):  # "chênh lệch thu chi 35,4 tỷ đồng": a balance, a sum
        return gap, starting_level  # "chênh lệch so với tổng giá khởi điểm khoảng 98 tỷ đồng"
    if not to_level and not change and v.rate_words.found(head) and (m := _change_of_rate().search(head)) \
            and not v.verbs.found(head[m.end():]):
        return m.group(1), starting_level  # "tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 0,8% trở lên"
    if not to_level and not change and c.f.unit == "count" and c.f.counted \
            and v.durations.is_one(c.f.counted.lower()) and (gap := v.schedule_gaps.ending(head)):
        return gap, starting_level  # "chậm 2 tháng so với tiến độ": a delay against the schedule, a change
    return change, starting_level


COMPARATIVE_BASE_WORDS: Final = 5  # the base a comparative names before its gap: "mức cao nhất tuần qua"


def _comparative_gap(head: str) -> str | None:
    """A comparative change word, then a few words naming what it compares with (no digit, mark or verb)
    right before the number: the number is the gap, a change; the comparative."""
    v = vocabulary()
    if not v.comparatives.within(head):
        return None  # the usual answer
    if (at := v.change.last(head)) < 0 or not (word := v.change.starting(head[at:])) \
            or not v.comparatives.is_one(word):
        return None
    between = head[at + len(word):]
    if not 0 < len(between.split()) <= COMPARATIVE_BASE_WORDS or _BASE_BREAK.search(between) \
            or v.verbs.found(between) or v.norm_levels.ending(between):
        return None  # "thấp hơn mức 3% theo Nghị quyết": a level word right before it, the level compared with
    return word


_BASE_BREAK: Final = re.compile(r"[\d,;:()]")


def _giver_after(right: str) -> bool:
    """ "… 70% tỉnh giao", "… 95% huyện giao": a few words right after a figure name who gave it as a target."""
    return _giver().match(right) is not None and not vocabulary().comparison.starting(right)


@cache
def _giver() -> re.Pattern[str]:
    return re.compile(rf"(?:[^\W\d_]+\s+){{1,3}}?(?:{_alternation(vocabulary().assigned.words)})(?!\w)", re.I)


def _split_change(c: Context) -> str | None:
    """ "điều chỉnh tăng vốn đầu tư thêm 43,2 triệu USD", "tăng vốn 5 lượt dự án, thêm 43,2
    triệu USD": a "thêm" right before the number, after a change verb of its clause with no
    other verb between, gives the change's amount ("có thêm 4 trường" stays a count)."""
    v = vocabulary()
    if not (added := v.added.ending(c.left)):
        return None
    head = _segment(c).rstrip()
    head = head[: len(head) - len(added)]
    at = v.change.last(head)
    if at < 0 or v.growth_words.starting(head[at:]):
        return None  # no change verb, or "tăng trưởng" (a growth named, no verb)
    word = v.change.starting(head[at:])
    return None if word is None or _full_verbs().found(head[at + len(word):]) else word


def _change_before_comparison(c: Context) -> str | None:
    """ "đất … tăng tới 45% so với cuối năm 2023", "Kéo giảm tội phạm về trật tự xã hội ít nhất 5% so với năm
    2024": a comparison right after the number, and a change verb before it with only a qualifier, an adverb
    or a "to" word between, or opening its clause (after a causative such as "kéo") with no other verb
    between: the change word. "Chương trình giảm nghèo giải ngân 85% so với kế hoạch" has none."""
    v = vocabulary()
    if not v.comparison.starting(c.right.lstrip()) or (at := v.change.last(c.left)) < 0 \
            or v.growth_words.starting(c.left[at:]) or (word := v.change.starting(c.left[at:])) is None:
        return None
    between = c.left[at + len(word):]
    for words in (v.any_qualifier, v.adverbs, v.to_level, v.any_qualifier):
        between = _strip(between, words)
    if not between.strip():
        return word
    opening = c.left.lstrip(ITEM_DASHES)
    opening = opening[len(v.causatives.starting(opening) or ""):].lstrip()
    return word if opening.startswith(word) and not _full_verbs().found(between) else None


JOINER_REACH: Final = 6  # " và ": the joiner alone between two figures, its spaces included


def _second_change_of_a_pair(c: Context) -> str | None:
    """ "tăng 15 cơ sở và 906 buồng so với đầu năm 2025": a figure (no percent) joined by "và" alone to a change
    before it, with the comparison after it, is the second change the same verb and comparison govern; "tăng 15
    cơ sở, có 906 buồng" states a level. The change word."""
    p = c.prev
    if p is None or p.kind not in ("change", "growth") or c.f.unit == "percent" or len(c.raw_left) > JOINER_REACH:
        return None  # the usual answer
    v = vocabulary()
    if not _chain_words().is_one(c.raw_left.strip()) or not v.comparison.found(c.right):
        return None
    head = c.head[:len(c.head) - len(c.raw_left)]
    return v.change.starting(head[at:]) if (at := v.change.last(head)) >= 0 else None


def _gap_to_a_level(c: Context) -> str | None:
    """ "Lũ … đạt đỉnh 6,85 m, trên mức báo động 3 là 0,35 m": a clause opening with a level named as
    what the figure before is above or below, "là" right before the number, no other verb between: how
    far above or below, a change in the level's unit (not a %); the words naming the level."""
    v = vocabulary()
    if not v.copulas.ending(c.left) or c.f.unit in ("percent", "per_mille"):
        return None  # the usual answer
    opening = c.left.lstrip(ITEM_DASHES).lstrip()
    if not (w := v.level_gaps.starting(opening)):
        return None
    return None if _full_verbs().found(_strip(opening[len(w):], v.copulas)) else w


def _gap_from_another_time(c: Context) -> str | None:
    """ "Đến ngày 30/9/2024, mực nước hồ là 299,2 m, cao hơn cùng kỳ năm 2023 là 1,7 m": a clause opening with a word
    of above or below, then the same part of another year or another year, "là" right before the number and no
    other verb between: how far the level stands from that time's, a change in its unit (not a %); the word."""
    v = vocabulary()
    if c.f.unit in ("percent", "per_mille") or not v.copulas.ending(c.left):
        return None  # the usual answer
    opening = c.left.lstrip(ITEM_DASHES).lstrip()
    if not (w := v.level_sides.starting(opening)):
        return None
    rest = opening[len(w):].lstrip()
    if not (v.tables.same_period.starting(rest) or v.year_words.starting(rest)):
        return None
    return None if _full_verbs().found(_strip(rest, v.copulas)) else w


def _gap_from_another_day(c: Context) -> str | None:
    """ "nhiệt độ cao nhất tại trạm Tây Hiếu cao hơn ngày 13/5 là 0,7°C", "mực nước thấp hơn ngày 02/6/2025 là 0,4 m":
    a word of above or below, then a day named by its date, "là" right before the number: how far the level stands
    from that day's, a change in its unit (not a %); the word. "Ngày 13/5 là 38,9°C" (no such word) is the level."""
    v = vocabulary()
    if c.f.unit in ("percent", "per_mille") or "/" not in c.left or not (cop := v.copulas.ending(c.left)):
        return None  # the usual answer
    head = c.left[: len(c.left) - len(cop)].rstrip()
    if not (day := _DAY_AT_END.search(head, max(0, len(head) - DAY_REACH))) \
            or not (word := v.compared_days.ending(head := head[: day.start()].rstrip())):
        return None
    return v.level_sides.ending(head[: len(head) - len(word)].rstrip())


_DAY_AT_END: Final = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{4})?$")  # "13/5", "02/6/2025" ending a clause
DAY_REACH: Final = 12  # "02/6/2025" and the space before it


def _levels_moved(c: Context) -> str | None:
    """ "Trong 6 giờ qua, cơn bão đã mạnh thêm 1 cấp": levels counted after a verb of strengthening or weakening
    are how far a storm moved on its scale, a change; the verb."""
    if c.f.counted is None or not vocabulary().wind_levels.is_one(c.f.counted.lower()):
        return None  # the usual answer
    return vocabulary().level_changes.ending(c.left)


def _gap_to_an_alarm_level(c: Context) -> str | None:
    """ "Sông A tại B: 9,42 m, trên BĐ3 là 0,42 m", "đạt đỉnh 7,36 m, trên BĐ2 0,36 m", "trên BĐ3 khoảng 1,2 m",
    "trên BĐ3 từ 0,3-0,6 m": an alarm level named by its number right before the number, after a word of above
    or below (a copula, a qualifier or "từ" between at most): how far the water stands above or below it, a
    change in the level's unit; the word of above or below."""
    v = vocabulary()
    if c.f.unit in ("percent", "per_mille") or not v.alarm_levels.within(c.left):
        return None  # the usual answer
    head = c.left
    for words in (v.copulas, v.any_qualifier, v.from_words, v.copulas):
        head = _strip(head, words)
    if not (name := v.alarm_levels.ending(head)):
        return None
    return v.level_sides.ending(head[:len(head) - len(name)].rstrip())


@cache
def _full_verbs() -> Words:
    """The verbs that are not also connectives ("cho", "với" join a noun to a verb)."""
    raw = vocabulary().raw
    return Words(w for w in raw["verbs"] if w not in raw["connectives"])


@cache
def _change_of_rate() -> re.Pattern[str]:
    """A change word right before a rate word, inside a clause."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)({v.change.pattern})\s+(?:{v.rate_words.pattern})(?!\w)")


BOUND_NOUN_WORDS: Final = 3  # "94,5% dân số trở lên": the noun between a figure and its bound


def _bound_after(c: Context) -> str | None:
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


def subject(doc: Document, c: Context) -> tuple[str | None, bool]:
    """What the figure measures, and whether that is itself a rate or share."""
    v = vocabulary()
    f = c.f
    # What a count measures is the thing counted; other figures read their clause.
    found: str | None
    if c.prev is not None and c.prev.subject and c.prev.unit == f.unit and _bracketed_after(c) \
            and v.plan_markers.found(c.raw_left):
        # "đạt 62,4% (chỉ tiêu 50%), tăng 18,9%": the target measures what the result does,
        # and the figures after the bracket go on with it
        return c.prev.subject, c.prev.rate
    if f.unit == "count" and f.counted and f.counted.lower() not in v.classifiers:
        found = f.counted
    else:
        found = _subject(c.clause) or _label_before(c.window) or f.counted
    rate = bool(found and v.rate_words.found(low := found.lower()) and v.rate_words.found(_measured(low)))
    if not rate and c.prev is None and f.unit == "percent" \
            and v.rate_words.starting(c.head.lstrip(ITEM_DASHES)):
        rate = True  # "Tỷ lệ thất thoát, thất thu nước sạch còn 14,9%": the sentence opens with the rate
    if not found and c.prev is not None and c.prev.subject:
        found = c.prev.subject  # "…đạt 1.178 tỷ đồng, bằng 128% dự toán": same subject
        rate = rate or c.prev.rate
    if f.unit == "percent" and (noun := _right_noun(doc.text, f.tail)):
        found = noun  # "0,42% hộ nghèo": the share of what follows
        rate = rate or bool(v.rate_words.found(noun.lower()))
    return found, rate


def _measured(subject: str) -> str:
    """ "thu nhập bình quân đầu người của hộ nghèo": what a subject measures, before whose it is (a rate
    word after "của" names the owner: an income, not a rate)."""
    at = vocabulary().possessives.first(subject)
    return subject[:at] if at > 0 else subject


@cache
def _per_words() -> tuple[Words, Words, Words]:
    """The per-capita words of a subject, the per-month ones and the per-area ones."""
    per = vocabulary().raw["per_in_subject"]
    return tuple(Words(w for w, p in per.items() if p == name) for name in ("person", "month", "ha"))  # type: ignore[return-value]


def _per_in_subject(c: Context) -> None:
    """ "GRDP bình quân đầu người đạt 8.900 USD": a per-capita subject makes an amount of
    money a rate (USD_per_person); "một tháng" with it, a monthly one."""
    f = c.f
    if c.prev is not None and c.prev.per and c.prev.unit.startswith(f.unit + "_per_") and _bracketed_after(c):
        f.unit, f.per = c.prev.unit, True  # "đạt 13.500 USD (mục tiêu 12.000 USD)": the same rate
        return
    per_in_label(f, c.left)
    if not f.per and c.prev is not None and c.prev.per and c.prev.unit.startswith(f.unit + "_per_") \
            and vocabulary().possessives.starting(c.left.lstrip()):
        # "… của nhóm 1 đạt 1.215 nghìn đồng, của nhóm 5 đạt 8.748 nghìn đồng": the same rate, another's
        f.unit, f.per = c.prev.unit, True


def _area_per_head(c: Context) -> None:
    """ "diện tích nhà ở bình quân đầu người đạt 25,8 m2": floor area per head, a rate (m2_per_person)."""
    f = c.f
    if _per_words()[0].found(c.left):
        f.unit, f.per = "m2_per_person", True


@cache
def _per_each_pattern() -> re.Pattern[str]:
    v = vocabulary()
    return re.compile(rf"\s*(?:{_alternation(v.raw['per_each'])})\s+({_alternation(v.per)})(?!\w)")


# "mỗi lao động", "mỗi hộ được hỗ trợ khoảng": the words right before a number that say what it is for each
PER_EACH_REACH: Final = 64


@cache
def _per_each_before_pattern() -> re.Pattern[str]:
    v = vocabulary()
    # "mỗi hộ được hỗ trợ khoảng 15 triệu đồng": what each one receives, the verb between; a few words
    # may say which ones before it ("Mỗi hộ phải di dời chỗ ở được hỗ trợ thuê nhà 36 triệu đồng")
    return re.compile(rf"(?<!\w)(?:{_alternation(v.raw['per_each'])})\s+({_alternation(v.per)})"
                      rf"(?:(?:\s+[^\W\d_]+){{0,5}}\s+(?:{_alternation(v.raw['per_each_receiving'])})"
                      rf"(?:\s+[^\W\d_]+){{0,4}})?\s*$")


@cache
def _per_each_having_pattern() -> re.Pattern[str]:
    v = vocabulary()
    # "Hỗ trợ mỗi hộ có người chết 10 triệu đồng, mỗi hộ có nhà bị sập, cuốn trôi 40 triệu đồng": "có" and a
    # few words (a comma may join them) say which ones each sum of money is for
    return re.compile(rf"(?<!\w)(?:{_alternation(v.raw['per_each'])})\s+({_alternation(v.per)})"
                      rf"\s+(?:{_alternation(v.raw['group_having'])})(?:,?\s+[^\W\d_]+){{1,8}}\s*$")


PER_TIMES: Final = ("day", "month", "year")  # a rate's time: "USD/năm" is each one's a year after "mỗi lao động"


def _per_each_before(c: Context) -> None:
    """ "tặng quà cho 1.120 hộ, mỗi hộ 500.000 đồng", "(mỗi hộ 01 con)": right after "mỗi" and
    what it names (maybe with what each receives: "mỗi hộ được hỗ trợ", "mỗi lao động vay"), money or a
    count for each one, a rate; money after "mỗi hộ có" and which ones ("mỗi hộ có người chết 10 triệu
    đồng") is each one's too; a rate in time already ("mỗi lao động gửi về 12.000 USD/năm") is each
    one's in that time."""
    f, v = c.f, vocabulary()
    raw_tail = c.raw_left[-PER_EACH_REACH:]
    if not v.per_each_words.within(raw_tail):
        return  # the usual answer
    # "mỗi suất từ 1 đến 2 triệu đồng", "mỗi hộ khoảng 2 triệu đồng": past a range's "từ" or a qualifier
    tail = _strip(_strip(c.left[-PER_EACH_REACH:], v.from_words), v.any_qualifier)
    if not (m := _per_each_before_pattern().search(tail)) \
            and not (f.unit.partition("_per_")[0] in MONEY and (m := _per_each_having_pattern().search(raw_tail))):
        return
    each = v.per[m.group(1)]
    amount, _, per = f.unit.partition("_per_")
    if not f.per:
        f.unit, f.per = f"{f.unit}_per_{each}", True
    elif per in PER_TIMES and each not in PER_TIMES:
        f.unit = f"{amount}_per_{each}_per_{per}"
    else:
        return
    f.why["unit"] = f"{f.why.get('unit', '')} after {m.group().strip()!r}".strip()


def _per_each(doc: Document, c: Context) -> None:
    """ "hỗ trợ 40 triệu đồng cho mỗi hộ": money for each one of what follows, a rate."""
    f = c.f
    if not f.per and (m := _per_each_pattern().match(doc.lower(f.tail, c.se))):
        f.unit, f.per = f"{f.unit}_per_{vocabulary().per[m.group(1)]}", True
        f.why["unit"] = f"{f.why.get('unit', '')} {m.group().strip()}".strip()


LIST_MARKS: Final = ("-", "+", "•", "*")  # the marks that open a list item's line
LIST_HEAD_REACH: Final = 800  # from a list item back to the heading line its list hangs under


def _money_a_month(f: Figure) -> bool:
    """``f`` is money a month ("12 triệu đồng/tháng"), no rate per person yet."""
    return f.unit.count("_per_") == 1 and f.unit.endswith("_per_month")


def _each_ones_a_month(f: Figure, why: str) -> None:
    """Make money a month each one's a month, a rate per person, saying ``why``."""
    f.unit = f"{f.unit.partition('_per_')[0]}_per_person_per_month"
    f.why["unit"] = f"{f.why.get('unit', '')} {why}".strip()


def _wage_under_a_heading(text: str, f: Figure) -> None:
    """ "3. Mức lương, điều kiện:" then "- Thợ hàn: từ 9 đến 12 triệu đồng/tháng": money a month in a list
    item under a heading (the nearest line above that is no list item, ending with ":") that names what one
    person is paid (a wage, an income, an allowance) is each one's a month, a rate per person."""
    if not _money_a_month(f):
        return  # the usual answer: no money a month
    line_from = text.rfind("\n", 0, f.start) + 1
    if not text.startswith(LIST_MARKS, line_from):
        return
    at, reach = line_from - 1, max(0, line_from - LIST_HEAD_REACH)
    while at > reach:
        head_from = text.rfind("\n", 0, at) + 1
        line = text[head_from:at].strip()
        if line and not line.startswith(LIST_MARKS):
            if line.endswith(":") and _per_words()[0].found(line.lower()):
                _each_ones_a_month(f, f"in a list under the heading {line!r}")
            return
        at = head_from - 1


def _pension_a_month(doc: Document, c: Context) -> None:
    """ "lương hưu tháng 6/2025 là 5.120.000 đồng/tháng", "người có mức hưởng … được tăng lên bằng 3,5 triệu
    đồng/tháng": money a month in a sentence about the pension each one receives is each one's a month, a rate
    per person ("chi trả lương hưu 512,4 tỷ đồng", with no month in its unit, is the total paid)."""
    f = c.f
    if not _money_a_month(f):
        return  # the usual answer: no money a month
    if w := vocabulary().pension_levels.found(doc.lower(c.full, f.start)):
        _each_ones_a_month(f, f"in a sentence about {w!r} each one receives")


EQUIVALENT_REACH: Final = 24  # "tương đương khoảng ": the equivalence word and a qualifier before the number


def _equivalent_of_a_rate(c: Context) -> None:
    """ "165.000 yên/tháng (tương đương khoảng 27 triệu đồng)", "1.200 USD/người/tháng, tương đương 30 triệu
    đồng": money right after an equivalence word that follows a rate in time converts that rate, so it is
    money in the same time (and per person when its sentence names what one person is paid)."""
    f, v = c.f, vocabulary()
    if f.per or c.prev is None or not v.same_change.within(c.left[-EQUIVALENT_REACH:]):
        return  # the usual answer
    if not v.same_change.found(c.left[-EQUIVALENT_REACH:]):
        return
    per = c.prev.unit.partition("_per_")[2]
    if not per and c.prev.counted and "/" in c.prev.counted:
        per = v.per.get(c.prev.counted.rpartition("/")[2].strip().lower(), "")
    if per.rpartition("_per_")[2] not in PER_TIMES and per not in PER_TIMES:
        return
    f.unit, f.per = f"{f.unit}_per_{per}", True
    f.why["unit"] = f"{f.why.get('unit', '')} the equivalent of the rate before it".strip()
    per_in_label(f, c.head)


def _equivalent_of_a_coefficient(c: Context) -> None:
    """ "Trưởng thôn … được hưởng hệ số 2,10, tương đương 4.914.000 đồng/tháng": money a month right after an
    equivalence word that follows a coefficient is what the coefficient pays one holder of the post a month, a rate
    per person per month."""
    f = c.f
    if c.prev is None or c.prev.unit != "times" or not _money_a_month(f):
        return  # the usual answer: no money a month after a coefficient
    if c.prev.why.get("unit", "").startswith(COEFFICIENT) \
            and vocabulary().same_change.found(c.left[-EQUIVALENT_REACH:]):
        _each_ones_a_month(f, "the equivalent of the coefficient before it")


PRIZE: Final = "the prize of a place in a race or a contest"


def _prize_per_place(c: Context) -> None:
    """ "vận động viên về nhất … mỗi người nhận 30 triệu đồng, về nhì 20 triệu đồng, về ba 10 triệu đồng", "mức
    thưởng lần lượt là 15 triệu đồng, 10 triệu đồng và 5 triệu đồng": a sum right after a place (or after the prize
    before it in the list) is what each winner of that place gets, a rate per person and a term of the prizes;
    "tổng giá trị giải thưởng 600 triệu đồng" names no place."""
    f = c.f
    if f.unit not in MONEY and not f.unit.endswith("_per_person") or f.unit.count("_per_") > 1:
        return
    v, left = vocabulary(), c.left.rstrip(" ,;:")
    after_a_place = v.prize_places.ending(left) or f.unit.endswith("_per_person") and c.prev is None \
        and v.prize_places.found(c.clause.lower())
    listed_after_a_prize = c.prev is not None and c.prev.why.get("unit", "").endswith(PRIZE) \
        and c.prev.unit == f"{f.unit}_per_person" and (not left or v.list_joiners.fullmatch(f" {left} "))
    if not (after_a_place or listed_after_a_prize):
        return
    if not f.unit.endswith("_per_person"):
        f.unit, f.per = f"{f.unit}_per_person", True
    f.why["unit"] = f"{f.why.get('unit', '')} {PRIZE}".strip()


def _spent_on_pay(words: str, person: Words) -> bool:
    """ "chi phụ cấp người hoạt động không chuyên trách 52,8 tỷ đồng", "Quỹ phụ cấp … được khoán": what one person is
    paid after a word of spending or of a fund (``words`` lowercased) names what a sum is spent on, not each one's."""
    at = person.first(words)
    return at > 0 and vocabulary().pay_spent.ending(words[:at].rstrip()) is not None


def per_in_label(f: Figure, words: str) -> None:
    """Money per person ("đầu người"), per month with it, or per area ("trên 1 ha canh tác")
    when the lowercased subject ``words`` (a clause, a table row's label) says so."""
    person, month, area = _per_words()
    if not f.per and person.found(words) and not _spent_on_pay(words, person):
        f.unit, f.per = f.unit + "_per_person", True
    elif f.per and f.unit.count("_per_") == 1 and f.unit.partition("_per_")[2] in PER_TIMES \
            and person.found(words):
        # "mỗi sinh viên đóng khoảng 18,5 triệu đồng/năm": per person, then per the time (DESIGN's order)
        money, _, time = f.unit.partition("_per_")
        f.unit = f"{money}_per_person_per_{time}"
    elif not f.per and area.found(words):
        f.unit, f.per = f.unit + "_per_ha", True
    if f.unit.endswith("_per_person") and month.found(words):
        f.unit += "_per_month"


def kind(c: Context, change: str | None, plus: bool = False) -> str:
    """What sort of quantity: count, amount, share, growth, change, plan_ratio, …; ``plus``: a plus
    sign stands before the number."""
    v = vocabulary()
    f = c.f
    after = c.right.lstrip()
    if f.unit == "times":
        return "other" if f.why.get("unit", "").startswith(COEFFICIENT) else "multiple"  # "hệ số 1,2"
    if f.denominator is not None:
        return "progress"
    if f.unit_word and v.age_words.starting(f.unit_word):
        return "amount"  # "tuổi thọ trung bình 74,6 tuổi": an age is a level in years
    if f.unit == "year" and v.time_taken.found(c.left):
        return "amount"  # "thời gian thu phí hoàn vốn là 22 năm": a length of time, a level in years
    if f.unit in ("year", "star") or (f.unit == "m" and v.road_words.ending(c.raw_left.rstrip())):
        return "other"  # an anniversary, a rating, a road named by its width
    if f.counted and f.counted[:1] == "k" and _excess_over_a_speed_limit(c):
        return "change"  # "giới hạn 60 km/h, vượt 18 km/h": by how much the speed passed the limit
    if f.counted and _licence_points_deducted(c):
        return "other"  # "trừ 04 điểm giấy phép lái xe": points off a licence, no count of things
    if f.per and change:
        return "change"  # "giá bán … cao hơn năm trước 3.500 đồng/kg": a rate moved by so much
    if f.per:
        # a yield ("28 tấn/ha") is a level per area, as "tạ/ha" is; money per ha is a rate
        # (not a dose put on each ha: "lượng giống gieo sạ không quá 100 kg/ha", "bón 200 kg phân/ha")
        return "amount" if f.unit.endswith("_per_ha") and f.unit.partition("_per_")[0] not in MONEY \
            and not v.doses.found(c.head) else "rate"
    if f.unit in ("percentage_point", "per_mille_point"):
        # "đóng góp 1,82 điểm phần trăm vào mức tăng chung", "làm giảm 0,1 điểm phần trăm": a part of a
        # growth, no change of a rate
        return "other" if v.contribution_words.found(c.left) or v.contribution_verbs.ending(c.left) \
            or _caused_change(c.left) else "change_points"
    if c.prev is not None and c.prev.kind == "change" and c.prev.unit == f.unit and _compared_level(c):
        pass  # "vượt 1.540 ha so với mục tiêu (20.000 ha)": the level compared with, read as a level
    elif c.prev is not None and _bracketed_after(c) and c.prev.unit == f.unit and v.plan_markers.found(c.raw_left) \
            and not (c.prev.kind in ("change", "growth") and c.prev.base in PLAN_BASES):
        # "tăng 5,5% (KH 6,5-7%)": the target of the same quantity; after a change against the plan
        # ("vượt 48 phiên so với kế hoạch (kế hoạch 100 phiên)") the bracket gives the plan's level
        return c.prev.kind
    elif c.prev is not None and c.prev.kind and _result_target(c):
        return c.prev.kind  # "tăng 7,42%, vượt chỉ tiêu … đề ra (7,0%)": the result's target
    if f.unit in ("percent", "per_mille"):
        if _target_beaten_by_points(c):
            # "tăng trưởng đạt 8,7%, vượt 0,7% so với Nghị quyết HĐND huyện (8%)": the target rate
            return "growth" if v.growth_words.found(c.head) else "share"
        if change and f.unit == "percent" and (v.fee_shares.starting(c.right.lstrip()) or _dues_cut(c)):
            return "share"  # "giảm 50% số thuế phải nộp", "miễn 100% học phí": the part of a charge cut or waived
        if change or f.value < 0 or plus:  # "(-1,25%)", "(+7,2%)": a signed percent is a change
            return "change_points" if f.rate or f.unit == "per_mille" or _target_of_a_fall_in_points(c) \
                or _share_beating_its_target(c, change) or _change_of_a_small_groups_share(c) else "growth"
        after_colon = c.raw_left.rpartition(":")[2]
        if v.growth_words.found(after_colon if _HAS_LETTER.search(after_colon) else c.raw_left):
            return "growth"  # "động lực tăng trưởng của tỉnh: năm 2024, … đóng góp 76,8%": a share
        if _change_in_percent(c):
            return "growth"  # "tăng 24 ca (14,8%) so với tuần trước": the same change in %
        if c.prev is not None and c.prev.kind == "growth" and c.prev.unit == f.unit \
                and v.extremes.is_one(_blank_brackets(c.raw_left).strip(" ,")):
            return "growth"  # "mức tăng cao nhất 35% (đường Xuân Viên), thấp nhất 8%": the range's other end
        if (v.ratio_words.starting(after) or v.comparison.starting(after)) and not _split_of_a_quota(c):
            return "plan_ratio"
        if _ratio_to_a_years_level(c):
            return "plan_ratio"  # "bằng 97,1% ước thực hiện năm 2024": of that year's estimated level
        if _of_a_planned_quantity(after):
            return "plan_ratio"  # "hoàn thành 100% diện tích kế hoạch": of the area the plan sets
        if _ratio_to_a_limit(c):
            return "plan_ratio"  # "bằng 6% giới hạn cột B của QCVN 19:2009/BTNMT": of the limit it is held against
        if not after.strip(" .;") and _reaching_a_plan_named_before(c):
            return "plan_ratio"  # "Còn 5 huyện chưa đạt kế hoạch, thấp nhất là huyện Mường Lát đạt 61,2%"
        if c.prev is not None and c.prev.kind == "growth" and c.prev.unit == f.unit and _another_time_of_it(c):
            return "growth"  # "tăng trưởng GRDP Quý IV đạt trên 7,5%, cả năm 2024 đạt từ 6,8 đến 7%"
        return "share"
    if f.unit == "count" and f.why.get("unit") == DURATION_IN_PARTS:
        # "về nhất với thời gian 2 giờ 31 phút 05 giây", "nhanh hơn 3 phút 12 giây so với năm 2024": a time is a
        # level measured in its parts, its gap a change
        return "change" if change else "amount"
    if change or (f.value < 0 or plus) and _signed_change_after_percent(c):
        return "change"  # "giảm 3,2% (-56 tỷ đồng)": the same change in the row's unit
    if f.unit == "count" and _symbol_equated(c):
        return "other"  # "rừng trung bình K = 0,95": the value a formula's coefficient is given
    if f.unit == "count" and not f.counted and c.prev is None \
            and v.coefficients.starting(c.head.lstrip(ITEM_DASHES)):
        return "other"  # "Hệ số GINI năm 2024 là 0,362": a named coefficient, a place on its scale
    if f.unit == "count" and not f.counted and f.cell is None and _on_an_index_scale(c):
        return "other"  # "Giá trị AQI giờ cao nhất … là 238": a place on the index's own scale
    if f.unit == "count" and f.counted and v.scores.is_one(f.counted.lower()) \
            and (not f.value.is_integer() or v.scores.found(_unquoted(c.window).lower()) or _after_a_score(c)
                 or _points_added(c)):
        # "điểm trung bình các bài thi đạt 6,94 điểm", "Điểm DDCI bình quân đạt trên 82 điểm": a score, not a
        # count; so is a whole number of points after a score ("cao nhất 26,5 điểm; ngành Y 22 điểm")
        return "other"
    if f.unit == "count" and f.counted and v.durations.is_one(f.counted.lower()) \
            and v.per_one_average.found(c.raw_left):
        # "Ngày điều trị trung bình 6,2 ngày", "- Thời gian lưu trú bình quân: 2,3 ngày": an average duration, a level
        return "amount"
    if f.unit == "count" and f.counted and v.durations.is_one(f.counted.lower()) and _longest_or_shortest(c):
        return "amount"
    if f.unit == "count" and f.counted and (_average_length_in_its_sentence(c) or _part_of_a_length_before(c)):
        return "amount"
    if f.unit == "count" and f.counted and _time_taken_to_a_level(c):
        return "amount"
    if f.unit == "count" and f.counted and _days_a_stock_lasts(c):
        return "amount"
    if f.unit == "count" and f.counted and _measured_in_a_unit(f.counted):
        return "amount"
    if f.unit == "count" and f.counted and _weighed(f.counted):
        return "amount"
    return "count" if f.unit == "count" else "amount"


@cache
def _year_level_words() -> tuple[Words, Words]:
    """The words a ratio opens with, and the words naming a year's level right after its percent."""
    raw = vocabulary().raw
    return Words(raw["ratio_verbs"]), Words(raw["year_levels"])


def _ratio_to_a_years_level(c: Context) -> str | None:
    """ "bằng 97,1% ước thực hiện năm 2024", "chỉ bằng 92% thực hiện năm 2023": a percent right after a ratio's verb,
    then a word naming a year's estimated or actual level and that year: a ratio to that level (plan_ratio), its
    base the year; the year, else None."""
    if c.f.unit != "percent" or not (right := c.right.lstrip()):
        return None
    verbs, levels = _year_level_words()
    if not (level := levels.starting(right)) or not verbs.ending(c.left):
        return None  # the usual percent: no level word after it, one lookup
    rest = right[len(level):].lstrip()
    if not (year := vocabulary().year_words.starting(rest)):
        return None
    m = _FOUR_DIGITS.match(rest[len(year):].lstrip())
    return m.group(1) if m else None


def _ratio_to_a_limit(c: Context) -> bool:
    """ "Nồng độ bụi sau xử lý dự báo khoảng 12 mg/Nm3, bằng 6% giới hạn cột B của QCVN 19:2009/BTNMT": a percent
    right after a ratio's verb, then a limit's word, is the level as a percent of the limit it is held against;
    "chiếm 6% diện tích" is a share."""
    v = vocabulary()
    return bool(v.limit_words.starting(c.right.lstrip())) and _year_level_words()[0].ending(c.left) is not None


def _occurrences_of_a_frequency(c: Context) -> bool:
    """ "chỉ số tần suất mất điện trung bình (SAIFI) là 2,06 lần", "SAIFI không quá 1,9 lần", "kiểm tra mỗi
    điểm bán ít nhất 1 lần": times written as a word after a frequency named in its clause, or a whole number of
    them bounded (`ít nhất`, `không quá`), with no multiple's verb, comparative or comparison, count how often
    something happened (occurrences), not how many times larger."""
    v, f = vocabulary(), c.f
    if f.unit != "times" or not f.unit_word:
        return False
    bounded_whole = f.qualifier in ("over", "under") and float(f.value).is_integer()
    if not (bounded_whole or v.frequency_words.found(c.raw_left)):
        return False
    return not (v.change.found(c.left) or v.multiples.found(c.left) or v.comparatives.found(c.left)
                or v.comparison.starting(c.right.lstrip()))


def _frequency_moved(c: Context) -> bool:
    """ "số lần phun thuốc bảo vệ thực vật giảm từ 5 lần xuống còn 3 lần", "tần suất kiểm tra tăng lên 4 lần":
    a whole number of times a frequency named before it moves from or to is a level of that frequency,
    occurrences, not how many times larger ("giảm 2 lần so với năm 2023" names no level: it stays a multiple)."""
    v, f = vocabulary(), c.f
    if f.unit != "times" or not f.unit_word or not float(f.value).is_integer():
        return False  # the usual answer
    left = _strip(c.left, v.any_qualifier)
    if not (v.from_words.ending(left) or v.to_level.ending(left)) or v.multiples.found(c.left):
        return False
    return bool(v.frequency_words.found(c.head))


def _occurrences_of_an_event(c: Context) -> bool:
    """ "xảy ra 2 lần ùn tắc kéo dài", "Hệ thống gặp sự cố 3 lần, thời gian khắc phục …": a whole number of times
    with no multiple's verb, change or comparative before it in its clause, followed by the event it counts or
    ending its clause, counts how often something happened, not how many times larger ("gấp 2 lần năm 2023",
    "bằng 1,5 lần kế hoạch", "tăng 2 lần" stay multiples)."""
    v, f = vocabulary(), c.f
    if f.unit != "times" or not f.unit_word or not float(f.value).is_integer():
        return False
    if v.change.found(c.left) or v.multiples.found(c.left) or v.comparatives.found(c.left):
        return False
    rest = c.right.lstrip()
    rest = rest[len(f.unit_word):].lstrip() if rest.startswith(f.unit_word) else rest
    if not rest or rest[0] in ",;.)":
        return True
    return rest[0].isalpha() and not (v.comparison.starting(rest) or v.plan_markers.starting(rest)
                                      or v.year_words.starting(rest) or v.comparatives.starting(rest))


def _times_counted(c: Context, change: str | None) -> str | None:
    """A number of times ("lần") that counts how often something happened, not a multiple: why, or None."""
    if not change and _occurrences_of_a_frequency(c):
        return "after a frequency"
    if not change and _occurrences_of_an_event(c):
        return "of an event with nothing compared"
    if not change and _listed_after_occurrences(c):
        return "listed after occurrences of another event"
    if _frequency_moved(c):
        return "a frequency moved from or to"
    return None


def _listed_after_occurrences(c: Context) -> bool:
    """ "có 19 lần tăng, 20 lần giảm và 3 lần giữ nguyên": a whole number of times right after a count of the
    same times (the event it counted and a joiner between, no multiple's verb nor comparative) counts how often
    another event happened, as the one before it; "gấp 2 lần" after it stays a multiple."""
    v, f, p = vocabulary(), c.f, c.prev
    if p is None or p.unit != "count" or p.counted != f.unit_word or not float(f.value).is_integer():
        return False  # the usual answer
    words = c.raw_left.strip(" ,;").split()
    return len(words) <= LISTED_EVENT_WORDS and not v.multiples.found(c.left) and not v.comparatives.found(c.left)


LISTED_EVENT_WORDS: Final = 4  # "giảm và", "giữ nguyên, ": the event counted before and a joiner


def _longest_or_shortest(c: Context) -> bool:
    """ "thời gian … bình quân 16 ngày, dài nhất tại xã Thanh Ngọc là 34 ngày": days (or months) after the longest or
    shortest of a time in their clause are a length, a level (an amount), not a count of days."""
    return vocabulary().length_extremes.found(c.raw_left) is not None


def _average_length_in_its_sentence(c: Context) -> bool:
    """ "Chỉ số thời gian mất điện trung bình (SAIDI) là 245 phút, … thấp hơn chỉ tiêu … (280 phút)", "SAIDI
    không quá 220 phút": minutes or hours in a sentence naming an average before them (a word or an index of
    average length) measure a length, a level (an amount), as the average word's own clause does."""
    v = vocabulary()
    if c.f.counted is None or not v.measured_durations.is_one(c.f.counted.lower()):
        return False
    # "Tổng số giờ nắng năm là 1.642 giờ": a number of hours named before them, a total measured in hours
    # "Thời gian một lượt chạy xe khoảng 65 phút": the time a run takes, a length too
    return bool(v.per_one_average.found(c.head) or v.average_indices.found(c.head) or v.hour_totals.found(c.head)
                or v.trip_times.found(c.head))


def _part_of_a_length_before(c: Context) -> bool:
    """ "SAIDI … là 386 phút, giảm 112 phút …; trong đó thời gian mất điện do bảo dưỡng … là 214 phút": minutes or
    hours in a clause opening with a part's word ("trong đó", "riêng") after a ";", past a length in the same unit
    (a level or its change) in the full sentence, are a part of that length, a level (an amount) as it is."""
    e = c.earlier
    if e is None or e.kind not in ("amount", "change") or c.f.counted is None or e.counted != c.f.counted:
        return False  # the usual answer: no length before it across a ";"
    v = vocabulary()
    return v.measured_durations.is_one(c.f.counted.lower()) and c.full < c.ss \
        and v.part_openers.starting(c.head.lstrip(ITEM_DASHES + " ")) is not None


def _time_taken_to_a_level(c: Context) -> bool:
    """ "Rút ngắn thời gian giải quyết cấp điện xuống dưới 2,5 ngày", "thời gian thông quan giảm còn 1,5 ngày": days
    or hours a time taken is brought to (a word of the new level right before them, the time named in the
    clause) are its new level, an amount, not a count of days."""
    v = vocabulary()
    if c.f.counted is None or not v.durations.is_one(c.f.counted.lower()) or not v.time_taken.within(c.left):
        return False
    return bool(v.to_level.ending(_strip(c.left, v.any_qualifier)) and v.time_taken.found(c.left))


def _days_a_stock_lasts(c: Context) -> bool:
    """ "lượng hàng tồn kho đạt 86.400 m3, đủ cung ứng cho khoảng 45 ngày", "đủ dùng trong 3 tháng": days or months
    right after words of how long a stock lasts (a qualifier between) are a length of time, an amount, not a count
    of days something happened on."""
    v = vocabulary()
    if c.f.counted is None or not v.durations.is_one(c.f.counted.lower()) or not v.lasting_words.within(c.left):
        return False  # the usual answer
    return v.lasting_words.ending(_strip(c.left, v.any_qualifier)) is not None


def _on_an_index_scale(c: Context) -> bool:
    """ "Giá trị AQI giờ cao nhất ghi nhận … là 238", "chỉ số WQI tại cống Xuân Quan đạt 62": a bare number after
    an index read on a scale of its own, named in its clause: a place on that scale, not a count."""
    v = vocabulary()
    if not v.scale_indices.within(c.left):
        return False  # the usual answer
    clause = c.left[max(c.left.rfind(","), c.left.rfind(";")) + 1:]
    return v.scale_indices.found(clause) is not None


def _days_a_column_counts(counted: str) -> str | None:
    """ "Số ngày chậm nộp | 412", "Số tháng nợ đọng | 7": a table column counting the days or months a payment
    is late (its header "Số", a duration word, then a word of paying late) holds lengths of time, each row's
    level in that duration (an amount counted the word), not a count of things; the word. "Số ngày vượt QCVN"
    counts the days something happened on."""
    word, _, rest = counted.lower().partition(" ")
    if not rest or not vocabulary().durations.is_one(word) or not vocabulary().late_payment.starting(rest):
        return None  # the usual answer
    return word


def _measured_in_a_unit(counted: str) -> bool:
    """ "lượng mưa 312 mm", "công suất cực đại 1.742 MW", "9.846,2 triệu kWh": counted in a unit of measure the
    vocabulary lacks, the number is a level measured in it (an amount), not a count of things; so when the unit
    opens the noun phrase ("bán ra 45.000 lít xăng dầu")."""
    low = counted.lower()
    return vocabulary().measure_units.is_one(low) or vocabulary().measure_units.is_one(low.partition(" ")[0]) \
        or ("/" in low and vocabulary().foreign_currencies.is_one(low.partition("/")[0])) \
        or ("/" in low and _interval(low))  # "yên/tháng", "tháng/lần"


def _weighed(counted: str) -> bool:
    """ "tiêu hủy 604 con với trọng lượng 33.520 kg", "hỗ trợ 38.210 kg hơi": counted in a unit of mass (its word
    opening the noun phrase), the number is a weight, a level (an amount), not a count of things."""
    return vocabulary().weight_units.is_one(counted.lower().partition(" ")[0])


def _interval(low: str) -> bool:
    """ "tháng/lần" (``low`` a counted noun lowercased): a duration per time, the interval between times a
    schedule sets ("quan trắc với tần suất 6 tháng/lần"), a length of time, not a count of months."""
    v = vocabulary()
    unit, _, per = low.partition("/")
    return v.durations.is_one(unit) and v.interval_per.is_one(per)


_QUOTED_NAME: Final = re.compile(r"“[^“”]*”")


def _unquoted(words: str) -> str:
    """``words`` without the names in quotes ("Xây dựng mới 312 “Điểm chữa cháy công cộng”": a place's
    name, no score)."""
    return _QUOTED_NAME.sub(" ", words) if "“" in words else words


PLANNED_NOUN_WORDS: Final = 2  # the noun between a percent and its plan word: "diện tích", "khối lượng"


def _of_a_planned_quantity(after: str) -> bool:
    """ "100% diện tích kế hoạch", "95% khối lượng kế hoạch": a percent of a quantity the plan sets, a short
    noun (no verb, digit nor mark) between the percent and its ratio word (or "theo" and it); "27,6% diện tích
    đã gieo trồng" is a share, and so are "27% tổng dự toán năm" (a part of the whole plan) and "mức 5% theo
    Nghị quyết"."""
    v = vocabulary()
    if v.group_sums.starting(after) or v.norm_sources.starting(after):
        return False
    words = after.split(maxsplit=PLANNED_NOUN_WORDS + 2)[:PLANNED_NOUN_WORDS + 2]
    for k in range(1, PLANNED_NOUN_WORDS + 1):
        noun = words[:k]
        if len(words) <= k or not all(w.isalpha() for w in noun) or v.verbs.found(" ".join(noun)):
            return False
        if v.ratio_words.starting(" ".join(words[k:])) or _planned_by(after.split(maxsplit=k)[-1]):
            return True
    return False


def _planned_by(rest: str) -> bool:
    """ "theo phương án tài chính …", "theo kế hoạch": after the quantity a percent is of, the plan that sets
    it, named by a ratio word after a word of setting ("bằng 91,2% doanh thu theo phương án tài chính")."""
    v = vocabulary()
    return bool((w := v.planned_by.starting(rest)) and v.ratio_words.starting(rest[len(w):].lstrip()))


def _another_time_of_it(c: Context) -> bool:
    """ "… đạt trên 7,5%, cả năm 2024 đạt từ 6,8 đến 7%": right after the figure before, a clause holding
    only a time and verbs or bounds before the number measures the same quantity over that time."""
    v = vocabulary()
    rest = c.raw_left.lstrip(" ,;")
    named = periods_named(rest, 0, len(rest))
    if named:
        if (lead := rest[:named[0][3]].strip()) and not v.time_clause_leads.is_one(lead):
            return False
        tail = rest[named[0][0]:]
    elif whole := v.whole_year.starting(rest):
        tail = rest[len(whole):]  # "…, cả năm đạt 7%"
    else:
        return False
    # "…, năm 2024 chiếm 30%", "…, cuối năm còn 8%": a share, a new level
    return not v.subject_trim.stripped(tail, " ,:").strip() and not v.share_verbs.found(tail) \
        and not v.to_level.found(tail)


def _points_added(c: Context) -> str | None:
    """ "Người dân tộc thiểu số được cộng 5 điểm", "bị trừ 2 điểm": points a rule adds to or takes from a
    score, a score too, not a count of places; the verb."""
    v = vocabulary()
    return v.score_additions.ending(_strip(c.left, v.any_qualifier))


def _after_a_score(c: Context) -> bool:
    """The figure before, in the sentence or across its ";", is a score or a score's change."""
    p = c.prev or c.earlier
    return p is not None and p.unit == "count" and p.kind in ("other", "change") and bool(p.counted) \
        and vocabulary().scores.is_one((p.counted or "").lower())


CAUSED_SUBJECT_WORDS: Final = 4  # "làm CPI chung tăng": the words of what a cause moves


def _caused_change(left: str) -> str | None:
    """ "tác động làm CPI chung tăng 0,28 điểm phần trăm": a causative, what it moves in a few words with
    no verb, then a change verb right before the figure in points: the part one item has in the change
    of a whole, as "làm tăng 0,28 điểm phần trăm" is; the causative."""
    v = vocabulary()
    if not (change := v.change.ending(left)) or (at := v.causatives.last(head := left[:-len(change)])) < 0:
        return None
    word = v.causatives.starting(head[at:]) or ""
    moved = head[at + len(word):]
    if not 0 < len(moved.split()) <= CAUSED_SUBJECT_WORDS or v.verbs.found(moved) or v.change.found(moved):
        return None
    return word


def _same_rate_moved(c: Context) -> str | None:
    """ "Tỷ lệ hộ nghèo giảm 1,5 - 2%; riêng các huyện miền núi giảm 4 - 5%", "giảm 2,15% so với đầu năm,
    vượt chỉ tiêu Nghị quyết HĐND xã giao là giảm 2%": after a change of a rate in its full sentence, a
    change of a part of it (its clause opening with a part word) or the target set for it moves the same
    rate, in points; the words that say so."""
    e = c.earlier
    if e is None or e.kind != "change_points" or not e.rate:
        return None
    v = vocabulary()
    return v.part_openers.starting(c.left.lstrip(ITEM_DASHES)) or _target_given_as(c)


def _signed_change_after_percent(c: Context) -> bool:
    """ "giảm 3,2% (-56 tỷ đồng) so với cùng kỳ": a signed number alone opening a bracket right after a
    change in %: the same change, in an amount."""
    return c.prev is not None and c.prev.kind == "growth" and c.raw_left.strip() == "("


@cache
def _count_and_its_share() -> re.Pattern[str]:
    """A count, the words of what it counts, a share verb and the share in %, a comma, then words only to the end."""
    verbs = vocabulary().share_verbs.pattern
    return re.compile(rf"(?<![\d.,])(\d{{1,3}}(?:\.\d{{3}})*) [^\d;]*?(?:{verbs}) \d+(?:,\d+)?%, [^\d]*$")


def _change_of_a_small_groups_share(c: Context) -> bool:
    """ "52 đảng viên không hoàn thành nhiệm vụ, chiếm 0,46%, giảm 0,12% so với năm 2023": a change in % right after
    the share a count makes, too small to be a change of that count (less than one of what it counts), moves the
    share: points; "8.214 người, chiếm 48,8%, tăng 11,4%" is the count's growth."""
    p = c.prev
    if p is None or p.kind != "share" or p.unit != "percent" or c.f.unit != "percent":
        return False  # the usual answer: no share right before it
    if not (m := _count_and_its_share().search(c.head)):
        return False
    return int(m.group(1).replace(".", "")) * c.f.value < 100


def _change_in_percent(c: Context) -> bool:
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


def direction(f: Figure, change: str | None) -> str | None:
    """ "up" or "down" for a change the words state."""
    if f.kind in ("growth", "change", "change_points") and change:
        if vocabulary().differences.is_one(change):
            return None  # "chênh lệch": how far, not which way
        v = vocabulary()
        return "down" if v.decrease.found(change) or v.level_gaps_below.is_one(change) else "up"
    return None


def _reaching_a_plan_named_before(c: Context) -> str | None:
    """ "Còn 5 huyện chưa đạt kế hoạch, thấp nhất là huyện Mường Lát đạt 61,2%": a percent that ends its sentence
    right after a reached word, in a sentence whose clause before says the parts reach, or fall short of, a plan:
    how far of that plan this part reached; the plan's word. "tỷ lệ che phủ rừng đạt 42%" names no plan."""
    v = vocabulary()
    if not c.left or not v.reached_words.ending(c.left):
        return None  # the usual answer
    before = c.head[:c.head.rfind(c.left)]
    if (at := v.reached_words.last(before)) < 0:
        return None
    rest = before[at:]
    return v.ratio_words.starting(rest[len(v.reached_words.starting(rest) or ""):].lstrip())


def base(doc: Document, c: Context) -> str | None:
    """What a comparing figure compares with."""
    if c.f.kind not in COMPARING:
        return None
    if c.year_after or _same_part_of_an_earlier_year_after(doc, c):
        return None  # "mức tăng 4,9% của năm trước": that year's own growth, compared with nothing
    if _adjustment_of_a_plan(doc, c):
        return None  # "Điều chỉnh giảm 24.600 triệu đồng kế hoạch vốn": the plan moves, compared with nothing
    if year := _ratio_to_a_years_level(c):
        return year  # "bằng 97,1% ước thực hiện năm 2024"
    if c.f.kind == "plan_ratio" and (year := _index_base_year(doc, c)):
        return year  # "Chỉ số phát triển … so với năm 2020 (năm 2020 = 100) đạt 120,5%"
    found = _base(c.right) or _year_start_base(doc, c.right, c.f.start) or _base_past_bracket(doc, c)
    if found is None and _against_the_period_before(c.right):
        return None  # "tăng 9,8% so với cùng kỳ và tăng 2,4% so với tháng trước": the month before, no code
    found = found or _base(_comparison(c.left)) \
        or (b[1] if (b := _base_ending(_strip(c.left, vocabulary().from_words))) else None) \
        or _list_base(doc.text, c.f.start) \
        or _opening_base(c) or _pair_base(doc, c) or _base_of_a_change_restated(c) \
        or _base_after_a_second_change(doc, c)
    if found is not None and (before := _end_of_the_year_before(doc, doc.lower(c.f.end, c.se), found)):
        found = before  # "so với đầu năm 2025" in a text of 2025: the end of 2024
    if c.f.kind == "plan_ratio" and found is None and not _of_a_norm(c) and not _of_a_long_term_mean(c) \
            and not _bare_ratio_after_an_amount(doc, c):
        return "plan"  # not a ceiling a rule sets: no code names it
    return found


def _index_base_year(doc: Document, c: Context) -> str | None:
    """ "Chỉ số phát triển giá trị sản xuất năm 2025 so với năm 2020 (năm 2020 = 100) đạt 120,5%", "So với kỳ gốc
    năm 2019, CPI tháng 9/2025 bằng 117,85%": a percent of an index whose sentence compares, before it, with a
    year is the index's level on that base year, a ratio to its level then; the year, or None."""
    if c.f.unit != "percent" or c.f.value_max is not None:
        return None  # the usual answer
    v = vocabulary()
    head = doc.lower(c.full, c.f.start)
    if not v.base_year_indices.within(head) or not v.base_year_indices.found(head):
        return None
    year = _base(_comparison(head))
    return year if year is not None and year.isdigit() else None


SAME_PART_AFTER_REACH: Final = 30  # "của cùng kỳ năm 2024": a possessive, the same part's words and the year


@cache
def _same_part_after() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The possessives that open a year's words after a figure ("của" of "của năm"), and the pattern of the
    same part of a year after one ("của cùng kỳ năm 2024")."""
    v = vocabulary()
    p = v.raw["periods"]
    owners = tuple(sorted({w.rsplit(" ", 1)[0] + " " for w in p["of"] if " " in w}))
    return owners, re.compile(rf"(?:{_alternation(w.strip() for w in owners)})\s+(?:{_alternation(v.raw['same_part'])})"
                              rf"\s+(?:{_alternation(p['year'])})\s+((?:19|20)\d\d)(?!\d)")


def _same_part_of_an_earlier_year_after(doc: Document, c: Context) -> str | None:
    """ "GRDP tăng 8,16% so với cùng kỳ, cao hơn mức tăng 6,95% của cùng kỳ năm 2024": the same part of an
    earlier year right after a figure, after a possessive, is the time that figure is of, as "của năm 2022" is:
    that year's level, given to compare with; the words."""
    after = doc.lower(c.f.tail, min(c.se, c.f.tail + SAME_PART_AFTER_REACH)).lstrip()
    owners, pattern = _same_part_after()
    if not after.startswith(owners):
        return None  # the usual answer
    m = pattern.match(after)
    return m.group() if m and doc.year and int(m.group(1)) < doc.year else None


def _bare_ratio_after_an_amount(doc: Document, c: Context) -> bool:
    """ "Trong đó: vốn đầu tư phát triển giải ngân 468,3 tỷ đồng, đạt 76,5%; vốn sự nghiệp giải ngân 191,7 tỷ
    đồng, đạt 60,2%.": a percent right after an amount of its clause, with nothing after it and no plan named
    in its sentence (across ";"), names nothing it compares with: no base, as a later sentence names none.
    Not "giải ngân 812,6 tỷ đồng, đạt 70,9% kế hoạch vốn", nor "…, đạt 50,7% kế hoạch vốn; trong đó vốn
    ngân sách tỉnh 1.012 tỷ đồng, đạt 55%", whose sentence names the plan."""
    p = c.prev
    if p is None or p.kind != "amount" or c.right.strip(" ;,.)\n"):
        return False  # the usual answer: words after the percent, or no amount right before
    return not vocabulary().plan_markers.found(doc.lower(c.full, c.f.start))


def _base_of_a_change_restated(c: Context) -> str | None:
    """ "tăng 9 USD/tấn so với cùng kỳ năm 2024, tương ứng tăng 5,7%": a change an equivalence word opens right
    after another change restates it in other terms, against the same base: that change's base."""
    p = c.prev
    if p is None or not p.base or p.kind not in CHANGES or c.f.kind not in CHANGES:
        return None  # the usual figure: no change with a base right before it
    v = vocabulary()
    return p.base if v.same_change.ending(_strip(c.left, v.change)) else None


def _in_a_schemes_name(c: Context) -> str | None:
    """The scheme whose quoted name the figure stands in ("Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ
    …"": its size as named, no result); None for the usual figure."""
    h = c.head
    at = max(h.rfind('"'), h.rfind("“"))
    if at < 0 or h.rfind("”") > at or h.count('"') % 2 == 0 and h[at] == '"':
        return None  # the usual figure: in no open quotes
    return vocabulary().schemes_named.ending(h[:at].rstrip())


def _market_rate(c: Context) -> str | None:
    """ "Ngân hàng Nhà nước công bố tỷ giá trung tâm ở mức 25.112 đồng/USD", "tỷ giá trần … là 26.368 đồng/USD":
    a rate the market report gives as the day's price of a currency, an amount of the day, not a rate used to
    convert another figure ("Tỷ giá quy đổi … là 24.337 đồng/USD" stays one); the words that say so."""
    return vocabulary().market_rates.found(c.left)


def _exchange_gain(c: Context) -> str | None:
    """ "Công ty ghi nhận lãi chênh lệch tỷ giá 7.126 triệu đồng": a gain or a loss a rate's change brought, a sum
    of money (an amount), not the price of one currency in another; the words that say so."""
    return vocabulary().exchange_gains.found(c.left)


def _an_offers_term(doc: Document, c: Context) -> str | None:
    """ "Chương trình có tổng giá trị giải thưởng khoảng 1,2 tỷ đồng, gồm 1 giải đặc biệt là sổ tiết kiệm trị giá
    100 triệu đồng và 250 giải khuyến khích", "với số tiền gửi tối thiểu 1 triệu đồng/khoản": the prizes a scheme
    offers, or the least a deposit must be, words before the figure in its full sentence."""
    words = vocabulary().offer_terms
    if not doc.holds(words, c.full, c.f.start):
        return None  # the usual figure: no offer's terms named before it
    return words.found(doc.lower(c.full, c.f.start))


def _set_level_stated(c: Context) -> str | None:
    """ "Mức hỗ trợ là 60 triệu đồng/căn đối với nhà xây mới và 30 triệu đồng/căn đối với nhà sửa chữa": a sentence
    opening with the level a scheme sets and stating it by a copula, no verb between, gives its terms, sums per
    each thing, neither results nor targets ("Mức hỗ trợ bình quân đạt 5 triệu đồng/hộ" reports what was paid);
    the level's words."""
    v = vocabulary()
    head = c.head.lstrip(ITEM_DASHES + " ")
    if not (w := v.set_levels.starting(head)):
        return None  # the usual sentence: no level set opens it
    rest = head[len(w):]
    at = v.copulas.first(rest)
    return w if at >= 0 and not _full_verbs().found(rest[:at]) else None


def _per_each_written(doc: Document, f: Figure) -> bool:
    """ "định mức hỗ trợ theo Nghị quyết số 112/2023/NQ-HĐND là 180 tấn/km đối với đường trục thôn": a quantity
    written per each thing with a slash ("tấn/km", "m3/hộ") that no rate's unit reads, for
    :func:`_set_level_stated` to take as the norm a rule sets; "đạt 180 tấn" is no quantity per each."""
    return "/" in doc.text[f.end:f.end + PER_WRITTEN_REACH] and _PER_WRITTEN.match(doc.text, f.end) is not None


PER_WRITTEN_REACH: Final = 12
_PER_WRITTEN: Final = re.compile(r" ?[^\W\d_]+/[^\W\d_]")  # " tấn/km": a unit, a slash, the thing each


def _former_level_bracket(c: Context) -> str | None:
    """ "áp dụng mức 5,2%/năm (trước đây là 4,9%/năm)": a number in a bracket opening with words naming the time
    before a change, the level it replaced."""
    inside = c.raw_left.rpartition("(")[2]
    return None if ")" in inside else vocabulary().former_levels.starting(inside.lstrip())


_TAX_RATE: Final = "the rate of a tax or a fee a price is said to hold or leave out"


def _tax_a_price_leaves_out(doc: Document, c: Context) -> str | None:
    """ "Giá bán dưới đây chưa bao gồm thuế giá trị gia tăng (GTGT) 5% và phí bảo vệ môi trường … 10%", "Giá trên đã
    bao gồm thuế VAT 8%": the rate of a tax or a fee a price holds or leaves out, a term of the price: the words in
    the percent's clause, or a rate joined to one so read; "(chưa bao gồm thuế …), bằng 91,2%" is another clause's."""
    words = vocabulary().price_inclusions
    if not doc.holds(words, c.full, c.f.start):
        return None  # the usual percent: no price said to hold or leave out a tax
    if w := words.found(c.left):
        return w
    p = c.prev
    if p is not None and p.role == "context" and p.why.get("role", "").startswith(_TAX_RATE) \
            and (joined := vocabulary().list_joiners.match(c.raw_left)):
        return joined.group().strip()
    return None


def role(doc: Document, c: Context, starting_level: bool) -> tuple[str, str]:
    """actual, plan or context, and the words that said so."""
    v = vocabulary()
    f = c.f
    if f.kind == "other" and f.unit in OF_NO_TIME:  # a rank or a contribution is a result
        return "context", "a rating, an anniversary or a road named by its width"
    if f.kind == "other" and f.unit in MONEY:
        return "context", _EXCHANGE  # "Tỷ giá quy đổi … là 24.337 đồng/USD"
    if f.kind == "other" and f.unit == "count" and _symbol_equated(c):
        return "context", "a coefficient given by its symbol: a term of a formula"  # "hệ số K: rừng giàu K = 1,0"
    if (terms := doc.terms.at(f.start)) is not None:
        return "context", f"a level set under the heading {terms.heading!r}"  # "Điều 2. Mức hỗ trợ …"
    if f.per and f.why.get("unit", "").endswith(PRIZE):
        return "context", PRIZE  # "về nhì 20 triệu đồng": what the place wins, a term of the prizes
    if not doc.examples.empty and (example := doc.examples.at(f.start)) is not None:
        return "context", f"{_WORKED}, under {example.heading[:40]!r}"  # "3. Ví dụ: Một hộ …"
    if f.kind == "other" and _late_payment_charge(doc, c):
        return "context", "the charge a law sets on paying late, a percent per time: a term"
    if "(" in c.raw_left and (w := _former_level_bracket(c)):
        return "context", f"the level before a change, in a bracket opening {w!r}"  # "(trước đây là 4,9%/năm)"
    if "_per_" in f.unit and (w := _set_level_stated(c)):
        return "context", f"a level a scheme sets per each, opening its sentence: {w!r}"  # "Mức hỗ trợ là 60 …/căn"
    if _per_each_written(doc, f) and (w := _set_level_stated(c)):
        return "context", f"a norm a rule sets per each thing, opening its clause: {w!r}"  # "định mức … là 180 tấn/km"
    if f.unit != "percent" and (w := _an_offers_term(doc, c)):
        return "context", f"a term of what a scheme or a promotion offers, after {w!r}"  # "tổng giá trị giải thưởng"
    if f.unit == "percent" and (w := _tax_a_price_leaves_out(doc, c)):
        return "context", f"{_TAX_RATE}, after {w!r}: a term"
    if not doc.terms.empty and (w := _about_set_prices(doc, c)):
        # "Giá đất ở tại 5 tuyến đường điều chỉnh tăng bình quân 18,5% so với Bảng giá đất hiện hành"
        return "context", f"its sentence is about the prices the rule sets: {w!r}"
    if w := _in_a_schemes_name(c):
        return "context", f"inside the quoted name of {w!r}: the size the name states"
    if _existing_stock(c):
        return "actual", "a stock there is now, as the words after its noun say"  # "hiện có": no target
    if w := _present_stock(doc, c):
        return "actual", f"a stock there is now: {w!r} after its noun"  # "có khoảng 2.300 tổ chức, … đang kinh doanh"
    if w := _size_of_a_call_list(c):
        return "context", f"{_LIST_SIZE}: {w!r}"
    if w := v.vote_results.starting(doc.lower(c.full, c.full + ATTENDANCE_REACH)):
        return "actual", f"{_VOTE}: {w!r}"  # "Kết quả biểu quyết: tán thành 40.512.300 cổ phần"
    if w := _vote_tally(c):
        return "actual", f"{_VOTE}; {_VOTE_TALLY}: {w!r}"  # "32/32 đại biểu có mặt tán thành, đạt 100%"
    if w := _agenda_paper(c):
        return "context", f"{_AGENDA}: {w!r}"  # "kỳ họp xem xét 14 báo cáo, 6 tờ trình"
    if w := _petitions_listed(doc, c):
        return "context", f"{_PETITIONS}: {w!r}"  # "tổng hợp 58 ý kiến, kiến nghị của cử tri"
    if w := _document_copies(doc, c):
        return "context", f"{_COPIES}: {w!r}"  # "Biên bản gồm 07 trang, được lập thành 05 bản"
    if w := _named_to_carry_out(doc, c):
        return "context", f"those a decision names to carry it out: {w!r}"  # "… chịu trách nhiệm thi hành"
    if w := _in_a_distribution_list(doc, c):
        return "context", f"those the document is sent to, on a dashed line under {w!r}"  # "- Hạt Kiểm lâm 12 huyện"
    if f.unit == "count" and (w := v.meeting_attendance.starting(doc.lower(c.full, c.full + ATTENDANCE_REACH))):
        return "context", f"{_ATTENDEES}: {w!r}"  # "Tham dự cuộc họp có … UBND 9 huyện, thành phố"
    if w := _whole_divided(doc, c):
        return "context", f"the whole its parts are counted of, after {w!r}"  # "Trong 11 nhóm …, có 8 nhóm tăng"
    if w := _set_a_sum_is_taken_over(doc, c):
        return "context", f"the set a sum is taken over: {w!r} right before it"  # "Tổng số buồng của 05 cơ sở … là"
    if f.unit == "count" and f.counted and v.report_highlights.starting(f.counted.lower()):
        return "context", f"{_OWN_SUMMARY}: {f.counted!r}"  # "với 10 kết quả nổi bật"
    if doc.own_years and f.unit == "count" and f.counted and v.item_heads.starting(f.counted.lower()):
        return "context", f"{_OWN_SUMMARY}: {f.counted!r}"  # "trả lời 27 kiến nghị" in a reply
    if f.unit == "count" and (p := c.prev) is not None and p.role == "context" \
            and p.why.get("role", "").startswith(_OWN_SUMMARY) and v.summary_of.ending(c.raw_left.rstrip()):
        return "context", f"{_OWN_SUMMARY}: whom the things it counts are of"  # "46 câu hỏi của 28 đại biểu"
    if f.unit == "count" and f.counted and f.denominator is None and v.tallies.is_one(f.counted.lower()) \
            and _strip(c.raw_left.rstrip(), v.tally_openers).endswith("(") \
            and not _YEAR_BRACKET.search(c.raw_left) \
            and doc.text[f.tail:f.tail + 2].lstrip().startswith(")"):
        # "Nhóm chỉ tiêu về kinh tế (5 chỉ tiêu)", "… bình quân toàn huyện (tổng số 19 tiêu chí):"
        return "context", f"{_TALLY} {f.counted!r} a group holds"
    if f.unit == "count" and f.counted and f.denominator is None and v.quotas.starting(f.counted.lower()) \
            and (w := v.recruiting.found(_LIST_BREAK.split(c.head)[-1]) or _recruiting_heading(doc, f.start)) \
            and _year_named(_segment(c), doc.year, doc.span_from) != "earlier" and not _YEAR_BRACKET.search(c.raw_left):
        # "kỳ thi tuyển … với 80 chỉ tiêu"; an earlier year's quota ("(năm 2023 là 2.850 chỉ tiêu)") is of it
        return "plan", f"places to fill, counted in a clause of {w!r}"
    if f.unit == "count" and f.counted and f.denominator is None and v.posts.starting(f.counted.lower()) \
            and (w := v.proposed_grants.ending(_strip(c.left, v.added))):
        return "plan", f"posts given after {w!r}: a quota to fill"  # "được bổ sung 1.450 biên chế giáo viên"
    if f.unit == "count" and f.counted and f.denominator is None and not f.per \
            and v.plan_lists.starting(f.counted.lower()) and (doc.in_plan_section(f.start) or doc.scopes.at(f.start)) \
            and not _YEAR_BRACKET.search(c.raw_left) and not _tasks_to_carry_out(c):
        return "context", f"{_TALLY} {f.counted!r} the plan lists"  # "thông qua 12 chỉ tiêu chủ yếu"
    if _means_of_a_later_year(doc, c):
        return "context", "what a sentence about a later year counts on"  # "nhưng với 3 trụ cột …"
    scope = None if doc.in_plan_section(f.start) else doc.scopes.at(f.start)
    if doc.in_plan_section(f.start) or scope:
        if not c.year_after and _FOUR_DIGITS.search(doc.text, c.ss, f.start) \
                and _year_named(_segment(c), doc.year, doc.span_from) == "earlier":
            # "3. Năm 2025, kinh tế tăng trưởng 8,12%" among the 2026 tasks: a level gone by
            return "context", "an earlier year is named before it"
        if c.prev is not None and c.prev.kind in CHANGES and (w := _compared_bracket(c)) \
                and (_YEAR_BRACKET.search(c.raw_left) is not None or not _bracketed_target(_segment(c))):
            # "tăng 4,1% so với ước thực hiện năm 2024 (29.970 tỷ đồng)": the level the target grows from
            return "context", f"{_COMPARED}, in brackets after {w!r}"
        if v.preset_terms.within(c.left) and (w := v.preset_terms.ending(_strip(c.left, v.any_qualifier))):
            return "context", f"after {w!r}: {_TERM}"  # "mức phạt tối đa 12% giá trị phần hợp đồng bị vi phạm"
        if f.unit in LENGTHS and (w := v.context_words.found(c.left)):
            return "context", f"after {w!r}: {_LAND_FACT}"  # "tuần tra trên tuyến biên giới đất liền dài 56,8 km"
        if starting_level:
            return "context", _STARTING_LEVEL  # "từ 19 đơn vị giảm còn 7 xã": where the target starts from
        if scope and (w := _part_of_the_plan_year_done(doc, c, scope.period)):
            return "actual", f"done in a part of the targets' year: {w!r}"
        if w := _addressed_in_their_state(c):
            return "actual", f"what the advice addresses, now in a state: {w!r}"
        return "plan", f"in the targets under {scope.heading!r}" if scope else doc.plan_why
    if w := _split_of_a_quota(c):
        return "plan", f"{_QUOTA_SPLIT}: {w!r}"  # "trong đó 70% chỉ tiêu dành cho …, 25% xét học bạ"
    if _part_of_a_plan(doc, c):
        return "plan", "a part of the target before it"  # "kế hoạch vốn … 6.310 tỷ đồng, gồm vốn … 3.245 tỷ đồng"
    if _part_of_a_plan_after_a_semicolon(doc, c):
        return "plan", "a part of the target before it, listed after a semicolon"  # "…; vốn sự nghiệp 318,5 tỷ đồng;"
    if w := _parts_of_the_plan_sentence_before(doc, c):
        # "kế hoạch … là hỗ trợ 4.478 căn nhà. Trong đó, hộ nghèo có 2.287 căn"
        return "plan", f"a part of the target the sentence before states, listed after {w!r}"
    if _bracketed_part_of_a_plan(c):
        return "plan", _PLAN_BRACKET_PART  # "giao chỉ tiêu 176 công dân (Quân đội 158, Công an nhân dân 18)"
    if _change_of_a_plan(c):
        return "plan", _PLAN_CHANGE  # "… giao 612,4 tỷ đồng, giảm 8,6% so với năm 2023"
    if w := _adjustment_of_a_plan(doc, c):
        return "plan", f"{_PLAN_ADJUSTMENT}: {w!r}"  # "Điều chỉnh giảm 24.600 triệu đồng kế hoạch vốn của 5 dự án"
    if w := _recipients_of_a_stated_plan(c):
        return "plan", f"what the plan's sum before it goes to, after {w!r}"  # "… triệu đồng, bố trí cho 42 dự án"
    if f.kind == "change" and c.prev is not None and _signed_change_after_percent(c):
        return c.prev.role, "the change before it, in another unit"  # "giảm 3,2% (-56 tỷ đồng)"
    if w := _plan_recipients(c):
        return "actual", f"the things a plan is allotted to, counted after {w!r}"  # "giao cho 6 dự án"
    if w := _plan_named_as_subject(c):
        return "plan", f"after {w!r} opening its clause, stated by a copula past a count"
    if c.prev is None and (w := _target_stated(c.head)):
        return "plan", f"after {w!r} opening its sentence, stated by a copula"
    if (w := _listed_in_a_stated_target(doc, c)):
        return "plan", f"listed after a target {w!r} opens its sentence and states by a copula"
    lo = f.start - len(c.window)  # where the figure's words start: after the previous figure
    if (marker := _target_marker(_past_ratio_target(c)) or _given_target(c.left)
            or (c.full < lo and _spread_plan(doc, c.full, lo, f.start))) \
            and (not v.ratio_words.starting(c.right.lstrip()) or v.target_lead_ins.is_one(marker)):
        # "phấn đấu … giải ngân đạt 100% KH vốn": a ratio to the plan striven for is a target too
        return "plan", f"after {marker!r}"  # "…/KH tăng 3-4%", "mục tiêu đạt 80%", "phấn đấu … 8%"
    if w := _required_floor_of_a_plan_ratio(c):
        return "plan", f"a floor to reach, after {w!r}: a target"  # "đến ngày 30/9/2025 giải ngân đạt tối thiểu 60%"
    if w := _choice_capped(c):
        return "plan", f"a cap on how many are to be chosen, after {w!r}: a quota to fill"  # "xét chọn tối đa 15"
    if w := _assigned_amount(c):
        return "plan", f"the target assigned: {w!r} right before it"  # "được Bộ Tài chính giao 28.650 tỷ đồng"
    if w := _allotted_after_noun(c):
        return "plan", f"what is allotted: {w!r} after its noun"  # "trên tổng số 4.826 đại biểu được bầu"
    if w := _norm(doc, c) or _norm_bracket(c) or _ceiling_of_a_rule(c) or _standard_bracket(c) \
            or _guideline_value(c) or _allowed_excess_cap(c) or _bound_a_standard_sets(doc, c):
        return "plan", f"a norm the result is held against: {w!r}"  # "thấp hơn mức 3% theo Nghị quyết …"
    if f.qualifier == "under" and (w := vocabulary().prohibitions.found(c.left)):
        return "plan", f"a ceiling after {w!r}: a requirement a rule sets"  # "không được vượt quá cao trình 293,5 m"
    if w := _demanded_by_a_deadline(c):
        return "plan", f"what {w!r} asks be done by the deadline right after it"  # "yêu cầu … 100% … trước ngày"
    if w := _proposal(c):
        return "plan", f"{_REQUEST}: {w!r}"  # "Sở đề xuất UBND tỉnh dành khoảng 3,5 tỷ đồng"
    if f.unit in MONEY and (w := _allotted_among_a_results_parts(doc, c)):
        return "actual", f"a sum allotted, listed among the parts of a result after {w!r}: what was put in"
    if w := _allotted_sum(c):
        return "plan", w  # "Tỉnh đã bố trí 5,5 tỷ đồng … để xử lý khẩn cấp 400 m xung yếu nhất"
    if w := _allotted_funds_as_subject(c):
        return "plan", f"{_ALLOTTED_SUM}: {w!r} opening its sentence, stated by a copula"
    if w := _target_bracket(c):
        return "plan", f"in a bracket opening with {w!r}"  # "(chỉ tiêu Bộ Công an giao trên 75%)"
    if w := _bracket_of_a_target(c):
        return "plan", f"in a bracket after a clause opening with {w!r}"  # "mục tiêu … năm 2024 (CPI … dưới 4%)"
    if w := _given_target_bracket(doc, c):
        return "plan", f"in a bracket spelling out the target {w!r}"  # "chỉ tiêu Quốc hội giao (… không quá 3%)"
    if w := _result_target(c):
        return "plan", f"in a bracket after {w!r}: the result's target"  # "vượt chỉ tiêu … đề ra (7,0%)"
    if w := _target_given_as(c):
        return "plan", f"the target someone set: {w!r}"  # "vượt chỉ tiêu Nghị quyết HĐND xã giao là giảm 2%"
    if "(" in c.raw_left and (w := _term_start_bracket(c)):
        return "context", f"the level the term opened with: {w!r} in brackets"  # "(đầu nhiệm kỳ là 17,5%)"
    if _target_beaten_by_points(c):
        return "plan", "the target a rate beat by points, in brackets after it"  # "vượt 0,7% so với Nghị quyết (8%)"
    if c.prev is not None and c.raw_left.endswith("/") and _joined_to_a_compared_level(c):
        return "context", _COMPARED_JOINED  # "so với tháng 10/2024 (6 vụ/8 bị can)": the bị can of that month
    if c.prev is not None and (w := _compared_bracket(c)) and not _bracketed_target(_segment(c)):
        # "so với cùng kỳ năm 2023 (962,4 triệu USD)", "tăng 11,4 tỷ đồng so với năm 2024 (36,8 tỷ đồng)"
        # in a sentence of next year's targets: the level compared with, whatever the sentence sets;
        # "so với kế hoạch năm học (74%)" gives the target
        return "context", f"{_COMPARED}, in brackets after {w!r}"
    if (m := v.plan_opening.match(doc.text, c.full)) and m.end() <= f.start:
        # "Mục tiêu năm 2025, tỷ lệ bao phủ … đạt trên 95%, số người … tăng tối thiểu 2.000 người"
        return "plan", f"its sentence opens with a target's year: {m.group().strip(' ,-')!r}"
    if (f.per and f.unit.partition("_per_")[0] in MONEY
            or f.kind == "growth" and f.qualifier == "exact" and c.prev is not None and c.prev.role == "context") \
            and (w := _fee_set(doc, c)):
        # "Năm học 2024-2025, học phí bình quân … khoảng 14,2 triệu đồng/sinh viên/năm": a fee set for a coming
        # year is a term all the same, and so is its rise; not a cap on that rise ("không vượt quá 10%")
        return "context", f"{_FEE}: {w!r}"
    if c.targets and (w := _forecast_of_a_year_under_way(doc, c)):
        return "actual", f"a forecast of a year its paragraph reported part of: {w!r}"
    if c.targets and (w := _done_against_a_target(c)):
        if b := _reference_bracket(doc, c):
            return "context", f"a bracket of another time: {b!r}"  # "(năm 2023 nhập học 4.967 sinh viên)"
        return "actual", f"what was done against the target before it, after {w!r}"
    if c.targets and not _reached_in_its_year(doc, c) and not _done_toward_a_later_target(doc, c):
        return "plan", "its sentence names a later year and sets targets"
    if doc.proposal and (w := v.forecast_words.found(doc.lower(c.full, f.start))):
        # "số cán bộ, công chức dôi dư dự kiến 168 người" in a "PHƯƠNG ÁN": what the proposal expects
        return "plan", f"{w!r} in a proposal"
    if w := _asked_in_a_submission(doc, c):
        return "plan", f"what a submission asks for after {w!r}"
    if w := _item_of_a_proposal(doc, c):
        return "plan", f"an item of {w!r} after its colon"
    if w := _schedule(doc, c):
        return "plan", f"an item of a schedule after {w!r}"  # "Phân kỳ kinh phí theo năm: năm 2025 là 6,2 tỷ đồng"
    segment = _segment(c)
    when = _year_named(segment, doc.year, doc.span_from)
    if when == "earlier" and doc.own_years:
        when = None  # "Trong mùa mưa bão năm 2024, … sạt lở dài khoảng 1,2 km" in a reply of 2025: a result
    if doc.plans_its_year and when != "later" and _opened_by_the_year_before(doc, c):
        # "KẾ HOẠCH … năm 2025", then "Năm 2024, chiến dịch … đã thu gom khoảng 1.250 tấn": the latest result
        return "actual", "the year before the plan's opens its sentence: its latest result"
    if when == "later" and (w := _estimate_of_the_headings_year(doc, c)):
        # "2. Thực trạng … đến tháng 6/2025", then "… ước đến hết năm 2025 đạt khoảng 65%": a result forecast
        return "actual", w
    if when == "later" and (w := v.forecast_words.found(c.head)) \
            and _forecast(doc, doc.lower(c.ss, c.se), c.ss, v.target_words.found(doc.lower(c.ss, c.se))):
        return "actual", f"a later year forecast after {w!r} under a heading naming a forecast"
    if when == "later" and (w := _outlook_of_a_later_year(doc, c)):
        return "actual", w
    if when == "later" and not (w := _done_early_next_year(segment, doc.year)):
        return "plan", "a later year is named before it"  # "đến năm 2030 đón 10-12 triệu lượt"
    if when is None and (w := _later_span_before(doc, c)):
        return "plan", f"a span after the report's year is named before it: {w!r}"  # "Giai đoạn 2023-2026, …"
    if w := _future_target(doc, c):
        return "plan", f"after {w!r} in a sentence that names a later year"  # "Năm 2025 …; ngành sẽ đưa"
    if w := _future_unnamed(doc, c):
        return "plan", f"after {w!r} in a sentence that names no year"  # "“Huyện sẽ xây dựng 2 chuỗi …”"
    if w := _reference_bracket(doc, c):
        return "context", f"a bracket of another time: {w!r}"  # "(cùng kỳ năm trước có 4 ổ dịch)"
    if c.prev is not None and _elsewhere_bracket(c):
        return "context", "the same measure elsewhere, in brackets"
    if c.prev is not None and (w := _bracket_of_elsewhere(c)):
        return "context", f"a bracket opening with another place: {w!r}"
    if c.prev is not None and (w := _reference_level_bracket(c)):
        return "context", f"{_REFERENCE_BRACKET}: {w!r}"
    if _bracketed_target(segment):
        return "plan", "a bracket after a target word"  # "chỉ tiêu Nghị quyết (92,5%)"
    if w := _opening_comparison_bracket(doc, c):
        # "So với Đại hội lần thứ VIII năm 2018 (giành 19 huy chương vàng, …), số huy chương vàng tăng 8 chiếc"
        return "context", f"the level compared with, in a bracket after {w!r} {_OPENING_COMPARISON}"
    if starting_level:
        return "context", _STARTING_LEVEL
    if w := _same_part_of_an_earlier_year_after(doc, c):
        return "context", f"the same part of an earlier year after it: {w!r}"  # "6,95% của cùng kỳ năm 2024"
    after = c.year_after
    if after and doc.year and int(after[0][:4]) < (doc.span_from or doc.year):
        return "context", f"an earlier year after it: {after[1]!r}"  # "mức tăng 6,9% của năm 2022"
    if when == "earlier" and after and doc.year and int(after[0][:4]) >= doc.year:
        # an earlier year before it is another level's
        return "actual", f"its own year after it: {after[1]!r}"  # "tăng từ 212 HTX năm 2019 lên 348 HTX năm 2024"
    if when == "earlier" and (w := v.yearly_indices.found(c.head.rpartition(";")[2])):
        return "actual", f"the latest result of a yearly index: {w!r}"  # "PAR Index năm 2023 đạt 86,52%"
    if when == "earlier" and (w := v.settlements.found(c.head.rpartition(";")[2])):
        return "actual", f"an earlier year's sum settled in the period: {w!r}"  # "thẩm định quyết toán … năm 2023"
    if when == "earlier" and _gap_from_a_year_named(c):
        return "actual", "a gap from the earlier year a comparative names right before it"
    if when == "earlier" and (w := _year_inside_an_opening_span(doc, c)):
        return "actual", f"a year of the span its sentence opens with: {w!r}"
    if when == "earlier" and (w := _year_of_a_reviewed_span(doc, c.f.start, _last_year_named(_segment(c)))):
        return "actual", f"a year of the span its top heading reviews: {w!r}"
    if when == "earlier":
        return "context", "an earlier year is named before it"  # "năm 2019 đón 4,7 triệu lượt"
    if when is None and c.full < c.ss and not doc.own_years and _opened_by_an_earlier_year(doc, c) \
            and not _year_of_a_reviewed_span(doc, c.f.start, _first_year_named(doc, c)):
        return "context", "an earlier year opens its sentence, before its ';'"
    if not doc.terms.empty and (w := _a_year_before_the_rule_takes_effect(doc, c)):
        return "context", f"{w!r} opens its sentence, before the year the rule takes effect: background"
    if w := _of_the_control(c):
        return "context", f"{_CONTROL}: {w!r} opening its clause"  # "ruộng đối chứng rộng 10 ha"
    if (w := v.context_words.found(c.left) or _background_before(c) or _estimated_cost(c)
            or _design_word_past_a_qualifier(c)) and not _scale_a_model_ran_at(c, w):
        return "context", f"after {w!r}"
    if f.unit == "percent" and (w := v.fee_shares.starting(c.right.lstrip())):
        return "context", f"a part of {w!r} waived or granted: a term of support"  # "miễn 100% học phí"
    if f.unit == "percent" and (w := _dues_cut(c)):
        return "context", f"a part of {w!r} cut for a class: a term of the fund"  # "được giảm 50% mức đóng"
    if f.unit == "percent" and (w := _cost_share_term(c)):
        return "context", f"a part of a cost paid after {w!r}: a term of the scheme"  # "cùng chi trả 20%"
    if (f.per or "/" in doc.text[f.end:f.tail + 1]) and not (f.counted and _interval(f.counted.lower())) \
            and (w := v.schedule_frequencies.ending(_strip(c.left, v.any_qualifier))):
        return "context", f"after {w!r}: the schedule a service runs on, a term"  # "với tần suất 7 chuyến/tuần"
    if f.unit in ("percent", "per_mille") and (w := _share_of_takings(c)):
        return "context", f"a share of {w!r} paid or set aside: {_TERM}"  # "nộp 20% lợi nhuận sau thuế"
    if f.unit == "percent" and (w := vocabulary().withheld_taxes.ending(c.left)):
        return "context", f"after {w!r}: a tax rate withheld, {_TERM}"  # "khấu trừ thuế thu nhập cá nhân 5%"
    if w := _fee_set(doc, c):
        return "context", f"{_FEE}: {w!r}"  # "Về học phí, … với mức từ 420.000 đến 650.000 đồng/tín chỉ"
    if v.preset_terms.within(c.left) and not _comparison(c.left) \
            and (w := v.preset_terms.ending(_strip(_strip(c.left, v.any_qualifier), v.from_words))
                 or _term_as_subject(c)):
        return "context", f"after {w!r}: {_TERM}"  # "giá khởi điểm 31,5 triệu đồng/m2"
    if (not c.left or f.value_max is not None and v.from_words.is_one(c.left)) and (w := _term_as_a_lines_label(c)):
        return "context", f"after {w!r} and a colon: {_TERM}"  # "- Mệnh giá: 10.000 đồng/cổ phần"
    if f.per and (p := c.prev or c.earlier) is not None and p.role == "context" and p.unit == f.unit \
            and _TERM in p.why.get("role", "") and _term_listed(c):
        return "context", f"{_TERM}, listed after a term in its unit"
    if f.kind == "other" and f.counted and (w := _licence_points_deducted(c)):
        return "context", f"after {w!r}: points a decree deducts from a driving licence, {_TERM}"
    if w := _act_term(c):
        return "context", f"after {w!r}: {_TERM}"
    if w := _set_by_an_act(doc, c):
        return "context", f"a rate or bound in a sentence opening {w!r}: {_TERM}"
    if c.prev is not None and c.prev.unit == "count" and f.unit.partition("_per_")[0] in MONEY \
            and (w := _rise_each_counted_gets(c)):
        return "context", f"what each one counted before it is raised by or to, after {w!r}: {_TERM}"
    if f.unit == "percent" and f.kind == "growth" and (w := _rise_an_act_sets(doc, c)):
        return "context", f"the rise of what each one receives, in a sentence opening {w!r}: {_TERM}"
    if w := _price_under_a_cited_act(doc, c):
        return "context", f"a price per something after its subject follows {w!r}: {_TERM}"
    if w := _exception_to_a_term(c):
        return "context", f"{w!r} after a term: a part's own term"
    if _other_bound_of_a_term(c):
        return "context", f"the other bound of a term's range: {_TERM}"
    if w := _design_subject(c):
        return "context", f"{_DESIGN}: {w!r}"
    if w := _a_plants_design(c):
        return "context", f"{_DESIGN}: a plant's or a reservoir's, {w!r}"
    if w := _project_subject(c):
        return "context", f"{_DESIGN}: {w!r} opening its sentence"  # "Dự án cấp nước sạch cho 4 xã …"
    if _part_of_a_design(c):
        return "context", f"{_DESIGN_PART} before it"
    if w := _scale_of_unfinished_projects(c):
        return "context", f"{_DESIGN}: the size of projects {w!r}, in the bracket after them"
    if w := _project_fact(doc, c):
        return "context", f"a project's own measure in a bracket after its name: {w!r}"
    if w := _runs_on_a_plan(doc, c):
        return "plan", f"runs on after a target, past {w!r}"  # "… là 4.210,5 tỷ đồng, từ ngân sách trung ương là"
    if w := _level_a_condition_raises(doc, c):
        return "plan", f"the new level {w!r} asks for, after the level it starts from"
    if doc.announces_an_event and (held := _held_or_offered_at_an_event(doc, c)):
        return held
    if not doc.terms.empty and (w := _expected_opening_its_sentence(doc, c)):
        return "plan", f"what a notice expects, {w!r} opening its sentence"  # "Dự kiến tuyến phục vụ khoảng …"
    if doc.planned_work_to is not None and f.start < doc.planned_work_to:
        return "plan", "what a notice of work to come says the work will do or touch"
    if doc.assesses_a_project \
            and (assessed := _in_an_impact_assessment(doc, f.start, f.qualifier in ("over", "under"))):
        return assessed
    return "actual", "a result of the period"


_CONTROL: Final = "the control a demonstration is held against, the level compared with"


def _of_the_control(c: Context) -> str | None:
    """ "Giống sử dụng là OM 18; ruộng đối chứng rộng 10 ha", "Ruộng đối chứng đạt 6,43 tấn/ha": a figure whose
    clause opens with the control plot or group a demonstration is compared with measures the control, context;
    not the model's gap from it ("thấp hơn đối chứng 35 kg/ha"), its clause opening with the comparison."""
    return vocabulary().controls.starting(c.left.lstrip(ITEM_DASHES))  # one lookup of its first letter, most often no


RUN_ON_WORDS: Final = 6  # the few words naming a part between a target and a like figure after it


def _runs_on_a_plan(doc: Document, c: Context) -> str | None:
    """ "kế hoạch vốn năm 2025 từ ngân sách địa phương là 4.210,5 tỷ đồng, từ ngân sách trung ương là 2.634,7
    tỷ đồng", "tổng kế hoạch vốn … là 1.126 tỷ đồng, chiếm 16,5% kế hoạch vốn toàn tỉnh": a figure after a
    target in its sentence, past a comma, a few words with no verb and a copula or a share verb, runs on
    with that target: another part of it, or its share."""
    p = c.prev
    if p is None or p.role != "plan" or p.tail > c.f.start:
        return None  # the usual answer
    v = vocabulary()
    between = doc.lower(p.tail, c.f.start).strip()
    if not between.startswith(","):
        return None
    rest = between[1:].strip()
    w = v.copulas.ending(rest) if p.unit == c.f.unit else v.share_verbs.ending(rest) if c.f.unit == "percent" else None
    if not w:
        return None
    words = rest[:-len(w)].strip()
    if len(words.split()) > RUN_ON_WORDS or v.verbs.found(words) or any(ch.isdigit() for ch in words):
        return None
    return w


REPLY_TITLE_REACH: Final = 1000  # a reply's title stands in the text's first characters
PROJECT_BRACKET_REACH: Final = 120  # from a project's bracket to a number in it
_LIST_HEAD: Final = re.compile(r"\s*(?:[-+•*]|[\w]{1,3}[.)])?\s*")  # "a) ", "- ", "2. " opening a line


def _project_fact(doc: Document, c: Context) -> str | None:
    """ "b) Dự án đường tránh phía Tây (dài 12,4 km): …", "(dài 18,6 km, chia thành 4 gói thầu)": a
    bracket right after a project's name that opens with one of its fixed measures holds what the
    project is, not what was done (no verb or change before the number in it); the measure's word."""
    f = c.f
    lo = max(c.full, f.start - PROJECT_BRACKET_REACH)
    if (opened := doc.text.rfind("(", lo, f.start)) < 0 or ")" in doc.text[opened:f.start]:
        return None  # the usual answer: no bracket open before it
    v = vocabulary()
    name = doc.lower(c.full, opened)
    name = name[max(name.rfind("\n"), name.rfind(". ")) + 1:]
    head = _LIST_HEAD.match(name)
    if not v.project_names.starting(name[head.end():] if head else name):
        return None
    inside = doc.lower(opened + 1, f.start)
    if not (w := v.project_measures.starting(inside)) or v.verbs.found(inside) or v.change.found(inside):
        return None
    return w


_COMPARED: Final = "the level compared with"
_LAND_FACT: Final = "a fixed fact of the land the tasks work on"
_COMPARED_JOINED: Final = f"{_COMPARED}, joined by '/' to the level before it in its bracket"
_FEE: Final = "a fee a provider sets, or its rise"


def _fee_set(doc: Document, c: Context) -> str | None:
    """A price per something ("đồng/tín chỉ") after a fee named in its clause or a paying verb ("mỗi sinh
    viên đóng khoảng 18,5 triệu đồng/năm", "các cơ sở chi trả với mức 40 đồng/m3"), or after such a price
    across a ";" ("…; riêng ngành Dược học 980.000 đồng/tín chỉ"), or the change right after one: the fee
    set, a term; the fee word."""
    f, v = c.f, vocabulary()
    p = c.prev or c.earlier
    after_a_fee = p is not None and p.role == "context" and p.why.get("role", "").startswith(_FEE)
    if f.unit.partition("_per_")[0] in MONEY and (f.per or "/" in doc.text[f.end:f.tail + 1]):
        return v.fees.found(c.head) or v.fee_paid.ending(_strip(c.left, v.any_qualifier)) \
            or v.fee_paid.ending(_strip(c.head, v.any_qualifier)) \
            or ("the fee before" if after_a_fee else None)
    return "its rise" if after_a_fee and f.kind == "growth" and c.prev is not None else None


def _other_bound_of_a_term(c: Context) -> bool:
    """ "mức đóng tối thiểu 500.000 đồng, tối đa 100 triệu đồng/năm": a bound right after a term's opposite bound,
    nothing but its qualifier between, is the term's other end, a term too."""
    f, p = c.f, c.prev
    if f.qualifier not in ("under", "over") or p is None or p.role != "context" or p.qualifier == f.qualifier \
            or p.qualifier not in ("under", "over") or _TERM not in p.why.get("role", ""):
        return False  # the usual answer
    v = vocabulary()
    return f.unit.partition("_per_")[0] == p.unit.partition("_per_")[0] and not _strip(c.left, v.any_qualifier)


def _exception_to_a_term(c: Context) -> str | None:
    """ "mức cho vay tối đa 100 triệu đồng/người, riêng lao động thuộc hộ nghèo được vay đến 100% chi phí":
    the next clause of a term's sentence opening with a part word, no number between, no change: that
    part's own term; the part word."""
    p = c.prev
    if p is None or p.role != "context" or not p.why.get("role", "").endswith(_TERM):
        return None
    _, mark, rest = c.raw_left.partition(", ")
    if not mark or _DIGIT.search(rest) or vocabulary().change.found(rest):
        return None
    return vocabulary().part_openers.starting(rest)


_DESIGN: Final = "a designed scale or cost"
_TERM: Final = "set before, a term"
_WORKED: Final = "a worked example's reckoning"
_OPENING_COMPARISON: Final = "opening its sentence"
_STARTING_LEVEL: Final = "the level a change started from"


def _term_listed(c: Context) -> bool:
    """ "Đơn giá bồi thường đất ở … từ 18 đến 42 triệu đồng/m2; đất nông nghiệp từ 1,2 đến 2,8 triệu
    đồng/m2": a range after a range of terms in its unit, with no verb or change of its own between,
    is the next item of the same terms ("giá trúng cao nhất 112,5 triệu đồng/m2" after a starting
    price is a result)."""
    v = vocabulary()
    p = c.prev or c.earlier
    return p is not None and p.value_max is not None and c.f.value_max is not None \
        and not v.verbs.found(c.raw_left) and not v.change.found(c.raw_left)
_DESIGN_PART: Final = "a part of the designed scale or cost"


def _allotted_after_noun(c: Context) -> str | None:
    """ "trên tổng số 4.826 đại biểu được bầu", "tổng số 2.415 biên chế được giao": a total, then an
    allotment word right after the count's noun, ending its clause: what is allotted, a target; the
    word. What was done of it ("hoàn thành 9 chỉ tiêu được giao", "vượt 9/10 chỉ tiêu") is a result."""
    f, v = c.f, vocabulary()
    if f.unit != "count" or not f.counted or not v.group_sums.ending(c.left) or not v.allotted.within(c.right):
        return None  # the usual answer
    right, noun = c.right.strip(), f.counted.lower()
    if not right.startswith(noun):
        return None
    rest = right[len(noun):].rstrip(" .!?…").strip()
    return rest if v.allotted.is_one(rest) else None


def _excess_over_a_speed_limit(c: Context) -> bool:
    """ "chạy 78 km/h trên đoạn đường giới hạn 60 km/h, vượt 18 km/h": a speed right after a word of exceeding,
    in a sentence that names the road's limit, is by how much the speed passed it, exact, a change; "xe chạy
    vượt 80 km/h" with no limit named stays a bound."""
    f, v = c.f, vocabulary()
    if f.counted is None or not v.speed_units.is_one(f.counted.lower()) or not v.exceed.ending(c.left):
        return False  # the usual answer
    return v.speed_limits.within(c.head)


def _licence_points_deducted(c: Context) -> str | None:
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


def _term_as_a_lines_label(c: Context) -> str | None:
    """ "- Mệnh giá: 10.000 đồng/cổ phần", "Giá khởi điểm: 31,5 triệu đồng/m2", "Mức phạt: từ 4 triệu đồng đến 6
    triệu đồng": a term named as its line's label, a colon (and the "từ" of a range) between it and the figure,
    sets the figure as the term does right before it; so does a label opening with the term and the act it
    follows ("Mức phạt theo Nghị định số 168/2024/NĐ-CP: từ 4 triệu đồng đến 6 triệu đồng")."""
    left = c.raw_left.rstrip()
    v = vocabulary()
    if c.f.value_max is not None and not left.endswith(":") and (w := v.from_words.ending(left)):
        left = left[:-len(w)].rstrip()
    if not left.endswith(":"):
        return None  # the usual answer
    label = left[:-1].rstrip()
    if w := v.preset_terms.ending(label):
        return w
    w = v.preset_terms.starting(label)
    return w if w and label[len(w):].startswith(" theo ") and ": " not in label else None


def _term_as_subject(c: Context) -> str | None:
    """ "Mức thưởng cho mỗi huy chương vàng tại Đại hội là 60 triệu đồng/vận động viên", "Mức bồi dưỡng
    thành viên Tổ bầu cử từ 150.000 đến 200.000 đồng/người/ngày", "mức vay mỗi hộ tối đa 80 triệu đồng": a
    term opening the clause as its subject, "là", a bound or the "từ" of a range right before the number,
    no verb, average or extreme between; the term."""
    v = vocabulary()
    if not (w := v.preset_terms.starting(c.left)):
        return None
    if v.copulas.ending(c.left):
        rest = _strip(c.left[len(w):], v.copulas)
    elif c.f.value_max is not None and v.from_words.ending(c.left):
        rest = _strip(c.left[len(w):], v.from_words)
    elif c.f.qualifier in ("under", "over") and v.any_qualifier.ending(c.left):
        rest = _strip(c.left[len(w):], v.any_qualifier)  # "mức cho vay hộ nghèo tối đa 100 triệu đồng/hộ"
    else:
        return None
    if v.per_one_average.found(rest) or v.extremes.found(rest):
        return None  # "Mức thưởng bình quân là 9,82 triệu đồng/người": what was paid, measured, not a term
    return None if _full_verbs().found(rest) else w


def _scale_of_unfinished_projects(c: Context) -> str | None:
    """ "3 dự án đang triển khai (3.920 căn)": the words saying the projects counted before the bracket
    the figure opens are not done; None for the usual figure."""
    p = c.prev
    if p is None or not c.raw_left.rstrip().endswith("(") or not p.counted:
        return None  # the usual figure: opening no bracket after a count
    v = vocabulary()
    if not v.project_names.is_one(p.counted.lower()):
        return None
    return v.unfinished_projects.found(c.raw_left)


def _background_before(c: Context) -> str | None:
    """ "cho vay nhà ở xã hội theo gói 120.000 tỷ đồng", "quy mô 500 giường": a word of background or design ending
    the words before the number; not one a longer way of doing ends ("nhận hỗ trợ trọn gói 1.030 căn nhà" counts
    whole houses taken on, a result). The word."""
    v = vocabulary()
    if not (w := v.background_before.ending(c.left)):
        return None  # the usual number
    return None if v.not_design_words.ending(c.left) else w


def _scale_a_model_ran_at(c: Context, w: str) -> bool:
    """ "Mô hình được triển khai tại ấp Hòa Long 3, … với quy mô 50 ha": a designed scale's word ``w`` in a
    sentence opening with a demonstration model gives the scale the model ran at in the period, a result; a
    project's scale ("Dự án … với quy mô 500 giường") stays its design."""
    v = vocabulary()
    if not v.design_words.is_one(w):
        return False  # the usual answer
    return v.model_openers.starting(c.head.lstrip(ITEM_DASHES)) is not None


def _level_a_condition_raises(doc: Document, c: Context) -> str | None:
    """ "Hội đồng kết luận báo cáo được thông qua với điều kiện chủ dự án … nâng thể tích hồ sự cố từ 300 m3 lên 600
    m3": the level a change goes to, right after the level it starts from, in a sentence where a condition or a
    request asks for it, is a target; the asking words."""
    p = c.prev
    if p is None or p.unit != c.f.unit or p.why.get("role") != _STARTING_LEVEL:
        return None  # the usual answer
    return vocabulary().condition_asks.found(doc.lower(c.ss, c.f.start))


def _a_plants_design(c: Context) -> str | None:
    """ "Nhà máy thủy điện … có 3 tổ máy, tổng công suất lắp máy 120 MW; hồ chứa có mực nước dâng bình thường 300 m,
    mực nước chết 280 m": a power plant's or a reservoir's design named right before the number (a qualifier
    between at most), or the units a plant has, is what the works are; not a gap from such a level ("thấp hơn
    mực nước dâng bình thường 0,4 m", a change); the words."""
    f, v = c.f, vocabulary()
    if f.kind in CHANGES or not c.left:
        return None
    if f.unit == "count" and f.counted and v.plant_units.starting(f.counted.lower()):
        return v.haves.ending(c.left)  # "có 3 tổ máy", not "đã hòa lưới 2 tổ máy"
    return v.plant_design.ending(_strip(c.left, v.any_qualifier)) if v.plant_design.within(c.left) else None


def _design_word_past_a_qualifier(c: Context) -> str | None:
    """ "đang triển khai với quy mô khoảng 12.850 căn nhà", "công suất trên 500 MW", "quy mô gần 40 ha": a
    designed scale's word with a qualifier between it and the number is a design all the same; the word. Not a
    cost: "…, tổng mức đầu tư trên 40 tỷ đồng" after works done may be what was spent on them."""
    v = vocabulary()
    if not c.left or not v.any_qualifier.ending(c.left):
        return None  # the usual number: no qualifier right before it
    w = v.design_words.ending(_strip(c.left, v.any_qualifier))
    return w if w and not v.design_costs.is_one(w) else None


def _part_of_a_design(c: Context) -> bool:
    """ "Tổng mức đầu tư các dự án là 7.846 tỷ đồng, trong đó vốn ODA 248,6 triệu USD (tương đương
    khoảng 6.050 tỷ đồng, chiếm 77,1%), vốn đối ứng 1.796 tỷ đồng": the parts a part word lists after a
    designed scale or cost, in whatever unit, their equivalents and shares, are background with it, up
    to a verb of their own or a change; so is a measure named alone right after it ("sức chở 18.000
    TEU, dài 399 m")."""
    p = c.prev
    if p is None or p.role != "context":
        return False
    v = vocabulary()
    why = p.why.get("role", "")
    # "với quy mô 36,4 ha, gồm 1.150 lô đất": a scale right after a design word is one too
    if not why.startswith((_DESIGN, _DESIGN_PART)) \
            and not (why.startswith("after '") and v.design_words.is_one(why[len("after '"):-1])):
        return False
    words = c.raw_left
    for w in v.design_part_verbs.words:
        words = words.replace(w, " ")
    if v.change.found(words) or v.verbs.found(words):
        return False
    if c.f.counted and c.f.counted != p.counted and 0 <= p.start - c.ss <= len(c.head) \
            and re.search(r"\d\s+" + re.escape(c.f.counted.lower()) + r"\b", c.head[:p.start - c.ss]):
        # "có 8 dự án … với quy mô 10.656 căn, gồm: 3 dự án đã hoàn thành": a part of the whole before the
        # scale, counted as it is
        return False
    # "tàu container có sức chở 18.000 TEU, dài 399 m": the next measure of the same design
    return p.why["role"].startswith(_DESIGN_PART) or bool(v.part_words.found(words)) \
        or bool(v.design_measures.is_one(words.strip(" ,;")))


SPAN_AFTER_REACH: Final = 24  # "/năm giai đoạn 2021-2025": a unit's tail, the span word and the span


@cache
def _span_after() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The words naming a span of years, and the pattern of such a span opening a slice ("giai đoạn 2021-2025")."""
    p = vocabulary().raw["periods"]
    words = tuple(p["span"])
    return words, re.compile(rf"(?:/\s*(?:{_alternation(p['year'])})\s+)?(?:{_alternation(words)})"
                             rf"\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")


def _words_after_a_slash(after: str, words: tuple[str, ...]) -> bool:
    """ "/năm giai đoạn 2021-2025": past a rate's "/năm", one of ``words`` opens the rest."""
    return after.partition(" ")[2].lstrip().startswith(words)


def _span_right_after(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "tăng bình quân 3,8%/năm giai đoạn 2021-2025": a span of years named right after a figure (past its
    "/năm") is its period, as a year right after it is ("mức tăng 6,9% của năm 2022"), whatever year its
    sentence named before it; the span's code and words, or None."""
    after = doc.lower(c.f.tail, min(c.se, c.f.tail + SPAN_AFTER_REACH)).lstrip()
    words, pattern = _span_after()
    if not after.startswith(words) and not (after[:1] == "/" and _words_after_a_slash(after, words)):
        return None  # the usual answer
    m = pattern.match(after)
    return (f"{m.group(1)}-{m.group(2)}", m.group()) if m and m.group(1) < m.group(2) else None


def _part_of_the_plan_year_done(doc: Document, c: Context, year: str | None) -> str | None:
    """ "Quý I/2025, sản lượng … ước đạt 1.235 tấn" among the targets of 2025: a sentence opening with
    a part of the targets' year gone by and a verb of attaining reports what was done in it; the
    part named."""
    if not year or not part_of_year(code := period_in(head := doc.text[c.full:c.f.start])) \
            or not (code or "").startswith(year) or not vocabulary().attained_verbs.found(head.lower()):
        return None
    return code


def period(doc: Document, c: Context) -> tuple[str | None, str] | None:
    """The period the text states for a figure, and the words that state it."""
    f = c.f
    if f.role == "actual" and f.why["role"].startswith(_VOTE):
        return None  # "Kết quả biểu quyết: tán thành … cổ phần" under "Điều 1. … năm 2024": the meeting's
    if f.role == "context" and f.why["role"].startswith((_TALLY, _LIST_SIZE, _ATTENDEES, _AGENDA, _PETITIONS, _COPIES)):
        return None  # "(5 chỉ tiêu)", "thông qua 12 chỉ tiêu … năm 2025": the list's size, no result
    if f.role == "context" and f.kind == "other" and (f.unit in OF_NO_TIME or f.unit in MONEY):
        return None  # "cao nhất 5 năm gần đây", "3-5 sao", "24.337 đồng/USD": a span, a rating, a conversion
    if f.role == "context" and c.prev is not None and (_elsewhere_bracket(c) or _bracket_of_elsewhere(c)):
        return None  # "cao hơn bình quân cả nước (28,2%)": another place's level, of no time the text names
    if f.role == "context" and f.why["role"].startswith(_WORKED):
        return None  # "Ví dụ: ông T., … lương hưu tháng 6/2025 là 5.120.000 đồng/tháng": one case shown
    if f.role == "context" and f.why["role"].endswith(_LAND_FACT):
        return None  # "tuần tra trên tuyến biên giới đất liền dài 56,8 km" among a month's tasks: of no time
    if _stock_held_now(c):
        return None  # "Tổng số hàng tạm giữ gồm 215.600 bao thuốc lá": what is held on the report's day, no period
    if _existing_stock(c) or f.role == "context" and _means_of_a_later_year(doc, c):
        return None  # "với 26 trung tâm … hiện có", "nhưng với 3 trụ cột" after "Năm 2025 …"
    if f.role == "context" and (w := _reference_bracket(doc, c)):
        if _open_bracket(c.raw_left) < 0 and (own := period_in(part := c.raw_left.rpartition(";")[2])):
            # "(năm 2022 gấp 7,5 lần; cả nước năm 2024 gấp 7,4 lần)": its own part of the bracket names its time
            return own, f"the time its part of the bracket names: {part.strip()!r}"
        if not (code := period_in(w) or ((day := _DAY_OPENS.match(w)) and _day_code(day))) \
                or vocabulary().same_part.starting(w.lower()) \
                and (_counts_from_the_years_start(doc, c) or _under_a_weeks_heading(doc, c)):
            return None  # "trong Quý III (cùng kỳ năm trước có 4 ổ dịch)": not this quarter's
        # "(năm 2023 tương ứng là 31,25%; 31,4%; …)", "tăng 6,8% so với cùng kỳ (năm 2023 đạt 45.550 m3)"
        return code, f"the bracket it stands in: {w!r}"
    if f.role == "context" and _same_part_before(doc, c):
        return None  # "cùng kỳ năm 2024 đạt 36,8%" under "… 6 THÁNG ĐẦU NĂM 2025": the same months, no code
    if f.role == "context" and f.why["role"].endswith(_OPENING_COMPARISON) \
            and (code := period_in(head := doc.lower(c.ss, c.ss + max(0, _open_bracket(doc.text[c.ss:f.start]))))) \
            and (part_of_year(code) or not vocabulary().editions.found(head)):
        # "So với cuối tháng 9/2024 (78,4%)": that month's level, "So với kết quả kiểm toán ngân sách năm 2022
        # (kiến nghị … 152,60 tỷ đồng)" that year's; a year after an event's edition names the event ("So với
        # Đại hội lần thứ VIII năm 2018 (giành 19 huy chương vàng, …)"): no period
        return code, "the time the comparison opening its sentence names"
    if f.role == "context" and "(" in c.raw_left and (w := _term_start_bracket(c)) \
            and (start := _term_start_year(doc, f.start)):
        return start, f"the year the term opened: {w!r} in brackets"  # "(đầu nhiệm kỳ là 17,5%)"
    if f.role == "context" and c.prev is not None and (b := c.prev.base) and b.isdigit() \
            and f.why["role"].startswith(_COMPARED) \
            and vocabulary().compared_year_start.search(doc.lower(c.prev.tail, f.start)):
        # "giảm 0,03 điểm phần trăm so với đầu năm (0,10%)": the level at the start of the year, the year before's end
        return b, "the start of the year compared with: the end of the year before"
    if f.role == "context" and f.why["role"] == _COMPARED_JOINED and c.prev is not None:
        return c.prev.period, "the period of the level it is joined to by '/'"  # "(6 vụ/8 bị can)"
    if f.role == "context" and "/" in c.raw_left and f.why["role"].startswith(_COMPARED) \
            and (code := _month_compared(c)):
        return code, "the month compared with, named before the bracket"  # "so với tháng 9/2025 (3.554 triệu đồng)"
    if f.role == "plan" and c.prev is not None and c.prev.period and _result_target(c):
        return c.prev.period, "the period of the result it is the target of"  # "tăng 3,21% …(dưới 4%)"
    if f.role == "plan" and c.prev is not None and c.prev.period and (w := _target_named_after_a_result(c)):
        return c.prev.period, f"the period of the result before {w!r}"  # "chưa đạt mục tiêu dưới 30%"
    if f.role == "context" and (w := _same_part_of_an_earlier_year_after(doc, c)):
        # "cao hơn mức tăng 6,95% của cùng kỳ năm 2024" in nine months' figures: those months, no code
        return (None, f"{w!r} counting months from the year's start: no code") \
            if _counts_from_the_years_start(doc, c) else (w[-4:], f"the same part of a year right after it: {w!r}")
    if found := c.year_after:
        return found[0], f"the time named right after it: {found[1]!r}"
    if found := _span_right_after(doc, c):
        return found[0], f"the span named right after it: {found[1]!r}"
    if f.role == "context" and c.prev is not None and c.prev.period and (w := _another_documents_figure(c)):
        # "cao hơn 64 tỷ đồng so với số liệu báo cáo của Ủy ban nhân dân tỉnh (8.926 tỷ đồng)"
        return c.prev.period, f"the period of the figure compared with {w!r}"
    if f.role == "context" and f.why["role"] == _STARTING_LEVEL:
        return None  # "Năm 2024, … nâng công suất từ 3.000 lên 5.000 m3/ngày đêm": the level before, of no time named
    if f.role == "context" and (w := _a_year_of_make(doc, c)):
        return None, f"the year a thing was made, after {w!r}: an attribute, no period"  # "xe sản xuất năm 2024"
    if f.role == "context" and f.why["role"].startswith(_REFERENCE_BRACKET) and _no_time_inside(doc, c):
        return None  # "(TBNN khoảng 2-3 cơn)", "(mực nước dâng bình thường 380 m)": a reference level, of no time
    if (w := _this_span(doc, c)) and (span := heading_span(doc.text, f.start)):
        return span[0], f"{w!r} under the heading {span[1]!r}"  # "tăng bình quân 9,8%/năm trong giai đoạn"
    if (f.unit == "count" and f.counted or f.unit in MONEY) \
            and _a_year_may_follow(after := doc.text[f.tail:min(c.se, f.tail + NOUN_REACH)]) \
            and (found := year_after_noun(after, f.counted or "")) \
            and not (f.denominator is not None and vocabulary().plan_markers.found(found[1].lower())):
        # "18/22 chỉ tiêu … năm 2023", "bổ sung 1.500 triệu đồng kinh phí đào tạo nghề năm 2025"; "đạt
        # 158,2/240 tỷ đồng kế hoạch vốn năm 2025" names the plan's year, what it is done against
        return found[0], f"the year its noun phrase ends with: {found[1]!r}"
    if f.role == "plan" and f.kind == "plan_ratio" and (found := year_after_noun(doc.text[f.tail:c.se])) \
            and vocabulary().plan_markers.found(found[1].lower()):
        # "Phấn đấu giải ngân đạt 100% kế hoạch vốn năm 2025": the plan of that year reached is the target's
        return found[0], f"the year of the plan it is to reach: {found[1]!r}"
    if f.role == "plan" and (found := _congress_target(doc, c)):
        return found
    if bracketed := _bracket_after_a_time(doc, c):
        return bracketed
    if (found := _period_before(doc, c.full, c.ss, f.start)) and _own_year_of_the_figure_before(doc, c, found[0]) \
            and not _part_of_the_figure_before(c):
        found = None  # "xuống còn 10,18% năm 2024, bình quân giảm 2,23 điểm …": not this figure's year
    if found and _gap_from_a_year_named(c) and (at := doc.lower(c.full, f.start).rfind(found[1].lower())) >= 0:
        found = _period_before(doc, c.full, c.ss, c.full + at)  # "năm 2024 … cao hơn năm 2023 0,2°C": 2024's gap
    if found and c.full < c.ss and _this_months_clause(doc, c, found[1]):
        found = None  # "… cuối năm 2025; phấn đấu trong tháng xử lý ít nhất 160 vụ": the heading's month
    if found and "," in doc.text[c.full:c.f.start] and (later := _later_past_a_comma(doc, c, found[1])):
        return later  # "… trong tháng 8/2025, dự kiến giải ngân thêm khoảng 350 tỷ đồng trong Quý III/2025"
    if found:
        if c.full < c.ss and (day := _deadline().search(c.right)) \
                and ";" in doc.lower(c.full, f.start).rpartition(found[1].lower())[2]:
            # "Khởi công cầu … trong Quý II/2025; hoàn thành 25 km … trước ngày 31/12/2025": its own clause's day
            return day.group(3), f"the day it is due by: {day.group().strip()!r}"
        # "lũy kế 6 tháng tăng 11,7%" after "tháng 6/2024": no longer that month's
        if not part_of_year(found[0]):
            return _within_occasion(doc, c, found) or (found[0], f"the time named before it: {found[1]!r}")
        before = doc.lower(c.full, f.start)
        at = before.rfind(found[1].lower())
        between = before[at + len(found[1]):]
        if (code := as_narrowed(found[0], between)) and _running_to_a_months_end(code, before[:at], between) \
                and not _share_covered_at_a_months_end(f, before[:at]):
            # "Giải ngân … đến hết tháng 6/2025 đạt trên 45%" under "QUÝ II/2025": from the year's start, no code
            return None, f"from the year's start to the end of {found[1]!r}"
        if code:
            return code, f"the time named before it: {found[1]!r}"
    if doc.year and doc.holds(vocabulary().this_school_year, c.full, f.start) \
            and (w := vocabulary().this_school_year.found(doc.lower(c.full, f.start))) \
            and (this := _school_year_opening(doc)):
        return this, f"{w!r}: the school year opening in the report's year"  # "Năm học này, toàn tỉnh có …"
    if doc.year and f.role != "plan" and doc.holds(vocabulary().this_year, c.full, f.start) \
            and (w := vocabulary().this_year.found(doc.lower(c.full, f.start))):
        return str(doc.year), f"{w!r}: the report's year"  # "Vụ vải năm nay, doanh thu … đạt …"
    if f.role == "plan" and doc.year and (w := vocabulary().year_plan.ending(_strip(c.left, vocabulary().verbs))):
        return str(doc.year), f"after {w!r}: the report's year"  # "(kế hoạch năm tăng 8-9%)"
    if found := _period_later_in_clause(doc, c):
        return found  # "đấu giá 12 lô tại khu dân cư … trong Quý III" under "6 THÁNG CUỐI NĂM"
    if f.role == "plan" and (due := _deadline_opening_the_sentence(doc, c)):
        return due  # "Trước ngày 31/12/2025, cấp giấy phép … cho 100% tàu cá …; giải quyết dứt điểm 346 tàu cá …"
    if f.role == "plan" and (whole := _whole_year_of_a_deadline_before(c)):
        return whole  # "hoàn thành giải ngân trước ngày 31/12/2025, phấn đấu tỷ lệ giải ngân cả năm đạt từ 95%"
    if f.role == "plan" and (on_a_day := _target_on_a_day(doc, c)):
        return on_a_day  # "đến ngày 30/9/2025 giải ngân đạt tối thiểu 60%", "đến ngày 31/12/2025 đạt 100%"
    if f.role == "plan" and (scope := doc.scopes.at(f.start)) and scope.period:
        return _narrowed(doc, c, scope.period), f"the heading {scope.heading!r}"
    if f.role == "plan" and doc.in_plan_section(f.start) and (named := first_period_named(doc.plan_heading)):
        return named, f"the heading {doc.plan_heading!r}"  # "Mục tiêu năm 2025", a subhead over the targets
    if f.role == "plan" and doc.plans_its_year and doc.year and doc.scopes.at(f.start) is not None:
        # "KẾ HOẠCH … năm 2025", "I. MỤC ĐÍCH, YÊU CẦU": an aim of the plan naming no time, of the year it plans
        return str(doc.year), "an aim of a plan naming no time: the year it plans"
    if f.role != "context" and not doc.lead_ins.empty and (lead := doc.lead_ins.at(f.start)) is not None:
        # "Kết quả chủ yếu trong tháng 10/2025 (…):" then "- Lượt khách: 1,25 triệu lượt (+12,4%)"
        return _narrowed(doc, c, lead.period), f"the lead-in {lead.heading!r}"
    scope = doc.headed.at(f.start) if f.role != "context" else None
    if f.role != "context" and (scope is None or scope.period is None) and (found := _balance_on_a_day(doc, c)):
        return found  # "Đến 30/9/2024, tổng nguồn vốn huy động … đạt 78.640 tỷ đồng" under "9 THÁNG ĐẦU NĂM"
    if f.role != "context" and (scope is None or scope.period is None) and (found := _stock_at_a_day(doc, c)):
        return found  # "Tại ngày 31/12/2024, nợ quá hạn … là 1.718 triệu đồng" under a heading naming no time
    if scope is not None:
        if scope.period and (w := _months_of_another_year(doc, c, scope.period)):
            # "Trong 11 tháng năm 2025, …" under "V. KẾT QUẢ … NĂM 2024": months of another year, of no code
            return None, f"{w!r}: months of another year than the heading's, of no code"
        if w := vocabulary().this_week.found(c.head):  # three words: a C-speed test
            return None, f"{w!r}: a week's figure, of no code"  # "riêng trong tuần gieo trồng thêm 400 ha"
        if scope.period and scope.period.isdigit() and (to_day := _running_to_a_day_of_the_year(doc, c, scope.period)):
            # "Lũy kế từ đầu năm đến ngày 30/9/2024, sản lượng đạt …" under "I. KẾT QUẢ … NĂM 2024"
            return None, f"from the year's start to the day {to_day!r}, before the year's end: no code"
        if (past := _day_past_the_part(doc, c, scope.period)) is not None:
            # "Dự kiến đến ngày 31/7/2025, toàn tỉnh giải ngân khoảng …" under "… 6 THÁNG ĐẦU NĂM 2025"
            return None, f"up to the day {past!r}, past the heading's part of the year: from the year's start"
        return _narrowed(doc, c, scope.period), f"the heading {scope.heading!r}"  # "I. KẾT QUẢ … NĂM 2022"
    if f.role != "context" and (whole := _whole_year_under_a_months_heading(doc, c)):
        return whole  # "ước cả năm đạt 10 nghìn 820 tỷ đồng" under "I. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2025"
    if f.role == "plan" and (found := _later_year_opening_its_sentence(doc, c)):
        return found
    return None


def _whole_year_under_a_months_heading(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "ước cả năm đạt 10 nghìn 820 tỷ đồng" under "I. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2025", "cả năm giảm tỷ lệ hộ
    nghèo xuống dưới 2,8%" under "II. NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM 2025": a figure of the whole year ("cả
    năm", "hết năm" before it in its clause, naming no year) under a top heading counting months of one year, which
    have no code, is of that year, as one under a quarter's heading is, where it is a target or an estimate ("ước cả
    năm", "Dự kiến cả năm"), the only figures of a year not yet ended; months named between the words and the figure
    ("cả năm đạt …, trong đó 9 tháng đạt …") keep theirs, and "cả năm" under no such heading names none."""
    at = bisect_right(doc.tops, c.f.start) - 1
    if at < 0 or not doc.tops_count_months[at] or not doc.tops[at]:
        return None  # the usual answer: no top heading counting months (a web page's title opens no year)
    v = vocabulary()
    start = c.ss
    if (nl := doc.text.rfind("\n", start, c.f.start)) >= 0 and doc.text[nl + 1:nl + 2] in _LIST_DASHES:
        start = nl + 1  # "- … cả năm đạt 2.200 người;\n- Giải quyết việc làm cho 1.115 lao động": its own item
    if not doc.holds(v.whole_year, start, c.f.start):
        return None
    words = doc.lower(start, c.f.start)
    if (k := v.whole_year.last(words)) < 0:
        return None
    w = v.whole_year.starting(words[k:]) or ""
    rest = words[k + len(w):]
    if rest.lstrip()[:1].isdigit() or _months_span().search(rest):
        return None  # "cả năm 2024": a year of its own, "…, trong đó 9 tháng đạt …": those months
    lead = words[:k].rstrip()
    if c.f.role != "plan" and not (v.qualifiers_estimated.ending(lead) or v.estimate_openers.ending(lead)
                                   or v.qualifiers_estimated.found(rest)):
        return None  # "Sản lượng lúa cả năm của tỉnh xếp thứ 2/13": a year not ended is only estimated or targeted
    end = doc.text.find("\n", doc.tops[at])
    heading = doc.text[doc.tops[at]:end if end >= 0 else len(doc.text)].strip()
    code = period_in(heading.lower())
    if code is None or not code.isdigit():
        return None  # "II. … 6 THÁNG CUỐI NĂM 2025" names its half, a span names no one year
    return code, f"{w!r} under the heading {heading!r}: the year its months are of"


_OWN_TIMES: Final = re.compile(r"/(?:19|20)\d\d|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")  # a date, a span of years
_ONE_YEAR: Final = re.compile(r"\D{0,12}?((?:19|20)\d\d)(?!\d|\s*[-–]\s*\d)")


def _later_year_opening_its_sentence(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "nghe báo cáo dự toán thu, chi ngân sách năm 2026; theo dự thảo, tổng thu … dự kiến 46.800 tỷ đồng": a
    target with no time in its own clause and no heading over it is of the one later year named earlier in its
    full sentence, before a ";" (not a span's first year)."""
    k = bisect_left(doc.later, c.full)
    if k == len(doc.later) or doc.later[k] >= c.ss:
        return None  # the usual answer: no later year before its clause
    if k + 1 < len(doc.later) and doc.later[k + 1] < c.f.start:
        return None  # two later years: which one is not said
    if _OWN_TIMES.search(doc.text, c.ss, c.se):
        return None  # "… 100% kiến nghị của các năm 2019-2021 trước ngày 30/9/2024": its clause names its own times
    m = _ONE_YEAR.match(doc.text, doc.later[k])
    return (m.group(1), f"the later year its sentence names before its clause: {m.group(1)!r}") if m else None


@cache
def _as_of() -> tuple[Words, re.Pattern[str]]:
    p = vocabulary().raw["periods"]
    return Words(p["balances"]), re.compile(rf"(?<!\w)(?:{_alternation(p['as_of'])})\s+{DAY}", re.I)


def _day_code(day: re.Match[str]) -> str:
    """The period of a day written with its year: the year's for its last day ("31/12/2023"), else
    its month's ("30/9/2024" → "2024-09")."""
    d, m, y = int(day.group(1)), int(day.group(2)), day.group(3)
    return y if (d, m) == (31, 12) else f"{y}-{m:02d}"


def _balance_on_a_day(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "Đến 30/9/2024, tổng nguồn vốn huy động … đạt 78.640 tỷ đồng", "Nợ xấu đến 30/9/2024 là 1.062 tỷ
    đồng": a balance held on a day its sentence names before the figure is of that day's month (of
    the year, on its last day: "Dự kiến đến 31/12/2024, tổng dư nợ đạt khoảng …"); what was done up
    to a day ("đến ngày 30/9/2024 đã giải ngân") names no balance and counts from the year's start."""
    balances, as_of = _as_of()
    if not doc.holds(balances, c.full, c.f.start) or "/" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer, before a pattern
    day = None
    for m in as_of.finditer(doc.text, c.full, c.f.start):
        day = m  # the last day before the figure
    if day is None or not 1 <= int(day.group(2)) <= 12:
        return None
    return _day_code(day), f"a balance on the day {day.group()!r}"


@cache
def _at_a_day() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(vocabulary().raw['periods']['at_a_day'])})\s+{DAY}", re.I)


def _stock_at_a_day(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "Tại ngày 31/12/2024, nợ tiền nước quá hạn … là …", "Tổng số lao động tại thời điểm 30/6/2025 là …":
    a stock taken at a point in time its sentence names before the figure is of that day's month (of the
    year, on its last day), whatever it is a stock of. A month's first day ("tại thời điểm 01/12/2024", as a
    survey counts) closes the month before, in no month the day names: no answer."""
    if "/" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer, before a pattern
    day = None
    for m in _at_a_day().finditer(doc.text, c.full, c.f.start):
        day = m  # the last day before the figure
    if day is None or not 1 <= int(day.group(2)) <= 12 or int(day.group(1)) == 1:
        return None
    return _day_code(day), f"a stock at the day {day.group()!r}"


def _target_on_a_day(doc: Document, c: Context) -> tuple[str | None, str] | None:
    """ "bảo đảm đến ngày 30/9/2025 giải ngân đạt tối thiểu 60% kế hoạch vốn": a target set for a day its
    sentence names before it counts from the year's start to that day, no code; one for the year's last
    day ("đến ngày 31/12/2025 đạt 100%") is that year's."""
    if "/" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer, before a pattern
    day = None
    for m in _as_of()[1].finditer(doc.text, c.full, c.f.start):
        day = m  # the last day before the figure
    if day is None or not 1 <= int(day.group(2)) <= 12 \
            or (before := c.earlier or c.prev) is not None and before.start > day.start():
        return None  # "Nợ xấu đến 30/9/2024 là …, thấp hơn mức 3%": the day is another figure's
    if (int(day.group(1)), int(day.group(2))) == (31, 12):
        return day.group(3), f"a target for the year's last day: {day.group()!r}"
    return None, f"a target for the day {day.group()!r}, from the year's start"


_PART_ENDS: Final = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}  # the last month of a part of a year


def _running_to_a_day_of_the_year(doc: Document, c: Context, year: str) -> str | None:
    """ "Lũy kế từ đầu năm đến ngày 30/9/2024, sản lượng đạt 612,7 triệu kWh" under a heading naming the year
    2024: a sentence counting from the year's start (its words before the figure) to a day of that year
    before its last counts part of the year, which has no code; the day."""
    if "/" not in doc.text[c.full:c.f.start] or not cumulative_words().found(before := doc.lower(c.full, c.f.start)):
        return None  # the usual answer, before a pattern
    day = None
    for m in _as_of()[1].finditer(before):
        day = m  # the last day before the figure
    if day is None or day.group(3) != year or (int(day.group(1)), int(day.group(2))) == (31, 12):
        return None
    return day.group().strip()


def _day_past_the_part(doc: Document, c: Context, code: str | None) -> str | None:
    """The as-of day opening a figure's sentence ("Dự kiến đến ngày 31/7/2025, …") when it falls after the
    end of the heading's part of that year ("2025-H1"): the figure counts from the year's start to it."""
    if not part_of_year(code) or "/" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer, before a pattern
    assert code is not None
    last = _PART_ENDS.get(code[5:]) or (int(code[5:]) if code[5:].isdigit() else 0)
    for m in _as_of()[1].finditer(doc.text, c.full, c.f.start):
        if m.group(3) == code[:4] and last < int(m.group(2)) <= 12:
            return m.group().strip()
    return None


def _a_year_may_follow(after: str) -> bool:
    """The cheap first test for a year after a figure's noun: its century's digits are there."""
    return "20" in after or "19" in after


def _within_occasion(doc: Document, c: Context, found: tuple[str, str]) -> tuple[str | None, str] | None:
    """ "Nhân dịp Tết Nguyên đán Ất Tỵ năm 2025, … tặng 462 suất quà" under "KẾT QUẢ … QUÝ I/2025":
    a year naming an occasion leaves the figure to the part of that year its heading names. A result of an
    occasion of the year after the report's ("Dịp Tết Nguyên đán Ất Tỵ năm 2025, tỉnh đã tặng 21.350 suất
    quà" on a page about 2024), done as the report was written, falls in no period it reports: the year
    names the occasion, as a festival's does (null)."""
    before = doc.lower(c.full, c.f.start)
    at = before.rfind(found[1].lower())
    if at < 0 or not (word := names_an_occasion(before[max(0, at - NAME_REACH):at])):
        return None
    if c.f.role == "actual" and doc.year and found[0].isdigit() and int(found[0]) == doc.year + 1:
        return None, f"the year of {word!r} after the report's names the occasion of a result"
    scope = doc.headed.at(c.f.start)
    if scope is None or not part_of_year(scope.period) or not (scope.period or "").startswith(found[0]):
        return None
    return scope.period, f"the heading {scope.heading!r}, within the year of {word!r}"


def _later_past_a_comma(doc: Document, c: Context, phrase: str) -> tuple[str, str] | None:
    """A time named after a figure in its clause, when the one named before it stands in an earlier clause
    (past a comma): the figure is of its own clause's time."""
    before = doc.lower(c.full, c.f.start)
    at = before.rfind(phrase.lower())
    if at < 0 or "," not in before[at + len(phrase):]:
        return None  # the usual answer: the time before is the figure's own clause's
    return _period_later_in_clause(doc, c)


def _congress_target(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "(hiện đạt 34,6%, mục tiêu Đại hội 40%)": a party congress's target where neither its sentence
    nor a heading names a time is of the last year of the term the text named before it; after a span
    of years ("bình quân giai đoạn 2021 - 2024 đạt 10,3%/năm (mục tiêu Đại hội 10 - 11%/năm)"), of
    the term's span."""
    v = vocabulary()
    left = _strip(c.left, v.verbs)
    # "(hiện đạt 34,6%, mục tiêu Đại hội 40%) và tỷ lệ đô thị hóa (đạt 28,2%, mục tiêu 35%)": the same targets
    if not (w := v.congress_targets.ending(left) or v.plan_markers.ending(left) and v.congress_targets.found(c.head)):
        return None  # the usual answer
    terms = list(v.congress_term.finditer(doc.text, 0, c.f.start))
    if not terms:
        return None
    first, last = int(terms[-1].group(1)), terms[-1].group(2)
    before = _period_before(doc, c.full, c.ss, c.f.start)
    if before and _SPAN_CODE.match(before[0]):
        return f"{first + 1}-{last}", f"after {w!r}: the span of the term {terms[-1].group()!r}"
    if before or (scope := doc.headed.at(c.f.start)) is not None and scope.period:
        return None  # "tăng 1,5 điểm … (chỉ tiêu Đại hội 80%)" under "I. KẾT QUẢ NĂM 2024": the year's
    return last, f"after {w!r}: the last year of the term {terms[-1].group()!r}"


def _period_later_in_clause(doc: Document, c: Context) -> tuple[str, str] | None:
    """A time named after a figure in its clause ("trong Quý III"), with no other figure between,
    when none is named before it and it compares with nothing: the figure is of that time, not of its
    section's heading ("gấp 2,3 lần năm 2023", "so với thực hiện năm 2024" name bases)."""
    if c.f.base is not None or c.f.role == "context":
        return None  # "quy mô 500 giường hoàn thành trong năm 2024": the design is of no time
    right_end = c.f.end + len(c.right)
    if right_end < c.se and vocabulary().possessives.ending(doc.lower(c.f.end, right_end).rstrip()):
        # "bàn giao 46,3 ha mặt bằng còn lại của 7 dự án trọng điểm trong tháng 9/2025": a count of whose it
        # is stands between, in the figure's noun phrase
        right_end = c.se
    elif right_end < c.se and doc.text[right_end] == "(" and (close := _plain_bracket_end(doc.text, right_end, c.se)):
        # "đưa lên nền tảng học trực tuyến mở (MOOCs) trong năm 2026": a bracket naming a thing, no
        # figure in it, goes on with the clause
        m = _CLAUSE_BREAK.search(doc.text, close, c.se)
        right_end = m.start() if m else c.se
    named = periods_named(doc.text, c.f.end, right_end, doc.year, doc.low)
    if not named and (day := _deadline().search(c.right) or _deadline_ending_the_clause(doc, c)
                      or _deadline_past_a_joined_measure(doc, c)):
        return day.group(3), f"the day it is due by: {day.group().strip()!r}"  # "thêm 8 dự án trước ngày 31/12/2024"
    if not named or not vocabulary().time_after.ending(doc.lower(c.f.end, named[0][3]).rstrip()):
        return None  # "… quy hoạch chung thành phố đến năm 2045": a plan's horizon, a name
    return named[0][1], f"the time named after it in its clause: {named[0][2]!r}"


def _estimate_of_the_headings_year(doc: Document, c: Context) -> str | None:
    """An estimate of the year whose part the heading over the figure reports ("2. Thực trạng … đến tháng
    6/2025" over "ước đến hết năm 2025 đạt khoảng 65%"), that year the last named before the figure in its
    clause: a year under way, whatever year the report is about, its result forecast; why, or None."""
    scope = doc.headed.at(c.f.start)
    if scope is None or not scope.period or len(scope.period) <= 4:
        return None  # the usual answer: no heading naming a part of a year
    v = vocabulary()
    named = v.years_named(c.left)
    if not named or str(named[-1][1]) != scope.period[:4] \
            or not (w := v.qualifiers_estimated.found(c.left[:named[-1][0]])):
        return None
    return f"{w!r} before the year the heading {scope.heading!r} reports part of: a result forecast"


def _plain_bracket_end(text: str, at: int, end: int) -> int:
    """Past the ")" closing the bracket opening at ``at`` before ``end``, if it holds no digit nor another
    bracket (a name, an abbreviation: "(MOOCs)"); else 0."""
    close = text.find(")", at, end)
    if close < 0 or any(ch.isdigit() or ch == "(" for ch in text[at + 1:close]):
        return 0
    return close + 1


@cache
def _deadline() -> re.Pattern[str]:
    """ "trước ngày 31/12/2024": a deadline on the year's last day, which makes the task the year's, as
    "đến hết năm 2024" does; an earlier day ("trước ngày 15/10/2024") names no period of the figure."""
    words = _alternation(vocabulary().raw["deadlines"])
    return re.compile(rf"(?<!\w)(?:{words})\s+(?<!\d)(31)/(12)/((?:19|20)\d\d)(?!\d)")


@cache
def _deadline_opening() -> re.Pattern[str]:
    """ "1. Trước ngày 31/12/2025, …": a deadline on the year's last day, after a list item's number or dash if
    any, then a comma: it opens the sentence."""
    words = _alternation(vocabulary().raw["deadlines"])
    return re.compile(rf"\s*(?:\d{{1,2}}[.)]\s+|[-–+•]\s*)?(?:{words})\s+(31)/(12)/((?:19|20)\d\d)(?!\d)\s*,", re.I)


def _whole_year_of_a_deadline_before(c: Context) -> tuple[str, str] | None:
    """ "hoàn thành giải ngân trước ngày 31/12/2025, phấn đấu tỷ lệ giải ngân cả năm đạt từ 95% trở lên": a target
    of the whole year ("cả năm", "hết năm" in its clause) after a deadline on a year's last day, with no figure
    between them, is of that year; "cả năm" with no such day before it names none."""
    if "31/12/" not in c.raw_left or not vocabulary().whole_year.found(c.left):
        return None  # the usual answer, before a pattern
    day = None
    for m in _deadline().finditer(c.raw_left):
        day = m  # the last one before the figure
    return (day.group(3), f"the whole year its deadline before ends: {day.group()!r}") if day else None


def _deadline_opening_the_sentence(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "Trước ngày 31/12/2025, cấp giấy phép khai thác thủy sản cho 100% tàu cá đủ điều kiện; giải quyết dứt điểm
    346 tàu cá …": a deadline on the year's last day opening a target's sentence covers every clause of it (across
    ";"), as "Đến hết năm 2025, …" does: that year, under a heading naming no time (one naming "QUÝ IV/2025" keeps
    its own). An earlier day ("Trước ngày 30/6/2025, …") names none."""
    if "31/12/" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer, before a pattern
    if (day := _deadline_opening().match(doc.text, c.full)) is None \
            or any(scope is not None and scope.period
                   for scope in (doc.scopes.at(c.f.start), doc.headed.at(c.f.start))):
        return None
    return day.group(3), f"the day its sentence opens due by: {day.group().strip(' ,')!r}"


def _deadline_ending_the_clause(doc: Document, c: Context) -> re.Match[str] | None:
    """ "nộp 41,85 tỷ đồng tăng thu về tài khoản tạm thu, tạm giữ … trước ngày 31/12/2024;": a deadline on the
    year's last day later in the figure's clause (to the ";"), past a comma of its words but no other figure,
    under a heading naming no time (one naming "6 THÁNG CUỐI NĂM 2024" keeps its own)."""
    if "31/12/" not in doc.text[c.f.end:c.se]:
        return None  # the usual answer
    if any(scope is not None and scope.period for scope in (doc.scopes.at(c.f.start), doc.headed.at(c.f.start))):
        return None
    tail = doc.lower(c.f.end, c.se)
    day = _deadline().search(tail)
    return day if day is not None and not any(ch.isdigit() for ch in tail[:day.start()]) else None


@cache
def _joined_measure() -> re.Pattern[str]:
    """ "dự án nhà ở xã hội với 684 căn hộ ": the count's noun, a joiner and one more number with its words."""
    words = _alternation(vocabulary().raw["deadline_joiners"])
    return re.compile(rf"[^\d,;:()]*(?<!\w)(?:{words})\s+(?:[^\W\d_]+\s+)?\d[\d.,]*\s+[^\d,;:()]*$")


def _deadline_past_a_joined_measure(doc: Document, c: Context) -> re.Match[str] | None:
    """ "Phấn đấu hoàn thành 2 dự án nhà ở xã hội với 684 căn hộ trước ngày 31/12/2024": a deadline on the
    year's last day after a count and the measure a joiner gives it covers the count too; the deadline."""
    if "31/12/" not in doc.text[c.f.end:c.se]:
        return None  # the usual answer
    tail = doc.lower(c.f.end, c.se)
    day = _deadline().search(tail)
    return day if day is not None and _joined_measure().match(tail, 0, day.start()) else None


@cache
def _year_ending() -> re.Pattern[str]:
    """ "… gấp 1,8 lần năm 2019": a year that ends the words before a bracket."""
    return re.compile(rf"(?<!\w)(?:{_alternation(vocabulary().raw['year_words'])})\s+((?:19|20)\d\d)\s*$")


def _bracket_after_a_time(doc: Document, c: Context) -> tuple[str | None, str] | None:
    """A bracket restating a level right after the time it is of: "gấp 1,8 lần năm 2019
    (11.860 tỷ đồng)" is 2019's; "đạt 78,3% kế hoạch năm (kế hoạch 2.740 triệu USD)" is the
    plan of the report's year."""
    head, bracket, inside = c.raw_left.rpartition("(")
    if not bracket or ")" in inside:
        return None
    head = head.rstrip()
    # "(xếp thứ 1/63)": a rank word may restate the level as a place
    if (m := _year_ending().search(head)) and (not _HAS_LETTER.search(inside) or _restated_rank(inside)):
        if vocabulary().same_part.ending(head[:m.start()].rstrip()) \
                and (_counts_from_the_years_start(doc, c) or _under_a_part_of_a_years_heading(doc, c)):
            return None, f"the same part of the year before its bracket: {m.group()!r}"
        return m.group(1), f"the year right before its bracket: {m.group()!r}"
    if c.f.role == "plan" and doc.year and (w := vocabulary().year_plan.ending(head)):
        return str(doc.year), f"a bracket after {w!r}: the report's year"
    return None


def _same_part_before(doc: Document, c: Context) -> str | None:
    """ "…; cùng kỳ năm 2024 đạt 36,8%" in a sentence or under a top heading counting months from the year's
    start: the same part of an earlier year opening the figure's clause names those months, of no period
    code, as in a bracket; the words."""
    v = vocabulary()
    head = c.head.rpartition(";")[2].lstrip(" ,-")
    if not (w := v.same_part.starting(head)) or not _counts_from_the_years_start(doc, c):
        return None
    return w


def _counts_from_the_years_start(doc: Document, c: Context) -> bool:
    """The sentence counts from the year's start ("11 tháng năm 2024", "Từ đầu năm đến ngày
    20/9"), or the top heading it stands under does ("II. … 11 THÁNG NĂM 2024"): "cùng kỳ năm 2023"
    in it names the same months of 2023, of no period code, as it does in a report whose data line counts to a
    day ("(Số liệu tính đến ngày 30/11/2025)"); after an as-of day alone ("đến ngày 30/11/2024 … (cùng kỳ năm
    2023 đạt 76,5%)") it is 2023's."""
    if doc.counted_to_a_day:
        return True  # "(Số liệu tính đến ngày 30/11/2025)" under the title: the report counts to a day
    before = doc.lower(c.full, c.f.start)
    if _months_span().search(before) or cumulative_words().found(before):
        return True
    at = bisect_right(doc.tops, c.f.start) - 1
    return at >= 0 and doc.tops_count_months[at] or _months_span().search(_lead_in_above(doc, c.f.start)) is not None


def _under_a_part_of_a_years_heading(doc: Document, c: Context) -> bool:
    """ "so với cùng kỳ năm 2024 (10,0%)" under a top heading naming a quarter, a half or a month ("II. NGUYÊN
    NHÂN BIẾN ĐỘNG LỢI NHUẬN SAU THUẾ QUÝ III/2025"): the same part of that year, of no period code, not the
    whole year."""
    at = bisect_right(doc.tops, c.f.start) - 1
    if at < 0:
        return False  # the usual figure: under no top heading
    end = doc.text.find("\n", doc.tops[at])
    return part_of_year(period_in(doc.lower(doc.tops[at], end if end >= 0 else len(doc.text))))


def _under_a_weeks_heading(doc: Document, c: Context) -> bool:
    """ "(cùng kỳ năm 2023: 9.100-9.200 đồng/kg)" in a sentence or under a top heading of a week ("I. TÌNH HÌNH
    GIÁ CẢ … TRONG TUẦN"): the same week of that year, of no period code, not the whole year."""
    v = vocabulary()
    if v.this_week.found(doc.lower(c.full, c.f.start)):
        return True
    at = bisect_right(doc.tops, c.f.start) - 1
    if at < 0:
        return False
    end = doc.text.find("\n", doc.tops[at])
    return bool(v.this_week.found(doc.lower(doc.tops[at], end if end >= 0 else len(doc.text))))


LEAD_IN_LOOKBACK: Final = 30  # the lines read back from a marked item to the lead-in over its list


def _lead_in_above(doc: Document, pos: int) -> str:
    """ "Tính chung 10 tháng năm 2025:" over "- Xếp hạng: thứ 5/34 … (cùng kỳ năm 2024 đứng thứ 7)": the
    lead-in ending with ":" over the marked items the line at ``pos`` is one of, or ""."""
    end = doc.text.rfind("\n", 0, pos)
    line = doc.text[end + 1:pos]
    if not ITEM_MARK.match(line.lstrip()):
        return ""
    for _ in range(LEAD_IN_LOOKBACK):
        if end <= 0:
            return ""
        start = doc.text.rfind("\n", 0, end) + 1
        line = doc.text[start:end].strip()
        end = start - 1
        if line and not ITEM_MARK.match(line):
            return line.lower() if line.endswith(":") else ""
    return ""


def _this_span(doc: Document, c: Context) -> str | None:
    """ "tăng bình quân 9,8%/năm trong giai đoạn": words naming the span its section is of,
    without years, right after the figure or before it in its clause."""
    v = vocabulary()
    if not doc.holds(v.this_span, max(0, c.f.start - THIS_SPAN_REACH), c.f.end + THIS_SPAN_REACH):
        return None  # the usual answer, without a slice
    for words in (c.right[:THIS_SPAN_REACH], c.left[-THIS_SPAN_REACH:]):
        if (w := v.this_span.found(words)) and not _digit_after(words, words.rfind(w) + len(w)):
            return w
    return None


def _digit_after(words: str, at: int) -> bool:
    """A digit is the next thing after ``at`` ("giai đoạn 2"): a named phase or years, no span alone."""
    return words[at:at + 3].lstrip()[:1].isdigit()


def _running_to_a_months_end(code: str, before: str, between: str) -> bool:
    """ "Tính đến hết tháng 8/2025, toàn tỉnh đã đón 13,2 triệu lượt khách": what was done up to a month's
    end counts from the year's start (no code); what is had then is that month's ("Đến hết tháng 10/2024,
    toàn tỉnh có 412.380 người tham gia bảo hiểm xã hội"). ``before``, ``between``: the lowercased words
    before the month's phrase and between it and the figure."""
    v = vocabulary()
    return code[5:].isdigit() and bool(v.to_the_end.ending(before.rstrip())) and not v.stock_verbs.found(between)


def _share_covered_at_a_months_end(f: Figure, before: str) -> bool:
    """ "Tỷ lệ dân số tham gia bảo hiểm y tế đến hết tháng 9/2025 đạt 94,1%": a share of people or land
    covered up to a month's end is the level that month ends at, a stock, not a running total from the
    year's start ("Đến hết tháng 9/2025, giải ngân đạt 55%" stays one). ``before``: the lowercased words
    before the month's phrase."""
    return f.kind == "share" and bool(vocabulary().covered_shares.found(before))


def _narrowed(doc: Document, c: Context, period: str | None) -> str | None:
    """A heading's part of a year, or its whole year for a figure of "cả năm" in its sentence
    or right after it ("chỉ tiêu 350 lao động cả năm"); a dashed list item on a line of its own is a
    sentence of its own ("- … đưa tổng số cả năm đạt 2.200 người;\n- Giải quyết việc làm cho 1.115 lao
    động;": the second is the heading's half)."""
    if not period or not part_of_year(period):
        return period
    start = c.full
    if (nl := doc.text.rfind("\n", c.full, c.f.start)) >= 0 and doc.text[nl + 1:nl + 2] in _LIST_DASHES:
        start = nl + 1
    return as_narrowed(period, doc.lower(start, c.f.start) + " " + c.right)


def _item_of_its_own(text: str, opener_end: int, ss: int) -> bool:
    """ "- Đến năm 2026, giảm tối thiểu 5% …;\n- Tổ chức thi tuyển …": the line a time opens ends with
    ";", a list item of its own, and the clause is on a later line: the time speaks for its item alone
    (a line with a ":" after the time leads the items after it)."""
    nl = text.find("\n", opener_end, ss)
    return nl >= 0 and text[opener_end:nl].rstrip().endswith(";") and ":" not in text[opener_end:nl]


def _period_before(doc: Document, full: int, ss: int, start: int) -> tuple[str, str] | None:
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


def _read_period_before(doc: Document, full: int, ss: int, start: int) -> tuple[str, str] | None:
    named = doc.periods.get(full)
    if named is None:
        # Only a period that ends before the figure speaks for it: with none possible there
        # ("tăng 10,27% so với năm 2016"), the full sentence is not read for its periods.
        if not may_name_period(doc.text, full, start, doc.low):
            return None
        i = bisect_right(doc.full_stops, full)
        end = doc.full_stops[i] if i < len(doc.full_stops) else len(doc.text)
        named = doc.periods[full] = periods_named(doc.text, full, end, doc.year, doc.low)
    k = bisect_right(named, start, key=lambda p: p[0])
    if not k:
        return None
    if named[k - 1][3] >= ss:
        said = _still_speaks(doc, named[k - 1], start)
        if said is not None or k == 1 or not _closes_a_bracket(doc.text[named[k - 1][0]:start]):
            return said
        # "Tính chung năm 2024, IIP … (năm 2023 tăng 5,31%), vượt mục tiêu tăng 7,5%": past a closed
        # bracket of another time, the time that opens the sentence speaks again
    first = named[0]
    # "Giai đoạn 2021-2025, …; …" opens the sentence; "(3) Tập trung giải ngân vốn giai đoạn
    # 2021-2025; tuyển dụng thêm 60 bác sĩ": a span inside its clause ends with it.
    opens = first[3] - full <= PERIOD_OPENER_REACH or _after_a_preface(doc, full, first[3]) \
        or _after_an_attribution(doc, full, first[3]) or _ends_the_opening(doc, full, first)
    # "… Tân Thanh trong Quý III/2025; đề nghị … bổ sung 25 biên chế": a time right before the ";" ends
    # its clause, it opens nothing after
    # "Theo Sở …, năm học 2025-2026 toàn tỉnh có …; trong đó …": a school year opens it with no comma too
    if opens and (said := _opens_a_quote_after_the_opener(doc, named, k, start)) is not None:
        return said
    if opens and not (_SPAN_CODE.match(first[1]) and doc.text[first[0]:first[0] + 1] != ","
                      and not school_year(doc.text[full:first[3]])) \
            and doc.text[first[0]:first[0] + 1] != ";" \
            and not _in_a_basis(doc, full, first[3]) and not _item_of_its_own(doc.text, first[3], ss) \
            and not (ss > first[3] and _opens_with_a_day(doc, ss)):
        return _still_speaks(doc, first, start)
    # "… theo quy định của Luật: Trong năm 2022, HĐND tổ chức 09 kỳ họp; ban hành 46 Nghị quyết;
    # …": a time opening the list after a colon speaks for its items, as one opening the sentence.
    last = named[k - 1]
    colon = doc.text.rfind(":", full, last[3])
    if colon >= 0 and last[3] - colon <= COLON_OPENER_REACH and doc.text.find(";", colon, last[3]) < 0:
        return _still_speaks(doc, last, start)
    if _announces_the_list(doc, last, start):
        return _still_speaks(doc, last, start)
    return None


def _announces_the_list(doc: Document, named: tuple[int, str, str, int], start: int) -> bool:
    """ "lợi nhuận sau thuế năm 2023 được phân phối như sau: trích …; trích …; chi trả …": a time a few
    words before the colon that opens a list, no figure between, speaks for every item of the list."""
    colon = doc.text.find(":", named[0], min(start, named[0] + LIST_LEAD_IN_REACH))
    return colon >= 0 and not _DIGIT.search(doc.text, named[0], colon) \
        and doc.text.find(";", named[0], colon) < 0


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


def _ends_the_opening(doc: Document, full: int, named: tuple[int, str, str, int]) -> bool:
    """ "Về học sinh giỏi, tại Kỳ thi chọn học sinh giỏi quốc gia năm học 2023-2024, tỉnh có …; riêng …
    có 43 giải": a time ending the words that open a sentence (a comma right after it, no figure and no
    ";" before it) opens the sentence however long those words are."""
    if doc.text[named[0]:named[0] + 1] != ",":
        return False  # the usual answer, without a slice
    head = doc.text[full:named[3]]
    return ";" not in head and not _number_besides_years(head)


def _after_a_preface(doc: Document, full: int, at: int) -> bool:
    """ "Thực hiện Kế hoạch số 112/KH-UBND ngày 18/3/2024 của UBND tỉnh về …, năm 2024 tỉnh đã
    tổ chức …; hỗ trợ …": a time right after a clause saying what the sentence carries out
    opens the sentence as if it stood first."""
    head = doc.lower(full, at).rstrip()
    return head.endswith(",") and "," not in head[:-1] and ";" not in head \
        and bool(vocabulary().prefaces.starting(head.lstrip(" -–+*")))


def _after_an_attribution(doc: Document, full: int, at: int) -> bool:
    """ "(BTN) - Ngày 19/7, Sở Giáo dục và Đào tạo cho biết, Kỳ thi tốt nghiệp THPT năm 2024 toàn
    tỉnh có …; số thí sinh … là 15.258": after who says it, the sentence opens again."""
    head = doc.lower(full, at)
    v = vocabulary()
    if not v.attributions.within(head) or (said := v.attributions.last(head)) < 0:
        return False
    rest = head[said + len(v.attributions.starting(head[said:]) or ""):]
    return rest.startswith(",") and ";" not in rest and len(rest) <= PERIOD_OPENER_REACH


@cache
def _months_span() -> re.Pattern[str]:
    """ "9 tháng": a count of months (from the year's start), not "tháng 9/2024", nor an age in months
    ("tỷ lệ tiêm vắc xin MR cho trẻ 18 tháng tuổi đạt ít nhất 95%" names children, no months gone by)."""
    v = vocabulary()
    month, ages = _alternation(v.raw["periods"]["month"]), _alternation(v.age_words.words)
    return re.compile(rf"(?<![\w/.,])\d{{1,2}}\s+(?:{month})(?![\w/])(?!\s+(?:{ages})(?!\w))", re.I)


def _months_from_the_years_start(between: str) -> bool:
    """ "Quý III …; 9 tháng ước đạt": a count of months between a time named and a figure counts from the
    year's start; not a stretch counted from an event ("sinh viên tốt nghiệp năm 2023 có việc làm trong vòng 12
    tháng kể từ khi tốt nghiệp đạt 93,6%"), which leaves the time named speaking."""
    if not (m := _months_span().search(between)):
        return False  # the usual answer
    return vocabulary().coming.starting(between[m.end():].lstrip().lower()) is None


def _still_speaks(doc: Document, named: tuple[int, str, str, int], start: int) -> tuple[str, str] | None:
    """A period named before a figure, unless the words between leave it: a bracket it stood
    in closed ("(năm 2019 chỉ có 540 cơ sở), trong đó 9 khách sạn"), or a word of now ("năm
    2023 … 5,9 triệu lượt và năm nay ước đạt 6,5", "Năm 2020 … 4 phòng, giờ đã 11 phòng"):
    "năm nay" names the report's year, the others the time there is now (no period)."""
    between = doc.text[named[0]:start]
    if _closes_a_bracket(between) or _months_from_the_years_start(between):
        return None  # a bracket closed, or "Quý III …; 9 tháng ước đạt": months from the year's start
    v = vocabulary()
    low = doc.lower(named[0], start)
    if v.period_resets.found(low) and (at := v.period_resets.last(low)) >= 0:
        this_year = v.this_year.starting(low[at:])
        return (str(doc.year), between[at:at + len(this_year)]) if doc.year and this_year else None
    if doc.year and _last_year(named[1]) < doc.year and v.until_now.found(low):
        # "Kể từ khi dự án đầu tiên được cấp phép năm 1997, đến nay đã có 41 quốc gia": "đến nay"
        # after a time gone by is the time there is now; inside a span that runs to now it
        # stays the span's ("Giai đoạn 2021-2025, …; đến nay đã đào tạo 286.400 người")
        return None
    return named[1], named[2]


def _last_year(code: str) -> int:
    """The last year a period code covers: "2021-2025" → 2025, "2024-Q3" → 2024."""
    return int(code[5:]) if _SPAN_CODE.match(code) else int(code[:4])


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


def _spread_plan(doc: Document, full: int, ss: int, start: int) -> str | None:
    """ "Năm 2024, phấn đấu …; …", "đặt mục tiêu mở thêm 2 đường bay và nâng … lên 70%": a
    target word earlier in the full sentence, before the figure's own words."""
    part = doc.text[full:ss]
    if not _HAS_SPREAD_LETTERS(part):
        return None
    v, low = vocabulary(), doc.lower(full, ss)
    if not (found := v.plan_spread.found(low)):
        return None
    if "%" in low:  # "bằng 104% chỉ tiêu phấn đấu và …": a target named as a base, blanked
        low = _ratio_target_name().sub(lambda m: "%" + " " * (len(m.group()) - 1), low)
        if not (found := v.plan_spread.found(low)):
            return None
    # "đặt mục tiêu … 75%; đến nay đã đào tạo 286.400 người": what is done so far, no target
    if v.plan_spread_stops.last(doc.lower(full, start)) > v.plan_spread.last(low):
        return None
    # "…; kết quả số huy chương vàng vượt 5 chiếc": the clause of the figure opens with its result
    clause = doc.lower(full, start).rpartition(";")[2].lstrip()
    return None if clause and v.plan_spread_results.starting(clause) else found


def _per_time_before(doc: Document, c: Context) -> None:
    """ "bình quân mỗi năm khoảng 71.600 người", "mỗi tối đón 3.000 lượt khách": a count per
    time, when the time word stands in the last few words before the number, or ends the
    words after it ("tổ chức 5 hội chợ xúc tiến thương mại mỗi năm")."""
    v = vocabulary()
    tail = " ".join(c.left.split()[-PER_TIME_WORDS:])
    if not (w := v.per_time_words.found(tail)):
        w = v.per_time_words.ending(c.right.rstrip(" .;,:”\")"))
    if not w:
        w = _opening_time_of_an_average(c.left) or _each_time_opening_the_clause(c.left)
    if not w and c.prev is None and c.ss == c.full and "," in c.head:
        # "Bình quân mỗi tháng, BHXH tỉnh giải quyết khoảng 308 hồ sơ": the average's time opens the sentence
        # before a comma, its first count is per that time
        w = _opening_time_of_an_average(c.head.lstrip(" -+*•"))
    if not w and (w := v.per_time_words.ending((rest := doc.lower(c.f.tail, c.se)).rstrip(" .;,:”\")"))) \
            and _DIGIT.search(rest):
        w = None  # "chuyển dịch 10.000 lao động sang khu vực công nghiệp, dịch vụ mỗi năm;": the sentence's last
        # words, when no other number stands between
    if w:
        c.f.unit, c.f.per = f"count_per_{v.per_time_before[w]}", True
    elif (p := c.prev) is not None and p.per and p.unit.startswith("count_per_") and _joined_to_prev(c) \
            and "/" not in doc.text[p.start:p.tail]:
        # "Bình quân mỗi tháng có 49 doanh nghiệp thành lập mới và 9 …"; not "126 chuyến/ngày và 6
        # tuyến xe buýt", whose time is its own written unit's
        c.f.unit, c.f.per = p.unit, True


def _opening_time_of_an_average(left: str) -> str | None:
    """ "Bình quân mỗi ngày làm việc kiểm định khoảng 742 lượt", "Trung bình mỗi tháng cao điểm đón trên 20.000
    lượt khách": a clause opening with an average word and "mỗi" and a time, however many words then say which
    days and what is done, makes its first count a count per that time; the time's words (``left`` the clause
    before the number, lowercased)."""
    v = vocabulary()
    if not (avg := v.average_per_time.starting(left)):
        return None  # the usual answer
    rest = left[len(avg):].lstrip(" ,")
    return w if (w := v.per_time_words.starting(rest)) and not _DIGIT.search(rest) else None


def _each_time_opening_the_clause(left: str) -> str | None:
    """ "Đột phá về nguồn nhân lực: mỗi năm đào tạo nghề cho khoảng 15.000 lao động": "mỗi" and a time open the
    clause (or the words after its colon), however many words then say what is done, with no number between:
    its first count is a count per that time; the time's words (``left`` the clause before the number,
    lowercased). Not with a number between ("Mỗi năm tổ chức 2 đợt kiểm tra, phát hiện 15 vụ": the 15 is no
    count per year)."""
    v = vocabulary()
    if not v.per_each_words.within(left):
        return None  # the usual answer
    rest = left.rpartition(":")[2].lstrip(" -+*•")
    return w if (w := v.per_time_words.starting(rest)) and not _DIGIT.search(rest) else None


@cache
def _ratio_target_name() -> re.Pattern[str]:
    """ "104% chỉ tiêu phấn đấu": a target named as the base of the percent before it."""
    return re.compile(rf"%\s*(?:{_alternation(vocabulary().raw['ratio_target_names'])})(?!\w)")


def _past_ratio_target(c: Context) -> str:
    """The clause before the figure, past a target named as the base of the percent before it ("bằng
    104% chỉ tiêu phấn đấu và tăng 18,6%": the target is 104%'s base, no marker of 18,6%)."""
    p = c.prev
    if p is None or p.unit != "percent":
        return c.left
    if w := vocabulary().ratio_target_names.starting(c.left) or _attained_with(c):
        return c.left[len(w):]
    return c.left


def _attained_with(c: Context) -> str | None:
    """ "Hoàn thành giao quân đạt 100% chỉ tiêu với 96 thanh niên nhập ngũ": a target named right after the
    percent of it before the figure, then only "với": the target is that percent's base, the figure the
    count the percent was attained with, no target; the target's words, or None."""
    p, v = c.prev, vocabulary()
    if p is None or p.kind != "plan_ratio" or not (w := v.plan_markers.starting(c.left)):
        return None  # the usual answer
    return w if v.attained_with.is_one(c.left[len(w):].strip()) else None


ASSIGNED_REACH: Final = 40  # "giao khoảng", "giao là": the giving word stands this near the number
GIVEN_TO_WORDS: Final = 8  # "giao Cục Hải quan tỉnh Lạng Sơn dự toán": the receiver's words, at most


def _given_target(left: str) -> str | None:
    """ "Bộ Tài chính giao Cục Hải quan tỉnh Lạng Sơn dự toán thu ngân sách nhà nước 6.800 tỷ đồng": a giving
    word, its receiver in a few words, a target noun and what it is of, with no verb, change or number
    between the noun and the figure: the target given; the words that say so."""
    v = vocabulary()
    if not v.given_targets.within(left) or (at := v.given_targets.last(left)) < 0:
        return None  # the usual answer
    noun = v.given_targets.starting(left[at:]) or ""
    rest, head = left[at + len(noun):], left[:at]
    if _DIGIT.search(rest) or v.verbs.found(rest) or v.change.found(rest) or (g := v.giving.last(head)) < 0:
        return None
    receiver = head[g:]
    giver = v.giving.starting(receiver) or ""
    receiver = receiver[len(giver):]
    if v.not_assigned.ending(head[:g + len(giver)]) or len(receiver.split()) > GIVEN_TO_WORDS \
            or v.verbs.found(receiver) or _DIGIT.search(receiver):
        return None
    return f"{giver} … {noun}"


def _joined_to_prev(c: Context) -> bool:
    """Only the figure before's noun and "và" stand between it and this one, no clause break: the
    two are read alike ("49 doanh nghiệp thành lập mới và 9 doanh nghiệp giải thể")."""
    words = c.raw_left.rstrip()
    return not any(ch in words for ch in ",;:()") and bool(_chain_words().ending(words))


@cache
def _chain_words() -> Words:
    """ "và": the words after which a label, a period or a like figure runs on."""
    return Words(vocabulary().raw["chain_words"])


def _plan_ratio_subject(doc: Document, c: Context) -> bool:
    """A percent of disbursement is of the plan capital, where no share verb says otherwise."""
    v = vocabulary()
    # The full sentence: "đã giải ngân … bằng 65,3% kế hoạch vốn; trong đó vốn … đạt 72,6%".
    i = bisect_right(doc.full_stops, c.full)
    sentence = doc.lower(c.full, max(c.se, doc.full_stops[i] if i < len(doc.full_stops) else len(doc.text)))
    return bool(v.plan_ratio_subjects.found(sentence) and (v.plan_named.found(sentence) or _of_disbursed(doc, c))) \
        and not v.share_verbs.found(c.left) and not c.f.rate and not v.work_volumes.starting(c.left)


def _part_of_plan_attained(doc: Document, c: Context) -> bool:
    """ "còn 3/20 chỉ tiêu chưa đạt kế hoạch, trong đó tổng vốn đầu tư chỉ đạt 99,5%": a percent
    attained with nothing after it, in a part of a sentence whose head says what attained the
    plan, is of that plan."""
    v = vocabulary()
    if c.f.unit != "percent" or c.right.strip(" .;") or not v.attained_verbs.ending(c.left):
        return False
    before = doc.lower(c.full, c.f.start)
    at = v.part_words.last(before)
    return at >= 0 and bool(v.plan_attained.found(before[:at]))


def _disbursement_rate(c: Context) -> bool:
    """ "trong đó UBND huyện Tam Dương giải ngân đạt 58,6%": a bare percent attained right after a
    disbursing word, with no total before it in its clause, is the share of the allotted plan disbursed
    though no plan is named; so is one attained by another in a like clause after it ("thấp nhất là Ban
    …, chỉ đạt 9,4%"). After a total ("Tổng vốn … là 186,4 tỷ đồng, giải ngân đạt 89,2%") it is a share."""
    v = vocabulary()
    if c.f.unit != "percent" or c.f.rate or c.prev is not None:
        return False  # the usual answer
    left = _strip(c.left, v.any_qualifier)
    if not (verb := v.attained_verbs.ending(left)):
        return False
    head = left[:-len(verb)].rstrip(" ,")
    if v.plan_ratio_subjects.ending(head):
        return True
    e = c.earlier
    return v.limiting_adverbs.ending(head) is not None and e is not None and e.kind == "plan_ratio" \
        and e.unit == "percent"


def _named_disbursement_rate(c: Context) -> bool:
    """ "phấn đấu tỷ lệ giải ngân cả năm đạt từ 95% trở lên", "tỷ lệ giải ngân vốn đầu tư công đạt 72,4%": a percent
    in a clause naming a disbursement rate is the capital disbursed as a share of the capital allotted, a ratio to
    the plan though no plan is named (a rate's percent is otherwise a share: "tỷ lệ hộ nghèo còn 2,1%")."""
    v = vocabulary()
    if not c.f.rate or not v.plan_ratio_rates.within(c.left):
        return False  # the usual answer
    return v.plan_ratio_rates.found(c.left) is not None and not v.share_verbs.found(c.left)


def _attained_of_allotted(doc: Document, c: Context) -> bool:
    """ "được giao 24.806 người, có mặt 23.652 người, đạt 95,3%": a bare percent attained right after
    a result, in a sentence that gave what was allotted before that result, is of the allotment."""
    p = c.prev
    if p is None or p.role != "actual" or c.f.unit != "percent" or c.right.strip(" .;"):
        return False
    v = vocabulary()
    return bool(v.attained_verbs.ending(c.left)) and bool(v.allotted.found(doc.lower(c.ss, p.start)))


def _of_disbursed(doc: Document, c: Context) -> bool:
    """ "đã giải ngân 164,2 tỷ đồng, đạt 57,1%": a percent right after a disbursed amount (a verb
    between) is of the capital allotted, though the sentence names no plan; "…, giải ngân đạt
    89,2%" after a total is the share of it disbursed."""
    p = c.prev
    if p is None or p.unit not in MONEY:
        return False
    between = c.raw_left.strip(" ,")
    if limiting := vocabulary().limiting_adverbs.starting(between):
        between = between[len(limiting):].lstrip()  # "giải ngân 554,5 tỷ đồng, chỉ đạt 21,0%"
    if len(between.split()) > 2 or not vocabulary().verbs.starting(between):
        return False
    return bool(vocabulary().plan_ratio_subjects.found(" ".join(doc.lower(c.ss, p.start).split()[-DISBURSED_WORDS:])))


@cache
def _choosing_verbs() -> Words:
    return Words(vocabulary().raw["choosing_verbs"])


def _required_floor_of_a_plan_ratio(c: Context) -> str | None:
    """ "đến ngày 30/9/2025 giải ngân đạt tối thiểu 60% kế hoạch vốn", "giải ngân đạt ít nhất 50% kế hoạch vốn được
    giao": a ratio to the plan with a word of the least it must be right before it is a floor set to reach, a
    target; the word. A result beyond a level is said otherwise ("giải ngân đạt trên 60% kế hoạch vốn")."""
    if c.f.kind != "plan_ratio" or c.f.qualifier != "over":
        return None  # the usual answer
    return vocabulary().required_floors.ending(c.left)


def _choice_capped(c: Context) -> str | None:
    """ "Hội đồng xét chọn tối đa 15 trong số 42 công trình", "mỗi huyện lựa chọn không quá 3 xã": a count capped
    by an at-most qualifier right after a verb of choosing is how many a body is to choose, a quota to fill; the
    verb."""
    if c.f.qualifier != "under" or c.f.unit != "count":
        return None  # the usual answer
    return _choosing_verbs().ending(_strip(c.left, vocabulary().any_qualifier))


def _assigned_amount(c: Context) -> str | None:
    """ "Dự toán thu … năm 2025 được Bộ Tài chính giao 28.650 tỷ đồng, HĐND tỉnh giao 31.200 tỷ đồng": a
    giver of a few words and a giving word right before the figure (a qualifier or "là" between), in a
    sentence that names a target noun before them: the target assigned; the giving words."""
    v = vocabulary()
    if not v.giving.within(c.left[-ASSIGNED_REACH:]):
        return None  # the usual answer
    left = _strip(_strip(c.left, v.any_qualifier), v.allotted_gap)
    if not v.giving.ending(left) or v.not_assigned.ending(left):
        return None
    giver = _LIST_BREAK.split(left[:len(left) - len(v.giving.ending(left) or "")])[-1]
    if (at := v.assigned_by.last(giver)) >= 0:  # "… năm 2025 được Bộ Tài chính": the giver after the word
        giver = giver[at + len(v.assigned_by.starting(giver[at:]) or ""):]
    words = giver.split()
    if not 0 < len(words) <= GIVEN_TO_WORDS or _DIGIT.search(" ".join(words)) or v.verbs.found(" ".join(words)):
        return None
    if not v.given_targets.within(c.head):
        return None
    return f"{' '.join(words)} giao"


def _change_of_a_plan(c: Context) -> bool:
    """ "Kế hoạch vốn nước ngoài năm 2024 được Thủ tướng Chính phủ giao 612,4 tỷ đồng, giảm 8,6% so với
    năm 2023": a change right after a target, nothing but its change word (and a qualifier) between,
    is how the target moved: a target too; so is a second change joined to such a change ("tăng 8,9% so với
    dự toán Bộ Tài chính giao và tăng 4,1% so với ước thực hiện năm 2024")."""
    p = c.prev
    if p is None or p.role != "plan" or c.f.kind not in CHANGES:
        return False
    v = vocabulary()
    words = c.raw_left.strip(" ,")
    if p.why.get("role") == _PLAN_CHANGE and p.kind in CHANGES:
        words = v.list_joiners.split(f" {words}")[-1].strip(" ,")
    if not (w := v.change.starting(words)):
        return False
    return not _strip(words[len(w):], v.any_qualifier).strip()


_PLAN_CHANGE: Final = "the change of the target right before it"


def _adjustment_of_a_plan(doc: Document, c: Context) -> str | None:
    """ "Điều chỉnh giảm 24.600 triệu đồng kế hoạch vốn của 5 dự án chậm tiến độ; điều chỉnh tăng tương ứng 24.600
    triệu đồng cho 6 dự án": a change an adjustment word opens (an adjustment word, then the change word, maybe
    an adverb between it and the number), in a full sentence naming a plan: the cut or the rise a resolution makes
    to the plan, a target itself, compared with nothing (the plan is what moves); the words. "Giá xăng được điều
    chỉnh giảm 850 đồng/lít" names no plan: a result."""
    if c.f.kind not in CHANGES or not (v := vocabulary()).tables.adjustment.within(c.left):
        return None  # the usual answer
    head = _strip(c.left, v.adverbs)
    if not (w := v.change.ending(head)) or not (adjusting := v.tables.adjustment.ending(head[:-len(w)].rstrip())):
        return None
    return f"{adjusting} {w}" if doc.holds(v.adjusted_plans, c.full, c.se) \
        and v.adjusted_plans.found(doc.lower(c.full, c.se)) else None


_PLAN_ADJUSTMENT: Final = "the cut or the rise an adjustment makes to a plan"


def _recipients_of_a_stated_plan(c: Context) -> str | None:
    """ "Tổng kế hoạch vốn … đã giao là 186.500 triệu đồng, bố trí cho 42 dự án", "điều chỉnh tăng 24.600 triệu đồng
    cho 6 dự án": a count right after a target's sum of money and a word giving it to something, nothing else
    between: how many things the plan is spread over, part of the target; the giving words. A count before the
    target's sum ("Tổng kế hoạch vốn giao cho 6 dự án là 1.286,4 tỷ đồng") counts what there is."""
    p = c.prev
    if c.f.unit != "count" or p is None or p.role != "plan" or p.unit not in MONEY:
        return None  # the usual answer
    w = vocabulary().allotted_to.ending(c.left)
    return w if w and c.raw_left.strip(" ,") == w else None


def _part_of_a_plan(doc: Document, c: Context) -> bool:
    """ "Tổng kế hoạch vốn … là 6.310,5 tỷ đồng, gồm vốn ngân sách địa phương 3.245,8 tỷ đồng,
    vốn ngân sách trung ương 2.418,7 tỷ đồng và …": the parts a part word lists after a target,
    in its unit and with no verb between, are targets too, each after the first as well (the
    first may have been a target for words of its own: "vốn … hỗ trợ có mục tiêu 245.000"), and
    after the target's change ("giao 186,42 tỷ đồng, tăng 12,7% so với năm 2023, gồm vốn …")."""
    p = c.prev
    if p is None or p.role != "plan":
        return False
    v = vocabulary()
    left = c.raw_left
    if _open_bracket(doc.lower(c.full, p.start)) >= 0 and ")" in left:
        return False  # "đạt 140% kế hoạch (KH 15 sản phẩm), trong đó: 16 …": the parts of the result before it
    if c.f.unit == "percent" and p.unit != "percent" and p.why.get("role", "").startswith("a part of") \
            and v.share_verbs.is_one(left.strip(" ,")):
        return True  # "trong đó vốn cân đối … 11.280 tỷ đồng, chiếm 61,1%": the part's share of the target
    if p.unit != c.f.unit:  # the change's words ("so với năm 2023") are no verb between
        if p.why.get("role") != _PLAN_CHANGE or (at := v.part_words.last(left)) < 0:
            return False
        left = left[at:]
    if v.verbs.found(left) or v.change.found(left) or v.plan_spread_stops.found(left):
        return False  # "…, trong đó quý I đã làm 12 km": the part done so far, a result
    return bool(v.part_words.found(c.raw_left)) or p.why.get("role", "").startswith("a part of") \
        or c.full < p.start and bool(v.part_words.found(doc.lower(c.full, p.start)))


def _part_of_a_plan_after_a_semicolon(doc: Document, c: Context) -> bool:
    """ "Tổng kế hoạch vốn năm 2025 là 1.146,8 tỷ đồng, gồm: vốn đầu tư phát triển 612,4 tỷ đồng; vốn sự nghiệp
    318,5 tỷ đồng; vốn năm 2024 chuyển sang 119,7 tỷ đồng.": a target's parts listed one a clause, each after a
    ";", in the first part's unit and with no verb: targets too, as the first part is. Not one that says what is
    done ("…; vốn sự nghiệp giải ngân 191,7 tỷ đồng")."""
    p = c.earlier
    if c.prev is not None or p is None or p.role != "plan" or p.unit != c.f.unit \
            or not p.why.get("role", "").startswith("a part of"):
        return False  # the usual answer
    between = doc.text[p.tail:c.f.start]
    if between.count(";") != 1 or "\n" in between or ". " in between:
        return False
    v = vocabulary()
    left = between.rpartition(";")[2].lower()
    return not (v.verbs.found(left) or v.change.found(left) or v.plan_spread_stops.found(left))


def _parts_of_the_plan_sentence_before(doc: Document, c: Context) -> str | None:
    """ "Kế hoạch năm 2025 là hỗ trợ 4.478 căn nhà. Trong đó, hộ gia đình người có công có 1.045 căn, hộ nghèo
    2.287 căn": a sentence that opens with a part word right after a target's sentence, in its paragraph and
    unit, lists the target's parts, unless it says what is done ("Trong đó, đã hoàn thành 1.045 căn") or the
    target was a bracket given to a result; the part word. The parts after the first follow it as parts of a
    target (see _part_of_a_plan)."""
    p = c.before
    if c.prev is not None or p is None or p.role != "plan" or p.tail > c.ss or p.unit != c.f.unit:
        return None  # the usual answer: no target's sentence right before
    v = vocabulary()
    between = doc.text[p.tail:c.ss]
    if not (w := v.part_words.starting(c.head)) or "\n" in between or ")" in between or between.count(".") > 1:
        return None  # "bằng 93,6% kế hoạch năm (13.500 triệu USD). Trong đó, …": the parts of the result
    if v.done_words.found(c.head) or v.change.found(c.head) or v.plan_spread_stops.found(c.head):
        return None
    return w


_QUOTA_SPLIT: Final = "a share of the places to fill"


# "so với năm 2024 (78 chỉ tiêu)": a bracket right after a year holds that year's level, no group's tally.
_YEAR_BRACKET: Final = re.compile(r"(?<!\d)(?:19|20)\d\d\s*\(\s*$")


def _recruiting_heading(doc: Document, at: int) -> str | None:
    """The recruiting word in the heading of the targets ``at`` is under ("I. CHỈ TIÊU TUYỂN DỤNG"): its
    places to fill are counted in every clause of its sentences, not only in one naming the recruiting."""
    scope = doc.scopes.at(at)
    return None if scope is None else vocabulary().recruiting.found(scope.heading.lower())


def _split_of_a_quota(c: Context) -> str | None:
    """ "trong đó 70% chỉ tiêu dành cho phương thức xét điểm thi, 25% xét học bạ và 5% xét tuyển thẳng": a
    percent of the places to fill after a part word, with no verb between, and the percents listed after
    it, split the quota, a target; the quota word (or the share before)."""
    f, v = c.f, vocabulary()
    if f.unit != "percent":
        return None
    p = c.prev
    if p is not None and p.unit == "percent" and p.role == "plan" and p.why.get("role", "").startswith(_QUOTA_SPLIT):
        return "the share before"
    if not (w := v.quotas.starting(c.right.lstrip())) or (at := v.part_words.last(c.raw_left)) < 0:
        return None
    return None if v.verbs.found(c.raw_left[at:]) else w


_PLAN_BRACKET_PART: Final = "a part of the target before it, in brackets"


def _bracketed_part_of_a_plan(c: Context) -> bool:
    """ "giao chỉ tiêu cho thị xã 176 công dân (Quân đội 158, Công an nhân dân 18)": the parts named in a
    bracket that opens right after a target (its noun between), in its unit, with no verb, change or
    other number before them in the bracket, split the target: targets too, each after the first as well."""
    p = c.prev
    if p is None or p.role != "plan" or p.unit != c.f.unit:
        return False  # the usual answer
    v = vocabulary()
    left = c.raw_left
    if p.why.get("role") == _PLAN_BRACKET_PART:  # "…, Công an nhân dân 18": the next part, the bracket still open
        if "(" in left or ")" in left:
            return False
        inside = left
    else:
        if (at := _open_bracket(left)) < 0 or v.verbs.found(left[:at]) or v.change.found(left[:at]):
            return False
        inside = left[at + 1:]
    return not (_DIGIT.search(inside) or v.verbs.found(inside) or v.change.found(inside))


def _norm(doc: Document, c: Context) -> str | None:
    """ "thấp hơn mức 3% theo Nghị quyết số 42/2017/QH14", "không vượt quá mức 5% quy định", "mức trần
    quy định là 70%", "cao hơn mức dưới 5% mà Tổng cục Thuế giao": a level word right before the figure (a
    qualifier between) and the rule or giver that sets it, right after it or between the two: a norm the
    result is held against, a requirement; the words that say so."""
    v = vocabulary()
    if not v.norm_levels.within(c.left):
        return None  # the usual answer, before the verbs are stripped
    left = _strip(_strip(c.left, v.verbs), v.any_qualifier)  # "cao hơn mức dưới 5%"
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
    clause = _LIST_BREAK.split(after, maxsplit=1)[0].rstrip(" .)")
    if _DIGIT.search(clause) or not (given := v.assigned.ending(clause)) or v.not_assigned.ending(clause):
        return None
    return f"{relative} … {given}"


def _of_a_long_term_mean(c: Context) -> bool:
    """ "bằng 106% TBNN", "bằng 92% trung bình nhiều năm": a percent of a long-term mean, which no base code names."""
    return vocabulary().tables.long_term_mean.starting(c.right.lstrip().lower()) is not None


def _of_a_norm(c: Context) -> str | None:
    """ "bằng 23,7% mức dư nợ vay tối đa theo quy định": a percent right before a level word whose
    clause names the rule that sets it, or right before a standard, is a part of that norm; the level word."""
    v = vocabulary()
    right = c.right.lstrip()
    if c.f.unit == "percent" and (standard := v.norm_standards.starting(right)):
        return standard  # "chỉ đạt 22,7% tiêu chuẩn": a standard is a norm of its own
    if c.f.unit != "percent" or not (level := v.norm_levels.starting(right)) or not v.norm_sources.found(right):
        return None
    return level


def _norm_bracket(c: Context) -> str | None:
    """ "… mức dư nợ vay tối đa theo quy định (2.052 tỷ đồng)": a bracket holding only a number, right after
    a level word and the rule that sets it, holds that norm; the words that say so."""
    left = c.raw_left
    if (at := _open_bracket(left)) < 0 or _strip(left[at + 1:], vocabulary().any_qualifier).strip():
        return None
    v = vocabulary()
    head = left[:at].rstrip()
    if _number_besides_years(head) or not (source := v.norm_sources.ending(head)) \
            or (start := v.norm_levels.last(head)) < 0:
        return None
    return f"{v.norm_levels.starting(head[start:])} … {source}"


_STANDARD_CODE_END: Final = re.compile(r"\s+\d[\w:./-]*$")  # "05:2023/btnmt" after "qcvn"


def _standard_bracket(c: Context) -> str | None:
    """ "vượt QCVN (50 µg/m3)", "giới hạn trung bình năm theo QCVN 05:2023/BTNMT (25 µg/m3)", "đạt quy chuẩn
    (40 µg/m3)": a bracket holding only a number right after a national technical standard, named by its
    abbreviation with or without its code, holds the limit the standard sets, a requirement the measure is
    held against; the standard's name."""
    left = c.raw_left
    if "(" not in left or not vocabulary().standard_names.within(left):
        return None  # the usual answer
    if (at := _open_bracket(left)) < 0 or _strip(left[at + 1:], vocabulary().any_qualifier).strip():
        return None
    head = left[:at].rstrip()
    return vocabulary().standard_names.ending(_STANDARD_CODE_END.sub("", head))


def _guideline_value(c: Context) -> str | None:
    """ "gấp 7,7 lần giá trị hướng dẫn của Tổ chức Y tế Thế giới (WHO) là 5 µg/m3", "giá trị giới hạn theo quy
    chuẩn là 300 µg/m3": a limit or guideline value named before a copula right before the number is that
    value, a requirement the measure is held against; the words that name it."""
    v, left = vocabulary(), c.left.rstrip()
    if not (cop := v.copulas.ending(left)) or not (w := v.guideline_values.found(left)):
        return None  # the usual answer: no copula right before the number
    return w if not _number_besides_years(left[left.rfind(w):-len(cop)]) else None


def _bound_a_standard_sets(doc: Document, c: Context) -> str | None:
    """ "Theo TCVN 4391:2015, khách sạn 4 sao phải có tối thiểu 50 buồng ngủ, khách sạn 3 sao tối thiểu 20 buồng
    ngủ": a bound in a full sentence opening with the standard that sets it is what the standard requires, a
    requirement; "Theo báo cáo, có trên 50 cơ sở đạt chuẩn" cites no standard and states a result. The words."""
    if c.f.qualifier not in ("under", "over"):
        return None  # the usual answer
    return vocabulary().standard_citations.starting(doc.lower(c.full, c.full + ACT_CITATION_REACH).lstrip())


_RULE_NUMBER_END: Final = re.compile(r"\d+/\d{4}/(?:[A-Z]|Đ)[\w-]*$")  # "Thông tư số 28/2020/TT-BGDĐT"


def _ceiling_of_a_rule(c: Context) -> str | None:
    """ "cao hơn quy định tại khoản 1 Điều 6 Thông tư số 28/2020/TT-BGDĐT (không quá 35 học sinh/lớp)": a
    bracket holding only a bound and the number, right after a rule's number, holds the bound the rule
    sets, a requirement; the bound's words."""
    if c.f.qualifier not in ("under", "over") or "(" not in c.raw_left:
        return None  # the usual answer
    left = c.raw_left
    if (at := _open_bracket(left)) < 0 or _strip(left[at + 1:], vocabulary().any_qualifier).strip():
        return None
    return left[at + 1:].strip() if _RULE_NUMBER_END.search(c.window[:at].rstrip()) else None


def _allowed_excess_cap(c: Context) -> str | None:
    """ "tại vùng 2 giá bán được cao hơn nhưng không quá 2% so với vùng 1", "học phí được tăng nhưng tối đa 10%": a
    ceiling in a clause where a rule lets a level exceed another is the cap the rule sets, a requirement, not a
    result; the words that let it. "giá bán cao hơn 2% so với vùng 1" states a result."""
    if c.f.qualifier != "under":
        return None  # the usual answer
    v = vocabulary()
    clause = c.head.rpartition(";")[2]
    return v.allowed_excess.found(clause) if v.allowed_excess.within(clause) else None


PROPOSAL_REACH: Final = 40  # "đề nghị Ủy ban nhân dân tỉnh hỗ trợ": whom a request asks, between it and its verb
_LIST_BREAK: Final = re.compile(r"[;:]|,(?!\d)")  # not the comma inside a number ("1 chọi 8,4")
_REQUEST: Final = "a request for the future"


def _demanded_by_a_deadline(c: Context) -> str | None:
    """ "Tỉnh yêu cầu các địa phương khởi công … và hoàn thành, bàn giao 100% số nhà trước ngày 30/8/2025": a figure
    after a demand word in its sentence, with a deadline right after it in its clause, is what must be done by that
    day, a target ("Tỉnh đã hoàn thành 90% số nhà trước ngày 30/5/2025" reports a result); the demand word."""
    v = vocabulary()
    if not v.demands.within(c.head) or not v.deadlines.found(c.right):
        return None  # the usual figure: no demand before it, or no deadline after it
    return v.demands.found(c.head)


def _proposal(c: Context) -> str | None:
    """ "Sở đề xuất UBND tỉnh dành khoảng 3,5 tỷ đồng", "Đề nghị Trung ương hỗ trợ tỉnh 350 tỷ đồng": a
    proposal word, then past whom it asks (no number between) a verb of giving, and the figure in the same
    clause: what is asked for, a target; so is the figure after it joined with no comma ("350 tỷ đồng và 500
    tấn gạo"). "kiến nghị thu hồi 28,9 tỷ đồng" gives nothing (an inspection's finding, a result), nor does
    "tiếp nhận 25 hồ sơ đề nghị cấp phép, đã cấp 20 giấy phép". The words that say so."""
    left = c.raw_left
    if c.prev is not None and c.prev.why.get("role", "").startswith(_REQUEST) and not _LIST_BREAK.search(left):
        return "the request before it"
    v = vocabulary()
    if not v.proposals.within(left) or (at := v.proposals.last(left)) < 0:
        return None  # the usual answer
    asked = v.proposals.starting(left[at:]) or ""
    after = left[at + len(asked):]
    grant = v.proposed_grants.first(after[:PROPOSAL_REACH])
    if grant < 0 or _DIGIT.search(after[:grant]) or _LIST_BREAK.search(after):
        return _request_to_a_body(asked, after)
    return f"{asked} … {v.proposed_grants.starting(after[grant:])}"


@cache
def _request_words() -> tuple[Words, Words]:
    """The words of a request, and the bodies a request may be addressed to."""
    raw = vocabulary().raw
    return Words(raw["requests"]), Words(raw["addressed_bodies"])


def _request_to_a_body(asked: str, after: str) -> str | None:
    """ "đề nghị UBND huyện tập trung thu hồi 27,5 tỷ đồng nợ đọng thuế", "đề nghị các sở, ngành … ": a request
    (``asked``), then the body it is addressed to right after it and, short of a break or a number, what the body
    is to do with the figure: a target; an inspection's "kiến nghị thu hồi …" names no body and stays a result.
    ``after``: the words between the request and the number. The words that say so, else None."""
    words, bodies = _request_words()
    if not words.is_one(asked) or len(after) > PROPOSAL_REACH or _DIGIT.search(after) or _LIST_BREAK.search(after):
        return None
    body = bodies.starting(after.lstrip())
    return f"{asked} {body} …" if body else None


_ALLOTTED_SUM: Final = "allotted capital"
_ALLOTTED_PURPOSE: Final = "the work allotted capital is for"


def _allotted_among_a_results_parts(doc: Document, c: Context) -> str | None:
    """ "Tổng nguồn lực huy động … đạt hơn 245 tỷ đồng. Trong đó, ngân sách Trung ương hỗ trợ 62,7 tỷ đồng; ngân sách
    tỉnh bố trí 48,5 tỷ đồng": money after a verb of allotting, in a full sentence that a part word opens after a
    result in money, is a part of what was raised, put in already: a result, not allotted capital ("Kế hoạch vốn …
    là 120 tỷ đồng. Trong đó, ngân sách tỉnh bố trí 40 tỷ đồng" lists the parts of a plan); the part word."""
    v, p = vocabulary(), c.before
    if p is None or p.role != "actual" or p.unit not in MONEY or not v.allotting.within(c.left):
        return None  # the usual answer: no verb of allotting, or no result in money before it
    if not v.allotting.ending(_strip(c.left, v.any_qualifier)):
        return None
    return v.part_words.starting(doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES + " "))


def _allotted_sum(c: Context) -> str | None:
    """ "Tỉnh đã bố trí 5,5 tỷ đồng từ nguồn dự phòng ngân sách để xử lý khẩn cấp 400 m xung yếu nhất",
    "tỉnh bố trí 12 tỷ đồng để xây dựng thêm 16 phòng học tại 3 trường": money right after a verb of
    allotting is allotted capital, a plan; the figures of the work after "để" that it is for (no clause
    break between) are part of it. The words that say so."""
    v = vocabulary()
    f, p = c.f, c.prev
    if p is not None and p.role == "plan" and not _LIST_BREAK.search(c.raw_left):
        why = p.why.get("role", "")
        if why.startswith(_ALLOTTED_PURPOSE) or why.startswith(_ALLOTTED_SUM) and v.purposes.found(c.raw_left):
            return f"{_ALLOTTED_PURPOSE}, after the sum before it"
    if f.unit not in MONEY or not v.allotting.within(c.left):
        return None  # the usual answer
    w = v.allotting.ending(_strip(c.left, v.any_qualifier))
    return f"{_ALLOTTED_SUM}: {w!r} right before it" if w else None


def _allotted_funds_as_subject(c: Context) -> str | None:
    """ "Tổng kinh phí bố trí cho công tác phòng cháy, chữa cháy rừng mùa khô là 12.480 triệu đồng", "Vốn được
    phân bổ cho chương trình là 86 tỷ đồng": money right after "là", the first figure of a sentence that opens
    (a sum word first, maybe) with funds and the verb that allots them, is the sum allotted, a plan, as after
    "bố trí" itself; "Kinh phí đã giải ngân là 9,3 tỷ đồng" names no allotting and states a result. The words."""
    f = c.f
    if f.unit not in MONEY or c.prev is not None:
        return None  # the usual answer
    v = vocabulary()
    if not v.allotted_funds.within(c.head) or not v.copulas.ending(_strip(c.left, v.any_qualifier)):
        return None
    opening = c.head.lstrip(ITEM_DASHES)
    if total := v.group_sums.starting(opening):
        opening = opening[len(total):].lstrip()
    return v.allotted_funds.starting(opening)


def _estimated_cost(c: Context) -> str | None:
    """ "tổng mức đầu tư dự kiến khoảng 55 tỷ đồng": a project's cost estimated, an estimate word among the
    qualifiers between; the cost's words ("tổng mức đầu tư trên 40 tỷ đồng" has none: a result)."""
    v = vocabulary()
    if not v.design_costs.within(c.left):
        return None  # the usual answer
    bare = _strip(c.left, v.any_qualifier)
    return v.design_costs.ending(bare) if v.qualifiers_estimated.found(c.left[len(bare):]) else None


def _project_subject(c: Context) -> str | None:
    """ "Dự án cấp nước sạch cho 4 xã vùng cát … có công suất …", "Dự án nâng cấp đường ĐT.582 có chiều dài
    7,4 km": a project opening the sentence as its subject, the number in its name or a measure it has,
    before any verb of what was done; the project word."""
    v = vocabulary()
    head = c.head.lstrip(" -+•*–")
    if c.f.unit == "percent" or not (w := v.project_subjects.starting(head)):
        return None  # the usual answer
    return None if v.project_verbs.found(head) or v.change.found(head) else w


def _late_payment_charge(doc: Document, c: Context) -> bool:
    """ "người nộp thuế bị tính tiền chậm nộp theo mức 0,03%/ngày", "lãi chậm đóng BHXH 0,03%/ngày": a percent per
    time in a sentence that speaks of paying late, before it, is the charge a law sets on what is paid late, the
    price of late money and a term, not a share; "tỷ lệ nợ quá hạn 0,5%" is no rate per time."""
    f = c.f
    return f.unit == "percent" and doc.text.startswith("/", f.end) \
        and doc.holds(vocabulary().late_payment, c.full, f.start)


def _act_term(c: Context) -> str | None:
    """ "tỉnh đã ban hành Nghị quyết số 45/2023/NQ-HĐND hỗ trợ thêm 10% mức đóng …, với kinh phí ước khoảng
    6,4 tỷ đồng mỗi năm": an act issued and the support it gives, before the figure in its sentence (no ";"
    between); the words that say so."""
    v = vocabulary()
    if not v.act_issuing.within(low := c.head):
        return None  # the usual answer
    found = list(v.act_support.finditer(low))
    return found[-1].group() if found and ";" not in low[found[-1].end():] else None


def _symbol_equated(c: Context) -> bool:
    """ "rừng giàu K = 1,0", "hệ số k1 = 1,2", "với a = 0,8": a bare number right after "=" and a one-letter
    symbol (maybe numbered) is the value a formula's coefficient is given, a place on its scale that a rule
    sets, of no time."""
    left = c.raw_left.rstrip()
    if not left.endswith("="):
        return False  # the usual answer
    symbol = left[:-1].rstrip().rpartition(" ")[2]
    return bool(symbol) and symbol[0].isalpha() and (len(symbol) == 1 or symbol[1:].isdigit() and len(symbol) <= 3)


def _dues_cut(c: Context) -> str | None:
    """ "được giảm 50% mức đóng đối với tổ chức bị thiệt hại": a percent of the dues a fund's rules set, after a
    change word, is the part they cut for a class, a term; "hỗ trợ 70% mức đóng BHYT" is support given. The dues."""
    v = vocabulary()
    if not (w := v.dues.starting(c.right.lstrip())):
        return None  # the usual answer
    return w if v.change.ending(_strip(c.left, v.any_qualifier)) else None


def _share_of_takings(c: Context) -> str | None:
    """ "chi trả từ 1-2% doanh thu", "trích 10% tổng số tiền thu được để lập dự phòng": a percent after a verb of
    paying or setting aside ("từ", a qualifier between) and before what the payer takes in is the share a rule
    sets, a term; so is a per mille of what it holds ("đóng 2‰ trên tổng giá trị tài sản"). What it is a share of."""
    v = vocabulary()
    right = c.right.lstrip()
    if not (w := v.takings.starting(right)) and (of := v.takings_of.starting(right)):
        w = v.takings.starting(right[len(of):].lstrip())
    if not w:
        return None  # the usual answer
    left = _strip(_strip(c.left, v.any_qualifier), v.from_words)
    return w if v.share_payers.ending(left) else None


def _set_by_an_act(doc: Document, c: Context) -> str | None:
    """ "Theo Quyết định số 08/2024/QĐ-TTg …, mức cho vay tối đa … là 100 triệu đồng/hộ; lãi suất … 0,55%/tháng":
    a rate or a bound in a full sentence opening with the act that sets it, or a bound in the next full
    sentence of its paragraph ("Cho vay giải quyết việc làm tối đa 100 triệu đồng/lao động"); the act's words."""
    f = c.f
    bound = f.qualifier in ("under", "over")
    if not (bound or f.per or doc.text.startswith("/", f.end)):
        return None  # the usual answer
    v = vocabulary()
    if w := v.act_citations.starting(doc.lower(c.full, c.full + ACT_CITATION_REACH).lstrip()):
        # "Theo Nghị quyết …, lợi nhuận năm 2023 được phân phối như sau: … cổ tức 8%/vốn điều lệ": a sum the
        # act settled is what was done under it, not a rate it sets
        return None if v.settlements.found(doc.lower(c.full, f.start)) else w
    k = bisect_left(doc.full_stops, c.full) - 1
    if not bound or k < 0 or "\n" in doc.text[doc.full_stops[k]:c.full]:
        return None
    return v.act_citations.starting(doc.lower(doc.full_stops[k], doc.full_stops[k] + ACT_CITATION_REACH).lstrip())


def _rise_each_counted_gets(c: Context) -> str | None:
    """ "trong đó 1.478 người được tăng thêm 0,3 triệu đồng và 886 người được nâng lên mức 3,5 triệu đồng/tháng":
    money right after a count of people and the words saying each is raised by or to it is the rise or the floor a
    rule gives each, a term, not a sum paid ("1.478 người được chi trả 4,2 tỷ đồng" is); the raising words."""
    left = c.raw_left.strip()
    if len(left) < RAISED_SHORTEST or len(left.split()) > RAISED_WORDS:
        return None  # the usual answer
    return vocabulary().each_raised.ending(left)


def _rise_an_act_sets(doc: Document, c: Context) -> str | None:
    """ "Thực hiện Nghị định số 158/2025/NĐ-CP …, lương hưu … được tăng thêm 8%", "Theo Nghị định, sau khi điều
    chỉnh tăng 8%, người … có mức hưởng …": a rise in percent in a full sentence opening with the act that sets it
    and naming what each one receives is the act's rise, a term ("Thực hiện Nghị quyết …, thu ngân sách tăng
    12%" names nothing received: a result); the act's words."""
    v = vocabulary()
    if not (w := v.rise_acts.starting(doc.lower(c.full, c.full + ACT_CITATION_REACH).lstrip())):
        return None
    return w if v.pension_levels.found(doc.lower(c.full, c.se)) else None


def _price_under_a_cited_act(doc: Document, c: Context) -> str | None:
    """ "Giá dịch vụ kiểm định thực hiện theo Thông tư số 55/2022/TT-BTC …, từ 240.000 đến 570.000 đồng/lượt",
    "Giá nước sạch áp dụng theo Quyết định số 15/2023/QĐ-UBND là 7.500 đồng/m3": a price per something, the
    first figure of its sentence, after a subject that the sentence says follows an act: the price the act
    sets, a term; the act's words. A sentence opening with the act is read by ``_set_by_an_act``."""
    f = c.f
    if c.prev is not None or " theo " not in c.head or f.unit.partition("_per_")[0] not in MONEY \
            or not (f.per or "/" in doc.text[f.end:f.tail + 1]):
        return None  # the usual answer
    v = vocabulary()
    if (at := v.act_citations.first(c.head)) <= 0 or not c.head[:at].strip():
        return None
    return v.act_citations.starting(c.head[at:])


def _existing_stock(c: Context) -> bool:
    """ "nâng tỷ lệ lấp đầy của 11 khu công nghiệp hiện có lên 72%", "với 26 trung tâm … hiện
    có, ngành sẽ …": a count whose noun "hiện có" follows, before any verb, is what there is
    now, whatever year or target the sentence speaks of."""
    v = vocabulary()
    if c.f.unit != "count" or not v.existing_after.found(c.right):  # the usual answer, at C speed
        return False
    at = v.existing_after.last(c.right)
    return at > 0 and not v.verbs.found(c.right[:at])


def _this_months_clause(doc: Document, c: Context, named: str) -> str | None:
    """ "Xây dựng kế hoạch cao điểm dịp cuối năm 2025; phấn đấu trong tháng xử lý ít nhất 160 vụ": a time named in
    an earlier clause of the sentence does not reach past ";" into a clause that speaks of "trong tháng", the month
    the heading over it names ("trong tháng 12 hoàn thành …" names its own month); the words."""
    own = doc.lower(c.ss, c.f.start)
    if not (w := vocabulary().this_month.found(own)) or named.lower() in own:
        return None
    after = own[own.find(w) + len(w):].lstrip()
    return None if after[:1].isdigit() else w


def _stock_held_now(c: Context) -> str | None:
    """ "Tổng số hàng tạm giữ gồm 215.600 bao thuốc lá điếu, 164.300 kg đường cát": a sentence opening with the
    goods held so far, not yet dealt with, counts what is held on the report's day, not what the period did ("Trong
    tháng, tạm giữ 120 bao thuốc lá" is the month's result); the opening words."""
    return vocabulary().held_stocks.starting(c.head.lstrip(" -+*•"))


def _present_stock(doc: Document, c: Context) -> str | None:
    """ "…, lĩnh vực có khoảng 2.300 tổ chức, cá nhân đang kinh doanh" in a sentence of what is to be done: a
    count right after "có" (a qualifier between) whose noun phrase, with no number, "đang" ends is what there
    is now, no target; the word after the noun."""
    v = vocabulary()
    if c.f.unit != "count" or not v.haves.ending(_strip(c.left, v.any_qualifier)):
        return None  # the usual answer
    after = doc.lower(c.f.tail, min(c.se, c.f.tail + NOUN_REACH))
    if (at := v.present_after.first(after)) < 0 or _DIGIT.search(after[:at]):
        return None
    return v.present_after.starting(after[at:])


@dataclass(frozen=True)
class _SessionWords:
    """The words of a session's record: votes, agenda papers, petitions, the record's own copies."""

    votes: Words
    voters: Words
    agenda_verbs: Words
    agenda_papers: Words
    petitions: Words
    petition_owners: Words
    document_parts: Words
    document_copies: Words


@cache
def _session_words() -> _SessionWords:
    raw = vocabulary().raw
    return _SessionWords(*(Words(raw[k]) for k in ("vote_words", "voters", "agenda_verbs", "agenda_papers",
                                                  "petition_counts", "petition_owners", "document_parts",
                                                  "document_copies")))


VOTE_NOUN_WORDS: Final = 5  # "đại biểu có mặt tán thành": the words between a count and how it voted


def _vote_tally(c: Context) -> str | None:
    """ "32/32 đại biểu có mặt tán thành", "01 đại biểu không tán thành", "31/32 đại biểu tán thành (96,88%)": a
    count of voters followed by how they voted, and the percent right after it, is a vote's tally: the meeting's
    result, of no period, whatever plan or year the item voted on names; the vote word."""
    f, w = c.f, _session_words()
    if f.unit == "count" and f.counted and w.voters.starting(f.counted.lower()) \
            and (vote := w.votes.found(c.right)) is not None:  # the voters' noun first: the cheaper test
        return vote if len(c.right[:c.right.find(vote)].split()) <= VOTE_NOUN_WORDS else None
    if f.unit == "percent" and (p := c.prev) is not None and p.role == "actual" \
            and p.why.get("role", "").startswith(f"{_VOTE}; {_VOTE_TALLY}") and ";" not in c.raw_left:
        return "the tally before it"
    return None


def _agenda_paper(c: Context) -> str | None:
    """ "kỳ họp xem xét 14 báo cáo, 6 tờ trình": a count of papers right after a verb of considering them, and the
    like counts listed after it, is the session's agenda: context of no time; the verb."""
    f, w = c.f, _session_words()
    if f.unit != "count" or not f.counted or f.denominator is not None \
            or not w.agenda_papers.starting(f.counted.lower()):
        return None  # the usual answer
    if verb := w.agenda_verbs.ending(c.left):
        return verb
    p = c.prev
    if p is not None and p.role == "context" and p.why.get("role", "").startswith(_AGENDA):
        between = c.raw_left.strip()
        if p.counted and between.startswith(p.counted.lower()):
            between = between[len(p.counted):].strip()
        if not (between := between.strip(" ,")) or _chain_words().is_one(between):
            return "the paper before it"
    return None


def _petitions_listed(doc: Document, c: Context) -> str | None:
    """ "tổng hợp 58 ý kiến, kiến nghị của cử tri, trong đó 41 kiến nghị …": a count of petitions or opinions (not a
    part done of them, "45/58") in a sentence naming voters: the list worked through, context of no time."""
    f, w = c.f, _session_words()
    if f.unit != "count" or not f.counted or f.denominator is not None \
            or not (n := w.petitions.starting(f.counted.lower())):
        return None  # the usual answer
    return n if doc.holds(w.petition_owners, c.full, c.se) else None


def _document_copies(doc: Document, c: Context) -> str | None:
    """ "Biên bản gồm 07 trang, được lập thành 05 bản có giá trị như nhau: gửi … 01 bản": pages or copies, counted
    alone, in a sentence that makes out the document's copies: the document's own make-up, context of no time."""
    f, w = c.f, _session_words()
    if f.unit != "count" or not f.counted or not w.document_parts.is_one(f.counted.lower()):
        return None  # the usual answer
    return w.document_copies.found(doc.lower(c.full, c.se))


def _named_to_carry_out(doc: Document, c: Context) -> str | None:
    """ "Chánh Văn phòng Sở … và người đứng đầu 05 cơ sở lưu trú du lịch có tên tại Điều 1 chịu trách nhiệm thi
    hành Quyết định này": a count in the closing sentence naming who carries a decision out names them,
    background of no time, not a result; "Sở đã kiểm tra 05 cơ sở" states one. The words."""
    if c.f.unit != "count" or not doc.holds(vocabulary().executing_clauses, c.f.end, c.se):
        return None  # the usual answer: the clause naming who carries it out comes after the count
    return vocabulary().executing_clauses.found(doc.lower(c.f.end, c.se))


DISTRIBUTION_REACH: Final = 400  # from a dashed line back to the line opening the list of recipients


def _in_a_distribution_list(doc: Document, c: Context) -> str | None:
    """ "Nơi nhận:\n- Sở Nông nghiệp và Môi trường;\n- Hạt Kiểm lâm 12 huyện, thành phố;": a count on a dashed
    line of the list of those a document is sent to names recipients, background of no time, not a result nor a
    target of the section before; "- Xây dựng 12 chòi canh" under a heading of tasks is no such list. The words."""
    f = c.f
    if f.unit != "count" or not doc.text.startswith(_LIST_DASHES, c.ss):
        return None  # the usual answer: no count on a dashed line
    v = vocabulary()
    before = doc.lower(max(0, c.ss - DISTRIBUTION_REACH), c.ss)
    at = max(before.rfind(w) for w in v.distribution_heads.words)
    if at < 0 or (at and before[at - 1] != "\n") or "\n\n" in before[at:]:
        return None
    return v.distribution_heads.starting(before[at:])


def _size_of_a_call_list(c: Context) -> str | None:
    """ "Danh mục dự án kêu gọi đầu tư năm 2025 …, gồm 14 dự án, tổng diện tích khoảng 1.502,7 ha": a
    count or sum after "gồm" that follows the list's name in its clause; "Trong số 31 dự án thuộc Danh mục
    kêu gọi đầu tư năm 2024, đã có 12/31 dự án …": the whole opening the clause, the list named after it;
    the list's words."""
    v = vocabulary()
    if v.call_lists.within(c.head) and (at := v.call_lists.first(c.head)) >= 0:
        words = v.call_lists.starting(c.head[at:]) or ""
        between = c.head[at + len(words):]
        # not "…, gồm 14 dự án, đến nay đã có 5 dự án …": a result of the list, said so
        return words if ";" not in between and v.call_list_parts.found(between) \
            and not v.done_words.found(between) else None
    if c.f.denominator is None and v.whole_openers.is_one(c.raw_left.strip()) and (w := v.call_lists.found(c.right)):
        return w
    return None


def _set_a_sum_is_taken_over(doc: Document, c: Context) -> str | None:
    """ "Điều 1. Công nhận hạng cho 05 cơ sở …", then "Tổng số buồng của 05 cơ sở được công nhận lần này là 281
    buồng": a count right after "của", the first figure of a sentence opening with a sum word, with the copula
    stating the sum after it in its clause, that restates a count of the same things stated before it in the
    text, is the set the sum is taken over, restated background; stated there for the first time ("Tổng công
    suất thiết kế của 3 nhà máy … là 42.000 m3/ngày đêm") it counts a result. The words."""
    f, v = c.f, vocabulary()
    if f.unit != "count" or c.prev is not None or not f.counted or not (w := v.sum_taken_over.ending(c.left)):
        return None  # the usual answer
    if not v.group_sums.starting(c.head.lstrip(ITEM_DASHES)) or not v.copulas.found(c.right):
        return None
    return w if doc.text.find(f"{doc.text[f.start:f.end]} {f.counted}", 0, c.ss) >= 0 else None


def _whole_divided(doc: Document, c: Context) -> str | None:
    """ "Trong 11 nhóm hàng hóa và dịch vụ chính, có 8 nhóm tăng giá …": a count of classes right after "trong"
    opening its sentence, then after the comma that ends its noun phrase counts of the same noun: the whole the
    parts divide, a fixed fact, not a result ("Trong số 27 huy chương vàng, có 15 …" counts a result); the
    opening word."""
    v = vocabulary()
    if c.f.unit != "count" or not c.f.counted or c.prev is not None \
            or not v.whole_openers.is_one(w := c.raw_left.strip()):
        return None  # the usual answer
    comma = doc.text.find(",", c.f.tail, c.se)
    if comma < 0:
        return None
    noun = c.f.counted.lower().split()[0]
    if not v.classes.starting(c.f.counted.lower()):
        # "Trong số 22 dự án trọng điểm, có 15/22 dự án …": the part's attainment is of the whole, the set
        # it is counted in
        whole = _part_of_the_whole().match(doc.lower(comma + 1, c.se))
        if whole and whole.group(1) == doc.text[c.f.start:c.f.end] and whole.group(2) == noun:
            return w
        return w if _whole_stated_before(doc, c, noun) else None
    m = _part_count().match(doc.lower(comma + 1, c.se))
    if m is None or m.group(1) != noun:
        return None
    return w


def _whole_stated_before(doc: Document, c: Context, noun: str) -> bool:
    """ "- Chạy quá tốc độ quy định: 3.512 trường hợp", then the item "3. Trong số 3.512 trường hợp chạy quá tốc độ,
    có 2.405 trường hợp …": a numbered item opening with a whole the text stated before it, of the same noun,
    restates it as the set its parts are counted in, background; "Trong số 27 huy chương vàng, có 15 …"
    opening a paragraph, or stated there for the first time, counts a result."""
    line = doc.text.rfind("\n", 0, c.ss) + 1
    if not _ITEM_NUMBER_ONLY.match(doc.text, line, c.ss):
        return False  # the usual answer: no numbered item opening with the whole
    return doc.lower(0, c.ss).find(f"{doc.text[c.f.start:c.f.end]} {noun} ") >= 0


_ITEM_NUMBER_ONLY: Final = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[^\W\d_])[.)]\s*$")  # "3. ": an item's number alone


@cache
def _part_of_the_whole() -> re.Pattern[str]:
    """ ", có 15/22 dự án": a part's attainment of a whole, maybe after a word of having, the whole's
    number and the first word of its noun."""
    return re.compile(rf"\s*(?:(?:{_alternation(vocabulary().raw['haves'])})\s+)?[\d.,]+/([\d.,]+)\s+(\w+)")


@cache
def _part_count() -> re.Pattern[str]:
    """ ", có 8 nhóm": a part's count, maybe after a word of having, and the first word of its noun."""
    return re.compile(rf"\s*(?:(?:{_alternation(vocabulary().raw['haves'])})\s+)?[\d.,]+\s+(\w+)")


def _means_of_a_later_year(doc: Document, c: Context) -> bool:
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


def _future_target(doc: Document, c: Context) -> str | None:
    """ "Năm 2025 là năm cuối …; với 26 trung tâm hiện có, ngành sẽ đưa 12.000 lao động …",
    "Năm 2025, dự kiến bố trí …; dự kiến có khoảng 12.500 người …": a future word or an estimate
    opener after a later year named in the full sentence (and after any "hiện")."""
    k = bisect_left(doc.later, c.full)
    if k == len(doc.later) or doc.later[k] >= c.f.start:
        return None  # the usual case: no later year named before it in its full sentence
    v = vocabulary()
    low = doc.lower(doc.later[k], c.f.start)
    for words in (v.future_words, v.estimate_openers):
        if words.found(low) and (at := words.last(low)) > v.now_words.last(low):  # at C speed first
            return words.starting(low[at:])
    return None


def _later_span_before(doc: Document, c: Context) -> str | None:
    """ "Giai đoạn 2023-2026, tỉnh dự kiến đầu tư khoảng 450 tỷ đồng" in a report of 2022: a span of
    years that starts after the report's year, named before the figure, as a later year is; its words."""
    if not doc.year or not _FOUR_DIGITS.search(doc.text, c.full, c.f.start):
        return None  # the usual answer: no year before it
    found = _period_before(doc, c.full, c.ss, c.f.start)
    if found is None:
        return None
    span = found[0]
    if found[0].isdigit() and int(found[0]) > doc.year and (words := _SPAN_WORDS.search(found[1])):
        span = f"{words.group(1)}-{words.group(2)}"  # "vụ Đông Xuân 2024-2025": a season coded by its later year
    if not _SPAN_CODE.match(span) or int(span[:4]) < doc.year:
        return None
    if int(span[:4]) == doc.year:
        # "Tổng kinh phí thực hiện giai đoạn 2025 - 2030 dự kiến 68,5 tỷ đồng" in a resolution of 2025: a
        # span opening in the report's year and running past it, an estimate for it is planned
        v = vocabulary()
        low = doc.lower(c.full, c.f.start)
        if int(span[-4:]) <= doc.year or not v.estimate_openers.found(low) \
                or v.estimate_openers.last(low) < low.rfind(span[-4:]):
            return None
    return found[1]


def _schedule(doc: Document, c: Context) -> str | None:
    """ "2. Phân kỳ kinh phí theo năm: năm 2025 là 6,2 tỷ đồng; năm 2026 là …": a sentence opening with a
    word of phasing over time, before a colon, lays out what is to be spent or done: its words."""
    v = vocabulary()
    if not doc.holds(v.schedule_heads, c.full, c.f.start):
        return None  # the usual answer, without a slice
    head = doc.lower(c.full, c.f.start)
    if ":" not in head:
        return None
    head = head[:head.index(":")]
    m = v.section_head.match(head)
    return v.schedule_heads.starting(head[m.end():] if m else head)


def _future_unnamed(doc: Document, c: Context) -> str | None:
    """ "“Huyện sẽ tập trung xây dựng 2 chuỗi liên kết …”": a future word before the figure in
    a full sentence that names no year and no estimate: what is to be done, a target."""
    v = vocabulary()
    if not doc.holds(v.future_words, c.full, c.f.start):
        return None  # the usual answer, without a slice
    low = doc.lower(c.full, c.f.start)
    if not v.future_words.found(low) or _FOUR_DIGITS.search(low):
        return None
    at = v.future_words.last(low)
    # An estimate before the future word estimates a result; after it ("huyện sẽ tổ chức thêm …, dự kiến
    # thu khoảng 1.350 tỷ đồng") it is part of what is to be done.
    head = low[:at]
    if v.estimate_openers.found(head) or v.qualifiers_estimated.found(head):
        return None
    return v.future_words.starting(low[at:]) if at > v.now_words.last(low) else None


def _reference_bracket(doc: Document, c: Context) -> str | None:
    """ "(cùng kỳ năm trước có 4 ổ dịch)", or after a figure "(tháng 9/2024 là 1.102 hồ sơ)", "(Tết Giáp
    Thìn 2024 …)": a bracket that opens with another time or an occasion of an earlier year, the level to
    compare with; the words that say so."""
    left = c.raw_left
    if (at := _open_bracket(left)) >= 0:
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
    named = periods_named(inside, 0, len(inside), doc.year) if c.prev is not None or at < 0 else None
    if named and (named[0][3] == 0 or opens_with_a_school_year(inside, named[0][3]) or _opens_at_a_years_edge(
            inside, named[0][3])) and doc.year and int(named[0][1][:4]) <= doc.year:
        return named[0][2]  # "(năm 2023 là …)", "(năm học 2023-2024 là 82,9%)"
    if c.prev is not None and doc.year and (y := opens_with_an_occasion(inside)) and int(y.group()) <= doc.year:
        return inside[:y.end()]  # "(Tết Giáp Thìn 2024 mức cao nhất là 1,5 tỷ đồng/người)": the last festival's
    if inside[:1].isdigit() and (day := _DAY_OPENS.match(inside)) and doc.year and int(day.group(3)) <= doc.year \
            and 1 <= int(day.group(2)) <= 12:
        return inside  # "(31/12/2023 là 0,98%)": the level on an earlier day
    return None


def _bracket_past_the_figure_before(doc: Document, c: Context) -> str | None:
    """ "(cùng kỳ năm 2024 xảy ra 9 vụ, làm chết 6 người, bị thương 10 người)": a bracket opened before the
    figure before this one in its sentence and not closed by this one holds both, past a comma: its words
    from its opening, lowercased; else None."""
    if c.prev is None or (at := doc.text.rfind("(", c.ss, c.prev.start)) < 0:
        return None  # the usual figure: no bracket opened before the one before it
    if doc.text.find(")", at, c.f.start) >= 0:
        return None
    return doc.lower(at + 1, c.f.start).lstrip()


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
    if (at := _open_bracket(before)) < 0:
        return None
    return doc.lower(c.full + at + 1, c.f.start).lstrip()


@cache
def _given_as() -> re.Pattern[str]:
    """A target word, its giver, the giving word and "là" right before the number (a change word
    or a qualifier may stand between)."""
    v = vocabulary()
    gap = _alternation(v.raw["increase"] + v.raw["decrease"] + list(v.any_qualifier.words))
    return re.compile(rf"(?<!\w)(?:{_alternation(v.raw['target_brackets'])})(?!\w)[^,;()\d]{{0,40}}?"
                      rf"(?<!\w)(?:{_alternation(v.raw['assigned'])})\s+(?:{_alternation(v.raw['given_as'])})"
                      rf"(?:\s+(?:{gap}))*\s*$")


def _design_subject(c: Context) -> str | None:
    """ "công suất thiết kế của các bến container khoảng 8 triệu TEU/năm", "Tổng công suất thiết kế
    của 4 nhà máy nước … là 96.500 m3/ngày đêm": a designed scale named as the subject, no verb
    but "là" between it and the number (the facilities it is of may be counted between: those
    counts are results); or a project's scale after "lên" ("dự án nâng cấp Trạm cấp nước … lên
    5.000 m3/ngày đêm"). The words that say so."""
    v = vocabulary()
    f = c.f
    plain_count = f.unit == "count" and not f.per
    if v.design_subjects.within(c.left) and (at := v.design_subjects.last(c.left)) >= 0:
        w = v.design_subjects.starting(c.left[at:])
        # "tổng công suất thiết kế các bến container đạt khoảng 8,5 triệu TEU/năm": "đạt" states the scale too
        between = _strip(_strip(c.left[at + len(w or ""):], v.any_qualifier), v.attained_verbs)
        if w and not v.verbs.found(between) and not (plain_count and v.possessives.ending(between)):
            return w
    if v.design_costs.within(c.left) and (at := v.design_costs.last(c.left)) >= 0:
        w = v.design_costs.starting(c.left[at:])
        between = c.left[at + len(w or ""):].rstrip()
        if w and v.copulas.ending(between) and not v.verbs.found(_strip(between, v.copulas)):
            return w  # "Tổng mức đầu tư các dự án là 7.846 tỷ đồng"
    if plain_count or c.prev is None or c.prev.unit != "count" or c.prev.per:
        return _project_scale(c)
    head = c.head
    if not v.design_subjects.within(head) or (at := v.design_subjects.last(head)) < 0 or c.prev.start < c.ss + at:
        return _project_scale(c)
    w = v.design_subjects.starting(head[at:])
    between = _strip(_DIGITS.sub(" ", head[at + len(w or ""):]).rstrip(), v.copulas)
    return w if w and not v.verbs.found(between) and not _CLAUSE_BREAK.search(between) else _project_scale(c)


_DIGITS: Final = re.compile(r"\d[\d.,]*")
_MONTH_OF_YEAR: Final = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?!\d)")  # "tháng 9/2024"


def _project_scale(c: Context) -> str | None:
    """ "khởi công dự án nâng cấp Trạm cấp nước Cái Nước lên 5.000 m3/ngày đêm": the scale a
    project is to reach, after "lên" with no other verb between."""
    v = vocabulary()
    if not (to := v.to_level.ending(c.left)) or not v.design_projects.within(c.left):
        return None
    head = c.left[: len(c.left) - len(to)]
    if (at := v.design_projects.last(head)) < 0:
        return None
    w = v.design_projects.starting(head[at:])
    return w if w and not v.verbs.found(head[at + len(w):]) else None


GIVEN_REACH: Final = 80  # "chỉ tiêu Nghị quyết HĐND xã giao là giảm": a target word, its giver and "là"


def _target_given_as(c: Context) -> str | None:
    """ "vượt chỉ tiêu Nghị quyết HĐND xã giao là giảm 2%": the number after "là" is the target
    a giver set; the words that say so."""
    tail = c.left[-GIVEN_REACH:]
    v = vocabulary()
    if not (v.assigned.within(tail) and v.given_as.within(tail)) or not (m := _given_as().search(tail)):
        return None
    return None if v.not_assigned.found(m.group()) else m.group().strip()


@cache
def _target_brackets() -> Words:
    return Words(vocabulary().raw["target_brackets"])


def _target_bracket(c: Context) -> str | None:
    """ "(chỉ tiêu Bộ Công an giao trên 75%)": the first number of a bracket that opens with a
    target word is the target, whoever set it; the words that say so."""
    left = c.raw_left
    if (at := _open_bracket(left)) < 0 or _number_besides_years(left[at:]):
        return None  # "(chỉ tiêu năm 2025 là 95%)": a year may stand before the number
    inside = left[at + 1:].lstrip()
    v = vocabulary()
    if v.plan_names.starting(inside):
        return None  # "(kế hoạch hóa gia đình …)": a name, no target
    if w := _target_brackets().starting(inside):
        return w
    # "chiếm 2,3% số phải thu (BHXH Việt Nam giao dưới 2,5%)": a giver's target for the figure before, or for
    # the rate the change in points before changed ("còn 3,12%, giảm 0,41 điểm phần trăm (… giao không quá 3,35%)")
    words = _strip(inside.rstrip(), v.any_qualifier)
    if c.prev is not None and c.prev.unit in (c.f.unit, POINTS.get(c.f.unit)) and at <= TARGET_REACH \
            and (w := v.assigned.ending(words)) and not v.not_assigned.ending(words):
        return w
    # "đạt 14,6% (quy định tối đa 20%)": the rule's limit for the figure before, a norm it is held against
    if c.prev is not None and c.prev.unit == c.f.unit and at <= TARGET_REACH and v.norm_sources.is_one(words):
        return words
    return None


def _result_target(c: Context) -> str | None:
    """ "ước tăng 7,42% so với năm 2023, vượt chỉ tiêu Nghị quyết HĐND tỉnh đề ra (7,0%)", "tăng
    3,21% …, nằm trong mục tiêu kiểm soát (dưới 4%)": a bracket holding only a number in the unit of
    the result before it (maybe a bound), right after a clause naming a target, holds that target;
    the target words."""
    if c.prev is None or c.prev.unit != c.f.unit or c.prev.role == "plan":
        return None
    left = c.raw_left
    if (at := _open_bracket(left)) < 0:
        return None
    v = vocabulary()
    inside = left[at + 1:].strip()
    if inside and _strip(inside, v.any_qualifier):
        return None  # words besides a bound: another bracket ("(kế hoạch dưới 15,5%)" is read as such)
    head = left[:at].rstrip()
    if _number_besides_years(head):
        return None
    return v.plan_markers.found(head[_clause_start(head):])


def _target_named_after_a_result(c: Context) -> str | None:
    """ "giảm từ 38,2% năm 2020 xuống còn 31,5% năm 2025, chưa đạt mục tiêu dưới 30%": a target word (maybe a bound
    after it) right before a number in the unit of the result before it, outside brackets, names that result's
    target, of its period (not a level in brackets of another year: "(năm 2023 là 61,8%), vượt chỉ tiêu 70%");
    the target word."""
    p = c.prev
    if p is None or p.unit != c.f.unit or p.role != "actual" or "(" in c.raw_left:
        return None  # the usual answer
    v = vocabulary()
    return v.plan_markers.ending(_strip(c.left, v.any_qualifier))


def _target_of_a_fall_in_points(c: Context) -> bool:
    """ "tỷ lệ hộ nghèo … giảm 4,6% so với cuối năm 2023 (chỉ tiêu tỉnh giao giảm từ 4% trở lên)": a
    change in a bracket opening with a target word, after a rate's change in points, is its target,
    in points too."""
    if c.prev is None or c.prev.kind != "change_points" or c.prev.unit != POINTS.get(c.f.unit):
        return False
    left = c.raw_left
    return (at := _open_bracket(left)) >= 0 and _target_brackets().starting(left[at + 1:].lstrip()) is not None


def _share_beating_its_target(c: Context, change: str | None) -> bool:
    """ "giải quyết 2.318 tin, đạt 95,2%, vượt 5,2% so với chỉ tiêu": a share, then the points by which
    it exceeds its target, in the same unit: the share's change in points, whatever it is of; so for a
    growth rate compared with nothing beating its target or an estimate a council set ("tăng trưởng đạt
    8,7%, vượt 0,7% so với Nghị quyết HĐND huyện")."""
    v = vocabulary()
    if not change or not v.exceed.starting(change) or c.prev is None or c.prev.unit != c.f.unit \
            or not (c.prev.kind == "share" or c.prev.kind == "growth" and c.prev.base is None):
        return False  # "tăng 10,2% so với năm 2023, vượt 8,3% kế hoạch": a change's, of the quantity
    if c.prev.kind == "growth" and _growth_after_its_level(c):
        return False  # "đạt 38.420 tấn, tăng 9,7%, vượt 4,2% kế hoạch": the plan is of the level, in %
    after = c.right.lstrip()
    if w := v.comparison.starting(after):
        after = after[len(w):].lstrip()
    return v.plan_markers.starting(after) is not None or c.prev.kind == "growth" and _base(c.right) in PLAN_BASES


def _growth_after_its_level(c: Context) -> bool:
    """ "sản lượng đạt 38.420 tấn, tăng 9,7%, vượt 4,2% kế hoạch", "thu 1.250 tỷ đồng, tăng 8%, vượt 5% dự
    toán": the growth before the figure comes right after the level it is of (a number in a unit, a comma, a
    word of change): what exceeds a plan is that level, by a percent of it, not the growth by points."""
    p = c.prev
    assert p is not None
    before = c.head[:max(0, p.start - c.ss)].rstrip()
    if not (w := vocabulary().change.ending(before)):
        return False
    before = before[:-len(w)].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()[-LEVEL_UNIT_WORDS - 1:]  # "38.420 tấn", "10,86 triệu lượt khách"
    return len(words) > 1 and _HAS_LETTER.match(words[-1]) is not None \
        and any(_DIGIT.match(w) for w in words[:-1])


LEVEL_UNIT_WORDS: Final = 3  # the most words a level's unit is written in


def _elsewhere_bracket(c: Context) -> bool:
    """ "cao hơn bình quân cả nước (28,2%)": a bracket holding only the number, right after
    words naming another place."""
    left = c.raw_left.rstrip()
    return left.endswith("(") and bool(vocabulary().elsewhere.ending(left[:-1].rstrip(" ,:")))


def _bracket_of_elsewhere(c: Context) -> str | None:
    """ "tăng 12,6% so với đầu năm (cả nước tăng khoảng 15%)": the first number of a bracket that
    opens with another place is that place's level; the words that say so."""
    left = c.raw_left
    if (at := _open_bracket(left)) < 0 or _number_besides_years(left[at:]):
        return None
    return vocabulary().elsewhere.starting(left[at + 1:].lstrip())


def _term_start_bracket(c: Context) -> str | None:
    """ "nông nghiệp chỉ còn 10,8% (đầu nhiệm kỳ là 17,5%)": a bracket opening with the term's start and
    at most one word before the number holds the level the term opened with; those words."""
    left = c.raw_left
    if (at := _open_bracket(left)) < 0:
        return None
    inside = left[at + 1:].strip()
    if not (w := vocabulary().term_start.starting(inside)) or len(inside[len(w):].split()) > 1:
        return None
    return inside


def _term_start_year(doc: Document, pos: int) -> str | None:
    """The first year of the span the nearest numbered heading names ("I. … NHIỆM KỲ 2020 - 2025"), else
    of the term the text named last before ``pos`` ("nhiệm kỳ 2020 - 2025")."""
    if span := heading_span(doc.text, pos):
        return span[0][:4]
    terms = list(vocabulary().congress_term.finditer(doc.text, 0, pos))
    return terms[-1].group(1) if terms else None


def _target_beaten_by_points(c: Context) -> bool:
    """ "tăng trưởng đạt 8,7%, vượt 0,7% so với Nghị quyết HĐND huyện (8%)": a bracket holding only a
    percent right after a rate's lead over its target or an estimate, in points, gives that target."""
    p = c.prev
    return p is not None and p.kind == "change_points" and p.base in PLAN_BASES and p.unit == "percentage_point" \
        and c.f.unit == "percent" and _compared_bracket(c) is not None


def _compared_bracket(c: Context) -> str | None:
    """ "tăng 12,8% so với cùng kỳ năm 2023 (962,4 triệu USD)", "cao hơn mức sinh học tự nhiên
    (từ 104 đến 106)": a bracket holding only a number, maybe a range, right after the words
    naming what the figure before was compared with gives that level; the comparing words."""
    left = c.raw_left
    if (at := _open_bracket(left)) < 0:
        return None
    v = vocabulary()
    # "giảm 1 bậc so với năm 2022 (xếp thứ 1/63)": a rank word may restate the level as a place
    if (inside := left[at + 1:].strip()) and not v.from_words.ending(inside) and not _restated_rank(inside):
        return None
    head = left[:at]
    # "thiếu 412 giáo viên so với định mức, chủ yếu ở cấp mầm non (218 giáo viên)": past a comma,
    # the bracket gives a part, not what was compared with
    head = head[max(head.rfind(")"), head.rfind(",")) + 1:]
    if _number_besides_years(head) and not _only_times_named(head):
        return None  # another number than a year stands between
    if c.prev is not None and c.prev.kind == "multiple":
        return c.prev.unit_word or c.prev.unit  # "gấp 1,8 lần năm 2019 (11.860 tỷ đồng)": the level the multiple is of
    if c.prev is not None and c.prev.kind == "share" and c.f.unit != "percent" \
            and head.lstrip().startswith(tuple(v.group_sums.words)) and not v.verbs.found(head):
        # "bằng 94,3% tổng kinh phí bồi thường của dự án (9.476 tỷ đồng)": the whole the share is of
        return "a share's whole"
    return v.comparison.found(head) or v.change.found(head)


def _restated_rank(inside: str) -> bool:
    """ "xếp thứ": the words of a bracket before its number are a rank word alone."""
    inside = inside.strip()
    return vocabulary().rank_words.ending(inside) == inside


def _opening_comparison_bracket(doc: Document, c: Context) -> str | None:
    """ "So với Đại hội lần thứ VIII năm 2018 (giành 19 huy chương vàng, 24 huy chương bạc, xếp thứ 10),
    số huy chương vàng tăng 8 chiếc": a bracket right after the comparison its sentence opens with gives
    the levels compared with, each figure in it; the comparing words."""
    v = vocabulary()
    if not (w := v.comparison.starting(doc.lower(c.ss, min(c.f.start, c.ss + COMPARISON_OPENING)).lstrip())):
        return None  # the usual answer: the sentence opens otherwise
    before = doc.text[c.ss:c.f.start]
    if (at := _open_bracket(before)) < 0 or _number_besides_years(_MONTH_OF_YEAR.sub("", before[:at])):
        return None  # "So với cuối tháng 9/2024 (78,4%)": a month of a year is a time too
    return w




def _bracket_of_a_target(c: Context) -> str | None:
    """ "mục tiêu kiểm soát lạm phát năm 2024 (CPI bình quân tăng dưới 4%) cơ bản được bảo đảm": in a
    bracket right after a clause that opens with a target word, with no number but a year between,
    the figure states that target; the target word."""
    left = c.raw_left
    if (at := _open_bracket(left)) < 0:
        return None  # the usual answer: in no bracket
    clauses = _LIST_BREAK.split(left[:at])
    if len(clauses) == 1 and c.prev is not None:
        return None  # "đạt 65% kế hoạch (cùng kỳ …)": the words end the figure before's clause
    clause = clauses[-1].strip()
    if not (w := vocabulary().plan_markers.starting(clause)) or _number_besides_years(clause):
        return None
    return w


def _given_target_bracket(doc: Document, c: Context) -> str | None:
    """ "bảo đảm chỉ tiêu Quốc hội giao (tỷ lệ bản án bị hủy không quá 1,5%, bị sửa không quá 3%)": a
    bracket right after a target someone set spells that target out, each of its figures; not a result
    against it ("vượt chỉ tiêu tỉnh giao (đạt 105%)"). So too a limit a regulator set ("tăng 14,5%, trong giới
    hạn tăng trưởng tín dụng Ngân hàng Nhà nước giao (15,2%)"): the plan of the year. The target's words."""
    at = doc.text.rfind("(", c.ss, c.f.start)
    if at < 0 or doc.text.find(")", at, c.f.start) >= 0:
        return None  # the usual answer: in no bracket
    v = vocabulary()
    head = doc.lower(c.ss, at).rstrip()
    cited = _cited_document_end().search(head) if "/" in head else None
    if cited:
        head = head[:cited.start()].rstrip()  # "mục tiêu đề ra tại Kế hoạch số 25/KH-UBND ngày 20/01/2025"
    if not v.assigned.ending(head) or v.not_assigned.ending(head):
        return None
    clause = head[_clause_start(head):]
    short = cited is not None and (fell := v.fell_short.last(clause)) >= 0
    if v.attained_verbs.found(doc.lower(at, c.f.start)) and not short:
        return None  # "vượt chỉ tiêu tỉnh giao (đạt 105%)": the result
    if short:
        clause = clause[fell:]  # "kết quả giải ngân 6 tháng đầu năm chưa đạt mục tiêu đề ra": the target's words
    if _number_besides_years(_without_document_numbers(clause)):
        return None
    return v.plan_markers.found(clause) or v.given_limits.found(clause)


def _without_document_numbers(clause: str) -> str:
    """ "chỉ tiêu Nghị quyết số 20-NQ/TU đề ra": the words with a document's number ("số" and a code holding a
    "/") taken out; the number names the document that set the target, it is no figure of the clause."""
    if "/" not in clause:
        return clause  # the usual answer: no document's number
    words, numbering = clause.split(), vocabulary().document_number_words
    return " ".join(w for n, w in enumerate(words) if not ("/" in w and n and numbering.is_one(words[n - 1])))


@cache
def _cited_document_end() -> re.Pattern[str]:
    """ " tại Kế hoạch số 25/KH-UBND ngày 20/01/2025": a document cited at the end of the words before a
    bracket (its kind in a few words, its number with a "/", maybe its day)."""
    cited = _alternation(vocabulary().raw["cited_in"])
    return re.compile(rf"\s+(?:{cited})\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,4}}\s+\d+[\w./-]*/[\w./-]+"
                      rf"(?:\s+[^\W\d_]+\s+{DAY})?$")


_REFERENCE_BRACKET: Final = "a bracket opening with the level it is held against"


def _no_time_inside(doc: Document, c: Context) -> bool:
    """The bracket a figure stands in names no year before it ("(TBNN khoảng 2-3 cơn)", not "(TBNN năm 2023 …)")."""
    at = _open_bracket(c.raw_left)
    return at >= 0 and not _FOUR_DIGITS.search(c.raw_left, at)


def _reference_level_bracket(c: Context) -> str | None:
    """ "mực nước hồ 378,6 m (mực nước dâng bình thường 380 m)", "đạt 9,86 m (báo động 3: 9,00 m)": a bracket
    opening with a reference level (a reservoir's design level, an alarm level), after the figure it is held
    against, holds that level: background, not a result; the words naming it."""
    if "(" not in c.raw_left or (at := _open_bracket(c.raw_left)) < 0:
        return None  # the usual answer
    inside = c.raw_left[at + 1:].lstrip()
    v = vocabulary()
    if not (w := v.reference_levels.starting(inside) or v.alarm_levels.starting(inside)):
        return None
    return None if _DIGIT.search(inside[len(w):]) else w  # no other number between


def _open_bracket(left: str) -> int:
    """Where the bracket the figure stands in opens in ``left`` (the words before it), or -1."""
    at = left.rfind("(")
    return -1 if at < 0 or ")" in left[at:] else at


def _joined_to_a_compared_level(c: Context) -> bool:
    """ "tăng 3 vụ so với tháng 10/2024 (6 vụ/8 bị can)": a count joined by "/" to the bracketed level compared
    with, in the same bracket, is that level's other count."""
    p = c.prev
    return p is not None and p.role == "context" and p.why.get("role", "").startswith(_COMPARED) \
        and not any(ch in c.raw_left for ch in "(),;") and len(c.raw_left.split()) <= PAIR_WORDS


def _month_compared(c: Context) -> str | None:
    """ "tăng 3 vụ so với tháng 10/2024 (6 vụ/8 bị can)": a bracketed level after the words comparing with a month
    of a year is that month's; its code."""
    head = c.raw_left[:_open_bracket(c.raw_left)]
    if (at := vocabulary().comparison.last(head)) < 0 or not (m := _MONTH_OF_YEAR.search(head, at)):
        return None
    code = period_in(head[at:m.end()])
    return code if part_of_year(code) else None


def _only_times_named(head: str) -> bool:
    """ "tăng 8,2% so với tháng 9/2025 (3.554 triệu đồng)": the digits between a comparison and its bracket all
    name a month of a year, a time compared with, no other number."""
    return "/" in head and not _DIGIT.search(A_YEAR.sub("", _MONTH_OF_YEAR.sub("", head)))


def _number_besides_years(text: str) -> bool:
    """``text`` holds a digit that is not part of a year ("năm 2025" aside)."""
    return bool(_DIGIT.search(A_YEAR.sub("", text)))


def _compares(c: Context) -> bool:
    """The clause names what the figure is compared with ("so với", "kế hoạch")."""
    return bool(_base(c.right) or _comparison(c.left))


def _compared_level(c: Context) -> bool:
    """ "vượt 1.540 ha so với mục tiêu (20.000 ha)": a bracket right after the words naming what a change
    by an amount compares with, in its clause, holds that level."""
    left = c.raw_left
    if (at := _open_bracket(left)) < 0 or "," in left or ";" in left:
        return False
    return vocabulary().comparison.starting(left[:at].lstrip().lower()) is not None


def _bracketed_after(c: Context) -> bool:
    """The figure stands in an open bracket right after the figure before it."""
    assert c.prev is not None
    return _open_bracket(c.raw_left) >= 0 and len(c.raw_left) <= TARGET_REACH


def _estimate_before(doc: Document, ss: int, se: int, start: int) -> bool:
    """An estimate opener of the sentence ``ss:se`` (see :func:`_estimate_at`) starts before ``start``."""
    openers = vocabulary().estimate_openers
    # Only an opener before the figure governs it: where none of the words stands there (most
    # sentences), the whole sentence is not searched.
    if (doc.low is None or doc.holds(openers, ss, min(se, start + openers.longest))) \
            and 0 <= _estimate_at(doc, ss, se) < start:
        return True
    return _estimated_time_opens(doc, ss, start)


def _estimated_time_opens(doc: Document, ss: int, start: int) -> bool:
    """ "Ước 6 tháng đầu năm 2024, tỷ lệ … đạt 82%", "Ước đến hết năm 2024, tổng chi đạt …": an
    estimate word and a time alone, then a comma, open the sentence: they estimate the figure after
    them, as a bare "ước" does (see :func:`_next_figure_after_an_estimated_time`)."""
    v = vocabulary()
    head = doc.lower(ss, min(start, ss + ESTIMATED_TIME_REACH)).lstrip(ITEM_DASHES)
    if not (w := v.qualifiers_estimated.starting(head)):  # the usual answer
        return False
    time, comma, _ = head[len(w):].partition(",")
    time = time.strip()
    if not (comma and time and (A_YEAR.search(time) or v.estimate_gap.starting(time))) or v.verbs.found(time):
        return False
    # No number but the time's ("9 tháng đầu năm 2024" counts months): "Ước đạt 1.200 tỷ đồng năm
    # 2024, tăng 5%" estimates its first figure alone.
    if _number_besides_years(_months_span().sub("", time)) and not any(
            a == 0 and e == len(time) for e, _, _, a in periods_named(time, 0, len(time))):
        return False
    return _next_figure_after_an_estimated_time(doc.lower(ss, start))


def _next_figure_after_an_estimated_time(head: str) -> bool:
    """ "Ước cả năm 2025, giải ngân đạt khoảng 1.090 tỷ đồng, bằng 95% kế hoạch": a bare "ước" and its time
    before a comma estimate the next figure only (its own "khoảng" nearer, 1.090 is approx), not the later
    ones: "bằng 95% kế hoạch" is exact, as in "Thu ngân sách … ước 758 tỷ đồng, bằng 127% dự toán". ``head``:
    the sentence lowercased up to the figure."""
    return not _number_besides_years(head.partition(",")[2])


def _estimate_at(doc: Document, ss: int, se: int) -> int:
    """Where the first "dự kiến", "dự tính", "ước tính" of the sentence ``ss:se`` (to the ";"
    or full stop) starts, or -1: it governs every figure after it there ("ước" alone only the
    next); each sentence is read once."""
    at = doc.estimates.get(ss)
    if at is None:
        first = vocabulary().estimate_openers.first(doc.lower(ss, se))
        at = doc.estimates[ss] = ss + first if first >= 0 else -1
    return at


# --------------------------------------------------------------------------- helpers


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _sentence_ends(text):
        end = m.start() + (text[m.start()] != "\n")  # keep the full stop in the sentence
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """``_SENTENCE_END.finditer(text)``, the pattern tried only where one of its first characters stands:
    one ``find`` per character finds them at C speed, where the search tested the pattern's first class
    on every character."""
    at = []
    for stop in _STOPS:
        i = text.find(stop)
        while i >= 0:
            at.append(i)
            i = text.find(stop, i + 1)
    at.sort()
    ends, done, n = [], 0, len(text)
    for i in at:
        # A stop is an end only before a space or a closing quote or bracket: most full stops in a report
        # stand between digits ("1.178"), and one look at the next character spares the match.
        if i < done or (text[i] != "\n" and (i + 1 == n or not (text[i + 1].isspace() or text[i + 1] in _CLOSERS))):
            continue
        if m := _SENTENCE_END.match(text, i):
            ends.append(m)
            done = m.end()
    return ends


@cache
def _school_year_pattern() -> re.Pattern[str]:
    words = vocabulary().raw["periods"]["school_year"]
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)", re.I)


def _school_year_opening(doc: Document) -> str | None:
    """The school year opening in the report's year, if the text names it ("năm học 2025-2026" in 2025)."""
    at = _coming_school_years(doc.text, doc.low, doc.year)
    return f"{doc.year}-{doc.year + 1}" if at and doc.year else None


def _coming_school_years(text: str, low: str | None, year: int | None) -> list[int]:
    """Where a school year opening in the report's year is named ("Năm học 2024-2025" in a report of
    2024): most of it is still to come, a later time than the report's, as a later year is (``low``: the
    text lowercased, if at hand)."""
    if not year or str(year) not in text:
        return []  # the usual answer, at C speed
    lowered = low if low is not None else text.lower()
    if not any(w in lowered for w in vocabulary().raw["periods"]["school_year"]):
        return []  # no school year named: the regex need not run
    return [m.start() for m in _school_year_pattern().finditer(text) if int(m.group(1)) == year]


def _later_quarters(text: str, low: str | None, year: int | None) -> list[int]:
    """Where a quarter of a later year than the report's is named ("Trong Quý I/2025, chi nhánh sẽ giải ngân …"
    in a report of 2024), as a later year is. Searched in the lowercased text (``low``, None where lowercasing
    would change its length) with the quarter's word opening the pattern, so that the search skips to it; no
    letter may stand before it, tested on each match."""
    if not year:
        return []
    found = _quarter_of_a_year(False).finditer(low) if low is not None else _quarter_of_a_year(True).finditer(text)
    return [m.start() for m in found
            if int(m.group(1)) > year and not (m.start() and word_char(text[m.start() - 1]))]


@cache
def _quarter_of_a_year(any_case: bool) -> re.Pattern[str]:
    """ "quý i/2025": a quarter and its year, in the lowercased text (or as written, ``any_case``)."""
    words = _alternation(vocabulary().raw["periods"]["quarter"])
    return re.compile(rf"(?:{words}) [iv]+/(\d{{4}})(?!\d)", re.I if any_case else 0)


def _a_plan(lines: list[HeadingLine], year: int | None) -> bool:
    """A line of its own among the first few naming the document a plan ("KẾ HOẠCH"), the next line
    its title naming one period, the report's year ("Triển khai chiến dịch … năm 2025")."""
    v = vocabulary()
    for n, (_, stripped, _, _) in enumerate(lines[:min(PLAN_TYPE_LINES, len(lines)) - 1]):
        if v.plan_documents.is_one(stripped.lower()):
            title = lines[n + 1][1]
            return {p for _, p, _, _ in periods_named(title, 0, len(title))} == {str(year)}
    return False


def _fiscal_year(text: str) -> int | None:
    """ "Cho năm tài chính kết thúc ngày 31/12/2024" near the top of financial statements: the year
    of the day the financial year ends, the year they report; else None."""
    low = text[:FISCAL_YEAR_REACH].lower()  # "CHO NĂM TÀI CHÍNH KẾT THÚC NGÀY …" in capitals too
    at = vocabulary().fiscal_year_ends.first(low)  # once a text, over its first lines
    if at < 0:
        return None
    m = _YEAR_OF_A_DAY.search(low, at, at + FISCAL_YEAR_DAY_REACH)
    return int(m.group(1)) if m else None


def _years(text: str) -> tuple[int | None, list[tuple[int, int]]]:
    """The year a report is about (the most frequent "năm YYYY", bases aside), and
    every (offset, year) named after "năm"."""
    v = vocabulary()
    named, counts = [], Counter[int]()
    for start, year in v.years_named(text):
        named.append((start, year))
        if not v.other_year_before.search(text, max(0, start - OTHER_YEAR_LOOKBACK), start):
            counts[year] += 1
    best = counts.most_common(1)  # ties: the year named first
    return (best[0][0] if best else None), named


def _next_steps_heading(stripped: str, heading: object, lead: str) -> bool:
    """ "III. BIỆN PHÁP XỬ LÝ TIẾP THEO", "IV. Các bước tiếp theo": a heading line (no sentence ending in ".")
    closing on words of what comes next opens what the office will do, a plan, as a heading of next year's
    tasks does; "Các biện pháp đã thực hiện" is no such heading. ``lead``: the line lowercased, past its number."""
    return heading is not None and not stripped.endswith(".") and vocabulary().next_step_heads.ending(lead) is not None


def _plan_section_start(text: str, year: int | None, lines: list[HeadingLine] | None = None,
                        low_text: str | None = None) -> int:
    """Where a closing section of next year's targets starts (a heading line), else len
    (``lines``: ``heading_lines(text)``, if at hand; ``low_text``: the text lowercased, if
    its slices lowercase alike, see ``Document.lower``)."""
    v = vocabulary()
    for pos, stripped, heading, _ in heading_lines(text) if lines is None else lines:
        # A line opening in lower case continues the one before ("…năm 2023;\nphương hướng,
        # nhiệm vụ năm 2024", a title broken over two lines): it opens no section.
        if not stripped or stripped[0].islower():
            continue
        if low_text is None:
            low = stripped.lower()
        else:  # a slice of the text's lowercase: a paragraph's line is not lowercased again
            at = pos
            while text[at].isspace():  # past the line's leading spaces, as strip() went
                at += 1
            low = low_text[at:at + len(stripped)]
        # A heading that opens with the words, not a title that names both parts.
        head = v.section_head.match(low)
        lead = low[head.end():] if head else low
        if (heading is not None and not stripped.endswith(".") and v.recommendation_heads.starting(lead)
                and not v.recommendation_findings.starting(lead)):
            return pos  # "III. KIẾN NGHỊ": what the report asks be done ("Kiến nghị xử lý …": found)
        if _next_steps_heading(stripped, heading, lead):
            return pos  # "III. BIỆN PHÁP XỬ LÝ TIẾP THEO": what the office does next
        if v.plan_section.starting(lead):
            years = [int(y) for y in _FOUR_DIGITS.findall(lead[:HEADING_YEAR_REACH])]
            if len(low) <= HEADING_MAX:
                # Next year's, or the rest of this year's ("6 tháng cuối năm 2024").
                if (not years or not year or max(years) >= year) \
                        and not (heading is None and _flattened_header_cell(text, pos)):
                    return pos
            elif year and years and max(years) > year:
                return pos  # a paragraph "Mục tiêu năm 2024: …; …; …"
    return len(text)


def _flattened_header_cell(text: str, pos: int) -> bool:
    """ "STT\nChỉ tiêu\nĐVT\nKế hoạch năm 2025\nƯớc thực hiện năm 2025\n…": the line at ``pos``, no
    numbered nor capitalised heading, is a header cell of a table copied flat, one cell per line: it
    names its column's targets, and opens no section of them; the prose after the table reports results."""
    cell = layout(text).cell_at(pos)
    return cell is not None and cell.row is None


def _plan_paragraph_end(text: str, plan_from: int, lines: list[HeadingLine]) -> int | None:
    """Where a section of next year's targets opened by a paragraph, not a heading, ends: at the next
    numbered heading of the level of the one the paragraph stands under, or above ("2. Báo cáo của UBND
    huyện" … "Kế hoạch năm 2025, UBND huyện trình … các chỉ tiêu chủ yếu: …" … "3. Thảo luận tại tổ"): the
    paragraph is a part of its section, the sections after it go on with the record; None if the section
    runs to the end (a heading opened it, or no numbered heading stands above the paragraph)."""
    if plan_from >= len(text):
        return None  # the usual answer: no section of targets
    level: int | None = None  # the level of the numbered heading the paragraph stands under
    for start, stripped, heading, numbered in lines:
        if start < plan_from:
            if numbered and heading is not None and len(stripped) <= HEADING_MAX and not _is_item(stripped):
                level = heading[0]
            continue
        if start == plan_from:
            if len(stripped) <= HEADING_MAX or numbered or level is None:
                # a heading opens the section: it runs to the end, or to a heading of results after it
                return _results_heading_after(lines, plan_from, heading[0] if numbered and heading else None)
            continue
        if numbered and heading is not None and level is not None and heading[0] <= level \
                and len(stripped) <= HEADING_MAX and not _is_item(stripped):
            return start
    return None


def _results_heading_after(lines: list[HeadingLine], plan_from: int, level: int | None) -> int | None:
    """Where a section of next year's targets opened by a numbered heading of ``level`` ends: at a later
    numbered heading of that level or above that opens with words of results ("II. PHƯƠNG HƯỚNG, KẾ HOẠCH NĂM 2025" …
    "III. KẾT QUẢ ĐẠI HỘI": the meeting that adopted the plan, held, is a result); None if none does."""
    if level is None:
        return None  # the usual answer: the section runs to the end
    for start, stripped, heading, numbered in lines:
        if start <= plan_from or not numbered or heading is None or heading[0] > level:
            continue
        if len(stripped) <= HEADING_MAX and opens_with_results(heading[1].lower()):
            return start
    return None


@cache
def _data_line() -> re.Pattern[str]:
    """ "(Số liệu tính đến ngày 30/11/2025)": a data line in brackets, the day it counts to."""
    return re.compile(rf"\(\s*(?:{_alternation(vocabulary().data_lines.words)})\s+{DAY}\s*\)$", re.I)


def _a_data_line_to_a_day(text: str, lines: list[HeadingLine]) -> bool:
    """A line of its own above the first numbered heading, "(Số liệu tính đến ngày 30/11/2025)": the report's
    figures count from the year's start to a day inside it, so "(cùng kỳ năm 2024 đạt 89,6%)" in it is the same
    part of 2024, of no code; one to the year's last day ("31/12/2024") counts the whole year."""
    if "(" not in text[:DATA_LINE_REACH]:
        return False  # the usual answer: no bracket near the top
    for _, stripped, _, numbered in lines:
        if numbered:
            return False
        if stripped.startswith("(") and (m := _data_line().match(stripped)):
            return (int(m.group(1)), int(m.group(2))) != (31, 12)
    return False


DATA_LINE_REACH: Final = 2000  # how far from the top a data line may stand


def _an_event_notice(lines: list[HeadingLine]) -> bool:
    """A title above the first numbered heading announces an event to come: "THÔNG BÁO" on a line of its own,
    then a line opening with "Tổ chức" ("Tổ chức Phiên giao dịch việc làm lần thứ 24 năm 2025")."""
    v = vocabulary()
    titled = False
    for _, stripped, _, numbered in lines:
        if numbered:
            return False
        if not stripped:
            continue
        if titled:
            return v.event_notice_openers.starting(stripped[:v.event_notice_openers.longest + 1].lower()) is not None
        # A paragraph is no title: only a line as short as one is lowercased (a report without numbered
        # headings would otherwise be lowercased line by line).
        titled = len(stripped) <= v.event_notice_titles.longest and v.event_notice_titles.is_one(stripped.lower())
    return False


def _planned_work_end(text: str, lines: list[HeadingLine]) -> int | None:
    """A title opening with "Lịch", "Thông báo" or "Kế hoạch" and naming work that cuts a supply ("Lịch tạm ngừng
    cung cấp điện để bảo dưỡng, sửa chữa lưới điện từ ngày 03/12 đến 07/12/2025"): a notice of work to come,
    saying what the work will do or touch up to the first line opening with a span up to now ("Từ đầu năm 2025
    đến nay, Công ty đã thực hiện 1.284 lượt …"), or to the end; None for any other text."""
    v = vocabulary()
    title = next((stripped for _, stripped, _, _ in lines if stripped), "")
    if len(title) > TITLE_MAX or not v.work_notice_openers.starting(title[:v.work_notice_openers.longest + 1].lower()):
        return None  # the usual answer: one lookup of the title's first word
    if not v.work_notice_works.found(title.lower()):
        return None
    first, reach = True, v.work_notice_results.longest + 1
    for start, stripped, _, _ in lines:
        if stripped and not first and v.work_notice_results.starting(stripped[:reach].lower()):
            return start
        first = first and not stripped
    return len(text)


def _held_or_offered_at_an_event(doc: Document, c: Context) -> tuple[str, str] | None:
    """In a notice of an event to come, under a heading naming no time, a figure its sentence gives no year: what
    the event will hold ("Dự kiến có 68 doanh nghiệp tham gia", "bố trí 52 gian hàng") is a target, money per
    person or per a time it offers ("từ 7 đến 9,5 triệu đồng/tháng", "hỗ trợ 50.000 đồng/người") a term."""
    f = c.f
    if (scope := doc.headed.at(f.start)) is not None and scope.period is not None:
        return None  # "V. KẾT QUẢ … NĂM 2024": results of a time
    if _FOUR_DIGITS.search(doc.text, c.ss, c.se):
        return None  # its sentence names a year: its own time speaks
    if f.per and f.unit.partition("_per_")[0] in MONEY or f.counted and "/" in f.counted \
            and vocabulary().foreign_currencies.is_one(f.counted.lower().partition("/")[0]):
        return "context", "money per person or per a time a notice of an event to come offers: a term"
    return "plan", "what a notice of an event to come says it will hold"


def _an_impact_assessment(text: str, lines: list[HeadingLine]) -> bool:
    """The title, above the first numbered heading, names an assessment of a project not yet built ("TÓM TẮT BÁO
    CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\nDự án “Nhà máy …”"), or a decision approving its investment policy
    ("QUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư\nDự án Nhà máy …")."""
    first = next((start for start, _, heading, numbered in lines if numbered and heading is not None), len(text))
    head, v = text[:min(first, REPLY_TITLE_REACH)].lower(), vocabulary()
    if v.assessment_titles.found(head):
        return True
    # a title line naming the decision, no sentence that mentions one
    return v.project_decision_titles.within(head) and any(
        v.project_decision_titles.found(line) for line in head.splitlines() if not line.rstrip().endswith("."))


def _in_an_impact_assessment(doc: Document, at: int, bound: bool = False) -> tuple[str, str] | None:
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


def _a_year_before_the_rule_takes_effect(doc: Document, c: Context) -> str | None:
    """ "Năm 2024, các điểm di tích đón khoảng 3,1 triệu lượt khách" in a decision that sets ticket prices and
    "có hiệu lực từ ngày 01 tháng 01 năm 2025": a rule taking effect on a year's first day sets that year's terms,
    and a year before it opening the sentence gives the background to them, not a result of the rule's own time
    ("Năm 2024, tổng thu … đạt" in a rule taking effect from 01/7/2025 is its latest result). The year's words."""
    head = doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES + " ")
    if not (w := vocabulary().year_openers.starting(head)) or not (m := _YEAR_OPENING.match(head, len(w))):
        return None  # the usual sentence: no year opening it
    effective = _effective_year(doc.text)
    return head[:m.end()] if effective is not None and int(m.group(1)) < effective else None


_YEAR_OPENING: Final = re.compile(r"\s+((?:19|20)\d\d)(?!\d)")
# "01 tháng 01 năm 2025", "01/01/2025": a year's first day
_NEW_YEARS_DAY: Final = re.compile(r"\s*0?1(?:\s+\w+\s+|/)0?1(?:\s+\w+\s+|/)((?:19|20)\d\d)(?!\d)")


@lru_cache(maxsize=4)
def _effective_year(text: str) -> int | None:
    """The year a rule says it takes effect from the first day of ("Quyết định này có hiệu lực từ ngày 01 tháng 01
    năm 2025")."""
    low = text.lower()
    if (at := vocabulary().takes_effect.first(low)) < 0:
        return None  # the usual text: no day a rule takes effect
    w = vocabulary().takes_effect.starting(low[at:]) or ""
    m = _NEW_YEARS_DAY.match(low, at + len(w))
    return int(m.group(1)) if m else None


def _a_year_of_make(doc: Document, c: Context) -> str | None:
    """ "xe sản xuất năm 2024, đạt tiêu chuẩn khí thải Euro 5, mỗi xe bố trí 04 ghế ưu tiên": a year after a word of
    making says when the thing was made, an attribute of it, not the time a fixed fact or a term is of; "Năm 2024,
    xe buýt vận chuyển 6,8 triệu lượt" names its period. The words of making."""
    if not any(ch.isdigit() for ch in doc.text[c.full:c.f.start]):
        return None  # the usual answer: no year named before it
    return vocabulary().make_years.found(doc.lower(c.full, c.f.start))


def _expected_opening_its_sentence(doc: Document, c: Context) -> str | None:
    """ "Dự kiến tuyến phục vụ khoảng 35.000 công nhân", "; dự kiến trong tháng đầu tiên tuyến đón khoảng 80.000
    lượt khách": a sentence (or a clause after ";") opening with a word that only expects, naming no earlier year,
    in a document that sets terms (a notice, a decision) says what is to come: a target; so do the sentences after
    it in its paragraph ("Dự kiến tuyến phục vụ … . Kinh phí trợ giá … khoảng 8,6 tỷ đồng/năm"). In a report
    ("Dự kiến cả năm đạt 5.000 tỷ đồng") it estimates the period's result. The word."""
    v = vocabulary()
    if not (w := v.forecast_words.starting(c.head.lstrip(ITEM_DASHES + " "))):
        line = doc.text.rfind("\n", max(0, c.full - PARAGRAPH_REACH), c.full) + 1
        para = doc.lower(line, c.full) if 0 < line < c.full else ""
        w = next((x for x in v.forecast_words.words if para.startswith(x) or f". {x} " in para), None)
        if w is None:
            return None  # the usual answer: no word that expects opening its sentence or one before it
    return None if any(doc.year and int(y) < doc.year for y in _A_YEAR.findall(c.head)) else w


PARAGRAPH_REACH: Final = 400  # how far back a paragraph's opening expectation is looked for
_A_YEAR: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
def _a_proposal(lines: list[HeadingLine]) -> bool:
    """A title above the first numbered heading names a proposal ("PHƯƠNG ÁN\nSắp xếp đơn vị hành chính …")."""
    titles = vocabulary().proposal_titles
    for _, stripped, heading, numbered in lines:
        if numbered:
            return False
        if heading is not None and titles.starting(stripped.lower()):
            return True
    return False


def _sets_targets(doc: Document, si: int) -> bool:
    """A sentence naming a later year sets targets if it says so ("phấn đấu", "mục tiêu")."""
    ss, se = doc.sentences[si]
    k = bisect_left(doc.later, ss)
    if not (k < len(doc.later) and doc.later[k] < se):
        return False
    v = vocabulary()
    if not (w := v.target_words.found(low := doc.lower(ss, se))):
        return False
    # "III. DỰ BÁO …": "Dự kiến năm 2025, thu nhập … đạt khoảng 4.700 nghìn đồng" forecasts
    return not _forecast(doc, low, ss, w) and not _months_of_a_year_done(low)


MONTHS_OPENING_REACH: Final = 40  # how long a sentence's opening clause naming months gone by may be
_MONTHS_COUNTED: Final = re.compile(r"(?<!\d)\d{1,2}\s+")  # "11 ": a count of months, before its word


_OPENING_SPAN_CODE: Final = re.compile(r"(\d{4})-(\d{4})")  # "2020-2024": a span's code
_HEADING_NUMBER: Final = re.compile(r"^[ivxlc\d]+[.)]\s*")  # "ii. ": a heading's numbering


def _year_inside_an_opening_span(doc: Document, c: Context) -> str | None:
    """ "Giai đoạn 2020 - 2024, doanh thu … tăng bình quân 8,4%/năm; riêng năm 2023 lợi nhuận giảm 2,3%": a year
    named inside the span a sentence opens with, the span ending in the report's year, is one of the years the
    report reviews: its figure a result; the span's words."""
    if not doc.year or c.full >= c.f.start:
        return None
    opening, _, rest = doc.lower(c.full, c.f.start).partition(",")
    if len(opening) <= MONTHS_OPENING_REACH and not _OPENING_SPAN_CODE.search(opening) \
            and vocabulary().prefaces.starting(opening.lstrip()):
        opening = _clause_after_a_preface(rest)
    if len(opening) > MONTHS_OPENING_REACH or not (m := _OPENING_SPAN_CODE.fullmatch(period_in(opening) or "")) \
            or int(m.group(2)) != doc.year or not (named := vocabulary().years_named(_segment(c))):
        return None  # the usual answer
    return opening.strip() if int(m.group(1)) <= named[-1][1] < doc.year else None


def _clause_after_a_preface(rest: str) -> str:
    """ "Theo Cục Thống kê tỉnh, giai đoạn 2020-2024, GRDP tăng bình quân 5,9%/năm; năm 2022 tăng 7,2%": a sentence
    whose opening clause says whom its figures come from or what it carries out (a preface, no span in it) opens
    its time in the clause after; that clause, from the rest of the sentence after the preface's comma (or "" if
    the sentence has no comma after it: no opening span)."""
    clause, comma, _ = rest.partition(",")
    return clause if comma else ""


def _year_of_a_reviewed_span(doc: Document, pos: int, year: int | None) -> str | None:
    """ "II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025", then "năm 2022 đạt 9.760 tỷ đồng": a top heading of results
    naming a span that holds the report's year reviews every year of it, so a year of that span before the
    report's (``year``) is one the report reports, its figure a result; a year before the span ("từ 38,2% năm
    2020") stays an earlier level. The heading, or None."""
    if year is None or not doc.tops or not doc.year or year >= doc.year:
        return None  # the usual answer
    at = bisect_right(doc.tops, pos) - 1
    if at < 0:
        return None
    start = doc.tops[at]
    end = doc.text.find("\n", start)
    line = doc.text[start:end if end >= 0 else len(doc.text)].strip()
    low = _HEADING_NUMBER.sub("", line.lower(), count=1)
    if not _OPENING_SPAN_CODE.search(line) or not opens_with_results(low) \
            or not (m := _OPENING_SPAN_CODE.fullmatch(period_in(line) or "")):
        return None
    return line if int(m.group(1)) <= year < doc.year <= int(m.group(2)) else None


def _last_year_named(segment: str) -> int | None:
    """The last year the words before a number name ("năm 2021 đạt 9.420 …, năm 2022 đạt"), or None."""
    named = vocabulary().years_named(segment)
    return named[-1][1] if named else None


def _first_year_named(doc: Document, c: Context) -> int | None:
    """The first year the figure's full sentence names before it ("Năm 2021 …; tăng bình quân"), or None."""
    m = _FOUR_DIGITS.search(doc.text, c.full, c.f.start)
    return int(m.group()) if m else None


def _months_of_another_year(doc: Document, c: Context, heading: str) -> str | None:
    """ "Trong 11 tháng năm 2025, Trung tâm đã tổ chức 33 phiên" under a heading naming 2024: the opening clause
    of the figure's sentence counts the months of another year, a span with no code; the clause."""
    if not doc.year or c.full >= c.f.start:
        return None
    opening = doc.lower(c.full, c.f.start).partition(",")[0]
    if len(opening) > MONTHS_OPENING_REACH or not (m := _MONTHS_COUNTED.search(opening)) \
            or not vocabulary().months_so_far.starting(opening[m.end():]):
        return None  # the usual answer
    year = period_in(opening)
    return opening.strip() if year and not part_of_year(year) and not heading.startswith(year) else None


def _months_of_a_year_done(low: str) -> bool:
    """ "Trong 11 tháng năm 2025, Trung tâm đã tổ chức 33 phiên, … đạt 86% kế hoạch năm": a sentence (``low``)
    whose opening clause counts the months of a year gone by and which says what was attained reports a result
    so far, though it names that year's plan; it sets no target."""
    v = vocabulary()
    opening = low.partition(",")[0]
    if len(opening) > MONTHS_OPENING_REACH or not v.attained_verbs.found(low):
        return False  # the usual answer
    if not (m := _MONTHS_COUNTED.search(opening)) or not v.months_so_far.starting(opening[m.end():]):
        return False
    return period_in(opening) is not None


def _forecast(doc: Document, low: str, at: int, w: str | None) -> bool:
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


def _outlook_of_a_later_year(doc: Document, c: Context) -> str | None:
    """ "II. NHẬN ĐỊNH XU THẾ KHÍ HẬU NĂM 2025", then "Dự báo nhiệt độ trung bình năm 2025 có khả năng cao hơn TBNN
    từ 0,3 đến 0,5°C": a later year's figure under a top heading naming only a forecast, in a sentence with no
    target word, is what is expected to happen, a result forecast, not a target anyone sets; the reason."""
    if not doc.tops or not _forecast_only(doc, c.f.start) or vocabulary().target_words.found(doc.lower(c.ss, c.se)):
        return None
    return "a later year under a heading naming only a forecast, no target word in its sentence"


def _forecast_only(doc: Document, at: int) -> bool:
    """``at`` lies under a top heading naming a forecast and no recommendations ("II. DỰ BÁO XÂM NHẬP MẶN
    10 NGÀY TỚI", not "III. DỰ BÁO VÀ KIẾN NGHỊ"): every figure there estimates a result."""
    heading = _forecast_heading_over(doc, at)
    return heading is not None and not vocabulary().recommendation_heads.found(heading)


def _forecast_items(lines: list[HeadingLine]) -> list[tuple[int, int]]:
    """Where each numbered heading opening with a forecast ("4. Dự báo và cảnh báo", "2. Dự báo thời tiết 10
    ngày tới") starts and where its section ends (the next numbered heading of its level or above); not one
    of recommendations, nor one naming the work of forecasting ("3. Công tác dự báo")."""
    v = vocabulary()
    out: list[tuple[int, int]] = []
    for k, (pos, _, heading, numbered) in enumerate(lines):
        if not numbered or heading is None or not v.forecast_headings.starting(words := heading[1].lower()) \
                or v.recommendation_heads.found(words):
            continue
        end = next((p for p, _, h, n in lines[k + 1:] if n and h is not None and h[0] <= heading[0]), None)
        out.append((pos, end if end is not None else lines[-1][0] + len(lines[-1][1]) + 1))
    return out


def _under_a_forecast_item(doc: Document, at: int) -> bool:
    """``at`` lies in a numbered section a forecast opens ("4. Dự báo và cảnh báo": "Trong 24 giờ tới … lượng mưa
    phổ biến 100-200 mm", "đỉnh lũ … có khả năng đạt 10,2 m"): its figures estimate what is to come."""
    return any(start <= at < end for start, end in doc.forecast_items)


def _blank_brackets(text: str) -> str:
    """``text`` with any closed "(...)" blanked out, offsets kept."""
    if "(" not in text:
        return text
    return _BRACKETS.sub(lambda m: " " * len(m.group()), text)


def _clause_start(left: str) -> int:
    """Where the clause ending ``left`` starts: after its last break."""
    # The break pattern reads the same reversed, and the first break in the reversed
    # text is the last one in the text.
    m = _CLAUSE_BREAK.search(left[::-1])
    return len(left) - m.start() if m else 0


def _strip(phrase: str, words: Words) -> str:
    """``phrase`` without any of ``words`` at its end (repeatedly)."""
    return words.stripped(phrase, " ,:")


def _lists_exactly(text: str, f: Figure) -> bool:
    """A count followed by a bracket that names exactly that many things."""
    m = _BRACKET_AFTER.match(text, f.tail)
    return bool(m and f.unit == "count" and len(vocabulary().list_joiners.split(m.group(1))) == f.value)


def _list_base(text: str, start: int) -> str | None:
    """ "Sản lượng 9 tháng so với cùng kỳ: thủy sản tăng 6,2%; gạo tăng 3,8%": a base named
    before a colon covers each item of the list after it, up to the end of its line."""
    line_start = text.rfind("\n", 0, start) + 1
    stops = [m.end() for m in _FULL_STOP.finditer(text, line_start, start)]
    head, colon, _ = text[stops[-1] if stops else line_start:start].rpartition(":")
    return _base(_comparison(head.lower())) if colon else None


def _opening_base(c: Context) -> str | None:
    """ "So với cùng kỳ năm 2023, tỷ lệ giải ngân tăng 4,7 điểm phần trăm", "…; so với cùng kỳ
    năm trước, số vụ giảm 3 vụ, số người chết giảm 2 người": a comparison opening the clause,
    up to its comma, names the base of each change after it in the clause."""
    head = c.head.lstrip(" \n;:-+•")
    if not vocabulary().comparison.starting(head):
        return None
    # Up to its comma ("So với cùng kỳ năm 2023, …"), not a decimal comma; with none, a
    # comparison opening the clause still names the base of each figure in it ("so với cùng
    # kỳ năm 2023 giảm 4 vụ (-22,2%)").
    comma = _PHRASE_COMMA.search(head)
    return _base(head[:comma.start()] if comma else head)


@cache
def _paired_number() -> re.Pattern[str]:
    """ "và 6,8 điểm phần trăm so với năm 2023": a pair word, the second number, then its words."""
    pair = _alternation(vocabulary().raw["pair_words"])
    return re.compile(rf"\s*(?:{pair})\s+[-−]?\d[\d.,]*%?([^,;]*)")


def _pair_base(doc: Document, c: Context) -> str | None:
    """ "tăng lần lượt 4,1 và 6,8 điểm phần trăm so với năm 2023": the first of a pair takes
    the base named after the second."""
    m = _paired_number().match(doc.lower(c.f.tail, c.se))
    return _base(m.group(1)) if m else None


@cache
def _second_change() -> re.Pattern[str]:
    """ " vụ và giảm 23 người mắc so với cùng kỳ năm trước": the first change's words, a pair word, a change word,
    the second number, then its words."""
    v = vocabulary()
    pair = _alternation(v.raw["pair_words"])
    return re.compile(rf"[^\d,;()]*?\s(?:{pair})\s+(?:{v.change.pattern})\s+[-−]?\d[\d.,]*%?([^,;]*)")


def _base_after_a_second_change(doc: Document, c: Context) -> str | None:
    """ "giảm 01 vụ và giảm 23 người mắc so với cùng kỳ năm trước": a change paired with a second change right
    after it, in its clause, takes the base named after the second ("tăng 3 vụ và giảm 5 người, trong đó …"
    names none)."""
    if c.f.kind not in CHANGES or not vocabulary().pair_words.within(c.right):
        return None  # the usual figure: no second change right after it
    m = _second_change().match(doc.lower(c.f.tail, c.se))
    return _base(m.group(1)) if m else None


def _in_comparison(segment: str, start: int) -> bool:
    """ "So với cùng kỳ năm 2023, …": the year at ``start`` stands in a comparison, no comma
    between, so it is a base, however many words the comparison has."""
    at = vocabulary().comparison.last(segment[max(0, start - COMPARED_REACH):start])
    return at >= 0 and "," not in segment[max(0, start - COMPARED_REACH) + at:start]


def _opened_by_an_earlier_year(doc: Document, c: Context) -> bool:
    """ "Năm 2023, trường tuyển được 2.640 sinh viên; điểm chuẩn cao nhất là 25,25 điểm": the full
    sentence opens with an earlier year, before its first comma or bracket, and no part after its first
    ";", up to the number, names a year."""
    if not _FOUR_DIGITS.search(doc.text, c.full, c.ss):
        return False  # the usual answer: no year before its ";"
    head = doc.lower(c.full, f_start := c.f.start)
    first, _, rest = head.partition(";")
    return bool(rest) and not _FOUR_DIGITS.search(doc.text, c.full + len(first), f_start) \
        and _year_named(first.split(",")[0].split("(")[0], doc.year, doc.span_from) == "earlier"


def _opened_by_the_year_before(doc: Document, c: Context) -> bool:
    """The first year the figure's full sentence names before it is the year before the report's."""
    m = _FOUR_DIGITS.search(doc.text, c.full, c.f.start)
    return m is not None and doc.year is not None and int(m.group()) == doc.year - 1


_OWN_SUMMARY: Final = "the report's own summary"


def _reached_in_its_year(doc: Document, c: Context) -> bool:
    """ "nhưng năm 2023 tỉnh mới đạt 70,6%", "Năm 2024, tỷ lệ … ước đạt 51,5%, trong khi mục tiêu đến năm
    2025 …": a level reached in a year named before it, no later than the report's, with no target word
    between (nor before the number at all, for the report's own year), in a sentence naming a later target."""
    v = vocabulary()
    segment = _segment(c)
    if not doc.year or not v.reached_words.found(segment):
        return False  # the usual answer
    named = v.years_named(segment)
    if not named:
        return False
    at, year = named[-1]
    between = segment[at:]
    if year > doc.year or not v.reached_words.found(between) or v.target_words.found(between):
        return False
    return year < doc.year or not v.target_words.found(segment)


@cache
def _proposal_heads() -> Words:
    """The words of a draft or an option whose items after a colon it proposes."""
    return Words(vocabulary().raw["proposal_heads"])


@cache
def _submission_words() -> tuple[Words, Words]:
    """The words of a submission, and of the approval it asks for."""
    raw = vocabulary().raw
    return Words(raw["submissions"]), Words(raw["submission_asks"])


def _asked_in_a_submission(doc: Document, c: Context) -> str | None:
    """ "trình kỳ họp Tờ trình số 215/TTr-UBND … về việc phê duyệt chủ trương đầu tư 05 dự án nhóm B với tổng vốn
    2.360 tỷ đồng": a figure after an ask for approval in a clause that a submission opens is what it asks to
    approve, a target; the ask."""
    submissions, asks = _submission_words()
    head = c.head[c.head.rfind(";") + 1:]
    if not asks.within(head) or (at := asks.last(head)) < 0:
        return None  # the usual answer: no ask for approval before the number
    if not submissions.found(head[:at]) or vocabulary().done_words.found(head[at:]):
        return None  # "Quyết định … về việc phê duyệt …": approved, a result
    return asks.starting(head[at:])


PROPOSAL_HEAD_REACH: Final = 80  # back from the colon to the draft's word


def _item_of_a_proposal(doc: Document, c: Context) -> str | None:
    """ "nghe Sở báo cáo phương án hỗ trợ giống cây trồng vụ Đông: hỗ trợ 250 tấn giống ngô, mức hỗ trợ 50% …": a
    figure in the items after a colon whose clause names a draft or an option is what it proposes, a target,
    unless the items say it is done ("đã"); the draft's word."""
    if ":" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer
    before, _, items = doc.lower(c.full, c.f.start).rpartition(":")
    heads = _proposal_heads()
    near = before[-PROPOSAL_HEAD_REACH:]
    near = near[max(near.rfind(";"), near.rfind(". ")) + 1:]
    if not heads.found(near) or vocabulary().done_words.found(items):
        return None
    return heads.starting(near[heads.last(near):])


def _done_toward_a_later_target(doc: Document, c: Context) -> bool:
    """ "… hoàn thành 412 căn hộ, nâng tổng số … lên 1.386 căn, đạt 27,7% chỉ tiêu được giao đến năm 2025": a
    figure before a share attained of a target, whose later year is named only after that share, is done so
    far; the later year is the target's, not the figure's."""
    k = bisect_left(doc.later, c.full)
    if k == len(doc.later) or doc.later[k] < c.f.end or doc.later[k] >= c.se:
        return False  # the usual answer: a later year before the figure, or none after it in its sentence
    between = doc.lower(c.f.end, doc.later[k])
    if "%" not in between:
        return False
    v = vocabulary()
    head, _, rest = between.rpartition("%")
    return bool(v.attained_verbs.found(head) and v.target_words.found(rest))


def _done_against_a_target(c: Context) -> str | None:
    """ "chỉ tiêu tuyển sinh … là 5.850 chỉ tiêu, thực tế nhập học 5.312 sinh viên, đạt 90,8% chỉ tiêu": in a
    sentence setting targets, a figure after a word marking what actually happened, itself after a target word,
    is what was done against that target; the word that says so."""
    v = vocabulary()
    segment = _segment(c)
    if not v.actual_markers.within(segment):
        return None  # the usual answer
    at = max(segment.rfind(w) for w in v.actual_markers.words)
    if at > 0 and word_char(segment[at - 1]) or not (w := v.actual_markers.starting(segment[at:])):
        return None
    return w if v.target_words.found(segment[:at]) else None


def _segment(c: Context) -> str:
    """The part of a figure's sentence before its number, after its last ";" or ")" (lowercased)."""
    return c.head[max(c.head.rfind(";"), c.head.rfind(")")) + 1:]


def _year_named(segment: str, year: int | None, since: int | None = None) -> str | None:
    """ "earlier" or "later" if the words before a number name a year other than the
    report's (not a base: "so với năm 2021", "giá so sánh năm 2010"); a year of the span the
    report reports (from ``since``) is none earlier."""
    v = vocabulary()
    if not year:
        return None
    # The last time named before the number speaks for it: "năm 2023 … và năm nay ước đạt".
    last, named = -1, year
    for start, year_ in v.years_named(segment):
        if v.period_bound_before.search(segment, max(0, start - NAMED_YEAR_LOOKBACK), start) \
                or named_by_year(segment[max(0, start - NAME_REACH):start]) or _in_comparison(segment, start) \
                or _in_a_basis_clause(segment, start) or names_things_of_years(segment, 0, start) \
                or carried_from(segment, segment.find(str(year_), start) + 4):
            continue  # "so với năm 2021"; "Luật Giáo dục năm 2019" names a law, not a time
        last, named = start, year_
    if last < 0 or named == year or v.now_words.last(segment) > last or since is not None and since <= named < year:
        return None
    return "earlier" if named < year else "later"


def _in_a_basis_clause(segment: str, at: int) -> bool:
    """ "phân bổ dự toán theo quý căn cứ tiến độ thu các năm 2022 - 2024: Quý I khoảng 24%": a year in a
    clause saying what the figures build on, the clause ended before the number, is the basis's."""
    v = vocabulary()
    if not v.basis_openers.within(segment):
        return False  # the usual answer
    opened = max(segment.rfind(",", 0, at), segment.rfind(":", 0, at)) + 1
    rest = segment[at:]
    return v.basis_openers.found(segment[opened:at]) is not None and ("," in rest or ":" in rest)


def _done_early_next_year(segment: str, year: int | None) -> str | None:
    """ "Dịp Tết Nguyên đán Ất Tỵ năm 2025, tỉnh đã tặng 21.350 suất quà" in a report of 2024: a done word
    after the year after the report's, the last year named before the number, says what was done
    early that year, when the report was written: a result; the done word."""
    v = vocabulary()
    named = v.years_named(segment)
    if not year or not named or named[-1][1] != year + 1:
        return None
    return v.done_words.found(segment[named[-1][0]:])


def _bracketed_target(segment: str) -> bool:
    """ "vượt 0,6% chỉ tiêu Nghị quyết (92,5%)": a number in brackets after a target word, or after an
    estimate someone gave ("bằng 92,3% dự toán HĐND tỉnh giao (2.000 tỷ đồng)")."""
    if "(" not in segment:
        return False
    head, bracket, inside = segment.rpartition("(")
    if not bracket or _HAS_LETTER.search(inside):
        return False
    v, near = vocabulary(), head[-TARGET_REACH:]
    return bool(v.plan_markers.found(near) or v.given_targets.found(near) and v.assigned.ending(head.rstrip())
                or _approved_plan(head))


def _approved_plan(head: str) -> str | None:
    """ "bằng 79,0% kế hoạch lợi nhuận năm 2025 được Đại hội đồng cổ đông thường niên năm 2025 thông qua (120.000
    triệu đồng)": a bracket right after the body that approved a plan named before it gives that plan, however
    long the body's name; the approving words."""
    v = vocabulary()
    if not (w := v.plan_approvals.ending(head.rstrip())):
        return None  # the usual bracket: no approval right before it
    return w if v.given_targets.found(head) else None


def _plan_recipients(c: Context) -> str | None:
    """ "Tổng kế hoạch vốn năm 2025 giao cho 6 dự án …": a count right after the word that allots a plan,
    in a clause naming the plan, counts what it is allotted to (there now), no target; the allotting
    words."""
    f, v = c.f, vocabulary()
    if f.unit != "count" or f.per or not (w := v.plan_recipients.ending(c.left)):
        return None  # the usual answer
    return w if v.plan_markers_anywhere.found(c.left) else None


def _plan_named_as_subject(c: Context) -> str | None:
    """ "Tổng kế hoạch vốn năm 2025 giao cho 6 dự án giao thông trọng điểm là 1.286,4 tỷ đồng": the plan
    opens the clause and "là" states it, past a count of what it is allotted to: a target; the plan's
    words."""
    v = vocabulary()
    if c.prev is None or c.prev.unit != "count" or not v.copulas.ending(c.left):
        return None  # the usual answer
    head = c.head
    head = head[max(head.rfind(m) for m in ",;:(") + 1:]  # its clause: "Năm 2024, tổng kế hoạch vốn …"
    if not v.plan_recipients.found(head):
        return None
    return v.plan_markers_anywhere.found(head[:v.plan_recipients.first(head)])


def _listed_in_a_stated_target(doc: Document, c: Context) -> str | None:
    """ "Mục tiêu năm 2025 là SAIDI không quá 450 phút và tỷ lệ tổn thất điện năng dưới 4,2%": a figure listed after
    the target a sentence opens with and states by a copula, past "và" or a comma and no verb, is another part of
    that target ("Mục tiêu … là 450 phút, đến nay đã đạt 420 phút" reports a result); the opening words."""
    p = c.prev
    if p is None or p.role != "plan" or p.tail > c.f.start:
        return None  # the usual answer
    between, v = doc.lower(p.tail, c.f.start), vocabulary()
    if not v.list_joiners.match(between) or v.verbs.found(between):
        return None
    return _target_stated(c.head)


def _target_stated(head: str) -> str | None:
    """ "Mục tiêu Nghị quyết Đại hội … là giảm tỷ lệ hộ nghèo bình quân 1-1,5%/năm": a target opens the
    sentence and a copula states it; the opening words."""
    v = vocabulary()
    head = head.lstrip(ITEM_DASHES + " ")
    if not (w := v.target_statements.starting(head)) and v.prefaces.starting(head):
        head = _past_a_preface(head)
        w = v.target_statements.starting(head)
    if not w or not v.copulas.found(head[len(w):]):
        return None  # the usual answer
    return w


def _past_a_preface(head: str) -> str:
    """ "Theo Ban Chỉ đạo …, kế hoạch năm 2025 của tỉnh là hỗ trợ … 4.478 căn nhà": a sentence that opens by
    naming whom it follows or what it carries out states its target after that clause; the words from the
    first comma a target word follows (the head itself when none does)."""
    v, at = vocabulary(), head.find(",")
    while at >= 0:
        rest = head[at + 1:].lstrip()
        if v.target_statements.starting(rest):
            return rest
        at = head.find(",", at + 1)
    return head


def _target_marker(left: str) -> str | None:
    """A plan marker right before the number (verbs aside), or "phấn đấu" in its clause."""
    v = vocabulary()
    # A marker the gaps are stripped back to stands in the clause as a whole word: without
    # one there, nothing to strip (most clauses).
    marker = v.plan_markers.found(left) and (bare := _strip(left, v.plan_gap).rstrip(" /:")) \
        and v.plan_markers.ending(bare)
    if marker and v.plan_names.ending(bare):
        marker = None  # "giường bệnh kế hoạch là 3.870 giường": a name, no target
    if not marker and v.allotted.found(left):  # "biên chế được giao là 2.415", "được giao giảm 52 biên chế"
        marker = v.allotted.ending(_strip(left, v.allotted_gap).rstrip())
    return marker or v.plan_markers_anywhere.found(left)


def _comparison(left: str) -> str:
    """The "so với ..." phrase of a clause, if it stands before the number."""
    i = vocabulary().comparison.first(left)
    return left[i:] if i >= 0 else ""


def _subject(clause: str) -> str | None:
    """The phrase a figure measures: its clause before the number, less verbs and qualifiers."""
    v = vocabulary()
    s = _strip(" ".join(clause.split()), v.subject_trim)
    if opening := v.subject_opening.match(s):  # anchored: one match, not a search of every position
        s = s[opening.end():]
    if comparison := v.comparison_words.search(s):
        s = s[:comparison.start()].rstrip()
    s = s.strip(" ,;:-–+(")
    return s if _HAS_LETTER.search(s) else None


def _label_before(window: str) -> str | None:
    """ "+ Thương mại - dịch vụ: 782,4 tỷ đồng": the label a colon puts before a figure."""
    head, colon, tail = window.rpartition(":")
    if not colon or _HAS_LETTER.search(tail):
        return None
    label = _LABEL_END.split(head)[-1]  # " - " and "," stay inside a label
    return _subject(label.lstrip(" -+•*"))


def _right_noun(text: str, end: int) -> str | None:
    noun, _ = counted(text, end)
    if noun and not vocabulary().ratio_words.starting(noun.lower()):
        return noun
    return None


@cache
def _base_phrases() -> tuple[Words, dict[str, str]]:
    """Every base phrase as one word list (one search), and each one's code."""
    codes: dict[str, str] = {}
    for words, code in vocabulary().bases:
        for w in words.words:
            codes.setdefault(w, code)
    return Words(codes), codes


# After a figure: a bracket of no words ("(-7,5%)") or the end of the bracket it stands in, then the words
# to the clause's end.
# "(-7,5%)", "(-56 tỷ đồng)": a bracket of one number (with its unit's words) before the comparison
_QUARTER_CODE: Final = re.compile(r"\d{4}-Q[1-4]$")
_PAST_BRACKET: Final = re.compile(r"\s*(?:\((?:[^()\w]|\d)*\)|\(\s*[-+−]?\d[\d.,]*\s+[^\W\d][^()\d]{0,20}\)|\))"
                                  r"\s*([^,;().\n]*)")
PAST_BRACKET_REACH: Final = 80


def _base_past_bracket(doc: Document, c: Context) -> str | None:
    """ "giảm 12 vụ (-7,5%) so với cùng kỳ năm 2023", "tăng 18,6 tỷ đồng, tương đương 12,4% so với năm
    2021": a change and its percent in brackets, or after an equivalence word, both compare with what the
    words after the percent name."""
    if c.f.kind not in CHANGES:
        return None
    end = c.f.tail + PAST_BRACKET_REACH
    if not (m := _PAST_BRACKET.match(doc.text, c.f.tail, end) or _past_equivalent().match(doc.text, c.f.tail, end)
            or _past_worded_bracket().match(doc.text, c.f.tail, end)):
        return None
    words = m.group(1).lower()
    return _base(words) or _year_start_base(doc, words, c.f.start)  # "tăng 608 tỷ đồng (+10,3%) so với đầu năm"


@cache
def _past_equivalent() -> re.Pattern[str]:
    """ ", tương đương 12,4% so với năm 2021", ", tương ứng tăng 122,7% so với cùng kỳ năm 2024" right after a
    change: the words after its percent."""
    v = vocabulary()
    words, moves = _alternation(v.same_change.words), _alternation(v.change.words)
    return re.compile(rf",?\s*(?:{words})\s+(?:(?:{moves})\s+)?[-+−]?\d[\d.,]*\s?%\s*([^,;().\n]*)", re.I)


@cache
def _past_worded_bracket() -> re.Pattern[str]:
    """ "tăng 2.105 lượt (tăng 12,9%) so với cùng kỳ năm 2024": a change, then its percent in brackets after a
    word of rise or fall: the words after the bracket."""
    v = vocabulary()
    moves = _alternation(v.change.words)
    return re.compile(rf"\s*\(\s*(?:{moves})\s+[-+−]?\d[\d.,]*\s?%\s*\)\s*([^,;().\n]*)", re.I)


def _year_start_base(doc: Document, right: str, pos: int) -> str | None:
    """ "tăng 9,8% so với đầu năm": compared with the level at the end of the year before; "gấp 1,6 lần
    so với đầu nhiệm kỳ" under "I. … NHIỆM KỲ 2020 - 2025": with the level the term opened with (2020)."""
    v = vocabulary()
    if doc.year and (m := v.compared_year_start.search(right)) and not v.comparison.found(right[:m.start()]):
        return str(doc.year - 1)
    if (m := v.compared_term_start.search(right)) and not v.comparison.found(right[:m.start()]):
        return _term_start_year(doc, pos)  # under the heading naming the term, or after the text names it
    return None


@cache
def _year_base() -> re.Pattern[str]:
    """ "cùng kỳ năm 2024" ending the words before a number: the same period of a year named."""
    raw = vocabulary().raw
    same, years = _alternation(raw["same_period_of"]), _alternation(raw["year_words"])
    return re.compile(rf"(?<!\w)(?:(?:{same})\s+)?(?:{years})\s+((?:19|20)\d\d)$")


def _gap_from_a_year_named(c: Context) -> bool:
    """ "cao hơn năm 2023 0,2°C", "ít hơn năm 2022 3 đợt": a comparative, an earlier year and then the number: a
    gap from that year's level, its base, not a level of that year; the figure is of its own sentence's time."""
    f = c.f
    if f.base is None or not f.base.isdigit() or f.kind not in CHANGES or not c.left[-1:].isdigit():
        return False  # the usual answer
    m = _year_base().search(c.left)
    return m is not None and m.group(1) == f.base


def _base_ending(left: str) -> tuple[str, str] | None:
    """The base phrase between a change word and the number ("cao hơn cùng kỳ", "tăng so
    với năm trước"), and its code; None if no change word stands before it."""
    words, codes = _base_phrases()
    if not (w := words.ending(left)):
        if left[-1:].isdigit() and (year := _year_base().search(left)):
            # "cao hơn cùng kỳ năm 2024 từ 1 đến 2‰": the same period of a year named between
            head = left[:year.start()].rstrip()
            v = vocabulary()
            return (year.group().strip(), year.group(1)) if v.change.ending(_strip(head, v.comparison)) else None
        return None
    v = vocabulary()
    head = left[: len(left) - len(w)].rstrip()
    phrase = w
    while more := words.ending(head):  # "vượt dự toán tỉnh giao 12%": a base named in two phrases
        head = head[: len(head) - len(more)].rstrip()
        phrase = left[len(head):].strip()
    return (phrase, codes[w]) if v.change.ending(_strip(head, v.comparison)) else None


def _against_the_period_before(right: str) -> bool:
    """ "so với tháng trước" right after the number: compared with the period just before, which has no
    base code (not the base an earlier comparison of the clause names)."""
    v = vocabulary()
    right = right.lstrip()
    return bool((w := v.comparison.starting(right)) and v.tables.previous_period.starting(right[len(w):].lstrip()))


def _end_of_the_year_before(doc: Document, right: str, year: str) -> str | None:
    """ "tăng 15 cơ sở và 906 buồng so với đầu năm 2025" in a text of 2025: the start of the report's own year named
    (``year`` the base read from ``right``) is the level at the end of the year before, as a bare "so với đầu năm"
    is: that year. The start of an earlier year ("so với đầu năm 2023" in 2024, a survey against the one before)
    and "so với năm 2025" keep their year. None for the usual base."""
    if not doc.year or year != str(doc.year) or not (m := vocabulary().compared_year.search(right)) \
            or not vocabulary().compared_year_start.match(right, m.start()):
        return None  # the usual answer
    return str(doc.year - 1)


def _base(right: str) -> str | None:
    """What a comparison is made with, from the words after the number."""
    if right.lstrip().startswith("/"):  # "8,31%/KH tăng 3-4%": what follows is the target
        return None
    v = vocabulary()
    if y := v.compared_year.search(right):
        # "so với KH năm 2024": a plan, whatever year it is of
        gap = right[y.start():y.start(1)]
        return "plan" if any(code == "plan" and words.found(gap) for words, code in v.bases) else y.group(1)
    if day := v.compared_day.search(right):
        return day.group(3)  # "so với 31/12/2023": that day's year
    if occasion := v.compared_occasion.search(right):
        return occasion.group(1)  # "so với Tết Giáp Thìn 2024": the festival of that year
    if v.comparison.found(right) and (i := v.comparison.first(right)) >= 0 \
            and (named := period_in(right[i:i + BASE_REACH])):
        if named.isdigit() or _QUARTER_CODE.match(named):
            # "so với vụ Đông Xuân 2022-2023": the year of the season compared with; "so với Quý I/2024": the
            # same quarter of that year, as "so với cùng kỳ năm 2024"
            return named[:4]
        if _SPAN_CODE.match(named) and int(named[5:]) == int(named[:4]) + 1 \
                and (k := right.find(named[:4], i)) > i and school_year(right[i:k]):
            return "previous_school_year"  # "tăng 1.220 học sinh so với năm học 2024-2025": the one before
    for words, code in v.bases:
        if words.found(right):
            return code
    return None
