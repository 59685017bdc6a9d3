"""A spreadsheet copy of a version for people who open data in Excel or LibreOffice:
``data/<dataset>.xlsx``, one sheet per table and a sheet that explains every field.

Why a workbook rather than a byte-order mark on the CSV files: Excel opens a UTF-8 CSV
without a BOM in the legacy code page (``Thành phố`` reads ``ThÃ nh phá»‘``), but a BOM
would change the published CSV bytes that every other reader (pandas, DuckDB, R,
frictionless) reads as part of the first column's name unless told otherwise. A workbook
is a file of its own: Unicode by construction, columns typed (numbers are numbers),
and every text written as text, so a report's words that begin with ``=`` never become
a formula.

The bytes are reproducible and are xlsxwriter's own (tests/test_spreadsheet.py compares
them with a workbook written cell by cell through xlsxwriter): member dates fixed, the
document's dates the version's release time. xlsxwriter writes everything but the data
rows and the shared strings; those, millions of cells for a dataset of thousands of
reports, are made here a column at a time with Arrow and streamed into the archive.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import xlsxwriter
from xlsxwriter.sharedstrings import SharedStrings, SharedStringTable
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet, _utf16_len, _utf16_truncate

FIELDS_SHEET = "fields"
# Below the header row, a sheet holds 1,048,575 rows (Excel's and LibreOffice's limit): a
# longer table goes on over sheets named "figures (2)", "figures (3)", …, never cut.
ROWS_PER_SHEET = 1_048_575
SPAN = 16  # rows share the "spans" attribute of their <row> in blocks of 16 (xlsxwriter)
BATCH = 32 * 1024  # data rows made XML at a time
STRINGS_BATCH = 64 * 1024  # shared strings made XML at a time
TEXT_MAX = 32_767  # UTF-16 units of a cell's text; xlsxwriter cuts a longer one
NUMERIC = ("number", "integer")

# A table's rows: an Arrow table, a function that reads it (so that only one table is
# held at a time), or rows of plain values in the order of the schema's fields.
Rows: TypeAlias = "pa.Table | Callable[[], pa.Table] | Iterable[Sequence[Any]]"

# Where xlsxwriter's own XML leaves room for the parts made here.
_ROWS_HERE = "\x00rows\x00"
_STRINGS_HERE = "solieu-shared-strings"
# The texts xlsxwriter writes through its own slower path: control characters and
# "_xHHHH_" are escaped as _xHHHH_, and a text "<r>…</r>" is taken as rich text.
_ESCAPED = r"[\x00-\x08\x0b-\x1f\x{fffe}\x{ffff}]|_x[0-9a-fA-F]{4}_"


def _released(released: str) -> datetime:
    return datetime.strptime(released, "%Y-%m-%dT%H:%M:%SZ")


def write_workbook(path: Path, title: str, tables: Mapping[str, Rows],
                   schemas: dict[str, dict[str, Any]], released: str,
                   rows_per_sheet: int = ROWS_PER_SHEET) -> None:
    """Write the workbook: a ``fields`` sheet first (table, field, type, Vietnamese and
    English titles and descriptions), then one sheet per table, in ``schemas`` order,
    with the rows of ``tables`` (see :data:`Rows`; in plain rows None is empty, and NaN
    is empty everywhere, as in the CSV). A field of type number or integer is written
    as numbers, any other as text. A table of more than ``rows_per_sheet`` rows goes on
    over sheets named ``<table> (2)``, ``<table> (3)``, …"""
    if not 0 < rows_per_sheet <= ROWS_PER_SHEET:
        raise ValueError(f"a sheet holds 1 to {ROWS_PER_SHEET} rows below its header")
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
    strings = _Strings(workbook.str_table)
    parts: list[_Part] = []
    for table, schema in schemas.items():
        fields = schema.get("fields", [])
        for number, columns in enumerate(_parts(table, tables.get(table, []), fields,
                                                rows_per_sheet), start=1):
            name = table[:31] if number == 1 else f"{table[:24]} ({number})"
            sheet = workbook.add_worksheet(name, worksheet_class=_FramedSheet)
            for c, f in enumerate(fields):
                sheet.write_string(0, c, f["name"], bold)
            sheet.freeze_panes(1, 0)
            parts.append(_part(sheet, columns, [f["name"] for f in fields], strings))
    strings.hand_over(workbook.str_table)
    workbook.close()  # everything but the rows and the strings, into ``framework``
    by_file: dict[str, Callable[[], Iterator[bytes | memoryview]]] = {
        f"xl/worksheets/sheet{n}.xml": part.xml for n, part in enumerate(parts, start=2)}
    by_file["xl/sharedStrings.xml"] = strings.xml
    markers = {name: _ROWS_HERE for name in by_file}
    markers["xl/sharedStrings.xml"] = f"<si><t>{_STRINGS_HERE}</t></si>"
    with zipfile.ZipFile(framework) as small:
        members = [(info.filename, small.read(info).decode("utf-8"))
                   for info in small.infolist()]
    # The large members are deflated side by side (zlib and Arrow let go of the
    # interpreter while they work), then written in xlsxwriter's order.
    with ThreadPoolExecutor(max_workers=max(1, min(os.cpu_count() or 1, 4))) as pool, \
            zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        deflating = {name: pool.submit(_deflated, _filled(text, markers[name], by_file[name]))
                     for name, text in members if name in by_file}
        for name, text in members:
            # As xlsxwriter names and dates each member; zipfile then frames it as
            # xlsxwriter's ``writestr`` does.
            member = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            with out.open(member, "w") as dest:
                if name not in deflating:
                    dest.write(text.encode("utf-8"))
                    continue
                deflated, crc, size = deflating.pop(name).result()
                dest._compressor = _Deflated(deflated)  # type: ignore[attr-defined]
                dest._crc, dest._file_size = crc, size  # type: ignore[attr-defined]


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


def _filled(text: str, marker: str, middle: Callable[[], Iterator[bytes | memoryview]],
            ) -> Iterator[bytes | memoryview]:
    """xlsxwriter's XML of a member with ``middle`` where ``marker`` stands."""
    before, found, after = text.partition(marker)
    yield before.encode("utf-8")
    if found:
        yield from middle()
        yield after.encode("utf-8")


def _deflated(pieces: Iterator[bytes | memoryview]) -> tuple[list[bytes], int, int]:
    """``pieces`` deflated as zipfile deflates a member (zlib's default level, a raw
    stream: the same bytes however the data is cut), their CRC-32 and their length."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    deflated, crc, size = [], 0, 0
    for piece in pieces:
        crc = zlib.crc32(piece, crc)
        size += memoryview(piece).nbytes
        deflated.append(compressor.compress(piece))
    deflated.append(compressor.flush())
    return deflated, crc, size


class _Deflated:
    """Stands for zlib's compressor in zipfile's writer: gives bytes deflated before."""

    def __init__(self, deflated: list[bytes]) -> None:
        self.deflated = deflated

    def compress(self, data: bytes) -> bytes:
        return b""

    def flush(self) -> bytes:
        return b"".join(self.deflated)


# --- a table's columns ---------------------------------------------------------------

@dataclass
class _Column:
    """One column of a sheet: numbers (NaN where none) and texts (an Arrow array, null
    where none); a cell holds the number if it has one, else the text, else nothing."""

    numbers: np.ndarray | None
    texts: pa.Array | pa.ChunkedArray | None

    def __len__(self) -> int:
        if self.numbers is not None:
            return len(self.numbers)
        return len(self.texts) if self.texts is not None else 0


def _parts(table: str, rows: Rows, fields: list[dict[str, Any]], per_sheet: int,
           ) -> Iterator[list[_Column]]:
    """The columns of each sheet of ``table``: one sheet at least, even of no rows."""
    if callable(rows):
        rows = rows()
    if isinstance(rows, pa.Table):
        for offset in range(0, max(rows.num_rows, 1), per_sheet):
            part = rows.slice(offset, per_sheet)
            yield [_arrow_column(table, f, part.column(f["name"])) for f in fields]
        return
    it: Iterator[Sequence[Any]] = iter(rows)
    first = True
    while True:
        chunk = list(islice(it, per_sheet))
        if not chunk and not first:
            return
        yield [_values_column(table, f, [r[c] for r in chunk]) for c, f in enumerate(fields)]
        first = False


def _arrow_column(table: str, field: dict[str, Any], column: pa.ChunkedArray) -> _Column:
    kind = column.type
    if field.get("type") in NUMERIC and (pa.types.is_integer(kind) or pa.types.is_floating(kind)):
        numbers = column.cast(pa.float64(), safe=False).to_numpy()
        _finite(table, field, numbers)
        return _Column(numbers, None)
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_date(kind):
        return _Column(None, column if pa.types.is_dictionary(column.type)
                       else column.cast(pa.string()))  # a date as ISO text
    return _values_column(table, field, column.to_pylist())  # rare types: as Python says


def _values_column(table: str, field: dict[str, Any], values: list[Any]) -> _Column:
    """A column of plain values: in a numeric field a number (not a bool) is a number,
    anything else is its text."""
    numbers = None
    if field.get("type") in NUMERIC:
        as_number = [v is not None and v.__class__ is not bool and not isinstance(v, str)
                     for v in values]
        numbers = np.array([float(v) if n else np.nan for v, n in zip(values, as_number,
                                                                     strict=True)],
                           dtype=np.float64)
        _finite(table, field, numbers)
        values = [None if n else v for v, n in zip(values, as_number, strict=True)]
    texts = [None if v is None or (isinstance(v, float) and v != v) else str(v)
             for v in values]
    return _Column(numbers, pa.array(texts, pa.string()) if any(
        t is not None for t in texts) or numbers is None else None)


def _finite(table: str, field: dict[str, Any], numbers: np.ndarray) -> None:
    bad = np.isinf(numbers)
    if bad.any():
        raise ValueError(f"{table}.{field['name']}: {numbers[bad][0]} has no place in a "
                         "workbook (infinite); a number must be finite or empty")


# --- shared strings --------------------------------------------------------------------

class _Strings:
    """The workbook's shared-string table, in the order xlsxwriter would give it (each
    text numbered where it first occurs: sheet after sheet, row after row, column after
    column), held as Arrow arrays: every distinct text once, never as Python strings."""

    def __init__(self, table: SharedStringTable) -> None:
        # The fields sheet's texts, numbered by xlsxwriter (a dict keeps its order).
        self.chunks: list[pa.Array] = [pa.array(list(table.string_table), pa.string())]
        self.unique = table.unique_count
        self.count = table.count

    def number(self, columns: list[pa.Array | pa.ChunkedArray | None],
               header: list[str]) -> tuple[list[int], list[np.ndarray | None]]:
        """The shared-string numbers of a sheet's header texts and of its columns'
        texts (-1 where a cell has none), adding the texts met for the first time."""
        width = len(header)
        found: list[pa.Array] = [pa.array(header, pa.string())]
        # Where a text first occurs: (row, column) as one number, the header being row 0.
        where: list[np.ndarray] = [np.arange(width, dtype=np.int64)]
        encoded: list[tuple[int, np.ndarray, np.ndarray] | None] = []  # column, cells, used
        for c, column in enumerate(columns):
            if column is None:
                encoded.append(None)
                continue
            cells, dictionary = _encoded(column)
            present = np.flatnonzero(cells >= 0)
            used, first = np.unique(cells[present], return_index=True)
            found.append(_cut(dictionary.take(pa.array(used))))
            where.append((present[first].astype(np.int64) + 1) * width + c)
            encoded.append((c, cells, used))
            self.count += len(present)
        self.count += width
        texts = pa.concat_arrays(found)
        positions = np.concatenate(where)
        distinct = pc.dictionary_encode(texts)
        ids = distinct.indices.to_numpy()
        order = np.argsort(positions, kind="stable")
        _, firsts = np.unique(ids[order], return_index=True)
        earliest = positions[order][firsts]  # per distinct text
        known = pc.index_in(distinct.dictionary, value_set=pa.chunked_array(self.chunks))
        numbers = known.fill_null(-1).to_numpy().astype(np.int64)
        new = np.flatnonzero(numbers < 0)
        new = new[np.argsort(earliest[new], kind="stable")]
        numbers[new] = self.unique + np.arange(len(new))
        self.chunks.append(distinct.dictionary.take(pa.array(new, pa.int64())))
        self.unique += len(new)
        numbered = numbers[ids]  # per entry of ``found``
        out: list[np.ndarray | None] = []
        offset = width
        for item in encoded:
            if item is None:
                out.append(None)
                continue
            _, cells, used = item
            lookup = np.full(max(len(cells) and int(cells.max()) + 1, 1), -1, np.int32)
            lookup[used] = numbered[offset:offset + len(used)]
            offset += len(used)
            out.append(np.where(cells >= 0, lookup[np.maximum(cells, 0)], -1).astype(np.int32))
        return [int(n) for n in numbered[:width]], out

    def hand_over(self, table: SharedStringTable) -> None:
        """Give xlsxwriter the counts, and a marker where the strings go."""
        table.string_table = {_STRINGS_HERE: 0}
        table.count, table.unique_count = self.count, self.unique

    def xml(self) -> Iterator[memoryview]:
        """The <si> elements, as xlsxwriter writes them."""
        for chunk in self.chunks:
            for start in range(0, len(chunk), STRINGS_BATCH):
                yield _bytes(_si(chunk.slice(start, STRINGS_BATCH)))
        self.chunks = []


def _encoded(column: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    """A text column as numbers into a dictionary of its texts (-1 for none)."""
    if isinstance(column, pa.Array):
        column = pa.chunked_array([column])
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)  # its chunks share one dictionary
    else:
        column = column.unify_dictionaries()
    if column.num_chunks == 0:
        return np.zeros(0, np.int32), pa.array([], pa.string())
    cells = np.concatenate([chunk.indices.fill_null(-1).to_numpy().astype(np.int32)
                            for chunk in column.chunks])
    return cells, column.chunk(0).dictionary.cast(pa.string())


def _cut(texts: pa.Array) -> pa.Array:
    """Texts over Excel's length cut as xlsxwriter cuts them."""
    long = pc.greater(pc.utf8_length(texts), TEXT_MAX // 2).to_numpy(zero_copy_only=False)
    if not long.any():
        return texts
    values = texts.to_pylist()
    for i in np.flatnonzero(long):
        if _utf16_len(values[i]) > TEXT_MAX:
            values[i] = _utf16_truncate(values[i], TEXT_MAX)
    return pa.array(values, pa.string())


def _si(texts: pa.Array) -> pa.Array:
    """<si><t>…</t></si> of each text, as xlsxwriter's SharedStrings writes it."""
    escaped = texts
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        escaped = pc.replace_substring(escaped, char, entity)
    preserve = pc.match_substring_regex(texts, _edge_space())
    opening = pc.if_else(preserve, '<si><t xml:space="preserve">', "<si><t>")
    xml = pc.binary_join_element_wise(opening, escaped, "</t></si>", "")
    slow = pc.or_(pc.match_substring_regex(texts, _ESCAPED), pc.starts_with(texts, "<r>"))
    if pc.any(slow).as_py():
        writer = SharedStrings()
        own = []
        for text in texts.filter(slow).to_pylist():
            writer._set_filehandle(io.StringIO())
            writer._write_si(text)
            own.append(writer.fh.getvalue())
        xml = pc.replace_with_mask(xml, slow, pa.array(own, pa.string()))
    return xml


@cache
def _edge_space() -> str:
    """A text that begins or ends with what Python's ``\\s`` matches, which is how
    xlsxwriter decides on xml:space="preserve" (all of it lies below U+10000)."""
    space = re.compile(r"\s")
    chars = "".join(f"\\x{{{i:04x}}}" for i in range(0x10000) if space.match(chr(i)))
    return f"^[{chars}]|[{chars}]$"


def _bytes(texts: pa.Array) -> memoryview:
    """The UTF-8 bytes of all of ``texts`` one after another, without a copy."""
    if len(texts) == 0:
        return memoryview(b"")
    offsets = texts.buffers()[1]
    start, end = np.frombuffer(offsets, np.int32)[[texts.offset, texts.offset + len(texts)]]
    return memoryview(texts.buffers()[2])[start:end]


# --- the rows --------------------------------------------------------------------------

class _FramedSheet(Worksheet):  # type: ignore[misc]
    """A worksheet of which xlsxwriter writes all but the data rows: the header row
    (with its format), the dimensions and everything around <sheetData>, leaving a
    marker where the rows go."""

    header_span: str | None = None

    def _calculate_spans(self) -> None:
        super()._calculate_spans()
        if self.header_span:  # the header's block of 16 rows takes in data rows too
            self.row_spans[0] = self.header_span

    def _write_rows(self) -> None:
        last = self.dim_rowmax  # type: ignore[has-type]
        self.dim_rowmax = max(self.table)  # the header alone
        try:
            super()._write_rows()
        finally:
            self.dim_rowmax = last
        self.fh.write(_ROWS_HERE)


@dataclass
class _Part:
    """A sheet's data rows, ready to be written: per column its numbers and its texts'
    shared-string numbers, which rows have a cell, and the span of every 16 rows."""

    numbers: list[np.ndarray | None]
    texts: list[np.ndarray | None]
    refs: list[str]
    rows: int
    kept: np.ndarray
    spans: pa.Array

    def xml(self) -> Iterator[memoryview]:
        """The <row> elements, as xlsxwriter writes them, a batch of rows at a time."""
        for start in range(0, self.rows, BATCH):
            yield _bytes(self._batch(start, min(start + BATCH, self.rows)))

    def _batch(self, start: int, end: int) -> pa.Array:
        row = pa.array(np.arange(start + 2, end + 2)).cast(pa.string())  # as Excel counts
        cells = []
        for numbers, texts, ref in zip(self.numbers, self.texts, self.refs, strict=True):
            if numbers is not None:
                values = _number_texts(numbers[start:end])
                if values.null_count < len(values):
                    cells.append(pc.binary_join_element_wise(
                        f'<c r="{ref}', row, '"><v>', values, "</v></c>", ""))
            if texts is not None:
                index = texts[start:end]
                none = index < 0
                if not none.all():
                    values = pa.array(index, mask=none).cast(pa.string())
                    cells.append(pc.binary_join_element_wise(
                        f'<c r="{ref}', row, '" t="s"><v>', values, "</v></c>", ""))
        span = self.spans.take(pa.array((np.arange(start, end) + 1) // SPAN))
        xml = pc.binary_join_element_wise('<row r="', row, '" spans="', span, '">', *cells,
                                          "</row>", "", null_handling="replace",
                                          null_replacement="")
        kept = self.kept[start:end]
        return xml if kept.all() else xml.filter(pa.array(kept))


def _part(sheet: _FramedSheet, columns: list[_Column], header: list[str],
          strings: _Strings) -> _Part:
    """Number a sheet's texts, and tell xlsxwriter the sheet's dimensions and the
    span of the header's block, which depend on the rows."""
    width = len(columns)
    rows = max(map(len, columns), default=0)
    numbers: list[np.ndarray | None] = []
    has = []  # per column: which rows have a cell
    for column in columns:
        if column.numbers is None:
            numbers.append(None)
            has.append(np.zeros(rows, bool))
            continue
        present = ~np.isnan(column.numbers)
        numbers.append(column.numbers if present.any() else None)
        has.append(present)
    heads, texts = strings.number([column.texts for column in columns], header)
    for c, index in enumerate(texts):
        if index is not None:  # never where the column has a number
            has[c] = has[c] | (index >= 0)
    for c, n in enumerate(heads):
        sheet.table[0][c] = sheet.table[0][c]._replace(string=n)
    first = np.full(rows, width, np.int32)
    last = np.full(rows, -1, np.int32)
    for c in reversed(range(width)):
        first[has[c]] = c
    for c in range(width):
        last[has[c]] = c
    kept = last >= 0
    starts = np.r_[0, np.arange(SPAN - 1, rows, SPAN)] if rows else np.zeros(0, np.int64)
    low = np.minimum.reduceat(first, starts) if rows else first
    high = np.maximum.reduceat(last, starts) if rows else last
    if rows:
        low[0], high[0] = min(low[0], *sheet.table[0]), max(high[0], *sheet.table[0])
        sheet.header_span = f"{low[0] + 1}:{high[0] + 1}"
    if kept.any():
        bottom = int(np.flatnonzero(kept)[-1]) + 1
        sheet._check_dimensions(bottom, int(first[kept].min()))
        sheet._check_dimensions(bottom, int(last[kept].max()))
    spans = pc.binary_join_element_wise(pa.array(low + 1).cast(pa.string()), ":",
                                        pa.array(high + 1).cast(pa.string()), "")
    return _Part(numbers, texts, [xl_col_to_name(c) for c in range(width)], rows, kept,
                 spans)


def _number_texts(numbers: np.ndarray) -> pa.Array:
    """Each number as xlsxwriter writes it (``%.16G``), null for NaN: whole numbers by
    Arrow, the others by Python's own formatting."""
    present = ~np.isnan(numbers)
    with np.errstate(invalid="ignore"):
        whole = present & (np.abs(numbers) < 1e15) & (numbers == np.trunc(numbers)) \
            & ~((numbers == 0) & np.signbit(numbers))  # "-0"
    other = np.flatnonzero(present & ~whole)
    texts = pa.concat_arrays([
        pa.array(numbers[whole].astype(np.int64)).cast(pa.string()),
        pa.array([f"{v:.16G}" for v in numbers[other].tolist()], pa.string())])
    at = np.zeros(len(numbers), np.int64)
    at[whole] = np.arange(int(whole.sum()))
    at[other] = int(whole.sum()) + np.arange(len(other))
    return texts.take(pa.array(at, mask=~present))
