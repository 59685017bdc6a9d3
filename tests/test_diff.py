"""The comparison of two versions' tables, made a group of sources at a time from Arrow,
against the comparison it replaced (every row of both tables as Python values at once),
kept here verbatim as the reference: the same result, to the order of every list."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from solieu import diff
from solieu.diff import IGNORED_COLUMNS, SECOND_KEYS, diff_rows, row_key
from solieu.package import plain_value, read_arrow, table_schema

# --- the reference: src/solieu/diff.py before the comparison was made columnar ---

def _old_keyed(rows: list[dict[str, Any]], key: list[str]) -> dict[tuple[Any, ...], dict[str, Any]]:
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    seen: dict[tuple[Any, ...], int] = {}
    for row in rows:
        base = tuple(plain_value(row.get(k)) for k in key)
        n = seen[base] = seen.get(base, 0) + 1
        out[(*base, n)] = row
    return out


def _old_pair_leftovers(
    a: dict[tuple[Any, ...], dict[str, Any]], b: dict[tuple[Any, ...], dict[str, Any]],
    second: Callable[[dict[str, Any]], tuple[Any, ...]] | None,
) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """Old key -> new key of rows that no content key matched but ``second`` pairs: the
    n-th such row of a second key in the old version with the n-th in the new."""
    if second is None:
        return {}
    def groups(rows: dict[tuple[Any, ...], dict[str, Any]],
               other: dict[tuple[Any, ...], dict[str, Any]]) -> dict[tuple[Any, ...], list[tuple[Any, ...]]]:
        out: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
        for k, row in rows.items():
            if k not in other:
                out.setdefault(second(row), []).append(k)
        return out

    old, new = groups(a, b), groups(b, a)
    return {o: n for g in old.keys() & new.keys() if len(old[g]) == len(new[g])
            for o, n in zip(old[g], new[g], strict=True)}


def old_diff_rows(
    table: str, old: list[dict[str, Any]], new: list[dict[str, Any]], schema: dict[str, Any],
    common_fields: list[str],
) -> dict[str, Any]:
    """Rows added, removed and values changed (old -> new), matched on the row key (its
    columns both versions have: a key column added in the new version, such as
    observations.role, cannot match the older rows)."""
    key = [k for k in row_key(table, schema) if k in common_fields]
    a, b = _old_keyed(old, key), _old_keyed(new, key)
    ignored = IGNORED_COLUMNS.get(table, set()) | set(key)

    def key_of(k: tuple[Any, ...]) -> dict[str, Any]:
        d = dict(zip(key, k[:-1], strict=True))
        if k[-1] > 1:
            d["occurrence"] = k[-1]
        return d

    def whole(row: dict[str, Any]) -> dict[str, Any]:
        return {c: plain_value(v) for c, v in row.items()}

    changed = []
    for k in a.keys() & b.keys():
        for col in common_fields:
            if col in ignored:
                continue
            before, after = plain_value(a[k].get(col)), plain_value(b[k].get(col))
            if before != after:
                changed.append({"key": key_of(k), "field": col, "old": before, "new": after})
    paired = _old_pair_leftovers(a, b, SECOND_KEYS.get(table))
    for old_k, new_k in paired.items():
        for col in common_fields:
            if col in IGNORED_COLUMNS.get(table, set()):
                continue
            before, after = plain_value(a[old_k].get(col)), plain_value(b[new_k].get(col))
            if before != after:
                changed.append({"key": key_of(new_k), "field": col, "old": before, "new": after})
    order = {k: i for i, k in enumerate(b)}
    changed.sort(key=lambda c: (order[(*[c["key"][x] for x in key], c["key"].get("occurrence", 1))],
                                common_fields.index(c["field"])))
    return {
        "key": key,
        "added": [whole(b[k]) for k in b if k not in a and k not in paired.values()],
        "removed": [whole(a[k]) for k in a if k not in b and k not in paired],
        "changed": changed,
    }


# --- generated tables ---

FLOATS = [0.0, -0.0, 1.0, 1.0000000000000002, 1e-300, 5e-324, -1.5, 1e300,
          float("inf"), float("-inf"), float("nan"), None, 2**53, 1299e9]
WORDS = ["thu ngân sách", "chi bộ", "đảng viên", "hộ nghèo", "trường học", None]


def _figures(rng: random.Random, sources: int) -> list[dict[str, Any]]:
    rows = []
    for s in range(sources):
        sid = f"report-{s:03d}"
        for j in range(rng.randint(0, 12)):
            n = rng.choice([rng.randint(1, 999), 35, 2022])
            sentence = f"Câu {j % 4} có {n} {rng.choice(WORDS[:-1])}, đạt {n * 3}%."
            surface = rng.choice([str(n), str(n), f"{n * 3}%"])
            rows.append({"figure_id": f"{sid}-{j:04d}", "source_id": sid,
                         "sentence": sentence, "surface": surface,
                         "value": rng.choice(FLOATS), "subject": rng.choice(WORDS),
                         "page": rng.choice([None, 1, 2, 7]),
                         "published": rng.choice([None, date(2022, 12, 31), date(2023, 1, 5)])})
            if rng.random() < 0.15:  # the same figure twice: an occurrence number
                rows.append({**rows[-1], "figure_id": rows[-1]["figure_id"] + "b"})
    return rows


def _edited(rng: random.Random, rows: list[dict[str, Any]], sources: int) -> list[dict[str, Any]]:
    """The next version: rows removed, added, values changed (NaN for None and back,
    -0.0 for 0.0, the smallest step of a float), numbers corrected in a sentence (paired
    by the second key), rows moved, new sources."""
    out = []
    for row in rows:
        r = rng.random()
        if r < 0.08:
            continue  # removed
        row = dict(row)
        if r < 0.2:
            row["value"] = rng.choice(FLOATS)
        elif r < 0.25:
            v = row["value"]
            row["value"] = (None if isinstance(v, float) and v != v else
                            float("nan") if v is None else -v if v == 0 else v)
        elif r < 0.3:
            row["subject"] = rng.choice(WORDS)
            row["page"] = rng.choice([None, 3])
        elif r < 0.35:  # a corrected number: another sentence, the same pattern
            row["sentence"] = row["sentence"].replace(row["surface"].rstrip("%"), "4242", 1)
            row["surface"] = "4242"
        elif r < 0.38:
            row["published"] = date(2024, 2, 29)
        out.append(row)
        if rng.random() < 0.05:  # added
            out.append({**row, "surface": "77", "figure_id": row["figure_id"] + "n"})
    for i in range(0, len(out) - 1, 9):  # some rows move
        if rng.random() < 0.3:
            out[i], out[i + 1] = out[i + 1], out[i]
    out += _figures(rng, sources + 3)[-20:]  # a few rows of new sources
    for i, row in enumerate(out):
        row["figure_id"] = f"f{i:05d}"  # renumbered, as ordinal ids are
    return out


def _parquet(rows: list[dict[str, Any]], path, schema: pa.Schema) -> None:
    (path / "data").mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path / "data" / "figures.parquet")


FIGURES = pa.schema([("figure_id", pa.string()), ("source_id", pa.string()),
                     ("sentence", pa.string()), ("surface", pa.string()),
                     ("value", pa.float64()), ("subject", pa.string()),
                     ("page", pa.int64()), ("published", pa.date32())])


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("chunk", [1, 7, 50_000])
def test_the_comparison_by_sources_gives_what_comparing_every_row_gave(
        seed, chunk, tmp_path, monkeypatch):
    """Generated figures tables, read as a version is read (Parquet, text columns
    dictionary-encoded), compared a few sources at a time (chunk 1: one source per
    group; 7: groups across sources; 50,000: all at once)."""
    monkeypatch.setattr(diff, "CHUNK_ROWS", chunk)
    rng = random.Random(seed)
    old_rows = _figures(rng, 40)
    new_rows = _edited(rng, old_rows, 40)
    _parquet(old_rows, tmp_path / "old", FIGURES)
    _parquet(new_rows, tmp_path / "new", FIGURES)
    schema = {"fields": [{"name": f.name} for f in FIGURES]}
    common = FIGURES.names
    expected = old_diff_rows("figures", pq.read_table(tmp_path / "old/data/figures.parquet")
                             .to_pylist(),
                             pq.read_table(tmp_path / "new/data/figures.parquet").to_pylist(),
                             schema, common)
    found = diff_rows("figures", read_arrow(tmp_path / "old", "figures"),
                      read_arrow(tmp_path / "new", "figures"), schema, common)
    assert found == expected
    assert expected["added"] and expected["removed"] and expected["changed"]
    assert any(c["key"].get("occurrence") for c in expected["changed"])
    assert any(c["field"] == "sentence" for c in expected["changed"])  # paired
    # NaN and None are the same (no change), as are 0.0 and -0.0
    assert not any(c["old"] is None and c["new"] is None for c in expected["changed"])


@pytest.mark.parametrize("table", ["observations", "sources", "indicators"])
def test_other_tables_and_keys_compare_as_before(table, tmp_path, monkeypatch):
    """A key with the source and without it (compared whole), a key column only the
    new version has (observations.role), a field the old version lacks."""
    monkeypatch.setattr(diff, "CHUNK_ROWS", 5)
    rng = random.Random(table)
    old, new = [], []
    for _ in range(300):
        row = {"indicator_id": rng.choice("abc"), "geography": rng.choice(["g", None]),
               "period": rng.choice(["2021", "2022"]), "source_id": f"s{rng.randint(0, 30)}",
               "value": rng.choice(FLOATS)}
        old.append(row)
        if rng.random() > 0.1:
            new.append({**row, "role": rng.choice(["actual", "actual", "plan"]),
                        "value": row["value"] if rng.random() < 0.7 else rng.choice(FLOATS)})
    rng.shuffle(new)
    schema = {  # keyed on content, on a primary key, or on every field
        "observations": table_schema("observations"), "sources": {"primaryKey": "source_id"},
        "indicators": {"fields": [{"name": n} for n in ("indicator_id", "period", "value")]},
    }[table]
    common = ["indicator_id", "geography", "period", "source_id", "value"]
    expected = old_diff_rows(table, old, new, schema, common)
    found = diff_rows(table, pa.Table.from_pylist(old), pa.Table.from_pylist(new), schema, common)
    assert found == expected
    assert expected["changed"] or expected["removed"]


def test_the_packages_compare_the_same_with_and_without_the_sources_named(tmp_path):
    """Reading only the named sources' rows (a filter on Parquet) changes nothing."""
    rng = random.Random(7)
    old_rows = _figures(rng, 30)
    new_rows = [dict(r) for r in old_rows]
    for r in new_rows:
        if r["source_id"] == "report-004":
            r["value"] = 12.5
    a = pa.Table.from_pylist(old_rows, schema=FIGURES)
    b = pa.Table.from_pylist(new_rows, schema=FIGURES)
    schema = {"fields": [{"name": f} for f in FIGURES.names]}
    whole = diff_rows("figures", a, b, schema, FIGURES.names)
    _parquet(old_rows, tmp_path / "old", FIGURES)
    _parquet(new_rows, tmp_path / "new", FIGURES)
    some = diff_rows("figures", read_arrow(tmp_path / "old", "figures", sources={"report-004"}),
                     read_arrow(tmp_path / "new", "figures", sources={"report-004"}),
                     schema, FIGURES.names)
    assert some == whole
    assert read_arrow(tmp_path / "old", "figures", sources=set()).num_rows == 0
