"""The `solieu` command as a user runs it: real processes, real files."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from solieu.extract import FIGURE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "raw" / "son-la-city" / "2022-annual-results.txt"


def solieu(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "solieu.cli", *map(str, args)],
                          capture_output=True, text=True, **kwargs)


def test_extract_csv_has_the_design_columns_and_the_source_text():
    run = solieu("extract", REPORT)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert list(rows[0]) == FIGURE_COLUMNS
    text = REPORT.read_text(encoding="utf-8")
    assert len(rows) > 50
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["surface"]
        assert row["source_id"] == "2022-annual-results"


def test_extract_json_and_table():
    records = json.loads(solieu("extract", REPORT, "--format", "json").stdout)
    assert records[0].keys() == set(FIGURE_COLUMNS)
    table = solieu("extract", REPORT, "--format", "table").stdout
    assert "figure_id" in table.splitlines()[0] and table.rstrip().endswith("figures")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", None),  # empty: a correct empty table
        ("Không có con số nào.".encode(), None),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "looks binary"),
        ("Thu ngân sách ".encode() + b"\xe0\xe1 t\xfd", "is not UTF-8"),
    ],
)
def test_bad_or_empty_input_gives_one_clear_line_or_an_empty_table(tmp_path, content, message):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    run = solieu("extract", path)
    assert "Traceback" not in run.stderr
    if message is None:
        assert run.returncode == 0
        assert run.stdout.strip() == ",".join(FIGURE_COLUMNS)
    else:
        assert run.returncode == 2
        assert str(path) in run.stderr and message in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1


def test_a_missing_file_and_a_folder(tmp_path):
    run = solieu("extract", tmp_path / "nope.txt")
    assert run.returncode == 2 and "no such file" in run.stderr and "Traceback" not in run.stderr
    run = solieu("extract", tmp_path)
    assert run.returncode == 2 and "is a folder" in run.stderr


@pytest.mark.slow
def test_a_50_mb_text_is_extracted_whole(tmp_path):
    text = REPORT.read_text(encoding="utf-8")
    copies = 50_000_000 // len(text.encode("utf-8")) + 1
    path = tmp_path / "big.txt"
    path.write_text("\n".join([text] * copies), encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    run = solieu("extract", path)
    assert run.returncode == 0, run.stderr[-2000:]
    per_copy = len(solieu("extract", REPORT).stdout.splitlines()) - 1
    assert len(run.stdout.splitlines()) - 1 == per_copy * copies


def test_help_lists_every_command():
    out = solieu("--help").stdout
    for command in ("run", "extract", "indicators", "validate", "verify"):
        assert command in out
