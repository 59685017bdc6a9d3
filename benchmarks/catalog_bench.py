"""Benchmark: building the catalog (catalog.json, catalog.jsonld, index.html) for many
datasets, and the weight of the page.

Publishes the real Sơn La dataset from raw/ once (its headline indicators, sentences and
files), then copies its folder under N names (default 1,000) with their own titles, and
times ``solieu.catalog.write_catalog`` over all of them: the median of --repeat runs
(default 3). Prints the sizes of index.html (plain and gzip), catalog.json and
catalog.jsonld.

    .venv/bin/python benchmarks/catalog_bench.py [--datasets 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(published: Path, n: int) -> None:
    from solieu.publish import publish
    from solieu.sources import load_dataset
    from solieu.tables import build_tables

    dataset = load_dataset(ROOT / "raw" / "son-la-city")
    publish(dataset, build_tables(dataset), published)
    original = published / "son-la-city"
    for k in range(n - 1):
        name = f"place-{k:04d}"
        target = published / name
        shutil.copytree(original, target)
        for v in [p for p in target.iterdir() if p.is_dir()]:
            desc = json.loads((v / "datapackage.json").read_text(encoding="utf-8"))
            desc.update(name=name, title=f"Figures of place {k}", title_vi=f"Số liệu địa phương {k}")
            (v / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False),
                                                encoding="utf-8")
        for z in target.glob("*.zip"):
            z.rename(target / z.name.replace("son-la-city", name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from solieu.catalog import write_catalog

    with tempfile.TemporaryDirectory() as tmp:
        published = Path(tmp) / "published"
        build(published, args.datasets)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            write_catalog(published)
            times.append(time.perf_counter() - start)
        page = (published / "index.html").read_bytes()
        print(f"datasets: {args.datasets}")
        print(f"write_catalog: median {statistics.median(times):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in times)})")
        print(f"index.html: {len(page) / 1e6:.2f} MB, gzip {len(gzip.compress(page)) / 1e6:.2f} MB "
              f"({len(page) / args.datasets / 1e3:.1f} KB a dataset)")
        for name in ("catalog.json", "catalog.jsonld"):
            print(f"{name}: {(published / name).stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
