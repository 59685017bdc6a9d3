"""The catalog page, ``published/index.html``, rendered from the Jinja2 templates in
``solieu/templates/`` (shipped in the package).

The page is one self-contained file: its style, its charts (static SVG) and its one small
script (the filter box) are inline, so it works from ``file://`` with no server and no
network, and reads completely without JavaScript (the filter box then stays hidden).
Every text comes from data and is escaped by the template engine (autoescape on); the
only markup passed through is what this package makes itself: the SVG charts and the
JSON-LD, which is escaped for a script element.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from solieu.charts import trend_svg
from solieu.files import code_version, read_kept, write_kept
from solieu.linked_data import schema_org_dataset, script_json
from solieu.terms import Term, load_terms

# How a qualified value reads on the page: "trên 40 tỷ" is "> 40 000 000 000".
QUALIFIER_SIGNS = {"over": "> ", "under": "< ", "approx": "≈ ", "estimated": "~ "}
PERIODS_SHOWN = 4  # newest observations per headline indicator in its table


def size(n: int) -> str:
    """Bytes for people.

    >>> size(512), size(2048), size(3 * 1024 * 1024)
    ('512 B', '2.0 KB', '3.0 MB')
    """
    if n < 1024:
        return f"{n} B"
    value = float(n)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def number(text: str) -> str:
    """A plain CSV number with thin spaces between thousands, for reading.

    >>> number("1178000000000"), number("-4.13"), number("")
    ('1\u202f178\u202f000\u202f000\u202f000', '-4.13', '')
    """
    whole, dot, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    if not digits.isdigit():
        return text
    return f"{sign}{int(digits):,}".replace(",", "\u202f") + f"{dot}{frac}"


def headline_view(indicator: dict[str, str], rows: list[dict[str, str]],
                  unit_label: str) -> dict[str, Any]:
    """One headline indicator as the page shows it: its newest observations (value,
    qualifier, period, role, the sentence and source), and a trend chart of its actual
    values when there are two or more periods. ``rows`` are its observations with the
    figure's ``sentence`` and ``role`` joined in."""
    terms = load_terms()  # the words of qualifiers and roles, vi and en
    rows = sorted(rows, key=lambda r: (r.get("period", ""), r.get("role", "")), reverse=True)
    shown = []
    for r in rows[:PERIODS_SHOWN]:
        q = r.get("qualifier") or "exact"
        role = r.get("role") or "actual"
        qt = terms.qualifiers.get(q, Term(q, q, q))
        rt = terms.roles.get(role, Term(role, role, role))
        shown.append({**r, "value_text": QUALIFIER_SIGNS.get(q, "") + number(r.get("value", "")),
                      "qualifier_words": (qt.vi, qt.en), "role_words": (rt.vi, rt.en)})
    actual: dict[str, dict[str, str]] = {}
    for r in sorted(rows, key=lambda r: r.get("period", "")):
        if (r.get("role") or "actual") == "actual":
            actual.setdefault(r["period"], r)  # one value per period: the first source's
    chart = None
    if len(actual) >= 2:
        points = [(p, float(r["value"]), number(r["value"])) for p, r in actual.items()]
        label = (f"{indicator['name_vi']} / {indicator['name_en']} ({unit_label}), "
                 f"{points[0][0]}–{points[-1][0]}")
        chart = Markup(trend_svg(points, label))
    return {**indicator, "unit_label": unit_label, "rows": shown, "chart": chart,
            "more": max(0, len(rows) - PERIODS_SHOWN)}


def href(path: str) -> str:
    """A link target: a relative path percent-encoded, or an http(s) address as given;
    anything else (``javascript:``, ``data:``) becomes a harmless ``#``.

    >>> href("a b/c.csv"), href("https://x.org/a?b=1"), href("javascript:alert(1)")
    ('a%20b/c.csv', 'https://x.org/a?b=1', '#')
    """
    scheme = urlsplit(path).scheme
    if scheme in ("http", "https"):
        return path
    return "#" if scheme else quote(path)


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("solieu", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["size"] = size
    env.filters["href"] = href
    env.filters["script_json"] = script_json
    return env


def render_index(catalog: dict[str, Any], base_url: str = "", kept: Path | None = None) -> str:
    """index.html for a catalog built by :func:`solieu.catalog.build_catalog` (each
    dataset with its ``headlines`` and ``citation`` already gathered). ``kept``: a file
    where each dataset's section is kept under what it is made from, so that a run
    renders only the sections of datasets that changed (None: every one, none kept)."""
    env = _environment()
    style = env.loader.get_source(env, "page.css")[0]  # type: ignore[union-attr]
    script = env.loader.get_source(env, "filter.js")[0]  # type: ignore[union-attr]
    section = env.get_template("dataset.html.j2")
    before, made, sections = read_kept(kept), dict[str, object](), []
    for ds in catalog["datasets"]:
        view = {**ds, "jsonld": schema_org_dataset(ds, base_url)}
        key = hashlib.sha256(json.dumps([code_version(), view], ensure_ascii=False, sort_keys=True,
                                        default=str).encode("utf-8")).hexdigest()
        found = before.get(ds["name"])
        html = found[1] if isinstance(found, list) and len(found) == 2 and found[0] == key \
            else section.render(ds=view)
        made[ds["name"]] = [key, html]
        sections.append(Markup(html))
    if made != before:
        write_kept(kept, made)
    return env.get_template("index.html.j2").render(
        sections=sections, panel=catalog.get("panel"),
        style=Markup(style), script=Markup(script))
