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

from solieu.indicator_catalog import Indicator, IndicatorCatalog, Rule
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


def figure_windows(figures: pd.DataFrame) -> dict[Any, Around]:
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
        sentence, surface = as_text(row["sentence"]), as_text(row["surface"])
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
                value = as_text(self.row[name])
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


def match(indicator_catalog: IndicatorCatalog, figures: pd.DataFrame, source_ids: Sequence[str] | None = None,
          texts: Mapping[str, str] | None = None,
          source_periods: Mapping[str, str] | None = None) -> dict[str, list[Resolution]]:
    """Apply every rule of the indicator catalog to the figures: per indicator, one
    :class:`Resolution` per source (``source_ids``, or those present in ``figures``) and
    observation (period and role) the matching figures give. ``texts`` (source_id to NFC
    text) is needed by rules that look at paragraphs; ``source_periods`` gives the period
    of figures whose text states none (default: empty)."""
    if source_ids is None:
        source_ids = list(dict.fromkeys(figures["source_id"]))
    texts = texts or {}
    windows = figure_windows(figures)
    records = figure_records(figures)
    paragraphs: dict[Any, str] = {}
    needs = [ind.indicator_id for ind in indicator_catalog.indicators if "paragraph" in ind.rule.terms]
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
    for ind in indicator_catalog.indicators:
        result[ind.indicator_id] = [
            res for sid in source_ids
            for res in _resolve_each_observation(
                ind, sid, [records[i] for i in by_source.get(sid, [])
                           if _rule_holds(ind.rule, records[i], fields[i])],
                (source_periods or {}).get(sid, ""))
        ]
    return result


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
    resolutions = match(indicator_catalog, figures, [s.source_id for s in sources],
                        {s.source_id: s.text for s in sources},
                        {s.source_id: str(s.meta["period"]) for s in sources})
    errors = [r for rs in resolutions.values() for r in rs if r.status == "error"]
    if errors and strict:
        lines = "\n".join(f"  {r.source_id}: {r.message}" for r in errors)
        raise InputError(
            f"{indicator_catalog.path}: {len(errors)} indicator rule(s) cannot be resolved, so no "
            f"observations are published:\n{lines}\n"
            "Run `solieu indicators raw/<dataset>` to see every match.")
    fig = figures.set_index("figure_id")
    rows = []
    for ind in indicator_catalog.indicators:
        for r in resolutions[ind.indicator_id]:
            if r.status != "matched":
                continue
            f = fig.loc[r.figure_id]
            base = f["base"] if isinstance(f["base"], str) and f["base"] else None
            rows.append([ind.indicator_id, meta[r.source_id]["geography"], None, r.period,
                         r.role, r.value, ind.unit, f["qualifier"], base, r.source_id,
                         r.figure_id])
    table = pd.DataFrame(rows, columns=OBSERVATION_COLUMNS)
    table = table.sort_values(["source_id"], kind="stable").reset_index(drop=True)
    table["value"] = table["value"].astype(float)
    return table
