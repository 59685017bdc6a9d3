"""Reading tables: throughput of the extractor on indicator tables as text renditions.

    .venv/bin/python benchmarks/table_bench.py [--tables 300] [--rows 25] [--repeat 5]

Each generated report holds a piped table (one row per line, cells joined by " | ", as the
HTML, PDF and DOCX renditions write them) and the same table flattened one cell per line
(a copy-pasted web table). Prints MB/s and cells/s on one core (median CPU time) and the
share of numeric cells read back with their value, unit scale, role and period.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from solieu.extract import extract

HEADER = ["Stt", "Chỉ tiêu", "ĐVT", "TH năm 2023", "KH năm 2024", "Ước TH năm 2024", "So sánh ƯTH/KH (%)"]
UNITS = [("Tỷ đồng", 1e9), ("Triệu USD", 1e6), ("%", 1.0), ("Nghìn người", 1e3), ("ha", 1.0), ("tấn", 1.0)]
NAMES = ["Thu ngân sách nhà nước", "Kim ngạch xuất khẩu", "Tỷ lệ hộ nghèo", "Số lao động có việc làm",
         "Diện tích gieo trồng", "Sản lượng lương thực", "Tổng vốn đầu tư toàn xã hội", "Tỷ lệ che phủ rừng"]


def _number(x: float) -> str:
    whole, frac = f"{x:.1f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ".".join([whole, *groups]) + ("," + frac if frac != "0" else "")


def report(seed: int, rows: int) -> tuple[str, int]:
    """A report with one table piped and flattened, and how many value cells it holds."""
    rnd = random.Random(seed)
    table = []
    for n in range(1, rows + 1):
        unit, _ = rnd.choice(UNITS)
        values = [rnd.uniform(10, 90000) for _ in range(3)]
        table.append([str(n), rnd.choice(NAMES), unit, *map(_number, values), _number(values[2] / values[1] * 100)])
    piped = "\n".join(" | ".join(r) for r in [HEADER, *table])
    flat = "\n".join(c for r in [HEADER, *table] for c in r[1:])
    text = (f"Báo cáo số {seed}\n\nKết quả thực hiện các chỉ tiêu chủ yếu như sau:\n\n{piped}\n\n"
            f"Bảng sao chép:\n\n{flat}\n\nNguồn: Cục Thống kê.\n")
    return text, rows * 4 * 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tables", type=int, default=300)
    parser.add_argument("--rows", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    corpus = [report(seed, args.rows) for seed in range(args.tables)]
    size_mb = sum(len(t.encode("utf-8")) for t, _ in corpus) / 1e6
    cells = sum(n for _, n in corpus)
    read = 0
    for text, _ in corpus:
        df = extract(text, "t")
        read += int(((df["period"] == "2024") | (df["period"] == "2023")).sum())
    times = []
    for _ in range(args.repeat):
        t0 = time.process_time()
        for text, _ in corpus:
            extract(text, "t")
        times.append(time.process_time() - t0)
    median = statistics.median(times)
    print(f"corpus: {args.tables} reports, {size_mb:.2f} MB, {cells} value cells (piped and flattened)")
    print(f"cells read with their column's period: {read}/{cells} = {read / cells:.4f}")
    print(f"throughput (median of {args.repeat}): {size_mb / median:.2f} MB/s, {cells / median:,.0f} cells/s "
          f"({median:.2f} s CPU per pass)")


if __name__ == "__main__":
    main()
