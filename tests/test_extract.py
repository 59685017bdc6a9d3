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
        # a target the province set is a plan, as a plain "chỉ tiêu" is, not its budget estimate
        ("Tuyển chọn 64 công dân nhập ngũ, đạt 100% chỉ tiêu tỉnh giao.", "plan_ratio", "percent", "plan"),
        ("Trồng mới 310 ha rừng, bằng 103,3% chỉ tiêu được tỉnh giao.", "plan_ratio", "percent", "plan"),
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
    level, tolerance = figures("Độ mặn dao động 1,8 ± 0,5‰ trong mùa khô.")  # the unit after a tolerance is the level's
    assert (level["unit"], level["kind"], tolerance["unit"], tolerance["kind"]) == (
        "per_mille", "share", "per_mille", "other")
    assert [r["unit"] for r in figures("Chiều dài mỗi cấu kiện 12 ± 0,5 m.")] == ["m", "m"]
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


ROW_PAIRS = """Chỉ tiêu | Tháng 11/2025 | 11 tháng năm 2025 | Ước cả năm 2025
1. Sản lượng điện sản xuất (triệu kWh) | 412,5 | 5.236,8 | 5.610,2
- So cùng kỳ (%) | 96,4 | 104,1 | 103,5
- So với KH năm (%) |  | 89,9 | 98,6
2. Chi ngân sách địa phương (tỷ đồng) | 1.125,4 | 11.420,7 | 13.050,0
+ So với cùng kỳ năm trước (%) | 102,6 | 105,3 | 104,8
"""


@pytest.mark.parametrize(
    ("surface", "kind", "base"),
    [
        ("5.236,8", "amount", None),
        ("104,1", "plan_ratio", "previous_year"),  # "- So cùng kỳ (%)": the level above, against a year before
        ("89,9", "plan_ratio", "plan"),  # "- So với KH năm (%)": against the year's plan
        ("105,3", "plan_ratio", "previous_year"),
    ],
    ids=["level-row", "so-cung-ky-row", "so-voi-kh-row", "plus-marked-row"],
)
def test_a_row_whose_label_is_a_comparison_holds_the_level_above_as_a_percent(surface, kind, base):
    # Statistics offices lay an indicator out as a level row with its comparisons as rows under it, each named
    # only by what it compares with: its cells are ratios, not shares of the level.
    f = figure_at(ROW_PAIRS, surface)
    assert (f["kind"], f["base"]) == (kind, base)


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
        ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\nPhấn đấu tỷ lệ che phủ rừng cuối năm đạt 47%, trồng mới 300 ha rừng.",
         "300", "period", "2024"),
        ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\nPhấn đấu tỷ lệ che phủ rừng cuối năm đạt 47%, trồng mới 300 ha rừng.",
         "47%", "period", "2024"),
        ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\nChuẩn bị hàng hóa dịp cuối năm, phấn đấu doanh thu tăng 10%.",
         "10%", "period", "2024-H2"),
        ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\nTrong những tháng cuối năm, phấn đấu giải ngân thêm 150 tỷ đồng.",
         "150", "period", "2024-H2"),
        ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\nPhấn đấu 6 tháng cuối năm thu ngân sách đạt 450 tỷ đồng.",
         "450", "period", "2024-H2"),
    ],
    ids=["task-item-h2", "task-item-plan", "quarter-in-item", "to-the-years-end", "whole-year-across-semicolon",
         "month", "cumulative-after-month", "cumulative-after-quarter", "cumulative-under-half-heading",
         "earlier-year-among-tasks", "target-before-it", "year-end-level-under-a-half", "year-end-figure-itself",
         "year-end-season", "last-months-of-the-year", "the-half-itself"],
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
    # two numbers, each before a word or two, ending a quoted name: its slogan, wherever the quote opens
    assert figures("Cuộc vận động “Xây dựng gia đình 5 không 3 sạch” gắn với nông thôn mới.") == []
    assert figures("Phong trào “Xây dựng gia đình 5 không, 3 sạch” được triển khai.") == []
    said = figures("Ông nói: “Năm nay xã hỗ trợ 50 hộ”, trong đó 12 hộ nghèo.")  # one number: a count said
    assert [r["surface"] for r in said] == ["50", "12"]


# A five-year review, its year from its date line.
REVIEW_2011_2015 = ("Vĩnh Phúc, ngày 12 tháng 10 năm 2015\n\nBÁO CÁO\n\n"
                    "Đánh giá tình hình thực hiện kế hoạch 5 năm 2011 - 2015\n\n")
PER_HEAD_2015 = ("GRDP bình quân đầu người năm 2015 ước đạt 62,5 triệu đồng, gấp 1,8 lần năm 2010 "
                 "(34,6 triệu đồng), vượt mục tiêu Nghị quyết (60 triệu đồng).")
PARALLEL_MOVES = ("Năm 2016, tỷ trọng công nghiệp tăng từ 52,4% năm 2010 lên 55,8% năm 2015; "
                  "nông nghiệp giảm từ 14,5% xuống còn 9,3%.")
EXPORTS_2011_2015 = ("Kim ngạch xuất khẩu năm 2015 ước đạt 2.350 triệu USD, tăng bình quân 24,6%/năm "
                     "giai đoạn 2011 - 2015; tổng kim ngạch xuất khẩu {} năm ước đạt 8.420 triệu USD.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2015, tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm.", "1 - 1,5%",
         {"value": 1, "value_max": 1.5, "kind": "change_points"}),
        (REVIEW_2011_2015 + "Cơ cấu kinh tế chuyển dịch: tỷ trọng công nghiệp tăng từ 52,4% năm 2010 "
         "lên 55,8% năm 2015; nông nghiệp giảm từ 14,5% xuống còn 9,3% (mục tiêu Nghị quyết: công "
         "nghiệp 56 - 57%, dịch vụ 35 - 36%, nông nghiệp 7 - 8%).", "7 - 8%", {"role": "plan", "period": "2015"}),
        ("Năm 2015, tỷ trọng dịch vụ đạt 34,9% (kế hoạch: công nghiệp 56%, đạt 58%).", "58%", {"role": "actual"}),
        (PER_HEAD_2015, "60", {"unit": "VND_per_person", "role": "plan", "period": "2015"}),
        (PER_HEAD_2015, "34,6", {"unit": "VND_per_person", "period": "2010"}),
        ("Thu nhập bình quân đầu người năm 2015 đạt 26,8 triệu đồng/người/năm, gấp 2,1 lần năm 2010 "
         "(12,7 triệu đồng).", "12,7", {"unit": "VND"}),
        ("Tổng vốn đầu tư giai đoạn 2011 - 2015 ước đạt 138.500 tỷ đồng, bằng 86,6% mục tiêu (160.000 "
         "tỷ đồng); trong đó: vốn ngân sách 21.350 tỷ đồng, chiếm 15,4%; vốn doanh nghiệp 69.850 tỷ đồng.",
         "69.850", {"period": "2011-2015"}),
        ("Năm 2025, GRDP ước đạt 7,85%, cao hơn mức tăng của năm 2024 (tăng 6,42%); trong đó: khu vực "
         "dịch vụ tăng 8,74%.", "8,74%", {"period": "2025"}),
        (REVIEW_2011_2015 + "Tăng trưởng không đều giữa các năm (năm 2012 chỉ tăng 0,6%, năm 2013 tăng "
         "4,8%).", "4,8%", {"role": "actual", "period": "2013"}),
        ("BÁO CÁO\n\nTổng kết năm học 2024 - 2025\n\nĐiểm trung bình năm 2025 đạt 6,72 điểm, xếp thứ "
         "8/34 tỉnh (năm 2024 xếp thứ 11, tăng 2,1%).", "2,1%", {"role": "context"}),
        (REVIEW_2011_2015 + EXPORTS_2011_2015.format(5), "8.420", {"period": "2011-2015"}),
        (REVIEW_2011_2015 + EXPORTS_2011_2015.format(3), "8.420", {"period": "2015"}),
        (PARALLEL_MOVES, "9,3%", {"period": "2015"}),
        (PARALLEL_MOVES, "14,5%", {"period": None}),
    ],
    ids=["range-after-an-average", "targets-listed-in-a-bracket", "result-listed-after-a-target",
         "target-of-the-result-before-a-bracket", "earlier-level-of-a-rate-per-head",
         "rate-written-per-each-not-restated", "parts-after-a-semicolon-take-the-wholes-span",
         "parts-not-of-a-time-compared", "years-of-the-reviewed-span-in-a-bracket",
         "school-years-first-year-compared", "years-counted-as-the-span-before", "years-counted-not-the-span",
         "parallel-move-reaches-the-later-year", "parallel-move-starts-from-no-time"],
)
def test_a_five_year_reviews_brackets_parts_and_moves(text, surface, expected):
    """A review of five years: targets listed in a bracket, a rate's levels restated in brackets, the parts of a
    whole after a ";", years of the span in a bracket, the years counted, a move the part before dates."""
    assert fields_at(text, surface, expected) == expected


# A district's nine months, its year from its date line.
NINE_MONTHS_2014 = ("Triệu Sơn, ngày 26 tháng 9 năm 2014\n\nBÁO CÁO\n\n"
                    "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 9 THÁNG ĐẦU NĂM 2014\n\n")
WHOLE_YEAR_TABLE = (NINE_MONTHS_2014 + "7. Kết quả thực hiện một số chỉ tiêu chủ yếu\n\n"
                    "TT | Chỉ tiêu | ĐVT | KH năm 2014 | TH 9 tháng | So KH (%) | Ước cả năm | So KH (%)\n"
                    "1 | Sản lượng lương thực có hạt | Tấn | 151.000 | 118.540 | 78,5 | 152.300 | 100,9\n"
                    "2 | Sản lượng thịt hơi xuất chuồng | Tấn | 19.400 | 14.380 | 74,1 | 19.500 | 100,5\n")
LETTERED_RESULTS = (NINE_MONTHS_2014 + "2. Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới\n\n"
                    "c) Lâm nghiệp: Trồng rừng tập trung được 215 ha, đạt 86% kế hoạch năm; công tác phòng cháy "
                    "được triển khai.\n\nd) Xây dựng nông thôn mới: Đến nay, toàn huyện có 3 xã đạt chuẩn.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Để hoàn thành mục tiêu giải ngân 100% kế hoạch vốn năm 2019, tỉnh yêu cầu các chủ đầu tư tập trung "
         "chỉ đạo.", "100%", {"role": "plan", "period": "2019"}),
        ("Năm 2019, tỉnh đã giải ngân 68,2% kế hoạch vốn.", "68,2%", {"role": "actual"}),
        (LETTERED_RESULTS, "215", {"role": "actual"}),
        (LETTERED_RESULTS, "86%", {"role": "actual"}),
        (WHOLE_YEAR_TABLE, "152.300", {"role": "actual", "period": "2014", "qualifier": "estimated"}),
        (WHOLE_YEAR_TABLE, "100,5", {"kind": "plan_ratio", "period": "2014"}),
        (WHOLE_YEAR_TABLE, "14.380", {"period": None}),
        ("Năm 2013, vụ Chiêm Xuân đạt 66,5 tạ/ha. Vụ Thu Mùa 2014, toàn huyện gieo cấy 8.920 ha lúa.", "8.920",
         {"period": "2014"}),
    ],
    ids=["goal-and-its-verb", "disbursed-no-goal", "lettered-item-under-results", "its-ratio-to-the-plan",
         "whole-year-beside-months", "its-comparison-column", "months-counted-no-code", "thu-mua-season"],
)
def test_nine_months_whole_year_columns_goals_and_lettered_items(text, surface, expected):
    """A district's nine months: a whole year's column beside months counted, a goal before its verb, a lettered
    item a sentence long under results, the Thu Mùa season with its year."""
    assert fields_at(text, surface, expected) == expected


# A finance department's budget estimate: its year from its date line, a table in millions of đồng.
BUDGET_2016 = ("Bình Định, ngày 30 tháng 11 năm 2015\n\nBÁO CÁO\n\nĐơn vị tính: triệu đồng\n\n"
               "STT | Nội dung | Dự toán 2015 | Ước TH 2015 | Dự toán 2016 | So sánh DT2016/ƯTH2015 (%)\n"
               "A | TỔNG THU NSNN TRÊN ĐỊA BÀN | 6.800.000 | 7.120.500 | 7.450.000 | 104,6\n"
               "1 | Thu nội địa | 5.216.000 | 5.430.200 | 5.760.000 | 106,1\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (BUDGET_2016, "104,6", {"role": "plan", "period": "2016", "base": "2015"}),
        (BUDGET_2016, "7.450.000", {"role": "plan", "period": "2016"}),
        ("Năm 2015, tổng thu ước đạt 7.120,5 tỷ đồng, tăng 9,8% so với năm 2014 (thực hiện năm 2014 là 6.485 tỷ "
         "đồng).", "6.485", {"role": "context", "period": "2014"}),
        ("Năm 2016, lũy kế từ năm 1993 (năm cấp dự án FDI đầu tiên) đến nay, vốn thực hiện ước đạt 4.652,3 triệu "
         "USD.", "4.652,3", {"period": "1993-2016"}),
        ("Dự toán thu ngân sách năm 2015 Trung ương giao 6.250 tỷ đồng, HĐND tỉnh giao 6.800 tỷ đồng.", "6.250",
         {"role": "plan", "period": "2015"}),
        ("Năm 2015 tỉnh giao 120 tỷ đồng cho các huyện.", "120", {"role": "actual"}),
    ],
    ids=["year-glued-to-a-columns-word", "plan-column-beside-it", "a-results-bracket-of-an-earlier-year",
         "since-a-year-past-its-bracket", "giver-after-the-plans-year", "giving-no-target"],
)
def test_a_budget_estimates_columns_brackets_and_givers(text, surface, expected):
    """A budget estimate: a column's word with its year glued on, a bracket of an earlier year's result, a span
    since a year past a bracket on it, a giver named after the plan's year."""
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Thái Bình, ngày 26 tháng 12 năm 2017\n\nBÁO CÁO\n\nThu nhập bình quân đầu người một tháng năm 2017 ước "
         "đạt 3,12 triệu đồng.", "3,12", {"unit": "VND_per_person_per_month", "period": "2017"}),
        ("Thái Bình, ngày 26 tháng 12 năm 2017\n\nBÁO CÁO\n\nThu nhập bình quân đầu người/tháng năm 2017 đạt 3,12 "
         "triệu đồng.", "3,12", {"period": "2017"}),
        ("Thái Bình, ngày 26 tháng 12 năm 2017\n\nBÁO CÁO\n\nLũy kế 9 tháng năm 2017 đạt 3,12 triệu đồng.", "3,12",
         {"period": None}),
    ],
    ids=["a-rates-month-before-the-year", "written-per-month", "months-counted-no-code"],
)
def test_a_rates_month_before_its_year(text, surface, expected):
    """ "một tháng năm 2017": the month a rate is per, before the year its figure is of; months counted stay of no
    code."""
    assert fields_at(text, surface, expected) == expected


# A plan for a crop season: its results, its plan, then how it is carried out.
CROP_PLAN = ("Phú Yên, ngày 20 tháng 10 năm 2015\n\nKẾ HOẠCH\n\nSản xuất vụ Đông Xuân 2015 - 2016\n\n"
             "I. KẾT QUẢ SẢN XUẤT VỤ ĐÔNG XUÂN 2014 - 2015\n\nDiện tích lúa đạt 25.300 ha.\n\n"
             "II. KẾ HOẠCH SẢN XUẤT VỤ ĐÔNG XUÂN 2015 - 2016\n\nDiện tích lúa 25.500 ha.\n\n"
             "III. TỔ CHỨC THỰC HIỆN\n\nTrung tâm Khuyến nông tổ chức 25 lớp tập huấn kỹ thuật.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("25", {"role": "plan", "period": "2016"}), ("25.500", {"role": "plan", "period": "2016"}),
     ("25.300", {"role": "actual", "period": "2015"})],
    ids=["carried-out-of-the-plans-season", "the-plan-itself", "the-season-before"],
)
def test_a_plans_carrying_out_is_of_its_season(surface, expected):
    """ "III. TỔ CHỨC THỰC HIỆN" after "II. KẾ HOẠCH … VỤ ĐÔNG XUÂN 2015 - 2016": what carries the plan out is of
    the season's harvest year, as the plan is."""
    assert fields_at(CROP_PLAN, surface, expected) == expected


# A price table: a comparison with the month before written with signs, one with the year before as ratios.
SIGNED_PRICES = ("Thái Bình, ngày 06 tháng 01 năm 2012\n\nBẢNG GIÁ\n\n"
                 "TT | Mặt hàng | ĐVT | Giá bán lẻ (đồng/kg) | So với tháng trước (%) | So với cùng kỳ (%)\n"
                 "1 | Gạo tẻ thường | đồng/kg | 11.500 | 0,0 | 115,0\n"
                 "2 | Gạo tám thơm | đồng/kg | 17.000 | +6,3 | 113,3\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("+6,3", {"kind": "growth"}), ("0,0", {"kind": "growth"}), ("113,3", {"kind": "plan_ratio"})],
    ids=["a-plus-sign-a-rise", "its-columns-unsigned-cell", "ratios-beside-it"],
)
def test_a_comparison_column_written_with_plus_signs_holds_growths(surface, expected):
    assert fields_at(SIGNED_PRICES, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("(BPTV) - Niên vụ hồ tiêu 2012 - 2013, toàn tỉnh có 12.850 ha hồ tiêu.", "12.850", {"period": None}),
        ("(BĐN) - Niên vụ cà phê 2015-2016, sản lượng cà phê nhân toàn tỉnh đạt 270.200 tấn.", "270.200",
         {"period": None}),
        ("Giai đoạn 2011 - 2015, toàn tỉnh trồng mới 120 ha hồ tiêu.", "120", {"period": "2011-2015"}),
    ],
    ids=["crop-year-naming-its-crop", "crop-year-of-coffee", "a-span-no-crop-year"],
)
def test_a_crop_year_naming_its_crop_is_of_no_period(text, surface, expected):
    """ "Niên vụ hồ tiêu 2012 - 2013": a crop year straddles its two years, its crop named or not: no period."""
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2017, trước kỳ họp thứ 5 HĐND huyện khóa XIX, nhiệm kỳ 2016 - 2021, Ủy ban tổ chức 16 hội nghị.", "16",
         {"period": "2017"}),
        ("Theo báo cáo trình Kỳ họp thứ 17 HĐND tỉnh khóa XVIII, năm 2023 có 22/27 chỉ tiêu đạt.", "22/27",
         {"period": "2023"}),
        ("Nhiệm kỳ 2016 - 2021, huyện tổ chức 16 hội nghị.", "16", {"period": "2017-2021"}),
        ("Hưng Yên, ngày 20 tháng 12 năm 2013\n\n"
         "TT | Chỉ tiêu | Năm 2012 | Năm 2013 | Tăng (+), giảm (-) | Tỷ lệ (%)\n"
         "1 | Số vụ tai nạn giao thông (vụ) | 168 | 146 | -22 | -13,1\n"
         "2 | Tiền phạt nộp Kho bạc (tỷ đồng) | 23,52 | 27,64 | +4,12 | +17,5\n", "+4,12",
         {"unit": "VND", "kind": "change"}),
        ("Hưng Yên, ngày 20 tháng 12 năm 2013\n\n"
         "TT | Chỉ tiêu | Năm 2012 | Năm 2013 | Tăng (+), giảm (-) | Tỷ lệ (%)\n"
         "1 | Số vụ tai nạn giao thông (vụ) | 168 | 146 | -22 | -13,1\n"
         "2 | Tiền phạt nộp Kho bạc (tỷ đồng) | 23,52 | 27,64 | +4,12 | +17,5\n", "-13,1",
         {"unit": "percent", "kind": "growth"}),
    ],
    ids=["a-councils-term-names-it", "a-year-after-its-session", "a-term-opening-a-sentence",
         "change-in-the-labels-unit", "growth-beside-it"],
)
def test_a_councils_term_and_changes_in_the_units_labels_name(text, surface, expected):
    """ "HĐND huyện khóa XIX, nhiệm kỳ 2016 - 2021": the term names the council; "Tăng (+), giảm (-)" beside rows
    naming their units in brackets holds changes in those units."""
    assert fields_at(text, surface, expected) == expected


ESTIMATED_SUBJECT = "Ước thực hiện thu ngân sách nhà nước cả năm 2015 đạt 1.912,4 tỷ đồng, bằng 115,9% dự toán."


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("1.912,4", {"qualifier": "estimated"}), ("115,9%", {"qualifier": "exact"})],
    ids=["the-first-figure-estimated", "the-ratio-after-it-exact"],
)
def test_an_estimate_opening_its_subject_and_verb(surface, expected):
    """ "Ước thực hiện <what> cả năm 2015 đạt …": the estimate word opening the sentence, what it estimates and the
    verb, estimate the first figure, as a bare "ước" does; not the ratio after it."""
    assert fields_at(ESTIMATED_SUBJECT, surface, expected) == expected


QUARTER_TASKS = ("Thái Bình, ngày 10 tháng 4 năm 2018\n\n"
                 "Chủ tịch UBND tỉnh yêu cầu các sở tập trung thực hiện các nhiệm vụ quý II/2018: phấn đấu GRDP "
                 "6 tháng đầu năm tăng 7,8% trở lên; kim ngạch xuất khẩu quý II/2018 đạt 390 triệu USD; thu hút thêm "
                 "200 doanh nghiệp thành lập mới.")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("200", {"period": "2018-Q2"}), ("7,8%", {"period": "2018-H1"}), ("390", {"period": "2018-Q2"})],
    ids=["an-item-naming-no-time", "an-item-naming-its-own", "an-item-naming-the-same"],
)
def test_a_time_closing_a_lead_in_speaks_for_its_items(surface, expected):
    """ "… các nhiệm vụ quý II/2018: …; thu hút thêm 200 doanh nghiệp": an item after a ";" naming no time of its own
    is of the time closing the lead-in before the colon, past the other items' times."""
    assert fields_at(QUARTER_TASKS, surface, expected) == expected



POWER_RESULTS = ("Điện thương phẩm năm 2017 đạt 318,65 triệu kWh, bằng 102,39% kế hoạch Tổng công ty Điện lực miền Bắc "
                 "giao (311,20 triệu kWh). Tỷ lệ tổn thất điện năng năm 2017 là 9,52%, giảm 1,09 điểm phần trăm so với "
                 "năm 2016 và thấp hơn kế hoạch 0,28 điểm phần trăm. Doanh thu năm 2017 đạt 1.250 tỷ đồng, vượt kế "
                 "hoạch 50 tỷ đồng; nữ 58 người, chiếm 27,23% (nhiệm kỳ trước 24,41%).")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("311,20", {"role": "plan"}), ("1,09", {"base": "2016", "role": "actual"}),
     ("0,28", {"base": "plan", "role": "actual"}), ("50", {"kind": "change", "base": "plan", "role": "actual"}),
     ("24,41%", {"role": "context"})],
    ids=["a-bracket-after-a-long-givers-name", "the-first-change-of-a-pair", "a-gap-from-the-plan-in-points",
         "a-gap-from-the-plan-in-money", "the-term-before-in-brackets"],
)
def test_a_result_against_its_plan_and_the_term_before(surface, expected):
    """ "kế hoạch Tổng công ty … giao (311,20 triệu kWh)": the plan's level however long its giver's name; "thấp hơn
    kế hoạch 0,28 điểm phần trăm", "vượt kế hoạch 50 tỷ đồng": by how much the result missed or passed the plan, an
    actual change against it, whatever the pair before compared with; "(nhiệm kỳ trước 24,41%)": the term before."""
    assert fields_at(POWER_RESULTS, surface, expected) == expected


TREASURY_AIMS = ("Năm 2019, đơn vị phấn đấu giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn được giao; 100% đơn vị "
                 "sử dụng ngân sách giao dịch qua dịch vụ công trực tuyến; giảm lượng tiền mặt chi qua Kho bạc xuống "
                 "dưới 3,5% tổng chi ngân sách. Trong đó, vốn ngân sách địa phương giải ngân 1.846 tỷ đồng, đạt 92,1%; "
                 "vốn ngân sách trung ương 1.121 tỷ đồng, đạt 87,5%.")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("95%", {"kind": "plan_ratio"}), ("100%", {"kind": "share"}), ("3,5%", {"kind": "share"}),
     ("87,5%", {"kind": "plan_ratio"})],
    ids=["the-disbursement-rate", "a-share-of-the-noun-after-it", "a-share-of-a-total-after-it",
         "a-parts-rate-with-nothing-after-it"],
)
def test_a_share_in_its_own_part_of_a_disbursement_sentence(surface, expected):
    """ "…giải ngân … đạt trên 95% kế hoạch vốn; 100% đơn vị sử dụng ngân sách …": a percent with the noun it is a share
    of right after it, in a part after a ";" that names no disbursement, measures that noun."""
    assert fields_at(TREASURY_AIMS, surface, expected) == expected


VACCINATION = ("Tỉnh có 952.310 người đã được tiêm mũi 1 vắc xin phòng Covid-19, đạt 99,3%. Theo kế hoạch, trong tháng "
               "11/2021, tỉnh sẽ tiêm vắc xin cho khoảng 142.600 trẻ em; dự kiến tỉnh được phân bổ khoảng 285.000 liều "
               "vắc xin. Theo kế hoạch, năm 2021 huyện giải ngân 100 tỷ đồng, đến nay đã giải ngân 60 tỷ đồng. Ông "
               "Hùng cho biết: “Mục tiêu của tỉnh là đến hết năm 2021, 100% người từ 18 tuổi trở lên được tiêm "
               "vắc xin”.")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("142.600", {"role": "plan"}), ("285.000", {"role": "plan"}), ("100", {"role": "plan"}),
     ("60", {"role": "actual"}), ("100%", {"role": "plan"}), ("952.310", {"role": "actual"})],
    ids=["a-sentence-opening-with-the-plan", "its-part-after-a-semicolon", "a-plans-sum", "done-so-far-after-it",
         "a-target-stated-in-a-quote", "a-result"],
)
def test_what_the_plan_holds_and_a_target_stated_in_a_quote(surface, expected):
    """ "Theo kế hoạch, trong tháng 11/2021, tỉnh sẽ tiêm …": a sentence opening with the plan it tells holds targets,
    up to what is done so far; "… cho biết: “Mục tiêu của tỉnh là …": what is said opens a sentence of its own."""
    assert fields_at(VACCINATION, surface, expected) == expected


def test_the_dose_a_number_after_mui_names():
    """ "tiêm mũi 1 vắc xin phòng Covid-19": which dose of the vaccine, a label, no count of vaccines."""
    assert extract(VACCINATION)["surface"].tolist()[:2] == ["952.310", "99,3%"]


COMMUNE_RESOLUTION = (
    "QUYẾT NGHỊ:\n\nĐiều 1. Thống nhất đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2019 "
    "như báo cáo của Ủy ban nhân dân xã. Tổng giá trị sản xuất ước đạt 186,4 tỷ đồng, tăng 8,2% so với năm 2018. "
    "Toàn xã có 86 hộ kinh doanh cá thể và 4 doanh nghiệp đang hoạt động; thu ngân sách đạt 6.842 triệu đồng, bằng "
    "125,6% dự toán.\n\nĐiều 2. Tổ chức thực hiện")


@pytest.mark.parametrize("surface", ["186,4", "86", "6.842"],
                         ids=["the-first-figure", "a-sentence-naming-no-time", "past-a-semicolon"])
def test_an_articles_first_sentence_heads_its_paragraph(surface):
    """ "Điều 1. Thống nhất đánh giá … năm 2019 như báo cáo của Ủy ban nhân dân xã. Tổng giá trị …": an article run
    into one paragraph with its body is headed by its first sentence: the year it names is its figures' period."""
    assert fields_at(COMMUNE_RESOLUTION, surface, {"period": "2019"}) == {"period": "2019"}


HOLIDAY = ("Trong 5 ngày nghỉ lễ 30/4 và Ngày Quốc tế Lao động 1/5, Khánh Hòa đón 420.500 lượt khách. Chương trình tại "
           "Quảng trường 2/4 thu hút khoảng 12.000 lượt người xem; chợ đêm với 60 gian hàng đón hơn 25.000 lượt khách."
           "\n\nBảng: Lượt khách dịp lễ năm 2023\n\nTT | Điểm đến | Lượt khách | Tăng/giảm so với cùng kỳ 2022 (%)\n"
           "1 | Thành phố Nha Trang | 285.600 | 31,2\n")


def test_a_named_days_date_and_a_place_named_by_a_day_are_no_figures():
    """ "Ngày Quốc tế Lao động 1/5": the day a named day is held on, a date; "Quảng trường 2/4": a place's name."""
    surfaces = extract(HOLIDAY)["surface"].tolist()
    assert "1/5" not in surfaces and "2/4" not in surfaces and "12.000" in surfaces


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("12.000", {"qualifier": "approx"}), ("25.000", {"qualifier": "over"}), ("60", {"counted": "gian hàng đón"}),
     ("31,2", {"kind": "growth", "base": "2022"})],
    ids=["after-a-place-named-by-a-day", "the-next-numbers-qualifier", "ends-the-noun-before-it",
         "the-same-period-of-a-year-a-column-names"],
)
def test_a_qualifier_before_the_next_number_and_the_year_a_column_compares_with(surface, expected):
    """ "60 gian hàng đón hơn 25.000 lượt khách": the next number's qualifier ends the counted noun before it and
    qualifies that number; "Tăng/giảm so với cùng kỳ 2022 (%)": the same period of the year it names, that year."""
    assert fields_at(HOLIDAY, surface, expected) == expected


DISTRICT_CONGRESS = (
    "Cập nhật lúc 10:25, Thứ Sáu, 17/07/2020 (GMT+7)\n\nĐại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 có 285 đại biểu dự. "
    "Trong nhiệm kỳ 2015 - 2020, kinh tế của huyện tăng trưởng khá. Giá trị sản xuất nông nghiệp tăng bình quân "
    "3,2%/năm, công nghiệp - xây dựng tăng 15,8%/năm, dịch vụ tăng 12,4%/năm giai đoạn 2016 - 2020. Trong nhiệm kỳ, "
    "huyện đã thu hút 38 dự án đầu tư. Tổ chức cuộc thi khởi nghiệp năm 2020, trao 12 giải với tổng giá trị giải "
    "thưởng 240 triệu đồng; hỗ trợ 5 dự án khởi nghiệp.")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("3,2%", {"period": "2016-2020"}), ("15,8%", {"period": "2016-2020"}), ("38", {"period": "2016-2020"}),
     ("240", {"role": "actual"}), ("5", {"role": "actual"})],
    ids=["the-first-rate-of-a-list-a-span-closes", "the-second", "the-term-under-review-named-in-prose",
         "prizes-given-no-offers-term", "a-part-after-the-prizes"],
)
def test_a_span_closing_a_list_of_rates_the_term_reviewed_and_prizes_given(surface, expected):
    """ "… tăng bình quân 3,2%/năm, … 15,8%/năm, … 12,4%/năm giai đoạn 2016 - 2020": the span closing a list of yearly
    rates is each rate's; "Trong nhiệm kỳ, …" after "Trong nhiệm kỳ 2015 - 2020" in prose: the term reviewed, not the
    new one; "trao 12 giải với tổng giá trị giải thưởng 240 triệu đồng": prizes given, a result, no offer's term."""
    assert fields_at(DISTRICT_CONGRESS, surface, expected) == expected


def test_a_time_zones_hours_are_no_figure():
    """ "(GMT+7)" after a date line's time: part of the time stamp."""
    assert extract(DISTRICT_CONGRESS)["surface"].tolist()[0] == "285"


RESERVOIRS = (
    "Toàn tỉnh hiện có 345 hồ chứa nước với tổng dung tích thiết kế trên 720 triệu m3. Tổng diện tích đất phải thu "
    "hồi trên địa bàn huyện là 168,45 ha, trong đó: đất ở 12,36 ha; đất nông nghiệp 118,72 ha. Thu tiền sử dụng đất "
    "đạt 3.120 tỷ đồng, bằng 89,1% dự toán năm (3.500 tỷ đồng).\n\n"
    "TT | Tên hồ chứa | Dung tích thiết kế (triệu m3) | Dung tích hiện tại (triệu m3) | Tỷ lệ (%)\n"
    "1 | Hồ Kẻ Gỗ | 345,0 | 318,5 | 92,3\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("720", {"role": "context"}), ("168,45", {"role": "context"}), ("12,36", {"role": "context"}),
     ("118,72", {"role": "context"}), ("3.500", {"role": "plan"}), ("345,0", {"role": "context", "period": None}),
     ("318,5", {"role": "actual"})],
    ids=["a-design-capacity", "a-projects-area-to-clear-stated-by-a-copula", "its-first-part",
         "a-part-after-a-semicolon", "the-years-estimate-in-brackets", "a-design-capacity-column", "the-level-now"],
)
def test_designed_scales_their_parts_and_the_years_estimate(surface, expected):
    """ "tổng dung tích thiết kế trên 720 triệu m3", a column "Dung tích thiết kế (triệu m3)": what a reservoir holds
    full, background; "Tổng diện tích đất phải thu hồi … là 168,45 ha, trong đó: …; …": a project's scale stated by a
    copula and its parts listed after ";"; "bằng 89,1% dự toán năm (3.500 tỷ đồng)": the year's estimate."""
    assert fields_at(RESERVOIRS, surface, expected) == expected


SUPPORT_LEVELS = (
    "Năm 2019 cấp phát 1.245.600 bao cao su và 286.400 bơm kim tiêm, đạt 103,8% và 95,5% kế hoạch năm. Tỷ lệ nữ "
    "45,2% và 38,1% dân tộc thiểu số. HĐND tỉnh đã ban hành Nghị quyết số 11/2022/NQ-HĐND quy định mức hỗ trợ từ "
    "ngân sách tỉnh: 30 triệu đồng/sản phẩm 3 sao, 50 triệu đồng/sản phẩm 4 sao. Năm 2019, định mức hỗ trợ bình quân "
    "đạt 12 triệu đồng/hộ.")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("103,8%", {"kind": "plan_ratio", "base": "plan"}), ("95,5%", {"kind": "plan_ratio"}),
     ("45,2%", {"kind": "share"}), ("30", {"role": "context"}), ("50", {"role": "context"}),
     ("12", {"role": "actual"})],
    ids=["the-first-of-a-pair-of-ratios", "the-second", "a-pair-of-shares", "a-level-a-rule-sets-after-its-colon",
         "the-next-level", "a-level-paid"],
)
def test_a_pair_of_ratios_and_the_levels_a_rule_sets(surface, expected):
    """ "đạt 103,8% và 95,5% kế hoạch năm": the first of a pair is a ratio to the plan named after the second;
    "… Nghị quyết … quy định mức hỗ trợ …: 30 triệu đồng/sản phẩm 3 sao, …": the levels a rule sets, terms."""
    assert fields_at(SUPPORT_LEVELS, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Tổng số tin báo, tố giác về tội phạm và kiến nghị khởi tố Viện kiểm sát hai cấp thụ lý kiểm sát là 1.186 tin.",
      "1.186", {"role": "actual"}),
     ("Sở đề nghị UBND tỉnh cấp 350 tỷ đồng cho dự án.", "350", {"role": "plan"})],
    ids=["levels-counted-no-grant", "a-grant-asked"],
)
def test_a_word_of_giving_after_levels_counted_is_a_level(text, surface, expected):
    """ "kiến nghị khởi tố Viện kiểm sát hai cấp thụ lý …": "cấp" after a word counting levels is "level", no grant a
    request asks for; "đề nghị UBND tỉnh cấp 350 tỷ đồng" asks for one."""
    assert fields_at(text, surface, expected) == expected


FLOOD_PEAKS = ("Bảng: Đỉnh lũ trên các sông\n\n"
               "TT | Sông | Trạm | Mực nước đỉnh lũ (m) | Thời gian xuất hiện\n"
               "1 | Hương | Kim Long | 3,85 | 15h ngày 28/10\n"
               "2 | Bồ | Phú Ốc | 4,92 | 13h00 ngày 28/10/2024\n")


def test_times_and_days_in_a_tables_cells_are_no_figures():
    """ "15h ngày 28/10" under "Thời gian xuất hiện": an hour alone before its day, a day and month under a column of
    times; "28/10/2024": a full date in any cell. Only the peaks are figures."""
    assert extract(FLOOD_PEAKS)["surface"].tolist() == ["3,85", "4,92"]


_POSTS_CUT = ("TT | Khối, cơ quan | Biên chế giao năm 2015 | Biên chế giao năm 2021 | Giảm so với năm 2015 | "
              "Tỷ lệ giảm (%)\n"
              "1 | Cơ quan hành chính cấp tỉnh | 1.512 | 1.356 | 156 | 10,32\n"
              "2 | Cơ quan hành chính cấp huyện | 1.253 | 1.130 | 123 | 9,82\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (_POSTS_CUT, "156", ("count", "change", "plan", "2021", "2015")),
        (_POSTS_CUT, "10,32", ("percent", "growth", "plan", "2021", "2015")),
        ("Chỉ tiêu | Năm 2020 | Năm 2021 | Tăng so với năm 2020 | Tốc độ giảm (%)\n"
         "Số hộ nghèo (hộ) | 2.410 | 1.985 | 425 | 17,6\n", "17,6", ("percent", "growth", "actual", "2021", "2020")),
        ("Chỉ tiêu | Kế hoạch 2021 | So với KH (%)\nSố hộ nghèo (hộ) | 2.410 | 98,5\n", "98,5",
         ("percent", "plan_ratio", "actual", None, "plan")),
    ],
    ids=["one-way-change-against-a-year-in-whole-numbers", "a-rate-of-the-fall-is-a-growth",
         "a-rate-of-the-fall-beside-results", "a-plan-alone-is-no-result-of-its-own"],
)
def test_a_one_way_change_column_and_its_rate_compare_the_latest_column(text, surface, read):
    """ "Giảm so với năm 2015 | Tỷ lệ giảm (%)": a change in the row's unit and its rate, of the latest column (a plan
    where no column holds results) against the year named."""
    row = figure_at(text, surface)
    assert (row["unit"], row["kind"], row["role"], row["period"], row["base"]) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Sản lượng năm 2020 đạt 182.000 tấn, vượt 17.000 tấn so với dự báo đầu vụ (165.000 tấn).", "17.000",
         ("exact", "change", None)),
        ("Kim ngạch xuất khẩu năm 2024 vượt 50 tỷ USD.", "50", ("over", "amount", None)),
        ("Toàn tỉnh bắt giữ 1.126 vụ, 1.438 đối tượng, tăng 58 vụ (+5,43%), 71 đối tượng so với năm 2018.", "71",
         ("exact", "change", "2018")),
        ("Toàn tỉnh bắt giữ 1.126 vụ, 1.438 đối tượng, tăng 58 vụ (+5,43%), 71 đối tượng so với năm 2018.", "58",
         ("exact", "change", "2018")),
        ("Năm 2017 tiếp nhận 8.726 đơn vị máu, tăng 621 đơn vị, tăng 7,7% so với năm 2016.", "621",
         ("exact", "change", "2016")),
        ("Tốc độ tăng giá trị sản xuất ước đạt 8,9%, vượt 0,4% so với kế hoạch (KH 8,5%).", "8,9%",
         ("estimated", "growth", None)),
        ("Dư nợ đến 30/9/2024 đạt 92.410 tỷ đồng, tăng 7,4% so với đầu năm (cả nước tăng 7,2%), tăng 13,6% so với "
         "cùng kỳ.", "7,2%", ("exact", "growth", None)),
    ],
    ids=["passing-what-it-is-compared-with-by-so-much", "passing-a-mark-compared-with-nothing",
         "a-lists-next-change-after-the-firsts-percent", "the-first-change-of-that-list",
         "the-change-word-again-before-the-rate", "another-change-after-a-level-stays-its-own",
         "a-brackets-own-change-before-another"],
)
def test_a_change_by_an_amount_takes_what_it_is_compared_with_after_it(text, surface, read):
    """ "vượt 17.000 tấn so với dự báo đầu vụ", "tăng 58 vụ (+5,43%), 71 đối tượng so với năm 2018", "tăng 621 đơn vị,
    tăng 7,7% so với năm 2016": a change, and the base named after the list it heads."""
    row = figure_at(text, surface)
    assert (row["qualifier"], row["kind"], row["base"]) == read


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Năm 2017, có 5.934 đơn vị 350 ml, chiếm 68,0% tổng số đơn vị máu.", "350", False),
        ("- Tỷ lệ đơn vị máu 350 ml đạt từ 70% trở lên;", "350", False),
        ("- Tỷ lệ đơn vị máu 350 ml đạt từ 70% trở lên;", "70%", True),
        ("Các đơn vị đã tiếp nhận 350 đơn vị máu.", "350", True),
        ("Bình quân cứ 100 người dân có 1,6 người tham gia hiến máu.", "100", False),
        ("Bình quân cứ 100 người dân có 1,6 người tham gia hiến máu.", "1,6", True),
        ("Cứ 1.000 dân có 2,5 bác sĩ.", "1.000", False),
    ],
    ids=["a-volume-naming-the-kind-of-units", "so-in-a-rates-subject", "the-rate-stays",
         "units-counted-stay-a-figure", "the-base-of-a-rate-after-every", "the-rate-over-it-stays",
         "every-thousand-people"],
)
def test_a_volume_and_the_base_of_a_rate_are_no_figures(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Mỗi cụ tròn 90 tuổi được UBND tỉnh tặng quà trị giá 500.000 đồng.", "500.000", "VND_per_person"),
        ("Tặng quà các cụ, trị giá 300.000 đồng/cụ.", "300.000", "VND_per_person"),
        ("Mỗi tân binh được tặng quà trị giá 500.000 đồng.", "500.000", "VND_per_person"),
    ],
    ids=["each-elder-past-an-age-and-the-giver", "money-per-elder", "each-recruit-stays"],
)
def test_what_each_elder_receives_is_a_rate_per_person(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


def test_a_compared_level_in_brackets_after_a_count_stays_a_share():
    row = figure_at("Bình quân cứ 100 người dân có 1,6 người tham gia hiến máu, cao hơn mức bình quân chung của cả "
                    "nước (1,4%).", "1,4%")
    assert (row["unit"], row["kind"], row["role"]) == ("percent", "share", "context")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Tổng lượng mía ép đạt 1.498.650 tấn, giảm 9,6% so với vụ trước.", "9,6%", ("growth", "previous_year")),
        ("Vụ ép kéo dài 135 ngày, ngắn hơn 12 ngày so với vụ trước.", "12", ("change", "previous_year")),
        ("So với năm 2016, tổng số tín đồ tăng 1.254 người (tăng 1,3%); chức sắc tăng 6 người, chức việc tăng 38 "
         "người.", "38", ("change", "2016")),
        ("So với cùng kỳ năm 2024, độ mặn cao hơn 1,2‰; so với trung bình nhiều năm, độ mặn cao hơn 2,5‰.", "2,5‰",
         ("change_points", None)),
        ("Chữ đường bình quân 10,2 CCS, tăng 0,3 CCS so với vụ trước.", "10,2", ("amount", None)),
    ],
    ids=["the-season-before", "shorter-by-days-than-the-season-before", "a-comparison-opening-the-full-sentence",
         "a-part-naming-its-own-comparison-keeps-it", "a-sugar-content-is-a-level"],
)
def test_a_season_before_and_a_comparison_opening_the_full_sentence_give_the_base(text, surface, read):
    row = figure_at(text, surface)
    assert (row["kind"], row["base"]) == read


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Giá mía 10 CCS tại ruộng dao động từ 850.000 - 950.000 đồng/tấn.", "10", False),
        ("Đại lễ Phật đản Phật lịch 2561 được tổ chức tại 168 cơ sở thờ tự.", "2561", False),
        ("Phân theo sức chở: phương tiện từ 5 đến 12 ghế 139 chiếc; phương tiện trên 12 ghế 75 chiếc.", "5 đến 12",
         False),
        ("Phân theo sức chở: phương tiện từ 5 đến 12 ghế 139 chiếc; phương tiện trên 12 ghế 75 chiếc.", "139", True),
        ("Phân theo sức chở: phương tiện trên 12 ghế 75 chiếc.", "12", False),
        ("Trong năm có 1.460 sự kiện, trong đó có 12 sự kiện có quy mô trên 1.000 người tham dự.", "1.000", False),
        ("Trong năm có 1.460 sự kiện, trong đó có 12 sự kiện có quy mô trên 1.000 người tham dự.", "12", True),
        ("Giá từ 5 đến 12 triệu đồng.", "5 đến 12", True),
    ],
    ids=["a-cane-grade", "a-year-of-the-buddhist-era", "a-range-of-seats-before-a-count", "the-count-stays",
         "an-open-bound-of-seats-before-a-count", "a-size-each-event-has", "the-events-stay", "a-price-range-stays"],
)
def test_grades_eras_and_sizes_naming_a_group_are_no_figures(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("I. KẾT QUẢ NĂM 2018\n- Trong Tháng hành động (từ ngày 01/10 đến ngày 31/10/2018), các cấp Hội vận động được "
         "1,12 tỷ đồng.", "1,12", "2018-10"),
        ("I. KẾT QUẢ NĂM 2017\nHội nghị thu hút 250.000 lượt người; so với Đại hội lần thứ 30 năm 2014, số người tham "
         "dự tăng khoảng 20%.", "20%", "2017"),
        ("Kết quả vụ ép mía 2018-2019 của các nhà máy\nTT | Nhà máy | Mía ép (tấn)\n1 | Nhà máy đường Lam Sơn | "
         "712.400\n", "712.400", None),
    ],
    ids=["a-window-over-a-month-its-first-days-year-left-out", "an-editions-year-is-the-base-not-the-period",
         "a-crushing-season-straddles-two-years"],
)
def test_a_months_window_an_editions_year_and_a_crushing_season(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Phân bổ gạo dự trữ quốc gia hỗ trợ người dân bị thiệt hại do bão số 12\n\nTT | Huyện, thành phố | Gạo (tấn) "
         "| Số hộ\n1 | Bình Sơn | 219 | 4.110\n2 | Sơn Tịnh | 126 | 2.380\n", "4.110", ("plan", "count")),
        ("Ngày 9/11/2017, Thủ tướng Chính phủ ban hành Quyết định số 1742/QĐ-TTg xuất cấp 1.250 tấn gạo cho tỉnh.",
         "1.250", ("plan", "amount")),
        ("UBND tỉnh ban hành Quyết định số 2218/QĐ-UBND ngày 10/11/2017 phân bổ toàn bộ số gạo trên cho 8 huyện, thành "
         "phố để hỗ trợ 23.550 hộ với 83.333 khẩu.", "23.550", ("plan", "count")),
        ("Ủy ban MTTQ tỉnh đã phân bổ 32,8 tỷ đồng, đạt 79% số tiền ủng hộ.", "32,8", ("actual", "amount")),
        ("I. KẾT QUẢ NĂM 2019\nMức đóng theo quy định là 2% quỹ tiền lương tháng, trong đó người lao động đóng 1%, "
         "người sử dụng lao động đóng 1%.", "1%", ("context", "share")),
    ],
    ids=["a-table-allocating-rice", "an-act-granting-from-the-reserve", "an-act-allocating-to-districts",
         "donations-handed-on-stay-a-result", "the-next-part-of-a-term"],
)
def test_what_an_allocation_or_an_act_allots_is_a_plan(text, surface, read):
    rows = [r for r in figures(text) if r["surface"] == surface]
    assert (rows[-1]["role"], rows[-1]["kind"]) == read


def test_a_unit_cell_with_a_space_before_its_slash_keeps_each_per():
    text = ("TT | Chỉ tiêu | ĐVT | Năm 2018 | Năm 2019\n"
            "8 | Mức hưởng bình quân | Triệu đồng/người /tháng | 3,52 | 3,86\n")
    row = figure_at(text, "3,86")
    assert (row["unit"], row["value"]) == ("VND_per_person_per_month", 3_860_000)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("3. Cảnh báo các điểm nguy hiểm\n\nQua rà soát, toàn tỉnh có 2.180 điểm có nguy cơ cao gây đuối nước.",
         "2.180", "exact"),
        ("3. Cảnh báo tác động\n\nVùng biển có gió mạnh, tổng lượng mưa phổ biến 200-350 mm.", "200-350",
         "estimated"),
    ],
    ids=["the-work-of-warning-of-places", "a-warning-of-what-is-to-come-stays-a-forecast"],
)
def test_a_heading_of_warning_people_of_places_is_no_forecast(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Mức chi trả bình quân cho giáo viên hợp đồng khoảng 4,2 triệu đồng/tháng.", "4,2",
         ("VND_per_person_per_month", "actual")),
        ("Tổng biên chế giáo viên được Ủy ban nhân dân tỉnh giao năm học 2022-2023 là 18.895 biên chế.", "18.895",
         ("count", "plan")),
        ("Năm 2015, tổng biên chế công chức được giao trong các cơ quan, tổ chức hành chính của tỉnh là 2.765 biên "
         "chế.", "2.765", ("count", "plan")),
        ("Số giáo viên được giao nhiệm vụ chủ nhiệm là 520 người.", "520", ("count", "actual")),
        ("Các ngân hàng đã giải ngân 1.605 tỷ đồng, bình quân mỗi lượt hộ vay khoảng 112 triệu đồng.", "112",
         ("VND_per_household", "actual")),
        ("Năm 2015, ngân sách tỉnh đã hỗ trợ 4,6 tỷ đồng cho 1.250 hộ tái canh 980 ha cà phê, mức hỗ trợ tối đa 5 "
         "triệu đồng/ha.", "5", ("VND_per_ha", "context")),
        ("Mức cho vay tối đa 150 triệu đồng/ha đối với tái canh và 80 triệu đồng/ha đối với ghép cải tạo.", "80",
         ("VND_per_ha", "context")),
    ],
    ids=["a-teachers-pay-a-month", "posts-assigned-by-a-giver-for-a-school-year", "posts-assigned-in-a-place",
         "a-duty-given-stays-a-result", "a-loan-per-household-counted-per-loan", "a-support-ceiling-a-rule-sets",
         "the-next-ceiling-joined-by-and"],
)
def test_pay_posts_assigned_and_ceilings_a_rule_sets(text, surface, read):
    row = figure_at(text, surface)
    assert (row["unit"], row["role"]) == read


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("II. DỰ TOÁN NĂM 2016\n\nDự toán thu năm 2016 Trung ương giao 6.880 tỷ đồng.\nSở Tài chính đề xuất dự toán "
         "thu 7.450 tỷ đồng, bằng 104,6% ước thực hiện năm 2015. Trong đó:\n\n- Thu nội địa 5.760 tỷ đồng.\n", "2016"),
        ("II. KẾT QUẢ\n\nGiai đoạn 2011 - 2014, tổng nguồn vốn đạt 1.286,4 tỷ đồng, trong đó:\n\n- Vốn ngân sách: "
         "512,7 tỷ đồng.\n", "2011-2014"),
    ],
    ids=["a-paragraph-broken-after-a-sentence-is-one-whole", "a-whole-on-one-line-names-its-period"],
)
def test_the_whole_over_a_list_of_parts_is_its_whole_paragraph(text, period):
    rows = figures(text)
    assert rows[-1]["period"] == period


def test_a_loans_grace_period_is_a_term_no_figure():
    assert all(r["surface"] != "4" for r in figures("Thời hạn vay tối đa 8 năm, trong đó thời gian ân hạn 4 năm."))


_SHRIMP_SUPPORT = ("Thực hiện Quyết định số 49/2012/QĐ-TTg, diện tích nuôi tôm sú bị thiệt hại trên 70% được hỗ trợ 8 "
                   "triệu đồng/ha, từ 30 - 70% được hỗ trợ 4 triệu đồng/ha.")


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        (_SHRIMP_SUPPORT, "70%", False),
        (_SHRIMP_SUPPORT, "30 - 70%", False),
        ("Toàn tỉnh có 5.236 hộ nuôi tôm bị thiệt hại, trong đó 1.184 hộ thiệt hại trên 70% diện tích nuôi.", "70%",
         False),
        ("Diện tích lúa bị thiệt hại 35% diện tích gieo trồng.", "35%", True),
    ],
    ids=["a-band-of-loss-before-what-it-is-given", "the-next-band-a-dash-range", "a-band-before-what-it-is-of",
         "a-loss-with-no-bound-stays-a-figure"],
)
def test_a_band_of_loss_before_what_it_is_given_is_a_label(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (_SHRIMP_SUPPORT, "8", ("context", "rate", None)),
        (_SHRIMP_SUPPORT, "4", ("context", "rate", None)),
        ("Năm 2016, toàn tỉnh có kế hoạch thả nuôi 48.000 ha tôm nước lợ.", "48.000", ("plan", "amount", "2016")),
        ("Độ mặn được dự báo ở mức cao đến hết tháng 6/2016, do đó Sở khuyến cáo người nuôi chưa nên thả giống; tôm "
         "thẻ chân trắng thả với mật độ không quá 100 con/m2.", "100", ("plan", "rate", None)),
        ("Số lượt phương tiện không đạt là 8.326 lượt, chiếm 11,5%, giảm 1,3% so với năm 2015 (12,8%).", "1,3%",
         ("actual", "change_points", None)),
        ("Toàn tỉnh có 12 cơ sở đào tạo, lưu lượng đào tạo lái xe ô tô theo giấy phép là 9.850 học viên.", "9.850",
         ("context", "count", None)),
    ],
    ids=["what-a-band-of-loss-is-given", "what-the-next-band-is-given", "a-plan-of-stocking",
         "what-an-authority-advises", "the-gap-of-two-rates-in-points", "a-schools-licensed-capacity"],
)
def test_bands_given_plans_of_stocking_advice_and_gaps_of_rates(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["kind"], row["period"]) == read

_REQUESTS_AFTER_TARGETS = ("I. KẾT QUẢ THỰC HIỆN NĂM 2015\n\nThu ngân sách đạt 1.200 tỷ đồng.\n\n"
                           "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2016\n\nPhấn đấu thu ngân sách đạt 1.300 tỷ đồng.\n\n"
                           "III. KIẾN NGHỊ\n\nĐề nghị Tổng cục Hải quan bổ sung 15 biên chế cho Chi cục Hải quan cửa "
                           "khẩu. Đề nghị UBND tỉnh bổ sung 1.500 triệu đồng cho công tác phòng, chống dịch bệnh năm "
                           "2016.\n")
_ARCHIVE_TABLE = ("Kết quả thu nộp tài liệu năm 2019:\n\n"
                  "TT | Đơn vị nộp lưu | Số mét giá | Số hồ sơ | Thời gian tài liệu\n"
                  "1 | Sở Tài chính | 48 | 1.126 | 2005-2014\n"
                  "2 | Sở Y tế | 27 | 664 | 2007 - 2014\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (_REQUESTS_AFTER_TARGETS, "1.300", ("plan", "2016")),
        (_REQUESTS_AFTER_TARGETS, "15", ("plan", None)),
        (_REQUESTS_AFTER_TARGETS, "1.500", ("plan", "2016")),
        ("Theo kế hoạch, trong tháng 8 và tháng 9/2015, ngành Y tế tổ chức chiến dịch diệt lăng quăng tại 173 xã; xử "
         "lý 100% ổ dịch trong vòng 48 giờ.", "100%", ("plan", None)),
        ("Trong tháng 7 và tháng 8/2015, toàn tỉnh ghi nhận 986 ca sốt xuất huyết.", "986", ("actual", None)),
        ("Năm 2024, Hội đồng tổ chức 02 đợt đánh giá (tháng 6 và tháng 10/2024) với 24 sản phẩm tham gia.", "24",
         ("actual", "2024")),
        ("Trong tháng 8/2015, toàn tỉnh ghi nhận 986 ca sốt xuất huyết.", "986", ("actual", "2015-08")),
        ("Bộ đội Biên phòng tỉnh quản lý, bảo vệ đường biên giới đất liền với Vương quốc Campuchia dài 56,8 km.",
         "56,8", ("context", None)),
        ("Năm 2018, các đồn tuần tra 1.250 km trên tuyến biên giới.", "1.250", ("actual", "2018")),
    ],
    ids=["the-targets-under-their-heading", "a-request-under-a-later-heading-naming-no-time",
         "a-request-naming-the-targets-year", "two-months-named-together-in-a-plan", "two-months-of-results",
         "two-months-in-brackets-after-the-year", "one-month-stays-its-period", "the-length-of-a-border",
         "a-length-patrolled-along-a-border"],
)
def test_requests_after_the_targets_two_months_together_and_a_borders_length(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"]) == read


def test_a_cell_of_a_span_of_years_is_no_figure_and_a_column_of_shelf_metres():
    rows = figures(_ARCHIVE_TABLE)
    assert not any(r["surface"] in ("2005", "-2014", "2007", "2014") for r in rows)
    shelves = {r["surface"]: (r["unit"], r["kind"]) for r in rows}
    assert shelves["48"] == shelves["27"] == ("m", "amount")
    assert shelves["1.126"] == ("count", "count")


_REHABILITATION = ("I. KẾT QUẢ NĂM 2018\n\nHiện nay, Cơ sở đang quản lý 432 học viên (đầu năm có 318 học viên), "
                   "bằng 86,4% sức chứa. Thực hiện Quyết định số 2862/QĐ-UBND ngày 20/10/2016 của Ủy ban nhân dân "
                   "tỉnh, học viên cai nghiện bắt buộc được hỗ trợ tiền ăn với mức 900.000 đồng/người/tháng. Người cai "
                   "nghiện tại gia đình được hỗ trợ tiền thuốc 400.000 đồng/người theo Quyết định số 2862/QĐ-UBND. Mức "
                   "hỗ trợ học nghề cho người sau cai nghiện tối đa 3 triệu đồng/người/khóa học. Năm 2018, 120 người "
                   "được hỗ trợ bình quân 450.000 đồng/người theo Quyết định số 2862/QĐ-UBND.\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Giá gỗ nhập khẩu cao hơn năm 2013 khoảng 20 - 30 USD/m3.", "20 - 30", ("actual", None)),
        ("Năm 2014, giá gỗ cao hơn năm 2013 khoảng 20 USD/m3.", "20", ("actual", "2014")),
        ("Năm 2024, khách quốc tế ước đạt 412.000 lượt, gấp 2,3 lần năm 2023 nhưng vẫn thấp hơn năm 2019 (khoảng "
         "650.000 lượt).", "650.000", ("context", "2019")),
        (_REHABILITATION, "318", ("context", "2017")),
        (_REHABILITATION, "900.000", ("context", None)),
        (_REHABILITATION, "400.000", ("context", None)),
        (_REHABILITATION, "3", ("context", None)),
        (_REHABILITATION, "450.000", ("actual", "2018")),
        ("Năm 2024, huyện hỗ trợ xây 45 nhà cho hộ nghèo, mức hỗ trợ 60 triệu đồng/căn.", "60", ("actual", "2024")),
        ("I. KẾT QUẢ NĂM 2016\n\nThư viện tổ chức Ngày hội đọc sách tại Quảng trường 24 tháng 3, thành phố Tam Kỳ, thu "
         "hút trên 4.200 lượt người tham gia.\n", "4.200", ("actual", "2016")),
        ("Toàn tỉnh có 186 doanh nghiệp, tổng công suất chế biến khoảng 350.000 m3 gỗ tinh/năm.", "350.000",
         ("context", None)),
    ],
    ids=["a-gap-after-a-comparatives-year", "its-sentences-own-year", "the-compared-years-level-in-brackets",
         "a-stock-at-the-years-start-in-brackets", "a-sum-each-is-given-under-an-act-opening-its-sentence",
         "a-sum-each-is-given-with-the-act-after-it", "a-ceiling-past-the-words-of-whom",
         "an-average-paid-stays-a-result", "a-level-of-support-with-no-act-stays-a-result",
         "a-place-named-by-a-day-and-month", "what-plants-can-process"],
)
def test_comparatives_years_stocks_at_the_years_start_terms_of_acts_and_capacities(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"]) == read


def test_a_products_release_is_no_figure():
    rows = figures("Biên mục được thực hiện trên phần mềm Libol 6.0. Tỷ lệ GRDP 7.2%, tổng thu 1.5 tỷ đồng.")
    assert [r["surface"] for r in rows] == ["7.2%", "1.5"]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Hưởng ứng Tuần lễ Dinh dưỡng và Phát triển (16-23/10/2017), các huyện tổ chức 11 buổi mít tinh.", ["11"]),
        ("Kỳ thi diễn ra từ 4 - 6/7/2017, có 12 điểm thi.", ["12"]),
        ("Số hộ tăng 16 - 23 hộ, đạt 6/7 xã.", ["16 - 23", "6/7"]),
        ("Kiểm định 36.514 công tơ điện, trong đó công tơ điện 1 pha 34.920 chiếc, công tơ điện 3 pha 1.594 chiếc.",
         ["36.514", "34.920", "1.594"]),
        ("Năm 2015 hỗ trợ 17 doanh nghiệp áp dụng công cụ cải tiến năng suất (ISO 14001, 5S, Kaizen).", ["17"]),
    ],
    ids=["a-range-of-days-in-brackets", "a-range-of-days-with-spaces", "a-range-of-counts-stays",
         "a-meters-phases", "a-standards-number"],
)
def test_ranges_of_days_phases_and_standards_numbers_are_no_figures(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Mỗi hécta mặt nước nuôi cá tra cho lợi nhuận từ 2 - 2,5 tỷ đồng/vụ.", "2 - 2,5", ("VND_per_ha", "actual")),
        ("Riêng thị trường Mỹ tăng 31,2% nhờ doanh nghiệp được hưởng mức thuế chống bán phá giá 0 USD/kg.", "0",
         ("USD_per_kg", "context")),
        ("I. KẾT QUẢ THỰC HIỆN NĂM 2017\n\nKinh phí dự án được giao năm 2017 là 1.850 triệu đồng, giảm 23,5% so với "
         "năm 2016; trong đó kinh phí Trung ương 1.500 triệu đồng, kinh phí địa phương 350 triệu đồng.\n", "350",
         ("VND", "plan")),
        ("I. KẾT QUẢ THỰC HIỆN NĂM 2017\n\nKinh phí dự án được giao năm 2017 là 1.850 triệu đồng, giảm 23,5% so với "
         "năm 2016; đã giải ngân 1.500 triệu đồng.\n", "1.500", ("VND", "actual")),
    ],
    ids=["money-each-hectare-gives", "a-duty-a-ruling-sets", "the-parts-of-a-target-past-its-change-and-a-semicolon",
         "what-was-spent-past-a-semicolon-stays-a-result"],
)
def test_each_hectare_a_duty_and_the_parts_of_a_target_past_a_semicolon(text, surface, read):
    row = figure_at(text, surface)
    assert (row["unit"], row["role"]) == read


_EXTENSION_FUNDS = ("I. KẾT QUẢ NĂM 2014\n\n1. Kinh phí\n\nTổng kinh phí khuyến công năm 2014 được giao là 4.850 triệu "
                    "đồng với 42 đề án, trong đó: kinh phí khuyến công quốc gia 1.650 triệu đồng (5 đề án); kinh phí "
                    "khuyến công địa phương 3.200 triệu đồng (37 đề án), tăng 6,7% so với năm 2013. Trung tâm đã thực "
                    "hiện 42/42 đề án với kinh phí 4.726 triệu đồng, bằng 97,4% kế hoạch, tăng 14,2% so với năm 2013 "
                    "(4.138 triệu đồng). Năm 2014, huyện chi 1.200 triệu đồng cho 18 công trình.\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (_EXTENSION_FUNDS, "42", ("plan", "2014")),
        (_EXTENSION_FUNDS, "5", ("plan", "2014")),
        (_EXTENSION_FUNDS, "3.200", ("plan", "2014")),
        (_EXTENSION_FUNDS, "37", ("plan", "2014")),
        (_EXTENSION_FUNDS, "6,7%", ("plan", "2014")),
        (_EXTENSION_FUNDS, "4.138", ("context", "2013")),
        (_EXTENSION_FUNDS, "18", ("actual", "2014")),
        ("I. KẾT QUẢ NĂM 2014\n\nThu ngân sách đạt 2.150 tỷ đồng, bằng 92,3% dự toán HĐND tỉnh giao (2.000 tỷ "
         "đồng).\n", "2.000", ("plan", "2014")),
        ("So với thời điểm trước Tết Nguyên đán, giá thanh long loại xuất khẩu giảm 10.000 - 12.000 đồng/kg (trước Tết "
         "30.000 - 32.000 đồng/kg).", "30.000 - 32.000", ("context", None)),
    ],
    ids=["the-things-a-target-sum-is-for", "the-things-of-its-part-in-brackets", "a-part-past-a-semicolon-after-them",
         "the-things-of-that-part", "the-change-of-that-part-past-its-bracket", "a-compared-years-level-after-a-plan",
         "the-things-a-spent-sum-was-for", "a-plans-level-in-brackets", "the-level-before-tet-in-brackets"],
)
def test_the_things_a_target_is_for_and_levels_compared_in_brackets(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"]) == read


def test_a_change_column_naming_what_it_counts_holds_changes_in_that_count():
    text = ("Biểu 01: Số vụ bạo lực gia đình năm 2013\n\n"
            "TT | Huyện, thành phố | Số vụ bạo lực gia đình | Năm 2012 | Tăng, giảm (vụ) | Tăng, giảm (%)\n"
            "1 | Thành phố Ninh Bình | 40 | 50 | -10 | -20,0\n"
            "2 | Thị xã Tam Điệp | 28 | 26 | +2 | 7,7\n")
    rows = {r["surface"]: (r["unit"], r["kind"]) for r in figures(text)}
    assert rows["-10"] == rows["+2"] == ("count", "change")
    assert rows["-20,0"] == rows["7,7"] == ("percent", "growth")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Năm 2013, có 214.360 hộ đạt danh hiệu Gia đình văn hóa, chiếm 86,2% (KH 86%), tăng 1,1% so với năm 2012 "
         "(85,1%).", "1,1%", "change_points"),
        ("Năm 2013, có 214.360 hộ đạt danh hiệu Gia đình văn hóa, chiếm 86,2% (KH 86%), tăng 1,3% so với năm 2012 "
         "(85,1%).", "1,3%", "growth"),
    ],
    ids=["the-gap-to-the-share-before-a-targets-bracket", "no-gap-stays-a-growth"],
)
def test_a_gap_of_two_rates_past_a_targets_bracket(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


def test_a_digit_and_point_zero_names_a_release():
    rows = figures("Thành phố thí điểm mô hình “Chợ 4.0” tại 5 chợ, nhân rộng mô hình chợ 4.0 ra 30 chợ; giá tăng "
                   "4.0%.")
    assert [r["surface"] for r in rows] == ["5", "30", "4.0%"]


_ALLOWANCES = ("I. KẾT QUẢ NĂM 2018\n\nMức trợ cấp thực hiện theo Nghị định số 136/2013/NĐ-CP ngày 21/10/2013 của "
               "Chính phủ, bằng hệ số nhân với mức chuẩn trợ giúp xã hội 270.000 đồng/tháng, cụ thể:\n\n- Người khuyết "
               "tật đặc biệt nặng: hệ số 2,0, mức 540.000 đồng/người/tháng;\n\n- Người khuyết tật nặng: hệ số 1,5, mức "
               "405.000 đồng/người/tháng.\n\nKết quả chi trả:\n\n- Chi trả cho 18.346 người, bình quân 450.000 "
               "đồng/người/tháng.\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (_ALLOWANCES, "2,0", ("context", None)),
        (_ALLOWANCES, "540.000", ("context", None)),
        (_ALLOWANCES, "405.000", ("context", None)),
        (_ALLOWANCES, "450.000", ("actual", "2018")),
        ("Kết quả đấu giá năm 2017:\n\nTT | Huyện, thành phố | Số lô | Giá khởi điểm (triệu đồng) | Giá trúng đấu giá "
         "(triệu đồng)\n1 | Thành phố Bắc Giang | 412 | 248.650 | 372.480\n", "248.650", ("context", None)),
        ("Kết quả đấu giá năm 2017:\n\nTT | Huyện, thành phố | Số lô | Giá khởi điểm (triệu đồng) | Giá trúng đấu giá "
         "(triệu đồng)\n1 | Thành phố Bắc Giang | 412 | 248.650 | 372.480\n", "372.480", ("actual", "2017")),
    ],
    ids=["a-coefficient-under-an-acts-lead-in", "a-rate-under-an-acts-lead-in", "the-next-items-rate",
         "an-average-paid-under-a-lead-in-of-results", "an-auctions-starting-price-column", "the-winning-price-column"],
)
def test_items_under_an_acts_lead_in_and_an_auctions_starting_prices_are_terms(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"]) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Tàu vỏ thép có công suất từ 800 CV đến 1.000 CV.", "800 CV đến 1.000", ("count", 800.0, 1000.0)),
        ("Các lớp có từ 25 học sinh đến 30 học sinh.", "25 học sinh đến 30", ("count", 25.0, 30.0)),
        ("Thu nhập của mỗi lao động bình quân 15 - 20 triệu đồng/chuyến.", "15 - 20",
         ("VND_per_person", 15_000_000.0, 20_000_000.0)),
    ],
    ids=["a-range-of-a-counted-noun-after-both-bounds", "the-same-for-pupils", "what-each-worker-earns"],
)
def test_ranges_counted_after_both_bounds_and_what_each_worker_earns(text, surface, read):
    row = figure_at(text, surface)
    assert (row["unit"], row["value"], row["value_max"]) == read



@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("I. KẾT QUẢ NĂM 2020\n\nMùa khô 2019 - 2020, toàn tỉnh xảy ra 6 vụ cháy rừng, diện tích bị cháy 14,5 ha. Năm "
         "2020 trồng mới 120 ha rừng.\n", "6", ("actual", None, "exact")),
        ("I. KẾT QUẢ NĂM 2020\n\nMùa khô 2019 - 2020, toàn tỉnh xảy ra 6 vụ cháy rừng, diện tích bị cháy 14,5 ha. Năm "
         "2020 trồng mới 120 ha rừng.\n", "120", ("actual", "2020", "exact")),
        ("I. KẾT QUẢ NĂM 2019\n\nToàn tỉnh có 121.460 người cao tuổi, chiếm 14,2% dân số, tăng 3.215 người so với năm "
         "2018 (118.245 người, chiếm 13,9% dân số).\n", "13,9%", ("context", "2018", "exact")),
        ("Diện tích và sản lượng nho năm 2016\n\nTT | Huyện, thành phố | Diện tích (ha) | Sản lượng (tấn)\n1 | Ninh "
         "Phước | 520 | 13.210\n\n(Sản lượng năm 2016 là số ước tính. Nguồn: Sở NN&PTNT)\n", "520",
         ("actual", "2016", "exact")),
        ("Diện tích và sản lượng nho năm 2016\n\nTT | Huyện, thành phố | Diện tích (ha) | Sản lượng (tấn)\n1 | Ninh "
         "Phước | 520 | 13.210\n\n(Sản lượng năm 2016 là số ước tính. Nguồn: Sở NN&PTNT)\n", "13.210",
         ("actual", "2016", "estimated")),
    ],
    ids=["a-season-over-two-years-under-a-years-heading", "the-next-sentence-keeps-its-year",
         "a-share-in-the-compared-levels-bracket", "a-column-the-note-does-not-name",
         "the-column-the-note-names"],
)
def test_seasons_over_two_years_a_compared_bracket_and_a_note_naming_its_column(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"], row["qualifier"]) == read


_COAL = ("Kết quả sản xuất than năm 2015\n\nĐơn vị | Than nguyên khai (triệu tấn) | So với kế hoạch (%)\n"
         "Công ty Hà Lầm | 2,45 | 102,1\n\n({note}; nguồn: TKV)\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (_COAL.format(note="Số liệu ước thực hiện cả năm"), "2,45", ("actual", "2015", "estimated")),
        (_COAL.format(note="Số liệu ước thực hiện cả năm"), "102,1", ("actual", "2015", "estimated")),
        (_COAL.format(note="Ghi chú: ƯTH là ước thực hiện"), "2,45", ("actual", "2015", "exact")),
        ("Vượt qua đợt mưa lũ hồi cuối tháng 7, năm 2015, các đơn vị sản xuất được 38,6 triệu tấn than, vượt 1,3% kế "
         "hoạch; thu nhập bình quân đạt 8,2 triệu đồng/người/tháng.", "8,2", ("actual", "2015", "exact")),
        ("Thực hiện Chương trình phát triển chè giai đoạn 2017 - 2020, năm 2017 ngân sách tỉnh đã hỗ trợ 18.540 triệu "
         "đồng; trong đó: hỗ trợ giống 9.860 triệu đồng.", "9.860", ("actual", "2017", "exact")),
        ("Năm 2019, thời gian giải quyết hồ sơ bình quân 12 ngày/hồ sơ, giảm 3 ngày so với quy định (15 ngày).", "15",
         ("plan", "2019", "exact")),
    ],
    ids=["a-note-of-estimates-naming-no-time", "its-comparison-column-too", "a-key-to-the-headers-marks-nothing",
         "the-later-of-two-times-closing-the-opening", "the-year-after-a-prefaces-span", "a-rules-level-compared-with"],
)
def test_notes_of_estimates_naming_no_time_openings_of_two_times_and_a_rule_compared_with(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"], row["qualifier"]) == read


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Năm 2020, thời gian giải quyết không quá 12 ngày/hồ sơ.", "12", "amount"),
        ("Năm 2024, thời gian khắc phục sự cố 25 phút/lần.", "25", "amount"),
        ("Năm 2020, trạm quan trắc ghi nhận 26 ngày có mưa.", "26", "count"),
    ],
    ids=["days-per-file", "minutes-per-time", "a-count-of-days"],
)
def test_a_length_per_one_thing_is_an_amount(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năm 2016, giá thuê phòng bình quân 1.050.000 đồng/phòng/tháng.", "1.050.000", ("VND_per_month", "actual")),
        ("Năm 2016, tiền phòng đã tăng từ 1 triệu đồng lên 1,1 triệu đồng/tháng.", "1", ("VND_per_month", "context")),
        ("Mức chuẩn trợ cấp được nâng từ 180.000 đồng lên 270.000 đồng/người/tháng.", "180.000",
         ("VND_per_person_per_month", "context")),
        ("Giá vé tăng từ 180.000 đồng lên 230.000 đồng/vé.", "180.000", ("VND", "context")),
        ("Năm 2016, thu nhập của công nhân đạt 5,2 triệu đồng/người/tháng, trong khi lương tối thiểu vùng I năm 2016 "
         "là 3.500.000 đồng/tháng.", "3.500.000", ("VND_per_person_per_month", "context")),
        ("Năm 2016, tỉnh yêu cầu các chủ nhà trọ bảo đảm diện tích tối thiểu 3 m2/người.", "3",
         ("m2_per_person", "plan")),
        ("Năm 2016, diện tích nhà ở bình quân đạt trên 25 m2/người.", "25", ("m2_per_person", "actual")),
    ],
    ids=["a-rooms-rent-per-month", "the-starting-level-takes-the-per-of-the-level-moved-to", "the-same-per-person",
         "a-price-per-ticket-has-no-per", "a-term-after-a-side-by-side-opener", "a-bound-a-demand-asks-for",
         "a-bound-reached-is-a-result"],
)
def test_rents_starting_levels_terms_beside_a_fact_and_bounds_demanded(text, surface, read):
    row = figure_at(text, surface)
    assert (row["unit"], row["role"]) == read


_FLOWERS = ("Diện tích, sản lượng và giá hoa năm 2018\n\nLoại hoa | Diện tích (ha) | Sản lượng (triệu cành) | "
            "Giá bán bình quân (đồng/cành)\nHoa lily (ly) | 640 | 110 | 14.500\n\n(Diện tích, sản lượng năm 2018 là số "
            "ước tính)\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Theo Đề án phát triển ngành hoa được phê duyệt tại Quyết định số 2523/QĐ-UBND ngày 27/11/2017, mục tiêu đến "
         "năm 2020, diện tích hoa đạt khoảng 9.500 ha; sản lượng đạt trên 3,6 tỷ cành.", "3,6",
         ("plan", "2020", "count", "over")),
        (_FLOWERS, "640", ("actual", "2018", "ha", "estimated")),
        (_FLOWERS, "110", ("actual", "2018", "count", "estimated")),
        (_FLOWERS, "14.500", ("actual", "2018", "VND", "exact")),
        ("Tổng giá trị quà tặng ước đạt 32,02 tỷ đồng, tăng 3,38 tỷ đồng so với Tết Bính Thân 2016 (28,64 tỷ đồng), "
         "tăng 11,8%.", "11,8%", ("actual", None, "percent", "exact")),
        ("- Đề nghị Trung ương hỗ trợ khoảng 2.100 tấn gạo cứu đói giáp hạt năm 2017.", "2.100",
         ("plan", "2017", "tonne", "approx")),
    ],
    ids=["a-target-year-opening-past-a-preface", "a-column-of-the-notes-first-measure",
         "a-column-of-its-second-measure", "the-price-column-it-does-not-name", "a-change-after-the-compared-bracket",
         "a-year-ending-an-amounts-noun"],
)
def test_targets_past_a_preface_notes_naming_measures_and_a_years_noun(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"], row["unit"], row["qualifier"]) == read


def test_a_change_after_the_compared_bracket_keeps_the_comparisons_base():
    row = figure_at("Tổng giá trị quà tặng ước đạt 32,02 tỷ đồng, tăng 3,38 tỷ đồng so với Tết Bính Thân 2016 (28,64 "
                    "tỷ đồng), tăng 11,8%.", "11,8%")
    assert (row["kind"], row["base"]) == ("growth", "2016")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Cúc chùm 25.000 - 30.000 đồng/bó 10 cành.", ["25.000 - 30.000"]),
        ("Tặng 1.465 suất cho thương binh suy giảm khả năng lao động từ 81% trở lên.", ["1.465"]),
        ("Tặng quà cho thân nhân của từ 2 liệt sĩ trở lên.", []),
        ("Tặng quà cho các hộ có từ 3 con trở lên.", []),
        ("Thu nhập bình quân của người lao động đạt từ 8,5 triệu đồng/người/tháng trở lên.", ["8,5"]),
    ],
    ids=["a-bunchs-size", "a-bound-on-what-each-has-lost", "a-bound-on-whose-kin", "a-having-word-right-before-a-bound",
         "a-level-reached-stays-a-figure"],
)
def test_bunches_and_bounds_naming_groups(text, figures):
    assert [row["surface"] for _, row in extract(text).iterrows()] == figures


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Theo Đề án phát triển ngành yến sào giai đoạn 2016 - 2020, đến năm 2020, sản lượng yến đảo đạt 2.500 kg/năm; "
         "doanh thu của công ty đạt 5.000 tỷ đồng.", "5.000", ("plan", "2020")),
        ("Theo báo cáo của Sở giai đoạn 2016 - 2020, đến năm 2020, sản lượng yến đảo đạt 2.500 kg/năm; doanh thu của "
         "công ty đạt 5.000 tỷ đồng.", "5.000", ("actual", "2020")),
        ("Năm 2016, nhà yến xây mới phải cách khu dân cư tối thiểu 300 m.", "300", ("plan", "2016")),
        ("Năm 2016, nhà yến xây mới cách khu dân cư tối thiểu 300 m.", "300", ("actual", "2016")),
    ],
    ids=["a-horizon-after-a-plan-documents-name", "a-horizon-after-a-report-is-a-result", "a-bound-that-must-be",
         "a-bound-reached"],
)
def test_a_plan_documents_horizon_and_a_bound_that_must_be(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"]) == read


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Giá tôm sú hữu cơ cỡ 30 con/kg được thu mua 245.000 đồng/kg.", ["245.000"]),
        ("Mật độ thả nuôi 30 con/m2.", ["30"]),
    ],
    ids=["a-size-grade-right-after-a-size-word", "a-stocking-density-is-a-figure"],
)
def test_a_count_per_weight_after_a_size_word_names_a_grade(text, figures):
    assert [row["surface"] for _, row in extract(text).iterrows()] == figures


_ACCIDENTS = ("Kết quả năm 2017:\n\nTT | Huyện, thành phố | Số vụ | Số người chết | {header}\n"
              "1 | Thành phố Tây Ninh | 24 | 18 | -3\n")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (_ACCIDENTS.format(header="Tăng, giảm số vụ so với năm 2016"), ("change", "count", "2016")),
        (_ACCIDENTS.format(header="Tăng, giảm so với năm 2016 (%)"), ("growth", "percent", "2016")),
    ],
    ids=["a-change-column-naming-the-things-it-counts-before-its-base", "a-change-column-in-percent"],
)
def test_a_change_column_naming_its_count_before_its_base(text, read):
    row = figure_at(text, "-3")
    assert (row["kind"], row["unit"], row["base"]) == read


_BEDS = ("Kết quả năm 2018:\n\nTT | Bệnh viện | Giường kế hoạch | Giường thực kê | Công suất sử dụng giường (%) | "
         "Ngày điều trị trung bình\n1 | Bệnh viện Đa khoa tỉnh | 650 | 880 | 138,5 | 7,2\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (_BEDS, "650", ("actual", "2018", "count")),
        (_BEDS, "138,5", ("actual", "2018", "share")),
        (_BEDS, "7,2", ("actual", "2018", "amount")),
        ("Năm 2018, tỷ lệ hài lòng của người bệnh nội trú đạt 88,6%, người bệnh ngoại trú đạt 84,2%, tăng lần lượt "
         "2,4% và 3,1% so với năm 2017.", "3,1%", ("actual", "2018", "change_points")),
        ("Năm 2016, tổng số điểm kinh doanh tại các chợ là 4.860 điểm.", "4.860", ("actual", "2016", "count")),
        ("Năm 2016, điểm trung bình môn Toán đạt 6 điểm.", "6", ("actual", "2016", "other")),
    ],
    ids=["a-column-of-planned-beds-counts-beds", "a-column-of-bed-occupancy-is-no-design",
         "a-column-of-the-average-stay-is-a-length", "two-shares-moved-respectively-in-points",
         "points-of-sale-are-places", "a-score-stays-a-score"],
)
def test_hospital_beds_columns_shares_moved_respectively_and_points_of_sale(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"], row["kind"]) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năm 2019, diện tích nuôi tôm - rừng đạt 28.550 ha, chiếm 10,2% tổng diện tích nuôi tôm của tỉnh "
         "(280.100 ha).", "280.100", ("actual", "2019")),
        ("Năm 2024, đã chi trả 8.935,6 tỷ đồng, bằng 94,3% tổng kinh phí bồi thường của dự án (9.476 tỷ đồng).",
         "9.476", ("context", "2024")),
    ],
    ids=["a-shares-whole-of-the-same-time", "a-projects-whole-its-designed-size"],
)
def test_a_shares_whole_in_brackets(text, surface, read):
    row = figure_at(text, surface)
    assert (row["role"], row["period"]) == read


def test_a_targets_horizon_after_a_documents_span_opens_the_sentence():
    text = ("Theo Đề án phát triển sản xuất muối giai đoạn 2016 - 2020, mục tiêu đến năm 2020, toàn tỉnh ổn định "
            "khoảng 700 ha diện tích sản xuất muối; sản lượng muối đạt 35.000 tấn/năm.")
    row = figure_at(text, "35.000")
    assert (row["role"], row["period"]) == ("plan", "2020")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Sâm Ngọc Linh\n\nThứ Sáu, 20/09/2019 - 07:30\n\nGiá sâm năm 2018 tăng 10% so với năm 2016. Diện tích năm "
         "2018 đạt 1.120 ha. Năm nay, toàn tỉnh trồng mới 630 ha.", "630", {"period": "2019"}),
        ("Sâm Ngọc Linh\n\nThứ Sáu, 20/09/2019 - 07:30\n\nDiện tích năm 2018 đạt 1.120 ha, tăng 20% so với năm 2016. "
         "Năm 2019, các cơ sở ước cung ứng khoảng 1,8 triệu cây giống.", "1,8", {"role": "actual", "period": "2019"}),
        ("Sâm Ngọc Linh\n\nThứ Sáu, 20/09/2019 - 07:30\n\nDiện tích năm 2018 đạt 1.120 ha, tăng 20% so với năm 2016. "
         "Từ năm 2017 đến nay, tỉnh đã hỗ trợ 1.240 lượt hộ.", "1.240", {"period": "2017-2019"}),
        ("Sâm Ngọc Linh\n\nThứ Sáu, 20/09/2019 - 07:30\n\nDiện tích năm 2018 đạt 1.120 ha, tăng 20% so với năm 2016. "
         "Riêng 8 tháng đầu năm 2019, toàn tỉnh trồng mới 630 ha, đạt 105% kế hoạch năm (600 ha).", "600",
         {"role": "plan", "period": "2019"}),
        ("Sâm Ngọc Linh\n\nThứ Sáu, 20/09/2019 - 07:30\n\nDiện tích năm 2018 đạt 1.120 ha. Ông A cho biết: “Gia đình "
         "tôi trồng sâm từ năm 2012. Năm ngoái tôi bán 15 kg sâm củ, thu về gần 900 triệu đồng.", "900",
         {"period": "2018"}),
        ("Báo cáo năm 2018\n\nDiện tích năm 2018 đạt 1.120 ha. Năm nay, toàn tỉnh trồng mới 630 ha.", "630",
         {"period": "2018"}),
    ],
    ids=["this-year-of-a-web-pages-date-line", "a-year-up-to-the-pages-date-is-no-later-one",
         "until-now-runs-to-the-pages-year", "the-year-plan-of-the-pages-year", "last-year-opening-a-quote",
         "no-date-line-the-reports-year"],
)
def test_a_web_pages_date_line_is_its_now(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năng suất bình quân 10.250 trái/ha/năm.", "10.250", {"unit": "count_per_ha_per_year", "kind": "amount"}),
        ("Năng suất tôm bình quân đạt 370 kg/ha/năm.", "370", {"kind": "amount"}),
        ("Thu nhập bình quân từ 1 ha dừa đạt khoảng 62 triệu đồng/ha/năm.", "62", {"kind": "rate"}),
        ("Tổng công suất chế biến của các doanh nghiệp khoảng 500 triệu trái/năm.", "500",
         {"role": "context", "period": None}),
        ("Bình quân mỗi hộ trồng sâm có thu nhập khoảng 120 triệu đồng/năm.", "120",
         {"unit": "VND_per_household_per_year"}),
        ("Năm 2019, thu nhập bình quân của hộ trồng sâm đạt trên 200 triệu đồng/năm.", "200",
         {"unit": "VND_per_household_per_year"}),
        ("Số hộ trồng sâm là 1.860 hộ, tăng 1.325 hộ so với năm 2016, gấp gần 3,5 lần.", "3,5",
         {"kind": "multiple", "base": "2016"}),
    ],
    ids=["a-yield-per-ha-a-year", "a-yield-in-kg", "money-per-ha-a-year-a-rate", "processing-capacity-a-design",
         "each-household-growing-has-an-income", "a-households-average-income", "a-multiple-after-a-change"],
)
def test_yields_capacities_and_households_incomes(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Thời điểm này, sâm 3 năm tuổi được thu mua với giá từ 25 đến 30 triệu đồng/kg; sâm 5 năm tuổi từ 55 đến 65 "
         "triệu đồng/kg.", ["25 đến 30", "55 đến 65"]),
        ("Giá bán cây giống 1 năm tuổi từ 80.000 đến 120.000 đồng/cây.", ["80.000 đến 120.000"]),
        ("Diện tích bị cháy 14,5 ha (chủ yếu là rừng trồng thông 3 năm tuổi).", ["14,5"]),
        ("Tiêm phòng cho 500 con lợn 4 tuần tuổi.", ["500"]),
        ("Đàn bò có độ tuổi bình quân 5 năm tuổi.", ["5"]),
    ],
    ids=["ages-naming-grades-of-roots", "a-seedlings-age-then-its-price-range", "a-plantations-age",
         "an-animals-age-in-weeks", "an-average-age-is-a-figure"],
)
def test_an_age_right_after_what_is_of_it_names_which_ones(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


def test_a_target_after_a_preface_naming_a_span_and_a_horizon_opens_the_sentence():
    text = ("Theo Đề án phát triển sâm Ngọc Linh giai đoạn 2018 - 2025, định hướng đến năm 2030 được UBND tỉnh phê "
            "duyệt tại Quyết định số 1197/QĐ-UBND ngày 31/10/2018, mục tiêu đến năm 2025, toàn tỉnh phát triển 5.000 "
            "ha sâm; sản lượng sâm củ tươi đạt 50 tấn/năm.")
    assert fields_at(text, "50", ["role", "period"]) == {"role": "plan", "period": "2025"}


def test_a_year_rows_note_mark_leaves_it_the_years():
    text = ("Năm | Diện tích (ha) | Số hộ trồng\n2018 | 1.120 | 1.420\n2019 (*) | 1.750 | 1.860\n\n"
            "(*) Số liệu đến ngày 31/8/2019.")
    assert [(r["surface"], r["period"]) for r in figures(text)] == [
        ("1.120", "2018"), ("1.420", "2018"), ("1.750", "2019"), ("1.860", "2019")]

def test_a_note_naming_a_measure_after_its_word_and_a_data_word_marks_that_column_alone():
    text = ("Bảng 1. Điện thương phẩm theo huyện năm 2017\n\n"
            "TT | Huyện | Điện thương phẩm (triệu kWh) | Số hộ sử dụng điện | Tỷ lệ hộ có điện (%)\n"
            "1 | Thành phố Tân An | 412,6 | 41.630 | 99,95\n2 | Thị xã Kiến Tường | 58,3 | 12.448 | 99,70\n\n"
            "Ghi chú: Số liệu điện thương phẩm năm 2017 là số ước thực hiện.")
    assert {r["surface"]: r["qualifier"] for r in figures(text)} == {
        "412,6": "estimated", "41.630": "exact", "99,95": "exact", "58,3": "estimated", "12.448": "exact",
        "99,70": "exact"}


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Đối với Dự án cấp điện nông thôn từ lưới điện quốc gia giai đoạn 2016 - 2020, kế hoạch vốn năm 2017 được "
         "bố trí 42,6 tỷ đồng; đã giải ngân 39,8 tỷ đồng, đạt 93,4% kế hoạch vốn.", "39,8", "2017"),
        ("Theo Đề án phát triển ngành hoa đến năm 2020, định hướng đến năm 2030 được UBND tỉnh phê duyệt tại Quyết "
         "định số 2523/QĐ-UBND ngày 27/11/2017, mục tiêu đến năm 2020, diện tích hoa toàn tỉnh đạt khoảng 9.500 ha; "
         "sản lượng đạt trên 3,6 tỷ cành.", "3,6", "2020"),
        ("Thực hiện Chương trình xóa nhà tạm, nhà dột nát, năm 2024 toàn tỉnh đã hỗ trợ xây mới, sửa chữa 1.085 căn "
         "nhà (năm 2023 là 742 căn), trong đó huyện Hướng Hóa 438 căn.", "438", "2024"),
    ],
    ids=["a-time-a-few-words-past-a-projects-preface", "the-last-time-past-a-documents-horizon",
         "a-time-opening-after-the-preface-stays"],
)
def test_a_time_past_a_preface_naming_a_scheme_opens_the_sentence(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("I. KẾT QUẢ NĂM 2016\n\n- Học sinh bán trú được hỗ trợ tiền ăn bằng 40% mức lương cơ sở/học sinh/tháng.",
         "40%",
         {"kind": "share", "role": "context", "period": None}),
        ("Từ ngày 01/5/2016, mức lương cơ sở là 1.210.000 đồng/tháng, mức học bổng tương ứng là 968.000 "
         "đồng/học sinh/tháng.", "968.000", {"role": "context"}),
        ("Năm 2024, hỗ trợ 70% mức đóng BHYT cho 512 người thuộc hộ cận nghèo.", "70%",
         {"role": "actual", "period": "2024"}),
        ("- Năm học 2016 - 2017, toàn tỉnh có 3.860 học sinh, tăng 145 học sinh so với năm học 2015 - 2016 (3.715 "
         "học sinh).", "3.715", {"role": "context", "period": "2015-2016"}),
        ("Năm 2016, tỉnh cử 85 học sinh đi học đại học, đạt 94,4% chỉ tiêu Bộ Giáo dục và Đào tạo giao (90 chỉ "
         "tiêu).", "90", {"role": "plan", "period": "2016"}),
        ("II. NHIỆM VỤ NĂM 2017\n\n1. Đề nghị Bộ Giáo dục và Đào tạo giao 95 chỉ tiêu cử tuyển năm 2017.", "95",
         {"role": "plan", "period": "2017"}),
    ],
    ids=["a-share-of-the-base-wage-a-term", "a-scholarship-a-decree-sets", "support-of-a-due-given-a-result",
         "a-school-years-level-in-brackets", "the-quota-a-ratio-is-of", "places-to-fill-no-tally-of-targets"],
)
def test_base_wages_school_years_and_quotas(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Đến cuối tháng 10/2018, toàn tỉnh có 6.312 tàu cá với tổng công suất 1.735.800 CV.", "1.735.800",
         {"kind": "amount", "role": "actual"}),
        ("Năm 2017, có 42 khách hàng lắp đặt điện mặt trời mái nhà với tổng công suất 1.385 kWp; trong đó 28 hệ thống "
         "đã đấu nối vào lưới điện với công suất 612 kWp.", "612", {"kind": "amount", "role": "actual"}),
        ("Chủ tàu BV-94218-TS có công suất 820 CV.", "820", {"role": "context"}),
    ],
    ids=["a-fleets-power-summed", "solar-systems-power-summed", "one-boats-rating-its-design"],
)
def test_ratings_summed_over_a_count_are_a_result(text, surface, read):
    assert fields_at(text, surface, read) == read

@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Thực hiện Nghị định số 02/2017/NĐ-CP ngày 09/01/2017 của Chính phủ về cơ chế hỗ trợ sản xuất nông nghiệp, "
         "mức hỗ trợ đối với diện tích lúa bị thiệt hại trên 70% là 2.000.000 đồng/ha, thiệt hại từ 30 - 70% là "
         "1.000.000 đồng/ha.", "1.000.000", {"role": "context", "period": None}),
        ("Năm 2020, toàn tỉnh hỗ trợ 1.250 hộ, mức hỗ trợ bình quân là 4.500.000 đồng/hộ.", "4.500.000",
         {"role": "actual"}),
        ("III. KẾ HOẠCH NĂM 2021\n\nHiện nay, vụ Đông Xuân 2020 - 2021 đang được triển khai; đến ngày 10/12/2020, toàn "
         "tỉnh đã xuống giống được 21.350 ha, đạt 36,8% kế hoạch vụ.\n\nBáo cáo năm 2020 của Sở.", "21.350",
         {"role": "actual"}),
        ("Sâm Ngọc Linh\n\nThứ Sáu, 20/09/2019 - 07:30\n\nTổng kinh phí thực hiện Đề án giai đoạn 2018 - 2025 khoảng "
         "1.560 tỷ đồng, trong đó ngân sách nhà nước 580 tỷ đồng.", "580", {"role": "plan"}),
        ("Năm 2024, lượng khách tăng 12%. Giai đoạn 2021-2025, tỉnh thu hút 27 dự án du lịch với tổng vốn đăng ký "
         "khoảng 41.500 tỷ đồng.", "41.500", {"role": "actual"}),
    ],
    ids=["a-level-a-cited-act-sets", "an-average-support-given", "done-by-a-day-among-next-years-targets",
         "funds-for-a-span-under-way", "capital-a-span-under-way-drew"],
)
def test_act_levels_days_done_and_funds_for_a_span(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Tổng sản lượng lúa năm 2020 ước đạt 1.066.506 tấn, bằng 85,2% so với năm 2019 (giảm 184.964 tấn).",
         "184.964", {"kind": "change", "base": "2019"}),
        ("Đỉnh lũ năm 2019 tại Tân Châu chỉ đạt 3,05 m, thấp hơn đỉnh lũ năm 2018 là 0,57 m.", "0,57",
         {"kind": "change", "base": "2018", "role": "actual", "period": "2019"}),
        ("Bảng giá tháng 10/2019\n\nLoại sản vật | Giá bán (đồng/kg) | So với cùng kỳ năm 2018\n"
         "Cá linh non | 60.000 - 80.000 | Tăng 33%\nỐc bươu đồng | 20.000 - 25.000 | Giảm 10%", "10%",
         {"kind": "growth", "direction": "down", "base": "2018"}),
    ],
    ids=["a-change-in-brackets-after-a-ratio-to-a-year", "a-gap-from-a-years-level-past-its-noun",
         "a-cell-saying-the-level-fell"],
)
def test_changes_restated_gaps_and_cells_saying_a_move(text, surface, read):
    assert fields_at(text, surface, read) == read


def test_variety_names_listed_in_a_bracket():
    text = ("Diện tích sử dụng giống lúa chất lượng cao (OM 5451, OM 18, Đài thơm 8, ST 24) đạt 80.000 ha, chiếm "
            "65,2%.")
    assert [r["surface"] for r in figures(text)] == ["80.000", "65,2%"]

@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Tỷ lệ phụ nữ đẻ được khám thai từ 4 lần trở lên đạt 91,5%.", ["91,5%"]),
        ("Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,1%.", ["5,2%", "3,1%"]),
    ],
    ids=["a-bound-naming-whose-rate", "a-rates-own-move-stays"],
)
def test_a_bound_in_a_rates_subject_names_whose_rate(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năm 2018, khách đến tăng 12%. Dự án khu du lịch tại xã Tiến Thành có quy mô 820 ha, tổng vốn đầu tư dự kiến "
         "khoảng 45.000 tỷ đồng (tương đương gần 2 tỷ USD), đang hoàn thiện thủ tục để khởi công trong năm 2019.",
         "2", {"role": "context"}),
        ("Năm 2018, khách đến tăng 12%. Dự án khu du lịch tại xã Tiến Thành có quy mô 820 ha, tổng vốn đầu tư dự kiến "
         "khoảng 45.000 tỷ đồng, đang hoàn thiện thủ tục để khởi công trong năm 2019.", "45.000", {"role": "context"}),
        ("Năm 2019, kinh phí khuyến công được giao là 2.850 triệu đồng với 14 đề án, trong đó khuyến công quốc gia "
         "1.200 triệu đồng (3 đề án), khuyến công địa phương 1.650 triệu đồng (11 đề án).", "1.650", {"role": "plan"}),
        ("Năm 2017, giao chỉ tiêu có thêm 49 xã đạt Bộ tiêu chí quốc gia về y tế xã, nâng tổng số xã đạt tiêu chí lên "
         "470 xã (đạt 74,0%).", "74,0%", {"role": "plan"}),
        ("Năm 2016, thu dung điều trị mới 42 bệnh nhân, đạt 105% kế hoạch (KH 40 bệnh nhân), nâng tổng số bệnh nhân "
         "đang điều trị lên 87 bệnh nhân.", "87", {"role": "actual"}),
        ("Theo Nghị quyết số 09-NQ/TU ngày 30/5/2017 của Tỉnh ủy về phát triển du lịch đến năm 2020, định hướng đến "
         "năm 2025, mục tiêu đến năm 2020, tỉnh đón 6,5 triệu lượt khách; tổng thu từ khách du lịch đạt 18.000 tỷ "
         "đồng.", "18.000", {"role": "plan", "period": "2020"}),
    ],
    ids=["a-designs-equivalent-in-a-later-years-sentence", "capital-as-expected-a-design",
         "a-part-past-the-bracket-of-its-schemes", "the-share-a-targets-total-makes",
         "a-results-total-past-the-plans-bracket", "a-target-past-a-resolutions-horizon"],
)
def test_designs_targets_totals_and_a_resolutions_horizon(text, surface, read):
    assert fields_at(text, surface, read) == read

@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năm 2020, chi phí bình quân một lượt điều trị nội trú là 5,86 triệu đồng.", "5,86",
         {"unit": "VND_per_person", "kind": "rate"}),
        ("Số người tham gia BHXH tự nguyện đạt 28.412 người, tăng 12.655 người so với năm 2019 (gấp 1,8 lần).", "1,8",
         {"kind": "multiple", "base": "2019"}),
        ("Năm 2016, giá trị sản xuất bình quân trên 1 ha chè đạt 230 triệu đồng/năm.", "230",
         {"unit": "VND_per_ha_per_year"}),
        ("Năm 2016, diện tích chè đạt 1.450 ha. Từ nay đến năm 2020, thành phố sẽ hỗ trợ xây dựng thêm 5 làng nghề "
         "chè.", "5", {"role": "plan", "period": "2020"}),
        ("Chè Tân Cương\n\nThứ Ba, 14/03/2017 - 07:45\n\nNăm 2016, diện tích chè đạt 1.450 ha, tăng 30 ha so với năm "
         "2015; năm 2016 sản lượng đạt 12.000 tấn.\n\nGiá một số loại chè Tân Cương tháng 3/2017\n\n"
         "Loại chè | Giá bán (nghìn đồng/kg) | So với cùng kỳ\nChè búp khô | 180 - 220 | Tăng 10%\n"
         "Chè đinh | 1.200 - 2.500 | Tăng 15%", "180 - 220",
         {"role": "actual", "period": "2017-03"}),
    ],
    ids=["money-per-patients-visit", "a-multiple-in-brackets-after-a-change", "money-per-ha-a-year",
         "from-now-to-a-year-its-horizon", "a-month-up-to-the-pages-date-no-later-column"],
)
def test_visits_multiples_per_ha_horizons_and_a_pages_months(text, surface, read):
    assert fields_at(text, surface, read) == read
@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Đường dây nóng du lịch 0258.3822753 tiếp nhận 18 phản ánh của du khách.", ["18"]),
        ("Loại cua giống cỡ 1,5 - 2 cm được ưa chuộng, tỷ lệ sống đạt khoảng 30 - 35%.", ["30 - 35%"]),
        ("Cua thịt loại 1 (2 - 3 con/kg) có giá 300.000 - 320.000 đồng/kg.", ["300.000 - 320.000"]),
        ("Tôm hùm bông dài 30 cm nặng 1,2 kg.", ["30", "1,2"]),
    ],
    ids=["a-phone-number-with-one-dot", "a-size-in-cm-after-its-word", "a-count-per-kg-in-a-grades-bracket",
         "a-length-with-no-size-word-stays"],
)
def test_phone_numbers_and_size_grades(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("BÁO CÁO 6 tháng đầu năm 2019\n\nTT | Chỉ tiêu | ĐVT | 6 tháng 2018 | 6 tháng 2019 | So sánh (%) | KH năm 2019"
         " | Tỷ lệ so KH (%)\n1 | Tổng lượt khách | Lượt | 3.296.000 | 3.652.000 | 110,8 | 7.000.000 | 52,2\n", "110,8",
         {"kind": "plan_ratio", "base": "2018", "period": "2019-H1"}),
        ("BÁO CÁO 6 tháng đầu năm 2019\n\nTT | Chỉ tiêu | ĐVT | 6 tháng 2018 | 6 tháng 2019 | So sánh (%) | KH năm 2019"
         " | Tỷ lệ so KH (%)\n1 | Tổng lượt khách | Lượt | 3.296.000 | 3.652.000 | 110,8 | 7.000.000 | 52,2\n", "52,2",
         {"kind": "plan_ratio", "base": "plan"}),
        ("Giá cua biển tháng 1/2019\n\nLoại cua | Giá (nghìn đồng/kg) | So với tháng trước\n"
         "Cua gạch loại 1 | 450 - 500 | Tăng 80 - 100\nCua thịt loại 1 | 300 - 320 | Tăng 50\n"
         "Cua cốm | 360 - 400 | Tăng 15 - 20%\n", "80 - 100",
         {"unit": "VND_per_kg", "value": 80000.0, "kind": "change", "base": None}),
        ("Giá cua biển tháng 1/2019\n\nLoại cua | Giá (nghìn đồng/kg) | So với tháng trước\n"
         "Cua gạch loại 1 | 450 - 500 | Tăng 80 - 100\nCua thịt loại 1 | 300 - 320 | Tăng 50\n"
         "Cua cốm | 360 - 400 | Tăng 15 - 20%\n", "15 - 20%", {"unit": "percent", "kind": "growth"}),
        ("TP Cà Mau có trên 200 vựa cua, ngày thường mỗi ngày tiêu thụ khoảng 40 - 50 tấn cua.", "40 - 50",
         {"unit": "tonne_per_day", "kind": "rate"}),
        ("Đề nghị UBND tỉnh bổ sung 8,5 tỷ đồng kinh phí xúc tiến, quảng bá du lịch tại các thị trường Hàn Quốc, Nga và"
         " Ấn Độ trong năm 2019.", "8,5", {"role": "plan", "period": "2019"}),
        ("I. KẾT QUẢ NĂM 2018\n\nDo sản lượng chỉ đáp ứng khoảng 22% nhu cầu, 10 tháng năm 2018 các doanh nghiệp đã "
         "nhập khẩu 465.000 tấn hạt điều thô, tăng 15,4% so với cùng kỳ.", "15,4%", {"period": None}),
        ("I. KẾT QUẢ NĂM 2018\n\nDiện tích điều năm 2018 đạt 140.000 ha, sản lượng đạt 160.000 tấn.", "160.000",
         {"period": "2018"}),
    ],
    ids=["a-comparison-of-two-years-before-a-plans-column", "the-plans-ratio-stays", "cells-saying-a-move-in-the-price",
         "a-cell-saying-a-move-in-percent-stays", "an-amount-each-day", "a-request-closed-by-its-year",
         "months-so-far-of-the-headings-year", "the-headings-year-stays"],
)
def test_table_comparisons_amounts_each_day_and_a_closing_year(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Diện tích trồng giống sạch bệnh (KM140, KM98-1, HLS11) đạt 12.400 ha.", ["12.400"]),
        ("Toàn tỉnh hiện có 68 nhà máy, trong đó 45 nhà máy có công suất từ 300 tấn củ/ngày trở lên.", ["68", "45"]),
        ("Nhà máy có công suất 300 tấn củ/ngày, năm 2019 chế biến 65.000 tấn.", ["300", "65.000"]),
        ("Năm 2019, thu nhập từ 1 ha tiêu kinh doanh chỉ còn 15 - 20 triệu đồng/ha/năm.", ["15 - 20"]),
    ],
    ids=["a-codes-part-after-a-hyphen", "a-bound-naming-the-things-counted", "a-plants-capacity-stays",
         "the-one-ha-an-income-is-per"],
)
def test_codes_parts_and_bounds_naming_the_things_counted(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Hiện có 4 dự án đang triển khai với quy mô 5.460 căn, tổng mức đầu tư khoảng 2.870 tỷ đồng.", "2.870",
         {"role": "context"}),
        ("Lương công nhân tháng 9/2018\n\nKhu công nghiệp | Số lao động (người) | Thu nhập bình quân (triệu đồng/tháng)"
         "\nTràng Duệ | 52.480 | 6,7\nĐình Vũ | 15.840 | 7,8\n", "6,7", {"unit": "VND_per_person_per_month"}),
        ("Chi phí tháng 9/2018\n\nKhu công nghiệp | Số doanh nghiệp | Tiền điện (triệu đồng/tháng)\n"
         "Tràng Duệ | 52 | 520\nĐình Vũ | 40 | 610\n", "520", {"unit": "VND_per_month"}),
    ],
    ids=["a-designs-cost-after-its-scale", "an-income-column-a-month-each-ones", "other-money-a-month-stays"],
)
def test_a_designs_cost_and_incomes_a_month(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năm 2018, tổ chức Cuộc thi tìm hiểu Hiến pháp năm 2013 và pháp luật với 24.615 bài dự thi.", "24.615",
         {"role": "actual", "period": "2018"}),
        ("Năm 2018, số cơ sở đạt VietGAP là 86 cơ sở với 1.250 ha, tăng 14 cơ sở, 152 ha so với năm 2017.", "152",
         {"kind": "change", "base": "2017"}),
        ("Năm 2018, số cơ sở đạt VietGAP là 86 cơ sở, tăng 14 cơ sở so với năm 2017, có 152 ha.", "152",
         {"kind": "amount", "base": None}),
        ("a) Chính sách hỗ trợ: Thực hiện Quyết định số 793/QĐ-TTg ngày 27/6/2019 của Thủ tướng Chính phủ, mức hỗ trợ "
         "đối với lợn buộc phải tiêu hủy như sau:\n\n- Hộ chăn nuôi nông hộ: 38.000 đồng/kg lợn hơi;\n\n"
         "- Trang trại quy mô vừa: 30.000 đồng/kg lợn hơi.", "30.000", {"role": "context", "period": None}),
        ("II. TÌNH HÌNH NĂM 2019\n\nĐến giữa tháng 12/2019, giá lợn hơi đạt 72.000 - 75.000 đồng/kg, tăng khoảng "
         "28.000 đồng/kg so với cùng kỳ năm 2018.", "72.000 - 75.000", {"period": "2019-12"}),
        ("II. TÌNH HÌNH NĂM 2019\n\nĐến hết tháng 11/2019, giải ngân đạt 45,2 tỷ đồng.", "45,2", {"period": None}),
        ("Chi phí đầu tư trồng mới 1 ha cam khoảng 250 - 300 triệu đồng.", "250 - 300",
         {"unit": "VND_per_ha", "kind": "rate"}),
    ],
    ids=["a-constitution-named-by-its-year", "a-second-change-after-a-comma", "a-level-after-a-comma-stays",
         "an-item-of-the-levels-an-act-sets", "a-price-at-a-months-middle", "a-running-total-stays",
         "a-cost-per-one-ha"],
)
def test_laws_years_changes_listed_acts_levels_prices_and_costs_per_ha(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("I. KẾT QUẢ NĂM 2020\n\n1. Sản lượng\n\nKế hoạch năm 2020 giao sản lượng chanh dây 70.000 tấn; dự kiến cả "
         "năm, sản lượng toàn tỉnh đạt khoảng 72.000 tấn, bằng 102,9% kế hoạch.\n\nNăm 2020, đã hỗ trợ 312 hộ lắp đặt "
         "hệ thống tưới nhỏ giọt.\n\nII. KHÓ KHĂN, HẠN CHẾ\n\nGiá bán còn thấp.", "312", {"role": "actual"}),
        ("I. KẾT QUẢ NĂM 2020\n\nNăng suất đạt 16,5 tấn/ha. Kế hoạch năm 2020 giao sản lượng chanh dây 70.000 tấn; dự "
         "kiến cả năm đạt khoảng 72.000 tấn.", "70.000", {"role": "plan", "period": "2020"}),
        ("Năm 2019, sản lượng ước đạt 10.500 tấn, tăng 19,3% so với vụ trước (8.800 tấn).", "8.800",
         {"role": "context", "period": "2018"}),
        ("Giá cây giống từ 8.000 - 10.000 đồng/cây.", "8.000 - 10.000", {"unit": "VND_per_head", "kind": "rate"}),
        ("100% Mẹ còn sống được nhận phụng dưỡng với mức bình quân 1.000.000 đồng/Mẹ/tháng.", "1.000.000",
         {"unit": "VND_per_person_per_month"}),
        ("IV. NHIỆM VỤ TỪ NAY ĐẾN CUỐI NĂM 2017\n\n- Phấn đấu xây dựng 150 nhà tình nghĩa.\n\n- Tìm kiếm, quy tập "
         "khoảng 30 hài cốt liệt sĩ trong mùa khô 2017 - 2018.", "30", {"role": "plan", "period": None}),
        ("IV. NHIỆM VỤ TỪ NAY ĐẾN CUỐI NĂM 2017\n\n- Phấn đấu xây dựng 150 nhà tình nghĩa.\n\n- Tìm kiếm, quy tập "
         "khoảng 30 hài cốt liệt sĩ trong mùa khô 2017 - 2018.", "150", {"role": "plan", "period": "2017"}),
    ],
    ids=["a-sentence-of-the-years-plan-opens-no-section", "a-plan-giving-a-measure", "last-seasons-level-in-brackets",
         "a-price-per-seedling", "money-per-mother-a-month", "a-season-over-two-years-after-a-target",
         "the-headings-year-stays"],
)
def test_plans_sentences_last_seasons_levels_per_plant_and_seasons(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Trừ chi phí, gia đình lãi trên 300 triệu đồng, hơn năm ngoái khoảng 50 triệu đồng.", "50",
         {"kind": "change", "base": "previous_year"}),
        ("Năm 2018, trừ chi phí, gia đình tôi lãi khoảng 200 triệu đồng, hơn năm 2017 khoảng 40 triệu đồng.", "40",
         {"kind": "change", "base": "2017", "role": "actual", "period": "2018"}),
        ("Năm 2018, toàn xã có hơn 200 hộ nuôi cua.", "200", {"kind": "count", "qualifier": "over"}),
        ("Thực hiện Nghị quyết số 123/2018/NQ-HĐND ngày 13/12/2018 của HĐND tỉnh, tỉnh hỗ trợ 15 triệu đồng/ha đối với"
         " diện tích trồng mới.", "15", {"role": "context", "period": None}),
        ("Năm 2019, ngân sách tỉnh đã hỗ trợ 6,57 tỷ đồng cho 438 ha trồng mới.", "6,57", {"role": "actual"}),
    ],
    ids=["more-than-last-year-by-about", "more-than-a-year-by-about", "more-than-a-count-stays",
         "support-per-ha-an-act-cited-sets", "support-paid-stays"],
)
def test_gaps_from_a_year_and_support_an_act_sets(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("I. KẾT QUẢ NĂM 2019\n\nSản lượng điện phát lên lưới 10 tháng năm 2019 của các nhà máy ước đạt 1.847 triệu "
         "kWh.", "1.847", {"period": None}),
        ("I. KẾT QUẢ NĂM 2019\n\nSản lượng điện phát lên lưới năm 2019 của các nhà máy ước đạt 2.150 triệu kWh.",
         "2.150", {"period": "2019"}),
        ("I. KẾT QUẢ NĂM 2019\n\nTăng trưởng GRDP ước đạt 7,85% (6 tháng đầu năm 2019 tăng 7,12%); trong đó khu vực "
         "dịch vụ tăng 8,74%.", "8,74%", {"period": "2019"}),
    ],
    ids=["months-so-far-inside-a-clause", "the-years-own-stays", "a-half-in-brackets-stays"],
)
def test_months_gone_by(text, surface, read):
    assert fields_at(text, surface, read) == read


def test_a_month_and_its_year_in_a_date_column():
    text = ("Các dự án đã vận hành năm 2019\n\nTT | Tên dự án | Công suất (MW) | Thời điểm vận hành | Sản lượng "
            "(triệu kWh)\n1 | Điện mặt trời Trung Nam | 204 | 04/2019 | 186,3\n2 | Điện gió Đầm Nại | 39 | 12/2018 | "
            "78,5\n")
    assert [r["surface"] for r in figures(text)] == ["204", "186,3", "39", "78,5"]


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năm 2018 đạt tỷ lệ 82,8%, vượt 2,8% so với chỉ tiêu Bộ Tư pháp giao (chỉ tiêu 80%), tăng 1,9% so với năm "
         "2017 (năm 2017 đạt 80,9%).", "1,9%", {"kind": "change_points", "base": "2017"}),
        ("Năm 2018 doanh thu đạt 120 tỷ đồng, tăng 1,9% so với năm 2017 (năm 2017 đạt 117,8 tỷ đồng).", "1,9%",
         {"kind": "growth"}),
        ("Phấn đấu giảm ít nhất 10% số vụ vi phạm và ít nhất 15% diện tích rừng bị thiệt hại so với năm 2018.", "15%",
         {"kind": "growth", "base": "2018", "qualifier": "over"}),
        ("Phấn đấu giảm ít nhất 10% số vụ vi phạm và ít nhất 15% diện tích rừng bị thiệt hại so với năm 2018.", "10%",
         {"kind": "growth", "base": "2018"}),
        ("Năm 2018, giảm 10% số vụ vi phạm; 15% diện tích rừng đã được giao khoán.", "15%", {"kind": "share"}),
    ],
    ids=["a-rates-gap-past-the-targets-bracket", "a-growth-of-money-stays", "a-second-fall-in-percent-of-another-thing",
         "the-first-takes-the-base-after-the-second", "a-share-after-a-clause-break-stays"],
)
def test_gaps_of_rates_and_falls_in_percent_listed(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năm 2019, tỉnh có 2.150 ha.\n\nIII. KẾ HOẠCH NĂM 2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2025\n\n1. Chỉ tiêu năm 2020\n\n"
         "- Diện tích đạt 2.200 ha;\n\n- Sản lượng đạt trên 50.000 tấn.\n\n2. Định hướng đến năm 2025\n\nỔn định diện "
         "tích khoảng 2.500 ha.", "50.000", {"role": "plan", "period": "2020"}),
        ("Năm 2019, tỉnh có 2.150 ha.\n\nIII. KẾ HOẠCH NĂM 2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2025\n\n1. Chỉ tiêu năm 2020\n\n"
         "- Diện tích đạt 2.200 ha;\n\n- Sản lượng đạt trên 50.000 tấn.\n\n2. Định hướng đến năm 2025\n\nỔn định diện "
         "tích khoảng 2.500 ha.", "2.500", {"role": "plan", "period": "2025"}),
        ("Năm 2019, toàn tỉnh có 2.450 ha sen. Theo Đề án, mục tiêu đến năm 2020 nâng diện tích trồng sen lên "
         "3.000 ha; xây dựng 2 vùng sản xuất đạt tiêu chuẩn VietGAP với diện tích 200 ha; lợi nhuận bình quân đạt "
         "trên 150 triệu đồng/ha/năm.", "150",
         {"role": "plan", "period": "2020"}),
        ("Tỷ lệ che phủ rừng năm 2018 đạt 52,8% (mục tiêu đến năm 2020 đạt 54%); tỷ lệ hộ dùng nước hợp vệ sinh đạt "
         "96,5%.", "96,5%", {"role": "actual"}),
        ("Năm 2019, toàn tỉnh có 2.300 ha sen. Mục tiêu đến năm 2020 nâng diện tích lên 3.000 ha; đến nay đã đạt "
         "2.450 ha.", "2.450", {"role": "actual"}),
        ("Nhãn hiệu tập thể được cấp Giấy chứng nhận đăng ký số 267341 ngày 15/6/2016; có 320 hộ tham gia.", "320",
         {"kind": "count"}),
    ],
    ids=["a-sub-heading-of-targets-naming-its-year", "the-next-sub-heading-keeps-its-own",
         "a-target-listed-after-a-semicolon", "a-result-after-a-bracketed-target-stays", "what-is-done-now-stays",
         "a-certificates-number"],
)
def test_sub_headings_of_targets_targets_listed_and_a_certificates_number(text, surface, read):
    assert fields_at(text, surface, read) == read


def test_a_certificates_number_is_no_figure():
    text = "Nhãn hiệu tập thể được cấp Giấy chứng nhận đăng ký số 267341 ngày 15/6/2016; có 320 hộ tham gia."
    assert [r["surface"] for r in figures(text)] == ["320"]


GARLIC = ("I. KẾT QUẢ SẢN XUẤT TỎI VỤ 2018 - 2019\n\nVụ tỏi 2018 - 2019, toàn huyện xuống giống 325 ha tỏi, tăng 12 "
          "ha so với vụ trước.\n\n"
          "TT | Thôn | Diện tích (ha) | So với vụ trước (%)\n1 | Đông | 62 | 106,4\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (GARLIC, "325", {"period": "2019"}),
        ("I. KẾT QUẢ NĂM 2019\n\nĐầu vụ thu hoạch (tháng 02 - 3/2019), giá tỏi tươi dao động từ 35.000 - 40.000 "
         "đồng/kg.", "35.000 - 40.000", {"period": None}),
        (GARLIC, "106,4", {"kind": "plan_ratio", "base": "previous_year"}),
        ("II. NHIỆM VỤ NĂM HỌC 2018 - 2019\n\n1. Toàn tỉnh có 412 trường học.", "412", {"period": "2018-2019"}),
        ("Niên vụ cà phê 2018 - 2019, sản lượng đạt 450.000 tấn.", "450.000", {"period": None}),
        ("Năm 2019, ông Tư trồng 12 công ST25. “Năm ngoái tôi chỉ trồng 7 công ST24, bán được 7.000 đồng/kg”.", "7",
         {"role": "context", "kind": "amount"}),
        ("Năm 2019, ông Tư có 12 công ruộng (1 công bằng 1.000 m2) trồng lúa ST25.", "1.000", {"role": "context"}),
        ("Năm 2019, ông Tư có 12 công ruộng (1 công bằng 1.000 m2) trồng lúa ST25; 12 công trình đã xong.", "12",
         {"kind": "amount"}),
        ("Sau khi gạo ST25 đạt giải nhất cuộc thi Gạo ngon nhất thế giới năm 2019, giá lúa tăng thêm 1.000 - 1.500 "
         "đồng/kg.", "1.000 - 1.500", {"period": None}),
    ],
    ids=["a-crops-season-over-two-years-is-of-its-harvest", "two-months-joined-by-a-dash-name-no-code",
         "the-season-before-in-a-column", "a-school-year-after-a-task-word-stays", "a-crop-year-stays",
         "last-years-level-opening-a-quote", "the-size-of-a-unit-defined", "an-area-in-a-local-unit",
         "a-contests-year"],
)
def test_crop_seasons_local_units_and_last_years_levels(text, surface, read):
    assert fields_at(text, surface, read) == read


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tỏi Lý Sơn được cấp Giấy chứng nhận đăng ký chỉ dẫn địa lý số 00044 ngày 18/6/2014, có 320 hộ.", ["320"]),
        ("Giá lúa ST25 đạt 9.000 đồng/kg, trong khi lúa thường (OM 5451, IR 50404) chỉ ở mức 5.200 đồng/kg.",
         ["9.000", "5.200"]),
        ("Ông có 12 công ruộng (1 công bằng 1.000 m2).", ["12", "1.000"]),
        ("Gạo ST25 đóng túi 5 kg được bán với giá 30.000 đồng/kg.", ["30.000"]),
        ("Muối sạch được đóng gói 0,5 kg và 1 kg, bán 12.000 đồng/kg.", ["12.000"]),
        ("Hợp tác xã bán được 5 túi gạo, 12 kg muối.", ["5", "12"]),
    ],
    ids=["a-number-with-two-leading-zeros", "codes-listed-in-a-bracket", "the-one-of-a-unit-defined",
         "a-packages-size", "package-sizes-joined", "counts-of-packages-stay"],
)
def test_codes_units_defined_and_package_sizes_are_no_figures(text, kept):
    assert [r["surface"] for r in figures(text)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Phân theo chiều sâu: giếng tầng nông dưới 100 m có 5.260 giếng; giếng có chiều sâu từ 100 m đến 200 m có "
         "38.470 giếng.", ["5.260", "38.470"]),
        ("Năm 2019, số hộ nuôi từ 10 con trở lên là 1.145 hộ.", ["1.145"]),
        ("Riêng các giếng thuộc diện phải cấp phép (lưu lượng từ 10 m3/ngày đêm trở lên), đã cấp phép 1.392 giếng.",
         ["1.392"]),
        ("Tổng điểm ước đạt 86,5 điểm (yêu cầu từ 75 điểm trở lên).", ["86,5", "75"]),
        ("Kỹ sư: trên 15 triệu đồng/tháng, có 35 vị trí.", ["15", "35"]),
        ("Theo anh Hùng, chi phí đầu tư nhà kính, hệ thống tưới và cây giống cho 1.000 m2 khoảng 350 triệu đồng.",
         ["350"]),
    ],
    ids=["bounds-before-a-count-of-their-group", "a-bound-and-its-threshold-before-a-copula",
         "a-bound-filling-a-bracket-after-things", "a-norm-beside-a-level-stays", "a-bound-past-a-comma-stays",
         "a-round-area-a-cost-is-per"],
)
def test_bounds_naming_groups_and_a_round_area_are_no_figures(text, kept):
    assert [r["surface"] for r in figures(text)] == kept


def test_a_months_prices_in_a_text_naming_an_earlier_year_are_no_targets():
    text = ("Năm 2017, diện tích dâu tây đạt 175 ha, tăng 23 ha so với năm 2016.\n\nGiá dâu tây tại vườn ở Đà Lạt "
            "tháng 3/2018\n\nLoại dâu | Giá tại vườn (đồng/kg) | So với cùng kỳ\nDâu Nhật loại 1 | 180.000 - 200.000 | "
            "Tăng 15%\n")
    assert fields_at(text, "180.000 - 200.000", {"role": "actual"}) == {"role": "actual"}


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
        # the crop before its season, "vụ" left out, after an as-of day: the season's year
        ("Đến ngày 15/8/2024, bà con đã gieo sạ lúa Hè Thu 2024 được 9.150 ha, đạt 97,3% kế hoạch.", "9.150",
         {"period": "2024"}),
        ("Đến ngày 15/8/2024, bà con đã gieo sạ lúa Hè Thu 2024 được 9.150 ha, đạt 97,3% kế hoạch.", "97,3%",
         {"period": "2024"}),
        ("Tính đến 10/2/2025, toàn huyện xuống giống lúa Đông Xuân 2024 - 2025 được 7.820 ha.", "7.820",
         {"period": "2025"}),
        ("Toàn huyện gieo cấy 5.300 ha lúa hè thu.", "5.300", {"period": None}),  # no year: no season's period
    ],
    ids=["a-heading-names-its-season", "a-plan-heading-opens-targets", "its-tasks-are-targets-too",
         "a-season-with-nam", "a-winter-season-is-of-its-harvest-year", "a-season-compared-is-no-period",
         "a-title-opens-nothing", "after-a-base-year-of-the-same-season", "after-a-base-year-of-the-same-period",
         "a-season-compared-gives-its-year", "the-same-season-the-year-before", "a-crop-and-its-season-after-a-day",
         "its-plan-ratio", "a-crop-and-its-winter-season", "a-crop-and-a-season-naming-no-year"],
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
        (_HALF_YEAR_TABLE, "12.450", {"role": "actual", "qualifier": "exact", "period": "2024-H1", "unit": "tonne"}),
        (_HALF_YEAR_TABLE, "27.000", {"role": "plan", "period": "2025"}),
        (_HALF_YEAR_TABLE, "13.180", {"role": "actual", "qualifier": "estimated", "period": "2025-H1"}),
        (_HALF_YEAR_TABLE, "105,9", {"kind": "plan_ratio", "base": "previous_year", "unit": "percent",
                                     "role": "actual", "qualifier": "estimated", "period": "2025-H1"}),
        (_HALF_YEAR_TABLE, "48,5", {"kind": "plan_ratio", "base": "plan", "unit": "percent",
                                    "role": "actual", "qualifier": "estimated", "period": "2025-H1"}),
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
    ids=["a-whole-earlier-year-stays-a-result", "the-same-half-of-the-year-before-keeps-its-code", "the-years-plan",
         "an-estimate-of-a-half-has-its-code", "against-the-same-period-compares-the-estimate",
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
        ("Hỗ trợ ổn định đời sống 30 kg gạo/nhân khẩu/tháng trong 6 tháng.", "30",
         {"unit": "kg_per_person_per_month", "kind": "rate"}),
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
         "kilograms-of-goods-per-head-per-month",
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
                "6 | Tỷ lệ hộ cận nghèo | % | 4,1 | 3,6\n"
                "7 | Số hộ thoát nghèo tăng trong năm | Hộ | 236 | 210\n"
                "8 | Số lao động giảm trong năm 2025 | Người | 74 | 60\n")


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
        # the time the change happened in after the change word: still a change
        (_FALLS_TABLE, "236", {"kind": "change", "unit": "count"}),
        (_FALLS_TABLE, "60", {"kind": "change", "unit": "count", "role": "plan"}),
    ],
    ids=["a-rows-fall-of-a-rate", "a-rows-fall-of-a-count", "a-row-in-points", "a-row-of-ranks",
         "about-opening-a-cell", "over-opening-a-cell", "a-rates-level-stays-a-share", "a-rise-in-the-year",
         "a-fall-in-a-named-year"],
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
        ("Về xã hội, trong 8 chỉ tiêu, có 6 chỉ tiêu đạt, 2 chỉ tiêu không đạt.", "8", {"role": "context"}),
        ("Trong 12 chỉ tiêu chủ yếu, có 10/12 chỉ tiêu đạt và vượt.", "12", {"role": "context"}),
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
         "the-classes-a-whole-divides-into", "a-whole-opening-a-clause-after-a-topic",
         "a-whole-then-its-part-over-it", "a-whole-of-results-is-a-result", "a-change-after-cao-nhat-voi",
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


@pytest.mark.parametrize(
    ("header", "base"),
    [("Tháng 6/2024 so với tháng trước (%)", None), ("Quý II/2024 so với quý trước (%)", None),
     ("Tháng 6/2024 so với KH (%)", "plan")],
    ids=["the-month-before", "the-quarter-before", "the-plan-still"],
)
def test_a_comparison_with_the_period_just_before_has_no_base(header, base):
    text = (f"Chỉ tiêu | ĐVT | Tháng 6/2024 | {header}\n"
            "Sản lượng điện | Triệu kWh | 150,2 | 101,4\n")
    f = figure_at(text, "101,4")
    assert (f["kind"], f["base"]) == ("plan_ratio", base)


_ABBREVIATED_TABLE = ("Đơn vị tính: tỷ đồng\n"
                      "TT | Chỉ tiêu | KH năm 2024 | UTH Quý III/2024 | % KH năm | % SCK\n"
                      "1 | Tổng thu ngân sách | 5.400 | 1.380 | 25,6 | 112,4\n")
_FLAT_UNNAMED_COLUMN = ("Kết quả theo xã:\n\nTT\nĐơn vị\nDiện tích thu hồi (ha)\nSố hộ nhận tiền\n"
                        "Tiền đã trả (tỷ đồng)\n1\nXã An Bình\n12,5\n210\n84,3\n2\nXã Tân Phú\n9,8\n176\n61,0\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ABBREVIATED_TABLE, "1.380", {"unit": "VND", "qualifier": "estimated", "period": "2024-Q3"}),
        (_ABBREVIATED_TABLE, "25,6", {"unit": "percent", "kind": "plan_ratio", "base": "plan", "role": "actual",
                                      "qualifier": "estimated", "period": "2024-Q3"}),
        (_ABBREVIATED_TABLE, "112,4", {"unit": "percent", "kind": "plan_ratio", "base": "previous_year"}),
        ("Doanh thu dịch vụ UTH Quý II đạt 2.140 tỷ đồng, giảm 3,2% SCK.", "2.140", {"qualifier": "estimated"}),
        ("Doanh thu dịch vụ UTH Quý II đạt 2.140 tỷ đồng, giảm 3,2% SCK.", "3,2%", {"base": "previous_year"}),
        ("Thu ngân sách đạt 640 tỷ đồng, bằng 118,2% SCK.", "118,2%", {"kind": "plan_ratio", "base": "previous_year"}),
        ("Cấp mới 95 giấy phép (CK 80 giấy phép).", "80", {"role": "context"}),
        (_FLAT_UNNAMED_COLUMN, "210", {"unit": "count", "kind": "count"}),
        (_FLAT_UNNAMED_COLUMN, "61,0", {"unit": "VND", "value": 61e9}),
        (_FLAT_UNNAMED_COLUMN, "9,8", {"unit": "ha"}),
    ],
    ids=["an-abbreviated-estimate-column-of-a-quarter", "a-percent-of-the-plan-column",
         "a-percent-of-the-same-period-column", "an-abbreviated-estimate-before-a-quarter",
         "an-abbreviated-same-period-base", "a-ratio-to-the-same-period", "an-abbreviated-same-period-bracket",
         "a-flattened-header-line-naming-no-table-word", "the-column-after-it", "the-column-before-it"],
)
def test_abbreviated_words_and_flattened_headers_naming_no_table_word(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Đã giải phóng 27,5 ha/31,2 ha mặt bằng của dự án.", "27,5 ha/31,2",
         {"kind": "progress", "unit": "ha", "denominator": 31.2}),
        ("Năng suất lúa đạt 6,1 tấn/ha.", "6,1", {"unit": "tonne_per_ha"}),
        ("Đơn giá bồi thường đất thương mại từ 9 đến 14 triệu đồng/m2; đất trồng cây lâu năm từ 0,6 đến 0,9 "
         "triệu đồng/m2.", "0,6 đến 0,9", {"role": "context", "unit": "VND_per_m2"}),
        ("Đơn giá bồi thường đất thương mại từ 9 đến 14 triệu đồng/m2; giá chuyển nhượng bình quân 21 triệu "
         "đồng/m2.", "21", {"role": "actual"}),
        ("So với cuối tháng 6/2024 (61,3%), tỷ lệ giải ngân tăng 9,5 điểm phần trăm.", "61,3%",
         {"role": "context", "period": "2024-06"}),
    ],
    ids=["an-area-out-of-the-whole", "a-yield-is-no-fraction", "a-range-listed-after-a-range-of-terms",
         "a-level-after-terms-is-no-term", "an-earlier-months-rate-in-a-bracket-after-the-comparison"],
)
def test_fractions_in_a_unit_terms_listed_and_an_earlier_months_bracket(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tiểu dự án 3 của chương trình đã hoàn thành.", "3", None),
        ("Mỗi hộ phải tháo dỡ nhà được hỗ trợ di chuyển 15 triệu đồng.", "15",
         {"unit": "VND_per_household", "kind": "rate"}),
        ("Thu ngân sách đạt 412 tỷ đồng, bằng 51,2% tổng dự toán năm (805 tỷ đồng).", "805", {"role": "context"}),
        ("Khu nhà ở xã hội có quy mô 4,2 ha, gồm 620 căn hộ, diện tích mỗi căn từ 45 đến 70 m2.", "620",
         {"role": "context"}),
        ("Khu nhà ở xã hội có quy mô 4,2 ha, gồm 620 căn hộ, diện tích mỗi căn từ 45 đến 70 m2.", "45 đến 70",
         {"role": "context"}),
    ],
    ids=["a-numbered-sub-project-is-a-name", "what-each-household-that-moves-receives",
         "a-shares-whole-in-a-bracket", "a-part-after-a-scale-word", "the-next-part"],
)
def test_sub_projects_each_ones_support_a_shares_whole_and_a_scales_parts(text, surface, expected):
    if expected is None:
        assert surface not in [f["surface"] for f in extract(text, "t").to_dict("records")]
    else:
        assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I/2024\nLũy kế đến ngày 28/3/2024, cấp 240 giấy phép xây dựng.",
         "240", "2024-Q1"),
        ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III/2024\nLũy kế đến ngày 26/9/2024, cấp 240 giấy phép xây dựng.",
         "240", None),
    ],
    ids=["a-running-total-of-the-first-quarter-is-the-quarter", "of-a-later-quarter-it-has-no-code"],
)
def test_a_running_total_under_a_quarters_heading(text, surface, period):
    assert fields_at(text, surface, ["period"]) == {"period": period}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tuyến cao tốc Bắc - Nam đoạn qua địa bàn tỉnh dài 38,5 km.", "38,5", {"role": "context"}),
        ("Dự án có tổng diện tích đất cần thu hồi 126,3 ha, đã thu hồi 98,2 ha.", "126,3", {"role": "context"}),
        ("Dự án có tổng diện tích đất cần thu hồi 126,3 ha, đã thu hồi 98,2 ha.", "98,2", {"role": "actual"}),
    ],
    ids=["a-routes-length-through-the-province", "the-area-a-project-must-clear", "the-area-cleared"],
)
def test_a_routes_length_and_the_area_to_clear_are_background(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024\n- Giải ngân vốn đến hết tháng 12/2024 đạt trên 95% KH vốn.", "95%", None),
        ("I. KẾT QUẢ NĂM 2024\nTính đến hết tháng 8/2024, toàn tỉnh đã đón 13,2 triệu lượt khách.", "13,2", None),
        ("I. KẾT QUẢ NĂM 2024\nĐến hết tháng 10/2024, toàn tỉnh có 412.380 người tham gia bảo hiểm xã hội.",
         "412.380", "2024-10"),
    ],
    ids=["a-target-to-a-months-end-under-a-quarters-heading", "a-result-to-a-months-end-under-a-years-heading",
         "a-stock-at-a-months-end"],
)
def test_a_running_total_to_a_months_end_has_no_code_whatever_the_heading(text, surface, period):
    assert fields_at(text, surface, ["period"]) == {"period": period}


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Năm 2024, huyện phấn đấu đến hết năm giải ngân đạt 100% KH vốn.", "100%", "plan"),
        ("Năm 2024, huyện giải ngân đạt 96% KH vốn.", "96%", "actual"),
    ],
    ids=["a-ratio-to-the-plan-striven-for", "a-ratio-to-the-plan-reached"],
)
def test_a_ratio_to_the_plan_striven_for_is_a_target(text, surface, role):
    assert fields_at(text, surface, ["role"]) == {"role": role}


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        ("Vốn đầu tư công năm 2025 là 820 tỷ đồng, tăng 12,5% so với KH năm 2024.", "12,5%", "plan"),
        ("Vốn đầu tư công năm 2025 là 820 tỷ đồng, tăng 12,5% so với thực hiện năm 2024.", "12,5%", "2024"),
    ],
    ids=["against-a-years-plan", "against-a-years-result"],
)
def test_a_comparison_with_a_years_plan_has_the_plan_as_base(text, surface, base):
    assert fields_at(text, surface, ["base"]) == {"base": base}


def test_an_abbreviated_same_period_bracket_of_a_running_total_has_no_period():
    text = ("I. KẾT QUẢ QUÝ I/2024\nLũy kế đến ngày 27/3/2024 giải ngân đạt 21% KH vốn "
            "(CK năm 2023 đạt 14,2% KH vốn).")
    assert fields_at(text, "14,2%", ["role", "period"]) == {"role": "context", "period": None}


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Tỷ lệ chọi vào ngành Y khoa là 1 chọi 12,5.", ["12,5"]),
     ("Số dược sĩ trên 1 vạn dân (tính cả khu vực tư nhân) đạt 3,1 dược sĩ.", ["3,1"]),
     ("Số giường bệnh trên 1 vạn dân đạt trên 30 giường.", ["30"]),
     ("TT | Tên sản phẩm | Mã số | Sản lượng (tấn)\n1 | Cà phê | 0901110 | 1.250\n", ["1.250"])],
    ids=["one-place-of-a-competition-ratio", "per-ten-thousand-past-an-aside",
         "per-ten-thousand-before-a-qualified-value", "a-code-column-holds-names"],
)
def test_the_one_of_a_ratio_and_a_code_column_are_no_figures(text, kept):
    assert [r["surface"] for r in figures(text)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Bài thi chấm theo thang điểm 10, điểm trung bình đạt 6,8 điểm.", ["6,8"]),
     ("Có 820 thí sinh đăng ký nguyện vọng 1 vào ngành Luật.", ["820"]),
     ("Học sinh đạt từ 8,0 điểm trở lên được thưởng 500.000 đồng.", ["500.000"]),
     ("Đưa vào sử dụng Trường Mầm non cơ sở 3 vào tháng 9.", [])],
    ids=["a-scale-of-marks", "a-choice-of-rank", "a-threshold-before-what-its-group-is-given",
         "a-numbered-site"],
)
def test_a_scale_a_choice_a_group_given_and_a_site_are_no_figures(text, kept):
    assert [r["surface"] for r in figures(text)] == kept


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Thực hiện Chiến lược phát triển văn hóa giai đoạn 2021-2030, năm 2024 tỷ lệ thôn có nhà văn hóa "
      "đạt 91,5%.", "91,5%", {"period": "2024"}),
     ("II. NHIỆM VỤ NĂM 2025\n- Tăng 3-5% số lượt khách du lịch so với năm 2024.", "3-5%",
      {"value": 3, "value_max": 5}),
     ("I. KẾT QUẢ NĂM 2024\nCó 41/45 trường học đạt Bộ tiêu chí quốc gia về trường học an toàn giai đoạn "
      "2021-2025, chiếm 91,1%.", "91,1%", {"period": "2024"}),
     ("Thu hồi, nộp trả ngân sách cấp trên 12,6 tỷ đồng.", "12,6", {"qualifier": "exact"}),
     ("Huyện đã cấp trên 1.200 giấy chứng nhận quyền sử dụng đất.", "1.200", {"qualifier": "over"}),
     ("Có 4 công trình chậm tiến độ từ 2 đến 5 tháng.", "2 đến 5", {"kind": "change"}),
     ("Có 4 công trình chậm tiến độ từ 2 đến 5 tháng.", "4", {"counted": "công trình"}),
     ("Báo cáo năm 2024. Các khoản nợ thuế từ năm 2017 đến năm 2020 đã thu được 64,2%.", "64,2%",
      {"role": "actual", "period": None}),
     ("Báo cáo năm 2024. Từ năm 2017 đến năm 2020, tỉnh thu được 64,2 tỷ đồng.", "64,2",
      {"period": "2017-2020"})],
    ids=["a-strategy-named-by-its-span-names-no-period", "a-range-after-a-list-dash-is-no-name",
         "a-set-of-criteria-named-by-its-span-names-no-period", "the-higher-levels-budget-is-no-bound",
         "to-issue-over-is-a-bound", "a-delays-range-after-the-things-delayed", "the-things-delayed",
         "years-saying-which-things-name-no-period", "years-opening-the-sentence-name-its-period"],
)
def test_a_strategys_span_and_a_range_opening_a_list_item(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SCORES = ("TT | Ngành | Điểm chuẩn 2023 | Điểm chuẩn 2024 | Tăng/giảm (điểm)\n"
           "1 | Luật | 23 | 24,5 | +1,5\n2 | Kế toán | 18,5 | 18 | -0,5\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Điểm chuẩn ngành Luật là 24,5 điểm; ngành Kế toán 18 điểm.", "18", {"kind": "other"}),
     (_SCORES, "18", {"kind": "other"}),
     (_SCORES, "+1,5", {"unit": "count", "kind": "change"}),
     ("Điểm chuẩn cao nhất 27,5 điểm\n\nHà Nội, ngày 20/8", "27,5", {"counted": "điểm"})],
    ids=["a-whole-score-after-a-score", "a-whole-score-below-a-fraction-in-its-column",
         "a-change-column-in-points-of-a-score", "no-noun-across-a-blank-line"],
)
def test_whole_scores_and_a_change_in_points_of_a_score(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_ADMISSIONS = ("Báo cáo tuyển sinh năm 2024\n"
               "TT | Ngành | Chỉ tiêu 2024 | Điểm chuẩn 2024\n1 | Luật | 150 | 24,5\n\n"
               "Năm 2024, trường tuyển sinh 2.000 chỉ tiêu (năm 2023 là 1.800 chỉ tiêu).\n"
               "Năm 2023, trường tuyển được 1.750 sinh viên; điểm chuẩn cao nhất là 26 điểm.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("150", {"role": "plan"}), ("1.800", {"role": "context"}), ("26", {"role": "context"})],
    ids=["a-quota-column-is-a-target", "an-earlier-years-quota-is-of-it",
         "an-earlier-year-opening-the-sentence-past-its-semicolon"],
)
def test_quotas_and_an_earlier_year_over_a_sentence(surface, expected):
    assert fields_at(_ADMISSIONS, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [("Bình quân mỗi học sinh đóng khoảng 6,5 triệu đồng/năm.", "6,5", "VND_per_person_per_year"),
     ("Thu nhập bình quân đầu người đạt 5,2 triệu đồng/tháng.", "5,2", "VND_per_person_per_month"),
     ("Tiền ăn bình quân đầu người 60.000 đồng/ngày.", "60.000", "VND_per_person_per_day")],
    ids=["each-pupil-pays-a-year", "per-capita-a-month", "per-capita-a-day"],
)
def test_money_per_person_then_per_time(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


_SCHOOL = ("Báo cáo tình hình giáo dục năm 2024\n"
           "Năm 2024, toàn tỉnh có 320 trường học. Năm học 2024-2025, tỉnh dự kiến dành 8,5 tỷ đồng cho "
           "600 suất học bổng.\n")


@pytest.mark.parametrize(
    ("surface", "role"), [("320", "actual"), ("8,5", "plan"), ("600", "plan")],
    ids=["a-result-of-the-year", "a-coming-school-years-allotment", "its-parts"],
)
def test_a_school_year_opening_in_the_reports_year_is_still_to_come(surface, role):
    assert figure_at(_SCHOOL, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Học sinh thuộc hộ nghèo được miễn 100% học phí.", "100%", "context"),
     ("Bệnh nhân có thẻ được hỗ trợ 80% viện phí.", "80%", "context"),
     ("Ngành phấn đấu giải ngân đạt 100% kế hoạch vốn trước ngày 31/12.", "100%", "plan")],
    ids=["a-fee-waived", "a-fee-granted", "striving-for-the-whole-plan-is-a-target"],
)
def test_a_share_of_a_fee_is_a_term_and_striving_for_a_plan_a_target(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_FEES = ("Về học phí, năm học 2025-2026 trường thu 350.000 đồng/tín chỉ, tăng 5% so với năm học trước; "
         "riêng ngành Y 700.000 đồng/tín chỉ. Miễn học phí cho 40 sinh viên; hỗ trợ ăn trưa 20.000 "
         "đồng/ngày/sinh viên.")


@pytest.mark.parametrize(
    ("surface", "role"),
    [("350.000", "context"), ("5%", "context"), ("700.000", "context"), ("20.000", "actual")],
    ids=["a-fee-set-per-credit", "its-rise", "a-fee-set-across-a-semicolon", "a-fee-in-another-clause-says-nothing"],
)
def test_a_fee_a_provider_sets_is_a_term(surface, role):
    assert figure_at(_FEES, surface)["role"] == role


_SPLIT = ("Năm 2025, trường tuyển sinh 1.500 chỉ tiêu, trong đó 60% chỉ tiêu xét kết quả thi, 30% xét học bạ "
          "và 10% xét tuyển thẳng. Đến nay có 1.320 thí sinh nhập học, đạt 88% chỉ tiêu.")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("60%", {"role": "plan", "kind": "share"}), ("30%", {"role": "plan", "kind": "share"}),
     ("10%", {"role": "plan", "kind": "share"}), ("88%", {"role": "actual", "kind": "plan_ratio"})],
    ids=["a-share-of-the-quota", "the-next-share", "the-last-share", "the-quota-filled-is-a-result"],
)
def test_the_split_of_a_quota_is_a_target(surface, expected):
    assert fields_at(_SPLIT, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Bình quân mỗi học sinh nộp khoảng 4,2 triệu đồng/năm.", "4,2", "context"),
     ("Ngành Luật có tỷ lệ chọi 1 chọi 6,5 (80 chỉ tiêu, 520 thí sinh).", "80", "plan")],
    ids=["what-each-pays-is-a-fee", "the-places-of-a-competition-ratio-past-a-decimal-comma"],
)
def test_a_fee_paid_and_the_places_of_a_competition_ratio(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_POINTS_COLUMN = ("Bảng 2. Tỷ lệ hộ cận nghèo các xã năm 2024\n"
                  "STT | Xã | Tỷ lệ hộ cận nghèo (%) | Tăng (+), giảm (-) so với năm 2023 (điểm %)\n"
                  "1 | Xã Tân Lập | 4,12 | -1,07\n"
                  "2 | Xã Hòa Bình | 7,5 | +0,36\n")
_POINTS_ROWS = ("Chỉ tiêu | ĐVT | Năm 2024 | Tăng, giảm so với năm 2023 (điểm phần trăm)\n"
                "Tỷ lệ lao động qua đào tạo | % | 71,4 | 2,6\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_POINTS_COLUMN, "-1,07", {"value": -1.07, "unit": "percentage_point", "kind": "change_points",
                                   "base": "2023"}),
        (_POINTS_COLUMN, "+0,36", {"value": 0.36, "unit": "percentage_point", "kind": "change_points"}),
        (_POINTS_COLUMN, "4,12", {"unit": "percent", "kind": "share"}),
        (_POINTS_ROWS, "2,6", {"unit": "percentage_point", "kind": "change_points", "base": "2023"}),
    ],
    ids=["a-fall-in-points", "a-rise-in-points", "the-rate-itself", "a-percent-row-under-a-points-column"],
)
def test_a_change_column_in_points_holds_a_rates_moves_not_a_growth(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_CHANGE_IN_MONEY = ("Bảng 3. Kinh phí sửa chữa trường học theo huyện\n"
                    "STT | Huyện | Số phòng học (phòng) | Ước kinh phí (triệu đồng) | "
                    "Tăng so với đợt trước (triệu đồng)\n"
                    "1 | Huyện A | 42 | 1.250 | 310\n")
_CHANGE_IN_AREA = ("STT | Xã | Diện tích năm 2024 (ha) | Tăng, giảm (ha) | Tăng, giảm (%)\n"
                   "1 | Xã B | 820,5 | 12,4 | 1,5\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_CHANGE_IN_MONEY, "310", {"value": 310e6, "unit": "VND", "kind": "change", "qualifier": "estimated"}),
        (_CHANGE_IN_MONEY, "1.250", {"value": 1250e6, "unit": "VND", "kind": "amount", "qualifier": "estimated"}),
        (_CHANGE_IN_AREA, "12,4", {"unit": "ha", "kind": "change"}),
        (_CHANGE_IN_AREA, "1,5", {"unit": "percent", "kind": "growth"}),
    ],
    ids=["a-rise-in-money-of-an-estimate", "the-estimate-it-changes", "a-change-in-hectares", "a-change-in-percent"],
)
def test_a_comparison_column_naming_a_unit_of_its_own_holds_changes_in_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Mực nước sông Lam tại Nam Đàn đạt 7,9 m, trên báo động 2 là 0,4 m.", "0,4",
         {"unit": "m", "kind": "change", "direction": "up", "base": None}),
        ("Mực nước hồ Kẻ Gỗ ở 28,1 m, dưới mức dâng bình thường là 3,2 m.", "3,2",
         {"unit": "m", "kind": "change", "direction": "down"}),
        ("Mực nước sông Lam tại Nam Đàn đạt 7,9 m, trên báo động 2.", "7,9", {"unit": "m", "kind": "amount"}),
        ("Tặng mỗi hộ có con đi học 2 triệu đồng, mỗi hộ có người cao tuổi, neo đơn 3 triệu đồng.", "2",
         {"unit": "VND_per_household", "kind": "rate"}),
        ("Tặng mỗi hộ có con đi học 2 triệu đồng, mỗi hộ có người cao tuổi, neo đơn 3 triệu đồng.", "3",
         {"unit": "VND_per_household", "kind": "rate"}),
        ("Mỗi hộ có 2 lao động đi làm việc ở nước ngoài.", "2", {"unit": "count"}),
    ],
    ids=["above-an-alarm-level", "below-a-normal-level", "the-level-itself", "money-for-each-household-having",
         "the-next-household-having", "a-count-each-household-has"],
)
def test_a_gap_to_a_named_level_and_money_for_each_household_having_something(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Số hộ nghèo còn 1.250 hộ (tỷ lệ dưới 3%).", "3%"),
        ("Có 420 ha ngô cho thu hoạch (tăng trên 50%).", "50%"),
        ("Giải quyết 318 đơn thư (chỉ tiêu trên 90%).", "90%"),
    ],
    ids=["a-rate-in-a-bracket", "a-change-in-a-bracket", "a-target-in-a-bracket"],
)
def test_a_bracketed_bound_stating_a_rate_a_change_or_a_target_stays_a_figure(text, surface):
    assert figure_at(text, surface)["unit"] == "percent"


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        ("Doanh thu tháng 5 đạt 820 tỷ đồng, tăng 6,1% so với cùng kỳ và giảm 1,2% so với tháng trước.", "1,2%",
         None),
        ("Doanh thu tháng 5 đạt 820 tỷ đồng, tăng 6,1% so với cùng kỳ và giảm 1,2% so với tháng trước.", "6,1%",
         "previous_year"),
    ],
    ids=["against-the-month-before", "against-the-same-period"],
)
def test_a_comparison_with_the_period_before_names_no_base_after_one_that_does(text, surface, base):
    assert figure_at(text, surface)["base"] == base


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Chi tiêu bình quân đầu người của hộ cận nghèo đạt 2,4 triệu đồng/tháng, tăng 6,5% so với năm 2023.",
         "6,5%", {"unit": "percent", "kind": "growth"}),
        ("Tỷ lệ hộ cận nghèo của huyện còn 5,2%, giảm 1,1% so với năm 2023.", "1,1%",
         {"unit": "percentage_point", "kind": "change_points"}),
    ],
    ids=["an-income-of-poor-households-grows-in-percent", "the-rate-of-a-district-moves-in-points"],
)
def test_a_rate_word_after_the_possessive_names_the_owner_not_the_measure(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [
        ("Có 7/12 xã, phường, thị trấn có trên 500 hộ nuôi bò sữa.", "500", False),
        ("Năm 2024 có 14 hợp tác xã có hơn 50 thành viên.", "50", False),
        ("Năm 2024 có 7/12 xã, phường, thị trấn có trên 500 hộ nuôi bò sữa.", "7/12", True),
        ("Toàn huyện có trên 500 hộ nuôi bò sữa, tăng 40 hộ.", "500", True),
    ],
    ids=["places-by-households-past-a-coordinated-noun", "cooperatives-by-members", "the-count-of-places-stays",
         "a-bound-on-no-count-of-places-is-a-figure"],
)
def test_a_bound_right_after_the_having_word_of_a_counts_noun_names_that_group(text, surface, kept):
    assert (surface in [r["surface"] for r in figures(text)]) is kept


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [
        ("Doanh nghiệp nhỏ là doanh nghiệp có dưới 100 lao động và doanh thu dưới 50 tỷ đồng.", "100", False),
        ("Doanh nghiệp nhỏ là doanh nghiệp có dưới 100 lao động và doanh thu dưới 50 tỷ đồng.", "50", False),
        ("Xã đạt chuẩn là xã có từ 19 tiêu chí trở lên; năm 2024 có 45 xã đạt chuẩn.", "45", True),
        ("Năm 2024 tỉnh có trên 320 doanh nghiệp là doanh nghiệp nhỏ.", "320", True),
    ],
    ids=["a-bound-in-a-definition", "another-bound-in-it", "the-count-after-it-stays", "no-definition-a-figure"],
)
def test_a_bound_in_a_definition_of_a_group_names_who_belongs(text, surface, kept):
    assert (surface in [r["surface"] for r in figures(text)]) is kept


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [
        ("2. Kết quả theo xã\nCó 11/14 xã, phường đạt chuẩn nông thôn mới.", "11/14", True),
        ("Khánh thành Trường Tiểu học Hòa Bình 2 trong tháng 9.", "2", False),
    ],
    ids=["a-capital-opening-a-line-after-a-heading-names-nothing", "a-name-inside-a-sentence-still"],
)
def test_a_capitalised_word_opening_a_line_is_no_name_before_a_number(text, surface, kept):
    assert (surface in [r["surface"] for r in figures(text)]) is kept


_STANDARD = ("BÁO CÁO\nKết quả rà soát hộ nghèo năm 2024\n\nI. CHUẨN NGHÈO ÁP DỤNG\n"
             "Chuẩn nghèo về thu nhập ở khu vực đồng bằng là 1.800.000 đồng/người/tháng. "
             "Chuẩn nghèo đa chiều gồm 5 dịch vụ xã hội cơ bản.\n\n"
             "II. KẾT QUẢ RÀ SOÁT NĂM 2024\nToàn huyện còn 1.204 hộ nghèo.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_STANDARD, "1.800.000", {"role": "context", "period": None, "unit": "VND_per_person_per_month"}),
        (_STANDARD, "5", {"role": "context", "period": None}),
        (_STANDARD, "1.204", {"role": "actual", "period": "2024"}),
    ],
    ids=["the-standards-threshold", "its-makeup", "the-results-after-it"],
)
def test_a_section_stating_the_standard_applied_holds_its_terms(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Bình quân mỗi hộ vay 45,5 triệu đồng để phát triển sản xuất.", "45,5",
         {"unit": "VND_per_household", "kind": "rate"}),
        ("Mỗi học sinh nhận khoảng 1.500 USD/năm tiền học bổng.", "1.500",
         {"unit": "USD_per_person_per_year", "kind": "rate"}),
        ("Mỗi hộ được nhận 2 con bò giống.", "2", {"unit": "count_per_household"}),
        ("Năm 2024, toàn huyện vay 45,5 tỷ đồng để phát triển sản xuất.", "45,5", {"unit": "VND", "kind": "amount"}),
    ],
    ids=["what-each-borrows", "what-each-sends-a-year", "what-each-receives", "no-each-no-rate"],
)
def test_what_each_one_borrows_or_sends_is_a_rate_per_one(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_LOAN = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n"
         "Quỹ đã giải ngân 35,2 tỷ đồng cho 610 hộ; mức vay tối đa 80 triệu đồng/hộ, riêng hộ "
         "thuộc diện chính sách được vay đến 90% giá trị phương án.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_LOAN, "80", {"role": "context", "period": None, "unit": "VND_per_household"}),
        (_LOAN, "90%", {"role": "context", "period": None}),
        (_LOAN, "35,2", {"role": "actual", "period": "2024"}),
        ("Năm 2024, mức vay tối đa 80 triệu đồng/hộ, riêng huyện Mường Lát tăng 12% so với năm 2023.", "12%",
         {"role": "actual"}),
    ],
    ids=["a-loan-ceiling-is-a-term", "a-parts-own-term-after-it", "what-was-lent-is-a-result",
         "a-change-after-it-is-no-term"],
)
def test_a_loan_ceiling_and_a_parts_own_ceiling_after_it_are_terms(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_ASSIGNED = ("Dự toán chi ngân sách địa phương năm 2024 được Thủ tướng giao 9.420 tỷ đồng, HĐND tỉnh giao "
             "9.870 tỷ đồng, tăng 4,8% so với dự toán Trung ương giao và tăng 6,2% so với ước thực hiện năm 2023 "
             "(9.294 tỷ đồng).")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ASSIGNED, "9.420", {"role": "plan", "period": "2024"}),
        (_ASSIGNED, "9.870", {"role": "plan", "period": "2024"}),
        (_ASSIGNED, "4,8%", {"role": "plan", "kind": "growth"}),
        (_ASSIGNED, "6,2%", {"role": "plan", "kind": "growth", "base": "2023"}),
        (_ASSIGNED, "9.294", {"role": "context", "qualifier": "estimated", "period": "2023"}),
        ("Năm 2024, huyện đã giao 45 ha đất cho các hộ dân tái định cư.", "45", {"role": "actual"}),
    ],
    ids=["assigned-after-its-passive-giver", "assigned-by-a-second-giver", "the-change-of-the-target",
         "a-second-change-joined-to-it", "the-estimate-it-grows-from", "land-handed-out-is-a-result"],
)
def test_a_target_assigned_by_its_giver_and_its_changes_are_targets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_QUARTER_SHARES = ("Năm 2024, tỉnh phân bổ vốn theo quý căn cứ kết quả giải ngân các năm 2021 - 2023: Quý I khoảng "
                   "15%, Quý II 25%, Quý III 30% và Quý IV 30%.")


@pytest.mark.parametrize(
    ("surface", "period"),
    [("15%", "2024-Q1"), ("25%", "2024-Q2")],
    ids=["the-first-quarter-after-a-basis-of-earlier-years", "each-quarter-before-its-own-share"],
)
def test_a_list_of_quarters_each_before_its_share(surface, period):
    assert figure_at(_QUARTER_SHARES, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("Năm 2024, thuế giá trị gia tăng đạt 1.240 tỷ đồng, tăng 6% so với năm 2023.", "1.240", "amount"),
     ("Đơn vị tính: tỷ đồng\nChỉ tiêu | Năm 2023 | Năm 2024\n- Thuế giá trị gia tăng | 1.170 | 1.240\n", "1.240",
      "amount")],
    ids=["a-taxs-name-in-a-sentence", "a-taxs-name-as-a-row"],
)
def test_a_name_ending_with_a_change_word_names_no_change(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


_SPLIT_PLAN = ("BIỂU THU NGÂN SÁCH NĂM 2024\nĐơn vị tính: tỷ đồng\n"
               "Chỉ tiêu | Dự toán 2024 | Quý I | Quý II | Quý III | Quý IV\n"
               "Tổng thu | 4.800 | 1.100 | 1.250 | 1.200 | 1.250\n\nTrang 1/2\n"
               "Chỉ tiêu | Dự toán 2024 | Quý I | Quý II | Quý III | Quý IV\n"
               "Thu tiền thuê đất | 320 | 70 | 80 | 80 | 90\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SPLIT_PLAN, "1.100", {"role": "plan", "period": "2024-Q1"}),
        (_SPLIT_PLAN, "320", {"value": 320e9, "unit": "VND", "role": "plan"}),
        (_SPLIT_PLAN, "70", {"value": 70e9, "unit": "VND", "role": "plan", "period": "2024-Q1"}),
        ("BIỂU THU NGÂN SÁCH NĂM 2024\nĐơn vị tính: tỷ đồng\nChỉ tiêu | Dự toán 2024 | Quý I | Quý II | Ước Quý III\n"
         "Tổng thu | 4.800 | 1.100 | 1.250 | 1.200\n", "1.100", {"role": "actual", "period": "2024-Q1"}),
        ("BIỂU THU NGÂN SÁCH NĂM 2024\nĐơn vị tính: tỷ đồng\nChỉ tiêu | Kế hoạch 2024 | Quý I | Quý II | % KH\n"
         "Tổng thu | 4.800 | 1.100 | 1.250 | 49,0\n", "1.100", {"role": "actual", "period": "2024-Q1"}),
    ],
    ids=["a-quarter-beside-the-plan-alone", "the-unit-over-the-page-break", "its-quarter-over-the-page-break",
         "quarters-beside-an-estimate-are-results", "quarters-beside-a-comparison-with-the-plan-are-results"],
)
def test_quarters_splitting_a_plan_and_a_table_carried_over_a_page(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_FALL_IN_TWO_UNITS = ("Năm 2024, thu từ khu vực ngoài quốc doanh đạt 812 tỷ đồng, giảm 4,5% (-38 tỷ đồng) so với cùng "
                      "kỳ do giá vật liệu giảm.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_FALL_IN_TWO_UNITS, "4,5%", {"kind": "growth", "base": "previous_year"}),
        (_FALL_IN_TWO_UNITS, "-38", {"kind": "change", "role": "actual", "base": "previous_year"}),
        ("Quý II/2024, thu tiền thuê đất đạt 96 tỷ đồng, tăng 7,3% so với Quý II/2023.", "7,3%",
         {"base": "2023", "period": "2024-Q2"}),
    ],
    ids=["a-percent-compared-past-its-amount-in-brackets", "the-signed-amount-is-the-same-change",
         "the-same-quarter-of-a-named-year"],
)
def test_a_fall_in_percent_and_amount_and_a_quarter_compared_with(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_money_for_each_after_a_ranges_from_word_is_a_rate():
    f = figure_at("Năm 2024, hội đã trao 1.350 suất quà, mỗi suất từ 500.000 đến 800.000 đồng.", "500.000 đến 800.000")
    assert (f["unit"], f["kind"]) == ("VND_per_person", "rate")


def test_ages_after_an_age_span_word_name_a_group():
    text = "Năm 2024, có 76% lao động trong độ tuổi từ 18 đến 35 được đào tạo nghề."
    assert [r["surface"] for r in figures(text)] == ["76%"]



_ADOPTED_PLAN = """Điều 1. Thông qua kế hoạch phát triển rừng năm 2026 như sau:

1. Diện tích trồng rừng

Đơn vị tính: ha

TT | Nội dung | Hiện trạng năm 2025 | Kế hoạch năm 2026 | Tăng (+), giảm (-)
A | B | 1 | 2 | 3=2-1
1 | Rừng sản xuất | 320,5 | 341,0 | +20,5
2 | Rừng phòng hộ | 88,0 | 88,0 | 0

Đơn vị tính: ha

TT | Xã | Diện tích trồng mới | Số hộ tham gia
1 | Xã Tân Lập | 12,4 | 35
2 | Xã Hòa Bình | 8,1 | 21

Điều 2. Tổ chức thực hiện
"""


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("+20,5", {"value": 20.5, "unit": "ha", "kind": "change", "base": "2025", "role": "plan", "period": "2026"}),
        ("0", {"value": 0, "unit": "ha", "kind": "change"}),
        ("320,5", {"role": "actual", "period": "2025"}),
        ("12,4", {"unit": "ha", "role": "plan"}),
        ("35", {"unit": "count", "kind": "count", "role": "plan"}),
    ],
    ids=["signed-difference-by-key", "zero-difference", "stock-column", "plain-column-adopted", "number-of-column"],
)
def test_a_resolution_adopting_a_plan_and_its_tables(surface, expected):
    assert fields_at(_ADOPTED_PLAN, surface, expected) == expected


_CASES_TABLE = """Đơn vị tính: vụ

TT | Lĩnh vực | Tiếp nhận | Đã xử lý | Tỷ lệ (%)
1 | Khiếu nại | 420 | 401 | 95,5
"""


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_CASES_TABLE, "95,5", {"unit": "percent", "kind": "share", "base": None, "role": "actual"}),
        ("Tỷ lệ hồ sơ trễ hạn là 0,4%, bảo đảm chỉ tiêu Bộ Tư pháp giao (tỷ lệ trễ hạn không quá 2%, "
         "tỷ lệ sai sót không quá 1%).", "1%", {"role": "plan", "qualifier": "under"}),
        ("Tỷ lệ hồ sơ trễ hạn là 0,4%, bảo đảm chỉ tiêu Bộ Tư pháp giao (tỷ lệ trễ hạn không quá 2%, "
         "tỷ lệ sai sót không quá 1%).", "0,4%", {"role": "actual"}),
        ("Hoàn thành vượt chỉ tiêu tỉnh giao (đạt 104%).", "104%", {"role": "actual"}),
        ("Tổ chức 62 buổi tuyên truyền, vượt 12 buổi so với kế hoạch (kế hoạch 50 buổi).", "50",
         {"kind": "count", "role": "plan"}),
        ("Giá trị sản xuất tăng 5,5% (KH 6,5%).", "6,5%", {"kind": "growth", "role": "plan"}),
    ],
    ids=["resolved-of-received-share", "caps-after-an-assigned-target", "result-before-the-caps",
         "attainment-in-the-bracket", "plan-level-after-a-change-against-it", "target-of-the-same-growth"],
)
def test_a_target_spelled_out_in_brackets_and_a_share_of_the_column_before(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("9,6", {"role": "plan", "period": "2026"}), ("45", {"role": "plan", "period": "2026"})],
    ids=["bracket-after-the-earlier-plan", "count-after-it"],
)
def test_the_year_of_a_plan_carried_over_from_names_that_plan_not_a_time(surface, expected):
    text = ("Điều 1. Thông qua kế hoạch đầu tư công năm 2026 như sau:\n\nNăm 2026, huyện bố trí vốn cho 70 dự án, "
            "trong đó 25 dự án chuyển tiếp từ kế hoạch đầu tư công năm 2025 (vốn 9,6 tỷ đồng) "
            "và 45 dự án khởi công mới.\n")
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("412.000.000", {"role": "actual", "period": "2023"}), ("305.500.000", {"role": "actual", "period": "2023"})],
    ids=["carried-in-from-the-year-before", "carried-on-to-the-next-year"],
)
def test_a_budgets_sum_carried_between_years_is_of_the_year_settled(surface, expected):
    text = ("Điều 1. Phê chuẩn quyết toán ngân sách phường năm 2023 như sau:\n\n"
            "- Thu kết dư ngân sách năm 2022: 412.000.000 đồng.\n"
            "- Chi chuyển nguồn sang năm 2024: 305.500.000 đồng.\n")
    assert fields_at(text, surface, expected) == expected



_MONTHS = ("Báo cáo tiến độ giải ngân vốn đầu tư công 6 tháng năm 2025\n"
           "Tháng | Giải ngân trong tháng (triệu đồng) | Lũy kế từ đầu năm (triệu đồng) | Tỷ lệ so với kế hoạch (%)\n"
           "Tháng 4 | 8.120 | 30.455 | 21,3\n"
           "Tháng 5 | 9.310 | 39.765 | 27,8\n"
           "Tháng 6 (ước) | 12.040 | 51.805 | 36,2\n")
_FIVE_YEARS = ("Bảng 3: Kết quả chủ yếu giai đoạn 2019-2023\n"
               "STT | Chỉ tiêu | ĐVT | Năm 2019 | Năm 2020 | Năm 2021 | Năm 2022 | Năm 2023 | Tăng bình quân (%/năm)\n"
               "1 | Tổng đàn bò | Con | 41.300 | 42.150 | 43.870 | 44.020 | 45.610 | 2,5\n"
               "2 | Diện tích rừng trồng mới | Ha | 2.410 | 2.380 | 2.290 | 2.250 | 2.130 | -3,0\n"
               "Ghi chú: Số liệu năm 2023 là số ước tính.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_MONTHS, "8.120", {"period": "2025-04", "unit": "VND", "qualifier": "exact"}),
        (_MONTHS, "30.455", {"period": None}),
        (_MONTHS, "12.040", {"period": "2025-06", "unit": "VND", "qualifier": "estimated"}),
        (_MONTHS, "51.805", {"period": None, "unit": "VND", "qualifier": "estimated"}),
        (_MONTHS, "36,2", {"kind": "plan_ratio", "qualifier": "estimated"}),
        (_FIVE_YEARS, "2,5", {"unit": "percent", "kind": "growth", "period": "2019-2023", "base": None,
                              "qualifier": "exact"}),
        (_FIVE_YEARS, "-3,0", {"unit": "percent", "kind": "growth", "period": "2019-2023"}),
        (_FIVE_YEARS, "45.610", {"qualifier": "estimated", "period": "2023"}),
        (_FIVE_YEARS, "44.020", {"qualifier": "exact", "period": "2022"}),
        ("Tỷ lệ lao động qua đào tạo bình quân tăng 1,8 điểm phần trăm/năm.", "1,8",
         {"unit": "percentage_point", "kind": "change_points"}),
        (_MONTHS + "\n(Tỷ lệ tính trên kế hoạch vốn HĐND tỉnh giao 143.000 triệu đồng)\n", "27,8",
         {"kind": "plan_ratio", "base": "council_estimate"}),
        (_MONTHS, "21,3", {"kind": "plan_ratio", "base": "plan"}),
    ],
    ids=["a-months-row-is-that-month", "a-running-total-counts-from-the-years-start", "an-estimated-months-row",
         "keeps-its-unit", "and-its-ratio-is-estimated-too", "an-average-growth-column-is-of-the-span",
         "signed", "a-note-under-the-table-makes-a-years-column-estimated", "not-the-other-years",
         "points-a-year-are-points", "a-note-under-the-table-names-the-plans-giver", "none-names-no-giver"],
)
def test_rows_of_months_an_average_growth_column_a_note_of_estimates_and_points_a_year(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_FROM_TO = ("Năm 2024, số trang trại tăng từ 95 trang trại năm 2020 lên 168 trang trại năm 2024; "
            "tỷ lệ che phủ rừng tăng từ 48,2% năm 2020 lên 51,6% năm 2024, "
            "bình quân tăng 0,85 điểm phần trăm/năm trong giai đoạn 2021-2024.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_FROM_TO, "95", {"role": "context", "period": "2020"}),
        (_FROM_TO, "168", {"role": "actual", "period": "2024"}),
        (_FROM_TO, "48,2%", {"role": "context", "period": "2020"}),
        (_FROM_TO, "51,6%", {"role": "actual", "period": "2024"}),
        (_FROM_TO, "0,85", {"unit": "percentage_point", "period": "2021-2024"}),
        ("Năm 2024, doanh thu du lịch đạt 3.120 tỷ đồng, gấp 1,6 lần năm 2019.", "1,6",
         {"role": "actual", "period": "2024"}),
    ],
    ids=["the-level-moved-from-has-its-year", "the-level-reached-has-its-own", "a-rate-moved-from",
         "the-rate-reached", "the-yearly-average-after-them-is-of-its-span", "a-multiple-of-a-year-keeps-its-own"],
)
def test_each_level_of_a_move_has_the_year_after_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, thu ngân sách đạt 512 tỷ đồng, tăng 12 tỷ đồng so với kế hoạch (500 tỷ đồng).", "500",
         {"kind": "amount", "role": "plan"}),
        ("Năm 2024, thu ngân sách tăng 7,4%, vượt chỉ tiêu đề ra (7%).", "7%", {"kind": "growth", "role": "plan"}),
        ("Quý IV ước thu 1.200 tỷ đồng.", "1.200", {"qualifier": "estimated"}),
    ],
    ids=["the-level-a-change-compares-with-in-a-bracket", "a-growths-target-stays-a-growth",
         "an-estimate-of-revenue"],
)
def test_the_level_a_change_compares_with_and_an_estimated_revenue(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        ("Thu ngân sách quận 6 tháng đạt 1.420 tỷ đồng, bằng 52,4% dự toán Thành phố giao.", "52,4%",
         "provincial_estimate"),
        ("Thu ngân sách quận 6 tháng đạt 1.420 tỷ đồng, bằng 49,8% dự toán HĐND thành phố giao.", "49,8%",
         "council_estimate"),
    ],
    ids=["the-city-a-district-answers-to-is-its-province", "the-city-council-is-a-council"],
)
def test_a_districts_estimate_from_its_city(text, surface, base):
    assert fields_at(text, surface, ["base"]) == {"base": base}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Xuất khẩu 9 tháng năm 2024 tăng mạnh\nKim ngạch xuất khẩu của tỉnh xếp thứ 4 cả nước "
         "(cùng kỳ năm 2023 xếp thứ 6).", None),
        ("Xuất khẩu năm 2024 tăng mạnh\nKim ngạch xuất khẩu của tỉnh xếp thứ 4 cả nước "
         "(cùng kỳ năm 2023 xếp thứ 6).", "2023"),
    ],
    ids=["under-a-title-counting-months-the-same-period-has-no-code", "under-a-years-title-it-is-the-year"],
)
def test_a_title_counting_months_makes_the_same_period_a_year_before_running(text, period):
    assert fields_at(text, "6", ["period"]) == {"period": period}


_HALF_TABLE = ("Biểu 02: Kết quả tuyển sinh 6 tháng đầu năm 2026\n"
               "TT | Chỉ tiêu | ĐVT | KH 2026 | TH 6 tháng | % so KH\n"
               "1 | Học viên tuyển mới | Người | 900 | 430 | 47,8\n")
_HALF_TABLE_OF_ITS_YEAR = _HALF_TABLE.replace("TH 6 tháng", "Ước TH 6 tháng 2026")
_SECOND_HALF_LIST = ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026\n"
                     "- Tuyển mới 470 học viên trở lên, nâng tổng số cả năm lên 900 học viên;\n"
                     "- Tạo việc làm cho khoảng 640 lao động;\n"
                     "- Tăng tỷ lệ hộ dùng nước sạch lên 92% vào cuối năm 2026.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_HALF_TABLE, "430", {"role": "actual", "period": "2026-H1"}),
        (_HALF_TABLE, "47,8", {"kind": "plan_ratio", "base": "plan", "period": "2026-H1"}),
        (_HALF_TABLE, "900", {"role": "plan", "period": "2026"}),
        (_HALF_TABLE_OF_ITS_YEAR, "430", {"qualifier": "estimated", "period": "2026-H1"}),
        (_HALF_TABLE.replace("TH 6 tháng", "TH 6 tháng 2025"), "430", {"role": "actual", "period": "2025-H1"}),
        (_SECOND_HALF_LIST, "470", {"role": "plan", "period": "2026-H2"}),
        (_SECOND_HALF_LIST, "900", {"role": "plan", "period": "2026"}),
        (_SECOND_HALF_LIST, "640", {"role": "plan", "period": "2026-H2"}),
        (_SECOND_HALF_LIST, "92%", {"role": "plan", "period": "2026"}),
        ("Lớp ngắn hạn dưới 6 tháng 215 học viên, lớp từ 6 tháng trở lên 87 học viên.", "215",
         {"unit": "count", "kind": "count"}),
        ("Lớp ngắn hạn dưới 6 tháng 215 học viên, lớp từ 6 tháng trở lên 87 học viên.", "87",
         {"unit": "count", "kind": "count"}),
        ("- Tỷ lệ hộ nghèo có nhà ở kiên cố đạt từ 75% trở lên;", "75%",
         {"unit": "percent", "qualifier": "over"}),
    ],
    ids=["months-of-the-title", "their-ratio-to-plan", "the-years-plan", "months-of-the-titles-year",
         "the-same-half-of-another-year", "item-of-the-half", "item-naming-the-year",
         "next-item-of-the-half", "end-of-the-year-after", "count-after-a-course-length",
         "count-after-an-open-course-length", "a-rates-own-bound"],
)
def test_half_year_tables_list_items_and_bounds_after_a_length(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_BUDGET_AND_TARGETS = ("Vốn đầu tư công năm 2026 là 2.150 tỷ đồng; đến ngày 31/8/2026 đã giải ngân 1.204 tỷ đồng.\n"
                       "Phấn đấu tốc độ tăng trưởng kinh tế Quý IV/2026 đạt trên 8%, cả năm 2026 đạt từ 7 đến 7,5% "
                       "(chỉ tiêu Nghị quyết 7,8%). Bảo đảm cả năm thu ngân sách vượt dự toán Trung ương giao từ 3% "
                       "trở lên. Đề nghị tỉnh cấp 800 triệu đồng kinh phí sửa chữa trường học năm 2027.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_BUDGET_AND_TARGETS, "2.150", {"period": "2026"}),
        (_BUDGET_AND_TARGETS, "1.204", {"period": None}),
        (_BUDGET_AND_TARGETS, "7 đến 7,5%", {"kind": "growth"}),
        (_BUDGET_AND_TARGETS, "7,8%", {"kind": "growth"}),
        (_BUDGET_AND_TARGETS, "3%", {"kind": "growth", "base": "central_estimate"}),
        (_BUDGET_AND_TARGETS, "800", {"period": "2027"}),
        ("Tăng trưởng kinh tế 6 tháng đạt 5,9%, cả năm đạt 6,5%.", "6,5%", {"kind": "growth"}),
        ("Xuất khẩu nông sản tăng 14%, năm 2026 chiếm 41% kim ngạch.", "41%", {"kind": "share"}),
    ],
    ids=["the-years-plan", "done-to-a-day", "the-whole-year-of-a-growth", "its-target-in-brackets",
         "over-the-central-estimate-before-it", "money-for-a-years-need", "the-whole-year-without-its-number",
         "a-share-of-another-time"],
)
def test_a_day_a_clause_opens_with_another_time_of_a_growth_and_a_base_before_the_figure(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_POLICY_RESOLUTION = (
    "NGHỊ QUYẾT\nQuy định chính sách hỗ trợ phát triển cây dược liệu giai đoạn 2026 - 2030\n\n"
    "Điều 2. Điều kiện được hỗ trợ\n1. Hợp tác xã có trụ sở trên địa bàn tỉnh.\n"
    "2. Có vùng trồng tập trung, thuê tối thiểu 15 lao động địa phương và tiêu thụ ít nhất 60% sản lượng "
    "qua hợp đồng.\n\n"
    "Điều 3. Nguồn vốn\n1. Tổng vốn giai đoạn 2026 - 2030 dự kiến 40 tỷ đồng, trong đó ngân sách tỉnh 30 tỷ đồng.\n"
    "2. Lộ trình bố trí vốn: năm 2026 là 5 tỷ đồng; năm 2027 là 8 tỷ đồng.\n\n"
    "Điều 4. Mục tiêu\nSố hợp tác xã theo huyện:\n"
    "TT | Huyện | Hiện có đến 31/12/2025 (HTX) | Mục tiêu đến năm 2030 (HTX) | Trong đó có chứng nhận (HTX)\n"
    "1 | Huyện Sơn Hà | 12 | 20 | 6\n2 | Huyện Ba Tơ | 7 | 14 | 4\n | Tổng cộng | 19 | 34 | 10\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_POLICY_RESOLUTION, "15", None),
        (_POLICY_RESOLUTION, "60%", None),
        (_POLICY_RESOLUTION, "40", {"role": "plan", "period": "2026-2030"}),
        (_POLICY_RESOLUTION, "5", {"role": "plan", "period": "2026"}),
        (_POLICY_RESOLUTION, "12", {"role": "context", "period": "2025"}),
        (_POLICY_RESOLUTION, "20", {"role": "plan", "period": "2030"}),
        (_POLICY_RESOLUTION, "6", {"role": "plan", "period": "2030"}),
        ("Lao động theo quốc tịch: Hàn Quốc 410 người, Nhật Bản 95 người.", "95", {"unit": "count"}),
        ("Ủy ban nhân dân Phường 2 báo cáo tình hình.", "2", None),
    ],
    ids=["a-minimum-under-conditions", "a-minimum-share-under-conditions", "an-estimate-for-a-span-opening-now",
         "an-item-of-a-phasing", "the-stock-targets-start-from", "the-target-column", "a-part-column-of-the-target",
         "a-country-ending-with-a-label-word", "a-numbered-ward-stays-a-name"],
)
def test_a_policy_resolutions_conditions_phasing_and_targets_table(text, surface, expected):
    if expected is None:
        assert surface not in [r["surface"] for r in figures(text)]
    else:
        assert fields_at(text, surface, expected) == expected



_TWO_HORIZONS = ("I. KẾT QUẢ NĂM 2024\n\nToàn tỉnh có 512 trạm bơm.\n\n"
                 "II. MỤC TIÊU ĐẾN NĂM 2025 VÀ TẦM NHÌN ĐẾN NĂM 2035\n\n"
                 "1. Đến năm 2025:\na) Xây mới 14 trạm bơm.\n\n"
                 "2. Đến năm 2035:\na) Kiên cố hóa 90% kênh mương cấp I.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TWO_HORIZONS, "14", {"role": "plan", "period": "2025"}),
        (_TWO_HORIZONS, "90%", {"role": "plan", "period": "2035"}),
        ("Liên hoan Ẩm thực Hội An năm 2024 thu hút 41.200 lượt khách.", "41.200", {"period": None}),
        ("Năm 2024, các điểm du lịch ước đón 1,2 triệu lượt khách.", "1,2", {"qualifier": "estimated"}),
    ],
    ids=["a-sub-heading-of-the-nearer-year", "a-sub-heading-of-the-later-year-governs-its-items",
         "a-food-festival-named-with-its-year", "an-estimate-of-visitors"],
)
def test_sub_headings_of_targets_and_events_named_by_year(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_respectively_after_a_date_counts_no_times():
    text = "Năm 2024, hai phiên chợ ngày 3/2 và 17/2 lần lượt đón 5.100 và 4.800 lượt khách."
    assert [f["value"] for f in figures(text)] == [5100, 4800]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, trạm y tế xã được nâng quy mô từ 20 giường lên 30 giường.", "20",
         {"role": "context", "period": None}),
        ("Năm 2024, trạm y tế xã được nâng quy mô từ 20 giường lên 30 giường.", "30",
         {"role": "actual", "period": "2024"}),
        ("Năm 2024, nhà máy được nâng công suất từ 1.200 lên 2.000 m3/ngày đêm.", "1.200",
         {"unit": "m3_per_day", "kind": "rate"}),
    ],
    ids=["the-level-raised-from-has-no-time", "the-level-reached-is-of-the-year",
         "the-level-raised-from-takes-the-unit-after-the-level-reached"],
)
def test_a_level_raised_from_one_value_to_another(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_PRICE_DECISION = ("QUYẾT ĐỊNH:\nĐiều 1. Quy định bảng giá đất ở tại các khu dân cư\n"
                   "Đơn vị tính: nghìn đồng/m2\n"
                   "TT | Tên khu dân cư | Vị trí 1 | Vị trí 2\n"
                   "1 | Khu dân cư Bờ Sông | 12.400 | 7.300\n"
                   "2. Áp dụng hệ số 1,3 đối với giá đất ở tại thị trấn.\n"
                   "3. Giá đất chợ bằng 80% giá đất ở liền kề, nhưng không thấp hơn 900 nghìn đồng/m2.\n"
                   "4. Vị trí được tính theo chiều sâu: vị trí 2 từ trên 30 m đến 60 m, vị trí 3 từ trên 60 m.\n"
                   "Điều 2. Quyết định có hiệu lực từ ngày 01/8/2025.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_PRICE_DECISION, "12.400", {"unit": "VND_per_m2", "role": "context", "period": None}),
        (_PRICE_DECISION, "1,3", {"unit": "times", "kind": "other", "role": "context"}),
        (_PRICE_DECISION, "80%", {"kind": "share", "role": "context"}),
        (_PRICE_DECISION, "900", {"qualifier": "over", "kind": "rate", "role": "context"}),
        (_PRICE_DECISION, "30", None),
        (_PRICE_DECISION, "60", None),
        ("Năm 2024, chỉ số PCI của tỉnh xếp vị trí 12/63 tỉnh.", "12/63", {"unit": "count", "kind": "other"}),
        ("Năm 2024, doanh nghiệp nộp thuế không thấp hơn 5 tỷ đồng.", "5", {"qualifier": "over", "kind": "amount"}),
        ("Năm 2024, giá bán cao hơn 3.500 đồng/kg so với năm 2023.", "3.500", {"qualifier": "exact", "kind": "change"}),
        ("Năm 2024, thu ngân sách đạt 1.846 tỷ đồng, bằng 92,3% dự toán HĐND tỉnh giao (2.000 tỷ đồng).",
         "2.000", {"role": "plan"}),
    ],
    ids=["a-price-the-decision-sets", "a-coefficient-multiplies-the-price", "a-price-as-a-part-of-another",
         "a-floor-is-no-change", "a-depth-bound-naming-a-position", "the-end-of-that-bound",
         "a-rank-by-position", "a-negated-comparative-is-a-floor", "a-comparative-is-still-a-change",
         "the-estimate-given-in-brackets"],
)
def test_a_land_price_decision_its_coefficients_floors_and_positions(text, surface, expected):
    if expected is None:
        assert surface not in [r["surface"] for r in figures(text)]
    else:
        assert fields_at(text, surface, expected) == expected


_PRICE_REPORT = ("QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi giá đất ở tại một số tuyến đường\n"
                 "1. Giá đất ở đường Nguyễn Du là 30 triệu đồng/m2.\n"
                 "Điều 2. Quyết định có hiệu lực từ ngày 01/8/2025.\n\n"
                 "I. KẾT QUẢ THU NĂM 2024\nNăm 2024, tỉnh thu tiền sử dụng đất 1.200 tỷ đồng.\n"
                 "II. TÁC ĐỘNG\nGiá đất ở tại 4 tuyến đường tăng bình quân 12,4% so với bảng giá hiện hành; "
                 "mức tăng cao nhất 20% (đường Nguyễn Du), thấp nhất 6%. "
                 "Sau điều chỉnh, giá đất ở cao nhất là 30 triệu đồng/m2.\n"
                 "Lũy kế 4 tháng đầu năm 2025, tỉnh thu 410 tỷ đồng. "
                 "Dự kiến cả năm 2025 thu khoảng 1.350 tỷ đồng, tăng 12,5% so với năm 2024.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_PRICE_REPORT, "12,4%", {"kind": "growth", "role": "context"}),
        (_PRICE_REPORT, "6%", {"kind": "growth", "role": "context"}),
        (_PRICE_REPORT, "4", {"role": "context"}),
        (_PRICE_REPORT, "1.200", {"role": "actual", "period": "2024"}),
        ("I. KẾT QUẢ NĂM 2024\n2. Điều chỉnh bảng giá đất\nNăm 2024, tỉnh thu 120 tỷ đồng tiền sử dụng đất.\n",
         "120", {"role": "actual"}),
        (_PRICE_REPORT, "1.350", {"role": "actual", "period": "2025", "qualifier": "approx"}),
        ("I. KẾT QUẢ NĂM 2024\nDự kiến cả năm 2025 thu khoảng 1.350 tỷ đồng.\n", "1.350", {"role": "plan"}),
        ("I. KẾT QUẢ NĂM 2024\nBan ước thu đạt 9.000 tỷ đồng, cao hơn 60 tỷ đồng so với số liệu báo cáo "
         "của Ủy ban nhân dân tỉnh (8.940 tỷ đồng).\n", "8.940", {"role": "context", "period": "2024"}),
    ],
    ids=["the-set-prices-rise-over-the-table-in-force", "the-lowest-end-of-that-rise", "the-roads-it-covers",
         "a-result-in-the-explanatory-report", "a-reports-section-on-prices-sets-none",
         "a-forecast-of-a-year-under-way",
         "a-forecast-of-a-later-year-is-a-target", "another-documents-figure-is-of-the-same-period"],
)
def test_a_price_decisions_explanatory_report(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Phấn đấu hoàn thành 100% khối lượng kế hoạch trước ngày 20/12.", "100%", "plan_ratio"),
        ("Đã nạo vét 85% chiều dài kế hoạch của tuyến kênh.", "85%", "plan_ratio"),
        ("Diện tích liên kết chiếm 31,5% diện tích đã thu hoạch.", "31,5%", "share"),
        ("Quý II chiếm 28% tổng dự toán năm.", "28%", "share"),
        ("Tỷ lệ nợ xấu 1,1%, thấp hơn mức 3% theo Nghị quyết.", "3%", "share"),
    ],
    ids=["a-planned-volume", "a-planned-length", "a-share-of-what-was-done", "a-part-of-the-whole-plan",
         "a-ceiling-by-a-resolution"],
)
def test_a_percent_of_a_quantity_the_plan_sets(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind




_ADJUSTED_PLAN = ("BIỂU ĐIỀU CHỈNH KẾ HOẠCH VỐN GIAI ĐOẠN 2021-2025\n\nĐơn vị: triệu đồng\n\n"
                  "TT | Dự án | Lũy kế vốn đã bố trí đến hết năm 2023 | Điều chỉnh tăng (+), giảm (-)\n"
                  "A | CÁC CÔNG TRÌNH ĐIỀU CHỈNH GIẢM | 42.500 | -6.300\n"
                  "1 | Trường tiểu học xã Nam Hòa | 42.500 | -6.300\n2 | Trạm y tế xã Tân Cương | 18.200 | +6.300\n")
_SPAN_SO_FAR = ("Hà Giang, ngày 12 tháng 11 năm 2024\n\n"
                "I. TÌNH HÌNH THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2021-2025\n\n"
                "Lũy kế giải ngân từ năm 2021 đến hết năm 2023 đạt 512,4 tỷ đồng.\n")
_PUPILS = ("Cấp học | Năm học 2023-2024 |  | Năm học 2024-2025 |  | Tăng, giảm trẻ em\n"
           " | Số nhóm | Số trẻ | Số nhóm | Số trẻ | \n"
           "Nhà trẻ | 812 | 14.300 | 820 | 14.050 | -250\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [(_ADJUSTED_PLAN, "-6.300", {"value": -6300000000.0, "unit": "VND", "kind": "change", "role": "plan",
                                 "period": "2021-2025", "base": None}),
     (_ADJUSTED_PLAN, "42.500", {"role": "plan", "period": "2021-2023"}),
     (_PUPILS, "-250", {"value": -250.0, "unit": "count", "kind": "change", "period": "2024-2025",
                        "base": "previous_school_year"}),
     (_ADJUSTED_PLAN.replace("| 42.500 | -6.300\n1", "| 60.700 | -6.300\n1"), "60.700", {"kind": "amount"}),
     (_SPAN_SO_FAR, "512,4", {"role": "actual", "period": "2021-2023"}),
     (_SPAN_SO_FAR + "Lũy kế vốn đã bố trí từ năm 2021 đến hết năm 2023 là 530 tỷ đồng.\n", "530",
      {"role": "plan", "period": "2021-2023"}),
     (_SPAN_SO_FAR + "\nII. PHƯƠNG ÁN ĐIỀU CHỈNH\n\nGiảm 12,5 tỷ đồng của 3 công trình chưa khởi công.\n", "12,5",
      {"role": "plan"})],
    ids=["an-adjustment-column-is-a-change-of-the-titles-span", "capital-allotted-so-far-from-the-spans-start",
         "a-change-column-naming-what-it-counts", "a-group-of-projects-cut-is-no-fall",
         "a-total-from-a-year-to-a-year-in-the-span-a-heading-reports", "capital-allotted-so-far-is-a-plan",
         "a-heading-of-a-proposed-adjustment-opens-targets"],
)
def test_change_columns_without_a_percent_and_totals_over_part_of_a_span(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SCHOOL_OPENING = ("Huyện khai giảng năm học 2025-2026\n\n"
                   "Chiều 04/9, 86 trường tổ chức lễ khai giảng. Theo Phòng Giáo dục, năm học 2025-2026 toàn huyện "
                   "có 21.400 học sinh; trong đó lớp 6 có 2.150 em. Năm học này, huyện có 612 lớp, một số trường "
                   "có lớp trên 40 học sinh. Các đêm 30/4 và 01/5, 3 điểm vui chơi mở cửa. Năm 2025, huyện tuyển "
                   "thêm 25 giáo viên.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("86", {"value": 86.0}), ("2.150", {"period": "2025-2026"}), ("612", {"period": "2025-2026"}),
     ("3", {"value": 3.0})],
    ids=["a-day-after-a-part-of-the-day-is-a-date", "a-school-year-opens-its-sentence-without-a-comma",
         "this-school-year-is-the-one-opening-in-the-reports-year", "days-chained-with-va-end-before-the-count"],
)
def test_a_school_years_opening_article(surface, expected):
    assert fields_at(_SCHOOL_OPENING, surface, expected) == expected


def test_a_bound_on_a_noun_held_by_others_names_a_group():
    assert "40" not in [r["surface"] for r in figures(_SCHOOL_OPENING)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Kế hoạch vốn năm 2024 được giao là 950 tỷ đồng, trong đó vốn ngân sách tỉnh 620 tỷ đồng, chiếm 65,3%.",
      "65,3%", {"role": "plan"}),
     ("Năm 2024, huyện được giao bổ sung 35 biên chế công chức, đến nay đã tuyển 20 người.", "35", {"role": "plan"})],
    ids=["the-share-of-a-plans-part-is-a-plan", "posts-allotted-in-addition"],
)
def test_a_plans_parts_and_additions(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_PROJECTS = ("Năm 2024, tiến độ các công trình như sau:\n"
             "a) Công trình cầu Sông Hinh (chiều dài 320 m, chia thành 2 gói thầu): đã thi công 210 m dầm;\n"
             "b) Dự án kè bờ sông Đà (giải ngân 45 tỷ đồng): đạt 60% khối lượng.")


@pytest.mark.parametrize(
    ("surface", "role"),
    [("320", "context"), ("2", "context"), ("210", "actual"), ("45", "actual")],
    ids=["a-projects-length-in-its-bracket", "its-packages-after-it", "what-was-done-after-the-bracket",
         "a-bracket-opening-with-a-result"],
)
def test_a_projects_own_measures_in_a_bracket_after_its_name_are_background(surface, role):
    assert figure_at(_PROJECTS, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind", "base"),
    [("Cầu Sông Hinh thông xe chậm 3 tháng so với tiến độ đề ra.", "3", "change", "plan"),
     ("Trường mới khánh thành vượt tiến độ 2 tháng.", "2", "change", "plan")],
    ids=["a-delay-against-the-schedule", "a-lead-on-the-schedule"],
)
def test_a_delay_or_a_lead_in_months_against_a_schedule_is_a_change(text, surface, kind, base):
    row = figure_at(text, surface)
    assert (row["kind"], row["base"]) == (kind, base)


def test_a_length_of_time_with_no_schedule_word_stays_out():
    assert [r["surface"] for r in figures("Công trình thi công trong 3 tháng mùa khô đạt 85% khối lượng.")] == ["85%"]


_ALLOTTED = ("Năm 2024, tổng kế hoạch vốn giao cho 12 công trình thủy lợi là 420 tỷ đồng, trong đó vốn ngân sách "
             "tỉnh 150 tỷ đồng. Đến nay đã giải ngân 210 tỷ đồng.")


@pytest.mark.parametrize(
    ("surface", "role"),
    [("12", "actual"), ("420", "plan"), ("150", "plan"), ("210", "actual")],
    ids=["what-the-plan-is-allotted-to", "the-plan-stated-past-the-count", "its-part", "the-result-after-it"],
)
def test_a_plan_allotted_to_counted_things_is_a_target_and_the_count_a_result(surface, role):
    assert figure_at(_ALLOTTED, surface)["role"] == role


def test_a_fraction_before_a_scaled_unit_scales_both_its_parts():
    row = one("Huyện đã giải ngân 45,5/70 tỷ đồng vốn được giao.")
    assert (row["value"], row["denominator"], row["unit"]) == (45_500_000_000, 70_000_000_000, "VND")


def test_a_requirement_for_a_group_is_a_figure():
    row = figure_at("Thu nhập đạt 70 triệu đồng/người/năm (yêu cầu đối với xã nông thôn mới từ 60 triệu "
                    "đồng/người/năm trở lên).", "60")
    assert (row["role"], row["qualifier"]) == ("plan", "over")


_PLAN_YEAR = ("BÁO CÁO kết quả 6 tháng đầu năm 2024\n"
              "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024\n"
              "Giải ngân 6 tháng đạt 52,4/130 tỷ đồng kế hoạch vốn năm 2024.\n"
              "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n"
              "Phấn đấu giải ngân đạt 100% kế hoạch vốn năm 2024.\n")


@pytest.mark.parametrize(
    ("surface", "period"),
    [("52,4/130", "2024-H1"), ("100%", "2024")],
    ids=["a-part-done-against-the-years-plan-is-not-of-that-year", "reaching-the-years-plan-is-that-years-target"],
)
def test_the_year_of_a_plan_named_after_a_figure(surface, period):
    assert figure_at(_PLAN_YEAR, surface)["period"] == period


_DIRECTIONS = ("BÁO CÁO kết quả giải ngân 6 tháng đầu năm 2024\n"
               "II. NHIỆM VỤ THỜI GIAN TỚI\n"
               "Để đạt mục tiêu giải ngân hết kế hoạch vốn năm 2024, Ủy ban nhân dân huyện yêu cầu:\n"
               "- Phòng Tài chính: tham mưu điều chuyển khoảng 42,5 tỷ đồng sang các công trình đã có khối lượng.\n"
               "- Các xã: phấn đấu đến ngày 30/10/2024 giải ngân đạt trên 70% kế hoạch vốn, đến ngày "
               "31/12/2024 đạt 100% kế hoạch vốn.\n")


@pytest.mark.parametrize(
    ("surface", "period"),
    [("42,5", None), ("70%", None), ("100%", "2024")],
    ids=["a-purpose-lead-in-gives-its-goals-year-to-no-item", "a-target-for-a-day-counts-from-the-years-start",
         "a-target-for-the-years-last-day-is-that-years"],
)
def test_the_period_of_a_target_under_a_purpose_lead_in_or_for_a_day(surface, period):
    assert figure_at(_DIRECTIONS, surface)["period"] == period


_RATES = ("Có 4/9 xã có tỷ lệ giải ngân cao hơn bình quân của huyện; trong đó xã Tân Lập giải ngân đạt 61,2%, cao "
          "nhất huyện; thấp nhất là xã Đồng Tâm, chỉ đạt 12,7%. Vốn ngân sách tỉnh giải ngân 31,4 tỷ đồng, chỉ "
          "đạt 18,5%. Tổng vốn chương trình năm 2024 là 52,0 tỷ đồng, giải ngân đạt 88,1%.")


@pytest.mark.parametrize(
    ("surface", "kind"),
    [("61,2%", "plan_ratio"), ("12,7%", "plan_ratio"), ("18,5%", "plan_ratio"), ("88,1%", "share")],
    ids=["disbursed-with-no-plan-named", "a-like-clause-after-it", "limited-after-a-disbursed-amount",
         "after-a-total-the-share-of-it-disbursed"],
)
def test_a_disbursement_rate_with_no_plan_named_is_of_the_plan(surface, kind):
    assert figure_at(_RATES, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [("Còn 5 xã có tỷ lệ giải ngân dưới 30%, với tổng vốn 12,4 tỷ đồng.", "30%", False),
     ("Rà soát vốn của các công trình đến ngày 31/10/2024 giải ngân dưới 40%;", "40%", False),
     ("Xã có tỷ lệ giải ngân đến 30/9/2024 dưới 60% phải báo cáo nguyên nhân.", "60%", False),
     ("Tỷ lệ giải ngân của huyện đạt trên 90%.", "90%", True),
     ("Thủ trưởng đơn vị không hoàn thành giải ngân trên 90% kế hoạch vốn bị xem xét trách nhiệm.", "90%", False),
     ("Huyện phấn đấu giải ngân trên 90% kế hoạch vốn, bảo đảm tiến độ.", "90%", True)],
    ids=["a-count-having-a-disbursement-rate", "things-named-as-many-by-their-rate-by-a-day",
         "a-noun-having-a-rate-by-a-day", "the-rate-itself", "what-befalls-those-under-the-bound",
         "a-target-with-nothing-befalling"],
)
def test_a_bound_on_what_each_of_some_things_disbursed_names_a_group(text, surface, kept):
    assert (surface in [r["surface"] for r in figures(text)]) == kept


_PAST_THE_HALF = ("I. KẾT QUẢ GIẢI NGÂN 6 THÁNG ĐẦU NĂM 2024\n"
                  "Đến ngày 30/6/2024, toàn huyện giải ngân được 84,2 tỷ đồng. Dự kiến đến ngày 15/8/2024, toàn "
                  "huyện giải ngân khoảng 112,5 tỷ đồng.\n")


@pytest.mark.parametrize(
    ("surface", "period"),
    [("84,2", "2024-H1"), ("112,5", None)],
    ids=["an-as-of-day-inside-the-half", "an-as-of-day-past-the-half-counts-from-the-years-start"],
)
def test_an_as_of_day_past_the_headings_part_of_the_year(surface, period):
    assert figure_at(_PAST_THE_HALF, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "role"),
    [("Trong số 14 công trình trọng điểm, có 9/14 công trình hoàn thành đúng hạn.", "context"),
     ("Trong số 14 công trình trọng điểm, có 9 công trình hoàn thành đúng hạn.", "actual")],
    ids=["the-set-a-parts-attainment-is-of", "a-whole-with-a-bare-part-stays-a-result"],
)
def test_the_set_an_attainment_is_counted_in_is_context(text, role):
    assert figure_at(text, "14")["role"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [("Tham dự hội nghị có đại diện 12 xã, thị trấn và 35 hợp tác xã.", "context"),
     ("Toàn huyện có 12 xã đạt chuẩn nông thôn mới.", "actual")],
    ids=["who-attended-the-meeting", "a-count-of-results"],
)
def test_the_attendees_of_a_meeting_describe_it(text, role):
    assert figure_at(text, "12")["role"] == role


_PLAN_PARTS = ("Kế hoạch vốn năm 2024 từ ngân sách huyện là 86,4 tỷ đồng, từ ngân sách tỉnh là 40,2 tỷ đồng. "
               "Các xã có kế hoạch vốn năm 2024 là 25,3 tỷ đồng, chiếm 19,9% kế hoạch vốn toàn huyện.")


@pytest.mark.parametrize(
    ("surface", "role", "kind"),
    [("40,2", "plan", "amount"), ("19,9%", "plan", "share")],
    ids=["another-part-of-the-target", "a-parts-share-of-the-whole-plan"],
)
def test_a_like_figure_after_a_target_runs_on_with_it(surface, role, kind):
    row = figure_at(_PLAN_PARTS, surface)
    assert (row["role"], row["kind"]) == (role, kind)


_TERM_AMONG_TARGETS = ("II. NHIỆM VỤ TRỌNG TÂM\n"
                       "- Phấn đấu hoàn thành 8 công trình; nhà thầu chậm tiến độ bị phạt, mức phạt tối đa 10% giá "
                       "trị hợp đồng.\n")


@pytest.mark.parametrize(
    ("surface", "role"),
    [("8", "plan"), ("10%", "context")],
    ids=["a-target", "a-penalty-ceiling-is-a-term"],
)
def test_a_term_set_among_targets_is_context(surface, role):
    assert figure_at(_TERM_AMONG_TARGETS, surface)["role"] == role



def test_a_count_of_things_allotted_a_years_plan_takes_its_year():
    text = "I. KẾT QUẢ 9 THÁNG NĂM 2024\nCó 48 công trình được giao kế hoạch vốn năm 2024."
    assert figure_at(text, "48")["period"] == "2024"


def test_the_same_months_of_an_earlier_year_opening_a_clause_have_no_code():
    text = ("I. KẾT QUẢ GIẢI NGÂN 6 THÁNG ĐẦU NĂM 2024\n"
            "Đến ngày 30/6/2024, toàn huyện giải ngân đạt 41,3% kế hoạch vốn; cùng kỳ năm 2023 đạt 44,0%.\n")
    assert figure_at(text, "44,0%")["period"] is None


@pytest.mark.parametrize(
    ("text", "role"),
    [("Kết quả 9 tháng chưa đạt mục tiêu đề ra tại Kế hoạch số 12/KH-UBND ngày 15/01/2024 (giải ngân 9 tháng "
      "đạt trên 70% kế hoạch vốn).", "plan"),
     ("Kết quả 9 tháng vượt mục tiêu đề ra tại Kế hoạch số 12/KH-UBND ngày 15/01/2024 (đạt 70% kế hoạch vốn).",
      "actual")],
    ids=["a-target-fallen-short-of-spelled-out", "a-result-beating-the-target"],
)
def test_a_bracket_after_a_cited_target_fallen_short_of_spells_it(text, role):
    assert figure_at(text, "70%")["role"] == role


def test_a_time_named_in_a_figures_own_clause_after_it_beats_one_in_an_earlier_clause():
    text = ("II. NHIỆM VỤ THỜI GIAN TỚI\n"
            "- Ban Quản lý dự án hoàn thành bàn giao mặt bằng trong tháng 7/2024, dự kiến giải ngân thêm khoảng "
            "85 tỷ đồng trong Quý III/2024.\n")
    assert figure_at(text, "85")["period"] == "2024-Q3"


def test_a_time_after_a_count_of_whose_the_figure_is_still_names_its_period():
    text = ("II. NHIỆM VỤ THỜI GIAN TỚI\n"
            "- Các xã: hoàn thành bàn giao 12,5 ha mặt bằng còn lại của 4 công trình trong tháng 10/2024;\n")
    assert figure_at(text, "12,5")["period"] == "2024-10"


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("Sản lượng điện đạt 412 triệu kWh, bằng 98,7%² kế hoạch năm.", "98,7%",
         {"kind": "plan_ratio", "base": "plan"}),
        ("Doanh thu bán lẻ đạt 8.210 triệu đồng⁴, tăng 5%.", "8.210", {"unit": "VND", "kind": "amount"}),
        ("Xây dựng nhà văn hóa 350 m² sàn.", "350", {"unit": "m2", "kind": "amount"}),
    ],
    ids=["a-footnote-marker-before-the-plan", "a-footnote-marker-after-the-currency", "a-square-metre-is-no-marker"],
)
def test_a_superscript_footnote_marker_is_read_as_a_space(text, surface, fields):
    assert fields_at(text, surface, list(fields)) == fields


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("Lương bình quân một người một tháng của khối doanh nghiệp đạt 7.450 nghìn đồng.", "7.450",
         {"unit": "VND_per_person_per_month", "kind": "rate"}),
        ("Chi tiêu bình quân đầu người một tháng của hộ nghèo đạt 1.120 nghìn đồng, của hộ khá đạt 5.300 nghìn đồng.",
         "5.300", {"unit": "VND_per_person_per_month", "kind": "rate"}),
        ("Diện tích sàn nhà ở bình quân đầu người toàn tỉnh đạt 27,4 m2.", "27,4",
         {"unit": "m2_per_person", "kind": "rate"}),
        ("Phấn đấu nâng tỷ lệ hộ có nhà kiên cố lên 80% trở lên.", "80%", {"unit": "percent", "kind": "share"}),
        ("Mục tiêu là tăng thu nhập bình quân 1-2%/năm.", "1-2%", {"value": 1, "value_max": 2}),
    ],
    ids=["income-per-one-person-a-month", "another-groups-level-of-the-same-rate", "floor-area-per-head",
         "a-share-raised-to-a-level", "a-range-after-an-average"],
)
def test_rates_per_head_and_levels_reached(text, surface, fields):
    assert fields_at(text, surface, list(fields)) == fields


def test_the_round_group_a_count_is_per_is_no_figure():
    rows = figures("Trung bình 100 hộ có 52,3 máy giặt.")
    assert [r["surface"] for r in rows] == ["52,3"]


def test_a_machines_class_with_its_unit_is_no_figure():
    rows = figures("Trạm đã lắp đặt 6 máy bơm loại 2.500 m3/h.")
    assert [r["surface"] for r in rows] == ["6"]


def test_a_bound_on_the_change_each_of_a_counted_group_had_names_the_group():
    rows = figures("Có 12/15 xã, phường, thị trấn có doanh thu bình quân tăng trên 10% so với năm 2023.")
    assert [r["surface"] for r in rows] == ["12/15"]


def test_the_year_things_are_carried_over_to_is_not_their_period():
    row = figure_at("I. KẾT QUẢ NĂM 2024\nCòn 4 dự án chuyển sang năm 2025 do vướng mặt bằng.", "4")
    assert (row["counted"], row["period"]) == ("dự án", "2024")


def test_a_target_opening_its_sentence_and_stated_by_a_copula_is_a_plan():
    row = figure_at("I. KẾT QUẢ NĂM 2024\nMục tiêu của Chương trình là nâng tỷ lệ che phủ rừng lên 52%.", "52%")
    assert (row["role"], row["period"]) == ("plan", "2024")


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("Hệ số sử dụng đất năm 2024 là 1,85.", "1,85", {"unit": "count", "kind": "other"}),
        ("- Đưa 3.500 lượt khách đến các làng nghề, điểm du lịch cộng đồng mỗi năm;", "3.500",
         {"unit": "count_per_year", "kind": "rate"}),
    ],
    ids=["a-named-coefficient-opening-its-sentence", "a-time-word-ending-the-sentence-past-a-comma"],
)
def test_a_named_coefficient_and_a_count_per_year_named_at_the_sentences_end(text, surface, fields):
    assert fields_at(text, surface, list(fields)) == fields


@pytest.mark.parametrize(
    ("surface", "period"),
    [("2,8", "2022"), ("3,1", "2024")],
    ids=["the-brackets-opening-time", "a-later-part-naming-its-own-time"],
)
def test_each_part_of_a_bracket_of_other_levels_takes_the_time_it_names(surface, period):
    text = "Năm 2024, thành thị gấp 2,5 lần nông thôn (năm 2022 gấp 2,8 lần; vùng Tây Nguyên năm 2024 gấp 3,1 lần)."
    assert figure_at(text, surface)["period"] == period


def test_a_plan_opening_its_sentence_and_stated_by_a_copula_is_a_plan():
    row = figure_at("Kế hoạch vốn đầu tư công năm 2024 là 385 tỷ đồng theo Quyết định số 12/QĐ-UBND.", "385")
    assert (row["role"], row["period"]) == ("plan", "2024")


def test_an_earlier_years_sum_settled_in_the_period_is_its_result():
    text = ("I. KẾT QUẢ NĂM 2024\nTháng 11/2024, Sở Tài chính đã phê duyệt quyết toán vốn sự nghiệp năm 2023 "
            "là 52.310 triệu đồng.")
    row = figure_at(text, "52.310")
    assert (row["role"], row["period"]) == ("actual", "2023")


_FORECAST = ("BÁO CÁO KẾT QUẢ NĂM 2024\n"
             "I. KẾT QUẢ NĂM 2024\n"
             "Năng suất lúa đạt 61,2 tạ/ha.\n"
             "II. DỰ BÁO NĂM TỚI\n"
             "Dự kiến năm 2025, năng suất lúa đạt khoảng 62 tạ/ha.\n"
             "III. NHIỆM VỤ NĂM 2025\n"
             "Dự kiến năm 2025 gieo cấy 12.500 ha lúa.\n")


@pytest.mark.parametrize(
    ("surface", "role"),
    [("62", "actual"), ("12.500", "plan")],
    ids=["a-forecast-under-a-forecast-heading", "an-expectation-among-next-years-tasks"],
)
def test_a_later_year_forecast_under_a_heading_naming_a_forecast_is_no_target(surface, role):
    assert figure_at(_FORECAST, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Lớp | Sĩ số | Giỏi | | Khá | \n | | SL | % | SL | %\nLớp 10A | 40 | 12 | 30,5 | 21 | 52,5\n",
         "30,5", {"unit": "percent", "kind": "share"}),
        ("Lớp | Sĩ số | Giỏi | | Khá | \n | | SL | % | SL | %\nLớp 10A | 40 | 12 | 30,5 | 21 | 52,5\n",
         "21", {"unit": "count", "kind": "count"}),
        ("Chỉ số giá tiêu dùng bình quân (Năm trước = 100) - %\n | 2022 | 2023\nToàn tỉnh | 102,4 | 99,7\n",
         "99,7", {"unit": "percent", "kind": "plan_ratio", "base": "previous_year", "period": "2023"}),
        ("Theo số liệu sơ bộ, vốn đầu tư trên địa bàn năm 2023 đạt 5.120 tỷ đồng.", "5.120",
         {"qualifier": "estimated", "role": "actual"}),
        ("Đơn vị tính: Tỷ đồng\n | 2022 | Sơ bộ 2023\nTổng số | 4.810 | 5.120\n", "5.120",
         {"qualifier": "estimated", "period": "2023"}),
        ("Đơn vị tính: Người\n | 2022 | 2023\nTổng số | 1.200 | 1.250\nPhân theo khu vực\nThành thị | 450 | 470\n",
         "470", {"value": 470, "period": "2023"}),
        ("Số liệu các năm 2019, 2020 đã được rà soát lại.\nNăm 2023, doanh thu đạt 120 tỷ đồng, gấp 1,5 lần năm 2019.",
         "120", {"role": "actual", "period": "2023"}),
    ],
    ids=["a-lone-percent-sub-header-names-the-unit", "its-count-beside-it", "an-index-on-the-year-before",
         "preliminary-figures-are-estimates", "a-preliminary-column", "a-group-line-between-rows",
         "several-years-and-a-multiples-base-name-no-report-year"],
)
def test_a_yearbooks_indices_preliminary_figures_and_group_lines(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Chỉ số sản xuất công nghiệp (Năm trước = 100) - %\n | 2022 | 2023\nToàn tỉnh | 108,2 | 109,5\n", "100"),
        ("Sản lượng lúa đạt 52.300 tấn.\n\n25 | Báo cáo tình hình kinh tế - xã hội huyện năm 2023\n", "25"),
    ],
    ids=["the-hundred-an-index-is-on", "a-page-number-beside-a-running-title"],
)
def test_an_index_base_and_a_page_number_are_no_figures(text, surface):
    assert surface not in [r["surface"] for r in figures(text)]


_PROPOSAL = ("II. HIỆN TRẠNG\nHuyện có 24 đơn vị hành chính cấp xã.\n"
             "III. PHƯƠNG ÁN HỢP NHẤT CÁC XÃ NĂM 2026\nSau hợp nhất, huyện còn 9 xã.\n"
             "TT | Xã sau hợp nhất | Diện tích (km2) | Tỷ lệ so với tiêu chuẩn (%) | Quy mô dân số (người)\n"
             "1 | Xã Đông Hòa | 41,5 | 138,3 | 22.140\n"
             "2 | Xã Tây Hòa | 36,2 | 120,7 | 19.870\n")
_WATER_FORECAST = ("I. TÌNH HÌNH TUẦN QUA\nMực nước cao nhất đạt 2,15 m.\n"
             "II. DỰ BÁO MỰC NƯỚC 5 NGÀY TỚI\nMực nước cao nhất tại trạm Tân Châu từ 2,20 đến 2,30 m, "
             "tại trạm Châu Đốc khoảng 2,40 m.\n"
             "III. DỰ BÁO VÀ KIẾN NGHỊ\nCác xã cần gia cố 12 km đê bao.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_PROPOSAL, "24", {"role": "actual"}),
        (_PROPOSAL, "9", {"role": "plan", "period": "2026"}),
        (_PROPOSAL, "41,5", {"role": "plan", "period": "2026"}),
        (_PROPOSAL, "120,7", {"role": "plan", "period": "2026", "kind": "plan_ratio"}),
        (_PROPOSAL, "22.140", {"role": "plan", "period": "2026", "kind": "count"}),
        (_WATER_FORECAST, "2,15", {"qualifier": "exact"}),
        (_WATER_FORECAST, "2,20 đến 2,30", {"qualifier": "estimated", "role": "actual"}),
        (_WATER_FORECAST, "2,40", {"qualifier": "approx"}),
        (_WATER_FORECAST, "12", {"qualifier": "exact"}),
    ],
    ids=["the-present-state-is-a-result", "a-proposals-heading-opens-targets", "its-table-holds-targets",
         "a-ratio-of-the-column-before-is-a-target-too", "a-populations-size-is-no-projects-design",
         "a-result-before-the-forecast", "a-forecasts-figure-is-an-estimate", "its-own-qualifier-stands",
         "a-heading-with-recommendations-estimates-nothing"],
)
def test_proposals_open_targets_and_forecasts_estimate(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_TARGET_TABLE = ("II. KẾ HOẠCH TUYỂN SINH NĂM HỌC 2025-2026\n"
                 "TT | Cấp học | Số lớp | Tăng, giảm so với năm học trước (%)\n"
                 "1 | Mầm non | 120 | 3,4\n"
                 "2 | Tiểu học | 310 | -1,2\n")
_RESULT_TABLE = ("I. KẾT QUẢ NĂM HỌC 2024-2025\n"
                 "TT | Cấp học | Số lớp | Tăng, giảm so với năm học trước (%)\n"
                 "1 | Mầm non | 116 | 2,7\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TARGET_TABLE, "120", {"role": "plan"}),
        (_TARGET_TABLE, "3,4", {"role": "plan", "kind": "growth"}),
        (_TARGET_TABLE, "-1,2", {"role": "plan", "kind": "growth"}),
        (_RESULT_TABLE, "2,7", {"role": "actual", "kind": "growth"}),
        ("III. KẾ HOẠCH THỰC HIỆN ĐỀ ÁN CHĂN NUÔI\nBiểu 02: ĐÀN VẬT NUÔI THEO LOẠI\n"
         "TT | Loại vật nuôi | ĐVT | Số lượng | Tăng/giảm so với năm 2024 (%)\n1 | Đàn bò | Con | 8.200 | 4,5\n",
         "4,5", {"role": "plan", "kind": "growth"}),
    ],
    ids=["the-targets-column", "its-change-is-a-target-too", "a-fall-too", "under-results-it-stays-a-result",
         "under-a-title-naming-no-time"],
)
def test_a_change_column_beside_targets_is_a_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_LEVELS = ("Bảng 2. Mực nước cao nhất\n"
           "TT | Trạm | Độ mặn cao nhất (‰) | Ngày xuất hiện | Cùng kỳ 2023 (‰) | Chênh lệch (‰)\n"
           "1 | Mỹ Tho | 9,8 | 14/2 | 8,1 | +1,7\n"
           "2 | Vàm Kênh | 11,2 | 15/2 | 11,5 | -0,3\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_LEVELS, "+1,7", {"unit": "per_mille_point", "kind": "change_points"}),
        (_LEVELS, "-0,3", {"unit": "per_mille_point", "kind": "change_points"}),
        (_LEVELS, "9,8", {"unit": "per_mille", "kind": "share"}),
        ("Độ mặn tại 3/6 trạm thấp hơn 0,8‰ so với tuần trước.", "0,8‰",
         {"unit": "per_mille_point", "kind": "change_points"}),
        ("Năng suất lúa cao hơn cùng vụ năm 2023 từ 3 đến 5 tạ/ha.", "3 đến 5", {"kind": "change", "base": "2023"}),
    ],
    ids=["a-difference-in-per-mille-is-in-points", "a-negative-one-too", "a-level-stays-a-level",
         "a-count-before-a-comparative-ends-its-noun", "a-year-named-between-a-comparative-and-its-range"],
)
def test_differences_of_rates_and_comparatives(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_day_under_a_column_of_days_is_a_date():
    assert "14/2" not in [r["surface"] for r in figures(_LEVELS)]


@pytest.mark.parametrize(
    "text",
    ["Đường đẳng mặn 4‰ tiến sâu 42 km; ranh mặn 1‰ vào sâu 65 km.",
     "Các trạm bơm chỉ vận hành khi độ mặn dưới 0,7‰.",
     "Ngừng lấy nước khi độ mặn từ 2‰ trở lên."],
    ids=["a-line-named-by-its-level", "a-bound-after-khi-and-its-measure", "a-threshold-after-khi"],
)
def test_levels_naming_a_line_or_a_condition_are_no_figures(text):
    assert not any(r["unit"] == "per_mille" for r in figures(text))


def test_a_bound_after_khi_with_a_verb_is_a_result():
    assert figure_at("Khi dự án hoàn thành đạt trên 500 tỷ đồng.", "500")["qualifier"] == "over"


@pytest.mark.parametrize(
    "text",
    ["Bản tin phát hành lúc 16 giờ 30 ngày 02/4/2025.", "Dự báo trong 5 ngày tới, mực nước tiếp tục lên.",
     "Cấp độ rủi ro thiên tai do nắng nóng: cấp 3."],
    ids=["a-clock-times-minutes", "a-stretch-ahead", "a-level-named-by-its-number"],
)
def test_clock_minutes_stretches_ahead_and_levels_are_no_figures(text):
    assert figures(text) == []


def test_a_count_after_the_issuing_verb_is_a_figure():
    assert figure_at("Sở đã cấp 1.250 giấy chứng nhận quyền sử dụng đất.", "1.250")["kind"] == "count"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Ranh mặn 4‰ vào sâu 47 km, sâu hơn cùng kỳ năm 2023 khoảng 5 km.", "5",
         {"kind": "change", "period": None}),
        ("Độ mặn tại cửa sông cao hơn cùng kỳ năm 2023 từ 0,5 đến 1,5‰.", "0,5 đến 1,5‰",
         {"kind": "change_points", "period": None}),
    ],
    ids=["a-length-deeper-than-a-year-before", "a-rate-higher-than-a-year-before"],
)
def test_a_comparatives_year_is_its_base_not_its_period(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_MERGER = ("PHƯƠNG ÁN\nHợp nhất các xã của huyện năm 2026\n\n"
           "I. CƠ SỞ\nXã sau hợp nhất phải bảo đảm diện tích tự nhiên từ 25 km2 trở lên và dân số từ 12.000 người "
           "trở lên.\n"
           "II. HIỆN TRẠNG\nHuyện có 21 xã, thị trấn.\n"
           "III. PHƯƠNG ÁN HỢP NHẤT NĂM 2026\nSố xã từ 21 đơn vị giảm còn 8 xã.\n"
           "IV. CÁN BỘ VÀ KINH PHÍ\nSố cán bộ dôi dư dự kiến 95 người; "
           "kinh phí thực hiện dự kiến khoảng 9,2 tỷ đồng.\n")


@pytest.mark.parametrize(
    ("surface", "role"),
    [("25", "plan"), ("12.000", "plan"), ("21", "actual"), ("8", "plan"), ("95", "plan"), ("9,2", "plan")],
    ids=["a-standard-required", "the-requirement-spreads", "the-present-state", "the-proposed-level",
         "what-a-proposal-expects", "its-expected-funding"],
)
def test_a_proposals_requirements_and_expectations_are_targets(surface, role):
    assert figure_at(_MERGER, surface)["role"] == role


def test_the_level_a_proposed_fall_starts_from_is_context():
    assert [r["role"] for r in figures(_MERGER) if r["surface"] == "21"] == ["actual", "context"]


def test_expectations_outside_a_proposal_stay_results():
    text = "BÁO CÁO\nTình hình năm 2025\n\nI. KẾT QUẢ\nSố cán bộ dôi dư dự kiến 95 người."
    assert figure_at(text, "95")["role"] == "actual"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Mực nước đạt 2,4 m, cao hơn trung bình nhiều năm 0,35 m.", "0,35", "change"),
        ("Lũ lên cao hơn đỉnh lũ năm trước khoảng 12 cm.", "12", "change"),
        ("Nợ xấu chiếm 1,8% tổng dư nợ, thấp hơn mức 3% theo quy định.", "3%", "share"),
    ],
    ids=["a-comparative-and-its-base-then-the-gap", "with-a-qualifier-between", "a-level-word-names-the-level"],
)
def test_a_comparatives_gap_after_its_base_is_a_change(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    "text",
    ["Các hộ chủ động trữ nước ngọt đủ dùng từ 10 đến 15 ngày.", "Mỗi hộ trữ lương thực đủ dùng 30 ngày."],
    ids=["a-range-a-store-must-last", "the-time-a-store-must-last"],
)
def test_how_long_a_store_must_last_is_no_figure(text):
    assert figures(text) == []


def test_an_excess_not_to_be_let_is_a_ceiling():
    text = "Huyện đặt mục tiêu không để diện tích bị hại quá 8% diện tích gieo trồng."
    assert figure_at(text, "8%")["qualifier"] == "under"


def test_a_percent_of_a_standard_is_a_ratio_to_a_norm():
    text = "Xã có diện tích nhỏ nhất là xã An Lạc với 8,4 km2, chỉ đạt 28% tiêu chuẩn."
    assert figure_at(text, "28%")["kind"] == "plan_ratio"


def test_a_cases_threshold_on_a_count_is_a_condition():
    text = "Trường hợp hợp nhất từ 4 xã trở lên thì không bắt buộc đạt tiêu chuẩn về dân số."
    assert figures(text) == []


_TITLED_TABLE = ("Tin tức\n\nKết quả huy động vốn của quỹ năm 2023\n"
                 "TT | Nguồn vốn | Số dư (triệu đồng) | Tăng, giảm so với đầu năm (triệu đồng)\n"
                 "1 | Vốn tự có | 215.400 | -12.300\n")
_COST_PLAN = ("KẾ HOẠCH\nTổ chức hội thi năm 2026\n\n1. Chỉ tiêu năm 2026:\n- Có 12 đội tham gia.\n\n"
              "2. KINH PHÍ\nTT | Nội dung | Đơn vị tính | Số lượng | Thành tiền (đồng)\n"
              "1 | Giải thưởng | Giải | 9 | 27.000.000\n")


@pytest.mark.parametrize(
    ("text", "surface", "period", "base"),
    [(_TITLED_TABLE, "215.400", "2023", None), (_TITLED_TABLE, "-12.300", "2023", "2022"),
     (_COST_PLAN, "27.000.000", "2026", None)],
    ids=["a-one-line-paragraph-over-a-table-titles-it", "a-column-against-the-start-of-the-titles-year",
         "a-table-naming-no-time-in-the-closing-targets-of-a-year"],
)
def test_tables_take_the_year_of_a_standalone_title_or_of_the_targets_they_close(text, surface, period, base):
    row = figure_at(text, surface)
    assert (row["period"], row["base"]) == (period, base)


def test_a_change_and_its_bracketed_percent_compare_with_the_start_of_the_year():
    text = "Năm 2023, tổng dư nợ đạt 2.150 tỷ đồng, tăng 185 tỷ đồng (+9,4%) so với đầu năm."
    assert [figure_at(text, s)["base"] for s in ("185", "+9,4%")] == ["2022", "2022"]


_EVENT_PLAN = ("KẾ HOẠCH\nTổ chức tháng hành động vì môi trường năm 2026\n\n"
               "Năm 2025, huyện đã tổ chức 14 đợt ra quân, kinh phí thực hiện 0,85 tỷ đồng.\n\n"
               "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: thu hút sự tham gia của 90% hộ gia đình trên địa bàn.\n")


@pytest.mark.parametrize(
    ("surface", "role", "period"),
    [("14", "actual", "2025"), ("0,85", "actual", "2025"), ("90%", "plan", "2026")],
    ids=["the-year-before-a-plans-year-is-its-latest-result", "so-is-the-rest-of-its-sentence",
         "a-plans-aim-naming-no-time-is-of-its-year"],
)
def test_a_plan_of_a_year_reads_its_year_before_as_results_and_its_aims_as_that_years(surface, role, period):
    row = figure_at(_EVENT_PLAN, surface)
    assert (row["role"], row["period"]) == (role, period)


def test_a_future_word_after_a_later_years_quarter_sets_a_target():
    text = ("Năm 2024, quỹ đã cho vay 320 tỷ đồng. Bà Lan cho biết: “Trong Quý II/2025, quỹ sẽ cho vay "
            "thêm ít nhất 90 tỷ đồng”.")
    assert figure_at(text, "90")["role"] == "plan"


_ACT_TERMS = ("Theo Nghị định số 12/2025/NĐ-CP của Chính phủ, mức hỗ trợ cho mỗi hộ là 40 triệu đồng/hộ; phí dịch vụ "
              "là 0,2%/tháng. Hộ tái định cư được vay tối đa 60 triệu đồng/hộ.\n"
              "Năm 2025, quỹ đã giải ngân 48 triệu đồng/hộ.")


@pytest.mark.parametrize(
    ("surface", "role"),
    [("40", "context"), ("0,2%", "context"), ("60", "context"), ("48", "actual")],
    ids=["a-rate-an-act-opening-its-sentence-sets", "a-rate-per-month-it-sets", "a-bound-in-the-next-sentence",
         "a-rate-of-the-next-paragraph-is-a-result"],
)
def test_rates_and_bounds_stated_after_the_act_setting_them_are_terms(surface, role):
    assert figure_at(_ACT_TERMS, surface)["role"] == role


def test_overdue_debt_on_a_day_is_a_balance_of_that_day():
    text = "I. KẾT QUẢ\nNợ quá hạn đến ngày 30/6/2025 còn 2,8 tỷ đồng, chiếm 0,05% tổng dư nợ."
    assert figure_at(text, "2,8")["period"] == "2025-06"


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Có 11/12 xã, thị trấn có tỷ lệ hộ nghèo dưới 2%.", "2%", False),
     ("Có 4 xã có tỷ lệ hộ nghèo trên 9% là xã A, xã B, xã C và xã D.", "9%", True),
     ("Còn 5/7 xã có tỷ lệ hộ thanh toán không tiền mặt dưới 30%.", "30%", False)],
    ids=["how-many-of-all-meet-a-bound", "a-bound-of-the-units-a-count-names", "a-longer-measure-each-one-has"],
)
def test_a_percent_bound_after_a_count_of_all_units_names_a_group(text, surface, is_figure):
    assert (surface in [f["surface"] for f in figures(text)]) is is_figure


def test_the_level_in_brackets_after_the_start_of_the_year_is_of_the_year_before():
    text = ("I. KẾT QUẢ NĂM 2025\nTỷ lệ nợ xấu đến ngày 31/12/2025 là 1,2%, giảm 0,4 điểm phần trăm "
            "so với đầu năm (1,6%).")
    assert figure_at(text, "1,6%")["period"] == "2024"


def test_a_plans_type_line_alone_is_read_without_a_title():
    assert figures("KẾ HOẠCH") == []


@pytest.mark.parametrize(
    ("text", "surfaces", "counted"),
    [("Có 12/15 giếng khoan ghi nhận độ mặn trên 2‰.", ["12/15"], "giếng khoan"),
     ("Trong tháng, 7 trạm ghi nhận lượng mưa trên 10% so với trung bình.", ["7", "10%"], "trạm")],
    ids=["a-bound-on-what-each-recorded-names-them", "a-count-ends-before-what-it-recorded"],
)
def test_what_the_counted_things_recorded_follows_their_noun(text, surfaces, counted):
    rows = figures(text)
    assert [r["surface"] for r in rows] == surfaces
    assert rows[0]["counted"] == counted


_SCHEME_FUNDING = ("ĐỀ ÁN\nPhát triển du lịch cộng đồng huyện giai đoạn 2026-2028\n"
                   "Năm 2025, toàn huyện đón 120.000 lượt khách.\n"
                   "II. NHIỆM VỤ, GIẢI PHÁP\nXây dựng 4 điểm du lịch cộng đồng.\n"
                   "Bảng: KINH PHÍ THỰC HIỆN GIAI ĐOẠN 2026-2028\nĐơn vị tính: triệu đồng\n"
                   "Nguồn vốn | Tổng | 2026 | 2027 | 2028\n"
                   "Ngân sách tỉnh | 9.300 | 2.800 | 3.100 | 3.400\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SCHEME_FUNDING, "2.800", {"role": "plan", "period": "2026"}),
        (_SCHEME_FUNDING, "3.400", {"role": "plan", "period": "2028"}),
        ("Báo cáo năm 2025.\nI. KẾT QUẢ NĂM 2025\nChỉ tiêu | ĐVT | 2024 | 2025\nSố khách | Lượt | 95.000 | 120.000\n",
         "120.000", {"role": "actual", "period": "2025"}),
    ],
    ids=["a-later-years-column-in-a-section-of-targets", "the-last-year-column", "the-reports-own-year-column"],
)
def test_a_later_years_column_naming_no_role_in_a_section_of_targets_plans_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_PHASED_TARGETS = ("KẾ HOẠCH\nPhát triển thương mại điện tử năm 2025\n"
                   "II. MỤC TIÊU\n1. Mục tiêu cụ thể\n"
                   "a) Giai đoạn 2026-2027:\n- Trên 40% hộ kinh doanh bán hàng trên sàn thương mại điện tử;\n"
                   "- Đến hết năm 2026, 12/12 xã có điểm giới thiệu sản phẩm.\n"
                   "b) Năm 2028:\n- Có ít nhất 300 sản phẩm OCOP được bán trực tuyến.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("40%", {"role": "plan", "period": "2026-2027"}),
     ("12/12", {"role": "plan", "period": "2026"}),
     ("300", {"role": "plan", "period": "2028"})],
    ids=["an-item-of-a-phase-takes-its-span", "an-item-naming-its-own-year-keeps-it", "a-phase-of-one-year"],
)
def test_a_phases_lettered_lead_in_under_targets_gives_its_items_its_period(surface, expected):
    assert fields_at(_PHASED_TARGETS, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [("II. NHIỆM VỤ\n1. Cấp 500 tài khoản định danh điện tử (VNeID) cho học sinh trong năm 2026.", "2026"),
     ("II. NHIỆM VỤ\n1. Cấp 500 tài khoản định danh điện tử (mức độ 2) cho học sinh trong năm 2026.", None)],
    ids=["a-bracket-naming-a-thing-goes-on-with-the-clause", "a-bracket-holding-a-number-ends-it"],
)
def test_a_time_after_a_bracket_naming_a_thing_is_the_figures(text, period):
    assert figure_at(text, "500")["period"] == period


_STATE_BY_A_MONTH = ("ĐỀ ÁN\nNâng cao chất lượng nguồn nhân lực du lịch\n"
                     "1. Thực trạng {as_of}\nNăm 2024, toàn tỉnh mở 120 lớp tập huấn. Năm 2024 có 3.400 lao động "
                     "du lịch. Tỷ lệ lao động được đào tạo ước đến hết năm 2025 đạt khoảng 70%.\n")


@pytest.mark.parametrize(
    ("as_of", "role"),
    [("đến tháng 9/2025", "actual"), ("nguồn nhân lực", "plan")],
    ids=["an-estimate-of-the-year-the-heading-reports-part-of", "a-later-year-under-a-heading-naming-none"],
)
def test_a_year_end_estimate_of_the_year_a_heading_reports_part_of_is_a_result(as_of, role):
    assert figure_at(_STATE_BY_A_MONTH.format(as_of=as_of), "70%")["role"] == role


_GROUPED_ROWS = """Bảng: Kết quả giải quyết năm 2024

TT | Chỉ tiêu | Tổng số | Đã giải quyết | Tỷ lệ (%) | Chỉ tiêu giao (%)
I | Về hồ sơ (hồ sơ) | 2.400 | 2.160 | 90,0 | 88,0
1 | Cấp tỉnh | 400 | 380 | 95,0 |
2 | Cấp huyện | 2.000 | 1.780 | 89,0 |
II | Về kinh phí (nghìn đồng) | 7.250.000 | 5.800.000 | 80,0 | 75,5
1 | Cấp tỉnh | 1.250.000 | 1.100.000 | 88,0 |
"""


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_GROUPED_ROWS, "380", {"unit": "count", "kind": "count"}),
        (_GROUPED_ROWS, "1.250.000", {"unit": "VND", "value": 1250000000, "kind": "amount"}),
        (_GROUPED_ROWS, "88,0", {"unit": "percent", "role": "plan"}),
        (_GROUPED_ROWS, "75,5", {"unit": "percent", "role": "plan"}),
        ("Năm 2024, tòa thụ lý 5.200 vụ. Số vụ chuyển sang năm 2025 là 830 vụ.", "830", {"role": "actual"}),
        ("Năm 2024, huyện gieo cấy 40.000 ha lúa.\n\nTheo kế hoạch, vụ Đông Xuân 2024-2025 huyện dự kiến gieo cấy "
         "khoảng 12.300 ha lúa.", "12.300", {"role": "plan", "period": "2025"}),
    ],
    ids=["a-sub-row-takes-its-groups-unit", "a-sub-row-takes-its-groups-scale",
         "a-target-rate-column-under-a-count-row", "a-target-rate-column-under-a-money-row",
         "things-carried-over-to-next-year-are-this-years",
         "a-season-opening-this-year-estimated-is-planned"],
)
def test_row_groups_target_rate_columns_carried_years_and_next_season(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_PROGRAMMES = ("Báo cáo công tác năm 2024.\nII. CHĂM LO CHO HỘI VIÊN\n"
               "Cuộc thi “Nông dân giỏi” năm 2024 có 1.250 hội viên tham gia. "
               "Chương trình “Mái ấm nghĩa tình” năm 2024 đã xây 36 căn nhà.\n"
               "III. NHIỆM VỤ NĂM 2025\nChương trình “Mái ấm nghĩa tình” năm 2026 dự kiến xây 40 căn nhà.\n"
               "Năm 2024, “Ngày hội việc làm” đón 3.400 lượt người.")


@pytest.mark.parametrize(
    ("surface", "period"),
    [("1.250", None), ("36", None), ("40", "2025"), ("3.400", "2024")],
    ids=["a-contest-named-with-its-year", "a-programme-named-with-its-year", "next-years-programme-in-the-targets",
         "a-quoted-name-after-the-year-names-none"],
)
def test_a_quoted_programme_named_with_its_year_gives_no_period(surface, period):
    assert figure_at(_PROGRAMMES, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [("Thời gian giải quyết hồ sơ bình quân là 2,5 giờ, giảm 0,5 giờ so với năm 2023.", "2,5", "count", "amount"),
     ("Thời gian xử lý trung bình mỗi cuộc gọi dưới 3 phút.", "3", "count", "amount")],
    ids=["an-average-length-in-hours", "a-bound-on-an-average-length-in-minutes"],
)
def test_an_average_length_in_hours_or_minutes_is_a_level(text, surface, unit, kind):
    row = figure_at(text, surface)
    assert (row["unit"], row["kind"]) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "is_figure"),
    [("Cuộc họp bắt đầu lúc 8 giờ sáng.", False), ("Các đội đã trực 24 giờ trong dịp Tết.", False)],
    ids=["a-time-of-day", "a-length-without-an-average"],
)
def test_hours_without_an_average_word_stay_out(text, is_figure):
    assert any(f["surface"] in ("8", "24") for f in figures(text)) is is_figure


def test_times_per_year_is_how_often_a_count():
    row = figure_at("Năm 2025, mỗi trường học tổ chức diễn tập ít nhất 2 lần/năm.", "2")
    assert row["unit"] == "count_per_year"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2024, mức thưởng bình quân là 7,4 triệu đồng/người.", "7,4", "actual"),
     ("Năm 2024, mức thưởng cao nhất là 250 triệu đồng/người.", "250", "actual"),
     ("Năm 2024, mức thưởng cho mỗi sáng kiến là 5 triệu đồng/sáng kiến.", "5", "context"),
     ("Từ ngày 01/7/2024, mức lương tối thiểu vùng II là 4.410.000 đồng/tháng.", "4.410.000", "context")],
    ids=["an-average-bonus-is-measured", "the-highest-bonus-is-measured", "a-bonus-per-item-is-a-term",
         "a-minimum-wage-is-a-term"],
)
def test_a_bonus_level_measured_is_a_result_and_a_set_one_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


def test_an_emergency_lines_number_is_no_figure():
    rows = figures("Năm 2024, Tổng đài 113 tiếp nhận 5.120 cuộc gọi.")
    assert [r["surface"] for r in rows] == ["5.120"]


def test_a_shortened_length_is_a_fall():
    text = "Năm 2024, thời gian trung bình xử lý mỗi hồ sơ là 3,5 giờ, rút ngắn 0,8 giờ so với năm 2023."
    row = figure_at(text, "0,8")
    assert (row["kind"], row["unit"]) == ("change", "count")


def test_a_tickets_face_value_is_a_term():
    row = figure_at("I. KẾT QUẢ NĂM 2024\nCông ty phát hành 310 triệu vé (mệnh giá 10.000 đồng/vé).", "10.000")
    assert (row["role"], row["period"]) == ("context", None)


@pytest.mark.parametrize(
    ("surface", "unit"),
    [("7,15", "VND_per_person"), ("6,40", "VND_per_person"), ("1.250", "VND")],
    ids=["a-row-named-with-its-abbreviation", "a-plain-row", "a-row-with-its-own-unit"],
)
def test_an_abbreviation_in_a_row_label_gives_no_unit(surface, unit):
    text = ("Biểu 02: Thu nhập bình quân theo khu vực năm 2024\nĐơn vị tính: triệu đồng/người\n"
            "TT | Khu vực | Thu nhập bình quân\n1 | Khu vực kinh tế ngoài nhà nước (KTNN) | 7,15\n"
            "2 | Khu vực hộ gia đình | 6,40\n3 | Tổng quỹ lương (tỷ đồng) | 1.250\n")
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("surface", "role"),
    [("250", "actual"), ("180", "context")],
    ids=["this-festivals-highest-bonus", "the-last-festivals-in-brackets"],
)
def test_a_bracket_opening_with_an_earlier_festival_gives_its_level(surface, role):
    text = ("BÁO CÁO\nTình hình tiền lương, thưởng Tết năm 2024\nI. TIỀN THƯỞNG NĂM 2024\n"
            "Mức thưởng cao nhất là 250 triệu đồng/người, tại một doanh nghiệp may "
            "(Tết Quý Mão 2023 mức cao nhất là 180 triệu đồng/người).")
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("Năm 2024, mở thêm 25 “Điểm đọc sách cộng đồng”, nâng tổng số lên 310 điểm.", "310", "count"),
     ("Năm 2024, điểm trung bình môn Toán đạt 6,8 điểm.", "6,8", "other")],
    ids=["a-place-named-in-quotes-is-counted", "a-score-stays-a-score"],
)
def test_a_score_word_in_a_quoted_name_makes_no_score(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


def test_a_comparison_with_a_festival_of_a_year_has_that_years_base():
    text = "Năm 2025, mức thưởng bình quân là 7,8 triệu đồng/người, tăng 5,4% so với Tết Quý Mão 2023."
    assert figure_at(text, "5,4%")["base"] == "2023"


_ALLOCATION = ("QUYẾT ĐỊNH\nVề việc phân bổ vốn sự nghiệp giáo dục năm 2026\n\nQUYẾT ĐỊNH:\n\n"
               "Điều 1. Phân bổ vốn sự nghiệp giáo dục năm 2026 cho 6 trường học trên địa bàn thị xã với "
               "tổng kinh phí là 24.800 triệu đồng, chi tiết theo từng trường như sau:\n\n"
               "1. Theo cấp học:\na) Trường trung học cơ sở: 15.300 triệu đồng;\n"
               "b) Trường tiểu học: 9.500 triệu đồng, trong đó kinh phí năm 2025 chuyển sang là 1.100 triệu đồng.\n\n"
               "Điều 2. Tổ chức thực hiện\n1. Dành 3.200 triệu đồng cho các trường vùng khó khăn.\n\n"
               "PHỤ LỤC\nPHÂN BỔ VỐN SỰ NGHIỆP GIÁO DỤC NĂM 2026\n"
               "(Kèm theo Quyết định số 77/QĐ-UBND ngày 02/02/2026 của Ủy ban nhân dân thị xã)\n\n"
               "Đơn vị tính: triệu đồng\n\n"
               "STT | Trường | Tổng số | Chi thường xuyên\n"
               "1 | Trường A | 4.100 | 3.000\n2 | Trường B | 3.700 | 2.900\n")


@pytest.mark.parametrize(
    ("surface", "role", "period"),
    [("24.800", "plan", "2026"), ("15.300", "plan", "2026"), ("9.500", "plan", "2026"),
     ("1.100", "plan", "2026"), ("3.200", "plan", None), ("4.100", "plan", "2026"), ("2.900", "plan", "2026")],
    ids=["the-articles-total", "an-item-of-the-article", "the-last-item", "carried-over-from-the-year-before",
         "set-aside-in-carrying-it-out", "an-appendix-cell", "another-cell"],
)
def test_a_decision_allocating_money_allots_that_years_plan(surface, role, period):
    """A long article allocating money heads its items and the article carrying it out goes on with
    that plan, naming no year; the appendix under its title (an attachment note between them) holds
    the same allocation; a sum carried over from a year is not of that year."""
    assert fields_at(_ALLOCATION, surface, ["role", "period"]) == {"role": role, "period": period}


_MEETING = ("NGHỊ QUYẾT\nĐẠI HỘI ĐỒNG CỔ ĐÔNG THƯỜNG NIÊN NĂM 2026\n\n"
            "Đại hội đồng cổ đông thường niên năm 2026 của Công ty Cổ phần Chè Tây Bắc (vốn điều lệ "
            "150.000.000.000 đồng) khai mạc lúc 8 giờ 30 ngày 20/4/2026.\n\n"
            "Điều 1. Thông qua Báo cáo kết quả kinh doanh năm 2025\n- Doanh thu đạt 96,4 tỷ đồng.\n"
            "Kết quả biểu quyết: tán thành 12.400.000 cổ phần, chiếm 98,6% tổng số cổ phần dự họp; "
            "không tán thành 0 cổ phần.\n\n"
            "Điều 2. Thông qua kế hoạch kinh doanh năm 2026\n- Doanh thu 102 tỷ đồng.\n"
            "Quý I/2026, doanh thu ước đạt 21,5 tỷ đồng, bằng 21,1% kế hoạch năm.\n")


@pytest.mark.parametrize(
    ("surface", "role", "period"),
    [("150.000.000.000", "actual", None), ("96,4", "actual", "2025"), ("12.400.000", "actual", None),
     ("98,6%", "actual", None), ("0", "actual", None), ("102", "plan", "2026"),
     ("21,5", "actual", "2026-Q1"), ("21,1%", "actual", "2026-Q1")],
    ids=["the-capital-of-an-annual-meeting", "the-years-result", "a-vote-tally", "its-share",
         "the-votes-against-after-a-semicolon", "next-years-target", "a-quarter-done-among-the-targets",
         "its-attainment"],
)
def test_a_shareholders_meeting_votes_and_a_quarter_done(surface, role, period):
    """An annual meeting is named by its year; a vote tally is the meeting's, of no period; a quarter
    of the plan's year gone by, with a verb of attaining, reports what was done."""
    assert fields_at(_MEETING, surface, ["role", "period"]) == {"role": role, "period": period}


@pytest.mark.parametrize(
    ("surface", "role"),
    [("1.240", "context"), ("5,8", "context"), ("870", "context"), ("35", "actual")],
    ids=["the-designed-scale", "the-land-beside-it", "the-designed-cost", "the-progress"],
)
def test_a_land_column_beside_a_design_column_is_designed_scale(surface, role):
    text = ("Biểu 02. Danh mục dự án nhà ở công nhân\n"
            "STT | Tên dự án | Quy mô (căn) | Diện tích đất (ha) | Tổng mức đầu tư (tỷ đồng) | Tiến độ (%)\n"
            "1 | Khu nhà ở công nhân Bắc Sơn | 1.240 | 5,8 | 870 | 35\n")
    assert figure_at(text, surface)["role"] == role


def test_a_land_column_with_no_design_column_beside_it_stays_a_result():
    text = ("Biểu 03. Diện tích đất đã thu hồi năm 2024\n"
            "STT | Huyện | Diện tích đất (ha)\n1 | Huyện Bắc Sơn | 12,4\n")
    assert figure_at(text, "12,4")["role"] == "actual"


def test_a_number_in_an_investors_name_is_no_figure():
    text = ("STT | Tên dự án | Chủ đầu tư | Quy mô (căn)\n"
            "1 | Nhà ở xã hội Tân Phú | Công ty Xây lắp số 7 | 820\n")
    assert [r["surface"] for r in figures(text)] == ["820"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Năm 2024, Sở đã rà soát, phân loại 412 cơ sở giết mổ trên địa bàn.", "412"),
     ("Năm 2024, xếp hạng đô thị loại 3 cho thị trấn Nam Đàn.", None)],
    ids=["a-verb-ending-with-the-class-word", "a-class-stays-a-label"],
)
def test_a_verb_ending_with_a_class_word_counts_what_follows(text, surface):
    assert [r["surface"] for r in figures(text)] == ([surface] if surface else [])


def test_a_requests_lead_in_after_a_goal_makes_its_items_targets():
    text = ("II. KẾT LUẬN\n"
            "Để thực hiện các nội dung đã thống nhất, HĐND huyện đề nghị UBND huyện chỉ đạo:\n"
            "1. Phòng Nội vụ tuyển dụng ít nhất 40 công chức cấp xã trước ngày 30/6/2025.\n")
    assert figure_at(text, "40")["role"] == "plan"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [('Thực hiện Chương trình "Phát triển ít nhất 500 hợp tác xã kiểu mới", năm 2024 tỉnh thành lập 42 hợp tác xã.',
      "500", "context"),
     ('Thực hiện Chương trình "Phát triển ít nhất 500 hợp tác xã kiểu mới", năm 2024 tỉnh thành lập 42 hợp tác xã.',
      "42", "actual")],
    ids=["inside-the-quoted-name", "after-the-name"],
)
def test_a_figure_inside_a_schemes_quoted_name_is_its_size(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("surface", "role"),
    [("4", "actual"), ("2", "actual"), ("1.050", "actual"), ("2.300", "context"), ("1.600", "context")],
    ids=["the-projects", "the-projects-done", "what-the-done-ones-hold", "the-scale-of-those-under-way",
         "the-scale-of-those-not-started"],
)
def test_the_scale_in_brackets_after_projects_not_done_is_their_design(surface, role):
    text = ("Năm 2024, toàn tỉnh có 7 dự án nhà ở công nhân với quy mô 4.950 căn, gồm: 2 dự án đã hoàn thành "
            "(1.050 căn), 4 dự án đang thi công (2.300 căn) và 1 dự án chưa khởi công (1.600 căn).")
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [("Năm 2024, thành phố ưu tiên phân khúc nhà ở giá dưới 800 triệu đồng.", []),
     ("Người thuê phải có thu nhập bình quân không quá 12 triệu đồng/tháng và chưa có nhà ở.", []),
     ("Năm 2024, giá nhà ở bình quân dưới 800 triệu đồng/căn, giảm 3% so với năm 2023.", ["800", "3%"])],
    ids=["a-segment-by-price", "a-renters-condition", "a-price-level-stays-a-figure"],
)
def test_a_bound_naming_a_segment_or_an_eligible_group_is_a_label(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("I. KẾT QUẢ NĂM 2024\nMục tiêu đến năm 2026 có 90% số trường đạt chuẩn, nhưng năm 2022 huyện mới đạt 71,5%.",
      "71,5%", "context"),
     ("Năm 2024, tỷ lệ hộ dùng nước sạch ước đạt 62,4%, trong khi mục tiêu đến năm 2026 là 70%.", "62,4%", "actual"),
     ("Năm 2024, tỷ lệ hộ dùng nước sạch ước đạt 62,4%, trong khi mục tiêu đến năm 2026 là 70%.", "70%", "plan")],
    ids=["an-earlier-years-level", "the-reports-years-level", "the-later-target"],
)
def test_a_level_reached_in_a_year_named_before_it_is_no_target(text, surface, role):
    assert figure_at(text, surface)["role"] == role


def test_whom_a_sessions_questions_are_of_is_part_of_its_summary():
    text = ("BIÊN BẢN\nPhiên trả lời chất vấn tại Kỳ họp thứ 20 HĐND huyện\nNgày 10 tháng 12 năm 2024\n"
            "Trước kỳ họp, Thường trực HĐND huyện đã tổng hợp 31 câu hỏi của 19 đại biểu.")
    assert figure_at(text, "19")["role"] == "context"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2023, huyện được giao thêm 85 biên chế giáo viên.", "85", "plan"),
     ("Năm 2024, huyện tinh giản 12 biên chế.", "12", "actual")],
    ids=["posts-given", "posts-cut"],
)
def test_posts_given_are_a_quota(text, surface, role):
    assert figure_at(text, surface)["role"] == role


def test_a_rate_after_a_comma_is_no_bound_of_the_count_before():
    text = ("Năm 2025 phấn đấu giảm số phòng học tạm xuống dưới 120 phòng, tỷ lệ phòng học kiên cố đạt "
            "95% trở lên.")
    assert figure_at(text, "95%")["kind"] == "share"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("THÔNG BÁO\nTuyển sinh năm 2026\n\nTrường thông báo tuyển sinh năm 2026 như sau:\n\nI. CHỈ TIÊU TUYỂN SINH\n"
      "Tổng chỉ tiêu là 450 chỉ tiêu, tăng 30 chỉ tiêu so với năm 2025 (420 chỉ tiêu), trong đó 300 chỉ tiêu "
      "hệ chính quy.", "450", ("plan", "2026")),
     ("THÔNG BÁO\nTuyển sinh năm 2026\n\nTrường thông báo tuyển sinh năm 2026 như sau:\n\nI. CHỈ TIÊU TUYỂN SINH\n"
      "Tổng chỉ tiêu là 450 chỉ tiêu, tăng 30 chỉ tiêu so với năm 2025 (420 chỉ tiêu), trong đó 300 chỉ tiêu "
      "hệ chính quy.", "300", ("plan", "2026")),
     ("THÔNG BÁO\nTuyển sinh năm 2026\n\nTrường thông báo tuyển sinh năm 2026 như sau:\n\nI. CHỈ TIÊU TUYỂN SINH\n"
      "Tổng chỉ tiêu là 450 chỉ tiêu, tăng 30 chỉ tiêu so với năm 2025 (420 chỉ tiêu), trong đó 300 chỉ tiêu "
      "hệ chính quy.", "420", ("context", "2025"))],
    ids=["a-quota-under-a-quota-heading", "a-part-of-the-quota-in-a-later-clause", "last-years-quota-in-brackets"],
)
def test_a_quota_heading_takes_the_lead_ins_year(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["role"], row["period"]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Năm 2024, học sinh thi đấu vòng 3 cấp tỉnh đạt 12 giải.", "3", False),
     ("Năm 2024, các hồ sơ được giải quyết trong vòng 5 ngày làm việc.", "5", False),
     ("Hội nghị khai mạc lúc 8 giờ 30.", "30", False),
     ("Năm 2024, nếu nộp từ 3 hồ sơ trở lên thì được miễn phí.", "3", False),
     ("Năm 2024, trường khen thưởng học sinh có điểm trung bình từ 8,5 trở lên.", "8,5", False),
     ("Năm 2024, điểm trung bình của học sinh toàn trường đạt 7,2 điểm.", "7,2", True),
     ("Học viên làm đúng từ 80% số bài tập trở lên trong mỗi buổi thì được cấp chứng chỉ.", "80%", False),
     ("Năm 2024, tỷ lệ hộ dùng nước sạch đạt 80% trở lên.", "80%", True),
     ("Hồ sơ được nộp trong 15 ngày kể từ ngày nhận quyết định.", "15", False),
     ("Trường tuyển thẳng học sinh có điểm trung bình từ 8,0 trở lên (hệ 10) hoặc từ 3,2 trở lên (hệ 4).",
      "3,2", False),
     ("Ứng viên được phỏng vấn phải có điểm bài thi vòng 2 đạt từ 60 điểm trở lên.", "60", False)],
    ids=["an-exam-round", "a-time-limit", "a-clocks-minutes-closing-a-sentence", "a-bound-after-if",
         "a-bare-threshold-on-an-average", "an-average-measured", "a-threshold-before-then",
         "a-threshold-met-is-a-level", "a-time-limit-from-a-day", "an-alternative-threshold",
         "a-threshold-past-a-labelled-number"],
)
def test_rounds_clock_minutes_and_conditions_are_no_figures(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2025, lệ phí xét tuyển là 30.000 đồng/thí sinh.", "30.000", ("VND_per_person", "context")),
     ("Năm 2025, thí sinh có chứng chỉ ngoại ngữ được cộng 1,5 điểm.", "1,5", ("count", "context"))],
    ids=["a-fee-per-candidate", "points-added-by-the-rules"],
)
def test_an_exams_fee_and_points_added_are_its_terms(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["unit"], row["role"]) == expected


@pytest.mark.parametrize(
    ("text", "is_figure"),
    [("Năm 2024, bình quân 12,5 thí sinh cạnh tranh 1 chỉ tiêu.", False),
     ("Năm 2024, các doanh nghiệp cạnh tranh 1 gói thầu lớn.", True)],
    ids=["candidates-per-place", "no-count-before-the-verb"],
)
def test_a_one_place_competed_for_is_a_ratios_unit(text, is_figure):
    assert any(f["surface"] == "1" for f in figures(text)) is is_figure


@pytest.mark.parametrize(
    ("text", "is_figure"),
    [("Đề thi gồm 40 câu hỏi, thời gian làm bài 50 phút.", False),
     ("Năm 2024, Sở nhận 40 câu hỏi, trả lời 38 câu hỏi.", True)],
    ids=["questions-beside-a-tests-time", "questions-received"],
)
def test_questions_beside_a_tests_time_are_its_format(text, is_figure):
    assert any(f["surface"] == "40" for f in figures(text)) is is_figure


_WEEKLY_TABLE = ("BẢNG GIÁ VẬT TƯ NÔNG NGHIỆP\n"
                 "Mặt hàng | ĐVT | Tuần 12 | Tuần 13 | Tăng/giảm (+/-)\n"
                 "Ngô hạt | đồng/kg | 6.300 | 6.450 | +150\n"
                 "Gạo xuất khẩu | USD/tấn | 530 | 526 | -4\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("6.300", ("VND_per_kg", "rate", "context")), ("6.450", ("VND_per_kg", "rate", "actual")),
     ("+150", ("VND_per_kg", "change", "actual")), ("530", ("USD_per_tonne", "rate", "context")),
     ("-4", ("USD_per_tonne", "change", "actual"))],
    ids=["the-earlier-week-compared-with", "the-latest-week", "a-signed-change-in-the-rows-unit",
         "another-rows-earlier-week", "a-minus-change-in-the-rows-unit"],
)
def test_weeks_side_by_side_and_a_change_column_of_signs(surface, expected):
    row = figure_at(_WEEKLY_TABLE, surface)
    assert (row["unit"], row["kind"], row["role"]) == expected


def test_a_change_column_in_percent_stays_a_growth():
    text = ("Mặt hàng | ĐVT | Tuần 12 | Tuần 13 | Tăng/giảm (%)\n"
            "Ngô hạt | đồng/kg | 6.300 | 6.450 | 2,4\n")
    assert fields_at(text, "2,4", ["unit", "kind"]) == {"unit": "percent", "kind": "growth"}


_FALLING_YEARS = ("Biểu 02: DIỆN TÍCH ĐẤT RỪNG NĂM 2025\n\n"
                  "STT | Loại rừng | Diện tích năm 2025 (ha) | Diện tích năm 2020 (ha) | Tăng (+), giảm (-) (ha)\n"
                  "1 | Rừng phòng hộ | 41.250,30 | 40.980,10 | +270,20\n")
_RISING_YEARS = ("Biểu 02: DIỆN TÍCH ĐẤT RỪNG NĂM 2025\n\n"
                 "STT | Loại rừng | Diện tích năm 2020 (ha) | Diện tích năm 2025 (ha) | Tăng (+), giảm (-) (ha)\n"
                 "1 | Rừng phòng hộ | 40.980,10 | 41.250,30 | +270,20\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [(_FALLING_YEARS, "+270,20", {"period": "2025", "base": "2020"}),
     (_FALLING_YEARS, "40.980,10", {"period": "2020", "base": None}),
     (_RISING_YEARS, "+270,20", {"period": "2025", "base": "2020"})],
    ids=["latest-year-first", "the-earlier-years-level", "earliest-year-first"],
)
def test_a_change_after_years_written_latest_first_is_of_the_latest_year(text, surface, expected):
    assert fields_at(text, surface, ["period", "base"]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("Trong tuần, giá cà phê nhân giảm nhẹ 300 đồng/kg.", "300", "change"),
     ("Giá tiêu đen tăng mạnh 4.000 đồng/kg so với tuần trước.", "4.000", "change"),
     ("Giá thịt bò thấp hơn khoảng 5.000 đồng/kg so với cùng kỳ năm 2023.", "5.000", "change"),
     ("Giá sầu riêng cao hơn gần 10.000 đồng/kg so với tháng trước.", "10.000", "change"),
     ("Giá cà phê nhân ổn định ở mức 118.000 đồng/kg.", "118.000", "rate")],
    ids=["a-slight-fall", "a-sharp-rise", "lower-by-about", "higher-by-nearly", "a-price-level"],
)
def test_a_price_moved_by_an_adverb_or_a_qualified_gap_is_a_change(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Giá lúa ST 25 được thương lái thu mua ở mức 9.500 đồng/kg.", "25", False),
     ("Giá gạo nguyên liệu OM 5451 tại kho ở mức 10.200 đồng/kg.", "5451", False),
     ("Lũy kế đến nay có 152 doanh nghiệp (CK 140 doanh nghiệp).", "140", True),
     ("Phân DAP 20-20-15 giá 850.000 đồng/bao.", "20", False),
     ("Phân DAP 20-20-15 giá 850.000 đồng/bao.", "15", False),
     ("Năng suất tăng từ 5-7 tạ/ha.", "5-7", True),
     ("Mọi phản ánh xin gọi số điện thoại 0274 3822 456.", "3822", False),
     ("Mọi phản ánh xin gọi số điện thoại 0274 3822 456.", "456", False),
     ("Giá xi măng 1.550.000 đồng/bao 50 kg, tăng 20.000 đồng/bao.", "50", False),
     ("Giá nước mắm 45.000 đồng/chai 500 ml.", "500", False),
     ("Giá phân bón tại các đại lý cấp 1 nhìn chung ổn định.", "1", False),
     ("Giá lúa IR 50404 đi ngang ở mức 7.000 đồng/kg.", "50404", False)],
    ids=["a-varietys-code", "a-rice-code-before-a-place", "an-abbreviation-before-a-count",
         "a-fertiliser-formula", "its-last-part", "a-range-is-no-formula", "a-phone-numbers-middle-group",
         "a-phone-numbers-last-group", "a-bags-size", "a-bottles-size", "a-dealers-level",
         "a-code-before-a-flat-price"],
)
def test_codes_formulas_phone_numbers_and_package_sizes_are_no_figures(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


_ADVICE = ("BẢN TIN THỜI TIẾT NÔNG VỤ THÁNG 3/2025\n\n"
           "I. TÌNH HÌNH SẢN XUẤT\n"
           "Trong tháng, nông dân gieo sạ 8.200 ha lúa Hè Thu sớm.\n\n"
           "II. KHUYẾN CÁO\n"
           "1. Đối với người nuôi tôm: thả giống với mật độ 80-100 con/m2, thay nước không quá 30% mỗi lần.\n")


@pytest.mark.parametrize(
    ("surface", "role"),
    [("8.200", "actual"), ("80-100", "plan"), ("30%", "plan")],
    ids=["a-result-before-the-advice", "an-advised-density", "an-advised-ceiling"],
)
def test_a_bulletins_advice_heading_makes_its_levels_targets(surface, role):
    assert figure_at(_ADVICE, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "period"),
    [("BẢN TIN GIÁ CẢ TUẦN 12 NĂM 2025\n\nI. GIÁ CẢ TRONG TUẦN\n"
      "Giá cà phê nhân ở mức 118.000 đồng/kg, cao hơn 20.000 đồng/kg so với cùng kỳ năm 2024 "
      "(cùng kỳ năm 2024: 98.000 đồng/kg).\n", None),
     ("BÁO CÁO KẾT QUẢ NĂM 2025\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
      "Sản lượng cà phê đạt 118.000 tấn, tăng 20.000 tấn so với năm 2024 (năm 2024: 98.000 tấn).\n", "2024")],
    ids=["the-same-week-of-a-year", "a-whole-year-in-a-years-report"],
)
def test_the_same_part_of_a_year_in_a_weeks_bracket_has_no_code(text, period):
    assert fields_at(text, "98.000", ["role", "period"]) == {"role": "context", "period": period}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Diện tích rừng trồng tăng 6.500 ha so với năm 2020, bình quân mỗi năm tăng khoảng 1.300 ha.", "1.300",
      ("ha_per_year", "rate")),
     ("Lao động nông nghiệp trung bình mỗi tháng giảm 850 người.", "850", ("count_per_month", "rate")),
     ("Diện tích rừng trồng năm 2024 tăng 1.300 ha so với năm 2023.", "1.300", ("ha", "change")),
     ("Giai đoạn 2021-2025, GRDP bình quân mỗi năm tăng 7,2%.", "7,2%", ("percent", "growth"))],
    ids=["an-average-yearly-rise", "an-average-monthly-fall", "a-rise-of-one-year", "an-average-growth-in-percent"],
)
def test_an_average_change_per_time_is_a_rate(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["unit"], row["kind"]) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Vụ Hè Thu 2025, bà con gieo sạ không quá 120 kg/ha.", "rate"),
     ("Vụ Hè Thu 2025, khuyến cáo bón phân đạm khoảng 120 kg/ha.", "rate"),
     ("Vụ Hè Thu 2025, năng suất lúa đạt 120 kg/ha.", "amount")],
    ids=["seed-sown-per-ha", "fertiliser-per-ha", "a-yield-per-ha"],
)
def test_a_dose_per_ha_is_a_rate_and_a_yield_a_level(text, kind):
    assert figure_at(text, "120")["kind"] == kind


@pytest.mark.parametrize(
    ("text", "role"),
    [("II. KHUYẾN CÁO\nĐối với khoảng 2.400 ha lúa đang làm đòng, bà con cần giữ nước trong ruộng.\n", "actual"),
     ("II. KHUYẾN CÁO\nĐối với 2.400 ha lúa sắp gieo sạ, bà con cần sạ thưa.\n", "plan")],
    ids=["things-addressed-as-they-are-now", "things-addressed-with-no-state"],
)
def test_what_advice_addresses_in_its_present_state_is_a_result(text, role):
    assert figure_at(text, "2.400")["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Tôm thẻ loại 2 (cỡ 60 con/kg) được thu mua 125.000 đồng/kg.", "60", False),
     ("Cá tra loại 1 (trọng lượng 0,7-0,9 kg/con) giá 28.000 đồng/kg.", "0,7-0,9", False),
     ("Tôm thẻ cỡ 60 con/kg được thu mua 125.000 đồng/kg.", "125.000", True)],
    ids=["a-grades-size", "a-grades-weight-band", "the-price-after-it"],
)
def test_a_bracketed_size_band_after_a_grade_is_a_label(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


def test_weeks_listed_with_no_comparison_after_them_are_each_a_result():
    text = ("Huyện | Tuần 1 (ca) | Tuần 2 (ca) | Tuần 3 (ca) | Cộng (ca)\n"
            "Huyện Bắc Sơn | 12 | 15 | 9 | 36\n")
    assert figure_at(text, "12")["role"] == "actual"


_BALANCE_SHEET = ("BÁO CÁO TÀI CHÍNH\nCHO NĂM TÀI CHÍNH KẾT THÚC NGÀY 31/12/2023\n"
                  "Bảng cân đối kế toán\nĐơn vị tính: đồng\n"
                  "Chỉ tiêu | Mã số | Thuyết minh | Số cuối năm | Số đầu năm\n"
                  "Hàng tồn kho | 140 | V.7 | 3.412.000.500 | 2.980.115.000\n"
                  "Chi phí trả trước dài hạn (**) | 261 | V.12 | (54.300.000) | (61.000.000)\n")
_BALANCE_TITLED = ("BẢNG CÂN ĐỐI KẾ TOÁN NĂM 2025\nĐVT: triệu đồng\n"
                   "TT | Khoản mục | Số dư cuối năm | Số dư đầu năm\n1 | Tiền gửi ngân hàng | 1.250,5 | 980,2\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_BALANCE_SHEET, "3.412.000.500", {"unit": "VND", "kind": "amount", "period": "2023"}),
        (_BALANCE_SHEET, "2.980.115.000", {"unit": "VND", "kind": "amount", "period": "2022"}),
        (_BALANCE_SHEET, "54.300.000", {"unit": "VND", "kind": "amount", "period": "2023"}),
        (_BALANCE_TITLED, "1.250,5", {"unit": "VND", "period": "2025"}),
        (_BALANCE_TITLED, "980,2", {"unit": "VND", "period": "2024"}),
    ],
    ids=["a-year-end-balance", "a-year-start-balance-is-the-year-befores", "a-footnote-mark-is-no-unit",
         "a-balance-under-a-title-naming-its-year", "the-start-of-the-titles-year"],
)
def test_a_balance_sheets_year_end_and_year_start_columns(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [(_BALANCE_SHEET, "7"), (_BALANCE_SHEET, "12")],
    ids=["a-note-reference", "a-two-digit-note-reference"],
)
def test_a_note_reference_column_holds_no_figures(text, surface):
    assert all(f["surface"] != surface for f in figures(text))


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("BÁO CÁO LƯU CHUYỂN TIỀN TỆ Mẫu số B 03 - DN\nNăm 2024, lưu chuyển tiền thuần đạt 5 tỷ đồng.", "03", False),
     ("Đơn vị lập báo cáo theo mẫu C 02 ban hành kèm theo Thông tư.", "02", False),
     ("Năm 2024, Công ty nộp 3 mẫu hồ sơ, cấp 12 bộ.", "3", True)],
    ids=["a-form-code-after-its-series-letter", "a-form-code-in-prose", "forms-counted"],
)
def test_a_forms_series_letter_and_number_is_its_code(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [("BÁO CÁO TÀI CHÍNH NĂM 2024\n5. Hàng tồn kho\nTại ngày 31/12/2024, giá trị hàng tồn kho là 2,4 tỷ đồng; "
      "trong đó hàng hỏng 120 triệu đồng.", "120", "2024"),
     ("BÁO CÁO NĂM 2025\n3. Nhân sự\nSố viên chức tại thời điểm 30/6/2025 là 412 người.", "412", "2025-06"),
     ("BÁO CÁO NĂM 2025\n3. Nhân sự\nSố viên chức tại thời điểm 01/7/2025 là 415 người.", "415", None)],
    ids=["a-stock-at-the-years-last-day", "a-stock-at-a-day-inside-the-year", "a-months-first-day-names-no-month"],
)
def test_a_stock_at_a_day_is_of_that_days_month(text, surface, period):
    assert fields_at(text, surface, {"period": period}) == {"period": period}


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Tài sản cố định được khấu hao theo thời gian sử dụng hữu ích: xe ô tô từ 6 đến 10 năm; "
      "thiết bị văn phòng từ 3 đến 8 năm.", "6", False),
     ("Tài sản cố định được khấu hao theo thời gian sử dụng hữu ích: xe ô tô từ 6 đến 10 năm; "
      "thiết bị văn phòng từ 3 đến 8 năm.", "8", False),
     ("Năm 2024, dự án thi công từ 6 đến 10 tháng.", "6", True)],
    ids=["a-useful-lifes-first-year", "a-useful-life-in-a-later-clause", "a-range-of-months-with-no-useful-life"],
)
def test_a_range_of_years_under_a_useful_life_is_a_term(text, surface, is_figure):
    assert any(f["surface"].startswith(surface) for f in figures(text)) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2024, mặt hàng phân bón chịu thuế suất 5% khi nhập khẩu.", "5%", "context"),
     ("Năm 2024, doanh nghiệp nộp thuế tăng 5% so với năm 2023.", "5%", "actual")],
    ids=["a-tax-rate-is-a-term", "a-taxs-growth-is-a-result"],
)
def test_a_tax_rate_is_a_term(text, surface, role):
    assert fields_at(text, surface, {"role": role}) == {"role": role}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, toàn huyện có 1.245 hộ kinh doanh (cuối năm 2023 là 1.180 hộ).", "1.180",
      {"role": "context", "period": "2023"}),
     ("Năm 2024, toàn huyện có 1.245 hộ kinh doanh (đầu năm 2024 có 1.190 hộ).", "1.190", {"role": "context"}),
     ("Năm 2024, toàn huyện có 1.245 hộ kinh doanh.", "1.245", {"role": "actual", "period": "2024"})],
    ids=["a-bracket-at-an-earlier-years-end", "a-bracket-at-the-years-start", "the-level-itself"],
)
def test_a_bracket_opening_at_a_years_end_is_the_level_then(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("BÁO CÁO TÀI CHÍNH NĂM 2025\nTrong năm 2025, lợi nhuận năm 2024 được phân phối như sau: trích quỹ "
      "phúc lợi 450 triệu đồng.", "450", "actual"),
     ("BÁO CÁO TÀI CHÍNH NĂM 2025\nTrong năm 2025, lợi nhuận năm 2024 được ghi nhận như sau: trích quỹ "
      "phúc lợi 450 triệu đồng.", "450", "context")],
    ids=["an-earlier-years-profit-shared-out", "an-earlier-years-profit-not-shared"],
)
def test_an_earlier_years_profit_shared_out_is_a_result(text, surface, role):
    assert fields_at(text, surface, {"role": role}) == {"role": role}


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [("BÁO CÁO TÀI CHÍNH NĂM 2025\nTheo Nghị quyết Đại hội thành viên thường niên năm 2025 số 02/NQ-ĐHTV ngày "
      "20/4/2025, lợi nhuận năm 2024 được chia như sau: trích quỹ dự phòng 300 triệu đồng; trích quỹ phúc lợi "
      "210 triệu đồng.", "210", "2024"),
     ("BÁO CÁO TÀI CHÍNH NĂM 2025\nTheo Nghị quyết Đại hội thành viên thường niên năm 2025 số 02/NQ-ĐHTV ngày "
      "20/4/2025, lợi nhuận sau thuế chưa phân phối của công ty lũy kế đến cuối kỳ báo cáo năm 2024 đạt 510 triệu "
      "đồng: trích quỹ dự phòng 300 triệu đồng; trích quỹ phúc lợi 210 triệu đồng.", "210", None)],
    ids=["a-later-item-of-a-list-its-lead-in-dates", "a-figure-before-the-colon-ends-the-lead-in"],
)
def test_a_time_announcing_a_list_speaks_for_its_items(text, surface, period):
    assert fields_at(text, surface, {"period": period}) == {"period": period}


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("BÁO CÁO TÀI CHÍNH NĂM 2025\nTheo Nghị quyết Đại hội cổ đông số 03/NQ-ĐHCĐ ngày 15/4/2025, lợi nhuận năm 2024 "
      "được phân phối như sau: chia cổ tức với tỷ lệ 6%/vốn điều lệ.", "6%", "actual"),
     ("BÁO CÁO NĂM 2025\nTheo Quyết định số 08/2024/QĐ-TTg ngày 10/5/2024, mức cho vay tối đa là 100 triệu "
      "đồng/hộ.", "100", "context")],
    ids=["a-rate-an-act-settled", "a-bound-an-act-sets"],
)
def test_a_rate_settled_under_an_act_is_a_result(text, surface, role):
    assert fields_at(text, surface, {"role": role}) == {"role": role}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, lượng mưa trung bình tại huyện đạt 2.480 mm.", "2.480", ("count", "mm", "amount")),
     ("Năm 2024, nhà máy phát lên lưới 1,35 tỷ kWh.", "1,35", ("count", "kWh", "amount")),
     ("Năm 2024, tổng công suất điện mặt trời mái nhà đạt 212 MW.", "212", ("count", "MW", "amount")),
     ("Năm 2024, đưa vào vận hành 3 máy biến áp với tổng dung lượng 125 MVA.", "125", ("count", "MVA", "amount")),
     ("Năm 2024, lưu lượng nước về hồ lớn nhất đạt 3.150 m3/s.", "3.150", ("count", "m3/s", "amount")),
     ("Năm 2024, công suất lắp đặt tăng 45 MW so với năm 2023.", "45", ("count", "MW", "change")),
     ("Năm 2024, hồ chứa có dung tích 12.500 m3.", "12.500", ("m3", None, "amount"))],
    ids=["rain-in-mm", "energy-in-kwh", "power-in-mw", "capacity-in-mva", "a-discharge-in-m3-per-second",
         "a-rise-in-mw-stays-a-change", "a-volume-stays-in-m3"],
)
def test_a_measure_in_a_unit_the_vocabulary_lacks_is_an_amount(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["unit"], row["counted"], row["kind"]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("- Sông Cả tại Nam Đàn: 7,15 m, trên BĐ2 là 0,15 m.", "0,15", ("change", "up")),
     ("- Sông Mã tại Giàng: 3,80 m, dưới BĐ1 là 0,20 m.", "0,20", ("change", "down")),
     ("Lũ tại Cẩm Lệ đạt đỉnh 5,65 m lúc 3h, trên BĐ3 0,65 m.", "0,65", ("change", "up")),
     ("Đỉnh lũ tại Củng Sơn có khả năng đạt 33,5 m, trên báo động 3 khoảng 0,5 m.", "0,5", ("change", "up")),
     ("Lũ tại Tân Mỹ lên mức BĐ2 và trên BĐ2 từ 0,2-0,4 m.", "0,2-0,4", ("change", "up")),
     ("Trong 6 giờ qua, mực nước tại Kim Long lên thêm 0,45 m.", "0,45", ("change", "up")),
     ("Lũ tại Cẩm Lệ đạt đỉnh 5,65 m lúc 3h, trên BĐ3 0,65 m.", "5,65", ("amount", None))],
    ids=["above-a-level-with-la", "below-a-level", "above-a-level-without-la", "above-a-level-about",
         "above-a-level-a-range", "a-level-rising-by-more", "the-crest-stays-a-level"],
)
def test_how_far_above_or_below_an_alarm_level_is_a_change(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["kind"], row["direction"]) == expected


FORECAST_ITEM = ("1. Tình hình lũ\n\nNăm 2024, mực nước tại trạm A đạt {now}.\n\n2. {heading}\n\n"
                 "Trong 24 giờ tới, lượng mưa phổ biến {later}.\n\n3. Tin tiếp theo\n\n"
                 "Năm 2024, phát hành 12 bản tin.\n")


@pytest.mark.parametrize(
    ("heading", "surface", "expected"),
    [("Dự báo và cảnh báo", "60-120", "estimated"),
     ("Dự báo thời tiết 3 ngày tới", "60-120", "estimated"),
     ("Dự báo và cảnh báo", "4,2", "exact"),
     ("Dự báo và cảnh báo", "12", "exact"),
     ("Công tác dự báo", "60-120", "exact")],
    ids=["under-a-forecast-item", "under-a-forecast-item-naming-its-span", "the-section-before-stays-exact",
         "the-section-after-stays-exact", "the-work-of-forecasting-is-no-forecast"],
)
def test_a_numbered_item_opening_with_a_forecast_estimates_its_figures(heading, surface, expected):
    text = FORECAST_ITEM.format(now="4,2 m", heading=heading, later="60-120 mm")
    assert figure_at(text, surface)["qualifier"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, chỉ số tần suất mất điện kéo dài bình quân (SAIFI) là 3,4 lần.", "3,4", ("count", "lần", "count")),
     ("- MAIFI không quá 1,2 lần;", "1,2", ("count", "lần", "count")),
     ("Năm 2024, tần suất kiểm tra bình quân mỗi cơ sở 2 lần.", "2", ("count", "lần", "count")),
     ("Năm 2024, tần suất sự cố tăng 1,3 lần so với năm 2023.", "1,3", ("times", None, "multiple")),
     ("Năm 2024, doanh thu gấp 1,4 lần năm 2023.", "1,4", ("times", None, "multiple")),
     ("Năm 2025, mỗi trường tổ chức diễn tập phòng cháy ít nhất 2 lần.", "2", ("count", "lần", "count")),
     ("Mỗi hộ được hỗ trợ không quá 3 lần trong năm 2025.", "3", ("count", "lần", "count")),
     ("Năm 2025, xuất khẩu phấn đấu tăng ít nhất 2 lần so với năm 2020.", "2", ("times", None, "multiple")),
     ("Năm 2025, năng suất cao hơn ít nhất 2 lần so với năm 2020.", "2", ("times", None, "multiple"))],
    ids=["an-outage-frequency", "a-frequency-index-by-name", "a-checking-frequency", "a-frequency-risen-by-times",
         "a-multiple-stays", "a-bounded-whole-number-of-times", "a-cap-on-times", "a-bounded-rise-by-times",
         "a-bounded-comparative-by-times"],
)
def test_times_after_a_frequency_count_occurrences(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["unit"], row["counted"], row["kind"]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, thời gian xử lý sự cố trung bình là 42 phút, giảm 8 phút so với năm 2023 và thấp hơn chỉ tiêu "
      "giao (50 phút).", "50", ("amount", "plan")),
     ("- Phấn đấu năm 2025 SAIDI không quá 180 phút;", "180", ("amount", "plan")),
     ("Năm 2024, thời gian tiếp cận điện năng bình quân là 3,5 giờ, thấp hơn mục tiêu (4 giờ).", "4",
      ("amount", "plan"))],
    ids=["a-target-in-minutes-after-an-average", "an-average-length-index", "a-target-in-hours-after-an-average"],
)
def test_minutes_in_a_sentence_naming_an_average_are_a_length(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["kind"], row["role"]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, tỷ lệ hộ nghèo còn 2,1%, giảm 0,6 điểm phần trăm so với năm 2023 (tỉnh giao dưới 2,5%).", "2,5%",
      "plan"),
     ("Năm 2024, tỷ lệ nợ thuế chiếm 3,2% (Cục Thuế giao dưới 5%).", "5%", "plan")],
    ids=["a-givers-target-after-a-fall-in-points", "a-givers-target-after-the-rate"],
)
def test_a_givers_bracket_after_a_rate_and_its_change_is_its_target(text, surface, expected):
    assert figure_at(text, surface)["role"] == expected


STATION_TABLE = ("MỰC NƯỚC CÁC TRẠM LÚC 13H NGÀY 15/11\n\n"
                 "Trạm | Sông | Mực nước (m) | {header} (m) | So với BĐ2 (m)\n"
                 "Kim Long | Hương | 3,25 | 3,00 | +0,25\n"
                 "Phú Ốc | Bồ | 3,10 | 3,50 | -0,40\n")


@pytest.mark.parametrize(
    ("header", "surface", "expected"),
    [("Báo động 2", "3,00", ("amount", "context")),
     ("Mức báo động 2", "3,50", ("amount", "context")),
     ("Báo động 2", "3,25", ("amount", "actual")),
     ("Báo động 2", "+0,25", ("change", "actual")),
     ("Báo động 2", "-0,40", ("change", "actual"))],
    ids=["an-alarm-level-column", "an-alarm-level-column-with-muc", "the-level-stays-a-result",
         "the-gap-is-the-results-change", "a-gap-below"],
)
def test_an_alarm_level_column_is_the_level_held_against(header, surface, expected):
    row = figure_at(STATION_TABLE.format(header=header), surface)
    assert (row["kind"], row["role"]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, mực nước hồ Kẻ Gỗ đạt 31,8 m (mực nước dâng bình thường 32,5 m).", "32,5", "context"),
     ("Năm 2024, mực nước tại Kim Long đạt 3,25 m (báo động 2: 3,00 m).", "3,00", "context"),
     ("Năm 2024, mực nước hồ Kẻ Gỗ đạt 31,8 m (mực nước dâng bình thường 32,5 m).", "31,8", "actual")],
    ids=["a-reservoirs-normal-level", "an-alarm-level-in-brackets", "the-level-held-against-it-stays"],
)
def test_a_reference_level_in_brackets_is_background(text, surface, expected):
    assert figure_at(text, surface)["role"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Trong 12-24 giờ tới, mực nước trên sông Hương tiếp tục lên.", "12-24", False),
     ("Trong 3-5 ngày tới, nắng nóng tiếp tục kéo dài.", "3-5", False),
     ("Trong 24 giờ tới, lượng mưa phổ biến 50-100 mm, có nơi trên 150 mm.", "150", True),
     ("Năm 2024, huyện có 18 xã có lượng mưa trên 300 mm.", "300", False)],
    ids=["a-coming-stretch-as-a-range", "a-coming-stretch-of-days-as-a-range", "a-measure-in-places-above",
         "a-bound-naming-a-group-stays-a-label"],
)
def test_a_coming_stretch_as_a_range_and_a_measure_in_places(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("- Năm 2025, rút ngắn thời gian giải quyết thủ tục đất đai xuống dưới 3 ngày.", "3", ("amount", "under")),
     ("Năm 2024, thời gian thông quan hàng hóa giảm còn 1,5 ngày.", "1,5", ("amount", "exact")),
     ("Năm 2024, huyện tổ chức hội chợ trong 5 ngày, thu hút 12.000 lượt khách.", "12.000", ("count", "exact"))],
    ids=["a-time-brought-below-a-level", "a-time-fallen-to-a-level", "a-count-stays"],
)
def test_days_a_time_taken_is_brought_to_are_its_level(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["kind"], row["qualifier"]) == expected


_GOODS_PRICES = ("BẢNG GIÁ VẬT TƯ THÁNG 6/2024\n"
                 "STT | Tên hàng | Thông số kỹ thuật | ĐVT | Đơn giá\n"
                 "1 | Ống thép mạ kẽm | DN50, dày 2,5 mm | đồng/m | 98.500\n"
                 "2 | Dây điện đôi | 2x4 mm2, TCVN 6610:2014 | đồng/m | 21.300\n"
                 "3 | Sơn chống thấm | 5 lít/thùng | đồng/thùng | 1.240.000\n")
_SPACE_NORMS = ("STT | Chức danh | Tiêu chuẩn (m2/người) | Số người\n"
                "1 | Chuyên viên | 12 | 25\n2 | Lãnh đạo phòng | 15 | 6\n")


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [(_GOODS_PRICES, "2,5", False), (_GOODS_PRICES, "2", False), (_GOODS_PRICES, "6610", False),
     (_GOODS_PRICES, "5", False), (_GOODS_PRICES, "98.500", True), (_GOODS_PRICES, "1.240.000", True),
     (_SPACE_NORMS, "12", True)],
    ids=["a-thickness-in-a-specification", "a-size-in-a-specification", "a-standards-number",
         "a-cans-contents", "the-price-beside-it", "a-price-per-can", "a-norm-column-naming-its-unit"],
)
def test_a_specification_column_holds_names(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, bình quân mỗi ngày làm việc bộ phận một cửa tiếp nhận khoảng 320 hồ sơ.", "320",
      {"unit": "count_per_day", "kind": "rate"}),
     ("Trung bình mỗi tháng cao điểm bến xe đón trên 15.000 lượt khách.", "15.000",
      {"unit": "count_per_month", "kind": "rate"}),
     ("Năm 2024, bộ phận một cửa tiếp nhận 320 hồ sơ, bình quân mỗi ngày làm việc 1,3 hồ sơ.", "320",
      {"unit": "count", "kind": "count"})],
    ids=["an-average-per-working-day", "an-average-per-peak-month", "a-count-before-the-average"],
)
def test_an_average_per_time_opening_its_clause_makes_a_count_per_time(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2024, các nguyên nhân mẫu nước không đạt: coliform vượt ngưỡng cho phép 41,2%; độ đục 20,5%.",
      "41,2%", "actual"),
     ("Năm 2024, nồng độ bụi tại 3 điểm đo vượt giới hạn cho phép 1,4 lần.", "1,4", "actual"),
     ("Năm 2024, tỷ lệ nợ xấu không vượt quá mức quy định 3%.", "3%", "plan")],
    ids=["a-share-of-a-cause-passing-a-norm", "a-multiple-passing-a-limit", "a-norm-not-to-pass"],
)
def test_what_passes_a_norm_is_a_result(text, surface, role):
    assert fields_at(text, surface, {"role": role}) == {"role": role}


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2024, giá nước sạch sinh hoạt áp dụng theo Quyết định số 15/2023/QĐ-UBND ngày 10/3/2023 của UBND "
      "tỉnh, từ 7.500 đến 14.000 đồng/m3 tùy mức sử dụng.", "7.500 đến 14.000", "context"),
     ("Năm 2024, giá vé tham quan thực hiện theo Nghị quyết số 20/2022/NQ-HĐND là 40.000 đồng/người.",
      "40.000", "context"),
     ("Năm 2024, công ty bán nước sạch bình quân 9.200 đồng/m3.", "9.200", "actual")],
    ids=["a-water-price-applied-under-a-decision", "a-ticket-price-under-a-resolution", "a-price-with-no-act"],
)
def test_a_price_that_follows_a_cited_act_is_a_term(text, surface, role):
    assert fields_at(text, surface, {"role": role}) == {"role": role}


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Năm 2025:\n- Trường hợp chi phí nhân công thay đổi tăng hoặc giảm trên 5% so với đơn giá ban hành, "
      "chủ đầu tư báo cáo Sở Xây dựng.", "5", False),
     ("Năm 2025, nếu mực nước sông Mã trên 5,5 m thì các xã ven sông phải sơ tán dân.", "5,5", False),
     ("Năm 2025, trường hợp cần điều chỉnh giá, mức điều chỉnh không vượt quá 5% so với giá niêm yết.", "5%", True),
     ("Năm 2024, giá thép tăng trên 5% so với năm 2023, chủ yếu do chi phí nhập khẩu.", "5%", True),
     ("Theo quy định, khi giá bán lẻ xăng dầu biến động tăng trên 7% so với kỳ trước thì Bộ Tài chính xem xét "
      "sử dụng quỹ bình ổn.", "7%", False),
     ("Khi mực nước hồ chứa vượt quá 85 m, công ty phải báo cáo Ban Chỉ huy.", "85", False),
     ("Năm 2024, trường hợp tiền lương đóng bảo hiểm của người lao động thấp hơn 5 triệu đồng thì được hỗ trợ "
      "một phần.", "5", False),
     ("Năm 2024, trường hợp vi phạm được xử lý kịp thời và tổng số tiền phạt đạt trên 12 tỷ đồng.", "12", True),
     ("Trường hợp đặc biệt, xã được hỗ trợ thêm trên 300 triệu đồng để hoàn thành tiêu chí.", "300", True),
     ("Trường hợp số tiền thuế còn nợ của một hộ kinh doanh cá thể dưới 5 triệu đồng thì được gia hạn nộp.", "5",
      False),
     ("Nếu giá trị hợp đồng của gói thầu tư vấn xây dựng công trình trên 500 triệu đồng thì phải đấu thầu.", "500",
      False)],
    ids=["a-case-of-a-price-moving-over-a-bound", "a-case-of-a-water-level-over-a-bound-then",
         "a-bound-in-what-follows-the-case", "a-bound-with-no-case", "a-case-mid-sentence-before-then",
         "a-case-of-when-opening-its-clause", "a-long-measure-before-then", "a-case-word-with-nothing-following",
         "a-bound-past-the-case-s-comma", "a-case-with-a-long-measure", "an-if-with-a-long-measure"],
)
def test_a_bound_in_a_case_is_its_condition(text, surface, is_figure):
    assert any(f["surface"].startswith(surface) for f in figures(text)) is is_figure


PRICE_DECISION = (
    "QUYẾT ĐỊNH\nQUYẾT ĐỊNH:\nĐiều 1. Giá dịch vụ xét nghiệm tại các trung tâm y tế\n"
    "1. Giá xét nghiệm công thức máu tại trung tâm y tế huyện là 52.000 đồng/lần; tại trạm y tế xã là "
    "40.000 đồng/lần.\nĐiều 2. Tổ chức thực hiện\nQuyết định có hiệu lực kể từ ngày 01/01/2026.\n"
    "PHỤ LỤC\nBẢNG GIÁ NƯỚC SẠCH SINH HOẠT\n(Kèm theo Quyết định số 10/2025/QĐ-UBND ngày 05/12/2025)\n"
    "Đơn vị tính: đồng\nSTT | Mã số | Tên đối tượng sử dụng | Khu vực đô thị | Khu vực nông thôn\n"
    "I | | HỘ GIA ĐÌNH | |\n1 | SH.01 | Hộ dân cư sử dụng đến 10 m3 | 8.500 | 6.900\n"
    "2 | SH.02 | Hộ nghèo (theo chuẩn nghèo đa chiều) | 6.000 | 5.200\n"
    "3 | SH.03 | Cơ quan hành chính (đơn vị/m3) | 12.400 | 11.000\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (PRICE_DECISION, "52.000", {"role": "context"}),
        (PRICE_DECISION, "40.000", {"role": "context"}),
        ("Điều 1. Mức thu phí tham quan di tích\nNgười lớn: 40.000 đồng/lượt; trẻ em: 20.000 đồng/lượt.\n"
         "Điều 2. Hiệu lực thi hành\n", "20.000", {"role": "context"}),
        ("2. Giá dịch vụ du lịch\nDoanh thu du lịch đạt 120 tỷ đồng.\n", "120", {"role": "actual"}),
        (PRICE_DECISION, "8.500", {"role": "context", "unit": "VND"}),
        (PRICE_DECISION, "5.200", {"role": "context", "unit": "VND"}),
        (PRICE_DECISION, "12.400", {"role": "context", "unit": "VND"}),
        (PRICE_DECISION.replace("BẢNG GIÁ NƯỚC SẠCH SINH HOẠT", "KẾT QUẢ CUNG CẤP NƯỚC SẠCH"), "8.500",
         {"role": "actual"}),
    ],
    ids=["an-article-naming-prices-sets-them", "the-next-price-of-its-sentence", "a-fee-article",
         "a-reports-section-on-prices-tells-results", "an-appendix-of-prices-lists-terms",
         "a-bracket-naming-whom-a-row-is-of", "a-bracket-naming-a-prices-basis", "an-appendix-of-results"],
)
def test_the_prices_a_decision_sets_in_its_articles_and_appendix_are_terms(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_price_tables_group_row_and_name_column_beside_codes():
    rows = figures(PRICE_DECISION[PRICE_DECISION.index("PHỤ LỤC"):])
    assert [r["surface"] for r in rows] == ["8.500", "6.900", "6.000", "5.200", "12.400", "11.000"]


TASKS_PLAN = "II. NHIỆM VỤ NĂM 2026\n- Thông qua 8 nhiệm vụ trọng tâm của ngành.\n- {}\n"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (TASKS_PLAN.format("Thực hiện khoảng 45 nhiệm vụ nghiên cứu cấp tỉnh."), "45",
         {"role": "plan", "period": "2026"}),
        (TASKS_PLAN.format("Nghiệm thu từ 12 đến 15 nhiệm vụ khoa học."), "12 đến 15",
         {"role": "plan", "period": "2026"}),
        (TASKS_PLAN.format("Đề xuất 3 nhiệm vụ cấp bộ với tổng kinh phí 9 tỷ đồng."), "3",
         {"role": "plan", "period": "2026"}),
        (TASKS_PLAN.format("Thu ngân sách 120 tỷ đồng."), "8", {"role": "context"}),
    ],
    ids=["tasks-counted-about", "tasks-in-a-range", "tasks-with-money-for-them", "the-plans-own-list"],
)
def test_tasks_to_carry_out_are_targets_not_the_plans_own_list(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Người tham gia bảo hiểm y tế khám đúng tuyến được hưởng 80% chi phí khám, chữa bệnh.", "80%",
         {"role": "context"}),
        ("Học sinh cùng chi trả 30% giá vé xe buýt, phần còn lại do ngân sách bảo đảm.", "30%", {"role": "context"}),
        ("Trẻ em dưới 6 tuổi được quỹ thanh toán 100% chi phí điều trị.", "100%", {"role": "context"}),
        ("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%.", "93,5%", {"role": "actual"}),
    ],
    ids=["a-benefit-share", "a-co-payment", "a-share-the-fund-pays", "a-coverage-rate-is-a-result"],
)
def test_a_share_of_a_cost_a_scheme_sets_is_a_term(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ lệ đô thị hóa đạt 42,3%, vượt chỉ tiêu Nghị quyết số 05-NQ/TU đề ra (40%).", "40%", {"role": "plan"}),
        ("Thu nội địa đạt 3.050 tỷ đồng, cao hơn kế hoạch tại Quyết định số 118/QĐ-UBND giao (2.900 tỷ đồng).",
         "2.900", {"role": "plan"}),
        ("Thu nội địa vượt kế hoạch tại Quyết định số 118/QĐ-UBND giao (đạt 105,2%).", "105,2%",
         {"role": "actual"}),
    ],
    ids=["a-target-set-by-a-numbered-resolution", "a-plan-given-by-a-numbered-decision", "a-result-against-it"],
)
def test_a_bracket_spelling_out_a_target_whose_document_is_numbered(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_RECORD_WITH_PLANS = (
    "BIÊN BẢN HỌP\n\nI. DIỄN BIẾN\n"
    "1. Báo cáo của Ủy ban nhân dân xã\n"
    "Năm 2024 thu ngân sách xã đạt 12,4 tỷ đồng.\n"
    "Kế hoạch năm 2025, UBND xã trình Hội đồng nhân dân xã thông qua các chỉ tiêu chủ yếu như sau: thu ngân sách xã "
    "13 tỷ đồng; làm mới 4 km đường giao thông nông thôn; có thêm 1 thôn đạt chuẩn nông thôn mới kiểu mẫu.\n"
    "2. Thảo luận tại hội trường\n"
    "Có 11 lượt đại biểu phát biểu ý kiến tại phiên thảo luận.\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_RECORD_WITH_PLANS, "13", {"role": "plan", "period": "2025"}),
        (_RECORD_WITH_PLANS, "11", {"role": "actual", "period": None}),
        (_RECORD_WITH_PLANS.replace("2. Thảo luận", "II. Thảo luận"), "11", {"role": "actual", "period": None}),
        (_RECORD_WITH_PLANS.replace("\n2. Thảo luận tại hội trường", ""), "11", {"role": "plan"}),
    ],
    ids=["the-plan-paragraph", "the-next-section-of-its-level", "the-next-section-above", "no-heading-after-it"],
)
def test_a_plan_paragraph_ends_with_its_section(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tờ trình về kế hoạch đầu tư công năm 2026: 28/30 đại biểu có mặt tán thành, đạt 93,33%.", "28/30",
         {"role": "actual", "period": None}),
        ("Tờ trình về kế hoạch đầu tư công năm 2026: 28/30 đại biểu có mặt tán thành, đạt 93,33%.", "93,33%",
         {"role": "actual", "period": None}),
        ("Nghị quyết về quyết toán ngân sách năm 2023: 02 đại biểu không tán thành.", "02",
         {"role": "actual", "period": None}),
        ("Điều 2 về phương án phân phối lợi nhuận năm 2025 có 1.520.000 cổ phần nhất trí (98,7%).", "98,7%",
         {"role": "actual", "period": None}),
        ("Năm 2024 có 1.250 hộ dân nhất trí bàn giao mặt bằng.", "1.250", {"period": "2024"}),
    ],
    ids=["a-tally", "its-share", "votes-against", "shares-agreeing", "households-agreeing-are-no-vote"],
)
def test_a_vote_tally_is_the_meetings_result(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Hội nghị làm việc trong 02 ngày, xem xét 9 báo cáo, 4 tờ trình của Ủy ban.", "9", {"role": "context"}),
        ("Hội nghị làm việc trong 02 ngày, xem xét 9 báo cáo, 4 tờ trình của Ủy ban.", "4", {"role": "context"}),
        ("Hội nghị đã nghe 5 báo cáo tham luận của các địa phương.", "5", {"role": "context"}),
        ("Hội nghị đã thông qua 3 nghị quyết chuyên đề.", "3", {"role": "actual"}),
        ("Đoàn đã tiếp nhận 124 ý kiến, kiến nghị của cử tri, trong đó 90 kiến nghị thuộc thẩm quyền của tỉnh.", "124",
         {"role": "context", "period": None}),
        ("Đoàn đã tiếp nhận 124 ý kiến, kiến nghị của cử tri, trong đó 90 kiến nghị thuộc thẩm quyền của tỉnh.", "90",
         {"role": "context"}),
        ("Viện kiểm sát ban hành 12 kiến nghị khắc phục vi phạm.", "12", {"role": "actual"}),
        ("Hợp đồng gồm 04 trang, được lập thành 06 bản có giá trị pháp lý như nhau, mỗi bên giữ 03 bản.", "06",
         {"role": "context", "period": None}),
        ("Hợp đồng gồm 04 trang, được lập thành 06 bản có giá trị pháp lý như nhau, mỗi bên giữ 03 bản.", "04",
         {"role": "context"}),
        ("Toàn xã có 12 bản đạt chuẩn nông thôn mới.", "12", {"role": "actual"}),
        ("Khách mời: lãnh đạo các sở, ngành và Chủ tịch UBND 11 huyện, thị xã.", "11", {"role": "context"}),
    ],
    ids=["papers-considered", "the-paper-listed-after", "reports-heard", "resolutions-passed-are-a-result",
         "petitions-collected", "petitions-in-it", "a-procuracys-recommendations", "copies-of-a-contract",
         "its-pages", "villages-are-no-copies", "guests"],
)
def test_a_sessions_agenda_petitions_guests_and_copies_are_context(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_RECORD_WITH_A_PAPER = (
    "BIÊN BẢN KỲ HỌP\n\nI. NỘI DUNG\n"
    "1. Khai mạc kỳ họp\nChủ tọa phát biểu khai mạc.\n"
    "2. {heading}\n"
    "Tổng chi ngân sách địa phương 640,5 tỷ đồng, trong đó chi đầu tư phát triển 180,2 tỷ đồng.\n"
    "3. Thảo luận tại hội trường\nCó 8 lượt đại biểu phát biểu.\n"
)


@pytest.mark.parametrize(
    ("heading", "surface", "expected"),
    [
        ("Báo cáo dự toán ngân sách năm 2026", "180,2", {"role": "plan", "period": "2026"}),
        ("Tờ trình về kế hoạch đầu tư công năm 2026", "640,5", {"role": "plan", "period": "2026"}),
        ("Báo cáo dự toán ngân sách năm 2026", "8", {"role": "actual"}),
        ("Báo cáo kết quả thực hiện dự toán ngân sách năm 2026", "180,2", {"role": "actual"}),
    ],
    ids=["a-report-of-an-estimate", "a-submission-of-a-plan", "the-section-after-it", "a-report-of-results"],
)
def test_a_heading_naming_a_paper_presenting_a_plan_opens_targets(heading, surface, expected):
    assert fields_at(_RECORD_WITH_A_PAPER.format(heading=heading), surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [
        ("Thực hiện chỉ đạo của Ban Chỉ đạo 389 tỉnh, lực lượng chức năng đã kiểm tra 215 vụ.", "389", False),
        ("Theo báo cáo của Ban Chỉ đạo 138 thành phố, toàn thành phố giảm 12 vụ phạm pháp hình sự.", "138", False),
        ("Tổ công tác 970 đã kiểm tra 40 cơ sở kinh doanh.", "970", False),
        ("Huyện đã kiện toàn ban chỉ đạo 3 cấp và 45 tổ công tác.", "45", True),
        ("Thực hiện chỉ đạo của Ban Chỉ đạo 389 tỉnh, lực lượng chức năng đã kiểm tra 215 vụ.", "215", True),
    ],
    ids=["a-steering-committee", "another-level", "a-task-force", "counted-task-forces", "the-count-after-it"],
)
def test_a_body_named_by_a_number_holds_no_figure(text, surface, kept):
    assert (surface in [r["surface"] for r in figures(text)]) == kept


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Dự toán thu năm 2025 là 472 tỷ đồng, bằng 97,1% ước thực hiện năm 2024.", "97,1%",
         {"kind": "plan_ratio", "base": "2024"}),
        ("Chi thường xuyên năm 2025 là 300 tỷ đồng, chỉ bằng 92% thực hiện năm 2023.", "92%",
         {"kind": "plan_ratio", "base": "2023"}),
        ("Tỷ lệ che phủ rừng năm 2024 bằng 45% diện tích tự nhiên.", "45%", {"kind": "share", "base": None}),
    ],
    ids=["of-a-years-estimate", "of-a-years-result", "a-share-is-no-ratio"],
)
def test_a_percent_of_a_years_level_is_a_ratio_to_that_year(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Ban Pháp chế đề nghị UBND tỉnh tập trung xử lý dứt điểm 120 hồ sơ tồn đọng.", "120", {"role": "plan"}),
        ("Hội đồng đề nghị Sở Kế hoạch và Đầu tư rà soát 35 dự án chậm tiến độ.", "35", {"role": "plan"}),
        ("Đoàn thanh tra kiến nghị thu hồi 28,9 tỷ đồng về ngân sách.", "28,9", {"role": "actual"}),
        ("Năm 2024 tiếp nhận 25 hồ sơ đề nghị cấp phép, đã cấp 20 giấy phép.", "20", {"role": "actual"}),
    ],
    ids=["a-request-to-a-body", "to-a-department", "an-inspections-recommendation", "applications-received"],
)
def test_a_request_addressed_to_a_body_sets_a_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Các doanh nghiệp cấp nước chi trả với mức 40 đồng/m3 nước bán ra.", "40",
         {"role": "context", "period": None}),
        ("Năm 2024, các nhà máy xi măng nộp với mức 1.500 đồng/tấn sản phẩm.", "1.500",
         {"role": "context"}),
        ("Năm 2024, giá bán điện bình quân đạt 2.100 đồng/kWh.", "2.100", {"role": "actual", "period": "2024"}),
    ],
    ids=["a-rate-paid-at-a-set-level", "a-levy-paid-at-a-set-level", "a-price-reached-is-a-result"],
)
def test_a_price_per_unit_paid_at_a_set_level_is_a_term(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Các cơ sở kinh doanh du lịch chi trả từ 0,5-1% doanh thu cho quỹ.", "0,5-1%",
         {"role": "context", "period": None}),
        ("Năm 2024, theo điều lệ, công ty trích 10% lợi nhuận sau thuế để lập quỹ đầu tư phát triển.", "10%",
         {"role": "context"}),
        ("Năm 2024, hợp tác xã nộp 5% tổng số tiền thu được vào quỹ chung.", "5%", {"role": "context"}),
        ("Năm 2024, doanh thu của hợp tác xã tăng 5% so với năm 2023.", "5%", {"role": "actual"}),
    ],
    ids=["a-share-of-revenue-paid", "a-share-of-profit-set-aside", "a-share-of-takings-paid-in",
         "a-rise-in-revenue-is-a-result"],
)
def test_a_share_of_takings_paid_or_set_aside_is_a_term(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, đơn giá được nhân với hệ số vùng: vùng thuận lợi K = 1,0;", "1,0",
         {"kind": "other", "role": "context"}),
        ("Năm 2024, mức hỗ trợ tính theo công thức với a = 0,85.", "0,85", {"kind": "other", "role": "context"}),
        ("Năm 2024, hệ số K2 = 1,15 áp dụng cho vùng khó khăn.", "1,15", {"kind": "other", "role": "context"}),
        ("Năm 2024, toàn huyện có 1,0 nghìn hộ tham gia.", "1,0", {"role": "actual"}),
    ],
    ids=["a-coefficient-by-its-letter", "a-lowercase-symbol", "a-numbered-symbol", "no-symbol-before-it"],
)
def test_a_coefficient_given_by_its_symbol_is_a_term(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [
        ("Hãng mở đường bay mới (chuyến bay QH 102/QH 103) từ tháng 6.", "103", False),
        ("Tuyến tàu SE 1/SE 2 chạy hằng ngày, chở 420 khách.", "2", False),
        ("Ngày 10/02/2024 (mùng 1 Tết), bệnh viện tiếp nhận 215 ca cấp cứu.", "1", False),
        ("Ngày 24/02/2024 (15 tháng Giêng), lễ hội đón 12.000 lượt khách.", "15", False),
        ("Dịp Tết, bệnh viện tiếp nhận 215 ca cấp cứu.", "215", True),
        ("Tỉnh xếp thứ 5 trong nhóm quy mô 2-3 triệu dân.", "2", False),
        ("Tỉnh xếp thứ 5 trong nhóm quy mô 2-3 triệu dân.", "3", False),
        ("Trong năm, có 35 doanh nghiệp thuộc nhóm quy mô từ 10 đến 50 lao động.", "50", False),
        ("Trong năm, quy mô dân số đạt 1,2 triệu người.", "1,2", True),
    ],
    ids=["the-second-flight-code-of-a-pair", "the-second-train-code-of-a-pair", "a-lunar-new-year-day",
         "a-lunar-month-day", "a-count-at-tet", "a-size-class-range-start", "a-size-class-range-end",
         "a-size-class-range-in-words", "a-size-is-a-figure"],
)
def test_codes_lunar_days_and_size_classes_are_not_figures(text, surface, is_figure):
    assert (surface in [r["surface"] for r in figures(text)]) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, hãng mở đường bay Hà Nội - Seoul với tần suất 7 chuyến/tuần.", "7", {"role": "context"}),
        ("Năm 2024, tuyến xe buýt số 5 chạy với tần suất 20 chuyến/ngày.", "20", {"role": "context"}),
        ("Năm 2024, cảng đón bình quân 120 chuyến/ngày.", "120", {"role": "actual"}),
    ],
    ids=["a-new-routes-schedule", "a-bus-lines-schedule", "an-average-of-flights-is-a-result"],
)
def test_a_services_schedule_frequency_is_a_term(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024, sản lượng lúa đạt 52.300 tấn, tăng 6,1%, vượt 3,5% kế hoạch.", "3,5%",
         {"unit": "percent", "kind": "growth"}),
        ("Năm 2024, thu ngân sách đạt 1.250 tỷ đồng, tăng 8%, vượt 5% dự toán.", "5%",
         {"unit": "percent", "kind": "growth"}),
        ("Năm 2024, giải quyết 2.318 tin, đạt 95,2%, vượt 5,2% so với chỉ tiêu.", "5,2%",
         {"unit": "percentage_point"}),
    ],
    ids=["a-tonnage-beating-its-plan", "a-revenue-beating-its-estimate", "a-share-beating-its-target-in-points"],
)
def test_a_level_beating_its_plan_after_its_growth_is_a_percent_of_the_level(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_ROWS_OF_PARTS = ("Kết quả sản xuất theo quý năm 2025:\n\n"
                  "Kỳ | Sản lượng (tấn) | Doanh thu (triệu đồng) | So với cùng kỳ (%) | Lũy kế từ đầu năm (tấn)\n"
                  "Quý I/2025 | 1.320 | 4.150 | 108,4 | 1.320\n"
                  "6 tháng đầu năm 2025 | 2.710 | 8.600 | 106,2 | 2.710\n"
                  "Quý III 2025 | 1.410 | 4.480 | 103,9 | 4.120\n"
                  "Tháng 9/2025 | 480 | 1.510 | 104,0 | 4.020\n"
                  "Cả năm | 5.600 | 17.900 | 105,1 | 5.600\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ROWS_OF_PARTS, "1.320", {"period": "2025-Q1"}),
        (_ROWS_OF_PARTS, "4.150", {"period": "2025-Q1"}),
        (_ROWS_OF_PARTS, "108,4", {"period": "2025-Q1", "kind": "plan_ratio"}),
        (_ROWS_OF_PARTS, "2.710", {"period": "2025-H1"}),
        (_ROWS_OF_PARTS, "4.480", {"period": "2025-Q3"}),
        (_ROWS_OF_PARTS, "1.510", {"period": "2025-09"}),
        (_ROWS_OF_PARTS, "4.020", {"period": None}),
        (_ROWS_OF_PARTS, "17.900", {"period": "2025"}),
    ],
    ids=["a-quarters-row", "its-other-column", "its-comparison", "a-halfs-row", "a-quarter-before-a-bare-year",
         "a-months-row",
         "a-running-total-keeps-no-code", "the-years-row"],
)
def test_a_row_labelled_with_a_part_of_a_year_holds_that_parts_figures(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, nhiệt độ trung bình tại trạm Tuyên Quang là 23,9°C.", "23,9", ("count", "°C", "amount")),
     ("Năm 2024, nhiệt độ cao nhất đo được đạt 39,6 °C.", "39,6", ("count", "°C", "amount")),
     ("Năm 2024, nồng độ bụi TSP trung bình tại các khu dân cư là 142 µg/m3.", "142", ("count", "µg/m3", "amount")),
     ("Năm 2024, hàm lượng amoni trong nước sông trung bình 0,42 mg/l.", "0,42", ("count", "mg/l", "amount")),
     ("Năm 2024, nồng độ SO2 trung bình 1 giờ cao nhất là 0,12 mg/m3.", "0,12", ("count", "mg/m3", "amount")),
     ("Năm 2024, trạm bơm tiêu thoát nước với lưu lượng 80 l/s.", "80", ("count", "l/s", "amount"))],
    ids=["degrees-glued", "degrees-spaced", "micrograms-per-m3", "milligrams-per-litre", "milligrams-per-m3",
         "litres-per-second"],
)
def test_a_measure_in_a_unit_written_with_signs_is_an_amount(text, surface, expected):
    row = figure_at(text, surface)
    assert (row["unit"], row["counted"], row["kind"]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [("Tổng lượng mưa năm 2024 tại trạm Hà Giang là 2.410 mm, nhiều hơn TBNN 95 mm và nhiều hơn năm 2023 "
      "120 mm.", "95", "2024"),
     ("Nhiệt độ trung bình năm 2024 là 22,1°C, thấp hơn TBNN 0,3°C và cao hơn năm 2022 0,4°C.", "0,3", "2024")],
    ids=["rain-then-a-comparative-with-a-year", "degrees-then-a-comparative-with-a-year"],
)
def test_a_year_after_a_comparative_is_not_the_period_of_the_figure_before(text, surface, period):
    assert fields_at(text, surface, {"period": period}) == {"period": period}


_RAIN_TABLE = ("BÁO CÁO KHÍ HẬU NĂM 2023\nBảng 2. Lượng mưa và nhiệt độ các tháng năm 2023 tại trạm Lạng Sơn\n"
               "Tháng | Lượng mưa (mm) | So với trung bình nhiều năm (%) | Nhiệt độ (°C) | Chuẩn sai (°C)\n"
               "Tháng 5 | 164,2 | 91 | 25,3 | 0,7\nTháng 6 | 210,8 | 104 | 27,1 | -0,3\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("164,2", {"unit": "count", "counted": "mm", "kind": "amount", "period": "2023-05"}),
     ("25,3", {"unit": "count", "counted": "°C", "kind": "amount", "period": "2023-05"}),
     ("-0,3", {"kind": "change", "period": "2023-06"}),
     ("104", {"kind": "plan_ratio", "period": "2023-06"})],
    ids=["rain-column-in-mm", "temperature-column-in-degrees", "an-anomaly-column-of-the-month",
         "a-percent-of-the-long-term-mean-of-the-month"],
)
def test_a_month_table_of_measures_against_a_long_term_mean(surface, expected):
    assert fields_at(_RAIN_TABLE, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, nồng độ bụi TSP trung bình năm là 162 µg/m3, vượt QCVN (140 µg/m3).", "140", {"role": "plan"}),
     ("Năm 2024, nồng độ SO2 trung bình 1 giờ lớn nhất là 212 µg/m3, thấp hơn giới hạn theo QCVN 05:2023/BTNMT "
      "(350 µg/m3).", "350", {"role": "plan"}),
     ("Năm 2024, tiếng ồn trung bình tại các nút giao là 72 dBA, cao hơn giới hạn 70 dBA của quy chuẩn.", "70",
      {"role": "plan"}),
     ("Năm 2024, nồng độ PM10 trung bình năm đạt 48 µg/m3, gấp 3,2 lần giá trị hướng dẫn của Tổ chức Y tế Thế giới "
      "là 15 µg/m3.", "15", {"role": "plan"}),
     ("Năm 2024, nồng độ bụi TSP trung bình năm là 162 µg/m3, vượt QCVN (140 µg/m3).", "162", {"role": "actual"})],
    ids=["a-bracket-after-a-bare-standard", "a-bracket-after-a-standards-code", "a-limit-of-the-standard-after-it",
         "a-guideline-value-before-a-copula", "the-measured-level-stays-a-result"],
)
def test_an_environmental_limit_is_a_requirement(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [("Năm 2024, số ngày có nồng độ bụi PM10 trung bình 24 giờ vượt quy chuẩn là 12 ngày.", "24", False),
     ("Năm 2024, hàm lượng ozon trung bình 8 giờ cao nhất là 182 µg/m3.", "8", False),
     ("Năm 2024, tổng số giờ nắng tại trạm Mộc Châu là 1.905 giờ, nhiều hơn năm 2023 112 giờ.", "1.905", True),
     ("Năm 2024, số giờ vận hành của tổ máy đạt 6.820 giờ.", "6.820", True)],
    ids=["a-24-hour-average", "an-8-hour-average", "hours-of-sunshine", "hours-of-running"],
)
def test_hours_averaged_over_are_a_label_and_a_number_of_hours_a_figure(text, surface, kept):
    assert (surface in [r["surface"] for r in figures(text)]) is kept


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, tổng lượng mưa tại trạm Hà Giang là 2.410 mm, nhiều hơn năm 2023 120 mm.", "120",
      {"role": "actual", "period": "2024", "base": "2023"}),
     ("Năm 2024, toàn tỉnh có 14 đợt rét đậm, ít hơn năm 2022 3 đợt.", "3",
      {"role": "actual", "period": "2024", "base": "2022"})],
    ids=["more-than-a-year-named", "fewer-than-a-year-named"],
)
def test_a_gap_from_an_earlier_year_named_between_a_comparative_and_the_number(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("Năm 2024, tổng lượng mưa tại trạm Thái Nguyên đạt 1.720,4 mm, bằng 94% TBNN.", "94%", "plan_ratio"),
     ("Năm 2024, số giờ nắng đạt 1.510 giờ, bằng 103% trung bình nhiều năm.", "103%", "plan_ratio")],
    ids=["a-percent-of-tbnn", "a-percent-of-the-long-term-mean-written-out"],
)
def test_a_percent_of_a_long_term_mean_is_a_ratio_to_a_reference(text, surface, kind):
    assert fields_at(text, surface, {"kind": kind, "base": None}) == {"kind": kind, "base": None}


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("Năm 2024, tổng số giờ nắng tại trạm Mộc Châu là 1.905 giờ, nhiều hơn năm 2023 112 giờ.", "1.905", "amount"),
     ("Năm 2024, tổng số giờ nắng tại trạm Mộc Châu là 1.905 giờ, nhiều hơn năm 2023 112 giờ.", "112", "change")],
    ids=["a-number-of-hours-is-a-level", "its-gap-stays-a-change"],
)
def test_a_number_of_hours_named_before_them_is_a_level(text, surface, kind):
    assert fields_at(text, surface, {"kind": kind}) == {"kind": kind}


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [("Dự báo năm 2025, lượng mưa tại các trạm có khả năng đạt 1.900 mm.", "1.900", "estimated"),
     ("Trong mùa hè năm 2025, nhiệt độ cao nhất có thể đạt 39°C.", "39", "estimated"),
     ("Năm 2024, bệnh viện có thể tiếp nhận 500 bệnh nhân nội trú.", "500", "exact")],
    ids=["likely-to-reach", "may-reach", "can-is-no-estimate"],
)
def test_a_forecasts_likely_level_is_estimated(text, surface, qualifier):
    assert fields_at(text, surface, {"qualifier": qualifier}) == {"qualifier": qualifier}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024 có 5 đợt không khí lạnh ảnh hưởng đến tỉnh (TBNN khoảng 7-8 đợt).", "7-8",
      {"role": "context", "period": None}),
     ("Năm 2024, lượng mưa tại trạm Cao Bằng là 1.420 mm (trung bình nhiều năm 1.510 mm).", "1.510",
      {"role": "context", "period": None}),
     ("Năm 2024 có 5 đợt không khí lạnh ảnh hưởng đến tỉnh (TBNN khoảng 7-8 đợt).", "5",
      {"role": "actual", "period": "2024"})],
    ids=["a-long-term-count-in-a-bracket", "a-long-term-level-written-out", "the-years-own-count-stays"],
)
def test_a_long_term_mean_in_a_bracket_is_a_reference_of_no_time(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Năm 2024, áp thấp nhiệt đới số 2 gây mưa lớn ở các huyện miền núi.", "2"),
     ("Năm 2024, bão số 5 làm đổ 120 cây xanh.", "5")],
    ids=["a-numbered-depression", "a-numbered-storm-before-a-verb"],
)
def test_a_storm_named_by_its_number_is_no_figure(text, surface):
    assert surface not in [r["surface"] for r in figures(text)]


_OUTLOOK = ("Sơn La, ngày 12 tháng 01 năm 2025\n\nBÁO CÁO\nTổng kết khí hậu năm 2024 và nhận định xu thế năm 2025\n\n"
            "I. ĐẶC ĐIỂM KHÍ HẬU NĂM 2024\n"
            "Tổng lượng mưa năm 2024 tại trạm Sơn La là 1.402 mm.\n\n"
            "II. NHẬN ĐỊNH XU THẾ KHÍ HẬU NĂM 2025\n"
            "Dự báo nhiệt độ trung bình năm 2025 có khả năng thấp hơn TBNN từ 0,2 đến 0,4°C; mùa đông năm 2025 "
            "nhiệt độ thấp nhất có thể xuống 2-4°C.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("0,2 đến 0,4", {"role": "actual", "qualifier": "estimated", "period": "2025"}),
     ("2-4", {"role": "actual", "qualifier": "estimated", "period": "2025"}),
     ("1.402", {"qualifier": "exact"})],
    ids=["a-gap-the-outlook-expects", "a-level-the-outlook-expects", "the-years-result-stays-exact"],
)
def test_an_outlook_heading_forecasts_results(surface, expected):
    assert fields_at(_OUTLOOK, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Năm 2024 xảy ra 6 đợt rét hại (nhiệt độ trung bình ngày từ 13°C trở xuống).", "13"),
     ("Năm 2024 có 95 ngày ở mức trung bình (AQI từ 51 đến 100).", "51"),
     ("Năm 2024 có 95 ngày ở mức trung bình (AQI từ 51 đến 100).", "100"),
     ("Năm 2024 có 3 đợt mưa lớn diện rộng (lượng mưa ngày từ 100 mm trở lên).", "100")],
    ids=["a-cold-spells-threshold", "a-class-ranges-start", "a-class-ranges-end", "a-heavy-rains-threshold"],
)
def test_a_bound_on_a_measure_alone_in_a_bracket_defines_a_class(text, surface):
    assert surface not in [r["surface"] for r in figures(text)]


def test_a_measure_in_a_bracket_with_a_verb_stays_a_figure():
    text = "Năm 2024 có 3 đợt mưa lớn (lượng mưa đạt từ 100 mm trở lên)."
    assert "100" in [r["surface"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("Năm 2024, giá trị AQI giờ cao nhất tại trạm Nguyễn Văn Cừ là 214.", "214", "other"),
     ("Năm 2024, chỉ số WQI tại cống Xuân Quan đạt 48, ở mức kém.", "48", "other"),
     ("Năm 2024, số ngày có AQI ở mức kém là 96 ngày.", "96", "count")],
    ids=["an-air-quality-index-value", "a-water-quality-index-value", "days-counted-stay-a-count"],
)
def test_a_bare_number_after_an_index_on_its_own_scale_is_other(text, surface, kind):
    assert fields_at(text, surface, {"kind": kind}) == {"kind": kind}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, giá vé lượt áp dụng ở mức 6.000 đồng/lượt và 10.000 đồng/lượt tùy chặng.", "10.000",
      {"role": "context"}),
     ("Năm 2024, vé tháng liên tuyến giữ ở 180.000 đồng/tháng.", "180.000", {"role": "context"}),
     ("Năm 2024, mức phí đối với xe con là 25.000 đồng/lượt.", "25.000", {"role": "context"}),
     ("Năm 2024, công ty bán được 5.210 vé tháng.", "5.210", {"role": "actual"})],
    ids=["a-fare-per-trip", "a-monthly-pass", "a-toll-per-trip", "passes-sold-stay-a-result"],
)
def test_a_fare_a_toll_or_a_pass_price_is_a_term(text, surface, expected):
    assert fields_at(text, surface, set(expected)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, giá thẻ tháng là 300.000 đồng/thẻ/tháng.", "300.000", {"unit": "VND_per_month", "kind": "rate"}),
     ("Năm 2024, vé năm có giá 4.500.000 đồng/vé/năm.", "4.500.000", {"unit": "VND_per_year", "kind": "rate"}),
     ("Năm 2024, vé quý có giá 900.000 đồng/vé/quý.", "900.000", {"unit": "VND", "kind": "amount"})],
    ids=["a-card-per-month", "a-pass-per-year", "a-quarter-is-no-rate"],
)
def test_a_price_per_pass_per_a_time_is_money_per_that_time(text, surface, expected):
    assert fields_at(text, surface, set(expected)) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Năm 2024, xe loại 1 (xe dưới 9 chỗ, xe tải dưới 1,5 tấn) chiếm 71% lượt xe.", "9"),
     ("Năm 2024, xe loại 1 (xe dưới 9 chỗ, xe tải có tải trọng dưới 1,5 tấn) chiếm 71% lượt xe.", "1,5"),
     ("Năm 2024, doanh nghiệp nhóm 2 (từ 50 lao động đến dưới 200 lao động) chiếm 12%.", "200"),
     ("Năm 2024, hộ nhóm 3 (thu nhập từ 60 triệu đồng/năm trở lên) có 410 hộ.", "60")],
    ids=["seats-bounding-a-class", "a-having-word-in-the-item", "a-ranges-end", "an-open-threshold"],
)
def test_a_bound_in_a_bracket_after_a_numbered_group_defines_it(text, surface):
    assert surface not in [r["surface"] for r in figures(text)]


def test_a_change_in_a_bracket_after_a_numbered_group_stays_a_figure():
    text = "Năm 2024, nhóm 2 (tăng từ 40% lên 45%) dẫn đầu."
    assert "40%" in [r["surface"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [("Năm 2024, tuyến 18 và tuyến 105 mỗi ngày chở trên 9.000 lượt khách.", "105", False),
     ("Năm 2024, mở mới 6 tuyến xe buýt.", "6", True)],
    ids=["a-route-named-by-its-number", "routes-counted-stay-a-figure"],
)
def test_a_route_named_by_its_number_is_no_figure(text, surface, kept):
    assert (surface in [r["surface"] for r in figures(text)]) is kept


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, trên tuyến xảy ra 4 lần sạt lở taluy.", "4", {"unit": "count", "kind": "count"}),
     ("Năm 2024, máy chủ bị gián đoạn 5 lần, mỗi lần khoảng 10 phút.", "5", {"unit": "count", "kind": "count"}),
     ("Năm 2024, doanh thu gấp 3 lần năm 2020.", "3", {"unit": "times", "kind": "multiple"}),
     ("Năm 2024, số khách bằng 2 lần kế hoạch.", "2", {"unit": "times", "kind": "multiple"})],
    ids=["times-before-the-event", "times-ending-the-clause", "a-multiple-with-gap", "a-multiple-of-a-plan"],
)
def test_times_of_an_event_with_nothing_compared_count_occurrences(text, surface, expected):
    assert fields_at(text, surface, set(expected)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, doanh thu đạt 52,3 tỷ đồng, bằng 96,1% doanh thu theo phương án tài chính (54,4 tỷ đồng).",
      "96,1%", {"kind": "plan_ratio", "base": "plan"}),
     ("Năm 2024, doanh thu đạt 52,3 tỷ đồng, bằng 96,1% doanh thu theo phương án tài chính (54,4 tỷ đồng).",
      "54,4", {"role": "plan"}),
     ("Năm 2024, sản lượng đạt 97% sản lượng theo kế hoạch.", "97%", {"kind": "plan_ratio", "base": "plan"})],
    ids=["a-percent-of-a-financial-plan", "the-financial-plans-level", "a-percent-of-a-quantity-by-plan"],
)
def test_a_percent_of_a_quantity_set_by_a_plan_is_a_plan_ratio(text, surface, expected):
    assert fields_at(text, surface, set(expected)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("Năm 2024, thời gian khai thác còn lại khoảng 9,5 năm.", "9,5", "amount"),
     ("Năm 2024, tỉnh tổ chức kỷ niệm 70 năm ngày giải phóng.", "70", "other")],
    ids=["a-length-of-time-in-years", "an-anniversary-stays-other"],
)
def test_years_after_a_length_of_time_are_an_amount(text, surface, kind):
    assert fields_at(text, surface, {"kind"}) == {"kind": kind}


_FARE_TABLE = """BÁO CÁO KẾT QUẢ NĂM 2024
Loại xe | Giá vé (đồng/lượt) | Hành khách năm 2024 (lượt) | So với năm 2023 (%)
Xe khách | 45.000 | 120.400 | 104,2
Xe giường nằm | 60.000 | 88.150 | 97,9
"""

_YEARS_NEWEST_FIRST = """BÁO CÁO KẾT QUẢ NĂM 2024
Chỉ tiêu | Năm 2024 | Năm 2023 | So sánh (%)
Số chuyến (chuyến) | 5.200 | 5.000 | 104,0
"""


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [(_FARE_TABLE, "45.000", {"role": "context", "period": None}),
     (_FARE_TABLE, "120.400", {"role": "actual", "period": "2024"}),
     (_YEARS_NEWEST_FIRST, "104,0", {"period": "2024", "base": "2023"})],
    ids=["a-fare-column-is-a-term", "its-traffic-stays-a-result", "the-newer-year-against-the-older"],
)
def test_a_fare_column_and_years_newest_first(text, surface, expected):
    assert fields_at(text, surface, set(expected)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("- 8h30: Giám đốc Sở dự họp trực tuyến với 63 tỉnh, thành phố.", "8", False),
     ("- 14 giờ 00: Lãnh đạo huyện kiểm tra 12 công trình thủy lợi.", "00", False),
     ("Đoàn làm việc tại Phòng họp số 4, tầng 2.", "2", False),
     ("Hội nghị tổ chức tại Hội trường lớn tầng 5, Trụ sở Thành ủy.", "5", False),
     ("Tỷ lệ pha trộn là 1:30:45 theo khối lượng, dùng cho 20 mẻ.", "30", True),
     ("- 8h30: Giám đốc Sở dự họp trực tuyến với 63 tỉnh, thành phố.", "63", True)],
    ids=["an-hour-opening-a-schedule-line", "minutes-opening-a-schedule-line", "a-floor-after-a-room",
         "a-floor-before-a-building", "a-ratio-running-on-stays", "a-count-in-a-schedule-line-stays"],
)
def test_a_schedules_clock_times_and_floors_are_no_figures(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2024, tỉnh có 12 dự án đang triển khai với quy mô khoảng 5.300 căn hộ và 2.100 lô đất.", "5.300",
      "context"),
     ("Năm 2024, tỉnh có 12 dự án đang triển khai với quy mô khoảng 5.300 căn hộ và 2.100 lô đất.", "2.100",
      "context"),
     ("Năm 2024, khởi công Khu dân cư phía Bắc, quy mô 18,5 ha, bố trí 620 lô đất ở.", "620", "context"),
     ("Năm 2024, hoàn thành 9 công trình, tổng mức đầu tư trên 25 tỷ đồng.", "25", "actual")],
    ids=["a-scale-past-a-qualifier", "a-second-size-joined-to-a-scale", "a-scales-land-laid-out",
         "a-cost-past-a-qualifier-stays"],
)
def test_a_designed_scale_past_a_qualifier_and_its_joined_sizes_are_background(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Tổ công tác 970 thẩm định 24 hồ sơ đề nghị hỗ trợ.", "970", False),
     ("Ban Chỉ đạo 389 kiểm tra 25 cơ sở kinh doanh.", "389", False),
     ("Ban Chỉ đạo 389 kiểm tra 25 cơ sở kinh doanh.", "25", True)],
    ids=["a-working-groups-number-before-its-verb", "a-steering-bodys-number-before-its-verb",
         "the-count-it-acts-on-stays"],
)
def test_a_bodys_number_before_what_it_does_to_a_count_is_its_name(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


_QUARTER_TASKS = ("BÁO CÁO TÌNH HÌNH NHÀ Ở QUÝ III NĂM 2025\n"
                  "II. NHIỆM VỤ QUÝ IV NĂM 2025\n"
                  "1. Phấn đấu bàn giao 3 khu tái định cư với 450 lô đất trước ngày 31/12/2025.\n"
                  "2. Phấn đấu bàn giao 3 khu tái định cư, 450 lô đất ở trong Quý IV.\n")


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [(_QUARTER_TASKS, "3", "2025"), (_QUARTER_TASKS, "450", "2025")],
    ids=["a-count-before-its-joined-measure-and-deadline", "the-joined-measure-before-the-deadline"],
)
def test_a_year_end_deadline_covers_a_count_and_its_joined_measure(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2024, huyện xây mới 86 phòng học, nâng tổng số phòng học kiên cố lên 1.240 phòng, đạt 82,7% kế hoạch "
      "đến năm 2025 (1.500 phòng).", "86", "actual"),
     ("Năm 2024, huyện xây mới 86 phòng học, nâng tổng số phòng học kiên cố lên 1.240 phòng, đạt 82,7% kế hoạch "
      "đến năm 2025 (1.500 phòng).", "1.240", "actual"),
     ("Năm 2024, huyện xây mới 86 phòng học, nâng tổng số phòng học kiên cố lên 1.240 phòng, đạt 82,7% kế hoạch "
      "đến năm 2025 (1.500 phòng).", "1.500", "plan"),
     ("Mục tiêu đến năm 2025, huyện xây mới 86 phòng học, đạt 82,7% kế hoạch.", "86", "plan")],
    ids=["done-before-a-share-of-a-later-target", "a-running-total-before-it", "the-later-target-itself",
         "a-later-year-before-the-figure-stays-a-target"],
)
def test_a_figure_before_a_share_attained_of_a_later_target_is_done(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_WEEK_SCHEDULE = ("LỊCH CÔNG TÁC TUẦN 12\n(Từ ngày 17/3/2025 đến ngày 23/3/2025)\n\nTHỨ HAI (17/3)\n"
                  "- 8h00: Chủ tịch UBND huyện tiếp công dân định kỳ. Dự kiến tiếp 15 lượt công dân với 6 vụ việc.\n")
_WEEK_REPORT = ("BÁO CÁO CÔNG TÁC TUẦN 12\n\n"
                "Chủ tịch UBND huyện tiếp công dân định kỳ. Dự kiến tiếp 15 lượt công dân với 6 vụ việc.\n")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [(_WEEK_SCHEDULE, "15", "plan"), (_WEEK_SCHEDULE, "6", "plan"), (_WEEK_REPORT, "15", "actual")],
    ids=["what-a-work-schedule-expects", "its-joined-count", "a-report-of-the-week-keeps-its-estimate"],
)
def test_what_a_work_schedule_expects_is_planned(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2025, Sở trình phương án phân bổ vốn sự nghiệp: phân bổ 120 tỷ đồng cho 15 xã.", "120", "plan"),
     ("Năm 2025, Sở trình phương án phân bổ vốn sự nghiệp: phân bổ 120 tỷ đồng cho 15 xã.", "15", "plan"),
     ("Năm 2025, thực hiện phương án sắp xếp: đã giảm 12 đơn vị hành chính cấp xã.", "12", "actual"),
     ("Năm 2025, kết quả thực hiện kế hoạch: phân bổ 120 tỷ đồng cho 15 xã.", "120", "actual")],
    ids=["an-item-of-an-option-submitted", "its-second-figure", "an-option-done-stays-a-result",
         "items-of-no-draft-stay-results"],
)
def test_the_items_after_a_drafts_colon_are_what_it_proposes(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_DATED = "Tam Nông, ngày 20 tháng 11 năm 2025\n\n"


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [(_DATED + "UBND huyện nghe báo cáo dự toán thu ngân sách năm 2026; theo dự thảo, tổng thu dự kiến 1.250 tỷ "
      "đồng, tăng 6,5% so với ước thực hiện năm 2025.\n", "1.250", "2026"),
     (_DATED + "UBND huyện nghe báo cáo dự toán thu ngân sách năm 2026; theo dự thảo, tổng thu dự kiến 1.250 tỷ "
      "đồng, tăng 6,5% so với ước thực hiện năm 2025.\n", "6,5%", "2026"),
     (_DATED + "UBND huyện nghe báo cáo kế hoạch năm 2026; dự kiến xử lý 80% kiến nghị của các năm 2020-2022 "
      "trước ngày 30/6/2026.\n", "80%", None)],
    ids=["a-target-after-its-sentences-later-year", "its-change", "a-clause-naming-its-own-times"],
)
def test_a_target_takes_the_later_year_opening_its_sentence(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2025, Sở trình UBND tỉnh Tờ trình số 88/TTr-SKH về việc phê duyệt chủ trương đầu tư 4 dự án với tổng vốn "
      "860 tỷ đồng.", "4", "plan"),
     ("Năm 2025, Sở trình UBND tỉnh Tờ trình số 88/TTr-SKH về việc phê duyệt chủ trương đầu tư 4 dự án với tổng vốn "
      "860 tỷ đồng.", "860", "plan"),
     ("Năm 2025, UBND tỉnh ban hành Quyết định số 88/QĐ-UBND về việc phê duyệt chủ trương đầu tư 4 dự án với tổng "
      "vốn 860 tỷ đồng.", "860", "actual")],
    ids=["what-a-submission-asks-to-approve", "its-capital", "a-decision-has-approved-a-result"],
)
def test_what_a_submission_asks_to_approve_is_a_target(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Hội đồng xét chọn tối đa 12 sản phẩm vào vòng chung khảo.", "12", "plan"),
     ("Năm 2025, mỗi huyện lựa chọn không quá 3 xã để xây dựng nông thôn mới kiểu mẫu.", "3", "plan"),
     ("Năm 2024, toàn tỉnh có không quá 3 xã chưa đạt chuẩn.", "3", "actual"),
     ("Năm 2024, Hội đồng đã xét chọn 15 công trình.", "15", "actual")],
    ids=["a-cap-on-products-chosen", "a-cap-on-communes-chosen", "a-cap-with-no-choosing", "a-choice-with-no-cap"],
)
def test_a_cap_on_how_many_are_chosen_is_a_quota(text, surface, role):
    assert fields_at(text, surface, {"role": role}) == {"role": role}


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Công ty cần tuyển 45 thợ hàn, tuổi từ 20 đến 45, có sức khỏe tốt.", "20"),
     ("Công ty cần tuyển 45 thợ hàn, tuổi từ 20 đến 45, có sức khỏe tốt.", "45, c"),
     ("Cần 12 nhân viên bán hàng, ưu tiên người có ít nhất 2 năm kinh nghiệm.", "2"),
     ("Tuyển 60 lao động đi Úc, thời hạn hợp đồng 4 năm.", "4"),
     ("Hộ được vay 50 triệu đồng, thời hạn vay 5 năm.", "5 năm")],
    ids=["an-age-range-after-an-age-word", "its-second-age", "years-of-experience-required",
         "a-contracts-term", "a-loans-term"],
)
def test_ages_experience_and_a_contracts_term_naming_who_qualifies_are_labels(text, surface):
    at = text.index(surface)
    assert at not in [r["start"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "count"),
    [("Hội người cao tuổi 120 người tham gia tập dưỡng sinh.", "120", True),
     ("Cả huyện có 3.200 lao động có trên 5 năm kinh nghiệm nghề mộc.", "3.200", True)],
    ids=["an-age-word-without-từ-counts", "those-with-experience-are-counted"],
)
def test_a_count_beside_an_age_word_or_experience_stays_a_figure(text, surface, count):
    assert (text.index(surface) in [r["start"] for r in figures(text)]) == count


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [("Thu nhập bình quân của công nhân đạt 9,2 triệu đồng/tháng.", "9,2", "VND_per_person_per_month"),
     ("Ngoài lương, công ty trả phụ cấp độc hại 800.000 đồng/tháng.", "800.000", "VND_per_person_per_month"),
     ("Lương cơ bản khoảng 1.200 USD/tháng, chưa kể làm thêm.", "1.200", "USD_per_person_per_month")],
    ids=["an-average-income", "an-allowance", "a-base-wage"],
)
def test_an_income_an_allowance_or_a_base_wage_per_month_is_per_person(text, surface, unit):
    assert fields_at(text, surface, {"unit": unit}) == {"unit": unit}


_MONTHS_OF_A_LATER_YEAR = (
    "II. KẾT QUẢ NĂM 2024\n"
    "Năm 2024, Hội tổ chức 14 lớp tập huấn.\n"
    "Trong 10 tháng năm 2025, Hội đã tổ chức 12 lớp, đạt 80% kế hoạch năm.\n"
    "Lũy kế 8 tháng năm 2025, Quỹ đã giải ngân 46 tỷ đồng, đạt 70% kế hoạch.\n"
)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("14", {"role": "actual", "period": "2024"}),
     ("12", {"role": "actual", "period": None}),
     ("80%", {"role": "actual", "period": None}),
     ("46", {"role": "actual", "period": None})],
    ids=["the-headings-year", "months-of-a-later-year-done", "their-share-of-the-plan", "a-running-total"],
)
def test_months_of_a_later_year_done_are_results_of_no_code(surface, expected):
    assert fields_at(_MONTHS_OF_A_LATER_YEAR, surface, expected) == expected


def test_a_later_years_target_without_months_counted_stays_a_target():
    text = ("II. KẾT QUẢ NĂM 2024\nNăm 2024, Hội tổ chức 14 lớp.\n"
            "Năm 2025, Hội phấn đấu tổ chức 16 lớp, đạt 100% kế hoạch.\n")
    assert fields_at(text, "16", {"role"}) == {"role": "plan"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Thực tập sinh nhận lương 180.000 yên/tháng.", "180.000",
      {"unit": "count", "counted": "yên/tháng", "kind": "amount"}),
     ("Lao động tại Hàn Quốc nhận khoảng 2.400.000 won/tháng.", "2.400.000",
      {"unit": "count", "counted": "won/tháng", "kind": "amount"}),
     ("Mức lương tối thiểu là 27.470 Đài tệ/tháng.", "27.470",
      {"unit": "count", "counted": "Đài tệ/tháng", "kind": "amount"}),
     ("Mỗi chuyến chở 38 khách/ngày.", "38", {"unit": "count_per_day"})],
    ids=["yen-a-month", "won-a-month", "taiwan-dollars-a-month", "a-count-per-day-stays-a-rate"],
)
def test_money_in_a_currency_the_vocabulary_lacks_per_a_time_is_an_amount(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_EVENT_NOTICE = (
    "THÔNG BÁO\n"
    "Tổ chức Hội chợ nông sản lần thứ 5 năm 2025\n\n"
    "I. QUY MÔ\n"
    "Dự kiến có 120 gian hàng của 85 doanh nghiệp, hợp tác xã tham gia.\n"
    "Ban Tổ chức hỗ trợ 2 triệu đồng/gian hàng cho hợp tác xã; nhân viên phục vụ được trả 300.000 đồng/người.\n\n"
    "II. KẾT QUẢ HỘI CHỢ NĂM 2024\n"
    "Năm 2024, Hội chợ thu hút 96 doanh nghiệp tham gia.\n"
)


@pytest.mark.parametrize(
    ("surface", "role"),
    [("120", "plan"), ("85", "plan"), ("300.000", "context")],
    ids=["booths-it-will-hold", "firms-expected", "a-payment-per-person-it-offers"],
)
def test_a_notice_of_an_event_to_come_holds_targets_and_terms(surface, role):
    assert fields_at(_EVENT_NOTICE, surface, {"role"}) == {"role": role}


def test_a_notice_keeps_last_years_results_under_a_heading_naming_the_year():
    assert fields_at(_EVENT_NOTICE, "96", {"role"}) != {"role": "plan"}


def test_a_notice_of_a_meetings_conclusions_is_no_event_to_come():
    text = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp\n\nI. TÌNH HÌNH\nCó 12 dự án chậm tiến độ.\n"
    assert fields_at(text, "12", {"role"}) == {"role": "actual"}


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [("Khu chợ có 60 ki-ốt: ki-ốt số 1 đến số 24 bán rau quả.", "24", False),
     ("Ký túc xá bố trí phòng số 3 đến số 12 cho sinh viên năm nhất.", "12", False),
     ("Trường có 12 phòng học, từ 8 đến 12 phòng đạt chuẩn.", "8 đến", True)],
    ids=["the-last-kiosk-of-a-range", "the-last-room-of-a-range", "a-range-of-counts-stays"],
)
def test_the_second_of_a_range_of_numbered_things_is_a_name(text, surface, figure):
    assert (text.index(surface) in [r["start"] for r in figures(text)]) == figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Báo cáo năm 2024\nGiai đoạn 2020 - 2024, sản lượng tăng bình quân 6,1%/năm; riêng năm 2022 sản lượng giảm "
      "4,5% do hạn hán.", "4,5%", "actual"),
     ("Báo cáo năm 2024\nNăm 2024, sản lượng tăng 6,1%; năm 2019 sản lượng đạt 4.500 tấn.", "4.500", "context")],
    ids=["a-year-inside-the-opening-span", "an-earlier-year-with-no-span-stays-context"],
)
def test_a_year_inside_the_span_its_sentence_opens_with_is_a_result(text, surface, role):
    assert fields_at(text, surface, {"role"}) == {"role": role}


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Mọi thắc mắc xin gọi tổng đài 1800 1091 (miễn phí).", "1091"),
     ("Đường dây nóng của Sở: 1900 545 482.", "545"),
     ("Liên hệ tổng đài 1900 6868 (nhánh 2) để được hướng dẫn.", "2)")],
    ids=["a-free-switchboard", "a-ten-digit-switchboard", "a-switchboards-extension"],
)
def test_a_switchboards_number_and_its_extension_are_names(text, surface):
    assert text.index(surface) not in [r["start"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Các xã cách trung tâm huyện 30 km.", "30", 30),
        ("Quầy giao dịch tiếp nhận 3 hồ sơ.", "3", 3),
    ],
    ids=["a-plain-distance-stays", "a-count-at-a-desk-stays"],
)
def test_distances_without_a_threshold_and_plain_counts_stay_figures(text, surface, value):
    assert figure_at(text, surface)["value"] == value


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("2. Mức lương:\n- Thợ may: từ 8 đến 10 triệu đồng/tháng;\n- Tổ trưởng: 12 triệu đồng/tháng.", "12",
         "VND_per_person_per_month"),
        ("c) Thu nhập bình quân theo nhóm nghề:\n+ Lái xe: khoảng 11 triệu đồng/tháng.", "11",
         "VND_per_person_per_month"),
        ("2. Chi phí vận hành:\n- Tiền điện: 12 triệu đồng/tháng.", "12", "VND_per_month"),
    ],
    ids=["a-wage-item-under-a-wage-heading", "an-income-item-under-an-income-heading",
         "a-cost-item-under-a-cost-heading"],
)
def test_money_a_month_listed_under_a_wage_heading_is_each_ones(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Theo trình độ: phổ thông 1.200; sơ cấp, trung cấp 450; đại học 120.", "450", 450),
        ("Số cán bộ có trình độ cao cấp lý luận chính trị 38 người.", "38", 38),
        ("Lao động có trình độ trung cấp 1.250 người.", "1.250", 1250),
    ],
    ids=["a-count-after-listed-levels", "a-count-after-a-political-level", "a-count-after-a-level-noun"],
)
def test_a_count_after_a_level_of_training_is_a_figure(text, surface, value):
    assert figure_at(text, surface)["value"] == value


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Tuyển 60 lao động đã đạt kỳ thi năng lực tiếng Nhật từ 90 điểm trở lên.", "90", False),
        ("Ưu tiên thí sinh có bài thi đánh giá năng lực trên 700 điểm trở lên.", "700", False),
        ("Điểm trung bình kỳ thi tốt nghiệp đạt 6,8 điểm.", "6,8", True),
        ("Chỉ số PAPI phấn đấu đạt từ 45 điểm trở lên.", "45", True),
    ],
    ids=["a-qualifying-language-score", "a-qualifying-aptitude-score", "an-exams-average-score",
         "an-index-target-with-no-exam"],
)
def test_a_score_bound_after_an_exam_names_who_qualifies(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Lương cơ bản từ 150.000 yên/tháng (tương đương khoảng 25 triệu đồng), chưa kể làm thêm.", "25",
         "VND_per_person_per_month"),
        ("Giá thuê kho 2.000 USD/tháng, tương đương 50 triệu đồng.", "50", "VND_per_month"),
        ("Dự án vay 20 triệu USD (tương đương khoảng 500 tỷ đồng).", "500", "VND"),
    ],
    ids=["a-wages-equivalent", "a-rents-equivalent", "an-amounts-equivalent-stays-an-amount"],
)
def test_the_equivalent_of_a_rate_in_time_is_a_rate_in_that_time(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("STT | Tên đơn vị | Địa chỉ | Số tiền nợ (đồng)\n1 | Công ty TNHH An Phát | Số 12 ngõ 45 phố Hàng Bông, "
         "phường Hoàn Kiếm | 2.350.000.000\n2 | Công ty CP Minh Long | Km 7 Quốc lộ 1A, xã Phú Lộc | 1.120.500.000",
         "45", False),
        ("STT | Tên đơn vị | Địa chỉ | Số tiền nợ (đồng)\n1 | Công ty TNHH An Phát | Số 12 ngõ 45 phố Hàng Bông, "
         "phường Hoàn Kiếm | 2.350.000.000\n2 | Công ty CP Minh Long | Km 7 Quốc lộ 1A, xã Phú Lộc | 1.120.500.000",
         "7", False),
        ("STT | Hộ kinh doanh | Trụ sở | Số tiền nợ (đồng)\n1 | Hộ ông Lê Văn Nam | Thôn 4, xã Tân Lập | 850.000.000"
         "\n2 | Hộ bà Trần Thị Hoa | Lô B7, cụm công nghiệp Tân Lập | 640.000.000", "4", False),
        ("STT | Tên đơn vị | Địa chỉ | Số tiền nợ (đồng)\n1 | Công ty TNHH An Phát | Số 12 ngõ 45 phố Hàng Bông, "
         "phường Hoàn Kiếm | 2.350.000.000\n2 | Công ty CP Minh Long | Km 7 Quốc lộ 1A, xã Phú Lộc | 1.120.500.000",
         "2.350.000.000", True),
    ],
    ids=["a-lane-in-an-address-column", "a-road-mark-in-an-address-column", "a-hamlet-in-a-head-office-column",
         "the-debt-beside-the-address-stays-a-figure"],
)
def test_numbers_in_an_address_column_are_names(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "kind", "counted"),
    [
        ("STT | Tên đơn vị | Số tiền nợ (đồng) | Số ngày chậm nộp\n1 | Công ty TNHH An Phát | 2.350.000.000 | 215\n"
         "2 | Công ty CP Minh Long | 1.120.500.000 | 148", "215", "amount", "ngày"),
        ("STT | Đơn vị sử dụng lao động | Số tiền nợ BHXH (triệu đồng) | Số tháng chậm đóng\n1 | Công ty May Hòa Bình "
         "| 865 | 7\n2 | Công ty Gạch Tân Lập | 412 | 4", "7", "amount", "tháng"),
        ("Trạm | PM10 TB năm (µg/m3) | Số ngày vượt QCVN\nTrạm Thành Công | 58,2 | 34\nTrạm Kim Liên | 61,4 | 41",
         "34", "count", "ngày vượt"),
    ],
    ids=["days-late-in-a-tax-debt-table", "months-late-in-an-insurance-debt-table",
         "days-something-happened-on-stay-a-count"],
)
def test_a_column_of_days_late_holds_lengths_of_time(text, surface, kind, counted):
    assert fields_at(text, surface, ["kind", "counted"]) == {"kind": kind, "counted": counted}


@pytest.mark.parametrize(
    ("text", "surface", "kind", "role"),
    [
        ("Quá hạn nộp, đơn vị bị tính tiền chậm nộp theo mức 0,03%/ngày trên số tiền còn nợ.", "0,03%", "other",
         "context"),
        ("Doanh nghiệp chậm đóng bảo hiểm xã hội phải nộp thêm tiền lãi bằng 0,03%/ngày tính trên số tiền chậm đóng.",
         "0,03%", "other", "context"),
        ("Tỷ lệ nợ quá hạn đến cuối năm còn 0,5% tổng dư nợ.", "0,5%", "share", "actual"),
    ],
    ids=["a-late-tax-charge-per-day", "a-late-insurance-charge-per-day", "a-share-of-overdue-debt-stays-a-share"],
)
def test_a_charge_on_paying_late_per_time_is_a_term(text, surface, kind, role):
    assert fields_at(text, surface, ["kind", "role"]) == {"kind": kind, "role": role}


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Cục Thuế đề nghị tạm hoãn xuất cảnh đối với chủ hộ kinh doanh nợ thuế từ 50 triệu đồng trở lên.", "50",
         False),
        ("Cơ quan bảo hiểm khởi kiện các đơn vị nợ bảo hiểm xã hội từ 3 tháng trở lên.", "3", False),
        ("Đến cuối năm, toàn tỉnh còn nợ thuế 1.250 tỷ đồng.", "1.250", True),
    ],
    ids=["a-tax-debt-threshold-names-the-debtors", "an-insurance-debt-threshold-names-the-debtors",
         "a-total-owed-stays-a-figure"],
)
def test_a_threshold_on_what_each_one_owes_names_a_group(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("I. TÌNH HÌNH NỢ THUẾ\nĐến ngày 30/9/2025, có 1.250 người nộp thuế còn nợ.\nII. BIỆN PHÁP XỬ LÝ TIẾP THEO\n"
         "1. Trong tháng 11/2025, Chi cục Thuế cưỡng chế 12 doanh nghiệp nợ kéo dài.", "12", "plan"),
        ("I. KẾT QUẢ\nĐã tổ chức 4 cuộc đối thoại với doanh nghiệp.\nII. CÁC BƯỚC TIẾP THEO\n"
         "Tổ chức thêm 3 cuộc đối thoại trong quý IV.", "3", "plan"),
        ("I. TÌNH HÌNH NỢ THUẾ\nĐến ngày 30/9/2025, có 1.250 người nộp thuế còn nợ.\nII. BIỆN PHÁP XỬ LÝ TIẾP THEO\n"
         "1. Trong tháng 11/2025, Chi cục Thuế cưỡng chế 12 doanh nghiệp nợ kéo dài.", "1.250", "actual"),
    ],
    ids=["enforcement-under-a-next-steps-heading", "meetings-under-a-next-steps-heading",
         "the-debtors-before-the-heading-stay-a-result"],
)
def test_a_heading_of_next_steps_opens_a_plan(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Giá bán trên là mức tối đa tại vùng 1; tại vùng 2 giá bán được cao hơn nhưng không quá 2%.", "1", False),
        ("Mức lương tối thiểu vùng 2 là 4.410.000 đồng/tháng.", "2", False),
        ("Mức lương tối thiểu vùng 2 là 4.410.000 đồng/tháng.", "4.410.000", True),
    ],
    ids=["a-price-zone", "a-wage-zone", "the-wage-the-zone-sets-stays-a-figure"],
)
def test_a_numbered_zone_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Mặt hàng | Giá cũ (đồng/kg) | Giá mới (đồng/kg) | Tăng, giảm (đồng/kg)\nĐường kính trắng | 21.500 | 22.300 | "
         "800\nMuối i-ốt | 7.200 | 7.600 | 400", "21.500", "context"),
        ("Loại xe | Mức cũ (đồng/lượt) | Mức mới (đồng/lượt)\nXe dưới 12 ghế | 35.000 | 40.000\nXe tải dưới 4 tấn | "
         "50.000 | 55.000", "35.000", "context"),
        ("Mặt hàng | Giá cũ (đồng/kg) | Giá mới (đồng/kg) | Tăng, giảm (đồng/kg)\nĐường kính trắng | 21.500 | 22.300 | "
         "800\nMuối i-ốt | 7.200 | 7.600 | 400", "22.300", "actual"),
    ],
    ids=["an-old-price-column", "an-old-fee-column", "the-new-price-column-stays-a-result"],
)
def test_a_column_of_the_level_before_an_adjustment_is_background(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Tổng sức chứa các kho lương thực trên địa bàn khoảng 48.000 tấn; lượng gạo dự trữ đạt 12.500 tấn.",
         "48.000", "context"),
        ("Tổng sức chứa các bãi đỗ xe trung tâm thành phố khoảng 3.500 ô tô.", "3.500", "context"),
        ("Tổng sức chứa các kho lương thực trên địa bàn khoảng 48.000 tấn; lượng gạo dự trữ đạt 12.500 tấn.",
         "12.500", "actual"),
    ],
    ids=["a-storage-capacity", "a-car-parks-capacity", "the-stock-held-stays-a-result"],
)
def test_what_storage_holds_when_full_is_its_designed_scale(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Sau ba lần điều chỉnh, giá gas bán lẻ tăng tổng cộng 45.000 đồng/bình.", "45.000", "change"),
        ("Qua hai đợt, số hộ nghèo giảm tổng cộng 128 hộ.", "128", "change"),
        ("Năm nay, toàn huyện thu được tổng cộng 128 tỷ đồng.", "128", "amount"),
    ],
    ids=["a-price-moved-in-total", "households-fallen-in-total", "a-sum-with-no-change-word-stays-an-amount"],
)
def test_a_change_summed_over_rounds_is_a_change(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Lượng gạo dự trữ hiện có 1.200 tấn, đủ cung cấp cho khoảng 20 ngày.", "20", "amount"),
        ("Hồ chứa còn 4,5 triệu m3 nước, đủ sử dụng cho khoảng 35 ngày.", "35", "amount"),
        ("Trong tháng, có 12 ngày nắng nóng gay gắt.", "12", "count"),
    ],
    ids=["days-a-rice-stock-lasts", "days-a-reservoir-lasts", "days-something-happened-on-stay-a-count"],
)
def test_how_long_a_stock_lasts_is_a_length_of_time(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Toàn huyện có 52 trạm, trong đó 20 trạm của Công ty Điện lực PC3 và 14 trạm của hợp tác xã.", "14", True),
        ("Xã có 12 tuyến đường, gồm tuyến ĐH12 và 9 tuyến đường thôn.", "9", True),
        ("Đã đấu giá thành công thửa LK05-12 xã Tiên Dương.", "12", False),
    ],
    ids=["a-count-after-a-firms-code-and-va", "a-count-after-a-roads-code-and-va", "a-codes-dashed-part-stays-a-name"],
)
def test_a_count_after_a_code_and_a_joining_word_is_a_figure(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Trong năm, giá điện có 2 lần tăng và 1 lần giữ nguyên.", "1", "count"),
        ("Qua 12 kỳ điều hành, giá gas có 5 lần tăng, 4 lần giảm và 3 lần đứng yên.", "3", "count"),
        ("Năm nay có 5 lần tăng giá, doanh thu gấp 2 lần năm trước.", "2", "multiple"),
    ],
    ids=["holds-after-rises", "holds-after-rises-and-falls", "a-multiple-after-occurrences-stays-a-multiple"],
)
def test_times_listed_after_occurrences_are_occurrences(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Tại các xã đảo, giá bán lẻ được cao hơn nhưng không quá 3% so với đất liền.", "3%", "plan"),
        ("Năm học tới, học phí được phép tăng nhưng không quá 10% so với năm học trước.", "10%", "plan"),
        ("Giá bán lẻ tại các xã đảo cao hơn 3% so với đất liền.", "3%", "actual"),
    ],
    ids=["a-cap-on-an-island-price", "a-cap-on-a-tuition-rise", "a-gap-stated-as-found-stays-a-result"],
)
def test_a_cap_on_how_far_a_level_may_exceed_is_a_requirement(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_RESULTS_AFTER_A_PLAN = (
    "BÁO CÁO\nTình hình hoạt động năm 2023 và kế hoạch năm 2024\n\n"
    "I. KẾT QUẢ NĂM 2023\n\nCông ty có 214 lao động.\n\n"
    "II. KẾ HOẠCH NĂM 2024\n\nTuyển thêm 20 lao động.\n\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_RESULTS_AFTER_A_PLAN + "III. KẾT QUẢ HỘI NGHỊ NGƯỜI LAO ĐỘNG\n\nHội nghị có 180 đại biểu tham dự.",
         "180", "actual"),
        (_RESULTS_AFTER_A_PLAN + "III. TÌNH HÌNH BIỂU QUYẾT\n\nCó 175 đại biểu tán thành.", "175", "actual"),
        (_RESULTS_AFTER_A_PLAN + "III. TỔ CHỨC THỰC HIỆN\n\nBố trí kinh phí 150 triệu đồng.", "150", "plan"),
        (_RESULTS_AFTER_A_PLAN + "III. TIẾN ĐỘ THỰC HIỆN\n\nQuý I/2024 tuyển 12 lao động.", "12", "plan"),
    ],
    ids=["a-meetings-results-after-the-plan", "a-votes-tally-after-the-plan", "carrying-the-plan-out-stays-plan",
         "a-schedule-stays-plan"],
)
def test_a_top_heading_of_results_closes_the_section_of_next_years_targets(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_CROP_TABLE = "Chỉ tiêu | ĐVT | Mô hình\n"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (_CROP_TABLE + "Năng suất | tạ/ha | 62,5\nSản lượng | tấn | 310", "62,5", "amount"),
        (_CROP_TABLE + "Năng suất cà phê nhân | tấn/ha | 2,9\nDiện tích | ha | 40", "2,9", "amount"),
        (_CROP_TABLE + "Lượng giống gieo sạ | kg/ha | 90\nDiện tích | ha | 40", "90", "rate"),
        (_CROP_TABLE + "Phân lân | kg/ha | 300\nDiện tích | ha | 40", "300", "rate"),
        (_CROP_TABLE + "Lợi nhuận | đồng/ha | 18.500.000\nDiện tích | ha | 40", "18.500.000", "rate"),
    ],
    ids=["a-yield-row-in-quintals", "a-yield-row-in-tonnes", "a-seed-rate-row-is-a-dose",
         "a-fertiliser-row-is-a-dose", "money-per-ha-stays-a-rate"],
)
def test_a_table_rows_yield_per_ha_is_a_level_as_in_prose(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


_TRIAL_TABLE = (
    "I. KẾT QUẢ THỰC HIỆN VỤ ĐÔNG XUÂN 2024\n\n"
    "Bảng 2. Hiệu quả mô hình\nChỉ tiêu | ĐVT | Mô hình | {control} | Chênh lệch\n"
    "Năng suất | tạ/ha | 72,4 | 65,1 | 7,3\nLãi | triệu đồng/ha | 31,2 | 24,6 | 6,6\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TRIAL_TABLE.format(control="Đối chứng"), "65,1", {"role": "context", "period": None}),
        (_TRIAL_TABLE.format(control="Ruộng đối chứng"), "24,6", {"role": "context", "period": None}),
        (_TRIAL_TABLE.format(control="Đối chứng"), "72,4", {"role": "actual", "period": "2024"}),
        (_TRIAL_TABLE.format(control="Đối chứng"), "7,3", {"role": "actual", "period": "2024"}),
        (_TRIAL_TABLE.format(control="Ngoài mô hình"), "65,1", {"role": "actual", "period": "2024"}),
    ],
    ids=["a-control-column", "a-control-plot-column", "the-models-column", "the-difference-from-the-control",
         "a-column-naming-no-control"],
)
def test_a_control_column_holds_the_level_the_model_is_held_against(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | Chênh lệch\nTỷ lệ hộ nghèo | % | 3,2 | 2,5 | -0,7",
         "-0,7", {"kind": "change_points", "unit": "percentage_point"}),
        ("Chỉ tiêu | ĐVT | Mô hình | Đối chứng | Chênh lệch\nTỷ suất lợi nhuận | % | 75,2 | 51,4 | 23,8",
         "23,8", {"kind": "change_points", "unit": "percentage_point"}),
        ("Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | Chênh lệch\nSố hộ nghèo | Hộ | 320 | 251 | -69",
         "-69", {"kind": "change", "unit": "count"}),
    ],
    ids=["a-rates-difference-by-years", "a-rates-difference-from-a-control", "a-counts-difference-stays-a-change"],
)
def test_a_difference_columns_cell_in_a_percent_row_is_in_points(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Mô hình cà phê tái canh triển khai trên 12 ha; vườn đối chứng rộng 3 ha, chăm sóc theo cách cũ.", "3",
         "context"),
        ("Năng suất mô hình đạt 7,1 tấn/ha. Ruộng đối chứng đạt 6,2 tấn/ha.", "6,2", "context"),
        ("Năng suất mô hình đạt 7,1 tấn/ha, cao hơn ruộng đối chứng 0,9 tấn/ha.", "0,9", "actual"),
        ("Năng suất mô hình đạt 7,1 tấn/ha, cao hơn ruộng đối chứng 0,9 tấn/ha.", "7,1", "actual"),
    ],
    ids=["a-control-gardens-area", "a-control-plots-yield", "the-models-gap-from-the-control", "the-models-yield"],
)
def test_a_clause_opening_with_the_control_measures_the_level_compared_with(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Số lần tưới nước giảm từ 6 lần xuống còn 4 lần mỗi vụ.", "6", {"kind": "count", "unit": "count"}),
        ("Tần suất kiểm tra an toàn thực phẩm tăng từ 2 lần lên 4 lần.", "2", {"kind": "count", "unit": "count"}),
        ("Kim ngạch xuất khẩu tăng từ 2 lần lên 3 lần so với năm 2020.", "2", {"kind": "multiple", "unit": "times"}),
    ],
    ids=["a-number-of-waterings-falls", "a-frequency-of-checks-rises", "no-frequency-stays-a-multiple"],
)
def test_times_a_frequency_moves_from_or_to_are_occurrences(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Lãi chia theo vốn góp 120 triệu đồng, bình quân mỗi xã viên được chia khoảng 95.000 đồng.", "95.000",
         "VND_per_person"),
        ("Năm 2024, mỗi hội viên đóng góp 200.000 đồng vào quỹ hội.", "200.000", "VND_per_person"),
        ("Hội có 320 hội viên, quỹ hội đạt 64 triệu đồng.", "64", "VND"),
    ],
    ids=["each-members-share-of-the-profit", "each-members-dues", "a-funds-total-stays-an-amount"],
)
def test_money_each_member_receives_or_pays_in_is_per_person(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Theo Điều lệ, mỗi xã viên góp vốn tối thiểu 3 triệu đồng.", "3", {"role": "context", "period": None}),
        ("Theo Quy chế, mức thưởng tối đa 5 triệu đồng/người.", "5", {"role": "context", "period": None}),
        ("Năm 2024, mỗi xã viên góp vốn bình quân 3 triệu đồng.", "3", {"role": "actual", "period": "2024"}),
    ],
    ids=["a-charters-minimum-contribution", "a-regulations-cap", "a-contribution-made-in-the-year"],
)
def test_a_rate_or_bound_a_charter_sets_is_a_term(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Các hộ áp dụng quy trình “3 giảm 3 tăng” trên 120 ha lúa.", "3", False),
        ("Mô hình thực hiện theo phương châm \"5 không 3 sạch\" tại 4 xã.", "3", False),
        ("Các hộ áp dụng quy trình “3 giảm 3 tăng” trên 120 ha lúa.", "120", True),
        ("Khẩu hiệu “An toàn” được treo tại 12 điểm và 5 chợ.", "5", True),
    ],
    ids=["a-slogans-later-number", "a-later-number-in-straight-quotes", "a-figure-after-the-slogan",
         "a-figure-after-a-quote-with-no-number"],
)
def test_a_later_number_of_a_slogan_a_number_opens_is_a_label(text, surface, figure):
    found = [r["surface"] for r in figures(text)]
    assert (found.count(surface) > 0) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Nạo vét kênh mương phục vụ tưới cho 850 ha lúa 2 vụ.", "2", False),
        ("Chuyển đổi 45 ha đất lúa 1 vụ, năng suất thấp, sang trồng cây ăn quả.", "1", False),
        ("Năm 2024, xảy ra 3 vụ cháy rừng, giảm 2 vụ.", "2", True),
        ("Gieo cấy 2 vụ lúa trên 850 ha.", "2", True),
    ],
    ids=["two-crop-rice-land", "one-crop-rice-land", "cases-stay-counts", "crops-sown-stay-a-count"],
)
def test_a_crop_lands_cycles_a_year_name_the_land(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Vụ Xuân gieo cấy chủ yếu các giống Bắc thơm 7 và Hương Cốm 4, năng suất khá.", "7", False),
        ("Hợp tác xã cung ứng giống lúa Đài Thơm 8 cho nông dân.", "8", False),
        ("Hợp tác xã cung ứng giống lúa Đài Thơm 8 120 tấn.", "120", True),
        ("Cung ứng giống lúa 35 tấn cho nông dân.", "35", True),
    ],
    ids=["a-variety-named-with-a-lowercase-word", "a-rice-varietys-number", "a-tonnage-after-the-name",
         "a-tonnage-of-seed-with-no-name"],
)
def test_a_number_closing_a_varietys_name_is_part_of_it(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Mô hình trình diễn được thực hiện tại xã Tân Hòa với quy mô 30 ha, có 25 hộ tham gia.", "30",
         "actual"),
        ("Mô hình nuôi tôm ứng dụng công nghệ cao triển khai với quy mô khoảng 12 ha.", "12", "actual"),
        ("Dự án Bệnh viện Đa khoa huyện được triển khai với quy mô 250 giường.", "250", "context"),
    ],
    ids=["a-demonstration-models-area", "a-models-area-past-a-qualifier", "a-projects-scale-stays-its-design"],
)
def test_the_scale_a_demonstration_model_ran_at_is_a_result(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_ASSESSMENT = ("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\nDự án Nhà máy chế biến gỗ Yên Phong\n\n"
               "I. QUY MÔ DỰ ÁN\nNhà máy chế biến 45.000 m3 gỗ/năm, diện tích 8,6 ha.\n"
               "II. DỰ BÁO TÁC ĐỘNG\nNước thải sinh hoạt phát sinh 42 m3/ngày.đêm.\n"
               "III. CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG\nGiám sát khí thải tại 3 điểm.\n"
               "IV. KẾT QUẢ THẨM ĐỊNH\nHội đồng gồm 7 thành viên.")
_REPORT = ("BÁO CÁO KẾT QUẢ NĂM 2024\n\nI. KẾT QUẢ SẢN XUẤT\nNhà máy chế biến 45.000 m3 gỗ.\n"
           "II. DỰ BÁO NĂM 2025\nNước thải phát sinh 42 m3/ngày.đêm.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ASSESSMENT, "45.000", ("context", "exact")),
        (_ASSESSMENT, "8,6", ("context", "exact")),
        (_ASSESSMENT, "42", ("context", "exact")),
        (_ASSESSMENT, "3", ("plan", "exact")),
        (_ASSESSMENT, "7", ("actual", "exact")),
        (_REPORT, "45.000", ("actual", "exact")),
        (_REPORT, "42", ("actual", "estimated")),
    ],
    ids=["a-projects-scale", "a-projects-area", "a-forecast-load-stated-as-designed", "a-monitoring-point",
         "an-appraisal-councils-members", "no-assessment-a-result", "no-assessment-a-forecast-estimates"],
)
def test_an_impact_assessment_states_what_a_project_is_to_be(text, surface, expected):
    assert tuple(fields_at(text, surface, ["role", "qualifier"]).values()) == expected


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Dự án cách Trường Mầm non Tân Lập số 3 khoảng 700 m.", "3", False),
        ("Nhà máy nước Hòa Bình số 2 cấp nước cho 4 xã.", "2", False),
        ("Thực hiện Nghị quyết số 12 về phát triển công nghiệp.", "12", False),
        ("Đơn vị bầu cử số 2 có 3 đại biểu.", "3", True),
        ("Khu dân cư Tân Lập số 3 hộ được hỗ trợ.", "3", True),
    ],
    ids=["a-numbered-school", "a-numbered-water-plant", "an-acts-number-stays-a-label", "a-count-after-a-name",
         "a-count-of-households-after-a-name"],
)
def test_a_place_numbered_after_its_proper_name_is_part_of_the_name(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


_LIMITS = ("Kết quả quan trắc nước sông Cà Lồ như sau:\n"
           "Thông số | Đơn vị | Kết quả quan trắc | QCVN 08:2023/BTNMT\nCOD | mg/l | 18 | 30\n")
_LIMITS_CMAX = ("Nước thải sau xử lý của khu công nghiệp:\n"
                "Thông số | Đơn vị | Kết quả | Cmax theo QCVN 40:2011/BTNMT, cột A\nTSS | mg/l | 26 | 50\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_LIMITS, "30", ("plan", None)),
        (_LIMITS_CMAX, "50", ("plan", None)),
        (_LIMITS, "18", ("actual", None)),
        ("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\n\nI. NƯỚC THẢI\n" + _LIMITS_CMAX.partition("\n")[2], "26",
         ("context", None)),
    ],
    ids=["a-standards-column", "a-standards-cmax-column", "the-measured-column-stays-a-result",
         "a-forecast-column-in-an-impact-assessment"],
)
def test_a_column_of_a_standards_limits_is_a_requirement_of_no_period(text, surface, expected):
    assert tuple(fields_at(text, surface, ["role", "period"]).values()) == expected


_PLANT = ("Năm 2024, nhà máy thủy điện Bản Chát có 2 tổ máy, công suất lắp máy 220 MW; hồ chứa có mực nước chết "
          "431 m, dung tích hữu ích khoảng 1.700 triệu m3. Trong năm, mực nước hồ cao nhất 474 m, thấp hơn mực "
          "nước dâng bình thường 1,2 m; đã hòa lưới 2 tổ máy mới.")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_PLANT, "220", "context"),
        (_PLANT, "431", "context"),
        (_PLANT, "1.700", "context"),
        (_PLANT, "474", "actual"),
        (_PLANT, "1,2", "actual"),
    ],
    ids=["installed-capacity", "dead-water-level", "useful-storage-past-a-qualifier", "a-level-reached",
         "a-gap-from-the-design-level"],
)
def test_a_plants_and_a_reservoirs_design_is_background(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nhà máy thủy điện Sơn La có 6 tổ máy.", "context"),
        ("Trong năm, nhà máy đã hòa lưới 2 tổ máy.", "actual"),
    ],
    ids=["the-units-a-plant-has", "units-put-on-the-grid"],
)
def test_the_units_a_plant_has_are_its_design(text, role):
    assert one(text)["role"] == role


_YEAR_HEADED = ("BÁO CÁO\nKết quả sản xuất kinh doanh\n\nI. KẾT QUẢ SẢN XUẤT NĂM 2024\n"
                "Lũy kế từ đầu năm đến ngày 31/10/2024, doanh thu đạt 845 tỷ đồng. "
                "Lũy kế từ đầu năm đến ngày 31/12/2024, sản lượng đạt 1.020 triệu kWh. "
                "Trong năm, nhà máy phát 960 triệu kWh.")


@pytest.mark.parametrize(
    ("surface", "period"),
    [("845", None), ("1.020", "2024"), ("960", "2024")],
    ids=["from-the-years-start-to-a-day-inside-it", "to-the-years-last-day", "no-running-total"],
)
def test_a_running_total_to_a_day_inside_the_headings_year_has_no_code(surface, period):
    assert figure_at(_YEAR_HEADED, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Hệ thống xử lý khí thải có lưu lượng 25.000 m3/giờ.", "25.000", ("count", "m3/giờ", "amount")),
        ("Nồng độ bụi sau xử lý khoảng 18 mg/Nm3.", "18", ("count", "mg/Nm3", "amount")),
        ("Bể chứa nước có dung tích 2.000 m3.", "2.000", ("m3", None, "amount")),
    ],
    ids=["a-flow-per-hour", "a-gas-concentration", "a-volume-stays-in-m3"],
)
def test_a_flow_per_hour_and_a_gas_concentration_are_units_the_vocabulary_lacks(text, surface, expected):
    assert tuple(fields_at(text, surface, ["unit", "counted", "kind"]).values()) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Lấy mẫu nước ngầm với tần suất 6 tháng/lần tại 4 giếng.", "6", ("count", "tháng/lần", "amount")),
        ("Bảo dưỡng máy phát điện định kỳ 3 tháng/lần.", "3", ("count", "tháng/lần", "amount")),
        ("Tuyến xe buýt chạy với tần suất 4 chuyến/ngày.", "4", ("count_per_day", None, "rate")),
    ],
    ids=["an-interval-of-sampling", "an-interval-of-upkeep", "a-count-per-day-stays-a-rate"],
)
def test_a_duration_per_time_is_the_interval_between_times(text, surface, expected):
    assert tuple(fields_at(text, surface, ["unit", "counted", "kind"]).values()) == expected


def test_a_duration_opening_a_phrase_stays_out():
    assert "6" not in [r["surface"] for r in figures("Trong 6 tháng đầu năm, nhà máy vận hành ổn định.")]


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Hộ gia đình xây nhà tiêu có bể tự hoại 2 ngăn.", "2", False),
        ("Nước thải qua bể tự hoại 3 ngăn trước khi thải ra cống.", "3", False),
        ("Năm 2024, xã hỗ trợ xây dựng 45 bể tự hoại.", "45", True),
    ],
    ids=["a-two-compartment-latrine", "a-three-compartment-septic-tank", "a-count-of-tanks-stays-a-figure"],
)
def test_a_tanks_compartments_name_its_type(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Khí thải sau xử lý đạt cột B của QCVN 19:2009/BTNMT (Kp = 1; Kv = 0,8) trước khi thải ra môi trường.",
         "0,8", False),
        ("Nước thải đạt cột A của QCVN 40:2011/BTNMT (Kq = 1,1) trước khi xả ra sông.", "1,1", False),
        ("Đối với rừng giàu K = 1,0; rừng nghèo K = 0,8.", "0,8", True),
    ],
    ids=["coefficients-of-an-exhaust-standard", "a-coefficient-of-a-wastewater-standard",
         "a-formulas-coefficient-stays-a-figure"],
)
def test_a_coefficient_choosing_a_standards_limits_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Năm 2024, công ty lắp đặt bồn chứa dung tích 50 m3 tại trạm trung chuyển.", "50", "context"),
        ("Hồ chứa nước Khe Lang có dung tích 2,4 triệu m3.", "2,4", "context"),
        ("Năm 2024, công ty đã xử lý 50 m3 bùn thải.", "50", "actual"),
    ],
    ids=["a-tanks-capacity", "a-reservoirs-capacity", "a-volume-treated-stays-a-result"],
)
def test_a_tanks_capacity_is_its_design(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Hội đồng thông qua dự án với điều kiện nâng công suất trạm xử lý từ 500 m3/ngày lên 800 m3/ngày.", "800",
         "plan"),
        ("Sở đề nghị chủ đầu tư nâng chiều cao ống khói từ 12 m lên 20 m.", "20", "plan"),
        ("Năm 2024, công suất trạm xử lý nâng từ 500 m3/ngày lên 800 m3/ngày.", "800", "actual"),
    ],
    ids=["a-condition-raises-a-capacity", "a-request-raises-a-height", "a-raise-done-stays-a-result"],
)
def test_the_level_a_condition_raises_to_is_a_target(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Nồng độ SO2 sau xử lý khoảng 45 mg/Nm3, bằng 9% giới hạn cột A của quy chuẩn.", "9%", "plan_ratio"),
        ("Độ ồn tại hàng rào đo được 62 dBA, bằng 88% ngưỡng cho phép.", "88%", "plan_ratio"),
        ("Diện tích cây xanh 2,1 ha, bằng 21% tổng diện tích nhà máy.", "21%", "share"),
    ],
    ids=["a-percent-of-a-standards-limit", "a-percent-of-a-noise-threshold", "a-percent-of-a-whole-stays-a-share"],
)
def test_a_percent_of_a_limit_is_a_ratio_to_it(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Theo quy trình, trong tháng 6 mực nước hồ không được vượt quá cao trình 215 m.", "215", ("plan", "under")),
        ("Theo quy định, độ ồn tại khu dân cư không được vượt quá mức 70 dBA.", "70", ("plan", "under")),
        ("Năm 2024, mực nước hồ cao nhất đạt cao trình 214,6 m.", "214,6", ("actual", "exact")),
    ],
    ids=["a-reservoirs-ceiling-level", "a-noise-ceiling", "a-level-reached-stays-a-result"],
)
def test_a_level_not_to_be_passed_is_a_requirement(text, surface, expected):
    assert tuple(fields_at(text, surface, ["role", "qualifier"]).values()) == expected


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Tổng thời gian mất điện trong tháng là 14 giờ.", "14", True),
        ("Tổng thời gian vận hành máy bơm trong vụ là 1.250 giờ.", "1.250", True),
        ("Hồ sơ được giải quyết trong 8 giờ làm việc.", "8", False),
    ],
    ids=["a-total-outage-time", "a-total-running-time", "a-time-limit-stays-out"],
)
def test_a_total_time_in_hours_is_a_figure(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Đến ngày 31/10/2024, mực nước hồ là 212,4 m, thấp hơn cùng kỳ năm 2023 là 2,3 m.", "2,3", "change"),
        ("Năm 2024, mực nước ngầm trung bình là 8,6 m, cao hơn năm 2023 là 0,4 m.", "0,4", "change"),
        ("Năm 2024, mực nước hồ cao nhất là 212,4 m, cao trình đỉnh đập là 215 m.", "215", "amount"),
    ],
    ids=["a-gap-from-the-same-time-a-year-before", "a-gap-from-an-earlier-year", "a-level-after-a-copula-stays"],
)
def test_a_gap_from_another_times_level_is_a_change(text, surface, expected):
    assert figure_at(text, surface)["kind"] == expected


def test_explain_says_a_number_in_an_address_column_is_part_of_a_name():
    from solieu.extract import explain

    text = ("STT | Tên đơn vị | Địa chỉ | Số tiền nợ (đồng)\n"
            "1 | Công ty TNHH An Phát | Số 12 ngõ 45 phố Hàng Bông | 2.350.000.000\n")
    ex = explain(text, "t")
    reasons = {text[x.start:x.end]: x.reason for x in ex.excluded}
    assert reasons["45"].code == "name" and "addresses" in reasons["45"].text
    assert ex.figures["surface"].tolist() == ["2.350.000.000"]


@pytest.mark.parametrize(
    ("text", "surfaces", "figure"),
    [
        ("Trạm y tế đã tiêm vắc xin 6 trong 1 cho 812 trẻ dưới 1 tuổi.", ("6", "1"), False),
        ("Huyện đã tiêm bù 640 mũi vắc xin DPT-VGB-Hib (5 trong 1) cho trẻ.", ("5",), False),
        ("Đề nghị cấp 2.500 liều vắc-xin 5 trong 1 trong tháng 9.", ("5",), False),
        ("Xã xếp thứ 5 trong 18 xã của huyện về tiêm chủng.", ("5",), True),
    ],
    ids=["after-a-vaccine-word", "alone-in-a-bracket", "hyphened-vaccine-word", "a-rank-among-others-stays"],
)
def test_a_combined_vaccine_named_with_digits_is_a_name(text, surfaces, figure):
    found = [r["surface"] for r in figures(text)]
    assert all((s in found) is figure for s in surfaces)


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Nhóm trẻ chưa tiêm đủ 3 mũi vắc xin bạch hầu có 1.204 trẻ.", "3", False),
        ("Có 96,2% trẻ dưới 1 tuổi đã uống đủ 3 liều vắc xin bại liệt.", "3", False),
        ("Trung tâm đã cung ứng đủ 2.000 liều vắc xin cho các xã.", "2.000", True),
    ],
    ids=["doses-a-group-lacks", "doses-a-group-has-had", "doses-supplied-stay"],
)
def test_the_doses_of_a_full_course_name_a_group(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Xử phạt 12 chủ tàu do để tàu mất liên lạc quá 5 ngày không báo cáo.", "5", False),
        ("Không để tàu mất kết nối trên 8 ngày chưa về bờ.", "8", False),
        ("Chủ tàu bị phạt vì không duy trì kết nối thiết bị trên 7 ngày.", "7", False),
        ("Đợt nắng nóng năm nay kéo dài trên 12 ngày.", "12", True),
    ],
    ids=["a-loss-of-contact-over-days", "a-lost-connection-over-days", "a-connection-not-kept", "a-length-stays"],
)
def test_how_long_a_lapse_lasts_names_the_cases(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surfaces", "figure"),
    [
        ("Tàu có chiều dài từ 6 m đến dưới 12 m được cấp phép 1.120 chiếc.", ("6", "12"), False),
        ("Học viên theo học khóa từ 3 tháng đến dưới 12 tháng đã nhận chứng chỉ 420 người.", ("3", "12"), False),
        ("Phấn đấu doanh thu tăng từ 5% đến dưới 7% so với năm trước.", ("5%", "7%"), True),
    ],
    ids=["a-length-class", "a-course-length-class", "a-change-through-the-range-stays"],
)
def test_a_range_leaving_its_upper_end_out_is_a_class(text, surfaces, figure):
    found = [r["surface"] for r in figures(text)]
    assert all((s in found) is figure for s in surfaces)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("II. NHIỆM VỤ THỜI GIAN TỚI\n1. Đến hết năm 2025, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%; "
         "tỷ lệ tiêm vắc xin sởi cho trẻ 9 tháng tuổi đạt ít nhất 97%.\n", "97%", "2025"),
        ("Đến hết năm 2025, số trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 9.600 trẻ; số trẻ 24 tháng tuổi được "
         "tiêm nhắc đạt 8.100 trẻ.", "8.100", "2025"),
        ("Trong Quý III/2025, doanh thu đạt 120 tỷ đồng; 9 tháng ước đạt 350 tỷ đồng.", "350", None),
    ],
    ids=["a-target-for-children-of-an-age-in-months", "a-count-of-children-of-an-age-in-months",
         "months-gone-by-still-leave-the-quarter"],
)
def test_an_age_in_months_leaves_the_time_opening_the_sentence(text, surface, expected):
    assert figure_at(text, surface)["period"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("II. NHIỆM VỤ THỜI GIAN TỚI\n1. Trước ngày 31/12/2025, hoàn thành cấp đổi giấy chứng nhận cho 100% hộ đủ "
         "điều kiện; xử lý dứt điểm 120 hồ sơ tồn đọng.\n", "120", "2025"),
        ("II. NHIỆM VỤ THỜI GIAN TỚI\n- Trước ngày 31/12/2025, đưa 15 trạm y tế xã vào sử dụng.\n", "15", "2025"),
        ("II. NHIỆM VỤ THỜI GIAN TỚI\n1. Trước ngày 30/6/2025, hoàn thành cấp đổi giấy chứng nhận cho 100% hộ đủ "
         "điều kiện; xử lý dứt điểm 120 hồ sơ tồn đọng.\n", "120", None),
    ],
    ids=["the-later-clause-of-the-item", "a-dashed-item", "a-deadline-inside-the-year-names-none"],
)
def test_a_deadline_on_the_years_last_day_opening_a_target_gives_the_year(text, surface, expected):
    assert figure_at(text, surface)["period"] == expected


_DATA_LINE_REPORT = ("BÁO CÁO\nKết quả cấp giấy chứng nhận quyền sử dụng đất năm 2025\n{line}\n"
                     "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
                     "Số hộ đã được cấp giấy chứng nhận là 1.250 hộ, đạt 92,4% (cùng kỳ năm 2024 đạt 88,1%).\n")


@pytest.mark.parametrize(
    ("line", "surface", "expected"),
    [
        ("(Số liệu tính đến ngày 31/10/2025)\n", "88,1%", None),
        ("(Số liệu tính đến ngày 31/10/2025)\n", "92,4%", "2025"),
        ("(Số liệu tính đến ngày 31/12/2025)\n", "88,1%", "2024"),
        ("", "88,1%", "2024"),
    ],
    ids=["the-same-part-of-the-year-before", "the-reports-own-figure-keeps-its-year",
         "a-data-line-to-the-years-end-counts-the-whole-year", "no-data-line-keeps-the-year-named"],
)
def test_a_data_line_to_a_day_makes_the_same_part_of_another_year_of_no_code(line, surface, expected):
    assert figure_at(_DATA_LINE_REPORT.format(line=line), surface)["period"] == expected


_WORK_NOTICE = ("Lịch ngừng cấp nước để sửa chữa đường ống từ ngày 10/03 đến 12/03/2026\n\n"
                "Công ty Cấp nước thông báo ngừng cấp nước tại 3 phường. Ngày 10/03/2026, đơn vị thay 1,2 km ống, "
                "ảnh hưởng đến khoảng 4.500 khách hàng.\n\n"
                "Ngày | Khu vực | Số khách hàng\n10/03/2026 | Phường Bắc Sơn | 4.500\n\n"
                "Từ đầu năm 2026 đến nay, Công ty đã thay 18 km ống cũ.\n")
_WORK_REPORT = ("Tình hình ngừng cấp nước năm 2025\n\n"
                "Năm 2025, Công ty ngừng cấp nước tại 3 phường, ảnh hưởng đến khoảng 4.500 khách hàng.\n")


@pytest.mark.parametrize(
    ("text", "surface", "nth", "expected"),
    [
        (_WORK_NOTICE, "3", 0, "plan"),
        (_WORK_NOTICE, "1,2", 0, "plan"),
        (_WORK_NOTICE, "4.500", 0, "plan"),
        (_WORK_NOTICE, "4.500", 1, "plan"),
        (_WORK_NOTICE, "18", 0, "actual"),
        (_WORK_REPORT, "4.500", 0, "actual"),
    ],
    ids=["wards-the-work-touches", "length-the-work-replaces", "customers-it-cuts-off", "customers-in-its-table",
         "the-years-done-work-after-it", "a-report-on-past-outages-stays-actual"],
)
def test_a_notice_of_work_to_come_states_targets(text, surface, nth, expected):
    assert [r["role"] for r in figures(text) if r["surface"] == surface][nth] == expected


_CLOCK_TABLE = ("Ngày | Thời gian | Số khách hàng | Số giờ mất điện\n"
                "10/03/2026 | 7h30 - 11h00 | 320 | 4\n"
                "11/03/2026 | 13:30-17:00 | 95 | 3,5\n"
                "12/03/2026 | 8h00 | 41 | 2\n")


@pytest.mark.parametrize(
    ("surface", "figure"),
    [
        ("7", False), ("30", False), ("11", False), ("13", False), ("17", False), ("8", False),
        ("320", True), ("95", True), ("4", True), ("3,5", True), ("2", True),
    ],
    ids=["a-windows-hour", "its-minutes", "the-hour-it-ends", "a-window-with-colons", "its-end", "a-lone-clock-time",
         "customers-beside-it", "customers-beside-the-second", "hours-off-stay", "hours-in-tenths-stay",
         "hours-beside-a-lone-time-stay"],
)
def test_a_clock_window_in_a_cell_is_a_date(surface, figure):
    assert (surface in [r["surface"] for r in figures(_CLOCK_TABLE)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Ngày 10/3/2026, Điện lực huyện ngừng cấp điện lộ 372 E5.3 để sửa chữa.", "372", False),
        ("Trong thời gian này, các lộ 471, 473 và 475 được chuyển sang nhận điện từ trạm khác.", "473", False),
        ("Đơn vị thay dây dẫn đoạn từ cột 15 đến cột 46 của đường dây.", "15", False),
        ("Đơn vị thay dây dẫn đoạn từ cột 15 đến cột 46 của đường dây.", "46", False),
        ("Ngày | Khu vực | Lý do | Số khách hàng\n10/3/2026 | Xã Tân Lập | Sửa chữa lộ 972 E5.3 | 410\n",
         "972", False),
        ("Ngày | Khu vực | Lý do | Số khách hàng\n10/3/2026 | Xã Tân Lập | Thí nghiệm máy biến áp T2 | 410\n",
         "2", False),
        ("Ngày | Khu vực | Lý do | Số khách hàng\n10/3/2026 | Xã Tân Lập | Thí nghiệm máy biến áp T2 | 410\n",
         "410", True),
        ("Năm 2025, đơn vị đã thay 35 cột bê tông hư hỏng.", "35", True),
        ("Qua kiểm tra, đoàn đã bộc lộ 5 hạn chế trong quản lý.", "5", True),
    ],
    ids=["a-feeders-number", "feeders-listed", "the-pole-a-stretch-starts-at", "the-pole-it-ends-at",
         "a-feeder-in-a-cell", "a-transformers-code-in-a-cell", "the-customers-beside-them-stay",
         "poles-counted-before-their-word-stay", "a-verb-ending-in-the-word-stays"],
)
def test_a_grid_parts_number_is_a_name(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Ngày 12/3/2026, tạm ngừng cấp điện TBA 400 kVA Thôn Đông để sửa chữa.", "400", False),
        ("Khu vực mất điện có 21 trạm biến áp 35/0,4 kV và 860 khách hàng.", "35", False),
        ("Khu vực mất điện có 21 trạm biến áp 35/0,4 kV và 860 khách hàng.", "0,4", False),
        ("Ngày | Lý do | Số khách hàng\n12/3/2026 | Kéo mới đường dây 22 kV | 310\n", "22", False),
        ("Khu vực mất điện có 21 trạm biến áp 35/0,4 kV và 860 khách hàng.", "21", True),
        ("Đơn vị đấu nối trạm biến áp công suất 560 kVA cho cụm công nghiệp.", "560", True),
        ("Đơn vị nâng công suất máy biến áp từ 160 kVA lên 250 kVA.", "160", True),
        ("Đơn vị nâng công suất máy biến áp từ 160 kVA lên 250 kVA.", "250", True),
    ],
    ids=["a-station-named-by-its-rating", "a-transformers-voltages", "their-low-side", "a-lines-voltage-in-a-cell",
         "the-stations-counted-stay", "a-capacity-stays", "the-capacity-a-change-starts-from-stays",
         "the-capacity-it-reaches-stays"],
)
def test_a_rating_naming_equipment_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2025, chỉ số SAIDI là 390 phút, trong đó thời gian mất điện do sửa chữa theo kế hoạch là 180 phút.",
         "180", "actual"),
        ("Năm 2025, số lần cắt điện theo kế hoạch là 46 lần.", "46", "actual"),
        ("Năm 2025, sản lượng điện thương phẩm theo kế hoạch là 3.200 triệu kWh.", "3.200", "plan"),
    ],
    ids=["outage-minutes-of-scheduled-repairs", "scheduled-cuts-counted", "a-quantity-the-plan-sets-stays-a-target"],
)
def test_work_done_on_a_schedule_names_no_target(text, surface, expected):
    assert figure_at(text, surface)["role"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2025, tỷ lệ hộ nghèo còn 2,6%. Mục tiêu năm 2025 là tỷ lệ hộ nghèo dưới 2% và tỷ lệ che phủ rừng "
         "trên 75%.", "75%", "plan"),
        ("Năm 2025, thu ngân sách đạt 1.050 tỷ đồng. Mục tiêu năm 2025 là thu ngân sách 1.200 tỷ đồng, tỷ lệ giải ngân "
         "vốn đầu tư công trên 95%.", "95%", "plan"),
        ("Năm 2025, ngành điện giảm 12 vụ sự cố. Mục tiêu năm 2025 là SAIDI không quá 450 phút, đến nay đã thực hiện "
         "được 420 phút.", "420", "actual"),
    ],
    ids=["a-second-target-after-and", "a-second-target-after-a-comma", "a-result-after-the-target-stays"],
)
def test_a_figure_listed_in_a_stated_target_is_a_target(text, surface, expected):
    assert figure_at(text, surface)["role"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Nếu thay đổi lịch, Công ty sẽ thông báo lại cho khách hàng trước ít nhất 5 ngày.", "5", False),
        ("Người lao động nghỉ việc phải báo trước 30 ngày cho người sử dụng lao động.", "30", False),
        ("Điện lực đã thông báo trước cho 320 khách hàng bị ảnh hưởng.", "320", True),
        ("Trước ít nhất 3 tháng, đơn vị đã lắp đặt 46 công tơ.", "46", True),
    ],
    ids=["how-long-ahead-a-notice-comes", "a-notice-given-ahead", "the-customers-told-ahead-stay",
         "a-count-after-the-lead-stays"],
)
def test_how_long_ahead_a_notice_comes_is_a_limit(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2025, chỉ số SAIDI là 420 phút, giảm 65 phút so với năm 2024; trong đó thời gian mất điện do sự cố là "
         "150 phút.", "150", "amount"),
        ("Năm 2025, thời gian xử lý trung bình mỗi hồ sơ là 36 giờ; riêng hồ sơ đất đai là 52 giờ.", "52", "amount"),
        ("Năm 2025, chỉ số SAIDI là 420 phút; trong đó có 35 lần mất điện do sự cố.", "35", "count"),
    ],
    ids=["a-part-of-an-index-in-minutes", "a-part-of-an-average-in-hours", "a-count-after-the-part-word-stays"],
)
def test_a_part_of_a_length_before_it_is_an_amount(text, surface, expected):
    assert figure_at(text, surface)["kind"] == expected


_POLICY = ("QUYẾT ĐỊNH\nQuyết định chủ trương đầu tư\nDự án Khu chế biến nông sản Tân Hưng\n\n"
           "Điều 1. Quyết định chủ trương đầu tư dự án với các nội dung sau:\n"
           "1. Quy mô: chế biến 18.000 tấn nông sản/năm, diện tích đất khoảng 5,4 ha.\n"
           "2. Tổng vốn đầu tư: 310 tỷ đồng, trong đó vốn góp 62 tỷ đồng.\n")
_POLICY_REPORT = ("BÁO CÁO\nTình hình sản xuất công nghiệp năm 2024\n\n"
                  "I. KẾT QUẢ\nKhu chế biến nông sản Tân Hưng chế biến 18.000 tấn nông sản/năm.\n")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_POLICY, "18.000", "context"),
        (_POLICY, "5,4", "context"),
        (_POLICY, "310", "context"),
        (_POLICY.replace("Quyết định chủ trương", "Chấp thuận chủ trương", 1), "62", "context"),
        (_POLICY_REPORT, "18.000", "actual"),
        ("Năm 2024, UBND tỉnh chấp thuận chủ trương đầu tư 9 dự án với tổng vốn 2.150 tỷ đồng.", "2.150", "actual"),
    ],
    ids=["a-decided-projects-capacity", "a-decided-projects-land", "a-decided-projects-capital",
         "an-approved-projects-owners-capital", "no-decision-a-plants-output-stays-a-result",
         "a-sentence-naming-approvals-is-no-title"],
)
def test_a_decision_on_a_projects_investment_policy_states_what_it_is_to_be(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Diện tích sàn phục vụ đào tạo của Trường bình quân 6,4 m2/sinh viên.", "6,4", "m2_per_person"),
        ("Học phí bình quân khoảng 16,5 triệu đồng/sinh viên/năm.", "16,5", "VND_per_person_per_year"),
        ("Kinh phí đào tạo thạc sĩ là 24 triệu đồng/học viên.", "24", "VND_per_person"),
        ("Năm 2024, Trường có 18.400 sinh viên, diện tích sàn 96.000 m2.", "96.000", "m2"),
    ],
    ids=["floor-area-per-student", "a-fee-per-student-a-year", "a-cost-per-learner", "an-area-stays-an-area"],
)
def test_a_rate_per_student_is_per_person(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


_QUOTA_TITLE = "BÁO CÁO\nKết quả đào tạo năm 2023\n\n"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_QUOTA_TITLE + "Năm 2024, chỉ tiêu tuyển sinh của Trường là 3.200 chỉ tiêu, thực tế nhập học 2.950 sinh viên, "
         "đạt 92,2% chỉ tiêu (năm 2023 nhập học 2.810 sinh viên).", "2.950", "actual"),
        (_QUOTA_TITLE + "Năm 2024, chỉ tiêu tuyển sinh của Trường là 3.200 chỉ tiêu, thực tế nhập học 2.950 sinh viên, "
         "đạt 92,2% chỉ tiêu (năm 2023 nhập học 2.810 sinh viên).", "92,2%", "actual"),
        (_QUOTA_TITLE + "Năm 2024, chỉ tiêu tuyển sinh của Trường là 3.200 chỉ tiêu, thực tế nhập học 2.950 sinh viên, "
         "đạt 92,2% chỉ tiêu (năm 2023 nhập học 2.810 sinh viên).", "2.810", "context"),
        (_QUOTA_TITLE + "Năm 2024, kế hoạch giao 1.400 chỉ tiêu, thực tế tuyển được 1.312 học viên.", "1.312",
         "actual"),
        (_QUOTA_TITLE + "Năm 2024, chỉ tiêu tuyển sinh của Trường là 3.200 chỉ tiêu, phấn đấu nhập học 3.000 "
         "sinh viên.", "3.000", "plan"),
        (_QUOTA_TITLE + "Căn cứ thực tế, kế hoạch năm 2024 tuyển sinh 3.000 sinh viên.", "3.000", "plan"),
    ],
    ids=["enrolled-against-the-quota", "its-share-of-the-quota", "an-earlier-years-bracket-stays-context",
         "recruited-against-a-plan", "no-marker-the-target-stays", "a-marker-before-the-target-says-nothing"],
)
def test_what_was_actually_done_against_a_target_is_a_result(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_FEE_TITLE = "BÁO CÁO\nCông khai năm học 2023-2024\n\nI. HỌC PHÍ\n"
_FEE_FINANCE = "\n\nII. TÀI CHÍNH NĂM 2023\nTổng thu năm 2023 của Trường là 120 tỷ đồng."


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_FEE_TITLE + "Năm học 2024-2025, học phí bình quân khoảng 16,8 triệu đồng/sinh viên/năm, tăng 7,5% so với "
         "năm học trước." + _FEE_FINANCE, "16,8", "context"),
        (_FEE_TITLE + "Năm học 2024-2025, học phí bình quân khoảng 16,8 triệu đồng/sinh viên/năm, tăng 7,5% so với "
         "năm học trước." + _FEE_FINANCE, "7,5%", "context"),
        (_FEE_TITLE + "Năm học 2024-2025, Trường phấn đấu tuyển sinh 4.000 sinh viên, tăng 6% so với năm học trước."
         + _FEE_FINANCE, "6%", "plan"),
    ],
    ids=["a-fee-set-for-a-coming-year", "its-rise", "a-target-for-a-coming-year-stays-a-target"],
)
def test_a_fee_set_for_a_coming_year_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_FEE_TABLE = ("Bảng 3. Mức học phí năm học 2025-2026\n"
              "STT | Ngành đào tạo | Học phí (đồng/tín chỉ) | Ghi chú\n"
              "1 | Ngôn ngữ Anh | 410.000 | \n2 | Dược học | 980.000 | \n")
_FEE_TAKINGS = ("Bảng 4. Nguồn thu năm 2024\n"
                "STT | Nguồn thu | Học phí (tỷ đồng) | Ngân sách cấp (tỷ đồng)\n"
                "1 | Hệ chính quy | 214,6 | 38,2\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_FEE_TABLE, "410.000", ("context", "2025-2026")),
        (_FEE_TABLE, "980.000", ("context", "2025-2026")),
        (_FEE_TAKINGS, "214,6", ("actual", "2024")),
    ],
    ids=["a-fee-per-credit", "another-programmes-fee", "fees-taken-in-stay-a-result"],
)
def test_a_column_of_a_fee_per_unit_holds_terms_of_the_school_year(text, surface, expected):
    assert tuple(fields_at(text, surface, ["role", "period"]).values()) == expected


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Tỷ lệ học viên tốt nghiệp năm 2024 có việc làm trong vòng 6 tháng kể từ khi tốt nghiệp đạt 88,5%.",
         "88,5%", "2024"),
        ("Năm 2023, có 412 lao động tìm được việc làm sau 3 tháng kể từ ngày kết thúc khóa học.", "412", "2023"),
        ("Năm 2023, tỷ lệ sinh viên tốt nghiệp có việc làm sau 12 tháng kể từ khi ra trường đạt 91,2%.", "91,2%",
         "2023"),
        ("Quý III/2024, doanh thu đạt 120 tỷ đồng; 9 tháng ước đạt 350 tỷ đồng.", "350", None),
    ],
    ids=["a-cohorts-year-past-a-stretch-after-graduation", "a-stretch-after-the-count",
         "a-year-opening-past-a-stretch", "months-from-the-years-start-still-leave-the-quarter"],
)
def test_a_stretch_counted_from_an_event_leaves_the_time_named_speaking(text, surface, period):
    assert figure_at(text, surface)["period"] == period


_LAND_SHARES = ("Cơ cấu sử dụng đất của dự án như sau:\n"
                "STT | Hạng mục | Diện tích (m2) | Tỷ lệ (%)\n"
                "1 | Đất nhà xưởng | 18.400 | 61,3\n2 | Đất cây xanh | 11.600 | 38,7\n| Tổng cộng | 30.000 | 100\n")
_DISBURSED = ("Kết quả giải ngân vốn đầu tư công năm 2024:\n"
              "STT | Nguồn vốn | Giải ngân (tỷ đồng) | Tỷ lệ (%)\n"
              "1 | Vốn ngân sách tỉnh | 412,5 | 86,2\n2 | Vốn trung ương | 208,1 | 91,4\n"
              "| Tổng cộng | 620,6 | 87,9\n")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (_LAND_SHARES, "61,3", "share"),
        (_LAND_SHARES, "100", "share"),
        (_DISBURSED, "86,2", "plan_ratio"),
    ],
    ids=["a-rows-share-of-the-land", "the-wholes-hundred", "a-rate-of-disbursement-totalling-no-hundred"],
)
def test_a_percent_column_totalling_a_hundred_holds_shares(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Công ty TNHH Minh Phát, mã số doanh nghiệp 0108765432 do Sở Kế hoạch và Đầu tư cấp.", "0108765432", False),
        ("Liên hệ số điện thoại 0912345678 để được hướng dẫn.", "0912345678", False),
        ("Văn bản được lập thành 05 bản có giá trị như nhau.", "05", True),
        ("Tổng thu ngân sách đạt 2350000000 đồng.", "2350000000", True),
    ],
    ids=["an-enterprise-code", "a-phone-number-written-solid", "a-short-count-with-a-zero-stays",
         "a-long-sum-with-no-zero-stays"],
)
def test_a_long_run_of_digits_opening_with_zero_is_a_code(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Thời hạn hoạt động của dự án: 70 năm kể từ ngày được giao đất.", "70", False),
        ("Dự án được giảm 50% tiền thuê đất trong 7 năm tiếp theo.", "7", False),
        ("Dự án được miễn tiền thuê đất trong 11 năm kể từ ngày hoàn thành xây dựng.", "11", False),
        ("Doanh nghiệp được miễn thuế thu nhập doanh nghiệp trong 4 năm.", "4", False),
        ("Sau 3 năm thực hiện, toàn tỉnh đã có 120 hợp tác xã.", "120", True),
        ("Hộ nghèo giảm 1.240 hộ trong 2 năm.", "1.240", True),
    ],
    ids=["an-operation-term-from-a-day", "the-stretch-after-a-holiday", "a-land-rent-exemptions-term",
         "a-tax-holidays-term", "a-count-after-a-time-stays", "a-count-before-a-time-stays"],
)
def test_a_term_an_exemption_or_an_operation_runs_for_is_no_figure(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Mức ký quỹ là 3% đối với phần vốn đến 500 tỷ đồng.", "500", False),
        ("Mức ký quỹ là 2% đối với phần vốn trên 500 tỷ đồng đến 2.000 tỷ đồng.", "2.000", False),
        ("Mức ký quỹ là 2% đối với phần vốn trên 500 tỷ đồng đến 2.000 tỷ đồng.", "2%", True),
        ("Tổng vốn đầu tư tăng từ 400 tỷ đồng lên đến 650 tỷ đồng.", "650", True),
    ],
    ids=["a-bands-top", "a-bands-top-after-its-bottom", "the-rate-set-for-the-band-stays", "a-level-reached-stays"],
)
def test_the_top_of_a_band_a_rate_is_set_for_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("- Thùng giấy sóng 7 lớp: 12.000 tấn/năm;", "7", False),
        ("- Màng phức hợp 3 lớp, 4 lớp: 2.500 tấn/năm;", "4", False),
        ("- Thùng giấy sóng 7 lớp: 12.000 tấn/năm;", "12.000", True),
        ("Trung tâm đã mở 6 lớp tập huấn cho 240 nông dân.", "6", True),
    ],
    ids=["a-corrugated-boards-layers", "a-films-second-make", "the-capacity-after-stays", "classes-held-stay-a-count"],
)
def test_the_layers_of_a_product_made_in_layers_name_its_make(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


_POLICY_TERMS = ("QUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư\nDự án Nhà máy gạch Tân Phú\n\n"
                 "Điều 1. Quy mô dự án: công suất 30 triệu viên/năm.\n"
                 "Điều 2. Các điều kiện đối với nhà đầu tư:\n"
                 "Ký quỹ 3% tổng vốn đầu tư; mật độ xây dựng không quá 60% diện tích đất; sử dụng tối thiểu 80% "
                 "lao động địa phương.\n")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_POLICY_TERMS, "60%", "plan"),
        (_POLICY_TERMS, "80%", "plan"),
        (_POLICY_TERMS, "3%", "context"),
        (_POLICY_TERMS, "30", "context"),
    ],
    ids=["a-ceiling-a-decision-sets", "a-floor-a-decision-sets", "a-deposit-rate-stays-a-term",
         "the-projects-capacity-stays-background"],
)
def test_a_bound_among_the_conditions_on_a_project_is_a_requirement(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Trường phấn đấu tỷ lệ học viên có việc làm sau 6 tháng kể từ khi tốt nghiệp đạt từ 90% trở lên.", "90%",
         True),
        ("Tỷ lệ người lao động có việc làm trong 3 tháng từ khi kết thúc khóa học đạt từ 80% trở lên.", "80%", True),
        ("Chỉ mở cống lấy nước khi độ mặn dưới 1‰.", "1‰", False),
    ],
    ids=["a-target-after-since-graduating", "a-target-after-since-a-course", "a-state-a-task-waits-for-stays-out"],
)
def test_a_level_past_a_time_counted_since_an_event_is_no_condition(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Năm 2024, chênh lệch thu chi của Bệnh viện 12,6 tỷ đồng được trích lập các quỹ.", "12,6", "amount"),
        ("Năm 2024, chênh lệch thu lớn hơn chi 4,2 tỷ đồng.", "4,2", "amount"),
        ("Tổng số tiền trúng đấu giá đạt 231,6 tỷ đồng, chênh lệch so với tổng giá khởi điểm khoảng 98 tỷ đồng.",
         "98", "change"),
    ],
    ids=["a-budgets-balance", "a-surplus-named-so", "a-gap-from-a-starting-price-stays-a-change"],
)
def test_a_balance_of_takings_and_spending_is_an_amount(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Dự án được giảm 50% tiền thuê đất trong thời gian xây dựng.", "50%", "share"),
        ("Doanh nghiệp được giảm 30% số thuế phải nộp của năm 2024.", "30%", "share"),
        ("Năm 2024, số thuế thu được giảm 12% so với năm 2023.", "12%", "growth"),
    ],
    ids=["a-cut-in-land-rent", "a-cut-in-tax-due", "a-fall-in-tax-collected-stays-a-growth"],
)
def test_a_part_of_a_tax_or_a_rent_cut_is_a_share(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


_HALVES_LATEST_FIRST = """BÁO CÁO KẾT QUẢ SẢN XUẤT KINH DOANH 6 THÁNG ĐẦU NĂM 2024
Đơn vị tính: tỷ đồng
STT | Chỉ tiêu | 6 tháng đầu năm 2024 | 6 tháng đầu năm 2023 | Chênh lệch | Tỷ lệ (%)
1 | Doanh thu | 820,5 | 700,0 | 120,5 | 17,2
"""

_YEARS_OLDEST_FIRST_WITH_A_RATE = """BÁO CÁO TÌNH HÌNH THU NGÂN SÁCH
Đơn vị tính: triệu đồng
STT | Chỉ tiêu | Năm 2023 | Năm 2024 | Chênh lệch | Tỷ lệ (%)
1 | Thu phí, lệ phí | 5.000 | 5.600 | 600 | 12,0
"""

_PLAN_AND_RESULT_WITH_A_RATE = """BIỂU 01. GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2024
Đơn vị tính: triệu đồng
STT | Nguồn vốn | Kế hoạch vốn 2024 | Giải ngân đến 30/11/2024 | Tỷ lệ (%)
1 | Vốn ngân sách tỉnh | 120.000 | 90.000 | 75,0
"""


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [(_HALVES_LATEST_FIRST, "120,5", {"kind": "change", "period": "2024-H1", "base": "2023"}),
     (_HALVES_LATEST_FIRST, "17,2", {"kind": "growth", "period": "2024-H1", "base": "2023"}),
     (_YEARS_OLDEST_FIRST_WITH_A_RATE, "12,0", {"kind": "growth", "period": "2024", "base": "2023"}),
     (_PLAN_AND_RESULT_WITH_A_RATE, "75,0", {"kind": "plan_ratio", "base": "plan"})],
    ids=["a-difference-of-the-later-part-written-first", "its-rate-is-the-later-parts-growth",
         "a-rate-after-a-difference-of-years-is-a-growth", "a-rate-after-a-plan-and-a-result-stays-a-ratio"],
)
def test_a_difference_and_its_rate_compare_the_latest_column_with_the_earlier(text, surface, expected):
    assert fields_at(text, surface, set(expected)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Các tổ tuần tra làm việc từ 20h00 đến 24h00 hằng ngày.", "24", False),
     ("Cửa hàng mở cửa đến 24:00 các ngày cuối tuần.", "24", False),
     ("Duy trì 24 tổ công tác từ 18h00 đến 22h00.", "24", True)],
    ids=["midnight-ends-a-watch", "midnight-with-a-colon", "a-count-before-clock-times-stays"],
)
def test_midnight_is_a_clock_time(text, surface, is_figure):
    assert (surface in [r["surface"] for r in figures(text)]) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("- Mức 2 (trên 50 mg đến 80 mg/100 ml máu hoặc trên 0,25 mg đến 0,4 mg/1 lít khí thở): 97 trường hợp.", "80",
      False),
     ("- Mức 2 (trên 50 mg đến 80 mg/100 ml máu hoặc trên 0,25 mg đến 0,4 mg/1 lít khí thở): 97 trường hợp.", "2",
      False),
     ("Phát hiện 41 người điều khiển xe có nồng độ cồn vượt quá 0,4 mg/1 lít khí thở.", "0,4", False),
     ("- Mức 2 (trên 50 mg đến 80 mg/100 ml máu hoặc trên 0,25 mg đến 0,4 mg/1 lít khí thở): 97 trường hợp.", "97",
      True),
     ("Tài xế có nồng độ cồn đo được 0,62 mg/1 lít khí thở.", "0,62", True)],
    ids=["a-bands-bound-in-blood", "the-bands-level", "a-bound-naming-drivers", "the-cases-counted-stay",
         "a-level-measured-stays"],
)
def test_an_alcohol_concentration_band_is_a_label(text, surface, is_figure):
    assert (surface in [r["surface"] for r in figures(text)]) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Trong tháng, 57 người điều khiển xe bị tước giấy phép lái xe từ 10 đến 12 tháng.", "10 đến 12", False),
     ("Xử phạt 12 cơ sở, trong đó 2 cơ sở bị đình chỉ hoạt động 3 tháng.", "3", False),
     ("Tước quyền sử dụng giấy phép lái xe đối với 415 trường hợp.", "415", True),
     ("Trong tháng, lực lượng chức năng đã tước giấy phép lái xe 36 trường hợp.", "36", True)],
    ids=["a-licence-suspended-for-a-range", "an-activity-suspended-for-months", "the-cases-suspended-stay",
         "the-cases-right-after-the-penalty-stay"],
)
def test_the_term_a_penalty_runs_for_is_a_label(text, surface, is_figure):
    assert (surface in [r["surface"] for r in figures(text)]) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2024, toàn huyện xảy ra 12 vụ cháy, thiệt hại 1,2 tỷ đồng (năm 2023 xảy ra 15 vụ, thiệt hại 2,1 tỷ "
      "đồng).", "2,1", "context"),
     ("Trong quý, xảy ra 7 vụ ngộ độc, 52 người mắc (cùng kỳ năm trước xảy ra 4 vụ, 31 người mắc, 2 người tử "
      "vong).", "2", "context"),
     ("Năm 2024, toàn tỉnh có 12 xã đạt chuẩn (trong đó 5 xã miền núi, 7 xã đồng bằng).", "7", "actual")],
    ids=["a-later-clause-of-a-bracket-of-last-year", "the-last-clause-of-a-bracket-of-the-same-period",
         "a-bracket-of-parts-stays-a-result"],
)
def test_every_figure_of_a_bracket_of_another_time_is_context(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Công ty giải trình nguyên nhân lợi nhuận quý II/2024 biến động từ 10% trở lên so với cùng kỳ.", "10%",
      False),
     ("Doanh nghiệp phải công bố khi vốn chủ sở hữu thay đổi trên 10% so với đầu kỳ.", "10%", False),
     ("Năm 2025, Công ty phấn đấu lợi nhuận tăng từ 10% trở lên so với năm 2024.", "10%", True)],
    ids=["a-threshold-after-a-change-either-way", "a-threshold-over-a-bound", "a-rise-aimed-at-stays"],
)
def test_a_threshold_a_rule_names_changes_by_is_a_label(text, surface, is_figure):
    assert (surface in [r["surface"] for r in figures(text)]) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [("Năm 2024, Công ty ghi nhận lãi chênh lệch tỷ giá 2.415 triệu đồng.", "2.415",
      {"kind": "amount", "role": "actual"}),
     ("Năm 2024, lỗ chênh lệch tỷ giá của Tổng công ty là 36,2 tỷ đồng.", "36,2", {"kind": "amount", "role": "actual"}),
     ("Tỷ giá quy đổi trong báo cáo là 24.337 đồng/USD.", "24.337", {"kind": "other", "role": "context"})],
    ids=["a-gain-from-a-rates-change", "a-loss-from-a-rates-change", "a-rate-used-to-convert-stays-a-price"],
)
def test_a_gain_from_an_exchange_rate_is_an_amount(text, surface, expected):
    assert fields_at(text, surface, set(expected)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Năm 2024, doanh thu đạt 512 tỷ đồng, bằng 102,4% kế hoạch doanh thu năm 2024 được Hội đồng quản trị Tổng "
      "công ty phê duyệt (500 tỷ đồng).", "500", "plan"),
     ("Năm 2024, lợi nhuận đạt 64 tỷ đồng, bằng 91,4% kế hoạch được Đại hội đồng cổ đông thường niên thông qua "
      "(70 tỷ đồng).", "70", "plan"),
     ("Năm 2024, Nghị quyết được Hội đồng nhân dân tỉnh thông qua (45 đại biểu tán thành).", "45", "actual")],
    ids=["a-plan-a-board-approved", "a-plan-a-shareholders-meeting-approved", "a-vote-with-no-plan-stays"],
)
def test_a_bracket_after_the_body_that_approved_a_plan_gives_the_plan(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_QUARTER_HEADING = "II. KẾT QUẢ KINH DOANH QUÝ II/2024\n"


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [(_QUARTER_HEADING + "Tỷ suất lợi nhuận gộp đạt 18,2%, cao hơn 2,1 điểm phần trăm so với cùng kỳ năm 2023 "
      "(16,1%).", "16,1%", None),
     (_QUARTER_HEADING + "Doanh thu đạt 215 tỷ đồng, tăng 8,1% so với cùng kỳ năm 2023 (198,9 tỷ đồng).", "198,9",
      None),
     ("II. KẾT QUẢ KINH DOANH NĂM 2024\nDoanh thu đạt 815 tỷ đồng, tăng 8% so với cùng kỳ năm 2023 (755 tỷ đồng).",
      "755", "2023")],
    ids=["a-rate-of-the-same-quarter-last-year", "a-sum-of-the-same-quarter-last-year",
         "under-a-years-heading-it-stays-that-year"],
)
def test_the_same_part_of_a_year_in_brackets_under_a_quarters_heading_has_no_code(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [("Năm 2024, doanh thu đạt 412 tỷ đồng, tăng 38 tỷ đồng, tương ứng tăng 10,2% so với năm 2023.", "38", "2023"),
     ("Năm 2024, toàn tỉnh đón 2,4 triệu lượt khách, giảm 120 nghìn lượt (giảm 4,8%) so với năm 2023.", "120",
      "2023"),
     ("Năm 2024, toàn tỉnh đón 2,4 triệu lượt khách, giảm 120 nghìn lượt (giảm 4,8%).", "120", None)],
    ids=["a-change-before-its-worded-equivalent", "a-change-before-its-worded-bracket", "no-comparison-named-no-base"],
)
def test_a_change_takes_the_base_named_past_its_worded_percent(text, surface, base):
    assert figure_at(text, surface)["base"] == base


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [("Năm 2024, giá bán bình quân đạt 7.450 đồng/kg, giảm 350 đồng/kg so với năm 2023, tương ứng giảm 4,5%.",
      "4,5%", "2023"),
     ("Năm 2024, doanh thu đạt 96 tỷ đồng, tăng 6 tỷ đồng so với năm 2023, tương đương tăng 6,7%.", "6,7%", "2023"),
     ("Năm 2024, doanh thu đạt 96 tỷ đồng, tăng 6 tỷ đồng so với năm 2023, chiếm 12,5% doanh thu toàn ngành.",
      "12,5%", None)],
    ids=["a-fall-restated-in-percent", "a-rise-restated-after-tuong-duong", "a-share-after-a-change-takes-no-base"],
)
def test_a_change_restated_after_an_equivalence_word_keeps_the_base(text, surface, base):
    assert figure_at(text, surface)["base"] == base


_RATED_HOTELS = ("Danh sách khách sạn được công nhận hạng:\n"
                 "STT | Tên khách sạn | Hạng | Số buồng\n"
                 "1 | Khách sạn Hoa Sen | 2 sao | 27\n"
                 "2 | Khách sạn Bến Thủy | 5 sao | 212\n")
_STARRED_PRODUCTS = ("Kết quả đánh giá sản phẩm OCOP năm 2024:\n"
                     "TT | Xã | Sản phẩm 3 sao | Sản phẩm 4 sao\n"
                     "1 | Xã Tân Lập | 6 | 2\n")


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        (_RATED_HOTELS, "2", ("other", "context")),
        (_RATED_HOTELS, "5", ("other", "context")),
        (_RATED_HOTELS, "212", ("count", "actual")),
        (_STARRED_PRODUCTS, "6", ("count", "actual")),
    ],
    ids=["a-two-star-cell", "a-five-star-cell", "the-rooms-beside-it-stay-a-count",
         "products-under-a-star-column-stay-counts"],
)
def test_a_star_rating_in_a_cell_is_a_class_of_context(text, surface, fields):
    assert tuple(fields_at(text, surface, ["kind", "role"]).values()) == fields


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Theo TCVN 7795:2009, nhà nghỉ phải có tối thiểu 10 buồng.", "7795", False),
        ("Theo QCVN 01:2009/BYT, nước ăn uống được kiểm tra tại 18 điểm.", "01", False),
        ("Chỉ số AQI trung bình đạt 152: mức kém.", "152", True),
    ],
    ids=["a-national-standard-after-theo", "a-technical-standard-with-its-issuer",
         "an-index-before-a-colon-and-no-year"],
)
def test_a_standards_number_before_its_year_is_a_document_number(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Tổng kinh phí bố trí cho công tác phòng, chống dịch bệnh gia súc là 3.250 triệu đồng, trong đó ngân sách "
         "huyện 1.200 triệu đồng.", "3.250", "plan"),
        ("Tổng kinh phí bố trí cho công tác phòng, chống dịch bệnh gia súc là 3.250 triệu đồng, trong đó ngân sách "
         "huyện 1.200 triệu đồng.", "1.200", "plan"),
        ("Vốn được phân bổ cho chương trình nông thôn mới là 86 tỷ đồng.", "86", "plan"),
        ("Kinh phí đã giải ngân cho chương trình là 9,3 tỷ đồng.", "9,3", "actual"),
    ],
    ids=["funds-allotted-opening-the-sentence", "a-part-of-the-funds-allotted", "capital-distributed-to-a-programme",
         "funds-disbursed-stay-a-result"],
)
def test_funds_named_with_the_verb_allotting_them_are_a_plan(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Theo TCVN 7800:2017, nhà nghỉ du lịch phải có tối thiểu 10 buồng, biệt thự tối thiểu 3 buồng ngủ.", "10",
         "plan"),
        ("Theo TCVN 7800:2017, nhà nghỉ du lịch phải có tối thiểu 10 buồng, biệt thự tối thiểu 3 buồng ngủ.", "3",
         "plan"),
        ("Theo quy chuẩn kỹ thuật, mỗi lớp học không quá 35 học sinh.", "35", "plan"),
        ("Theo báo cáo của các huyện, có trên 50 cơ sở đạt chuẩn.", "50", "actual"),
    ],
    ids=["a-standards-minimum-rooms", "a-second-minimum-in-its-sentence", "a-ceiling-after-a-technical-standard",
         "a-report-cited-sets-nothing"],
)
def test_a_bound_a_standard_sets_is_a_requirement(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Diện tích rừng trồng dưới 3 năm tuổi khoảng 1.200 ha.", "3", False),
        ("Vườn cao su trên 7 năm tuổi đã cho khai thác 850 ha.", "7", False),
        ("Rừng trồng 6 năm tuổi cho thu hoạch 120 m3/ha.", "6", False),
        ("Vườn cao su có tuổi bình quân 12 năm tuổi.", "12", True),
    ],
    ids=["young-plantations-below-an-age", "rubber-gardens-above-an-age", "an-age-right-after-what-is-of-it",
         "an-average-age-stays-a-figure"],
)
def test_a_plantations_age_in_years_after_a_bound_names_a_group(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


_SENT_TO = ("IV. NHIỆM VỤ NĂM 2025\n"
            "1. Xây dựng thêm 15 chòi canh lửa.\n"
            "- Trang bị 20 máy thổi gió cho các tổ đội.\n"
            "\n"
            "Nơi nhận:\n"
            "- UBND tỉnh (b/c);\n"
            "- Phòng Nông nghiệp 9 huyện, thị xã;\n"
            "- Lưu: VT.\n")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_SENT_TO, "20", "plan"),
        (_SENT_TO, "15", "plan"),
    ],
    ids=["a-dashed-task-above-the-list-stays-a-target", "a-numbered-task-stays-a-target"],
)
def test_the_tasks_above_the_list_of_recipients_stay_targets(text, surface, role):
    assert figure_at(text, surface)["role"] == role
    assert "9" not in [r["surface"] for r in figures(text)]  # "Phòng Nông nghiệp 9 huyện": a recipient's name


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Chánh Văn phòng UBND tỉnh và Chủ tịch UBND 10 huyện, thị xã chịu trách nhiệm thi hành Quyết định này.",
         "10", "context"),
        ("Giám đốc 03 doanh nghiệp có tên tại Điều 1 có trách nhiệm thi hành Quyết định này.", "03", "context"),
        ("Năm 2024, Sở đã kiểm tra 05 cơ sở lưu trú du lịch.", "05", "actual"),
    ],
    ids=["districts-named-to-carry-out-a-decision", "firms-named-in-an-article-to-carry-it-out",
         "establishments-checked-stay-a-result"],
)
def test_a_count_of_those_named_to_carry_out_a_decision_is_background(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_APPROVED = "Điều 1. Phê duyệt 12 dự án đầu tư công.\n"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_APPROVED + "Tổng số vốn của 12 dự án được phê duyệt lần này là 450 tỷ đồng.", "12", "context"),
        ("Sáp nhập 3 xã thành xã Tân Phú. Tổng diện tích của 3 xã sau sáp nhập là 86,5 km2.", "3", "context"),
        (_APPROVED + "Tổng số vốn của 12 dự án được phê duyệt lần này là 450 tỷ đồng.", "450", "actual"),
        ("Tổng số vốn của 12 dự án được phê duyệt là 450 tỷ đồng.", "12", "actual"),
    ],
    ids=["projects-a-total-is-over", "communes-an-area-is-summed-over", "the-sum-stays-a-result",
         "a-set-stated-the-first-time-stays-a-result"],
)
def test_the_set_a_sum_is_taken_over_is_background(text, surface, role):
    assert [r for r in figures(text) if r["surface"] == surface][-1]["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Toàn huyện có 48 hợp tác xã với 2.150 thành viên, tăng 6 hợp tác xã và 310 thành viên so với năm 2023.",
         "310", "change"),
        ("Số vụ cháy giảm 5 vụ và 61,3 ha rừng bị thiệt hại so với cùng kỳ.", "61,3", "change"),
        ("Toàn huyện tăng 6 hợp tác xã, có 310 thành viên so với năm 2023.", "310", "count"),
    ],
    ids=["members-after-cooperatives-gained", "area-after-fires-fewer", "a-level-after-a-comma-stays-a-count"],
)
def test_a_figure_joined_by_and_to_a_change_is_the_second_change(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        ("Đến ngày 30/9/2024, dư nợ đạt 4.520 tỷ đồng, tăng 312 tỷ đồng so với đầu năm 2024.", "312", "2023"),
        ("Năm 2025, toàn tỉnh có 96 hợp tác xã, tăng 8,5% so với đầu năm 2025.", "8,5%", "2024"),
        ("Năm 2025, toàn tỉnh có 96 hợp tác xã, tăng 8,5% so với năm 2024.", "8,5%", "2024"),
        ("Năm 2025, toàn tỉnh có 96 hợp tác xã, tăng 8,5% so với cuối năm 2023.", "8,5%", "2023"),
        ("Năm 2024, theo kết quả rà soát đầu năm, tỷ lệ hộ nghèo 2,1%, giảm 0,9 điểm phần trăm so với đầu năm 2023.",
         "0,9", "2023"),
    ],
    ids=["the-start-of-a-year-named", "the-start-of-the-reports-year", "a-year-named-stays-its-own",
         "the-end-of-a-year-stays-its-own", "the-start-of-an-earlier-year-stays-its-own"],
)
def test_the_start_of_a_named_year_is_the_end_of_the_year_before(text, surface, base):
    assert figure_at(text, surface)["base"] == base


_RATE_TABLE = ("Biểu lãi suất tiền gửi áp dụng từ ngày 01/3/2025:\n\n"
               "Kỳ hạn | Lãi suất cá nhân (%/năm) | Lãi suất doanh nghiệp (%/năm)\n"
               "3 tháng | 3,1 | 2,8\n"
               "12 tháng | 5,5 | 5,0\n")
_GROWTH_TABLE = ("Chỉ tiêu | Năm 2020 | Năm 2024 | Tăng BQ (%/năm)\n"
                 "Doanh thu (tỷ đồng) | 120 | 168 | 8,8\n")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (_RATE_TABLE, "5,5", "other"),
        (_RATE_TABLE, "2,8", "other"),
        ("Tiền gửi kỳ hạn 18 tháng được áp dụng mức 5,6%/năm.", "5,6%", "other"),
        (_GROWTH_TABLE, "8,8", "growth"),
    ],
    ids=["a-rate-per-year-in-a-terms-table", "the-second-rate-column", "a-rate-for-a-term-in-prose",
         "a-yearly-average-growth-column-stays-a-growth"],
)
def test_a_percent_per_year_for_a_deposit_term_is_an_interest_rate(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


_POWER_TARIFF = ("Giá bán lẻ điện sinh hoạt như sau:\n\n"
                 "Bậc | Mức tiêu thụ (kWh/tháng) | Giá bán (đồng/kWh)\n"
                 "1 | Từ 0 đến 50 kWh | 1.893\n"
                 "2 | Trên 50 kWh đến 100 kWh | 1.956\n")
_USE_TABLE = ("Tình hình sử dụng nước năm 2024:\n\n"
              "Khu vực | Mức sử dụng (m3/tháng) | Số hộ\n"
              "Phường Lê Lợi | 18 | 1.240\n")


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        (_POWER_TARIFF, "0 đến 50", False),
        (_POWER_TARIFF, "100", False),
        (_POWER_TARIFF, "1.956", True),
        (_USE_TABLE, "18", True),
    ],
    ids=["a-first-step-from-zero", "a-steps-top", "the-price-beside-the-step-stays-a-figure",
         "a-bare-usage-in-such-a-column-stays-a-figure"],
)
def test_a_band_naming_a_tariffs_step_in_a_cell_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Giá điện bậc 3 áp dụng cho mức tiêu thụ hằng tháng là 2.380 đồng/kWh.", "3", False),
        ("Giá điện bậc 3 áp dụng cho mức tiêu thụ hằng tháng là 2.380 đồng/kWh.", "2.380", True),
        ("Năm 2024, có 12 viên chức được nâng 1 bậc lương trước thời hạn.", "1", True),
    ],
    ids=["a-tariffs-step-by-its-number", "the-steps-price-stays-a-figure", "steps-counted-stay-a-figure"],
)
def test_a_tariffs_step_named_by_its_number_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


_FEE_EXAMPLE = ("2. Giá bán lẻ điện sinh hoạt bình quân mới là 2.204 đồng/kWh.\n"
                "3. Ví dụ: Một hộ gia đình sử dụng 150 kWh điện trong tháng, tiền điện phải trả như sau:\n"
                "Cộng tiền điện: 330.600 đồng.\n"
                "\n"
                "Năm 2024, Công ty cung cấp điện cho 412.000 khách hàng.\n")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_FEE_EXAMPLE, "330.600", "context"),
        (_FEE_EXAMPLE, "150", "context"),
        (_FEE_EXAMPLE, "412.000", "actual"),
    ],
    ids=["a-worked-examples-total", "a-worked-examples-volume", "a-result-after-the-example-stays-a-result"],
)
def test_a_worked_examples_reckoning_is_context(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Giá cước trên đã bao gồm thuế giá trị gia tăng 8% và phí dịch vụ 2%.", "8%", "context"),
        ("Giá cước trên đã bao gồm thuế giá trị gia tăng 8% và phí dịch vụ 2%.", "2%", "context"),
        ("Năm 2024, doanh thu đạt 52,4 tỷ đồng (chưa bao gồm thuế giá trị gia tăng), tăng 6,1% so với năm 2023.",
         "6,1%", "actual"),
    ],
    ids=["a-tax-a-price-holds", "a-fee-joined-to-it", "a-growth-after-a-bracket-naming-the-tax-stays-a-result"],
)
def test_the_rate_of_a_tax_a_price_holds_or_leaves_out_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_POWER_BILL = ("Tiền điện tháng 6 của hộ gia đình được tính như sau:\n"
               "- 50 kWh đầu tiên: 50 x 1.893 = 94.650 đồng;\n"
               "- Phụ cấp 3 x 150.000 đồng cho cán bộ.\n")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (_POWER_BILL, "1.893", "VND"),
        (_POWER_BILL, "94.650", "VND"),
        ("Lượng điện 50 kWh đầu tiên: 50 x 1.893 = 94.650 đồng.", "1.893", "VND"),
        (_POWER_BILL, "3", "count"),
    ],
    ids=["a-price-factor-takes-the-results-money", "the-result-keeps-its-money", "in-prose-too",
         "a-factor-naming-no-quantity-before-it-stays-a-count"],
)
def test_the_factors_of_a_product_written_out_take_their_units(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Giá điện bình quân là 2.204 đồng/kWh, tăng 88 đồng/kWh, tương đương 4,2% so với năm 2024.", "4,2%", "growth"),
        ("Năm 2024, chi phí đạt 120 tỷ đồng, tăng 9,6 tỷ đồng (khoảng 8,7%) so với năm 2023.", "8,7%", "growth"),
        ("Năm 2024, chi phí đạt 120 tỷ đồng, tăng 9,6 tỷ đồng (kế hoạch 8,7%).", "8,7%", "share"),
    ],
    ids=["a-rates-change-then-its-percent", "a-changes-percent-in-a-bracket-with-a-qualifier",
         "a-bracket-naming-a-plan-is-no-such-percent"],
)
def test_the_percent_of_a_change_after_its_unit_or_a_qualifier_is_a_growth(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        ("Khách hàng gửi tiết kiệm trực tuyến được cộng thêm 0,3%/năm so với gửi tại quầy.", "0,3%", "change_points",
         "percentage_point"),
        ("Hộ nghèo được vay vốn với lãi suất thấp hơn 1,5%/năm so với lãi suất cho vay thông thường.", "1,5%",
         "change_points", "percentage_point"),
        ("Giai đoạn 2021 - 2025, dư nợ cho vay tăng bình quân 12%/năm.", "12%", "growth", "percent"),
    ],
    ids=["a-bonus-on-a-deposit-rate", "a-loan-rate-below-the-usual", "a-growth-a-year-naming-no-interest-stays"],
)
def test_a_bonus_on_or_a_change_of_an_interest_rate_is_in_points(text, surface, kind, unit):
    assert fields_at(text, surface, ["kind", "unit"]) == {"kind": kind, "unit": unit}


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Từ ngày 01/3/2025, giá vé xe buýt là 8.000 đồng/lượt (trước đây là 7.000 đồng/lượt).", "7.000", "context"),
        ("Học phí năm học 2025 - 2026 là 320.000 đồng/tháng (trước điều chỉnh là 300.000 đồng/tháng).", "300.000",
         "context"),
        ("Năm 2024, toàn tỉnh có 1.250 doanh nghiệp mới (năm 2023 là 1.100 doanh nghiệp).", "1.250", "actual"),
    ],
    ids=["a-fare-before-the-change", "a-fee-before-the-adjustment", "a-result-before-such-a-bracket-stays"],
)
def test_a_level_in_a_bracket_naming_the_time_before_a_change_is_context(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Ngân hàng cộng thêm 0,2%/năm cho khách hàng gửi tiết kiệm với số tiền từ 1 tỷ đồng trở lên.", "1", False),
        ("Lãi suất ưu đãi cho khoản vay từ 300 triệu đồng\n", "300", False),
        ("Năm 2024, đoàn kiểm tra xử phạt 4 cơ sở với số tiền hơn 210 triệu đồng.", "210", True),
    ],
    ids=["a-floor-naming-the-deposits-an-offer-is-for", "a-floor-naming-loans-in-a-headline",
         "a-sum-over-a-bound-stays-a-figure"],
)
def test_a_floor_naming_the_deposits_or_loans_an_offer_is_for_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


_PRIZES = ("Cuộc thi có cơ cấu giải thưởng gồm 1 giải nhất trị giá 20 triệu đồng và 5 giải ba.\n"
           "Năm 2024, có 1.320 bài dự thi gửi về Ban tổ chức.\n")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_PRIZES, "20", "context"),
        (_PRIZES, "5", "context"),
        ("Gói tiết kiệm online áp dụng với số tiền gửi tối thiểu 3 triệu đồng.", "3", "context"),
        (_PRIZES, "1.320", "actual"),
    ],
    ids=["a-prizes-value", "prizes-counted", "a-least-deposit", "a-result-after-the-offer-stays-a-result"],
)
def test_the_terms_of_what_a_scheme_or_a_promotion_offers_are_context(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Tiền điện được tính như sau:\n- 50 kWh tiếp theo: 50 x 1.956 = 97.800 đồng;\n", "97.800", True),
        ("Cách tính tiền nước:\n- 10 m3 đầu tiên: 10 x 8.900 = 89.000 đồng;\n", "89.000", True),
        ("Giá nước sinh hoạt giữ nguyên trong mức 10 m3 đầu tiên.", "10", False),
        ("Giá nước bậc cao nhất (trên 40 m3) là 18.200 đồng/m3.", "40", False),
        ("Năm 2024, huyện đã giải phóng mặt bằng 42 ha, 5 ha còn lại sẽ hoàn thành trong năm 2025.", "5", True),
    ],
    ids=["a-bills-line-keeps-its-sum", "a-first-steps-line-keeps-its-sum", "a-first-step-after-muc",
         "a-top-step-in-a-bracket-after-bac", "land-left-over-stays-a-figure"],
)
def test_a_quantity_naming_a_tariffs_step_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


def test_a_bills_line_opens_with_its_steps_label():
    text = "Cách tính tiền nước:\n- 10 m3 đầu tiên: 10 x 8.900 = 89.000 đồng;\n"
    assert [r["start"] for r in figures(text) if r["surface"] == "10"] == [text.index("10 x")]


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Có 1.250 hộ gia đình tiêu thụ trên 50 m3/tháng.", "50", False),
        ("Khoảng 85% khách hàng sử dụng dưới 20 m3/tháng.", "20", False),
        ("Trong năm 2024 mỗi hộ sử dụng dưới 15 m3/tháng.", "15", True),
        ("Bình quân mỗi hộ sử dụng dưới 15 m3/tháng.", "15", True),
    ],
    ids=["users-counted-by-their-use", "users-share-by-their-use", "a-year-is-no-count-of-users",
         "an-average-use-stays-a-figure"],
)
def test_a_bound_on_what_counted_users_use_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Đề nghị Ban Chỉ đạo 138 tỉnh chỉ đạo các sở phối hợp.", "138", False),
     ("Kính gửi Văn phòng Thường trực BCĐ 389 quốc gia.", "389", False),
     ("Ban Chỉ đạo 389 quốc gia hỗ trợ tỉnh 3 xuồng cao tốc.", "3", True),
     ("Ban Chỉ đạo đã kiểm tra 389 cơ sở kinh doanh.", "389", True)],
    ids=["a-bodys-level-then-what-it-does", "an-abbreviated-bodys-number", "what-the-body-gives-stays",
         "a-count-after-the-bodys-verb-stays"],
)
def test_a_bodys_number_before_its_level_and_what_it_does_is_its_name(text, surface, is_figure):
    assert any(f["surface"] == surface for f in figures(text)) is is_figure


_MONTH_COMPARED = "BÁO CÁO KẾT QUẢ THÁNG 5/2025\n"


@pytest.mark.parametrize(
    ("text", "surface", "role", "period"),
    [(_MONTH_COMPARED + "Thu phạt 1.250 triệu đồng, giảm 4,5% so với tháng 4/2025 (1.309 triệu đồng).", "1.309",
      "context", "2025-04"),
     (_MONTH_COMPARED + "Bắt giữ 12 vụ/15 đối tượng, tăng 2 vụ so với tháng 5/2024 (10 vụ/11 đối tượng).", "10",
      "context", "2024-05"),
     (_MONTH_COMPARED + "Bắt giữ 12 vụ/15 đối tượng, tăng 2 vụ so với tháng 5/2024 (10 vụ/11 đối tượng).", "11",
      "context", "2024-05"),
     (_MONTH_COMPARED + "Bắt giữ 12 vụ/15 đối tượng, tăng 2 vụ so với tháng 5/2024 (10 vụ/11 đối tượng).", "15",
      "actual", None)],
    ids=["a-level-after-a-month-compared", "a-pairs-first-count-in-the-bracket", "a-pairs-second-count-in-the-bracket",
         "the-months-own-pair-stays-a-result"],
)
def test_a_bracketed_level_after_a_month_compared_is_that_months(text, surface, role, period):
    f = figure_at(text, surface)
    assert (f["role"], f["period"] if role == "context" else None) == (role, period)


_HELD_NOW = "BÁO CÁO\nI. KẾT QUẢ THÁNG 8/2025\n"


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [(_HELD_NOW + "Tổng số hàng hóa tạm giữ gồm 3.200 chai rượu ngoại và 4.500 lít dầu DO.", "3.200", None),
     (_HELD_NOW + "Tổng số hàng hóa tạm giữ gồm 3.200 chai rượu ngoại và 4.500 lít dầu DO.", "4.500", None),
     (_HELD_NOW + "Trong tháng, lực lượng chức năng tạm giữ 3.200 chai rượu ngoại.", "3.200", "2025-08")],
    ids=["a-held-stocks-first-count", "a-held-stocks-later-amount", "goods-seized-in-the-month-stay-its-result"],
)
def test_goods_held_now_have_no_period(text, surface, period):
    assert figure_at(text, surface)["period"] == period


_NEXT_MONTH = "BÁO CÁO\nII. NHIỆM VỤ TRỌNG TÂM THÁNG 6/2025\n"


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [(_NEXT_MONTH + "1. Xây dựng kế hoạch phòng chống ma túy dịp cuối năm 2025 và Tết Nguyên đán 2026; phấn đấu "
      "trong tháng triệt phá 25 tụ điểm.\n", "25", "2025-06"),
     (_NEXT_MONTH + "1. Xây dựng kế hoạch phòng chống ma túy dịp cuối năm 2025 và Tết Nguyên đán 2026; phấn đấu "
      "triệt phá 25 tụ điểm.\n", "25", "2025")],
    ids=["a-months-clause-past-a-years-clause", "without-the-month-the-year-named-reaches"],
)
def test_a_clause_of_this_month_takes_its_headings_month(text, surface, period):
    assert figure_at(text, surface)["period"] == period


_BORDER_TASKS = "BÁO CÁO\nII. NHIỆM VỤ THÁNG 7/2025\n"


@pytest.mark.parametrize(
    ("text", "surface", "role", "period"),
    [(_BORDER_TASKS + "1. Tuần tra trên tuyến biên giới trên đất liền dài 42,5 km thuộc huyện.\n", "42,5", "context",
      None),
     (_BORDER_TASKS + "1. Kiểm soát chặt tuyến biên giới đất liền dài 38 km, nhất là các lối mở.\n", "38", "context",
      None),
     (_BORDER_TASKS + "1. Tuần tra 42 km trên tuyến biên giới.\n", "42", "plan", "2025-07")],
    ids=["a-borders-length-in-a-task", "a-land-borders-length-before-its-paths", "a-stretch-to-patrol-is-a-target"],
)
def test_a_borders_length_among_tasks_is_a_fact_of_no_time(text, surface, role, period):
    f = figure_at(text, surface)
    assert (f["role"], f["period"]) == (role, period)


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [("Người có mức lương hưu dưới 4 triệu đồng/tháng được tăng thêm 0,2 triệu đồng/người/tháng.", "4", False),
     ("Người có mức trợ cấp từ 2,5 triệu đồng/tháng đến dưới 3 triệu đồng/tháng được nâng lên 3 triệu đồng/tháng.",
      "2,5", False),
     ("Người có mức trợ cấp từ 2,5 triệu đồng/tháng đến dưới 3 triệu đồng/tháng được nâng lên 3 triệu đồng/tháng.",
      "3", False),
     ("Mức lương hưu bình quân của người hưởng đạt 8,4 triệu đồng/người/tháng.", "8,4", True),
     ("Thu nhập bình quân đạt trên 6 triệu đồng/tháng.", "6", True)],
    ids=["a-bound-on-a-pension", "a-bands-floor-on-an-allowance", "a-bands-top-on-an-allowance",
         "an-average-pension-stays", "a-bound-on-no-level-received-stays"],
)
def test_a_bound_on_what_each_receives_names_who_a_rise_is_for(text, surface, is_figure):
    assert any(f["surface"] == surface and f["start"] == text.index(surface) for f in figures(text)) is is_figure


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [("Lương hưu tháng 3/2025 của bà là 4.250.000 đồng/tháng.", "4.250.000", "VND_per_person_per_month"),
     ("Người có mức hưởng thấp được nâng lên mức 3 triệu đồng/tháng.", "3", "VND_per_person_per_month"),
     ("Số tiền chi trả lương hưu tháng 3/2025 là 480 tỷ đồng.", "480", "VND"),
     ("Doanh thu của hợp tác xã đạt 120 triệu đồng/tháng.", "120", "VND_per_month")],
    ids=["a-pension-a-month", "a-floor-raised-to-a-month", "the-total-paid-stays-a-sum", "no-pension-named-stays"],
)
def test_money_a_month_about_a_pension_is_each_ones(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [("Bình quân mỗi tháng, Chi cục thuế tiếp nhận khoảng 420 hồ sơ khai thuế.", "420", "count_per_month"),
     ("Trung bình mỗi ngày, bệnh viện khám cho 1.150 lượt người bệnh.", "1.150", "count_per_day"),
     ("Trong tháng, Chi cục thuế tiếp nhận 420 hồ sơ khai thuế.", "420", "count")],
    ids=["an-average-month-opening-the-sentence", "an-average-day-opening-the-sentence", "a-months-total-stays"],
)
def test_an_average_time_opening_a_sentence_before_a_comma_makes_a_rate(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


_WORKED_CASE = ("BÁO CÁO THÁNG 7/2025\nI. KẾT QUẢ THÁNG 7/2025\n\n"
                "Ví dụ: bà Lê Thị M. nghỉ hưu năm 2010, lương hưu tháng 6/2025 là 4.000.000 đồng/tháng; từ tháng "
                "7/2025 bà được hưởng 4.320.000 đồng/tháng.\n\nTrong tháng 6/2025, BHXH tỉnh chi trả 420 tỷ đồng.\n")


@pytest.mark.parametrize(
    ("surface", "role", "period"),
    [("4.000.000", "context", None), ("4.320.000", "context", None), ("420", "actual", "2025-06")],
    ids=["a-worked-cases-level-before", "a-worked-cases-level-after", "the-next-paragraphs-result-keeps-its-month"],
)
def test_a_worked_example_of_one_case_has_no_period(surface, role, period):
    f = figure_at(_WORKED_CASE, surface)
    assert (f["role"], f["period"]) == (role, period)


_RISE_TABLE = ("Từ ngày 01/7/2025, trợ cấp hằng tháng được điều chỉnh như sau:\n\n"
               "Nhóm đối tượng | Số người (người) | Mức tăng (%)\nNgười có công | 2.310 | 7,5\n\n"
               "Nhóm đối tượng | Số người (người) | Tăng (%)\nNgười có công | 2.310 | 7,5\n")


@pytest.mark.parametrize(
    ("start", "kind", "role"),
    [(_RISE_TABLE.index("7,5"), "growth", "context"), (_RISE_TABLE.rindex("7,5"), None, "actual")],
    ids=["a-rise-a-rule-sets-per-group", "a-rise-column-of-results-stays"],
)
def test_a_tables_rise_column_opening_with_muc_is_a_term(start, kind, role):
    f = next(r for r in figures(_RISE_TABLE) if r["start"] == start)
    assert (f["kind"] if kind else None, f["role"]) == (kind, role)


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Thực hiện Nghị định số 75/2024/NĐ-CP, từ ngày 01/7/2024, lương hưu được tăng thêm 15%.", "15%", "context"),
     ("Theo Nghị định, sau khi điều chỉnh tăng 15%, người có mức hưởng thấp được điều chỉnh thêm.", "15%", "context"),
     ("Thực hiện Nghị quyết số 12/NQ-HĐND, năm 2024 thu ngân sách tăng 12%.", "12%", "actual")],
    ids=["a-pension-rise-an-act-sets", "the-rise-restated-after-the-act", "a-result-under-an-act-stays"],
)
def test_a_rise_of_what_each_receives_in_a_sentence_opening_with_its_act_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [("Trong số đó, 640 người được tăng thêm 0,2 triệu đồng và 215 người được nâng lên mức 3 triệu đồng/tháng.",
      "0,2", "context"),
     ("Trong số đó, 640 người được tăng thêm 0,2 triệu đồng và 215 người được nâng lên mức 3 triệu đồng/tháng.",
      "3", "context"),
     ("Trong năm, 640 người được chi trả 4,2 tỷ đồng.", "4,2", "actual")],
    ids=["the-rise-each-counted-gets", "the-floor-each-counted-is-raised-to", "a-sum-paid-to-a-count-stays"],
)
def test_money_each_counted_person_is_raised_by_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind", "figure"),
    [
        ("Ngày 20/6, nhiệt độ cao nhất tại Hà Tĩnh phổ biến 36-38 độ C, có nơi trên 39 độ C.", "36-38", "amount", True),
        ("Ngày 20/6, nhiệt độ cao nhất tại Hà Tĩnh phổ biến 36-38 độ C, có nơi trên 39 độ C.", "39", "amount", True),
        ("Nhiệt độ thấp nhất tại vùng núi khoảng 12 độ C.", "12", "amount", True),
        ("Năm 2024, toàn tỉnh có 12 độ tuổi được khảo sát.", "12", "count", True),
    ],
    ids=["a-range-in-degrees-written-out", "a-top-after-the-range-is-a-figure", "a-level-in-degrees",
         "an-age-word-is-no-degree"],
)
def test_degrees_written_out_in_words_are_an_amount(text, surface, kind, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Các đơn vị duy trì chế độ trực 24/24 giờ trong mùa mưa bão.", "24/24", False),
        ("Đường dây nóng của Sở hoạt động 24/24h để tiếp nhận phản ánh.", "24/24", False),
        ("Các chốt kiểm dịch động vật túc trực 24/24 trong thời gian có dịch.", "24/24", False),
        ("Năm 2024, xã đạt 24/24 chỉ tiêu Nghị quyết đề ra.", "24/24", True),
    ],
    ids=["a-watch-all-hours-of-the-day", "a-service-all-hours-written-h", "a-watch-word-before",
         "a-part-of-a-whole-stays-a-figure"],
)
def test_all_the_hours_of_a_day_a_watch_runs_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "kind", "direction"),
    [
        ("Ngày 20/6, nhiệt độ cao nhất tại trạm Hà Tĩnh cao hơn ngày 19/6 là 1,2°C.", "1,2", "change", "up"),
        ("Mực nước hồ Kẻ Gỗ thấp hơn ngày 02/6/2025 là 0,4 m.", "0,4", "change", "down"),
        ("Ngày 20/6, nhiệt độ cao nhất tại trạm Hà Tĩnh là 39,2°C, ngày 19/6 là 38,1°C.", "38,1", "amount", None),
    ],
    ids=["a-gap-from-another-day", "a-gap-below-a-dated-day", "a-days-own-level-stays-an-amount"],
)
def test_a_gap_from_another_day_is_a_change(text, surface, kind, direction):
    row = figure_at(text, surface)
    assert (row["kind"], row["direction"] or None) == (kind, direction)


_ADJUSTED_PLAN = ("BIỂU ĐIỀU CHỈNH KẾ HOẠCH VỐN NĂM 2024\n"
                  "Đơn vị: triệu đồng\n"
                  "STT | Tên dự án | Kế hoạch vốn đã giao | Điều chỉnh tăng | Điều chỉnh giảm"
                  " | Kế hoạch sau điều chỉnh\n"
                  "1 | Trường Tiểu học xã Phú Lương | 3.700 | 1.150 |  | 4.850\n"
                  "2 | Đường nội đồng thôn Đông | 2.900 |  | 640 | 2.260\n")
_CUT_IN_PERCENT = ("BIỂU ĐIỀU CHỈNH DỰ TOÁN NĂM 2024\n"
                   "STT | Đơn vị | Dự toán giao (triệu đồng) | Điều chỉnh giảm (%)\n"
                   "1 | Phòng Giáo dục | 12.400 | 7,5\n")


@pytest.mark.parametrize(
    ("text", "surface", "planned_change"),
    [
        (_ADJUSTED_PLAN, "1.150", True),
        (_ADJUSTED_PLAN, "640", True),
        (_ADJUSTED_PLAN, "4.850", False),
        (_CUT_IN_PERCENT, "7,5", False),
    ],
    ids=["a-rise-column", "a-cut-column", "the-plan-it-leaves-is-no-change", "a-cut-in-percent-is-no-amount"],
)
def test_a_column_of_one_way_adjustments_holds_planned_changes(text, surface, planned_change):
    assert (fields_at(text, surface, ["kind", "role"]) == {"kind": "change", "role": "plan"}) is planned_change


_MOVED_PLAN = ("Điều chỉnh giảm 3.150 triệu đồng kế hoạch vốn năm 2024 của 4 dự án chưa đủ thủ tục; "
               "điều chỉnh tăng tương ứng 3.150 triệu đồng cho 3 dự án có khối lượng hoàn thành lớn.")


@pytest.mark.parametrize(
    ("text", "surface", "role", "base"),
    [
        (_MOVED_PLAN, "3.150", "plan", None),
        ("Năm 2024, dự toán chi thường xuyên của huyện được điều chỉnh tăng 2.400 triệu đồng.", "2.400", "plan",
         None),
        ("Năm 2024, giá nước sạch được điều chỉnh tăng 1.200 đồng/m3 so với năm 2023.", "1.200", "actual", "2023"),
    ],
    ids=["a-cut-of-the-capital-plan", "a-rise-of-the-budget-estimate", "a-price-adjusted-names-no-plan"],
)
def test_a_change_an_adjustment_makes_to_a_plan_is_a_target(text, surface, role, base):
    assert fields_at(text, surface, ["role", "base"]) == {"role": role, "base": base}


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Kế hoạch vốn đầu tư công năm 2024 của huyện được giao là 98.400 triệu đồng, bố trí cho 27 dự án.", "27",
         "plan"),
        ("Năm 2024, huyện điều chỉnh tăng kế hoạch vốn 4.200 triệu đồng cho 3 dự án trường học.", "3", "plan"),
        ("Kế hoạch vốn năm 2024 giao cho 8 dự án chuyển tiếp là 61.300 triệu đồng.", "8", "actual"),
        ("Năm 2024, huyện đã giải ngân 41.200 triệu đồng cho 19 dự án.", "19", "actual"),
    ],
    ids=["projects-a-stated-plan-is-spread-over", "projects-a-plans-rise-goes-to",
         "projects-counted-before-the-plans-sum", "projects-a-result-went-to"],
)
def test_the_things_a_plans_sum_is_given_to_are_part_of_the_target(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Năm 2024, tỷ lệ giải ngân vốn đầu tư công của huyện đạt 88,4%.", "88,4%", "plan_ratio"),
        ("Phấn đấu tỷ lệ giải ngân cả năm 2025 đạt từ 95% trở lên.", "95%", "plan_ratio"),
        ("Năm 2024, tỷ lệ hộ nghèo của huyện còn 3,2%.", "3,2%", "share"),
    ],
    ids=["a-disbursement-rate", "a-disbursement-rate-striven-for", "another-rate-stays-a-share"],
)
def test_a_disbursement_rate_is_a_ratio_to_the_plan(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Yêu cầu các chủ đầu tư đến ngày 31/10/2024 giải ngân đạt tối thiểu 70% kế hoạch vốn được giao.", "70%",
         "plan"),
        ("Các chủ đầu tư khẩn trương hoàn thiện hồ sơ, bảo đảm giải ngân đạt ít nhất 50% kế hoạch vốn.", "50%",
         "plan"),
        ("Đến ngày 31/10/2024, huyện giải ngân đạt trên 70% kế hoạch vốn được giao.", "70%", "actual"),
    ],
    ids=["a-floor-to-reach-by-a-day", "a-floor-after-it-nhat", "a-result-beyond-a-level-stays-a-result"],
)
def test_a_floor_a_ratio_to_the_plan_must_reach_is_a_target(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("3. Nhiệm vụ\nCác chủ đầu tư hoàn thành quyết toán trước ngày 31/12/2024, phấn đấu tỷ lệ giải ngân cả năm "
         "đạt từ 90% trở lên.", "90%", "2024"),
        ("3. Nhiệm vụ\nCác chủ đầu tư hoàn thành hồ sơ trước ngày 30/6/2024, phấn đấu tỷ lệ giải ngân cả năm đạt "
         "từ 90% trở lên.", "90%", None),
    ],
    ids=["the-whole-year-a-deadline-ends", "an-earlier-day-names-no-year"],
)
def test_a_whole_years_target_after_a_deadline_on_its_last_day_is_of_that_year(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Toàn huyện tiêu hủy 312 con lợn, tổng trọng lượng 18.450 kg.", "18.450", "amount"),
        ("Xã A tiêu hủy 96 con (5.210 kg).", "5.210", "amount"),
        ("Tỉnh hỗ trợ các hộ chăn nuôi theo 12.600 kg hơi.", "12.600", "amount"),
        ("Xã A tiêu hủy 96 con (5.210 kg).", "96", "count"),
    ],
    ids=["a-weight-in-kg", "a-weight-in-a-bracket", "a-live-weight", "the-head-counted-stays-a-count"],
)
def test_a_weight_in_kg_is_an_amount(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Điều 3. Mức phụ cấp\n1. Trưởng ban được hưởng phụ cấp 1.800.000 đồng/tháng.\n", "1.800.000", "context"),
        ("Điều 4. Mức khoán kinh phí hoạt động của tổ dân phố\n1. Tổ dân phố loại 1: 7.000.000 đồng/năm.\n",
         "7.000.000", "context"),
        ("Điều 2. Số lượng người làm việc\n1. Phường loại I bố trí tối đa 12 người.\n", "12", "context"),
        ("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n2. Áp dụng tại 45 xã và 8 phường của huyện.\n", "45",
         "context"),
        ("2. Số lượng hội viên\nNăm 2024, hội kết nạp 320 hội viên mới.\n", "320", "actual"),
    ],
    ids=["an-allowance-article", "a-lump-sum-article", "a-staff-cap-article", "the-places-a-rule-applies-to",
         "a-reports-section-on-numbers-stays-a-result"],
)
def test_an_articles_allowances_caps_and_scope_are_its_terms(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_COEFFICIENT_TABLE = ("Mức phụ cấp của từng chức danh như sau:\n\nSTT | Chức danh | {header}\n"
                      "1 | Trưởng ban bảo vệ dân phố | 1,40\n2 | Công an viên | 0,90\n")


@pytest.mark.parametrize(
    ("header", "surface", "unit", "kind"),
    [
        ("Hệ số phụ cấp so với mức lương cơ sở", "1,40", "times", "other"),
        ("Hệ số phụ cấp", "0,90", "times", "other"),
        ("Tỷ lệ so với kế hoạch (%)", "1,40", "percent", "plan_ratio"),
    ],
    ids=["a-coefficient-against-the-base-salary", "a-bare-coefficient-column", "a-ratio-column-stays-a-percent"],
)
def test_a_coefficient_column_holds_norms_in_times(header, surface, unit, kind):
    row = figure_at(_COEFFICIENT_TABLE.format(header=header), surface)
    assert (row["unit"], row["kind"]) == (unit, kind)
    if unit == "times":
        assert (row["role"], row["period"]) == ("context", None)


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("1. Hộ có dưới 3 nhân khẩu: 250.000 đồng/tháng.\n", "3", False),
        ("- Tổ dân phố có từ 500 hộ trở lên: 9.000.000 đồng/năm.\n", "500", False),
        ("2. Tổ dân phố có từ 300 đến dưới 500 hộ: 7.500.000 đồng/năm.\n", "300", False),
        ("Bản có từ 120 hộ trở lên bố trí tối đa 04 người.\n", "120", False),
        ("Toàn xã có trên 200 hộ, trong đó: 45 hộ nghèo.\n", "200", True),
        ("- Xã A có 420 hộ gia đình: 3 thôn.\n", "420", True),
    ],
    ids=["a-class-below-a-bound", "a-threshold-class", "a-half-open-class-with-no-unit-after-its-start",
         "a-threshold-before-what-a-rule-allots", "a-count-before-a-comma-stays-a-figure",
         "no-bound-stays-a-figure"],
)
def test_a_bound_naming_the_class_a_rules_line_is_for_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Năm 2025, chi phụ cấp cán bộ không chuyên trách 38,6 tỷ đồng.", "38,6", "VND"),
        ("Quỹ phụ cấp của thị trấn được khoán 410 triệu đồng.", "410", "VND"),
        ("Kinh phí chi trả phụ cấp năm 2024 là 12,4 tỷ đồng.", "12,4", "VND"),
        ("Phụ cấp chuyên cần 600.000 đồng/tháng.", "600.000", "VND_per_person_per_month"),
    ],
    ids=["spending-on-allowances", "an-allowance-fund", "funds-to-pay-allowances", "an-allowance-stays-each-ones"],
)
def test_money_spent_on_allowances_is_a_sum_not_each_ones(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Trưởng bản hưởng hệ số 1,90, tương đương 4.446.000 đồng/tháng.", "4.446.000", "VND_per_person_per_month"),
        ("Công an viên hưởng hệ số 1,20, tương ứng 2.808.000 đồng/tháng.", "2.808.000", "VND_per_person_per_month"),
        ("Doanh thu tăng 1,8 lần, tương đương 5.000.000 đồng/tháng.", "5.000.000", "VND_per_month"),
    ],
    ids=["the-equivalent-of-a-coefficient", "after-tuong-ung", "a-multiple-is-no-coefficient"],
)
def test_money_a_month_a_coefficient_pays_is_each_holders(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Hưởng ứng tháng tổng vệ sinh đợt 2 năm 2024, các xã đã phun 4.300 lít hóa chất.", "4.300", None),
        ("Thực hiện chiến dịch tiêm phòng đợt I năm 2024, toàn huyện tiêm 52.000 liều.", "52.000", None),
        ("Trong đợt mưa lớn tháng 10/2024, công ty đã tiêu úng cho 3.200 ha lúa.", "3.200", "2024-10"),
    ],
    ids=["a-campaigns-numbered-round", "a-roman-numbered-round", "a-spell-named-by-its-time-keeps-it"],
)
def test_a_year_naming_a_campaigns_round_gives_no_period(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "counted", "kind"),
    [
        ("Thời gian xử lý hồ sơ bình quân 5 ngày, dài nhất tại huyện A là 12 ngày.", "5", "ngày", "amount"),
        ("Thời gian xử lý hồ sơ bình quân 5 ngày, dài nhất tại huyện A là 12 ngày.", "12", "ngày", "amount"),
        ("Ổ dịch ngắn nhất kéo dài 9 ngày.", "9", "ngày", "amount"),
        ("Năm 2024, có 12 tổ chức, cá nhân được khen thưởng.", "12", "tổ chức, cá nhân", "count"),
    ],
    ids=["the-average-before-a-superlative", "the-longest-time", "the-shortest-time",
         "a-coordinated-noun-stays-whole"],
)
def test_the_longest_or_shortest_time_in_days_is_a_length(text, surface, counted, kind):
    row = figure_at(text, surface)
    assert (row["counted"], row["kind"]) == (counted, kind)


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Toàn huyện đã tiêm 24.000 liều vắc xin cho lợn từ 6 tuần tuổi trở lên.", "6", False),
        ("Tiêm phòng cho bê dưới 6 tháng tuổi được thực hiện tại 12 xã.", "6", False),
        ("Đàn gà từ 21 ngày tuổi được tiêm nhắc lại.", "21", False),
        ("Đàn gà xuất bán lúc 45 ngày tuổi, mỗi con nặng 2,1 kg.", "2,1", True),
    ],
    ids=["pigs-from-an-age-in-weeks", "calves-below-an-age-in-months", "chickens-from-an-age-in-days",
         "a-weight-beside-an-age-stays-a-figure"],
)
def test_an_animals_age_bound_in_weeks_months_or_days_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Mức lương tối thiểu vùng áp dụng từ ngày 01 tháng 7 năm 2024 là 4.960.000 đồng/tháng.", "4.960.000", None),
        ("Giá nước sạch thực hiện kể từ ngày 15 tháng 3 năm 2025 là 9.200 đồng/m3.", "9.200", None),
        ("Trong tháng 7 năm 2024, toàn tỉnh thu ngân sách 1.250 tỷ đồng.", "1.250", "2024-07"),
    ],
    ids=["a-level-applying-from-a-day", "a-price-from-a-day-after-ke-tu", "a-month-named-alone-keeps-its-period"],
)
def test_a_day_a_level_applies_from_gives_no_period(text, surface, period):
    assert figure_at(text, surface)["period"] == period


_PEST_TABLE = (
    "Bảng 2. Sinh vật gây hại trên ngô\n"
    "Tên dịch hại | Mật độ phổ biến | Diện tích nhiễm (ha) | Diện tích phòng trừ (ha)\n"
    "Sâu keo mùa thu (con/m2) | 2-4 | 1.240 | 860\n"
    "Bệnh đốm lá (% lá) | 5-10 | 318 | 205\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (_PEST_TABLE, "1.240", "ha"),
        (_PEST_TABLE, "318", "ha"),
        (_PEST_TABLE, "2-4", "count_per_m2"),
        (_PEST_TABLE, "5-10", "percent"),
    ],
    ids=["an-area-column-under-a-density-row", "an-area-column-under-a-rate-row",
         "the-unnamed-column-keeps-the-rows-density", "the-unnamed-column-keeps-the-rows-percent"],
)
def test_a_column_header_naming_its_unit_wins_over_the_row_labels(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("II. PHƯƠNG ÁN CHIA CỔ TỨC NĂM 2023\n- Tỷ lệ chia: 12%/mệnh giá (mỗi cổ phần nhận 1.200 đồng).\n",
         "1.200", "actual"),
        ("II. PHƯƠNG ÁN PHÂN PHỐI LỢI NHUẬN NĂM 2023\nLợi nhuận sau thuế năm 2023 đạt 41,8 tỷ đồng.\n",
         "41,8", "actual"),
        ("II. PHƯƠNG ÁN SẢN XUẤT KINH DOANH NĂM 2025\nDoanh thu 380 tỷ đồng, lợi nhuận 52 tỷ đồng.\n",
         "380", "plan"),
    ],
    ids=["a-dividend-paid-for-a-year-over", "a-profit-shared-out-for-a-year-over", "a-business-plan-opens-targets"],
)
def test_a_heading_paying_out_a_years_profit_opens_no_targets(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("- Sâu đục thân lứa 1: mật độ ổ trứng phổ biến 0,2-0,5 ổ/m2.", "1", False),
        ("- Rầy lưng trắng tuổi 3-4 chiếm 40%, tập trung tại huyện Vũ Thư.", "3-4", False),
        ("Số công chức dưới 35 tuổi 12 người, chiếm 20%.", "12", True),
        ("Năm 2024 tinh giản 30 người, trong đó nghỉ hưu trước tuổi 18 người.", "18", True),
    ],
    ids=["a-pests-generation", "a-pests-instar", "people-counted-after-an-age-bound",
         "people-retired-before-their-age"],
)
def test_a_pests_generation_or_instar_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Đối với sâu đục thân: phun trừ những ruộng có mật độ ổ trứng trên 0,5 ổ/m2.", "0,5", False),
        ("Đối với bệnh bạc lá: phun khi tỷ lệ lá bệnh trên 10%.", "10%", False),
        ("Các địa phương đã phun trừ trên 1.200 ha lúa bị nhiễm rầy.", "1.200", True),
        ("Mật độ rầy nâu phổ biến trên 800 con/m2, tăng so với kỳ trước.", "800", True),
    ],
    ids=["a-density-to-spray-at", "a-rate-to-spray-at", "an-area-sprayed-stays-a-figure",
         "a-density-seen-stays-a-figure"],
)
def test_a_bound_a_bulletin_sprays_at_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Thời điểm phun từ 3-5 ngày sau khi bướm ra rộ.", "3-5", False),
        ("Bón thúc lần 2 khoảng 20 ngày sau khi cấy.", "20", False),
        ("Sau khi phun 7 ngày, mật độ rầy giảm còn 300 con/m2.", "300", True),
    ],
    ids=["a-spraying-time-after-an-event", "a-fertilising-time-after-planting", "a-density-after-spraying-stays"],
)
def test_a_time_counted_from_an_event_is_no_figure(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("THÔNG BÁO\nTình hình dịch hại trên cây ăn quả 10 ngày\n(Từ ngày 01/5 đến ngày 10/5/2025)\n", "10", False),
        ("BẢN TIN\nDự báo thủy văn 5 ngày\n(từ ngày 02/6 đến ngày 06/6/2025)\n", "5", False),
        ("Số ngày mưa trong tháng là 12 ngày\n(Tháng trước có 9 ngày mưa)\n", "12", True),
    ],
    ids=["a-bulletins-ten-days", "a-forecasts-five-days", "days-counted-over-a-bracket-naming-no-span"],
)
def test_a_duration_ending_a_title_its_bracket_spells_out_is_a_period(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("- Mệnh giá: 10.000 đồng/cổ phiếu\n", "10.000", "context"),
        ("- Giá khởi điểm: 1.250 triệu đồng/lô\n", "1.250", "context"),
        ("- Doanh thu: 412,5 tỷ đồng\n", "412,5", "actual"),
    ],
    ids=["a-par-value-as-a-lines-label", "a-starting-price-as-a-lines-label", "a-result-as-a-lines-label"],
)
def test_a_term_named_as_its_lines_label_sets_the_figure(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Công ty khấu trừ thuế thu nhập cá nhân 5% trên số tiền lãi trái phiếu được nhận.", "5%", "context"),
        ("Tổ chức chi trả khấu trừ thuế 10% trước khi trả thu nhập.", "10%", "context"),
        ("Số thuế thu nhập cá nhân thu được tăng 5% so với năm trước.", "5%", "actual"),
    ],
    ids=["a-personal-income-tax-withheld", "a-tax-withheld-before-paying", "a-tax-collected-rising-stays-a-result"],
)
def test_a_tax_rate_withheld_from_each_payment_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("III. BIỆN PHÁP CHỈ ĐẠO\n1. Các huyện tổ chức 35 lớp tập huấn cho nông dân.\n", "35", "plan"),
        ("II. ĐỀ XUẤT BIỆN PHÁP CHỈ ĐẠO\nCác xã thành lập 12 đội phun thuốc.\n", "12", "plan"),
        ("II. TÌNH HÌNH SINH VẬT GÂY HẠI\nCác huyện đã tổ chức 35 lớp tập huấn cho nông dân.\n", "35", "actual"),
    ],
    ids=["a-bulletins-directions", "proposed-directions", "a-results-heading-keeps-results"],
)
def test_a_bulletins_directions_heading_opens_targets(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Sử dụng thuốc Validamycin 5SL, liều lượng 30 ml/bình 16 lít.", "30", "context"),
        ("Dùng thuốc trừ rầy với liều lượng 20 g/bình 8 lít.", "20", "context"),
        ("Toàn tỉnh đã sử dụng 1.250 lít thuốc bảo vệ thực vật.", "1.250", "actual"),
    ],
    ids=["a-dose-per-tank", "a-dose-after-voi", "pesticide-used-stays-a-result"],
)
def test_a_pesticides_dose_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_SCORE_TABLE = ("Bảng: Kết quả xét tuyển giáo viên năm 2025\n"
                "TT | Họ và tên | Điểm thực hành | Điểm ưu tiên | Tổng điểm | Số bài đạt\n"
                "1 | Nguyễn Thị Lan | 78 | 2 | 80 | 12\n"
                "2 | Trần Văn Bình | 70,5 | - | 70,5 | 9\n")


@pytest.mark.parametrize(
    ("surface", "kind"),
    [("78", "other"), ("2", "other"), ("80", "other"), ("12", "count")],
    ids=["a-score-headed-column-whole", "a-bonus-score-column-whole", "a-total-of-scores-column", "a-count-beside"],
)
def test_a_column_headed_by_a_score_or_a_total_of_scores_holds_scores(surface, kind):
    assert figure_at(_SCORE_TABLE, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Con liệt sĩ được cộng 3 điểm vào tổng điểm xét tuyển.", "3", "other"),
        ("Thí sinh vi phạm quy chế bị trừ 2 điểm.", "2", "other"),
        ("Toàn tỉnh có 12 điểm du lịch được công nhận.", "12", "count"),
    ],
    ids=["points-added-for-priority", "points-taken-for-a-breach", "places-counted-stay-a-count"],
)
def test_points_a_rule_adds_or_takes_are_a_score(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Tuyển 9 giáo viên THPT (Vật lý 3, Tiếng Anh 4, Hóa học 2).", "4", True),
        ("Còn 3 chỉ tiêu chưa tuyển được (Sinh học 1, Tiếng Pháp 2).", "2", True),
        ("Các chợ được cải tạo (chợ Tân Phú 1, chợ Tân Phú 2) đã đi vào hoạt động.", "1", False),
    ],
    ids=["a-part-after-a-language", "a-part-of-places-left", "a-bracket-of-names-only"],
)
def test_a_number_after_a_name_in_a_brackets_breakdown_is_a_part(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("Hộ gia đình bị thiệt hại nặng được giảm 50% mức đóng góp trong năm.", "50%",
         {"kind": "share", "role": "context"}),
        ("Quỹ hỗ trợ 70% mức đóng BHYT cho 412 người thuộc hộ cận nghèo.", "70%", {"kind": "share", "role": "actual"}),
    ],
    ids=["dues-cut-for-a-class", "support-of-dues-given-is-a-result"],
)
def test_a_part_of_the_dues_cut_for_a_class_is_a_term(text, surface, fields):
    assert fields_at(text, surface, list(fields)) == fields


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Doanh nghiệp đóng góp vào Quỹ theo mức đóng tối thiểu 1.000.000 đồng.", "1.000.000", "context"),
        ("Mức đóng góp của mỗi hộ là 20.000 đồng.", "20.000", "context"),
        ("Năm 2024, các doanh nghiệp đã đóng góp 3.500 triệu đồng vào Quỹ.", "3.500", "actual"),
    ],
    ids=["a-floor-of-the-dues", "the-dues-stated-by-a-copula", "a-sum-paid-in-is-a-result"],
)
def test_the_dues_a_funds_rules_set_are_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Mức cho vay tối thiểu 10 triệu đồng, tối đa 100 triệu đồng/hộ.", "100", "context"),
        ("Mức phạt tối đa 40 triệu đồng, tối thiểu 20 triệu đồng.", "20", "context"),
        ("Năm 2024, thu phí tối thiểu 40 triệu đồng, tối đa 95 triệu đồng mỗi tháng; đã thu 820 triệu đồng.",
         "95", "actual"),
    ],
    ids=["a-ceiling-after-a-terms-floor", "a-floor-after-a-terms-ceiling", "no-term-before-no-term"],
)
def test_the_other_bound_of_a_terms_range_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Doanh nghiệp nộp 1‰ trên tổng giá trị tài sản theo báo cáo tài chính năm trước.", "1‰", "context"),
        ("Các cơ sở trích 5% trên lợi nhuận sau thuế để lập quỹ.", "5%", "context"),
        ("Tỷ lệ nợ xấu chiếm 1,2% trên tổng dư nợ.", "1,2%", "actual"),
    ],
    ids=["a-per-mille-of-assets-paid", "a-percent-on-profit-set-aside", "a-share-of-loans-is-no-payment"],
)
def test_a_rate_paid_on_what_the_payer_holds_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Có 120 hộ được miễn thủy lợi phí, số tiền được giảm 85 triệu đồng.", "85", "amount"),
        ("Trong năm, tổng số tiền được giảm 2,4 tỷ đồng cho 310 doanh nghiệp.", "2,4", "amount"),
        ("Số tiền nợ thuế giảm 85 triệu đồng so với năm 2023.", "85", "change"),
    ],
    ids=["a-sum-cut-for-households", "a-total-sum-cut", "a-sum-that-fell-stays-a-change"],
)
def test_the_sum_a_cut_granted_came_to_is_an_amount(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("Còn 3 xã chưa đạt kế hoạch, thấp nhất là xã Tân Lập đạt 72,4%.", "72,4%",
         {"kind": "plan_ratio", "base": "plan"}),
        ("Có 4 đơn vị chưa đạt chỉ tiêu giao, trong đó phường Đông Hải đạt 80,5%.", "80,5%",
         {"kind": "plan_ratio", "base": "plan"}),
        ("Tỷ lệ che phủ rừng của huyện đạt 42,5%.", "42,5%", {"kind": "share", "base": None}),
    ],
    ids=["the-lowest-part-of-a-plan-not-met", "a-part-of-a-target-not-met", "a-rate-reached-names-no-plan"],
)
def test_a_percent_reached_after_a_plan_named_before_is_of_that_plan(text, surface, fields):
    assert fields_at(text, surface, list(fields)) == fields


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Hỗ trợ 3 triệu đồng/hộ đối với hộ có nhà bị hư hỏng từ 50% trở lên.", "50", False),
        ("Miễn thủy lợi phí cho diện tích lúa bị thiệt hại do lũ từ 70% sản lượng trở lên.", "70", False),
        ("Trong đợt lũ, diện tích lúa bị thiệt hại 35%.", "35", True),
    ],
    ids=["a-damage-bound-naming-households", "a-damage-bound-after-its-cause", "a-damage-suffered-is-a-figure"],
)
def test_a_bound_of_damage_suffered_says_who_qualifies(text, surface, figure):
    assert (surface in [r["surface"].rstrip("%") for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Vòng 2 thi thực hành (giảng dạy 02 tiết) đối với giáo viên THPT.", "02", False),
        ("Vòng 2 phỏng vấn (trả lời 3 câu hỏi) đối với nhân viên y tế.", "3", False),
        ("Trong năm, giáo viên đã giảng dạy 1.250 tiết thực hành (đạt 100% kế hoạch).", "1.250", True),
    ],
    ids=["a-practical-tests-lesson", "an-interviews-questions", "lessons-taught-are-a-figure"],
)
def test_a_number_in_a_bracket_after_a_tests_form_is_its_task(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Kết quả tại các xã:\n\nXã | Kế hoạch (công trình) | Đã hoàn thành (công trình) | Tỷ lệ hoàn thành (%)\n"
         "Xã An Lộc | 40 | 36 | 90,0\nXã Bình Hòa | 25 | 20 | 80,0\n", "90,0", "plan_ratio"),
        ("Kết quả tại các xã:\n\nXã | Chỉ tiêu giao (hộ) | Đã thoát nghèo (hộ) | Tỉ lệ hoàn thành (%)\n"
         "Xã An Lộc | 50 | 46 | 92,0\nXã Bình Hòa | 30 | 27 | 90,0\n", "92,0", "plan_ratio"),
        ("Cơ cấu diện tích:\n\nHạng mục | Diện tích (m2) | Tỷ lệ (%)\nNhà ở | 300 | 60\nSân vườn | 200 | 40\n"
         "Tổng cộng | 500 | 100\n", "60", "share"),
    ],
    ids=["a-completion-rate-beside-a-plan", "a-completion-rate-beside-a-quota", "a-plain-rate-of-a-whole-is-a-share"],
)
def test_a_completion_rate_column_is_the_result_as_a_percent_of_the_plan(text, surface, kind):
    assert fields_at(text, surface, ["kind"]) == {"kind": kind}


_PLAN_AND_PARTS = ("Huyện đẩy nhanh xóa nhà tạm\n\nTheo Sở Xây dựng, kế hoạch năm 2025 của huyện là hỗ trợ "
                   "820 căn nhà, gồm 500 căn xây mới và 320 căn sửa chữa. Trong đó, hộ người có công có 150 căn, "
                   "hộ khác 670 căn.\n")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_PLAN_AND_PARTS, "820", "plan"),
        (_PLAN_AND_PARTS, "500", "plan"),
        (_PLAN_AND_PARTS, "150", "plan"),
        (_PLAN_AND_PARTS, "670", "plan"),
        ("Huyện đẩy nhanh xóa nhà tạm\n\nTheo Sở Xây dựng, năm 2024 huyện đã xây mới 820 căn nhà.\n", "820", "actual"),
        ("Huyện đẩy nhanh xóa nhà tạm\n\nTheo Sở Xây dựng, kế hoạch năm 2025 của huyện là hỗ trợ 820 căn nhà. "
         "Trong đó, đã hoàn thành 150 căn.\n", "150", "actual"),
        ("Kim ngạch xuất khẩu\n\nNăm 2024, kim ngạch đạt 900 triệu USD, bằng 90% kế hoạch năm (1.000 triệu USD). "
         "Trong đó, hàng dệt may 400 triệu USD.\n", "400", "actual"),
    ],
    ids=["a-target-after-whom-it-follows", "its-part", "a-part-in-the-next-sentence", "the-next-part",
         "a-result-after-whom-it-follows", "parts-done-are-results", "parts-of-a-result-after-a-bracketed-plan"],
)
def test_a_target_stated_after_an_opening_clause_and_its_parts_are_plans(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Mức hỗ trợ là 40 triệu đồng/hộ đối với hộ nghèo và 25 triệu đồng/hộ đối với hộ cận nghèo.", "40", "context"),
        ("Mức hỗ trợ là 40 triệu đồng/hộ đối với hộ nghèo và 25 triệu đồng/hộ đối với hộ cận nghèo.", "25", "context"),
        ("Mức trợ cấp đối với mỗi người cao tuổi là 500 nghìn đồng/tháng.", "500", "context"),
        ("Năm 2024, mức hỗ trợ bình quân đạt 5 triệu đồng/hộ.", "5", "actual"),
    ],
    ids=["a-level-stated-by-a-copula", "the-next-level-listed", "a-level-for-whom-before-the-copula",
         "an-average-paid-is-a-result"],
)
def test_a_level_a_scheme_sets_stated_by_a_copula_is_context(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        ("Năm 2024, toàn tỉnh có 12 vụ tai nạn giao thông, giảm 3 vụ và giảm 5 người chết so với cùng kỳ năm trước.",
         "3", "previous_year"),
        ("Năm 2024, kim ngạch tăng 12% và tăng 40 triệu USD so với năm 2023.", "12%", "2023"),
        ("Năm 2024, toàn tỉnh xảy ra 12 vụ tai nạn giao thông, giảm 3 vụ, trong đó giảm 5 vụ so với năm 2023.",
         "3", None),
    ],
    ids=["a-change-paired-with-a-second", "a-growth-paired-with-a-change", "a-change-past-a-comma-names-none"],
)
def test_a_change_paired_with_a_second_takes_the_base_named_after_it(text, surface, base):
    assert figure_at(text, surface)["base"] == base


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Phấn đấu không để xảy ra vụ ngộ độc thực phẩm từ 30 người mắc trở lên.", "30", False),
        ("Năm 2024, toàn huyện xảy ra 2 vụ cháy rừng từ 5 ha trở lên.", "5", False),
        ("Năm 2024, toàn huyện xảy ra 2 vụ ngộ độc với 30 người mắc.", "30", True),
        ("Phấn đấu tỷ lệ cơ sở được kiểm tra đạt từ 30% trở lên.", "30%", True),
    ],
    ids=["events-named-by-those-touched", "events-named-by-the-land-burnt", "those-touched-are-counted",
         "a-target-rate-with-no-event-stays-a-figure"],
)
def test_a_threshold_bound_after_an_events_noun_is_a_label(text, surface, figure):
    assert (surface in [r["surface"] for r in figures(text)]) is figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("UBND huyện yêu cầu các xã giải ngân 100% vốn hỗ trợ trước ngày 30/9/2025.", "100%", "plan"),
        ("Sở yêu cầu các đơn vị nộp 15 bộ hồ sơ trước ngày 15/7/2025.", "15", "plan"),
        ("Năm 2025, huyện đã hoàn thành 90% số nhà trước ngày 30/5/2025.", "90%", "actual"),
        ("Theo yêu cầu của tỉnh, huyện đã bàn giao 120 căn nhà cho các hộ.", "120", "actual"),
    ],
    ids=["a-share-demanded-by-a-day", "a-count-demanded-by-a-day", "done-before-a-day-is-a-result",
         "a-demand-with-no-deadline-leaves-a-result"],
)
def test_what_a_body_demands_be_done_by_a_deadline_is_a_plan(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Năm 2024, tổng kinh phí huy động cho chương trình đạt 90 tỷ đồng. Trong đó, ngân sách Trung ương hỗ trợ "
         "30 tỷ đồng; ngân sách huyện bố trí 25 tỷ đồng; các doanh nghiệp đóng góp 35 tỷ đồng.", "25", "actual"),
        ("Năm 2024, tổng kế hoạch vốn của chương trình là 120 tỷ đồng. Trong đó, ngân sách tỉnh bố trí 40 tỷ đồng.",
         "40", "plan"),
        ("Năm 2024, tỉnh đã bố trí 5,5 tỷ đồng để xử lý khẩn cấp sạt lở bờ sông.", "5,5", "plan"),
    ],
    ids=["an-allotment-among-funds-raised", "an-allotment-among-a-plans-parts", "an-allotment-alone-stays-a-plan"],
)
def test_a_sum_allotted_among_the_parts_of_funds_raised_is_a_result(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Năm 2024, 8 doanh nghiệp đã nhận hỗ trợ trọn gói 240 căn nhà cho hộ nghèo.", "240", "actual"),
        ("Năm 2024, ngân hàng cho vay nhà ở xã hội theo gói 120.000 tỷ đồng.", "120.000", "context"),
    ],
    ids=["whole-houses-taken-on-are-a-result", "a-lending-programmes-size-stays-context"],
)
def test_a_way_of_doing_ending_in_a_design_word_names_no_design(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Giải có 3 cự ly gồm 42,195 km, 21 km và 10 km, thu hút 5.200 vận động viên.", ["3", "5.200"]),
        ("Ở cự ly 21,1 km, có 860 người về đích.", ["860"]),
        ("Đoàn tham gia các hạng cân 48 kg, 52 kg và 57 kg với 9 võ sĩ.", ["9"]),
        ("Tuyến đường dài 42,5 km, 18 km và 7 km đã được nâng cấp.", ["42,5", "18", "7"]),
        ("- Cây ăn quả các loại: 640,5 ha, 120 ha và 85 ha.", ["640,5", "120", "85"]),
    ],
    ids=["distances-listed-after-the-event-word", "a-decimal-distance-naming-an-event",
         "weight-classes-listed", "lengths-listed-with-no-event-word-stay-figures",
         "a-colon-after-a-class-word-opens-no-list-of-classes"],
)
def test_classes_listed_with_their_units_after_the_word_naming_them_are_labels(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("Vận động viên Nguyễn Văn An về nhất với thời gian 1 giờ 12 phút 40 giây.", "1 giờ 12 phút 40 giây",
         {"value": 1, "unit": "count", "counted": "giờ phút giây", "kind": "amount"}),
        ("Chị Trần Thị Bình về đích với thành tích 3:15:27, xếp thứ hai.", "3:15:27",
         {"value": 3, "unit": "count", "counted": "giờ:phút:giây", "kind": "amount"}),
        ("Thành tích của anh chậm hơn 1 phút 45 giây so với năm 2023.", "1 phút 45 giây",
         {"value": 1, "unit": "count", "counted": "phút giây", "kind": "change"}),
        ("Nội dung | Thành tích\n10 km nam | 0:34:52\n10 km nữ | 0:41:06\n", "0:34:52",
         {"value": 0, "unit": "count", "counted": "giờ:phút:giây", "kind": "amount"}),
    ],
    ids=["a-time-written-out-to-its-seconds", "a-time-written-with-colons", "a-gap-in-minutes-and-seconds",
         "a-time-in-a-results-cell"],
)
def test_a_duration_written_in_parts_is_one_figure(text, surface, fields):
    assert fields_at(text, surface, list(fields)) == fields


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Hội nghị khai mạc lúc 7 giờ 30 phút tại hội trường, có 120 đại biểu.", "7 giờ 30 phút"),
        ("Hệ thống ghi nhận sự cố lúc 14:30:00, có 35 hộ bị mất điện.", "14:30:00"),
    ],
    ids=["hours-and-minutes-are-a-clock-time", "a-clock-time-with-seconds-after-lúc"],
)
def test_a_clock_time_is_no_duration_in_parts(text, clock):
    assert clock not in [r["surface"] for r in figures(text)]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Cự ly | Vận động viên | Số áo | Tuổi\n10 km nam | Nguyễn Văn An | 20417 | 34\n"
         "10 km nữ | Lê Thị Bình | 21093 | 29\n", ["34", "29"]),
        ("Họ và tên | Số báo danh | Điểm thi\nNguyễn Văn An | 020145 | 27,5\nTrần Thị Bình | 020388 | 26,75\n",
         ["27,5", "26,75"]),
        ("Ban tổ chức đã trao 6.450 số áo cho vận động viên trước ngày thi.", ["6.450"]),
    ],
    ids=["a-column-of-bib-numbers", "a-column-of-candidate-numbers", "bibs-handed-out-in-prose-are-counted"],
)
def test_a_column_of_the_numbers_runners_or_candidates_are_given_holds_names(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("Tại hội thi, đội về nhất nhận 8 triệu đồng, về nhì 5 triệu đồng, về ba 3 triệu đồng.", "5",
         {"unit": "VND_per_person", "kind": "rate", "role": "context"}),
        ("Cuộc thi trao giải nhất 12 triệu đồng, giải nhì 7 triệu đồng.", "7",
         {"unit": "VND_per_person", "kind": "rate", "role": "context"}),
        ("Ở nội dung 10 km, mức thưởng lần lượt là 6 triệu đồng, 4 triệu đồng và 2 triệu đồng.", "2",
         {"unit": "VND_per_person", "kind": "rate", "role": "context"}),
        ("Năm 2024, huyện chi 450 triệu đồng, trong đó xã về nhất phong trào 120 triệu đồng.", "450",
         {"unit": "VND", "kind": "amount", "role": "actual"}),
    ],
    ids=["prizes-after-each-place", "prizes-after-each-prize-class", "prizes-listed-in-turn",
         "a-sum-naming-no-place-stays-a-sum"],
)
def test_the_sum_a_place_wins_is_a_prize_per_person(text, surface, fields):
    assert fields_at(text, surface, list(fields)) == fields


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Sáng nay, vàng nhẫn tròn trơn 9999 được bán ra ở mức 120 triệu đồng/lượng.", "9999", False),
        ("Giá vàng miếng SJC 999,9 tăng 1 triệu đồng/lượng.", "999,9", False),
        ("Cửa hàng bán 9999 sản phẩm trong tháng.", "9999", True),
    ],
    ids=["a-purity-after-gold-names-the-goods", "a-purity-with-a-decimal-comma", "nines-with-no-metal-are-a-count"],
)
def test_a_precious_metals_purity_in_nines_is_a_name(text, surface, read):
    assert any(r["surface"] == surface for r in figures(text)) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Năm 2024, tỉnh trao Huy hiệu 60 năm tuổi Đảng cho 35 đồng chí.", "60", False),
        ("Huy hiệu 55 năm tuổi Đảng 12 đồng chí.", "55", False),
        ("Đồng chí Nguyễn Văn A đã có 40 năm tuổi Đảng.", "40", True),
    ],
    ids=["a-badges-years-before-its-members", "a-badges-years-at-a-lists-head", "a-members-years-are-a-figure"],
)
def test_the_years_naming_a_badge_are_a_label(text, surface, read):
    assert any(r["surface"] == surface for r in figures(text)) == read


@pytest.mark.parametrize(
    ("text", "surface", "kind", "role"),
    [
        ("Sáng nay, Ngân hàng Nhà nước công bố tỷ giá trung tâm ở mức 24.980 đồng/USD.", "24.980", "amount", "actual"),
        ("Tỷ giá sàn các ngân hàng được áp dụng là 23.730 đồng/USD.", "23.730", "amount", "actual"),
        ("Tỷ giá quy đổi trong báo cáo là 24.337 đồng/USD.", "24.337", "other", "context"),
    ],
    ids=["a-central-rate-of-the-day", "a-floor-rate-banks-apply", "a-conversion-rate-stays-context"],
)
def test_an_exchange_rate_reported_as_the_days_market_is_an_amount(text, surface, kind, role):
    assert fields_at(text, surface, ("kind", "role")) == {"kind": kind, "role": role}


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Các chuyên gia khuyên người dân chỉ nên mua vào khi giá giảm dưới 140 triệu đồng/lượng.", "140", False),
        ("Theo bà Lan, doanh nghiệp nên dừng nhập hàng nếu giá thép tăng trên 20%.", "20%", False),
        ("Trong khi đó, giá trong nước cao hơn giá thế giới trên 12 triệu đồng/lượng.", "12", True),
        ("Khi dự án hoàn thành sẽ tạo việc làm cho trên 500 lao động.", "500", True),
        ("Năm 2024, số người có việc làm sau 6 tháng kể từ khi học nghề đạt trên 1.200 người.", "1.200", True),
    ],
    ids=["a-bound-naming-when-to-buy", "a-bound-naming-when-to-stop", "trong-khi-sets-facts-side-by-side",
         "a-clause-advising-nothing-keeps-its-figure", "kể-từ-khi-is-a-time-not-a-condition"],
)
def test_a_bound_in_a_clause_naming_when_to_act_is_a_label(text, surface, read):
    assert any(r["surface"] == surface for r in figures(text)) == read


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Chênh lệch giữa giá mua và giá bán vàng nhẫn hiện ở mức 1,5 triệu đồng/lượng.", "1,5", "amount"),
        ("Mức chênh lệch giữa giá điện bậc 1 và bậc 6 là 1.300 đồng/kWh.", "1.300", "amount"),
        ("Giá trúng đấu giá đạt 310 tỷ đồng, chênh lệch so với tổng giá khởi điểm khoảng 98 tỷ đồng.", "98", "change"),
    ],
    ids=["a-buying-selling-spread", "a-spread-between-two-tariff-steps", "a-difference-from-a-base-stays-a-change"],
)
def test_a_spread_between_two_prices_at_one_time_is_an_amount(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Năm 2024, tổng dư nợ tín dụng tăng 12,1%, trong giới hạn tăng trưởng tín dụng Ngân hàng Nhà nước giao (13%).",
         "13%", "plan"),
        ("Năm 2024, dư nợ cho vay tăng 9,8%, nằm trong hạn mức tăng trưởng tín dụng được giao (10,5%).",
         "10,5%", "plan"),
        ("Năm 2024, dư nợ cho vay tăng 9,8%, vượt giới hạn tín dụng được giao (đạt 105%).", "105%", "actual"),
    ],
    ids=["a-credit-limit-given-in-brackets", "a-credit-ceiling-given-in-brackets", "a-result-against-the-limit"],
)
def test_a_limit_a_regulator_set_in_brackets_is_the_years_plan(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        ("Năm 2024, 31 hộ chưa nộp đủ phí, chiếm 0,85%, giảm 0,2% so với năm 2023.", "0,2%", "change_points",
         "percentage_point"),
        ("Năm 2024, xuất khẩu lao động sang Nhật Bản 8.120 người, chiếm 47,5%, tăng 10,6% so với năm 2023.", "10,6%",
         "growth", "percent"),
    ],
    ids=["a-change-below-one-of-the-count-moves-its-share", "a-change-of-many-is-the-counts-growth"],
)
def test_a_change_too_small_for_the_count_before_a_share_is_in_points(text, surface, kind, unit):
    assert fields_at(text, surface, ("kind", "unit")) == {"kind": kind, "unit": unit}


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Điều 1. Quy định giá vé xe buýt\nVé lượt tuyến nội tỉnh: 15.000 đồng/lượt.", "15.000", "context"),
        ("Điều 1. Điều chỉnh giá vé vào cổng khu du lịch\nVé người lớn: 50.000 đồng/vé.", "50.000", "context"),
        ("2. Về điều chỉnh giá vé xe buýt\nNăm 2024, các tuyến vận chuyển 1,2 triệu lượt khách.", "1,2", "actual"),
    ],
    ids=["a-decision-setting-bus-fares", "a-decision-adjusting-entry-tickets",
         "a-reports-section-on-fares-holds-results"],
)
def test_the_ticket_prices_an_article_sets_are_terms(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("II. GIÁ VÉ\n1. Vé lượt toàn tuyến: 9.000 đồng/lượt.", "9.000", "context"),
        ("2. Giá vé\nVé tháng cho học sinh: 120.000 đồng/tháng.", "120.000", "context"),
        ("II. KẾT QUẢ VẬN CHUYỂN\n1. Năm 2024, tuyến vận chuyển 450.000 lượt khách.", "450.000", "actual"),
    ],
    ids=["a-notices-fares-section", "a-lower-fares-heading", "a-section-of-results-stays-actual"],
)
def test_the_fares_a_section_sets_are_terms(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("I. THÔNG TIN CHUNG VỀ TUYẾN\n1. Cự ly tuyến dài 41 km, có 36 điểm dừng.", "36", "context"),
        ("I. Thông tin về tuyến\n2. Số chuyến: 54 chuyến/ngày.", "54", "context"),
        ("I. KẾT QUẢ KHAI THÁC TUYẾN\n1. Năm 2024, tuyến chạy 19.000 chuyến.", "19.000", "actual"),
    ],
    ids=["a-routes-length-and-stops", "a-routes-trips-a-day", "a-routes-results-stay-actual"],
)
def test_a_notices_description_of_a_route_is_fixed_facts(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind", "role"),
    [
        ("Giảm 30% giá vé đối với người có công với cách mạng.", "30%", "share", "context"),
        ("Học sinh được miễn 100% giá vé khi đi tham quan theo đoàn.", "100%", "share", "context"),
        ("Năm 2024, giá vé bình quân giảm 5% so với năm 2023.", "5%", "growth", "actual"),
    ],
    ids=["a-cut-for-a-group", "a-waiver-for-pupils", "a-fall-in-the-average-fare-is-a-result"],
)
def test_a_part_of_a_tickets_price_cut_for_a_group_is_a_term(text, surface, kind, role):
    got = figure_at(text, surface)
    assert (got["kind"], got["role"]) == (kind, role)


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Miễn vé cho trẻ em cao dưới 1,2 m đi cùng người lớn.", "1,2", False),
        ("Khách cao từ 140 cm trở lên mua vé người lớn.", "140", False),
        ("Năm 2024, cây keo trồng mới cao 1,8 m sau một năm.", "1,8", True),
    ],
    ids=["a-childs-height-below", "a-height-from-in-cm", "a-trees-height-is-a-figure"],
)
def test_a_height_bound_naming_who_pays_which_price_is_a_label(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Giá vé lượt:\n- Dưới 10 km: 6.000 đồng/lượt;\n- Từ 30 km trở lên: 15.000 đồng/lượt.", "10", False),
        ("Giá vé lượt:\n- Dưới 10 km: 6.000 đồng/lượt;\n- Từ 30 km trở lên: 15.000 đồng/lượt.", "30", False),
        ("Kết quả:\n- Quãng đường dưới 10 km chiếm 40% số chuyến.", "10", True),
    ],
    ids=["a-lower-band-naming-a-fare", "an-upper-band-naming-a-fare", "a-band-with-no-price-after-a-colon"],
)
def test_a_band_opening_a_list_item_of_a_price_is_a_label(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("II. GIÁ VÉ\n1. Vé lượt: 8.000 đồng/lượt.\nIII. VẬN HÀNH\nDự kiến tuyến đón khoảng 900 lượt khách mỗi ngày.",
         "900", "plan"),
        ("II. GIÁ VÉ\n1. Vé lượt: 8.000 đồng/lượt.\nIII. VẬN HÀNH\nTuyến chạy 40 chuyến/ngày; dự kiến tuyến phục vụ "
         "khoảng 2.000 học sinh.", "2.000", "plan"),
        ("1. Năm 2024, huyện thu ngân sách 120 tỷ đồng. Dự kiến cả năm đạt 150 tỷ đồng.", "150", "actual"),
        ("II. GIÁ VÉ\n1. Vé lượt: 8.000 đồng/lượt.\nIII. VẬN HÀNH\nDự kiến tuyến đón 900 lượt khách mỗi ngày. Kinh phí "
         "trợ giá khoảng 3,2 tỷ đồng/năm.", "3,2", "plan"),
    ],
    ids=["a-notice-expects-riders", "a-clause-after-a-semicolon", "a-reports-estimate-stays-a-result",
         "a-sentence-after-an-expectation-in-its-paragraph"],
)
def test_what_a_notice_setting_terms_expects_is_a_plan(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_FOR_NEXT_YEAR = ("Điều 1. Quy định giá vé tham quan\n1. Vé người lớn: 60.000 đồng/lượt.\nĐiều 2. Tổ chức thực hiện\n"
                  "Năm 2024, khu di tích đón 820.000 lượt khách.\nĐiều 3. Quyết định này có hiệu lực từ ngày {} .")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_FOR_NEXT_YEAR.format("01 tháng 01 năm 2025"), "820.000", "context"),
        (_FOR_NEXT_YEAR.format("01/01/2025"), "820.000", "context"),
        (_FOR_NEXT_YEAR.format("15 tháng 7 năm 2025"), "820.000", "actual"),
    ],
    ids=["a-rule-for-next-year-written-out", "a-rule-for-next-year-as-a-date", "a-rule-taking-effect-mid-year"],
)
def test_a_year_before_a_rule_takes_effect_on_new_years_day_is_background(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("a) Vé liên tuyến 5 điểm: người lớn 600.000 đồng/vé.", "5", False),
        ("- Vé tháng đi 2 tuyến: 250.000 đồng/tháng.", "2", False),
        ("Năm 2024, công ty mở thêm 3 điểm bán vé tại bến xe.", "3", True),
    ],
    ids=["a-combined-tickets-sites", "a-monthly-passes-routes", "ticket-outlets-opened-are-a-figure"],
)
def test_the_sites_or_routes_a_ticket_covers_are_a_label(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "kind", "counted"),
    [
        ("Tuyến chạy giãn cách 20-25 phút/chuyến vào giờ thấp điểm.", "20-25", "amount", "phút/chuyến"),
        ("Giờ cao điểm, xe xuất bến 8 phút/chuyến.", "8", "amount", "phút/chuyến"),
        ("Năm 2024, tuyến thực hiện 24.000 chuyến, đúng giờ 98%.", "24.000", "count", "chuyến"),
    ],
    ids=["an-interval-range-between-trips", "an-interval-at-peak-hours", "trips-run-are-a-count"],
)
def test_the_interval_between_a_routes_trips_is_an_amount(text, surface, kind, counted):
    got = figure_at(text, surface)
    assert (got["kind"], got["counted"]) == (kind, counted)


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Đơn vị khai thác tuyến là Công ty Vận tải X, thời hạn khai thác 07 năm.", "07", False),
        ("Nhà đầu tư được giao bến xe, thời hạn khai thác 10 năm kể từ ngày bàn giao.", "10", False),
        ("Sau 3 năm khai thác, tuyến vận chuyển 2,4 triệu lượt khách.", "2,4", True),
    ],
    ids=["an-operators-term-on-a-route", "an-operators-term-on-a-station", "a-result-after-years-of-running"],
)
def test_the_term_an_operator_runs_a_route_for_is_a_label(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("I. THÔNG TIN CHUNG VỀ TUYẾN\n1. Phương tiện: xe sản xuất năm 2023, mỗi xe có 02 bình chữa cháy.", "02", None),
        ("I. THÔNG TIN CHUNG VỀ TUYẾN\n1. Tàu đóng mới năm 2022, sức chở 120 khách.", "120", None),
        ("Năm 2024, xe buýt vận chuyển 5,2 triệu lượt hành khách.", "5,2", "2024"),
    ],
    ids=["a-buses-year-of-make", "a-boats-year-of-build", "a-year-naming-its-results"],
)
def test_a_year_a_thing_was_made_names_no_period_of_its_facts(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Năm 2024, đơn giá trợ giá bình quân 11.800 đồng/km xe chạy.", "11.800", "context"),
        ("Tuyến được trợ giá theo đơn giá trợ giá 14.000 đồng/km.", "14.000", "context"),
        ("Năm 2024, tổng kinh phí trợ giá xe buýt đạt 48 tỷ đồng.", "48", "actual"),
    ],
    ids=["an-average-unit-price-of-a-subsidy", "a-unit-price-a-route-is-paid-at", "the-subsidy-paid-is-a-result"],
)
def test_the_unit_price_a_subsidy_is_paid_at_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Thời gian một lượt chạy xe khoảng 50 phút.", "50", "amount"),
        ("Thời gian hành trình toàn tuyến khoảng 75 phút.", "75", "amount"),
        ("Trong 30 phút đầu, xe chạy chậm.", "30", None),
    ],
    ids=["the-time-a-run-takes", "the-time-a-journey-takes", "minutes-naming-a-phrase-stay-left-out"],
)
def test_the_time_a_run_takes_is_a_length(text, surface, kind):
    assert next((r["kind"] for r in figures(text) if r["surface"] == surface), None) == kind


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("- Đường liên thôn: 2,5 km, nền đường rộng 6 m, mặt đường 4 m, dày 22 cm, bê tông mác 300.", "6", False),
        ("- Đường liên thôn: 2,5 km, nền đường rộng 6 m, mặt đường 4 m, dày 22 cm, bê tông mác 300.", "4", False),
        ("- Đường liên thôn: 2,5 km, nền đường rộng 6 m, mặt đường 4 m, dày 22 cm, bê tông mác 300.", "22", False),
        ("- Đường liên thôn: 2,5 km, nền đường rộng 6 m, mặt đường 4 m, dày 22 cm, bê tông mác 300.", "2,5", True),
        ("Xây mới 12,4 km kênh mương và 3,2 km đường nội đồng, mặt đường rộng 3 m.", "3", True),
    ],
    ids=["a-classes-subgrade-width", "a-classes-surface-width", "a-classes-slab-thickness", "the-length-built-stays",
         "one-width-measured-stays"],
)
def test_a_road_classes_cross_section_names_the_class(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Các tuyến được đổ bê tông mác 300, dày 20 cm.", "300", False),
        ("Tường rào xây gạch, vữa xi măng mác 75.", "75", False),
        ("Trong năm đổ 250 m3 bê tông cho các tuyến đường.", "250", True),
    ],
    ids=["a-concretes-grade", "a-mortars-grade", "concrete-poured-stays"],
)
def test_a_materials_grade_is_a_name(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Định mức hỗ trợ xi măng theo Nghị quyết của HĐND tỉnh là 160 tấn/km đối với đường trục xã.", "160",
         "context"),
        ("Năm 2024, đường liên thôn được hỗ trợ; định mức hỗ trợ là 120 tấn/km và 90 tấn/km đối với đường nội đồng.",
         "90", "context"),
        ("Năm 2024, tỉnh hỗ trợ 1.200 tấn xi măng cho các xã.", "1.200", "actual"),
        ("Năm 2024, năng suất lúa đạt 5,8 tấn/ha.", "5,8", "actual"),
    ],
    ids=["a-norm-per-km-a-resolution-sets", "a-second-norm-in-its-clause", "cement-given-is-a-result",
         "a-yield-per-ha-is-a-result"],
)
def test_a_norm_per_each_thing_a_rule_sets_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Có 205 hộ hiến 6.300 m2 đất làm đường; trong đó 18 hộ hiến trên 150 m2.", "150", False),
        ("Năm 2024, 128 doanh nghiệp nộp 96 tỷ đồng, trong đó 5 doanh nghiệp nộp trên 10 tỷ đồng.", "10", False),
        ("Có 205 hộ hiến 6.300 m2 đất làm đường; trong đó 18 hộ ở thôn 2 hiến 900 m2.", "900", True),
        ("Có 205 hộ tham gia làm đường; trong đó 18 hộ hiến trên 150 m2 đất.", "150", True),
        ("Có 205 hộ hiến 6.300 m2 đất làm đường.", "6.300", True),
    ],
    ids=["a-bound-on-what-each-donated", "a-bound-on-what-each-paid", "a-parts-own-total-stays",
         "no-total-in-the-unit-keeps-it", "the-wholes-total-stays"],
)
def test_a_bound_after_a_part_names_which_ones_it_holds(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Trạm Hoành Sơn đo được gió mạnh cấp 8, giật cấp 10.", "8", ("count", "cấp", "amount")),
        ("Áp thấp nhiệt đới mạnh lên thành bão, sức gió mạnh nhất cấp 9-10, giật cấp 12.", "9-10",
         ("count", "cấp", "amount")),
        ("Bán kính gió mạnh từ cấp 7 trở lên khoảng 100 km tính từ tâm bão.", "7", None),
        ("Cán bộ có trình độ trung cấp 85 người, cao đẳng 40 người.", "85", ("count", "người", "count")),
    ],
    ids=["a-winds-level-observed", "a-storms-level-range", "a-level-bounding-a-radius-stays-a-label",
         "a-level-of-training-counts-people"],
)
def test_a_winds_beaufort_level_is_an_amount_counted_in_levels(text, surface, read):
    found = next((r for r in figures(text) if r["surface"] == surface), None)
    assert (found and (found["unit"], found["counted"], found["kind"])) == read


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        ("Áp thấp nhiệt đới di chuyển nhanh theo hướng Tây, tốc độ khoảng 20 km/h.", "20", ("count", "km/h", "amount")),
        ("Khí áp tại tâm áp thấp khoảng 998 hPa.", "998", ("count", "hPa", "amount")),
        ("Đoạn qua khu dân cư, xe khách chạy với tốc độ 40 km/giờ.", "40", ("count", "km/giờ", "amount")),
        ("Đoàn xe đã di chuyển quãng đường 120 km trong ngày.", "120", ("km", None, "amount")),
    ],
    ids=["a-speed-in-km-per-hour", "a-pressure-in-hectopascals", "a-speed-in-km-a-giờ", "a-length-in-km-stays-km"],
)
def test_a_speed_and_a_pressure_are_levels_in_their_units(text, surface, read):
    found = figure_at(text, surface)
    assert (found["unit"], found["counted"], found["kind"]) == read


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Hồi 7 giờ, vị trí tâm áp thấp nhiệt đới ở vào khoảng 17,2 độ Vĩ Bắc; 110,5 độ Kinh Đông.", "17,2", False),
        ("Hồi 7 giờ, vị trí tâm áp thấp nhiệt đới ở vào khoảng 17,2 độ Vĩ Bắc; 110,5 độ Kinh Đông.", "110,5", False),
        ("Vùng nguy hiểm: phía Bắc vĩ tuyến 15,5; phía Tây kinh tuyến 112,0 độ Kinh Đông.", "15,5", False),
        ("Nhiệt độ cao nhất phổ biến 36,5 độ C.", "36,5", True),
    ],
    ids=["a-latitude", "a-longitude", "a-zones-bounding-parallel", "a-temperature-in-degrees-stays-a-figure"],
)
def test_a_latitude_or_a_longitude_is_a_name(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("1. Hiện trạng\nTrong 24 giờ qua, trạm Hoài Nhơn đo được lượng mưa 85 mm.\n\n2. Cảnh báo tác động\n"
         "Từ đêm nay, khu vực ven biển có mưa to với tổng lượng mưa phổ biến 100-180 mm.", "100-180", "estimated"),
        ("1. Hiện trạng\nTrong 24 giờ qua, trạm Hoài Nhơn đo được lượng mưa 85 mm.\n\n2. Cảnh báo tác động\n"
         "Từ đêm nay, khu vực ven biển có mưa to với tổng lượng mưa phổ biến 100-180 mm.", "85", "exact"),
    ],
    ids=["a-warnings-figure-is-estimated", "an-observation-before-it-stays-exact"],
)
def test_a_figure_under_a_warning_heading_is_estimated(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Đến 7 giờ ngày 12/10, áp thấp nhiệt đới suy yếu, sức gió mạnh nhất dưới cấp 6.", "6", "under"),
        ("Gió mạnh trên cấp 12 có thể xuất hiện ở vùng gần tâm bão.", "12", "over"),
        ("Tại đảo Cồn Cỏ có gió mạnh cấp 8, giật cấp 10.", "8", "exact"),
    ],
    ids=["under-a-level", "over-a-level", "a-level-with-no-bound"],
)
def test_a_bound_before_a_level_word_qualifies_the_level(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Trong 12 giờ qua, cơn bão đã mạnh thêm 2 cấp.", "2", "change"),
        ("Sau khi vào đất liền, bão yếu đi 1 cấp, gió mạnh cấp 7.", "1", "change"),
        ("Sau khi vào đất liền, bão yếu đi 1 cấp, gió mạnh cấp 7.", "7", "amount"),
    ],
    ids=["a-storm-strengthening-by-levels", "a-storm-weakening-by-a-level", "the-level-it-reaches-is-an-amount"],
)
def test_levels_a_storm_moved_by_are_a_change(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "unit", "counted"),
    [
        ("Camera ghi nhận xe khách chạy 96 km/h trên tuyến cao tốc.", "96", "count", "km/h"),
        ("Tốc độ trung bình của xe buýt đạt 22 km/giờ.", "22", "count", "km/giờ"),
        ("Tuyến cao tốc dài 64 km đã thông xe.", "64", "km", None),
    ],
    ids=["a-speed-in-km-per-hour", "a-speed-in-km-per-hour-in-words", "a-length-in-km-stays-a-length"],
)
def test_a_speed_in_km_per_hour_is_counted_in_it(text, surface, unit, counted):
    row = figure_at(text, surface)
    assert (row["unit"], row["counted"]) == (unit, counted)


@pytest.mark.parametrize(
    ("text", "surface", "value", "value_max"),
    [
        ("Mức phạt tiền từ 2 triệu đồng đến 3 triệu đồng đối với cá nhân.", "2 triệu đồng đến 3", 2e6, 3e6),
        ("Lệ phí cấp giấy phép từ 500.000 đồng đến 700.000 đồng mỗi lần.", "500.000 đồng đến 700.000", 5e5, 7e5),
        ("Doanh nghiệp nộp thêm 2 triệu đồng đến cuối năm.", "2", 2e6, None),
    ],
    ids=["a-fine-with-its-unit-after-each-bound", "a-fee-in-dong-after-each-bound", "a-sum-paid-by-a-date-is-no-range"],
)
def test_a_range_with_its_unit_after_each_bound_is_one_range(text, surface, value, value_max):
    row = figure_at(text, surface)
    assert (row["value"], row["value_max"]) == (value, value_max)


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Mức phạt: từ 2 triệu đồng đến 3 triệu đồng.", "2 triệu đồng đến 3", "context"),
        ("Mức phạt theo khoản 3 Điều 6 Nghị định số 100/2019/NĐ-CP: từ 600.000 đồng đến 800.000 đồng.",
         "600.000 đồng đến 800.000", "context"),
        ("Kết quả: thu từ 2 tỷ đồng đến 3 tỷ đồng.", "2 tỷ đồng đến 3", "actual"),
    ],
    ids=["a-fine-as-a-lines-label", "a-fine-by-a-decree-as-a-lines-label", "a-result-as-a-lines-label"],
)
def test_a_range_after_a_term_as_its_lines_label_is_a_term(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Xe tải chạy 72 km/h trên đoạn đường giới hạn 50 km/h.", "50", False),
        ("Có 310 trường hợp vượt từ 05 km/h đến dưới 10 km/h.", "05", False),
        ("Có 310 trường hợp vượt từ 05 km/h đến dưới 10 km/h.", "10", False),
        ("Có 97 trường hợp vượt trên 20 km/h.", "20", False),
        ("Xe tải chạy 72 km/h trên đoạn đường giới hạn 50 km/h, vượt 22 km/h.", "22", True),
        ("Xe tải chạy 72 km/h trên đoạn đường giới hạn 50 km/h.", "72", True),
    ],
    ids=["a-roads-speed-limit", "a-speeding-bands-first-bound", "a-speeding-bands-second-bound",
         "a-speeding-bands-open-bound", "the-excess-measured-stays", "the-speed-measured-stays"],
)
def test_a_speed_limit_or_a_band_of_speeding_is_a_label(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Vụ tai nạn xảy ra tại km 45+120 Quốc lộ 1A.", "45", False),
        ("Vụ tai nạn xảy ra tại km 45+120 Quốc lộ 1A.", "120", False),
        ("Sạt lở tại lý trình km 7+350 tuyến đê hữu sông Hồng.", "350", False),
        ("Đoạn tuyến dài 45 km đã hoàn thành 120 cống thoát nước.", "120", True),
    ],
    ids=["a-posts-kilometres", "a-posts-metres", "a-posts-metres-after-its-chainage", "a-length-in-km-stays"],
)
def test_a_post_along_a_road_is_a_name(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "kind", "role"),
    [
        ("Mức phạt: từ 6 triệu đồng đến 8 triệu đồng, trừ 06 điểm giấy phép lái xe.", "06", "other", "context"),
        ("Người điều khiển xe còn bị trừ 10 điểm giấy phép lái xe.", "10", "other", "context"),
        ("Trong tháng, lực lượng chức năng đã trừ 1.250 điểm giấy phép lái xe.", "1.250", "count", "actual"),
    ],
    ids=["points-a-fine-deducts", "points-a-driver-loses", "points-tallied-as-done-stay-a-result"],
)
def test_points_deducted_from_a_driving_licence_are_a_term(text, surface, kind, role):
    row = figure_at(text, surface)
    assert (row["kind"], row["role"]) == (kind, role)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "kind"),
    [
        ("Xe khách chạy 95 km/h trên đoạn đường giới hạn 80 km/h, vượt 15 km/h.", "15", "exact", "change"),
        ("Xe tải chạy 70 km/h khi tốc độ tối đa cho phép là 50 km/h, vượt 20 km/h.", "20", "exact", "change"),
        ("Nhiều xe chạy vượt 100 km/h vào ban đêm.", "100", "over", "amount"),
    ],
    ids=["the-excess-over-a-roads-limit", "the-excess-over-a-limit-allowed", "no-limit-named-a-bound-stays"],
)
def test_the_excess_over_a_speed_limit_is_a_change(text, surface, qualifier, kind):
    row = figure_at(text, surface)
    assert (row["qualifier"], row["kind"]) == (qualifier, kind)


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("1. Năm 2024, toàn tỉnh phát hiện 1.240 vụ vi phạm.\n2. Trong số 1.240 vụ vi phạm, có 860 vụ đã xử lý.",
         "1.240 vụ vi phạm,", "context"),
        ("1. Năm 2024, tỉnh bổ sung 620 chỉ tiêu.\n2. Trong số 620 chỉ tiêu được bổ sung, có 410 chỉ tiêu đã tuyển.",
         "620 chỉ tiêu được", "context"),
        ("Năm 2024, đoàn giành 27 huy chương vàng.\n\nTrong số 27 huy chương vàng, có 15 huy chương của nữ.",
         "27 huy chương vàng,", "actual"),
    ],
    ids=["a-whole-restated-by-an-item", "posts-restated-by-an-item", "a-whole-opening-a-paragraph-is-a-result"],
)
def test_a_whole_restated_by_a_numbered_item_is_context(text, surface, role):
    at = text.rindex(surface)
    row = next(r for r in figures(text) if r["start"] == at)
    assert row["role"] == role


_PLAN_TABLE = ("Một số chỉ tiêu chủ yếu năm 2024:\nSTT\nChỉ tiêu\nĐVT\nKế hoạch năm 2024\nƯớc thực hiện năm 2024\n"
               "{third}\n1\nTỷ lệ hộ cận nghèo\n%\n3,5\n3,1\n{verdict}\n"
               "2\nTỷ lệ trẻ em suy dinh dưỡng\n%\n8,2\n8,6\n95,3\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_PLAN_TABLE.format(third="So với kế hoạch (%)", verdict="Đạt"), "8,6",
         {"unit": "percent", "qualifier": "estimated", "role": "actual"}),
        (_PLAN_TABLE.format(third="So với kế hoạch (%)", verdict="Không đạt"), "95,3",
         {"unit": "percent", "kind": "plan_ratio", "base": "plan"}),
        (_PLAN_TABLE.format(third="Thực hiện năm 2023", verdict="Đạt"), "8,6",
         {"unit": "count", "qualifier": "exact"}),
    ],
    ids=["a-row-after-a-verdict-keeps-its-columns", "a-verdict-that-fell-short",
         "a-verdict-under-a-plain-column-ends-it"],
)
def test_a_flattened_comparison_cell_saying_met_in_words_keeps_the_table(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_FLAT_RESULTS = ("I. KẾT QUẢ NĂM 2024\nMột số chỉ tiêu chủ yếu:\nSTT\nChỉ tiêu\nĐVT\nKế hoạch năm 2024\n"
                 "Thực hiện năm 2024\n1\nSản lượng thủy sản\ntấn\n12.000\n12.450\n"
                 "2\nSố lao động được đào tạo nghề\nngười\n1.500\n1.620\n"
                 "Năm 2024, toàn huyện xây mới 32 phòng học và giải quyết việc làm cho 1.840 lao động.\n")
_PLAN_LINE = ("I. KẾT QUẢ NĂM 2024\nToàn huyện xây mới 32 phòng học.\nKế hoạch năm 2025\n"
              "Xây mới 40 phòng học, giải quyết việc làm cho 2.000 lao động.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_FLAT_RESULTS, "1.840", {"role": "actual", "period": "2024"}),
        (_FLAT_RESULTS, "12.000", {"role": "plan", "period": "2024"}),
        (_PLAN_LINE, "2.000", {"role": "plan", "period": "2025"}),
    ],
    ids=["prose-after-a-flattened-tables-plan-column-reports-results", "the-plan-column-keeps-its-cells",
         "a-plan-line-of-its-own-opens-targets"],
)
def test_a_flattened_tables_plan_header_opens_no_section_of_targets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Xây mới 32 căn nhà tình nghĩa, mỗi căn hỗ trợ 50 triệu đồng.", "50",
         {"unit": "VND_per_household", "kind": "rate"}),
        ("Toàn huyện có 210 hộ được vay vốn, mỗi hộ hỗ trợ 30 triệu đồng.", "30",
         {"unit": "VND_per_household", "kind": "rate"}),
        ("Mỗi căn nhà xây trên nền cao, huyện hỗ trợ tổng cộng 1,6 tỷ đồng.", "1,6", {"unit": "VND", "kind": "amount"}),
    ],
    ids=["each-house-supported", "each-household-supported", "a-total-support-in-another-clause-stays-an-amount"],
)
def test_money_each_one_is_supported_with_no_passive_word_is_a_rate(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Tuyển sinh đạt 102% kế hoạch với 1.250 học viên.", "1.250", "actual"),
        ("Công tác tuyển quân đạt 100% chỉ tiêu với 85 thanh niên lên đường nhập ngũ.", "85", "actual"),
        ("Thu ngân sách đạt 98% kế hoạch năm là 500 tỷ đồng.", "500", "plan"),
    ],
    ids=["a-count-a-plan-ratio-was-attained-with", "recruits-a-quota-was-met-with",
         "the-plans-own-level-stays-a-target"],
)
def test_a_count_a_percent_of_the_plan_was_attained_with_is_a_result(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_PLAN_AND_MONTHS = ("Đơn vị tính: tỷ đồng\n"
                    "Chỉ tiêu | KH năm 2024 | TH 6 tháng | So sánh (%)\n"
                    "Thu ngân sách xã | 42,5 | 20,1 | 47,3\n")


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (_PLAN_AND_MONTHS, "20,1", "2024-H1"),
        (_PLAN_AND_MONTHS, "47,3", "2024-H1"),
        ("Chỉ tiêu | Kế hoạch năm 2023 | Ước TH 3 tháng\nSản lượng thủy sản (tấn) | 12.000 | 2.950\n", "2.950",
         "2023-Q1"),
        ("Chỉ tiêu | KH năm 2024 | TH 9 tháng\nThu ngân sách (tỷ đồng) | 42,5 | 30,2\n", "30,2", None),
        ("Chỉ tiêu | Cùng kỳ năm 2023 | TH 6 tháng\nThu ngân sách (tỷ đồng) | 18,5 | 20,2\n", "20,2", None),
    ],
    ids=["six-months-of-the-plans-year", "its-ratio-too", "three-months-its-first-quarter",
         "nine-months-have-no-code", "no-plan-beside-names-no-year"],
)
def test_months_counted_beside_a_years_plan_are_that_years(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "kind", "base"),
    [
        ("Chỉ tiêu | KH năm 2024 | TH năm 2024 | Đạt (%)\nThu ngân sách (tỷ đồng) | 42,5 | 44,1 | 103,8\n",
         "103,8", "plan_ratio", "plan"),
        ("Chỉ tiêu | Kế hoạch | Thực hiện | Đạt (%)\nLao động có việc làm mới (người) | 3.000 | 1.650 | 55,0\n",
         "55,0", "plan_ratio", "plan"),
        ("Môn học | Tốt (%) | Đạt (%) | Chưa đạt (%)\nToán | 62,4 | 35,1 | 2,5\n", "35,1", "share", None),
    ],
    ids=["the-result-against-the-years-plan", "against-a-plan-naming-no-year", "a-grades-share-with-no-plan-beside"],
)
def test_an_attained_percent_after_a_plan_and_its_result_is_a_plan_ratio(text, surface, kind, base):
    row = figure_at(text, surface)
    assert (row["kind"], row["base"]) == (kind, base)


_PUPILS_BY_SCHOOL = ("Trường | Số lớp | Số học sinh | Tăng/giảm so với năm học trước\n"
                     "THCS Kim Đồng | 24 | 1.012 | +118\n"
                     "THCS Lê Lợi | 18 | 706 | -35\n")


@pytest.mark.parametrize(
    ("text", "surface", "read"),
    [
        (_PUPILS_BY_SCHOOL, "+118", ("count", "change", "previous_school_year")),
        (_PUPILS_BY_SCHOOL, "-35", ("count", "change", "previous_school_year")),
        ("Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng, giảm\nThu ngân sách (tỷ đồng) | 1.250 | 1.420 | +170\n", "+170",
         ("VND", "change", "2023")),
        ("Ngành | Năm 2024 | Tăng/giảm so với cùng kỳ\nCông nghiệp | 1.250,5 | 5,2\nXây dựng | 820,1 | -1,3\n", "-1,3",
         ("percent", "growth", "previous_year")),
        ("Cơ sở | Số giường bệnh | Tăng/giảm so với năm trước\nBệnh viện A | 120 | 12\nBệnh viện B | 98 | -3\n", "12",
         ("percent", "growth", "previous_year")),
    ],
    ids=["pupils-gained-against-the-school-year-before", "pupils-lost", "money-in-the-rows-unit",
         "decimal-cells-stay-growths", "small-whole-cells-stay-growths"],
)
def test_a_change_column_of_large_whole_numbers_holds_changes_in_the_counted_unit(text, surface, read):
    row = figure_at(text, surface)
    assert (row["unit"], row["kind"], row["base"]) == read


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Số trường đạt chuẩn: trung học cơ sở 45/52 trường, tiểu học 60/61 trường.", "45/52", True),
        ("Trụ sở công ty đặt tại số 12/86 Trần Phú, phường 5.", "12/86", False),
        ("Khu dân cư số 3/7 đạt chuẩn văn hóa.", "3/7", False),
    ],
    ids=["an-attainment-after-a-level-ending-in-a-label-word", "a-house-number-stays-an-address",
         "no-noun-after-the-whole-stays-a-name"],
)
def test_an_attainment_after_a_weak_label_counts_the_noun_after_its_whole(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Toàn tỉnh có 95% trường tiểu học dạy học 2 buổi/ngày.", "2", False),
        ("Tỷ lệ học sinh tiểu học học 2 buổi/ngày đạt 98,5%.", "2", False),
        ("Toàn tỉnh có 95% trường tiểu học dạy học 2 buổi/ngày.", "95%", True),
        ("Trung tâm tổ chức tư vấn tuyển sinh 2 buổi/ngày cho phụ huynh.", "2", True),
    ],
    ids=["schools-teaching-two-sessions-a-day", "pupils-taught-so", "the-schools-share-stays",
         "sessions-held-after-no-teaching-verb-stay-a-rate"],
)
def test_a_way_of_teaching_named_by_its_sessions_is_a_label(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


_FIVE_YEAR_REVIEW = (
    "UBND TỈNH BẮC GIANG\nSố: 210/BC-SCT\nBắc Giang, ngày 20 tháng 10 năm 2025\n\nBÁO CÁO\n"
    "Tổng kết phát triển công nghiệp giai đoạn 2021-2025 và phương hướng giai đoạn 2026-2030\n\n"
    "I. MỤC TIÊU GIAI ĐOẠN 2021-2025\n"
    "Giá trị sản xuất công nghiệp tăng bình quân 12%/năm.\n\n"
    "II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025\n"
    "Giá trị sản xuất công nghiệp năm 2022 đạt 52.300 tỷ đồng, năm 2023 đạt 58.100 tỷ đồng.\n"
    "Năm 2023 có 46 dự án đi vào hoạt động; vốn đăng ký đạt 1.250 tỷ đồng.\n"
    "Số cụm công nghiệp tăng từ 21 cụm năm 2020 lên 34 cụm năm 2025.\n"
)


@pytest.mark.parametrize(
    ("surface", "role"),
    [
        ("52.300", "actual"),
        ("58.100", "actual"),
        ("1.250", "actual"),
        ("21", "context"),
    ],
    ids=["a-year-inside-the-reviewed-span", "a-later-year-inside-it", "a-year-opening-a-sentence-inside-it",
         "a-year-before-the-span-stays-context"],
)
def test_a_year_inside_a_span_a_heading_reviews_is_a_result(surface, role):
    assert figure_at(_FIVE_YEAR_REVIEW, surface)["role"] == role


def test_an_earlier_year_outside_a_reviewed_span_stays_context():
    text = _FIVE_YEAR_REVIEW.replace("II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025", "II. KẾT QUẢ THỰC HIỆN NĂM 2025")
    assert figure_at(text, "52.300")["role"] == "context"


_PARTS_COMPARED_TABLE = (
    "Một số chỉ tiêu chủ yếu quý II và 6 tháng năm 2025\n\n"
    "Chỉ tiêu | Đơn vị tính | Ước tính Quý II/2025 | Cộng dồn 6 tháng 2025 | So với cùng kỳ năm trước (%) | \n"
    " |  |  |  | Quý II | 6 tháng\n"
    "Doanh thu dịch vụ lưu trú, ăn uống | Tỷ đồng | 1.420 | 2.760 | 109,4 | 108,1\n"
)


@pytest.mark.parametrize(
    ("surface", "qualifier", "period"),
    [
        ("109,4", "estimated", "2025-Q2"),
        ("108,1", "exact", None),
    ],
    ids=["a-quarter-compares-the-quarters-estimate", "the-months-compare-the-running-total"],
)
def test_a_comparison_under_a_part_of_the_year_compares_that_parts_column(surface, qualifier, period):
    row = figure_at(_PARTS_COMPARED_TABLE, surface)
    assert (row["qualifier"], row["period"]) == (qualifier, period)


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Năm 2021 doanh thu du lịch đạt 3.200 tỷ đồng; tăng bình quân 9,6%/năm giai đoạn 2021-2025.",
         "9,6%", "2021-2025"),
        ("Năm 2022, vốn đầu tư xã hội tăng bình quân 7,2% thời kỳ 2021-2025.", "7,2%", "2021-2025"),
        ("Năm 2022, vốn đầu tư xã hội tăng 7,2%, cao nhất giai đoạn 2021-2025.", "7,2%", "2022"),
    ],
    ids=["a-yearly-average-then-its-span", "an-average-then-a-period-of-years", "a-span-past-a-comma-is-not-its-own"],
)
def test_a_span_right_after_a_figure_is_its_period(text, surface, period):
    assert figure_at(text, surface)["period"] == period


_YEARS_LISTED = ("Doanh thu du lịch năm 2023 đạt 2.150 tỷ đồng, năm 2024 đạt 2.480 tỷ đồng và ước năm 2025 "
                 "đạt 2.760 tỷ đồng.")


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "period"),
    [
        (_YEARS_LISTED, "2.760", "estimated", "2025"),
        (_YEARS_LISTED, "2.480", "exact", "2024"),
        ("Ước năm 2025 thu ngân sách đạt 1.320 tỷ đồng.", "1.320", "estimated", "2025"),
        ("Sản lượng năm 2025 đạt 45.200 tấn.", "45.200", "exact", "2025"),
    ],
    ids=["an-estimate-of-the-last-year-listed", "the-year-before-an-estimate-keeps-its-own",
         "an-estimate-then-its-year-opening-a-sentence", "a-year-with-no-estimate-stays-exact"],
)
def test_an_estimate_word_before_a_listed_year_estimates_that_years_figure(text, surface, qualifier, period):
    row = figure_at(text, surface)
    assert (row["qualifier"], row["period"]) == (qualifier, period)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "base"),
    [
        ("Chỉ số phát triển sản xuất công nghiệp năm 2025 so với năm 2020 (năm 2020 = 100) đạt 138,2%.",
         "138,2%", "plan_ratio", "2020"),
        ("So với kỳ gốc năm 2019, chỉ số giá tiêu dùng tháng 6/2025 bằng 116,4%.", "116,4%", "plan_ratio", "2019"),
        ("So với năm 2020, tỷ lệ che phủ rừng năm 2025 đạt 47,3%.", "47,3%", "share", None),
    ],
    ids=["a-development-index-on-a-base-year", "a-price-index-on-the-base-period",
         "a-rate-with-no-index-stays-a-share"],
)
def test_an_index_against_a_base_year_is_a_ratio_to_it(text, surface, kind, base):
    row = figure_at(text, surface)
    assert (row["kind"], row["base"]) == (kind, base)


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("Chỉ số phát triển năm 2025 so với năm 2020 (năm 2020 = 100) đạt 138,2%.", "100", False),
        ("Năm 2020 có 100 hợp tác xã, năm 2025 đạt 138 hợp tác xã.", "100", True),
    ],
    ids=["a-base-year-set-to-100", "a-hundred-counted-in-a-year"],
)
def test_a_base_year_an_index_sets_to_100_is_no_figure(text, surface, figure):
    assert any(r["surface"] == surface for r in figures(text)) == figure


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Doanh thu từng năm: năm 2022 đạt 1.250 tỷ đồng; năm 2023 đạt 1.410 tỷ đồng.", "1.250", "2022"),
        ("Kể từ năm 2021, toàn huyện đã xây mới 12 trường học.", "12", None),
    ],
    ids=["each-year-then-a-year-names-its-time", "a-year-after-since-stays-a-bound"],
)
def test_a_bound_word_inside_a_longer_word_bounds_no_year(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Số hợp tác xã tăng từ 112 hợp tác xã năm 2020 lên 168 hợp tác xã năm 2025, trong đó 42 hợp tác xã "
         "ứng dụng công nghệ cao.", "42", "2025"),
        ("Tỷ lệ hộ nghèo giảm từ 8,4% năm 2020 xuống còn 3,1% năm 2025, bình quân giảm 1,06 điểm phần trăm mỗi năm.",
         "1,06", "2021-2025"),
    ],
    ids=["a-part-after-a-level-with-its-year", "an-average-after-a-move-is-over-its-years"],
)
def test_a_part_of_a_level_with_its_own_year_takes_that_year(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (_FIVE_YEAR_REVIEW + "Tỷ lệ lao động nông nghiệp giảm từ 52,4% năm 2020 xuống còn 41,8% năm 2025, chưa đạt "
         "mục tiêu dưới 40%.", "40%", "2025"),
        ("Năm 2024, hồ sơ trực tuyến chiếm 82,5% (năm 2023 là 64,2%), vượt chỉ tiêu 75% tỉnh giao.", "75%", "2024"),
    ],
    ids=["a-target-after-a-level-with-its-year", "a-target-after-a-bracket-of-another-year-keeps-the-sentences"],
)
def test_a_target_named_after_a_result_is_of_its_period(text, surface, period):
    assert figure_at(text, surface)["period"] == period


_NINE_MONTHS_GROWTH = ("Tính chung 9 tháng năm 2025, chỉ số sản xuất công nghiệp tăng 9,4% so với cùng kỳ, "
                       "cao hơn mức tăng 7,1% của cùng kỳ năm 2024.")


@pytest.mark.parametrize(
    ("text", "surface", "role", "base"),
    [
        (_NINE_MONTHS_GROWTH, "7,1%", "context", None),
        (_NINE_MONTHS_GROWTH, "9,4%", "actual", "previous_year"),
        ("Tính chung 9 tháng năm 2025, doanh thu tăng 6,2% so với cùng kỳ năm 2024.", "6,2%", "actual", "2024"),
        # the year before named by "năm trước", "năm ngoái", not by its number
        ("Tính chung 6 tháng đầu năm 2024, doanh thu bán lẻ ước tăng 11,3% so với cùng kỳ, thấp hơn mức tăng 12,6% "
         "của cùng kỳ năm trước.", "12,6%", "context", None),
        ("Quý II/2024, sản lượng điện tăng 5,4% so với cùng kỳ, cao hơn mức tăng 3,9% của cùng kỳ năm ngoái.",
         "3,9%", "context", None),
        ("Quý II/2024, sản lượng điện tăng 5,4% so với cùng kỳ, cao hơn mức tăng 3,9% của cùng kỳ năm ngoái.",
         "5,4%", "actual", "previous_year"),
    ],
    ids=["a-growth-of-the-same-part-of-an-earlier-year", "the-growth-it-is-held-against-stays-a-result",
         "a-growth-compared-with-the-same-part-stays-a-result", "of-the-same-part-of-the-year-before",
         "of-the-same-part-of-last-year", "the-growth-held-against-it"],
)
def test_a_figure_of_the_same_part_of_an_earlier_year_is_context(text, surface, role, base):
    row = figure_at(text, surface)
    assert (row["role"], row["base"]) == (role, base)


_SHARES_AFTER_A_MONTHS_END = ("Tính đến hết tháng 6/2024, tỷ lệ hộ cận nghèo của huyện còn 3,6%, giảm 0,7 điểm phần "
                              "trăm so với đầu năm; tỷ lệ che phủ rừng đạt 47,2%; giải ngân vốn đạt 41,5% kế hoạch.")


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Tỷ lệ hộ gia đình sử dụng nước sạch đến hết tháng 6/2025 đạt 92,4%.", "92,4%", "2025-06"),
        ("Tỷ lệ che phủ rừng đến hết tháng 11/2024 đạt 51,8%.", "51,8%", "2024-11"),
        ("Giải ngân vốn đầu tư công đến hết tháng 9/2025 đạt 55,2% kế hoạch.", "55,2%", None),
        # the share named after the month, in the figure's clause, and its change in points
        (_SHARES_AFTER_A_MONTHS_END, "3,6%", "2024-06"),
        (_SHARES_AFTER_A_MONTHS_END, "0,7", "2024-06"),
        (_SHARES_AFTER_A_MONTHS_END, "47,2%", "2024-06"),
        (_SHARES_AFTER_A_MONTHS_END, "41,5%", None),  # a clause of its own naming no share: from the year's start
    ],
    ids=["households-covered-at-a-months-end", "forest-cover-at-a-months-end",
         "disbursed-to-a-months-end-runs", "a-share-named-after-the-month", "its-change-in-points",
         "a-share-in-the-next-clause", "a-running-total-in-the-next-clause"],
)
def test_a_share_covered_at_a_months_end_is_that_months(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Ước đến hết tháng 11/2025 thu ngân sách đạt 4.120 tỷ đồng.", "4.120", "estimated"),
        ("Tỷ lệ trẻ em suy dinh dưỡng ước cuối năm 2025 còn 12,4%.", "12,4%", "estimated"),
        ("Tỷ lệ hộ nghèo ước đến cuối năm 2025 còn 3,2%.", "3,2%", "estimated"),
        ("Đến hết tháng 11/2025 thu ngân sách đạt 4.120 tỷ đồng.", "4.120", "exact"),
    ],
    ids=["estimated-to-a-months-end", "estimated-at-the-years-end", "estimated-to-the-years-end", "no-estimate-word"],
)
def test_an_estimate_word_then_a_time_to_its_end_estimates_the_figure(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Năm 2025, toàn tỉnh đạt 12 bác sĩ và 30 giường bệnh trên 1 vạn dân.", ["12", "30"]),
        ("Phấn đấu đến năm 2030 đạt 15 bác sĩ trên 10.000 dân.", ["15"]),
        ("Năm 2025, tỉnh trao 500 suất quà cho 1.000 người dân.", ["500", "1.000"]),
        ("Năm 2025, có trên 10.000 người dân tham gia bảo hiểm.", ["10.000"]),
    ],
    ids=["per-ten-thousand-people-after-two-counts", "per-ten-thousand-people-in-digits",
         "given-to-people-stays-a-count", "over-so-many-people-stays-a-count"],
)
def test_the_population_counts_are_per_after_them_is_their_unit(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_TERMS_TARGETS = ("II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030\n\n1. Các chỉ tiêu chủ yếu đến năm 2030\n"
                  "GRDP bình quân đầu người đạt 150 triệu đồng.\n\n2. Các khâu đột phá\n"
                  "Xây mới 4 cụm công nghiệp.\n")
_SPANS_TARGETS = ("II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030\n\n1. Các khâu đột phá\n"
                  "Xây mới 4 cụm công nghiệp.\n")


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (_TERMS_TARGETS, "150", "2030"),
        (_TERMS_TARGETS, "4", None),
        (_SPANS_TARGETS, "4", "2026-2030"),
    ],
    ids=["a-sub-heading-naming-its-year-keeps-it", "a-terms-heading-opens-no-period", "a-span-alone-is-the-targets"],
)
def test_a_congress_terms_heading_of_targets_opens_no_period(text, surface, period):
    row = figure_at(text, surface)
    assert (row["role"], row["period"]) == ("plan", period)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Giai đoạn 2026-2030, mỗi năm giải quyết việc làm mới cho khoảng 32.000 lao động.", "32.000",
         "count_per_year"),
        ("Về nguồn nhân lực: mỗi năm đào tạo nghề cho khoảng 12.000 lao động.", "12.000", "count_per_year"),
        ("Mỗi năm tổ chức 2 đợt kiểm tra, phát hiện 15 vụ vi phạm.", "15", "count"),
    ],
    ids=["each-year-opens-the-clause", "each-year-after-a-colon", "a-number-between-keeps-a-count"],
)
def test_each_time_opening_a_clause_makes_its_count_per_that_time(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


_CAPITAL_BY_SOURCE = ("Tổng kế hoạch vốn năm 2025 là 850,2 tỷ đồng, gồm: vốn ngân sách trung ương 520,4 tỷ đồng; "
                      "vốn ngân sách tỉnh 210,6 tỷ đồng; vốn huy động khác 119,2 tỷ đồng.")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_CAPITAL_BY_SOURCE, "210,6", "plan"),
        (_CAPITAL_BY_SOURCE, "119,2", "plan"),
        ("Tổng kế hoạch vốn năm 2025 là 850,2 tỷ đồng, gồm: vốn ngân sách trung ương 520,4 tỷ đồng; "
         "vốn ngân sách tỉnh đã giải ngân 210,6 tỷ đồng.", "210,6", "actual"),
    ],
    ids=["a-second-part-after-a-semicolon", "a-last-part-after-a-semicolon", "a-clause-saying-what-is-done"],
)
def test_a_plans_parts_listed_after_semicolons_are_targets(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_DISBURSED_BY_SOURCE = ("Năm 2025, vốn ngân sách tỉnh giải ngân 212,4 tỷ đồng, đạt 81,3%; "
                        "vốn trung ương giải ngân 95,2 tỷ đồng, đạt 64,7%.")


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        (_DISBURSED_BY_SOURCE, "81,3%", None),
        (_DISBURSED_BY_SOURCE, "64,7%", None),
        ("Năm 2025, vốn ngân sách tỉnh giải ngân 212,4 tỷ đồng, đạt 81,3% kế hoạch.", "81,3%", "plan"),
        ("Năm 2025, tỷ lệ giải ngân đạt 81,3%.", "81,3%", "plan"),
    ],
    ids=["a-bare-rate-after-an-amount", "a-bare-rate-after-a-semicolon", "a-plan-named-after-it",
         "no-amount-before-it"],
)
def test_a_bare_percent_after_an_amount_names_no_base(text, surface, base):
    row = figure_at(text, surface)
    assert (row["kind"], row["base"]) == ("plan_ratio", base)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Ước đến hết năm 2025, toàn huyện trồng mới 320 ha rừng, vượt 6,7% kế hoạch.", "6,7%", "exact"),
        ("Ước cả năm 2025, thu ngân sách đạt khoảng 2.140 tỷ đồng, bằng 103% dự toán.", "2.140", "approx"),
        ("Ước cả năm 2025, thu ngân sách đạt khoảng 2.140 tỷ đồng, bằng 103% dự toán.", "103%", "exact"),
        ("Ước cả năm 2025, tổng vốn năm 2024 chuyển sang giải ngân 96 tỷ đồng.", "96", "estimated"),
        ("Dự kiến cả năm 2025, thu ngân sách đạt 2.140 tỷ đồng, bằng 103% dự toán.", "103%", "estimated"),
    ],
    ids=["a-later-figure-is-exact", "the-next-figures-own-word-wins", "a-ratio-after-it-is-exact",
         "a-year-between-is-no-figure", "an-opener-covers-its-clause"],
)
def test_a_bare_estimate_word_and_its_time_estimate_the_next_figure_only(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Năm 2025, thực hiện Dự án 3 mở 24 lớp đào tạo nghề.", ["24"]),
        ("Năm 2025, Tiểu dự án 2 hỗ trợ 160 hộ.", ["160"]),
        ("Năm 2025, đã hoàn thành dự án 7 công trình nước sạch.", ["7"]),
    ],
    ids=["a-programmes-numbered-project-that-acts", "a-numbered-sub-project-that-acts", "projects-counting-works"],
)
def test_a_programmes_numbered_part_before_a_verb_is_a_label(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_YEARS_TABLE = ("Một số chỉ tiêu chủ yếu của huyện như sau:\nChỉ tiêu\nĐơn vị tính\n2021\n2022\n{last}\n"
                "Giá trị sản xuất nông nghiệp\nTỷ đồng\n1.250\n1.318\n1.402\n"
                "Tỷ lệ hộ nghèo\n%\n5,2\n4,6\n3,9\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_YEARS_TABLE.format(last="2023"), "1.250", {"unit": "VND", "kind": "amount", "period": "2021"}),
        (_YEARS_TABLE.format(last="2023"), "3,9", {"unit": "percent", "qualifier": "exact", "period": "2023"}),
        (_YEARS_TABLE.format(last="Ước 2023"), "1.402", {"unit": "VND", "qualifier": "estimated", "period": "2023"}),
        ("Chỉ tiêu\nĐơn vị tính\n2024\nSản lượng lúa\nNghìn tấn\n47,1\n", "47,1", {"period": None}),
    ],
    ids=["a-bare-year-heads-its-column", "the-last-bare-year-of-the-run", "a-run-ending-in-an-estimate",
         "a-lone-year-heads-no-column"],
)
def test_a_flattened_summary_headed_by_bare_years(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SPAN_AFTER_A_SOURCE = ("{opener}giai đoạn 2020-2024, giá trị sản xuất công nghiệp tăng bình quân 9,1%/năm; năm 2022 "
                        "có mức tăng cao nhất với 11,4%. Năm 2024, giá trị sản xuất công nghiệp đạt 21.350 tỷ đồng; "
                        "kim ngạch xuất khẩu năm 2024 đạt 412 triệu USD.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SPAN_AFTER_A_SOURCE.format(opener="Theo Cục Thống kê tỉnh, "), "11,4%", {"role": "actual", "period": "2022"}),
        (_SPAN_AFTER_A_SOURCE.format(opener="Theo báo cáo của Sở Công Thương, "), "11,4%",
         {"role": "actual", "period": "2022"}),
        (_SPAN_AFTER_A_SOURCE.format(opener=""), "11,4%", {"role": "actual", "period": "2022"}),
        (_SPAN_AFTER_A_SOURCE.format(opener="Trong năm 2023, "), "11,4%", {"role": "context", "period": "2022"}),
    ],
    ids=["a-source-before-the-span", "a-report-as-the-source", "no-source-before-the-span",
         "a-year-opening-the-sentence-is-no-source"],
)
def test_a_span_opening_a_sentence_after_its_source_holds_its_years_results(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_NINE_MONTHS = "BÁO CÁO\n\nI. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2024\n\n1. Nông nghiệp\n\n"
_LAST_QUARTER = ("BÁO CÁO\n\nI. KẾT QUẢ 9 THÁNG\n\nGiá trị xuất khẩu đạt 120 triệu USD.\n\n"
                 "II. NHIỆM VỤ 3 THÁNG CUỐI NĂM 2024\n\n")


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (_NINE_MONTHS + "Sản lượng thủy sản 9 tháng đạt 41.300 tấn; ước cả năm đạt 55.800 tấn, bằng 101,5% kế hoạch.",
         "55.800", "2024"),
        (_NINE_MONTHS + "Sản lượng thủy sản 9 tháng đạt 41.300 tấn; ước cả năm đạt 55.800 tấn, bằng 101,5% kế hoạch.",
         "101,5%", "2024"),
        (_NINE_MONTHS + "Dự kiến cả năm thu ngân sách trên địa bàn đạt 318 tỷ đồng.", "318", "2024"),
        (_LAST_QUARTER + "1. Phấn đấu thu ngân sách cả năm đạt ít nhất 320 tỷ đồng.", "320", "2024"),
        (_NINE_MONTHS + "Sản lượng thủy sản 9 tháng đạt 41.300 tấn; ước cả năm đạt 55.800 tấn.", "41.300", None),
        (_NINE_MONTHS + "Kim ngạch xuất khẩu cả năm của huyện xếp thứ 3/10 huyện trong tỉnh.", "3/10", None),
        (_NINE_MONTHS + "Ước cả năm đạt 55.800 tấn, trong đó 9 tháng đạt 41.300 tấn.", "41.300", None),
        ("Kim ngạch xuất khẩu ước cả năm đạt 55 triệu USD.", "55", None),
    ],
    ids=["an-estimate-of-the-whole-year", "a-ratio-after-it", "a-forecast-opening-its-sentence",
         "a-target-of-the-whole-year", "the-months-before-it", "a-rank-stated-of-the-whole-year",
         "months-named-after-the-whole-year", "no-heading-counting-months"],
)
def test_the_whole_year_under_a_heading_counting_months_is_that_year(text, surface, period):
    assert figure_at(text, surface)["period"] == period


_FIVE_YEAR_TARGETS = "NGHỊ QUYẾT\nVề kế hoạch đầu tư công giai đoạn 2021 - 2025\n\nĐiều 1. Chỉ tiêu chủ yếu\n"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (_FIVE_YEAR_TARGETS + "- Tổng vốn đầu tư công 5 năm đạt khoảng 42.000 tỷ đồng.", ["42.000"]),
        (_FIVE_YEAR_TARGETS + "- Xây mới 1.200 phòng học trong 5 năm; cứng hóa 850 km đường.", ["1.200", "850"]),
        (_FIVE_YEAR_TARGETS + "- Tổng kết 5 năm thực hiện Nghị quyết, biểu dương 40 tập thể.", ["5", "40"]),
        (_FIVE_YEAR_TARGETS + "- Thu ngân sách đạt mức cao nhất trong 5 năm gần đây.", ["5"]),
        ("NGHỊ QUYẾT\nVề quy hoạch tỉnh giai đoạn 2021 - 2030\n\n- Xây mới 1.200 phòng học trong 5 năm.",
         ["1.200", "5"]),
        ("Căn cứ Nghị quyết về kế hoạch giai đoạn 2021 - 2025;\n- Xây mới 1.200 phòng học trong 5 năm.",
         ["1.200", "5"]),
    ],
    ids=["a-total-over-the-span", "trong-ending-a-clause", "the-years-of-what-is-reviewed", "recent-years",
         "a-span-of-other-years", "a-span-named-in-a-basis-line"],
)
def test_as_many_years_as_the_span_a_heading_names_are_its_period(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_TAB_TABLE = ("Một số chỉ tiêu chủ yếu như sau:\n\n"
              "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tThực hiện năm 2024\tSo KH (%)\n"
              "1\tSản lượng thủy sản\tTấn\t2.400\t2.515,5\t104,8\n"
              "2\tTỷ lệ hộ dùng nước sạch\t%\t88\t90,2\t\n"
              "3\tVốn đầu tư toàn xã hội\tTỷ đồng\t310\t296\t95,5\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TAB_TABLE, "2.400", {"value": 2400.0, "unit": "tonne", "role": "plan", "period": "2024"}),
        (_TAB_TABLE, "2.515,5", {"value": 2515.5, "unit": "tonne", "role": "actual", "period": "2024"}),
        (_TAB_TABLE, "104,8", {"unit": "percent", "kind": "plan_ratio", "base": "plan"}),
        (_TAB_TABLE, "90,2", {"unit": "percent", "role": "actual", "period": "2024"}),
        (_TAB_TABLE, "310", {"value": 310e9, "unit": "VND", "role": "plan"}),
        ("Năm 2024, sản lượng thủy sản đạt 2.515 tấn,\ttăng 4,8% so với năm 2023.", "2.515",
         {"value": 2515.0, "unit": "tonne", "role": "actual"}),
    ],
    ids=["a-plan-cell-takes-its-rows-unit", "a-result-cell", "a-ratio-cell", "a-row-ending-in-an-empty-cell",
         "a-money-cell", "prose-with-one-stray-tab-stays-prose"],
)
def test_a_tab_separated_row_is_a_table_row(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (_TAB_TABLE, ["2.400", "2.515,5", "104,8", "88", "90,2", "310", "296", "95,5"]),
        ("Năm 2024, sản lượng thủy sản đạt 2.515 tấn,\ttăng 4,8% so với năm 2023.", ["2.515", "4,8%"]),
    ],
    ids=["row-numbers-are-no-figures", "prose-with-one-stray-tab"],
)
def test_a_tab_separated_tables_row_numbers_are_set_aside(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


# A report's text copied out of a PDF without its layout: its paragraphs broken into lines at a width.
_WRAPPED = ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n"
            "1. Thu, chi ngân sách\n"
            "Năm 2025, tổng thu ngân sách nhà nước trên địa bàn huyện ước thực hiện được 2.318\n"
            "tỷ đồng, bằng 107,4% dự toán tỉnh giao, tăng 8,6% so với năm 2024; tổng chi ngân\n"
            "sách địa phương 1.960 tỷ đồng. Giá trị sản xuất nông nghiệp ước đạt 4.120 tỷ đồng, tăng\n"
            "3,9%. Sản lượng lương thực có hạt đạt 61.250 tấn, diện tích trồng rừng mới đạt\n"
            "1.150 ha. Toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã\n"
            "đạt chuẩn lên 9 xã.\n"
            "Điều 2. Mục tiêu tổng quát và các chỉ tiêu chủ yếu năm 2026 của huyện được giao\n"
            "Tổng thu ngân sách phấn đấu đạt 2.500 tỷ đồng.\n")
_FLAT = ("Một số chỉ tiêu chủ yếu của ngành nông nghiệp tỉnh trong năm 2024 như sau\n"
         "Chỉ tiêu\nĐơn vị tính\nNăm 2024\n"
         "Diện tích gieo trồng cây hàng năm trên địa bàn toàn tỉnh\nha\n85.420\n"
         "Sản lượng lương thực có hạt của các huyện vùng cao\ntấn\n101.250\n"
         "Diện tích trồng rừng tập trung của các chủ rừng nhà nước\nha\n3.150\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_WRAPPED, "2.318", {"value": 2318e9, "unit": "VND", "qualifier": "estimated", "period": "2025"}),
        (_WRAPPED, "107,4%", {"kind": "plan_ratio", "base": "provincial_estimate"}),
        (_WRAPPED, "1.960", {"value": 1960e9, "unit": "VND"}),
        (_WRAPPED, "3,9%", {"kind": "growth", "direction": "up"}),
        (_WRAPPED, "1.150", {"value": 1150.0, "unit": "ha"}),
        (_WRAPPED, "2.500", {"role": "plan", "period": "2026"}),
        (_FLAT, "85.420", {"unit": "ha", "period": "2024"}),
        (_FLAT, "101.250", {"unit": "tonne", "period": "2024"}),
    ],
    ids=["a-number-at-a-lines-end-takes-its-unit-below", "a-ratio-reads-its-base-across-the-break",
         "a-subject-split-over-two-lines", "a-change-word-ending-its-line", "a-unit-after-a-short-last-line",
         "a-numbered-heading-before-a-capital-keeps-its-line", "a-flattened-tables-cell-is-no-wrapped-line",
         "a-flattened-tables-long-label-keeps-its-unit-cell"],
)
def test_a_text_broken_into_lines_at_a_width_reads_as_its_paragraphs(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_PAGES = ("kinh tế - xã hội của huyện tiếp tục phát triển, tổng giá trị sản xuất tăng 8,2% so\n"
          "với năm 2024, thu nhập bình quân đầu người ước đạt 62,5 triệu đồng/người/năm.\n"
          "2\n"
          "Báo cáo số 215/BC-UBND ngày 12/12/2025 về tình hình kinh tế - xã hội năm 2025\n"
          "2. Văn hóa - xã hội\n"
          "Tỷ lệ hộ nghèo giảm còn 4,1%, giảm 1,2 điểm phần trăm so với cuối năm 2024; có 3\n"
          "xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 9 xã, hoàn thành tuyến ĐH 45.\n"
          "3\n"
          "Báo cáo số 215/BC-UBND ngày 12/12/2025 về tình hình kinh tế - xã hội năm 2025\n"
          "3. Quốc phòng - an ninh\n")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (_PAGES, ["8,2%", "62,5", "4,1%", "1,2", "3", "9"]),
        ("Số xã đạt chuẩn nông thôn mới của huyện tính đến hết năm 2025\n2\n"
         "Số xã đạt chuẩn nông thôn mới nâng cao của huyện đến năm 2025\n5\n", ["2", "5"]),
    ],
    ids=["page-numbers-beside-a-running-title-and-a-district-roads-number", "lone-numbers-beside-labels-met-once"],
)
def test_a_page_number_beside_a_running_title_is_no_figure(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_SPACED_TABLE = ("Biểu 02: Kết quả thực hiện một số chỉ tiêu năm 2024\n\n"
                 "TT   Chỉ tiêu                        Đơn vị tính   Kế hoạch 2024   Thực hiện 2024   So KH (%)\n"
                 "1    Sản lượng lương thực            Tấn                  52.000         53.140,5       102,2\n"
                 "2    Số xã đạt chuẩn nông thôn mới   Xã                       12               11        91,7\n"
                 "3    Tỷ lệ hộ dùng nước sạch         %                        95                         -\n")
_SPACED_TWO_LINE_HEADER = (
    "Tình hình thu ngân sách và việc làm như sau:\n\n"
    "Chỉ tiêu                         ĐVT          Năm 2023     Ước TH      So sánh\n"
    "                                                          năm 2024      (%)\n"
    "Tổng thu ngân sách nhà nước      Tỷ đồng       1.820      2.046,3       112,4\n"
    "  trên địa bàn\n"
    "Số lao động được tạo việc làm    Người         3.150        3.420       108,6\n")
_SPACED_TALL_ROWS = ("Đơn vị tính: triệu đồng\n"
                     "Nội dung                            Dự toán năm 2025    Thực hiện 6 tháng    Tỷ lệ (%)\n"
                     "\n"
                     "Thu tiền sử dụng đất                           120.000               48.250         40,2\n"
                     "\n"
                     "Thu thuế công thương nghiệp ngoài quốc        85.400               41.900         49,1\n"
                     "doanh\n"
                     "Thu phí, lệ phí                                 12.300                6.870         55,9\n")
_SPACED_YEARS = ("Bảng 3. Một số chỉ tiêu dân số giai đoạn 2022 - 2024\n\n"
                 "Chỉ tiêu                      Đơn vị           2022        2023        2024\n"
                 "Dân số trung bình             Nghìn người     612,4       618,9       625,1\n"
                 "Số trường học                 Trường            214         212         209\n")
_JUSTIFIED_PROSE = ("Năm 2024, sản lượng lúa  cả năm đạt 12.450 tấn,  tăng 3,2% so với năm 2023; đàn\n"
                    "trâu, bò  hiện có 8.420 con,  giảm 1,5% so với cùng kỳ; đàn lợn đạt  12.300\n"
                    "con,  tăng 4,1%  so với cùng kỳ năm trước.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SPACED_TABLE, "52.000", {"value": 52000.0, "unit": "tonne", "role": "plan", "period": "2024"}),
        (_SPACED_TABLE, "53.140,5", {"value": 53140.5, "unit": "tonne", "role": "actual", "period": "2024"}),
        (_SPACED_TABLE, "102,2", {"unit": "percent", "kind": "plan_ratio", "base": "plan"}),
        (_SPACED_TABLE, "11", {"unit": "count", "counted": "Xã", "role": "actual"}),
        (_SPACED_TABLE, "95", {"unit": "percent", "role": "plan", "period": "2024"}),
        (_SPACED_TWO_LINE_HEADER, "1.820", {"value": 1.82e12, "unit": "VND", "period": "2023"}),
        (_SPACED_TWO_LINE_HEADER, "2.046,3", {"value": 2.0463e12, "qualifier": "estimated", "period": "2024"}),
        (_SPACED_TWO_LINE_HEADER, "108,6", {"unit": "percent", "kind": "plan_ratio"}),
        (_SPACED_TWO_LINE_HEADER, "3.420", {"unit": "count", "counted": "Người", "period": "2024"}),
        (_SPACED_TALL_ROWS, "120.000", {"value": 1.2e11, "unit": "VND", "role": "plan", "period": "2025"}),
        (_SPACED_TALL_ROWS, "41.900", {"value": 4.19e10, "unit": "VND", "role": "actual", "period": "2025-H1"}),
        (_SPACED_TALL_ROWS, "49,1", {"unit": "percent", "kind": "plan_ratio", "base": "plan"}),
        (_SPACED_TALL_ROWS, "6.870", {"subject": "Thu phí, lệ phí", "unit": "VND"}),
        (_SPACED_YEARS, "618,9", {"value": 618900.0, "unit": "count", "period": "2023"}),
        (_SPACED_YEARS, "209", {"unit": "count", "counted": "Trường", "period": "2024"}),
        (_JUSTIFIED_PROSE, "12.450", {"value": 12450.0, "unit": "tonne", "kind": "amount"}),
        (_JUSTIFIED_PROSE, "12.300", {"value": 12300.0, "unit": "count", "counted": "con"}),
    ],
    ids=["a-plan-cell-under-a-one-line-header", "a-result-cell", "a-ratio-cell", "a-count-cell-of-its-rows-unit",
         "a-row-with-an-empty-cell", "a-cell-under-a-two-line-header", "an-estimate-column-named-over-two-lines",
         "a-comparison-named-over-two-lines", "a-row-under-a-label-carried-on", "the-unit-line-over-blank-lines",
         "a-row-after-a-blank-line", "a-ratio-of-a-row-whose-label-goes-on-in-lower-case",
         "a-row-after-a-label-carried-on-unindented", "a-header-of-bare-years", "a-count-under-the-last-year",
         "justified-prose-stays-prose",
         "a-number-wrapped-before-its-unit-stays-prose"],
)
def test_a_table_laid_out_by_spaces_is_read_by_its_columns(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (_SPACED_TABLE, ["52.000", "53.140,5", "102,2", "12", "11", "91,7", "95"]),
        (_JUSTIFIED_PROSE, ["12.450", "3,2%", "8.420", "1,5%", "12.300", "4,1%"]),
    ],
    ids=["row-numbers-are-no-figures", "justified-prose"],
)
def test_a_table_laid_out_by_spaces_sets_its_row_numbers_aside(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_NEWEST_FIRST_FLAT = ("Bảng 3. Một số chỉ tiêu nông nghiệp\nChỉ tiêu\nĐơn vị tính\n2023\n2022\n2021\n"
                      "Sản lượng lương thực\nNghìn tấn\n312,4\n305,1\n298,7\n"
                      "Diện tích rừng trồng mới\nha\n1.250\n1.180\n1.320\n")
_NEWEST_FIRST_PIPED = ("Bảng 3. Một số chỉ tiêu nông nghiệp\nChỉ tiêu | Đơn vị tính | 2023 | 2022 | 2021\n"
                       "Sản lượng lương thực | Nghìn tấn | 312,4 | 305,1 | 298,7\n"
                       "Diện tích rừng trồng mới | ha | 1.250 | 1.180 | 1.320\n")
_ROW_PER_YEAR_FLAT = ("Bảng 4. Lao động và việc làm\nNăm\nLực lượng lao động (nghìn người)\nTỷ lệ thất nghiệp (%)\n"
                      "Mật độ lao động (người/km2)\n2021\n512,3\n1,85\n74\n2022\n518,9\n1,72\n75\n")
_ROW_PER_YEAR_PIPED = ("Bảng 4. Lao động và việc làm\n"
                       "Năm | Lực lượng lao động (nghìn người) | Tỷ lệ thất nghiệp (%)"
                       " | Số lao động được tạo việc làm (người)\n"
                       "2021 | 512,3 | 1,85 | 14.200\n2022 | 518,9 | 1,72 | 15.100\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_NEWEST_FIRST_FLAT, "312,4", {"value": 312400.0, "unit": "tonne", "period": "2023"}),
        (_NEWEST_FIRST_FLAT, "298,7", {"value": 298700.0, "unit": "tonne", "period": "2021"}),
        (_NEWEST_FIRST_FLAT, "1.320", {"value": 1320.0, "unit": "ha", "period": "2021"}),
        (_NEWEST_FIRST_PIPED, "305,1", {"value": 305100.0, "unit": "tonne", "period": "2022"}),
        (_ROW_PER_YEAR_FLAT, "518,9", {"value": 518900.0, "unit": "count", "period": "2022"}),
        (_ROW_PER_YEAR_FLAT, "1,72", {"unit": "percent", "period": "2022"}),
        (_ROW_PER_YEAR_FLAT, "75", {"value": 75.0, "unit": "count", "period": "2022"}),
        (_ROW_PER_YEAR_PIPED, "518,9", {"value": 518900.0, "unit": "count", "period": "2022"}),
        (_ROW_PER_YEAR_PIPED, "14.200", {"value": 14200.0, "unit": "count", "period": "2021"}),
    ],
    ids=["flat-newest-year-first", "flat-oldest-year-last", "flat-second-row", "piped-newest-first",
         "flat-row-per-year", "flat-row-per-year-percent-header", "flat-header-unit-with-a-power",
         "piped-row-per-year", "piped-row-per-year-counted-header"],
)
def test_a_statistical_tables_years_run_either_way_or_down_its_rows(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (_NEWEST_FIRST_FLAT, ["312,4", "305,1", "298,7", "1.250", "1.180", "1.320"]),
        (_ROW_PER_YEAR_FLAT, ["512,3", "1,85", "74", "518,9", "1,72", "75"]),
        ("Năm 2023, toàn tỉnh có 512,3 nghìn lao động.\nNăm\n2024\nlà năm bản lề.", ["512,3"]),
    ],
    ids=["year-headers-are-no-figures", "year-labels-are-no-figures", "a-year-word-in-prose-opens-no-table"],
)
def test_the_years_heading_a_statistical_table_are_no_figures(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_GROWTH_RATE_COLUMN = ("Bảng 5. Dân số\nNăm | Dân số trung bình (nghìn người) | Tỷ lệ tăng dân số (%)"
                       " | Tỷ lệ hộ nghèo (%)\n2022 | 512,3 | 1,26 | 9,85\n2023 | 518,9 | 1,24 | 8,10\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_GROWTH_RATE_COLUMN, "1,26", {"unit": "percent", "kind": "growth", "period": "2022"}),
        (_GROWTH_RATE_COLUMN, "1,24", {"unit": "percent", "kind": "growth", "period": "2023"}),
        (_GROWTH_RATE_COLUMN, "9,85", {"unit": "percent", "kind": "share", "period": "2022"}),
        ("Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024\nTỷ lệ tăng dân số tự nhiên | % | 0,95 | 0,91\n",
         "0,91", {"unit": "percent", "period": "2024"}),
    ],
    ids=["a-rate-of-increase-column", "its-next-row", "a-rate-column-of-no-increase-is-a-share",
         "a-rate-of-increase-row-under-year-columns"],
)
def test_a_column_of_a_rate_of_increase_holds_growths(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ROW_PER_YEAR_FLAT, "518,9", {"subject": "Lực lượng lao động"}),
        (_ROW_PER_YEAR_FLAT, "1,72", {"subject": "Tỷ lệ thất nghiệp"}),
        (_ROW_PER_YEAR_PIPED, "15.100", {"subject": "Số lao động được tạo việc làm"}),
        (_NEWEST_FIRST_PIPED, "305,1", {"subject": "Sản lượng lương thực"}),
    ],
    ids=["flat-row-per-year", "flat-row-per-year-percent", "piped-row-per-year",
         "a-row-of-an-indicator-keeps-its-label"],
)
def test_a_cell_of_a_row_per_year_is_of_its_columns_indicator(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


# A report converted to Markdown, as a pipeline stores it: headings, bold, links and a pipe table.
_MARKDOWN = ("## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n\n"
             "### 1. Kinh tế\n\n"
             "Tổng giá trị sản xuất ước đạt **8.420 tỷ đồng**, tăng **7,6%** so với năm 2024 "
             "([chi tiết](https://thongke.example.vn/2025/12/bao-cao-15.html)).\n\n"
             "| TT | Chỉ tiêu | ĐVT | TH 2024 | KH 2025 | ƯTH 2025 |\n"
             "|:---|:---|:---:|---:|---:|---:|\n"
             "| 1 | Sản lượng lương thực | Tấn | 58.300 | 59.000 | 59.640 |\n"
             "| 2 | Tỷ lệ hộ nghèo | % | 3,8 |  | 3,1 |\n\n"
             "## II. NHIỆM VỤ NĂM 2026\n\n"
             "1\\. Tổng giá trị sản xuất tăng 8% trở lên.\n")
_SPACED_RULE = ("| Chỉ tiêu | Đơn vị tính | Quý I/2024 | Quý I/2025 |\n"
                "| --- | --- | --- | --- |\n"
                "| Kim ngạch xuất khẩu | Triệu USD | 1.012 | 1.138 |\n"
                "| Khách du lịch | Nghìn lượt | 612 | 695 |\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_MARKDOWN, "8.420", {"value": 8420e9, "unit": "VND", "qualifier": "estimated", "period": "2025"}),
        (_MARKDOWN, "7,6%", {"kind": "growth", "base": "2024", "period": "2025"}),
        (_MARKDOWN, "58.300", {"unit": "tonne", "role": "actual", "period": "2024"}),
        (_MARKDOWN, "59.000", {"unit": "tonne", "role": "plan", "period": "2025"}),
        (_MARKDOWN, "59.640", {"unit": "tonne", "qualifier": "estimated", "period": "2025"}),
        (_MARKDOWN, "3,1", {"unit": "percent", "qualifier": "estimated", "period": "2025"}),
        (_MARKDOWN, "8%", {"role": "plan", "period": "2026"}),
        (_SPACED_RULE, "1.012", {"value": 1012e6, "unit": "USD", "period": "2024-Q1"}),
        (_SPACED_RULE, "695", {"value": 695e3, "period": "2025-Q1"}),
    ],
    ids=["a-bold-amount-under-a-marked-heading", "a-bold-growth", "a-cell-of-a-pipe-table-under-its-rule-line",
         "a-plan-cell", "an-estimate-cell", "a-cell-after-an-empty-one", "an-escaped-list-number-of-targets",
         "a-rule-line-of-dashes-between-spaced-bars", "the-last-row"],
)
def test_a_report_converted_to_markdown_reads_as_its_text(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (_MARKDOWN, ["8.420", "7,6%", "58.300", "59.000", "59.640", "3,8", "3,1", "8%"]),
        ("Giá 5 * 3 m, diện tích **15 m2**.\n", ["5", "3", "15"]),
    ],
    ids=["headings-links-row-numbers-and-the-list-number-are-no-figures", "a-lone-star-is-no-markup"],
)
def test_markdowns_marks_and_addresses_are_no_figures(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tổng sản phẩm quý I/2025 tăng 7,1% so với cùng kỳ năm 2024; thu ngân sách quý I/2025 đạt 3.382 tỷ đồng, "
         "bằng 28,6% dự toán năm, cao hơn cùng kỳ năm 2024; vốn đầu tư công quý I/2025 giải ngân 815 tỷ đồng, "
         "bằng 17,2% kế hoạch năm, trong khi cùng kỳ năm 2024 giải ngân 742 tỷ đồng.",
         "815", {"role": "actual", "period": "2025-Q1"}),
        ("Năm 2025, thành phố hoàn thành 1.824 căn nhà ở xã hội, đạt 84,8% chỉ tiêu năm 2025. Năm 2026 khởi công "
         "4 dự án, hoàn thành 2.100 căn vào năm 2026.",
         "1.824", {"role": "actual", "period": "2025"}),
    ],
    ids=["the-same-time-of-a-year-before-is-no-reports-year", "the-years-it-names-still-decide"],
)
def test_a_reports_year_is_not_the_year_it_compares_with(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_GRID = """Đơn vị: triệu đồng

+--------------------------+--------------+--------------+-----------+
| Chỉ tiêu                 | Kế hoạch     | Thực hiện    | So sánh   |
|                          | năm 2024     | năm 2024     | (%)       |
+==========================+==============+==============+===========+
| A                        | 1            | 2            | 3=2/1     |
+--------------------------+--------------+--------------+-----------+
| Thu phí, lệ phí và các   | 64.200       | 70.150       | 109,3     |
| khoản thu khác           |              |              |           |
+--------------------------+--------------+--------------+-----------+
| Chi sự nghiệp y tế       | 212.500      | 205.870      | 96,9      |
+--------------------------+--------------+--------------+-----------+
"""


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_GRID, "64.200", {"value": 64200e6, "unit": "VND", "role": "plan", "period": "2024"}),
        (_GRID, "70.150", {"value": 70150e6, "unit": "VND", "role": "actual", "period": "2024"}),
        (_GRID, "109,3", {"unit": "percent", "kind": "plan_ratio"}),
        (_GRID, "205.870", {"value": 205870e6, "role": "actual"}),
    ],
    ids=["a-grid-row-over-two-lines", "its-actual-cell", "its-comparison-cell", "a-grid-row-on-one-line"],
)
def test_a_grid_tables_row_reads_over_its_lines(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (_GRID, ["64.200", "70.150", "109,3", "212.500", "205.870", "96,9"]),
        ("+ Thu ngân sách đạt 5.120 tỷ đồng, chi 4.870 tỷ đồng.\n+--+ là dấu của một đường kẻ.\n"
         "Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện năm 2024\nThu ngân sách (tỷ đồng) | 5.000 | 5.120\n",
         ["5.120", "4.870", "5.000", "5.120"]),
    ],
    ids=["border-lines-header-years-and-keys-are-no-figures", "a-plus-in-prose-is-no-border"],
)
def test_a_grid_tables_borders_are_nothing(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_SIMPLE_TABLE = """Biểu: MỘT SỐ CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024

  STT  Chỉ tiêu                    ĐVT      KH năm 2024  TH 6 tháng  % KH năm  % SCK
  ---- --------------------------- -------- ------------ ----------- --------- ------
  1    Tổng vốn đầu tư phát triển  Tỷ đồng  4.150        1.962       47,3      106,2
       trên địa bàn
  2    Số doanh nghiệp thành lập   DN       120          58          48,3      92,1
       mới
  --------------------------------------------------------------------------------
"""


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SIMPLE_TABLE, "4.150", {"value": 4150e9, "unit": "VND", "role": "plan", "period": "2024"}),
        (_SIMPLE_TABLE, "1.962", {"value": 1962e9, "unit": "VND", "role": "actual", "period": "2024-H1"}),
        (_SIMPLE_TABLE, "106,2", {"kind": "plan_ratio", "base": "previous_year"}),
        (_SIMPLE_TABLE, "92,1", {"kind": "plan_ratio", "base": "previous_year"}),
    ],
    ids=["the-first-row-under-the-dash-groups", "its-actual-cell", "its-cell-against-the-same-time-before",
         "the-next-rows-cell"],
)
def test_a_simple_tables_dash_groups_part_its_header_from_its_rows(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  ---- ------------ -----", True),
        ("--- ---", True),
        ("  ------------------------", False),
        ("  1    Tổng vốn  --  4.150", False),
    ],
    ids=["dash-groups-under-columns", "two-short-groups", "one-closing-dash-line", "a-row-with-a-dash"],
)
def test_dash_groups(line, expected):
    from solieu.extract.tables import dash_groups
    assert dash_groups(line, 0, len(line)) is expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Khu đô thị Nam Sơn 3 hoàn thành hạ tầng kỹ thuật, đón 120 hộ dân đến ở.", ["120"]),
        ("Khu công nghiệp Tân Hòa 1 đã tiếp nhận 14 dự án mới.", ["14"]),
        ("Khu công nghiệp Tân Hòa có 52 doanh nghiệp đang hoạt động.", ["52"]),
    ],
    ids=["a-name-before-its-verb", "a-name-before-an-adverb", "a-count-after-a-name-and-its-verb"],
)
def test_a_names_number_before_its_verb_is_no_figure(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces



@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("- Phấn đấu giảm từ 5 đến 10% tai nạn giao thông trên cả 3 tiêu chí so với năm 2023.", ["5 đến 10%"]),
        ("- Phấn đấu giảm tai nạn giao thông trên cả 3 tiêu\n  chí so với năm 2023.", []),
        ("Năm 2024, xã đạt thêm 3 tiêu chí, nâng tổng số lên 17 tiêu chí.", ["3", "17"]),
    ],
    ids=["the-whole-set-a-fall-is-measured-over", "its-words-wrapped-over-a-line", "criteria-attained-are-counted"],
)
def test_the_whole_set_a_change_is_measured_over_is_no_figure(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_INDENTED = (
    "Kinh tế\n\n"
    "   Năm 2025, tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt khoảng 412\n"
    "   tỷ đồng, tăng 9,4% so với năm trước; vốn đầu tư toàn xã hội đạt 2.130 tỷ\n"
    "   đồng, bằng 104,2% kế hoạch; thu nhập bình quân đầu người đạt khoảng 71,5\n"
    "   triệu đồng/người/năm, tăng 4,8 triệu đồng so với năm trước.\n\n"
    "   Các xã đã thực hiện hỗ trợ cho 1.250 hộ nghèo và cận nghèo trong năm nay, chi\n"
    "   tổng cộng 18,5 tỷ đồng từ nguồn ngân sách của tỉnh và nguồn xã hội hóa.\n"
)
_NESTED = (
    "   Kết quả thực hiện các chỉ tiêu chủ yếu của huyện trong năm 2025 như sau gồm\n"
    "      tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt khoảng 412 tỷ đồng\n"
    "   vốn đầu tư toàn xã hội đạt 2.130 tỷ đồng, bằng 104,2% kế hoạch năm giao cho\n"
    "      các xã trong huyện thực hiện theo từng quý của năm 2025 vừa qua cụ thể\n"
    "   thu nhập bình quân đầu người đạt khoảng 71,5 triệu đồng/người/năm như trên\n"
    "      so với năm trước tăng 4,8 triệu đồng và cao hơn mức bình quân của tỉnh\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_INDENTED, "412", {"value": 412e9, "unit": "VND", "period": "2025"}),
        (_INDENTED, "2.130", {"value": 2130e9, "unit": "VND"}),
        (_INDENTED, "71,5", {"value": 71.5e6, "unit": "VND_per_person_per_year"}),
        (_INDENTED, "4,8", {"value": 4.8e6, "unit": "VND", "period": "2025"}),
    ],
    ids=["a-number-at-an-indented-lines-end-takes-its-scale-from-the-next", "a-unit-split-over-indented-lines",
         "a-rate-split-over-indented-lines", "a-year-read-through-the-paragraph"],
)
def test_a_paragraph_indented_as_a_whole_reads_through_its_line_breaks(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "soft"),
    [(_INDENTED, 4), (_NESTED, 0)],
    ids=["an-indented-paragraphs-lines-go-on", "lines-indented-deeper-than-the-one-before-are-no-paragraphs-lines"],
)
def test_indented_lines_go_on_only_under_a_line_as_indented(text, soft):
    from solieu.renditions.paragraphs import soft_breaks

    assert len(soft_breaks(text)) == soft


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Ảnh: https://sonla.gov.vn/Uploads/2024/05/17/hoi-nghi-3301.jpg. Tổng thu đạt 1.245 tỷ đồng.\n", ["1.245"]),
        ("Xem thêm tại www.baohagiang.vn/kinh-te/202406/thu-ngan-sach-815.html, thu đạt 815 tỷ đồng.\n", ["815"]),
        ("   5. https://baolaocai.vn/print/128841.aspx\n   6. https://baolaocai.vn/share/128841.aspx\n", []),
        ("Giai đoạn 2021-2025 tăng 12,4%/năm; sản lượng 2,5/3 triệu tấn.\n", ["12,4%", "2,5/3"]),
    ],
    ids=["a-number-in-an-images-address", "a-number-in-an-address-opening-with-www", "a-browsers-list-of-references",
         "a-range-and-a-ratio-are-no-address"],
)
def test_numbers_inside_a_web_address_are_no_figures(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_QUOTED_PLAN = ("Phát biểu tại hội nghị sơ kết 6 tháng đầu năm 2025, Giám đốc Sở Công Thương cho biết: “Năm 2026, "
                "ngành phấn đấu giá trị sản xuất công nghiệp tăng 9%; kim ngạch xuất khẩu đạt 850 triệu USD; "
                "thu hút thêm ít nhất 12 dự án”.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_QUOTED_PLAN, "9%", {"role": "plan", "period": "2026"}),
        (_QUOTED_PLAN, "850", {"role": "plan", "period": "2026"}),
        (_QUOTED_PLAN, "12", {"period": "2026"}),
        ("Năm 2025, toàn tỉnh trồng mới 1.200 ha rừng, theo kế hoạch: hoàn thành 86 công trình; "
         "giải ngân 2.300 tỷ đồng.", "2.300", {"period": "2025"}),
    ],
    ids=["a-quotes-opening-year-after-a-colon", "its-clause-after-a-semicolon", "its-last-clause",
         "no-year-after-the-colon-the-openers-year-speaks"],
)
def test_a_year_opening_a_quote_speaks_for_what_is_said(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tổng sản phẩm trên địa bàn năm 2025 ước tăng trưởng 7,8% so với năm 2024.", "7,8%",
         {"qualifier": "estimated"}),
        ("Ngành công nghiệp 9 tháng ước tăng trưởng khoảng 11,2%.", "11,2%", {"qualifier": "approx"}),
        ("Năm 2025, kinh tế của tỉnh tăng trưởng 6,9%, cao hơn năm trước.", "6,9%", {"qualifier": "exact"}),
    ],
    ids=["an-estimate-word-before-tang-truong", "a-nearer-qualifier-decides", "tang-truong-alone-is-no-estimate"],
)
def test_an_estimate_word_reaches_its_number_past_tang_truong(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2025, tham gia Chương trình phát triển 500 hợp tác xã kiểu mới đến năm 2030, năm 2025 huyện đã thực "
         "hiện 84 hợp tác xã.", "84", {"role": "actual"}),
        ("Năm 2025, tham gia Chương trình phát triển 500 hợp tác xã kiểu mới đến năm 2030, năm\n"
         "   2025 huyện đã thực hiện 84 hợp tác xã, vượt 9 hợp tác xã.", "84", {"role": "actual"}),
        ("Năm 2025, huyện tham gia Chương trình phát triển hợp tác xã đến năm 2030, trong đó đến năm 2030 sẽ "
         "thực hiện 500 hợp tác xã.", "500", {"role": "plan"}),
    ],
    ids=["done-in-the-reports-year-toward-a-later-target", "its-year-split-from-its-word-by-a-line-break",
         "to-be-done-by-the-later-year"],
)
def test_what_a_year_no_later_than_the_reports_has_done_is_a_result(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SPACED_CLEAN = ("Tổng thu ngân sách nhà nước trên địa bàn đạt 1.178 tỷ đồng, bằng 128% dự toán, tăng 6,2% so với "
                 "năm 2021.\nThu nhập bình quân đầu người đạt 45,6 triệu đồng/người/năm.\n")


@pytest.mark.parametrize(
    "text",
    [
        _SPACED_CLEAN.replace(" 1.178 ", "\xa01.178\xa0").replace(" 45,6", "\u202f45,6"),
        _SPACED_CLEAN.replace(" 1.178 ", "&nbsp;1.178&#160;").replace(" 6,2%", "&nbsp;6,2%"),
        _SPACED_CLEAN.replace("ngân sách", "ngân  sách").replace("đạt 45,6", "đạt   45,6").replace(", tăng", ",  tăng"),
        _SPACED_CLEAN.replace("ngân sách", "ngân\u200b sách").replace("dự toán", "dự to\xadán"),
        _SPACED_CLEAN.replace("\n", "\n\n"),
    ],
    ids=["no-break-and-narrow-spaces", "no-break-spaces-left-as-html-entities", "runs-of-spaces",
         "zero-width-spaces-and-soft-hyphens",
         "a-blank-line-after-each-paragraph"],
)
def test_a_texts_spacing_reads_as_one_space_and_one_break(text):
    names = ("value", "unit", "kind", "base", "role", "period", "subject")
    clean = [{k: r[k] for k in names} for r in figures(_SPACED_CLEAN)]
    rows = figures(text)
    assert [{k: r[k] for k in names} for r in rows] == clean
    assert [r["surface"] == text[r["start"]:r["end"]] for r in rows] == [True] * len(rows)
    assert [r["sentence"].startswith(("Tổng", "Thu nhập")) for r in rows] == [True] * len(rows)


_LAID_OUT = (
    "Chỉ tiêu                         ĐVT        Năm 2024      Năm 2025\n"
    "Sản lượng lương thực             Tấn          68.500        70.120\n"
    "Thu ngân sách nhà nước           Tỷ đồng       235,2         251,4\n"
)
_GRID = (
    "Đơn vị: triệu đồng\n\n"
    "+------------------------------+----------------+----------------+\n"
    "| Nội dung                     | Dự toán        | Ước thực       |\n"
    "|                              | 2025           | hiện 2025      |\n"
    "+==============================+================+================+\n"
    "| Thu nội địa                  | 3.385.000      | 3.540.000      |\n"
    "+------------------------------+----------------+----------------+\n"
    "| Thu từ hoạt động xuất khẩu,  | 384.000        | 372.000        |\n"
    "| nhập khẩu                    |                |                |\n"
    "+------------------------------+----------------+----------------+\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_LAID_OUT, "70.120", {"value": 70120.0, "unit": "tonne", "period": "2025"}),
        (_LAID_OUT, "235,2", {"value": 235.2e9, "unit": "VND", "period": "2024"}),
        (_GRID, "372.000", {"value": 372e9, "unit": "VND", "role": "actual", "period": "2025",
                            "subject": "Thu từ hoạt động xuất khẩu, nhập khẩu"}),
    ],
    ids=["a-table-laid-out-by-spaces-keeps-its-columns", "its-unit-column", "a-grid-tables-bars-stay-in-columns"],
)
def test_runs_of_spaces_that_part_cells_stay(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SECTIONS = ("I. KINH TẾ\n\nThu ngân sách đạt 1.178 tỷ đồng.\nChi ngân sách 900 tỷ đồng.\nVốn đầu tư 300 tỷ đồng.\n"
             "Xuất khẩu 20 triệu USD.\n\nII. XÃ HỘI\n\nGiải quyết việc làm cho 2.100 lao động.")
_FLAT_CELLS = ("Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2024 của huyện như sau.\n"
               "Chỉ tiêu\nĐVT\nNăm 2023\nNăm 2024\nThu ngân sách\nTỷ đồng\n221,6\n235,2\n"
               "Sản lượng lương thực\nTấn\n66.900\n68.500\n"
               "Năm 2024, huyện giải quyết việc làm cho 2.100 lao động.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (_SECTIONS, _SECTIONS),
        (_SECTIONS.replace("\n", "\n\n"), _SECTIONS.replace("\n", "\n\n")),
        (_FLAT_CELLS.replace("\n", "\n\n"), _FLAT_CELLS.replace("\n", "\n\n", 1).replace(
            "68.500\n", "68.500\n\n")),
    ],
    ids=["blank-lines-between-sections-are-a-layout", "a-blank-line-beside-a-paragraph-or-heading-stays",
         "a-blank-line-after-every-cell-of-a-flattened-table-goes"],
)
def test_blank_lines_go_only_between_a_tables_cells_in_a_text_with_a_blank_line_after_every_one(text, read):
    from solieu.extract.spacing import spaced

    assert spaced(text)[0] == read


def test_a_flattened_table_with_a_blank_line_after_every_cell_reads_as_one_without():
    names = ("value", "unit", "role", "period", "subject")
    assert [{k: r[k] for k in names} for r in figures(_FLAT_CELLS.replace("\n", "\n\n"))] == \
        [{k: r[k] for k in names} for r in figures(_FLAT_CELLS)]


_HALF_OF_A_NAMED_YEAR = (
    "Một số chỉ tiêu chủ yếu:\n"
    "TT\tChỉ tiêu\tĐVT\tKế hoạch năm\tThực hiện 6 tháng\tĐạt so với\n"
    "\t\t\t2024\t2024\tKH (%)\n"
    "1\tSản lượng chè búp tươi\tTấn\t12.400\t5.890\t47,5\n"
)
_NINE_MONTHS_OF_A_NAMED_YEAR = (
    "Kết quả như sau:\n"
    "TT | Chỉ tiêu | ĐVT | KH năm 2024 | TH 9 tháng năm 2024 | So với KH (%)\n"
    "1 | Sản lượng chè búp tươi | Tấn | 12.400 | 8.120 | 65,5\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_HALF_OF_A_NAMED_YEAR, "5.890", {"role": "actual", "qualifier": "exact", "period": "2024-H1"}),
        (_HALF_OF_A_NAMED_YEAR, "47,5", {"unit": "percent", "role": "actual", "period": "2024-H1"}),
        (_HALF_OF_A_NAMED_YEAR.replace("\t\t\t2024\t2024\tKH (%)\n", "").replace(
            "Thực hiện 6 tháng\t", "Thực hiện 3 tháng năm 2024\t"), "5.890", {"period": "2024-Q1"}),
        (_NINE_MONTHS_OF_A_NAMED_YEAR, "8.120", {"role": "actual", "period": None}),
    ],
    ids=["six-months-of-a-year-named-under-them-are-its-first-half", "their-comparison-too",
         "three-months-of-a-year-named-beside-them-its-first-quarter", "nine-months-have-no-code-and-stay-so"],
)
def test_months_counted_from_the_start_of_a_year_a_column_names(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_COMPARISON_BEFORE_AN_ESTIMATE = (
    "Một số chỉ tiêu chủ yếu\n"
    "TT\tChỉ tiêu\tĐơn vị tính\tThực hiện 11 tháng năm 2024\tSo với cùng kỳ (%)\tƯớc cả năm 2024\n"
    "1\tKim ngạch xuất khẩu\tTriệu USD\t2.415\t108,6\t2.650\n"
)
_COMPARISON_OF_AN_ESTIMATE = (
    "Một số chỉ tiêu chủ yếu\n"
    "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | So với KH (%)\n"
    "1 | Kim ngạch xuất khẩu | Triệu USD | 2.500 | 2.650 | 106,0\n"
)
_TWO_COMPARISONS_BEFORE_A_PLAN = (
    "Biểu 01: Một số chỉ tiêu chủ yếu\n"
    "STT | Chỉ tiêu | ĐVT | TH 2024 | KH 2025 | Ước TH 2025 | So sánh (%) |  | KH 2026\n"
    " |  |  |  |  |  | KH | Cùng kỳ | \n"
    "1 | Sản lượng lương thực | Tấn | 31.245 | 31.500 | 31.860 | 101,1 | 102,0 | 32.000\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_COMPARISON_BEFORE_AN_ESTIMATE, "108,6", {"unit": "percent", "qualifier": "exact", "period": None}),
        (_COMPARISON_BEFORE_AN_ESTIMATE, "2.650", {"qualifier": "estimated", "period": "2024"}),
        (_COMPARISON_OF_AN_ESTIMATE, "106,0", {"unit": "percent", "qualifier": "estimated", "period": "2024"}),
        (_TWO_COMPARISONS_BEFORE_A_PLAN, "101,1", {"qualifier": "estimated", "role": "actual", "period": "2025"}),
        (_TWO_COMPARISONS_BEFORE_A_PLAN, "102,0", {"qualifier": "estimated", "role": "actual", "period": "2025"}),
        (_TWO_COMPARISONS_BEFORE_A_PLAN, "32.000", {"role": "plan", "period": "2026"}),
    ],
    ids=["a-comparison-compares-the-result-just-before-it", "not-the-estimate-after-it",
         "a-comparison-after-the-estimate-compares-it", "a-group-of-comparisons-after-the-estimate",
         "its-second-comparison-too", "not-the-next-years-plan-after-them"],
)
def test_a_comparison_column_compares_the_column_before_it_not_one_after(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("I.\tKẾT QUẢ THỰC  HIỆN 6 THÁNG  ĐẦU NĂM 2024\n", "I.\tKẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024\n"),
        ("·\tDiện  tích lúa gieo cấy 4.120 ha.\n", "·\tDiện tích lúa gieo cấy 4.120 ha.\n"),
        ("1\tTrồng  rừng\tha\t3.000\t2.150\n", "1\tTrồng  rừng\tha\t3.000\t2.150\n"),
    ],
    ids=["a-heading-with-a-tab-after-its-number-is-prose", "an-item-with-a-tab-after-its-bullet-too",
         "a-row-of-cells-parted-by-tabs-keeps-its-spaces"],
)
def test_runs_of_spaces_in_a_line_with_one_tab_read_as_one_space(text, read):
    from solieu.extract.spacing import spaced

    assert spaced(text)[0] == read


_PAGE = ("Kinh tế tháng 10 tăng trưởng khá\n09:35 | Thứ Hai, 03/11/2025    Lượt xem: 1.245\n"
         "Thu ngân sách 10 tháng năm 2025 đạt 27.850 tỷ đồng.\nĐang truy cập: 215\nTổng lượt truy cập: 12.345.678\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_PAGE, "1.245", {"role": "context", "period": None}),
        (_PAGE, "215", {"role": "context", "period": None}),
        (_PAGE, "12.345.678", {"role": "context", "period": None}),
        (_PAGE, "27.850", {"role": "actual", "unit": "VND"}),
        ("Năm 2025, toàn huyện có 1.245 lượt xem xét hồ sơ; số hộ được hỗ trợ: 215 hộ.", "215",
         {"role": "actual", "period": "2025"}),
    ],
    ids=["a-view-count", "readers-online", "all-visits", "the-articles-figure-stays-a-result",
         "a-count-after-a-colon-with-no-counters-label"],
)
def test_a_web_pages_own_counters_are_no_results(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_NOTED = ("BÁO CÁO\nTình hình 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm 2025\n"
          "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025\nTỷ lệ che phủ rừng đạt 64,5%[1]; có 14 sản phẩm OCOP[2].\n"
          "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025\nPhấn đấu tỷ lệ che phủ rừng đạt 64,6%.\n"
          "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
          "[1] Tính cả diện tích cây lâu năm, tỷ lệ che phủ đạt 65,3%.\n[2] Trong đó: 11 sản phẩm đạt 3 sao.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_NOTED, "65,3%", {"role": "actual", "period": "2025-H1"}),
        (_NOTED, "11", {"role": "actual", "period": "2025-H1"}),
        (_NOTED, "64,6%", {"role": "plan", "period": "2025-H2"}),
        (_NOTED.replace("Nơi nhận:\n", ""), "65,3%", {"role": "plan"}),
    ],
    ids=["a-note-after-the-signature-is-read-where-its-marker-stands", "each-note",
         "the-targets-before-the-signature-stay-targets", "no-signature-block-no-notes"],
)
def test_notes_gathered_after_the_signature_are_read_where_their_markers_stand(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_signature_block_with_no_notes_after_it_is_read_as_before():
    text = "Năm 2025 thu ngân sách đạt 12 tỷ đồng.\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n[Đã ký]\n"
    assert [(r["surface"], r["role"]) for r in figures(text)] == [("12", "actual")]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Giá trị sản xuất công nghiệp ước đạt1.178 tỷ đồng.", "1.178",
         {"value": 1_178_000_000_000.0, "unit": "VND", "qualifier": "estimated"}),
        ("Doanh thu tăng6,2% so với cùng kỳ.", "6,2%", {"kind": "growth", "direction": "up"}),
        ("Số bác sĩ tăng0,6 bác sĩ so với năm 2024.", "0,6", {"kind": "change", "base": "2024"}),
        ("Vốn đầu tư công năm2025 đạt 312,6 tỷ đồng.", "312,6", {"period": "2025"}),
        ("Năm2025, vốn đầu tư công đạt 312,6 tỷ đồng.", "312,6", {"period": "2025"}),
    ],
    ids=["a-number-glued-to-a-verb-before-it", "to-a-change-word", "a-change-of-a-count", "a-year-glued-to-nam",
         "to-a-capital-opening-a-sentence"],
)
def test_a_number_glued_to_the_word_before_it_reads_as_if_a_space_stood_there(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tuyến QL6 qua huyện dài 42 km.", "6"),
        ("Phòng chống dịch COVID19 hiệu quả, 120 ca khỏi bệnh.", "19"),
        ("Vốn ngân sách1 bố trí đủ cho 12 dự án.", "1"),
    ],
    ids=["a-road-code", "a-disease-code", "a-footnote-marker-after-a-noun"],
)
def test_digits_glued_to_a_word_that_stands_before_no_number_stay_a_name(text, surface):
    from solieu.extract import explain

    ex = explain(text, "t")
    at = text.index(surface, text.index(surface[0]) if surface.isdigit() else 0)
    assert at in {x.start for x in ex.excluded} and at not in set(ex.figures["start"])


_KEYCAP_TARGETS = ("🎯 Năm 2026, xã phấn đấu đạt các chỉ tiêu:\n"
                   "1\ufe0f\u20e3 Tốc độ tăng giá trị sản xuất đạt từ 8% trở lên;\n"
                   "2\ufe0f\u20e3 Sản lượng lương thực có hạt trên 5.000 tấn;\n")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (_KEYCAP_TARGETS, [("8%", "plan", "2026"), ("5.000", "plan", "2026")]),
        ("Xã có 3\ufe0f\u20e3 sản phẩm OCOP mới.", [("3", "actual", None)]),
    ],
    ids=["keycap-digits-opening-lines-number-the-items", "a-keycap-digit-in-a-sentence-is-its-digit"],
)
def test_keycap_emoji_read_as_an_items_number_at_a_lines_start(text, read):
    assert [(r["surface"], r["role"], r["period"]) for r in figures(text)] == read


_PAGE_FOOT = ("Kế hoạch vốn đầu tư công năm 2025 được giao2 là 312,6 tỷ đồng; đã giải ngân 241,8 tỷ đồng.\n"
              "2 Gồm vốn ngân sách tỉnh 118,4 tỷ đồng và vốn ngân sách huyện 194,2 tỷ đồng.\nTrang 2/4\n")


@pytest.mark.parametrize(
    ("text", "is_marker"),
    [
        (_PAGE_FOOT, True),
        (_PAGE_FOOT.replace("giao2", "giao"), False),
        (_PAGE_FOOT.replace("giao2", "giao3"), False),
    ],
    ids=["a-note-opening-with-the-digit-glued-above-it", "no-marker-above-no-note", "another-marker-no-note"],
)
def test_a_digit_opening_a_footnote_under_its_glued_marker_is_no_count(text, is_marker):
    from solieu.extract import explain

    ex = explain(text, "t")
    at = text.index("\n2 ") + 1
    assert ({x.start: x.reason.code for x in ex.excluded}.get(at) == "footnote") == is_marker
    assert (at in set(ex.figures["start"])) != is_marker


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Tỷ lệ tham gia bảo hiểm y tế &gt; 95%; chi &amp; thu.", "Tỷ lệ tham gia bảo hiểm y tế > 95%; chi & thu."),
        ("đạt&nbsp;1.178&#160;tỷ, &#8805; 90%", "đạt 1.178 tỷ, ≥ 90%"),
        ("AT&T và &foo; giữ nguyên", "AT&T và &foo; giữ nguyên"),
    ],
    ids=["named-entities-read-as-their-characters", "numeric-ones-too-a-no-break-space-a-space",
         "what-names-no-character-stays"],
)
def test_html_entities_left_in_a_text_read_as_their_characters(text, read):
    from solieu.extract.spacing import spaced

    assert spaced(text)[0] == read


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Năm 2026 phấn đấu tỷ lệ tham gia bảo hiểm y tế ≥ 95%.", "over"),
        ("Năm 2026 phấn đấu tỷ lệ tham gia bảo hiểm y tế &gt; 95%.", "over"),
        ("Năm 2026 phấn đấu tỷ lệ hộ nghèo < 2%.", "under"),
        ("Năm 2026 phấn đấu tỷ lệ hộ nghèo ≤ 2%.", "under"),
        ("Năm 2026 phấn đấu tỷ lệ hộ nghèo còn 2%.", "exact"),
    ],
    ids=["at-least", "more-than-as-an-entity", "less-than", "at-most", "no-sign"],
)
def test_a_sign_before_a_number_in_prose_bounds_it(text, qualifier):
    assert figure_at(text, text.rsplit(" ", 1)[1].rstrip("."))["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Đã giải ngân 6.667 tỷ đồng, đạt 92,4%[^1] kế hoạch.\n\n[^1]: Số liệu tính đến ngày 15/12/2025.\n", "1"),
        ("[^2]: Gồm 12 dự án chuyển tiếp.\n", "2"),
    ],
    ids=["a-markdown-footnotes-marker-after-a-figure", "at-the-head-of-its-note"],
)
def test_a_markdown_footnotes_marker_is_no_figure(text, surface):
    from solieu.extract import explain

    ex = explain(text, "t")
    at = text.index(f"[^{surface}]") + 2
    assert {x.start: x.reason.code for x in ex.excluded}.get(at) == "footnote"
    assert at not in set(ex.figures["start"])



@pytest.mark.parametrize(
    ("text", "labels", "surfaces"),
    [
        ("Năm học 2024-2025, tỷ lệ trẻ em 3-5 tuổi đến trường đạt 98,7%.", ["3-5"], ["98,7%"]),
        ("Tỷ lệ thanh niên 15 - 24 tuổi có việc làm năm 2024 đạt 81,4%.", ["15 - 24"], ["81,4%"]),
        ("Năm 2024, tuổi thọ bình quân của người dân đạt 73-74 tuổi.", [], ["73-74"]),
    ],
    ids=["an-age-band-naming-children-is-one-label", "with-spaces-round-its-dash",
         "a-range-of-ages-naming-no-group-stays-a-figure"],
)
def test_a_band_of_ages_naming_a_group_is_one_label(text, labels, surfaces):
    from solieu.extract import explain

    ex = explain(text, "t")
    assert [text[x.start:x.end] for x in ex.excluded if x.reason.code == "label"] == labels
    assert ex.figures["surface"].tolist() == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ lệ hộ nghèo năm 2024 giảm còn 4,2% (còn 312 hộ), giảm 1,5% so với cuối năm 2023.", "1,5%",
         {"kind": "change_points", "unit": "percentage_point", "subject": "Tỷ lệ hộ nghèo năm 2024"}),
        ("Tỷ lệ lao động qua đào tạo năm 2024 đạt 71% (tương đương 5.120 người), tăng 2,5% so với năm 2023.", "2,5%",
         {"kind": "change_points", "unit": "percentage_point", "subject": "Tỷ lệ lao động qua đào tạo năm 2024"}),
        ("Sản lượng lúa năm 2024 đạt 4.950 tấn (năng suất 56,8 tạ/ha), tăng 3,2% so với năm 2023.", "3,2%",
         {"kind": "growth", "unit": "percent"}),
    ],
    ids=["a-rate-with-its-households-in-brackets-then-its-fall", "a-rate-with-its-people-in-brackets-then-its-rise",
         "an-amount-with-a-rate-in-brackets-then-its-growth"],
)
def test_a_rate_goes_on_past_a_bracket_counting_it_in_another_unit(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Chiều 20/12/2024, gần 200 đại biểu đã dự Hội nghị tổng kết công tác năm 2024 của huyện.", "200",
         {"role": "actual", "period": None}),
        ("Có 320 vận động viên tham dự Đại hội Thể dục thể thao huyện năm 2024.", "320",
         {"role": "actual", "period": None}),
        ("Toàn huyện có 1.150 thí sinh dự thi tốt nghiệp THPT năm 2024.", "1.150", {"period": "2024"}),
    ],
    ids=["attendance-at-a-conference-named-with-its-year", "at-a-games-named-with-its-year",
         "candidates-sitting-an-exam-of-a-year-keep-it"],
)
def test_attendance_at_an_event_named_with_its_year_has_no_period_of_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_POST = ("Năm 2024, toàn xã trồng mới 120 ha quế.\n\n#NongThonMoi #XaAnBinh\n\n"
         "❤️ 2,4K   💬 128 bình luận   ↪ 45 lượt chia sẻ\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_POST, "2,4", {"value": 2400, "unit": "count", "kind": "count", "role": "context", "period": None}),
        (_POST, "128", {"value": 128, "role": "context", "period": None}),
        (_POST, "45", {"value": 45, "role": "context", "period": None}),
        (_POST, "120", {"role": "actual", "period": "2024"}),
        ("Năm 2024, video giới thiệu sản phẩm OCOP của huyện đạt 1,2 triệu lượt xem.", "1,2",
         {"value": 1200000, "role": "actual", "period": "2024"}),
        ("Năm 2024, bài viết về mô hình của xã nhận được 86 bình luận của người dân.", "86",
         {"role": "actual", "period": "2024"}),
    ],
    ids=["reactions-in-thousands", "comments", "shares", "the-posts-figure-stays-a-result",
         "views-in-a-sentence-are-a-result", "comments-in-a-sentence-are-a-result"],
)
def test_a_posts_line_of_counters_is_no_result(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_k_after_digits_off_a_line_of_counters_stays_a_code():
    from solieu.extract import explain

    text = "Năm 2024, trường lắp đặt 30 tivi 4K cho các lớp học.\n👍 15 lượt thích\n"
    ex = explain(text, "t")
    assert {text[x.start:x.end]: x.reason.code for x in ex.excluded}["4"] == "code"
    assert [(r["surface"], r["role"]) for r in figures(text)] == [("30", "actual"), ("15", "context")]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ lệ hộ nghèo năm 2024 còn 3,9% (còn 210 hộ với 760 nhân khẩu), giảm 1,1% so với cuối năm 2023.", "1,1%",
         {"kind": "change_points", "unit": "percentage_point"}),
        ("Tỷ lệ hộ cận nghèo năm 2024 còn 5,2% (tương đương 280 hộ trên địa bàn), giảm 0,9% so với năm 2023.", "0,9%",
         {"kind": "change_points", "unit": "percentage_point"}),
        ("Doanh thu năm 2024 đạt 120 tỷ đồng (gồm 85 tỷ đồng từ du lịch), tăng 14,3% so với năm 2023.", "14,3%",
         {"kind": "growth", "unit": "percent"}),
    ],
    ids=["a-bracket-holding-two-counts", "a-bracket-with-words-after-its-count",
         "an-amount-with-its-part-in-brackets-keeps-its-growth"],
)
def test_a_rate_goes_on_past_a_longer_bracket_counting_it_in_another_unit(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_VIDEO = "Năm 2024, huyện đăng 12 video quảng bá du lịch.\n\n▶ 3,4 N lượt xem · 1,1 Tr lượt thích · 250 bình luận\n"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_VIDEO, "3,4", {"value": 3400, "role": "context", "period": None}),
        (_VIDEO, "1,1", {"value": 1100000, "role": "context", "period": None}),
        (_VIDEO, "12", {"value": 12, "role": "actual", "period": "2024"}),
        ("Năm 2024, kênh của huyện có 3,4 nghìn lượt xem mỗi video.", "3,4", {"value": 3400, "role": "actual"}),
    ],
    ids=["views-in-thousands-after-n", "likes-in-millions-after-tr", "the-posts-own-count-stays-a-result",
         "views-in-a-sentence-stay-a-result"],
)
def test_a_counters_scale_on_a_line_of_counters_scales_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("126 dự án Dự án FDI cấp mới ▲ 14 dự án so với năm 2024", "14",
         {"kind": "change", "direction": "up", "base": "2024"}),
        ("35.180 ha Diện tích gieo trồng lúa ▼ 2,4% so với năm 2024", "2,4%",
         {"kind": "growth", "direction": "down", "base": "2024"}),
        ("8,6% Tốc độ tăng trưởng GRDP ▲ 1,2 điểm % so với năm 2024", "8,6%", {"kind": "growth"}),
        ("72,6% Tỷ trọng công nghiệp - xây dựng trong GRDP ▼ 0,8 điểm %", "72,6%", {"kind": "share"}),
        ("20% số hộ có tốc độ tăng trưởng thu nhập trên 10%.", "20%", {"kind": "share"}),
    ],
    ids=["a-triangle-up-is-a-rise", "a-triangle-down-a-fall", "a-cards-rate-labelled-a-growth-after-it",
         "a-cards-share-labelled-a-share", "a-growth-word-later-in-the-sentence-labels-nothing"],
)
def test_a_key_figure_cards_label_after_its_number_and_its_change_line(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_TWO_ROW_HEADER = ("Kết quả thực hiện một số chỉ tiêu\n\n"
                   "| Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 | Năm 2024 | Năm 2024 |\n"
                   "|---|---|---|---|---|---|\n"
                   "| Chỉ tiêu | Đơn vị | Thực hiện | Kế hoạch | Ước TH | So KH (%) |\n"
                   "| Sản lượng<br>lương thực | Tấn | 41.200 | 42.000 | 43.050 | 102,5 |\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TWO_ROW_HEADER, "42.000", {"role": "plan", "period": "2024", "subject": "Sản lượng lương thực"}),
        (_TWO_ROW_HEADER, "43.050", {"qualifier": "estimated", "role": "actual", "period": "2024"}),
        (_TWO_ROW_HEADER, "102,5", {"unit": "percent", "kind": "plan_ratio", "base": "plan"}),
        (_TWO_ROW_HEADER.replace("| Chỉ tiêu | Đơn vị | Thực hiện | Kế hoạch | Ước TH | So KH (%) |",
                                 "| A | CÁC CHỈ TIÊU KINH TẾ | | | | |"), "42.000",
         {"role": "actual", "period": "2024"}),
        (_TWO_ROW_HEADER.replace("| Chỉ tiêu | Đơn vị | Thực hiện | Kế hoạch | Ước TH | So KH (%) |\n", ""),
         "41.200", {"role": "actual", "period": "2023", "unit": "tonne"}),
    ],
    ids=["plan-column-under-its-year", "estimate-column", "comparison-with-the-plan-in-percent",
         "a-section-row-under-the-rule-is-no-header", "a-data-row-under-the-rule-is-the-body"],
)
def test_a_converted_tables_second_header_row_under_its_rule_line_heads_the_columns(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "is_label"),
    [
        ("Biểu đồ 2. Cơ cấu vốn đầu tư toàn xã hội năm 2024 (%)\n", "2", True),
        ("Sơ đồ 3: Tổ chức bộ máy của Sở\n", "3", True),
        ("Đồ thị 1 cho thấy sản lượng tăng đều qua các năm.", "1", True),
        ("Cơ quan đã xây dựng 4 biểu đồ theo dõi tiến độ giải ngân.", "4", False),
    ],
    ids=["a-charts-caption", "a-diagrams-caption", "a-graph-named-in-a-sentence", "charts-counted"],
)
def test_a_charts_number_in_its_caption_is_a_label(text, surface, is_label):
    from solieu.extract import explain

    ex = explain(text, "t")
    at = text.index(surface)
    assert ({x.start: x.reason.code for x in ex.excluded}.get(at) == "label") == is_label
    assert (at in set(ex.figures["start"])) != is_label


_MARKDOWN_NOTE = ("## I. KẾT QUẢ THỰC HIỆN NĂM 2024\n\n## 2. Đầu tư công\n\n"
                  "Kế hoạch vốn năm 2024 là 1.200 tỷ đồng; đã giải ngân 1.050 tỷ đồng, đạt 87,5%[^2] kế hoạch.\n\n"
                  "## II. NHIỆM VỤ NĂM 2025\n\n1. Giải ngân vốn đầu tư công đạt trên 95% kế hoạch.\n\n"
                  "[^2]: Trong đó vốn ngân sách tỉnh giải ngân 640 tỷ đồng.\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_MARKDOWN_NOTE, {"role": "actual", "period": "2024"}),
        (_MARKDOWN_NOTE.replace("\n\n[^2]: ", "\n\n**TM. ỦY BAN NHÂN DÂN**\n\n[^2]: "),
         {"role": "actual", "period": "2024"}),
        (_MARKDOWN_NOTE.replace("87,5%[^2]", "87,5%"), {"role": "plan", "period": "2025"}),
    ],
    ids=["a-markdown-footnote-at-the-end-takes-its-markers-section", "after-a-signature-too",
         "no-marker-in-the-body-no-note"],
)
def test_a_markdown_footnote_at_the_texts_end_is_read_in_the_section_of_its_marker(text, expected):
    assert fields_at(text, "640", expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Giai đoạn 2021 - 2025, kim ngạch xuất khẩu ước đạt bình quân 7,4%/năm.", "7,4%", "estimated"),
        ("Năm 2025, thu nhập của người lao động ước tăng trung bình 6,2%.", "6,2%", "estimated"),
        ("Giai đoạn 2021 - 2025, kim ngạch xuất khẩu đạt bình quân 7,4%/năm.", "7,4%", "exact"),
        ("Năm 2025, năng suất lúa đạt trên bình quân 60 tạ/ha.", "60", "exact"),
    ],
    ids=["estimate-across-an-average-word", "estimate-across-a-verb-and-an-average-word", "no-estimate-word",
         "a-bound-before-the-average-word-does-not-reach"],
)
def test_an_estimate_word_reaches_the_number_across_an_average_word(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Năm 2025, ngành nông nghiệp ước đạt và vượt 12/14 chỉ tiêu kế hoạch.", "12/14", "estimated"),
        ("Năm 2025, ngành nông nghiệp đạt và vượt 12/14 chỉ tiêu kế hoạch.", "12/14", "exact"),
        ("Năm 2025, thu ngân sách ước vượt 35 tỷ đồng so với dự toán.", "35", "estimated"),
    ],
    ids=["estimate-across-two-verbs-joined", "no-estimate-word", "estimate-across-one-verb"],
)
def test_an_estimate_word_reaches_the_number_across_two_verbs_joined_by_va(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


_NOTE_ROW = ("Chỉ tiêu | Thực hiện năm 2024 | Kế hoạch năm 2025 | Thực hiện năm 2025 | So với KH (%)\n"
             "I. Nông nghiệp |  |  |  | \n"
             "Diện tích gieo trồng lúa | 218.640 ha | 210.000 ha | 212.380 ha | 101,1\n"
             "Ghi chú: số liệu tháng 12 là ước tính |  |  |  | \n"
             "II. Thủy sản |  |  |  | \n"
             "Sản lượng nuôi trồng | 218.460 tấn | 225.000 tấn | 227.380 tấn | 101,1\n")


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        (_NOTE_ROW, "212.380", "estimated"),  # December's estimate is in the year's total
        (_NOTE_ROW, "227.380", "estimated"),  # the note row speaks for the rows after it too
        (_NOTE_ROW, "218.640", "exact"),  # a year closed before: not the newest year's results
        (_NOTE_ROW.replace("tháng 12", "tháng 11"), "212.380", "exact"),  # a month of no column, not the year's end
        (_NOTE_ROW.replace("Ghi chú: số liệu", "Số liệu"), "212.380", "exact"),  # a group's label, no note
    ],
    ids=["newest-year-holds-decembers-estimate", "rows-after-the-note", "an-older-year", "another-month",
         "no-note-word"],
)
def test_a_note_row_inside_a_tables_body_speaks_as_a_note_under_it(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("2. Mục tiêu cụ thể\nb) Đến năm 2030:\n- Kim ngạch xuất khẩu tăng bình quân 9,5%/năm giai đoạn 2026 - 2030.\n",
         "9,5%", "2026-2030"),
        ("II. MỤC TIÊU\nMục tiêu đến năm 2028:\n- Doanh thu tăng bình quân 12 - 14%/năm giai đoạn 2026 – 2028.\n",
         "12 - 14%", "2026-2028"),
        ("Giá trị sản xuất công nghiệp tăng bình quân 8,2%/năm nhiệm kỳ 2020 - 2025.", "8,2%", "2020-2025"),
        ("2. Mục tiêu cụ thể\nb) Đến năm 2030:\n- Kim ngạch xuất khẩu tăng bình quân 9,5%/năm.\n", "9,5%", "2030"),
    ],
    ids=["a-spaced-span-after-a-yearly-rate-under-a-lead-in", "a-range-and-an-en-dash", "a-term-in-prose",
         "no-span-named-the-lead-ins-year"],
)
def test_a_span_with_a_spaced_dash_named_after_a_yearly_rate_is_its_period(text, surface, period):
    assert figure_at(text, surface)["period"] == period


_TARGETS_WITH_BASELINES = (
    "Hà Giang, ngày 10 tháng 11 năm 2025\nNGHỊ QUYẾT\nII. MỤC TIÊU\n2. Mục tiêu cụ thể\na) Đến năm 2030:\n"
    "- Tỷ lệ che phủ rừng đạt trên 60% (năm 2025 đạt 57,2%).\n"
    "- 80% số thôn có nhà văn hóa đạt chuẩn (năm 2024 đạt 61,5%); tỷ lệ hộ dùng nước sạch đạt trên 95%.\n"
    "- Tỷ lệ đô thị hóa đạt 45% (năm 2028 đạt 40%).\n"
)
_RESULT_WITH_ITS_TARGET = (
    "Hà Giang, ngày 10 tháng 11 năm 2025\nBÁO CÁO\nI. KẾT QUẢ NĂM 2025\n"
    "Tăng trưởng kinh tế ước tăng 8,6% (mục tiêu 8%).\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "role", "period"),
    [
        (_TARGETS_WITH_BASELINES, "57,2%", "context", "2025"),
        (_TARGETS_WITH_BASELINES, "60%", "plan", "2030"),
        (_TARGETS_WITH_BASELINES, "61,5%", "context", "2024"),
        (_TARGETS_WITH_BASELINES, "95%", "plan", "2030"),
        (_TARGETS_WITH_BASELINES, "40%", "plan", "2028"),
        (_RESULT_WITH_ITS_TARGET, "8%", "plan", "2025"),
    ],
    ids=["an-earlier-years-level-in-brackets-beside-a-target", "the-target-keeps-its-lead-ins-year",
         "beside-a-target-opening-its-item", "a-target-after-the-closed-bracket",
         "a-later-years-milestone-stays-a-target", "a-target-in-brackets-beside-a-result"],
)
def test_an_earlier_years_level_in_brackets_beside_a_target_is_its_baseline(text, surface, role, period):
    assert fields_at(text, surface, ["role", "period"]) == {"role": role, "period": period}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("<p>Thu ngân sách đạt <strong>1.178</strong> tỷ đồng.</p><p>Chi 900 tỷ đồng.</p>",
         "Thu ngân sách đạt 1.178 tỷ đồng.\nChi 900 tỷ đồng."),
        ("<p>Năm 2025:</p>\n<ul><li>Thu 12 tỷ đồng;</li><li>Chi 9 tỷ đồng.</li></ul>",
         "Năm 2025:\n- Thu 12 tỷ đồng;\n- Chi 9 tỷ đồng."),
        ("<table border=\"1\">\n<tr><td>Thu ngân sách</td><td>Tỷ đồng</td><td>1.178</td></tr>\n<tr>\n<td>Chi</td>\n"
         "<td>Tỷ đồng</td>\n<td>950</td>\n</tr>\n</table>\nSau đó",
         "Thu ngân sách | Tỷ đồng | 1.178\nChi | Tỷ đồng | 950\nSau đó"),
        ("tăng 11,3% so với năm 2024;<br />kim ngạch nhập khẩu đạt 1,86 tỷ USD.<br>Xuất khẩu tăng.",
         "tăng 11,3% so với năm 2024; kim ngạch nhập khẩu đạt 1,86 tỷ USD.\nXuất khẩu tăng."),
        ('Cảng <img src="/uploads/2025/12/anh-1.jpg" width="800" height="533" /> mới.', "Cảng mới."),
        ("Tỷ lệ hộ nghèo < 2% và <3 hộ mới; &lt;p&gt; là thẻ", "Tỷ lệ hộ nghèo < 2% và <3 hộ mới; <p> là thẻ"),
        ("| Tổng thu NSNN<br>trên địa bàn | Tỷ đồng | 5.860 |", "| Tổng thu NSNN trên địa bàn | Tỷ đồng | 5.860 |"),
    ],
    ids=["formatting-reads-as-nothing-a-paragraph-as-a-line", "a-list-item-a-dashed-line-none-doubled",
         "a-tables-row-a-line-of-cells-its-tags-own-lines-none", "a-break-going-on-in-lower-case-a-space",
         "an-image-nothing", "a-sign-and-an-escaped-tag-are-no-markup", "a-line-break-in-a-rows-cell-a-space"],
)
def test_a_web_pages_markup_left_in_a_text_reads_as_the_page_shows_it(text, read):
    from solieu.extract.spacing import spaced

    assert spaced(text)[0] == read


def test_figures_in_markup_read_as_in_the_page_and_quote_the_text_as_written():
    text = "<p>Năm 2025, thu ngân sách đạt <strong>1.178</strong> tỷ đồng, tăng <b>6,2</b>%.</p>"
    rows = figures(text)
    assert [(r["surface"], r["value"], r["unit"], r["period"]) for r in rows] == [
        ("1.178", 1_178_000_000_000.0, "VND", "2025"), ("6,2</b>%", 6.2, "percent", "2025")]
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in rows)


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Theo báo cáo của UBND thành phố tại Kỳ họp thứ 24 HĐND thành phố khóa X, quy mô nền kinh tế năm 2025 ước "
         "đạt 132.460 tỷ đồng; cơ cấu kinh tế chuyển dịch, khu vực dịch vụ chiếm 61,4%.", "61,4%", "2025"),
        ("Theo Sở Văn hóa, Thể thao và Du lịch, tổng lượt khách năm 2025 ước đạt 11,2 triệu lượt; tổng thu từ du lịch "
         "ước đạt 9.830 tỷ đồng.", "9.830", "2025"),
        ("Theo báo cáo, các xã đã hoàn thành nhiệm vụ được giao và tích cực triển khai các chương trình của huyện năm "
         "2025; tổng thu từ du lịch ước đạt 9.830 tỷ đồng.", "9.830", None),
    ],
    ids=["a-time-a-few-words-past-a-preface-opens-the-sentence", "past-a-name-with-commas-in-it",
         "one-far-into-the-clause-opens-nothing"],
)
def test_a_time_a_few_words_after_a_preface_speaks_across_the_semicolon(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("header", "base"),
    [
        ("Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | So sánh (%)", "2024"),
        ("Chỉ tiêu | ĐVT | Năm 2025 | Năm 2024 | So sánh (%)", "2024"),
        ("Chỉ tiêu | ĐVT | KH 2025 | Năm 2025 | So sánh (%)", "plan"),
    ],
    ids=["two-years-oldest-first-the-newer-against-the-older", "newest-first-too", "a-plan-beside-a-result"],
)
def test_a_bare_comparison_after_two_years_results_compares_the_newer_with_the_older(header, base):
    text = f"Một số chỉ tiêu:\n{header}\nTổng thu NSNN | Tỷ đồng | 18.635 | 21.356 | 114,6\n"
    assert fields_at(text, "114,6", ["kind", "base"]) == {"kind": "plan_ratio", "base": base}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Niên vụ 2024 - 2025, sản lượng cà phê nhân đạt 565.300 tấn, tăng 4,2% so với niên vụ trước.", "4,2%",
         {"period": None, "base": "previous_year"}),
        ("Mùa khô 2025 - 2026, dự báo có khoảng 215.000 ha rừng có nguy cơ cháy cao.", "215.000", {"period": None}),
        ("Giai đoạn 2021 - 2025, sản lượng cà phê nhân đạt 2,8 triệu tấn.", "2,8", {"period": "2021-2025"}),
        ("Vụ Đông Xuân 2025 - 2026, toàn tỉnh gieo trồng 112.000 ha lúa; tính đến ngày 25/11/2025, đã gieo sạ "
         "4.230 ha.", "4.230", {"period": "2026"}),
        ("Năm 2025, toàn tỉnh gieo trồng 112.000 ha lúa; tính đến ngày 25/11/2025, đã gieo sạ 4.230 ha.", "4.230",
         {"period": None}),
    ],
    ids=["a-crop-year-over-two-years-names-no-period", "nor-a-dry-season", "a-span-of-years-still-does",
         "a-seasons-work-up-to-a-day-is-the-seasons", "a-years-is-counted-from-its-start-no-code"],
)
def test_a_crop_year_or_season_straddling_two_years_names_no_period_of_either(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_CARRIED = ("Một số chỉ tiêu chủ yếu:\n"
            "Chỉ tiêu | ĐVT | Thực hiện tháng 10/2025 | Cộng dồn 10 tháng 2025 | 10 tháng 2025 so với cùng kỳ (%)\n"
            "Sản lượng thủy sản | Tấn | 24.860 | 238.415 | 104,2\n"
            "\n"
            "Chỉ tiêu | ĐVT | Thực hiện tháng 10/2025 | Cộng dồn 10 tháng 2025 | 10 tháng 2025 so với cùng kỳ (%)\n"
            "Khách du lịch | Nghìn lượt | 612,4 | 7.185,3 | 115,8\n"
            "\n"
            "Ghi chú: số liệu tháng 10 là số ước tính.\n")


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        (_CARRIED, "612,4", "estimated"),
        (_CARRIED, "24.860", "estimated"),
        (_CARRIED, "238.415", "exact"),
        (_CARRIED.replace("tháng 10 là", "tháng 9 là"), "612,4", "exact"),
        (_CARRIED.replace("\nChỉ tiêu | ĐVT | Thực hiện tháng 10/2025", "\nChỉ tiêu | ĐVT | Tháng 10/2025", 1),
         "24.860", "exact"),
    ],
    ids=["a-note-naming-a-months-estimates-marks-its-column", "and-the-tables-part-before-the-page-break",
         "not-the-running-total-it-does-not-name", "another-month-marks-nothing",
         "a-table-whose-header-differs-is-another-table"],
)
def test_a_note_under_a_table_carried_over_a_page_speaks_for_each_part(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Thu ngân sách lũy kế thu được 3,85 tỷ đ; riêng tiền sử dụng đất 1,5 tỷ.", "1,5",
         {"value": 1_500_000_000.0, "unit": "VND"}),
        ("Còn thiếu ~350tr, xã phấn đấu thu đủ trong tháng 12.", "350",
         {"value": 350_000_000.0, "unit": "VND", "qualifier": "approx"}),
        ("Giá lúa tươi tại ruộng 7,2k/kg, giá lợn hơi 62k/kg.", "7,2", {"value": 7200.0, "unit": "VND_per_kg"}),
        ("Dân số toàn quốc đạt 101,3 triệu người.", "101,3", {"value": 101_300_000.0, "unit": "count"}),
        ("Khách du lịch đạt 2,15 triệu lượt.", "2,15", {"unit": "count"}),
    ],
    ids=["billions-counting-nothing-are-money", "millions-abbreviated-too-and-a-tilde-is-about",
         "k-after-a-price-is-thousand-dong-per-its-unit", "millions-of-people-stay-a-count", "visits-too"],
)
def test_an_informal_messages_amounts_read_as_money(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def _titled(title: str) -> str:
    return (f"{title}\n\n"
            "Chỉ tiêu | ĐVT | Tháng 10/2025 | 10 tháng 2025\n"
            "Sản lượng thủy sản | Tấn | 24.860 | 238.415\n"
            "\n"
            "2. NÔNG NGHIỆP\n\n"
            "Đàn trâu ước có 31,2 nghìn con, tăng 1,4% so với cùng kỳ.\n")


def _over_prose(title: str) -> str:
    return f"{title}\n\nĐàn trâu ước có 31,2 nghìn con, tăng 1,4% so với cùng kỳ.\n"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_titled("CÁC CHỈ TIÊU CHỦ YẾU THÁNG 10/2025"), "24.860", {"role": "actual"}),
        (_titled("CÁC CHỈ TIÊU CHỦ YẾU THÁNG 10/2025"), "31,2", {"role": "actual"}),
        (_titled("MỘT SỐ CHỈ TIÊU CHỦ YẾU QUÝ III NĂM 2025"), "1,4%", {"role": "actual"}),
        (_titled("CÁC CHỈ TIÊU CHỦ YẾU 10 THÁNG NĂM 2025"), "31,2", {"role": "actual"}),
        (_titled("CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2025"), "238.415", {"role": "actual"}),
        (_over_prose("CÁC CHỈ TIÊU CHỦ YẾU THÁNG 10/2025"), "31,2", {"role": "actual"}),
        (_over_prose("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"), "31,2", {"role": "plan"}),
        (_over_prose("CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG CUỐI NĂM 2025"), "31,2", {"role": "plan"}),
        (_over_prose("MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU QUÝ IV/2025"), "31,2", {"role": "plan"}),
    ],
    ids=["indicators-of-a-month-are-its-results", "nor-do-they-govern-the-sections-after",
         "a-quarters-too", "months-counted-from-the-years-start-too", "the-first-half-too", "over-prose-too",
         "a-years-indicators-still-announce-targets", "so-do-the-half-to-comes",
         "another-word-of-targets-still-announces-them"],
)
def test_a_heading_of_indicators_naming_part_of_a_year_heads_its_results(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_QUARTERLY = ("Chỉ tiêu | ĐVT | Quý II/2025 | 6 tháng 2025 | Năm 2025\n"
              "Sản lượng điện | Triệu kWh | 412,6 | 801,3 | 1.650,0\n"
              "\n"
              "Ghi chú: số liệu Quý II/2025 là số ước tính.\n")


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        (_QUARTERLY, "412,6", "estimated"),
        (_QUARTERLY.replace("Quý II/2025 là", "quý 2 năm 2025 là"), "412,6", "estimated"),
        (_QUARTERLY.replace("Quý II/2025 là", "Quý II là"), "412,6", "estimated"),
        (_QUARTERLY, "801,3", "exact"),
        (_QUARTERLY, "1.650,0", "exact"),
        (_QUARTERLY.replace("Quý II/2025 là", "Quý I/2025 là"), "412,6", "exact"),
        (_QUARTERLY.replace("\n\nGhi chú", "\n\n\n\nGhi chú"), "412,6", "estimated"),
    ],
    ids=["a-note-naming-a-quarters-estimates-marks-its-column", "written-with-its-number-and-year",
         "or-alone", "not-the-running-total-it-does-not-name", "nor-the-year-written-with-the-quarter",
         "another-quarter-marks-nothing", "after-three-blank-lines-as-a-page-spaced-a-line-apart"],
)
def test_a_note_under_a_table_naming_a_quarter_as_estimated_marks_its_column(text, surface, qualifier):
    assert figure_at(text, surface)["qualifier"] == qualifier


_INDICES = ("Chỉ tiêu | ĐVT | Tháng 9/2025 | 9 tháng 2025 | 9 tháng so cùng kỳ (%)\n"
            "Chỉ số giá tiêu dùng | % | 100,42 | 103,12 | -\n"
            "Chỉ số phát triển nông nghiệp | % | 98,6 | 102,4 | -\n"
            "Tốc độ tăng chỉ số sản xuất công nghiệp | % | 7,8 | 9,1 | -\n"
            "Tỷ lệ hộ nghèo | % | 2,1 | 2,1 | -\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_INDICES, "100,42", {"kind": "plan_ratio", "base": None}),
        (_INDICES, "103,12", {"kind": "plan_ratio", "base": None}),
        (_INDICES, "98,6", {"kind": "plan_ratio", "base": None}),
        (_INDICES, "7,8", {"kind": "growth"}),
        (_INDICES, "2,1", {"kind": "share"}),
    ],
    ids=["an-index-in-percent-under-a-month-is-a-ratio-to-a-base", "under-the-months-so-far-too",
         "below-100-too", "a-row-naming-its-growth-stays-a-growth", "a-rate-stays-a-share"],
)
def test_an_index_row_in_percent_under_a_column_naming_a_time_is_a_ratio(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tính đến giữa tháng 3/2025, toàn tỉnh đã xuống giống 21.400 ha lúa Đông Xuân.", "21.400", {"period": None}),
        ("Đến giữa tháng 6/2025, các xã đã thu hoạch được 15.200 ha, đạt 71% diện tích gieo trồng.", "71%",
         {"period": None}),
        ("Đến giữa tháng 9/2025, toàn tỉnh có 3.150 hợp tác xã đang hoạt động.", "3.150", {"period": "2025-09"}),
        ("Giữa tháng 4/2025, giá lúa tăng 300 đồng/kg.", "300", {"period": "2025-04"}),
    ],
    ids=["done-up-to-the-middle-of-a-month-counts-from-the-start", "its-share-too",
         "had-at-the-middle-of-a-month-is-the-months", "the-middle-of-a-month-alone-is-that-month"],
)
def test_up_to_the_middle_of_a_month_is_no_months(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def _table_titled(title: str) -> str:
    return ("3. DU LỊCH\n\nNăm 2025, toàn tỉnh đón 4,1 triệu lượt khách.\n\n"
            f"{title}\n\n"
            "Chỉ tiêu | ĐVT | Kế hoạch\n"
            "Khách du lịch | Triệu lượt | 4,5\n"
            "\n"
            "4. THU NGÂN SÁCH\n\n"
            "Tổng thu ngân sách ước đạt 1.250 tỷ đồng, tăng 6,4% so với cùng kỳ.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_table_titled("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"), "4,5", {"role": "plan"}),
        (_table_titled("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"), "1.250", {"role": "actual"}),
        (_table_titled("MỤC TIÊU PHÁT TRIỂN DU LỊCH NĂM 2026"), "6,4%", {"role": "actual"}),
        (_table_titled("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026").replace("\nChỉ tiêu |", "\nĐơn vị tính: lượt\nChỉ tiêu |"),
         "1.250", {"role": "actual"}),
        (_table_titled("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026").replace("\n\nChỉ tiêu |", "\n\nPhấn đấu đạt các chỉ tiêu "
                                                                "sau.\nChỉ tiêu |", 1), "1.250", {"role": "plan"}),
    ],
    ids=["a-title-of-targets-over-a-table-governs-its-rows", "not-the-numbered-sections-after-it",
         "any-words-of-targets", "its-unit-line-between", "a-heading-over-prose-still-governs-on"],
)
def test_a_tables_title_governs_the_table_only(text, surface, expected):
    assert fields_at(text, surface, expected) == expected
_DECK = ("Slide 7\nKẾT QUẢ THU HÚT ĐẦU TƯ\n312\ndự án được cấp phép\nVốn đăng ký 4.150 tỷ đồng\n7\n\n"
         "Slide 8\nNÔNG NGHIỆP\nSản lượng lúa đạt 245 nghìn tấn\n8\n")


@pytest.mark.parametrize(
    ("text", "surface", "left_out"),
    [
        (_DECK, "Slide 7", True),
        (_DECK, "\n7\n", True),
        (_DECK, "\n8\n", True),
        ("Trang chiếu 3\nCÔNG TÁC XÃ HỘI\nGiải quyết việc làm cho 1.240 lao động\n3\n", "\n3\n", True),
        (_DECK, "312", False),
        (_DECK.replace("tỷ đồng\n7\n", "tỷ đồng\n9\n"), "\n9\n", False),
        ("Kết quả năm 2025\nSố doanh nghiệp thành lập mới\n7\n", "\n7\n", False),
    ],
    ids=["a-slide-mark-and-its-number", "the-same-number-at-the-blocks-foot", "and-the-last-slides",
         "another-slide-mark-word", "a-call-outs-bare-number-is-a-figure", "another-number-at-the-foot-is-read",
         "a-number-at-a-foot-no-slide-mark-opens-is-read"],
)
def test_a_slides_number_opening_and_closing_its_block_is_a_label(text, surface, left_out):
    from solieu.extract import explain

    ex = explain(text, "t")
    at = text.index(surface.strip(), text.index(surface))
    if surface.startswith("Slide"):
        at += len("Slide ")
    excluded = {x.start: x.reason.code for x in ex.excluded}
    assert (excluded.get(at) == "label") is left_out
    assert (at in set(ex.figures["start"])) is not left_out


_GIVEN = ("Phụ lục số 03\n\n{title}\n\n"
          "STT | Đơn vị | Tỷ lệ trẻ em được tiêm chủng đầy đủ (%) | Số lao động được đào tạo (người)\n"
          "1 | Xã Tân Thành | 98,5 | 120\n"
          "2 | Xã Bình Minh | 97,0 | 95\n")


@pytest.mark.parametrize(
    ("title", "surface", "role"),
    [
        ("MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI GIAO CÁC XÃ NĂM 2027", "98,5", "plan"),
        ("CHỈ TIÊU PHÁT TRIỂN XÃ HỘI GIAO CHO CÁC XÃ NĂM 2027", "120", "plan"),
        ("Biểu số 03: Kế hoạch phân bổ chỉ tiêu đào tạo nghề năm 2027", "95", "plan"),
        ("KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAO CÁC XÃ NĂM 2027", "98,5", "actual"),
        ("MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CỦA CÁC XÃ NĂM 2027", "120", "actual"),
    ],
    ids=["targets-given-to-communes", "given-to-them", "a-plan-allotted", "the-results-of-targets-given-are-results",
         "targets-named-not-given-stay-as-read"],
)
def test_a_tables_title_of_targets_given_makes_its_plain_columns_targets(title, surface, role):
    assert figure_at(_GIVEN.format(title=title), surface)["role"] == role


_PART = ("DỰ TOÁN CHI NGÂN SÁCH CÁC PHƯỜNG NĂM 2027\n\n"
         "STT | Đơn vị | Dự toán chi năm 2027 (triệu đồng) | {part}\n"
         "1 | Phường Hòa Bình | 18.450 | 4.200\n"
         "2 | Phường Quyết Thắng | 16.300 | 3.750\n")


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Trong đó: Chi đầu tư phát triển", {"unit": "VND", "value": 4_200_000_000.0, "role": "plan"}),
        ("Bao gồm chi sự nghiệp giáo dục", {"unit": "VND", "value": 4_200_000_000.0, "role": "plan"}),
        ("Trong đó: Chi thường xuyên (tỷ đồng)", {"unit": "VND", "value": 4_200_000_000_000.0, "role": "plan"}),
        ("Số đơn vị sự nghiệp", {"unit": "count", "value": 4200.0, "role": "actual"}),
    ],
    ids=["a-part-column-takes-the-unit-and-role-of-the-one-before", "another-part-word",
         "its-own-unit-stays", "a-column-no-part-word-opens-is-read-alone"],
)
def test_a_part_column_naming_no_unit_takes_the_unit_of_the_column_before(part, expected):
    assert fields_at(_PART.format(part=part), "4.200", expected) == expected


_FALL = ("STT | Đơn vị | {header} | Số hộ thoát nghèo (hộ)\n"
         "1 | Xã Minh Tiến | 2,4 | 35\n"
         "2 | Xã Phúc Lộc | 1,8 | 27\n")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Tỷ lệ hộ nghèo giảm (%)", {"kind": "change_points", "unit": "percentage_point"}),
        ("Giảm tỷ lệ trẻ em suy dinh dưỡng (%)", {"kind": "change_points", "unit": "percentage_point"}),
        ("Tỷ lệ hộ cận nghèo giảm (‰)", {"kind": "change_points", "unit": "per_mille_point"}),
        ("Tỷ lệ hộ nghèo (%)", {"kind": "share", "unit": "percent"}),
    ],
    ids=["a-column-naming-a-rates-fall", "the-fall-word-first", "in-per-mille", "a-rate-column-holds-shares"],
)
def test_a_column_naming_a_rates_fall_holds_its_fall_in_points(header, expected):
    assert fields_at(_FALL.format(header=header), "2,4", expected) == expected


_CHART = ("Slide 9\n{title}\n"
          "2021    2022    2023    2024*\n"
          "{values}\n"
          "{note}\n")


@pytest.mark.parametrize(
    ("title", "values", "note", "surface", "expected"),
    [
        ("TỐC ĐỘ TĂNG TRƯỞNG KINH TẾ GIAI ĐOẠN 2021 - 2024 (%)", "5,2    6,0    6,4    7,1", "", "6,0",
         {"unit": "percent", "kind": "growth", "period": "2022", "qualifier": "exact"}),
        ("KIM NGẠCH XUẤT KHẨU (TRIỆU USD)", "812,5    905,0    968,4    1.040,2", "(*) Số ước thực hiện", "1.040,2",
         {"value": 1_040_200_000.0, "unit": "USD", "period": "2024", "qualifier": "estimated"}),
        ("KIM NGẠCH XUẤT KHẨU (TRIỆU USD)", "812,5    905,0    968,4    1.040,2", "(*) Số ước thực hiện", "968,4",
         {"value": 968_400_000.0, "period": "2023", "qualifier": "exact"}),
        ("Sản lượng lương thực (nghìn tấn)", "310    325    331    340", "", "340",
         {"value": 340_000.0, "unit": "tonne", "period": "2024", "qualifier": "exact"}),
        ("KIM NGẠCH XUẤT KHẨU", "812,5    905,0    968,4    1.040,2", "", "905,0", {"unit": "count", "period": None}),
    ],
    ids=["a-charts-values-are-its-titles-unit-by-year", "a-starred-year-over-an-estimates-note-is-estimated",
         "the-other-years-are-not", "a-title-in-lower-case", "a-title-naming-no-unit-makes-no-chart"],
)
def test_a_charts_data_line_under_its_years_reads_as_a_table(title, values, note, surface, expected):
    text = _CHART.format(title=title, values=values, note=note)
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("6,8", {"unit": "percent", "kind": "growth", "period": "2024-Q4", "qualifier": "exact"}),
     ("7,4", {"unit": "percent", "period": "2025-Q2", "qualifier": "estimated"})],
    ids=["a-quarters-value", "a-starred-quarter-over-an-estimates-note"],
)
def test_a_charts_quarters_are_its_values_periods(surface, expected):
    text = ("Tăng trưởng tổng sản phẩm theo quý so với cùng kỳ năm trước (%)\n\n"
            "Quý III/2024   Quý IV/2024   Quý I/2025   Quý II/2025*\n6,1   6,8   7,0   7,4\n\n(*) Số ước tính\n")
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Slide 3\nTĂNG TRƯỞNG\nTốc độ tăng trưởng giá trị sản xuất công nghiệp\n11,4%\nNguồn: Cục Thống kê\n3\n",
         "11,4%",
         {"kind": "growth", "qualifier": "exact"}),
        ("Slide 5\nTHU NGÂN SÁCH\n4.860 tỷ đồng\nTổng thu ngân sách trên địa bàn (ước)\n5\n", "4.860",
         {"kind": "amount", "qualifier": "estimated"}),
        ("Slide 5\nTHU NGÂN SÁCH\nKim ngạch xuất khẩu (ƯTH)\n1.250 triệu USD\nTăng 8% so với năm trước\n5\n", "1.250",
         {"kind": "amount", "qualifier": "estimated"}),
        ("Slide 6\nXÃ HỘI\nTỷ lệ hộ nghèo\n2,85%\nGiảm 0,9 điểm % so với năm 2024\n6\n", "2,85%",
         {"kind": "share", "qualifier": "exact"}),
        ("Slide 6\nĐẦU TƯ\nVốn đầu tư toàn xã hội đạt 72.450 tỷ đồng\nTổng vốn đăng ký (ước)\n6\n", "72.450",
         {"kind": "amount", "qualifier": "exact"}),
    ],
    ids=["a-rate-under-a-label-naming-a-growth-is-a-growth", "an-estimate-word-bracketed-in-the-label-below",
         "or-above", "a-rate-under-a-label-of-a-level-is-a-share", "a-number-inside-a-sentence-is-no-call-out"],
)
def test_a_call_outs_label_above_or_below_it_reads_as_if_before_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_CARDS_UNDER = ("BẢN TIN KINH TẾ\n\nCHỈ TIÊU CHỦ YẾU\n\n6 THÁNG NĂM 2026\n\n"
                "6,45%\n\nTăng trưởng kinh tế so với cùng kỳ\n\n"
                "3,8%\n\nChỉ số giá tiêu dùng tăng so với cùng kỳ\n\n1.920 tỷ đồng\n\nThu ngân sách trên địa bàn\n\n"
                "54,7%\n\nTỷ lệ giải ngân vốn đầu tư công so với kế hoạch\n\n12,5%\n\nTỷ lệ hộ nghèo đa chiều\n\n"
                "1. Sản xuất nông nghiệp ổn định.\n")
_CARDS_ABOVE = ("Slide 2\nKẾT QUẢ NỔI BẬT\nTỷ lệ giải ngân vốn đầu tư công\n47,2%\nTỷ lệ hộ nghèo\n3,1%\n"
                "Nguồn: Cục Thống kê tỉnh\n2\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_CARDS_UNDER, "6,45%", {"kind": "growth"}),  # the first card under the box's title: its label below
        (_CARDS_UNDER, "3,8%", {"kind": "growth"}),  # a change against the same period, below
        (_CARDS_UNDER, "54,7%", {"kind": "plan_ratio"}),  # a disbursement rate below, not the amount's label above
        (_CARDS_UNDER, "12,5%", {"kind": "share"}),  # a level's rate below, not the disbursement rate above
        (_CARDS_ABOVE, "47,2%", {"kind": "plan_ratio"}),  # a slide's cards, labels above: read as they were
        (_CARDS_ABOVE, "3,1%", {"kind": "share"}),  # its own label above, a level's rate
    ],
    ids=["a-run-opening-with-a-figure-under-the-title", "a-change-against-the-same-period-below",
         "a-disbursement-rate-below", "a-level-below-not-the-rate-above", "a-run-opening-with-a-label-reads-above",
         "its-own-label-above"],
)
def test_a_run_of_cards_reads_every_label_on_the_side_its_first_card_does(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_DIVIDED = ("Slide 8\nPHẦN II. NHIỆM VỤ, GIẢI PHÁP NĂM 2027\n8\n\n"
            "Slide 9\nGIẢI PHÁP TRỌNG TÂM\n1. Hoàn thành 4 công trình thủy lợi\n2. Trồng mới 1.200 ha rừng\n9\n\n"
            "Slide 10\nMỤC TIÊU VỀ XÃ HỘI\n• Tạo việc làm mới cho 15.000 lao động\n10\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_DIVIDED, "4", {"role": "plan", "period": "2027"}),
        (_DIVIDED, "1.200", {"role": "plan", "period": "2027"}),
        (_DIVIDED, "15.000", {"role": "plan", "period": "2027"}),
        ("Slide 6\nPHẦN I. KẾT QUẢ NĂM 2026\n6\n\nSlide 7\nNÔNG NGHIỆP\n• Trồng mới 900 ha rừng\n7\n\n" + _DIVIDED,
         "900", {"role": "actual", "period": "2026"}),
    ],
    ids=["a-slides-targets-under-the-divider-naming-their-year", "each-of-them", "a-later-slide-too",
         "a-results-dividers-slides-stay-results"],
)
def test_a_divider_slide_heads_the_slides_after_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Slide 4\nTốc độ tăng trưởng GRDP\n7,85%\nVượt chỉ tiêu Nghị quyết (7,5%)\n4\n", "7,5%", "growth"),
        ("Slide 4\nTăng trưởng kinh tế\n9,1%\nThấp hơn kế hoạch đề ra (9,5%)\n4\n", "9,5%", "growth"),
        ("Slide 4\nTỷ lệ che phủ rừng\n63,2%\nĐạt mục tiêu Nghị quyết (63%)\n4\n", "63%", "share"),
        ("Slide 4\nTốc độ tăng trưởng GRDP\n7,85%\nTỷ lệ đô thị hóa (32,5%)\n4\n", "32,5%", "share"),
    ],
    ids=["a-target-under-a-call-outs-growth-is-a-growth", "another-target-word", "under-a-share-a-share",
         "a-bracket-after-no-target-word-is-read-alone"],
)
def test_a_target_bracketed_under_a_call_out_is_of_its_kind(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


_TARGET_CHART = ("Slide 20\nPHẦN IV. KẾ HOẠCH NĂM 2027\n20\n\n"
                 "Slide 21\nKIM NGẠCH XUẤT KHẨU (TRIỆU USD)\n"
                 "2025    2026 (ƯTH)    2027 (KH)\n"
                 "820    905    1.000\n21\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TARGET_CHART, "820", {"role": "context", "period": "2025"}),
        (_TARGET_CHART, "905", {"role": "context", "period": "2026", "qualifier": "estimated"}),
        (_TARGET_CHART, "1.000", {"role": "plan", "period": "2027"}),
        (_TARGET_CHART.replace("PHẦN IV. KẾ HOẠCH NĂM 2027", "PHẦN I. KẾT QUẢ NĂM 2026"), "820",
         {"role": "actual", "period": "2025"}),
    ],
    ids=["a-charted-year-before-the-targets-is-their-baseline", "the-estimated-year-too", "the-target-is-a-target",
         "outside-a-section-of-targets-a-result"],
)
def test_a_charts_years_before_its_target_are_the_baseline_under_targets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def _blank_lined(text):
    """``text`` as a page exported a line to a paragraph leaves it: a blank line after every line."""
    return text.replace("\n", "\n\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_blank_lined(_DECK), "312", {"unit": "count"}),
        (_blank_lined("Slide 5\nTHU NGÂN SÁCH\n4.860 tỷ đồng\nTổng thu ngân sách trên địa bàn (ước), tăng 8,2% so với "
                      "năm trước\n5\n"), "4.860", {"qualifier": "estimated"}),
        (_blank_lined(_GIVEN.format(title="MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI GIAO CÁC XÃ NĂM 2027")), "98,5",
         {"role": "plan", "period": "2027"}),
    ],
    ids=["a-call-outs-number-is-read", "a-call-outs-label-past-a-blank-line", "a-tables-title-past-blank-lines"],
)
def test_a_slide_decks_and_a_tables_shapes_read_the_same_with_a_blank_line_after_every_line(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize("surface", ["\n\n7\n", "\n\n8\n"], ids=["a-slides-foot", "the-last-slides"])
def test_a_slides_foot_past_blank_lines_is_its_number(surface):
    from solieu.extract import explain

    text = _blank_lined(_DECK)
    at = text.index(surface) + 2
    assert {x.start: x.reason.code for x in explain(text, "t").excluded}.get(at) == "label"
_WEEK_DONE = "Xã Hải Phú báo cáo kết quả tuần 46 năm 2025:\n1/ Thu ngân sách được 210 triệu đồng.\n"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_WEEK_DONE + "📌 Nhiệm vụ tuần tới:\n- Thu thêm 150 triệu đồng.\n", "150", "plan"),
        (_WEEK_DONE + "👉 NHIỆM VỤ TRỌNG TÂM NĂM 2026\n- Trồng mới 45 ha rừng.\n", "45", "plan"),
        (_WEEK_DONE + "✅️ Phương hướng tháng tới:\n- Cấp 300 thẻ BHYT.\n", "300", "plan"),
        (_WEEK_DONE + "📌 Nhiệm vụ tuần tới:\n- Thu thêm 150 triệu đồng.\n", "210", "actual"),
        (_WEEK_DONE + "📌 Kết quả tuần:\n- Cấp 300 thẻ BHYT.\n", "300", "actual"),
    ],
    ids=["a-pin-before-next-weeks-tasks-opens-them", "a-pointing-hand-before-a-years-tasks",
         "a-check-mark-with-its-glyph-selector", "the-results-before-stay-results", "a-pin-before-results-opens-none"],
)
def test_a_pictograph_opening_a_line_of_tasks_opens_the_plan_section(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Báo cáo tuần 45 năm 2025. Lũy kế T10 (đến 26/10): cấp mới 215 thẻ BHYT.", "215", "2025-10"),
        ("Báo cáo tuần 50 năm 2025. Trong T12 xã thu ngân sách 310 triệu đồng.", "310", "2025-12"),
        ("Báo cáo năm 2025. Thu NS T9/2024 đạt 1,6 tỷ đồng.", "1,6", "2024-09"),
        ("Báo cáo năm 2025. Tổ T3 có 42 hộ nghèo.", "42", None),
        ("Báo cáo năm 2025. Theo QĐ-T11 giao 75 ha đất.", "75", None),
    ],
    ids=["a-month-abbreviated-after-a-running-total", "after-trong", "with-its-year-anywhere",
         "alone-after-a-noun-it-names-a-team", "glued-to-a-code-it-is-none"],
)
def test_a_month_abbreviated_as_t_and_its_number_names_the_month(text, surface, period):
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Thu ngân sách lũy kế là 3,15 tỷ đồng chứ không phải 3,51 tỷ đồng như báo cáo trước.", "3,51",
         {"role": "context", "value": 3_510_000_000.0, "unit": "VND"}),
        ("Số hộ tham gia là 1.240 hộ, chứ ko phải 1.420 hộ.", "1.420", {"role": "context", "unit": "count"}),
        ("Xin đính chính: thu được 4,2 tỷ chứ ko phải 2,4 (gõ nhầm), đạt 90% KH.", "2,4",
         {"role": "context", "value": 2_400_000_000.0, "unit": "VND"}),
        ("Tỷ lệ bao phủ đạt 91,2% chứ không phải là khoảng 92,1%.", "92,1%", {"role": "context"}),
        ("Xin đính chính: thu được 4,2 tỷ chứ ko phải 2,4 (gõ nhầm), đạt 90% KH.", "4,2", {"role": "actual"}),
        ("Số hộ tham gia là 1.240 hộ, không phải hộ nào cũng đóng đủ 12 tháng.", "1.240", {"role": "actual"}),
    ],
    ids=["a-figure-withdrawn-by-chu-khong-phai-is-context", "abbreviated-ko-too", "a-bare-one-takes-the-corrected-unit",
         "a-qualifier-between", "the-corrected-figure-stays-a-result", "no-withdrawing-words-no-context"],
)
def test_a_figure_withdrawn_as_it_is_corrected_is_context(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Tỷ lệ bao phủ BHYT 92,3%, +25 người tham gia BHYT tự nguyện trong tháng.", "+25", "change"),
        ("Đàn lợn hiện có 4.120 con, +150 con so với đầu năm.", "+150", "change"),
        ("Trong tuần cấp mới 40 thẻ, +3 hộ thoát nghèo.", "+3", "change"),
        ("Kết quả tuần:\n+12 hộ tham gia BHYT.", "+12", "count"),
        ("Doanh thu du lịch tăng 5% (+13%).", "+13%", "growth"),
    ],
    ids=["a-plus-before-a-count-is-a-rise", "before-a-comparison", "after-another-figure",
         "one-opening-its-line-may-be-a-lists-mark", "a-signed-percent-stays-a-growth"],
)
def test_a_plus_sign_before_a_count_in_prose_reads_as_a_rise(text, surface, kind):
    assert figure_at(text, surface)["kind"] == kind


_YEAR_2025 = "Báo cáo kết quả năm 2025.\n"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_YEAR_2025 + "Còn 15 hộ sẽ được hỗ trợ trong tháng tới.", "15", "plan"),
        (_YEAR_2025 + "Số còn lại khoảng 240 con sẽ tiêm bổ sung.", "240", "plan"),
        (_YEAR_2025 + "Từ nay đến hết năm 2025, huyện sẽ giải ngân thêm khoảng 35 tỷ đồng.", "35", "plan"),
        (_YEAR_2025 + "Đến năm 2027, tỉnh sẽ trồng mới 800 ha rừng.", "800", "plan"),
        (_YEAR_2025 + "Năm 2025, có 64,5% doanh nghiệp cho biết sẽ hoàn thành kế hoạch.", "64,5%", "actual"),
        (_YEAR_2025 + "Ngành sẽ rà soát các hộ kinh doanh có doanh thu năm 2025 ước khoảng 1.850 tỷ đồng.", "1.850",
         "actual"),
        (_YEAR_2025 + "Đã hỗ trợ 15 hộ, sau đó sẽ tổng kết.", "15", "actual"),
    ],
    ids=["a-count-followed-by-se-is-yet-to-be-done", "with-a-qualifier", "after-se-past-a-deadline-of-the-year",
         "or-a-later-years-deadline", "a-year-the-figures-are-of-is-no-deadline", "a-year-after-se-is-the-figures-own",
         "se-after-a-break-is-not-the-figures"],
)
def test_a_future_word_before_or_right_after_a_figure_makes_it_a_target(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_YEAR_2025 + "Để hoàn thành kế hoạch, thu ngân sách tháng 12 phải tăng khoảng 15%.", "15%", "plan"),
        (_YEAR_2025 + "Tỷ lệ giải ngân cần đạt 95% vào cuối năm.", "95%", "plan"),
        (_YEAR_2025 + "Theo tính toán, để cả năm đạt 7%, công nghiệp phải tăng 9,5%.", "7%", "plan"),
        (_YEAR_2025 + "Nhằm sản lượng đạt 12.000 tấn, huyện mở rộng vùng nguyên liệu.", "12.000", "plan"),
        (_YEAR_2025 + "Tổng số thuế phải nộp 12 tỷ đồng, đã nộp 10 tỷ đồng.", "12", "actual"),
        (_YEAR_2025 + "Doanh thu năm nay đạt 8%, để lại lợi nhuận 2 tỷ đồng.", "8%", "actual"),
    ],
    ids=["a-change-that-must-be-made", "a-level-that-needs-reaching", "a-purpose-clause-ending-in-dat",
         "nham-too", "a-sum-owed-is-no-requirement", "a-reached-level-opens-no-purpose"],
)
def test_a_level_required_or_aimed_at_is_a_target(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [
        ("Tỉnh đưa tổ máy Nhà máy Nhiệt điện Duyên Hải 3 mở rộng vào vận hành thương mại.", "3", False),
        ("Nhà máy Điện gió Hòa Bình 1 vận hành ổn định trong quý.", "1", False),
        ("Khu công nghiệp Phú Bài 2 mở rộng thêm 45 ha.", "2", False),
        ("Khu công nghiệp Phú Bài 2 mở rộng thêm 45 ha.", "45", True),
        ("Trong năm, tỉnh mở rộng 3 khu công nghiệp và vận hành 2 nhà máy.", "3", True),
    ],
    ids=["a-plants-number-before-mo-rong-ends-its-name", "before-van-hanh", "an-industrial-parks-too",
         "the-area-after-stays-a-figure", "no-capitalised-name-before-no-name"],
)
def test_a_names_number_before_an_extension_or_a_running_word_is_part_of_the_name(text, surface, is_figure):
    df = extract(text)
    assert (surface in df["surface"].tolist()) == is_figure


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (_YEAR_2025 + "Bà Lê Thị Hoa, Giám đốc Sở Tài chính: Kế hoạch thu năm 2025 là 4.200 tỷ đồng.", "4.200", "plan"),
        (_YEAR_2025 + "PV báo Nhân Dân: Mục tiêu năm 2025 là giảm 1,5% tỷ lệ hộ nghèo?", "1,5%", "plan"),
        (_YEAR_2025 + "Mục tiêu đã đạt là tỷ lệ hộ dùng nước sạch, đạt 86,2%.", "86,2%", "actual"),
        (_YEAR_2025 + "Ông Nguyễn Văn An, Chủ tịch UBND xã: Năm 2025 xã thu được 3,2 tỷ đồng.", "3,2", "actual"),
    ],
    ids=["past-a-speakers-label", "a-reporters-label-too", "the-targets-reached-state-no-target",
         "a-speakers-result-stays-a-result"],
)
def test_a_target_stated_by_a_copula_past_a_speakers_label(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        ("Giá cà phê 120.000 đồng/kg, cao hơn năm ngoái khoảng 15.000 đồng/kg.", "15.000", "previous_year"),
        ("Sản lượng lúa giảm 3,2% so với năm ngoái.", "3,2%", "previous_year"),
        ("Giá lợn hơi 62.000 đồng/kg, thấp hơn cùng kỳ gần 4.000 đồng/kg.", "4.000", "previous_year"),
        ("Giá lợn hơi 62.000 đồng/kg, tăng khoảng 4.000 đồng/kg.", "4.000", None),
    ],
    ids=["nam-ngoai-before-a-qualifier-is-the-year-before", "nam-ngoai-after-so-voi", "any-base-before-a-qualifier",
         "no-base-named-none"],
)
def test_the_year_before_spoken_as_nam_ngoai_is_a_base_before_a_qualifier_too(text, surface, base):
    assert figure_at(text, surface)["base"] == base


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Thu ngân sách lũy kế 3,65 tỷ/DT 4,1 tỷ, đạt 89%.", "3,65", "VND"),
        ("Tuần thu 612tr/KH 700tr.", "612", "VND"),
        ("Lũy kế 2,8 tỷ/kế hoạch 3 tỷ.", "2,8", "VND"),
        ("Sản lượng đạt 1,2 triệu lượt/năm.", "1,2", "count_per_year"),
    ],
    ids=["billions-against-dt-are-money", "millions-against-kh", "against-ke-hoach-written-out",
         "a-count-per-year-stays-a-rate"],
)
def test_millions_counting_nothing_set_against_a_plan_after_a_slash_are_money(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # A national average in brackets with a qualifier before its number is another place's level.
        ("Toàn tỉnh giải ngân đạt 61,2% kế hoạch, cao hơn bình quân cả nước (khoảng 54,6%).", "54,6%",
         {"role": "context"}),
        ("Tỷ lệ bao phủ đạt 93,1%, cao hơn mức chung cả nước (gần 92%).", "92%", {"role": "context"}),
        ("Toàn tỉnh giải ngân đạt 61,2% (khoảng 1.250 tỷ đồng).", "1.250", {"role": "actual"}),
        # An estimate of the result after a future clause is a result estimated, not a target; a forecast there is.
        ("Chúng tôi tin cả năm sẽ vượt kế hoạch, ước đạt 2,4 triệu lượt khách.", "2,4",
         {"role": "actual", "qualifier": "estimated"}),
        ("Huyện sẽ tổ chức thêm 3 phiên đấu giá, dự kiến thu khoảng 1.350 tỷ đồng.", "1.350", {"role": "plan"}),
        ("Huyện sẽ xây dựng 2 chuỗi liên kết sản xuất.", "2", {"role": "plan"}),
        # A level a clause aims at with a word of purpose inside it, a question's included.
        ("Tỉnh có giải pháp gì để đến hết năm 2025 giải ngân đạt 100% kế hoạch?", "100%", {"role": "plan"}),
        ("Sở đang tập trung chỉ đạo nhằm bảo đảm tỷ lệ bao phủ đạt 95%.", "95%", {"role": "plan"}),
        ("Nhờ hỗ trợ để các hộ phát triển sản xuất, thu nhập bình quân đạt 62 triệu đồng.", "62", {"role": "actual"}),
        # DT before HĐND in a message: the council's estimate, not an area.
        ("Lũy kế thu 4,87 tỷ = 93,7% DT HĐND xã giao.", "93,7%", {"kind": "plan_ratio", "base": "council_estimate"}),
        ("Diện tích lúa chiếm 45% DT đất nông nghiệp.", "45%", {"kind": "share"}),
    ],
    ids=["a-bracketed-average-with-a-qualifier", "near", "no-place-no-context",
         "an-estimate-after-a-future-clause", "a-forecast-there-is-a-target", "a-future-verb-alone",
         "a-purpose-inside-a-question", "nhằm-inside-a-clause", "a-purpose-before-a-comma-ends-with-it",
         "dt-hdnd-is-the-councils-estimate", "dt-alone-is-an-area"],
)
def test_a_press_conference_and_a_chat_reports_other_shapes(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KH đợt 2 tiêm 1.353 con.", ["1.353"]),  # a round's number before a verb of vaccination names the round
        ("Đã tiêm 1.353 con, đạt 92%.", ["1.353", "92%"]),
        ("Phun tiêu độc 3 đợt trên địa bàn.", ["3"]),
    ],
    ids=["a-rounds-number-before-tiem", "tiem-before-the-number", "rounds-counted"],
)
def test_a_rounds_number_before_a_verb_of_vaccination_is_its_name(text, expected):
    assert [f["surface"] for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("tail", "surface", "period"),
    [
        ("Diện tích lúa cả năm 5.870 ha, năng suất ước đạt 56,4 tạ/ha.", "56,4", "2025"),  # another figure between
        ("Sản lượng ước cả năm đạt 45.310 tấn.", "45.310", "2025"),
        ("Diện tích lúa cả năm 2024 là 5.870 ha, năng suất ước đạt 56,4 tạ/ha.", "56,4", "2024"),  # a year of its own
        ("Sản lượng lúa cả năm của huyện xếp thứ 2/9 toàn tỉnh.", "2/9", None),  # no estimate, no target
    ],
    ids=["a-figure-between-is-no-year", "an-estimate-of-the-whole-year", "a-year-named", "a-rank-not-estimated"],
)
def test_the_whole_year_under_a_heading_counting_months_is_the_headings_year(tail, surface, period):
    text = f"BÁO CÁO\n\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 10 THÁNG ĐẦU NĂM 2025\n\n1. Về kinh tế\n\n{tail}\n"
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("lead_in", "period"),
    [
        ("Để hoàn thành các mục tiêu trên, năm 2026 tỉnh tập trung các giải pháp sau:", "2026"),
        ("Trong năm 2026, tỉnh tập trung các giải pháp sau:", "2026"),
        ("Để hoàn thành mục tiêu năm 2026, tỉnh tập trung các giải pháp sau:", None),  # the purpose's year
    ],
    ids=["a-year-after-the-purposes-comma", "no-purpose", "the-year-inside-the-purpose"],
)
def test_a_purpose_lead_in_names_its_items_time_only_after_its_comma(lead_in, period):
    items = "- Phấn đấu giải ngân đạt 100% kế hoạch vốn;\n\n- Thu hút ít nhất 15 dự án.\n"
    text = f"Báo cáo của UBND tỉnh.\n\n{lead_in}\n\n{items}"
    assert figure_at(text, "15")["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("GRDP bình quân đầu người: 78,6 triệu đồng\n", "78,6", "VND_per_person"),  # a key-figure line
        ("- GRDP bình quân đầu người: 115 triệu đồng trở lên;\n", "115", "VND_per_person"),  # a target's bullet
        ("Thu nhập bình quân đầu người một tháng: 4,2 triệu đồng\n", "4,2", "VND_per_person_per_month"),
        ("Tổng thu ngân sách: 1.178 tỷ đồng\n", "1.178", "VND"),  # no per-capita word
        ("Bình quân đầu người: tăng 12%, tổng thu đạt 1.178 tỷ đồng\n", "1.178", "VND"),  # not right after the colon
    ],
    ids=["a-label-before-its-colon", "a-bullet", "per-month", "no-per-word", "a-clause-between"],
)
def test_a_per_capita_label_before_its_colon_makes_the_amount_after_it_a_rate(text, surface, unit):
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("header", "note", "surface", "expected"),
    [
        ("Thực hiện tháng 8 | Ước tính tháng 9 | Lũy kế 9 tháng", "", "310", ("exact", "2024-08")),
        ("Thực hiện tháng 8 | Ước tính tháng 9 | Lũy kế 9 tháng", "", "320", ("estimated", "2024-09")),
        ("TH tháng 8 | Ước tháng 9 | Lũy kế 9 tháng",
         "Ghi chú: Số liệu tháng 9 là số ước tính.", "310", ("exact", "2024-08")),
        ("TH tháng 8 | Ước tháng 9 | Lũy kế 9 tháng",  # the note names the running total: an estimate's sum
         "Ghi chú: số liệu tháng 9 là số ước; lũy kế 9 tháng gồm số thực hiện 8 tháng và số ước tháng 9.",
         "2.890", ("estimated", None)),
        ("TH tháng 8 | Ước tháng 9 | Lũy kế 9 tháng",  # the month's estimate alone: the total stays exact
         "Ghi chú: Số liệu tháng 9 là số ước tính.", "2.890", ("exact", None)),
        ("TH tháng 8/2024 | Ước tháng 9/2024 | Lũy kế 9 tháng", "", "310", ("exact", "2024-08")),  # a year named
    ],
    ids=["a-done-month", "an-estimated-month", "the-note-spares-the-done-month", "a-total-holding-an-estimate",
         "a-total-not-named", "its-own-year"],
)
def test_a_header_month_of_no_year_is_of_the_titles_year(header, note, surface, expected):
    text = (f"Biểu 01. MỘT SỐ CHỈ TIÊU CHỦ YẾU THÁNG 9 NĂM 2024\n\nChỉ tiêu | ĐVT | {header}\n"
            f"Sản lượng điện | Triệu kWh | 310 | 320 | 2.890\n\n{note}\n")
    f = figure_at(text, surface)
    assert (f["qualifier"], f["period"]) == expected


_MADE_OF_AN_ESTIMATE = "Ghi chú: Số liệu 10 tháng gồm số thực hiện 9 tháng và số ước tính tháng 10/2024."


@pytest.mark.parametrize(
    ("note", "surface", "expected"),
    [
        # the note names the months' total by what it is made of, no "lũy kế": it holds an estimate
        (_MADE_OF_AN_ESTIMATE, "1.840", ("estimated", None)),
        (_MADE_OF_AN_ESTIMATE, "107,5", ("estimated", None)),
        # the month's comparison names the month without its year: the year the month's column names
        (_MADE_OF_AN_ESTIMATE, "104,2",
         ("estimated", "2024-10")),
        ("Ghi chú: Số liệu 10 tháng bao gồm số ước tính tháng 10/2024.", "1.840", ("estimated", None)),
        ("", "1.840", ("exact", None)),  # no note: a plain total
        ("", "104,2", ("estimated", "2024-10")),  # the month's estimate compared: an estimate, of that month
        # a note naming another total than the column's months: the column is not named
        ("Ghi chú: Số liệu 9 tháng gồm số thực hiện 8 tháng và số ước tính tháng 9/2024.", "1.840", ("exact", None)),
    ],
    ids=["a-total-made-of-an-estimate", "its-comparison", "the-months-comparison", "bao-gom", "no-note",
         "no-note-month-comparison", "another-total"],
)
def test_a_note_naming_what_a_running_total_is_made_of_and_a_month_compared_without_its_year(note, surface, expected):
    text = ("MỘT SỐ CHỈ TIÊU CHỦ YẾU\n\nChỉ tiêu | Đơn vị tính | Tháng 9/2024 | Ước tháng 10/2024 | 10 tháng 2024 | "
            "Tháng 10 so cùng kỳ (%) | 10 tháng so cùng kỳ (%)\n"
            "Doanh thu dịch vụ lưu trú | Tỷ đồng | 301,5 | 312,4 | 1.840 | 104,2 | 107,5\n\n" + note + "\n")
    f = figure_at(text, surface)
    assert (f["qualifier"], f["period"]) == expected


def test_the_same_month_of_the_year_before_takes_no_year_from_a_column_beside():
    text = ("MỘT SỐ CHỈ TIÊU\n\nChỉ tiêu | ĐVT | Cùng kỳ tháng 10 | Tháng 10/2024 | Tháng 10 so cùng kỳ (%)\n"
            "Sản lượng điện | Triệu kWh | 286 | 301 | 105,2\n")
    assert [(f["surface"], f["role"], f["period"]) for f in figures(text)] == [
        ("286", "context", None), ("301", "actual", "2024-10"), ("105,2", "actual", "2024-10")]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("% kế hoạch", ("plan_ratio", "plan")),
        ("% KH", ("plan_ratio", "plan")),
        ("% KH năm", ("plan_ratio", "plan")),
        ("% dự toán HĐND tỉnh giao", ("plan_ratio", "council_estimate")),
        ("%", ("share", None)),  # no base named
        ("% GRDP", ("share", None)),  # a part of a whole, no plan
    ],
    ids=["ke-hoach", "kh", "kh-nam", "a-councils-estimate", "a-bare-percent", "a-whole"],
)
def test_a_row_unit_naming_a_plan_makes_its_cells_ratios_to_it(unit, expected):
    text = (f"Chỉ tiêu | ĐVT | Huyện A | Huyện B | Toàn tỉnh\n"
            f"Vốn đầu tư giải ngân | {unit} | 61,2 | 48,3 | 55,0\n")
    f = figure_at(text, "48,3")
    assert (f["kind"], f["base"]) == expected


@pytest.mark.parametrize(
    ("lead_in", "role"),
    [
        ("Các chỉ tiêu trọng tâm tháng 12/2024:", "plan"),
        ("Một số chỉ tiêu trọng tâm 6 tháng cuối năm:", "plan"),
        ("Nhiệm vụ trọng tâm quý I/2025:", "plan"),
        ("Kết quả thực hiện các chỉ tiêu trọng tâm như sau:", "actual"),  # a lead-in naming results
        ("Các chỉ tiêu chủ yếu:", "actual"),  # indicators alone also lead into results
    ],
    ids=["key-targets-of-a-month", "of-the-half-to-come", "key-tasks", "results-of-them", "indicators-alone"],
)
def test_a_lead_in_naming_key_targets_opens_targets(lead_in, role):
    text = (f"Báo cáo tình hình kinh tế - xã hội của huyện.\n\n{lead_in}\n\n"
            "- Thu hút thêm 12 dự án đầu tư;\n\n- Giải ngân khoảng 350 tỷ đồng vốn đầu tư công.\n")
    assert figure_at(text, "350")["role"] == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tính chung 2 huyện trước sáp nhập, thu ngân sách đạt 812 tỷ đồng.", ["812"]),
        ("Xuất khẩu cộng chung 3 tỉnh đạt 1.942 triệu USD.", ["1.942"]),
        ("Tỉnh mới được thành lập trên cơ sở hợp nhất 2 tỉnh Hà Giang và Tuyên Quang.", []),
        ("Huyện sáp nhập 3 xã Tân An, Tân Bình, Tân Lợi thành xã Tân Thành.", []),
        ("Năm 2025 toàn tỉnh sáp nhập 150 xã thành 52 xã.", ["150", "52"]),  # no names: the communes counted
        ("Hỗ trợ 3 tỉnh miền núi 120 tỷ đồng.", ["3", "120"]),  # no summing nor merging word
    ],
    ids=["summed-districts", "summed-provinces", "merged-named", "merged-communes-named", "merged-counted",
         "no-such-word"],
)
def test_the_units_a_total_sums_or_a_merger_joins_are_named_not_counted(text, expected):
    assert [f["surface"] for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Các xã phải tập trung cao độ để hoàn thành ít nhất 18/20 tiêu chí nông thôn mới.", "18/20", "plan"),
        ("Tỉnh đẩy nhanh tiến độ để hoàn thành 100% kế hoạch vốn được giao.", "100%", "plan"),
        ("Để hoàn thành trên 95% kế hoạch năm, các ngành tăng tốc trong quý IV.", "95%", "plan"),
        ("Đến nay đã hoàn thành 18/20 tiêu chí nông thôn mới.", "18/20", "actual"),  # no purpose: a result
    ],
    ids=["a-least-after-a-purpose", "a-ratio-to-the-plan", "a-purpose-opening", "done-no-purpose"],
)
def test_a_purpose_ending_with_completing_aims_at_the_level_after_it(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("header", "base"),
    [
        ("So DT HĐND huyện (%)", "council_estimate"),
        ("So dự toán HĐND tỉnh giao (%)", "council_estimate"),
        ("So dự toán Trung ương giao (%)", "central_estimate"),
        ("So KH (%)", "plan"),  # a plan naming no giver
        ("So dự toán (%)", "plan"),
    ],
    ids=["abbreviated-council", "council", "central", "a-plan", "an-estimate-of-no-giver"],
)
def test_a_comparison_column_naming_who_gave_the_plan_has_that_givers_base(header, base):
    text = (f"Đơn vị tính: triệu đồng\n\nChỉ tiêu | Dự toán | Thực hiện 10 tháng | {header}\n"
            "Thu ngân sách | 400.200 | 315.820 | 78,9\n")
    assert figure_at(text, "78,9")["base"] == base


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Quý III, chỉ số sản xuất tăng 9,1%, cao hơn mức tăng của 6 tháng đầu năm (7,4%).", "7,4%", "context"),
        ("Thu ngân sách quý IV tăng 12%, thấp hơn 9 tháng năm 2024 (15,2%).", "15,2%", "context"),
        ("Doanh thu tăng 8%, cao hơn mức tăng của 3 tháng cuối năm trước (6,1%).", "6,1%", "context"),
        ("Giải ngân đạt 62%, cao hơn 3 xã còn lại (41%).", "41%", "actual"),  # a count between: no time
    ],
    ids=["first-half", "nine-months-of-a-year", "last-quarter-months", "a-count-between"],
)
def test_a_bracket_after_months_counted_compared_with_gives_their_level(text, surface, role):
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        ("Riêng quý III/2025, doanh thu tăng 9,3% so với quý II/2025.", "9,3%", None),
        ("Quý IV/2024, sản lượng tăng 4,1% so với quý III/2024.", "4,1%", None),
        ("Quý III/2025, doanh thu tăng 9,3% so với quý III/2024.", "9,3%", "2024"),  # the same quarter a year before
        ("Quý III/2025, doanh thu tăng 9,3% so với cùng kỳ.", "9,3%", "previous_year"),
    ],
    ids=["the-quarter-before", "another-year", "the-same-quarter-a-year-before", "same-period"],
)
def test_a_part_of_the_figures_own_year_compared_with_has_no_base(text, surface, base):
    assert figure_at(text, surface)["base"] == base


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Hội trao 120 suất quà cho hộ nghèo, mỗi suất trị giá 400.000 đồng.", "VND_per_person"),
        ("Tặng 50 phần quà, mỗi suất quà trị giá 400.000 đồng.", "VND_per_person"),
        ("Tặng 50 phần quà với tổng trị giá 400.000 đồng.", "VND"),  # a total, no "mỗi"
    ],
    ids=["each-package-worth", "each-gift-package-worth", "a-total-worth"],
)
def test_what_each_gift_is_worth_is_a_rate_per_recipient(text, unit):
    assert figure_at(text, "400.000")["unit"] == unit


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Giải ngân đến ngày 20/11/2024 đạt 58,1% kế hoạch vốn năm 2024, thấp hơn bình quân chung của tỉnh (62,3%).",
         None),
        ("Thu ngân sách đạt 81% kế hoạch năm 2024, cao hơn bình quân các huyện (62,3%).", None),
        ("Năm 2024, giải ngân đạt 58,1%, thấp hơn bình quân chung của tỉnh (62,3%).", "2024"),  # the year of the time
    ],
    ids=["a-plans-year-past-a-comma", "a-plan-of-a-year", "the-figures-own-year"],
)
def test_a_plans_year_gives_no_period_to_a_level_compared_with_after_it(text, period):
    assert figure_at(text, "62,3%")["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # another's rate alone in brackets after the comparing words: given to compare with, of no base
        ("Giải ngân vốn đầu tư công đạt 74,5% kế hoạch, cao hơn mức bình quân chung của tỉnh (66,1%).", "66,1%",
         ("context", None)),
        ("Thu ngân sách xã đạt 91,2% dự toán, thấp hơn bình quân các xã trong huyện (95,4%).", "95,4%",
         ("context", None)),
        ("Giải ngân vốn đầu tư công đạt 74,5% kế hoạch, cao hơn mức bình quân chung của tỉnh (66,1%).", "74,5%",
         ("actual", "plan")),  # the figure compared keeps its plan
    ],
    ids=["the-provinces-average", "the-communes-average", "the-figure-compared"],
)
def test_a_rate_compared_in_brackets_names_no_base(text, surface, expected):
    f = figure_at(text, surface)
    assert (f["role"], f["base"]) == expected
@pytest.mark.parametrize(
    ("rows", "surface", "value"),
    [
        ("1 | Thu nội địa | 2,345.75 | 1,020.30\n2 | Thu xuất nhập khẩu | 412,600 | 98.5\n", "412,600", 412_600e6),
        ("1 | Thu nội địa | 2,345.75 | 1,020.30\n2 | Thu xuất nhập khẩu | 412,600 | 98.5\n", "2,345.75", 2_345.75e6),
        ("1 | Xã An Hòa | 14,800 | 76.0\n2 | Xã An Phú | 6,920 | 81.9\n", "14,800", 14_800e6),  # a % column decides
        ("1 | Xã An Hòa | 1,234,500 | 7,250\n", "1,234,500", 1_234_500e6),  # groups no Vietnamese writes
        ("1 | Xã An Hòa | 14,800 | 76,5\n2 | Xã An Phú | 6,920 | 81.9\n", "14,800", 14.8e6),  # "76,5": Vietnamese
        ("1 | Xã An Hòa | 1.480 | 2,5\n2 | Xã An Phú | 6.920 | 81,9\n", "1.480", 1_480e6),  # a Vietnamese table
        ("1 | Xã An Hòa | 1.480 | 14,800\n", "14,800", 14.8e6),  # no cell only English reads
    ],
    ids=["an-ambiguous-cell-beside-english-ones", "grouped-with-decimals", "a-percent-column-decides",
         "three-groups", "a-vietnamese-cell-keeps-the-table", "a-vietnamese-table", "ambiguous-cells-alone"],
)
def test_a_table_pasted_from_an_english_locale_reads_its_cells_the_english_way(rows, surface, value):
    text = f"Đơn vị tính: triệu đồng\n\nTT | Đơn vị | Kế hoạch năm 2025 | Thực hiện năm 2025\n{rows}"
    assert figure_at(text, surface)["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("appendix", "role"),
    [
        ("Phụ lục số 01\n\nTỔNG HỢP GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2025\n\n"
         "(Kèm theo Báo cáo số 88/BC-UBND ngày 05/12/2025)", "actual"),
        ("PHỤ LỤC\n(Kèm theo Báo cáo số 88/BC-UBND ngày 05/12/2025)\nBIỂU TỔNG HỢP THU NGÂN SÁCH NĂM 2025", "actual"),
        ("PHỤ LỤC II. TÌNH HÌNH THU NGÂN SÁCH NĂM 2025\n(Kèm theo Báo cáo số 88/BC-UBND ngày 05/12/2025)", "actual"),
        ("PHỤ LỤC\n\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2025\n\n(Kèm theo Báo cáo số 88/BC-UBND ngày 05/12/2025)", "plan"),
        # an appendix's title naming an estimate lists it, but a column counting to a day holds results
        ("PHỤ LỤC\nDỰ TOÁN THU NGÂN SÁCH NĂM 2025\n(Kèm theo Báo cáo số 88/BC-UBND ngày 05/12/2025)", "actual"),
        ("Phụ lục số 01\n\nTỔNG HỢP THU NGÂN SÁCH NĂM 2025", "actual"),  # no attachment line: an appendix still
        # a blank line after every line, as a page saved with its line spacing gives
        ("Phụ lục số 01\n\n\n\nTỔNG HỢP GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2025\n\n\n\n"
         "(Kèm theo Báo cáo số 88/BC-UBND ngày 05/12/2025)", "actual"),
    ],
    ids=["a-summary", "the-attachment-before-the-title", "a-situation-on-the-line", "main-targets", "an-estimate",
         "no-attachment-line", "blank-lines-between"],
)
def test_an_appendix_of_counts_after_the_targets_ends_their_section(appendix, role):
    text = ("BÁO CÁO\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2025\n\nThu ngân sách đạt 912 tỷ đồng.\n\n"
            "II. NHIỆM VỤ NĂM 2026\n\n- Phấn đấu thu ngân sách đạt 1.050 tỷ đồng.\n\n"
            f"{appendix}\n\nĐơn vị tính: tỷ đồng\n\nTT | Nội dung | Kế hoạch năm 2025 | Thu đến 30/11/2025\n"
            "1 | Thu nội địa | 820 | 735\n")
    assert figure_at(text, "735")["role"] == role


@pytest.mark.parametrize(
    ("row", "surfaces"),
    [
        ("1 | Thu nội địa | 820 | 735[^4]\n", ["820", "735"]),  # a footnote's marker after a cell's number
        ("1 | Thu nội địa | 820[^12] | 735\n", ["820", "735"]),
        ("1 | Thu nội địa | 820 | #DIV/0!\n", ["820"]),  # a formula dividing by an empty cell
        ("1 | Thu nội địa | 820 | 0\n", ["820", "0"]),  # a zero cell is a figure
        ("1 | Thu nội địa | 820 | [4]\n", ["820", "4"]),  # no Markdown marker: read as before
    ],
    ids=["a-marker-in-the-last-cell", "a-marker-in-a-middle-cell", "div-by-zero", "a-zero-cell", "a-bracket"],
)
def test_a_footnote_marker_or_a_spreadsheet_error_in_a_cell_is_no_figure(row, surfaces):
    text = f"Đơn vị tính: tỷ đồng\n\nTT | Nội dung | Kế hoạch năm 2025 | Thực hiện năm 2025\n{row}"
    assert [f["surface"] for f in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("body", "note", "surface", "role"),
    [
        ("- Tốc độ tăng trưởng GRDP từ 10% trở lên[^1].", "[^1]: Trong đó khu vực công nghiệp tăng 14,5%.", "14,5%",
         "plan"),
        ("- Thu ngân sách đạt 1.050 tỷ đồng[^1].", "[^1]: Gồm: thu nội địa 980 tỷ đồng, thu khác 70 tỷ đồng.", "980",
         "plan"),
        ("- Phấn đấu thu hút ít nhất 15 dự án.", "[^1]: Năm 2025 thu hút 12 dự án, vốn 4.120 tỷ đồng.", "4.120",
         "actual"),  # the marker stands among the results
    ],
    ids=["a-note-on-a-target", "a-breakdown-of-a-target", "a-note-on-a-result"],
)
def test_an_end_note_lies_in_the_section_its_marker_stands_in(body, note, surface, role):
    marked = "" if "[^1]" in body else "[^1]"
    text = (f"BÁO CÁO\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2025\n\nThu ngân sách ước đạt 912 tỷ đồng{marked}.\n\n"
            f"II. NHIỆM VỤ NĂM 2026\n\n{body}\n\nNơi nhận:\n- Như trên.\n\n{note}\n")
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("heading", "target", "surface", "period"),
    [
        ("II. NHIỆM VỤ NĂM 2026", "- Phấn đấu Quý I tăng trưởng 7,5%, Quý II tăng 8,2%.", "8,2%", "2026-Q2"),
        ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "- Trong 6 tháng đầu năm giải ngân đạt trên 45%.", "45%", "2026-H1"),
        ("II. NHIỆM VỤ NĂM 2026", "- Phấn đấu Quý I/2025 còn lại giải ngân 30%.", "30%", "2025-Q1"),  # its own year
        ("II. NHIỆM VỤ QUÝ IV NĂM 2025", "- Phấn đấu trong Quý IV giải ngân thêm 30%.", "30%", "2025-Q4"),  # same year
    ],
    ids=["a-quarter", "a-half", "a-quarter-naming-its-year", "targets-of-the-reports-year"],
)
def test_a_part_of_a_year_among_later_targets_is_of_the_targets_year(heading, target, surface, period):
    text = f"BÁO CÁO\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2025\n\nThu ngân sách ước đạt 912 tỷ đồng.\n\n{heading}\n\n{target}\n"
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("items", "surface", "kind"),
    [
        ("vốn trung ương giải ngân 120,5 tỷ đồng, đạt 71,2%; vốn tỉnh 88,4 tỷ đồng, đạt 64,0%.", "64,0%", "plan_ratio"),
        ("vốn trung ương đã giải ngân 120,5 tỷ đồng, đạt 71,2%; vốn tỉnh 88,4 tỷ đồng, đạt 64,0%; "
         "vốn huyện 40 tỷ đồng, đạt 52,3%.", "52,3%", "plan_ratio"),
        ("vốn trung ương giải ngân 120,5 tỷ đồng, đạt 71,2%; vốn tỉnh chiếm 88,4 tỷ đồng, đạt 64,0%.", "64,0%",
         "share"),  # a verb of its own
        ("thu nội địa 120,5 tỷ đồng, đạt 71,2%; thu khác 88,4 tỷ đồng, đạt 64,0%.", "64,0%", "share"),  # no disbursing
    ],
    ids=["the-second-item", "the-third-item", "an-item-with-its-own-verb", "no-disbursement"],
)
def test_a_list_item_after_a_semicolon_keeps_its_first_items_disbursing_verb(items, surface, kind):
    text = f"Báo cáo.\n\nĐến ngày 30/11/2025, toàn tỉnh giải ngân 500 tỷ đồng. Cụ thể: {items}\n"
    assert figure_at(text, surface)["kind"] == kind


@pytest.mark.parametrize(
    ("note", "surface", "role"),
    [
        ("[^1]: Kế hoạch năm 2025 là 6,8 tỷ USD; năm 2024 đạt 5,96 tỷ USD.", "6,8", "plan"),
        ("[^1]: Mục tiêu năm 2025 là thu 950 tỷ đồng.", "950", "plan"),
        ("[^1]: Số liệu đến ngày 30/11/2025 là 880 tỷ đồng.", "880", "actual"),  # no target opens the note
    ],
    ids=["a-plan-opening-the-note", "a-target-opening-the-note", "a-result-opening-the-note"],
)
def test_a_notes_sentence_opens_past_its_marker(note, surface, role):
    text = ("BÁO CÁO\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2025\n\nThu ngân sách ước đạt 912 tỷ đồng, bằng 96% kế hoạch[^1].\n\n"
            f"Nơi nhận:\n- Như trên.\n\n{note}\n")
    assert figure_at(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("heading", "note", "surface", "period"),
    [
        ("I. KẾT QUẢ THỰC HIỆN NĂM 2025", "[^1]: Dự toán Trung ương giao 880 tỷ đồng.", "880", "2025"),
        ("I. KẾT QUẢ NĂM 2024", "[^1]: Dự toán Hội đồng nhân dân tỉnh giao 880 tỷ đồng.", "880", "2024"),
        ("I. KẾT QUẢ THỰC HIỆN NĂM 2025", "[^1]: Dự toán năm 2024 là 880 tỷ đồng.", "880", "2024"),  # its own year
    ],
    ids=["a-plan-in-a-note", "another-year", "a-note-naming-its-year"],
)
def test_an_end_notes_plan_is_of_the_heading_its_marker_stands_under(heading, note, surface, period):
    text = (f"BÁO CÁO\n\n{heading}\n\nThu ngân sách ước đạt 912 tỷ đồng, bằng 96% dự toán[^1].\n\n"
            f"Nơi nhận:\n- Như trên.\n\n{note}\n")
    assert figure_at(text, surface)["period"] == period


@pytest.mark.parametrize(
    ("heading", "header", "surfaces", "period"),
    [
        ("", "Giải ngân đến 30/11/2025", ("820", "75,0"), None),  # from the year's start to the day: no code
        ("", "Thu đến 15/11", ("820", "75,0"), None),
        ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\n", "Giải ngân đến 30/11/2025", ("820", "75,0"), "2025"),  # the heading's
        ("", "Giải ngân đến 31/12/2025", ("820", "75,0"), "2025"),  # the year's last day: the year
        ("", "Giải ngân năm 2025", ("820", "75,0"), "2025"),
    ],
    ids=["a-day-with-its-year", "a-day-alone", "under-a-heading-naming-the-year", "the-years-last-day", "no-day"],
)
def test_a_column_counting_to_a_day_inside_the_year_takes_no_period_from_the_title(heading, header, surfaces, period):
    text = (f"BÁO CÁO\n\n{heading}Biểu 01: TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2025\n\nĐơn vị tính: tỷ đồng\n\n"
            f"TT | Nguồn vốn | Kế hoạch vốn 2025 | {header} | Tỷ lệ (%)\n"
            "1 | Vốn ngân sách tỉnh | 1.093,3 | 820 | 75,0\n")
    assert [figure_at(text, s)["period"] for s in surfaces] == [period, period]
@pytest.mark.parametrize(
    ("lead_in", "role"),
    [
        ("Năm 2026, xã phấn đấu thực hiện các chỉ tiêu chủ yếu sau:", "plan"),
        ("Năm 2026, toàn tỉnh quyết tâm thực hiện các mục tiêu phấn đấu sau:", "plan"),
        ("Trong năm 2026, thành phố nỗ lực thực hiện các mục tiêu sau:", "plan"),
        ("Năm 2025, kết quả thực hiện các chỉ tiêu chủ yếu như sau:", "actual"),  # results, no resolve
    ],
    ids=["strive-to-carry-out", "resolve-to-carry-out", "endeavour-to-carry-out", "results-carried-out"],
)
def test_a_lead_in_resolving_to_carry_targets_out_names_no_results(lead_in, role):
    items = "- Thu ngân sách trên địa bàn đạt 95 tỷ đồng;\n\n- Có thêm 3 xã đạt chuẩn nông thôn mới.\n"
    text = f"Báo cáo ngày 20/12/2025 của UBND.\n\n{lead_in}\n\n{items}"
    assert figure_at(text, "95")["role"] == role


_NOTE_APART_TABLE = ("TT | Chỉ tiêu | ĐVT | Thực hiện 2023 | Thực hiện 2024 | Kế hoạch 2025\n"
                     "1 | Diện tích lúa cả năm | Ha | 4.120 | 4.205 | 4.250\n"
                     "2 | Tỷ lệ hộ nghèo | % | 6,8 | 5,1 | 4,0\n")


@pytest.mark.parametrize(
    ("before", "surface", "qualifier"),
    [
        # a bracketed note, prose between it and the table a page's rendition set after the article
        ("Các chỉ tiêu chủ yếu như sau:\n\n(Số liệu năm 2024 là số ước thực hiện)\n\n"
         "Năm 2025, xã tiếp tục triển khai các nhiệm vụ.\n\n", "4.205", "estimated"),
        ("Ghi chú: số liệu năm 2024 là số ước tính.\n\nNgười viết: Phòng Kinh tế\n\n", "5,1", "estimated"),
        ("(Số liệu năm 2024 là số ước thực hiện)\n\n", "4.205", "estimated"),  # right over the table
        ("(Số liệu năm 2024 là số ước thực hiện)\n\n", "4.120", "exact"),  # another year's column
        ("(Số liệu năm 2024 là số ước thực hiện)\n\n", "4.250", "exact"),  # the plan's column
        # the note stands under another table: that table's, not this one's
        ("Năm | Diện tích | Sản lượng\n2023 | 1.200 | 6.100\n2024 | 1.250 | 6.300\n\n"
         "(Số liệu năm 2024 là số ước thực hiện)\n\nDưới đây là các chỉ tiêu chủ yếu.\n\n", "4.205", "exact"),
        ("(Số liệu năm 2024 là số chính thức)\n\n", "4.205", "exact"),  # no estimate
    ],
    ids=["bracketed-prose-between", "ghi-chu", "right-over", "other-year", "plan-column", "under-another-table",
         "no-estimate"],
)
def test_an_estimate_note_standing_under_no_table_speaks_for_the_next_table(before, surface, qualifier):
    text = f"Báo cáo kết quả năm 2024.\n\n{before}{_NOTE_APART_TABLE}"
    assert figure_at(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tổng thu ngân sách ước đạt 12,6 tỷ dồng.", "12,6", {"unit": "VND", "value": 12_600_000_000}),
        ("Hỗ trợ mỗi hộ 45 triệu dồng để làm nhà.", "45", {"unit": "VND_per_household"}),
        ("Kinh phí 2.500 nghìn dồng.", "2.500", {"unit": "VND", "value": 2_500_000}),
        ("Quỹ đã chi hỗ trợ 500.000 dồng.", "500.000", {"unit": "VND", "value": 500_000}),
        ("TỔNG KINH PHÍ 3 TỶ DỒNG", "3", {"unit": "VND"}),  # capitals
        ("Xã có 3 cánh dồng mẫu lớn.", "3", {"unit": "count"}),  # a field: neither a number nor a scale word before it
    ],
    ids=["ty", "trieu-per-household", "nghin", "after-the-number", "capitals", "after-no-scale-nor-number"],
)
def test_a_unit_word_as_a_scan_misreads_it_reads_as_the_unit(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Doanh thu tăng 4,2% so với nǎm 2024.", "4,2%", {"base": "2024"}),
        ("Sản lượng nǎm 2025 ước đạt 5.186 tấn.", "5.186", {"period": "2025"}),
        ("Thu ngân sách tǎng 6,1% so với cùng kỳ.", "6,1%", {"kind": "growth"}),
    ],
    ids=["base-year", "period", "change-word"],
)
def test_a_caron_drawn_for_the_breve_reads_as_the_breve(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SQUEEZED_HEAD = ("Biểu một số chỉ tiêu chủ yếu năm 2025\n"
                  "TT  Chỉ tiêu                      ĐVT         KH 2025   Ước TH 2025   So sánh (%)\n"
                  "1   Diện tích lúa cả năm          ha          820       835,4          101,9\n"
                  "2   Sản lượng thủy sản            Tấn         410       398            97,1\n")


@pytest.mark.parametrize(
    ("row", "after", "surface", "expected"),
    [
        ("3 Thu nhập bình quân Triệu đồng/người/năm 71 72,4 102,0\n",
         "4   Tỷ lệ hộ nghèo                %           2,5       2,31\n", "72,4",
         {"unit": "VND_per_person_per_year", "qualifier": "estimated"}),
        ("3 Thu ngân sách trên địa bàn Tỷ đồng 18,5 19,2 103,8\n", "", "103,8",
         {"unit": "percent", "kind": "plan_ratio"}),
        ("3 Tỷ lệ trường đạt chuẩn % 80,0 83,3 104,1\n",
         "4   Tỷ lệ hộ nghèo                %           2,5       2,31\n", "2,31",
         {"unit": "percent", "qualifier": "estimated"}),
        # a number that follows on from no row's, and no row after it: a line of its own, no row of the table
        ("7 Thu ngân sách Tỷ đồng 18,5 19,2 103,8\n", "", "19,2", {"unit": "count", "qualifier": "exact"}),
    ],
    ids=["a-rate-row-between-rows", "the-last-row", "the-row-after-it", "a-paragraph-after-the-table"],
)
def test_a_table_row_whose_runs_of_spaces_a_scan_lost_is_read_as_the_rows_around_it(row, after, surface, expected):
    assert fields_at(_SQUEEZED_HEAD + row + after, surface, expected) == expected


_WRAPPED_WITH_A_BAR = (
    "      Tổng thu ngân sách trên địa bàn ước đạt 12.486,5 triệu đồng, bằng\n"
    "118,6% dự toán huyện giao; trong đó thu tiền sử dụng đất 5.120 triệu\n"
    "đồng. Trạm Y tế xã khám, chữa bệnh cho 4.215 lượt người, tăng 8,6% so với\n"
    "{second}\n"
    "huyện giao 93,5%); tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại\n"
    "vắc xin đạt 98,6%, giải quyết việc làm mới cho 115 lao động trong năm nay.\n")


@pytest.mark.parametrize(
    ("second", "surface", "expected"),
    [
        ("năm 2024. Tỷ lệ người dân tham gia bảo hiểm y tế | đạt 93,6% (chỉ tiêu", "8,6%", {"base": "2024"}),
        ("năm 2024. Tỷ lệ người dân tham gia bảo hiểm y tế | đạt 93,6% (chỉ tiêu", "93,5%", {"role": "plan"}),
        ("năm 2024. Tỷ lệ | người dân tham gia | bảo hiểm y tế đạt 93,6% (chỉ tiêu", "93,5%", {"role": "actual"}),
    ],
    ids=["base-over-a-stray-bar", "target-over-a-stray-bar", "three-cells-a-row"],
)
def test_a_stray_bar_in_a_wrapped_line_of_prose_breaks_no_sentence(second, surface, expected):
    assert fields_at(_WRAPPED_WITH_A_BAR.format(second=second), surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tiêm phòng được trên 2O.000 liều vắc xin.", "2O.000", {"value": 20_000, "unit": "count"}),
        ("Thu ngân sách đạt 1O5,4 tỷ đồng.", "1O5,4", {"value": 105_400_000_000, "unit": "VND"}),
        ("Đàn lợn có 3.l20 con.", "3.l20", {"value": 3_120, "unit": "count"}),
        ("Tổng đàn gia cầm trên 52. 000 con.", "52. 000", {"value": 52_000, "unit": "count"}),
    ],
    ids=["o-for-0-before-a-group", "o-for-0-between-digits", "l-for-1", "a-space-after-a-group-dot"],
)
def test_a_digit_a_scan_misread_or_spaced_off_reads_as_the_number(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Sử dụng 10l nước mỗi ngày cho 3 hộ.", ["3"]),  # a letter after the digits only: a unit, no digit
        ("Cấp 12 thẻ BHYT. 100 hộ được hỗ trợ.", ["12", "100"]),  # a sentence opening with a number
        ("Số: 2l8/BC-UBND ngày 12/12/2025; đã hỗ trợ 45 hộ.", ["45"]),  # a document number, l for 1
    ],
    ids=["a-unit-letter", "a-sentence-after-a-dot", "a-document-number"],
)
def test_a_digits_lookalike_reads_as_a_digit_only_inside_a_number(text, surfaces):
    assert [r["surface"] for r in figures(text) if r["surface"] != "10"] == surfaces


_CENTRED_PAGE = "      Thu ngân sách đạt 12.486 triệu đồng, bằng 118% dự toán.\n{line}\n4. Giáo dục và đào tạo\n"


@pytest.mark.parametrize(
    ("line", "surface", "is_figure"),
    [
        ("                                   2", "2", False),  # centred under a sentence's end
        ("                                  15", "15", False),
        ("     2", "2", True),  # a short indent: no page's centre
        ("                                   2 hộ", "2", True),  # words after it
    ],
    ids=["centred", "two-digits", "short-indent", "words-after"],
)
def test_a_number_alone_centred_on_its_line_after_a_sentence_is_a_page_number(line, surface, is_figure):
    text = _CENTRED_PAGE.format(line=line)
    assert any(r["surface"] == surface for r in figures(text)) == is_figure


@pytest.mark.parametrize(
    ("text", "surface", "is_figure"),
    [
        ("- Lưu: VP.                  / UY BAN | XA \\   /|/7~\n", "7", False),  # a stamp's outline
        ("KT. CHỦ TỊCH            \\~5|`\n", "5", False),
        ("Nhiệt độ khoảng ~7 độ C.\n", "7", True),  # one mark: an approximation
        ("Đạt 7|8 chỉ tiêu.\n", "7", True),  # another number in the run
    ],
    ids=["a-seals-strokes", "backslash-and-backquote", "one-mark", "another-number"],
)
def test_a_digit_among_a_drawn_stamps_strokes_is_no_figure(text, surface, is_figure):
    assert any(r["surface"] == surface for r in figures(text)) == is_figure



_BROKEN = ("I. KẾT QUẢ NĂM 2025\n"
           "Tổng giá trị sản xuất nông nghiệp của xã năm 2025 ước đạt 186,4\n"
           "tỷ đồng, tăng 4,2% so với năm 2024; thu ngân sách nhà nước trên\n"
           "địa bàn xã đạt 12,6 tỷ đồng, bằng 105% dự toán huyện giao; chi\n"
           "ngân sách xã đạt 11,8 tỷ đồng, bằng 98% dự toán được giao đầu\n"
           "năm.\n"
           "II. NHIỆM VỤ NĂM 2026")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (_BROKEN.replace("\n", "\n\n"), _BROKEN.replace("\n", "\n\n", 1).replace("năm.\n", "năm.\n\n")),
        # a line ending a sentence, or one before a capital, keeps its blank line
        ("Thu ngân sách của xã đạt 12,6 tỷ đồng.\n\nchi ngân sách của xã đạt 9 tỷ đồng.\n\nThu ngân sách của xã\n\n"
         "Năm 2026 phấn đấu thu ngân sách đạt 13 tỷ đồng.\n\nVề xã hội",
         "Thu ngân sách của xã đạt 12,6 tỷ đồng.\n\nchi ngân sách của xã đạt 9 tỷ đồng.\n\nThu ngân sách của xã\n\n"
         "Năm 2026 phấn đấu thu ngân sách đạt 13 tỷ đồng.\n\nVề xã hội"),
        # nor does a list's item after a heading naming no end (`a)` opens in lower case)
        ("Điều 2. Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030\n\na) Về kinh tế:\n\n- Thu ngân sách tăng 10%/năm.\n\n"
         "b) Về xã hội:\n\n- Giảm tỷ lệ hộ nghèo 1,5%/năm.",
         "Điều 2. Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030\n\na) Về kinh tế:\n\n- Thu ngân sách tăng 10%/năm.\n\n"
         "b) Về xã hội:\n\n- Giảm tỷ lệ hộ nghèo 1,5%/năm."),
    ],
    ids=["a-sentence-broken-at-a-width-goes-on-over-its-blank-line", "a-sentences-end-or-a-capital-keeps-it",
         "a-list-item-keeps-it"],
)
def test_a_text_broken_at_a_width_with_a_blank_line_after_every_line_reads_its_sentences_whole(text, read):
    from solieu.extract.spacing import spaced

    assert spaced(text)[0] == read


def test_a_figure_broken_from_its_unit_by_a_width_and_a_blank_line_keeps_it():
    assert fields_at(_BROKEN.replace("\n", "\n\n"), "186,4", {"unit": "VND", "value": 186.4e9}) == \
        {"unit": "VND", "value": 186.4e9}
@pytest.mark.parametrize(
    ("appendix", "role"),
    [
        ("Phụ lục", "actual"),
        ("PHỤ LỤC 02", "actual"),
        ("Phụ lục I: Biểu tổng hợp theo đơn vị", "actual"),
        ("Phụ lục kèm theo báo cáo này gồm 2 biểu.", "plan"),  # a sentence naming an appendix opens none
    ],
    ids=["the-word-alone", "numbered-in-capitals", "with-its-title", "a-sentence"],
)
def test_an_appendix_ends_the_section_of_targets_printed_before_it(appendix, role):
    text = ("BÁO CÁO\n\nI. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025\n\nThu ngân sách đạt 120 tỷ đồng.\n\n"
            "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025\n\nPhấn đấu thu ngân sách đạt 250 tỷ đồng.\n\n"
            f"{appendix}\n\nTT | Đơn vị | Dân số (người) | Thu ngân sách (triệu đồng)\n"
            "1 | Xã Hòa Bình | 8.412 | 15.230\n2 | Xã Yên Thịnh | 6.905 | 11.874\n")
    assert figure_at(text, "15.230")["role"] == role
    assert figure_at(text, "250")["role"] == "plan"


@pytest.mark.parametrize(
    ("lead_in", "role"),
    [
        ("Tin liên quan:", "actual"),
        ("CÁC TIN KHÁC", "actual"),
        ("Bài viết liên quan", "actual"),
        ("Tin cùng chuyên mục:", "actual"),
        ("Tin liên quan đến chương trình này như sau:", "plan"),  # a sentence going on past the words opens none
    ],
    ids=["related-news", "other-news-in-capitals", "related-articles", "same-column", "a-sentence"],
)
def test_a_pages_list_of_other_articles_ends_the_closing_section_of_targets(lead_in, role):
    # "Tin liên quan:" over dated headlines, after the article's last section of next year's targets
    text = ("Huyện tổng kết công tác năm 2025\n\nNăm 2025, toàn huyện trồng mới 85 ha rừng.\n\n"
            "Phương hướng, nhiệm vụ năm 2026\n\nPhấn đấu trồng mới 120 ha rừng.\n\n"
            f"{lead_in}\n\n- Xã Tân Phước: Khánh thành 7 cây cầu nông thôn (12/11/2025)\n\n"
            "- Hội nghị tổng kết phong trào thi đua (05/12/2025)\n")
    assert figure_at(text, "7")["role"] == role
    assert figure_at(text, "120")["role"] == "plan"
    assert figure_at(text, "85")["role"] == "actual"


@pytest.mark.parametrize(
    ("lead_in", "role"),
    [
        ("Đồng chí Chủ tịch UBND tỉnh ghi nhận kết quả ngành đạt được và đề nghị năm 2026 ngành tập trung phấn đấu "
         "đạt các chỉ tiêu sau:", "plan"),
        ("Hội nghị đánh giá cao kết quả thực hiện năm 2025, đề nghị năm 2026 phấn đấu hoàn thành các mục tiêu sau:",
         "plan"),
        ("Giám đốc Sở đề nghị các đơn vị báo cáo kết quả thực hiện năm 2025 như sau:", "actual"),  # results asked for
        ("Hội nghị ghi nhận kết quả ngành đạt được năm 2025 như sau:", "actual"),  # no request
    ],
    ids=["results-acknowledged-then-asked", "after-a-comma", "the-request-asks-results", "no-request"],
)
def test_a_lead_in_names_results_only_after_its_request(lead_in, role):
    text = ("TIN TỨC\n\nNgày 20/12/2025, Sở Công Thương tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
            f"{lead_in}\n\n1. Kim ngạch xuất khẩu đạt 2.600 triệu USD.\n\n"
            "2. Thu hút thêm ít nhất 3 dự án đầu tư.\n")
    assert figure_at(text, "2.600")["role"] == role


@pytest.mark.parametrize(
    ("body", "note", "surface", "unit"),
    [
        ("Sản lượng lúa ước đạt 52.340 tấn2; năng suất đạt 61,2 tạ/ha.", "2 Năm trước đạt 50.870 tấn.", "52.340",
         "tonne"),
        ("Thu ngân sách đạt 412,6 tỷ đồng3, bằng 88% dự toán.", "3 Số liệu của Kho bạc Nhà nước.", "412,6", "VND"),
        ("Diện tích gieo trồng vụ Đông đạt 2.150 ha1.", "1 Trong đó cây ngô 900 ha.", "2.150", "ha"),
        ("Thu ngân sách đạt 412,6 tỷ đồng3, bằng 88% dự toán.", "4 Số liệu của Kho bạc Nhà nước.", "412,6", "count"),
    ],
    ids=["after-a-unit-before-a-semicolon", "after-money-before-a-comma", "after-hectares", "no-note-of-that-number"],
)
def test_a_footnotes_glued_marker_is_read_as_a_space_where_its_note_opens_a_line(body, note, surface, unit):
    text = f"BÁO CÁO\n\n{body}\n\n{note}\n"
    assert figure_at(text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tỷ lệ hoàn thành đạt 96,5%2.\n\n2 Cao hơn cùng kỳ.\n", []),
        ("Tổng diện tích 125 km2.\n\n2 Trường học được xây mới.\n", ["125", "2"]),  # a metre's power, no marker
    ],
    ids=["after-a-percent", "a-square-kilometre"],
)
def test_a_footnotes_marker_and_its_notes_number_are_no_figures(text, kept):
    assert [f for f in extract(text)["surface"] if f not in ("96,5%",) and f.isdigit() or f == "125"] == kept


@pytest.mark.parametrize(
    ("text", "surface", "denominator"),
    [
        ("Giải ngân vốn đầu tư công đạt 412,5 tỷ đồng/690 tỷ đồng kế hoạch, đạt 59,8%.", "412,5 tỷ đồng/690",
         690e9),
        ("Thu ngân sách đạt 3.250 triệu đồng/4.100 triệu đồng dự toán.", "3.250 triệu đồng/4.100", 4.1e9),
        ("Kinh phí đã cấp 1,2 tỷ đồng/1,5 tỷ đồng.", "1,2 tỷ đồng/1,5", 1.5e9),
        ("Mức hỗ trợ 12 triệu đồng/100 ha lúa.", "12", None),  # a rate per an area, no fraction
        ("Đã chi 900 tỷ đồng/690 tỷ đồng kế hoạch.", "900", None),  # more than the whole: two figures
    ],
    ids=["billions", "millions", "end-of-sentence", "a-rate-per-an-area", "more-than-the-whole"],
)
def test_a_fraction_of_money_written_with_its_unit_twice_is_one_figure(text, surface, denominator):
    assert figure_at(text, surface)["denominator"] == denominator


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Chỉ số sản xuất công nghiệp tăng", "growth"),
        ("Tổng mức bán lẻ hàng hóa tăng", "growth"),
        ("Kim ngạch xuất khẩu tăng", "growth"),
        ("Tỷ lệ hộ dân sử dụng nước sạch", "share"),  # no verb: a share
    ],
    ids=["an-index-rising", "retail-rising", "exports-rising", "a-rate-named-alone"],
)
def test_a_table_row_ending_with_a_rise_verb_holds_a_growth(label, kind):
    text = ("MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2025\n\nTT | Chỉ tiêu | ĐVT | Năm 2024 | Ước TH 2025\n"
            f"1 | {label} | % | 8,7 | 9,6\n2 | Số doanh nghiệp thành lập mới | Doanh nghiệp | 412 | 468\n")
    assert figure_at(text, "9,6")["kind"] == kind


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Tỷ lệ giải ngân đạt 61,2%.\n\nCao hơn tỷ lệ giải ngân bình quân của tỉnh (48,5%).\n", "48,5%", "context"),
        ("Tỷ lệ che phủ rừng đạt 64,1%.\n\nThấp hơn mức bình quân của vùng (66,3%).\n", "66,3%", "context"),
        ("Năng suất lúa đạt 62,4 tạ/ha.\n\n- Cao hơn năng suất bình quân của tỉnh (60,8 tạ/ha).\n", "60,8",
         "context"),
        ("Tỷ lệ giải ngân đạt 61,2%.\n\nTrong đó vốn ngân sách tỉnh (48,5%).\n", "48,5%", "actual"),  # no comparative
    ],
    ids=["higher-than", "lower-than", "a-bullet", "no-comparative"],
)
def test_a_clause_opening_with_a_comparative_gives_the_level_in_its_bracket_as_context(text, surface, role):
    assert figure_at(text, surface)["role"] == role


_TITLED_FLAT = ("Trong mức tăng chung, khu vực dịch vụ tăng 6,4%, đóng góp 2,71 điểm phần trăm vào mức tăng chung của "
                "toàn nền kinh tế tỉnh trong năm qua.\n\n"
                "Bảng 2. Tốc độ tăng và đóng góp vào tăng trưởng năm 2024 theo ngành kinh tế của tỉnh trong năm qua\n"
                "Ngành\nTốc độ tăng (%)\nĐóng góp (điểm %)\n"
                "Toàn nền kinh tế\n6,15\n6,15\nNông nghiệp\n3,08\n0,94\nDịch vụ\n6,40\n2,71\n"
                "{note}\n\nTổng vốn đầu tư đạt 5.120 tỷ đồng.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TITLED_FLAT.format(note="Ghi chú: số liệu năm 2024 là số ước tính."), "3,08",
         {"unit": "percent", "kind": "growth", "qualifier": "estimated", "period": "2024", "base": None}),
        (_TITLED_FLAT.format(note="Ghi chú: số liệu năm 2024 là số ước tính."), "0,94",
         {"unit": "percentage_point", "kind": "other", "qualifier": "estimated", "period": "2024"}),
        (_TITLED_FLAT.format(note=""), "0,94", {"unit": "percentage_point", "kind": "other", "qualifier": "exact"}),
        (_TITLED_FLAT.format(note="Ghi chú: số liệu năm 2023 là số ước tính; năm 2024 tính theo giá so sánh 2010."),
         "3,08", {"qualifier": "exact", "period": "2024"}),
    ],
    ids=["a-growth-column-under-a-numbered-title", "a-contribution-column-in-points", "no-note-no-estimate",
         "a-year-in-another-clause-of-the-note"],
)
def test_a_flattened_table_under_its_numbered_title_with_a_note_under_it(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_LONE_PAGES = ("Tổng thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 3.215 tỷ đồng, tăng 8,1% so với năm\n"
               "2024 và bằng 104,2% dự toán tỉnh giao đầu năm.\n\n{p1}\n\n"
               "2. Văn hóa - xã hội\n\n"
               "Toàn tỉnh giải quyết việc làm cho 21.300 lao động, trong đó có 1.150 người đi làm việc ở nước\n"
               "ngoài theo hợp đồng trong năm 2025.\n\n{p2}\n\n"
               "3. Quốc phòng - an ninh\n\nTổ chức 12 đợt diễn tập phòng thủ khu vực cấp huyện.\n")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (_LONE_PAGES.format(p1="2", p2="3"), ["3.215", "8,1%", "104,2%", "21.300", "1.150", "12"]),
        ("\n\n".join(_LONE_PAGES.format(p1="2", p2="3").split("\n")),
         ["3.215", "8,1%", "104,2%", "21.300", "1.150", "12"]),
        (_LONE_PAGES.format(p1="2", p2="7"), ["3.215", "8,1%", "104,2%", "2", "21.300", "1.150", "7", "12"]),
        ("Số xã theo năm\n\nNăm\n\n2023\n\nSố xã\n\n2\n\n3\n\nSố phường\n\n4\n", ["2", "3", "4"]),
    ],
    ids=["lone-numbers-rising-by-one", "a-blank-line-after-every-line", "numbers-not-in-a-run",
         "a-column-spaced-out-with-no-prose-between"],
)
def test_page_numbers_alone_as_paragraphs_rising_through_the_text_are_no_figures(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2025, tổng sản phẩm trên địa bàn ước tăng 6,4% so với năm 2024 (sơ bộ năm 2024 tăng 5,9%), thấp hơn "
         "mục tiêu đề ra.", "5,9%", {"role": "context", "period": "2024"}),
        ("Năm 2025, tỷ lệ đô thị hóa ước đạt 31,2% (ước tính năm 2024 đạt 30,1%).", "30,1%",
         {"role": "context", "period": "2024"}),
        ("CPI bình quân năm 2025 tăng 3,4% so với năm 2024, nằm trong mục tiêu kiểm soát lạm phát dưới 4,5%.", "4,5%",
         {"kind": "growth", "role": "plan", "qualifier": "under"}),
        ("Năm 2025, lạm phát cơ bản bình quân là 2,9%.", "2,9%", {"kind": "growth", "role": "actual"}),
    ],
    ids=["a-preliminary-level-of-the-year-before-in-brackets", "an-estimate-of-the-year-before-in-brackets",
         "an-inflation-ceiling-a-target-holds", "inflation-is-a-growth-of-prices"],
)
def test_an_earlier_preliminary_level_in_brackets_and_an_inflation_target(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Căn cứ kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025 của huyện; tổng vốn đạt 1.200 tỷ "
         "đồng.", ["1.200"]),
        ("Kế hoạch đầu tư công trung hạn 5 năm 2021-2025 của tỉnh được giao 3.450 tỷ đồng.", ["3.450"]),
        ("Nhiệm kỳ tới đặt ra 10 năm 2026 - 2035 phát triển, trồng mới 3 năm 2026 - 2027.", ["3"]),
    ],
    ids=["years-naming-a-plans-span-after-giai-doan", "years-naming-a-plans-span", "a-count-of-years-not-the-spans"],
)
def test_a_count_of_years_naming_the_span_after_it_is_a_label(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


_MONTHS_OVER_A_PLAN = ("Một số chỉ tiêu chủ yếu:\n\n"
                       "Chỉ tiêu | ĐVT | 10 tháng năm 2024 |  | So cùng kỳ (%)\n"
                       " |  | Kế hoạch năm | Ước thực hiện | \n"
                       "Tổng thu ngân sách | Tỷ đồng | 4.120 | 3.675 | 107,9\n"
                       "Sản lượng thủy sản | Tấn | 52.000 | 47.310 | 103,2\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_MONTHS_OVER_A_PLAN, "4.120", {"role": "plan", "period": "2024"}),
        (_MONTHS_OVER_A_PLAN, "47.310", {"role": "actual", "qualifier": "estimated", "period": None}),
        ("Tốc độ tăng trưởng kinh tế năm 2025 ước đạt 7,6%, vượt 0,1% so với kế hoạch (KH 7,5%).", "7,5%",
         {"kind": "growth", "role": "plan"}),
        ("Tỷ lệ che phủ rừng năm 2025 đạt 55,4%, vượt 0,4% so với kế hoạch (KH 55%).", "55%",
         {"kind": "share", "role": "plan"}),
        ("Giải ngân đầu tư công đạt 81%\n\nNăm 2025, tỉnh đã giải ngân 2.100 tỷ đồng.", "81%", {"kind": "plan_ratio"}),
        ("Năm 2025, giải ngân vốn đầu tư công đạt 64,2%.", "64,2%", {"kind": "plan_ratio"}),
        ("Tổng vốn của dự án là 186,4 tỷ đồng, giải ngân vốn đạt 89,2%.", "89,2%", {"kind": "share"}),
    ],
    ids=["the-years-plan-under-a-group-naming-its-months", "the-months-estimate-beside-it",
         "a-growth-target-named-in-brackets-after-the-lead-over-it", "a-shares-target-named-in-brackets",
         "a-disbursement-heading", "a-disbursement-rate-naming-the-capital", "disbursed-of-a-total-is-a-share"],
)
def test_a_years_plan_under_its_months_a_target_in_brackets_and_a_disbursement_rate(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Trên đây là báo cáo tình hình năm 2025.\n\nNơi nhận:\n- UBND tỉnh;\n- UBND 14 xã, thị trấn;\n- Lưu: VT.\n\n"
         "CHỦ TỊCH", []),
        ("Trên đây là báo cáo tình hình năm 2025.\n\nNơi nhận: - Chính phủ; - HĐND, UBND 9 huyện, thành phố; "
         "- Lưu: VT. | CHỦ TỊCH", []),
        ("Nơi nhận:                     TM. ỦY BAN NHÂN DÂN\n- Sở Tài chính;\nKT. CHỦ TỊCH\n- UBND 11 phường;\n",
         []),
        ("II. NHIỆM VỤ NĂM 2026\n- Xây dựng 12 chòi canh lửa;\n- Trồng mới 350 ha rừng.", ["12", "350"]),
        ("Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nPHỤ LỤC\nKết quả thực hiện năm 2025 theo từng xã của huyện, đã tổng "
         "hợp từ báo cáo của các phòng, ban chuyên môn\n- Trồng mới 350 ha rừng.", ["350"]),
    ],
    ids=["a-recipients-name-on-its-dashed-line", "the-list-on-one-line-beside-the-signature",
         "the-list-interleaved-with-the-signatures-lines", "a-dashed-list-of-tasks", "an-appendix-after-the-list"],
)
def test_a_number_in_a_recipients_name_is_no_figure(text, surfaces):
    assert [r["surface"] for r in figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("I. KẾT QUẢ NĂM 2025\n\n1. Nông nghiệp\n\nChương trình mục tiêu quốc gia xây dựng nông thôn mới: đến nay toàn "
         "huyện có 9/12 xã đạt chuẩn, trong đó 3 xã đạt chuẩn nâng cao.", "3", "actual"),
        ("I. KẾT QUẢ NĂM 2025\n\n2. Xã hội\n\nChương trình MTQG giảm nghèo bền vững: đã hỗ trợ 215 hộ thoát nghèo.",
         "215", "actual"),
        ("I. KẾT QUẢ NĂM 2025\n\n1. Nông nghiệp\n\nMục tiêu năm 2026: có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.",
         "2", "plan"),
    ],
    ids=["a-national-target-programmes-name-opening-results", "its-abbreviation", "a-lead-in-of-targets-still"],
)
def test_a_target_programmes_name_announces_no_targets(text, surface, role):
    assert fields_at(text, surface, {"role": role}) == {"role": role}


_BILINGUAL = (
    "Trong 10 tháng năm 2025, các khu công nghiệp thu hút 1.246,8 triệu USD vốn FDI, tăng 12,4% so với cùng kỳ; "
    "vốn đầu tư trong nước đạt 3.865 tỷ đồng.\n"
    "In the first 10 months of 2025, the zones attracted USD 1,246.8 million of FDI, up 12.4% year-on-year; "
    "domestic investment reached VND 3,865 billion and 562,300 workers were employed in the zones.\n"
)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("1.246,8", {"value": 1246.8e6, "unit": "USD"}),
        ("3.865", {"value": 3865e9, "unit": "VND"}),
        ("1,246.8", {"value": 1246.8e6, "unit": "USD"}),
        ("3,865", {"value": 3865e9, "unit": "VND"}),
        ("562,300", {"value": 562300.0, "unit": "count"}),
        ("12.4%", {"kind": "growth", "base": "previous_year"}),
    ],
    ids=["vietnamese-amount", "vietnamese-thousands", "english-grouping-and-decimal", "english-thousands-comma",
         "english-count", "english-growth-year-on-year"],
)
def test_a_bilingual_pages_english_lines_read_numbers_the_english_way(surface, expected):
    """Its Vietnamese line's "3.865" and its English line's "3,865" are one amount: a line holding three English
    words writes "," for thousands and "." for the decimal, a currency's code before the number is its unit."""
    assert fields_at(_BILINGUAL, surface, expected) == expected


def test_a_currency_code_on_the_line_before_is_no_unit():
    text = "Điều chỉnh tăng vốn 1,95 tỷ USD\n\n126 dự án FDI cấp mới"
    assert fields_at(text, "126", {"unit": "count"}) == {"unit": "count"}


_COMPENSATION = (
    "Tổng số 20 trường hợp bị ảnh hưởng, gồm 18 hộ gia đình, cá nhân và 02 tổ chức.\n"
    "Đơn giá bồi thường đất ở 6.500.000 đồng/m²; đất trồng cây lâu năm 320.000 đồng/m²; tổng diện tích thu hồi "
    "34.518,4 m².\n"
    "- Hỗ trợ di chuyển 10.000.000 đồng/hộ và tiền thuê nhà 3.000.000 đồng/hộ/tháng trong 6 tháng cho 07 hộ.\n"
    "- Thưởng bàn giao mặt bằng đúng tiến độ 5.000.000 đồng/hộ cho 18 hộ: 90.000.000 đồng;\n"
    "STT | Họ và tên | Địa chỉ (tổ, khu phố) | Số tờ | Số thửa | Diện tích thu hồi (m²) | Tổng cộng (đồng)\n"
    "1 | Nguyễn Văn Tâm | Tổ 2, khu phố Hưng Hòa | 12 | 345 | 1.038,9 | 3.345.390.000\n"
    "\n4. Phương án bố trí tái định cư\nBố trí 12 lô tái định cư; giá đất tái định cư 5.200.000 đồng/m².\n"
)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("18", {"unit": "count", "role": "actual"}),
        ("6.500.000", {"unit": "VND_per_m2", "role": "context"}),
        ("320.000", {"unit": "VND_per_m2", "role": "context"}),
        ("34.518,4", {"unit": "m2", "role": "actual"}),
        ("10.000.000", {"unit": "VND_per_household", "role": "context"}),
        ("3.000.000", {"unit": "VND_per_household_per_month", "role": "context"}),
        ("5.000.000", {"unit": "VND_per_household", "role": "context"}),
        ("90.000.000", {"unit": "VND", "role": "actual"}),
        ("12", {"unit": "count", "role": "plan"}),
        ("5.200.000", {"unit": "VND_per_m2", "role": "context"}),
        ("1.038,9", {"unit": "m2", "role": "actual"}),
    ],
    ids=["households-first-stated", "unit-price-per-m2-a-term", "the-next-price-of-the-list", "area-recovered",
         "a-sum-each-is-given-later-in-its-clause", "a-monthly-sum-each-is-given", "sum-each-household-is-given",
         "the-sum-paid", "lots-in-a-plans-section", "a-price-in-a-plans-section-a-term", "a-households-area"],
)
def test_a_compensation_plans_prices_and_sums_per_each_are_its_terms(surface, expected):
    assert fields_at(_COMPENSATION, surface, expected) == expected


def test_households_restated_as_those_a_sum_is_paid_to_are_context():
    """`cho 18 hộ: 90.000.000 đồng` after `gồm 18 hộ gia đình`: the set paid, restated; first stated it is a result."""
    rows = [r for r in figures(_COMPENSATION) if r["surface"] in ("18", "07")]
    assert [(r["surface"], r["role"]) for r in rows] == [("18", "actual"), ("07", "actual"), ("18", "context")]


def test_a_land_registers_sheet_and_plot_and_an_address_cell_are_no_figures():
    """`Số tờ`, `Số thửa` name a plot; `Địa chỉ (tổ, khu phố)`'s bracket names no unit, so its cells are addresses."""
    row = _COMPENSATION.index("\n1 |")
    assert [r["surface"] for r in figures(_COMPENSATION) if row < r["start"] < _COMPENSATION.index("\n", row + 1)] == [
        "1.038,9", "3.345.390.000"]


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        ("Xã mới được thành lập trên cơ sở nhập quy mô dân số của 3 xã cũ: Phúc Thành, Tăng Thành và Văn Thành.",
         "3", "surface", None),
        ("Vụ Xuân 2025 (cộng của 3 xã trước sắp xếp) năng suất lúa đạt 64,5 tạ/ha.", "3", "surface", None),
        ("Toàn tỉnh đã sắp xếp 412 xã cũ thành 130 xã mới.", "412", "unit", "count"),
        ("II. KẾT QUẢ THỰC HIỆN NĂM 2025\nTừ ngày 01/7/2025 đến ngày 30/11/2025, ngân sách xã mới thu 7.210 triệu "
         "đồng.", "7.210", "period", None),
        ("II. KẾT QUẢ THỰC HIỆN NĂM 2025\nTừ ngày 01/7/2025 đến nay, đã hỗ trợ xây mới 9 nhà.", "9", "period", None),
        ("II. KẾT QUẢ THỰC HIỆN NĂM 2025\nTừ ngày 01/01/2025 đến ngày 31/12/2025, thu 7.210 triệu đồng.", "7.210",
         "period", "2025"),
    ],
    ids=["the-former-communes-named", "the-former-communes-summed", "communes-counted", "a-window-from-a-day",
         "a-window-from-a-day-to-now", "a-window-of-the-whole-year"],
)
def test_a_new_communes_report_names_its_former_communes_and_counts_from_its_first_day(text, surface, field, expected):
    found = [r for r in figures(text) if r["surface"] == surface]
    assert (found[0][field] if found else None) == expected


_TASK_PLAN = (
    "KẾ HOẠCH\n\nPhát triển nông nghiệp năm 2026\n\n"
    "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh;\n\n"
    "Năm 2025, ngành ước đạt 9/10 chỉ tiêu; sản lượng lúa ước đạt 212.400 tấn; trồng rừng được 3.150 ha.\n\n"
    "I. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
    "TT | Nội dung nhiệm vụ | Chỉ tiêu, sản phẩm | Cơ quan chủ trì | Thời gian hoàn thành\n"
    "1 | Phát triển vùng cây ăn quả | Trồng mới 800 ha cây ăn quả, trong đó 120 ha đạt VietGAP | Chi cục Trồng trọt "
    "| Quý III/2026\n"
    "2 | Tập huấn kỹ thuật | 06 lớp, 300 lượt người | Trung tâm Khuyến nông | Cả năm\n"
    "3 | Rà soát quy hoạch | Báo cáo | Phòng Kế hoạch | Trước 30/6/2026\n"
)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("212.400", {"role": "actual", "period": "2025"}),
        ("3.150", {"role": "actual", "period": "2025"}),
        ("800", {"unit": "ha", "role": "plan", "period": "2026-Q3"}),
        ("120", {"unit": "ha", "role": "plan", "period": "2026-Q3"}),
        ("06", {"unit": "count", "role": "plan", "period": "2026"}),
        ("300", {"unit": "count", "role": "plan", "period": "2026"}),
    ],
    ids=["a-year-opening-the-paragraph-after-a-basis-line", "across-its-semicolons",
         "a-tasks-quantity-due-in-a-quarter", "its-part", "a-task-due-all-year-the-plans-year", "its-second-quantity"],
)
def test_a_plans_task_table_reads_what_each_task_delivers_as_targets_of_its_deadline(surface, expected):
    assert fields_at(_TASK_PLAN, surface, expected) == expected


def test_a_task_tables_deadlines_are_no_figures():
    assert not [r for r in figures(_TASK_PLAN) if r["surface"] in ("2026", "30/6/2026", "30")]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("So với kỳ gốc 2024, CPI tháng 10/2025 bằng 103,26%.", "103,26%", {"kind": "plan_ratio", "base": "2024"}),
        ("Giải ngân vốn đầu tư công: 64,7%", "64,7%", {"kind": "plan_ratio"}),
        ("- Giải ngân vốn đầu tư công: 64,7%", "64,7%", {"kind": "plan_ratio"}),
        ("Tỷ lệ hộ nghèo: 2,1%", "2,1%", {"kind": "share"}),
    ],
    ids=["an-index-on-its-base-period-named-by-its-year", "a-disbursement-rate-after-its-lines-label",
         "as-a-dashed-item", "not-any-rate-after-a-label"],
)
def test_an_index_on_a_base_period_and_a_disbursement_rate_after_a_label_are_ratios(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_ONE_SPACED = ("II. MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2024\n\n"
               "STT Chỉ tiêu ĐVT KH 2024 TH 2024 So sánh TH/KH (%)\n\n"
               "1 Giá trị sản xuất nông nghiệp Tỷ đồng 412,0 418,6 101,6\n\n"
               "2 Tỷ lệ hộ cận nghèo % 3,40 3,15 -\n\n"
               "3 Số lao động được đào tạo nghề Người 250 262 104,8\n\n"
               "4 Sản lượng cá nuôi Tấn 1.250 1.318 105,4\n\n"
               "Năm 2024 xã có 3 hợp tác xã, tăng 1 - 2 so với năm trước.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("412,0", {"unit": "VND", "value": 412e9, "role": "plan", "period": "2024"}),
        ("418,6", {"unit": "VND", "value": 418.6e9, "role": "actual", "kind": "amount"}),
        ("101,6", {"unit": "percent", "kind": "plan_ratio", "base": "plan"}),
        ("3,40", {"unit": "percent", "role": "plan"}),
        ("3,15", {"unit": "percent", "value": 3.15, "value_max": None}),
        ("250", {"unit": "count", "role": "plan"}),
        ("1.318", {"unit": "tonne", "value": 1318.0}),
    ],
    ids=["a-plan-in-billions", "a-result", "its-comparison", "a-percent-row", "a-dash-cell-joins-no-next-row",
         "a-row-counting-people", "a-row-in-tonnes"],
)
def test_a_scanned_table_whose_cells_are_parted_by_single_spaces(surface, expected):
    """`TT Chỉ tiêu ĐVT KH … TH … So sánh (%)` over rows `1 <label> <unit> <n> <n> <n>`, a blank line between them."""
    assert fields_at(_ONE_SPACED, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (_ONE_SPACED, "1"),  # a row number
        ("Chỉ tiêu ĐVT KH 2024 TH 2024\n\n1 Sản lượng cá nuôi Tấn 1.250 1.318\n", "1"),  # no row-number column: prose
        ("STT Chỉ tiêu ĐVT KH 2024 TH 2024\n\n1 Sản lượng cá nuôi 1.250 1.318\n", "1"),  # no unit: no row
    ],
    ids=["a-row-number", "a-header-with-no-row-number-word", "a-row-with-no-unit"],
)
def test_a_single_spaced_rows_number_is_no_figure_only_under_its_header(text, surface):
    found = [r for r in figures(text) if r["surface"] == surface]
    assert bool(found) == (text is not _ONE_SPACED)


@pytest.mark.parametrize(
    ("text", "surface", "value_max"),
    [
        ("Số hộ nghèo giảm còn 42 -\n\n15 hộ thoát nghèo trong năm.", "42", None),
        ("Năng suất lúa đạt 58 - 60 tạ/ha.", "58 - 60", 60.0),
        ("Năng suất lúa đạt 58 -\n60 tạ/ha.", "58 -\n60", 60.0),
    ],
    ids=["a-dash-ending-a-paragraph", "a-range-in-a-line", "a-range-over-a-line-break"],
)
def test_a_range_stands_in_one_paragraph(text, surface, value_max):
    assert figure_at(text, surface)["value_max"] == value_max


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Sản lượng cá đạt trên 24.0OO tấn.", "24.0OO", {"value": 24000.0, "unit": "tonne"}),
        ("Tổng đàn bò có 3.lOO con.", "3.lOO", {"value": 3100.0, "unit": "count"}),
        ("Diện tích trồng ngô 315 hạ; diện tích lạc 120 ha.", "315", {"value": 315.0, "unit": "ha"}),
        ("Diện tích rừng trồng mới 48 hạ.", "48", {"value": 48.0, "unit": "ha"}),
        ("Đã đầu tư 4 hạ tầng thiết yếu cho các thôn.", "4", {"value": 4.0, "unit": "count"}),
    ],
    ids=["a-group-of-zeros-read-as-letters", "a-group-of-digits-read-as-letters", "a-misread-hectare-before-a-stop",
         "a-misread-hectare-ending-a-sentence", "a-word-after-the-number-no-unit"],
)
def test_a_scans_misread_digits_in_a_group_and_a_misread_unit_before_a_stop(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SIGNED = ("Tổng số hộ được hỗ trợ là 45 hộ.\n\nKT. CHỦ TỊCH\n\n{stamp}\n\nNguyễn Văn An\n")


@pytest.mark.parametrize(
    ("stamp", "surface", "found"),
    [
        ("`{ỦY BA\\N ~ 3 XÃ Đ0NG ¬~", "3", False),
        ("«~/ 4k ‹~", "4", False),
        ("Thời gian xử lý ~5 ngày", "5", True),  # one mark: read as written
        ("Đã tiếp nhận 12 hồ sơ", "12", True),
    ],
    ids=["a-stamps-lettering", "a-stamps-outline-glued-to-a-letter", "one-tilde-a-sentence", "no-mark"],
)
def test_a_digit_on_a_line_a_scan_read_a_stamp_into_is_a_label(stamp, surface, found):
    text = _SIGNED.format(stamp=stamp)
    assert any(r["surface"] == surface for r in figures(text)) == found


_DOTTED = "Dân số trung bình 18.420 người. {s}"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (_DOTTED.format(s="Trạm y tế khám cho 7,312 lượt người."), "7,312", 7312.0),
        (_DOTTED.format(s="Tổng đàn trâu 1,064 con."), "1,064", 1064.0),
        ("Trạm y tế khám cho 7,312 lượt người.", "7,312", 7.312),  # no number grouped by a dot
        (_DOTTED.format(s="Bình quân 1,125 lượt/ngày."), "1,125", 1.125),  # a rate
        (_DOTTED.format(s="Hệ số đạt 1,125 điểm."), "1,125", 1.125),  # no count
    ],
    ids=["a-visit-count", "a-head-count", "a-text-grouping-no-number", "a-rate", "no-classifier"],
)
def test_a_counts_group_dot_read_as_a_comma_in_a_text_grouping_by_dots(text, surface, value):
    assert figure_at(text, surface)["value"] == value


_OFFICE_UNITS = ("Biểu số 03\n\nMỘT SỐ CHỈ TIÊU NĂM 2024\n\n"
                 "TT | Chỉ tiêu | ĐVT | TH 2023 | TH 2024\n"
                 "1 | Sản lượng lúa | Ng.tấn | 41,8 | 43,2\n"
                 "2 | Kim ngạch xuất khẩu | Tr.USD | 12,5 | 14,1\n"
                 "3 | Nước sạch cung cấp | Tr.m3 | 3,05 | 3,32\n"
                 "4 | Lệ phí thu được | 1000đ | 845.000 | 912.000\n"
                 "5 | Khách du lịch | Ng.lượt | 76,4 | 84,6\n\n"
                 "Năm 2024 huyện đón 84,6 ng.lượt khách; thu nhập bình quân 38,5 tr.đ/người.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("43,2", {"unit": "tonne", "value": 43200.0}),
        ("14,1", {"unit": "USD", "value": 14.1e6}),
        ("3,32", {"unit": "m3", "value": 3.32e6}),
        ("912.000", {"unit": "VND", "value": 912e6}),
        ("76,4", {"unit": "count", "value": 76400.0}),
    ],
    ids=["thousands-of-tonnes", "millions-of-usd", "millions-of-m3", "thousands-of-dong-as-a-number",
         "thousands-counted"],
)
def test_an_office_spreadsheets_abbreviated_scales_glued_to_their_units(surface, expected):
    """`Ng.tấn`, `Tr.USD`, `Tr.m3`, `1000đ` in a unit column: the scale before the stop, the unit after it."""
    assert fields_at(_OFFICE_UNITS, surface, expected) == expected


def test_an_abbreviated_scale_in_prose_and_a_stop_ending_a_sentence():
    rows = [r for r in figures(_OFFICE_UNITS) if r["start"] > _OFFICE_UNITS.index("Năm 2024 huyện")]
    assert [(r["surface"], r["value"], r["unit"]) for r in rows] == [
        ("84,6", 84600.0, "count"), ("38,5", 38.5e6, "VND_per_person")]
    assert one("Doanh thu đạt 5 tr. Tháng sau tăng.")["value"] == 5e6  # "tr." ending a sentence: money, no unit after


@pytest.mark.parametrize(
    ("title", "qualifier"),
    [("CƠ CẤU NGUỒN VỐN ƯỚC THỰC HIỆN NĂM 2024", "estimated"), ("CƠ CẤU NGUỒN VỐN NĂM 2024", "exact")],
    ids=["a-title-naming-an-estimate", "a-title-naming-none"],
)
def test_a_tables_title_naming_its_year_as_an_estimate(title, qualifier):
    text = (f"Biểu 02\n\n{title}\n\nTT | Nguồn vốn | Giá trị (triệu đồng) | Tỷ trọng (%)\n"
            "1 | Vốn ngân sách tỉnh | 12.400 | 40,0\n2 | Vốn ngân sách huyện | 18.600 | 60,0\n")
    expected = {"qualifier": qualifier, "period": "2024"}
    assert fields_at(text, "12.400", expected) == expected
    assert fields_at(text, "60,0", expected) == expected


_INVESTMENT_ANNEX = ("PHỤ LỤC\n\nKẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2025\n\nĐơn vị tính: triệu đồng\n\n"
               "TT | Danh mục dự án | Năng lực thiết kế | Thời gian KC-HT | Quyết định đầu tư |  | "
               "Lũy kế vốn đã bố trí đến hết năm 2024 | Kế hoạch vốn năm 2025\n"
               " |  |  |  | Số, ngày tháng năm ban hành | Tổng mức đầu tư |  | \n"
               "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8\n"
               "1 | Đường trục xã Hòa Bình | 2,4 km | 2023-2025 | 812/QĐ-UBND 12/5/2023 | 24.500 | 12.000 | 9.500\n"
               "2 | Trạm y tế xã An Phú (xây mới) | 520 m2 | 2025-2026 | 1450/QĐ-UBND 04/11/2024 | 9.800 | - | 4.000\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("2,4", {"unit": "km", "role": "context", "period": None}),
        ("24.500", {"unit": "VND", "value": 24.5e9, "role": "context", "period": None}),
        ("12.000", {"role": "plan", "period": None}),
        ("9.500", {"role": "plan", "period": "2025"}),
        ("9.800", {"unit": "VND", "value": 9.8e9, "role": "context"}),
    ],
    ids=["a-designed-scale", "a-total-investment-under-its-decisions-group", "allotted-from-each-projects-start",
         "this-years-plan", "a-bracket-naming-the-kind-of-work-no-unit"],
)
def test_a_public_investment_annexs_columns(surface, expected):
    assert fields_at(_INVESTMENT_ANNEX, surface, expected) == expected


def test_a_public_investment_annexs_keys_years_and_decisions_are_no_figures():
    assert not [r for r in figures(_INVESTMENT_ANNEX) if r["surface"] in ("3", "4", "5", "2023", "812", "12", "1450")]


_TWO_IN_A_CELL = ("TT | Chỉ tiêu | ĐVT | KH 2024 | Ước TH 2024\n"
                  "1 | Thu ngân sách | Tỷ đồng | 5.000 | 5.210 (tăng 7,5%)\n"
                  "2 | Trường đạt chuẩn | Trường | 45 | 48 (KH: 45)\n"
                  "3 | Sản lượng lương thực | Tấn | 61.000 | 61.840 (+950)\n"
                  "4 | Tỷ lệ lao động qua đào tạo | % | 64,0 | 64,2 (+2,1)\n"
                  "5 | Tỷ lệ hộ nghèo | % | 2,5 | 2,24 (giảm 0,6)\n"
                  "6 | Tỷ lệ trẻ em suy dinh dưỡng | % | < 18 | 17,6 (KH < 18)\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("7,5%", {"kind": "growth", "unit": "percent"}),
        ("+950", {"kind": "change", "unit": "tonne", "value": 950.0}),
        ("+2,1", {"kind": "change_points", "unit": "percentage_point"}),
        ("0,6", {"kind": "change_points", "unit": "percentage_point"}),
    ],
    ids=["an-amounts-growth-in-its-cell", "a-signed-change-beside-the-value", "a-rates-signed-change",
         "a-rates-fall"],
)
def test_a_cells_second_figure_after_its_value(surface, expected):
    assert fields_at(_TWO_IN_A_CELL, surface, expected) == expected


def test_a_plan_in_a_cells_bracket_beside_the_result():
    cells = [r for r in figures(_TWO_IN_A_CELL) if r["surface"] == "45"]
    assert [(r["role"], r["qualifier"]) for r in cells] == [("plan", "exact"), ("plan", "exact")]


def test_a_plan_in_a_cells_bracket_keeps_its_bound():
    cells = [r for r in figures(_TWO_IN_A_CELL) if r["surface"] == "18"]
    assert [(r["role"], r["qualifier"]) for r in cells] == [("plan", "under"), ("plan", "under")]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ lệ che phủ rừng đạt 58,4% (năm 2023 là 57,1%), tăng 1,3%.", "1,3%",
         {"kind": "change_points", "subject": "Tỷ lệ che phủ rừng"}),
        ("Tổng số công chức từ 54 người (cộng của 2 xã cũ) giảm còn 40 người.", "54", {"role": "context"}),
        ("Phấn đấu thu ngân sách vượt dự toán Hội đồng nhân dân huyện giao từ 8% trở lên.", "8%",
         {"kind": "growth", "base": "council_estimate"}),
    ],
    ids=["a-bracket-naming-only-a-time-measures-nothing", "a-starting-level-past-its-bracket",
         "the-council-written-out-between-the-change-word-and-the-number"],
)
def test_a_level_before_a_bracket_and_a_giver_written_out(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_QUARTER_DISCLOSURE = ("CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG QUÝ III NĂM 2025\n\nĐơn vị: Triệu đồng\n\n"
                       "STT | Nội dung | Dự toán năm | Ước thực hiện quý III | Ước thực hiện 9 tháng | "
                       "So sánh ước thực hiện với (%) | \n"
                       " |  |  |  |  | Dự toán năm | Cùng kỳ năm trước\n"
                       "A | B | 1 | 2 | 3 | 4=3/1 | 5\n"
                       "I | Thu ngân sách địa phương | 1.585.000 | 412.580 | 1.198.360 | 75,6 | 106,9\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("1.585.000", {"role": "plan", "period": "2025"}),
        ("412.580", {"qualifier": "estimated", "period": "2025-Q3"}),
        ("75,6", {"kind": "plan_ratio", "base": "plan"}),
        ("106,9", {"kind": "plan_ratio", "base": "previous_year"}),
    ],
    ids=["the-years-estimate-under-a-quarters-title", "a-quarter-of-the-titles-year", "against-the-years-estimate",
         "against-the-same-part-of-the-year-before"],
)
def test_a_quarters_budget_disclosure_form(surface, expected):
    assert fields_at(_QUARTER_DISCLOSURE, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("Chi ngân sách địa phương: Ước thực hiện 9 tháng đạt 6.552 tỷ đồng.", "estimated"),
     ("Ước thực hiện 6 tháng đầu năm đạt 1.200 tỷ đồng.", "estimated"),
     ("Thực hiện 9 tháng đạt 6.552 tỷ đồng.", "exact")],
    ids=["an-estimate-its-months-and-a-verb", "its-months-with-their-words", "no-estimate"],
)
def test_an_estimate_word_then_its_months_then_a_verb(text, qualifier):
    assert one(text)["qualifier"] == qualifier


_SPACE_GROUPED = ("Bảng 2. Bán lẻ hàng hóa 9 tháng năm 2025\n\n"
                  "Chỉ tiêu | Thực hiện (tỷ đồng) |  | So với cùng kỳ năm 2024 (%) | \n"
                  " | Ước tính tháng 9/2025 | 9 tháng năm 2025 | Tháng 9/2025 | 9 tháng năm 2025\n"
                  "Bán lẻ hàng hóa | 10 685,4 | 94 812,6 | 111,2 | 110,8\n"
                  "Du lịch lữ hành | 46,8 | 398,4(1) | 121,3 | 119,7\n\n"
                  "Ghi chú: Số liệu 9 tháng năm 2025 gồm số thực hiện 8 tháng và số ước tính tháng 9. (1) Doanh thu lữ "
                  "hành.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("10 685,4", {"value": 10685.4e9, "unit": "VND"}),
        ("94 812,6", {"value": 94812.6e9, "qualifier": "estimated"}),
        ("111,2", {"period": "2025-09", "kind": "plan_ratio"}),
        ("398,4", {"value": 398.4e9, "qualifier": "estimated"}),
    ],
    ids=["a-cell-grouped-by-spaces", "a-running-total-holding-a-months-estimate", "a-comparisons-own-month",
         "a-number-before-a-glued-note-marker"],
)
def test_a_cell_grouped_by_spaces_a_glued_note_marker_and_a_comparison_over_its_columns_times(surface, expected):
    assert fields_at(_SPACE_GROUPED, surface, expected) == expected


def test_a_glued_note_marker_in_a_cell_is_no_figure():
    assert [r["surface"] for r in figures(_SPACE_GROUPED) if r["surface"] == "1"] == []
    assert fields_at("Chỉ tiêu | ĐVT | 2025\nSản lượng lúa | N.tấn | 8.321,4\n", "8.321,4", {"value": 0}) == {
        "value": 8321400.0}


def test_a_lists_unit_named_in_brackets_before_its_colon():
    text = "Sản lượng lúa các năm (nghìn tấn): năm 2023 đạt 245,6; năm 2024 đạt 251,2.\n"
    assert fields_at(text, "251,2", {"unit": "tonne", "value": 0}) == {"unit": "tonne", "value": 251200.0}
    assert figure_at("Kết quả (người): năm 2024 đạt 245.\n", "245")["unit"] == "count"  # a count stays one


_ELEVEN_MONTHS = ("Chỉ tiêu | Kế hoạch năm 2025 | Ước thực hiện 11 tháng (so cùng kỳ) | Tỷ lệ % | "
                  "11 tháng so với cùng kỳ (%)\n"
                  "Diện tích gieo trồng | 97.200 ha | 98.460 ha (tăng 2,1%) | 101,3 | 102,1\n"
                  "Tỷ lệ che phủ rừng | 43,2% | 43,1% (giảm 0,1%) |  | \n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("98.460", {"kind": "amount", "qualifier": "estimated"}),
        ("2,1%", {"kind": "growth", "unit": "percent"}),
        ("0,1%", {"kind": "change_points", "unit": "percentage_point"}),
        ("101,3", {"kind": "plan_ratio", "base": "plan", "unit": "percent"}),
        ("102,1", {"kind": "plan_ratio", "qualifier": "estimated"}),
    ],
    ids=["a-level-whose-header-names-its-cells-comparison", "an-amounts-growth-in-a-row-of-no-unit",
         "a-rates-change-in-a-row-of-no-unit", "a-rate-of-the-column-before-against-the-plan",
         "a-comparison-of-estimated-months"],
)
def test_an_estimate_column_naming_its_comparison_and_a_rate_column_with_its_percent_bare(surface, expected):
    assert fields_at(_ELEVEN_MONTHS, surface, expected) == expected


@pytest.mark.parametrize(
    "text",
    ["Ký bởi: Ủy ban nhân dân tỉnh\nThời gian ký: 16.12.2025 08:45:37 +07:00\n",
     "Thời gian ký: 08:45:37 +07:00, ngày 16.12.2025\n"],
    ids=["after-its-day", "before-its-time-zone"],
)
def test_a_signatures_time_to_its_seconds_is_no_figure(text):
    assert figures(text) == []


_WEEKLY_PRICES = ("Mặt hàng | ĐVT | Giá tuần trước | Giá tuần này | Tăng (+), giảm (-)\n"
                  "Lúa tươi | đồng/kg | 7.000 - 7.200 | 7.200 - 7.400 | ↑ 200\n"
                  "Heo hơi | đồng/kg | 61.000 | 60.000 | -1.000\n"
                  "Cá tra | đồng/kg | 26.000 | 26.000 | =\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("7.000 - 7.200", {"role": "context"}),
        ("200", {"kind": "change", "unit": "VND_per_kg"}),
        ("-1.000", {"kind": "change", "value": -1000.0}),
    ],
    ids=["the-week-befores-price", "a-change-after-an-arrow", "a-signed-change"],
)
def test_a_weekly_price_tables_changes_in_the_rows_unit(surface, expected):
    assert fields_at(_WEEKLY_PRICES, surface, expected) == expected


def test_a_row_naming_the_rate_a_group_falls_by_holds_points():
    text = "TT | Chỉ tiêu | ĐVT | Toàn tỉnh | Xã A\n5 | Tỷ lệ giảm hộ nghèo | % | 1,2 | 0,8\n"
    expected = {"kind": "change_points", "unit": "percentage_point"}
    assert fields_at(text, "0,8", expected) == expected


_MONTHLY_SCHEDULE = ("I. KẾT QUẢ TRỒNG RỪNG NĂM 2025\n\nNăm 2025, toàn huyện trồng được 812 ha rừng tập trung.\n\n"
                     "II. KẾ HOẠCH TRỒNG RỪNG NĂM 2026\n\n1. Tiến độ thực hiện\n\n"
                     "Biểu 01: Tiến độ thực hiện các nội dung theo tháng năm 2026\n\n"
                     "(x: tháng triển khai thực hiện nội dung)\n\n"
                     "TT | Nội dung | ĐVT | Tổng | T1 | T2 | T3 | T4\n"
                     "1 | Trồng rừng tập trung | ha | 850 | x | x | 320 | 530\n"
                     "2 | Trồng cây phân tán | nghìn cây | 450 |  | 120 | 150 | 180\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("850", {"role": "plan", "period": "2026"}),
        ("320", {"role": "plan", "period": "2026-03"}),
        ("120", {"role": "plan", "period": "2026-02", "value": 120000.0}),
        ("812", {"role": "actual", "period": "2025"}),
    ],
    ids=["the-years-total-under-a-title-by-month", "a-month-written-t3", "another-month", "last-years-result"],
)
def test_a_schedules_months_as_columns_are_the_plans_months(surface, expected):
    """A plan's schedule `Tổng | T1 | … | T12` under a title naming the year and a legend of its marks in brackets."""
    assert fields_at(_MONTHLY_SCHEDULE, surface, expected) == expected


def test_a_notes_marker_glued_to_a_percent_is_no_figure():
    rows = figures("Diện tích lúa đạt 101,6 %1 kế hoạch; tỷ lệ tiêm chủng đạt 98,6 %3.\n")
    assert [(r["surface"], r["kind"], r["base"]) for r in rows] == [
        ("101,6 %", "plan_ratio", "plan"), ("98,6 %", "share", None)]


def test_a_percents_base_named_past_its_notes_marker():
    text = ("Thu nội địa ước đạt 29.870 tỷ đồng, bằng 115,2%[^2] dự toán Trung ương giao.\n\n"
            "[^2]: Kế hoạch là 25.930 tỷ đồng.\n")
    expected = {"kind": "plan_ratio", "base": "central_estimate"}
    assert fields_at(text, "115,2%", expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("46.850 lao động Lao động được giải quyết việc làm đạt 97,6% kế hoạch năm\n\n"
         "5.218 doanh nghiệp Doanh nghiệp thành lập mới\n", "5.218", "actual"),
        ("46.850 lao động Lao động được giải quyết việc làm đạt 97,6% kế hoạch năm\n\n"
         "5.218 doanh nghiệp Doanh nghiệp thành lập mới\n", "97,6%", "actual"),
        ("2. Kế hoạch năm 2026\nThu ngân sách 1.150 tỷ đồng.\n", "1.150", "plan"),
    ],
    ids=["a-line-opening-with-a-number-is-no-heading", "nor-is-its-plan-ratio-a-target", "a-numbered-heading-still-is"],
)
def test_a_number_with_a_thousands_dot_at_a_lines_start_is_no_heading_number(text, surface, role):
    # "46.850 lao động …" opens a key-figure card's line: "46." is no heading's numbering, and the line's "kế hoạch
    # năm" opens no targets.
    assert figure_at(text, surface)["role"] == role


_CHART_BY_YEAR = ("Biểu đồ 1: Giá trị sản xuất các ngành giai đoạn 2021-2025 (tỷ đồng)\n\n"
                  " | Nông nghiệp | Công nghiệp | Dịch vụ\n"
                  "2021 | 2150 | 1840 | 1625\n"
                  "2025 (ƯTH) | 2610 | 2735 | 2355\n")
_CHART_SHARES = ("Biểu đồ 2: Cơ cấu kinh tế năm 2025 (%)\n\n"
                 " | Cơ cấu kinh tế năm 2025\n"
                 "Nông, lâm nghiệp và thủy sản | 33,9\n"
                 "Công nghiệp - xây dựng | 35,5\n"
                 "Dịch vụ | 30,6\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_CHART_BY_YEAR, "1840", {"unit": "VND", "value": 1_840_000_000_000.0, "period": "2021"}),
        (_CHART_BY_YEAR, "2735", {"unit": "VND", "period": "2025", "qualifier": "estimated"}),
        (_CHART_SHARES, "35,5", {"unit": "percent", "kind": "share", "period": "2025"}),
        ("Bảng 3. Một số chỉ tiêu\n\nDịch vụ | 30,6\nNông nghiệp | 33,9\n", "30,6", {"unit": "count"}),
    ],
    ids=["a-titles-bracket-names-the-unit-a-row-its-year", "an-estimated-years-row", "two-columns-a-label-and-a-number",
         "two-cells-with-no-header-stay-prose"],
)
def test_a_charts_numbers_read_with_its_captions_unit_and_each_rows_year(text, surface, expected):
    # A chart's numbers written as a table under its caption: the caption's closing bracket names their unit, a
    # row labelled by a year inside the caption's span is of that year, and a table of a label and a number per
    # row, under a header, is a table.
    assert fields_at(text, surface, expected) == expected


def test_an_end_notes_figures_take_the_targets_their_marker_stands_in():
    # A note after the signature is read where its marker stands: on a target under "1. Các chỉ tiêu chủ yếu", its
    # breakdown is of the target.
    text = ("I. KẾT QUẢ NĂM 2025\n\nSản lượng đạt 1.000 tấn.\n\nII. KẾ HOẠCH, NHIỆM VỤ NĂM 2026\n\n"
            "1. Các chỉ tiêu chủ yếu\n\n- Giá trị sản xuất đạt 26.600 tỷ đồng[^1].\n\n"
            "2. Nhiệm vụ, giải pháp chủ yếu\n\nTăng cường quản lý.\n\nNơi nhận:\n\n- Lưu: VT.\n\n"
            "[^1]: Trong đó công nghiệp chế biến 19.480 tỷ đồng.\n")
    assert fields_at(text, "19.480", {"role": "plan"}) == {"role": "plan"}


_MARKED_TABLE = ("Chỉ tiêu | ĐVT | TH 2024 | KH 2025 | TH 2025 | So với KH (%)\n"
                 "Tổng giá trị sản xuất | Tỷ đồng | 9.080 | 9.770 | 9.860* | 100,9\n"
                 "Thu nhập bình quân đầu người | Triệu đồng | 56,2 | 60 | 61,4(*) | 102,3\n"
                 "Tổng thu ngân sách (*) | Tỷ đồng | 1.108 | 1.150 | 1.245 | 108,3\n"
                 "Dân số | Người | 98.120 | 98.500 | 98.760** | 100,3\n"
                 "Sản lượng lương thực | Tấn | 66.820 | 67.500 | 68.010 | 100,8\n"
                 "\n(*) Số ước thực hiện đến 31/12/2025.\n(**) Số liệu của Cục Thống kê tỉnh.\n\n"
                 "Sản lượng lương thực có hạt đạt 68.450 tấn (*), tăng 2,4% so với năm 2024.\n")


@pytest.mark.parametrize(
    ("surface", "qualifier"),
    [
        ("9.860", "estimated"),  # a cell marked "*"
        ("100,9", "estimated"),  # and its row's comparison of that year
        ("61,4", "estimated"),  # "(*)"
        ("1.245", "estimated"),  # a label marked: its row's result of the legend's year
        ("1.108", "exact"),  # not the year before
        ("98.760", "exact"),  # "**" names a source, no estimate
        ("68.010", "exact"),  # no mark
        ("68.450", "estimated"),  # a mark after a figure in prose
    ],
    ids=["marked-cell", "its-comparison", "bracketed-mark", "marked-label", "an-earlier-year", "a-source-mark",
         "no-mark", "a-mark-in-prose"],
)
def test_a_legends_mark_makes_the_figures_it_stands_on_estimates(surface, qualifier):
    # "(*) Số ước thực hiện đến 31/12/2025" under a table: the cells, labels and prose figures marked "*" are
    # estimates; "(**) Số liệu của Cục Thống kê tỉnh" names a source, which changes nothing.
    assert figure_at(_MARKED_TABLE, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Giá trị sản xuất ước đạt 28\u00a0416,5 tỷ đồng.", "28\u00a0416,5", {"value": 28_416_500_000_000.0}),
        ("Dân số 1\u00a0250\u00a0300 người.", "1\u00a0250\u00a0300", {"value": 1_250_300.0}),
        ("Diện tích cao su giảm –1,2% so với năm 2024.", "–1,2%", {"value": -1.2, "unit": "percent"}),
        ("Sản lượng xi măng PCB40\u00a0325.000 tấn.", "325.000", {"value": 325_000.0, "unit": "tonne"}),
    ],
    ids=["a-no-break-space-parts-groups-of-three", "two-of-them", "an-en-dash-as-a-minus-sign",
         "not-after-a-codes-digits"],
)
def test_a_word_processors_spacing_and_dashes_in_a_number(text, surface, expected):
    # A locale that groups digits with no-break spaces, and a hyphen a word processor turned into an en dash.
    assert fields_at(text, surface, expected) == expected


_LEADER_LINES = ("Năm 2025, một số kết quả chủ yếu đạt được như sau:\n\n"
                 "Tổng giá trị sản xuất (giá hiện hành)...........................4.215,6 tỷ đồng\n\n"
                 "Tỷ lệ che phủ rừng……………………63,2%\n\n"
                 "Trong đó, có 3 xã đạt chuẩn nông thôn mới.")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("4.215,6", {"period": "2025"}), ("63,2%", {"period": "2025"}), ("3", {"period": None})],
    ids=["a-line-over-dots", "a-line-over-ellipses", "the-paragraph-after"],
)
def test_a_lead_ins_year_speaks_for_the_lines_typed_over_a_dot_leader_under_it(surface, expected):
    # Key figures typed over a tab stop's dot leader are the lead-in's items, as marked ones are, to the first line
    # with neither a mark nor a leader.
    assert fields_at(_LEADER_LINES, surface, expected) == expected


_DISBURSED_ROWS = "STT | Chỉ tiêu | ĐVT | KH năm 2025 | Ước TH 9 tháng\n1 | {} | % | 100 | 62,8\n"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a table's row naming a disbursement rate holds ratios to the plan, as the sentence does
        (_DISBURSED_ROWS.format("Tỷ lệ giải ngân kế hoạch vốn đầu tư công"), "62,8",
         {"kind": "plan_ratio", "base": "plan"}),
        (_DISBURSED_ROWS.format("Tỷ lệ giải ngân kế hoạch vốn đầu tư công"), "100",
         {"kind": "plan_ratio", "role": "plan"}),
        (_DISBURSED_ROWS.format("Tỷ lệ giải ngân vốn đầu tư công"), "62,8", {"kind": "plan_ratio", "base": None}),
        (_DISBURSED_ROWS.format("Tỷ lệ hộ nghèo"), "62,8", {"kind": "share", "base": None}),
        # a tab's dot leader between a label's change word and its figure is the space it stands for
        ("II. MỤC TIÊU NĂM 2026\n\nTỷ lệ hộ nghèo giảm.............1,5-2%", "1,5-2%",
         {"kind": "change_points", "role": "plan"}),
        ("II. MỤC TIÊU NĂM 2026\n\nTổng thu ngân sách tăng……………12%", "12%", {"kind": "growth", "role": "plan"}),
        # this year's estimate in brackets beside next year's target is its baseline
        ("II. MỤC TIÊU NĂM 2026\n\n- Tổng thu ngân sách đạt trên 1.200 tỷ đồng (ước thực hiện năm 2025 là 1.412,6 tỷ "
         "đồng).", "1.412,6", {"role": "context", "period": "2025"}),
        # what was done out of the target, in brackets after it: the result
        ("Năm 2025, hoàn thành giao quân, đạt 100% chỉ tiêu (186/186 công dân).", "186/186",
         {"kind": "progress", "role": "actual"}),
        ("Năm 2025, tỷ lệ che phủ rừng đạt 42%, vượt chỉ tiêu Nghị quyết (41,5%).", "41,5%", {"role": "plan"}),
    ],
    ids=["a-disbursement-rows-plan-named", "its-target", "no-plan-named", "a-rates-row", "a-fall-over-a-leader",
         "a-rise-over-ellipses", "an-estimate-bracket-beside-a-target", "done-out-of-the-target", "a-target-bracket"],
)
def test_disbursement_rows_changes_over_leaders_and_brackets_beside_targets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_NEXT_YEARS_DAY = ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n\nĐến ngày 30/11/2025, giải ngân đạt 77,5% kế hoạch; "
                   "dự kiến đến hết ngày 31/01/2026 giải ngân đạt trên 95% kế hoạch.")
_GRAIN_TARGETS = ("II. MỤC TIÊU NĂM 2026\n\n(3) Tổng sản lượng lương thực có hạt đạt 72.000 tấn trở lên.\n\n"
                  "- Diện tích cây có múi đạt 1.200 ha trở lên.\n\n"
                  "- Thu hút doanh nghiệp có vốn từ 100 tỷ đồng trở lên.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # an as-of day in the year after the heading's counts past it, from the year's start: no code
        (_NEXT_YEARS_DAY, "95%", {"period": None, "role": "actual"}),
        (_NEXT_YEARS_DAY, "77,5%", {"period": "2025", "role": "actual"}),
        # a having word inside a thing's name opens no group: the bound is the thing's target
        (_GRAIN_TARGETS, "72.000", {"unit": "tonne", "role": "plan", "qualifier": "over"}),
        (_GRAIN_TARGETS, "1.200", {"unit": "ha", "role": "plan", "qualifier": "over"}),
    ],
    ids=["a-day-of-the-next-year", "a-day-of-the-headings-year", "grain-crops-by-name", "citrus-by-name"],
)
def test_a_next_years_as_of_day_and_a_having_word_inside_a_name(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_bound_on_what_each_of_a_group_has_stays_no_figure():
    assert "100" not in [r["surface"] for r in figures(_GRAIN_TARGETS)]


_SIGNS = ("I. KẾT QUẢ NĂM 2025\n\nNăm 2025, nhiệt độ trung bình năm 24°C; sai số ± 0,5%; nhiệt độ nước 28°C (± 1,5°C). "
          "Kế hoạch vốn năm 2025 của xã là 9.500 triệu đồng; dự kiến đến ngày 31/01/2026 giải ngân ≥ 95% kế hoạch vốn.")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("24", {"unit": "count", "counted": "°C"}),  # a measure in degrees after "năm", no "năm 24" label
        ("0,5%", {"kind": "other"}),  # a tolerance either side of a level
        ("1,5", {"kind": "other"}),
        ("95%", {"period": None, "qualifier": "over"}),  # an as-of day past the year named before it
    ],
    ids=["degrees-after-a-year-word", "a-percent-tolerance", "a-degree-tolerance", "a-day-past-the-year-named"],
)
def test_degrees_tolerances_and_a_day_past_the_year_named(surface, expected):
    assert fields_at(_SIGNS, surface, expected) == expected


def test_a_target_to_a_day_past_the_year_named_keeps_the_year_whose_plan_it_reaches():
    text = ("I. KẾT QUẢ NĂM 2025\n\nTổng kế hoạch vốn đầu tư công năm 2025 là 386,5 tỷ đồng; phấn đấu đến ngày "
            "31/01/2026 giải ngân 100% kế hoạch vốn.")
    assert fields_at(text, "100%", {"role": "plan", "period": "2025"}) == {"role": "plan", "period": "2025"}


# Round 83: a review of a term's targets, an older report's structure triple, a monthly table titled by its indicators.
_TERM_REVIEW = ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025\n\n"
                "Thu nhập bình quân đầu người giai đoạn 2021-2025 ước tăng 9,1%/năm, Nghị quyết đề ra 8-8,5%.\n\n"
                "Đến năm 2025, số giường bệnh trên 1 vạn dân (ước đạt 31,5 giường, mục tiêu 32 giường) chưa đạt.\n\n"
                "Nghị quyết Đại hội nhiệm kỳ 2025 - 2030 xác định các chỉ tiêu chủ yếu đến năm 2030 như sau:\n\n"
                "- Tỷ lệ đô thị hóa đạt 45%;\n\n- Kim ngạch xuất khẩu đạt 4,2 tỷ USD.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("8-8,5%", {"role": "plan", "kind": "growth"}),  # a target after a comma, of the result before it
        ("31,5", {"unit": "count", "role": "actual"}),  # its bracket holds the value of "trên 1 vạn dân"
        ("45%", {"role": "plan", "period": "2030"}),  # a lead-in of a later year's targets after the results
        ("4,2", {"role": "plan", "period": "2030"}),
    ],
    ids=["target-after-its-result", "value-in-the-bracket-after-a-rate-label", "later-targets-lead-in",
         "later-targets-lead-in-2"],
)
def test_a_terms_review_and_the_next_terms_targets(surface, expected):
    assert fields_at(_TERM_REVIEW, surface, expected) == expected


def test_the_people_a_rate_is_per_are_no_figure_when_its_value_is_bracketed():
    assert "1" not in [r["surface"] for r in figures(_TERM_REVIEW)]


def test_three_numbers_joined_by_dashes_are_a_list_not_a_range():
    text = ("Cơ cấu kinh tế: Nông nghiệp - Công nghiệp - Dịch vụ: 41,2% - 22,6% - 36,2% "
            "(năm 2015: 43,0% - 21,5% - 35,5%).")
    assert [(r["surface"], r["value_max"]) for r in figures(text)][:3] == [
        ("41,2%", None), ("22,6%", None), ("36,2%", None)]
    assert figures("Tăng trưởng dự kiến 6 - 7% mỗi năm.")[0]["value_max"] == 7  # two bounds: still a range


def test_a_table_titled_by_its_indicators_alone_sets_no_targets():
    text = ("I. TÌNH HÌNH THÁNG 9 VÀ 9 THÁNG NĂM 2025\n\nSản xuất ổn định.\n\n"
            "II. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
            "TT | Chỉ tiêu | ĐVT | KH năm 2025 | TH tháng 9/2025 | Lũy kế 9 tháng | So với cùng kỳ (%) | "
            "So với KH năm (%)\n"
            "1 | Thu ngân sách | Tỷ đồng | 2.400 | 190,5 | 1.730,2 | 106,4 | 72,1\n")
    assert fields_at(text, "106,4", {"role"}) == {"role": "actual"}
    assert fields_at(text, "72,1", {"role"}) == {"role": "actual"}
    assert fields_at(text, "2.400", {"role"}) == {"role": "plan"}


@pytest.mark.parametrize("label", ["Tỷ lệ hộ nghèo giảm hằng năm", "Tỷ lệ hộ nghèo giảm bình quân"])
def test_a_rates_row_naming_how_often_it_falls_is_in_points(label):
    text = f"TT | Chỉ tiêu | ĐVT | Mục tiêu | 2024 | 2025\n1 | {label} | % | 1,5 | 1,62 | 1,48\n"
    assert fields_at(text, "1,62", {"unit", "kind"}) == {"unit": "percentage_point", "kind": "change_points"}


# Round 84: an older report in parts, growth scenarios, a region's table, a per-head figure in two currencies.
_PARTS = ("PHẦN THỨ NHẤT: TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2013\n\nI. VỀ KINH TẾ\n\n"
          "Giá trị sản xuất công nghiệp ước đạt 3.120 tỷ đồng, tăng 11,2% so với năm 2012.\n\n"
          "II. VỀ XÃ HỘI\n\nGiải quyết việc làm cho 18.400 lao động.\n\n"
          "PHẦN THỨ HAI: KẾ HOẠCH NĂM 2014\n\nI. CÁC CHỈ TIÊU CHỦ YẾU\n\nGiải quyết việc làm cho 19.000 lao động.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("3.120", {"period": "2013", "role": "actual"}),  # a part numbered in words holds its year over its sections
        ("18.400", {"period": "2013", "role": "actual"}),
        ("19.000", {"period": "2014", "role": "plan"}),
    ],
    ids=["part-over-section-1", "part-over-section-2", "next-part"],
)
def test_a_part_numbered_in_words_gives_its_year_to_its_sections(surface, expected):
    assert fields_at(_PARTS, surface, expected) == expected


def test_a_growth_scenario_for_the_coming_year_is_a_target():
    text = ("I. ĐÁNH GIÁ NĂM 2025\n\nGRDP ước tăng 7,9% so với năm 2024.\n\n"
            "II. KỊCH BẢN TĂNG TRƯỞNG NĂM 2026\n\nKịch bản 1: GRDP tăng 8,2%; khu vực dịch vụ tăng 7,4%.\n")
    assert fields_at(text, "8,2%", {"role", "period"}) == {"role": "plan", "period": "2026"}
    assert fields_at(text, "7,9%", {"role"}) == {"role": "actual"}


def test_money_under_a_per_head_column_is_per_person():
    text = ("STT | Tỉnh | GRDP bình quân đầu người (triệu đồng) | Thu NSNN (tỷ đồng)\n"
            "1 | Tỉnh A | 91,4 | 12.300\n2 | Tỉnh B | 77,2 | 8.150\n")
    assert fields_at(text, "91,4", {"unit", "kind"}) == {"unit": "VND_per_person", "kind": "rate"}
    assert fields_at(text, "12.300", {"unit"}) == {"unit": "VND"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("GDP bình quân đầu người đạt 1.480 USD, tương đương 31,6 triệu đồng.", "31,6"),
        ("Thu nhập bình quân đầu người đạt 36,8 triệu đồng (khoảng 1.650 USD).", "1.650"),
    ],
    ids=["equivalent-word", "bracket"],
)
def test_a_per_head_figures_equivalent_in_another_currency_is_per_head_too(text, surface):
    assert fields_at(text, surface, {"kind"}) == {"kind": "rate"}
    assert figure_at(text, surface)["unit"].endswith("_per_person")


def test_a_per_head_figures_change_written_as_an_amount_stays_an_amount():
    text = "GDP bình quân đầu người đạt 31,6 triệu đồng, tăng 2,4 triệu đồng so với năm 2012."
    assert fields_at(text, "2,4", {"unit"}) == {"unit": "VND"}


def test_icor_is_a_coefficient_even_with_a_qualifier_before_it():
    assert fields_at("Hệ số ICOR khoảng 4,2.", "4,2", {"unit", "kind"}) == {"unit": "times", "kind": "other"}


# Round 85: a council's supervision findings, a health report, a commune clerk's typing.
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2024 kiểm nghiệm 40 mẫu nước, có 34/40 mẫu đạt quy chuẩn (85,0%).", "85,0%", {"role": "actual"}),
        ("Có 7/9 trạm đạt chuẩn (78%).", "78%", {"role": "actual"}),
    ],
    ids=["one-decimal", "whole-percent"],
)
def test_a_progress_restated_as_a_percent_in_a_bracket_keeps_its_role(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_bracket_after_a_standard_that_is_not_the_progress_ratio_is_still_the_standard():
    text = "Có 34/40 mẫu đạt quy chuẩn (50 µg/m3)."
    assert fields_at(text, "50", {"role"}) == {"role": "plan"}


def test_a_part_counted_by_the_wholes_noun_after_a_designed_capacity_is_a_result():
    text = ("Tính đến ngày 30/6/2025, huyện có 36 công trình cấp nước tập trung, tổng công suất thiết kế "
            "8.450 m3/ngày đêm, trong đó: 4 công trình quy mô liên xã với công suất 5.100 m3/ngày đêm.")
    assert fields_at(text, "4", {"role"}) == {"role": "actual"}
    assert fields_at(text, "8.450", {"role"}) == {"role": "context"}


def test_a_year_inside_a_things_description_opens_no_earlier_years_sentence():
    text = ("I. KẾT QUẢ NĂM 2025\n\nNhiều trạm bơm xây dựng trước năm 2012 đã xuống cấp; 9 trạm chưa được cấp phép.\n\n"
            "Năm 2019, huyện có 14 trạm; 6 trạm đã xuống cấp.")
    assert fields_at(text, "9", {"role"}) == {"role": "actual"}
    assert fields_at(text, "6", {"role"}) == {"role": "context"}  # an earlier year opening its sentence


def test_a_units_power_glued_to_it_runs_on_to_no_number():
    text = "Xã có diện tích tự nhiên 38,2 km2, 3.650 hộ với 14.120 nhân khẩu."
    assert [r["surface"] for r in figures(text)] == ["38,2", "3.650", "14.120"]


# Round 86: a report dated in the next year, a first quarter's page, a mid-term review.
def test_a_plan_marker_before_its_year_and_verb_marks_a_target():
    text = ("Năm 2026, toàn tỉnh phấn đấu thực hiện thắng lợi các chỉ tiêu chủ yếu: tốc độ tăng trưởng GRDP kế hoạch "
            "năm 2026 tăng 9,5%; GRDP bình quân đầu người đạt 121 triệu đồng.")
    assert fields_at(text, "9,5%", {"role"}) == {"role": "plan"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Dự kiến đến năm 2025", {"role": "actual", "qualifier": "estimated"}),  # beside the target: foreseen
        ("Dự kiến KH năm 2025", {"role": "plan", "qualifier": "exact"}),  # a plan word wins
    ],
    ids=["forecast-column", "proposed-plan-column"],
)
def test_a_columns_forecast_of_a_result_is_an_estimate(header, expected):
    text = ("I. KẾT QUẢ GIAI ĐOẠN 2021-2023\n\nTT | Chỉ tiêu | ĐVT | Mục tiêu đến năm 2025 | TH 2023 | " + header + "\n"
            "1 | Thu ngân sách | Tỷ đồng | 320 | 241,5 | 335\n")
    assert fields_at(text, "335", expected) == expected


def test_years_counted_as_the_heading_span_take_the_span():
    text = ("I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2023\n\n"
            "Tổng vốn đầu tư toàn xã hội 3 năm đạt 4.860 tỷ đồng; năm 2023 đạt 1.720 tỷ đồng.\n")
    assert fields_at(text, "4.860", {"period"}) == {"period": "2021-2023"}


def test_the_end_of_a_year_named_after_a_level_is_its_year():
    text = ("I. KẾT QUẢ NĂM 2024\n\nTỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 6,42% cuối năm 2023 xuống còn 4,87%, "
            "giảm 1,55%.")
    assert fields_at(text, "6,42%", {"period", "role"}) == {"period": "2023", "role": "context"}
    assert fields_at(text, "4,87%", {"period"}) == {"period": "2024"}
    assert fields_at(text, "1,55%", {"unit", "kind"}) == {"unit": "percentage_point", "kind": "change_points"}


def test_a_star_class_in_a_row_label_is_read_as_in_prose():
    text = ("TT | Chỉ tiêu | ĐVT | KH 2025 | TH 2025\n"
            "1 | Số sản phẩm OCOP đạt từ 3 sao trở lên (lũy kế) | Sản phẩm | 60 | 64\n")
    expected = {"unit": "star", "role": "context", "qualifier": "over"}
    assert fields_at(text, "3", expected) == expected
    assert fields_at(text, "64", {"role"}) == {"role": "actual"}


_FIRST_CONGRESS = ("PHẦN THỨ NHẤT\n\n"
                   "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ 3 XÃ NHIỆM KỲ 2020 - 2025\n\n"
                   "I. KẾT QUẢ ĐẠT ĐƯỢC\n\n"
                   "Xã Yên Lạc được thành lập trên cơ sở toàn bộ diện tích tự nhiên của 3 xã Yên Phú, Yên Thọ "
                   "và Yên Hòa. "
                   "Năm 2024, có 28/31 thôn đạt danh hiệu thôn văn hóa. "
                   "Giai đoạn 2021 - 2025, trên địa bàn 3 xã trước sắp xếp đã huy động 186,5 tỷ đồng xây dựng hạ tầng. "
                   "Ủy ban Kiểm tra Đảng ủy 3 xã đã kiểm tra 46 tổ chức đảng. "
                   "Thu nhập bình quân đầu người năm 2025 đạt 62,5 triệu đồng, gấp 1,7 lần so với năm 2020 "
                   "(Nghị quyết đề ra 60 triệu đồng trở lên). "
                   "Sản lượng lương thực bình quân đạt 14.250 tấn/năm (Nghị quyết đề ra 14.000 tấn trở lên).\n\n"
                   "TT | Chỉ tiêu | ĐVT | Mục tiêu Nghị quyết nhiệm kỳ 2020-2025 | Thực hiện năm 2025 | Đánh giá\n"
                   "1 | Tỷ lệ lao động qua đào tạo | % | 75 | 78 | Vượt\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_FIRST_CONGRESS, "28/31", {"role": "actual", "period": "2024"}),
        (_FIRST_CONGRESS, "60", {"unit": "VND_per_person", "role": "plan"}),
        (_FIRST_CONGRESS, "14.000", {"unit": "tonne_per_year", "role": "plan"}),
        (_FIRST_CONGRESS, "75", {"role": "plan", "period": "2025"}),
        ("Năm 2025, Ban đã tham mưu khen thưởng và đề nghị cấp trên khen thưởng cho 5.126 lượt tập thể, cá nhân.",
         "5.126", {"role": "actual"}),
        ("Đề nghị cấp trên hỗ trợ tỉnh 350 tỷ đồng.", "350", {"role": "plan"}),
        ("Năm 2025, tỉnh trình tặng Huân chương Lao động cho 27 tập thể, cá nhân "
         "(hạng Nhất 2, hạng Nhì 6, hạng Ba 19).",
         "19", {"unit": "count", "role": "actual"}),
    ],
    ids=["a-year-of-the-term-a-parts-title-reviews", "a-bracketed-target-of-money-per-head-the-subject-names",
         "a-bracketed-target-of-the-rate-before-it", "a-terms-target-column-is-of-its-last-year",
         "a-proposal-to-the-level-above-done", "a-request-to-the-level-above-for-money",
         "a-part-after-a-class-place-in-a-breakdown"],
)
def test_a_merged_communes_congress_report_and_an_awards_report(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize("left", ["của 3 xã Yên Phú", "trên địa bàn 3 xã trước", "Đảng ủy 3 xã"])
def test_the_former_communes_named_as_a_set_are_no_figure(left):
    at = _FIRST_CONGRESS.index(left) + left.index("3")
    assert at not in [r["start"] for r in figures(_FIRST_CONGRESS)]


_TERM_REVIEWED = ("PHẦN THỨ NHẤT\n\n"
                  "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020 - 2025\n\n"
                  "I. KẾT QUẢ ĐẠT ĐƯỢC\n\n"
                  "Trong 18 chỉ tiêu chủ yếu Nghị quyết đề ra, đến nay có 15/18 chỉ tiêu đạt và vượt. "
                  "Tổng thu ngân sách trên địa bàn 5 năm (2021 - 2025) ước đạt 412,6 tỷ đồng, "
                  "bình quân tăng 12,1%/năm; "
                  "trong đó thu tiền sử dụng đất 236,8 tỷ đồng. "
                  "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 đạt khoảng 2.150 tỷ đồng, gấp 2,3 lần giai đoạn "
                  "2016 - 2020. "
                  "Tỷ lệ điều tra, khám phá các vụ án hình sự bình quân giai đoạn 2021 - 2025 đạt 88,6%/năm. "
                  "Hằng năm hoàn thành 100% chỉ tiêu tuyển quân; 5 năm giao 148 thanh niên nhập ngũ. "
                  "Mức tiền thưởng thực hiện theo Nghị định số 98/2023/NĐ-CP: Bằng khen của Chủ tịch UBND tỉnh "
                  "2.340.000 đồng; Cờ thi đua của UBND tỉnh 18.720.000 đồng.\n\n"
                  "TT | Chỉ tiêu | ĐVT | Mục tiêu Nghị quyết nhiệm kỳ 2020-2025 | Thực hiện năm 2025 | Đánh giá\n"
                  "1 | Tốc độ tăng trưởng giá trị sản xuất bình quân | %/năm | 10 - 11 | 10,8 | Đạt\n"
                  "2 | Tổng thu ngân sách nhà nước trên địa bàn 5 năm | Tỷ đồng | 380 | 412,6 | Vượt\n"
                  "3 | Thu nhập bình quân đầu người | Triệu đồng | 75 | 78,6 | Vượt\n\n"
                  "TT | Chỉ tiêu | ĐVT | 2021 | 2022 | 2023 | 2024 | 2025\n"
                  "1 | Tổng vốn đầu tư toàn xã hội 5 năm | Tỷ đồng | 380 | 402 | 415 | 431 | 452\n")


@pytest.mark.parametrize(
    ("surface", "nth", "expected"),
    [
        ("18", 0, {"role": "context"}),
        ("412,6", 0, {"period": "2021-2025"}),
        ("236,8", 0, {"period": "2021-2025"}),
        ("2,3", 0, {"kind": "multiple", "period": "2021-2025"}),
        ("88,6%", 0, {"kind": "share"}),
        ("148", 0, {"period": "2021-2025"}),
        ("18.720.000", 0, {"role": "context"}),
        ("10,8", 0, {"period": "2021-2025"}),
        ("412,6", 1, {"period": "2021-2025"}),
        ("78,6", 0, {"period": "2025"}),
        ("452", 0, {"period": "2025"}),
    ],
    ids=["a-whole-before-its-part-after-a-few-words", "a-sum-after-its-years-and-their-span-in-brackets",
         "a-part-of-the-sum-after-a-semicolon", "a-multiples-span-after-it-is-its-base",
         "a-rates-yearly-average-level-is-a-share", "years-of-the-term-opening-a-clause",
         "an-item-of-levels-a-rule-sets-after-its-colon", "a-rows-yearly-average-over-the-term",
         "a-rows-sum-of-n-years", "a-rows-level-of-the-columns-year", "a-year-columns-cell-of-its-year"],
)
def test_a_terms_review_reads_its_spans_sums_and_averages(surface, nth, expected):
    cells = [r for r in figures(_TERM_REVIEWED) if r["surface"] == surface]
    assert {k: cells[nth][k] for k in expected} == expected


def test_the_years_a_sum_counts_are_no_figure():
    starts = [r["start"] for r in figures(_TERM_REVIEWED)]
    assert _TERM_REVIEWED.index("5 năm (") not in starts
    assert _TERM_REVIEWED.index("5 năm giao") not in starts


def test_a_capitalised_word_after_an_items_number_opens_the_item():
    text = "II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n\n(9) Có 8/8 trường đạt chuẩn quốc gia.\n"
    assert fields_at(text, "8/8", {"kind", "role"}) == {"kind": "progress", "role": "plan"}


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Diện tích nhà ở bình quân 1 hộ nông thôn đạt 96,8 m2.", "96,8", "m2_per_household"),
        ("Thu nhập bình quân 1 hộ đạt 120 triệu đồng.", "120", "VND_per_household"),
        ("Thu nhập bình quân đầu người đạt 62 triệu đồng.", "62", "VND_per_person"),
    ],
    ids=["floor-area-per-household", "income-per-household", "income-per-head"],
)
def test_an_average_of_one_household_is_per_household(text, surface, unit):
    assert fields_at(text, surface, {"unit"}) == {"unit": unit}


_MERGED_GROUPS = ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\n"
                  "TT | Chỉ tiêu | Chi tiết | ĐVT | Thực hiện 2024 | Năm 2025 |  | So sánh (%) |  "
                  "| Kế hoạch 2026\n"
                  " |  |  |  |  | Kế hoạch | Ước thực hiện | Cùng kỳ | Kế hoạch | \n"
                  "1 | Giá trị sản xuất (tỷ đồng) | Tổng số |  | 7.512,4 | 8.105,0 | 8.144,9 | 108,4 | 100,5 "
                  "| 8.820,0\n"
                  " |  | Nông, lâm nghiệp, thủy sản |  | 1.652,3 | 1.690,0 | 1.671,8 | 101,2 | 98,9 | 1.705,0\n"
                  "2 | Tổng đàn lợn |  | con | 58.200 | 60.000 | 54.350 | 93,4 | 90,6 | 57.000\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("1.652,3", {"unit": "VND", "value": 1.6523e12}),
        ("108,4", {"kind": "plan_ratio", "base": "previous_year", "role": "actual"}),
        ("98,9", {"kind": "plan_ratio", "base": "plan", "role": "actual"}),
        ("54.350", {"unit": "count"}),
    ],
    ids=["a-label-merged-down-its-groups-rows-gives-its-unit", "a-comparison-over-the-cell-naming-the-year-before",
         "a-comparison-over-the-cell-naming-the-plan", "a-row-of-its-own-keeps-its-unit"],
)
def test_a_word_tables_merged_cells(surface, expected):
    assert fields_at(_MERGED_GROUPS, surface, expected) == expected


_KEY_FIGURES = ("Kinh tế - xã hội 11 tháng năm 2025\n\n"
                "- Than tiêu thụ: 40,5 triệu tấn (so CK: +3,8%; so KH: 92,0%).\n"
                "- Sản lượng than nguyên khai: T11 ước đạt 3,86 triệu tấn; lũy kế 11T đạt 41,2 triệu tấn, "
                "tăng 4,1% so CK.\n"
                "- Chỉ số giá tiêu dùng (CPI): T11 tăng 0,21% so với tháng trước; bình quân 11T tăng 3,18% so CK.\n\n"
                "Để hoàn thành KH năm 2025, tháng 12 toàn tỉnh cần đạt: thu ngân sách nhà nước tối thiểu "
                "2.990 tỷ đồng; sản lượng than nguyên khai 2,8 triệu tấn.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("4,1%", {"kind": "growth", "base": "previous_year"}),
        ("92,0%", {"kind": "plan_ratio", "base": "plan"}),
        ("3,86", {"period": "2025-11"}),
        ("41,2", {"period": None}),
        ("3,18%", {"period": None}),
        ("2,8", {"role": "plan", "period": "2025-12"}),
    ],
    ids=["so-ck-is-the-same-period-before", "so-kh-before-a-percent-is-a-ratio-to-the-plan",
         "a-month-abbreviated-opening-a-clause", "months-so-far-abbreviated", "months-so-far-after-a-semicolon",
         "what-a-month-must-reach-after-a-purpose"],
)
def test_a_key_figures_lists_abbreviations(surface, expected):
    assert fields_at(_KEY_FIGURES, surface, expected) == expected


def test_a_census_moments_columns_are_of_their_days_months():
    text = ("Kết quả sơ bộ Tổng điều tra nông thôn, nông nghiệp năm 2025\n\n"
            "Chỉ tiêu | ĐVT | Thời điểm |  | Tăng (+), giảm (-) (%)\n"
            " |  | 01/7/2020 | 01/7/2025 | \n"
            "Số trang trại | Trang trại | 264 | 412 | +56,06\n\n"
            "Ghi chú: Số liệu thời điểm 01/7/2025 là số liệu sơ bộ.\n")
    assert fields_at(text, "264", {"period", "qualifier"}) == {"period": "2020-07", "qualifier": "exact"}
    assert fields_at(text, "412", {"period", "qualifier"}) == {"period": "2025-07", "qualifier": "estimated"}


_RANKED = ("Chỉ số PAR INDEX năm 2024 của tỉnh đạt 88,65%, đứng thứ 7/34 tỉnh, thành phố, cao hơn mức trung bình "
           "cả nước 2,3 điểm phần trăm (trung bình cả nước đạt 86,35%). Bộ Nội vụ đã tính toán lại kết quả năm 2024 "
           "theo 34 tỉnh, thành phố sau sắp xếp. Theo bảng xếp hạng 63 tỉnh, thành phố, tỉnh Long An (cũ) xếp thứ "
           "15/63.\n\n"
           "STT | Chỉ số | Điểm số 2023 | Điểm số 2024 | Xếp hạng 2023 | Xếp hạng 2024\n"
           "1 | PAR INDEX | 88,28% | 89,12% | 19 | 12\n\n"
           "Kế hoạch vốn năm 2025 được giao 42.650 triệu đồng, trong đó vốn đầu tư 18.200 triệu đồng, vốn sự nghiệp "
           "24.450 triệu đồng; đến ngày 30/11/2025 giải ngân 35.118 triệu đồng, đạt 82,3%.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("86,35%", {"role": "context"}),
        ("12", {"kind": "other"}),
        ("35.118", {"role": "actual"}),
        ("24.450", {"role": "plan"}),
    ],
    ids=["the-countrys-average-in-brackets", "a-ranking-column-naming-its-year", "money-disbursed-after-a-semicolon",
         "a-part-of-the-capital-allotted"],
)
def test_rankings_averages_and_capital_disbursed(surface, expected):
    assert fields_at(_RANKED, surface, expected) == expected


@pytest.mark.parametrize("left", ["theo 34", "xếp hạng 63"])
def test_the_units_a_ranking_or_a_result_is_over_are_no_figure(left):
    at = _RANKED.index(left) + len(left) - 2
    assert at not in [r["start"] for r in figures(_RANKED)]


def test_capital_carried_into_the_next_year_names_the_year_it_comes_from():
    text = ("III. KẾ HOẠCH NĂM 2026\n\nPhấn đấu giải ngân 100% kế hoạch vốn năm 2025 được kéo dài sang năm 2026; "
            "hỗ trợ đất ở cho 350 hộ.\n")
    assert fields_at(text, "350", {"role", "period"}) == {"role": "plan", "period": "2026"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tỷ lệ khen thưởng người lao động trực tiếp năm 2025 chiếm 41,2%; cán bộ lãnh đạo, quản lý chiếm 18,6%, "
         "giảm 2,7%.", "2,7%", {"unit": "percentage_point", "kind": "change_points"}),
        ("Năm 2025 có 8.214 người, chiếm 48,8%, tăng 11,4%.", "11,4%", {"unit": "percent", "kind": "growth"}),
        ("Theo tính toán, để cả năm đạt 8%, GRDP Quý IV phải tăng khoảng 10,1%.", "10,1%",
         {"unit": "percent", "kind": "growth"}),
    ],
    ids=["a-shares-fall-right-after-it-alone-in-its-clause", "a-counts-growth-after-its-share",
         "another-subjects-growth-after-a-share"],
)
def test_a_change_in_percent_right_after_a_share(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_TEN_YEARS = ("Phần thứ nhất\n\nKẾT QUẢ 10 NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 07-NQ/TU\n\n"
              "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU\n\n"
              "Nghị quyết số 07-NQ/TU đề ra 12 chỉ tiêu chủ yếu đến năm 2025. Tổng lượt khách du lịch tăng từ "
              "2,35 triệu lượt năm 2015 lên ước 5,2 triệu lượt năm 2025, gấp 2,2 lần. Năm 2020, tổng lượt khách chỉ "
              "đạt 2,12 triệu lượt, giảm 41,9% so với năm 2019. Nghị quyết đề ra mục tiêu đến năm 2020 đón 3,5 triệu "
              "lượt khách, tổng thu từ khách du lịch đạt 3.200 tỷ đồng. Đến năm 2025, toàn tỉnh có 512 cơ sở lưu trú "
              "(tăng 264 cơ sở, 4.440 buồng so với năm 2015).\n\n"
              "TT | Chỉ tiêu | ĐVT | Năm 2015 | Năm 2020 | Năm 2025 (ước) | Tăng BQ giai đoạn 2016-2025 (%/năm)\n"
              "1 | Tổng lượt khách du lịch | Triệu lượt | 2,35 | 2,12 | 5,20 | 8,3\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("2,12", {"role": "actual", "period": "2020"}),
        ("5,2", {"role": "actual", "period": "2025"}),
        ("2,2", {"kind": "multiple", "base": "2015", "period": "2025"}),
        ("12", {"role": "context", "period": None}),
        ("3.200", {"role": "plan", "period": "2020"}),
        ("4.440", {"kind": "change", "base": "2015"}),
        ("264", {"kind": "change", "base": "2015"}),
        ("8,3", {"kind": "growth", "period": "2016-2025"}),
    ],
    ids=["a-year-of-the-years-a-title-reviews", "the-later-level-of-a-move-after-an-estimate-word",
         "a-multiple-after-a-move-compares-its-years", "the-targets-a-resolution-set-counted",
         "the-next-item-after-a-target-set-out", "a-count-listed-after-a-change", "a-change-before-a-listed-one",
         "a-yearly-average-column-naming-its-span"],
)
def test_a_ten_year_review(surface, expected):
    assert fields_at(_TEN_YEARS, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tổng chi ngân sách phường từ ngày 01/7/2025 đến ngày 30/9/2025 là 17.380 triệu đồng.", "17.380",
         {"period": "2025-Q3"}),
        ("Từ ngày 01/10/2025 đến ngày 31/10/2025, phường tiếp nhận 1.120 hồ sơ.", "1.120", {"period": "2025-10"}),
        ("Từ ngày 01/7/2025 đến ngày 30/11/2025, phường tiếp nhận 4.310 hồ sơ.", "4.310", {"period": None}),
        ("6 tháng đầu năm thu 118.350 triệu đồng, từ ngày 01/7/2025 đến ngày 30/9/2025 thu 68.070 triệu đồng.",
         "68.070", {"period": "2025-Q3"}),
        ("BÁO CÁO\n\nKết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2025\n\n"
         "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2025\n\n1. Tập trung tăng thu ngân sách; quý IV thu ngân sách "
         "đạt tối thiểu 58.000 triệu đồng, phấn đấu đến 31/12/2025 tổng thu ngân sách đạt trên 245.000 triệu đồng.",
         "245.000", {"role": "plan", "period": "2025"}),
    ],
    ids=["a-window-over-a-quarter", "a-window-over-a-month", "a-window-over-no-part-of-the-year",
         "a-window-after-the-first-half", "a-target-for-the-years-last-day-after-the-quarter"],
)
def test_windows_of_days_over_a_part_of_the_year(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_MERGED_PROVINCE = ("Chỉ tiêu | ĐVT | Thực hiện tháng 11/2025 | Ước tính tháng 12/2025 | Cộng dồn năm 2025 | Năm 2025 "
                    "so với năm 2024 (%)\n"
                    "Kim ngạch xuất khẩu hàng hóa | Triệu USD | 2.418 | 2.563 | 27.840 | 113,48\n\n"
                    "Ghi chú: Số liệu cộng dồn năm 2025 gồm số thực hiện 11 tháng và số ước tính tháng 12/2025.\n\n"
                    "Khu vực | Thu NSNN trên địa bàn (tỷ đồng) | Kim ngạch xuất khẩu (triệu USD)\n"
                    "Phú Thọ (cũ) | 24.310 | 8.620\n"
                    "Vĩnh Phúc (cũ) | 39.850 | 17.950\n\n"
                    "TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện 9 tháng năm 2025 | So với KH (%) | "
                    "So với CK (%)\n"
                    "1 | Tổng thu NSNN trên địa bàn | Triệu đồng | 237.200 | 186.420 | 78,6 | 112,4\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("27.840", {"period": "2025", "qualifier": "estimated"}),
        ("113,48", {"period": "2025", "qualifier": "estimated"}),
        ("2.418", {"period": "2025-11", "qualifier": "exact"}),
        ("24.310", {"unit": "VND", "value": 2.431e13}),
        ("17.950", {"unit": "USD", "value": 1.795e10}),
        ("112,4", {"kind": "plan_ratio", "base": "previous_year"}),
    ],
    ids=["the-years-running-total-column", "its-comparison-estimated-by-the-note", "the-month-before-stays-exact",
         "a-former-provinces-row-takes-its-columns-unit", "another-column-unit-past-a-former-unit",
         "so-voi-ck-column"],
)
def test_a_merged_provinces_tables(surface, expected):
    assert fields_at(_MERGED_PROVINCE, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("2. Đẩy mạnh xúc tiến, quảng bá; bình quân mỗi năm tổ chức, tham gia ít nhất 10 sự kiện xúc tiến du lịch.",
         "10", {"unit": "count_per_year", "kind": "rate"}),
        ("Nghị quyết đề ra mục tiêu đến năm 2020 đón 3,5 triệu lượt khách, tổng thu từ khách du lịch đạt 3.200 tỷ "
         "đồng; kết quả năm 2020 tổng thu đạt 2.420 tỷ đồng.", "2.420", {"role": "actual"}),
        ("Năm 2025, tỉnh hoàn thành 20/22 chỉ tiêu, tăng trưởng GRDP đạt 8,1%. Năm 2026, tỉnh đề ra 24 chỉ tiêu chủ "
         "yếu, trong đó có 12 chỉ tiêu kinh tế.", "24", {"role": "plan", "period": "2026"}),
    ],
    ids=["an-averages-time-before-verbs-listed-by-a-comma", "a-result-after-a-target-set-out",
         "targets-set-out-for-a-later-year"],
)
def test_targets_set_out_and_yearly_averages(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_REORGANISED = ("Sau sắp xếp, diện tích tự nhiên bình quân của 1 đơn vị hành chính cấp xã là 86,9 km2 (trước sắp xếp "
                "là 28,7 km2). Trước sắp xếp, tổng số cán bộ, công chức cấp xã là 4.872 người. Tỉnh đã giảm 140 đơn "
                "vị, tỷ lệ giảm 67,0%.\n\n"
                "TT | Nội dung | ĐVT | Trước sắp xếp | Sau sắp xếp | Tăng (+), giảm (-)\n"
                "1 | Cán bộ, công chức cấp xã | Người | 4.810 | 4.326 | -484\n"
                "2 | Tỷ lệ hồ sơ tiếp nhận trực tuyến | % | 48,3 | 72,5 | +24,2\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("28,7", {"role": "context"}),
        ("4.872", {"role": "context"}),
        ("67,0%", {"unit": "percent", "kind": "growth"}),
        ("4.810", {"role": "context"}),
        ("-484", {"unit": "count", "kind": "change"}),
        ("+24,2", {"unit": "percentage_point", "kind": "change_points"}),
    ],
    ids=["before-the-reorganisation-in-brackets", "before-the-reorganisation-opening-the-sentence",
         "the-rate-of-a-fall", "a-column-before-the-reorganisation", "a-column-of-signs-in-brackets-in-the-rows-unit",
         "a-column-of-signs-in-brackets-in-points"],
)
def test_levels_before_and_after_a_reorganisation(surface, expected):
    assert fields_at(_REORGANISED, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Chi tiêu bình quân của khách lưu trú năm 2025 đạt khoảng 2,3 triệu đồng/lượt (năm 2015 là 1,2 triệu "
         "đồng/lượt).", "1,2", {"unit": "VND_per_person", "value": 1.2e6}),
        ("Giá vé lượt được giữ ổn định ở mức 7.000 đồng/lượt.", "7.000", {"unit": "VND"}),
        ("TT | Chỉ tiêu | ĐVT | Năm 2015 | Năm 2025\n5 | Chi tiêu bình quân của khách lưu trú | Triệu đồng/lượt | 1,2 "
         "| 2,3\n", "2,3", {"unit": "VND_per_person", "value": 2.3e6}),
        ("Thu nhập bình quân đầu người tăng từ 2,9 triệu đồng/người/năm năm 2000 lên 18,5 triệu đồng năm 2010 và 72,4 "
         "triệu đồng năm 2024.", "72,4", {"unit": "VND_per_person_per_year"}),
        ("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2% dân số, tăng 1,5 điểm phần trăm so với cùng kỳ, đạt 99,2% "
         "kế hoạch năm (KH 95%).", "95%", {"kind": "share", "role": "plan"}),
    ],
    ids=["a-visitors-spending-per-visit", "a-fare-per-ride-is-a-price", "a-visitors-spending-per-visit-in-a-row",
         "the-levels-a-rate-moved-to", "a-plans-level-after-a-ratio-to-it"],
)
def test_units_of_visits_and_moved_rates(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("7. Công nghiệp\n\nCông nghiệp tăng 7,4%.\n\n8. Công tác chuẩn bị phục vụ Tết Nguyên đán Bính Ngọ năm "
         "2026\n\nCác doanh nghiệp đã dự trữ hàng hóa với tổng trị giá khoảng 3.250 tỷ đồng.\n", "3.250",
         {"period": None}),
        ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n\nLũy kế đến ngày 30/6/2025, toàn tỉnh có 381/409 xã đạt chuẩn "
         "nông thôn mới, chiếm 93,2%.\n", "93,2%", {"period": "2025"}),
        ("BÁO CÁO\n\nTổng kết quá trình xây dựng và phát triển huyện giai đoạn 1999 - 2025\n\nI. KẾT QUẢ\n\nTổng giá "
         "trị sản xuất tăng từ 412 tỷ đồng năm 2000 lên 9.850 tỷ đồng năm 2024, gấp 23,9 lần.\n", "412",
         {"role": "actual", "period": "2000"}),
    ],
    ids=["a-heading-naming-an-occasions-year", "a-stock-had-on-a-day-counted-so-far",
         "a-starting-level-of-a-year-the-title-reviews"],
)
def test_occasions_stocks_and_reviewed_spans(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_PARTS_TITLED_BELOW = ("BÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025; mục tiêu, nhiệm vụ năm 2026\n\n"
                       "Phần thứ nhất\n\nTÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025\n\n"
                       "I. KẾT QUẢ ĐẠT ĐƯỢC\n\n1. Tăng trưởng kinh tế\n\nTốc độ tăng trưởng GRDP ước đạt 7,85%.\n\n"
                       "Phần thứ hai\n\nMỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026\n\n"
                       "I. MỤC TIÊU TỔNG QUÁT\n\nPhát huy lợi thế của tỉnh sau hợp nhất.\n\n"
                       "II. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
                       "a) Về kinh tế: (1) Tốc độ tăng trưởng GRDP đạt 10% trở lên; (2) GRDP bình quân đầu người đạt "
                       "82 - 84 triệu đồng.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("7,85%", {"role": "actual", "period": "2025"}),
        ("10%", {"role": "plan", "period": "2026"}),
        ("82 - 84", {"role": "plan", "period": "2026"}),
    ],
    ids=["a-parts-title-below-its-number-names-its-year", "a-target-under-a-later-sub-heading-of-the-parts-targets",
         "the-next-target"],
)
def test_a_parts_title_on_the_line_below_its_number(surface, expected):
    assert fields_at(_PARTS_TITLED_BELOW, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("TT | Cấp học | Số trường | Số lớp | Số học sinh | So với năm học 2024-2025 (+/-)\n"
         "1 | Mầm non | 248 | 2.975 | 74.630 | -1.842\n", "-1.842", {"unit": "count", "kind": "change"}),
        ("TT | Cấp học | Số giáo viên (người) | Tỷ lệ giáo viên/lớp | Số giáo viên còn thiếu so với định mức (người)\n"
         "1 | Mầm non | 5.534 | 1,86 | 612\n", "612", {"unit": "count", "kind": "count"}),
        ("Dự toán chi sự nghiệp giáo dục và đào tạo năm 2025 của tỉnh là 4.186,5 tỷ đồng, chiếm 27,4% tổng chi ngân "
         "sách địa phương.", "4.186,5", {"role": "plan"}),
        ("(Thainguyen.gov.vn) - Theo Báo cáo số 08/BC-SCT ngày 05/01/2026 của Sở Công Thương, năm 2025 chỉ số sản "
         "xuất công nghiệp ước tăng 9,6% so với năm 2024; tổng mức bán lẻ hàng hóa ước đạt 68.450 tỷ đồng, tăng "
         "11,2%.", "68.450", {"period": "2025"}),
    ],
    ids=["a-comparison-column-of-signs-in-the-rows-unit", "a-count-column-naming-what-it-falls-short-of",
         "a-budget-estimate-stated-by-a-copula", "a-year-after-a-source-tag-and-a-preface"],
)
def test_counts_compared_and_an_estimate_stated(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("4. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025\n\n"
         "TT | Chỉ tiêu | ĐVT | Chỉ tiêu Nghị quyết HĐND xã giao | Kết quả thực hiện | Đánh giá\n"
         "1 | Tổng diện tích gieo trồng cây hằng năm | Ha | 2.800 | 2.846 | Vượt\n", "2.800",
         {"unit": "ha", "role": "plan"}),
        ("Tổng kinh phí được giao thực hiện Chương trình năm 2025 là 18.650 triệu đồng, trong đó ngân sách trung ương "
         "5.420 triệu đồng.", "18.650", {"role": "plan"}),
        ("Tuổi thọ trung bình của người dân ước đạt 74,2 tuổi, tăng 0,2 tuổi so với năm 2024.", "0,2",
         {"kind": "change", "base": "2024"}),
        ("Tăng trưởng 9 tháng của tỉnh cao hơn mức bình quân chung cả nước (7,85%).", "7,85%", {"role": "context"}),
        ("“Để đạt mục tiêu tăng trưởng 8% cả năm, Quý IV phải tăng trưởng ít nhất 10,5%”, ông nói.", "10,5%",
         {"role": "plan"}),
    ],
    ids=["a-column-of-the-targets-a-council-set", "funds-given-stated-by-a-copula", "an-ages-rise",
         "the-countrys-average-first-in-its-sentence", "what-a-quarter-must-grow-by"],
)
def test_targets_set_and_levels_elsewhere(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_MASTER_PLAN = ("THỦ TƯỚNG CHÍNH PHỦ\n\nHà Nội, ngày 28 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\n\n"
                "Phê duyệt Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050\n\n"
                "II. MỤC TIÊU PHÁT TRIỂN ĐẾN NĂM 2030\n\n"
                "- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2030 đạt 8,5 - 9%/năm.\n"
                "- Thu ngân sách nhà nước trên địa bàn đến năm 2025 đạt 3.500 tỷ đồng, đến năm 2030 đạt trên 8.000 tỷ "
                "đồng.\n- Tỷ lệ đô thị hóa đến năm 2030 đạt 40%.\n- Dân số đến năm 2030 khoảng 900 nghìn người.\n\n"
                "III. TẦM NHÌN ĐẾN NĂM 2050\n\nGRDP bình quân đầu người đạt khoảng 18.000 USD.\n\n"
                "V. PHƯƠNG ÁN TỔ CHỨC KHÔNG GIAN PHÁT TRIỂN\n\n"
                "Theo mô hình “3 vùng kinh tế - xã hội, 2 hành lang kinh tế, 4 cực tăng trưởng”, cụ thể:\n"
                "- Hành lang kinh tế 1: dọc cao tốc Tuyên Quang - Hà Giang.\n")


def test_a_long_range_plan_reads_from_the_year_it_was_signed():
    from solieu.extract.document import Document

    assert Document.of(_MASTER_PLAN).year == 2024  # not 2030, the year it names most
    next_year = ("Hà Nội, ngày 10 tháng 12 năm 2025\n\nNGHỊ QUYẾT về kế hoạch năm 2026\n\n"
                 "Năm 2026 tăng 8%; năm 2026 thu 500 tỷ.")
    assert Document.of(next_year).year == 2026  # a plan of the next year, signed the year before: the year it plans


def test_a_vision_heading_opens_targets():
    assert fields_at(_MASTER_PLAN, "18.000", {"role", "period"}) == {"role": "plan", "period": "2050"}


@pytest.mark.parametrize("left", ["“3", "hội, 2", "tế, 4", "kinh tế 1"])
def test_a_quoted_models_counts_and_a_corridors_number_are_no_figures(left):
    at = _MASTER_PLAN.index(left) + len(left) - 1
    assert at not in [r["start"] for r in figures(_MASTER_PLAN)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | Tiêu chí đô thị loại I\n"
         "1 | Tỷ lệ đô thị hóa | % | 77,2 | 78,6 | ≥ 65\n", "65", {"role": "plan"}),
        ("TÌNH HÌNH VAY VÀ TRẢ NỢ NĂM 2025\n\nSTT | Nội dung | Dự toán năm 2025 | Ước thực hiện năm 2025\n"
         "III | Tổng dư nợ đầu năm | 1.486.250 | 1.486.250\n"
         " | Tỷ lệ mức dư nợ đầu kỳ so với mức dư nợ vay tối đa (%) | 40,3 | 37,4\n"
         "VII | Tổng dư nợ cuối năm | 1.843.850 | 1.712.080\n\n"
         "3. Kế hoạch vay, trả nợ năm 2026\n\nKế hoạch vay 485.000 triệu đồng.\n", "1.843.850", {"period": "2025"}),
    ],
    ids=["a-column-of-a-citys-class-standard", "the-years-end-balance-stays-the-years"],
)
def test_visions_standards_and_balances(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_BALANCES = test_visions_standards_and_balances.pytestmark[0].args[1][1][0]


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("1.486.250", {"period": "2024"}),
        ("37,4", {"period": "2024"}),
        ("485.000", {"role": "plan", "period": "2026"}),
    ],
    ids=["a-row-of-the-balance-at-the-years-start", "its-ratio-to-the-ceiling",
         "a-later-years-plan-under-a-tables-title"],
)
def test_a_debt_disclosure(surface, expected):
    assert fields_at(_BALANCES, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("2. Tình hình vay, trả nợ năm 2025\n\n- Dư nợ vay của ngân sách địa phương đến ngày 31/12/2024 là 1.486.250 "
         "triệu đồng, bằng 37,4% mức dư nợ vay tối đa.\n", "1.486.250", {"period": "2024"}),
        ("1. Mức dư nợ vay tối đa năm 2025\n\nMức dư nợ vay không vượt quá 20% số thu ngân sách được hưởng.\n", "20%",
         {"role": "plan"}),
    ],
    ids=["a-balance-on-an-earlier-years-last-day", "a-ceiling-a-rule-sets"],
)
def test_ceilings_and_balances_in_prose(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("TT | Chỉ tiêu | ĐVT | Quý III/2024 | Quý III/2025\n"
         "5 | Thu nhập bình quân tháng của lao động có việc làm | Triệu đồng | 7,79 | 8,42\n", "8,42",
         {"unit": "VND_per_person_per_month"}),
        ("Theo khu vực kinh tế, lao động khu vực nông, lâm nghiệp và thủy sản có thu nhập 5,74 triệu đồng/tháng, tăng "
         "6,3%.", "5,74", {"unit": "VND_per_person_per_month"}),
        ("Giá vé tháng ưu tiên cho công nhân là 100.000 đồng/tháng.", "100.000", {"unit": "VND_per_month"}),
    ],
    ids=["a-rows-monthly-average-income", "what-earners-earn-a-month", "a-monthly-pass-for-workers-is-a-price"],
)
def test_earnings_per_person_per_month(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_COVID_HALF = ("Phú Quốc, ngày 06 tháng 7 năm 2020\n\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2020\n\n"
               "TT | Chỉ tiêu | ĐVT | KH năm 2020 | TH 6 tháng 2019 | TH 6 tháng 2020\n"
               "1 | Tổng thu NSNN trên địa bàn | Tỷ đồng | 4.250 | 1.865,8 | 1.636,3\n")
_POLITICAL_REPORT_2015 = ("Quảng Trị, ngày 15 tháng 8 năm 2015\n\nPHẦN THỨ NHẤT\n\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT "
                          "ĐẠI HỘI "
                "ĐẢNG BỘ TỈNH "
                "LẦN THỨ XV, NHIỆM KỲ 2010 - 2015\n\nI. VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI\n\n"
                "Thu ngân sách nhà nước trên địa bàn tăng bình quân 14,2%/năm (mục tiêu Nghị quyết 15%/năm trở "
                "lên); năm "
                "2015 ước đạt 2.150 tỷ đồng. Trong 5 năm, giải quyết việc làm cho 48.500 lao động, bình quân 9.700 lao "
                "động/năm; tỷ lệ lao động qua đào tạo năm 2015 đạt 45%. Trong nhiệm kỳ, toàn Đảng bộ kết nạp "
                "6.850 đảng "
                "viên.\n\nPHẦN THỨ HAI\n\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2015 - 2020\n\nPHỤ "
                "LỤC\n\nKẾT QUẢ THỰC "
                "HIỆN CÁC CHỈ TIÊU CHỦ YẾU NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XV VÀ MỤC TIÊU ĐẾN NĂM 2020\n\n"
                "TT | Chỉ tiêu | ĐVT | Mục tiêu NQ ĐH XV | Ước TH 2015 | Đánh giá | Mục tiêu 2020\n"
                "1 | Tốc độ tăng trưởng GDP bình quân/năm | % | 12-13 | 11,2 | Không đạt | 7,5-8\n"
                "2 | Kim ngạch xuất khẩu | Triệu USD | 150 | 175 | Vượt | 300\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("14,2%", {"role": "actual", "period": "2011-2015"}),
        ("15%", {"role": "plan", "period": "2011-2015"}),
        ("48.500", {"period": "2011-2015"}),
        ("9.700", {"period": "2011-2015"}),
        ("45%", {"period": "2015"}),
        ("6.850", {"period": "2011-2015"}),
        ("12-13", {"role": "plan", "period": "2011-2015"}),
        ("11,2", {"period": "2011-2015"}),
        ("150", {"role": "plan", "period": "2015"}),
        ("300", {"role": "plan", "period": "2020"}),
    ],
    ids=["a-yearly-rate-under-a-terms-title", "its-target-in-brackets", "what-the-opening-years-count",
         "a-yearly-average-after-them", "a-year-its-own-clause-names", "what-the-term-did",
         "a-target-column-naming-no-year-beside-a-result", "a-yearly-rows-result-of-the-terms-last-year",
         "the-targets-the-result-is-judged-against", "the-later-target-column-keeps-its-year"],
)
def test_a_congress_terms_review(surface, expected):
    assert fields_at(_POLITICAL_REPORT_2015, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_COVID_HALF, "1.865,8", {"role": "actual", "period": "2019-H1"}),
        ("Hoằng Quỳ, ngày 16 tháng 12 năm 2019\n\nI. KẾT QUẢ NĂM 2019\n\nTừ tháng 5 đến tháng 9, dịch bệnh xảy ra tại "
         "27 hộ ở 6 thôn.", "27", {"period": None}),
        ("Ngày 05 tháng 10 năm 2025\n\nTừ tháng 7 đến tháng 9/2025, toàn tỉnh đón 1.250 nghìn lượt khách.", "1.250",
         {"period": "2025-Q3"}),
        ("Ngày 05 tháng 7 năm 2025\n\nTừ tháng 1 đến tháng 6 năm 2025, toàn tỉnh đón 2.480 nghìn lượt khách.", "2.480",
         {"period": "2025-H1"}),
    ],
    ids=["a-half-column-of-the-year-before-is-its-result", "a-window-of-months-of-no-code",
         "a-window-of-a-quarters-months", "a-window-of-a-halfs-months"],
)
def test_halves_and_windows_of_months(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_MID_TERM = ("Việt Trì, ngày 14 tháng 8 năm 2023\n\nBÁO CÁO\n\nSơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại "
             "hội đại biểu "
             "Đảng bộ thành phố lần thứ XXVIII, nhiệm kỳ 2020-2025\n\nI. BỐI CẢNH TRIỂN KHAI THỰC HIỆN\n\n"
             "Nghị quyết Đại hội đề ra 20 chỉ tiêu chủ yếu, gồm 9 chỉ tiêu về kinh tế, 7 chỉ tiêu về văn hóa - xã hội "
             "và 4 chỉ tiêu về đô thị, môi trường.\n\nNăm 2021, thành phố có 1.246 cơ sở sản xuất, kinh doanh phải tạm "
             "dừng hoạt động.\n\nII. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021-2023\n\n"
             "Sau 3 năm (2021-2023) thực hiện Nghị quyết, trong 21 chỉ tiêu chủ yếu có 12/21 chỉ tiêu đạt và "
             "vượt, 4 chỉ "
             "tiêu khó đạt so với mục tiêu Nghị quyết đề ra đến năm 2025.\n\n- GRDP bình quân đầu người năm "
             "2023 ước đạt 112,4 triệu đồng; "
             "dự báo đến năm 2025 đạt 132 triệu đồng/người, vượt mục tiêu Nghị quyết (125 triệu đồng/người).\n\n"
             "- Cơ cấu kinh tế năm 2023: công nghiệp - xây dựng chiếm 54,2%, dịch vụ chiếm 42,6% (mục tiêu đến "
             "năm 2025 "
             "tương ứng là 55% - 42,5%).\n\n- Tỷ lệ hộ nghèo giảm từ 1,38% cuối năm 2020 xuống còn 0,46% cuối "
             "năm 2023, "
             "bình quân mỗi năm giảm 0,31 điểm phần trăm; bình quân giai đoạn 2021-2023 tăng 9,6%/năm (mục tiêu Nghị "
             "quyết tăng bình quân từ 10%/năm trở lên giai đoạn 2021-2025).\n\n- Trong 3 năm, giải quyết việc làm mới "
             "cho 12.860 lao động; lũy kế 3 năm cải tạo, nâng cấp 112,8 km đường.\n\n"
             "TT | Chỉ tiêu | ĐVT | Mục tiêu NQ đến năm 2025 | TH 2022 | Ước TH 2023 | Dự báo 2025\n"
             "1 | GRDP bình quân đầu người | Triệu đồng/người | ≥ 125 | 105,3 | 112,4 | 132,5\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("9", {"role": "context"}),
        ("1.246", {"role": "actual", "period": "2021"}),
        ("21", {"role": "context", "period": None}),
        ("12/21", {"role": "actual", "period": "2021-2023"}),
        ("132", {"role": "actual", "qualifier": "estimated", "period": "2025"}),
        ("54,2%", {"role": "actual", "period": "2023"}),
        ("0,31", {"period": "2021-2023"}),
        ("10%", {"role": "plan", "period": "2021-2025"}),
        ("12.860", {"period": "2021-2023"}),
        ("112,8", {"period": "2021-2023"}),
        ("132,5", {"role": "actual", "qualifier": "estimated", "period": "2025"}),
    ],
    ids=["a-part-of-the-list-a-plan-set", "a-year-of-the-term-a-mid-term-review-reviews",
         "the-whole-of-a-tally-of-targets", "a-tally-before-the-later-target-it-names",
         "a-forecast-in-a-sentence-of-targets", "a-result-whose-own-year-comes-before-the-targets",
         "a-yearly-average-of-a-move", "a-targets-own-span-in-its-bracket", "what-the-opening-years-count",
         "what-a-running-total-of-years-counts", "a-forecast-column"],
)
def test_a_mid_term_review(surface, expected):
    assert fields_at(_MID_TERM, surface, expected) == expected


def test_a_running_totals_years_are_no_figure():
    assert "3" not in [r["surface"] for r in figures(_MID_TERM)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Mường Lát, ngày 14 tháng 12 năm 2018\n\nI. KẾT QUẢ NĂM 2018\n\nToàn huyện còn 4.126 hộ nghèo, chiếm 48,47%; "
         "hộ cận nghèo 1.058 hộ, chiếm 12,43%, tăng 0,62% so với năm 2017.", "0,62%",
         {"kind": "change_points", "unit": "percentage_point"}),
        ("Ngày 20 tháng 11 năm 2020\n\nTỷ lệ hộ nghèo giảm từ 38,64% cuối năm 2015 xuống còn 24,44% cuối năm 2019, ước "
         "cuối năm 2020 còn 22,89%, bình quân giảm 3,15%/năm.", "3,15%",
         {"kind": "change_points", "period": "2016-2020"}),
        ("Xuất khẩu năm 2024 đạt 500 triệu USD, chiếm 35%, tăng 12% so với năm 2023.", "12%", {"kind": "growth"}),
        ("Mường Lát, ngày 14 tháng 12 năm 2018\n\nVốn Chương trình 135 năm 2018 ước đến ngày 31/01/2019 giải ngân đạt "
         "100% kế hoạch vốn.", "100%", {"qualifier": "estimated"}),
    ],
    ids=["a-share-moved-in-points", "a-shares-yearly-average-fall", "a-values-share-then-its-growth",
         "an-estimate-across-a-day-and-a-disbursing-verb"],
)
def test_shares_moved_and_estimates(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_PROJECT = ("Ninh Bình, ngày 07 tháng 10 năm 2024\n\nI. THÔNG TIN CHUNG\n\n1. Quy mô đầu tư: quy mô 1.000 giường bệnh; "
            "diện tích khu đất 24,6 ha; gồm 05 khối nhà chính.\n\nII. TÌNH HÌNH THỰC HIỆN ĐẾN NGÀY 30/9/2024\n\n"
            "a) Vốn bố trí và giải ngân theo từng năm:\n\n- Năm 2021: Kế hoạch vốn 50 tỷ đồng, giải ngân 48,6 tỷ đồng, "
            "đạt 97,2% kế hoạch.\n\n- Năm 2022: Kế hoạch vốn 180 tỷ đồng, giải ngân 180 tỷ đồng.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_PROJECT, "24,6", {"role": "context"}),
        (_PROJECT, "48,6", {"role": "actual", "period": "2021"}),
        (_PROJECT, "97,2%", {"role": "actual"}),
        ("Thái Bình, ngày 11 tháng 12 năm 2019\n\nTại kỳ họp, HĐND tỉnh đã thông qua các nghị quyết.\n\n"
         "Các chỉ tiêu chủ yếu năm 2020\n\n- Tốc độ tăng trưởng GRDP đạt 7,5% trở lên;\n\n- Kim ngạch xuất khẩu đạt "
         "1,75 tỷ USD.\n", "1,75", {"role": "plan", "period": "2020"}),
        ("Mường Khương, ngày 16 tháng 11 năm 2020\n\nV. ĐỀ XUẤT, KIẾN NGHỊ\n\nĐề nghị tỉnh hỗ trợ đầu tư 45 km "
         "đường.\n\n"
         "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2016 - 2020\n\n(Kèm theo Báo cáo số 412/BC-UBND ngày "
         "16/11/2020)\n\n"
         "TT | Nội dung | ĐVT | Năm 2016 | Năm 2017 | Cả giai đoạn\n1 | Số hộ thoát nghèo | Hộ | 620 | 540 | 1.160\n",
         "1.160", {"role": "actual"}),
    ],
    ids=["a-projects-design-under-its-lead-in", "an-earlier-years-item-of-a-year-by-year-list",
         "its-plan-ratio", "a-box-title-of-a-later-years-targets", "an-attached-tables-title-ends-the-requests"],
)
def test_projects_lists_and_attachments(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_RESOLUTION_26_REVIEW = ("Thái Bình, ngày 12 tháng 7 năm 2018\n\nBÁO CÁO\n\ntổng kết 10 năm thực hiện Nghị quyết số "
                         "26-NQ/TW về nông nghiệp, nông dân, nông thôn\n\nPhần thứ nhất\n\nKẾT QUẢ 10 NĂM THỰC HIỆN "
                         "NGHỊ QUYẾT 26\n\nTỷ lệ hộ nghèo giảm từ 15,6% năm 2008 xuống còn 4,9% năm 2015. Năm 2013, "
                         "tỉnh có "
                         "58 xã đạt chuẩn nông thôn mới; đến hết năm 2018, có 232/260 xã đạt chuẩn; bình quân đạt 18,6 "
                         "tiêu chí/xã.\n\nTT | Chỉ tiêu | ĐVT | Năm 2008 | Năm 2018 | 2018 so với 2008 (lần)\n1 | Sản "
                         "lượng lương thực có hạt | Nghìn tấn | 1.082 | 1.101 | 1,02\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("4,9%", {"role": "actual", "period": "2015"}),
        ("18,6", {"period": "2018"}),
        ("1,02", {"kind": "multiple", "unit": "times", "value": 1.02, "period": "2018", "base": "2008"}),
    ],
    ids=["a-level-of-a-year-the-review-covers", "a-part-after-a-later-parts-opening-time", "a-column-of-multiples"],
)
def test_an_agriculture_resolutions_ten_year_review(surface, expected):
    assert fields_at(_RESOLUTION_26_REVIEW, surface, expected) == expected


_NEW_COUNTRYSIDE = ("Tam Dương, ngày 18 tháng 7 năm 2014\n\nBÁO CÁO Sơ kết 4 năm thực hiện Chương trình xây dựng nông "
                    "thôn mới giai đoạn 2011 - 2014; mục tiêu, nhiệm vụ đến năm 2015\n\n"
                    "II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2011 - 2014\n\n"
                    "Giai đoạn 2011 - 2014, tổng nguồn vốn huy động đạt 1.286,4 tỷ đồng, trong đó:\n\n"
                    "- Vốn ngân sách: 512,7 tỷ đồng, chiếm 39,9%;\n\n- Vốn tín dụng: 236,5 tỷ đồng.\n\n"
                    "Tỷ lệ hộ nghèo giảm từ 15,8% năm 2011 xuống còn 7,6% năm 2013.\n\n"
                    "TT | Xã | Số tiêu chí đạt năm 2011 | Số tiêu chí đạt đến 30/6/2014 | Tăng | Dự kiến năm 2015\n"
                    "1 | An Hòa | 6 | 14 | 8 | 17\n2 | Duy Phiên | 7 | 16 | 9 | 19\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("236,5", {"period": "2011-2014"}),
        ("15,8%", {"role": "actual", "period": "2011"}),
        ("14", {"role": "actual", "period": "2014-06"}),
        ("8", {"kind": "change", "base": "2011", "period": "2014-06"}),
        ("17", {"role": "plan", "qualifier": "estimated", "period": "2015"}),
    ],
    ids=["a-part-listed-under-its-wholes-line", "a-level-of-the-span-a-title-after-its-papers-name-reviews",
         "a-count-had-on-a-months-last-day", "a-change-column-named-by-its-word-alone",
         "a-later-years-forecast-column-with-no-target-beside-it"],
)
def test_a_new_countryside_review_signed_years_after_its_start(surface, expected):
    assert fields_at(_NEW_COUNTRYSIDE, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tam Kỳ, ngày 26 tháng 12 năm 2016\n\nI. KẾT QUẢ NĂM 2016\n\nTổng số nợ thuế đến ngày 31/12/2016 ước "
         "là 489,7 tỷ "
         "đồng, giảm 9,6% so với thời điểm 31/12/2015 (541,7 tỷ đồng).", "541,7",
         {"role": "context", "period": "2015"}),
        ("Tam Kỳ, ngày 26 tháng 12 năm 2016\n\nI. KẾT QUẢ NĂM 2016\n\nTổng số nợ thuế đến ngày 31/12/2016 ước "
         "là 489,7 tỷ "
         "đồng, giảm 9,6% so với thời điểm 31/12/2015 (541,7 tỷ đồng).", "9,6%", {"base": "2015"}),
        ("Tam Kỳ, ngày 26 tháng 12 năm 2016\n\nI. KẾT QUẢ NĂM 2016\n\nƯớc thu tháng 12/2016 đạt 1.126 tỷ đồng.",
         "1.126", {"qualifier": "estimated"}),
    ],
    ids=["a-level-on-a-years-last-day-compared-with",
         "a-change-against-that-day", "an-estimate-across-its-month"],
)
def test_crop_lands_days_compared_and_estimated_months(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_crop_lands_cycles_are_no_figure():
    assert "2" not in [r["surface"] for r in figures("Quỳnh Hồng, ngày 20 tháng 12 năm 2022\n\n(4) Diện tích gieo cấy "
                                                     "lúa 2 vụ 1.020 ha.")]


_YEARBOOK = ("Hà Tĩnh, ngày 20 tháng 6 năm 2023\n\nNiên giám Thống kê tỉnh năm 2022 gồm số liệu các năm 2018-2022. Số "
             "liệu năm 2022 là số liệu sơ bộ.\n\n"
             "11. Diện tích, dân số và mật độ dân số năm 2022 phân theo huyện\n\n"
             " | Diện tích (km2) | Dân số trung bình (nghìn người)\n"
             "Thành phố Hà Tĩnh | 56,55 | 107,2\nThị xã Hồng Lĩnh | 58,56 | 39,8\n\n"
             "12. Dân số trung bình phân theo giới tính\n\nĐơn vị tính: Nghìn người\n\n"
             " | Tổng số | Nam | Nữ\n2020 | 1.299,5 | 643,9 | 655,6\n2021 | 1.306,2 | 647,7 | 658,5\n"
             "Sơ bộ 2022 | 1.313,7 | 651,4 | 662,3\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_YEARBOOK, "107,2", {"qualifier": "estimated", "period": "2022"}),
        (_YEARBOOK, "1.299,5", {"qualifier": "exact", "period": "2020", "value": 1299.5e3}),
        (_YEARBOOK, "1.313,7", {"qualifier": "estimated", "period": "2022"}),
        ("Thạch Hà, ngày 18 tháng 12 năm 2020\n\nĐơn vị tính: triệu đồng\n\n"
         "TT | Danh mục dự án | Tổng mức đầu tư | Kế hoạch vốn năm 2021\n"
         "1 | Nhà văn hóa trung tâm huyện (hạng mục sân, tường rào) | 6.200 | 4.800\n", "4.800",
         {"unit": "VND", "value": 4.8e9}),
        ("Hà Giang, ngày 27 tháng 12 năm 2019\n\nTổng thu từ du lịch năm 2019 ước đạt 3.860 tỷ đồng, tăng 22,6% so với "
         "năm 2018.", "3.860", {"period": "2019"}),
        ("Thái Bình, ngày 14 tháng 12 năm 2021\n\nI. KẾT QUẢ NĂM 2021\n\nDư nợ ủy thác 1.642,8 tỷ đồng, tăng 118,5 tỷ "
         "đồng so với đầu năm (tăng 7,8%).", "7,8%", {"base": "2020"}),
        ("TT | Chỉ tiêu | ĐVT | Chỉ tiêu giao | Thực hiện\n"
         "2 | Tăng trưởng Quỹ hỗ trợ nông dân | Tỷ đồng | 4,5 | 4,85\n", "4,85", {"kind": "change", "unit": "VND"}),
    ],
    ids=["a-year-a-preface-says-is-preliminary", "a-year-row-under-no-header", "a-preliminary-years-row",
         "the-items-a-project-builds-name-no-unit", "revenue-from-a-source-keeps-its-year",
         "a-change-restated-in-a-bracket-keeps-its-base", "a-rows-growth-in-money-is-a-change"],
)
def test_a_yearbook_a_projects_items_and_restated_changes(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_CONSOLIDATION = ("Vũ Thư, ngày 25 tháng 11 năm 2015\n\nII. KẾT QUẢ THỰC HIỆN\n\n"
                  "Trong đó: năm 2013 thực hiện tại 2 xã, diện tích 798,6 ha.\n\n"
                  "Cùng với dồn điền đổi thửa, giai đoạn 2013 - 2015 các xã đã đào đắp lại 147,4 km đường; 122,8 km "
                  "kênh mương.\n\n"
                  "TT | Xã | Diện tích thực hiện (ha) | Số thửa bình quân/hộ trước | Số thửa bình quân/hộ sau\n"
                  "1 | Minh Khai | 412,6 | 7,2 | 2,1\n")
_SCHEME = ("Quảng Lợi, ngày 26 tháng 9 năm 2011\n\nĐỀ ÁN xây dựng nông thôn mới giai đoạn 2011-2015\n\n"
           "Phần II\n\nMỤC TIÊU\n\n- Năm 2011 hoàn thành quy hoạch, đạt thêm 2 tiêu chí (tổng số 6 tiêu chí).\n\n"
           "Phần III\n\nNHU CẦU VỐN VÀ NGUỒN VỐN THỰC HIỆN\n\n"
           "Tổng nhu cầu vốn thực hiện Đề án giai đoạn 2011-2015 khoảng 98,6 tỷ đồng, trong đó:\n\n"
           "- Ngân sách Trung ương: 24,5 tỷ đồng, chiếm 24,8%;\n\n"
           "TT | Tiêu chí | Chỉ tiêu chung | Hiện trạng năm 2010 | Kế hoạch năm 2012 | 2015\n"
           "2 | Giao thông | 100% | 41,9% | 60% | 100%\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_CONSOLIDATION, "798,6", {"period": "2013"}),
        (_CONSOLIDATION, "122,8", {"period": "2013-2015"}),
        (_CONSOLIDATION, "7,2", {"role": "context", "period": None}),
        (_CONSOLIDATION, "2,1", {"role": "actual", "unit": "count"}),
        (_SCHEME, "6", {"role": "plan", "period": "2011"}),
        (_SCHEME, "24,5", {"role": "plan"}),
        (_SCHEME, "41,9%", {"role": "actual", "period": "2010"}),
        ("Quảng Lợi, ngày 26 tháng 9 năm 2011\n\nTT | Tiêu chí | Chỉ tiêu chung | Hiện trạng năm 2010\n"
         "2 | Giao thông | 100% | 41,9%\n", "100%", {"role": "plan", "period": None}),
    ],
    ids=["a-year-after-a-carried-out-word-still-speaks", "a-span-opening-its-clause-after-a-phrase",
         "the-level-before-in-a-before-and-after-pair", "an-average-per-household-no-plot-number",
         "a-bracketed-total-after-its-count", "capital-needs-are-targets", "a-state-column-of-a-year",
         "a-criterions-general-requirement"],
)
def test_a_land_consolidation_and_a_countryside_scheme(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_SALINITY = ("Sóc Trăng, ngày 15 tháng 4 năm 2016\n\n"
             "Mặn xâm nhập sớm hơn trung bình nhiều năm khoảng 2 tháng và lấn sâu vào nội đồng. Độ mặn cao nhất "
             "tại trạm Đại Ngãi là 9,6 g/l. Diện tích thiệt hại trên 70% là 13.880 ha, thiệt hại từ 30 đến 70% là "
             "11.245 ha.\n\n"
             "Theo dự báo của Đài Khí tượng Thủy văn tỉnh, trong tháng 5/2016, ranh mặn 4‰ có khả năng lấn sâu 55 - "
             "60 km, độ mặn trên các kênh nội đồng phổ biến từ 3 đến 6‰.\n\n"
             "Sở đề nghị Trung ương hỗ trợ tỉnh 150 tỷ đồng để nạo vét 48 tuyến kênh, xây dựng 12 cống ngăn mặn, "
             "khoan 65 giếng nước ngầm.\n")
_LITERACY = ("Bắc Kạn, ngày 10 tháng 12 năm 2018\n\n"
             "Tỷ lệ thanh thiếu niên 15-18 tuổi tốt nghiệp THCS đạt 93,6%; tỷ lệ người 15-35 tuổi biết chữ đạt "
             "98,5%.\n\n"
             "Phương hướng năm 2019:\n- Phấn đấu 120 xã đạt chuẩn mức độ 3 và 8/8 huyện, thành phố đạt mức độ 3.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_SALINITY, "2", {"kind": "change", "unit": "count"}),
        (_SALINITY, "9,6", {"kind": "amount", "unit": "count", "counted": "g/l"}),
        (_SALINITY, "13.880", {"value": 13880.0, "unit": "ha"}),
        (_SALINITY, "3 đến 6‰", {"qualifier": "estimated", "period": "2016-05"}),
        (_SALINITY, "12", {"role": "plan"}),
        (_SALINITY, "65", {"role": "plan"}),
        (_LITERACY, "8/8", {"value": 8.0, "denominator": 8.0, "role": "plan"}),
        ("Sở đề nghị Trung ương hỗ trợ tỉnh 150 tỷ đồng, đã xây dựng 12 cống ngăn mặn.", "12", {"role": "actual"}),
    ],
    ids=["a-gap-in-time-from-the-base-it-names", "a-concentration-in-grams-a-litre", "the-area-a-band-counts",
         "a-forecasts-figures-are-estimates", "a-requests-purposes-listed", "a-requests-purposes-listed-to-the-end",
         "a-share-after-a-joining-word", "no-purpose-no-request-past-the-comma"],
)
def test_a_drought_report_and_a_literacy_report(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [(_SALINITY, "70%"), (_SALINITY, "30 đến 70%"), (_LITERACY, "15-18"), (_LITERACY, "15-35")],
    ids=["a-band-of-loss", "a-range-band-of-loss", "the-ages-of-the-young", "the-ages-of-people"],
)
def test_bands_of_loss_and_of_ages_are_no_figures(text, surface):
    assert surface not in [r["surface"] for r in figures(text)]
    assert figures(text)  # the figures they band are read


_HALF_YEAR_2014 = ("Hải Hậu, ngày 16 tháng 6 năm 2014\n\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2014\n\n"
                   "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2014\n\n"
                   "Tổng giá trị sản xuất trên địa bàn (giá cố định 1994) ước thực hiện 6 tháng đạt 1.862,4 tỷ đồng, "
                   "tăng 8,6% so với cùng kỳ năm 2013.\n\n"
                   "Vụ Mùa 2014, kế hoạch gieo cấy 15.600 ha lúa, trong đó diện tích lúa chất lượng cao 6.200 ha.\n\n"
                   "II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2014\n\n"
                   "1. Phấn đấu giải ngân 100% kế hoạch vốn đầu tư xây dựng cơ bản trước ngày 31/12/2014.\n")
_POVERTY_2017 = ("Quảng Trị, ngày 28 tháng 12 năm 2017\n\n"
                 "Đến cuối năm 2017 toàn tỉnh có 15.974 hộ nghèo, chiếm tỷ lệ 9,87%, giảm 3.710 hộ so với đầu năm "
                 "(đầu năm có 19.684 hộ nghèo). Tỷ lệ hộ nghèo giảm 2,48%, vượt 0,48% so với chỉ tiêu Nghị quyết HĐND "
                 "tỉnh giao (giảm 2%).\n\n"
                 "Năm 2018, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 2 - 2,5% (tương đương khoảng 3.500 hộ); không để phát "
                 "sinh hộ tái nghèo trên 150 hộ; tỷ lệ giảm sinh 0,35‰.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_HALF_YEAR_2014, "1.862,4", {"qualifier": "estimated", "period": "2014-H1"}),
        (_HALF_YEAR_2014, "15.600", {"role": "plan", "period": "2014"}),
        (_HALF_YEAR_2014, "6.200", {"role": "plan"}),
        (_HALF_YEAR_2014, "100%", {"role": "plan", "period": "2014"}),
        (_POVERTY_2017, "19.684", {"role": "context", "period": "2016"}),
        (_POVERTY_2017, "2%", {"role": "plan"}),
        (_POVERTY_2017, "3.500", {"kind": "change", "role": "plan"}),
        (_POVERTY_2017, "150", {"qualifier": "under"}),
        (_POVERTY_2017, "0,35‰", {"kind": "change_points", "unit": "per_mille_point"}),
        (_POVERTY_2017, "3.710", {"kind": "change", "base": "2016", "role": "actual"}),
    ],
    ids=["an-estimate-across-its-months", "a-sowing-plan", "a-part-of-a-sowing-plan",
         "a-deadline-on-the-years-last-day", "the-level-at-the-years-start-in-brackets",
         "a-target-in-brackets-opening-with-a-change",
         "a-fall-restated-in-households", "a-ceiling-not-let-past", "the-fall-of-the-birth-rate",
         "a-change-from-the-years-start"],
)
def test_a_half_year_report_of_2014_and_a_poverty_review_of_2017(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_INDUSTRY_2011 = ("Hải Dương, ngày 12 tháng 12 năm 2011\n\nBÁO CÁO\nTình hình thực hiện nhiệm vụ công nghiệp, "
                  "thương mại năm 2011\n\nA. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2011\n\nI. SẢN XUẤT CÔNG NGHIỆP\n\n"
                  "Trong đó: khu vực kinh tế nhà nước đạt 9.420 tỷ đồng, tăng 4,6%.\n\n"
                  "B. KẾ HOẠCH NĂM 2012\n\nI. CHỈ TIÊU CHỦ YẾU\n\n- Giá trị sản xuất công nghiệp tăng 16%.\n")
_LAND_2016 = ("(STNMT) - Từ năm 2013 đến nay, ngành Tài nguyên và Môi trường đã cấp được 86.452 giấy chứng nhận.\n\n"
              "Thực hiện Luật Đất đai năm 2013, Kế hoạch số 96/KH-UBND ngày 15/4/2013 của UBND tỉnh, kết quả, năm "
              "2013 toàn tỉnh cấp được 18.236 giấy chứng nhận; năm 2014 cấp 24.687 giấy chứng nhận; năm 2015 cấp "
              "26.315 giấy chứng nhận; riêng 11 tháng năm 2016 cấp 17.214 giấy chứng nhận. Về đo đạc bản đồ, từ năm "
              "2013 đến nay tỉnh đã hoàn thành đo đạc cho 142/195 xã; xây dựng cơ sở dữ liệu cho 15/24 xã. Thu tiền "
              "sử dụng đất năm 2016 ước đạt 52,3 tỷ đồng.\n\n"
              "Kết quả cấp giấy chứng nhận từ năm 2013 đến ngày 30/11/2016 của các huyện như sau:\n\n"
              "TT | Huyện, thành phố | Số giấy chứng nhận đã cấp | Diện tích (ha)\n"
              "1 | Huyện Vị Xuyên | 11.428 | 52.316,8\n")
_IMMUNIZATION = ("Hải Dương, ngày 25 tháng 12 năm 2015\n\nI. KẾT QUẢ NĂM 2015\n\n"
                 "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin đạt 96,2%; 26.677 phụ nữ có thai được "
                 "tiêm từ 2 mũi vắc xin uốn ván trở lên (UV2+). Tổ chức tiêm vét cho trẻ bỏ sót, không để xã nào có tỷ "
                 "lệ tiêm chủng đầy đủ dưới 90%.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_INDUSTRY_2011, "9.420", {"role": "actual", "period": "2011"}),
        (_INDUSTRY_2011, "16%", {"role": "plan", "period": "2012"}),
        (_LAND_2016, "18.236", {"role": "actual", "period": "2013"}),
        (_LAND_2016, "26.315", {"role": "actual", "period": "2015"}),
        (_LAND_2016, "15/24", {"role": "actual", "period": "2013-2016"}),
        (_LAND_2016, "11.428", {"role": "actual", "period": "2013-2016"}),
        (_IMMUNIZATION, "96,2%", {"kind": "share", "period": "2015"}),
        (_IMMUNIZATION, "26.677", {"unit": "count", "period": "2015"}),
    ],
    ids=["a-lettered-part-opens-its-year", "a-lettered-part-of-targets", "a-year-inside-the-span-its-lead-reviews",
         "another-year-inside-the-span", "a-span-to-now-past-a-semicolon", "a-span-from-a-year-to-a-day",
         "the-rate-after-a-full-course", "the-women-counted-after-the-least-doses"],
)
def test_a_lettered_report_a_lead_reviewing_years_and_courses_of_doses(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [(_IMMUNIZATION, "8"), (_IMMUNIZATION, "2"), (_IMMUNIZATION, "90%")],
    ids=["a-full-course-of-vaccines", "the-least-doses-a-group-had", "a-bound-none-is-let-fall-under"],
)
def test_a_course_of_doses_and_a_bound_none_is_let_pass_are_no_figures(text, surface):
    rows = figures(text)
    assert surface not in [r["surface"] for r in rows] and rows


_RED_CROSS = ("Khánh Hòa, ngày 28 tháng 12 năm 2018\n\n"
              "TT | Nội dung | ĐVT | Năm 2017 | Năm 2018 | Tỷ lệ (%)\n"
              "1 | Tổng giá trị vận động | Tỷ đồng | 36,94 | 42,6 | 115,3\n\n"
              "TT | Nội dung | Thụ lý | Giải quyết | Tỷ lệ (%)\n1 | Đơn thư | 120 | 110 | 91,7\n")
_CLOSE_2010 = ("Khoái Châu, ngày 8 tháng 12 năm 2010\n\n"
               "Đến năm 2010, còn 2 chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo (đạt 32,5%, mục tiêu 35%) và "
               "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (17,2%, mục tiêu dưới 16%).\n\n"
               "TT | Chỉ tiêu | ĐVT | TH 2009 | KH 2010\n"
               "1 | Thu nhập bình quân đầu người | Tr.đồng/ người/ năm | 11,1 | 12,8\n")
_TERM_2015 = ("Nghĩa Thái, ngày 10 tháng 6 năm 2015\n\n"
              "Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII đề ra 14 chỉ tiêu, đến nay đạt và vượt 11 chỉ tiêu, còn 3 "
              "chỉ tiêu chưa đạt. Năm 2015, diện tích gieo cấy lúa 2 vụ đạt 1.236 ha. Trao Huy hiệu 30, 40, 50 năm "
              "tuổi Đảng cho 35 đồng chí. Giải quyết việc làm mới bình quân mỗi năm 250 lao động.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_RED_CROSS, "115,3", {"kind": "plan_ratio", "base": "2017", "period": "2018"}),
        (_RED_CROSS, "91,7", {"kind": "share", "base": None}),
        (_CLOSE_2010, "17,2%", {"role": "actual", "period": "2010"}),
        (_CLOSE_2010, "16%", {"role": "plan", "qualifier": "under"}),
        (_CLOSE_2010, "11,1", {"unit": "VND_per_person_per_year", "value": 11.1e6}),
        (_TERM_2015, "11", {"kind": "count", "role": "actual"}),
        (_TERM_2015, "1.236", {"unit": "ha", "period": "2015"}),
        (_TERM_2015, "35", {"kind": "count"}),
        (_TERM_2015, "250", {"unit": "count_per_year", "kind": "rate"}),
    ],
    ids=["a-rate-column-after-two-years", "a-rate-column-after-a-whole-and-its-part",
         "a-result-in-a-bracket-of-its-own", "a-targets-ceiling-in-brackets", "a-unit-cell-broken-after-its-slashes",
         "the-targets-met-of-those-set",
         "the-area-after-a-crop-lands-cycles", "the-members-given-badges", "a-count-each-year"],
)
def test_a_rate_column_after_two_years_a_five_year_close_and_a_terms_review(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [(_TERM_2015, "2"), (_TERM_2015, "30"), (_TERM_2015, "50")],
    ids=["a-crop-lands-cycles-before-a-verb", "the-first-badge-of-a-list", "the-last-badge-of-a-list"],
)
def test_a_crop_lands_cycles_and_a_list_of_badges_are_no_figures(text, surface):
    rows = figures(text)
    assert surface not in [r["surface"] for r in rows] and rows


_TRANSPORT_2019 = ("Thái Nguyên, ngày 20 tháng 12 năm 2019\n\nI. KẾT QUẢ NĂM 2019\n\n"
                   "Khối lượng hàng hóa vận chuyển ước đạt 24,85 triệu tấn, luân chuyển 1.362,4 triệu tấn.km; so với "
                   "năm 2018 tăng lần lượt 9,2% và 10,1%. Vận chuyển hành khách luân chuyển 1.048,6 triệu HK.km.\n\n"
                   "TT | Chỉ tiêu | ĐVT | TH 2018 | TH 2019\n"
                   "2 | Khối lượng luân chuyển hàng hóa | Triệu tấn.km | 1.237,5 | 1.362,4\n")
_QUARTER_2016 = ("(Hanam.gov.vn) - Quý I/2016, GRDP ước tăng 7,2%.\n\n"
                 "Trong quý II/2016, UBND tỉnh yêu cầu các sở, ngành tập trung thực hiện các nhiệm vụ trọng tâm "
                 "sau:\n\n"
                 "1. Giải quyết việc làm cho 4.500 lao động; tổ chức 3 phiên giao dịch việc làm.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TRANSPORT_2019, "24,85", {"unit": "tonne", "value": 24.85e6}),
        (_TRANSPORT_2019, "1.362,4", {"unit": "count", "counted": "tấn.km", "kind": "amount", "value": 1362.4e6}),
        (_TRANSPORT_2019, "1.048,6", {"unit": "count", "counted": "HK.km", "kind": "amount"}),
        (_TRANSPORT_2019, "1.237,5", {"unit": "count", "kind": "amount", "period": "2018"}),
        (_TRANSPORT_2019, "10,1%", {"kind": "growth", "base": "2018"}),
        (_QUARTER_2016, "4.500", {"role": "plan", "period": "2016-Q2"}),
        (_QUARTER_2016, "7,2%", {"role": "actual", "period": "2016-Q1"}),
    ],
    ids=["tonnes-carried", "a-turnover-in-tonne-kilometres", "a-turnover-in-passenger-kilometres",
         "a-turnover-row", "the-second-of-a-pair-of-changes", "a-task-after-a-call-to-focus-on-them",
         "the-quarters-result"],
)
def test_a_transport_year_and_a_quarters_tasks(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_MONTHLY_2012 = ("Vĩnh Long, ngày 25 tháng 9 năm 2012\n\nBÁO CÁO\n\n"
                 "Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2012\n\n"
                 "Tháng 9, so với tháng trước có 8/11 nhóm hàng hóa tăng giá, trong đó nhóm thuốc và dịch vụ y tế "
                 "tăng cao nhất 19,84%.\n\n"
                 "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU THÁNG 9 VÀ 9 THÁNG NĂM 2012\n\n"
                 "Chỉ tiêu | Đơn vị tính | Thực hiện tháng 8 | Ước tính tháng 9 | Cộng dồn 9 tháng | "
                 "Tháng 9 so với cùng kỳ (%)\n"
                 "Sản lượng thủy sản | Tấn | 10.920 | 11.350 | 98.640 | 106,8\n")
_DOWNTURN_2009 = ("Bình Dương, ngày 14 tháng 7 năm 2009\n\nI. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2009\n\n"
                  "Thực hiện Quyết định số 131/QĐ-TTg ngày 23/01/2009 của Thủ tướng Chính phủ về việc hỗ trợ lãi suất "
                  "4%/năm cho các tổ chức, cá nhân vay vốn, đến ngày 30/6/2009, các ngân hàng đã cho vay 18.460 tỷ "
                  "đồng. Cục Thuế đã giải quyết cho 4.236 doanh nghiệp được giảm 30% số thuế phải nộp, với số thuế "
                  "được giảm 215,6 tỷ đồng. Số thuế giá trị gia tăng được giảm 50% thuế suất ước 168,4 tỷ đồng.\n\n"
                  "Trên cơ sở đó, UBND tỉnh kiến nghị HĐND tỉnh điều chỉnh chỉ tiêu tăng trưởng GDP năm 2009 từ 14,5% "
                  "xuống 10 - 11% và kim ngạch xuất khẩu từ 6.500 triệu USD xuống 5.100 triệu USD.\n")
_SUPPORT_2021 = ("Lạng Giang, ngày 22/10/2021\n\n"
                 "Toàn huyện đã chi trả 4.160 hồ sơ. Hỗ trợ 412 trẻ em với mức 1.000.000 đồng/trẻ em. Số người đã "
                 "tiêm ít nhất 1 mũi là 148.920 người.\n\n"
                 "Thời gian tới, UBND huyện yêu cầu các xã hoàn thành chi trả 226 hồ sơ còn lại, bảo đảm chi trả đạt "
                 "100% số hồ sơ đã được phê duyệt. Tiếp nhận, phân bổ kịp thời khoảng 40 tấn gạo hỗ trợ đợt 2.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_MONTHLY_2012, "10.920", {"period": "2012-08", "role": "actual"}),
        (_MONTHLY_2012, "11.350", {"period": "2012-09", "qualifier": "estimated"}),
        (_MONTHLY_2012, "106,8", {"period": "2012-09", "kind": "plan_ratio"}),
        (_MONTHLY_2012, "98.640", {"period": None}),
        (_MONTHLY_2012, "19,84%", {"kind": "growth"}),
        (_DOWNTURN_2009, "4%", {"role": "context", "period": None}),
        (_DOWNTURN_2009, "18.460", {"role": "actual"}),
        (_DOWNTURN_2009, "215,6", {"kind": "amount"}),
        (_DOWNTURN_2009, "30%", {"kind": "share", "role": "context"}),
        (_DOWNTURN_2009, "50%", {"kind": "share", "role": "context"}),
        (_DOWNTURN_2009, "14,5%", {"kind": "growth", "role": "context", "period": "2009"}),
        (_DOWNTURN_2009, "10 - 11%", {"kind": "growth", "role": "plan", "period": "2009"}),
        (_DOWNTURN_2009, "6.500", {"role": "context", "period": "2009"}),
        (_DOWNTURN_2009, "5.100", {"role": "plan", "period": "2009"}),
        (_SUPPORT_2021, "1.000.000", {"unit": "VND_per_person", "kind": "rate"}),
        (_SUPPORT_2021, "4.160", {"role": "actual"}),
        (_SUPPORT_2021, "100%", {"role": "plan"}),
        (_SUPPORT_2021, "40", {"role": "plan"}),
    ],
    ids=["a-month-column-under-a-title-naming-two-periods", "the-next-month-column-estimated",
         "a-month-comparison-column", "the-running-total-of-no-code", "a-rise-highest-among-groups",
         "a-rate-in-the-subject-of-an-act-cited", "a-result-after-the-act-cited", "a-sum-of-tax-cut",
         "a-part-of-a-tax-cut", "a-part-of-a-tax-rate-cut", "the-target-an-adjustment-moves-from",
         "the-growth-target-adjusted-to", "the-export-target-moved-from", "the-export-target-adjusted-to",
         "a-sum-per-child", "a-result-before-the-time-to-come", "a-share-to-reach-in-the-time-to-come",
         "rice-to-hand-out-in-the-time-to-come"],
)
def test_a_monthly_report_of_2012_a_downturn_of_2009_and_a_support_package(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [(_SUPPORT_2021, "1")],
    ids=["the-least-doses-a-group-had"],
)
def test_the_least_doses_a_group_had_is_no_figure(text, surface):
    rows = figures(text)
    assert surface not in [r["surface"] for r in rows] and rows


_ROADS_2015 = ("Nam Định, ngày 16 tháng 11 năm 2015\n\nI. KHÁI QUÁT VỀ CHƯƠNG TRÌNH\n\n"
               "Ngày 20/7/2011, HĐND tỉnh ban hành Nghị quyết số 11/2011/NQ-HĐND về Chương trình bê tông hóa đường "
               "GTNT. Nghị quyết đề ra mục tiêu đến năm 2015: bê tông hóa 2.400 km đường trục xã; bình quân mỗi năm "
               "thực hiện khoảng 480 km.\n\n"
               "Về cơ chế hỗ trợ: ngân sách tỉnh hỗ trợ xi măng theo định mức 165 tấn/km đối với đường có nền rộng "
               "5 m, mặt đường rộng 3 m, dày 16 cm.\n\n"
               "II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2011 - 2015\n\n"
               "- Năm 2015: 9 tháng đầu năm thực hiện 386,4 km; dự kiến cả năm bê tông hóa 542,0 km.\n\n"
               "Còn khoảng 626,5 km đường trục thôn đã bê tông hóa có mặt đường rộng dưới 3 m.\n")
_EQUITISATION_2010 = ("Nam Định, ngày 20 tháng 12 năm 2010\n\n"
                      "I. KẾT QUẢ SẮP XẾP DOANH NGHIỆP NHÀ NƯỚC NĂM 2010\n\n"
                      "Tại thời điểm 31/12/2009, tỉnh có 14 doanh nghiệp 100% vốn nhà nước với tổng vốn nhà nước "
                      "612,4 tỷ đồng. Thu hồi 35 tỷ đồng nợ tại thời điểm 31/12/2009; ban hành 125 quyết định.\n\n"
                      "Giá bán bình quân cao hơn mệnh giá 38,7%. Thời gian cổ phần hóa bình quân 13 tháng/doanh "
                      "nghiệp.\n\n"
                      "II. KẾ HOẠCH SẮP XẾP DOANH NGHIỆP NHÀ NƯỚC NĂM 2011\n\n"
                      "1. Mục tiêu\n\n- Hoàn thành cổ phần hóa 3 doanh nghiệp.\n\n"
                      "2. Giải pháp thực hiện\n\n"
                      "- Rút ngắn thời gian cổ phần hóa xuống dưới 10 tháng/doanh nghiệp.\n")
_TELECOMS_2018 = ("Năm 2018, Đài phát sóng 6.570 giờ chương trình phát thanh. UBND tỉnh ban hành Kiến trúc Chính quyền "
                  "điện tử tỉnh, phiên bản 1.0. Cổng cung cấp 342 dịch vụ mức độ 3, 4 (gồm 214 dịch vụ mức độ 3 và "
                  "128 dịch vụ mức độ 4); toàn tỉnh có 5 xã đạt mức độ 3 và 4.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ROADS_2015, "2.400", {"role": "plan", "period": "2015"}),
        (_ROADS_2015, "480", {"unit": "km_per_year", "kind": "rate", "role": "plan"}),
        (_ROADS_2015, "165", {"role": "context"}),
        (_ROADS_2015, "542,0", {"period": "2015", "qualifier": "estimated"}),
        (_ROADS_2015, "386,4", {"period": None}),
        (_ROADS_2015, "626,5", {"unit": "km", "kind": "amount"}),
        (_EQUITISATION_2010, "14", {"period": "2009"}),
        (_EQUITISATION_2010, "612,4", {"period": "2009"}),
        (_EQUITISATION_2010, "125", {"period": "2010"}),
        (_EQUITISATION_2010, "38,7%", {"role": "actual"}),
        (_EQUITISATION_2010, "13", {"kind": "amount", "unit": "count"}),
        (_EQUITISATION_2010, "10", {"role": "plan", "period": "2011", "kind": "amount", "qualifier": "under"}),
        (_TELECOMS_2018, "6.570", {"kind": "amount", "unit": "count"}),
        (_TELECOMS_2018, "128", {"kind": "count", "unit": "count"}),
    ],
    ids=["a-target-after-a-lead-in-closing-the-paragraphs-first-sentence", "a-measure-done-each-year-on-average",
         "a-programmes-norm", "the-whole-year-on-a-line-a-year-opens", "the-months-before-it-of-no-code",
         "a-length-before-roads-named-by-their-width", "a-stock-on-an-earlier-years-last-day",
         "its-money-on-that-day", "a-day-in-the-clause-before-a-semicolon", "a-gap-above-a-par-value",
         "an-average-time-per-firm", "a-time-per-firm-to-reach-under-a-heading-of-means", "hours-on-air",
         "a-count-of-the-next-level"],
)
def test_a_roads_supervision_an_equitisation_and_telecoms(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (_ROADS_2015, "5"), (_ROADS_2015, "3"), (_ROADS_2015, "16"),
        (_EQUITISATION_2010, "100%"),
        (_TELECOMS_2018, "1.0"), (_TELECOMS_2018, "4"),
    ],
    ids=["a-norms-road-subgrade", "a-norms-road-surface", "a-norms-slab", "a-firm-named-by-its-owners-share",
         "a-release-number", "a-level-listed-after-another"],
)
def test_road_classes_firm_kinds_and_releases_are_no_figures(text, surface):
    rows = figures(text)
    assert surface not in [r["surface"] for r in rows] and rows


_FISHERIES_2012 = ("Năm 2012: toàn tỉnh có 6.482 tàu cá với tổng công suất 712.540 CV; công suất bình quân đạt 109,9 "
                   "CV/chiếc.\n\n"
                   "Một số chỉ tiêu chủ yếu ngành thủy sản năm 2012\n\n"
                   "TT | Chỉ tiêu | ĐVT | Thực hiện 2011 | Kế hoạch 2012 | Thực hiện 2012 | So sánh (%) | \n"
                   " |  |  |  |  |  | TH/KH | 2012/2011\n"
                   "1 | Tổng sản lượng thủy sản | Tấn | 154.577 | 159.000 | 165.380 | 104,0 | 107,0\n\n"
                   "(Số liệu năm 2012 là số ước thực hiện)\n")
_CULTURE_2017 = ("Hà Nam, ngày 15 tháng 12 năm 2017\n\nIII. ĐÁNH GIÁ CHUNG\n\n"
                 "Sau 17 năm thực hiện Phong trào (2000 - 2017), số thôn văn hóa tăng từ 312 lên 1.028; toàn tỉnh đã "
                 "xây mới 684 nhà văn hóa thôn. Có 186 thôn được công nhận lại giai đoạn 2013 - 2017 (5 năm). Còn 27 "
                 "nhà văn hóa thôn xây dựng trước năm 2005 đã xuống cấp. Công tác khóa sổ hoàn thành trước thời hạn "
                 "3 ngày.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_FISHERIES_2012, "712.540", {"kind": "amount", "unit": "count"}),
        (_FISHERIES_2012, "109,9", {"kind": "amount", "unit": "count"}),
        (_FISHERIES_2012, "165.380", {"period": "2012", "qualifier": "estimated"}),
        (_FISHERIES_2012, "104,0", {"kind": "plan_ratio", "base": "plan", "period": "2012", "qualifier": "estimated"}),
        (_FISHERIES_2012, "107,0", {"kind": "plan_ratio", "base": "2011", "period": "2012"}),
        (_CULTURE_2017, "684", {"period": "2000-2017"}),
        (_CULTURE_2017, "27", {"period": None}),
        (_CULTURE_2017, "3", {"unit": "count"}),
    ],
    ids=["horsepower", "horsepower-per-boat", "the-estimated-years-result", "a-result-against-its-plan",
         "a-column-of-two-years-compared-under-its-group", "a-span-in-a-bracket-opening-the-sentence",
         "things-made-before-a-year", "ahead-of-a-deadline"],
)
def test_a_fishing_fleet_and_a_cultural_movement(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_spans_length_in_a_bracket_after_it_is_no_figure():
    rows = figures(_CULTURE_2017)
    assert "5" not in [r["surface"] for r in rows] and "186" in [r["surface"] for r in rows]


_BLANK_LINED_TABLE = ("Biểu: MỘT SỐ CHỈ TIÊU CHỦ YẾU NGÀNH CÔNG THƯƠNG NĂM 2011\n\n\n\n"
                      "TT | Chỉ tiêu | ĐVT | TH 2010 | KH 2011 | ƯTH 2011 | So sánh (%) | \n\n"
                      " |  |  |  |  |  | ƯTH/KH | ƯTH 2011/TH 2010\n\n\n\n"
                      "1 | Điện sản xuất | Triệu  kWh |\xa05.930\xa0|\xa06.400\xa0|\xa06.250\xa0|\xa097,7\xa0|"
                      "\xa0105,4\n\n"
                      "2 | Xi măng | Nghìn tấn |\xa02.150\xa0|\xa02.300\xa0|\xa02.210\xa0|\xa096,1\xa0|\xa0102,8\n\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("5.930", {"period": "2010", "role": "actual", "kind": "amount"}),
        ("6.400", {"period": "2011", "role": "plan"}),
        ("97,7", {"kind": "plan_ratio", "base": "plan", "period": "2011"}),
        ("105,4", {"kind": "plan_ratio", "base": "2010", "period": "2011"}),
    ],
    ids=["the-years-before-result", "the-plan", "the-estimate-against-the-plan",
         "the-estimate-against-the-year-before"],
)
def test_a_table_spaced_as_a_web_page_keeps_its_two_row_header(surface, expected):
    """A blank line after every line, a blank line between the header and the first row, an empty cell's two
    spaces and no-break spaces beside the numbers: the table reads as it does written plainly."""
    assert fields_at(_BLANK_LINED_TABLE, surface, expected) == expected


_LAND_USE_2018 = ("Yên Lạc, ngày 26 tháng 11 năm 2018\n\nI. KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2018\n\n"
                  "Kế hoạch sử dụng đất năm 2018 của huyện được UBND tỉnh phê duyệt tại Quyết định số 812/QĐ-UBND "
                  "ngày 29/3/2018 với 94 công trình, dự án, tổng diện tích 318,46 ha; trong đó 41 công trình chuyển "
                  "tiếp với diện tích 142,37 ha. Kế hoạch vốn được giao 120 tỷ đồng, đã giải ngân 80 tỷ đồng.\n\n"
                  "b) Đất phi nông nghiệp: kế hoạch được duyệt 3.702,11 ha, thực hiện 3.647,43 ha, đạt 98,5% kế "
                  "hoạch. Trong đó: đất phát triển hạ tầng (DHT) thực hiện 1.624,08 ha, đạt 98,9%; đất ở tại nông "
                  "thôn (ONT) 1.003,27 ha, đạt 97,5%.\n\n"
                  "Có 28/32 xã đạt chuẩn, đạt 87,5%; tỷ lệ che phủ rừng đạt 42,1%.\n")
_BIRTHS_2015 = ("Năm 2015, tỷ suất sinh thô 15,9‰, giảm 0,3‰ so với năm 2014, vượt 0,1‰ so với kế hoạch giảm sinh "
                "được giao (0,2‰). Xử lý 148 hồ sơ, vượt 48 hồ sơ so với kế hoạch (kế hoạch 100 hồ sơ).\n\n"
                "TT | Chỉ tiêu | ĐVT | Kế hoạch 2015 | Thực hiện 2015 | Đạt (%)\n"
                "1 | Tỷ suất sinh thô | ‰ | 16,0 | 15,9 | 100,6\n"
                "2 | Mức giảm tỷ suất sinh thô | ‰ | 0,25 | 0,35 | 140,0\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_LAND_USE_2018, "94", {"role": "plan", "period": "2018"}),
        (_LAND_USE_2018, "142,37", {"role": "plan"}),
        (_LAND_USE_2018, "120", {"role": "plan"}),
        (_LAND_USE_2018, "80", {"role": "actual"}),
        (_LAND_USE_2018, "3.702,11", {"role": "plan"}),
        (_LAND_USE_2018, "98,9%", {"kind": "plan_ratio", "base": "plan"}),
        (_LAND_USE_2018, "97,5%", {"kind": "plan_ratio", "base": "plan"}),
        (_LAND_USE_2018, "87,5%", {"kind": "share"}),
        (_LAND_USE_2018, "42,1%", {"kind": "share"}),
        (_BIRTHS_2015, "0,2‰", {"kind": "change_points", "unit": "per_mille_point", "role": "plan"}),
        (_BIRTHS_2015, "100", {"kind": "count", "role": "plan"}),
        (_BIRTHS_2015, "0,25", {"kind": "change_points", "unit": "per_mille_point", "role": "plan"}),
        (_BIRTHS_2015, "16,0", {"kind": "share", "unit": "per_mille"}),
    ],
    ids=["what-an-approved-plan-holds", "its-part-carried-over", "capital-given", "capital-disbursed",
         "a-plan-approved-before-its-area", "a-part-attained-after-a-sentence-naming-the-plan",
         "the-next-part-after-a-semicolon", "a-share-after-a-progress", "a-rate-attained",
         "a-planned-fall-in-brackets", "a-planned-level-in-brackets", "a-row-of-a-rates-fall", "a-row-of-the-rate"],
)
def test_a_land_use_plan_and_births(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Năm 2013 thu được 12.846 triệu đồng, đạt 128,5% dự toán (10.000 triệu đồng), tăng 15,3% so với năm 2012.",
         "10.000", {"role": "plan", "kind": "amount"}),
        ("Năm 2013 thu được 12.846 triệu đồng, đạt 128,5% dự toán, tăng 15,3% so với năm 2012 (11.141 triệu đồng).",
         "11.141", {"role": "context"}),
    ],
    ids=["an-estimates-level-in-brackets-after-it", "the-year-befores-level-in-brackets"],
)
def test_an_estimates_level_in_brackets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_LIVESTOCK_2011 = ("Bắc Giang, ngày 20 tháng 6 năm 2011\n\n"
                   "II. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH 6 THÁNG ĐẦU NĂM\n\n2011\n\n"
                   "Toàn tỉnh đã tiêm được 2.356.400 liều vắc xin các loại, đạt 96,3% kế hoạch.\n\n"
                   "TT | Huyện, thành phố | Số con tiêu hủy | Trọng lượng tiêu hủy (kg)\n"
                   "1 | Hiệp Hòa | 936 | 48.250\n"
                   "2 | Việt Yên | 655 | 33.410\n")
_POWER_2018 = ("Năm 2018, Công ty đã cấp điện an toàn.\n\n"
               "TT | Chỉ tiêu | ĐVT | Thực hiện 2017 | Kế hoạch 2018 | Thực hiện 2018\n"
               "1 | Thời gian mất điện trung bình (SAIDI) | Phút | 1.399,1 | 1.100 | 986,4\n"
               "2 | Tần suất mất điện kéo dài (SAIFI) | Lần | 7,18 | 6,50 | 5,82\n"
               "3 | Điện thương phẩm | Triệu kWh | 881,46 | 955,4 | 968,42\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_LIVESTOCK_2011, "2.356.400", {"period": "2011-H1"}),
        (_LIVESTOCK_2011, "48.250", {"kind": "amount", "unit": "count"}),
        (_LIVESTOCK_2011, "936", {"kind": "count"}),
        (_POWER_2018, "986,4", {"kind": "amount", "unit": "count", "period": "2018"}),
        (_POWER_2018, "5,82", {"kind": "count", "unit": "count", "counted": "lần"}),
        (_POWER_2018, "968,42", {"kind": "amount", "period": "2018"}),
    ],
    ids=["a-heading-wrapped-before-its-year", "a-weight-column", "a-count-column", "an-average-lengths-row",
         "a-frequencys-row", "a-measures-row"],
)
def test_a_wrapped_heading_a_weight_column_and_outage_indices(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_URBAN_ORDER_2017 = ("Thanh Hóa, ngày 23/12/2017\n\n"
                     "Năm 2017 thành phố đã trồng mới 3.260 cây xanh trên 27 tuyến đường, đón trên 3.000 lượt khách. "
                     "Năm 2018, thành phố chọn chủ đề \"Năm văn minh đô thị\" với các chỉ tiêu: 100% tuyến phố chính "
                     "không còn lấn chiếm vỉa hè; công nhận thêm ít nhất 20 tuyến phố văn minh; giảm 20% số trường "
                     "hợp vi phạm so với năm 2017; trồng mới 3.000 cây xanh.\n\n"
                     "TT | Huyện | Số hộ được hỗ trợ | Kinh phí (triệu đồng) | Tỷ lệ giải ngân (%)\n"
                     "1 | Đắk Hà | 468 | 2.874 | 90,1\n"
                     "2 | Đắk Tô | 392 | 2.452 | 88,7\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_URBAN_ORDER_2017, "27", {"qualifier": "exact"}),
        (_URBAN_ORDER_2017, "3.000", {"qualifier": "over", "role": "actual"}),
        (_URBAN_ORDER_2017, "20", {"role": "plan", "period": "2018"}),
        (_URBAN_ORDER_2017, "20%", {"role": "plan"}),
        (_URBAN_ORDER_2017, "90,1", {"kind": "plan_ratio"}),
    ],
    ids=["a-count-of-routes-the-work-is-on", "more-than-a-count", "a-target-of-a-list-a-later-years-sentence-opens",
         "a-later-target-of-the-list", "a-disbursement-rate-column"],
)
def test_routes_a_later_years_list_of_targets_and_a_disbursement_rate_column(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Dự kiến từ ngày 24/02 đến ngày 08/3/2015 (mùng 6 đến 18 tháng Giêng), bến xe đón 95.000 lượt khách.", "6"),
     ("Ngày mồng 2 Tết, bến xe đón 3.500 lượt khách.", "2")],
    ids=["a-lunar-day-opening-a-range", "a-lunar-day-after-mong"],
)
def test_a_lunar_day_after_its_word_is_no_figure(text, surface):
    rows = figures(text)
    assert all(not r["surface"].startswith(surface) for r in rows) and rows


def _every_line_blank_lined(text):
    """``text`` as a page that leaves a blank line after every line gives it."""
    return text.replace("\n", "\n\n")


_GRID_BUDGET = ("Hà Giang, ngày 24 tháng 11 năm 2025\n\nĐơn vị: triệu đồng\n"
                "+------------------------------+----------------+----------------+-----------+\n"
                "| Nội dung                     | Dự toán        | Dự toán        | So sánh   |\n"
                "|                              | 2025           | 2026           | (%)       |\n"
                "+==============================+================+================+===========+\n"
                "| TỔNG THU NGÂN SÁCH NHÀ       | 3.769.000      | 4.150.000      | 110,1     |\n"
                "| NƯỚC TRÊN ĐỊA BÀN            |                |                |           |\n"
                "+------------------------------+----------------+----------------+-----------+\n"
                "| Thu nội địa                  | 3.385.000      | 3.780.000      | 111,7     |\n"
                "+------------------------------+----------------+----------------+-----------+\n")
_WRAPPED_BEFORE_A_NUMBER = (
    "CỤC THỐNG KÊ\nTHỐNG KÊ TỈNH KON TUM\nSố: 04/TCBC-TK\nKon Tum, ngày 06 tháng 01 năm 2026\n\n"
    "THÔNG CÁO BÁO CHÍ\nTÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ IV VÀ NĂM 2025\n\n"
    "Năm 2025, kinh tế của tỉnh diễn ra trong bối cảnh cả nước vừa hoàn thành sắp xếp các đơn vị hành\n"
    "chính, tổ chức chính quyền địa phương 2 cấp với 102 xã, phường; các chỉ tiêu dưới đây được tính\n"
    "theo địa giới hành chính mới, số liệu của năm 2024 đã được tính lại cho tương ứng.\n\n"
    "1. Tăng trưởng kinh tế\n\n"
    "Ước tính năm 2025, tổng sản phẩm trên địa bàn tỉnh (GRDP) theo giá so sánh 2010 tăng 7,82% so\n"
    "với năm 2024 (sơ bộ năm 2024 tăng 6,94%), thấp hơn mục tiêu Nghị quyết HĐND tỉnh đề ra (tăng\n"
    "8%), tốc độ tăng trưởng đứng thứ 8/34 tỉnh, thành phố và xếp thứ 2 khu vực Tây Nguyên. Tốc độ\n"
    "tăng GRDP từng quý so với cùng kỳ năm 2024: quý I tăng 6,12%, quý II tăng 6,85%, quý III tăng\n"
    "8,21%, quý IV ước tăng 9,64%.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_GRID_BUDGET, "3.769.000", {"unit": "VND", "value": 3_769_000_000_000, "period": "2025"}),
        (_GRID_BUDGET, "4.150.000", {"unit": "VND", "period": "2026", "role": "plan"}),
        (_GRID_BUDGET, "3.780.000", {"unit": "VND", "period": "2026"}),
        (_WRAPPED_BEFORE_A_NUMBER, "8%", {"kind": "growth", "role": "plan", "period": "2025"}),
        (_WRAPPED_BEFORE_A_NUMBER, "8,21%", {"kind": "growth", "period": "2025-Q3"}),
    ],
    ids=["a-grid-tables-first-row-of-two-lines", "its-plan-column", "its-next-row",
         "a-target-on-the-line-after-its-word", "a-quarters-growth-on-the-line-after-its-word"],
)
def test_a_page_that_leaves_a_blank_line_after_every_line_reads_as_written(text, surface, expected):
    """A grid table's rows and borders, and a sentence broken at a width before a number, each line followed by a
    blank line: read as the text written plainly is."""
    assert fields_at(text, surface, expected) == expected
    assert fields_at(_every_line_blank_lined(text), surface, expected) == expected


_MERIT_HOUSING_2014 = ("Cam Lộ, ngày 15 tháng 12 năm 2014\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2014\n\n"
                       "Kế hoạch năm 2014, huyện được giao hoàn thành hỗ trợ nhà ở cho 548 hộ. Đến ngày 30/11/2014, "
                       "toàn huyện đã hoàn thành 497/548 hộ, đạt 90,7% kế hoạch (bình quân toàn tỉnh đạt 84,2%). "
                       "Nhà xây mới có diện tích sử dụng bình quân 48,6 m2/nhà (quy định tối thiểu 30 m2). Đã giải "
                       "ngân 13.280 triệu đồng, tăng 5.640 triệu đồng so với ngày 30/6/2014.\n\n"
                       "II. KHÓ KHĂN, VƯỚNG MẮC\n\n"
                       "1. Còn 12 hộ là người cao tuổi, neo đơn, không có khả năng đối ứng nên tiến độ chậm.\n\n"
                       "2. Qua 2 đợt kiểm tra, phát hiện 7 hộ sử dụng kinh phí hỗ trợ chưa đúng mục đích, đã yêu cầu "
                       "khắc phục.\n")
_BANK_BRANCH_2013 = ("Thái Bình, ngày 10 tháng 01 năm 2014\n\nI. KẾT QUẢ HOẠT ĐỘNG NGÂN HÀNG NĂM 2013\n\n"
                     "Tổng dư nợ cho vay đến 31/12/2013 đạt 34.158 tỷ đồng, tăng 3.796 tỷ đồng, tỷ lệ tăng 12,50% so "
                     "với đầu năm (toàn ngành ngân hàng tăng 12,51%). Các TCTD đã điều chỉnh giảm lãi suất đối với "
                     "5.420 tỷ đồng dư nợ cũ có lãi suất trên 13%/năm. Thực hiện gói hỗ trợ nhà ở 30.000 tỷ đồng "
                     "theo Nghị quyết số 02/NQ-CP, các NHTM đã cho vay 214 tỷ đồng. Nhiều mô hình có doanh thu trên 1 "
                     "tỷ đồng/năm.\n\n"
                     "II. NHIỆM VỤ TRỌNG TÂM NĂM 2014\n\n"
                     "- Tổng dư nợ cho vay tăng 12-14% so với đầu năm;\n"
                     "- Tổng nguồn vốn huy động tăng 16-18% so với đầu năm 2014.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_MERIT_HOUSING_2014, "548", {"role": "plan", "period": "2014"}),
        (_MERIT_HOUSING_2014, "84,2%", {"role": "context", "period": None}),
        (_MERIT_HOUSING_2014, "30", {"role": "plan", "qualifier": "over"}),
        (_MERIT_HOUSING_2014, "5.640", {"kind": "change", "base": None}),
        (_MERIT_HOUSING_2014, "7", {"role": "actual"}),
        (_MERIT_HOUSING_2014, "12", {"role": "actual"}),
        (_BANK_BRANCH_2013, "3.796", {"kind": "change", "base": "2012"}),
        (_BANK_BRANCH_2013, "12,50%", {"kind": "growth", "base": "2012", "role": "actual"}),
        (_BANK_BRANCH_2013, "12,51%", {"role": "context", "period": None}),
        (_BANK_BRANCH_2013, "30.000", {"role": "context"}),
        (_BANK_BRANCH_2013, "214", {"role": "actual"}),
        (_BANK_BRANCH_2013, "12-14%", {"role": "plan", "period": "2014", "base": "2013"}),
        (_BANK_BRANCH_2013, "16-18%", {"role": "plan", "period": "2014", "base": "2013"}),
    ],
    ids=["a-sentence-opening-with-a-plans-year", "a-provinces-average-in-brackets", "a-rules-floor-for-each-house",
         "a-change-against-a-day-inside-the-year", "a-misuse-found-in-an-item-of-problems",
         "the-item-before-it", "a-change-before-its-own-rate-and-base", "that-rate",
         "the-whole-sectors-rate-in-brackets", "a-package-named-by-its-size", "the-loans-under-it",
         "a-later-years-target-against-its-years-start", "one-naming-that-year"],
)
def test_a_plans_year_a_wider_average_a_day_inside_the_year_and_a_later_years_start(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [(_BANK_BRANCH_2013, "13%"), (_BANK_BRANCH_2013, "1")],
    ids=["a-bound-on-the-rate-old-loans-have", "a-bound-on-the-revenue-many-models-have"],
)
def test_a_bound_on_what_many_of_a_kind_have_names_them(text, surface):
    rows = figures(text)
    assert all(r["surface"] != surface for r in rows) and rows


_THRIFT_2012 = ("Hà Tĩnh, ngày 26 tháng 02 năm 2013\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2012\n\n"
                "Tổng dự toán chi thường xuyên ngân sách địa phương năm 2012 là 5.862,4 tỷ đồng. Số tiết kiệm từ các "
                "khoản chi hành chính là 16.395 triệu đồng, tỷ lệ tiết kiệm 11,3% dự toán, tăng 2,1 điểm phần trăm so "
                "với năm 2011. UBND tỉnh đã rà soát 1.124 dự án, trong đó cắt giảm quy mô 23 dự án. Các đơn vị ước "
                "giải ngân đến hết năm đạt 371,6 tỷ đồng. Quét dọn hơn 420.000 m2 đường phố mỗi ngày; thu gom 150 tấn "
                "rác mỗi ngày. Phát hiện 4 cột mốc hư hỏng nhẹ (mốc số 1119, 1127/2, 1169 và 1205).\n\n"
                "Đơn vị tính: triệu đồng\n\n"
                "TT | Nội dung | Dự toán/Kế hoạch | Thực hiện | Số tiết kiệm (triệu đồng) | Tỷ lệ tiết kiệm (%)\n"
                "1 | Hội nghị, hội thảo | 18.450 | 15.620 | 2.830 | 15,3\n"
                "2 | Công tác phí trong nước | 14.280 | 12.910 | 1.370 | 9,6\n\n"
                "TT | Lĩnh vực | Số dự án | Giá trị cam kết (USD) | Giải ngân năm 2012 (USD)\n"
                "1 | Nông nghiệp, phát triển nông thôn (Heifer International, SNV) | 9 | 1.524.800 | 1.096.300\n"
                "2 | Nước sạch và vệ sinh môi trường (East Meets West) | 5 | 918.600 | 676.200\n\n"
                "II. NHIỆM VỤ NĂM 2013\n\n"
                "Phấn đấu tiết kiệm tối thiểu 12% dự toán chi hội nghị, hội thảo.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_THRIFT_2012, "5.862,4", {"role": "plan", "period": "2012"}),
        (_THRIFT_2012, "11,3%", {"kind": "share", "base": None}),
        (_THRIFT_2012, "23", {"role": "actual", "kind": "count"}),
        (_THRIFT_2012, "371,6", {"qualifier": "estimated"}),
        (_THRIFT_2012, "420.000", {"unit": "m2_per_day", "kind": "rate"}),
        (_THRIFT_2012, "150", {"unit": "tonne_per_day"}),
        (_THRIFT_2012, "18.450", {"unit": "VND", "kind": "amount", "role": "plan", "period": "2012"}),
        (_THRIFT_2012, "15.620", {"unit": "VND", "role": "actual"}),
        (_THRIFT_2012, "1.524.800", {"unit": "USD", "kind": "amount"}),
        (_THRIFT_2012, "676.200", {"unit": "USD", "kind": "amount"}),
        (_THRIFT_2012, "12%", {"kind": "share", "role": "plan", "period": "2013"}),
    ],
    ids=["an-estimates-total-stated-by-a-copula", "a-savings-rate-of-the-estimate", "projects-whose-scale-was-cut",
         "an-estimate-past-a-verb-and-a-time", "a-measure-done-each-day", "a-weight-done-each-day",
         "a-column-named-the-estimate-or-the-plan", "the-result-beside-it", "a-row-naming-its-donors-in-brackets",
         "another-donors-row", "a-savings-target-of-the-estimate"],
)
def test_savings_an_estimates_total_a_scale_cut_and_donors_named_in_a_row(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_numbers_listed_after_a_things_number_name_them_too():
    rows = figures(_THRIFT_2012)
    assert not {"1127", "1127/2", "2", "1169", "1205"} & {r["surface"] for r in rows}
    assert any(r["surface"] == "4" and r["unit"] == "count" for r in rows)


def test_a_result_after_an_estimates_total_stated_by_a_copula_is_a_result():
    text = ("Tổng dự toán chi năm 2025 là 486,3 tỷ đồng, đến ngày 30/11/2025 đã giải ngân 402,7 tỷ đồng, đạt 82,8% "
            "dự toán.")
    assert fields_at(text, "486,3", {"role": "plan"}) == {"role": "plan"}
    assert fields_at(text, "402,7", {"role": "actual"}) == {"role": "actual"}


_CMS_MARKUP_WRAPPED = ('<p style="text-align: justify;"><strong>(CT) - Năm 2025, tốc độ tăng trưởng tổng sản\n'
                       'phẩm trên địa bàn thành phố ước đạt <span style="color:\n'
                       '#c00000;">8,12%</span>, vượt mục tiêu Nghị\n'
                       'quyết HĐND thành phố đề ra (7,5%).</strong></p><p>Kim ngạch xuất khẩu hàng hóa năm 2025\n'
                       'ước đạt 3,42 tỷ\nUSD, tăng 11,3% so với năm 2024.</p>\n')


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("8,12%", {"kind": "growth", "period": "2025", "qualifier": "estimated"}),
     ("3,42", {"unit": "USD", "period": "2025"}),
     ("11,3%", {"kind": "growth", "base": "2024", "period": "2025"})],
    ids=["a-growth-whose-tag-the-source-broke", "an-amount-whose-unit-the-source-broke-from-it", "its-growth"],
)
def test_a_pages_markup_reads_its_source_line_breaks_as_spaces(surface, expected):
    """A page's markup saved as text, its source wrapped at a width: a line break between two words is a space, as a
    browser shows it."""
    assert fields_at(_CMS_MARKUP_WRAPPED, surface, expected) == expected


_HEALTH_FUND_2016 = ("Hưng Yên, ngày 18/7/2016\n\n"
                     "Đáng chú ý, 6 tháng đầu năm 2016 có 6/17 cơ sở KCB có chi phí vượt dự toán 6 tháng được giao với "
                     "tổng số tiền 25,74 tỷ đồng, trong đó Bệnh viện Đa khoa tỉnh vượt 12,44 tỷ đồng (vượt 12,4%); "
                     "Bệnh viện Đa khoa Phố Nối vượt 7,59 tỷ đồng. Chi phí bình quân một lượt khám ngoại trú là "
                     "188.700 đồng/lượt. Năm 2016, kim ngạch xuất khẩu vượt 50 tỷ USD.\n\n"
                     "TT | Cơ sở khám chữa bệnh | Số lượt khám chữa bệnh | Chi phí đề nghị thanh toán (triệu đồng) | "
                     "Tỷ lệ sử dụng dự toán (%)\n"
                     "1 | Bệnh viện Đa khoa tỉnh | 168.420 | 112.640 | 56,2\n"
                     "2 | Bệnh viện Sản - Nhi tỉnh | 52.380 | 24.860 | 53,8\n")
_JUSTICE_2014 = ("Ninh Bình, ngày 12 tháng 12 năm 2014\n\nI. KẾT QUẢ NĂM 2014\n\n"
                 "Rà soát 1.630 văn bản, công bố danh mục 84 văn bản hết hiệu lực. Thời gian cấp Phiếu lý lịch tư pháp "
                 "bình quân 7,5 ngày (quy định không quá 10 ngày); cấp điện trung áp bình quân 3,8 ngày (quy định của "
                 "EVN không quá 7 ngày). Lượng mưa từ tháng 11/2013 đến tháng 3/2014 chỉ đạt 38% so với trung bình "
                 "nhiều năm. Thời gian bố trí vốn đối với dự án nhóm C không quá 03 năm.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_HEALTH_FUND_2016, "25,74", {"kind": "amount", "period": "2016-H1"}),
        (_HEALTH_FUND_2016, "12,44", {"kind": "change", "base": "plan", "qualifier": "exact", "period": "2016-H1"}),
        (_HEALTH_FUND_2016, "12,4%", {"kind": "growth", "base": "plan"}),
        (_HEALTH_FUND_2016, "7,59", {"kind": "change", "base": "plan"}),
        (_HEALTH_FUND_2016, "50", {"kind": "amount", "qualifier": "over"}),
        (_HEALTH_FUND_2016, "188.700", {"unit": "VND_per_person", "kind": "rate"}),
        (_HEALTH_FUND_2016, "56,2", {"kind": "plan_ratio", "base": "plan", "role": "actual"}),
        (_JUSTICE_2014, "84", {"kind": "count"}),
        (_JUSTICE_2014, "10", {"kind": "amount", "role": "plan", "qualifier": "under"}),
        (_JUSTICE_2014, "7", {"kind": "amount", "role": "plan", "qualifier": "under"}),
        (_JUSTICE_2014, "38%", {"period": None, "base": None}),
    ],
    ids=["a-total-past-a-plans-months", "a-parts-excess-over-the-plan-named", "its-percent",
         "the-next-parts-excess", "a-level-above-a-mark-names-no-plan", "a-patients-cost-per-visit",
         "a-column-naming-the-use-of-the-estimate", "a-list-counts-what-it-lists", "a-rules-ceiling-in-brackets",
         "a-bodys-rule", "a-window-over-two-years-against-the-long-term-mean"],
)
def test_an_excess_over_the_plan_a_visit_a_rules_ceiling_and_a_window_over_two_years(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_laws_term_in_prose_stays_a_label():
    assert all(r["surface"] != "03" for r in figures(_JUSTICE_2014))


_ROADS_2012 = ("Nghệ An, ngày 14 tháng 12 năm 2012\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2012\n\n"
               "Kinh phí bảo dưỡng thường xuyên đường tỉnh năm 2012 được UBND tỉnh giao là 86,5 tỷ đồng; đã thực hiện "
               "84,2 tỷ đồng. Kế hoạch sửa chữa định kỳ năm 2012 được giao 42 công trình với tổng kinh phí 118,6 tỷ "
               "đồng. Trong đó: quá tải trọng cho phép từ 10% đến 20%: 2.964 xe; quá tải trên 20% đến dưới 50%: 1.873 "
               "xe. Số xe quá tải trên 20% là 2.547 xe, chiếm 46,2% số xe vi phạm.\n\n"
               "TT | Chỉ tiêu | ĐVT | Kế hoạch 2012 | Thực hiện 2012\n"
               "1 | Ngày điều trị trung bình | Ngày | 6,5 | 5,52\n"
               "2 | Số lượt khám bệnh | Lượt | 420.000 | 436.180\n")
_BORDER_TRADE_2017 = ("Lào Cai, ngày 17/01/2018\n\nCửa khẩu Kim Thành tiếp tục là cửa khẩu có kim ngạch lớn nhất, năm "
                      "2017 đạt 1.298,7 triệu USD, chiếm 56,8% tổng kim ngạch; ga đường sắt quốc tế đạt 483,5 triệu "
                      "USD, tăng 9,6% so với năm 2016. Hàng rau quả xuất khẩu đạt 412.650 tấn, tăng 26,8% về lượng và "
                      "31,2% về giá trị so với năm 2016. Hàng nhập khẩu chủ yếu là than cốc, phân bón, hóa chất, máy "
                      "móc, thiết bị và nguyên liệu phục vụ sản xuất; năm 2017, than cốc nhập khẩu đạt 512.300 tấn; "
                      "phân bón các loại 186.500 tấn. Số ngày có nồng độ bụi trung bình 24 giờ vượt quy chuẩn (50 "
                      "µg/m3) là 64 ngày.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_ROADS_2012, "86,5", {"role": "plan", "period": "2012"}),
        (_ROADS_2012, "84,2", {"role": "actual"}),
        (_ROADS_2012, "118,6", {"role": "plan"}),
        (_ROADS_2012, "2.964", {"kind": "count", "role": "actual"}),
        (_ROADS_2012, "46,2%", {"kind": "share"}),
        (_ROADS_2012, "6,5", {"kind": "amount", "role": "plan"}),
        (_ROADS_2012, "5,52", {"kind": "amount", "role": "actual"}),
        (_BORDER_TRADE_2017, "483,5", {"period": "2017"}),
        (_BORDER_TRADE_2017, "9,6%", {"period": "2017", "base": "2016"}),
        (_BORDER_TRADE_2017, "26,8%", {"kind": "growth", "base": "2016"}),
        (_BORDER_TRADE_2017, "31,2%", {"kind": "growth", "base": "2016"}),
        (_BORDER_TRADE_2017, "186.500", {"period": "2017"}),
        (_BORDER_TRADE_2017, "64", {"kind": "count"}),
    ],
    ids=["a-sum-given-as-by-its-giver", "what-was-done-of-it", "a-given-plans-contents",
         "vehicles-counted-in-an-overload-band", "their-share", "a-row-of-an-average-stay-in-days", "its-result",
         "a-time-opening-the-report-after-the-subject", "and-its-growth-after-a-semicolon",
         "a-growth-of-volume-before-one-of-value", "the-growth-of-value",
         "a-time-opening-a-later-part-with-none-before", "a-count-of-days-despite-an-average-named"],
)
def test_a_given_sum_an_overload_band_a_times_place_and_growths_by_measure(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("surface"), ["10% đến 20%", "20%", "50%"],
    ids=["a-band", "a-bound", "a-bands-top"],
)
def test_a_bound_on_an_overload_names_the_vehicles(surface):
    assert all(r["surface"] != surface for r in figures(_ROADS_2012))


_DOT_LEADERS_WRAPPED = ("MỤC LỤC\n\nKẾT QUẢ CHỦ YẾU NĂM 2025\n\n"
                        "Năm 2025, huyện có 18/21 chỉ tiêu chủ yếu đạt và vượt kế hoạch; một số kết quả chủ\n"
                        "yếu đạt được như sau:\n\n"
                        "Tổng giá trị sản xuất (giá hiện\n"
                        "hành)..............................................4.215,6 tỷ đồng\n\n"
                        "Thu ngân sách nhà nước trên địa\n"
                        "bàn................................................186,4 tỷ đồng\n")


def test_a_lead_in_and_its_dot_leader_items_broken_at_a_width_keep_its_period():
    assert fields_at(_DOT_LEADERS_WRAPPED, "4.215,6", {"period": "2025"}) == {"period": "2025"}
    assert fields_at(_DOT_LEADERS_WRAPPED, "186,4", {"period": "2025"}) == {"period": "2025"}


_MERIT_2013 = ("Hải Dương, ngày 16 tháng 12 năm 2013\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2013\n\n"
               "Theo Nghị định số 101/2013/NĐ-CP ngày 04/9/2013 của Chính phủ, mức chuẩn để xác định các mức trợ cấp, "
               "phụ cấp ưu đãi đối với người có công với cách mạng được nâng từ 1.110.000 đồng lên 1.220.000 "
               "đồng/người/tháng, tăng 9,9%. Tổ chức mừng thọ cho 5.862 cụ tròn 90 tuổi và 358 cụ tròn 100 tuổi. Mức "
               "chuẩn trợ cấp người có công từ ngày 01/7/2013 là 1.220.000 đồng/tháng.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("1.110.000", {"role": "context", "period": None}),
     ("9,9%", {"kind": "growth", "role": "context", "period": None}),
     ("5.862", {"kind": "count", "role": "actual"})],
    ids=["a-decrees-base-before-its-rise", "the-rise-it-sets", "the-old-counted-by-the-age-they-turn"],
)
def test_a_decrees_base_for_allowances_and_the_old_by_the_age_they_turn(surface, expected):
    assert fields_at(_MERIT_2013, surface, expected) == expected


def test_the_age_the_old_turn_names_them():
    surfaces = [r["surface"] for r in figures(_MERIT_2013)]
    assert "90" not in surfaces and "100" not in surfaces and "358" in surfaces


_CROP_2015 = ("Tư Nghĩa, ngày 15 tháng 6 năm 2015\n\nI. KẾT QUẢ SẢN XUẤT VỤ ĐÔNG XUÂN 2014-2015\n\n"
              "Tỷ lệ sử dụng giống lúa xác nhận đạt 88,5% diện tích (cùng vụ năm trước 82%). Trung tâm Lưu trữ đã "
              "tiếp nhận 486 mét giá tài liệu; xây dựng 1.200 mét vuông nhà kho, đổ 30 mét khối bê tông.\n\n"
              "III. KIẾN NGHỊ\n\nĐề nghị UBND huyện bố trí 1,2 tỷ đồng kinh phí nạo vét kênh phục vụ sản xuất vụ Hè "
              "Thu 2015; hỗ trợ 450 triệu đồng giống lúa vụ Đông Xuân 2015-2016.\n")
_FIRES_2012 = ("I. KẾT QUẢ NĂM 2012\n\nNăm 2012, toàn tỉnh xảy ra 7 vụ cháy rừng (năm 2011 là 11 vụ), giảm 4 vụ; diện "
               "tích rừng bị cháy 38,6 ha (năm 2011 là 135 ha), giảm 71,4%. Tỷ lệ che phủ rừng 49,1% (năm 2011 là "
               "48,2%), tăng 0,9 điểm phần trăm.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_CROP_2015, "82%", {"role": "context", "period": None}),
        (_CROP_2015, "486", {"unit": "m", "kind": "amount"}),
        (_CROP_2015, "1.200", {"unit": "m2"}),
        (_CROP_2015, "30", {"unit": "m3"}),
        (_CROP_2015, "1,2", {"role": "plan", "period": "2015"}),
        (_CROP_2015, "450", {"role": "plan", "period": "2016"}),
        (_FIRES_2012, "4", {"kind": "change", "base": "2011"}),
        (_FIRES_2012, "71,4%", {"kind": "growth", "base": "2011"}),
        (_FIRES_2012, "0,9", {"kind": "change_points", "base": None}),
    ],
    ids=["the-same-season-a-year-before-in-brackets", "an-archives-shelf-metres", "square-metres-written-out",
         "cubic-metres-written-out", "a-season-named-with-its-year-after-the-noun", "a-crop-years-harvest-year",
         "a-fall-after-an-earlier-years-level-in-brackets", "its-percent", "a-rates-move-in-points-has-none"],
)
def test_a_season_before_in_brackets_metres_written_out_and_a_move_from_the_bracket_before(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_RICE_PURCHASE_2015 = ("Năm 2014, tỉnh xuất khẩu 1,2 triệu tấn gạo, tăng 5% so với năm 2013; kim ngạch năm 2014 "
                       "đạt 520 triệu USD. Quý I/2015, các doanh nghiệp ước xuất khẩu 152.000 tấn gạo.\n\n"
                       "Vụ Đông Xuân 2014-2015, toàn tỉnh có 8 doanh nghiệp được giao chỉ tiêu thu mua tạm trữ "
                       "(5 doanh nghiệp thuộc Tổng công ty và 3 doanh nghiệp địa phương). Cụ thể, lúa tươi IR 50404 "
                       "giá 4.400 đồng/kg.\n\n"
                       "Kết quả thu mua tạm trữ lúa gạo vụ Đông Xuân 2014-2015 (tính đến ngày 25/3/2015)\n\n"
                       "TT | Doanh nghiệp | Chỉ tiêu được giao (tấn) | Đã mua (tấn) | Tỷ lệ (%)\n"
                       "1 | Công ty A | 30.000 | 19.850 | 66,2\n"
                       "| Tổng cộng | 130.000 | 85.215 | 65,6\n")
_TARGET_BRACKETS = ("Năm 2018, mật độ thuê bao đạt 7,54 thuê bao/100 dân, vượt kế hoạch (7,2 thuê bao/100 dân). Vốn "
                    "đầu tư 3 năm đạt 48.560 tỷ đồng, bằng 55,2% mục tiêu Nghị quyết (88.000 tỷ đồng giai đoạn "
                    "2021-2025). Tỷ lệ doanh nghiệp có thỏa ước lao động tập thể đạt 62,4%.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_RICE_PURCHASE_2015, "19.850", {"role": "actual"}),
        (_RICE_PURCHASE_2015, "85.215", {"role": "actual"}),
        (_RICE_PURCHASE_2015, "130.000", {"role": "plan"}),
        (_RICE_PURCHASE_2015, "152.000", {"qualifier": "estimated"}),
        (_RICE_PURCHASE_2015, "5", {"role": "actual"}),
        (_TARGET_BRACKETS, "7,2", {"role": "plan"}),
        (_TARGET_BRACKETS, "88.000", {"role": "plan"}),
        (_TARGET_BRACKETS, "62,4%", {"qualifier": "exact"}),
    ],
    ids=["a-column-of-what-is-done-under-a-crop-years-title", "its-total", "the-quota-column",
         "an-estimate-word-opening-its-verb", "the-first-part-of-a-count-listed-in-brackets",
         "a-target-in-brackets-with-its-per-hundred", "a-target-in-brackets-naming-its-span",
         "a-collective-agreement-is-no-estimate"],
)
def test_a_column_done_an_estimate_before_its_verb_and_parts_listed_in_brackets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [(_RICE_PURCHASE_2015, "50404"), ("Cụ thể, xi măng PC 40 giá 1.500.000 đồng/tấn.", "40")],
    ids=["a-rice-varietys-code-before-its-price", "a-cements-grade-before-its-price"],
)
def test_a_codes_number_before_the_goods_price_is_a_name(text, code):
    assert all(r["surface"] != code for r in figures(text))


_POPULATION_2013 = ("Dân số năm 2013 theo huyện như sau:\n\n"
                    "TT | Huyện, thành phố | Dân số trung bình (người) | Tỷ lệ tăng tự nhiên (‰)\n"
                    "1 | Thành phố Thái Bình | 186.840 | 7,1\n"
                    "| Toàn tỉnh | 1.788.650 | 5,3\n\n"
                    "Năm 2013, tổng số trẻ sinh ra trong năm 186 cháu; trong năm 2013 có 15 xã đạt chuẩn.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("7,1", {"unit": "per_mille", "kind": "growth", "base": None}), ("5,3", {"unit": "per_mille", "kind": "growth"}),
     ("186", {"kind": "count", "period": "2013"}), ("15", {"kind": "count"})],
    ids=["a-column-of-the-rate-of-a-rise-in-per-mille", "its-total", "what-the-year-counted-after-trong-nam",
         "a-year-after-trong-nam-stays-a-year"],
)
def test_a_rise_rate_column_in_per_mille_and_what_the_year_counted(surface, expected):
    assert fields_at(_POPULATION_2013, surface, expected) == expected


_TOURISM_9M_FLAT = ("Kết quả 9 tháng năm 2017:\n\nTT\n\nChỉ tiêu\n\nĐVT\n\nKế hoạch năm 2017\n\nThực hiện 9 tháng\n\n"
                    "So với cùng kỳ (%)\n\nSo với KH năm (%)\n\n"
                    "1\n\nTổng lượt khách\n\nLượt khách\n\n6.500.000\n\n5.120.000\n\n112,4\n\n78,8\n\n"
                    "1.1\n\nKhách quốc tế\n\nLượt khách\n\n800.000\n\n642.500\n\n118,6\n\n80,3\n\n"
                    "Dự kiến cả năm đạt 6,6 triệu lượt khách.\n")
_COUNCIL_2016 = ("Năm 2016, giá trị sản xuất ước đạt 9.846 tỷ đồng, tăng 9,1% so với năm 2015 (NQ tăng 9,5%); tỷ lệ hộ "
                 "nghèo giảm còn 7,85%, giảm 2,64% so với năm 2015 (NQ giảm 2,5%); tỷ lệ lao động qua đào tạo đạt "
                 "52,1% (NQ 54%).\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TOURISM_9M_FLAT, "6.500.000", {"role": "plan", "period": "2017"}),
        (_TOURISM_9M_FLAT, "5.120.000", {"role": "actual", "period": None}),
        (_TOURISM_9M_FLAT, "112,4", {"kind": "plan_ratio", "base": "previous_year"}),
        (_TOURISM_9M_FLAT, "80,3", {"kind": "plan_ratio", "base": "plan"}),
        (_COUNCIL_2016, "9,5%", {"kind": "growth", "role": "plan", "period": "2016"}),
        (_COUNCIL_2016, "2,5%", {"kind": "change_points", "role": "plan"}),
        (_COUNCIL_2016, "54%", {"role": "plan"}),
        (_COUNCIL_2016, "9,1%", {"role": "actual"}),
    ],
    ids=["a-flattened-tables-plan-column", "its-result-column-naming-months", "against-the-same-period",
         "against-the-years-plan", "a-resolutions-target-in-brackets-as-nq", "a-fall-it-sets-in-points",
         "a-level-it-sets", "the-result-before-it"],
)
def test_a_flattened_result_column_naming_months_and_the_resolutions_abbreviation(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_a_flattened_tables_row_numbers_are_no_figures():
    surfaces = [r["surface"] for r in figures(_TOURISM_9M_FLAT)]
    assert "1.1" not in surfaces and "1" not in surfaces


def test_a_table_flattened_one_cell_per_paragraph_in_a_text_of_single_breaks():
    """The cells parted by blank lines though the prose around is not: every other line read as the table."""
    prose = "Công tác du lịch được các cấp, các ngành quan tâm chỉ đạo.\n" * 40
    text = prose + _TOURISM_9M_FLAT
    assert fields_at(text, "5.120.000", {"role": "actual", "period": None}) == {"role": "actual", "period": None}
    assert fields_at(text, "80,3", {"kind": "plan_ratio", "base": "plan"}) == {"kind": "plan_ratio", "base": "plan"}


_CPI_2011 = ("Chỉ số giá tiêu dùng tháng 9/2011 theo nhóm hàng:\n\n"
             "TT | Nhóm hàng | Tháng 9/2011 so với tháng 8/2011 (%) | So với tháng 12/2010 (%) "
             "| So với cùng kỳ (%)\n"
             "| Chỉ số giá tiêu dùng chung | 100,76 | 116,21 | 121,87\n"
             "1 | Hàng ăn và dịch vụ ăn uống | 100,58 | 119,64 | 128,35\n")
_BUDGET_2018 = ("I. KẾT QUẢ THỰC HIỆN NĂM 2018\n\nThu từ doanh nghiệp nhà nước ước 88,2 tỷ đồng, bằng 92,8% dự toán "
                "(- 6,7% so với cùng kỳ); thu phí ước 61,5 tỷ đồng, bằng 102,4% dự toán (giảm 3,2% so với cùng "
                "kỳ).\n")
_TERM_2010 = ("Phần thứ nhất\n\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIV, NHIỆM KỲ 2005 - "
              "2010\n\nTốc độ tăng trưởng bình quân 5 năm đạt 11,8%/năm (Nghị quyết 11 - 12%). Thu nhập bình quân đầu "
              "người năm 2010 đạt 13,5 triệu đồng (Nghị quyết 12 triệu đồng). Trong 5 năm đã giải quyết việc làm "
              "cho 16.500 lao động. Sau 5 năm thực hiện Nghị quyết, toàn huyện có thêm 118 doanh nghiệp.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_CPI_2011, "100,76", {"kind": "plan_ratio", "period": "2011-09"}),
        (_CPI_2011, "116,21", {"kind": "plan_ratio", "period": "2011-09"}),
        (_CPI_2011, "128,35", {"kind": "plan_ratio", "period": "2011-09", "base": "previous_year"}),
        (_BUDGET_2018, "- 6,7%", {"value": -6.7, "kind": "growth", "role": "actual", "base": "previous_year"}),
        (_BUDGET_2018, "3,2%", {"kind": "growth", "role": "actual", "base": "previous_year"}),
        (_TERM_2010, "11 - 12%", {"role": "plan"}),
        (_TERM_2010, "12", {"role": "plan", "period": "2010"}),
        (_TERM_2010, "16.500", {"period": "2006-2010"}),
        (_TERM_2010, "13,5", {"role": "actual", "period": "2010"}),
    ],
    ids=["a-comparison-column-naming-its-month", "the-next-naming-only-its-base",
         "against-the-same-month-a-year-before", "a-minus-sign-set-apart-in-a-bracket",
         "a-change-against-a-time-in-a-bracket-after-the-estimate", "a-resolutions-target-in-brackets",
         "a-level-it-set", "what-the-terms-years-did-after-trong-5-nam", "the-result-before-the-target"],
)
def test_comparisons_naming_only_their_base_a_set_apart_minus_and_a_resolutions_brackets(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


def test_the_years_of_a_terms_span_opening_a_sentence_are_no_figure():
    surfaces = [r["surface"] for r in figures(_TERM_2010)]
    assert "5" not in surfaces and "118" in surfaces


_TET_2014 = ("Kết quả một số mặt trong 9 ngày Tết:\n\n"
             "TT | Nội dung | Tết Quý Tỵ 2013 | Tết Giáp Ngọ 2014 | Tăng, giảm (%)\n"
             "1 | Số suất quà trao cho hộ nghèo (suất) | 90.840 | 98.650 | +8,6\n"
             "2 | Số vụ tai nạn giao thông (vụ) | 12 | 9 | -25,0\n")
_HEALTH_2013 = ("I. KẾT QUẢ NĂM 2013\n\nTổng kinh phí sự nghiệp y tế được giao năm 2013 là 612,4 tỷ đồng, tăng 9,2% so "
                "với năm 2012. Thu giữ 1.254,6 gam heroin và 2,8 kg cần sa.\n")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_TET_2014, "90.840", {"role": "context", "period": None}),
        (_TET_2014, "98.650", {"role": "actual", "period": None}),
        (_TET_2014, "-25,0", {"kind": "growth", "period": None}),
        (_HEALTH_2013, "612,4", {"role": "plan", "period": "2013"}),
        (_HEALTH_2013, "9,2%", {"role": "plan", "base": "2012"}),
        (_HEALTH_2013, "1.254,6", {"kind": "amount", "counted": "gam heroin"}),
    ],
    ids=["an-earlier-festivals-column-the-level-compared-with", "the-festivals-column-names-no-period",
         "their-comparison", "a-sum-allotted-past-its-year", "its-rise", "a-weight-in-grams"],
)
def test_festival_columns_a_sum_allotted_past_its_year_and_grams(text, surface, expected):
    assert fields_at(text, surface, expected) == expected


_TRANSPORT_PLAN_2017 = ("SỞ GIAO THÔNG VẬN TẢI\nSố: 58/KH-SGTVT\n\nKẾ HOẠCH\nPhát triển ngành giao thông vận tải năm "
                        "2017\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nPhát huy kết quả đạt được năm 2016, khi toàn ngành xây dựng "
                        "mới 61,8 km đường tỉnh.\n\nII. CHỈ TIÊU CHỦ YẾU\n\n1. Đầu tư xây dựng mới và nâng cấp 68,5 km "
                        "đường tỉnh; tỷ lệ đường được cứng hóa đạt 78,5%.\n\nIII. NHIỆM VỤ, GIẢI PHÁP\n\nHoàn thành 12 "
                        "cầu.\n")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("61,8", {"role": "actual", "period": "2016"}), ("68,5", {"role": "plan", "period": "2017"}),
     ("78,5%", {"role": "plan", "period": "2017"}), ("12", {"role": "plan", "period": "2017"})],
    ids=["the-year-befores-result-recalled-in-a-plan", "under-a-plans-heading-of-targets-naming-no-year",
         "a-rate-there", "its-tasks"],
)
def test_a_plans_heading_of_targets_naming_no_year_and_the_year_befores_results(surface, expected):
    assert fields_at(_TRANSPORT_PLAN_2017, surface, expected) == expected
