"""Version numbers of a dataset: X.Y.Z, their folders, and the next one.

Semantic versioning of data: **major** when readers break (a table removed, a field
removed or renamed, a field type changed); **minor** when something is added (rows,
fields, tables); **patch** for corrections (values changed, rows removed, metadata or
shipped files such as checks.yaml changed); no change, no version.
"""

from __future__ import annotations

from pathlib import Path

from solieu.catalog import VERSION


def parse_version(text: str) -> tuple[int, int, int] | None:
    """``"1.2.10"`` -> ``(1, 2, 10)``; None for anything that is not X.Y.Z.

    >>> parse_version("1.2.10"), parse_version("latest")
    ((1, 2, 10), None)
    """
    m = VERSION.match(text)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def version_folders(dataset_dir: Path) -> list[Path]:
    """The complete version folders of a dataset, oldest first (numeric order)."""
    if not Path(dataset_dir).is_dir():
        return []
    found = [(parse_version(p.name), p) for p in Path(dataset_dir).iterdir() if p.is_dir()]
    return [p for v, p in sorted((v, p) for v, p in found if v is not None)]


def bump(previous: str | None, level: str) -> str:
    """The next version: ``level`` is major, minor or patch; the first is 1.0.0.

    >>> bump(None, "patch"), bump("1.4.2", "major"), bump("1.4.2", "minor"), bump("1.4.2", "patch")
    ('1.0.0', '2.0.0', '1.5.0', '1.4.3')
    """
    if previous is None:
        return "1.0.0"
    parsed = parse_version(previous)
    if parsed is None:
        raise ValueError(f"not a version: {previous!r}")
    major, minor, patch = parsed
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"not a version level: {level!r}")
