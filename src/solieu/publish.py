"""Publishing: immutable, versioned data packages in the open-data folder.

``publish()`` turns the tables of one dataset into ``published/<dataset>/<X.Y.Z>/``:

1. under a lock (one publisher at a time), stale staging folders of killed runs go, and
   the versions on disk are checked against the ledger (:mod:`solieu.ledger`): a missing
   or damaged version stops the run, nothing is built on it and no number is reused;
2. the package is written into ``published/<dataset>/.staging-<pid>/`` and validated;
   invalid output moves to the quarantine folder (outside ``published/``) and nothing
   is published;
3. its content (tables read back from Parquet, schemas, metadata) is compared with the
   latest version: the comparison decides the version number, or "up to date";
4. changes.json, CHANGELOG.md, README.md, CITATION.cff, SHA256SUMS and the zip are
   written, the ledger with the new line is staged beside the old one, the zip is put in
   place, then one ``os.rename`` puts the version in place (it is complete or absent)
   and one more the ledger;
5. only then ``latest/`` (a full copy whose files are hard links to the version's,
   swapped in one step), catalog.json and
   index.html are brought up to date. They are derived from what is on disk, so a run
   killed between 4 and 5 is repaired by the next one.

Nothing written depends on the clock: the same input gives byte-identical files.

Given a ``state`` folder (the pipeline's ``<state>/publishing/``), publishing keeps what
it learnt between runs, so that a run reads again only what changed, and every file
comes out as made from scratch: the hashes of published and raw files while they are
as they were (:class:`solieu.files.KnownHashes`: device, inode, size, mtime and ctime),
each source's warnings under the sha256 of its text (:mod:`solieu.unreadable`), the
rows of each dataset in the panel (:class:`solieu.panel.Kept`), each dataset's
catalog entry (:class:`solieu.catalog.KeptEntries`) and where each row of the newest
version's CSV tables lies, so that the rows of unchanged reports are copied into the
next version, not formatted again (:class:`solieu.splice.KeptCsv`), and the deflated
pieces of the workbook's sheets, so that only the rows of changed reports are deflated
again (:class:`solieu.chunks.Deflated`). Anything kept that does not
describe what is on disk is not used; deleting the folder costs one slower run.

Version numbers: :mod:`solieu.versions`; the comparison and changes.json:
:mod:`solieu.diff`; the file operations: :mod:`solieu.files`; checking the result:
:mod:`solieu.verify`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from solieu import SCHEMAS, ledger
from solieu.catalog import dataset_dirs, write_catalog
from solieu.chunks import Deflated
from solieu.diff import diff_packages
from solieu.docs import (
    changelog_entry,
    citation_of,
    render_changelog,
    render_citation,
    render_readme,
)
from solieu.files import (
    Checkpoint,
    KnownHashes,
    clean_stale,
    disk_error,
    no_checkpoint,
    publishing_lock,
    replace_folder,
    write_sha256sums,
    write_zip,
)
from solieu.package import (
    dumps,
    plain_value,
    read_descriptor,
    read_rows,
    sha256_file,
    table_schemas,
)
from solieu.panel import write_panel
from solieu.releases import read_releases, record_release, release_time
from solieu.sources import Dataset
from solieu.splice import KeptCsv
from solieu.spreadsheet import write_workbook
from solieu.table_check import CheckedResources
from solieu.unreadable import dataset_warnings
from solieu.versions import bump, version_folders

__all__ = ["PublishResult", "large", "publish", "refresh", "release_memory", "update_catalog"]


@dataclass
class PublishResult:
    """What ``publish`` did: status is published, up_to_date, rejected or dry_run."""

    status: str
    version: str | None
    path: Path | None
    changes: dict[str, Any] = field(default_factory=dict)
    report: Any = None
    summary: str = ""
    unused_note: str | None = None  # a release note given to a run that published nothing
    notes: list[str] = field(default_factory=list)  # what was restored before publishing
    warnings: list[str] = field(default_factory=list)  # the sources' (also in notes)


# ---------------------------------------------------------------------------------


def _place_latest(published: Path, dataset_dir: Path, newest: Path,
                  checkpoint: Checkpoint, derived: bool, state: Path | None) -> None:
    """Make latest/ a copy of the version just published, then rewrite the panel and
    the catalog (if ``derived``)."""
    replace_folder(newest, dataset_dir / "latest", checkpoint)
    checkpoint("latest_swapped")
    if derived:
        _derived(published, checkpoint, state)


def _derived(published: Path, checkpoint: Checkpoint, state: Path | None = None) -> None:
    """The panel and the catalog, rewritten from what is on disk (``state``: where what
    they were made from is kept between runs, so that unchanged datasets are not read)."""
    write_panel(published, [d.name for d in dataset_dirs(published)], state=state)
    write_catalog(published, state=state)
    checkpoint("catalog_written")


def known_hashes(state: Path | None, name: str) -> KnownHashes:
    """The kept hashes of the files of ``published/<name>/`` (in memory only, without
    a state folder)."""
    return KnownHashes(state / "hashes" / f"{name}.json" if state else None)


def refresh(published: Path, name: str, lock_timeout: float = 600, *,
            dry_run: bool = False, state: Path | None = None) -> list[str]:
    """What ``publish`` does when nothing changed, for a dataset found unchanged before
    it was even loaded: under the publishing lock, its versions are checked against the
    ledger (cheaply: each version's SHA256SUMS, the zips' presence, latest/'s
    SHA256SUMS), a missing zip or a stale latest/ rebuilt from a version that checks
    out, and the catalog rewritten if anything was. Returns what was restored; raises
    :class:`solieu.ledger.LedgerError` when a version is not what was published. With
    ``dry_run`` nothing is written: what would be restored is said. ``state``: where
    the hashes of files read before are kept (:class:`solieu.files.KnownHashes`)."""
    dataset_dir = Path(published) / name
    if not dataset_dir.is_dir():
        return []
    try:
        with publishing_lock(Path(published), lock_timeout):
            clean_stale(dataset_dir)
            known = known_hashes(state, name)
            _, notes = ledger.check_before_publish(dataset_dir, fix=not dry_run,
                                                   thorough=False, sha256=known.sha256)
            known.save()
            if notes and not dry_run:
                _derived(Path(published), no_checkpoint, state)
            return notes
    except (OSError, shutil.Error) as exc:
        raise disk_error(exc, f"checking {name}", dataset_dir) from None


# Below this many figures a dataset's steps allocate tens of MiB and set no peak:
# handing memory back (a full garbage collection, about 35 ms) would cost more than it saves.
LARGE_TABLES = 100_000


def large(tables: dict[str, Any]) -> bool:
    """Whether ``tables`` are large enough for :func:`release_memory` to pay."""
    return len(tables.get("figures", ())) >= LARGE_TABLES


def release_memory(worth_it: bool = True) -> None:
    """Hand memory freed by the step just done back to the system before the next one
    (nothing unless ``worth_it``: see :func:`large`).

    Each step of publishing (conforming and writing the tables, validating, the
    workbook, the zip) allocates hundreds of MiB for a large dataset and frees them on
    return, but the allocators (the C library's, Arrow's) keep freed pages for reuse,
    so the next step's allocations come on top of them and the run's peak grows with
    every step. Returning them sets each step's peak on what is really held. Changes
    no byte written; costs tens of milliseconds."""
    if not worth_it:
        return
    gc.collect()
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _malloc_trim() -> Any:
    """glibc's ``malloc_trim``, or None where there is none (another C library)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def _write_package(dataset: Dataset, tables: dict[str, Any], folder: Path,
                   schemas: Path, kept: KeptCsv | None = None) -> None:
    from solieu.package import write_package

    # The version is not known until the content is compared with the last one: a
    # placeholder keeps its place in datapackage.json, and _finish fills it in.
    meta = {**dataset.meta, "name": dataset.name, "version": "0.0.0"}
    # The originals travel with the data only where dataset.yaml says their licence allows.
    originals = ({s.source_id: s.path for s in dataset.sources}
                 if dataset.meta.get("redistribute_originals") else {})
    write_package(tables, folder, meta, texts={s.source_id: s.text for s in dataset.sources},
                  schemas=schemas, originals=originals, kept=kept)


def kept_csv(state: Path | None, dataset_dir: Path, newest: ledger.Entry | None,
             changed_sources: set[str] | None) -> KeptCsv:
    """Where the rows of the newest version's CSV tables lie, kept under ``state``
    (see :mod:`solieu.splice`), for a version made from ``changed_sources``."""
    previous = dataset_dir / newest.version if newest else None
    return KeptCsv(state / "csv" / dataset_dir.name if state else None, previous,
                   _listed(previous) if previous and state else {}, changed_sources)


def _validate(folder: Path, checked: CheckedResources | None = None,
              kept: KeptCsv | None = None) -> Any:
    from solieu.validate import validate_package

    trusted = kept.trusted(read_descriptor(folder)) if kept is not None else frozenset()
    return validate_package(folder, checked, trusted)


def publish(
    dataset: Dataset,
    tables: dict[str, Any],
    published: Path,
    *,
    quarantine: Path | None = None,
    release_note: str | None = None,
    dry_run: bool = False,
    lock_timeout: float = 600,
    checkpoint: Checkpoint = no_checkpoint,
    schemas: Path = SCHEMAS,
    changed_sources: set[str] | None = None,
    derived: bool = True,
    checked: CheckedResources | None = None,
    state: Path | None = None,
    staged: Callable[[], None] | None = None,
) -> PublishResult:
    """Publish ``tables`` of ``dataset`` as the next version in ``published/<dataset>/``.

    Returns status ``published`` (a new version), ``up_to_date`` (same content as the
    latest version: nothing written), ``rejected`` (validation failed: the output and its
    report are in ``<quarantine>/<dataset>/<UTC time>/``; ``quarantine`` defaults to
    ``quarantine/`` beside ``published/``) or ``dry_run`` (built and compared, not kept).
    ``lock_timeout``: seconds to wait for another publisher before giving up.
    ``checkpoint`` is called at each step (see ``solieu.files.Checkpoint``). ``schemas``:
    the folder of package.yaml and checks.yaml (default: the installed ones).
    ``changed_sources``: if known, the sources whose rows may differ from the latest
    version's (see :func:`solieu.diff.diff_packages`); the others' rows are not compared.
    ``derived``: rewrite the panel and the catalog afterwards; a run that publishes many
    datasets passes False and calls :func:`update_catalog` once, at its end (each
    rewrite reads every dataset: once per dataset, a run would grow with their square).
    ``checked``: resource descriptors validated before, kept by the caller between runs
    (:class:`solieu.table_check.CheckedResources`); filled in with this version's.
    ``state``: a folder where publishing keeps what it learnt between runs (the hashes
    of published files, each source's warnings, what the panel and the catalog were
    made from), so that a run does not read again what did not change; None keeps
    nothing. ``staged``: called once the tables are written to the staging folder, from
    which publishing reads them from then on: a caller may let them go there.
    """
    try:
        return _publish(dataset, tables, Path(published), quarantine, release_note, dry_run,
                        lock_timeout, checkpoint, schemas, changed_sources, derived, checked,
                        Path(state) if state else None, staged)
    except (OSError, shutil.Error) as exc:
        raise disk_error(exc, f"publishing {dataset.name}", Path(published) / dataset.name) from None


def _publish(
    dataset: Dataset, tables: dict[str, Any], published: Path, quarantine: Path | None,
    release_note: str | None, dry_run: bool, lock_timeout: float, checkpoint: Checkpoint,
    schemas: Path, changed_sources: set[str] | None, derived: bool,
    checked: CheckedResources | None, state: Path | None,
    staged: Callable[[], None] | None,
) -> PublishResult:
    dataset_dir = published / dataset.name
    dataset_dir.mkdir(parents=True, exist_ok=True)
    with publishing_lock(published, lock_timeout):
        checkpoint("locked")
        clean_stale(dataset_dir)
        try:
            known = known_hashes(state, dataset.name)
            newest, notes = ledger.check_before_publish(dataset_dir, checkpoint, fix=not dry_run,
                                                        sha256=known.sha256)
            known.save()
            result = _publish_locked(dataset, tables, published, dataset_dir, quarantine,
                                     release_note, dry_run, checkpoint, schemas, newest,
                                     changed_sources, derived, checked, state, known, staged)
            # Said with the outcome, whatever it is: a typo in a number silently costs an
            # indicator its observation otherwise.
            result.warnings = dataset_warnings(
                dataset, kept=state / "warnings" / f"{dataset.name}.json" if state else None)
            notes += result.warnings
            result.notes = notes
            if notes:
                result.summary = " ".join([result.summary, *notes])
            return result
        finally:  # after an error (bad tables, say): leave no staging behind
            shutil.rmtree(_staging(dataset_dir), ignore_errors=True)
            (dataset_dir / f".{dataset.name}.zip.tmp").unlink(missing_ok=True)


def _staging(dataset_dir: Path) -> Path:
    return dataset_dir / f".staging-{os.getpid()}"


def update_catalog(published: Path, lock_timeout: float = 600, *,
                   state: Path | None = None) -> None:
    """Bring the panel up to date and rewrite ``published/catalog.json`` and
    ``index.html`` from what is on disk (under the publishing lock): what ``publish``
    does after every version unless told not to, once for a whole run. ``state``: as
    for :func:`publish`."""
    with publishing_lock(Path(published), lock_timeout):
        _derived(Path(published), no_checkpoint, Path(state) if state else None)


def _publish_locked(
    dataset: Dataset, tables: dict[str, Any], published: Path, dataset_dir: Path,
    quarantine: Path | None, release_note: str | None, dry_run: bool, checkpoint: Checkpoint,
    schemas: Path, newest: ledger.Entry | None, changed_sources: set[str] | None,
    derived: bool, checked: CheckedResources | None, state: Path | None,
    known: KnownHashes, staged: Callable[[], None] | None,
) -> PublishResult:
    staging = _staging(dataset_dir)
    big = large(tables)  # whether to hand freed memory back between the steps
    kept = kept_csv(state, dataset_dir, newest, changed_sources)
    _write_package(dataset, tables, staging, schemas, kept)
    checkpoint("staged")
    if staged is not None:
        staged()
    release_memory(big)  # the tables' conformed copy, and the tables if let go
    report = _validate(staging, checked, kept)
    release_memory(big)  # what frictionless and the row checks read
    (staging / "validation.json").write_text(_report_json(report), encoding="utf-8")
    if not report.valid:
        root = Path(quarantine) if quarantine else published.resolve().parent / "quarantine"
        target = root / dataset.name / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target = target.with_name(f"{target.name}-{os.getpid()}")
        shutil.move(staging, target)
        summary = (f"{dataset.name}: rejected, {report.errors} validation error(s); nothing "
                   f"published. Output and report: {target}")
        return PublishResult("rejected", None, target, {}, report, summary)

    previous = dataset_dir / newest.version if newest else None
    changes = diff_packages(previous, staging, changed_sources)
    release_memory(big)
    if changes["level"] == "none":
        shutil.rmtree(staging)
        if derived and not dry_run:
            _derived(published, checkpoint, state)
        unused = (f" The release note was not used: {release_note!r}." if release_note
                  else "")
        return PublishResult("up_to_date", previous.name if previous else None, previous,
                             changes, report, f"{dataset.name}: up to date "
                             f"({previous.name if previous else '-'}); nothing published."
                             + unused, unused_note=release_note or None)
    level = "patch" if changes["level"] == "initial" else changes["level"]
    version = bump(previous.name if previous else None, level)
    changes = {"dataset": dataset.name, "version": version,
               "previous_version": previous.name if previous else None,
               "release_note": release_note, **changes}
    summary = _summary(changes)
    if dry_run:
        shutil.rmtree(staging)
        return PublishResult("dry_run", version, None, changes, report,
                             f"{summary} (dry run: nothing written)")

    released = release_time(dataset_dir, version)
    sums_at = _finish(staging, dataset, version, changes, released, big, state)
    checkpoint("finished")
    zip_tmp = dataset_dir / f".{dataset.name}.zip.tmp"
    before = (previous, ledger.zip_path(dataset_dir, previous.name),
              f"{dataset.name}-{previous.name}") if previous else None
    zipped = Deflated(state / "deflated" / dataset.name / "zip" if state else None)
    write_zip(staging, zip_tmp, f"{dataset.name}-{version}", before, zipped)
    zipped.keep_used()  # the pieces of the newest zip's large files
    release_memory(big)  # what the threads that deflated the zip's members held
    checkpoint("zipped")
    zipped_at = time.time_ns()
    entry = ledger.Entry(version, sha256_file(staging / "SHA256SUMS"), sha256_file(zip_tmp))
    ledger.stage(dataset_dir, entry)
    checkpoint("ledger_staged")
    os.rename(zip_tmp, ledger.zip_path(dataset_dir, version))
    checkpoint("zip_placed")
    target = dataset_dir / version
    record_release(dataset_dir, version, released)  # before it exists: never undated
    os.rename(staging, target)  # the version exists, complete, from this instant on
    checkpoint("renamed")
    ledger.commit(dataset_dir)  # and is on record
    checkpoint("ledger_written")
    kept.save(target)
    _place_latest(published, dataset_dir, target, checkpoint, derived, state)
    _keep_hashes(known, dataset_dir, target, entry, sums_at, zipped_at)
    return PublishResult("published", version, target, changes, report, summary)


def _keep_hashes(known: KnownHashes, dataset_dir: Path, version: Path, entry: ledger.Entry,
                 sums_at: int, zipped_at: int) -> None:
    """Keep the hashes of the version just published (as its SHA256SUMS lists them:
    made from its bytes at ``sums_at``), of its SHA256SUMS and zip (``zipped_at``), once
    latest/ links to them; forget those of older versions' files (never looked up again
    but by ``solieu verify``, which reads every byte)."""
    listed = [(version / rel, digest) for rel, digest in _listed(version).items()]
    keep = [p for p, _ in listed]
    for p, digest in listed:
        known.record(p, digest, sums_at)
    known.record(version / "SHA256SUMS", entry.sha256sums, zipped_at)
    known.record(ledger.zip_path(dataset_dir, version.name), entry.zip, zipped_at)
    for v in version_folders(dataset_dir):
        keep += [v / "SHA256SUMS", ledger.zip_path(dataset_dir, v.name)]
    known.keep_only(keep)
    known.save()


def _listed(version: Path) -> dict[str, str]:
    """A version's SHA256SUMS as relative path -> sha256."""
    text = (version / "SHA256SUMS").read_text(encoding="utf-8")
    return {rel: digest for digest, _, rel in (line.partition("  ") for line in text.splitlines())}


def _report_json(report: Any) -> str:
    text = report.to_json()
    return text if isinstance(text, str) and text.endswith("\n") else f"{text}\n"


def _finish(staging: Path, dataset: Dataset, version: str, changes: dict[str, Any],
            released: str, worth_it: bool, state: Path | None) -> int:
    """Write the version number, its release time (``created``) and the files beside
    the data; SHA256SUMS last. Returns when SHA256SUMS began to read the files
    (time.time_ns())."""
    desc = read_descriptor(staging)
    desc["version"] = version
    desc["created"] = released
    text = json.dumps(desc, ensure_ascii=False, indent=2) + "\n"  # package.py's format
    (staging / "datapackage.json").write_text(text, encoding="utf-8", newline="\n")
    (staging / "changes.json").write_text(dumps(changes), encoding="utf-8")
    (staging / "CHANGELOG.md").write_text(render_changelog(
        [changelog_entry(changes, _indicators(staging), released),
         *_older_entries(staging.parent)]), encoding="utf-8")
    sources = [{k: plain_value(v) for k, v in r.items()} for r in read_rows(staging, "sources")]
    facts = citation_of(desc, sources)
    (staging / "README.md").write_text(render_readme(staging, dataset.meta, version, facts),
                                       encoding="utf-8")
    (staging / "CITATION.cff").write_text(render_citation(facts), encoding="utf-8")
    schemas = table_schemas(staging, desc)
    release_memory(worth_it)
    sheets = Deflated(state / "deflated" / dataset.name / "sheets" if state else None)
    write_workbook(staging / "data" / f"{dataset.name}.xlsx", desc["title"],
                   {t: staging / "data" / f"{t}.csv" for t in schemas}, schemas, released,
                   kept=sheets)
    sheets.keep_used()  # the pieces of the newest workbook, not of older ones
    release_memory(worth_it)
    started = time.time_ns()
    write_sha256sums(staging)
    return started


def _indicators(folder: Path) -> list[dict[str, Any]]:
    try:
        return [{k: plain_value(v) for k, v in r.items()} for r in read_rows(folder, "indicators")]
    except FileNotFoundError:
        return []


def _older_entries(dataset_dir: Path) -> list[str]:
    """The CHANGELOG.md entries of the published versions, newest first."""
    releases = read_releases(dataset_dir)
    entries = []
    for v in reversed(version_folders(dataset_dir)):
        path = v / "changes.json"
        if path.is_file():
            old = json.loads(path.read_text(encoding="utf-8"))
            entries.append(changelog_entry(old, _indicators(v), releases.get(v.name)))
    return entries


def _summary(changes: dict[str, Any]) -> str:
    head = f"{changes['dataset']} {changes['version']}"
    if changes["previous_version"] is None:
        rows = ", ".join(f"{c['added']} {t}" for t, c in sorted(changes["counts"].items()))
        return f"{head}: first version ({rows})."
    parts = [f"{t} +{c['added']} -{c['removed']} ~{c['changed']}"
             for t, c in sorted(changes["counts"].items())
             if c["added"] or c["removed"] or c["changed"]]
    if changes["metadata"]:
        parts.append(f"{len(changes['metadata'])} metadata change(s)")
    s = changes["schema"]
    for what in ("tables_added", "tables_removed", "fields_added", "fields_removed",
                 "types_changed"):
        if s.get(what):
            parts.append(f"{len(s[what])} {what.replace('_', ' ')}")
    return f"{head} ({changes['level']} after {changes['previous_version']}): " + "; ".join(parts)
