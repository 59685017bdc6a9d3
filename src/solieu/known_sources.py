"""Sources loaded before, kept between runs: an unchanged source costs a read of its text.

Loading a source (:func:`solieu.sources.load_source`) checks its sidecar against the
schema, hashes its original, renders its text, checks it for a legacy encoding and
hashes it. In a dataset of thousands of reports of which one changed, that was most of
loading. What loading found is kept per dataset in the state folder, under the identity
of every file it read (device, inode, size, modification and change time, as
:class:`solieu.files.KnownHashes` keeps hashes, trusting the same things): the sidecar,
the original and the file the text is read from (the original itself for a text file
whose bytes are its text, else the rendition kept for it). A source whose files are all
as they were is made from what was kept, its text read from that file; anything else is
loaded and checked as before. The same :class:`~solieu.sources.Source` either way.

``loaded`` and ``kept`` count the sources of each kind (for tests and summaries).
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path
from typing import Any

from solieu.config import json_tagged, json_untagged  # the sidecar cache's JSON for dates
from solieu.files import read_kept, write_kept, written_when_read
from solieu.renditions import converter, rendition_path
from solieu.sources import Source, current_original


def _identity(path: Path) -> list[int] | None:
    """What tells a file's bytes apart between runs, or None if it is not a plain file
    (a link is never trusted: its target could change without it)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


class KnownSources:
    """What loading found about each source of one dataset, kept in ``path`` (a JSON
    file in the state folder; None: nothing kept)."""

    @classmethod
    def of(cls, dataset: str, renditions: Path | None) -> KnownSources:
        """What is kept of ``dataset``'s sources beside the texts in ``renditions``
        (None: nothing)."""
        return cls(renditions / "sources" / f"{dataset}.json" if renditions else None,
                   renditions)

    def __init__(self, path: Path | None, renditions: Path | None) -> None:
        self.path = Path(path) if path else None
        self.renditions = renditions
        entries = read_kept(self.path).get("entries")
        self.entries: dict[str, Any] = entries if isinstance(entries, dict) else {}
        self.loaded = 0
        self.kept = 0
        self.changed = False

    def get(self, sidecar: Path, max_bytes: int | None) -> Source | None:
        """The source of ``sidecar`` as loaded before, if every file it was made from is
        as it was then (and the original within ``max_bytes``); else None."""
        if (meta := self.meta(sidecar)) is None:  # the sidecar first, as the fetch step asks
            return None
        entry = self.entries[sidecar.stem]
        try:
            if entry["converter"] != converter(entry["format"]):  # another library version
                return None
            files = [Path(p) for p, _ in entry["files"]]
            if any(ident != _identity(p) or written_when_read(ident[3], entry["read_at"])
                   for p, (_, ident) in zip(files[1:], entry["files"][1:], strict=True)):
                return None
            original = current_original(sidecar, meta)  # another original beside it: a miss
            if original != files[1] or (max_bytes is not None and
                                        entry["files"][1][1][2] > max_bytes):
                return None
            data = files[-1].read_bytes()
            text = data.decode("utf-8")
        except (OSError, KeyError, TypeError, ValueError, IndexError):
            return None
        source = Source(source_id=sidecar.stem, text=text, meta=meta, path=original,
                        format=entry["format"], original_sha256=entry["original_sha256"],
                        converter=entry["converter"])
        source.__dict__["sha256"] = entry["sha256"]  # Source.sha256, as made when loaded
        self.kept += 1
        return source

    def meta(self, sidecar: Path) -> dict[str, Any] | None:
        """The checked data of ``sidecar`` as loading found it, if the file is as it was
        then; else None (read and check it)."""
        entry = self.entries.get(sidecar.stem)
        if not isinstance(entry, dict):
            return None
        try:
            path, ident = entry["files"][0]
            if Path(path) != sidecar or ident != _identity(sidecar) \
                    or written_when_read(ident[3], entry["read_at"]):
                return None
            meta = json.loads(entry["meta"], object_hook=json_untagged)
        except (KeyError, TypeError, ValueError, IndexError):
            return None
        return meta if isinstance(meta, dict) else None

    def record(self, sidecar: Path, source: Source, read_at: int) -> Source:
        """Keep what loading ``sidecar`` gave (``source``; ``read_at``: time.time_ns()
        before its files were read: one written since is never trusted)."""
        self.loaded += 1
        text_file = (source.path if source.format == "txt"
                     else rendition_path(source.original_sha256, source.format, self.renditions))
        if self.path is None or text_file is None:  # nothing kept, or no file to read
            return source
        try:
            meta = json.dumps(source.meta, default=json_tagged, ensure_ascii=False, sort_keys=True)
            same = (json.loads(meta, object_hook=json_untagged) == source.meta
                    and Path(text_file).read_bytes() == source.text.encode("utf-8"))
        except (OSError, TypeError, ValueError):
            same = False
        files = [sidecar, source.path] + ([Path(text_file)] if text_file != source.path else [])
        identities = [_identity(p) for p in files] if same else []
        if not same or any(i is None for i in identities):
            self.changed |= self.entries.pop(sidecar.stem, None) is not None
            return source
        self.entries[sidecar.stem] = {
            "files": [[str(p), i] for p, i in zip(files, identities, strict=True)],
            "read_at": read_at, "meta": meta, "format": source.format,
            "original_sha256": source.original_sha256, "converter": source.converter,
            "sha256": source.sha256}
        self.changed = True
        return source

    def keep_only(self, source_ids: set[str]) -> None:
        """Forget the sources no longer in the dataset."""
        if set(self.entries) - source_ids:
            self.entries = {k: v for k, v in self.entries.items() if k in source_ids}
            self.changed = True

    def save(self) -> None:
        """Write what is kept, if anything changed."""
        if self.changed:
            write_kept(self.path, {"entries": self.entries})
            self.changed = False


def now() -> int:
    """The time to pass to :meth:`KnownSources.record`, taken before loading a source."""
    return time.time_ns()
