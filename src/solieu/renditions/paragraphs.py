"""Where a paragraph's lines were broken: a PDF's lines and plain text broken at a fixed width.

A PDF sets a paragraph in lines, and a text copied out of one (its text layer, a mail)
keeps those line breaks: `… ước đạt 1.245` / `tỷ đồng, tăng …`. A break goes on with the
line before (:func:`continues`) when that line stops mid-sentence and the next starts in
lower case, with a number that is no list item's mark, or, when the line before reaches
the right edge, with any word but a heading's or a unit line's. The PDF rendition joins
such lines into paragraphs; the extractor reads a plain text's such breaks as spaces
(:func:`unwrapped`), so that a figure, its unit and its subject read as one sentence.
"""

from __future__ import annotations

import re
from statistics import median
from typing import Final

from solieu.renditions import COLUMN_GAP, COLUMN_GAPS, ITEM_MARK
from solieu.renditions.columns import NUMBER_CELL

# A line that is only a page number ("2", "- 2 -", "2/12", "Trang 2/12"); in plain text, where no
# margin tells, with three digits at most (a year at a line's start goes on with its sentence).
PAGE_NUMBER: Final = re.compile(r"(?:trang\s*)?[-–—\s]*\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*", re.IGNORECASE)
PAGE_DIGITS: Final = 3
# A sentence's or a clause's end, a colon's lead-in, a quote's or a bracket's close: a PDF's paragraph
# may end there; in plain text, all but a sentence's end go on before a word in lower case or a number.
_ENDS: Final = ".:;!?…\"”)"
_CLOSES: Final = ":;\"”)"
ROW_BARS: Final = 2  # a row of cells joined by " | " and no bar at its ends has three cells or more
_BULLETS: Final = "-+•–*"  # a list item's marks that number nothing
# A sentence's end, a lead-in's colon, a quote's or a bracket's close (a link's date, `… | (12/01/2018)`): a line
# ending so before a capital ends its paragraph; one ending with a semicolon may go on (`… tổng vốn đăng ký;` /
# `Hàn Quốc …`).
_STOPS: Final = ".:!?…\"”)"
_ITEM_TAIL: Final = re.compile(r"(?:^|\s)\(\d{1,2}\)$")  # "…; (10)": an item's mark, its item below
_ITEM: Final = re.compile(r"\((\d{1,2})\)\s")  # "(5) ": an item's number in brackets
_RANGE_GOES_ON: Final = re.compile(r"[-–]\s?\d")  # "- 13%/năm": a range's dash and second end, no list item's
# A break in mid-sentence before a word in lower case: the sign that a text is broken at a width.
# A paragraph indented as a whole (a text-mode browser's dump) indents its next line as much as the one
# before: `   … đạt khoảng 268` / `   triệu đồng, …`.
_GOES_ON: Final = re.compile(r"[^\s.:!?…|]\n( *)(?=\w)")
# A text is broken at a width when at least this many of its lines go on in lower case ...
WRAPPED_LINES: Final = 3
# ... and a line reaching this share of their usual length reaches the right edge; lines
# broken shorter than this are a table's cells, one per line, not a paragraph's.
FULL: Final = 0.75
MIN_WIDTH: Final = 50


def is_unit_line(text: str) -> bool:
    """`Đơn vị tính: tỷ đồng`, `(ĐVT: ha)`: a capital, then a unit line's words before a colon
    (the extractor's words, which read the unit from it)."""
    from solieu.extract.vocabulary import vocabulary

    text = text.strip().lstrip("(")
    head, colon, _ = text.partition(":")
    head = head.strip().lower()
    return (bool(colon) and text[:1].isupper()
            and vocabulary().tables.unit_line.starting(head) == head)


def continues(before: str, after: str, wrapped: bool) -> bool:
    """The paragraph ``after`` (a page's first) goes on with ``before`` (the page before's
    last): the one stops mid-sentence and neither is a table; the other starts in lower case
    or with a number that is no list item's mark, or, when the page before's last line was
    ``wrapped`` (it reaches the right edge), with any word but a heading's (in capitals, or
    a list item's or a numbered heading's mark) or a unit line's: a page may break
    a sentence before a name (`… thu hút` / `FDI, vốn …`)."""
    if _row(before) or _row(after) or not after or before[-1:] in _ENDS:
        return False
    if after[:1].islower() or after[:1].isdigit() and not ITEM_MARK.match(after):
        return True
    return (wrapped and not ITEM_MARK.match(after) and not is_heading(after) and not is_heading(before)
            and not is_unit_line(after))


def is_heading(text: str) -> bool:
    """A heading's line or paragraph: two words or more, their letters (three or more) nearly
    all capitals. One word in capitals (`USD.`) is as likely a wrapped sentence's end."""
    letters = [c for c in text if c.isalpha()]
    return (" " in text.strip() and len(letters) >= 3
            and sum(c.isupper() for c in letters) >= 0.8 * len(letters))


def soft_breaks(text: str) -> list[int]:
    """The line breaks of a plain text that fall inside a paragraph, when its lines are
    broken at a width: at least ``WRAPPED_LINES`` lines go on in lower case after a word
    (a text of one line per paragraph has next to none). The usual length of those lines
    is the width (``MIN_WIDTH`` at least); a break is soft when its line reaches ``FULL`` of it
    and goes on in the next (:func:`_goes_on`). A short line (a heading, a flattened table's
    cell, a paragraph's last) keeps its break, and so does a line above a flattened table's
    short cell above a number (`Diện tích gieo trồng …` / `ha` / `85.420`).

    >>> text = ("Tổng thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 1.245\\n"
    ...         "tỷ đồng, bằng 112% dự toán tỉnh giao, tăng 6,2% so với năm 2024; tổng\\n"
    ...         "vốn đầu tư toàn xã hội đạt 5.430 tỷ đồng, tăng 12,5% so với cùng\\n"
    ...         "kỳ.\\n"
    ...         "2. Văn hóa - xã hội\\n")
    >>> [text[b - 5:b] for b in soft_breaks(text)]
    ['1.245', ' tổng', ' cùng']
    >>> soft_breaks("Chỉ tiêu\\ntỷ đồng\\n1.245\\n" * 3)
    []
    """
    full = [n for m in _GOES_ON.finditer(text) if text[m.end()].islower() and _same_indent(text, m)
            and (n := m.start() - text.rfind("\n", 0, m.start())) >= MIN_WIDTH]
    if len(full) < WRAPPED_LINES:
        return []
    width, edge = median(full), max(full)
    breaks: list[int] = []
    start = 0
    item = 0  # the last item number written inside the paragraph, `(1) … (2) …`
    while (at := text.find("\n", start)) >= 0:
        line = text[start:at].rstrip()
        end = text.find("\n", at + 1)
        after = _line_at(text, at + 1)
        if len(after) < FULL * width and end >= 0 and NUMBER_CELL.fullmatch(_line_at(text, end + 1)):
            start, item = at + 1, 0  # `after` is a flattened table's cell (a unit) above a number's
            continue
        inline = bool(breaks) and breaks[-1] == start - 1
        item = next((int(m[1]) for m in reversed(list(_ITEM.finditer(line))) if inline or m.start()), item * inline)
        fits = len(line) + 1 + after.find(" ") % (len(after) + 1) <= edge  # the next line's first word fits on this one
        if len(line) >= FULL * width and (_goes_on(line.lstrip(), after, fits) or _next_item(after, item)):
            breaks.append(at)
        start = at + 1
    return breaks


def _same_indent(text: str, m: re.Match[str]) -> bool:
    """The line after a break (``m`` of ``_GOES_ON``) is indented as much as the line before: a
    paragraph indented as a whole (`   … đạt khoảng 268` / `   triệu đồng, …`), not an item's
    wrapped line under its mark nor a table's row."""
    if not m[1]:
        return True
    before = text.rfind("\n", 0, m.start()) + 1
    return text.startswith(m[1], before) and text[before + len(m[1])] not in " \t"


def _next_item(line: str, item: int) -> bool:
    """``line`` opens with the item after ``item``, one written inside a paragraph (`… trở lên.
    (4) Thu …` / `(5) 100% số xã …`): the list goes on inside the paragraph."""
    return item > 0 and (m := _ITEM.match(line)) is not None and int(m[1]) == item + 1


def _goes_on(line: str, after: str, fits: bool) -> bool:
    """A full line of a plain text broken at a width goes on in the line ``after``: as a PDF's
    page :func:`continues` on the next, and also after a clause's end, a colon or a bracket
    before a word in lower case or a number (`… môi trường 10%:` / `24.900 đồng`), after a list
    item's mark left at the line's end (`… trở lên; (10)` / `Tỷ lệ …`), after a number before a range's dash and
    second end (`… Nghị quyết 12` / `- 13%/năm)`: no list item), and a heading in capitals
    in capitals. Before a capital, a line that ends mid-sentence or with a semicolon goes on only where the next
    line's first word would not have ``fits`` on it (`… chiếm 34,9% tổng vốn đăng ký;` / `Hàn Quốc …`, `… Tết
    Nguyên đán Bính` / `Ngọ 2026; …`): a numbered heading ending short of the width keeps its break (`3.3. Dự án 5:
    Phát triển giáo dục nghề nghiệp, giải quyết việc làm` / `Tổ chức …`), and so does a table's numbered title
    (`Bảng 1. Tốc độ tăng … theo khu vực kinh tế` / `Khu vực`). No line goes on before a page number, a table's
    row (one laid out by spaces too) or a flattened table's first cell."""
    if not after or _row(line) or _row(after) or _page_number(after) or _table_opens(after):
        return False
    if line[-1:].isdigit() and _RANGE_GOES_ON.match(after):
        return True  # "(mục tiêu Nghị quyết 12" / "- 13%/năm)", "năm học 2024" / "- 2025": a range broken at its dash
    if _ITEM_TAIL.search(line):
        return not ITEM_MARK.match(after)
    if after[:1].isupper() and line[-1] not in _STOPS and not is_heading(line):
        return not (fits or ITEM_MARK.match(after) or is_heading(after) or is_unit_line(after) or _table_title(line))
    if line[-1] in _CLOSES:
        return (after[:1].islower() or after[:1].isdigit()) and not ITEM_MARK.match(after)
    if is_heading(line) and is_heading(after):
        return not _numbered(after)
    return continues(line, after, wrapped=True)


def _numbered(line: str) -> bool:
    """`Điều 1. …`, `Chương II …`, `1. …`, `a) …`: a line opening with a numbered heading's or
    item's mark (the extractor's heading words); a dash or a bullet numbers nothing."""
    from solieu.extract.vocabulary import vocabulary

    if ITEM_MARK.match(line):
        return line[0] not in _BULLETS
    first = line.split(" ", 1)[0].lower()
    return first in vocabulary().raw["heading_words"] and line[len(first):].lstrip()[:1].isalnum()


def _table_title(line: str) -> bool:
    """`Bảng 1. …`, `Biểu số 02: …`: a table's numbered title (the extractor's table words); the line after
    it, in a capital, is the table's."""
    from solieu.extract.tables import table_title

    return table_title(line)


def _table_opens(line: str) -> bool:
    """`Chỉ tiêu`, `STT`, `TT` alone on a line: a flattened table's first header cell (the
    extractor's table words)."""
    from solieu.extract.vocabulary import vocabulary

    t = vocabulary().tables
    return len(line) <= t.first_cell_longest and (t.row_number.is_one(low := line.lower()) or t.label.is_one(low))


def _line_at(text: str, start: int) -> str:
    """The line of ``text`` from ``start`` on, stripped."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)].strip()


def _row(line: str) -> bool:
    """A table's row: cells joined by tabs, or by ` | ` between three cells or more or inside its bars, or laid out
    in columns by runs of spaces (`Quý III/2024   Quý IV/2024   Quý I/2025`). A line of prose may hold one stray bar
    (a scan's text layer reads a rule or a stamp's edge as `|`: `… bảo hiểm y tế | đạt 93,6% (chỉ tiêu`), as the
    table reader takes it: a break after or before it goes on as any other."""
    if "\t" in line or "   " in line and len(COLUMN_GAP.findall(line)) >= COLUMN_GAPS:
        return True
    if " | " not in line:
        return False  # the usual line: no bar
    bare = line.strip()
    return bare.startswith("|") or bare.endswith("|") or bare.count(" | ") >= ROW_BARS


def _page_number(line: str) -> bool:
    """A line that is only a page number, of ``PAGE_DIGITS`` digits at most (a year goes on)."""
    return PAGE_NUMBER.fullmatch(line) is not None and sum(c.isdigit() for c in line) <= PAGE_DIGITS


def unwrapped(text: str) -> str:
    """``text`` with its :func:`soft_breaks` read as spaces: the same length, so every
    offset into it is an offset into ``text``."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)
