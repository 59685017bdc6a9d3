"""A dataset to its four tables: sources, figures, indicators, observations.

Pure: takes a loaded :class:`~solieu.sources.Dataset` and returns DataFrames; casting
with the Table Schemas and writing files happen in ``package.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from solieu import extract as extractor
from solieu.analysis import (
    FIGURES_COLUMNS,
    ReportTables,
    analyse,
    analysis_version,
    figures_frame,
    figures_table,
)
from solieu.geography import geography_codes
from solieu.indicator_catalog import IndicatorCatalog, indicators_table, load_indicator_catalog
from solieu.matching import observations_frame, unresolved_message
from solieu.sources import Dataset, InputError, Source
from solieu.store import Counts, ReportStore, report_key

__all__ = ["FIGURES_COLUMNS", "SOURCE_COLUMNS", "Assembly", "analyse_sources", "assemble",
           "build_tables", "figures_table", "load_results", "sources_table"]

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


def _extract(source: Source) -> pd.DataFrame:
    return extractor.extract(source.text, source.source_id)


def analyse_sources(sources: Sequence[Source], indicator_catalog: IndicatorCatalog,
                    store: ReportStore, *, force: bool = False,
                    extract: Callable[[Source], pd.DataFrame] = _extract) -> Counts:
    """Make and keep the :class:`~solieu.analysis.ReportTables` of every source the
    store lacks (all of them with ``force``): ``extract``, give sectors, match
    indicators. A source already kept costs a file-exists check. Returns which were
    made and which reused."""
    counts = Counts()
    versions = extractor.extractor_version(), analysis_version(indicator_catalog)
    for source in sources:
        key = report_key(source, *versions)
        if not force and store.has(key):
            counts.reused.append(source.source_id)
            continue
        figures = extract(source)
        store.save(key, analyse(source, figures, indicator_catalog))
        counts.computed.append(source.source_id)
    return counts


def load_results(sources: Sequence[Source], indicator_catalog: IndicatorCatalog,
                 store: ReportStore) -> dict[str, ReportTables]:
    """The kept results of ``sources`` (each must have been made: :func:`analyse_sources`)."""
    versions = extractor.extractor_version(), analysis_version(indicator_catalog)
    results = {}
    for source in sources:
        key = report_key(source, *versions)
        result = store.load(key, source.source_id)
        if result is None:  # removed or damaged since: made again
            result = analyse(source, extractor.extract(source.text, source.source_id),
                             indicator_catalog)
            store.save(key, result)
        results[source.source_id] = result
    return results


def with_geography_codes(table: pd.DataFrame, dataset: Dataset) -> pd.DataFrame:
    """Observations with the official code of their administrative unit (the source's
    sidecar's ``administrative_unit``, else the dataset's) in the list in force for each
    row's period (solieu.geography)."""
    where = dataset.path / "dataset.yaml" if dataset.path else f"dataset.yaml of {dataset.name}"
    by_source = {s.source_id: s for s in dataset.sources}
    codes = []
    for source_id, period in zip(table["source_id"], table["period"], strict=True):
        source = by_source.get(source_id)
        if source is not None and source.meta.get("administrative_unit"):
            codes.append(geography_codes(source.meta, [period], source.path.with_suffix(
                ".yaml"))[period])
        else:
            codes.append(geography_codes(dataset.meta, [period], where)[period])
    table = table.copy()
    table["geography_code"] = codes
    return table


@dataclass(frozen=True)
class Assembly:
    """A dataset's tables, and the sources held back from them (id -> reasons)."""

    dataset: Dataset  # the dataset as published: its held-back sources left out
    tables: dict[str, pd.DataFrame]
    held_back: dict[str, list[str]]


def assemble(dataset: Dataset, results: Mapping[str, ReportTables],
             indicator_catalog: IndicatorCatalog) -> Assembly:
    """The four tables of ``dataset`` from its reports' results. A report where an
    indicator rule cannot be resolved (ambiguous, or a figure of another unit) is held
    back: none of its rows is in the tables, and the reasons are returned."""
    held_back = {s.source_id: results[s.source_id].errors for s in dataset.sources
                 if results[s.source_id].errors}
    kept = [s for s in dataset.sources if s.source_id not in held_back]
    parts = [results[s.source_id].figures for s in kept if results[s.source_id].figures.num_rows]
    figures = figures_frame(parts) if parts else pd.DataFrame(columns=FIGURES_COLUMNS)
    rows = []
    for s in kept:
        geography = s.meta["geography"]
        for r in results[s.source_id].resolutions:
            if r[1] == "matched":
                indicator_id, _, figure_id, value, unit, qualifier, base, period, role = r[:9]
                rows.append([indicator_id, geography, None, period, role, value, unit,
                             qualifier, base, s.source_id, figure_id])
    tables = {
        "sources": sources_table(kept),
        "figures": figures,
        "indicators": indicators_table(indicator_catalog),
        "observations": with_geography_codes(observations_frame(rows),
                                             replace(dataset, sources=kept)),
    }
    return Assembly(replace(dataset, sources=kept), tables, held_back)


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
