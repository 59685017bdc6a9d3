"""``solieu add URL_OR_FILE --dataset NAME``: snapshot a report into raw/ and describe it.

The original is kept byte for byte as ``raw/<dataset>/<source_id>.<format>``; its
sidecar is written from what the server and the file say (title, site, publication
date, language, ETag, Last-Modified), every unknown field null. Nothing is written
unless the report can be read: its text rendition is made first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pandas as pd

from solieu.config import parse
from solieu.fetch import Fetcher, FetchOptions, check_url
from solieu.renditions import Rendition, detect_format, language_code, render
from solieu.revisions import record_revision, utc_now, write_new_original, write_sidecar
from solieu.sources import SAFE_ID, InputError

# What `solieu add` cannot know and the curator fills in, with what each takes.
TO_FILL = {
    "title": "the document's title as written",
    "geography": "the area reported on, e.g. 'Huyện Mai Sơn, tỉnh Sơn La, Việt Nam'",
    "period": "the year (2023) or month (2023-06) reported on",
    "language": "ISO 639-1 code, e.g. vi",
    "license": "the document's licence if it states one (else leave null)",
}


@dataclass
class Added:
    """What ``solieu add`` did: the files written and what it found."""

    source_id: str
    original: Path
    sidecar: Path
    rendition: Rendition
    meta: dict[str, Any]
    figures: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    @property
    def to_fill(self) -> list[str]:
        return [k for k in TO_FILL if self.meta.get(k) is None]


def is_url(target: str) -> bool:
    """True for anything with a URL scheme (``https:``, ``ftp:``, ``file:``), not a path."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:", target)) and not Path(target).exists()


def suggest_id(title: str | None, name: str) -> str:
    """A source id from a title (or a URL's or file's name): ASCII words joined by '-'.

    >>> suggest_id("Báo cáo tình hình kinh tế - xã hội năm 2023", "x")
    'bao-cao-tinh-hinh-kinh-te-xa-hoi-nam-2023'
    >>> suggest_id(None, "https://example.vn/van-ban/BC_123-UBND.pdf")
    'bc-123-ubnd'
    """
    base = title
    if not base:
        path = unquote(urlsplit(name).path) if is_url(name) else name
        base = Path(path.rstrip("/")).stem or urlsplit(name).netloc
    ascii_text = unicodedata.normalize("NFD", base.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for w in words:  # whole words, within the 64 characters an id may have
        if len(slug) + len(w) + 1 > 60:
            break
        slug = f"{slug}-{w}" if slug else w
    return slug or "source"


def add(target: str, dataset: str, raw: Path, *, source_id: str | None = None,
        options: FetchOptions | None = None, fetcher: Fetcher | None = None,
        now: datetime | None = None, new_dataset: bool = False) -> Added:
    """Snapshot ``target`` (an http(s) URL or a file) into ``raw/<dataset>/`` and return
    what was written and found. Raises InputError, having written nothing, when it cannot.
    ``new_dataset``: also write a ``dataset.yaml`` to fill in, if there is none."""
    from solieu.extract import extract

    if not SAFE_ID.match(dataset):
        raise InputError(f"--dataset {dataset!r}: not a safe name; use lowercase letters, digits "
                         "and '-' (e.g. mai-son-district).")
    folder = Path(raw) / dataset
    options = options or FetchOptions()
    response_meta: dict[str, Any] = {}
    if is_url(target):
        check_url(target)
        _refuse_registered(folder, target)
        own = fetcher is None
        client = fetcher or Fetcher(options)
        try:
            response = client.get(target)
        finally:
            if own:
                client.__exit__(None, None, None)
        data, where, charset = response.data, target, response.charset
        fmt = detect_format(data, response.content_type, target, target)
        moment: datetime | None = now or utc_now()
        response_meta = {"url": target, "etag": response.etag,
                         "last_modified": response.last_modified,
                         "content_type": response.content_type, "language": response.language}
    else:
        path = Path(target)
        if not path.is_file():
            raise InputError(f"{target}: no such file, and not an http(s) URL.")
        if path.stat().st_size > options.max_bytes:
            raise InputError(f"{target}: larger than the limit of {options.max_bytes:,} bytes; "
                             "raise the limit (--max-bytes) if the report really is this large.")
        data, where, charset, moment = path.read_bytes(), str(path), None, None
        fmt = detect_format(data, None, path.name, where)
    rendition = render(data, fmt, where, charset=charset)
    found = rendition.meta
    sid = source_id or suggest_id(found.get("title"), target)
    if not SAFE_ID.match(sid):
        raise InputError(f"--id {sid!r}: not a safe source id; use lowercase letters, digits and "
                         "'-' (e.g. 2023-annual-report).")
    folder.mkdir(parents=True, exist_ok=True)
    taken = sorted(p.name for p in folder.glob(f"{sid}.*"))
    if taken:
        raise InputError(f"{folder}: source id {sid!r} is taken ({', '.join(taken)}); give "
                         "another with --id.")
    meta: dict[str, Any] = {
        "title": found.get("title"), "publisher": found.get("publisher"),
        "url": response_meta.get("url"), "geography": None, "period": None,
        "language": found.get("language") or language_code(response_meta.get("language")),
        "retrieved": None, "license": None, "published": found.get("published"),
    }
    original = write_new_original(folder, sid, fmt, data, first=True)
    record_revision(meta, original, data, rendition, moment, etag=response_meta.get("etag"),
                    last_modified=response_meta.get("last_modified"),
                    content_type=response_meta.get("content_type"))
    sidecar = folder / f"{sid}.yaml"
    how = f"from {target}" if moment else f"from the file {Path(target).name}"
    write_sidecar(sidecar, meta, comment=f"# Sidecar of {original.name}, written by `solieu add` "
                  f"{how}.\n# Unknown fields are null, never invented: fill them in.\n")
    notes = []
    if new_dataset and not (folder / "dataset.yaml").exists():
        write_dataset_template(folder / "dataset.yaml", dataset, found.get("language"))
        notes.append(f"{folder}/dataset.yaml written: fill in its titles, descriptions, "
                     "geography, license and keywords (its null fields).")
    elif not (folder / "dataset.yaml").exists():
        notes.append(f"{folder}/dataset.yaml is missing: copy one from another dataset "
                     f"(e.g. raw/son-la-city/dataset.yaml) and change name to {dataset}, the "
                     "titles, descriptions, geography, license and keywords; or run "
                     "`solieu add` with --new-dataset to get one to fill in.")
    figures = extract(rendition.text, sid)
    return Added(sid, original, sidecar, rendition, meta, figures, notes)


def write_dataset_template(path: Path, name: str, language: str | None) -> None:
    """A dataset.yaml with its name and every other field null, for the curator."""
    import yaml

    fields = {"name": name, "title_vi": None, "title_en": None, "description_vi": None,
              "description_en": None, "geography": None, "administrative_unit": None,
              "license": None, "keywords": None,
              "redistribute_originals": False}
    head = ("# The dataset's description, written by `solieu add --new-dataset`: fill in the\n"
            "# null fields (see schemas/meta/dataset.schema.json). redistribute_originals: true only\n"
            "# where the reports' own licence allows passing the original files on.\n")
    with open(path, "x", encoding="utf-8") as f:
        f.write(head + yaml.safe_dump(fields, sort_keys=False, allow_unicode=True))


def _refuse_registered(folder: Path, url: str) -> None:
    for sidecar in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        if sidecar.name == "dataset.yaml":
            continue
        meta, _ = parse(sidecar)
        if isinstance(meta, dict) and meta.get("url") == url:
            raise InputError(f"{url}: already in {folder.name} as {sidecar.stem}; "
                             "`solieu fetch` checks it for a new revision.")


def report(added: Added, rows: int = 12) -> str:
    """What ``solieu add`` prints: the files, the rendition, the figures, what to fill in."""
    from solieu.extract import render as render_figures

    r = added.rendition
    lines = [
        f"added {added.source_id}: {added.original} ({r.format}, {added.original.stat().st_size:,}"
        f" bytes) and its sidecar {added.sidecar}",
        f"text: {len(r.text):,} characters, {r.tables} table(s), made by {r.converter}",
        "found: " + ", ".join(f"{k} {added.meta.get(k)!r}" for k in
                              ("title", "publisher", "published", "language"))
        + (f" (the file names its author {r.meta['author']!r}: not taken as publisher)"
           if r.meta.get("author") and not added.meta.get("publisher") else ""),
        f"figures: {len(added.figures)} found by the extractor"
        + (f"; the first {rows}:" if len(added.figures) > rows else ":"),
        render_figures(added.figures.head(rows), "table").rstrip("\n"),
    ]
    if added.to_fill:
        lines.append(f"still to fill in {added.sidecar}:")
        lines += [f"  {k}: {TO_FILL[k]}" for k in added.to_fill]
    lines += added.notes
    lines.append(f"then: solieu extract {added.original} --format table; "
                 f"solieu indicators {added.sidecar.parent}")
    return "\n".join(lines) + "\n"
