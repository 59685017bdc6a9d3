"""The indicator catalog: named indicators researchers compare across years and places.

The indicator catalog (``schemas/indicators.yaml``) gives each indicator a rule over
extracted figures (kind, role, base, and words of the subject, the counted noun, the
sentence, or the few words around the number). It never holds a value.
``schemas/sectors.yaml`` holds the sector list and the keywords that give every figure
a sector. (Not to be confused with ``catalog.json``, the list of published datasets:
:mod:`solieu.catalog`.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from solieu import SCHEMAS
from solieu.config import read
from solieu.errors import InputError
from solieu.terms import load_terms

INDICATOR_CATALOG_PATH = SCHEMAS / "indicators.yaml"
SECTORS_PATH = SCHEMAS / "sectors.yaml"

INDICATOR_COLUMNS = ["indicator_id", "name_vi", "name_en", "sector", "unit", "description",
                     "part_of", "headline"]
DEFAULT_WINDOW = 8
# Where a rule's words are looked for (see the head of schemas/indicators.yaml).
TERM_FIELDS = ("counted", "subject", "sentence", "paragraph", "before", "after", "near")
FALLBACK_SECTOR = "other"


@dataclass(frozen=True)
class Term:
    """One condition word of a rule: any of its phrasings occurs (or, if negated, none)."""

    text: str
    patterns: tuple[re.Pattern[str], ...]
    negated: bool

    def holds(self, haystack: str) -> bool:
        found = any(p.search(haystack) for p in self.patterns)
        return found != self.negated


@dataclass(frozen=True)
class Rule:
    """The compiled ``match`` of one indicator (see the head of schemas/indicators.yaml)."""

    kinds: frozenset[str]
    roles: frozenset[str]
    bases: frozenset[str] | None
    qualifiers: frozenset[str] | None
    terms: Mapping[str, tuple[Term, ...]]  # per field of TERM_FIELDS
    window: int = DEFAULT_WINDOW
    value_from: str = "value"

    def words(self) -> list[str]:
        """The positive phrases of the rule (used to rank near misses)."""
        return [alt for terms in self.terms.values() for t in terms if not t.negated
                for alt in t.text.split("|")]


@dataclass(frozen=True)
class Indicator:
    indicator_id: str
    name_vi: str
    name_en: str
    sector: str
    unit: str
    description: str
    part_of: str | None
    rule: Rule
    line: int  # where the entry starts in the indicator catalog file, for messages
    headline: int | None = None  # rank on the catalog page, 1 first


@dataclass(frozen=True)
class Sector:
    id: str
    name_vi: str
    name_en: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class IndicatorCatalog:
    indicators: tuple[Indicator, ...]
    sectors: tuple[Sector, ...]
    path: Path
    keyword_sector: Mapping[str, str] = field(default_factory=dict)  # normalised keyword -> id
    keyword_pattern: re.Pattern[str] | None = None

    def get(self, indicator_id: str) -> Indicator:
        for ind in self.indicators:
            if ind.indicator_id == indicator_id:
                return ind
        raise KeyError(indicator_id)


def normalise(s: str) -> str:
    """A keyword as compared: lower case, single spaces."""
    return " ".join(s.lower().split())


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a regex: whole words, any run of spaces between them."""
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)"


def _term(text: str) -> Term:
    negated = text.startswith("!")
    alts = [a.strip() for a in text.lstrip("!").split("|")]
    return Term(text=text.lstrip("!"), negated=negated,
                patterns=tuple(re.compile(_phrase_pattern(a), re.IGNORECASE) for a in alts))


def _as_set(value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset([value] if isinstance(value, str) else value)


def _rule(spec: Mapping[str, Any]) -> Rule:
    return Rule(
        kinds=_as_set(spec["kind"]) or frozenset(),
        roles=_as_set(spec.get("role", "actual")) or frozenset(),
        bases=_as_set(spec.get("base")),
        qualifiers=_as_set(spec.get("qualifier")),
        terms={k: tuple(_term(t) for t in spec[k])
               for k in TERM_FIELDS if k in spec},
        window=int(spec.get("window", DEFAULT_WINDOW)),
        value_from=spec.get("value_from", "value"),
    )


def load_sectors(path: Path = SECTORS_PATH) -> tuple[Sector, ...]:
    """Load and check ``schemas/sectors.yaml`` (a keyword belongs to one sector only)."""
    path = Path(path)
    doc = read(path, "sectors")
    data = doc.data
    lines = [doc.line(["sectors", i]) for i in range(len(data["sectors"]))]
    sectors: list[Sector] = []
    owner: dict[str, str] = {}
    for i, entry in enumerate(data["sectors"]):
        at = f"{path}, line {lines[i]}" if i < len(lines) else str(path)
        if any(s.id == entry["id"] for s in sectors):
            raise InputError(f"{at}: sector {entry['id']!r} is listed twice; keep one entry.")
        for kw in entry["keywords"]:
            key = normalise(kw)
            if key in owner:
                raise InputError(
                    f"{at}: keyword {kw!r} of sector {entry['id']!r} already belongs to "
                    f"sector {owner[key]!r}; a keyword may mark one sector only."
                )
            owner[key] = entry["id"]
        sectors.append(Sector(entry["id"], entry["name_vi"], entry["name_en"],
                              tuple(entry["keywords"])))
    if not any(s.id == FALLBACK_SECTOR for s in sectors):
        raise InputError(f"{path}: needs a sector {FALLBACK_SECTOR!r} for figures no keyword "
                         "places; add it with `keywords: []`.")
    return tuple(sectors)


def load_indicator_catalog(path: Path = INDICATOR_CATALOG_PATH, sectors_path: Path = SECTORS_PATH) -> IndicatorCatalog:
    """Load the indicator catalog and the sectors, checked against their schema and
    for meaning: unique ids, known sector and unit, ``part_of`` a known total of the same
    unit, ``value_from: denominator`` only for A/B figures. Every problem raises
    InputError naming the file, the line and the entry."""
    path = Path(path)
    sectors = load_sectors(sectors_path)
    doc = read(path, "indicators")
    data = doc.data
    lines = [doc.line(["indicators", i]) or 0 for i in range(len(data["indicators"]))]
    sector_ids = [s.id for s in sectors]
    terms = load_terms()
    seen: dict[str, int] = {}
    ranks: dict[int | None, str] = {}
    indicators: list[Indicator] = []
    for i, e in enumerate(data["indicators"]):
        iid = e["indicator_id"]
        line = lines[i] if i < len(lines) else 0
        at = f"{path}, line {line}: indicator {iid!r}"
        if iid in seen:
            raise InputError(f"{at}: duplicate indicator_id (first defined at line "
                             f"{seen[iid]}); give each indicator its own id.")
        seen[iid] = line
        if e["sector"] not in sector_ids:
            raise InputError(f"{at}: unknown sector {e['sector']!r}; use one of "
                             f"{', '.join(sector_ids)} (schemas/sectors.yaml).")
        if not terms.is_unit(e["unit"]):
            raise InputError(f"{at}: unknown unit {e['unit']!r}; use a unit of the figures "
                             "table (VND, percent, count, ha, ..., VND_per_person_per_month: schemas/terms.yaml).")
        rule = _rule(e["match"])
        if rule.value_from == "denominator" and rule.kinds != {"progress"}:
            raise InputError(f"{at}: value_from: denominator needs kind: progress (an A/B "
                             "figure); other kinds have no denominator.")
        if e.get("headline") is not None and e["headline"] in ranks:
            raise InputError(f"{at}: headline rank {e['headline']} is also the rank of "
                             f"{ranks[e['headline']]!r}; give each headline indicator its own.")
        ranks.setdefault(e.get("headline"), iid)
        indicators.append(Indicator(iid, e["name_vi"], e["name_en"], e["sector"], e["unit"],
                                    e["description"], e.get("part_of"), rule, line,
                                    e.get("headline")))
    by_id = {ind.indicator_id: ind for ind in indicators}
    for ind in indicators:
        if ind.part_of is None:
            continue
        at = f"{path}, line {ind.line}: indicator {ind.indicator_id!r}"
        total = by_id.get(ind.part_of)
        if total is None:
            raise InputError(f"{at}: part_of {ind.part_of!r} is no indicator of the indicator catalog; "
                             "name the indicator_id of the total.")
        if total.indicator_id == ind.indicator_id or total.part_of == ind.indicator_id:
            raise InputError(f"{at}: part_of makes a loop with {total.indicator_id!r}.")
        if total.unit != ind.unit:
            raise InputError(f"{at}: unit {ind.unit!r} differs from that of its total "
                             f"{total.indicator_id!r} ({total.unit!r}); parts add up to it.")
    owner = {normalise(kw): s.id for s in sectors for kw in s.keywords}
    # One pair of word boundaries around the whole alternation, not one per keyword:
    # the regex engine then scans many times faster.
    words = [r"\s+".join(re.escape(w) for w in kw.split()) for kw in sorted(owner, key=len, reverse=True)]
    alternation = r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)" if words else ""
    return IndicatorCatalog(tuple(indicators), sectors, path, owner,
                   re.compile(alternation, re.IGNORECASE) if alternation else None)


def indicators_table(indicator_catalog: IndicatorCatalog) -> pd.DataFrame:
    """The published ``indicators`` table: one row per indicator catalog entry, in its order."""
    rows = [[ind.indicator_id, ind.name_vi, ind.name_en, ind.sector, ind.unit,
             ind.description, ind.part_of, ind.headline]
            for ind in indicator_catalog.indicators]
    return pd.DataFrame(rows, columns=INDICATOR_COLUMNS, dtype=object)
