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

import csv
import io
import json
import os
import shutil
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from solieu import ledger
from solieu.chunks import Deflated
from solieu.diff import diff_rows, row_key
from solieu.files import (
    KnownHashes,
    clean_stale,
    code_version,
    read_kept,
    replace_folder,
    write_kept,
    write_sha256sums,
    write_zip,
)
from solieu.package import (
    PANEL,
    PARQUET_FORMAT,
    arrow_schema,
    conform,
    csv_header,
    csv_rows,
    file_facts,
    package_defaults,
    sha256_file,
    table_schema,
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


def _observations(published: Path, name: str, version: str) -> pd.DataFrame:
    """One dataset's observations in ``version``, with the panel's columns."""
    obs = pq.read_table(published / name / version / "data" / "observations.parquet").to_pandas()
    for column in table_schema("observations")["fields"]:  # older versions lack some
        if column["name"] not in obs.columns:
            obs[column["name"]] = None
    obs.insert(0, "version", version)
    obs.insert(0, "dataset", name)
    return obs[[f["name"] for f in table_schema(PANEL)["fields"]]]


def _rows(published: Path, names: list[str]) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    frames, sources = [], []
    for name in names:
        newest = version_folders(published / name)[-1]
        frames.append(_observations(published, name, newest.name))
        sources.append((name, newest.name))
    fields = [f["name"] for f in table_schema(PANEL)["fields"]]
    table = (pd.concat([f for f in frames if len(f)], ignore_index=True)
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


def write_panel(published: Path, dataset_names: list[str], *,
                state: Path | None = None) -> str | None:
    """Bring ``published/panel/`` up to date with the newest version of every dataset in
    ``dataset_names``; return the new panel version, or None if the rows are unchanged
    (or there is no dataset). Call it under the publishing lock.

    ``state``: a folder where what the panel was made from is kept between runs (see
    :class:`Kept`): with the same datasets at the same versions nothing is read; with
    some at new versions, only their observations are read, and the panel's other rows
    are taken from its previous version (the CSV's bytes and the Parquet's rows of each
    unchanged dataset), giving the same bytes as a panel made from every dataset."""
    published = Path(published)
    if not dataset_names:
        return None
    panel_dir = published / PANEL
    panel_dir.mkdir(exist_ok=True)
    clean_stale(panel_dir)  # what a killed run left: staging folders, a half zip
    known = KnownHashes(state / "hashes" / f"{PANEL}.json" if state else None)
    # The panel's versions are on record like a dataset's: checked (zips and latest/
    # restored from versions that check out) before a new one is built on them.
    newest, _ = ledger.check_before_publish(panel_dir, sha256=known.sha256)
    known.save()
    kept = Kept(state / f"{PANEL}.json" if state else None, published)
    inputs = [(name, _newest(published, name)) for name in dataset_names]
    previous = panel_dir / newest.version if newest else None
    blocks = kept.blocks(newest, previous, known) if previous is not None else None
    if blocks is not None and [(n, v, sig) for n, v, sig, *_ in blocks] == \
            [(n, v, sig) for n, (v, sig) in inputs]:
        return None  # every dataset at the version the newest panel was made from
    sources = [(name, version) for name, (version, _) in inputs]
    arrow: pa.Table | pd.DataFrame
    if blocks is not None and previous is not None and newest is not None:
        made = _spliced(published, previous, inputs, blocks)
        if made is None:  # the same rows (a version restored, say): the same bytes
            kept.put(newest, [[n, v, sig, *b[3:]] for (n, (v, sig)), b
                              in zip(inputs, blocks, strict=True)])
            return None
        level, pieces, arrow = made
        rows = len(arrow)
    else:
        table, _ = _rows(published, dataset_names)
        level = "initial"
        if previous is not None:
            old = pq.read_table(previous / "data" / "panel.parquet")
            if old.schema.names == list(table.columns):
                found = change_level(old, table)
                if found is None:
                    _keep_full(kept, newest, inputs, table, previous, known)
                    return None
                level = found
            else:
                level = "major"
        pieces = _pieces(table, dataset_names)
        arrow = table
        rows = len(table)
    version = bump(previous.name if previous else None,
                   "patch" if level == "initial" else level)
    released = release_time(panel_dir, version)
    staging = panel_dir / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        spans = _write_csv(pieces, staging / "data" / "panel.csv",
                           previous / "data" / "panel.csv" if previous else None)
        if isinstance(arrow, pd.DataFrame):
            write_parquet(PANEL, arrow, staging / "data" / "panel.parquet")
        else:
            pq.write_table(arrow, staging / "data" / "panel.parquet", compression="snappy")
        del arrow
        desc = _descriptor(staging, version, released, sources)
        (staging / "datapackage.json").write_text(
            json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8",
            newline="\n")
        (staging / "README.md").write_text(README.format(
            version=version, rows=rows, datasets=len(sources),
            sources=", ".join(f"`{n}` {v}" for n, v in sources)), encoding="utf-8",
            newline="\n")
        sums_at = time.time_ns()
        write_sha256sums(staging)
        zip_tmp = panel_dir / f".{PANEL}.zip.tmp"
        zipped = Deflated(state / "deflated" / PANEL / "zip" if state else None)
        write_zip(staging, zip_tmp, f"{PANEL}-{version}", kept=zipped)
        zipped.keep_used()
        zipped_at = time.time_ns()
        # The same steps as a dataset's version (solieu.publish): each survives a kill.
        entry = ledger.Entry(version, sha256_file(staging / "SHA256SUMS"), sha256_file(zip_tmp))
        ledger.stage(panel_dir, entry)
        os.rename(zip_tmp, ledger.zip_path(panel_dir, version))
        record_release(panel_dir, version, released)
        os.rename(staging, panel_dir / version)
        ledger.commit(panel_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    replace_folder(panel_dir / version, panel_dir / "latest")
    folder = panel_dir / version
    for rel, digest in _listed(folder).items():
        known.record(folder / rel, digest, sums_at)
    known.record(folder / "SHA256SUMS", entry.sha256sums, zipped_at)
    known.record(ledger.zip_path(panel_dir, version), entry.zip, zipped_at)
    known.keep_only([*(folder / rel for rel in _listed(folder)),
                     *(v / "SHA256SUMS" for v in version_folders(panel_dir)),
                     *(ledger.zip_path(panel_dir, v.name) for v in version_folders(panel_dir))])
    known.save()
    kept.put(entry, [[n, v, sig, *span] for (n, (v, sig)), span
                     in zip(inputs, spans, strict=True)])
    return version


class Kept:
    """What the newest panel was made from, kept in the state folder: its version and
    the hash of its SHA256SUMS, and for each dataset, in order, [name, version, the
    signature of that version's SHA256SUMS, rows, start byte in panel.csv, bytes],
    with the code that made it and the published folder it is of."""

    def __init__(self, path: Path | None, published: Path) -> None:
        self.path = path
        self.where = str(Path(published).resolve())

    def blocks(self, newest: ledger.Entry | None, previous: Path,
               known: KnownHashes) -> list[list[Any]] | None:
        """The kept blocks, if they describe the newest panel on disk (checked against
        the ledger just before); else None."""
        record = read_kept(self.path)
        if newest is None or record.get("published") != self.where \
                or record.get("code") != code_version() \
                or record.get("version") != newest.version \
                or record.get("sums") != newest.sha256sums:
            return None
        blocks = record.get("blocks")
        if not isinstance(blocks, list) or not all(
                isinstance(b, list) and len(b) == 6 for b in blocks):
            return None
        csv_path = previous / "data" / "panel.csv"
        size = len(csv_header(PANEL)) + sum(int(b[5]) for b in blocks)
        at = len(csv_header(PANEL))
        for b in blocks:  # each after the last, with nothing between
            if b[4] != at:
                return None
            at += b[5]
        if not csv_path.is_file() or csv_path.stat().st_size != size:
            return None
        try:
            rows = pq.read_metadata(previous / "data" / "panel.parquet").num_rows
        except (OSError, ValueError):
            return None
        return blocks if rows == sum(int(b[3]) for b in blocks) else None

    def put(self, entry: ledger.Entry, blocks: list[list[Any]]) -> None:
        """Keep what the panel ``entry`` was made from."""
        write_kept(self.path, {"published": self.where, "code": code_version(),
                               "version": entry.version, "sums": entry.sha256sums,
                               "blocks": blocks})


def _keep_full(kept: Kept, newest: ledger.Entry | None, inputs: list[Any],
               table: pd.DataFrame, previous: Path, known: KnownHashes) -> None:
    """Keep what the newest panel was made from, found the same as ``table`` (made from
    every dataset): each dataset's rows measured as the CSV would hold them."""
    if newest is None or kept.path is None:
        return
    at = len(csv_header(PANEL))
    blocks = []
    for (name, (version, sig)), (_, piece) in zip(
            inputs, _pieces(table, [n for n, _ in inputs]), strict=True):
        assert isinstance(piece, pd.DataFrame)
        length = sum(len(chunk) for chunk in csv_rows(PANEL, piece))
        blocks.append([name, version, sig, len(piece), at, length])
        at += length
    if (previous / "data" / "panel.csv").stat().st_size == at:
        kept.put(newest, blocks)


Signature = list[int]  # a version's SHA256SUMS as the file system says it is


def _newest(published: Path, name: str) -> tuple[str, Signature]:
    """A dataset's newest version, and its SHA256SUMS's device, inode, size, mtime and
    ctime: a version is never changed (the ledger checks it), so the same file there
    means the same rows; a version restored or replaced has another."""
    folder = version_folders(published / name)[-1]
    st = os.stat(folder / "SHA256SUMS")
    return folder.name, [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _listed(version: Path) -> dict[str, str]:
    text = (version / "SHA256SUMS").read_text(encoding="utf-8")
    return {rel: digest for digest, _, rel in (line.partition("  ") for line in text.splitlines())}


@dataclass(frozen=True)
class Made:
    """A dataset's rows as the panel's CSV bytes, made from its version's CSV."""

    data: bytes | memoryview
    rows: int


# A dataset's rows: new ones, made ones, or (start byte, bytes, rows) of the previous
# panel's CSV.
Piece = tuple[str, pd.DataFrame | Made | tuple[int, int, int]]


def _made_rows(published: Path, name: str, version: str, rows: int) -> Made | None:
    """The panel's CSV rows of a dataset's version from its observations.csv, nothing
    formatted again: a panel row is the dataset and version, then the observation's
    row (the same fields, types and order: see :func:`_same_fields`), and the panel
    keeps a dataset's rows in the order of its version's (sorted on the same key).
    None where the file is not of that form (an older header, a line break in a value)."""
    if not _same_fields():
        return None
    header = csv_header("observations")
    path = published / name / version / "data" / "observations.csv"
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(header):
        return None
    # One line end per row, none inside a value.
    if data.count(b"\n", len(header)) != rows or (rows and not data.endswith(b"\r\n")):
        return None
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerow([name, version])
    prefix = out.getvalue()[:-2].encode("utf-8") + b","
    # After every line end (the header's too) the prefix: a view of that without the
    # header and the prefix after the last row (no copy of a large file's bytes).
    made = data.replace(b"\r\n", b"\r\n" + prefix)
    del data
    return Made(memoryview(made)[len(header):len(made) - len(prefix)], rows)


@cache
def _same_fields() -> bool:
    """Whether the panel's fields are "dataset", "version" and then the observations'
    fields, with the same names and types (what a cell's text depends on), and its
    header that of the observations after those two."""
    panel = [(f["name"], f["type"]) for f in table_schema(PANEL)["fields"]]
    observations = [(f["name"], f["type"]) for f in table_schema("observations")["fields"]]
    return (panel[:2] == [("dataset", "string"), ("version", "string")]
            and panel[2:] == observations
            and csv_header(PANEL) == b"dataset,version," + csv_header("observations"))


def _pieces(table: pd.DataFrame, names: list[str]) -> list[Piece]:
    """A conformed panel cut into each dataset's rows (sorted by dataset first, so each
    dataset's rows are together, in the order of ``names``)."""
    datasets = table["dataset"].astype(object).to_numpy()
    pieces: list[Piece] = []
    at = 0
    for name in names:
        end = at
        while end < len(datasets) and datasets[end] == name:
            end += 1
        pieces.append((name, table.iloc[at:end]))
        at = end
    if at != len(table):
        raise ValueError("panel rows out of dataset order")
    return pieces


def _write_csv(pieces: list[Piece], path: Path, old: Path | None) -> list[list[int]]:
    """The panel's CSV from its pieces (new rows formatted, old ones copied as bytes
    from ``old``); each piece's [rows, start byte, bytes]."""
    path.parent.mkdir(parents=True, exist_ok=True)
    spans = []
    with open(path, "wb") as f:
        f.write(csv_header(PANEL))
        source = open(old, "rb") if old is not None else None  # noqa: SIM115
        try:
            for _, piece in pieces:
                start = f.tell()
                if isinstance(piece, pd.DataFrame):
                    for chunk in csv_rows(PANEL, piece):
                        f.write(chunk)
                    count = len(piece)
                elif isinstance(piece, Made):
                    f.write(piece.data)
                    count = piece.rows
                else:
                    assert source is not None
                    offset, length, count = piece
                    source.seek(offset)
                    left = length
                    while left:
                        chunk = source.read(min(left, 1 << 22))
                        if not chunk:
                            raise OSError(f"{old}: shorter than the panel's record says")
                        f.write(chunk)
                        left -= len(chunk)
                spans.append([count, start, f.tell() - start])
        finally:
            if source is not None:
                source.close()
    return spans


def _spliced(published: Path, previous: Path, inputs: list[tuple[str, tuple[str, Signature]]],
             blocks: list[list[Any]],
             ) -> tuple[str, list[Piece], pa.Table | pd.DataFrame] | None:
    """The new panel from the previous one and the datasets that changed: the change
    level (None: the rows are the same), the CSV's pieces and the Arrow table."""
    old_at = {b[0]: b for b in blocks}
    old = pq.read_table(previous / "data" / "panel.parquet")
    schema = arrow_schema(PANEL)
    if old.schema.remove_metadata() != schema.remove_metadata():  # other columns
        return ("major", *_full_pieces(published, [n for n, _ in inputs]))
    row_at, at = {}, 0
    for b in blocks:
        row_at[b[0]] = at
        at += b[3]
    assert at == old.num_rows  # Kept.blocks checked it
    parts, gone, came = [], [], []
    pieces: list[Piece] = []
    for name, (version, sig) in inputs:
        was = old_at.get(name)
        if was is not None and was[1] == version and was[2] == sig:
            parts.append(old.slice(row_at[name], was[3]))
            pieces.append((name, (was[4], was[5], was[3])))
            continue
        new = conform(PANEL, _observations(published, name, version))
        came.append(new)
        parts.append(pa.Table.from_pandas(new, schema=schema, preserve_index=False)
                     .replace_schema_metadata(None))
        pieces.append((name, _made_rows(published, name, version, len(new)) or new))
        if was is not None:
            gone.append(old.slice(row_at[name], was[3]))
    names = {n for n, _ in inputs}
    gone += [old.slice(row_at[b[0]], b[3]) for b in blocks if b[0] not in names]
    before = (pa.concat_tables(gone) if gone else old.slice(0, 0))
    fields = [f["name"] for f in table_schema(PANEL)["fields"]]
    after = (conform(PANEL, pd.concat(came, ignore_index=True)) if came
             else conform(PANEL, pd.DataFrame(columns=fields)))
    level = change_level(before, after)
    if level is None:
        return None
    table = pa.concat_tables(parts).combine_chunks() if parts else old.slice(0, 0)
    return level, pieces, table


def _full_pieces(published: Path, names: list[str]) -> tuple[list[Piece], pd.DataFrame]:
    table, _ = _rows(published, names)
    return _pieces(table, names), table


def change_level(old: pa.Table, table: pd.DataFrame) -> str | None:
    """What :func:`solieu.diff.diff_rows` of the old and new panel rows decides: None
    when no row is added, removed or changed, "minor" when one is added, else "patch";
    found without comparing every value where it can be.

    Rows are matched on the key (the n-th row of a key with the n-th), so a row is
    added exactly when a key has more rows than before, and removed when fewer: both
    are counts. With the same keys, a dataset now at another version has every row's
    ``version`` changed. Only when this does not decide (same keys, same versions) is
    the new panel made an Arrow table and compared with the old: the same (None), or
    row by row."""
    schema = arrow_schema(PANEL)
    key = [k for k in row_key(PANEL, table_schema(PANEL)) if k in table.columns]
    _, more = _more_rows(old, table, key)
    if (more > 0).any():
        return "minor"
    if (more < 0).any():
        return "patch"
    pairs = table[["dataset", "version"]].drop_duplicates()
    if _versions(old) != set(zip(pairs["dataset"], pairs["version"], strict=True)):
        return "patch"  # same keys: every row of that dataset changed
    new = pa.Table.from_pandas(table, schema=schema, preserve_index=False)
    new = new.replace_schema_metadata(None)
    if old.schema == new.schema and new.equals(old):
        return None
    diff = diff_rows(PANEL, old, new, table_schema(PANEL), list(table.columns))
    return "patch" if diff["changed"] else None


def _more_rows(old: pa.Table, new: pa.Table | pd.DataFrame, key: list[str],
               ) -> tuple[np.ndarray, np.ndarray]:
    """How many more rows each key has in ``new`` than in ``old`` (negative: fewer),
    and for each key the index of one of its rows (those of ``new`` first, then those
    of ``old``). Counted on the key's columns (a missing value is a value of its own,
    as in :func:`solieu.diff.diff_rows`), one column at a time: its values numbered
    (one dictionary for both sides) and a row's numbers combined into its key's. A
    panel of a million rows is never made into Python values, nor its keys into
    texts, and the counting holds a few integers per row."""
    def column(table: pa.Table | pd.DataFrame, name: str) -> pa.ChunkedArray:
        if isinstance(table, pd.DataFrame):  # only this column made Arrow
            field = arrow_schema(PANEL).field(name)
            return pa.chunked_array([pa.Array.from_pandas(table[name], type=field.type)])
        col = table.column(name)
        return col.cast(col.type.value_type) if pa.types.is_dictionary(col.type) else col

    rows = len(new) + len(old)
    group = np.zeros(rows, np.int64)
    for name in key:
        x, y = column(old, name), column(new, name)
        if x.type != y.type:  # compare as texts
            x, y = pc.cast(x, pa.string()), pc.cast(y, pa.string())
        # One hash table over both sides' chunks: every chunk's numbers index the
        # dictionary of the last.
        numbered = pc.dictionary_encode(pa.chunked_array(y.chunks + x.chunks, y.type),
                                        null_encoding="encode").chunks
        del x, y
        if not numbered:
            break
        values = len(numbered[-1].dictionary)
        codes = np.concatenate([c.indices.to_numpy(zero_copy_only=False) for c in numbered])
        del numbered
        # both factors are at most the number of rows: no overflow
        combined = pc.dictionary_encode(pa.array(group * values + codes))
        group = combined.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    _, first = np.unique(group, return_index=True)  # groups numbered 0, 1, ... in order
    more = (np.bincount(group[:len(new)], minlength=len(first))
            - np.bincount(group[len(new):], minlength=len(first)))
    return first, more


def _versions(table: pa.Table) -> set[tuple[str, str]]:
    """The (dataset, version) pairs of a panel's rows."""
    pairs = pa.table({"d": table.column("dataset"), "v": table.column("version")})
    unique = pairs.group_by(["d", "v"]).aggregate([])
    return set(zip(unique.column("d").to_pylist(), unique.column("v").to_pylist(), strict=True))
