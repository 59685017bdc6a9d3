"""Compile the extractor's scan and reading with mypyc, in place (``make install``).

    .venv/bin/python tools/compile_extractor.py            # build beside the sources
    .venv/bin/python tools/compile_extractor.py --install  # build if missing or stale and a C compiler is there
    .venv/bin/python tools/compile_extractor.py --remove   # back to plain Python

The compiled modules (``src/solieu/extract/*.so``) are imported in place of their sources
and give the same output, about 1.5 times as fast on prose (BENCHMARKS.md). The build records the
hash of the sources it compiled (``compiled.stamp``); importing the package with sources
that changed since imports the sources instead, with one line that says to rebuild
(``solieu.compiled``). Needs a C compiler and Python's headers; mypyc comes with
mypy, a dev dependency.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "solieu" / "extract"
sys.path.insert(0, str(SRC / "solieu"))
import compiled  # noqa: E402  # the module alone, without the package and what it imports

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
        # Its many lines are shown only if it fails.
        done = subprocess.run([sys.executable, str(setup), "build_ext", "--inplace", "--force", "--build-temp",
                               tmp, "--build-lib", tmp], cwd=SRC, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{done.stdout[-5000:]}{done.stderr[-5000:]}\nthe extractor could not be compiled (above); "
                     f"`make install PURE=1` installs without compiling it")
    (PACKAGE / compiled.STAMP).write_text(built_from + "\n", encoding="utf-8")
    print(f"compiled {len(compiled.built(PACKAGE))} modules in {PACKAGE}")


def cannot_build() -> str | None:
    """Why this Python cannot compile extension modules here (no C compiler, no headers), or None."""
    compiler = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    if not compiler or shutil.which(compiler[0]) is None:
        return f"no C compiler ({compiler[0] if compiler else 'CC'})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h)"
    return None


def install() -> None:
    """Build unless the build beside the sources is theirs or nothing can be built; say which, in one line."""
    if compiled.built(PACKAGE) and not compiled.stale(PACKAGE):
        print(f"the compiled extractor is up to date ({len(compiled.built(PACKAGE))} modules)")
    elif why := cannot_build():
        remove()
        print(f"{why}: the extractor runs as Python, about 1.5 times slower")
    else:
        print("compiling the extractor with mypyc (about a minute; PURE=1 skips it) ...", flush=True)
        build()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--install", action="store_true",
                      help="build only if the build is missing or stale and a C compiler is there")
    what.add_argument("--remove", action="store_true", help="delete the compiled modules")
    args = parser.parse_args()
    if args.remove:
        remove()
        print("the extractor runs as Python: no compiled modules")
    else:
        install() if args.install else build()


if __name__ == "__main__":
    main()
