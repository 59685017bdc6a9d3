"""PDF reports (pdfplumber, on pdfminer.six): text in reading order, tables as rows.

Words come with their positions; tables are found from the lines drawn around their cells, or,
with no lines, from how their words line up in columns (``columns``); a table going on over a
page break is one table, less its header rows printed again on the next page. The lines of text
outside the tables are joined back into paragraphs (over page breaks too), less the page numbers
and the running headers and footers printed in the top or bottom margin; a unit line (`Đơn vị
tính: tỷ đồng`) stands alone. Footnotes printed at a page's foot are read as a Word file's are: each marker
``[^N]`` where it stands, each note ``[^N]: …`` at the end. A PDF with no text layer (a scan) is refused: "no text
layer (OCR needed)".
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from itertools import takewhile
from typing import Any

from solieu.errors import InputError
from solieu.renditions import (
    ITEM_MARK,
    LEADER,
    Rendition,
    clean_cell,
    converter,
    join_blocks,
    refuse_no_report,
    stated_date,
    table_lines,
)
from solieu.renditions.bar_charts import charted
from solieu.renditions.columns import NUMBER_CELL, aligned_tables, same_kind
from solieu.renditions.paragraphs import PAGE_NUMBER, continues, is_heading, is_unit_line
from solieu.renditions.symbols import BULLET, sign
from solieu.renditions.text_columns import column_lines, gutter

# How far from the page's top or bottom edge (as a share of its height) a page number's line
# must stand to be one: a lone number further in is text (a table copied one cell per line).
MARGIN = 0.12
# A line ending further than this share of the text's width from its right edge ends its paragraph.
SHORT = 0.15
# A cell's line of one word ending in a letter or a digit, the next line starting with one:
# a word maybe cut mid-way by the word processor (``_cut`` looks at where they stand); or a
# line ending in a hyphen glued to its word ("25/NQ-" / "HĐND"), a compound broken at it.
_MAYBE_CUT = re.compile(r"(?:^|\n)[^\s]*\w\n\w|\w-\n\w|\d[.,]\n\d")
# A table's padding is measured to its letters' ink, which stands up to about this many points
# inside the advance the word processor fits a line by.
CUT_SLACK = 1.0
# A frame measured by its widest line is narrower than the box its lines were wrapped in: a line that with
# the next one's first word would fill this share of it was wrapped.
WRAP_ROOM = 0.9
# The usual line gap: the least that is at least this share as common as the most common one.
COMMON = 0.2
# A character whose run rises less steeply than this (its matrix's b against a) runs along its line or up it; steeper
# and not a quarter turn, it is set at a slant.
SLANT = 0.2
# A footnotes' rule: a short line from the left margin, as a share of the page's width, and no thicker (points).
NOTE_RULE = (0.1, 0.5)
RULE_THICKNESS = 1.5
# Footnotes are set smaller than the body: at most this share of its usual size, as is a note's marker in the text.
NOTE_SIZE = 0.8
# How far (points) a note's number may stand above its line's other letters and still open that line.
NOTE_NUMBER_RISE = 5
# A line in the margin printed on this many pages or more is a running header or footer.
RUNNING_PAGES = 2
# How far apart (points, from the top) a running header's or footer's lines stand on its pages.
RUNNING_PLACE = 1.0
# A running line's page number, at its start or end (`… Trang 3`, `3 …`, `… - 3 -`, `… Trang 3/12`).
# The figure that ends a label whose leader was cut short by its length (`… (tỷ đồng). .1.386,2`, `(tỷ đồng)1.846,0`).
_LAST_NUMBER = re.compile(r"^(.*?[^\d\s.,])[\s.]*(\d[\d.,]*%?)$")
_PAGE_PART = re.compile(rf"^(?:{PAGE_NUMBER.pattern})\s|\s(?:{PAGE_NUMBER.pattern})$", re.IGNORECASE)


def render_pdf(data: bytes, where: str, charset: str | None = None) -> Rendition:
    """The text of every page, top to bottom, with tables (ruled or not) rendered as rows."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    read: list[tuple[list[_Table], list[dict[str, Any]], int]] = []  # a page's tables, text lines, width
    heights: list[float] = []
    notes: list[list[str]] = []  # the footnotes printed at the pages' feet: each its number and text
    tables = chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            info = pdf.metadata or {}
            pages = len(pdf.pages)
            for page in pdf.pages:
                chars += len(page.chars)
                page_tables, text_lines = _pdf_page(_footnotes_apart(_unslanted(_signs_read(page)), notes))
                read.append((page_tables, text_lines, round(page.width)))
                heights.append(page.height)
                tables += len(page_tables)
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
    running = _running([(text_lines, height) for (_, text_lines, _), height in zip(read, heights, strict=True)])
    read = [(page_tables, [ln for ln in text_lines if not _margin_keys(ln, height) & running], width)
            for (page_tables, text_lines, width), height in zip(read, heights, strict=True)]
    usual = _usual_gap([text_lines for _, text_lines, _ in read])
    edges = _text_edges(read)
    blocks: list[str | _Table] = []
    wrapped = False  # the page before's last line of text reaches the right edge
    for page_tables, text_lines, width in read:
        placed: list[tuple[Order, str | _Table]] = [((t.top, 0, t.top), t) for t in page_tables]
        placed += (paragraphs := _leader_tables(_pdf_paragraphs(text_lines, usual, edges[width]), len(read)))
        tables += sum(isinstance(block, _Table) for _, block in paragraphs)
        placed.sort(key=lambda b: b[0])  # stable: equal places keep their order
        page_blocks = [block for _, block in placed]
        last, first = (blocks[-1], page_blocks[0]) if blocks and page_blocks else (None, None)
        if isinstance(last, str) and isinstance(first, str) and continues(last, first, wrapped):
            blocks[-1] = f"{last} {page_blocks.pop(0)}"  # a paragraph over a page break
        elif isinstance(last, _Table) and isinstance(first, _Table) and (more := _goes_on(last, first)):
            if _broken_row(last, more[0]):  # its last row broken over the page break
                last.rows[-1] = [f"{a} {b}".strip() for a, b in zip(last.rows[-1], more.pop(0), strict=True)]
            last.rows += more  # a table over a page break, its header printed again left out
            page_blocks.pop(0)
            tables -= 1
        blocks += page_blocks
        left, right = edges[width]
        wrapped = bool(text_lines) and text_lines[-1]["x1"] >= right - SHORT * (right - left)
    meta = {"title": clean_cell(_pdf_str(info.get("Title"))) or None, "publisher": None,
            "published": stated_date(_pdf_str(info.get("CreationDate"))),
            "language": None, "author": clean_cell(_pdf_str(info.get("Author"))) or None}
    blocks += [f"[^{number}]: {clean_cell(note)}" for number, note in notes]  # as a Word file's are read
    text = join_blocks(b if isinstance(b, str) else "\n".join(table_lines(b.rows)) for b in blocks)
    rendition = Rendition(text, "pdf", converter("pdf"), tables, meta)
    refuse_no_report(rendition, where)
    return rendition


def _text_edges(read: list[tuple[list[_Table], list[dict[str, Any]], int]]) -> dict[int, tuple[float, float]]:
    """The left and right edges of the text on pages of each width: those of all its pages (a page
    of a few short lines above a table has no line that reaches the edge), an appendix's landscape
    pages apart from the portrait pages, whose lines would all end short of the wider edge."""
    widths: dict[int, list[dict[str, Any]]] = {}
    for _, text_lines, width in read:
        widths.setdefault(width, []).extend(text_lines)
    return {width: (min((ln["x0"] for ln in lines), default=0.0), max((ln["x1"] for ln in lines), default=0.0))
            for width, lines in widths.items()}


def _pdf_str(value: Any) -> str:
    if isinstance(value, bytes):
        for codec in ("utf-16", "utf-8", "latin-1"):
            try:
                return value.decode(codec)
            except UnicodeDecodeError:
                continue
    return str(value or "")


@dataclass
class _Table:
    """A table on a page: its top, its rows of cells, and where its columns stand (x0, x1)."""

    top: float
    rows: list[list[str]]
    columns: list[tuple[float, float]]


def _pdf_page(page: Any) -> tuple[list[_Table], list[dict[str, Any]]]:
    """One page: its tables, ruled or laid out by spacing alone, and the lines of text around
    them, less the page numbers in its margins."""
    placed: list[_Table] = []
    rest = page
    for table in page.find_tables():
        x0, top, x1, bottom = table.bbox
        rows = _cells(page, table)
        if table_lines(rows):
            placed.append(_Table(top, rows, _ruled_columns(table)))
        rest = rest.filter(_outside((x0, top, x1, bottom)))
    for (x0, top, x1, bottom), rows, columns in aligned_tables(rest.extract_words()):
        placed.append(_Table(top, rows, columns))
        rest = rest.outside_bbox((x0 - 1, top - 1, x1 + 1, bottom + 1))
    words = rest.extract_words()
    at = gutter(words, page.width)
    if at is None:
        lines = rest.extract_text_lines(return_chars=False)
    else:  # a page set in two columns
        lines = column_lines(rest, words, at, [t.top for t in placed])
    text_lines = charted([ln for ln in lines if not _page_number(ln, page.height)], words)
    return placed, text_lines


def _signs_read(page: Any) -> Any:
    """The page with a symbol font's private-use characters read as the signs they show (U+F0B3 ``≥``, U+F0B0 ``°``:
    a sign typed in Word with Insert → Symbol, printed by LibreOffice in its OpenSymbol font); one that opens its line
    is a list's bullet (a Wingdings mark: ``•``), whatever its code."""
    for char in page.chars:
        if 0xF020 <= ord(char["text"][:1] or " ") <= 0xF0FF:
            line = [other for other in page.chars if other is not char and abs(other["top"] - char["top"]) < 1]
            after = min((other["x0"] for other in line if other["x0"] >= char["x1"]), default=None)
            width = char["x1"] - char["x0"]
            bullet = not any(other["x1"] <= char["x0"] for other in line) \
                and (after is None or after - char["x1"] > width)  # a mark, then a tab's gap before its text
            char["text"] = BULLET if bullet else sign("Symbol", ord(char["text"][0]))
    return page


def _unslanted(page: Any) -> Any:
    """The page without its text set at a slant (a watermark's `DỰ THẢO` stamped across it at 45°, a stamp's date):
    no line of a report runs at a slant, and its letters would fall into the lines they cross. Text set across the
    page or up it (a cell's text rotated a quarter turn) stays."""
    def slanted(obj: dict[str, Any]) -> bool:
        a, b = obj["matrix"][:2]
        return min(abs(a), abs(b)) > SLANT * max(abs(a), abs(b))

    if not any(slanted(c) for c in page.chars):
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or not slanted(obj))


def _footnotes_apart(page: Any, notes: list[list[str]]) -> Any:
    """A page whose foot holds footnotes, as a word processor prints them (a short rule from the left margin, the
    notes under it in smaller type, each opened by its number, raised or set apart, or the next note's before a
    space): the page above the rule, each note's marker in its
    text made ``[^N]`` where it stands (a small digit glued to a word or a cell's number: "năm 2024³"), and the
    notes added to ``notes`` (a note going on from the page before, its number not printed again, goes on with the
    last one). A page with no such foot is returned as it is."""
    rule = next((r for r in sorted(page.rects + page.lines, key=lambda r: r["top"])
                 if r["height"] <= RULE_THICKNESS and NOTE_RULE[0] * page.width < r["width"] < NOTE_RULE[1] * page.width
                 and r["top"] > page.height / 2), None)
    if rule is None:
        return page
    above = page.within_bbox((0, 0, page.width, rule["top"]))
    foot = page.within_bbox((0, rule["top"], page.width, page.height))
    body_size, foot_size = _usual_size(above.chars), _usual_size(foot.chars)
    if not body_size or not foot_size or foot_size > NOTE_SIZE * body_size:
        return page  # a rule over text as large as the body's: a table's or a signature's, no notes
    numbers: set[str] = set()
    for line in foot.extract_text_lines(y_tolerance=NOTE_NUMBER_RISE, return_chars=True):
        if _page_number(line, page.height):
            continue
        number = "".join(c["text"] for c in takewhile(lambda c: c["text"].isdigit(), line["chars"]))
        # a note's number set apart (raised, or in another size), or the next note's number before a space
        baseline = max(c["bottom"] for c in line["chars"])
        if number and (any(round(c["size"], 1) != round(foot_size, 1) or c["bottom"] < baseline - 1
                           for c in line["chars"][:len(number)])
                       or int(number) == (int(notes[-1][0]) + 1 if notes else 1)
                       and line["text"][len(number):len(number) + 1] == " "):
            notes.append([number, line["text"][len(number):].strip()])
            numbers.add(number)
        elif notes:
            notes[-1][1] += " " + line["text"].strip()
    _mark_references(above.chars, numbers)
    return above


def _usual_size(chars: list[dict[str, Any]]) -> float | None:
    """The most common size of the letters."""
    sizes = Counter(round(c["size"], 1) for c in chars if c["text"].strip())
    return sizes.most_common(1)[0][0] if sizes else None


def _mark_references(chars: list[dict[str, Any]], numbers: set[str]) -> None:
    """Each note's marker in the text made ``[^N]`` in place (its first digit's text opens it, its last one's
    closes it): a run of digits set smaller and raised, glued to the larger letter before it ("năm 2024³"), naming
    one of the page's notes; not an exponent after "m" ("m²")."""
    i = 1
    while i < len(chars):
        before, c = chars[i - 1], chars[i]
        if not (c["text"].isdigit() and _glued(before, c) and c["size"] <= NOTE_SIZE * before["size"]
                and c["bottom"] < before["bottom"] - 1):
            i += 1
            continue
        j = i + 1
        while j < len(chars) and chars[j]["text"].isdigit() and _glued(chars[j - 1], chars[j]) \
                and chars[j]["size"] == c["size"]:
            j += 1
        if "".join(d["text"] for d in chars[i:j]) in numbers and before["text"] not in "mM":
            chars[i]["text"] = f"[^{chars[i]['text']}"
            chars[j - 1]["text"] += "]"
        i = j


def _glued(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Two letters side by side on one line, no space between."""
    return abs(after["x0"] - before["x1"]) < 1 and abs(after["top"] - before["top"]) < before["size"] / 2


def _cells(page: Any, table: Any) -> list[list[str]]:
    """A ruled table's rows of cells, each cell's lines joined by a space, or by none where
    the word processor broke a word too long for its cell (``_cut``)."""
    pad: float | None = None
    rows = []
    turned = [ch for ch in page.chars if not ch["upright"] and _within(table.bbox)(ch)]
    for r, row in enumerate(table.extract()):
        cells = []
        for c, text in enumerate(row):
            if text and turned and (bbox := table.rows[r].cells[c]) \
                    and (letters := [ch for ch in turned if _within(bbox)(ch)]):
                text = _turned_text(letters)
            elif text and _MAYBE_CUT.search(text) and (bbox := table.rows[r].cells[c]):
                pad = _padding(page, table) if pad is None else pad
                lines = page.filter(_within(bbox)).extract_text_lines(return_chars=True)
                text = _cell_text(lines, bbox, pad) or text
            cells.append(clean_cell(text))
        rows.append(cells)
    return rows


def _padding(page: Any, table: Any) -> float:
    """The space a ruled table leaves between its cells' rules and their text: the least gap
    between a cell's edge and its text, on the left (text aligned left) or the right (figures
    aligned right)."""
    chars = [ch for ch in page.chars if _within(table.bbox)(ch) and not ch["text"].isspace()]
    gaps = []
    for row in table.rows:
        for cell in row.cells:
            if cell is None:
                continue
            inside = [ch for ch in chars if _within(cell)(ch)]
            x0, _, x1, _ = cell
            if inside:
                gaps.append(min(min(ch["x0"] for ch in inside) - x0, x1 - max(ch["x1"] for ch in inside)))
    return max(min(gaps, default=0.0), 0.0)


def _turned_text(letters: list[dict[str, Any]]) -> str:
    """A cell whose text the word processor turned to run up the page (a narrow column's title, Word's "btLr") or
    down it: its lines stand as columns of letters, read each along its run and one after another, left to right
    for text running up, right to left for text running down; pdfplumber reads them backwards."""
    up = letters[0]["matrix"][1] > 0
    columns: list[list[dict[str, Any]]] = []
    for ch in sorted(letters, key=lambda ch: ch["x0"]):
        if columns and abs(ch["x0"] - columns[-1][0]["x0"]) < ch["size"] / 2:
            columns[-1].append(ch)
        else:
            columns.append([ch])
    if not up:
        columns.reverse()
    lines = ("".join(ch["text"] for ch in sorted(column, key=lambda ch: -ch["top"] if up else ch["top"]))
             for column in columns)
    return clean_cell(" ".join(lines))


def _cell_text(lines: list[dict[str, Any]], bbox: tuple[float, float, float, float], pad: float) -> str:
    """A cell's lines of text (with their letters) joined: by a space, or by none after a line
    that is a word cut mid-way (``_cut``)."""
    text = ""
    for k, line in enumerate(lines):
        glue = "" if k and _cut(lines[k - 1], line, bbox, pad) else " "
        text = f"{text}{glue}{line['text'].strip()}" if k else line["text"].strip()
    return text


def _cut(line: dict[str, Any], after: dict[str, Any], bbox: tuple[float, float, float, float], pad: float) -> bool:
    """``line`` of a cell is a word that the word processor cut mid-way and went on with on the
    line ``after`` (`2023/202` / `2`, `đồng/ngư` / `ời`), as it does only with a word longer
    than the cell is wide: it is one word, ending in a letter or a digit and ``after`` starting
    with one of the same kind (``same_kind``), and ``line`` fills the cell's width between its
    ``pad`` on either side so nearly that ``after``'s first letter would not have fitted. A word
    wrapped whole leaves room for its next word (and a space) on its line, which this letter
    alone may not take. A line ending in a hyphen glued to its word goes on with no space too
    (`25/NQ-` / `HĐND`): the word processor breaks a compound after its hyphen."""
    text, rest = line["text"].strip(), after["text"].strip()
    if text[-2:-1].isalnum() and text.endswith("-") and rest[:1].isalnum():
        return True
    if text[-2:-1].isdigit() and text[-1:] in ".," and rest[:1].isdigit():
        return True  # "1.872," / "4": a number cut after its mark in a narrow cell goes on with no space
    if not (text and rest and " " not in text and same_kind(text[-1], rest[0])):
        return False
    first = next((ch for ch in after["chars"] if not ch["text"].isspace()), None)
    room = (line["x0"] - bbox[0]) + (bbox[2] - line["x1"]) - 2 * pad
    return first is not None and room < first["x1"] - first["x0"] + CUT_SLACK


def _outside(bbox: tuple[float, float, float, float]) -> Any:
    """Whether a page's object lies outside ``bbox`` (a ruled table's box) by its centre: the
    letters of a line printed right under a table reach above its bottom rule (the font's
    ascent), and they are no part of it."""
    inside = _within(bbox)
    return lambda obj: not inside(obj)


def _within(bbox: tuple[float, float, float, float]) -> Any:
    """Whether a page's object lies inside ``bbox`` by its centre (as a table's cell has its
    letters: some reach over its rules)."""
    x0, top, x1, bottom = bbox

    def within(obj: dict[str, Any]) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return x0 <= x <= x1 and top <= y <= bottom
    return within


def _ruled_columns(table: Any) -> list[tuple[float, float]]:
    """Where a ruled table's columns stand: the left and right edges most of each one's cells
    have (a header cell merged over the next column is wider), none for a column whose every
    cell is merged into another."""
    columns = []
    for k in range(max((len(row.cells) for row in table.rows), default=0)):
        edges = Counter((c[0], c[2]) for row in table.rows if k < len(row.cells) and (c := row.cells[k]))
        columns.append(edges.most_common(1)[0][0] if edges else (0.0, 0.0))
    return columns


def _goes_on(before: _Table, after: _Table) -> list[list[str]] | None:
    """The rows of ``after`` (a page's first table) as more rows of ``before`` (the page
    before's last), from its first row with a word and past ``before``'s header rows printed
    again (``_past_header``), or None if it is a table of its own. It goes on when it opens with
    those header rows, or when its first row is data (a cell that is a number), not a header of
    its own, or the rest of ``before``'s last row broken over the page break (``_broken_row``);
    and each of its columns that has a word stands under one of ``before``'s, in the same order:
    a page may find one column more or fewer (an empty one, or one with no word on that page), as
    long as those with words line up."""
    start = next((r for r, row in enumerate(after.rows) if any(row)), len(after.rows))
    first = after.rows[start] if start < len(after.rows) else []
    if len(before.columns) < 2 or not any(first):
        return None
    under: dict[int, int] = {}  # a column of ``after`` with words -> the one of ``before`` it stands under
    for k, column in enumerate(after.columns):
        if any(k < len(row) and row[k] for row in after.rows):
            at = _under(column, before.columns)
            if at is None or under and at <= max(under.values()):
                return None
            under[k] = at
    rows = []
    for row in after.rows[start:]:
        cells = [""] * len(before.columns)
        for k, at in under.items():
            cells[at] = row[k] if k < len(row) else ""
        rows.append(cells)
    past = _past_header(before, rows)
    if not past or len(past) == len(rows) and not any(NUMBER_CELL.fullmatch(cell) for cell in first[1:]) \
            and not _broken_row(before, rows[0]):
        return None
    return past


def _past_header(before: _Table, rows: list[list[str]]) -> list[list[str]]:
    """``rows`` (a page's part of a table, in ``before``'s columns) less ``before``'s header
    rows (its first ones) printed again at their top, as a word processor repeats them on each
    page (`STT | Chỉ tiêu | TH 6 tháng 2024 | So sánh (%) |` / ` |  |  | KH | CK`), the most
    of them that match; ``rows`` as they are if none does (``_header_again``)."""
    for count in range(min(len(before.rows), len(rows) - 1), 0, -1):
        below = _header_again(before.rows[:count], rows[:count], rows[count])
        if below is not None:
            return [below, *rows[count + 1:]] if any(below) else rows[count + 1:]
    return rows


def _header_again(header: list[list[str]], again: list[list[str]], below: list[str]) -> list[str] | None:
    """The row ``below`` the rows ``again`` if they are the table's ``header`` rows printed again,
    each column's words the same (its cells joined down the rows), else None. A column's last
    lines may be missing: LibreOffice draws a header printed again shorter than its text when a
    cell of it spans two rows, and hides the lines under its bottom rule; the first of them, that
    it prints, is read at the head of the cell ``below`` (`TH 6 tháng` / `2024 |`), which is
    returned less them.

    >>> _header_again([["STT", "TH 6 tháng 2024"]], [["STT", "TH 6 tháng"]], ["", "2024"])
    ['', '']
    >>> _header_again([["Chỉ tiêu", "Ước TH năm 2025 so với cùng kỳ"]], [["Chỉ tiêu", "Ước TH năm"]],
    ...               ["và thu khác", "2025 so với"])
    ['và thu khác', '']
    >>> _header_again([["STT", "Chỉ tiêu"]], [["1", "Tổng giá"]], ["", "trị sản xuất"]) is None
    True
    """
    if not any(again[0]):
        return None
    rest = []
    for column, cell in enumerate(below):
        words = " ".join(row[column] for row in header if column < len(row) and row[column]).split()
        seen = " ".join(row[column] for row in again if column < len(row) and row[column]).split()
        if not (words == seen or seen and words[:len(seen)] == seen):
            return None
        hidden, printed = words[len(seen):], cell.split()
        shown = next((k for k in range(min(len(hidden), len(printed)), 0, -1) if printed[:k] == hidden[:k]), 0)
        rest.append(" ".join(printed[shown:]))
    return rest


def _broken_row(before: _Table, first: list[str]) -> bool:
    """``first`` (a page's first row, in ``before``'s columns) is the rest of ``before``'s last
    row, broken over the page break as word processors break a tall row by default: it has no
    cell that is a number, it has words only where that row has some, and it is empty where
    that row has a number (a header printed again, or another table's, has words there), and its
    words do not open a row of their own (``_opens_a_row``).

    >>> last = _Table(0, [["1", "Tổng thu ngân sách", "Tỷ đồng", "356,4"]], [])
    >>> _broken_row(last, ["", "trên địa bàn", "", ""]), _broken_row(last, ["", "Trong đó:", "", ""])
    (True, False)
    """
    last = before.rows[-1] if before.rows else []
    if len(last) != len(first) or not any(first) or any(NUMBER_CELL.fullmatch(cell) for cell in first) \
            or _opens_a_row(first):
        return False
    numbers = [k for k, cell in enumerate(last) if NUMBER_CELL.fullmatch(cell)]
    return (bool(numbers) and not any(first[k] for k in numbers)
            and all(last[k] for k, cell in enumerate(first) if cell) and first not in before.rows)


def _opens_a_row(row: list[str]) -> bool:
    """The row's first words open a row of its own, as a sub-row's item ("- Thu tiền sử dụng đất") or
    a lead row ending with its colon ("Trong đó:") does, not the rest of a label broken over a page."""
    words = next((cell for cell in row if cell), "")
    return ITEM_MARK.match(words + " ") is not None or words.endswith(":")


def _under(column: tuple[float, float], columns: list[tuple[float, float]]) -> int | None:
    """The one of ``columns`` that ``column`` overlaps most (by x), or None if none."""
    overlaps = [min(column[1], c1) - max(column[0], c0) for c0, c1 in columns]
    best = max(range(len(columns)), key=lambda k: overlaps[k])
    return best if overlaps[best] > 0 else None


def _unit_line(line: dict[str, Any], short: float) -> bool:
    """A line of its own giving a table's unit: a unit line's text, ending short of the right
    edge (``short``): a wrapped line of prose reaching it may go on "… các đơn vị: …")."""
    return line["x1"] < short and is_unit_line(line["text"])


def _page_number(line: dict[str, Any], height: float) -> bool:
    """The line is a page number in the page's top or bottom margin."""
    return _in_margin(line, height) and PAGE_NUMBER.fullmatch(line["text"].strip()) is not None


def _in_margin(line: dict[str, Any], height: float) -> bool:
    """The line stands in the page's top or bottom margin (MARGIN of its ``height``)."""
    return line["bottom"] < MARGIN * height or line["top"] > (1 - MARGIN) * height


def _margin_keys(line: dict[str, Any], height: float) -> set[str]:
    """A line in the page's top or bottom margin -> the words it may read alike on every page as
    a running header or footer: all of them, and those less a page number at its start or end
    (`BẢN TIN THỐNG KÊ - SỐ 09/2025 Trang 3` -> that, and `BẢN TIN THỐNG KÊ - SỐ 09/2025`, as the
    first page prints it, its `Trang 1` read apart); none for a line further in, one with no
    letter, or a unit line (a table's, printed again on each page of an appendix). Other digits
    stay: an appendix's tables titled on their pages `Biểu số 02/QT`, `Biểu số 03/QT` are no
    running line."""
    text = " ".join(line["text"].split())
    if not _in_margin(line, height) or not any(ch.isalpha() for ch in text) or is_unit_line(text):
        return set()
    return {text, " ".join(_PAGE_PART.sub(" ", text).split())}


def _running(pages: list[tuple[list[dict[str, Any]], float]]) -> set[str]:
    """The running headers and footers of a document's pages (their lines of text, their height),
    by their ``_margin_keys``: a line in the margin printed, at the same place (by RUNNING_PLACE), on
    RUNNING_PAGES pages or more. A line on the first page alone (its letterhead) is no running one.

    >>> at = lambda text: {"text": text, "top": 30.0, "bottom": 41.0}
    >>> _running([([at("BẢN TIN - SỐ 09/2025")], 842.0), ([at("BẢN TIN - SỐ 09/2025 Trang 2")], 842.0)])
    {'BẢN TIN - SỐ 09/2025'}
    >>> _running([([at("Biểu số 02/QT")], 842.0), ([at("Biểu số 03/QT")], 842.0)])
    set()
    """
    places: dict[str, list[float]] = {}
    for lines, height in pages:
        keys = {key: ln["top"] for ln in reversed(lines) for key in _margin_keys(ln, height)}
        for key, top in keys.items():  # once a page
            places.setdefault(key, []).append(top)
    return {key for key, tops in places.items()
            if max(sum(abs(top - other) <= RUNNING_PLACE for other in tops) for top in tops) >= RUNNING_PAGES}


def _usual_gap(pages: list[list[dict[str, Any]]]) -> float:
    """The gap between a paragraph's wrapped lines, from every page's lines: the least gap
    between lines one above the other (to half a point) that is common (COMMON of the most
    common one's count), so neither a letterhead's or a borderless table's few tighter lines
    nor, in a document of one-line items, the gap between paragraphs."""
    gaps = Counter(round(2 * (b["top"] - a["bottom"])) / 2
                   for lines in pages for a, b in zip(lines, lines[1:], strict=False) if b["top"] > a["bottom"])
    top = max(gaps.values(), default=0)
    return min((g for g, n in gaps.items() if n >= max(2, COMMON * top)), default=min(gaps, default=0.0))


# A block's place in reading order: the top of its band of the page, its column, its own top (a
# page of one column is one band and one column: its blocks' tops).
Order = tuple[float, int, float]


def _pdf_paragraphs(lines: list[dict[str, Any]], usual: float, edges: tuple[float, float]) -> list[tuple[Order, str]]:
    """A page's lines of text -> paragraphs. A line starts a new paragraph when the line above
    ends short of the right edge (by more than SHORT of the text's width: a wrapped line reaches
    it, justified or not, but for a word), when it or the line above is a heading in capitals,
    when it starts indented (by more than a line's height) or with a list item's mark after a
    sentence's end (`-`, `+`, `a)`, `2.`, `(3)`, `II.`), when it is a unit line (`Đơn vị tính:
    tỷ đồng`, flush left right under a sentence), or when the gap above it is wider than the
    ``usual`` gap by 0.3 line heights; a bar chart's data (``bar_charts``) is a paragraph of its own, its
    two lines kept. The text's left and right ``edges`` are the whole
    document's (a page of a few short lines above a table has no line that reaches the edge), a
    column's on a page set in two (a line's ``frame``)."""
    paragraphs: list[tuple[Order, list[str]]] = []
    prev: dict[str, Any] | None = None
    charts: set[int] = set()  # the paragraphs that are a bar chart's data, its lines kept as they are
    item_x: float | None = None  # where the mark of the list item the last paragraph opens with stands
    for ln in lines:
        if ln.get("chart") or prev is not None and prev.get("chart"):
            if ln.get("chart"):
                charts.add(len(paragraphs))
            paragraphs.append((ln.get("order", (ln["top"], 0, ln["top"])), [ln["text"]]))
            prev = ln
            continue
        left, right = ln.get("frame", edges)
        short = right - SHORT * (right - left)
        before_left, before_right = (prev or ln).get("frame", edges)
        ends_short = prev is not None and prev["x1"] < before_right - SHORT * (before_right - before_left)
        height = ln["bottom"] - ln["top"]
        if prev is not None and _heading_goes_on(prev, ln, usual, edges):
            paragraphs[-1][1].append(ln["text"])
            prev = ln
            continue
        # Lines centred on the frame's axis, one of them set in (a box of key figures; not a justified text's
        # lines, each flush left): one goes on only as it wraps.
        block = prev is not None and abs(prev["x0"] + prev["x1"] - ln["x0"] - ln["x1"]) <= height \
            and abs(prev["x0"] + prev["x1"] - before_left - before_right) <= height \
            and (ln["x0"] - left > 1 or prev["x0"] - before_left > 1)
        goes_on = block and _centred_goes_on(prev, ln, (before_left, before_right))  # type: ignore[arg-type]
        # A list item's line wrapped under a hanging indent: the next line starts where its text does, right of
        # its mark, and goes on with it.
        hanging = prev is not None and not ends_short and item_x is not None \
            and item_x < ln["x0"] < item_x + 4 * height and not ITEM_MARK.match(ln["text"])
        goes_on = goes_on or hanging
        new = (prev is None or block and not goes_on or ends_short and not goes_on
               or is_heading(prev["text"]) or is_heading(ln["text"])
               or bool(LEADER.search(prev["text"]) or LEADER.search(ln["text"]))
               or (ITEM_MARK.match(ln["text"]) and prev["text"][-1:] in ".;:!?")
               or _unit_line(ln, short)
               or ln["top"] - prev["bottom"] > usual + 0.3 * height or ln["x0"] - left > height and not goes_on)
        if new:
            paragraphs.append((ln.get("order", (ln["top"], 0, ln["top"])), [ln["text"]]))
            item_x = ln["x0"] if ITEM_MARK.match(ln["text"]) else None  # where an item's mark stands
        else:
            paragraphs[-1][1].append(ln["text"])
        prev = ln
    return [(order, parts[0] if k in charts else clean_cell(" ".join(parts)))
            for k, (order, parts) in enumerate(paragraphs)]


def _leader_tables(paragraphs: list[tuple[Order, str]], pages: int) -> list[tuple[Order, str | _Table]]:
    """Lines typed over tab stops with dot leaders, each a paragraph of its own: two or more one after the other with
    two leaders or more (`Chỉ tiêu ……… Năm 2024 ……… Năm 2025`) as the table they make, a cell between two leaders, a
    line among them whose label left its leader no room split from the figure it ends (`… (tỷ đồng)1.846,0`); a
    table of contents (two lines or more each a heading, a leader and a page number, the numbers climbing and none
    past the document's ``pages``) left out, as a Word file's is; other lines with one leader (key figures) kept as
    printed, their dots too."""
    out: list[tuple[Order, str | _Table]] = []
    run: list[tuple[Order, str]] = []

    def flush() -> None:
        rows = [[cell for cell in LEADER.split(text) if cell] for _, text in run]
        k = 0
        while k < len(rows):
            if end := _table_end(rows, k):
                width = max(len(row) for row in rows[k:end])
                for row in rows[k:end]:
                    while len(row) < width and (cut := _LAST_NUMBER.match(row[0])):
                        row[:1] = [cut.group(1).strip(), cut.group(2)]
                cells = [row + [""] * (width - len(row)) for row in rows[k:end]]
                out.append((run[k][0], _Table(run[k][0][0], cells, [])))
            elif end := _contents_end(rows, k, pages):
                pass  # the entries of a table of contents
            else:
                out.append(run[k])
                end = k + 1
            k = end
        run.clear()

    for order, text in paragraphs:
        if LEADER.search(text):
            run.append((order, text))
            continue
        flush()
        out.append((order, text))
    flush()
    return out


def _table_end(rows: list[list[str]], k: int) -> int:
    """The end of the table of leader lines whose first row is ``rows[k]``: the row after its last with two leaders
    or more, lines cut short between them (a label ending in its figure) taken in; 0 if no such table opens there."""
    end = 0
    for n in range(k, len(rows)):
        if len(rows[n]) >= 3:
            end = n + 1
        elif n == k or not _LAST_NUMBER.match(rows[n][0]):
            break
    return end if end - k >= 2 else 0


def _contents_end(rows: list[list[str]], k: int, pages: int) -> int:
    """The end of the table of contents whose first entry is ``rows[k]``: a heading and a page number, the numbers
    climbing and none past ``pages``, two entries at least; 0 if none opens there."""
    end, last = k, 1
    while end < len(rows) and len(rows[end]) == 2 and rows[end][1].isdigit() and last <= int(rows[end][1]) <= pages:
        end, last = end + 1, int(rows[end][1])
    return end if end - k >= 2 else 0


def _centred_goes_on(prev: dict[str, Any], line: dict[str, Any], frame: tuple[float, float]) -> bool:
    """``line`` goes on with ``prev`` in a block of centred lines (a key figure's label in a box, wrapped
    over two lines): in one size (a figure set large over its label is apart), ``prev`` ending in no full
    stop and too wide to have held ``line``'s first word (its width taken as its share of the line's
    letters) within the frame (its widest line, by WRAP_ROOM: the box is wider): a word processor wraps a
    line only when the next word does not fit."""
    height = line["bottom"] - line["top"]
    left, right = frame
    if prev["text"].rstrip()[-1:] in ".:;!?" or abs(prev["bottom"] - prev["top"] - height) > 0.1 * height:
        return False
    first = line["text"].split(" ", 1)[0]
    word = (len(first) + 1) / max(len(line["text"]), 1) * (line["x1"] - line["x0"])
    return prev["x1"] - prev["x0"] + word > WRAP_ROOM * (right - left)


def _heading_goes_on(prev: dict[str, Any], line: dict[str, Any], usual: float, edges: tuple[float, float]) -> bool:
    """``line`` goes on with the heading in capitals ``prev``, wrapped over two lines (`I. KẾT
    QUẢ … CỦA CÁC KHU CÔNG` / `NGHIỆP … NĂM 2023`): both in capitals, ``prev`` ending in no
    punctuation and reaching the text's right edge (by SHORT of its width), or centred and as
    wide but for twice that, ``line`` under it with the same left edge or centred,
    no wider gap between them than the ``usual`` one (by 0.3 line heights), and with no list
    item's mark. ``line`` may also be a remark in brackets that ends the heading (`Biểu: MỘT SỐ
    CHỈ TIÊU … NĂM 2024` / `(trích)`), not a unit line, under a line reaching the right edge.
    A short line in capitals (`BÁO CÁO`) is a heading of its own."""
    text = line["text"].strip()
    remark = text[:1] == "(" and text[-1:] == ")" and not is_unit_line(text)
    if not (is_heading(prev["text"]) and (is_heading(text) or remark)) or prev["text"].rstrip()[-1:] in ".:;!?…)":
        return False
    height = line["bottom"] - line["top"]
    if ITEM_MARK.match(line["text"]) or line["top"] - prev["bottom"] > usual + 0.3 * height:
        return False
    left, right = edges
    width = right - left

    def centred(ln: dict[str, Any]) -> bool:
        return abs((ln["x0"] - left) - (right - ln["x1"])) <= height

    wrapped = prev["x1"] >= right - SHORT * width
    if remark and not wrapped:  # a centred title's remark under it (`(Kèm theo …)`) is a line of its own
        return False
    fills = wrapped or centred(prev) and prev["x1"] - prev["x0"] >= (1 - 2 * SHORT) * width
    return fills and (abs(line["x0"] - prev["x0"]) <= 1 or abs(line["x0"] - left) <= 1 or centred(line))
