"""Sections of targets: the heading or lead-in that announces targets governs the figures
of its section or list (role plan) until a heading of the same or a higher level, or a
heading of results, ends it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from solieu.extract.periods import first_period_named, period_in
from solieu.extract.tables import MIN_CELLS, cell_count
from solieu.extract.tables import SEPARATOR as TABLE_SEPARATOR
from solieu.extract.vocabulary import Vocabulary, Words, alternation, vocabulary
from solieu.renditions import ITEM_MARK, LEADER

HEADING_MAX: Final = 160  # a heading line is at most this long
TITLE_MAX: Final = 240  # a report's title, one line without a closing full stop, is at most this long
LEAD_IN_LEVEL: Final = 9
DIVIDER_LEVEL: Final = 0  # a part ("PHẦN III. …", a divider slide so numbered) over the headings of level 1
INLINE_LEAD_IN_WORDS: Final = 12  # a lead-in opening its paragraph, the items after its colon, is at most this long
ITEM_WORDS: Final = 8  # a numbered line of this many words ending in "." or ";" is an item, no heading
_SPAN: Final = re.compile(r"^\d{4}-\d{4}$")  # a lead-in ending with ":" governs until the next heading of any level
# After "Phụ lục": its number, a mark after it, its title (in capitals unless after the mark)
_APPENDIX_TAIL: Final = re.compile(r"\s*(?:(?:[Ss]ố\s+)?([IVXLC]+|\d{1,2}|[A-Z])\b)?\s*([.:\-–])?\s*(.*)$")
_YEAR: Final = re.compile(r"((?:19|20)(?<!\d\d\d)\d\d)(?!\d)")
_PART_OF_A_YEAR: Final = re.compile(r"^\d{4}-(?:\d\d|Q[1-4]|H1)$")  # a month, a quarter, the first half


@dataclass(frozen=True)
class Scope:
    start: int
    end: int
    period: str | None
    heading: str
    # a sub-heading naming no time under a heading that names two, after siblings naming theirs ("3. Nhiệm vụ, giải
    # pháp" after "1. Mục tiêu năm 2020" and "2. Định hướng đến năm 2025"): of neither, it takes no period from it
    apart: bool = False


# A line as (start, stripped, heading, numbered): see ``heading_lines``.
HeadingLine = tuple[int, str, tuple[int, str] | None, bool]


@dataclass(slots=True)
class _Heading:
    start: int
    level: int
    text: str
    result: bool | None = None  # its text (numbering and all) names results: asked once, for its children
    inline: bool = False  # a lead-in whose items follow on its line: it governs that line only
    words: str = ""  # a lead-in closing a paragraph: its last sentence, read for targets and period
    lead_in: str | None = None  # a heading naming no period right under a lead-in naming one: that period
    title: bool = False  # an unnumbered heading in capitals, which may title a table under it
    apart: bool = False  # see Scope.apart


@cache
def _until() -> re.Pattern[str]:
    """ "đến năm 2030": the year a list of targets is for."""
    raw = vocabulary().raw
    return re.compile(rf"(?:{alternation(raw['range_words'])})\s+(?:{alternation(raw['year_words'])})\s+(\d{{4}})",
                      re.I)


@cache
def heading_numbering() -> re.Pattern[str]:
    """A heading's numbering: a word and its number ("Điều 3.", "PHẦN THỨ HAI:"), a Roman numeral, one or two
    digits ("2.", "2.3."), not a number's thousands ("46.850 lao động" opens a key-figure card's line), or a
    letter ("a)")."""
    words, ordinals = (alternation(vocabulary().raw[k]) for k in ("heading_words", "heading_ordinals"))
    return re.compile(
        rf"^(?:(?P<word>{words})\s+(?:[ivxlc\d]+|{ordinals})\b[.:]?|(?P<roman>[ivxlc]+)[.)]"
        rf"|(?P<arabic>\d{{1,2}})(?:\)|\.(?!\d{{3}}(?!\d)))|(?P<letter>(?:[a-z]|đ))\))\s*", re.I)


@cache
def _heading_words() -> tuple[Words, Words, Words]:
    """The words of a heading of targets, of a lead-in to targets, and of a heading of results."""
    raw = vocabulary().raw
    return Words(raw["target_heads"]), Words(raw["target_lead_ins"]), Words(raw["result_heads"])


@cache
def _programme_names() -> Words:
    """ "Chương trình mục tiêu quốc gia": a programme's name holding a target word."""
    return Words(vocabulary().raw["target_programme_names"])


@cache
def _misused_purposes() -> Words:
    """ "sử dụng kinh phí chưa đúng mục đích": a misuse found, holding a target word."""
    return Words(vocabulary().raw["misused_purposes"])


@cache
def _article_words() -> Words:
    """The words that number a legal text's parts ("Điều 1.", "Chương II")."""
    return Words(vocabulary().raw["heading_words"])


@cache
def _purpose_lead_ins() -> Words:
    """The words a lead-in naming the goal its targets serve opens with ("Để hoàn thành …")."""
    return Words(vocabulary().raw["purpose_lead_ins"])


@cache
def _target_openers() -> Words:
    """The words a numbered heading of targets may open with ("KẾ HOẠCH SẢN XUẤT VỤ MÙA")."""
    return Words(vocabulary().raw["target_head_openers"])


@cache
def _adoption() -> re.Pattern[str]:
    """ "Thông qua dự toán …", "Giao kế hoạch …": a resolution adopting an estimate or a plan."""
    raw = vocabulary().raw
    return re.compile(rf"(?:(?:{alternation(raw['adoptions'])})\s+)+(?:{alternation(raw['adopted'])})(?!\w)")


def _asked(low: str) -> str:
    """A lead-in's lowercased words after its last request ("… ghi nhận kết quả ngành đạt được và đề nghị năm 2026
    ngành tập trung phấn đấu đạt các chỉ tiêu sau:"): the results acknowledged before it are not what its items
    are; the whole lead-in if it asks nothing."""
    return low[max((m.end() for m in _requests().finditer(low)), default=0):]


@cache
def _requests() -> re.Pattern[str]:
    """A request's words ("đề nghị", "yêu cầu"), as whole words."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().raw['requests'])})(?!\w)")


def _names_results(low: str) -> bool:
    """A heading's lowercased words name results, unless only inside words of carrying a rule out
    ("Điều 4. Kinh phí thực hiện", "Tổ chức thực hiện"): its funding and who does it, no results."""
    results = _heading_words()[2]
    if not results.found(low):
        return False  # the usual answer
    carrying = vocabulary().carrying_out
    if carrying.found(low):
        for w in carrying.words:
            low = low.replace(w, " ")
    return bool(results.found(low))


def opens_with_results(low: str) -> bool:
    """A heading's lowercased words after its numbering open with words of results ("kết quả đại hội",
    "tình hình thực hiện …"), not of carrying a rule out ("tổ chức thực hiện"); a heading that only names
    them later ("tiến độ thực hiện") schedules what is to be done."""
    if not _heading_words()[2].starting(low):
        return False  # the usual answer
    return not vocabulary().carrying_out.starting(low)


def _carries_targets_out(headings: list[_Heading], opening: set[int]) -> bool:
    """The top heading before the last of ``headings`` opened targets: a top heading of carrying out
    after it ("II. KẾ HOẠCH NĂM 2025" then "III. TỔ CHỨC THỰC HIỆN") assigns the plan's tasks, its
    figures the plan's too ("bố trí kinh phí dự kiến khoảng 96 tỷ đồng"); a resolution's article of
    carrying out ("Điều 3. Tổ chức thực hiện") enforces it, and is no such heading."""
    top = next((h for h in reversed(headings[:-1]) if h.level == 1), None)
    return top is not None and top.start in opening


def _announces_targets(words: str, level: int, numbered: bool) -> bool:
    """A heading's or lead-in's lowercased ``words`` (after its numbering) announce targets:
    its words of targets, or the adoption of an estimate or a plan ("Điều 1. Thông qua dự toán
    thu, chi ngân sách … năm 2025 như sau:")."""
    heads, lead_ins, _ = _heading_words()
    if _adoption().match(words):
        return True
    for names in (_programme_names(), _misused_purposes()):
        if names.found(words):  # "chương trình mục tiêu quốc gia …": a name, no targets; "sai mục đích": a misuse
            for name in names.words:
                words = words.replace(name, " ")
    if level == LEAD_IN_LEVEL:
        return bool(lead_ins.found(words))
    return bool(heads.found(words) and not _indicators_of_a_part(words)
                or numbered and (_opens_a_plan(words) or _presents_a_plan(words)))


def _box_title_of_targets(line: str, year: int | None) -> bool:
    """ "Các chỉ tiêu chủ yếu năm 2020", a box's title over a dashed list in a news page of 2019: a short line with
    no numbering nor colon that opens with words of targets and names a later year than the report's only is a
    lead-in of targets."""
    if not year or len(line) > HEADING_MAX or line.endswith((".", ";", ",")) \
            or not _heading_words()[0].starting(low := line.lower()):
        return False
    years = [int(y) for y in _YEAR.findall(low)]
    return bool(years) and min(years) > year


def _indicators_of_a_part(words: str) -> bool:
    """A heading's lowercased ``words`` name indicators and no other word of targets, and no time, or a month, a
    quarter, the first half or the months counted from the year's start ("một số chỉ tiêu chủ yếu tháng 10 năm
    2025", "các chỉ tiêu chủ yếu 9 tháng năm 2025"): a statistics report's figures of that time, results. Targets
    are set for a year or a span of years, or for the half to come ("chỉ tiêu chủ yếu 6 tháng cuối năm 2025")."""
    v = vocabulary()
    if not v.indicator_heads.found(words):
        return False  # the usual answer
    rest = words
    for w in v.indicator_heads.words:
        rest = rest.replace(w, " ")
    if _heading_words()[0].found(rest):
        return False
    if (period := first_period_named(words)) is not None:
        return _PART_OF_A_YEAR.match(period) is not None
    # "II. MỘT SỐ CHỈ TIÊU CHỦ YẾU" naming no time, its table's columns say what each is ("TH tháng 10/2025", "Lũy
    # kế 10 tháng", "KH năm 2025"); "các chỉ tiêu chủ yếu 9 tháng" counts months from the year's start
    return not _second_half().found(words)


@cache
def _second_half() -> Words:
    """ "6 tháng cuối năm": the half to come, for which targets are set."""
    return Words(vocabulary().raw["periods"]["second_half"])


def _opens_a_plan(words: str) -> bool:
    """A numbered heading's lowercased ``words`` open with a plan's word ("III. KẾ HOẠCH SẢN XUẤT VỤ MÙA 2024"),
    not one paying out a year's profit that is over ("II. PHƯƠNG ÁN CHI TRẢ CỔ TỨC NĂM 2024"): that dividend's rate
    and sums are the year's results, as its profit is."""
    if not (opener := _target_openers().starting(words)):
        return False  # the usual answer
    return vocabulary().payout_plans.starting(words[len(opener):].lstrip(" :,")) is None


@cache
def _paper_heads() -> Words:
    """The words a numbered heading naming a paper put before a session opens with ("3. Báo cáo dự toán …")."""
    return Words(vocabulary().raw["paper_heads"])


def _presents_a_plan(words: str) -> bool:
    """A numbered heading's lowercased ``words`` name a paper presenting an estimate or a plan ("3. Báo cáo dự toán
    ngân sách năm 2025", "2. Tờ trình về kế hoạch đầu tư công năm 2025"): its section sets out targets, as "Dự toán
    …" would; a paper of results ("Báo cáo kết quả …") names results, which the caller rules out first."""
    if not (paper := _paper_heads().starting(words)):
        return False  # the usual answer
    rest = words[len(paper):].lstrip(" :,")
    return _target_openers().starting(rest) is not None


@cache
def _heading_parts() -> Words:
    return Words(vocabulary().raw["heading_parts"])


# "A. ", "B. ": a capital letter (or D with a stroke), none a Roman numeral's
_PART_LETTER: Final = re.compile(r"[A-HJ-UWY\u0110]\.\s+")


def _numbered(line: str) -> tuple[int, str] | None:
    """A numbered heading's level and its words after the numbering, or None."""
    if (part := _PART_LETTER.match(line)) and line[part.end():].isupper():
        return DIVIDER_LEVEL, line[part.end():]  # "A. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2011" over "I. SẢN XUẤT …"
    m = heading_numbering().match(line)
    if m is None:
        return None
    roman = m.group("roman")
    if roman and len(roman) == 1 and (roman.islower() or line[1] == ")"):
        roman = None  # "c) Chỉ tiêu môi trường:", "d." : a letter, not the numeral C or D
    word = m.group("word")
    if word and _heading_parts().is_one(word.lower()):
        return DIVIDER_LEVEL, line[m.end():]  # "PHẦN THỨ NHẤT: … NĂM 2012" over "I. VỀ KINH TẾ"
    level = 1 if word or roman else 2 if m.group("arabic") else 3
    return level, line[m.end():]


def heading_lines(text: str) -> list[HeadingLine]:
    """Each line of ``text`` as (start, stripped, heading, numbered): a heading's level and its
    words after the numbering, or None for prose or a blank line (""). Read once for the
    passes over the headings."""
    out: list[HeadingLine] = []
    pos = 0
    part: int | None = None  # the level of a part's number standing alone on its line, before its title
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            out.append((start, stripped, None, False))
            continue
        if part is not None and not _table_row(line) and _numbered(stripped) is None and len(stripped) <= HEADING_MAX \
                and stripped.isupper():
            # "Phần thứ nhất" then "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH … NĂM 2025": the part's title, at the part's level
            out.append((start, stripped, (part, stripped), True))
            part = None
            continue
        part = None
        if _table_row(line):
            # A table's row ("1.1 | Đất trồng lúa | …", the key row "A | B | 1 | 2 | 3=2-1"): cells, no heading.
            out.append((start, stripped, None, False))
            continue
        numbered = _numbered(stripped)
        if numbered is not None:
            out.append((start, stripped, numbered, True))
            if not numbered[1]:
                part = numbered[0]
        else:  # "II. PHƯƠNG HƯỚNG …" without a numeral
            out.append((start, stripped, (1, stripped) if len(stripped) <= HEADING_MAX and stripped.isupper()
                        else None, False))
    return out


def target_scopes(text: str, year: int | None, lines: list[HeadingLine] | None = None) -> list[Scope]:
    """Every section or list of targets, innermost last among those that overlap
    (``lines``: ``heading_lines(text)``, if at hand)."""
    headings: list[_Heading] = []
    openers: list[tuple[_Heading, bool]] = []
    breaks: list[int] = []  # a blank line followed by a paragraph that is no heading
    blank_before: set[int] = set()  # headings followed by a blank line
    chain: list[_Heading] = []  # the headings h sits under, outermost first
    opening: set[int] = set()  # where the headings that open targets start
    allocating = False  # an article allocating money has opened targets
    part: _Heading | None = None  # the last numbered heading of the top level
    blank = False
    for start, stripped, numbered, is_numbered in heading_lines(text) if lines is None else lines:
        if not stripped:
            blank = True
            if headings and headings[-1].start == _last_line_start(text, start):
                blank_before.add(headings[-1].start)
            continue
        lead_in = stripped.endswith(":")
        if blank and numbered is None and not lead_in and not _table_part(stripped) and not _slide_mark(stripped):
            breaks.append(start)
        blank = False
        found = numbered if len(stripped) <= HEADING_MAX or _long_article(stripped) else None
        if found is None and (opens_appendix(stripped) or opens_other_articles(stripped)
                              or titles_an_attachment(text, start, stripped)):
            found = (DIVIDER_LEVEL, stripped)  # an appendix, a list of other articles: apart
        inline = None if found is not None or lead_in else _inline_lead_in(stripped)
        if found is None and not lead_in and inline is None and _box_title_of_targets(stripped, year):
            lead_in = True  # "Các chỉ tiêu chủ yếu năm 2020" over a dashed list in a page of 2019: a lead-in
        if found is None and not lead_in and inline is None:
            continue
        level, words = found if found else (LEAD_IN_LEVEL, _last_sentence(inline or stripped))
        if found is not None and is_numbered and level == 1 and _slide_mark(_line_before(text, start)):
            level = DIVIDER_LEVEL  # "PHẦN III. …" opening a slide: a divider over the slides' titles up to the next
        h = _Heading(start, level, inline or stripped, inline=inline is not None,
                     words=words if level == LEAD_IN_LEVEL and (inline is None or words != inline) else "",
                     title=found is not None and not is_numbered)
        headings.append(h)
        # The headings no later one is at or above: the last of a lower level than h is on top.
        while chain and chain[-1].level >= level:
            chain.pop()
        parent = chain[-1] if chain else None
        chain.append(h)
        low = words.lower()
        # "Để thực hiện các nội dung đã cam kết, HĐND tỉnh đề nghị …:": the goal's words name no results
        is_result = _names_results(low.partition(",")[2] if level == LEAD_IN_LEVEL
                                   and _purpose_lead_ins().starting(low) else _asked(low) if level == LEAD_IN_LEVEL
                                   else low)
        prev = headings[-2] if len(headings) > 1 else None
        if prev is not None and prev.level == LEAD_IN_LEVEL and prev.words and found is not None \
                and not (breaks and prev.start < breaks[-1] < h.start) \
                and not _purpose_lead_ins().starting(prev.text.lower()):
            # "Sở … thông báo tuyển dụng công chức năm 2025 như sau:" then "I. CHỈ TIÊU TUYỂN DỤNG": the
            # lead-in's period is the heading's when it names none
            h.lead_in = first_period_named(prev.words)
        # Inside a section of results, "1. Các chỉ tiêu chủ yếu" reports them: no targets; so does a lettered item
        # a sentence long under "2. Sản xuất nông nghiệp" under "I. KẾT QUẢ THỰC HIỆN … 9 THÁNG ĐẦU NĂM 2014" ("c) Lâm
        # nghiệp: Trồng rừng tập trung được 215 ha, đạt 86% kế hoạch năm; …").
        for above in chain[:-1]:
            if above.result is None:
                above.result = _names_results(above.text.lower())
        under_results = parent is not None and bool(parent.result) \
            or is_item(h.text) and any(above.result for above in chain[:-2])
        years = [int(y) for y in _YEAR.findall(low)]
        later = bool(years and year and max(years) > year)
        if level == 1 and is_numbered and found is not None:
            part = h
        elif h.title and years and part is not None and not under_results and _names_results(part.text.lower()):
            # "MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2025", a box's title inside "I. KẾT QUẢ … NĂM 2025": that year's
            # results in brief, not targets
            named = [int(y) for y in _YEAR.findall(part.text)] or ([year] if year else [])
            under_results = bool(named) and max(years) <= max(named)
        # "2. Cấp mới … cho ít nhất 20 hộ; …, phấn đấu đến hết năm 2025 đạt 95%." under "II. NHIỆM
        # VỤ QUÝ II/2025": a task written as a sentence is an item of its section, no heading of its own.
        item_of_targets = parent is not None and parent.start in opening and level > 1 and is_item(h.text)
        if level == 1 and (allocating or not _article_words().starting(stripped.lower())
                           and _carries_targets_out(headings, opening)) \
                and vocabulary().carrying_out.starting(low):
            # "Điều 2. Tổ chức thực hiện" after "Điều 1. Phân bổ kinh phí … năm 2025": how the plan adopted
            # is carried out, its sums and shares still of that plan (its own heading naming no year). A section
            # ("IV. TỔ CHỨC THỰC HIỆN" after "III. KẾ HOẠCH SẢN XUẤT VỤ ĐÔNG XUÂN 2015 - 2016") is of the period the
            # plan's heading names; an article's items name their own.
            if not _article_words().starting(stripped.lower()) \
                    and (planned := next((o for o, opens in reversed(openers) if opens and o.level == 1), None)):
                h.lead_in = h.lead_in or first_period_named(planned.text)
            openers.append((h, True))
            opening.add(h.start)
            continue
        # "Nghị quyết … xác định một số chỉ tiêu chủ yếu đến năm 2030 như sau:" after a page's results: a lead-in
        # of targets for a later year than the report's opens them under a heading of results too
        later_targets = later and (level == LEAD_IN_LEVEL and _heading_words()[0].found(low) is not None
                                   # "3. Kế hoạch vay, trả nợ năm 2026" under a table's title "TÌNH HÌNH … NĂM 2025"
                                   or is_numbered and found is not None and _opens_a_plan(low))
        if not is_result and (not under_results or later_targets) and not item_of_targets and (
                _announces_targets(low, level, is_numbered and found is not None)
                # "2. Đến năm 2030:" under "II. MỤC TIÊU ĐẾN NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030": a
                # sub-heading of targets naming its own year governs its items with that year.
                or parent is not None and parent.start in opening and _until().search(h.text) is not None
                # "a) Giai đoạn 2026-2027:" under "2. Mục tiêu cụ thể", "1. Chỉ tiêu năm 2020" under "III. KẾ HOẠCH NĂM
                # 2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2025": a phase's lead-in or sub-heading, its period its items'
                or parent is not None and parent.start in opening and found is not None and bool(years)
                and first_period_named(words) is not None
                # "Kỳ họp thông qua các chỉ tiêu chủ yếu năm 2025 như sau:" in a report of 2024
                or later_targets):
            if not years or not year or max(years) >= year:
                if parent is not None and parent.start in opening and not years and found is not None:
                    h.apart = _after_siblings_naming_their_years(parent, openers)
                openers.append((h, True))
                opening.add(h.start)
                allocating = allocating or level == 1 and is_numbered and _adoption().match(low) is not None \
                    and bool(vocabulary().allocating.starting(low))
        elif is_result:
            openers.append((h, False))
    scopes = []
    for h, opens in openers:
        if not opens:
            continue
        end = len(text)
        if h.inline:
            end = text.find("\n", h.start)
            end = len(text) if end < 0 else end
        elif h.start not in blank_before:
            # A section written without blank lines ends at one: what follows is apart.
            end = next((b for b in breaks if b > h.start), end)
        elif h.level == LEAD_IN_LEVEL and (after := [b for b in breaks if b > h.start]) \
                and ITEM_MARK.match(text, after[0]):
            # A lead-in's items each a paragraph, marked (a web page's list): the first paragraph
            # with no mark ends them.
            end = next((b for b in after if not ITEM_MARK.match(text, b)), end)
        if h.title and (table_end := _table_under(text, h.start)) is not None:
            end = min(end, table_end)
        for other in headings:
            if other.start <= h.start:
                continue
            if other.start >= end:
                break
            if (other.level <= h.level and not (h.level == LEAD_IN_LEVEL and is_item(other.text, words=1))) \
                    or (other.level < LEAD_IN_LEVEL and _names_results(other.text.lower()) and not is_item(other.text)):
                # A lead-in's numbered items written as sentences ("1. Tốc độ tăng … đạt 9%.") go on
                # with it; a heading ends it.
                end = other.start
                break
        # A lead-in closing a paragraph: the period its last sentence names, else the paragraph's.
        until = _until().search(h.words) if h.words else None
        until = until or _until().search(h.text)
        period = until.group(1) if until else h.words and first_period_named(h.words) or first_period_named(h.text) \
            or h.lead_in
        if h.level == LEAD_IN_LEVEL and _purpose_lead_ins().starting(h.text.lower()):
            period = None  # "Để hoàn thành mục tiêu … năm 2025, … yêu cầu:": the goal's year, not the items'
        if period and _SPAN.match(period) \
                and (a_terms_span(h.text, period) or bool(h.words) and a_terms_span(h.words, period)):
            # "II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030": a term opens no period; nor does a part's title
            # on the line below its "Phần thứ hai"
            period = None
        # A lead-in governs what follows it; a heading, its own line too.
        start = h.start + len(h.text) if h.level == LEAD_IN_LEVEL else h.start
        scopes.append(Scope(start, end, period, h.text, apart=h.apart and period is None))
    return scopes


def _after_siblings_naming_their_years(parent: _Heading, openers: list[tuple[_Heading, bool]]) -> bool:
    """Whether ``parent`` names two periods and a heading of targets under it (no lead-in) has named one."""
    from solieu.extract.periods import periods_named

    if len({p for _, p, _, _ in periods_named(parent.text, 0, len(parent.text))}) < 2:
        return False
    return any(opens and o.start > parent.start and parent.level < o.level < LEAD_IN_LEVEL and _YEAR.search(o.text)
               for o, opens in openers)


def period_scopes(text: str, lines: list[HeadingLine] | None = None) -> list[Scope]:
    """Every numbered heading that names one period ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM
    2022", "Điều 1. Đánh giá tình hình thực hiện kế hoạch năm 2024"): the period of the
    figures of its section, until a heading of the same or a higher level. A title is not
    numbered and opens nothing; a heading naming two periods names none (``lines``:
    ``heading_lines(text)``, if at hand)."""
    from solieu.extract.periods import NAME_REACH, names_an_occasion, periods_named, school_year

    results = _heading_words()[2]
    scopes: list[Scope] = []
    open_: list[tuple[int, int, str | None, str]] = []  # (level, start, period, heading)
    for start, stripped, found, numbered in heading_lines(text) if lines is None else lines:
        if not numbered:
            continue
        assert found is not None
        if len(stripped) > HEADING_MAX:
            if (heads := _articles_first_sentence(stripped, found[1])) is None:
                continue
            stripped, found = stripped[:len(stripped) - len(found[1]) + len(heads)], (found[0], heads)
        if stripped.endswith(":") and found[0] > 1 or found[0] > 1 and is_item(stripped):
            continue  # "b) Tuổi thọ … đạt 74,6 tuổi (năm 2020 là 73,9 tuổi).": an item, no heading
        level = found[0]
        while open_ and open_[-1][0] >= level:
            lv, st, per, head = open_.pop()
            if per:
                scopes.append(Scope(st, start, per, head))
        low = stripped.lower()
        if _announces_targets(found[1].lower(), level, True) and not results.found(low):
            # A heading of targets gives its period to its targets only, where they end.
            open_.append((level, start, None, stripped))
            continue
        stripped = _with_its_wrapped_year(text, start, stripped)
        found_named = periods_named(stripped, 0, len(stripped))
        named = {p for _, p, _, _ in found_named}
        # A term ("NHIỆM KỲ 2020 - 2025") is no period of the levels reported under it; a
        # school year ("NĂM HỌC 2023-2024") is the period of its section.
        one = named.pop() if len(named) == 1 else None
        if one and _SPAN.search(one) and not school_year(stripped[:found_named[0][3]]):
            one = None
        if one and names_an_occasion(stripped[max(0, (at := found_named[0][3]) - NAME_REACH):at]):
            one = None  # "8. Công tác chuẩn bị phục vụ Tết Nguyên đán Bính Ngọ năm 2026": the year names the occasion
        open_.append((level, start, one, stripped))
    scopes += [Scope(st, len(text), per, head) for _, st, per, head in open_ if per]
    return sorted(scopes, key=lambda s: s.start)


def _articles_first_sentence(line: str, words: str) -> str | None:
    """ "Điều 1. Thống nhất đánh giá tình hình thực hiện kế hoạch … năm 2019 như báo cáo của Ủy ban nhân dân xã. Năm
    2019, …": an article run into one paragraph with its body, its first sentence its heading; None where the line
    is no article's or the first sentence of its ``words`` (past its numbering) is too long."""
    if not _article_words().starting(line.lower()):
        return None  # a numbered paragraph: its first sentence is no heading
    end = next((m.start() for m in _SENTENCE_END.finditer(words, 0, HEADING_MAX) if words[m.end()].isupper()), None)
    return words[:end + 1] if end is not None else None


_SENTENCE_END: Final = re.compile(r"\.\s+(?=[^\W\d_])")  # a full stop before a word (a capital opens a sentence)


def _with_its_wrapped_year(text: str, start: int, heading: str) -> str:
    """ "II. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH 6 THÁNG ĐẦU NĂM" then "2011" alone on the next line (blank lines
    between, maybe): a heading a PDF wrapped before its year, read whole; else the heading as it is."""
    if not _year_word_ending().search(heading):
        return heading  # the usual heading: no year's word ending it
    end = text.find("\n", start)
    if end < 0 or not (m := _LONE_YEAR_LINE.match(text, end)):
        return heading
    return f"{heading} {m.group(1)}"


@cache
def _year_word_ending() -> re.Pattern[str]:
    """ "… 6 THÁNG ĐẦU NĂM": a year's word ending a line (any case)."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().raw['periods']['year'])})$", re.I)


_LONE_YEAR_LINE: Final = re.compile(r"\n(?:[ \t]*\n)*[ \t]*((?:19|20)\d\d)[ \t]*(?=\n|$)")


def a_terms_span(text: str, period: str) -> bool:
    """ "MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030": the span a heading of targets names is a congress's
    term, which opens no period for the targets under it that name none ("Đột phá về nguồn nhân lực: mỗi
    năm đào tạo nghề cho khoảng 15.000 lao động"), as a term over results opens none; a span named alone
    ("MỤC TIÊU GIAI ĐOẠN 2026 - 2030") is the targets'."""
    m = vocabulary().congress_term.search(text)
    return m is not None and f"{m[1]}-{m[2]}" == period


def lead_in_scopes(lines: list[HeadingLine]) -> list[Scope]:
    """Every unnumbered lead-in that names one period and ends with ":" over marked items, each on
    its own line ("Kết quả chủ yếu trong tháng 10/2025 (…):" then "- Lượt khách: 1,25 triệu lượt"), or lines typed
    over a dot leader ("Thu ngân sách ……… 186,4 tỷ đồng"): that period is its items' until the first line with
    neither. A span of years names none, as in a heading (``lines``: ``heading_lines(text)``)."""
    from solieu.extract.periods import periods_named

    scopes: list[Scope] = []
    open_: tuple[int, str, str] | None = None  # (start, period, lead-in)
    last = 0  # the end of the last item of the open lead-in
    paragraph: list[str] = []  # the lines since the last blank one: a lead-in broken at a width
    for n, (start, stripped, _, numbered) in enumerate(lines):
        if not stripped:
            paragraph = []
            continue
        paragraph.append(stripped)
        if open_ is not None:
            if ITEM_MARK.match(stripped) or LEADER.search(stripped):
                last = start + len(stripped)
                continue
            if n + 1 < len(lines) and LEADER.search(lines[n + 1][1]) and not lines[n + 1][3]:
                continue  # "Tổng giá trị sản xuất (giá hiện" over "hành)……… 4.215,6 tỷ đồng": an item's label wrapped
            if last > open_[0]:
                scopes.append(Scope(open_[0], last, open_[1], open_[2]))
            open_ = None
        if numbered or not stripped.endswith(":") or len(stripped) > HEADING_MAX:
            continue  # the usual line: no lead-in
        # "Năm 2025, huyện có …; một số kết quả chủ" over "yếu đạt được như sau:": a lead-in broken at a width
        lead_in = " ".join(paragraph) if 1 < len(paragraph) and sum(map(len, paragraph)) <= 2 * HEADING_MAX \
            else stripped
        # A lead-in opening with its purpose ("Để hoàn thành mục tiêu năm 2025, …:") names the time of its items
        # only after the purpose's comma ("Để hoàn thành các mục tiêu trên, năm 2026 tỉnh tập trung …:").
        said = lead_in.partition(",")[2] if _purpose_lead_ins().starting(lead_in.lower()) else lead_in
        named = {p for _, p, _, _ in periods_named(said, 0, len(said))}
        if len(named) == 1 and not _SPAN.search(one := named.pop()):
            open_, last = (start + len(stripped), one, lead_in), 0
    if open_ is not None and last > open_[0]:
        scopes.append(Scope(open_[0], last, open_[1], open_[2]))
    return scopes


def term_scopes(text: str, lines: list[HeadingLine]) -> list[Scope]:
    """Every section whose numbered heading opens with a level a rule sets ("Điều 2. Mức hỗ trợ
    phát triển sản xuất nông nghiệp", "Điều 3. Mức chi trợ giúp xã hội"): the terms a resolution
    sets, neither results nor targets, until a heading of the same or a higher level. A heading
    naming results ("3. Mức hỗ trợ và kết quả thực hiện") opens none; so does one that sets prices
    after a rule's verbs ("Điều 1. Sửa đổi, bổ sung giá đất ở …"); one presenting a place's fixed facts
    ("1. Vị trí địa lý, điều kiện tự nhiên") opens one for its sentences (``lines``: ``heading_lines(text)``)."""
    v = vocabulary()
    levels, results = v.set_levels, _heading_words()[2]
    scopes: list[Scope] = []
    open_: tuple[int, int, str] | None = None  # (level, start, heading)
    above: dict[int, str] = {}  # the latest heading's words at each level, lowercased
    for start, stripped, found, numbered in lines:
        if not numbered or found is None or len(stripped) > HEADING_MAX or found[0] > 1 and is_item(stripped):
            continue
        if open_ is not None and found[0] <= open_[0]:
            scopes.append(Scope(open_[1], start, None, open_[2]))
            open_ = None
        low = found[1].lower()
        above = {level: words for level, words in above.items() if level < found[0]}
        # "I. KẾT QUẢ THỰC HIỆN NĂM 2020" over "4. Giá vé tắm khoáng": the prices a report's results section gives,
        # what the market charged (not a norm or a poverty line it sets out)
        under_results = v.price_heads.starting(low) is not None and any(results.found(w) for w in above.values())
        above[found[0]] = low
        if open_ is None and not results.found(low) and not under_results \
                and (levels.starting(low) or v.fixed_fact_heads.starting(low)
                     or _sets_prices(v, stripped[:len(stripped) - len(found[1])], low)):
            open_ = (found[0], start, stripped)
    if open_ is not None:
        scopes.append(Scope(open_[1], len(text), None, open_[2]))
    return scopes + _appendix_terms(v, text, lines)


APPENDIX_REACH: Final = 4  # the lines after an appendix's first line that may hold its title and rule


def example_scopes(lines: list[HeadingLine]) -> list[Scope]:
    """A line or a numbered item opening with "Ví dụ" ("3. Ví dụ: Một hộ dân cư sử dụng 25 m3 nước trong một tháng,
    tiền nước phải trả như sau:") and the lines under it ("- 10 m3 đầu tiên: 10 x 8.500 = 85.000 đồng;"): a worked
    example of the terms, until a blank line or a heading of its level or higher."""
    examples = vocabulary().worked_examples
    scopes: list[Scope] = []
    open_: tuple[int, int, str] | None = None  # (level, start, line)
    for start, stripped, found, numbered in lines:
        if open_ is not None and (not stripped or found is not None and found[0] <= open_[0]):
            scopes.append(Scope(open_[1], start, None, open_[2]))
            open_ = None
        # Only the line's head is lowercased (the phrase and the character after it): a paragraph may be
        # the whole text.
        if open_ is None and stripped \
                and examples.starting((found[1] if numbered and found else stripped)[:examples.longest + 1].lower()):
            open_ = (found[0] if numbered and found else LEAD_IN_LEVEL, start, stripped)
    if open_ is not None:
        scopes.append(Scope(open_[1], lines[-1][0] + len(lines[-1][1]) + 1, None, open_[2]))
    return scopes


def _appendix_terms(v: Vocabulary, text: str, lines: list[HeadingLine]) -> list[Scope]:
    """A rule's appendix whose title names the prices or levels it sets ("PHỤ LỤC" over "GIÁ DỊCH VỤ
    KHÁM BỆNH, CHỮA BỆNH …" and "(Kèm theo Quyết định số …)", "PHỤ LỤC I. MỨC CHI …"): the terms of the
    rule, until the next appendix or the end of the text."""
    found_at: list[tuple[int, str, bool]] = []  # (start, line, whether it lists terms)
    for i, (start, stripped, _, numbered) in enumerate(lines):
        if numbered or len(stripped) > HEADING_MAX or not (w := v.rule_appendix.starting(low := stripped.lower())):
            continue
        after = [s.lower() for _, s, _, _ in lines[i + 1:i + 1 + APPENDIX_REACH] if s]
        title = low[len(w):].lstrip(" 0123456789ivxlc.:-–") or (after[0] if after else "")
        terms = any(ws.starting(title) for ws in (v.set_levels, v.set_prices, v.article_prices)) \
            and any(v.attached_to_rule.starting(a) for a in after)
        found_at.append((start, stripped, terms))
    if not found_at:
        return []  # the usual answer: no appendix
    ends = [s for s, _, _ in found_at[1:]] + [len(text)]
    return [Scope(start, end, None, line) for (start, line, terms), end in zip(found_at, ends, strict=True) if terms]


def _sets_prices(v: Vocabulary, numbering: str, low: str) -> bool:
    """An article's heading (``numbering`` "Điều 1.") whose words ``low`` open with a rule's verbs and then
    the prices it sets ("sửa đổi, bổ sung giá đất ở …", "quy định bảng giá đất …"): a report's section
    ("2. Điều chỉnh bảng giá đất") may tell what was done, and "giá đất" alone may head one. Prices or
    charges named for themselves ("Điều 1. Giá dịch vụ khám bệnh, chữa bệnh") need no verb: an article
    heads what its rule sets, not what was done; so do allowances, lump sums, staff caps and the places
    the rule applies to ("Điều 3. Mức phụ cấp", "Điều 2. Số lượng người hoạt động không chuyên trách")."""
    if not _article_words().starting(numbering.lower()):
        return False
    rest, cut = low, False
    while w := v.set_level_verbs.starting(rest):
        rest, cut = rest[len(w):].lstrip(" ,"), True
    return cut and v.set_prices.starting(rest) is not None or v.article_prices.starting(rest) is not None \
        or v.article_terms.starting(low) is not None


def heading_span(text: str, pos: int) -> tuple[str, str] | None:
    """The span of years the nearest numbered heading above ``pos`` names ("I. THỰC TRẠNG …
    GIAI ĐOẠN 2016-2020"), with that heading: what "trong giai đoạn" refers to under it."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if line and len(line) <= HEADING_MAX and _numbered(line) and not is_item(line):
            named = period_in(line)
            if named and _SPAN.search(named):
                return named, line
            if named:
                return None  # the nearest heading with a time names a year, not a span
    return None


def term_over(text: str, pos: int) -> tuple[int, int] | None:
    """The term the last heading, title or table header above ``pos`` that names one names ("PHẦN THỨ HAI" over
    "PHƯƠNG HƯỚNG, MỤC TIÊU … NHIỆM KỲ 2025 - 2030", "Mục tiêu Nghị quyết nhiệm kỳ 2020-2025 | …"): its first and
    last years, or None."""
    titles = _term_titles(text)
    k = bisect_right(titles, pos, key=lambda t: t[0])
    return titles[k - 1][1:] if k else None


@lru_cache(maxsize=4)
def _term_titles(text: str) -> list[tuple[int, int, int]]:
    """Where each term a title, a heading or a table header names ends, with its first and last years, in order
    (read once per text: the rules ask of many figures)."""
    out = []
    for m in vocabulary().congress_term.finditer(text):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[start:end if end >= 0 else len(text)]
        if line.isupper() or TABLE_SEPARATOR in line:
            out.append((m.end(), int(m.group(1)), int(m.group(2))))
    return out


def terms_named(text: str, pos: int) -> list[tuple[int, int]]:
    """Every congress's term the text names before ``pos`` ("(nhiệm kỳ 2010 - 2015)"), its first and last years."""
    return [(int(m.group(1)), int(m.group(2))) for m in vocabulary().congress_term.finditer(text, 0, pos)]


def results_year(scopes: list[Scope]) -> int | None:
    """The year the first numbered heading of results names ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
    NĂM 2023", "I. TÌNH HÌNH 6 THÁNG ĐẦU NĂM 2024"): the year the report reports, however
    often its sections of targets name the next one."""
    results = _heading_words()[2]
    for s in scopes:
        if s.period and not _SPAN.search(s.period) and results.found(s.heading.lower()):
            return int(s.period[:4])
    return None


def results_span(lines: list[HeadingLine], year: int | None) -> int | None:
    """The first year of the span a report's title says it reports ("Kết quả thực hiện Chương
    trình … giai đoạn 2021-2025" over a report of 2025), when that span holds the report's year:
    every year of it is the report's period, none an earlier year's level. The title is an
    unnumbered line before the first numbered heading that opens with a word of results; it may run
    longer than a heading ("Kết quả giám sát chuyên đề việc cấp giấy chứng nhận … giai đoạn 2021-2024"),
    but a title ends with no full stop, as a paragraph does."""
    from solieu.extract.periods import periods_named

    results = _heading_words()[2]
    if not year:
        return None
    for _, stripped, heading, numbered in lines:
        if numbered and heading is not None:
            # "I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH … GIAI ĐOẠN 2021-2025" opening a submission: the first
            # numbered heading says so as well; none after it
            stripped = heading[1]
            if not stripped:
                continue  # "Phần thứ nhất" alone on its line: its title is the next line
        low = stripped.lower()
        if not numbered and (paper := _paper_heads().starting(low)) and stripped[:len(paper)].isupper():
            # "BÁO CÁO Sơ kết 4 năm thực hiện …": a title run on after its paper's name in capitals, as a page's
            # line break lost may leave it
            stripped, low = stripped[len(paper):].lstrip(), low[len(paper):].lstrip()
        if len(stripped) > (HEADING_MAX if stripped.endswith(".") else TITLE_MAX) \
                or not (opener := results.starting(low)
                        or not numbered and _review_titles().starting(low)):
            if numbered:
                return None
            continue
        # "Sơ kết 4 năm thực hiện … giai đoạn 2011 - 2014; mục tiêu, nhiệm vụ đến năm 2015 …": the results its title's
        # first part names, the targets after its ";" another's
        reviewed = stripped.partition(";")[0]
        named = {p for _, p, _, _ in periods_named(reviewed, 0, len(reviewed))}
        if len(named) == 1 and _SPAN.search(one := named.pop()) and int(one[:4]) < year <= int(one[5:]):
            # a term's span ("KẾT QUẢ … NHIỆM KỲ 2020 - 2025", "Sơ kết giữa nhiệm kỳ … nhiệm kỳ 2020-2025") opens
            # with the level the term started from: its results are of the years after it
            return int(one[:4]) + a_terms_span(stripped, one)
        if not named and (counted := _years_reviewed().match(low, len(opener))):
            # "KẾT QUẢ 10 NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 07-NQ/TU" in a report of 2025: the ten years up to it
            return year - int(counted.group(1)) + 1
        if numbered:
            return None
    return None


def lead_span(text: str, year: int | None) -> int | None:
    """ "(STNMT) - Từ năm 2013 đến nay, ngành … đã cấp được 86.452 giấy chứng nhận …" opening a page with no title: the
    lead reviews the years from the one it names to the report's, so none of them is an earlier year's level; the
    first of them, or None."""
    if not year:
        return None
    v = vocabulary()
    first = text.lstrip()[:LEAD_REACH]
    first = SOURCE_TAG.sub("", first, count=1).lower()
    if not (since := v.since_years.match(first)):
        return None
    start = int(since.group(1))
    return start if start < year and v.until_now.starting(first[since.end():].lstrip()) else None


LEAD_REACH: Final = 80  # "(Baohagiang.vn) - Từ năm 2013 đến nay": a source tag and the span opening the lead
SOURCE_TAG: Final = re.compile(r"^\([^()\n]{1,40}\)\s*[-–—]\s*")  # "(BTN) - ", "(Thainguyen.gov.vn) – ": a news page's


@cache
def _review_titles() -> Words:
    return Words(vocabulary().raw["review_titles"])


@cache
def _years_reviewed() -> re.Pattern[str]:
    """ " 10 năm" right after a title's word of results: the years it reviews, up to the report's."""
    return re.compile(rf" ([2-9]|[1-3]\d) (?:{alternation(vocabulary().year_words.words)})(?![\w/])(?! \d)")


def _inline_lead_in(line: str) -> str | None:
    """ "Các chỉ tiêu chủ yếu đến năm 2030: (1) …": a paragraph opening with a short lead-in and
    its colon, the items on the same line, maybe after its numbering ("3. Mục tiêu đến năm 2030: có thêm
    …; 100% …", too long for a heading), or closing the paragraph's first sentences ("Ngày 20/7/2011, HĐND tỉnh ban
    hành Nghị quyết số 11/2011/NQ-HĐND …. Nghị quyết đề ra mục tiêu đến năm 2015: bê tông hóa 2.400 km …", its last
    sentence the lead-in's words); the paragraph up to the colon, or None."""
    numbering = m.end() if (m := heading_numbering().match(line)) else 0
    head, colon, rest = line[numbering:].partition(": ")
    last = head[head.rfind(". ") + 2:] if ". " in head else head  # "Ngày 20/7/2011, … . Nghị quyết đề ra mục tiêu …:"
    if not colon or not rest or len(last.split()) > INLINE_LEAD_IN_WORDS or any(ch in last for ch in ".;") \
            or last is not head and _INLINE_ITEM.search(head):
        # "(1) Tốc độ tăng trưởng … 7,5-8%. (2) … (3) Cơ cấu kinh tế đến năm 2020: …": items, no lead-in
        return _coming_time_opening(line)
    return line[:numbering] + head + ":"


_INLINE_ITEM: Final = re.compile(r"(?:^|\s)\(\d{1,2}\)\s")  # "(3) " numbering an item inside its paragraph


def _coming_time_opening(line: str) -> str | None:
    """ "Thời gian tới, UBND huyện yêu cầu … hoàn thành …; tiếp nhận … khoảng 40 tấn gạo": a paragraph opening with
    the time to come and a comma says what is to be done, its figures targets to its end; that opening, or None."""
    if (w := vocabulary().coming_openers.starting(line.lower())) is None or line[len(w):len(w) + 1] != ",":
        return None  # the usual answer
    return line[:len(w) + 1]


def _last_sentence(line: str) -> str:
    """ "Năm 2025 là năm cuối …. Tôi đề nghị … các chỉ tiêu chủ yếu năm 2025 như sau:": a
    paragraph ending with a colon announces its items in its last sentence only; the first
    sentences say what came before."""
    cut = line.rfind(". ")
    return line if cut < 0 else line[cut + 2:]


def is_item(line: str, words: int = ITEM_WORDS) -> bool:
    """ "1. Tập trung thực hiện các giải pháp …; phấn đấu …." : a numbered task written as a
    sentence is an item of the list it stands in, not a heading of results ("thực hiện"); after a
    lead-in any numbered sentence is (``words``: 1)."""
    return line.rstrip()[-1:] in ".;" and len(line.split()) >= words


def _table_row(line: str) -> bool:
    """A table's row: enough cells joined by the separator, or by tabs in a line with none ("1\tThu
    ngân sách\tTriệu đồng\t4.850"), not prose that happens to hold one."""
    return cell_count(line, 0, len(line)) >= MIN_CELLS


def _table_part(line: str) -> bool:
    """A table's row or the unit line above it ("Đơn vị tính: triệu đồng"): part of the table the
    heading over it titles, no paragraph apart."""
    if _table_row(line):
        return True
    head, colon, _ = line.partition(":")
    head = head.strip().lower()
    return bool(colon) and vocabulary().tables.unit_line.starting(head) == head


def _table_under(text: str, start: int) -> int | None:
    """ "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026" right over a table (its unit line between, maybe): the table's title, which
    governs the table's rows only, not the sections after it ("4. THU NGÂN SÁCH" a level lower); where the table
    ends (its rows carried over blank lines), or None if no table stands right under the line at ``start``."""
    pos = text.find("\n", start)
    rows = False
    while 0 <= pos < len(text):
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos + 1:line_end]  # as written: a row opening with an empty cell (" | Tổng cộng | | 98 |")
        if line.strip() and not _table_part(line):
            return pos + 1 if rows else None
        rows = rows or bool(line.strip()) and _table_row(line)
        pos = line_end if line_end < len(text) else -1
    return len(text) if rows else None


def opens_other_articles(line: str) -> bool:
    """ "Tin liên quan:", "CÁC TIN KHÁC", "Bài viết liên quan": a web page's line opening its list of other
    articles, whose headlines are news, not the targets of the article's last section above it. A line going on
    past the words ("Tin liên quan đến dự án …") opens none."""
    if len(line) > HEADING_MAX:
        return False  # the usual answer
    w = vocabulary().other_articles.starting(line.lower())
    return w is not None and not line[len(w):].strip(" :.-–").strip()


def opens_appendix(line: str) -> bool:
    """ "Phụ lục", "PHỤ LỤC 02", "Phụ lục I: Biểu tổng hợp …": a line opening an appendix, which is attached to
    the whole report, not to the section printed last before it ("II. NHIỆM VỤ QUÝ IV"); it ends every section
    of targets above it, and its own title may open one. A sentence naming an appendix ("Phụ lục kèm theo báo
    cáo này gồm …."), ending in a full stop, opens none."""
    if len(line) > HEADING_MAX or line.endswith((".", ";", ",")):
        return False  # the usual answer
    w = vocabulary().rule_appendix.starting(line.lower())
    if not w:
        return False
    m = _APPENDIX_TAIL.match(line, len(w))
    return m is not None and (not m.group(3) or bool(m.group(2)) or m.group(3).isupper())


def titles_an_attachment(text: str, start: int, line: str) -> bool:
    """ "BIỂU TỔNG HỢP KẾT QUẢ … GIAI ĐOẠN 2016 - 2020" over "(Kèm theo Báo cáo số 412/BC-UBND …)": a title in capitals
    over the line naming what it is attached to opens an appendix, as "PHỤ LỤC" does: it ends every section of
    targets above it."""
    if len(line) > HEADING_MAX or not line.isupper():
        return False  # the usual answer
    end = text.find("\n", start)
    after = text[end:end + HEADING_MAX].lstrip() if end >= 0 else ""
    return after.startswith("(") and vocabulary().tables.attachment.starting(after[1:].lower()) is not None


def _line_before(text: str, start: int) -> str:
    """The line of words before the one starting at ``start``, past blank lines, stripped."""
    end = len(text[:start].rstrip())
    return text[text.rfind("\n", 0, end) + 1:end].strip()


def _slide_mark(line: str) -> bool:
    """ "Slide 15" opening a slide's block in a slide deck's text export, after the blank line that ends the
    slide before: the deck goes on, no paragraph apart; the section a divider slide opens ("PHẦN III. MỤC TIÊU,
    NHIỆM VỤ NĂM 2026") holds the slides after it."""
    mark, _, number = line.rpartition(" ")
    return number.isdigit() and vocabulary().slide_marks.is_one(mark.strip().lower())


def _long_article(line: str) -> bool:
    """An article opening a list of items, however long ("Điều 1. Phân bổ kinh phí … với tổng số
    tiền là 486.750 triệu đồng, cụ thể như sau:"): a heading of the articles' level."""
    return line.endswith(":") and len(line) <= TITLE_MAX and bool(_article_words().starting(line.lower()))


def _last_line_start(text: str, blank_start: int) -> int:
    """Where the line before the blank line at ``blank_start`` starts."""
    return text.rfind("\n", 0, max(0, blank_start - 1)) + 1


class ScopeIndex:
    """Which scope holds an offset, in one bisect: the text cut where scopes open and close."""

    def __init__(self, scopes: list[Scope]) -> None:
        self.empty = not scopes
        cuts = sorted({0, *(s.start for s in scopes), *(s.end for s in scopes)})
        self.starts = cuts
        self.inner: list[Scope | None] = []
        for cut in cuts:
            holding = [s for s in scopes if s.start <= cut < s.end]
            if not holding:
                self.inner.append(None)
                continue
            inner = holding[-1]
            if inner.period is None and not inner.apart:  # a scope without a period takes its parent's
                period = next((s.period for s in reversed(holding) if s.period), None)
                inner = Scope(inner.start, inner.end, period, inner.heading)
            self.inner.append(inner)

    def at(self, pos: int) -> Scope | None:
        """The innermost scope holding ``pos``."""
        return self.inner[bisect_right(self.starts, pos) - 1]
