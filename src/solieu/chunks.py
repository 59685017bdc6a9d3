"""Large files deflated in pieces cut by their content, so that the pieces an edit did
not touch are not deflated again.

A member of a zip (a table's CSV in a version's zip, a sheet in the workbook) is one
raw deflate stream. Here it is made of pieces, each deflated on its own by a fresh
compressor given the 32 KiB of data before it as its dictionary (what the reader has
inflated just before: matches may reach back into it, so nothing is lost to the cut),
and ended with a sync flush (an empty stored block: the bytes are aligned), then the
final block. Any reader inflates it as one stream; its bytes depend only on the data
and on where the pieces are cut.

Where they are cut is decided by the data alone (:func:`cuts`): at a line's start
whose neighbouring bytes hash below a bar, so that the cuts before and after an edit
fall where they fell, and the pieces there are the same bytes, deflated to the same
bytes. Those are kept between runs (:class:`Deflated`, in the state folder) under the
hash of what was deflated and of the data before it; a run deflates only the pieces it
has not seen. Nothing
depends on what was kept: a run without it deflates every piece and writes the same
bytes.
"""

from __future__ import annotations

import hashlib
import os
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np

# A piece's bytes, on average (its cut is at a line's start); never less than MIN_PIECE
# but where the data ends, never more than MAX_PIECE but in a line longer than that.
PIECE = 512 * 1024
MIN_PIECE = 128 * 1024
MAX_PIECE = 2 * 1024 * 1024
# The bytes either side of a line's start that decide whether a piece begins there.
AROUND = 16
SCAN_BLOCK = 64 * 2**20  # bytes looked through at a time for line ends and quotes
FINAL = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block


WINDOW = 32 * 1024  # deflate's window: the bytes before a piece its matches may reach


def deflate_piece(data: bytes | memoryview, level: int, before: bytes | memoryview = b"") -> bytes:
    """``data`` deflated on its own (raw deflate), ended by a sync flush: not final and
    byte-aligned. ``before``: the data just before it in the stream (at most WINDOW
    bytes), which its matches may refer to, as the reader has inflated it already: a
    piece then compresses as well as in one stream."""
    compressor = (zlib.compressobj(level, zlib.DEFLATED, -15, zdict=before) if len(before)
                  else zlib.compressobj(level, zlib.DEFLATED, -15))
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


def line_starts(data: bytes | memoryview, quoted: bool = False) -> np.ndarray:
    """Where each line after the first begins (int64 offsets). ``quoted``: a line end
    inside double quotes (a CSV cell's text) does not end a line (RFC 4180: quotes in
    a quoted cell are doubled, so a line end is in a cell when the quotes before it are
    odd in number)."""
    view = np.frombuffer(data, np.uint8)
    ends, quotes = [], []
    for start in range(0, len(view), SCAN_BLOCK):
        block = view[start:start + SCAN_BLOCK]
        ends.append(np.flatnonzero(block == 10) + start)
        if quoted:
            quotes.append(np.flatnonzero(block == 34) + start)
    found = np.concatenate(ends) if ends else np.zeros(0, np.int64)
    if quoted and quotes:
        found = found[(np.searchsorted(np.concatenate(quotes), found) & 1) == 0]
    return found.astype(np.int64) + 1


def _hashes(view: np.ndarray, at: np.ndarray) -> np.ndarray:
    """A 64-bit hash (FNV-1a, then mixed) of the ``AROUND`` bytes before and after each
    offset of ``at`` (the data's first or last byte standing for those beyond it)."""
    h = np.full(len(at), 0xCBF29CE484222325, np.uint64)
    index = np.empty_like(at)
    with np.errstate(over="ignore"):
        for d in range(-AROUND, AROUND):
            np.clip(at + d, 0, len(view) - 1, out=index)
            h ^= view[index]
            h *= np.uint64(0x100000001B3)
        h ^= h >> np.uint64(31)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(29)
    return h


def cuts(data: bytes | memoryview, starts: np.ndarray, first: int = 0) -> list[int]:
    """Where pieces of ``data[first:]`` begin, chosen among the line starts ``starts``
    (sorted) by the bytes around each: a line of n bytes begins a piece with the chance
    n / PIECE, by a hash of its neighbourhood, not by its place, so that an edit moves
    only the cuts near it. No piece is shorter than MIN_PIECE (but where the data ends
    sooner); a piece longer than MAX_PIECE is cut at the first line start past that
    length. Returns the offsets where the pieces begin, ``first`` the first of them."""
    view = np.frombuffer(data, np.uint8)
    size = len(view)
    starts = starts[(starts > first) & (starts < size)]
    if not len(starts):
        return [first]
    chance = np.minimum(np.diff(starts, prepend=first) / PIECE, 1.0)
    chosen = starts[_hashes(view, starts).astype(np.float64) < chance * 2.0**64]
    out = [first]

    def force(until: int) -> None:  # cuts past each MAX_PIECE before ``until``
        while until - out[-1] > MAX_PIECE:
            i = int(np.searchsorted(starts, out[-1] + MAX_PIECE))
            if i >= len(starts) or starts[i] >= until or size - starts[i] < MIN_PIECE:
                return
            out.append(int(starts[i]))

    for at in chosen.tolist():
        force(at)
        if at - out[-1] >= MIN_PIECE and size - at >= MIN_PIECE:
            out.append(at)
    force(size)
    return out


def piece_key(salt: bytes, data: bytes | memoryview) -> str:
    """The name a piece is kept under: the sha256 of what makes its deflated bytes."""
    h = hashlib.sha256(salt)
    h.update(data)
    return h.hexdigest()


def salt(*parts: object) -> bytes:
    """What besides the data decides a piece's deflated bytes (the level, the zlib, the
    format of the piece), as the start of its key."""
    return "|".join(map(str, (zlib.ZLIB_RUNTIME_VERSION, *parts))).encode() + b"\0"


# --- CRC-32 of pieces put together (zlib's crc32_combine, which Python does not offer) --

_POLY = 0xEDB88320


def _multiply(a: int, b: int) -> int:
    """a * b modulo the CRC-32 polynomial (bit-reflected, as zlib's multmodp)."""
    m, p = 1 << 31, 0
    while True:
        if a & m:
            p ^= b
            if a & (m - 1) == 0:
                break
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1
    return p


def _powers() -> list[int]:
    table, p = [], 1 << 30  # x^1
    for _ in range(64):
        table.append(p)
        p = _multiply(p, p)
    return table


_X2N = _powers()  # x^(2^n) modulo the polynomial


def crc32_combine(crc1: int, crc2: int, length2: int) -> int:
    """The CRC-32 of A + B from that of A, that of B and B's length."""
    p, k, n = 1 << 31, 3, length2  # x^0; a byte is 2^3 bits
    while n:
        if n & 1:
            p = _multiply(_X2N[k & 63], p)
        n >>= 1
        k += 1
    return _multiply(p, crc1) ^ crc2


# --- pieces kept between runs ---------------------------------------------------------

_HEAD = struct.Struct("<4sIQII")  # magic, crc of the data, its length, of the deflated, their crc
_MAGIC = b"SLZ1"


class Deflated:
    """Deflated pieces kept in ``folder`` (one file each, named by :func:`piece_key`),
    with the CRC-32 and length of the data each was made from. None keeps nothing.
    A piece whose file is damaged (its deflated bytes not those it was written with) is
    as good as absent. :meth:`keep_used` forgets the pieces not asked for since the
    object was made. ``made``, ``reused``: pieces deflated and taken (for tests)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = Path(folder) if folder else None
        self.used: set[str] = set()
        self.made = 0
        self.reused = 0

    def get(self, key: str) -> tuple[bytes, int, int] | None:
        """(deflated bytes, CRC-32 of the data, its length), if kept."""
        self.used.add(key)
        if self.folder is None:
            return None
        try:
            raw = (self.folder / key).read_bytes()
            magic, crc, size, length, check = _HEAD.unpack_from(raw)
        except (OSError, struct.error):
            return None
        body = raw[_HEAD.size:]
        if magic != _MAGIC or len(body) != length or zlib.crc32(body) != check:
            return None
        self.reused += 1
        return body, crc, size

    def put(self, key: str, deflated: bytes, crc: int, size: int) -> None:
        self.used.add(key)
        self.made += 1
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{key}.{os.getpid()}.tmp"
        tmp.write_bytes(_HEAD.pack(_MAGIC, crc, size, len(deflated), zlib.crc32(deflated))
                        + deflated)
        os.replace(tmp, self.folder / key)

    def keep_used(self) -> None:
        """Delete the kept pieces not asked for by this object (nor being written)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in os.scandir(self.folder):
            if entry.name not in self.used and not entry.name.startswith("."):
                os.unlink(entry.path)


# --- a member of pieces in a zip ---------------------------------------------------------

class _Given:
    """Stands for zlib's compressor in zipfile's writer: gives bytes deflated before."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self.pieces = pieces

    def compress(self, data: bytes) -> bytes:
        return b""

    def flush(self) -> bytes:
        return b"".join(self.pieces)


def write_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, deflated: Iterable[bytes],
                 crc: int, size: int) -> None:
    """A deflated member of ``zf`` from bytes deflated before (one raw stream, in
    pieces) and the CRC-32 and length of its data: zipfile frames it as its own."""
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size = size
    with zf.open(info, mode="w") as dest:
        dest._compressor = _Given(deflated)  # type: ignore[attr-defined]
        dest._crc, dest._file_size = crc, size  # type: ignore[attr-defined]
