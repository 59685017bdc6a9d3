"""The extractor on short phrases in the shapes Vietnamese reports use.

Each case is a phrase and what a careful reader takes from it; the phrases are
written for these tests, in the styles of district, city and province reports.
"""

import ast
from pathlib import Path

import pytest

from solieu.extract import FIGURE_COLUMNS, extract


def figures(text):
    df = extract(text, "t")
    return df.astype(object).where(df.notna(), None).to_dict("records")


def figure_at(text, surface):
    """The first figure the extractor reads in ``text`` whose surface is ``surface``."""
    return next(r for r in figures(text) if r["surface"] == surface)


def fields_at(text, surface, names):
    """The fields ``names`` of :func:`figure_at`: what a table-driven case asserts."""
    f = figure_at(text, surface)
    return {k: f[k] for k in names}


def one(text):
    rows = figures(text)
    assert len(rows) == 1, [r["surface"] for r in rows]
    return rows[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "kind"),
    [
        ("Tổng thu ngân sách đạt 1.178 tỷ đồng.", "1.178", 1.178e12, "VND", "amount"),
        ("Thu ngân sách đạt 106,811 tỷ đồng.", "106,811", 106.811e9, "VND", "amount"),
        ("Kim ngạch xuất khẩu đạt 12,5 triệu USD.", "12,5", 12.5e6, "USD", "amount"),
        ("Sản lượng lương thực đạt 55.000 tấn.", "55.000", 55000, "tonne", "amount"),
        ("Trồng mới 1.250 ha cây ăn quả.", "1.250", 1250, "ha", "amount"),
        ("Làm mới 12,5 km đường giao thông nông thôn.", "12,5", 12.5, "km", "amount"),
        ("Xây dựng 2.400 m2 nhà ở xã hội.", "2.400", 2400, "m2", "amount"),
        ("Thu tiền sử dụng đất bằng 4,5 lần dự toán.", "4,5", 4.5, "times", "multiple"),
        ("Tỷ lệ đô thị hóa đạt 68,63%.", "68,63%", 68.63, "percent", "share"),
        ("Thành lập mới 82 doanh nghiệp.", "82", 82, "count", "count"),
        ("Tổng đàn gia súc 1.031.200con.", "1.031.200", 1031200, "count", "count"),
        ("Có hơn 5 nghìn hộ được hỗ trợ.", "5", 5000, "count", "count"),
        ("Hỗ trợ 500 nghìn đồng/tháng/cháu.", "500", 500000, "VND_per_person_per_month", "rate"),
        ("Thu nhập bình quân đạt 45,5 triệu đồng/người/năm.", "45,5", 45.5e6,
         "VND_per_person_per_year", "rate"),
        ("Hoàn thành 35/35 chỉ tiêu.", "35/35", 35, "count", "progress"),
    ],
)
def test_value_and_unit(text, surface, value, unit, kind):
    f = one(text)
    assert (f["surface"], f["unit"], f["kind"]) == (surface, unit, kind)
    assert f["value"] == pytest.approx(value)
    assert text[f["start"]:f["end"]] == surface


def test_ranges_and_fractions():
    f = one("Năng suất lúa đạt 55 - 56 tạ/ha.")
    assert (f["surface"], f["value"], f["value_max"], f["unit"]) == ("55 - 56", 55, 56, "quintal_per_ha")
    f = one("Dự kiến thu 2.000-2.100 tỷ đồng.")
    assert (f["value"], f["value_max"], f["unit"]) == (2.0e12, 2.1e12, "VND")
    f = one("Đạt 20 chỉ tiêu/21 chỉ tiêu.")
    assert (f["surface"], f["value"], f["denominator"], f["counted"]) == ("20 chỉ tiêu/21", 20, 21, "chỉ tiêu")
    f = one("Có 37/45 trường đạt chuẩn Quốc gia.")
    assert (f["value"], f["denominator"], f["kind"]) == (37, 45, "progress")
    a, b = figures("Đưa 52 sản phẩm/11 đơn vị lên sàn.")  # different nouns, A > B: two counts
    assert (a["value"], a["counted"], b["value"], b["counted"]) == (52, "sản phẩm", 11, "đơn vị")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Cấp mới đăng ký kinh doanh cho gần 1.000 hộ.", "approx"),
        ("Vốn đầu tư khoảng 40 tỷ đồng.", "approx"),
        ("Tổng mức đầu tư trên 40 tỷ đồng.", "over"),
        ("Trị giá hơn 800 triệu đồng.", "over"),
        ("Còn dưới 3% hộ chưa có điện.", "under"),
        ("Thu ngân sách ước 758 tỷ đồng.", "estimated"),
        ("Giá trị sản xuất ước tăng 8,31%.", "estimated"),
        ("Hỗ trợ 1.531 hộ trên địa bàn huyện.", "exact"),
        ("Hệ thống điện cho 1.531 hộ trên địa bàn.", "exact"),
        ("Đào tạo 30 lao động trở lên.", "over"),
    ],
)
def test_qualifier(text, qualifier):
    assert figures(text)[0]["qualifier"] == qualifier


def test_trên_địa_bàn_is_a_place():
    rows = figures("Triển khai hệ thống điện đối với 1.531 hộ trên địa bàn 8 xã, phường.")
    assert [(r["value"], r["qualifier"], r["counted"]) for r in rows] == [
        (1531, "exact", "hộ"), (8, "exact", "xã, phường")]


@pytest.mark.parametrize(
    ("text", "kind", "unit", "base"),
    [
        ("Thu ngân sách tăng 6,2% so với năm 2021.", "growth", "percent", "2021"),
        ("Giá trị sản xuất tăng 9,5% so với cùng kỳ.", "growth", "percent", "previous_year"),
        ("Tỷ lệ hộ nghèo giảm còn 7,16%.", "share", "percent", None),
        ("Tỷ lệ hộ nghèo giảm 0,13% so với năm 2021.", "change_points", "percentage_point", "2021"),
        ("Thu ngân sách bằng 128% dự toán tỉnh giao.", "plan_ratio", "percent", "provincial_estimate"),
        ("Thu ngân sách bằng 109% dự toán HĐND thành phố giao.", "plan_ratio", "percent",
         "council_estimate"),
        ("Tổ chức 32 lớp, đạt 100% kế hoạch.", "plan_ratio", "percent", "plan"),
        ("Hoàn thành 30 nhà, vượt 10 nhà so với kế hoạch.", "change", "count", "plan"),
        ("Tỷ lệ học sinh đỗ tốt nghiệp tăng 1,86% so với năm học trước.", "change_points",
         "percentage_point", "previous_school_year"),
        ("Kim ngạch xuất khẩu đạt 2,1 tỷ USD (kế hoạch đề ra 7,5%/năm).", "growth", "percent", None),
        ("Thu ngân sách phường đạt 104,6% dự toán Hội đồng nhân dân phường giao.", "plan_ratio", "percent",
         "council_estimate"),
        ("- Doanh thu dịch vụ: 840 tỷ đồng, ↑ 7,5% so với cùng kỳ.", "growth", "percent", "previous_year"),
        ("- Số xe khách: 3.200 xe (↓ 45 xe so với năm 2023).", "change", "count", "2023"),
        ("- Thời gian điều trị trung bình: 5,4 ngày.", "amount", "count", None),
        ("Đã giải ngân 9,1 tỷ đồng, đạt 61% kế hoạch vốn; khối lượng xây lắp đạt 70%.", "share", "percent", None),
    ],
)
def test_kind_and_base(text, kind, unit, base):
    f = figures(text)[-1]
    assert (f["kind"], f["unit"], f["base"]) == (kind, unit, base)


def test_plan_after_kh_and_in_next_years_section():
    rows = figures("Giá trị sản xuất ước tăng 8,31%/KH tăng 3-4%.")
    assert [(r["surface"], r["role"], r["qualifier"]) for r in rows] == [
        ("8,31%", "actual", "estimated"), ("3-4%", "plan", "exact")]
    text = ("Năm 2023, huyện trồng mới 400 ha rừng.\n"
            "Phương hướng, nhiệm vụ năm 2024\n"
            "Trồng mới 500 ha rừng; tỷ lệ hộ nghèo giảm 1,5%.")
    assert [(r["value"], r["role"]) for r in figures(text)] == [(400, "actual"), (500, "plan"), (1.5, "plan")]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch số 87-KH/TU ngày 11/3/2022 của Ban Thường vụ.",
        "Nhiệm kỳ 2020 - 2025, 2021 - 2026.",
        "Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
        "Tích hợp dịch vụ công mức độ 3, 4 lên cổng.",
        "Tuyến đường từ QL 6 đến trung tâm xã.",
        "Phòng chống dịch Covid-19 hiệu quả.",
        "Triển khai Đề án 06 của Chính phủ.",
        "Tăng trưởng (giá so sánh năm 2010) ổn định.",
        "Hội nghị lần thứ 4 Ban Chấp hành khóa XIII.",
        "Vụ việc: (1) làm giả giấy tờ, (2) mua bán đất.",
        "Các sự kiện chính trị quan trọng[3], tạo không khí vui tươi.",
        "Theo Quyết định số 429-QĐ/TU ngày 01/7/2022.",
        "Trong 6 tháng đầu năm 2023, tình hình ổn định.",
        "Kỷ niệm ngày Nhà giáo (20/11/1982-20/11/2022).",
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def test_table_shape_and_provenance():
    text = "Năm 2022 thành lập 82 doanh nghiệp; tỷ lệ hộ nghèo còn 0,42%.\nKhông có số liệu khác."
    df = extract(text, "src")
    assert list(df.columns) == FIGURE_COLUMNS
    assert df["figure_id"].tolist() == ["src-0001", "src-0002"]
    for row in df.itertuples():
        assert text[row.start:row.end] == row.surface
        assert row.surface in row.sentence and row.sentence in text


def test_empty_and_numberless_text():
    assert extract("", "t").empty
    assert list(extract("Không có con số nào ở đây.", "t").columns) == FIGURE_COLUMNS


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "kind", "base"),
    [
        ("Thu ngân sách đạt 21,5 nghìn tỷ đồng.", "21,5", 21.5e12, "VND", "amount", None),
        ("Vốn FDI đạt 1,2 tỷ USD.", "1,2", 1.2e9, "USD", "amount", None),
        ("Thu ngân sách đạt 52,3% KH.", "52,3%", 52.3, "percent", "plan_ratio", "plan"),
        ("Chi thường xuyên bằng 48% dự toán.", "48%", 48, "percent", "plan_ratio", "plan"),
        ("Số hộ nghèo tăng 12 hộ so với cùng kỳ.", "12", 12, "count", "change", "previous_year"),
        ("Tỷ lệ thất nghiệp giảm 1,2 điểm phần trăm.", "1,2", 1.2, "percentage_point",
         "change_points", None),
        ("Giá trị xuất khẩu gấp 1,5 lần năm 2022.", "1,5", 1.5, "times", "multiple", "2022"),
        ("Tỷ lệ trường chuẩn tăng lên 45%.", "45%", 45, "percent", "share", None),
        ("Phấn đấu tăng trưởng từ 5 đến 7%.", "5 đến 7%", 5, "percent", "growth", None),
        ("Có 12 xã/15 xã đạt chuẩn nông thôn mới.", "12 xã/15", 12, "count", "progress", None),
        ("Cấp 500 m3 nước sạch.", "500", 500, "m3", "amount", None),
        ("Tổng đàn đạt 70 nghìn con.", "70", 70000, "count", "count", None),
        ("Năng suất đạt 5,5 tấn/ha.", "5,5", 5.5, "tonne_per_ha", "amount", None),
        ("Giá trị đạt 120 triệu đồng/ha.", "120", 120e6, "VND_per_ha", "rate", None),
        ("Thu 4.500 tr.đ trong quý.", "4.500", 4.5e9, "VND", "amount", None),
        ("Chi 3.200 trđ cho giáo dục.", "3.200", 3.2e9, "VND", "amount", None),
        ("Trồng 12ha rau an toàn.", "12", 12, "ha", "amount", None),
    ],
)
def test_province_and_ward_report_shapes(text, surface, value, unit, kind, base):
    f = figures(text)[-1]
    assert (f["surface"], f["unit"], f["kind"], f["base"]) == (surface, unit, kind, base)
    assert f["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Theo Nghị định số 100/2019/NĐ-CP của Chính phủ.",
        "Trong Quý III và tháng 6/2024, tình hình ổn định.",
    ],
)
def test_more_labels_and_dates(text):
    assert figures(text) == []


def test_day_and_month_are_dates_but_fractions_stay():
    assert figures("Từ 15/8 đến 30/9, tổ chức kiểm tra.") == []
    assert [r["surface"] for r in figures("Đạt 18/18 chỉ tiêu và 3/12 xã.")] == ["18/18", "3/12"]


def test_subject_from_a_label_and_a_classifier():
    rows = figures("+ Thương mại - dịch vụ: 782,4 tỷ đồng, chiếm 62,8%, tăng 10,3%;")
    assert [(r["subject"], r["kind"]) for r in rows] == [
        ("Thương mại - dịch vụ", "amount"), ("Thương mại - dịch vụ", "share"),
        ("Thương mại - dịch vụ", "growth")]
    assert one("Tổng đàn trâu đạt 9.850 con.")["subject"] == "Tổng đàn trâu"
    assert one("Tỷ lệ tham gia bảo hiểm y tế tăng 0,4 phần trăm.")["surface"] == "0,4"


def test_a_starting_level_is_context():
    rows = figures("Hộ cận nghèo giảm từ 27 hộ xuống còn 21 hộ.")
    assert [(r["value"], r["kind"], r["role"]) for r in rows] == [
        (27, "count", "context"), (21, "count", "actual")]


def test_a_target_paragraph_and_a_marker_that_belongs_to_another_figure():
    text = ("Năm 2023, thành phố thu ngân sách 1.250 tỷ đồng.\n"
            "Mục tiêu năm 2024: tăng trưởng 10 - 11%; thu ngân sách đạt trên 1.300 tỷ đồng; "
            "tỷ lệ hộ nghèo giảm xuống dưới 0,25%; thành lập mới 100 doanh nghiệp.")
    assert [(r["surface"], r["role"]) for r in figures(text)] == [
        ("1.250", "actual"), ("10 - 11%", "plan"), ("1.300", "plan"), ("0,25%", "plan"),
        ("100", "plan")]
    rows = figures("Hoàn thành 100% chỉ tiêu giao quân với 124 công dân nhập ngũ.")
    assert [(r["surface"], r["kind"], r["role"]) for r in rows] == [
        ("100%", "plan_ratio", "actual"), ("124", "count", "actual")]
    assert one("Hỗ trợ 500 nghìn đồng/tháng/em.")["unit"] == "VND_per_person_per_month"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Tỷ lệ hộ nghèo giảm 0,13% so với năm 2021.", "down"),
        ("Thu ngân sách tăng 6,2% so với năm 2021.", "up"),
        ("Hoàn thành 30 nhà, vượt 10 nhà so với kế hoạch.", "up"),
        ("Tỷ lệ hộ nghèo giảm còn 7,16%.", None),  # a level, not a change
        ("Thành lập mới 82 doanh nghiệp.", None),
    ],
)
def test_direction_of_a_change(text, direction):
    assert figures(text)[-1]["direction"] == direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier year's level is context, this year's is actual, a later year's is a target
        ("Năm 2024 là năm bứt phá. Năm 2019 toàn tỉnh đón 4,7 triệu lượt khách; "
         "năm 2024 ước đón 6,5 triệu lượt khách.",
         [("4,7", "context"), ("6,5", "actual")]),
        ("Năm 2024 có 12 trạm. Tỷ lệ chuyển tuyến giảm còn 2,4% (năm 2023 là 3,1%).",
         [("12", "actual"), ("2,4%", "actual"), ("3,1%", "context")]),
        ("Năm 2024 đón 6 triệu lượt khách, đến năm 2030 đón 10-12 triệu lượt khách.",
         [("6", "actual"), ("10-12", "plan")]),
        ("Năm 2024 tỷ lệ tiêm chủng đạt 93,1%, vượt chỉ tiêu Nghị quyết (92,5%).",
         [("93,1%", "actual"), ("92,5%", "plan")]),
    ],
)
def test_role_from_the_years_named(text, expected):
    assert [(r["surface"], r["role"]) for r in figures(text)] == expected


def test_more_units_and_shapes():
    assert (one("Tuổi thọ trung bình đạt 74,6 tuổi.")["unit"], one("Tuổi thọ đạt 74,6 tuổi.")["kind"]) == (
        "year", "amount")
    assert figures("Tiêm chủng cho trẻ từ 1 đến 5 tuổi.") == []
    assert one("Tổng tỷ suất sinh đạt 1,72 con/phụ nữ.")["unit"] == "count_per_person"
    assert one("Trung bình có 38 chuyến/ngày.")["unit"] == "count_per_day"
    a, b = figures("Hai tỷ lệ tăng lần lượt 4,1 và 6,8 điểm phần trăm so với năm 2023.")
    assert (a["unit"], a["kind"], b["unit"], b["kind"]) == (
        "percentage_point", "change_points", "percentage_point", "change_points")
    assert one("Tỷ lệ chuyển tuyến trên giảm còn 2,4%.")["qualifier"] == "exact"  # a noun, not "over"
    assert one("Doanh thu vượt mốc 20.000 tỷ đồng.")["qualifier"] == "over"
    assert one("Doanh thu tăng 27% so với Tết năm 2023.")["base"] == "2023"
    assert figures("Homestay tại số 27 Hàn Mặc Tử, số 378 đường Lê Duẩn, Phường 3; lọt top 10.") == []


def test_over_is_on_when_the_things_are_listed():
    listed = one("Vận hành trên 04 trụ cột (hạ tầng số, chính quyền số, kinh tế số, xã hội số).")
    assert listed["qualifier"] == "exact"
    assert one("Có trên 4 trụ cột đã vận hành.")["qualifier"] == "over"


def test_names_rates_lists_and_requirements():
    assert figures("Xây mới chợ Ninh Kiều 2 và Khu công nghiệp Trà Nóc 1 đạt 96,5%.")[0]["surface"] == "96,5%"
    assert one("Phát sinh bình quân 46,5 tấn chất thải rắn công nghiệp/ngày.")["unit"] == "tonne_per_day"
    rows = figures("Sản lượng 9 tháng so với cùng kỳ: thủy sản 138.460 tấn, tăng 6,2%; gạo 1,12 triệu tấn, giảm 2,4%.")
    assert [(r["surface"], r["base"], r["direction"]) for r in rows if r["kind"] == "growth"] == [
        ("6,2%", "previous_year", "up"), ("2,4%", "previous_year", "down")]
    req = one("Thu nhập (tiêu chí yêu cầu từ 61 triệu đồng/người/năm trở lên).")
    assert (req["qualifier"], req["role"]) == ("over", "plan")
    low = one("Giảm tỷ lệ hộ nghèo xuống dưới 0,6%.")
    assert (low["kind"], low["unit"], low["qualifier"]) == ("share", "percent", "under")


# ------------------------------------------------------------- the stages, as data and rules


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Phòng chống dịch Covid-19 hiệu quả.", "19", "name"),
        ("Thảm bê tông nhựa đoạn Km7+350 - Km9+000 đã xong.", "350", "name"),
        ("Gói thầu qua đoạn Km9+000 bị chậm.", "000", "name"),
        ("Lô số 5 đã giao mặt bằng cho nhà thầu.", "5", "label"),
        ("Trụ cầu số 7 vừa đổ bê tông xong.", "7", "label"),
        ("Thực hiện Kế hoạch 87-KH/TU của Thành ủy.", "87", "code"),
        ("Ngày 11/3/2022, Ủy ban họp.", "11/3/2022", "date"),
        ("Khai mạc 15/8, bế mạc sau đó.", "15", "date"),
        ("Năm 2024 thu ngân sách tăng.", "2024", "date"),
        ("Các chỉ tiêu (1) đều đạt.", "1", "list_number"),
        ("Kết quả:\n2. Về kinh tế", "2", "list_number"),
        ("Trả lời như sau:\nKiến nghị 4. Cử tri xã Hải Thành hỏi về đường.", "4", "list_number"),
        ("Trả lời như sau:\nCâu 12. Cử tri đề nghị làm cầu.", "12", "list_number"),
        ("Doanh thu | 5,4\n\nTháng 11 dự kiến đón 1,3 triệu lượt khách.", "11", "label"),
        ("Theo Nghị định 100/2019/NĐ-CP, phạt.", "100", "doc_number"),
        ("Dịch vụ công mức độ 4 được triển khai.", "4", "label"),
        ("Số liệu chi tiết tại Phụ lục (trang 12) kèm theo.", "12", "label"),
        ("Chợ Ninh Kiều 2 được nâng cấp.", "2", "name"),
        ("Người dân khu phố 5 tham gia đầy đủ.", "5", "name"),
        ("Tiêm chủng cho trẻ dưới 1 tuổi đạt kết quả tốt.", "1", "label"),
        ("Trong 6 tháng đầu năm, kinh tế tăng.", "6", "label"),
        ("Mực nước lúc 09h30 ngày 5/10 đạt 4,2 m.", "09", "date"),
        ("Số liệu cập nhật đến 21h00 hôm qua.", "21", "date"),
        ("Có 420 ha ngô đổ rạp (thiệt hại trên 50%) ở các xã ven sông.", "50%", "label"),
        ("Biểu chi tiết kèm theo\nĐơn vị tính: 1.000.000 đồng\n", "1.000.000", "unit"),
        ("Có 4/9 công trình giải ngân trên 80% kế hoạch vốn.", "80%", "label"),
        ("Có 3/11 đơn vị chậm tiến độ từ 15% giá trị trở lên.", "15%", "label"),
        ("Phạt hợp đồng đối với nhà thầu chậm quá 30% khối lượng.", "30%", "label"),
        ("Các giống ngô lai (NK7328, CP 511, LVN 10) cho năng suất cao.", "511", "name"),
    ],
    ids=["glued", "chainage-metres", "chainage-zero", "numbered-lot", "numbered-bridge", "code", "date",
         "day-month", "year", "bracket", "line-list", "petition-number", "question-number",
         "month-under-a-table", "decree", "label", "page",
         "name", "weak-label", "age-bound", "duration", "clock-hour", "clock-hour-evening", "a-bracketed-group-bound",
         "a-unit-lines-scale", "a-bound-on-what-each-disbursed", "a-threshold-past-the-percents-noun",
         "a-bound-for-a-group", "a-code-word-in-a-list-of-names"],
)
def test_each_number_left_out_has_a_named_reason(text, surface, code):
    from solieu.extract import explain

    ex = explain(text, "t")
    left_out = {x.start: x.reason for x in ex.excluded}
    at = text.index(surface)
    assert left_out[at].code == code and left_out[at].text
    assert at not in set(ex.figures["start"])


def test_the_checks_are_a_named_ordered_list_and_the_first_answer_decides():
    import solieu.extract
    from solieu.extract import exclusions
    from solieu.extract.exclusions import KEEP, SHAPE_CHECKS, after_a_label, not_a_figure
    from solieu.extract.vocabulary import vocabulary

    # The word checks are the calls of word_reason's chain, in order, each with the chain's own arguments;
    # each check's docstring is read from the source too: a compiled build (`make compiled`) drops them.
    source = (Path(solieu.extract.__file__).parent / "exclusions.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    chain = next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "word_reason")
    calls = [node for node in ast.walk(chain) if isinstance(node, ast.Call)]
    word_checks = [call.func.id for call in calls if isinstance(call.func, ast.Name)]
    params = [arg.arg for arg in chain.args.args]
    assert all([ast.unparse(arg) for arg in call.args] == params for call in calls)
    assert len(word_checks) > 50 and all(callable(getattr(exclusions, name)) for name in word_checks)
    names = [c.__name__ for c in SHAPE_CHECKS] + word_checks
    documented = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and ast.get_docstring(node)}
    assert len(names) == len(set(names)) and set(names) <= documented
    text = "Dịch vụ công mức độ 4 tỷ đồng"  # a label's word, but a unit follows: a figure
    s = text.index("4")
    before, after = text[:s].lower().rstrip(" ."), text[s + 1:].lower().lstrip()
    assert after_a_label(vocabulary(), text, s, s + 1, before, after) is KEEP
    assert not_a_figure(text, s, s + 1) is None


def test_a_shape_check_is_skipped_only_where_it_could_not_answer():
    """Each shape check declares what it needs around the digits; on every number of the
    gold and raw reports (and their upper case), one not handed to a check gets no answer from it."""
    from solieu.extract.exclusions import SHAPE_CHECKS, may_answer, surroundings
    from solieu.extract.scan import _NUMBER
    from solieu.extract.vocabulary import vocabulary

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in [*root.glob("tests/gold/*.txt"), *root.glob("raw/*/*.txt")]]
    skipped = 0
    for text in texts + [t.upper() for t in texts]:
        for m in _NUMBER.finditer(text):
            key = surroundings(text, m.start(), m.end())
            for check in SHAPE_CHECKS:
                if not may_answer(check, key):
                    skipped += 1
                    assert check(vocabulary(), text, m.start(), m.end()) is None, (check.__name__, m.group())
    assert skipped > 1000

def test_explain_says_which_words_gave_unit_and_role():
    from solieu.extract import explain, render_explanation

    text = ("Năm 2023, thu ngân sách đạt 1.178 tỷ đồng.\n"
            "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024\nPhấn đấu thu ngân sách 1.300 tỷ đồng.\n")
    ex = explain(text, "t")
    assert [w["unit"] for w in ex.why] == ["tỷ đồng", "tỷ đồng"]
    assert "PHƯƠNG HƯỚNG" in ex.why[1]["role"] and ex.figures["role"].tolist() == ["actual", "plan"]
    listing = render_explanation(ex, text, "text")
    assert "'2023': left out (date)" in listing and "2 figures, 2 numbers left out" in listing


def _string_literals(path):
    """The string literals of a module that are not docstrings."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_every_vietnamese_word_the_extractor_reads_is_in_the_vocabulary():
    """The code holds shapes (digits, punctuation, capitals of codes), never words."""
    import re
    from pathlib import Path

    import solieu.extract

    # A Vietnamese word: two or more letters, one of them beyond ASCII ("số", "đến").
    vietnamese = re.compile(r"[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")
    words = lambda s: [w for w in vietnamese.findall(s) if len(w) >= 2]  # noqa: E731
    package = Path(solieu.extract.__file__).parent
    found = {p.name: [s for s in _string_literals(p) if words(s)]
             for p in package.glob("*.py")}
    assert {name: words for name, words in found.items() if words} == {}


# ------------------------------------------------------------------- tables, periods, targets

TABLE = """Kết quả thực hiện các chỉ tiêu chủ yếu:
Stt | Chỉ tiêu | ĐVT | TH năm 2022 | KH năm 2023 | Ước TH năm 2023 | So sánh ƯTH/KH (%) | Ghi chú
1 | Tốc độ tăng trưởng GRDP | % | 7,1 | 8,5 - 9 | 6,4 | 73,1 |
2 | Thu ngân sách (Tỷ đồng) |  | 5.120 | 5.300 | 5.610 | 105,8 | Vượt 2 chỉ tiêu
 | Trong đó: Thu nội địa | Tỷ đồng | 4.010 | 4.200 | -35 | |
3 | Tỷ lệ hộ nghèo | % | 4,2 | < 3,5 | 1,2% (còn 3,85%) |  |
4 | Tỷ suất sinh thô | ‰ | 15,8 | 15,6 | 15,4 |  |
5 | Số lao động có việc làm mới | Nghìn người | 21,5 | 22 | 22,4 | 101,8 |
"""


def _cells():
    rows = figures(TABLE)
    return {(r["subject"], r["period"], r["role"]): r for r in rows}, rows


@pytest.mark.parametrize(
    ("subject", "period", "role", "value", "unit", "qualifier", "kind"),
    [
        ("Tốc độ tăng trưởng GRDP", "2022", "actual", 7.1, "percent", "exact", "growth"),
        ("Tốc độ tăng trưởng GRDP", "2023", "plan", 8.5, "percent", "exact", "growth"),
        ("Thu ngân sách", "2023", "plan", 5.3e12, "VND", "exact", "amount"),
        ("Thu ngân sách: Thu nội địa", "2022", "actual", 4.01e12, "VND", "exact", "amount"),
        ("Tỷ lệ hộ nghèo", "2023", "plan", 3.5, "percent", "under", "share"),
        ("Tỷ suất sinh thô", "2022", "actual", 15.8, "per_mille", "exact", "share"),
        ("Số lao động có việc làm mới", "2022", "actual", 21500, "count", "exact", "count"),
    ],
    ids=["percent-column", "plan-range", "unit-in-label", "sub-row-parent", "under-cell", "per-mille",
         "scale-in-unit-column"],
)
def test_a_table_cell_reads_its_row_and_column(subject, period, role, value, unit, qualifier, kind):
    by_key, _ = _cells()
    f = by_key[(subject, period, role)]
    assert (f["unit"], f["qualifier"], f["kind"]) == (unit, qualifier, kind)
    assert f["value"] == pytest.approx(value)


def test_a_table_comparison_column_stt_notes_negative_and_two_values():
    _, rows = _cells()
    surfaces = [r["surface"] for r in rows]
    ratio = next(r for r in rows if r["surface"] == "105,8")
    assert (ratio["kind"], ratio["base"], ratio["qualifier"], ratio["period"]) == (
        "plan_ratio", "plan", "estimated", "2023")
    estimate = next(r for r in rows if r["surface"] == "5.610")
    assert (estimate["role"], estimate["qualifier"]) == ("actual", "estimated")
    assert "-35" in surfaces and next(r for r in rows if r["surface"] == "-35")["value"] == -35e9
    assert "1,2%" in surfaces and "3,85%" in surfaces  # a cell with two values gives two
    assert "2" not in surfaces and "1" not in surfaces  # Stt and the Ghi chú column are no figures
    assert all(r["sentence"].count(" | ") >= 3 for r in rows)


def test_a_flattened_table_one_cell_per_line():
    text = ("Một số chỉ tiêu:\n\nChỉ tiêu\nĐVT\nNăm 2022\nƯớc năm 2023\nTăng/giảm (%)\n"
            "Sản lượng lúa\ntấn\n101.300\n99.850\n-1,43\n"
            "Tổng đàn bò\ncon\n112.300\n109.750\n-2,27\n\nNguồn: Cục Thống kê.\n")
    rows = figures(text)
    assert [r["surface"] for r in rows] == ["101.300", "99.850", "-1,43", "112.300", "109.750", "-2,27"]
    assert [r["unit"] for r in rows[:3]] == ["tonne", "tonne", "percent"]
    growth = rows[2]
    assert (growth["kind"], growth["value"], growth["base"], growth["period"], growth["qualifier"]) == (
        "growth", -1.43, "2022", "2023", "estimated")
    assert rows[3]["counted"] == "con" and rows[3]["subject"] == "Tổng đàn bò"


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Năm 2024, thu ngân sách đạt 1.200 tỷ đồng.", "1.200", "2024"),
        ("Thu ngân sách 6 tháng đầu năm 2024 đạt 600 tỷ đồng.", "600", "2024-H1"),
        ("Chỉ số giá tháng 12/2024 giảm 0,08% so với tháng trước.", "0,08%", "2024-12"),
        ("Doanh thu Quý III/2024 đạt 80 tỷ đồng.", "80", "2024-Q3"),
        ("DOANH THU QUÝ İİİ/2024 ĐẠT 80 TỶ ĐỒNG.", "80", "2024-Q3"),
        ("Tăng trưởng bình quân giai đoạn 2021 - 2025 đạt 7,2%.", "7,2%", "2021-2025"),
        ("Năm 2024 tăng 5%; xuất khẩu đạt 2 tỷ USD.", "2", "2024"),
        ("Tăng 6% so với năm 2023.", "6%", None),
        ("Thấp hơn mức tăng 6,9% của năm 2022.", "6,9%", "2022"),
        ("Thu ngân sách đạt 1.200 tỷ đồng.", "1.200", None),
    ],
    ids=["year", "first-half", "month", "quarter", "quarter-dotted-capital-i", "span", "across-semicolon",
         "base-is-no-period", "year-after", "none"],
)
def test_period_from_the_words_of_the_sentence(text, surface, period):
    f = figure_at(text, surface)
    assert f["period"] == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I. KẾT QUẢ NĂM 2023\nThu ngân sách đạt 1.000 tỷ đồng.\n"
         "II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2024\n- Thu ngân sách 1.100 tỷ đồng.\n",
         [("1.000", "actual", "2023"), ("1.100", "plan", "2024")]),
        ("Điều 2. Thông qua kế hoạch năm 2025 với các chỉ tiêu chủ yếu sau:\n"
         "1. Tăng trưởng GRDP đạt 8%. 2. Thu ngân sách 2.000 tỷ đồng.\nĐiều 3. Tổ chức thực hiện\n"
         "Nghị quyết có 25 trang.\n",
         [("8%", "plan", "2025"), ("2.000", "plan", "2025"), ("25", "actual", None)]),
        ("2. Các chỉ tiêu chủ yếu đến năm 2030\n(1) GRDP bình quân đầu người đạt 25.000 USD.\n\n"
         "Đại hội bầu 55 đồng chí.\n",
         [("25.000", "plan", "2030"), ("55", "actual", None)]),
        ("I. KẾT QUẢ THỰC HIỆN\n1. Các chỉ tiêu chủ yếu\nTỷ lệ hộ nghèo còn 2,1%.\n",
         [("2,1%", "actual", None)]),
        ("Báo cáo năm 2024\nI. KẾT QUẢ\nXã đã xây 12 nhà văn hóa.\n\nII. KIẾN NGHỊ\n"
         "Đề nghị huyện hỗ trợ 5 tỷ đồng.\n", [("12", "actual", None), ("5", "plan", None)]),
        ("Kết quả kiểm tra các dự án nông thôn mới của xã trong suốt những năm qua, theo từng thôn, từng "
         "hạng mục công trình và từng nguồn vốn đã bố trí, giai đoạn 2022-2024\n\nNăm 2023, xã làm 8 km "
         "đường. Năm 2024, xã làm 11 km đường; cả năm 2024 xã xây 2 cầu.\n",
         [("8", "actual", "2023"), ("11", "actual", "2024"), ("2", "actual", "2024")]),
        ("I. KẾT QUẢ THANH TRA\n3. Kiến nghị thu hồi\nĐoàn thanh tra yêu cầu nộp lại 7,5 tỷ đồng.\n\n"
         "II. YÊU CẦU ĐỐI VỚI CÁC XÃ\nHoàn thành việc nộp 7,5 tỷ đồng.\n",
         [("7,5", "actual", None), ("7,5", "plan", None)]),
    ],
    ids=["closing-section", "council-resolution-inline-items", "list-ends-at-blank-line", "results-heading",
         "a-heading-of-recommendations", "a-long-title-naming-the-span", "an-inspection-heading-then-requests"],
)
def test_targets_by_scope_and_item_numbers(text, expected):
    rows = figures(text)
    assert [(r["surface"], r["role"], r["period"]) for r in rows] == expected


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Xuất khẩu đạt 12 tỷ 300 triệu USD.", "12 tỷ 300", 12.3e9, "USD"),
        ("Thu ngân sách đạt 45 nghìn 600 tỷ đồng.", "45 nghìn 600", 45.6e12, "VND"),
        ("Dân số 2 triệu 850 nghìn người.", "2 triệu 850", 2.85e6, "count"),
        ("Gỗ đạt 5 tỷ 620 triệu USD (-1,25%).", "-1,25%", -1.25, "percent"),
        ("CPI giảm 0,08% (−0,08%).", "−0,08%", -0.08, "percent"),
        ("Tỷ suất sinh thô là 13,2‰.", "13,2‰", 13.2, "per_mille"),
        ("Tỷ suất sinh thô giảm 0,4‰.", "0,4‰", 0.4, "per_mille_point"),
        ("GRDP bình quân đạt 63,8 triệu đồng/người.", "63,8", 63.8e6, "VND_per_person"),
        ("Số hợp tác xã mới tăng 4 hợp tác xã (+20%) so với năm trước.", "+20%", 20, "percent"),
    ],
    ids=["compound-usd", "compound-nghin-ty", "compound-count", "minus-in-brackets", "unicode-minus",
         "per-mille", "per-mille-point", "per-capita", "plus-in-brackets"],
)
def test_compound_amounts_minus_signs_and_per_mille(text, surface, value, unit):
    f = figure_at(text, surface)
    assert (f["value"], f["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        ("Dự kiến cả năm, thu ngân sách đạt 9.850 tỷ đồng, bằng 103% dự toán, trong đó thu nội địa "
         "9.500 tỷ đồng.", "9.500", "qualifier", "estimated"),
        ("Tổng sản phẩm ước cả năm tăng 5,5%.", "5,5%", "qualifier", "estimated"),
        ("Tăng trưởng ước đạt 10,6%/năm (chỉ tiêu Đại hội 10%).", "10%", "role", "plan"),
        ("Tăng trưởng ước đạt 10,6%/năm (chỉ tiêu Đại hội 10%).", "10%", "kind", "growth"),
        ("Tổng kế hoạch vốn đầu tư công là 4.850 tỷ đồng.", "4.850", "role", "plan"),
        ("Kim ngạch vượt 50 tỷ USD.", "50", "qualifier", "over"),
        ("Tăng trưởng đạt từ 12%/năm trở lên.", "12%", "qualifier", "over"),
        ("Năm 2024, phấn đấu tăng 6%; thu nhập đạt 225 triệu đồng/ha.", "225", "role", "plan"),
    ],
    ids=["estimate-over-sentence", "estimate-before-verb", "bracketed-congress-target",
         "bracketed-target-kind", "ke-hoach-von", "vuot-a-mark", "tro-len-after-rate", "phan-dau-over-sentence"],
)
def test_prose_shapes_of_targets_and_estimates(text, surface, field, expected):
    f = figure_at(text, surface)
    assert f[field] == expected


def test_explain_names_the_column_and_the_heading():
    from solieu.extract import explain

    ex = explain(TABLE, "t")
    first = ex.why[0]
    assert "TH năm 2022" in first["role"] and "TH năm 2022" in first["period"]
    reasons = {x.reason.code for x in ex.excluded}
    assert {"row_number", "header", "note"} <= reasons


def test_explain_says_a_column_naming_no_time_gave_no_period():
    from solieu.extract import explain

    text = ("Điều 1. Sửa đổi giá đất ở tại các tuyến đường\nĐơn vị tính: nghìn đồng/m2\n"
            "TT | Tuyến đường | Vị trí 1 | Vị trí 2\n1 | Đường Hoàng Liên | 42.000 | 25.200\n")
    ex = explain(text, "t")
    assert ex.figures["period"].isna().all()
    assert [w["period"] for w in ex.why] == ["the column 'Vị trí 1', naming no time",
                                             "the column 'Vị trí 2', naming no time"]


TWO_ROW_HEADER = """Stt | Chỉ tiêu | ĐVT | TH 2023 | Năm 2024 |  | So sánh (%)
 |  |  |  | KH | Ước TH | ƯTH/KH | ƯTH 2024/TH 2023
1 | Giá trị sản xuất công nghiệp | Tỷ đồng | 8.200 | 9.000 | 9.180 | 102,0 | 111,9
2 | Số hợp tác xã thành lập mới | Hợp tác xã | 40 | 45 | 47 | 104,4 | 117,5
3 | Số xã đạt chuẩn nông thôn mới | Xã | 18/25 | 21 | 20/25 | 95,2 | 111,1
4 | Tỷ lệ hộ nghèo | % | 4,1 | giảm 0,5 | 3,5 (giảm 0,6) |  |
"""


@pytest.mark.parametrize(
    ("surface", "field", "expected"),
    [
        ("9.180", "period", "2024"),  # "Năm 2024" spans "KH" and "Ước TH"
        ("9.180", "qualifier", "estimated"),
        ("111,9", "unit", "percent"),  # "So sánh (%)" spans both comparison columns
        ("111,9", "base", "2023"),
        ("117,5", "kind", "plan_ratio"),
        ("104,4", "base", "plan"),
        ("20/25", "kind", "progress"),
        ("0,5", "kind", "change_points"),  # "giảm 0,5" in a rate's row
        ("0,6", "unit", "percentage_point"),
    ],
    ids=["spanning-year", "spanning-estimate", "spanning-comparison-unit", "year-against-year",
         "count-row-ratio", "against-plan", "attainment-cell", "change-cell", "change-in-brackets"],
)
def test_a_two_row_header_spans_its_upper_cells(surface, field, expected):
    f = figure_at(TWO_ROW_HEADER, surface)
    assert f[field] == expected


PAIRED_COLUMNS = """TT | Sản phẩm | ĐVT | Quý III/2025 |  | 9 tháng 2025 |  | So cùng kỳ (%)
 |  |  | Lượng | Giá trị (triệu đồng) | Lượng | Giá trị (triệu đồng) | Giá trị
1 | Gạo | Tấn | 1.250 | 18.400 | 3.900 | 55.720 | 106,3
2 | Máy kéo | Chiếc | 42 | 9.150 | 130 | 27.300 | 98,4
3 | Dịch vụ vận tải |  |  | 4.820 |  | 13.960 | 111,5
"""


@pytest.mark.parametrize(
    ("surface", "unit", "kind", "base"),
    [
        ("1.250", "tonne", "amount", None),  # "Lượng" names no unit: the row's "ĐVT"
        ("18.400", "VND", "amount", None),  # "Giá trị (triệu đồng)" keeps its own over the row's "Tấn"
        ("9.150", "VND", "amount", None),
        ("42", "count", "count", None),
        ("4.820", "VND", "amount", None),
        ("106,3", "percent", "plan_ratio", "previous_year"),  # "So cùng kỳ (%)": "với" left out
        ("111,5", "percent", "plan_ratio", "previous_year"),
    ],
    ids=["quantity-row-unit", "value-header-unit", "value-beside-pieces", "pieces-counted",
         "value-only-row", "so-cung-ky", "so-cung-ky-value-only"],
)
def test_paired_quantity_and_value_columns_keep_the_value_header_unit(surface, unit, kind, base):
    f = figure_at(PAIRED_COLUMNS, surface)
    assert (f["unit"], f["kind"], f["base"]) == (unit, kind, base)


def test_a_comparison_under_a_heading_takes_the_heading_period():
    text = ("I. KẾT QUẢ THU HOẠCH LÚA MÙA NĂM 2025\n"
            "Xã | Kế hoạch (ha) | Đã thu hoạch (ha) | So với KH (%)\n"
            "Xã Đông | 400 | 310,5 | 77,6\n")
    f = figure_at(text, "77,6")
    assert (f["kind"], f["base"], f["period"], f["role"]) == ("plan_ratio", "plan", "2025", "actual")


@pytest.mark.parametrize(
    ("header", "base", "period", "qualifier"),
    [
        ("TH 2024 so với KH (%)", "plan", "2024", "exact"),
        ("So với cùng kỳ (%)", "previous_year", "2024", "exact"),
        ("ƯTH 2024/TH 2023", "2023", "2024", "estimated"),
        ("ƯTH 2024/KH 2024", "plan", "2024", "estimated"),
    ],
    ids=["so-voi-kh", "so-voi-cung-ky", "two-columns-no-word", "plan-before-its-year"],
)
def test_a_comparison_header_gives_percent_and_its_base(header, base, period, qualifier):
    text = (f"Chỉ tiêu | ĐVT | TH 2023 | KH 2024 | TH 2024 | {header}\n"
            "Sản lượng thủy sản | Nghìn tấn | 50,2 | 52 | 53,1 | 102,1\n")
    f = figure_at(text, "102,1")
    assert (f["unit"], f["kind"], f["base"], f["period"]) == ("percent", "plan_ratio", base, period)
    assert f["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "role", "period"),
    [
        ("I. KẾT QUẢ THỰC HIỆN NĂM 2023\nThu ngân sách đạt 1.000 tỷ đồng.\n", "1.000", "actual", "2023"),
        ("Điều 1. Đánh giá tình hình năm 2024\nXuất khẩu đạt 3 tỷ USD.\nĐiều 2. Tổ chức thực hiện\n"
         "Giao 9 ban triển khai.\n", "9", "actual", None),
        ("BÁO CÁO KẾT QUẢ NĂM 2023\n\nThu ngân sách đạt 1.000 tỷ đồng.\n", "1.000", "actual", None),
        ("I. KẾT QUẢ NHIỆM KỲ 2020 - 2025\nTỷ lệ đô thị hóa đạt 72%.\n", "72%", "actual", None),
        ("I. KẾT QUẢ NĂM 2023\n1. Sáu tháng đầu năm 2023\nThu ngân sách 500 tỷ đồng.\n", "500", "actual", "2023-H1"),
        ("I. KẾT QUẢ NĂM 2023\nNăm 2022 thu ngân sách 900 tỷ đồng.\n", "900", None, "2022"),
        ("II. KẾ HOẠCH NĂM 2024\n2. Các chỉ tiêu chủ yếu\na) Chỉ tiêu kinh tế:\n- Thu ngân sách 1.100 tỷ đồng.\n"
         "c) Chỉ tiêu môi trường:\n- Tỷ lệ che phủ rừng đạt 45%.\n", "45%", "plan", "2024"),
        ("2. Các chỉ tiêu chủ yếu năm 2024\nc) Chỉ tiêu môi trường:\n- Tỷ lệ che phủ rừng đạt 45%.\n\n"
         "III. TỔ CHỨC THỰC HIỆN\nĐã tổ chức 12 hội nghị.\n", "12", "actual", None),
        ("I. KẾT QUẢ THU HOẠCH NĂM 2025\nĐã thu hoạch 1.200 ha; riêng trong tuần qua thu hoạch thêm 150 ha.\n",
         "150", "actual", None),
        ("I. KẾT QUẢ THU HOẠCH NĂM 2025\nĐã thu hoạch 1.200 ha; riêng trong tuần qua thu hoạch thêm 150 ha.\n",
         "1.200", "actual", "2025"),
        ("Kết quả chủ yếu trong quý III/2024 (so với cùng kỳ năm 2023):\n\n- Số xe khách: 3.200 xe (+4,5%).\n\n"
         "- Doanh thu: 840 tỷ đồng.\n\nHiện toàn tỉnh có 12 bến xe.\n", "840", "actual", "2024-Q3"),
        ("Kết quả chủ yếu trong quý III/2024 (so với cùng kỳ năm 2023):\n\n- Số xe khách: 3.200 xe (+4,5%).\n\n"
         "- Doanh thu: 840 tỷ đồng.\n\nHiện toàn tỉnh có 12 bến xe.\n", "12", "actual", None),
        ("Tính chung 9 tháng năm 2024:\n\n- Số xe khách: 3.200 xe.\n\n- Doanh thu: 840 tỷ đồng (cùng kỳ năm 2023 đạt "
         "790 tỷ đồng).\n", "790", "context", None),
    ],
    ids=["results-heading-year", "next-article-ends-it", "title-opens-nothing", "term-is-no-period",
         "inner-heading-wins", "own-year-wins", "letter-c-is-no-numeral", "targets-end-at-next-section",
         "a-weeks-figure-has-no-code", "the-years-figure-beside-it", "a-lead-in-over-marked-items",
         "unmarked-paragraph-ends-the-lead-in", "the-same-months-before-under-a-lead-in"],
)
def test_a_numbered_heading_names_the_period_of_its_section(text, surface, role, period):
    f = figure_at(text, surface)
    assert f["period"] == period
    assert role is None or f["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("II. KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG NĂM 2025\n1. Nội dung hỗ trợ\n"
         "Hỗ trợ 45 cơ sở công nghiệp nông thôn đổi mới thiết bị.\n", "45", "plan"),
        ("III. KẾ HOẠCH THỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2026-2030\n2. Đầu tư cơ sở vật chất\n"
         "Xây mới 12 trường mầm non.\n", "12", "plan"),
        ("2. Kế hoạch thực hiện chương trình tiêm chủng năm 2025\nTiêm vắc xin cho 3.400 trẻ em.\n", "3.400", "plan"),
        ("I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2024\nĐã xây mới 12 trường mầm non.\n", "12", "actual"),
        ("I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024\nĐã tiêm vắc xin cho 3.400 trẻ em.\n", "3.400", "actual"),
    ],
    ids=["programme-plan-with-subheading", "scheme-plan-over-a-span", "arabic-heading", "results-of-a-plan",
         "progress-of-a-plan"],
)
def test_a_heading_of_a_plan_for_carrying_something_out_opens_targets(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("II. KẾ HOẠCH NĂM 2025\nTrồng mới 300 ha rừng.\nIII. TỔ CHỨC THỰC HIỆN\n"
         "1. Sở Tài chính bố trí kinh phí khoảng 12 tỷ đồng.\n", "12", "plan"),
        ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\nTuyển mới 40 giáo viên.\nIII. GIẢI PHÁP THỰC HIỆN\n"
         "Mỗi trường cử ít nhất 2 cán bộ dự tập huấn.\n", "2", "plan"),
        ("I. KẾT QUẢ NĂM 2024\nTrồng mới 280 ha rừng.\nII. TỔ CHỨC THỰC HIỆN\n"
         "Đã tổ chức 8 hội nghị.\n", "8", "actual"),
    ],
    ids=["funding-assigned-after-a-plan", "measures-after-targets", "after-results-it-opens-nothing"],
)
def test_a_top_heading_carrying_a_plan_out_keeps_its_targets(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Doanh thu du lịch dự tính đạt khoảng 2.400 tỷ đồng, trong đó lưu trú 610 tỷ đồng.", "610", "estimated"),
        ("Doanh thu du lịch dự tính đạt khoảng 2.400 tỷ đồng, trong đó lưu trú 610 tỷ đồng.", "2.400", "approx"),
        ("Sản lượng chè ước tính 31.200 tấn, tăng 3,4% so với năm trước.", "3,4%", "estimated"),
        ("Thu ngân sách dự kiến 210 tỷ đồng, bằng 104% dự toán; chi ngân sách 390 tỷ đồng.", "104%", "estimated"),
        ("Thu ngân sách dự kiến 210 tỷ đồng, bằng 104% dự toán; chi ngân sách 390 tỷ đồng.", "390", "exact"),
        ("Thu ngân sách ước đạt 210 tỷ đồng, bằng 104% dự toán.", "104%", "exact"),
        ("Đã cấp 120 giấy phép, dự kiến cấp thêm 30 giấy phép.", "120", "exact"),
    ],
    ids=["du-tinh-mid-sentence", "nearer-word-wins", "uoc-tinh-to-the-growth", "du-kien-to-the-ratio",
         "semicolon-ends-it", "bare-uoc-only-the-next", "not-before-the-word"],
)
def test_an_estimate_word_governs_the_rest_of_its_clause(text, surface, qualifier):
    f = figure_at(text, surface)
    assert f["qualifier"] == qualifier


@pytest.mark.parametrize(
    "text",
    ["Đăng lúc 07:30 ngày 02/01/2024", "Khởi công đường vành đai 3 đoạn qua huyện.",
     "Bình quân trên 1 vạn dân có 9,5 bác sĩ."],
    ids=["clock-time", "ring-road", "per-ten-thousand-people"],
)
def test_times_ring_roads_and_rate_bases_are_no_figures(text):
    assert [r["surface"] for r in figures(text)] == (["9,5"] if "9,5" in text else [])


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        ("Thu hút vốn đầu tư nước ngoài 640 tỷ đồng.", "640", "qualifier", "exact"),
        ("Vốn ngoài ngân sách 210 tỷ đồng.", "210", "qualifier", "exact"),
        ("GRDP bình quân đầu người đạt 4.150 USD.", "4.150", "unit", "USD_per_person"),
        ("GRDP bình quân đầu người đạt 4.150 USD.", "4.150", "kind", "rate"),
        ("Thu nhập bình quân đầu người một tháng đạt 4,6 triệu đồng.", "4,6", "unit", "VND_per_person_per_month"),
        ("Thu nhập bình quân đầu người một tháng đạt 4,6 triệu đồng/người.", "4,6", "unit",
         "VND_per_person_per_month"),
        ("Doanh nghiệp trả cao hơn mức lương tối thiểu vùng III là 3,86 triệu đồng/tháng.", "3,86", "unit",
         "VND_per_person_per_month"),
        ("Thu nhập bình quân đầu người tăng 3,1 triệu đồng so với năm trước.", "3,1", "unit", "VND"),
        ("GRDP bình quân đầu người đạt 4.150 USD (mục tiêu 4.000 USD).", "4.000", "unit", "USD_per_person"),
        ("Doanh thu bình quân đạt 95 triệu đồng, cao hơn 7 triệu đồng so với năm trước.", "7", "kind", "change"),
        ("Doanh thu bình quân đạt 95 triệu đồng, cao hơn 7 triệu đồng so với năm trước.", "7", "qualifier",
         "exact"),
        ("Doanh thu tăng hơn 7% so với năm trước.", "7%", "qualifier", "over"),
        ("Năm 2023, chỉ số giá tiêu dùng tháng 11 tăng 0,3%.", "0,3%", "period", "2023-11"),
        ("Doanh thu năm 2023 đạt 500 tỷ đồng; riêng tháng 11 đạt 48 tỷ đồng.", "48", "period", "2023-11"),
        ("Năm 2023, tỷ lệ hộ nghèo theo chuẩn nghèo giai đoạn 2021 - 2025 còn 3,3%.", "3,3%", "period", "2023"),
    ],
    ids=["nuoc-ngoai-is-no-over", "ngoai-ngan-sach", "per-capita-subject", "per-capita-kind",
         "per-capita-per-month", "per-month-with-slash-person", "a-wage-is-per-person", "a-change-keeps-its-unit",
         "bracketed-target-same-rate", "cao-hon-is-a-change", "cao-hon-is-no-over", "tang-hon-is-over",
         "month-alone-takes-the-year", "month-after-a-year", "a-standard-names-no-period"],
)
def test_units_qualifiers_and_periods_from_the_subject_and_words(text, surface, field, expected):
    f = figure_at(text, surface)
    assert f[field] == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Xuất khẩu tăng 6% so với năm 2024. 3. Thu ngân sách 1.500 tỷ đồng.", ["6%", "1.500"]),
        ("Thu ngân sách đạt 1.200. 4. Tổng chi 300 tỷ đồng.", ["1.200", "300"]),
    ],
    ids=["after-a-year", "after-a-number"],
)
def test_an_inline_item_number_after_a_sentence_ending_in_digits(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "value", "role"),
    [
        ("Giá trị xuất khẩu tăng 9,4%, đứng thứ 3 vùng Bắc Trung Bộ.", "3", 3, "actual"),
        ("Chỉ số cải cách hành chính xếp thứ 11/63 tỉnh, thành phố.", "11/63", 11, "actual"),
        ("Tỉnh vươn lên thứ 5 cả nước về thu hút vốn FDI.", "5", 5, "actual"),
        ("Chỉ số PCI xếp hạng thứ 21/63, tăng 7 bậc.", "21/63", 21, "actual"),
    ],
)
def test_a_rank_is_a_figure_with_no_denominator(text, surface, value, role):
    f = figure_at(text, surface)
    assert (f["value"], f["denominator"], f["unit"], f["kind"], f["role"]) == (value, None, "count", "other", role)


def test_an_ordinal_after_thứ_stays_a_label():
    assert figures("Đại hội đại biểu lần thứ 5, kỳ họp thứ 12 của Hội đồng nhân dân.") == []


def test_a_plenums_number_is_a_label():
    text = ("Quán triệt Nghị quyết Trung ương 8 khóa XIII và kết luận của Hội nghị Trung ương 7; "
            "ngân sách Trung ương 45 tỷ đồng.")
    assert [r["surface"] for r in figures(text)] == ["45"]


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        ("Giá trị sản xuất bình quân trên 1 ha đất nông nghiệp đạt 165 triệu đồng.", "165", "unit", "VND_per_ha"),
        ("Giá trị sản xuất bình quân trên 1 ha đất nông nghiệp đạt 165 triệu đồng.", "165", "kind", "rate"),
        ("Mỗi ha cà phê cho thu nhập 210 triệu đồng, tăng 15 triệu đồng.", "15", "unit", "VND"),
        ("Năng suất cá tra nuôi thâm canh đạt 320 tấn/ha.", "320", "kind", "amount"),
        ("Khu vực công nghiệp đóng góp 2,35 điểm phần trăm vào mức tăng trưởng chung.", "2,35", "kind", "other"),
        ("Tỷ lệ hộ nghèo giảm 0,6 điểm phần trăm.", "0,6", "kind", "change_points"),
        ("Vốn đầu tư toàn xã hội không dưới 32.000 tỷ đồng.", "32.000", "qualifier", "over"),
        ("Bội chi ngân sách không vượt quá 450 tỷ đồng.", "450", "qualifier", "under"),
    ],
)
def test_per_area_subjects_contributions_and_bounds(text, surface, field, expected):
    f = figure_at(text, surface)
    assert f[field] == expected


def test_a_per_capita_table_row_is_a_rate():
    text = ("Chỉ tiêu | ĐVT | TH 2023 | KH 2024\n"
            "Thu nhập bình quân đầu người | Triệu đồng | 58,2 | 63\n")
    cells = {r["surface"]: r for r in figures(text)}
    assert (cells["58,2"]["unit"], cells["58,2"]["kind"], cells["58,2"]["value"]) == ("VND_per_person", "rate", 58.2e6)


def test_a_numbered_indicator_named_in_a_note_is_a_label():
    assert figures("Ghi chú: chỉ tiêu 4 chưa có số liệu chính thức.") == []
    assert [r["surface"] for r in figures("Vượt chỉ tiêu 15 tỷ đồng.")] == ["15"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("I. KẾT QUẢ 9 THÁNG NĂM 2024\nSản lượng cá tra đạt 412.000 tấn.", None),
        ("Tính chung 10 tháng đầu năm 2024, thu ngân sách đạt 8.120 tỷ đồng.", None),
        ("Năm 2024, thu ngân sách đạt 9.450 tỷ đồng.", "2024"),
    ],
)
def test_a_part_of_a_year_gives_no_year(text, period):
    assert [r["period"] for r in figures(text)] == [period]


_EIGHT_MONTHS = "Hà Tĩnh, ngày 05 tháng 9 năm 2025\nI. KẾT QUẢ 8 THÁNG NĂM 2025\n"


@pytest.mark.parametrize(
    ("text", "surface", "role", "period"),
    [
        (_EIGHT_MONTHS + "Đến 31/8/2025, dư nợ cho vay toàn huyện đạt 5.420 tỷ đồng, tăng 4,1% so với đầu năm.",
         "4,1%", "actual", "2025-08"),
        (_EIGHT_MONTHS + "Số dư tiền gửi tiết kiệm tính đến ngày 31/7/2025 là 3.900 tỷ đồng.", "3.900", "actual",
         "2025-07"),
        (_EIGHT_MONTHS + "Dự kiến đến 31/12/2025, số dư tiền gửi đạt khoảng 6.100 tỷ đồng.", "6.100", "actual",
         "2025"),
        (_EIGHT_MONTHS + "Đến ngày 31/8/2025, huyện đã giải ngân 320 tỷ đồng vốn đầu tư công.", "320", "actual",
         None),
        (_EIGHT_MONTHS + "Tỷ lệ nợ xấu đến 31/8/2025 là 0,9% tổng dư nợ (31/12/2024 là 1,1%).", "1,1%", "context",
         "2024"),
    ],
    ids=["balance-on-a-day", "balance-after-its-day", "balance-on-the-years-last-day", "flow-to-a-day",
         "bracket-of-an-earlier-day"],
)
def test_a_balance_on_a_day_is_of_its_month(text, surface, role, period):
    assert fields_at(text, surface, ("role", "period")) == {"role": role, "period": period}


def test_a_column_against_a_past_day_with_signed_rises_holds_growths():
    text = ("Biểu 02. Dư nợ trên địa bàn\nĐơn vị: tỷ đồng\n"
            "TT | Chỉ tiêu | 31/12/2024 | 31/8/2025 | So với 31/12/2024 (%)\n"
            "1 | Dư nợ cho vay | 5.000 | 5.420 | 8,40\n"
            "2 | Nợ xấu | 60 | 49 | -18,33\n")
    rows = {r["surface"]: r for r in figures(text)}
    assert (rows["5.000"]["period"], rows["5.420"]["period"]) == ("2024", "2025-08")
    assert [(rows[s]["kind"], rows[s]["base"], rows[s]["period"]) for s in ("8,40", "-18,33")] == [
        ("growth", "2024", "2025-08")] * 2


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2025, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 97,2%, vượt chỉ tiêu 95% huyện giao.", "95%",
         {"kind": "share", "role": "plan", "base": None}),
        ("Năm 2025, doanh thu đạt 412 tỷ đồng, vượt kế hoạch 8%.", "8%", {"kind": "growth", "base": "plan"}),
        ("Thời gian cấp giấy phép xây dựng không quá 5 ngày/hồ sơ.", "5",
         {"unit": "count", "counted": "ngày", "qualifier": "under"}),
        ("Quỹ hỗ trợ nông dân cho vay 12 tỷ đồng; mức cho vay mỗi tổ hợp tác tối đa 300 triệu đồng/tổ.", "300",
         {"role": "context", "qualifier": "under"}),
    ],
    ids=["a-target-with-its-giver-after-exceeding", "an-excess-over-the-plan", "a-time-per-item-with-its-bound",
         "a-loan-ceiling-opening-its-clause"],
)
def test_a_target_after_exceeding_a_time_per_item_and_a_loan_ceiling(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_quarter_alone_takes_the_reports_year_and_a_dashed_item_leads_with_its_change():
    rows = figures("Năm 2024 tăng 5,1%; riêng Quý IV tăng 6,3%.")
    assert [r["period"] for r in rows] == ["2024", "2024-Q4"]
    f = one("- Giảm tỷ lệ hộ nghèo theo chuẩn đa chiều 0,8 - 1%.")
    assert (f["unit"], f["kind"]) == ("percentage_point", "change_points")
    assert figures("Hoàn thành các mục tiêu của Kế hoạch 5 năm 2021 - 2025.") == []


_H2_TARGETS = ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n"
               "Giải ngân 1.200 tỷ đồng; phấn đấu thu ngân sách cả năm đạt 9.800 tỷ đồng.")


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        ("Năng suất lúa Đông Xuân đạt 68,2 tạ/ha, cao hơn cùng kỳ 2,1 tạ/ha.", "2,1", "kind", "change"),
        ("Năng suất lúa Đông Xuân đạt 68,2 tạ/ha, cao hơn cùng kỳ 2,1 tạ/ha.", "2,1", "base", "previous_year"),
        ("Doanh thu du lịch tăng so với năm trước 12,4%.", "12,4%", "base", "previous_year"),
        (_H2_TARGETS, "9.800", "period", "2024"),
        (_H2_TARGETS, "1.200", "period", "2024-H2"),
    ],
)
def test_a_base_between_change_and_number_and_a_whole_year_under_a_part_year_heading(text, surface, field, expected):
    f = figure_at(text, surface)
    assert f[field] == expected


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        ("Hà Nam: 19/21 chỉ tiêu phát triển kinh tế - xã hội năm 2024 đạt và vượt kế hoạch", "19/21", "period", "2024"),
        ("Cả huyện có 56 hợp tác xã nông nghiệp năm 2023 hoạt động hiệu quả.", "56", "period", "2023"),
        ("Số vụ tai nạn giảm 4 vụ so với năm 2023.", "4", "period", None),
        ("Ngành đặt mục tiêu đón 2 triệu lượt khách và nâng tỷ lệ lấp đầy phòng lên 65%.", "65%", "role", "plan"),
        ("Thu ngân sách đạt 420 tỷ đồng; phấn đấu năm sau đạt 480 tỷ đồng, tăng 14%.", "14%", "role", "plan"),
        ("Thu ngân sách đạt 420 tỷ đồng; phấn đấu năm sau đạt 480 tỷ đồng, tăng 14%.", "420", "role", "actual"),
    ],
)
def test_a_year_ending_a_counts_noun_phrase_and_a_target_word_over_its_sentence(text, surface, field, expected):
    f = figure_at(text, surface)
    assert f[field] == expected


# ------------------------------------------------- budget settlement tables, narrowed periods

_SETTLEMENT = """Đơn vị: Triệu đồng
STT | Nội dung | Dự toán năm 2024 | Thực hiện năm 2024 | Chênh lệch | Tỷ lệ (%)
A | B | 1 | 2 | 3=2-1 | 4=2/1
1 | Thu phí, lệ phí | 2.400 | 2.150 | -250 | 89,6
2 | Thu từ quỹ đất công ích | 600 | 600 | 0 | 100,0
"""
_AGAINST_LAST_YEAR = """STT | Chỉ tiêu | ĐVT | TH năm 2023 | TH năm 2024 | So sánh (%)
(1) | (2) | (3) | (4) | (5) | (6)=(5)/(4)
1 | Diện tích lúa | ha | 3.120 | 3.050 | 97,8
"""
_ABSOLUTE_AND_RELATIVE = """STT | Nội dung | Dự toán năm 2024 | Quyết toán năm 2024 | So sánh |
 |  |  |  | Tuyệt đối | Tương đối (%)
1 | Chi thường xuyên (Triệu đồng) | 500 | 480 | -20 | 96,0
"""
_DIFFERENCE_ONLY = """STT | Nội dung | Kế hoạch năm 2024 | Thực hiện năm 2024 | Chênh lệch (+/-)
1 | Số hộ được hỗ trợ nhà ở | 120 | 134 | 14
"""


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SETTLEMENT, "-250", {"value": -250e6, "unit": "VND", "kind": "change", "base": "plan", "role": "actual",
                               "period": "2024"}),
        (_SETTLEMENT, "89,6", {"unit": "percent", "kind": "plan_ratio", "base": "plan", "period": "2024"}),
        (_SETTLEMENT, "2.400", {"value": 2.4e9, "kind": "amount", "role": "plan", "period": "2024"}),
        (_SETTLEMENT, "0", {"value": 0, "kind": "change", "unit": "VND"}),
        (_AGAINST_LAST_YEAR, "97,8", {"kind": "plan_ratio", "base": "2023", "period": "2024", "role": "actual"}),
        (_DIFFERENCE_ONLY, "14", {"kind": "change", "unit": "count", "base": "plan", "period": "2024"}),
        (_ABSOLUTE_AND_RELATIVE, "-20", {"value": -20e6, "unit": "VND", "kind": "change", "base": "plan",
                                         "period": "2024"}),
        (_ABSOLUTE_AND_RELATIVE, "96,0", {"unit": "percent", "kind": "plan_ratio", "base": "plan", "period": "2024"}),
    ],
    ids=["difference-by-formula", "ratio-by-formula", "plan-column", "zero-difference", "ratio-against-a-year",
         "difference-header", "absolute-under-so-sanh", "relative-under-so-sanh"],
)
def test_a_column_key_row_says_what_each_column_computes(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_column_key_row_holds_no_figures():
    assert [r["surface"] for r in figures(_SETTLEMENT)] == [
        "2.400", "2.150", "-250", "89,6", "600", "600", "0", "100,0"]
    assert [r["surface"] for r in figures(_AGAINST_LAST_YEAR)] == ["3.120", "3.050", "97,8"]


_TASKS = ("II. Nhiệm vụ 6 tháng cuối năm 2024\n"
          "1. Tiếp tục thực hiện chương trình nông thôn mới, làm mới 12 km đường giao thông.\n"
          "2. Giải ngân đến hết Quý III đạt 60% và đến hết năm đạt 98% kế hoạch vốn được giao.\n"
          "3. Tăng trưởng kinh tế cả năm đạt 6,5%; thu ngân sách trên địa bàn 5.100 tỷ đồng.\n")


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        (_TASKS, "12", "period", "2024-H2"),  # a task with "thực hiện" is no heading of results
        (_TASKS, "12", "role", "plan"),
        (_TASKS, "60%", "period", "2024-Q3"),
        (_TASKS, "98%", "period", "2024"),  # "đến hết năm" after "Quý III": the whole year
        (_TASKS, "5.100", "period", "2024"),  # "cả năm" earlier in the full sentence
        ("Doanh thu tháng 9/2024 đạt 85 tỷ đồng; lũy kế 9 tháng đạt 640 tỷ đồng.", "85", "period", "2024-09"),
        ("Doanh thu tháng 9/2024 đạt 85 tỷ đồng; lũy kế 9 tháng đạt 640 tỷ đồng.", "640", "period", None),
        ("Sản lượng điện Quý II/2024 tăng 4%, tính chung 6 tháng tăng 3,1%.", "3,1%", "period", None),
        ("I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024\nXuất khẩu tháng 6/2024 tăng 3%; cộng dồn 6 tháng tăng 8%.",
         "8%", "period", "2024-H1"),
        ("Điều 1. Mục tiêu năm 2026\nThu ngân sách đạt 1.500 tỷ đồng.\nĐiều 2. Nhiệm vụ, giải pháp năm 2026\n"
         "1. Năm 2025 tổng vốn đầu tư toàn xã hội đạt 9.200 tỷ đồng, tạo đà cho năm 2026.", "9.200", "role", "context"),
        ("Điều 1. Mục tiêu năm 2026\nThu ngân sách đạt 1.500 tỷ đồng.\nĐiều 2. Nhiệm vụ, giải pháp năm 2026\n"
         "1. Năm 2025 tổng vốn đầu tư toàn xã hội đạt 9.200 tỷ đồng, tạo đà cho năm 2026.", "1.500", "role", "plan"),
    ],
    ids=["task-item-h2", "task-item-plan", "quarter-in-item", "to-the-years-end", "whole-year-across-semicolon",
         "month", "cumulative-after-month", "cumulative-after-quarter", "cumulative-under-half-heading",
         "earlier-year-among-tasks", "target-before-it"],
)
def test_tasks_written_as_sentences_and_periods_narrowed_by_their_words(text, surface, field, expected):
    assert figure_at(text, surface)[field] == expected


_QUOTE_NEXT_YEAR = ("Năm 2025, ngành tuyển sinh 7.600 học viên, bằng 101% kế hoạch năm 2025. "
                    "“Năm 2026 là năm đầu kế hoạch mới; với 14 cơ sở đào tạo hiện có, ngành sẽ tuyển sinh "
                    "8.000 học viên”, ông Nam nói.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Trong quý xảy ra 2 vụ cháy rừng (cùng kỳ năm trước có 6 vụ).", "6", {"role": "context", "period": None}),
        ("Trong quý xảy ra 2 vụ cháy rừng (cùng kỳ năm trước có 6 vụ).", "2", {"role": "actual"}),
        ("Năm 2024 tháng 5/2024 tiếp nhận 820 hồ sơ (tháng 4/2024 là 760 hồ sơ).", "760",
         {"role": "context", "period": "2024-04"}),
        ("Giải ngân đạt 41,5% kế hoạch, cao hơn bình quân cả nước (33,6%).", "33,6%",
         {"role": "context", "kind": "plan_ratio"}),
        ("Vốn đầu tư công giải ngân được 52% kế hoạch, phấn đấu cả năm đạt trên 95%.", "95%",
         {"kind": "plan_ratio", "base": "plan", "role": "plan"}),
        ("Tổng vốn chương trình là 186 tỷ đồng, giải ngân đạt 92%.", "92%", {"kind": "share"}),
        ("Tỉnh đặt mục tiêu trồng mới 5.000 ha rừng; đến nay đã trồng được 3.200 ha.", "3.200", {"role": "actual"}),
        ("Tỉnh đặt mục tiêu trồng mới 5.000 ha rừng; đến nay đã trồng được 3.200 ha.", "5.000", {"role": "plan"}),
        (_QUOTE_NEXT_YEAR, "8.000", {"role": "plan"}),
        (_QUOTE_NEXT_YEAR, "14", {"role": "actual"}),
        ("Phấn đấu giảm tỷ lệ hộ nghèo từ 1% trở lên.", "1%",
         {"qualifier": "over", "kind": "change_points", "unit": "percentage_point"}),
        ("Các xã đặc biệt khó khăn giảm từ 4% hộ nghèo trở lên.", "4%", {"qualifier": "over", "kind": "change_points"}),
        ("Tỷ lệ giải ngân đạt từ 90% kế hoạch vốn trở lên.", "90%", {"qualifier": "over", "kind": "plan_ratio"}),
        ("Số hộ nghèo giảm từ 30 hộ xuống còn 22 hộ.", "30", {"role": "context", "qualifier": "exact"}),
        ("Làng nghề mỗi ngày đón 1.500 lượt khách.", "1.500", {"unit": "count_per_day", "kind": "rate"}),
        ("Bình quân mỗi năm đào tạo khoảng 2.400 lao động.", "2.400", {"unit": "count_per_year", "kind": "rate"}),
        ("Chi trả trợ cấp hằng tháng cho 300 người cao tuổi.", "300", {"unit": "count", "kind": "count"}),
        ("Giảm tỷ lệ hộ nghèo cả năm 2 - 2,5%.", "2 - 2,5%", {"value": 2, "value_max": 2.5, "kind": "change_points"}),
    ],
    ids=["same-period-last-year", "this-periods-count", "month-before", "national-average", "disbursement-target",
         "disbursement-share-without-plan", "done-so-far-after-a-target", "the-target-itself", "quoted-will",
         "quoted-existing", "at-least-a-fall", "at-least-past-a-noun", "at-least-past-the-plan",
         "starting-level-stays", "per-day-count", "per-year-count", "monthly-allowance-count", "range-after-nam"],
)
def test_brackets_of_other_times_targets_said_in_other_words_and_bounds(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_slogan_in_quotes_is_no_figure():
    assert figures("Thực hiện phương châm “3 không” và \"4 tại chỗ\" trong phòng chống thiên tai.") == []
    quoted = figures("“30% doanh nghiệp đã phục hồi sản xuất sau dịch bệnh”, ông Minh cho biết.")
    assert [r["surface"] for r in quoted] == ["30%"]  # a quoted sentence keeps its figures


@pytest.mark.parametrize(("text", "expected"), [
    ("của năm 2022 tăng", ("2022", "của năm 2022")),
    (" CỦA NĂM 2021", ("2021", "CỦA NĂM 2021")),
    ("Của năm trước", ("2023", "Của năm trước")),
    ("Trong năm 2020", ("2020", "Trong năm 2020")),
    ("tăng 5%", None),
])
def test_a_year_after_a_figure_whatever_its_case(text, expected):
    """The first-letter test that spares the case-blind patterns misses no capitalised word."""
    from solieu.extract.periods import period_after
    assert period_after(text, 2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CPI THÁNG 12 tăng 3%", [(12, "2024-12", "THÁNG 12", 4)]),
    ("riêng Quý III tăng 4,15%", [(13, "2024-Q3", "Quý III", 6)]),
    ("năm 2023 đạt 5%", [(8, "2023", "năm 2023", 0)]),
    ("tăng 5,2% so với cùng kỳ", []),
    ("kế hoạch 5 năm 2016 - 2020 đã hoàn thành", [(26, "2016-2020", "năm 2016 - 2020", 11)]),
    ("trong năm 2022, 2023 đều tăng", [(14, "2022", "năm 2022", 6)]),
])
def test_periods_named_whatever_their_case(text, expected):
    """A sentence is searched for periods only if it holds a year's digits or a month or
    quarter word, in any case."""
    from solieu.extract.periods import periods_named
    assert periods_named(text, 0, len(text), 2024) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Dự án Trường THPT chuyên quy mô 1.200 học sinh đã hoàn thành 70% khối lượng.", "1.200", {"role": "context"}),
        ("Dự án Trường THPT chuyên quy mô 1.200 học sinh đã hoàn thành 70% khối lượng.", "70%", {"role": "actual"}),
        ("Quy mô GRDP ước đạt 98.500 tỷ đồng.", "98.500", {"role": "actual"}),
        ("Nhà máy xử lý 120 tấn rác/ngày, trong đó có 35 tấn rác hữu cơ.", "35",
         {"unit": "tonne_per_day", "kind": "rate"}),
        ("Nhà máy xử lý 120 tấn rác/ngày và 35 tấn bùn thải.", "35", {"unit": "tonne", "kind": "amount"}),
    ],
    ids=["designed-scale", "progress-of-the-project", "scale-of-the-economy", "part-of-a-rate", "not-a-part"],
)
def test_a_designed_scale_is_context_and_a_part_of_a_rate_keeps_its_rate(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_APPENDIX = ("PHỤ LỤC\n\nBIỂU TỔNG HỢP THU NGÂN SÁCH HUYỆN NĂM 2022\nĐơn vị tính: Triệu đồng\n\n"
             "STT | Nội dung | Dự toán | Thực hiện | TH/DT (%)\n1 | Tổng thu ngân sách | 84.000 | 91.350 | 108,8\n")
_TITLED = ("Bảng 3. Một số chỉ tiêu văn hóa - xã hội năm 2021\n\n"
           "STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện\n1 | Số hộ gia đình văn hóa | Hộ | 9.500 | 9.612\n")
_LEAD_IN_TITLE = ("Diện tích các loại cây trồng của xã năm 2023 như sau:\n\n"
                  "Loại cây | Diện tích (ha) | Cơ cấu (%)\nCây lúa | 1.250 | 62,5\nCây ngô | 750 | 37,5\n")
_TWO_LINE_TITLE = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2022;\nphương hướng, nhiệm vụ năm 2023\n\n"
                   "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022\n\nThu ngân sách trên địa bàn đạt 215 tỷ đồng.\n\n"
                   "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\n\nThu ngân sách trên địa bàn đạt 230 tỷ đồng.")
_NEXT_YEAR_NAMED_OFTEN = ("BÁO CÁO kết quả năm 2021 và nhiệm vụ năm 2022\n\nI. KẾT QUẢ NĂM 2021\n\n"
                          "Năm 2021, toàn huyện thành lập mới 64 doanh nghiệp.\n\nII. NHIỆM VỤ NĂM 2022\n\n"
                          "Năm 2022, phấn đấu thành lập mới 70 doanh nghiệp; thu hút vốn năm 2022 đạt 900 tỷ đồng.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_APPENDIX, "84.000", {"period": "2022", "role": "plan", "value": 84_000_000_000}),
        (_APPENDIX, "91.350", {"period": "2022", "role": "actual"}),
        (_APPENDIX, "108,8", {"period": "2022", "kind": "plan_ratio"}),
        (_TITLED, "9.612", {"period": "2021", "role": "actual", "unit": "count"}),
        (_LEAD_IN_TITLE, "1.250", {"period": "2023", "role": "actual", "unit": "ha"}),
        (_LEAD_IN_TITLE, "37,5", {"period": "2023", "role": "actual", "unit": "percent"}),
        (_TWO_LINE_TITLE, "215", {"role": "actual", "period": "2022"}),
        (_TWO_LINE_TITLE, "230", {"role": "plan", "period": "2023"}),
        (_NEXT_YEAR_NAMED_OFTEN, "64", {"role": "actual", "period": "2021"}),
        (_NEXT_YEAR_NAMED_OFTEN, "70", {"role": "plan", "period": "2022"}),
    ],
    ids=["title-year-plan-column", "title-year-actual-column", "title-year-ratio-column", "mixed-case-title",
         "a-lead-in-over-a-table-titles-it", "its-share-column-too",
         "title-broken-over-two-lines-opens-nothing", "the-targets-heading-still-does",
         "results-heading-names-the-reports-year", "targets-of-the-next-year"],
)
def test_a_tables_title_names_its_year_and_a_results_heading_the_reports(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_CONGRESS = ("Hội nghị ngày 20 tháng 12 năm 2024 đánh giá 4 năm thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025.\n\n"
             "Tỷ lệ che phủ rừng hiện đạt 41,2% (mục tiêu Đại hội 43%). Tăng trưởng bình quân giai đoạn 2021 - 2024 "
             "đạt 8,1%/năm (chỉ tiêu Đại hội 8 - 9%/năm).")
_TERM_OPENED = ("Năm 2024 là năm thứ tư thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025.\n\n"
                "Tỷ lệ lao động nông nghiệp giảm còn 31,2% (đầu nhiệm kỳ là 40,5%). Thu nhập bình quân đầu người "
                "đạt 68 triệu đồng, gấp 1,6 lần so với đầu nhiệm kỳ.\n\nCòn 2 chỉ tiêu khó đạt: tỷ lệ che phủ rừng "
                "(hiện đạt 41,2%, mục tiêu Đại hội 43%) và tỷ lệ trường chuẩn (đạt 75%, mục tiêu 80%).")
_CONGRESS_HEADED = ("Đại hội Đoàn tỉnh nhiệm kỳ 2022 - 2027 đề ra 12 chỉ tiêu.\n\nI. KẾT QUẢ NĂM 2024\n\n"
                    "Tỷ lệ đoàn viên được học tập nghị quyết đạt 92% (chỉ tiêu Đại hội 90%).")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_CONGRESS, "43%", {"role": "plan", "period": "2025"}),
        (_CONGRESS, "8 - 9%", {"role": "plan", "period": "2021-2025"}),
        (_CONGRESS, "41,2%", {"period": None}),
        (_CONGRESS_HEADED, "90%", {"role": "plan", "period": "2024"}),
        (_TERM_OPENED, "40,5%", {"role": "context", "period": "2020"}),
        (_TERM_OPENED, "1,6", {"base": "2020"}),
        (_TERM_OPENED, "80%", {"role": "plan", "period": "2025"}),
    ],
    ids=["a-congress-target-is-of-the-terms-last-year", "a-yearly-one-after-a-span-of-the-terms-span",
         "the-level-beside-it-names-no-time", "a-heading-naming-the-year-wins",
         "the-level-the-term-opened-with-in-brackets", "compared-with-the-terms-start-named-in-the-text",
         "another-target-after-a-congress-target"],
)
def test_a_congress_target_naming_no_year_is_of_the_term_named_before_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_FIXED_FACTS = ("GIỚI THIỆU CHUNG\n\n1. Vị trí địa lý, điều kiện tự nhiên\n\nXã nằm cách trung tâm huyện khoảng 18 km. "
                "Tổng diện tích tự nhiên của xã là 3.450 ha.\n\nCơ cấu đất đai của xã năm 2024 như sau:\n\n"
                "Loại đất | Diện tích (ha) | Cơ cấu (%)\nĐất nông nghiệp | 2.900 | 84,1\n"
                "Đất phi nông nghiệp | 550 | 15,9\n\n"
                "2. Dân số\n\nNăm 2024, xã có 6.120 nhân khẩu.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_FIXED_FACTS, "18", {"role": "context", "period": None}),
        (_FIXED_FACTS, "3.450", {"role": "context", "period": None}),
        (_FIXED_FACTS, "2.900", {"role": "actual", "period": "2024"}),
        (_FIXED_FACTS, "6.120", {"role": "actual", "period": "2024"}),
    ],
    ids=["a-distance-under-a-heading-of-fixed-facts", "the-natural-area", "a-table-under-it-keeps-its-columns",
         "the-next-heading-ends-it"],
)
def test_a_heading_of_a_places_fixed_facts_makes_its_sentences_background(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_QUOTE_MEANS = ("Năm 2022, doanh thu du lịch đạt 1.200 tỷ đồng. “Năm 2023 sẽ còn khó khăn, nhưng với 4 sản phẩm "
                "du lịch chủ lực, ngành sẽ đón 2 triệu lượt khách”, ông Bình nói.")
_EXISTING = ("Năm 2022, toàn tỉnh có 9 cụm công nghiệp.\n\nII. NHIỆM VỤ NĂM 2023\n\n"
             "Hoàn thiện hạ tầng của 9 cụm công nghiệp hiện có, nâng tỷ lệ lấp đầy lên 60%.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Trong năm, Công ty B điều chỉnh tăng vốn đầu tư thêm 25,5 triệu USD.", "25,5",
         {"kind": "change", "unit": "USD", "value": 25_500_000}),
        ("Năm 2022 điều chỉnh tăng vốn cho 8 lượt dự án, thêm 61 triệu USD.", "61", {"kind": "change"}),
        ("Năm 2022 điều chỉnh tăng vốn cho 8 lượt dự án, thêm 61 triệu USD.", "8", {"kind": "count"}),
        ("Kinh tế tăng trưởng 7%, có thêm 3 xã đạt chuẩn nông thôn mới.", "3", {"kind": "count"}),
        ("Bê tông hóa thêm 4,2 km đường giao thông nông thôn.", "4,2", {"kind": "amount"}),
        (_EXISTING, "9 cụm", None),
        ("Tổng số giường bệnh kế hoạch là 1.250 giường, giường thực kê 1.410 giường.", "1.250", {"role": "actual"}),
        ("Năm 2022 tỷ lệ sử dụng biện pháp kế hoạch hóa gia đình đạt 71%.", "71%", {"role": "actual"}),
        ("Tổng kế hoạch vốn đầu tư công là 420 tỷ đồng.", "420", {"role": "plan"}),
        ("Năm 2022 đã qua với 8 kết quả nổi bật.", "8", {"role": "context"}),
        ("Năm 2022 đi vào hoạt động 8 nhà máy điện mặt trời.", "8", {"role": "actual"}),
        (_QUOTE_MEANS, "4", {"role": "context", "period": None}),
        (_QUOTE_MEANS, "2", {"role": "plan", "period": "2023"}),
        ("Năm 2022 tăng 5%. Năm 2023 phấn đấu thu hút 12 dự án với tổng vốn 800 tỷ đồng.", "12",
         {"role": "plan"}),
    ],
    ids=["change-verb-apart-from-them", "them-after-the-count-it-changes", "the-count-before-it",
         "growth-word-is-no-change-verb", "work-done-with-them", "existing-stock-in-targets", "beds-named-by-plan",
         "family-planning", "plan-capital-stays-a-target", "report-highlights", "a-count-of-things",
         "what-a-quote-counts-on", "the-quotes-target", "a-target-with-its-capital"],
)
def test_added_capital_existing_stocks_names_with_plan_and_what_a_quote_counts_on(text, surface, expected):
    if expected is None:  # the second "9 cụm": the stock there is now, among next year's targets
        rows = [r for r in figures(text) if r["surface"] == "9"]
        assert [(r["role"], r["period"]) for r in rows] == [("actual", "2022"), ("actual", None)]
        assert figure_at(text, "60%")["role"] == "plan"
        return
    assert fields_at(text, surface, expected) == expected


_SUBHEAD_TARGETS = ("Năm 2022 toàn tỉnh đón 2,1 triệu lượt khách, cao nhất 5 năm gần đây.\n\nMục tiêu năm 2023\n\n"
                    "Tỉnh phấn đấu đón 2,5 triệu lượt khách. Tỷ lệ che phủ rừng duy trì ở mức 58%.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SUBHEAD_TARGETS, "5", {"role": "context", "period": None}),
        (_SUBHEAD_TARGETS, "2,1", {"role": "actual", "period": "2022"}),
        (_SUBHEAD_TARGETS, "2,5", {"role": "plan", "period": "2023"}),
        (_SUBHEAD_TARGETS, "58%", {"role": "plan", "period": "2023"}),
        ("Hội đồng nhân dân huyện thực hiện tốt chức năng theo quy định: Trong năm 2021, tổ chức 06 kỳ họp; "
         "ban hành 38 nghị quyết.", "38", {"period": "2021"}),
        ("Năm 2023, du lịch phục hồi mạnh. Năm 2021 đón 3,1 triệu lượt khách; năm 2022 đón 4 triệu lượt và năm nay "
         "ước đạt 4,6 triệu lượt.", "4,6",
         {"period": "2023"}),
        ("Bà Lan kể: “Năm 2019 nhà tôi có 3 phòng, giờ đã 9 phòng”.", "9", {"period": None}),
        ("Năm 2022, toàn tỉnh có 610 cơ sở lưu trú (năm 2018 chỉ có 390 cơ sở), trong đó 7 khách sạn 4 sao.", "7",
         {"period": "2022"}),
        ("Toàn tỉnh hiện có 610 cơ sở lưu trú (năm 2018 chỉ có 390 cơ sở), trong đó 7 khách sạn 4 sao.", "7",
         {"period": None}),
        ("Năm 2022, cảng đón 8 chuyến tàu, tăng từ 3 chuyến năm 2021.", "3", {"period": "2021", "role": "context"}),
        ("Năm 2025, doanh thu Quý II/2025 đạt 4.100 tỷ đồng; 6 tháng ước đạt 7.900 tỷ đồng.", "7.900",
         {"period": None}),
        ("Năm 2025, tính chung 9 tháng tăng 6,1% (kế hoạch năm tăng 7%).", "7%", {"period": "2025", "role": "plan"}),
        ("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023\n- Tuyển sinh 120 học viên để đạt chỉ tiêu 300 học viên cả năm.", "300",
         {"period": "2023", "role": "plan"}),
        ("I. KẾT QUẢ NĂM 2023\na) Tuổi thọ trung bình đạt 74,1 tuổi (năm 2019 là 73,6 tuổi).\n"
         "b) Tỷ lệ tiêm chủng đầy đủ đạt 96,2%.", "96,2%", {"period": "2023"}),
    ],
    ids=["a-span-of-years-has-no-period", "a-result-of-its-year", "targets-under-a-subhead", "a-later-sentence-too",
         "a-time-opening-the-list-after-a-colon", "this-year-after-an-earlier-one", "now-after-an-earlier-year",
         "a-bracket-of-another-year-closes-to-the-opener", "a-bracket-of-another-year-closes",
         "the-year-ending-a-starting-levels-noun", "months-after-a-quarter",
         "the-years-own-plan", "whole-year-after-the-noun", "a-lettered-item-names-no-section-period"],
)
def test_a_subhead_over_targets_names_their_year_and_a_span_of_time_none(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SCHOOL_YEAR = ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2022-2023\n"
                "Toàn huyện có 64 trường học với 21.300 học sinh. Tỷ lệ trẻ 5 tuổi ra lớp đạt 99,6%.\n"
                "II. NHIỆM KỲ 2020-2025\nToàn huyện có 12 xã đạt chuẩn nông thôn mới.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SCHOOL_YEAR, "64", {"period": "2022-2023", "role": "actual"}),
        (_SCHOOL_YEAR, "99,6%", {"period": "2022-2023"}),
        (_SCHOOL_YEAR, "12", {"period": None}),
        ("Báo cáo năm 2024.\nTỷ lệ giảng viên đạt chuẩn theo Luật Giáo dục nghề nghiệp năm 2014 là 88,5%.", "88,5%",
         {"role": "actual", "period": None}),
        ("Báo cáo năm 2023.\nLễ hội Cà phê năm 2023 thu hút 45.000 lượt khách.", "45.000", {"period": None}),
        ("Báo cáo năm 2024.\nKỳ thi tuyển sinh lớp 10 năm 2024 có 8.120 thí sinh dự thi.", "8.120", {"period": "2024"}),
    ],
    ids=["a-school-year-heading", "its-section-throughout", "a-term-heading-names-none", "a-laws-year",
         "an-events-year", "an-exams-year-is-its-figures"],
)
def test_a_school_years_heading_and_years_that_name_a_law_or_an_event(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,8%.", ["99,8%"]),
        ("Có 98,2% trẻ em 6 tuổi vào lớp 1.", ["98,2%"]),
        ("Tuổi thọ trung bình đạt 74,6 tuổi.", ["74,6"]),
    ],
    ids=["a-child-of-an-age", "children-of-an-age", "an-age-as-a-figure"],
)
def test_an_age_right_after_a_group_names_the_group(text, surfaces):
    assert [f["surface"] for f in figures(text)] == surfaces


_DISBURSEMENT_TABLE = ("Đơn vị tính: tỷ đồng\n"
                       "STT | Nguồn vốn | Kế hoạch vốn 2025 | Giải ngân đến 30/9 | Tỷ lệ (%)\n"
                       "1 | Vốn ngân sách tỉnh | 1.840,0 | 1.012,4 | 55,0\n"
                       "2 | Vốn ngân sách trung ương | 920,5 | 387,1 | 42,1\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_DISBURSEMENT_TABLE, "55,0", {"unit": "percent", "value": 55.0, "kind": "plan_ratio", "base": "plan",
                                       "role": "actual", "period": None}),
        (_DISBURSEMENT_TABLE, "1.840,0", {"unit": "VND", "role": "plan", "period": "2025"}),
        (_DISBURSEMENT_TABLE, "387,1", {"unit": "VND", "role": "actual", "period": None}),
        ("Báo cáo năm 2025.\nKế hoạch vốn đầu tư công năm 2025 là 2.760 tỷ đồng, gồm vốn ngân sách tỉnh "
         "1.840 tỷ đồng và vốn ngân sách trung ương 920 tỷ đồng.", "920", {"role": "plan"}),
        ("Báo cáo năm 2025.\nKế hoạch vốn năm 2025 là 2.760 tỷ đồng, trong đó vốn ngân sách tỉnh 1.840 tỷ đồng; "
         "đã giải ngân 1.399 tỷ đồng.", "1.399", {"role": "actual"}),
        ("Báo cáo năm 2025.\nĐến ngày 30/9/2025 đã giải ngân 1.399 tỷ đồng, đạt 50,7% kế hoạch vốn; trong đó "
         "vốn ngân sách tỉnh 1.012 tỷ đồng, đạt 55%.", "55%", {"kind": "plan_ratio", "base": "plan"}),
        ("Báo cáo năm 2025.\nSo với cùng kỳ năm 2024, tỷ lệ hộ nghèo giảm 1,3 điểm phần trăm.", "1,3",
         {"base": "2024", "role": "actual"}),
        ("Báo cáo năm 2025.\nTháng 9 xảy ra 12 vụ cháy; so với cùng kỳ, số vụ giảm 4 vụ, thiệt hại giảm 3 tỷ đồng.",
         "3", {"base": "previous_year", "kind": "change"}),
    ],
    ids=["a-rate-column-of-the-result", "the-plan-column", "the-result-column", "the-parts-of-a-plan",
         "a-result-after-the-parts", "a-rate-in-a-later-clause-of-a-plan-sentence", "a-comparison-opening-the-sentence",
         "a-comparison-opening-a-clause"],
)
def test_a_disbursement_tables_rate_column_parts_of_a_plan_and_a_comparison_first(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_TASKS_2026 = ("II. NHIỆM VỤ NĂM 2026\n(2) Hoàn thành các công trình giai đoạn 2021-2025; đào tạo thêm 45 điều dưỡng "
               "cho tuyến xã.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TASKS_2026, "45", {"period": "2026", "role": "plan"}),
        ("Báo cáo năm 2026.\nGiai đoạn 2021-2025, toàn tỉnh giảm 4,2% hộ nghèo; thu hút 120 dự án.", "120",
         {"period": "2021-2025"}),
        ("Báo cáo năm 2025.\nDoanh thu du lịch năm 2025 đạt 9.400 tỷ đồng, gấp 2,1 lần năm 2020 (4.480 tỷ đồng).",
         "4.480", {"period": "2020"}),
        ("Báo cáo năm 2025.\nSản lượng 9 tháng đạt 412.000 tấn, bằng 80,5% kế hoạch năm (kế hoạch 512.000 tấn).",
         "512.000", {"period": "2025", "role": "plan"}),
        ("Báo cáo năm 2025.\nTỷ lệ tiêm chủng đạt 96%, tỷ lệ khám thai đạt 91%, tăng lần lượt 1,5 và 2,2 "
         "điểm phần trăm so với năm 2024.", "1,5", {"base": "2024"}),
    ],
    ids=["a-span-inside-its-clause-ends-there", "a-span-opening-the-sentence-carries-on", "a-bracket-after-a-year",
         "a-bracket-after-the-years-plan", "the-first-of-a-pair-takes-its-base"],
)
def test_spans_in_clauses_brackets_after_a_time_and_pairs(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SEASONS = ("I. KẾT QUẢ VỤ ĐÔNG XUÂN 2024-2025\nToàn xã cấy 640 ha lúa, năng suất 62 tạ/ha.\n"
            "II. KẾ HOẠCH SẢN XUẤT VỤ HÈ THU 2025\n1. Chỉ tiêu\nGieo cấy 600 ha lúa.\n2. Giải pháp\n"
            "Hỗ trợ giống cho 150 ha vùng trũng.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SEASONS, "640", {"role": "actual", "period": "2025"}),
        (_SEASONS, "600", {"role": "plan", "period": "2025"}),
        (_SEASONS, "150", {"role": "plan", "period": "2025"}),
        ("Vụ Thu Đông năm 2023, nông dân xuống giống 12.400 ha.", "12.400", {"period": "2023"}),
        ("Vụ lúa Đông Xuân 2022 - 2023 đạt năng suất 68 tạ/ha.", "68", {"period": "2023"}),
        ("Sản lượng đạt 9.800 tấn, tăng 2,5% so với vụ Mùa 2022.", "2,5%", {"period": None}),
        ("KẾ HOẠCH\nPhát triển chăn nuôi năm 2025\nI. TÌNH HÌNH\nĐàn bò có 8.200 con.", "8.200",
         {"role": "actual"}),
        ("Năm 2024, diện tích ngô đạt 910 ha, giảm 40 ha so với cùng vụ năm 2023 do chuyển sang trồng 55 ha rau.",
         "55", {"role": "actual", "period": "2024"}),
        ("Năm 2024, đàn lợn đạt 41.000 con, tăng 6% so với cùng kỳ năm 2023, trong đó 9.000 con lợn nái.",
         "9.000", {"role": "actual", "period": "2024"}),
        ("Sản lượng lúa đạt 9.800 tấn, tăng 2,5% so với vụ Mùa 2022.", "2,5%", {"base": "2022"}),
        ("Năng suất lúa đạt 61 tạ/ha, tăng 1,4 tạ/ha so với cùng vụ.", "1,4", {"base": "previous_year"}),
    ],
    ids=["a-heading-names-its-season", "a-plan-heading-opens-targets", "its-tasks-are-targets-too",
         "a-season-with-nam", "a-winter-season-is-of-its-harvest-year", "a-season-compared-is-no-period",
         "a-title-opens-nothing", "after-a-base-year-of-the-same-season", "after-a-base-year-of-the-same-period",
         "a-season-compared-gives-its-year", "the-same-season-the-year-before"],
)
def test_crop_seasons_name_their_year_and_a_plan_heading_opens_targets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize("text", [
    "Tính chung 2 vụ Đông Xuân và Hè Thu, sản lượng lúa đạt 98.000 tấn.",
    "Cả 3 vụ lúa Đông Xuân, Hè Thu và Thu Đông đều được mùa, đạt 98.000 tấn.",
])
def test_the_seasons_a_total_sums_are_no_count(text):
    assert [f["surface"] for f in figures(text)] == ["98.000"]


_WEB_PROSE = "I. KẾT QUẢ NĂM 2023\nSản lượng chè đạt 8.100 tấn.\n\n"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_WEB_PROSE + "Vụ cam năm nay, doanh thu ước đạt trên 640 tỷ đồng.", "640", {"period": "2023"}),
        ("Giá cà phê bình quân 98.000 đồng/kg, cao hơn năm trước 21.000 đồng/kg.", "21.000",
         {"kind": "change", "unit": "VND_per_kg", "base": "previous_year"}),
        ("Năm 2024, giải ngân đạt 81% kế hoạch vốn (cùng kỳ năm 2023 đạt 74,2%).", "74,2%",
         {"role": "context", "period": "2023"}),
        ("Giám đốc Sở cho biết: “Ngành sẽ hỗ trợ 40 hợp tác xã chuyển đổi số”.", "40", {"role": "plan"}),
        ("Dự kiến đến hết năm, toàn tỉnh sẽ trồng 2.300 ha rừng.", "2.300", {"role": "actual"}),
        ("Năm 2022 tỉnh sẽ đón 3 triệu lượt khách, nay đã đón 2,1 triệu lượt.", "2,1", {"role": "actual"}),
    ],
    ids=["this-year-alone-is-the-reports", "a-rate-moved-is-a-change", "a-bracket-of-the-same-period-names-its-year",
         "a-future-word-without-a-year-sets-a-target", "not-after-an-estimate", "not-after-now"],
)
def test_this_year_rates_moved_brackets_of_a_year_and_future_words(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_PLAN_BASELINE = ("I. THỰC TRẠNG GIAI ĐOẠN 2016-2020\nNăm 2020, doanh thu du lịch đạt 2.150 tỷ đồng, tăng bình quân "
                  "12,4%/năm trong giai đoạn.\nII. MỤC TIÊU ĐẾN NĂM 2025\n- Mỗi năm tổ chức 3 lễ hội du lịch.\n"
                  "- Đón 4 triệu lượt khách, tổ chức 6 đoàn khảo sát mỗi năm.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_PLAN_BASELINE, "2.150", {"period": "2020", "role": "actual"}),
        (_PLAN_BASELINE, "12,4%", {"period": "2016-2020", "role": "actual"}),
        (_PLAN_BASELINE, "3", {"unit": "count_per_year", "kind": "rate", "role": "plan", "period": "2025"}),
        (_PLAN_BASELINE, "6", {"unit": "count_per_year", "kind": "rate"}),
        (_PLAN_BASELINE, "4", {"unit": "count", "role": "plan"}),
        ("I. KẾT QUẢ NĂM 2023\nTrong giai đoạn 2 của dự án, đã trồng 120 ha rừng.", "120", {"period": "2023"}),
    ],
    ids=["a-baseline-year", "the-span-its-heading-names", "per-time-before", "per-time-ending-the-clause",
         "a-count-with-no-time", "a-phase-is-no-span"],
)
def test_a_plans_baseline_span_and_counts_per_year(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_INDEX = ("BÁO CÁO\nKết quả năm 2024\n\nI. KẾT QUẢ NĂM 2024\nChỉ số hài lòng của người dân (SIPAS) năm 2023 đạt 82,1%, "
          "xếp thứ 20/63, tăng 3 bậc so với năm 2022. Năm 2022 có 1.100 hồ sơ trực tuyến; năm 2024 có 2.400 hồ sơ.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ lệ hộ nghèo còn 3,2% (KH 3,5%), giảm 1,1% so với năm trước.", "1,1%",
         {"kind": "change_points", "unit": "percentage_point", "subject": "Tỷ lệ hộ nghèo"}),
        ("Tỷ lệ hộ nghèo còn 3,2% (KH 3,5%), giảm 1,1% so với năm trước.", "3,5%",
         {"kind": "share", "role": "plan", "subject": "Tỷ lệ hộ nghèo"}),
        ("Thu ngân sách đạt 1.200 tỷ đồng (kế hoạch 1.100 tỷ đồng), tăng 8,5% so với năm 2023.", "8,5%",
         {"kind": "growth", "unit": "percent", "subject": "Thu ngân sách"}),
        (_INDEX, "82,1%", {"role": "actual", "period": "2023"}),
        (_INDEX, "20/63", {"role": "actual", "kind": "other", "period": "2023"}),
        (_INDEX, "3", {"role": "actual", "kind": "change", "base": "2022"}),
        (_INDEX, "1.100", {"role": "context", "period": "2022"}),
        (_INDEX, "2.400", {"role": "actual", "period": "2024"}),
    ],
    ids=["after-a-bracketed-target-a-rate-moves", "the-target-measures-the-same", "a-quantity-still-grows",
         "a-yearly-index-of-the-year-before", "its-rank", "its-rise-in-rank", "an-earlier-level-is-background",
         "the-years-own-level"],
)
def test_bracketed_targets_and_yearly_indices(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize("text", [
    "Hệ thống quản lý văn bản liên thông 4 cấp với 1.018 đơn vị.",
    "Xây dựng chính quyền địa phương 2 cấp từ ngày 01/7.",
])
def test_the_tiers_of_a_structure_are_no_figure(text):
    assert all(r["surface"] not in ("4", "2") for r in figures(text))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("I. KẾT QUẢ NĂM 2024\nNhà máy nước Tân Phú công suất 8.000 m3/ngày đêm đã vận hành.", "8.000",
         {"role": "context", "period": None, "unit": "m3_per_day"}),
        ("Năm 2024, nhà máy nước Tân Phú cấp 8.000 m3/ngày đêm cho thị trấn.", "8.000", {"role": "actual"}),
    ],
    ids=["a-plants-capacity-is-its-design", "what-it-delivered-is-a-result"],
)
def test_a_capacity_is_a_design(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_COLUMN_UNITS = ("Thiệt hại theo xã\n"
                 "STT | Xã | Hộ bị ảnh hưởng (hộ) | Ngô bị đổ (ha) | Giá trị thiệt hại (triệu đồng)"
                 " | Dân di dời (nghìn người)\n"
                 "1 | Xã Tân Lập | 120 | 35,5 | 840 | 1,2\n2 | Xã Hòa Bình | 86 | 12 | 415,5 | 0,8\n")
_ROW_UNIT_WINS = "STT | Chỉ tiêu | ĐVT | Thực hiện (tỷ đồng)\n1 | Diện tích lúa | ha | 1.200\n"
_LINE_UNIT_LOSES = ("Đơn vị tính: triệu đồng\nSTT | Huyện | Kinh phí hỗ trợ | Diện tích (ha)\n"
                    "1 | Huyện Yên Lập | 500 | 20\n")
_THOUSANDS_LINE = ("ĐVT: 1.000 đồng\nSTT | Khoản chi | Dự toán | Thực hiện\n"
                   "1 | Chi sự nghiệp y tế | 2.450.000 | 2.512.300\n2 | Chi sự nghiệp văn hóa | 380.500 | 366.000\n")
_AVERAGE_RISE_ROW = "TT | Chỉ tiêu | ĐVT | Kết quả\n1 | Giá trị xuất khẩu tăng bình quân/năm | % | 10,5\n"
_UNITS_OVER_KH_TH = ("BIỂU 01: KẾT QUẢ SẢN XUẤT NĂM 2024\n"
                     "STT | Cây trồng | Diện tích (ha) |  | Năng suất (tạ/ha) |  | Sản lượng (tấn) | \n"
                     " |  | KH | TH | KH | TH | KH | TH\n"
                     "1 | Ngô | 3.100 | 3.185 | 52,0 | 54,3 | 16.120 | 17.295\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_COLUMN_UNITS, "35,5", {"value": 35.5, "unit": "ha", "kind": "amount"}),
        (_COLUMN_UNITS, "840", {"value": 840_000_000, "unit": "VND", "kind": "amount"}),
        (_COLUMN_UNITS, "415,5", {"value": 415_500_000, "unit": "VND"}),
        (_COLUMN_UNITS, "1,2", {"value": 1200, "unit": "count"}),
        (_COLUMN_UNITS, "120", {"value": 120, "unit": "count", "kind": "count"}),
        (_ROW_UNIT_WINS, "1.200", {"value": 1200, "unit": "ha"}),
        (_LINE_UNIT_LOSES, "500", {"value": 500_000_000, "unit": "VND"}),
        (_LINE_UNIT_LOSES, "20", {"value": 20, "unit": "ha"}),
        (_UNITS_OVER_KH_TH, "3.100", {"unit": "ha", "kind": "amount", "role": "plan", "period": "2024"}),
        (_UNITS_OVER_KH_TH, "54,3", {"unit": "quintal_per_ha", "role": "actual", "period": "2024"}),
        (_UNITS_OVER_KH_TH, "17.295", {"unit": "tonne", "kind": "amount"}),
        (_THOUSANDS_LINE, "2.512.300", {"value": 2_512_300_000, "unit": "VND", "kind": "amount"}),
        (_THOUSANDS_LINE, "380.500", {"value": 380_500_000, "unit": "VND"}),
        (_AVERAGE_RISE_ROW, "10,5", {"unit": "percent", "kind": "growth"}),
    ],
    ids=["ha-in-the-header", "a-scale-in-the-header", "a-decimal-with-the-headers-scale", "a-scaled-count",
         "a-bare-count-header-adds-nothing", "the-rows-own-unit-wins", "the-unit-line-where-no-header-names-one",
         "the-header-over-the-unit-line", "a-unit-over-a-plan-column", "a-rate-over-a-result-column",
         "the-last-spanning-cell", "a-unit-line-scaled-by-a-number", "a-unit-line-scaled-by-a-number-2",
         "a-row-naming-an-average-rise"],
)
def test_a_value_column_header_names_its_unit(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Huyện hỗ trợ 5 triệu đồng cho mỗi hộ bị sập nhà.", "5",
         {"unit": "VND_per_household", "kind": "rate", "value": 5_000_000}),
        ("Công ty thưởng Tết 2,5 triệu đồng mỗi người.", "2,5", {"unit": "VND_per_person", "kind": "rate"}),
        ("Tỉnh chi 300 triệu đồng cho mỗi xã đạt chuẩn.", "300", {"unit": "VND", "kind": "amount"}),
        ("Xã cấp 20 tấn gạo cho mỗi hộ thiếu đói.", "20", {"unit": "tonne", "kind": "amount"}),
        ("Tỷ lệ hộ dùng nước sạch đạt 88,5% (chỉ tiêu tỉnh giao trên 85%).", "85%",
         {"role": "plan", "qualifier": "over"}),
        ("Thu ngân sách đạt 512 tỷ đồng (kế hoạch HĐND huyện giao 480 tỷ đồng).", "480", {"role": "plan"}),
        ("Tỷ lệ tiêm chủng đầy đủ (kế hoạch 95%, thực hiện 96,2%) cao hơn năm trước.", "96,2%",
         {"role": "actual"}),
        ("Năm 2023, xảy ra 33 vụ cháy; so với cùng kỳ năm 2022 giảm 6 vụ (-15,4%).", "-15,4%",
         {"base": "2022", "kind": "growth"}),
        ("So với cùng kỳ, doanh thu tăng 12,5%, lợi nhuận tăng 8,1%.", "8,1%", {"base": "previous_year"}),
    ],
    ids=["money-for-each-household", "money-for-each-person", "for-each-commune-is-no-rate", "rice-is-no-rate",
         "a-bracket-opening-with-a-target-and-its-giver", "a-plan-bracket-with-a-council", "not-its-second-number",
         "a-comparison-opening-the-clause-without-a-comma", "a-decimal-comma-ends-no-comparison"],
)
def test_money_for_each_target_brackets_and_an_opening_comparison(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Nước sông Lam tại Nam Đàn vượt báo động 2 là 0,4 m.", ["0,4"]),
        ("Tỉnh ban bố rủi ro thiên tai cấp độ 3 trên địa bàn 5 huyện.", ["5"]),
        ("Mực nước sông Hồng lên trên mức báo động 3, cấp báo động 1 ở hạ du.", []),
    ],
    ids=["an-alarm-level", "a-disaster-risk-level", "a-level-and-its-grade"],
)
def test_an_alarm_or_risk_level_is_a_label(text, surfaces):
    assert [f["surface"] for f in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Vốn ODA đã giải ngân 96,4 tỷ đồng, đạt 48,2%.", "48,2%", {"kind": "plan_ratio"}),
        ("Huyện đã giải ngân được 12 tỷ đồng, bằng 64,5%.", "64,5%", {"kind": "plan_ratio"}),
        ("Tổng vốn sự nghiệp năm 2024 là 75 tỷ đồng, giải ngân đạt 81%.", "81%", {"kind": "share"}),
        ("Đã giải ngân 20 tỷ đồng, chiếm 35% tổng vốn.", "35%", {"kind": "share"}),
        ("Báo cáo năm 2024.\nTheo Luật Cán bộ, công chức năm 2019, tỷ lệ cán bộ đạt chuẩn là 91,4%.", "91,4%",
         {"period": None, "role": "actual"}),
        ("Báo cáo năm 2024.\nTheo Luật Phòng, chống tham nhũng năm 2018 có 12 cơ quan kê khai.", "12",
         {"period": None}),
        ("Báo cáo năm 2024.\nTheo Luật Đầu tư, năm 2023 thu hút 12 dự án.", "12", {"period": "2023"}),
        ("I. KẾT QUẢ NĂM 2024\nĐã nhận 9 hồ sơ theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, đã xử lý 7 hồ sơ.",
         "7", {"period": "2024", "role": "actual"}),
    ],
    ids=["a-percent-of-a-disbursed-amount", "after-giai-ngan-duoc", "disbursed-of-a-total-is-a-share",
         "a-share-verb-wins", "a-law-name-with-a-comma", "another-law-name-with-a-comma",
         "a-comma-right-before-the-year-ends-the-name", "a-long-law-name"],
)
def test_a_percent_of_a_disbursed_amount_and_a_law_named_with_a_comma(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_LEAD_IN = ("Năm 2024, tổng thu ngân sách đạt 100 tỷ đồng.\n\nKỳ họp thông qua các chỉ tiêu chủ yếu năm {year} "
            "như sau:\n\n{a}Tăng trưởng đạt 9%.\n\n{b}Thu ngân sách 500 tỷ đồng.\n\nChủ tịch huyện cho biết, "
            "năm 2024 huyện giải quyết việc làm cho 2.400 lao động.\n")
_CLOSING_LEAD_IN = ("Hội nghị tổng kết, ngày 20 tháng 12 năm 2024\n\nNăm 2024, huyện trồng mới 300 ha rừng.\n\n"
                    "Năm 2025 là năm cuối thực hiện kế hoạch 5 năm 2021 - 2025. "
                    "Huyện tập trung thực hiện thắng lợi các chỉ tiêu chủ yếu năm 2025 như sau:\n\n"
                    "Thứ nhất, trồng mới 320 ha rừng.\n\nThứ hai, có thêm 3 xã đạt chuẩn nông thôn mới.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_LEAD_IN.format(year=2025, a="- ", b="- "), "9%", {"role": "plan", "period": "2025"}),
        (_LEAD_IN.format(year=2025, a="- ", b="- "), "500", {"role": "plan", "period": "2025"}),
        (_LEAD_IN.format(year=2025, a="- ", b="- "), "2.400", {"role": "actual", "period": "2024"}),
        (_LEAD_IN.format(year=2025, a="1. ", b="2. "), "500", {"role": "plan", "period": "2025"}),
        (_LEAD_IN.format(year=2024, a="- ", b="- "), "9%", {"role": "actual"}),
        (_CLOSING_LEAD_IN, "320", {"role": "plan", "period": "2025"}),
        (_CLOSING_LEAD_IN, "3", {"role": "plan", "period": "2025"}),
        (_CLOSING_LEAD_IN, "300", {"role": "actual", "period": "2024"}),
    ],
    ids=["a-lead-in-of-a-later-years-indicators", "each-marked-item", "the-first-unmarked-paragraph-ends-them",
         "numbered-items-are-no-headings", "the-report-years-indicators-are-results",
         "a-paragraphs-last-sentence-is-its-lead-in", "carrying-targets-through-names-no-results",
         "the-results-before-it-stay"],
)
def test_a_lead_in_naming_a_later_years_indicators_opens_targets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025\nThu ngân sách đạt 61,2% dự toán.\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025\n"
         "Tổ chức bán đấu giá 20 lô đất ở tại xã Tân Hòa trong Quý IV.", "20",
         {"period": "2025-Q4", "role": "plan"}),
        ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025\nPhấn đấu thu ngân sách tăng 8% so với cùng kỳ năm 2024.", "8%",
         {"period": "2025-H2", "base": "2024"}),
        ("Để đạt mục tiêu, tỉnh cần thêm 1.200 bác sĩ trong 5 năm tới.", "1.200", {"role": "plan"}),
        ("Dịch bệnh buộc các hộ phải tiêu hủy 320 con lợn.", "320", {"role": "actual"}),
        ("Dự án nâng cấp 14 tuyến đường liên xã đã hoàn thành 9 tuyến trong năm 2024.", "14",
         {"role": "context", "period": None}),
        ("Dự án nâng cấp 14 tuyến đường liên xã đã hoàn thành 9 tuyến trong năm 2024.", "9",
         {"role": "actual", "period": "2024"}),
        ("Năm 2024 có 18/21 chỉ tiêu đạt và vượt kế hoạch, trong đó thu ngân sách đạt 112,4%.", "112,4%",
         {"kind": "plan_ratio", "base": "plan"}),
        ("Năm 2024 có 18/21 chỉ tiêu đạt và vượt kế hoạch, trong đó tỷ lệ che phủ rừng đạt 47,2% diện tích.",
         "47,2%", {"kind": "share"}),
    ],
    ids=["a-quarter-named-after-it-narrows-its-heading", "a-year-compared-with-is-no-period",
         "a-need-is-a-target", "a-duty-done-is-a-result", "what-a-project-is-to-build-is-background",
         "what-it-built-is-a-result", "a-part-of-a-plan-attained", "a-percent-of-something-else-stays-a-share"],
)
def test_a_time_later_in_the_clause_requirements_projects_and_plans_attained(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Đơn vị đang thực hiện kế hoạch 5 năm 2021-2025.", "5"),
        ("Tiêm phòng đợt 2 được 12.400 liều vắc xin.", "2"),
        ("Ban Chỉ huy Quân sự Phường 5 tổ chức huấn luyện 48 dân quân.", "5"),
        ("Toàn xã có 40 cán bộ, bình quân 1 cán bộ phụ trách 35 hộ.", "1"),
        ("Tỷ số giới tính khi sinh là 109 bé trai/100 bé gái.", "100"),
        ("Gạo 25% tấm xuất khẩu được 12.000 tấn.", "25%"),
        ("Hiện còn 2 huyện có ổ dịch chưa qua 21 ngày.", "21"),
        ("Dư nợ quá 90 ngày chiếm 0,8% tổng dư nợ.", "90"),
        ("Vận động viên Lò Văn Tùng giành huy chương bạc hạng cân 73 kg nam.", "73"),
        ("Đội tuyển giành 2 huy chương ở cự ly 800 m.", "800"),
        ("Tỷ lệ học viên có việc làm sau 6 tháng đạt 91%.", "6"),
        ("Trong tháng có 4 ngày nắng nóng ở cấp 3.", "3"),
        ("Toàn huyện có 85/120 hợp tác xã (70,8%) có vốn điều lệ dưới 1 tỷ đồng.", "1"),
        ("Đã thu hồi các khoản tạm ứng quá hạn trên 2 năm 14,3 tỷ đồng.", "2"),
        ("Hỗ trợ tiền ăn cho học sinh ở cách trường từ 5 km trở lên.", "5"),
        ("Các thôn cách trung tâm xã trên 15 km trở lên được ưu tiên đầu tư đường.", "15"),
        ("Quầy số 3 tiếp nhận hồ sơ đăng ký thất nghiệp.", "3"),
        ("Doanh nghiệp tại gian hàng số 12 tuyển thợ may.", "12"),
    ],
    ids=["a-five-year-plan", "a-round-of-vaccination", "a-ward-named-with-a-capital", "one-of-what-a-rate-is-per",
         "what-a-ratio-is-per", "a-rice-grade", "a-time-limit-naming-a-state", "a-time-limit-naming-a-group",
         "a-weight-class-with-its-unit", "a-race-distance-with-its-unit", "when-a-rate-is-measured",
         "a-level-of-danger", "a-band-after-a-count-and-its-share", "how-long-past-due",
         "a-distance-bound-naming-pupils", "a-distance-bound-naming-hamlets", "a-desks-number",
         "a-booths-number"],
)
def test_labels_names_and_what_a_rate_is_per_are_no_figures(text, surface):
    assert surface not in [r["surface"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Các cửa hàng bán ra 45.000 lít xăng dầu.", "45.000", {"unit": "count", "kind": "amount"}),
        ("Dự trữ nước mắm 2,4 triệu lít.", "2,4", {"value": 2400000, "kind": "amount"}),
        ("TT | Mặt hàng | ĐVT | Lượng dự trữ\n1 | Dầu ăn | Triệu lít | 3,2\n2 | Gạo | Tấn | 900\n",
         "3,2", {"value": 3200000, "kind": "amount"}),
        ("TT | Mặt hàng | ĐVT | Số lượng\n1 | Bình chữa cháy | Bình | 40\n", "40", {"kind": "count"}),
    ],
    ids=["litres-in-prose", "millions-of-litres", "a-row-in-litres", "a-row-of-things-stays-a-count"],
)
def test_litres_are_a_level_measured_not_things_counted(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ suất mắc lao là 86,4/100.000 dân, giảm 3,1 so với năm trước.", "86,4",
         {"value": 86.4, "unit": "count", "denominator": None}),
        ("Tỷ suất chết trẻ em dưới 1 tuổi là 11,2/1.000 trẻ đẻ sống.", "11,2",
         {"value": 11.2, "unit": "count", "denominator": None}),
        ("Số bác sĩ đạt 9,8/10.000 dân.", "9,8", {"value": 9.8, "unit": "count", "denominator": None}),
        ("Đã có 95/100 hộ được cấp nước sạch.", "95/100", {"value": 95, "denominator": 100}),
        ("Đã giải ngân 850/1.000 tỷ đồng.", "850/1.000", {"denominator": 1000000000000}),
    ],
    ids=["per-hundred-thousand-people", "per-thousand-live-births", "per-ten-thousand-people",
         "a-whole-number-over-a-hundred-is-a-part", "a-unit-after-the-base-keeps-the-fraction"],
)
def test_a_rate_written_over_a_round_base_is_per_that_many(text, surface, expected):
    assert fields_at(text, surface, expected) == expected
    base = text[text.index(surface) + len(surface) + 1:].split(" ")[0]
    if expected.get("denominator") is None:
        assert base not in [r["surface"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Thanh tra huyện kiến nghị xử lý kỷ luật 6 đảng viên.", "6", {"value": 6, "unit": "count"}),
        ("Sở xây dựng kế hoạch 40 cuộc kiểm tra trong năm.", "40", {"value": 40, "unit": "count"}),
        ("Toàn xã có 40 cán bộ, bình quân 1 cán bộ phụ trách 35 hộ.", "35", {"value": 35, "unit": "count"}),
        ("Huyện đưa 40 sản phẩm/9 hợp tác xã lên sàn thương mại điện tử.", "9", {"value": 9, "unit": "count"}),
        ("Tỷ lệ nghèo là 3,1% (năm 2023 là 3,9%) nhưng vẫn cao hơn bình quân vùng (từ 2 đến 2,5%).", "2 đến 2,5%",
         {"role": "context", "period": None}),
        ("Doanh thu 9 tháng năm 2024 ước đạt 812 tỷ đồng, tăng 9,5% so với cùng kỳ năm 2023 (741,6 tỷ đồng).",
         "741,6", {"role": "context", "period": None}),
        ("Đến ngày 30/9/2024, tỷ lệ giải ngân đạt 61,5% (cùng kỳ năm 2023 đạt 58,2%).", "58,2%",
         {"role": "context", "period": "2023"}),
        ("Lũy kế từ đầu năm, lực lượng chức năng xử lý 412 vụ (cùng kỳ năm 2023 xử lý 455 vụ).", "455",
         {"role": "context", "period": None}),
        ("I. KẾT QUẢ 9 THÁNG NĂM 2024\nGiá trị bình quân một hợp đồng đạt 2,4 tỷ đồng (cùng kỳ năm 2023 là "
         "2,1 tỷ đồng).\n", "2,1", {"role": "context", "period": None}),
        ("Sản lượng chè đạt 9.800 tấn, tăng 4% so với cùng kỳ (năm 2023 đạt 9.420 tấn).", "9.420",
         {"role": "context", "period": "2023"}),
        ("Tổng số vụ việc phải giải quyết là 128 vụ (năm trước chuyển sang 14 vụ).", "14", {"role": "actual"}),
        ("Tỷ lệ hộ dùng nước sạch đạt 91,4% (chỉ tiêu năm 2024 là 92%).", "92%", {"role": "plan"}),
        ("Nợ thuế chiếm 4,1% tổng thu (Tổng cục Thuế giao dưới 5%).", "5%", {"role": "plan", "qualifier": "under"}),
        ("Huyện xây mới 20 phòng học (đã bàn giao 15 phòng).", "15", {"role": "actual"}),
        ("Phấn đấu tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98% số trẻ trở lên.", "98%", {"qualifier": "over"}),
        ("I. KẾT QUẢ QUÝ II/2025\nThu ngân sách đạt 1.200 triệu đồng.\nII. NHIỆM VỤ QUÝ III/2025\n"
         "Phấn đấu tổng thu 6 tháng cuối năm đạt trên 60% dự toán năm.", "60%", {"period": "2025-H2"}),
    ],
    ids=["a-disciplined-count", "a-plan-of-inspections", "the-rates-value", "a-pair-of-counts",
         "a-range-after-a-closed-bracket", "the-same-months-of-the-year-before", "as-of-a-day-the-year-before",
         "from-the-years-start-the-same-months", "under-a-heading-of-months", "a-bracket-naming-its-year",
         "carried-over-counts-now", "a-target-bracket-naming-its-year",
         "a-givers-target-bracket", "handed-over-is-no-target", "a-bound-after-a-short-noun",
         "a-half-named-without-its-year"],
)
def test_counts_after_labels_compared_levels_targets_and_bounds(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_QUARTERS = ("I. KẾT QUẢ QUÝ III/2025\nNhân dịp Lễ Quốc khánh năm 2025, xã tặng 120 suất quà cho hộ nghèo.\n"
             "II. NHIỆM VỤ QUÝ IV/2025\n1. Cấp mới giấy phép xây dựng cho ít nhất 30 hộ; vận động người dân tham gia"
             " bảo hiểm y tế, phấn đấu đến hết năm 2025 đạt tỷ lệ 93%.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_QUARTERS, "120", {"period": "2025-Q3", "role": "actual"}),
        ("Xã tổ chức Lễ giao nhận quân năm 2025 với 24 tân binh.", "24", {"period": "2025"}),
        (_QUARTERS, "30", {"period": "2025-Q4", "role": "plan"}),
        (_QUARTERS, "93%", {"period": "2025", "role": "plan"}),
    ],
    ids=["an-occasion-within-its-sections-quarter", "an-occasion-alone-gives-its-year",
         "a-task-written-as-a-sentence-opens-no-section", "its-own-year-still-speaks"],
)
def test_occasions_and_tasks_keep_their_sections_period(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Thực hiện Chương trình số 12/CTr-UBND ngày 5/3/2024 của UBND huyện, năm 2024 huyện đã mở 18 lớp"
         " tập huấn; hỗ trợ 26 hợp tác xã xây dựng nhãn hiệu.", "26", "2024"),
        ("Huyện đẩy mạnh các hoạt động xúc tiến thương mại và quảng bá sản phẩm đặc trưng của địa phương, năm 2024"
         " đào tạo 600 lao động; hỗ trợ 26 hợp tác xã xây dựng nhãn hiệu.",
         "26", None),
    ],
    ids=["a-time-after-a-preface-opens-the-sentence", "a-time-after-another-clause-does-not"],
)
def test_a_time_after_a_preface(text, surface, period):
    assert fields_at(text, surface, ["period"]) == {"period": period}


_HALF_YEAR_TABLE = ("STT | Chỉ tiêu | ĐVT | TH năm 2023 | TH 6 tháng 2024 | KH năm 2025 | Ước TH 6 tháng 2025 | "
                    "So với cùng kỳ (%) | So với KH (%)\n"
                    "1 | Sản lượng thủy sản | Tấn | 24.310 | 12.450 | 27.000 | 13.180 | 105,9 | 48,8\n"
                    "2 | Doanh thu du lịch | Tỷ đồng | 2.870 | 1.320 | 3.100 | 1.505 | 114,0 | 48,5\n")
_QUARTER_TABLE = ("Chỉ tiêu | ĐVT | Quý II/2024 | Quý II 2025 | So với cùng kỳ (%)\n"
                  "Số doanh nghiệp thành lập mới | Doanh nghiệp | 212 | 238 | 112,3\n")
_RUNNING_GROWTH_TABLE = ("Chỉ tiêu | ĐVT | 10 tháng 2023 | 10 tháng 2024 | Tăng/giảm (%)\n"
                         "Kim ngạch xuất khẩu | Triệu USD | 640,2 | 702,9 | 9,8\n")
_RESULT_THEN_PLAN = ("Đơn vị tính: hộ\n"
                     "Chỉ tiêu | Năm 2024 | Năm 2025 | Kế hoạch giao | Tỷ lệ (%)\n"
                     "Hộ dùng nước sạch | 41.260 | 43.905 | 43.000 | 102,1\n"
                     "Hộ có nhà kiên cố | 38.114 | 39.020 | 40.000 | 97,6\n")
_PLAN_THEN_RESULT = ("Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện năm 2023 | Tỷ lệ đạt (%)\n"
                     "Trồng rừng mới | Ha | 1.200 | 1.264 | 105,3\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_HALF_YEAR_TABLE, "24.310", {"role": "actual", "qualifier": "exact", "period": "2023"}),
        (_HALF_YEAR_TABLE, "12.450", {"role": "context", "qualifier": "exact", "period": None, "unit": "tonne"}),
        (_HALF_YEAR_TABLE, "27.000", {"role": "plan", "period": "2025"}),
        (_HALF_YEAR_TABLE, "13.180", {"role": "actual", "qualifier": "estimated", "period": None}),
        (_HALF_YEAR_TABLE, "105,9", {"kind": "plan_ratio", "base": "previous_year", "unit": "percent",
                                     "role": "actual", "qualifier": "estimated", "period": None}),
        (_HALF_YEAR_TABLE, "48,5", {"kind": "plan_ratio", "base": "plan", "unit": "percent",
                                    "role": "actual", "qualifier": "estimated", "period": None}),
        (_QUARTER_TABLE, "212", {"role": "actual", "period": "2024-Q2"}),
        (_QUARTER_TABLE, "238", {"role": "actual", "period": "2025-Q2"}),
        (_QUARTER_TABLE, "112,3", {"kind": "plan_ratio", "base": "previous_year", "period": "2025-Q2"}),
        (_RUNNING_GROWTH_TABLE, "640,2", {"role": "context", "period": None, "value": 640.2e6}),
        (_RUNNING_GROWTH_TABLE, "702,9", {"role": "actual", "period": None}),
        (_RUNNING_GROWTH_TABLE, "9,8", {"kind": "growth", "base": "previous_year", "role": "actual",
                                        "period": None}),
        (_RESULT_THEN_PLAN, "38.114", {"role": "actual", "period": "2024", "unit": "count"}),
        (_RESULT_THEN_PLAN, "43.000", {"role": "plan", "period": "2025"}),
        (_RESULT_THEN_PLAN, "102,1", {"kind": "plan_ratio", "base": "plan", "unit": "percent", "role": "actual",
                                      "qualifier": "exact", "period": "2025"}),
        (_PLAN_THEN_RESULT, "1.200", {"role": "plan", "period": "2023"}),
        (_PLAN_THEN_RESULT, "105,3", {"kind": "plan_ratio", "base": "plan", "role": "actual", "period": "2023"}),
    ],
    ids=["a-whole-earlier-year-stays-a-result", "the-same-part-of-the-year-before-is-context", "the-years-plan",
         "an-estimate-of-counted-months-has-no-code", "against-the-same-period-compares-the-estimate",
         "against-the-plan-compares-the-estimate", "a-quarter-of-the-year-before-keeps-its-code",
         "a-quarter-with-a-bare-year", "a-quarters-comparison", "counted-months-of-the-year-before",
         "counted-months-of-this-year", "growth-against-the-same-months-before", "a-bare-year-column",
         "a-plan-column-naming-no-year", "a-rate-after-result-and-plan", "a-plan-before-the-result",
         "a-rate-after-plan-and-result"],
)
def test_table_columns_of_counted_months_plans_naming_no_year_and_rates(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_explain_names_the_column_of_the_year_befores_level():
    from solieu.extract import explain

    ex = explain(_HALF_YEAR_TABLE, "t")
    context = next(w for w, f in zip(ex.why, ex.figures.to_dict("records"), strict=True) if f["surface"] == "12.450")
    assert "TH 6 tháng 2024" in context["role"] and "TH 6 tháng 2024" in context["period"]


def test_a_plan_column_naming_no_year_is_of_the_latest_result():
    text = ("Chỉ tiêu | ĐVT | TH năm 2023 | Kế hoạch | Ước TH 9 tháng 2024\n"
            "Diện tích lúa gieo cấy | Ha | 41.200 | 40.500 | 30.850\n")
    assert fields_at(text, "40.500", ["role", "period"]) == {"role": "plan", "period": "2024"}
    assert fields_at(text, "41.200", ["role", "period"]) == {"role": "actual", "period": "2023"}


def test_a_half_of_a_year_holds_a_month_word():
    # The period search skips a text holding no year digits and no month or quarter word
    # (periods.may_name_period): a half named alone ("6 tháng đầu năm") must hold one.
    from solieu.extract import vocabulary
    from solieu.extract.periods import _month_words

    p = vocabulary().raw["periods"]
    months = _month_words()
    assert months is not None
    for half in p["first_half"] + p["second_half"]:
        assert any(w in half.lower() for w in months), half


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Đến ngày 30/11/2024, 23/24 căn nhà đã hoàn thành.", "23/24", {"value": 23, "denominator": 24}),
        ("Đến ngày 15/12/2024, 41 hộ đã nhận hỗ trợ.", "41", {"value": 41, "unit": "count"}),
    ],
    ids=["a-fraction-after-a-date-and-a-comma", "a-count-after-a-date-and-a-comma"],
)
def test_a_date_ends_with_its_year(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    "text",
    ["Báo cáo tình hình đầu tư xây dựng cơ bản 10 tháng năm 2024.",
     "Đánh giá công tác xây dựng cơ bản 9 tháng đầu năm."],
    ids=["months-after-a-word-ending-like-a-village", "months-of-the-year-after-it"],
)
def test_months_after_a_word_that_ends_like_a_label_are_a_duration(text):
    assert [r["surface"] for r in figures(text)] == []


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("II. NHIỆM VỤ, GIẢI PHÁP 2 THÁNG CUỐI NĂM 2024\n1. Phấn đấu thu tiền sử dụng đất khoảng 108 tỷ đồng.",
         "108", {"role": "plan", "period": None}),
        ("II. NHIỆM VỤ 3 THÁNG CUỐI NĂM 2025\n- Giải ngân thêm 120 tỷ đồng vốn đầu tư công.",
         "120", {"role": "plan", "period": None}),
        ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025\n- Giải ngân thêm 120 tỷ đồng vốn đầu tư công.",
         "120", {"role": "plan", "period": "2025-H2"}),
    ],
    ids=["the-last-two-months", "the-last-three-months", "the-second-half"],
)
def test_a_heading_of_targets_for_the_last_months_names_no_period(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tặng quà Tết cho 1.120 hộ, mỗi hộ 500.000 đồng.", "500.000",
         {"value": 500000, "unit": "VND_per_household", "kind": "rate"}),
        ("Cấp 82 con bò giống cho 82 hộ nghèo (mỗi hộ 01 con).", "01", {"unit": "count_per_household"}),
        ("Khen thưởng 35 vận động viên, mỗi người 3 triệu đồng.", "3", {"unit": "VND_per_person"}),
        ("Mức hỗ trợ 60 triệu đồng/căn xây mới.", "60", {"unit": "VND_per_household", "kind": "rate"}),
        ("Tặng quà Tết cho 1.120 hộ, mỗi hộ 500.000 đồng.", "1.120", {"unit": "count"}),
    ],
    ids=["money-after-each-household", "a-count-after-each-household", "money-after-each-person",
         "money-per-house", "the-households-themselves"],
)
def test_money_or_a_count_after_each_one_is_a_rate(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Lãi suất cho vay thông thường phổ biến từ 6,5-8,5%/năm.", "6,5-8,5%", {"kind": "other"}),
        ("Lãi suất huy động 0,2-0,5%/năm đối với tiền gửi không kỳ hạn; 4,5-5,6%/năm đối với kỳ hạn 6 tháng.",
         "4,5-5,6%", {"kind": "other"}),
        ("Nợ xấu chiếm 1,2% tổng dư nợ, lãi suất giảm nhẹ.", "1,2%", {"kind": "share"}),
        ("Cho vay nhà ở xã hội theo gói 120.000 tỷ đồng: chưa phát sinh dư nợ.", "120.000",
         {"role": "context", "period": None}),
        ("Đơn vị tính: tỷ đồng\nSTT | Ngành | 31/12/2023 | 31/12/2024 | Tăng, giảm so với đầu năm (%)\n"
         "1 | Nông nghiệp | 9.842 | 10.915 | 10,9", "10,9", {"kind": "growth", "unit": "percent"}),
    ],
    ids=["an-interest-rate", "an-interest-rate-after-a-semicolon", "a-share-beside-interest",
         "a-programme-named-by-its-size", "a-column-of-changes-against-the-year-start"],
)
def test_interest_rates_programme_sizes_and_changes_against_the_year_start(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Báo cáo năm 2024\nTổng dư nợ ước đạt 45,12 nghìn tỷ đồng, tăng 12,6% so với đầu năm.", "12,6%",
         {"kind": "growth", "base": "2023"}),
        ("Báo cáo năm 2024\nTiền gửi đạt 4.210 tỷ đồng, tăng 512 tỷ đồng so với 31/12/2023.", "512",
         {"kind": "change", "base": "2023"}),
        ("Báo cáo năm 2024\nDoanh thu tăng 8% so với cùng kỳ, đầu năm có 12 doanh nghiệp.", "8%",
         {"base": "previous_year"}),
    ],
    ids=["against-the-years-start", "against-a-day", "the-years-start-after-another-base"],
)
def test_a_change_against_the_start_of_the_year_is_against_the_year_before(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


PROJECTS = ("Biểu 02: Tiến độ một số dự án\nSTT | Tên dự án | Quy mô | Tổng mức đầu tư (triệu đồng) | "
            "Giải ngân đến 31/10/2024 (triệu đồng) | Ghi chú\n"
            "1 | Đường trục xã (giai đoạn 2) | 4,2 km | 186.500 | 92.340 | Hoàn thành 65% khối lượng\n")
QUOTAS = ("II. KẾ HOẠCH TUYỂN SINH NĂM HỌC 2026-2027\nTT | Trường | Số lớp | Chỉ tiêu tuyển sinh (học sinh) | "
          "Chỉ tiêu năm học 2025-2026 | Tăng (+), giảm (-)\n1 | THPT Lê Lợi | 14 | 630 | 585 | +45\n")
DEPOSITS = ("Đơn vị tính: tỷ đồng\nSTT | Ngành | 31/12/2023 | 31/12/2024\n1 | Nông nghiệp | 9.842 | 10.915\n")
OFFERED = ("DANH MỤC DỰ ÁN MỜI GỌI ĐẦU TƯ NĂM 2026\nSTT | Tên dự án | Diện tích (ha) | Tổng vốn đầu tư dự kiến "
           "(tỷ đồng)\n1 | Khu dân cư phía Bắc | 32,4 | 1.150\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (PROJECTS, "4,2", {"unit": "km", "role": "context", "period": None}),
        (PROJECTS, "186.500", {"value": 186500e6, "unit": "VND", "role": "context", "period": None}),
        (PROJECTS, "92.340", {"value": 92340e6, "unit": "VND", "role": "actual", "period": None}),
        (DEPOSITS, "9.842", {"value": 9842e9, "period": "2023"}),
        (DEPOSITS, "10.915", {"value": 10915e9, "period": "2024"}),
        (OFFERED, "1.150", {"value": 1150e9, "qualifier": "estimated", "role": "context", "period": None}),
        (QUOTAS, "14", {"unit": "count", "role": "plan", "period": "2026-2027"}),
        (QUOTAS, "630", {"unit": "count", "role": "plan", "period": "2026-2027"}),
        (QUOTAS, "585", {"unit": "count", "role": "plan", "period": "2025-2026"}),
        (QUOTAS, "+45", {"value": 45, "unit": "count", "kind": "change", "base": "previous_school_year",
                         "role": "plan", "period": "2026-2027"}),
    ],
    ids=["a-projects-scale", "its-approved-cost", "disbursed-to-a-day", "the-year-before-s-end",
         "the-year-s-end", "an-offered-projects-expected-cost", "classes-of-a-plan", "a-quota-in-its-unit",
         "last-year-s-quota", "the-quota-s-change"],
)
def test_a_project_table_and_columns_named_by_a_day(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm học 2025-2026 có 8.120 học sinh, tăng 310 học sinh so với năm học 2024-2025.", "310",
         {"kind": "change", "base": "previous_school_year"}),
        ("Phê duyệt Danh mục dự án mời gọi đầu tư năm 2026 của huyện, gồm 9 dự án, tổng vốn khoảng 2.400 tỷ "
         "đồng.", "9", {"role": "context", "period": None}),
        ("Phê duyệt Danh mục dự án mời gọi đầu tư năm 2026 của huyện, gồm 9 dự án, tổng vốn khoảng 2.400 tỷ "
         "đồng.", "2.400", {"role": "context", "period": None}),
        ("Năm 2025, trong số 20 dự án thuộc danh mục kêu gọi đầu tư năm 2025, có 8 dự án đã có nhà đầu tư.",
         "8", {"role": "actual", "period": "2025"}),
        ("Trong số 20 dự án thuộc danh mục kêu gọi đầu tư năm 2025, có 8 dự án đã có nhà đầu tư.",
         "20", {"role": "context", "period": None}),
        ("Năm 2025, tỉnh thu hút 12 dự án thuộc danh mục kêu gọi đầu tư, tổng số vốn 5.000 tỷ đồng.",
         "5.000", {"role": "actual", "period": "2025"}),
    ],
    ids=["against-the-school-year-before", "a-call-list-s-count", "a-call-list-s-sum", "a-result-of-a-call-list",
         "the-whole-of-a-call-list", "a-sum-drawn-from-a-call-list"],
)
def test_a_list_calling_for_investment_and_a_school_year_compared_with(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tổng kế hoạch vốn năm 2024 là 612.480 triệu đồng, trong đó vốn tỉnh hỗ trợ có mục tiêu 245.000 triệu "
         "đồng, vốn ngân sách huyện 318.480 triệu đồng (chủ yếu từ thu tiền sử dụng đất), vốn ngân sách xã "
         "49.000 triệu đồng.", "49.000", {"role": "plan"}),
        ("Kế hoạch vốn năm 2024 là 100 tỷ đồng, trong đó vốn tỉnh 60 tỷ đồng, vốn huyện 40 tỷ đồng; "
         "đã giải ngân 55 tỷ đồng.", "55", {"role": "actual"}),
    ],
    ids=["parts-after-a-part-with-words-of-its-own", "a-result-after-the-parts"],
)
def test_the_parts_of_a_target_go_on_after_a_bracket(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Báo cáo năm 2024\nDư nợ cho vay tăng 12,6% so với đầu năm (cả nước tăng khoảng 15%); nợ xấu chiếm 1,2%.",
         "15%", {"role": "context", "kind": "growth"}),
        ("Báo cáo năm 2024\nDư nợ cho vay tăng 12,6% so với đầu năm (cả nước tăng khoảng 15%); nợ xấu chiếm 1,2%.",
         "1,2%", {"role": "actual", "kind": "share"}),
        ("Tỷ lệ tốt nghiệp đạt 99,38%, tăng 0,21 điểm phần trăm so với năm trước và cao hơn tỷ lệ bình quân "
         "cả nước (99,31%).", "99,31%", {"role": "context", "kind": "share"}),
    ],
    ids=["a-bracket-opening-with-another-place", "after-that-bracket", "a-level-elsewhere-after-a-change"],
)
def test_the_same_measure_elsewhere_in_brackets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Toàn xã còn 128 hộ nghèo, chiếm 8,61% (giảm 2,15% so với đầu năm, vượt chỉ tiêu Nghị quyết HĐND xã "
         "giao là giảm 2%).", "2%", {"role": "plan"}),
        ("Kế hoạch tỉnh giao là 120 tỷ đồng, đã thực hiện 98 tỷ đồng.", "98", {"role": "actual"}),
        ("Chỉ tiêu được bàn giao là 12 nhà tình nghĩa.", "12", {"role": "actual"}),
    ],
    ids=["the-target-a-giver-set-after-la", "the-result-after-it", "handed-over-is-no-target"],
)
def test_the_target_a_giver_set(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


SUBJECTS = ("Điểm thi một số môn như sau:\nMôn thi\nSố bài thi\nĐiểm trung bình\nTỷ lệ bài dưới 5 điểm (%)\n"
            "Toán\n15.102\n6,78\n5,42\nNgữ văn\n15.087\n7,36\n3,15\n\nTheo đánh giá của Sở, môn Toán khó hơn.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (SUBJECTS, "15.102", {"unit": "count", "subject": "Toán"}),
        (SUBJECTS, "5,42", {"unit": "percent", "kind": "share", "subject": "Toán"}),
        (SUBJECTS, "3,15", {"unit": "percent", "kind": "share", "subject": "Ngữ văn"}),
        ("Điểm trung bình các bài thi của tỉnh đạt 6,94 điểm, tăng 0,12 điểm.", "6,94",
         {"unit": "count", "kind": "other"}),
        ("Xây dựng 12 điểm giao dịch mới.", "12", {"kind": "count"}),
        ("Công suất thiết kế của các bến container khoảng 8 triệu TEU/năm.", "8", {"role": "context"}),
    ],
    ids=["a-flattened-table-whose-header-names-no-table-word", "its-percent-column", "its-second-row",
         "a-score", "points-of-service-counted", "a-designed-capacity-as-the-subject"],
)
def test_plain_flattened_tables_scores_and_designed_capacity(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (SUBJECTS, "6,78", {"kind": "other"}),
        ("II. NHIỆM VỤ 2 THÁNG CUỐI NĂM 2024\n- Hoàn thành, đưa vào sử dụng thêm 8 dự án trước ngày 31/12/2024.",
         "8", {"role": "plan", "period": "2024"}),
        ("Đến ngày 31/10/2024, toàn huyện đã giải ngân 408.915 triệu đồng.", "408.915", {"period": None}),
        ("II. NHIỆM VỤ\nCác xã nộp 2,4 tỷ đồng tiền thuê đất, tiền phạt vào ngân sách huyện trước ngày 31/12/2025.",
         "2,4", {"period": "2025"}),
        ("Báo cáo năm 2024. So với kết quả thanh tra tài chính năm 2023 (kiến nghị thu hồi 18,3 tỷ đồng), số kiến "
         "nghị thu hồi tăng 4,1 tỷ đồng.", "4,1", {"base": "2023", "period": None}),
        ("Báo cáo năm 2024. So với kết quả thanh tra tài chính năm 2023 (kiến nghị thu hồi 18,3 tỷ đồng), số kiến "
         "nghị thu hồi tăng 4,1 tỷ đồng.", "18,3", {"role": "context", "period": "2023"}),
        ("So với Hội thao lần thứ III năm 2019 (giành 12 huy chương vàng), đoàn giành thêm 4 huy chương vàng.",
         "12", {"role": "context", "period": None}),
    ],
    ids=["a-column-of-scores", "due-by-a-day", "disbursed-to-a-day", "due-by-a-day-past-a-comma-of-its-words",
         "a-long-comparison-names-the-base", "its-bracket-is-of-that-year", "an-events-edition-of-no-period"],
)
def test_score_columns_and_days_due(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_top_group_is_no_figure():
    text = "Phấn đấu đưa điểm trung bình thi tốt nghiệp vào nhóm 20 tỉnh dẫn đầu cả nước."
    assert [r["surface"] for r in figures(text)] == []


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("(BTN) - Ngày 19/7, Sở Giáo dục và Đào tạo tỉnh cho biết, Kỳ thi tốt nghiệp THPT năm 2024 toàn tỉnh có "
         "15.326 thí sinh, tăng 1.142 thí sinh so với năm 2023; số thí sinh dự thi là 15.258.", "15.258",
         {"period": "2024"}),
        ("Ngày 19/7, Sở cho biết, năm 2024 có 15.326 thí sinh. Số thí sinh tự do là 872.", "872",
         {"period": None}),
    ],
    ids=["after-who-says-it-the-sentence-opens-again", "not-past-the-sentence"],
)
def test_a_time_opening_what_a_source_says(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


EPIDEMIC = ("Tình hình bệnh theo địa phương\nSTT | Địa phương | Tuần 38 (ca) | Cộng dồn (ca) | Cùng kỳ 2023 (ca) | "
            "Tăng/giảm (%)\n1 | TP. Nha Trang | 72 | 1.386 | 1.024 | 35,4\n2 | TX. Ninh Hòa | 38 | 702 | 455 | 54,3\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (EPIDEMIC, "1.024", {"role": "context", "period": None}),
        (EPIDEMIC, "35,4", {"kind": "growth", "base": "2023"}),
        ("Tổng thu du lịch gấp 1,8 lần năm 2019 (11.860 tỷ đồng).", "11.860", {"role": "context"}),
        ("Năm 2024 thu hút 4,96 tỷ USD, gấp 2,1 lần năm 2023, đạt 165% kế hoạch năm.", "165%",
         {"role": "actual", "period": "2024"}),
        ("Chỉ số mật độ muỗi là 0,9 con/nhà.", "0,9", {"unit": "count_per_household", "kind": "rate"}),
        ("Chỉ số nhà có bọ gậy 18,5% (ngưỡng nguy cơ trên 10%).", "10%", {"role": "plan"}),
        ("Mức chi tiêu bình quân khoảng 1,1 triệu đồng/lượt khách.", "1,1", {"unit": "VND_per_person"}),
        ("Hoàn thành hồ sơ đề nghị xếp hạng 2 di tích cấp tỉnh.", "2", {"value": 2, "unit": "count"}),
    ],
    ids=["the-same-part-of-an-earlier-year", "a-change-against-it", "the-level-a-multiple-is-of",
         "after-a-multiple-of-an-earlier-year", "per-house", "a-threshold-in-brackets", "per-visitor",
         "classed-things-counted"],
)
def test_same_part_columns_multiples_thresholds_and_rates_per_house(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_dose_number_is_a_label():
    text = "Tỷ lệ tiêm vắc xin sởi mũi 2 cho trẻ 18 tháng tuổi đạt 87,2%."
    assert [r["surface"] for r in figures(text)] == ["87,2%"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Trong tuần, toàn tỉnh ghi nhận 186 ca mắc, tăng 24 ca (14,8%) so với tuần trước.", "14,8%",
         {"kind": "growth", "direction": "up"}),
        ("Khu vực FDI là động lực tăng trưởng của tỉnh: năm 2024, các doanh nghiệp FDI đóng góp 76,8% kim ngạch "
         "xuất khẩu.", "76,8%", {"kind": "share"}),
        ("Tốc độ tăng trưởng kinh tế: 8,5%.", "8,5%", {"kind": "growth"}),
        ("Chi thường xuyên năm 2024 đạt 64 tỷ đồng, giảm 3,2 tỷ đồng, tương đương 4,8% so với năm 2023.", "4,8%",
         {"kind": "growth", "direction": "down"}),
        ("Chi thường xuyên năm 2024 đạt 64 tỷ đồng, giảm 3,2 tỷ đồng, tương đương 4,8% so với năm 2023.", "3,2",
         {"kind": "change", "base": "2023"}),
    ],
    ids=["a-change-in-percent-in-brackets", "a-growth-word-before-a-colon", "a-growth-word-heading-its-number",
         "a-change-in-percent-after-an-equivalence", "the-change-before-its-equivalent"],
)
def test_a_change_in_percent_beside_a_change_and_growth_words_before_a_colon(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_map_scale_is_no_figure():
    text = "Trong năm, đã phê duyệt 24 đồ án quy hoạch chi tiết tỷ lệ 1/500 với tổng diện tích 1.865 ha."
    assert [r["surface"] for r in figures(text)] == ["24", "1.865"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Có 118 lượt tàu có trọng tải từ 100.000 tấn trở lên cập cảng.", "100.000"),
        ("Trong đó tàu có chiều dài từ 15 m trở lên 2.286 chiếc, tàu từ 12 m đến dưới 15 m 1.108 chiếc.", "12"),
        ("Trong đó tàu có chiều dài từ 15 m trở lên 2.286 chiếc, tàu từ 12 m đến dưới 15 m 1.108 chiếc.", "15"),
        ("Giám sát: 2.279/2.286 tàu cá từ 15 m trở lên đã lắp thiết bị.", "15"),
        ("(2) 100% tàu cá từ 15 m trở lên duy trì kết nối.", "15"),
        ("Đã xử lý 18 tàu mất kết nối trên 10 ngày.", "10"),
        ("Xã có 1.250 hộ có thu nhập trên 100 triệu đồng/năm.", "100"),
        ("Tỉnh thu hút doanh nghiệp có vốn từ 100 tỷ đồng trở lên vào khu kinh tế.", "100"),
        ("Huyện có 56 hợp tác xã đạt doanh thu từ 5 tỷ đồng trở lên.", "5"),
        ("Toàn tỉnh có 320 xe tải từ 3,5 tấn trở lên 140 chiếc đã lắp camera.", "3,5"),
        ("Có 4 thí sinh đạt tổng điểm 3 môn khối B00 từ 28 điểm trở lên.", "3"),
        ("Có 4 thí sinh đạt tổng điểm 3 môn khối B00 từ 28 điểm trở lên.", "28"),
        ("Trường có 215 học sinh đạt từ 8,0 điểm trở lên.", "8,0"),
        ("Không có bài thi bị điểm liệt (từ 1,0 điểm trở xuống).", "1,0"),
        ("Tỷ lệ bài dưới 5 điểm là 4,3%.", "5"),
        ("Môn Ngữ văn có 42 điểm 10.", "10"),
        ("Môn Toán có 17 bài thi đạt điểm 10.", "10"),
        ("Toàn huyện có 14/20 hợp tác xã đạt trên 80% kế hoạch.", "80%"),
        ("Những thôn đạt dưới 40% kế hoạch phải rà soát lại nguyên nhân.", "40%"),
        ("Vụ Mùa có 5/7 xã, phường, thị trấn đạt năng suất trên 55 tạ/ha.", "55"),
        ("Giá chè búp tươi ổn định. Nhóm giống chè đặc sản có giá bán trên 15.000 đồng/kg chiếm 40% diện tích.",
         "15.000"),
        ("Giống mới chiếm 70% diện tích; nhóm giống có giá dưới 9.000 đồng/kg còn rất ít.", "9.000"),
    ],
    ids=["ships-by-tonnage", "a-length-range-before-its-count", "the-ranges-upper-end",
         "a-fraction-of-ships-by-length", "a-share-of-ships-by-length", "ships-by-days-offline", "households-by-income",
         "firms-by-capital-with-no-count", "cooperatives-by-revenue", "trucks-by-weight-before-their-count",
         "the-subjects-a-total-sums", "candidates-by-total-score", "pupils-by-score", "a-bracket-defining-a-group",
         "papers-under-a-score", "a-score-naming-a-grade", "a-grade-the-papers-had", "a-count-by-its-share-of-the-plan",
         "things-named-as-many-by-their-share-of-the-plan", "a-count-of-coordinated-places-reaching-a-bound",
         "a-group-by-name-with-a-price-bound", "a-group-by-name-mid-sentence"],
)
def test_a_bound_naming_a_group_of_counted_things_is_no_figure(text, surface):
    assert surface not in [r["surface"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\na) Nhóm chỉ tiêu về kinh tế (5 chỉ tiêu)\n"
         "(1) Tốc độ tăng trưởng kinh tế đạt 8%.", "5", {"role": "context", "period": None}),
        ("II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\na) Nhóm chỉ tiêu về kinh tế (5 chỉ tiêu)\n"
         "(1) Tốc độ tăng trưởng kinh tế đạt 8%.", "8%", {"role": "plan", "period": "2026"}),
        ("Năm 2024 có 18/21 chỉ tiêu đạt và vượt kế hoạch.", "18/21", {"role": "actual"}),
    ],
    ids=["how-many-targets-a-group-holds", "the-group's-target", "targets-attained-are-a-result"],
)
def test_how_many_items_a_group_holds(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Có 118 lượt tàu có trọng tải từ 100.000 tấn trở lên cập cảng.", "118", {"value": 118, "unit": "count"}),
        ("Xã có 1.250 hộ có thu nhập trên 100 triệu đồng/năm.", "1.250", {"value": 1250, "unit": "count"}),
        ("Môn Ngữ văn có 42 điểm 10.", "42", {"value": 42, "unit": "count"}),
        ("Phấn đấu tỷ lệ che phủ rừng đạt 63,5% trở lên.", "63,5%", {"value": 63.5, "qualifier": "over"}),
        ("Năm 2024 thu hút 45 dự án với tổng vốn trên 2.000 tỷ đồng.", "2.000", {"value": 2e12, "qualifier": "over"}),
        ("Có 12 dự án có tổng vốn trên 500 tỷ đồng.", "500", {"value": 5e11, "unit": "VND"}),
        ("Sản lượng thủy sản năm 2025 đạt trên 80.000 tấn.", "80.000", {"value": 80000, "unit": "tonne"}),
        ("Có 38 trang trại quy mô lớn với tổng đàn lợn trên 46.000 con.", "46.000", {"value": 46000, "unit": "count"}),
        ("Điểm trung bình phấn đấu đạt từ 6,5 điểm trở lên.", "6,5", {"value": 6.5, "qualifier": "over"}),
        ("Tổ chức 15 phiên đấu giá đạt trên 120 tỷ đồng.", "120", {"value": 1.2e11, "unit": "VND"}),
        ("Có 3 huyện có tỷ lệ trên 28% là A, B và C.", "28%", {"value": 28, "unit": "percent"}),
        ("Toàn tỉnh có 245 sản phẩm OCOP đạt từ 3 sao trở lên.", "3", {"value": 3, "unit": "star"}),
        ("Triển khai thí điểm 3 mô hình nuôi tôm công nghệ cao.", "3", {"value": 3, "unit": "count"}),
        ("Năm 2025 giải ngân vốn đầu tư công đạt trên 90% kế hoạch.", "90%", {"value": 90, "unit": "percent"}),
    ],
    ids=["the-count-of-ships", "the-count-of-households", "the-count-of-a-grade", "a-targets-own-bound",
         "a-total-of-the-projects", "a-sum-without-a-threshold", "an-output-over-a-level", "a-herd-in-its-own-unit",
         "an-average-score-target", "a-result-after-a-bare-attribute", "a-share-of-each-kept", "a-star-class-kept",
         "a-pilot-counts", "a-percent-of-plan"],
)
def test_a_bound_of_the_figure_itself_or_a_total_stays_a_figure(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Báo cáo năm 2024\nNâng tổng số căn nhà ở xã hội hoàn thành từ năm 2021 đến nay lên 3.516 căn, đạt 35,2% "
         "chỉ tiêu.", "3.516", {"period": "2021-2024"}),
        ("Báo cáo năm 2024\nNâng tổng số căn nhà ở xã hội hoàn thành từ năm 2021 đến nay lên 3.516 căn, đạt 35,2% "
         "chỉ tiêu.", "35,2%", {"period": "2021-2024"}),
        ("Báo cáo năm 2024\nDoanh thu tăng 8% so với năm 2021.", "8%", {"period": None, "base": "2021"}),
    ],
    ids=["since-a-year-up-to-now", "its-share-of-the-target", "a-base-year-stays-a-base"],
)
def test_the_years_since_one_up_to_now(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Báo cáo năm 2024\nKể từ khi khu công nghiệp đầu tiên được thành lập năm 2003, đến nay tỉnh đã thu hút "
         "215 dự án.", "215", {"role": "actual", "period": None}),
        ("Báo cáo năm 2024\nNăm 2020 có 40 hợp tác xã, đến nay đã có 65 hợp tác xã.", "65",
         {"role": "actual", "period": None}),
        ("Báo cáo năm 2024\nNăm 2020 có 40 hợp tác xã, đến nay đã có 65 hợp tác xã.", "40",
         {"role": "context", "period": "2020"}),
        ("Báo cáo năm 2024\nGiai đoạn 2021-2025, huyện đặt mục tiêu xây 30 trường; đến nay đã xây 18 trường.", "18",
         {"role": "actual", "period": "2021-2025"}),
    ],
    ids=["since-an-event-of-a-past-year-up-to-now", "now-after-a-past-year", "the-past-years-own-level",
         "now-inside-a-span-running-to-now"],
)
def test_up_to_now_after_a_time_gone_by_is_the_time_there_is_now(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Sở Y tế đề xuất Ủy ban nhân dân tỉnh bố trí 12 tỷ đồng mua trang thiết bị.", "12", {"role": "plan"}),
        ("Huyện kiến nghị tỉnh phân bổ thêm 20 tỷ đồng và 300 tấn xi măng.", "300", {"role": "plan"}),
        ("Xã đề nghị cấp trên công nhận 3 thôn đạt chuẩn.", "3", {"role": "plan"}),
        ("Đoàn thanh tra đã kiến nghị thu hồi 12,5 tỷ đồng.", "12,5", {"role": "actual"}),
        ("Kiến nghị xử lý kỷ luật 9 cá nhân.", "9", {"role": "actual"}),
        ("Tiếp nhận 25 hồ sơ đề nghị cấp phép, đã cấp 20 giấy phép.", "20", {"role": "actual"}),
        ("Đề nghị Trung ương hỗ trợ 150 tỷ đồng khắc phục hậu quả, toàn tỉnh đã huy động 40 đội xung kích.", "40",
         {"role": "actual"}),
    ],
    ids=["a-proposal-to-allot", "a-second-thing-asked-for", "a-request-to-recognise", "an-inspections-recommendation",
         "a-recommended-discipline", "a-request-naming-a-file-then-a-result", "a-result-after-a-comma"],
)
def test_a_request_for_the_future_is_a_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Huyện đã bố trí 8,2 tỷ đồng từ ngân sách để nạo vét 12 km kênh tại 4 xã.", "8,2", {"role": "plan"}),
        ("Huyện đã bố trí 8,2 tỷ đồng từ ngân sách để nạo vét 12 km kênh tại 4 xã.", "12", {"role": "plan"}),
        ("Huyện đã bố trí 8,2 tỷ đồng từ ngân sách để nạo vét 12 km kênh tại 4 xã.", "4", {"role": "plan"}),
        ("Huyện đã bố trí 8,2 tỷ đồng, đến nay nạo vét được 5 km kênh.", "5", {"role": "actual"}),
        ("Tỉnh bố trí việc làm cho 1.200 lao động.", "1.200", {"role": "actual"}),
        ("Quỹ đã tiếp nhận 9,6 tỷ đồng tiền ủng hộ, đã phân bổ 7,1 tỷ đồng.", "7,1", {"role": "actual"}),
    ],
    ids=["allotted-money", "the-work-it-is-for", "the-work-it-is-for-continued", "a-result-after-a-comma",
         "jobs-arranged-are-a-result", "donations-handed-on-are-a-result"],
)
def test_money_allotted_and_the_work_it_is_for_are_a_plan(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Mục tiêu đến năm 2026, tỷ lệ hộ dùng điện lưới đạt 99%, thêm 300 hộ có điện.", "99%", {"role": "plan"}),
        ("Mục tiêu đến năm 2026, tỷ lệ hộ dùng điện lưới đạt 99%, thêm 300 hộ có điện.", "300", {"role": "plan"}),
        ("Mục tiêu giảm nghèo đã hoàn thành, tỷ lệ hộ nghèo còn 2,1%.", "2,1%", {"role": "actual"}),
        ("Quý IV kỳ vọng 2,4 triệu lượt khách", "2,4", {"role": "plan"}),
    ],
    ids=["a-target-year-opening-the-sentence", "its-later-figure", "a-target-word-naming-no-year",
         "what-a-subhead-expects"],
)
def test_a_sentence_opening_with_a_targets_year_sets_targets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


REPLY = ("BÁO CÁO\nTrả lời kiến nghị của cử tri trước Kỳ họp thứ 12\n\nI. LĨNH VỰC KINH TẾ\n\n"
                "Câu 1. Cử tri hỏi về đê.\nTrả lời:\nNăm 2023, lũ làm sạt lở 2,5 km đê (năm 2022 là 1,1 km). "
                "Năm 2024, tỉnh đã gia cố 1,8 km.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (REPLY, "2,5", {"role": "actual", "period": "2023"}),
        (REPLY, "1,1", {"role": "context", "period": "2022"}),
        (REPLY, "1,8", {"role": "actual", "period": "2024"}),
        (REPLY.replace("Năm 2023, lũ", "Ủy ban đã trả lời 14 kiến nghị. Năm 2023, lũ"), "14", {"role": "context"}),
        (REPLY.replace("Trả lời kiến nghị của cử tri trước Kỳ họp thứ 12", "Kết quả năm 2024"), "2,5",
         {"role": "context", "period": "2023"}),
    ],
    ids=["an-earlier-years-event-in-a-reply", "a-bracket-of-another-year-in-a-reply", "the-latest-year-in-a-reply",
         "the-count-of-petitions-a-reply-answers", "an-earlier-year-in-a-years-report"],
)
def test_a_reply_to_petitions_has_no_period_of_its_own(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Huyện đã ban hành Quyết định số 12/QĐ-UBND hỗ trợ 50% lãi suất vay, với kinh phí khoảng 2 tỷ đồng/năm.",
         "50%", {"role": "context"}),
        ("Huyện đã ban hành Quyết định số 12/QĐ-UBND hỗ trợ 50% lãi suất vay, với kinh phí khoảng 2 tỷ đồng/năm.",
         "2", {"role": "context"}),
        ("Huyện đã ban hành Quyết định số 12/QĐ-UBND hỗ trợ 50% lãi suất vay; đã hỗ trợ 310 hộ.", "310",
         {"role": "actual"}),
    ],
    ids=["the-support-an-act-sets", "its-cost-per-year", "what-was-done-after-a-semicolon"],
)
def test_the_support_an_issued_act_sets_is_a_term(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_place_out_of_a_total_after_a_colon_is_a_rank():
    f = figure_at("- Xếp hạng chỉ số PCI: thứ 12/63 tỉnh, thành phố.", "12/63")
    assert (f["value"], f["denominator"], f["unit"], f["kind"]) == (12, None, "count", "other")
    assert not figures("Đại hội lần thứ 5 của Hội.")


def test_a_year_ending_a_long_noun_phrase_of_money_is_its_period():
    text = "Huyện đề nghị tỉnh hỗ trợ 18 tỷ đồng từ nguồn vốn sự nghiệp kinh tế của tỉnh năm 2026."
    assert fields_at(text, "18", {"period": "2026"}) == {"period": "2026"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2025, huyện phấn đấu làm mới 40 km đường, trong đó quý I đã làm 12 km.", "40", {"role": "plan"}),
        ("Năm 2025, huyện phấn đấu làm mới 40 km đường, trong đó quý I đã làm 12 km.", "12", {"role": "actual"}),
        ("Dự án cấp nước xã Tân Hòa có tổng mức đầu tư dự kiến khoảng 42 tỷ đồng.", "42", {"role": "context"}),
        ("Đã khởi công 9 công trình, tổng mức đầu tư trên 40 tỷ đồng.", "40", {"role": "actual"}),
        ("Dự án kè sông Hiếu có chiều dài 2,6 km, đã hoàn thành 70% khối lượng.", "2,6", {"role": "context"}),
        ("Dự án kè sông Hiếu có chiều dài 2,6 km, đã hoàn thành 70% khối lượng.", "70%", {"role": "actual"}),
        ("Dự án cấp nước cho 6 xã phía Tây đang chờ phê duyệt.", "6", {"role": "context"}),
        ("Dự án đã giải ngân 18 tỷ đồng.", "18", {"role": "actual"}),
        ("Bình quân 52 trẻ/nhóm, cao hơn quy định tại Thông tư số 13/2018/TT-BGDĐT (tối đa 30 trẻ/nhóm).", "30",
         {"role": "plan", "qualifier": "under"}),
        ("Bình quân 52 trẻ/nhóm, cao hơn quy định tại Thông tư số 13/2018/TT-BGDĐT (tối đa 30 trẻ/nhóm).", "52",
         {"role": "actual"}),
    ],
    ids=["a-target-striven-for", "a-part-already-done", "a-projects-estimated-cost", "a-cost-of-works-started",
         "a-projects-length", "a-projects-progress", "a-number-in-a-projects-name", "a-projects-disbursement",
         "a-rules-ceiling-in-brackets", "the-level-held-against-it"],
)
def test_a_part_done_a_projects_estimated_cost_and_a_rules_ceiling(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ lệ nợ xấu là 1,4%, thấp hơn mức 3% theo Nghị quyết của Quốc hội.", "3%", {"role": "plan"}),
        ("Tỷ lệ nợ xấu là 1,4%, thấp hơn mức 3% theo Nghị quyết của Quốc hội.", "1,4%", {"role": "actual"}),
        ("Bội chi ngân sách không vượt quá mức 5% quy định.", "5%", {"role": "plan"}),
        ("Dư nợ vay bằng 45% mức trần quy định là 70%.", "70%", {"role": "plan"}),
        ("Dư nợ vay bằng 45% mức trần quy định là 70%.", "45%", {"role": "actual"}),
        ("Giá lúa ở mức 7.500 đồng/kg, thấp hơn 300 đồng/kg so với cùng kỳ.", "7.500", {"role": "actual"}),
    ],
    ids=["a-legal-ceiling", "the-result-held-against-it", "a-ceiling-the-rules-set", "a-ceiling-named-before",
         "the-share-of-the-ceiling", "a-level-with-no-rule"],
)
def test_a_norm_the_result_is_held_against_is_a_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Điểm bình quân 4 môn thi của trường đạt từ 6,5 điểm trở lên.", ["6,5"]),
        ("Xã có 320 hộ nuôi bò có quy mô từ 10 con trở lên.", ["320"]),
        ("Toàn huyện có 12 xã đạt từ 15 tiêu chí trở lên.", ["12"]),
        ("Hằng năm kết nạp từ 3.000 đảng viên trở lên.", ["3.000"]),
        ("Xã có 56 hộ nuôi từ 20 con bò.", ["56", "20"]),
        ("Điểm trung bình môn Toán đạt 6,94 điểm.", ["6,94"]),
    ],
    ids=["what-an-average-score-is-over", "households-by-herd-size", "communes-by-criteria-met",
         "a-count-bounded-with-no-group", "a-herd-without-a-threshold", "an-average-score"],
)
def test_a_count_bounds_a_group_only_with_a_threshold_and_an_average_names_what_it_is_over(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Báo cáo năm 2024\nVề công tác phổ cập, tại đợt kiểm tra công nhận của Bộ Giáo dục và Đào tạo trong năm học "
         "2023-2024, huyện có 18/20 xã đạt chuẩn; riêng khu vực thị trấn có 6 trường đạt chuẩn.", "6",
         {"period": "2023-2024"}),
        ("Báo cáo năm 2024\nVề công tác phổ cập, tại đợt kiểm tra công nhận của Bộ Giáo dục và Đào tạo trong năm học "
         "2023-2024, huyện có 18/20 xã đạt chuẩn; riêng khu vực thị trấn có 6 trường đạt chuẩn.", "18/20",
         {"period": "2023-2024"}),
        ("Báo cáo năm 2024\nHuyện có 12 trường được công nhận lại sau đợt kiểm tra kéo dài của năm học 2023-2024, "
         "trong đó 3 trường mầm non; xã có 4 trường.", "4", {"period": None}),
    ],
    ids=["a-long-opening-ending-with-a-school-year", "the-figure-in-its-own-clause",
         "a-time-after-a-figure-opens-nothing"],
)
def test_a_time_ending_a_sentences_opening_words_carries_across_a_semicolon(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ lệ hộ nghèo đa chiều giảm 1,5%; riêng các xã vùng cao giảm 3 - 4%.", "3 - 4%",
         {"unit": "percentage_point", "kind": "change_points"}),
        ("Tỷ lệ trẻ suy dinh dưỡng giảm 0,8%, trong đó vùng đồng bào dân tộc thiểu số giảm 1,2%.", "1,2%",
         {"unit": "percentage_point", "kind": "change_points"}),
        ("Tỷ suất sinh giảm 0,4%, vượt chỉ tiêu Nghị quyết HĐND huyện giao là giảm 0,3%.", "0,3%",
         {"unit": "percentage_point", "kind": "change_points", "role": "plan"}),
        ("Tỷ lệ hộ nghèo giảm 1,8%; doanh thu du lịch tăng 12%.", "12%", {"unit": "percent", "kind": "growth"}),
        ("Doanh thu tăng 8%; riêng du lịch tăng 12%.", "12%", {"unit": "percent", "kind": "growth"}),
    ],
    ids=["a-part-of-the-rate-after-a-semicolon", "a-part-of-the-rate-after-trong-đó", "the-target-set-for-the-rate",
         "another-measure-after-a-rate", "a-part-of-a-growth"],
)
def test_a_change_of_the_rate_the_figure_before_changed_is_in_points(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Báo cáo năm 2024\nNăm 2020, huyện thực hiện 5 dự án trồng rừng.", "5", {"role": "context", "period": "2020"}),
        ("Báo cáo năm 2024\nNăm 2020, huyện phát hiện 14 vụ vi phạm.", "14", {"role": "context", "period": "2020"}),
        ("Báo cáo năm 2024\nNăm 2020 huyện có 5 hợp tác xã, hiện có 11 hợp tác xã.", "11", {"role": "actual"}),
    ],
    ids=["a-verb-holding-the-word-for-now", "another-such-verb", "the-word-for-now-itself"],
)
def test_a_verb_that_holds_the_word_for_now_does_not_name_the_time_there_is_now(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_QUARTERS_OF_A_YEAR = ("BÁO CÁO HOẠT ĐỘNG NĂM 2023\nI. KẾT QUẢ NĂM 2023\n2. Số liệu theo từng quý\n"
                  "Chỉ tiêu | ĐVT | Quý I | Quý II | Quý III | Ước Quý IV | Ước cả năm\n"
                  "Số ca sinh | Ca | 410 | 452 | 470 | 468 | 1.800\n"
                  "Tỷ lệ sinh mổ | % | 31,2 | 30,8 | 29,5 | 29,9 | 30,3\n")
_YEARS_TABLE = ("Biểu 1. Tăng trưởng giai đoạn 2019-2023\nĐơn vị tính: %\n\n"
                "Chỉ tiêu | 2019 | 2020 | 2021 | 2022 | Ước 2023\n"
                "Tốc độ tăng giá trị sản xuất so với năm trước | 5,1 | 2,2 | 3,4 | 6,0 | 6,7\n"
                "- Nông nghiệp | 2,0 | 1,5 | 2,8 | 3,1 | 3,3\n"
                "Tỷ trọng nông nghiệp | 30,1 | 29,4 | 28,2 | 27,5 | 26,8\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_QUARTERS_OF_A_YEAR, "410", {"period": "2023-Q1", "role": "actual", "qualifier": "exact"}),
        (_QUARTERS_OF_A_YEAR, "470", {"period": "2023-Q3", "role": "actual", "qualifier": "exact"}),
        (_QUARTERS_OF_A_YEAR, "468", {"period": "2023-Q4", "role": "actual", "qualifier": "estimated"}),
        (_QUARTERS_OF_A_YEAR, "1.800", {"period": "2023", "role": "actual", "qualifier": "estimated"}),
        (_QUARTERS_OF_A_YEAR.replace("2. Số liệu theo từng quý", "BIỂU SỐ LIỆU THEO QUÝ NĂM 2022"), "452",
         {"period": "2022-Q2"}),
        (_YEARS_TABLE, "2,2", {"kind": "growth", "base": "previous_year", "period": "2020"}),
        (_YEARS_TABLE, "3,3", {"kind": "growth", "base": "previous_year", "period": "2023"}),
        (_YEARS_TABLE, "27,5", {"kind": "share", "base": None, "period": "2022"}),
    ],
    ids=["first-quarter", "third-quarter", "estimated-fourth-quarter", "whole-year-beside-quarters",
         "a-title-names-the-quarters-year", "a-row-names-its-base", "a-sub-row-keeps-its-parents-base",
         "a-share-row-compares-nothing"],
)
def test_quarter_columns_without_a_year_and_a_row_naming_its_base(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_ADOPTED = ("NGHỊ QUYẾT\nVề kế hoạch đầu tư công xã Yên Hòa năm 2026\n\n"
            "Điều 1. Giao kế hoạch đầu tư công năm 2026 của xã như sau:\n"
            "1. Tổng vốn đầu tư công: 18.600 triệu đồng, trong đó vốn ngân sách xã 4.200 triệu đồng.\n"
            "2. Số công trình khởi công mới: 7 công trình.\n"
            "Điều 2. Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ADOPTED, "18.600", {"role": "plan", "period": "2026"}),
        (_ADOPTED, "4.200", {"role": "plan", "period": "2026"}),
        (_ADOPTED, "7", {"role": "plan", "period": "2026"}),
        (_ADOPTED.replace("Giao kế hoạch", "Phê chuẩn quyết toán").replace("2026", "2024"), "18.600",
         {"role": "actual"}),
        ("Năm 2024, thu ngân sách trên địa bàn vượt dự toán tỉnh giao 12%.", "12%",
         {"kind": "growth", "base": "provincial_estimate", "qualifier": "exact"}),
        ("Năm 2025, phấn đấu thu ngân sách xã vượt dự toán HĐND huyện giao từ 10% trở lên.", "10%",
         {"kind": "growth", "base": "council_estimate", "qualifier": "over"}),
        ("Kim ngạch xuất khẩu năm 2024 vượt mốc 3 tỷ USD.", "3", {"kind": "amount", "qualifier": "over"}),
    ],
    ids=["an-adopted-plans-total", "its-part", "its-count", "a-settlement-is-a-result",
         "beating-a-provinces-estimate", "a-bound-on-beating-an-estimate", "past-a-mark-is-a-level"],
)
def test_an_adopted_plan_and_a_change_against_a_named_estimate(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("I. KẾT QUẢ NĂM 2024\nTổng công suất thiết kế của 3 nhà máy xử lý nước thải do tỉnh quản lý là "
         "42.000 m3/ngày đêm.", "3", {"role": "actual", "kind": "count"}),
        ("I. KẾT QUẢ NĂM 2024\nTổng công suất thiết kế của 3 nhà máy xử lý nước thải do tỉnh quản lý là "
         "42.000 m3/ngày đêm.", "42.000", {"role": "context", "period": None}),
        ("I. KẾT QUẢ NĂM 2024\nĐưa vào vận hành Nhà máy xử lý rác Tân Thành 3 công suất 500 tấn/ngày "
         "với tổng mức đầu tư 620 tỷ đồng.", "500", {"role": "context", "period": None}),
        ("I. KẾT QUẢ NĂM 2024\nĐưa vào vận hành Nhà máy xử lý rác Tân Thành 3 công suất 500 tấn/ngày "
         "với tổng mức đầu tư 620 tỷ đồng.", "620", {"role": "context", "period": None}),
        ("I. KẾT QUẢ NĂM 2024\nĐã khởi công dự án mở rộng Nhà máy nước Bình An lên 30.000 m3/ngày đêm.",
         "30.000", {"role": "context", "period": None}),
        ("I. KẾT QUẢ NĂM 2024\nSản lượng điện thương phẩm đạt 1.240 triệu kWh, tăng 6% so với năm 2023.",
         "6%", {"role": "actual", "kind": "growth"}),
        ("Tỷ lệ hộ dân, cơ sở được thu gom rác đạt 86,5%, tăng 3,5% so với năm 2023.", "3,5%",
         {"kind": "change_points", "unit": "percentage_point"}),
        ("Doanh thu năm 2024 đạt 312 tỷ đồng, tăng 3,5% so với năm 2023.", "3,5%",
         {"kind": "growth", "unit": "percent"}),
        ("I. KẾT QUẢ NĂM 2024\nTổng công suất thiết kế các nhà máy xi măng đạt gần 9 triệu tấn/năm.", "9",
         {"role": "context", "period": None}),
        ("I. KẾT QUẢ NĂM 2024\nCảng đón tàu hàng rời có trọng tải 200.000 tấn, dài 300 m, vào làm hàng.", "300",
         {"role": "context", "unit": "m"}),
        ("I. KẾT QUẢ NĂM 2024\nCảng đón tàu hàng rời có trọng tải 200.000 tấn, thu 12 tỷ đồng phí cảng.", "12",
         {"role": "actual"}),
    ],
    ids=["the-facilities-a-capacity-is-of", "their-designed-capacity", "a-plants-capacity-after-its-name",
         "a-projects-approved-cost", "a-projects-scale-after-len", "a-result-stays-a-result",
         "a-sentence-opening-with-a-rate", "a-quantitys-growth", "a-capacity-stated-with-dat",
         "a-ships-length-after-its-tonnage", "a-result-after-a-ships-tonnage"],
)
def test_designed_capacities_plants_named_with_a_number_and_a_rates_change(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_plant_named_with_a_number_is_no_figure():
    text = "Hoàn thành Nhà máy nước Tân Hiệp 2 công suất 20.000 m3/ngày đêm."
    assert [r["surface"] for r in figures(text)] == ["20.000"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, giá trị sản xuất công nghiệp ước tăng 9,1% so với năm 2023, vượt mục tiêu Nghị quyết "
         "Đại hội đề ra (8,5%).", "8,5%", {"role": "plan", "kind": "growth", "period": "2024"}),
        ("Tổng mức bán lẻ bình quân năm 2024 tăng 2,8% so với bình quân năm 2023, nằm trong mục tiêu "
         "kiểm soát (dưới 3,5%).", "3,5%", {"role": "plan", "kind": "growth", "qualifier": "under",
                                           "period": "2024"}),
        ("Năm 2024, tỷ lệ hộ nghèo đạt 93,1%, vượt 0,6% chỉ tiêu Nghị quyết (92,5%).", "92,5%",
         {"role": "plan", "kind": "share"}),
        ("Năm 2024 cơ cấu lao động: nông nghiệp 41,2%; công nghiệp 30,5%; dịch vụ 28,3% (năm 2023 lần lượt "
         "là 43,0%; 29,6%; 27,4%).", "29,6%", {"role": "context", "period": "2023"}),
        ("Năm 2024 cơ cấu lao động: nông nghiệp 41,2%; công nghiệp 30,5%; dịch vụ 28,3% (năm 2023 lần lượt "
         "là 43,0%; 29,6%; 27,4%).", "27,4%", {"role": "context", "period": "2023"}),
        ("Năm 2024 cơ cấu lao động: nông nghiệp 41,2%; công nghiệp 30,5%; dịch vụ 28,3% (năm 2023 lần lượt "
         "là 43,0%; 29,6%; 27,4%).", "30,5%", {"role": "actual", "period": "2024"}),
    ],
    ids=["a-target-in-brackets-after-a-growth", "a-ceiling-in-brackets", "a-rates-target-stays-a-share",
         "the-year-befores-shares-past-a-semicolon", "the-last-of-them", "this-years-share"],
)
def test_a_target_in_brackets_after_a_result_and_a_bracket_going_on_past_semicolons(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Thời gian nằm viện trung bình 5,8 ngày, giảm 0,3 ngày so với năm 2023.", "5,8",
         {"kind": "amount", "unit": "count"}),
        ("Thời gian nằm viện trung bình 5,8 ngày, giảm 0,3 ngày so với năm 2023.", "0,3", {"kind": "change"}),
        ("Trong năm, khám cho 1.250 người bệnh, điều trị nội trú 320 ngày.", "320", {"kind": "count"}),
        ("Sản lượng thịt hơi bình quân đầu người đạt 64 kg/người/năm.", "64",
         {"unit": "kg_per_person_per_year", "kind": "rate"}),
        ("II. NHIỆM VỤ NĂM 2025\n2. Tổng sản lượng cây có bột đạt 5.200 tấn trở lên.", "5.200",
         {"role": "plan", "qualifier": "over", "kind": "amount"}),
        ("I. KẾT QUẢ NĂM 2024\n- Chương trình xây dựng nông thôn mới: tổng vốn giao năm 2024 là 12,5 tỷ đồng, "
         "đã giải ngân 11,9 tỷ đồng.", "12,5", {"role": "plan"}),
        ("I. KẾT QUẢ NĂM 2024\n- Chương trình xây dựng nông thôn mới: tổng vốn giao năm 2024 là 12,5 tỷ đồng, "
         "đã giải ngân 11,9 tỷ đồng.", "11,9", {"role": "actual"}),
        ("I. KẾT QUẢ NĂM 2024\nĐồn Biên phòng tuần tra 36 lượt trên tuyến biên giới dài 22,4 km.", "22,4",
         {"role": "context", "period": None}),
    ],
    ids=["an-average-stay", "its-fall", "days-counted-with-no-average", "kilograms-per-head-per-year",
         "a-totals-bound-is-a-figure", "a-programmes-allotted-capital", "what-was-disbursed", "a-borders-length"],
)
def test_durations_rates_in_kilograms_totals_allotted_capital_and_fixed_facts(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_machines_class_is_no_figure():
    text = "Mua sắm 1 máy chụp cộng hưởng từ 3,0 Tesla và 1 máy chụp cắt lớp vi tính 256 lát cắt."
    assert [r["surface"] for r in figures(text)] == ["1", "1"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("BÁO CÁO NĂM 2024\nI. KẾT QUẢ NĂM 2024\nChỉ tiêu | ĐVT | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm\n"
         "Số ca sinh | Ca | 410 | 452 | 862\n", "410", {"period": "2024-H1"}),
        ("BÁO CÁO NĂM 2024\nI. KẾT QUẢ NĂM 2024\nChỉ tiêu | ĐVT | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm\n"
         "Số ca sinh | Ca | 410 | 452 | 862\n", "452", {"period": "2024-H2"}),
        ("BÁO CÁO NĂM 2024\nI. KẾT QUẢ NĂM 2024\nChỉ tiêu | ĐVT | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm\n"
         "Số ca sinh | Ca | 410 | 452 | 862\n", "862", {"period": "2024"}),
        ("NGHỊ QUYẾT\nĐiều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026 của huyện với tổng vốn "
         "đầu tư toàn xã hội 2.150 tỷ đồng.\nĐiều 2. Tổ chức thực hiện.", "2.150", {"role": "plan", "period": "2026"}),
        ("NGHỊ QUYẾT\nĐiều 1. Thông qua báo cáo kết quả năm 2025: tổng vốn đầu tư toàn xã hội 2.050 tỷ đồng.\n"
         "Điều 2. Tổ chức thực hiện.", "2.050", {"role": "actual"}),
    ],
    ids=["the-first-half", "the-second-half", "the-whole-year-beside-halves", "an-adopted-plan-in-its-heading",
         "an-adopted-report-is-of-results"],
)
def test_halves_without_a_year_and_a_heading_adopting_a_plan(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


COMMUNES = ("Số tiêu chí đạt được của một số xã và bình quân toàn huyện (tổng số 19 tiêu chí):\n\nTT\nXã\n"
            "Năm 2023\nNăm 2024\nƯớc năm 2025\n1\nHoằng Quỳ\n15\n17\n19\n2\nHoằng Kim\n14\n16\n18\n\n"
            "Bình quân toàn huyện\n15,6\n17,2\n18,4\n\n2. Kết quả huy động nguồn lực\n")
SPAN_TITLE = ("BÁO CÁO\nKết quả thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2021-2025\n\n"
              "I. KẾT QUẢ ĐẠT ĐƯỢC\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (COMMUNES, "15", {"role": "actual", "qualifier": "exact", "period": "2023", "subject": "Hoằng Quỳ"}),
        (COMMUNES, "18", {"role": "actual", "qualifier": "estimated", "period": "2025", "subject": "Hoằng Kim"}),
        (COMMUNES, "18,4", {"period": "2025", "qualifier": "estimated", "subject": "Bình quân toàn huyện"}),
        (COMMUNES, "19", {"role": "context", "period": None}),
        (SPAN_TITLE + "Năm 2024, nhân dân hiến 12,6 ha đất. Tổng vốn năm 2025 ước đạt 900 tỷ đồng.", "12,6",
         {"role": "actual", "period": "2024"}),
        ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\nNăm 2024, nhân dân hiến 12,6 ha đất. Năm 2025 đạt 900 tỷ "
         "đồng; năm 2025 giải ngân 800 tỷ đồng.", "12,6", {"role": "context"}),
        ("Bình quân năm 2024 đạt 17,2 tiêu chí/xã; ước đến hết năm 2025 đạt 18,4 tiêu chí/xã.", "18,4",
         {"qualifier": "estimated"}),
        ("Thu nhập năm 2024 đạt 68,5 triệu đồng/người/năm, tăng 5,2 triệu đồng so với năm 2023 (yêu cầu đối với "
         "xã nông thôn mới nâng cao từ 58 triệu đồng/người/năm trở lên).", "58", {"role": "plan", "qualifier": "over"}),
    ],
    ids=["a-commune-row-under-a-free-label-header", "its-estimate-column", "the-average-row-without-a-row-number",
         "the-criteria-total-in-the-lead-in", "a-year-of-the-span-the-title-reports",
         "a-year-before-a-title-naming-one-year", "an-estimate-with-its-year-between", "a-requirement-in-brackets"],
)
def test_a_flat_commune_table_a_reported_span_and_a_requirement(text, surface, expected):
    assert fields_at(text, surface, expected) == expected



WARDS = ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\nKết quả tiêm chủng theo phường:\n\nSTT\nĐơn vị\nTrẻ được tiêm (trẻ)\n"
         "Vắc xin (liều)\nDiện tích phun (ha)\n1\nPhường Tân An\n312\n1.240\n18,5\n2\n"
         "Phường Hưng Lợi\n287\n1.105\n16,2\n\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (WARDS, "312", {"unit": "count", "role": "actual", "period": "2025", "subject": "Phường Tân An"}),
        (WARDS, "1.105", {"unit": "count", "period": "2025", "subject": "Phường Hưng Lợi"}),
        (WARDS, "16,2", {"unit": "ha", "subject": "Phường Hưng Lợi"}),
    ],
    ids=["a-count-column-naming-its-noun", "another-count-column", "a-column-naming-a-measure"],
)
def test_a_flat_table_whose_headers_name_their_units(text, surface, expected):
    assert fields_at(text, surface, expected) == expected
    assert {"1", "2"}.isdisjoint(r["surface"] for r in figures(text))  # the row numbers are no figures



@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tòa án đã xét xử 640 vụ, đạt 97,4%, vượt 7,4% so với chỉ tiêu được giao (chỉ tiêu 90%).", "7,4%",
         {"unit": "percentage_point", "kind": "change_points", "base": "plan"}),
        ("Đã cấp 815 giấy phép, đạt 88%, vượt 3% chỉ tiêu kế hoạch.", "3%",
         {"unit": "percentage_point", "kind": "change_points", "base": "plan"}),
        ("Đã cấp 815 giấy phép, đạt 88%, vượt 3% so với năm trước.", "3%", {"unit": "percent", "kind": "growth"}),
        ("Đã cấp 815 giấy phép, vượt 12% so với kế hoạch.", "12%", {"unit": "percent", "kind": "growth"}),
        ("Tốc độ tăng trưởng kinh tế của xã đạt 9,4%, vượt 1,4% so với Nghị quyết HĐND xã.", "1,4%",
         {"unit": "percentage_point", "kind": "change_points"}),
        ("I. KẾT QUẢ NĂM 2024\nTốc độ tăng trưởng kinh tế của xã đạt 9,4%, vượt 1,4% so với Nghị quyết HĐND xã (8%).",
         "8%", {"kind": "growth", "role": "plan", "period": "2024"}),
        ("Sản lượng lúa đạt 52.000 tấn, tăng 6,1% so với năm 2023, vượt 2,5% kế hoạch.", "2,5%",
         {"unit": "percent", "kind": "growth"}),
    ],
    ids=["a-share-beating-its-target", "without-so-voi", "a-share-then-a-growth-on-a-year",
         "a-count-beating-its-plan", "a-growth-rate-beating-a-councils-target", "the-target-beaten-in-brackets",
         "a-change-then-beating-the-plan-is-of-the-quantity"],
)
def test_a_share_exceeding_its_target_by_points(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


ODA_TABLE = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nBiểu 01: TÌNH HÌNH GIẢI NGÂN VỐN ODA NĂM 2024\nĐơn vị tính: tỷ đồng\n"
             "TT | Dự án | Tổng mức đầu tư | Kế hoạch vốn năm 2024 | Giải ngân đến 30/11/2024 | "
             "Lũy kế giải ngân từ khởi công\n"
             "1 | Dự án Sửa chữa và nâng cao an toàn đập (WB8) | 896 | 118,6 | 84,2 | 612,8\n"
             "2 | Dự án Hồ chứa nước Sông Than (giai đoạn 2) | 2.134 | 186,4 | 127,5 | 1.486,3\n")
ODA_PROSE = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nTổng mức đầu tư các dự án là 7.846 tỷ đồng, trong đó vốn ODA 248,6 triệu "
             "USD (tương đương khoảng 6.050 tỷ đồng, chiếm 77,1%), vốn đối ứng 1.796 tỷ đồng. Kế hoạch vốn năm 2024 "
             "được giao 612,4 tỷ đồng, giảm 8,6% so với năm 2023. Dư nợ đến ngày 30/11/2024 là 486,2 tỷ đồng, bằng "
             "23,7% mức dư nợ vay tối đa theo quy định (2.052 tỷ đồng). Tỷ giá quy đổi là 24.337 đồng/USD.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (ODA_TABLE, "118,6", {"unit": "VND", "role": "plan", "period": "2024"}),
        (ODA_TABLE, "896", {"unit": "VND", "role": "context", "period": None}),
        (ODA_TABLE, "612,8", {"unit": "VND", "role": "actual", "period": None}),
        (ODA_TABLE, "1.486,3", {"unit": "VND", "role": "actual", "period": None}),
        (ODA_PROSE, "7.846", {"role": "context", "period": None}),
        (ODA_PROSE, "248,6", {"unit": "USD", "role": "context", "period": None}),
        (ODA_PROSE, "6.050", {"qualifier": "approx", "role": "context", "period": None}),
        (ODA_PROSE, "77,1%", {"role": "context", "period": None}),
        (ODA_PROSE, "1.796", {"role": "context", "period": None}),
        (ODA_PROSE, "8,6%", {"kind": "growth", "role": "plan", "base": "2023"}),
        (ODA_PROSE, "486,2", {"role": "actual"}),
        (ODA_PROSE, "23,7%", {"kind": "plan_ratio", "base": None, "role": "actual"}),
        (ODA_PROSE, "2.052", {"role": "plan", "qualifier": "exact"}),
        (ODA_PROSE, "24.337", {"unit": "VND", "kind": "other", "role": "context", "period": None}),
        ("Hoàn thành 112 công trình (34 nhà văn hóa), tổng mức đầu tư trên 40 tỷ đồng.", "40", {"role": "actual"}),
    ],
    ids=["a-plan-column-under-a-years-title", "a-designed-cost-column-has-no-period", "a-code-in-brackets-is-no-unit",
         "a-sum-from-each-projects-start", "an-approved-cost-named-as-subject", "its-part-in-another-currency",
         "the-parts-equivalent", "the-parts-share", "the-next-part", "the-change-of-a-target",
         "a-debt", "a-share-of-a-legal-ceiling", "the-ceiling-in-brackets", "an-exchange-rate",
         "a-cost-of-works-done-without-la"],
)
def test_an_oda_report_designed_costs_ceilings_and_exchange_rates(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


AUCTION = ("Các lô có diện tích từ 82 đến 115 m2, giá khởi điểm 31,5 triệu đồng/m2, tiền đặt trước 250 triệu đồng/lô. "
           "Giá trúng cao nhất đạt 97,6 triệu đồng/m2. Huyện Đông Anh đấu giá 27 lô đất với giá khởi điểm từ 42 đến 56 "
           "triệu đồng/m2. Tổng số tiền trúng đấu giá đạt 231,6 tỷ đồng, chênh lệch so với tổng giá khởi điểm khoảng "
           "98 tỷ đồng. 3 lô còn lại nằm sát đường điện cao thế 110 kV. Người trúng đấu giá phải nộp đủ tiền trong "
           "thời hạn 90 ngày; trường hợp bỏ cọc sẽ không được tham gia đấu giá trong thời hạn từ 6 tháng đến 5 năm.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (AUCTION, "31,5", {"unit": "VND_per_m2", "kind": "rate", "role": "context"}),
        (AUCTION, "250", {"unit": "VND", "role": "context"}),
        (AUCTION, "42 đến 56", {"role": "context"}),
        (AUCTION, "97,6", {"role": "actual"}),
        (AUCTION, "98", {"kind": "change", "direction": None, "qualifier": "approx", "role": "actual"}),
        ("Năm 2024 huyện được thành phố giao chỉ tiêu thu tiền sử dụng đất 2.500 tỷ đồng.", "2.500", {"role": "plan"}),
        ("\"Từ nay đến cuối năm, huyện sẽ tổ chức thêm khoảng 6 phiên đấu giá, dự kiến thu khoảng 1.350 tỷ đồng\", "
         "ông Hòa cho biết.", "1.350", {"role": "plan", "qualifier": "approx"}),
        ("Dự kiến cả năm, huyện sẽ thu khoảng 1.350 tỷ đồng.", "1.350", {"role": "actual"}),
        ("Riêng đất gần đường Vành đai 4 tăng tới 45% so với cuối năm 2023.", "45%",
         {"kind": "growth", "direction": "up", "base": "2023"}),
        ("Kéo giảm tội phạm về trật tự xã hội ít nhất 5% so với năm 2024.", "5%",
         {"kind": "growth", "direction": "down", "qualifier": "over"}),
        ("Tỷ lệ giải ngân đạt 105% so với năm 2023.", "105%", {"kind": "plan_ratio"}),
        ("Chương trình giảm nghèo bền vững giải ngân 85% so với kế hoạch.", "85%", {"kind": "plan_ratio"}),
    ],
    ids=["a-starting-price-is-a-term", "a-deposit-per-lot", "a-starting-price-range", "a-winning-price",
         "a-difference-of-no-direction", "a-target-assigned-by-name", "an-estimate-inside-what-will-be-done",
         "an-estimate-before-the-future-word", "a-rise-of-up-to", "a-cut-of-a-named-thing", "no-change-word",
         "a-change-word-inside-a-name"],
)
def test_an_auction_its_terms_and_changes_named_before_a_comparison(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_lines_voltage_and_a_rules_time_limits_are_no_figures():
    assert [r["surface"] for r in figures(AUCTION)] == [
        "82 đến 115", "31,5", "250", "97,6", "27", "42 đến 56", "231,6", "98", "3"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, ngành hoàn thành 9/10 chỉ tiêu. Dịp Tết Nguyên đán Ất Tỵ năm 2025, tỉnh đã tặng 21.350 suất quà "
         "cho người có công, mức 300.000 và 600.000 đồng/suất.", "21.350", {"role": "actual", "counted": "suất quà"}),
        ("Năm 2024, ngành hoàn thành 9/10 chỉ tiêu. Dịp Tết Nguyên đán Ất Tỵ năm 2025, tỉnh đã tặng 21.350 suất quà "
         "cho người có công, mức 300.000 và 600.000 đồng/suất.", "300.000",
         {"unit": "VND_per_person", "kind": "rate", "role": "actual"}),
        ("Năm 2024, ngành hoàn thành 9/10 chỉ tiêu. Tặng 64.820 suất quà, trị giá từ 0,5 đến 1 triệu đồng/suất.",
         "0,5 đến 1", {"unit": "VND_per_person", "kind": "rate", "value": 500000.0}),
        ("Năm 2024, ngành hoàn thành 9/10 chỉ tiêu. Dịp Tết Nguyên đán Ất Tỵ năm 2025, tỉnh đã tặng 21.350 suất "
         "quà; các huyện tặng thêm 64.820 suất quà.", "64.820", {"role": "actual", "period": None}),
        ("Năm 2024, ngành hoàn thành 9/10 chỉ tiêu.\nII. NHIỆM VỤ THÁNG 11/2024\n- Chi trả trợ cấp Tết Nguyên đán "
         "Ất Tỵ năm 2025 cho khoảng 196 nghìn đối tượng.", "196", {"role": "plan", "period": "2025"}),
        ("Năm 2022, thành phố tổ chức Lễ giao nhận quân năm 2022 với 117 tân binh.", "117", {"period": "2022"}),
        ("Năm 2024, ngành hoàn thành 9/10 chỉ tiêu. Năm 2025, tỉnh tặng 21.350 suất quà.", "21.350", {"role": "plan"}),
        ("Năm 2024, ngành hoàn thành 9/10 chỉ tiêu. Đến năm 2030, tỉnh đã có 500 xã đạt chuẩn.", "500",
         {"role": "plan"}),
    ],
    ids=["done-early-the-next-year", "a-gifts-value-per-package", "a-range-per-package",
         "a-result-of-the-next-years-occasion-has-no-period", "a-target-for-the-next-years-occasion",
         "an-occasion-of-the-reports-year", "the-next-year-not-done",
         "a-later-year-than-the-next"],
)
def test_gifts_per_package_and_what_was_done_early_the_next_year(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Toàn tỉnh xảy ra 148 vụ, giảm 12 vụ (-7,5%) so với cùng kỳ năm 2023.", "12",
         {"kind": "change", "base": "2023"}),
        ("Toàn tỉnh xảy ra 148 vụ, giảm 12 vụ (-7,5%) so với cùng kỳ năm 2023.", "-7,5%",
         {"kind": "growth", "base": "2023"}),
        ("Tỷ lệ hộ nghèo còn 6,85% (giảm 2,4 điểm phần trăm). Kế hoạch năm 2024 đạt 95%.", "2,4", {"base": None}),
        ("Xây dựng trên 04 trụ cột (a, b, c, d).", "04", {"kind": "count"}),
    ],
    ids=["a-change-before-its-percent-in-brackets", "the-percent-in-brackets", "no-comparison-past-a-stop",
         "a-count-of-listed-things-without-ca"],
)
def test_bases_past_a_bracket(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_the_whole_of_a_listed_set_is_no_figure():
    text = "Giảm từ 5 đến 10% tai nạn giao thông trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương)."
    assert [r["surface"] for r in figures(text)] == ["5 đến 10%"]


_TERM_TARGETS = ("I. KẾT QUẢ NHIỆM KỲ 2020 - 2025\nNăm 2025, thu nhập bình quân đầu người ước đạt 68,5 triệu đồng.\n\n"
                 "II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030\n"
                 "Các chỉ tiêu chủ yếu đến năm 2030: (1) Tốc độ tăng trưởng bình quân giai đoạn 2026 - 2030 đạt "
                 "10%/năm. (2) Tỷ lệ che phủ rừng duy trì ổn định 42%.\n\n"
                 "Đại hội bầu Ban Chấp hành gồm 45 đồng chí.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TERM_TARGETS, "42%", {"role": "plan", "period": "2030"}),
        (_TERM_TARGETS, "10%", {"role": "plan", "period": "2026-2030"}),
        (_TERM_TARGETS, "45", {"role": "actual", "period": None}),
        ("I. KẾT QUẢ NHIỆM KỲ 2020 - 2025\nNăm 2025, tổng giá trị sản xuất ước đạt 28.650 tỷ đồng, gấp 1,6 lần so "
         "với đầu nhiệm kỳ.", "1,6", {"kind": "multiple", "base": "2020"}),
        ("II. MỤC TIÊU NĂM 2025\nĐịnh hướng đến năm 2030: (1) Tỷ lệ che phủ rừng đạt 45%. (2) Tỷ lệ đô thị hóa "
         "đạt 30%.", "30%", {"role": "plan", "period": "2030"}),
    ],
    ids=["an-item-under-a-lead-in-opening-its-paragraph", "an-item-naming-its-own-span", "the-paragraph-after",
         "against-the-terms-start",
         "a-lead-in-inside-a-years-targets"],
)
def test_a_lead_in_opening_its_paragraph_names_the_year_of_its_items_and_a_terms_start(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_MONTH_AND_RUNNING = ("STT | Sản phẩm | ĐVT | Ước TH tháng 10/2024 | Cộng dồn 10 tháng năm 2024 | "
                      "Tháng 10/2024 so với cùng kỳ (%) | 10 tháng so với cùng kỳ (%)\n"
                      "1 | Thủy sản chế biến | Tấn | 1.245 | 11.860 | 108,2 | 105,6\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_MONTH_AND_RUNNING, "1.245", {"unit": "tonne", "kind": "amount", "qualifier": "estimated",
                                       "period": "2024-10"}),
        (_MONTH_AND_RUNNING, "11.860", {"qualifier": "exact", "period": None, "role": "actual"}),
        (_MONTH_AND_RUNNING, "108,2", {"kind": "plan_ratio", "qualifier": "estimated", "period": "2024-10",
                                       "base": "previous_year"}),
        (_MONTH_AND_RUNNING, "105,6", {"kind": "plan_ratio", "qualifier": "exact", "period": None}),
        ("Khai khoáng giảm 5,8%, làm giảm 0,1 điểm phần trăm.", "0,1", {"kind": "other", "value": 0.1}),
        ("Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm.", "1,2", {"kind": "change_points"}),
    ],
    ids=["a-month-of-a-year-is-no-pair-of-columns", "the-running-total", "the-months-comparison-of-an-estimate",
         "the-running-totals-comparison", "a-contribution-that-lowers-the-total", "a-rates-fall-is-a-change"],
)
def test_a_month_and_a_running_total_in_one_table_and_a_contribution_that_lowers(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tính đến hết tháng 8/2025, toàn tỉnh đã đón 13,2 triệu lượt khách, đạt 80% kế hoạch năm.", "13,2",
         {"period": None}),
        ("Tính đến hết tháng 8/2025, toàn tỉnh đã đón 13,2 triệu lượt khách, đạt 80% kế hoạch năm.", "80%",
         {"period": None}),
        ("Đến hết tháng 10/2024, toàn tỉnh có 412.380 người tham gia bảo hiểm xã hội.", "412.380",
         {"period": "2024-10"}),
        ("Bảo đảm đến hết Quý III/2024 đạt trên 65%.", "65%", {"period": "2024-Q3"}),
        ("Tổng thu ước đạt 1.152 tỷ đồng, tăng 15,8% so với dịp lễ 2/9 năm trước.", "15,8%",
         {"base": "previous_year"}),
    ],
    ids=["done-up-to-a-months-end-counts-from-the-years-start", "its-percent-of-the-plan-too",
         "had-at-a-months-end-is-the-months", "a-quarter-keeps-its-code", "an-occasions-day-before-the-year-before"],
)
def test_up_to_a_months_end_and_an_occasions_day(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [("Thanh Hóa đón 520.000 lượt khách dịp nghỉ lễ Quốc khánh 2/9", ["520.000"]),
     ("Trong 4 ngày nghỉ lễ Quốc khánh, toàn tỉnh đón 523.600 lượt khách.", ["523.600"])],
    ids=["a-holiday-named-by-its-day", "the-length-of-a-holiday"],
)
def test_a_holidays_day_and_length_are_no_figures(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_SCHOOL_YEARS_TABLE = ("TT | Chỉ tiêu | ĐVT | Năm học 2023-2024 | Năm học 2024-2025 | So sánh 2024-2025/2023-2024 (%)\n"
                       "1 | Số trường | Trường | 119 | 118 | 99,2\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SCHOOL_YEARS_TABLE, "99,2", {"kind": "plan_ratio", "base": "previous_school_year", "period": "2024-2025"}),
        ("Bắc Kạn, ngày 15 tháng 10 năm 2024\nII. ĐỘI NGŨ NĂM HỌC 2024-2025\n"
         "Tỷ lệ phòng học kiên cố đạt 84,7% (năm học 2023-2024 là 82,9%).", "82,9%",
         {"role": "context", "period": "2023-2024"}),
        ("II. ĐỘI NGŨ NĂM HỌC 2024-2025\nToàn tỉnh còn thiếu 412 giáo viên so với định mức, chủ yếu ở cấp mầm non "
         "(218 giáo viên).", "218", {"role": "actual", "period": "2024-2025"}),
        ("Kim ngạch tăng 12,8% so với cùng kỳ năm 2023 (962,4 triệu USD).", "962,4", {"role": "context"}),
    ],
    ids=["a-school-year-against-the-one-before", "a-bracket-opening-with-an-earlier-school-year",
         "a-part-in-brackets-past-a-comma-after-a-comparison", "the-level-compared-with-in-brackets"],
)
def test_school_years_compared_and_brackets_of_another_school_year_or_a_part(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_FALLS_TABLE = ("TT | Chỉ tiêu | ĐVT | Ước TH 2024 | KH 2025\n"
                "1 | Giảm tỷ lệ hộ cận nghèo | % | 0,64 | 0,5\n"
                "2 | Số hộ cận nghèo giảm | Hộ | 118 | 105\n"
                "3 | Mức giảm tỷ lệ trẻ em suy dinh dưỡng | Điểm % | 0,4 | 0,35\n"
                "4 | Xếp hạng chỉ số cải cách hành chính | Thứ hạng | 27 | 20\n"
                "5 | Số hợp tác xã thành lập mới | Hợp tác xã | Khoảng 12 | Trên 15\n"
                "6 | Tỷ lệ hộ cận nghèo | % | 4,1 | 3,6\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_FALLS_TABLE, "0,64", {"kind": "change_points", "unit": "percentage_point", "base": None}),
        (_FALLS_TABLE, "105", {"kind": "change", "unit": "count", "role": "plan"}),
        (_FALLS_TABLE, "0,35", {"kind": "change_points", "unit": "percentage_point"}),
        (_FALLS_TABLE, "27", {"kind": "other", "unit": "count"}),
        (_FALLS_TABLE, "12", {"qualifier": "approx", "kind": "count"}),
        (_FALLS_TABLE, "15", {"qualifier": "over", "role": "plan"}),
        (_FALLS_TABLE, "4,1", {"kind": "share", "unit": "percent"}),
    ],
    ids=["a-rows-fall-of-a-rate", "a-rows-fall-of-a-count", "a-row-in-points", "a-row-of-ranks",
         "about-opening-a-cell", "over-opening-a-cell", "a-rates-level-stays-a-share"],
)
def test_target_rows_naming_a_fall_ranks_and_qualifier_words_in_cells(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_TARGETS_ADOPTED = ("II. KẾ HOẠCH NĂM 2026\n"
                     "Trên cơ sở ước thực hiện năm 2025, Hội đồng nhân dân tỉnh thông qua 15 chỉ tiêu chủ yếu kế hoạch "
                     "năm 2026, trong đó tổng sản phẩm tăng 8,5%; thu ngân sách dự kiến tăng 6,2%.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TARGETS_ADOPTED, "15", {"role": "context", "period": None}),
        (_TARGETS_ADOPTED, "6,2%", {"role": "plan", "period": "2026"}),
    ],
    ids=["how-many-targets-the-plan-lists", "a-basis-opening-the-sentence-names-no-period"],
)
def test_a_plans_list_size_and_a_time_inside_the_basis_it_builds_on(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    "text",
    ["Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025.",
     "Tỉnh triển khai Chiến lược phát triển du lịch 10 năm 2021-2030 với 42 dự án."],
    ids=["a-five-year-plan", "a-ten-year-strategy"],
)
def test_the_years_of_a_span_naming_it_are_no_figure(text):
    assert "5" not in [r["surface"] for r in figures(text)] and "10" not in [r["surface"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("So với Hội khỏe Phù Đổng năm 2020 (đạt 14 huy chương vàng, xếp thứ 6), số huy chương vàng tăng 3 chiếc.",
         "14", {"role": "context"}),
        ("So với Hội khỏe Phù Đổng năm 2020 (đạt 14 huy chương vàng, xếp thứ 6), số huy chương vàng tăng 3 chiếc.",
         "3", {"role": "actual"}),
        ("Năm 2024, đội đặt mục tiêu giành 6 huy chương vàng; kết quả đội vượt 2 huy chương so với mục tiêu.", "2",
         {"role": "actual"}),
        ("Năm 2024 huyện làm 9 km đường. Giai đoạn 2025-2027, huyện dự kiến đầu tư khoảng 120 tỷ đồng làm đường.",
         "120", {"role": "plan"}),
        ("Năm 2024, tỉnh đăng cai giải đấu; mức thưởng cho mỗi huy chương vàng của giải là 15 triệu đồng/vận "
         "động viên.", "15", {"role": "context", "unit": "VND_per_person", "kind": "rate"}),
        ("Năm 2024, xã xử lý 12 vụ vi phạm Luật Đất đai năm 2013.", "12", {"period": "2024"}),
        ("Thu ngân sách năm 2024 đạt 42 tỷ đồng, chủ yếu từ 18 doanh nghiệp khai thác khoáng sản.", "18",
         {"role": "actual"}),
        ("Số hộ nghèo giảm từ 27 hộ xuống còn 21 hộ.", "27", {"role": "context"}),
        ("Bình quân mỗi năm có 30 hộ thoát nghèo và 4 hộ tái nghèo.", "4",
         {"unit": "count_per_year", "kind": "rate"}),
    ],
    ids=["a-bracket-after-an-opening-comparison", "the-change-after-it", "a-result-after-the-target",
         "a-later-span-before-an-estimate", "a-bonus-as-the-subject", "a-law-named-with-its-year",
         "a-source-after-tu", "a-starting-level-after-tu", "a-count-per-time-joined-by-va"],
)
def test_compared_levels_results_after_targets_later_spans_terms_and_sources(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_LEVELS_SET = ("Hà Tĩnh, ngày 10 tháng 12 năm 2025\n\n"
               "Điều 2. Mức hỗ trợ phát triển chăn nuôi\n"
               "1. Hỗ trợ làm chuồng trại chăn nuôi tập trung: 12 triệu đồng/hộ, tối đa không quá 3 hộ/thôn.\n"
               "2. Hỗ trợ chi phí thức ăn 1 triệu đồng/con/năm trong 2 năm đầu.\n\n"
               "Điều 3. Mức chi hỗ trợ người khuyết tật\n"
               "TT | Nội dung | Đơn vị tính | Mức chi\n"
               "1 | Hỗ trợ mua xe lăn | Đồng/người | 2.500.000\n\n"
               "Điều 4. Kinh phí thực hiện\n"
               "1. Năm 2026, dự kiến bố trí 9,5 tỷ đồng, tăng 1,5 tỷ đồng so với năm 2025 (8 tỷ đồng); "
               "dự kiến có khoảng 900 hộ được hưởng chính sách.\n"
               "2. Mục tiêu đến năm 2030: có thêm 50 trang trại chăn nuôi tập trung đạt chuẩn an toàn sinh học "
               "theo quy định hiện hành của ngành; 95% hộ chăn nuôi được tập huấn kỹ thuật.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_LEVELS_SET, "12", {"role": "context", "period": None}),
        (_LEVELS_SET, "2.500.000", {"role": "context", "period": None}),
        (_LEVELS_SET, "8", {"role": "context", "qualifier": "exact"}),
        (_LEVELS_SET, "900", {"role": "plan"}),
        (_LEVELS_SET, "95%", {"role": "plan", "period": "2030"}),
        ("Năm 2024, tỉnh hỗ trợ giống cho nông dân, bình quân khoảng 6 tỷ đồng/năm, trong đó ngân sách tỉnh "
         "21 tỷ đồng.", "21", {"unit": "VND", "kind": "amount"}),
        ("Trong 10 nhóm hàng chính, có 6 nhóm tăng giá so với tháng trước.", "10", {"role": "context"}),
        ("Trong số 30 huy chương vàng, có 12 huy chương ở môn điền kinh.", "30", {"role": "actual"}),
        ("Nhóm giao thông tăng mạnh nhất với 1,2%, làm chỉ số chung tăng 0,1 điểm phần trăm.", "1,2%",
         {"kind": "growth"}),
        ("Nhóm giao thông tăng mạnh nhất với 1,2%, làm chỉ số chung tăng 0,1 điểm phần trăm.", "0,1",
         {"kind": "other"}),
        ("Theo Sở Tài chính, mục tiêu kiểm soát giá năm 2024 (chỉ số giá tăng dưới 4,5%) đã đạt được.", "4,5%",
         {"role": "plan"}),
        ("Năm 2024 xã giải ngân 80% kế hoạch (cùng kỳ năm 2023 đạt 70%).", "70%", {"role": "context"}),
        ("Tỷ lệ nợ xấu là 3,1%, vẫn cao hơn mức dưới 3% mà Ngân hàng Nhà nước giao.", "3%", {"role": "plan"}),
        ("Ước cả năm doanh thu đạt 640 tỷ đồng.", "640", {"qualifier": "estimated"}),
        ("Ngành sẽ rà soát các cửa hàng bán lẻ, lĩnh vực có khoảng 420 cơ sở đang kinh doanh.", "420",
         {"role": "actual"}),
    ],
    ids=["a-level-under-a-heading-of-support-levels", "a-cell-of-a-spending-norm-column",
         "the-level-compared-with-in-a-sentence-of-next-year", "an-expected-count-after-a-later-year",
         "an-item-after-a-numbered-lead-in-of-targets", "a-part-more-than-the-rate-before-it",
         "the-classes-a-whole-divides-into", "a-whole-of-results-is-a-result", "a-change-after-cao-nhat-voi",
         "a-contribution-through-a-causative", "a-target-in-a-bracket-after-muc-tieu",
         "a-bracket-of-another-time-after-ke-hoach", "a-ceiling-someone-set-after-ma",
         "an-estimate-and-its-time-opening-the-clause", "a-stock-there-is-now-in-a-sentence-of-tasks"],
)
def test_levels_a_rule_sets_and_the_parts_wholes_and_targets_around_them(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_the_first_years_of_a_term_are_no_figure():
    assert "2" not in [r["surface"] for r in figures(_LEVELS_SET)]


_RATED_TABLE = ("I. KẾT QUẢ NĂM 2023\n"
                "Đơn vị tính: cơ sở\n"
                "TT | Xã | Cơ sở 2 sao | Cơ sở 5 sao | Tổng số\n"
                "1 | Tân Lập | 7 | 1 | 8\n")
_COMMUNE_TABLE = ("I. KẾT QUẢ NĂM 2023\n"
                  "Bảng: Hợp tác xã theo xã (tính đến ngày 31/10/2023)\n"
                  "Đơn vị tính: hợp tác xã\n"
                  "TT | Xã | Nông nghiệp | Dịch vụ | Tổng số\n"
                  "1 | Tân Lập | 6 | 3 | 9\n"
                  "2 | Hòa Bình | 4 | 2 | 6\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_COMMUNE_TABLE, "9", {"period": "2023", "role": "actual"}),
        (_RATED_TABLE, "5", {"unit": "star", "kind": "other", "role": "context", "period": None}),
        (_RATED_TABLE, "7", {"unit": "count", "period": "2023"}),
        ("Năm 2023, tỷ lệ hộ nghèo giảm 2,1% so với năm 2022 (chỉ tiêu huyện giao giảm từ 2% trở lên).", "2%",
         {"kind": "change_points", "unit": "percentage_point", "role": "plan"}),
        ("Năm 2023, huyện hỗ trợ 240 hộ làm nhà, bình quân mỗi hộ được nhận khoảng 30 triệu đồng.", "30",
         {"unit": "VND_per_household", "kind": "rate"}),
        ("Kế hoạch vốn năm 2023 được giao 52,4 tỷ đồng, giảm 3,1% so với năm 2022, gồm vốn trong nước 40,2 tỷ "
         "đồng và vốn nước ngoài 12,2 tỷ đồng.", "12,2", {"role": "plan"}),
        ("Năm 2023, huyện có 12 tuyến xe khách với 64 chuyến/ngày và 3 tuyến xe buýt.", "3",
         {"unit": "count", "kind": "count"}),
        ("Năm 2023, xảy ra 28 vụ cháy; so với năm 2022 giảm 4 vụ (-12,5%), tăng 2 người bị thương (+20%).", "+20%",
         {"kind": "growth", "unit": "percent"}),
        ("Năm 2023, huyện thực hiện Dự án 2 và Tiểu dự án 1 thuộc Dự án 4.", "2", None),
        ("Năm 2023 có 12 hợp tác xã thành lập mới, đạt 120% kế hoạch (KH 10 hợp tác xã), trong đó: 7 hợp tác "
         "xã nông nghiệp.", "7", {"role": "actual"}),
        ("II. NHIỆM VỤ NĂM 2025\n- Khởi công cầu Bến Đá trong Quý III/2025; hoàn thành 12 km đường huyện trước "
         "ngày 31/12/2025.", "12", {"period": "2025", "role": "plan"}),
        ("Năm 2023, đội kiểm tra 940 xe tải, phát hiện 65 xe chở vượt tải trọng trên 20%.", "20%", None),
        ("Năm 2023, huyện kiểm tra 40 xe chở hàng có tỷ lệ che phủ bạt trên 90%.", "90%", {"unit": "percent"}),
    ],
    ids=["a-table-naming-no-time-under-a-headings-year", "a-rating-in-a-header-cell", "a-cell-under-a-rating",
         "a-target-bracket-of-a-fall-in-points",
         "what-each-household-receives", "a-part-of-a-target-after-its-change", "a-rate-written-in-its-own-unit",
         "a-plus-signed-percent-is-a-change", "a-numbered-project-is-a-name", "a-part-after-a-target-bracket",
         "a-deadline-in-its-own-clause-after-a-semicolon", "an-overload-bound-names-a-group",
         "a-share-each-one-has-stays-a-figure"],
)
def test_headed_tables_targets_of_falls_in_points_rates_per_each_and_numbered_projects(text, surface, expected):
    if expected is None:
        assert surface not in [r["surface"] for r in figures(text)]
    else:
        assert fields_at(text, surface, expected) == expected


_STAFF_TABLE = ("Biểu 1: Số người làm việc tại các đơn vị năm 2023\nĐơn vị tính: người\n"
                "TT | Đơn vị | Biên chế được giao | Có mặt | Chênh lệch\n1 | Trường A | 45 | 41 | -4\n"
                "2 | Trường B | 38 | 38 | 0\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2023, huyện được giao là 310 biên chế, hiện có mặt 296 người.", "310",
         {"role": "plan", "period": "2023"}),
        ("Năm 2023, huyện được giao là 310 biên chế, hiện có mặt 296 người.", "296", {"role": "actual"}),
        ("Năm 2023, số viên chức các trường được giao 1.120 người, có mặt 1.064 người, đạt 95%.", "95%",
         {"kind": "plan_ratio", "base": "plan", "role": "actual"}),
        ("Năm 2023, số hợp đồng lao động được giao giảm 14 người so với năm 2022.", "14",
         {"kind": "change", "role": "plan"}),
        ("Năm 2023, ngành đã bàn giao 120 căn nhà cho hộ nghèo.", "120", {"role": "actual"}),
        ("Năm 2023, số viên chức có bằng thạc sĩ 1.064 người, đạt 95%.", "95%", {"kind": "share"}),
        (_STAFF_TABLE, "45", {"role": "plan", "period": "2023"}),
        (_STAFF_TABLE, "41", {"role": "actual"}),
        (_STAFF_TABLE, "-4", {"kind": "change", "base": "plan"}),
    ],
    ids=["posts-allotted", "posts-filled", "filled-of-allotted", "change-of-the-allotment", "handed-over-is-done",
         "no-allotment-no-plan-ratio", "allotted-column", "filled-column", "difference-from-the-allotment"],
)
def test_posts_allotted_are_a_target_and_those_filled_a_result(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2023, tỷ lệ viên chức xếp loại xuất sắc 12,4% (quy định tối đa 20%).", "20%",
         {"role": "plan", "qualifier": "under", "period": "2023"}),
        ("Năm 2023, tỷ lệ nợ xấu 1,2% (theo quy định dưới 3%).", "3%", {"role": "plan"}),
        ("Năm 2023, tỷ lệ nợ xấu 1,2% (theo quy định dưới 3%).", "1,2%", {"role": "actual"}),
        ("Năm 2023, tỷ lệ nợ xấu 1,2% (năm 2022 là 1,5%).", "1,5%", {"role": "context"}),
    ],
    ids=["a-rules-ceiling-in-brackets", "a-rules-limit-with-theo", "the-result-held-against-it", "no-rule-no-norm"],
)
def test_a_rules_limit_in_brackets_after_a_result_is_a_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2023, huyện tổ chức 2 đợt xét tuyển giáo viên với 64 chỉ tiêu, tuyển được 58/64 chỉ tiêu.", "64",
         {"role": "plan", "period": "2023"}),
        ("Năm 2023, huyện tổ chức 2 đợt xét tuyển giáo viên với 64 chỉ tiêu, tuyển được 58/64 chỉ tiêu.", "58/64",
         {"role": "actual", "kind": "progress"}),
        ("Năm 2023, trường Cao đẳng tuyển sinh 450 chỉ tiêu.", "450", {"role": "plan"}),
        ("Năm 2023, huyện có 18 chỉ tiêu đạt và vượt kế hoạch.", "18", {"role": "actual"}),
    ],
    ids=["places-to-fill", "places-filled", "places-to-enrol", "indicators-attained-are-a-result"],
)
def test_places_a_recruitment_offers_are_a_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Giai đoạn 2020-2023, tỷ lệ tinh giản biên chế 4,8% so với năm 2020, vượt mức 4% theo Nghị quyết của Tỉnh ủy.",
         "4,8%", {"kind": "growth", "base": "2020"}),
        ("Giai đoạn 2020-2023, tỷ lệ tinh giản biên chế 4,8% so với năm 2020, vượt mức 4% theo Nghị quyết của Tỉnh ủy.",
         "4%", {"kind": "growth", "role": "plan"}),
        ("Năm 2023, tỷ lệ nợ xấu 1,2%, thấp hơn mức 3% theo quy định.", "3%", {"kind": "share", "role": "plan"}),
    ],
    ids=["a-rate-of-staff-cuts", "the-norm-of-that-rate", "the-norm-of-a-share"],
)
def test_a_rate_of_staff_cuts_is_a_growth_and_so_is_its_norm(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2023, số hồ sơ nộp trực tuyến đạt 97,2%, vượt chỉ tiêu 90% theo Quyết định số 12/QĐ-UBND.", "90%",
         {"kind": "share", "base": None, "role": "plan"}),
        ("Năm 2023, thu ngân sách đạt 1.250 tỷ đồng, vượt kế hoạch 12%.", "12%", {"kind": "growth", "base": "plan"}),
    ],
    ids=["a-target-its-rule-sets", "an-excess-over-the-plan"],
)
def test_a_target_exceeded_named_by_its_rule_is_its_level(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_ITEMS = ("Báo cáo năm 2023\n\nII. NHIỆM VỤ NĂM 2024\n- Đến năm 2025, giảm 10% số đơn vị sự nghiệp so với năm 2021;\n"
          "- Bồi dưỡng 300 lượt cán bộ, công chức;\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.")
_RESULTS_LEAD_IN = "Năm 2023, kết quả như sau: cấp 120 giấy phép xây dựng;\n- Thẩm định 45 hồ sơ."


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ITEMS, "10%", {"period": "2025"}),
        (_ITEMS, "300", {"role": "plan", "period": "2024"}),
        (_ITEMS, "80%", {"role": "plan", "period": "2024"}),
        (_RESULTS_LEAD_IN, "45", {"period": "2023"}),
    ],
    ids=["the-items-own-year", "not-the-next-items", "nor-the-last", "a-lead-in-speaks-for-its-items"],
)
def test_a_time_opening_a_list_item_of_its_own_speaks_for_that_item_alone(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_RANKING = ("Bảng 3. Kết quả đánh giá các huyện năm 2024\n"
            "STT | Huyện | Điểm đánh giá | Xếp hạng | Tăng/giảm (bậc)\n"
            "1 | Huyện Đông Sơn | 78,5 | 3 | +4\n"
            "2 | Huyện Nông Cống | 71,25 | 11 | -2\n"
            "3 | Huyện Yên Định | 74,8 | 7 | 0\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_RANKING, "3", {"kind": "other", "unit": "count"}),
        (_RANKING, "11", {"kind": "other", "unit": "count"}),
        (_RANKING, "+4", {"value": 4.0, "kind": "change", "unit": "count", "counted": "bậc"}),
        (_RANKING, "-2", {"value": -2.0, "kind": "change", "unit": "count"}),
        (_RANKING, "0", {"kind": "change", "unit": "count", "period": "2024"}),
        (_RANKING, "78,5", {"kind": "other", "unit": "count"}),
    ],
    ids=["a-rank-column", "another-rank", "places-gained-signed", "places-lost", "no-move", "a-score-stays-other"],
)
def test_a_ranking_tables_rank_column_and_its_change_in_places(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Ước 9 tháng đầu năm 2025, tỷ lệ giải quyết hồ sơ đúng hạn đạt 97,4%.", "97,4%",
         {"qualifier": "estimated", "period": None}),
        ("Ước đến hết năm 2025, toàn huyện trồng mới 320 ha rừng, vượt 6,7% kế hoạch.", "320",
         {"qualifier": "estimated", "kind": "amount"}),
        ("Ước quý III/2025, số thuê bao mới đạt 4.150 thuê bao.", "4.150", {"qualifier": "estimated"}),
        ("Ước đạt 850 tỷ đồng trong năm 2025, tăng 4,2% so với năm 2024.", "4,2%", {"qualifier": "exact"}),
        ("Năm 2025, ước tỷ lệ hộ nghèo còn 2,1%, giảm 0,6 điểm phần trăm.", "0,6", {"qualifier": "exact"}),
    ],
    ids=["counted-months", "to-the-years-end-the-next-figure", "a-quarter", "an-amount-is-no-time",
         "ước-not-opening"],
)
def test_an_estimate_word_and_its_time_opening_a_sentence_estimate_its_figures(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_number_after_a_weak_label_before_one_named_place_is_a_name():
    text = ("- Khu vực bỏ phiếu số 5 phường Tân An: có 1.240 cử tri; "
            "thôn 3 xã Quảng Phú có 12 hộ nghèo; tổng số 4 xã Quảng Phú, Quảng Thọ, Quảng Thành, Quảng An.")
    surfaces = [r["surface"] for r in figures(text)]
    assert surfaces == ["1.240", "12", "4"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Ủy ban bầu cử ấn định huyện được bầu 35 đại biểu HĐND huyện.", "35", {"role": "plan"}),
        ("Số đại biểu HĐND xã được bầu là 25 đại biểu.", "25", {"role": "plan"}),
        ("- Đơn vị bầu cử số 3: bầu thêm 2 đại biểu, có 4 người ứng cử.", "2", {"role": "plan"}),
        ("- Đơn vị bầu cử số 3: bầu thêm 2 đại biểu, có 4 người ứng cử.", "4", {"role": "actual"}),
        ("Kết quả bầu được 1.412 đại biểu HĐND cấp xã.", "1.412", {"role": "actual"}),
    ],
    ids=["seats-a-body-is-to-elect", "after-là", "an-additional-elections-seats", "its-candidates",
         "deputies-elected"],
)
def test_the_seats_a_body_is_allotted_are_a_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, tỷ lệ lao động qua đào tạo đạt 71,5%, cao hơn 2 điểm phần trăm so với bình quân cả nước "
         "(69,5%).", "69,5%", {"role": "context", "period": None}),
        ("Năm 2024, tỷ lệ che phủ rừng đạt 47,2%, cao hơn năm 2020 (45,9%) và cao hơn bình quân toàn vùng (44,1%).",
         "44,1%", {"role": "context", "period": None}),
    ],
    ids=["after-so-với", "after-another-years-bracket"],
)
def test_the_same_measure_elsewhere_in_brackets_names_no_period(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Điểm đánh giá bình quân các xã, phường đạt 78 điểm.", "78", {"kind": "other", "counted": "điểm"}),
        ("Năm 2024, Chỉ số hài lòng đạt 84,5 điểm.", "84,5", {"kind": "other"}),
        ("Huyện tổ chức tiêm vắc xin tại 12 điểm.", "12", {"kind": "count"}),
    ],
    ids=["a-whole-score-its-sentence-names", "a-fraction-of-a-point", "sites-no-score"],
)
def test_a_score_in_points_is_no_count(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_bound_on_things_there_are_none_of_names_a_group():
    text = ("- Điểm bình quân các trường đạt trên 70 điểm, không có trường nào dưới 60 điểm; "
            "không còn hộ nào có thu nhập dưới 20 triệu đồng.")
    assert [r["surface"] for r in figures(text)] == ["70"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, tỷ lệ hộ cận nghèo giảm từ 3,2% (cuối năm 2023) xuống còn 2,7%.", "3,2%",
         {"role": "context", "period": "2023"}),
        ("Năm 2024, dư nợ đạt 1.250 tỷ đồng (năm 2023 đạt 1.100 tỷ đồng).", "1.100", {"role": "context"}),
    ],
    ids=["a-year-alone-in-brackets", "a-bracket-stating-more-than-its-year"],
)
def test_a_year_alone_in_brackets_after_a_figure_is_its_period(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, chỉ số PCI của huyện xếp thứ 4/27, tăng 2 bậc so với năm 2023 (xếp thứ 6/27).", "6/27",
         {"role": "context", "period": "2023", "kind": "other"}),
        ("Năm 2024, chỉ số PCI của huyện xếp thứ 4/27, tăng 2 bậc so với năm 2023 (xếp thứ 6/27).", "4/27",
         {"role": "actual", "period": "2024"}),
    ],
    ids=["the-rank-compared-with", "the-rank-now"],
)
def test_a_rank_in_brackets_after_a_comparison_is_the_level_compared_with(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, mức bồi dưỡng cán bộ trực chốt từ 100.000 đến 150.000 đồng/người/ngày.",
         "100.000 đến 150.000", {"role": "context", "unit": "VND_per_person_per_day"}),
        ("Năm 2024, chi bồi dưỡng cán bộ trực chốt 120 triệu đồng.", "120", {"role": "actual"}),
    ],
    ids=["a-payment-norm-as-subject-before-a-range", "what-was-paid"],
)
def test_a_payment_norm_opening_its_clause_is_a_term(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("- HĐND cấp huyện: bầu được 318 đại biểu trên tổng số 320 đại biểu được bầu.", "320", {"role": "plan"}),
        ("- HĐND cấp huyện: bầu được 318 đại biểu trên tổng số 320 đại biểu được bầu.", "318", {"role": "actual"}),
        ("Năm 2024, sở đã hoàn thành 12 chỉ tiêu được giao.", "12", {"role": "actual"}),
    ],
    ids=["a-total-allotted-after-its-noun", "the-result-beside-it", "targets-met-are-a-result"],
)
def test_a_total_allotted_after_its_noun_is_a_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_QUOTA = "Năm 2024, tỉnh giao chỉ tiêu cho huyện 240 thanh niên (Quân đội 210, Công an nhân dân 30)."
_BASE_TARGET = ("Năm 2024, tổng thu đạt 950 tỷ đồng, bằng 105% kế hoạch phấn đấu và tăng 12,3% so với năm 2023 "
                "(năm 2023 thu 846 tỷ đồng).")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_QUOTA, "210", {"value": 210, "role": "plan"}),
        (_QUOTA, "30", {"role": "plan"}),
        ("Năm 2024, huyện bàn giao 240 thanh niên (Quân đội 210 người).", "210", {"role": "actual"}),
        ("Năm 2024, Sở Tài chính giao Chi cục Thuế huyện dự toán thu nội địa 420 tỷ đồng.", "420", {"role": "plan"}),
        ("Năm 2024, Chi cục bàn giao cho xã dự toán thu 42 tỷ đồng.", "42", {"role": "actual"}),
        (_BASE_TARGET, "12,3%", {"role": "actual"}),
        (_BASE_TARGET, "846", {"role": "context"}),
        ("Năm 2024, huyện phấn đấu thu ngân sách 1.000 tỷ đồng, tăng 5%.", "5%", {"role": "plan"}),
        ("Năm 2024, huyện tặng mỗi tân binh 2 triệu đồng.", "2", {"unit": "VND_per_person", "kind": "rate"}),
        ("Năm 2024, sản lượng xi măng 1.200 nghìn tấn, bằng 94,5% năm trước.", "94,5%",
         {"kind": "plan_ratio", "base": "previous_year"}),
    ],
    ids=["the-parts-of-a-quota-in-brackets", "each-part-after-the-first", "parts-of-a-result-stay-results",
         "a-target-given-to-a-receiver", "a-handover-gives-no-target", "a-target-named-as-a-base-opens-nothing",
         "nor-for-the-bracket-after", "a-spread-word-still-opens-targets", "a-gift-for-each-recruit",
         "a-percent-of-the-year-before"],
)
def test_targets_split_given_or_named_as_a_base_and_rates_for_each_recruit(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Năm 2024, Lữ đoàn 205 nhận 40 tân binh.", "205"), ("Năm 2024, Tiểu đoàn 3 nhận 12 tân binh.", "3")],
    ids=["a-brigade", "a-battalion"],
)
def test_a_military_units_number_is_no_figure(text, surface):
    assert surface not in [r["surface"] for r in figures(text)]


_OPENED = ("Tính chung năm 2024, chỉ số sản xuất tăng 6,2% so với năm 2023 (năm 2023 tăng 4,1%), "
           "thấp hơn mục tiêu tăng 7% của tỉnh.")
_ENDED = ("Báo cáo năm 2024\n\nII. NHIỆM VỤ NĂM 2025\n"
          "3. Hoàn thành đường vành đai trong Quý II/2025; tuyển dụng thêm 14 công chức cho các phòng.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_OPENED, "7%", {"role": "plan", "period": "2024"}),
        (_OPENED, "4,1%", {"role": "context", "period": "2023"}),
        (_ENDED, "14", {"role": "plan", "period": "2025"}),
    ],
    ids=["past-a-bracket-of-another-time-the-opener-speaks", "the-bracket-keeps-its-own-time",
         "a-time-ending-its-clause-opens-nothing-after"],
)
def test_which_time_speaks_past_a_bracket_and_a_clause_end(text, surface, expected):
    assert fields_at(text, surface, expected) == expected

