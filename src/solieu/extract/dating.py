"""A figure's period: the time the text states for it, and the words that state it (its
clause, its sentence's opening, a day it stands at, the heading or lead-in over it, the report's
year). ``periods`` reads which period a phrase names; this module reads which phrase dates a
figure, hence its own name."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import Final

from solieu.extract.clauses import (
    AGENDA,
    ATTENDEES,
    CLAUSE_BREAK,
    COMPARED,
    COMPARED_JOINED,
    COMPARED_SAME_BRACKET,
    COMPARED_THING,
    COPIES,
    DAY_OPENS,
    HAS_LETTER,
    LAND_FACT,
    LIST_DASHES,
    LIST_SIZE,
    LISTED_TARGET,
    MONEY,
    MONTH_OF_YEAR,
    MONTHS_COUNTED,
    MONTHS_OPENING_REACH,
    OF_NO_TIME,
    OPENING_COMPARISON,
    PAGE_COUNTER,
    PETITIONS,
    REFERENCE_BRACKET,
    SPAN_CODE,
    STARTING_LEVEL,
    TALLY,
    TERM,
    VOTE,
    WHOLE_DIVIDED,
    WORKED,
    bare_year,
    bracket_of_elsewhere,
    compared_year_ending,
    elsewhere_bracket,
    existing_stock,
    gap_from_a_year_named,
    last_year_opening,
    means_of_a_later_year,
    open_bracket,
    period_named_before,
    reference_bracket,
    restating_words,
    result_target,
    same_part_of_an_earlier_year_after,
    span_of_a_move,
    target_brackets,
    term_start_bracket,
    term_start_year,
    this_year_opening,
    trimmed,
    years_of_a_move,
)
from solieu.extract.document import FOUR_DIGITS, Context, Document, coming_school_years, months_gone_by, months_span
from solieu.extract.figure import Figure
from solieu.extract.periods import (
    MONTHS_IN_A_YEAR,
    NAME_REACH,
    NOUN_REACH,
    as_narrowed,
    cumulative_words,
    first_period_named,
    month_windows,
    names_an_occasion,
    part_of_year,
    period_in,
    periods_named,
    school_year,
    straddling_season,
    year_after_noun,
)
from solieu.extract.scopes import a_terms_span, heading_span, term_over, terms_named
from solieu.extract.tables import layout
from solieu.extract.vocabulary import DAY, Words, alternation, vocabulary
from solieu.renditions import ITEM_MARK

# "%/năm trong giai đoạn", "bình quân giai đoạn đạt": the words next to a figure naming its span
THIS_SPAN_REACH: Final = 30


def _part_of_the_figure_before(c: Context) -> bool:
    """ "còn 2.180 chiếc năm 2025, trong đó 586 tàu có chiều dài từ 15 m trở lên": a part a part word opens right
    after the figure before is of that figure's own year, the whole it is part of."""
    return c.prev is not None and vocabulary().part_words.ending(c.left.rstrip(" ,:")) is not None




def _a_plans_year(doc: Document, c: Context, named: str) -> bool:
    """The time named before a level compared with is a year right after a plan's noun ("kế hoạch vốn năm 2025"), in
    a clause before the figure's: it names the plan a figure before was measured against, no time of the level."""
    before = doc.lower(c.full, c.f.start)
    at = before.rfind(named.lower())
    return at >= 0 and "," in before[at:] and vocabulary().plan_markers.found(
        " ".join(before[:at].split()[-PLAN_NOUN_WORDS:])) is not None


PLAN_NOUN_WORDS: Final = 3  # "kế hoạch vốn", "chỉ tiêu kế hoạch": the words of a plan's noun before its year


def _own_year_of_the_figure_before(doc: Document, c: Context, code: str) -> bool:
    """The year last named before a figure is the one the figure before took as its own, right after it."""
    p = c.prev
    if p is None or p.period != code or not (m := bare_year().match(doc.text, p.tail)):
        return False
    return p.tail <= doc.text.rfind(code, c.ss, c.f.start) < m.end()


def _another_documents_figure(c: Context) -> str | None:
    """A bracketed level compared with, after a comparison naming another document's figures ("so với số
    liệu báo cáo của Ủy ban nhân dân tỉnh ("): the same measure in it; the words naming them."""
    v = vocabulary()
    if not v.figures_of_a_document.within(c.raw_left) or not c.f.why.get("role", "").startswith(COMPARED):
        return None  # the usual answer
    head = c.raw_left[:open_bracket(c.raw_left)]
    if (at := v.comparison.last(head)) < 0:
        return None
    rest = head[at + len(v.comparison.starting(head[at:]) or ""):].lstrip()
    return v.figures_of_a_document.starting(rest)


SPAN_AFTER_REACH: Final = 28  # "/năm giai đoạn 2021 - 2025": a unit's tail, the span word and the span, its dash spaced


@cache
def _span_after() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The words naming a span of years, and the pattern of such a span opening a slice ("giai đoạn 2021-2025")."""
    p = vocabulary().raw["periods"]
    words = tuple(p["span"])
    return words, re.compile(rf"(?:/\s*(?:{alternation(p['year'])})\s+)?(?:{alternation(words)})"
                             rf"\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")


def _words_after_a_slash(after: str, words: tuple[str, ...]) -> bool:
    """ "/năm giai đoạn 2021-2025": past a rate's "/năm", one of ``words`` opens the rest."""
    return after.partition(" ")[2].lstrip().startswith(words)


def _span_right_after(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "tăng bình quân 3,8%/năm giai đoạn 2021-2025": a span of years named right after a figure (past its
    "/năm") is its period, as a year right after it is ("mức tăng 6,9% của năm 2022"), whatever year its
    sentence named before it, or a lead-in above it ("a) Đến năm 2027:" over "- … đạt bình quân 3,3%/năm giai
    đoạn 2026 - 2027", its dash spaced); the span's code and words, or None."""
    if c.f.kind == "multiple":
        return None  # "gấp 2,3 lần giai đoạn 2016 - 2020": the span a multiple is of another span's level
    after = doc.lower(c.f.tail, min(c.se, c.f.tail + SPAN_AFTER_REACH)).lstrip()
    words, pattern = _span_after()
    if not after.startswith(words) and not (after[:1] == "/" and _words_after_a_slash(after, words)):
        return None  # the usual answer
    m = pattern.match(after)
    return (f"{m.group(1)}-{m.group(2)}", m.group()) if m and m.group(1) < m.group(2) else None


def _span_closing_its_list(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "Giá trị sản xuất nông, lâm nghiệp, thủy sản tăng bình quân 3,2%/năm, công nghiệp - xây dựng tăng 15,8%/năm,
    dịch vụ tăng 12,4%/năm giai đoạn 2016 - 2020.": a yearly rate listed before others of its kind, the last one
    followed by a span of years that ends the clause, is of that span too, no year named between; the span's code
    and words, or None."""
    if c.f.unit != "percent" or not doc.text.startswith("%/", c.f.tail - 1) or c.f.kind == "multiple":
        return None  # the usual figure: no yearly rate
    rest = doc.lower(c.f.tail, c.se)
    last = rest.rfind("%/")
    if last < 0 or FOUR_DIGITS.search(rest, 0, last):
        return None  # no later rate in the clause, or a year named before the last
    words, pattern = _span_after()
    after = rest[last + 1:]
    if not _words_after_a_slash(after, words) or not (m := pattern.match(after)) \
            or after[m.end():].strip(" .;") or m.group(1) >= m.group(2):
        return None  # the last rate is not followed by a span that ends the clause
    return f"{m.group(1)}-{m.group(2)}", m.group()


def _part_of_the_targets_year(doc: Document, c: Context, found: tuple[str, str]) -> tuple[str, str] | None:
    """ "Quý I tăng 8,8%, Quý II tăng 9,6%" among the targets under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", or in
    a note marked on one: a part of a year named without its year is of the year its targets are, a later one
    than the report's; None where the words name their year or the targets are of the report's year."""
    if not doc.year or not found[0].startswith(f"{doc.year}-") or FOUR_DIGITS.search(found[1]):
        return None  # the usual answer
    if (scope := doc.scopes.at(c.f.start)) is not None and scope.period:
        year: str | None = scope.period
    elif doc.in_plan_section(c.f.start):
        year = first_period_named(doc.plan_heading)
    else:
        return None
    if year is None or not year.isdigit() or int(year) <= doc.year:
        return None
    return f"{year}{found[0][len(str(doc.year)):]}", found[1]


def period(doc: Document, c: Context) -> tuple[str | None, str] | None:
    """The period the text states for a figure, and the words that state it."""
    f = c.f
    if doc.end_notes and f.role == "actual" and (marker := doc.note_marker(f.start)) is not None \
            and (scope := doc.headed.at(marker)) is not None and scope.period:
        # "[1] Tính cả …, tỷ lệ che phủ đạt 65,3%." after the signature: its marker's section's period
        return scope.period, f"the period of the section its note's marker stands in: {scope.heading!r}"
    if f.role == "actual" and f.why["role"].startswith(VOTE):
        return None  # "Kết quả biểu quyết: tán thành … cổ phần" under "Điều 1. … năm 2024": the meeting's
    if f.role == "context" and f.why["role"].startswith((TALLY, LIST_SIZE, PAGE_COUNTER, ATTENDEES, AGENDA,
                                                                PETITIONS, COPIES)):
        return None  # "(5 chỉ tiêu)", "thông qua 12 chỉ tiêu … năm 2025": the list's size, no result
    if f.role == "context" and f.why["role"].startswith(WHOLE_DIVIDED) and f.counted \
            and vocabulary().plan_lists.starting(f.counted.lower()):
        return None  # "trong 20 chỉ tiêu chủ yếu có 12/20 chỉ tiêu đạt": the list's size, no result
    if f.role == "context" and f.kind == "other" and (f.unit in OF_NO_TIME or f.unit in MONEY):
        return None  # "cao nhất 5 năm gần đây", "3-5 sao", "24.337 đồng/USD": a span, a rating, a conversion
    if f.role == "context" and f.why["role"].startswith(COMPARED_THING):
        return None, "the level of a thing compared with, of no time"  # "… so với nuôi tôm chuyên canh (khoảng 60 …)"
    if f.role == "context" and c.prev is not None and (elsewhere_bracket(c) or bracket_of_elsewhere(c)):
        return None  # "cao hơn bình quân cả nước (28,2%)": another place's level, of no time the text names
    if f.role == "context" and f.why["role"].startswith(WORKED):
        return None  # "Ví dụ: ông T., … lương hưu tháng 6/2025 là 5.120.000 đồng/tháng": one case shown
    if f.role == "context" and f.why["role"].endswith(LAND_FACT):
        return None  # "tuần tra trên tuyến biên giới đất liền dài 56,8 km" among a month's tasks: of no time
    if _stock_held_now(c):
        return None  # "Tổng số hàng tạm giữ gồm 215.600 bao thuốc lá": what is held on the report's day, no period
    if w := _running_from_a_projects_start(doc, c):
        return None, f"a running total from {w!r}: every year since, of no code"
    if existing_stock(c) or f.role == "context" and means_of_a_later_year(doc, c):
        return None  # "với 26 trung tâm … hiện có", "nhưng với 3 trụ cột" after "Năm 2025 …"
    if f.role == "context" and (w := reference_bracket(doc, c)):
        if vocabulary().year_start.is_one(w) and c.prev is not None and c.prev.base and c.prev.base.isdigit():
            # "so với đầu năm (đầu năm có 19.684 hộ nghèo)": the level at the year's start, the year before's end
            return c.prev.base, "the start of the year compared with: the end of the year before"
        if vocabulary().year_start.is_one(w) and c.prev is not None and c.prev.period and c.prev.period[:4].isdigit():
            # "đang quản lý 432 học viên (đầu năm có 318 học viên)": the start of the year of the level before it
            return str(int(c.prev.period[:4]) - 1), "the year start of the level before it: the end of the one before"
        if open_bracket(c.raw_left) < 0 and (own := period_in(part := c.raw_left.rpartition(";")[2])):
            # "(năm 2022 gấp 7,5 lần; cả nước năm 2024 gấp 7,4 lần)": its own part of the bracket names its time
            return own, f"the time its part of the bracket names: {part.strip()!r}"
        if not (code := period_in(w) or ((day := DAY_OPENS.match(w)) and _day_code(day))) \
                or vocabulary().same_part.starting(w.lower()) \
                and (_counts_from_the_years_start(doc, c) or _under_a_weeks_heading(doc, c)):
            return None  # "trong Quý III (cùng kỳ năm trước có 4 ổ dịch)": not this quarter's
        # "(năm 2023 tương ứng là 31,25%; 31,4%; …)", "tăng 6,8% so với cùng kỳ (năm 2023 đạt 45.550 m3)"
        return code, f"the bracket it stands in: {w!r}"
    if f.role == "context" and _same_part_before(doc, c):
        return None  # "cùng kỳ năm 2024 đạt 36,8%" under "… 6 THÁNG ĐẦU NĂM 2025": the same months, no code
    if f.role == "context" and f.why["role"].endswith(OPENING_COMPARISON) \
            and (code := period_in(head := doc.lower(c.ss, c.ss + max(0, open_bracket(doc.text[c.ss:f.start]))))) \
            and (part_of_year(code) or not vocabulary().editions.found(head)):
        # "So với cuối tháng 9/2024 (78,4%)": that month's level, "So với kết quả kiểm toán ngân sách năm 2022
        # (kiến nghị … 152,60 tỷ đồng)" that year's; a year after an event's edition names the event ("So với
        # Đại hội lần thứ VIII năm 2018 (giành 19 huy chương vàng, …)"): no period
        return code, "the time the comparison opening its sentence names"
    if f.role == "context" and "(" in c.raw_left and (w := term_start_bracket(c)) \
            and (start := term_start_year(doc, f.start)):
        return start, f"the year the term opened: {w!r} in brackets"  # "(đầu nhiệm kỳ là 17,5%)"
    if f.role == "context" and c.prev is not None and (b := c.prev.base) and b.isdigit() \
            and f.why["role"].startswith(COMPARED) \
            and vocabulary().compared_year_start.search(doc.lower(c.prev.tail, f.start)):
        # "giảm 0,03 điểm phần trăm so với đầu năm (0,10%)": the level at the start of the year, the year before's end
        return b, "the start of the year compared with: the end of the year before"
    if f.role == "context" and f.why["role"].startswith(COMPARED) and c.prev is not None \
            and c.prev.base == "previous_year" and c.prev.period and c.prev.period.isdigit() \
            and doc.text[f.start - 1:f.start] == "(" \
            and not vocabulary().same_part.found(doc.lower(c.prev.tail, f.start)):
        # "tăng 19,3% so với vụ trước (8.800 tấn)": the level of the year before the change's, no same part of it
        return str(int(c.prev.period) - 1), "the level of the year before, in brackets after the comparison with it"
    if f.role == "context" and f.why["role"] in (COMPARED_JOINED, COMPARED_SAME_BRACKET) and c.prev is not None:
        return c.prev.period, "the period of the level compared with it is joined to or bracketed with"  # "(6 vụ/8 …)"
    if f.role == "context" and "/" in c.raw_left and f.why["role"].startswith(COMPARED) \
            and (code := _month_compared(c)):
        return code, "the time compared with, named before the bracket"  # "so với tháng 9/2025 (3.554 triệu đồng)"
    if f.role == "plan" and f.why["role"].startswith(LISTED_TARGET) and c.prev is not None and c.prev.role == "plan":
        return c.prev.period, "the period of the target listed before it in its bracket"  # "(mục tiêu: …, dịch vụ 35%)"
    if f.role == "plan" and c.prev is not None and (result := _result_before(c)).period and result_target(c):
        return result.period, "the period of the result it is the target of"  # "tăng 3,21% …(dưới 4%)"
    if f.role == "plan" and c.prev is not None and c.prev.period and (w := _target_named_after_a_result(c)):
        return c.prev.period, f"the period of the result before {w!r}"  # "chưa đạt mục tiêu dưới 30%"
    if f.role == "context" and (w := same_part_of_an_earlier_year_after(doc, c)):
        # "cao hơn mức tăng 6,95% của cùng kỳ năm 2024" in nine months' figures: those months, no code
        if _counts_from_the_years_start(doc, c):
            return None, f"{w!r} counting months from the year's start: no code"
        # "của cùng kỳ năm trước" names no year: the one before the report's
        year = w[-4:] if w[-4:].isdigit() else str(doc.year - 1) if doc.year else None
        return year, f"the same part of a year right after it: {w!r}"
    if found := c.year_after:
        return found[0], f"the time named right after it: {found[1]!r}"
    if moved := span_of_a_move(doc, c):
        return moved, "a yearly average of the move before it, over its years"  # "…, bình quân mỗi năm giảm 0,31"
    if move := years_of_a_move(doc, c):
        return move[1], f"the later year of the move from {move[0]} it measures"  # "… lên … năm 2025, gấp 2,2 lần"
    if found := _span_right_after(doc, c):
        return found[0], f"the span named right after it: {found[1]!r}"
    if found := _span_closing_its_list(doc, c):
        return found[0], f"the span closing the list of rates it opens: {found[1]!r}"
    if f.role == "context" and c.prev is not None and c.prev.period and (w := _another_documents_figure(c)):
        # "cao hơn 64 tỷ đồng so với số liệu báo cáo của Ủy ban nhân dân tỉnh (8.926 tỷ đồng)"
        return c.prev.period, f"the period of the figure compared with {w!r}"
    if parallel := _years_of_a_parallel_move(doc, c):
        return parallel  # "…; dịch vụ từ 33,1% năm 2010 lên 34,9% năm 2015; nông nghiệp giảm từ 14,5% xuống còn 9,3%"
    if f.role == "context" and f.why["role"] == STARTING_LEVEL:
        return None  # "Năm 2024, … nâng công suất từ 3.000 lên 5.000 m3/ngày đêm": the level before, of no time named
    if f.role == "context" and (w := _a_year_of_make(doc, c)):
        return None, f"the year a thing was made, after {w!r}: an attribute, no period"  # "xe sản xuất năm 2024"
    if f.role == "context" and f.why["role"].startswith(REFERENCE_BRACKET) and _no_time_inside(doc, c):
        return None  # "(TBNN khoảng 2-3 cơn)", "(mực nước dâng bình thường 380 m)": a reference level, of no time
    if (w := _this_span(doc, c)) and (span := heading_span(doc.text, f.start)):
        return span[0], f"{w!r} under the heading {span[1]!r}"  # "tăng bình quân 9,8%/năm trong giai đoạn"
    if (counted := _years_counted().search(c.left) if vocabulary().year_words.within(c.left) else None) \
            or (counted := _years_counted_opening(doc, c)):
        if (span := heading_span(doc.text, f.start)) \
                and int(counted.group(1)) == int(span[0][5:]) - int(span[0][:4]) + 1:
            # "Tổng vốn đầu tư toàn xã hội 3 năm đạt 5.420 tỷ đồng" under "I. KẾT QUẢ … GIAI ĐOẠN 2021-2023"
            return span[0], f"{counted.group().strip()!r}, the years of the span under the heading {span[1]!r}"
        if (term := term_over(doc.text, f.start)) and int(counted.group(1)) == term[1] - term[0]:
            # "5 năm giao 148 thanh niên nhập ngũ" under "… NHIỆM KỲ 2020 - 2025": the term's five years
            return f"{term[0] + 1}-{term[1]}", f"{counted.group().strip()!r}, the years of the term {term[0]}-{term[1]}"
    if (found := _yearly_under_a_term(doc, c)) is not None:
        return found
    if (f.unit == "count" and f.counted or f.unit in MONEY or f.kind == "amount" and not f.per
            or f.kind == "share" and f.base is None) \
            and _a_year_may_follow(after := doc.text[f.tail:min(c.se, f.tail + NOUN_REACH)]) \
            and (found := year_after_noun(after, f.counted or "")) \
            and not (f.denominator is not None and vocabulary().plan_markers.found(found[1].lower())):
        # "18/22 chỉ tiêu … năm 2023", "bổ sung 1.500 triệu đồng kinh phí đào tạo nghề năm 2025", a share of a whole
        # ("chiếm 58,4% tổng kim ngạch xuất khẩu của tỉnh năm 2020"); "đạt
        # 158,2/240 tỷ đồng kế hoạch vốn năm 2025" names the plan's year, what it is done against
        return found[0], f"the year its noun phrase ends with: {found[1]!r}"
    if f.role == "plan" and f.kind == "plan_ratio" and (found := year_after_noun(doc.text[f.tail:c.se])) \
            and vocabulary().plan_markers.found(found[1].lower()):
        # "Phấn đấu giải ngân đạt 100% kế hoạch vốn năm 2025": the plan of that year reached is the target's
        return found[0], f"the year of the plan it is to reach: {found[1]!r}"
    if f.role == "plan" and (found := _congress_target(doc, c)):
        return found
    if f.role == "plan" and (found := _target_in_a_bracket(doc, c)):
        return found
    if bracketed := _bracket_after_a_time(doc, c):
        return bracketed
    if w := _window_of_no_code(doc, c):
        # "Từ tháng 5 đến tháng 9, dịch bệnh xảy ra tại 27 hộ": months that make no quarter nor half, no code
        return None, f"the window {w!r}, over no month, quarter, half nor year"
    if spanned := _span_of_the_years_counted(doc, c):
        return spanned  # "… giai đoạn 2011 - 2015, …; tổng kim ngạch xuất khẩu 5 năm ước đạt 8.420 triệu USD"
    if (found := period_named_before(doc, c.full, c.ss, f.start)) and _own_year_of_the_figure_before(doc, c, found[0]) \
            and not _part_of_the_figure_before(c):
        found = None  # "xuống còn 10,18% năm 2024, bình quân giảm 2,23 điểm …": not this figure's year
    if found and f.role == "context" and TERM in f.why["role"] and (f.per or f.unit == "percent") and c.full < c.ss \
            and found[1].lower() not in doc.lower(c.ss, f.start):
        found = None  # "năm 2019 đã hỗ trợ 1,26 tỷ đồng …; mức hỗ trợ 5 triệu đồng/con": a term in a clause of its own
    if found and f.role == "context" and _a_plans_year(doc, c, found[1]):
        found = None  # "bằng 61,7% kế hoạch vốn năm 2025 (273 tỷ đồng), thấp hơn bình quân chung của tỉnh (65,2%)"
    if found and found[0] == f.base and gap_from_a_year_named(c) \
            and (at := doc.lower(c.full, f.start).rfind(found[1].lower())) >= 0:
        found = period_named_before(doc, c.full, c.ss, c.full + at)  # "năm 2024 … cao hơn năm 2023 0,2°C": 2024's gap
    if found and (at := doc.lower(c.full, f.start).rfind(found[1].lower())) >= 0 \
            and vocabulary().advising.found(doc.lower(c.full + at, f.start)):
        # "độ mặn được dự báo vẫn ở mức cao đến hết tháng 6/2016, do đó Sở khuyến cáo …; … không quá 100 con/m2":
        # the advice after the time holds for no time of its own
        return None, f"advised after the time {found[1]!r} its sentence names: of no time"
    if found and c.full < c.ss and _this_months_clause(doc, c, found[1]):
        found = None  # "… cuối năm 2025; phấn đấu trong tháng xử lý ít nhất 160 vụ": the heading's month
    if found and "," in doc.text[c.full:c.f.start] and (later := _later_past_a_comma(doc, c, found[1])):
        return later  # "… trong tháng 8/2025, dự kiến giải ngân thêm khoảng 350 tỷ đồng trong Quý III/2025"
    if found and f.role == "plan" and (later := _part_of_the_targets_year(doc, c, found)):
        found = later
    if found and f.role == "plan" and (at := doc.lower(c.full, f.start).rfind(found[1].lower())) >= 0 \
            and (on_a_day := _target_on_a_day(doc, c, c.full + at + len(found[1]))) and on_a_day[0]:
        # "quý IV thu … 58.000 triệu đồng, phấn đấu đến 31/12/2025 tổng thu … đạt trên 245.000 triệu đồng": the
        # year's last day named after the quarter makes the target the year's
        return on_a_day
    if found and f.role != "plan" and (past := _day_past_a_year_named(doc, c, found)):
        # "Kế hoạch vốn năm 2025 … là 9.500 triệu đồng; … dự kiến đến ngày 31/01/2026 giải ngân ≥ 95%"; a target
        # ("phấn đấu đến ngày 31/01/2026 giải ngân 100%") keeps the year whose plan it is to reach
        return None, f"up to the day {past!r}, past the year named before it: from the year's start, no code"
    if found:
        if c.full < c.ss and (day := _deadline().search(c.right)) \
                and ";" in doc.lower(c.full, f.start).rpartition(found[1].lower())[2]:
            # "Khởi công cầu … trong Quý II/2025; hoàn thành 25 km … trước ngày 31/12/2025": its own clause's day
            return day.group(3), f"the day it is due by: {day.group().strip()!r}"
        # "lũy kế 6 tháng tăng 11,7%" after "tháng 6/2024": no longer that month's
        if (term_named := vocabulary().congress_term.search(found[1])) \
                and found[0] == f"{term_named[1]}-{term_named[2]}":
            # "(mục tiêu Nghị quyết Đại hội … nhiệm kỳ 2015 - 2020 đề ra: giảm bình quân 3%/năm)": a term's years
            # are those after its congress's
            return f"{int(term_named[1]) + 1}-{term_named[2]}", f"the years of the term named before it: {found[1]!r}"
        if not part_of_year(found[0]):
            return _within_occasion(doc, c, found) or (found[0], f"the time named before it: {found[1]!r}")
        before = doc.lower(c.full, f.start)
        at = before.rfind(found[1].lower())
        between = before[at + len(found[1]):]
        if (code := as_narrowed(found[0], between)) and _running_to_a_months_end(code, before[:at], between) \
                and not _share_covered_at_a_months_end(f, before[:at], between) and not _a_price(f):
            # "Giải ngân … đến hết tháng 6/2025 đạt trên 45%" under "QUÝ II/2025": from the year's start, no code
            return None, f"from the year's start to the end of {found[1]!r}"
        if code:
            return code, f"the time named before it: {found[1]!r}"
    if c.full < c.ss and (earlier := c.earlier) is not None and earlier.period and SPAN_CODE.match(earlier.period) \
            and earlier.role == f.role \
            and (w := vocabulary().part_words.starting(doc.lower(c.ss, f.start).lstrip(" ;"))
                 or _parts_listed_after_a_colon(doc, c)):
        # "… 5 năm (2021 - 2025) ước đạt 412,6 tỷ đồng, …; trong đó thu tiền sử dụng đất 236,8 tỷ đồng": a part
        # after a ";" is of the span of the whole before it, which a span inside its clause would not give
        return earlier.period, f"a part after {w!r}, of the time of the figure before it"
    if found is None and (parts := _parts_of_a_whole_over_its_items(doc, c)):
        return parts  # "Giai đoạn 2011 - 2014, tổng nguồn vốn … đạt …, trong đó:" over "- Vốn ngân sách: …"
    if doc.year and doc.holds(vocabulary().this_school_year, c.full, f.start) \
            and (w := vocabulary().this_school_year.found(doc.lower(c.full, f.start))) \
            and (this := _school_year_opening(doc)):
        return this, f"{w!r}: the school year opening in the report's year"  # "Năm học này, toàn tỉnh có …"
    if doc.this_year and f.role != "plan" and doc.holds(vocabulary().this_year, c.full, f.start) \
            and (w := vocabulary().this_year.found(doc.lower(c.full, f.start))):
        return str(doc.this_year), f"{w!r}: the report's year (a web page's own)"  # "Vụ vải năm nay, doanh thu … đạt …"
    # "Năm ngoái tôi bán 15 kg sâm củ": the year before the report's
    if doc.this_year and (w := last_year_opening(doc, c)):
        return str(doc.this_year - 1), f"{w!r} opens its sentence: the year before the report's"
    if f.role == "plan" and doc.this_year and (w := this_year_opening(doc, c)):
        return str(doc.this_year), f"{w!r} opens its clause: the report's year"  # "“Năm nay, Ban sẽ vận động …"
    if f.role == "plan" and doc.this_year \
            and (w := vocabulary().year_plan.ending(trimmed(c.left, vocabulary().verbs))):
        return str(doc.this_year), f"after {w!r}: the report's year (a web page's own)"  # "(kế hoạch năm tăng 8-9%)"
    if found := _period_later_in_clause(doc, c):
        return found  # "đấu giá 12 lô tại khu dân cư … trong Quý III" under "6 THÁNG CUỐI NĂM"
    if f.role == "plan" and (found := _time_closing_its_sentence(doc, c)):
        return found
    if f.role == "plan" and (due := _deadline_opening_the_sentence(doc, c)):
        return due  # "Trước ngày 31/12/2025, cấp giấy phép … cho 100% tàu cá …; giải quyết dứt điểm 346 tàu cá …"
    if f.role == "plan" and (whole := _whole_year_of_a_deadline_before(c)):
        return whole  # "hoàn thành giải ngân trước ngày 31/12/2025, phấn đấu tỷ lệ giải ngân cả năm đạt từ 95%"
    if f.role == "plan" and (on_a_day := _target_on_a_day(doc, c)):
        return on_a_day  # "đến ngày 30/9/2025 giải ngân đạt tối thiểu 60%", "đến ngày 31/12/2025 đạt 100%"
    if f.role == "plan" and (scope := doc.scopes.at(f.start)) and scope.period \
            and (w := straddling_season(doc.text[f.end:c.se])):
        # "quy tập khoảng 30 hài cốt liệt sĩ trong mùa khô 2017 - 2018" under "… ĐẾN CUỐI NĂM 2017"
        return None, f"{w!r} after it: a season over two years, of neither year nor the heading's"
    if f.role == "plan" and (scope := doc.scopes.at(f.start)) and scope.period:
        return _narrowed(doc, c, scope.period), f"the heading {scope.heading!r}"
    if f.role == "plan" and (scope := doc.scopes.at(f.start)) is not None and scope.apart:
        # "3. Nhiệm vụ, giải pháp" after "1. Mục tiêu năm 2020" and "2. Định hướng đến năm 2025"
        return None, f"the heading {scope.heading!r}: of neither year the heading over it names"
    if f.role == "plan" and doc.in_plan_section(f.start) and (named := first_period_named(doc.plan_heading)) \
            and not a_terms_span(doc.plan_heading, named) \
            and not (_past_the_plan_headings_section(doc, f.start) and named not in doc.text[f.tail:c.se]):
        # a term opens no period, as a heading naming it does; a request under "III. KIẾN NGHỊ" after the targets
        # names the targets' year when it is of them ("bổ sung 1.500 triệu đồng cho công tác … năm 2016")
        return named, f"the heading {doc.plan_heading!r}"  # "Mục tiêu năm 2025", a subhead over the targets
    if f.role == "plan" and (due := _deadline_of_its_task(doc, f)):
        return due  # "… | Trồng mới 1.200 ha chè | … | Quý II/2026": the part of the year its task is due in
    if f.role == "plan" and doc.plans_its_year and doc.year \
            and (doc.scopes.at(f.start) is not None or doc.in_plan_section(f.start)):
        # "KẾ HOẠCH … năm 2025", "I. MỤC ĐÍCH, YÊU CẦU": an aim of the plan naming no time, of the year it plans
        return str(doc.year), "an aim of a plan naming no time: the year it plans"
    if f.role != "context" and not doc.lead_ins.empty and (lead := doc.lead_ins.at(f.start)) is not None:
        # "Kết quả chủ yếu trong tháng 10/2025 (…):" then "- Lượt khách: 1,25 triệu lượt (+12,4%)"
        return _narrowed(doc, c, lead.period), f"the lead-in {lead.heading!r}"
    # An end note is read under the heading its marker stands under ("[^10]: Dự toán Trung ương giao 26.710 tỷ
    # đồng" marked in "I. KẾT QUẢ … NĂM 2025")
    marker = doc.note_marker(f.start) if doc.end_notes else None
    scope = doc.headed.at(f.start if marker is None else marker) if f.role != "context" else None
    if f.role != "context" and (found := _balance_on_a_day(doc, c)) \
            and (scope is None or scope.period is None or found[0].isdigit() and found[0] < scope.period[:4]):
        # "Đến 30/9/2024, tổng nguồn vốn huy động … đạt 78.640 tỷ đồng" under "9 THÁNG ĐẦU NĂM"; "Dư nợ vay … đến ngày
        # 31/12/2024 là …" under "2. Tình hình vay, trả nợ năm 2025": the balance the year before closed with
        return found
    if f.role != "context" and (found := _stock_at_a_day(doc, c)) \
            and (scope is None or scope.period is None
                 or found[0][:4] < scope.period[:4] and _stock_at_a_day(doc, c, c.ss) is not None):
        # "Tại ngày 31/12/2024, nợ quá hạn … là 1.718 triệu đồng" under a heading naming no time; "Tại thời điểm
        # 31/12/2009, tỉnh có 14 doanh nghiệp" under "I. KẾT QUẢ … NĂM 2010": the stock an earlier year closed with
        return found
    if scope is not None and scope.period and (w := straddling_season(doc.text[c.full:f.start])):
        return None, f"{w!r}: a season over two years, of neither year nor the heading's"  # "Mùa khô 2019 - 2020, …"
    if scope is not None:
        if scope.period and (w := _months_of_another_year(doc, c, scope.period)):
            # "Trong 11 tháng năm 2025, …" under "V. KẾT QUẢ … NĂM 2024": months of another year, of no code
            return None, f"{w!r}: months of another year than the heading's, of no code"
        if scope.period and scope.period.isdigit() and (w := _months_so_far_of_its_year(doc, c, scope.period)):
            # "…, 10 tháng năm 2018 các doanh nghiệp đã nhập khẩu 465.000 tấn" under "I. KẾT QUẢ … NĂM 2018"
            return None, f"{w!r}: months of the heading's year counted from its start, of no code"
        if w := vocabulary().this_week.found(c.head):  # three words: a C-speed test
            return None, f"{w!r}: a week's figure, of no code"  # "riêng trong tuần gieo trồng thêm 400 ha"
        if scope.period and scope.period.isdigit() and (to_day := _running_to_a_day_of_the_year(doc, c, scope.period)):
            # "Lũy kế từ đầu năm đến ngày 30/9/2024, sản lượng đạt …" under "I. KẾT QUẢ … NĂM 2024"
            return None, f"from the year's start to the day {to_day!r}, before the year's end: no code"
        if scope.period and scope.period.isdigit() and (window := _window_from_a_day(doc, c, scope.period)):
            # "Từ ngày 01/7/2025 đến ngày 30/11/2025, ngân sách xã mới thu …" under "II. KẾT QUẢ … NĂM 2025"
            return None, f"the window {window!r}, opening after the year's start: no code"
        if (past := _day_past_the_part(doc, c, scope.period)) is not None:
            # "Dự kiến đến ngày 31/7/2025, toàn tỉnh giải ngân khoảng …" under "… 6 THÁNG ĐẦU NĂM 2025"
            return None, f"up to the day {past!r}, past the heading's time: from the year's start, no code"
        return _narrowed(doc, c, scope.period), f"the heading {scope.heading!r}"  # "I. KẾT QUẢ … NĂM 2022"
    if f.role != "context" and (whole := _whole_year_under_a_months_heading(doc, c)):
        return whole  # "ước cả năm đạt 10 nghìn 820 tỷ đồng" under "I. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2025"
    if f.role != "context" and (whole := _whole_year_of_the_year_opening_its_line(doc, c)):
        return whole  # "- Năm 2015: 9 tháng đầu năm thực hiện 386,4 km; dự kiến cả năm bê tông hóa 542,0 km"
    if f.role == "plan" and (found := _later_year_opening_its_sentence(doc, c)):
        return found
    return None


# A year right after "cả năm" names the year; a figure there ("lúa cả năm 5.870 ha, năng suất ước đạt 56,4 tạ/ha")
# is the whole year's, of the heading's year.
_A_YEAR_OPENING = re.compile(r"(?:19|20)\d\d(?!\d)")


def _deadline_of_its_task(doc: Document, f: Figure) -> tuple[str, str] | None:
    """ "2 | Phát triển vùng chè | Trồng mới 1.200 ha chè | Chi cục Trồng trọt | Quý II/2026": a target written in a
    task table's cell of what the task delivers is of the quarter or month its row's deadline cell names, the one
    period it names; a deadline naming a day, two times or none ("Trước 30/9/2026", "Cả năm") leaves the plan's."""
    if "|" not in doc.text[doc.text.rfind("\n", 0, f.start) + 1:f.start]:
        return None  # the usual answer: no table row
    tables = layout(doc.text)
    if (cell := tables.cell_at(f.start)) is None or cell.column.what != "prose":
        return None
    end = doc.text.find("\n", f.start)
    end = len(doc.text) if end < 0 else end
    at = bisect_left(tables.starts, f.start)
    due = next((c for c in tables.cells[at:] if c.start < end and c.column.what == "deadline"), None)
    if due is None:
        return None
    named = {p for _, p, _, _ in periods_named(doc.text, due.start, due.end)}
    if len(named) != 1 or not part_of_year(code := named.pop()):
        return None
    return code, f"the deadline of its task: {doc.text[due.start:due.end].strip()!r}"


def _whole_year_of_the_year_opening_its_line(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "- Năm 2015: 9 tháng đầu năm thực hiện 386,4 km; dự kiến cả năm bê tông hóa 542,0 km": a figure of the whole
    year ("cả năm" before it in its clause, naming no year) on a line a year opens is of that year, past the months
    counted between."""
    v = vocabulary()
    line = doc.text.rfind("\n", 0, c.f.start) + 1
    if not (opening := _year_opening_a_line().match(doc.text, line, c.f.start)):
        return None  # the usual answer: no year opening the line
    words = doc.lower(max(line, doc.text.rfind(";", line, c.f.start) + 1), c.f.start)
    if (k := v.whole_year.last(words)) < 0:
        return None
    rest = words[k + len(v.whole_year.starting(words[k:]) or ""):]
    if _A_YEAR_OPENING.match(rest.lstrip()) or months_span().search(rest):
        return None  # "cả năm 2024": a year of its own
    return opening.group(1), f"{v.whole_year.starting(words[k:])!r} on the line {opening.group().strip()!r} opens"


@cache
def _year_opening_a_line() -> re.Pattern[str]:
    """ "- Năm 2015:", "Năm 2015," opening a line (maybe after its dash): the year the line is of."""
    return re.compile(rf"[-+•*\s]*(?:{alternation(vocabulary().raw['periods']['year'])})\s+((?:19|20)\d\d)\s*[:,]",
                      re.I)


def _past_the_plan_headings_section(doc: Document, at: int) -> bool:
    """``at`` stands under a later top numbered heading than the one opening the closing section of targets
    ("III. KIẾN NGHỊ" after "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2016"): that heading's year reaches down to the next
    heading of its level only, as any numbered heading's does."""
    k = bisect_right(doc.tops, at) - 1
    return k >= 0 and doc.tops[k] > doc.plan_from and doc.plan_from in doc.tops


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
    if (nl := doc.text.rfind("\n", start, c.f.start)) >= 0 and doc.text[nl + 1:nl + 2] in LIST_DASHES:
        start = nl + 1  # "- … cả năm đạt 2.200 người;\n- Giải quyết việc làm cho 1.115 lao động": its own item
    if not doc.holds(v.whole_year, start, c.f.start):
        return None
    words = doc.lower(start, c.f.start)
    if (k := v.whole_year.last(words)) < 0:
        return None
    w = v.whole_year.starting(words[k:]) or ""
    rest = words[k + len(w):]
    if _A_YEAR_OPENING.match(rest.lstrip()) or months_span().search(rest):
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
    return Words(p["balances"]), re.compile(rf"(?<!\w)(?:{alternation(p['as_of'])})\s+{DAY}", re.I)


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
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().raw['periods']['at_a_day'])})\s+{DAY}", re.I)


def _stock_at_a_day(doc: Document, c: Context, start: int | None = None) -> tuple[str, str] | None:
    """ "Tại ngày 31/12/2024, nợ tiền nước quá hạn … là …", "Tổng số lao động tại thời điểm 30/6/2025 là …":
    a stock taken at a point in time its sentence names before the figure is of that day's month (of the
    year, on its last day), whatever it is a stock of. A month's first day ("tại thời điểm 01/12/2024", as a
    survey counts) closes the month before, in no month the day names: no answer. The day is looked for from
    ``start`` (the full sentence's start, if not given)."""
    start = c.full if start is None else start
    if "/" not in doc.text[start:c.f.start]:
        return None  # the usual answer, before a pattern
    day = None
    for m in _at_a_day().finditer(doc.text, start, c.f.start):
        day = m  # the last day before the figure
    if day is None or not 1 <= int(day.group(2)) <= 12 or int(day.group(1)) == 1:
        return None
    return _day_code(day), f"a stock at the day {day.group()!r}"


def _target_on_a_day(doc: Document, c: Context, after: int | None = None) -> tuple[str | None, str] | None:
    """ "bảo đảm đến ngày 30/9/2025 giải ngân đạt tối thiểu 60% kế hoạch vốn": a target set for a day its
    sentence names before it (after ``after``, if given) counts from the year's start to that day, no code; one
    for the year's last day ("đến ngày 31/12/2025 đạt 100%") is that year's."""
    if "/" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer, before a pattern
    day = None
    for m in _as_of()[1].finditer(doc.text, c.full if after is None else after, c.f.start):
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
    if vocabulary().stock_verbs.found(before[day.end():]):
        return None  # "Lũy kế đến ngày 30/6/2025, toàn tỉnh có 381/409 xã đạt chuẩn": a stock had on that day
    return day.group().strip()


@cache
def _window_opening() -> re.Pattern[str]:
    p = vocabulary().raw["periods"]
    later_day = r"\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d)"
    return re.compile(rf"(?<!\w)(?:{alternation(p['since_a_day'])})\s+{DAY}\s+"
                      rf"(?:(?:{alternation(p['as_of'])})\s+{later_day}|{alternation(p['until_now'])}(?!\w))", re.I)


def _window_from_a_day(doc: Document, c: Context, year: str) -> str | None:
    """ "Từ ngày 01/7/2025 đến ngày 30/11/2025, ngân sách xã mới thu 7.210 triệu đồng", "Từ ngày 01/7/2025 đến nay,
    đã hỗ trợ xây mới 9 nhà" under a heading naming the year 2025: a sentence counting from a day of that year
    after its first to a later day, or to now, counts a part of the year that has no code; the window."""
    if "/" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer, before a pattern
    for m in _window_opening().finditer(doc.text, c.full, c.f.start):
        if m.group(3) == year and (int(m.group(1)), int(m.group(2))) != (1, 1):
            return m.group().strip()
    return None


def _day_past_a_year_named(doc: Document, c: Context, found: tuple[str, str]) -> str | None:
    """The as-of day between the time named before a figure (``found``) and the figure, in a later year than that
    time's: the figure counts to that day, past the time named."""
    if "/" not in doc.text[c.full:c.f.start] or not found[0][:4].isdigit():
        return None  # the usual answer, before a pattern
    at = doc.lower(c.full, c.f.start).rfind(found[1].lower())
    for m in _as_of()[1].finditer(doc.text, c.full + max(at, 0) + len(found[1]), c.f.start):
        if m.group(3) > found[0][:4]:
            return m.group().strip()
    return None


def _day_past_the_part(doc: Document, c: Context, code: str | None) -> str | None:
    """The as-of day opening a figure's sentence ("Dự kiến đến ngày 31/7/2025, …") when it falls after the
    end of the heading's part of that year ("2025-H1"), or in a later year than the heading's ("dự kiến đến hết
    ngày 31/01/2026 giải ngân đạt trên 95%" under "I. KẾT QUẢ … NĂM 2025"): the figure counts from the year's start
    to it, a time with no code."""
    if not code or not code[:4].isdigit() or "/" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer, before a pattern
    whole = code.isdigit()
    last = 12 if whole else _PART_ENDS.get(code[5:]) or (int(code[5:]) if code[5:].isdigit() else 0)
    for m in _as_of()[1].finditer(doc.text, c.full, c.f.start):
        later = (whole or part_of_year(code)) and m.group(3) > code[:4]
        if later or m.group(3) == code[:4] and last < int(m.group(2)) <= 12:
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
    left = trimmed(c.left, v.verbs)
    # "(hiện đạt 34,6%, mục tiêu Đại hội 40%) và tỷ lệ đô thị hóa (đạt 28,2%, mục tiêu 35%)": the same targets
    if not (w := v.congress_targets.ending(left) or v.plan_markers.ending(left) and v.congress_targets.found(c.head)):
        return None  # the usual answer
    terms = list(v.congress_term.finditer(doc.text, 0, c.f.start))
    if not terms:
        return None
    first, last = int(terms[-1].group(1)), terms[-1].group(2)
    before = period_named_before(doc, c.full, c.ss, c.f.start)
    if before and SPAN_CODE.match(before[0]):
        return f"{first + 1}-{last}", f"after {w!r}: the span of the term {terms[-1].group()!r}"
    if before or (scope := doc.headed.at(c.f.start)) is not None and scope.period:
        return None  # "tăng 1,5 điểm … (chỉ tiêu Đại hội 80%)" under "I. KẾT QUẢ NĂM 2024": the year's
    return last, f"after {w!r}: the last year of the term {terms[-1].group()!r}"


def _period_later_in_clause(doc: Document, c: Context) -> tuple[str, str] | None:
    """A time named after a figure in its clause ("trong Quý III"), with no other figure between,
    when none is named before it and it compares with nothing: the figure is of that time, not of its
    section's heading ("gấp 2,3 lần năm 2023", "so với thực hiện năm 2024" name bases)."""
    if c.f.base is not None and c.f.role == "plan" and "31/12/" in c.right and (day := _deadline().search(c.right)):
        # "phấn đấu giải ngân 100% kế hoạch vốn … trước ngày 31/12/2014": a deadline names no base, though the
        # target compares with one
        return day.group(3), f"the day it is due by: {day.group().strip()!r}"
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
        m = CLAUSE_BREAK.search(doc.text, close, c.se)
        right_end = m.start() if m else c.se
    named = periods_named(doc.text, c.f.end, right_end, doc.year, doc.low)
    if not named and (day := _deadline().search(c.right) or _deadline_ending_the_clause(doc, c)
                      or _deadline_past_a_joined_measure(doc, c)):
        return day.group(3), f"the day it is due by: {day.group().strip()!r}"  # "thêm 8 dự án trước ngày 31/12/2024"
    if not named or not vocabulary().time_after.ending(doc.lower(c.f.end, named[0][3]).rstrip()):
        return None  # "… quy hoạch chung thành phố đến năm 2045": a plan's horizon, a name
    return named[0][1], f"the time named after it in its clause: {named[0][2]!r}"


def _time_closing_its_sentence(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "Đề nghị UBND tỉnh bổ sung 8,5 tỷ đồng kinh phí xúc tiến, quảng bá du lịch tại các thị trường Hàn Quốc,
    Nga và Ấn Độ trong năm 2019.": a target or a request, the last figure of its sentence, whose sentence closes
    with a time after "trong" or "vào", past the commas of the list between, no clause break nor other time."""
    rest = doc.text[c.f.end:c.se]
    named = periods_named(doc.text, c.f.end, c.se, doc.year, doc.low)
    if len(named) != 1 or rest[named[0][0] - c.f.end:].strip(" .;:") or ";" in rest:
        return None  # the usual sentence: no time closing it, or more than one
    between = doc.lower(c.f.end, named[0][3])
    if any(ch.isdigit() or ch == "(" for ch in between) or not vocabulary().time_after.ending(between.rstrip()):
        return None
    return named[0][1], f"the time closing its sentence: {named[0][2]!r}"


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
    words = alternation(vocabulary().raw["deadlines"])
    return re.compile(rf"(?<!\w)(?:{words})\s+(?<!\d)(31)/(12)/((?:19|20)\d\d)(?!\d)")


@cache
def _deadline_opening() -> re.Pattern[str]:
    """ "1. Trước ngày 31/12/2025, …": a deadline on the year's last day, after a list item's number or dash if
    any, then a comma: it opens the sentence."""
    words = alternation(vocabulary().raw["deadlines"])
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
    words = alternation(vocabulary().raw["deadline_joiners"])
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
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().raw['year_words'])})\s+((?:19|20)\d\d)\s*$")


_SPAN_ENDING: Final = re.compile(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)$")  # "2015 - 2016" before a bracket


def _bracket_after_a_time(doc: Document, c: Context) -> tuple[str | None, str] | None:
    """A bracket restating a level right after the time it is of: "gấp 1,8 lần năm 2019
    (11.860 tỷ đồng)" is 2019's; "đạt 78,3% kế hoạch năm (kế hoạch 2.740 triệu USD)" is the
    plan of the report's year."""
    head, bracket, inside = c.raw_left.rpartition("(")
    if not bracket or ")" in inside or c.signed and not inside.strip():
        return None  # "tăng 23 cầu so với năm 2017 (+21,9%)": the change restated, of the figure before's time
    head = head.rstrip()
    if compared_year_ending(head):
        inside = trimmed(inside.strip(), vocabulary().any_qualifier)  # "so với năm 2017 (khoảng 1,2 triệu lượt)"
    # "(xếp thứ 1/63)": a rank word may restate the level as a place
    if (m := _year_ending().search(head)) and (not HAS_LETTER.search(inside) or restating_words(inside)):
        if vocabulary().same_part.ending(head[:m.start()].rstrip()) \
                and (_counts_from_the_years_start(doc, c) or _under_a_part_of_a_years_heading(doc, c)):
            return None, f"the same part of the year before its bracket: {m.group()!r}"
        return m.group(1), f"the year right before its bracket: {m.group()!r}"
    if (m := _SPAN_ENDING.search(head)) and not HAS_LETTER.search(inside) and school_year(head[:m.start()]):
        # "tăng 145 học sinh so với năm học 2015 - 2016 (3.715 học sinh)": that school year's level
        return f"{m.group(1)}-{m.group(2)}", f"the school year right before its bracket: {m.group().strip()!r}"
    if c.f.role == "plan" and doc.latest_year and (w := vocabulary().year_plan.ending(head)):
        return str(doc.latest_year), f"a bracket after {w!r}: the report's year (the latest a web page reports)"
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


def _running_from_a_projects_start(doc: Document, c: Context) -> str | None:
    """ "lũy kế từ khi thực hiện Dự án đến nay đã chi trả 1.864,2 tỷ đồng": a running total's word, a "since" word and
    a project's start earlier in the figure's part of its sentence (from its last ";"); the start's words."""
    v = vocabulary()
    before = doc.lower(c.full, c.f.start).rpartition(";")[2]
    if not cumulative_words().found(before):
        return None  # the usual figure: no running total
    for m in re.finditer(rf"(?<!\w)(?:{cumulative_words().pattern})(?!\w)", before):
        after = before[m.end():].lstrip()
        if (since := v.since_words.starting(after)) \
                and (start := v.project_starts.starting(after[len(since):].lstrip())):
            return start
    return None


def _counts_from_the_years_start(doc: Document, c: Context) -> bool:
    """The sentence counts from the year's start ("11 tháng năm 2024", "Từ đầu năm đến ngày
    20/9"), or the top heading it stands under does ("II. … 11 THÁNG NĂM 2024"): "cùng kỳ năm 2023"
    in it names the same months of 2023, of no period code, as it does in a report whose data line counts to a
    day ("(Số liệu tính đến ngày 30/11/2025)"); after an as-of day alone ("đến ngày 30/11/2024 … (cùng kỳ năm
    2023 đạt 76,5%)") it is 2023's."""
    if doc.counted_to_a_day:
        return True  # "(Số liệu tính đến ngày 30/11/2025)" under the title: the report counts to a day
    before = doc.lower(c.full, c.f.start)
    if months_span().search(before) or cumulative_words().found(before):
        return True
    at = bisect_right(doc.tops, c.f.start) - 1
    return at >= 0 and doc.tops_count_months[at] or months_span().search(_lead_in_above(doc, c.f.start)) is not None


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


@cache
def _years_counted() -> re.Pattern[str]:
    """ "3 năm": the years a span counts."""
    return re.compile(rf"(?<![\d.,/])(\d{{1,2}}) (?:{alternation(vocabulary().year_words.words)})(?![\w/])(?! \d)")


def _years_of_a_parallel_move(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "tỷ trọng công nghiệp tăng từ 52,4% năm 2010 lên 55,8% năm 2015; dịch vụ từ 33,1% năm 2010 lên 34,9% năm 2015;
    nông, lâm nghiệp và thủy sản giảm từ 14,5% xuống còn 9,3%": a move naming no year in a part of a full sentence
    after a ";", the part before moving from one year to a later one, moves between the same years: the level it
    reaches is of the later one (the level it starts from stays of no time named, as two writers read it); None for
    the usual figure."""
    if c.full >= c.ss or c.prev is None or c.prev.start < c.ss or c.prev.why["role"] != STARTING_LEVEL:
        return None  # the usual answer: no level a move reaches, or one in the sentence's first part
    v = vocabulary()
    if FOUR_DIGITS.search(doc.text, c.ss, c.se) or not v.from_words.found(doc.lower(c.ss, c.f.start)):
        return None  # its own part names a year, or the move starts elsewhere
    part = doc.lower(c.full, c.ss).rstrip(" ;").rpartition(";")[2]
    opened = v.from_words.last(part)
    years = FOUR_DIGITS.findall(part, opened) if opened >= 0 else []
    if len(years) != 2 or years[0] >= years[1] or not v.to_level.found(part[opened:]):
        return None
    return years[1], f"the year the move of the part before reaches: {years[1]}"


def _span_of_the_years_counted(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "Kim ngạch xuất khẩu năm 2015 ước đạt …, tăng bình quân 24,6%/năm giai đoạn 2011 - 2015, …; tổng kim ngạch
    xuất khẩu 5 năm ước đạt 8.420 triệu USD": as many years counted in the figure's clause as a span named before it
    in its full sentence has make the figure that span's (the last such span), not the year named last."""
    if not vocabulary().year_words.within(c.left) or not (counted := _years_counted().search(c.left)):
        return None  # the usual answer
    years = int(counted.group(1))
    for _, code, phrase, _ in reversed(periods_named(doc.text, c.full, c.f.start, doc.year)):
        if SPAN_CODE.match(code) and int(code[5:]) - int(code[:4]) + 1 == years:
            return code, f"{counted.group().strip()!r}, the years of the span named before it: {phrase!r}"
    return None


OPENING_YEARS_REACH: Final = 16  # "Trong 5 năm, …", "lũy kế 3 năm": the years a sentence's opening counts


def _years_counted_opening(doc: Document, c: Context) -> re.Match[str] | None:
    """ "Trong 3 năm, giải quyết việc làm mới cho 12.860 lao động": the years its sentence's (or its part's after a
    ";") opening counts, closed by a comma or after a running total's word, past the figure's own clause; None for
    the usual figure."""
    v = vocabulary()
    for at in dict.fromkeys((c.ss, c.full)):
        if not doc.holds(v.year_words, at, end := min(c.f.start, at + OPENING_YEARS_REACH)):
            continue  # the usual answer, before a pattern
        head = doc.lower(at, end)
        if not (m := _years_counted().search(head)):
            continue
        # "Trong 3 năm, …", "lũy kế 3 năm cải tạo, nâng cấp 112,8 km đường"
        if not doc.text[at + m.end():at + m.end() + 2].lstrip().startswith(",") \
                and not cumulative_words().ending(head[:m.start()].rstrip()):
            continue
        # "Trong 5 năm, …; tỷ lệ lao động qua đào tạo năm 2015 đạt 45%": a time its own clause names is its
        return None if periods_named(doc.text, at + m.end(), c.f.start, doc.year) else m
    return None


def _clause_end(doc: Document, c: Context) -> int:
    """Where the figure's part of its sentence ends: its next ";", else the sentence's end."""
    semicolon = doc.text.find(";", c.f.end, c.se)
    return semicolon if semicolon >= 0 else c.se


def _term_under_review(doc: Document, pos: int) -> tuple[int, int] | None:
    """ "Trong nhiệm kỳ 2015 - 2020, …" in the prose before "Trong nhiệm kỳ, huyện đã thu hút 38 dự án" (no title over
    it naming a term): the last term named before ``pos`` that ended by the report's year, the one reviewed, not the
    new one a congress opens ("nhiệm kỳ 2020 - 2025"); None if none."""
    ended = [t for t in terms_named(doc.text, pos) if doc.year and t[1] <= doc.year]
    return ended[-1] if ended else None


def _yearly_under_a_term(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "tăng bình quân 14,2%/năm", "bình quân 1.370 đảng viên/năm", "Trong nhiệm kỳ, … kết nạp 6.850 đảng viên"
    under "KẾT QUẢ … NHIỆM KỲ 2010 - 2015", with no time of its own before it: a yearly rate, or what the term
    did, is of the term's years (2011-2015); of a span a nearer heading names ("GIAI ĐOẠN 2021-2023") if one
    does. A result only: a target's yearly rate under "… ĐẾN NĂM 2030" is of the heading's year, as read. None
    for the usual figure."""
    f, v = c.f, vocabulary()
    if f.role != "actual":
        return None  # the usual answer
    per_year = f.unit.endswith("_per_year") or c.right.startswith("/") and v.year_words.starting(c.right[1:])
    this_term = None if per_year or not doc.holds(v.this_term, c.full, f.start) \
        else v.this_term.found(doc.lower(c.full, f.start))
    if not (per_year or this_term) \
            or period_named_before(doc, c.full, c.ss, f.start) is not None \
            or periods_named(doc.text, f.end, _clause_end(doc, c), doc.year):
        return None  # "giảm bình quân 0,1 - 0,15%/năm, đến năm 2030 còn dưới 0,5%": of the year named after it
    if (span := heading_span(doc.text, f.start)) and not v.congress_term.search(span[1]):
        return span[0], f"a yearly rate under the heading {span[1]!r}"
    if (term := term_over(doc.text, f.start) or (_term_under_review(doc, f.start) if this_term else None)) is None:
        return None
    what = f"{this_term!r}" if this_term else "a yearly rate"
    return f"{term[0] + 1}-{term[1]}", f"{what}, of the years of the term {term[0]}-{term[1]}"


def _target_in_a_bracket(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "tăng bình quân 11,2%/năm (mục tiêu Nghị quyết 12-13%)": a target in a bracket opening with a target's word
    after a result in its unit is of the result's period, unless the bracket names a time of its own after the
    figure ("(mục tiêu Nghị quyết tăng bình quân từ 10%/năm trở lên giai đoạn 2021-2025)"); None for the usual
    figure."""
    if (at := open_bracket(c.raw_left)) < 0 \
            or not target_brackets().starting(inside := c.raw_left[at + 1:].strip().lower()) \
            or vocabulary().year_plan.starting(inside):
        return None  # "(kế hoạch năm giảm 2%)": the year's plan, read below
    close = doc.text.find(")", c.f.end, c.se)
    if close >= 0 and (own := period_in(doc.text[c.f.end:close])):
        return own, f"the time its bracket names after it: {doc.text[c.f.end:close].strip()!r}"
    p = c.prev
    if p is None or p.role != "actual" or not p.period or p.unit != c.f.unit or period_in(inside):
        return None
    return p.period, f"the period of the result before its bracket {inside!r}"


def _parts_listed_after_a_colon(doc: Document, c: Context) -> str | None:
    """ "… giai đoạn 2016 - 2020 ước đạt 612.480 triệu đồng, trong đó: vốn ngân sách trung ương …; vốn đối ứng …
    21.360 triệu đồng": a part word and a colon before the ";" its part of the sentence follows open a list of the
    whole's parts, each item after a ";" one of them; the part word, else None."""
    head = doc.lower(c.full, c.ss)
    colon = head.rfind(":")
    if colon < 0 or ";" in head[:colon]:
        return None
    return vocabulary().part_words.ending(head[:colon].rstrip())


PARTS_ITEMS: Final = 12  # the items a line listing a whole's parts stands over, at most


def _parts_of_a_whole_over_its_items(doc: Document, c: Context) -> tuple[str, str] | None:
    """ "Giai đoạn 2011 - 2014, tổng nguồn vốn … đạt 1.286,4 tỷ đồng, trong đó:" over "- Vốn ngân sách: 512,7 tỷ
    đồng": a dashed item under a line ending with a part word and a colon is a part of the whole that line states,
    of the one period that line names; None for the usual figure."""
    start = doc.text.rfind("\n", 0, c.f.start) + 1
    if not doc.text.startswith(LIST_DASHES, start) or doc.text.find("\n", start, c.f.start) >= 0:
        return None  # the usual figure: in no dashed item
    for _ in range(PARTS_ITEMS):
        end = start - 1
        while end > 0 and doc.text[end - 1] == "\n":
            end -= 1
        if end <= 0:
            return None
        start = doc.text.rfind("\n", 0, end) + 1
        line = doc.text[start:end].rstrip()
        if line.startswith(LIST_DASHES):
            continue
        if not line.endswith(":") or not vocabulary().part_words.ending(line[:-1].rstrip().lower()):
            return None
        # "Dự toán thu … năm 2016 Trung ương giao 6.880 tỷ đồng." over "Sở Tài chính đề xuất … Trong đó:", no blank
        # line between: one paragraph broken after a sentence; the whole is stated from the paragraph's start
        while start >= 2 and doc.text[start - 2] in ".;" \
                and not doc.text.startswith(LIST_DASHES, above := doc.text.rfind("\n", 0, start - 1) + 1) \
                and "|" not in doc.text[above:start]:
            start = above
        named = {code for _, code, _, _ in periods_named(doc.text, start, end, doc.year)}
        return (named.pop(), f"a part listed under the whole {line[-60:]!r}") if len(named) == 1 else None
    return None


def _window_of_no_code(doc: Document, c: Context) -> str | None:
    """The window of months before the figure in its sentence, with no time named after it, when the window runs
    over no quarter nor half ("Từ tháng 5 đến tháng 9, …"), else None."""
    if not doc.holds(vocabulary().months, c.full, c.f.start):
        return None  # the usual answer, before a pattern
    windows = month_windows(doc.text, c.full, c.f.start, doc.year)
    if not windows or windows[-1][2] is not None or periods_named(doc.text, windows[-1][1], c.f.start, doc.year):
        return None
    return doc.text[windows[-1][0]:windows[-1][1]]


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


PRICED_PER: Final = ("kg", "tonne", "litre", "head")  # what a market price is per


def _a_price(f: Figure) -> bool:
    """ "đến giữa tháng 12/2019, giá lợn hơi đạt 72.000 - 75.000 đồng/kg, tăng khoảng 28.000 đồng/kg": a price per
    unit of goods, or its change, is the level the market stands at then, no running total from the year's start."""
    money, _, per = f.unit.partition("_per_")
    return money in MONEY and per in PRICED_PER


def _share_covered_at_a_months_end(f: Figure, before: str, between: str = "") -> bool:
    """ "Tỷ lệ dân số tham gia bảo hiểm y tế đến hết tháng 9/2025 đạt 94,1%": a share of people or land
    covered up to a month's end is the level that month ends at, a stock, not a running total from the
    year's start ("Đến hết tháng 9/2025, giải ngân đạt 55%" stays one). The share may be named after the
    month, in the figure's clause ("Đến hết tháng 6/2025, tỷ lệ hộ nghèo còn 3,1%, giảm 0,5 điểm phần trăm;
    tỷ lệ che phủ rừng đạt 45%"), and its change in points is of that month too. ``before``, ``between``: the
    lowercased words before the month's phrase and between it and the figure."""
    covered = vocabulary().covered_shares
    if f.kind == "share" and covered.found(before):
        return True
    return f.kind in ("share", "change_points") and bool(covered.found(between.rpartition(";")[2]))


def _narrowed(doc: Document, c: Context, period: str | None) -> str | None:
    """A heading's part of a year, or its whole year for a figure of "cả năm" in its sentence
    or right after it ("chỉ tiêu 350 lao động cả năm"); a dashed list item on a line of its own is a
    sentence of its own ("- … đưa tổng số cả năm đạt 2.200 người;\n- Giải quyết việc làm cho 1.115 lao
    động;": the second is the heading's half)."""
    if not period or not part_of_year(period):
        return period
    start = c.full
    if (nl := doc.text.rfind("\n", c.full, c.f.start)) >= 0 and doc.text[nl + 1:nl + 2] in LIST_DASHES:
        start = nl + 1
    return as_narrowed(period, doc.lower(start, c.f.start) + " " + c.right)


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


def _target_named_after_a_result(c: Context) -> str | None:
    """ "giảm từ 38,2% năm 2020 xuống còn 31,5% năm 2025, chưa đạt mục tiêu dưới 30%": a target word (maybe a bound
    after it) right before a number in the unit of the result before it, outside brackets, names that result's
    target, of its period (not a level in brackets of another year: "(năm 2023 là 61,8%), vượt chỉ tiêu 70%");
    the target word."""
    p = c.prev
    if p is None or p.unit != c.f.unit or p.role != "actual" or "(" in c.raw_left:
        return None  # the usual answer
    v = vocabulary()
    return v.plan_markers.ending(trimmed(c.left, v.any_qualifier))


def _no_time_inside(doc: Document, c: Context) -> bool:
    """The bracket a figure stands in names no year before it ("(TBNN khoảng 2-3 cơn)", not "(TBNN năm 2023 …)")."""
    at = open_bracket(c.raw_left)
    return at >= 0 and not FOUR_DIGITS.search(c.raw_left, at)


def _result_before(c: Context) -> Figure:
    """The figure before, or, when that is a level compared with in a bracket closed before this figure, the one
    before its bracket: "ước đạt 62,5 triệu đồng, gấp 1,8 lần năm 2010 (34,6 triệu đồng), vượt mục tiêu Nghị quyết
    (60 triệu đồng)" holds 60 against the result of 2015, not the level of 2010."""
    assert c.prev is not None
    return c.beside if c.prev.role == "context" and c.beside is not None else c.prev


def _month_compared(c: Context) -> str | None:
    """ "tăng 3 vụ so với tháng 10/2024 (6 vụ/8 bị can)": a bracketed level after the words comparing with a month
    of a year is that month's, one after a year's last day that year's; its code."""
    head = c.raw_left[:open_bracket(c.raw_left)]
    if (at := vocabulary().comparison.last(head)) < 0:
        return None
    if (day := _YEAR_END_DAY.search(head, at)) is not None:
        return day.group(1)  # "giảm 9,6% so với thời điểm 31/12/2015 (541,7 tỷ đồng)": the level at that year's end
    if not (m := MONTH_OF_YEAR.search(head, at)):
        return None
    code = period_in(head[at:m.end()])
    return code if part_of_year(code) else None


_YEAR_END_DAY: Final = re.compile(r"(?<!\d)31/12/((?:19|20)\d\d)(?!\d)")  # a year's last day: its year's level


def _school_year_opening(doc: Document) -> str | None:
    """The school year opening in the report's year, if the text names it ("năm học 2025-2026" in 2025)."""
    at = coming_school_years(doc.text, doc.low, doc.year)
    return f"{doc.year}-{doc.year + 1}" if at and doc.year else None


def _a_year_of_make(doc: Document, c: Context) -> str | None:
    """ "xe sản xuất năm 2024, đạt tiêu chuẩn khí thải Euro 5, mỗi xe bố trí 04 ghế ưu tiên": a year after a word of
    making says when the thing was made, an attribute of it, not the time a fixed fact or a term is of; "Năm 2024,
    xe buýt vận chuyển 6,8 triệu lượt" names its period. The words of making."""
    if not any(ch.isdigit() for ch in doc.text[c.full:c.f.start]):
        return None  # the usual answer: no year named before it
    return vocabulary().make_years.found(doc.lower(c.full, c.f.start))


def _months_so_far_of_its_year(doc: Document, c: Context, year: str) -> str | None:
    """ "Do sản lượng … khoảng 22% nhu cầu, 10 tháng năm 2018 các doanh nghiệp đã nhập khẩu 465.000 tấn" under a
    heading naming 2018: the figure's clause opens with months of that year counted from its start, fewer than its
    twelve, a span with no code, not the whole year; so do the figures of the clauses after it in the sentence
    ("…, tăng 15,4% so với cùng kỳ"); the words."""
    before = doc.lower(c.full, c.f.start)
    for clause in _CLAUSE_OPENINGS.split(before):
        # "Sản lượng điện phát lên lưới 10 tháng năm 2019 của các nhà máy …": the months inside the clause too
        if (m := months_gone_by().search(clause)) and m.group(1) == year \
                and int(m.group().split()[0]) not in MONTHS_OF_A_CODE:
            return m.group()
    # "Doanh thu … 10 tháng ước đạt 6,2 tỷ đồng", "11 tháng, thu ngân sách nhà nước đạt …": months counted with no
    # year, then a verb of attaining, in the heading's year
    if (m := _months_attained().search(before)) and 1 < int(m.group(1)) < MONTHS_IN_A_YEAR \
            and int(m.group(1)) not in MONTHS_OF_A_CODE:
        return m.group()
    return None


@cache
def _months_attained() -> re.Pattern[str]:
    """ "10 tháng ước đạt", "11 tháng, thu ngân sách nhà nước đạt": a count of months from the year's start naming no
    year, then (a few words between, no number) a verb of attaining (lowercased)."""
    v = vocabulary()
    return re.compile(rf"(?<![\d/.,])(\d{{1,2}})\s+(?:{alternation(v.raw['months_so_far'])})(?!\s*[\d/])(?:\s*,)?"
                      rf"(?:\s+[^\d,;()]{{1,40}}?)?\s+(?:{v.attained_verbs.pattern}|{v.qualifiers_estimated.pattern})"
                      r"(?!\w)")


_CLAUSE_OPENINGS: Final = re.compile(r"[,;()]")
# Months from a year's start that make no quarter nor half: "6 tháng đầu năm" is the first half, "3 tháng" the first
# quarter, 12 the year
MONTHS_OF_A_CODE: Final = frozenset((1, 3, 6, 12))


def _months_of_another_year(doc: Document, c: Context, heading: str) -> str | None:
    """ "Trong 11 tháng năm 2025, Trung tâm đã tổ chức 33 phiên" under a heading naming 2024: the opening clause
    of the figure's sentence counts the months of another year, a span with no code; the clause."""
    if not doc.year or c.full >= c.f.start:
        return None
    opening = doc.lower(c.full, c.f.start).partition(",")[0]
    if len(opening) > MONTHS_OPENING_REACH or not (m := MONTHS_COUNTED.search(opening)) \
            or not vocabulary().months_so_far.starting(opening[m.end():]):
        return None  # the usual answer
    year = period_in(opening)
    return opening.strip() if year and not part_of_year(year) and not heading.startswith(year) else None
