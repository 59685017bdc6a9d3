"""The plain pipeline (no Prefect): a whole run, its summaries and what they say."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from solieu import pipeline
from solieu.publish import PublishResult
from solieu.report import Problem, Report
from solieu.settings import Settings
from solieu.sources import InputError, sha256_text
from solieu.summary import change_rows, problems_markdown, said, summary_markdown

REPO = Path(__file__).resolve().parents[1]
DATASET = "son-la-city"


@pytest.fixture
def settings(tmp_path) -> Settings:
    """A project of its own: raw/ with the Sơn La dataset, nothing published yet."""
    shutil.copytree(REPO / "raw" / DATASET, tmp_path / "raw" / DATASET)
    return Settings.for_root(tmp_path)


def test_a_run_publishes_then_is_up_to_date(settings):
    said_lines: list[str] = []
    [first] = pipeline.run(settings, say=said_lines.append)
    assert (first["dataset"], first["status"]) == (DATASET, "published")
    assert first["rows"]["figures"] > 50 and first["sources"] == first["extracted"]
    assert (settings.published / DATASET / first["version"] / "datapackage.json").is_file()
    assert (settings.published / "catalog.json").is_file()
    assert said_lines[0] == f"1 dataset(s): {DATASET}"
    assert f"{DATASET}: published version {first['version']}" in said_lines
    assert said_lines[-1] == "panel and catalog up to date: published/catalog.json"

    [again] = pipeline.run(settings)
    assert (again["status"], again["version"]) == ("up_to_date", first["version"])


def add_bad_source(folder: Path) -> None:
    text = "Tỷ lệ hộ nghèo chiếm 120% tổng số hộ.\n"  # a share over 100%
    (folder / "2022-bad.txt").write_text(text, encoding="utf-8")
    meta = yaml.safe_load((folder / "2022-annual-results.yaml").read_text("utf-8"))
    (folder / "2022-bad.yaml").write_text(
        yaml.safe_dump({**meta, "sha256": sha256_text(text), "original_sha256": sha256_text(text)},
                       allow_unicode=True), "utf-8")  # a UTF-8 NFC file is its own text


def test_a_report_that_does_not_validate_is_held_back_and_the_rest_published(settings):
    add_bad_source(settings.raw / DATASET)
    said: list[str] = []
    with pytest.raises(pipeline.ValidationFailed,
                       match="son-la-city: report 2022-bad held back .*share-range"):
        pipeline.run(settings, say=said.append)
    assert any("holding them back" in line for line in said)
    sources = (settings.published / DATASET / "1.0.0" / "data" / "sources.csv").read_text()
    assert "2022-annual-results" in sources and "2022-bad" not in sources
    # The rejected package and its report are kept for the curator.
    assert list((settings.quarantine / DATASET).glob("*/validation.json"))


def test_the_tables_are_let_go_once_written_and_assembled_again_to_hold_a_report_back(
        settings, tmp_path):
    """Publishing reads the tables from its staging folder once they are written, so the
    build lets them go there (at scale they are most of what a run holds); when a report is
    held back after validation, the others' tables are assembled again from the kept rows,
    and give the files of a run that never saw the report."""
    folder = settings.raw / DATASET
    clean = Settings.for_root(tmp_path / "clean")
    shutil.copytree(folder, clean.raw / DATASET)
    add_bad_source(folder)
    catalog = pipeline.indicator_catalog(settings)
    dataset = pipeline.load_sources(folder)
    pipeline.analyse_reports(settings, catalog, dataset.sources)
    made = pipeline.build(settings, catalog, dataset, pipeline.fingerprint(settings, catalog, folder))
    rows = dict(made.rows)
    assert rows["sources"] == 2 and rows["figures"] == len(made.tables["figures"])

    result, kept = pipeline.publish_tables(settings, catalog, made)
    assert result.status == "published" and made.tables == {} and made.rows == rows
    assert list(kept.held_back) == ["2022-bad"] and kept.rows["sources"] == 1
    assert kept.tables == {}  # the second round's tables were let go too
    [other] = pipeline.run(clean)
    ours, theirs = (root / DATASET / "1.0.0" / "data"
                    for root in (settings.published, clean.published))
    assert other["version"] == result.version == "1.0.0"
    for name in ("sources", "figures", "observations"):
        for suffix in (".csv", ".parquet"):
            assert (ours / f"{name}{suffix}").read_bytes() == (theirs / f"{name}{suffix}").read_bytes()


def test_a_dataset_whose_every_report_fails_is_quarantined_and_raises(settings):
    folder = settings.raw / DATASET
    add_bad_source(folder)
    for suffix in (".txt", ".yaml"):
        (folder / f"2022-annual-results{suffix}").unlink()
    with pytest.raises(pipeline.ValidationFailed, match="son-la-city: validation failed"):
        pipeline.run(settings)
    assert not (settings.published / DATASET).exists() or not any(
        p.name[0].isdigit() for p in (settings.published / DATASET).iterdir())
    assert list((settings.quarantine / DATASET).glob("*/validation.json"))


def test_no_such_dataset_is_bad_input(settings):
    with pytest.raises(InputError, match="nowhere"):
        pipeline.run(settings, ["nowhere"])


def problem(severity: str, **kw) -> Problem:
    fields = dict(check="share-range", severity=severity, table="figures", row=3,
                  field="value", value=120, expected="0..100", message="over 100%")
    return Problem(**{**fields, **kw})


@pytest.mark.parametrize("status, words", [
    ("published", "published version 1.2.0"),
    ("up_to_date", "up to date: nothing changed since version 1.2.0"),
    ("dry_run", "dry run: version 1.2.0 validated, nothing published"),
    ("rejected", "validation failed (1 error(s)): nothing published"),
])
def test_the_outcome_in_words(status, words):
    report = Report()
    report.add(problem("error"))
    assert said(PublishResult(status, "1.2.0", None, report=report)) == words


def test_problems_are_listed_where_they_are_and_capped():
    report = Report()
    report.add(problem("warning", table=None, row=None, field=None))
    report.add(problem("error"))
    assert problems_markdown(report, "error") == (
        "- **share-range** (figures, row 3, field value): over 100%\n\n")
    assert problems_markdown(report, "warning") == "- **share-range** (package): over 100%\n\n"
    many = Report()
    for row in range(60):
        many.add(problem("error", row=row, check=f"check-{row}"))
    lines = problems_markdown(many, "error").splitlines()
    lines = [x for x in lines if x]
    assert len(lines) == 51 and "and 10 more" in lines[-1]


def test_summary_markdown_shows_the_report_only_when_rejected():
    report = Report()
    report.add(problem("error"))
    summary = {"dataset": DATASET, "status": "rejected", "said": "validation failed",
               "sources": 2, "extracted": 1, "cached": 1, "rows": {"figures": 7},
               "warnings": 0, "summary": ""}
    text = summary_markdown(summary, report)
    assert text.startswith(f"# {DATASET}: validation failed\n")
    assert "| figures | 7 |" in text and "## Validation report" in text
    assert "## Validation report" not in summary_markdown({**summary, "status": "published"},
                                                          report)


def test_change_rows_count_then_detail_then_metadata():
    changes = {
        "counts": {"figures": {"added": 1, "removed": 0, "changed": 1}},
        "tables": {"figures": {"key": ["figure_id"], "added": [{"figure_id": "a-1"}],
                               "changed": [{"key": {"figure_id": "a-2"}, "field": "value",
                                            "old": 1, "new": 2}]}},
        "metadata": [{"path": "title", "old": "A", "new": "B"}],
    }
    rows = change_rows(changes)
    assert [(r["change"], r["key"], r["field"]) for r in rows] == [
        ("rows", "figures", ""), ("added", "a-1", ""), ("changed", "a-2", "value"),
        ("metadata", "title", "")]
    assert rows[0]["new"] == "1 added, 0 removed, 1 changed"
    assert all(list(r)[0] == "key" for r in rows)  # the short key leads every row


def test_change_rows_lead_with_short_keys_of_observations_and_figures():
    sentence = "Tổng thu ngân sách thành phố năm 2022 đạt 1.299 tỷ đồng, bằng 128% dự toán"
    changes = {"tables": {
        "observations": {"key": ["indicator_id", "geography", "period", "source_id"],
                         "changed": [{"key": {"indicator_id": "total_budget_revenue",
                                              "geography": "Thành phố Sơn La, tỉnh Sơn La",
                                              "period": "2022", "source_id": "r"},
                                      "field": "value", "old": 1178e9, "new": 1299e9}]},
        "figures": {"key": ["source_id", "sentence", "surface"],
                    "added": [{"figure_id": "r-0091", "surface": "120", "subject": "doanh nghiệp",
                               "sentence": "Thành phố có 120 doanh nghiệp."}],
                    "changed": [{"key": {"source_id": "r", "sentence": sentence,
                                         "surface": "1.299"},
                                 "field": "surface", "old": "1.178", "new": "1.299"}]}}}
    keys = [r["key"] for r in change_rows(changes)]
    assert keys == ["r-0091 · 120 · doanh nghiệp",
                    "1.299 · Tổng thu ngân sách thành phố năm 2022 đạ…",
                    "total_budget_revenue 2022"]
    assert all(len(k) <= 60 for k in keys)


def test_a_run_of_several_datasets_makes_one_panel_version_and_one_catalog(settings):
    """The panel and the catalog read every dataset: rewritten after each dataset, a
    run would grow with the square of their number. A run rewrites them once, at its
    end, so two datasets published together make one panel version holding both."""
    twin = settings.raw / "son-la-twin"
    shutil.copytree(settings.raw / DATASET, twin)
    meta = yaml.safe_load((twin / "dataset.yaml").read_text("utf-8"))
    (twin / "dataset.yaml").write_text(yaml.safe_dump({**meta, "name": "son-la-twin"},
                                                      allow_unicode=True), "utf-8")
    summaries = pipeline.run(settings)
    assert [s["status"] for s in summaries] == ["published", "published"]
    panel = settings.published / "panel"
    assert sorted(p.name for p in panel.iterdir() if p.name[0].isdigit()) == ["1.0.0"]
    sources = (panel / "1.0.0" / "data" / "panel.csv").read_text(encoding="utf-8")
    assert "son-la-city" in sources and "son-la-twin" in sources
    catalog = (settings.published / "catalog.json").read_text(encoding="utf-8")
    assert '"son-la-city"' in catalog and '"son-la-twin"' in catalog
