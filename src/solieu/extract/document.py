"""What the reading knows of the whole text and of one figure's place in it: the document
(its year, its sentences, where a section of targets starts, its scopes), computed once, and
each figure's context (its sentence, its clause, the words left and right of it), which every
field reads. The sentence split and what the document's title and headings say live here too."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Final

from solieu.extract.figure import Figure
from solieu.extract.periods import QUARTERS, begun, periods_named
from solieu.extract.scopes import (
    HEADING_MAX,
    HeadingLine,
    ScopeIndex,
    example_scopes,
    heading_lines,
    is_item,
    lead_in_scopes,
    lead_span,
    opens_appendix,
    opens_other_articles,
    opens_with_results,
    period_scopes,
    results_span,
    results_year,
    target_scopes,
    term_scopes,
    titles_an_attachment,
)
from solieu.extract.tables import estimate_marks, layout
from solieu.extract.vocabulary import DAY, Words, alternation, vocabulary, word_char

PLAN_TYPE_LINES: Final = 12  # the lines near the top where a plan names its type ("KẾ HOẠCH")
OTHER_YEAR_LOOKBACK: Final = 11  # "so với năm": a bound right before "năm YYYY"
HEADING_YEAR_REACH: Final = 60  # the years a heading names are in its first words
TITLE_MAX: Final = 200  # a text's first line, a title, is at most this long
# A stop and its closing quotes before spaces, or line breaks. One character class first, so
# that the search skips to the candidates (the same matches as "[.;!?…]…\s+|\n+", 3x faster).
_SENTENCE_END: Final = re.compile(r"[.;!?…\n](?:(?<=[.;!?…])[\"”’)\]]*\s+|(?<=\n)\n*)")
_STOPS: Final = (".", ";", "!", "?", "…", "\n")  # the characters a sentence's end opens with
_CLOSERS: Final = "\"”’)]"  # what may close a sentence after its stop, before the space
FOUR_DIGITS: Final = re.compile(r"\b(\d{4})\b")
_YEAR_OF_A_DAY: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
FISCAL_YEAR_REACH: Final = 1000  # the title of financial statements, on their first lines
FISCAL_YEAR_DAY_REACH: Final = 60  # the words and the day after them, to its year


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
    # the notes gathered after the signature block: (start, end, where the note's marker stands in the body)
    end_notes: list[tuple[int, int, int]] = field(default_factory=list)
    # the marks a legend says stand on estimates ("(*) Số ước thực hiện đến 31/12/2025"), each with its year
    estimate_marks: dict[str, str | None] = field(default_factory=dict)
    this_year: int | None = None  # the year "năm nay" names: a web page's own (its date line's), else the report's
    # the latest year whose results a text may report: a web page's own once its first quarter is gone by, the year
    # before it earlier (a page of January 2018 reports 2017 and sets 2018's targets), else the report's
    reported_to: int | None = None
    dated: tuple[int, int] | None = None  # a web page's date line's year and month

    def note_marker(self, pos: int) -> int | None:
        """Where the marker of the end note ``pos`` stands in, if it stands in one."""
        for start, end, marker in self.end_notes:
            if start <= pos < end:
                return marker
        return None

    def in_plan_section(self, pos: int) -> bool:
        """``pos`` lies in the closing section of next year's targets; an end note lies where its marker
        stands ("[^19]: Kịch bản tăng trưởng theo quý: …" marked on a target is of the targets)."""
        if self.end_notes and (marker := self.note_marker(pos)) is not None:
            pos = marker
        return self.plan_from <= pos and (self.plan_to is None or pos < self.plan_to)

    @classmethod
    def of(cls, text: str) -> Document:
        lines = heading_lines(text)
        headed = period_scopes(text, lines)
        year, named = _years(text)
        dated = _page_dated(text)
        year = results_year(headed) or _fiscal_year(text) or _signed_before(text, year) or _signed_after(text, year) \
            or _a_pages_year(year, dated)
        sentences = _sentences(text)
        # "Σ" lowercases by what follows it, "İ" into two letters: then slices are
        # lowercased one by one, as before.
        low = None if "Σ" in text or "İ" in text else text.lower()
        plans = _a_plan(lines, year)
        plan_from = _plan_section_start(text, year, lines, low, plans)
        line_end = text.find("\n", plan_from)
        heading = text[plan_from:line_end if line_end >= 0 else len(text)].strip()
        scopes = target_scopes(text, year, lines)
        # A full sentence ends where a sentence does, unless at a ";".
        full_stops = [0] + [b[0] for a, b in zip(sentences, sentences[1:], strict=False)
                            if text[a[1] - 1] != ";" or _a_basis_line(text, a)]
        tops = [(pos, bool(months_span().search(line))) for pos, line, heading, numbered in lines
                if numbered and heading is not None and heading[0] == 1]
        title_end = text.find("\n") if "\n" in text else len(text)
        if (not tops or tops[0][0]) and title_end <= TITLE_MAX and months_span().search(text[:title_end]):
            # "Thu ngân sách huyện … 10 tháng năm 2024 ước đạt …": a web page's title counting months,
            # over the text up to its first numbered heading
            tops.insert(0, (0, True))
        plan_to = _plan_paragraph_end(text, plan_from, lines)
        if (appendix := _appendix_after(text, lines, plan_from)) is not None and appendix < (plan_to or len(text)):
            plan_to = appendix  # an appendix stands apart from the section printed last before it
        notes = _end_notes(text)
        if notes and plan_from < notes[0][0] < (plan_to or len(text)):
            plan_to = notes[0][0]  # a note after the signature is read with the sentence it is marked on, no target
        if notes:  # nor under the heading of the targets above it ("[^1]: Số liệu giải ngân …" after "II. NHIỆM VỤ")
            scopes = [replace(s, end=min(s.end, notes[0][0])) if s.start < notes[0][0] < s.end
                      else s for s in scopes]
        now = dated[0] if dated else year
        gone = _reported_to(dated) if dated else year
        return cls(text, year, plan_from, sentences, [e for _, e in sentences],
                   sorted([pos for pos, y in named if year and gone and y > max(year, gone)]
                          + coming_school_years(text, low, year)
                          + _later_quarters(text, low, year, dated)),
                   f"in the section of targets under the heading {heading!r}",
                   ScopeIndex(scopes), ScopeIndex(headed), ScopeIndex(term_scopes(text, lines)), full_stops,
                   {}, {}, {}, low, heading,
                   results_span(lines, year) or lead_span(text, year), [pos for pos, _ in tops],
                   [months for _, months in tops],
                   ScopeIndex(lead_in_scopes(lines)), _a_reply(text, lines), _a_proposal(lines),
                   plans, _forecast_items(lines), plan_to,
                   announces_an_event=_an_event_notice(lines), assesses_a_project=_an_impact_assessment(text, lines),
                   counted_to_a_day=_a_data_line_to_a_day(text, lines),
                   planned_work_to=_planned_work_end(text, lines), examples=ScopeIndex(example_scopes(lines)),
                   end_notes=notes, estimate_marks=estimate_marks(text),
                   this_year=now, reported_to=gone, dated=dated)

    @property
    def latest_year(self) -> int | None:
        """The later of the report's year and the latest a web page may report: no year up to it is a later one."""
        return max(self.year, self.reported_to or self.year) if self.year else None

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
    # the figure before the bracket that ``prev`` stands in, when that bracket closes before this figure
    # ("giảm còn 6,85% (còn 148 hộ), giảm 3,12%": 6,85% for 3,12%)
    beside: Figure | None = None
    signed: bool = False  # written with a sign ("(+21,9%)", "(-1,25%)")


def _a_reply(text: str, lines: list[HeadingLine]) -> bool:
    """The report's title, before its first numbered heading, says it replies to voters' petitions or
    questions ("Giải trình, trả lời kiến nghị của cử tri gửi đến Kỳ họp thứ 33"): it has no period of its own."""
    first = next((start for start, _, heading, numbered in lines if numbered and heading is not None), len(text))
    head = text[:min(first, REPLY_TITLE_REACH)].lower()
    return vocabulary().reply_titles.found(head) is not None


REPLY_TITLE_REACH: Final = 1000  # a reply's title stands in the text's first characters


@cache
def months_span() -> re.Pattern[str]:
    """ "9 tháng": a count of months (from the year's start), not "tháng 9/2024", nor an age in months
    ("tỷ lệ tiêm vắc xin MR cho trẻ 18 tháng tuổi đạt ít nhất 95%" names children, no months gone by)."""
    v = vocabulary()
    month, ages = alternation(v.raw["periods"]["month"]), alternation(v.age_words.words)
    short = alternation(v.raw["periods"]["month_abbreviated"])
    # "lũy kế 11T", "11T/2025": the months abbreviated after their count, as a key-figure list writes them
    return re.compile(rf"(?<![\w/.,])\d{{1,2}}(?:\s+(?:{month})(?![\w/])(?!\s+(?:{ages})(?!\w))|(?-i:{short})(?!\w))",
                      re.I)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _sentence_ends(text):
        end = m.start() + (text[m.start()] != "\n")  # keep the full stop in the sentence
        if end > start:
            spans.append((start, end))
        start = m.end()
        if text.startswith("[^", start) and (note := _NOTE_OPENING.match(text, start)):
            # "[^7]: Kế hoạch năm 2025 là 6,8 tỷ USD": a note's sentence opens past its marker, as a sentence
            # of the body does
            start = note.end()
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
        if text[i] == "." and _abbreviated_place(text, i):
            continue  # "(TP. Phan Thiết)": a place's kind abbreviated, the sentence goes on
        if m := _SENTENCE_END.match(text, i):
            ends.append(m)
            done = m.end()
    return ends


def _abbreviated_place(text: str, i: int) -> bool:
    """The full stop at ``i`` ends an abbreviation of a place's kind ("TP.", "TX.") and a capital follows after one
    space ("TP. Hồ Chí Minh")."""
    return text[i + 1:i + 2] == " " and text[i + 2:i + 3].isupper() \
        and _place_abbreviation().search(text, max(0, i - ABBREVIATION_REACH), i) is not None


@cache
def _place_abbreviation() -> re.Pattern[str]:
    """ "TP", "TX": an abbreviation of a place's kind (as written, case kept), ending the text searched."""
    return re.compile(rf"(?<![\w.])(?:{alternation(vocabulary().raw['stop_abbreviations'])})$")


ABBREVIATION_REACH: Final = 4  # " TP" before its full stop


@cache
def _school_year_pattern() -> re.Pattern[str]:
    words = vocabulary().raw["periods"]["school_year"]
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)", re.I)


def coming_school_years(text: str, low: str | None, year: int | None) -> list[int]:
    """Where a school year opening in the report's year is named ("Năm học 2024-2025" in a report of
    2024): most of it is still to come, a later time than the report's, as a later year is (``low``: the
    text lowercased, if at hand)."""
    if not year or str(year) not in text:
        return []  # the usual answer, at C speed
    lowered = low if low is not None else text.lower()
    if not any(w in lowered for w in vocabulary().raw["periods"]["school_year"]):
        return []  # no school year named: the regex need not run
    return [m.start() for m in _school_year_pattern().finditer(text) if int(m.group(1)) == year]


def _later_quarters(text: str, low: str | None, year: int | None, dated: tuple[int, int] | None) -> list[int]:
    """Where a quarter of a later year than the report's is named ("Trong Quý I/2025, chi nhánh sẽ giải ngân …"
    in a report of 2024), as a later year is; not one a web page's date line says has begun ("Quý I/2021, kim ngạch
    … ước đạt 362,5 triệu USD" on a page of March 2021, which reports 2020: a quarter under way). Searched in the
    lowercased text (``low``, None where lowercasing would change its length) with the quarter's word opening the
    pattern, so that the search skips to it; no letter may stand before it, tested on each match."""
    if not year:
        return []
    found = _quarter_of_a_year(False).finditer(low) if low is not None else _quarter_of_a_year(True).finditer(text)
    return [m.start() for m in found
            if int(m.group(2)) > year and not (m.start() and word_char(text[m.start() - 1]))
            and not begun(f"{m.group(2)}-Q{QUARTERS[m.group(1).lower()]}", dated)]


@cache
def _quarter_of_a_year(any_case: bool) -> re.Pattern[str]:
    """ "quý i/2025": a quarter, its number in group 1, and its year in group 2, in the lowercased text (or as
    written, ``any_case``)."""
    words = alternation(vocabulary().raw["periods"]["quarter"])
    return re.compile(rf"(?:{words}) (i{{1,3}}|iv)/(\d{{4}})(?!\d)", re.I if any_case else 0)


def _a_basis_line(text: str, sentence: tuple[int, int]) -> bool:
    """ "Căn cứ Nghị quyết số 52/NQ-HĐND …;" ending its line: a legal basis of the document's body, whose ";" ends
    its full sentence (the paragraph after it opens one of its own)."""
    start, end = sentence
    if not text.startswith("\n", end) and end != len(text):
        return False  # the usual ";": a clause's, inside its line
    line = text.rfind("\n", 0, end - 1) + 1
    return line <= start and bool(vocabulary().basis_lines.starting(text[line:line + BASIS_WORDS].lower()))


BASIS_WORDS: Final = 12  # "căn cứ vào " and a little


def _a_plan(lines: list[HeadingLine], year: int | None) -> bool:
    """A line of its own among the first few naming the document a plan ("KẾ HOẠCH"), the next line
    its title naming one period, the report's year ("Triển khai chiến dịch … năm 2025"); a blank line
    between them (a Word document's paragraphs, rendered apart) is none."""
    v = vocabulary()
    for n, (_, stripped, _, _) in enumerate(lines[:min(PLAN_TYPE_LINES, len(lines)) - 1]):
        if v.plan_documents.is_one(stripped.lower()):
            title = next((line[1] for line in lines[n + 1:] if line[1]), "")
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
        if not v.other_year_before.search(text, max(0, start - OTHER_YEAR_LOOKBACK), start) \
                and not v.law_year_before.search(text, max(0, start - LAW_NAME_REACH), start):
            counts[year] += 1
    best = counts.most_common(1)  # ties: the year named first
    return (best[0][0] if best else None), named


@cache
def months_gone_by() -> re.Pattern[str]:
    """ "9 tháng năm 2018", "6 tháng đầu năm 2019": months counted from a year's start, then its year (group 1)."""
    raw = vocabulary().raw
    months, year = alternation(raw["months_so_far"]), alternation(raw["periods"]["year"])
    return re.compile(rf"(?<![\d/.,])\d{{1,2}}\s+(?:{months})(?:\s+(?:{year}))?\s+((?:19|20)\d\d)(?!\d)", re.I)


LAW_NAME_REACH: Final = 50  # "Luật Ngân sách nhà nước ": a law's name before its year
DATELINE_REACH: Final = 600  # a document's date is signed in its letterhead, in its first lines


@cache
def _dateline() -> re.Pattern[str]:
    """ "ngày 28 tháng 3 năm 2024": the day a document is signed, written out."""
    raw = vocabulary().raw
    day, month, year = (alternation(words) for words in (raw["dateline_days"], raw["periods"]["month"],
                                                         raw["periods"]["year"]))
    return re.compile(rf"(?<!\w)(?:{day})\s+\d{{1,2}}\s+(?:{month})\s+\d{{1,2}}\s+(?:{year})\s+((?:19|20)\d\d)(?!\d)",
                      re.I)


EARLY_MONTHS: Final = 3  # a web page of a year's first quarter reports the year before, and sets its own year's targets
PAGE_DATE_LINES: Final = 8  # a web page's date line stands among its first lines, under its title
PAGE_DATE_LINE_MAX: Final = 80  # "Thứ Bảy, 04/11/2017 - 08:15 | Lượt xem: 1.286": a date line is short


@cache
def _page_date() -> re.Pattern[str]:
    """ "Thứ Sáu, 20/09/2019 - 07:30", "Ngày đăng: 22/12/2025": a line holding a day's date and nothing but its
    weekday, a time and its zone; the year in group 1."""
    words = alternation(vocabulary().raw["page_date_words"])
    around = rf"(?:{words}|\d{{1,2}}:\d\d|[+-]\d{{1,2}}\b|[^\w\n])*"
    return re.compile(rf"{around}\d{{1,2}}/\d{{1,2}}/((?:19|20)\d\d){around}", re.I)


def _reported_to(dated: tuple[int, int]) -> int:
    """The latest year a web page of that year and month may report: its own, unless it is of the year's first months
    (a page of January 2018 reports 2017 and sets 2018's targets); no year up to it is a later one."""
    year, month = dated
    return year if month > EARLY_MONTHS else year - 1


def _a_pages_year(named: int | None, dated: tuple[int, int] | None) -> int | None:
    """The year a text is about when nothing but the years it names says: the one it names most (``named``), unless a
    date line dates it as a web page more than a year later; then the latest year the page may report. A page of
    September 2020 that recalls a decade ("Nếu năm 2010 huyện có khoảng 2.350 lò … thì đến nay chỉ còn 1.086 lò")
    names 2010 most and reports 2020; one of October 2018 that names 2017 most may report 2017. A page names a later
    year than its own most when it looks ahead to it (one of December 2020 on the plans for 2021): it reports its
    own."""
    if named is None or dated is None or _reported_to(dated) - 1 <= named <= dated[0]:
        return named
    return _reported_to(dated)


def _page_dated(text: str) -> tuple[int, int] | None:
    """The year and month of a web page's date line, if it has one near its top: the year "năm nay" names there, when
    the page speaks most of the year before ("Thứ Sáu, 20/09/2019 - 07:30" over "… tăng 185 ha so với năm 2018"). A
    line is one if it holds nothing but a date, its weekday, a time and its zone, or a date with a clock time beside
    it, whatever else it says ("Thứ Bảy, 04/11/2017 - 08:15 | Lượt xem: 1.286", "Hải Nam - Thứ Sáu, 03/10/2025
    17:25")."""
    for line in text[:PAGE_DATE_LINES * PAGE_DATE_LINE_MAX].split("\n")[:PAGE_DATE_LINES]:
        if len(line := line.strip()) <= PAGE_DATE_LINE_MAX \
                and (m := _page_date().fullmatch(line) or _DATE_BY_A_CLOCK.search(line)):
            year = next(g for g in m.groups() if g)
            month = re.search(rf"(\d{{1,2}})/{year}", m.group())
            return int(year), int(month.group(1)) if month else 12
    return None


# "04/11/2017 - 08:15", "08:15, Thứ Năm, 28/03/2019", "14:20 | 21/09/2016": a date and a clock time side by side
_DATE_BY_A_CLOCK: Final = re.compile(
    r"(?<![\d/])\d{1,2}/\d{1,2}/((?:19|20)\d\d)[\s,|-]+\d{1,2}:\d\d(?![\d:])"
    r"|(?<![\d:])\d{1,2}:\d\d[\s,|-]+(?:[^\W\d_]+(?: [^\W\d_]+)?,\s*)?\d{1,2}/\d{1,2}/((?:19|20)\d\d)(?![\d/])")


def _signed_before(text: str, year: int | None) -> int | None:
    """The year a document was signed in, from the date in its letterhead, when it is years before the year the document
    names most ("Quy hoạch … đến năm 2030, tầm nhìn đến năm 2050" signed in 2024): the year a long-range plan speaks
    from; else None (a plan for the next year, signed the year before, reads from the year it plans, its results of
    the signing year an earlier year's)."""
    if not year or not (m := _dateline().search(text, 0, DATELINE_REACH)):
        return None
    return signed if (signed := int(m.group(1))) <= year - LONG_RANGE else None


LONG_RANGE: Final = 2  # a plan naming most a year this many after it was signed looks further than the next year


def _signed_after(text: str, year: int | None) -> int | None:
    """The year a document was signed in, from the date in its letterhead, when it is years after the year the document
    names most ("Sơ kết 4 năm … giai đoạn 2011 - 2014" signed in 2014, naming 2011 most as the start its results are
    measured from): the year it reports up to; else None (a year-end report signed early in the next year reads
    from the year it names most)."""
    if not year or not (m := _dateline().search(text, 0, DATELINE_REACH)):
        return None
    return signed if (signed := int(m.group(1))) >= year + LONG_RANGE else None


def _next_steps_heading(stripped: str, heading: object, lead: str) -> bool:
    """ "III. BIỆN PHÁP XỬ LÝ TIẾP THEO", "IV. Các bước tiếp theo": a heading line (no sentence ending in ".")
    closing on words of what comes next opens what the office will do, a plan, as a heading of next year's
    tasks does; "Các biện pháp đã thực hiện" is no such heading. ``lead``: the line lowercased, past its number."""
    return heading is not None and not stripped.endswith(".") and vocabulary().next_step_heads.ending(lead) is not None


def _past_pictographs(line: str) -> str:
    """``line`` past the pictographs that open it (an emoji or a symbol marking a chat message's line: "📌 nhiệm vụ
    tuần tới:"); a dash or a number stays."""
    at = 0
    while at < len(line) and unicodedata.category(line[at]) == "So":
        at += 1
        while at < len(line) and (line[at].isspace() or line[at] == "\ufe0f"):  # a space, an emoji's glyph
            at += 1
    return line[at:]


def _plan_section_start(text: str, year: int | None, lines: list[HeadingLine] | None = None,
                        low_text: str | None = None, plans: bool = False) -> int:
    """Where a closing section of next year's targets starts (a heading line), else len
    (``lines``: ``heading_lines(text)``, if at hand; ``low_text``: the text lowercased, if
    its slices lowercase alike, see ``Document.lower``; ``plans``: the text is a plan of its year, whose numbered
    heading of targets naming no year opens them: "II. CHỈ TIÊU CHỦ YẾU")."""
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
        # A heading that opens with the words, not a title that names both parts; a pictograph opening the
        # line ("📌 Nhiệm vụ tuần tới:" in a chat message) marks it, as a list's number does.
        low = _past_pictographs(low)
        head = v.section_head.match(low)
        lead = low[head.end():] if head else low
        if (heading is not None and not stripped.endswith(".") and v.recommendation_heads.starting(lead)
                and not v.recommendation_findings.starting(lead)):
            return pos  # "III. KIẾN NGHỊ": what the report asks be done ("Kiến nghị xử lý …": found)
        if _next_steps_heading(stripped, heading, lead):
            return pos  # "III. BIỆN PHÁP XỬ LÝ TIẾP THEO": what the office does next
        if plans and heading is not None and head and v.plan_target_heads.is_one(lead.strip(" :.")):
            return pos  # "II. CHỈ TIÊU CHỦ YẾU" in "KẾ HOẠCH … năm 2017": the plan's targets
        if v.plan_section.starting(lead):
            years = [int(y) for y in FOUR_DIGITS.findall(lead[:HEADING_YEAR_REACH])]
            if len(low) <= HEADING_MAX:
                # Next year's, or the rest of this year's ("6 tháng cuối năm 2024"); not a sentence of this year's
                # plan and its figures ("Kế hoạch năm 2020 giao sản lượng 70.000 tấn; dự kiến cả năm … đạt khoảng
                # 72.000 tấn, bằng 102,9% kế hoạch."), a paragraph among the results
                if (not years or not year or max(years) >= year) \
                        and not (heading is None and _flattened_header_cell(text, pos)) \
                        and not (heading is None and _a_sentence_of_its_years_plan(stripped, years, year)):
                    return pos
            elif year and years and max(years) > year:
                return pos  # a paragraph "Mục tiêu năm 2024: …; …; …"
    return len(text)


def _a_sentence_of_its_years_plan(line: str, years: list[int], year: int | None) -> bool:
    """A line ending with a full stop that holds a figure besides its years, of no year later than the report's: a
    sentence on this year's plan and what was done against it, no heading of targets."""
    figures = [m.group() for m in _NUMBERS.finditer(line) if not (m.group().isdigit() and int(m.group()) in years)]
    return line.endswith(".") and bool(figures) and bool(year) and (not years or max(years) <= (year or 0))


_NUMBERS: Final = re.compile(r"(?<![\d.,/])\d[\d.,]*\d|(?<![\d.,/])\d(?![\d.,/])")


def _flattened_header_cell(text: str, pos: int) -> bool:
    """ "STT\nChỉ tiêu\nĐVT\nKế hoạch năm 2025\nƯớc thực hiện năm 2025\n…": the line at ``pos``, no
    numbered nor capitalised heading, is a header cell of a table copied flat, one cell per line: it
    names its column's targets, and opens no section of them; the prose after the table reports results."""
    cell = layout(text).cell_at(pos)
    return cell is not None and cell.row is None


_END_NOTE: Final = re.compile(r"\n\[(\d{1,2})\] ")  # "[1] Tính cả …": a note on a line of its own


_NOTE_OPENING: Final = re.compile(r"\[\^\w{1,12}\]: ")  # "[^7]: ": the marker a Markdown footnote's text opens with
_MARKDOWN_NOTE: Final = re.compile(r"\n\[\^(\w{1,12})\]: ")  # "[^1]: Số liệu …": a Markdown footnote's text


def _end_notes(text: str) -> list[tuple[int, int, int]]:
    """The notes gathered after a document's signature block, as a word processor saved as plain text
    puts them ("Nơi nhận: …" then "[1] Tính cả …, tỷ lệ che phủ đạt 65,3%."), or a document converted to
    Markdown's footnotes: each one's start and end, and where its marker stands in the body ("… đạt
    64,5%[1]"); none where a marker is not found there."""
    if "\n[" not in text:
        return []  # the usual answer: no notes gathered at the end
    if "\n[^" in text and (notes := _markdown_notes(text)):
        return notes
    low = text.lower()
    heads = [at for w in vocabulary().distribution_heads.words if (at := low.rfind("\n" + w)) >= 0]
    if not heads:
        return []
    found = list(_END_NOTE.finditer(text, max(heads)))
    if not found:
        return []
    notes = []
    ends = [m.start() for m in found[1:]] + [len(text)]
    for m, end in zip(found, ends, strict=True):
        marker = text.find(f"[{m.group(1)}]", 0, max(heads))
        if marker >= 0:
            notes.append((m.start() + 1, end, marker))
    return notes


def _markdown_notes(text: str) -> list[tuple[int, int, int]]:
    """A document converted to Markdown puts its footnotes' texts at its end ("[^1]: Số liệu giải ngân tính
    đến ngày 15/12/2025; trong đó … đạt 90,7% kế hoạch.") and their markers in the body ("… đạt 92,4%[^1] kế
    hoạch"), no signature needed to tell them: each note's start and end (the next note, or its paragraph's
    end) and where its marker stands before the notes; none where no marker is found there."""
    found = list(_MARKDOWN_NOTE.finditer(text))
    if not found:
        return []
    notes = []
    ends = [m.start() for m in found[1:]] + [len(text)]
    for m, end in zip(found, ends, strict=True):
        marker = text.find(f"[^{m.group(1)}]", 0, found[0].start())
        if marker >= 0:
            blank = text.find("\n\n", m.end(), end)
            notes.append((m.start() + 1, end if blank < 0 else blank, marker))
    return notes


def _appendix_after(text: str, lines: list[HeadingLine], start: int) -> int | None:
    """Where the first line opening an appendix after ``start`` starts ("Phụ lục" over a table by commune after
    "II. NHIỆM VỤ QUÝ IV", a title in capitals over "(Kèm theo Báo cáo số …)"), or None."""
    if start >= (lines[-1][0] if lines else 0):
        return None  # the usual answer: no section of targets
    return next((s for s, stripped, _, numbered in lines if s > start and not numbered
                 and (opens_appendix(stripped) or opens_other_articles(stripped)
                      or titles_an_attachment(text, s, stripped))), None)


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
            if numbered and heading is not None and len(stripped) <= HEADING_MAX and not is_item(stripped):
                level = heading[0]
            continue
        if start == plan_from:
            if len(stripped) <= HEADING_MAX or numbered or level is None:
                # a heading opens the section: it runs to the end, or to a heading of results after it
                return _results_heading_after(lines, plan_from, heading[0] if numbered and heading else None)
            continue
        if numbered and heading is not None and level is not None and heading[0] <= level \
                and len(stripped) <= HEADING_MAX and not is_item(stripped):
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
    return re.compile(rf"\(\s*(?:{alternation(vocabulary().data_lines.words)})\s+{DAY}\s*\)$", re.I)


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


def _a_proposal(lines: list[HeadingLine]) -> bool:
    """A title above the first numbered heading names a proposal ("PHƯƠNG ÁN\nSắp xếp đơn vị hành chính …")."""
    titles = vocabulary().proposal_titles
    for _, stripped, heading, numbered in lines:
        if numbered:
            return False
        if heading is not None and titles.starting(stripped.lower()):
            return True
    return False


def _forecast_items(lines: list[HeadingLine]) -> list[tuple[int, int]]:
    """Where each numbered heading opening with a forecast ("4. Dự báo và cảnh báo", "2. Dự báo thời tiết 10
    ngày tới") starts and where its section ends (the next numbered heading of its level or above); not one
    of recommendations, nor one naming the work of forecasting ("3. Công tác dự báo") or of warning ("3. Cảnh báo các
    điểm nguy hiểm")."""
    v = vocabulary()
    out: list[tuple[int, int]] = []
    for k, (pos, _, heading, numbered) in enumerate(lines):
        if not numbered or heading is None or not v.forecast_headings.starting(words := heading[1].lower()) \
                or v.recommendation_heads.found(words) or v.warning_work_headings.starting(words):
            continue
        end = next((p for p, _, h, n in lines[k + 1:] if n and h is not None and h[0] <= heading[0]), None)
        out.append((pos, end if end is not None else lines[-1][0] + len(lines[-1][1]) + 1))
    return out
