"""Word documents (python-docx): paragraphs, with the list numbers Word draws before them, and
tables in document order."""

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
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            lines = table_lines(_docx_rows(item))
            if lines:
                tables += 1
                blocks.append("\n".join(lines))
        else:
            text, label = clean_cell(item.text), labels.label(item)
            blocks.append(f"{label} {text}" if label and text else text)
    props = document.core_properties
    meta = {"title": clean_cell(props.title) or None, "publisher": None,
            "published": stated_date(props.created) if props.created else None,
            "language": language_code(props.language),
            "author": clean_cell(props.author) or None}
    rendition = Rendition(join_blocks(blocks), "docx", converter("docx"), tables, meta)
    refuse_no_report(rendition, where)
    return rendition


def _docx_rows(table: Any) -> list[list[str]]:
    """A Word table's rows on its grid (repeated header rows first): a merged cell's text once,
    where it starts, and the grid cells it covers empty, across columns and down rows, as a web
    page's table with colspan and rowspan is rendered."""
    from docx.oxml.ns import qn
    from docx.table import _Cell

    head: list[list[str]] = []
    body: list[list[str]] = []
    for row in table.rows:
        tr = row._tr
        cells = [""] * tr.grid_before
        for tc in tr.tc_lst:
            cells.append("" if tc.vMerge == "continue" else _Cell(tc, table).text)
            cells += [""] * (tc.grid_span - 1)
        tr_pr = tr.trPr
        is_head = tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        (head if is_head else body).append(cells)
    return head + body
