"""The curator's mapping report: per source, the indicators matched, missing (with
the nearest candidates) and in error, and the figures no indicator takes
(`solieu indicators FILE_OR_DATASET`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from solieu import SCHEMAS
from solieu.indicator_catalog import Indicator, IndicatorCatalog, load_indicator_catalog
from solieu.matching import Around, as_text, figure_records, figure_windows, match

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
        have = _words(" ".join([as_text(r["subject"]), as_text(r["counted"]), near]))
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


def build_report(indicator_catalog: IndicatorCatalog, figures: pd.DataFrame,
                 texts: Mapping[str, str]) -> dict[str, Any]:
    """The mapping report of the figures of the sources ``texts`` (source_id to text),
    as plain data (what ``--format json`` prints)."""
    source_ids = list(texts)
    windows = figure_windows(figures)
    records = figure_records(figures)
    for idx, r in records.items():
        r["_idx"] = idx
    resolutions = match(indicator_catalog, figures, source_ids, texts)
    try:  # the repository's own indicator catalog is named as in the repository
        shown = str(indicator_catalog.path.resolve().relative_to(SCHEMAS.parent))
    except ValueError:
        shown = str(indicator_catalog.path)
    report: dict[str, Any] = {"indicator_catalog": shown, "indicators":
                              len(indicator_catalog.indicators), "sources": []}
    for sid in source_ids:
        rows = sorted((r for r in records.values() if r["source_id"] == sid),
                      key=lambda r: r["start"])
        by_id = {r["figure_id"]: r for r in rows}
        fig = partial(_summary, by_id, windows)

        matched: list[dict[str, Any]] = []
        missing: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        used: set[str] = set()
        for ind in indicator_catalog.indicators:
            for res in (r for r in resolutions[ind.indicator_id] if r.source_id == sid):
                used.update(res.candidates)
                if res.status == "matched":
                    assert res.figure_id is not None
                    matched.append({"indicator_id": ind.indicator_id, "value": res.value,
                                    "unit": ind.unit, "period": res.period, "role": res.role,
                                    "figure": fig(res.figure_id),
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
    out = [f"Indicator catalog {report['indicator_catalog']}: {report['indicators']} indicators."]
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
            when = " ".join(w for w in (m["period"], m["role"] if m["role"] != "actual" else "") if w)
            out.append(f"  {m['indicator_id']} = {_fmt_value(m['value'])} {m['unit']}"
                       f"{f' ({when})' if when else ''}  <- {m['figure']['figure_id']}{again}")
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


def report_command(target: Path, fmt: str = "text", indicator_catalog: IndicatorCatalog | None = None) -> int:
    """``solieu indicators FILE_OR_DATASET``: print the mapping report of a report file
    (text, HTML, PDF, DOCX) or a dataset folder; exit 1 if a rule is in error (ambiguous, other unit)."""
    import sys

    from solieu.extract import extract
    from solieu.renditions import read_file
    from solieu.sources import SAFE_ID, load_dataset

    target = Path(target)
    indicator_catalog = indicator_catalog or load_indicator_catalog()
    if target.is_dir():
        dataset = load_dataset(target)
        texts = {s.source_id: s.text for s in dataset.sources}
    else:
        sid = target.stem if SAFE_ID.match(target.stem) else "text"
        texts = {sid: read_file(target).text}
    frames = [extract(text, sid) for sid, text in texts.items()]
    figures = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    report = build_report(indicator_catalog, figures, texts)
    if fmt == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_report(report))
    return 1 if any(src["errors"] for src in report["sources"]) else 0
