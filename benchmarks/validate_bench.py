"""Benchmark: `solieu validate` against `frictionless validate` on the same package.

Generates a package with N figure rows (default 1,000,000) into a temporary folder with
solieu.package.write_package, then times, side by side in one run on the same machine,

  - ``solieu validate --format json PKG``   schema checks and every reconciliation check
  - ``frictionless validate --json PKG/datapackage.json``   schema checks alone

each as a fresh process, the median of --repeat runs (default 3), and prints both,
their ratio, and each one's peak memory (max RSS of the process).

    .venv/bin/python benchmarks/validate_bench.py [--rows 1000000] [--repeat 3]

``--rows 60 --repeat 1`` is the tiny size a test runs, so the script cannot rot.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Six figures a sentence: an A/B with its share, a total with two parts, an amount.
# The commune number has a fixed width, so every sentence has the same length and the
# offsets of its figures are the sentence's offset plus constants.
SENTENCE = ("Xã {k:07d} có 37/45 trường đạt chuẩn, đạt 82,2%; thi công 12 công trình, "
            "gồm 7 công trình giao thông và 5 công trình thủy lợi; thu 1.178 tỷ đồng. ")
# (surface, value, denominator, unit, counted, kind, sector, subject, indicator)
FIGURES = [
    ("37/45", 37.0, 45.0, "count", "trường", "count", "education_culture",
     "trường đạt chuẩn", None),
    ("82,2%", 82.2, None, "percent", None, "share", "education_culture",
     "trường đạt chuẩn", None),
    ("12", 12.0, None, "count", "công trình", "count", "infrastructure", "công trình",
     "works_total"),
    ("7", 7.0, None, "count", "công trình", "count", "infrastructure",
     "công trình giao thông", "works_transport"),
    ("5", 5.0, None, "count", "công trình", "count", "infrastructure",
     "công trình thủy lợi", "works_irrigation"),
    ("1.178", 1178e9, None, "VND", None, "amount", "budget", "thu ngân sách", None),
]
SOURCES = 10


def offsets() -> list[int]:
    """Offset of each figure's surface within one sentence."""
    sentence, found, at = SENTENCE.format(k=0), [], 0
    for surface, *_ in FIGURES:
        at = sentence.index(surface, at)
        found.append(at)
        at += len(surface)
    return found


def generate(rows: int, folder: Path) -> None:
    """Write a valid package with exactly `rows` figures over SOURCES sources."""
    # Imported here: the timing parent stays small, so that the peak memory of the
    # processes it starts is theirs alone (a child inherits its parent's peak RSS).
    import numpy as np
    import pandas as pd

    from solieu.package import table_schema, write_package

    sentences_needed = -(-rows // len(FIGURES))
    surplus = sentences_needed * len(FIGURES) - rows
    length = len(SENTENCE.format(k=0))
    starts = offsets()
    sources, texts, figures, observations = [], {}, [], []
    for s in range(SOURCES):
        source_id = f"bench-{s:02d}"
        ks = np.arange(sentences_needed // SOURCES + (s < sentences_needed % SOURCES))
        sentences = [SENTENCE.format(k=k) for k in ks]
        text = "".join(sentences)
        texts[source_id] = text
        sources.append({
            "source_id": source_id, "title": f"Báo cáo {s}", "publisher": None, "url": None,
            "geography": "Tỉnh thử", "period": "2022", "language": "vi", "license": None,
            "retrieved": None, "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "chars": len(text), "format": "txt",
            "original_sha256": hashlib.sha256(text.encode()).hexdigest(), "converter": "utf-8+nfc",
        })
        for j, (surface, value, denominator, unit, counted, kind, sector, subject,
                indicator) in enumerate(FIGURES):
            start = ks * length + starts[j]
            number = ks * len(FIGURES) + j + 1
            ids = pd.Series(number).map(lambda n, sid=source_id: f"{sid}-{n:07d}")
            figures.append(pd.DataFrame({
                "figure_id": ids, "source_id": source_id, "start": start,
                "end": start + len(surface), "surface": surface, "value": value,
                "value_max": None, "denominator": denominator, "unit": unit,
                "counted": counted, "qualifier": "exact", "kind": kind, "base": None,
                "role": "actual", "sector": sector, "subject": subject,
                "sentence": sentences,
            }))
            if indicator:
                observations.append(pd.DataFrame({
                    "indicator_id": indicator,
                    "geography": pd.Series(ks).map(lambda k: f"Xã {k:07d}"),
                    "geography_code": None, "period": "2022", "role": "actual",
                    "value": value, "unit": unit, "qualifier": "exact",
                    "base": None, "source_id": source_id, "figure_id": ids,
                }))
    figures_table = pd.concat(figures, ignore_index=True)
    observations_table = pd.concat(observations, ignore_index=True)
    if surplus:
        # The last sentence of the last source loses its last `surplus` figures (those
        # blocks come last in `figures`), and their observations go with them.
        ends = np.cumsum([len(f) for f in figures])
        figures_table = figures_table.drop(index=ends[-surplus:] - 1)
        observations_table = observations_table[
            observations_table["figure_id"].isin(figures_table["figure_id"])]
    indicators = pd.DataFrame([
        {"indicator_id": "works_total", "name_vi": "Số công trình", "name_en": "Works",
         "sector": "infrastructure", "unit": "count", "description": None, "part_of": None},
        {"indicator_id": "works_transport", "name_vi": "Công trình giao thông",
         "name_en": "Transport works", "sector": "infrastructure", "unit": "count",
         "description": None, "part_of": "works_total"},
        {"indicator_id": "works_irrigation", "name_vi": "Công trình thủy lợi",
         "name_en": "Irrigation works", "sector": "infrastructure", "unit": "count",
         "description": None, "part_of": "works_total"},
    ])
    tables = {
        "sources": pd.DataFrame(sources),
        "figures": figures_table,
        "indicators": indicators,
        "observations": observations_table,
    }
    # Columns the generator does not fill (direction, and whatever the Table Schemas
    # gain later) are empty, so the package keeps up with the schemas it is checked by.
    for name, df in tables.items():
        for f in table_schema(name)["fields"]:
            if f["name"] not in df.columns:
                df[f["name"]] = None
    write_package(tables, folder, {"name": "bench", "version": "0.0.0"}, texts=texts)


def run_measured(command: list[str]) -> tuple[float, float, int, str]:
    """(seconds, peak RSS in MiB, exit code, output) of one fresh process."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, process.returncode, out.decode(errors="replace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="figure rows")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (median)")
    parser.add_argument("--keep", type=Path, help="write the package here and keep it")
    parser.add_argument("--generate-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate_only:
        generate(args.rows, args.generate_only)
        return 0

    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "pkg"
        began = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--rows", str(args.rows),
                        "--generate-only", str(folder)], check=True)
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        figures = sum(1 for _ in open(folder / "data" / "figures.csv", "rb")) - 1
        print(f"package: {figures:,} figure rows, {size / 2**20:.0f} MiB, "
              f"generated in {time.perf_counter() - began:.1f} s")
        print(f"machine: {platform.processor() or platform.machine()}, "
              f"{os.cpu_count()} cores, Python {platform.python_version()}")

        commands = {
            "solieu": [str(bin_dir / "solieu"), "validate", "--format", "json", str(folder)],
            "frictionless": [str(bin_dir / "frictionless"), "validate", "--json",
                             str(folder / "datapackage.json")],
        }
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for i in range(args.repeat):
            for name, command in commands.items():  # alternate, so load hits both alike
                seconds, peak, code, output = run_measured(command)
                if code != 0:
                    print(f"{name} did not pass the package (exit {code}):\n{output[:2000]}")
                    return 1
                results[name].append((seconds, peak))
                print(f"  run {i + 1}: {name:12} {seconds:7.1f} s  peak {peak:6.0f} MiB",
                      flush=True)

    median = {n: statistics.median(s for s, _ in r) for n, r in results.items()}
    peak = {n: max(p for _, p in r) for n, r in results.items()}
    print(f"solieu validate (schema + reconciliation): {median['solieu']:.1f} s median, "
          f"peak {peak['solieu']:.0f} MiB")
    print(f"frictionless validate (schema only):       {median['frictionless']:.1f} s median, "
          f"peak {peak['frictionless']:.0f} MiB")
    print(f"ratio solieu / frictionless: {median['solieu'] / median['frictionless']:.3f} "
          f"({median['frictionless'] / median['solieu']:.1f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
