"""The compiled extractor (``make install`` builds it when a C compiler is there): which
modules it covers, and the fallback to their sources when the build is older than them.

A compiled module (``reading.cpython-311-x86_64-linux-gnu.so`` beside ``reading.py``) is
imported in place of its source: an edit to the source would silently not run, while
``extractor_version`` (a hash of the sources) names the edited extractor in every cache
key. So the build records the hash of the sources it compiled, and when the sources beside
the compiled modules hash otherwise, :func:`guard` has their ``.py`` files imported instead
(one finder first on ``sys.meta_path``): the code that runs is then the code the cache keys
name. The command line says so in one line (:func:`stale` gives it). This module is never
compiled itself.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).parent / "extract"  # the package it compiles
PACKAGE = "solieu.extract"
# The modules the build compiles, in the package: the scan and the reading. The package's
# ``__init__`` (the pandas table) and this module stay Python.
MODULES = ("bases", "clauses", "dating", "document", "exclusions", "figure", "kinds", "nouns", "periods",
           "qualifiers", "reading", "roles", "scan", "scopes", "subjects", "tables", "vocabulary")
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
            f"the .py files beside it, so those run instead (slower): `make install` or `make compiled` "
            f"rebuilds it, `make uncompiled` removes it")


class Sources:
    """A finder that imports the package's compiled modules from their ``.py`` sources."""

    def __init__(self, here: Path = HERE, package: str = PACKAGE) -> None:
        self.here, self.package = here, package

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != self.package or name not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, self.here / f"{name}.py")


def guard() -> None:
    """If the package's compiled modules are stale (see :func:`stale`), import their sources
    instead. Silent: the command line, an edge, says it once (the processes it starts stay quiet)."""
    if stale() and not any(isinstance(finder, Sources) for finder in sys.meta_path):
        sys.meta_path.insert(0, Sources())
