"""A version's CSV tables put together from the previous version's bytes.

A CSV row's bytes depend on that row alone (see :func:`solieu.package.csv_rows`), and
the rows of a report whose results did not change are the same in the next version
(what :func:`solieu.diff.diff_packages` trusts too). So when one report of thousands
changed, its rows are formatted and every other row's bytes are copied from the
previous version's file, in the order the new table has them: both tables are sorted
by the same primary key, so the rows of unchanged reports come in the same order in
both.

What makes that possible is kept in the state folder, per dataset and table: where
each row of the newest version's CSV begins (byte offsets) and whose report it is. The
record is used only while it describes that file: same version, the sha256 that
version's SHA256SUMS lists (the ledger check before publishing has read the file
against it), offsets running from the header to the file's end, the same reports in
the same order for the rows taken, and the first and last row of every run copied
equal, byte for byte, to that row formatted anew. Anything else and every row is
formatted; the bytes come out the same either way.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

COPY_BLOCK = 8 << 20  # bytes read at a time when copying a run of rows


@dataclass
class _Rows:
    """Where each row of one CSV file lies: row i is bytes offsets[i]:offsets[i+1]."""

    offsets: np.ndarray  # int64, rows + 1
    codes: np.ndarray  # int64, the source of each row: an index into names
    names: np.ndarray  # str, the source_ids (a table of 700,000 rows has 10,000)


@dataclass
class KeptCsv:
    """The rows of the newest version's CSV tables of one dataset, kept between runs
    under ``folder`` (None: nothing kept, every row formatted).

    ``previous``: the newest version's folder (None: there is none) and
    ``listed``: its SHA256SUMS (relative path -> sha256). ``changed``: the sources whose
    rows may differ from that version's (None: not known, so every row may). After a
    write, ``formatted``, ``copied`` and ``checked`` count rows of each table (for
    tests), and :meth:`save` keeps what the new version's files were written as."""

    folder: Path | None = None
    previous: Path | None = None
    listed: dict[str, str] = field(default_factory=dict)
    changed: set[str] | None = None
    formatted: dict[str, int] = field(default_factory=dict)
    copied: dict[str, int] = field(default_factory=dict)
    checked: dict[str, int] = field(default_factory=dict)  # rows formatted to check a run
    _written: dict[str, _Rows] = field(default_factory=dict)
    _copied_sources: dict[str, set[str]] = field(default_factory=dict)

    def _record(self, table: str, header: bytes) -> _Rows | None:
        """The kept rows of ``table`` in the previous version, if they describe its file."""
        if self.folder is None or self.previous is None or self.changed is None:
            return None
        try:
            meta = json.loads((self.folder / f"{table}.json").read_text("utf-8"))
            with np.load(self.folder / f"{table}.npz", allow_pickle=False) as kept:
                rows = _Rows(kept["offsets"].astype(np.int64), kept["codes"].astype(np.int64),
                             kept["names"].astype(str))
            path = self.previous / "data" / f"{table}.csv"
            size = path.stat().st_size
            with open(path, "rb") as f:
                head = f.read(len(header))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        rel = f"data/{table}.csv"
        sound = (
            meta.get("version") == self.previous.name
            and meta.get("sha256") == self.listed.get(rel)
            and head == header
            and rows.offsets.ndim == 1 and rows.codes.ndim == 1 and rows.names.ndim == 1
            and len(rows.offsets) == len(rows.codes) + 1
            and (not len(rows.codes) or 0 <= rows.codes.min() <= rows.codes.max() < len(rows.names))
            and rows.offsets[0] == len(header) and rows.offsets[-1] == size
            and bool(np.all(np.diff(rows.offsets) > 0))
        )
        return rows if sound else None

    def write(self, table: str, df: pd.DataFrame, path: Path, header: bytes,
              format_rows: Callable[[pd.DataFrame], Iterator[list[bytes]]]) -> None:
        """Write conformed ``df`` as CSV to ``path``: ``header``, then each row, copied
        from the previous version where its report did not change, else formatted by
        ``format_rows`` (which yields the bytes of each row, a batch at a time)."""
        sources = (df["source_id"].astype(object).to_numpy() if "source_id" in df.columns
                   else None)
        old = self._record(table, header) if sources is not None else None
        runs = self._runs(table, df, sources, old, format_rows) if old is not None else None
        lengths = np.empty(len(df), dtype=np.int64)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:
            out.write(header)
            if runs is None or old is None:
                position = 0
                for batch in format_rows(df):
                    out.write(b"".join(batch))
                    lengths[position:position + len(batch)] = [len(b) for b in batch]
                    position += len(batch)
                self.formatted[table], self.copied[table] = len(df), 0
            else:
                self._splice(table, df, out, old, runs, lengths, format_rows)
        if sources is not None:
            offsets = np.empty(len(df) + 1, dtype=np.int64)
            offsets[0] = len(header)
            np.cumsum(lengths, out=offsets[1:])
            offsets[1:] += len(header)
            codes, names = pd.factorize(sources)
            self._written[table] = _Rows(offsets, codes.astype(np.int64),
                                         np.asarray(names, dtype=str))

    def _old_file(self, table: str) -> Path:
        assert self.previous is not None
        return self.previous / "data" / f"{table}.csv"

    def _runs(self, table: str, df: pd.DataFrame, sources: np.ndarray | None, old: _Rows,
              format_rows: Callable[[pd.DataFrame], Iterator[list[bytes]]]
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(old row of each new row or -1, starts, ends of runs): rows copied that follow
        each other in both files are one run, a formatted row a run of its own. None if
        the kept rows cannot be used: other reports, or a run whose first or last row is
        not, byte for byte, the row formatted anew (the record is not that file's)."""
        plan = _plan(sources, old, self.changed) if sources is not None else None
        if plan is None:
            return None
        new_taken, old_taken = plan
        old_of = np.full(len(df), -1, dtype=np.int64)
        old_of[np.flatnonzero(new_taken)] = np.flatnonzero(old_taken)
        joined = np.zeros(len(df), dtype=bool)
        joined[1:] = new_taken[1:] & new_taken[:-1] & (old_of[1:] == old_of[:-1] + 1)
        starts = np.flatnonzero(~joined)
        ends = np.append(starts[1:], len(df))
        copied = old_of[starts] >= 0
        ends_of = np.unique(np.concatenate([starts[copied], ends[copied] - 1]))
        made = [b for batch in format_rows(df.iloc[ends_of]) for b in batch]
        self.checked[table] = len(ends_of)
        with open(self._old_file(table), "rb") as src:
            for row, line in zip(old_of[ends_of].tolist(), made, strict=True):
                start, end = int(old.offsets[row]), int(old.offsets[row + 1])
                src.seek(start)
                if end - start != len(line) or src.read(len(line)) != line:
                    return None
        return old_of, starts, ends

    def _splice(self, table: str, df: pd.DataFrame, out: Any, old: _Rows,
                runs: tuple[np.ndarray, np.ndarray, np.ndarray], lengths: np.ndarray,
                format_rows: Callable[[pd.DataFrame], Iterator[list[bytes]]]) -> None:
        old_of, starts, ends = runs
        fresh = np.flatnonzero(old_of < 0)
        made = [b for batch in format_rows(df.iloc[fresh]) for b in batch]
        lengths[fresh] = [len(b) for b in made]
        taken = np.flatnonzero(old_of >= 0)
        lengths[taken] = old.offsets[old_of[taken] + 1] - old.offsets[old_of[taken]]
        with open(self._old_file(table), "rb") as src:
            made_at = 0
            for i, j in zip(starts.tolist(), ends.tolist(), strict=True):
                if old_of[i] < 0:
                    out.write(made[made_at])
                    made_at += 1
                else:
                    _copy(src, out, int(old.offsets[old_of[i]]),
                          int(old.offsets[old_of[j - 1] + 1]))
        self.formatted[table], self.copied[table] = len(fresh), len(taken)
        self._copied_sources[table] = set(pd.unique(df["source_id"].to_numpy()[taken]))

    def trusted(self, descriptor: dict[str, Any]) -> frozenset[str]:
        """The sources whose rows in the sources and figures tables were copied from the
        previous version and whose text is its text, byte for byte, in a package with
        its checks.yaml (``descriptor``: the new package's): the reconciliation checks
        of one source's rows against its text (which blocked that version had they
        failed) hold for them as they did."""
        if self.previous is None:
            return frozenset()
        hashes = {r.get("path"): r.get("hash") for r in descriptor.get("resources", [])
                  if isinstance(r, dict)}

        def same(rel: str) -> bool:
            return rel in self.listed and hashes.get(rel) == f"sha256:{self.listed[rel]}"

        if not same("checks.yaml"):
            return frozenset()
        both = self._copied_sources.get("sources", set()) & self._copied_sources.get(
            "figures", set())
        return frozenset(sid for sid in both if same(f"data/sources/{sid}.txt"))

    def save(self, version: Path) -> None:
        """Keep where the rows of ``version`` (just published from what was written)
        lie, with the sha256 its SHA256SUMS lists for each file."""
        if self.folder is None:
            return
        text = (version / "SHA256SUMS").read_text(encoding="utf-8")
        listed = {rel: digest for digest, _, rel in
                  (line.partition("  ") for line in text.splitlines())}
        self.folder.mkdir(parents=True, exist_ok=True)
        for table, rows in self._written.items():
            digest = listed.get(f"data/{table}.csv")
            if digest is None:
                continue
            tmp = self.folder / f".{table}.npz.tmp-{os.getpid()}"
            with open(tmp, "wb") as f:
                np.savez(f, offsets=rows.offsets, codes=rows.codes, names=rows.names)
            os.replace(tmp, self.folder / f"{table}.npz")
            # The description last: a record whose .npz is another file's fails its checks.
            meta = self.folder / f"{table}.json"
            tmp = meta.with_name(f".{meta.name}.tmp-{os.getpid()}")
            tmp.write_text(json.dumps({"version": version.name, "sha256": digest}) + "\n",
                           encoding="utf-8")
            os.replace(tmp, meta)


def _plan(sources: np.ndarray, old: _Rows,
          changed: set[str] | None) -> tuple[np.ndarray, np.ndarray] | None:
    """Which new rows are copied and which old rows they are: those of unchanged
    sources, the same reports in the same order on both sides; None if they are not."""
    gone = list(changed or ())
    new_taken = ~pd.Series(sources).isin(gone).to_numpy()
    old_taken = ~pd.Series(old.names).isin(gone).to_numpy()[old.codes]
    if int(new_taken.sum()) != int(old_taken.sum()):
        return None
    # The same source in each pair of rows (compared as the old record's codes).
    code_of = pd.Series(np.arange(len(old.names)), index=pd.Index(old.names))
    if not code_of.index.is_unique:
        return None
    new_codes = pd.Series(sources[new_taken]).map(code_of).to_numpy(dtype="float64",
                                                                      na_value=-1)
    if not np.array_equal(new_codes, old.codes[old_taken]):
        return None
    return new_taken, old_taken


def _copy(src: Any, out: Any, start: int, end: int) -> None:
    src.seek(start)
    left = end - start
    while left > 0:
        block = src.read(min(COPY_BLOCK, left))
        if not block:
            raise OSError(f"{src.name}: ended before byte {end}")
        out.write(block)
        left -= len(block)
