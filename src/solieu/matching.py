"""Figures to indicators of the indicator catalog: each figure in its sentence, the
rules applied, one resolution per indicator and source, and the observations table.

Resolution, per indicator, source and observation (the period and role of the matching
figures: a table's last-year result, this year's plan and estimate are three):

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
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple, cast

import pandas as pd

from solieu.indicator_catalog import Indicator, IndicatorCatalog, Rule, Term
from solieu.sources import InputError, Source

OBSERVATION_COLUMNS = ["indicator_id", "geography", "geography_code", "period", "role", "value",
                       "unit", "qualifier", "base", "source_id", "figure_id"]
# A paragraph: lines up to a blank line.
PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


def as_text(value: Any) -> str:
    """A cell as text: empty for a missing one."""
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


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


class FigureRows:
    """A figures table as one Python list per column, empty cells None. Windows, sectors
    and rules read cells one at a time, which costs far more through pandas."""

    def __init__(self, columns: Mapping[str, list[Any]]) -> None:
        self.columns = dict(columns)
        self.n = len(next(iter(self.columns.values()), []))
        self._texts: dict[str, list[str]] = {}
        self._records: dict[int, dict[str, Any]] = {}

    @classmethod
    def of(cls, figures: pd.DataFrame | FigureRows) -> FigureRows:
        """``figures`` as rows (itself if it already is)."""
        if isinstance(figures, FigureRows):
            return figures
        return cls({c: [None if _missing(v) else v for v in figures[c].tolist()]
                    for c in figures.columns})

    def __getitem__(self, column: str) -> list[Any]:
        return self.columns[column]

    def text(self, column: str) -> list[str]:
        """A column's cells as text, empty for a missing one."""
        if column not in self._texts:
            self._texts[column] = [as_text(x) for x in self.columns[column]]
        return self._texts[column]

    def record(self, i: int) -> dict[str, Any]:
        """Row ``i`` as a dict (made once)."""
        if i not in self._records:
            self._records[i] = {c: values[i] for c, values in self.columns.items()}
        return self._records[i]


def figure_arounds(figures: pd.DataFrame | FigureRows) -> list[Around]:
    """Per figure (in the order of ``figures``' rows), its sentence around the number.
    Words after a number describe it until the next number starts; words before it may
    name the subject of several (``Tổng thu ngân sách đạt 1.178 tỷ đồng, bằng 128% dự
    toán``), so ``before`` runs back to the start of the sentence.

    The number's place in the sentence comes from its offsets: figures of one sentence
    keep the distances between them, so a number written twice in a sentence is still
    found at the right occurrence."""
    rows = FigureRows.of(figures)
    n = rows.n
    sources = rows["source_id"]
    starts = [int(x) for x in rows["start"]]
    sentences, surfaces = rows.text("sentence"), rows.text("surface")
    anchor: dict[tuple[str, str], int] = {}  # (source, sentence) -> sentence start in text
    spans: dict[tuple[str, str], list[tuple[int, int, int]]] = {}  # key -> (pos, end, row)
    out: list[Around | None] = [None] * n
    for i in text_order(rows):
        sentence, surface = sentences[i], surfaces[i]
        key = (sources[i], sentence)
        pos = -1
        if key in anchor:
            guess = starts[i] - anchor[key]
            if sentence[guess:guess + len(surface)] == surface:
                pos = guess
        if pos < 0:
            pos = sentence.find(surface)
            if pos >= 0:
                anchor[key] = starts[i] - pos
        if pos < 0:  # sentence not verbatim: judge on the whole sentence
            out[i] = Around(sentence, sentence, sentence, sentence)
        else:
            spans.setdefault(key, []).append((pos, pos + len(surface), i))
    for (_, sentence), placed in spans.items():
        placed.sort(key=lambda t: t[0])
        for j, (pos, end, i) in enumerate(placed):
            prev_end = max((e for _, e, _ in placed[:j] if e <= pos), default=0)
            next_pos = min((p for p, _, _ in placed[j + 1:] if p >= end), default=len(sentence))
            out[i] = Around(sentence[:pos], sentence[end:next_pos], sentence[end:],
                            sentence[prev_end:pos] + " " + sentence[end:next_pos])
    return cast(list[Around], out)


def figure_windows(figures: pd.DataFrame) -> dict[Any, Around]:
    """:func:`figure_arounds` keyed by the index of ``figures``."""
    return dict(zip(figures.index, figure_arounds(figures), strict=True))


def text_order(figures: pd.DataFrame | FigureRows) -> list[int]:
    """Row positions of ``figures`` by source, then by offset (ties keep their order)."""
    rows = FigureRows.of(figures)
    keys = list(zip(rows["source_id"], (int(x) for x in rows["start"]), strict=True))
    return sorted(range(len(keys)), key=keys.__getitem__)


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
    period: str = ""  # the figures' own period ("" when the text states none: the source's)
    role: str = "actual"  # a target and a result of one period are two observations


class _Texts:
    """The texts rules read, per figure (by row position), each made once and only for
    the figures a rule still considers."""

    WINDOWED = ("before", "after", "near")

    def __init__(self, rows: FigureRows, arounds: Sequence[Around],
                 paragraphs: Sequence[str]) -> None:
        self.rows, self.arounds, self.paragraphs = rows, arounds, paragraphs
        self._windows: dict[tuple[str, int], dict[int, str]] = {}
        self.holds: dict[int, dict[str, bool]] = {}  # id(term) -> text -> whether it holds
        self.patterns: dict[int, re.Pattern[str]] = {}  # id(term) -> its one regex

    def get(self, name: str, window: int, positions: Sequence[int]) -> list[str]:
        if name == "paragraph":
            return [self.paragraphs[i] for i in positions]
        if name not in self.WINDOWED:
            column = self.rows.text(name)
            return [column[i] for i in positions]
        made = self._windows.setdefault((name, window), {})
        for i in positions:
            if i not in made:
                before, after = self.arounds[i].near(window)
                made[i] = {"before": before, "after": after, "near": f"{before} {after}"}[name]
        return [made[i] for i in positions]


@lru_cache(maxsize=4096)
def _term_pattern(term: Term) -> re.Pattern[str]:
    # One search for all phrasings of a term: "a|b" holds where either does.
    return re.compile("|".join(p.pattern for p in term.patterns), re.IGNORECASE)


class _Index:
    """The figures of a table indexed for rules: row positions in text order, by kind and
    role, so a rule looks only at the figures of its kinds and roles."""

    def __init__(self, rows: FigureRows) -> None:
        self.order = text_order(rows)
        self.rank = [0] * len(self.order)
        for r, i in enumerate(self.order):
            self.rank[i] = r
        self.base, self.qualifier = rows["base"], rows["qualifier"]
        self.by_kind_role: dict[tuple[Any, Any], list[int]] = {}
        kinds, roles = rows["kind"], rows["role"]
        for i in self.order:
            self.by_kind_role.setdefault((kinds[i], roles[i]), []).append(i)

    def candidates(self, rule: Rule) -> list[int]:
        """Row positions (text order) of the figures whose kind, role, base and qualifier
        the rule accepts."""
        found: list[int] = []
        for (kind, role), rows in self.by_kind_role.items():
            if kind in rule.kinds and role in rule.roles:
                found.extend(rows)
        found.sort(key=self.rank.__getitem__)
        if rule.bases is not None:
            found = [i for i in found if self.base[i] in rule.bases]
        if rule.qualifiers is not None:
            found = [i for i in found if self.qualifier[i] in rule.qualifiers]
        return found


def rule_matches(rule: Rule, index: _Index, texts: _Texts) -> list[int]:
    """Row positions (text order) of the figures ``rule`` matches: the figures of its
    kinds and roles, narrowed term by term. A term is searched once per distinct text
    (most figures share their few ``counted`` nouns, or a sentence)."""
    rows = index.candidates(rule)
    for name, terms in rule.terms.items():
        for term in terms:
            if not rows:
                return rows
            holds = texts.holds.setdefault(id(term), {})  # the catalog outlives the call
            pattern = texts.patterns.get(id(term)) or texts.patterns.setdefault(
                id(term), _term_pattern(term))
            hay = texts.get(name, rule.window, rows)
            kept = []
            for i, h in zip(rows, hay, strict=True):
                found = holds.get(h)
                if found is None:
                    found = holds[h] = (pattern.search(h) is not None) != term.negated
                if found:
                    kept.append(i)
            rows = kept
    return rows


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


def figure_records(figures: pd.DataFrame) -> dict[Any, dict[str, Any]]:
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
    matches = list(PARAGRAPH.finditer(text))
    return [m.start() for m in matches], [m.group() for m in matches]


class Matched(NamedTuple):
    """The resolutions of every indicator, and where each figure is."""

    resolutions: dict[str, list[Resolution]]
    positions: dict[str, int]  # figure_id -> row position in the figures table


def match_table(indicator_catalog: IndicatorCatalog, figures: pd.DataFrame | FigureRows,
                source_ids: Sequence[str] | None, texts: Mapping[str, str] | None,
                source_periods: Mapping[str, str] | None = None,
                arounds: Sequence[Around] | None = None) -> Matched:
    """:func:`match`, with the row position of each figure; ``arounds``: the figures'
    :func:`figure_arounds` if already made."""
    rows = FigureRows.of(figures)
    if source_ids is None:
        source_ids = list(dict.fromkeys(rows["source_id"]))
    texts = texts or {}
    paragraphs: list[str] = []
    needs = [ind.indicator_id for ind in indicator_catalog.indicators if "paragraph" in ind.rule.terms]
    if needs:
        lacking = sorted(set(rows["source_id"]) - set(texts))
        if lacking:
            raise InputError(f"indicator {needs[0]!r} looks at paragraphs, so matching needs "
                             f"the text of source(s) {', '.join(lacking)}.")
        paragraphs = [paragraph_at(texts[sid], int(start))
                      for sid, start in zip(rows["source_id"], rows["start"], strict=True)]
    if arounds is None:
        arounds = figure_arounds(rows)
    index = _Index(rows)
    fields = _Texts(rows, arounds, paragraphs)
    result: dict[str, list[Resolution]] = {}
    for ind in indicator_catalog.indicators:
        by_source: dict[str, list[Mapping[str, Any]]] = {}
        for i in rule_matches(ind.rule, index, fields):
            record = rows.record(i)
            by_source.setdefault(record["source_id"], []).append(record)
        result[ind.indicator_id] = [
            res for sid in source_ids
            for res in _resolve_each_observation(ind, sid, by_source.get(sid, []),
                                                 (source_periods or {}).get(sid, ""))]
    positions = {fid: i for i, fid in enumerate(rows["figure_id"])}
    return Matched(result, positions)


def match(indicator_catalog: IndicatorCatalog, figures: pd.DataFrame, source_ids: Sequence[str] | None = None,
          texts: Mapping[str, str] | None = None,
          source_periods: Mapping[str, str] | None = None) -> dict[str, list[Resolution]]:
    """Apply every rule of the indicator catalog to the figures: per indicator, one
    :class:`Resolution` per source (``source_ids``, or those present in ``figures``) and
    observation (period and role) the matching figures give. ``texts`` (source_id to NFC
    text) is needed by rules that look at paragraphs; ``source_periods`` gives the period
    of figures whose text states none (default: empty)."""
    return match_table(indicator_catalog, figures, source_ids, texts, source_periods).resolutions


def observation_rows(indicator_catalog: IndicatorCatalog, figures: pd.DataFrame,
                     resolutions: Mapping[str, Sequence[Resolution]],
                     positions: Mapping[str, int], meta: Mapping[str, Mapping[str, Any]],
                     ) -> list[list[Any]]:
    """The rows (OBSERVATION_COLUMNS) of the matched resolutions, in catalog order."""
    qualifiers, bases = figures["qualifier"].tolist(), figures["base"].tolist()
    rows = []
    for ind in indicator_catalog.indicators:
        for r in resolutions[ind.indicator_id]:
            if r.status != "matched":
                continue
            i = positions[cast(str, r.figure_id)]
            base = bases[i] if isinstance(bases[i], str) and bases[i] else None
            rows.append([ind.indicator_id, meta[r.source_id]["geography"], None, r.period,
                         r.role, r.value, ind.unit, qualifiers[i], base, r.source_id,
                         r.figure_id])
    return rows


def observations_frame(rows: list[list[Any]]) -> pd.DataFrame:
    """The ``observations`` table of ``rows``, ordered by source (stable)."""
    table = pd.DataFrame(rows, columns=OBSERVATION_COLUMNS)
    table = table.sort_values(["source_id"], kind="stable").reset_index(drop=True)
    table["value"] = table["value"].astype(float)
    return table


def unresolved_message(indicator_catalog: IndicatorCatalog,
                       errors: Sequence[tuple[str, str]]) -> str:
    """Why the observations cannot be published, and what to do; ``errors``: (source_id,
    message) of every indicator that cannot be resolved."""
    lines = "\n".join(f"  {source_id}: {message}" for source_id, message in errors)
    return (f"{indicator_catalog.path}: {len(errors)} indicator rule(s) cannot be resolved, so no "
            f"observations are published:\n{lines}\n"
            "Run `solieu indicators raw/<dataset>` to see every match.")


def _resolve_each_observation(ind: Indicator, source_id: str, rows: list[Mapping[str, Any]],
                              source_period: str) -> list[Resolution]:
    """One resolution per observation the matching figures give: per period and role.
    A table holding last year's result, this year's plan and this year's estimate gives
    three observations of one indicator, not an ambiguous rule."""
    if not rows:
        return [_resolve(ind, source_id, [])]
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for r in rows:
        own = r.get("period")
        period = own if isinstance(own, str) and own else source_period
        groups.setdefault((period, observation_role(r.get("role"))), []).append(r)
    return [replace(_resolve(ind, source_id, group), period=period, role=role)
            for (period, role), group in groups.items()]


def observation_role(figure_role: Any) -> str:
    """The role of an observation: the figure's (``plan`` for a target), else ``actual``."""
    return figure_role if isinstance(figure_role, str) and figure_role else "actual"


def observations(indicator_catalog: IndicatorCatalog, figures: pd.DataFrame, sources: Iterable[Source],
                 strict: bool = True) -> pd.DataFrame:
    """The ``observations`` table: one row per indicator matched in a source, with the
    geography of the source's sidecar, the figure's own period where it has one (else
    the source's), and the figure's role (a target and a result are two observations).
    ``geography_code`` is left empty here: it depends on the dataset's administrative
    unit (see solieu.geography and solieu.tables).

    Raises InputError if a rule is ambiguous or matches a figure of another unit (the
    pipeline publishes nothing rather than a value picked by chance); with
    ``strict=False`` those indicators are left out instead."""
    sources = list(sources)
    meta = {s.source_id: s.meta for s in sources}
    matched = match_table(indicator_catalog, figures, [s.source_id for s in sources],
                          {s.source_id: s.text for s in sources},
                          {s.source_id: str(s.meta["period"]) for s in sources})
    errors = [r for rs in matched.resolutions.values() for r in rs if r.status == "error"]
    if errors and strict:
        raise InputError(unresolved_message(
            indicator_catalog, [(r.source_id, cast(str, r.message)) for r in errors]))
    return observations_frame(observation_rows(indicator_catalog, figures, matched.resolutions,
                                               matched.positions, meta))
