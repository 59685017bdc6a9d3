"""Publishing: versions, diffs, safety under kills and concurrency, verify, reproducibility.

Tables are built by hand from a tiny dataset so that every expectation below is known
from the input, not copied from the code's output.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from solieu.ledger import read_ledger
from solieu.package import TABLES, arrow_schema, table_schema
from solieu.publish import publish
from solieu.sources import Dataset, Source, sha256_text
from solieu.verify import verify, verify_command
from solieu.versions import bump, parse_version

ROOT = Path(__file__).resolve().parents[1]  # this checkout: its raw/ and published/
STANDARDS = Path(__file__).parent / "standards"

TEXT = (
    "Tổng thu ngân sách thành phố năm 2022 đạt 1.178 tỷ đồng, tăng 6,2% so với năm 2021. "
    "Toàn thành phố có 35 chi bộ."
)
TEXT_2 = "Năm 2023 thu ngân sách đạt 1.250 tỷ đồng."

META = {
    "name": "tiny-city",
    "title_vi": "Số liệu thành phố nhỏ",
    "title_en": "Figures of a tiny city",
    "description_vi": "Bộ dữ liệu thử.",
    "description_en": "A test dataset.",
    "geography": "Thành phố Nhỏ",
    "license": "CC-BY-4.0",
    "keywords": ["test"],
}


def source(source_id: str, text: str, period: str) -> Source:
    meta = {"title": f"Báo cáo {period}", "publisher": None, "url": None,
            "geography": "Thành phố Nhỏ", "period": period, "language": "vi",
            "retrieved": None, "license": None, "sha256": sha256_text(text)}
    return Source(source_id=source_id, text=text, meta=meta, path=Path(f"{source_id}.txt"))


def make_dataset(two_sources: bool = False) -> Dataset:
    sources = [source("2022-report", TEXT, "2022")]
    if two_sources:
        sources.append(source("2023-report", TEXT_2, "2023"))
    return Dataset(name="tiny-city", meta=dict(META), sources=sources)


def figure(src: Source, n: int, surface: str, value: float, unit: str, kind: str,
           counted: str | None = None, base: str | None = None) -> dict:
    start = src.text.index(surface)
    sentence = src.text[: src.text.index(".", start + len(surface)) + 1].split(". ")[-1]
    return {
        "figure_id": f"{src.source_id}-{n:04d}", "source_id": src.source_id,
        "start": start, "end": start + len(surface), "surface": surface, "value": value,
        "value_max": None, "denominator": None, "unit": unit, "counted": counted,
        "qualifier": "exact", "kind": kind, "direction": None, "base": base, "role": "actual",
        "sector": "budget", "period": None, "subject": "thu ngân sách", "sentence": sentence,
    }


def make_tables(dataset: Dataset) -> dict[str, pd.DataFrame]:
    """The four tables of the tiny dataset, as the pipeline would build them."""
    sources, figures, observations = [], [], []
    for s in dataset.sources:
        sources.append({"source_id": s.source_id, "title": s.meta["title"], "publisher": None,
                        "url": None, "geography": s.meta["geography"],
                        "period": s.meta["period"], "language": "vi", "license": None,
                        "retrieved": None, "sha256": s.sha256, "chars": len(s.text),
                        "format": "txt", "original_sha256": s.sha256, "converter": s.converter})
    s1 = dataset.sources[0]
    figures += [
        figure(s1, 1, "1.178", 1178e9, "VND", "amount"),
        figure(s1, 2, "6,2%", 6.2, "percent", "growth", base="2021"),
        figure(s1, 3, "35", 35, "count", "count", counted="chi bộ"),
    ]
    observations.append({"indicator_id": "budget_revenue", "geography": "Thành phố Nhỏ",
                         "geography_code": "pre2025:116", "period": "2022", "role": "actual",
                         "value": 1178e9, "unit": "VND",
                         "qualifier": "exact", "base": None, "source_id": s1.source_id,
                         "figure_id": "2022-report-0001"})
    if len(dataset.sources) > 1:
        s2 = dataset.sources[1]
        figures.append(figure(s2, 1, "1.250", 1250e9, "VND", "amount"))
        observations.append({"indicator_id": "budget_revenue", "geography": "Thành phố Nhỏ",
                             "geography_code": "pre2025:116", "period": "2023",
                             "role": "actual", "value": 1250e9, "unit": "VND",
                             "qualifier": "exact", "base": None, "source_id": s2.source_id,
                             "figure_id": "2023-report-0001"})
    indicators = [{"indicator_id": "budget_revenue", "name_vi": "Tổng thu ngân sách",
                   "name_en": "Total budget revenue", "sector": "budget", "unit": "VND",
                   "description": "Thu ngân sách trên địa bàn <b>&</b>", "part_of": None,
                   "headline": 1}]
    return {"sources": pd.DataFrame(sources), "figures": pd.DataFrame(figures),
            "indicators": pd.DataFrame(indicators), "observations": pd.DataFrame(observations)}


def tree(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under a folder."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def published(tmp_path: Path) -> Path:
    return tmp_path / "published"


# --- version numbers --------------------------------------------------------------

@pytest.mark.parametrize("previous, level, expected", [
    (None, "major", "1.0.0"), ("1.0.0", "patch", "1.0.1"), ("1.0.9", "patch", "1.0.10"),
    ("1.9.3", "minor", "1.10.0"), ("2.3.4", "major", "3.0.0"),
])
def test_bump(previous, level, expected):
    assert bump(previous, level) == expected


def test_versions_sort_numerically_not_as_text():
    assert sorted(["1.10.0", "1.9.0", "1.2.0"], key=parse_version) == ["1.2.0", "1.9.0", "1.10.0"]
    assert parse_version("latest") is None


# --- publishing -------------------------------------------------------------------

def test_first_publish_writes_a_complete_version_and_second_is_up_to_date(published):
    ds = make_dataset()
    first = publish(ds, make_tables(ds), published)
    assert first.status == "published" and first.version == "1.0.0"
    folder = published / "tiny-city" / "1.0.0"
    for name in ["datapackage.json", "data/figures.csv", "data/observations.parquet",
                 "validation.json", "README.md", "CITATION.cff", "SHA256SUMS",
                 "CHANGELOG.md", "changes.json"]:
        assert (folder / name).is_file(), name
    assert (published / "tiny-city" / "tiny-city-1.0.0.zip").is_file()
    assert tree(published / "tiny-city" / "latest") == tree(folder)
    assert json.loads((folder / "datapackage.json").read_text())["version"] == "1.0.0"

    again = publish(ds, make_tables(ds), published)
    assert again.status == "up_to_date" and again.version == "1.0.0"
    assert "up to date" in again.summary
    assert visible(published / "tiny-city") == ["1.0.0", "latest", "ledger.jsonl", "releases.json",
                                                "tiny-city-1.0.0.zip"]
    assert verify(published) == []


def test_same_input_gives_byte_identical_files(tmp_path):
    ds = make_dataset()
    a, b = tmp_path / "a", tmp_path / "b"
    publish(ds, make_tables(ds), a)
    # The release time is recorded once, in the release record: the same record and the
    # same input give the same bytes.
    for folder in ("tiny-city", "panel"):
        (b / folder).mkdir(parents=True)
        shutil.copy(a / folder / "releases.json", b / folder / "releases.json")
    publish(ds, make_tables(ds), b)
    assert tree(a / "tiny-city") == tree(b / "tiny-city")
    assert (a / "catalog.json").read_bytes() == (b / "catalog.json").read_bytes()
    assert (a / "index.html").read_bytes() == (b / "index.html").read_bytes()


def test_changed_value_is_a_patch_listed_old_to_new(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    tables = make_tables(ds)
    tables["observations"].loc[0, "value"] = 1179e9
    result = publish(ds, tables, published, release_note="Sửa số thu <ngân sách>")
    assert result.status == "published" and result.version == "1.0.1"
    changes = json.loads((published / "tiny-city" / "1.0.1" / "changes.json").read_text())
    assert changes["level"] == "patch" and changes["previous_version"] == "1.0.0"
    assert changes["tables"]["observations"]["changed"] == [{
        "key": {"indicator_id": "budget_revenue", "geography": "Thành phố Nhỏ",
                "period": "2022", "role": "actual", "source_id": "2022-report"},
        "field": "value", "old": 1178e9, "new": 1179e9}]
    assert changes["release_note"] == "Sửa số thu <ngân sách>"
    log = (published / "tiny-city" / "1.0.1" / "CHANGELOG.md").read_text()
    assert "## 1.0.1" in log and "## 1.0.0" in log and "Sửa số thu" in log
    entry = log[: log.index("## 1.0.0")]
    # The summary first: the note, counts per table, the headline value old -> new ...
    summary = entry[: entry.index("### All changes")]
    assert "| observations | 0 | 0 | 1 |" in summary
    assert ("- Tổng thu ngân sách / Total budget revenue, Thành phố Nhỏ, 2022: "
            "`1178000000000` → `1179000000000` VND") in summary
    assert summary.index("Sửa số thu") < summary.index("| observations")
    # ... then the full list, values as the CSV writes them (no "1178000000000.0").
    assert "value `1178000000000` → `1179000000000`" in entry[len(summary):]
    assert ".0`" not in log and "\\" not in log
    # The old version is untouched; latest/ follows the new one.
    assert json.loads((published / "tiny-city" / "1.0.0" / "datapackage.json")
                      .read_text())["version"] == "1.0.0"
    assert tree(published / "tiny-city" / "latest") == tree(published / "tiny-city" / "1.0.1")
    assert verify(published) == []


def test_metadata_change_is_a_patch(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    ds.meta["description_en"] = "A better description."
    result = publish(ds, make_tables(ds), published)
    assert result.version == "1.0.1"
    assert {"path": "/description", "old": "A test dataset.",
            "new": "A better description."} in result.changes["metadata"]


def test_changed_checks_file_is_a_patch(published, tmp_path):
    """checks.yaml travels with the package as a file: a new one is a new version."""
    from solieu import SCHEMAS

    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    schemas = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, schemas)
    with open(schemas / "checks.yaml", "a", encoding="utf-8") as f:
        f.write("# a reviewed change to the checks\n")
    result = publish(ds, make_tables(ds), published, schemas=schemas)
    assert result.version == "1.0.1"
    assert [m["path"] for m in result.changes["metadata"]] == ["/resources/checks/hash"]


def test_added_source_is_a_minor(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    ds2 = make_dataset(two_sources=True)
    result = publish(ds2, make_tables(ds2), published)
    assert result.status == "published" and result.version == "1.1.0"
    counts = result.changes["counts"]
    assert counts["sources"]["added"] == 1 and counts["observations"]["added"] == 1
    assert counts["figures"] == {"added": 1, "removed": 0, "changed": 0}
    added = result.changes["tables"]["sources"]["added"]
    assert [r["source_id"] for r in added] == ["2023-report"]


def test_renumbered_figures_are_matched_on_content(published):
    """A figure found earlier in the text shifts every figure id; the diff still lists
    one figure added, not every later figure changed."""
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    tables = make_tables(ds)
    extra = figure(ds.sources[0], 1, "2022", 2022, "year", "other")
    figures = pd.concat([pd.DataFrame([extra]), tables["figures"]], ignore_index=True)
    figures["figure_id"] = [f"2022-report-{n:04d}" for n in range(1, len(figures) + 1)]
    tables["figures"] = figures
    tables["observations"].loc[0, "figure_id"] = "2022-report-0002"
    result = publish(ds, tables, published)
    diff = result.changes["tables"]["figures"]
    assert [r["surface"] for r in diff["added"]] == ["2022"]
    assert diff["removed"] == [] and diff["changed"] == []
    assert result.version == "1.1.0"


def test_changed_field_type_is_a_major(published, monkeypatch):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    # The chars column becomes a number (float) column in the schema: readers break.
    import solieu.package as package

    load = package._load_schema
    changed = json.loads(json.dumps(load("sources")))
    next(f for f in changed["fields"] if f["name"] == "chars")["type"] = "number"
    monkeypatch.setattr(package, "_load_schema",
                        lambda name: changed if name == "sources" else load(name))
    result = publish(ds, make_tables(ds), published)
    assert result.version == "2.0.0"
    assert result.changes["schema"]["types_changed"] == [
        {"table": "sources", "field": "chars", "old": "integer", "new": "number"}]
    assert pq.read_schema(published / "tiny-city" / "2.0.0" / "data" / "sources.parquet"
                          ).field("chars").type == "double"


def test_dry_run_writes_nothing(published):
    ds = make_dataset()
    result = publish(ds, make_tables(ds), published, dry_run=True)
    assert result.status == "dry_run" and result.version == "1.0.0"
    assert visible(published / "tiny-city") == []


def test_invalid_tables_go_to_quarantine_and_publish_nothing(tmp_path):
    published = tmp_path / "published"
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    before = tree(published)
    tables = make_tables(ds)
    tables["observations"].loc[0, "indicator_id"] = "no_such_indicator"  # broken foreign key
    result = publish(ds, tables, published)
    assert result.status == "rejected" and result.version is None
    assert not result.report.valid
    assert tree(published) == before
    quarantine = tmp_path / "quarantine" / "tiny-city"  # beside published/, by default
    [kept] = list(quarantine.iterdir())
    assert result.path == kept
    assert (kept / "validation.json").is_file() and (kept / "data" / "observations.csv").is_file()
    assert "no_such_indicator" in (kept / "data" / "observations.csv").read_text()


def test_bad_tables_raise_a_clear_error_and_leave_nothing(published):
    from solieu.sources import InputError

    ds = make_dataset()
    tables = make_tables(ds)
    tables["figures"]["start"] = tables["figures"]["start"].astype(object)
    tables["figures"].loc[0, "start"] = "abc"
    with pytest.raises(InputError, match=r"figures table, row \d+.*'start'"):
        publish(ds, tables, published)
    assert visible(published / "tiny-city") == []


def test_quarantine_folder_can_be_chosen(tmp_path):
    ds = make_dataset()
    tables = make_tables(ds)
    tables["observations"].loc[0, "indicator_id"] = "no_such_indicator"
    result = publish(ds, tables, tmp_path / "published", quarantine=tmp_path / "rejected")
    assert result.status == "rejected"
    assert result.path.parent == tmp_path / "rejected" / "tiny-city"
    report = json.loads((result.path / "validation.json").read_text())
    assert report["valid"] is False and report["errors"] >= 1


# --- what researchers get -------------------------------------------------------

def test_frictionless_validates_the_published_package(published):
    from frictionless import Package, validate

    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    descriptor = published / "tiny-city" / "1.0.0" / "datapackage.json"
    report = validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert Package(str(descriptor)).get_resource("observations").read_rows()[0]["value"] == 1178e9


def v2_profile_problems(descriptor: Path) -> list[str]:
    """What the official Data Package v2 profile (vendored in tests/standards) finds
    wrong in a datapackage.json."""
    import jsonschema

    profile = json.loads((STANDARDS / "datapackage-2.0.schema.json").read_text())
    data = json.loads(descriptor.read_text(encoding="utf-8"))
    assert data["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in jsonschema.Draft7Validator(profile).iter_errors(data)]


def test_datapackage_is_valid_against_the_official_v2_profile(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    assert v2_profile_problems(published / "tiny-city" / "1.0.0" / "datapackage.json") == []


def test_a_file_typed_resource_fails_the_v2_profile(published):
    """The check can fail: v2 allows no resource type but "table"."""
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    descriptor = published / "tiny-city" / "1.0.0" / "datapackage.json"
    data = json.loads(descriptor.read_text())
    data["resources"][-1]["type"] = "file"
    broken = published / "broken.json"
    broken.write_text(json.dumps(data))
    assert any("'file' is not one of ['table']" in p for p in v2_profile_problems(broken))


def test_parquet_has_the_declared_types_in_pandas_and_pyarrow(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    data = published / "tiny-city" / "1.0.0" / "data"
    for table in TABLES:
        assert pq.read_schema(data / f"{table}.parquet").remove_metadata() == arrow_schema(table)
        frame = pd.read_parquet(data / f"{table}.parquet")
        assert list(frame.columns) == [f["name"] for f in table_schema(table)["fields"]]
    figures = pd.read_parquet(data / "figures.parquet")
    assert figures["start"].dtype == "int64" and figures["value"].dtype == "float64"
    assert figures["value"].tolist() == [1178e9, 6.2, 35.0]


def test_zip_unpacks_to_the_same_files_as_the_folder(published, tmp_path):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    with zipfile.ZipFile(published / "tiny-city" / "tiny-city-1.0.0.zip") as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        zf.extractall(tmp_path / "unzipped")
    assert tree(tmp_path / "unzipped" / "tiny-city-1.0.0") == tree(
        published / "tiny-city" / "1.0.0")


def test_a_new_version_s_zip_reuses_unchanged_entries_and_is_the_same_bytes(published,
                                                                             monkeypatch):
    """The entries of files unchanged since the previous version take that zip's
    deflated bytes (counted), and the zip is byte for byte the one made from scratch;
    a previous zip made by another deflate is not reused."""
    from solieu import files

    counts = []
    real = files.write_zip
    monkeypatch.setattr("solieu.publish.write_zip",
                        lambda *a: counts.append(real(*a)) or counts[-1])
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    ds2 = make_dataset(two_sources=True)
    publish(ds2, make_tables(ds2), published)
    dataset_dir = published / "tiny-city"
    made = dataset_dir / "tiny-city-1.1.0.zip"
    assert counts[0] == 0 and counts[1] >= 2  # the first text, checks.yaml, ...
    fresh = dataset_dir.parent / "fresh.zip"
    assert real(dataset_dir / "1.1.0", fresh, "tiny-city-1.1.0") == 0
    assert fresh.read_bytes() == made.read_bytes()
    previous = (dataset_dir / "1.0.0", dataset_dir / "tiny-city-1.0.0.zip", "tiny-city-1.0.0")
    again = dataset_dir.parent / "again.zip"
    assert real(dataset_dir / "1.1.0", again, "tiny-city-1.1.0", previous) == counts[1]
    assert again.read_bytes() == made.read_bytes()
    # A previous zip deflated otherwise (level 1 here): its entries are not taken.
    other = dataset_dir.parent / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        for rel in files.package_files(dataset_dir / "1.0.0"):
            zf.writestr(f"tiny-city-1.0.0/{rel}", (dataset_dir / "1.0.0" / rel).read_bytes(),
                        compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    assert real(dataset_dir / "1.1.0", again, "tiny-city-1.1.0",
                (previous[0], other, previous[2])) == 0
    assert again.read_bytes() == made.read_bytes()


def test_sha256sums_is_sorted_and_covers_every_other_file(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    folder = published / "tiny-city" / "1.0.0"
    lines = (folder / "SHA256SUMS").read_text().splitlines()
    paths = [line.split("  ", 1)[1] for line in lines]
    assert paths == sorted(paths)
    assert set(paths) == set(tree(folder)) - {"SHA256SUMS"}
    for line in lines:
        digest, rel = line.split("  ", 1)
        assert hashlib.sha256((folder / rel).read_bytes()).hexdigest() == digest


def test_citation_cff_is_valid_against_the_official_cff_1_2_0_schema(published):
    import jsonschema
    import yaml

    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    cff = yaml.safe_load((published / "tiny-city" / "1.0.0" / "CITATION.cff").read_text())
    schema = json.loads((STANDARDS / "cff-1.2.0.schema.json").read_text())
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(cff)
    released = json.loads((published / "tiny-city" / "releases.json").read_text())["1.0.0"]
    assert cff["version"] == "1.0.0" and cff["license"] == "CC-BY-4.0"
    assert str(cff["date-released"]) == released[:10]  # the recorded release, not a source date
    assert cff["authors"] == [{"name": "solieu"}]  # the publisher of the data
    assert cff["references"][0]["title"] == "Báo cáo 2022"  # the report it was read from


def test_readme_documents_every_table_and_field(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    readme = (published / "tiny-city" / "1.0.0" / "README.md").read_text()
    for table in TABLES:
        assert f"`{table}`" in readme
        for f in table_schema(table)["fields"]:
            assert f"| `{f['name']}` |" in readme
            described = f["description_vi"].split(";")[0].replace("|", "\\|")
            assert described.replace("<", "&lt;").replace(">", "&gt;") in readme
    assert "pd.read_parquet" in readme and "CITATION.cff" in readme
    assert "đồng" in readme and "`VND`" in readme


def test_catalog_lists_every_file_of_every_version_with_bytes_and_hash(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    ds2 = make_dataset(two_sources=True)
    publish(ds2, make_tables(ds2), published)
    catalog = json.loads((published / "catalog.json").read_text())
    [entry] = catalog["datasets"]
    assert entry["latest"] == "1.1.0" and entry["title_vi"] == META["title_vi"]
    assert [v["version"] for v in entry["versions"]] == ["1.1.0", "1.0.0"]
    for v in entry["versions"]:
        folder = published / "tiny-city" / v["version"]
        assert {f["path"]: f["sha256"] for f in v["files"]} == {
            f"tiny-city/{v['version']}/{rel}": digest for rel, digest in tree(folder).items()}
        for f in v["files"]:
            assert (published / f["path"]).stat().st_size == f["bytes"]
        zip_path = published / v["zip"]["path"]
        assert v["zip"]["sha256"] == hashlib.sha256(zip_path.read_bytes()).hexdigest()


# --- verify -----------------------------------------------------------------------

def test_verify_names_a_tampered_file(published, capsys):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    assert verify_command(published) == 0
    assert capsys.readouterr().out.startswith("OK: ")
    csv = published / "tiny-city" / "1.0.0" / "data" / "observations.csv"
    csv.write_text(csv.read_text().replace("1178000000000", "9178000000000"))
    problems = verify(published)
    # latest/ holds hard links to the newest version's files: the same file, named twice.
    assert any("tiny-city/1.0.0/data/observations.csv" in p for p in problems)
    assert all(p.startswith(("tiny-city/1.0.0/data/observations.csv",
                             "tiny-city/latest/data/observations.csv")) for p in problems)
    assert verify_command(published) == 1
    assert "tiny-city/1.0.0/data/observations.csv" in capsys.readouterr().out


def test_verify_names_an_added_file_and_a_damaged_latest(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    (published / "tiny-city" / "1.0.0" / "notes.txt").write_text("hi")
    (published / "tiny-city" / "latest" / "README.md").write_text("gone")
    problems = "\n".join(verify(published))
    assert "tiny-city/1.0.0/notes.txt" in problems
    assert "tiny-city/latest/README.md" in problems


def test_verify_names_a_version_missing_from_the_catalog(published):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    catalog = json.loads((published / "catalog.json").read_text())
    catalog["datasets"][0]["versions"] = []
    (published / "catalog.json").write_text(json.dumps(catalog))
    assert verify(published) == [
        "catalog.json: does not list tiny-city 1.0.0; rewrite it with "
        "solieu.publish.update_catalog (any pipeline run does)."]
    from solieu.publish import update_catalog

    update_catalog(published)
    assert verify(published) == []


# --- safety: kills and concurrency --------------------------------------------------

# A publisher in a process of its own. Its checkpoint stops at the step named in
# argv[3]: it says PAUSED <step> and goes on when a line (or end of file) comes on stdin.
RUNNER = """
import logging, pickle, sys
from pathlib import Path
logging.basicConfig(level=logging.INFO)
sys.path.insert(0, {tests!r})
from solieu.publish import publish

def pause_at(name):
    if name == sys.argv[3]:
        print("PAUSED", name, flush=True)
        sys.stdin.readline()

dataset, tables = pickle.loads(Path(sys.argv[1]).read_bytes())
result = publish(dataset, tables, Path(sys.argv[2]), checkpoint=pause_at)
print("RESULT", result.status, result.version, flush=True)
"""


def start_publisher(tmp_path: Path, published: Path, dataset: Dataset, tables: dict,
                    pause: str | None = None) -> subprocess.Popen:
    job = tmp_path / f"job-{os.urandom(4).hex()}.pickle"
    job.write_bytes(pickle.dumps((dataset, tables)))
    code = RUNNER.format(tests=str(Path(__file__).parent))
    return subprocess.Popen([sys.executable, "-c", code, str(job), str(published), pause or ""],
                            stdin=subprocess.PIPE if pause else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


KILL_POINTS = ["locked", "staged", "finished", "zipped", "ledger_staged", "zip_placed",
               "renamed", "ledger_written", "latest_copied", "latest_swapped",
               "catalog_written"]
COMPLETE_AT = {"renamed", "ledger_written", "latest_copied", "latest_swapped", "catalog_written"}


@pytest.mark.slow
@pytest.mark.parametrize("point", KILL_POINTS)
def test_sigkill_at_any_point_leaves_previous_state_intact(tmp_path, published, point):
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    before_latest = tree(published / "tiny-city" / "latest")
    before_v1 = tree(published / "tiny-city" / "1.0.0")
    changed = make_tables(ds)
    changed["observations"].loc[0, "value"] = 1179e9

    proc = start_publisher(tmp_path, published, ds, changed, pause=point)
    assert proc.stdout.readline().strip() == f"PAUSED {point}", proc.stderr.read()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    dataset_dir = published / "tiny-city"
    assert tree(dataset_dir / "1.0.0") == before_v1
    versions = [p for p in visible(dataset_dir) if parse_version(p)]
    before_ledger = ["1.0.0"]
    if point in COMPLETE_AT:
        # The version was complete when the kill came: it stays, whole.
        assert versions == ["1.0.0", "1.0.1"]
        assert tree(dataset_dir / "1.0.1")["SHA256SUMS"]
    else:
        assert versions == ["1.0.0"]
    if point not in ("latest_swapped", "catalog_written"):
        assert tree(dataset_dir / "latest") == before_latest
    recorded = [e.version for e in read_ledger(dataset_dir)]
    assert recorded == (["1.0.0", "1.0.1"] if point in COMPLETE_AT - {"renamed"}
                        else before_ledger)
    if point in ("locked", "staged", "finished", "zipped"):
        # What the killed run left is in dot-folders, which verify and the catalog skip.
        assert verify(published) == []

    # The next run cleans up and ends with 1.0.1 complete, latest/ and catalog in step.
    result = publish(ds, changed, published)
    assert result.version == "1.0.1"
    assert not [p for p in dataset_dir.iterdir() if p.name.startswith(".")]
    assert tree(dataset_dir / "latest") == tree(dataset_dir / "1.0.1")
    assert verify(published) == []
    assert json.loads((published / "catalog.json").read_text())["datasets"][0]["latest"] == "1.0.1"
    assert [e.version for e in read_ledger(dataset_dir)] == ["1.0.0", "1.0.1"]
    assert not (dataset_dir / "ledger.jsonl.next").exists()


@pytest.mark.slow
def test_second_publisher_waits_for_the_first_then_is_up_to_date(tmp_path, published):
    ds = make_dataset()
    tables = make_tables(ds)
    first = start_publisher(tmp_path, published, ds, tables, pause="staged")
    assert first.stdout.readline().strip() == "PAUSED staged"
    second = start_publisher(tmp_path, published, ds, tables)
    assert "another publish is running" in second.stderr.readline()
    first.stdin.write("\n")  # let the first one finish
    first.stdin.flush()
    out1, err1 = first.communicate(timeout=60)
    out2, err2 = second.communicate(timeout=60)
    assert "RESULT published 1.0.0" in out1, err1
    assert "RESULT up_to_date 1.0.0" in out2, err2
    assert [p for p in visible(published / "tiny-city") if parse_version(p)] == ["1.0.0"]
    assert verify(published) == []


@pytest.mark.slow
def test_a_killed_lock_holder_does_not_block_the_next_run(tmp_path, published):
    ds = make_dataset()
    tables = make_tables(ds)
    first = start_publisher(tmp_path, published, ds, tables, pause="staged")
    assert first.stdout.readline().strip() == "PAUSED staged"
    second = start_publisher(tmp_path, published, ds, tables)
    assert "another publish is running" in second.stderr.readline()
    os.kill(first.pid, signal.SIGKILL)  # the OS drops its lock with it
    first.wait()
    out, err = second.communicate(timeout=60)
    assert "RESULT published 1.0.0" in out, err
    assert [p for p in visible(published / "tiny-city") if parse_version(p)] == ["1.0.0"]
    assert verify(published) == []


@pytest.mark.slow
def test_two_concurrent_publishes_without_pauses(tmp_path, published):
    ds = make_dataset()
    tables = make_tables(ds)
    procs = [start_publisher(tmp_path, published, ds, tables) for _ in range(2)]
    results = sorted(p.communicate(timeout=60)[0].strip().splitlines()[-1] for p in procs)
    assert results == ["RESULT published 1.0.0", "RESULT up_to_date 1.0.0"]
    assert [p for p in visible(published / "tiny-city") if parse_version(p)] == ["1.0.0"]
    assert verify(published) == []


# --- the committed open-data folder --------------------------------------------------

def committed_versions(dataset_dir: Path) -> list[Path]:
    """The version folders of a dataset in published/, oldest first."""
    if not dataset_dir.is_dir():
        return []
    return sorted((v for v in dataset_dir.iterdir() if v.is_dir() and parse_version(v.name)),
                  key=lambda v: parse_version(v.name))


def raw_datasets() -> list[str]:
    from solieu.sources import dataset_dirs

    return [d.name for d in dataset_dirs(ROOT / "raw")]


def test_committed_published_folder_verifies():
    if not any(committed_versions(ROOT / "published" / n) for n in raw_datasets()):
        pytest.skip("published/ holds no version yet (the first one is published by `make run`)")
    assert verify(ROOT / "published") == []


@pytest.mark.parametrize("name", raw_datasets())
def test_committed_versions_meet_plain_frictionless_and_the_newest_the_v2_profile(name):
    # Versions are immutable: those published before the v2 profile was met (1.0.x listed
    # non-table files as "type": "file") stay as they were; every new one meets it.
    from frictionless import validate

    versions = committed_versions(ROOT / "published" / name)
    if not versions:
        pytest.skip(f"published/{name} holds no version yet")
    assert v2_profile_problems(versions[-1] / "datapackage.json") == [], versions[-1].name
    for v in versions:
        report = validate(str(v / "datapackage.json"))
        assert report.valid, (v.name, report.flatten(["rowNumber", "fieldName", "type"]))


def reproduce(raw_dir: Path, dataset_dir: Path, into: Path) -> None:
    """Run the plain pipeline on ``raw_dir`` over a copy of ``dataset_dir`` without its
    newest version; assert it writes that version again, byte for byte."""
    from solieu import pipeline
    from solieu.settings import Settings

    *older, newest = committed_versions(dataset_dir)
    copy = into / dataset_dir.name
    copy.mkdir(parents=True)
    for v in older:
        shutil.copytree(v, copy / v.name)
        shutil.copy2(dataset_dir / f"{dataset_dir.name}-{v.name}.zip", copy)
    if (dataset_dir / "releases.json").exists():  # when each version was released
        shutil.copy(dataset_dir / "releases.json", copy / "releases.json")
    shutil.copytree(dataset_dir / "latest", copy / "latest")  # of the newest: rebuilt
    lines = (dataset_dir / "ledger.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (copy / "ledger.jsonl").write_text("".join(lines[:len(older)]), encoding="utf-8")
    note = json.loads((newest / "changes.json").read_text(encoding="utf-8"))["release_note"]
    settings = Settings.for_root(raw_dir.parent.parent, raw=raw_dir.parent, published=into)
    [result] = pipeline.run(settings, [raw_dir.name], release_note=note)
    assert result["status"] == "published", result["summary"]
    assert result["version"] == newest.name
    zip_name = f"{dataset_dir.name}-{newest.name}.zip"
    workbook = f"data/{dataset_dir.name}.xlsx"
    if not _placed_cells(newest / workbook):
        assert tree(copy / newest.name) == tree(newest)
        assert (copy / zip_name).read_bytes() == (dataset_dir / zip_name).read_bytes()
        assert (copy / "ledger.jsonl").read_bytes() == (dataset_dir / "ledger.jsonl").read_bytes()
        return
    # Published before the workbook's rows were made without places and with their
    # texts inline: every other file byte for byte, the workbook cell for cell.
    from test_spreadsheet import read_workbook

    made, committed = tree(copy / newest.name), tree(newest)
    assert {k for k in made.keys() | committed.keys() if made.get(k) != committed.get(k)} \
        <= {workbook, "SHA256SUMS"}
    assert read_workbook(copy / newest.name / workbook) == read_workbook(newest / workbook)
    with zipfile.ZipFile(copy / zip_name) as a, zipfile.ZipFile(dataset_dir / zip_name) as b:
        assert a.namelist() == b.namelist()
        assert [(i.filename, i.CRC) for i in a.infolist() if not i.filename.endswith(
            (".xlsx", "SHA256SUMS"))] == [(i.filename, i.CRC) for i in b.infolist()
                                          if not i.filename.endswith((".xlsx", "SHA256SUMS"))]
    lines = (copy / "ledger.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines[:-1] == (dataset_dir / "ledger.jsonl").read_text(encoding="utf-8").splitlines()[:-1]


def _placed_cells(workbook: Path) -> bool:
    """Whether a workbook's table rows name their cells' places (as the workbooks made
    before the rows were made without them did)."""
    with zipfile.ZipFile(workbook) as z:
        return '<c r="A2"' in z.read("xl/worksheets/sheet2.xml").decode("utf-8")


@pytest.mark.parametrize("name", raw_datasets())
def test_pipeline_on_raw_reproduces_the_committed_latest_version(name, tmp_path):
    dataset_dir = ROOT / "published" / name
    if not committed_versions(dataset_dir):
        pytest.skip(f"published/{name} holds no version yet (`make run` publishes the first)")
    reproduce(ROOT / "raw" / name, dataset_dir, tmp_path / "published")


def test_a_key_column_added_in_a_new_version_still_matches_the_older_rows():
    """observations.role joined the row key in 1.1.0: rows of 1.0.x, which have no role,
    are matched on the key columns both versions have, not removed and added again."""
    import pyarrow as pa

    from solieu.diff import diff_rows

    old = [{"indicator_id": "a", "geography": "g", "period": "2022", "source_id": "s",
            "value": 1.0}]
    new = [{**old[0], "role": "actual", "value": 2.0}]
    common = ["indicator_id", "geography", "period", "source_id", "value"]
    d = diff_rows("observations", pa.Table.from_pylist(old), pa.Table.from_pylist(new),
                  table_schema("observations"), common)
    assert d["added"] == [] and d["removed"] == []
    assert [(c["field"], c["old"], c["new"]) for c in d["changed"]] == [("value", 1.0, 2.0)]
