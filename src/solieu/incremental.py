"""A dataset's run in proportion to what changed.

Three levels, cheapest first:

1. **Nothing changed**: the bytes of every file of ``raw/<dataset>/`` hash as they did
   at the last run, and so do the extractor, the indicator catalog and the package's
   code and schemas, and the version that run gave is still the newest on disk. Nothing
   is parsed: the files are read and hashed, and that is the run.
2. **Some reports changed**: only those are extracted and analysed
   (:func:`solieu.tables.analyse_sources`); the others' results are read back from the
   store. The dataset-wide work follows: concatenating, validating, comparing with the
   previous version, writing the new one.
3. The comparison with the previous version reads only the rows of the sources whose
   results or sidecars changed, when the last run's record says what the previous
   version was made from.

A report in which an indicator cannot be resolved is held back (left out of the
version, its reasons kept in the quarantine folder and in the run's summary); the
others publish.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from solieu import SCHEMAS
from solieu.analysis import analysis_version, figures_frame
from solieu.extract import extractor_version
from solieu.files import KnownHashes
from solieu.indicator_catalog import IndicatorCatalog
from solieu.matching import FigureRows
from solieu.package import sha256_file
from solieu.sources import Dataset, Source
from solieu.store import AssembledRows, BuildRecords, Counts, ReportStore, report_key
from solieu.table_check import CheckedResources
from solieu.tables import ReportRows, ReportTables, analyse_sources, assemble, load_result
from solieu.versions import version_folders


@cache
def package_version() -> str:
    """A hash of the package's code and schemas: what turns results into a version."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    files = [(f"code/{p.name}", p) for p in here.glob("*.py")]
    files += [(f"schemas/{p.relative_to(SCHEMAS).as_posix()}", p) for p in SCHEMAS.rglob("*")
              if p.is_file() and "__pycache__" not in p.parts]
    for name, path in sorted(files):
        h.update(name.encode("utf-8") + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _hash(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _source_hash(source: Source, versions: tuple[str, str]) -> str:
    """What a source's rows in the tables depend on: its results and its sidecar."""
    return _hash([report_key(source, *versions), source.meta])


@dataclass
class DatasetBuild:
    """A dataset made ready to publish."""

    dataset: Dataset  # as published: held-back sources left out
    tables: dict[str, pd.DataFrame]
    held_back: dict[str, list[str]]
    counts: Counts
    fingerprint: str  # of every input, taken before loading
    source_count: int  # sources in raw/, held back or not
    sources: dict[str, str] = field(default_factory=dict)  # published source -> its hash
    changed_sources: set[str] | None = None  # rows that may differ from the previous version
    held_results: dict[str, ReportTables] = field(default_factory=dict)
    # Resource descriptors validated before (their hashes, from the last run's record).
    checked: CheckedResources = field(default_factory=CheckedResources)
    rows: dict[str, int] = field(init=False)  # each table's rows, kept when the tables go

    def __post_init__(self) -> None:
        self.rows = {name: len(df) for name, df in self.tables.items()}

    def let_go(self) -> None:
        """Free the tables (once they are written: publishing reads them from its
        staging folder after that); their row counts stay in :attr:`rows`. Emptied in
        place, so that every holder of the build lets them go."""
        self.tables.clear()

    def without(self, reasons: dict[str, list[str]], again: DatasetBuild) -> DatasetBuild:
        """This build with the sources of ``reasons`` held back too; ``again``: the
        tables of the sources left, assembled again (this build's may be let go)."""
        gone = set(reasons)
        held = {**self.held_back, **{sid: list(r) for sid, r in reasons.items()}}
        changed = None if self.changed_sources is None else self.changed_sources | gone
        return replace(self, dataset=again.dataset, tables=again.tables, held_back=held,
                       sources={k: v for k, v in self.sources.items() if k not in gone},
                       changed_sources=changed)


class Incremental:
    """Per-report results and per-dataset records under ``state``."""

    def __init__(self, state: Path, indicator_catalog: IndicatorCatalog) -> None:
        self.store = ReportStore(Path(state) / "reports")
        self.records = BuildRecords(Path(state) / "datasets")
        self.catalog = indicator_catalog
        self.versions = extractor_version(), analysis_version(indicator_catalog)
        self.assembled: AssembledRows | None = None  # the last build's kept rows
        self.hashed = 0  # files of raw/ read by the last fingerprint (for tests)

    def fingerprint(self, folder: Path) -> str:
        """A hash of the bytes of every file of a dataset's raw folder, and of every
        other input (extractor, indicator catalog, the package's code and schemas). Take
        it before loading the folder, so that a file changed meanwhile is seen next time."""
        h = hashlib.sha256("\0".join([package_version(), *self.versions]).encode())
        folder = Path(folder)
        # A file as it was when last hashed is not read again (see KnownHashes).
        known = KnownHashes(self.records.root / f"{folder.name}.raw-hashes.json")
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                continue
            h.update(rel.as_posix().encode("utf-8") + b"\0")
            h.update(bytes.fromhex(known.sha256(path)))
        known.keep_used()
        known.save()
        self.hashed = known.hashed
        return h.hexdigest()

    def unchanged(self, name: str, fingerprint: str, published: Path) -> dict[str, Any] | None:
        """The last run's record of dataset ``name`` if its inputs hashed to
        ``fingerprint`` and its version is still the newest on disk (same SHA256SUMS)."""
        record = self.records.get(name)
        if not record or record.get("fingerprint") != fingerprint:
            return None
        return record if self._newest_is(name, record, published) else None

    def _newest_is(self, name: str, record: dict[str, Any], published: Path) -> bool:
        folders = version_folders(Path(published) / name)
        if not folders or folders[-1].name != record.get("version"):
            return False
        try:
            return sha256_file(folders[-1] / "SHA256SUMS") == record.get("sums")
        except OSError:
            return False

    def not_kept(self, sources: list[Source]) -> list[Source]:
        """The sources whose results are not kept yet (a file-exists check each)."""
        return [s for s in sources if not self.store.has(report_key(s, *self.versions))]

    def analyse(self, sources: list[Source], *, force: bool = False,
                extract: Callable[[Source], pd.DataFrame | FigureRows] | None = None) -> Counts:
        """Extract and analyse the sources whose results are not kept (all with ``force``)."""
        if extract is None:
            return analyse_sources(sources, self.catalog, self.store, force=force)
        return analyse_sources(sources, self.catalog, self.store, force=force, extract=extract)

    def build(self, dataset: Dataset, published: Path, fingerprint: str, *,
              force: bool = False, analysed: Counts | None = None) -> DatasetBuild:
        """The dataset's tables from its reports' results, made first where missing
        (unless ``analysed`` says a caller already did); ``fingerprint``: the dataset's
        :meth:`fingerprint`, taken before it was loaded."""
        counts = analysed if analysed is not None else self.analyse(dataset.sources, force=force)
        every = {s.source_id: _source_hash(s, self.versions) for s in dataset.sources}
        rows = AssembledRows(self.records.root, dataset.name)
        self.assembled = rows
        frame = _hash([package_version(), *self.versions])
        known = {} if force else rows.read(frame)

        def kept_rows(source: Source) -> ReportRows | None:
            found = known.pop(source.source_id, None)
            if found is None or found[0] != every[source.source_id]:
                return None
            rows.used += 1
            return ReportRows(found[1], found[2])

        def keep(figures: pa.Table, observations: pa.Table,
                 reports: list[tuple[Source, int, int]]) -> None:
            known.clear()  # the slices of the old files are copied in: let them go
            rows.write(frame, figures, observations,
                       [(s.source_id, every[s.source_id], f, o) for s, f, o in reports])

        assembly = assemble(dataset, lambda s: load_result(s, self.catalog, self.store),
                            self.catalog, kept_rows=kept_rows, keep=keep)
        hashes = {s.source_id: every[s.source_id] for s in assembly.dataset.sources}
        return DatasetBuild(assembly.dataset, assembly.tables, assembly.held_back, counts,
                            fingerprint, len(dataset.sources), hashes,
                            self._changed(dataset, hashes, published),
                            held_results=assembly.held_results,
                            checked=self._checked(dataset.name))

    def _changed(self, dataset: Dataset, hashes: dict[str, str],
                 published: Path) -> set[str] | None:
        """The sources whose rows may differ from the newest version's, if the last
        run's record says what that version was made from; else None (compare all)."""
        record = self.records.get(dataset.name)
        if not record or record.get("frame") != self._frame(dataset):
            return None
        if not self._newest_is(dataset.name, record, published):
            return None
        before: dict[str, str] = record.get("sources", {})
        return {sid for sid in before.keys() | hashes.keys() if before.get(sid) != hashes.get(sid)}

    def _checked(self, name: str) -> CheckedResources:
        """The resource descriptors of the dataset's last version, validated then."""
        record = self.records.get(name) or {}
        return CheckedResources(frozenset(record.get("resources_checked") or []))

    def _frame(self, dataset: Dataset) -> str:
        # Everything but the sources: a change here may touch every row.
        return _hash([dataset.name, dataset.meta, package_version(), *self.versions])

    def remember(self, build: DatasetBuild, status: str, version: str | None,
                 published: Path, warnings: list[str] | None = None) -> None:
        """Record what this run was made from and gave, when it left a version on disk
        (published, or up to date); a rejected or dry run records nothing, so the next
        run does it all again. ``warnings``: the sources' warnings, said again by every
        run that finds the dataset unchanged."""
        if status not in ("published", "up_to_date") or version is None:
            return
        folder = Path(published) / build.dataset.name / version
        self.records.put(build.dataset.name, {
            "fingerprint": build.fingerprint, "frame": self._frame(build.dataset),
            "version": version, "sums": sha256_file(folder / "SHA256SUMS"),
            "sources": build.sources, "source_count": build.source_count,
            "held_back": build.held_back, "warnings": list(warnings or []),
            "rows": build.rows,
            "resources_checked": sorted(build.checked.accepted or build.checked.known),
        })

    def quarantine(self, build: DatasetBuild, quarantine: Path) -> Path | None:
        """Write the held-back sources' reasons and figures to
        ``<quarantine>/<dataset>/<UTC time>-held-back/``; its path (None: none held back)."""
        if not build.held_back:
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = Path(quarantine) / build.dataset.name / f"{stamp}-held-back"
        if target.exists():
            target = target.with_name(f"{target.name}-{os.getpid()}")
        target.mkdir(parents=True)
        (target / "reasons.json").write_text(
            json.dumps(build.held_back, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for sid, result in build.held_results.items():
            figures_frame([result.figures]).to_csv(target / f"{sid}.figures.csv", index=False)
        return target
