"""Processes of a run: a helper process that dies with the run, and a run that stops at
once when asked to.

A killed ``solieu run`` must not leave its embedded Prefect server behind: the server
is started with :func:`die_with_parent` as its ``preexec_fn`` (Linux: the kernel sends
it SIGKILL when the run's process ends, however it ends) in a session of its own (so a
Ctrl-C in the terminal reaches the run, which then ends the server, rather than killing
the server first, under the run).

A SIGTERM or SIGINT stops the run at once (:func:`stop_at_once`): publishing is made of
steps a kill at any moment leaves consistent (see :mod:`solieu.publish` and the kill
matrix in the tests), so ending right away is safe, whereas waiting for running
extractions to finish could take minutes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(sig: int = signal.SIGKILL) -> Callable[[], None]:
    """A ``preexec_fn`` that makes the child receive ``sig`` when this process ends.

    Made in the parent (it remembers the parent's pid, so that a parent that died between
    the fork and the prctl call is noticed). Does nothing where prctl does not exist."""
    parent = os.getpid()
    prctl = None
    if sys.platform.startswith("linux"):
        # Found here, in the parent: the child, between fork and exec, must do no more
        # than call it (find_library itself starts processes).
        try:
            prctl = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6",
                                use_errno=True).prctl
        except (OSError, AttributeError):
            prctl = None

    def arm() -> None:
        if prctl is None:
            return
        prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
        if os.getppid() != parent:  # the parent is already gone
            os.kill(os.getpid(), sig)

    return arm


def stop_at_once(message: str) -> None:
    """On SIGTERM or SIGINT, print ``message`` and end the process now (exit 128 + signal).

    Only for the main thread of a command-line run; returns without doing anything
    elsewhere (signal handlers can only be set there)."""
    def handler(signum: int, frame: FrameType | None) -> None:
        try:
            os.write(2, f"solieu: {signal.Signals(signum).name}: {message}\n".encode())
        finally:
            os._exit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread
        return
