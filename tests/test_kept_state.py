"""What publishing keeps between runs: hashes of files as they were, each source's
warnings, what the panel and the catalog were made from. Counted, not timed: an
unchanged run hashes no per-report file and reads no dataset again; a run with one
changed dataset reads only that one; and everything comes out byte for byte as made
from scratch."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from solieu import catalog as catalog_module
from solieu import checks, files, panel, pipeline, sources, unreadable
from solieu.catalog import write_catalog
from solieu.files import KnownHashes
from solieu.package import read_descriptor, read_rows
from solieu.panel import write_panel
from solieu.settings import Settings
from solieu.splice import KeptCsv
from solieu.verify import verify
from test_incremental import make_raw, write_report
from test_publish import tree

NAMES = ["a", "b", "c"]


def _old(path: Path, seconds: float = 10) -> None:
    """Set a file's mtime back (its ctime stays now: only the system can set that)."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_kept_hash_is_used_only_while_the_file_is_as_it_was(tmp_path):
    f = tmp_path / "report.txt"
    f.write_bytes(b"1.178 ty dong")
    _old(f)
    kept = KnownHashes(tmp_path / "hashes.json")
    digest = hashlib.sha256(b"1.178 ty dong").hexdigest()
    assert kept.sha256(f) == digest and kept.hashed == 1
    assert kept.sha256(f) == digest and kept.hashed == 1  # not read again
    kept.save()
    again = KnownHashes(tmp_path / "hashes.json")
    assert again.sha256(f) == digest and again.hashed == 0  # nor by the next run

    # The same size, the mtime put back: the ctime moved, so the file is read.
    before = f.stat()
    f.write_bytes(b"1.179 ty dong")
    os.utime(f, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert f.stat().st_mtime_ns == before.st_mtime_ns
    assert again.sha256(f) == hashlib.sha256(b"1.179 ty dong").hexdigest()
    assert again.hashed == 1

    # A hard link is the same file: read once more (linking moves the ctime), then shared.
    link = tmp_path / "latest.txt"
    os.link(f, link)
    assert again.sha256(link) == again.sha256(f) and again.hashed == 2


def test_a_file_written_just_before_it_was_hashed_is_read_again(tmp_path):
    """Within a tick of the file system's clock a second write could leave the times as
    they were: such a hash is not trusted until the file is older than the hashing."""
    f = tmp_path / "fresh.txt"
    f.write_bytes(b"x")
    kept = KnownHashes()
    kept.sha256(f)
    kept.sha256(f)
    assert kept.hashed == 2
    _old(f)
    kept.sha256(f)
    kept.sha256(f)
    assert kept.hashed == 3


@pytest.fixture
def project(tmp_path, monkeypatch):
    """Three datasets of two reports, published once by the pipeline; the counters of
    what later runs read."""
    monkeypatch.setattr(files, "RACY_NS", 0)  # files here are milliseconds old
    for name in NAMES:
        make_raw(tmp_path, n=2, name=name)
    settings = Settings.for_root(tmp_path)
    pipeline.run(settings, fetch_first=False)
    seen: dict[str, list] = {"hashed": [], "panel": [], "catalog": [], "scanned": [],
                             "listed": []}
    real_hash, real_obs, real_sums = files.sha256_file, panel._observations, catalog_module._sums
    monkeypatch.setattr(catalog_module, "_sums", lambda v: seen["listed"].append(
        f"{v.parent.name}/{v.name}") or real_sums(v))
    real_entry, real_find = catalog_module.dataset_entry, unreadable.find_unreadable
    monkeypatch.setattr(files, "sha256_file", lambda p: seen["hashed"].append(Path(p))
                        or real_hash(p))
    monkeypatch.setattr(panel, "_observations", lambda pub, name, v: seen["panel"].append(name)
                        or real_obs(pub, name, v))
    monkeypatch.setattr(catalog_module, "dataset_entry", lambda pub, d, *a: seen["catalog"]
                        .append(d.name) or real_entry(pub, d, *a))
    monkeypatch.setattr(unreadable, "find_unreadable", lambda text, sid, cat: seen["scanned"]
                        .append(sid) or real_find(text, sid, cat))
    return settings, seen


def _per_report(paths: list[Path], root: Path) -> list[str]:
    """The files among ``paths`` that are one report's: its original or sidecar in raw/,
    its text in a published version."""
    return [p.relative_to(root).as_posix() for p in paths
            if p.parent.parent.name == "raw" or p.parent.name == "sources"]


def test_an_unchanged_run_reads_no_report_and_no_dataset_again(project):
    settings, seen = project
    root = settings.root
    page = (settings.published / "index.html").stat().st_mtime_ns
    pipeline.run(settings, fetch_first=False)
    assert _per_report(seen["hashed"], root) == []
    assert seen["panel"] == [] and seen["catalog"] == [] and seen["scanned"] == []
    assert (settings.published / "index.html").stat().st_mtime_ns == page  # not rewritten
    assert verify(settings.published) == []


def test_one_changed_report_reads_only_its_dataset_and_gives_the_same_bytes(project, tmp_path):
    settings, seen = project
    folder = settings.raw / "b"
    write_report(folder, "r1", (folder / "r1.txt").read_text("utf-8")
                 + "\nCông tác cải cách hành chính được quan tâm.\n")
    pipeline.run(settings, fetch_first=False)
    published = settings.published
    assert (published / "b" / "1.0.1").is_dir() and (published / "panel" / "1.0.1").is_dir()

    assert seen["panel"] == ["b"]  # the panel re-read the rows of b alone
    assert seen["catalog"] == ["b"]
    # Of b's versions only the new one is listed file by file (and the panel's, always).
    assert [v for v in seen["listed"] if not v.startswith("panel/")] == ["b/1.0.1"]
    assert seen["scanned"] == ["r1"]  # the changed report's warnings; the other's kept
    hashed = _per_report(seen["hashed"], settings.root)
    assert hashed and all(p in ("raw/b/r1.txt", "raw/b/r1.yaml") or p.startswith("published/b/.staging")
                          for p in hashed), hashed
    # The ledger check read none of the old version's files; only its SHA256SUMS, whose
    # ctime moved when latest/ left it, is hashed again (one small file per version).
    assert [p.name for p in seen["hashed"] if "1.0.0" in p.parts] in ([], ["SHA256SUMS"])

    # The same bytes as the panel and the catalog made from every dataset, with nothing kept.
    again = tmp_path / "again"
    shutil.copytree(published, again)
    for gone in ("1.0.1", "latest"):
        shutil.rmtree(again / "panel" / gone)
    (again / "panel" / "panel-1.0.1.zip").unlink()
    ledger = again / "panel" / "ledger.jsonl"
    ledger.write_text("".join(ledger.read_text().splitlines(keepends=True)[:-1]))
    for name in ("catalog.json", "catalog.jsonld", "index.html"):
        (again / name).unlink()
    assert write_panel(again, NAMES) == "1.0.1"
    write_catalog(again)
    assert tree(again) == tree(published)
    assert verify(published) == []


def test_a_new_dataset_is_added_to_the_panel_from_its_rows_alone(project, tmp_path):
    settings, seen = project
    make_raw(settings.root, n=2, name="ab")  # sorts between a and b
    pipeline.run(settings, fetch_first=False)
    assert seen["panel"] == ["ab"] and seen["catalog"] == ["ab"]
    again = tmp_path / "again"
    shutil.copytree(settings.published, again)
    for gone in ("1.1.0", "latest"):
        shutil.rmtree(again / "panel" / gone)
    (again / "panel" / "panel-1.1.0.zip").unlink()
    ledger = again / "panel" / "ledger.jsonl"
    ledger.write_text("".join(ledger.read_text().splitlines(keepends=True)[:-1]))
    assert write_panel(again, ["a", "ab", "b", "c"]) == "1.1.0"
    assert tree(again / "panel") == tree(settings.published / "panel")


def test_a_kept_record_of_another_panel_is_not_used(project):
    """A record that does not describe the panel on disk (its newest version removed
    and published again by hand, say) is not used: the panel is made from every dataset."""
    settings, seen = project
    kept = settings.state / "publishing" / "panel.json"
    text = kept.read_text("utf-8")
    kept.write_text(text.replace('"sums": "', '"sums": "0'), "utf-8")
    write_report(settings.raw / "c", "r0", (settings.raw / "c" / "r0.txt").read_text("utf-8")
                 + "\nCông tác cải cách hành chính được quan tâm.\n")
    pipeline.run(settings, fetch_first=False)
    assert sorted(seen["panel"]) == NAMES  # every dataset read
    assert verify(settings.published) == []


def _change_one(root: Path) -> None:
    folder = root / "raw" / "b"
    write_report(folder, "r1", (folder / "r1.txt").read_text("utf-8")
                 + "\nCông tác cải cách hành chính được quan tâm.\n")


def _same_release(source: Path, target: Path) -> None:
    """Give ``target``'s dataset b the release times ``source``'s has (the clock's)."""
    record = source / "published" / "b" / "releases.json"
    shutil.copy(record, target / "published" / "b" / "releases.json")


def test_one_changed_report_formats_only_its_rows_and_gives_the_bytes_of_a_fresh_run(
        project, tmp_path, monkeypatch):
    """The CSV rows of the unchanged report are copied from the previous version; the
    version folder and zip are those of the same run with nothing kept."""
    settings, _ = project
    fresh = tmp_path / "fresh"
    shutil.copytree(settings.root, fresh, symlinks=True)
    shutil.rmtree(Settings.for_root(fresh).state)
    writes: list[KeptCsv] = []
    real_write = KeptCsv.write
    monkeypatch.setattr(KeptCsv, "write", lambda self, *a: writes.append(self)
                        or real_write(self, *a))

    texts: list[str] = []
    real_text = checks._source_text
    monkeypatch.setattr(checks, "_source_text", lambda paths, sid: texts.append(sid)
                        or real_text(paths, sid))
    _change_one(settings.root)
    made: list[str] = []
    real_made = panel._made_rows

    def made_rows(pub, name, *args):
        result = real_made(pub, name, *args)
        if result is not None:
            made.append(name)
        return result

    monkeypatch.setattr(panel, "_made_rows", made_rows)
    loaded: list[str] = []
    real_load = sources.load_source
    monkeypatch.setattr(sources, "load_source", lambda path, *a: loaded.append(
        f"{path.parent.name}/{path.stem}") or real_load(path, *a))
    pipeline.run(settings, fetch_first=False)
    # Only the changed report was read and checked; b/r0 was made from what the last
    # run kept (a and c, unchanged, were not loaded at all).
    assert loaded == ["b/r1"]
    # The panel's rows of b made from b's new CSV, not formatted again (and the panel
    # is, byte for byte, the same: test_one_changed_report_reads_only_its_dataset...).
    assert made == ["b"]
    # Validation checked r1's rows against its text (provenance, source-hash); r0's rows
    # and text are those of 1.0.0, which passed the same checks.
    assert sorted(set(texts)) == ["r1"]
    kept = writes[-1]
    rows = {t: len(read_rows(settings.published / "b" / "1.0.1", t))
            for t in ("figures", "observations", "sources")}
    r0 = {t: len(read_rows(settings.published / "b" / "1.0.1", t, sources={"r0"}))
          for t in rows}
    assert all(r0.values()) and all(r0[t] < rows[t] for t in rows)
    # Only r1's rows formatted; r0's copied, in every table with a source_id.
    assert {t: kept.copied[t] for t in rows} == r0
    assert {t: kept.formatted[t] for t in rows} == {t: rows[t] - r0[t] for t in rows}

    _change_one(fresh)
    _same_release(settings.root, fresh)
    texts.clear()
    pipeline.run(Settings.for_root(fresh), fetch_first=False)
    assert not any(writes[-1].copied.values())  # nothing kept: all formatted
    assert sorted(set(texts)) == ["r0", "r1"]
    assert {"b/r0", "b/r1"} <= set(loaded[1:])  # nothing kept: every source read
    for path in ("b/1.0.1", "b/b-1.0.1.zip"):
        mine, theirs = settings.published / path, fresh / "published" / path
        if mine.is_dir():
            assert tree(mine) == tree(theirs)
        else:
            assert mine.read_bytes() == theirs.read_bytes()
    assert verify(settings.published) == []


def test_a_kept_record_that_does_not_describe_the_file_is_not_used(project, monkeypatch):
    """Where the rows of r0 end moved by a byte (a tampered or stale record), and another
    table's record naming another file: their rows are all formatted, the third
    table's are copied, and the version is as it would be."""
    settings, _ = project
    record = settings.state / "publishing" / "csv" / "b" / "figures.npz"
    with np.load(record) as kept:
        offsets, codes, names = kept["offsets"].copy(), kept["codes"], kept["names"]
    offsets[int((names[codes] == "r0").sum())] += 1  # r0's last row ends a byte late
    with open(record, "wb") as f:
        np.savez(f, offsets=offsets, codes=codes, names=names)
    (settings.state / "publishing" / "csv" / "b" / "sources.json").write_text(
        '{"version": "1.0.0", "sha256": "0"}\n', "utf-8")
    writes: list[KeptCsv] = []
    real_write = KeptCsv.write
    monkeypatch.setattr(KeptCsv, "write", lambda self, *a: writes.append(self)
                        or real_write(self, *a))
    _change_one(settings.root)
    pipeline.run(settings, fetch_first=False)
    kept = writes[-1]
    assert kept.copied["figures"] == 0 and kept.checked["figures"] > 0
    assert kept.trusted(read_descriptor(settings.published / "b" / "1.0.1")) == frozenset()
    assert kept.copied["sources"] == 0  # its record names another file
    assert kept.copied["observations"] > 0  # its record is sound
    version = settings.published / "b" / "1.0.1"
    figures = (version / "data" / "figures.csv").read_bytes()
    assert figures.count(b"\r\n") == len(read_rows(version, "figures")) + 1
    assert verify(settings.published) == []
