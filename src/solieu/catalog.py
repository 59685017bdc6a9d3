"""The catalog of the open-data folder: ``published/catalog.json`` and ``index.html``.

Both are derived from the folders on disk alone (never from a run's memory), so any run
can rewrite them, and a run killed before doing so is repaired by the next. Folders and
files whose names start with a dot (staging folders, the lock) are not published and
never listed. index.html is one self-contained page (no script, no server, works from
``file://``); every text on it comes from data, so every text is HTML-escaped.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from solieu.package import sha256_file

VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
HEADLINES = 12  # observations shown per dataset on the page


def _file(published: Path, path: Path) -> dict[str, Any]:
    return {"path": path.relative_to(published).as_posix(), "bytes": path.stat().st_size,
            "sha256": sha256_file(path)}


def _versions(dataset_dir: Path) -> list[Path]:
    found = [(tuple(map(int, m.groups())), p) for p in dataset_dir.iterdir()
             if p.is_dir() and (m := VERSION.match(p.name))]
    return [p for _, p in sorted(found)]


def _json(path: Path) -> dict[str, Any]:
    try:
        result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return result
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def build_catalog(published: Path) -> dict[str, Any]:
    """catalog.json as a dict: every dataset, its versions (newest first), and for each
    version every file with bytes and sha256, and its zip. Paths are relative to
    ``published/``."""
    published = Path(published)
    datasets = []
    for dataset_dir in sorted(p for p in published.iterdir()
                              if p.is_dir() and not p.name.startswith(".")):
        folders = _versions(dataset_dir)
        if not folders:
            continue
        versions = []
        for v in reversed(folders):
            files = [_file(published, p) for p in sorted(v.rglob("*"))
                     if p.is_file() and not any(part.startswith(".")
                                                for part in p.relative_to(v).parts)]
            files.sort(key=lambda f: f["path"])
            desc, changes = _json(v / "datapackage.json"), _json(v / "changes.json")
            zip_path = dataset_dir / f"{dataset_dir.name}-{v.name}.zip"
            versions.append({
                "version": v.name,
                "path": f"{dataset_dir.name}/{v.name}/",
                "title": desc.get("title"),
                "title_vi": desc.get("title_vi"),
                "level": changes.get("level"),
                "previous_version": changes.get("previous_version"),
                "release_note": changes.get("release_note"),
                "bytes": sum(f["bytes"] for f in files),
                "files": files,
                "zip": _file(published, zip_path) if zip_path.is_file() else None,
            })
        newest = versions[0]
        desc = _json(folders[-1] / "datapackage.json")
        datasets.append({
            "name": dataset_dir.name,
            "title": desc.get("title"),
            "title_vi": desc.get("title_vi"),
            "description": desc.get("description"),
            "description_vi": desc.get("description_vi"),
            "licenses": desc.get("licenses", []),
            "latest": newest["version"],
            "latest_path": f"{dataset_dir.name}/latest/",
            "versions": versions,
        })
    return {"catalog": "solieu open data", "datasets": datasets}


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except FileNotFoundError:
        return []


def headline_observations(version_dir: Path, limit: int = HEADLINES) -> list[dict[str, str]]:
    """The first observations of top-level indicators (not parts of another), with the
    indicator names: what the page shows first."""
    indicators = {r["indicator_id"]: r for r in _read_csv(version_dir / "data" / "indicators.csv")}
    rows = []
    for obs in _read_csv(version_dir / "data" / "observations.csv"):
        ind = indicators.get(obs.get("indicator_id", ""), {})
        if ind.get("part_of"):
            continue
        rows.append({**obs, "name_vi": ind.get("name_vi", ""), "name_en": ind.get("name_en", "")})
        if len(rows) == limit:
            break
    return rows


# How a qualified value reads on the page: "trên 40 tỷ" is "> 40 000 000 000".
QUALIFIER_SIGNS = {"over": "> ", "under": "< ", "approx": "≈ ", "estimated": "~ "}


def _size(n: int) -> str:
    """Bytes for people.

    >>> _size(512), _size(2048), _size(3 * 1024 * 1024)
    ('512 B', '2.0 KB', '3.0 MB')
    """
    if n < 1024:
        return f"{n} B"
    size = float(n)
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            break
    return f"{size:.1f} {unit}"


def _number(text: str) -> str:
    """A plain CSV number with thin grouping for reading: 1178000000000 -> 1 178 000 000 000."""
    whole, dot, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    if not digits.isdigit():
        return text
    grouped = f"{int(digits):,}".replace(",", "\u202f")
    return f"{sign}{grouped}{dot}{frac}"


def _a(href: str, text: str) -> str:
    return f'<a href="{html.escape(quote(href), quote=True)}">{html.escape(text)}</a>'


STYLE = """
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;
color:#222;line-height:1.45}
h1{margin-bottom:.2rem} .en{color:#555} table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap} code,.hash{font-family:monospace;font-size:.85em}
.hash{word-break:break-all} section{border-top:2px solid #555;margin-top:2rem}
details{margin:.3rem 0}
"""


def render_index(catalog: dict[str, Any], published: Path) -> str:
    """index.html: a bilingual page listing every dataset and version, with sizes,
    hashes, links to every file and zip, and the headline observations."""
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Dữ liệu mở solieu / solieu open data</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<h1>Dữ liệu mở solieu <span class=\"en\" lang=\"en\">/ solieu open data</span></h1>",
        "<p>Số liệu từ báo cáo của chính quyền địa phương Việt Nam, đã kiểm tra và có phiên "
        "bản; mỗi phiên bản không bao giờ thay đổi. "
        '<span class="en" lang="en">Figures from Vietnamese local-government reports, '
        "validated and versioned; a published version never changes.</span> "
        f"{_a('catalog.json', 'catalog.json')}</p>",
    ]
    for ds in catalog["datasets"]:
        name = ds["name"]
        out += [
            f'<section id="{e(name, quote=True)}" class="dataset">',
            f"<h2>{e(ds.get('title_vi') or name)} "
            f"<span class=\"en\" lang=\"en\">/ {e(ds.get('title') or name)}</span></h2>",
            f"<p><code>{e(name)}</code> · phiên bản mới nhất / latest version "
            f"<strong class=\"latest\">{e(ds['latest'])}</strong> · "
            f"{_a(ds['latest_path'] + 'README.md', 'README.md')} · "
            f"{_a(ds['latest_path'] + 'datapackage.json', 'latest/datapackage.json')}</p>",
        ]
        if ds.get("description_vi"):
            out.append(f"<p>{e(ds['description_vi'])}</p>")
        if ds.get("description"):
            out.append(f'<p class="en" lang="en">{e(ds["description"])}</p>')
        rows = headline_observations(published / ds["latest_path"])
        if rows:
            out += [
                "<h3>Chỉ tiêu chính <span class=\"en\" lang=\"en\">/ Headline observations"
                "</span></h3>",
                '<table class="headlines"><tr><th>chỉ tiêu</th><th lang="en">indicator</th>'
                "<th>giá trị / value</th><th>đơn vị / unit</th><th>kỳ / period</th>"
                "<th>địa bàn / geography</th></tr>",
            ]
            for r in rows:
                out.append(
                    f"<tr><td>{e(r['name_vi'])}</td><td lang=\"en\">{e(r['name_en'])}</td>"
                    f"<td class=\"num\">{e(QUALIFIER_SIGNS.get(r.get('qualifier', ''), ''))}"
                    f"{e(_number(r.get('value', '')))}</td>"
                    f"<td>{e(r.get('unit', ''))}</td><td>{e(r.get('period', ''))}</td>"
                    f"<td>{e(r.get('geography', ''))}</td></tr>"
                )
            out.append("</table>")
        out += [
            "<h3>Phiên bản <span class=\"en\" lang=\"en\">/ Versions</span></h3>",
            '<table class="versions"><tr><th>phiên bản / version</th><th>thay đổi / change'
            "</th><th>kích thước / size</th><th>tệp zip / zip</th><th>sha256 (zip)</th></tr>",
        ]
        for v in ds["versions"]:
            z = v.get("zip") or {}
            change = v.get("level") or ""
            if v.get("previous_version"):
                change += f" ← {v['previous_version']}"
            if v.get("release_note"):
                change += f": {v['release_note']}"
            out.append(
                f"<tr><td>{_a(v['path'] + 'README.md', v['version'])}</td><td>{e(change)}</td>"
                f"<td class=\"num\">{e(_size(v['bytes']))}</td>"
                f"<td>{_a(z['path'], Path(z['path']).name) if z else ''}"
                f"{' (' + e(_size(z['bytes'])) + ')' if z else ''}</td>"
                f"<td class=\"hash\">{e(z.get('sha256', ''))}</td></tr>"
            )
        out.append("</table>")
        for v in ds["versions"]:
            out += [
                f"<details><summary>Các tệp của phiên bản {e(v['version'])} "
                f"<span class=\"en\" lang=\"en\">/ files of version {e(v['version'])}</span>"
                f" ({len(v['files'])})</summary>",
                '<table class="files"><tr><th>tệp / file</th><th>bytes</th><th>sha256</th></tr>',
            ]
            for f in v["files"]:
                label = f["path"][len(v["path"]):]
                out.append(f"<tr><td>{_a(f['path'], label)}</td>"
                           f"<td class=\"num\">{f['bytes']}</td>"
                           f"<td class=\"hash\">{e(f['sha256'])}</td></tr>")
            out += ["</table>", "</details>"]
        out.append("</section>")
    if not catalog["datasets"]:
        out.append("<p>Chưa có bộ dữ liệu nào. <span class=\"en\" lang=\"en\">No dataset yet."
                   "</span></p>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)  # readers see the old file or the new one, never half


def write_catalog(published: Path) -> None:
    """Rewrite ``published/catalog.json`` and ``published/index.html`` from the disk.

    Call it under the publishing lock (``solieu.publish.update_catalog`` does), so that
    it never reads a version whose zip is still being put in place."""
    published = Path(published)
    published.mkdir(parents=True, exist_ok=True)
    catalog = build_catalog(published)
    _write_atomic(published / "catalog.json",
                  json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
    _write_atomic(published / "index.html", render_index(catalog, published))
