"""How long `solieu add` takes on a long PDF report, and what each rendition costs.

Generates a report of N pages (default 100), each with paragraphs and an appendix table
(the test documents of tests/fixtures/site.py), then times: the PDF rendition alone,
`solieu add` of the file (rendition, sidecar, extraction), and the HTML and DOCX
renditions of the one-page test documents. Run: `python benchmarks/renditions_bench.py [PAGES]`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fixtures.site import docx_report, html_page, pdf_report  # noqa: E402
from solieu.add import add  # noqa: E402
from solieu.renditions import render  # noqa: E402


def timed(label: str, fn, repeat: int = 1):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best:8.3f} s")
    return result


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    data = timed(f"generate a {pages}-page PDF (fpdf2)", lambda: pdf_report(pages))
    print(f"{'  size':<48} {len(data) / 1e6:8.2f} MB")
    r = timed(f"PDF rendition, {pages} pages (pdfplumber)", lambda: render(data, "pdf", "x.pdf"))
    print(f"{'  text':<48} {len(r.text):8,d} chars, {r.tables} tables")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.pdf"
        path.write_bytes(data)
        added = timed(f"solieu add of the {pages}-page PDF (with extraction)",
                      lambda: add(str(path), "bench", Path(tmp) / "raw"))
        print(f"{'  figures found':<48} {len(added.figures):8,d}")
    html, docx = html_page().encode(), docx_report()
    timed("HTML rendition, test page (best of 5)", lambda: render(html, "html", "x"), 5)
    timed("DOCX rendition, test document (best of 5)", lambda: render(docx, "docx", "x"), 5)
    one = pdf_report(1)
    timed("PDF rendition, one page (best of 5)", lambda: render(one, "pdf", "x"), 5)


if __name__ == "__main__":
    main()
