"""Figures to named indicators: the catalog, sectors, matching, observations, the report.

The catalog (``schemas/indicators.yaml``) names indicators researchers compare across
years and places, each with a rule over extracted figures (kind, role, base, and words
of the subject, the counted noun, the sentence, or the few words around the number).
It never holds a value. ``schemas/sectors.yaml`` holds the sector list and the
keywords that give every figure a sector.

Resolution, per indicator and source:

* no matching figure: **missing** (the report lists the nearest candidates);
* one matching figure, or several stating the same value (a closing summary often
  restates a headline result): **matched**, to the first in text order;
* several with different values, or any of another unit: an **error** that names the
  indicator. The curator's report shows it (exit 1), and :func:`observations` refuses
  to build the table (InputError), so the pipeline never publishes a value a rule
  picked by chance. ``strict=False`` skips such indicators instead, for previews.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any, NamedTuple, cast

import jsonschema
import pandas as pd
import yaml

from solieu import SCHEMAS
from solieu.sources import InputError, Source, read_yaml

CATALOG_PATH = SCHEMAS / "indicators.yaml"
SECTORS_PATH = SCHEMAS / "sectors.yaml"
CATALOG_SCHEMA = "indicator-catalog.schema.json"

INDICATOR_COLUMNS = ["indicator_id", "name_vi", "name_en", "sector", "unit", "description",
                     "part_of"]
OBSERVATION_COLUMNS = ["indicator_id", "geography", "period", "value", "unit", "qualifier",
                       "base", "source_id", "figure_id"]
DEFAULT_WINDOW = 8
# Where a rule's words are looked for (see the head of schemas/indicators.yaml).
TERM_FIELDS = ("counted", "subject", "sentence", "paragraph", "before", "after", "near")
FALLBACK_SECTOR = "other"


# --- the catalog ---------------------------------------------------------------------

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
    line: int  # where the entry starts in the catalog file, for messages


@dataclass(frozen=True)
class Sector:
    id: str
    name_vi: str
    name_en: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
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


def _norm(s: str) -> str:
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


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: 10x faster


def _read_yaml(path: Path) -> Any:
    """Read YAML fast; on any problem, read it again the careful way for the message."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return read_yaml(path)


def _item_lines(path: Path, key: str) -> list[int]:
    """The line where each item of the top-level list ``key`` starts (1-based)."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for k, v in root.value:
        if k.value == key and isinstance(v, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in v.value]
    return []


@cache
def _catalog_schema() -> dict[str, Any]:
    result: dict[str, Any] = json.loads((SCHEMAS / CATALOG_SCHEMA).read_text(encoding="utf-8"))
    return result


@cache
def unit_pattern() -> re.Pattern[str]:
    """The unit vocabulary, read from the published indicators Table Schema (one place)."""
    schema = json.loads((SCHEMAS / "tables" / "indicators.schema.json").read_text("utf-8"))
    unit = next(f for f in schema["fields"] if f["name"] == "unit")
    return re.compile(unit["constraints"]["pattern"])


def _check_schema(data: Any, path: Path, key: str, schema: Mapping[str, Any],
                  what: str) -> None:
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data),
                    key=lambda e: [str(p) for p in e.absolute_path])
    if not errors:
        return
    err = errors[0]
    where = list(err.absolute_path)
    lines = _item_lines(path, key)
    place = ""
    if len(where) >= 2 and where[0] == key and isinstance(where[1], int):
        item = data[key][where[1]]
        name = item.get("indicator_id", item.get("id")) if isinstance(item, dict) else None
        line = f", line {lines[where[1]]}" if where[1] < len(lines) else ""
        place = f"{line}: {what} #{where[1] + 1}" + (f" {name!r}" if name else "")
        where = where[2:]
    field_name = "/".join(str(p) for p in where) or "(the entry)"
    raise InputError(
        f"{path}{place}: field {field_name!r}: {err.message}. "
        f"See the head of {path.name} and schemas/{CATALOG_SCHEMA} for what each field takes."
    )


def load_sectors(path: Path = SECTORS_PATH) -> tuple[Sector, ...]:
    """Load and check ``schemas/sectors.yaml`` (a keyword belongs to one sector only)."""
    path = Path(path)
    data = _read_yaml(path)
    full = _catalog_schema()
    schema = {"$schema": full["$schema"], "$defs": full["$defs"],
              "$ref": "#/$defs/sectors_file"}
    _check_schema(data, path, "sectors", schema, "sector")
    lines = _item_lines(path, "sectors")
    sectors: list[Sector] = []
    owner: dict[str, str] = {}
    for i, entry in enumerate(data["sectors"]):
        at = f"{path}, line {lines[i]}" if i < len(lines) else str(path)
        if any(s.id == entry["id"] for s in sectors):
            raise InputError(f"{at}: sector {entry['id']!r} is listed twice; keep one entry.")
        for kw in entry["keywords"]:
            key = _norm(kw)
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


def load_catalog(path: Path = CATALOG_PATH, sectors_path: Path = SECTORS_PATH) -> Catalog:
    """Load the indicator catalog and the sectors, checked against their schema and
    for meaning: unique ids, known sector and unit, ``part_of`` a known total of the same
    unit, ``value_from: denominator`` only for A/B figures. Every problem raises
    InputError naming the file, the line and the entry."""
    path = Path(path)
    sectors = load_sectors(sectors_path)
    data = _read_yaml(path)
    _check_schema(data, path, "indicators", _catalog_schema(), "indicator")
    lines = _item_lines(path, "indicators")
    sector_ids = [s.id for s in sectors]
    units = unit_pattern()
    seen: dict[str, int] = {}
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
        if not units.fullmatch(e["unit"]):
            raise InputError(f"{at}: unknown unit {e['unit']!r}; use a unit of the figures "
                             "table (VND, percent, count, ha, ..., VND_per_person_per_month).")
        rule = _rule(e["match"])
        if rule.value_from == "denominator" and rule.kinds != {"progress"}:
            raise InputError(f"{at}: value_from: denominator needs kind: progress (an A/B "
                             "figure); other kinds have no denominator.")
        indicators.append(Indicator(iid, e["name_vi"], e["name_en"], e["sector"], e["unit"],
                                    e["description"], e.get("part_of"), rule, line))
    by_id = {ind.indicator_id: ind for ind in indicators}
    for ind in indicators:
        if ind.part_of is None:
            continue
        at = f"{path}, line {ind.line}: indicator {ind.indicator_id!r}"
        total = by_id.get(ind.part_of)
        if total is None:
            raise InputError(f"{at}: part_of {ind.part_of!r} is no indicator of the catalog; "
                             "name the indicator_id of the total.")
        if total.indicator_id == ind.indicator_id or total.part_of == ind.indicator_id:
            raise InputError(f"{at}: part_of makes a loop with {total.indicator_id!r}.")
        if total.unit != ind.unit:
            raise InputError(f"{at}: unit {ind.unit!r} differs from that of its total "
                             f"{total.indicator_id!r} ({total.unit!r}); parts add up to it.")
    owner = {_norm(kw): s.id for s in sectors for kw in s.keywords}
    # One pair of word boundaries around the whole alternation, not one per keyword:
    # the regex engine then scans many times faster.
    words = [r"\s+".join(re.escape(w) for w in kw.split()) for kw in sorted(owner, key=len, reverse=True)]
    alternation = r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)" if words else ""
    return Catalog(tuple(indicators), sectors, path, owner,
                   re.compile(alternation, re.IGNORECASE) if alternation else None)


def indicators_table(catalog: Catalog) -> pd.DataFrame:
    """The published ``indicators`` table: one row per catalog entry, in catalog order."""
    rows = [[ind.indicator_id, ind.name_vi, ind.name_en, ind.sector, ind.unit,
             ind.description, ind.part_of] for ind in catalog.indicators]
    return pd.DataFrame(rows, columns=INDICATOR_COLUMNS, dtype=object)


# --- a figure in its sentence ----------------------------------------------------------

def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


class Around(NamedTuple):
    """A figure's sentence around its number."""

    before: str  # the sentence up to the number
    after: str  # from the number to the next number of the sentence (or its end)
    rest: str  # from the number to the end of the sentence
    clause: str  # from the previous number to the next one

    def near(self, window: int) -> tuple[str, str]:
        """The ``window`` words right before and right after the number."""
        return (" ".join(self.before.split()[-window:]),
                " ".join(self.after.split()[:window]))


def _windows(figures: pd.DataFrame) -> dict[Any, Around]:
    """Per figure, its sentence around the number. Words after a number describe it
    until the next number starts; words before it may name the subject of several
    (``Tổng thu ngân sách đạt 1.178 tỷ đồng, bằng 128% dự toán``), so ``before`` runs
    back to the start of the sentence.

    The number's place in the sentence comes from its offsets: figures of one sentence
    keep the distances between them, so a number written twice in a sentence is still
    found at the right occurrence."""
    ordered = figures.sort_values(["source_id", "start"], kind="stable")
    anchor: dict[tuple[str, str], int] = {}  # (source, sentence) -> sentence start in text
    spans: dict[tuple[str, str], list[tuple[int, int, Any]]] = {}  # key -> (pos, end, idx)
    out: dict[Any, Around] = {}
    for idx, row in ordered.iterrows():
        sentence, surface = _text(row["sentence"]), _text(row["surface"])
        key = (row["source_id"], sentence)
        pos = -1
        if key in anchor:
            guess = int(row["start"]) - anchor[key]
            if sentence[guess:guess + len(surface)] == surface:
                pos = guess
        if pos < 0:
            pos = sentence.find(surface)
            if pos >= 0:
                anchor[key] = int(row["start"]) - pos
        if pos < 0:  # sentence not verbatim: judge on the whole sentence
            out[idx] = Around(sentence, sentence, sentence, sentence)
        else:
            spans.setdefault(key, []).append((pos, pos + len(surface), idx))
    for (_, sentence), placed in spans.items():
        placed.sort(key=lambda t: t[0])
        for j, (pos, end, idx) in enumerate(placed):
            prev_end = max((e for _, e, _ in placed[:j] if e <= pos), default=0)
            next_pos = min((p for p, _, _ in placed[j + 1:] if p >= end), default=len(sentence))
            out[idx] = Around(sentence[:pos], sentence[end:next_pos], sentence[end:],
                              sentence[prev_end:pos] + " " + sentence[end:next_pos])
    return out


# --- sectors of figures --------------------------------------------------------------

_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


def _sector_hits(catalog: Catalog, text: str) -> dict[str, int]:
    hits: dict[str, int] = {}
    if catalog.keyword_pattern is None:
        return hits
    for m in catalog.keyword_pattern.finditer(text):
        sector = catalog.keyword_sector[_norm(m.group())]
        hits[sector] = hits.get(sector, 0) + 1
    return hits


def _leader(hits: Mapping[str, int], order: Sequence[str]) -> str | None:
    """The one sector with most hits, or None (no hits, or a tie)."""
    best = max(hits.values(), default=0)
    leaders = [s for s in order if hits.get(s) == best] if best else []
    return leaders[0] if len(leaders) == 1 else None


def paragraph_sectors(text: str, catalog: Catalog) -> list[tuple[int, int, str]]:
    """(start, end, sector) of every paragraph (blank-line separated) of ``text``.

    A paragraph without a leading sector (a heading, an opening, a tie) continues the
    section before it."""
    order = [s.id for s in catalog.sectors]
    result: list[tuple[int, int, str]] = []
    previous = FALLBACK_SECTOR
    for m in _PARAGRAPH.finditer(text):
        if not m.group().strip():
            continue
        sector = _leader(_sector_hits(catalog, m.group()), order) or previous
        result.append((m.start(), m.end(), sector))
        previous = sector
    return result


def assign_sectors(figures: pd.DataFrame, text: str,
                   catalog: Catalog | None = None) -> pd.Series:
    """The sector of every figure (a Series aligned with ``figures``), from the first
    of these where one sector's keywords lead: the words after the number (up to the
    next number), its clause (from the number before to the number after), its
    sentence, its paragraph.

    >>> cat = load_catalog()
    >>> text = "Thu ngân sách đạt 758 tỷ đồng; 0,42% hộ nghèo, 82 doanh nghiệp."
    >>> from solieu.extract import extract
    >>> list(assign_sectors(extract(text), text, cat))
    ['budget', 'social_welfare', 'economy']
    """
    catalog = catalog or load_catalog()
    paragraphs = paragraph_sectors(text, catalog)
    starts = [p[0] for p in paragraphs]
    order = [s.id for s in catalog.sectors]
    around = _windows(figures)
    sectors = []
    for idx, start, sentence in zip(figures.index, figures["start"], figures["sentence"],
                                    strict=True):
        i = bisect.bisect_right(starts, int(start)) - 1
        paragraph = paragraphs[i][2] if i >= 0 else FALLBACK_SECTOR
        sectors.append(_leader(_sector_hits(catalog, around[idx].after), order)
                       or _leader(_sector_hits(catalog, around[idx].clause), order)
                       or _leader(_sector_hits(catalog, _text(sentence)), order)
                       or paragraph)
    return pd.Series(sectors, index=figures.index, name="sector", dtype=object)


# --- matching ------------------------------------------------------------------------

@dataclass(frozen=True)
class Resolution:
    """What one indicator found in one source."""

    indicator_id: str
    source_id: str
    status: str  # matched | missing | error
    figure_id: str | None = None  # the figure the observation comes from
    value: float | None = None
    candidates: tuple[str, ...] = ()  # every figure the rule matched, text order
    message: str | None = None  # for errors: what is wrong and what to do


class _Fields:
    """The texts a rule reads of one figure, each made once and only when asked for."""

    def __init__(self, row: Mapping[str, Any], around: Around, paragraph: str) -> None:
        self.row, self.around, self.paragraph = row, around, paragraph
        self._cache: dict[tuple[str, int], str] = {}

    def get(self, name: str, window: int) -> str:
        key = (name, window if name in ("before", "after", "near") else 0)
        if key not in self._cache:
            if name == "paragraph":
                value = self.paragraph
            elif name in ("counted", "subject", "sentence"):
                value = _text(self.row[name])
            else:
                before, after = self.around.near(window)
                value = {"before": before, "after": after, "near": f"{before} {after}"}[name]
            self._cache[key] = value
        return self._cache[key]


def _rule_holds(rule: Rule, row: Mapping[str, Any], fields: _Fields) -> bool:
    if row["kind"] not in rule.kinds or row["role"] not in rule.roles:
        return False
    if rule.bases is not None and row["base"] not in rule.bases:
        return False
    if rule.qualifiers is not None and row["qualifier"] not in rule.qualifiers:
        return False
    return all(t.holds(fields.get(name, rule.window))
               for name, terms in rule.terms.items() for t in terms)


def _figure_value(row: Mapping[str, Any], rule: Rule) -> float | None:
    v = row["denominator"] if rule.value_from == "denominator" else row["value"]
    return None if v is None or pd.isna(v) else float(v)


def _describe(row: Mapping[str, Any]) -> str:
    return f"{row['figure_id']} {row['surface']!r} ({row['unit']}, {row['kind']})"


def _resolve(ind: Indicator, source_id: str, rows: list[Mapping[str, Any]]) -> Resolution:
    ids = tuple(r["figure_id"] for r in rows)
    if not rows:
        return Resolution(ind.indicator_id, source_id, "missing")
    wrong_unit = [r for r in rows if r["unit"] != ind.unit]
    if wrong_unit:
        return Resolution(
            ind.indicator_id, source_id, "error", candidates=ids,
            message=f"indicator {ind.indicator_id!r} (unit {ind.unit}) matches a figure of "
            f"another unit: {'; '.join(_describe(r) for r in wrong_unit)}. Narrow its rule "
            f"(kind, words) in schemas/indicators.yaml line {ind.line}, or fix its unit.")
    values = {(_figure_value(r, ind.rule), r["value_max"] if pd.notna(r["value_max"]) else None)
              for r in rows}
    if len(values) > 1:
        return Resolution(
            ind.indicator_id, source_id, "error", candidates=ids,
            message=f"indicator {ind.indicator_id!r} is ambiguous: its rule matches "
            f"{len(rows)} figures with different values: "
            f"{'; '.join(_describe(r) for r in rows)}. Add words that tell them apart in "
            f"schemas/indicators.yaml line {ind.line}.")
    value = _figure_value(rows[0], ind.rule)
    if value is None:
        return Resolution(
            ind.indicator_id, source_id, "error", candidates=ids,
            message=f"indicator {ind.indicator_id!r} takes the {ind.rule.value_from} of "
            f"{_describe(rows[0])}, which has none.")
    return Resolution(ind.indicator_id, source_id, "matched", rows[0]["figure_id"], value, ids)


def _records(figures: pd.DataFrame) -> dict[Any, dict[str, Any]]:
    """Figure rows by index, empty cells as None (pandas gives NaN or NA)."""
    clean = figures.astype(object).where(figures.notna(), None)
    return cast(dict[Any, dict[str, Any]], clean.to_dict("index"))


def paragraph_at(text: str, offset: int) -> str:
    """The paragraph (blank-line separated) of ``text`` that holds ``offset``."""
    starts, paragraphs = _paragraphs(text)
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < starts[i] + len(paragraphs[i]):
        return paragraphs[i]
    return ""


@lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[list[int], list[str]]:
    matches = list(_PARAGRAPH.finditer(text))
    return [m.start() for m in matches], [m.group() for m in matches]


def match(catalog: Catalog, figures: pd.DataFrame, source_ids: Sequence[str] | None = None,
          texts: Mapping[str, str] | None = None) -> dict[str, list[Resolution]]:
    """Apply every rule of the catalog to the figures: per indicator, one
    :class:`Resolution` per source (``source_ids``, or those present in ``figures``).
    ``texts`` (source_id to NFC text) is needed by rules that look at paragraphs."""
    if source_ids is None:
        source_ids = list(dict.fromkeys(figures["source_id"]))
    texts = texts or {}
    windows = _windows(figures)
    records = _records(figures)
    paragraphs: dict[Any, str] = {}
    needs = [ind.indicator_id for ind in catalog.indicators if "paragraph" in ind.rule.terms]
    if needs:
        lacking = sorted({r["source_id"] for r in records.values()} - set(texts))
        if lacking:
            raise InputError(f"indicator {needs[0]!r} looks at paragraphs, so matching needs "
                             f"the text of source(s) {', '.join(lacking)}.")
        paragraphs = {i: paragraph_at(texts[r["source_id"]], int(r["start"]))
                      for i, r in records.items()}
    by_source: dict[str, list[Any]] = {s: [] for s in source_ids}
    for idx in figures.sort_values(["source_id", "start"], kind="stable").index:
        by_source.setdefault(records[idx]["source_id"], []).append(idx)
    fields = {i: _Fields(records[i], windows[i], paragraphs.get(i, "")) for i in records}
    result: dict[str, list[Resolution]] = {}
    for ind in catalog.indicators:
        result[ind.indicator_id] = [
            _resolve(ind, sid, [records[i] for i in by_source.get(sid, [])
                                if _rule_holds(ind.rule, records[i], fields[i])])
            for sid in source_ids
        ]
    return result


def observations(catalog: Catalog, figures: pd.DataFrame, sources: Iterable[Source],
                 strict: bool = True) -> pd.DataFrame:
    """The ``observations`` table: one row per indicator matched in a source, with
    geography and period from the source's sidecar.

    Raises InputError if a rule is ambiguous or matches a figure of another unit (the
    pipeline publishes nothing rather than a value picked by chance); with
    ``strict=False`` those indicators are left out instead."""
    sources = list(sources)
    meta = {s.source_id: s.meta for s in sources}
    resolutions = match(catalog, figures, [s.source_id for s in sources],
                        {s.source_id: s.text for s in sources})
    errors = [r for rs in resolutions.values() for r in rs if r.status == "error"]
    if errors and strict:
        lines = "\n".join(f"  {r.source_id}: {r.message}" for r in errors)
        raise InputError(
            f"{catalog.path}: {len(errors)} indicator rule(s) cannot be resolved, so no "
            f"observations are published:\n{lines}\n"
            "Run `solieu indicators raw/<dataset>` to see every match.")
    fig = figures.set_index("figure_id")
    rows = []
    for ind in catalog.indicators:
        for r in resolutions[ind.indicator_id]:
            if r.status != "matched":
                continue
            f = fig.loc[r.figure_id]
            base = f["base"] if isinstance(f["base"], str) and f["base"] else None
            rows.append([ind.indicator_id, meta[r.source_id]["geography"],
                         str(meta[r.source_id]["period"]), r.value, ind.unit,
                         f["qualifier"], base, r.source_id, r.figure_id])
    table = pd.DataFrame(rows, columns=OBSERVATION_COLUMNS)
    table = table.sort_values(["source_id"], kind="stable").reset_index(drop=True)
    table["value"] = table["value"].astype(float)
    return table


# --- the curator's report ------------------------------------------------------------

# Words every report uses everywhere: sharing them says nothing about a near miss.
_COMMON = frozenset("số các của và được cho với trong có đạt thành phố năm tổ chức tỷ lệ "
                    "so đã là trên địa bàn mới".split())


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if not w.isdigit()} - _COMMON


def _nearest(ind: Indicator, rows: Sequence[Mapping[str, Any]],
             windows: Mapping[Any, Around], n: int = 3) -> list[Mapping[str, Any]]:
    """Figures a missing indicator may have meant: same unit or kind, most shared words."""
    want = _words(" ".join([ind.name_vi, *ind.rule.words()]))
    scored = []
    for r in rows:
        if r["unit"] != ind.unit and r["kind"] not in ind.rule.kinds:
            continue
        near = " ".join(windows[r["_idx"]].near(ind.rule.window))
        have = _words(" ".join([_text(r["subject"]), _text(r["counted"]), near]))
        shared = len(want & have)
        if shared:
            same = (r["unit"] == ind.unit) + (r["kind"] in ind.rule.kinds)
            scored.append((-shared, -same, r["start"], r))
    scored.sort(key=lambda t: t[:3])
    return [t[3] for t in scored[:n]]


def _fmt_value(v: float | None) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _snippet(row: Mapping[str, Any], around: Around, width: int = 70) -> str:
    before, after = around.before, around.rest
    b = ("…" + before[-width:]) if len(before) > width else before
    a = (after[:width] + "…") if len(after) > width else after
    return " ".join(f"{b}[{row['surface']}]{a}".split())


def _summary(by_id: Mapping[str, Mapping[str, Any]], windows: Mapping[Any, Around],
             figure_id: str) -> dict[str, Any]:
    r = by_id[figure_id]
    return {"figure_id": figure_id, "surface": r["surface"], "value": r["value"],
            "unit": r["unit"], "kind": r["kind"], "role": r["role"],
            "sentence": _snippet(r, windows[r["_idx"]])}


def build_report(catalog: Catalog, figures: pd.DataFrame,
                 texts: Mapping[str, str]) -> dict[str, Any]:
    """The mapping report of the figures of the sources ``texts`` (source_id to text),
    as plain data (what ``--format json`` prints)."""
    source_ids = list(texts)
    windows = _windows(figures)
    records = _records(figures)
    for idx, r in records.items():
        r["_idx"] = idx
    resolutions = match(catalog, figures, source_ids, texts)
    try:  # the repository's own catalog is named as in the repository
        shown = str(catalog.path.resolve().relative_to(SCHEMAS.parent))
    except ValueError:
        shown = str(catalog.path)
    report: dict[str, Any] = {"catalog": shown, "indicators":
                              len(catalog.indicators), "sources": []}
    for sid in source_ids:
        rows = sorted((r for r in records.values() if r["source_id"] == sid),
                      key=lambda r: r["start"])
        by_id = {r["figure_id"]: r for r in rows}
        fig = partial(_summary, by_id, windows)

        matched: list[dict[str, Any]] = []
        missing: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        used: set[str] = set()
        for ind in catalog.indicators:
            res = next(r for r in resolutions[ind.indicator_id] if r.source_id == sid)
            used.update(res.candidates)
            if res.status == "matched":
                assert res.figure_id is not None
                matched.append({"indicator_id": ind.indicator_id, "value": res.value,
                                "unit": ind.unit, "figure": fig(res.figure_id),
                                "restated_in": [c for c in res.candidates
                                                if c != res.figure_id]})
            elif res.status == "missing":
                missing.append({"indicator_id": ind.indicator_id, "name_vi": ind.name_vi,
                                "nearest": [fig(r["figure_id"])
                                            for r in _nearest(ind, rows, windows)]})
            else:
                errors.append({"indicator_id": ind.indicator_id, "message": res.message,
                               "figures": [fig(c) for c in res.candidates]})
        report["sources"].append({
            "source_id": sid, "figures": len(rows), "matched": matched, "missing": missing,
            "errors": errors,
            "unmatched_figures": [fig(r["figure_id"]) for r in rows
                                  if r["figure_id"] not in used],
        })
    return report


def render_report(report: Mapping[str, Any]) -> str:
    """The mapping report as text for a curator."""
    out = [f"Indicator catalog {report['catalog']}: {report['indicators']} indicators."]
    for src in report["sources"]:
        out.append("")
        out.append(f"== {src['source_id']}: {src['figures']} figures; "
                   f"{len(src['matched'])} indicators matched, {len(src['missing'])} "
                   f"missing, {len(src['errors'])} errors; {len(src['unmatched_figures'])} "
                   "figures match no indicator")
        if src["errors"]:
            out.append("\nERRORS (fix the rule; nothing is published while these remain)")
            for e in src["errors"]:
                out.append(f"  ! {e['message']}")
                out.extend(f"      {f['figure_id']}: {f['sentence']}" for f in e["figures"])
        out.append("\nMATCHED")
        for m in src["matched"]:
            again = f" (restated in {', '.join(m['restated_in'])})" if m["restated_in"] else ""
            out.append(f"  {m['indicator_id']} = {_fmt_value(m['value'])} {m['unit']}"
                       f"  <- {m['figure']['figure_id']}{again}")
            out.append(f"      {m['figure']['sentence']}")
        out.append("\nMISSING (no figure matches the rule)")
        for m in src["missing"]:
            out.append(f"  {m['indicator_id']} ({m['name_vi']})")
            if not m["nearest"]:
                out.append("      nearest: none of the same unit or kind shares a word")
            for f in m["nearest"]:
                out.append(f"      nearest {f['figure_id']} ({f['unit']}, {f['kind']}): "
                           f"{f['sentence']}")
        out.append("\nFIGURES MATCHING NO INDICATOR")
        for f in src["unmatched_figures"]:
            out.append(f"  {f['figure_id']} {f['surface']!r} {f['unit']} {f['kind']} "
                       f"{f['role']}: {f['sentence']}")
    return "\n".join(out) + "\n"


def report_command(target: Path, fmt: str = "text", catalog: Catalog | None = None) -> int:
    """``solieu indicators FILE_OR_DATASET``: print the mapping report of a UTF-8 text
    file or a dataset folder; exit 1 if a rule is in error (ambiguous, other unit)."""
    import sys

    from solieu.extract import extract
    from solieu.sources import SAFE_ID, load_dataset, read_text

    target = Path(target)
    catalog = catalog or load_catalog()
    if target.is_dir():
        dataset = load_dataset(target)
        texts = {s.source_id: s.text for s in dataset.sources}
    else:
        sid = target.stem if SAFE_ID.match(target.stem) else "text"
        texts = {sid: read_text(target)}
    frames = [extract(text, sid) for sid, text in texts.items()]
    figures = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    report = build_report(catalog, figures, texts)
    if fmt == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_report(report))
    return 1 if any(src["errors"] for src in report["sources"]) else 0
