"""A report typed in Word and printed to PDF by a word processor reads as the Word document
itself: the same figures, with the same value, unit, kind, role, period and qualifier.

The other PDF tests lay their files out with fpdf2; published reports come out of Word or
LibreOffice, whose text runs, spacing, table lines and fonts differ.
"""

from __future__ import annotations

import io
from collections import Counter

import pytest

from fixtures.office import NEEDS_WRITER, add_table, pdfs_from_docx, report_document, writer
from solieu.extract import extract
from solieu.renditions import render

pytestmark = [pytest.mark.slow,  # LibreOffice starts in a few seconds
              pytest.mark.skipif(writer() is None, reason=NEEDS_WRITER)]

FIELDS = ["value", "unit", "kind", "role", "period", "qualifier"]

SUMMARY = (
    "Năm 2024, trong bối cảnh còn nhiều khó khăn, kinh tế của huyện tiếp tục phát triển ổn định. "
    "Tổng giá trị sản xuất trên địa bàn ước đạt 12.345 tỷ đồng, tăng 8,5% so với năm 2023, bằng "
    "101,2% kế hoạch. Tổng thu ngân sách nhà nước trên địa bàn đạt 456,7 tỷ đồng, bằng 112% dự toán "
    "tỉnh giao; tổng chi ngân sách địa phương 1.234,5 tỷ đồng. Thu nhập bình quân đầu người đạt 52,3 "
    "triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 4,2%. Toàn huyện có thêm 3 xã đạt chuẩn nông thôn "
    "mới, nâng tổng số xã đạt chuẩn lên 15 xã.")
HEADING = "1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024"
CLOSING = ("Năm 2025, huyện phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt 9% trở lên; thu ngân "
           "sách nhà nước trên địa bàn đạt 500 tỷ đồng.")
# The indicators of the table, by section: (name, unit, plan for 2024).
SECTIONS = {
    "Kinh tế": [
        ("Tổng giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", 12200), ("Giá trị sản xuất nông, lâm, thủy sản",
                                                                          "Tỷ đồng", 3150),
        ("Giá trị sản xuất công nghiệp - xây dựng", "Tỷ đồng", 5420), ("Giá trị sản xuất thương mại - dịch vụ",
                                                                        "Tỷ đồng", 3630),
        ("Tổng sản lượng lương thực có hạt", "Tấn", 68500), ("Diện tích lúa cả năm", "ha", 11250),
        ("Năng suất lúa bình quân", "tạ/ha", 61), ("Diện tích cây ăn quả", "ha", 4320),
        ("Tổng đàn lợn", "Con", 152000), ("Tổng đàn gia cầm", "Nghìn con", 1860),
        ("Sản lượng thủy sản", "Tấn", 5230), ("Diện tích trồng rừng mới", "ha", 450),
        ("Tỷ lệ che phủ rừng", "%", 42), ("Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 408),
        ("Tổng chi ngân sách địa phương", "Tỷ đồng", 1185), ("Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", 6800),
        ("Tổng mức bán lẻ hàng hóa và dịch vụ", "Tỷ đồng", 8900), ("Số doanh nghiệp thành lập mới",
                                                                    "Doanh nghiệp", 120),
    ],
    "Văn hóa - xã hội": [
        ("Tỷ lệ hộ nghèo", "%", 5), ("Số lao động được tạo việc làm mới", "Người", 2800),
        ("Tỷ lệ lao động qua đào tạo", "%", 70), ("Tỷ lệ trường đạt chuẩn quốc gia", "%", 85),
        ("Số bác sĩ trên 1 vạn dân", "Bác sĩ", 11), ("Số giường bệnh trên 1 vạn dân", "Giường", 32),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 94), ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng",
                                                          "%", 12),
        ("Tỷ lệ gia đình văn hóa", "%", 88), ("Số xã đạt chuẩn nông thôn mới", "Xã", 15),
        ("Thu nhập bình quân đầu người", "Triệu đồng", 50),
    ],
    "Môi trường": [
        ("Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", "%", 98), ("Tỷ lệ chất thải rắn được thu gom",
                                                                         "%", 90),
        ("Tỷ lệ cơ sở sản xuất đạt chuẩn môi trường", "%", 80), ("Diện tích đất trồng lúa chuyển đổi", "ha", 120),
        ("Số công trình cấp nước sạch xây mới", "Công trình", 6),
    ],
}

# The table's column widths (cm) over the 16 cm between the margins: the indicators' names wide.
WIDTHS = [1.3, 5.9, 2.0, 1.8, 1.8, 1.6, 1.6]


def vietnamese(number: float) -> str:
    """A number as the reports print it: points between thousands, a comma before one decimal."""
    whole, tenth = divmod(round(number * 10), 10)
    grouped = f"{whole:,}".replace(",", ".")
    return f"{grouped},{tenth}" if tenth else grouped


def table_rows() -> list[list[str]]:
    """The indicator table under its two header rows: a roman-numbered row opens each
    section, and each indicator's result and ratio to the plan follow from its plan."""
    rows = [["STT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "So sánh (%)", ""],
            ["", "", "", "", "", "TH/KH", "Cùng kỳ"]]
    n = 0
    for roman, (section, indicators) in zip(["I", "II", "III"], SECTIONS.items(), strict=True):
        rows.append([roman, section, "", "", "", "", ""])
        for name, unit, plan in indicators:
            n += 1
            done = plan * (1 + ((n * 7) % 11 - 3) / 100)  # some under, some over the plan
            rows.append([str(n), name, unit, vietnamese(plan), vietnamese(done),
                         vietnamese(100 * done / plan), vietnamese(100 + (n * 5) % 13)])
    return rows


def report(repeat_header: bool) -> bytes:
    """A district's year-end report as typed in Word: a title, a numbered heading with a year,
    a paragraph wrapped over several lines, a ruled indicator table over page breaks (its two
    header rows merged: STT to TH 2024 down both, So sánh (%) over its two columns; repeated
    on every page or not), a closing paragraph right under it, the page number in the footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    document = report_document()
    title = document.add_paragraph()
    title.alignment, title.paragraph_format.first_line_indent = WD_ALIGN_PARAGRAPH.CENTER, 0
    title.add_run("BÁO CÁO\nTình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024").bold = True
    document.add_heading(HEADING, level=2)
    document.add_paragraph(SUMMARY)
    document.add_paragraph("Kết quả thực hiện các chỉ tiêu cụ thể như sau:")
    table = add_table(document, table_rows())
    for column, width in zip(table.columns, WIDTHS, strict=True):  # the grid and every cell, as Word sets them
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    for c in range(5):
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(0, 5).merge(table.cell(0, 6))
    if repeat_header:
        repeat_rows(table, 2)
    document.add_paragraph(CLOSING)
    return saved(document)


def works_report() -> bytes:
    """A table of works whose second row is taller than a page (a cell listing every road
    built), so that the word processor breaks it over the page, and the rows after it."""
    document = report_document()
    document.add_paragraph("Kết quả đầu tư xây dựng kết cấu hạ tầng năm 2024 như sau:")
    roads = "; ".join(f"tuyến {k}: {vietnamese(k % 4 + 1 + (k % 10) / 10)} km" for k in range(1, 100))
    add_table(document, [
        ["STT", "Công trình", "ĐVT", "KH 2024", "TH 2024"],
        ["1", "Trường học được kiên cố hóa", "Phòng", "24", "26"],
        ["2", f"Đường giao thông nông thôn được cứng hóa: {roads}", "km", "210", "231,5"],
        ["3", "Nhà văn hóa thôn xây mới", "Nhà", "12", "14"],
        ["4", "Công trình thủy lợi được nâng cấp", "Công trình", "8", "9"],
    ])
    return saved(document)


ZONES = "I. KẾT QUẢ THU HÚT ĐẦU TƯ VÀ HOẠT ĐỘNG CỦA CÁC KHU CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH NĂM 2023"


# A table's title whose last line is only its remark in brackets, its year on the line above.
TITLE = "Biểu: MỘT SỐ CHỈ TIÊU DÂN SỐ THEO HUYỆN, THÀNH PHỐ NĂM 2024 (trích)"


def zones_report() -> bytes:
    """A section whose heading, in capitals, runs over two lines, and whose paragraph's
    figures take their year from it; then a table whose title runs over two lines, the second
    only its remark `(trích)`."""
    document = report_document()
    document.add_paragraph(ZONES)
    document.add_paragraph("Các khu công nghiệp thu hút 14 dự án mới với tổng vốn đăng ký 1.126,5 triệu USD, "
                           "tạo việc làm cho 11.800 lao động; giá trị xuất khẩu đạt 2.340 triệu USD.")
    document.add_paragraph("Tình hình sản xuất kinh doanh của các doanh nghiệp trong khu công nghiệp cơ bản ổn "
                           "định, các dự án đi vào hoạt động đúng tiến độ, công tác bảo vệ môi trường được chú trọng.")
    document.add_paragraph(TITLE)
    add_table(document, [["TT", "Chỉ tiêu", "ĐVT", "TP Nam Định", "Toàn tỉnh"],
                         ["1", "Dân số trung bình", "Người", "248.620", "1.887.460"],
                         ["2", "Số trẻ em sinh ra", "Trẻ", "3.010", "26.802"]])
    return saved(document)


def narrow_report() -> bytes:
    """A table whose unit and ratio columns are narrower than their longest words, so the
    word processor breaks them inside the word ('Triệu đồng/người', '2023/2022', and in a
    centred cell 'Triệu đồng/người/năm'), one whose unit of two words is wrapped between them
    ('Doanh nghiệp'), and a note broken after the hyphen of a compound ('25/NQ-HĐND')."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    document = report_document()
    document.add_paragraph("Nhìn chung, các chỉ tiêu chủ yếu đều tăng so với năm trước; công tác thu ngân sách "
                           "đạt kết quả tích cực, đời sống nhân dân từng bước được cải thiện.")
    document.add_paragraph("Một số chỉ tiêu chủ yếu năm 2023 như sau:")
    table = add_table(document, [
        ["STT", "Chỉ tiêu", "ĐVT", "TH 2022", "TH 2023", "2023/2022 (%)", "Ghi chú"],
        ["1", "GRDP bình quân đầu người", "Triệu đồng/người", "56,2", "60,3", "107,3", ""],
        ["2", "Thu ngân sách nhà nước", "Tỷ đồng", "18.230", "19.450", "106,7", ""],
        ["3", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "120", "135", "112,5", ""],
        ["4", "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", "38,6", "42,5", "110,1", "Theo 25/NQ-HĐND"],
    ])
    table.cell(4, 2).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for column, width in zip(table.columns, [1.2, 4.4, 2.0, 2.0, 2.0, 2.0, 2.2], strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return saved(document)


# A paragraph of prose that fills the page above a table, so that the page breaks inside it.
PREAMBLE = ("Căn cứ Luật Ngân sách nhà nước, Ủy ban nhân dân huyện báo cáo quyết toán thu, chi ngân sách "
            "nhà nước trên địa bàn năm 2023 như sau; số liệu chi tiết tại biểu kèm theo.")


def settlement_report() -> bytes:
    """A budget settlement as typed in Word, its table without lines and its columns of equal
    width (Word's own when none is set): the row marks `A`, `I` aligned left and `1`, `2` aligned
    right in one column under a centred `STT`, a line numbering the columns (`3=2-1` aligned
    left over figures aligned right), a dash for an empty cell, labels wrapped at their cells'
    top, and a row broken over the page break (`II`, the rest of its label on the next page)."""
    document = report_document()
    for _ in range(8):
        document.add_paragraph(PREAMBLE)
    document.add_paragraph("Đơn vị tính: Triệu đồng")
    add_table(document, [
        ["STT", "Nội dung", "Dự toán năm 2023", "Quyết toán năm 2023", "Chênh lệch (+/-)", "So sánh (%)"],
        ["A", "B", "1", "2", "3=2-1", "4=2/1"],
        ["A", "TỔNG THU NGÂN SÁCH HUYỆN", "512.740", "638.925", "126.185", "124,6"],
        ["I", "Thu nội địa", "186.500", "204.318", "17.818", "109,6"],
        ["1", "Thu từ khu vực ngoài quốc doanh", "42.000", "38.265", "-3.735", "91,1"],
        ["2", "Lệ phí trước bạ", "18.500", "21.407", "2.907", "115,7"],
        ["3", "Thuế sử dụng đất phi nông nghiệp", "950", "1.126", "176", "118,5"],
        ["II", "Thu bổ sung từ ngân sách cấp trên", "326.240", "434.607", "108.367", "133,2"],
        ["B", "TỔNG CHI NGÂN SÁCH HUYỆN", "512.740", "601.237", "88.497", "117,3"],
        ["1", "Chi đầu tư phát triển", "96.400", "141.285", "44.885", "146,6"],
        ["2", "Chi thường xuyên", "405.890", "398.164", "-7.726", "98,1"],
        ["3", "Dự phòng ngân sách", "10.450", "-", "-10.450", ""],
        ["4", "Chi chuyển nguồn sang năm sau", "", "61.788", "", ""],
    ], ruled=False)
    document.add_paragraph("Ghi chú: chi chuyển nguồn không giao dự toán đầu năm.")
    return saved(document)


def indicators_report() -> bytes:
    """An indicator table without lines in eight columns of equal width: `TT` centred over row
    numbers aligned right, a bound aligned left right after a figure aligned right (`11,2` then
    `< 11,5`, two cell paddings apart), a header word too long for its cell (`2023/2022 (%)`, cut
    by the word processor), and its last row alone on the next page after the rest of a row."""
    document = report_document()
    for _ in range(10):
        document.add_paragraph(PREAMBLE)
    add_table(document, [["TT", "Chỉ tiêu", "ĐVT", "TH 2022", "KH 2023", "TH 2023", "TH/KH (%)", "2023/2022 (%)"],
                         ["1", "Tốc độ tăng trưởng GRDP", "%", "7,12", "6,5", "5,86", "90,2", "82,3"],
                         ["2", "GRDP bình quân đầu người", "Triệu đồng", "66,8", "72", "71,4", "99,2", "106,9"],
                         ["3", "Kim ngạch xuất khẩu", "Triệu USD", "1.146", "1.250", "1.082", "86,6", "94,4"],
                         ["4", "Tỷ suất sinh thô", "‰", "11,2", "< 11,5", "10,9", "", ""]], ruled=False)
    document.add_paragraph("Ghi chú: số liệu năm 2023 là số ước tính.")
    return saved(document)


def comparison_report() -> bytes:
    """A table without lines whose header has two rows: `So sánh (%)` centred over its own
    column, whose figures aligned right leave its left part empty, above `ƯTH/KH`."""
    document = report_document()
    document.add_paragraph(PREAMBLE)
    add_table(document, [
        ["Stt", "Chỉ tiêu", "ĐVT", "TH năm 2022", "Năm 2023", "", "So sánh (%)", ""],
        ["", "", "", "", "KH", "Ước TH", "ƯTH/KH", "ƯTH 2023/TH 2022"],
        ["1", "Thu ngân sách nhà nước", "Tỷ đồng", "21.450", "19.900", "22.320", "112,2", "104,1"],
        ["2", "Kim ngạch xuất khẩu", "Triệu USD", "9.845", "11.000", "10.412", "94,7", "105,8"],
        ["3", "Tỷ lệ che phủ rừng", "%", "7,2", "7,3", "7,3", "100,0", "101,4"]], ruled=False)
    return saved(document)


def turned_report() -> bytes:
    """A table whose narrow value columns turn their titles to run up the page (Word's btLr), the header row tall,
    and a value too wide for its narrow cell, which the word processor breaks after its decimal comma."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    document = report_document()
    document.add_paragraph(PREAMBLE)
    table = add_table(document, [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "So với kế hoạch (%)"],
        ["1", "Tổng giá trị sản xuất", "Tỷ đồng", "1.850", "1.872,4", "101,2"],
        ["2", "Thu ngân sách nhà nước", "Tỷ đồng", "412,0", "418,6", "101,6"]])
    for c in (3, 4, 5):
        direction = OxmlElement("w:textDirection")
        direction.set(qn("w:val"), "btLr")
        table.cell(0, c)._tc.get_or_add_tcPr().append(direction)
    table.rows[0].height = Cm(3.2)
    for column, width in zip(table.columns, [1.0, 5.0, 2.2, 1.2, 1.15, 1.2], strict=True):
        for cell in column.cells:
            cell.width = Cm(width)
    return saved(document)


def repeat_rows(table, rows: int) -> None:
    """The table's first ``rows`` rows printed again at the top of every page it goes on to."""
    from docx.oxml import OxmlElement

    for r in range(rows):
        table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def saved(document) -> bytes:
    """The document with the page number in its footer, as saved by Word."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, tuple[bytes, bytes]]:
    """name -> (the Word document, that document printed to PDF by LibreOffice)."""
    documents = {"header-once": report(False), "header-repeated": report(True), "works": works_report(),
                 "zones": zones_report(), "narrow": narrow_report(), "settlement": settlement_report(),
                 "indicators": indicators_report(), "comparison": comparison_report(), "turned": turned_report()}
    pdfs = pdfs_from_docx(documents, tmp_path_factory.mktemp("office"))
    return {name: (documents[name], pdfs[name]) for name in documents}


@pytest.fixture(scope="module")
def printed(made) -> dict[str, tuple[str, str]]:
    """name -> (the Word document's text, the text of that document printed to PDF by LibreOffice)."""
    return {name: (render(docx, "docx", f"{name}.docx").text, render(pdf, "pdf", f"{name}.pdf").text)
            for name, (docx, pdf) in made.items()}


def page_lines(pdf: bytes, page: int) -> list[str]:
    """The lines of text of a PDF's page, top to bottom."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [line["text"] for line in document.pages[page].extract_text_lines()]


def figures(text: str) -> Counter[tuple[object, ...]]:
    return Counter(tuple(row) for row in extract(text, "r")[FIELDS].itertuples(index=False))


def table_rows_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if " | " in line]


# The indicator report, its header printed once or on every page.
REPORTS = ["header-once", "header-repeated"]


def test_the_word_documents_figures_are_read(printed):
    """What the PDFs are held to: every figure of the tables, read from the Word documents."""
    assert sum(figures(printed["works"][0]).values()) == 8  # each row's plan and result
    assert sum(figures(printed["zones"][0]).values()) == 8
    assert sum(figures(printed["narrow"][0]).values()) == 12
    for name in REPORTS:
        assert sum(figures(printed[name][0]).values()) > 4 * sum(map(len, SECTIONS.values()))


@pytest.mark.parametrize("name", REPORTS)
def test_a_heading_and_a_wrapped_justified_paragraph_read_as_typed(printed, name):
    docx_text, pdf_text = printed[name]
    assert f"\n\n{HEADING}\n\n{SUMMARY}\n\n" in docx_text
    assert f"\n\n{HEADING}\n\n{SUMMARY}\n\n" in pdf_text


@pytest.mark.parametrize("name", REPORTS)
def test_the_page_numbers_in_the_footer_are_left_out(printed, name):
    docx_text, pdf_text = printed[name]
    assert pdf_text.count(" | ") > 200  # three pages of table
    assert not [line for line in pdf_text.splitlines() if line.strip().isdigit()]


@pytest.mark.parametrize("name", REPORTS)
def test_a_paragraph_right_under_a_table_is_read_whole(printed, name):
    """Its first line's letters (the font's ascent) reach above the table's bottom rule."""
    assert f"\n\n{CLOSING}\n" in printed[name][1]


def test_a_row_broken_over_a_page_is_one_row(printed):
    """Word processors break a tall row over a page break by default: the next page starts
    with the rest of its text in a row of its own, its number cells empty."""
    docx_text, pdf_text = printed["works"]
    assert table_rows_of(pdf_text) == table_rows_of(docx_text)


def test_the_rows_after_a_row_broken_over_a_page_keep_their_header(printed):
    """The table goes on over the page: the rows after the broken one are under its header."""
    docx_text, pdf_text = printed["works"]
    want, got = figures(docx_text), figures(pdf_text)
    assert got == want, (f"only in the Word document: {sorted((want - got).elements(), key=str)}\n"
                         f"only in the PDF: {sorted((got - want).elements(), key=str)}")


def test_a_heading_in_capitals_over_two_lines_is_one_heading(printed):
    """Not cut in two ('… CỦA CÁC KHU CÔNG' / 'NGHIỆP … NĂM 2023') though each line is in capitals."""
    docx_text, pdf_text = printed["zones"]
    assert f"{ZONES}\n\n" in docx_text
    assert f"{ZONES}\n\n" in pdf_text


def test_a_tables_title_over_two_lines_ending_in_a_remark_is_one_line(printed):
    """Its second line, `(trích)`, is no paragraph of its own between the table and its year."""
    docx_text, pdf_text = printed["zones"]
    assert f"\n\n{TITLE}\n\nTT | " in docx_text
    assert f"\n\n{TITLE}\n\nTT | " in pdf_text


def test_figures_under_a_heading_in_capitals_over_two_lines_take_its_year(printed):
    docx_text, pdf_text = printed["zones"]
    assert figures(pdf_text) == figures(docx_text)


def test_a_word_broken_in_a_narrow_cell_is_one_word(printed):
    """A word longer than its cell is wide is cut mid-way by the word processor ('2023/202' /
    '2 (%)'): it is joined with no space, and words wrapped whole ('Doanh' / 'nghiệp') with one."""
    docx_text, pdf_text = printed["narrow"]
    assert table_rows_of(pdf_text) == table_rows_of(docx_text)


def test_figures_in_narrow_columns_keep_their_unit_and_period(printed):
    docx_text, pdf_text = printed["narrow"]
    assert figures(pdf_text) == figures(docx_text)


@pytest.mark.parametrize("name", REPORTS)
def test_a_report_printed_by_a_word_processor_gives_the_figures_of_its_word_document(printed, name):
    docx_text, pdf_text = printed[name]
    want, got = figures(docx_text), figures(pdf_text)
    assert got == want, (f"only in the Word document: {sorted((want - got).elements(), key=str)}\n"
                         f"only in the PDF: {sorted((got - want).elements(), key=str)}")


# Tables without lines, as a word processor prints them.
UNRULED = ["settlement", "indicators", "comparison"]


def rows_written(text: str) -> list[str]:
    """The table lines of a text, each as written less a last empty cell's space."""
    return [line.rstrip() for line in table_rows_of(text)]


def test_the_unruled_pages_break_where_the_tests_need(made):
    """The documents' page breaks, which the tests below rely on: a row's label goes on at the
    next page's top (`II`'s, `3`'s), and the indicators' last row stands alone under it."""
    assert page_lines(made["settlement"][1], 1)[:2] == ["từ ngân sách", "cấp trên"]
    assert page_lines(made["indicators"][1], 1)[:3] == ["ngạch USD", "xuất khẩu", "4 Tỷ suất ‰ 11,2 < 11,5 10,9"]


@pytest.mark.parametrize("name", UNRULED)
def test_an_unruled_table_reads_as_its_word_document(printed, name):
    docx_text, pdf_text = printed[name]
    assert table_rows_of(pdf_text) == table_rows_of(docx_text)


def test_a_column_of_row_marks_aligned_apart_is_one_column(printed):
    """`A`, `I` aligned left and `1`, `2` aligned right in one cell's width: one column, under
    its header `STT` centred over neither, which stays in the header."""
    rows = rows_written(printed["settlement"][1])
    assert rows[0] == "STT | Nội dung | Dự toán năm 2023 | Quyết toán năm 2023 | Chênh lệch (+/-) | So sánh (%)"
    assert "I | Thu nội địa | 186.500 | 204.318 | 17.818 | 109,6" in rows
    assert "1 | Thu từ khu vực ngoài quốc doanh | 42.000 | 38.265 | -3.735 | 91,1" in rows


def test_cells_aligned_left_in_a_column_of_figures_stay_in_it(printed):
    """A dash for an empty cell and the columns' numbers (`3=2-1`) stand left of the figures
    aligned right under them, in no column of their own."""
    rows = rows_written(printed["settlement"][1])
    assert "A | B | 1 | 2 | 3=2-1 | 4=2/1" in rows
    assert "3 | Dự phòng ngân sách | 10.450 | - | -10.450 |" in rows


def test_labels_wrapped_at_their_cells_top_stay_with_their_row(printed):
    """Each label starts on its figures' line and goes on below it, not above the next row's."""
    rows = rows_written(printed["settlement"][1])
    assert "2 | Chi thường xuyên | 405.890 | 398.164 | -7.726 | 98,1" in rows
    assert "4 | Chi chuyển nguồn sang năm sau |  | 61.788 |  |" in rows


def test_an_unruled_row_broken_over_a_page_is_one_row(printed):
    rows = rows_written(printed["settlement"][1])
    assert "II | Thu bổ sung từ ngân sách cấp trên | 326.240 | 434.607 | 108.367 | 133,2" in rows
    assert "B | TỔNG CHI NGÂN SÁCH HUYỆN | 512.740 | 601.237 | 88.497 | 117,3" in rows


def test_a_tables_last_row_alone_on_a_page_goes_on_with_it(printed):
    rows = rows_written(printed["indicators"][1])
    assert rows[-2:] == ["3 | Kim ngạch xuất khẩu | Triệu USD | 1.146 | 1.250 | 1.082 | 86,6 | 94,4",
                         "4 | Tỷ suất sinh thô | ‰ | 11,2 | < 11,5 | 10,9 |  |"]


def test_cells_two_paddings_apart_are_two_cells(printed):
    """`11,2` aligned right then `< 11,5` aligned left in the next cell: less than a line
    height apart, two cells."""
    assert "| 11,2 | < 11,5 | 10,9 |" in printed["indicators"][1]


def test_a_header_centred_over_row_numbers_aligned_right_is_the_header(printed):
    """`TT` stands over no row number (`1` … `4` at its cell's right): the header is the table's."""
    assert rows_written(printed["indicators"][1])[0].startswith("TT | Chỉ tiêu | ĐVT | TH 2022 | KH 2023 | ")


def test_a_header_word_cut_in_a_narrow_unruled_cell_is_one_word(printed):
    """`2023/2022 (%)` is wider than its cell: the word processor cuts it (`2023/202` / `2
    (%)`), and the ratios under it stay ratios of 2023 to 2022, not amounts."""
    docx_text, pdf_text = printed["indicators"]
    assert rows_written(pdf_text)[0].endswith(" | TH/KH (%) | 2023/2022 (%)")
    assert figures(pdf_text) == figures(docx_text)


def test_a_header_cell_centred_over_its_own_column_stays_there(printed):
    """`So sánh (%)` starts left of its column's figures (aligned right) yet is centred over
    `ƯTH/KH` under it: its column's, not one over the column before."""
    docx_text, pdf_text = printed["comparison"]
    assert rows_written(pdf_text)[0] == "Stt | Chỉ tiêu | ĐVT | TH năm 2022 | Năm 2023 |  | So sánh (%) |"
    assert figures(pdf_text) == figures(docx_text)


def test_a_cells_title_turned_to_run_up_the_page_reads_as_typed(printed):
    word, pdf = printed["turned"]
    header = "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Ước thực hiện năm 2025 | So với kế hoạch (%)"
    assert header in word.splitlines() and header in pdf.splitlines()

