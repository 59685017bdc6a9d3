"""Extraction throughput on one core, and accuracy at scale, on generated reports.

    .venv/bin/python benchmarks/extract_bench.py [--reports 400] [--repeat 5]

``--reports 2 --repeat 1 --sentences 20 --copies 1`` is the tiny size a test runs.

Prints MB/s and figures/s on one core (median CPU time of the repeats) and the share of known figures
found with the right value, unit and kind.
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import time
from pathlib import Path

import pandas as pd

from corpus import report  # beside this script, which Python puts first on the path
from solieu.extract import extract

REPORT = Path(__file__).resolve().parents[1] / "raw" / "son-la-city" / "2022-annual-results.txt"
NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


def naive(text: str, source_id: str) -> str:
    """The baseline: every number token as a row of a CSV (source, start, end, surface), written
    the way the extractor's table is, through a DataFrame."""
    tokens = [(m.start(), m.end(), m.group()) for m in NUMBER_TOKEN.finditer(text)]
    starts, ends, surfaces = zip(*tokens, strict=True) if tokens else ((), (), ())
    frame = pd.DataFrame({"source_id": [source_id] * len(tokens), "start": starts, "end": ends,
                          "surface": surfaces})
    return str(frame.to_csv(index=False, lineterminator="\n"))


def cpu_median(work, repeat: int) -> float:
    """Median CPU seconds of ``work()`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        work()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sentences", type=int, default=200, help="per report (~15 kB, like a real one)")
    parser.add_argument("--copies", type=int, default=350, help="of the real report in one long text")
    args = parser.parse_args()
    corpus = [report(seed, args.sentences) for seed in range(args.reports)]
    size_mb = sum(len(t.encode("utf-8")) for t, _ in corpus) / 1e6

    right = total = found = 0
    for i, (text, truths) in enumerate(corpus):
        df = extract(text, f"r{i}")
        got = {(r.surface, r.unit, r.kind): r.value for r in df.itertuples()}
        found += len(df)
        for t in truths:
            total += 1
            v = got.get((t.surface, t.unit, t.kind))
            right += v is not None and abs(v - t.value) <= 1e-9 * max(1.0, abs(t.value))

    # CPU time of this process: one core's work, less sensitive to a busy machine.
    times, walls = [], []
    for _ in range(args.repeat):
        t0, w0 = time.process_time(), time.perf_counter()
        n = sum(len(extract(text, f"r{i}")) for i, (text, _) in enumerate(corpus))
        times.append(time.process_time() - t0)
        walls.append(time.perf_counter() - w0)
    median = statistics.median(times)
    print(f"corpus: {args.reports} reports, {size_mb:.2f} MB, {total} known figures")
    print(f"accuracy: {right}/{total} known figures right (value, unit, kind) = {right / total:.4f}; "
          f"{found - total} extra figures found")
    print(f"throughput (median of {args.repeat}): {size_mb / median:.2f} MB/s, {n / median:,.0f} figures/s "
          f"({median:.2f} s CPU per pass; wall {statistics.median(walls):.2f} s)")
    base = cpu_median(lambda: [naive(text, f"r{i}") for i, (text, _) in enumerate(corpus)], args.repeat)
    print(f"naive baseline (number tokens to CSV): {size_mb / base:.2f} MB/s; "
          f"the extractor takes {median / base:.1f} times as long")

    # The real report, repeated into one 5 MB text: real prose, one long input.
    real = REPORT.read_text(encoding="utf-8")
    big = "\n".join([real] * args.copies)
    big_mb = len(big.encode("utf-8")) / 1e6
    times = []
    for _ in range(args.repeat):
        t0 = time.process_time()
        n = len(extract(big, "big"))
        times.append(time.process_time() - t0)
    median = statistics.median(times)
    base = cpu_median(lambda: naive(big, "big"), args.repeat)
    print(f"Sơn La report x{args.copies} ({big_mb:.2f} MB, one text): {big_mb / median:.2f} MB/s, "
          f"{n / median:,.0f} figures/s; naive baseline {big_mb / base:.2f} MB/s ({median / base:.1f} times)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
