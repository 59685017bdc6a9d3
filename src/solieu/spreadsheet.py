"""A spreadsheet copy of a version for people who open data in Excel or LibreOffice:
``data/<dataset>.xlsx``, one sheet per table and a sheet that explains every field.

Why a workbook rather than a byte-order mark on the CSV files: Excel opens a UTF-8 CSV
without a BOM in the legacy code page (``Thành phố`` reads ``ThÃ nh phá»‘``), but a BOM
would change the published CSV bytes that every other reader (pandas, DuckDB, R,
frictionless) reads as part of the first column's name unless told otherwise. A workbook
is a file of its own: Unicode by construction, columns typed (numbers are numbers),
and every text written as text, so a report's words that begin with ``=`` never become
a formula.

A table's sheet holds its CSV file's cells: an empty cell is no cell, a cell of a
number or integer field that holds a number is that number (the CSV's digits), any
other is its text. xlsxwriter writes the workbook but the tables' rows; those,
millions of cells for a dataset of thousands of reports, are made here from the CSV
bytes with Arrow, as rows that name neither their row nor their cells' places (both are
optional in the format: each row follows the one before, each cell the one before, an
empty ``<c/>`` standing for an empty cell before a full one) and with their texts in
the cell (``inlineStr``), not in a table of texts shared by the whole workbook. So a
row's XML depends on that row alone, and a sheet is made of pieces of whole rows cut by
their content (:mod:`solieu.chunks`), each deflated on its own: a version deflates again
only the pieces whose rows changed, taking the others from what the last one kept
(``kept``), and the bytes are the same either way. Member dates are fixed, the
document's dates the version's release time: the same rows give the same bytes.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
import zlib
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import xlsxwriter
from xlsxwriter.worksheet import Worksheet, _utf16_len, _utf16_truncate
from xlsxwriter.xmlwriter import XMLwriter

from solieu import chunks
from solieu.chunks import (
    Deflated,
    crc32_combine,
    cuts,
    deflate_piece,
    line_starts,
    piece_key,
    salt,
    write_member,
)

FIELDS_SHEET = "fields"
# Below the header row, a sheet holds 1,048,575 rows (Excel's and LibreOffice's limit): a
# longer table goes on over sheets named "figures (2)", "figures (3)", …, never cut.
ROWS_PER_SHEET = 1_048_575
TEXT_MAX = 32_767  # UTF-16 units of a cell's text; a longer one is cut, as xlsxwriter cuts it
NUMERIC = ("number", "integer")
LEVEL = zlib.Z_DEFAULT_COMPRESSION  # as zipfile deflates the other members
BATCH = 8 * 2**20  # CSV bytes of pieces made XML at a time
AHEAD = 64 * 2**20  # bytes of XML made and waiting to be deflated, at most
ROWS_FORMAT = 1  # the XML made of a row: change it whenever that changes

# A table's CSV file (the package's ``data/<table>.csv``), or its bytes.
Csv: TypeAlias = "Path | bytes"

# Where xlsxwriter's own XML leaves room for the rows made here.
_ROWS_HERE = "\x00rows\x00"
# The texts whose control characters (and "_xHHHH_") are escaped as _xHHHH_.
_ESCAPED = r"[\x00-\x08\x0b-\x1f\x{fffe}\x{ffff}]|_x[0-9a-fA-F]{4}_"
_NUMBER = r"^-?[0-9]+(\.[0-9]+)?$"  # as the CSV writes a number: plain digits
_NOT_FINITE = r"(?i)^[+-]?(inf|infinity|nan)$"


def _released(released: str) -> datetime:
    return datetime.strptime(released, "%Y-%m-%dT%H:%M:%SZ")


def write_workbook(path: Path, title: str, tables: Mapping[str, Csv],
                   schemas: dict[str, dict[str, Any]], released: str,
                   rows_per_sheet: int = ROWS_PER_SHEET, kept: Deflated | None = None) -> None:
    """Write the workbook: a ``fields`` sheet first (table, field, type, Vietnamese and
    English titles and descriptions), then one sheet per table, in ``schemas`` order,
    with the cells of its CSV in ``tables`` (a table without one: its header alone). A
    table of more than ``rows_per_sheet`` rows goes on over sheets named ``<table> (2)``,
    ``<table> (3)``, … ``kept``: the deflated pieces of sheets made before (see
    :class:`solieu.chunks.Deflated`), taken where the rows are the same, and given
    those made here; the bytes are the same without it."""
    if not 0 < rows_per_sheet <= ROWS_PER_SHEET:
        raise ValueError(f"a sheet holds 1 to {ROWS_PER_SHEET} rows below its header")
    kept = kept if kept is not None else Deflated(None)
    framework = io.BytesIO()
    workbook = xlsxwriter.Workbook(framework, {
        "in_memory": True,  # fixed member dates: the same rows give the same bytes
        "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
    })
    workbook.set_properties({"title": title, "created": _released(released),
                             "author": "solieu"})
    workbook.set_custom_property("generator", "solieu")
    bold = workbook.add_format({"bold": True})
    write_fields_sheet(workbook, schemas, bold)
    sheets: list[tuple[_Table, int, int]] = []  # the table, its first and last piece
    # Each table's pieces are deflated (side by side: zlib lets go of the interpreter)
    # as soon as its CSV is read: one CSV file is held at a time.
    with ThreadPoolExecutor(max_workers=max(1, min(os.cpu_count() or 1, 4))) as pool:
        for table, schema in schemas.items():
            fields = schema.get("fields", [])
            rows = _Table(table, fields, tables.get(table), rows_per_sheet,
                          bold._get_xf_index())
            rows.deflate(kept, pool)
            for number, (first, last) in enumerate(rows.sheets, start=1):
                name = table[:31] if number == 1 else f"{table[:24]} ({number})"
                sheet = workbook.add_worksheet(name, worksheet_class=_FramedSheet)
                sheet._check_dimensions(0, 0)
                sheet._check_dimensions(rows.row_count(first, last), max(len(fields) - 1, 0))
                sheet.freeze_panes(1, 0)
                sheets.append((rows, first, last))
    workbook.close()  # everything but the rows, into ``framework``
    with zipfile.ZipFile(framework) as small:
        members = [(info.filename, small.read(info).decode("utf-8"))
                   for info in small.infolist()]
    by_file = {f"xl/worksheets/sheet{n}.xml": sheet for n, sheet in enumerate(sheets, start=2)}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for name, text in members:
            # As xlsxwriter names and dates each member; zipfile then frames it as
            # xlsxwriter's ``writestr`` does.
            member = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            if name in by_file:
                rows, first, last = by_file[name]
                write_member(out, member, *rows.member(text, first, last))
                continue
            with out.open(member, "w") as dest:
                dest.write(text.encode("utf-8"))


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



def _cut(texts: pa.Array) -> pa.Array:
    """Texts over Excel's length cut as xlsxwriter cuts them."""
    long = pc.fill_null(pc.greater(pc.utf8_length(texts), TEXT_MAX // 2), False).to_numpy(
        zero_copy_only=False)
    if not long.any():
        return texts
    values = texts.to_pylist()
    for i in np.flatnonzero(long):
        if _utf16_len(values[i]) > TEXT_MAX:
            values[i] = _utf16_truncate(values[i], TEXT_MAX)
    return pa.array(values, pa.string())


@cache
def _edge_space() -> str:
    """A text that begins or ends with what Python's ``\\s`` matches, which is how
    xlsxwriter decides on xml:space="preserve" (all of it lies below U+10000)."""
    space = re.compile(r"\s")
    chars = "".join(f"\\x{{{i:04x}}}" for i in range(0x10000) if space.match(chr(i)))
    return f"^[{chars}]|[{chars}]$"


# --- a table's rows, in pieces ----------------------------------------------------------

class _FramedSheet(Worksheet):  # type: ignore[misc]
    """A worksheet of which xlsxwriter writes all but the rows: the dimensions and
    everything around <sheetData>, leaving a marker where the rows go."""

    def _write_rows(self) -> None:
        self.fh.write(_ROWS_HERE)


@dataclass
class _Piece:
    """Rows ``rows`` (from, to) of a table, bytes ``span`` of its CSV; ``key``: what its
    deflated bytes are kept under (its rows, and the rows before it in its sheet, whose
    XML its deflate may refer back to); filled in by :meth:`_Table.deflate`: its deflated
    bytes, the CRC-32 and length of its XML."""

    rows: tuple[int, int]
    span: tuple[int, int]
    first: bool  # the first piece of its sheet (no XML before it to refer back to)
    key: str = ""
    deflated: bytes = b""
    crc: int = 0
    size: int = 0


class _Table:
    """One table's CSV cut into pieces of rows (:func:`solieu.chunks.cuts`) and into
    sheets of at most ``per_sheet`` rows."""

    def __init__(self, name: str, fields: list[dict[str, Any]], source: Csv | None,
                 per_sheet: int, bold: int) -> None:
        self.name, self.fields, self.bold = name, fields, bold
        self.data = (source if isinstance(source, bytes) else Path(source).read_bytes()
                     if source is not None else b"")
        starts = line_starts(self.data, quoted=True)
        header_end = int(starts[0]) if len(starts) else len(self.data)
        names = [f["name"] for f in fields]
        if self.data and next(csv.reader(io.StringIO(self.data[:header_end].decode("utf-8"))),
                              None) != names:
            raise ValueError(f"{name}: the CSV's header is not the fields "
                             f"{', '.join(names)}")
        # Where each row begins, and where the last one ends.
        edges = np.append(starts[starts < len(self.data)], len(self.data)).astype(np.int64)
        edges = np.unique(np.append(header_end, edges))
        self.edges = edges
        rows = len(edges) - 1
        at = np.searchsorted(edges, cuts(self.data, edges[1:-1], header_end))
        sheet_starts = np.arange(0, max(rows, 1), per_sheet)
        bounds = np.unique(np.concatenate([at, sheet_starts, [rows]]))
        firsts = set(sheet_starts.tolist())
        self.pieces = [_Piece((int(a), int(b)), (int(edges[a]), int(edges[b])), int(a) in firsts)
                       for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        # The pieces of each sheet: (first, last + 1), one sheet at least.
        starts_at = [i for i, p in enumerate(self.pieces) if p.first]
        self.sheets = list(zip(starts_at or [0], [*starts_at[1:], len(self.pieces)],
                               strict=True))
        numeric = "".join("n" if f.get("type") in NUMERIC else "t" for f in fields)
        self.salt = salt("sheet rows", ROWS_FORMAT, LEVEL, TEXT_MAX, numeric)

    def row_count(self, first: int, last: int) -> int:
        pieces = self.pieces[first:last]
        return pieces[-1].rows[1] - pieces[0].rows[0] if pieces else 0

    def deflate(self, kept: Deflated, pool: ThreadPoolExecutor) -> None:
        """Every piece's deflated bytes: kept ones taken, the others made (their rows
        made XML a batch at a time, deflated in ``pool``) and kept."""
        view = memoryview(self.data)
        before = ""
        for piece in self.pieces:
            own = piece_key(self.salt, view[piece.span[0]:piece.span[1]])
            piece.key = piece_key(b"" if piece.first else before.encode(), own.encode())
            before = own
            found = kept.get(piece.key)
            if found is not None:
                piece.deflated, piece.crc, piece.size = found
        todo = {i for i, p in enumerate(self.pieces) if not p.deflated}
        # Each piece to make, with the one before it in its sheet (the end of its XML
        # is what the piece's deflate may refer back to).
        need = sorted({j for i in todo for j in (i, i - 1) if j >= 0 and
                       (j == i or not self.pieces[i].first)})
        tails: dict[int, bytes] = {}
        pending: deque[tuple[_Piece, Future[bytes]]] = deque()
        held = 0  # bytes of XML handed to the pool and not yet deflated

        def done() -> None:
            nonlocal held
            piece, future = pending.popleft()
            piece.deflated = future.result()
            held -= piece.size
            kept.put(piece.key, piece.deflated, piece.crc, piece.size)

        for batch in _batches(self.pieces, need):
            for i, xml in zip(batch, self._xml(batch), strict=True):
                tails[i] = bytes(xml[-chunks.WINDOW:])
                if i in todo:
                    piece = self.pieces[i]
                    piece.crc, piece.size = zlib.crc32(xml), len(xml)
                    before_xml = b"" if piece.first else tails[i - 1]
                    pending.append((piece, pool.submit(deflate_piece, bytes(xml), LEVEL,
                                                       before_xml)))
                    held += piece.size
                while held > AHEAD:  # never the whole table's XML at once
                    done()
        while pending:
            done()
        self.data = b""  # made: only the deflated pieces are needed from here on

    def _xml(self, batch: list[int]) -> Iterator[memoryview]:
        """The XML of the rows of each piece of ``batch`` (consecutive or not)."""
        view = memoryview(self.data)
        body = b"".join(view[self.pieces[i].span[0]:self.pieces[i].span[1]] for i in batch)
        names = [f["name"] for f in self.fields]
        table = _parse(body, names)
        counts = [self.pieces[i].rows[1] - self.pieces[i].rows[0] for i in batch]
        if table.num_rows != sum(counts):
            raise ValueError(f"{self.name}: {table.num_rows} rows read from the CSV where "
                             f"{sum(counts)} lines begin rows")
        xml = _rows_xml(self.name, table, self.fields)
        offsets = np.frombuffer(xml.buffers()[1], np.int32)[xml.offset:xml.offset + len(xml) + 1]
        data = memoryview(xml.buffers()[2]) if len(xml) else memoryview(b"")
        row = 0
        for n in counts:
            yield data[offsets[row]:offsets[row + n]]
            row += n

    def member(self, framework: str, first: int, last: int) -> tuple[list[bytes], int, int]:
        """A sheet's member: xlsxwriter's XML with the header row and the pieces'
        rows where the marker stands, deflated; its CRC-32 and length."""
        before, _, after = framework.partition(_ROWS_HERE)
        head = (before + self._header()).encode("utf-8")
        tail = after.encode("utf-8")
        deflated = [deflate_piece(head, LEVEL)]
        crc, size = zlib.crc32(head), len(head)
        for piece in self.pieces[first:last]:
            deflated.append(piece.deflated)
            crc, size = crc32_combine(crc, piece.crc, piece.size), size + piece.size
        finish = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        deflated.append(finish.compress(tail) + finish.flush())
        return deflated, zlib.crc32(tail, crc), size + len(tail)

    def _header(self) -> str:
        cells = "".join(f'<c s="{self.bold}" t="inlineStr"><is><t>'
                        f'{XMLwriter._escape_data(None, f["name"])}</t></is></c>'
                        for f in self.fields)
        return f"<row>{cells}</row>"


def _batches(pieces: list[_Piece], need: list[int]) -> Iterator[list[int]]:
    """``need`` (piece numbers, in order) in batches of about BATCH bytes of CSV."""
    batch: list[int] = []
    size = 0
    for i in need:
        span = pieces[i].span[1] - pieces[i].span[0]
        if batch and size + span > BATCH:
            yield batch
            batch, size = [], 0
        batch.append(i)
        size += span
    if batch:
        yield batch


def _parse(body: bytes, names: list[str]) -> pa.Table:
    """CSV rows as a table of texts, null where a cell is empty."""
    if not body:
        return pa.table({n: pa.array([], pa.string()) for n in names})
    return pacsv.read_csv(
        io.BytesIO(body),
        read_options=pacsv.ReadOptions(column_names=names,
                                       block_size=max(1 << 20, min(len(body) + 1, 1 << 30))),
        parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(names, pa.string()), null_values=[""],
            strings_can_be_null=True, quoted_strings_can_be_null=True))


# --- a row's XML ---------------------------------------------------------------------

def _rows_xml(name: str, table: pa.Table, fields: list[dict[str, Any]]) -> pa.Array:
    """<row> of each row of ``table`` (texts, null where empty): a cell per field up to
    the last full one, ``<c/>`` for an empty one before it."""
    width = len(fields)
    columns = [table.column(c).combine_chunks() for c in range(width)]
    full = [c.is_valid().to_numpy(zero_copy_only=False) for c in columns]
    last = np.full(table.num_rows, -1, np.int64)
    for c in range(width):
        last[full[c]] = c
    cells = []
    for c, (field, column) in enumerate(zip(fields, columns, strict=True)):
        if field.get("type") in NUMERIC:
            number = pc.fill_null(pc.match_substring_regex(column, _NUMBER), False)
            xml = pc.binary_join_element_wise("<c><v>", column, "</v></c>", "")
            other = pc.and_not(pa.array(full[c]), number)
            if pc.any(other).as_py():  # a text in a number's field: as text, unless not finite
                texts = column.filter(other)
                bad = pc.fill_null(pc.match_substring_regex(texts, _NOT_FINITE), False)
                if pc.any(bad).as_py():
                    raise ValueError(f"{name}.{field['name']}: {texts.filter(bad)[0].as_py()} "
                                     "has no place in a workbook (not finite); a number "
                                     "must be finite or empty")
                xml = pc.if_else(number, xml, _text_cells(column))
        else:
            xml = _text_cells(column)
        before_last = pa.array(c < last)  # an empty cell before a full one stands as <c/>
        cells.append(pc.if_else(pa.array(full[c]), xml, pc.if_else(before_last, "<c/>", "")))
    return pc.binary_join_element_wise("<row>", *cells, "</row>", "")


def _text_cells(texts: pa.Array) -> pa.Array:
    """An inline text cell of each text, as xlsxwriter writes one: cut at Excel's
    length, control characters and "_xHHHH_" escaped as _xHHHH_, whitespace at an end
    kept (xml:space="preserve"), markup escaped."""
    texts = _cut(texts)
    slow = pc.fill_null(pc.match_substring_regex(texts, _ESCAPED), False)
    if pc.any(slow).as_py():
        own = [XMLwriter._escape_control_characters(t) for t in texts.filter(slow).to_pylist()]
        texts = pc.replace_with_mask(texts, slow, pa.array(own, pa.string()))
    preserve = pc.fill_null(pc.match_substring_regex(texts, _edge_space()), False)
    escaped = texts
    if pc.any(pc.match_substring_regex(texts, "[&<>]")).as_py():
        for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
            escaped = pc.replace_substring(escaped, char, entity)
    opening = pc.if_else(preserve, '<c t="inlineStr"><is><t xml:space="preserve">',
                         '<c t="inlineStr"><is><t>')
    return pc.binary_join_element_wise(opening, escaped, "</t></is></c>", "")


