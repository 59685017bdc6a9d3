"""How much the pipeline adds to Prefect's own start-up, and how it scales to many reports.

    .venv/bin/python benchmarks/flow_bench.py              # everything (about 10 minutes)
    .venv/bin/python benchmarks/flow_bench.py --startup    # start-up comparison only
    .venv/bin/python benchmarks/flow_bench.py --scale --reports 200
    .venv/bin/python benchmarks/flow_bench.py --reports 2 --repeat 1 \\
        --runners threads --databases cold                                   # tiny

Every measurement is a fresh process, timed from outside (wall clock), median of
--repeat runs, side by side in one run of this script:

1. start-up: a trivial Prefect flow run the way `solieu run` runs (embedded temporary
   server, PREFECT_HOME of its own) against a cold `solieu run --force` on the Sơn La
   report (every source extracted, a first version published to an empty folder).
   Both with a new Prefect database ("cold": the database is created) and with an
   existing one ("warm"). Goal: the pipeline adds under 50% to Prefect's start-up.
2. scale: N generated reports (sentences of the Sơn La report recombined at random)
   in one dataset, end to end with `solieu run --force` on threads and on a Dask
   LocalCluster, and a second run with nothing changed (every extraction cached).

Prints a markdown table; the same goes to benchmarks/out/flow.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SON_LA = PROJECT / "raw" / "son-la-city"
SOLIEU = [sys.executable, "-m", "solieu.cli"]

# A trivial flow run the way `solieu run` runs it (solieu.cli.cmd_run): the temporary
# server started first, then Prefect and the pipeline's module imported.
TRIVIAL = """
import os
from pathlib import Path
from flows.embedded import start_early
start_early(Path(os.environ["PREFECT_HOME"]))
from prefect import flow
from flows.pipeline import _embedded_prefect, _readable_logs

@flow(name="trivial")
def trivial() -> int:
    return 1

with _readable_logs(), _embedded_prefect(Path(os.environ["PREFECT_HOME"])):
    assert trivial() == 1
"""

# An empty flow as Prefect runs it by itself: its own temporary server, nothing of ours.
BARE = """
from prefect import flow

@flow(name="empty")
def empty() -> None:
    pass

empty()
"""


def timed(cmd: list[str], env: dict[str, str], cwd: Path = PROJECT) -> tuple[float, int, str]:
    """Wall-clock seconds, exit status and the last output line of one fresh process."""
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = (done.stdout + done.stderr).strip().splitlines()
    if done.returncode and "solieu.cli" not in cmd:
        raise SystemExit(f"{' '.join(cmd)} failed:\n" + "\n".join(lines[-30:]))
    return seconds, done.returncode, lines[-1] if lines else ""


def base_env(home: Path, runner: str = "threads") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), SOLIEU_TASK_RUNNER=runner)
    return env


def startup(repeat: int, work: Path, databases: list[str]) -> list[tuple[str, float, str]]:
    """Trivial flow vs cold `solieu run` on Sơn La, cold and warm database, medians."""
    work.mkdir(parents=True, exist_ok=True)
    script = work / "trivial.py"
    script.write_text(TRIVIAL, encoding="utf-8")
    rows = []
    for db in databases:
        times: dict[str, list[float]] = {"trivial": [], "pipeline": []}
        said = ""
        warm_home = work / "warm-home"
        for i in range(repeat):
            for what in ("trivial", "pipeline"):
                home = work / f"{db}-{what}-{i}" if db == "cold" else warm_home / what
                published = work / f"published-{db}-{what}-{i}"
                env = base_env(home)
                if db == "warm" and not home.exists():  # create the database once, untimed
                    timed([sys.executable, str(script)], env)
                if what == "trivial":
                    cmd = [sys.executable, str(script)]
                else:
                    cmd = [*SOLIEU, "run", "--force", "--published", str(published)]
                seconds, code, last = timed(cmd, env)
                if what == "pipeline":
                    said = f"exit {code}: {last}"
                times[what].append(seconds)
        t, p = statistics.median(times["trivial"]), statistics.median(times["pipeline"])
        rows.append((f"trivial Prefect flow, {db} database", t, ""))
        rows.append((f"`solieu run --force` Sơn La, {db} database", p,
                     f"+{100 * (p - t) / t:.0f}% over the trivial flow; {said}"))
    return rows


def generate(raw: Path, n: int, seed: int = 2022) -> int:
    """A dataset of n reports, each 40 sentences of the Sơn La report in a random order."""
    import yaml

    from corpus import sentences  # beside this script, which Python puts first on the path
    from solieu.sources import read_text, sha256_text

    pool = sentences(read_text(SON_LA / "2022-annual-results.txt"))
    meta = yaml.safe_load((SON_LA / "2022-annual-results.yaml").read_text("utf-8"))
    dataset = yaml.safe_load((SON_LA / "dataset.yaml").read_text("utf-8"))
    folder = raw / "bench"
    folder.mkdir(parents=True)
    (folder / "dataset.yaml").write_text(
        yaml.safe_dump({**dataset, "name": "bench"}, allow_unicode=True), encoding="utf-8")
    rng = random.Random(seed)
    chars = 0
    for i in range(n):
        text = "\n\n".join(rng.sample(pool, min(40, len(pool)))) + "\n"
        source_id = f"report-{i:04d}"
        (folder / f"{source_id}.txt").write_text(text, encoding="utf-8")
        side = {**meta, "title": f"Báo cáo tổng hợp số {i + 1}", "sha256": sha256_text(text),
                "original_sha256": sha256_text(text)}  # a UTF-8 NFC file is its own text
        (folder / f"{source_id}.yaml").write_text(
            yaml.safe_dump(side, allow_unicode=True), encoding="utf-8")
        chars += len(text)
    return chars


def scale(n: int, repeat: int, work: Path, runners: list[str]) -> list[tuple[str, float, str]]:
    """n generated reports end to end: threads, Dask, and a rerun with nothing changed."""
    raw = work / "raw"
    chars = generate(raw, n)
    rows = []
    for runner in runners:
        home = work / f"home-{runner}"
        times, said = [], ""
        for i in range(repeat):
            published = work / f"published-{runner}-{i}"
            cmd = [*SOLIEU, "run", "--force", "--raw", str(raw), "--published", str(published)]
            seconds, code, said = timed(cmd, base_env(home, runner))
            times.append(seconds)
        t = statistics.median(times)
        rows.append((f"{n} reports ({chars / 1e6:.1f} M characters), {runner}, all extracted",
                     t, f"{n / t:.0f} reports/s; exit {code}: {said}"))
        if runner == "threads":
            cmd = [*SOLIEU, "run", "--raw", str(raw), "--published", str(work / "published-again")]
            seconds, code, said = timed(cmd, base_env(home, runner))
            rows.append((f"{n} reports, threads, nothing changed (all cached)", seconds,
                         f"exit {code}: {said}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--startup", action="store_true", help="only the start-up comparison")
    parser.add_argument("--scale", action="store_true", help="only the many-reports runs")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runners", nargs="+", choices=["threads", "dask"],
                        default=["threads", "dask"], help="task runners of the scale runs")
    parser.add_argument("--databases", nargs="+", choices=["cold", "warm"],
                        default=["cold", "warm"], help="Prefect databases of the start-up runs")
    parser.add_argument("--out", type=Path, default=PROJECT / "benchmarks" / "out",
                        help="folder for flow.md (default: %(default)s)")
    args = parser.parse_args()
    both = not (args.startup or args.scale)
    rows = []
    with tempfile.TemporaryDirectory(prefix="solieu-flow-bench-") as tmp:
        work = Path(tmp)
        if args.startup or both:
            rows += startup(args.repeat, work / "startup", args.databases)
        if args.scale or both:
            rows += scale(args.reports, 1 if both else args.repeat, work / "scale", args.runners)
        shutil.rmtree(work, ignore_errors=True)
    table = ["| run | median wall time | note |", "|---|---:|---|"]
    table += [f"| {what} | {seconds:.1f} s | {note} |" for what, seconds, note in rows]
    text = (f"cores: {os.cpu_count()}, repeat: {args.repeat}, "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n\n" + "\n".join(table) + "\n")
    print(text)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "flow.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
