"""The solieu pipeline as a Prefect flow: raw/ in, published/ out.

This module only orders the core's steps and says how each runs (tasks, retries,
caching, artifacts). Every step it calls lives in ``src/solieu/`` and imports no Prefect.

- ``publish_datasets`` is the flow: the nightly and manual deployments in
  ``prefect.yaml`` run it, and so does ``solieu run`` (``run_command``).
- Extraction is one task per source, cached on the source's sha256 and the
  extractor's version, with the result persisted: an unchanged report is not
  extracted again on the next run, nor by the next process.
- The task runner is a setting: threads by default, a Dask LocalCluster when
  ``SOLIEU_TASK_RUNNER=dask`` (or the cluster at ``SOLIEU_DASK_ADDRESS``).

Imports are absolute (``from solieu.x import y``): Prefect loads this file as a script.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_table_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner

import solieu
from solieu.extract import extract, extractor_version
from solieu.publish import PublishResult, publish, update_catalog
from solieu.sources import Dataset, InputError, Source, dataset_dirs, load_dataset
from solieu.tables import build_tables

TASK_RUNNER_ENV = "SOLIEU_TASK_RUNNER"
DASK_ADDRESS_ENV = "SOLIEU_DASK_ADDRESS"


class ValidationFailed(Exception):
    """A dataset's package did not validate: nothing of it was published."""


# --- settings ---------------------------------------------------------------------


def make_task_runner(kind: str | None = None) -> Any:
    """The task runner named by ``kind`` or ``$SOLIEU_TASK_RUNNER``: threads (default) or dask.

    Dask runs a LocalCluster of one single-threaded process per core, so extraction
    (pure Python, bound by the GIL under threads) really runs in parallel; or, with
    ``$SOLIEU_DASK_ADDRESS`` (e.g. tcp://10.0.0.5:8786), uses a cluster already running.
    Submitting a task to Dask costs Prefect about 50 ms in the flow's process (see
    BENCHMARKS.md): worth it when one report takes longer than that.
    """
    kind = (kind or os.environ.get(TASK_RUNNER_ENV) or "threads").strip().lower()
    if kind == "threads":
        return ThreadPoolTaskRunner(max_workers=max(4, os.cpu_count() or 1))
    if kind == "dask":
        from prefect_dask import DaskTaskRunner  # only imported when asked for

        if os.environ.get(DASK_ADDRESS_ENV):  # a running cluster (dask scheduler address)
            return DaskTaskRunner(address=os.environ[DASK_ADDRESS_ENV])
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={
                "n_workers": os.cpu_count() or 1,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            },
        )
    raise InputError(
        f"{TASK_RUNNER_ENV}={kind!r}: unknown task runner; use 'threads' or 'dask'."
    )


# --- tasks ------------------------------------------------------------------------


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
def load_sources(path: Path) -> Dataset:
    """Read ``raw/<dataset>/`` (the only step that reads files, so the only one retried)."""
    return load_dataset(path)


def _extract_cache_key(context: Any, parameters: dict[str, Any]) -> str:
    # The text's hash and the extractor's version (a hash of its code and vocabulary)
    # decide the figures, nothing else.
    source: Source = parameters["source"]
    return f"extract-{source.source_id}-{source.sha256}-{extractor_version()}"


@task(
    name="extract",
    task_run_name="extract {source.source_id}",
    cache_key_fn=_extract_cache_key,
    persist_result=True,
)
def extract_figures(source: Source) -> pd.DataFrame:
    """The figures of one source (skipped, and read from the cache, if nothing changed)."""
    figures = extract(source.text, source.source_id)
    # In the run's log (the UI), not a line of its own in `solieu run`: there may be thousands.
    get_run_logger().info(f"{source.source_id}: {len(figures)} figures extracted")
    return figures


@task(name="build tables", task_run_name="build tables {dataset.name}", cache_policy=NO_CACHE,
      persist_result=False)
def build_dataset_tables(
    dataset: Dataset, figures: dict[str, pd.DataFrame]
) -> dict[str, pd.DataFrame]:
    """The package's tables (sources, figures, indicators, observations) of one dataset."""
    tables = build_tables(dataset, figures)
    counts = ", ".join(f"{len(df)} {name}" for name, df in tables.items())
    step(f"{dataset.name}: tables built ({counts})")
    return tables


@task(name="publish", task_run_name="publish {dataset.name}", cache_policy=NO_CACHE,
      persist_result=False)
def publish_dataset(
    dataset: Dataset,
    tables: dict[str, pd.DataFrame],
    published: Path,
    release_note: str | None,
    dry_run: bool,
) -> Any:
    """Validate and publish one dataset; no retries, publishing must happen once."""
    return publish(dataset, tables, published, release_note=release_note, dry_run=dry_run)


@task(name="update catalog", cache_policy=NO_CACHE, persist_result=False)
def write_catalog(published: Path) -> None:
    """Rewrite published/catalog.json and index.html from the folders on disk."""
    update_catalog(published)
    step(f"catalog updated: {_short(published / 'catalog.json')}")


# --- the flow ---------------------------------------------------------------------


@flow(
    name="publish-datasets",
    description="Publish every dataset in raw/ whose reports or extractor changed.",
    task_runner=make_task_runner(),
)
def publish_datasets(
    datasets: list[str] | None = None,
    force: bool = False,
    dry_run: bool = False,
    release_note: str | None = None,
    raw: str | None = None,
    published: str | None = None,
) -> list[dict[str, Any]]:
    """Load, extract, build, validate and publish each dataset, then update the catalog.

    Returns one summary per dataset (status, version, counts). Fails, after writing the
    validation report as an artifact, if a dataset did not validate; nothing of that
    dataset is published, the others are.

    Args:
        datasets: Folders in raw/ to publish, e.g. ["son-la-city"]. Empty: every dataset.
        force: Extract every report again, even those unchanged since the last run.
        dry_run: Build and validate, but publish nothing.
        release_note: A sentence for the changelog of the version this run publishes.
        raw: The raw folder. Empty: raw/ in the project.
        published: The open-data folder. Empty: published/ in the project.
    """
    raw_dir = Path(raw) if raw else solieu.ROOT / "raw"
    published_dir = Path(published) if published else solieu.ROOT / "published"
    dirs = dataset_dirs(raw_dir, datasets or None)
    if not dirs:
        raise InputError(f"{raw_dir}: no datasets (folders with a dataset.yaml) to publish.")
    step(f"{len(dirs)} dataset(s): {', '.join(d.name for d in dirs)}")

    # Every source of every dataset is extracted in parallel; datasets publish one by one.
    loaded = {d.name: load_sources.submit(d) for d in dirs}
    extractor = extract_figures.with_options(refresh_cache=force)
    extracting: dict[str, dict[str, PrefectFuture[pd.DataFrame]]] = {}
    for name, future in loaded.items():
        try:
            dataset = future.result()
        except InputError as exc:  # a file to fix: say which in the UI too, then stop
            create_markdown_artifact(f"# {name}: bad input, nothing published\n\n{exc}\n",
                                     key=f"{name}-summary", description=f"{name}: bad input")
            raise
        step(f"{name}: {len(dataset.sources)} source(s) read from {_short(dataset.path)}")
        extracting[name] = {s.source_id: extractor.submit(s) for s in dataset.sources}

    summaries, failures = [], []
    for name, future in loaded.items():
        dataset = future.result()
        figures = {sid: f.result() for sid, f in extracting[name].items()}
        cached = sum(1 for f in extracting[name].values() if f.state.name == "Cached")
        step(
            f"{name}: {len(figures) - cached} source(s) extracted, "
            f"{cached} unchanged (cached)"
        )
        tables = build_dataset_tables(dataset, figures)
        result: PublishResult = publish_dataset(  # type: ignore[assignment]  # a task call, not a coroutine
            dataset, tables, published_dir, release_note, dry_run)
        summary = _summarise(dataset, tables, result, extracted=len(figures) - cached,
                             cached=cached)
        _create_artifacts(summary, result)
        step(f"{name}: {summary['said']}")
        summaries.append(summary)
        if result.status == "rejected":
            failures.append(summary)

    if not dry_run:
        write_catalog(published_dir)
    if failures:
        raise ValidationFailed("; ".join(
            f"{s['dataset']}: {s['said']}; the report is in the run's artifacts and in "
            f"{s['path']}/validation.json" for s in failures
        ))
    return summaries


# --- what a run says: logs and artifacts ------------------------------------------------

STEP = "solieu_step"  # marks our own log lines, so `solieu run` can show just those


def step(message: str) -> None:
    """Log one step of the pipeline in plain words (the UI's log, and `solieu run`'s lines)."""
    get_run_logger().info(message, extra={STEP: True})


def _short(path: Path | str | None) -> str:
    """A path relative to the project when it is inside it (shorter logs)."""
    if path is None:
        return ""
    try:
        return str(Path(path).resolve().relative_to(solieu.ROOT.resolve()))
    except ValueError:
        return str(path)


def _summarise(
    dataset: Dataset, tables: dict[str, pd.DataFrame], result: Any, *, extracted: int,
    cached: int,
) -> dict[str, Any]:
    """One dataset's outcome as plain values: the flow's return value and the artifacts."""
    status = result.status
    said = {
        "published": f"published version {result.version}",
        "up_to_date": f"up to date: nothing changed since version {result.version}",
        "dry_run": f"dry run: version {result.version} validated, nothing published",
        "rejected": f"validation failed ({_count(result.report, 'errors')} error(s)): "
        "nothing published",
    }.get(status, status)
    return {
        "dataset": dataset.name,
        "status": status,
        "version": result.version,
        "said": said,
        "sources": len(dataset.sources),
        "extracted": extracted,
        "cached": cached,
        "rows": {name: len(df) for name, df in tables.items()},
        "warnings": _count(result.report, "warnings"),
        "path": str(result.path) if result.path else None,
        "summary": getattr(result, "summary", "") or "",
    }


def _create_artifacts(summary: dict[str, Any], result: Any) -> None:
    """A markdown summary, a table of the changes and a link to the version, every run."""
    name = summary["dataset"]
    rows = "\n".join(f"| {table} | {n} |" for table, n in summary["rows"].items())
    markdown = (
        f"# {name}: {summary['said']}\n\n"
        f"Sources: {summary['sources']} ({summary['extracted']} extracted, "
        f"{summary['cached']} unchanged and read from the cache)\n\n"
        f"| table | rows |\n|---|---|\n{rows}\n\n"
    )
    if summary["summary"]:
        markdown += f"{summary['summary']}\n\n"
    if result.status == "rejected":
        markdown += "## Validation report\n\n" + _problems_markdown(result.report, "error")
    if summary["warnings"]:
        markdown += (f"## Warnings ({summary['warnings']})\n\n"
                     + _problems_markdown(result.report, "warning"))
    create_markdown_artifact(
        markdown, key=f"{name}-summary", description=f"{name}: what this run did"
    )
    create_table_artifact(
        _change_rows(result.changes),
        key=f"{name}-changes",
        description=f"{name}: what changed since the previous version",
    )
    if result.path and result.status != "rejected":
        create_link_artifact(
            Path(result.path).resolve().as_uri(),
            link_text=f"{name} {result.version}",
            key=f"{name}-published",
            description=f"{name}: the published version",
        )


MAX_CHANGE_ROWS = 500  # a table artifact is for reading; changes.json has everything


def _change_rows(changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The changes as table rows: a count per table, then value by value (capped)."""
    counts = changes.get("counts") or {}
    rows: list[dict[str, Any]] = [
        {"table": t, "change": "rows", "key": "", "field": "",
         "old": "", "new": ", ".join(f"{n} {what}" for what, n in c.items())}
        for t, c in sorted(counts.items()) if any(c.values())
    ]
    detail: list[dict[str, Any]] = []
    for t, diff in sorted((changes.get("tables") or {}).items()):
        key = diff.get("key") or []
        for what in ("added", "removed"):
            for row in diff.get(what, []):
                ident = {k: row.get(k) for k in key}
                detail.append({"table": t, "change": what, "key": _plain_key(ident),
                               "field": "", "old": "", "new": ""})
        for c in diff.get("changed", []):
            detail.append({"table": t, "change": "changed", "key": _plain_key(c["key"]),
                           "field": c["field"], "old": c["old"], "new": c["new"]})
    rows += detail[:MAX_CHANGE_ROWS]
    if len(detail) > MAX_CHANGE_ROWS:
        rows.append({"table": "", "change": f"... {len(detail) - MAX_CHANGE_ROWS} more",
                     "key": "see changes.json", "field": "", "old": "", "new": ""})
    for m in changes.get("metadata") or []:
        rows.append({"table": "datapackage.json", "change": "metadata", "key": "",
                     "field": m["path"], "old": m["old"], "new": m["new"]})
    return rows or [{"table": "", "change": "none", "key": "", "field": "",
                     "old": "", "new": "no changes since the previous version"}]


def _plain_key(key: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in key.items())


def _count(report: Any, what: str) -> int:
    """errors or warnings of a validation report (0 when there is none)."""
    return int(getattr(report, what, 0) or 0)


MAX_PROBLEMS = 50


def _problems_markdown(report: Any, severity: str) -> str:
    """The report's problems of one severity, one bullet each (at most MAX_PROBLEMS)."""
    problems = [p for p in getattr(report, "problems", []) if p.severity == severity]
    lines = []
    for p in problems[:MAX_PROBLEMS]:
        where = ", ".join(x for x in (p.table or "package",
                                      f"row {p.row}" if p.row is not None else "",
                                      f"field {p.field}" if p.field else "") if x)
        lines.append(f"- **{p.check}** ({where}): {p.message}")
    if len(problems) > MAX_PROBLEMS:
        lines.append(f"- ... and {len(problems) - MAX_PROBLEMS} more (see validation.json)")
    return "\n".join(lines) + "\n\n"


# --- `solieu run`: the flow on the embedded default ------------------------------------


def run_command(args: argparse.Namespace) -> int:
    """Run the flow for ``solieu run`` on Prefect's embedded default; 0 when it succeeded.

    No server to start: unless PREFECT_API_URL is set, Prefect runs a temporary local
    server whose database and cached results live in .prefect/ in the project
    (or wherever PREFECT_HOME says). Prints one line per step.
    """
    home = os.environ.get("PREFECT_HOME") or str(solieu.ROOT / ".prefect")
    where = os.environ.get("PREFECT_API_URL") or f"embedded (no server; state in {_short(home)})"
    print(f"solieu run: Prefect {where}, task runner "
          f"{os.environ.get(TASK_RUNNER_ENV) or 'threads'}", flush=True)
    with _readable_logs(), _embedded_prefect():
        try:
            summaries = publish_datasets(
                datasets=list(args.datasets) or None,
                force=bool(args.force),
                dry_run=bool(args.dry_run),
                release_note=args.release_note,
                raw=str(args.raw),
                published=str(args.published),
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
def _embedded_prefect() -> Iterator[None]:
    """Prefect's embedded default, kept inside the project and shared with child processes.

    The database and cached results go to .prefect/ in the project unless PREFECT_HOME
    is set. Unless PREFECT_API_URL is set, one temporary server is started here and its
    address exported, so that a Dask cluster's worker processes report to it instead of
    each starting a server of its own on the same SQLite file.
    """
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_HOME,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        temporary_settings,
    )

    env = {
        "PREFECT_HOME": os.environ.get("PREFECT_HOME") or str(solieu.ROOT / ".prefect"),
        # the telemetry heartbeat writes to SQLite while the schema is being created
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        # a cold start creates the database; a busy two-core machine needs more than 20 s
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        # child processes (Dask workers) print warnings only; their logs still reach the API
        "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    }
    updates: dict[Any, Any] = {
        PREFECT_HOME: env["PREFECT_HOME"],
        PREFECT_SERVER_ANALYTICS_ENABLED: False,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 90,
    }
    # SQLite creates the database file, not the folders above it.
    Path(env["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    saved = {k: os.environ.get(k) for k in [*env, "PREFECT_API_URL"]}
    os.environ.update(env)
    try:
        with temporary_settings(updates=updates):
            api = PREFECT_API_URL.value()
            if not api:
                server = SubprocessASGIServer()
                server.start(timeout=90)
                api = server.api_url
            os.environ["PREFECT_API_URL"] = api
            with temporary_settings(updates={PREFECT_API_URL: api}):
                yield
    finally:
        # The temporary server stops when the process exits (Prefect's own atexit hook),
        # after the last logs and events have been sent to it.
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
