"""Reading raw/: datasets, their sources and sidecars, checked before anything else runs.

A dataset is a folder ``raw/<dataset>/`` with ``dataset.yaml`` and, per source, the
original as published (``<source_id>.html``, ``.pdf``, ``.docx`` or ``.txt``) beside
``<source_id>.yaml`` (its sidecar). A changed upstream file is a new revision kept
beside the first (``<source_id>.r2.pdf``, ...) and listed in the sidecar's
``revisions``; the last one listed is the source's current original. Every source is
read through its text rendition (solieu.renditions). Every problem raises
:class:`InputError` with the file, the field or line, and what to do.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from solieu.config import load, load_kept
from solieu.errors import InputError, reading  # InputError: raised here, and imported from here by the other modules
from solieu.renditions import read_bytes, render_cached

SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
SAFE_ID_RULE = "lowercase ASCII letters a-z, digits and '-', starting with a letter or digit, at most 64"
# Names Windows reserves for devices, whatever the case or extension: a dataset or source
# so named could not be checked out there.
RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
REPORT_SIZE_LIMIT = 50 * 1024 * 1024  # bytes: a larger report is refused (a setting)


@dataclass(frozen=True)
class Source:
    source_id: str
    text: str  # NFC: the text rendition of the original
    meta: dict[str, Any]  # the sidecar: title, publisher, url, geography, period, ...
    path: Path  # the current original
    format: str = "txt"  # html, pdf, docx, txt
    original_sha256: str = ""  # of the original's bytes
    converter: str = "utf-8+nfc"  # what made the text from the original

    @cached_property
    def sha256(self) -> str:
        """The sha256 of the text (made once: a run asks for it several times per source)."""
        return sha256_text(self.text)


@dataclass(frozen=True)
class Dataset:
    name: str
    meta: dict[str, Any]  # dataset.yaml
    sources: list[Source] = field(default_factory=list)
    path: Path | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_name(name: str, what: str, path: Path | str) -> None:
    """Refuse a dataset or source name that is not :data:`SAFE_ID` or that Windows reserves.

    >>> check_name("son-la-city", "dataset", "raw/son-la-city")
    >>> try:
    ...     check_name("sơn-la", "dataset", "raw/sơn-la")
    ... except InputError as exc:
    ...     print(str(exc)[:51], "...", str(exc)[-25:])
    raw/sơn-la: dataset name 'sơn-la' breaks the naming ... folder, e.g. to 'son-la'.
    """
    if "/" in name or "\\" in name or name in (".", ".."):
        raise InputError(f"{path}: {what} name {name!r} breaks the naming rule: it is a path, "
                         f"and a {what} is named by its file or folder in raw/ "
                         f"({SAFE_ID_RULE}), e.g. son-la-city.")
    if not SAFE_ID.match(name):
        suggestion = re.sub(r"[^a-z0-9-]+", "-", unicodedata.normalize("NFKD", name.lower())
                            .encode("ascii", "ignore").decode()).strip("-")[:64] or "data"
        raise InputError(f"{path}: {what} name {name!r} breaks the naming rule ({SAFE_ID_RULE}); "
                         f"rename the {'folder' if what == 'dataset' else 'file'}, "
                         f"e.g. to {suggestion!r}.")
    if RESERVED.match(name):
        raise InputError(f"{path}: {what} name {name!r} is a device name Windows reserves "
                         "(CON, PRN, AUX, NUL, COM1-9, LPT1-9); choose another name.")


def _status(path: Path, follow_links: bool = True) -> os.stat_result:
    """``path``'s status (of a link itself unless ``follow_links``), or the InputError
    that says why there is none."""
    with reading(path):
        return path.stat() if follow_links else path.lstat()


def confine(path: Path, folder: Path) -> None:
    """Refuse ``path`` unless it is a regular file inside ``folder`` (a link may point
    only inside it). Nothing of a refused file is read, so no message can quote it."""
    path = Path(path)
    info = _status(path, follow_links=False)
    if stat.S_ISLNK(info.st_mode):
        target = path.resolve()
        if not target.is_relative_to(Path(folder).resolve()):
            raise InputError(f"{path}: is a symbolic link that leaves {folder}; only files "
                             f"inside {folder} are read. Copy the file in instead of linking it.")
        info = target.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is not a regular file (a folder, device or pipe); give a "
                         "file.")


def check_report_file(path: Path, max_bytes: int | None = None) -> None:
    """Refuse what cannot be a report before reading a byte of it: a device such as
    /dev/zero or a pipe (reading would never end), or a file over ``max_bytes``."""
    path = Path(path)
    info = _status(path)
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a folder; give a report file.")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is not a regular file (a device or pipe); give a report file.")
    if max_bytes is not None and info.st_size > max_bytes:
        raise InputError(f"{path}: is {info.st_size / 2**20:.1f} MiB, more than the report "
                         f"size limit of {max_bytes / 2**20:.1f} MiB; split the report, or "
                         "raise the limit (SOLIEU_REPORT_SIZE_LIMIT) if it really is one.")


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """Read a UTF-8 text file as NFC, with a clear error for anything else (only a
    regular file, and none larger than ``max_bytes``: see :func:`check_report_file`)."""
    path = Path(path)
    check_report_file(path, max_bytes)
    data = read_bytes(path, "a UTF-8 text file")
    if b"\x00" in data:
        raise InputError(f"{path}: looks binary (it has NUL bytes); give a UTF-8 text file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}, line {line}: byte {data[exc.start]:#04x} at offset {exc.start} is not "
            "UTF-8. Re-save the file as UTF-8 (e.g. `iconv -f CP1258 -t UTF-8`)."
        ) from None
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n"))


ORIGINAL_SUFFIXES = (".html", ".pdf", ".docx", ".txt")  # the formats of solieu.renditions
REVISION = re.compile(r"^(?P<id>[a-z0-9][a-z0-9-]{0,63})\.r(?P<n>[0-9]+)$")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def current_original(sidecar: Path, meta: dict[str, Any]) -> Path:
    """The original a sidecar stands for: its last revision, else ``<source_id>.<format>``."""
    revisions = meta.get("revisions") or []
    if revisions:
        return sidecar.parent / revisions[-1]["file"]
    if meta.get("format"):
        return sidecar.with_suffix(f".{meta['format']}")
    found = [sidecar.with_suffix(s) for s in ORIGINAL_SUFFIXES if sidecar.with_suffix(s).exists()]
    if len(found) > 1:
        raise InputError(f"{sidecar}: several originals ({', '.join(p.name for p in found)}); "
                         "say which in the sidecar's 'format' field, or remove the others.")
    if not found:
        raise InputError(f"{sidecar}: no original beside it (<source_id>.html, .pdf, .docx or "
                         ".txt); add the report's file or remove the sidecar.")
    return found[0]


def kept_sidecars(renditions: Path | None) -> Path | None:
    """Where sidecars already checked are kept: beside the texts of the originals in
    ``renditions`` (one check per sidecar's content; see solieu.config.load_kept)."""
    return renditions / "sidecars" if renditions else None


def load_source(path: Path, renditions: Path | None = None,
                max_bytes: int = REPORT_SIZE_LIMIT) -> Source:
    """Load a source from its original or its sidecar ``<source_id>.yaml``: the sidecar is
    checked against its schema, the original against ``original_sha256``, and the text
    rendition against ``sha256``. ``renditions``: a folder that keeps texts already made
    (see solieu.renditions.render_cached), and sidecars already checked (in ``sidecars/``,
    see solieu.config.load_kept). An original larger than ``max_bytes`` is
    refused before it is read."""
    path = Path(path)
    source_id = path.stem
    revision = REVISION.match(source_id)  # <source_id>.r2: a later revision's file
    check_name(revision["id"] if revision else source_id, "source", path)
    sidecar = path.with_suffix(".yaml")
    if not sidecar.exists():
        raise InputError(
            f"{sidecar}: missing sidecar for {path.name}; run `solieu add {path}` to write one, "
            "or copy one from another source and fill title, geography, period, language and "
            "sha256 (unknown fields: null)."
        )
    confine(sidecar, path.parent)
    meta = load_kept(sidecar, "source", kept_sidecars(renditions))
    original = current_original(sidecar, meta)
    if original.parent != sidecar.parent or original.is_symlink():
        raise InputError(f"{sidecar}: the original {original} must be a plain file in "
                         f"{sidecar.parent}; nothing outside raw/ is read as a source.")
    if original.exists():
        confine(original, sidecar.parent)
        check_report_file(original, max_bytes)
    try:
        data = original.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{sidecar}: its original {original.name} is missing; restore it "
                         "(originals are never deleted) or remove the sidecar.") from None
    except OSError as exc:
        raise InputError(f"{original}: cannot be read ({exc.strerror}).") from None
    original_sha256 = sha256_bytes(data)
    if meta.get("original_sha256") not in (None, original_sha256):
        raise InputError(
            f"{sidecar}: field 'original_sha256' is {meta['original_sha256']} but "
            f"{original.name} hashes to {original_sha256}. Originals are kept as published: "
            "restore the file, or keep a changed one as a new revision (`solieu fetch`)."
        )
    fmt = original.suffix.lstrip(".")
    rendition = render_cached(data, fmt, str(original), renditions)
    text = rendition.text
    if not text.strip():
        raise InputError(f"{original}: is empty (no text in it); put the report in it, or "
                         "remove it and its sidecar.")
    actual = sha256_text(text)
    if meta["sha256"] != actual:
        was = f" (made by {meta['converter']})" if meta.get("converter") else ""
        raise InputError(
            f"{sidecar}: field 'sha256' is {meta['sha256']}{was} but the NFC text of "
            f"{original.name} made by {rendition.converter} hashes to {actual}. If the text "
            "or its converter was changed on purpose, put the new hash in the sidecar; "
            "otherwise restore the original."
        )
    return Source(source_id=source_id, text=text, meta=meta, path=original, format=fmt,
                  original_sha256=original_sha256, converter=rendition.converter)


def source_files(path: Path) -> list[Path]:
    """The sidecars of a dataset folder, sorted; an original without one is an error."""
    entries = _listing(path)
    by_name = {e.name: e for e in entries}
    sidecars = [path / e.name for e in entries
                if e.name.endswith(".yaml") and e.name != "dataset.yaml"]
    for e in entries:
        stem, suffix = _split(e.name)
        if suffix not in ORIGINAL_SUFFIXES or REVISION.match(stem):
            continue  # not an original, or a later revision: its sidecar lists it
        sidecar = by_name.get(f"{stem}.yaml")
        if sidecar is None or (sidecar.is_symlink() and not os.path.exists(sidecar.path)):
            load_source(path / e.name)  # raises: unsafe name or missing sidecar
    return sidecars


def load_dataset(path: Path, renditions: Path | None = None,
                 max_bytes: int = REPORT_SIZE_LIMIT) -> Dataset:
    """Load ``raw/<dataset>/``: dataset.yaml and every source in it, sorted by id
    (``renditions``: a folder to keep the texts made from originals in, and what loading
    each source found: see :mod:`solieu.known_sources`)."""
    path = Path(path)
    name = path.name
    check_name(name, "dataset", path)
    if path.is_symlink() or not path.is_dir():
        raise InputError(f"{path}: no such dataset folder (a link is not followed); datasets "
                         "live in raw/<dataset>/.")
    meta_path = path / "dataset.yaml"
    confine(meta_path, path)
    check_files(path)
    meta = load(meta_path, "dataset")
    if meta["name"] != name:
        raise InputError(
            f"{meta_path}: field 'name' is {meta['name']!r} but the folder is {name!r}; "
            "make them the same."
        )
    from solieu.known_sources import KnownSources, now  # it builds on this module

    # Sources whose files are as the last run found them are made from what it kept.
    known = KnownSources.of(name, renditions)
    sources = []
    for sidecar in source_files(path):
        started = now()
        sources.append(known.get(sidecar, max_bytes)
                       or known.record(sidecar, load_source(sidecar, renditions, max_bytes),
                                       started))
    known.keep_only({s.source_id for s in sources})
    known.save()
    if not sources:
        raise InputError(f"{path}: has no sources; add a report with `solieu add URL_OR_FILE "
                         f"--dataset {name}`.")
    return Dataset(name=name, meta=meta, sources=sources, path=path)


def check_files(path: Path) -> None:
    """Every file in a dataset folder is dataset.yaml, a report or its sidecar: a report
    with the wrong suffix, a sidecar without its report or any other file is named (it
    would otherwise be skipped without a word)."""
    entries = _listing(path)
    names = {e.name for e in entries}
    for e in entries:
        stem, suffix = _split(e.name)
        if suffix in ORIGINAL_SUFFIXES:
            revision = REVISION.match(stem)  # <source_id>.r2.pdf: a later revision
            check_name(revision["id"] if revision else stem, "source", e.path)
    for e in entries:
        if e.name.startswith(".") or e.name == "dataset.yaml":
            continue
        p = e.path
        stem, suffix = _split(e.name)
        if e.is_dir():
            raise InputError(f"{p}: a folder inside a dataset folder is not read; move it out "
                             f"of {path}.")
        if suffix.lower() in ORIGINAL_SUFFIXES and suffix not in ORIGINAL_SUFFIXES:
            raise InputError(f"{p}: a report's suffix is lowercase; rename it to "
                             f"{stem}{suffix.lower()}.")
        if suffix == ".yaml":
            if not any(f"{stem}{s}" in names for s in ORIGINAL_SUFFIXES):
                raise InputError(f"{p}: a sidecar without its report "
                                 f"({' or '.join(stem + s for s in ORIGINAL_SUFFIXES)}); add "
                                 "the report or remove the sidecar.")
        elif suffix.lower() in (".yml",):
            raise InputError(f"{p}: sidecars end in .yaml; rename it to {stem}.yaml.")
        elif suffix not in ORIGINAL_SUFFIXES:
            raise InputError(f"{p}: not a report (<source_id>.html, .pdf, .docx or .txt) or a "
                             "sidecar (<source_id>.yaml); move it out of the dataset folder.")


def _listing(path: Path) -> list[os.DirEntry[str]]:
    """A folder's entries sorted by name, as ``sorted(path.iterdir())`` sorts them, but
    without a Path object each: a dataset folder holds two files per report."""
    with os.scandir(path) as found:
        return sorted(found, key=lambda e: e.name)


def _split(name: str) -> tuple[str, str]:
    """A file name's stem and suffix, as pathlib's ``stem`` and ``suffix`` give them."""
    i = name.rfind(".")
    return (name[:i], name[i:]) if 0 < i < len(name) - 1 else (name, "")


def dataset_dirs(raw: Path, names: list[str] | None = None) -> list[Path]:
    """The dataset folders in ``raw/`` (all, or those named), sorted.

    Names are checked before anything is read: a dataset is a folder of ``raw/``, never a
    path. A folder of ``raw/`` without dataset.yaml is an error naming it."""
    raw = Path(raw)
    for n in names or []:
        check_name(n, "dataset", raw / n)
    if names:
        missing = [n for n in names if not (raw / n / "dataset.yaml").exists()]
        if missing:
            have = ", ".join(p.parent.name for p in sorted(raw.glob("*/dataset.yaml")))
            raise InputError(f"{raw}: no dataset {', '.join(missing)} (there are: {have}).")
        return [raw / n for n in sorted(names)]
    if not raw.is_dir():
        raise InputError(f"{raw}: no such folder; datasets live in raw/<dataset>/.")
    for p in sorted(raw.iterdir()):
        if p.is_dir() and not p.name.startswith(".") and not (p / "dataset.yaml").exists():
            raise InputError(f"{p}: a folder in raw/ without dataset.yaml; add one (copy "
                             "another dataset's) or move the folder out of raw/.")
    return sorted(p.parent for p in raw.glob("*/dataset.yaml"))
