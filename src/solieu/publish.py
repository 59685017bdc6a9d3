"""Publishing: immutable, versioned data packages in the open-data folder.

``publish()`` turns the tables of one dataset into ``published/<dataset>/<X.Y.Z>/``:

1. under a lock (one publisher at a time), stale staging folders of killed runs go;
2. the package is written into ``published/<dataset>/.staging-<pid>/`` and validated;
   invalid output moves to the quarantine folder (outside ``published/``) and nothing
   is published;
3. its content (tables read back from Parquet, schemas, metadata) is compared with the
   latest version: the comparison decides the version number, or "up to date";
4. changes.json, CHANGELOG.md, README.md, CITATION.cff, SHA256SUMS and the zip are
   written, then one ``os.rename`` puts the version in place: it is complete or absent;
5. only then ``latest/`` (a real copy, swapped in one step), catalog.json and
   index.html are brought up to date. They are derived from what is on disk, so a run
   killed between 4 and 5 is repaired by the next one.

Nothing written depends on the clock: the same input gives byte-identical files.

Version numbers (semantic versioning of data): **major** when readers break (a table
removed, a field removed or renamed, a field type changed); **minor** when something is
added (rows, fields, tables); **patch** for corrections (values changed, rows removed,
metadata or shipped files such as checks.yaml changed); no change, no version.

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

import ctypes
import ctypes.util
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from solieu.catalog import VERSION, write_catalog
from solieu.docs import render_changelog, render_citation, render_readme
from solieu.package import dumps, plain_value, read_descriptor, read_rows, sha256_file, table_schemas
from solieu.sources import Dataset, InputError

__all__ = [
    "PublishResult", "publish", "verify", "verify_command", "update_catalog", "bump",
    "diff_packages", "version_folders", "write_zip",
]

log = logging.getLogger(__name__)

LOCK_NAME = ".publish.lock"
# A fixed timestamp for every zip entry (the earliest a zip can hold): no clock in output.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

# Rows are matched across versions on content, not on ordinal ids: figure ids are
# renumbered when a figure is found earlier in the text. A running occurrence number
# tells apart rows that share the key (the same number twice in one sentence).
CONTENT_KEYS = {
    "figures": ["source_id", "sentence", "surface"],
    "observations": ["indicator_id", "geography", "period", "source_id"],
}
# Columns whose changes are a consequence of others, not news for a reader.
IGNORED_COLUMNS = {"figures": {"figure_id"}}
# Resources whose content is compared row by row, not by their bytes.
TABLE_FORMATS = {"csv", "parquet"}


@dataclass
class PublishResult:
    """What ``publish`` did: status is published, up_to_date, rejected or dry_run."""

    status: str
    version: str | None
    path: Path | None
    changes: dict[str, Any] = field(default_factory=dict)
    report: Any = None
    summary: str = ""


# ---------------------------------------------------------------------------------
# Versions


def parse_version(text: str) -> tuple[int, int, int] | None:
    """``"1.2.10"`` -> ``(1, 2, 10)``; None for anything that is not X.Y.Z.

    >>> parse_version("1.2.10"), parse_version("latest")
    ((1, 2, 10), None)
    """
    m = VERSION.match(text)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def version_folders(dataset_dir: Path) -> list[Path]:
    """The complete version folders of a dataset, oldest first (numeric order)."""
    if not Path(dataset_dir).is_dir():
        return []
    found = [(parse_version(p.name), p) for p in Path(dataset_dir).iterdir() if p.is_dir()]
    return [p for v, p in sorted((v, p) for v, p in found if v is not None)]


def bump(previous: str | None, level: str) -> str:
    """The next version: ``level`` is major, minor or patch; the first is 1.0.0.

    >>> bump(None, "patch"), bump("1.4.2", "major"), bump("1.4.2", "minor"), bump("1.4.2", "patch")
    ('1.0.0', '2.0.0', '1.5.0', '1.4.3')
    """
    if previous is None:
        return "1.0.0"
    parsed = parse_version(previous)
    if parsed is None:
        raise ValueError(f"not a version: {previous!r}")
    major, minor, patch = parsed
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"not a version level: {level!r}")


# ---------------------------------------------------------------------------------
# Reading a package folder back, and comparing two


def _keyed(rows: list[dict[str, Any]], key: list[str]) -> dict[tuple[Any, ...], dict[str, Any]]:
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    seen: dict[tuple[Any, ...], int] = {}
    for row in rows:
        base = tuple(plain_value(row.get(k)) for k in key)
        n = seen[base] = seen.get(base, 0) + 1
        out[(*base, n)] = row
    return out


def row_key(table: str, schema: dict[str, Any]) -> list[str]:
    """The columns that identify a row of ``table`` across versions."""
    if table in CONTENT_KEYS:
        return CONTENT_KEYS[table]
    pk = schema.get("primaryKey")
    if pk:
        return [pk] if isinstance(pk, str) else list(pk)
    return [f["name"] for f in schema.get("fields", [])]


def diff_rows(
    table: str, old: list[dict[str, Any]], new: list[dict[str, Any]], schema: dict[str, Any],
    common_fields: list[str],
) -> dict[str, Any]:
    """Rows added, removed and values changed (old -> new), matched on the row key."""
    key = row_key(table, schema)
    a, b = _keyed(old, key), _keyed(new, key)
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
    order = {k: i for i, k in enumerate(b)}
    changed.sort(key=lambda c: (order[(*[c["key"][x] for x in key], c["key"].get("occurrence", 1))],
                                common_fields.index(c["field"])))
    return {
        "key": key,
        "added": [whole(b[k]) for k in b if k not in a],
        "removed": [whole(a[k]) for k in a if k not in b],
        "changed": changed,
    }


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

    desc = {k: v for k, v in descriptor.items() if k != "version"}
    desc["resources"] = [strip(r) for r in descriptor.get("resources", [])]
    return _flatten(desc)


def diff_packages(old: Path | None, new: Path) -> dict[str, Any]:
    """Compare two package folders on content: schemas, metadata, and table rows.

    Returns the body of changes.json (without version numbers) with ``level``: major (a
    change that breaks readers: table removed, field removed or renamed, type changed),
    minor (rows, fields or tables added), patch (values changed, rows removed as
    corrections, metadata changed) or none.
    """
    new_desc = read_descriptor(new)
    new_schemas = table_schemas(new, new_desc)
    if old is None:
        first = {t: {"added": len(read_rows(new, t)), "removed": 0, "changed": 0}
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
        tables[t] = diff_rows(t, read_rows(old, t), read_rows(new, t), new_schemas[t], common)
        counts[t] = {x: len(tables[t][x]) for x in ("added", "removed", "changed")}
    for t in schema["tables_added"]:
        counts[t] = {"added": len(read_rows(new, t)), "removed": 0, "changed": 0}
    for t in schema["tables_removed"]:
        counts[t] = {"added": 0, "removed": len(read_rows(old, t)), "changed": 0}

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


# ---------------------------------------------------------------------------------
# The files written beside the data


def package_files(folder: Path) -> list[str]:
    """Every file under ``folder`` as a sorted POSIX relative path."""
    folder = Path(folder)
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def write_sha256sums(folder: Path) -> None:
    """SHA256SUMS in ``sha256sum`` format (``sha256sum -c SHA256SUMS`` checks it)."""
    lines = [f"{sha256_file(folder / p)}  {p}\n" for p in package_files(folder)
             if p != "SHA256SUMS"]
    (folder / "SHA256SUMS").write_text("".join(lines), encoding="utf-8", newline="\n")


def write_zip(folder: Path, target: Path, prefix: str) -> None:
    """A reproducible zip of ``folder``: sorted entries under ``prefix/``, fixed
    timestamps and permissions, so the same files always give the same bytes."""
    with zipfile.ZipFile(target, "w") as zf:
        for rel in package_files(folder):
            info = zipfile.ZipInfo(f"{prefix}/{rel}", date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that the permissions below are read
            info.external_attr = (0o100644 & 0xFFFF) << 16
            zf.writestr(info, (folder / rel).read_bytes(), compresslevel=9)


# ---------------------------------------------------------------------------------
# Files in place, one step at a time


def _checkpoint(name: str) -> None:
    """Test hook: ``SOLIEU_PUBLISH_PAUSE=<name>`` stops the publisher here, so that a
    test can kill it, or start a rival, at a known point. It prints ``PAUSED <name>``
    and goes on when a line (or end of file) arrives on stdin."""
    if os.environ.get("SOLIEU_PUBLISH_PAUSE") == name:
        print(f"PAUSED {name}", flush=True)
        sys.stdin.readline()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False if the
    system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(rc == 0)


def replace_folder(source: Path, target: Path) -> None:
    """Make ``target`` a full copy of ``source``; readers see the old or the new copy."""
    tmp = target.with_name(f".{target.name}-new-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(source, tmp)
    _checkpoint("latest_copied")
    if target.exists() and _exchange(tmp, target):
        shutil.rmtree(tmp)
        return
    if target.exists():  # no atomic swap here: a kill between these two renames leaves
        old = target.with_name(f".{target.name}-old-{os.getpid()}")  # no latest/, which
        os.rename(target, old)  # the next run restores from the newest version
        os.rename(tmp, target)
        shutil.rmtree(old)
    else:
        os.rename(tmp, target)


def clean_stale(dataset_dir: Path) -> None:
    """Remove what killed runs left (only ever called under the lock)."""
    if not dataset_dir.is_dir():
        return
    for p in dataset_dir.iterdir():
        if p.name.startswith("."):
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)


def repair(published: Path, dataset_dir: Path) -> None:
    """Bring zips, latest/ and the catalog in line with the versions on disk."""
    folders = version_folders(dataset_dir)
    for v in folders:
        zip_path = dataset_dir / f"{dataset_dir.name}-{v.name}.zip"
        if not zip_path.exists():
            tmp = dataset_dir / f".{zip_path.name}.tmp"
            write_zip(v, tmp, f"{dataset_dir.name}-{v.name}")
            os.rename(tmp, zip_path)
    if folders:
        newest, latest = folders[-1], dataset_dir / "latest"
        if not _same_sums(latest, newest):
            replace_folder(newest, latest)
    _checkpoint("latest_swapped")
    write_catalog(published)


def _same_sums(a: Path, b: Path) -> bool:
    """True if both folders have the same SHA256SUMS (so the same files)."""
    try:
        return (a / "SHA256SUMS").read_bytes() == (b / "SHA256SUMS").read_bytes()
    except FileNotFoundError:
        return False


def _write_package(dataset: Dataset, tables: dict[str, Any], folder: Path) -> None:
    from solieu.package import write_package

    # The version is not known until the content is compared with the last one: a
    # placeholder keeps its place in datapackage.json, and _finish fills it in.
    meta = {**dataset.meta, "name": dataset.name, "version": "0.0.0"}
    write_package(tables, folder, meta, texts={s.source_id: s.text for s in dataset.sources})


def _validate(folder: Path) -> Any:
    from solieu.validate import validate_package

    return validate_package(folder)


def publish(
    dataset: Dataset,
    tables: dict[str, Any],
    published: Path,
    *,
    quarantine: Path | None = None,
    release_note: str | None = None,
    dry_run: bool = False,
    lock_timeout: float = 600,
) -> PublishResult:
    """Publish ``tables`` of ``dataset`` as the next version in ``published/<dataset>/``.

    Returns status ``published`` (a new version), ``up_to_date`` (same content as the
    latest version: nothing written), ``rejected`` (validation failed: the output and its
    report are in ``<quarantine>/<dataset>/<UTC time>/``; ``quarantine`` defaults to
    ``quarantine/`` beside ``published/``) or ``dry_run`` (built and compared, not kept).
    ``lock_timeout``: seconds to wait for another publisher before giving up.
    """
    published = Path(published)
    dataset_dir = published / dataset.name
    dataset_dir.mkdir(parents=True, exist_ok=True)
    with publishing_lock(published, lock_timeout):
        _checkpoint("locked")
        clean_stale(dataset_dir)
        try:
            return _publish_locked(dataset, tables, published, dataset_dir, quarantine,
                                   release_note, dry_run)
        finally:  # after an error (bad tables, say): leave no staging behind
            shutil.rmtree(_staging(dataset_dir), ignore_errors=True)
            (dataset_dir / f".{dataset.name}.zip.tmp").unlink(missing_ok=True)


def _staging(dataset_dir: Path) -> Path:
    return dataset_dir / f".staging-{os.getpid()}"


@contextmanager
def publishing_lock(published: Path, timeout: float = 600) -> Iterator[None]:
    """Hold ``published/.publish.lock``: one writer of the open-data folder at a time.

    The lock is an OS file lock, so a killed holder never leaves it stuck."""
    published.mkdir(parents=True, exist_ok=True)
    path = published / LOCK_NAME
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        # A warning reaches stderr even where logging is not set up (the last-resort
        # handler), and Prefect's run log where it is.
        log.warning("another publish is running (it holds %s); waiting up to %.0f s",
                    path, timeout)
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise InputError(
                f"{path}: another publish still runs after {timeout:.0f} s; try again "
                "when it has finished (nothing was published)."
            ) from None
    try:
        yield
    finally:
        lock.release()


def update_catalog(published: Path, lock_timeout: float = 600) -> None:
    """Rewrite ``published/catalog.json`` and ``index.html`` from what is on disk (under
    the publishing lock; ``publish`` already does this after every version)."""
    with publishing_lock(Path(published), lock_timeout):
        write_catalog(Path(published))


def _publish_locked(
    dataset: Dataset, tables: dict[str, Any], published: Path, dataset_dir: Path,
    quarantine: Path | None, release_note: str | None, dry_run: bool,
) -> PublishResult:
    staging = _staging(dataset_dir)
    _write_package(dataset, tables, staging)
    _checkpoint("staged")
    report = _validate(staging)
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

    folders = version_folders(dataset_dir)
    previous = folders[-1] if folders else None
    changes = diff_packages(previous, staging)
    if changes["level"] == "none":
        shutil.rmtree(staging)
        if not dry_run:
            repair(published, dataset_dir)
        return PublishResult("up_to_date", previous.name if previous else None, previous,
                             changes, report, f"{dataset.name}: up to date "
                             f"({previous.name if previous else '-'}); nothing published.")
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

    _finish(staging, dataset, version, changes, previous)
    _checkpoint("finished")
    zip_tmp = dataset_dir / f".{dataset.name}.zip.tmp"
    write_zip(staging, zip_tmp, f"{dataset.name}-{version}")
    _checkpoint("zipped")
    target = dataset_dir / version
    os.rename(staging, target)  # the version exists, complete, from this instant on
    _checkpoint("renamed")
    os.rename(zip_tmp, dataset_dir / f"{dataset.name}-{version}.zip")
    repair(published, dataset_dir)
    return PublishResult("published", version, target, changes, report, summary)


def _report_json(report: Any) -> str:
    text = report.to_json()
    return text if isinstance(text, str) and text.endswith("\n") else f"{text}\n"


def _finish(staging: Path, dataset: Dataset, version: str, changes: dict[str, Any],
            previous: Path | None) -> None:
    """Write the version number and the files beside the data; SHA256SUMS last."""
    desc = read_descriptor(staging)
    desc["version"] = version
    text = json.dumps(desc, ensure_ascii=False, indent=2) + "\n"  # package.py's format
    (staging / "datapackage.json").write_text(text, encoding="utf-8", newline="\n")
    (staging / "changes.json").write_text(dumps(changes), encoding="utf-8")
    old_log = (previous / "CHANGELOG.md").read_text(encoding="utf-8") \
        if previous and (previous / "CHANGELOG.md").exists() else None
    (staging / "CHANGELOG.md").write_text(render_changelog(changes, old_log), encoding="utf-8")
    (staging / "README.md").write_text(render_readme(staging, dataset.meta, version),
                                       encoding="utf-8")
    sources = [{k: plain_value(v) for k, v in r.items()} for r in read_rows(staging, "sources")]
    (staging / "CITATION.cff").write_text(render_citation(dataset.meta, version, sources),
                                          encoding="utf-8")
    write_sha256sums(staging)


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


# ---------------------------------------------------------------------------------
# verify


def _hash_value(value: str) -> str:
    return value.split(":", 1)[1] if value.startswith("sha256:") else value


def verify_version(folder: Path, label: str) -> tuple[int, list[str]]:
    """Check one version folder against its SHA256SUMS and its datapackage.json."""
    problems: list[str] = []
    sums = folder / "SHA256SUMS"
    if not sums.exists():
        return 0, [f"{label}/SHA256SUMS: missing; the version is incomplete or damaged."]
    listed: dict[str, str] = {}
    for n, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), 1):
        digest, sep, rel = line.partition("  ")
        if not sep or not re.fullmatch(r"[0-9a-f]{64}", digest):
            problems.append(f"{label}/SHA256SUMS, line {n}: not '<sha256>  <path>'.")
            continue
        listed[rel] = digest
    checked = 0
    for rel, digest in listed.items():
        path = folder / rel
        if not path.is_file():
            problems.append(f"{label}/{rel}: missing (listed in SHA256SUMS).")
        elif sha256_file(path) != digest:
            problems.append(f"{label}/{rel}: sha256 differs from SHA256SUMS; the file was "
                            "changed after publishing. Restore it from the zip.")
        checked += 1
    for rel in package_files(folder):
        if rel != "SHA256SUMS" and rel not in listed:
            problems.append(f"{label}/{rel}: not listed in SHA256SUMS; remove it.")
    try:
        desc = read_descriptor(folder)
    except InputError as exc:
        return checked, [*problems, f"{label}: {exc}"]
    for res in desc.get("resources", []):
        rel, digest = res.get("path"), res.get("hash")
        if not isinstance(rel, str) or not (folder / rel).is_file():
            continue
        if digest and sha256_file(folder / rel) != _hash_value(digest):
            problems.append(f"{label}/{rel}: sha256 differs from datapackage.json.")
        if "bytes" in res and (folder / rel).stat().st_size != res["bytes"]:
            problems.append(f"{label}/{rel}: size differs from datapackage.json 'bytes'.")
    return checked, problems


def verify(published: Path) -> list[str]:
    """Every problem with the published folder, each naming the file: hashes of every
    version, latest/ against the newest version, zips against their folders."""
    problems, _, _ = _verify(Path(published))
    return problems


def _verify(published: Path) -> tuple[list[str], int, int]:
    problems: list[str] = []
    files = versions = 0
    if not published.is_dir():
        return [f"{published}: no such folder."], 0, 0
    for dataset_dir in sorted(p for p in published.iterdir()
                              if p.is_dir() and not p.name.startswith(".")):
        name = dataset_dir.name
        folders = version_folders(dataset_dir)
        for v in folders:
            n, found = verify_version(v, f"{name}/{v.name}")
            files, versions, problems = files + n, versions + 1, problems + found
            zip_path = dataset_dir / f"{name}-{v.name}.zip"
            if not zip_path.exists():
                problems.append(f"{name}/{zip_path.name}: missing.")
                continue
            files += 1
            problems += _verify_zip(zip_path, v, f"{name}/{zip_path.name}", f"{name}-{v.name}")
        latest = dataset_dir / "latest"
        if folders:
            if not latest.is_dir():
                problems.append(f"{name}/latest: missing; run the pipeline again to restore it.")
            else:
                n, found = verify_version(latest, f"{name}/latest")
                files, problems = files + n, problems + found
                if (latest / "SHA256SUMS").exists() and (latest / "SHA256SUMS").read_bytes() \
                        != (folders[-1] / "SHA256SUMS").read_bytes():
                    problems.append(f"{name}/latest: is not a copy of {folders[-1].name}, the "
                                    "newest version.")
    problems += _verify_catalog(published)
    return problems, files, versions


def _verify_zip(zip_path: Path, folder: Path, label: str, prefix: str) -> list[str]:
    try:
        with zipfile.ZipFile(zip_path) as zf:
            inside = {i.filename: hashlib.sha256(zf.read(i)).hexdigest() for i in zf.infolist()
                      if not i.is_dir()}
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"{label}: not a readable zip ({exc})."]
    # Compared with the hashes recorded at publishing, so that a damaged folder file is
    # reported once, as itself, and the zip stays the good copy to restore it from.
    sums = folder / "SHA256SUMS"
    if not sums.is_file():
        return []  # reported for the folder
    expected = {f"{prefix}/{rel}": digest for digest, _, rel in
                (line.partition("  ") for line in sums.read_text(encoding="utf-8").splitlines())}
    expected[f"{prefix}/SHA256SUMS"] = sha256_file(sums)
    if inside != expected:
        diff = sorted(set(inside.items()) ^ set(expected.items()))
        return [f"{label}: differs from {folder.name}/ (first: {diff[0][0]})."]
    return []


def _verify_catalog(published: Path) -> list[str]:
    path = published / "catalog.json"
    if not path.exists():
        return [] if not any(published.glob("*/*.zip")) else ["catalog.json: missing."]
    try:
        catalog = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"catalog.json, line {exc.lineno}: not valid JSON ({exc.msg})."]
    problems = []
    listed = {(ds.get("name"), v.get("version")) for ds in catalog.get("datasets", [])
              for v in ds.get("versions", [])}
    for dataset_dir in sorted(p for p in published.iterdir()
                              if p.is_dir() and not p.name.startswith(".")):
        problems += [f"catalog.json: does not list {dataset_dir.name} {v.name}; rewrite it "
                     "with solieu.publish.update_catalog (any pipeline run does)."
                     for v in version_folders(dataset_dir)
                     if (dataset_dir.name, v.name) not in listed]
    for ds in catalog.get("datasets", []):
        for v in ds.get("versions", []):
            for f in [*v.get("files", []), v.get("zip") or {}]:
                rel = f.get("path")
                if not rel:
                    continue
                p = published / rel
                if not p.is_file():
                    problems.append(f"{rel}: listed in catalog.json but missing.")
                elif f.get("sha256") and sha256_file(p) != f["sha256"]:
                    problems.append(f"{rel}: sha256 differs from catalog.json.")
    return problems


def verify_command(published: Path) -> int:
    """``solieu verify [published/]``: print OK or every problem; 1 on any problem."""
    problems, files, versions = _verify(Path(published))
    if problems:
        for p in problems:
            print(f"{published}/{p}" if not p.startswith(str(published)) else p)
        print(f"FAILED: {len(problems)} problem(s) in {published}", file=sys.stderr)
        return 1
    print(f"OK: {files} files in {versions} versions verified")
    return 0
