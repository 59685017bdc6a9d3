"""The compiled extractor's guard: a build older than its sources is never imported; its
sources run instead, and the command line says so in one line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import solieu
from solieu.compiled import MODULES, STAMP, sources_hash, stale
from solieu.extract import extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = "compiled_lib__mypyc.cpython-311-x86_64-linux-gnu.so"
TEXT = "Tổng thu ngân sách năm 2022 đạt 1.178 tỷ đồng, tăng 6,2% so với năm 2021."


def package(tmp_path, built: bool = True, stamped: bool = True):
    """A package folder with the compiled modules' sources, maybe built and stamped."""
    for name in MODULES:
        (tmp_path / f"{name}.py").write_text(f'"""{name}"""\n', encoding="utf-8")
    if built:
        for name in ("reading.cpython-311-x86_64-linux-gnu.so", SHARED):
            (tmp_path / name).write_bytes(b"\x7fELF")
    if stamped:
        (tmp_path / STAMP).write_text(sources_hash(tmp_path) + "\n", encoding="utf-8")
    return tmp_path


def test_sources_alone_run_as_they_are(tmp_path):
    assert stale(package(tmp_path, built=False, stamped=False)) is None


def test_a_build_of_the_sources_beside_it_is_imported(tmp_path):
    assert stale(package(tmp_path)) is None


@pytest.mark.parametrize("module", MODULES)
def test_an_edit_after_the_build_makes_it_stale(tmp_path, module):
    here = package(tmp_path)
    with (here / f"{module}.py").open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    why = stale(here)
    assert why and "make install" in why and "make uncompiled" in why and str(here) in why


def test_a_build_without_its_stamp_is_stale(tmp_path):
    assert stale(package(tmp_path, stamped=False))


def checkout_copy(tmp_path: Path) -> Path:
    """The package and its schemas copied to ``tmp_path/src``, with no build: a test must not
    touch the checkout's."""
    src = tmp_path / "src"
    shutil.copytree(Path(solieu.__file__).parent, src / "solieu",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", STAMP, "schemas"))
    shutil.copytree(ROOT / "schemas", src / "solieu" / "schemas")
    return src


def python(src: Path, code: str, *args: str) -> subprocess.CompletedProcess:
    """``code`` run by this Python with the copy ``src`` first on the path and the stale line not yet said."""
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=600,
                          env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})


def test_a_stale_build_runs_the_sources_and_says_so_once(tmp_path):
    # A "build" that cannot load (not a shared library) beside the sources: Python prefers it
    # to the .py, so importing it at all fails.
    src = checkout_copy(tmp_path)
    here = src / "solieu" / "extract"
    (here / f"reading{EXTENSION_SUFFIXES[0]}").write_bytes(b"\x7fELF not a library")
    (here / STAMP).write_text(sources_hash(here) + "\n", encoding="utf-8")
    fresh = python(src, "import solieu.extract")
    assert fresh.returncode == 1 and "ImportError" in fresh.stderr, fresh.stderr  # a "fresh" build is imported

    with (here / "reading.py").open("a", encoding="utf-8") as f:
        f.write("# edited after the build\n")
    # The sources run and give the figures, silently: the library says nothing, nor does a
    # process it starts.
    read = ("import subprocess, sys; from solieu.extract import extract; "
            "print(*(sys.modules[f'solieu.extract.{m}'].__file__ for m in ('reading', 'scan'))); "
            "sys.stdout.write(extract(sys.argv[1]).to_csv(index=False)); "
            "subprocess.run([sys.executable, '-c', 'import solieu.extract.reading'], check=True)")
    done = python(src, read, TEXT)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    files, figures = done.stdout.split("\n", 1)
    assert files.split() == [str(here / "reading.py"), str(here / "scan.py")]
    assert figures == extract(TEXT).to_csv(index=False)
    # The command line says it, in one line, and extracts.
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    command = python(src, "import sys; from solieu.cli import main; sys.exit(main(sys.argv[1:]))",
                     "extract", str(report))
    assert command.returncode == 0 and command.stdout, command.stderr
    [line] = command.stderr.splitlines()
    assert line.startswith("solieu: warning: the compiled extractor") and "make install" in line, line


def tool_copy(tmp_path: Path) -> Path:
    """tools/, the build's module and the extractor's sources copied to ``tmp_path``; the copy's
    package folder."""
    shutil.copytree(ROOT / "tools", tmp_path / "tools")
    (tmp_path / "src" / "solieu").mkdir(parents=True)
    shutil.copy2(ROOT / "src" / "solieu" / "compiled.py", tmp_path / "src" / "solieu" / "compiled.py")
    here = tmp_path / "src" / "solieu" / "extract"
    shutil.copytree(ROOT / "src" / "solieu" / "extract", here,
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", STAMP))
    return here


def tool(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """The copy's tools/compile_extractor.py, with a C compiler that is not there."""
    return subprocess.run([sys.executable, str(tmp_path / "tools" / "compile_extractor.py"), *args],
                          capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "CC": "no-such-compiler-here"})


def test_install_without_a_c_compiler_says_so_and_builds_nothing(tmp_path):
    here = tool_copy(tmp_path)
    done = tool(tmp_path, "--install")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["no C compiler (no-such-compiler-here): the extractor runs as Python, "
                                        "about 1.5 times slower"]
    assert not list(here.glob("*.so")) and not (here / STAMP).exists()


def test_install_keeps_a_build_of_these_sources_and_pure_removes_it(tmp_path):
    here = tool_copy(tmp_path)
    build = here / f"reading{EXTENSION_SUFFIXES[0]}"
    build.write_bytes(b"\x7fELF")
    (here / STAMP).write_text(sources_hash(here) + "\n", encoding="utf-8")
    done = tool(tmp_path, "--install")  # no compiler needed: nothing to build
    assert done.stdout.startswith("the compiled extractor is up to date"), done.stdout + done.stderr
    assert build.read_bytes() == b"\x7fELF"
    done = tool(tmp_path, "--remove")  # `make install PURE=1`
    assert done.returncode == 0 and not build.exists() and not (here / STAMP).exists(), done.stderr


@pytest.mark.slow
def test_the_compiled_extractor_reads_every_gold_text_as_the_python_one(tmp_path):
    # `make compiled` on a copy of the package (not the checkout's: a test must not leave a
    # build behind), then the gold texts read by the copy's compiled modules and by these.
    pytest.importorskip("mypyc")
    src = checkout_copy(tmp_path)
    shutil.copytree(ROOT / "tools", tmp_path / "tools")
    subprocess.run([sys.executable, str(tmp_path / "tools" / "compile_extractor.py")], check=True,
                   capture_output=True, timeout=900)
    texts = sorted((ROOT / "tests" / "gold").glob("*.txt"))
    read = ("import sys; from solieu.extract import extract, reading; "
            "assert not reading.__file__.endswith('.py'), reading.__file__; "
            "sys.stdout.write(''.join(extract(open(p, encoding='utf-8').read(), 't').to_csv(index=False) "
            "for p in sys.argv[1:]))")
    done = python(src, read, *map(str, texts))
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert done.stdout == "".join(extract(p.read_text(encoding="utf-8"), "t").to_csv(index=False) for p in texts)
