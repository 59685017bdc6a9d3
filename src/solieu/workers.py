"""Reports analysed in worker processes, so that a run uses every core.

Analysing a report (extraction, sector words, indicator rules) is pure Python: in
threads, reports take turns on one core. An :class:`AnalysisPool` runs ``processes``
worker processes for a run. They are spawned (a fresh interpreter each, not a fork of a
process that runs threads and, under Prefect, talks to a server) when the first
reports are handed out, and each is given the indicator catalog once, when it starts.
A worker writes the results of the reports it is handed to the store itself
(:func:`solieu.tables.analyse_sources`, each report under its own key, written beside
and renamed), and sends back only their ids: no figures cross between processes.

A report's bad input in a worker is the same :class:`~solieu.sources.InputError`, with
the same message naming its file, as in the run's own process. A worker that dies (killed,
out of memory) stops the run with one message naming the reports it may have been
analysing; the results already kept stay good, as every entry is complete or absent.
A worker whose run has ended (killed, or stopped at once on SIGTERM) ends too, within
half a second, rather than finishing the reports it was handed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pandas as pd

from solieu.indicator_catalog import IndicatorCatalog
from solieu.matching import FigureRows
from solieu.sources import Source
from solieu.store import Counts, ReportStore
from solieu.tables import BATCH, analyse_sources

# Fewer reports than this are analysed in the run's own process: starting a worker
# (a new interpreter importing pandas and pyarrow) costs about a second, as much as
# analysing some 80 reports.
PARALLEL_FROM = 100
# Reports per piece of work sent to a worker: one analysis batch, so that pieces are
# small enough to keep every worker busy to the end of a run.
CHUNK = BATCH

# A source to its figures; a module-level function (it is sent to the workers by name).
Extract = Callable[[Source], pd.DataFrame | FigureRows]


class WorkerStopped(RuntimeError):
    """A worker process ended while analysing reports (killed, out of memory)."""


class AnalysisPool:
    """``processes`` worker processes analysing reports into the store at ``reports``
    (``<state>/results/reports``) with ``catalog``; started on first use, so a run with
    nothing to analyse starts none. Safe to use from several threads at once. Use as a
    context manager, or :meth:`close` it (idempotent; a closed pool starts again if
    used)."""

    def __init__(self, processes: int, catalog: IndicatorCatalog, reports: Path,
                 extract: Extract | None = None) -> None:
        self.processes = processes
        self._initargs = (catalog, Path(reports), extract, os.getpid())
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _started(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    self.processes, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start, initargs=self._initargs)
            return self._executor

    def analyse(self, sources: Sequence[Source], *, force: bool = False) -> Counts:
        """What :func:`solieu.tables.analyse_sources` does with ``sources``, in the
        workers, CHUNK reports at a time; the counts in the order of ``sources``."""
        chunks = [list(sources[i:i + CHUNK]) for i in range(0, len(sources), CHUNK)]
        if not chunks:
            return Counts()
        executor = self._started()
        futures: list[Future[tuple[list[str], list[str]]]] = []
        try:
            for chunk in chunks:
                futures.append(executor.submit(_analyse, chunk, force))
            counts = Counts()
            for chunk, future in zip(chunks, futures, strict=False):
                try:
                    computed, reused = future.result()
                except BrokenProcessPool:
                    ids = [s.source_id for s in chunk]
                    raise WorkerStopped(
                        f"a process analysing reports ({_span(ids)}) stopped before it "
                        "finished (killed, or out of memory?); the results kept so far are "
                        "good. Run again, or with --processes 1 (SOLIEU_PROCESSES=1) to "
                        "analyse in the run's own process.") from None
                counts.add(Counts(computed, reused))
            return counts
        except BrokenProcessPool:  # already broken when the work was handed out
            raise WorkerStopped(
                "a process analysing reports stopped (killed, or out of memory?); run "
                "again, or with --processes 1 (SOLIEU_PROCESSES=1).") from None
        finally:
            for future in futures:
                future.cancel()  # after a failure: the rest is not started

    @property
    def started(self) -> bool:
        """Whether the workers run (their start-up cost is paid)."""
        return self._executor is not None

    def pids(self) -> list[int]:
        """The worker processes' ids (none before the first use)."""
        executor = self._executor
        processes = getattr(executor, "_processes", None) or {}
        return sorted(processes)

    def close(self) -> None:
        """Stop the workers (after the work handed out) and free their memory."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _span(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{ids[0]} … {ids[-1]}, {len(ids)} reports"


# --- in a worker process ------------------------------------------------------------

_worker: tuple[IndicatorCatalog, ReportStore, Extract | None] | None = None


def _start(catalog: IndicatorCatalog, reports: Path, extract: Extract | None,
           run: int) -> None:
    # A Ctrl-C reaches every process of the terminal: a worker just ends, quietly; the
    # run says what happened.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    threading.Thread(target=_end_with, args=(run,), daemon=True).start()
    global _worker
    _worker = (catalog, ReportStore(reports), extract)


def _end_with(run: int) -> None:
    """End this worker as soon as the run's process ``run`` has: a run killed, or
    stopped at once on SIGTERM, cannot tell its workers, and a worker would otherwise
    go on with the reports it was handed for as long as they take. (The kernel's
    parent-death signal is tied to the thread that started the worker, which may end
    before the run does.) An orphan is adopted by another process: its parent changes."""
    while os.getppid() == run:
        time.sleep(0.5)
    os._exit(1)


def _analyse(sources: list[Source], force: bool) -> tuple[list[str], list[str]]:
    assert _worker is not None, "the worker was not started by AnalysisPool"
    catalog, store, extract = _worker
    if extract is None:
        counts = analyse_sources(sources, catalog, store, force=force)
    else:
        counts = analyse_sources(sources, catalog, store, force=force, extract=extract)
    return counts.computed, counts.reused
