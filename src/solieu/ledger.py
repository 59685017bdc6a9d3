"""The version ledger: an append-only record of every version a dataset has published.

``published/<dataset>/ledger.jsonl`` holds one JSON line per version, oldest first::

    {"version": "1.0.1", "sha256sums": "<sha256 of its SHA256SUMS>", "zip": "<sha256 of its zip>"}

SHA256SUMS lists the hash of every other file of a version, so the hash of SHA256SUMS
pins the whole version, and the zip's hash pins the copy to restore it from. The ledger
is committed with the rest of ``published/``; lines are only ever added, so a version
number once used is never used again, even when its folder is deleted.

Before publishing, :func:`check_before_publish` compares what is on disk with the
ledger: a missing or damaged version stops the run with a message naming the file and
how to restore it. Derived copies (``latest/``, a zip) that can be rebuilt exactly from
a version that checks out are rebuilt, and the run says so; nothing is repaired
silently. ``solieu verify`` reports the same problems (:func:`ledger_problems`);
``solieu verify --init-ledger`` records versions published before the ledger existed,
and ``solieu verify --repair`` restores a version from its zip (checked against the
ledger).

A publish appends its line in two steps that survive a kill at any moment: the new
ledger is written beside the old one as ``ledger.jsonl.next`` before the version is
renamed into place, and renamed over the old one after. :func:`settle_pending` finishes
or drops what a killed run left, from what is on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from solieu.files import Checkpoint, no_checkpoint, replace_folder, write_zip
from solieu.package import sha256_file
from solieu.sources import InputError
from solieu.versions import parse_version, version_folders

LEDGER = "ledger.jsonl"
PENDING = "ledger.jsonl.next"
FIELDS = ("version", "sha256sums", "zip")
Hasher = Callable[[Path], str]  # a file's sha256 (hex)


class LedgerError(InputError):
    """The published folder disagrees with its ledger: nothing is published on top of it."""


@dataclass(frozen=True)
class Entry:
    """One published version as the ledger records it."""

    version: str
    sha256sums: str  # sha256 of the version's SHA256SUMS file
    zip: str  # sha256 of <dataset>-<version>.zip

    def line(self) -> str:
        """The entry as its ledger line (keys in a fixed order: byte-identical reruns)."""
        return json.dumps({"version": self.version, "sha256sums": self.sha256sums,
                           "zip": self.zip}) + "\n"


def zip_path(dataset_dir: Path, version: str) -> Path:
    """Where the zip of ``version`` lives: ``<dataset>/<dataset>-<version>.zip``."""
    return dataset_dir / f"{dataset_dir.name}-{version}.zip"


def entry_for(dataset_dir: Path, folder: Path, zip_file: Path | None = None) -> Entry:
    """The ledger entry of a version folder and its zip as they are on disk."""
    return Entry(folder.name, sha256_file(folder / "SHA256SUMS"),
                 sha256_file(zip_file or zip_path(dataset_dir, folder.name)))


def _parse(path: Path, data: bytes) -> list[Entry]:
    entries: list[Entry] = []
    for n, raw in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        where = f"{path}, line {n}"
        try:
            item = json.loads(raw)
        except json.JSONDecodeError:
            raise LedgerError(f"{where}: not a JSON line. The ledger is append-only; restore it "
                              f"with `git checkout -- {path}`.") from None
        if not isinstance(item, dict) or sorted(item) != sorted(FIELDS) or not all(
                isinstance(item[k], str) for k in FIELDS) or parse_version(item["version"]) is None:
            raise LedgerError(f"{where}: not a ledger entry ({', '.join(FIELDS)}); restore the "
                              f"ledger with `git checkout -- {path}`.")
        entry = Entry(item["version"], item["sha256sums"], item["zip"])
        if entries and parse_version(entry.version) <= parse_version(entries[-1].version):  # type: ignore[operator]
            raise LedgerError(f"{where}: version {entry.version} does not come after "
                              f"{entries[-1].version}; restore the ledger with `git checkout -- {path}`.")
        entries.append(entry)
    return entries


def read_ledger(dataset_dir: Path) -> list[Entry] | None:
    """The entries of ``<dataset>/ledger.jsonl``, oldest first; None if there is no ledger."""
    path = Path(dataset_dir) / LEDGER
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise LedgerError(f"{path}: cannot be read ({exc.strerror}).") from None
    return _parse(path, data)


def stage(dataset_dir: Path, entry: Entry) -> None:
    """Write the ledger with ``entry`` added as ``ledger.jsonl.next`` (renamed into place
    by :func:`commit` once the version is)."""
    old = dataset_dir / LEDGER
    data = old.read_bytes() if old.exists() else b""
    # Written beside it first (a dot-file, which the next run removes if a kill leaves it
    # half-written), then renamed: the staged ledger is whole or absent.
    tmp = dataset_dir / f".{PENDING}.tmp"
    with open(tmp, "wb") as f:
        f.write(data + entry.line().encode("utf-8"))
        f.flush()
        os.fsync(f.fileno())
    os.rename(tmp, dataset_dir / PENDING)


def commit(dataset_dir: Path) -> None:
    """Put the staged ledger in place: from now on the new version is on record."""
    os.rename(dataset_dir / PENDING, dataset_dir / LEDGER)


def settle_pending(dataset_dir: Path) -> str | None:
    """Finish or drop the ledger a killed publish left staged; what was done, or None.

    The staged ledger's last line is the version that was being published: if its folder
    is in place with the recorded SHA256SUMS, the publish had completed and the ledger is
    put in place; otherwise the version never appeared, its number was never used, and
    the staged ledger (and a zip of that version, if it was already placed) goes.
    """
    pending = dataset_dir / PENDING
    if not pending.exists():
        return None
    entries = _parse(pending, pending.read_bytes())
    if not entries:
        pending.unlink()
        return None
    last = entries[-1]
    folder = dataset_dir / last.version
    sums = folder / "SHA256SUMS"
    if folder.is_dir() and sums.is_file() and sha256_file(sums) == last.sha256sums:
        commit(dataset_dir)
        return f"{dataset_dir.name} {last.version}: an interrupted publish was completed (ledger)."
    zip_file = zip_path(dataset_dir, last.version)
    if not folder.exists() and zip_file.is_file() and sha256_file(zip_file) == last.zip:
        zip_file.unlink()
    pending.unlink()
    return None


# ---------------------------------------------------------------------------------
# Checking the published folder against the ledger


def _restore_hint(dataset_dir: Path, version: str) -> str:
    rel = f"{dataset_dir.parent.name}/{dataset_dir.name}/{version}"
    return (f"Restore it: `solieu verify --repair` rebuilds it from its zip (checked against "
            f"the ledger), or `git checkout -- {rel}`. Nothing was published.")


def version_problems(dataset_dir: Path, entries: list[Entry], *, full: str | None = None,
                     zips: bool = True, sha256: Hasher = sha256_file) -> list[str]:
    """Each way the versions on disk disagree with the ledger, naming the file.

    Every recorded version must be there with its recorded SHA256SUMS (and zip, if
    ``zips``); no version may be on disk that the ledger does not record; the version
    named ``full`` is also checked file by file against its SHA256SUMS. ``sha256``: how
    a file is hashed (e.g. :meth:`solieu.files.KnownHashes.sha256`).
    """
    from solieu.verify import verify_version

    problems: list[str] = []
    name = dataset_dir.name
    recorded = {e.version for e in entries}
    for e in entries:
        folder = dataset_dir / e.version
        sums = folder / "SHA256SUMS"
        if not folder.is_dir():
            problems.append(f"{folder}: missing; the ledger records version {e.version}. "
                            + _restore_hint(dataset_dir, e.version))
        elif not sums.is_file() or sha256(sums) != e.sha256sums:
            problems.append(f"{sums}: {'missing' if not sums.is_file() else 'differs from the ledger'}"
                            f"; version {e.version} was changed after it was published. "
                            + _restore_hint(dataset_dir, e.version))
        elif e.version == full:
            _, found = verify_version(folder, f"{dataset_dir}/{e.version}", sha256)
            problems += [f"{p} {_restore_hint(dataset_dir, e.version)}" for p in found]
        if zips:
            z = zip_path(dataset_dir, e.version)
            if not z.is_file():
                problems.append(f"{z}: missing; the ledger records its sha256.")
            elif sha256(z) != e.zip:
                problems.append(f"{z}: sha256 differs from the ledger; restore it with "
                                f"`git checkout -- {dataset_dir.parent.name}/{name}/{z.name}`.")
    for z in sorted(dataset_dir.glob(f"{name}-*.zip")):
        v = z.name[len(name) + 1:-len(".zip")]
        if parse_version(v) and v not in recorded:
            problems.append(f"{z}: not in {name}/{LEDGER}; it was not published by solieu. "
                            "Remove it.")
    for folder in version_folders(dataset_dir):
        if folder.name not in recorded:
            problems.append(f"{folder}: not in {name}/{LEDGER}; it was not published by solieu "
                            "(or the ledger lost a line). Remove it, or restore the ledger "
                            f"with `git checkout -- {dataset_dir.parent.name}/{name}/{LEDGER}`.")
    return problems


def _no_ledger(dataset_dir: Path) -> str:
    have = ", ".join(v.name for v in version_folders(dataset_dir))
    return (f"{dataset_dir / LEDGER}: missing, but {dataset_dir.name} has versions ({have}). "
            "Check them with `solieu verify`, then record them once with "
            "`solieu verify --init-ledger`.")


def ledger_problems(dataset_dir: Path) -> list[str]:
    """For ``solieu verify``: everything about one dataset the ledger disagrees with."""
    try:
        entries = read_ledger(dataset_dir)
    except LedgerError as exc:
        return [str(exc)]
    problems: list[str] = []
    if (dataset_dir / PENDING).exists():
        problems.append(f"{dataset_dir / PENDING}: left by an interrupted publish; the next "
                        "run completes or drops it.")
    if entries is None:
        return [*problems, _no_ledger(dataset_dir)] if version_folders(dataset_dir) else problems
    return problems + version_problems(dataset_dir, entries)


def check_before_publish(dataset_dir: Path, checkpoint: Checkpoint = no_checkpoint,
                         fix: bool = True, *, thorough: bool = True,
                         sha256: Hasher = sha256_file) -> tuple[Entry | None, list[str]]:
    """Check a dataset's published versions against the ledger before publishing on them.

    Returns the newest recorded entry (None before the first version) and what was
    restored on the way (a missing or damaged zip or ``latest/`` rebuilt from a version
    that checks out, the rebuilt zip matching the ledger). Raises :class:`LedgerError`
    naming the file and how to restore it when a version is missing, damaged or not on
    record: nothing must be published on top of a version that is not what was published.
    With ``fix`` False (a dry run) nothing is written: what would be restored is said.

    ``thorough`` False is the check of a dataset whose inputs did not change since its
    last run: each version's SHA256SUMS against its ledger line, the zips' presence and
    the SHA256SUMS of ``latest/``, without reading every file of the newest version,
    of ``latest/`` or of the zips (each publish does that). ``sha256``: how a file is
    hashed; :class:`solieu.files.KnownHashes` reads only files not as they were when
    last hashed.
    """
    said: list[str] = []
    done = settle_pending(dataset_dir) if fix else None
    if done:
        said.append(done)
    entries = read_ledger(dataset_dir)
    if entries is None:
        if version_folders(dataset_dir) or any(dataset_dir.glob(f"{dataset_dir.name}-*.zip")):
            raise LedgerError(_no_ledger(dataset_dir))
        return None, said
    if not entries:
        return None, said
    newest = entries[-1]
    problems = version_problems(dataset_dir, entries, full=newest.version if thorough else None,
                                zips=False, sha256=sha256)
    if problems:
        raise LedgerError(" ".join(problems[:3]) + (f" (and {len(problems) - 3} more: run "
                                                    "`solieu verify`)" if len(problems) > 3 else ""))
    for e in entries:
        z = zip_path(dataset_dir, e.version)
        if z.is_file() and (not thorough or sha256(z) == e.zip):
            continue
        what = "missing" if not z.is_file() else "damaged"
        if not fix:
            said.append(f"{z.name}: is {what}; a run would rebuild it from {e.version}/.")
            continue
        tmp = dataset_dir / f".{z.name}.rebuilt"
        write_zip(dataset_dir / e.version, tmp, f"{dataset_dir.name}-{e.version}")
        if sha256_file(tmp) != e.zip:  # a zip made before large files went in pieces?
            write_zip(dataset_dir / e.version, tmp, f"{dataset_dir.name}-{e.version}",
                      pieces=False)
        if sha256_file(tmp) != e.zip:
            tmp.unlink()
            raise LedgerError(f"{z}: {what}, and a zip rebuilt from {e.version}/ does not match "
                              f"the ledger; restore it with `git checkout -- "
                              f"{dataset_dir.parent.name}/{dataset_dir.name}/{z.name}`.")
        os.replace(tmp, z)
        said.append(f"{z.name}: was {what}; rebuilt from {e.version}/, matching the ledger.")
    latest = dataset_dir / "latest"
    sums = latest / "SHA256SUMS"
    from solieu.verify import verify_version

    if not (sums.is_file() and sha256(sums) == newest.sha256sums
            and (not thorough or not verify_version(latest, "latest", sha256)[1])):
        what = "missing" if not latest.exists() else "not a copy of the newest version"
        if not fix:
            said.append(f"{dataset_dir.name}/latest: is {what}; a run would copy it again "
                        f"from {newest.version}/.")
        else:
            replace_folder(dataset_dir / newest.version, latest, checkpoint)
            said.append(f"{dataset_dir.name}/latest: was {what}; copied again from "
                        f"{newest.version}/.")
    return newest, said


def init_ledger(dataset_dir: Path) -> list[str]:
    """Record the versions of a dataset published before the ledger existed.

    Each version must check out against its own SHA256SUMS and its zip; otherwise
    nothing is written and the problems are returned. Refuses (LedgerError) when a
    ledger already exists: it is append-only.
    """
    from solieu.verify import verify_version

    path = dataset_dir / LEDGER
    if path.exists():
        raise LedgerError(f"{path}: already exists; a ledger is never rewritten.")
    problems: list[str] = []
    entries = []
    for folder in version_folders(dataset_dir):
        problems += verify_version(folder, str(folder))[1]
        z = zip_path(dataset_dir, folder.name)
        if not z.is_file():
            problems.append(f"{z}: missing; restore it before recording the ledger.")
            continue
        problems += _zip_matches(z, folder)
        entries.append(entry_for(dataset_dir, folder))
    if problems or not entries:
        return problems
    tmp = dataset_dir / f".{LEDGER}.tmp"
    tmp.write_text("".join(e.line() for e in entries), encoding="utf-8", newline="\n")
    os.rename(tmp, path)
    return []


def _zip_matches(z: Path, folder: Path) -> list[str]:
    """The zip holds exactly the files of ``folder``'s SHA256SUMS (and SHA256SUMS)."""
    prefix = f"{folder.parent.name}-{folder.name}"
    try:
        with zipfile.ZipFile(z) as zf:
            inside = {i.filename: hashlib.sha256(zf.read(i)).hexdigest()
                      for i in zf.infolist() if not i.is_dir()}
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"{z}: not a readable zip ({exc})."]
    expected = {f"{prefix}/{rel}": digest for digest, _, rel in
                (line.partition("  ") for line in
                 (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines())}
    expected[f"{prefix}/SHA256SUMS"] = sha256_file(folder / "SHA256SUMS")
    return [] if inside == expected else [f"{z}: differs from {folder}/."]


def repair(dataset_dir: Path) -> tuple[list[str], list[str]]:
    """``solieu verify --repair``: restore missing or damaged versions from their zips.

    A zip is used only if its own hash is the ledger's and the SHA256SUMS inside it is
    the ledger's; the files it gives are checked against that SHA256SUMS before the
    folder is put in place. Returns (what was restored, what could not be).
    """
    entries = read_ledger(dataset_dir)
    if entries is None:
        return [], [_no_ledger(dataset_dir)] if version_folders(dataset_dir) else []
    from solieu.verify import verify_version

    done: list[str] = []
    failed: list[str] = []
    for e in entries:
        folder = dataset_dir / e.version
        sums = folder / "SHA256SUMS"
        if folder.is_dir() and sums.is_file() and sha256_file(sums) == e.sha256sums \
                and not verify_version(folder, e.version)[1]:
            continue
        z = zip_path(dataset_dir, e.version)
        if not z.is_file() or sha256_file(z) != e.zip:
            failed.append(f"{folder}: damaged or missing, and its zip is "
                          f"{'missing' if not z.is_file() else 'not the one the ledger records'}; "
                          f"restore both with `git checkout -- {dataset_dir.parent.name}/"
                          f"{dataset_dir.name}`.")
            continue
        tmp = dataset_dir / f".restore-{e.version}"
        shutil.rmtree(tmp, ignore_errors=True)
        prefix = f"{dataset_dir.name}-{e.version}/"
        with zipfile.ZipFile(z) as zf:
            for info in zf.infolist():
                rel = info.filename[len(prefix):] if info.filename.startswith(prefix) else ""
                if not rel or info.is_dir() or ".." in Path(rel).parts or rel.startswith("/"):
                    continue
                out = tmp / rel
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(zf.read(info))
        sums_file = tmp / "SHA256SUMS"
        if not sums_file.is_file() or sha256_file(sums_file) != e.sha256sums \
                or verify_version(tmp, e.version)[1]:
            shutil.rmtree(tmp)
            failed.append(f"{z}: its files do not match the ledger; restore with git.")
            continue
        replace_folder(tmp, folder)
        shutil.rmtree(tmp)
        done.append(f"{folder}: restored from {z.name} (checked against the ledger).")
    return done, failed
