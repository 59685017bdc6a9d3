"""Tables laid out by spacing alone (no lines drawn), as a PDF page's words place them.

A borderless table's rows are lines whose words fall into separate groups with wide gaps
between them, two or more of the groups numbers (`Tỷ lệ hộ nghèo   %   9,8   8,0   7,6`).
Such lines one after the other, or with lines of labels wrapped between them, are a table;
inside one, a row may have a single figure (`3   6.914`) or none (a section's `I   CHỈ TIÊU
KINH TẾ`); one row alone is a table only at a page's top (a table going on). Its columns are
where its cells stand, a column whose cells a word processor aligns apart (row marks, a dash
left of figures aligned right) made one. A row label wrapped over lines (as many above its
numbers as below when the cell centres it, below when it starts at the top) is joined back
into its row, and the lines right above that name the columns are its header: one row, or
two when a header cell stands over two columns (written once, the cell it covers left empty,
as a merged cell is rendered). Prose never has such gaps: its words stand a space apart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

# A gap wider than this many line heights separates cells, a word space being about a quarter
# of one: a word processor's table leaves only its cells' padding between a figure aligned right
# and the next cell's word aligned left (two 0.19 cm, a line height of 11 pt type), and the cells of
# a header (`Chênh lệch (+/-)  So sánh (%)`) or a label and its unit may stand as close.
CELL_GAP = 0.6
# Lines of one table stand at most this many line heights apart.
ROW_GAP = 1.6
HEADER_LINES = 8  # a header cell wrapped over eight lines at the most
WRAP_LINES = 10  # lines of labels wrapped between two rows at the most
# A cell that is a number (a bound, a sign, a percent) or the dash of an empty one.
NUMBER_CELL = re.compile(r"[<>≤≥]?\s?[-−–]?\d[\d.,]*\s?[%‰]?|[-−–]")
DASH = re.compile(r"[-−–]")  # the dash of an empty cell
YEAR = re.compile(r"(?:19|20)\d\d")
# A row's number or letter in a table's first column: `1`, `12`, `A`, `IV`, `1.2`.
ROW_MARK = re.compile(r"[IVX]{1,4}|[A-Z]|\d{1,2}(?:\.\d{1,2})?\.?")


@dataclass
class _Line:
    top: float
    bottom: float
    words: list[tuple[float, float, str]] = field(default_factory=list)  # x0, x1, text

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @cached_property
    def groups(self) -> list[tuple[float, float, str]]:
        """Its words joined into cells at gaps up to CELL_GAP. Read once the line has all its
        words."""
        groups: list[tuple[float, float, str]] = []
        for x0, x1, text in self.words:
            if groups and x0 - groups[-1][1] <= CELL_GAP * self.height:
                groups[-1] = (groups[-1][0], x1, f"{groups[-1][2]} {text}")
            else:
                groups.append((x0, x1, text))
        return groups

    @property
    def numbers(self) -> int:
        return sum(1 for _, _, t in self.groups if NUMBER_CELL.fullmatch(t))

    @property
    def figures(self) -> int:
        """Its numbers but years: a header's line of years (`2023   2024   2025`) is no row."""
        return sum(1 for _, _, t in self.groups if NUMBER_CELL.fullmatch(t) and not YEAR.fullmatch(t))


Box = tuple[float, float, float, float]


def aligned_tables(words: list[dict[str, Any]]) -> list[tuple[Box, list[list[str]], list[tuple[float, float]]]]:
    """The borderless tables among a page's ``words`` (pdfplumber's, top to bottom): each
    one's bounding box, its rows of cells, header rows first, and where its columns stand
    (x0, x1)."""
    lines = _lines(words)
    tables = []
    i = 0
    while i < len(lines):
        if not _is_row(lines[i]):
            i += 1
            continue
        at = [i]
        while (k := _next_row(lines, at[-1])) is not None:
            at.append(k)  # the next row, past the lines of labels wrapped between the two
        j = at[-1]
        # a label wrapped around its numbers may be all a column has
        columns = _aligned(lines[i:j + 1], _columns(lines[i:j + 1]))
        labels = _label_columns(lines[i:j + 1], columns)
        lo, hi = i, j
        first = _columns([lines[i]])
        while lo > 0 and i - lo < WRAP_LINES and _near(lines[lo - 1], lines[lo]) and _within(lines[lo - 1], columns):
            if _marked(lines[lo - 1], first):
                at.insert(0, lo - 1)  # a section's row above the first
            elif not all(_column(x0, x1, columns) in labels for x0, x1, _ in lines[lo - 1].groups):
                break
            lo -= 1  # the first row's label, wrapped above its numbers
        if len(at) < 2 and lo > 0:  # one row is a table only at the page's top: a table going on
            i = j + 1
            continue
        edge = _label_edge(lines[i:j + 1], columns)
        while hi + 1 < len(lines) and _near(lines[hi], lines[hi + 1]) and _within(lines[hi + 1], columns) \
                and _wraps(lines[hi], lines[hi + 1], columns, edge):
            hi += 1  # the last row's label, wrapped below it
        head = lo
        while head > 0 and lo - head < HEADER_LINES and _near(lines[head - 1], lines[head]) \
                and _is_header(lines[head - 1], columns):
            head -= 1
        body = _rows(lines[lo:hi + 1], [n - lo for n in at], columns)
        x0 = min(g[0] for ln in lines[head:hi + 1] for g in ln.groups)
        x1 = max(g[1] for ln in lines[head:hi + 1] for g in ln.groups)
        header = _header(lines[head:lo], columns, _right_edges(lines[lo:hi + 1], columns))
        tables.append(((x0, lines[head].top, x1, lines[hi].bottom), header + body, columns))
        i = hi + 1
    return tables


def _lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Words -> lines (a shared top, within 2 points), their words left to right."""
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1].top) <= 2:
            line = lines[-1]
            line.bottom = max(line.bottom, w["bottom"])
        else:
            line = _Line(w["top"], w["bottom"])
            lines.append(line)
        line.words.append((w["x0"], w["x1"], w["text"]))
    for line in lines:
        line.words.sort()
    return lines


def _is_row(line: _Line) -> bool:
    return len(line.groups) >= 3 and line.figures >= 2


def _short_row(line: _Line, cells: list[tuple[float, float]]) -> bool:
    """A row of few cells inside a table (`3   6.914`, its label wrapped around it): a figure
    and another group, each under one of the row above's ``cells``."""
    return len(line.groups) >= 2 and line.figures >= 1 and all(
        sum(1 for c0, c1 in cells if min(x1, c1) > max(x0, c0)) == 1 for x0, x1, _ in line.groups)


def _marked(line: _Line, cells: list[tuple[float, float]]) -> bool:
    """A row of words alone, a section's (`I   CHỈ TIÊU KINH TẾ`): it opens with a row's number
    or letter (`I`, `3`, `A`) at the left of the row above's first cell."""
    x0, x1, text = line.groups[0]
    return x1 <= cells[0][1] and ROW_MARK.fullmatch(text) is not None


def _next_row(lines: list[_Line], j: int) -> int | None:
    """The row after row ``j`` in the same table: the next line, or the first row after at most
    WRAP_LINES lines of labels wrapped between the two (each near the one above, no numbers, no
    group across two of row ``j``'s cells, as a line of prose would be); None if the table ends
    at ``j``."""
    cells = _columns([lines[j]])
    for k in range(j + 1, min(j + 2 + WRAP_LINES, len(lines))):
        if not _near(lines[k - 1], lines[k]):
            return None
        if _is_row(lines[k]) or _short_row(lines[k], cells) or _marked(lines[k], cells):
            return k
        if lines[k].numbers or any(sum(1 for c0, c1 in cells if min(x1, c1) > max(x0, c0)) > 1
                                   for x0, x1, _ in lines[k].groups):
            return None
    return None


def _label_columns(lines: list[_Line], columns: list[tuple[float, float]]) -> set[int | None]:
    """The columns where the table's lines have words, not numbers: its labels' (and the row
    numbers')."""
    return {_column(x0, x1, columns) for ln in lines for x0, x1, t in ln.groups if not NUMBER_CELL.fullmatch(t)}


def _near(a: _Line, b: _Line) -> bool:
    return b.top - a.bottom <= ROW_GAP * a.height


def _columns(rows: list[_Line]) -> list[tuple[float, float]]:
    """Where the rows' groups stand, overlapping spans merged: one span per column."""
    spans = sorted((x0, x1) for ln in rows for x0, x1, _ in ln.groups)
    columns: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1]:
            columns[-1] = (columns[-1][0], max(columns[-1][1], x1))
        else:
            columns.append((x0, x1))
    return columns


def _aligned(rows: list[_Line], columns: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The ``columns`` of a table's ``rows`` with each column whose cells are aligned apart made
    one: a word processor aligns a column's figures right and its words left, so its row marks
    (`I`, `A` on the left, `1`, `12` on the right) or a dash standing for an empty cell (on the
    left of figures aligned right) make a column of their own. Two neighbouring columns are one
    when no line has a cell in both, the right one holds only numbers and the left one no
    numbers but dashes, each a row's mark opening its line or on a line with a number besides (a
    dash, `3=2-1` in the line numbering the columns; not a label wrapped above or below its
    row's numbers)."""
    def held(k: int) -> list[tuple[int, tuple[float, float], str]]:
        return [(n, (x0, x1), t) for n, ln in enumerate(rows) for x0, x1, t in ln.groups
                if _column(x0, x1, merged) == k]

    merged = list(columns)
    k = 0
    while k + 1 < len(merged):
        left, right = held(k), held(k + 1)
        if (left and right and not {n for n, _, _ in left} & {n for n, _, _ in right}
                and all(NUMBER_CELL.fullmatch(t) for _, _, t in right)
                and all((DASH.fullmatch(t) or not NUMBER_CELL.fullmatch(t))
                        and (rows[n].numbers > bool(DASH.fullmatch(t))
                             or ROW_MARK.fullmatch(t) and rows[n].groups[0][2] == t)
                        for n, _, t in left)):
            merged = [*merged[:k], (merged[k][0], merged[k + 1][1]), *merged[k + 2:]]
        else:
            k += 1
    return merged


def _column(x0: float, x1: float, columns: list[tuple[float, float]]) -> int | None:
    """The column a group overlaps most, or None if it overlaps none."""
    best, overlap = None, 0.0
    for k, (c0, c1) in enumerate(columns):
        o = min(x1, c1) - max(x0, c0)
        if o > overlap:
            best, overlap = k, o
    return best


def _within(line: _Line, columns: list[tuple[float, float]]) -> bool:
    """A wrapped label's line: no numbers, each group inside one column."""
    return line.numbers == 0 and all(
        sum(1 for c0, c1 in columns if min(x1, c1) > max(x0, c0)) == 1 for x0, x1, _ in line.groups)


def _overlapped(x0: float, x1: float, columns: list[tuple[float, float]]) -> list[int]:
    """The columns a group stands over, each by a quarter of its width at least."""
    return [k for k, (c0, c1) in enumerate(columns) if min(x1, c1) - max(x0, c0) >= 0.25 * (x1 - x0)]


def _is_header(line: _Line, columns: list[tuple[float, float]]) -> bool:
    """A header line: no group from the first column on (a title, a unit line or a paragraph
    above the table) or across more than half of the columns, nor a line of one group over the
    first column or none, nor a unit line (`Đơn vị tính: triệu đồng` set right over the table). A
    group may stand over no column: a header cell centred over a column whose cells stand at one
    side (`STT` over row numbers aligned right)."""
    from solieu.renditions.paragraphs import is_unit_line  # which reads this module's cells

    if len(line.groups) == 1 and _column(*line.groups[0][:2], columns) in (0, None) \
            or is_unit_line(" ".join(t for _, _, t in line.groups)):
        return False
    for x0, x1, _ in line.groups:
        across = [k for k, (c0, c1) in enumerate(columns) if min(x1, c1) > max(x0, c0)]
        if len(across) > max(2, len(columns) // 2) or len(across) > 1 and 0 in across:
            return False
    return True


def _header(lines: list[_Line], columns: list[tuple[float, float]], edges: dict[int, float]) -> list[list[str]]:
    """The header lines as header rows: a header cell wrapped over lines is joined. A cell over
    two columns or more (`Năm 2023` over `KH` and `Ước TH`) is written once, in the first of
    them, and the header is two rows, the spanning cells' and those under them, as a table
    whose cells are merged is rendered (the cells a merged one covers left empty): the upper
    row ends with the last line to leave a column empty that the lines below name, right of
    one it names itself, when the lines below leave a column empty that it names (a header
    of one row whose wrapped cells start higher than its one-line ones has none)."""
    if not lines:
        return []
    placed = [_header_cells(line, columns) for line in lines]  # per line: column -> (x0, x1, text)
    for t, line in enumerate(placed):
        # A cell centred over two columns may stand more over the second: it starts left of
        # that column, over one that no line above names and the lines below do.
        named_above = {k for cells in placed[:t + 1] for k in cells}
        named_below = {k for cells in placed[t + 1:] for k in cells}
        for k in sorted(line):
            if (k > 0 and line[k][0] < columns[k][0] - 1 and k - 1 not in named_above and {k - 1, k} <= named_below
                    and not _centred_alike(line[k], [cells[k] for cells in placed[t + 1:] if k in cells],
                                           lines[t].height)):
                line[k - 1] = line.pop(k)
                named_above.add(k - 1)
    split = 0
    for t in range(1, len(placed)):
        upper = {k for cells in placed[:t] for k in cells}
        lower = {k for cells in placed[t:] for k in cells}
        if not upper <= lower and any(k not in upper and k - 1 in upper and {k - 1, k} <= lower
                                      for k in range(1, len(columns))):
            split = t
    rows = [placed[:split], placed[split:]] if split else [placed]
    out = []
    for part in rows:
        cells = [""] * len(columns)
        above: dict[int, tuple[float, float, str]] = {}  # a column's cell on the line above
        for line in part:
            for k, cell in line.items():
                glue = "" if k in above and k in edges and _cut(above[k], cell, edges[k]) else " "
                cells[k] = f"{cells[k]}{glue}{cell[2]}".strip()
                above[k] = cell
        out.append(cells)
    return out


def _right_edges(rows: list[_Line], columns: list[tuple[float, float]]) -> dict[int, float]:
    """Where the text of a column whose figures are aligned right ends (two of them or more
    end there): its cells' right edge, less their padding."""
    ends: dict[int, list[float]] = {}
    for line in rows:
        for x0, x1, text in line.groups:
            if NUMBER_CELL.fullmatch(text) and (k := _column(x0, x1, columns)) is not None:
                ends.setdefault(k, []).append(x1)
    return {k: max(xs) for k, xs in ends.items() if sum(1 for x in xs if max(xs) - x <= 0.5) >= 2}


def _cut(line: tuple[float, float, str], after: tuple[float, float, str], edge: float) -> bool:
    """A header cell's ``line``, centred in its column, is a word the word processor cut
    mid-way and went on with on the line ``after`` (`2023/202` / `2 (%)`), as it does only with
    a word longer than the cell is wide: one word, ending in a letter or a digit and ``after``
    starting with one of the same kind, and it fills the cell's text up to its right ``edge``
    (and as far on the left) so nearly that a letter of ``after`` would not have fitted."""
    _, x1, text = line
    a0, a1, rest = after
    if not (text and rest and " " not in text and same_kind(text[-1], rest[0])):
        return False
    return 2 * (edge - x1) < (a1 - a0) / len(rest)


def same_kind(a: str, b: str) -> bool:
    """Two letters that may stand side by side inside a word: digits, or letters of one case
    (a word cut after `ƯTH` went on with `2024`: two words, wrapped between them)."""
    return (a.isdigit() and b.isdigit() or a.isalpha() and b.isalpha()
            and (a.isupper() and b.isupper() or a.islower() and b.islower()))


def _centred_alike(cell: tuple[float, float, str], below: list[tuple[float, float, str]], height: float) -> bool:
    """A header ``cell`` centred over the same point as a cell of a line ``below`` it (within a
    line ``height``): both centred in one column, whose figures aligned right leave its left part
    empty, not one cell over two columns."""
    return any(abs((cell[0] + cell[1]) - (x0 + x1)) / 2 <= height for x0, x1, _ in below)


def _header_cells(line: _Line, columns: list[tuple[float, float]]) -> dict[int, tuple[float, float, str]]:
    """A header line's text by column, cell by cell (its ``groups``; a word starting where a
    column's cells start, as a left-aligned header's next cell does, starts a cell, and one ending
    where a column's cells end, as a right-aligned header's does, ends one), with where it starts
    and ends. A cell over two columns or more goes to the first; one between two, to the nearer."""
    pieces: list[tuple[float, float, str]] = []
    starts = [c0 for c0, _ in columns[1:]]
    ends = [c1 for _, c1 in columns[:-1]]
    for x0, x1, text in line.words:
        if pieces and x0 - pieces[-1][1] <= CELL_GAP * line.height and not any(abs(x0 - c0) <= 1 for c0 in starts) \
                and not any(abs(pieces[-1][1] - c1) <= 1 for c1 in ends):
            pieces[-1] = (pieces[-1][0], x1, f"{pieces[-1][2]} {text}")
        else:
            pieces.append((x0, x1, text))
    cells: dict[int, tuple[float, float, str]] = {}
    for x0, x1, text in pieces:
        over = _overlapped(x0, x1, columns)
        k = over[0] if over else min(range(len(columns)), key=lambda c: min(
            abs(columns[c][0] - x1), abs(x0 - columns[c][1])))
        start, _, before = cells.get(k, (x0, x1, ""))
        cells[k] = (start, x1, f"{before} {text}".strip())
    return cells


def _rows(block: list[_Line], at: list[int], columns: list[tuple[float, float]]) -> list[list[str]]:
    """The block's rows: the lines ``at`` are rows, each other line a piece of a label
    wrapped around a row's numbers, joined to its row. A cell centres its label on its numbers
    (as many lines above them as below) or puts it at its top (on the numbers' line and below):
    the lines between two rows are the upper one's below and the lower one's above."""
    wrapped = Counter(_column(x0, x1, columns) for n, ln in enumerate(block) if n not in at
                      for x0, x1, _ in ln.groups)
    label = wrapped.most_common(1)[0][0] if wrapped else None
    starts = [next((t for x0, x1, t in block[n].groups if _column(x0, x1, columns) == label), None) for n in at]
    top_aligned = all(starts) and (at[0] == 0 or not any(t[:1].islower() for t in starts if t))
    out = []
    if top_aligned and at[0]:  # the rest of a row broken over a page break, a row of its own
        out.append(_cells(block[:at[0]], columns))
    parts = {at[0]: list(range(at[0] + 1))} if not top_aligned else {at[0]: [at[0]]}
    above = at[0]
    for n, after in zip(at, [*at[1:], len(block)], strict=True):
        between = list(range(n + 1, after))
        below = len(between) if top_aligned or after == len(block) else min(above, len(between))
        parts[n] += between[:below]
        parts[after] = [*between[below:], after]
        above = len(between) - below
    rows = [parts[n] for n in at]
    if top_aligned:  # a line of words alone that does not go on with the label above is a row
        edge = _label_edge(block, columns)
        rows = [row for lines in rows for row in _split(lines, block, columns, edge)]
    return out + [_cells([block[k] for k in row], columns) for row in rows]


def _split(row: list[int], block: list[_Line], columns: list[tuple[float, float]], edge: float) -> list[list[int]]:
    """A row's lines (its numbers' line first, its label's lines wrapped below) as the rows they
    are: a line below that does not go on with the line above it starts a row of words alone
    (`Trong đó:`, a section's `2. Công nghiệp` between two rows)."""
    rows = [[row[0]]]
    for k in row[1:]:
        if _wraps(block[rows[-1][-1]], block[k], columns, edge):
            rows[-1].append(k)
        else:
            rows.append([k])
    return rows


def _label_edge(lines: list[_Line], columns: list[tuple[float, float]]) -> float:
    """Where the first column's labels end, as far as its widest one shows: its cell's right edge
    or short of it."""
    return max((x1 for ln in lines for x0, x1, t in ln.groups if _column(x0, x1, columns) == 0), default=0.0)


def _wraps(above: _Line, line: _Line, columns: list[tuple[float, float]], edge: float) -> bool:
    """``line`` goes on with the first column's text of the line ``above`` it, as a word processor
    wraps a cell's text: it opens in lower case, or its first word would not have fitted after
    the text above within the column's widest label. A line of the first column alone whose
    first word would have fitted is a row of its own."""
    x0, _, text = line.groups[0]
    if _column(x0, line.groups[0][1], columns) != 0 or text[:1].islower():
        return True
    end = max((a1 for a0, a1, _ in above.groups if _column(a0, a1, columns) == 0), default=None)
    if end is None:
        return True
    w0, w1, _ = line.words[0]
    return end + CELL_GAP * line.height / 2 + (w1 - w0) > edge


def _cells(lines: list[_Line], columns: list[tuple[float, float]]) -> list[str]:
    """The lines of one row as its cells, each cell's lines joined top to bottom (a wrapped
    label reads in order)."""
    cells = [""] * len(columns)
    for line in lines:
        for x0, x1, text in line.groups:
            k = _column(x0, x1, columns)
            if k is not None:
                cells[k] = f"{cells[k]} {text}".strip()
    return cells
