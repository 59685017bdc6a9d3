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
