"""The panel's change level (``solieu.panel.change_level``) alone: memory and CPU time.

    .venv/bin/python benchmarks/panel_level_bench.py --rows 460000
    .venv/bin/python benchmarks/panel_level_bench.py --rows 460000 --baseline OLD_CHECKOUT

What a run with one changed report in one dataset asks of it: the old panel (every
row of the dataset at its last version, as read from panel.parquet) against the new
one (the same rows, the dataset at its next version). The rows are the committed
panel's, repeated under other report ids up to ``--rows``. Each code runs in a fresh
process (``--baseline``: another checkout's ``src/``, this Python, right after); the
memory is what the process holds above what it held before the call, its resident
size sampled every 5 ms during it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale_bench import code_of  # beside this script, which Python puts first on the path

PROJECT = Path(__file__).resolve().parents[1]
PANEL = PROJECT / "published" / "panel" / "latest" / "data" / "panel.parquet"

RUN = """
import gc, sys, threading, time
import pyarrow as pa, pyarrow.compute as pc, pyarrow.parquet as pq
from solieu.package import PANEL, conform
from solieu.panel import change_level

path, rows = sys.argv[1], int(sys.argv[2])
one = pq.read_table(path)
copies = []
for i in range(rows // one.num_rows + 1):
    copies.append(one.set_column(one.schema.get_field_index("source_id"), "source_id",
                                 pc.binary_join_element_wise(one.column("source_id"),
                                                             pa.scalar(f"-{i:05d}"), "")))
whole = pa.concat_tables(copies).slice(0, rows)
whole = whole.set_column(0, "dataset", pa.array(["d000"] * rows))
old_path = "old-panel.parquet"  # in the working folder, a temporary one
pq.write_table(whole.set_column(1, "version", pa.array(["1.0.0"] * rows)), old_path)
new = conform(PANEL, whole.set_column(1, "version", pa.array(["1.0.1"] * rows)).to_pandas())
del copies, whole, one
old = pq.read_table(old_path)
gc.collect()

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096

before, peak, done = rss(), [0], threading.Event()
def sample():
    while not done.wait(0.005):
        peak[0] = max(peak[0], rss())
t = threading.Thread(target=sample, daemon=True)
t.start()
start = time.process_time()
level = change_level(old, new)
cpu = time.process_time() - start
done.set(); t.join()
print(f"{level} {cpu:.3f} {(max(peak[0], rss()) - before) / 2**20:.0f} {before / 2**20:.0f}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=460_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, default=None, metavar="CHECKOUT")
    parser.add_argument("--code", type=Path, default=None, metavar="CHECKOUT")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SOLIEU_"))}
    with tempfile.TemporaryDirectory(prefix="solieu-panel-bench-") as tmp:
        codes = {"this code": code_of(args.code, Path(tmp))}
        if args.baseline:
            codes["baseline"] = code_of(args.baseline, Path(tmp) / "before")
        found: dict[str, list[tuple[str, float, float, float]]] = {n: [] for n in codes}
        for _ in range(args.repeat):
            for name, extra in codes.items():
                out = subprocess.run([sys.executable, "-c", RUN, str(PANEL), str(args.rows)],
                                     env={**env, **extra}, cwd=tmp, capture_output=True,
                                     text=True, check=True).stdout.split()
                found[name].append((out[0], float(out[1]), float(out[2]), float(out[3])))
                print(name, *out, flush=True)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{args.rows:,} panel rows, median of {args.repeat} "
          f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load {load}):\n")
    print("| code | level | CPU time | memory added (held before) |\n|---|---|---:|---:|")
    for name, runs in found.items():
        print(f"| {name} | {runs[0][0]} | {statistics.median(r[1] for r in runs):.2f} s | "
              f"{statistics.median(r[2] for r in runs):.0f} MiB "
              f"({statistics.median(r[3] for r in runs):.0f} MiB) |")


if __name__ == "__main__":
    main()
