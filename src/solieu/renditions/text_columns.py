"""A PDF page set in two columns of text (a bulletin, a newsletter): its gutter, and its lines
read column by column.

pdfplumber reads a line across the whole page, so two columns set side by side come out with
each line of the left column run into the line beside it in the right one. A page is set in two
columns where one gap, somewhere between a third and two thirds of the page's width and at least
GUTTER line heights wide, parts MIN_ROWS lines or more with prose on both sides: that gap is its
gutter (a letterhead's two blocks part fewer lines; a table's columns have been taken out before,
and a label standing apart from its figure is no prose). The
page is then read in bands from the top: a line crossing the gutter (a title across the page)
is a band of its own, and each stretch of lines between such lines is read down its left
column, then down its right. Each line carries its column's edges (``frame``), so that a line
reaching the column's right edge goes on into the next as one reaching the page's would, and
its place in reading order (``order``).
"""

from __future__ import annotations

from typing import Any, Final

GUTTER: Final = 1.0  # the gutter's least width, in line heights (a word space is about a quarter)
MIN_ROWS: Final = 6
# A gutter parts prose, words on either side: a label and its figure (`Xã Chiềng Cơi   1.250 ha`)
# stand apart as a table's cells do.
PROSE_WORDS: Final = 3
MARGIN: Final = 0.12  # a page's top and bottom margins, as a share of its height: a running header or footer
ROW_TOLERANCE: Final = 2.0  # words whose tops differ by less than this (points) stand on one line


def _rows(words: list[dict[str, Any]], tolerance: float = ROW_TOLERANCE) -> list[list[dict[str, Any]]]:
    """Words grouped into the lines they stand on (tops less than ``tolerance`` apart), top to bottom,
    each left to right."""
    rows: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(w["top"] - rows[-1][0]["top"]) < tolerance:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w["x0"]) for r in rows]


def gutter(words: list[dict[str, Any]], width: float) -> float | None:
    """Where the page's gutter stands (its middle), or None for a page of one column."""
    gaps: list[tuple[float, float]] = []
    # Lines beside each other within half a line's height: a column whose lines are not set on the
    # other's (a box of key figures beside the text) still parts them.
    heights = sorted(w["bottom"] - w["top"] for w in words)
    for row in _rows(words, max(ROW_TOLERANCE, heights[len(heights) // 2] / 2) if heights else ROW_TOLERANCE):
        for k, (a, b) in enumerate(zip(row, row[1:], strict=False), start=1):
            middle = (a["x1"] + b["x0"]) / 2
            wide = b["x0"] - a["x1"] >= GUTTER * (a["bottom"] - a["top"])
            prose = k >= PROSE_WORDS and len(row) - k >= PROSE_WORDS
            if wide and prose and width / 3 <= middle <= 2 * width / 3:
                gaps.append((a["x1"], b["x0"]))
    if len(gaps) < MIN_ROWS:
        return None
    # The place most gaps share: the middle of each gap, counted in how many gaps it stands.
    best = max(((a + b) / 2 for a, b in gaps), key=lambda x: sum(a <= x <= b for a, b in gaps))
    shared = [(a, b) for a, b in gaps if a <= best <= b]
    if len(shared) < MIN_ROWS:
        return None
    return (max(a for a, _ in shared) + min(b for _, b in shared)) / 2


def _crosses(row: list[dict[str, Any]], at: float) -> bool:
    """A line runs across the gutter standing ``at``: a word stands over it, or two words of the line
    stand on either side of it closer than a gutter is wide (a title across the page, parted by a word space)."""
    for a, b in zip(row, row[1:], strict=False):
        if a["x0"] < at < a["x1"] or a["x1"] <= at <= b["x0"] and b["x0"] - a["x1"] < GUTTER * (a["bottom"] - a["top"]):
            return True
    return bool(row) and row[-1]["x0"] < at < row[-1]["x1"]


def column_lines(page: Any, words: list[dict[str, Any]], at: float, tables: list[float]) -> list[dict[str, Any]]:
    """The page's lines of text in reading order, the gutter standing ``at``: each with the
    edges of its column (``frame``) and its place in reading order (``order``). A table across
    the page (its top among ``tables``) ends a band as a line crossing the gutter does."""
    rows = _rows(words)
    parted = [w for r in rows if not _crosses(r, at) for w in r]
    # A column's edges are its text's, not a running header's or footer's in the page's margins.
    inner = [w for w in parted if MARGIN * page.height < w["top"] and w["bottom"] < (1 - MARGIN) * page.height]
    sides = [[w for w in inner or parted if w["x1"] <= at], [w for w in inner or parted if w["x0"] >= at]]
    frames = [(min((w["x0"] for w in s), default=0.0), max((w["x1"] for w in s), default=0.0)) for s in sides]
    bands: list[tuple[bool, list[list[dict[str, Any]]]]] = []  # (crosses the gutter, rows)
    for row in rows:
        crosses = _crosses(row, at)
        after_table = bands and any(bands[-1][1][-1][0]["top"] < top < row[0]["top"] for top in tables)
        if bands and bands[-1][0] == crosses and not crosses and not after_table:
            bands[-1][1].append(row)
        else:
            bands.append((crosses, [row]))
    lines: list[dict[str, Any]] = []
    for crosses, band in bands:
        top = min(w["top"] for w in band[0])
        bottom = max(w["bottom"] for r in band for w in r)
        boxes = [(0, top - 0.5, page.width, bottom + 0.5)] if crosses else \
            [(0, top - 0.5, at, bottom + 0.5), (at, top - 0.5, page.width, bottom + 0.5)]
        for side, box in enumerate(boxes):
            for ln in page.within_bbox(box).extract_text_lines(return_chars=False):
                if not crosses:
                    ln["frame"] = frames[side]
                ln["order"] = (top, side, ln["top"])
                lines.append(ln)
    return lines
