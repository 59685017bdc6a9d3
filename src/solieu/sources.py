"""Reading raw/: datasets, their sources and sidecars, checked before anything else runs.

A dataset is a folder ``raw/<dataset>/`` with ``dataset.yaml`` and, per source,
``<source_id>.txt`` (UTF-8 text) beside ``<source_id>.yaml`` (its sidecar). Every
problem raises :class:`InputError` with the file, the field or line, and what to do.
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

SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class Source:
    source_id: str
    text: str  # NFC
    meta: dict[str, Any]  # the sidecar: title, publisher, url, geography, period, ...
    path: Path

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


def load_source(txt_path: Path) -> Source:
    """Load ``<source_id>.txt`` and check it against its sidecar ``<source_id>.yaml``."""
    txt_path = Path(txt_path)
    source_id = txt_path.stem
    if not SAFE_ID.match(source_id):
        raise InputError(
            f"{txt_path}: source id {source_id!r} is not a safe file name; rename the file "
            "to lowercase letters, digits and '-' (e.g. 2022-annual-results.txt)."
        )
    sidecar = txt_path.with_suffix(".yaml")
    if not sidecar.exists():
        raise InputError(
            f"{sidecar}: missing sidecar for {txt_path.name}; copy one from another source "
            "and fill title, geography, period, language and sha256 (unknown fields: null)."
        )
    meta = load(sidecar, "source")
    text = read_text(txt_path)
    actual = sha256_text(text)
    if meta["sha256"] != actual:
        raise InputError(
            f"{sidecar}: field 'sha256' is {meta['sha256']} but the NFC text of "
            f"{txt_path.name} hashes to {actual}. If the text was changed on purpose, "
            "put the new hash in the sidecar; otherwise restore the text."
        )
    return Source(source_id=source_id, text=text, meta=meta, path=txt_path)


def load_dataset(path: Path) -> Dataset:
    """Load ``raw/<dataset>/``: dataset.yaml and every source in it, sorted by id."""
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
    sources = [load_source(p) for p in sorted(path.glob("*.txt"))]
    if not sources:
        raise InputError(f"{path}: has no <source_id>.txt; add a report and its sidecar.")
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
