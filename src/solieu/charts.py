"""Small static SVG charts for the catalog page: an indicator's values over its periods.

Made at build time from the observations alone, with no script and no external file, so
the chart shows from ``file://`` and in a browser without JavaScript. Every coordinate
is written with fixed decimals and every text is escaped, so the same values always
give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH, HEIGHT = 320, 120
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 8, 8, 18, 22


def _fmt(x: float) -> str:
    """A coordinate with two decimals and no negative zero."""
    text = f"{x:.2f}"
    return "0.00" if text == "-0.00" else text


def trend_svg(points: Sequence[tuple[str, float, str]], label: str) -> str:
    """An inline SVG line chart of ``(period, value, value as shown)`` points, in the
    order given (oldest first). ``label`` names the chart for screen readers.

    The y axis spans the values' own range (a trend, not a proportion), so the lowest
    and highest value are written on the chart beside their points.

    >>> svg = trend_svg([("2021", 1.0, "1"), ("2022", 3.0, "3")], "x")
    >>> svg.startswith('<svg class="trend"') and svg.count("<circle") == 2
    True
    """
    if len(points) < 2:
        raise ValueError("a trend needs two or more periods")
    values = [v for _, v, _ in points]
    low, high = min(values), max(values)
    span = high - low or 1.0
    inner_w = WIDTH - PAD_LEFT - PAD_RIGHT
    inner_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    step = inner_w / (len(points) - 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        y = PAD_TOP + inner_h * (0.5 if high == low else (high - v) / span)
        return PAD_LEFT + i * step, y

    coords = [xy(i, v) for i, (_, v, _) in enumerate(points)]
    path = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in coords)
    out = [
        f'<svg class="trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(label, quote=True)}">',
        f"<title>{escape(label)}</title>",
        f'<line x1="{PAD_LEFT}" y1="{HEIGHT - PAD_BOTTOM}" x2="{WIDTH - PAD_RIGHT}" '
        f'y2="{HEIGHT - PAD_BOTTOM}" stroke="#999" stroke-width="1"/>',
        f'<polyline points="{path}" fill="none" stroke="#1f5f99" stroke-width="2"/>',
    ]
    shown = {values.index(low), values.index(high)}
    for i, ((period, _, text), (x, y)) in enumerate(zip(points, coords, strict=True)):
        out.append(f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="3.5" fill="#1f5f99">'
                   f"<title>{escape(period)}: {escape(text)}</title></circle>")
        anchor = "start" if i == 0 else "end" if i == len(points) - 1 else "middle"
        out.append(f'<text x="{_fmt(x)}" y="{HEIGHT - 6}" font-size="11" '
                   f'text-anchor="{anchor}">{escape(period)}</text>')
        if i in shown:
            out.append(f'<text x="{_fmt(x)}" y="{_fmt(max(y - 7, 11))}" font-size="11" '
                       f'text-anchor="{anchor}">{escape(text)}</text>')
    out.append("</svg>")
    return "".join(out)
