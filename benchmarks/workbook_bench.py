"""The workbook copy of a version (``data/<dataset>.xlsx``) for N figure rows: time and
peak memory of writing it, and, beside another checkout's code, whether the bytes agree.

    .venv/bin/python benchmarks/workbook_bench.py --rows 100000 690000
    .venv/bin/python benchmarks/workbook_bench.py --rows 100000 --baseline OLD_CHECKOUT

The tables are the committed Sơn La version's, repeated report after report (new
report, figure and source ids each time, the same texts, as the scale benchmark's
recombined reports have) until the figures table has N rows; observations and sources
grow with it. Each writing is a fresh process, timed from outside, with its peak memory
(the kernel's max RSS; reading the tables is part of it); the medians of ``--repeat``.
With ``--baseline``, the other checkout's code writes the same workbook, the two taking
turns, and the two files' sha256 are compared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from solieu.package import sha256_file

PROJECT = Path(__file__).resolve().parents[1]
VERSION = PROJECT / "published" / "son-la-city" / "1.1.0"

# Runs in the process measured: the code on PYTHONPATH writes the workbook as its
# publish() does (older code read the rows as Python tuples, then as Arrow tables, now
# the package's CSV files).
WRITE = """
import inspect, json, sys
from functools import partial
from pathlib import Path
from solieu import spreadsheet, package
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
schemas = json.loads((folder / "schemas.json").read_text(encoding="utf-8"))
if "kept" in inspect.signature(spreadsheet.write_workbook).parameters:  # from the CSV files
    rows = {t: folder / "data" / f"{t}.csv" for t in schemas}
elif hasattr(package, "read_arrow"):
    rows = {t: partial(package.read_arrow, folder, t, [f["name"] for f in s["fields"]])
            for t, s in schemas.items()}
else:
    rows = {t: package.iter_values(folder, t, [f["name"] for f in s["fields"]])
            for t, s in schemas.items()}
spreadsheet.write_workbook(out, "bench", rows, schemas, "2026-01-02T03:04:05Z")
print(spreadsheet.__file__)
"""


def make_tables(folder: Path, rows: int) -> int:
    """data/<table>.parquet and .csv with ``rows`` figure rows; returns the number of
    reports."""
    from solieu.package import conform, read_descriptor, table_schemas, write_csv

    data = folder / "data"
    data.mkdir(parents=True)
    tables = {t: pq.read_table(VERSION / "data" / f"{t}.parquet")
              for t in ("sources", "figures", "indicators", "observations")}
    per = tables["figures"].num_rows
    reports = -(-rows // per)
    grown: dict[str, list[pa.Table]] = {t: [] for t in tables}
    for r in range(reports):
        for t in ("sources", "figures", "observations"):
            table = tables[t]
            for name in ("source_id", "figure_id"):
                if name in table.column_names:
                    renamed = pc.binary_join_element_wise(
                        table.column(name), f"-r{r:05d}", "")
                    table = table.set_column(table.column_names.index(name), name,
                                             renamed.cast(table.schema.field(name).type))
            grown[t].append(table)
    for t, parts in grown.items():
        table = pa.concat_tables(parts) if parts else tables[t]
        if t == "figures":
            table = table.slice(0, rows)
        pq.write_table(table, data / f"{t}.parquet", compression="snappy")
        write_csv(t, conform(t, table.to_pandas()), data / f"{t}.csv")
    schemas = table_schemas(VERSION, read_descriptor(VERSION))
    (folder / "schemas.json").write_text(json.dumps(schemas, ensure_ascii=False),
                                         encoding="utf-8")
    return reports


def code_env(checkout: Path | None, work: Path) -> dict[str, str]:
    """This environment, with another checkout's ``src/solieu`` (and its schemas) first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SOLIEU_"))}
    if checkout is not None:
        into = work / f"code-{checkout.name}"
        if not into.exists():
            shutil.copytree(checkout / "src" / "solieu", into / "solieu",
                            ignore=shutil.ignore_patterns("__pycache__"))
            shutil.copytree(checkout / "schemas", into / "solieu" / "schemas",
                            dirs_exist_ok=True)
        env["PYTHONPATH"] = str(into)
    return env


def timed(env: dict[str, str], folder: Path, out: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MiB) of one writing, in a fresh
    process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", WRITE, str(folder), str(out)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"writing the workbook failed:\n{output[-3000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000],
                        help="figure rows (default 100,000)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout, run beside this one")
    args = parser.parse_args()
    lines = ["| figure rows | code | wall s | CPU s | peak MiB | MiB written |",
             "|---:|---|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory(prefix="workbook-bench-") as tmp:
        work = Path(tmp)
        codes = {"this": code_env(None, work)}
        if args.baseline:
            codes = {"baseline": code_env(args.baseline.resolve(), work), **codes}
        for n in args.rows:
            folder = work / f"rows-{n}"
            reports = make_tables(folder, n)
            runs: dict[str, list[tuple[float, float, float]]] = {c: [] for c in codes}
            for _ in range(args.repeat):
                for code, env in codes.items():  # taking turns
                    runs[code].append(timed(env, folder, work / f"{code}-{n}.xlsx"))
            digests = {code: sha256_file(work / f"{code}-{n}.xlsx") for code in codes}
            for code, measured in runs.items():
                size = (work / f"{code}-{n}.xlsx").stat().st_size / 2 ** 20
                wall, cpu, peak = (statistics.median(m[i] for m in measured) for i in range(3))
                lines.append(f"| {n:,} ({reports:,} reports) | {code} | {wall:.2f} | "
                             f"{cpu:.2f} | {peak:.0f} | {size:.1f} |")
            if args.baseline:
                same = len(set(digests.values())) == 1
                lines.append(f"| {n:,} | same bytes: {'yes' if same else 'NO'} | | | | |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
