"""The reconciliation checks of a package's checks.yaml: what the Table Schemas cannot say.

Each rule is a function registered with :func:`rule`, which declares the rule's name
(what checks.yaml writes as ``rule:``) and the tables it reads; its docstring says
what it checks. A check in checks.yaml is one use of a rule (an ``id``, a
``severity`` and the rule's parameters). To add a rule: write the function here,
decorate it, declare its parameters in schemas/meta/checks.schema.json, use it in
schemas/checks.yaml, and add its cases to tests/test_validate.py.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from solieu.config import read
from solieu.report import Problem, Report
from solieu.sources import SAFE_ID
from solieu.table_check import Table, true_rows

RuleFunction = Callable[[Report, dict[str, Any], dict[str, Table], Path], None]


@dataclass(frozen=True)
class Rule:
    """A kind of reconciliation check: its name, what it runs, and the tables it reads
    (fixed, or named by the check's own parameters). The parameters each rule takes are
    declared in schemas/meta/checks.schema.json."""

    name: str
    run: RuleFunction
    tables: Sequence[str] | Callable[[dict[str, Any]], Sequence[str]]

    @property
    def checks(self) -> str:
        """What the rule checks, in one sentence (its function's docstring)."""
        return (self.run.__doc__ or "").strip()

    def reads(self, check: dict[str, Any]) -> Sequence[str]:
        """The tables one check of this rule reads."""
        return self.tables(check) if callable(self.tables) else self.tables


# rule name -> Rule, in the order they are defined below
RULES: dict[str, Rule] = {}


def rule(name: str, *, tables: Sequence[str] | Callable[[dict[str, Any]], Sequence[str]]
         ) -> Callable[[RuleFunction], RuleFunction]:
    """Register a function as the rule ``name`` (see the module docstring)."""
    def register(run: RuleFunction) -> RuleFunction:
        RULES[name] = Rule(name=name, run=run, tables=tables)
        return run
    return register


def run_checks(report: Report, checks: Iterable[dict[str, Any]], tables: dict[str, Table],
               folder: Path, trusted: frozenset[str] = frozenset()) -> None:
    """Run each check (as load_checks returns them) on the tables of the package in
    ``folder``, in order; a check whose tables are missing reports that instead.
    ``trusted``: sources whose rows and text passed these checks before, byte for byte
    the same: the rules that read texts (provenance, source-hash) leave them out."""
    _TRUSTED[str(folder)] = trusted
    try:
        for check in checks:
            used = RULES[check["rule"]]
            if _need(report, check, tables, used.reads(check)):
                used.run(report, check, tables, folder)
    finally:
        _READABLE.clear()
        _TRUSTED.pop(str(folder), None)


def load_checks(path: Path) -> list[dict[str, Any]]:
    """The checks of a checks.yaml, each with id, rule, severity and its parameters,
    checked against schemas/meta/checks.schema.json (each rule's parameters) and for
    unique ids."""
    doc = read(path, "checks")
    seen: dict[str, int] = {}
    for i, check in enumerate(doc.data["checks"]):
        if check["id"] in seen:
            raise doc.error(["checks", i], f"the id is used by check #{seen[check['id']] + 1} "
                                           "too; give each check its own id.")
        seen[check["id"]] = i
    checks: list[dict[str, Any]] = doc.data["checks"]
    return checks


def _need(report: Report, check: dict[str, Any], tables: dict[str, Table],
          names: Iterable[str]) -> bool:
    """Whether the tables a check reads are there; a problem for each that is not."""
    absent = [n for n in names if n not in tables]
    for name in absent:
        report.error(check["id"], table=name, expected="the table in the package",
                     message=f"cannot run check {check['id']}: table {name} is missing or "
                             "unreadable.")
    return not absent



def _problem(report: Report, check: dict[str, Any], table: str, row: int,
             **fields: Any) -> None:
    """Add the problem ``check`` found in data row ``row`` (0-based) of ``table``: the
    report numbers rows as frictionless does, the header being row 1."""
    report.add(Problem(check=check["id"], severity=check["severity"], table=table,
                       row=row + 2, **fields))


# Which source texts of the package being checked can be read (thousands of files),
# found once for the rules that read them, while run_checks runs. The texts themselves
# are read one at a time by each rule and let go: never all of them held at once.
_READABLE: dict[tuple[str, int], dict[str, Path | None]] = {}
# The sources run_checks was told to trust in the package it checks (by folder), while
# it runs.
_TRUSTED: dict[str, frozenset[str]] = {}


def _text_paths(folder: Path, sources: Table) -> dict[str, Path | None]:
    """Source id -> its text file, or None where there is no such file inside the package."""
    key = (str(folder), id(sources))
    if key not in _READABLE:
        _READABLE[key] = _find_text_paths(folder, sources)
    return _READABLE[key]


def _find_text_paths(folder: Path, sources: Table) -> dict[str, Path | None]:
    paths: dict[str, Path | None] = {}
    texts = Path(folder) / "data" / "sources"
    inside = texts.resolve()
    in_place = texts.is_dir() and inside.is_relative_to(Path(folder).resolve())
    trusted = _TRUSTED.get(str(folder), frozenset())
    for source_id in sources.typed["source_id"].dropna():
        if source_id in trusted:
            continue  # not read
        path = texts / f"{source_id}.txt"
        # A source id is a file name (never a path), and the text a file of the package:
        # in a folder inside it, a file that is no link is inside it too.
        safe = SAFE_ID.match(str(source_id)) and (
            (in_place and not path.is_symlink()) or path.resolve().is_relative_to(inside))
        paths[source_id] = path if safe and path.is_file() else None
    return paths


def _source_text(paths: dict[str, Path | None], source_id: str) -> str | None:
    """The text of one source (None: missing, outside the package, or not UTF-8)."""
    path = paths.get(source_id)
    if path is None:
        return None
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


@rule("provenance", tables=("sources", "figures"))
def check_provenance(report: Report, check: dict[str, Any], tables: dict[str, Table],
                     folder: Path) -> None:
    """Each figure's surface is exactly text[start:end] of its source text."""
    paths = _text_paths(folder, tables["sources"])
    figures = tables["figures"].typed
    # -1 marks a missing offset or surface: a type or required problem already says so.
    starts = figures["start"].to_numpy(dtype="int64", na_value=-1)
    ends = figures["end"].to_numpy(dtype="int64", na_value=-1)
    surfaces = figures["surface"].astype(object).where(figures["surface"].notna(), None).to_numpy()
    known = (starts >= 0) & (ends >= 0) & (surfaces != None)  # noqa: E711 (elementwise)
    trusted = _TRUSTED.get(str(folder), frozenset())
    for source_id, rows in figures.groupby("source_id", sort=False, dropna=True).indices.items():
        if source_id in trusted:
            continue
        text = _source_text(paths, str(source_id))
        if text is None:
            continue  # a foreign-key or source-hash problem already says why
        rows = rows[known[rows]]
        start, end = starts[rows], ends[rows]
        inside = (start < end) & (end <= len(text))
        for row in rows[~inside]:
            _problem(report, check, "figures", int(row),
                     field="end",
                     value=int(ends[row]),
                     expected=f"{starts[row]} < end <= {len(text)}",
                     message=f"start {starts[row]} and end {ends[row]} do not lie within the "
                             f"{len(text)} characters of source {source_id}.")
        rows, start, end = rows[inside], start[inside], end[inside]
        quoted = np.array([text[a:b] for a, b in zip(start, end, strict=True)], dtype=object)
        for i in np.flatnonzero(quoted != surfaces[rows]):
            row = int(rows[i])
            _problem(report, check, "figures", row,
                     field="surface",
                     value=surfaces[row],
                     expected=quoted[i],
                     message=f"surface {surfaces[row]!r} is not what source {source_id} says at "
                             f"[{starts[row]}:{ends[row]}] ({quoted[i]!r}).")



@rule("source-hash", tables=("sources",))
def check_source_hash(report: Report, check: dict[str, Any], tables: dict[str, Table],
                      folder: Path) -> None:
    """Each source's text exists, hashes to sources.sha256 and has sources.chars."""
    sources = tables["sources"].typed
    paths = _text_paths(folder, tables["sources"])
    trusted = _TRUSTED.get(str(folder), frozenset())
    for row, (source_id, sha, chars) in enumerate(
        zip(sources["source_id"], sources["sha256"], sources["chars"], strict=True)
    ):
        if pd.isna(source_id) or source_id in trusted:
            continue
        text = _source_text(paths, source_id)
        relpath = f"data/sources/{source_id}.txt"
        if text is None:
            _problem(report, check, "sources", row,
                     field="source_id",
                     value=source_id,
                     expected=f"a UTF-8 text {relpath}",
                     message=f"the text of source {source_id} ({relpath}) is missing or not UTF-8; "
                             "without it no figure can be checked against its source.")
            continue
        actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if not pd.isna(sha) and actual != sha:
            _problem(report, check, "sources", row,
                     field="sha256",
                     value=actual,
                     expected=sha,
                     message=f"{relpath} hashes to {actual}, but sources.sha256 says {sha}: "
                             "the text is not the one the figures were extracted from.")
        if not pd.isna(chars) and len(text) != int(chars):
            _problem(report, check, "sources", row,
                     field="chars",
                     value=len(text),
                     expected=str(chars),
                     message=f"{relpath} has {len(text)} characters, sources.chars says {chars}.")



def _decimals(surface: str) -> int:
    """Digits after the decimal comma of a Vietnamese number (82,2% -> 1)."""
    match = re.search(r",(\d+)", surface)
    return len(match.group(1)) if match else 0



@rule("share-ratio", tables=("figures",))
def check_share_ratio(report: Report, check: dict[str, Any], tables: dict[str, Table],
                      folder: Path) -> None:
    """A share right after an A/B figure in the same sentence equals 100*A/B."""
    columns = tables["figures"].columns
    n = len(tables["figures"].typed)
    if n < 2:
        return
    # Text order: by source, then offset; each figure is paired with the next one.
    # Arrow throughout: a million sentences as Python strings would cost a GiB.
    order = pc.sort_indices(pa.table({k: columns[k] for k in ("source_id", "start")}),
                            sort_keys=[("source_id", "ascending"), ("start", "ascending")])

    def pair(name: str) -> tuple[Any, Any]:
        column = pc.take(columns[name], order)
        return column.slice(0, n - 1), column.slice(1)

    source, kind, unit, ranged = pair("source_id"), pair("kind"), pair("unit"), pair("value_max")
    pairs = pc.and_(pc.greater(pc.take(columns["denominator"], order).slice(0, n - 1), 0),
                    pc.and_(pc.is_null(ranged[0]), pc.is_null(ranged[1])))
    kinds = pa.array(check.get("kinds", ["share"]), pa.string())
    for mask in (pc.equal(*source), pc.is_in(kind[1], value_set=kinds),
                 pc.equal(unit[1], "percent")):
        pairs = pc.and_(pairs, mask)
    candidates = true_rows(pairs)
    positions = order.to_numpy()
    # Same sentence: compared for the candidates alone (the sentences are long).
    sentence = columns["sentence"]
    same = pc.equal(pc.take(sentence, positions[candidates]),
                    pc.take(sentence, positions[candidates + 1]))
    candidates = candidates[true_rows(same)]
    if not len(candidates):
        return
    value = tables["figures"].typed["value"].to_numpy()
    denominator = tables["figures"].typed["denominator"].to_numpy()
    surfaces = columns["surface"]
    units = float(check.get("last_digit_units", 1))
    for i in candidates:
        ratio_row, share_row = int(positions[i]), int(positions[i + 1])
        expected = 100.0 * value[ratio_row] / denominator[ratio_row]
        share, surface = value[share_row], str(surfaces[share_row].as_py())
        tolerance = units * 10.0 ** -_decimals(surface) + 1e-9
        if abs(expected - share) <= tolerance:
            continue
        ratio = surfaces[ratio_row].as_py()
        _problem(report, check, "figures", share_row,
                 field="value",
                 value=float(share),
                 expected=f"{expected:.4g} (= 100 × {ratio})",
                 message=f"share {surface!r} does not agree with {ratio!r} stated before it in the "
                         f"same sentence: 100 × {value[ratio_row]:g}/{denominator[ratio_row]:g} = "
                         f"{expected:.4g}.")



@rule("parts-add-up", tables=("indicators", "observations"))
def check_parts_add_up(report: Report, check: dict[str, Any], tables: dict[str, Table],
                       folder: Path) -> None:
    """Observations of the parts of a total add up to the total's observation."""
    indicators = tables["indicators"].typed.dropna(subset=["indicator_id", "part_of"])
    part_of = dict(zip(indicators["indicator_id"], indicators["part_of"], strict=True))
    if not part_of:
        return
    parts_needed = pd.Series(list(part_of.values())).value_counts()
    obs = tables["observations"].typed
    key = ["geography", "period", "source_id", "unit"]
    skip = ["approx", "over", "under"]

    parts = obs[obs["indicator_id"].isin(list(part_of))]
    parts = parts.assign(
        total_id=parts["indicator_id"].map(part_of).astype(obs["indicator_id"].dtype),
        skipped=parts["qualifier"].isin(skip),
    )
    sums = parts.groupby(["total_id", *key], dropna=False, observed=True).agg(
        added=("value", "sum"), count=("indicator_id", "nunique"), skipped=("skipped", "any"),
    ).reset_index()
    totals = obs[obs["indicator_id"].isin(list(parts_needed.index))]
    totals = totals.reset_index(names="position").merge(
        sums, left_on=["indicator_id", *key], right_on=["total_id", *key], how="inner",
    )
    totals = totals[~totals["skipped"] & ~totals["qualifier"].isin(skip)]
    complete = totals["count"].to_numpy() >= totals["indicator_id"].map(parts_needed).to_numpy()
    value = totals["value"].to_numpy()
    added = totals["added"].to_numpy()
    slack = float(check.get("relative_tolerance", 0.0)) * np.abs(value) + 1e-9
    wrong = np.where(complete, np.abs(added - value) > slack, added > value + slack)
    for i in np.flatnonzero(wrong):
        total = totals.iloc[i]
        same = parts[(parts["total_id"] == total["indicator_id"]).to_numpy()]
        for k in key:
            same = same[(same[k] == total[k]).to_numpy()]
        listed = " + ".join(f"{v:g} ({p})" for p, v in
                            zip(same["indicator_id"], same["value"], strict=True))
        what = "add up to" if complete[i] else "exceed it, without all parts:"
        _problem(report, check, "observations", int(total["position"]),
                 field="value",
                 value=float(total["value"]),
                 expected=f"{added[i]:g} (sum of parts)",
                 message=f"{total['indicator_id']} is {total['value']:g} for {total['geography']}, "
                         f"{total['period']} ({total['source_id']}), but its parts {what} "
                         f"{listed} = {added[i]:g}.")



@rule("range", tables=lambda check: (check["table"],))
def check_range(report: Report, check: dict[str, Any], tables: dict[str, Table],
                folder: Path) -> None:
    """`fields` of the rows matching `where` lie within [minimum, maximum]."""
    name = check["table"]
    frame = tables[name].typed
    selected = np.ones(len(frame), dtype=bool)
    for column, allowed in (check.get("where") or {}).items():
        selected &= frame[column].isin(list(allowed)).fillna(False).to_numpy(dtype=bool)
    low, high = check.get("minimum", -math.inf), check.get("maximum", math.inf)
    for column in check["fields"]:
        values = frame[column].to_numpy(dtype="float64", na_value=np.nan)
        outside = selected & ~np.isnan(values) & ((values < low) | (values > high))
        for row in np.flatnonzero(outside):
            _problem(report, check, name, int(row),
                     field=column,
                     value=float(values[row]),
                     expected=f"between {low:g} and {high:g}",
                     message=f"{column} {values[row]:g} is outside [{low:g}, {high:g}] "
                             f"({check.get('title', check['id'])}).")
