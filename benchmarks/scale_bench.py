"""How a run scales with the number of reports: cold, unchanged, one report changed.

    .venv/bin/python benchmarks/scale_bench.py                       # 100 and 1,000 reports
    .venv/bin/python benchmarks/scale_bench.py --reports 10000 --modes plain
    .venv/bin/python benchmarks/scale_bench.py --profile 1000        # where the time goes
    .venv/bin/python benchmarks/scale_bench.py --extraction 300      # extractor vs naive regex
    .venv/bin/python benchmarks/scale_bench.py --analyse 1000 --baseline ../before

N reports (sentences of the Sơn La report recombined at random, benchmarks/corpus.py)
are laid out in one dataset, and spread over many datasets (N/100 reports each, at
least 10: 10 datasets of 10 reports for N = 100, 100 of 100 for N = 10,000). For every
size, layout and mode, three runs one after another, each a fresh process timed from
outside (wall clock, and peak memory of the run's processes together, sampled):

1. cold: a new state folder and an empty published/ (every report analysed);
2. unchanged: the same again (nothing to do beyond reading the reports);
3. one changed: a sentence added to one report of the first dataset (``--changed-runs
   N``: N such runs one after another, for a median);
4. upgrade (only if asked for with ``--runs``): the same reports after a code upgrade,
   simulated by making the state folder's records name another code's version (what
   a new ``package_version`` does): every report's rows assembled and every row of
   every version compared with the one before.

Modes: ``plain`` is the pipeline without Prefect (``solieu.pipeline.run``); ``prefect``
is ``solieu run`` (the flow on Prefect's embedded server, threads); ``dask`` is the
same on a Dask LocalCluster (one single-threaded worker process per core). Beside
them, Prefect's start-up, the floor of any ``solieu run``: an empty flow as Prefect
runs it by itself (its own temporary server), and a trivial flow started the way
``solieu run`` starts, each in a fresh process, median of ``--startup-repeat``.
Prints a markdown table; the same goes to <out>/scale.md.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from corpus import recombined, sentences  # beside this script, which Python puts first on the path

PROJECT = Path(__file__).resolve().parents[1]
SON_LA = PROJECT / "raw" / "son-la-city"

PLAIN = """
import sys
from pathlib import Path
from solieu import pipeline
from solieu.settings import Settings
root, raw, published, state = map(Path, sys.argv[1:5])
settings = Settings.for_root(root, raw=raw, published=published, state=state)
try:
    summaries = pipeline.run(settings)
except pipeline.ValidationFailed as exc:
    print(f"failed: {exc}"[:300]); sys.exit(1)
s = summaries[-1]
print(f"{len(summaries)} dataset(s); last: {s['dataset']}: {s['said']} "
      f"({s['extracted']} analysed, {s['cached']} kept)")
"""


ANALYSE = """
import sys, time
from pathlib import Path
from solieu.pipeline import indicator_catalog, load_sources
from solieu.settings import Settings
from solieu.store import ReportStore
from solieu.tables import analyse_sources
folder, state = Path(sys.argv[1]), Path(sys.argv[2])
settings = Settings.for_root(folder.parents[1], state=state)
catalog = indicator_catalog(settings)
dataset = load_sources(folder, state / "renditions")
start = time.process_time()
counts = analyse_sources(dataset.sources, catalog, ReportStore(state / "reports"), force=True)
print(f"{time.process_time() - start:.3f} {len(counts.computed)}")
"""


def generate(raw: Path, n: int, per_dataset: int) -> tuple[int, list[Path]]:
    """``n`` reports in datasets of ``per_dataset`` reports each (one dataset if
    per_dataset >= n); the characters written and the dataset folders."""
    import yaml

    from solieu.sources import read_text, sha256_text

    pool = sentences(read_text(SON_LA / "2022-annual-results.txt"))
    meta = yaml.safe_load((SON_LA / "2022-annual-results.yaml").read_text("utf-8"))
    dataset = yaml.safe_load((SON_LA / "dataset.yaml").read_text("utf-8"))
    chars, folders = 0, []
    for i in range(n):
        d = i // per_dataset
        folder = raw / f"d{d:03d}"
        if i % per_dataset == 0:
            folder.mkdir(parents=True)
            (folder / "dataset.yaml").write_text(
                yaml.safe_dump({**dataset, "name": folder.name}, allow_unicode=True), "utf-8")
            folders.append(folder)
        text = recombined(pool, seed=i)
        source_id = f"report-{i:05d}"
        (folder / f"{source_id}.txt").write_text(text, encoding="utf-8")
        side = {**meta, "title": f"Báo cáo tổng hợp số {i + 1}", "sha256": sha256_text(text),
                "original_sha256": sha256_text(text)}  # a UTF-8 NFC file is its own text
        (folder / f"{source_id}.yaml").write_text(yaml.safe_dump(side, allow_unicode=True),
                                                  encoding="utf-8")
        chars += len(text)
    return chars, folders


def change_one(folder: Path) -> None:
    """Add a sentence (no figure in it) to the first report of ``folder``."""
    import yaml

    from solieu.sources import sha256_text

    txt = sorted(folder.glob("*.txt"))[0]
    text = txt.read_text("utf-8") + "\nCông tác cải cách hành chính được quan tâm.\n"
    txt.write_text(text, encoding="utf-8")
    side = txt.with_suffix(".yaml")
    meta = yaml.safe_load(side.read_text("utf-8"))
    side.write_text(yaml.safe_dump({**meta, "sha256": sha256_text(text),
                                    "original_sha256": sha256_text(text)}, allow_unicode=True),
                    encoding="utf-8")


def upgrade(state: Path) -> None:
    """Make the kept records of ``state`` read as a different code's: the hashes a new
    ``package_version`` changes (each dataset's fingerprint and frame, the frame of its
    assembled rows), so that the next run does what the first run after an upgrade does."""
    import json

    records = state / "results" / "datasets"  # solieu.pipeline.results
    changed = 0
    for record in records.glob("*.json"):
        data = json.loads(record.read_text("utf-8"))
        if isinstance(data, dict) and "frame" in data:
            record.write_text(json.dumps({**data, "fingerprint": "upgraded",
                                          "frame": "upgraded"}), "utf-8")
            changed += 1
    for index in records.glob("*.rows/index.json"):
        data = json.loads(index.read_text("utf-8"))
        index.write_text(json.dumps({**data, "frame": "upgraded"}), "utf-8")
    if not changed:
        raise SystemExit(f"no record of a dataset under {records}: nothing to upgrade")


def tree_rss(pid: int) -> int:
    """Bytes resident in process ``pid`` and all its descendants now (the sum of their
    VmRSS, from /proc; 0 where there is no /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended meanwhile
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status", encoding="ascii") as f:
                total += next((int(line.split()[1]) * 1024 for line in f
                               if line.startswith("VmRSS:")), 0)
        except OSError:
            pass
        todo += children.get(p, [])
    return total


class PeakSampler(threading.Thread):
    """The highest :func:`tree_rss` of a process, sampled every ``interval`` seconds
    until :meth:`stop`. The kernel's peak (``ru_maxrss``) is of one process at a time:
    for a run's main process beside its worker processes (or its Prefect server, or a
    Dask cluster), what they hold together at one moment is only seen by sampling."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak = pid, interval, 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.interval):
            self.peak = max(self.peak, tree_rss(self.pid))

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak


def timed(cmd: list[str], env: dict[str, str], cwd: Path | None = None,
          ) -> tuple[float, float, int, str]:
    """Wall seconds, peak memory (MiB), exit status and last output line of one process,
    the line led by the CPU seconds of the process and the children it waited for (its
    server's, a cluster's workers'): on a shared machine, less at the mercy of the load.
    The peak is of the process and all its children together (:class:`PeakSampler`), or
    the kernel's peak of the largest one alone if that is higher; the line says both."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd or PROJECT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    sampler = PeakSampler(proc.pid)
    sampler.start()
    out = proc.stdout.read() if proc.stdout else ""
    together = sampler.stop() / 2**20  # before the wait: the processes are still there
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = out.strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    alone = usage.ru_maxrss / 1024  # the largest of the process and its waited-for children
    return (seconds, max(together, alone), proc.returncode,
            f"CPU {cpu:.1f} s; largest process {alone:.0f} MiB, all together "
            f"{together:.0f} MiB; " + (lines[-1] if lines else ""))


def command(mode: str, work: Path, raw: Path, published: Path, state: Path,
            baseline: Path | None = None) -> list[str]:
    if mode == "plain":
        return [sys.executable, "-c", PLAIN, str(work), str(raw), str(published), str(state)]
    return [sys.executable, "-m", "solieu.cli", "run", "--raw", str(raw), "--published",
            str(published)]


def code_of(checkout: Path | None, work: Path) -> dict[str, str]:
    """The environment that runs another checkout's code with this Python (the
    dependencies are this environment's): a copy of its ``src/solieu`` with its
    ``schemas/`` inside, as the wheel has them, and of its ``flows/`` (what `solieu run`
    runs), first on the path. Its ``src/`` alone would not do: an editable install finds
    ``solieu.schemas`` in the project it was installed from, so the schemas (and every
    fingerprint made of them) would be that project's, changing whenever it is edited."""
    if checkout is None:
        return {}
    into = work / f"code-{checkout.name}"
    if not into.exists():
        skip = shutil.ignore_patterns("__pycache__")
        shutil.copytree(checkout / "src" / "solieu", into / "solieu", ignore=skip)
        shutil.copytree(checkout / "schemas", into / "solieu" / "schemas", dirs_exist_ok=True)
        shutil.copytree(checkout / "flows", into / "flows", ignore=skip)
    return {"PYTHONPATH": str(into)}


RUNS = ("cold", "unchanged", "one changed")
UPGRADE = "upgrade"  # after the others (only cold is needed), when asked for


def series(n: int, layout: str, mode: str, work: Path, per_dataset: int,
           baseline: Path | None = None, code: Path | None = None,
           runs: tuple[str, ...] = RUNS, changed: int = 1) -> list[tuple[str, float, float, str]]:
    """Cold, unchanged and one-changed runs (those of ``runs``) of n reports in one
    layout and mode; ``changed``: one-changed runs one after another (a sentence added
    to the same report each time), for a median."""
    case = work / f"{n}-{layout}-{mode}"
    raw = case / "raw"
    chars, folders = generate(raw, n, n if layout == "one" else per_dataset or max(10, n // 100))
    published, state = case / "published", case / "state"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SOLIEU_"))}
    env.update(PREFECT_HOME=str(state), SOLIEU_TASK_RUNNER="dask" if mode == "dask" else "threads",
               **code_of(baseline or code, work))
    cmd = command(mode, case, raw, published, state, baseline)
    rows = []
    where = f"{n} reports ({chars / 1e6:.1f} M chars) in {len(folders)} dataset(s), {mode}"
    if baseline:
        where += f" (before: {baseline.name})"
    todo = list(RUNS[:max(RUNS.index(r) if r in RUNS else 0 for r in runs) + 1])
    if "one changed" in todo:
        todo += ["one changed"] * (changed - 1)
    todo += [UPGRADE] if UPGRADE in runs else []  # each of RUNS needs the one before
    for i, what in enumerate(todo):
        if what == "one changed":
            change_one(folders[0])
        if what == UPGRADE:
            upgrade(state)
        seconds, rss, code, said = timed(cmd, env, baseline)
        if what not in runs:
            continue
        nth = todo[:i + 1].count(what) if what == "one changed" else 0
        label = f"{what} ({nth})" if changed > 1 and nth else what
        rows.append((f"{where}: {label}", seconds, rss, f"exit {code}: {said}"))
        print(f"| {rows[-1][0]} | {seconds:.1f} s | {rss:.0f} MiB | {rows[-1][3]} |", flush=True)
    shutil.rmtree(case, ignore_errors=True)
    return rows


def startup(work: Path, repeat: int, code: Path | None = None,
            ) -> list[tuple[str, float, float, str]]:
    """Prefect's start-up, each in a fresh process: an empty flow as Prefect runs it by
    itself, and a trivial flow run the way `solieu run` runs; with a new Prefect
    database, then with that database (median of ``repeat``, the two taking turns)."""
    from flow_bench import BARE, TRIVIAL

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SOLIEU_"))}
    env.update(code_of(code, work))
    # As `solieu run` allows: Prefect's default (20 s) is too short on a busy 2-core
    # machine to create the database, and the empty flow would fail, not be slower.
    env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "90"
    kinds = {"empty flow, Prefect's own server": BARE,
             "trivial flow, as `solieu run` starts": TRIVIAL}
    rows = []
    for db in ("new database", "existing database"):
        times: dict[str, list[tuple[float, float, int]]] = {kind: [] for kind in kinds}
        for _ in range(1 if db == "new database" else repeat):
            for i, (kind, text) in enumerate(kinds.items()):
                script = work / f"startup-{i}.py"
                script.write_text(text, encoding="utf-8")
                env["PREFECT_HOME"] = str(work / f"startup-home-{i}")
                seconds, rss, status, _ = timed([sys.executable, str(script)], env)
                times[kind].append((seconds, rss, status))
        for kind, runs in times.items():
            seconds = statistics.median(t for t, _, _ in runs)
            rss = max(r for _, r, _ in runs)
            said = f"exit {max(s for _, _, s in runs)}, median of {len(runs)}"
            rows.append((f"Prefect start-up: {kind}, {db}", seconds, rss, said))
            print(f"| {rows[-1][0]} | {seconds:.1f} s | {rss:.0f} MiB | {said} |", flush=True)
    return rows


def analyse_stage(n: int, work: Path, repeat: int, code: Path | None,
                  baseline: Path | None) -> str:
    """CPU time of the analyse stage alone (``tables.analyse_sources`` of every report
    of one dataset, in one process, a new store each time), this code and the
    baseline's on the same n reports, taking turns; median of ``repeat``."""
    raw = work / "analyse" / "raw"
    chars, folders = generate(raw, n, n)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SOLIEU_"))}
    codes = {"this code": code_of(code, work)}
    if baseline:
        codes["baseline"] = code_of(baseline, work / "before")
    times: dict[str, list[float]] = {name: [] for name in codes}
    for i in range(repeat):
        for name, extra in codes.items():
            state = work / "analyse" / f"state-{i}-{name.replace(' ', '-')}"
            done = subprocess.run([sys.executable, "-c", ANALYSE, str(folders[0]), str(state)],
                                  env={**env, **extra}, cwd=work, capture_output=True,
                                  text=True, check=True)
            times[name].append(float(done.stdout.split()[0]))
            shutil.rmtree(state, ignore_errors=True)
            print(f"{name}: {times[name][-1]:.1f} s", flush=True)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [f"{n} reports ({chars / 1e6:.1f} M chars) in one dataset, CPU time of the "
             f"analyse stage in one process, median of {repeat} (load average at the end: "
             f"{load}):", "", "| code | CPU time | runs |", "|---|---:|---|"]
    for name, runs in times.items():
        lines.append(f"| {name} | {statistics.median(runs):.1f} s | "
                     f"{', '.join(f'{t:.1f}' for t in runs)} |")
    if baseline:
        ratio = statistics.median(times["this code"]) / statistics.median(times["baseline"])
        lines.append(f"| ratio this / baseline | {ratio:.2f} | |")
    return "\n".join(lines) + "\n"


def profile(n: int, work: Path, keep: Path) -> str:
    """cProfile of the plain pipeline on n reports in one dataset: cold, then one changed
    (the full statistics also go to <out>/scale-<n>-<run>.prof, for pstats)."""
    sys.path.insert(0, str(PROJECT / "src"))
    from solieu import pipeline
    from solieu.settings import Settings

    raw = work / "profile" / "raw"
    _, folders = generate(raw, n, n)
    settings = Settings.for_root(work / "profile", raw=raw, state=work / "profile" / "state")
    out = []
    for what in ("cold", "one changed"):
        if what == "one changed":
            change_one(folders[0])
        prof = cProfile.Profile()
        prof.enable()
        pipeline.run(settings)
        prof.disable()
        keep.mkdir(parents=True, exist_ok=True)
        prof.dump_stats(keep / f"scale-{n}-{what.replace(' ', '-')}.prof")
        text = io.StringIO()
        pstats.Stats(prof, stream=text).sort_stats("cumulative").print_stats(r"solieu", 40)
        out.append(f"### {n} reports, {what}\n\n```\n{text.getvalue().strip()}\n```\n")
    return "\n".join(out)


NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")


def naive(text: str, source_id: str) -> str:
    """The naive baseline: every number token with its offsets, as CSV."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["source_id", "start", "end", "surface"])
    for m in NUMBER.finditer(text):
        writer.writerow([source_id, m.start(), m.end(), m.group()])
    return out.getvalue()


def extraction(n: int, repeat: int) -> str:
    """CPU time of the extractor and of the naive baseline on the same n reports, taking
    turns, median of ``repeat``; and where the extractor's time goes."""
    sys.path.insert(0, str(PROJECT / "src"))
    from solieu.extract import extract
    from solieu.sources import read_text

    pool = sentences(read_text(SON_LA / "2022-annual-results.txt"))
    texts = [recombined(pool, seed=i) for i in range(n)]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    times: dict[str, list[float]] = {"extractor": [], "naive baseline": []}
    for _ in range(repeat):
        for name, fn in (("extractor", extract), ("naive baseline", naive)):
            start = time.process_time()
            for i, t in enumerate(texts):
                fn(t, f"r{i}")
            times[name].append(time.process_time() - start)
    ext, base = (statistics.median(times[k]) for k in ("extractor", "naive baseline"))
    prof = cProfile.Profile()
    prof.enable()
    for i, t in enumerate(texts):
        extract(t, f"r{i}")
    prof.disable()
    text = io.StringIO()
    pstats.Stats(prof, stream=text).sort_stats("tottime").print_stats(20)
    return (f"{n} reports, {mb:.2f} MB, CPU time, median of {repeat}:\n\n"
            f"| | CPU time | throughput |\n|---|---:|---:|\n"
            f"| extractor | {ext:.2f} s | {mb / ext:.2f} MB/s |\n"
            f"| naive baseline (number tokens to CSV) | {base:.2f} s | {mb / base:.2f} MB/s |\n"
            f"| ratio extractor / baseline | {ext / base:.1f} | |\n\n"
            f"```\n{text.getvalue().strip()}\n```\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, nargs="*", default=[100, 1000],
                        help="numbers of reports (none: only Prefect's start-up)")
    parser.add_argument("--layouts", nargs="+", choices=["one", "many"], default=["one", "many"])
    parser.add_argument("--modes", nargs="+", choices=["plain", "prefect", "dask"],
                        default=["plain", "prefect"])
    parser.add_argument("--runs", nargs="+", choices=[*RUNS, UPGRADE], default=list(RUNS),
                        help="which runs of each series to report (default: the first "
                             "three; 'upgrade': a run after a simulated code upgrade)")
    parser.add_argument("--changed-runs", type=int, default=1, metavar="N",
                        help="one-changed runs one after another in each series (default 1)")
    parser.add_argument("--startup-repeat", type=int, default=3, metavar="N",
                        help="runs of each start-up with an existing database (0: none)")
    parser.add_argument("--per-dataset", type=int, default=0,
                        help="reports per dataset in the 'many' layout (default: N/100, >= 10)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="only profile the plain pipeline on N reports")
    parser.add_argument("--extraction", type=int, default=0, metavar="N",
                        help="only compare the extractor with the naive baseline on N reports")
    parser.add_argument("--analyse", type=int, default=0, metavar="N",
                        help="only time the analyse stage on N reports (with --baseline: "
                             "side by side with it)")
    parser.add_argument("--baseline", type=Path, default=None, metavar="CHECKOUT",
                        help="also run another checkout's code (its src/, this Python) on "
                             "the same reports, each mode right after this code's: the "
                             "code before a change")
    parser.add_argument("--code", type=Path, default=None, metavar="CHECKOUT",
                        help="run this checkout's code (its src/) as the code measured, "
                             "e.g. a copy of a commit, so that editing goes on meanwhile")
    parser.add_argument("--out", type=Path, default=PROJECT / "benchmarks" / "out",
                        help="folder for scale.md (default: %(default)s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="solieu-scale-bench-") as tmp:
        if args.extraction:
            text = extraction(args.extraction, repeat=3)
        elif args.analyse:
            text = analyse_stage(args.analyse, Path(tmp), 3, args.code, args.baseline)
        elif args.profile:
            text = profile(args.profile, Path(tmp), args.out)
        else:
            rows = []
            print("| run | wall time | peak memory | said |\n|---|---:|---:|---|", flush=True)
            if {"prefect", "dask"} & set(args.modes) and args.startup_repeat:
                rows += startup(Path(tmp), args.startup_repeat, args.code)
            for n in args.reports:
                for layout in args.layouts:
                    for mode in args.modes:
                        rows += series(n, layout, mode, Path(tmp), args.per_dataset,
                                       code=args.code, runs=tuple(args.runs),
                                       changed=args.changed_runs)
                        if args.baseline:
                            rows += series(n, layout, mode, Path(tmp) / "before",
                                           args.per_dataset, args.baseline, runs=tuple(args.runs),
                                           changed=args.changed_runs)
            table = ["| run | wall time | peak memory | said |", "|---|---:|---:|---|"]
            table += [f"| {what} | {s:.1f} s | {rss:.0f} MiB | {said} |"
                      for what, s, rss, said in rows]
            text = "\n".join(table) + "\n"
    stamp = f"cores: {os.cpu_count()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    text = f"{stamp}\n\n{text}"
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    name = ("extraction" if args.extraction else "scale-profile" if args.profile
            else "analyse" if args.analyse else "scale")
    (args.out / f"{name}.md").write_text(text, "utf-8")


if __name__ == "__main__":
    main()
