"""Reports analysed in worker processes: the same results and published bytes as in
one process, and the same clear error for a report's bad input; a worker that dies
stops the run with a message, not a hang or a traceback."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from solieu import pipeline
from solieu.indicator_catalog import load_indicator_catalog
from solieu.matching import FigureRows
from solieu.settings import Settings
from solieu.sources import InputError, Source, load_dataset
from solieu.store import ReportStore
from solieu.tables import analyse_sources
from solieu.workers import AnalysisPool, WorkerStopped

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_incremental import AMBIGUOUS, make_raw, write_report  # noqa: E402


# Extractors for the workers: module-level, so that a worker process finds them by name.
def refuse_r1(source: Source) -> FigureRows:
    if source.source_id == "r1":
        raise InputError(f"{source.path}: line 3: a figure cannot be read; fix the line.")
    return pipeline.extract_figures(source)


def die_at_r1(source: Source) -> FigureRows:
    if source.source_id == "r1":
        os._exit(3)  # as a worker killed by the system (out of memory) ends
    return pipeline.extract_figures(source)


def wait_long(source: Source) -> FigureRows:
    """Leaves the worker's pid in $PIDS, then takes a minute, as a very long report would."""
    (Path(os.environ["PIDS"]) / str(os.getpid())).touch()
    time.sleep(60)
    return pipeline.extract_figures(source)


def contents(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".publish.lock"}


def test_worker_processes_publish_the_same_bytes_as_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)  # a pool even for a few reports
    folder = make_raw(tmp_path / "one", n=5)
    write_report(folder, "bad", AMBIGUOUS)  # held back, in its worker as in one process
    shutil.copytree(tmp_path / "one" / "raw", tmp_path / "two" / "raw")
    calls: list[str] = []  # the run's own process's extractions (a spy: it still runs)
    real = pipeline.extract_columns
    monkeypatch.setattr(pipeline, "extract_columns",
                        lambda text, sid: calls.append(sid) or real(text, sid))
    one = Settings.for_root(tmp_path / "one", processes=1)
    two = Settings.for_root(tmp_path / "two", processes=2)
    for settings in (one, two):
        if settings is two:  # the same release times: the one thing the input cannot give
            for part in ("many", "panel"):
                (two.published / part).mkdir(parents=True)
                shutil.copy(one.published / part / "releases.json", two.published / part)
        with pytest.raises(pipeline.ValidationFailed, match="report bad held back"):
            pipeline.run(settings, fetch_first=False)
        # One process extracts all six reports itself; with two, the workers do: no more
        # calls here.
        assert len(calls) == 6
    assert contents(one.published) == contents(two.published)
    assert contents(one.state / "results" / "reports") == contents(two.state / "results" / "reports")
    assert len(contents(two.state / "results" / "reports")) == 6


def test_a_report_s_bad_input_in_a_worker_is_the_error_of_one_process(tmp_path):
    folder = make_raw(tmp_path, n=3)
    sources = load_dataset(folder).sources
    catalog = load_indicator_catalog()
    with pytest.raises(InputError) as alone:
        analyse_sources(sources, catalog, ReportStore(tmp_path / "alone"), extract=refuse_r1)
    with AnalysisPool(2, catalog, tmp_path / "pooled", extract=refuse_r1) as pool, \
            pytest.raises(InputError) as pooled:
        pool.analyse(sources)
    assert str(pooled.value) == str(alone.value)
    assert str(pooled.value).startswith(f"{folder / 'r1.txt'}: line 3:")


def test_a_worker_that_dies_stops_the_analysis_with_a_message(tmp_path):
    folder = make_raw(tmp_path, n=3)
    sources = load_dataset(folder).sources
    with AnalysisPool(2, load_indicator_catalog(), tmp_path / "reports",
                      extract=die_at_r1) as pool:
        with pytest.raises(WorkerStopped, match=r"analysing reports \(r0 … r2, 3 reports\) "
                                                r"stopped.*--processes 1"):
            pool.analyse(sources)
        assert pool.started
    assert not pool.started  # closed: the workers' memory is free


def test_workers_write_each_report_s_results_and_send_back_only_ids(tmp_path):
    folder = make_raw(tmp_path, n=3)
    sources = load_dataset(folder).sources
    catalog = load_indicator_catalog()
    store = ReportStore(tmp_path / "reports")
    with AnalysisPool(2, catalog, store.root) as pool:
        assert pool.pids() == []  # nothing started before the first reports
        counts = pool.analyse(sources)
        assert len(pool.pids()) >= 1
        again = pool.analyse(sources)
    assert counts.computed == ["r0", "r1", "r2"] and not counts.reused
    assert again.reused == ["r0", "r1", "r2"] and not again.computed
    apart = ReportStore(tmp_path / "apart")
    analyse_sources(sources, catalog, apart)
    assert contents(store.root) == contents(apart.root)


RUN_KILLED = """
import sys
sys.path.insert(0, sys.argv[2])
from test_workers import wait_long
from solieu.indicator_catalog import load_indicator_catalog
from solieu.sources import load_dataset
from solieu.workers import AnalysisPool
with AnalysisPool(2, load_indicator_catalog(), sys.argv[3], extract=wait_long) as pool:
    pool.analyse(load_dataset(sys.argv[1]).sources)
"""


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended; only its entry is left


def children(pid: int) -> list[int]:
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_workers_end_when_their_run_is_killed(tmp_path):
    folder = make_raw(tmp_path, n=3)
    pids = tmp_path / "pids"
    pids.mkdir()
    run = subprocess.Popen(
        [sys.executable, "-c", RUN_KILLED, str(folder), str(Path(__file__).parent),
         str(tmp_path / "reports")], env={**os.environ, "PIDS": str(pids)})
    try:
        deadline = time.monotonic() + 60
        while not any(pids.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.1)
        busy = [int(p.name) for p in pids.iterdir()]  # one batch: one worker at work
        workers = children(run.pid)  # both workers (and multiprocessing's helper)
        assert len(busy) == 1 and set(busy) < set(workers)
        assert all(alive(pid) for pid in workers)
    finally:
        run.send_signal(signal.SIGKILL)  # as a kill, or a SIGTERM's immediate exit, ends it
        run.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers), "a worker outlived its run"
