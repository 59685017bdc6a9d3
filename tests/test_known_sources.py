"""Sources loaded before are made from what was kept only while every file they were
made from is as it was; the result is the Source loading gives. Counted, not timed."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest
import yaml

import solieu.files as files
from fixtures.site import html_page
from solieu import sources
from solieu.renditions import render, rendition_path
from solieu.sources import load_dataset
from test_incremental import make_raw, write_report


def _old(*paths: Path) -> None:
    then = time.time() - 10
    for p in paths:
        os.utime(p, (then, then))


@pytest.fixture
def loads(monkeypatch):
    """The sources read and checked by load_source (not made from what was kept)."""
    monkeypatch.setattr(files, "RACY_NS", 0)  # the files here are milliseconds old
    seen: list[str] = []
    real = sources.load_source
    monkeypatch.setattr(sources, "load_source", lambda path, *a: seen.append(path.stem)
                        or real(path, *a))
    return seen


def test_an_unchanged_source_is_made_from_what_was_kept(tmp_path, loads):
    folder = make_raw(tmp_path, n=3)
    renditions = tmp_path / "state" / "renditions"
    first = load_dataset(folder, renditions)
    assert loads == ["r0", "r1", "r2"]
    again = load_dataset(folder, renditions)
    assert loads == ["r0", "r1", "r2"]  # none read again
    assert again == first and [s.sha256 for s in again.sources] == [s.sha256 for s in first.sources]

    # A changed report and a sidecar touched (its ctime moves) are read again.
    write_report(folder, "r1", (folder / "r1.txt").read_text("utf-8") + "\nThêm một câu.\n")
    os.utime(folder / "r2.yaml")
    third = load_dataset(folder, renditions)
    assert loads[3:] == ["r1", "r2"]
    assert third.sources[1].text.endswith("Thêm một câu.\n")
    assert third.sources[1].sha256 == sources.sha256_text(third.sources[1].text)

    # Without a state folder nothing is kept.
    load_dataset(folder)
    assert loads[5:] == ["r0", "r1", "r2"]


def test_a_source_whose_text_is_not_its_bytes_is_always_read(tmp_path, loads):
    """A text original with Windows line ends: its text is not its bytes, so there is no
    file to read the text from and it is loaded every time."""
    folder = make_raw(tmp_path, n=2)
    text = (folder / "r0.txt").read_text("utf-8")
    data = text.replace("\n", "\r\n").encode("utf-8")
    (folder / "r0.txt").write_bytes(data)
    side = yaml.safe_load((folder / "r0.yaml").read_text("utf-8"))
    side["original_sha256"] = hashlib.sha256(data).hexdigest()  # its text: as before
    (folder / "r0.yaml").write_text(yaml.safe_dump(side, allow_unicode=True), "utf-8")
    _old(*folder.iterdir())
    renditions = tmp_path / "renditions"
    load_dataset(folder, renditions)
    second = load_dataset(folder, renditions)
    assert loads == ["r0", "r1", "r0"]
    assert second.sources[0].text == text


def test_a_file_written_just_before_loading_is_not_trusted(tmp_path, monkeypatch, loads):
    monkeypatch.setattr(files, "RACY_NS", 10**12)  # every file is "fresh"
    folder = make_raw(tmp_path, n=1)
    load_dataset(folder, tmp_path / "renditions")
    load_dataset(folder, tmp_path / "renditions")
    assert loads == ["r0", "r0"]


def test_a_problem_in_a_kept_source_is_still_found(tmp_path, loads):
    """What was kept is never the truth: a sidecar broken since is read and refused."""
    folder = make_raw(tmp_path, n=2)
    renditions = tmp_path / "renditions"
    load_dataset(folder, renditions)
    side = folder / "r0.yaml"
    side.write_text(side.read_text("utf-8").replace("sha256:", "sha256: 0", 1), "utf-8")
    with pytest.raises(sources.InputError, match="r0.yaml"):
        load_dataset(folder, renditions)


def test_an_html_source_is_kept_with_its_rendition(tmp_path, loads):
    """An original that is not its text: the text is read from the rendition kept for
    it, and the rendition's own file is one of those that must be as they were."""
    folder = make_raw(tmp_path, n=1)
    data = html_page().encode("utf-8")
    text = render(data, "html", "r9.html").text
    write_report(folder, "r9", text)  # a sidecar of the right text, then the original
    (folder / "r9.txt").unlink()
    side = yaml.safe_load((folder / "r9.yaml").read_text("utf-8"))
    side.update(format="html", original_sha256=hashlib.sha256(data).hexdigest())
    (folder / "r9.yaml").write_text(yaml.safe_dump(side, allow_unicode=True), "utf-8")
    (folder / "r9.html").write_bytes(data)
    _old(*folder.iterdir())
    renditions = tmp_path / "renditions"
    first = load_dataset(folder, renditions)
    # The rendition was written while r9 was loaded, after the reading began: not
    # trusted until a later load finds it older than its own reading.
    assert load_dataset(folder, renditions) == first and loads == ["r0", "r9", "r9"]
    assert load_dataset(folder, renditions) == first and loads == ["r0", "r9", "r9"]
    kept = rendition_path(hashlib.sha256(data).hexdigest(), "html", renditions)
    kept.write_bytes(kept.read_bytes())  # rewritten: its ctime moves
    assert load_dataset(folder, renditions) == first and loads == ["r0", "r9", "r9", "r9"]


def test_the_fetch_step_reads_only_the_sidecars_loading_did_not_find_as_they_are(
        tmp_path, monkeypatch):
    """Fetching asks each sidecar for its URL: one that the last load found as it is on
    disk is taken from what loading kept, not read and checked again."""
    import solieu.revisions as revisions
    from solieu.fetch import Fetcher, FetchOptions

    monkeypatch.setattr(files, "RACY_NS", 0)  # the files here are milliseconds old
    folder = make_raw(tmp_path, n=3)
    renditions = tmp_path / "state" / "renditions"
    read: list[str] = []
    real = revisions.load_kept
    monkeypatch.setattr(revisions, "load_kept", lambda path, *a: read.append(path.stem)
                        or real(path, *a))

    def fetch() -> list[str]:
        with Fetcher(FetchOptions(attempts=1)) as fetcher:
            outcomes = revisions.fetch_datasets([folder], fetcher, renditions=renditions)
        lines[:] = [o.line for o in outcomes]
        return [o.status for o in outcomes]

    lines: list[str] = []
    assert fetch() == ["no_url"] * 3 and read == ["r0", "r1", "r2"]  # nothing loaded yet
    load_dataset(folder, renditions)
    assert fetch() == ["no_url"] * 3 and read == ["r0", "r1", "r2"]  # none read again
    side = folder / "r1.yaml"  # a URL added since the load: read, and asked for
    meta = yaml.safe_load(side.read_text("utf-8"))
    side.write_text(yaml.safe_dump({**meta, "url": "http://127.0.0.1:9/r1.txt"},
                                   allow_unicode=True), "utf-8")
    assert fetch() == ["no_url", "failed", "no_url"] and read[3:] == ["r1"]
    assert "127.0.0.1:9" in lines[1]  # the URL was asked for
