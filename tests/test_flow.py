"""The Prefect flow on a temporary Prefect database: caching, idempotency, failure.

One session-wide ``prefect_test_harness``; every test works on its own copy of raw/
with text no other test uses, so the extraction cache of one test is never another's.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    FlowRunFilter,
    FlowRunFilterId,
)
from prefect.settings import PREFECT_HOME, temporary_settings
from prefect.testing.utilities import prefect_test_harness

import solieu.pipeline as core
from flows.embedded import ServerOfTheRun
from flows.pipeline import ValidationFailed, publish_datasets, run_command
from solieu.settings import Settings
from solieu.sources import InputError, sha256_text

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow  # every test here runs Prefect flows on a temporary server

DATASET = "son-la-city"
BAD_SHARE = "Tỷ lệ hộ nghèo chiếm 120% tổng số hộ."  # a share over 100%: share-range error


@pytest.fixture(scope="session", autouse=True)
def prefect_db(tmp_path_factory):
    """A throwaway Prefect database and result store for the whole session."""
    home = tmp_path_factory.mktemp("prefect-home")
    # A busy two-core machine takes more than the default 30 s to create the database.
    with temporary_settings(updates={PREFECT_HOME: home}), prefect_test_harness(
            server_startup_timeout=90):
        yield


@pytest.fixture
def extract_calls(monkeypatch):
    """Count the extractor's real calls (it still runs: a spy, not a stand-in)."""
    calls: list[str] = []
    real = core.extract_columns

    def counting(text: str, source_id: str):
        calls.append(source_id)
        return real(text, source_id)

    monkeypatch.setattr(core, "extract_columns", counting)
    return calls


def write_source(folder: Path, source_id: str, text: str) -> None:
    """A source text and its sidecar (copied from the Sơn La one), hash updated."""
    (folder / f"{source_id}.txt").write_text(text, encoding="utf-8")
    meta = yaml.safe_load((ROOT / "raw" / DATASET / "2022-annual-results.yaml").read_text("utf-8"))
    meta["sha256"] = sha256_text(text)
    meta["original_sha256"] = sha256_text(text)  # the UTF-8 file is its own NFC text
    (folder / f"{source_id}.yaml").write_text(
        yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8"
    )


@pytest.fixture
def project(tmp_path, request):
    """raw/ with the Sơn La dataset (two sources, text unique to this test) and published/."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw" / DATASET, raw / DATASET)
    folder = raw / DATASET
    text = (folder / "2022-annual-results.txt").read_text("utf-8")
    marker = f"\n\nBài kiểm thử {request.node.name}: có 7 hộ tham gia.\n"
    write_source(folder, "2022-annual-results", text + marker)
    note = "Năm 2022 thành phố có 12 trường đạt chuẩn quốc gia."
    write_source(folder, "2022-note", note + marker)
    published = tmp_path / "published"
    published.mkdir()
    return raw, published


def versions(published: Path) -> list[str]:
    folder = published / DATASET
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and p.name[0].isdigit())


def run(raw: Path, published: Path, **params):
    """Run the flow; its final state (not raising) and the flow run's id."""
    # The project is the test's own folder, so its kept results are the test's own too.
    params.setdefault("root", str(raw.parent))
    state = publish_datasets(raw=str(raw), published=str(published), return_state=True,
                             **params)
    return state, state.state_details.flow_run_id


def task_runs(flow_run_id, prefix: str, expected: int) -> list:
    """The flow run's task runs named prefix..., once the server has their final states."""
    with get_client(sync_client=True) as client:
        for _ in range(50):  # task runs reach the server as events, a moment later
            runs = [r for r in client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
            ) if r.name.startswith(prefix)]
            if len(runs) == expected and all(r.state and r.state.is_final() for r in runs):
                return runs
            time.sleep(0.2)
    return runs


def analyse_runs(flow_run_id, expected: int) -> list[str]:
    """The names of the flow run's analysis task runs (batches of reports)."""
    return sorted(r.name for r in task_runs(flow_run_id, "analyse", expected))


def artifacts(flow_run_id) -> dict[str, object]:
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {a.key: a for a in found}


def test_second_run_publishes_nothing_and_extracts_nothing(project, extract_calls):
    raw, published = project
    state, first_id = run(raw, published)
    assert state.is_completed()
    [first] = state.result()
    assert first["status"] == "published"
    assert sorted(extract_calls) == ["2022-annual-results", "2022-note"]
    assert versions(published) == [first["version"]]
    files = {p: p.stat().st_mtime_ns for p in (published / DATASET).rglob("*")}

    state, second_id = run(raw, published)
    [second] = state.result()
    assert second["status"] == "up_to_date"
    assert second["version"] == first["version"]
    assert len(extract_calls) == 2, "an unchanged report was extracted again"
    assert (second["extracted"], second["cached"]) == (0, 2)
    assert analyse_runs(second_id, 0) == []  # nothing changed: no task submitted
    assert versions(published) == [first["version"]]
    assert {p: p.stat().st_mtime_ns for p in (published / DATASET).rglob("*")} == files
    # A link a browser opens (the folder as `make site` serves it), not a file:// one.
    link = f"http://127.0.0.1:8000/{DATASET}/{first['version']}/"
    found = artifacts(first_id)
    assert "published version" in found[f"{DATASET}-summary"].data
    assert link in found[f"{DATASET}-published"].data  # a link artifact: markdown [text](uri)
    # An unchanged dataset is a row of one table for the whole run, not three artifacts.
    found = artifacts(second_id)
    assert sorted(found) == ["fetch", "up-to-date"]
    [row] = json.loads(found["up-to-date"].data)
    assert (row["dataset"], row["version"], row["published"]) == (DATASET, first["version"], link)

    # Only the report that changed is read again; the new figure makes a new version.
    note = raw / DATASET / "2022-note.txt"
    write_source(raw / DATASET, "2022-note", note.read_text("utf-8") + "Có thêm 3 trường mới.\n")
    state, third_id = run(raw, published)
    [third] = state.result()
    assert extract_calls[2:] == ["2022-note"]
    assert (third["extracted"], third["cached"]) == (1, 1)
    # Only the changed report is handed to a task; the kept one is found before submitting.
    assert analyse_runs(third_id, 1) == [f"analyse {DATASET}: 2022-note"]
    assert sorted(artifacts(third_id)) == ["fetch", f"{DATASET}-changes", f"{DATASET}-published",
                                           f"{DATASET}-summary"]
    assert third["status"] == "published"
    assert versions(published) == sorted([first["version"], third["version"]])

    # force: every report is extracted again, and still nothing new is published.
    state, _ = run(raw, published, force=True)
    [forced] = state.result()
    assert len(extract_calls) == 5
    assert (forced["status"], forced["version"]) == ("up_to_date", third["version"])


def test_a_report_that_fails_validation_is_held_back_and_the_next_run_works(project):
    raw, published = project
    state, _ = run(raw, published)
    [good] = state.result()
    assert good["status"] == "published"

    report = raw / DATASET / "2022-note.txt"
    write_source(raw / DATASET, "2022-note", report.read_text("utf-8") + BAD_SHARE + "\n")
    state, failed_id = run(raw, published)
    assert state.is_failed()
    with pytest.raises(ValidationFailed, match="report 2022-note held back .*share-range"):
        state.result()
    # The other report is published without it; the rejected package is in quarantine.
    [first, second] = versions(published)
    sources = (published / DATASET / second / "data" / "sources.csv").read_text("utf-8")
    assert "2022-annual-results" in sources and "2022-note" not in sources
    assert (published / DATASET / "latest" / "SHA256SUMS").read_bytes() == (
        published / DATASET / second / "SHA256SUMS").read_bytes()
    quarantined = list((published.parent / "quarantine" / DATASET).glob("*/validation.json"))
    assert len(quarantined) == 1
    summary = artifacts(failed_id)[f"{DATASET}-summary"].data
    assert "held back" in summary
    assert "share-range" in summary  # the reason itself, not just "it failed"

    # The curator corrects the report; the next run publishes it again.
    text = report.read_text("utf-8").replace("120%", "12%")
    write_source(raw / DATASET, "2022-note", text)
    state, _ = run(raw, published)
    [fixed] = state.result()
    assert fixed["status"] == "published" and not fixed["held_back"]
    assert len(versions(published)) == 3


def cli_args(**kw) -> argparse.Namespace:
    defaults = {"datasets": [], "force": False, "dry_run": False, "release_note": None}
    return argparse.Namespace(**{**defaults, **kw})


def test_run_command_prints_steps_and_exit_codes(project, capsys, tmp_path):
    raw, published = project
    # The project is the test's folder; its state is not the project's .prefect/.
    settings = Settings.for_root(raw.parent, published=published, state=tmp_path / "home")
    assert run_command(cli_args(dry_run=True), settings) == 0
    out = capsys.readouterr().out
    assert "2 source(s) read" in out
    assert f"{DATASET}: dry run" in out
    assert versions(published) == []

    with pytest.raises(InputError, match="no dataset nowhere"):
        run_command(cli_args(datasets=["nowhere"]), settings)

    report = raw / DATASET / "2022-note.txt"
    write_source(raw / DATASET, "2022-note", report.read_text("utf-8") + BAD_SHARE + "\n")
    assert run_command(cli_args(), settings) == 1
    err = capsys.readouterr().err
    assert "report 2022-note held back" in err and "share-range" in err
    assert "Traceback" not in err


def test_bad_input_is_not_retried_and_is_said_in_an_artifact(project):
    raw, published = project
    sidecar = raw / DATASET / "2022-note.yaml"
    sidecar.write_text(sidecar.read_text("utf-8").replace("language: vi", "language: [vi"),
                       encoding="utf-8")
    state, flow_run_id = run(raw, published)
    assert state.is_failed()
    with pytest.raises(InputError, match="2022-note.yaml.*not valid YAML"):
        state.result()
    [load] = task_runs(flow_run_id, "load", 1)
    assert load.run_count == 1  # retries are for I/O that may come back, not for a bad file
    assert "not valid YAML" in artifacts(flow_run_id)[f"{DATASET}-summary"].data
    assert not (published / DATASET).exists()


def test_dask_cluster_publishes_the_same_bytes_as_threads(project, monkeypatch, tmp_path):
    from prefect.settings import PREFECT_API_URL

    raw, published = project
    # The cluster's worker processes must report to this test's server, not start their own.
    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())
    monkeypatch.setenv("PREFECT_HOME", str(PREFECT_HOME.value()))
    # The task runner is a parameter of the call, not of the module's import.
    [dask] = publish_datasets(raw=str(raw), published=str(published), force=True,
                              task_runner="dask")
    # The same release time (the one thing the input cannot give: solieu.releases).
    (tmp_path / "threads" / DATASET).mkdir(parents=True)
    shutil.copy(published / DATASET / "releases.json", tmp_path / "threads" / DATASET)
    [threads] = publish_datasets(raw=str(raw), published=str(tmp_path / "threads"), force=True)
    assert dask["status"] == threads["status"] == "published"
    assert dask["rows"] == threads["rows"] and dask["extracted"] == threads["extracted"] == 2

    def contents(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    # The same bytes, file by file: the version, latest/, the zip.
    assert contents(published / DATASET) == contents(tmp_path / "threads" / DATASET)


def test_threads_hand_their_reports_to_worker_processes_and_publish_the_same_bytes(
        project, monkeypatch, tmp_path, extract_calls):
    raw, published = project
    monkeypatch.setattr(core, "PARALLEL_FROM", 1)  # worker processes even for two reports
    # The project is the test's own folder, so its kept results are the test's own too.
    [pooled] = publish_datasets(raw=str(raw), published=str(published), root=str(tmp_path),
                                processes=2)
    assert extract_calls == []  # the workers extracted, not the flow's threads
    (tmp_path / "one" / DATASET).mkdir(parents=True)
    shutil.copy(published / DATASET / "releases.json", tmp_path / "one" / DATASET)
    [alone] = publish_datasets(raw=str(raw), published=str(tmp_path / "one"), force=True,
                               root=str(tmp_path), processes=1)
    assert sorted(extract_calls) == ["2022-annual-results", "2022-note"]
    assert pooled["status"] == alone["status"] == "published"
    assert pooled["extracted"] == alone["extracted"] == 2

    def contents(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    assert contents(published / DATASET) == contents(tmp_path / "one" / DATASET)


def test_the_run_s_own_server_needs_nothing_of_prefect_in_the_run_s_process(tmp_path):
    # `solieu run` starts its server before importing Prefect: the module imports none of it.
    code = ("import sys, flows.embedded; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'prefect'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"

    server = ServerOfTheRun(tmp_path / "home")
    server.start()
    process = server.process
    try:
        api = server.wait()
        with urllib.request.urlopen(f"{api}/health") as answer:
            assert answer.status == 200
        assert (tmp_path / "home" / "prefect.db").is_file()  # the database in the run's state
    finally:
        server.stop()
    assert process is not None and process.poll() is not None
