"""A version's zip with its large files deflated in pieces cut by their content: one
deflate stream per file that any reader inflates, the same bytes with or without the
pieces kept from the last zip, and only the pieces about a change deflated again."""

from __future__ import annotations

import importlib
import random
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from solieu import chunks
from solieu.chunks import Deflated
from solieu.files import write_sha256sums, write_zip

files = importlib.import_module("solieu.files")  # the package's ``files`` is another


@pytest.fixture
def small_pieces(monkeypatch):
    """Files of a few KiB go in pieces of a few hundred bytes."""
    monkeypatch.setattr(files, "PIECES_FROM", 4000)
    monkeypatch.setattr(chunks, "PIECE", 600)
    monkeypatch.setattr(chunks, "MIN_PIECE", 150)
    monkeypatch.setattr(chunks, "MAX_PIECE", 2400)
    monkeypatch.setattr(chunks, "WINDOW", 100)  # what a piece's deflate may refer back to


def a_table(rows: int, seed: int = 3) -> bytes:
    rng = random.Random(seed)
    lines = [b"source_id,value,sentence\r\n"]
    for i in range(rows):
        words = " ".join(rng.choice(["thu", "chi", "ngân sách", "tăng", "đạt", "%"])
                         for _ in range(rng.randint(2, 12)))
        lines.append(f"report-{i // 9:04d},{rng.randint(0, 10**6)},\"{words}\"\r\n".encode())
    return b"".join(lines)


def a_version(folder: Path, table: bytes) -> Path:
    (folder / "data").mkdir(parents=True, exist_ok=True)
    (folder / "data" / "figures.csv").write_bytes(table)
    (folder / "README.md").write_text("tiny\n", encoding="utf-8")
    (folder / "data" / "blob.bin").write_bytes(random.Random(5).randbytes(9000))
    write_sha256sums(folder)
    return folder


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_a_large_file_goes_in_pieces_that_read_back_as_the_file(tmp_path, small_pieces):
    folder = a_version(tmp_path / "v", a_table(2000))
    path = tmp_path / "v.zip"
    kept = Deflated(tmp_path / "kept")
    write_zip(folder, path, "v", kept=kept)
    assert kept.made > 20  # pieces of figures.csv and of blob.bin, and their records
    inside = members(path)
    for rel in files.package_files(folder):
        assert inside[f"v/{rel}"] == (folder / rel).read_bytes()
    if shutil.which("unzip"):
        subprocess.run(["unzip", "-tq", str(path)], check=True, capture_output=True)


def test_kept_pieces_give_the_same_zip_and_only_a_change_is_deflated(tmp_path, small_pieces):
    table = a_table(3000)
    folder = a_version(tmp_path / "v", table)
    first = Deflated(tmp_path / "kept")
    write_zip(folder, tmp_path / "a.zip", "v", kept=first)
    lines = table.split(b"\r\n")
    lines[1500] = b"report-0166,7,\"a figure corrected\""
    lines.insert(2500, b"report-0277,1,\"a figure added\"")
    a_version(folder, b"\r\n".join(lines))
    again = Deflated(tmp_path / "kept")
    write_zip(folder, tmp_path / "b.zip", "v", kept=again)
    write_zip(folder, tmp_path / "c.zip", "v")  # nothing kept: every piece deflated
    assert (tmp_path / "b.zip").read_bytes() == (tmp_path / "c.zip").read_bytes()
    assert again.made <= 6  # the pieces about the two lines, and the file's record
    assert again.reused >= first.made - 8
    assert members(tmp_path / "b.zip")["v/data/figures.csv"] == b"\r\n".join(lines)
    again.keep_used()
    unchanged = Deflated(tmp_path / "kept")  # the same files: taken whole, none read
    write_zip(folder, tmp_path / "d.zip", "v", kept=unchanged)
    assert unchanged.made == 0
    assert (tmp_path / "d.zip").read_bytes() == (tmp_path / "c.zip").read_bytes()


def test_pieces_lose_little_to_one_stream(tmp_path, monkeypatch):
    """Each piece's deflate is given the 32 KiB before it: the zip is hardly larger than
    one deflated whole (at the pieces' real size)."""
    monkeypatch.setattr(files, "PIECES_FROM", 1)
    folder = a_version(tmp_path / "v", a_table(60000))
    write_zip(folder, tmp_path / "p.zip", "v")
    write_zip(folder, tmp_path / "w.zip", "v", pieces=False)
    with zipfile.ZipFile(tmp_path / "p.zip") as p, zipfile.ZipFile(tmp_path / "w.zip") as w:
        pieces, whole = (z.getinfo("v/data/figures.csv").compress_size for z in (p, w))
    assert (folder / "data" / "figures.csv").stat().st_size > 3 * chunks.PIECE
    assert whole < pieces < whole * 1.005


def test_crc32_of_pieces_put_together():
    rng = random.Random(1)
    for _ in range(100):
        a, b = rng.randbytes(rng.randint(0, 200)), rng.randbytes(rng.randint(0, 5000))
        assert chunks.crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_cuts_fall_at_line_starts_and_move_only_near_an_edit(small_pieces):
    table = a_table(3000)
    starts = chunks.line_starts(table)
    at = chunks.cuts(table, starts)
    assert at[0] == 0 and set(at[1:]) <= set(starts.tolist())
    sizes = [b - a for a, b in zip(at, [*at[1:], len(table)], strict=True)]
    assert min(sizes[:-1]) >= chunks.MIN_PIECE and max(sizes) <= chunks.MAX_PIECE + 200
    edited = table[:50000] + b"report-9999,1,\"new\"\r\n" + table[50000:]
    moved = set(chunks.cuts(edited, chunks.line_starts(edited)))
    shift = len(b"report-9999,1,\"new\"\r\n")
    same = {a if a < 50000 else a + shift for a in at}
    assert len(same - moved) <= 2


def test_line_ends_in_quotes_are_not_line_starts():
    text = b'a,b\r\n1,"x\r\ny"\r\n2,"""q"""\r\n3,z'
    assert chunks.line_starts(text, quoted=True).tolist() == [5, 15, 26]
    assert len(chunks.line_starts(text)) == 4


def test_a_zip_made_before_pieces_is_rebuilt_by_the_ledger(tmp_path, monkeypatch):
    """A version published while every file was deflated whole: its lost zip is
    rebuilt the same way, matching the ledger."""
    from solieu.ledger import check_before_publish
    from solieu.publish import publish
    from test_publish import make_dataset, make_tables

    monkeypatch.setattr(files, "PIECES_FROM", 10**12)  # as before pieces
    ds = make_dataset()
    publish(ds, make_tables(ds), tmp_path / "published")
    dataset_dir = tmp_path / "published" / "tiny-city"
    committed = (dataset_dir / "tiny-city-1.0.0.zip").read_bytes()
    (dataset_dir / "tiny-city-1.0.0.zip").unlink()
    monkeypatch.setattr(files, "PIECES_FROM", 1000)  # now its CSV files would go in pieces
    _, said = check_before_publish(dataset_dir, fix=True)
    assert any("rebuilt from 1.0.0/, matching the ledger" in s for s in said)
    assert (dataset_dir / "tiny-city-1.0.0.zip").read_bytes() == committed
