"""Keeping originals in raw/: sidecars written safely, and new revisions beside the old.

An original is never edited or overwritten. When the report at a source's URL changes
(its text, not only the page around it), the new bytes become
``<source_id>.r<N>.<format>`` beside the earlier ones and are appended to the sidecar's
``revisions``; the sidecar's ``original_sha256``, ``sha256``,
``converter``, ``retrieved``, ``etag`` and ``last_modified`` then describe it. So every
published version can be rebuilt from raw/: its sources table names the
``original_sha256`` it was made from.

:func:`fetch_datasets` is ``solieu fetch`` and the first step of the flow: every source
with a URL is asked for again (conditionally); one that cannot be fetched keeps its
last good revision, and the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from solieu.config import load_kept, meta_schema
from solieu.fetch import Fetcher, FetchError
from solieu.renditions import Rendition, detect_format, render
from solieu.sources import (
    InputError,
    current_original,
    kept_sidecars,
    sha256_bytes,
    sha256_text,
    source_files,
)

OUTCOMES = ("unchanged", "new_revision", "failed", "no_url")


@dataclass(frozen=True)
class Outcome:
    """What fetching one source did."""

    dataset: str
    source_id: str
    status: str  # one of OUTCOMES
    message: str

    @property
    def line(self) -> str:
        return f"{self.dataset}/{self.source_id}: {self.message}"


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- sidecars ---------------------------------------------------------------------------------


def write_sidecar(path: Path, meta: dict[str, Any], comment: str | None = None) -> None:
    """Write a sidecar atomically (a temporary file renamed over it), fields in the schema's
    order, keeping the comment lines at the top of the file it replaces."""
    schema = meta_schema("source")
    ordered = {k: meta[k] for k in schema["properties"] if k in meta}
    ordered.update({k: v for k, v in meta.items() if k not in ordered})
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(_filled(ordered)))
    if error is not None:  # never write a sidecar that would not load
        where = "/".join(map(str, error.absolute_path))
        raise InputError(f"{path}: not written, field {where!r}: {error.message}.")
    head = comment or ""
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        head = "".join(line for line in _leading_comments(lines))
    body = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=100)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(head + body, encoding="utf-8")
    os.replace(tmp, path)


def _leading_comments(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        if not line.startswith("#"):
            break
        out.append(line)
    return out


# Fields `solieu add` leaves null for the curator; the check before writing fills them in
# with placeholders so the rest of the sidecar is still checked.
CURATOR_FIELDS = {"title": "?", "geography": "?", "period": "2000", "language": "vi"}


def _filled(meta: dict[str, Any]) -> dict[str, Any]:
    return {**meta, **{k: v for k, v in CURATOR_FIELDS.items() if meta.get(k) is None}}


def write_new_original(folder: Path, source_id: str, fmt: str, data: bytes, first: bool) -> Path:
    """Write an original under a name no other file has (never overwriting), and return it:
    ``<source_id>.<fmt>`` for the first, ``<source_id>.r<N>.<fmt>`` for later revisions.

    A file left by an interrupted run with exactly these bytes is taken as written.
    """
    n = 1 if first else 2
    while True:
        name = f"{source_id}.{fmt}" if n == 1 else f"{source_id}.r{n}.{fmt}"
        path = folder / name
        try:
            with open(path, "xb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            return path
        except FileExistsError:
            if path.read_bytes() == data and not first:
                return path
            if first:
                raise InputError(f"{path}: already exists; give another --id.") from None
            n += 1


def record_revision(meta: dict[str, Any], path: Path, data: bytes, rendition: Rendition,
                    moment: datetime | None, *, etag: str | None = None,
                    last_modified: str | None = None, content_type: str | None = None) -> None:
    """Append a revision to a sidecar's fields and make it the current one."""
    revisions = list(meta.get("revisions") or [])
    revisions.append({
        "file": path.name,
        "retrieved": timestamp(moment) if moment else None,
        "original_sha256": sha256_bytes(data),
        "content_type": content_type,
        "etag": etag,
        "last_modified": last_modified,
    })
    meta.update(
        format=rendition.format, original_sha256=sha256_bytes(data),
        sha256=sha256_text(rendition.text), converter=rendition.converter,
        etag=etag, last_modified=last_modified, revisions=revisions)
    if moment:
        meta["retrieved"] = moment.date().isoformat()


# --- `solieu fetch` ----------------------------------------------------------------------------


def fetch_datasets(dataset_dirs: list[Path], fetcher: Fetcher, now: datetime | None = None,
                   each: Callable[[Outcome], None] | None = None,
                   renditions: Path | None = None) -> list[Outcome]:
    """Fetch every source with a URL in the given dataset folders, one at a time;
    ``each`` is told every outcome as it comes (a long run shows its progress);
    ``renditions``: the folder where loading keeps what it found (a sidecar as the last
    load found it is not read again: see solieu.known_sources) and sidecars already
    checked (see solieu.config.load_kept)."""
    from solieu.known_sources import KnownSources  # it builds on solieu.sources

    outcomes: list[Outcome] = []
    for folder in dataset_dirs:
        known = KnownSources.of(folder.name, renditions)
        for sidecar in source_files(folder):
            outcome = fetch_source(sidecar, fetcher, now or utc_now(),
                                   kept_sidecars(renditions), known.meta(sidecar))
            if each:
                each(outcome)
            outcomes.append(outcome)
    return outcomes


def fetch_source(sidecar: Path, fetcher: Fetcher, now: datetime,
                 checked: Path | None = None, meta: dict[str, Any] | None = None) -> Outcome:
    """Ask for one source's URL again; keep changed bytes as a new revision (``meta``:
    the sidecar's checked data, if known; else it is read).

    Never raises for a source that cannot be fetched: the outcome says why, and that
    its last good revision stays.
    """
    dataset, source_id = sidecar.parent.name, sidecar.stem
    try:
        meta = meta if meta is not None else load_kept(sidecar, "source", checked)
        url = meta.get("url")
        if not url:
            return Outcome(dataset, source_id, "no_url", "no url: nothing to fetch")
        original = current_original(sidecar, meta)
    except InputError as exc:
        return Outcome(dataset, source_id, "failed", f"{exc}")
    kept = f"the last good revision {original.name} stays"
    try:
        response = fetcher.get(url, etag=meta.get("etag"), last_modified=meta.get("last_modified"))
        if response.not_modified:
            return Outcome(dataset, source_id, "unchanged", "not modified (HTTP 304)")
        old = original.read_bytes()
        if sha256_bytes(response.data) == sha256_bytes(old):
            _remember_validators(sidecar, meta, response.etag, response.last_modified)
            return Outcome(dataset, source_id, "unchanged", "unchanged (same bytes)")
        fmt = detect_format(response.data, response.content_type, url, url)
        was = original.suffix.lstrip(".")
        if fmt != was:
            raise FetchError(
                f"{url}: now serves {fmt} ({response.content_type or 'no content type'}) where "
                f"it served {was}; check the address by hand. If the report really changed "
                "form, add the new one with `solieu add`.")
        rendition = render(response.data, fmt, url, charset=response.charset)
    except InputError as exc:
        return Outcome(dataset, source_id, "failed", f"{exc} ({kept})")
    if sha256_text(rendition.text) == meta["sha256"]:
        # Portals change a page's counters, menus and tokens on every request: what is
        # kept is the report, so bytes that read as the same text are no new revision.
        _remember_validators(sidecar, meta, response.etag, response.last_modified)
        return Outcome(dataset, source_id, "unchanged",
                       "unchanged (the same text; only the page around it changed)")
    try:
        # The new file first, then the sidecar that lists it: a run stopped in between
        # leaves an unlisted file, which the next fetch of the same bytes takes up.
        path = write_new_original(sidecar.parent, source_id, fmt, response.data, first=False)
        if not meta.get("revisions"):  # a sidecar written by hand: its original is revision 1
            meta["revisions"] = [{"file": original.name, "retrieved": None,
                                  "original_sha256": sha256_bytes(old)}]
        record_revision(meta, path, response.data, rendition, now, etag=response.etag,
                        last_modified=response.last_modified, content_type=response.content_type)
        write_sidecar(sidecar, meta)
    except OSError as exc:  # a full disk, a read-only raw/
        return Outcome(dataset, source_id, "failed",
                       f"the new revision could not be written ({exc.strerror}); {kept}")
    n = len(meta["revisions"])
    return Outcome(dataset, source_id, "new_revision",
                   f"changed upstream: revision {n} kept as {path.name}")


def _remember_validators(sidecar: Path, meta: dict[str, Any], etag: str | None,
                         last_modified: str | None) -> None:
    """Same bytes under a new ETag or date: keep the new ones, so that the next request
    can be answered with a 304."""
    if (etag, last_modified) == (meta.get("etag"), meta.get("last_modified")):
        return
    meta.update(etag=etag, last_modified=last_modified)
    if meta.get("revisions"):
        meta["revisions"][-1].update(etag=etag, last_modified=last_modified)
    write_sidecar(sidecar, meta)


def outcome_rows(outcomes: list[Outcome]) -> list[dict[str, str]]:
    """The outcomes as table rows (the run's fetch artifact)."""
    return [{"dataset": o.dataset, "source": o.source_id, "outcome": o.status.replace("_", " "),
             "message": o.message} for o in outcomes]


def fetch_counts(outcomes: list[Outcome]) -> str:
    """How many sources had each outcome, e.g. ``1 unchanged, 1 new revision``."""
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in OUTCOMES}
    return ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in counts.items() if n) or "no sources"


def fetch_failure(outcomes: list[Outcome]) -> str | None:
    """One sentence for the sources that could not be fetched, or None."""
    failed = [o for o in outcomes if o.status == "failed"]
    if not failed:
        return None
    return (f"{len(failed)} source(s) could not be fetched and kept their last good revision: "
            + "; ".join(o.line for o in failed))
