"""Word documents (python-docx): paragraphs, with the list numbers Word draws before them, and
tables in document order; footnotes as a Markdown converter writes them, a marker ``[^1]`` where
Word draws the note's number and the note's text ``[^1]: …`` after the document's last block.

The text is what Word shows with every tracked change accepted and no markup: inserted text read,
deleted and moved-away text left out; text in content controls, smart tags and fields' results
read where it stands; a text box's paragraphs after the paragraph it is anchored in; a chart's numbers as the table
they make; paragraphs typed as a table's rows over tab stops as a table; a web page imported whole (``w:altChunk``, as
systems that write their reports in HTML save them as .docx) read as a web page where it stands."""

from __future__ import annotations

import io
import re
from typing import Any

from solieu.errors import InputError
from solieu.renditions import (
    ITEM_MARK,
    Rendition,
    clean_cell,
    converter,
    join_blocks,
    language_code,
    refuse_no_report,
    stated_date,
    table_lines,
)
from solieu.renditions.fixed_width import preformatted
from solieu.renditions.numbering import ListLabels
from solieu.renditions.symbols import sign


def render_docx(data: bytes, where: str, charset: str | None = None) -> Rendition:
    """Paragraphs and tables in document order (header rows of a table first)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(f"{where}: cannot be read as a Word document ({exc}); save it again "
                         "as .docx.") from None
    except Exception as exc:  # a damaged ZIP or XML: zipfile.BadZipFile, lxml errors
        raise InputError(f"{where}: cannot be read as a Word document "
                         f"({type(exc).__name__}); save it again as .docx.") from None
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    tables = 0
    labels = ListLabels(document)
    reader = ParagraphText(document)
    body = document.element.body
    previous, previous_rows = None, []  # the table just before, with no paragraph between, and its rows
    tabbed, rows_typed = -1, []  # the last table typed with tab stops, its block and rows: a row under it goes on
    typed, typed_lines = -1, []  # the last table typed with spaces in a fixed-width font, its block and lines
    charts: list[str] = []  # the numbers of the charts in the paragraph just read, put after their caption if one
    for element in _blocks(body):
        if element.tag == _W_CHUNK:
            chunk_blocks, chunk_tables = _imported_page(element, document.part, where)
            blocks += chunk_blocks
            tables += chunk_tables
            previous = None
            continue
        if element.tag == _W_TBL:
            rows = _docx_rows(Table(element, document._body), reader)
            if previous is not None and _goes_on(previous, element, rows):
                # Word shows a table right after another, nothing between, as one table: a header typed apart
                rows = previous_rows + rows
                blocks.pop()
                tables -= 1
            previous, previous_rows = element, rows
            for n, table in enumerate(_tables_in(element)):
                lines = table_lines(rows if n == 0 else _docx_rows(Table(table, document._body), reader))
                if lines:
                    tables += 1
                    blocks.append("\n".join(lines))
            continue
        previous = None
        if _in_a_table_of_contents(element):
            continue  # "1. Về kinh tế ..... 4": a heading's entry and its page, no text of the report
        raw = reader.text(element)
        label = labels.label(Paragraph(element, document._body))
        if ("  " in raw or blocks and typed == len(blocks) - 1 and raw.strip()) and _in_a_fixed_width_font(element):
            # "2  Sản lượng lương thực    tấn    4.520": a table typed with spaces in Courier New, a line per paragraph
            if blocks and typed == len(blocks) - 1:
                typed_lines.append(raw)
                blocks.pop()
            else:
                typed_lines = [raw]
            typed = len(blocks)
            blocks.append(preformatted("\n".join(typed_lines)))
            continue
        if cells := _tabbed_cells(raw, element):
            # "Sản lượng lương thực⇥tấn⇥52.310⇥53.480": a table typed with tab stops, a row per paragraph
            row = [f"{label} {cells[0]}".strip() if label else cells[0], *cells[1:]]
            if blocks and tabbed == len(blocks) - 1:
                rows_typed.append(row)  # the row right under the last one: the same table
                blocks.pop()
            else:
                tables, rows_typed = tables + 1, [row]
            tabbed = len(blocks)
            blocks.append("\n".join(table_lines(_filled_columns(rows_typed))))
            continue
        text = _lines(raw)
        if charts and not _a_chart_caption(text):
            blocks += charts  # no caption under the charts: their numbers where they stand
        blocks.append(f"{label} {text}" if label and text else text)
        blocks += charts if charts and _a_chart_caption(text) else []  # under their caption, as a table's title
        charts = _charts(element, document.part)
        blocks += _embedded_sheets(element, document.part)
        for box in _text_boxes(element):  # a text box's paragraphs, and a table standing in it as a table
            for inner in _blocks(box):
                if inner.tag == _W_P:
                    blocks.append(clean_cell(reader.text(inner)))
                elif inner.tag == _W_TBL and (lines := table_lines(_docx_rows(Table(inner, document._body), reader))):
                    tables += 1
                    blocks.append("\n".join(lines))
    blocks += charts + reader.notes()
    props = document.core_properties
    meta = {"title": clean_cell(props.title) or None, "publisher": None,
            "published": stated_date(props.created) if props.created else None,
            "language": language_code(props.language),
            "author": clean_cell(props.author) or None}
    rendition = Rendition(join_blocks(blocks), "docx", converter("docx"), tables, meta)
    refuse_no_report(rendition, where)
    return rendition


class ParagraphText:
    """A paragraph's text as Word shows it: less its hidden text, a symbol font's signs read as the characters they
    show, ``[^N]`` where a footnote's or an endnote's reference stands; the notes numbered in the order their
    references stand, their texts read where the document ends, as endnotes are printed and as a footnote's is
    gathered (``[^N]: …``)."""

    KINDS = ("footnote", "endnote")

    def __init__(self, document: Any) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml import parse_xml
        from docx.oxml.ns import qn

        self._hidden = _hidden_styles(document)  # the styles whose text is hidden; a run's own w:vanish too
        self._notes: dict[tuple[str, str], str] = {}  # (kind, a note's id) -> its text
        self._numbers: dict[tuple[str, str], int] = {}  # (kind, a note's id) -> its number
        for kind, reltype in zip(self.KINDS, (RT.FOOTNOTES, RT.ENDNOTES), strict=True):
            part = next((rel.target_part for rel in document.part.rels.values()
                         if rel.reltype == reltype and not rel.is_external), None)
            if part is None:
                continue
            for note in parse_xml(part.blob).iterchildren(qn(f"w:{kind}")):
                if note.get(qn("w:type")) in (None, "normal"):  # not the separator lines
                    self._notes[kind, note.get(qn("w:id"))] = clean_cell(
                        " ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in note.iter(qn("w:p"))))

    def text(self, paragraph: Any) -> str:
        """A paragraph's text (``w:p``), ``[^N]`` where a footnote's or an endnote's reference stands."""
        from docx.oxml.ns import qn

        parts: list[str] = []
        for run in _runs(paragraph):
            if _hidden_run(run, paragraph, self._hidden):
                continue  # hidden text (a template's instructions, a draft's figures): Word neither shows nor prints it
            parts.append(_run_text(run))
            if not self._notes:
                continue
            for ref in run.iter(qn("w:footnoteReference"), qn("w:endnoteReference")):
                kind = "footnote" if ref.tag == qn("w:footnoteReference") else "endnote"
                if (note := (kind, ref.get(qn("w:id")))) in self._notes:
                    parts.append(f"[^{self._numbers.setdefault(note, len(self._numbers) + 1)}]")
        return "".join(parts)

    def notes(self) -> list[str]:
        """The referenced notes' texts, in their numbers' order: ``[^1]: Trong đó: …``."""
        return [f"[^{n}]: {self._notes[note]}" for note, n in self._numbers.items() if self._notes[note]]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_TBL, _W_R, _W_CHUNK = f"{_W}p", f"{_W}tbl", f"{_W}r", f"{_W}altChunk"
_W_TR, _W_TC = f"{_W}tr", f"{_W}tc"
# Where a block's paragraphs and tables stand inside another element: a content control's
# content, a custom XML element, a tracked insertion of whole paragraphs.
_BLOCK_HOLDERS = frozenset(f"{_W}{tag}" for tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo"))
# What Word does not show with the changes accepted: deleted and moved-away text. A text box is
# read as blocks of its own (``_text_boxes``); an alternative drawing's fallback repeats its choice.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HIDDEN = frozenset((f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent", _FALLBACK))


def _lines(text: str) -> str:
    r"""A paragraph's text, a line where a line break (``w:br``, typed with Shift+Enter) ends one: a heading typed
    over its first sentence, a list typed as the lines of one paragraph, as a reader sees them. A break before a
    word in lower case only wraps its sentence (``ước đạt 1.178`` ↵ ``tỷ đồng``), and stays a space.

    >>> _lines("1. Nông nghiệp\nTổng diện tích đạt 1.178\nha; sản lượng\n- Lúa")
    '1. Nông nghiệp\nTổng diện tích đạt 1.178 ha; sản lượng\n- Lúa'
    """
    lines: list[str] = []
    for line in filter(None, (clean_cell(part) for part in text.split("\n"))):
        if lines and line[0].islower():
            lines[-1] += " " + line
        else:
            lines.append(line)
    return "\n".join(lines)


def _tabbed_cells(text: str, paragraph: Any) -> list[str]:
    r"""A paragraph typed as a table's row with tab stops (``w:tab``): its cells, else [] (no tab between two
    words, or one only after a list's mark: "I.⇥KẾT QUẢ" is a heading). Where the paragraph sets its own tab stops
    each tab moves to the next, so two tabs in a row leave a cell empty and a leading tab the first; with Word's
    default stops the typist presses tab until the text lines up, so a run of tabs parts two cells and a leading
    one only indents.

    >>> _tabbed_cells("Sản lượng\ttấn\t\t53.480", None), _tabbed_cells("I.\tKẾT QUẢ", None)
    (['Sản lượng', 'tấn', '53.480'], [])
    """
    if "\t" not in text.strip() or "\n" in text.strip():
        return []
    if paragraph is not None and _sets_tab_stops(paragraph):
        cells = [clean_cell(cell) for cell in text.rstrip().split("\t")]
    else:
        cells = [clean_cell(cell) for cell in re.split(r"\t+", text.strip())]
    words = [cell for cell in cells if cell]
    if len(words) < 2 or len(words) == 2 and ITEM_MARK.fullmatch(f"{words[0]} "):
        return []
    return cells


# Fixed-width fonts a table is typed with spaces in, as a typewriter's: a name holding one of these (lowercased)
FIXED_WIDTH_FONTS = ("courier", "consolas", "lucida console", "mono")


def _in_a_fixed_width_font(paragraph: Any) -> bool:
    """Every run of the paragraph that holds text is set in a fixed-width font (``w:rFonts``)."""
    runs = [r for r in paragraph.iter(_W_R) if "".join(t.text or "" for t in r.iter(f"{_W}t")).strip()]
    def fixed(run: Any) -> bool:
        fonts = run.find(f"{_W}rPr/{_W}rFonts")
        name = "" if fonts is None else (fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi") or "").lower()
        return any(font in name for font in FIXED_WIDTH_FONTS)

    return bool(runs) and all(fixed(r) for r in runs)


def _filled_columns(rows: list[list[str]]) -> list[list[str]]:
    """The rows without the columns empty in every row (a tab that only indents each line of a list)."""
    width = max(len(row) for row in rows)
    keep = [k for k in range(width) if any(k < len(row) and row[k] for row in rows)]
    return [[row[k] if k < len(row) else "" for k in keep] for row in rows]


def _sets_tab_stops(paragraph: Any) -> bool:
    """The paragraph sets tab stops of its own (``w:tabs``), not cleared ones."""
    return any(tab.get(f"{_W}val") != "clear" for tab in paragraph.iter(f"{_W}tab")
               if tab.getparent().tag == f"{_W}tabs")


_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_A_T = "{http://schemas.openxmlformats.org/drawingml/2006/main}t"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _charts(paragraph: Any, part: Any) -> list[str]:
    """The charts drawn in a paragraph (``c:chart``, a chart part of its own), each as the table of numbers its
    data labels show: its title if it has one, then a header of its series' names and a row per category, a
    number as a Vietnamese page writes it ("33,9"): a reader sees the numbers on the chart, the text would not."""
    from docx.oxml import parse_xml

    out: list[str] = []
    for ref in paragraph.iter(f"{_C}chart"):
        chart = part.related_parts.get(ref.get(_R_ID) or "")
        if chart is None:
            continue
        space = parse_xml(chart.blob)
        title = next(iter(space.iter(f"{_C}title")), None)
        if title is not None:
            out.append(clean_cell(" ".join(t.text or "" for t in title.iter(_A_T))))
        if lines := table_lines(_chart_rows(space)):
            out.append("\n".join(lines))
    return out


_O_OLE = "{urn:schemas-microsoft-com:office:office}OLEObject"
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _imported_page(chunk: Any, part: Any, where: str) -> tuple[list[str], int]:
    """The blocks and tables count of the web page a ``w:altChunk`` imports whole: HTML, or a web archive (MHTML, the
    part a web system's "export to Word" writes) whose first HTML part is the page. Another kind of chunk (RTF, a
    Word document) is not read; Word would show it, so the document is refused rather than read without it."""
    chunk_part = part.related_parts.get(chunk.get(_R_ID) or "")
    if chunk_part is None:
        return [], 0  # a relationship that points nowhere: Word shows nothing there either
    from solieu.renditions.web import page_blocks

    blob: bytes = chunk_part.blob
    content_type = chunk_part.content_type
    charset = None
    if content_type == "message/rfc822" or blob.lstrip()[:12].lower().startswith(b"mime-version"):
        import email

        html = next((m for m in email.message_from_bytes(blob).walk() if m.get_content_type() == "text/html"), None)
        if html is None:
            raise InputError(f"{where}: a web archive imported into the document holds no web page; open it in Word "
                             "and save it again as .docx.")
        payload = html.get_payload(decode=True)
        blob, charset = payload if isinstance(payload, bytes) else b"", html.get_content_charset()
    elif content_type not in ("text/html", "application/xhtml+xml"):
        raise InputError(f"{where}: part of the document is imported from a file of another kind ({content_type}); "
                         "open it in Word and save it again as .docx.")
    return page_blocks(blob, f"{where} (its imported web page)", charset)


def _embedded_sheets(paragraph: Any, part: Any) -> list[str]:
    """The worksheets pasted in a paragraph as embedded objects ("Paste Special → Microsoft Excel Worksheet
    Object"): Word shows a picture of the sheet and keeps the workbook; each read as the table its first sheet holds,
    a number as a Vietnamese page writes it."""
    out: list[str] = []
    for ole in paragraph.iter(_O_OLE):
        if not (ole.get("ProgID") or "").startswith("Excel.Sheet"):
            continue
        embedded = part.related_parts.get(ole.get(_R_ID) or "")
        if embedded is not None and (lines := table_lines(_sheet_rows(embedded.blob))):
            out.append("\n".join(lines))
    return out


def _sheet_rows(workbook: bytes) -> list[list[str]]:
    """The first sheet of an .xlsx workbook as rows of cells, a formula's value as the workbook last kept it."""
    import zipfile

    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(workbook)) as z:
            names = z.namelist()
            shared = [clean_cell("".join(si.itertext())) for si in etree.fromstring(
                z.read("xl/sharedStrings.xml")).iter(f"{_SHEET}si")] if "xl/sharedStrings.xml" in names else []
            sheet = etree.fromstring(z.read(min(n for n in names if n.startswith("xl/worksheets/sheet"))))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        return []  # a damaged or foreign object: its picture alone, as before
    rows: list[list[str]] = []
    for row in sheet.iter(f"{_SHEET}row"):
        cells: dict[int, str] = {}
        for c in row.iter(f"{_SHEET}c"):
            column = _column_index(c.get("r") or "")
            value = c.findtext(f"{_SHEET}v")
            if c.get("t") == "s" and value is not None:
                cells[column] = shared[int(value)] if int(value) < len(shared) else ""
            elif c.get("t") == "inlineStr":
                cells[column] = clean_cell("".join(c.find(f"{_SHEET}is").itertext()))
            elif value is not None:
                cells[column] = value if c.get("t") in ("str", "e", "b") else _vietnamese_number(value)
        if any(cells.values()):
            rows.append([cells.get(k, "") for k in range(max(cells) + 1)])
    return rows


def _column_index(reference: str) -> int:
    """ "C7": 2, the column's place from 0."""
    index = 0
    for ch in reference:
        if not ch.isalpha():
            break
        index = index * 26 + ord(ch.upper()) - 64
    return max(index - 1, 0)


def _chart_rows(space: Any) -> list[list[str]]:
    """A chart's header (its series' names) and a row per category: the category, then each series' number."""
    series = list(space.iter(f"{_C}ser"))
    if not series:
        return []
    names = [" ".join(v.text or "" for v in tx.iter(f"{_C}v")) if (tx := s.find(f"{_C}tx")) is not None else ""
             for s in series]
    categories = _points(series[0].find(f"{_C}cat"))
    values = [_points(s.find(f"{_C}val")) for s in series]
    indices = sorted(set(categories) | {i for v in values for i in v})
    rows = [[categories.get(i, ""), *(_vietnamese_number(v.get(i, "")) for v in values)] for i in indices]
    return [["", *names], *rows]


def _points(axis: Any) -> dict[int, str]:
    """A chart axis's or series' cached points, by index."""
    if axis is None:
        return {}
    return {int(pt.get("idx", "0")): clean_cell(pt.findtext(f"{_C}v")) for pt in axis.iter(f"{_C}pt")}


def _vietnamese_number(value: str) -> str:
    """A chart's cached number ("2150", "33.9", "33.900000000000006") as a Vietnamese page writes it ("2150",
    "33,9"); anything else as it is."""
    try:
        number = float(value)
    except ValueError:
        return value
    return f"{number:.10g}".replace(".", ",")


def _a_chart_caption(text: str) -> bool:
    """The paragraph opens with a chart's caption word and its number ("Biểu đồ 1: …", "Hình 2. …")."""
    from solieu.extract.vocabulary import vocabulary

    low = text.lower()
    return any(low.startswith(word) and low[len(word):].lstrip()[:1].isdigit()
               for word in vocabulary().raw["chart_captions"])


_TOC_STYLE = "TOC"  # Word's styles of a table of contents' entries: "TOC1", "TOC2", … (their ids, in any language)


def _in_a_table_of_contents(paragraph: Any) -> bool:
    """A paragraph in a table-of-contents style: an entry a TOC field lists, a heading and its page number."""
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style is not None and (style.get(f"{_W}val") or "").upper().startswith(_TOC_STYLE)


def _blocks(parent: Any) -> Any:
    """The paragraphs, tables and imported pages of a body, a cell or a text box in order, those inside content
    controls included."""
    return _held(parent, _W_P, _W_TBL, _W_CHUNK)


def _held(parent: Any, *tags: str) -> Any:
    """The children of ``parent`` that are one of ``tags``, in order, those inside content controls included: a
    body's paragraphs, a table's rows (a template's repeating section holds each row in a control), a row's cells (a
    control may wrap a whole cell)."""
    for child in parent:
        if child.tag in tags:
            yield child
        elif child.tag in _BLOCK_HOLDERS:
            yield from _held(child, *tags)


def _goes_on(before: Any, table: Any, rows: list[list[str]]) -> bool:
    """``table`` stands right after the table ``before`` in the body, no paragraph between (Word draws them as
    one table: a header row typed as a table of its own above the body's), with as many columns, and ``before``
    holds no table nested in it (whose own table would stand between)."""
    return table.getprevious() is before and bool(rows) and _width(before) == _width(table) \
        and len(list(_tables_in(before))) == 1


def _width(table: Any) -> int:
    """The number of grid columns a table declares."""
    grid = table.find(f"{_W}tblGrid")
    return len(grid.findall(f"{_W}gridCol")) if grid is not None else 0


def _tables_in(table: Any) -> Any:
    """A table, then each table nested in its cells, in order (a layout table's cell holding a data table beside
    a paragraph): each read as a table of its own, after the one it stands in, whose cell keeps its paragraphs."""
    yield table
    for tc in table.iter(f"{_W}tc"):
        if _nearest(tc, _W_TBL) is table:
            for block in _blocks(tc):
                if block.tag == _W_TBL:
                    yield from _tables_in(block)


def _nearest(element: Any, tag: str) -> Any:
    """The nearest ancestor of ``element`` that is a ``tag``, or None."""
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


_ON_OFF_FALSE = frozenset(("0", "false", "off"))


def _vanish(props: Any) -> bool | None:
    """Whether run properties (``w:rPr``) hide their text (``w:vanish``, unless its value is off), None if they say
    nothing."""
    if props is None or (vanish := props.find(f"{_W}vanish")) is None:
        return None
    return vanish.get(f"{_W}val", "true").lower() not in _ON_OFF_FALSE


def _hidden_styles(document: Any) -> frozenset[str]:
    """The ids of the styles whose text Word hides: their run properties' ``w:vanish``, or a style's they are based
    on."""
    styles = document.styles.element
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in styles.iterchildren(f"{_W}style"):
        sid = style.get(f"{_W}styleId") or ""
        own[sid] = _vanish(style.find(f"{_W}rPr"))
        if (parent := style.find(f"{_W}basedOn")) is not None:
            based[sid] = parent.get(f"{_W}val") or ""

    def hidden(sid: str, depth: int = 0) -> bool:
        if own.get(sid) is not None or sid not in based or depth > len(based):
            return bool(own.get(sid))
        return hidden(based[sid], depth + 1)

    return frozenset(sid for sid in own if hidden(sid))


def _hidden_run(run: Any, paragraph: Any, styles: frozenset[str]) -> bool:
    """A run Word hides: its own ``w:vanish``, else its character style's, else its paragraph style's."""
    props = run.find(f"{_W}rPr")
    if (own := _vanish(props)) is not None:
        return own
    if props is not None and (style := props.find(f"{_W}rStyle")) is not None:
        return style.get(f"{_W}val") in styles
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style is not None and style.get(f"{_W}val") in styles


_SYM = f"{_W}sym"
_RUN_PARTS = "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab | w:sym"


def _run_text(run: Any) -> str:
    """A run's text, a sign typed with Insert → Symbol (``w:sym``, its font's code) read as the character it shows."""
    if run.find(_SYM) is None:
        return str(run.text)
    return "".join(sign(e.get(f"{_W}font"), int(e.get(f"{_W}char") or "0", 16)) if e.tag == _SYM else str(e)
                   for e in run.xpath(_RUN_PARTS))


def _runs(paragraph: Any) -> list[Any]:
    """The runs of a paragraph that Word shows: in hyperlinks, smart tags, content controls,
    fields and insertions too, not in deletions, moved-away text or the paragraph's text boxes."""
    return _standing_in(paragraph, _W_R, _HIDDEN)


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes anchored in a paragraph (each once: not an alternative drawing's fallback)."""
    return _standing_in(paragraph, f"{_W}txbxContent", frozenset((_FALLBACK,)))


def _standing_in(paragraph: Any, tag: str, outside: frozenset[str]) -> list[Any]:
    """The elements ``tag`` inside ``paragraph`` with none of the elements ``outside`` between."""
    found = []
    for element in paragraph.iter(tag):
        parent = element.getparent()
        while parent is not paragraph and parent.tag not in outside:
            parent = parent.getparent()
        if parent is paragraph:
            found.append(element)
    return found


def _docx_rows(table: Any, reader: ParagraphText) -> list[list[str]]:
    """A Word table's rows on its grid (repeated header rows first): a merged cell's text once,
    where it starts, and the grid cells it covers empty, across columns and down rows, as a web
    page's table with colspan and rowspan is rendered; sub-rows typed one under the other in one
    row's cells, each a row of its own (``_unstacked``)."""
    from docx.oxml.ns import qn

    head: list[list[str]] = []
    body: list[list[str]] = []
    for tr in _held(table._tbl, _W_TR):
        tr_pr = tr.trPr
        if tr_pr is not None and tr_pr.find(qn("w:del")) is not None:
            continue  # a row deleted with its changes tracked
        cells: list[list[str]] = [[""]] * tr.grid_before
        for tc in _held(tr, _W_TC):
            cells.append([""] if tc.vMerge == "continue"
                         else [clean_cell(reader.text(p)) for p in _blocks(tc) if p.tag == _W_P] or [""])
            cells += [[""]] * (tc.grid_span - 1)
        is_head = tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        (head if is_head else body).extend(_unstacked(cells))
    return head + body


_NUMBER_CELL = re.compile(r"[-+(]?\d[\d.,]*\)?\s?%?")


def _unstacked(cells: list[list[str]]) -> list[list[str]]:
    """A row of cells, each its paragraphs: one row, each cell's paragraphs joined; or, where sub-rows
    were typed one under the other in the same row (``Trong đó:`` / ``- Thu thuế`` / ``- Thu tiền sử
    dụng đất`` in the label's cell, their figures stacked alike in each figure's cell), a row per
    paragraph. Stacked means at least two cells of the same number of paragraphs, one of them
    holding two numbers or more (a header's cell over two lines holds one year at most); a cell of
    one paragraph then stands in the first row."""
    many = [len(c) for c in cells if len(c) > 1]
    if len(many) < 2 or len(set(many)) > 1 or not any(
            sum(bool(_NUMBER_CELL.fullmatch(p)) for p in c) > 1 for c in cells if len(c) == many[0]):
        return [[" ".join(p for p in c if p) for c in cells]]
    return [[c[k] if len(c) > 1 else (c[0] if k == 0 else "") for c in cells] for k in range(many[0])]
