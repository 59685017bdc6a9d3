"""Comparing two versions of a package on content: schemas, metadata and table rows.

changes.json (one per version; CHANGELOG.md says the same for people)::

    {"dataset": "son-la-city", "version": "1.0.1", "previous_version": "1.0.0",
     "level": "patch",                  # initial | major | minor | patch
     "release_note": "..." | null,      # from the operator
     "counts": {"observations": {"added": 0, "removed": 0, "changed": 1}, ...},
     "schema": {"tables_added": [], "tables_removed": [], "fields_added": [],
                "fields_removed": [], "types_changed": [{"table", "field", "old", "new"}]},
     "metadata": [{"path": "/description", "old": "...", "new": "..."}],
     "tables": {"observations": {"key": [...], "added": [row, ...], "removed": [row, ...],
                "changed": [{"key": {...}, "field": "value", "old": 1.0, "new": 2.0}]}}}

Rows are matched on content keys (CONTENT_KEYS) or the primary key, never on ordinal
figure ids. The first version lists only counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from solieu.package import (
    PARQUET_FORMAT,
    count_rows,
    plain_value,
    read_arrow,
    read_descriptor,
    table_schemas,
)

# Rows are matched across versions on content, not on ordinal ids: figure ids are
# renumbered when a figure is found earlier in the text. A running occurrence number
# tells apart rows that share the key (the same number twice in one sentence).
CONTENT_KEYS = {
    "figures": ["source_id", "sentence", "surface"],
    "observations": ["indicator_id", "geography", "period", "role", "source_id"],
}
# A corrected number changes its sentence, so a row no content key matches may still be
# the same figure: the same source, the same sentence with its numbers masked, the same
# place among that sentence's figures. Such rows are paired as changed (a patch listing
# old -> new), not removed and added (which would read as new figures).
NUMBER_IN_TEXT = re.compile(r"\d+(?:[.,]\d+)*")


def _sentence_pattern(row: dict[str, Any]) -> tuple[Any, ...]:
    return (plain_value(row.get("source_id")),
            NUMBER_IN_TEXT.sub("#", str(plain_value(row.get("sentence")) or "")))


SECOND_KEYS = {"figures": _sentence_pattern}
# Columns whose changes are a consequence of others, not news for a reader.
IGNORED_COLUMNS = {"figures": {"figure_id"}}
# Resources whose content is compared row by row, not by their bytes.
TABLE_FORMATS = {"csv", "parquet", PARQUET_FORMAT}  # "parquet": versions before 2.0


# Rows compared as Python values at a time, at most (about): both versions' tables are
# never made into Python values whole (a million rows of dicts take gigabytes).
CHUNK_ROWS = 50_000
# Rows of different sources never match (every content key, and the second key, holds
# the source), so a table with this column in its key is compared a group of sources
# at a time, and a group whose rows are the same on both sides is not compared.
BY = "source_id"

Key = tuple[Any, ...]
# What one comparison finds, each tagged with where it goes in the result: added rows
# by their place in the new table, removed ones by their place in the old table,
# changes by their row's place in the new table and the field's among the fields.
Found = tuple[list[tuple[int, dict[str, Any]]], list[tuple[int, dict[str, Any]]],
              list[tuple[int, int, dict[str, Any]]]]


def _keyed(rows: list[dict[str, Any]], key: list[str]) -> dict[Key, int]:
    """Key (with the running occurrence number) -> the row's index, in row order."""
    out: dict[Key, int] = {}
    seen: dict[Key, int] = {}
    for i, row in enumerate(rows):
        base = tuple(plain_value(row.get(k)) for k in key)
        n = seen[base] = seen.get(base, 0) + 1
        out[(*base, n)] = i
    return out


def _pair_leftovers(
    old: list[dict[str, Any]], new: list[dict[str, Any]], a: dict[Key, int], b: dict[Key, int],
    second: Callable[[dict[str, Any]], Key] | None,
) -> dict[Key, Key]:
    """Old key -> new key of rows that no content key matched but ``second`` pairs: the
    n-th such row of a second key in the old version with the n-th in the new."""
    if second is None:
        return {}

    def groups(rows: list[dict[str, Any]], keyed: dict[Key, int],
               other: dict[Key, int]) -> dict[Key, list[Key]]:
        out: dict[Key, list[Key]] = {}
        for k, i in keyed.items():
            if k not in other:
                out.setdefault(second(rows[i]), []).append(k)
        return out

    was, now = groups(old, a, b), groups(new, b, a)
    return {o: n for g in was.keys() & now.keys() if len(was[g]) == len(now[g])
            for o, n in zip(was[g], now[g], strict=True)}


def row_key(table: str, schema: dict[str, Any]) -> list[str]:
    """The columns that identify a row of ``table`` across versions."""
    if table in CONTENT_KEYS:
        return CONTENT_KEYS[table]
    pk = schema.get("primaryKey")
    if pk:
        return [pk] if isinstance(pk, str) else list(pk)
    return [f["name"] for f in schema.get("fields", [])]


def _compare(table: str, old: list[dict[str, Any]], new: list[dict[str, Any]],
             key: list[str], common_fields: list[str], old_at: Any, new_at: Any) -> Found:
    """The rows added, removed and changed between ``old`` and ``new`` (rows as plain
    values), tagged with their places: ``old_at[i]``/``new_at[i]`` is where the i-th row
    of ``old``/``new`` stands in its whole table."""
    a, b = _keyed(old, key), _keyed(new, key)
    ignored = IGNORED_COLUMNS.get(table, set())
    position = {c: i for i, c in enumerate(common_fields)}

    def key_of(k: Key) -> dict[str, Any]:
        d = dict(zip(key, k[:-1], strict=True))
        if k[-1] > 1:
            d["occurrence"] = k[-1]
        return d

    def whole(row: dict[str, Any]) -> dict[str, Any]:
        return {c: plain_value(v) for c, v in row.items()}

    changed: list[tuple[int, int, dict[str, Any]]] = []

    def compare(old_k: Key, new_k: Key, skip: set[str]) -> None:
        before_row, after_row = old[a[old_k]], new[b[new_k]]
        for col in common_fields:
            if col in skip:
                continue
            before, after = plain_value(before_row.get(col)), plain_value(after_row.get(col))
            if before != after:
                changed.append((int(new_at[b[new_k]]), position[col],
                                {"key": key_of(new_k), "field": col, "old": before,
                                 "new": after}))

    for k in a.keys() & b.keys():
        compare(k, k, ignored | set(key))
    paired = _pair_leftovers(old, new, a, b, SECOND_KEYS.get(table))
    for old_k, new_k in paired.items():
        compare(old_k, new_k, ignored)
    matched = set(paired.values())
    added = [(int(new_at[i]), whole(new[i])) for k, i in b.items()
             if k not in a and k not in matched]
    removed = [(int(old_at[i]), whole(old[i])) for k, i in a.items()
               if k not in b and k not in paired]
    return added, removed, changed


def _groups(column: pa.ChunkedArray) -> dict[Any, np.ndarray]:
    """Value -> the indices of its rows, ascending (None: the rows without a value)."""
    texts = pc.cast(column, pa.string()).combine_chunks()
    encoded = pc.dictionary_encode(texts, null_encoding="encode")
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    order = np.argsort(codes, kind="stable")
    sizes = np.bincount(codes, minlength=len(encoded.dictionary))
    ends = np.cumsum(sizes).tolist()
    return {value: order[end - n:end] for value, end, n in
            zip(encoded.dictionary.to_pylist(), ends, sizes.tolist(), strict=True)}


def _decoded(table: pa.Table, columns: list[str]) -> list[pa.ChunkedArray]:
    out = []
    for c in columns:
        col = table.column(c)
        out.append(col.cast(col.type.value_type) if pa.types.is_dictionary(col.type) else col)
    return out


def _same(old: pa.Table, new: pa.Table, columns: list[str]) -> bool:
    """Whether both hold the same values in ``columns``, row for row (False when
    unsure: another type, a NaN)."""
    if old.num_rows != new.num_rows:
        return False
    return all(x.type == y.type and x.equals(y)
               for x, y in zip(_decoded(old, columns), _decoded(new, columns), strict=True))


def _by_source(old: pa.Table, new: pa.Table) -> list[tuple[np.ndarray, np.ndarray]]:
    """The rows of both tables in groups of whole sources, about CHUNK_ROWS each: each
    group's row indices in the old and the new table, each source's in table order
    (the order of rows of different sources does not matter: they never match)."""
    was, now = _groups(old.column(BY)), _groups(new.column(BY))
    empty = np.empty(0, dtype=np.int64)
    out, o, n, size = [], [], [], 0
    for sid in sorted(was.keys() | now.keys(), key=lambda s: (s is None, s or "")):
        o.append(was.get(sid, empty))
        n.append(now.get(sid, empty))
        size += len(o[-1]) + len(n[-1])
        if size >= CHUNK_ROWS:
            out.append((np.concatenate(o), np.concatenate(n)))
            o, n, size = [], [], 0
    if o:
        out.append((np.concatenate(o), np.concatenate(n)))
    return out


def _is_text(table: pa.Table, column: str) -> bool:
    t = table.schema.field(column).type
    t = t.value_type if pa.types.is_dictionary(t) else t
    return bool(pa.types.is_string(t) or pa.types.is_large_string(t))


def diff_rows(
    table: str, old: pa.Table, new: pa.Table, schema: dict[str, Any], common_fields: list[str],
) -> dict[str, Any]:
    """Rows added, removed and values changed (old -> new), matched on the row key (its
    columns both versions have: a key column added in the new version, such as
    observations.role, cannot match the older rows).

    The n-th row of a key in the old table is matched with the n-th of that key in the
    new one; rows no key matched may still be paired by a second key (SECOND_KEYS).
    Added rows come in the new table's order, removed ones in the old table's, changes
    in the order of their rows in the new table and of ``common_fields``. Where the key
    holds the source, a group of sources at a time is made into Python values, and only
    if its rows differ."""
    key = [k for k in row_key(table, schema) if k in common_fields]
    if BY in key and _is_text(old, BY) and _is_text(new, BY):
        found: Found = ([], [], [])
        # Rows the same but for ignored columns (ids renumbered) hold no change either.
        compared = [c for c in common_fields if c not in IGNORED_COLUMNS.get(table, set())]
        for old_at, new_at in _by_source(old, new):
            o, n = old.take(old_at), new.take(new_at)
            if _same(o, n, compared):
                continue
            part = _compare(table, o.to_pylist(), n.to_pylist(), key, common_fields,
                            old_at, new_at)
            found[0].extend(part[0])
            found[1].extend(part[1])
            found[2].extend(part[2])
    else:
        found = _compare(table, old.to_pylist(), new.to_pylist(), key, common_fields,
                         range(old.num_rows), range(new.num_rows))
    added, removed, changed = found
    added.sort(key=lambda x: x[0])
    removed.sort(key=lambda x: x[0])
    changed.sort(key=lambda x: (x[0], x[1]))
    return {"key": key, "added": [r for _, r in added], "removed": [r for _, r in removed],
            "changed": [c for _, _, c in changed]}


def _flatten(value: Any, path: str = "") -> dict[str, Any]:
    """JSON -> {"/a/b": leaf}; lists of named objects are keyed by name, not position,
    so that adding a field does not show as every later field changing."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k in sorted(value):
            out.update(_flatten(value[k], f"{path}/{k}"))
        return out or {path: {}}
    named = isinstance(value, list) and all(isinstance(v, dict) and "name" in v for v in value)
    if value and named:
        out = {}
        for v in value:
            out.update(_flatten({k: x for k, x in v.items() if k != "name"}, f"{path}/{v['name']}"))
        return out
    return {path: value}


def _metadata(descriptor: dict[str, Any]) -> dict[str, Any]:
    """The descriptor flattened, without what changes whatever the content: the version,
    and bytes and hash of the tables (compared row by row instead, since Parquet bytes
    may differ between pyarrow releases). Other files (source texts, checks.yaml) keep
    their hash: a change to them is a change of the package."""
    def strip(res: dict[str, Any]) -> dict[str, Any]:
        if res.get("format") in TABLE_FORMATS:
            return {k: v for k, v in res.items() if k not in ("hash", "bytes")}
        return {k: v for k, v in res.items() if k != "bytes"}  # the hash says it all

    desc = {k: v for k, v in descriptor.items() if k not in ("version", "created")}
    desc["resources"] = [strip(r) for r in descriptor.get("resources", [])]
    return _flatten(desc)


def _rows(folder: Path, table: str, schema: dict[str, Any],
          sources: set[str] | None) -> pa.Table:
    """The rows of a table; only those of ``sources`` if given and the table has a
    source_id (the rest are known to be equal on both sides)."""
    if sources is None or BY not in {f["name"] for f in schema.get("fields", [])}:
        return read_arrow(folder, table)
    return read_arrow(folder, table, sources=sources)


def diff_packages(old: Path | None, new: Path,
                  sources: set[str] | None = None) -> dict[str, Any]:
    """Compare two package folders on content: schemas, metadata, and table rows.

    ``sources``, when the caller knows it: the sources whose rows may differ between
    the two (every other source's rows being the same on both sides), so that only
    their rows are read and compared; the result is the same as without it.

    Returns the body of changes.json (without version numbers) with ``level``: major (a
    change that breaks readers: table removed, field removed or renamed, type changed),
    minor (rows, fields or tables added), patch (values changed, rows removed as
    corrections, metadata changed) or none.
    """
    new_desc = read_descriptor(new)
    new_schemas = table_schemas(new, new_desc)
    if old is None:
        first = {t: {"added": count_rows(new, t), "removed": 0, "changed": 0}
                 for t in new_schemas}
        return {"level": "initial", "schema": {}, "metadata": [], "tables": {},
                "counts": first}
    old_desc = read_descriptor(old)
    old_schemas = table_schemas(old, old_desc)

    schema: dict[str, Any] = {
        "tables_added": sorted(new_schemas.keys() - old_schemas.keys()),
        "tables_removed": sorted(old_schemas.keys() - new_schemas.keys()),
        "fields_added": [], "fields_removed": [], "types_changed": [],
    }
    tables: dict[str, Any] = {}
    counts: dict[str, Any] = {}
    for t in sorted(old_schemas.keys() & new_schemas.keys()):
        old_f = {f["name"]: f.get("type", "any") for f in old_schemas[t].get("fields", [])}
        new_f = {f["name"]: f.get("type", "any") for f in new_schemas[t].get("fields", [])}
        schema["fields_added"] += [{"table": t, "field": f} for f in new_f if f not in old_f]
        schema["fields_removed"] += [{"table": t, "field": f} for f in old_f if f not in new_f]
        schema["types_changed"] += [
            {"table": t, "field": f, "old": old_f[f], "new": new_f[f]}
            for f in new_f if f in old_f and old_f[f] != new_f[f]
        ]
        common = [f for f in new_f if f in old_f]
        tables[t] = diff_rows(t, _rows(old, t, old_schemas[t], sources),
                              _rows(new, t, new_schemas[t], sources), new_schemas[t], common)
        counts[t] = {x: len(tables[t][x]) for x in ("added", "removed", "changed")}
    for t in schema["tables_added"]:
        counts[t] = {"added": count_rows(new, t), "removed": 0, "changed": 0}
    for t in schema["tables_removed"]:
        counts[t] = {"added": 0, "removed": count_rows(old, t), "changed": 0}

    a, b = _metadata(old_desc), _metadata(new_desc)
    # A resource added or removed is one change, not one per property it has.
    old_res = {r.get("name"): r.get("path") for r in old_desc.get("resources", [])}
    new_res = {r.get("name"): r.get("path") for r in new_desc.get("resources", [])}
    whole = {f"/resources/{n}" for n in old_res.keys() ^ new_res.keys()}
    metadata = [{"path": f"/resources/{n}", "old": old_res.get(n), "new": new_res.get(n)}
                for n in sorted(old_res.keys() ^ new_res.keys(), key=str)]
    metadata += [{"path": p, "old": a.get(p), "new": b.get(p)}
                 for p in sorted(a.keys() | b.keys())
                 if a.get(p) != b.get(p) and "/".join(p.split("/")[:3]) not in whole]

    if schema["tables_removed"] or schema["fields_removed"] or schema["types_changed"]:
        level = "major"
    elif (schema["tables_added"] or schema["fields_added"]
          or any(c["added"] for c in counts.values())):
        level = "minor"
    elif metadata or any(c["removed"] or c["changed"] for c in counts.values()):
        level = "patch"
    else:
        level = "none"
    return {"level": level, "schema": schema, "metadata": metadata, "tables": tables,
            "counts": counts}


SHORT = 40  # characters of a long key value shown in a change table


def short_key(table: str, key: dict[str, Any]) -> str:
    """A change's row key in a few words, for a table read at normal width: an
    observation by its indicator and period, a figure by its number and the start of
    its sentence; the full key stays in changes.json.

    >>> short_key("observations", {"indicator_id": "total_budget_revenue",
    ...           "geography": "Sơn La", "period": "2022", "source_id": "r"})
    'total_budget_revenue 2022'
    >>> short_key("figures", {"source_id": "r", "surface": "1.299",
    ...           "sentence": "Tổng thu ngân sách thành phố năm 2022 đạt 1.299 tỷ đồng, bằng 128%"})
    '1.299 · Tổng thu ngân sách thành phố năm 2022 đạ…'
    """
    def cut(value: Any) -> str:
        text = "" if value is None else str(value)
        return text if len(text) <= SHORT else text[:SHORT].rstrip() + "…"

    nth = f" (#{key['occurrence']})" if key.get("occurrence") else ""
    if table == "observations" and "indicator_id" in key:
        return f"{key['indicator_id']} {key.get('period') or ''}".strip() + nth
    if table == "figures" and "surface" in key:
        return f"{key['surface']} · {cut(key.get('sentence'))}{nth}"
    return ", ".join(cut(v) for k, v in key.items() if k != "occurrence") + nth


def short_row(table: str, row: dict[str, Any], key: list[str]) -> str:
    """An added or removed row in a few words: a figure by its id, number and subject,
    an observation by its indicator and period, others by their key (see short_key).

    >>> short_row("figures", {"figure_id": "r-0007", "surface": "35", "subject": "chi bộ",
    ...           "sentence": "…"}, ["source_id", "sentence", "surface"])
    'r-0007 · 35 · chi bộ'
    """
    if table == "figures" and "figure_id" in row:
        what = row.get("subject") or row.get("counted") or row.get("sentence")
        text = "" if what is None else str(what)
        text = text if len(text) <= SHORT else text[:SHORT].rstrip() + "…"
        return " · ".join(str(x) for x in (row["figure_id"], row.get("surface"), text) if x)
    return short_key(table, {k: row.get(k) for k in key})
