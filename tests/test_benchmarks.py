"""Every benchmark script runs, at a tiny size, so that none can rot unnoticed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures.office import NEEDS_WRITER, writer

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(p.name for p in BENCHMARKS.glob("*_bench.py"))

# script -> (arguments of its tiny size, a line its output must hold)
TINY = {
    "catalog_bench.py": (["--datasets", "3", "--repeat", "1"], "datasets: 3"),
    "extract_bench.py": (["--reports", "2", "--repeat", "1", "--sentences", "20",
                          "--copies", "1"], "accuracy: 20/20 known figures right"),
    "validate_bench.py": (["--rows", "60", "--repeat", "1"], "ratio solieu / frictionless"),
    "table_bench.py": (["--tables", "2", "--rows", "3", "--repeat", "1"],
                       "cells read with their column's period: 48/48"),
    "renditions_bench.py": (["2"], "solieu add of the 2-page PDF"),
    "pdf_bench.py": (["--files", "2", "--unruled"], "all unruled, fpdf2: "),
    "flow_bench.py": (["--reports", "2", "--repeat", "1", "--runners", "threads",
                       "--databases", "cold"],
                      "2 reports, threads, nothing changed (all cached)"),
    "workbook_bench.py": (["--rows", "300", "--repeat", "1", "--baseline",
                           str(BENCHMARKS.parent)], "| 300 | same bytes: yes |"),
    "scale_bench.py": (["--reports", "4", "--modes", "plain", "--per-dataset", "2", "--runs",
                        "cold", "unchanged", "one changed", "upgrade", "--changed-runs", "2"],
                       "4 reports (0.0 M chars) in 2 dataset(s), plain: one changed (2)"),
    "panel_level_bench.py": (["--rows", "200", "--repeat", "1", "--baseline",
                              str(BENCHMARKS.parent)], "| this code | patch |"),
}
SLOW = {"flow_bench.py", "validate_bench.py"}  # fresh processes (Prefect, frictionless)


def test_every_benchmark_has_a_tiny_size():
    assert sorted(TINY) == SCRIPTS


@pytest.mark.parametrize("script", [
    pytest.param(name, marks=[pytest.mark.slow] if name in SLOW else [], id=name.removesuffix(".py"))
    for name in sorted(TINY)
])
def test_benchmark_runs_at_a_tiny_size(script, tmp_path):
    args, expected = TINY[script]
    if script in ("flow_bench.py", "scale_bench.py"):
        args = [*args, "--out", str(tmp_path)]  # not benchmarks/out, the real results
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SOLIEU_"))}
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), *args], env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert expected in done.stdout, done.stdout


@pytest.mark.slow  # LibreOffice starts in a few seconds
@pytest.mark.skipif(writer() is None, reason=NEEDS_WRITER)
def test_pdf_bench_prints_with_libreoffice():
    """The PDF benchmark with the gold texts printed by a word processor, at one file."""
    done = subprocess.run([sys.executable, str(BENCHMARKS / "pdf_bench.py"), "--files", "1", "--maker", "libreoffice"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "all ruled, libreoffice: " in done.stdout, done.stdout


def test_extract_equal_records_and_compares(tmp_path):
    """The output-equality check finds no difference between a record and the same code."""
    script = str(BENCHMARKS / "extract_equal.py")
    for mode in ("record", "compare"):
        done = subprocess.run([sys.executable, script, mode, str(tmp_path), "--limit", "12"],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "12 texts compared; 0 differ" in done.stdout
    (next(tmp_path.glob("*.txt"))).write_text("changed", encoding="utf-8")
    done = subprocess.run([sys.executable, script, "compare", str(tmp_path), "--limit", "12"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "12 texts compared; 1 differ" in done.stdout


def test_extract_versus_compares_with_a_commit():
    """The side-by-side run imports a commit's extractor beside the current one and times both."""
    done = subprocess.run([sys.executable, str(BENCHMARKS / "extract_versus.py"), "HEAD", "--reports", "2",
                           "--copies", "1", "--tables", "2", "--repeat", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "2 generated reports" in done.stdout and "speed-up" in done.stdout, done.stdout
    assert "differ" not in done.stderr, done.stderr


def test_scale_bench_runs_a_checkout_with_its_own_schemas(tmp_path):
    """`--code` and `--baseline` run another checkout's code with that checkout's
    schemas/ and flows/, not those an editable install finds in the project it came from
    (whose edits would change every dataset's fingerprint, or the flow measured, in the
    middle of a measurement)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from scale_bench import code_of
    finally:
        sys.path.remove(str(BENCHMARKS))
    checkout = tmp_path / "checkout"
    shutil.copytree(BENCHMARKS.parent / "src", checkout / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    shutil.copytree(BENCHMARKS.parent / "schemas", checkout / "schemas",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(BENCHMARKS.parent / "flows", checkout / "flows",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (checkout / "schemas" / "only-in-the-checkout.yaml").write_text("x: 1\n", encoding="utf-8")
    env = {**os.environ, **code_of(checkout, tmp_path / "work")}
    done = subprocess.run([sys.executable, "-c", "import flows; from solieu import SCHEMAS; "
                           "print(SCHEMAS); print(flows.__file__)"],
                          env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    schemas, flows = map(Path, done.stdout.split())
    assert (schemas / "only-in-the-checkout.yaml").is_file(), done.stdout + done.stderr
    assert tmp_path in schemas.parents
    assert tmp_path / "work" in flows.parents, flows
