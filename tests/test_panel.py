"""The panel: two datasets of two places over two years, read and joined in DuckDB."""

from __future__ import annotations

import dataclasses
import json
import shutil

import duckdb
import pandas as pd
import pytest

from solieu.publish import publish
from solieu.sources import Dataset
from solieu.tables import with_geography_codes
from solieu.verify import verify
from test_publish import STANDARDS, make_dataset, make_tables, tree, v2_profile_problems

PLACES = {  # dataset -> (official unit, name as the reports write it, 2023 revenue)
    "son-la-city": ("Thành phố Sơn La, Tỉnh Sơn La", "Thành phố Sơn La", 1250e9),
    "mai-son-district": ("Huyện Mai Sơn, Tỉnh Sơn La", "Huyện Mai Sơn", 480e9),
}


def place(name: str) -> tuple[Dataset, dict]:
    """A dataset of one place with reports of 2022 and 2023, its codes resolved from its
    administrative unit as the pipeline does."""
    unit, written, revenue = PLACES[name]
    ds = dataclasses.replace(make_dataset(two_sources=True), name=name)
    ds.meta.update(name=name, geography=written, administrative_unit=unit)
    for s in ds.sources:
        s.meta["geography"] = written
    tables = make_tables(ds)
    tables["sources"]["geography"] = written
    obs = tables["observations"]
    obs["geography"] = written
    obs.loc[obs["period"] == "2023", "value"] = revenue
    tables["observations"] = with_geography_codes(obs, ds)
    return ds, tables


@pytest.fixture
def published(tmp_path):
    published = tmp_path / "published"
    for name in PLACES:
        ds, tables = place(name)
        assert publish(ds, tables, published).status == "published"
    return published


def test_the_panel_holds_every_dataset_s_newest_observations(published):
    panel = published / "panel"
    assert sorted(p.name for p in panel.iterdir()) == [
        "1.0.0", "1.1.0", "latest", "ledger.jsonl", "panel-1.0.0.zip", "panel-1.1.0.zip",
        "releases.json"]
    assert tree(panel / "latest") == tree(panel / "1.1.0")
    assert verify(published) == []
    catalog = json.loads((published / "catalog.json").read_text())
    assert catalog["panel"]["latest"] == "1.1.0"
    assert [d["name"] for d in catalog["datasets"]] == ["mai-son-district", "son-la-city"]


def test_duckdb_joins_places_and_years_on_geography_code_and_period(published):
    parquet = published / "panel" / "latest" / "data" / "panel.parquet"
    con = duckdb.connect()
    rows = con.execute(f"""
        SELECT dataset, version, geography_code, period, role, value
        FROM read_parquet('{parquet}') ORDER BY dataset, period""").fetchall()
    assert rows == [
        ("mai-son-district", "1.0.0", "pre2025:125", "2022", "actual", 1178e9),
        ("mai-son-district", "1.0.0", "pre2025:125", "2023", "actual", 480e9),
        ("son-la-city", "1.0.0", "pre2025:116", "2022", "actual", 1178e9),
        ("son-la-city", "1.0.0", "pre2025:116", "2023", "actual", 1250e9),
    ]
    # A researcher's own table keyed by place and year: population, say.
    con.execute("CREATE TABLE population (geography_code TEXT, period TEXT, people INTEGER)")
    con.execute("INSERT INTO population VALUES ('pre2025:116', '2023', 110000), "
                "('pre2025:125', '2023', 170000)")
    per_person = con.execute(f"""
        SELECT p.geography_code, round(p.value / pop.people) AS per_person
        FROM read_parquet('{parquet}') p
        JOIN population pop USING (geography_code, period)
        ORDER BY p.geography_code""").fetchall()
    assert per_person == [("pre2025:116", round(1250e9 / 110000)),
                          ("pre2025:125", round(480e9 / 170000))]
    # Two places side by side, year by year (the README's recipe).
    side = con.execute(f"""
        SELECT a.period, a.value, b.value
        FROM read_parquet('{parquet}') a
        JOIN read_parquet('{parquet}') b USING (indicator_id, period, role)
        WHERE a.geography_code = 'pre2025:116' AND b.geography_code = 'pre2025:125'
        ORDER BY a.period""").fetchall()
    assert side == [("2022", 1178e9, 1178e9), ("2023", 1250e9, 480e9)]


def test_the_panel_package_meets_the_v2_profile_and_plain_frictionless(published):
    from frictionless import validate

    descriptor = published / "panel" / "latest" / "datapackage.json"
    assert v2_profile_problems(descriptor) == []
    report = validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert (STANDARDS / "datapackage-2.0.schema.json").exists()
    readme = (published / "panel" / "latest" / "README.md").read_text()
    assert "FROM 'data/panel.parquet'" in readme


def test_a_dataset_s_new_version_rebuilds_the_panel_and_nothing_else_does(published):
    ds, tables = place("son-la-city")
    tables["observations"].loc[0, "value"] = 1179e9
    publish(ds, tables, published)
    assert (published / "panel" / "1.1.1").is_dir()
    before = tree(published / "panel")
    publish(ds, tables, published)  # up to date: the panel stays as it is
    assert tree(published / "panel") == before


def test_the_panel_is_rebuilt_byte_for_byte_from_the_same_versions(published, tmp_path):
    from solieu.panel import write_panel

    again = tmp_path / "again"
    shutil.copytree(published, again)
    for gone in ("1.1.0", "latest"):  # the newest panel goes; its release record stays
        shutil.rmtree(again / "panel" / gone)
    (again / "panel" / "panel-1.1.0.zip").unlink()
    ledger = again / "panel" / "ledger.jsonl"  # and its line of the ledger, as before it
    ledger.write_text("".join(ledger.read_text().splitlines(keepends=True)[:-1]))
    assert write_panel(again, sorted(PLACES)) == "1.1.0"
    assert tree(again / "panel") == tree(published / "panel")


def test_a_run_killed_while_writing_the_panel_is_repaired_by_the_next(published):
    from solieu.panel import write_panel

    panel = published / "panel"
    (panel / "panel-1.1.0.zip").unlink()  # killed between the folder and its zip
    (panel / ".staging-999999").mkdir()   # and a staging folder of another run
    assert write_panel(published, sorted(PLACES)) is None  # the rows did not change
    assert (panel / "panel-1.1.0.zip").is_file() and not (panel / ".staging-999999").exists()
    assert verify(published) == []


def _level_by_diff(old, new) -> str | None:
    """The panel's level as the whole row-by-row comparison decides it."""
    import pyarrow as pa

    from solieu.diff import diff_rows
    from solieu.package import PANEL, arrow_schema, table_schema

    diff = diff_rows(PANEL, old, pa.Table.from_pandas(new, schema=arrow_schema(PANEL),
                                                      preserve_index=False),
                     table_schema(PANEL), list(new.columns))
    if not (diff["added"] or diff["removed"] or diff["changed"]):
        return None
    return "minor" if diff["added"] else "patch"


def test_the_panel_s_change_level_is_what_comparing_every_row_decides():
    """Counting keys and versions decides as the comparison of every row does: for no
    change, rows reordered, a value changed, a row added, removed or repeated, and a
    dataset at a new version."""
    import pyarrow.parquet as pq

    from solieu.package import PANEL, conform
    from solieu.panel import change_level
    from test_publish import ROOT

    old = pq.read_table(ROOT / "published" / "panel" / "latest" / "data" / "panel.parquet")
    base = conform(PANEL, old.to_pandas())
    assert len(base) > 3
    value = base.copy()
    value.loc[1, "value"] = float(value.loc[1, "value"]) + 1
    version = base.copy()
    version["version"] = "9.9.9"
    cases = {
        "same": base,
        "reordered": base.iloc[::-1].reset_index(drop=True),
        "value": value,
        "added": conform(PANEL, pd.concat([base, base.iloc[[0]].assign(source_id="new")])),
        "removed": base.iloc[1:].reset_index(drop=True),
        "repeated": pd.concat([base, base.iloc[[0]]], ignore_index=True),
        "version": version,
    }
    found = {name: change_level(old, new) for name, new in cases.items()}
    assert found == {name: _level_by_diff(old, new) for name, new in cases.items()}
    assert found == {"same": None, "reordered": None, "value": "patch", "added": "minor",
                     "removed": "patch", "repeated": "minor", "version": "patch"}


def _old_key_counts(table, key):
    """The counting per key it replaced (kept as the reference): the key's columns
    joined into one text per row."""
    import pyarrow as pa
    import pyarrow.compute as pc

    parts = [pc.fill_null(pc.cast(table.column(k), pa.string()), "\x00") for k in key]
    joined = pc.binary_join_element_wise(*parts, "\x1f")
    return pa.table({"key": joined}).group_by("key").aggregate([([], "count_all")]) \
        .rename_columns(["key", "n"])


def test_rows_per_key_are_counted_as_the_joined_texts_counted_them():
    """Generated panels with repeated keys, missing values (a value of their own), keys
    on one side only, and text, number and dictionary-encoded columns."""
    import random

    import pyarrow as pa
    import pyarrow.compute as pc

    from solieu.panel import _more_rows

    rng = random.Random(3)
    key = ["dataset", "indicator_id", "period", "source_id"]

    def panel(n):
        return pa.table({
            "dataset": pa.array([rng.choice(["a", "b"]) for _ in range(n)], pa.string()),
            "indicator_id": pa.array([rng.choice(["x", "y", None, "x\x1fy"])
                                      for _ in range(n)], pa.string()),
            "period": pa.array([rng.choice([2021, 2022, None]) for _ in range(n)], pa.int64()),
            "source_id": pa.array([rng.choice(["s1", "s2", "s3", None]) for _ in range(n)],
                                  pa.string()).dictionary_encode(),
        })

    for n_old, n_new in ((300, 320), (0, 40), (40, 0), (200, 200)):
        old, new = panel(n_old), panel(n_new)
        if n_old == n_new:
            new = old.take(list(range(n_old))[::-1])  # the same rows, reordered
        counts = _old_key_counts(new, key).join(
            _old_key_counts(old, key), "key", join_type="full outer", left_suffix="_new",
            right_suffix="_old")
        expected = dict(zip(counts.column("key").to_pylist(), pc.subtract(
            pc.fill_null(counts.column("n_new"), 0),
            pc.fill_null(counts.column("n_old"), 0)).to_pylist(), strict=True))
        first, more = _more_rows(old, new, key)
        rows = pa.concat_tables([new, old])  # the rows ``first`` points at
        found = {_old_key_counts(rows.slice(i, 1), key).column("key")[0].as_py(): m
                 for i, m in zip(first.tolist(), more.tolist(), strict=True)}
        assert len(found) == len(first)
        assert found == expected
        assert (n_old == n_new) == (not any(expected.values()))
