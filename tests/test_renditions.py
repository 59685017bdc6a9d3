"""Originals -> text renditions: tables as rows, the same bytes the same text, Vietnamese traps."""

import io
import random
import re
import unicodedata
from pathlib import Path

import pytest

from fixtures.site import (
    PARAGRAPHS,
    TABLE_HEADER,
    TABLE_ROWS,
    TITLE,
    cp1258,
    docx_body,
    docx_footnoted,
    docx_numbered,
    docx_report,
    docx_table,
    html_page,
    long_table_rows,
    pdf_bar_chart,
    pdf_long_table,
    pdf_paragraphs,
    pdf_report,
    pdf_two_columns,
    pdf_unruled_table,
    pdf_with_box,
    scanned_pdf,
    tcvn3,
    vni,
)
from solieu import renditions
from solieu.extract import extract
from solieu.renditions import detect_format, render
from solieu.renditions.vietnamese import is_vietnamese, legacy_encoding
from solieu.sources import InputError

HEADER_LINE = " | ".join(TABLE_HEADER)
ROW_LINES = [" | ".join(r) for r in TABLE_ROWS]


def table_block(text: str) -> list[str]:
    """The lines from the header row to the last row of the indicator table."""
    lines = text.splitlines()
    start = lines.index(HEADER_LINE)
    return lines[start:start + 1 + len(ROW_LINES)]


@pytest.fixture(scope="module")
def documents():
    return {
        "html": html_page().encode("utf-8"),
        "pdf": pdf_report(),
        "docx": docx_report(),
        "txt": ("\n\n".join([TITLE, *PARAGRAPHS]) + "\n").encode("utf-8"),
    }


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_a_table_is_one_row_per_line_header_first(documents, fmt):
    r = render(documents[fmt], fmt, f"report.{fmt}")
    assert table_block(r.text) == [HEADER_LINE, *ROW_LINES]
    assert r.tables == 1 and r.format == fmt
    for p in PARAGRAPHS:  # paragraphs whole, not broken at the PDF's line ends
        assert p in r.text


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "txt"])
def test_the_same_bytes_give_the_same_text(documents, fmt):
    first = render(documents[fmt], fmt, "a")
    again = render(bytes(bytearray(documents[fmt])), fmt, "b")
    assert first.text == again.text and first.converter == again.converter
    assert unicodedata.is_normalized("NFC", first.text)


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_figures_in_a_table_point_into_the_text(documents, fmt):
    text = render(documents[fmt], fmt, "x").text
    figures = extract(text, "x")
    assert len(figures) > 0
    for f in figures.itertuples():
        assert text[f.start:f.end] == f.surface
    assert "12.345" in set(figures["surface"])


def test_the_converter_names_the_libraries_and_versions():
    assert renditions.converter("html").startswith("trafilatura ")
    assert "pdfplumber 0." in renditions.converter("pdf")
    assert renditions.converter("pdf").endswith(" + solieu pdf 18")  # the project's own rules, versioned
    assert renditions.converter("docx").startswith("python-docx ")
    assert renditions.converter("docx").endswith(" + solieu docx 14")
    assert renditions.converter("txt") == "utf-8+nfc"


def test_html_main_content_without_menus_and_with_its_metadata(documents):
    r = render(documents["html"], "html", "page.html")
    assert r.text.startswith(TITLE + "\n\n")
    assert "Trang chủ" not in r.text and "Bản quyền" not in r.text  # menus and footer left out
    assert r.meta == {"title": TITLE, "publisher": "Cổng thông tin điện tử huyện Mai Sơn",
                      "published": "2023-12-20", "language": "vi"}



@pytest.mark.parametrize("wrapper", ['<div class="article">{}</div>', '<article class="detail">{}</article>'])
def test_an_articles_headings_and_paragraphs_are_blocks_whatever_wraps_them(wrapper):
    # A news page's body in a plain div (not an <article>) kept its headings but ran them and its
    # paragraphs into one line: the extractor then saw no heading and no paragraph.
    para = ("<p>Các cơ sở sản xuất trong làng đã đầu tư lò nung gas, cải tiến mẫu mã, mở rộng thị trường "
            "trong nước và xuất khẩu sang nhiều nước châu Âu, Nhật Bản, Hàn Quốc.</p>")
    body = ("<h1>Làng gốm Chu Đậu hồi sinh</h1><p>Năm 2017, làng gốm có 27 cơ sở sản xuất.</p>"
            f"<h2>Sản xuất phát triển</h2><p>Sản lượng ước đạt 1,2 triệu sản phẩm.</p>{para}{para}"
            f"<h2>Xuất khẩu</h2><p>Hàng xuất khẩu chiếm 60% sản lượng.</p>{para}")
    page = ('<html><body><div class="menu"><a href="/">Trang chủ</a></div>' + wrapper.format(body)
            + '<div class="footer">Bản quyền</div></body></html>')
    text = render(page.encode("utf-8"), "html", "page.html").text
    assert text.split("\n\n")[:4] == ["Làng gốm Chu Đậu hồi sinh", "Năm 2017, làng gốm có 27 cơ sở sản xuất.",
                                       "Sản xuất phát triển", "Sản lượng ước đạt 1,2 triệu sản phẩm."]
    assert "Xuất khẩu" in text.split("\n\n")

_NEWS_BODY = ("<p class=\"sapo\"><strong>Trong 3 ngày lễ hội (từ ngày 01 đến 03/11/2017), tỉnh đón khoảng 850.000 lượt "
              "khách, tăng 13,3% so với năm 2016; lễ hội năm nay có nhiều hoạt động mới.</strong></p>"
              "<p>Năm nay, ban tổ chức bố trí 56 đội ghe Ngo tranh tài trên sông Maspero, thu hút hàng vạn người xem "
              "dọc hai bờ sông trong cả ba ngày diễn ra lễ hội.</p>"
              "<p>Doanh thu từ các hoạt động dịch vụ, lưu trú và ăn uống trong dịp lễ hội ước đạt khoảng 120 tỷ đồng, "
              "tăng 15% so với lễ hội năm trước.</p>")


@pytest.mark.parametrize(
    ("head", "line"),
    [
        ('<h1>Lễ hội đón 850.000 lượt khách</h1><div class="news-date">Thứ Bảy, 04/11/2017 - 08:15 | Lượt xem: 1.286'
         "</div>", "Thứ Bảy, 04/11/2017 - 08:15 | Lượt xem: 1.286"),
        ('<div class="date-line">Thứ Tư, 23/01/2019 | 08:15</div><h1>Lễ hội đón 850.000 lượt khách</h1>',
         "Thứ Tư, 23/01/2019 | 08:15"),
        ('<div class="top-bar"><span class="today">Thứ Hai, 07/12/2026</span></div><div class="logo">Báo</div>'
         "<h1>Lễ hội đón 850.000 lượt khách</h1>", None),
    ],
    ids=["under-its-headline", "over-its-headline", "a-top-bars-clock-is-none"],
)
def test_a_news_pages_date_line_is_kept_at_its_head(head, line):
    # trafilatura drops a date line in a <div class="…date…">: the page's year ("năm nay") was then read from the
    # year its text names most, a year early in a page speaking of the year before.
    page = f'<html><body><div class="detail">{head}{_NEWS_BODY}</div><div class="footer">Bản quyền</div></body></html>'
    blocks = render(page.encode("utf-8"), "html", "page.html").text.split("\n\n")
    if line is None:
        assert not any("07/12/2026" in b for b in blocks)
    else:
        assert line in blocks[:2]
        assert blocks.count(line) == 1


def test_pdf_metadata_is_what_the_file_says(documents):
    r = render(documents["pdf"], "pdf", "r.pdf")
    assert r.meta["title"] == TITLE and r.meta["published"] == "2023-12-20"
    assert r.meta["publisher"] is None  # an author is not a publisher: not invented
    assert r.meta["language"] == "vi"  # from the text: the PDF does not say


@pytest.mark.parametrize("numbers", ["{n}", "- {n} -", "Trang {n}/{nb}"])
def test_page_numbers_in_the_margin_are_left_out(numbers):
    text = render(pdf_report(pages=3, with_table=False, page_numbers=numbers), "pdf", "r.pdf").text
    plain = render(pdf_report(pages=3, with_table=False), "pdf", "r.pdf").text
    assert text == plain  # no "1", "- 2 -" or "Trang 3/3" line among the paragraphs
    assert extract(text, "r")["surface"].tolist() == extract(plain, "r")["surface"].tolist()


@pytest.mark.parametrize("ruled", [True, False])
def test_a_pdf_paragraph_wrapped_over_lines_is_one_paragraph(ruled):
    # The lines of an unruled table stand closer than a paragraph's: they must not set the
    # gap that ends a paragraph, or every wrapped line would start a new one.
    text = render(pdf_report(ruled=ruled), "pdf", "r.pdf").text
    assert all(p in text for p in PARAGRAPHS)


@pytest.mark.parametrize("align", ["J", "L"])
def test_pdf_paragraphs_stay_whole_over_lines_and_page_breaks(align):
    # One-line items and wrapped paragraphs, headings in capitals, over four pages: each comes
    # back whole, whether its lines are justified or ragged, wherever a page breaks it.
    items = [f"- Chỉ tiêu thứ {k}: đạt {k},5%." for k in range(1, 25)]
    paragraphs = ["I. KẾT QUẢ THỰC HIỆN NĂM 2023", *[f"({k}) {PARAGRAPHS[k % 2]}" for k in range(1, 30)],
                  "II. NHIỆM VỤ NĂM 2024", *items]
    r = render(pdf_paragraphs(paragraphs, align=align), "pdf", "r.pdf")
    assert r.text.count("\n\n") == len(paragraphs) - 1
    assert all(p in r.text for p in paragraphs)


def test_an_unruled_tables_rows_of_words_alone_headings_and_unit_line_stay_apart():
    # With no lines drawn, only where words stand tells a section's row from a label wrapped
    # onto a second line, a right-aligned header cell from the next one, a unit line from the
    # header and the heading after the table from its last row's label.
    header = [["Chỉ tiêu", "Dự toán", "Dự toán HĐND", "Thực hiện", "So DT HĐND", "So cùng"],
              ["", "tỉnh giao", "huyện giao", "10 tháng", "huyện (%)", "kỳ (%)"]]
    rows = [["A. TỔNG THU NGÂN SÁCH TRÊN ĐỊA BÀN", "365.500", "400.200", "315.820", "78,9", "106,5"],
            ["- Thu tiền sử dụng đất", "170.000", "200.000", "142.500", "71,3", "98,2"],
            ["B. Chi", "", "", "", "", ""],
            ["- Chi thường xuyên", "453.200", "455.000", "325.850", "71,6", "108,3"],
            ["- Dự phòng ngân sách", "13.200", "14.200", "", "", ""]]
    text = render(pdf_unruled_table(header, rows, unit_line="Đơn vị tính: triệu đồng",
                                    after="V. MỘT SỐ VẤN ĐỀ XÃ HỘI"), "pdf", "t.pdf").text
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("Đơn vị tính: triệu đồng")  # a line of its own, not a header cell
    table = [line for line in lines[at + 1:] if " | " in line]
    assert table[0] == ("Chỉ tiêu | Dự toán tỉnh giao | Dự toán HĐND huyện giao | Thực hiện 10 tháng | "
                        "So DT HĐND huyện (%) | So cùng kỳ (%)")
    assert table[3] == "B. Chi |  |  |  |  |"  # a section's row, not the row above's label going on
    assert table[-1] == "- Dự phòng ngân sách | 13.200 | 14.200 |  |  |"
    assert "V. MỘT SỐ VẤN ĐỀ XÃ HỘI" in lines  # the heading after the table stays a heading


def test_a_landscape_appendix_leaves_the_portrait_pages_paragraphs_whole():
    # A landscape page's text reaches further right than a portrait page's edge: measured
    # together, every portrait line would end short and be a paragraph of its own.
    appendix = [f"Phụ lục {k}: danh mục các công trình giao thông, thủy lợi và trường học hoàn thành trong năm,"
                f" kèm theo tổng mức đầu tư, nguồn vốn và tiến độ giải ngân của từng công trình." for k in (1, 2)]
    text = render(pdf_paragraphs(PARAGRAPHS, landscape=appendix), "pdf", "r.pdf").text
    assert text.split("\n\n") == [*PARAGRAPHS, *appendix[:-1], appendix[-1] + "\n"]


def test_a_pdf_page_set_in_two_columns_reads_down_each_column_in_turn():
    # A bulletin's two columns side by side: read across, each line of the left column would run
    # into the right one's beside it. Each paragraph comes back whole, in the order it was set.
    paragraphs = [f"{k}. {PARAGRAPHS[k % 2]}" for k in range(1, 9)]
    text = render(pdf_two_columns(paragraphs), "pdf", "r.pdf").text
    assert text.strip().split("\n\n") == [TITLE, *paragraphs]
    # Labels with their figures far to the right are no columns: each stays on its line.
    pairs = [(f"Xã số {k} của huyện miền núi", f"{k}.250 ha") for k in range(1, 9)]
    text = render(pdf_two_columns(paragraphs[:1], pairs=pairs), "pdf", "r.pdf").text
    assert all(re.search(rf"{label}\s+{figure}", text) for label, figure in pairs)


def test_a_bar_charts_values_read_under_their_categories():
    # A bar chart's values stand over their bars at the bars' heights: read across, the text layer
    # gives them tallest first, a line each, and the categories on one line under them. They read
    # as a chart's text export writes them, each value under its category.
    bars = [("Quý III/2024", "7,12", 30), ("Quý IV/2024", "7,65", 40), ("Quý I/2025", "7,42", 35),
            ("Quý II/2025", "7,98", 46), ("Quý III/2025*", "8,05", 50)]
    text = render(pdf_bar_chart("Tốc độ tăng GRDP theo quý so với cùng kỳ năm trước (%)", bars), "pdf", "c.pdf").text
    blocks = text.strip().split("\n\n")
    chart = blocks[blocks.index("Tốc độ tăng GRDP theo quý so với cùng kỳ năm trước (%)") + 1]
    assert chart.split("\n") == ["   ".join(c for c, _, _ in bars), "   ".join(v for _, v, _ in bars)]
    assert blocks[-1] == PARAGRAPHS[1]


def test_a_box_of_key_figures_beside_the_text_reads_apart_each_label_whole():
    # A bulletin's box of key figures beside its text: the box is read after the text, each figure
    # apart from its label, each label whole though wrapped in the narrow box; the title across the
    # page stays one line though a word space falls where the box's edge is.
    figures = [("7,86%", "Tốc độ tăng tổng sản phẩm trên địa bàn so với cùng kỳ năm trước"),
               ("52.870 tỷ đồng", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"),
               ("68,4%", "Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch năm"),
               ("812,4 triệu USD", "Kim ngạch xuất khẩu hàng hóa, tăng 9,7% so với cùng kỳ")]
    title = "TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 9 VÀ 9 THÁNG NĂM 2025"
    text = render(pdf_with_box(PARAGRAPHS[:2] * 3, figures, title=title, header="BẢN TIN THỐNG KÊ SỐ 09/2025"),
                  "pdf", "box.pdf").text
    blocks = text.strip().split("\n\n")
    assert blocks[blocks.index(figures[0][0]):] == [part for pair in figures for part in pair]
    assert title in blocks and PARAGRAPHS[0] in blocks


@pytest.mark.parametrize("repeat_header", [True, False])
def test_a_pdf_table_over_page_breaks_keeps_every_row_under_its_header(repeat_header):
    r = render(pdf_long_table(60, repeat_header=repeat_header), "pdf", "r.pdf")
    rows = [line for line in r.text.splitlines() if " | " in line]
    data = [" | ".join(row) for row in long_table_rows(60)]
    assert [line for line in rows if line != HEADER_LINE] == data
    # each page's rows are read under a header: repeated on the page, or the first page's
    assert r.tables == (len(rows) - 60 if repeat_header else 1)
    assert extract(r.text, "r")["period"].notna().sum() == 3 * 60


def test_a_pdf_table_laid_out_without_lines_reads_as_a_ruled_one():
    # No lines drawn: the columns come from where the words stand; each label wrapped over
    # two lines (centred on its row's numbers) is joined back into its row.
    ruled = render(pdf_report(), "pdf", "r.pdf")
    spaced = render(pdf_report(ruled=False), "pdf", "r.pdf")
    rows = [line for line in spaced.text.splitlines() if " | " in line]
    assert rows == [line for line in ruled.text.splitlines() if " | " in line] == [HEADER_LINE, *ROW_LINES]
    assert spaced.tables == ruled.tables == 1
    assert extract(spaced.text, "r").drop(columns="sentence").equals(extract(ruled.text, "r").drop(columns="sentence"))


def test_word_list_numbers_are_written_and_open_their_sections():
    paragraphs = [
        (None, "BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025 của huyện Mai Sơn"),
        (0, "KẾT QUẢ THỰC HIỆN NĂM 2024"), (1, "Kinh tế"),
        (None, "Tổng thu ngân sách trên địa bàn đạt 1.200 tỷ đồng, tăng 8% so với năm 2023."),
        (1, "Xã hội"), (2, "Giáo dục"), (3, "Có thêm 4 trường đạt chuẩn quốc gia."), (2, "Y tế"),
        (0, "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"), (1, "Các chỉ tiêu chủ yếu"),
        (None, "Tổng thu ngân sách trên địa bàn đạt 1.300 tỷ đồng."),
    ]
    text = render(docx_numbered(paragraphs), "docx", "r.docx").text
    assert text.rstrip("\n").split("\n\n")[1:] == [
        "I. KẾT QUẢ THỰC HIỆN NĂM 2024", "1. Kinh tế", paragraphs[3][1], "2. Xã hội", "a) Giáo dục",
        "- Có thêm 4 trường đạt chuẩn quốc gia.", "b) Y tế", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
        "1. Các chỉ tiêu chủ yếu", paragraphs[10][1]]
    figures = extract(text, "r").set_index("surface")
    # the numbered headings open their sections: the year's results, then next year's targets
    assert (figures.loc["1.200", "period"], figures.loc["1.200", "role"]) == ("2024", "actual")
    assert (figures.loc["1.300", "period"], figures.loc["1.300", "role"]) == ("2025", "plan")


def test_a_web_pages_lists_keep_their_marks_and_their_items_read_as_targets():
    lead = "Kỳ họp thông qua các chỉ tiêu chủ yếu năm 2025 như sau:"
    page = html_page([PARAGRAPHS[0], lead], table=False).replace(
        f"<p>{lead}</p>", f"<p>{lead}</p><ul><li>Tốc độ tăng giá trị sản xuất đạt 9%.</li>"
        "<li>- Thu ngân sách nhà nước 500 tỷ đồng.</li></ul><ol><li>Có thêm 3 xã đạt chuẩn.</li></ol>"
        "<p>Chủ tịch huyện cho biết, năm 2023 huyện giải quyết việc làm cho 2.400 lao động.</p>")
    text = render(page.encode("utf-8"), "html", "r.html").text
    assert "\n\n- Tốc độ tăng giá trị sản xuất đạt 9%.\n\n- Thu ngân sách nhà nước 500 tỷ đồng." in text
    assert "\n\n1. Có thêm 3 xã đạt chuẩn." in text  # an ordered list's numbers; a mark of its own kept
    roles = extract(text, "r").set_index("surface")["role"]
    assert list(roles[["9%", "500", "3"]]) == ["plan"] * 3 and roles["2.400"] == "actual"


def _div_row(cells: list[str], tag: str = "div") -> str:
    return f'<{tag} class="row">' + "".join(f'<div class="col">{c}</div>' for c in cells) + f"</{tag}>"


def _page_with(html: str) -> bytes:
    """The test page with ``html`` put before its second paragraph."""
    second = f"<p>{PARAGRAPHS[1]}</p>"
    return html_page(PARAGRAPHS[:2], table=False).replace(second, html + second).encode("utf-8")


def test_an_old_portals_layout_table_keeps_the_text_between_its_blocks():
    # Portals of the 2000s lay a page out with tables and write an article as text and <br>s
    # in a cell, a bold lead before its first paragraph and a note after its data table: text
    # that stands in no block of its own.
    lead = "Năm 2024, huyện đạt và vượt 17/19 chỉ tiêu chủ yếu Nghị quyết HĐND huyện giao."
    note = "(Số liệu năm 2024 là số ước thực hiện)"
    table = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in [TABLE_HEADER, *TABLE_ROWS])
    page = (f'<html lang="vi"><body><table width="100%"><tr><td width="180">Trang chủ<br>Tin tức<br>Liên hệ</td>'
            f'<td><font size="3"><b>{lead}</b></font><br><br>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}'
            f'<p>Kết quả một số chỉ tiêu:</p><table border="1">{table}</table>{note}<br><br>'
            f'<p>{PARAGRAPHS[0]}</p></td></tr></table></body></html>')
    text = render(page.encode("utf-8"), "html", "old.html").text
    blocks = text.split("\n\n")
    assert lead in blocks and note in blocks  # each a paragraph of its own
    assert blocks.index(lead) < blocks.index(PARAGRAPHS[0]) < blocks.index(note)
    assert table_block(text) == [HEADER_LINE, *ROW_LINES]


@pytest.mark.parametrize("layout", ["article", "old portal"])
def test_a_line_break_in_a_web_tables_cell_reads_as_a_space(layout):
    # Portal editors break a long header or label over two lines with <br> or two <p>s in its cell: the words stay
    # apart ("KH 2018", not "KH2018"), and a unit broken after its slash stays one word.
    rows = [["Chỉ tiêu", "ĐVT", "<b>KH<br>2018</b>", "TH<br>2018"],
            ["<p>Thu nhập bình quân</p><p>đầu người</p>", "Triệu đồng/<br>người/năm", "13,5", "13,8"]]
    table = '<table border="1">' + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + table
    page = (f"<html><body><article>{article}</article></body></html>" if layout == "article" else
            f"<html><body><table><tr><td>Menu</td><td>{article}</td></tr></table></body></html>")
    lines = render(page.encode(), "html", "br.html").text.splitlines()
    assert "Chỉ tiêu | ĐVT | KH 2018 | TH 2018" in lines
    assert "Thu nhập bình quân đầu người | Triệu đồng/người/năm | 13,5 | 13,8" in lines


def test_a_table_pasted_from_word_reads_as_a_table():
    # A portal's editor keeps what Word writes: a paragraph in every cell, two in a wrapped
    # header's. Such cells are a data table's, not a page laid out with a table.
    def cell(text: str) -> str:
        paragraphs = "".join(f"<p class=MsoNormal align=center><span style='font-size:13.0pt'>{t}</span></p>"
                             for t in text.split("/"))
        return f"<td valign=top style='border:solid windowtext 1.0pt'>{paragraphs or '<p><o:p>&nbsp;</o:p></p>'}</td>"

    rows = [["Chỉ tiêu", "ĐVT", "Năm 2024/(thực hiện)", "Năm 2025/(ước)"],
            ["Kim ngạch xuất khẩu", "Triệu USD", "2.088", "2.385"],
            ["Kim ngạch nhập khẩu", "Triệu USD", "2.946", ""]]
    table = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in rows)
    text = render(_page_with(f"<table class=MsoTableGrid border=1>{table}</table>"), "html", "r.html").text
    assert [line for line in text.splitlines() if " | " in line] == [
        "Chỉ tiêu | ĐVT | Năm 2024 (thực hiện) | Năm 2025 (ước)", "Kim ngạch xuất khẩu | Triệu USD | 2.088 | 2.385",
        "Kim ngạch nhập khẩu | Triệu USD | 2.946 |"]


def test_a_grid_of_divs_reads_as_a_table_and_other_divs_as_they_were():
    # A portal's figures laid out with divs, not a table: trafilatura alone drops the grid.
    grid = ('<div class="grid">' + _div_row(TABLE_HEADER) + "".join(_div_row(r) for r in TABLE_ROWS)
            + "</div>")
    text = render(_page_with(grid), "html", "r.html").text
    assert table_block(text) == [HEADER_LINE, *ROW_LINES]
    # Not grids: a menu of links (no digit), rows of paragraphs, rows of unequal length.
    menu = '<div class="menu">' + _div_row(["Trang chủ", "Tin tức"]) + _div_row(["Liên hệ", "Hỏi đáp"]) + "</div>"
    blocks = ('<div class="news">' + '<div class="row"><div><p>Năm 2024 thu 1.200 tỷ đồng.</p></div>'
              '<div><p>Chi 900 tỷ đồng.</p></div></div>' + _div_row(["Năm 2023", "thu 1.100 tỷ đồng"]) + "</div>")
    ragged = '<div class="x">' + _div_row(["Dân số", "12.500 người"]) + _div_row(["Diện tích", "ha", "840"]) + "</div>"
    for other in (menu, blocks, ragged):
        assert " | " not in render(_page_with(other), "html", "r.html").text


def test_a_web_pages_key_figures_caption_and_figure_read_as_a_reader_sees_them():
    # A box of key figures as a definition list, an infographic's caption, a table's caption.
    box = ("<dl><dt>Tăng trưởng GRDP</dt><dd>7,12%</dd><dt>Thu ngân sách</dt><dd>13.480 tỷ đồng</dd>"
           "<dd>bằng 108,6% dự toán</dd></dl>")
    figure = ('<figure><img src="a.png" alt="x"><figcaption>Kim ngạch xuất khẩu ước đạt 4,35 tỷ USD, '
              "tăng 9,4%.</figcaption></figure>")
    table = ("<table><caption>Một số chỉ tiêu năm 2026</caption><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>KH 2026</th></tr>"
             "<tr><td>Tốc độ tăng trưởng GRDP</td><td>%</td><td>8</td></tr></table>")
    text = render(_page_with(box + figure + table), "html", "r.html").text
    blocks = text.split("\n\n")
    assert "Tăng trưởng GRDP: 7,12%" in blocks and "Thu ngân sách: 13.480 tỷ đồng; bằng 108,6% dự toán" in blocks
    assert "Kim ngạch xuất khẩu ước đạt 4,35 tỷ USD, tăng 9,4%." in blocks
    at = blocks.index("Một số chỉ tiêu năm 2026")  # the caption a title above the table, not a row in it
    assert blocks[at + 1].splitlines() == ["Chỉ tiêu | ĐVT | KH 2026", "Tốc độ tăng trưởng GRDP | % | 8"]
    # A first row with its cells all filled is the header, no title.
    plain = table.replace("<caption>Một số chỉ tiêu năm 2026</caption>", "")
    assert render(_page_with(plain), "html", "r.html").text.count("Chỉ tiêu | ĐVT | KH 2026\n") == 1


def test_a_word_table_with_merged_cells_reads_as_the_web_pages_table():
    # The web page's table (rowspan, colspan, section rows across the table), as the project
    # renders it: the same table merged the same way in Word must give the same lines.
    gold = (Path(__file__).parent / "gold" / "luc-ngan-district-web-2024.txt").read_text(encoding="utf-8")
    lines = [line for line in gold.splitlines() if " | " in line]
    rows = [[cell.strip() for cell in line.split(" | ")] for line in lines]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7)] + [(0, 4, 0, 6), (2, 1, 2, 7), (8, 1, 8, 7)]
    text = render(docx_table(rows, merges), "docx", "t.docx").text
    assert [line for line in text.splitlines() if " | " in line] == lines


def test_word_reads_as_shown_with_its_tracked_changes_accepted():
    # Reports are often published with a reviewer's tracked changes left in: a reader sees the
    # figures inserted, not those deleted; and text in content controls, smart tags, fields and
    # text boxes as any other.
    def p(*runs: str) -> str:
        return f"<w:p>{''.join(runs)}</w:p>"

    def r(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
           '<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx></wps:wsp>'
           '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           '<v:shape><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></v:shape></w:pict>'
           '</mc:Fallback></mc:AlternateContent></w:r>')
    boxed = p(r("Dân số trung bình 9.800 người."))
    text = render(docx_body([
        p(r(PARAGRAPHS[0])),
        p(r("Tổng thu ngân sách đạt "), '<w:del w:id="1" w:author="A"><w:r><w:delText>1.150</w:delText>'
          '</w:r></w:del>', '<w:ins w:id="2" w:author="A">' + r("1.178") + "</w:ins>", r(" tỷ đồng"),
          '<w:del w:id="3" w:author="A"><w:r><w:delText>, đạt 98% dự toán</w:delText></w:r></w:del>', r(".")),
        "<w:sdt><w:sdtPr/><w:sdtContent>" + p(r("Chỉ tiêu năm 2026: tăng trưởng 7,5%.")) + "</w:sdtContent></w:sdt>",
        p(r("Diện tích lúa "), '<w:smartTag w:uri="u" w:element="place">' + r("4.560 ha") + "</w:smartTag>",
          "<w:sdt><w:sdtContent>" + r(", năng suất 55 tạ/ha") + "</w:sdtContent></w:sdt>",
          '<w:fldSimple w:instr="SEQ Bang">' + r(" (Bảng 1)") + "</w:fldSimple>", r("."),
          box.format(boxed, boxed)),
        p(r("Giải ngân "), '<w:moveFrom w:id="4" w:author="A">' + r("81% ") + "</w:moveFrom>", r("kế hoạch vốn.")),
    ]), "docx", "r.docx").text
    assert text.split("\n\n")[1:] == [
        "Tổng thu ngân sách đạt 1.178 tỷ đồng.",
        "Chỉ tiêu năm 2026: tăng trưởng 7,5%.",
        "Diện tích lúa 4.560 ha, năng suất 55 tạ/ha (Bảng 1).",
        "Dân số trung bình 9.800 người.",  # the text box once, after the paragraph it is anchored in
        "Giải ngân kế hoạch vốn.\n",
    ]


def test_word_sub_rows_typed_one_under_the_other_in_a_row_are_rows():
    # People type a total's breakdown into the total's own row, a paragraph per sub-row in each
    # cell; a reader reads each line across. A header's cells over two lines stay one row.
    def row(*cells: tuple[str, ...]) -> str:
        return "<w:tr>" + "".join(
            "<w:tc>" + "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in cell) + "</w:tc>"
            for cell in cells) + "</w:tr>"

    table = "<w:tbl>" + "".join([
        row(("TT",), ("Chỉ tiêu",), ("KH", "năm 2025"), ("Ước TH", "năm 2025")),
        row(("1",), ("Tổng thu NSNN", "Trong đó:", "- Thu thuế", "- Thu tiền đất"), ("85,0", "", "27,0", "20,0"),
            ("98,6", "", "31,4", "24,8")),
        row(("2",), ("Tỷ lệ hộ nghèo", "(%)"), ("12,5",), ("13,42",)),
    ]) + "</w:tbl>"
    prose = [f"<w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p>" for paragraph in PARAGRAPHS[:2]]
    text = render(docx_body([*prose, table]), "docx", "t.docx").text
    assert text.split("\n\n")[2].splitlines() == [
        "TT | Chỉ tiêu | KH năm 2025 | Ước TH năm 2025",
        "1 | Tổng thu NSNN | 85,0 | 98,6",
        " | Trong đó: |  | ",
        " | - Thu thuế | 27,0 | 31,4",
        " | - Thu tiền đất | 20,0 | 24,8",
        "2 | Tỷ lệ hộ nghèo (%) | 12,5 | 13,42",
    ]


def test_a_table_nested_in_a_word_layout_tables_cell_reads_as_a_table_after_it():
    # Office staff put a small table beside a paragraph by nesting it in a borderless layout table's
    # cell; a reader sees both. The nested table reads as a table of its own right after the row
    # it stands in, whose cell keeps its paragraph.
    import io

    import docx

    document = docx.Document()
    document.add_paragraph(PARAGRAPHS[0])
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Thương mại, dịch vụ tăng khá. Kết quả chủ yếu như bảng bên."
    nested = layout.cell(0, 1).add_table(rows=3, cols=3)
    for r, row in enumerate([("Chỉ tiêu", "9 tháng 2025", "So cùng kỳ (%)"),
                             ("Doanh thu du lịch (tỷ đồng)", "96,4", "114,7"),
                             ("Doanh nghiệp thành lập mới", "42", "120,0")]):
        for c, text in enumerate(row):
            nested.cell(r, c).text = text
    document.add_paragraph(PARAGRAPHS[1])
    data = io.BytesIO()
    document.save(data)
    blocks = render(data.getvalue(), "docx", "t.docx").text.split("\n\n")
    at = blocks.index("Thương mại, dịch vụ tăng khá. Kết quả chủ yếu như bảng bên. |")
    assert blocks[at + 1].splitlines() == [
        "Chỉ tiêu | 9 tháng 2025 | So cùng kỳ (%)",
        "Doanh thu du lịch (tỷ đồng) | 96,4 | 114,7",
        "Doanh nghiệp thành lập mới | 42 | 120,0",
    ]
    assert blocks[at + 2].strip() == PARAGRAPHS[1]


def test_a_word_tables_header_typed_as_a_table_of_its_own_right_above_it_is_its_header():
    # Word draws two tables with no paragraph between them as one: staff type (or paste) a header row as a
    # one-row table right above the body's table. A table after a paragraph stays a table of its own.
    import io

    import docx

    document = docx.Document()
    document.add_paragraph(PARAGRAPHS[0])
    for rows in ([("TT", "Chỉ tiêu", "KH 2025", "Ước TH 2025")],
                 [("1", "Thu ngân sách (tỷ đồng)", "1.120", "1.286"), ("2", "Tỷ lệ hộ nghèo (%)", "2,1", "1,9")]):
        table = document.add_table(rows=len(rows), cols=4)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    document.add_paragraph(PARAGRAPHS[1])
    apart = document.add_table(rows=1, cols=4)
    for c, text in enumerate(("3", "Số xã đạt chuẩn (xã)", "5", "6")):
        apart.cell(0, c).text = text
    data = io.BytesIO()
    document.save(data)
    rendition = render(data.getvalue(), "docx", "t.docx")
    blocks = [b.strip() for b in rendition.text.split("\n\n")]
    assert blocks[1].splitlines() == [
        "TT | Chỉ tiêu | KH 2025 | Ước TH 2025",
        "1 | Thu ngân sách (tỷ đồng) | 1.120 | 1.286",
        "2 | Tỷ lệ hộ nghèo (%) | 2,1 | 1,9",
    ]
    assert blocks[3] == "3 | Số xã đạt chuẩn (xã) | 5 | 6"
    assert rendition.tables == 2


def test_word_footnotes_read_as_a_markdown_converter_writes_them():
    # Official reports put a figure's details in footnotes; Word keeps them in a part of their
    # own, which a paragraph's text never shows.
    text = render(docx_footnoted([
        "Năm 2025, kinh tế của tỉnh tiếp tục tăng trưởng khá trên hầu hết các ngành, lĩnh vực.",
        ("Tổng thu ngân sách nhà nước trên địa bàn đạt 1.178 tỷ đồng", "Trong đó: thu nội địa 800 tỷ đồng.",
         ", tăng 6,2% so với năm 2024."),
        ("Giải ngân vốn đầu tư công đạt 92,4%", "Số liệu tính đến ngày 15/12/2025.", " kế hoạch vốn."),
    ], cell=("Thu ngân sách (tỷ đồng)", "Số liệu sơ bộ.")), "docx", "r.docx").text
    blocks = text.split("\n\n")
    assert blocks[1] == ("Tổng thu ngân sách nhà nước trên địa bàn đạt 1.178 tỷ đồng[^1], tăng 6,2% so với năm"
                         " 2024.")
    assert blocks[2] == "Giải ngân vốn đầu tư công đạt 92,4%[^2] kế hoạch vốn."
    assert blocks[3] == "Thu ngân sách (tỷ đồng)[^3]"  # a table's cell
    # Numbered in their references' order, whatever ids Word gave them; the notes after the last block.
    assert blocks[4:] == ["[^1]: Trong đó: thu nội địa 800 tỷ đồng.", "[^2]: Số liệu tính đến ngày 15/12/2025.",
                          "[^3]: Số liệu sơ bộ.\n"]
    assert "[^" not in render(docx_report(), "docx", "r.docx").text  # a document with none reads as before


@pytest.mark.parametrize("declared", ["windows-1258", "utf-8", "iso-8859-1"])
def test_a_windows_1258_page_is_read_whatever_it_declares(declared):
    data = cp1258(html_page(charset=declared))
    r = render(data, "html", "old.html", charset=declared)
    assert table_block(r.text) == [HEADER_LINE, *ROW_LINES]
    assert PARAGRAPHS[0] in r.text and unicodedata.is_normalized("NFC", r.text)


def test_a_utf8_page_declared_as_latin1_is_read_as_utf8():
    r = render(html_page(charset="iso-8859-1").encode("utf-8"), "html", "x.html",
               charset="iso-8859-1")
    assert PARAGRAPHS[0] in r.text


def test_decomposed_diacritics_become_nfc():
    nfd = unicodedata.normalize("NFD", html_page())
    r = render(nfd.encode("utf-8"), "html", "nfd.html")
    assert PARAGRAPHS[1] in r.text


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_tcvn3_text_is_refused_and_named(fmt):
    if fmt == "txt":
        data = tcvn3("\n\n".join([TITLE, *PARAGRAPHS])).encode("latin-1")
    elif fmt == "docx":
        data = docx_report(spell=tcvn3)
    else:
        data = html_page([tcvn3(p) * 2 for p in PARAGRAPHS], title=tcvn3(TITLE)).encode("utf-8")
    with pytest.raises(InputError) as err:
        render(data, fmt, f"legacy.{fmt}")
    message = str(err.value)
    assert message.startswith(f"legacy.{fmt}: ") and "TCVN3" in message
    assert "Convert it to Unicode" in message


def test_a_report_partly_in_tcvn3_is_refused_too():
    with pytest.raises(InputError, match="TCVN3"):
        render(docx_report([tcvn3(p) for p in PARAGRAPHS]), "docx", "mixed.docx")


def test_the_legacy_detector_does_not_fire_on_unicode_reports():
    for text in [*PARAGRAPHS, TITLE, html_page(), "Giá 100 USD ©2023 ®"]:
        assert legacy_encoding(text) is None


def test_a_scanned_pdf_is_refused_with_ocr_needed():
    with pytest.raises(InputError, match=r"scan.pdf: no text layer \(OCR needed\)"):
        render(scanned_pdf(), "pdf", "scan.pdf")


@pytest.mark.parametrize(("page", "says"), [
    ("<html><body><p>Đang cập nhật</p></body></html>", "no report text"),
    ("<html><body><form><p>Đăng nhập để xem văn bản</p><input type='text' name='u'>"
     "<input type='password' name='p'></form></body></html>", "a login page"),
])
def test_an_empty_or_login_page_is_refused(page, says):
    with pytest.raises(InputError, match=f"p.html: {says}"):
        render(page.encode("utf-8"), "html", "p.html")


@pytest.mark.parametrize(("data", "content_type", "name", "fmt"), [
    (b"%PDF-1.7\n...", "application/octet-stream", "x", "pdf"),
    (b"<!DOCTYPE html><html></html>", None, "x", "html"),
    (b"<html><body></body></html>", "text/html; charset=utf-8", "x.pdf", "html"),
    ("Báo cáo".encode(), None, "bao-cao.txt", "txt"),
])
def test_the_format_comes_from_the_bytes_first(data, content_type, name, fmt):
    assert detect_format(data, content_type, name, name) == fmt


def test_docx_is_told_from_its_bytes(documents):
    assert detect_format(documents["docx"], "application/octet-stream", "download", "x") == "docx"


@pytest.mark.parametrize(("data", "content_type", "says"), [
    (b"\x89PNG\r\n\x1a\n....", "image/png", "cannot read a file of type image/png"),
    (b"PK\x03\x04 xl/workbook.xml", None, "a ZIP file that is not a Word"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1", None, "an old Office file"),
    (b"<html>", "application/pdf", "announced as application/pdf but is not a PDF"),
])
def test_unreadable_types_are_refused(data, content_type, says):
    with pytest.raises(InputError, match=f"^f.bin: {says}"):
        detect_format(data, content_type, "f.bin", "f.bin")


def test_the_schemas_list_the_formats_renditions_read():
    import json

    from solieu import SCHEMAS
    from solieu.renditions import FORMATS
    from solieu.sources import ORIGINAL_SUFFIXES

    sidecar = json.loads((SCHEMAS / "meta" / "source.schema.json").read_text(encoding="utf-8"))
    table = json.loads((SCHEMAS / "tables" / "sources.schema.json").read_text(encoding="utf-8"))
    fmt = next(f for f in table["fields"] if f["name"] == "format")
    assert sidecar["properties"]["format"]["enum"] == list(FORMATS)
    assert fmt["constraints"]["enum"] == list(FORMATS)
    assert ORIGINAL_SUFFIXES == tuple(f".{f}" for f in FORMATS)


def test_a_cached_rendition_is_the_same_text_and_a_new_converter_misses(documents, tmp_path,
                                                                        monkeypatch):
    from solieu.renditions import render_cached

    made = render_cached(documents["pdf"], "pdf", "r.pdf", tmp_path)
    [entry] = tmp_path.iterdir()
    again = render_cached(documents["pdf"], "pdf", "r.pdf", tmp_path)
    assert again.text == made.text and again.converter == made.converter
    entry.write_text("kept text", encoding="utf-8")  # proves the second read is the cache's
    assert render_cached(documents["pdf"], "pdf", "r.pdf", tmp_path).text == "kept text"
    monkeypatch.setattr(renditions, "converter", lambda fmt: "pdfplumber 9.9")
    assert render_cached(documents["pdf"], "pdf", "r.pdf", tmp_path).text == made.text
    assert len(list(tmp_path.iterdir())) == 2



def test_a_text_is_checked_each_time_and_kept_nowhere(tmp_path, monkeypatch):
    """A text original is decoded and checked for a legacy encoding on every load (quicker
    than writing a file to say it passed): nothing is kept for it, and bytes in a legacy
    encoding are refused every time."""
    from solieu.renditions import render_cached, vietnamese

    data = "Năm 2022, tốc độ tăng trưởng đạt 8,2%.\r\n".encode()
    checked = []
    real = renditions.refuse_legacy_encoding
    monkeypatch.setattr(renditions, "refuse_legacy_encoding",
                        lambda text, where: (checked.append(where), real(text, where)))
    first = render_cached(data, "txt", "a.txt", tmp_path)
    again = render_cached(data, "txt", "a.txt", tmp_path)
    assert checked == ["a.txt", "a.txt"]
    assert again.text == first.text == "Năm 2022, tốc độ tăng trưởng đạt 8,2%.\n"
    assert again.converter == first.converter
    legacy = "B¸o c¸o t×nh h×nh kinh tÕ - x· héi n¨m 2023 cña huyÖn".encode()
    for _ in range(2):
        with pytest.raises(InputError, match="TCVN3"):
            render_cached(legacy, "txt", "b.txt", tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert vietnamese.letter_count("Năm 2022") == 3


def _by_definition(text: str) -> tuple[str | None, bool]:
    """legacy_encoding and is_vietnamese as their docstrings define them, every count made."""
    letters = sum(ch.isalpha() for ch in text)
    unicode_vn = sum(ch in "ăĂđĐĩĨũŨơƠưƯ" or "\u1ea0" <= ch <= "\u1ef9" for ch in text)
    tcvn3 = sum("\xa1" <= ch <= "\xff" and ch not in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ" for ch in text)
    vni = sum(1 for i, ch in enumerate(text) if ch in "ñÑ" or (
        ch in "aeiouyAEIOUY" and text[i + 1:i + 2] != "" and text[i + 1] in "øùûõïâêôöäåãàáëèéÂÊÔÖÄÅÃÀÁËÈÉØÙÛÕÏ"))
    signs = max(tcvn3, vni)
    legacy = None if signs < max(3, 0.02 * letters) or signs < unicode_vn else "TCVN3" if tcvn3 > vni else "VNI"
    return legacy, letters > 0 and unicode_vn >= 0.02 * letters


def test_legacy_and_vietnamese_checks_agree_with_their_definitions():
    """The checks skip counts that cannot change their answer (every source is checked on a
    cold run): on random texts and on real ones turned into the legacy look, the answers are
    the definition's."""
    rnd = random.Random(7)
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễ¨©®¸µ×ÕÖñÑøùûõï 0123456789.,%²½ⅫAĂ"
    texts = ["", "2022", "Năm", "n¨m"] + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80)))
                                          for _ in range(3000)]
    real = "Báo cáo tình hình kinh tế - xã hội năm 2023 của huyện, tăng 8,2%."
    texts += [real, real.encode("utf-8").decode("latin-1"), cp1258(real).decode("latin-1"),
              tcvn3(real), vni(real)]
    found = [(legacy_encoding(t), is_vietnamese(t)) for t in texts]
    assert found == [_by_definition(t) for t in texts]
    assert {legacy for legacy, _ in found} == {None, "TCVN3", "VNI"}  # every answer was reached


LAYOUT_PAGE = """<html><head><meta charset="utf-8"><title>UBND huyện</title></head><body>
<table width="100%"><tr><td><a href="/">Trang chủ</a> | <a href="/tt">Tin tức</a></td></tr>
<tr><td><h2>Báo cáo kết quả năm 2023</h2>
<p>Năm 2023, tốc độ tăng trưởng kinh tế của huyện ước đạt 8,2%, vượt 0,2 điểm phần trăm so
với kế hoạch. Thu nhập bình quân đầu người đạt 52 triệu đồng/người/năm.</p>
<p>Tổng vốn đầu tư toàn xã hội đạt 3.250 tỷ đồng, tăng 12% so với năm 2022.</p>
<table border="1">
<tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th colspan="2">Năm 2023</th></tr>
<tr><th>KH</th><th>Ước TH</th></tr>
<tr><td>1</td><td>Tốc độ tăng trưởng</td><td>%</td><td>8,0</td><td>8,2</td></tr>
<tr><td>2</td><td>Thu nhập bình quân</td><td>Triệu đồng</td><td>50</td><td>52</td></tr>
</table><i>(Số liệu năm 2023 là số ước thực hiện)</i><br><br>
Năm 2024, huyện phấn đấu tốc độ tăng trưởng kinh tế đạt 8,5% trở lên.
</td></tr><tr><td>Bản quyền thuộc UBND huyện</td></tr></table></body></html>"""


def test_a_page_laid_out_with_a_table_keeps_its_paragraphs_and_its_data_table():
    text = render(LAYOUT_PAGE.encode(), "html", "old.html").text
    blocks = text.split("\n\n")
    assert "Tổng vốn đầu tư toàn xã hội đạt 3.250 tỷ đồng, tăng 12% so với năm 2022." in blocks
    assert "1 | Tốc độ tăng trưởng | % | 8,0 | 8,2" in text.splitlines()
    assert "2 | Thu nhập bình quân | Triệu đồng | 50 | 52" in text.splitlines()
    # The data table nested in the page's cell stays where it stands: under the paragraph above it,
    # over the note under it and the targets after it (its rows merged cells on the grid).
    assert text.index("tăng 12% so với năm 2022.") < text.index("TT | Chỉ tiêu | ĐVT | Năm 2023 | ") \
        < text.index("(Số liệu năm 2023 là số ước thực hiện)") < text.index("Năm 2024, huyện phấn đấu")
    assert " |  |  | KH | Ước TH" in text.splitlines()


PRE_TABLE = """
 STT Chỉ tiêu                         ĐVT          Kế hoạch     Ước TH   So KH
                                                   năm 2025   10 tháng     (%)
-------------------------------------------------------------------------------
  1  Sản lượng lúa                    Tấn           917.700    836.900    91,2
  2  Tổng mức bán lẻ hàng hóa và      Tỷ đồng        13.800     11.425    82,8
     doanh thu dịch vụ tiêu dùng
  3  Doanh nghiệp thành lập mới       DN                 95         86    90,5
-------------------------------------------------------------------------------
"""


@pytest.mark.parametrize("layout", ["article", "old portal"])
def test_a_table_typed_in_a_pre_reads_as_a_table(layout):
    # Old portals publish tables typed in a fixed-width font: a browser keeps their columns.
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p>Biểu 1. Một số chỉ tiêu</p><pre>{PRE_TABLE}</pre>"
    page = (f"<html><body><article>{article}</article></body></html>" if layout == "article" else
            f"<html><body><table><tr><td>Menu</td><td>{article.replace('<p>', '').replace('</p>', '<br><br>')}"
            "</td></tr></table></body></html>")
    lines = render(page.encode(), "html", "pre.html").text.splitlines()
    assert "STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Ước TH 10 tháng | So KH (%)" in lines
    assert "2 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng | Tỷ đồng | 13.800 | 11.425 | 82,8" in lines
    assert "3 | Doanh nghiệp thành lập mới | DN | 95 | 86 | 90,5" in lines


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_vni_text_is_refused_and_named(fmt):
    if fmt == "txt":
        data = vni("\n\n".join([TITLE, *PARAGRAPHS])).encode("latin-1")
    else:
        data = docx_report(spell=vni)
    with pytest.raises(InputError, match=f"^vni.{fmt}: the text is in the legacy VNI font encoding"):
        render(data, fmt, f"vni.{fmt}")


# ------------------------------------------------------------------ PDF layouts, built with fpdf2

def _pdf_tables(pages: list[list[list[str]]], widths: list[list[int]], *, ruled: bool,
                spans: dict[tuple[int, int, int], int] | None = None, lead: list[str] | None = None) -> bytes:
    """A PDF of ``lead`` lines (flush left, a line each), then one table a page: ``pages[p]``'s
    rows laid out in columns ``widths[p]`` (mm), with lines drawn or not; ``spans`` maps (page,
    row, column) to how many columns that cell spans (centred)."""
    from fpdf import FPDF
    from fpdf.enums import TableBordersLayout

    from fixtures.site import with_fonts

    pdf = with_fonts(FPDF(), size=10)
    borders = TableBordersLayout.ALL if ruled else TableBordersLayout.NONE
    for p, rows in enumerate(pages):
        pdf.add_page()
        for line in lead if p == 0 and lead else []:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        with pdf.table(col_widths=widths[p], width=sum(widths[p]), text_align="LEFT", borders_layout=borders,
                       first_row_as_headings=False, align="LEFT") as table:
            for r, row in enumerate(rows):
                cells = table.row()
                c = 0
                while c < len(row):
                    span = (spans or {}).get((p, r, c), 1)
                    cells.cell(row[c], colspan=span, align="CENTER" if span > 1 else None)
                    c += span
    return bytes(pdf.output())


def _table_rows(text: str) -> list[str]:
    """A text's table lines, less the space after an empty last cell (a block's last line has none)."""
    return [line.rstrip() for line in text.splitlines() if " | " in line]


@pytest.mark.parametrize("ruled", [True, False])
def test_a_table_going_on_with_one_column_more_or_fewer_on_the_next_page_is_one_table(ruled):
    # The next page's part has one more column (empty) when ruled, and none for the last
    # column (no word in it on that page) when not: its columns with words line up.
    head = ["Chỉ tiêu", "ĐVT", "KH năm 2023", "TH năm 2023", "Ghi chú"]
    first = [head] + [[f"Chỉ tiêu số {k}", "ha", f"{k}.100", f"{k}.250", "Vượt"] for k in range(1, 6)]
    more = [[f"Chỉ tiêu số {k}", "ha", f"{k}.100", f"{k}.250", ""] + ([""] if ruled else [])
            for k in range(6, 9)]
    widths = [[60, 20, 30, 30, 30], [60, 20, 30, 30, 30] + ([20] if ruled else [])]
    r = render(_pdf_tables([first, more], widths, ruled=ruled, lead=[TITLE, *PARAGRAPHS]), "pdf", "t.pdf")
    want = [" | ".join(row[:5]).rstrip() for row in first + more]
    assert _table_rows(r.text) == want
    lines = "\n".join(line.rstrip() for line in r.text.splitlines())
    assert "\n".join(want) in lines and r.tables == 1  # one block: no blank line between the pages' rows
    figures = extract(r.text, "t").set_index("surface")
    assert figures.loc["8.250", "period"] == "2023" and figures.loc["8.250", "unit"] == "ha"


@pytest.mark.parametrize("ruled", [True, False])
def test_a_new_table_at_the_top_of_a_page_stays_a_table_of_its_own(ruled):
    head = ["Chỉ tiêu", "ĐVT", "KH năm 2023", "TH năm 2023", "Ghi chú"]
    first = [head] + [[f"Chỉ tiêu số {k}", "ha", f"{k}.100", f"{k}.250", "Vượt"] for k in range(1, 4)]
    second = [["Chỉ tiêu", "ĐVT", "TH năm 2024", "KH năm 2025", ""]] + [
        [f"Chỉ tiêu số {k}", "ha", f"{k}.300", f"{k}.400", ""] for k in range(1, 4)]
    widths = [[60, 20, 30, 30, 30]] * 2
    r = render(_pdf_tables([first, second], widths, ruled=ruled, lead=[TITLE, *PARAGRAPHS]), "pdf", "t.pdf")
    assert r.tables == 2 and "\n\nChỉ tiêu | ĐVT | TH năm 2024 | KH năm 2025" in r.text


def test_a_unit_line_flush_left_under_a_line_of_text_stands_alone():
    # An appendix's first page: short lines only, the widest ("Kèm theo …") sets the right
    # edge, and the unit line comes right under it at the usual gap.
    lead = ["HỘI ĐỒNG NHÂN DÂN TỈNH", "Phụ lục số 02",
            "(Kèm theo Nghị quyết số 45/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh)",
            "Đơn vị tính: Tỷ đồng"]
    rows = [["STT", "Nội dung", "Dự toán năm 2024", "Ước thực hiện năm 2024"]] + [
        [str(k), f"Thu ngân sách khoản {k}", f"{k}.120", f"{k}.360"] for k in range(1, 9)]
    text = render(_pdf_tables([rows], [[15, 75, 40, 40]], ruled=True, lead=lead), "pdf", "t.pdf").text
    assert text.split("\n\n")[2:4] == [lead[2], lead[3]]
    figures = extract(text, "t").set_index("surface")
    assert figures.loc["8.360", "unit"] == "VND" and figures.loc["8.360", "value"] == 8.36e12


def _full_lines(pdf, words: list[str]) -> list[str]:
    """``words`` wrapped greedily at the page's width, less the last line that is not full."""
    lines, line = [], ""
    for word in words:
        if pdf.get_string_width(f"{line} {word}".strip()) > pdf.epw:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines


@pytest.mark.parametrize("next_page", [
    "FDI, vốn đầu tư trực tiếp nước ngoài đăng ký mới đạt 350 triệu USD.",
    "II. NHIỆM VỤ, GIẢI PHÁP NĂM 2024",
    "KẾT QUẢ THU HÚT ĐẦU TƯ",
])
def test_a_sentence_a_page_breaks_goes_on_past_a_capital_but_not_into_a_heading(next_page):
    from fpdf import FPDF

    from fixtures.site import with_fonts

    pdf = with_fonts(FPDF(), size=12)
    pdf.add_page()
    pdf.multi_cell(0, 6, PARAGRAPHS[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    words = ("Năm 2024, tỉnh tiếp tục cải thiện môi trường đầu tư kinh doanh, đẩy mạnh cải cách "
             "hành chính, hỗ trợ doanh nghiệp tiếp cận đất đai, tín dụng và lao động để thu hút "
             "thêm nhiều dự án lớn, nhất là các dự án công nghệ cao, trong đó có nguồn vốn ") * 2
    lines = _full_lines(pdf, words.split())  # each line reaching the right edge: a sentence goes on
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 6, next_page, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 6, PARAGRAPHS[1], new_x="LMARGIN", new_y="NEXT")
    blocks = render(bytes(pdf.output()), "pdf", "p.pdf").text.rstrip("\n").split("\n\n")
    opened = " ".join(lines)
    if next_page.startswith("FDI"):
        assert blocks == [PARAGRAPHS[0], f"{opened} {next_page}", PARAGRAPHS[1]]
    else:
        assert blocks == [PARAGRAPHS[0], opened, next_page, PARAGRAPHS[1]]


@pytest.mark.parametrize("ruled", [True, False])
def test_a_header_cell_over_two_columns_names_both(ruled):
    # "Năm 2023" centred over "KH" and "Ước TH": written once, the cell it covers left empty
    # (as a merged cell is rendered), so that the extractor reads both columns as 2023's.
    rows = [["Chỉ tiêu", "ĐVT", "Năm 2023", "", "Ghi chú"], ["", "", "KH", "Ước TH", ""]] + [
        [f"Sản lượng cây trồng số {k}", "tấn", f"{k}.100", f"{k}.250", "Đạt"] for k in range(1, 6)]
    pdf = _pdf_tables([rows], [[60, 20, 30, 30, 30]], ruled=ruled, spans={(0, 0, 2): 2},
                      lead=[TITLE, *PARAGRAPHS])
    text = render(pdf, "pdf", "t.pdf").text
    assert _table_rows(text)[:3] == ["Chỉ tiêu | ĐVT | Năm 2023 |  | Ghi chú", " |  | KH | Ước TH |",
                                     "Sản lượng cây trồng số 1 | tấn | 1.100 | 1.250 | Đạt"]
    figures = extract(text, "t").set_index("surface")
    assert (figures.loc["5.250", "period"], figures.loc["5.250", "qualifier"]) == ("2023", "estimated")
    assert (figures.loc["5.100", "period"], figures.loc["5.100", "role"]) == ("2023", "plan")


def test_labels_wrapped_over_many_lines_keep_their_rows_in_a_table_without_lines():
    # Narrow label cells: each label wraps over three to five lines, centred on its numbers,
    # and a section's row has no number at all.
    places = ["tỉnh", "huyện Mai Sơn", "thành phố", "xã", "thị trấn Hát Lót"]
    rows = [["STT", "Nội dung", "Dự toán", "Thực hiện", "Tỷ lệ (%)"], ["I", "THU NGÂN SÁCH NHÀ NƯỚC", "", "", ""]] + [
        [str(k), f"Thu từ khu vực công thương nghiệp ngoài quốc doanh {place}", f"{k}.100", f"{k}.250", f"10{k},5"]
        for k, place in enumerate(places, 1)]
    widths = [[15, 30, 40, 40, 40]]
    ruled = render(_pdf_tables([rows], widths, ruled=True, lead=[TITLE, *PARAGRAPHS]), "pdf", "t.pdf").text
    spaced = render(_pdf_tables([rows], widths, ruled=False, lead=[TITLE, *PARAGRAPHS]), "pdf", "t.pdf").text
    assert _table_rows(spaced) == _table_rows(ruled) == [" | ".join(row).rstrip() for row in rows]


def test_header_cells_that_nearly_touch_stay_apart_in_a_table_without_lines():
    # A header cell filling its column: its last word ends right before the next column's
    # first, which starts where that column's cells do (left-aligned).
    from fpdf import FPDF

    from fixtures.site import with_fonts

    head = ["STT", "Nguồn vốn", "Giải ngân đến 15/11", "Tỷ lệ (%)"]
    probe = with_fonts(FPDF(), size=10)
    snug = probe.get_string_width(head[2]) + 3  # mm: the text and the cell's padding
    rows = [head] + [[str(k), f"Vốn nguồn số {k}", f"{k}.356,1", f"{k}2,6"] for k in range(1, 5)]
    widths = [[15, 60, round(snug, 1), 30]]
    ruled = render(_pdf_tables([rows], widths, ruled=True, lead=[TITLE, *PARAGRAPHS]), "pdf", "t.pdf").text
    spaced = render(_pdf_tables([rows], widths, ruled=False, lead=[TITLE, *PARAGRAPHS]), "pdf", "t.pdf").text
    assert _table_rows(spaced) == _table_rows(ruled) == [" | ".join(row) for row in rows]


# A Word report printed to PDF by LibreOffice: a running header, a page number in the footer, an
# indicator table over pages with its two header rows repeated on each, a tall row broken over one. Its
# header cell over two rows is taller than both: LibreOffice prints it again too short, its last lines hidden.
RUNNING_HEADER = "UBND huyện Mộ Đức - Báo cáo KT-XH năm 2025"
PRINTED_HEADER = [["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện 6 tháng đầu năm 2025 so với cùng kỳ", "So sánh (%)", ""],
                  ["", "", "", "", "KH", "CK"]]
TALL_LABEL = ("Tổng giá trị sản xuất trên địa bàn theo giá so sánh năm 2010, gồm nông, lâm nghiệp và thủy "
              "sản, công nghiệp - tiểu thủ công nghiệp, xây dựng, thương mại và dịch vụ của các xã, thị trấn "
              "trong huyện, kể cả các doanh nghiệp do tỉnh quản lý đóng trên địa bàn")
TALL_ROW = 30  # the row whose label, many lines high, a page break falls in


def printed_rows() -> list[list[str]]:
    """The printed table's data rows: 45 indicators, one of them ``TALL_LABEL``."""
    return [[str(k), TALL_LABEL if k == TALL_ROW else f"Chỉ tiêu số {k}", "Tỷ đồng", f"{k}.{k:03d}",
             f"{40 + k},{k % 10}", f"{100 + k},{k % 10}"] for k in range(1, 46)]


def printed_report() -> bytes:
    """The report as a Word document: its running header in the section's header, a PAGE field in
    its footer, its table's header rows (a cell over two rows, another over two columns) marked to
    repeat on each page (`w:tblHeader`)."""
    import io

    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn

    from fixtures.office import add_table, report_document

    document = report_document()
    section = document.sections[0]
    section.header.paragraphs[0].add_run(RUNNING_HEADER).italic = True
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    document.add_paragraph(PARAGRAPHS[0])
    table = add_table(document, [*PRINTED_HEADER, *printed_rows()])
    for column in range(4):
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(0, 4).merge(table.cell(0, 5))
    for row in table.rows[:len(PRINTED_HEADER)]:
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(repeat)
    document.add_paragraph(PARAGRAPHS[1])
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def printed_pdf(tmp_path_factory) -> bytes:
    from fixtures.office import NEEDS_WRITER, pdfs_from_docx, writer

    if writer() is None:
        pytest.skip(NEEDS_WRITER)
    return pdfs_from_docx({"printed": printed_report()}, tmp_path_factory.mktemp("printed"))["printed"]


@pytest.mark.slow  # LibreOffice starts in a few seconds
def test_a_word_report_printed_to_pdf_reads_without_its_running_lines_and_its_table_whole(printed_pdf):
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(printed_pdf)) as pdf:
        pages = [page.extract_text() for page in pdf.pages]
    # what the test is about: the running header and the table's header on each page, the tall
    # row's label going on at the top of the next page, above the row after it
    after = next(k for k, page in enumerate(pages) if f"{TALL_ROW + 1} Chỉ tiêu số" in page)
    assert after > 0 and all(RUNNING_HEADER in page and "So sánh (%)" in page for page in pages[1:])
    above = pages[after].split(f"{TALL_ROW + 1} Chỉ tiêu số")[0].split()
    printed_again = {*RUNNING_HEADER.split(), *" ".join(PRINTED_HEADER[0]).split()}
    assert (set(above) - printed_again) & set(TALL_LABEL.split())
    r = render(printed_pdf, "pdf", "printed.pdf")
    assert RUNNING_HEADER not in r.text
    rows = [line for line in r.text.splitlines() if " | " in line]
    header = [" | ".join(row) for row in PRINTED_HEADER]
    assert rows == [*header, *(" | ".join(row) for row in printed_rows())]
    assert r.tables == 1
    assert PARAGRAPHS[0] in r.text and PARAGRAPHS[1] in r.text


def test_a_tables_footer_before_its_body_and_an_articles_lead_before_its_body_are_read_where_a_reader_sees_them():
    # An older content system's article: the lead in its own paragraph before the body's container, and a table
    # whose total row stands in a <tfoot> written before its <tbody>, as HTML 4 ordered them.
    lead = "Năm 2025, tổng sản phẩm trên địa bàn ước tăng 7,6% so với năm 2024."
    body = " ".join(PARAGRAPHS[:3])
    page = ("<html><body><div id='menu'><a href='/'>Trang chủ</a></div><div class='ArticleDetail'>"
            f"<h1>Kinh tế năm 2025</h1><p class='Summary'><strong>{lead}</strong></p><div class='ArticleContent'>"
            f"<p>{body}</p><table><thead><tr><th>Chỉ tiêu</th><th>Năm 2025</th></tr></thead>"
            "<tfoot><tr><td>Tổng số</td><td>1.500</td></tr></tfoot>"
            "<tbody><tr><td>Lúa</td><td>1.200</td></tr><tr><td>Ngô</td><td>300</td></tr></tbody></table>"
            "</div></div></body></html>")
    text = render(page.encode("utf-8"), "html", "r.html").text
    assert text.startswith(lead)
    assert text.index("Lúa | 1.200") < text.index("Ngô | 300") < text.index("Tổng số | 1.500")
    # A summary box elsewhere, before no body it leads, stays where trafilatura leaves it.
    aside = page.replace("<p class='Summary'>", "<p class='Summary'>").replace(
        "<div class='ArticleContent'>", "<span>x</span><div class='ArticleContent'>")
    assert not render(aside.encode("utf-8"), "html", "r.html").text.startswith(lead)


@pytest.mark.parametrize("lead_block", ["<div class='news-sapo'><strong>{}</strong></div>",
                                        "<div class='sapo'>{}</div>", "<p class='news-sapo'><b>{}</b></p>"])
def test_an_articles_lead_written_as_a_block_of_inline_text_before_its_body_is_read(lead_block):
    # A news portal's lead ("sapo") as a div holding only bold text, right before the body's container: trafilatura
    # drops such a div, so it is read as the paragraph it is.
    lead = "Năm 2025, tổng sản phẩm trên địa bàn ước tăng 7,35%, cao hơn mức tăng chung của cả nước (7,09%)."
    page = ("<html><body><div id='menu'><a href='/'>Trang chủ</a></div><main><article class='news-detail'>\n"
            "<h1>Kinh tế năm 2025</h1>\n<div class='news-meta'><span>Thứ Hai, 29/12/2025</span></div>\n\n"
            f"{lead_block.format(lead)}\n\n<div class='news-content'>\n"
            + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3) + "\n</div>\n</article></main></body></html>")
    text = render(page.encode("utf-8"), "html", "r.html").text
    assert lead in text.split("\n\n")
    assert text.index(lead) < text.index(PARAGRAPHS[0])


def test_a_rich_text_editors_lines_parted_by_breaks_read_as_paragraphs_with_their_table():
    # One <div> of text whose paragraphs an editor parted with <br><br>, a bold run-in opening each, a table among
    # them whose header is bold cells in its body, and items numbered as lines after <br>.
    cell = "<td>{}</td>"
    rows = [["<b>Chỉ tiêu</b>", "<b>Kế hoạch năm 2025</b>", "<b>Ước thực hiện</b>"],
            ["Diện tích lúa", "56.000 ha", "56.320<br>ha"], ["Sản lượng lúa", "340.000 tấn", "342.850 tấn"]]
    table = "<table><tbody>" + "".join("<tr>" + "".join(cell.format(c) for c in r) + "</tr>" for r in rows) + \
        "</tbody></table>"
    tasks = ["Gieo trồng vụ Đông Xuân với diện tích 42.500 ha.", "Tiêm phòng đợt 2 cho đàn gia súc, đạt trên 80%."]
    body = (f"<b>Về nông nghiệp:</b> {PARAGRAPHS[0]}<br><br><b>Về chăn nuôi:</b> {PARAGRAPHS[1]}<br>{table}<br>"
            f"Nhiệm vụ tháng 12:<br>1. {tasks[0]}<br>2. {tasks[1]}")
    page = f"<html><body><div class='content'><div style='text-align:justify'>{body}</div></div></body></html>"
    blocks = render(page.encode("utf-8"), "html", "r.html").text.strip().split("\n\n")
    assert f"Về nông nghiệp: {PARAGRAPHS[0]}" in blocks and f"Về chăn nuôi: {PARAGRAPHS[1]}" in blocks
    assert "Chỉ tiêu | Kế hoạch năm 2025 | Ước thực hiện\nDiện tích lúa | 56.000 ha | 56.320 ha\n" \
           "Sản lượng lúa | 340.000 tấn | 342.850 tấn" in blocks
    assert f"1. {tasks[0]}" in blocks and f"2. {tasks[1]}" in blocks


@pytest.mark.parametrize(("lines", "text"), [(["1.872,", "4"], "1.872,4"), (["12.450.", "300"], "12.450.300"),
                                               (["Tăng", "4"], "Tăng 4")],
                         ids=["after-its-decimal-comma", "after-a-group-point", "a-word-then-a-number"])
def test_a_number_cut_after_its_mark_in_a_pdf_cell_goes_on_with_no_space(lines, text):
    """A narrow cell's value the word processor broke after its comma or point (``1.872,`` / ``4``)."""
    from solieu.renditions.pdf import _cell_text

    laid = [{"text": t, "x0": 10.0, "x1": 10.0 + 5 * len(t), "chars": [{"text": ch, "x0": 10.0, "x1": 15.0}
                                                                      for ch in t]} for t in lines]
    assert _cell_text(laid, (5.0, 0.0, 60.0, 30.0), 2.0) == text


def test_a_pages_blocks_standing_right_in_its_body_keep_their_headings():
    page = ("<html><body><p>Số: 48/BT-SNNMT</p><h1>BẢN TIN GIÁ CẢ NÔNG SẢN TUẦN 48</h1>"
            f"<h2>I. TÌNH HÌNH CHUNG</h2><p>{PARAGRAPHS[0]}</p><h2>II. DỰ BÁO GIÁ TUẦN 49</h2><p>{PARAGRAPHS[1]}</p>"
            "</body></html>")
    blocks = render(page.encode("utf-8"), "html", "r.html").text.strip().split("\n\n")
    assert blocks.index("I. TÌNH HÌNH CHUNG") < blocks.index(PARAGRAPHS[0]) < blocks.index("II. DỰ BÁO GIÁ TUẦN 49")


def test_a_spreadsheet_saved_as_a_web_page_reads_its_titles_and_notes_as_lines_around_its_table():
    def row(*cells: str) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    sheet = ("<table>" + row("UBND HUYỆN A", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "")
             + row("DỰ TOÁN THU NGÂN SÁCH NĂM 2026", "", "", "", "") + row("", "", "", "Đơn vị tính: Triệu đồng", "")
             + row("STT", "Nội dung", "Dự toán 2025", "Ước TH 2025", "Dự toán 2026")
             + row("1", "Thu nội địa", "61.200", "65.872,3", "67.400")
             + row("2", "Thu khác", "1.200", "1.086,4", "1.150")
             + row("Ghi chú: số ước thực hiện tính đến hết tháng 11.", "", "", "", "")
             + row("", "NGƯỜI LẬP BIỂU", "", "TRƯỞNG PHÒNG", "") + "</table>")
    blocks = render(_page_with(sheet), "html", "r.html").text.split("\n\n")
    at = blocks.index("Đơn vị tính: Triệu đồng")
    assert blocks[at - 2:at] == ["UBND HUYỆN A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DỰ TOÁN THU NGÂN SÁCH NĂM 2026"]
    assert blocks[at + 1].splitlines() == ["STT | Nội dung | Dự toán 2025 | Ước TH 2025 | Dự toán 2026",
                                           "1 | Thu nội địa | 61.200 | 65.872,3 | 67.400",
                                           "2 | Thu khác | 1.200 | 1.086,4 | 1.150"]
    assert blocks[at + 2:at + 4] == ["Ghi chú: số ước thực hiện tính đến hết tháng 11.", "NGƯỜI LẬP BIỂU TRƯỞNG PHÒNG"]


def test_a_word_documents_table_of_contents_is_left_out():
    # A long plan opens with a table of contents: each entry a heading's words, a dotted tab and its page number, in
    # Word's TOC styles; a reader turns past it. The headings themselves stay.
    import io

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("MỤC LỤC")
    for level, entry in ((1, "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2025\t3"), (2, "1. Về kinh tế\t4")):
        paragraph = document.add_paragraph(entry)
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), f"TOC{level}")
        paragraph._p.get_or_add_pPr().insert(0, style)
    document.add_paragraph("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2025")
    document.add_paragraph(PARAGRAPHS[0])
    document.add_paragraph(PARAGRAPHS[1])
    data = io.BytesIO()
    document.save(data)
    blocks = render(data.getvalue(), "docx", "t.docx").text.strip().split("\n\n")
    assert blocks == ["MỤC LỤC", "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2025", PARAGRAPHS[0], PARAGRAPHS[1]]


def test_a_word_documents_endnotes_are_read_as_its_footnotes_are():
    # Notes set as endnotes: each marker where it stands, each note's text at the end, numbered in the order their
    # references stand, as footnotes are.
    import io

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    first = document.add_paragraph("Tổng thu ngân sách ước đạt 38.450 tỷ đồng")
    reference = OxmlElement("w:endnoteReference")
    reference.set(qn("w:id"), "1")
    first.add_run()._r.append(reference)
    first.add_run(", tăng 9,6% so với năm 2024.")
    document.add_paragraph(PARAGRAPHS[0])
    document.add_paragraph(PARAGRAPHS[1])
    saved = io.BytesIO()
    document.save(saved)
    main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes xmlns:w="{main}">'
             '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
             '<w:endnote w:id="1"><w:p><w:r><w:t xml:space="preserve"> Năm 2024 đạt 35.082 tỷ đồng.</w:t></w:r>'
             '</w:p></w:endnote></w:endnotes>')
    packed = _with_part(saved.getvalue(), "endnotes.xml", notes.encode("utf-8"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml", "endnotes",
                        "rIdEn1")
    blocks = render(packed, "docx", "t.docx").text.strip().split("\n\n")
    assert blocks[0] == "Tổng thu ngân sách ước đạt 38.450 tỷ đồng[^1], tăng 9,6% so với năm 2024."
    assert blocks[-1] == "[^1]: Năm 2024 đạt 35.082 tỷ đồng."


def test_text_kept_for_screen_readers_alone_is_left_out():
    # Accessible tables repeat a column's header before each cell's number for screen readers, kept off the screen.
    row = ('<tr><td>Khai khoáng</td><td><span class="visually-hidden">Tháng 11/2025 so với cùng kỳ (%): </span>'
           '104,5</td><td><span class="sr-only">11 tháng năm 2025 so với cùng kỳ (%): </span>103,2</td></tr>')
    table = ("<table><caption class='visually-hidden'>Bảng 1. Chỉ số sản xuất công nghiệp</caption>"
             "<tr><th>Ngành</th><th>Tháng 11/2025 so với cùng kỳ (%)</th><th>11 tháng năm 2025 so với cùng kỳ (%)</th>"
             f"</tr>{row}</table>")
    text = render(_page_with(table), "html", "r.html").text
    assert "Khai khoáng | 104,5 | 103,2" in text.splitlines() and "Bảng 1" not in text


def test_a_table_standing_in_a_word_text_box_reads_as_a_table():
    # A box of key figures beside a paragraph holds a title and a small table: a reader sees both, after the
    # paragraph the box is anchored in; its VML fallback is not read a second time.
    def p(text: str, box: str = "") -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>{box}</w:p>'

    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in cells) + "</w:tr>"

    inside = (p("MỘT SỐ CHỈ TIÊU 9 THÁNG NĂM 2025") + "<w:tbl>" + row("Chỉ tiêu", "9 tháng 2025", "So cùng kỳ (%)")
              + row("Sản lượng lương thực (tấn)", "34.620", "102,5") + "</w:tbl>" + p(""))
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
           f'<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{inside}</w:txbxContent></wps:txbx></wps:wsp>'
           '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           f'<v:shape><v:textbox><w:txbxContent>{inside}</w:txbxContent></v:textbox></v:shape></w:pict>'
           '</mc:Fallback></mc:AlternateContent></w:r>')
    text = render(docx_body([p(PARAGRAPHS[0], box), p(PARAGRAPHS[1])]), "docx", "t.docx").text
    assert text.strip().split("\n\n") == [
        PARAGRAPHS[0], "MỘT SỐ CHỈ TIÊU 9 THÁNG NĂM 2025",
        "Chỉ tiêu | 9 tháng 2025 | So cùng kỳ (%)\nSản lượng lương thực (tấn) | 34.620 | 102,5", PARAGRAPHS[1]]


def test_a_line_break_in_a_word_paragraph_ends_a_line():
    # Office staff type a heading over its first sentence, or a list as one paragraph's lines, with Shift+Enter:
    # a reader sees lines, and a heading's words must not run into the sentence after it.
    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    heading = "1. Sản xuất nông nghiệp"
    items = ["- Tổng diện tích gieo trồng đạt 3.450 ha.", "- Sản lượng lương thực đạt 12.300 tấn."]
    blocks = [f"<w:p>{run(heading)}<w:r><w:br/></w:r>{run(PARAGRAPHS[0])}</w:p>",
              f"<w:p>{run(items[0])}<w:r><w:br/></w:r>{run(items[1])}<w:r><w:br/></w:r></w:p>",
              f"<w:p>{run(PARAGRAPHS[1])}</w:p>"]
    text = render(docx_body(blocks), "docx", "t.docx").text
    assert text.strip().split("\n\n") == [f"{heading}\n{PARAGRAPHS[0]}", "\n".join(items), PARAGRAPHS[1]]


def test_a_list_inside_a_web_tables_cell_reads_as_the_cells_text():
    # A notes column written as a list in its cell: the notes are the cell's text, one cell on the row's line.
    notes = "<ul><li>Vượt kế hoạch</li><li>Tăng  3 xã so với\n năm 2024</li></ul>"
    table = ("<table><tr><th>Chỉ tiêu</th><th>Năm 2025</th><th>Ghi chú</th></tr>"
             f"<tr><td>Số xã đạt chuẩn nông thôn mới</td><td>12</td><td>{notes}</td></tr></table>")
    text = render(_page_with(table), "html", "r.html").text
    assert "Số xã đạt chuẩn nông thôn mới | 12 | Vượt kế hoạch; Tăng 3 xã so với năm 2024" in text.splitlines()


def test_a_table_typed_with_tab_stops_in_word_reads_as_a_table():
    # Office staff type a small table as paragraphs over tab stops: a row per paragraph, a tab between cells, two
    # tabs in a row for an empty cell; a heading with a tab after its number stays a heading, and a list indented
    # by a tab loses the empty column the indent made.
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    document = docx.Document()
    document.add_paragraph("I.\tKẾT QUẢ THỰC HIỆN NĂM 2025")
    for line in ("\t- Tổng thu ngân sách\t1.245,6 tỷ đồng", "\t- Sản lượng lương thực\t53.480 tấn"):
        stops = document.add_paragraph(line).paragraph_format.tab_stops
        stops.add_tab_stop(Cm(1))
        stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    document.add_paragraph(PARAGRAPHS[0])
    for line in ("Chỉ tiêu\tĐVT\tTH 2024\tƯớc TH 2025", "Sản lượng lương thực\ttấn\t52.310\t53.480",
                 "Tỷ lệ thu gom rác\t%\t\t86,5"):
        stops = document.add_paragraph(line).paragraph_format.tab_stops
        for at in (7, 9, 12):
            stops.add_tab_stop(Cm(at), WD_TAB_ALIGNMENT.DECIMAL)
    document.add_paragraph(PARAGRAPHS[1])
    buffer = io.BytesIO()
    document.save(buffer)
    rendition = render(buffer.getvalue(), "docx", "t.docx")
    assert rendition.text.strip().split("\n\n") == [
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025",
        "- Tổng thu ngân sách | 1.245,6 tỷ đồng\n- Sản lượng lương thực | 53.480 tấn", PARAGRAPHS[0],
        "Chỉ tiêu | ĐVT | TH 2024 | Ước TH 2025\nSản lượng lương thực | tấn | 52.310 | 53.480\n"
        "Tỷ lệ thu gom rác | % |  | 86,5", PARAGRAPHS[1]]
    assert rendition.tables == 2


def test_footnotes_at_a_pdf_pages_foot_read_as_markers_and_notes_at_the_end():
    # A report printed with Word's footnotes: each page's notes under a short rule at its foot, smaller, each opened
    # by its number; the markers small digits raised after a word. Read as a Word file's notes are: the markers where
    # they stand, the notes at the end, and a paragraph running over the page's foot whole; an exponent stays one.
    from fpdf import FPDF

    from fixtures.site import with_fonts

    notes = {1: [(1, "Kế hoạch năm 2025 là 14.686 tỷ đồng; năm 2024 đạt 14.346 tỷ đồng."),
                 (2, "Trong đó: lúa 559.196 tấn, ngô 16.204 tấn.")], 2: [(3, "Số liệu tính đến ngày 30/11/2025.")]}

    class Report(FPDF):
        def footer(self) -> None:
            self.line(self.l_margin, 250, self.l_margin + 50, 250)
            self.set_font(size=9)
            self.set_xy(self.l_margin, 252)
            for number, note in notes[self.page_no()]:
                if number > 1:  # Word raises a note's number; a plain one before a space reads the same
                    self.write(5, f"{number} ")
                else:
                    self.char_vpos = "SUP"
                    self.write(5, str(number))
                    self.char_vpos = "LINE"
                self.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
            self.set_font(size=12)

    def marked(text: str, marker: str) -> None:
        pdf.write(6, text)
        pdf.char_vpos = "SUP"
        pdf.write(6, marker)
        pdf.char_vpos = "LINE"

    pdf = with_fonts(Report(), size=12)
    pdf.set_auto_page_break(True, margin=50)
    pdf.add_page()
    marked("Giá trị sản xuất ước đạt 14.920 tỷ đồng, đạt 101,6% kế hoạch", "1")
    pdf.write(6, "; diện tích nhà ở bình quân 26,5 m")
    pdf.char_vpos = "SUP"
    pdf.write(6, "2")
    pdf.char_vpos = "LINE"
    marked(" mỗi người; sản lượng lương thực tăng 1,1% so với năm 2024", "2")
    pdf.write(6, ".")
    pdf.ln(10)
    long = "Vụ Hè Thu: " + ", ".join(f"xã thứ {n} thu hoạch {100 + n} ha lúa" for n in range(1, 130)) + "."
    pdf.write(6, long)
    pdf.ln(10)
    marked("Giải ngân vốn đầu tư công đạt 77,7% kế hoạch", "3")
    pdf.write(6, ".")
    text = render(bytes(pdf.output()), "pdf", "r.pdf").text
    blocks = text.strip().split("\n\n")
    assert blocks[0] == ("Giá trị sản xuất ước đạt 14.920 tỷ đồng, đạt 101,6% kế hoạch[^1]; diện tích nhà ở bình "
                         "quân 26,5 m2 mỗi người; sản lượng lương thực tăng 1,1% so với năm 2024[^2].")
    assert blocks[1] == long
    assert blocks[2:] == ["Giải ngân vốn đầu tư công đạt 77,7% kế hoạch[^3].",
                          "[^1]: Kế hoạch năm 2025 là 14.686 tỷ đồng; năm 2024 đạt 14.346 tỷ đồng.",
                          "[^2]: Trong đó: lúa 559.196 tấn, ngô 16.204 tấn.", "[^3]: Số liệu tính đến ngày 30/11/2025."]


def test_key_figure_cards_on_a_web_page_read_a_paragraph_per_card_whatever_parts_each_has():
    # A portal's grid of cards, each a number, maybe a unit, a label and maybe a change: read as a reader reads a
    # card, its parts in order, not dropped with the page's short boilerplate divs nor read as a table with no header.
    def card(*parts: tuple[str, str]) -> str:
        return '<div class="card">' + "".join(f'<div class="{k}">{v}</div>' for k, v in parts) + "</div>"

    cards = ('<div class="cards">'
             + card(("value", "58.426,7"), ("unit", "tỷ đồng"), ("label", "Tổng thu ngân sách nhà nước"),
                    ("change", "▲ 12,4% so với cùng kỳ"))
             + card(("value", "78,4%"), ("label", "Giải ngân vốn đầu tư công so với kế hoạch"))
             + card(("value", "312"), ("unit", "vụ"), ("label", "Tai nạn giao thông"), ("change", "▼ 28 vụ"))
             + "</div>")
    blocks = render(_page_with(cards), "html", "r.html").text.split("\n\n")
    at = blocks.index("58.426,7 tỷ đồng Tổng thu ngân sách nhà nước ▲ 12,4% so với cùng kỳ")
    assert blocks[at + 1:at + 3] == ["78,4% Giải ngân vốn đầu tư công so với kế hoạch",
                                     "312 vụ Tai nạn giao thông ▼ 28 vụ"]


def _chart_xml(series: list[tuple[str, list[float]]], categories: list[str], kind: str = "barChart") -> bytes:
    """A chart part as Word saves it: each series' name, categories and values cached in the chart."""
    def cache(tag: str, points: list[str]) -> str:
        pts = "".join(f'<c:pt idx="{i}"><c:v>{p}</c:v></c:pt>' for i, p in enumerate(points))
        return f'<c:{tag}><c:ptCount val="{len(points)}"/>{pts}</c:{tag}>'

    sers = "".join(
        f'<c:ser><c:idx val="{n}"/><c:order val="{n}"/><c:tx><c:strRef><c:f>S!$B$1</c:f>{cache("strCache", [name])}'
        f'</c:strRef></c:tx><c:cat><c:strRef><c:f>S!$A$2</c:f>{cache("strCache", categories)}</c:strRef></c:cat>'
        f'<c:val><c:numRef><c:f>S!$B$2</c:f>{cache("numCache", [repr(v) for v in values])}</c:numRef></c:val></c:ser>'
        for n, (name, values) in enumerate(series))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace '
            'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:autoTitleDeleted val="1"/>'
            f'<c:plotArea><c:{kind}>{sers}</c:{kind}></c:plotArea></c:chart></c:chartSpace>').encode()


def test_a_charts_numbers_in_word_read_as_a_table_under_its_caption():
    # A report's chart holds numbers the text does not repeat: a reader sees them on the chart's labels. Read as
    # the table they make, a row per category and a column per series, under the chart's caption as a table's
    # title, a number as a Vietnamese page writes it.
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(PARAGRAPHS[0])
    part = Part(PackURI("/word/charts/chart1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                _chart_xml([("Nông nghiệp", [2150, 2268.5]), ("Dịch vụ", [1625, 1780])], ["2024", "2025 (ƯTH)"]),
                document.part.package)
    rid = document.part.relate_to(part, RT.CHART)
    drawing = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:drawing><wp:inline>'
        '<wp:extent cx="5000000" cy="3000000"/><wp:docPr id="1" name="Chart 1"/><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    document.add_paragraph()._p.append(drawing)
    document.add_paragraph("Biểu đồ 1: Giá trị sản xuất giai đoạn 2024-2025 (tỷ đồng)")
    document.add_paragraph(PARAGRAPHS[1])
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = render(buffer.getvalue(), "docx", "t.docx").text.strip().split("\n\n")
    assert blocks == [PARAGRAPHS[0], "Biểu đồ 1: Giá trị sản xuất giai đoạn 2024-2025 (tỷ đồng)",
                      " | Nông nghiệp | Dịch vụ\n2024 | 2150 | 1625\n2025 (ƯTH) | 2268,5 | 1780", PARAGRAPHS[1]]


@pytest.mark.parametrize(
    ("marker", "note"),
    [
        ('<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a>',
         '<div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title="">'
         '<span class=MsoFootnoteReference>[1]</span></a> Kế hoạch năm 2025 là 24.000 tỷ đồng.</p></div>'),
        ('<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a>',
         '<section class="footnotes"><ol><li id="fn1"><p>Kế hoạch năm 2025 là 24.000 tỷ đồng.'
         '<a href="#fnref1" class="footnote-back">↩︎</a></p></li></ol></section>'),
    ],
    ids=["word-saved-as-a-web-page", "a-markdown-converters-page"],
)
def test_footnotes_linked_both_ways_on_a_web_page_read_as_markers_and_notes(marker, note):
    page = (f'<html lang="vi"><body><article><p>{PARAGRAPHS[0]}</p><p>Giá trị sản xuất công nghiệp đạt 101,6% kế '
            f'hoạch{marker}; tăng 8,7% so với năm 2024.</p><p>{PARAGRAPHS[1]}</p>{note}</article></body></html>')
    text = render(page.encode("utf-8"), "html", "r.html").text
    assert "Giá trị sản xuất công nghiệp đạt 101,6% kế hoạch[^1]; tăng 8,7% so với năm 2024." in text.split("\n\n")
    assert text.strip().endswith("[^1]: Kế hoạch năm 2025 là 24.000 tỷ đồng.")


def test_an_images_text_holding_figures_reads_where_the_image_stands():
    # An infographic's figures stand in its alt text, a chart's in its title; a reader who cannot see the image
    # reads them there. A logo's text, or a photo's naming a place, holds no figure and stays out.
    images = ('<p><img src="logo.png" alt="Thống kê thành phố"></p>'
              '<figure><img src="ktxh.jpg" '
              'alt="Infographic: GRDP 11 tháng ước tăng 11,2%; thu ngân sách 98.450 tỷ đồng">'
              '<figcaption>Một số chỉ tiêu chủ yếu 11 tháng năm 2025</figcaption></figure>'
              '<p><img src="kcn.jpg" alt="Toàn cảnh khu công nghiệp số 3 năm 2025"></p>'
              '<p class="chart"><img src="iip.png" alt="Biểu đồ" '
              'title="Chỉ số sản xuất công nghiệp: tháng 10 tăng 13,1%, tháng 11 tăng 13,8%"></p>')
    blocks = render(_page_with(images), "html", "r.html").text.split("\n\n")
    assert "Infographic: GRDP 11 tháng ước tăng 11,2%; thu ngân sách 98.450 tỷ đồng" in blocks
    assert "Chỉ số sản xuất công nghiệp: tháng 10 tăng 13,1%, tháng 11 tăng 13,8%" in blocks
    assert not any("Thống kê thành phố" in b or "Toàn cảnh" in b for b in blocks)


def test_a_table_typed_with_spaces_in_a_fixed_width_font_in_word_reads_as_a_table():
    # Staff who type a table with the space bar set it in Courier New so its columns line up: a row per
    # paragraph, a rule of dashes under the header, an empty cell left as spaces, a label wrapped onto a paragraph
    # of its own. Read as the table it lines up, as a web page's <pre> is.
    import docx

    lines = ["TT  Chỉ tiêu                  ĐVT        TH 2024   KH 2025   Ước TH 2025",
             "--------------------------------------------------------------------",
             "1   Sản lượng lương thực      tấn          4.520     4.610         4.702",
             "2   Tổng giá trị sản xuất     Tỷ đồng      1.182               1.286",
             "    (giá so sánh 2010)",
             "3   Số nhà hỗ trợ             nhà             12        15            18"]
    document = docx.Document()
    document.add_paragraph(PARAGRAPHS[0])
    for line in lines:
        document.add_paragraph().add_run(line).font.name = "Courier New"
    document.add_paragraph("Một số chỉ tiêu:   sản lượng   4.702 tấn")  # spaces in the body's font: prose
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = render(buffer.getvalue(), "docx", "t.docx").text.strip().split("\n\n")
    assert blocks[1:] == [
        "TT | Chỉ tiêu | ĐVT | TH 2024 | KH 2025 | Ước TH 2025\n"
        "1 | Sản lượng lương thực | tấn | 4.520 | 4.610 | 4.702\n"
        "2 | Tổng giá trị sản xuất (giá so sánh 2010) | Tỷ đồng | 1.182 |  | 1.286\n"
        "3 | Số nhà hỗ trợ | nhà | 12 | 15 | 18", "Một số chỉ tiêu: sản lượng 4.702 tấn"]


def test_a_worksheet_embedded_in_word_reads_as_the_table_it_holds():
    # "Paste Special → Microsoft Excel Worksheet Object": Word shows a picture of the sheet and keeps the workbook,
    # whose cells (a formula's last value too) are the table a reader sees.
    import docx
    import xlsxwriter
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    book = io.BytesIO()
    workbook = xlsxwriter.Workbook(book, {"in_memory": True})
    sheet = workbook.add_worksheet()
    for r, row in enumerate([["Chỉ tiêu", "ĐVT", "KH 2025", "Ước TH 2025"], ["Sản lượng lúa", "Tấn", 70000, 70860.5]]):
        sheet.write_row(r, 0, row)
    sheet.write_formula(2, 3, "=D2/C2*100", None, 101.2)
    workbook.close()
    document = docx.Document()
    document.add_paragraph(PARAGRAPHS[0])
    part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", book.getvalue(),
                document.part.package)
    rid = document.part.relate_to(part, RT.PACKAGE)
    document.add_paragraph()._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:object><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="{rid}"/></w:object></w:r>'))
    document.add_paragraph(PARAGRAPHS[1])
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = render(buffer.getvalue(), "docx", "t.docx").text.strip().split("\n\n")
    assert blocks == [PARAGRAPHS[0], "Chỉ tiêu | ĐVT | KH 2025 | Ước TH 2025\nSản lượng lúa | Tấn | 70000 | 70860,5\n"
                      " |  |  | 101,2", PARAGRAPHS[1]]


def test_a_no_break_space_parting_a_numbers_groups_is_kept():
    # "28 416,5 tỷ đồng" typed in a locale that groups with no-break spaces: the space is part of the number; one
    # before a unit or between words is a space.
    from solieu.renditions import clean_cell

    assert clean_cell("đạt 28\u00a0416,5\u00a0tỷ  đồng, năm\u00a02025") == "đạt 28\u00a0416,5 tỷ đồng, năm 2025"


def _docx_importing(chunk: bytes, content_type: str, name: str) -> bytes:
    """A .docx whose body is a paragraph, then a part imported whole (``w:altChunk``), as a web system's "export to
    Word" writes one: no Word paragraphs for the imported part."""

    import docx

    document = docx.Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG")
    document.element.body.insert(1, docx.oxml.parse_xml(
        '<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChunk1"/>'))
    saved = io.BytesIO()
    document.save(saved)
    return _with_part(saved.getvalue(), name, chunk, content_type, "aFChunk", "rIdChunk1")


def _with_part(saved: bytes, name: str, data: bytes, content_type: str, kind: str, rid: str) -> bytes:
    """A saved .docx with one more part, ``word/<name>``, of ``content_type``, that the document relates to as
    ``kind`` (``endnotes``, ``aFChunk``) by ``rid``: a part python-docx has no API for, added as Word writes it."""
    import zipfile

    packed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(saved)) as source, zipfile.ZipFile(packed, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", f'<Override PartName="/word/{name}" '
                                          f'ContentType="{content_type}"/></Types>'.encode())
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", f'<Relationship Id="{rid}" Type="http://schemas.'
                                          f'openxmlformats.org/officeDocument/2006/relationships/{kind}" '
                                          f'Target="{name}"/></Relationships>'.encode())
            target.writestr(item, content)
        target.writestr(f"word/{name}", data)
    return packed.getvalue()


PAGE = ("<html><head><meta charset='utf-8'></head><body><h2>I. KẾT QUẢ NĂM 2025</h2>"
        f"<p>{PARAGRAPHS[0]}</p><table border='1'><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>Ước TH 2025</th></tr>"
        f"<tr><td>Sản lượng lúa</td><td>Tấn</td><td>70.860,5</td></tr></table><p>{PARAGRAPHS[1]}</p></body></html>")


@pytest.mark.parametrize("how", ["mhtml", "html"])
def test_a_web_page_imported_whole_into_word_is_read_where_it_stands(how):
    # A web system's "export to Word" wraps its HTML in a .docx as an altChunk, as a web archive or a page: Word shows
    # the page, so its headings, paragraphs and table are the report's text, after the letterhead typed before it.
    import quopri

    if how == "mhtml":
        chunk = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=mhtDocumentPart\"\r\n\r\n"
                 b"------=mhtDocumentPart\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                 b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///C:/fake/document.html\r\n"
                 b"\r\n") + quopri.encodestring(PAGE.encode("utf-8")) + b"\r\n------=mhtDocumentPart--\r\n"
        data = _docx_importing(chunk, "message/rfc822", "afchunk.mht")
    else:
        data = _docx_importing(PAGE.encode("utf-8"), "text/html", "afchunk.htm")
    r = render(data, "docx", "t.docx")
    assert r.text.strip().split("\n\n") == [
        "ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG", "I. KẾT QUẢ NĂM 2025", PARAGRAPHS[0],
        "Chỉ tiêu | ĐVT | Ước TH 2025\nSản lượng lúa | Tấn | 70.860,5", PARAGRAPHS[1]]
    assert r.tables == 1


def test_a_part_imported_into_word_from_a_file_not_read_refuses_the_document():
    # An RTF chunk Word would show: reading the document without it would lose its figures, so it is refused.
    with pytest.raises(InputError, match=r"t\.docx: part of the document is imported from a file of another kind "
                                         r"\(application/rtf\)"):
        render(_docx_importing(b"{\\rtf1 Doanh thu 12.300 t\\'1ef}", "application/rtf", "afchunk.rtf"), "docx",
               "t.docx")


SHEET_PAGE = """<html><head><meta charset="utf-8"></head><body><div id="sheets-viewport"><table class="waffle">
<thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead><tbody>
<tr><th><div class="row-header-wrapper">1</div></th><td>Chỉ tiêu</td><td>ĐVT</td><td>Tháng 9/2025</td>
<td>So cùng kỳ (%)</td></tr>
<tr><th></th><td class="freezebar-cell"></td><td class="freezebar-cell"></td><td></td><td></td></tr>
<tr><th><div class="row-header-wrapper">2</div></th><td>Sản lượng điện</td><td>Tr.kWh</td><td>45,2</td><td>104,1</td>
</tr><tr><th><div class="row-header-wrapper">4</div></th><td>Doanh thu du lịch</td><td>Tỷ đồng</td><td>12</td>
<td>98,5</td></tr><tr><th>5</th><td></td><td></td><td></td><td></td></tr></tbody></table></div>
<p>{}</p><p>{}</p></body></html>"""


@pytest.mark.parametrize(("corner", "numbers", "kept"), [
    ("", ("1", "2", "4"), False),  # the sheet's frame: the column letters over it, its row numbers (a hidden row 3)
    ("STT", ("1", "2", "4"), True),  # a table whose own first column is headed: its cells
    ("", ("1", "4", "2"), True),  # numbers that do not only climb: the sheet's own column
])
def test_a_spreadsheet_published_with_its_headings_is_read_without_them(corner, numbers, kept):
    page = SHEET_PAGE.replace("<th></th><th>A</th>", f"<th>{corner}</th><th>A</th>")
    for old, new in zip(("1", "2", "4"), numbers, strict=True):
        page = page.replace(f'wrapper">{old}<', f'wrapper">#{new}<')
    text = render(page.replace("#", "").format(*PARAGRAPHS).encode(), "html", "p.html").text
    table = text.strip().split("\n\n")[0]
    if kept:
        assert table.startswith(f"{corner} | A | B | C | D\n".lstrip())
    else:
        assert table == ("Chỉ tiêu | ĐVT | Tháng 9/2025 | So cùng kỳ (%)\nSản lượng điện | Tr.kWh | 45,2 | 104,1\n"
                         "Doanh thu du lịch | Tỷ đồng | 12 | 98,5")


def leader_report() -> bytes:
    """A report typed in Word over right tab stops with dot leaders: a table of contents, key figures after a
    lead-in, a comparison over two stops whose longest label leaves its leader no room, on two pages."""
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    from fixtures.office import report_document

    document = report_document()

    def leader_line(*parts: str, stops: tuple[float, ...] = (16.0,)) -> None:
        paragraph = document.add_paragraph("\t".join(parts))
        paragraph.paragraph_format.first_line_indent = Pt(0)
        for stop in stops:
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(stop), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    document.add_paragraph("MỤC LỤC")
    for heading, page in [("I. Kết quả năm 2025", "1"), ("1. Phát triển kinh tế", "1"), ("II. Mục tiêu năm 2026", "2")]:
        leader_line(heading, page)
    document.add_paragraph(PARAGRAPHS[0])
    document.add_paragraph("Năm 2025, một số kết quả chủ yếu như sau:")
    for label, figure in KEY_FIGURES:
        leader_line(label, figure)
    leader_line("Chỉ tiêu", "Năm 2024", "Năm 2025", stops=(11.0, 16.0))
    for row in COMPARED:
        leader_line(*row, stops=(11.0, 16.0))
    document.add_paragraph(PARAGRAPHS[1]).add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(CLOSING)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


CLOSING = "Trên đây là báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 của huyện."
KEY_FIGURES = [("Tổng giá trị sản xuất (giá hiện hành)", "4.215,6 tỷ đồng"), ("Tỷ lệ che phủ rừng", "63,2%"),
               ("Giải quyết việc làm mới", "2.460 lao động")]
COMPARED = [("Tổng đàn lợn (con)", "68.300", "72.640"),
            ("Tổng mức bán lẻ hàng hóa và dịch vụ (tỷ đồng)", "1.846,0", "2.031,5"),
            ("Khách du lịch (lượt)", "185.600", "214.300")]


@pytest.mark.slow  # LibreOffice starts in a few seconds
def test_lines_typed_over_dot_leaders_read_as_lines_a_table_and_no_table_of_contents(tmp_path):
    # Each leader line is a paragraph of its own; lines over two leaders are the table they make, a label too long for
    # its leader split from its figure; the contents' headings and page numbers are left out, as a Word file's are.
    from fixtures.office import NEEDS_WRITER, pdfs_from_docx, writer

    if writer() is None:
        pytest.skip(NEEDS_WRITER)
    r = render(pdfs_from_docx({"leaders": leader_report()}, tmp_path)["leaders"], "pdf", "leaders.pdf")
    blocks = r.text.strip().split("\n\n")
    assert blocks[0] == "MỤC LỤC" and blocks[1] == PARAGRAPHS[0]
    leaders = [re.sub(r"\.{4,}", " … ", b) for b in blocks[3:6]]
    assert leaders == [f"{label} … {figure}" for label, figure in KEY_FIGURES]
    assert blocks[6] == "\n".join(" | ".join(row) for row in [("Chỉ tiêu", "Năm 2024", "Năm 2025"), *COMPARED])
    assert blocks[7:] == [PARAGRAPHS[1], CLOSING]
    assert r.tables == 1
    figures = extract(r.text, "t").set_index("surface")
    assert figures.loc["4.215,6", "period"] == "2025"  # the lead-in's year, over its leader lines
    assert figures.loc["72.640", "period"] == "2025" and figures.loc["68.300", "period"] == "2024"


@pytest.mark.parametrize(("lines", "read"), [
    # a label too long for its leader: its figure split from it, or glued to its bracket
    (["Chỉ tiêu........Năm 2024........Năm 2025", "Giá trị sản xuất nông nghiệp (tỷ đồng). .1.386,2........1.452,8",
      "Doanh thu dịch vụ (tỷ đồng)1.846,0.....2.031,5", "Khách du lịch (lượt)........185.600........214.300"],
     [[["Chỉ tiêu", "Năm 2024", "Năm 2025"], ["Giá trị sản xuất nông nghiệp (tỷ đồng)", "1.386,2", "1.452,8"],
       ["Doanh thu dịch vụ (tỷ đồng)", "1.846,0", "2.031,5"], ["Khách du lịch (lượt)", "185.600", "214.300"]]]),
    # key figures over one leader, then a table's lines over two: lines, then a table
    (["Che phủ rừng........63,2%", "Chỉ tiêu........Năm 2024........Năm 2025", "Đàn lợn (con)....68.300....72.640"],
     ["Che phủ rừng........63,2%", [["Chỉ tiêu", "Năm 2024", "Năm 2025"], ["Đàn lợn (con)", "68.300", "72.640"]]]),
    # a table of contents (page numbers climbing, none past the document's five pages) left out; a list of key figures
    # whose bare numbers climb past them kept
    (["I. Kết quả năm 2025…………2", "II. Mục tiêu năm 2026…………5"], []),
    (["Số xã đạt chuẩn nông thôn mới………12", "Số hợp tác xã………48"],
     ["Số xã đạt chuẩn nông thôn mới………12", "Số hợp tác xã………48"]),
    (["Tỷ lệ che phủ rừng........63,2%"], ["Tỷ lệ che phủ rừng........63,2%"]),  # one line: a line
])
def test_lines_over_dot_leaders_as_lines_tables_or_contents(lines, read):
    from solieu.renditions.pdf import _leader_tables

    got = _leader_tables([((float(k), 0, float(k)), line) for k, line in enumerate(lines)], pages=5)
    assert [block if isinstance(block, str) else block.rows for _, block in got] == read


def test_a_templates_rows_and_cells_in_content_controls_are_read_as_the_tables():
    # A reporting template's repeating section holds each body row in a content control, and a control applied to a
    # whole cell wraps it: the table a reader sees has every row and cell in place.
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(PARAGRAPHS[0])
    rows = [["Chỉ tiêu", "ĐVT", "KH 2025", "Ước TH 2025"], ["Sản lượng lúa", "Tấn", "70.000", "70.860"],
            ["Tổng đàn lợn", "Con", "100.000", "98.200"]]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"

    def control(mark: str) -> object:
        return parse_xml(f'<w:sdt xmlns:w="{w}" xmlns:w15="{w15}"><w:sdtPr>{mark}</w:sdtPr><w:sdtContent/></w:sdt>')

    trs = table._tbl.tr_lst
    section = control("<w15:repeatingSection/>")
    trs[1].addprevious(section)
    for tr in trs[1:]:
        item = control("<w15:repeatingSectionItem/>")
        section[1].append(item)
        item[1].append(tr)
    cell = trs[2].tc_lst[3]
    wrapper = control('<w:tag w:val="UocTH2025"/>')
    cell.addprevious(wrapper)
    wrapper[1].append(cell)
    document.add_paragraph(PARAGRAPHS[1])
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = render(buffer.getvalue(), "docx", "t.docx").text.strip().split("\n\n")
    assert blocks == [PARAGRAPHS[0], "\n".join(" | ".join(row) for row in rows), PARAGRAPHS[1]]


@pytest.mark.parametrize(("label", "hidden"), [
    ('<span class="d-md-none fw-bold">Ước TH 11 tháng: </span>', True),  # Bootstrap 4 and 5: a phone's alone
    ('<span class="d-inline d-lg-none">Ước TH 11 tháng: </span>', True),
    ('<span class="visible-xs-inline">Ước TH 11 tháng: </span>', True),  # Bootstrap 3
    ('<span class="d-none d-md-inline">Ước TH 11 tháng: </span>', False),  # shown from a tablet's width up
    ('<span class="visible-xs visible-lg">Ước TH 11 tháng: </span>', False),
])
def test_a_responsive_tables_labels_for_phones_are_not_read(label, hidden):
    # A table that stacks on phones repeats its column's header in each cell, shown on small screens alone; a
    # desktop browser shows the number alone.
    page = ("<html><body><article><h1>Kinh tế 11 tháng</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
            '<table><thead class="d-none d-md-table-header-group"><tr><th>Chỉ tiêu</th><th>Ước TH 11 tháng</th>'
            f"</tr></thead><tbody><tr><td>Sản lượng lúa (tấn)</td><td>{label}70.860</td></tr>"
            f"<tr><td>Tổng đàn lợn (con)</td><td>{label}98.200</td></tr></tbody></table></article></body></html>")
    rows = _table_rows(render(page.encode(), "html", "p.html").text)
    cell = "70.860" if hidden else "Ước TH 11 tháng: 70.860"
    assert rows[:2] == ["Chỉ tiêu | Ước TH 11 tháng", f"Sản lượng lúa (tấn) | {cell}"]


def _stamped(angle: int | None, turned: bool = False) -> bytes:
    """Two pages of paragraphs, each stamped after its text with "DỰ THẢO 2" in large grey letters at ``angle``
    degrees (none if None), and a short line set a quarter turn up the page if ``turned``."""
    from fpdf import FPDF

    from fixtures.site import with_fonts

    pdf = with_fonts(FPDF(), size=12)
    for _ in range(2):
        pdf.add_page()
        for paragraph in PARAGRAPHS * 3:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if turned:
            with pdf.rotation(90, 15, 280):
                pdf.text(15, 280, "Biểu số 01")
        if angle is not None:
            pdf.set_font_size(72)
            pdf.set_text_color(210, 210, 210)
            with pdf.rotation(angle, 105, 150):
                pdf.text(30, 170, "DỰ THẢO 2")
            pdf.set_font_size(12)
            pdf.set_text_color(0, 0, 0)
    return bytes(pdf.output())


@pytest.mark.parametrize("angle", [45, 30, 60])
def test_a_watermark_stamped_across_a_pdfs_pages_at_a_slant_is_not_read(angle):
    # Its letters would fall into the lines they cross: the pages read as they do without it.
    assert render(_stamped(angle), "pdf", "draft.pdf").text == render(_stamped(None), "pdf", "clean.pdf").text


def test_text_set_a_quarter_turn_is_no_slant():
    import pdfplumber

    from solieu.renditions.pdf import _unslanted

    with pdfplumber.open(io.BytesIO(_stamped(45, turned=True))) as pdf:
        page = pdf.pages[0]
        kept = "".join(c["text"] for c in _unslanted(page).chars)
        assert len(page.chars) - len(kept) == len("DỰ THẢO 2") and "Ự" not in kept and kept.endswith("Biểu số 01")


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_tables_title_in_a_caption_classed_block_is_kept(wrapped):
    # "<p class="tbl-caption">Bảng 1. …</p>" right above a table (or the block that scrolls it) is its title, though
    # trafilatura drops a block whose class names a caption as an image's; a photo's caption is still dropped.
    table = ("<table><tr><th>Chỉ tiêu</th><th>Năm 2025</th></tr><tr><td>Lúa (tấn)</td><td>70.860</td></tr>"
             "<tr><td>Ngô (tấn)</td><td>10.860</td></tr></table>")
    if wrapped:
        table = f"<div class='table-responsive'>{table}</div>"
    page = (f"<html><body><article><h1>Tin</h1><p>{PARAGRAPHS[0]}</p><p class='tbl-caption'>Bảng 1. Một số chỉ "
            f"tiêu năm 2025</p>{table}<p>{PARAGRAPHS[1]}</p><p class='img-caption'>Ảnh: Lễ khởi công năm 2025</p>"
            "</article></body></html>")
    blocks = render(page.encode(), "html", "p.html").text.strip().split("\n\n")
    assert blocks[:4] == ["Tin", PARAGRAPHS[0], "Bảng 1. Một số chỉ tiêu năm 2025",
                          "Chỉ tiêu | Năm 2025\nLúa (tấn) | 70.860\nNgô (tấn) | 10.860"]
    assert not any("Ảnh" in block for block in blocks)


def test_hidden_text_in_a_word_file_is_not_read():
    # A template's instructions and a draft's figures hidden rather than deleted (w:vanish on a run, in a character
    # style or a paragraph style, or a style based on one): Word neither shows nor prints them. A run that turns the
    # style's hiding off is shown.
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    instructions = document.styles.add_style("HuongDan", WD_STYLE_TYPE.CHARACTER)
    instructions.font.hidden = True
    notes = document.styles.add_style("GhiChuAn", WD_STYLE_TYPE.PARAGRAPH)
    notes.font.hidden = True
    based = document.styles.add_style("GhiChuAn2", WD_STYLE_TYPE.PARAGRAPH)
    based.base_style = notes
    document.add_paragraph(PARAGRAPHS[0])
    result = document.add_paragraph("Sản lượng lúa đạt ")
    result.add_run("68.420 tấn (số cũ) ").font.hidden = True
    result.add_run("70.860 tấn")
    result.add_run(" (ghi theo số liệu ngày 31/12/2025)", style="HuongDan")
    result.add_run(".")
    document.add_paragraph("Hướng dẫn: ghi số liệu năm 2024 và kế hoạch 2025.", style="GhiChuAn")
    document.add_paragraph("Bản nháp: tổng thu 1.398,2 tỷ đồng.", style="GhiChuAn2")
    shown = document.add_paragraph(style="GhiChuAn")
    shown.add_run("Tổng đàn lợn 98.200 con.").font.hidden = False
    document.add_paragraph(PARAGRAPHS[1])
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = render(buffer.getvalue(), "docx", "t.docx").text.strip().split("\n\n")
    assert blocks == [PARAGRAPHS[0], "Sản lượng lúa đạt 70.860 tấn.", "Tổng đàn lợn 98.200 con.", PARAGRAPHS[1]]


@pytest.mark.parametrize(("font", "code", "seen"), [
    ("Symbol", "F0B3", "≥"), ("Symbol", "F0A3", "≤"), ("Symbol", "F0B1", "±"), ("Symbol", "F0B0", "°"),
    ("Symbol", "F0B4", "×"), ("Symbol", "F0BB", "≈"), ("Symbol", "F0AE", "→"), ("Symbol", "F02D", "−"),
    ("Wingdings", "F0A7", "•"), ("Wingdings", "F0FC", "•"),
])
def test_a_sign_typed_with_insert_symbol_reads_as_the_character_shown(font, code, seen):
    # Word writes a sign from Insert → Symbol as the font's code (w:sym), with no text: "≥ 95%" must keep its sign.
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(PARAGRAPHS[0])
    document.add_paragraph()._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t xml:space="preserve">'
        f'tỷ lệ </w:t><w:sym w:font="{font}" w:char="{code}"/><w:t xml:space="preserve"> 95%</w:t></w:r>'))
    document.add_paragraph(PARAGRAPHS[1])
    buffer = io.BytesIO()
    document.save(buffer)
    assert render(buffer.getvalue(), "docx", "t.docx").text.split("\n\n")[1] == f"tỷ lệ {seen} 95%"


@pytest.mark.slow  # LibreOffice starts in a few seconds
def test_signs_typed_with_insert_symbol_and_bulleted_items_printed_to_pdf(tmp_path):
    # LibreOffice prints a Symbol-font sign as its private-use character (U+F0B3 for "≥") and a Wingdings bullet
    # likewise; a bulleted item's lines wrap under a hanging indent. The text has the signs, a bullet, whole items.
    from docx.oxml import parse_xml
    from docx.shared import Cm

    from fixtures.office import NEEDS_WRITER, pdfs_from_docx, report_document, writer

    if writer() is None:
        pytest.skip(NEEDS_WRITER)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = report_document()
    document.add_paragraph(PARAGRAPHS[0])
    items = ["Tỷ lệ tham gia bảo hiểm y tế {} 95%; tỷ lệ hộ nghèo {} 2%; nhiệt độ trung bình ngày khi gieo cấy từ "
             "15{}C trở lên, che phủ nilon cho toàn bộ diện tích mạ để phòng chống rét đậm, rét hại.",
             "Thu ngân sách nhà nước trên địa bàn đạt {} 13.500 triệu đồng; thu nhập bình quân đầu người {} 62 triệu "
             "đồng/người, tăng {} 8% so với năm 2025, tương đương {} 4,6 triệu đồng."]
    codes = [["F0B3", "F0A3", "F0B0"], ["F0B3", "F0B3", "F0B3", "F0BB"]]
    for item, signs in zip(items, codes, strict=True):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent, paragraph.paragraph_format.first_line_indent = Cm(1), Cm(-0.6)
        runs = [f'<w:r xmlns:w="{w}"><w:sym w:font="Wingdings" w:char="F0A7"/><w:tab/></w:r>']
        for k, part in enumerate(item.split("{}")):
            runs.append(f'<w:r xmlns:w="{w}"><w:t xml:space="preserve">{part}</w:t></w:r>')
            if k < len(signs):
                runs.append(f'<w:r xmlns:w="{w}"><w:sym w:font="Symbol" w:char="{signs[k]}"/></w:r>')
        for run in runs:
            paragraph._p.append(parse_xml(run))
    document.add_paragraph(PARAGRAPHS[1])
    buffer = io.BytesIO()
    document.save(buffer)
    text = render(pdfs_from_docx({"signs": buffer.getvalue()}, tmp_path)["signs"], "pdf", "signs.pdf").text
    blocks = text.strip().split("\n\n")
    expected = [items[0].format("≥", "≤", "°"), items[1].format("≥", "≥", "≥", "≈")]
    assert blocks == [PARAGRAPHS[0], *(f"• {item}" for item in expected), PARAGRAPHS[1]]
