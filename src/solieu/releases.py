"""When each version was released, recorded once: ``published/<dataset>/releases.json``.

A version's release time is the one fact about it that its input cannot give. It is
written into the release record the first time the version is published and read back
every time after, so rebuilding a version from ``raw/`` (the record beside it) writes the
same bytes; the clock is only read for a version the record does not know yet.

The record is one JSON object, version -> UTC time, ``{"1.0.0": "2026-11-30T09:12:44Z"}``;
entries are added, never changed.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from solieu.sources import InputError

RECORD = "releases.json"


def read_releases(dataset_dir: Path) -> dict[str, str]:
    """Version -> release time (ISO 8601, UTC) of one dataset; empty if none recorded."""
    path = Path(dataset_dir) / RECORD
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}); restore it "
                         "from version control: it records when each version was released."
                         ) from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise InputError(f"{path}: must map each version to its release time, "
                         '{"1.0.0": "2026-11-30T09:12:44Z"}.')
    return data


def release_time(dataset_dir: Path, version: str, now: datetime | None = None) -> str:
    """The recorded release time of ``version``, or ``now`` (default: the clock, UTC)
    as the time it would be released. Nothing is written: see :func:`record_release`."""
    recorded = read_releases(dataset_dir).get(version)
    if recorded:
        return recorded
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def record_release(dataset_dir: Path, version: str, released: str) -> None:
    """Add ``version`` to the release record (kept as it is if already there)."""
    releases = read_releases(dataset_dir)
    if version in releases:
        return
    releases[version] = released
    ordered = dict(sorted(releases.items(), key=lambda kv: tuple(map(int, kv[0].split(".")))))
    path = Path(dataset_dir) / RECORD
    tmp = path.with_name(f".{RECORD}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(ordered, indent=2) + "\n", encoding="utf-8", newline="\n")
    os.replace(tmp, path)
