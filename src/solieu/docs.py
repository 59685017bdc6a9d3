"""The documents of a published version, for people: CHANGELOG.md, README.md (a
bilingual data dictionary built from the Table Schemas) and CITATION.cff."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from solieu.citation import bibtex, citation_facts, publisher, reference_text, render_cff
from solieu.package import (
    count_rows,
    distinct_values,
    plain_value,
    read_descriptor,
    read_rows,
    table_schemas,
)
from solieu.terms import load_terms


def _md(text: Any) -> str:
    """Text for a Markdown table cell: one line, pipes escaped, no HTML tags read."""
    if text is None:
        return ""
    line = str(text).replace("|", "\\|").replace("\n", " ")
    return line.replace("<", "&lt;").replace(">", "&gt;")


def cell(value: Any) -> str:
    """A value as the CSV tables write it: 19.0 is ``19``, 1.178e12 is ``1178000000000``,
    nothing is ``(empty)``.

    >>> cell(19.0), cell(1.178e12), cell(13.05), cell(None), cell('Sơn La "Smart"')
    ('19', '1178000000000', '13.05', '(empty)', 'Sơn La "Smart"')
    """
    if value is None or (isinstance(value, float) and value != value):
        return "(empty)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return np.format_float_positional(value, unique=True, trim="-")
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def code(value: Any) -> str:
    """A value as a Markdown code span: shown exactly, whatever characters it holds.

    >>> code(19.0), code("a`b")
    ('`19`', '`` a`b ``')
    """
    text = cell(value).replace("\n", " ")
    if "`" in text:
        return f"`` {text} ``"
    return f"`{text}`"


def _short(text: Any, limit: int = 90) -> str:
    line = " ".join(cell(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# What names a row of each table in the log, besides its key: the few columns a reader
# wants to see of an added or removed row (never the whole row).
SHOWN = {"figures": ["value", "unit", "kind"], "observations": ["value", "unit", "qualifier"],
         "sources": ["title", "period"], "indicators": ["name_en", "unit"]}


def _label(table: str, row: dict[str, Any], key: list[str]) -> str:
    if table == "figures":  # the sentence is part of the key: quote the number's place
        return (f"{code(row.get('surface'))} in {row.get('source_id')}: "
                f"“{_short(row.get('sentence'))}”")
    return ", ".join(code(row.get(k)) for k in key if row.get(k) is not None)


def _details(table: str, row: dict[str, Any]) -> str:
    shown = [f"{c} {code(row.get(c))}" for c in SHOWN.get(table, []) if row.get(c) is not None]
    return f" ({', '.join(shown)})" if shown else ""


def headline_changes(changes: dict[str, Any], indicators: list[dict[str, Any]]
                     ) -> list[str]:
    """Lines for the headline values that changed, old -> new, in headline rank order."""
    ranked = {i["indicator_id"]: i for i in indicators if i.get("headline")}
    obs = changes.get("tables", {}).get("observations", {})
    lines = []
    for c in sorted(obs.get("changed", []),
                    key=lambda c: (ranked.get(c["key"].get("indicator_id"), {})
                                   .get("headline", 0), str(c["key"].get("period")))):
        ind = ranked.get(c["key"].get("indicator_id"))
        if not ind or c["field"] != "value":
            continue
        lines.append(f"- {ind['name_vi']} / {ind['name_en']}, {c['key'].get('geography')}, "
                     f"{c['key'].get('period')}: {code(c['old'])} → {code(c['new'])} "
                     f"{ind.get('unit', '')}".rstrip())
    return lines


def changed_upstream(changes: dict[str, Any]) -> list[str]:
    """The sources whose original changed since the previous version (a new revision)."""
    changed = (changes.get("tables") or {}).get("sources", {}).get("changed", [])
    return sorted({c["key"].get("source_id") for c in changed if c["field"] == "original_sha256"})


def changelog_entry(changes: dict[str, Any], indicators: list[dict[str, Any]] | None = None,
                    released: str | None = None) -> str:
    """One version's CHANGELOG.md entry, from its changes.json.

    The entry opens with a summary a person reads first (the release note, rows added,
    removed and changed per table, the headline values that changed, old -> new), then
    the full list. Values are written as in the CSV tables, in code spans."""
    v = changes["version"]
    when = f" ({released[:10]})" if released else ""
    lines = [f"## {v}{when}", ""]
    if changes.get("release_note"):
        lines += [changes["release_note"].strip(), ""]
    counts = changes["counts"]
    if changes["previous_version"] is None:
        lines += ["First version. Phiên bản đầu tiên.", "",
                  "| table / bảng | rows / dòng |", "|---|---:|"]
        lines += [f"| {t} | {c['added']} |" for t, c in sorted(counts.items())]
    else:
        lines += [f"Changes since {changes['previous_version']} ({changes['level']}). "
                  f"Thay đổi so với {changes['previous_version']}.", "",
                  "| table / bảng | added / thêm | removed / bỏ | changed / sửa |",
                  "|---|---:|---:|---:|"]
        lines += [f"| {t} | {c['added']} | {c['removed']} | {c['changed']} |"
                  for t, c in sorted(counts.items())]
        lines += ["", *[f"- report changed upstream: `{sid}` (a new revision of its original; "
                        "its figures were read again). Báo cáo được cập nhật tại nguồn."
                        for sid in changed_upstream(changes)]]
        s = changes["schema"]
        for what, words in (("tables_added", "Tables added / Bảng mới"),
                            ("tables_removed", "Tables removed / Bảng bỏ")):
            if s.get(what):
                lines += ["", f"{words}: " + ", ".join(f"`{t}`" for t in s[what]) + "."]
        for what, words in (("fields_added", "Fields added / Cột mới"),
                            ("fields_removed", "Fields removed / Cột bỏ")):
            if s.get(what):
                lines += ["", f"{words}: " + ", ".join(f"`{f['table']}.{f['field']}`"
                                                       for f in s[what]) + "."]
        headline = headline_changes(changes, indicators or [])
        if headline:
            lines += ["", "Headline values changed / Chỉ tiêu chính thay đổi:", "", *headline]
        lines += ["", f"### All changes in {v} / Mọi thay đổi", ""]
        lines += [f"- table added: `{t}`" for t in s["tables_added"]]
        lines += [f"- table removed: `{t}`" for t in s["tables_removed"]]
        lines += [f"- field added: `{f['table']}.{f['field']}`" for f in s["fields_added"]]
        lines += [f"- field removed: `{f['table']}.{f['field']}`" for f in s["fields_removed"]]
        lines += [f"- type changed: `{f['table']}.{f['field']}` {f['old']} → {f['new']}"
                  for f in s["types_changed"]]
        added = tuple(f"/resources/{f['table']}/schema/fields/{f['field']}/"
                      for f in s["fields_added"])
        for m in changes["metadata"]:
            if m["path"].startswith(added):
                continue  # the field's own properties: "field added" says it
            if m["path"].count("/") == 2 and m["path"].startswith("/resources/"):
                what = "file removed" if m["new"] is None else "file added"
                lines.append(f"- {what}: {code(m['old'] or m['new'])}")
            else:
                lines.append(f"- metadata `{m['path']}`: {code(_short(m['old']))} → "
                             f"{code(_short(m['new']))}")
        for t, d in changes["tables"].items():
            if not (d["added"] or d["removed"] or d["changed"]):
                continue
            lines += ["", f"#### {t}", ""]
            key = d["key"]
            lines += [f"- added: {_label(t, r, key)}{_details(t, r)}" for r in d["added"]]
            lines += [f"- removed: {_label(t, r, key)}{_details(t, r)}" for r in d["removed"]]
            for c in d["changed"]:
                nth = c["key"].get("occurrence")
                lines.append(f"- changed: {_label(t, c['key'], key)}"
                             f"{f', occurrence {nth}' if nth else ''}: {c['field']} "
                             f"{code(c['old'])} → {code(c['new'])}")
    text = "\n".join(lines).rstrip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def render_changelog(entries: list[str]) -> str:
    """CHANGELOG.md: the entries of every version, newest first, each rendered from its
    own changes.json (so the whole log reads alike, whatever wrote the older ones)."""
    return "# Changelog / Nhật ký thay đổi\n\n" + "\n".join(entries)


def citation_of(descriptor: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    """The citation facts of a package from its datapackage.json (version, ``created``:
    the release time, homepage, licence, publisher) and its sources."""
    homepage = descriptor.get("homepage")
    version = descriptor["version"]
    return citation_facts(
        name=descriptor["name"], title_en=descriptor["title"],
        title_vi=descriptor.get("title_vi") or descriptor["title"], version=version,
        released=descriptor.get("created"), publisher=publisher(descriptor) or "solieu",
        licence=(descriptor.get("licenses") or [{}])[0].get("name", ""),
        url=f"{homepage.rstrip('/')}/{version}/" if homepage else None,
        abstract=descriptor.get("description", ""), keywords=descriptor.get("keywords"),
        sources=sources)


def render_citation(facts: dict[str, Any]) -> str:
    """CITATION.cff of a version (see :func:`solieu.citation.render_cff`)."""
    return render_cff(facts)


def render_readme(folder: Path, meta: dict[str, Any], version: str,
                  facts: dict[str, Any]) -> str:
    """README.md: a bilingual data dictionary of the package in ``folder``."""
    name = meta["name"]
    desc = read_descriptor(folder)
    schemas = table_schemas(folder, desc)
    sources = [{k: plain_value(v) for k, v in r.items()} for r in read_rows(folder, "sources")] \
        if "sources" in schemas else []
    units: set[str] = set()
    for t in ("figures", "observations", "indicators"):
        if t in schemas and any(f["name"] == "unit" for f in schemas[t]["fields"]):
            units |= {u for u in distinct_values(folder, t, "unit") if u}
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
        rows = count_rows(folder, t)  # from the Parquet footer: no table is read
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
        f"| `data/{name}.xlsx` | mọi bảng trong một tệp Excel, kèm trang giải thích các cột "
        "(`fields`); mở trực tiếp bằng Excel hoặc LibreOffice, tiếng Việt hiển thị đúng | every "
        "table in one Excel workbook, with a sheet explaining the fields (`fields`); opens in "
        "Excel or LibreOffice with the Vietnamese text intact (the CSV files are UTF-8 without "
        "a byte-order mark, which Excel reads in a legacy code page) |",
        "| `data/sources/<source_id>.txt` | văn bản nguồn (NFC) mà `start`/`end` trỏ vào | "
        "the source texts (NFC) that `start`/`end` point into |",
        *(["| `data/originals/<source_id>.<format>` | văn bản gốc như được công bố (HTML, PDF, "
           "DOCX) | the documents as published (HTML, PDF, DOCX) |"]
          if (folder / "data" / "originals").is_dir() else []),
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
        "## Mở bằng bảng tính / Opening in a spreadsheet",
        "",
        "Văn bản trong các bảng được giữ nguyên như trong nguồn (đó là trích dẫn), nên một ô "
        "có thể bắt đầu bằng `=`, `+`, `-` hoặc `@`, mà bảng tính sẽ chạy như công thức. Đừng "
        "mở tệp CSV bằng cách bấm đúp: hãy nhập nó (Excel: Dữ liệu ▸ Từ Văn bản/CSV; "
        "LibreOffice: hộp thoại Nhập văn bản) và đặt các cột văn bản là Văn bản (Text), hoặc "
        "đọc tệp Parquet; không bật nội dung hay macro cho các tệp này. / Texts in the tables "
        "are kept exactly as the source writes them (they are quotes), so a cell may begin "
        "with `=`, `+`, `-` or `@`, which a spreadsheet would run as a formula. Do not open "
        "a CSV file by double-clicking it: import it (Excel: Data ▸ From Text/CSV; "
        "LibreOffice: the Text Import dialog) with the text columns set to Text, or read the "
        "Parquet files; never enable content or macros for these files.",
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
        reference_text(facts),
        "",
        "```bibtex",
        bibtex(facts).rstrip(),
        "```",
        "",
        "CITATION.cff có cùng thông tin / CITATION.cff holds the same.",
        "",
    ]
    return "\n".join(out)
