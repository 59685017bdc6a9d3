"""Does the extractor still give the same output? Record it once, then compare byte for byte.

    .venv/bin/python benchmarks/extract_equal.py record DIR   # before a change
    .venv/bin/python benchmarks/extract_equal.py compare DIR  # after it: lists every text that differs

The texts: every gold, test and raw report, the string literals of the extractor's tests,
the generated reports of ``extract_bench`` and ``table_bench``, and long concatenations of
them. For each text both the figures table as CSV and the ``--explain`` listing are kept.
A speed-up must leave every one of them identical.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import itertools
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from corpus import report  # beside this script, which Python puts first on the path
from solieu.extract import explain, extract, render, render_explanation
from table_bench import report as table_report

ROOT = Path(__file__).resolve().parents[1]


def texts() -> Iterator[tuple[str, str]]:
    """(name, text) of every text checked."""
    files = sorted([*ROOT.glob("tests/gold/*.txt"), *ROOT.glob("tests/reports/*.txt"), *ROOT.glob("raw/*/*.txt")])
    whole = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        whole.append(text)
        yield str(path.relative_to(ROOT)), text
    yield "all-files", "\n\n".join(whole)
    yield "all-files-one-paragraph", " ".join(t.replace("\n", " ") for t in whole)
    yield "all-files-upper", "\n\n".join(whole).upper()
    # Letters whose lowercase depends on what follows ("Σ") or is two letters ("İ").
    yield "all-files-sigma", "\n\n".join(whole).replace("T", "Σ").replace("Đ", "İ")
    for test in sorted(ROOT.glob("tests/test_*.py")):
        for node in ast.walk(ast.parse(test.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and any(
                    ch.isdigit() for ch in node.value) and len(node.value) >= 8:
                yield f"{test.name}:{node.lineno}:{node.col_offset}", node.value
    for seed in range(300):
        yield f"corpus-{seed}", report(seed, 200)[0]
    for seed in range(40):
        yield f"table-{seed}", table_report(seed, 25)[0]


def output(text: str) -> str:
    ex, df = explain(text, "t"), extract(text, "t")
    dtypes = " ".join(f"{c}:{t}" for c, t in df.dtypes.items())
    return (dtypes + "\n" + render(df, "csv") + "\n" + render(ex.figures, "csv") + "\n"
            + render_explanation(ex, text, "text"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts (a quick check)")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    n = differ = 0
    seen: Counter[str] = Counter()
    for name, text in itertools.islice(texts(), args.limit):
        n += 1
        seen[name] += 1
        if seen[name] > 1:  # the parts of one f-string share its line and column
            name = f"{name}#{seen[name]}"
        path = args.folder / (hashlib.sha256(name.encode()).hexdigest()[:20] + ".txt")
        got = f"# {name}\n" + output(text)
        if args.mode == "record":
            path.write_text(got, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != got:
            differ += 1
            print(f"differs: {name}", file=sys.stderr)
    print(f"{n} texts {'recorded' if args.mode == 'record' else 'compared'}; {differ} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
