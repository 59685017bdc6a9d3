"""The panel: every dataset's newest observations in one table, ``published/panel/``.

A researcher comparing places and years reads one file instead of one per dataset:
each row is an observation with the dataset and version it comes from, its official
``geography_code`` and its ``period``. The panel is a data package of its own, versioned
like the datasets (``panel/<X.Y.Z>/``, ``panel/latest/``, ``panel/panel-<X.Y.Z>.zip``)
and rebuilt, under the publishing lock, whenever a dataset publishes: a new version
only when its rows changed (minor when rows were added, patch otherwise; major when
its columns changed). It is built from the version folders on disk alone, so it is
rebuilt byte for byte from the same datasets and the same release record.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from solieu import ledger
from solieu.diff import diff_rows, row_key
from solieu.files import clean_stale, replace_folder, write_sha256sums, write_zip
from solieu.package import (
    PANEL,
    PARQUET_FORMAT,
    arrow_schema,
    conform,
    file_facts,
    package_defaults,
    sha256_file,
    table_schema,
    write_csv,
    write_parquet,
)
from solieu.releases import record_release, release_time
from solieu.versions import bump, version_folders

README = """# Bảng gộp / The panel

Phiên bản / Version **{version}** · {rows} dòng / rows · {datasets} bộ dữ liệu / datasets

Mọi quan sát của phiên bản mới nhất của từng bộ dữ liệu trong một bảng: mỗi dòng ghi bộ
dữ liệu và phiên bản nguồn, mã địa bàn chính thức (`geography_code`) và kỳ (`period`).
/ The observations of the newest version of every dataset in one table: each row names
the dataset and version it comes from, the official code of its place
(`geography_code`: `pre2025:<GSO code>` for the list in force until 30 June 2025,
`2025:<GSO code>` after the reorganisation) and its `period`.

Lấy từ / Built from: {sources}

`data/panel.csv` (UTF-8), `data/panel.parquet`; columns as in `datapackage.json`.

## DuckDB

```sql
-- the values of one indicator, place by place and year by year
SELECT geography, geography_code, period, role, value, unit
FROM 'data/panel.parquet'
WHERE indicator_id = 'total_budget_revenue'
ORDER BY geography_code, period;

-- two places side by side, period by period
SELECT a.period, a.indicator_id, a.value AS first_place, b.value AS second_place
FROM 'data/panel.parquet' a
JOIN 'data/panel.parquet' b USING (indicator_id, period, role)
WHERE a.geography_code = 'pre2025:116' AND b.geography_code = 'pre2025:125';
```

Join your own table on `(geography_code, period)` (population, area, …): the code names
its list, so a unit before and after the 2025 reorganisation never meet by mistake.
"""


def _rows(published: Path, names: list[str]) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    frames, sources = [], []
    for name in names:
        folders = version_folders(published / name)
        newest = folders[-1]
        obs = pq.read_table(newest / "data" / "observations.parquet").to_pandas()
        for column in table_schema("observations")["fields"]:  # older versions lack some
            if column["name"] not in obs.columns:
                obs[column["name"]] = None
        obs.insert(0, "version", newest.name)
        obs.insert(0, "dataset", name)
        frames.append(obs)
        sources.append((name, newest.name))
    fields = [f["name"] for f in table_schema(PANEL)["fields"]]
    table = (pd.concat([f[fields] for f in frames if len(f)], ignore_index=True)
             if any(len(f) for f in frames) else pd.DataFrame(columns=fields))
    return conform(PANEL, table), sources


def _descriptor(folder: Path, version: str, released: str,
                sources: list[tuple[str, str]]) -> dict[str, Any]:
    defaults = package_defaults()
    url = defaults.get("publish_url")
    schema = table_schema(PANEL)
    resources = []
    for rel, props in (("data/panel.csv", {"type": "table", "format": "csv",
                                           "mediatype": "text/csv", "encoding": "utf-8",
                                           "schema": schema}),
                       ("data/panel.parquet", {"format": PARQUET_FORMAT,
                                               "mediatype": "application/vnd.apache.parquet"})):
        size, digest = file_facts(folder / rel)
        resources.append({"name": "panel" if rel.endswith(".csv") else "panel-parquet",
                          "path": rel, **props, "title": schema["title"],
                          "title_vi": schema["title_vi"], "bytes": size, "hash": digest})
    desc = {
        "$schema": defaults["$schema"], "name": PANEL,
        "title": schema["title"], "title_vi": schema["title_vi"],
        "description": schema["description"], "description_vi": schema["description_vi"],
        "version": version, "created": released,
        "licenses": defaults.get("licenses", []),
        "contributors": defaults.get("contributors", []),
        # A path may not climb out of the package (v2 profile): only a public address.
        "sources": [{"title": f"{n} {v}",
                     **({"path": f"{url.rstrip('/')}/{n}/{v}/"} if url else {})}
                    for n, v in sources],
        "resources": resources,
    }
    if url:
        desc["homepage"] = f"{url.rstrip('/')}/{PANEL}/"
    return desc


def write_panel(published: Path, dataset_names: list[str]) -> str | None:
    """Bring ``published/panel/`` up to date with the newest version of every dataset in
    ``dataset_names``; return the new panel version, or None if the rows are unchanged
    (or there is no dataset). Call it under the publishing lock."""
    published = Path(published)
    if not dataset_names:
        return None
    panel_dir = published / PANEL
    panel_dir.mkdir(exist_ok=True)
    clean_stale(panel_dir)  # what a killed run left: staging folders, a half zip
    # The panel's versions are on record like a dataset's: checked (zips and latest/
    # restored from versions that check out) before a new one is built on them.
    newest, _ = ledger.check_before_publish(panel_dir)
    table, sources = _rows(published, dataset_names)
    previous = panel_dir / newest.version if newest else None
    level = "initial"
    if previous is not None:
        old = pq.read_table(previous / "data" / "panel.parquet")
        if old.schema.names == list(table.columns):
            found = change_level(old, table)
            if found is None:
                return None
            level = found
        else:
            level = "major"
    version = bump(previous.name if previous else None,
                   "patch" if level == "initial" else level)
    released = release_time(panel_dir, version)
    staging = panel_dir / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        write_csv(PANEL, table, staging / "data" / "panel.csv")
        write_parquet(PANEL, table, staging / "data" / "panel.parquet")
        desc = _descriptor(staging, version, released, sources)
        (staging / "datapackage.json").write_text(
            json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8",
            newline="\n")
        (staging / "README.md").write_text(README.format(
            version=version, rows=len(table), datasets=len(sources),
            sources=", ".join(f"`{n}` {v}" for n, v in sources)), encoding="utf-8",
            newline="\n")
        write_sha256sums(staging)
        zip_tmp = panel_dir / f".{PANEL}.zip.tmp"
        write_zip(staging, zip_tmp, f"{PANEL}-{version}")
        # The same steps as a dataset's version (solieu.publish): each survives a kill.
        ledger.stage(panel_dir, ledger.Entry(version, sha256_file(staging / "SHA256SUMS"),
                                             sha256_file(zip_tmp)))
        os.rename(zip_tmp, ledger.zip_path(panel_dir, version))
        record_release(panel_dir, version, released)
        os.rename(staging, panel_dir / version)
        ledger.commit(panel_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    replace_folder(panel_dir / version, panel_dir / "latest")
    return version


def change_level(old: pa.Table, table: pd.DataFrame) -> str | None:
    """What :func:`solieu.diff.diff_rows` of the old and new panel rows decides: None
    when no row is added, removed or changed, "minor" when one is added, else "patch";
    found without comparing every value where it can be.

    Rows are matched on the key (the n-th row of a key with the n-th), so a row is
    added exactly when a key has more rows than before, and removed when fewer: both
    are counts. With the same keys, a dataset now at another version has every row's
    ``version`` changed. Only when none of this decides (same keys, same versions,
    different bytes) are the rows compared one by one, as before."""
    new = pa.Table.from_pandas(table, schema=arrow_schema(PANEL), preserve_index=False)
    new = new.replace_schema_metadata(None)
    if old.schema == new.schema and new.equals(old):
        return None
    key = [k for k in row_key(PANEL, table_schema(PANEL)) if k in table.columns]
    counts = _key_counts(new, key).join(_key_counts(old, key), "key", join_type="full outer",
                                        left_suffix="_new", right_suffix="_old")
    more = pc.subtract(pc.fill_null(counts.column("n_new"), 0),
                       pc.fill_null(counts.column("n_old"), 0))
    if pc.any(pc.greater(more, 0)).as_py():
        return "minor"
    if pc.any(pc.less(more, 0)).as_py():
        return "patch"
    if _versions(old) != _versions(new):  # same keys: every row of that dataset changed
        return "patch"
    diff = diff_rows(PANEL, _plain(old.to_pandas()), _plain(table), table_schema(PANEL),
                     list(table.columns))
    return "patch" if diff["changed"] else None


def _key_counts(table: pa.Table, key: list[str]) -> pa.Table:
    """How many rows each key has, the key's columns joined into one text (a missing
    value and each separator kept apart by characters no text of a key holds), counted
    by Arrow: a panel of a million rows is never made into Python values."""
    parts = [pc.fill_null(pc.cast(table.column(k), pa.string()), "\x00") for k in key]
    joined = pc.binary_join_element_wise(*parts, "\x1f")
    return pa.table({"key": joined}).group_by("key").aggregate([([], "count_all")]) \
        .rename_columns(["key", "n"])


def _versions(table: pa.Table) -> set[tuple[str, str]]:
    """The (dataset, version) pairs of a panel's rows."""
    pairs = pa.table({"d": table.column("dataset"), "v": table.column("version")})
    unique = pairs.group_by(["d", "v"]).aggregate([])
    return set(zip(unique.column("d").to_pylist(), unique.column("v").to_pylist(), strict=True))


def _plain(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain values, missing as None, for comparing two versions."""
    return [{str(k): (None if v is None or v is pd.NA or (isinstance(v, float) and v != v)
                      else v) for k, v in row.items()}
            for row in df.astype(object).to_dict("records")]
