"""Tables laid out by spacing alone (no lines drawn), as a PDF page's words place them.

A borderless table's rows are lines whose words fall into separate groups with wide gaps
between them, two or more of the groups numbers (`Tỷ lệ hộ nghèo   %   9,8   8,0   7,6`).
Consecutive such lines are a table; its columns are where their groups stand. A row label
wrapped over lines (above and below its numbers when the cell centres it, below when it
starts at the top) is joined back into its row, and the lines right above that name the
columns are its header. Prose never has such gaps: its words stand a space apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# A gap wider than this many line heights separates cells; a word space is about a third of one.
CELL_GAP = 1.0
# Lines of one table stand at most this many line heights apart.
ROW_GAP = 1.6
HEADER_LINES = 3  # a header cell wrapped over three lines at the most
# A cell that is a number (a bound, a sign, a percent) or the dash of an empty one.
NUMBER_CELL = re.compile(r"[<>≤≥]?\s?[-−–]?\d[\d.,]*\s?[%‰]?|[-−–]")


@dataclass
class _Line:
    top: float
    bottom: float
    groups: list[tuple[float, float, str]] = field(default_factory=list)  # x0, x1, text

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def numbers(self) -> int:
        return sum(1 for _, _, t in self.groups if NUMBER_CELL.fullmatch(t))


def aligned_tables(words: list[dict[str, Any]]) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
    """The borderless tables among a page's ``words`` (pdfplumber's, top to bottom): each
    one's bounding box and its rows of cells, header rows first."""
    lines = _lines(words)
    tables = []
    i = 0
    while i < len(lines):
        if not _is_row(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and _near(lines[j], lines[j + 1]) \
                and (_is_row(lines[j + 1]) or _row_after(lines, j + 1)):
            j += 1  # the next row, or a line of a label wrapped between two rows
        rows = [ln for ln in lines[i:j + 1] if _is_row(ln)]
        if len(rows) < 2:
            i = j + 1
            continue
        columns = _columns(rows)
        lo, hi = i, j
        while lo > 0 and _near(lines[lo - 1], lines[lo]) and _within(lines[lo - 1], columns) \
                and len(lines[lo - 1].groups) == 1 and _column(*lines[lo - 1].groups[0][:2], columns) == 0:
            lo -= 1  # the first row's label, wrapped above its numbers
        while hi + 1 < len(lines) and _near(lines[hi], lines[hi + 1]) and _within(lines[hi + 1], columns):
            hi += 1  # the last row's label, wrapped below it
        head = lo
        while head > 0 and lo - head < HEADER_LINES and _near(lines[head - 1], lines[head]) \
                and _is_header(lines[head - 1], columns):
            head -= 1
        block = lines[lo:hi + 1]
        header = _header(lines[head:lo], columns)
        body = _rows(block, columns)
        x0 = min(g[0] for ln in lines[head:hi + 1] for g in ln.groups)
        x1 = max(g[1] for ln in lines[head:hi + 1] for g in ln.groups)
        tables.append(((x0, lines[head].top, x1, lines[hi].bottom), ([header] if header else []) + body))
        i = hi + 1
    return tables


def _lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Words -> lines (a shared top, within 2 points), each split into groups at wide gaps."""
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1].top) <= 2:
            line = lines[-1]
            line.bottom = max(line.bottom, w["bottom"])
        else:
            line = _Line(w["top"], w["bottom"])
            lines.append(line)
        last = line.groups[-1] if line.groups else None
        if last and w["x0"] - last[1] <= CELL_GAP * (w["bottom"] - w["top"]):
            line.groups[-1] = (last[0], w["x1"], f"{last[2]} {w['text']}")
        else:
            line.groups.append((w["x0"], w["x1"], w["text"]))
    for line in lines:
        line.groups.sort()
    return lines


def _is_row(line: _Line) -> bool:
    return len(line.groups) >= 3 and line.numbers >= 2


def _row_after(lines: list[_Line], k: int) -> bool:
    return k + 1 < len(lines) and _is_row(lines[k + 1]) and _near(lines[k], lines[k + 1])


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


def _is_header(line: _Line, columns: list[tuple[float, float]]) -> bool:
    """A header line: every group over some column, and not one group from the first column
    on (that is a title or a paragraph above the table)."""
    if len(line.groups) == 1 and _column(*line.groups[0][:2], columns) == 0:
        return False
    return all(_column(x0, x1, columns) is not None for x0, x1, _ in line.groups)


def _header(lines: list[_Line], columns: list[tuple[float, float]]) -> list[str]:
    """The header lines as one row: a header cell wrapped over lines is joined."""
    if not lines:
        return []
    cells = [""] * len(columns)
    for line in lines:
        for x0, x1, text in line.groups:
            k = _column(x0, x1, columns)
            if k is not None:
                cells[k] = f"{cells[k]} {text}".strip()
    return cells


def _rows(block: list[_Line], columns: list[tuple[float, float]]) -> list[list[str]]:
    """The block's rows: each line with numbers a row, each other line joined to the row
    whose middle is nearest (its label wrapped above or below)."""
    rows = [ln for ln in block if _is_row(ln)]
    parts: dict[int, list[_Line]] = {id(r): [] for r in rows}
    for line in block:
        middle = (line.top + line.bottom) / 2
        nearest = min(rows, key=lambda r: (abs((r.top + r.bottom) / 2 - middle), r.top))
        parts[id(nearest)].append(line)
    out = []
    for r in rows:
        cells = [""] * len(columns)
        for line in parts[id(r)]:  # top to bottom: a wrapped label reads in order
            for x0, x1, text in line.groups:
                k = _column(x0, x1, columns)
                if k is not None:
                    cells[k] = f"{cells[k]} {text}".strip()
        out.append(cells)
    return out
