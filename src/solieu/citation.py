"""How to cite a version of a dataset: CITATION.cff, a reference as text, and BibTeX.

One function gathers the facts (:func:`citation_facts`); the three renderings read only
them, so the page, the README and CITATION.cff never disagree. The year and date come
from the version's recorded release time (:mod:`solieu.releases`), never from the
clock at rendering.
"""

from __future__ import annotations

import json
import re
from typing import Any


def publisher(descriptor: dict[str, Any]) -> str | None:
    """The publisher of a package: its first contributor with the role ``publisher``
    (Data Package v2 ``contributors[].roles``)."""
    for c in descriptor.get("contributors") or []:
        if isinstance(c, dict) and "publisher" in (c.get("roles") or []) and c.get("title"):
            return str(c["title"])
    return None


def citation_facts(*, name: str, title_en: str, title_vi: str, version: str,
                   released: str | None, publisher: str, licence: str,
                   url: str | None, abstract: str = "",
                   keywords: list[str] | None = None,
                   sources: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The facts every rendering of the citation uses, as one dict."""
    return {"name": name, "title_en": title_en, "title_vi": title_vi, "version": version,
            "date": released[:10] if released else None,
            "year": released[:4] if released else None, "publisher": publisher,
            "licence": licence, "url": url, "abstract": abstract.strip(),
            "keywords": keywords or [], "sources": sources or []}


def reference_text(f: dict[str, Any]) -> str:
    """The reference in APA style: author (year). Title (Version v) [Data set]. URL

    >>> reference_text(citation_facts(name="x", title_en="T", title_vi="V", version="1.0.0",
    ...     released="2026-11-30T09:00:00Z", publisher="P", licence="CC-BY-4.0", url=None))
    'P (2026). T / V (Version 1.0.0) [Data set].'
    """
    year = f["year"] or "n.d."
    text = (f"{f['publisher']} ({year}). {f['title_en']} / {f['title_vi']} "
            f"(Version {f['version']}) [Data set].")
    return f"{text} {f['url']}" if f.get("url") else text


def _bib(text: str) -> str:
    """A BibTeX field value: braces and backslashes kept out of the way."""
    return re.sub(r"([{}\\])", r"\\\1", text)


def bibtex(f: dict[str, Any]) -> str:
    """A BibTeX ``@misc`` entry; the key is ``<dataset>_<version>``."""
    key = re.sub(r"[^A-Za-z0-9]+", "_", f"{f['name']}_{f['version']}")
    fields = [("title", f"{f['title_en']} / {f['title_vi']}"),
              ("author", "{" + _bib(f["publisher"]) + "}"),
              ("year", f["year"]), ("version", f["version"]),
              ("url", f.get("url")), ("note", f"Data set, licence {f['licence']}")]
    body = ",\n".join(f"  {k} = {{{v if k == 'author' else _bib(str(v))}}}"
                      for k, v in fields if v)
    return f"@misc{{{key},\n{body}\n}}\n"


def _q(s: Any) -> str:
    return json.dumps(str(s), ensure_ascii=False)  # a JSON string is a YAML string


def render_cff(f: dict[str, Any]) -> str:
    """CITATION.cff (CFF 1.2.0): the dataset as published, with its release date, URL
    and licence; the source reports it was read from are listed as references."""
    lines = [
        "cff-version: 1.2.0",
        "message: " + _q("If you use this dataset, please cite it as below. Nếu sử dụng bộ "
                         "dữ liệu này, xin trích dẫn như dưới đây."),
        "type: dataset",
        f"title: {_q(f['title_en'] + ' / ' + f['title_vi'])}",
        f"version: {_q(f['version'])}",
    ]
    if f["date"]:
        lines.append(f"date-released: {_q(f['date'])}")
    lines += ["authors:", f"  - name: {_q(f['publisher'])}"]
    if f.get("url"):
        lines.append(f"url: {_q(f['url'])}")
    if f["abstract"]:
        lines.append(f"abstract: {_q(f['abstract'])}")
    lines.append(f"license: {_q(f['licence'])}")
    if f["keywords"]:
        lines += ["keywords:", *[f"  - {_q(k)}" for k in f["keywords"]]]
    refs = [s for s in f["sources"] if s.get("title")]
    if refs:
        lines.append("references:")
        for s in refs:
            lines += ["  - type: report", f"    title: {_q(s['title'])}",
                      "    authors:", f"      - name: {_q(s.get('publisher') or 'unknown')}"]
            if s.get("url"):
                lines.append(f"    url: {_q(s['url'])}")
            if s.get("period"):
                lines.append(f"    notes: {_q('period ' + str(s['period']))}")
    return "\n".join(lines) + "\n"
