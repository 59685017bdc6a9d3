"""Word documents (python-docx): paragraphs, with the list numbers Word draws before them, and
tables in document order; footnotes as a Markdown converter writes them, a marker ``[^1]`` where
Word draws the note's number and the note's text ``[^1]: …`` after the document's last block."""

from __future__ import annotations

import io
from typing import Any

from solieu.errors import InputError
from solieu.renditions import (
    Rendition,
    clean_cell,
    converter,
    join_blocks,
    language_code,
    refuse_no_report,
    stated_date,
    table_lines,
)
from solieu.renditions.numbering import ListLabels


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
    blocks: list[str] = []
    tables = 0
    labels = ListLabels(document)
    notes = Footnotes(document)
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            lines = table_lines(_docx_rows(item, notes))
            if lines:
                tables += 1
                blocks.append("\n".join(lines))
        else:
            text, label = clean_cell(notes.text(item._p)), labels.label(item)
            blocks.append(f"{label} {text}" if label and text else text)
    blocks += notes.texts()
    props = document.core_properties
    meta = {"title": clean_cell(props.title) or None, "publisher": None,
            "published": stated_date(props.created) if props.created else None,
            "language": language_code(props.language),
            "author": clean_cell(props.author) or None}
    rendition = Rendition(join_blocks(blocks), "docx", converter("docx"), tables, meta)
    refuse_no_report(rendition, where)
    return rendition


class Footnotes:
    """A document's footnotes, numbered as Word numbers them: in the order their references stand."""

    def __init__(self, document: Any) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml import parse_xml
        from docx.oxml.ns import qn

        self._notes: dict[str, str] = {}  # a footnote's id -> its text
        self._numbers: dict[str, int] = {}  # a footnote's id -> the number Word draws
        part = next((rel.target_part for rel in document.part.rels.values()
                     if rel.reltype == RT.FOOTNOTES and not rel.is_external), None)
        if part is None:
            return
        for note in parse_xml(part.blob).iterchildren(qn("w:footnote")):
            if note.get(qn("w:type")) in (None, "normal"):  # not the separator lines
                self._notes[note.get(qn("w:id"))] = clean_cell(
                    " ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in note.iter(qn("w:p"))))

    def text(self, paragraph: Any) -> str:
        """A paragraph's text (``w:p``), ``[^N]`` where a footnote's reference stands."""
        from docx.oxml.ns import qn

        if not self._notes or next(paragraph.iter(qn("w:footnoteReference")), None) is None:
            return str(paragraph.text)
        parts: list[str] = []
        for run in paragraph.xpath("./w:r | ./w:hyperlink/w:r"):  # the runs Paragraph.text reads
            parts.append(run.text)
            for ref in run.iter(qn("w:footnoteReference")):
                if (note := ref.get(qn("w:id"))) in self._notes:
                    parts.append(f"[^{self._numbers.setdefault(note, len(self._numbers) + 1)}]")
        return "".join(parts)

    def texts(self) -> list[str]:
        """The referenced notes' texts, in their numbers' order: ``[^1]: Trong đó: …``."""
        return [f"[^{n}]: {self._notes[note]}" for note, n in self._numbers.items() if self._notes[note]]


def _docx_rows(table: Any, notes: Footnotes) -> list[list[str]]:
    """A Word table's rows on its grid (repeated header rows first): a merged cell's text once,
    where it starts, and the grid cells it covers empty, across columns and down rows, as a web
    page's table with colspan and rowspan is rendered."""
    from docx.oxml.ns import qn

    head: list[list[str]] = []
    body: list[list[str]] = []
    for row in table.rows:
        tr = row._tr
        cells = [""] * tr.grid_before
        for tc in tr.tc_lst:
            cells.append("" if tc.vMerge == "continue"
                         else "\n".join(notes.text(p) for p in tc.p_lst))
            cells += [""] * (tc.grid_span - 1)
        tr_pr = tr.trPr
        is_head = tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        (head if is_head else body).append(cells)
    return head + body
