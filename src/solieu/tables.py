"""A dataset to its four tables: sources, figures, indicators, observations.

Pure: takes a loaded :class:`~solieu.sources.Dataset` and returns DataFrames; casting
with the Table Schemas and writing files happen in ``package.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from solieu import extract as extractor
from solieu.geography import geography_codes
from solieu.indicator_catalog import IndicatorCatalog, indicators_table, load_indicator_catalog
from solieu.matching import observations
from solieu.sectors import assign_sectors
from solieu.sources import Dataset, InputError, Source

SOURCE_COLUMNS = ["source_id", "title", "publisher", "url", "geography", "period", "language",
                  "license", "retrieved", "sha256", "chars", "format", "original_sha256", "converter"]


def _figure_columns() -> list[str]:
    """The extractor's columns with ``sector`` right after ``role`` (DESIGN.md)."""
    cols = [c for c in extractor.FIGURE_COLUMNS if c != "sector"]
    cols.insert(cols.index("role") + 1, "sector")
    return cols


FIGURES_COLUMNS = _figure_columns()


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


def figures_table(source: Source, figures: pd.DataFrame, indicator_catalog: IndicatorCatalog) -> pd.DataFrame:
    """The extractor's figures of one source with their ``sector``, in published order."""
    missing = [c for c in FIGURES_COLUMNS if c != "sector" and c not in figures.columns]
    if missing:
        raise InputError(f"figures of {source.path}: columns {', '.join(missing)} are missing; "
                         "give the table solieu.extract.extract returns.")
    wrong = set(figures["source_id"]) - {source.source_id}
    if wrong:
        raise InputError(f"figures of {source.path}: rows of other sources ({', '.join(wrong)}) "
                         "are given for it; pass each source's own figures.")
    table = figures.drop(columns=["sector"], errors="ignore").copy()
    table["sector"] = assign_sectors(table, source.text, indicator_catalog)
    return table[FIGURES_COLUMNS].reset_index(drop=True)


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


def build_tables(dataset: Dataset, figures: Mapping[str, pd.DataFrame] | None = None,
                 indicator_catalog: IndicatorCatalog | None = None) -> dict[str, pd.DataFrame]:
    """The four tables of a dataset: ``sources``, ``figures`` (every source, with
    ``sector``), ``indicators`` (the indicator_catalog) and ``observations``.

    ``figures`` maps source_id to that source's extracted figures; a source not in it
    (or all, if None) is extracted here. Raises InputError if an indicator rule is
    ambiguous or matches a figure of another unit (see solieu.matching)."""
    indicator_catalog = indicator_catalog or load_indicator_catalog()
    figures = figures or {}
    unknown = set(figures) - {s.source_id for s in dataset.sources}
    if unknown:
        raise InputError(f"{dataset.path}: figures given for unknown sources "
                         f"{', '.join(sorted(unknown))}.")
    parts = []
    for source in dataset.sources:
        found = figures.get(source.source_id)
        if found is None:
            found = extractor.extract(source.text, source.source_id)
        parts.append(figures_table(source, found, indicator_catalog))
    non_empty = [p for p in parts if len(p)]
    all_figures = (pd.concat(non_empty, ignore_index=True) if non_empty
                   else pd.DataFrame(columns=FIGURES_COLUMNS))
    return {
        "sources": sources_table(dataset.sources),
        "figures": all_figures,
        "indicators": indicators_table(indicator_catalog),
        "observations": with_geography_codes(
            observations(indicator_catalog, all_figures, dataset.sources), dataset),
    }
