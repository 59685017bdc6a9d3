"""The solieu pipeline as a Prefect flow: the core's steps (``solieu.pipeline``) as tasks.

This module is wiring: it says how each step of ``solieu.pipeline`` runs (tasks,
retries, caching, artifacts) and runs the flow for ``solieu run`` on Prefect's
embedded default. What the steps do, and how a run's outcome is worded, is in the core.

- ``publish_datasets`` is the flow: the nightly and manual deployments in
  ``prefect.yaml`` run it, and so does ``solieu run`` (``run_command``).
- Reports are analysed (extracted, given sectors, matched to indicators) in batches,
  a few tasks per worker (with worker processes, which share the reports out, one task
  per dataset of up to 250 reports), each report only if its results are not kept in the state
  folder under the hash of its text, the extractor and the indicator catalog
  (``solieu.store``): an unchanged report is not extracted again by the next run, nor
  by the next process, and a dataset whose inputs are all unchanged submits no task.
- The task runner is chosen when the flow is called, from its settings: threads by
  default, a Dask LocalCluster for ``dask`` (or the cluster at the Dask address).

Imports are absolute (``from solieu.x import y``): Prefect loads this file as a script.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_table_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from solieu import pipeline as core
from solieu.compiled import stale
from solieu.incremental import DatasetBuild
from solieu.indicator_catalog import IndicatorCatalog
from solieu.processes import stop_at_once
from solieu.publish import PublishResult
from solieu.revisions import Outcome, fetch_counts, outcome_rows
from solieu.settings import Settings, from_environment
from solieu.sources import REPORT_SIZE_LIMIT, Dataset, InputError, Source
from solieu.store import Counts
from solieu.summary import change_rows, summary_markdown
from solieu.workers import AnalysisPool

ValidationFailed = core.ValidationFailed
# Set by `solieu run` only: a deployment's run is stopped by its worker, which Prefect's
# own SIGTERM handling serves.
_stop_at_once = False


def make_task_runner(settings: Settings) -> TaskRunner[Any]:
    """The task runner ``settings`` name: threads, or Dask.

    Dask runs a LocalCluster of one single-threaded process per core, so extraction
    (pure Python, bound by the GIL under threads) really runs in parallel; or, with a
    Dask address (e.g. tcp://10.0.0.5:8786), uses a cluster already running.
    Submitting a task to Dask costs Prefect about 50 ms in the flow's process (see
    BENCHMARKS.md): worth it when one report takes longer than that.
    """
    if settings.task_runner == "threads":
        return ThreadPoolTaskRunner(max_workers=max(4, os.cpu_count() or 1))
    from prefect_dask import DaskTaskRunner  # only imported when asked for

    if settings.dask_address:  # a running cluster (dask scheduler address)
        return DaskTaskRunner(address=settings.dask_address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": os.cpu_count() or 1,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,
        },
    )


# --- tasks: the core's steps ------------------------------------------------------


def _retry_unless_bad_input(task: Any, task_run: Any, state: Any) -> bool:
    # A missing disk or a busy network share can come back; a malformed file cannot.
    return not isinstance(state.result(raise_on_failure=False), InputError)


@task(
    name="load sources",
    task_run_name="load {path.name}",
    retries=2,
    retry_delay_seconds=2,
    retry_condition_fn=_retry_unless_bad_input,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def load_sources(path: Path, renditions: Path | None = None,
                 max_bytes: int = REPORT_SIZE_LIMIT) -> Dataset:
    """Read ``raw/<dataset>/`` (the only step that reads files, so the only one retried);
    the texts made from originals are kept in ``renditions``; none over ``max_bytes``."""
    return core.load_sources(path, renditions, max_bytes)


@task(name="fetch", task_run_name="fetch sources", cache_policy=NO_CACHE, persist_result=False)
def fetch_sources(settings: Settings, dirs: list[Path]) -> list[Outcome]:
    """Ask every registered URL for a new revision, one request at a time per host. Not
    retried as a task: the requests are retried inside, and a source that still fails
    keeps its last good revision. Every source's outcome goes to the artifact ``fetch``."""
    outcomes = core.fetch(settings, dirs, step)
    create_table_artifact(outcome_rows(outcomes) or [{"dataset": "", "source": "",
                                                      "outcome": "no sources", "message": ""}],
                          key="fetch", description=f"fetching the sources: {fetch_counts(outcomes)}")
    return outcomes


# Reports per analysis task. A task costs Prefect 10-50 ms of its own and a report
# about as much to analyse: a batch of at least BATCH_MIN makes that cost small beside
# the work, and at most BATCH_MAX keeps every worker busy to the end.
BATCH_MIN, BATCH_MAX = 25, 250


def batches(sources: list[Source], workers: int, *, pooled: bool = False) -> list[list[Source]]:
    """``sources`` in about four batches per worker, of BATCH_MIN to BATCH_MAX reports;
    ``pooled``: the tasks hand their reports to worker processes, which share them out
    in pieces (:class:`~solieu.workers.AnalysisPool`), so a task is only a wait and
    BATCH_MAX reports make one (a dataset of 100 reports is one task, not four).

    >>> [len(b) for b in batches(list(range(130)), workers=1)]  # type: ignore[arg-type]
    [33, 33, 33, 31]
    >>> [len(b) for b in batches(list(range(30)), workers=4)]  # type: ignore[arg-type]
    [25, 5]
    >>> [len(b) for b in batches(list(range(300)), workers=4, pooled=True)]  # type: ignore[arg-type]
    [250, 50]
    """
    size = math.ceil(len(sources) / (4 * max(1, workers)))
    size = BATCH_MAX if pooled else max(BATCH_MIN, min(BATCH_MAX, size))
    return [sources[i:i + size] for i in range(0, len(sources), size)]


def span(ids: list[str]) -> str:
    """The reports of a batch in a few words, for its task run's name.

    >>> span(["a", "b", "c"])
    'a … c (3)'
    >>> span(["a"])
    'a'
    """
    return ids[0] if len(ids) == 1 else f"{ids[0]} … {ids[-1]} ({len(ids)})"


@task(name="analyse", task_run_name="analyse {dataset_name}: {reports}",
      cache_policy=NO_CACHE, persist_result=False)
def analyse_reports(settings: Settings, catalog: IndicatorCatalog, sources: list[Source],
                    force: bool, dataset_name: str, reports: str,
                    pool: AnalysisPool | None = None) -> Counts:
    """Extract and analyse a batch of reports, each only if its results are not kept
    (the store is the per-report cache: a report's text, the extractor and the
    indicator catalog decide its results); with a ``pool``, in its worker processes
    (the task's thread waits for them)."""
    counts = core.analyse_reports(settings, catalog, sources, force=force, pool=pool)
    # In the run's log (the UI), not a line of its own in `solieu run`.
    get_run_logger().info(f"{dataset_name}: {reports}: {len(counts.computed)} analysed, "
                          f"{len(counts.reused)} unchanged")
    return counts


@task(name="build tables", task_run_name="build tables {dataset.name}", cache_policy=NO_CACHE,
      persist_result=False)
def build_tables(settings: Settings, catalog: IndicatorCatalog, dataset: Dataset, inputs: str,
                 force: bool, analysed: Counts | None) -> DatasetBuild:
    """The package's tables of one dataset, from its reports' kept results."""
    return core.build(settings, catalog, dataset, inputs, force=force, analysed=analysed,
                      say=step)


@task(name="up to date", task_run_name="up to date: {count} dataset(s)",
      cache_policy=NO_CACHE, persist_result=False)
def keep_up_to_date(settings: Settings, records: dict[str, dict[str, Any]], count: int,
                    dry_run: bool) -> dict[str, dict[str, Any]]:
    """The datasets where nothing changed (one task for all): bring their zips and
    latest/ in line, and say so."""
    if records:
        step(f"nothing changed since the last run in {count} dataset(s): "
             f"{', '.join(sorted(records))}")
    return {name: core.keep_up_to_date(settings, name, record, dry_run=dry_run)
            for name, record in records.items()}


@task(name="publish", task_run_name="publish {made.dataset.name}", cache_policy=NO_CACHE,
      persist_result=False)
def publish_tables(settings: Settings, catalog: IndicatorCatalog, made: DatasetBuild,
                   release_note: str | None, dry_run: bool) -> tuple[PublishResult, DatasetBuild]:
    """Validate and publish one dataset; no retries, publishing must happen once."""
    return core.publish_tables(settings, catalog, made, release_note=release_note,
                               dry_run=dry_run, say=step)


@task(name="update catalog", cache_policy=NO_CACHE, persist_result=False)
def update_catalog(settings: Settings) -> None:
    """Bring the panel up to date; rewrite published/catalog.json and index.html."""
    core.catalog(settings, step)


# --- the flow ---------------------------------------------------------------------


@flow(
    name="publish-datasets",
    description="Publish every dataset in raw/ whose reports or extractor changed.",
    # Like its tasks': the summaries are returned and said, not kept by Prefect (and
    # the run does not ask the server where it would keep them).
    persist_result=False,
)
def publish_datasets(
    datasets: list[str] | None = None,
    force: bool = False,
    dry_run: bool = False,
    release_note: str | None = None,
    raw: str | None = None,
    published: str | None = None,
    root: str | None = None,
    task_runner: str | None = None,
    fetch: bool = True,
    processes: int | None = None,
) -> list[dict[str, Any]]:
    """Fetch, load, extract, build, validate and publish each dataset, then update the catalog.

    Returns one summary per dataset (status, version, counts). Fails, after writing the
    validation report as an artifact, if a dataset did not validate (nothing of that
    dataset is published, the others are) or a report was held back (the rest of its
    dataset is published). Fails too, at the end, if a source could not be fetched (it
    keeps its last good revision; the artifact ``fetch`` says why).

    Args:
        datasets: Folders in raw/ to publish, e.g. ["son-la-city"]. Empty: every dataset.
        fetch: First ask every source's URL whether the report changed (conditional
            requests); a changed one is kept as a new revision beside the old.
        force: Extract every report again, even those unchanged since the last run.
        dry_run: Build and validate, but publish nothing.
        release_note: A sentence for the changelog of the version this run publishes.
        raw: The raw folder. Empty: raw/ in the project.
        published: The open-data folder. Empty: published/ in the project.
        root: The project folder. Empty: $SOLIEU_HOME, else the working directory's project.
        task_runner: threads or dask. Empty: $SOLIEU_TASK_RUNNER, else threads.
        processes: With threads, the worker processes that analyse reports (the tasks
            hand their reports to them). Empty: $SOLIEU_PROCESSES, else the cores; 1: none.
    """
    if _stop_at_once:  # `solieu run`: after Prefect's own handler, which would wait
        stop_at_once("stopped; nothing was published half-way (the next run cleans up).")
    # The flow's parameters are an edge, like the command line: settings are made here.
    settings = from_environment(os.environ, Path.cwd(), root=root, raw=raw,
                                published=published, task_runner=task_runner,
                                processes=processes)
    if why := stale():  # on the run page too, for a run a deployment started
        get_run_logger().warning(why)
    dirs = core.select(settings, datasets)
    step(f"{len(dirs)} dataset(s): {', '.join(d.name for d in dirs)}")
    outcomes: list[Outcome] = fetch_sources(settings, dirs) if fetch else []  # type: ignore[assignment]
    with make_task_runner(settings) as runner:
        summaries = _publish_each(settings, runner, dirs, force=force, dry_run=dry_run,
                                  release_note=release_note)
    if not dry_run:
        update_catalog(settings)
    failed = core.run_failure(summaries, outcomes)
    if failed:
        raise failed
    return summaries


def _workers(settings: Settings) -> int:
    cores = os.cpu_count() or 1
    return cores if settings.task_runner == "dask" else max(4, cores)


def _as_is(value: Any) -> Any:
    return value


def _publish_each(settings: Settings, runner: TaskRunner[Any], dirs: list[Path], *,
                  force: bool, dry_run: bool, release_note: str | None) -> list[dict[str, Any]]:
    """Every changed report of every dataset is analysed in parallel, in batches;
    datasets publish one by one. A dataset whose files and code are all unchanged
    since the last run is not even loaded."""
    catalog = core.indicator_catalog(settings)
    inputs = {d.name: core.fingerprint(settings, catalog, d) for d in dirs}
    records = {} if force else {d.name: core.unchanged(settings, catalog, d, inputs[d.name])
                                for d in dirs}
    renditions = settings.state / "renditions"
    # Prefect walks every parameter of a task looking for futures, into every report
    # and rule: about 0.1 s per task for a dataset of ten reports. ``quote`` spares the
    # walk; only in this process, as Dask takes a quote (a tuple) apart when it ships it.
    passed: Callable[[Any], Any] = quote if settings.task_runner == "threads" else _as_is
    loaded = {d.name: runner.submit(load_sources, {"path": d, "renditions": renditions,
                                                   "max_bytes": settings.report_size_limit})
              for d in dirs if records.get(d.name) is None}
    todos: dict[str, list[Source]] = {}
    kept: dict[str, Counts] = {}  # per dataset: the reports whose results were kept
    for name, future in loaded.items():
        try:
            dataset = future.result()
        except InputError as exc:  # a file to fix: say which in the UI too, then stop
            create_markdown_artifact(f"# {name}: bad input, nothing published\n\n{exc}\n",
                                     key=f"{name}-summary", description=f"{name}: bad input")
            raise
        step(f"{name}: {len(dataset.sources)} source(s) read from {settings.short(dataset.path)}")
        # Only reports without kept results are handed out: a task costs more than
        # finding that a report's results are kept (a file-exists check).
        todos[name] = core.to_analyse(settings, catalog, dataset.sources, force=force)
        ids = {s.source_id for s in todos[name]}
        kept[name] = Counts(reused=[s.source_id for s in dataset.sources
                                    if s.source_id not in ids])
    # Under threads, tasks take turns on one core: they hand their reports to worker
    # processes shared by all of them (the Dask runner has processes of its own).
    pool = (core.analysis_pool(settings, catalog) if settings.task_runner == "threads"
            and core.worth_a_pool(sum(map(len, todos.values()))) else None)
    with pool or nullcontext():
        analysing: dict[str, list[PrefectFuture[Counts]]] = {
            name: [runner.submit(analyse_reports, {
                "settings": settings, "catalog": passed(catalog), "sources": passed(batch),
                "force": force, "dataset_name": name,
                "reports": span([s.source_id for s in batch]), "pool": passed(pool)})
                for batch in batches(todo, _workers(settings), pooled=pool is not None)]
            for name, todo in todos.items()}
        return _build_and_publish(settings, catalog, dirs, records, inputs, loaded, kept,
                                  analysing, pool, force=force, dry_run=dry_run,
                                  release_note=release_note)


def _build_and_publish(settings: Settings, catalog: IndicatorCatalog, dirs: list[Path],
                       records: dict[str, dict[str, Any] | None], inputs: dict[str, str],
                       loaded: dict[str, PrefectFuture[Dataset]], kept: dict[str, Counts],
                       analysing: dict[str, list[PrefectFuture[Counts]]],
                       pool: AnalysisPool | None, *, force: bool, dry_run: bool,
                       release_note: str | None) -> list[dict[str, Any]]:
    """Each dataset built and published, in order, as its reports' analysis ends; the
    worker processes stop once the last dataset's reports are analysed, before it is
    published."""
    last = [name for name in analysing if analysing[name]][-1:]
    same = {name: record for name, record in records.items() if record is not None}
    up_to_date: dict[str, dict[str, Any]] = keep_up_to_date(  # type: ignore[assignment,call-overload]
        settings, quote(same), len(same), dry_run) if same else {}  # a task call
    summaries = []
    for folder in dirs:
        name = folder.name
        if name in up_to_date:
            summary = up_to_date[name]
            notes = summary["notes"]
        else:
            analysed = kept[name]
            for part in analysing[name]:
                analysed.add(part.result())
            if pool is not None and [name] == last:
                pool.close()
            made: DatasetBuild = build_tables(  # type: ignore[assignment,call-overload]  # a task
                settings, quote(catalog), quote(loaded[name].result()), inputs[name], force,
                quote(analysed))
            result, made = publish_tables(  # type: ignore[misc,call-overload]  # a task call
                settings, quote(catalog), quote(made), release_note, dry_run)
            summary = core.summarise_build(made, result)
            notes = result.notes
            _create_artifacts(settings, summary, result)
        step(f"{name}: {summary['said']}")
        for note in notes:  # warnings and repairs: said, never silent
            step(f"{name}: {note}")
        summaries.append(summary)
    if up_to_date:
        _up_to_date_artifact(settings, [up_to_date[d.name] for d in dirs if d.name in up_to_date])
    return summaries


# --- what a run shows: log lines and artifacts ------------------------------------

STEP = "solieu_step"  # marks our own log lines, so `solieu run` can show just those


def step(message: str) -> None:
    """Log one step of the pipeline in plain words (the UI's log, and `solieu run`'s lines)."""
    get_run_logger().info(message, extra={STEP: True})


SITE = "http://127.0.0.1:8000"  # where `make site` serves published/


def site_url(settings: Settings, path: Path) -> str:
    """The address of a folder of published/ as `make site` serves it."""
    try:
        rel = path.relative_to(settings.published.resolve()).as_posix()
    except ValueError:
        return path.as_uri()
    return f"{SITE}/{rel}/"


def _up_to_date_artifact(settings: Settings, summaries: list[dict[str, Any]]) -> None:
    """One table for every dataset in which nothing changed: its version, where it is,
    what is held back and the notes. Each artifact is a request to the server, and a
    dataset's own three would only say again what its last published run said."""
    rows = [{"dataset": s["dataset"], "version": s["version"],
             "published": site_url(settings, Path(s["path"]).resolve()) if s["path"] else "",
             "held back": ", ".join(sorted(s["held_back"])), "notes": " ".join(s["notes"])}
            for s in summaries]
    create_table_artifact(rows, key="up-to-date",
                          description=f"{len(rows)} dataset(s) up to date: nothing changed "
                                      "since their last version, nothing published")


def _create_artifacts(settings: Settings, summary: dict[str, Any], result: PublishResult) -> None:
    """A markdown summary, a table of the changes and a link to the version, for each
    dataset this run built (an unchanged one is a row of ``up-to-date``)."""
    name = summary["dataset"]
    create_markdown_artifact(summary_markdown(summary, result.report), key=f"{name}-summary",
                             description=f"{name}: what this run did")
    create_table_artifact(change_rows(result.changes), key=f"{name}-changes",
                          description=f"{name}: what changed since the previous version")
    if result.path and result.status != "rejected":
        # A browser will not open a file:// link from a web page: the link goes to the
        # folder as `make site` serves it, and the description gives the path to copy.
        path = Path(result.path).resolve()
        create_link_artifact(
            site_url(settings, path),
            link_text=f"{name} {result.version}",
            key=f"{name}-published",
            description=f"{name}: the published version. Open it with `make site` running, "
                        f"or copy the path: {path}",
        )


# --- `solieu run`: the flow on the embedded default ------------------------------------


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """Run the flow for ``solieu run`` on Prefect's embedded default; 0 when it succeeded.

    No server to start: unless PREFECT_API_URL is set, Prefect runs a temporary local
    server whose database and cached results live in ``settings.state`` (.prefect/ in
    the project unless PREFECT_HOME says otherwise). Prints one line per step.
    """
    global _stop_at_once
    _stop_at_once = True
    where = (os.environ.get("PREFECT_API_URL")
             or f"embedded (no server; state in {settings.short(settings.state)})")
    print(f"solieu run: Prefect {where}, task runner {settings.task_runner}", flush=True)
    with _readable_logs(), _embedded_prefect(settings.state):
        try:
            summaries = publish_datasets(
                datasets=list(args.datasets) or None,
                force=bool(args.force),
                dry_run=bool(args.dry_run),
                release_note=args.release_note,
                raw=str(settings.raw),
                published=str(settings.published),
                root=str(settings.root),
                task_runner=settings.task_runner,
                fetch=not getattr(args, "no_fetch", False),
                processes=settings.processes,
            )
        except (InputError, BrokenPipeError):
            raise  # the CLI says what to fix and exits 2 (or 0 for `| head`)
        except ValidationFailed as exc:
            print(f"solieu run: failed: {exc}", file=sys.stderr)
            return 1
        except Exception as exc:  # a crash inside a step: say which, not a traceback
            print(f"solieu run: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    for s in summaries:
        print(f"{s['dataset']}: {s['said']}")
    return 0


@contextmanager
def _embedded_prefect(state: Path) -> Iterator[None]:
    """Prefect's embedded default, kept in ``state`` and shared with child processes.

    The database and cached results go to ``state`` (the settings' PREFECT_HOME).
    Unless PREFECT_API_URL is set, one temporary server is used (the one ``solieu run``
    started before its imports, see :mod:`flows.embedded`) and its address exported,
    so that a Dask cluster's worker processes report to it instead of each starting a
    server of its own on the same SQLite file.
    """
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_CLIENT_SERVER_VERSION_CHECK_ENABLED,
        PREFECT_HOME,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        temporary_settings,
    )

    from flows import embedded

    env = embedded.prefect_env(state)
    updates: dict[Any, Any] = {
        PREFECT_HOME: env["PREFECT_HOME"],
        PREFECT_SERVER_ANALYTICS_ENABLED: False,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: embedded.STARTUP_TIMEOUT,
    }
    # SQLite creates the database file, not the folders above it.
    Path(env["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    saved = {k: os.environ.get(k) for k in [*env, "PREFECT_API_URL"]}
    os.environ.update(env)
    try:
        with temporary_settings(updates=updates):
            api = PREFECT_API_URL.value()
            ours: dict[Any, Any] = {}
            if api:  # a server named by a profile: one started early is not needed
                embedded.not_needed()
            else:
                api = embedded.server_for(state).wait()
                # The run's own server is this Prefect: no version to check (a request).
                ours[PREFECT_CLIENT_SERVER_VERSION_CHECK_ENABLED] = False
            os.environ["PREFECT_API_URL"] = api
            with temporary_settings(updates={PREFECT_API_URL: api, **ours}):
                yield
    finally:
        # The temporary server stops when the process exits (an exit hook), after the
        # last logs and events have been sent to it.
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


class _StepFilter(logging.Filter):
    """On the console: our step lines, and warnings and errors not already in our message."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, STEP, False):
            return False  # printed plainly by _StepHandler
        if record.exc_info or record.name.startswith(("prefect.flow_runs", "prefect.task_runs")):
            # the engine's tracebacks and state lines; the failure is summed up at the end
            return record.levelno >= logging.WARNING and not record.exc_info and (
                "Finished in state" not in record.getMessage())
        return record.levelno >= logging.WARNING


class _StepHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, STEP, False):
            print(f"  {record.getMessage()}", flush=True)


@contextmanager
def _readable_logs() -> Iterator[None]:
    """Print our steps one per line; keep Prefect's own logs to real warnings."""
    # The filter stays on: the temporary server logs its stop when the process exits.
    for h in logging.getLogger().handlers:
        if isinstance(h, logging.StreamHandler) and not any(
            isinstance(f, _StepFilter) for f in h.filters
        ):
            h.addFilter(_StepFilter())
    handler = _StepHandler()
    run_loggers = [logging.getLogger("prefect.flow_runs"), logging.getLogger("prefect.task_runs")]
    for logger in run_loggers:
        logger.addHandler(handler)
    try:
        yield
    finally:
        for logger in run_loggers:
            logger.removeHandler(handler)
