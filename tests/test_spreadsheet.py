"""The spreadsheet copy of a version: one sheet per table and one of fields, every cell
of the CSV files read back as it is there (text kept as text, numbers as numbers), the
same bytes from the same input whether or not pieces were kept, and readable in
LibreOffice."""

from __future__ import annotations

import csv
import io
import random
import re
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

import pytest

from fixtures.office import NEEDS_CALC, calc
from solieu.publish import publish
from test_publish import make_dataset, make_tables

SOFFICE = calc()
FORMULA = '=HYPERLINK("http://example.invalid","click")'


@pytest.fixture
def workbook(tmp_path) -> Path:
    ds = make_dataset()
    tables = make_tables(ds)
    tables["figures"].loc[0, "subject"] = FORMULA  # a report's words that look like a formula
    publish(ds, tables, tmp_path / "published")
    return tmp_path / "published" / "tiny-city" / "1.0.0" / "data" / "tiny-city.xlsx"


def sheet_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode())


def test_one_sheet_per_table_and_one_explaining_the_fields(workbook):
    assert sheet_names(workbook) == ["fields", "sources", "figures", "indicators", "observations"]
    sums = (workbook.parents[1] / "SHA256SUMS").read_text()
    assert "data/tiny-city.xlsx" in sums


def test_no_cell_is_a_formula(workbook):
    with zipfile.ZipFile(workbook) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any("<f>" in z.read(n).decode() for n in sheets)
    figures = read_workbook(workbook)["figures"]
    assert figures[1][figures[0].index("subject")] == FORMULA  # a text, as written


def test_every_cell_is_the_csv_s(workbook):
    """Each table's sheet holds its CSV's cells: numbers where the field is numeric,
    texts elsewhere, nothing where the CSV cell is empty."""
    version = workbook.parents[1]
    sheets = read_workbook(workbook)
    for table in ("sources", "figures", "indicators", "observations"):
        assert sheets[table] == csv_cells((version / "data" / f"{table}.csv").read_bytes(),
                                          schema_types(version, table)), table
    assert sheets["sources"][1][sheets["sources"][0].index("geography")] == "Thành phố Nhỏ"


def test_the_same_input_gives_the_same_bytes(workbook, tmp_path):
    ds = make_dataset()
    tables = make_tables(ds)
    tables["figures"].loc[0, "subject"] = FORMULA
    again = tmp_path / "again"
    (again / "tiny-city").mkdir(parents=True)
    shutil.copy(workbook.parents[2] / "releases.json", again / "tiny-city" / "releases.json")
    publish(ds, tables, again)
    assert (again / "tiny-city" / "1.0.0" / "data" / "tiny-city.xlsx").read_bytes() \
        == workbook.read_bytes()


@pytest.mark.slow  # LibreOffice starts in a few seconds
@pytest.mark.skipif(SOFFICE is None, reason=NEEDS_CALC)
def test_libreoffice_reads_every_cell_back(workbook, tmp_path):
    out = tmp_path / "out"
    # Every sheet to its own CSV (UTF-8: character set 76; the last token: all sheets).
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,'
         'false,-1', "--outdir", str(out), str(workbook)],
        check=True, capture_output=True, timeout=180)
    version = workbook.parents[1]
    for table in ("sources", "figures", "indicators", "observations"):
        types = schema_types(version, table)
        expected = csv_cells((version / "data" / f"{table}.csv").read_bytes(), types)
        with open(out / f"tiny-city-{table}.csv", encoding="utf-8", newline="") as f:
            read = [[None if v == "" else float(v) if number and i else v
                     for v, number in zip(row, types, strict=False)]
                    for i, row in enumerate(csv.reader(f))]
        assert [trimmed(r) for r in read] == expected, table
    with open(out / "tiny-city-figures.csv", encoding="utf-8", newline="") as f:
        figures = list(csv.DictReader(f))
    assert figures[0]["subject"] == FORMULA  # shown as written, never evaluated
    assert figures[0]["value"] == "1178000000000"
    with open(out / "tiny-city-fields.csv", encoding="utf-8", newline="") as f:
        fields = list(csv.DictReader(f))
    assert {"table": "observations", "field": "geography_code"}.items() <= next(
        r for r in fields if r["field"] == "geography_code").items()


# --- reading a workbook back, as a spreadsheet program reads it --------------------------

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _unescape(text: str) -> str:
    """A text's _xHHHH_ escapes undone (how Excel reads them)."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def _column(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref).group()
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_sheet(xml: bytes, shared: list[str]) -> list[list]:
    """The rows of a sheet: a row or a cell without ``r`` follows the one before; a
    number is a float, a text a str, an empty cell None; trailing empty cells dropped."""
    rows: list[list] = []
    for row in ElementTree.fromstring(xml).iter(f"{NS}row"):
        at = int(row.get("r")) - 1 if row.get("r") else len(rows)
        while len(rows) <= at:
            rows.append([])
        cells = rows[at]
        column = -1
        for c in row.iter(f"{NS}c"):
            column = _column(c.get("r")) if c.get("r") else column + 1
            kind, v = c.get("t"), c.find(f"{NS}v")
            if kind == "inlineStr":
                value = _unescape("".join(t.text or "" for t in c.iter(f"{NS}t")))
            elif kind == "s":
                value = shared[int(v.text)]
            elif v is not None:
                value = float(v.text)
            else:
                value = None
            cells += [None] * (column + 1 - len(cells))
            cells[column] = value
    return [trimmed(r) for r in rows]


def trimmed(row: list) -> list:
    while row and row[-1] is None:
        row = row[:-1]
    return row


def read_workbook(path: Path) -> dict[str, list[list]]:
    """Each sheet's rows by its name, a table's sheets "t (2)", "t (3)"… joined to it
    (their header rows dropped)."""
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        shared = ["".join(t.text or "" for t in si.iter(f"{NS}t")) for si in
                  ElementTree.fromstring(z.read("xl/sharedStrings.xml")).iter(f"{NS}si")]
        names = sheet_names(path)
        sheets: dict[str, list[list]] = {}
        for n, name in enumerate(names, start=1):
            rows = read_sheet(z.read(f"xl/worksheets/sheet{n}.xml"), shared)
            base = re.sub(r" \(\d+\)$", "", name)
            if base != name:
                assert rows[0] == sheets[base][0]  # the header again
                sheets[base] += rows[1:]
            else:
                sheets[name] = rows
    return sheets


def csv_cells(data: bytes, numeric: list[bool]) -> list[list]:
    """A CSV file's cells as a workbook shows them: empty None, a number in a numeric
    field a float, anything else its text, cut at Excel's 32,767 UTF-16 units."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    out = [trimmed(list(rows[0]))]
    for row in rows[1:]:
        cells = []
        for value, number in zip(row, numeric, strict=True):
            if value == "":
                cells.append(None)
            elif number and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
                cells.append(float(value))
            else:
                cut = value.encode("utf-16-le")[:2 * 32767].decode("utf-16-le", "ignore")
                cells.append(cut)
        out.append(trimmed(cells))
    return out


def schema_types(version: Path, table: str) -> list[bool]:
    from solieu.package import read_descriptor, table_schemas

    fields = table_schemas(version, read_descriptor(version))[table]["fields"]
    return [f.get("type") in ("number", "integer") for f in fields]


# --- tables made up to try the writer's every path ----------------------------------------

WORDS = ["Thành phố", "<b>&amp;\"'", "=1+1", " lead", "x", "1.178", "\x01 control", "_x0041_",
         "<r>rich</r>", "tail\u00a0", "\u3000wide", "a\nb", "a\r\nb", "\tb", "x\ufffe",
         "trail\n", "a,b", '"quoted"']
NUMBERS = ["", "13.05", "1178000000000", "0.30000000000000004", "-0", "0", "10000000000000000",
           "0.00001", "9.1", "123456789012345.6", "-13.05", "9007199254740994", "n/a"]
SCHEMAS = {"t": {"fields": [{"name": "a", "type": "string"}, {"name": "b", "type": "number"},
                            {"name": "c", "type": "integer"}, {"name": "d", "type": "string"}]},
           "u": {"fields": [{"name": "x", "type": "string"}]}}


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def made_up(n: int, seed: int = 7) -> dict[str, bytes]:
    rng = random.Random(seed)
    rows = [["a", "b", "c", "d"]]
    for i in range(n):
        row = [rng.choice([*WORDS, "", f"w{i % 37}"]), rng.choice(NUMBERS),
               rng.choice(["", "4", "1152921504606846976", "-7", "0"]),
               rng.choice([*WORDS, "", f"w{i}", "x"])]
        if i % 50 < 5:
            row = ["", "", "", ""]  # a row of nothing at all
        rows.append(row)
    rows.append(["y" * 40000, "1", "", ""])  # cut at 32,767
    rows.append(["😀" * 20000, "", "", "z" * 32767])  # UTF-16 units
    return {"t": csv_bytes(rows), "u": csv_bytes([["x"], *[[w] for w in WORDS], [""]])}


def numeric(table: str) -> list[bool]:
    return [f["type"] in ("number", "integer") for f in SCHEMAS[table]["fields"]]


@pytest.fixture
def small_pieces(monkeypatch):
    """Pieces of a few hundred bytes, so that a small table is many of them."""
    from solieu import chunks

    monkeypatch.setattr(chunks, "PIECE", 600)
    monkeypatch.setattr(chunks, "MIN_PIECE", 150)
    monkeypatch.setattr(chunks, "MAX_PIECE", 2400)


@pytest.mark.parametrize("per_sheet", [1_048_575, 97])
def test_every_cell_of_made_up_tables_reads_back(tmp_path, small_pieces, per_sheet):
    """Texts that need escaping (markup, control characters, "_xHHHH_", whitespace at
    an end, line ends in a cell, quotes), numbers in every form the CSV writes them,
    a text in a number's field, empty rows, texts over Excel's limit, over many pieces
    and sheets: each cell reads back as the CSV has it."""
    from solieu.spreadsheet import write_workbook

    tables = made_up(700)
    path = tmp_path / "t.xlsx"
    write_workbook(path, "T", tables, SCHEMAS, "2026-01-02T03:04:05Z", rows_per_sheet=per_sheet)
    sheets = read_workbook(path)
    for table in ("t", "u"):
        assert sheets[table] == csv_cells(tables[table], numeric(table)), table
    if per_sheet == 97:
        assert sheet_names(path)[:4] == ["fields", "t", "t (2)", "t (3)"]


def test_kept_pieces_give_the_same_bytes_and_only_changed_rows_are_deflated(tmp_path,
                                                                             small_pieces):
    """A workbook made with pieces kept from the one before is byte for byte the
    workbook made from nothing; only the pieces about the changed rows are made."""
    from solieu.chunks import Deflated
    from solieu.spreadsheet import write_workbook

    kept = tmp_path / "kept"
    before = made_up(2000)
    first = Deflated(kept)
    write_workbook(tmp_path / "a.xlsx", "T", before, SCHEMAS, "2026-01-02T03:04:05Z",
                   rows_per_sheet=1500, kept=first)
    assert first.reused == 0 and first.made > 20
    lines = before["t"].split(b"\r\n")
    lines[1000] = b"changed,1,2,3"  # a row of its own: no line end inside its cells
    lines.insert(1400, b"added,,,")  # the second sheet's rows move by one
    after = {**before, "t": b"\r\n".join(lines)}
    again = Deflated(kept)
    write_workbook(tmp_path / "b.xlsx", "T", after, SCHEMAS, "2026-01-02T03:04:05Z",
                   rows_per_sheet=1500, kept=again)
    write_workbook(tmp_path / "c.xlsx", "T", after, SCHEMAS, "2026-01-02T03:04:05Z",
                   rows_per_sheet=1500)
    assert (tmp_path / "b.xlsx").read_bytes() == (tmp_path / "c.xlsx").read_bytes()
    assert again.made <= 8 and again.reused >= first.made - 8
    assert read_workbook(tmp_path / "b.xlsx")["t"] == csv_cells(after["t"], numeric("t"))
    again.keep_used()
    assert sorted(p.name for p in kept.iterdir()) == sorted(again.used)


def test_a_damaged_kept_piece_is_made_again(tmp_path, small_pieces):
    from solieu.chunks import Deflated
    from solieu.spreadsheet import write_workbook

    tables = made_up(300)
    write_workbook(tmp_path / "a.xlsx", "T", tables, SCHEMAS, "2026-01-02T03:04:05Z",
                   kept=Deflated(tmp_path / "kept"))
    for piece in (tmp_path / "kept").iterdir():
        data = bytearray(piece.read_bytes())
        data[-1] ^= 0xFF
        piece.write_bytes(bytes(data))
    again = Deflated(tmp_path / "kept")
    write_workbook(tmp_path / "b.xlsx", "T", tables, SCHEMAS, "2026-01-02T03:04:05Z",
                   kept=again)
    assert again.reused == 0
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


def test_pieces_make_one_deflate_stream(tmp_path, small_pieces):
    """A sheet member is one raw deflate stream whose CRC-32 is its data's."""
    from solieu.spreadsheet import write_workbook

    path = tmp_path / "t.xlsx"
    write_workbook(path, "T", made_up(500), SCHEMAS, "2026-01-02T03:04:05Z")
    with zipfile.ZipFile(path) as z, open(path, "rb") as f:
        info = z.getinfo("xl/worksheets/sheet2.xml")
        f.seek(info.header_offset + 26)
        skip = sum(int.from_bytes(f.read(2), "little") for _ in range(2))
        f.seek(info.header_offset + 30 + skip)
        data = zlib.decompress(f.read(info.compress_size), -15)
        assert len(data) == info.file_size and zlib.crc32(data) == info.CRC
    if shutil.which("unzip"):
        subprocess.run(["unzip", "-tq", str(path)], check=True, capture_output=True)


def test_what_python_calls_space_lies_below_u10000():
    """xlsxwriter keeps a text's leading or trailing space (xml:space="preserve") by
    Python's ``\\s``; the quick path lists those characters from the first 65,536."""
    space = re.compile(r"\s")
    assert not [i for i in range(0x10000, 0x110000) if space.match(chr(i))]


def test_an_infinite_number_is_refused_with_its_field(tmp_path):
    from solieu.spreadsheet import write_workbook

    schemas = {"t": {"fields": [{"name": "v", "type": "number"}]}}
    with pytest.raises(ValueError, match=r"t\.v: inf"):
        write_workbook(tmp_path / "x.xlsx", "T", {"t": csv_bytes([["v"], ["1"], ["inf"]])},
                       schemas, "2026-01-02T03:04:05Z")


def test_a_csv_whose_header_is_not_the_fields_is_refused(tmp_path):
    from solieu.spreadsheet import write_workbook

    schemas = {"t": {"fields": [{"name": "v", "type": "number"}]}}
    with pytest.raises(ValueError, match=r"t: the CSV's header is not the fields v"):
        write_workbook(tmp_path / "x.xlsx", "T", {"t": csv_bytes([["w"], ["1"]])}, schemas,
                       "2026-01-02T03:04:05Z")


def test_a_table_longer_than_a_sheet_goes_on_over_more_sheets(tmp_path):
    """Excel and LibreOffice hold 1,048,575 rows below a sheet's header: a longer table
    (a dataset of some 15,000 reports has that many figures) continues on the next
    sheets, header repeated, in order, and no row is lost."""
    from solieu.spreadsheet import ROWS_PER_SHEET, write_workbook

    assert ROWS_PER_SHEET == 1_048_575
    schemas = {"figures": {"fields": [{"name": "n", "type": "integer"},
                                      {"name": "word", "type": "string"}]},
               "sources": {"fields": [{"name": "source_id", "type": "string"}]}}
    path = tmp_path / "long.xlsx"
    figures = csv_bytes([["n", "word"], *[[str(n), f"w{n}"] for n in range(7)]])
    write_workbook(path, "long", {"figures": figures,
                                  "sources": csv_bytes([["source_id"], ["a"]])},
                   schemas, "2026-01-01T00:00:00Z", rows_per_sheet=3)
    assert sheet_names(path) == ["fields", "figures", "figures (2)", "figures (3)", "sources"]
    with zipfile.ZipFile(path) as z:
        counts = [len(read_sheet(z.read(f"xl/worksheets/sheet{n}.xml"), [])) - 1
                  for n in (2, 3, 4)]
    assert counts == [3, 3, 1]
    assert read_workbook(path)["figures"] == [["n", "word"], *[[float(n), f"w{n}"]
                                                               for n in range(7)]]


@pytest.mark.slow  # LibreOffice starts in a few seconds
@pytest.mark.skipif(SOFFICE is None, reason=NEEDS_CALC)
def test_libreoffice_reads_made_up_tables_back(tmp_path, small_pieces):
    """Rows without places, empty cells standing before full ones, inline texts that
    need escaping, over many pieces and two sheets, as LibreOffice reads them (its CSV
    shows a number to 15 digits, and a cell's line end as "\\n")."""
    from solieu.spreadsheet import write_workbook

    tables = made_up(300)
    path = tmp_path / "made.xlsx"
    write_workbook(path, "T", tables, SCHEMAS, "2026-01-02T03:04:05Z", rows_per_sheet=200)
    out = tmp_path / "out"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,'
         'false,-1', "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180)
    read = []
    for sheet in ("t", "t (2)"):
        with open(out / f"made-{sheet}.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        read += rows if not read else rows[1:]
    expected = csv_cells(tables["t"], numeric("t"))
    assert len(read) == len(expected)
    for got, want in zip(read, expected, strict=True):
        got = trimmed([None if v == "" else v for v in got])
        assert len(got) == len(want), (got, want)
        for g, w in zip(got, want, strict=True):
            if isinstance(w, float):
                assert float(g) == pytest.approx(w, rel=1e-14), (g, w)
            else:  # a line end in a cell is "\n" to Calc
                assert g == (w and w.replace("\r\n", "\n")), (g, w)
