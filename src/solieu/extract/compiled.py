"""The optional compiled extractor (``make compiled``): which modules it covers, and the
check that refuses a compiled build older than its sources.

A compiled module (``reading.cpython-311-x86_64-linux-gnu.so`` beside ``reading.py``) is
imported in place of its source: an edit to the source would silently not run, while
``extractor_version`` (a hash of the sources) names the edited extractor in every cache
key. So the build records the hash of the sources it compiled, and the package refuses
to import compiled modules whose recorded hash is not that of the sources beside them.
This module is never compiled itself.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from solieu.errors import InputError

HERE = Path(__file__).parent
# The modules the build compiles, in the package: the scan and the reading. The package's
# ``__init__`` (the pandas table) and this module stay Python.
MODULES = ("exclusions", "figure", "nouns", "periods", "reading", "scan", "scopes", "tables", "vocabulary")
STAMP = "compiled.stamp"


def sources_hash(here: Path = HERE) -> str:
    """A hash of the compiled modules' sources."""
    h = hashlib.sha256()
    for name in MODULES:
        h.update((here / f"{name}.py").read_bytes())
    return h.hexdigest()


def built(here: Path = HERE) -> list[Path]:
    """The compiled modules (and their shared library) present in ``here``."""
    return sorted(p for pattern in ("*.so", "*.pyd") for p in here.glob(pattern))


def stale(here: Path = HERE) -> str | None:
    """Why the compiled modules in ``here`` must not be imported, or None if there are none
    or they were built from the sources beside them."""
    if not (found := built(here)):
        return None
    stamp = here / STAMP
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == sources_hash(here):
        return None
    return (f"the compiled extractor in {here} ({found[0].name}, …) was built from other sources than "
            f"the .py files beside it: run `make compiled` to rebuild it, or `make uncompiled` to remove it")


class StaleBuild(InputError, ImportError):
    """The compiled extractor is older than its sources: one line on the command line."""


def check() -> None:
    """Raise :class:`StaleBuild` if the package's compiled modules are stale (see :func:`stale`)."""
    if why := stale():
        raise StaleBuild(why)
