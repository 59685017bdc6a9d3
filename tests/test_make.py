"""`make server` on a fresh clone: no .prefect/ yet. It must start, not fail on a
missing folder (the server home is created first)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from test_e2e_prefect import free_port

pytestmark = pytest.mark.e2e
PROJECT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_server_starts_without_a_prefect_folder(tmp_path):
    home = tmp_path / "clone" / ".prefect" / "server"  # nothing of it exists
    port = free_port()
    bin_dir = Path(sys.executable).parent
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    # -o: the virtual environment is there already; do not rebuild it.
    proc = subprocess.Popen(
        ["make", "-C", str(PROJECT), "-o", f"{os.path.relpath(bin_dir.parent, PROJECT)}/.installed",
         "server", f"PREFECT_PORT={port}", f"PREFECT_SERVER_HOME={home}", f"BIN={bin_dir}"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"make server exited {proc.returncode}:\n{proc.stdout.read()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("make server: not healthy after 120 s")
        assert (home / "prefect.db").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
