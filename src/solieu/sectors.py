"""The sector of every figure, from the keywords of ``schemas/sectors.yaml``."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import pandas as pd

from solieu.indicator_catalog import FALLBACK_SECTOR, IndicatorCatalog, load_indicator_catalog, normalise
from solieu.matching import PARAGRAPH, as_text, figure_windows


def _sector_hits(indicator_catalog: IndicatorCatalog, text: str) -> dict[str, int]:
    hits: dict[str, int] = {}
    if indicator_catalog.keyword_pattern is None:
        return hits
    for m in indicator_catalog.keyword_pattern.finditer(text):
        sector = indicator_catalog.keyword_sector[normalise(m.group())]
        hits[sector] = hits.get(sector, 0) + 1
    return hits


def _leader(hits: Mapping[str, int], order: Sequence[str]) -> str | None:
    """The one sector with most hits, or None (no hits, or a tie)."""
    best = max(hits.values(), default=0)
    leaders = [s for s in order if hits.get(s) == best] if best else []
    return leaders[0] if len(leaders) == 1 else None


def paragraph_sectors(text: str, indicator_catalog: IndicatorCatalog) -> list[tuple[int, int, str]]:
    """(start, end, sector) of every paragraph (blank-line separated) of ``text``.

    A paragraph without a leading sector (a heading, an opening, a tie) continues the
    section before it."""
    order = [s.id for s in indicator_catalog.sectors]
    result: list[tuple[int, int, str]] = []
    previous = FALLBACK_SECTOR
    for m in PARAGRAPH.finditer(text):
        if not m.group().strip():
            continue
        sector = _leader(_sector_hits(indicator_catalog, m.group()), order) or previous
        result.append((m.start(), m.end(), sector))
        previous = sector
    return result


def assign_sectors(figures: pd.DataFrame, text: str,
                   indicator_catalog: IndicatorCatalog | None = None) -> pd.Series:
    """The sector of every figure (a Series aligned with ``figures``), from the first
    of these where one sector's keywords lead: the words after the number (up to the
    next number), its clause (from the number before to the number after), its
    sentence, its paragraph.

    >>> cat = load_indicator_catalog()
    >>> text = "Thu ngân sách đạt 758 tỷ đồng; 0,42% hộ nghèo, 82 doanh nghiệp."
    >>> from solieu.extract import extract
    >>> list(assign_sectors(extract(text), text, cat))
    ['budget', 'social_welfare', 'economy']
    """
    indicator_catalog = indicator_catalog or load_indicator_catalog()
    paragraphs = paragraph_sectors(text, indicator_catalog)
    starts = [p[0] for p in paragraphs]
    order = [s.id for s in indicator_catalog.sectors]
    around = figure_windows(figures)
    sectors = []
    for idx, start, sentence in zip(figures.index, figures["start"], figures["sentence"],
                                    strict=True):
        i = bisect.bisect_right(starts, int(start)) - 1
        paragraph = paragraphs[i][2] if i >= 0 else FALLBACK_SECTOR
        sectors.append(_leader(_sector_hits(indicator_catalog, around[idx].after), order)
                       or _leader(_sector_hits(indicator_catalog, around[idx].clause), order)
                       or _leader(_sector_hits(indicator_catalog, as_text(sentence)), order)
                       or paragraph)
    return pd.Series(sectors, index=figures.index, name="sector", dtype=object)
