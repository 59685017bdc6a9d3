"""Does a report read the same from a PDF as from its text? The gold texts made into PDFs.

    .venv/bin/python benchmarks/pdf_bench.py [--files N] [--unruled] [--maker libreoffice]

Each gold text of tests/gold is laid out as a PDF (fpdf2): its paragraphs justified over as
many pages as they take, its tables as tables with lines drawn (``--unruled``: none, the
columns then known only from where the words stand). ``--maker libreoffice`` prints them as
most published reports were printed instead: typed into a Word document (each line a
paragraph, each run of table lines a table) and converted by LibreOffice Writer, whose text
runs, spacing, table lines and fonts are a word processor's. The PDF's rendition is read by the
extractor, and its figures are compared with those read from the text itself: the share that
come out alike (surface, value, unit, kind, role, period and qualifier), per file and in all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fixtures.office import BAR, docx_from_text, pdfs_from_docx  # noqa: E402
from fixtures.site import with_fonts  # noqa: E402
from solieu.errors import InputError  # noqa: E402
from solieu.extract import extract  # noqa: E402
from solieu.renditions import render  # noqa: E402


def as_pdf(text: str, ruled: bool) -> bytes:
    """The text's paragraphs and tables (lines with `` | ``) laid out as a PDF."""
    from fpdf import FPDF
    from fpdf.enums import TableBordersLayout

    pdf = with_fonts(FPDF(), size=10)
    pdf.add_page()
    borders = TableBordersLayout.ALL if ruled else TableBordersLayout.NONE
    table: list[list[str]] = []

    def put_table() -> None:
        width = max(map(len, table))
        with pdf.table(text_align="LEFT", borders_layout=borders, first_row_as_headings=False) as t:
            for row in table:
                cells = t.row()
                for cell in row + [""] * (width - len(row)):
                    cells.cell(cell.strip())
        pdf.ln(2)
        table.clear()

    for line in text.split("\n"):
        if " | " in line:
            table.append(BAR.split(line))
            continue
        if table:
            put_table()
        if line.strip():
            pdf.multi_cell(0, 6, line, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    if table:
        put_table()
    return bytes(pdf.output())


def as_office_pdfs(texts: dict[str, str], ruled: bool) -> dict[str, bytes]:
    """Each text (name -> text) typed into a Word document and printed to PDF by LibreOffice."""
    with tempfile.TemporaryDirectory() as workdir:
        return pdfs_from_docx({name: docx_from_text(text, ruled=ruled) for name, text in texts.items()},
                              Path(workdir))


def figures(text: str) -> Counter[tuple[object, ...]]:
    df = extract(text, "t")
    return Counter((f.surface, f.value, f.unit, f.kind, f.role, f.period, f.qualifier) for f in df.itertuples())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=0, help="only the first N gold texts (0: all)")
    parser.add_argument("--unruled", action="store_true", help="tables without lines")
    parser.add_argument("--maker", choices=["fpdf2", "libreoffice"], default="fpdf2",
                        help="what lays the texts out as PDFs (libreoffice: Word documents printed by Writer)")
    args = parser.parse_args()
    paths = sorted((ROOT / "tests" / "gold").glob("*.txt"))[: args.files or None]
    texts = {path.stem: path.read_text(encoding="utf-8") for path in paths}
    if args.maker == "libreoffice":
        pdfs = as_office_pdfs(texts, ruled=not args.unruled)
    else:
        pdfs = {name: as_pdf(text, ruled=not args.unruled) for name, text in texts.items()}
    alike = total = 0
    for path in paths:
        text = texts[path.stem]
        try:
            rendition = render(pdfs[path.stem], "pdf", path.name)
        except InputError as exc:  # a text too short to pass for a report alone
            print(f"{path.stem}: skipped ({exc})")
            continue
        want, got = figures(text), figures(rendition.text)
        same = sum((want & got).values())
        alike, total = alike + same, total + sum(want.values())
        print(f"{path.stem}: {same}/{sum(want.values())} alike, {sum(got.values())} read from the PDF")
    print(f"all {'unruled' if args.unruled else 'ruled'}, {args.maker}: {alike}/{total} figures read alike "
          f"({alike / max(total, 1):.3f})")


if __name__ == "__main__":
    main()
