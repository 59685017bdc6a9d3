"""Tables in a text rendition: which cells hold figures, and what their columns say.

A table is rendered one row per line with its cells joined by `` | ``, header rows first
(DESIGN.md), or, pasted from a word processor as plain text, with its cells joined by
tabs; a table copied flat from a web page arrives one cell per line (the header
cells, then each row's cells); a PDF's text extracted with its layout kept sets its cells
in columns parted by runs of spaces, as on a monospaced page. Either way each cell gets its column's meaning: a row
number, the row's label, its unit, a note, or values whose role, qualifier, period and
base the column header states (``KH năm 2023``, ``Ước TH``, ``So sánh ƯTH/KH (%)``).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from typing import Final

from solieu.extract.figure import Figure
from solieu.extract.periods import (
    A_YEAR,
    CAPITALS_AND_A_YEAR,
    QUARTERS,
    cumulative_words,
    named_by_year,
    names_an_occasion,
    opens_with_an_occasion,
)
from solieu.extract.vocabulary import DAY, Vocabulary, Words, alternation, vocabulary
from solieu.numbers import ENGLISH_ONLY, VIETNAMESE_ONLY

SEPARATOR: Final = " | "
MIN_CELLS: Final = 3  # a line with fewer cells is prose that happens to hold a "|"
TAB: Final = "\t"  # a word processor's table pasted as plain text: its cells joined by tabs
FLAT_CELL_MAX: Final = 60  # a header cell of a flattened table is a short line
FLAT_HEADERS_MIN: Final = 3
FLAT_PARTED_CELL_MAX: Final = 120  # a cell of a table flattened one cell per paragraph: a row's label at the longest
FLAT_PLAIN_REACH: Final = 14  # a flattened table's header naming no table word: its lines and the first label
UNIT_LINE_REACH: Final = 4  # lines above a table where "Đơn vị: …" applies to it
TITLE_MAX: Final = 160  # a table's title line is at most this long
NOTE_REACH: Final = 2  # lines under a table where its note may stand (after a blank line)
NOTE_BLANKS: Final = 3  # blank lines before it where a page's text has a blank line after each line
SPACED_GAP: Final = "  "  # a page's text kept in its layout parts a table's cells by runs of spaces
SPACED_HEADER_REACH: Final = 3  # header lines over a table laid out by spaces

# A cell of a line laid out by spaces: words parted by single spaces.
_SPACED_CELL: Final = re.compile(r"\S+(?: \S+)*")
_ROW_ENDS: Final = frozenset("0123456789-–%")  # a row laid out by spaces ends in a number or a dash
_ROW_NUMBER_CELL: Final = re.compile(r"\d{1,3}\.?|[IVX]{1,5}\.?")  # "2", "2.", "II": a row's number
# No digit before: the look-behind after the literals is faster.
_YEAR: Final = re.compile(r"(19|20)(?<!\d\d\d)\d\d(?!\d)")
# A number, a range ("52 - 53") or an attainment ("109/111"), maybe signed or in %.
_NUMERIC_CELL: Final = re.compile(r"^[<>≤≥~]?\s*[-−]?\d[\d.,]*(?:\s*[-–/]\s*\d[\d.,]*)?\s*[%‰]?$")
_DAY: Final = re.compile(DAY)
_SIGNED_CELL: Final = re.compile(r"^[-−+]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$")  # "6,80", "-8,10": one number, maybe signed
_A_NUMBER: Final = re.compile(r"(?:^|\s)\d")  # a number standing alone, not the "2" of "m2"
_DIGIT: Final = re.compile(r"\d")
_GRID_BORDER: Final = re.compile(r" *\+(?:[-=:]{3,}\+){2,} *")  # "+-----+-----+", "+=====+=====+"
_DASH_GROUPS: Final = re.compile(r" *-{2,}(?: +-{2,})+ *")  # "  ----  --------  ------"
_MARKDOWN_RULE: Final = re.compile(r" *\|? *:?-{3,}:? *(?:\| *:?-{3,}:? *)+\|? *")  # "|---|:---:|"
_BRACKET_UNIT: Final = re.compile(r"\(([^()]{1,25})\)\s*$")
_TITLE_NUMBER: Final = re.compile(r"\s*(?:\d+|[IVX]+)\b")  # "Bảng 1.", "Biểu số 02:", "Phụ lục II": a table's number
_GROUP_NUMBER: Final = re.compile(r"[IVX]{1,5}\.?")  # "II": a row group's number, over sub-rows numbered "1", "2"
_INDEX_BASE: Final = re.compile(r"\(\s*([^()=]{1,25}?)\s*=\s*100\s*\)")  # "(Năm trước = 100)"
# A power of ten written as a number before the unit words ("ĐVT: 1.000 đồng"): a scale, as "nghìn".
# A comparison's header over a column's own cell, joined: the unit closing the comparison, then the cell's words.
_UNDER_A_COMPARISON: Final = re.compile(r"\(%\)\s*(\S.*)$")
_SCALE_NUMBER: Final = re.compile(r"1((?:\.000)+|(?:000)+)\s*(?=[^\W\d])")  # "1.000 đồng", "1000đ"
# A cell of a column-key row: a letter ("A", "B") or a column number, maybe with the formula
# that makes the column ("3=2-1", "4=2/1", "(5)=(3)/(1)").
_KEY_CELL: Final = re.compile(r"^(?:[A-Z]|\(?(\d{1,2})\)?(?:\s*=\s*[\d()\s+\-−*/x×:.]+)?)$")
# "2012/2011" under "So sánh (%)" in a header's second row: the years a column compares, no cell's value
_YEARS_COMPARED: Final = re.compile(r"(?:19|20)\d\d\s*/\s*(?:19|20)\d\d")
_SCHOOL_YEAR: Final = re.compile(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")  # "2023-2024" after the "/"
# "tháng 10/2024", "Quý I/2025": a month or a quarter of a year, lowercased.
_MONTH_OF_YEAR: Final = re.compile(r"(?:(?<!\d)(?:0?[1-9]|1[0-2])|(?<!\w)(?:iv|i{1,3}))/(?:19|20)\d\d(?!\d)")
POINT_UNITS: Final = ("percentage_point", "per_mille_point")  # a header naming these counts a rate's moves
_FORMULA: Final = re.compile(r"^\(?\d{1,2}\)?\s*=\s*\(?(\d{1,2})\)?\s*([-−/:])\s*\(?(\d{1,2})\)?$")
_MONTHS_FROM_START: Final = {3: "-Q1", 6: "-H1"}  # months counted from a year's start that have a code


@dataclass(slots=True)
class Column:
    """What a column's header says about its cells."""

    what: str  # row_number, label, unit, note, name (a code), value, header, deadline, prose
    role: str = "actual"
    qualifier: str = "exact"
    period: str | None = None
    kind: str | None = None  # plan_ratio or growth for a comparison column
    base: str | None = None
    header: str = ""
    pair: bool = False  # a comparison that names both columns ("ƯTH/KH")
    of_previous: bool = False  # the value column before it as a percent of the plan ("Tỷ lệ (%)")
    unit: str | None = None  # the unit its header names ("Lúa bị ngập (ha)"), for rows naming none
    running: bool = False  # its period counts months from the year's start ("9 tháng 2024"): no code
    named: bool = True  # a comparison's header names the column it compares ("ƯTH/KH", not "So với KH")
    # The part of an unnamed year its header names: "Q1" for "Quý I", "" for "Ước cả năm" beside
    # quarters; the table's title or the report names the year (see ``_quarters_of_a_year``).
    of_year: str | None = None
    # A plain value column whose header, like the table's title, names no time: its cells are of the
    # heading's period, as a sentence's figures are ("Tổng số" under "I. KẾT QUẢ … NĂM 2024").
    headed: bool = False
    # Its header names no period, role nor comparison ("Đất nông nghiệp chuyển sang phi nông nghiệp"):
    # under a heading of targets its cells are targets, as the section's sentences are.
    plain: bool = False
    # A fraction was read in this column under a score's header ("Điểm chuẩn 2024 | 26,5"): its whole
    # numbers below ("19") are scores too, set as the cells are read.
    scores: bool = False
    average: bool = False  # a growth column of the yearly average over the year columns' span ("Tăng BQ")
    # A plain value column of a table whose rows are months ("Tháng 1 | 312,5"): its cell is of the
    # row's month; not a running total ("Lũy kế từ đầu năm"), which counts from the year's start.
    of_row_month: bool = False
    # A value column of no period but its table's year, no running total: a row labelled with a part of
    # that year ("Quý I/2024 | 2.790.000 | 124,1") holds that part's level, or its comparison.
    of_row_period: bool = False
    # Its header names a unit while a value column beside it names none ("Lượng | Trị giá (nghìn USD)"
    # beside a "ĐVT" column or under row labels naming a unit): the row's unit is the unnamed column's,
    # its own unit stays the header's.
    over_row_unit: bool = False
    # A proposal's adjustment of a plan ("Điều chỉnh tăng (+), giảm (-)"): of the table title's period.
    adjusts: bool = False
    # A comparison column after it compares it with an earlier year's column ("Năm 2018 | Năm 2019 | Tăng, giảm (%)"):
    # a level measured against the one before, a result, even on a page of its year's first months.
    measured: bool = False
    # A change in the things the column before the last counts, read already (see _changes_in_counted_things).
    counted_change: bool = False
    # Years before the one its period names: 1 for a balance at the year's start ("Số đầu năm"), the end of
    # the year before (see _year_balance).
    years_back: int = 0
    # A change of the plain column before it ("Lượng hàng dự trữ | Tăng/giảm so với Tết 2024 (%)"): under a
    # heading of targets its cells are targets too, as that column's are.
    of_plain: bool = False
    # A chart's year before the year of a target beside it ("2024 | 2025 (ƯTH) | 2026 (DT)"): under a heading of
    # targets, the targets' baseline, background.
    baseline: bool = False
    # a forecast column ("Dự kiến năm 2015") in a table with no target column: of a later year, the office's own aim
    # a criterion's requirement ("Chỉ tiêu chung"): of no period, whatever year the title names
    standard: bool = False
    foreseen: bool = False
    # Its table was pasted from a spreadsheet set to an English locale ("1,178.50", "62.5"): its cells read
    # "," as grouping and "." as the decimal mark (see ``_english_cells``).
    english: bool = False

    @property
    def in_percent(self) -> bool:
        """A ratio, share or growth column is in % whatever its row's unit; a difference is not."""
        return self.kind in ("plan_ratio", "growth", "share")


@dataclass(slots=True)
class Row:
    label: str
    unit: str | None  # the unit words of the row ("Tỷ đồng", "%")
    subject: str
    line: tuple[int, int]
    own_unit: bool = False  # the unit is the row's own (its label or ĐVT cell), not the unit line's
    month: int | None = None  # a row labelled with a month of no year ("Tháng 3"): the report's year's
    estimated: bool = False  # a label marked as an estimate ("Tháng 10 (ước)"): its cells are estimates
    period: str | None = None  # a row labelled with a part of a year alone ("Quý I/2024"): its code
    # A row of a table with a row per year ("2020 | 838,6 | 1,35" under "Năm | Dân số trung bình (nghìn người)
    # | …"): its label is its year, each cell's subject its column's header.
    of_a_year: bool = False
    # the row's cells a legend's mark makes estimates ("9.860*" under "(*) Số ước thực hiện …"), and the comparisons
    # of their period in the row
    marked: tuple[Column, ...] = ()

    def subject_of(self, column: Column) -> str:
        """The subject of the row's cell in ``column``: the row's, or in a row per year the column header's
        words before its unit ("Dân số trung bình" of "Dân số trung bình (nghìn người)")."""
        if not self.of_a_year:
            return self.subject
        return _BRACKET_UNIT.sub("", column.header).strip() or self.subject


@dataclass(slots=True)
class Cell:
    start: int
    end: int
    column: Column
    row: Row | None  # None in a header row

    @property
    def unit_words(self) -> tuple[str | None, bool]:
        """The unit a bare number in the cell takes, and whether its column names it: % in a
        comparison column, else the row's own unit, else the one its column header names,
        else the table's unit line."""
        if self.column.in_percent:
            # "Tỷ lệ tăng tự nhiên (‰)": a growth column in per mille keeps it
            return ("‰" if self.column.unit == "‰" else "%"), True
        assert self.row is not None
        if self.column.unit and (not self.row.own_unit or self.column.over_row_unit or self.column.unit == "%"
                                 or unit_of(self.row.unit)[0] == "count" != unit_of(self.column.unit)[0]):
            # "Chỉ tiêu giao (%)" beside "II | Về tiền (nghìn đồng)": a percent header keeps its cells in %; "Giá vé
            # (đồng/vé)" beside "Khán đài A (khu vực VIP)": a unit of measure over a row's mere noun
            return self.column.unit, True
        return self.row.unit, False


@dataclass
class Layout:
    """Every table cell of a text, by offset."""

    cells: list[Cell] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def cell_at(self, pos: int) -> Cell | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.cells[i].end:
            return self.cells[i]
        return None


@lru_cache(maxsize=1)
def layout(text: str) -> Layout:
    """The table cells of ``text``: piped rows and flattened one-cell-per-line tables (the last
    text's, kept: the reading of a section's start asks again after the scan)."""
    out = Layout()
    lines = _lines(text)
    if SEPARATOR in text or TAB in text:
        _piped(text, out, lines)
    _flattened(text, out, lines)
    _one_spaced(text, out, lines)
    if SPACED_GAP in text:
        _spaced(text, out, lines)
        _charts(text, out, lines)
    out.cells.sort(key=lambda c: c.start)
    out.starts = [c.start for c in out.cells]
    return out


# ---------------------------------------------------------------------------- reading


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def cell_count(text: str, start: int, end: int) -> int:
    """How many cells the line holds: its parts between `` | ``, or, in a line with no such
    separator, between tabs ("1\tTổng giá trị sản xuất\tTỷ đồng\t1.250\t1.286,4", a word
    processor's table pasted as plain text). A line of prose has one part, or two with a stray tab."""
    bars = text.count(SEPARATOR, start, end)
    if bars:
        return bars + 1
    return text.count(TAB, start, end) + 1


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a piped line, as stripped (start, end) spans. An empty cell may come
    with one space between its bars ("21.870 | | 22.540", as PDF converters write it).
    A line with no `` | `` but tabs ("2\tTốc độ tăng trưởng\t%\t8,5\t8,8\t") is split at its tabs:
    a tab at the end leaves an empty last cell, two tabs in a row an empty cell between.
    A Markdown row's border bars (`| 1 | Tổng thu | Tỷ đồng | 1.245 |`) are no cells."""
    start, end = _inside_borders(text, start, end)
    tabbed = text.find(TAB, start, end) >= 0 and text.find(SEPARATOR, start, end) < 0
    if tabbed or text.count("|", start, end) == text.count(SEPARATOR, start, end):
        # Tabs, or no bar but the separators' (the usual line): no empty cell to read between
        # bars, each cell is its part stripped, as below.
        sep = TAB if tabbed else SEPARATOR
        cells, pos = [], start
        for part in text[start:end].split(sep):
            lead = len(part) - len(part.lstrip())
            a = pos + lead if lead < len(part) else pos + len(part)
            cells.append((a, max(a, pos + len(part.rstrip()))))
            pos += len(part) + len(sep)
        return cells
    cells, pos = [], start
    while True:
        cut = text.find(SEPARATOR, pos, end)
        stop = cut if cut >= 0 else end
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        while a < b and text[a] == "|" and (a + 1 == b or text[a + 1].isspace()):
            cells.append((a, a))  # "| |": the cell before this bar is empty
            a += 1
            while a < b and text[a].isspace():
                a += 1
        if b == end and b > a and text[b - 1] == "|" and text[b - 2:b - 1].isspace():
            b -= 1  # "… | 6,5 | |": an empty last cell
            while b > a and text[b - 1].isspace():
                b -= 1
            cells.append((a, b))
            cells.append((end, end))
            return cells
        cells.append((a, b))
        if cut < 0:
            return cells
        pos = cut + len(SEPARATOR)


def _inside_borders(text: str, start: int, end: int) -> tuple[int, int]:
    """A Markdown row (`| TT | Chỉ tiêu | … |`: a bar at the line's start and at its end) without
    its border bars; a rendition's row opens with a space before an empty first cell (` | | …`)."""
    if text[start:start + 1] == "|":
        last = end
        while last > start + 1 and text[last - 1] == " ":
            last -= 1
        if text[last - 1] == "|":
            return start + 1, last - 1
    return start, end


def markdown_rule(text: str, start: int, end: int) -> bool:
    """`|---|:---:|---:|`: the line of a Markdown table between its header and its rows."""
    return text.find("---", start, end) >= 0 and _MARKDOWN_RULE.fullmatch(text, start, end) is not None


def grid_border(text: str, start: int, end: int) -> bool:
    """`+------+------+` (or `+======+` under the header): a border line of a grid table, as
    converters write a table whose cells hold several lines; no row of its own."""
    return text.find("+", start, min(end, start + 8)) >= 0 and _GRID_BORDER.fullmatch(text, start, end) is not None


_Grid = tuple[list[list[tuple[int, int]]], list[list[str]], list[list[tuple[int, int, int]]], int | None, int]


def _grid(text: str, lines: list[tuple[int, int]], i: int) -> _Grid:
    """The rows of a grid table from its line ``i`` on, each the lines between two border lines
    read as one row, its cells' lines joined (the one under `+====+` ends its header)::

        +-----------------------+-------------+
        | Nội dung              | Ước thực    |
        |                       | hiện 2025   |
        +=======================+=============+
        | Chi tạo nguồn cải     | 1.395.000   |
        | cách tiền lương       |             |
        +-----------------------+-------------+

    Each row's span per column is its first line's holding words there; its other lines' spans
    (column, start, end) are given apart. Returns the rows' spans, texts, other spans, the header's
    row count (if a `+====+` line says it) and the line after the table."""
    block: list[list[tuple[int, int]]] = []
    rows: list[list[str]] = []
    wrapped: list[list[tuple[int, int, int]]] = []
    header_rows = None
    parts: list[list[tuple[int, int]]] = []
    while i < len(lines):
        s, e = lines[i]
        if grid_border(text, s, e):
            if parts:
                width = max(len(p) for p in parts)
                spans, texts, more = [], [], []
                for n in range(width):
                    have = [p[n] for p in parts if n < len(p) and p[n][0] < p[n][1]]
                    spans.append(have[0] if have else parts[0][n] if n < len(parts[0]) else (e, e))
                    texts.append(" ".join(text[a:b] for a, b in have))
                    more += [(n, a, b) for a, b in have[1:]]
                block.append(spans)
                rows.append(texts)
                wrapped.append(more)
                parts = []
            if text.find("=", s, e) >= 0 and header_rows is None:
                header_rows = len(block)
        elif cell_count(text, s, e) >= MIN_CELLS:
            parts.append(_split(text, s, e))
        elif not _blank_inside_a_grid(text, lines, i):
            break
        i += 1
    return block, rows, wrapped, header_rows, i


def _blank_inside_a_grid(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line ``i`` is blank between two lines of one grid table (a page that leaves a blank line after every line):
    a row's line on one side, a row's or a border's on the other; a blank line between two borders parts two
    tables."""
    if lines[i][0] != lines[i][1] or not 0 < i < len(lines) - 1:
        return False
    above, below = lines[i - 1], lines[i + 1]
    rows = (cell_count(text, *above) >= MIN_CELLS and not grid_border(text, *above),
            cell_count(text, *below) >= MIN_CELLS and not grid_border(text, *below))
    return any(rows) and all(r or grid_border(text, *line) for r, line in zip(rows, (above, below), strict=True))


def _grid_top(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """The border line over line ``i``, a grid table's first row, maybe past a blank line (see above), or None."""
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        if grid_border(text, *lines[k]):
            return k
        if lines[k][0] != lines[k][1]:
            return None
    return None


PAIR_ROWS: Final = 3  # a table of two columns has at least this many rows under its header


def _pair_tables(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines of tables of two columns, a label and a number (a chart's numbers by category, "Dịch vụ | 30,6"):
    a header of two cells over at least PAIR_ROWS rows of two cells each, every row's second cell a bare number; a
    line of two cells elsewhere is prose holding a "|"."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        if cell_count(text, *lines[i]) != 2 or text.count(TAB, *lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and cell_count(text, *lines[j]) == 2 and not text.count(TAB, *lines[j]) \
                and _NUMERIC_CELL.match(text[slice(*_split(text, *lines[j])[-1])]):
            j += 1
        header = [text[a:b] for a, b in _split(text, *lines[i])]
        if j - i - 1 >= PAIR_ROWS and not _NUMERIC_CELL.match(header[-1]):
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def _is_value_text(cell: str) -> bool:
    return bool(_NUMERIC_CELL.match(cell)) or cell in ("-", "", "–")


def _holds_a_value(cell: str) -> bool:
    """A cell holding a number, not a year nor the years a column compares ("2023", "2012/2011" in a header)."""
    return bool(_NUMERIC_CELL.match(cell)) and not _YEAR.fullmatch(cell.strip()) \
        and not _YEARS_COMPARED.fullmatch(cell.strip())


def _blank_inside(text: str, lines: list[tuple[int, int]], i: int, block: list[list[tuple[int, int]]]) -> bool:
    """Line ``i`` is blank inside a table, as a page that leaves a blank line after every line or paragraph lays its
    rows apart: the same table goes on in a row of as many cells below, under its header (no value in it yet: the
    header's own two rows are kept together), or under rows with values when that row repeats no header
    ("7 | Thu ngân sách … | 112,1" / "" / "II | Xã hội |  |  |  |  |")."""
    if not block or lines[i][0] != lines[i][1] or i + 1 >= len(lines) \
            or cell_count(text, *lines[i + 1]) != len(block[-1]):
        return False  # the usual line: no table above, not blank, or no row of as many cells below
    if not any(_holds_a_value(text[a:b]) for row in block for a, b in row[1:]):
        return True  # between a header and its first row
    if len(block) < 2 or not any(_holds_a_value(text[a:b]) for a, b in block[-1][1:]):
        return False
    cells = _split(text, *lines[i + 1])
    return bool(cells) and text[slice(*cells[0])] != text[slice(*block[0][0])]


def _piped(text: str, out: Layout, lines: list[tuple[int, int]]) -> None:
    # The unit line and title period of each header seen, for the same table after a page break.
    units: dict[str, tuple[str | None, str | None, bool]] = {}
    pairs, marks = _pair_tables(text, lines), estimate_marks(text)

    def cells_enough(k: int) -> bool:
        return cell_count(text, *lines[k]) >= MIN_CELLS or k in pairs

    i = 0
    while i < len(lines):
        if not cells_enough(i):
            i += 1
            continue
        s, e = lines[i]
        top = s  # where the table's first line starts (a Markdown row's first cell after its bar)
        block: list[list[tuple[int, int]]] = []
        header_rows = None  # a Markdown table says how many: the rows above its rule line
        if (border := _grid_top(text, lines, i)) is not None:
            top = lines[border][0]
            block, rows, wrapped, header_rows, i = _grid(text, lines, i)
            unit_line, title = _unit_line(text, lines, top), _title_period(text, lines, top)
            if len(block) > 1:
                if header_rows == 1 and len(rows) > 2 and _header_repeated_below(rows[0], rows[1]):
                    header_rows = 2
                while header_rows is not None and header_rows < len(rows) and _is_key_row(rows[header_rows]):
                    header_rows += 1  # "| A | 1 | 2 | 4=3/2 |" under the "+====+" line: the columns' keys
                if header_rows is not None and not 0 < header_rows < len(block):
                    header_rows = None
                _table(out, block, rows, unit_line, header_rows=header_rows, title_period=title,
                       given=_title_of_given_targets(text, lines, top),
                       note=_note_under(text, lines, i), wrapped=wrapped)
            continue
        while i < len(lines) and (cells_enough(i)
                                  or len(block) > 1 and _group_line(text, lines, i, len(block[-1]))
                                  or block and header_rows is None and markdown_rule(text, *lines[i])
                                  or _blank_inside(text, lines, i, block)):
            if block and header_rows is None and markdown_rule(text, *lines[i]):
                header_rows = len(block)
            elif lines[i][0] < lines[i][1]:
                block.append([(a, b) for a, b in _split(text, *lines[i])])
            i += 1
        rows = [[text[a:b] for a, b in r] for r in block]
        # A table carried over a page break repeats its header but not the unit line and title above it.
        head = " | ".join(c.strip() for c in rows[0])
        unit_line, title = _unit_line(text, lines, top), _title_period(text, lines, top)
        given = _title_of_given_targets(text, lines, top)
        if unit_line is None and title is None and head in units:
            unit_line, title, given = units[head]
        units[head] = unit_line, title, given
        if header_rows == 1 and len(rows) > 2 and _header_repeated_below(rows[0], rows[1]):
            header_rows = 2
        if header_rows is not None and not 0 < header_rows < len(block):
            header_rows = None  # a rule line over no header or under every row: found as usual
        note = _note_under_its_last_part(text, lines, i, head) or _estimate_note_before(text, lines, top) \
            or _estimate_in_a_preface(text, top)
        if inside := _note_rows(rows):
            note = f"{note}; {inside}" if note else inside
        if title is not None and (estimate := _estimate_in_title(text, lines, top)):
            note = f"{note}; {estimate}" if note else estimate
        _table(out, block, rows, unit_line, header_rows=header_rows, title_period=title, given=given,
               note=note, index=_index_line(text, lines, top), marks=marks)


@lru_cache(maxsize=1)
def _chart_label() -> re.Pattern[str]:
    """A chart's category label in its data exported as text: a year or a quarter of one, maybe marked by a
    note's "*" or naming its role in brackets ("2025*", "2025 (ƯTH)", "2026 (DT)", "Quý III/2025*")."""
    quarter = alternation(vocabulary().raw["periods"]["quarter"])
    return re.compile(rf"(?:(?:{quarter})\s*(?:iv|i{{1,3}}|[1-4])\s*/\s*)?(?:19|20)\d\d(?!\d)\s*\*?"
                      r"(?:\s*\([^()\d]{1,12}\))?", re.I)


CHART_NOTE_REACH: Final = 3  # lines under a chart's values where its "(*) …" note may stand


def _charts(text: str, out: Layout, lines: list[tuple[int, int]]) -> None:
    """A chart's data as a slide deck's text export writes it (and the PDF rendition a bar chart's), its category
    labels (years, quarters) on one line over its values on the next, both parted by runs of spaces, right under
    the chart's title that names the unit in its closing bracket:

        TĂNG TRƯỞNG GRDP GIAI ĐOẠN 2021 - 2025 (%)
        2021    2022    2023    2024    2025*
        6,1    6,9    7,4    7,9    8,62
        (*) Số ước thực hiện

    A table of one row, the title's, with a column per label read as a header cell: each value of its year, in the
    title's unit; a label marked "*" over a note "(*) …" naming an estimate marks its value estimated."""
    t = vocabulary().tables
    taken = {c.start for c in out.cells}
    for i in range(1, len(lines) - 1):
        s, e = lines[i]
        if text.find(SPACED_GAP, s, e) < 0 or not _chart_label().match(text, s):
            continue  # the usual line
        heads: list[tuple[int, int]] = []
        for a, b in _spaced_cells(text, s, e):
            if heads and text[a] == "(":
                a = heads.pop()[0]  # "2025  (ƯTH)": a label's bracket set apart by a doubled space
            heads.append((a, b))
        values = _spaced_cells(text, *lines[i + 1])
        if len(heads) < 2 or len(values) != len(heads) or any(a in taken for a, _ in values) \
                or not all(_chart_label().fullmatch(text[a:b]) for a, b in heads) \
                or not all(_SIGNED_CELL.match(text[a:b]) for a, b in values):
            continue
        k = i - 1
        while k > 0 and not text[slice(*lines[k])].strip():
            k -= 1  # a blank line after every line, as a page exported a line to a paragraph
        title = text[slice(*lines[k])].strip()
        if not (m := _BRACKET_UNIT.search(title)) or _DIGIT.search(m.group(1)):
            continue  # a chart's title names its unit
        noted = any(text[slice(*lines[k])].strip().startswith("(*)")
                    and t.estimated.found(text[slice(*lines[k])].lower())
                    for k in range(i + 2, min(len(lines), i + 2 + CHART_NOTE_REACH)))
        label = title[:m.start()].strip()
        row = Row(label, m.group(1).strip(), label, (lines[i + 1][0], lines[i + 1][1]), own_unit=True)
        header = Column("header")
        charted = []
        for (a, b), (va, vb) in zip(heads, values, strict=True):
            name = text[a:b]
            c = _column(name.replace("*", " "), t)
            c.unit = None
            if noted and "*" in name and c.role == "actual":
                c.qualifier = "estimated"
            out.cells += [Cell(a, b, header, None), Cell(va, vb, c, row)]
            charted.append(c)
        _baseline_years(charted)


def _baseline_years(columns: list[Column]) -> None:
    """ "2024 | 2025 (ƯTH) | 2026 (DT)": the chart's years before the latest year of a target among them."""
    plans = [int(c.period) for c in columns if c.role == "plan" and c.period and c.period.isdigit()]
    for c in columns:
        year = c.period if c.period and c.period.isdigit() else None
        c.baseline = bool(plans) and c.role == "actual" and year is not None and int(year) < max(plans)


def _spaced_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line laid out by spaces: its runs of words parted by single spaces, as
    (start, end) spans; none in a line of a piped or tabbed table's, read as such."""
    if text.find("|", start, end) >= 0 or text.find(TAB, start, end) >= 0:
        return []
    return [m.span() for m in _SPACED_CELL.finditer(text, start, end)]


def _spaced_label_at(text: str, cells: list[tuple[int, int]]) -> int | None:
    """ "Kim ngạch xuất khẩu      Triệu USD      1.092,4    3.126,5", "2   Kim ngạch xuất khẩu   Triệu USD
    1.092,4   3.126,5": a row of a table laid out by spaces: a label of words, maybe after its number,
    then at least two cells, the last two numbers (or a dash); where its label stands, or None."""
    if len(cells) < MIN_CELLS or not all(_NUMERIC_CELL.match(text[a:b]) or text[a:b] in ("-", "–")
                                         for a, b in cells[-2:]):
        return None
    if not _is_value_text(text[slice(*cells[0])]):
        return 0
    if len(cells) > MIN_CELLS and (_ROW_NUMBER_CELL.fullmatch(text[slice(*cells[0])])
                                   and not _is_value_text(text[slice(*cells[1])])):
        return 1
    return None


def _spaced(text: str, out: Layout, lines: list[tuple[int, int]]) -> None:
    """A table in a page's text kept in its layout (as a PDF's text extracted with its layout
    gives it), its cells parted by runs of spaces alone:

        Chỉ tiêu                  ĐVT        Quý III    9 tháng
                                             năm 2025   năm 2025
        Kim ngạch xuất khẩu       Triệu USD    1.092,4    3.126,5
        Vốn đầu tư thực hiện từ   Tỷ đồng        2.154      5.318
          nguồn ngân sách

    Its columns are where its rows' cells stand, as on a monospaced page; a header cell (over
    one or more lines) is the column's it stands over; an indented line of words alone under a
    row carries on its label. A paragraph with an odd double space is no such row: a row ends
    in two numbers, its cells stand in the columns of the rows around it, and a header heads it."""
    for rows, tails, columns, header in _spaced_blocks(text, lines):
        _spaced_table(text, out, lines, rows, tails, columns, header)


_SpacedBlock = tuple[list[tuple[int, list[tuple[int, int]]]], list[list[tuple[int, int]]], list[tuple[int, int]],
                     list[list[list[tuple[int, int]]]]]


def _spaced_blocks(text: str, lines: list[tuple[int, int]]) -> Iterator[_SpacedBlock]:
    """The tables laid out by spaces in ``text``: each one's rows (line number, cells), the lines
    carrying on each row's label, its columns and its header lines (see :func:`_spaced`)."""
    i = 0
    while i < len(lines):
        s, e = lines[i]
        # The usual line: no two spaces in a row, or no number (or dash) ending it.
        if text.find(SPACED_GAP, s, e) < 0 or text[s:e].rstrip()[-1:] not in _ROW_ENDS \
                or (at := _spaced_label_at(text, first := _spaced_cells(text, s, e))) is None:
            i += 1
            continue
        rows: list[tuple[int, list[tuple[int, int]]]] = [(i, first)]
        tails: list[list[tuple[int, int]]] = [[]]  # the lines carrying on each row's label
        j = i + 1
        while j < len(lines):
            cells = _spaced_cells(text, *lines[j])
            if _spaced_label_at(text, cells) == at:
                rows.append((j, cells))
                tails.append([])
            elif len(cells) == 1 and (cells[0][0] > lines[j][0] or text[cells[0][0]].islower()) \
                    and cells[0][1] - lines[j][0] < rows[-1][1][at + 1][0] - lines[rows[-1][0]][0]:
                # "  sánh 2010)": indented or going on in lower case, ending before the row's cell after its label
                tails[-1].append(cells[0])
            elif not cells and j + 1 < len(lines) \
                    and _spaced_label_at(text, _spaced_cells(text, *lines[j + 1])) == at:
                pass  # a blank line between two rows, as a taller row leaves on the page
            elif (squeezed := _squeezed_row(text, lines, j, rows, at)) is not None:
                rows.append((j, squeezed))
                tails.append([])
            else:
                break
            j += 1
        spread = [(k, r) for k, r in rows if not _squeezed(text, lines[k])]
        columns = _spaced_columns([[(a - lines[k][0], b - lines[k][0]) for a, b in r] for k, r in spread]) \
            if len(spread) >= 2 else []
        header = _spaced_header(text, lines, i, columns, at) if columns else []
        if not header:
            i += 1
            continue
        yield rows, tails, columns, header
        i = j


def _squeezed(text: str, line: tuple[int, int]) -> bool:
    """A row of a table laid out by spaces whose runs of spaces a scan's text layer lost: no run on its line."""
    return text.find(SPACED_GAP, *line) < 0


def _squeezed_row(text: str, lines: list[tuple[int, int]], j: int, rows: list[tuple[int, list[tuple[int, int]]]],
                  at: int) -> list[tuple[int, int]] | None:
    """ "4 Thu nhập bình quân đầu người Triệu đồng/người/năm 67 68,5 102,2" among rows laid out by spaces: a row
    whose runs of spaces a scan's text layer read as single spaces, its cells (maybe its number, its label, its unit
    if the rows have a unit's cell, a number for each value cell of the widest row) split as the widest row's;
    the number it opens with the one after the row above's, or a row of the table after it. None if it is no such
    row: its words or its numbers do not fill the widest row's cells, or it names no unit where they do."""
    s, e = lines[j]
    if not _squeezed(text, (s, e)):
        return None
    widest = max((c for k, c in rows if not _squeezed(text, lines[k])), key=len)
    first = next((n for n in range(at + 1, len(widest)) if _is_value_text(text[slice(*widest[n])])), None)
    if first is None or first - at > 2:
        return None  # the usual answer: no value after the label and a unit
    tokens = [m.span() for m in re.finditer(r"\S+", text[s:e])]
    tokens = [(s + a, s + b) for a, b in tokens]
    values = len(widest) - first
    if len(tokens) < at + 1 + values or not all(_NUMERIC_CELL.match(text[a:b]) for a, b in tokens[-values:]) \
            or _NUMERIC_CELL.match(text[slice(*tokens[-values - 1])]):
        return None
    words = tokens[at:len(tokens) - values]
    opened = text[slice(*tokens[0])] if at else ""
    above = text[slice(*rows[-1][1][0])] if at else ""
    if at and not (_ROW_NUMBER_CELL.fullmatch(opened) and above.rstrip(".").isdigit()
                   and opened.rstrip(".").isdigit() and int(opened.rstrip(".")) == int(above.rstrip(".")) + 1) \
            and not (j + 1 < len(lines) and _spaced_label_at(text, _spaced_cells(text, *lines[j + 1])) == at):
        return None
    head = [tokens[0]] if at else []
    if first - at == 1:
        return [*head, (words[0][0], words[-1][1]), *tokens[-values:]]
    unit = next((n for n in range(1, len(words))
                 if _unit_cell().fullmatch(text[words[n][0]:words[-1][1]].lower())), None)
    if unit is None:
        return None
    return [*head, (words[0][0], words[unit - 1][1]), (words[unit][0], words[-1][1]), *tokens[-values:]]


@lru_cache(maxsize=1)
def _unit_cell() -> re.Pattern[str]:
    """A unit's cell, lowercased: maybe a scale word, a unit, maybe per what ("triệu đồng/người/năm", "tỷ đồng",
    "tấn", "%", "trđ")."""
    raw = vocabulary().raw
    scales = alternation([*raw["scales"], *raw["money_abbreviations"]])
    return re.compile(rf"(?:(?:{scales})\s*)?(?:{alternation(list(raw['units']))}|{scales})"
                      rf"(?:\s*/\s*(?:{alternation(list(raw['per']))}))*")


def spaced_tables(text: str) -> list[tuple[int, int]]:
    """Where the tables laid out by spaces stand in ``text``: from the start of each one's header's
    first line to the end of its last row or of the label carried on under it."""
    if SPACED_GAP not in text:  # the usual text: no run of spaces
        return []
    lines = _lines(text)
    return [(_line_of(lines, next(c for c in header[0] if c)[0][0]),
             max([rows[-1][1][-1][1], *(b for _, b in tails[-1])]))
            for rows, tails, _, header in _spaced_blocks(text, lines)]


def kept_table_lines(original: str, joined: str) -> str:
    """``joined`` (``original`` with the line breaks inside its paragraphs read as spaces) with the
    line breaks of its tables laid out by spaces kept: a table's row, its header's lines and a
    label carried on under a row are lines of their own, not a paragraph's
    ("Kim ngạch xuất khẩu      Triệu USD    1.092,4" / "Kim ngạch nhập khẩu      Triệu USD      671,3")."""
    if joined is original:
        return joined
    chars: list[str] | None = None
    for first, last in spaced_tables(original):
        for at in range(first, last + 1):
            if original[at] == "\n" and joined[at] != "\n":
                chars = chars if chars is not None else list(joined)
                chars[at] = "\n"
    return "".join(chars) if chars is not None else joined


def _spaced_columns(rows: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The columns of rows laid out by spaces (their cells' positions on their lines): the runs of
    positions a cell of the rows with the most cells covers (a row with an empty cell, or a label
    run into its unit, has fewer); none when a row has two cells in one column."""
    most = max(len(r) for r in rows)
    width = max(r[-1][1] for r in rows)
    covered = [False] * (width + 1)
    for r in rows:
        if len(r) < most:
            continue
        for a, b in r:
            covered[a:b] = [True] * (b - a)
    columns, p = [], 0
    while p < width:
        if covered[p]:
            q = p
            while covered[q]:
                q += 1
            columns.append((p, q))
            p = q
        else:
            p += 1
    if len(columns) < MIN_CELLS or any(len({_column_of(columns, a, b) for a, b in r}) < len(r) for r in rows):
        return []
    return columns


def _column_of(columns: list[tuple[int, int]], a: int, b: int) -> int:
    """The column a cell at positions a..b of its line stands in: the one it overlaps most, else the nearest."""
    return max(range(len(columns)), key=lambda n: (min(b, columns[n][1]) - max(a, columns[n][0]),
                                                  -abs(a + b - columns[n][0] - columns[n][1])))


def dash_groups(text: str, start: int, end: int) -> bool:
    """ "  ----  ----------------  ---------": the line of dash groups a converter draws under a
    simple table's header, one group under each column; no header line of its own."""
    return text.find("---", start, end) >= 0 and _DASH_GROUPS.fullmatch(text, start, end) is not None


def _spaced_header(text: str, lines: list[tuple[int, int]], i: int, columns: list[tuple[int, int]],
                   label_at: int) -> list[list[list[tuple[int, int]]]]:
    """The header lines over the first row of a table laid out by spaces, top first, each as its
    cells by column: the lines above it (maybe past one blank line), after a blank line or a title, with two cells or
    more, or one standing over a value column ("với cùng kỳ (%)" under "9 tháng 2025 so"). None
    when they name no column over the labels (or their numbers) and another."""
    header: list[list[list[tuple[int, int]]]] = []
    k = i - 1
    if k > 0 and (lines[k][0] == lines[k][1] or dash_groups(text, *lines[k])):
        k -= 1  # a blank line or a line of dash groups between the header and the first row
    while k >= 0 and len(header) < SPACED_HEADER_REACH:
        s, _ = lines[k]
        cells = _spaced_cells(text, *lines[k])
        if not cells or len(cells) == 1 and (cells[0][0] - s < columns[1][0] or ":" in text[slice(*cells[0])]):
            break  # a blank line, a title over the table, a unit line ("Đơn vị tính: tỷ đồng")
        by_column: list[list[tuple[int, int]]] = [[] for _ in columns]
        for a, b in cells:
            by_column[_column_of(columns, a - s, b - s)].append((a, b))
        header.insert(0, by_column)
        k -= 1
    named = [n for n in range(len(columns)) if any(h[n] for h in header)]
    if len(named) < 2 or named[0] > label_at:
        return []
    return header


def _spaced_table(text: str, out: Layout, lines: list[tuple[int, int]],
                  rows: list[tuple[int, list[tuple[int, int]]]], tails: list[list[tuple[int, int]]],
                  columns: list[tuple[int, int]], header: list[list[list[tuple[int, int]]]]) -> None:
    """Reads a table laid out by spaces as a piped one: a cell per column in each line, a label
    carried on over the lines under its row read whole."""
    block: list[list[tuple[int, int]]] = []
    texts: list[list[str]] = []
    for h in header:
        s = _line_of(lines, next(c for c in h if c)[0][0])
        block.append([(c[0][0], c[-1][1]) if c else (s, s) for c in h])
        texts.append([" ".join(text[a:b] for a, b in c) for c in h])
    for (k, cells), tail in zip(rows, tails, strict=True):
        s = lines[k][0]
        spans: list[tuple[int, int]] = [(s, s)] * len(columns)
        if _squeezed(text, lines[k]) and len(cells) == len(columns):
            spans = list(cells)  # its runs of spaces lost: its cells in the columns' order
        else:
            for a, b in cells:
                spans[_column_of(columns, a - s, b - s)] = (a, b)
        block.append(spans)
        row = [text[a:b] for a, b in spans]
        for a, b in tail:  # "  sánh 2010)" under "Giá trị sản xuất công nghiệp (giá so"
            at = _line_of(lines, a)
            n = _column_of(columns, a - at, b - at)
            row[n] = f"{row[n]} {text[a:b]}"
        texts.append(row)
    top = _line_of(lines, next(c for c in header[0] if c)[0][0])
    _table(out, block, texts, _unit_line(text, lines, top), header_rows=len(header),
           title_period=_title_period(text, lines, top), given=_title_of_given_targets(text, lines, top))


def _line_index(lines: list[tuple[int, int]], pos: int) -> int:
    """The number of the line ``pos`` stands on."""
    return bisect_right(lines, pos, key=lambda span: span[0]) - 1


def _line_of(lines: list[tuple[int, int]], pos: int) -> int:
    """The start of the line ``pos`` stands on."""
    return lines[_line_index(lines, pos)][0]


def _group_line(text: str, lines: list[tuple[int, int]], i: int, width: int) -> bool:
    """ "Phân theo giới tính" between a table's rows: a short line of words alone, no number, that
    groups the rows of the same width after it, the first of them holding a number; a row of its own."""
    s, e = lines[i]
    line = text[s:e].strip()
    if not line or len(line) > FLAT_CELL_MAX or SEPARATOR.strip() in line or TAB in line or _DIGIT.search(line) \
            or line[-1] in ".:;" or i + 1 >= len(lines):
        return False
    cells = [text[a:b].strip() for a, b in _split(text, *lines[i + 1])]
    return len(cells) == width and any(_NUMERIC_CELL.match(c) for c in cells[1:])


def _flattened(text: str, out: Layout, lines: list[tuple[int, int]]) -> None:
    """A table pasted one cell per line: a label header, then header cells, then rows; or one cell per
    paragraph, a blank line after each ("TT\n\nChỉ tiêu\n\nĐVT\n\n…", as a page whose editor pasted a
    table's cells as paragraphs leaves it), read over every other line."""
    i = 0
    while i < len(lines):
        if (view := _blank_parted(text, lines, i)) is not None and (read := _flat_table_at(text, out, view, 0, lines)):
            i = read
            continue
        i = _flat_table_at(text, out, lines, i, lines) or i + 1


def _blank_parted(text: str, lines: list[tuple[int, int]], i: int) -> list[tuple[int, int]] | None:
    """The lines from ``i`` on, one blank line parting each from the next: every other line, up to the first
    that no blank line follows or the first as long as a paragraph's (a table's cells are short); None unless
    the first two are so parted and the first is short enough to be a header's cell. A text with a blank line
    after each paragraph has many such pairs: each is looked at once, its paragraphs end the view at once."""
    if i + 2 >= len(lines) or lines[i + 1][0] != lines[i + 1][1] or lines[i + 2][0] == lines[i + 2][1] \
            or not 0 < lines[i][1] - lines[i][0] <= FLAT_CELL_MAX:
        return None
    view, j = [], i
    while j < len(lines) and lines[j][1] - lines[j][0] <= FLAT_PARTED_CELL_MAX:
        view.append(lines[j])
        if j + 1 >= len(lines) or lines[j + 1][0] != lines[j + 1][1]:
            break
        j += 2
    return view


def _flat_table_at(text: str, out: Layout, lines: list[tuple[int, int]], i: int,
                   whole: list[tuple[int, int]]) -> int | None:
    """A table flattened one cell per line of ``lines`` (the text's ``whole`` lines, or every other one of them)
    whose header opens at line ``i``, added to ``out``: where in ``whole`` the line after its last row stands;
    None where none opens there."""
    v = vocabulary()
    t = v.tables
    s, e = lines[i]
    first = text[s:e].strip()
    # A line longer than every row-number and label word is none of them (lowercasing
    # never shortens a text): a paragraph's line is not lowercased.
    if first and len(first) <= t.first_cell_longest \
            and (t.row_number.is_one(low := first.lower()) or t.label.is_one(low) or t.year_column.is_one(low)):
        k = i + 1
        if t.row_number.is_one(low) and k + 1 < len(lines) and _free_label(text[slice(*lines[k])].strip(), t) \
                and _header_like(text[slice(*lines[k + 1])].strip(), t):
            k += 1  # "TT\nXã\nNăm 2023": the rows' label names what they are, in no table word
        while k < len(lines) and (_header_like(cell := text[slice(*lines[k])].strip(), t)
                                  or _free_label(cell, t) and _header_follows(text, lines, k + 1, t)
                                  or _year_header(text, lines, k)):
            k += 1
    else:
        k = i + _plain_header(text, lines, i)
    width = k - i
    if width < FLAT_HEADERS_MIN:
        return None
    header = [[(lines[j][0], lines[j][1])] for j in range(i, k)]
    names = [text[slice(*lines[j])].strip() for j in range(i, k)]
    columns = [_column(n, t) for n in names]
    label_at = next((n for n, c in enumerate(columns) if c.what == "label"),
                    next((n for n, c in enumerate(columns) if c.what != "row_number"), 0))
    columns[label_at] = Column("label", header=names[label_at])  # "Môn thi": the first, if none says so
    block_rows = []
    j = k
    while j + width <= len(lines):
        group = lines[j:j + width]
        cells = [text[a:b].strip() for a, b in group]
        # An empty line is an empty row number ("Bình quân toàn huyện" has none); any other
        # cell is there.
        if not all(c or columns[n].what == "row_number" for n, c in enumerate(cells)) \
                or not all(_is_value_text(c) or _verdict_cell(c, columns[n], t)
                           for n, c in enumerate(cells) if columns[n].what == "value"):
            break
        if label_at < len(cells) and _is_value_text(cells[label_at]) \
                and not _year_row(cells[label_at], columns[label_at], t):
            break
        block_rows.append(list(group))
        j += width
    if not block_rows:
        return None
    block = [sum(header, [])] + block_rows
    rows = [names] + [[text[a:b] for a, b in r] for r in block_rows]
    after = j if lines is whole else whole.index(lines[j - 1]) + 1
    # "Ghi chú: số liệu năm 2025 là số ước tính." on the line under its last row, as under a piped table
    _table(out, block, rows, None, header_rows=1, title_period=_title_period(text, whole, s),
           given=_title_of_given_targets(text, whole, s), note=_note_under(text, whole, after))
    return after


ONE_SPACED_LINE_MAX: Final = 160  # a line of a table whose cells a scan parted by single spaces
_TOKEN: Final = re.compile(r"\S+")


def _one_spaced(text: str, out: Layout, lines: list[tuple[int, int]]) -> None:
    """A table whose rows a scan's text layer wrote as one line each, its cells parted by single spaces
    alone (no `` | ``, no run of spaces), maybe a blank line between its lines:

        TT Chỉ tiêu ĐVT KH 2025 TH 2025 So KH (%)
        1 Giá trị sản xuất nông nghiệp Tỷ đồng 412,0 418,6 101,6
        2 Tỷ lệ hộ nghèo % 2,10 1,95 -

    Its header is made of table words alone: a row-number word, a label word, a unit word, then
    value columns each opening with a plan, result, estimate or comparison word (see
    :func:`_one_spaced_header`); each row under it is a row number, its label, a unit the vocabulary
    knows, then exactly as many numbers (or dashes) as the header has value columns (see
    :func:`_one_spaced_row`). A line of prose fits neither."""
    t = vocabulary().tables
    i = 0
    while i < len(lines):
        s, e = lines[i]
        header = _one_spaced_header(text, s, e, t) if e - s <= ONE_SPACED_LINE_MAX else None
        if header is None:
            i += 1
            continue
        values = len(header) - next(n for n, (a, b) in enumerate(header) if t.unit.is_one(text[a:b].lower())) - 1
        block, j = [header], i + 1
        while j < len(lines):
            if lines[j][0] == lines[j][1]:
                j += 1  # a blank line between two lines, as a scan's paragraphs leave
                continue
            row = _one_spaced_row(text, *lines[j], values)
            if row is None:
                break
            block.append(row)
            j += 1
        if len(block) < 2:
            i += 1
            continue
        rows = [[text[a:b] for a, b in r] for r in block]
        _table(out, block, rows, _unit_line(text, lines, s), header_rows=1, title_period=_title_period(text, lines, s),
               given=_title_of_given_targets(text, lines, s), note=_note_under(text, lines, j))
        i = j


def _one_spaced_header(text: str, s: int, e: int, t: TableWords) -> list[tuple[int, int]] | None:
    """ "TT Chỉ tiêu ĐVT KH 2025 TH 2025 So KH (%)": a table's header line whose cells are parted by single
    spaces: a row-number word, a label word, a unit word, then two value columns or more, each opening
    with a plan, result, estimate or comparison word ("KH", "TH", "Ước TH", "So sánh"); a word of those
    after a year or a closing bracket opens the next one, after a comparison or estimate word alone it
    goes on with it ("So KH (%)", "Ước TH 2025"). Its cells as spans, or None for any other line."""
    low = text[s:e].lower()
    if not low or "|" in low or TAB in low or SPACED_GAP in low:
        return None
    cells: list[tuple[int, int]] = []
    at = 0
    for words in (t.row_number, t.label, t.unit):
        w = words.starting(low[at:])
        if w is None or at + len(w) < len(low) and low[at + len(w)] != " ":
            return None
        cells.append((s + at, s + at + len(w)))
        at += len(w) + 1
    openers = (t.plan, t.actual, t.estimated, t.ratio)
    value_cells: list[list[int]] = []
    for m in _TOKEN.finditer(low, at):
        rest = low[m.start():]
        opener = next((w for words in openers if (w := words.starting(rest)) is not None), None)
        current = low[value_cells[-1][0]:value_cells[-1][1]] if value_cells else ""
        if opener is not None and (not current or not (t.ratio.is_one(current) or t.estimated.is_one(current))
                                   and not t.ratio.ending(current)):
            value_cells.append([m.start(), m.end()])
        elif value_cells and m.start() >= value_cells[-1][1]:
            value_cells[-1][1] = m.end()
        elif not value_cells:
            return None  # a word that opens no value column
    if len(value_cells) < 2:
        return None
    return cells + [(s + a, s + b) for a, b in value_cells]


def _one_spaced_row(text: str, s: int, e: int, values: int) -> list[tuple[int, int]] | None:
    """ "1 Giá trị sản xuất nông nghiệp Tỷ đồng 412,0 418,6 101,6" under a header of three value columns: a row
    of a table whose cells a scan parted by single spaces: its number, its label, the longest unit phrase the
    vocabulary knows ending the words before the numbers, then exactly ``values`` numbers or dashes. Its cells
    as spans (number, label, unit, values), or None for any other line."""
    if e - s > ONE_SPACED_LINE_MAX or text.find("|", s, e) >= 0 or text.find(TAB, s, e) >= 0:
        return None
    tokens = [(s + a, s + b) for a, b in (m.span() for m in _TOKEN.finditer(text[s:e]))]
    if len(tokens) < values + 3 or not _ROW_NUMBER_CELL.fullmatch(text[slice(*tokens[0])]) \
            or not all(_NUMERIC_CELL.match(text[a:b]) or text[a:b] in ("-", "–") for a, b in tokens[-values:]):
        return None
    words = tokens[1:-values]
    if _is_value_text(text[slice(*words[-1])]):
        return None  # more numbers than value columns
    unit = next((n for n in range(1, len(words)) if _row_unit(text[words[n][0]:words[-1][1]].lower())), None)
    if unit is None or not any(ch.isalpha() for ch in text[words[0][0]:words[unit - 1][1]]):
        return None
    return [tokens[0], (words[0][0], words[unit - 1][1]), (words[unit][0], words[-1][1]), *tokens[-values:]]



def _names_in_a_bracket(inside: str) -> bool:
    """ "Nông nghiệp (Heifer International, SNV)", "(East Meets West)": a bracket after a row's label holding names, two
    words or more written with a capital (not in capitals, as "USD" is), names who gives or does it, no unit ("Tỷ
    đồng", "Triệu USD")."""
    return sum(w[:1].isupper() and not w.isupper() for w in _NAME_WORDS.split(inside)) >= 2


_NAME_WORDS: Final = re.compile(r"[\s,;]+")


def _row_unit(cell: str) -> bool:
    """A row's unit cell, lowercased: a unit ("tỷ đồng", "tấn", "%") or what a count counts ("người", "hộ",
    "lượt người"), the words a rate is per or a count's classifier."""
    raw = vocabulary().raw
    return bool(_unit_cell().fullmatch(cell)) or cell in raw["per"] or cell in raw["classifiers"]

def _year_header(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """ "Chỉ tiêu\nĐơn vị tính\n2020\n2021\n2022\nSơ bộ 2023": a bare year heading a column of a
    statistical summary copied flat, one of a run of years that climbs, or falls, the newest first
    ("Chỉ tiêu\nĐơn vị tính\n2024\n2023\n2022"): the line before or after it names an earlier or a later
    year (bare, or in a header "Sơ bộ 2023"), in the run's order. A bare year alone among the cells is a
    row's value."""
    s, e = lines[k]
    if e - s > 6 or not _YEAR.fullmatch(cell := text[s:e].strip()):
        return False  # the usual answer: no bare year
    year = int(cell)
    for j, later in ((k - 1, False), (k + 1, True)):
        if 0 <= j < len(lines):
            near = text[slice(*lines[j])].strip()
            m = _YEAR.search(near) if len(near) <= FLAT_CELL_MAX else None
            if m is not None and int(m.group()) != year and (near == m.group() or not _NUMERIC_CELL.match(near)) \
                    and ((int(m.group()) > year) == later or _falling_years(text, lines, k, year)):
                return True
    return False


def _falling_years(text: str, lines: list[tuple[int, int]], k: int, year: int) -> bool:
    """ "2024\n2023\n2022": the bare year on line ``k`` is one of a run of bare years written newest first,
    the line after it the year before or the line before it the year after."""
    for j, step in ((k + 1, -1), (k - 1, 1)):
        if 0 <= j < len(lines):
            near = text[slice(*lines[j])].strip()
            if len(near) == 4 and near.isdigit() and int(near) == year + step:
                return True
    return False


_YEAR_AFTER_A_WORD: Final = re.compile(r"(\D+?)\s+((?:19|20)\d\d)")  # "Sơ bộ 2022": a word, then its year


def _year_row(cell: str, column: Column, t: TableWords) -> bool:
    """ "Năm\nDân số trung bình (nghìn người)\n…\n2020\n838,6": a bare year under a year column's header, or under
    none (a yearbook's " | Tổng số | Nam | Nữ" over "2018 | 1.290,4 | …"), its row's label (and period), not a
    value; a note's mark after the year ("2019 (*)": its figures up to a day) leaves it the year's."""
    return bool(_YEAR.fullmatch(_unmarked(cell))) and (not (head := column.header.strip().lower())
                                                      or t.year_column.is_one(head))


def _unmarked(cell: str) -> str:
    """ "2019 (*)" without the mark of the note at its end: "2019"."""
    return _MARK_AT_END.sub("", cell).rstrip() if cell.endswith(("*", ")")) else cell


def _verdict_cell(cell: str, column: Column, t: TableWords) -> bool:
    """ "Đạt" under "So với kế hoạch (%)" where the other rows hold "103,1": a comparison column's
    cell saying in words whether its row met the plan (a rate that should fall, a target of no
    number), no figure; the row stays a row of the table."""
    return column.kind == "plan_ratio" and len(cell) <= t.verdicts.longest and t.verdicts.is_one(cell.lower())


def _plain_header(text: str, lines: list[tuple[int, int]], i: int) -> int:
    """ "Điểm thi một số môn như sau:\nMôn thi\nSố bài thi\nĐiểm trung bình\n…\nToán\n15.102": a
    flattened table whose header names no table word, after a line that announces it (ending
    with ":"), its title ("Bảng 1. Tốc độ tăng … theo khu vực\nKhu vực\nTốc độ tăng (%)") or a blank
    one. Its header is the short lines before the first row, whose label is the line right before
    the first number; how many header lines, or 0."""
    prev = text[slice(*lines[i - 1])].strip() if i else ""
    first = text[slice(*lines[i])].strip()
    if prev and not (prev.endswith(":") or table_title(prev)) or not first or len(first) > FLAT_CELL_MAX \
            or first[-1] in ".:;" or _NUMERIC_CELL.match(first):
        return 0
    for k in range(i + 1, min(len(lines), i + FLAT_PLAIN_REACH)):
        cell = text[slice(*lines[k])].strip()
        if _NUMERIC_CELL.match(cell):
            return k - 1 - i
        if not cell or len(cell) > FLAT_CELL_MAX or cell[-1] in ".:;":
            return 0
    return 0


def table_title(line: str) -> bool:
    """ "Bảng 1. Tốc độ tăng và đóng góp vào tăng trưởng GRDP năm 2025": a line opening with a table word
    and its number, a table's title over it."""
    low = line.lower()
    w = vocabulary().tables.title.starting(low)
    return w is not None and len(line) <= TITLE_MAX and _TITLE_NUMBER.match(line, len(w)) is not None


def _header_follows(text: str, lines: list[tuple[int, int]], k: int, t: TableWords) -> bool:
    """ "Diện tích đã bàn giao (ha)\nSố trường hợp bị ảnh hưởng\nKinh phí đã chi trả (tỷ đồng)": a
    header line naming no table word still heads a column when a header line follows it, with
    only such lines between."""
    for s, e in lines[k:k + FLAT_HEADERS_MIN]:
        cell = text[s:e].strip()
        if _header_like(cell, t):
            return True
        if not _free_label(cell, t):
            return False
    return False


def _free_label(cell: str, t: TableWords) -> bool:
    """ "Xã", "Tên đơn vị": a short header line after a row number's that names the rows in no
    table word: no number, no year, no stop."""
    return bool(cell) and len(cell) <= FLAT_CELL_MAX and cell[-1] not in ".:;" and not any(
        ch.isdigit() for ch in cell) and not _header_like(cell, t)


def _header_like(cell: str, t: TableWords) -> bool:
    low = cell.lower()
    if not cell or len(cell) > FLAT_CELL_MAX or _NUMERIC_CELL.match(cell):
        return False
    # "Thực hiện 9 tháng": a result's column naming months, no year, is a header cell as "Kế hoạch năm 2017" is
    return bool(_YEAR.search(cell) or any(w.found(low) for w in
                                          (t.unit, t.note, t.estimated, t.plan, t.actual, t.ratio, t.growth))
                or cell.endswith(")") and _names_its_unit(cell))


def _names_its_unit(cell: str) -> bool:
    """ "Khai sinh (trường hợp)", "Chứng thực (bản)", "Mật độ dân số (người/km2)": a header cell naming its
    column's unit in its closing bracket, no number standing alone in it (the "2" of "km2" is the unit's)."""
    m = _BRACKET_UNIT.search(cell)
    return m is not None and not _A_NUMBER.search(m.group(1)) and unit_of(m.group(1).strip())[0] is not None


def _unit_line(text: str, lines: list[tuple[int, int]], table_start: int) -> str | None:
    """ "Đơn vị: Triệu đồng" in the few lines above a table; else the unit its title names in its closing bracket
    ("Biểu đồ 1: Giá trị sản xuất các ngành giai đoạn 2021-2025 (tỷ đồng)" over a chart's numbers)."""
    t = vocabulary().tables
    n = next(i for i, (s, _) in enumerate(lines) if s == table_start)
    for s, e in reversed(lines[max(0, n - UNIT_LINE_REACH):n]):
        line = text[s:e].strip()
        head, colon, unit = line.partition(":")
        if colon and t.unit_line.starting(head.strip().lower()) == head.strip().lower():
            return unit.strip()
    title = next((text[s:e].strip() for s, e in reversed(lines[max(0, n - UNIT_LINE_REACH):n]) if text[s:e].strip()),
                 "")
    return _header_unit(title) if title.endswith(")") and cell_count(title, 0, len(title)) < MIN_CELLS else None


def _index_line(text: str, lines: list[tuple[int, int]], table_start: int) -> bool:
    """ "Chỉ số phát triển (Năm trước = 100) - %" in the few lines above a table: its cells are indices,
    each year's level as a percent of the year before."""
    t = vocabulary().tables
    n = next(i for i, (s, _) in enumerate(lines) if s == table_start)
    for s, e in lines[max(0, n - UNIT_LINE_REACH):n]:
        if "= 100" in text[s:e] or "=100" in text[s:e]:  # the usual answer: neither
            for m in _INDEX_BASE.finditer(text, s, e):
                if t.index_base.is_one(m.group(1).lower()):
                    return True
    return False


def _note_under(text: str, lines: list[tuple[int, int]], i: int) -> str:
    """The note under a table, lowercased, maybe after a blank line (or three, a web page's text spaced with a
    blank line after each line): "Ghi chú: Số liệu năm 2024 là số ước thực hiện.", "(Tỷ lệ tính trên dự toán
    HĐND huyện giao 2.600 tỷ đồng)"; else ""."""
    t = vocabulary().tables
    for s, e in lines[i:i + NOTE_REACH + NOTE_BLANKS - 1]:  # the first line with words is the note, or none is
        low = text[s:e].strip().lower()
        if not low:
            continue
        if low.startswith("(") and low.endswith(")") \
                or (note := t.note.starting(low)) and low[len(note):].lstrip().startswith(":"):
            return low
        return ""
    return ""


def _note_rows(rows: list[list[str]]) -> str:
    """A note written as a row of the table's body, its text in the first cell and the others empty ("Ghi chú: số
    liệu tháng 12 là ước tính |  |  | " between two groups of rows, a web table's ``colspan`` row): what it says,
    lowercased, as a note under the table would; else ""."""
    t = vocabulary().tables
    notes = [low for row in rows if row and not any(c.strip() for c in row[1:])
             and (note := t.note.starting(low := row[0].strip().lower())) and low[len(note):].lstrip().startswith(":")]
    return "; ".join(notes)


def _estimate_note_before(text: str, lines: list[tuple[int, int]], table_start: int) -> str:
    """A note saying a year's figures are estimates ("(Số liệu năm 2024 là số ước thực hiện)") that stands
    under no table, before this one with no table between: it speaks for this table, which a page's
    rendition set apart from it (a layout's cell written after the article its note stands in); else ""."""
    n = next(i for i, (s, _) in enumerate(lines) if s == table_start)
    for k in range(n - 1, -1, -1):
        s, e = lines[k]
        if cell_count(text, s, e) >= MIN_CELLS:
            return ""  # another table between: the note, if any, is that one's or none's
        if not text[s:e].strip() or not (note := _note_under(text, lines, k)) or not _estimated_years(note):
            continue
        above = next((j for j in range(k - 1, -1, -1) if text[slice(*lines[j])].strip()), None)
        return "" if above is not None and cell_count(text, *lines[above]) >= MIN_CELLS else note
    return ""


def _estimate_in_a_preface(text: str, table_start: int) -> str:
    """ "Số liệu năm 2022 là số liệu sơ bộ; số liệu các năm trước …" in a paragraph before the table (a yearbook's
    preface): the statements of its sentences that say a year's figures are estimates, lowercased, as a note under
    the table would; else ""."""
    return "; ".join(part for start, part in _data_statements(text) if start < table_start)


@lru_cache(maxsize=4)
def _data_statements(text: str) -> tuple[tuple[int, str], ...]:
    """Every statement opening with a data word that names an estimated year, with where it stands (read once per
    text)."""
    t = vocabulary().tables
    if not t.data_words.found(low := text.lower()):
        return ()
    out = []
    for m in re.finditer(rf"(?:^|(?<=[.;:]\s))(?:{alternation(t.data_words.words)})\s[^.;\n]*", low, re.M):
        if _estimated_years(m.group()) and cell_count(text, m.start(), m.end()) < MIN_CELLS:
            out.append((m.start(), m.group()))
    return tuple(out)


def _estimate_in_title(text: str, lines: list[tuple[int, int]], table_start: int) -> str:
    """ "CƠ CẤU VỐN CHI ĐẦU TƯ PHÁT TRIỂN ƯỚC THỰC HIỆN NĂM 2025" over a table: a title naming one period as an
    estimate says what a note under it would ("số liệu năm 2025 là số ước thực hiện"): its lowercase; else ""."""
    line = (_title_line(text, lines, table_start) or "").lower()
    return line if vocabulary().tables.estimated.found(line) else ""


def _note_under_its_last_part(text: str, lines: list[tuple[int, int]], i: int, head: str) -> str:
    """The note under a table carried over page breaks, its header repeated at each part's top: the note
    under its last part speaks for every part ("Ghi chú: số liệu tháng 10 là số ước tính" under page 2's)."""
    j = i
    while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
        j += 1
    if j == i or j >= len(lines) or " | ".join(c.strip() for c in _cells_of(text, *lines[j])) != head:
        return _note_under(text, lines, i)
    j += 1
    while j < len(lines) and cell_count(text, *lines[j]) >= MIN_CELLS:
        j += 1
    return _note_under_its_last_part(text, lines, j, head)


def _cells_of(text: str, start: int, end: int) -> list[str]:
    """The cells of a row, as written."""
    return [text[a:b] for a, b in _split(text, start, end)]


def _estimated_years(note: str) -> tuple[str, ...]:
    """ "Ghi chú: Số liệu năm 2024 là số ước thực hiện.", "Ghi chú: số liệu tháng 10 là số ước tính": the years,
    and the months ("-10": of any year; "tháng 11/2020": "2020-11"), whose columns hold estimates, as an "Ước TH"
    header would say."""
    estimated = vocabulary().tables.estimated
    if not estimated.found(note):
        return ()
    # "Số liệu năm 2024 là số liệu sơ bộ; tỷ lệ hộ nghèo các năm 2020-2021 tính theo chuẩn nghèo …": the
    # years of the clauses that say so, not of another clause of the note
    note = "; ".join(part for part in note.split(";") if estimated.found(part))
    # "số liệu tháng 11/2020 là số ước tính": that month's column of that year ("Tháng 11/2020", and the year's,
    # which holds it), not "Tháng 11/2019"
    named_months = [(m, _MONTHS_YEAR.match(note, m.end())) for m in _note_months().finditer(note)]
    dated_months = [(m, y) for m, y in named_months if y]
    months = tuple(f"-{int(m.group(1)):02d}" for m, y in named_months if not y)
    # "số liệu Quý III/2025 là số ước tính": the quarter's column ("Quý III/2025"), not the year's, whose
    # year is written with the quarter's, nor another year's quarter ("Quý III/2024")
    quarters = [m for m in _note_quarters().finditer(note)]
    # "Số liệu thời điểm 01/7/2025 là số liệu sơ bộ": the column of that day ("01/7/2025", its month's), not the year's
    days = [m for m in _DAY.finditer(note)]
    years = tuple(m.group() for m in _YEAR.finditer(note)
                  if not any(q.start() < m.start() < q.end() for q in quarters + days))
    # "Số liệu 6 tháng 2019 là số ước tính": the half the months from the year's start make ("6 tháng 2019": "2019-H1")
    parts = tuple(m.group(2) + _MONTHS_FROM_START[int(m.group(1))] for m in _note_running_months().finditer(note)
                  if int(m.group(1)) in _MONTHS_FROM_START)
    return years + months + tuple(f"{q.group(2) or q.group(3) or ''}-Q{QUARTERS[q.group(1)]}" for q in quarters) \
        + tuple(f"{d.group(3)}-{int(d.group(2)):02d}" for d in days) \
        + tuple(f"{y.group(1)}-{int(m.group(1)):02d}" for m, y in dated_months) + parts


@lru_cache(maxsize=1)
def _note_running_months() -> re.Pattern[str]:
    """ "6 tháng 2019", "6 tháng năm 2019": months counted from a year's start and the year, in a note (lowercased)."""
    p = vocabulary().raw["periods"]
    return re.compile(rf"(?<![\d/])(\d{{1,2}}) (?:{alternation(p['month'])}) (?:(?:{alternation(p['year'])}) )?"
                      rf"((?:19|20)\d\d)(?!\d)")


_MONTHS_YEAR: Final = re.compile(r"/((?:19|20)\d\d)(?!\d)")  # "/2020" right after a month's number: its year


@lru_cache(maxsize=1)
def _note_months() -> re.Pattern[str]:
    """A month a note names by its number ("tháng 10", "tháng 10/2025", "tháng 9." ending its sentence)."""
    month = alternation(vocabulary().raw["periods"]["month"])
    return re.compile(rf"(?<!\w)(?:{month})\s+(1[0-2]|0?[1-9])(?![\d,]|\.\d)")


@lru_cache(maxsize=1)
def _note_quarters() -> re.Pattern[str]:
    """A quarter a note names, maybe with its year ("quý iii", "quý iii/2025", "quý 3 năm 2025"), lowercased: its
    number in group 1, its year in group 2 or 3."""
    p = vocabulary().raw["periods"]
    return re.compile(rf"(?<!\w)(?:{alternation(p['quarter'])})\s+(iv|i{{1,3}}|[1-4])(?!\w)"
                      rf"(?:\s*/\s*(\d{{4}})|\s+(?:{alternation(p['year'])})\s+(\d{{4}}))?")


@lru_cache(maxsize=1)
def _note_measure() -> re.Pattern[str]:
    """A note's first words before a year's, a month's or a quarter's word ("sản lượng năm 2016", "diện tích, sản
    lượng năm 2018", "công suất sử dụng giường và tổng thu sự nghiệp năm 2019"), or before an occasion's named with
    its year ("doanh thu bán đào Tết Tân Sửu 2021"), lowercased."""
    p = vocabulary().raw["periods"]
    times = alternation(p["year"] + p["month"] + p["quarter"] + p["occasions"])
    return re.compile(rf"([^\W\d_]+(?:(?:, | )[^\W\d_]+){{0,{NOTE_MEASURE_WORDS - 1}}}) (?:{times}) ")


NOTE_MEASURE_WORDS: Final = 12  # words a note may name its measures in: two of six, joined


def _measure_a_note_names(note: str, columns: list[Column]) -> tuple[str, ...] | None:
    """The words a note opens with before the time it says holds estimates ("Sản lượng năm 2016 là số ước tính"),
    when some value column's header opens with them: the measures whose columns alone hold the estimates, each of
    several it joins when each opens a column's header ("Diện tích, sản lượng năm 2018 là số ước tính", not the price
    beside them), past the note's word and a data word ("Ghi chú: Số liệu điện thương phẩm năm 2017 là số ước thực
    hiện"), in the statement of the note that says so ("(Nguồn: …; sản lượng năm 2020 là số ước tính)"); else None (a
    note of "Số liệu năm 2024 …" names no column's measure)."""
    t = vocabulary().tables
    low = _past_the_notes_words(next((part for part in note.split(";") if t.estimated.found(part.lower())),
                                     note).lower().lstrip(" (*"))
    m = _note_measure().match(low)
    if m is None:
        return None
    headers = [c.header.lower() for c in columns if c.what == "value"]
    words = m.group(1)
    parts = tuple(p.strip() for p in vocabulary().list_joiners.split(words))  # "diện tích, sản lượng"
    if len(parts) > 1 and all(any(h.startswith(part) for h in headers) for part in parts):
        return parts
    return (words,) if "," not in words and any(h.startswith(words) for h in headers) else None


def _row_a_note_names(note: str, rows: list[list[str]], no_measure: bool) -> str | None:
    """ "Ghi chú: Số cá thể năm 2019 của vượn đen má trắng là số ước tính.": the words a note names after the time it
    says holds estimates and a word of whose ("của"), up to its copula; or, when no column's header opens with the
    words before the time (``no_measure``), those words ("Doanh thu du lịch, dịch vụ năm 2019 là số ước tính."); when
    some row's label holds them (lowercased); else None ("Số liệu năm 2024 của Cục Thống kê" names no row)."""
    t = vocabulary().tables
    low = next((part for part in note.split(";") if t.estimated.found(part.lower())), note).lower()
    if m := _note_row().search(low):
        named = m.group(1).strip()
    elif no_measure and (m := _note_measure().match(_past_the_notes_words(low.lstrip(" (*")))):
        named = m.group(1).strip()
    else:
        return None
    return named if any(named in " ".join(cells).lower() for cells in rows) else None


def _past_the_notes_words(low: str) -> str:
    """ "ghi chú: số liệu doanh thu năm 2019 …": a note's words past its note word and a data word (lowercased)."""
    t = vocabulary().tables
    if head := t.note.starting(low):
        low = low[len(head):].lstrip(" :")
    if data := t.data_words.starting(low):
        low = low[len(data):].lstrip()
    return low


@lru_cache(maxsize=1)
def _note_row() -> re.Pattern[str]:
    """A note's time ("năm 2019", "tháng 10/2025", "quý iii"), a word of whose and the words after it up to a copula
    ("của vượn đen má trắng là"), lowercased: those words."""
    v = vocabulary()
    p = v.raw["periods"]
    times = alternation(p["year"] + p["month"] + p["quarter"])
    return re.compile(rf"(?<!\w)(?:{times})\s+[\divx/]+\s+(?:{alternation(v.tables.row_of.words)})\s+"
                      rf"([^\W\d_]+(?:\s[^\W\d_]+){{0,5}}?)\s+(?:{alternation(v.raw['copulas'])})(?!\w)")


def _data_estimated_at_no_time(note: str) -> bool:
    """A statement of the note opening with a data word says the figures are estimates and names no time ("(số
    liệu ước thực hiện cả năm; nguồn: tkv)", lowercased); not a key to the headers' abbreviations ("ghi chú: ưth:
    ước thực hiện"), which opens with none."""
    t = vocabulary().tables
    for part in note.split(";"):
        low = part.strip().lstrip("(").strip()
        if head := t.note.starting(low):
            low = low[len(head):].lstrip(" :")
        if t.data_words.starting(low) and t.estimated.found(low) and not _estimated_years(low) \
                and not _YEAR.search(low):
            return True
    return False


def _estimated_by_note(period: str | None, estimated: tuple[str, ...], newest_year: str | None = None) -> bool:
    """The column's period is a year, a month or a quarter the note says holds estimates; or the newest year of
    the table's results, whose December the note says is an estimate ("số liệu tháng 12 là ước tính" under
    "Thực hiện năm 2024 | Thực hiện năm 2025": the year 2025's total holds it, so is one)."""
    return period is not None and (period in estimated or (len(period) == 7 and period[4:] in estimated)
                                   or period == newest_year and "-12" in estimated)


def _month_of_no_year(header: str) -> int | None:
    """ "Thực hiện tháng 9", "Ước tính tháng 10": the month a header names by its number without its year
    (none in the header), not a running total up to it ("Lũy kế đến tháng 9"); else None."""
    low = header.lower()
    if _YEAR.search(low) or cumulative_words().found(low):
        return None
    if m := _abbreviated_month().fullmatch(low.strip()):
        return int(m.group(1))  # "T3" over a schedule's column: March
    months = {int(m.group(1)) for m in _note_months().finditer(low)}
    return months.pop() if len(months) == 1 else None


@lru_cache(maxsize=1)
def _abbreviated_month() -> re.Pattern[str]:
    """ "t3", "t12": a month written as its abbreviation and number, alone in a header (lowercased)."""
    return re.compile(rf"(?:{alternation(vocabulary().raw['periods']['month_abbreviated'])})\s?(1[0-2]|0?[1-9])",
                      re.I)


def _running_total_of_an_estimate(header: str, note: str, estimated: tuple[str, ...]) -> bool:
    """ "Cộng dồn 10 tháng", "10 tháng so cùng kỳ (%)" under a note "cộng dồn 10 tháng gồm số thực hiện 9 tháng
    và số ước tính tháng 10" (or "Số liệu 10 tháng gồm …"): months counted from the year's start whose last
    month the note says is an estimate, the note naming the running total itself: a total holding an
    estimate is one."""
    months = _running_months(header)
    if months is None or not any(e.endswith(f"-{months:02d}") for e in estimated):
        return False  # the note names no such month: "-11", or "2025-11" of a note's "tháng 11/2025"
    named = [f"{months} {w}" for w in vocabulary().raw["periods"]["month"]]
    return any(n in note for n in named) and (cumulative_words().found(note) is not None or any(
        vocabulary().tables.made_of.starting(_past_its_year(note[i + len(n):].lstrip()))
        for n in named for i in _occurrences(note, n)))


def _past_its_year(words: str) -> str:
    """ "năm 2025 gồm số thực hiện 8 tháng …" after "9 tháng": the words past the months' year, if named."""
    year = alternation(vocabulary().raw["periods"]["year"])
    return m.group(1) if (m := re.match(rf"(?:(?:{year})\s+)?(?:19|20)\d\d\s+(.*)", words, re.S)) else words


def _occurrences(text: str, part: str) -> list[int]:
    """Where ``part`` starts in ``text``, each time, as a word (no digit before it)."""
    return [m.start() for m in re.finditer(re.escape(part), text)
            if m.start() == 0 or not text[m.start() - 1].isalnum()]


def _note_base(note: str) -> str | None:
    """ "(Tỷ lệ tính trên dự toán HĐND huyện giao …)": the giver of the estimate a table's ratios are
    of, if the note names one."""
    return next((code for words, code in vocabulary().bases if code.endswith("_estimate") and words.found(note)),
                None)


def _title_period(text: str, lines: list[tuple[int, int]], table_start: int) -> str | None:
    """ "BIỂU TỔNG HỢP THU, CHI NGÂN SÁCH NĂM 2023" over a table: the one period its title
    names, for the columns that name none ("Dự toán | Thực hiện")."""
    from solieu.extract.periods import periods_named

    if (line := _title_line(text, lines, table_start)) is None:
        return None
    if (m := _year_named().search(low := line.lower())) and names_an_occasion(low[:m.start()]):
        return None  # "Kết quả kiểm tra … dịp Tết Trung thu năm 2019 theo đơn vị": an event, no period (as a heading's)
    named = {p for _, p, _, _ in periods_named(line, 0, len(line))}
    if not named and not _names_a_part_of_a_year(line) \
            and len(years := {m.group(1) for m in _year_named().finditer(line.lower())}) == 1:
        return years.pop()  # "Tiến độ thực hiện theo tháng năm 2026": by month, of the year 2026
    return named.pop() if len(named) == 1 else None


def _names_a_part_of_a_year(line: str) -> bool:
    """The line names a part of a year, months counted from its start or a span (no code of one year): "11 tháng
    năm 2024", "Quý III năm 2025", "giai đoạn 2021-2025"."""
    from solieu.extract.document import months_span

    low = line.lower()
    p = vocabulary().raw["periods"]
    return bool(months_span().search(line) or _SCHOOL_YEAR.search(low)
                or re.search(rf"(?<!\w)(?:{alternation([*p['quarter'], *p['first_half'], *p['second_half']])})(?!\w)",
                             low)
                or re.search(rf"(?<!\w)(?:{alternation(p['month'])})\s+\d", low))


@lru_cache(maxsize=1)
def _year_named() -> re.Pattern[str]:
    """ "năm 2026": a year named by its word (lowercased)."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().raw['periods']['year'])})\s+((?:19|20)\d\d)(?!\d)")


def _title_line(text: str, lines: list[tuple[int, int]], table_start: int) -> str | None:
    """The title over a table: the nearest line above the table but its unit line and a bracketed
    note of what it is attached to: in capitals, opening with a table word, or a lead-in ending
    with ":"; None if the line there is a sentence."""
    t = vocabulary().tables
    n = next(i for i, (s, _) in enumerate(lines) if s == table_start)
    k, stop = n - 1, max(0, n - UNIT_LINE_REACH)
    while k >= stop:
        s, e = lines[k]
        line = text[s:e].strip()
        head = line.partition(":")[0].strip().lower()
        k -= 1
        if line[:1] == "(" and line[-1:] == ")" and (t.attachment.starting(line[1:].lower()) or ":" in line):
            # "(Kèm theo Quyết định số … ngày 14/3/2025 …)" under an appendix's title, "(x: tháng triển khai thực
            # hiện nội dung)" a legend of its cells' marks
            stop = max(0, stop - 1)
            continue
        if not line:
            stop = max(0, stop - 1)  # a blank line after every line, as a page exported a line to a paragraph
            continue
        if t.unit_line.starting(head) == head:
            continue
        # A lead-in over the table ("Hiện trạng sử dụng đất của huyện năm 2024 như sau:") titles it too;
        # so does a paragraph of one short line right above it, no sentence ("Kết quả cho vay … năm
        # 2024" between a blank line and the table, a web page's bold title).
        if len(line) > TITLE_MAX or not (line.isupper() or line.endswith(":") or t.title.starting(line.lower())
                                         or _standalone_title(text, lines, k + 1, line)):
            return None
        return line
    return None


def _title_of_given_targets(text: str, lines: list[tuple[int, int]], table_start: int) -> bool:
    """ "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI GIAO CÁC XÃ NĂM 2026", "Kế hoạch vốn phân bổ cho các huyện năm 2025"
    over a table: its title opens with a target's noun (after a table word or "một số") and names it given or
    allotted, or with the word of allocating: the columns naming no role hold the targets given, as "Chỉ tiêu giao"
    over a column does."""
    t = vocabulary().tables
    if (line := _title_line(text, lines, table_start)) is None:
        return False
    low = " ".join(line.lower().split())
    for words in (t.title, t.title_fillers):
        if (w := words.starting(low)) is not None:
            low = re.sub(r"^[\s\d.:-]*", "", low[len(w):])  # "Biểu số 02:", "Phụ lục"
    # "Phân bổ gạo dự trữ quốc gia hỗ trợ người dân bị thiệt hại do bão số 12": what an allocation gives each row
    return bool((w := t.given_title_targets.starting(low)) and t.given_title_verbs.found(low[len(w):])
                or vocabulary().allocating.starting(low))



def _standalone_title(text: str, lines: list[tuple[int, int]], k: int, line: str) -> bool:
    """Line ``k`` (stripped: ``line``) is a paragraph of its own, no sentence: a blank line (or
    the text's start) before it, no full stop nor ";" ending it."""
    return not line.endswith((".", ";", ",")) and (k == 0 or not text[slice(*lines[k - 1])].strip())


def _table(out: Layout, block: list[list[tuple[int, int]]], rows: list[list[str]],
           unit_line: str | None, header_rows: int | None = None, title_period: str | None = None,
           note: str = "", index: bool = False, wrapped: list[list[tuple[int, int, int]]] | None = None,
           given: bool = False, marks: dict[str, str | None] | None = None) -> None:
    t = vocabulary().tables
    if header_rows is None:  # header rows: those before the first with a value cell
        header_rows = 0
        while header_rows < len(rows) and (not any(
                _holds_a_value(c) for c in rows[header_rows][1:])
                or _is_key_row(rows[header_rows])) and not (header_rows and _group_row(rows[header_rows])) \
                and not (header_rows and _numbered_under_a_number_header(rows[0], rows[header_rows], t)):
            header_rows += 1
        header_rows = max(1, min(header_rows, len(rows) - 1))
    width = max(len(r) for r in rows)
    keys = [r for r in rows[:header_rows] if _is_key_row(r)]
    named = [r for r in rows[:header_rows] if not _is_key_row(r)]
    spanned = _spanned(named, width)
    names = [_past_its_group(_joined_down(spanned, n), t) for n in range(width)]
    columns = [_column(name, t) for name in names]
    _land_of_a_design(columns, t)
    _units_above(columns, spanned)
    _attained_against_a_plan(columns)
    for key in keys:
        _formulas(key, columns)
    _quarters_of_a_year(columns, title_period)
    _balance_years(columns, title_period)
    cumulative = cumulative_words()
    estimated_years = _estimated_years(note) if note else ()
    # "(Sản lượng năm 2016 là số ước tính …)": a note naming the measure it holds estimates of, a column's header
    # opening with it: that column only, not the area beside it nor the comparison after it
    measure = _measure_a_note_names(note, columns) if estimated_years else None
    # "Số cá thể năm 2019 của vượn đen má trắng là số ước tính": the one row a note names, and the totals over it
    row_named = _row_a_note_names(note, rows[header_rows:], measure is None) if estimated_years else None
    noted: list[Column] = []
    newest_year = max((c.period for c in columns if c.what == "value" and not c.kind and c.role == "actual"
                       and c.period and c.period.isdigit()), default=None)
    if note and not estimated_years and _data_estimated_at_no_time(note):
        # "(Số liệu ước thực hiện cả năm; nguồn: TKV)" under "Kết quả … năm 2015": the table's own time, its title's
        # or its newest year's
        estimated_years = tuple(p for p in (title_period or newest_year,) if p)
    for c in columns:
        if c.what == "value" and c.period is None and not c.running and c.of_year is None \
                and (title_period is None or title_period[:4].isdigit()) \
                and (month := _month_of_no_year(c.header)) is not None:
            if title_period:
                # "Thực hiện tháng 9 | Ước tính tháng 10" under "… THÁNG 10 NĂM 2025": each the month it names,
                # of the title's year, not the title's month
                c.period = f"{title_period[:4]}-{month:02d}"
            else:
                # under "… THÁNG 9 VÀ 9 THÁNG NĂM 2012", naming no one period, or under no title: of the
                # report's year, as a quarter's column is
                c.of_year = f"{month:02d}"
        # Not a designed scale's nor a sum from each project's start ("Tổng mức đầu tư", "Lũy kế giải
        # ngân từ khởi công"): of no period, whatever year the title names.
        # A fee set per credit is of the school year its title names ("Mức học phí … năm học 2024-2025"); a
        # fare beside a year's traffic is of none.
        if c.what == "value" and not c.kind and c.period is None and not c.running and c.of_year is None \
                and not c.standard \
                and (c.role != "context" or title_period is not None and _SCHOOL_YEAR.fullmatch(title_period)
                     and _fee_per_unit_column(c.header.lower())) \
                and not cumulative.found(c.header.lower()):
            if (code := _count_had_on_a_months_last_day(c.header, t)) is not None:
                c.period = code  # "Số tiêu chí đạt đến 30/6/2014": what there was on that day, its month's
            elif _to_a_day_before_the_years_end(c.header):
                # "Giải ngân đến 30/11/2025" under a title naming 2025: from the year's start to that day, no
                # code; under a heading naming the year its cells take the heading's, as a sentence's do
                c.headed = True
            else:
                c.period = _year_of_a_part(c.header, title_period)
                c.headed = title_period is None
        elif c.running and title_period and _title_counts_the_months(c.header, title_period):
            # "TH 6 tháng" under "Biểu 01: … 6 tháng đầu năm 2025": the months the title names, its code
            c.period, c.running = title_period, False
        if c.what == "value" and not c.kind and c.period and c.period.isdigit() and title_period \
                and (span := _SCHOOL_YEAR.fullmatch(title_period)) and cumulative.found(c.header.lower()) \
                and int(span.group(1)) < int(c.period) <= int(span.group(2)):
            # "Lũy kế vốn đã bố trí đến hết năm 2024" under "… GIAI ĐOẠN 2021-2025": from the span's start
            c.period = f"{span.group(1)}-{c.period}"
        elif c.what == "value" and not c.kind and c.period and c.period.isdigit() \
                and cumulative.found(low := c.header.lower()) and not vocabulary().from_words.found(low) \
                and not (title_period and _SCHOOL_YEAR.fullmatch(title_period)) and not _the_years_running_total(low):
            # "Lũy kế vốn đã bố trí đến hết năm 2025" under "… NĂM 2026": from each project's start, which no
            # header names, to that year's end: a running total of no code
            c.period = None
        if c.adjusts:
            c.period = title_period  # "ĐIỀU CHỈNH KẾ HOẠCH … GIAI ĐOẠN 2021-2025": the plan it adjusts
        if c.what == "value" and not c.kind and c.role == "actual" \
                and _estimated_by_note(c.period, estimated_years, newest_year) \
                and (measure is None or c.header.lower().startswith(measure)):
            if row_named:
                noted.append(c)  # the named row's cell only, below
            else:
                c.qualifier = "estimated"  # "Ghi chú: Số liệu năm 2024 là số ước thực hiện.", "… tháng 10 là số ước"
        elif c.what == "value" and c.role == "actual" and c.running and c.period is None \
                and _running_total_of_an_estimate(c.header, note, estimated_years):
            c.qualifier = "estimated"  # "cộng dồn 10 tháng gồm … số ước tính tháng 10", and its comparison
        c.of_row_month = c.what == "value" and not c.kind and c.role != "context" and not c.running \
            and (c.period is None or c.period.isdigit()) and not cumulative.found(c.header.lower())
        c.of_row_period = c.what == "value" and c.role != "context" and not c.running \
            and (c.period is None or c.period.isdigit()
                 or c.period == title_period and _SCHOOL_YEAR.fullmatch(c.period) is not None) \
            and not cumulative.found(c.header.lower())
        if not c.of_row_month and _against_a_norm(c, t):
            c.of_row_month = True
    if given:
        _given_targets(columns)
    _months_of_the_plans_year(columns)
    _same_part_before(columns)
    _months_of_a_named_year(columns)
    _month_named_with_its_year_beside(columns)
    _years_plan_under_its_months(columns)
    _plan_period(columns)
    _foreseen(columns, t)
    _before_and_after(columns, t)
    if not any(c.what == "label" for c in columns):
        first = next((n for n, c in enumerate(columns) if c.what not in ("row_number",)), 0)
        columns[first] = Column("label", header=names[first])
    _tasks_quantities(columns)
    _part_columns(columns, t)
    _earlier_weeks(columns, t)
    _stock_before_targets(columns, t)
    _changes_in_counted_things(columns)
    _years_in_falling_order(columns)
    _changes_in_whole_numbers(columns, rows[header_rows:])
    _changes_in_the_rows_units(columns, rows[header_rows:], unit_line)
    _compare_columns(columns)
    _occasions(columns)
    _shares_of_the_column_before(columns)
    _rises_against_a_past_time(columns, rows[header_rows:])
    _shares_of_a_whole(columns, rows[header_rows:])
    _interest_rate_columns(columns, names)
    if index:  # under "(Năm trước = 100)": each plain value column holds indices on the year before
        for c in columns:
            if c.what == "value" and c.kind is None and c.role != "context":
                c.kind, c.base = "plan_ratio", "previous_year"
    if note and (giver := _note_base(note)):
        for c in columns:
            if c.kind == "plan_ratio" and c.base == "plan":
                c.base = giver  # the plan the note names its giver of
    if _english_cells(columns, rows[header_rows:]):
        for c in columns:
            c.english = True
    header = Column("header")
    for r in block[:header_rows]:
        out.cells += [Cell(a, b, header, None) for a, b in r]
    for more in (wrapped or [])[:header_rows]:
        out.cells += [Cell(a, b, header, None) for _, a, b in more]
    label_at = next(n for n, c in enumerate(columns) if c.what == "label")
    unit_at = next((n for n, c in enumerate(columns) if c.what == "unit"), None)
    _units_beside_the_row_unit(columns)
    number_at = next((n for n, c in enumerate(columns) if c.what == "row_number"), None)
    every_column_united = all(c.unit for c in columns if c.what == "value")
    parent, group_unit, merged_unit = "", "", ""
    for at_row, (spans, cells) in enumerate(zip(block[header_rows:], rows[header_rows:], strict=True)):
        label = cells[label_at].strip() if label_at < len(cells) else ""
        unit = cells[unit_at].strip() if unit_at is not None and unit_at < len(cells) else ""
        number = cells[number_at].strip() if number_at is not None and number_at < len(cells) else ""
        clean, sub = _label(label, t)
        estimated = False
        if label.endswith(")") and (m := _BRACKET_UNIT.search(label)) \
                and t.estimated.is_one(m.group(1).strip().lower()):
            label, estimated = label[:m.start()].rstrip(), True  # "Tháng 10 (ước)": an estimate, not a unit
            clean = _label(label, t)[0]
        elif (m := _YEAR_AFTER_A_WORD.fullmatch(label)) and t.estimated.is_one(m.group(1).lower()) \
                and _year_row(m.group(2), columns[label_at], t):
            # "Sơ bộ 2022", "Ước 2025" under the rows of earlier years: that year's estimates
            label, estimated = m.group(2), True
        if not unit and (m := _BRACKET_UNIT.search(label)) and not _A_NUMBER.search(m.group(1)) \
                and not _footnote_mark(m.group(1)) \
                and not ((_DIGIT.search(m.group(1)) or m.group(1).strip().isupper())
                         and unit_of(m.group(1).strip())[0] == "count") \
                and not _describes_the_row(m.group(1).strip(), unit_line) and not _names_in_a_bracket(m.group(1)) \
                and not (every_column_united and unit_of(m.group(1).strip())[0] == "count"):
            # "(Tỷ đồng)", "(nghìn người)", "(m2)"; not "(giai đoạn 2)", which names a part, nor "(WB8)", a code,
            # nor "(FDI)", the label's abbreviation, nor "Hoa lily (ly)", another name, where every value column
            # names its own unit and the bracket names no unit of measure
            unit = m.group(1)
            clean = _label(label[:m.start()], t)[0]
        if label:
            merged_unit = unit
        elif not number and not unit:
            # "1 | Giá trị sản xuất (tỷ đồng) | Tổng số | …" then " |  | Nông, lâm nghiệp, thủy sản | …": a label
            # merged down its group's rows (Word's vMerge), written once, gives them its unit
            unit = merged_unit
        if unit_at is None and _GROUP_NUMBER.fullmatch(number):
            group_unit = unit  # "II | Về tiền (nghìn đồng)": a row group's unit, for the sub-rows under it
        elif unit_at is None and not unit and number.isdigit():
            unit = group_unit  # "1 | Cục Thi hành án dân sự tỉnh" under it
        subject = f"{parent}: {clean}" if sub and parent else clean
        if not sub:
            parent = clean
        row = Row(label, unit or unit_line, subject, (spans[0][0], spans[-1][1]), own_unit=bool(unit),
                  month=_row_month(clean), estimated=estimated,
                  period=_unmarked(label) if (of_a_year := _year_row(label, columns[label_at], t))
                  else _row_period(clean) or _year_in_span(clean, title_period),
                  of_a_year=of_a_year)
        if marks:
            row.marked = _marked_columns(row, [(columns[n], cells[n]) for n, (a, b) in enumerate(spans)
                                               if a < b and n < len(columns) and n < len(cells)], marks)
        if noted and row_named and (row_named in (low := clean.lower()) or t.total_rows.is_one(low.strip(" :"))):
            periods = {c.period for c in noted}
            row.marked += tuple(noted) + tuple(c for c in columns
                                               if c.kind and c.what == "value" and c.period in periods)
        for n, (a, b) in enumerate(spans):
            if a < b:
                out.cells.append(Cell(a, b, columns[n] if n < len(columns) else Column("note"), row))
        if wrapped:  # a grid row's other lines: its cells' words carried on
            out.cells += [Cell(a, b, columns[n] if n < len(columns) else Column("note"), row)
                          for n, a, b in wrapped[header_rows + at_row]]


def _english_cells(columns: list[Column], rows: list[list[str]]) -> bool:
    """A table pasted from a spreadsheet set to an English locale, in a report whose prose writes numbers the
    Vietnamese way: some value cell has a shape only the English convention reads ("1,178.50", "62.5%",
    "0.85") and none one only the Vietnamese reads ("1.178,5", "2,5"); then its cells that read either way
    ("338,600") are English too. A Vietnamese table with one cell slipping into an English decimal keeps its
    Vietnamese cells."""
    english = False
    for cells in rows:
        for n, cell in enumerate(cells):
            if n >= len(columns) or columns[n].what != "value":
                continue
            number = _CELL_NUMBER.fullmatch(cell.strip())
            if number is None:
                continue
            if VIETNAMESE_ONLY.fullmatch(number.group(1)):
                return False
            english = english or bool(ENGLISH_ONLY.fullmatch(number.group(1)))
    return english


_CELL_NUMBER: Final = re.compile(r"[-−+]?(\d[\d.,]*)\s*%?")  # a cell of one number, maybe signed or in %


def _describes_the_row(inside: str, unit_line: str | None) -> bool:
    """ "Tổng phân tích tế bào máu (bằng máy đếm laser)", "Hội chẩn ca bệnh khó (chuyên gia/ca)" under
    "Đơn vị tính: đồng": a bracket at a label's end that reads as no counted thing (a method, a means), or
    as a count per something under a unit line of money (the basis each price is charged on), says what
    the row is, not its unit; so does the kind of work a project is ("Trạm y tế xã (xây mới)"), and a unit merged
    away ("Vĩnh Phúc (cũ)": the former province, a name)."""
    if vocabulary().former_units.is_one(inside.lower()):
        return True
    unit, _, _, counted = unit_of(inside)
    if unit != "count":
        return False
    if counted is None or vocabulary().tables.work_types.starting(inside.lower()):
        return True
    return "/" in inside and unit_line is not None and unit_of(unit_line)[0] == "VND"


_MARK_AT_END: Final = re.compile(r"\(?(\*{1,3})\)?\s*$")  # "9.860*", "61,4(*)", "Tỷ lệ hộ nghèo (*)": a mark
MARK_AFTER: Final = re.compile(r"\s?\(?(\*{1,3})\)?(?![*\w])")  # "68.450 tấn (*)", "1.245*": a mark after a figure
# A legend's line under a table or a text: "(*) Số ước thực hiện đến 31/12/2025", "** Số liệu của Cục Thống kê"
_LEGEND: Final = re.compile(r"^[ \t]*(?:\((\*{1,3})\)|(\*{1,3})(?=[ :]))", re.M)


def estimate_marks(text: str) -> dict[str, str | None]:
    """The marks a legend says stand on estimates ("(*) Số ước thực hiện đến 31/12/2025": "*"), each with the year
    it names, or None; not a line in bold ("**Tổng thu ước đạt …**"), which closes its mark again."""
    if "*" not in text:
        return {}  # the usual answer
    estimated, marks = vocabulary().tables.estimated, dict[str, str | None]()
    for m in _LEGEND.finditer(text):
        end = text.find("\n", m.end())
        line = text[m.end():end if end >= 0 else len(text)].lower()
        if "*" not in line and estimated.found(line):
            marks.setdefault(m.group(1) or m.group(2), y.group() if (y := _YEAR.search(line)) else None)
    return marks


def _marked_columns(row: Row, cells: list[tuple[Column, str]], marks: dict[str, str | None]) -> tuple[Column, ...]:
    """The columns of a row's cells a legend's mark makes estimates: a marked cell's ("9.860*"); a marked label's
    results of the legend's year, or of the newest year ("Tổng thu ngân sách (*)" beside "TH 2024 | TH 2025");
    then the row's comparisons of their period."""
    marked = [col for col, cell in cells if (m := _MARK_AT_END.search(cell)) and m.group(1) in marks
              and col.what == "value"]
    if (m := _MARK_AT_END.search(row.label)) and m.group(1) in marks:
        results = [col for col, _ in cells if col.what == "value" and not col.kind and col.role == "actual"
                   and col.period and col.period[:4].isdigit()]
        year = marks[m.group(1)] or max((col.period[:4] for col in results if col.period), default=None)
        marked += [col for col in results if col.period == year]
    periods = {col.period for col in marked}
    return tuple(marked) + tuple(col for col, _ in cells if col.kind and col.what == "value" and col.period in periods
                                 and not any(col is m for m in marked))


def _footnote_mark(inside: str) -> bool:
    """ "Dự phòng phải thu khó đòi (*)", "(**)": a bracket at a label's end holding no letter, digit nor %
    marks a footnote (a deduction, shown in brackets), no unit."""
    return not any(ch.isalnum() or ch == "%" for ch in inside)


def _row_month(label: str) -> int | None:
    """ "Tháng 3": a row labelled with a month alone, its number, else None."""
    if not (m := _month_label().match(label.lower())):
        return None
    month = int(m.group(1))
    return month if 1 <= month <= 12 else None


_YEAR_LABEL: Final = re.compile(r"((?:19|20)\d\d)(?:\s*\([^()]*\))?")  # "2021", "2025 (ƯTH)": a year, maybe marked


def _year_in_span(label: str, title_period: str | None) -> str | None:
    """ "2023" labelling a row under a title naming the span "2021-2025" (a chart's numbers by year, "Biểu đồ 1: …
    giai đoạn 2021-2025"): the row is of its year; else None."""
    if title_period is None or not (span := _SCHOOL_YEAR.fullmatch(title_period)) \
            or not (m := _YEAR_LABEL.fullmatch(label)):
        return None
    return m.group(1) if span.group(1) <= m.group(1) <= span.group(2) else None


def _row_period(label: str) -> str | None:
    """ "Quý I/2024", "Quý II 2024", "6 tháng đầu năm 2024", "Tháng 3/2024": a row labelled with a part of a year
    alone, the label all one period's words, its code; else None (a whole year, a label naming more)."""
    if "/" not in label and " " not in label or not _DIGIT.search(label):
        return None  # the usual label: words of no time, or a bare number
    from solieu.extract.periods import periods_named

    if m := _header_patterns()[0].fullmatch(label.lower()):
        return f"{m.group(2)}-Q{QUARTERS[m.group(1)]}"  # "Quý II 2024", as a header writes it
    named = periods_named(label, 0, len(label))
    if len(named) != 1 or named[0][3] != 0 or named[0][0] != len(label) or named[0][1].isdigit():
        return None
    return named[0][1]


@lru_cache(maxsize=1)
def _month_label() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(vocabulary().raw['periods']['month'])})\s+(\d{{1,2}})$")


def _units_above(columns: list[Column], spanned: list[list[str]]) -> None:
    """ "Diện tích (ha)" spanning "KH | TH": a value column whose whole header ends in no unit
    takes the unit an upper header cell over it names in its closing bracket. A lower header cell
    that is a unit sign alone ("Tốt" spanning "SL | %") names its column's unit."""
    for n, c in enumerate(columns):
        if c.what == "value" and not c.kind and c.unit is None:
            if len(spanned) > 1 and n < len(spanned[-1]) and spanned[-1][n].strip() == "%":
                c.unit = "%"
                continue
            c.unit = next((u for r in spanned[:-1] if n < len(r) and (u := _header_unit(r[n]))), None)


def _units_beside_the_row_unit(columns: list[Column]) -> None:
    """ "ĐVT | Lượng | Trị giá (nghìn USD)": a value column whose header names a unit while another names
    none keeps its own; the unnamed one takes the row's, from a unit column or the row label's bracket
    ("Sâu cuốn lá nhỏ (con/m2) | 8-15 | 5.420" under "Mật độ phổ biến | Diện tích nhiễm (ha)": 5.420 ha), a
    designed scale's column among them ("ĐVT | Quy mô | Số hộ tham gia (hộ) | Kinh phí hỗ trợ (triệu đồng)")."""
    values = [c for c in columns if c.what == "value" and not c.kind]
    if any(c.unit is None for c in values):
        for c in values:
            c.over_row_unit = c.unit is not None


def _numbered_under_a_number_header(head: list[str], cells: list[str], t: TableWords) -> bool:
    """ "TT | Nội dung nhiệm vụ | Chỉ tiêu, sản phẩm | … | Thời gian hoàn thành" over "1 | Phát triển vùng chè | Trồng
    mới 1.200 ha chè | … | Quý II/2026": a row numbered under the header's row-number cell opens the body, though its
    cells hold numbers only in words (a task table's), not as cells of their own."""
    return bool(t.row_number.is_one(head[0].strip().lower()) and _ROW_NUMBER_CELL.fullmatch(cells[0].strip())
                and any(c.strip() for c in cells[1:]) and not _is_key_row(cells))  # not "1 | 2 | 3 | … | 11"


def _group_row(cells: list[str]) -> bool:
    """ "I | | KHÁM BỆNH | | |": a row group's opening row under the header, a group number ("I", "II")
    first and one name, no figures; the rows under it are the table's body, not more header."""
    if not _GROUP_NUMBER.fullmatch(cells[0].strip()):
        return False
    named = [c for c in cells[1:] if c.strip()]
    return len(named) == 1 and not _DIGIT.search(named[0])


def _is_key_row(cells: list[str]) -> bool:
    """ "A | B | 1 | 2 | 3=2-1 | 4=2/1": the row under a budget table's header that numbers its
    columns (and says how each is computed), no figures. Its numbers run 1, 2, 3, …"""
    numbers = []
    for cell in (c.strip() for c in cells):
        if not cell:
            continue
        m = _KEY_CELL.match(cell)
        if m is None:
            return False
        if m.group(1):
            numbers.append(int(m.group(1)))
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _formulas(key: list[str], columns: list[Column]) -> None:
    """ "3=2-1" makes column 3 the difference of columns 2 and 1, "4=2/1" their ratio: the
    figure compared is column 2's (its period, role, qualifier), the base column 1's."""
    at = {}
    for n, cell in enumerate(key):
        if m := _KEY_CELL.match(cell.strip()):
            if m.group(1):
                at[m.group(1)] = n
    for n, cell in enumerate(key):
        m = _FORMULA.match(cell.strip())
        if not m or n >= len(columns) or columns[n].what != "value":
            continue
        num, den = (columns[at[k]] if k in at and at[k] < len(columns) else None for k in (m.group(1), m.group(3)))
        if num is None or den is None:
            continue
        op = m.group(2)
        c = columns[n]
        if op in "-−" and c.kind == "growth" and "%" not in c.header:
            c.kind = None  # "Tăng (+), giảm (-)" keyed "3=2-1": a difference in the row's unit, not a %
        c.kind = c.kind or ("change" if op in "-−" else "plan_ratio")
        c.period, c.role, c.qualifier, c.pair = num.period, num.role, num.qualifier, True
        c.base = "plan" if den.role == "plan" else den.period


def _header_repeated_below(head: list[str], row: list[str]) -> bool:
    """ "| Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | Năm 2025 |", the rule line, then "| Chỉ tiêu | ĐVT | Thực hiện
    | Kế hoạch | Ước TH |": a table converted from a PDF whose header ran over two rows, its first row taken
    for the whole header and its label cells, merged down both rows, repeated on the second. That row of
    text cells, its first cell the header's, is the header's second row, not the body's first."""
    first = row[0].strip() if row else ""
    if not first or first != head[0].strip() or _DIGIT.search(first):
        return False
    return not any(_NUMERIC_CELL.match(c.strip()) for c in row[1:] if c.strip())


def _past_its_group(name: str, t: TableWords) -> str:
    """ "Quyết định đầu tư Tổng mức đầu tư: Tổng số": a column's header past the name of the group of columns over
    it that says nothing of them, what its own cell says; the header as it is without such a group."""
    group = t.header_groups.starting(name.lower())
    return name[len(group):].lstrip() if group and name[len(group):].strip() else name


def _joined_down(spanned: list[list[str]], n: int) -> str:
    """A column's header, its rows' cells joined top to bottom; a cell merged down the rows and repeated
    on each ("Chỉ tiêu" over "Chỉ tiêu") is said once."""
    said: list[str] = []
    for r in spanned:
        if n < len(r) and (cell := r[n].strip()) and (not said or said[-1] != cell):
            said.append(cell)
    return " ".join(said)


def _spanned(header: list[list[str]], width: int) -> list[list[str]]:
    """Header rows with a spanning cell's text repeated over the columns it spans.

    A cell that spans columns ("Năm 2023" over "KH" and "Ước TH", "So sánh (%)" over
    "ƯTH/KH" and "ƯTH 2023/TH 2022") is rendered once, the cells it covers left empty: an
    empty upper cell over a named lower cell, right of a cell that has a lower one too,
    belongs to the span on its left."""
    out = [list(r) + [""] * (width - len(r)) for r in header]
    for k in range(len(out) - 1):
        below = [any(r[n].strip() for r in out[k + 1:]) for n in range(width)]
        for n in range(1, width):
            if not out[k][n].strip() and below[n] and below[n - 1] and out[k][n - 1].strip():
                out[k][n] = out[k][n - 1]
    return out


def _label(label: str, t: TableWords) -> tuple[str, bool]:
    """A row label without its bullet or "Trong đó:", and whether it is a sub-row; a line break kept
    inside its cell ("Tổng thu NSNN<br>trên địa bàn", read as spaces) is one space."""
    s = label.strip()
    if "  " in s:
        s = " ".join(s.split())
    sub = s[:1] in "-+•*–"
    s = s.lstrip("-+•*– ").strip()
    if (w := t.sub_row.starting(s.lower())) and s[len(w):len(w) + 1] in (":", " ", ","):
        s, sub = s[len(w):].lstrip(" :,").strip(), True
    return s, sub


def _land_of_a_design(columns: list[Column], t: TableWords) -> None:
    """A land column beside a design column ("Quy mô (căn) | Diện tích đất (ha)") holds the land each
    project is designed on: background of no period, as the scale beside it."""
    if not any(c.what == "value" and c.role == "context" and t.design.starting(c.header.lower()) for c in columns):
        return
    for c in columns:
        if c.what == "value" and not c.kind and c.role == "actual" \
                and t.design_land.starting(" ".join(c.header.lower().split())):
            c.role = "context"


def _attained_against_a_plan(columns: list[Column]) -> None:
    """ "Chỉ tiêu | KH năm 2025 | TH 6 tháng | Đạt (%)": a percent column headed by an attaining verb alone, right
    after a result column with a plan column before it, holds that result as a percent of the plan, as "Tỷ lệ (%)"
    does; not "Tốt (%) | Đạt (%) | Chưa đạt (%)", the shares of pupils at each grade, no plan beside them."""
    for n, c in enumerate(columns):
        if c.unit != "%" or c.kind or c.what != "value" or n < 2:
            continue  # the usual column: no bare percent
        if not vocabulary().attained_verbs.is_one(_BRACKET_UNIT.sub("", " ".join(c.header.lower().split())).strip()):
            continue
        before = [x for x in columns[:n] if x.what == "value" and not x.kind and x.role != "context"]
        if before and before[-1] is columns[n - 1] and before[-1].role == "actual" \
                and any(x.role == "plan" for x in before[:-1]):
            c.kind, c.of_previous, c.pair, c.unit, c.plain = "plan_ratio", True, True, None, False


def _reference_level_column(low: str) -> bool:
    """ "Trạm | Mực nước (m) | Báo động 3 (m) | So với BĐ3 (m)", "Mực nước dâng bình thường (m)": a column opening
    with a reference level (an alarm level, a reservoir's design level) holds the level each row is held
    against, background of no period, not a result (``low`` the header lowercased)."""
    v = vocabulary()
    return bool(v.reference_levels.starting(low) or v.alarm_levels.starting(low))


def _specification_column(low: str, name: str, t: TableWords) -> bool:
    """ "Quy cách, tiêu chuẩn | TCVN 6260:2020", "Thông số kỹ thuật | 220x105x60 mm", "Chủng loại | PN10": a
    column saying what each row's goods are (their grade, size, standard or make) holds names, not figures;
    not one whose header names a unit ("Tiêu chuẩn (m2/người)"), a norm in figures (``low`` lowercased)."""
    return bool(t.specification.starting(low)) and not _YEAR.search(low) and _header_unit(name) is None


def _address_column(low: str, name: str, t: TableWords) -> bool:
    """ "Địa chỉ | Số 45 đường Lạch Tray, phường Gia Viên", "Trụ sở | Lô CN4, Khu công nghiệp Đình Vũ", "Địa chỉ (tổ,
    khu phố) | Tổ 2, khu phố Hưng Hòa": a column saying where each row's taxpayer, firm or household is holds house,
    lot, lane and road numbers, names, not figures; not one whose header names a unit or a year ("Địa chỉ … (km)")
    (``low`` lowercased)."""
    return bool(t.address.starting(low)) and not _YEAR.search(low) and _header_unit(name) is None


def _level_before_a_change(low: str, t: TableWords) -> bool:
    """ "Mặt hàng | Giá cũ (đồng/lít) | Giá mới (đồng/lít) | Tăng, giảm (đồng/lít)": a column of the level before an
    adjustment took effect is the level the new one is compared with, background, not a result; "Giá mới" and
    "Giá bán lẻ hiện hành" are the results (``low`` lowercased)."""
    return bool(t.earlier_level.starting(low))


def _fee_per_unit_column(low: str) -> bool:
    """ "Ngành/Chương trình | Học phí (đồng/tín chỉ)", "Viện phí (đồng/ngày)": a column opening with a fee a
    provider charges, its header naming a price per something, holds the fee set for each row, a term (context,
    no period); not the fees taken in ("Học phí (tỷ đồng)"), nor one naming a year (``low`` lowercased)."""
    return "/" in low and vocabulary().fees.starting(low) is not None and not _YEAR.search(low)


def _one_way_adjustment(low: str, t: TableWords) -> bool:
    """ "Kế hoạch vốn đã giao | Điều chỉnh giảm | Điều chỉnh tăng | Kế hoạch sau điều chỉnh": a column opening with
    an adjustment word and one way it goes (a cut, or a rise) holds the changes a resolution makes to each row's
    plan, in the row's unit, plan, of the table title's period, as "Điều chỉnh tăng (+), giảm (-)" does; not one
    in % ("Điều chỉnh giảm (%)"), nor "Kế hoạch sau điều chỉnh", the plan it leaves (``low`` lowercased)."""
    if not (word := t.adjustment.starting(low)) or "%" in low:
        return False  # the usual answer
    return vocabulary().change.starting(low[len(word):].lstrip()) is not None


def _control_column(low: str) -> bool:
    """A column's lowercased header opening with the control a demonstration is compared with ("Đối chứng",
    "Ruộng đối chứng (tấn/ha)"): the level held against the model's, of no period, context; not a column of the
    model itself ("Mô hình")."""
    return vocabulary().controls.starting(low) is not None  # one lookup of its first letter, most often no


def _coefficient_column(low: str) -> bool:
    """ "Chức danh | Hệ số phụ cấp so với mức lương cơ sở | 1,50", "Hệ số điều chỉnh giá đất | 1,2": a column opening
    with a coefficient word holds the coefficient each row is given, a norm in times (other, context, no period),
    not a percent of what it is set against; not one whose header names a unit of its own ("Hệ số (%)")
    (``low`` lowercased)."""
    return vocabulary().coefficients.starting(low) is not None and "(" not in low and not _YEAR.search(low)


def _tasks_quantities(columns: list[Column]) -> None:
    """ "TT | Nội dung nhiệm vụ | Chỉ tiêu, sản phẩm | Cơ quan chủ trì | Thời gian hoàn thành" with cells "Gieo cấy
    35.200 ha lúa, năng suất bình quân 52,5 tạ/ha": in a table with a column of deadlines, a label column after the
    row's label holds what each task is to deliver, written as prose: its cells are read as sentences are."""
    if not any(c.what == "deadline" for c in columns):
        return  # the usual table
    labels = [c for c in columns if c.what == "label"]
    for c in labels[1:]:
        c.what = "prose"


# "DT2016", "ƯTH2015": a column's word with its year glued on, parted as "DT 2016" is
_GLUED_YEAR: Final = re.compile(r"(?<=[^\W\d_])(?=(?:19|20)\d\d(?!\d))")


def _column(name: str, t: TableWords) -> Column:
    name = _GLUED_YEAR.sub(" ", name)
    low = " ".join(name.lower().split())
    if not low:
        return Column("note", header=name)
    if (m := _BRACKET_UNIT.search(name)) and t.against.starting(m.group(1).strip().lower()) \
            and any(w.found(head := low[:low.rfind("(")]) for w in (t.estimated, t.actual, t.plan)):
        # "Ước thực hiện 11 tháng (so cùng kỳ)": a level, the bracket naming what the change its cells give beside
        # it is against ("98.460 ha (tăng 2,1%)"), not a comparison column
        return _column(name[:m.start()], t) if head.strip() else Column("note", header=name)
    if t.year_column.is_one(low):  # "Năm" over a row per year: each row's year is its label
        return Column("label", header=name)
    for what, words in (("row_number", t.row_number), ("note", t.note), ("unit", t.unit), ("label", t.label),
                        ("name", t.code), ("note", t.note_reference), ("deadline", t.deadline)):
        if words.starting(low) and not _YEAR.search(low) and not (what == "label" and _quota_in_a_unit(low, t)) \
                and not (what == "name" and t.average.found(low)) \
                and not (what == "label" and t.criteria_requirements.starting(low)):
            # "Số thửa bình quân/hộ trước": an average of the things counted, not a plot's number
            return Column(what, header=name)
    if _specification_column(low, name, t) or _address_column(low, name, t):
        return Column("name", header=name)
    if (balance := _year_balance(low, name, t)) is not None:
        return balance
    # "Tăng, giảm so với đầu năm (%)": a change in % says so, whatever it compares with
    if t.design.starting(low) and not t.not_design.starting(low) and not _YEAR.search(low):
        # "Quy mô", "Tổng mức đầu tư (triệu đồng)": what a project is, not did; "Công suất lắp đặt năm 2020 (kWp)"
        # names a year: the level that year reached
        qualifier = "estimated" if t.design_estimated.found(low) else "exact"  # "Tổng vốn đầu tư dự kiến"
        return Column("value", "context", qualifier, header=name, unit=_header_unit(name))
    if t.fee.starting(low) and not _YEAR.search(low):  # "Mức phí (đồng/lượt)": the fare each class pays, a term
        return Column("value", "context", header=name, unit=_header_unit(name))
    if _fee_per_unit_column(low):  # "Học phí (đồng/tín chỉ)": the fee a school sets per credit, a term
        return Column("value", "context", header=name, unit=_header_unit(name))
    if "%" in low and vocabulary().set_rises.starting(low):
        # "Mức tăng (%)" beside each group a rule raises: the percent it is raised by, a term
        return Column("value", "context", kind="growth", header=name, unit=_header_unit(name))
    if _coefficient_column(low):  # "Hệ số phụ cấp so với mức lương cơ sở": a norm the rule sets, in times
        return Column("value", "context", kind="other", header=name, unit=vocabulary().raw["multiple_with"][0])
    if vocabulary().set_levels.starting(low) and not _YEAR.search(low):
        # "Mức chi": the level a rule sets, a term; "Giá vé năm 2018 (đồng/người)" names the year whose price it holds
        return Column("value", "context", header=name, unit=_header_unit(name))
    if t.same_period.starting(low) or _level_before_a_change(low, t):
        # "Cùng kỳ 2023 (ca)", "Giá cũ (đồng/lít)": the level compared with, of no period
        return Column("value", "context", header=name, unit=_header_unit(name))
    if _reference_level_column(low):  # "Báo động 3 (m)": the level a station's water is held against
        return Column("value", "context", header=name, unit=_header_unit(name))
    if _control_column(low):  # "Mô hình | Đối chứng | Chênh lệch": the control the model is held against
        return Column("value", "context", header=name, unit=_header_unit(name))
    if t.standard_limits.starting(low) and not t.ratio.found(low) and not t.growth.found(low):
        # "Cmax theo QCVN 40:2011/BTNMT, cột B": the limit a standard sets, a requirement
        return Column("value", "plan", header=name, unit=_header_unit(name))
    if t.criteria_requirements.starting(low):
        # "Chỉ tiêu chung" beside a criterion's state and yearly plan: its requirement, of no period
        return Column("value", "plan", header=name, unit=_header_unit(name), standard=True)
    if _one_way_adjustment(low, t):
        # "Điều chỉnh giảm | Điều chỉnh tăng": the cut or the rise a resolution makes to each row's plan
        return Column("value", "plan", kind="change", header=name, named=False, adjusts=True,
                      unit=_header_unit(name))
    compare = "growth" if t.growth.found(low) else "plan_ratio" if t.ratio.found(low) else None
    if compare == "plan_ratio" and t.count_opener.starting(low) and (bracket := _BRACKET_UNIT.search(name)) \
            and "%" not in bracket.group(1) and unit_of(bracket.group(1))[0] == "count":
        # "Số giáo viên còn thiếu so với định mức (người)": a count of the things it names, the comparison only
        # saying which
        compare = None
    if compare is None and low.startswith("%") and (named_base := _base_of(low[1:], t)) in ("plan", "previous_year"):
        # "% KH năm", "% SCK": the latest result as a percent of the plan or of the same period
        # before, as "So với KH (%)", "So với cùng kỳ (%)" are.
        return Column("value", kind="plan_ratio", base=named_base, header=name, pair=True, named=False)
    if compare is None and "%" not in low and low.endswith(")") \
            and t.change_alone.is_one(_BRACKET_UNIT.sub("", low).strip()):
        # "Tăng thêm (đơn vị)": a change word alone before the unit it counts, a change in that unit
        alone = _change_unit(name)
    else:
        alone = None
    if "%" not in low and (t.difference.found(low) or t.change_alone.is_one(low) or alone
                           or (compare in ("growth", "plan_ratio") and _sign_note(name))):
        # "Chênh lệch (+/-)", "So với năm học 2024-2025 (+/-)": one column less another, in the row's unit;
        # "Chênh lệch (‰)": two rates' difference, in points
        compare = "change_points" if "‰" in low else "change"
    if compare == "growth" and t.average.found(low) and not _names_its_base(low, t):
        # "Tăng BQ (%/năm)": the yearly average over the year columns' span (see _compare_columns), or over the
        # span it names ("Tăng BQ giai đoạn 2016-2025 (%/năm)")
        return Column("value", kind="growth", header=name, average=True, period=_span_named(name))
    # "Tỷ lệ tăng tự nhiên (‰)": the rate of a rise in per mille, a growth as "Tỷ lệ tăng (%)" is in percent
    own_rate = compare == "growth" and "‰" in low and vocabulary().change_rates.starting(low) is not None
    steps = _rank_steps(low, t) if compare == "growth" and "%" not in low and not own_rate else None
    if compare == "growth" and "%" not in low and not steps and not own_rate:
        if t.adjustment.starting(low):
            # "Điều chỉnh tăng (+), giảm (-)": the change a proposal makes to a plan, in the row's unit
            return Column("value", "plan", kind="change", header=name, named=False, adjusts=True)
        at = t.growth.first(low)
        word = t.growth.starting(low[at:]) or ""
        if not t.against.found(word) and (counted := _counted_column(low[at + len(word):].strip(" ,:"), t)):
            # "Tăng, giảm học sinh": a change in the things it names, not a %; not "Tăng so với đợt trước", what the
            # change is against
            return Column("value", kind="change", header=name, unit=counted)
    # "Tăng so với báo cáo ngày 11/9 (tỷ đồng)", "Tăng, giảm (ha)": a comparison whose header names a unit
    # of its own, not a % nor points nor times, holds changes in that unit
    moved = alone or (_change_unit(name) if compare in ("growth", "plan_ratio") and not steps and not own_rate
                      else None)
    if not moved and compare == "growth" and "%" not in low and not steps and not own_rate \
            and (against_at := t.against.first(low)) > 0:
        # "Tăng, giảm số vụ so với năm 2016": the things counted before what the change is against
        before_against = low[:against_at].rstrip()
        at = t.growth.first(before_against)
        word = t.growth.starting(before_against[at:]) or "" if at >= 0 else ""
        rest = before_against[at + len(word):].strip(" ,:") if word else ""
        if opener := t.count_opener.starting(rest):
            rest = rest[len(opener):].strip()  # "số vụ": the things a number of counts
        moved = _counted_column(rest, t) if rest else None
    if moved:
        compare = "change"
    part = low
    base = None
    pair = False
    if compare is None and _names_two_columns(low, t):
        compare = "plan_ratio"  # "ƯTH 2024/TH 2023" alone: one column as a percent of another
    if compare is None and "%" in low and t.result_ratio.is_one(_BRACKET_UNIT.sub("", low).strip().rstrip(" %")):
        # "Tỷ lệ (%)" after "Kế hoạch vốn 2024 | Giải ngân đến 15/11": the result before it
        # as a percent of the plan (see _compare_columns).
        return Column("value", kind="plan_ratio", header=name, pair=True, of_previous=True)
    against = t.against.found(low) if compare else None
    if against == "so" and t.ratio.starting(low[max(0, t.ratio.first(low)):]) != "so":
        against = None  # "So sánh DT 2025/ƯTH 2024": "so" opens another ratio word, not "So cùng kỳ"
    if compare and against is None and (opener := t.ratio.starting(low)):
        # "So sánh ước thực hiện với (%)" over "Dự toán năm | Cùng kỳ năm trước": what follows "với"
        against = t.ratio_to.found(low[len(opener):])
    if compare and against is None and "/" not in low and (opener := t.ratio.starting(low)) \
            and (named_base := _base_of(low[len(opener):], t)) in ("plan", "previous_year"):
        # "So sánh (%)" over "Cùng kỳ | Kế hoạch" (a two-row header read as "So sánh (%) Cùng kỳ"): the latest
        # result as a percent of what the cell below names, no target itself
        part, base, pair = opener, named_base, True
    elif compare and against:
        # "TH 2021 so với KH (%)", "So với cùng kỳ (%)": the column before the words compared
        # with the one after them.
        num, _, den = low.partition(against)
        if not num.strip() and (own := _UNDER_A_COMPARISON.search(den)):
            # "So với cùng kỳ năm 2024 (%)" over "Tháng 9/2025 | 9 tháng năm 2025": each column's own cell names
            # the time compared
            num, den = own.group(1), den[:own.start()]
        part, pair = num, True
        base = _base_of(den, t)
    elif compare and "/" in low:
        # "tăng/giảm" is one word; "ƯTH/KH", "DT 2025/ƯTH 2024" compare two columns.
        num, _, den = low.rpartition("/") if compare == "growth" and low.count("/") > 1 else low.partition("/")
        if not (compare == "growth" and low.count("/") == 1):
            part, pair = num, True
            base = _base_of(den, t)
    if steps:
        # "Tăng (+), giảm (-) bậc so với năm 2022": places gained or lost in a ranking, not a %
        return Column("value", "actual", "exact", None, "change", base, header=name, pair=pair, unit=steps,
                      named=False)
    role, qualifier = _role_of(part, t)
    period = period_of_header(part)
    if pair and (m := _SCHOOL_YEAR.search(low[len(part):])) and school_year_before(m.group(), period):
        base = "previous_school_year"  # "So sánh 2024-2025/2023-2024 (%)"
    named = not pair or bool(_YEAR.search(part) or any(w.found(part) for w in (t.estimated, t.plan, t.actual)))
    unit = _header_unit(name) if compare in (None, "growth", "change_points") else None
    if unit is None and compare is None and (counts := t.count_opener.starting(low)):
        unit = _counted_column(name[len(counts):].strip(), t)
    if compare == "growth" and unit and unit_of(unit)[0] in POINT_UNITS:
        # "Tăng (+), giảm (-) so với năm 2023 (điểm %)": a rate's change in points, not a growth in %
        compare = "change_points"
    if compare in ("growth", "plan_ratio") and (times := _header_unit(name)) and unit_of(times)[0] == "times":
        # "2018 so với 2008 (lần)": one column as a multiple of another, in times, not a %
        compare, unit = "multiple", times
    running = period is None and _running_months(part) is not None
    plain = compare is None and period is None and not running and (role, qualifier) == ("actual", "exact") \
        and not t.actual.found(part)
    return Column("value", role, qualifier, period, compare, base, header=name, pair=pair,
                  unit=moved or (unit if compare in (None, "change_points", "multiple") or own_rate else None),
                  running=running,
                  named=named, plain=plain)


def _year_balance(low: str, name: str, t: TableWords) -> Column | None:
    """ "Số cuối năm | Số đầu năm" in a balance sheet: a column of balances at the end of the report's
    year, and at its start, which is the end of the year before (the year the title names, else the
    report's: ``of_year``). Not a count of things ("Số …"); the unit is the unit line's."""
    bare = _BRACKET_UNIT.sub("", low).strip() if low.endswith(")") else low
    end = t.year_end_balance.is_one(bare)
    if not end and not t.year_start_balance.is_one(bare):
        return None
    return Column("value", header=name, unit=_header_unit(name), of_year="", years_back=0 if end else 1)


_RATIO_UNITS: Final = ("percent", "times", *POINT_UNITS)  # a comparison's own: a ratio, a multiple, points


def _sign_note(name: str) -> bool:
    """ "Tăng/giảm (+/-)", "Tăng, giảm (+,-)": a change header closing on a bracket of signs alone, no "%" nor
    unit: its cells are signed amounts in the row's unit (as "Chênh lệch (+/-)"), not a growth in %."""
    return bool((m := _BRACKET_UNIT.search(name)) and set(m.group(1).replace(" ", "")) <= _SIGNS
                and len(m.group(1).strip()) >= 2)


def _signs_after_each_word(name: str) -> bool:
    """ "Tăng (+), giảm (-)": a sign in a bracket after each change word, and no other bracket."""
    brackets = _BRACKETS.findall(name)
    return len(brackets) >= 2 and all(b.strip() in _SIGNS for b in brackets)


_SIGNS: Final = frozenset("+-−/,;")
_BRACKETS: Final = re.compile(r"\(([^()]*)\)")


def _change_unit(name: str) -> str | None:
    """ "Tăng so với báo cáo ngày 11/9 (tỷ đồng)", "Tăng, giảm (vụ)": the unit a comparison header names in its
    closing bracket when it is an amount's or a quantity's, or the things it counts, not a % nor points nor times;
    else None."""
    unit = _header_unit(name)
    if unit is None and (m := _BRACKET_UNIT.search(name)) and (inner := m.group(1).strip())[:1].islower():
        kind, _, per, noun = unit_of(inner)
        return inner if kind == "count" and noun and not per else None  # "(vụ)", "(người)": a change in a count
    return unit if unit and unit_of(unit)[0] not in _RATIO_UNITS else None


def _counted_column(rest: str, t: TableWords) -> str | None:
    """ "Số công trình, dự án" under "Đơn vị tính: ha": the things a "number of" column counts, which its
    cells are, not the table's unit; not "Số tiền", "Số thu", an amount the unit line measures. A unit of measure
    after the word ("Số mét giá", "Số km") is what its cells measure, as in a bracket."""
    low = rest.lower()
    if not low or t.not_counted.starting(low) or _DIGIT.search(low):
        return None
    unit, _, per, noun = unit_of(rest)
    return rest if unit == "count" and noun or unit != "count" and not per and unit not in _RATIO_UNITS else None


def _rank_steps(low: str, t: TableWords) -> str | None:
    """ "tăng (+), giảm (-) bậc so với năm 2022", "tăng/giảm (bậc)": the places of a ranking a change
    column's words count, right after them, or "tăng/giảm (điểm)" the points of a score; else None."""
    at = t.growth.first(low)
    if at < 0:
        return None
    word = t.growth.starting(low[at:]) or ""
    rest = low[at + len(word):].lstrip(" (").rstrip(")")
    return t.rank_steps.starting(rest) or (rest if t.score_steps.is_one(rest) else None)


def _quota_in_a_unit(low: str, t: TableWords) -> bool:
    """ "Chỉ tiêu tuyển sinh (học sinh)", "Chỉ tiêu giao (%)": a quota word and more words, closing on the
    unit of its cells in brackets or on who set them ("Chỉ tiêu Nghị quyết HĐND xã giao"), heads the places to fill
    or the rate to reach, a value column, not the label column ("Chỉ tiêu")."""
    if not (w := t.quota.starting(low)) or low[len(w):len(w) + 1] != " ":
        return False  # the usual answer
    if vocabulary().assigned.ending(low[len(w):].strip()):
        return True  # "Chỉ tiêu Nghị quyết HĐND xã giao": the targets its giver set, beside the row's label
    return bool((m := _BRACKET_UNIT.search(low)) and m.start() > len(w) + 1
                and (any(ch.isalpha() for ch in m.group(1)) or m.group(1).strip() == "%"))


def school_year_before(base: str | None, period: str | None) -> bool:
    """``base`` names the school year right before ``period``: "2024-2025" (or "2024 - 2025") before
    "2025-2026", compared with as the previous school year."""
    m = _SCHOOL_YEAR.fullmatch(base or "")
    return m is not None and period == f"{int(m.group(1)) + 1}-{int(m.group(2)) + 1}"


def _header_unit(name: str) -> str | None:
    """ "Lúa, hoa màu bị ngập (ha)", "Ước thiệt hại (tỷ đồng)": the unit a value column's header
    names in its closing bracket; a bracket naming only a count ("(người)", "(KH)") adds nothing."""
    if not (m := _BRACKET_UNIT.search(name)):
        return None
    unit, scale, _, counted = unit_of(m.group(1).strip())
    return m.group(1).strip() if unit != "count" or scale != 1 or _a_measure(counted) else None


def weighed(counted: str) -> bool:
    """ "tiêu hủy 604 con với trọng lượng 33.520 kg", "hỗ trợ 38.210 kg hơi", a column "Trọng lượng tiêu hủy (kg)":
    counted in a unit of mass (its word opening the noun phrase), the number is a weight, a level (an amount), not a
    count of things."""
    return vocabulary().weight_units.is_one(counted.lower().partition(" ")[0])


def _a_measure(counted: str | None) -> bool:
    """ "Lượng mưa (mm)", "Nhiệt độ TB (°C)", "PM2.5 TB năm (µg/m3)", "Trọng lượng tiêu hủy (kg)": a header's bracket
    naming a unit of measure the vocabulary lacks, or of mass, gives its cells that unit, levels measured in it, as a
    money or area unit would."""
    return counted is not None and (vocabulary().measure_units.is_one(counted.lower()) or weighed(counted))


def _names_two_columns(low: str, t: TableWords) -> bool:
    """ "ƯTH 2024/TH 2023", "DT 2025/ƯTH 2024": both sides of the one "/" name a column."""
    if low.count("/") != 1 or _MONTH_OF_YEAR.search(low):
        return False  # "Ước TH tháng 10/2024", "UTH Quý I/2025": a month or a quarter of a year
    sides = low.split("/")
    if not _YEAR.search(low) and all(t.plan.found(side) and not t.estimated.found(side) and not t.actual.found(side)
                                     for side in sides):
        return False  # "Dự toán/Kế hoạch": one column named two ways, the plan, no ratio
    return all(_YEAR.search(side) or any(w.found(side) for w in (t.estimated, t.plan, t.actual)) for side in sides)


def _against_a_norm(c: Column, t: TableWords) -> bool:
    """ "Tháng 3 | 21,6 | 0,5 | 78" under "Nhiệt độ TB (°C) | Chuẩn sai (°C) | Tỷ lệ so với TBNN (%)": a difference
    column, or a comparison with a long-term mean, which names no time of its own, holds the gap or percent of
    its row's month, as the level beside it does; not a running total's column nor one naming its base."""
    if c.what != "value" or c.kind not in ("change", "plan_ratio", "growth") or c.running or c.base is not None \
            or c.period is not None:
        return False
    low = c.header.lower()
    return t.long_term_mean.found(low) is not None or c.kind == "change" and t.difference.found(low) is not None


def _names_its_base(low: str, t: TableWords) -> bool:
    """ "Tăng, giảm bình quân so với Tết Kỷ Hợi 2019 (%)": a comparison word, then a year or a plan: the average's
    change against what it names, no yearly average over a span."""
    return (at := vocabulary().comparison.last(low)) >= 0 and _base_of(low[at:], t) is not None


def _compares_with_a_thing(header: str, t: TableWords) -> bool:
    """ "Lợi nhuận tăng so với sản xuất đại trà (%)": a header saying what it compares with, no time, plan nor
    year among its words: a gap from that thing, no base code names it."""
    low = " ".join(header.lower().split())
    if (at := vocabulary().comparison.last(low)) < 0:
        return False
    return _base_of(low[at:], t) is None and not t.previous_period.found(low[at:])


def _base_of(den: str, t: TableWords) -> str | None:
    """What a comparison column compares with: the plan ("KH 2024" is the plan, not the
    year), the school year before ("năm học trước"), the year before ("cùng kỳ"), or the year of the column it
    names (the same period of a year named: that year); a plan naming who gave it ("So DT HĐND huyện (%)", "So dự
    toán tỉnh giao") is that giver's estimate."""
    if t.plan.found(den):
        return _note_base(den) or "plan"
    if t.previous_school_year.found(den):
        return "previous_school_year"  # "so với năm học trước"
    year = _YEAR.search(den)
    if t.same_period.found(den):
        return year.group() if year else "previous_year"  # "so với cùng kỳ 2022": the year it names, as in prose
    return year.group() if year else None


def _year_of_a_part(header: str, title_period: str | None) -> str | None:
    """ "Dự toán năm" under "… QUÝ III NĂM 2025": a column of the year's plan under a title naming a part of the
    year is of that whole year; any other column naming no time is of the title's period."""
    if title_period and len(title_period) > 4 and _YEAR.match(title_period) \
            and vocabulary().year_plan.ending(" ".join(header.lower().split())):
        return title_period[:4]
    return title_period


def _quarters_of_a_year(columns: list[Column], title_period: str | None) -> None:
    """ "Quý I | Quý II | Quý III | Ước Quý IV | Ước cả năm", "6 tháng đầu năm | 6 tháng cuối năm |
    Cả năm": quarters or halves written without their year are of the year the table's title names,
    else of the report's; the whole year after them, or after months counted from the year's start ("TH 9 tháng |
    Ước cả năm"), is that year. Without a year in the title, the
    reading adds the report's (``of_year``)."""
    quarter = _header_patterns()[2]
    whole, first, second = _year_parts()
    found = False
    for c in columns:
        if c.what != "value" or c.kind or c.period is not None:
            continue
        low = " ".join(c.header.lower().split())
        if first.found(low) or second.found(low):
            c.of_year, c.running, found = "H1" if first.found(low) else "H2", False, True
        elif not c.running and (m := quarter.search(low)):
            c.of_year, found = f"Q{QUARTERS[m.group(1)]}", True
    # "KH năm 2014 | TH 9 tháng | So KH (%) | Ước cả năm | So KH (%)": months counted from the year's start beside it
    # make a whole year's column that year's too
    found = found or any(c.what == "value" and c.running for c in columns)
    if not found:
        return
    for c in columns:
        if c.what == "value" and not c.kind and c.period is None and c.of_year is None \
                and whole.found(" ".join(c.header.lower().split())):
            c.of_year = ""
    # "Dự toán 2025 | Quý I | … | Quý IV": bare quarters beside a plan, no result and no comparison (a "% KH"
    # column compares results) split the plan.
    values = [c for c in columns if c.what == "value"]
    plain = [c for c in values if not c.kind]
    parts = [c for c in plain if c.of_year is not None]
    rest = [c for c in plain if c.of_year is None]
    if rest and len(plain) == len(values) and all(c.role == "plan" for c in rest) \
            and all(c.role == "actual" and c.qualifier == "exact" for c in parts):
        for c in parts:
            c.role = "plan"
    if title_period and _YEAR.match(title_period):  # "… NĂM 2025", or a part of it ("… QUÝ III NĂM 2025"): its year
        year = title_period[:4]
        for c in columns:
            if c.of_year is not None:
                c.period = f"{year}-{c.of_year}" if c.of_year else year


def _balance_years(columns: list[Column], title_period: str | None) -> None:
    """ "Số cuối năm | Số đầu năm" under a title naming its year: the balances of that year's end and of
    the year before's."""
    if not title_period or not title_period.isdigit():
        return
    for c in columns:
        if c.what == "value" and c.of_year == "" and c.header and c.period in (None, title_period):
            c.period = str(int(title_period) - c.years_back)


@lru_cache(maxsize=1)
def _year_parts() -> tuple[Words, Words, Words]:
    """The words of the whole year, of its first half and of its second half."""
    p = vocabulary().raw["periods"]
    return Words(p["whole_year"]), Words(p["first_half"]), Words(p["second_half"])


def _role_of(header: str, t: TableWords) -> tuple[str, str]:
    if t.estimated.found(header):
        return "actual", "estimated"
    if (t.plan.found(header) or t.quota.starting(header)) and not vocabulary().plan_names.found(header):
        return "plan", "exact"  # not "Giường kế hoạch": a kind of bed named by its plan, counted as it stands
    if t.forecast.found(header) or t.forecast_of_a_year.found(header) and _YEAR.search(header):
        return "actual", "estimated"  # "Dự kiến đến năm 2025": the result foreseen ("Dự kiến KH 2026" is a plan)
    return "actual", "exact"


def _earlier_weeks(columns: list[Column], t: TableWords) -> None:
    """ "Tuần 46 | Tuần 47 | Tăng/giảm": plain columns each naming a numbered week (no period code), then a
    comparison column, hold the latest week's results and, before it, the levels of earlier weeks set beside
    them for comparison: those are context, as a "Cùng kỳ" column is."""
    weeks: list[tuple[int, Column]] = []
    for c in columns:
        if c.what != "value" or c.kind or c.period is not None or c.role != "actual":
            continue
        low = " ".join(c.header.lower().split())
        if (w := t.week.starting(low)) and (number := low[len(w):].strip().split(" ")[0]).isdigit():
            weeks.append((int(number), c))
    last = max((columns.index(c) for _, c in weeks), default=-1)
    compared = any(c.what == "value" and c.kind in ("change", "growth", "plan_ratio") for c in columns[last + 1:])
    if len(weeks) >= 2 and len({n for n, _ in weeks}) == len(weeks) and compared:
        # "Tuần 1 | Tuần 2 | Tuần 3 | Tuần 4 | Cả tháng", with no comparison after them, lists each week's results
        latest = max(n for n, _ in weeks)
        for n, c in weeks:
            if n < latest:
                c.role = "context"


def _changes_in_counted_things(columns: list[Column]) -> None:
    """ "Chỉ tiêu tuyển sinh (học sinh) | Chỉ tiêu năm học 2024-2025 | Tăng (+), giảm (-)": a change column
    naming no unit, no % and no period, after a column of no time of its own that names in brackets the things
    it counts and then a column of a named period, is the first less the second, in those things, of the
    first's period (the heading's), compared with the second's, not a growth in %."""
    for n, c in enumerate(columns):
        if c.kind != "growth" or c.pair or c.average or c.period is not None or "%" in c.header:
            continue
        values = [x for x in columns[:n] if x.what == "value" and not x.kind]
        if len(values) < 2 or not (values[-2].headed or values[-2].period) \
                or values[-1].period in (None, values[-2].period) or not (m := _BRACKET_UNIT.search(values[-2].header)):
            continue
        unit, _, _, noun = unit_of(m.group(1).strip())
        if unit == "count" and noun:
            num, c.base = values[-2], values[-1].period
            c.kind, c.unit, c.counted_change = "change", m.group(1).strip(), True
            c.role, c.qualifier, c.period, c.headed = num.role, num.qualifier, num.period, num.headed
            if school_year_before(c.base, c.period):
                c.base = "previous_school_year"


def _years_in_falling_order(columns: list[Column]) -> None:
    """ "Diện tích năm 2024 (ha) | Cơ cấu (%) | Diện tích năm 2019 (ha) | Tăng (+), giảm (-) (ha)": a change or
    growth column naming no time after result columns of whole years written latest first is the latest
    year's level less the earlier year's it ends on: of the latest year, compared with that earlier year (not
    the last column's year against the first's)."""
    for n, c in enumerate(columns):
        if c.what != "value" or c.kind not in ("change", "growth") or c.period is not None or c.running \
                or c.base is not None or c.average or c.adjusts or c.counted_change or c.of_previous:
            continue
        years = [x for x in columns[:n] if x.what == "value" and not x.kind and x.role == "actual"
                 and x.period and x.period.isdigit() and not x.in_percent]
        if len(years) < 2 or int(years[-1].period or 0) >= int(years[0].period or 0):
            continue
        latest = max(years, key=lambda x: int(x.period or 0))
        c.period, c.role, c.qualifier, c.base = latest.period, latest.role, latest.qualifier, years[-1].period


def _one_measures_years(values: list[Column]) -> list[Column]:
    """ "Số lượt lên đẻ năm 2019 | Số tổ trứng năm 2018 | Số tổ trứng năm 2019 | Tăng, giảm (%)": the last columns
    whose headers name one measure in different years, the ones a comparison after them compares (all of them when
    fewer than two do)."""
    def measure(x: Column) -> str:
        return _YEAR.sub("", " ".join(x.header.lower().split()))
    last = measure(values[-1])
    run = list(takewhile(lambda x: measure(x) == last, reversed(values)))
    return run[::-1] if len(run) >= 2 else values


def _years_newest_first(values: list[Column]) -> tuple[Column, str] | None:
    """ "Chỉ tiêu | Năm 2024 | Năm 2023 | So sánh (%)", "Chỉ tiêu | Năm 2024 | Năm 2025 | So sánh (%)": columns of
    results named by bare years, no plan among them; a comparison naming neither compares the newest with the
    oldest, not the last column with the first: the newest's column and the oldest's year (None unless the
    years fall or rise left to right)."""
    if len(values) < 2 or not all(x.period and x.role == "actual" for x in values):
        return None
    if not all(x.period.isdigit() for x in values if x.period) and not _same_part_of_years(values):
        return None
    years = [int((x.period or "0")[:4]) for x in values]
    if len(set(years)) < len(years):
        return None
    if years == sorted(years, reverse=True):
        return values[0], str(years[-1])
    if years == sorted(years):
        return values[-1], str(years[0])
    return None


_PART_OF_A_YEAR: Final = re.compile(r"((?:19|20)\d\d)(-(?:Q[1-4]|H[12]|\d\d))")  # "2025-Q3", "2024-H1", "2024-10"


def _same_part_of_years(values: list[Column]) -> bool:
    """ "Quý III/2025 | Quý III/2024": columns of the same part of different years (a quarter, a half, a
    month), compared as their years are ("Năm 2025 | Năm 2024")."""
    parts = [_PART_OF_A_YEAR.fullmatch(x.period or "") for x in values]
    return all(parts) and len({m.group(2) for m in parts if m}) == 1


def _difference_from_a_control(c: Column, values: list[Column]) -> bool:
    """A change column naming no time, after a result column of the heading's period and a control's column
    ("Mô hình | Đối chứng | Chênh lệch"): the result less the control."""
    if c.kind not in ("change", "change_points") or c.pair:
        return False  # the usual answer
    return any(x.headed and x.role == "actual" for x in values) \
        and any(x.role == "context" and _control_column(" ".join(x.header.lower().split())) for x in values)


def _rate_of_a_difference(columns: list[Column], n: int) -> bool:
    """ "Năm 2024 | Năm 2023 | Chênh lệch | Tỷ lệ (%)": a bare percent column right after a difference of two
    results (not of a result and its plan) holds that difference as a percent of the earlier level, a growth,
    not a share of the column before it."""
    change = columns[n - 1] if n else None
    return change is not None and change.what == "value" and change.kind == "change" and not change.adjusts \
        and not change.counted_change and change.base not in (None, "plan") and change.role == "actual"


def _occasions(columns: list[Column]) -> None:
    """ "Tết Quý Tỵ 2013 | Tết Giáp Ngọ 2014 | Tăng, giảm (%)": columns named by a festival with its year name events,
    no period (as a heading naming the festival does), and so do the comparisons of their figures; an earlier
    occasion's column beside a later one's is the level compared with."""
    named = {n: year for n, c in enumerate(columns)
             if c.what == "value" and not c.kind and c.period and (year := _occasions_year(c.header))}
    if not named:
        return  # the usual table
    periods = {columns[n].period for n in named}
    latest = max(named.values())
    for n, year in named.items():
        columns[n].period = None
        if year < latest and columns[n].role == "actual":
            columns[n].role = "context"
    for c in columns:
        if c.what == "value" and c.kind and c.period in periods:
            c.period = None


def _occasions_year(header: str) -> int | None:
    """ "Tết Giáp Ngọ 2014", "Số chỗ Tết Mậu Tuất 2018", "DIFF 2018": a column named by a festival with its year
    (maybe after its measure), or by nothing but a name in capitals and a year, an event held that year; not a table's
    abbreviation ("TH 2024", "KH 2025"); the year."""
    low = " ".join(header.lower().split())
    if m := opens_with_an_occasion(low):
        return int(m.group())
    if (m := A_YEAR.search(low)) and names_an_occasion(low[:m.start()]):
        return int(m.group())  # "Số chỗ Tết Mậu Tuất 2018": a measure of the festival that year
    if (m := A_YEAR.search(low)) and named_by_year(low[:m.start()], _events_named()):
        return int(m.group())  # "Hội chợ Xuân Kỷ Hợi 2019": an event named with its year
    if (m := CAPITALS_AND_A_YEAR.fullmatch(" ".join(header.split()))) and m.group(1).lower() not in _table_words():
        return int(m.group(2))
    return None


@lru_cache(maxsize=1)
def _events_named() -> Words:
    """The words of an event named with its year ("hội chợ", "liên hoan")."""
    return Words(vocabulary().raw["periods"]["events_named"])


@lru_cache(maxsize=1)
def _table_words() -> frozenset[str]:
    """Every word of the vocabulary's ``tables`` lists."""
    return frozenset(str(w).lower() for ws in vocabulary().raw["tables"].values() if isinstance(ws, list) for w in ws)


def _comparison_naming_its_period_before(columns: list[Column], n: int) -> Column | None:
    """The nearest comparison column before column ``n`` whose header names the period it compares ("Tháng 9/2011
    so với tháng 8/2011 (%)"), when column ``n`` opens with a comparison word and names none ("So với cùng kỳ
    (%)"); else None."""
    if not vocabulary().tables.ratio.starting(" ".join(columns[n].header.lower().split())):
        return None
    return next((x for x in reversed(columns[:n]) if x.what == "value" and x.kind and x.period is not None
                 and x.role == "actual"), None)


def _counts_things(c: Column) -> bool:
    """ "Gia đình văn hóa (hộ)": a column whose header counts things, no sum of money (not "Giải ngân (tỷ đồng)", whose
    bare rate beside it is the sum as a percent of its plan)."""
    return (m := _BRACKET_UNIT.search(c.header)) is not None and unit_of(m.group(1))[0] == "count"


def _compare_columns(columns: list[Column]) -> None:
    """A comparison column without a year of its own takes the period, role and qualifier
    of the value column it compares; a change column compares with the first year."""
    values = [c for c in columns if c.what == "value" and not c.kind]
    # Columns a comparison may compare: a period of their own (a code, or months counted from
    # the year's start), and not the year before's level set beside for comparison.
    # a column of the report's whole year, its year added in the reading ("Ước cả năm" beside "TH 9 tháng"), too
    known = [x for x in values if (x.period or x.running or x.of_year == "") and x.role != "context"]
    for n, c in enumerate(columns):
        if c.what != "value" or not c.kind or c.adjusts or c.counted_change:
            continue
        if c.average and len(years := sorted(int(x.period) for x in values if x.period and x.period.isdigit())) >= 2:
            # base None: compared with no one year; over the span its header names, else from the first year's column
            # to the last
            c.period = c.period or f"{years[0]}-{years[-1]}"
            continue
        if c.of_previous and _rate_of_a_difference(columns, n):
            # "Quý III/2025 | Quý III/2024 | Chênh lệch | Tỷ lệ (%)": the difference as a percent of the level
            # it starts from, a growth of the difference's period against its base
            change = columns[n - 1]
            c.kind, c.period, c.role, c.qualifier, c.base = \
                "growth", change.period, change.role, change.qualifier, change.base
            c.running, c.pair = change.running, False
            continue
        if c.of_previous:
            # "Kế hoạch vốn 2024 | Giải ngân đến 15/11 | Tỷ lệ (%)", "Năm 2024 | Kế hoạch giao |
            # Tỷ lệ (%)": the latest result before it, as a percent of the plan beside it.
            before = [x for x in columns[:n] if x.what == "value" and not x.kind and x.role != "context"]
            results = [x for x in before if x.role != "plan"]
            if before:
                num = results[-1] if results else before[-1]
                c.period, c.role, c.qualifier, c.running = num.period, num.role, num.qualifier, num.running
                c.of_year = "" if num.period is None and num.of_year == "" else c.of_year
                c.headed = c.headed or num.headed and num.period is None  # "Giải ngân đến 30/11/2024 | Tỷ lệ (%)"
                c.base = "plan" if any(x.role == "plan" for x in before if x is not num) else None
                if c.base is None and vocabulary().tables.plan.found(" ".join(c.header.lower().split())):
                    c.base = "plan"  # "Tỷ lệ sử dụng dự toán (%)": the result as a percent of the estimate it names
                    continue
                designs = [x for x in columns[:n] if x.what == "value" and not x.kind and x.role == "context"]
                if c.base is None and len(results) >= 2 and (base_year := _earlier_year(results[-2], num)):
                    # "Năm 2017 | Năm 2018 | Tỷ lệ (%)": no target beside them, the later year as a percent of the
                    # earlier, as "So sánh (%)" there is
                    c.base = base_year
                    continue
                if c.base is None and (len(before) >= 2 or designs or _counts_things(before[-1])) \
                        and not any(x.role == "plan" for x in before) \
                        and not vocabulary().plan_ratio_rates.starting(" ".join(c.header.lower().split())):
                    # "Thụ lý | Giải quyết | Tỷ lệ (%)", "Gia đình văn hóa (hộ) | Tỷ lệ (%)": the part of the column
                    # before it that the result is, or of the row's whole, no target beside it to be measured
                    # against: a share; so of a design's whole ("Giá trị
                    # hợp đồng | Giá trị thực hiện đến 30/9/2024 | Tỷ lệ (%)"); not a column naming a disbursement rate
                    # ("Số hộ được hỗ trợ | Kinh phí (triệu đồng) | Tỷ lệ giải ngân (%)"), the capital paid out of the
                    # capital allotted
                    c.kind = "share"
            continue
        if c.period is not None and (c.role, c.qualifier) == ("actual", "exact"):
            # "Ước TH tháng 10/2024 | … | Tháng 10/2024 so với cùng kỳ (%)": the period's only results
            # are estimates, and so is their comparison.
            same = [x for x in known if x.period == c.period and x.role == "actual"]
            if same and all(x.qualifier == "estimated" for x in same):
                c.qualifier = "estimated"
        elif c.running and c.period is None and (c.role, c.qualifier) == ("actual", "exact") \
                and (months := _running_months(" ".join(c.header.lower().split()))) is not None:
            # "Ước TH 11 tháng 2025 | 11 tháng so với cùng kỳ (%)": so for months counted from the year's start
            same = [x for x in known if x.running and x.role == "actual" and _running_months(x.header) == months]
            if same and all(x.qualifier == "estimated" for x in same):
                c.qualifier = "estimated"
        if c.period is None and not c.running:
            # "Tăng/giảm (%)" or "So sánh (%)" alone: the latest column against the first;
            # "So với KH (%)", "So với cùng kỳ (%)": the latest result against the plan or the year before.
            if c.pair and c.named:
                latest = [x for x in known if (x.role, x.qualifier) == (c.role, c.qualifier)]
                planned = {x.period for x in known if x.role == "plan" and x.period}
                if c.base == "plan" and planned and not any(x.period in planned for x in latest):
                    # "Thực hiện 2011 | Kế hoạch 2012 | Thực hiện 2012 | So sánh (%) TH/KH", the 2012 results noted
                    # as estimates: the result of the plan's year, however its qualifier was read
                    latest = [x for x in known if x.role == c.role and x.period in planned] or latest
            elif c.pair:
                # "Biên chế giao năm 2015 | Biên chế giao năm 2021 | Giảm so với năm 2015": no column of results,
                # the latest of the plans against the one it names
                latest = [x for x in known if x.role == "actual"] or ([] if c.base == "plan" else known)
            else:
                latest = known
            if latest:
                just = _result_just_before(columns, n, latest)
                num = _column_of_its_part(c, latest) or just or latest[-1]
                if not c.pair and (newest := _years_newest_first(_one_measures_years(latest))):
                    num, c.base = newest  # "Năm 2024 | Năm 2023 | So sánh (%)": the newer year against the older
                    num.measured = True
                elif not c.pair and c.base is None and just is num \
                        and (newest := _years_newest_first([x for x in columns[:n] if any(x is y for y in latest)])) \
                        and newest[0] is num:
                    # "6 tháng 2018 | 6 tháng 2019 | So sánh (%) | KH năm 2019": the results of two years before it,
                    # the plan's column after it; the newer against the older, not against the plan
                    c.base = newest[1]
                c.period, c.role, c.qualifier, c.running = num.period, num.role, num.qualifier, num.running
                c.of_year = "" if num.period is None and num.of_year == "" else c.of_year
                c.of_plain = num.plain and c.kind == "growth" and c.pair and not c.named
            elif _difference_from_a_control(c, values):
                # "Mô hình | Đối chứng | Chênh lệch" under "I. KẾT QUẢ … VỤ HÈ THU 2024": the model's result less
                # the control's, of the heading's period as the result is
                c.headed = True
            elif c.pair and not c.named and (headed := [x for x in values if x.headed and x.role == "actual"]):
                # "Kế hoạch (ha) | Đã gieo trồng (ha) | So với KH (%)" under a title naming no time: the
                # result's, of the heading's period as the result is
                num = headed[-1]
                c.role, c.qualifier, c.headed = num.role, num.qualifier, True
                c.of_plain = num.plain and c.kind == "growth"
            elif (compared := _comparison_naming_its_period_before(columns, n)) is not None:
                # "Tháng 9/2011 so với tháng 8/2011 (%) | So với tháng 12/2010 (%) | So với cùng kỳ (%)" and no level
                # column: each comparison naming only its base compares the period the first one names
                c.period, c.role, c.qualifier = compared.period, compared.role, compared.qualifier
        if c.kind == "change" and c.unit and c.period is None and not c.running \
                and (same := [x for x in columns[:n] if x.what == "value" and not x.kind and x.unit
                              and unit_of(x.unit)[0] == unit_of(c.unit)[0] and x.role != "context"]):
            # "Ước thiệt hại (tỷ đồng) | Tăng so với báo cáo ngày 11/9 (tỷ đồng)": the change of the
            # column before it in its unit, with that column's role and qualifier; not the level it is held
            # against ("Mực nước (m) | Báo động 3 (m) | So với BĐ3 (m)")
            c.role, c.qualifier = same[-1].role, same[-1].qualifier
        if c.kind == "growth" and c.base is None and values and values[0].role == "context" \
                and not _compares_with_a_thing(c.header, vocabulary().tables):
            c.base = "previous_year"  # against the same part of the year before
        context = [x for x in columns[:n] if x.what == "value" and not x.kind and x.role == "context"]
        if c.kind == "growth" and c.base is None and context and (year := _YEAR.search(context[-1].header)):
            c.base = year.group()  # "Tuần 38 | Cộng dồn | Cùng kỳ 2023 | Tăng/giảm (%)": against that year
        if c.kind == "growth" and c.base is None and values and values[0].period and values[0].period != c.period:
            # the first year's level; not a column of its own period beside it ("Tốc độ tăng (%) | Đóng góp
            # (điểm %)" under a title naming 2025), no growth against itself
            c.base = values[0].period
        if c.kind == "plan_ratio" and c.base is None \
                and not vocabulary().tables.previous_period.found(" ".join(c.header.lower().split())):
            c.base = "plan"  # not "so với (%) Tháng trước": a month has no base code
        if c.kind in ("change", "growth") and c.base is None and c.period and c.period.isdigit() \
                and vocabulary().compared_year_start.search(c.header.lower()):
            # "Tăng (+), giảm (-) so với đầu năm (triệu đồng)" under a title of 2024: against the level at
            # the end of the year before
            c.base = str(int(c.period) - 1)
        levels = [x for x in columns[:n] if x.what == "value" and not x.kind and x.role != "plan"]
        if c.kind == "change" and c.base is None and c.unit and len(levels) >= 2:
            # "Chỉ tiêu 2024 | Điểm chuẩn 2023 | Điểm chuẩn 2024 | Tăng/giảm (điểm)": a change in its own
            # unit, the last level less the one before, not less the quota beside them; "Năm học 2024-2025 |
            # Năm học 2025-2026" each over "Số lớp | Số học sinh": less the level of the period before
            earlier = [x for x in levels[:-1] if x.period != levels[-1].period]
            c.base = (earlier or levels[:-1])[-1].period
        if c.kind == "change" and c.base is None and values and (values[0].role == "plan"
                                                                 or values[0].period != c.period):
            # "Dự toán | Quyết toán | Chênh lệch": the result less the plan, or the first year; not the level's own
            # period ("Giá tháng 1/2019 | So với tháng trước"), against which it moved nothing
            c.base = "plan" if values[0].role == "plan" else values[0].period
        if school_year_before(c.base, c.period):
            c.base = "previous_school_year"  # "Năm học 2024-2025 | Năm học 2025-2026 | Tăng, giảm"


_WHOLE_CELL: Final = re.compile(r"[-−+]?\d{1,3}(?:\.\d{3})*")  # "-1.204", "+652": a whole number, maybe signed
WHOLE_CHANGE_FLOOR: Final = 100  # a change in % this large would be more than a doubling


_ARROWS: Final = "↑↓▲▼"
_NO_CHANGE: Final = frozenset(("", "-", "–", "=", "x"))


def _changes_in_whole_numbers(columns: list[Column], body: list[list[str]]) -> None:
    """ "Cấp học | Số trường | Số lớp | Số học sinh | Tăng/giảm so với năm học trước" with cells "-1.204", "+652":
    a change column naming no "%" nor unit, whose cells are all whole numbers and some as large as a hundred or
    written with a thousands point, holds changes in the unit of the value column before it (else the row's),
    not a growth in % ("Tăng/giảm so với cùng kỳ" over "5,2", "-1,3" stays one). So does a comparison column whose
    every cell says the level moved ("Giá (nghìn đồng/kg) | So với tháng trước" over "Tăng 80 - 100", "Tăng 50"),
    its cells written with "%" ("Tăng 15 - 20%") growths still."""
    change = vocabulary().change
    for n, c in enumerate(columns):
        if c.kind not in ("growth", "plan_ratio") or c.unit or c.average or "%" in c.header or c.what != "value":
            continue  # the usual column: no comparison, or one saying it is in %
        # "↑ 200", "↓ 500": a price table's arrows say the sign; "=" no change, "x" no price collected
        cells = [x for r in body if n < len(r) and (x := r[n].strip().lstrip(_ARROWS).strip()) not in _NO_CHANGE
                 and any(ch.isdigit() for ch in x)]
        said = [x[len(w):].strip() for x in cells if (w := change.starting(x.lower()))]
        if c.kind == "plan_ratio":
            if not cells or len(said) < len(cells):
                continue  # the usual ratio column: levels as a percent of another's
            cells = [x for x in said if "%" not in x]
        ends = [end for x in cells for end in x.replace("–", "-").split(" - ")]
        if not cells or not all(_WHOLE_CELL.fullmatch(x.strip()) for x in ends) \
                or not any("." in x or int(x.strip().lstrip("+-−")) >= WHOLE_CHANGE_FLOOR for x in ends):
            continue
        before = [x for x in columns[:n] if x.what == "value" and not x.kind]
        c.kind, c.unit = "change", before[-1].unit if before else None


def _changes_in_the_rows_units(columns: list[Column], body: list[list[str]], unit_line: str | None) -> None:
    """ "TT | Nội dung | ĐVT | Trước sắp xếp | Sau sắp xếp | Tăng (+), giảm (-)": a change column naming a sign after
    each word, no "%" nor unit, in a table whose rows name their units (in a unit column, or each in a bracket closing
    its label: "Số vụ tai nạn giao thông (vụ)") or under a unit line naming one that is no percent ("Đơn vị tính: cửa
    hàng"), holds changes in each row's unit (a % row's in points), not a growth in %."""
    label_at = next((n for n, c in enumerate(columns) if c.what == "label"), None)
    labels = [r[label_at].strip() for r in body if label_at is not None and label_at < len(r) and r[label_at].strip()]
    if not any(c.what == "unit" for c in columns) \
            and not (len(labels) >= UNITS_IN_LABELS and all(_BRACKET_UNIT.search(x) for x in labels)) \
            and (unit_line is None or unit_of(unit_line)[0] in _RATIO_UNITS):
        return  # the usual table: its rows name no unit of their own
    for c in columns:
        if c.kind == "growth" and not c.unit and not c.average and "%" not in c.header and c.what == "value" \
                and _signs_after_each_word(c.header):
            c.kind = "change"


UNITS_IN_LABELS: Final = 2  # rows enough to say each label names its row's unit


def _column_of_its_part(c: Column, known: list[Column]) -> Column | None:
    """ "Ước tính Quý III/2025 | Cộng dồn 9 tháng 2025 | So với cùng kỳ năm trước (%)" over "Quý III | 9 tháng":
    a comparison whose lower header names a part of the year without its year (a quarter, months counted
    from the year's start) compares the value column naming that part, not the last one; that column, or None."""
    low = " ".join(c.header.lower().split())
    if m := _header_patterns()[2].search(low):
        quarter = f"-Q{QUARTERS[m.group(1)]}"
        same = [x for x in known if x.period and x.period.endswith(quarter)]
    elif (months := _running_months(low)) is not None:
        same = [x for x in known if x.running and _running_months(x.header) == months]
    else:
        return None  # the usual answer: no part of a year under it
    return same[-1] if len(same) == 1 else None


def _result_just_before(columns: list[Column], n: int, latest: list[Column]) -> Column | None:
    """ "Thực hiện 10 tháng năm 2025 | So với cùng kỳ (%) | Ước cả năm 2025": a comparison naming no column stands
    right after the one it compares; a column after it (the year's estimate) is not its figure; nor is one after
    a group of comparisons standing together ("Ước TH 2025 | So sánh (%) KH | So sánh (%) Cùng kỳ | KH 2026": both
    compare the estimate). The column right before it (or before its group) when a later one would be taken, else
    None (the usual table: the compared column is the last)."""
    k = n - 1
    while k >= 0 and columns[k].what == "value" and columns[k].kind:
        k -= 1  # another comparison of the group
    if k < 0 or not any(x is columns[k] for x in latest) or latest[-1] is columns[k]:
        return None
    return columns[k]


RISE_BOUND: Final = 50.0  # a ratio to a past level sits near 100; a rise in % well below it


def _rises_against_a_past_time(columns: list[Column], body: list[list[str]]) -> None:
    """ "31/12/2023 | 30/9/2024 | So với 31/12/2023 (%)" with cells "6,80", "-8,10": a comparison with
    a past time whose cells are signed rises, not levels near 100, holds growths; so does any comparison a cell of
    which is written with its plus sign ("So với tháng trước (%)" with "+6,3", "0,0"), as no ratio is."""
    for n, c in enumerate(columns):
        if c.kind != "plan_ratio":
            continue
        cells = [x for r in body if n < len(r) and _SIGNED_CELL.match(x := r[n].strip())]
        plus = any(x[0] == "+" for x in cells)
        if not plus and (not c.base or not (c.base[:1].isdigit() or c.base.startswith("previous"))):
            continue
        if cells and (plus or any(x[0] in "-−" for x in cells)
                      or all(float(x.lstrip("+-−").replace(".", "").replace(",", ".")) < RISE_BOUND for x in cells)):
            c.kind = "growth"


_HUNDRED: Final = re.compile(r"100(?:[.,]0+)?")  # "100", "100,0", "100.00": the whole, in percent


def _earlier_year(before: Column, last: Column) -> str | None:
    """The year of ``before`` when it and ``last`` are results of two years, ``before``'s the earlier; else None."""
    if not (before.period and last.period and before.period.isdigit() and last.period.isdigit()):
        return None  # the usual pair: not two years
    return before.period if int(before.period) < int(last.period) else None


def _shares_of_a_whole(columns: list[Column], body: list[list[str]]) -> None:
    """ "Hạng mục | Diện tích (m2) | Tỷ lệ (%)" whose total row reads "Tổng cộng | 62.450 | 100": a percent
    column after the one value column it follows, no target beside it, whose total is 100 holds each row's
    share of the whole, not a result as a percent of a plan ("Giải ngân | Tỷ lệ (%)" totalling 87,4)."""
    ratios = [n for n, c in enumerate(columns) if c.of_previous and c.kind == "plan_ratio" and c.base is None]
    if not ratios:
        return  # the usual table
    label_at = next((n for n, c in enumerate(columns) if c.what == "label"), 0)
    sums = vocabulary().group_sums
    for n in ratios:
        if any(n < len(r) and label_at < len(r) and _HUNDRED.fullmatch(r[n].strip())
               and sums.starting(" ".join(r[label_at].lower().split())) for r in body):
            columns[n].kind = "share"


def _shares_of_the_column_before(columns: list[Column]) -> None:
    """ "Doanh thu năm 2018 (triệu đồng) | Cơ cấu doanh thu (%)": a plain percent column naming no time, right after
    a column of a year's results in a unit of its own, holds each row's share of that column: of its year and role."""
    for n in range(1, len(columns)):
        c, before = columns[n], columns[n - 1]
        if c.what == "value" and not c.kind and c.plain and c.unit == "%" and c.period is None and not c.running \
                and before.what == "value" and not before.kind and before.unit not in (None, "%") \
                and before.period is not None and before.period.isdigit():
            c.period, c.role = before.period, before.role


def _interest_rate_columns(columns: list[Column], names: list[str]) -> None:
    """ "Kỳ hạn | Tại quầy (%/năm) | Trực tuyến (%/năm)": a percent column per a time in a table whose header
    names a deposit's term or an interest rate holds the rates the bank pays, the price of money (`other`), not
    shares of a whole, as "kỳ hạn 6 tháng 4,7%/năm" is in prose; "Tăng BQ (%/năm)" beside years is a growth."""
    per_time = [c for c in columns if c.what == "value" and not c.kind and "%/" in c.header]
    if not per_time:
        return  # the usual table: no percent per a time
    v = vocabulary()
    if not v.interest_words.found(" ".join(names).lower()):
        return
    for c in per_time:
        if v.year_words.starting(c.header.partition("%/")[2].lstrip()):
            c.kind = "other"


def _to_a_day_before_the_years_end(header: str) -> bool:
    """ "Giải ngân đến 30/11/2025", "Thu đến 15/11": a header naming a day inside a year that is not its last, what
    the column counts from the year's start to that day; not "Dư nợ đến 31/12/2024", the year's."""
    day = _DAY.search(header) or _DAY_MONTH_HEADER.search(header)
    return day is not None and (int(day.group(1)), int(day.group(2))) != (31, 12) \
        and _as_of_words().ending(header[:day.start()].lower().rstrip()) is not None


def _count_had_on_a_months_last_day(header: str, t: TableWords) -> str | None:
    """ "Số tiêu chí đạt đến 30/6/2014", a column opening with a count's word and naming a month's last day with its
    year: the count there was on that day, of that month ("2014-06"); None for the usual column."""
    if not _to_a_day_before_the_years_end(header) or not t.count_opener.starting(header.lower()) \
            or not (day := _DAY.search(header)):
        return None
    d, m, y = int(day.group(1)), int(day.group(2)), int(day.group(3))
    return f"{y}-{m:02d}" if 1 <= m <= 12 and d == calendar.monthrange(y, m)[1] else None


@lru_cache(maxsize=1)
def _as_of_words() -> Words:
    """ "đến", "tính đến": right before the day a running total counts to."""
    return Words(vocabulary().raw["periods"]["as_of"])


_DAY_MONTH_HEADER: Final = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")  # "15/11": a day and month


TERM_CODE: Final = len("2020-2025")  # a span of years, as a term's code reads


@lru_cache(maxsize=1)
def _years_running_total() -> re.Pattern[str]:
    p = vocabulary().raw["periods"]
    return re.compile(rf"(?<!\w)(?:{alternation(p['cumulative'])})\s+(?:{alternation(p['year'])})\s+"
                      rf"(?:19|20)\d\d(?!\d)")


def _the_years_running_total(low: str) -> bool:
    """ "Cộng dồn năm 2025", "Lũy kế năm 2025": the year's own running total, which names the year and no month (as
    "Lũy kế 11 tháng" would): that year's, unlike "Lũy kế vốn đã bố trí đến hết năm 2025", from each project's start."""
    return _years_running_total().search(low) is not None


def _span_named(header: str) -> str | None:
    """The span of years a header names ("giai đoạn 2016-2025"), or None."""
    return m.group(1) + "-" + m.group(2) if (m := _SCHOOL_YEAR.search(header)) else None


def period_of_header(header: str) -> str | None:
    """The period a column header names: "TH năm 2022" 2022, "6 tháng đầu năm 2024" 2024-H1,
    "Quý II 2024" 2024-Q2; months counted from the year's start ("Ước TH 9 tháng 2024") have
    no code: None."""
    from solieu.extract.periods import period_in

    code = period_in(header)
    if code and len(code) == TERM_CODE and code[4] == "-" and vocabulary().congress_term.search(header):
        return code[5:]  # "Mục tiêu Nghị quyết nhiệm kỳ 2020-2025": a term's levels are of its last year
    if code and not code.isdigit():
        return code
    if m := _header_patterns()[0].search(header.lower()):
        return f"{m.group(2)}-Q{QUARTERS[m.group(1)]}"
    if _running_months(header) is not None:
        return None
    if not code and (day := _DAY.search(header)):
        # "31/12/2024": the year's level; "Giải ngân đến 31/10/2024": from the year's start to a day, no
        # code; "30/9/2024" alone: the stock on that day, its month's
        if (int(day.group(1)), int(day.group(2))) == (31, 12):
            return day.group(3)
        # "Thời điểm 01/7/2020": a census's or a survey's moment, the stock on that day as a day alone is
        before = header[:day.start()].strip(" :").lower()
        alone = (day.group() == header.strip() or bool(before) and vocabulary().tables.moment.is_one(before)) \
            and 1 <= int(day.group(2)) <= 12
        return f"{day.group(3)}-{int(day.group(2)):02d}" if alone else None
    return code or (m.group() if (m := _YEAR.search(header)) else None)


@lru_cache(maxsize=1)
def _header_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A quarter with a bare year after it ("Quý III 2024", as a header writes it), a count
    of months ("9 tháng 2024", "6 tháng năm 2023"; not "tháng 9", a month, nor "3 tháng 9"),
    and a quarter without its year ("Ước Quý IV")."""
    p = vocabulary().raw["periods"]
    quarter, month = alternation(p["quarter"]), alternation(p["month"])
    return (re.compile(rf"(?<!\w)(?:{quarter})\s+(iv|i{{1,3}}|[1-4])\s+((?:19|20)\d\d)(?!\d)"),
            re.compile(rf"(?<![\w,.])(\d{{1,2}})\s+(?:{month})(?!\s*\d{{1,2}}(?!\d))"),
            re.compile(rf"(?<!\w)(?:{quarter})\s+(iv|i{{1,3}}|[1-4])(?![\w/])"))


def _running_months(header: str) -> int | None:
    """ "Thực hiện 9 tháng 2023": the months a header counts from the year's start, fewer than
    twelve (twelve are the year), else None."""
    m = _header_patterns()[1].search(header.lower())
    return int(m.group(1)) if m and 0 < int(m.group(1)) < 12 else None


def _title_counts_the_months(header: str, title_period: str) -> bool:
    """ "TH 6 tháng" under a title naming the first half of a year ("2025-H1"), "TH 3 tháng" under
    its first quarter: a header counting months from the year's start, naming no year or the title's
    ("Ước TH 6 tháng 2025" under "… 6 THÁNG ĐẦU NĂM 2025"), counts those the title names."""
    months = _running_months(header)
    return months is not None and all(y.group() == title_period[:4] for y in _YEAR.finditer(header)) \
        and title_period.endswith(_MONTHS_FROM_START.get(months, "?"))


def _months_of_the_plans_year(columns: list[Column]) -> None:
    """ "Chỉ tiêu | KH năm 2025 | TH 6 tháng | Đạt (%)": a column counting months from a year's start and naming no
    year, beside the plan of one year, counts that year's months: "6 tháng" its first half, "3 tháng" its first
    quarter ("TH 9 tháng" has no code and stays so); beside plans of two years, or of none, it names no year."""
    running = [c for c in columns if c.running and c.what == "value" and not c.kind]
    if not running:
        return  # the usual table: no months counted from a year's start, or their year named
    years = {c.period for c in columns if c.what == "value" and c.role == "plan" and not c.kind
             and c.period and c.period.isdigit()}
    if len(years) != 1:
        return
    year = years.pop()
    for c in running:
        part = _MONTHS_FROM_START.get(_running_months(c.header) or 0)
        if part and not _YEAR.search(c.header):
            c.period, c.running = year + part, False


def _months_of_a_named_year(columns: list[Column]) -> None:
    """ "TH 6 tháng năm 2025", "TH 6 tháng" over "2025" on the header's second line: a column of the results of
    the months counted from the start of the year it names has that part's code when the months have one:
    "2025-H1", "TH 3 tháng 2025" "2025-Q1", the same half of the year before too ("TH 6 tháng 2019" beside "TH 6
    tháng 2020"), as a quarter column of the year before is, and an estimate of the months ("ƯTH 6 tháng 2014"), as
    one of a quarter is; "9 tháng 2025" has none and stays so, and so do a running total ("Cộng dồn 6 tháng 2025",
    "Lũy kế 6 tháng") and months with no code of the year before, set beside for comparison (read by
    ``_same_part_before``)."""
    for c in columns:
        if code := _part_of_a_named_year(c):
            c.period, c.running = code, False


def _part_of_a_named_year(c: Column) -> str | None:
    """The code of the part of a year a results column names with its year by the months it counts from the year's
    start ("TH 6 tháng 2025": "2025-H1"), or None."""
    if not c.running or c.what != "value" or c.kind or c.role != "actual" or c.qualifier not in ("exact", "estimated"):
        return None  # the usual column: no months counted from a year's start
    part = _MONTHS_FROM_START.get(_running_months(c.header) or 0)
    if part and len(years := {m.group() for m in _YEAR.finditer(c.header)}) == 1 \
            and not cumulative_words().found(c.header.lower()):
        return years.pop() + part
    return None


def _month_named_with_its_year_beside(columns: list[Column]) -> None:
    """ "Ước tháng 9/2025 | 9 tháng 2025 | Tháng 9 so cùng kỳ (%)": a column naming a month without its year,
    under a title naming none, is of the year another column names that month with ("2025-09"); not the same
    month of the year before, set beside for comparison ("Cùng kỳ tháng 9": context)."""
    for c in columns:
        if c.what != "value" or c.period is not None or c.running or c.role == "context" \
                or (month := _month_of_no_year(c.header)) is None:
            continue
        years = {o.period[:4] for o in columns if o is not c and o.what == "value" and o.period
                 and len(o.period) == 7 and o.period[4:] == f"-{month:02d}"}
        if len(years) == 1:
            c.period = f"{years.pop()}-{month:02d}"


def _same_part_before(columns: list[Column]) -> None:
    """ "Thực hiện 9 tháng 2023" beside "Ước TH 9 tháng 2024": months counted from an earlier
    year's start have no code, so read as this period's they would pass for its result. They
    are the year before's level, given for comparison: context, period None. A whole earlier
    year ("TH 2022"), a quarter or a half ("TH 6 tháng 2019") keeps its code and stays a result."""
    years = [int(m.group()) for c in columns if c.what == "value" for m in _YEAR.finditer(c.header)]
    if not years:
        return
    for c in columns:
        if (c.what == "value" and not c.kind and c.running and c.role != "plan"
                and (m := _YEAR.search(c.header)) and int(m.group()) < max(years)) \
                and _part_of_a_named_year(c) is None:
            c.role, c.period, c.running = "context", None, False


def _part_columns(columns: list[Column], t: TableWords) -> None:
    """ "Mục tiêu đến năm 2030 | Trong đó 4 sao trở lên": a column opening with a part word and naming
    no period of its own is a part of the column before it, of its period, role and qualifier; naming
    no unit, of its unit ("Dự toán chi năm 2026 (triệu đồng) | Trong đó: Chi đầu tư phát triển"). A period
    the table's title gave both is no period of its own."""
    for n in range(1, len(columns)):
        c, before = columns[n], columns[n - 1]
        if c.what == "value" and not c.kind \
                and (c.period is None or c.plain and (c.period == before.period or before.role == "context")) \
                and not c.running and before.what == "value" and not before.kind \
                and (before.period is not None or before.role == "context") \
                and t.sub_row.starting(" ".join(c.header.lower().split())):
            # "Tổng mức đầu tư: Tổng số | Trong đó: NS huyện": a part of a project's designed cost, context too
            c.period, c.role, c.qualifier, c.headed = before.period, before.role, before.qualifier, False
            c.plain = c.plain and before.plain
            if c.unit is None:
                c.unit = before.unit


def _stock_before_targets(columns: list[Column], t: TableWords) -> None:
    """ "Hiện có đến 31/12/2024 | Mục tiêu đến năm 2030": the stock a column opening with a word of what
    exists gives, earlier than the targets beside it and with no other result in the table, is where the
    targets start from: context of its period."""
    values = [c for c in columns if c.what == "value" and not c.kind]
    plans = [int(c.period[:4]) for c in values if c.role == "plan" and c.period and c.period[:4].isdigit()]
    if not plans:
        return  # the usual table: no target column with a year
    stocks = [c for c in values if c.role == "actual" and t.stock.starting(" ".join(c.header.lower().split()))]
    if len(stocks) != 1 or any(c.role == "actual" and c is not stocks[0] for c in values):
        return
    if stocks[0].period and stocks[0].period[:4].isdigit() and int(stocks[0].period[:4]) < min(plans):
        stocks[0].role = "context"


def _given_targets(columns: list[Column]) -> None:
    """Under a title of targets given ("CHỈ TIÊU … GIAO CÁC XÃ NĂM 2026"): a value column naming no role, period
    nor comparison of its own holds the targets given, of the title's period, whatever section it stands in."""
    for c in columns:
        if c.what == "value" and c.plain:
            c.role, c.plain = "plan", False


def _years_plan_under_its_months(columns: list[Column]) -> None:
    """ "11 tháng năm 2025" over "Kế hoạch năm | Ước thực hiện": the year's plan under a group naming months
    of one year is that whole year's plan (period the year), not the months' as the estimate beside it is."""
    year_plan = vocabulary().year_plan
    for c in columns:
        if c.what != "value" or c.kind or c.role != "plan" or not c.running:
            continue  # the usual column: no plan under months counted from a year's start
        low = " ".join(c.header.lower().split())
        if year_plan.ending(low) and len(years := {m.group() for m in _YEAR.finditer(low)}) == 1:
            c.period, c.running = years.pop(), False


def _before_and_after(columns: list[Column], t: TableWords) -> None:
    """ "Số thửa bình quân/hộ trước | Số thửa bình quân/hộ sau": two value columns headed alike but for their last
    words, the level before a change and the one after it; the first is the level the second is set beside,
    background of no period."""
    before, after = t.before_after.words[0], t.before_after.words[1]
    heads = {" ".join(c.header.lower().split()): c for c in columns if c.what == "value" and not c.kind}
    for head, c in heads.items():
        if head.endswith(f" {before}") and f"{head[:-len(before)]}{after}" in heads:
            c.role, c.period, c.headed = "context", None, False


def _foreseen(columns: list[Column], t: TableWords) -> None:
    """ "Số tiêu chí đạt năm 2011 | … đến 30/6/2014 | Tăng | Dự kiến năm 2015" with no target column: the forecast
    column is what the office expects to reach, its aim (read as a target when its year is to come); beside a
    target column ("Mục tiêu đến năm 2025 | … | Dự kiến đến năm 2025") it is the result foreseen."""
    values = [c for c in columns if c.what == "value" and not c.kind]
    if any(c.role == "plan" for c in values):
        return
    for c in values:
        low = c.header.lower()
        if (c.role, c.qualifier) == ("actual", "estimated") \
                and (t.forecast.found(low) or t.forecast_of_a_year.found(low) and _YEAR.search(low)):
            c.foreseen = True


def _plan_period(columns: list[Column]) -> None:
    """ "Năm 2023 | Năm 2024 | Kế hoạch giao": a plan column naming no period is the plan of
    the table's latest result, of that result's period (of its year when it counts months from
    the year's start: "TH năm 2023 | Kế hoạch | Ước TH 9 tháng 2024" plans 2024), and so is one given
    the period another target column names of its own."""
    latest: tuple[int, str] | None = None
    for c in columns:
        if c.what == "value" and not c.kind and c.role == "actual":
            m = _YEAR.search(c.period or c.header)
            if m and (latest is None or int(m.group()) >= latest[0]):
                latest = int(m.group()), c.period or m.group()
    # "Mục tiêu NQ ĐH XV | Ước TH 2015 | Đánh giá | Mục tiêu 2020" under a title "… VÀ MỤC TIÊU ĐẾN NĂM 2020": the
    # title's year is the later target column's own, not that of the target the result is judged against
    named = {c.period for c in columns if c.what == "value" and c.role == "plan" and _YEAR.search(c.header)}
    results = [c.period for c in columns if c.what == "value" and not c.kind and c.role == "actual" and c.period
               and _YEAR.search(c.header)]
    for c in columns:
        if c.what != "value" or c.kind or c.role != "plan" or c.running or c.standard or _YEAR.search(c.header):
            continue
        if c.period is None and latest:
            c.period = latest[1]
        elif c.period in named and results and c.period not in results:
            c.period = results[-1]


# ------------------------------------------------------------------------- the words


class TableWords:
    """The ``tables`` section of the vocabulary."""

    def __init__(self, raw: dict[str, object]) -> None:
        def words(key: str) -> Words:
            value = raw[key]
            assert isinstance(value, list)
            return Words(value)

        self.row_number, self.label, self.unit, self.note = (words(k) for k in ("row_number", "label", "unit", "note"))
        self.code, self.specification, self.address = words("code"), words("specification"), words("address")
        self.deadline, self.header_groups = words("deadline"), words("header_groups")
        self.work_types, self.ratio_to = words("work_types"), words("ratio_to")
        # The longest text a flattened table's first line may be: a row-number or label word.
        self.year_column = words("year_column")
        self.first_cell_longest = max(self.row_number.longest, self.label.longest, self.year_column.longest)
        self.estimated, self.plan, self.ratio, self.growth, self.forecast = (
            words(k) for k in ("estimated", "plan", "ratio", "growth", "forecast"))
        self.unit_line, self.sub_row, self.title = words("unit_line"), words("sub_row"), words("title")
        self.actual, self.against, self.same_period = (words(k) for k in ("actual", "against", "same_period"))
        self.moment = words("moment")
        self.previous_period, self.index_base = words("previous_period"), words("index_base")
        self.previous_school_year = words("previous_school_year")
        self.difference, self.result_ratio, self.design = words("difference"), words("result_ratio"), words("design")
        self.long_term_mean, self.earlier_level = words("long_term_mean"), words("earlier_level")
        self.standard_limits, self.made_of = words("standard_limits"), words("made_of")
        self.change_time_tails = words("change_time_tails")
        self.design_estimated, self.not_design = words("design_estimated"), words("not_design")
        self.design_land = words("design_land")
        self.fee = words("fee")
        self.date_heads, self.attachment = words("date_heads"), words("attachment")
        self.rank, self.rank_steps, self.header_rating = words("rank"), words("rank_steps"), words("header_rating")
        self.score_steps, self.quota = words("score_steps"), words("quota")
        self.count_opener, self.not_counted = words("count_opener"), words("not_counted")
        self.average, self.stock, self.adjustment = words("average"), words("stock"), words("adjustment")
        self.week = words("week")
        self.change_alone = words("change_alone")
        self.data_words = words("data_words")
        self.row_of, self.total_rows = words("row_of"), words("total_rows")
        self.before_after = words("before_after")
        self.criteria_requirements = words("criteria_requirements")
        self.forecast_of_a_year = words("forecast_of_a_year")
        self.title_fillers, self.given_title_targets = words("title_fillers"), words("given_title_targets")
        self.given_title_verbs = words("given_title_verbs")
        self.verdicts = words("verdicts")
        self.note_reference = words("note_reference")
        self.year_end_balance, self.year_start_balance = words("year_end_balance"), words("year_start_balance")
        quals = raw["cell_qualifiers"]
        assert isinstance(quals, dict)
        self.cell_qualifiers = {str(k): str(q) for k, q in quals.items()}


# ------------------------------------------------------------------------- the cells


_SLASH_SPACES: Final = re.compile(r"\s*/\s+|\s+/\s*")


@lru_cache(maxsize=256)
def unit_of(words: str) -> tuple[str, float, bool, str | None]:
    """A row's unit words ("Tỷ đồng", "Triệu đồng/người", "%") as (unit, scale, per, counted)."""
    from solieu.extract.scan import read_unit

    scale = 1.0
    if "/ " in words or " /" in words:
        # "Tr.đồng/ người/ năm": a cell's line broken after each "/"; "Triệu đồng/người /tháng", before one
        words = _SLASH_SPACES.sub("/", words)
    if words[:1] == "1" and (m := _SCALE_NUMBER.match(words)):  # "1.000 đồng": thousands of đồng
        scale, words = 10.0 ** m.group(1).count("0"), words[m.end():]
    probe = "1 " + words
    f = Figure(start=0, end=1, value=1.0)
    read_unit(probe, f, "")
    return f.unit, f.scale * scale, f.per, f.counted


def cell_qualifier(v: Vocabulary, text: str, cell: Cell, start: int) -> str | None:
    """ "< 4,5", "Khoảng 75,5", "Trên 600": the sign or the qualifier word, the whole of the
    cell before the number."""
    before = text[cell.start:start].strip().rstrip("-−").strip()
    if not before:
        return None
    if (sign := v.tables.cell_qualifiers.get(before[-1:])) or before[-1:].lower() not in v.qualifier_ends:
        return sign
    low = before.lower()
    m = v.qualifiers.match(low[::-1])
    return m.lastgroup if m and m.end() == len(low) else None
