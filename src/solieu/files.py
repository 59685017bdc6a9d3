"""The files of the published folder, written safely: SHA256SUMS, reproducible zips,
folders replaced in one step, leftovers of killed runs removed, one writer at a time.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import hashlib
import json
import logging
import os
import shutil
import sys
import time
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TypeVar

from filelock import FileLock, Timeout

from solieu import chunks
from solieu.chunks import (
    FINAL,
    Deflated,
    cuts,
    deflate_piece,
    line_starts,
    piece_key,
    salt,
    write_member,
)
from solieu.package import sha256_file
from solieu.sources import InputError

log = logging.getLogger(__name__)

LOCK_NAME = ".publish.lock"
# A fixed timestamp for every zip entry (the earliest a zip can hold): no clock in output.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
T = TypeVar("T")



WHAT_TO_DO = {
    errno.ENOSPC: "no space left on the disk; free some space there and run again",
    errno.EDQUOT: "the disk quota is used up; free some space there and run again",
    errno.EACCES: "permission denied; give the user running solieu write access to it",
    errno.EPERM: "operation not permitted; give the user running solieu write access to it",
    errno.EROFS: "the file system is read-only; publish to a writable folder",
    errno.EMFILE: "too many open files; raise the limit (ulimit -n) and run again",
}


def disk_error(exc: OSError | shutil.Error, doing: str, where: Path | None = None) -> InputError:
    """One line for a failed file operation: which path, what happened, what to do
    (never shutil's list of every file it could not copy). ``where`` is the folder being
    written, named when the error does not say which file (a write to a full disk)."""
    if isinstance(exc, shutil.Error):  # copytree: a list of (source, target, why)
        first = exc.args[0][0] if exc.args and exc.args[0] else ("?", "?", str(exc))
        more = len(exc.args[0]) - 1 if exc.args and exc.args[0] else 0
        return InputError(f"{first[1]}: could not be written while {doing} ({first[2]})"
                          + (f", and {more} more file(s)" if more else "")
                          + "; nothing was published half-way.")
    path = exc.filename or where or "(a file being written)"
    what = WHAT_TO_DO.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    return InputError(f"{path}: {what} (while {doing}; errno {exc.errno}). Nothing was "
                      "published half-way: the previous version is as it was.")


def package_files(folder: Path) -> list[str]:
    """Every file under ``folder`` as a sorted POSIX relative path."""
    # Strings, not Path objects: a version of thousands of reports has as many files.
    found = []
    for root, _, names in os.walk(folder):  # into no linked folder, as rglob
        rel = os.path.relpath(root, folder)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        found += [prefix + n for n in names if os.path.isfile(os.path.join(root, n))]
    return sorted(found)


def write_sha256sums(folder: Path) -> None:
    """SHA256SUMS in ``sha256sum`` format (``sha256sum -c SHA256SUMS`` checks it)."""
    lines = [f"{sha256_file(folder / p)}  {p}\n" for p in package_files(folder)
             if p != "SHA256SUMS"]
    (folder / "SHA256SUMS").write_text("".join(lines), encoding="utf-8", newline="\n")


def write_zip(folder: Path, target: Path, prefix: str,
              previous: tuple[Path, Path, str] | None = None, kept: Deflated | None = None,
              pieces: bool = True) -> int:
    """A reproducible zip of ``folder``: sorted entries under ``prefix/``, fixed
    timestamps and permissions, so the same files always give the same bytes.

    A file of PIECES_FROM bytes or more is deflated in pieces cut by its content
    (:mod:`solieu.chunks`), so that a file changed in a few places (a table's CSV after
    one report changed) is deflated again only there: ``kept`` holds the pieces deflated
    before and is given those made here (None: every piece is deflated). ``pieces``
    False deflates every file whole, as zips made before were (to rebuild one of those).

    ``previous``: (the folder, its zip, that zip's prefix) of the version before. A
    smaller file whose bytes are the same there (same sha256 in both SHA256SUMS) takes
    the compressed bytes of its entry in that zip instead of being deflated again:
    deflate at level 9 of thousands of unchanged texts was most of a small change's zip.
    They are the bytes deflate gives here (checked on one such file first; a zip made by
    another zlib is not reused), so the zip is the same as one made from scratch.
    Returns the number of entries reused."""
    from_pieces = PIECES_FROM if pieces else None
    reuse = _reusable(folder, previous, from_pieces) if previous else {}
    sums = _sums(folder)
    kept = kept if kept is not None else Deflated(None)

    def deflated(rel: str) -> tuple[list[bytes], int, int]:
        raw = reuse.get(rel)
        if raw is not None:
            data = (folder / rel).read_bytes()
            return [raw], zlib.crc32(data), len(data)
        if from_pieces is not None and os.path.getsize(folder / rel) >= from_pieces:
            return _in_pieces(folder / rel, sums.get(rel), kept)
        data = (folder / rel).read_bytes()  # as zipfile deflates a member at level 9
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        return [deflate.compress(data) + deflate.flush()], zlib.crc32(data), len(data)

    files = package_files(folder)
    # Members are deflated side by side (zlib lets go of the interpreter while it works:
    # a large version's tables are most of its zip) and written in order.
    with ThreadPoolExecutor(max_workers=ZIP_THREADS) as pool, \
            zipfile.ZipFile(target, "w") as zf:
        for rel, (raw, crc, size) in zip(files, _in_order(pool, deflated, files, folder, reuse),
                                         strict=True):
            info = zipfile.ZipInfo(f"{prefix}/{rel}", date_time=ZIP_EPOCH)
            info.create_system = 3  # Unix, so that the permissions below are read
            info.external_attr = (0o100644 & 0xFFFF) << 16
            # As writestr does, with the deflated bytes given: zipfile frames the entry
            # (header, CRC of the data, sizes) exactly as for bytes it deflated itself.
            info._compresslevel = 9  # type: ignore[attr-defined]
            write_member(zf, info, raw, crc, size)
    return sum(1 for rel in files if rel in reuse)


# A file of this many bytes or more goes into a zip in pieces (see write_zip): more than
# any file of a version of a few reports, so that their zips are as they always were.
PIECES_FROM = 4 * 2**20
ZIP_LEVEL = 9


def _in_pieces(path: Path, sha256: str | None, kept: Deflated) -> tuple[list[bytes], int, int]:
    """A file deflated in pieces cut by its content: (the pieces' deflated bytes, the
    final block last; the CRC-32 of the file; its length). A file whose sha256 was seen
    before, or a piece, is taken from ``kept`` where it is there."""
    whole = piece_key(salt("zip member", ZIP_LEVEL, chunks.PIECE, chunks.MIN_PIECE,
                           chunks.MAX_PIECE, chunks.AROUND),
                      (sha256 or "").encode()) if sha256 else None
    listed = kept.get(whole) if whole else None
    if listed is not None:
        listing, crc, size = listed
        found = [kept.get(key) for key in listing.decode().split()]
        if all(found):
            return [f[0] for f in found if f] + [FINAL], crc, size
    data = path.read_bytes()
    view = memoryview(data)
    at = cuts(data, line_starts(data))
    out, keys = [], []
    for start, end in zip(at, [*at[1:], len(data)], strict=True):
        before = view[max(0, start - chunks.WINDOW):start]
        key = piece_key(salt("zip piece", ZIP_LEVEL), bytes(before) + bytes(view[start:end]))
        got = kept.get(key)
        if got is None:
            piece = view[start:end]
            got = (deflate_piece(piece, ZIP_LEVEL, before), zlib.crc32(piece), len(piece))
            kept.put(key, *got)
        out.append(got[0])
        keys.append(key)
    crc = zlib.crc32(data)
    if whole:
        kept.put(whole, " ".join(keys).encode(), crc, len(data))
    return [*out, FINAL], crc, len(data)


ZIP_THREADS = max(1, min(os.cpu_count() or 1, 4))  # members deflated at a time
# Bytes of members to deflate read ahead of the one being written: a large version's
# tables are hundreds of MiB, never all held at once.
ZIP_AHEAD = 128 * 2**20


def _in_order(pool: ThreadPoolExecutor, work: Callable[[str], T], files: list[str],
              folder: Path, reuse: dict[str, bytes]) -> Iterator[T]:
    """``work`` of each file, in order: a file to deflate is handed to ``pool`` once the
    files being deflated ahead of it come to no more than :data:`ZIP_AHEAD` bytes with it
    (the earliest are taken first); a file deflated before (in ``reuse``) is done when its
    turn comes."""
    pending: deque[tuple[str, Future[T] | None, int]] = deque()
    ahead = 0  # bytes of the files handed to the pool and not yet taken
    for rel in files:
        size = 0 if rel in reuse else os.path.getsize(folder / rel)
        while ahead and ahead + size > ZIP_AHEAD:
            item = pending.popleft()
            ahead -= item[2]
            yield _done(item, work)
        pending.append((rel, None if rel in reuse else pool.submit(work, rel), size))
        ahead += size
    while pending:
        yield _done(pending.popleft(), work)


def _done(item: tuple[str, Future[T] | None, int], work: Callable[[str], T]) -> T:
    rel, future, _ = item
    return work(rel) if future is None else future.result()


def _sums(folder: Path) -> dict[str, str]:
    try:
        text = (folder / "SHA256SUMS").read_text(encoding="utf-8")
    except OSError:
        return {}
    return {rel: digest for digest, _, rel in (line.partition("  ") for line in text.splitlines())}


def _reusable(folder: Path, previous: tuple[Path, Path, str],
              from_pieces: int | None) -> dict[str, bytes]:
    """Relative path -> deflated bytes in the previous zip, for the files of ``folder``
    whose bytes are the same as there (and that are not deflated in pieces: smaller than
    ``from_pieces``); nothing if that zip cannot be read or was made by a deflate that
    gives other bytes than this one."""
    old_folder, old_zip, old_prefix = previous
    new, old = _sums(folder), _sums(old_folder)
    same = [rel for rel, digest in new.items() if old.get(rel) == digest
            and (from_pieces is None or os.path.getsize(folder / rel) < from_pieces)]
    if not same:
        return {}
    found: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(old_zip) as zf, open(old_zip, "rb") as f:
            for rel in same:
                info = zf.getinfo(f"{old_prefix}/{rel}")
                if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x08:
                    continue
                f.seek(info.header_offset)
                header = f.read(30)
                if header[:4] != b"PK\x03\x04":
                    return {}
                skip = int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30],
                                                                                 "little")
                f.seek(info.header_offset + 30 + skip)
                found[rel] = f.read(info.compress_size)
    except (OSError, KeyError, zipfile.BadZipFile):
        return {}
    probe = min(found, key=lambda rel: len(found[rel]), default=None)
    if probe is None:
        return {}
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    if deflate.compress((folder / probe).read_bytes()) + deflate.flush() != found[probe]:
        return {}
    return found


# ---------------------------------------------------------------------------------
# Files in place, one step at a time


Checkpoint = Callable[[str], None]
"""Called with a name at each step of publishing (``locked``, ``staged``, ``finished``,
``zipped``, ``renamed``, ``latest_copied``, ``latest_swapped``), so that a caller (a test)
can stop the publisher there, kill it, or start a rival, at a known point."""


def no_checkpoint(name: str) -> None:
    """Go straight on (the publisher's default checkpoint)."""


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


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links, or another device
        shutil.copy2(source, target)


def replace_folder(source: Path, target: Path,
                   checkpoint: Checkpoint = no_checkpoint) -> None:
    """Make ``target`` a full copy of ``source``; readers see the old or the new copy.

    The copy's files are hard links to the source's where the file system allows: the
    same bytes, not written twice (a version's files are never changed in place), so
    ``latest/`` costs one link per file however large the version is. Whoever copies,
    downloads or checks out the folder gets ordinary files."""
    tmp = target.with_name(f".{target.name}-new-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(source, tmp, copy_function=_link_or_copy)
    checkpoint("latest_copied")
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


# ---------------------------------------------------------------------------------
# What a run keeps between runs about the published folder (in the state folder)


def read_kept(path: Path | None) -> dict[str, object]:
    """A JSON object kept between runs (empty if there is none, or it cannot be read:
    everything kept is only ever a shortcut, never the truth)."""
    if path is None:
        return {}
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def write_kept(path: Path | None, value: dict[str, object]) -> None:
    """Keep a JSON object between runs, whole or not at all (written beside, renamed)."""
    if path is None:
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


@cache
def code_version() -> str:
    """A hash of the package's code, templates and schemas: what everything derived from
    the published folder (the panel, the catalog) is made by; a kept shortcut made by
    other code is not used."""
    from solieu import SCHEMAS

    h = hashlib.sha256()
    for name, here in (("code", Path(__file__).parent), ("schemas", SCHEMAS)):
        for path in sorted(p for p in here.rglob("*") if p.is_file()
                           and "__pycache__" not in p.parts and p.suffix != ".pyc"):
            h.update(f"{name}/{path.relative_to(here).as_posix()}".encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


# Timestamps are trusted to tell a file's writes apart only when they are older than a
# tick of the file system's clock (a write within the same tick as the hashing could
# leave them as they were). Whole-second times (FAT, ext3, some network file systems)
# get 2 s; others (ext4, xfs, btrfs, tmpfs keep nanoseconds, set at a timer tick of 1 to
# 10 ms) get 50 ms.
RACY_NS = 50_000_000
RACY_COARSE_NS = 2_000_000_000


def written_when_read(mtime_ns: int, hashed_at: int) -> bool:
    """A file modified at ``mtime_ns`` may have been written within a clock tick of its reading
    at ``hashed_at``: what was read then may not be its bytes now, so it is not trusted."""
    tick = RACY_COARSE_NS if mtime_ns % 1_000_000_000 == 0 else RACY_NS
    return mtime_ns >= hashed_at - tick


class KnownHashes:
    """The sha256 of files hashed before, kept in ``path`` (a JSON file in the state
    folder), so that a run does not read again every byte of what it hashed before.

    A file's kept hash is used only when the file's device, inode, size, modification
    time and change time (ctime) are all as they were when it was hashed, and the file
    had not been written within a clock tick before it was hashed (see ``RACY_NS``).
    What this trusts: that the file system's ctime moves whenever a file's bytes do.
    Writing a file sets its mtime and ctime to now; setting the mtime back (``touch -d``)
    sets the ctime to now, which no user can set back; replacing a file (a rename over
    it) gives another inode. Only root changing the system clock, or editing the disk
    under the file system, could change bytes unseen. Hard links (``latest/``) share the
    entry of their inode. ``solieu verify`` does not use it: it reads every byte.

    ``hashed``: files actually read by this object (for tests and summaries)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else None
        kept = read_kept(self.path)
        entries = kept.get("entries")
        self.entries: dict[str, list[object]] = entries if isinstance(entries, dict) else {}
        self.hashed = 0
        self.changed = False
        self.used: set[str] = set()

    @staticmethod
    def _key(st: os.stat_result) -> str:
        return f"{st.st_dev}:{st.st_ino}"

    def sha256(self, path: Path) -> str:
        """The sha256 (hex) of ``path``: the kept one if the file is as it was then."""
        st = os.stat(path)
        self.used.add(self._key(st))
        entry = self.entries.get(self._key(st))
        if (isinstance(entry, list) and len(entry) == 5
                and entry[:3] == [st.st_size, st.st_mtime_ns, st.st_ctime_ns]
                and isinstance(entry[3], int) and not written_when_read(st.st_mtime_ns, entry[3])):
            return str(entry[4])
        started = time.time_ns()
        digest = sha256_file(path)
        self.hashed += 1
        after = os.stat(path)
        if (after.st_size, after.st_mtime_ns, after.st_ctime_ns) == (
                st.st_size, st.st_mtime_ns, st.st_ctime_ns):  # not written while read
            self.entries[self._key(st)] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns,
                                           started, digest]
            self.changed = True
        return digest

    def record(self, path: Path, digest: str, hashed_at: int) -> None:
        """Keep ``digest`` for ``path``, hashed by the caller from its bytes at
        ``hashed_at`` (time.time_ns() taken before reading them). A file written since
        then has its mtime at or after that time, so its entry is never trusted."""
        st = os.stat(path)
        self.entries[self._key(st)] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns,
                                       hashed_at, digest]
        self.changed = True

    def keep_only(self, paths: list[Path]) -> None:
        """Forget every entry but those of ``paths`` (files no longer looked up)."""
        keys = set()
        for p in paths:
            try:
                keys.add(self._key(os.stat(p)))
            except OSError:
                continue
        if keys != set(self.entries):
            self.entries = {k: v for k, v in self.entries.items() if k in keys}
            self.changed = True

    def keep_used(self) -> None:
        """Forget every entry not looked up by this object."""
        if set(self.entries) - self.used:
            self.entries = {k: v for k, v in self.entries.items() if k in self.used}
            self.changed = True

    def save(self) -> None:
        """Write the entries back (if any changed and there is a file to keep them in)."""
        if self.changed and self.path is not None:
            write_kept(self.path, {"entries": self.entries})
            self.changed = False
