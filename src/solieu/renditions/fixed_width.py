"""A table typed in a fixed-width font (a web page's ``<pre>``, as old portals publish their
tables): its columns are where every row of figures leaves the same characters blank.

    >>> for line in preformatted('''
    ...  STT Chỉ tiêu                ĐVT       Kế hoạch    Ước TH  So KH
    ...                                        năm 2025  10 tháng    (%)
    ... ---------------------------------------------------------------
    ...   1  Sản lượng lúa           Tấn        917.700   836.900   91,2
    ...   2  Giá trị sản xuất công   Tỷ đồng      5.167     4.268   82,6
    ...      nghiệp (giá so sánh 2010)
    ...      Trong đó:
    ...   3  Doanh nghiệp mới        DN              95        86   90,5
    ... ''').splitlines():
    ...     print(line.rstrip())  # a row of a label alone ends in empty cells
    STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Ước TH 10 tháng | So KH (%)
    1 | Sản lượng lúa | Tấn | 917.700 | 836.900 | 91,2
    2 | Giá trị sản xuất công nghiệp (giá so sánh 2010) | Tỷ đồng | 5.167 | 4.268 | 82,6
     | Trong đó: |  |  |  |
    3 | Doanh nghiệp mới | DN | 95 | 86 | 90,5
"""

from __future__ import annotations

import re
from typing import Final

from solieu.renditions import clean_cell, table_lines

RULE: Final = re.compile(r"[-=_+* ]*[-=_]{5,}[-=_+* ]*")  # "------", "=====", "+----+----+"
PHRASE: Final = re.compile(r"\S+(?: \S+)*")  # words parted by single spaces: a header's phrase
WORD: Final = re.compile(r"\S+")
MIN_COLUMNS: Final = 3
MIN_ROWS: Final = 2  # rows with a figure beside their label
DIGIT: Final = re.compile(r"\d")


def preformatted(text: str) -> str:
    """The text of a ``<pre>``: a table of aligned columns as a table's lines (cells joined by
    `` | ``, its header lines above a rule joined column by column, a label wrapped onto a line of
    its own joined back), else its lines as they stand, each cleaned."""
    lines = [line.rstrip() for line in text.expandtabs().split("\n")]
    table = _table(lines)
    if table is None:
        return "\n".join(clean for line in lines if (clean := clean_cell(line)))
    return "\n".join(table_lines(table))


def _table(lines: list[str]) -> list[list[str]] | None:
    rules = [k for k, line in enumerate(lines) if RULE.fullmatch(line)]
    first_text = next((k for k, line in enumerate(lines) if line.strip()), 0)
    # The header: the lines above the first rule under them (a rule over the header opens it).
    head_end = next((k for k in rules if any(lines[j].strip() for j in range(first_text, k))), None)
    head = [line for line in lines[:head_end] if line.strip() and not RULE.fullmatch(line)] if head_end else []
    body = [line for line in lines[head_end or 0:] if line.strip() and not RULE.fullmatch(line)]
    # A line of one phrase (a label wrapped, a section's name) may run past its column: the columns
    # are where the lines of several phrases stand, and such a line goes in the column it starts in.
    columns = _columns([line for line in body if len(PHRASE.findall(line)) > 1])
    if len(columns) < MIN_COLUMNS:
        return None
    rows = [_cells(line, columns) for line in body]
    if sum(1 for row in rows if any(DIGIT.search(cell) for cell in row[1:]) and any(row[:-1])) < MIN_ROWS:
        return None
    label = max(range(len(columns)), key=lambda k: sum(len(row[k]) for row in rows))
    out: list[list[str]] = []
    for row in rows:
        filled = [k for k, cell in enumerate(row) if cell]
        if out and filled == [label] and (row[label][0].islower() or row[label][0] == "("):
            out[-1][label] = f"{out[-1][label]} {row[label]}"  # a label wrapped onto a line of its own
        else:
            out.append(row)
    if head:
        out.insert(0, _header(head, columns))
    return out


def _cells(line: str, columns: list[tuple[int, int]]) -> list[str]:
    phrases = PHRASE.findall(line)
    if len(phrases) > 1:
        return [clean_cell(line[a:b]) for a, b in columns]
    start = len(line) - len(line.lstrip())
    home = max((k for k, (a, _) in enumerate(columns) if a <= start), default=0)
    return [clean_cell(phrases[0]) if k == home else "" for k in range(len(columns))]


def _columns(lines: list[str]) -> list[tuple[int, int]]:
    """The spans of characters some line fills, parted by two characters or more that every line
    leaves blank (one is the space between a label's words)."""
    width = max((len(line) for line in lines), default=0)
    filled = [False] * width
    for line in lines:
        for m in WORD.finditer(line):
            filled[m.start():m.end()] = [True] * (m.end() - m.start())
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for k, on in enumerate([*filled, False]):
        if on and start is None:
            start = k
        elif not on and start is not None:
            if spans and start - spans[-1][1] < 2:
                start = spans.pop()[0]
            spans.append((start, k))
            start = None
    return spans


def _header(lines: list[str], columns: list[tuple[int, int]]) -> list[str]:
    """Header lines over the columns: each phrase (words parted by single spaces) in the column
    nearest its middle, or, a phrase standing over two columns or more, each of its words in the column it
    stands in, else the nearest."""
    cells: list[list[str]] = [[] for _ in columns]

    def nearest(middle: float) -> int:
        return min(range(len(columns)), key=lambda k: max(columns[k][0] - middle, middle - columns[k][1], 0))

    def inside(middle: float) -> int | None:
        return next((k for k, (a, b) in enumerate(columns) if a <= middle < b), None)

    for line in lines:
        for phrase in PHRASE.finditer(line):
            words = list(WORD.finditer(line, phrase.start(), phrase.end()))
            homes = [inside((w.start() + w.end() - 1) / 2) for w in words]
            if len({home for home in homes if home is not None}) <= 1:
                cells[nearest((phrase.start() + phrase.end() - 1) / 2)].append(phrase.group())
            else:  # "KH (%) 2024 (%)" typed with one space over two columns: each word where it stands, or nearest
                for w, home in zip(words, homes, strict=True):
                    cells[home if home is not None else nearest((w.start() + w.end() - 1) / 2)].append(w.group())
    return [" ".join(c) for c in cells]
