"""Incremental runs: a report's results are made once and kept; an unchanged run does
no per-report work; a changed report costs itself; a bad report holds back only itself."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
import yaml

from solieu.diff import diff_packages
from solieu.incremental import Incremental
from solieu.indicator_catalog import load_indicator_catalog
from solieu.publish import publish
from solieu.sources import load_dataset, sha256_text
from solieu.tables import build_tables

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.corpus import recombined, sentences  # noqa: E402

SON_LA = Path(__file__).resolve().parents[1] / "raw" / "son-la-city"
AMBIGUOUS = ("Tổng thu ngân sách thành phố năm 2022 đạt 1.178 tỷ đồng. "
             "Tổng thu ngân sách thành phố đạt 1.180 tỷ đồng.\n")


def report(seed: int, n: int = 25) -> str:
    """Sentences of the Sơn La report in a random order (no indicator ambiguous)."""
    return recombined(sentences((SON_LA / "2022-annual-results.txt").read_text("utf-8")), seed, n)


def write_report(folder: Path, source_id: str, text: str) -> None:
    meta = yaml.safe_load((SON_LA / "2022-annual-results.yaml").read_text("utf-8"))
    (folder / f"{source_id}.txt").write_text(text, encoding="utf-8")
    side = {**meta, "title": f"Báo cáo {source_id}", "sha256": sha256_text(text),
            "original_sha256": sha256_text(text)}  # a UTF-8 NFC file is its own text
    (folder / f"{source_id}.yaml").write_text(yaml.safe_dump(side, allow_unicode=True),
                                              encoding="utf-8")


def make_raw(root: Path, n: int = 4, name: str = "many") -> Path:
    folder = root / "raw" / name
    folder.mkdir(parents=True)
    dataset = yaml.safe_load((SON_LA / "dataset.yaml").read_text("utf-8"))
    (folder / "dataset.yaml").write_text(yaml.safe_dump({**dataset, "name": name},
                                                        allow_unicode=True), encoding="utf-8")
    for i in range(n):
        write_report(folder, f"r{i}", report(i))
    return folder


def run(folder: Path, root: Path, *, force: bool = False):
    """One run of a dataset as the pipeline does it: fingerprint, build, publish, remember."""
    catalog = load_indicator_catalog()
    inc = Incremental(root / "state", catalog)
    published = root / "published"
    inputs = inc.fingerprint(folder)
    record = None if force else inc.unchanged(folder.name, inputs, published)
    if record is not None:
        return inc, record, None
    build = inc.build(load_dataset(folder), published, inputs, force=force)
    result = publish(build.dataset, build.tables, published,
                     quarantine=root / "quarantine", changed_sources=build.changed_sources,
                     checked=build.checked)
    inc.remember(build, result.status, result.version, published)
    inc.quarantine(build, root / "quarantine")
    return inc, build, result


def test_the_tables_are_those_of_a_build_from_scratch(tmp_path):
    folder = make_raw(tmp_path)
    _, build, result = run(folder, tmp_path)
    assert result.status == "published"
    fresh = build_tables(load_dataset(folder))
    for name, table in fresh.items():
        pd.testing.assert_frame_equal(build.tables[name], table, check_dtype=False)
    # ... and so are they read back from the store.
    _, again, _ = run(folder, tmp_path, force=True)
    for name, table in fresh.items():
        pd.testing.assert_frame_equal(again.tables[name], table, check_dtype=False)


def test_an_unchanged_run_touches_no_per_report_result(tmp_path):
    folder = make_raw(tmp_path)
    inc, build, _ = run(folder, tmp_path)
    assert sorted(build.counts.computed) == ["r0", "r1", "r2", "r3"] and not build.counts.reused
    entries = {p: p.stat().st_mtime_ns for p in inc.store.root.rglob("*.arrow")}
    assert len(entries) == 4

    inc, record, result = run(folder, tmp_path)
    assert result is None and record["version"] == "1.0.0"  # nothing to do
    assert inc.store.loaded == 0 and inc.store.saved == 0
    assert {p: p.stat().st_mtime_ns for p in inc.store.root.rglob("*.arrow")} == entries


def test_a_run_with_one_changed_report_makes_only_that_report(tmp_path):
    folder = make_raw(tmp_path)
    run(folder, tmp_path)
    text = (folder / "r2.txt").read_text("utf-8")
    write_report(folder, "r2", text + "\nCông tác cải cách hành chính được quan tâm.\n")

    inc, build, result = run(folder, tmp_path)
    assert build.counts.computed == ["r2"]
    assert sorted(build.counts.reused) == ["r0", "r1", "r3"]
    # Only the changed report's results are read; the others' rows are the last build's.
    assert inc.store.saved == 1 and inc.store.loaded == 1 and inc.assembled.used == 3
    assert build.changed_sources == {"r2"}
    assert result.status == "published"
    # Comparing only the changed report's rows says what comparing everything says.
    versions = tmp_path / "published" / "many"
    new = versions / result.version
    assert diff_packages(versions / "1.0.0", new, {"r2"}) == diff_packages(versions / "1.0.0", new)
    assert not build.held_back and result.version == "1.0.1"
    assert result.changes["counts"]["sources"]["changed"] == 3  # sha256, original_sha256, chars


def test_only_reports_without_kept_results_are_handed_out(tmp_path):
    # What the flow submits to its task runner: a stat per report, nothing read.
    folder = make_raw(tmp_path)
    inc = Incremental(tmp_path / "state", load_indicator_catalog())
    sources = load_dataset(folder).sources
    assert [s.source_id for s in inc.not_kept(sources)] == ["r0", "r1", "r2", "r3"]
    run(folder, tmp_path)
    assert inc.not_kept(sources) == []
    write_report(folder, "r1", (folder / "r1.txt").read_text("utf-8") + "\nThêm một câu.\n")
    assert [s.source_id for s in inc.not_kept(load_dataset(folder).sources)] == ["r1"]
    assert inc.store.loaded == 0 and inc.store.saved == 0


def test_a_one_changed_run_has_frictionless_read_only_the_changed_resources(tmp_path):
    """Resource descriptors validated for the last version are not given to frictionless
    again: only those that differ (the changed report's text, the tables whose bytes
    changed) and the tables. Every file and every row are validated all the same."""
    folder = make_raw(tmp_path)
    _, first, result = run(folder, tmp_path)
    assert first.checked.skipped == 0
    old = json.loads((result.path / "datapackage.json").read_text("utf-8"))["resources"]
    write_report(folder, "r2", report(2) + "\nCông tác cải cách hành chính được quan tâm.\n")
    _, build, result = run(folder, tmp_path)
    assert result.status == "published" and build.checked.known == first.checked.accepted
    new = json.loads((result.path / "datapackage.json").read_text("utf-8"))["resources"]
    same = [r["name"] for r in new if r in old and r.get("type") != "table"]
    assert "source-r0" in same and "source-r2" not in same and "sources-parquet" not in same
    assert build.checked.skipped == len(same)
    assert len(build.checked.accepted) == len(new)


def test_a_changed_sidecar_is_a_change_without_extracting_again(tmp_path):
    folder = make_raw(tmp_path)
    run(folder, tmp_path)
    side = folder / "r1.yaml"
    side.write_text(side.read_text("utf-8").replace("Báo cáo r1", "Báo cáo số 1"), "utf-8")
    inc, build, result = run(folder, tmp_path)
    assert build.counts.computed == [] and build.changed_sources == {"r1"}
    assert result.status == "published" and result.version == "1.0.1"


def test_an_ambiguous_indicator_holds_back_only_its_report(tmp_path):
    folder = make_raw(tmp_path, n=3)
    write_report(folder, "bad", AMBIGUOUS)
    _, build, result = run(folder, tmp_path)
    assert list(build.held_back) == ["bad"]
    assert "'total_budget_revenue' is ambiguous" in build.held_back["bad"][0]
    assert result.status == "published"
    for table in ("sources", "figures", "observations"):
        assert set(build.tables[table]["source_id"]) == {"r0", "r1", "r2"}
    (kept,) = (tmp_path / "quarantine" / "many").glob("*-held-back")
    reasons = json.loads((kept / "reasons.json").read_text("utf-8"))
    assert "is ambiguous" in reasons["bad"][0]
    assert (kept / "bad.figures.csv").is_file()
    # Nothing changed: the next run has nothing to do, and still says what is held back.
    _, record, again = run(folder, tmp_path)
    assert again is None and list(record["held_back"]) == ["bad"]


def test_latest_is_the_newest_version_by_hard_links(tmp_path):
    folder = make_raw(tmp_path, n=2)
    run(folder, tmp_path)
    latest = tmp_path / "published" / "many" / "latest"
    version = tmp_path / "published" / "many" / "1.0.0"
    files = sorted(p.relative_to(version) for p in version.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(latest) for p in latest.rglob("*") if p.is_file())
    if hasattr(os, "link"):
        assert all(os.path.samefile(version / f, latest / f) for f in files)


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_a_damaged_store_entry_is_made_again(tmp_path, damage):
    folder = make_raw(tmp_path, n=2)
    inc, _, _ = run(folder, tmp_path)
    entry = next(inc.store.root.rglob("*.arrow"))
    entry.write_bytes(entry.read_bytes()[:100] if damage == "truncate" else b"not arrow")
    (tmp_path / "state" / "datasets" / "many.json").unlink()  # so the dataset is built
    shutil.rmtree(tmp_path / "state" / "datasets" / "many.rows")  # from the store
    inc, build, result = run(folder, tmp_path)
    assert result.status == "up_to_date" and inc.store.saved == 1
    assert inc.store.load(entry.stem, "any") is not None


@pytest.mark.parametrize("damage", ["index", "figures", "other_report"])
def test_damaged_assembled_rows_are_not_used(tmp_path, damage):
    """Rows kept from the last build that do not add up are not used: every report is
    read from the store again, and the tables are the same."""
    folder = make_raw(tmp_path, n=3)
    _, first, _ = run(folder, tmp_path)
    kept = tmp_path / "state" / "datasets" / "many.rows"
    if damage == "index":
        (kept / "index.json").write_text("{", encoding="utf-8")
    elif damage == "figures":
        path = kept / "figures.arrow"
        path.write_bytes(path.read_bytes()[:200])
    else:  # the index says r0's rows are r1's
        index = json.loads((kept / "index.json").read_text("utf-8"))
        index["reports"][0][0], index["reports"][1][0] = "r1", "r0"
        (kept / "index.json").write_text(json.dumps(index), encoding="utf-8")
    write_report(folder, "r2", report(2) + "\nCông tác cải cách hành chính được quan tâm.\n")
    inc, build, result = run(folder, tmp_path)
    assert inc.assembled.used == 0 and inc.store.loaded == 3 and inc.store.saved == 1
    assert result.status == "published"
    again = Incremental(tmp_path / "state", load_indicator_catalog()).build(
        load_dataset(folder), tmp_path / "published", "x")
    assert again.counts.computed == [] and inc.assembled is not None
    for name, table in build.tables.items():
        pd.testing.assert_frame_equal(again.tables[name], table)


# --- the same through the plain pipeline: what the run says ------------------------------


def test_the_pipeline_says_what_it_made_and_what_it_kept(tmp_path):
    from solieu import pipeline
    from solieu.settings import Settings

    make_raw(tmp_path, n=3)
    settings = Settings.for_root(tmp_path)
    [first] = pipeline.run(settings)
    assert (first["status"], first["extracted"], first["cached"]) == ("published", 3, 0)
    kept = {p: p.stat().st_mtime_ns for p in (settings.state / "results").rglob("*.arrow")}
    said: list[str] = []
    [again] = pipeline.run(settings, say=said.append)
    assert (again["status"], again["extracted"], again["cached"]) == ("up_to_date", 0, 3)
    assert again["rows"] == first["rows"]
    assert "many: nothing changed since the last run; up to date" in " ".join(said)
    assert {p: p.stat().st_mtime_ns
            for p in (settings.state / "results").rglob("*.arrow")} == kept
    folder = settings.raw / "many"
    write_report(folder, "r1", report(1) + "\nCông tác cải cách hành chính được quan tâm.\n")
    [third] = pipeline.run(settings)
    assert (third["status"], third["extracted"], third["cached"]) == ("published", 1, 2)


def test_the_pipeline_publishes_the_others_and_fails_for_a_held_back_report(tmp_path):
    from solieu import pipeline
    from solieu.settings import Settings

    folder = make_raw(tmp_path, n=2)
    write_report(folder, "bad", AMBIGUOUS)
    settings = Settings.for_root(tmp_path)
    with pytest.raises(pipeline.ValidationFailed,
                       match="many: report bad held back .*'total_budget_revenue' is ambiguous"):
        pipeline.run(settings)
    version = settings.published / "many" / "1.0.0"
    sources = pd.read_csv(version / "data" / "sources.csv")
    assert sorted(sources["source_id"]) == ["r0", "r1"]
    assert list((settings.quarantine / "many").glob("*-held-back/reasons.json"))
    # Unchanged, the next run does nothing, and fails again: the operator still sees it.
    with pytest.raises(pipeline.ValidationFailed, match="report bad held back"):
        pipeline.run(settings)


# --- an unchanged dataset is still checked against the ledger ------------------------------


def test_an_unchanged_dataset_is_checked_against_the_ledger(tmp_path):
    import shutil

    from solieu import pipeline
    from solieu.ledger import LedgerError
    from solieu.settings import Settings

    make_raw(tmp_path, n=2)
    settings = Settings.for_root(tmp_path)
    pipeline.run(settings)
    dataset_dir = settings.published / "many"
    # latest/ replaced by a copy that is not the newest version: copied again from it.
    shutil.rmtree(dataset_dir / "latest")
    shutil.copytree(dataset_dir / "1.0.0", dataset_dir / "latest")
    (dataset_dir / "latest" / "SHA256SUMS").write_text("tampered\n", encoding="utf-8")
    (dataset_dir / "many-1.0.0.zip").unlink()
    said: list[str] = []
    [again] = pipeline.run(settings, say=said.append)
    assert again["status"] == "up_to_date" and again["extracted"] == 0
    text = " ".join(said)
    assert "many/latest: was not a copy of the newest version; copied again from 1.0.0/" in text
    assert "many-1.0.0.zip: was missing; rebuilt from 1.0.0/, matching the ledger" in text
    assert (dataset_dir / "latest" / "SHA256SUMS").read_bytes() == \
        (dataset_dir / "1.0.0" / "SHA256SUMS").read_bytes()
    # The published version no longer what the ledger records: the run stops, however
    # unchanged the inputs are.
    ledger_file = dataset_dir / "ledger.jsonl"
    line = json.loads(ledger_file.read_text("utf-8"))
    ledger_file.write_text(json.dumps({**line, "sha256sums": "0" * 64}) + "\n", encoding="utf-8")
    with pytest.raises(LedgerError, match="SHA256SUMS: differs from the ledger"):
        pipeline.run(settings)


def test_a_tampered_stored_report_is_caught_when_another_report_changes(tmp_path):
    """Validation is of the whole new version, not only of the changed report's rows:
    an unchanged report whose kept figures were altered in the state folder (a surface
    that is not what its text says) fails the provenance check, and is held back with
    the reason, while the changed report publishes."""
    from solieu import pipeline
    from solieu.settings import Settings
    from solieu.store import AssembledRows, ReportStore, report_key

    folder = make_raw(tmp_path, n=3)
    settings = Settings.for_root(tmp_path)
    pipeline.run(settings)
    store = ReportStore(settings.state / "results" / "reports")
    catalog = load_indicator_catalog()
    inc = Incremental(settings.state / "results", catalog)
    dataset = load_dataset(folder)
    r0 = next(s for s in dataset.sources if s.source_id == "r0")
    key = report_key(r0, *inc.versions)
    kept = store.load(key, "r0")
    surfaces = kept.figures.column("surface").to_pylist()
    surfaces[0] = surfaces[0] + "9"  # a digit the text does not have
    figures = kept.figures.set_column(kept.figures.schema.get_field_index("surface"),
                                      "surface", pa.array(surfaces, pa.string()))
    store.save(key, dataclasses.replace(kept, figures=figures))
    # ... and so are its rows as the last build assembled them, which a run reads instead.
    rows = AssembledRows(settings.state / "results" / "datasets", "many")
    frame = json.loads((rows.folder / "index.json").read_text("utf-8"))["frame"]
    reports = json.loads((rows.folder / "index.json").read_text("utf-8"))["reports"]
    known = rows.read(frame)
    figures_all = pa.concat_tables([known[sid][1] for sid, *_ in reports])
    column = figures_all.column("surface").to_pylist()
    column[0] = column[0] + "9"
    assert reports[0][0] == "r0"
    figures_all = figures_all.set_column(figures_all.schema.get_field_index("surface"), "surface",
                                         pa.array(column, pa.string()))
    rows.write(frame, figures_all, pa.concat_tables([known[sid][2] for sid, *_ in reports]),
               [tuple(r) for r in reports])
    write_report(folder, "r1", report(1) + "\nCông tác cải cách hành chính được quan tâm.\n")
    said: list[str] = []
    with pytest.raises(pipeline.ValidationFailed, match="r0"):
        pipeline.run(settings, say=said.append)
    assert any("validation failed in 1 report(s) only (r0)" in line for line in said)
    newest = max((settings.published / "many").glob("1.*"))
    sources = pd.read_csv(newest / "data" / "sources.csv")
    assert sorted(sources["source_id"]) == ["r1", "r2"]
    [reasons] = (settings.quarantine / "many").glob("*-held-back/reasons.json")
    assert "provenance" in reasons.read_text(encoding="utf-8")


# --- reports analysed together give each report's results as alone ------------------------


def test_a_batch_of_reports_gives_each_its_results_as_alone(tmp_path):
    from solieu.analysis import analyse, analyse_batch
    from solieu.extract import extract, extract_columns
    from solieu.matching import FigureRows
    from solieu.store import ReportStore
    from solieu.tables import analyse_sources

    folder = make_raw(tmp_path, n=3)
    write_report(folder, "bad", AMBIGUOUS)  # ambiguous in its own report only
    write_report(folder, "r9", report(0))  # the same text as r0 under another id
    sources = load_dataset(folder).sources
    catalog = load_indicator_catalog()
    alone = [analyse(s, extract(s.text, s.source_id), catalog) for s in sources]
    together = analyse_batch([(s, FigureRows(extract_columns(s.text, s.source_id)))
                              for s in sources], catalog)
    assert [r.source_id for r in together] == [s.source_id for s in sources]
    for one, batch in zip(alone, together, strict=True):
        assert batch.figures.equals(one.figures) and batch.resolutions == one.resolutions
    errors = {r.source_id: r.errors for r in together}
    assert [sid for sid, e in errors.items() if e] == ["bad"]
    # Kept per report, under each report's own key, byte for byte as one at a time.
    apart, joint = ReportStore(tmp_path / "apart"), ReportStore(tmp_path / "joint")
    for s in sources:
        analyse_sources([s], catalog, apart)
    counts = analyse_sources(sources, catalog, joint)
    assert counts.computed == [s.source_id for s in sources] and joint.saved == len(sources)
    files = sorted(p.relative_to(apart.root) for p in apart.root.rglob("*.arrow"))
    assert files == sorted(p.relative_to(joint.root) for p in joint.root.rglob("*.arrow"))
    assert all((apart.root / f).read_bytes() == (joint.root / f).read_bytes() for f in files)


def test_figures_given_for_a_report_in_a_batch_are_checked_naming_its_file(tmp_path):
    from solieu.analysis import analyse_batch
    from solieu.extract import extract
    from solieu.sources import InputError

    folder = make_raw(tmp_path, n=2)
    first, second = load_dataset(folder).sources
    catalog = load_indicator_catalog()
    with pytest.raises(InputError, match=r"figures of .*r1\.txt: rows of other sources \(r0\)"):
        analyse_batch([(first, extract(first.text, "r0")), (second, extract(first.text, "r0"))],
                      catalog)
