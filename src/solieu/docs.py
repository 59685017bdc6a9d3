"""The documents of a published version, for people: CHANGELOG.md, README.md (a
bilingual data dictionary built from the Table Schemas) and CITATION.cff."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from solieu.package import plain_value, read_descriptor, read_rows, table_schemas
from solieu.terms import load_terms


def _md(text: Any) -> str:
    """A value for a Markdown table cell or list item: one line, pipes escaped."""
    if text is None:
        return ""
    line = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    return line.replace("<", "&lt;").replace(">", "&gt;")  # not read as HTML tags


def _value(v: Any) -> str:
    return "(empty)" if v is None else json.dumps(v, ensure_ascii=False)


def render_changelog(changes: dict[str, Any], previous: str | None) -> str:
    """This version's CHANGELOG.md entry, followed by the previous version's log."""
    v = changes["version"]
    lines = [f"## {v}", ""]
    if changes.get("release_note"):
        lines += [changes["release_note"].strip(), ""]
    if changes["previous_version"] is None:
        lines.append("First version. Phiên bản đầu tiên.")
        lines += [f"- {t}: {c['added']} row{'' if c['added'] == 1 else 's'}"
                  for t, c in sorted(changes["counts"].items())]
    else:
        lines.append(f"Changes since {changes['previous_version']} ({changes['level']}). "
                     f"Thay đổi so với {changes['previous_version']}.")
        lines.append("")
        s = changes["schema"]
        lines += [f"- table added: `{t}`" for t in s["tables_added"]]
        lines += [f"- table removed: `{t}`" for t in s["tables_removed"]]
        lines += [f"- field added: `{f['table']}.{f['field']}`" for f in s["fields_added"]]
        lines += [f"- field removed: `{f['table']}.{f['field']}`" for f in s["fields_removed"]]
        lines += [f"- type changed: `{f['table']}.{f['field']}` {f['old']} → {f['new']}"
                  for f in s["types_changed"]]
        for m in changes["metadata"]:
            if m["path"].count("/") == 2 and m["path"].startswith("/resources/"):
                what = "file removed" if m["new"] is None else "file added"
                lines.append(f"- {what}: `{_md(m['old'] or m['new'])}`")
            else:
                lines.append(f"- metadata `{m['path']}`: {_md(_value(m['old']))} → "
                             f"{_md(_value(m['new']))}")
        for t, d in changes["tables"].items():
            if not (d["added"] or d["removed"] or d["changed"]):
                continue
            lines += ["", f"### {t}", ""]
            key = d["key"]

            def label(row: dict[str, Any], key: list[str] = key) -> str:
                return ", ".join(f"{k}={_md(_value(row.get(k)))}" for k in key)

            lines += [f"- added: {label(r)}: " + ", ".join(
                f"{c}={_md(_value(x))}" for c, x in r.items() if c not in key) for r in d["added"]]
            lines += [f"- removed: {label(r)}" for r in d["removed"]]
            for c in d["changed"]:
                nth = c["key"].get("occurrence")
                lines.append(f"- changed: {label(c['key'])}"
                             f"{f', occurrence {nth}' if nth else ''}: `{c['field']}` "
                             f"{_md(_value(c['old']))} → {_md(_value(c['new']))}")
    head = "# Changelog / Nhật ký thay đổi\n"
    text = head + "\n" + "\n".join(lines).rstrip() + "\n"
    if previous:  # newest first: the earlier entries follow, without their heading
        text += "\n" + previous.removeprefix(head).lstrip("\n")
    return text


def render_citation(meta: dict[str, Any], version: str, sources: list[dict[str, Any]]) -> str:
    """CITATION.cff (CFF 1.2.0). Its only date is the newest source date, if any."""
    def q(s: Any) -> str:
        return json.dumps(str(s), ensure_ascii=False)  # a JSON string is a YAML string

    publishers = sorted({s["publisher"] for s in sources if s.get("publisher")})
    authors = publishers or ["solieu contributors"]
    lines = [
        "cff-version: 1.2.0",
        "message: " + q("If you use this dataset, please cite it as below. Nếu sử dụng bộ "
                        "dữ liệu này, xin trích dẫn như dưới đây."),
        "type: dataset",
        f"title: {q(meta['title_en'] + ' / ' + meta['title_vi'])}",
        f"version: {q(version)}",
        "authors:",
        *[f"  - name: {q(a)}" for a in authors],
        f"abstract: {q(meta['description_en'].strip())}",
        f"license: {q(meta['license'])}",
        "keywords:",
        *[f"  - {q(k)}" for k in meta.get("keywords", [])],
    ]
    dates = sorted(str(s["retrieved"]) for s in sources if s.get("retrieved"))
    if dates:
        lines.append(f"date-released: {q(dates[-1])}")
    return "\n".join(lines) + "\n"


def render_readme(folder: Path, meta: dict[str, Any], version: str) -> str:
    """README.md: a bilingual data dictionary of the package in ``folder``."""
    name = meta["name"]
    desc = read_descriptor(folder)
    schemas = table_schemas(folder, desc)
    sources = [{k: plain_value(v) for k, v in r.items()} for r in read_rows(folder, "sources")] \
        if "sources" in schemas else []
    units: set[str] = set()
    for t in ("figures", "observations", "indicators"):
        if t in schemas and any(f["name"] == "unit" for f in schemas[t]["fields"]):
            units |= {r["unit"] for r in read_rows(folder, t) if r.get("unit")}
    out = [
        f"# {meta['title_vi']} / {meta['title_en']}",
        "",
        f"Phiên bản / Version **{version}** · `{name}` · Giấy phép / License: {meta['license']}",
        "",
        meta["description_vi"].strip(),
        "",
        meta["description_en"].strip(),
        "",
        "Phiên bản này không bao giờ thay đổi; bản mới có số phiên bản mới "
        "(xem CHANGELOG.md). / This version never changes; new data gets a new version "
        "number (see CHANGELOG.md).",
        "",
        "Số phiên bản X.Y.Z: X tăng khi cấu trúc thay đổi làm hỏng cách đọc cũ (bỏ bảng, bỏ "
        "hoặc đổi tên cột, đổi kiểu dữ liệu); Y tăng khi thêm dòng, cột hoặc bảng; Z tăng "
        "khi sửa giá trị hoặc siêu dữ liệu. / Version X.Y.Z: X grows when a change breaks "
        "readers (a table or field removed or renamed, a type changed); Y when rows, fields "
        "or tables are added; Z when values or metadata are corrected.",
        "",
        "## Bảng dữ liệu / Tables",
        "",
        "Mỗi bảng có ở dạng CSV (UTF-8, RFC 4180) và Parquet, mô tả trong datapackage.json. "
        "Ô trống là giá trị không có. / Every table comes as CSV (UTF-8, RFC 4180) and "
        "Parquet, described in datapackage.json. An empty cell means no value.",
        "",
    ]
    for t, schema in schemas.items():
        rows = len(read_rows(folder, t))
        out += [
            f"### `{t}`: {schema.get('title_vi', '')} / {schema.get('title', t)}",
            "",
            f"`data/{t}.csv`, `data/{t}.parquet` · {rows} dòng / rows",
            "",
        ]
        if schema.get("description_vi"):
            out += [schema["description_vi"], ""]
        if schema.get("description"):
            out += [schema["description"], ""]
        out += ["| cột / field | kiểu / type | mô tả | description |", "|---|---|---|---|"]
        for f in schema.get("fields", []):
            req = " (bắt buộc / required)" if f.get("constraints", {}).get("required") else ""
            out.append(
                f"| `{f['name']}` | {f.get('type', 'any')}{req} | "
                f"{_md(f.get('title_vi', ''))}: {_md(f.get('description_vi', ''))} | "
                f"{_md(f.get('title', ''))}: {_md(f.get('description', ''))} |"
            )
        out.append("")
    if units:
        out += ["## Đơn vị / Units", "",
                "Giá trị đã quy về đơn vị cơ sở (1.178 tỷ đồng là 1178000000000 VND). / "
                "Values are in base units (1.178 tỷ đồng is 1178000000000 VND).", "",
                "| unit | tiếng Việt | English |", "|---|---|---|"]
        terms = load_terms()
        for u in sorted(units):
            en, vi = terms.unit_names(u)
            out.append(f"| `{u}` | {_md(vi)} | {_md(en)} |")
        out.append("")
    if sources:
        out += ["## Nguồn / Sources", "",
                "| source_id | tiêu đề / title | địa bàn / geography | kỳ / period | sha256 |",
                "|---|---|---|---|---|"]
        for s in sources:
            title = _md(s.get("title"))
            if s.get("url"):
                title = f"[{title}]({s['url']})"
            out.append(f"| `{s['source_id']}` | {title} | {_md(s.get('geography'))} | "
                       f"{_md(s.get('period'))} | `{s.get('sha256', '')}` |")
        out.append("")
    out += [
        "## Tệp / Files",
        "",
        "| tệp / file | nội dung | content |",
        "|---|---|---|",
        "| `datapackage.json` | mô tả gói dữ liệu (Data Package v2), kích thước và mã băm mọi "
        "tệp | package description (Data Package v2), bytes and sha256 of every file |",
        "| `data/<table>.csv`, `data/<table>.parquet` | các bảng ở trên | the tables above |",
        "| `data/sources/<source_id>.txt` | văn bản nguồn (NFC) mà `start`/`end` trỏ vào | "
        "the source texts (NFC) that `start`/`end` point into |",
        "| `checks.yaml`, `validation.json` | các phép kiểm tra và kết quả kiểm tra | the "
        "checks and the validation report |",
        "| `CHANGELOG.md`, `changes.json` | thay đổi so với phiên bản trước, từng giá trị | "
        "what changed since the previous version, value by value |",
        "| `CITATION.cff` | cách trích dẫn | how to cite |",
        "| `SHA256SUMS` | mã băm SHA-256 của mọi tệp khác | SHA-256 of every other file |",
        "",
    ]
    first = next(iter(schemas), "observations")
    out += [
        "## Đọc dữ liệu bằng pandas / Load it in pandas",
        "",
        "```python",
        "import pandas as pd",
        "# Parquet: kiểu dữ liệu có sẵn / types included",
        f'{first} = pd.read_parquet("data/{first}.parquet")',
        "# CSV: đọc dạng văn bản / as text, empty cells as empty strings",
        f'{first} = pd.read_csv("data/{first}.csv", dtype=str, keep_default_na=False)',
        "```",
        "",
        "## Kiểm tra / Check it",
        "",
        "```sh",
        "sha256sum -c SHA256SUMS                 # mọi tệp nguyên vẹn / every file intact",
        "pip install frictionless",
        "frictionless validate datapackage.json  # CSV theo Table Schema / against the schemas",
        "```",
        "",
        "Tệp Parquet / The Parquet files (frictionless reads Parquet only with its `parquet` "
        "extra; pyarrow checks their types directly):",
        "",
        "```python",
        "import pyarrow.parquet as pq",
        *[f'print(pq.read_schema("data/{t}.parquet"))' for t in schemas],
        "```",
        "",
        "## Trích dẫn / How to cite",
        "",
        f"{meta['title_en']} / {meta['title_vi']}, version {version}. Dataset `{name}`, "
        f"published by solieu. License {meta['license']}. See CITATION.cff.",
        "",
    ]
    return "\n".join(out)
