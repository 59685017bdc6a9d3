"""The whole run in plain Python: raw/ in, published/ out, no orchestrator needed.

The steps, in the order of a run (load, process, save):

0. :func:`fetch` every source with a URL again (a changed report is a new revision);
1. :func:`select` the datasets in ``raw/``, then :func:`load_sources` of each;
2. :func:`extract_figures` of every source (the step worth running in parallel);
3. :func:`build` the package's tables of each dataset;
4. :func:`publish_tables`: validate and publish one dataset (or quarantine it);
5. :func:`catalog`: rewrite ``published/catalog.json`` and ``index.html``.

:func:`run` calls them one after another; the Prefect flow (``flows/pipeline.py``)
wraps the same functions as tasks, with retries, caching and artifacts. Every step
takes the :class:`~solieu.settings.Settings` or the values it needs and returns values.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from solieu.extract import extract
from solieu.fetch import Fetcher, FetchOptions
from solieu.publish import PublishResult, publish, update_catalog
from solieu.revisions import Outcome, fetch_counts, fetch_datasets, fetch_failure
from solieu.settings import Settings
from solieu.sources import REPORT_SIZE_LIMIT, Dataset, InputError, Source, dataset_dirs, load_dataset
from solieu.summary import failure_message, summarise
from solieu.tables import build_tables

Say = Callable[[str], None]  # where a step's line goes: print, a logger, a list


class ValidationFailed(Exception):
    """A dataset's package did not validate: nothing of it was published."""


class FetchFailed(ValidationFailed):
    """A source could not be fetched: it kept its last good revision and everything else
    went on; the run fails at its end so that the operator sees it (a kind of
    ValidationFailed, so that the command and the flow end alike: exit 1, Failed)."""


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
        outcomes = fetch_datasets(dirs, fetcher, each=tell)
    say(f"fetched: {fetch_counts(outcomes)}")
    return outcomes


def load_sources(path: Path, renditions: Path | None = None,
                 max_bytes: int = REPORT_SIZE_LIMIT) -> Dataset:
    """Read ``raw/<dataset>/``: its metadata and every source, checked (``renditions``:
    the folder that keeps the texts made from originals, e.g. ``settings.state/renditions``;
    ``max_bytes``: the settings' report size limit)."""
    return load_dataset(path, renditions, max_bytes)


def run_failure(summaries: list[dict[str, Any]], outcomes: list[Outcome]) -> ValidationFailed | None:
    """The exception a run ends with: datasets that did not validate, sources that could
    not be fetched, or None when everything went well."""
    invalid = failure_message(summaries)
    unfetched = fetch_failure(outcomes)
    if invalid:
        return ValidationFailed("; ".join(m for m in (invalid, unfetched) if m))
    return FetchFailed(unfetched) if unfetched else None


def extract_figures(source: Source) -> pd.DataFrame:
    """The figures table of one source."""
    return extract(source.text, source.source_id)


def build(dataset: Dataset, figures: dict[str, pd.DataFrame], say: Say = _quiet,
          ) -> dict[str, pd.DataFrame]:
    """The package's tables (sources, figures, indicators, observations) of one dataset."""
    tables = build_tables(dataset, figures)
    counts = ", ".join(f"{len(df)} {name}" for name, df in tables.items())
    say(f"{dataset.name}: tables built ({counts})")
    return tables


def publish_tables(settings: Settings, dataset: Dataset, tables: dict[str, pd.DataFrame],
                   *, release_note: str | None = None, dry_run: bool = False) -> PublishResult:
    """Validate and publish one dataset to ``settings.published`` (or quarantine it)."""
    return publish(dataset, tables, settings.published, quarantine=settings.quarantine,
                   release_note=release_note, dry_run=dry_run, schemas=settings.schemas)


def catalog(settings: Settings, say: Say = _quiet) -> None:
    """Rewrite ``published/catalog.json`` and ``index.html`` from the folders on disk."""
    update_catalog(settings.published)
    say(f"catalog updated: {settings.short(settings.published / 'catalog.json')}")


def run(
    settings: Settings,
    datasets: list[str] | None = None,
    *,
    release_note: str | None = None,
    dry_run: bool = False,
    fetch_first: bool = True,
    say: Say = _quiet,
) -> list[dict[str, Any]]:
    """Every step for every dataset, one after another; one summary per dataset.

    Raises :class:`ValidationFailed` after the last dataset if one did not validate
    (nothing of it is published, the others are), :class:`FetchFailed` if a source could
    not be fetched (``fetch_first``; it kept its last good revision), and InputError on
    bad input.
    """
    dirs = select(settings, datasets)
    say(f"{len(dirs)} dataset(s): {', '.join(d.name for d in dirs)}")
    outcomes = fetch(settings, dirs, say) if fetch_first else []
    summaries = []
    for folder in dirs:
        dataset = load_sources(folder, settings.state / "renditions", settings.report_size_limit)
        say(f"{dataset.name}: {len(dataset.sources)} source(s) read from "
            f"{settings.short(dataset.path)}")
        figures = {s.source_id: extract_figures(s) for s in dataset.sources}
        tables = build(dataset, figures, say)
        result = publish_tables(settings, dataset, tables, release_note=release_note,
                                dry_run=dry_run)
        summary = summarise(dataset, tables, result, extracted=len(figures), cached=0)
        say(f"{dataset.name}: {summary['said']}")
        for note in result.notes:  # warnings and repairs: said, never silent
            say(f"{dataset.name}: {note}")
        summaries.append(summary)
    if not dry_run:
        catalog(settings, say)
    failed = run_failure(summaries, outcomes)
    if failed:
        raise failed
    return summaries
