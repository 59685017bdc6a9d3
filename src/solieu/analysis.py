"""One report's share of its dataset's tables: its figures with their sectors, and
what every indicator of the catalog found in it.

This is the unit of incremental work. It depends on the report's text (its sha256),
the extractor (:func:`solieu.extract.extractor_version`) and the indicator catalog
with the code that applies it (:func:`analysis_version`), and on nothing else: not on
the other reports, nor on the sidecar (geography and period join in when the dataset's
tables are assembled). So it is made once per report and kept
(:mod:`solieu.store`), and a run re-makes only the reports that changed.
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

import pandas as pd
import pyarrow as pa

from solieu import extract as extractor
from solieu.indicator_catalog import IndicatorCatalog
from solieu.matching import FigureRows, figure_arounds, match_table
from solieu.sectors import batch_sectors
from solieu.sources import InputError, Source


def _figure_columns() -> list[str]:
    """The extractor's columns with ``sector`` right after ``role`` (DESIGN.md)."""
    cols = [c for c in extractor.FIGURE_COLUMNS if c != "sector"]
    cols.insert(cols.index("role") + 1, "sector")
    return cols


FIGURES_COLUMNS = _figure_columns()
_NUMBERS = {"start": pa.int64(), "end": pa.int64(), "value": pa.float64(),
            "value_max": pa.float64(), "denominator": pa.float64()}
# One Arrow schema for every report's figures, so that they concatenate as they are.
FIGURES_SCHEMA = pa.schema([(c, _NUMBERS.get(c, pa.string())) for c in FIGURES_COLUMNS])
# What an indicator found in the report, when it found something (missing: no row).
RESOLUTION_FIELDS = ("indicator_id", "status", "figure_id", "value", "unit", "qualifier",
                     "base", "period", "role", "candidates", "message")


@dataclass(frozen=True)
class ReportTables:
    """One report's figures (FIGURES_SCHEMA) and its resolutions: one tuple of
    RESOLUTION_FIELDS per indicator matched (``status`` matched) or in error
    (``status`` error, with a message), in catalog order."""

    source_id: str
    figures: pa.Table
    resolutions: tuple[tuple[Any, ...], ...]

    @property
    def errors(self) -> list[str]:
        """The messages of the indicators that cannot be resolved in this report."""
        return [r[-1] for r in self.resolutions if r[1] == "error"]


def figures_table(source: Source, figures: pd.DataFrame, indicator_catalog: IndicatorCatalog,
                  ) -> pd.DataFrame:
    """The extractor's figures of one source with their ``sector``, in published order."""
    rows = _checked_rows(source, figures)
    rows.columns["sector"] = batch_sectors(rows, {source.source_id: source.text},
                                           indicator_catalog)
    return figures_frame([_arrow(source, rows)])


def _checked_rows(source: Source, figures: pd.DataFrame | FigureRows) -> FigureRows:
    """The figures given for ``source`` as rows, refused (naming its file) when they are
    not the extractor's table of that source."""
    given = figures.columns
    missing = [c for c in FIGURES_COLUMNS if c != "sector" and c not in given]
    if missing:
        raise InputError(f"figures of {source.path}: columns {', '.join(missing)} are missing; "
                         "give the table solieu.extract.extract returns.")
    wanted = [c for c in FIGURES_COLUMNS if c != "sector"]
    rows = (FigureRows({c: figures.columns[c] for c in wanted}) if isinstance(figures, FigureRows)
            else FigureRows.of(figures[wanted]))
    wrong = set(rows["source_id"]) - {source.source_id}
    if wrong:
        raise InputError(f"figures of {source.path}: rows of other sources ({', '.join(wrong)}) "
                         "are given for it; pass each source's own figures.")
    return rows


def _arrow(source: Source, rows: FigureRows, lo: int = 0, hi: int | None = None) -> pa.Table:
    """Rows ``lo:hi`` of ``rows`` (those of ``source``) as FIGURES_SCHEMA."""
    try:
        return pa.table([pa.array(rows[c][lo:hi], type=f.type) for c, f in
                         zip(FIGURES_COLUMNS, FIGURES_SCHEMA, strict=True)], schema=FIGURES_SCHEMA)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as exc:
        raise InputError(f"figures of {source.path}: {exc}; give the table "
                         "solieu.extract.extract returns.") from None


def analyse(source: Source, figures: pd.DataFrame | FigureRows,
            indicator_catalog: IndicatorCatalog) -> ReportTables:
    """The :class:`ReportTables` of one source from its extracted ``figures``: sectors
    given, every indicator rule applied (each sentence window made once, shared by both),
    one resolution per indicator and observation (period and role; a figure without a
    period of its own takes the source's, from its sidecar)."""
    return analyse_batch([(source, figures)], indicator_catalog)[0]


def analyse_batch(batch: Sequence[tuple[Source, pd.DataFrame | FigureRows]],
                  indicator_catalog: IndicatorCatalog) -> list[ReportTables]:
    """:func:`analyse` of several sources at once, one result per source, each the same
    as alone: their figures are put end to end, so that every rule is applied and
    every piece of text judged for a sector once for all of them; resolution (what is
    ambiguous, what is missing) stays per source."""
    parts = [(source, _checked_rows(source, figures)) for source, figures in batch]
    columns: dict[str, list[Any]] = {c: [] for c in FIGURES_COLUMNS if c != "sector"}
    bounds = []
    for _, part in parts:
        lo = len(columns["figure_id"])
        for c, values in columns.items():
            values.extend(part[c])
        bounds.append((lo, len(columns["figure_id"])))
    del parts[:]  # the sources' own lists: not needed twice
    sources = [source for source, _ in batch]
    ids = [s.source_id for s in sources]
    if len(set(ids)) != len(ids):
        raise InputError(f"{sources[0].path.parent}: a batch of reports holds one source id twice.")
    rows = FigureRows(columns)
    arounds = figure_arounds(rows)
    texts = {s.source_id: s.text for s in sources}
    rows.columns["sector"] = batch_sectors(rows, texts, indicator_catalog, arounds)
    matched = match_table(indicator_catalog, rows, ids, texts,
                          {s.source_id: str(s.meta["period"]) for s in sources}, arounds)
    qualifiers, bases = rows["qualifier"], rows["base"]
    found: dict[str, list[tuple[Any, ...]]] = {sid: [] for sid in ids}
    for ind in indicator_catalog.indicators:
        for r in matched.resolutions[ind.indicator_id]:
            if r.status == "matched":
                i = matched.positions[cast(str, r.figure_id)]
                base = bases[i] if isinstance(bases[i], str) and bases[i] else None
                found[r.source_id].append(
                    (ind.indicator_id, "matched", r.figure_id, r.value, ind.unit, qualifiers[i],
                     base, r.period, r.role, list(r.candidates), None))
            elif r.status == "error":
                found[r.source_id].append(
                    (ind.indicator_id, "error", None, None, ind.unit, None, None, r.period,
                     r.role, list(r.candidates), r.message))
    return [ReportTables(s.source_id, _arrow(s, rows, lo, hi), tuple(found[s.source_id]))
            for s, (lo, hi) in zip(sources, bounds, strict=True)]


def resolutions_json(result: ReportTables) -> str:
    """The resolutions as JSON (how the store keeps them beside the figures)."""
    return json.dumps([list(r) for r in result.resolutions], ensure_ascii=False)


def resolutions_from_json(text: str) -> tuple[tuple[Any, ...], ...]:
    """The inverse of :func:`resolutions_json`."""
    return tuple(tuple(r) for r in json.loads(text))


def figures_frame(tables: list[pa.Table]) -> pd.DataFrame:
    """Reports' figures as one pandas table (``sector`` as Python objects, as the
    sector assignment gives it)."""
    if not tables:
        return FIGURES_SCHEMA.empty_table().to_pandas().astype({"sector": object})
    frame = pa.concat_tables(tables).combine_chunks().to_pandas()
    frame["sector"] = frame["sector"].astype(object)
    return frame


def _catalog_fingerprint(indicator_catalog: IndicatorCatalog) -> Any:
    """The catalog as plain sorted data (sets sorted: their order varies by process)."""
    def opt(values: Any) -> Any:
        return None if values is None else sorted(values)

    return {
        "indicators": [
            [i.indicator_id, i.name_vi, i.name_en, i.sector, i.unit, i.description, i.part_of,
             i.line, sorted(i.rule.kinds), sorted(i.rule.roles), opt(i.rule.bases),
             opt(i.rule.qualifiers),
             {k: [[t.text, t.negated] for t in ts] for k, ts in sorted(i.rule.terms.items())},
             i.rule.window, i.rule.value_from]
            for i in indicator_catalog.indicators],
        "sectors": [[s.id, s.name_vi, s.name_en, list(s.keywords)]
                    for s in indicator_catalog.sectors],
    }


@cache
def _code_version() -> str:
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in ("analysis.py", "matching.py", "sectors.py", "indicator_catalog.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()


# id(catalog) -> (the catalog, weakly, its version): a key is asked for every report of
# a run, and a catalog does not change once loaded (frozen; its dict makes it unhashable).
_VERSIONS: dict[int, tuple[weakref.ref[IndicatorCatalog], str]] = {}


def analysis_version(indicator_catalog: IndicatorCatalog) -> str:
    """A hash of the indicator catalog, the sectors and the code that applies them: with
    the report's sha256 and the extractor's version, the key of a report's results
    (made once per catalog loaded)."""
    known = _VERSIONS.get(id(indicator_catalog))
    if known is not None and known[0]() is indicator_catalog:
        return known[1]
    h = hashlib.sha256(_code_version().encode())
    h.update(json.dumps(_catalog_fingerprint(indicator_catalog), ensure_ascii=False,
                        sort_keys=True).encode())
    version = h.hexdigest()[:16]
    key = id(indicator_catalog)
    _VERSIONS[key] = (weakref.ref(indicator_catalog, lambda _: _VERSIONS.pop(key, None)),
                      version)
    return version
