"""The compiled extractor's guard: a build older than its sources is never imported."""

from __future__ import annotations

import pytest

from solieu.errors import InputError
from solieu.extract.compiled import MODULES, STAMP, StaleBuild, sources_hash, stale

SHARED = "compiled_lib__mypyc.cpython-311-x86_64-linux-gnu.so"


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
def test_an_edit_after_the_build_refuses_the_build(tmp_path, module):
    here = package(tmp_path)
    with (here / f"{module}.py").open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    why = stale(here)
    assert why and "make compiled" in why and "make uncompiled" in why and str(here) in why


def test_a_build_without_its_stamp_is_refused(tmp_path):
    assert stale(package(tmp_path, stamped=False))


def test_the_refusal_is_one_line_on_the_command_line():
    # The command line shows an InputError as one line and exits 2; an import still fails.
    assert issubclass(StaleBuild, InputError) and issubclass(StaleBuild, ImportError)


@pytest.mark.slow
def test_the_compiled_extractor_reads_every_gold_text_as_the_python_one(tmp_path):
    # `make compiled` on a copy of the package (not the checkout's: a test must not leave a
    # build behind), then the gold texts read by the copy's compiled modules and by these.
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import solieu
    from solieu.extract import extract

    pytest.importorskip("mypyc")
    root = Path(__file__).resolve().parents[1]
    src = tmp_path / "src"
    shutil.copytree(Path(solieu.__file__).parent, src / "solieu",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", STAMP, "schemas"))
    shutil.copytree(root / "schemas", src / "solieu" / "schemas")
    shutil.copytree(root / "tools", tmp_path / "tools")
    subprocess.run([sys.executable, str(tmp_path / "tools" / "compile_extractor.py")], check=True,
                   capture_output=True, timeout=900)
    texts = sorted((root / "tests" / "gold").glob("*.txt"))
    read = ("import sys; from solieu.extract import extract, reading; "
            "assert not reading.__file__.endswith('.py'), reading.__file__; "
            "sys.stdout.write(''.join(extract(open(p, encoding='utf-8').read(), 't').to_csv(index=False) "
            "for p in sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", read, *map(str, texts)], capture_output=True, text=True,
                          env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, timeout=600, check=True)
    assert done.stdout == "".join(extract(p.read_text(encoding="utf-8"), "t").to_csv(index=False) for p in texts)
