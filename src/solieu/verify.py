"""Checking the published folder: every version against its SHA256SUMS and
datapackage.json, latest/ against the newest version, zips against their folders, and
catalog.json against what is on disk (`solieu verify`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from solieu.files import package_files
from solieu.ledger import LEDGER, init_ledger, ledger_problems, repair
from solieu.package import read_descriptor, sha256_file
from solieu.sources import InputError
from solieu.versions import version_folders


def _hash_value(value: str) -> str:
    return value.split(":", 1)[1] if value.startswith("sha256:") else value


def verify_version(folder: Path, label: str,
                   sha256: Callable[[Path], str] = sha256_file) -> tuple[int, list[str]]:
    """Check one version folder against its SHA256SUMS and its datapackage.json
    (``sha256``: how a file is hashed; by default every byte is read)."""
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
    # Each file hashed (or its kept hash looked up) once, though both lists name it.
    digests: dict[str, str | None] = {}

    def digest_of(rel: str) -> str | None:
        if rel not in digests:
            path = folder / rel
            digests[rel] = sha256(path) if path.is_file() else None
        return digests[rel]

    checked = 0
    for rel, digest in listed.items():
        actual = digest_of(rel)
        if actual is None:
            problems.append(f"{label}/{rel}: missing (listed in SHA256SUMS).")
        elif actual != digest:
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
        if not isinstance(rel, str) or digest_of(rel) is None:
            continue
        if digest and digests[rel] != _hash_value(digest):
            problems.append(f"{label}/{rel}: sha256 differs from datapackage.json.")
        if "bytes" in res and os.path.getsize(folder / rel) != res["bytes"]:
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
    if not is_published_folder(published):
        return [f"{published}: not a published folder (no catalog.json, no "
                f"<dataset>/{LEDGER}, no <dataset>/<X.Y.Z>/); give the open-data folder, "
                "e.g. published/."], 0, 0
    for dataset_dir in sorted(p for p in published.iterdir()
                              if p.is_dir() and not p.name.startswith(".")):
        name = dataset_dir.name
        folders = version_folders(dataset_dir)
        problems += [p.replace(f"{published}/", "", 1) if p.startswith(f"{published}/") else p
                     for p in ledger_problems(dataset_dir)]
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


def is_published_folder(folder: Path) -> bool:
    """Whether ``folder`` looks like an open-data folder: a catalog, a ledger or a version."""
    if (folder / "catalog.json").is_file():
        return True
    return any(p.is_dir() and ((p / LEDGER).is_file() or version_folders(p))
               for p in folder.iterdir() if not p.name.startswith("."))


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
    entries = [*catalog.get("datasets", []), *([catalog["panel"]] if catalog.get("panel") else [])]
    listed = {(ds.get("name"), v.get("version")) for ds in entries
              for v in ds.get("versions", [])}
    for dataset_dir in sorted(p for p in published.iterdir()
                              if p.is_dir() and not p.name.startswith(".")):
        problems += [f"catalog.json: does not list {dataset_dir.name} {v.name}; rewrite it "
                     "with solieu.publish.update_catalog (any pipeline run does)."
                     for v in version_folders(dataset_dir)
                     if (dataset_dir.name, v.name) not in listed]
    for ds in entries:
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


def _datasets(published: Path) -> list[Path]:
    return sorted(p for p in published.iterdir() if p.is_dir() and not p.name.startswith("."))


def init_ledgers(published: Path) -> int:
    """``solieu verify --init-ledger``: record, once, the versions of every dataset that
    has versions but no ledger yet, each checked against its own SHA256SUMS and zip."""
    if not published.is_dir() or not is_published_folder(published):
        raise InputError(f"{published}: not a published folder; give the open-data folder.")
    status = 0
    todo = [d for d in _datasets(published)
            if not (d / LEDGER).exists() and version_folders(d)]
    if not todo:
        print(f"{published}: every dataset with versions has its ledger; nothing to record.")
    for dataset_dir in todo:
        problems = init_ledger(dataset_dir)
        if problems:
            status = 1
            for p in problems:
                print(p)
            print(f"{dataset_dir / LEDGER}: not written; fix the problems above first.",
                  file=sys.stderr)
        else:
            names = ", ".join(v.name for v in version_folders(dataset_dir))
            print(f"{dataset_dir / LEDGER}: recorded {names}")
    return status


def repair_command(published: Path) -> int:
    """``solieu verify --repair``: restore damaged or missing versions from their zips
    (each checked against the ledger), then verify everything."""
    if not published.is_dir() or not is_published_folder(published):
        raise InputError(f"{published}: not a published folder; give the open-data folder.")
    failed_any = False
    for dataset_dir in _datasets(published):
        done, failed = repair(dataset_dir)
        for line in done:
            print(line)
        for line in failed:
            print(line, file=sys.stderr)
        failed_any = failed_any or bool(failed)
    if failed_any:
        return 1
    return verify_command(published)


def verify_command(published: Path, *, init: bool = False, fix: bool = False) -> int:
    """``solieu verify [published/]``: print OK or every problem; 1 on any problem.

    ``init`` records the ledger of datasets published before it existed; ``fix``
    restores damaged versions from their zips (both say what they did)."""
    published = Path(published)
    if init:
        return init_ledgers(published)
    if fix:
        return repair_command(published)
    problems, files, versions = _verify(published)
    if problems:
        for p in problems:
            print(f"{published}/{p}" if not p.startswith(str(published)) else p)
        print(f"FAILED: {len(problems)} problem(s) in {published}", file=sys.stderr)
        return 1
    print(f"OK: {files} files in {versions} versions verified")
    return 0
