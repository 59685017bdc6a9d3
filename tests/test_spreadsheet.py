"""The spreadsheet copy of a version: one sheet per table and one of fields, text kept as
text, the same bytes from the same input, and readable in LibreOffice."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from solieu.publish import publish
from test_publish import make_dataset, make_tables

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
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
        assert "=HYPERLINK(\"http://example.invalid\"" in z.read("xl/sharedStrings.xml").decode()


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
@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (Debian: apt-get install -y "
                                            "libreoffice-calc-nogui)")
def test_libreoffice_reads_the_vietnamese_text_back(workbook, tmp_path):
    out = tmp_path / "out"
    # Every sheet to its own CSV (UTF-8: character set 76; the last token: all sheets).
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,'
         'false,-1', "--outdir", str(out), str(workbook)],
        check=True, capture_output=True, timeout=180)
    with open(out / "tiny-city-sources.csv", encoding="utf-8", newline="") as f:
        sources = list(csv.DictReader(f))
    assert sources[0]["geography"] == "Thành phố Nhỏ"
    assert sources[0]["title"] == "Báo cáo 2022"
    with open(out / "tiny-city-figures.csv", encoding="utf-8", newline="") as f:
        figures = list(csv.DictReader(f))
    assert figures[0]["subject"] == FORMULA  # shown as written, never evaluated
    assert figures[0]["value"] == "1178000000000"
    with open(out / "tiny-city-fields.csv", encoding="utf-8", newline="") as f:
        fields = list(csv.DictReader(f))
    assert {"table": "observations", "field": "geography_code"}.items() <= next(
        r for r in fields if r["field"] == "geography_code").items()


def _xlsxwriter_workbook(path: Path, title: str, tables, schemas, released: str) -> None:
    """The workbook written cell by cell through xlsxwriter's public calls: what
    write_workbook's quicker rows must give, byte for byte."""
    import xlsxwriter

    from solieu.spreadsheet import _released, write_fields_sheet

    workbook = xlsxwriter.Workbook(str(path), {
        "in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
        "strings_to_urls": False})
    workbook.set_properties({"title": title, "created": _released(released), "author": "solieu"})
    workbook.set_custom_property("generator", "solieu")
    bold = workbook.add_format({"bold": True})
    write_fields_sheet(workbook, schemas, bold)  # the same in both: the rows are compared
    for table, schema in schemas.items():
        sheet = workbook.add_worksheet(table[:31])
        names = [f["name"] for f in schema["fields"]]
        types = {f["name"]: f.get("type") for f in schema["fields"]}
        for c, name in enumerate(names):
            sheet.write_string(0, c, name, bold)
        for r, row in enumerate(tables.get(table, []), start=1):
            for c, name in enumerate(names):
                value = row.get(name)
                if value is None:
                    continue
                if types[name] in ("number", "integer") and not isinstance(value, bool):
                    sheet.write_number(r, c, value)
                else:
                    sheet.write_string(r, c, str(value))
        sheet.freeze_panes(1, 0)
    workbook.close()


WORDS = ["Thành phố", "<b>&amp;\"'", "=1+1", " lead", "x", "1.178", "\x01 control", "_x0041_",
         "<r>rich</r>", "tail\u00a0", "\u3000wide", "a\nb", "\tb", "x\ufffe", "trail\n", ""]
NUMBERS = [None, 13.05, 1178e9, 0.1 + 0.2, -0.0, 0.0, 1e16, 1e15, 999999999999999.0, 1e-5, 9.1,
           123456789012345.6, 5e-324, 1.7976931348623157e308, -13.05, 2.0 ** 53 + 2]


def _random_rows(n: int, seed: int = 7) -> tuple[dict, dict]:
    import random

    rng = random.Random(seed)
    schemas = {"t": {"fields": [{"name": "a", "type": "string"}, {"name": "b", "type": "number"},
                                {"name": "c", "type": "integer"}, {"name": "d", "type": "string"}]},
               "u": {"fields": [{"name": "x", "type": "string"}]}}
    rows = []
    for i in range(n):
        row = {"a": rng.choice(WORDS + [None, f"w{i % 37}"]), "b": rng.choice(NUMBERS),
               "c": rng.choice([None, 4, 2 ** 60, -7, 0]),
               "d": rng.choice(WORDS + [None, f"w{i % 41}", "x"])}
        if 20 <= i < 40:  # a whole block without its first column
            row["a"] = None
        if 60 <= i < 80:  # a block with no cell at all
            row = dict.fromkeys(row)
        rows.append(row)
    rows.append(dict.fromkeys(rows[0]))  # a row of nothing at all
    rows.append({"a": "y" * 40000, "b": 1.0, "c": None, "d": None})  # cut at 32,767
    rows.append({"a": "😀" * 20000, "b": None, "c": None, "d": "z" * 32767})  # UTF-16 units
    return schemas, {"t": rows, "u": [{"x": w} for w in WORDS]}


@pytest.mark.parametrize("n, batch", [(70, None), (400, 48)])
def test_rows_written_quickly_give_xlsxwriter_s_own_bytes(tmp_path, monkeypatch, n, batch):
    """The rows and shared strings made column-wise (the quick path for millions of
    cells) are the bytes xlsxwriter gives cell by cell: shared strings in the same
    order, spans per 16 rows (a block whose first cells are missing too, a block of no
    cell), empty cells left out, numbers as xlsxwriter formats them, markup and control
    characters escaped, a text over Excel's limit cut alike; also when the rows and
    the strings are made and deflated in many pieces."""
    from solieu import spreadsheet

    if batch:
        monkeypatch.setattr(spreadsheet, "BATCH", batch)
        monkeypatch.setattr(spreadsheet, "STRINGS_BATCH", 7)
    schemas, tables = _random_rows(n)
    quick, plain = tmp_path / "quick.xlsx", tmp_path / "plain.xlsx"
    as_values = {t: iter([tuple(row[f["name"]] for f in schemas[t]["fields"]) for row in r])
                 for t, r in tables.items()}
    spreadsheet.write_workbook(quick, "Title", as_values, schemas, "2026-01-02T03:04:05Z")
    _xlsxwriter_workbook(plain, "Title", tables, schemas, "2026-01-02T03:04:05Z")
    assert quick.read_bytes() == plain.read_bytes()


def test_arrow_tables_give_the_bytes_of_plain_rows(tmp_path, monkeypatch):
    """Tables as Parquet gives them (text columns dictionary-encoded in several chunks,
    dates, NaN and nulls) give the workbook of the same rows as plain values."""
    from datetime import date

    import pyarrow as pa

    from solieu import spreadsheet

    monkeypatch.setattr(spreadsheet, "BATCH", 64)
    schemas, tables = _random_rows(300, seed=11)
    schemas["t"]["fields"].append({"name": "e", "type": "date"})
    rows = tables["t"]
    for i, row in enumerate(rows):
        row["e"] = None if i % 5 == 0 else date(2020, 1, 1 + i % 28)
    names = [f["name"] for f in schemas["t"]["fields"]]

    def chunked(values, kind):
        half = len(values) // 2
        return pa.chunked_array([pa.array(values[:half], kind), pa.array(values[half:], kind)])

    text = pa.dictionary(pa.int32(), pa.string())
    arrow = pa.table({
        "a": chunked([r["a"] for r in rows], text),
        "b": chunked([float("nan") if r["b"] is None else r["b"] for r in rows], pa.float64()),
        "c": chunked([r["c"] for r in rows], pa.int64()),
        "d": chunked([r["d"] for r in rows], pa.string()),
        "e": chunked([r["e"] for r in rows], pa.date32())})
    quick, plain = tmp_path / "quick.xlsx", tmp_path / "plain.xlsx"
    spreadsheet.write_workbook(quick, "T", {"t": lambda: arrow, "u": pa.table(
        {"x": [r["x"] for r in tables["u"]]})}, schemas, "2026-01-02T03:04:05Z")
    plain_rows = [tuple(r[n].isoformat() if n == "e" and r[n] else r[n] for n in names)
                  for r in rows]
    spreadsheet.write_workbook(plain, "T", {"t": plain_rows, "u": [[r["x"]] for r in tables["u"]]},
                               schemas, "2026-01-02T03:04:05Z")
    assert quick.read_bytes() == plain.read_bytes()


def test_what_python_calls_space_lies_below_u10000():
    """xlsxwriter keeps a text's leading or trailing space (xml:space="preserve") by
    Python's ``\\s``; the quick path lists those characters from the first 65,536."""
    space = re.compile(r"\s")
    assert not [i for i in range(0x10000, 0x110000) if space.match(chr(i))]


def test_an_infinite_number_is_refused_with_its_field(tmp_path):
    from solieu.spreadsheet import write_workbook

    schemas = {"t": {"fields": [{"name": "v", "type": "number"}]}}
    with pytest.raises(ValueError, match=r"t\.v: inf"):
        write_workbook(tmp_path / "x.xlsx", "T", {"t": [[1.0], [float("inf")]]}, schemas,
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
    rows = ([n, f"w{n}"] for n in range(7))  # an iterator, as the published tables come
    path = tmp_path / "long.xlsx"
    write_workbook(path, "long", {"figures": rows, "sources": [["a"]]}, schemas,
                   "2026-01-01T00:00:00Z", rows_per_sheet=3)
    assert sheet_names(path) == ["fields", "figures", "figures (2)", "figures (3)", "sources"]
    with zipfile.ZipFile(path) as z:
        strings = re.findall(r"<t>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode())
        numbers, words = [], []
        for sheet in (2, 3, 4):  # sheet1 is the fields sheet
            xml = z.read(f"xl/worksheets/sheet{sheet}.xml").decode()
            header, *data = re.findall(r"<row [^>]*>(.*?)</row>", xml)
            assert [strings[int(i)] for i in re.findall(r'<v>(\d+)</v>', header)] \
                == ["n", "word"]
            assert 1 <= len(data) <= 3
            for row in data:
                number, word = re.findall(r"<v>(\d+)</v>", row)
                numbers.append(int(number))
                words.append(strings[int(word)])
    assert numbers == list(range(7))
    assert words == [f"w{n}" for n in range(7)]
