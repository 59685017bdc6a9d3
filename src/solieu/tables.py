"""A dataset to its four tables: sources, figures, indicators, observations.

Pure: takes a loaded :class:`~solieu.sources.Dataset` and returns DataFrames; casting
with the Table Schemas and writing files happen in ``package.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd
import pyarrow as pa

from solieu import extract as extractor
from solieu.analysis import (
    FIGURES_COLUMNS,
    FIGURES_SCHEMA,
    ReportTables,
    analyse,
    analyse_batch,
    analysis_version,
    figures_frame,
    figures_table,
)
from solieu.geography import geography_codes
from solieu.indicator_catalog import IndicatorCatalog, indicators_table, load_indicator_catalog
from solieu.matching import OBSERVATION_COLUMNS, FigureRows, unresolved_message
from solieu.sources import Dataset, InputError, Source
from solieu.store import Counts, ReportStore, report_key

__all__ = ["FIGURES_COLUMNS", "SOURCE_COLUMNS", "Assembly", "analyse_sources", "assemble",
           "build_tables", "figures_table", "load_result", "load_results", "sources_table"]

SOURCE_COLUMNS = ["source_id", "title", "publisher", "url", "geography", "period", "language",
                  "license", "retrieved", "sha256", "chars", "format", "original_sha256", "converter"]


def sources_table(sources: list[Source]) -> pd.DataFrame:
    """One row per source: its sidecar fields, the hash and length of its NFC text, and
    the format, hash and converter of its current original."""
    rows = []
    for s in sources:
        row = {c: s.meta.get(c) for c in SOURCE_COLUMNS}
        row.update(source_id=s.source_id, sha256=s.sha256, chars=len(s.text), format=s.format,
                   original_sha256=s.original_sha256, converter=s.converter)
        row["period"] = str(s.meta["period"])
        rows.append(row)
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


def _extract(source: Source) -> FigureRows:
    return FigureRows(extractor.extract_columns(source.text, source.source_id))


# Reports analysed together (:func:`~solieu.analysis.analyse_batch`): enough for rules
# and sector words to be applied over many reports' figures at once, few enough that
# their figures and texts stay small beside the run's other memory.
BATCH = 64


def analyse_sources(sources: Sequence[Source], indicator_catalog: IndicatorCatalog,
                    store: ReportStore, *, force: bool = False,
                    extract: Callable[[Source], pd.DataFrame | FigureRows] = _extract) -> Counts:
    """Make and keep the :class:`~solieu.analysis.ReportTables` of every source the
    store lacks (all of them with ``force``): ``extract``, give sectors, match
    indicators, BATCH reports at a time, each report's results kept under its own key.
    A source already kept costs a file-exists check. Returns which were made and which
    reused."""
    counts = Counts()
    versions = extractor.extractor_version(), analysis_version(indicator_catalog)
    todo: list[tuple[Source, str]] = []
    for source in sources:
        key = report_key(source, *versions)
        if not force and store.has(key):
            counts.reused.append(source.source_id)
        else:
            todo.append((source, key))
    for at in range(0, len(todo), BATCH):
        batch = todo[at:at + BATCH]
        results = analyse_batch([(source, extract(source)) for source, _ in batch],
                                indicator_catalog)
        for (source, key), result in zip(batch, results, strict=True):
            store.save(key, result)
            counts.computed.append(source.source_id)
    return counts


def load_result(source: Source, indicator_catalog: IndicatorCatalog,
                store: ReportStore) -> ReportTables:
    """The kept results of ``source`` (made again, and kept, if they were removed or
    damaged since :func:`analyse_sources`)."""
    versions = extractor.extractor_version(), analysis_version(indicator_catalog)
    key = report_key(source, *versions)
    result = store.load(key, source.source_id)
    if result is None:  # removed or damaged since: made again
        result = analyse(source, _extract(source), indicator_catalog)
        store.save(key, result)
    return result


def load_results(sources: Sequence[Source], indicator_catalog: IndicatorCatalog,
                 store: ReportStore) -> dict[str, ReportTables]:
    """The kept results of ``sources`` (each must have been made: :func:`analyse_sources`).
    To assemble a dataset, pass :func:`load_result` to :func:`assemble` instead: it holds
    one report's results at a time."""
    return {s.source_id: load_result(s, indicator_catalog, store) for s in sources}


def with_geography_codes(table: pd.DataFrame, dataset: Dataset) -> pd.DataFrame:
    """Observations with the official code of their administrative unit (the source's
    sidecar's ``administrative_unit``, else the dataset's) in the list in force for each
    row's period (solieu.geography)."""
    where = dataset.path / "dataset.yaml" if dataset.path else f"dataset.yaml of {dataset.name}"
    by_source = {s.source_id: s for s in dataset.sources}
    known: dict[tuple[str, str], str | None] = {}  # most rows share a source and period

    def code(source_id: str, period: str) -> str | None:
        source = by_source.get(source_id)
        if source is not None and source.meta.get("administrative_unit"):
            return geography_codes(source.meta, [period], source.path.with_suffix(".yaml"))[period]
        return geography_codes(dataset.meta, [period], where)[period]

    codes = []
    # Each column as Python values at once: iterating an Arrow-backed column makes them one by one.
    for pair in zip(table["source_id"].to_numpy(dtype=object), table["period"].to_numpy(dtype=object),
                    strict=True):
        if pair not in known:
            known[pair] = code(*pair)
        codes.append(known[pair])
    table = table.copy()
    table["geography_code"] = codes
    return table


# The observations one report gives, before their geography codes are joined in.
OBSERVATIONS_SCHEMA = pa.schema([(c, pa.float64() if c == "value" else pa.string())
                                 for c in OBSERVATION_COLUMNS])


@dataclass(frozen=True)
class ReportRows:
    """One report's rows in its dataset's tables: its figures (FIGURES_SCHEMA) and the
    observations its matched indicators give (OBSERVATIONS_SCHEMA, geography_code empty)."""

    figures: pa.Table
    observations: pa.Table


def report_rows(source: Source, result: ReportTables) -> ReportRows:
    """The rows ``result`` gives ``source`` in the tables (its sidecar's geography)."""
    geography = source.meta["geography"]
    geography = None if geography is None else str(geography)
    columns: dict[str, list[Any]] = {c: [] for c in OBSERVATION_COLUMNS}
    for r in result.resolutions:
        if r[1] == "matched":
            indicator_id, _, figure_id, value, unit, qualifier, base, period, role = r[:9]
            for name, cell in (("indicator_id", indicator_id), ("geography", geography),
                               ("geography_code", None), ("period", period), ("role", role),
                               ("value", value), ("unit", unit), ("qualifier", qualifier),
                               ("base", base), ("source_id", source.source_id),
                               ("figure_id", figure_id)):
                columns[name].append(cell)
    return ReportRows(result.figures, pa.table(columns, schema=OBSERVATIONS_SCHEMA))


@dataclass(frozen=True)
class Assembly:
    """A dataset's tables, and the sources held back from them (id -> reasons, and id ->
    their results, for the quarantine)."""

    dataset: Dataset  # the dataset as published: its held-back sources left out
    tables: dict[str, pd.DataFrame]
    held_back: dict[str, list[str]]
    held_results: dict[str, ReportTables] = field(default_factory=dict)


Keep = Callable[[pa.Table, pa.Table, list[tuple[Source, int, int]]], None]


def assemble(dataset: Dataset,
             results: Mapping[str, ReportTables] | Callable[[Source], ReportTables],
             indicator_catalog: IndicatorCatalog, *,
             kept_rows: Callable[[Source], ReportRows | None] | None = None,
             keep: Keep | None = None) -> Assembly:
    """The four tables of ``dataset`` from its reports' results (a mapping by source
    id, or a function that reads one report's from the store: then one report's whole
    results are held at a time, and of each only its rows in the tables are kept). A
    report where an indicator rule cannot be resolved (ambiguous, or a figure of another
    unit) is held back: none of its rows is in the tables, and the reasons are returned.

    ``kept_rows``: a report's rows as an earlier assembly gave them, if known (None:
    read its results); ``keep``: given the figures and observations of every report not
    held back, in order, with each report's number of rows in both, before they become
    the tables."""
    result_of = ((lambda s: results[s.source_id]) if isinstance(results, Mapping)
                 else results)
    held_back: dict[str, list[str]] = {}
    held_results: dict[str, ReportTables] = {}
    pieces: list[tuple[Source, ReportRows]] = []
    for s in dataset.sources:
        rows = kept_rows(s) if kept_rows is not None else None
        if rows is None:
            result = result_of(s)
            if result.errors:
                held_back[s.source_id], held_results[s.source_id] = result.errors, result
                continue
            rows = report_rows(s, result)
            del result
        pieces.append((s, rows))
    kept = [s for s, _ in pieces]
    figures_rows = pa.concat_tables([FIGURES_SCHEMA.empty_table()]
                                    + [r.figures for _, r in pieces]).combine_chunks()
    observation_rows = pa.concat_tables([OBSERVATIONS_SCHEMA.empty_table()]
                                        + [r.observations for _, r in pieces]).combine_chunks()
    if keep is not None:
        keep(figures_rows, observation_rows,
             [(s, r.figures.num_rows, r.observations.num_rows) for s, r in pieces])
    del pieces
    figures = (figures_frame([figures_rows]) if figures_rows.num_rows
               else pd.DataFrame(columns=FIGURES_COLUMNS))
    del figures_rows
    observations = observation_rows.to_pandas()
    del observation_rows
    observations = observations.sort_values(["source_id"], kind="stable").reset_index(drop=True)
    tables = {
        "sources": sources_table(kept),
        "figures": figures,
        "indicators": indicators_table(indicator_catalog),
        "observations": with_geography_codes(observations, replace(dataset, sources=kept)),
    }
    return Assembly(replace(dataset, sources=kept), tables, held_back, held_results)


def build_tables(dataset: Dataset, figures: Mapping[str, pd.DataFrame] | None = None,
                 indicator_catalog: IndicatorCatalog | None = None) -> dict[str, pd.DataFrame]:
    """The four tables of a dataset: ``sources``, ``figures`` (every source, with
    ``sector``), ``indicators`` (the indicator_catalog) and ``observations``.

    ``figures`` maps source_id to that source's extracted figures; a source not in it
    (or all, if None) is extracted here. Raises InputError if an indicator rule is
    ambiguous or matches a figure of another unit (see solieu.matching); the pipeline
    holds back only that report instead (:func:`assemble`)."""
    indicator_catalog = indicator_catalog or load_indicator_catalog()
    figures = figures or {}
    unknown = set(figures) - {s.source_id for s in dataset.sources}
    if unknown:
        raise InputError(f"{dataset.path}: figures given for unknown sources "
                         f"{', '.join(sorted(unknown))}.")
    results = {}
    for source in dataset.sources:
        found = figures.get(source.source_id)
        if found is None:
            found = extractor.extract(source.text, source.source_id)
        results[source.source_id] = analyse(source, found, indicator_catalog)
    assembly = assemble(dataset, results, indicator_catalog)
    if assembly.held_back:
        raise InputError(unresolved_message(indicator_catalog, [
            (sid, message) for sid, messages in assembly.held_back.items()
            for message in messages]))
    return assembly.tables
