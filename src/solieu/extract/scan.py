"""The scan: every number expression that states a quantity, with its value and unit.

Digit runs that are not figures are set aside by the checks in ``exclusions``; the
rest are read as expressions: ranges (``3-4%``, ``từ 3 đến 5``), ``A/B`` forms, scale
words, units, rates and the counted noun.
"""

from __future__ import annotations

import re
from typing import Final

from solieu.extract.exclusions import (
    A_DAY_BEFORE,
    DAY_RANGE,
    ZONE_AFTER,
    a_counters_scale,
    a_group_named_in_a_cell,
    a_markdown_footnote,
    a_marker_glued_to_a_number,
    a_name_in_a_cell,
    a_spreadsheet_error,
    a_tariff_step_in_a_cell,
    not_a_figure,
    on_a_winds_line,
    per_round_base,
    sentence_before,
    unit_after,
)
from solieu.extract.figure import Excluded, Figure, Reason
from solieu.extract.nouns import counted
from solieu.extract.tables import Cell, layout, unit_of
from solieu.extract.vocabulary import NUM, Vocabulary, vocabulary
from solieu.numbers import NumberError, parse_english_number, parse_number

# How far after a number its unit words are read.
UNIT_REACH: Final = 40
PER_REACH: Final = 40
SIGN_UNIT_REACH: Final = 4  # how far into the words after a number a unit of measure's slash may stand ("µg/m3")

# NUM written to open with one character class ("\d\d*" for "\d+"): the search then skips to
# the next digit instead of trying the whole pattern at every character (twice as fast).
_NUMBER: Final = re.compile(r"\d\d*" + NUM.removeprefix(r"\d+"))
_ENGLISH_DECIMAL: Final = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})")
_SLASH: Final = re.compile(r"/(" + NUM + r")(?![\d/])")
_SIGN: Final = re.compile(r"\s?([%‰])")  # a percent or per-mille sign belongs to the number
_SIGN_UNITS: Final = {"%": "percent", "‰": "per_mille"}
_POINT_UNITS: Final = frozenset({"percentage_point", "per_mille_point"})  # a rate's move, never per a time
_COMPOUND: Final = re.compile(NUM)
_NOUN_FRACTION: Final = re.compile(r"/(" + NUM + r")(?![\d/])\s*([^\W\d_]+(?: [^\W\d_]+)*)?")
_UNIT_FRACTION: Final = re.compile(r"/(" + NUM + r")(?![\d/])\s*(\S+?)(?=[\s,.;:)]|$)")
_WORDS_TO_SLASH: Final = re.compile(r"(?: [^\W\d_]+){1,6}(?=/)")
_FULL_DATE: Final = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{4}(?!\d)")
_DAY_AND_MONTH: Final = re.compile(r"\d{1,2}/\d{1,2}(?![\d/])")  # "Sáng 05/9, 1.046 trường": ends with its month
_DIGIT: Final = re.compile(r"\d")
_YEAR_CHAIN: Final = re.compile(r"\s*[-–]\s*\d{4}(?!\d)")
MINUS: Final = "-−–"  # a hyphen, a minus sign, an en dash a word processor made of a hyphen
_BEFORE_MINUS: Final = " (\t\n"  # a minus sign stands after a space or a bracket, never after a digit
_CLOCK_MARKS: Final = frozenset("h:")  # right after a clock time's hour ("7h00", "07:30")
# "7h00", "7h00 - 16h30", "07:30-11:00": a clock time, or a window from one to another
_CLOCK: Final = r"(?:[01]?\d|2[0-3])[h:][0-5]\d"
# "15h ngày 28/10": an hour alone before the day it is of (a word, then a day and month)
_HOUR_OF_A_DAY: Final = r"(?:[01]?\d|2[0-3])h(?=\s+[^\W\d_]+\s+\d{1,2}/\d{1,2}(?!\d))"
_CLOCK_WINDOW: Final = re.compile(
    f"(?:{_CLOCK}" + r"(?:\s*[-–]\s*" + _CLOCK + r")?(?![\d/.,:])|" + _HOUR_OF_A_DAY + ")")
_CELL_REASONS: Final = {
    "row_number": "a row number of a table",
    "label": "in a table's row label",
    "unit": "in a table's unit column",
    "note": "in a table's note column",
    "name": "in a table's column of names: codes, specifications or addresses",
    "header": "in a table's header",
    "deadline": "in a table's column of deadlines: a date",
}
# DESIGN's order of a rate's parts: per person (or household), then per area, then per time.
_PER_ORDER: Final = {"person": 0, "household": 0, "ha": 1}


def parse(surface: str) -> float:
    """A Vietnamese number; a lone dot before 1-2 or 4+ digits is an English decimal."""
    try:
        return parse_number(surface)
    except NumberError:
        # Writers slip into English decimals ("12.5"): such a dot cannot be grouping.
        if _ENGLISH_DECIMAL.fullmatch(surface):
            return float(surface)
        raise


def scan(text: str, excluded: list[Excluded] | None = None) -> list[Figure]:
    """Every number expression that states a quantity, with its value and unit.

    Numbers left out are appended to ``excluded`` with their reason, if it is given."""
    v = vocabulary()
    tables = layout(text)
    figures: list[Figure] = []
    # A line's start -> it is English; None for a text with too few English words to hold such a line (most)
    english_lines: dict[int, bool] | None = {} if _holds_english_words(v, text) else None
    pos = 0
    while m := _NUMBER.search(text, pos):
        s, e = m.span()
        token = m.group()
        pos = e
        if tables.cells and (cell := tables.cell_at(s)) is not None and not (
                cell.column.what in ("header", "label") and _rating_after(text, e)) \
                and cell.column.what != "prose":  # "Sản phẩm 3 sao", "Trồng mới 1.200 ha chè": read as in prose
            if text.startswith("/", e) and (day_end := _day_cell_end(text, cell, s)) > 0:
                if excluded is not None:
                    excluded.append(Excluded(s, day_end, Reason("date", "a day and month under a column of days")))
                pos = day_end
                continue
            if cell.column.what == "value" and (f := _duration_in_parts(v, text, s, e, token, True)) is not None:
                f.cell = cell  # "2:31:05" in a "Thành tích" cell: a finishing time, one figure
                figures.append(f)
                pos = f.end
                continue
            if text[e:e + 1] in _CLOCK_MARKS and (window := _CLOCK_WINDOW.match(text, s)):
                # "7h00 - 16h30" in a cell: the hours of a day an outage or a session runs, one date
                if excluded is not None:
                    excluded.append(Excluded(s, window.end(), Reason("date", "a clock time or window in a cell")))
                pos = window.end()
                continue
            if (years_end := _years_cell_end(text, cell, s)) > 0:
                # "Thời gian tài liệu | 2005-2014": the years a row's records or works cover, no figure
                if excluded is not None:
                    excluded.append(Excluded(s, years_end, Reason("period", "a span of years alone in a cell")))
                pos = years_end
                continue
            if cell.column.what == "value" and (
                    (named := a_name_in_a_cell(text, s, e))
                    or (named := a_tariff_step_in_a_cell(text, cell.start, cell.column.header, s))
                    or (named := a_group_named_in_a_cell(text, cell.start, s))):
                if excluded is not None:
                    excluded.append(Excluded(s, e, named))
                continue
            if not_a_number := a_markdown_footnote(v, text, s, e) or a_spreadsheet_error(text, s, e) \
                    or a_marker_glued_to_a_number(text, s, e):
                if excluded is not None:  # "96,4[^17]", "398,4(1)": the cell's footnote marker; "#DIV/0!": no number
                    excluded.append(Excluded(s, e, not_a_number))
                continue
            if (f := _table_figure(text, cell, s, e, token, excluded)) is not None:
                figures.append(f)
                pos = max(f.end, pos)
            continue
        if (f := _duration_in_parts(v, text, s, e, token)) is not None:
            figures.append(f)
            pos = f.end
            continue
        if reason := not_a_figure(text, s, e):
            # "mức độ 3, 4" or "2021 - 2025": the label or period runs on.
            chain_re = _YEAR_CHAIN if len(token) == 4 else v.chain
            if reason.code == "date" and (days := DAY_RANGE.match(text, s)):
                pos = e = days.end()  # "16-23/10/2017": the days run on to the month and year
            elif reason.code == "date" and (date := _FULL_DATE.match(text, s)):
                pos = e = date.end()  # "Đến ngày 30/11/2024, 23/24 căn": the date ends with its year
            elif reason.code == "date" and (date := _DAY_AND_MONTH.match(text, s)):
                pos = e = date.end()
                # "các đêm 30/4 và 01/5": the days the chain runs on to, not the figure after them
                while (chain := v.chain.match(text, e)) and (digit := _DIGIT.search(text, chain.start())) \
                        and (date := _DAY_AND_MONTH.match(text, digit.start())):
                    pos = e = date.end()
            elif not (reason.code == "name" and v.unit_words.ending(text[max(0, s - POWER_REACH):s].lower())):
                # not "42,65 km2, 4.010 hộ": a unit's power glued to it is no name that runs on
                while (chain := chain_re.match(text, e)) and (
                        not unit_after(v, text, chain.end()) or reason.code == "label" and _band_of_ages(v, text, e)) \
                        and not _count_after_a_code(text, s, chain) and not _share_after_a_word(text, chain) \
                        and not (reason.code == "label" and _count_of_the_next_level(v, text, s, chain)) \
                        and not (reason.code in ("label", "name") and _count_of_things_counted_before(text, s, chain)):
                    pos = e = chain.end()
            if excluded is not None:
                excluded.append(Excluded(s, e, reason))
            continue
        try:
            english = english_lines is not None and ("," in token or "." in token) \
                and _english_line(v, text, s, english_lines)
            f = Figure(start=s, end=e, value=parse_english_number(token) if english else parse(token))
        except NumberError:
            continue
        if s and text[s - 1] in MINUS and (s == 1 or text[s - 2] in _BEFORE_MINUS):
            f.start, f.value = s - 1, -f.value  # "(-1,25%)": a minus sign, not a dash
        elif s >= 3 and text[s - 1] == " " and text[s - 2] in MINUS and text[s - 3] == "(":
            f.start, f.value = s - 2, -f.value  # "(- 6,7% so với cùng kỳ)": a minus sign set apart from its number
        elif s and text[s - 1] == "+" and (s == 1 or text[s - 2] in _BEFORE_MINUS):
            f.start = s - 1  # "(+13%)": a plus sign, in the span as a minus sign is
        _read_expression(text, f, token)
        if "," in token and f.unit == "count" and _GROUPING_COMMA.fullmatch(token):
            _a_group_comma_in_a_count(v, text, f, token)
        if figures and f.unit == "count" and not f.counted:
            _unit_of_the_corrected(text, figures[-1], f)
        if figures and f.per and f.unit.startswith(figures[-1].unit + "_per_"):
            _per_of_the_level_moved_to(text, figures[-1], f)
        figures.append(f)
        pos = max(f.end, pos)
    return figures


POWER_REACH: Final = 4  # "km" before the power glued to it ("km2")
_GROUPING_COMMA: Final = re.compile(r"\d{1,3},\d{3}")  # "9,845": a decimal, or a group's dot a scan read as a comma
_DOT_GROUPED: Final = re.compile(r"\d\.\d{3}(?!\d)")  # "24.318": a number grouped by a dot


def _a_group_comma_in_a_count(v: Vocabulary, text: str, f: Figure, token: str) -> None:
    """ "khám, điều trị cho 9,845 lượt người" in a text whose numbers group their thousands by dots ("24.318 người"):
    a count of people, visits or heads is whole, so the comma of three digits after it is a group's dot a scan read
    as a comma: 9845, not 9.845. A rate ("1,125 lượt/ngày"), a scaled or a ranged count is read as written."""
    if f.scale != 1.0 or f.value_max is not None or f.denominator is not None:
        return
    after = text[f.end:f.end + CLASSIFIER_REACH].lstrip().lower()
    word = v.classifier_words.starting(after)
    if word is None or after[len(word):].lstrip().startswith("/") or not _DOT_GROUPED.search(text):
        return
    f.value = parse(token.replace(",", "."))
    f.why["value"] = "a count's group dot a scan read as a comma, in a text grouping by dots"


CLASSIFIER_REACH: Final = 16  # " lượt người": a classifier right after the number


WITHDRAWN_UNIT: Final = "the unit of the figure it corrects to, before"


def _unit_of_the_corrected(text: str, before: Figure, f: Figure) -> None:
    """ "là 4,78 tỷ chứ ko phải 4,87": a bare number withdrawn for the figure right before it, only the withdrawing
    words between (a qualifier too), is in that figure's unit and scale."""
    if f.denominator is not None or f.value_max is not None or f.scale != 1.0 or before.denominator is not None \
            or before.cell is not None or not 0 < f.start - before.tail <= WITHDRAWN_REACH:
        return
    v = vocabulary()
    gap = text[before.tail:f.start].lower().strip(" ,")
    if not v.withdrawn_figures.is_one(v.any_qualifier.stripped(gap, " ,").strip()):
        return
    f.value *= before.scale
    f.unit, f.scale, f.per, f.counted, f.unit_word = before.unit, before.scale, before.per, before.counted, \
        before.unit_word
    f.why["unit"] = f"{WITHDRAWN_UNIT}: {before.why.get('unit', '')}".strip()


def _per_of_the_level_moved_to(text: str, before: Figure, f: Figure) -> None:
    """ "tiền phòng tăng từ 1 triệu đồng lên 1,1 triệu đồng/tháng", "được nâng từ 180.000 đồng lên 270.000
    đồng/người/tháng": the starting level after a from-word, in the same money with no per of its own, only a
    to-level word between it and the level moved to, is money per the same as that level."""
    if before.per or before.cell is not None or before.value_max is not None or before.denominator is not None \
            or not 0 < f.start - before.tail <= MOVE_GAP_REACH:
        return
    v = vocabulary()
    if not v.to_level.is_one(text[before.tail:f.start].strip().lower()) \
            or not v.from_words.ending(text[max(0, before.start - MOVE_GAP_REACH):before.start].rstrip().lower()):
        return
    before.unit, before.per = f.unit, True
    before.why["unit"] = f"{before.why.get('unit', '')}, per as the level it moved to".strip(", ")


MOVE_GAP_REACH: Final = 12  # " xuống còn ": the to-level words between a starting level and the level moved to

WITHDRAWN_REACH: Final = 24  # "chứ không phải là khoảng": the longest withdrawing words and a qualifier


_DURATION_STARTS: Final = frozenset(" :")
DURATION_IN_PARTS: Final = "a duration written in parts"
TIMED_REACH: Final = 30  # how far before "2:31:05" the time taken is named ("với thành tích 2:58:40")


def _duration_in_parts(v: Vocabulary, text: str, s: int, e: int, token: str,
                       tables_cell: bool = False) -> Figure | None:
    """ "về nhất với thời gian 2 giờ 31 phút 05 giây (2:31:05)", "nhanh hơn 3 phút 12 giây": a duration
    written in parts to its seconds is one figure over all its parts, its value the leading number, counted
    the parts as written ("giờ phút giây", "giờ:phút:giây"); "7 giờ 30 phút" stays a clock time and "lúc
    14:30:00" a clock time with its seconds."""
    if text[e:e + 1] not in _DURATION_STARTS or text[e] == " " and not v.duration_parts.starting(
            text[e + 1:e + 1 + v.duration_parts.longest]) or not token.isdigit() \
            or not (m := v.duration_in_parts.match(text, s)):
        return None  # the usual number: no part of a time after it
    if m.group(4) is None:  # "2:31:05"
        left = text[max(0, s - TIMED_REACH):s].lower()
        if v.clock_openers.ending(left.rstrip()) or A_DAY_BEFORE.search(left) or ZONE_AFTER.match(text, m.end()) \
                or not (tables_cell or left.endswith(f" {v.duration_order[-1]} (") or v.timed_results.found(left)):
            # "lúc 14:30:00" a clock time, and "Thời gian ký: 16.12.2025 08:45:37 +07:00" (after its day, before its
            # time zone); "Tỷ lệ pha trộn là 1:30:45" a ratio
            return None
        counted = ":".join(v.duration_order)
    else:
        counted = " ".join(w for w in m.groups() if w)
    f = Figure(start=s, end=m.end(), value=float(int(token)), counted=counted, tail=m.end())
    f.why["unit"] = DURATION_IN_PARTS
    return f


def _count_after_a_code(text: str, s: int, chain: re.Match[str]) -> bool:
    """ "148 cửa hàng thuộc Công ty Xăng dầu B12 và 31 cửa hàng trên các đảo": past a code glued to its letters
    (``s`` its digits' start), the number a joining word leads to (``chain``) with a lowercase noun it counts right
    after it is a figure of its own, no second code of a list; "thửa LK05-12 xã Tiên Dương" joins by a dash, one
    code."""
    if not s or not text[s - 1].isalpha() or not any(ch.isalpha() for ch in chain.group()):
        return False  # the usual answer: no code glued to letters, or no joining word
    noun = counted(text, chain.end())[0]
    return noun is not None and noun[0].islower()


def _count_of_the_next_level(v: Vocabulary, text: str, s: int, chain: re.Match[str]) -> bool:
    """ "gồm 214 dịch vụ mức độ 3 và 128 dịch vụ mức độ 4", "gồm 1 bưu cục cấp 1, 10 bưu cục cấp 2": after a label's
    number (at ``s``) and a joining word or a comma (``chain``), a number whose noun is followed by the same label again
    counts the things of the next level, a figure of its own; "mức độ 3 và 4", "mức độ 3, 4" run on."""
    if not (any(ch.isalpha() for ch in chain.group()) or "," in chain.group()) \
            or not (label := v.labels.ending(text[max(0, s - LABEL_REACH):s].lower().rstrip())):
        return False  # the usual answer: no joining word nor comma, or no label right before the first number
    noun = counted(text, chain.end())[0]
    if noun is None or not noun[0].islower():
        return False
    return label in text[chain.end():chain.end() + LABEL_REACH].lower()


def _count_of_things_counted_before(text: str, s: int, chain: re.Match[str]) -> bool:
    """ "87 cầu xây dựng mới trên các tuyến kênh cấp 2, cấp 3 và 41 cầu thay thế cầu khỉ", "gồm 34 vụ do Đội QLTT số 1
    và 13 vụ do Đội QLTT cơ động phát hiện": after a label's or a name's number (at ``s``) and a joining word
    (``chain``), a number whose lowercase noun a number before it counted in its sentence counts more of the same
    things, a figure of its own; "kênh cấp 2 và 3" runs on."""
    if not any(ch.isalpha() for ch in chain.group()):
        return False  # the usual answer: no joining word
    noun = counted(text, chain.end())[0]
    if noun is None or not noun[0].islower():
        return False
    head = noun.split()[0]
    lead = text[max(0, s - COUNTED_BEFORE_REACH):s]
    lead = lead[lead.rfind(". ") + 1:]
    return re.search(rf"\d\s+{re.escape(head)}(?!\w)", lead) is not None


COUNTED_BEFORE_REACH: Final = 100  # how far back in its sentence a count of the same things is read
LABEL_REACH: Final = 40  # characters back from a number to the label before it, and on to it again
_FRACTION_NEXT: Final = re.compile(r"/\d")


def _share_after_a_word(text: str, chain: re.Match[str]) -> bool:
    """ "đạt chuẩn mức độ 3 và 8/8 huyện đạt mức độ 3": after a joining word (``chain``), a number that opens a
    share ("8/8") counts what reached a level, a figure of its own, no second level of the label's list; "mức độ
    3, 4" and "3/4" run on."""
    return _FRACTION_NEXT.match(text, chain.end()) is not None and any(ch.isalpha() for ch in chain.group())


AGE_WORD_REACH: Final = 12  # " tháng tuổi": an age word after a range's second age


def _band_of_ages(v: Vocabulary, text: str, e: int) -> bool:
    """ "tỷ lệ trẻ 3-5 tuổi ra lớp đạt 99,2%", "thanh niên 15 - 24 tuổi có việc làm": past a first age naming a group (a
    label, its digits ending at ``e``), a range's dash or word and a second age with its age word run the band on:
    one label over both ages, no second age read as a length of years; "trẻ 5 tuổi, 6 tuổi" lists ages, no band."""
    if not (rng := v.range.match(text, e)):
        return False
    return v.age_words.starting(text[rng.end():rng.end() + AGE_WORD_REACH].lower().lstrip()) is not None


_DAY_CELL: Final = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\d{4})?(?![\d/,.])")


_MONTH_CELL: Final = re.compile(r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/,.])")  # "04/2019": a month and its year
_YEARS_CELL: Final = re.compile(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\d.,/])")


def _years_cell_end(text: str, cell: Cell, s: int) -> int:
    """Where a span of years at ``s`` ends, alone in its row's cell, the later year last ("1997-2012" under "Thời
    gian tài liệu", "2021 - 2025"); else -1."""
    if text[s:s + 2] not in ("19", "20") or cell.row is None or text[cell.start:s].strip() \
            or (m := _YEARS_CELL.match(text, s)) is None \
            or text[m.end():cell.end].strip() or int(m.group(1)) >= int(m.group(2)):
        return -1
    return m.end()


def _day_cell_end(text: str, cell: Cell, s: int) -> int:
    """Where a day and month at ``s`` ends, alone at its cell's end under a header opening with a word of days
    ("Ngày xuất hiện | 07/3", "Thời gian xuất hiện | 15h ngày 28/10"), or a month and its year there ("Thời điểm vận
    hành | 04/2019"), or a full date in any cell; else -1."""
    if cell.row is None:
        return -1
    if (m := _DAY_CELL.match(text, s) or _MONTH_CELL.match(text, s)) is None or text[m.end():cell.end].strip():
        return -1
    if m.group().count("/") == 2:
        return m.end()  # "28/10/2024": a full date, whatever the column
    header = " ".join(cell.column.header.lower().split())
    return m.end() if vocabulary().tables.date_heads.starting(header) else -1


def _rating_after(text: str, e: int) -> bool:
    """A rating word right after a number in a table's header or row label ("Sản phẩm 3 sao | Sản phẩm 4 sao", "Số
    sản phẩm OCOP đạt từ 3 sao trở lên"): the class, read as in prose."""
    return vocabulary().tables.header_rating.starting(text[e:e + UNIT_REACH].lower().lstrip()) is not None


def _table_figure(text: str, cell: Cell, s: int, e: int, token: str,
                  excluded: list[Excluded] | None) -> Figure | None:
    """A number in a table cell: a figure in a value cell, read with its row's unit."""
    if cell.column.what != "value" or cell.row is None:
        if excluded is not None:
            what = cell.column.what
            excluded.append(Excluded(s, e, Reason(what, _CELL_REASONS.get(what, "not a value cell"))))
        return None
    try:
        f = Figure(start=s, end=e, value=parse_english_number(token) if cell.column.english else parse(token),
                   cell=cell)
    except NumberError:
        return None
    if s > cell.start and text[s - 1] in MINUS:
        f.start, f.value = s - 1, -f.value  # "-42.500": a negative cell
    elif s > cell.start and text[s - 1] == "+":
        f.start = s - 1  # "+2": a gain, the sign in the span as a minus sign is
    # A cell's own unit ("1,2%") wins; a bare number takes the row's, a comparison column's is %.
    unit_words, from_column = cell.unit_words
    _read_expression(text, f, token, _visitors_row_unit(cell, unit_words, unit_of(unit_words)) if unit_words else None)
    source = f"the column {cell.column.header!r}" if from_column else f"the row's unit {unit_words!r}"
    f.why["unit"] = (source if cell.column.in_percent or f.why.get("unit") == "no unit word: a count" and unit_words
                     else f.why.get("unit", ""))
    return f


COEFFICIENT: Final = "after the coefficient word"
COEFFICIENT_REACH: Final = 24  # the longest coefficient word, or a short one and a qualifier ("hệ số icor khoảng")


def _read_expression(text: str, f: Figure, token: str,
                     fallback: tuple[str, float, bool, str | None] | None = None) -> None:
    """Range, fraction, percent, unit and scale of the number at ``f``; a bare number
    takes the ``fallback`` unit (a table row's)."""
    v = vocabulary()
    sign = _read_range(text, f, token)
    shared_unit = False  # "158,2/240 tỷ đồng": the unit after the fraction is its two parts'
    if f.value_max is None and text.startswith("/", f.end) and (slash := _SLASH.match(text, f.end)) \
            and not per_round_base(v, text, token, slash.start(1), slash.end(1)):
        try:  # "0/0.0.0": no number after the slash, so no fraction
            f.denominator = parse(slash.group(1))
            f.end = slash.end()
            shared_unit = True
        except NumberError:
            pass
    if tail := _SIGN.match(text, f.end):
        f.end, sign = tail.end(), tail.group(1)
    read_unit(text, f, sign)
    if f.unit == "count" and not f.counted and ((pair := v.pair.match(text, f.end)) or f.value_max is None and (
            pair := v.moved_to.match(text, f.end)) and v.from_before.search(text, max(0, f.start - 5), f.start)):
        # "tăng lần lượt 4,1 và 6,8 điểm phần trăm", "nâng công suất từ 3.000 lên 5.000 m3/ngày đêm": the unit
        # after B is A's too.
        partner = Figure(start=pair.start(1), end=pair.end(1), value=0.0)
        partner_sign = _SIGN.match(text, pair.end(1))
        read_unit(text, partner, partner_sign.group(1) if partner_sign else "")
        if partner.unit != "count":
            f.unit, f.scale, f.per, f.unit_word = partner.unit, partner.scale, partner.per, partner.unit_word
            f.why["unit"] = f"the unit after the paired number: {partner.why.get('unit', '')}"
    if f.unit == "count" and f.denominator is None and f.value_max is None and fallback is None \
            and _TIMES_OR_EQUALS.match(text, f.end):
        _operand_of_a_product(text, f, token)
    if fallback is None and f.unit == "count" and f.denominator is None and text[f.start - 1:f.start] == " " \
            and (w := v.coefficients.ending(v.any_qualifier.stripped(
                text[max(0, f.start - COEFFICIENT_REACH):f.start - 1].lower(), " "))):
        # "hệ số điều chỉnh 1,2 đối với giá đất ở": a coefficient multiplies a level
        f.unit, f.counted, f.tail = "times", None, f.end
        f.why["unit"] = f"{COEFFICIENT} {w!r}"
    if f.denominator is None and f.unit == "count" and f.counted:
        _read_noun_fraction(text, f)
    elif f.denominator is None and f.unit_word and text.startswith("/", f.tail) and f.scale == 1.0 and not f.per:
        _read_unit_fraction(text, f)
    elif f.denominator is None and f.unit_word and text.startswith("/", f.tail) and not f.per:
        _read_scaled_fraction(text, f)
    if fallback is not None and f.unit == "count" and not f.counted and f.denominator is None:
        f.unit, f.scale, f.per, f.counted = fallback
        f.why["unit"] = "no unit word: a count"
    f.value *= f.scale
    if f.value_max is not None:
        f.value_max *= f.scale
        if f.value > f.value_max:
            f.value /= f.scale  # "từ 500.000 đến 1,5 triệu đồng": the first bound written in full, no scale of its own
    if shared_unit and f.denominator is not None:
        f.denominator *= f.scale


_TIMES_OR_EQUALS: Final = re.compile(r" ?[x×=] ?\d")  # "10 x 8.500", "8.500 = 85.000": a product written out
_TIMES_BEFORE: Final = re.compile(r"[x×] ?$")
_PRODUCT_RESULT: Final = re.compile(r" ?= ?(" + NUM + r")")


def _operand_of_a_product(text: str, f: Figure, token: str) -> None:
    """ "- 10 m3 đầu tiên: 10 x 8.500 = 85.000 đồng": a product written out in a bill's reckoning. The factor
    before "=" is a price in the result's unit (8.500 đồng); the one before "x" the quantity its line names before
    it, in that quantity's unit (10 m3), no count of "x"."""
    line = text.rfind("\n", 0, f.start) + 1
    if text[f.end:f.end + 3].lstrip().startswith("="):
        if not _TIMES_BEFORE.search(text, max(line, f.start - 3), f.start) \
                or not (m := _PRODUCT_RESULT.match(text, f.end)):
            return
        at = m.start(1)
    else:
        at = next((m.start() for m in re.finditer(rf"(?<![\d.,]){re.escape(token)}(?![\d.,]) ", text[line:f.start])),
                  -1)
        if at < 0:
            return  # no quantity named before on its line: a count still
        at += line
    partner = Figure(start=at, end=at + len(token), value=0.0)
    end = _NUMBER_AT.match(text, at)
    partner.end = end.end() if end else partner.end
    read_unit(text, partner, "")
    if partner.unit != "count" and not partner.per:
        f.unit, f.scale, f.per, f.unit_word, f.counted = partner.unit, partner.scale, False, partner.unit_word, None
        f.why["unit"] = f"a factor of a product written out: {partner.why.get('unit', '')}"


_NUMBER_AT: Final = re.compile(NUM)


_DASH_CHAIN_BEFORE: Final = re.compile(r"\d\s?[%‰]?\s*[-–—]\s*$")
_DASH_CHAIN_AFTER: Final = re.compile(r"\s?[%‰]?\s*[-–—]\s*\d")
DASH_CHAIN_REACH: Final = 6  # "5% - " before a number


def _read_range(text: str, f: Figure, token: str) -> str:
    """``3-4%``, ``2.000-2.100``, ``55 - 56``, ``từ 3 đến 5``; the % or ‰ that stood inside."""
    rng = vocabulary().range.match(text, f.end)
    if not rng:
        _range_with_its_unit_twice(text, f)
        return ""
    if _across_a_paragraph(text, f.end, rng.end()) or _past_its_cell(text, f.start, rng.end()):
        return ""
    hi_text = rng.group(2) or rng.group(4)
    try:
        hi = parse(hi_text)
    except NumberError:
        return ""
    if hi <= f.value and not _low_bound_in_full(text, rng.end(), token, f.value, hi) \
            or (len(token) == 4 and len(hi_text) == 4 and token.isdigit()):
        return ""  # "QL 6 - 2", "2021 - 2025": not a range of one quantity
    if _DASH_CHAIN_BEFORE.search(text, max(0, f.start - DASH_CHAIN_REACH), f.start) \
            or _DASH_CHAIN_AFTER.match(text, rng.end()):
        return ""  # "38,5% - 25,1% - 36,4%": three numbers joined by dashes are a list (a structure's parts)
    f.value_max, f.end = hi, rng.end()
    return (rng.group(1) or rng.group(3) or "").strip()


def _low_bound_in_full(text: str, at: int, token: str, low: float, high: float) -> bool:
    """ "từ 500.000 đến 1,5 triệu đồng/ngày": a first bound written in full, its groups of three parted, and a second
    one whose scale word right after it (at ``at``) makes it the larger, by no more than a range spreads: one range,
    its first bound unscaled."""
    if low < FULL_LOW_BOUND or not _GROUPED.fullmatch(token):
        return False  # the usual answer
    v = vocabulary()
    scale = v.scale_words.starting(text[at:at + SCALE_WORD_REACH].lstrip().lower())
    return scale is not None and low < high * v.scales[scale] <= low * RANGE_SPREAD


FULL_LOW_BOUND: Final = 1000  # a bound written in full has a group of three at least
RANGE_SPREAD: Final = 100  # at most so many times the first: "từ 1.200 đến 1,5 tỷ đồng" is no such range
_GROUPED: Final = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "500.000": groups of three parted by dots
SCALE_WORD_REACH: Final = 8  # " triệu": a scale word right after the second bound


def _across_a_paragraph(text: str, start: int, end: int) -> bool:
    """ "5 Tỷ lệ hộ nghèo % 1,20 1,12 -" then a blank line, then "6 Tỷ lệ …": a dash ending a paragraph (an empty
    cell of a scanned table's row) and the number opening the next are no range; a range stands in one paragraph."""
    return text.find("\n\n", start, end) >= 0 or text.find("\n \n", start, end) >= 0


def _past_its_cell(text: str, start: int, end: int) -> bool:
    """ "1,12 | -" then the next row's "6": a number in a table's cell and a dash after it make no range with a
    number past the cell's end (the dash an empty cell, the number the next row's)."""
    tables = layout(text)
    return bool(tables.cells) and (cell := tables.cell_at(start)) is not None and end > cell.end


RANGE_UNIT_REACH: Final = 30  # "triệu đồng đến ": the unit words of a range's first bound and its "đến"
FROM_REACH: Final = 8  # " từ " before a range's first bound
COUNTED_RANGE_WORDS: Final = 2  # "CV", "học sinh": the noun a range counts after both its bounds


def _range_with_its_unit_twice(text: str, f: Figure) -> None:
    """ "Mức phạt: từ 4 triệu đồng đến 6 triệu đồng", "từ 800.000 đồng đến 1.000.000 đồng": the same scale and unit
    words after both bounds make one range, the span running to the second number, whose words are read as its
    unit ("tăng 4 triệu đồng đến hết năm" stays one number: no second bound in the same words)."""
    v = vocabulary()
    if text[f.end:f.end + 1] != " " or not v.range_to.within(text[f.end:f.end + RANGE_UNIT_REACH].lower()):
        return  # the usual number: no range's word after it
    after_from = v.from_words.ending(text[max(0, f.start - FROM_REACH):f.start].lower().rstrip()) is not None
    if text[f.end + 1:f.end + 2].lower() not in v.unit_heads and not after_from:
        return
    m = v.range_unit_repeated.match(text, f.end)
    if not m or not text.startswith(" " + m.group(1).rstrip(), m.end()):
        return
    words = m.group(1).lower()
    if not (words[:1] in v.unit_heads and (v.scale_words.starting(words) or v.unit_words.starting(words))) \
            and not (after_from and len(words.split()) <= COUNTED_RANGE_WORDS):
        return  # "từ 800 CV đến 1.000 CV": after a from-word, a short noun counted after both bounds makes one too
    try:
        hi = parse(m.group(2))
    except NumberError:
        return
    if hi > f.value:
        f.value_max, f.end = hi, m.end()


_WORD: Final = re.compile(r"[^\W\d_]+")


def _holds_english_words(v: Vocabulary, text: str) -> bool:
    """Enough of the vocabulary's English words stand in ``text`` (in lowercase, between spaces) for a line of it to
    be English: one pass that spares a Vietnamese text every line's test (most texts hold none of them)."""
    held: set[str] = set()
    for m in v.english_between_spaces.finditer(text):
        held.add(m.group(1))
        if len(held) == v.english_line_words:
            return True
    return False


def _english_line(v: Vocabulary, text: str, at: int, seen: dict[int, bool]) -> bool:
    """The line holding ``at`` is English, a bilingual page's translation ("FDI attracted USD 1,246.8 million, up
    12.4% year-on-year"): it holds at least ``english_line_words`` of the vocabulary's English words. Kept in
    ``seen`` by the line's start."""
    start = text.rfind("\n", 0, at) + 1
    if (known := seen.get(start)) is None:
        end = text.find("\n", at)
        line = text[start:end if end >= 0 else len(text)].lower()
        known = seen[start] = len(v.english_words.intersection(_WORD.findall(line))) >= v.english_line_words
    return known


def _currency_code_before(v: Vocabulary, text: str, at: int) -> str | None:
    """ "USD 812.5 million" on an English line: the currency's code right before the number, on its line."""
    before = text[max(0, at - CODE_REACH):at]
    if not before.endswith(" ") or "\n" in before:
        return None  # the usual answer
    code = v.currency_code_words.ending(before.rstrip().lower())
    return code if code and _english_line(v, text, at, {}) else None


CODE_REACH: Final = 5  # "USD " before a number


def _dotted_scale(v: Vocabulary, words: str) -> str | None:
    """ "ng.tấn", "tr.usd": the scale abbreviated with a stop glued to the unit's first letter, as office
    spreadsheets write a unit; None for "tr." ending a sentence."""
    return next((w for w in v.dotted_scales if words.startswith(w) and words[len(w):len(w) + 1].isalpha()), None)


def read_unit(text: str, f: Figure, sign: str) -> None:
    """Scale word, unit, rate and counted noun after the number expression."""
    v = vocabulary()
    if sign:
        f.unit, f.tail = _SIGN_UNITS[sign], f.end
        f.why["unit"] = sign
        return
    pos = f.end
    right = text[pos:pos + UNIT_REACH].lower()
    words = right.lstrip(" ")  # the words after the number, lowercased
    gap = len(right) - len(words)
    if words[:1] in v.counter_scale_heads and a_counters_scale(v, text, pos + gap):
        # "👍 1,2K   💬 86 bình luận": a post's counter in thousands, as "nghìn" scales a figure
        counter = v.counter_scale_words.starting(words) or ""
        f.scale *= v.counter_scales[counter]
        pos += gap + len(counter)
        right = text[pos:pos + UNIT_REACH].lower()
        words = right.lstrip(" ")
        gap = len(right) - len(words)
    # Whether a money, scale or unit word may start here: after most numbers of a table's
    # cells and many in prose none does, and one lookup says so.
    maybe = words[:1] in v.unit_heads
    if maybe and (abbr := v.money_words.starting(words)):  # "4.500 tr.đ", "3.200 trđ"
        f.scale, f.unit, f.tail = v.money[abbr], "VND", pos + gap + len(abbr)
        f.why["unit"] = abbr
        _read_per(text, f, f.tail)  # "lúa tươi 7,2k/kg": a price per kilogram
        return
    if maybe and "." in words[:4] and (dotted := _dotted_scale(v, words)):  # "92,4 Ng.tấn", "4,2 Tr.USD"
        f.scale *= v.dotted_scales[dotted]
        pos += gap + len(dotted)
        right = text[pos:pos + UNIT_REACH].lower()
        words, gap = right, 0
    # Scale words multiply: "21,5 nghìn tỷ đồng" is 21,5 × 1e3 × 1e9.
    while maybe and (scale := v.scale_words.starting(words)) and not v.not_scales.starting(words):
        f.scale *= v.scales[scale]
        pos += gap + len(scale)
        if f.value_max is None and f.denominator is None and (more := _compound(text, f, pos)):
            pos = more
        right = text[pos:pos + UNIT_REACH].lower()
        words = right.lstrip(" ")
        gap = len(right) - len(words)
    unit_word = v.unit_words.starting(words) if maybe else None
    if unit_word in v.year_words.words and f.scale != 1.0:
        unit_word = None  # "triệu năm" is no duration
    if unit_word and v.not_units.starting(words):
        unit_word = None  # "55 đồng chí" is no amount of đồng
    if unit_word and words[len(unit_word):len(unit_word) + 1] in ("/", ".") \
            and _unit_of_measure(text, f, pos + gap, words):
        return  # "1.420 m3/s": a discharge, not a volume; "1.362,4 triệu tấn.km": a turnover, no tonnes
    if unit_word in v.percent_words.words or unit_word in _SIGN_UNITS:
        f.unit, f.tail = str(v.units[unit_word]), pos + gap + len(unit_word)
        f.why["unit"] = unit_word
        if unit_word in _SIGN_UNITS:
            f.end = f.tail  # the sign belongs to the number expression, the word does not
        return
    if not unit_word and f.cell is None and (code := _currency_code_before(v, text, f.start)):
        f.unit, f.tail = v.currency_codes[code], pos  # "USD 812.5 million": the currency's code before the number
        f.why["unit"] = f"{code!r} before the number, on an English line"
        return
    if not unit_word and words[:1] in v.currency_heads and _money_in_a_currency(text, f, pos + gap, words):
        return  # "165.000 yên/tháng": a wage in a currency the vocabulary lacks, not a count per month
    if not unit_word and _unit_with_signs(text, f, pos + gap, words):
        return  # "24,8°C", "38,7 µg/m3": a level measured in a unit written with signs
    if not unit_word:
        f.unit = "count"
        f.counted, f.tail = counted(text, pos, f.cell.end if f.cell is not None else None)
        if not f.counted and f.cell is None:
            _level_before(text, f)
        if not f.counted and f.cell is None and f.scale == 1.0 and _unit_before_its_list(text, f):
            return  # "Tốc độ tăng GRDP 9 tháng (%): năm 2023 đạt 6,12; năm 2024 đạt 6,85"
        if not f.counted and f.scale >= MONEY_SCALE and f.cell is None \
                and (not text.startswith("/", f.tail)
                     or v.money_against.starting(text[f.tail + 1:f.tail + 1 + UNIT_REACH].lower())):
            # "thu được 3,85 tỷ đ, … riêng tiền sử dụng đất 1,5 tỷ.", "còn thiếu ~350tr": millions and billions
            # counting nothing are money, the đồng left out, and so against a plan ("4,87 tỷ/DT 5,2 tỷ")
            f.unit = "VND"
            f.why["unit"] = text[f.end:f.tail].strip() + " (money: nothing counted)"
            return
        if f.counted and text.startswith("/", f.tail) and v.durations.is_one(f.counted.lower()) \
                and (per := v.interval_per.starting(text[f.tail + 1:f.tail + 1 + UNIT_REACH].lower())):
            # "với tần suất 3 tháng/lần": the interval between times, counted "tháng/lần", no count per time
            f.counted, f.tail = f.counted + text[f.tail:f.tail + 1 + len(per)], f.tail + 1 + len(per)
        # "38 chuyến/ngày", "1,72 con/phụ nữ": a count per person or per time is a rate.
        if f.counted and _read_per(text, f, f.tail) and (head := v.rate_units.get(f.counted.lower())
                                                         or v.rate_units.get(f.counted.lower().split()[0])):
            # "251 kg/người/năm": a unit that only starts a rate; "30 kg gạo/nhân khẩu/tháng": the goods between
            f.unit, f.counted = head + f.unit.removeprefix("count"), None
        f.why["unit"] = text[f.end:f.tail].strip() or "no unit word: a count"
        return
    f.unit = str(v.units[unit_word])
    f.unit_word = unit_word
    f.tail = pos + gap + len(unit_word)
    if f.unit in _POINT_UNITS:
        return  # "giảm 2,23 điểm phần trăm/năm": points a year on average, as "%/năm" is a percent
    # "đồng/người/năm"; "46,5 tấn chất thải rắn/ngày" (the thing between unit and rate)
    if not _read_per(text, f, f.tail) and (gap_words := _WORDS_TO_SLASH.match(text, f.tail)):
        _read_per(text, f, gap_words.end())
    f.why["unit"] = text[f.end:f.tail].strip()


MONEY_SCALE: Final = 1e6  # triệu, tỷ: a scale this large with nothing counted is money

LEVEL_REACH: Final = 6  # "cấp " and a little: how far before a number the level word it counts stands


def _level_before(text: str, f: Figure) -> None:
    """ "gió mạnh cấp 7, giật cấp 9": a Beaufort level the exclusions kept as a figure counts its level word, which
    stands before the number, not after it: counted "cấp" as written (on a line of wind or a storm; "trung cấp
    640" counts people of a level of training)."""
    head = text[max(0, f.start - LEVEL_REACH):f.start]
    if (level := vocabulary().wind_levels.ending(head.lower().rstrip())) is not None \
            and on_a_winds_line(vocabulary(), text, f.start):
        at = len(head.rstrip()) - len(level)
        f.counted = head[at:at + len(level)]


LIST_UNIT_REACH: Final = 300  # characters back on the number's line to the label of the list it stands in
# A label's unit in brackets right before the colon that opens its list, on the number's line, no colon between.
_UNIT_BEFORE_A_LIST: Final = re.compile(r"\(([^()\d]{1,20})\)\s*:[^:\n]*\Z")


def _unit_before_its_list(text: str, f: Figure) -> bool:
    """ "Tốc độ tăng GRDP 9 tháng so với cùng kỳ (%): năm 2023 đạt 6,12; năm 2024 đạt 6,85": a bare number in the
    list after a label naming its unit in brackets before the colon takes that unit, as a table's row label gives
    its cells theirs; a unit of a count alone ("(người)") leaves it a count."""
    lo = max(0, f.start - LIST_UNIT_REACH)
    line = text[text.rfind("\n", lo, f.start) + 1 or lo:f.start]
    if ":" not in line or not (m := _UNIT_BEFORE_A_LIST.search(line)):
        return False  # the usual number: no list after a label with its unit
    probe = Figure(start=0, end=1, value=1.0)
    read_unit("1 " + m.group(1), probe, "")
    if probe.unit == "count":
        return False
    f.unit, f.scale, f.per = probe.unit, probe.scale, probe.per
    f.why["unit"] = f"the list's unit ({m.group(1)}) before its colon"
    return True


def _unit_of_measure(text: str, f: Figure, at: int, words: str) -> bool:
    """ "lưu lượng xả 1.420 m3/s": a unit of measure the vocabulary lacks that opens with one of its units and
    a slash is that other unit, the number a count of it as written (``words`` the lowercased text from ``at``)."""
    if not (measure := vocabulary().measure_units.starting(words)):
        return False
    f.unit, f.counted, f.tail = "count", text[at:at + len(measure)], at + len(measure)
    f.why["unit"] = f"{measure!r}: a unit of measure the vocabulary lacks"
    return True


_PER_WORD: Final = re.compile(r"/\s*(\w+)")  # "/tháng": the time a rate is per


def _money_in_a_currency(text: str, f: Figure, at: int, words: str) -> bool:
    """ "lương cơ bản 165.000 yên/tháng", "28.590 Đài tệ/tháng": money in a currency the vocabulary lacks, per a
    time, is an amount counted in that currency as written, its "/tháng" included, not a count per month
    (``words`` the lowercased text from ``at``)."""
    v = vocabulary()
    if not (currency := v.foreign_currencies.starting(words)) or not (m := _PER_WORD.match(words, len(currency))) \
            or v.per.get(m.group(1)) not in ("day", "month", "year"):
        return False
    f.unit, f.counted, f.tail = "count", text[at:at + m.end()], at + m.end()
    f.why["unit"] = f"{f.counted!r}: money in a currency the vocabulary lacks, per a time"
    return True


def _unit_with_signs(text: str, f: Figure, at: int, words: str) -> bool:
    """ "24,8°C", "38,7 µg/m3", "0,05 mg/l", "50 l/s": a unit of measure the vocabulary lacks written with a sign
    (a degree sign, a slash) that the noun reader stops at; the number is a level measured in it, a count of it as
    written, not a count of "µg" (``words`` the lowercased text from ``at``). Only words that open with a sign or
    hold a slash near their start are looked up."""
    if not words or (words[0].isalpha() and "/" not in words[:SIGN_UNIT_REACH] and "." not in words[:SIGN_UNIT_REACH]):
        return False  # (a dot: "1.048,6 triệu HK.km", a passengers' turnover)
    return _unit_of_measure(text, f, at, words)


def _compound(text: str, f: Figure, pos: int) -> int | None:
    """ "29 tỷ 850 triệu", "68 nghìn 500 tỷ", "2 triệu 850 nghìn": a second number and scale
    word after the first scale word make one amount; returns where its scale word ends."""
    v = vocabulary()
    if pos >= len(text) or text[pos] != " " or not (m := _COMPOUND.match(text, pos + 1)):
        return None
    rest = text[m.end():m.end() + UNIT_REACH].lower()
    gap = len(rest) - len(rest.lstrip(" "))
    if not gap or not (scale := v.scale_words.starting(rest[gap:])) or v.not_scales.starting(rest[gap:]):
        return None
    try:
        b = parse(m.group())
    except NumberError:
        return None
    first, second = f.scale, v.scales[scale]
    if first > second:  # "29 tỷ 850 triệu" = 29e9 + 850e6
        f.value = (f.value * first + b * second) / second
    else:  # "68 nghìn 500 tỷ" = 68.500 tỷ
        f.value = f.value * first + b
    f.scale, f.end = second, m.end()
    return m.end() + gap + len(scale)


def _per_past_the_item_priced(v: Vocabulary, low: str) -> re.Match[str] | None:
    """ "/vé/tháng" in "1.050.000 đồng/vé/tháng": the price of one pass per a time, the item priced (a ticket, a
    card) between; the per-time read past it, its match over ``low`` from the second "/" (None if not this
    shape)."""
    if not (item := v.priced_items.starting(low[1:])) or not low.startswith("/", 1 + len(item)):
        return None
    return v.per_pattern.match(low, 1 + len(item))


def _read_per(text: str, f: Figure, pos: int) -> bool:
    """A rate's "/người/năm" at ``pos``: append ``_per_…`` to the unit; True if read."""
    if not text.startswith("/", pos):  # the usual answer, without lowercasing a slice
        return False
    v = vocabulary()
    low = text[pos:pos + PER_REACH].lower()
    m = v.per_pattern.match(low) or _per_past_the_item_priced(v, low)
    if not m and (visit := _per_visitor(v, text, f, low)):
        f.unit += "_per_person"  # "chi tiêu bình quân của khách … 2,3 triệu đồng/lượt": per visitor
        f.tail, f.per = pos + 1 + len(visit), True
        return True
    if not m or _a_night_stay(v, text, f, m):
        return False
    names = sorted((str(v.per[p]) for p in m.groups() if p), key=lambda n: _PER_ORDER.get(n, 2))
    if f.unit == "times":  # "kiểm tra ít nhất 1 lần/năm": how often, a count of times in each
        f.unit = "count"
    f.unit += "".join(f"_per_{n}" for n in names)
    f.tail, f.per = pos + m.end(), True
    return True


MONEY_UNITS: Final = frozenset({"VND", "USD"})
def _a_night_stay(v: Vocabulary, text: str, f: Figure, m: re.Match[str]) -> bool:
    """ "Giá phòng … từ 1,2 - 3,5 triệu đồng/đêm": money per night or day (``m`` the per words read) in a sentence
    naming a room let, the price of one stay, no rate."""
    return f.unit in MONEY_UNITS and v.per.get(m.group(m.lastindex or 1)) == "day" \
        and v.night_stays.found(sentence_before(text, f.start)) is not None


def _per_visitor(v: Vocabulary, text: str, f: Figure, low: str) -> str | None:
    """ "Chi tiêu bình quân của khách lưu trú … 2,3 triệu đồng/lượt": money per visit (``low`` from the "/") when its
    sentence before the number names an average and visitors: what each visitor spends, as "đồng/lượt khách"; the
    visit's word, or None (a fare per ride, "7.000 đồng/lượt", is a plain price)."""
    if f.unit not in MONEY_UNITS or not (visit := v.per_visit.starting(low[1:])):
        return None  # the usual answer
    before = sentence_before(text, f.start)
    return visit if v.visitors.found(before) and v.average_per_time.found(before) else None


def _visitors_row_unit(cell: Cell, words: str,
                       unit: tuple[str, float, bool, str | None]) -> tuple[str, float, bool, str | None]:
    """ "Chi tiêu bình quân của khách lưu trú | Triệu đồng/lượt": a row's money per visit whose label names an average
    and visitors is per visitor, as in prose (see ``_per_visitor``); any other row's ``unit`` as it is."""
    name, scale, per, counted = unit
    if per or name not in MONEY_UNITS or cell.row is None or "/" not in words:
        return unit  # the usual answer
    v, label = vocabulary(), cell.row.label.lower()
    if v.per_visit.is_one(words.rpartition("/")[2].strip().lower()) and v.visitors.found(label) \
            and v.average_per_time.found(label):
        return f"{name}_per_person", scale, True, counted
    return unit


def _denominator(m: re.Match[str]) -> float | None:
    """The B of an A/B figure, the number ``m`` matched first, or None if it reads as no number."""
    try:
        return parse(m.group(1))
    except NumberError:
        return None


def _read_unit_fraction(text: str, f: Figure) -> None:
    """ "411,2 ha/448,7 ha": one A/B figure in a unit when the unit after B is A's and A <= B,
    spanning A's first digit to B's last."""
    m = _UNIT_FRACTION.match(text, f.tail)
    unit = text[f.end:f.tail].strip().lower()
    if m and unit and m.group(2).lower() == unit and (b := _denominator(m)) is not None and f.value <= b:
        f.denominator, f.end = b, m.end(1)


def _read_scaled_fraction(text: str, f: Figure) -> None:
    """ "189,4 tỷ đồng/318 tỷ đồng kế hoạch vốn": one A/B figure when B is written in A's unit with its scale
    word, every word of it again, and A <= B, spanning A's first digit to B's last; the denominator in the unit's
    scale, as A's value will be. A rate per a number of a unit ("12 triệu đồng/100 ha") writes no unit of A's."""
    if not (unit := text[f.end:f.tail].strip()):
        return
    m = re.compile(r"/(" + NUM + r")(?![\d/]) ?" + re.escape(unit) + r"(?!\w)", re.I).match(text, f.tail)
    if m and (b := _denominator(m)) is not None and f.value <= b:
        f.denominator, f.end = b * f.scale, m.end(1)


def _read_noun_fraction(text: str, f: Figure) -> None:
    """``20 chỉ tiêu/21 chỉ tiêu`` is one A/B figure when the nouns agree and A <= B."""
    m = _NOUN_FRACTION.match(text, f.tail)
    if not m or (b := _denominator(m)) is None:
        return
    noun_b = (m.group(2) or "").lower()
    assert f.counted is not None
    if f.value <= b and (not noun_b or noun_b.startswith(f.counted.lower().split(",")[0])):
        f.denominator, f.end = b, m.end(1)
