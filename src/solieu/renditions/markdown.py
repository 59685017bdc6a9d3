"""Markdown read as the plain text it marks up: a document converter's or a web-to-Markdown tool's output.

A pipeline that stores its reports as Markdown writes a heading `## I. KẾT QUẢ …`, a figure in
bold `**1.245 tỷ đồng**`, a quote `> …`, a link `[Xem chi tiết](https://…)`, an escaped list
number `1\\. Kinh tế` and tables as pipe rows (which the table reader knows). :func:`unmarked`
reads the markup as spaces, keeping the text's length, so every offset into it is an offset into
the Markdown as written and a figure's surface stays ``text[start:end]``: `**1. Kinh tế**` is the
heading `1. Kinh tế`, `**1.245 tỷ đồng**` the amount, and a link's address no figure.
"""

from __future__ import annotations

import re
from typing import Final

# Some Markdown in the text: a heading's or a quote's mark at a line's start, bold, a link, an escape.
# (HTML tags such as a cell's "<br>" are read before, by the extractor's spacing reader.)
_MARKED: Final = re.compile(r"^(?:#{1,6}|>) |\*\*|__|\]\(|\\[.\-)]", re.MULTILINE)
# The markup, each read as spaces: a heading's and a quote's marks, bold and italics' stars and
# underscores (a star opening a line's bullet item stays), a link's brackets and address.
_MARKUP: Final = re.compile(
    r"^(?:#{1,6}|>(?: ?>)*) "  # "## I. KẾT QUẢ", "> Theo ông …"
    r"|\*\*|__"  # "**1.245 tỷ đồng**"
    r"|(?<=\S)\*|\*(?=\S)"  # "*Cục Thống kê tỉnh*" (not the "* " of a bullet)
    r"|!?\[(?=[^\]\n]*\]\()|\]\([^)\s]*\)",  # "[Xem chi tiết](https://…)": its words stay
    re.MULTILINE)
# An escaped mark ("1\. Kinh tế", "\- item"): the mark takes the backslash's place, a space its own.
_ESCAPE: Final = re.compile(r"\\([.\-)*_#+])")


# A note's mark, no markup: "(*)", "(**)", or stars glued after a word, a number, a percent or a bracket ("9.860*",
# "3.120**", "bảo hiểm y tế*") where no bold or italics opened before it on its line.
_NOTE_MARK: Final = re.compile(r"\(\*{1,3}\)|(?<=[\w%)])\*{1,3}(?![*\w])")


def _note_marks(text: str) -> set[int]:
    """Where the stars of notes' marks start: kept as written, as a legend ("(*) Số ước …") explains them."""
    kept: set[int] = set()
    for m in _NOTE_MARK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group().startswith("(") or text.count(m.group(), line_start, m.start()) % 2 == 0:
            kept.update(range(m.start(), m.end()))
    return kept


def unmarked(text: str) -> str:
    """``text`` with its Markdown markup read as spaces, the same length.

    >>> unmarked("## I. KẾT QUẢ\\n**1. Kinh tế** tăng **6,2%**; [Xem](https://a.vn/2025/12).")
    '   I. KẾT QUẢ\\n  1. Kinh tế   tăng   6,2%  ;  Xem                       .'
    >>> unmarked("1\\\\. Thu ngân sách đạt 1.245 tỷ đồng.")
    '1.  Thu ngân sách đạt 1.245 tỷ đồng.'
    >>> unmarked("Thu **1.245** tỷ đồng, dân số 3.120** người, GRDP 61,4(*).")
    'Thu   1.245   tỷ đồng, dân số 3.120** người, GRDP 61,4(*).'
    """
    if _MARKED.search(text) is None:
        return text
    kept = _note_marks(text) if "*" in text else set()
    text = _MARKUP.sub(lambda m: m[0] if m.start() in kept else " " * len(m[0]), text)
    return _ESCAPE.sub(lambda m: m[1] + " ", text)
