"""Text to figures: every quantity a report states, with what it measures.

The extractor runs in stages. The text's spacing is read first (``spacing``: no-break
spaces, runs of spaces, invisible characters). The scan (``scan``) finds digit runs, sets aside what is
not a quantity with a named, ordered list of checks (``exclusions``: dates, years,
document numbers, labels, names), and reads the number expression (ranges ``3-4%``,
``A/B`` forms, scale words, units, rates). The reading (``reading``) then fills each
figure's qualifier, kind, base, role, period and subject from its context, one function per
field, each in a module named for it (``qualifiers``, ``kinds``, ``bases``, ``roles``,
``dating``, ``subjects``). Every word it reads is in ``schemas/vocabulary.yaml`` (``vocabulary``): the
rules are shapes of Vietnamese report prose, not sentences of one report.

>>> df = extract("Tổng thu ngân sách đạt 1.178 tỷ đồng, tăng 6,2% so với năm 2021.")
>>> df[["surface", "value", "unit", "kind"]].values.tolist()
[['1.178', 1178000000000.0, 'VND', 'amount'], ['6,2%', 6.2, 'percent', 'growth']]
>>> df["base"].tolist()[1]
'2021'
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa

from solieu import compiled

compiled.guard()  # before the modules below, which may be compiled: a stale build must not run

from solieu.extract.figure import Excluded, Figure, Reason  # noqa: E402
from solieu.extract.reading import read  # noqa: E402
from solieu.extract.scan import scan  # noqa: E402
from solieu.extract.spacing import placed, spaced, unnoted  # noqa: E402
from solieu.extract.tables import kept_table_lines  # noqa: E402
from solieu.extract.vocabulary import VOCABULARY, vocabulary  # noqa: E402
from solieu.renditions.markdown import unmarked  # noqa: E402
from solieu.renditions.paragraphs import unwrapped  # noqa: E402

__all__ = ["FIGURE_COLUMNS", "Explanation", "Reason", "explain", "extract", "extract_columns", "extractor_version",
           "render", "render_explanation", "vocabulary"]

FIGURE_COLUMNS = [
    "figure_id", "source_id", "start", "end", "surface", "value", "value_max",
    "denominator", "unit", "counted", "qualifier", "kind", "direction", "base", "role",
    "period", "subject", "sentence",
]
_TEXT = pd.StringDtype("pyarrow", na_value=np.nan)


@cache
def extractor_version() -> str:
    """A hash of the extractor's code and vocabulary: a cache key for extraction results.

    Once per process: the code that runs is the code imported, and the vocabulary is read
    at import too (a key is asked for every report of a run)."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for path in [*sorted(here.glob("*.py")), here.parent / "numbers.py", VOCABULARY]:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


# A superscript footnote marker ("đạt 102,3%¹ kế hoạch", "12.640 triệu đồng³" in a PDF's rendition) is
# no digit and no letter of the word it touches: read as a space (offsets kept, the output's text as written);
# one after a metre ("m²", "km³") is the unit's power. The marks open the pattern (with the look-behind
# first it tried every character of the text).
_MARK_CHARS: Final = tuple(map(chr, (0xB9, 0xB2, 0xB3, 0x2070, *range(0x2074, 0x207A))))
_MARKS: Final = "[" + "".join(_MARK_CHARS) + "]"
_SUPERSCRIPTS: Final = re.compile(f"{_MARKS}(?<![mM]{_MARKS})")


def _figures(text: str, excluded: list[Excluded] | None = None) -> tuple[list[Figure], list[tuple[int, int]]]:
    # No-break spaces, runs of spaces and blank lines after each paragraph read as one space or break (the
    # figures' offsets then move back to the text as written); Markdown's markup and a PDF's line breaks
    # inside a paragraph read as spaces, offsets kept; a table laid out by spaces (a PDF's text kept in
    # its layout) keeps its lines: its rows are no paragraph's.
    text, at = spaced(unnoted(text))  # the same length: a footnote's marker before a word spaced from it
    text = unmarked(text)
    text = kept_table_lines(text, unwrapped(text))
    # Most texts hold no mark: one "in" per mark says so, 3.5 times as fast as the pattern's search.
    if any(mark in text for mark in _MARK_CHARS) and _SUPERSCRIPTS.search(text):
        text = _SUPERSCRIPTS.sub(" ", text)
    figures = scan(text, excluded)
    spans = read(text, figures)
    if at is not None:
        placed(at, figures, spans, excluded)
    return figures, spans


def extract(text: str, source_id: str = "text") -> pd.DataFrame:
    """The figures table of one NFC text: one row per figure, in text order."""
    figures, spans = _figures(text)
    return _frame(text, source_id, figures, spans)


@dataclass
class Explanation:
    """The figures of a text, and every number left out with its reason."""

    figures: pd.DataFrame
    why: list[dict[str, str]]  # per figure row: which words gave its unit, role, …
    excluded: list[Excluded]


def explain(text: str, source_id: str = "text") -> Explanation:
    """Like :func:`extract`, with the reasons: what each left-out number is, and which
    words gave each figure its unit and role."""
    excluded: list[Excluded] = []
    figures, spans = _figures(text, excluded)
    return Explanation(_frame(text, source_id, figures, spans), [f.why for f in figures], excluded)


def extract_columns(text: str, source_id: str = "text") -> dict[str, list[Any]]:
    """:func:`extract` as one list per column (FIGURE_COLUMNS), empty cells None: what
    the analysis reads cell by cell, without a DataFrame made and taken apart again."""
    figures, spans = _figures(text)
    return {name: list(col) for name, col in
            zip(FIGURE_COLUMNS, _columns(text, source_id, figures, spans), strict=True)}


def _columns(text: str, source_id: str, figures: list[Figure],
             spans: list[tuple[int, int]]) -> list[tuple[Any, ...]]:
    rows = [
        (f"{source_id}-{n:04d}", source_id, f.start, f.end, text[f.start:f.end], f.value,
         f.value_max, f.denominator, f.unit, f.counted if f.unit == "count" else None,
         f.qualifier, f.kind, f.direction, f.base, f.role, f.period, f.subject, text[ss:se].strip())
        for n, (f, (ss, se)) in enumerate(zip(figures, spans, strict=True), 1)
    ]
    return list(zip(*rows, strict=True)) if rows else [()] * len(FIGURE_COLUMNS)


def _frame(text: str, source_id: str, figures: list[Figure], spans: list[tuple[int, int]]) -> pd.DataFrame:
    # Column by column: much faster than building the frame from records.
    columns = _columns(text, source_id, figures, spans)
    data: dict[str, Any] = {}
    for name, col in zip(FIGURE_COLUMNS, columns, strict=True):
        if name in ("start", "end"):
            data[name] = np.array(col, dtype="int64")
        elif name in ("value", "value_max", "denominator"):
            data[name] = np.array(col, dtype="float64")  # None becomes NaN
        elif col.count(None) < len(col):
            # The array pandas would infer for text (its "str" dtype), made without inferring.
            data[name] = pd.arrays.ArrowStringArray(  # type: ignore[call-arg]  # the stubs lack its dtype
                pa.array(col, type=pa.large_string()), dtype=_TEXT)
        else:
            data[name] = np.array(col, dtype=object)  # no value at all: pandas keeps it object
    return pd.DataFrame(data)


def render(figures: pd.DataFrame, fmt: str) -> str:
    """The figures table as CSV, JSON (records) or a readable terminal table."""
    if fmt == "csv":
        return str(figures.to_csv(index=False, lineterminator="\n"))
    if fmt == "json":
        return json.dumps(_records(figures), ensure_ascii=False, indent=1) + "\n"
    if figures.empty:
        return "(no figures found)\n"
    cols = ["figure_id", "surface", "value", "unit", "qualifier", "kind", "direction", "base", "role", "period",
            "subject"]
    shown = figures[cols].astype(object).where(figures[cols].notna(), "")
    shown["value"] = figures["value"].map(lambda x: f"{x:,.10g}")
    shown["subject"] = shown["subject"].map(lambda s: s if len(s) <= 40 else s[:39] + "…")
    return str(shown.to_string(index=False)) + f"\n{len(shown)} figures\n"


def _records(figures: pd.DataFrame) -> list[dict[str, Any]]:
    rows = figures.astype(object).where(figures.notna(), None).to_dict("records")
    return [{str(k): v for k, v in row.items()} for row in rows]


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.10g}"


def render_explanation(ex: Explanation, text: str, fmt: str) -> str:
    """Every number of a text in order: a figure and the words behind its unit and role,
    or a number left out and why."""
    items: list[tuple[int, dict[str, Any]]] = []
    for rec, why in zip(_records(ex.figures), ex.why, strict=True):
        items.append((rec["start"], {"start": rec["start"], "end": rec["end"], "surface": rec["surface"],
                                     "figure_id": rec["figure_id"], "value": rec["value"], "unit": rec["unit"],
                                     "role": rec["role"], "why": dict(why)}))
    for x in ex.excluded:
        items.append((x.start, {"start": x.start, "end": x.end, "surface": text[x.start:x.end],
                                "left_out": x.reason.code, "why": x.reason.text}))
    items.sort(key=lambda item: item[0])
    if fmt == "json":
        return json.dumps([d for _, d in items], ensure_ascii=False, indent=1) + "\n"
    lines = []
    for _, d in items:
        where = f"{d['start']}-{d['end']} {d['surface']!r}"
        if "left_out" in d:
            lines.append(f"{where}: left out ({d['left_out']}): {d['why']}")
        else:
            whys = "; ".join(f"{k} from {v}" if k == "unit" else f"{k}: {v}" for k, v in d["why"].items())
            lines.append(f"{where}: {d['figure_id']} {_number(d['value'])} {d['unit']}, {d['role']} ({whys})")
    n_out = len(ex.excluded)
    lines.append(f"{len(ex.figures)} figures, {n_out} numbers left out")
    return "\n".join(lines) + "\n"
