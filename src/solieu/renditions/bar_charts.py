"""A bar chart drawn in a PDF: its data labels, each a number standing over its bar at the bar's
height, come out of the text layer as lines of one number each, ordered by height, and its
categories as one line under them. Read as a chart's text export writes it (a slide deck's, which
the extractor reads): the categories on one line over the values on the next, each value under its
category, both parted by runs of spaces.

    >>> def line(text, x0, x1, top):
    ...     return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 9}
    >>> words = [line(w, x0, x0 + 20, 200) for w, x0 in
    ...          [("Quý", 95), ("III/2024", 118), ("Quý", 175), ("IV/2024", 198), ("Quý", 255), ("I/2025", 278)]]
    >>> lines = [line("7,98", 195, 215, 120), line("7,65", 275, 295, 130), line("7,12", 115, 135, 150),
    ...          line("Quý III/2024 Quý IV/2024 Quý I/2025", 95, 298, 200)]
    >>> print(charted(lines, words)[0]["text"])
    Quý III/2024   Quý IV/2024   Quý I/2025
    7,12   7,98   7,65
"""

from __future__ import annotations

import re
from typing import Any, Final

VALUE: Final = re.compile(r"[-+−]?\d{1,3}(?:[.,]\d+)*\s?%?\*?")  # a data label: "7,12", "8,05%", "-1,2"
MIN_BARS: Final = 3
GAP: Final = "   "  # between a chart's cells, as a text export parts them


def charted(lines: list[dict[str, Any]], words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A page's lines of text in reading order, each run of three data labels or more standing apart
    from each other (no two over the same width) right over a line of as many categories made one line
    ``chart`` of the chart's text export; ``words``: the page's words, for where the categories stand."""
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and VALUE.fullmatch(lines[j]["text"].strip()):
            j += 1
        run = sorted(lines[i:j], key=lambda ln: ln["x0"])
        if j - i >= MIN_BARS and j < len(lines) and _apart(run) \
                and (categories := _categories(lines[j], words, run)) is not None:
            values = GAP.join(ln["text"].strip() for ln in run)
            out.append(dict(lines[j], text=f"{GAP.join(categories)}\n{values}", chart=True,
                            top=min(ln["top"] for ln in run), x0=min(ln["x0"] for ln in [*run, lines[j]]),
                            x1=max(ln["x1"] for ln in [*run, lines[j]])))
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _apart(run: list[dict[str, Any]]) -> bool:
    """Labels left to right, none over another's width (a column of numbers stands over itself)."""
    return all(a["x1"] <= b["x0"] for a, b in zip(run, run[1:], strict=False))


def _middle(item: dict[str, Any]) -> float:
    return float(item["x0"] + item["x1"]) / 2


def _categories(line: dict[str, Any], words: list[dict[str, Any]], run: list[dict[str, Any]]) -> list[str] | None:
    """The words of ``line`` grouped under the data labels of ``run`` (each word under the label nearest
    it, within half the space between two labels), one category per label; None if a label has none."""
    below = [w for w in words if w["top"] >= line["top"] - 1 and w["bottom"] <= line["bottom"] + 1
             and w["x0"] >= line["x0"] - 1 and w["x1"] <= line["x1"] + 1]
    middles = [_middle(ln) for ln in run]
    reach = min(b - a for a, b in zip(middles, middles[1:], strict=False)) / 2
    groups: list[list[str]] = [[] for _ in run]
    for w in sorted(below, key=lambda w: w["x0"]):
        k = min(range(len(run)), key=lambda k: abs(_middle(w) - middles[k]))
        if abs(_middle(w) - middles[k]) > reach * 1.5:
            return None
        groups[k].append(w["text"])
    return [" ".join(g) for g in groups] if all(groups) else None
