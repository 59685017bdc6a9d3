"""The temporary Prefect server of `solieu run`, which dies with the run.

Prefect starts its embedded server as a plain child process: after a `kill -9` of the
run it stayed alive (one 200 MB server per killed run). This server is started with
the kernel's parent-death signal set and in a session of its own (see
:mod:`solieu.processes`), so it ends whenever and however the run ends.
"""

from __future__ import annotations

import subprocess
from typing import Any

from prefect.server.api.server import SubprocessASGIServer

from solieu.processes import die_with_parent


class ServerOfTheRun(SubprocessASGIServer):
    """Prefect's temporary server, started so that it cannot outlive this process."""

    def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
        real = subprocess.Popen
        arm = die_with_parent()

        def popen(*args: Any, **kwargs: Any) -> subprocess.Popen[Any]:
            kwargs.setdefault("preexec_fn", arm)
            kwargs.setdefault("start_new_session", True)  # a Ctrl-C reaches the run first
            return real(*args, **kwargs)

        # Prefect builds the command; only how the process is started changes. Nothing
        # else starts processes while the server starts (before the flow runs).
        subprocess.Popen = popen  # type: ignore[misc,assignment]
        try:
            return super()._run_uvicorn_command()
        finally:
            subprocess.Popen = real  # type: ignore[misc]
