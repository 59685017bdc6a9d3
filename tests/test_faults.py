"""Faults of the machine, not of the input: a full disk, a folder one may not write.

The disk-full case writes to /dev/full, where the kernel itself answers ENOSPC."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

import solieu.publish as publisher
from solieu.files import disk_error, write_zip
from solieu.ledger import read_ledger
from solieu.publish import publish
from solieu.sources import InputError
from test_publish import make_dataset, make_tables, tree


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_disk_names_the_path_and_publishes_nothing(tmp_path, monkeypatch):
    published = tmp_path / "published"
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    before = tree(published)
    changed = make_tables(ds)
    changed["observations"].loc[0, "value"] = 1179e9

    def full_disk(folder: Path, target: Path, prefix: str, previous=None, kept=None) -> None:
        write_zip(folder, Path("/dev/full"), prefix, previous, kept)

    monkeypatch.setattr(publisher, "write_zip", full_disk)
    with pytest.raises(InputError) as info:
        publish(ds, changed, published)
    message = str(info.value)
    assert message.startswith(f"{published / 'tiny-city'}: no space left on the disk")
    assert "free some space" in message and "Traceback" not in message
    assert len(message) < 400
    assert tree(published) == before  # no staging left, no new version, ledger as it was
    assert [e.version for e in read_ledger(published / "tiny-city")] == ["1.0.0"]


@pytest.mark.parametrize("code, words", [
    (errno.EACCES, "write access"), (errno.EROFS, "read-only"), (errno.ENOSPC, "no space left"),
])
def test_os_errors_say_which_path_and_what_to_do(code, words):
    message = str(disk_error(OSError(code, os.strerror(code), "/srv/published/x"), "publishing x"))
    assert message.startswith("/srv/published/x: ") and words in message


def test_a_copy_error_is_one_line_not_a_dump():
    errors = [(f"/a/{i}", f"/b/{i}", "[Errno 28] No space left on device") for i in range(200)]
    message = str(disk_error(shutil.Error(errors), "copying latest/"))
    assert message.startswith("/b/0: could not be written") and "199 more" in message
    assert len(message) < 300
