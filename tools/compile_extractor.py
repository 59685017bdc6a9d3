"""Compile the extractor's scan and reading with mypyc, in place (``make compiled``).

    .venv/bin/python tools/compile_extractor.py           # build beside the sources
    .venv/bin/python tools/compile_extractor.py --remove  # back to plain Python

The compiled modules (``src/solieu/extract/*.so``) are imported in place of their sources
and give the same output, about 1.7 times as fast (BENCHMARKS.md). The build records the
hash of the sources it compiled (``compiled.stamp``); importing the package with sources
that changed since raises an ImportError that says to rebuild (``solieu.extract.compiled``).
Needs a C compiler; mypyc comes with mypy, a dev dependency.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "solieu" / "extract"
sys.path.insert(0, str(PACKAGE))
import compiled  # noqa: E402  # the module alone: importing the package would refuse a stale build

SETUP = """
from setuptools import setup
from mypyc.build import mypycify

setup(name="solieu-extract-compiled", packages=[],
      ext_modules=mypycify({paths!r}, group_name="solieu.extract.compiled_lib", opt_level="3",
                           target_dir={target!r}))
"""


def remove() -> None:
    """Delete the compiled modules and the stamp: the sources run again."""
    for path in [*compiled.built(PACKAGE), PACKAGE / compiled.STAMP]:
        path.unlink(missing_ok=True)


def build() -> None:
    """Compile the modules of ``compiled.MODULES`` in place and record their sources' hash."""
    remove()
    built_from = compiled.sources_hash(PACKAGE)  # before the build: an edit during it makes the build stale
    with tempfile.TemporaryDirectory() as tmp:
        # mypy's options as `make lint` gives them (its cache in the folder too), then the modules.
        paths = ["--ignore-missing-imports", f"--cache-dir={tmp}/mypy",
                 *(f"solieu/extract/{name}.py" for name in compiled.MODULES)]
        setup = Path(tmp) / "setup.py"
        setup.write_text(SETUP.format(paths=paths, target=tmp), encoding="utf-8")
        # Everything but the modules in a fresh folder, and every module rebuilt: nothing of an
        # earlier build can be taken for this one.
        subprocess.run([sys.executable, str(setup), "build_ext", "--inplace", "--force", "--build-temp", tmp,
                        "--build-lib", tmp], cwd=SRC, check=True)
    (PACKAGE / compiled.STAMP).write_text(built_from + "\n", encoding="utf-8")
    print(f"compiled {len(compiled.built(PACKAGE))} modules in {PACKAGE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--remove", action="store_true", help="delete the compiled modules")
    args = parser.parse_args()
    remove() if args.remove else build()


if __name__ == "__main__":
    main()
