"""PDF reports (pdfplumber, on pdfminer.six): text in reading order, ruled tables as rows.

Words come with their positions; tables are found from the lines drawn around their
cells; the lines of text outside the tables are joined back into paragraphs, less the page
numbers printed in the top or bottom margin. A PDF with no text layer (a scan) is refused:
"no text layer (OCR needed)".
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

from solieu.errors import InputError
from solieu.renditions import (
    Rendition,
    clean_cell,
    converter,
    join_blocks,
    refuse_no_report,
    stated_date,
    table_lines,
)

# A line that is only a page number ("2", "- 2 -", "2/12", "Trang 2/12"), and how far from the
# page's top or bottom edge (as a share of its height) it must stand to be one: a lone number
# further in is text (a table copied one cell per line).
_PAGE_NUMBER = re.compile(r"(?:trang\s*)?[-–—\s]*\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*", re.IGNORECASE)
MARGIN = 0.12


def render_pdf(data: bytes, where: str, charset: str | None = None) -> Rendition:
    """The text of every page, top to bottom, with ruled tables rendered as rows."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    blocks: list[str] = []
    tables = chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            info = pdf.metadata or {}
            pages = len(pdf.pages)
            for page in pdf.pages:
                chars += len(page.chars)
                page_blocks, n = _pdf_page_blocks(page)
                blocks += page_blocks
                tables += n
                page.flush_cache()  # a 100-page report would keep every page's objects
    except (PdfminerException, PDFPasswordIncorrect) as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
            raise InputError(f"{where}: the PDF is password-protected; ask the publisher for an "
                             "open copy.") from None
        raise InputError(f"{where}: cannot be read as PDF ({cause}); check that the download "
                         "is complete.") from None
    if chars == 0:
        raise InputError(f"{where}: no text layer (OCR needed): its {pages} page(s) are images. "
                         "Find a text version of the report, or run OCR with Vietnamese "
                         "(e.g. `ocrmypdf -l vie`) and add the result.")
    meta = {"title": clean_cell(_pdf_str(info.get("Title"))) or None, "publisher": None,
            "published": stated_date(_pdf_str(info.get("CreationDate"))),
            "language": None, "author": clean_cell(_pdf_str(info.get("Author"))) or None}
    rendition = Rendition(join_blocks(blocks), "pdf", converter("pdf"), tables, meta)
    refuse_no_report(rendition, where)
    return rendition


def _pdf_str(value: Any) -> str:
    if isinstance(value, bytes):
        for codec in ("utf-16", "utf-8", "latin-1"):
            try:
                return value.decode(codec)
            except UnicodeDecodeError:
                continue
    return str(value or "")


def _pdf_page_blocks(page: Any) -> tuple[list[str], int]:
    """One page: its tables and the paragraphs around them, in reading order (top first)."""
    found = page.find_tables()
    placed: list[tuple[float, str]] = []
    rest = page
    for table in found:
        x0, top, x1, bottom = table.bbox
        lines = table_lines(table.extract())
        if lines:
            placed.append((top, "\n".join(lines)))
        bbox = (max(x0, page.bbox[0]), max(top, page.bbox[1]), min(x1, page.bbox[2]),
                min(bottom, page.bbox[3]))
        rest = rest.outside_bbox(bbox)
    text_lines = [ln for ln in rest.extract_text_lines(return_chars=False) if not _page_number(ln, page.height)]
    placed += _pdf_paragraphs(text_lines)
    placed.sort(key=lambda b: b[0])  # stable: equal tops keep their order
    return [text for _, text in placed], sum(1 for t in found if table_lines(t.extract()))


def _page_number(line: dict[str, Any], height: float) -> bool:
    """The line is a page number in the page's top or bottom margin."""
    in_margin = line["bottom"] < MARGIN * height or line["top"] > (1 - MARGIN) * height
    return in_margin and _PAGE_NUMBER.fullmatch(line["text"].strip()) is not None


def _pdf_paragraphs(lines: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """Lines of text -> paragraphs. A line joins the one above unless the gap between them
    is wider than the page's usual line gap by 0.3 line heights, or it starts indented (by
    more than a line's height). The usual gap is the most common one between lines one above
    the other (to half a point; the least of the most common): the gap of a paragraph's wrapped
    lines. The least gap would be a letterhead's or a borderless table's tighter lines, and
    would split paragraphs mid-sentence."""
    paragraphs: list[tuple[float, list[str]]] = []
    left = min((ln["x0"] for ln in lines), default=0.0)
    gaps = Counter(round(2 * (b["top"] - a["bottom"])) / 2
                   for a, b in zip(lines, lines[1:], strict=False) if b["top"] > a["bottom"])
    usual = min(gaps, key=lambda g: (-gaps[g], g)) if gaps else 0.0
    prev: dict[str, Any] | None = None
    for ln in lines:
        height = ln["bottom"] - ln["top"]
        new = (prev is None or ln["top"] - prev["bottom"] > usual + 0.3 * height
               or ln["x0"] - left > height)
        if new:
            paragraphs.append((ln["top"], [ln["text"]]))
        else:
            paragraphs[-1][1].append(ln["text"])
        prev = ln
    return [(top, clean_cell(" ".join(parts))) for top, parts in paragraphs]
