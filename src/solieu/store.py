"""Results kept between runs, so that a run does work in proportion to what changed.

Two kinds of record live under the state folder (``Settings.state``):

- ``reports/<kk>/<key>.arrow``: one report's :class:`~solieu.analysis.ReportTables`,
  its figures as an Arrow IPC file with the resolutions in the file's metadata. The
  key is a hash of the source id, the text's sha256, the extractor's version and the
  analysis version: an entry is never changed, only written once under a new key.
- ``datasets/<name>.json``: what the last run of a dataset was made from (a hash of
  every input) and what it gave (the version, and the hash of its SHA256SUMS): a run
  whose inputs hash the same, with that version still the newest on disk, has nothing
  to do for the dataset.
- ``datasets/<name>.rows/``: the dataset's rows as its last build assembled them, one
  Arrow file per table (:class:`AssembledRows`): a run with one changed report takes the
  others' rows from here, in one read, instead of reading each report's results.

Why a file per report, in Arrow IPC, and not SQLite or DuckDB: reports are analysed in
parallel, in threads or in Dask worker processes, each writing its own result; with a
file each, writers never wait for one another or for a database lock, a result is
complete or absent (written beside, then renamed), and an entry is immutable, so a
crash leaves nothing to repair. Arrow IPC keeps the columns' types exactly and reads
back with no parsing (ten thousand reports read back in about a second), where
Parquet would decode and decompress each small file and a database would convert
every row to Python. Old entries are never needed again once their key is gone from
``raw/``; :meth:`ReportStore.prune` removes them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc

from solieu.analysis import ReportTables, resolutions_from_json, resolutions_json
from solieu.sources import Source

RESOLUTIONS_KEY = b"solieu.resolutions"


def report_key(source: Source, extractor_version: str, analysis_version: str) -> str:
    """The key of one report's results: its id, its text, its period (the period of its
    figures that state none), the extractor, the analysis."""
    text = "\0".join([source.source_id, source.sha256, str(source.meta.get("period")),
                      extractor_version, analysis_version])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Counts:
    """Per-report work of a run: results made now, and results read back."""

    computed: list[str] = field(default_factory=list)  # source ids
    reused: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.computed += other.computed
        self.reused += other.reused


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class ReportStore:
    """The per-report results under ``root`` (``<state>/reports``)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.loaded = 0  # results read back by this object (for tests and summaries)
        self.saved = 0  # results written

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.arrow"

    def has(self, key: str) -> bool:
        """Whether the results of ``key`` are kept (a stat, nothing read)."""
        return self.path(key).is_file()

    def load(self, key: str, source_id: str) -> ReportTables | None:
        """The results kept under ``key``, or None (none kept, or unreadable: made again)."""
        try:
            with pa.memory_map(str(self.path(key))) as f:
                table = ipc.open_file(f).read_all()
        except (FileNotFoundError, pa.ArrowInvalid, OSError):
            return None
        meta = table.schema.metadata or {}
        if RESOLUTIONS_KEY not in meta:
            return None
        resolutions = resolutions_from_json(meta[RESOLUTIONS_KEY].decode("utf-8"))
        self.loaded += 1
        return ReportTables(source_id, table.replace_schema_metadata(None), resolutions)

    def save(self, key: str, result: ReportTables) -> None:
        """Keep ``result`` under ``key`` (complete or not at all)."""
        table = result.figures.replace_schema_metadata(
            {RESOLUTIONS_KEY: resolutions_json(result).encode("utf-8")})
        sink = pa.BufferOutputStream()
        with ipc.new_file(sink, table.schema,
                          options=ipc.IpcWriteOptions(compression="lz4")) as writer:
            writer.write_table(table)
        _write_atomically(self.path(key), sink.getvalue().to_pybytes())
        self.saved += 1

    def prune(self, keep: set[str]) -> int:
        """Remove every entry whose key is not in ``keep``; the number removed."""
        removed = 0
        if not self.root.is_dir():
            return removed
        for path in self.root.glob("*/*.arrow"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


class BuildRecords:
    """What each dataset's last run was made from and gave (``<state>/datasets``)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def get(self, dataset: str) -> dict[str, Any] | None:
        try:
            data = json.loads((self.root / f"{dataset}.json").read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def put(self, dataset: str, record: dict[str, Any]) -> None:
        text = json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
        _write_atomically(self.root / f"{dataset}.json", text.encode("utf-8"))


class AssembledRows:
    """A dataset's rows as its last build assembled them (``<state>/datasets/<name>.rows/``:
    ``figures.arrow``, ``observations.arrow`` and ``index.json``), so that a run with
    one changed report reads one file instead of every report's results.

    The index lists, in table order, each report's id, the hash of what its rows depend
    on (its results' key and its sidecar) and its number of rows in both tables, under
    a ``frame`` (the code and versions that assembled them). A report is taken from here
    only when its hash is the same now: its rows are then what its results would give.
    Anything that does not add up (a file missing or cut short, rows of another report
    where the index says) and the whole is not used: every report is read again."""

    def __init__(self, root: Path, dataset: str) -> None:
        self.folder = Path(root) / f"{dataset}.rows"
        self.used = 0  # reports whose rows were taken from here (for tests and summaries)

    def read(self, frame: str) -> dict[str, tuple[str, pa.Table, pa.Table]]:
        """Report id -> (its hash, its figures, its observations); empty when nothing
        kept under ``frame`` can be used."""
        try:
            index = json.loads((self.folder / "index.json").read_text(encoding="utf-8"))
            tables = []
            for name in ("figures", "observations"):
                with pa.memory_map(str(self.folder / f"{name}.arrow")) as f:
                    tables.append(ipc.open_file(f).read_all())
        except (OSError, ValueError, pa.ArrowInvalid):
            return {}
        if not isinstance(index, dict) or index.get("frame") != frame:
            return {}
        figures, observations = tables
        out: dict[str, tuple[str, pa.Table, pa.Table]] = {}
        at = [0, 0]
        try:
            for sid, digest, n_figures, n_observations in index["reports"]:
                parts = []
                for i, (table, n) in enumerate(((figures, n_figures),
                                                (observations, n_observations))):
                    part = table.slice(at[i], n)
                    if part.num_rows != n or (n and not pc.all(pc.equal(
                            part.column("source_id"), sid)).as_py()):
                        return {}
                    parts.append(part)
                    at[i] += n
                out[sid] = (digest, parts[0], parts[1])
        except (KeyError, TypeError, ValueError, pa.ArrowInvalid):
            return {}
        if at != [figures.num_rows, observations.num_rows]:
            return {}
        return out

    def write(self, frame: str, figures: pa.Table, observations: pa.Table,
              reports: list[tuple[str, str, int, int]]) -> None:
        """Keep the rows of a build (``reports``: id, hash, rows in both, in order),
        replacing what was kept: a folder written beside, then swapped in."""
        tmp = self.folder.with_name(f".{self.folder.name}.{os.getpid()}.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for name, table in (("figures", figures), ("observations", observations)):
            with ipc.new_file(str(tmp / f"{name}.arrow"), table.schema) as writer:
                writer.write_table(table)
        (tmp / "index.json").write_text(json.dumps(
            {"frame": frame, "reports": [list(r) for r in reports]}), encoding="utf-8")
        old = self.folder.with_name(f".{self.folder.name}.{os.getpid()}.old")
        shutil.rmtree(old, ignore_errors=True)
        if self.folder.exists():
            os.rename(self.folder, old)
        os.rename(tmp, self.folder)
        shutil.rmtree(old, ignore_errors=True)
