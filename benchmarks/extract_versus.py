"""The extractor against an earlier commit's, and the naive baseline, side by side in one process.

    .venv/bin/python benchmarks/extract_versus.py REV [--reports 200] [--copies 100] [--tables 300] [--repeat 5]

The extractor of commit ``REV`` (its ``src/solieu`` and ``schemas/``, taken with ``git
archive``) is imported under another package name beside the current one. On each input
(generated reports, the Sơn La report repeated into one text, generated tables) the
two extractors and the naive baseline of ``extract_bench`` run in turn on every text,
the order alternating, for ``--repeat`` rounds: a busy machine slows all three alike.
Prints MB/s from the median CPU time of the rounds, the speed-up, and each against the
baseline. Checks first that both give the same table on a sample of each input.
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus import report  # beside this script, which Python puts first on the path
from extract_bench import REPORT, naive
from solieu.extract import extract
from table_bench import report as table_report

ROOT = Path(__file__).resolve().parents[1]
THEN = "solieu_then"


def earlier(rev: str, into: Path) -> Callable[..., object]:
    """The ``extract`` of commit ``rev``, as the package ``solieu_then`` under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/solieu", "schemas"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / THEN
    (into / "src" / "solieu").rename(package)
    (into / "schemas").rename(package / "schemas")
    (package / "schemas" / "__init__.py").touch()
    for path in package.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        code = re.sub(r"\bsolieu(?=[.\" ]| import)", THEN, code)
        path.write_text(code, encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module(f"{THEN}.extract").extract  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rev", help="the commit to compare with, e.g. main")
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--copies", type=int, default=100, help="of the Sơn La report in one text")
    parser.add_argument("--tables", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    inputs = {
        f"{args.reports} generated reports": [report(seed, 200)[0] for seed in range(args.reports)],
        f"the Sơn La report x{args.copies}, one text": ["\n".join([REPORT.read_text(encoding="utf-8")] * args.copies)],
        f"{args.tables} generated tables": [table_report(seed, 25)[0] for seed in range(args.tables)],
    }
    with tempfile.TemporaryDirectory() as tmp:
        then = earlier(args.rev, Path(tmp))
        runs = {"then": then, "now": extract, "naive": naive}
        for name, texts in inputs.items():
            for text in texts[:20]:
                if not then(text, "t").equals(extract(text, "t")):  # type: ignore[attr-defined]
                    print(f"{name}: the two extractors differ", file=sys.stderr)
            mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            rounds: dict[str, list[float]] = {k: [] for k in runs}
            for r in range(args.repeat):
                spent = dict.fromkeys(runs, 0.0)
                for i, text in enumerate(texts):
                    for k in (["then", "now", "naive"] if (i + r) % 2 == 0 else ["now", "then", "naive"]):
                        t0 = time.process_time()
                        runs[k](text, f"r{i}")
                        spent[k] += time.process_time() - t0
                for k in runs:
                    rounds[k].append(spent[k])
            m = {k: statistics.median(v) for k, v in rounds.items()}
            per_round = ", ".join(f"{a / b:.2f}" for a, b in zip(rounds["then"], rounds["now"], strict=True))
            print(f"{name} ({mb:.2f} MB): then {mb / m['then']:.2f} MB/s, now {mb / m['now']:.2f} MB/s, "
                  f"speed-up {m['then'] / m['now']:.2f}x (rounds {per_round}); naive {mb / m['naive']:.2f} MB/s, "
                  f"then {m['then'] / m['naive']:.1f}x and now {m['now'] / m['naive']:.1f}x its time", flush=True)


if __name__ == "__main__":
    main()
