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
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from solieu.config import load
from solieu.errors import InputError  # raised here, and imported from here by the other modules
from solieu.renditions import render_cached

SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class Source:
    source_id: str
    text: str  # NFC: the text rendition of the original
    meta: dict[str, Any]  # the sidecar: title, publisher, url, geography, period, ...
    path: Path  # the current original
    format: str = "txt"  # html, pdf, docx, txt
    original_sha256: str = ""  # of the original's bytes
    converter: str = "utf-8+nfc"  # what made the text from the original

    @property
    def sha256(self) -> str:
        return sha256_text(self.text)


@dataclass(frozen=True)
class Dataset:
    name: str
    meta: dict[str, Any]  # dataset.yaml
    sources: list[Source] = field(default_factory=list)
    path: Path | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text(path: Path) -> str:
    """Read a UTF-8 text file as NFC, with a clear error for anything else."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; give a UTF-8 text file.") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}).") from None
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


def load_source(path: Path, renditions: Path | None = None) -> Source:
    """Load a source from its original or its sidecar ``<source_id>.yaml``: the sidecar is
    checked against its schema, the original against ``original_sha256``, and the text
    rendition against ``sha256``. ``renditions``: a folder that keeps texts already made
    (see solieu.renditions.render_cached)."""
    path = Path(path)
    source_id = path.stem
    if not SAFE_ID.match(source_id):
        raise InputError(
            f"{path}: source id {source_id!r} is not a safe file name; rename the file "
            "to lowercase letters, digits and '-' (e.g. 2022-annual-results.txt)."
        )
    sidecar = path.with_suffix(".yaml")
    if not sidecar.exists():
        raise InputError(
            f"{sidecar}: missing sidecar for {path.name}; run `solieu add {path}` to write one, "
            "or copy one from another source and fill title, geography, period, language and "
            "sha256 (unknown fields: null)."
        )
    meta = load(sidecar, "source")
    original = current_original(sidecar, meta)
    if original.parent != sidecar.parent or original.is_symlink():
        raise InputError(f"{sidecar}: the original {original} must be a plain file in "
                         f"{sidecar.parent}; nothing outside raw/ is read as a source.")
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
    sidecars = sorted(p for p in path.glob("*.yaml") if p.name != "dataset.yaml")
    for original in sorted(p for p in path.iterdir() if p.suffix in ORIGINAL_SUFFIXES):
        if REVISION.match(original.stem):  # a later revision: its sidecar lists it
            continue
        if not original.with_suffix(".yaml").exists():
            load_source(original)  # raises: unsafe name or missing sidecar
    return sidecars


def load_dataset(path: Path, renditions: Path | None = None) -> Dataset:
    """Load ``raw/<dataset>/``: dataset.yaml and every source in it, sorted by id
    (``renditions``: a folder to keep the texts made from originals in)."""
    path = Path(path)
    if not path.is_dir():
        raise InputError(f"{path}: no such dataset folder; datasets live in raw/<dataset>/.")
    name = path.name
    if not SAFE_ID.match(name):
        raise InputError(f"{path}: dataset name {name!r} is not a safe name (a-z, 0-9, '-').")
    meta_path = path / "dataset.yaml"
    meta = load(meta_path, "dataset")
    if meta["name"] != name:
        raise InputError(
            f"{meta_path}: field 'name' is {meta['name']!r} but the folder is {name!r}; "
            "make them the same."
        )
    sources = [load_source(p, renditions) for p in source_files(path)]
    if not sources:
        raise InputError(f"{path}: has no sources; add a report with `solieu add URL_OR_FILE "
                         f"--dataset {name}`.")
    return Dataset(name=name, meta=meta, sources=sources, path=path)


def dataset_dirs(raw: Path, names: list[str] | None = None) -> list[Path]:
    """The dataset folders in ``raw/`` (all, or those named), sorted."""
    raw = Path(raw)
    if names:
        missing = [n for n in names if not (raw / n / "dataset.yaml").exists()]
        if missing:
            have = ", ".join(p.parent.name for p in sorted(raw.glob("*/dataset.yaml")))
            raise InputError(f"{raw}: no dataset {', '.join(missing)} (there are: {have}).")
        return [raw / n for n in sorted(names)]
    return sorted(p.parent for p in raw.glob("*/dataset.yaml"))
