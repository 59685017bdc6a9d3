"""A generator of synthetic Vietnamese year-end reports with known figures.

Each report is prose assembled from sentence templates in the shapes real reports
use; every number is drawn at random and written the Vietnamese way, so the truth
(value, unit, kind) of every figure is known and accuracy can be checked at scale.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from solieu.numbers import format_number

PLACES = ["huyện Mai Sơn", "thành phố Sơn La", "huyện Mộc Châu", "thị xã Nghĩa Lộ", "tỉnh Yên Bái",
          "huyện Thuận Châu", "thành phố Lào Cai", "huyện Bắc Yên"]

# (template, unit, kind, scale, decimals, low, high); {n} is the number's place.
TEMPLATES = [
    ("Tổng thu ngân sách trên địa bàn năm {year} đạt {n} tỷ đồng", "VND", "amount", 1e9, 1, 50, 3000),
    ("giá trị sản xuất các ngành kinh tế tăng {n}% so với năm {prev}", "percent", "growth", 1, 2, 1, 20),
    ("thành lập mới {n} doanh nghiệp", "count", "count", 1, 0, 3, 400),
    ("tỷ lệ đô thị hóa đạt {n}%", "percent", "share", 1, 2, 10, 95),
    ("sản lượng lương thực đạt {n} tấn", "tonne", "amount", 1, 0, 1000, 90000),
    ("diện tích trồng mới {n} ha cây ăn quả", "ha", "amount", 1, 1, 10, 3000),
    ("thu nhập bình quân đầu người đạt {n} triệu đồng/người/năm", "VND_per_person_per_year", "rate",
     1e6, 1, 20, 90),
    ("thu tiền sử dụng đất bằng {n} lần so với năm {prev}", "times", "multiple", 1, 1, 1, 9),
    ("kim ngạch xuất khẩu đạt {n} triệu USD", "USD", "amount", 1e6, 2, 1, 300),
    ("làm mới {n} km đường giao thông nông thôn", "km", "amount", 1, 1, 1, 120),
    ("cấp mới đăng ký kinh doanh cho {n} hộ", "count", "count", 1, 0, 100, 5000),
    ("tổng đàn gia súc đạt {n} con", "count", "count", 1, 0, 10000, 2000000),
    ("thu ngân sách bằng {n}% dự toán tỉnh giao", "percent", "plan_ratio", 1, 1, 80, 160),
]

FILLER = [
    "Công tác lãnh đạo, chỉ đạo được triển khai đồng bộ, quyết liệt theo Kế hoạch số 87-KH/TU "
    "ngày 11/3/{year} của Ban Thường vụ.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững.",
    "Thực hiện Quy hoạch sử dụng đất thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
    "Tích hợp các dịch vụ công trực tuyến mức độ 3, 4 lên cổng dịch vụ công.",
    "Công tác cải cách hành chính tiếp tục được quan tâm chỉ đạo, chất lượng phục vụ người dân, "
    "doanh nghiệp từng bước được nâng lên.",
    "Các chính sách an sinh xã hội được thực hiện kịp thời, đúng đối tượng, không để ai bị bỏ lại "
    "phía sau.",
    "Tuy nhiên, sản xuất nông nghiệp còn gặp nhiều khó khăn do thời tiết diễn biến bất thường, "
    "giá vật tư đầu vào tăng cao.",
    "Ủy ban nhân dân đã tập trung chỉ đạo các cơ quan, đơn vị rà soát, tháo gỡ khó khăn, vướng mắc "
    "trong công tác giải phóng mặt bằng theo Nghị quyết số 12/NQ-HĐND.",
    "Phong trào thi đua yêu nước được phát động sâu rộng, gắn với việc học tập và làm theo tư tưởng, "
    "đạo đức, phong cách Hồ Chí Minh.",
    "Công tác phòng chống dịch bệnh Covid-19 được thực hiện hiệu quả trong trạng thái bình thường mới.",
]


@dataclass(frozen=True)
class Truth:
    surface: str
    value: float
    unit: str
    kind: str


def report(seed: int, sentences: int = 60) -> tuple[str, list[Truth]]:
    """One synthetic report and the truth of each of its figures, in text order."""
    rng = random.Random(seed)
    year = rng.randint(2015, 2025)
    place = rng.choice(PLACES)
    parts, truths = [f"Báo cáo kết quả năm {year} của {place}\n"], []
    for i in range(sentences):
        if i % 2 == 1:  # real reports: about one sentence in two states no figure
            parts.append(rng.choice(FILLER).format(year=year) + " ")
            continue
        template, unit, kind, scale, decimals, low, high = rng.choice(TEMPLATES)
        x = round(rng.uniform(low, high), decimals)
        surface = format_number(x) if decimals == 0 or x != int(x) else format_number(int(x))
        sentence = template.format(n=surface, year=year, prev=year - 1)
        parts.append(sentence[0].upper() + sentence[1:] + ". ")
        truths.append(Truth(surface + ("%" if unit == "percent" else ""), x * scale, unit, kind))
        if i % 12 == 11:
            parts.append("\n")
    return "".join(parts), truths


def sentences(text: str) -> list[str]:
    """A report's sentences (split after . ! ? or a line break), stripped, non-empty."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 20]


def recombined(pool: list[str], seed: int, n: int = 40) -> str:
    """A report of ``n`` sentences of ``pool`` (a real report's) in a random order, one
    paragraph each: the figures are real ones, and no sentence is there twice, so every
    indicator a real report resolves is resolved here too (the templates of
    :func:`report` repeat and make indicators ambiguous)."""
    return "\n\n".join(random.Random(seed).sample(pool, min(n, len(pool)))) + "\n"
