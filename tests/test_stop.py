"""`solieu run` stopped by SIGTERM or killed with SIGKILL while it extracts: it ends at
once, its embedded Prefect server ends with it, and published/ is as it was.

These start a real `solieu run` (with its embedded Prefect server) per case."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from solieu.publish import publish
from solieu.sources import load_dataset
from solieu.tables import build_tables
from test_bad_input import TEXT, dataset_yaml, sidecar, tree

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[1]
REPORT = (ROOT / "raw" / "son-la-city" / "2022-annual-results.txt").read_text(encoding="utf-8")


def children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (from /proc)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == parent:
                child = int(stat.parent.name)
                found.append(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def project(tmp_path):
    raw = tmp_path / "raw" / "tiny"
    raw.mkdir(parents=True)
    (raw / "dataset.yaml").write_text(dataset_yaml(), encoding="utf-8")
    (raw / "2022-report.txt").write_text(TEXT, encoding="utf-8")
    (raw / "2022-report.yaml").write_text(sidecar(TEXT), encoding="utf-8")
    publish(load_dataset(raw), build_tables(load_dataset(raw)), tmp_path / "published")
    big = REPORT * 40  # seconds of extraction: the run is busy when the signal comes
    (raw / "2022-report.txt").write_text(big, encoding="utf-8")
    (raw / "2022-report.yaml").write_text(sidecar(big), encoding="utf-8")
    return tmp_path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl are Linux")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_a_stopped_run_ends_at_once_with_its_server(project, sig):
    before = tree(project / "published")
    env = {**os.environ, "PREFECT_HOME": str(project / ".prefect"), "SOLIEU_HOME": str(ROOT)}
    env.pop("PREFECT_API_URL", None)
    run = subprocess.Popen([sys.executable, "-m", "solieu.cli", "run", "--force", "--raw",
                            str(project / "raw"), "--published", str(project / "published")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    for line in run.stdout:  # wait until the extraction runs
        if "source(s) read from" in line:
            break
    else:
        pytest.fail(run.stderr.read())
    helpers = children(run.pid)
    assert any(alive(p) for p in helpers), "the embedded server should be running"
    sent = time.monotonic()
    os.kill(run.pid, sig)
    code = run.wait(timeout=30)
    took = time.monotonic() - sent
    assert took < 5, f"took {took:.1f} s to stop"
    assert code in (128 + sig, -sig)
    if sig != signal.SIGKILL:
        assert f"{signal.Signals(sig).name}: stopped" in run.stderr.read()
    deadline = time.monotonic() + 10
    while any(alive(p) for p in helpers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [p for p in helpers if alive(p)], "a process of the run outlived it"
    after = {k: v for k, v in tree(project / "published").items()
             if not any(part.startswith(".") for part in k.split("/"))}
    assert after == before
