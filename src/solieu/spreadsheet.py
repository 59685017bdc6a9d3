"""A spreadsheet copy of a version for people who open data in Excel or LibreOffice:
``data/<dataset>.xlsx``, one sheet per table and a sheet that explains every field.

Why a workbook rather than a byte-order mark on the CSV files: Excel opens a UTF-8 CSV
without a BOM in the legacy code page (``Thành phố`` reads ``ThÃ nh phá»‘``), but a BOM
would change the published CSV bytes that every other reader (pandas, DuckDB, R,
frictionless) reads as part of the first column's name unless told otherwise. A workbook
is a file of its own: Unicode by construction, columns typed (numbers are numbers),
and every text written as text, so a report's words that begin with ``=`` never become
a formula.

The bytes are reproducible: the archive is built in memory with fixed member dates by
xlsxwriter, and the document's dates are the version's release time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from itertools import chain, islice
from math import isfinite
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet, _utf16_len, _utf16_truncate

FIELDS_SHEET = "fields"
# Below the header row, a sheet holds 1,048,575 rows (Excel's and LibreOffice's limit): a
# longer table goes on over sheets named "figures (2)", "figures (3)", …, never cut.
ROWS_PER_SHEET = 1_048_575


def _released(released: str) -> datetime:
    return datetime.strptime(released, "%Y-%m-%dT%H:%M:%SZ")


def write_workbook(path: Path, title: str, tables: Mapping[str, Iterable[Sequence[Any]]],
                   schemas: dict[str, dict[str, Any]], released: str,
                   rows_per_sheet: int = ROWS_PER_SHEET) -> None:
    """Write the workbook: a ``fields`` sheet first (table, field, type, Vietnamese and
    English titles and descriptions), then one sheet per table, in ``schemas`` order,
    with the rows of ``tables`` (each a sequence of plain values in the order of the
    schema's fields, None for empty; an iterator will do). A table of more than
    ``rows_per_sheet`` rows goes on over sheets named ``<table> (2)``, ``<table> (3)``, …"""
    moment = _released(released)
    workbook = xlsxwriter.Workbook(str(path), {
        "in_memory": True,  # fixed member dates: the same rows give the same bytes
        "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
    })
    workbook.set_properties({"title": title, "created": moment, "author": "solieu"})
    workbook.set_custom_property("generator", "solieu")
    bold = workbook.add_format({"bold": True})
    write_fields_sheet(workbook, schemas, bold)
    for table, schema in schemas.items():
        names = [f["name"] for f in schema.get("fields", [])]
        numeric = [f.get("type") in ("number", "integer") for f in schema.get("fields", [])]
        rows: Iterator[Sequence[Any]] | None = iter(tables.get(table, []))
        part = 1
        while rows is not None:
            name = table[:31] if part == 1 else f"{table[:24]} ({part})"
            sheet = workbook.add_worksheet(name, worksheet_class=_RowsSheet)
            for c, field in enumerate(names):
                sheet.write_string(0, c, field, bold)
            sheet.write_rows(islice(rows, rows_per_sheet), numeric)
            sheet.freeze_panes(1, 0)
            rows = _rest(rows)
            part += 1
    workbook.close()
    # xlsxwriter's objects refer to one another, so they would wait for the next full
    # garbage collection, holding the rows' XML and every string (hundreds of MiB for
    # a large dataset): let them go now.
    workbook.str_table.string_table = {}
    for sheet in workbook.worksheets():
        sheet.table.clear()
        if isinstance(sheet, _RowsSheet):
            sheet._blocks.clear()


def write_fields_sheet(workbook: xlsxwriter.Workbook, schemas: dict[str, dict[str, Any]],
                       bold: Any) -> None:
    """The first sheet: a row per field of every table (table, field, type, Vietnamese
    and English titles and descriptions)."""
    fields = workbook.add_worksheet(FIELDS_SHEET)
    header = ["table", "field", "type", "tên (tiếng Việt)", "mô tả", "title", "description"]
    for c, h in enumerate(header):
        fields.write_string(0, c, h, bold)
    r = 1
    for table, schema in schemas.items():
        for f in schema.get("fields", []):
            values = [table, f["name"], f.get("type", "any"), f.get("title_vi", ""),
                      f.get("description_vi", ""), f.get("title", ""), f.get("description", "")]
            for c, v in enumerate(values):
                fields.write_string(r, c, str(v))
            r += 1
    fields.freeze_panes(1, 0)


def _rest(rows: Iterator[Sequence[Any]]) -> Iterator[Sequence[Any]] | None:
    """``rows`` if any row is left in it, else None."""
    for first in rows:
        return chain([first], rows)
    return None


SPAN = 16  # rows share the "spans" attribute of their <row> in blocks of 16 (xlsxwriter)


class _RowsSheet(Worksheet):  # type: ignore[misc]
    """A worksheet whose data rows are turned into their XML as they are written, in
    the exact form xlsxwriter gives them (tests/test_spreadsheet.py compares the bytes).

    xlsxwriter keeps a tuple per cell until the workbook is closed, and writes each
    cell's XML through several calls: for a dataset of thousands of reports (millions of
    cells) that took most of a version's time and memory. Here a row's cells are made
    plain XML text when the row is written (a shared-string index or a number, the same
    string table and dimensions as ``write_string``/``write_number``), and kept per
    block of 16 rows; the header row, with its format, goes through xlsxwriter."""

    def __init__(self) -> None:
        super().__init__()
        self._blocks: list[tuple[str, list[str]]] = []  # (span, rows' XML) per 16 rows

    def write_rows(self, rows: Iterable[Sequence[Any]], numeric: list[bool]) -> None:
        """Write ``rows`` (each a sequence of plain values in column order, None for
        empty) below the header row, a column of ``numeric`` as a number, any other as
        text; call it once, after the header."""
        refs = [xl_col_to_name(c) for c in range(len(numeric))]
        index_of = self.str_table._get_shared_string_index
        half, most = self.xls_strmax // 2, self.xls_strmax
        block: list[tuple[int, int, int, list[str]]] = []  # row, first and last column, cells
        for number, row in enumerate(rows, start=1):
            if number >= self.xls_rowmax:  # the caller gives a sheet no more than it holds
                raise ValueError(f"more rows than a sheet holds ({self.xls_rowmax - 1})")
            r = str(number + 1)
            cells = []
            first = last = -1
            for c, value in enumerate(row):
                if value is None:
                    continue  # an empty cell is a missing value, as in the CSV
                if numeric[c] and value.__class__ is not bool:
                    if not isfinite(value):
                        self.write_number(number, c, value)  # xlsxwriter's own refusal
                    cells.append(f'<c r="{refs[c]}{r}"><v>{value:.16G}</v></c>')
                else:
                    text = value if value.__class__ is str else str(value)
                    if len(text) > half and _utf16_len(text) > most:
                        text = _utf16_truncate(text, most)
                    cells.append(f'<c r="{refs[c]}{r}" t="s"><v>{index_of(text)}</v></c>')
                if first < 0:
                    first = c
                last = c
            if cells:
                self._check_dimensions(number, first)
                self._check_dimensions(number, last)
                block.append((number, first, last, cells))
            if (number + 1) % SPAN == 0:
                self._close_block(block)
                block = []
        self._close_block(block)

    def _close_block(self, block: list[tuple[int, int, int, list[str]]]) -> None:
        if not block:
            return
        low = min(b[1] for b in block)
        high = max(b[2] for b in block)
        if block[0][0] < SPAN:  # the header's block: its span takes in the header row
            low, high = min(low, *self.table[0]), max(high, *self.table[0])
        span = f"{low + 1}:{high + 1}"
        self._blocks.append((span, [f'<row r="{n + 1}" spans="{span}">{"".join(cells)}</row>'
                                    for n, _, _, cells in block]))

    def _write_rows(self) -> None:
        if not self._blocks:
            super()._write_rows()
            return
        # The header row (with its format) as xlsxwriter writes it, over the header
        # alone; then the rows made here.
        last = self.dim_rowmax  # type: ignore[has-type]
        self.dim_rowmax = max(self.table)
        try:
            super()._write_rows()
        finally:
            self.dim_rowmax = last
        for _, rows in self._blocks:
            self.fh.write("".join(rows))
