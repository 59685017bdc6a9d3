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

from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter

FIELDS_SHEET = "fields"


def _released(released: str) -> datetime:
    return datetime.strptime(released, "%Y-%m-%dT%H:%M:%SZ")


def write_workbook(path: Path, title: str, tables: dict[str, list[dict[str, Any]]],
                   schemas: dict[str, dict[str, Any]], released: str) -> None:
    """Write the workbook: a ``fields`` sheet first (table, field, type, Vietnamese and
    English titles and descriptions), then one sheet per table, in ``schemas`` order,
    with the rows of ``tables`` (plain values, None for empty)."""
    moment = _released(released)
    workbook = xlsxwriter.Workbook(str(path), {
        "in_memory": True,  # fixed member dates: the same rows give the same bytes
        "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
    })
    workbook.set_properties({"title": title, "created": moment, "author": "solieu"})
    workbook.set_custom_property("generator", "solieu")
    bold = workbook.add_format({"bold": True})
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
    for table, schema in schemas.items():
        sheet = workbook.add_worksheet(table[:31])
        names = [f["name"] for f in schema.get("fields", [])]
        types = {f["name"]: f.get("type") for f in schema.get("fields", [])}
        for c, name in enumerate(names):
            sheet.write_string(0, c, name, bold)
        for r, row in enumerate(tables.get(table, []), start=1):
            for c, name in enumerate(names):
                value = row.get(name)
                if value is None:
                    continue  # an empty cell is a missing value, as in the CSV
                if types[name] in ("number", "integer") and not isinstance(value, bool):
                    sheet.write_number(r, c, value)
                else:
                    sheet.write_string(r, c, str(value))
        sheet.freeze_panes(1, 0)
    workbook.close()
