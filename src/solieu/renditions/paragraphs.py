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

from solieu.renditions import ITEM_MARK

# A line that is only a page number ("2", "- 2 -", "2/12", "Trang 2/12"); in plain text, where no
# margin tells, with three digits at most (a year at a line's start goes on with its sentence).
PAGE_NUMBER: Final = re.compile(r"(?:trang\s*)?[-–—\s]*\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*", re.IGNORECASE)
PAGE_DIGITS: Final = 3
# A sentence's end, a colon's lead-in: the line's paragraph may end there; or, unless the next line
# goes on in lower case, a clause's end, a quote's or a bracket's close, but for a list item's mark.
_ENDS: Final = ".:!?…"
_CLOSES: Final = ";\"”)"
_ITEM_TAIL: Final = re.compile(r"(?:^|\s)\(\d{1,2}\)$")
# A break in mid-sentence before a word in lower case: the sign that a text is broken at a width.
_GOES_ON: Final = re.compile(r"[^\s.:!?…|]\n(?=\w)")
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
    """The line ``after`` goes on with the line ``before``: neither is a table's row, and
    ``before`` stops mid-sentence (a clause's `;` and a closing bracket or quote too when the
    next word is in lower case, and a list item's mark waiting for its item, `…; (10)`);
    ``after`` starts in lower case or with a number that is no list item's mark or page
    number, or, when ``before`` was ``wrapped`` (it reaches the right edge), with any word
    but a heading's (in capitals, or a list item's or a numbered heading's mark) or a unit
    line's: a line may break a sentence before a name (`… thu hút` / `FDI, vốn …`)."""
    if " | " in before or " | " in after or not after or before[-1:] in _ENDS:
        return False
    if after[:1].islower():
        return True
    if before[-1:] in _CLOSES and not _ITEM_TAIL.search(before):
        return False
    if after[:1].isdigit() and not ITEM_MARK.match(after) and not _page_number(after):
        return True
    return (wrapped and not ITEM_MARK.match(after) and not is_heading(after) and not is_heading(before)
            and not is_unit_line(after))


def _page_number(line: str) -> bool:
    return PAGE_NUMBER.fullmatch(line) is not None and sum(c.isdigit() for c in line) <= PAGE_DIGITS


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
    and the next line :func:`continues` it, that line being no page number and neither a table's
    row (cells joined by ` | ` or tabs). A short line (a heading, a flattened table's cell,
    a paragraph's last) keeps its break.

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
    goes_on = [m.start() + 1 for m in _GOES_ON.finditer(text) if text[m.end()].islower()]
    if len(goes_on) < WRAPPED_LINES:
        return []
    starts = {b: text.rfind("\n", 0, b) + 1 for b in goes_on}
    width = median(b - starts[b] for b in goes_on)
    if width < MIN_WIDTH:
        return []
    breaks = []
    start = 0
    while (at := text.find("\n", start)) >= 0:
        line = text[start:at].rstrip()
        end = text.find("\n", at + 1)
        after = text[at + 1:end if end >= 0 else len(text)].strip()
        if (len(line) >= FULL * width and "\t" not in line and "\t" not in after
                and continues(line.lstrip(), after, wrapped=True)):
            breaks.append(at)
        start = at + 1
    return breaks


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
