"""An original file (HTML, PDF, DOCX or text) -> its text rendition: deterministic NFC text.

Figures point into this text, so the same bytes must always give the same text, and a
table must come out one row per line with its cells joined by `` | `` (header rows
first), so that a figure in a table keeps ``surface == text[start:end]``. Blocks
(paragraphs, headings, tables) are separated by a blank line, as in the text originals.

Which library reads what, and why:

- HTML: trafilatura finds the main content (a portal page is mostly menus, sidebars and
  footers) and keeps its tables as rows and cells in its XML tree; the rows are rendered
  here. Pages it finds nothing in are read whole with lxml, less the boilerplate tags.
  The bytes are decoded strictly (UTF-8, the declared charset, windows-1258), never
  guessed with replacement characters.
- PDF: pdfplumber (pdfminer.six underneath): words with their positions, and ruled
  tables found from the lines drawn; lines outside the tables are joined back into
  paragraphs. A PDF with no text layer is refused ("no text layer (OCR needed)").
- DOCX: python-docx, paragraphs and tables in document order.

Text in a legacy Vietnamese font encoding (TCVN3/ABC, VNI) looks like Latin-1 letters
(``n¨m`` for ``năm``); it is recognised and refused with a message saying which
encoding it is, since a wrong conversion would publish wrong words.

One module per format (``web``, ``pdf``, ``word``), the Vietnamese checks in
``vietnamese``; this module holds what they share and :func:`render`, which picks one.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from solieu.errors import InputError, reading
from solieu.renditions.vietnamese import is_vietnamese, refuse_legacy_encoding

# The formats an original can have: file extension -> media types that announce it.
# The sidecar schema and the sources Table Schema list the same names (a test checks).
FORMATS: dict[str, tuple[str, ...]] = {
    "html": ("text/html", "application/xhtml+xml"),
    "pdf": ("application/pdf", "application/x-pdf"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
    "txt": ("text/plain",),
}


# A page with less report text than this is an empty page or a login wall, not a report:
# the shortest real reports (a commune's one-paragraph notice) run to a few hundred letters.
MIN_REPORT_LETTERS = 200


WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Rendition:
    """The text rendition of one original, and what the file says about itself."""

    text: str  # NFC
    format: str  # html, pdf, docx, txt
    converter: str  # the libraries and versions that made the text
    tables: int = 0
    # The file's own metadata, None where it says nothing: title, publisher (site name),
    # published (date), language, author.
    meta: dict[str, Any] = field(default_factory=dict)


def detect_format(data: bytes, content_type: str | None, name: str, where: str) -> str:
    """The format of an original from its first bytes, its media type and its name.

    The bytes win over a media type that is too vague (``application/octet-stream``);
    a file that is none of the formats is refused.
    """
    mediatype = (content_type or "").split(";")[0].strip().lower()
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or mediatype in FORMATS["docx"] or name.lower().endswith(".docx"):
            return "docx"
        raise InputError(f"{where}: a ZIP file that is not a Word (.docx) document; solieu "
                         f"reads {', '.join(FORMATS)} files. Save it as .docx or PDF.")
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: .doc, .xls of old Office
        raise InputError(f"{where}: an old Office file (.doc/.xls); solieu reads "
                         f"{', '.join(FORMATS)}. Save it as .docx or PDF and add that.")
    for fmt, types in FORMATS.items():
        if mediatype in types:
            if fmt in ("pdf", "docx"):  # announced, but the bytes say otherwise
                raise InputError(f"{where}: announced as {mediatype} but is not a {fmt.upper()} "
                                 "file; check the link (it may lead to a web page).")
            return fmt
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head:
        return "html"
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name.rsplit("/", 1)[-1] else ""
    if suffix in ("htm", "html"):
        return "html"
    if suffix == "txt" or (not mediatype or mediatype == "application/octet-stream") and _is_text(data):
        return "txt"
    raise InputError(f"{where}: cannot read a file of type {mediatype or suffix or 'unknown'}; "
                     f"solieu reads {', '.join(FORMATS)} files.")


def _is_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in data


def render(data: bytes, fmt: str, where: str, *, charset: str | None = None) -> Rendition:
    """The NFC text rendition of an original's bytes in format ``fmt``.

    ``where`` (a path or URL) names the file in messages; ``charset`` is what the server
    declared for a web page. Raises InputError for a file that cannot be read, a PDF
    without a text layer, or text in a legacy font encoding.
    """
    from solieu.renditions.pdf import render_pdf
    from solieu.renditions.web import render_html
    from solieu.renditions.word import render_docx

    renderers: dict[str, Callable[[bytes, str, str | None], Rendition]] = {
        "html": render_html, "pdf": render_pdf, "docx": render_docx, "txt": render_txt}
    if fmt not in renderers:
        raise InputError(f"{where}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    rendition = renderers[fmt](data, where, charset)
    refuse_legacy_encoding(rendition.text, where)
    if not rendition.meta.get("language") and is_vietnamese(rendition.text):
        rendition.meta["language"] = "vi"
    return rendition


def render_cached(data: bytes, fmt: str, where: str, cache: Path | None) -> Rendition:
    """:func:`render`, kept in ``cache`` (a folder) under the hash of the bytes and of the
    converter: a 100-page PDF takes seconds to read, and every run loads every source.

    Only the text and converter come back from the cache (not the file's metadata); a
    new library version misses the cache and renders again.
    """
    if cache is None or fmt == "txt":
        # A text is decoded and checked again: quicker than a file kept to say it passed
        # (the text itself is not kept twice).
        return render(data, fmt, where)
    path = Path(cache) / f"{_key(hashlib.sha256(data).hexdigest(), fmt)}.txt"
    try:
        return Rendition(path.read_bytes().decode("utf-8"), fmt, converter(fmt))
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    rendition = render(data, fmt, where)
    _write_once(path, rendition.text.encode("utf-8"))
    return rendition


def _key(original_sha256: str, fmt: str) -> str:
    return f"{original_sha256}-{hashlib.sha256(converter(fmt).encode()).hexdigest()[:16]}"


def rendition_path(original_sha256: str, fmt: str, cache: Path | None) -> Path | None:
    """Where :func:`render_cached` keeps the text of an original of ``fmt`` whose bytes
    hash to ``original_sha256`` (None for a text file, whose text is not kept twice, or
    without a cache)."""
    return None if cache is None or fmt == "txt" else Path(cache) / f"{_key(original_sha256, fmt)}.txt"


def _write_once(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # never a half-written entry
    tmp.write_bytes(data)
    os.replace(tmp, path)


def read_bytes(path: Path, wanted: str = "a report file") -> bytes:
    """The bytes of a file, or one InputError naming it (``wanted``: what to give instead
    of a folder)."""
    with reading(path, wanted):
        return Path(path).read_bytes()


def read_file(path: Path) -> Rendition:
    """The rendition of a file on disk, its format told by its bytes and name."""
    path = Path(path)
    data = read_bytes(path)
    return render(data, detect_format(data, None, path.name, str(path)), str(path))


# A list item's mark at the start of a paragraph: a dash or bullet, a number or a letter with "."
# or ")", a Roman numeral with "." ("- ", "2. ", "(3) ", "a) ", "II. "). Renditions write one before
# an item that has none (a web page's <li>, Word's automatic numbers); the extractor reads them.
ITEM_MARK = re.compile(r"(?:[-+•–*]|\(?\d{1,2}[.)]|\(?[a-zđ]\)|[IVX]{1,4}\.)\s")
# Two runs of three spaces or more on a line part its columns, whether a table was found there or not
# (a table's row broken at a page's width); a justified line or a word in bold leaves shorter runs.
COLUMN_GAP = re.compile(r"\S {3,}(?=\S)")
COLUMN_GAPS = 2
# A dot leader: the dots a tab stop draws from a label to its figure (`Thu ngân sách ........ 186,4 tỷ đồng`), a line
# that holds one being a list's item or a table's row as a reader sees it.
LEADER = re.compile(r"\s*(?:\.\s?){4,}\.?\s*|\s*…{2,}\s*")

# The project's own rules of a rendition, beside the libraries', with a version raised when they
# change what text a file gives: a cached rendition then misses, and a kept text whose hash no
# longer matches is reported with the converter that changed. (pdf 2: page numbers in the margin
# are left out, a paragraph's usual line gap is its most common one; pdf 3: a table goes on over
# a page break when its columns line up, a unit line stands alone, a sentence goes on over a page
# break before a capital, an unruled table's labels wrapped over lines and header cells over two
# columns; pdf 4: a word processor's PDF: a heading in capitals wrapped over two lines, the line
# right under a ruled table, a row broken over a page break, a word cut in a narrow cell; pdf 5:
# a word processor's table without lines: cells two paddings apart, a column's cells aligned
# apart (row marks, a dash), a header cell centred over no column, labels at the cells' top, a
# row broken over a page break or alone on the next page, a header word cut in a narrow cell;
# pdf 6: a page set in two columns of text is read down each column in turn; docx 2: merged
# cells keep the table's grid, Word's list numbers are written; html 1: a grid of divs laid out
# as a table is one, a table's caption a title above it, a figure's caption a paragraph, a definition list a
# line per term; docx 4: tracked changes read accepted, content controls' and text boxes' text read;
# html 3: a table typed in a fixed-width font in a <pre> is a table; html 4: a data table nested in a layout
# table's cell stays where it stands; pdf 8: a box of centred lines beside the
# text reads each wrapped label whole and a figure set large apart from it, a running header is no column's
# edge, a title parted from itself only by a word space where a column's gutter stands is one line; pdf 9: a bar
# chart's values under their categories, as a chart's text export writes them; pdf 10: a running header or
# footer printed in the margin of two pages or more is left out, a table's header rows printed again on the
# next page are left out and its rows go on, a header cell's lines hidden under its short bottom rule read in it;
# pdf 11: a word cut in a centred cell, and a compound broken after its hyphen in a cell ("25/NQ-" / "HĐND"), read
# whole; docx 5: a table nested in a cell reads as a table of its own after the row it stands in, and a table
# right after another with as many columns, nothing between, goes on as one table, as Word draws them; html 5: a
# table's footer written before its body is read after it, and an article's lead standing right before its body's
# container is read at the body's start; html 6: a block of text whose lines a rich-text editor parted with <br> is
# read a paragraph per line, the tables and blocks among them as they are; html 7: a page whose blocks stand right in
# its body is read with its headings; pdf 12: a cell whose text runs up or down the page is read along its run, and a
# number cut after its mark in a narrow cell goes on with no space; docx 6: a table of contents' entries are left out;
# docx 7: endnotes are read as footnotes are, their markers where they stand and their texts at the end, and a table
# in a text box as a table; html 8: text
# kept for screen readers alone is left out; html 9: a list inside a table's cell is read as the cell's text, its
# items parted by "; "; docx 8: a line break in a paragraph (Shift+Enter) ends a line; docx 9: paragraphs typed as a
# table's rows with tab stops read as a table; html 10: a grid of key-figure cards is read a paragraph per card, its
# parts in order; pdf 13: footnotes printed at a page's foot are read as a Word file's are, their markers where
# they stand and their texts at the end; pdf 14, docx 10, html 11: a table whose first cell is empty keeps it; docx 10:
# a chart's numbers are read as the table they make, under its caption; html 11: footnotes linked both ways are read
# as a Word file's are; html 12: an image's alt text or title holding figures is read where the image stands; pdf 15,
# docx 11, html 13: a no-break space parting a number's groups of three is kept; docx 11: a worksheet embedded as an
# object is read as its table, and a table typed with spaces in a fixed-width font as a table; docx 12: a web page
# imported whole (altChunk) is read as a web page where it stands; html 14: a spreadsheet published with its row and
# column headings is read without them; pdf 16: a line typed over a dot leader is a line of its own, lines over two
# leaders a table, and a table of contents so typed is left out; docx 13: a table's rows and cells inside content
# controls (a template's repeating section) are read; html 15: text a responsive page shows on phones alone is left
# out; pdf 17: text set at a slant (a watermark stamped across a page) is left out; docx 14: hidden text is left out
# and a sign typed with Insert → Symbol is read as the character it shows; pdf 18: a symbol font's private-use
# character is read as its sign, a bullet where it opens its line, and a list item's lines under a hanging indent as
# one paragraph; html 16: an article's lead written as a block of inline text before its body is read as a
# paragraph.)
OWN_RULES = {"pdf": "solieu pdf 18", "docx": "solieu docx 14", "html": "solieu html 16"}


def converter(fmt: str) -> str:
    """The name and version of what makes the text of ``fmt``, as recorded in ``converter``."""
    return _converter(fmt)


@cache
def _converter(fmt: str) -> str:
    libraries = {"html": ["trafilatura", "lxml"], "pdf": ["pdfplumber", "pdfminer.six"],
                 "docx": ["python-docx", "trafilatura"], "txt": []}[fmt]
    if not libraries:
        # Decoding UTF-8 and NFC: Unicode's stability policy keeps NFC of assigned
        # characters the same in every version, so no version to record.
        return "utf-8+nfc"
    made = " + ".join(f"{lib} {version(lib)}" for lib in libraries)
    return f"{made} + {OWN_RULES[fmt]}" if fmt in OWN_RULES else made


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_cell(text: str | None) -> str:
    """One table cell on one line: whitespace collapsed, NFC; a no-break space parting a number's groups of three, as
    a word processor set in another locale writes them ("28\u00a0416,5"), kept: it is no space between words."""
    return _SPACE_RUN.sub(lambda m: m.group(1) or " ", nfc(text or "")).strip()


# A run of whitespace, or a no-break space alone between a digit and a group of three (caught first, kept).
_SPACE_RUN = re.compile(r"(?<=\d)(\u00a0)(?=\d{3}(?!\d))|\s+")


def table_lines(rows: Iterable[Sequence[str | None]]) -> list[str]:
    """Rows of cells -> one line per row, cells joined by `` | ``; empty rows dropped.

    >>> table_lines([["Chỉ tiêu", "ĐVT"], ["Tỷ lệ hộ nghèo", "%"], [None, ""]])
    ['Chỉ tiêu | ĐVT', 'Tỷ lệ hộ nghèo | %']
    """
    lines = []
    for row in rows:
        cells = [clean_cell(c) for c in row]
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def join_blocks(blocks: Iterable[str]) -> str:
    """Blocks (paragraphs, a table's lines) separated by a blank line, NFC, ending in a newline; a table whose first
    cell is empty keeps it (" | Dịch vụ | Công nghiệp", a chart's or a grid's corner), its columns in place."""
    text = "\n\n".join(_trimmed(b) for b in blocks if b and b.strip())
    return nfc(text) + "\n" if text else ""


def _trimmed(block: str) -> str:
    """A block without the blank space around it, but for the space before a first empty cell's bar."""
    block = block.strip("\n").rstrip()
    return block if block.startswith(" | ") else block.lstrip()


def render_txt(data: bytes, where: str, charset: str | None = None) -> Rendition:
    """A UTF-8 text original: decoded, line ends made LF, NFC; nothing else changes."""
    if b"\x00" in data:
        raise InputError(f"{where}: looks binary (it has NUL bytes); give a UTF-8 text file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        refuse_legacy_encoding(data.decode("latin-1"), where)
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{where}, line {line}: byte {data[exc.start]:#04x} at offset {exc.start} is not "
            "UTF-8. Re-save the file as UTF-8 (e.g. `iconv -f CP1258 -t UTF-8`)."
        ) from None
    return Rendition(nfc(text.replace("\r\n", "\n")), "txt", converter("txt"))


def stated_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a stated date or timestamp, or None."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if m:
        return "-".join(m.groups())
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(value or ""))  # PDF dates
    return "-".join(m.groups()) if m else None


def language_code(value: str | None) -> str | None:
    """The ISO 639-1 part of a language tag (``vi-VN`` -> ``vi``), or None."""
    m = re.match(r"\s*([A-Za-z]{2})\b", value or "")
    return m.group(1).lower() if m else None


def refuse_no_report(rendition: Rendition, where: str, *, login: bool = False) -> None:
    letters = sum(ch.isalpha() for ch in rendition.text)
    if letters >= MIN_REPORT_LETTERS:
        return
    if login:
        raise InputError(f"{where}: a login page, not a report ({letters} letters of text and a "
                         "password field); find a public link to the report, or download it "
                         "yourself and add the file.")
    raise InputError(f"{where}: no report text ({letters} letters; a report has at least "
                     f"{MIN_REPORT_LETTERS}); the page may be empty, built by scripts, or behind "
                     "a login. Open it in a browser, save the report and add the file.")
