"""The whole run in plain Python: raw/ in, published/ out, no orchestrator needed.

The steps, in the order of a run (load, process, save):

0. :func:`fetch` every source with a URL again (a changed report is a new revision);
1. :func:`select` the datasets in ``raw/``, then :func:`load_sources` of each;
2. :func:`analyse_reports`: extract, give sectors and match indicators in every report
   whose results are not kept yet (the step worth running in parallel, in batches: in
   worker processes, :func:`analysis_pool`, one per core unless the settings say);
3. :func:`build` the package's tables of each dataset from its reports' results (or
   find that nothing changed since the last run: nothing more to do);
4. :func:`publish_tables`: validate and publish one dataset (or quarantine it);
5. :func:`catalog`: rewrite ``published/catalog.json`` and ``index.html``.

A run is incremental (:mod:`solieu.incremental`): each report's results are kept in
the state folder under the hash of its text, the extractor and the indicator catalog,
so a run makes only the results of reports that changed, and a dataset whose inputs
are all unchanged costs only reading them.

:func:`run` calls the steps one after another; the Prefect flow (``flows/pipeline.py``)
wraps the same functions as tasks, with retries, batches and artifacts. Every step
takes the :class:`~solieu.settings.Settings` or the values it needs and returns values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from solieu.extract import extract_columns
from solieu.fetch import Fetcher, FetchOptions
from solieu.incremental import DatasetBuild, Incremental
from solieu.indicator_catalog import IndicatorCatalog, load_indicator_catalog
from solieu.matching import FigureRows
from solieu.publish import PublishResult, large, publish, refresh, release_memory, update_catalog
from solieu.revisions import Outcome, fetch_counts, fetch_datasets, fetch_failure
from solieu.settings import Settings
from solieu.sources import (
    REPORT_SIZE_LIMIT,
    Dataset,
    InputError,
    Source,
    dataset_dirs,
    load_dataset,
)
from solieu.store import Counts
from solieu.summary import failure_message, summarise
from solieu.workers import PARALLEL_FROM, AnalysisPool

Say = Callable[[str], None]  # where a step's line goes: print, a logger, a list


class ValidationFailed(Exception):
    """A dataset's package did not validate (nothing of it was published), or a report
    was held back from its version (the others were published)."""


class FetchFailed(ValidationFailed):
    """A source could not be fetched: it kept its last good revision and everything else
    went on; the run fails at its end so that the operator sees it (a kind of
    ValidationFailed, so that the command and the flow end alike: exit 1, Failed)."""


def publishing_state(settings: Settings) -> Path:
    """Where publishing keeps what it learnt between runs (hashes of published files,
    the sources' warnings, what the panel and catalog were made from)."""
    return settings.state / "publishing"


def _quiet(message: str) -> None:
    """Say nothing (the default for callers that only want the values)."""


def select(settings: Settings, names: list[str] | None = None) -> list[Path]:
    """The dataset folders of ``raw/`` to run: ``names``, or every dataset."""
    dirs = dataset_dirs(settings.raw, names or None)
    if not dirs:
        raise InputError(f"{settings.raw}: no datasets (folders with a dataset.yaml) to publish.")
    return dirs


def fetch(settings: Settings, dirs: list[Path], say: Say = _quiet) -> list[Outcome]:
    """Ask every source with a URL in ``dirs`` for a new revision (conditional requests;
    see solieu.revisions): what changed upstream and what failed are said."""
    options = FetchOptions(max_bytes=settings.report_size_limit)

    def tell(outcome: Outcome) -> None:
        if outcome.status in ("new_revision", "failed"):
            say(outcome.line)

    with Fetcher(options) as fetcher:
        outcomes = fetch_datasets(dirs, fetcher, each=tell,
                                  renditions=settings.state / "renditions")
    say(f"fetched: {fetch_counts(outcomes)}")
    return outcomes


def load_sources(path: Path, renditions: Path | None = None,
                 max_bytes: int = REPORT_SIZE_LIMIT) -> Dataset:
    """Read ``raw/<dataset>/``: its metadata and every source, checked (``renditions``:
    the folder that keeps the texts made from originals, e.g. ``settings.state/renditions``;
    ``max_bytes``: the settings' report size limit)."""
    return load_dataset(path, renditions, max_bytes)


def run_failure(summaries: list[dict[str, Any]], outcomes: list[Outcome]) -> ValidationFailed | None:
    """The exception a run ends with: datasets that did not validate or held a report
    back, sources that could not be fetched, or None when everything went well."""
    invalid = failure_message(summaries)
    unfetched = fetch_failure(outcomes)
    if invalid:
        return ValidationFailed("; ".join(m for m in (invalid, unfetched) if m))
    return FetchFailed(unfetched) if unfetched else None


def extract_figures(source: Source) -> FigureRows:
    """The figures of one source, one list per column (what the analysis reads)."""
    return FigureRows(extract_columns(source.text, source.source_id))


def indicator_catalog(settings: Settings) -> IndicatorCatalog:
    """The indicator catalog and sectors of ``settings.schemas``."""
    return load_indicator_catalog(settings.schemas / "indicators.yaml",
                                  settings.schemas / "sectors.yaml")


def results(settings: Settings, catalog: IndicatorCatalog) -> Incremental:
    """The kept per-report results and per-dataset records of ``settings.state``."""
    return Incremental(settings.state / "results", catalog)


def analyse_reports(settings: Settings, catalog: IndicatorCatalog, sources: list[Source],
                    *, force: bool = False, pool: AnalysisPool | None = None) -> Counts:
    """Extract and analyse every source of ``sources`` whose results are not kept
    (every one with ``force``), and keep them; any batch of sources, in any process.
    With a ``pool``, in its worker processes (:func:`analysis_pool`)."""
    if pool is None:
        return results(settings, catalog).analyse(sources, force=force, extract=extract_figures)
    return pool.analyse(sources, force=force)


def analysis_pool(settings: Settings, catalog: IndicatorCatalog) -> AnalysisPool | None:
    """The worker processes that analyse reports (``settings.processes``; they start
    when first used), or None for one process: the run's own."""
    if settings.processes <= 1:
        return None
    return AnalysisPool(settings.processes, catalog, results(settings, catalog).store.root)


def worth_a_pool(count: int) -> bool:
    """Whether ``count`` reports to analyse are worth worker processes (each costs
    about a second to start)."""
    return count >= PARALLEL_FROM


def to_analyse(settings: Settings, catalog: IndicatorCatalog, sources: list[Source], *,
               force: bool = False) -> list[Source]:
    """The sources :func:`analyse_reports` would make results for: those whose results
    are not kept (every one with ``force``); a caller that hands out the work submits
    only these."""
    return list(sources) if force else results(settings, catalog).not_kept(sources)


def fingerprint(settings: Settings, catalog: IndicatorCatalog, folder: Path) -> str:
    """The hash of every input of a dataset (see :meth:`Incremental.fingerprint`)."""
    return results(settings, catalog).fingerprint(folder)


def unchanged(settings: Settings, catalog: IndicatorCatalog, folder: Path,
              inputs: str) -> dict[str, Any] | None:
    """The last run's record of the dataset at ``folder`` if nothing changed since
    (``inputs``: its :func:`fingerprint`), else None."""
    return results(settings, catalog).unchanged(folder.name, inputs, settings.published)


def build(settings: Settings, catalog: IndicatorCatalog, dataset: Dataset, inputs: str, *,
          force: bool = False, analysed: Counts | None = None, say: Say = _quiet,
          ) -> DatasetBuild:
    """The package's tables (sources, figures, indicators, observations) of one
    dataset from its reports' results (made here unless ``analysed`` says they were);
    ``inputs``: the dataset's :func:`fingerprint`, taken before it was loaded."""
    made = results(settings, catalog).build(dataset, settings.published, inputs, force=force,
                                            analysed=analysed)
    say(f"{dataset.name}: {len(made.counts.computed)} report(s) analysed, "
        f"{len(made.counts.reused)} unchanged")
    counts = ", ".join(f"{len(df)} {name}" for name, df in made.tables.items())
    say(f"{dataset.name}: tables built ({counts})")
    for sid, reasons in made.held_back.items():
        say(f"{dataset.name}: {sid} held back: {reasons[0]}"
            + (f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""))
    return made


MAX_ROUNDS = 3  # validations of one dataset in a run, each holding back more reports


def publish_tables(settings: Settings, catalog: IndicatorCatalog, made: DatasetBuild, *,
                   release_note: str | None = None, dry_run: bool = False,
                   say: Say = _quiet) -> tuple[PublishResult, DatasetBuild]:
    """Validate and publish one dataset to ``settings.published``; remember what it was
    made from, and quarantine the reports held back.

    When validation fails only in rows of some reports (a share over 100% in one
    report, say), those reports are held back and the rest is validated again: the
    rejected package and its report stay in the quarantine folder. Returns the result
    and the build as published (with every report held back)."""
    for _ in range(MAX_ROUNDS):
        result = publish(made.dataset, made.tables, settings.published,
                         quarantine=settings.quarantine, release_note=release_note,
                         dry_run=dry_run, schemas=settings.schemas,
                         changed_sources=made.changed_sources, checked=made.checked,
                         # the panel and catalog: once, at the run's end
                         derived=False, state=publishing_state(settings),
                         staged=made.let_go)  # written: their memory is free for the rest
        failing = _failing_sources(result) if result.status == "rejected" else None
        if not failing or len(failing) >= len(made.dataset.sources):
            break
        say(f"{made.dataset.name}: validation failed in {len(failing)} report(s) only "
            f"({', '.join(sorted(failing))}): holding them back, validating the rest")
        left = replace(made.dataset, sources=[s for s in made.dataset.sources
                                              if s.source_id not in failing])
        made = made.without(failing, results(settings, catalog).build(
            left, settings.published, made.fingerprint, analysed=made.counts))
    if not dry_run:
        kept = results(settings, catalog)
        kept.remember(made, result.status, result.version, settings.published,
                      result.warnings)
        kept.quarantine(made, settings.quarantine)
    return result, made


def _failing_sources(result: PublishResult) -> dict[str, list[str]] | None:
    """Source id -> what failed, if every error of a rejected package is in a row of a
    table with a source_id (read from the quarantined package); else None."""
    report = result.report
    errors = [p for p in getattr(report, "problems", []) if p.severity == "error"]
    if report is None or result.path is None or len(errors) != report.errors:
        return None  # some errors are counted, not listed: not all can be placed
    columns: dict[str, list[Any]] = {}
    found: dict[str, list[str]] = {}
    for p in errors:
        if p.table is None or p.row is None:
            return None
        if p.table not in columns:
            path = Path(result.path) / "data" / f"{p.table}.csv"
            try:
                columns[p.table] = pd.read_csv(path, usecols=["source_id"], dtype=str,
                                               keep_default_na=False)["source_id"].tolist()
            except (OSError, ValueError):
                return None
        rows = columns[p.table]
        if not 2 <= p.row < len(rows) + 2:
            return None
        found.setdefault(rows[p.row - 2], []).append(
            f"validation: {p.check} ({p.where()}): {p.message}")
    return found or None


def keep_up_to_date(settings: Settings, name: str, record: dict[str, Any], *,
                    dry_run: bool = False) -> dict[str, Any]:
    """The summary of a dataset found unchanged (``record``: its last run's); its
    versions are checked against the ledger and its zips and latest/ brought in line
    with them, as ``publish`` does; what was restored and the sources' warnings are
    said with it, as ``publish`` says them."""
    version = str(record["version"])
    notes = refresh(settings.published, name, dry_run=dry_run, state=publishing_state(settings))
    notes += [str(w) for w in record.get("warnings") or []]
    result = PublishResult("up_to_date", version, settings.published / name / version,
                           summary=" ".join([f"{name}: up to date ({version}); nothing "
                                             "published.", *notes]), notes=notes)
    count = int(record.get("source_count", 0))
    return summarise(name, count, record.get("rows", {}), result, extracted=0, cached=count,
                     held_back=record.get("held_back"))


def catalog(settings: Settings, say: Say = _quiet) -> None:
    """Bring the panel up to date and rewrite ``published/catalog.json`` and
    ``index.html`` from the folders on disk."""
    update_catalog(settings.published, state=publishing_state(settings))
    say(f"panel and catalog up to date: {settings.short(settings.published / 'catalog.json')}")


def run(
    settings: Settings,
    datasets: list[str] | None = None,
    *,
    force: bool = False,
    release_note: str | None = None,
    dry_run: bool = False,
    fetch_first: bool = True,
    say: Say = _quiet,
) -> list[dict[str, Any]]:
    """Every step for every dataset, one after another; one summary per dataset.

    ``force``: analyse every report again and rebuild every dataset, even unchanged.
    With ``settings.processes`` over 1, reports are analysed in worker processes: a
    script calling this needs the ``if __name__ == "__main__":`` guard (each worker, a
    fresh interpreter, imports the script).
    Raises :class:`ValidationFailed` after the last dataset if one did not validate
    (nothing of it is published, the others are) or a report was held back (the rest
    of its dataset is published), :class:`FetchFailed` if a source could not be fetched
    (``fetch_first``; it kept its last good revision), and InputError on bad input.
    """
    dirs = select(settings, datasets)
    say(f"{len(dirs)} dataset(s): {', '.join(d.name for d in dirs)}")
    outcomes = fetch(settings, dirs, say) if fetch_first else []
    indicators = indicator_catalog(settings)
    summaries = []
    inputs = {d: fingerprint(settings, indicators, d) for d in dirs}
    records = {d: None if force else unchanged(settings, indicators, d, inputs[d]) for d in dirs}
    changed = [d for d in dirs if records[d] is None]
    pool = analysis_pool(settings, indicators)
    try:
        for folder in dirs:
            record = records[folder]
            if record is not None:
                summary = keep_up_to_date(settings, folder.name, record, dry_run=dry_run)
                say(f"{folder.name}: nothing changed since the last run; {summary['said']}")
                for note in summary["notes"]:  # warnings and repairs: said, never silent
                    say(f"{folder.name}: {note}")
                summaries.append(summary)
                continue
            # The workers stop once the last changed dataset is analysed: their memory is
            # free again before its (largest) tables are built and published.
            summaries.append(_run_dataset(settings, indicators, folder, inputs[folder],
                                          force=force, release_note=release_note,
                                          dry_run=dry_run, say=say, pool=pool,
                                          last=folder == changed[-1]))
    finally:
        if pool is not None:
            pool.close()
    if not dry_run:
        catalog(settings, say)
    failed = run_failure(summaries, outcomes)
    if failed:
        raise failed
    return summaries


def _run_dataset(settings: Settings, indicators: IndicatorCatalog, folder: Path, inputs: str,
                 *, force: bool, release_note: str | None, dry_run: bool, say: Say,
                 pool: AnalysisPool | None = None, last: bool = True) -> dict[str, Any]:
    """Load, analyse, build and publish one changed dataset; its summary. A function of
    its own so that its texts and tables are freed before the next dataset, and before
    the panel and catalog are rewritten (which read every dataset again)."""
    dataset = load_sources(folder, settings.state / "renditions", settings.report_size_limit)
    say(f"{dataset.name}: {len(dataset.sources)} source(s) read from "
        f"{settings.short(dataset.path)}")
    todo = to_analyse(settings, indicators, dataset.sources, force=force)
    ids = {s.source_id for s in todo}
    analysed = Counts(reused=[s.source_id for s in dataset.sources if s.source_id not in ids])
    analysed.add(analyse_reports(settings, indicators, todo, force=force,
                                 pool=pool if pool is not None and (
                                     pool.started or worth_a_pool(len(todo))) else None))
    if pool is not None and last:
        pool.close()
    made = build(settings, indicators, dataset, inputs, force=force, analysed=analysed,
                 say=say)
    release_memory(large(made.tables))  # what assembling the tables held beside them
    result, made = publish_tables(settings, indicators, made, release_note=release_note,
                                  dry_run=dry_run, say=say)
    summary = summarise_build(made, result)
    say(f"{dataset.name}: {summary['said']}")
    for note in result.notes:  # warnings and repairs: said, never silent
        say(f"{dataset.name}: {note}")
    return summary


def summarise_build(made: DatasetBuild, result: PublishResult) -> dict[str, Any]:
    """One built dataset's outcome as plain values (see :func:`solieu.summary.summarise`)."""
    rows = made.rows
    computed = len(made.counts.computed)
    return summarise(made.dataset.name, made.source_count, rows, result, extracted=computed,
                     cached=made.source_count - computed, held_back=made.held_back)
