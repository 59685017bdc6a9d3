"""The temporary Prefect server of `solieu run`: started first, and dies with the run.

Prefect starts its embedded server as a plain child process: after a `kill -9` of the
run it stayed alive (one 200 MB server per killed run). This server is started with
the kernel's parent-death signal set and in a session of its own (see
:mod:`solieu.processes`), so it ends whenever and however the run ends.

It is started with the command Prefect's own ``SubprocessASGIServer`` uses (uvicorn on
``prefect.server.api.server:create_app``, the UI off), but without importing Prefect's
server in the run's process: that import alone costs about 3 s of CPU, and only the
server needs it. And it is started before the run imports Prefect, pandas and the
pipeline (:func:`start_early`), so that the server's start-up (importing the server,
opening the database) goes on on the other core meanwhile. This module imports
nothing of Prefect.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from solieu.processes import die_with_parent

STARTUP_TIMEOUT = 90  # s: a cold start creates the database; a busy 2-core machine is slow
# What Prefect's SubprocessASGIServer sets for its temporary server: no UI, and the
# services of an ephemeral server only.
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
              "PREFECT__SERVER_FINAL": "1"}
PORT_IN_USE = 3  # uvicorn's exit status when it cannot bind: another port is tried


def prefect_env(state: Path) -> dict[str, str]:
    """The environment of a run's Prefect, its server and its Dask workers: the database
    and results in ``state``."""
    return {
        "PREFECT_HOME": str(state),
        # the telemetry heartbeat writes to SQLite while the schema is being created
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": str(STARTUP_TIMEOUT),
        # child processes (Dask workers) print warnings only; their logs still reach the API
        "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    }


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerOfTheRun:
    """Prefect's temporary server for one run, on 127.0.0.1, which cannot outlive it."""

    def __init__(self, state: Path) -> None:
        self.state = Path(state)
        self.port = 0
        self.process: subprocess.Popen[Any] | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        """Start the server's process (it is ready after :meth:`wait`)."""
        spec = importlib.util.find_spec("prefect")  # where Prefect is, without importing it
        if spec is None or spec.origin is None:
            raise RuntimeError("Prefect is not installed")
        # SQLite creates the database file, not the folders above it.
        self.state.mkdir(parents=True, exist_ok=True)
        self.port = _free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(spec.origin).parent.parent),
             "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, **prefect_env(self.state), **SERVER_ENV},
            preexec_fn=die_with_parent(),
            start_new_session=True,  # a Ctrl-C reaches the run first
        )
        # Registered before Prefect's own exit hooks, so run after them: the last logs
        # and events of the run are sent before the server stops.
        atexit.register(self.stop)

    def wait(self, timeout: float = STARTUP_TIMEOUT) -> str:
        """The API's address, once the server answers (RuntimeError after ``timeout`` s)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None, "start() first"
            status = self.process.poll()
            if status == PORT_IN_USE:  # taken between finding it and binding it
                self.start()
                continue
            if status is not None:
                raise RuntimeError(f"Prefect's temporary server exited with status {status}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=5) as answer:
                    if answer.status == 200:
                        return self.api_url
            except (urllib.error.URLError, OSError):
                pass  # not listening yet
            time.sleep(0.1)
        raise RuntimeError(f"Prefect's temporary server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        """End the server (at the latest when the process exits)."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


_early: ServerOfTheRun | None = None


def start_early(state: Path) -> None:
    """Start the run's server now, before the heavy imports, unless a Prefect API is
    named in the environment (then there is nothing to start)."""
    global _early
    if _early is None and not os.environ.get("PREFECT_API_URL"):
        _early = ServerOfTheRun(state)
        _early.start()


def server_for(state: Path) -> ServerOfTheRun:
    """The run's server: the one :func:`start_early` started for ``state``, else a new one."""
    global _early
    server, _early = _early, None
    if server is None or server.state != Path(state):
        if server is not None:
            server.stop()
        server = ServerOfTheRun(state)
        server.start()
    return server


def not_needed() -> None:
    """Stop a server started early when the run turns out to use another API (a profile's)."""
    global _early
    if _early is not None:
        _early.stop()
        _early = None
