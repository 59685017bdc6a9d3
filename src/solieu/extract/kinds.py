"""A figure's kind (count, amount, share, growth, change, plan_ratio, …) from its unit, its
change word and its clause, and the direction ("up", "down") of a change."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from solieu.extract.clauses import (
    ADJUSTED_FROM,
    DIGIT,
    HAS_LETTER,
    ITEM_DASHES,
    MONEY,
    PLAN_BASES,
    POINTS,
    STARTING_LEVEL,
    after_a_pair_word,
    back_to_a_plan_marker,
    base_after,
    blank_brackets,
    bracketed_after,
    change_in_a_count,
    change_in_percent,
    dues_cut,
    excess_over_a_speed_limit,
    licence_points_deducted,
    measured_in_a_unit,
    open_bracket,
    ratio_to_a_years_level,
    result_target,
    signed_change_after_percent,
    split_of_a_quota,
    symbol_equated,
    target_beaten_by_points,
    target_brackets,
    trimmed,
    year_level_words,
)
from solieu.extract.document import Context
from solieu.extract.exclusions import lasted
from solieu.extract.figure import Figure
from solieu.extract.periods import periods_named
from solieu.extract.scan import COEFFICIENT, DURATION_IN_PARTS
from solieu.extract.tables import weighed
from solieu.extract.vocabulary import PLUS_MINUS, vocabulary

COMPARED_BEFORE_REACH: Final = 30  # "so KH năm:": what a comparison word names right before a percent
_WORDS_ONLY: Final = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")  # "KH năm", "cùng kỳ": words, no number nor break


def _compared_before(c: Context) -> str | None:
    """ "so KH: 92,0%", "(so CK: +3,8%; so KH: 98,2%)": a comparison word, what it compares with and maybe a colon
    right before a percent, as a key-figure list writes "bằng 92% KH" the other way round; the base, else None."""
    left = c.raw_left.rstrip(" :")
    against = vocabulary().tables.against
    if (at := against.last(left)) < 0:
        return None  # the usual percent: no comparison word before it
    rest = left[at + len(against.starting(left[at:]) or ""):].strip()
    if len(rest) > COMPARED_BEFORE_REACH or not _WORDS_ONLY.fullmatch(rest) or vocabulary().verbs.found(rest):
        return None  # "so với cùng kỳ, chiếm 36,4%", "so với năm trước và bằng 36,7%": closed before the percent
    return base_after(rest)


def _target_after_its_result(c: Context) -> bool:
    """ "ước đạt 6,8%/năm, Nghị quyết đề ra 7-7,5%": after a comma closing the figure before (and the rest of
    its unit), a plan marker alone, maybe with its gap words, then the number: that figure's target."""
    words = c.raw_left.strip()
    if words[:1] == "/":
        unit_rest, _, words = words.partition(" ")  # the "/năm," the figure before's span stops short of
        if not unit_rest.endswith(","):
            return False
    elif words[:1] == ",":
        words = words[1:].lstrip()
    else:
        return False  # the usual answer
    return bool(words) and vocabulary().plan_markers.is_one(back_to_a_plan_marker(words))


PER_AREA: Final = ("ha", "ha_per_year")  # a yield's per: each ha, maybe each year too


def kind(c: Context, change: str | None, plus: bool = False) -> str:
    """What sort of quantity: count, amount, share, growth, change, plan_ratio, …; ``plus``: a plus
    sign stands before the number."""
    v = vocabulary()
    f = c.f
    after = c.right.lstrip()
    if f.unit == "times":
        return "other" if f.why.get("unit", "").startswith(COEFFICIENT) else "multiple"  # "hệ số 1,2"
    if f.unit == "percent" and not change and v.base_wages.starting(after.lower()):
        return "share"  # "bằng 80% mức lương cơ sở/học sinh/tháng": a share of a level set before, no plan's
    if f.denominator is not None:
        return "progress"
    if f.unit == "count" and (_second_change_of_a_list(c) or change_in_a_count(c)):
        return "change"  # "tăng 264 cơ sở, 4.440 buồng so với năm 2015", "giảm 2% (tương đương khoảng 3.500 hộ)"
    if c.raw_left.rstrip().endswith(PLUS_MINUS):
        return "other"  # "sai số ± 0,5%", "28°C (± 1,5°C)": a tolerance either side of a level, no level itself
    if f.unit_word and v.age_words.starting(f.unit_word):
        # "tuổi thọ trung bình 74,6 tuổi": an age is a level in years, its rise a change ("tăng 0,2 tuổi")
        return "change" if change else "amount"
    if f.unit == "year" and v.time_taken.found(c.left):
        return "amount"  # "thời gian thu phí hoàn vốn là 22 năm": a length of time, a level in years
    if f.unit in ("year", "star") or (f.unit == "m" and v.road_words.ending(c.raw_left.rstrip())):
        return "other"  # an anniversary, a rating, a road named by its width
    if f.counted and f.counted[:1] == "k" and excess_over_a_speed_limit(c):
        return "change"  # "giới hạn 60 km/h, vượt 18 km/h": by how much the speed passed the limit
    if f.counted and licence_points_deducted(c):
        return "other"  # "trừ 04 điểm giấy phép lái xe": points off a licence, no count of things
    if f.per and change:
        return "change"  # "giá bán … cao hơn năm trước 3.500 đồng/kg": a rate moved by so much
    if f.per:
        # a yield ("28 tấn/ha", "370 kg/ha/năm") is a level per area, as "tạ/ha" is; money per ha is a rate
        # (not a dose put on each ha: "lượng giống gieo sạ không quá 100 kg/ha", "bón 200 kg phân/ha")
        numerator, _, per = f.unit.partition("_per_")
        # plants or animals per ha, no time, are a density, a rate ("Mật độ … đạt khoảng 520 cây/ha"); fruits per ha
        # a year are a yield ("năng suất bình quân 10.250 trái/ha/năm")
        return "amount" if per in PER_AREA and numerator not in MONEY and f.unit != "count_per_ha" \
            and not v.doses.found(c.head) else "rate"
    if f.unit in ("percentage_point", "per_mille_point"):
        # "đóng góp 1,82 điểm phần trăm vào mức tăng chung", "làm giảm 0,1 điểm phần trăm": a part of a
        # growth, no change of a rate
        return "other" if v.contribution_words.found(c.left) or v.contribution_verbs.ending(c.left) \
            or _caused_change(c.left) else "change_points"
    if (p := c.prev) is not None and p.kind in ("change", "change_points") and p.base in PLAN_BASES \
            and bracketed_after(c) and POINTS.get(p.unit, p.unit) == POINTS.get(f.unit, f.unit) and _planned_change(c):
        return p.kind  # "vượt 0,1‰ so với kế hoạch giảm sinh được giao (0,2‰)": the plan is itself a fall
    if c.prev is not None and c.prev.kind == "change" and c.prev.unit == f.unit and _compared_level(c):
        pass  # "vượt 1.540 ha so với mục tiêu (20.000 ha)": the level compared with, read as a level
    elif c.prev is not None and bracketed_after(c) and c.prev.unit == f.unit and v.plan_markers.found(c.raw_left) \
            and not (c.prev.kind in ("change", "growth") and c.prev.base in PLAN_BASES) \
            and not (c.prev.kind == "plan_ratio" and c.prev.base in PLAN_BASES
                     and v.plan_markers.starting(c.raw_left.rpartition("(")[2].lstrip())):
        # "tăng 5,5% (KH 6,5-7%)": the target of the same quantity; after a change against the plan
        # ("vượt 48 phiên so với kế hoạch (kế hoạch 100 phiên)") or a ratio to it ("đạt 99,2% kế hoạch năm (KH 95%)")
        # the bracket gives the plan's level
        return c.prev.kind
    elif c.prev is not None and c.prev.kind == "amount" and bracketed_after(c) and c.prev.unit == f.unit \
            and (at := c.raw_left.rfind("(")) >= 0 and v.norm_sources.starting(c.raw_left[at + 1:].lstrip()):
        return c.prev.kind  # "bình quân 3,8 ngày (quy định của EVN không quá 7 ngày)": the norm for the same measure
    elif c.prev is not None and c.prev.kind and result_target(c):
        return c.prev.kind  # "tăng 7,42%, vượt chỉ tiêu … đề ra (7,0%)": the result's target
    elif c.prev is not None and c.prev.kind and c.prev.unit == f.unit and _target_after_its_result(c):
        return c.prev.kind  # "tăng trưởng … ước đạt 6,8%/năm, Nghị quyết đề ra 7-7,5%": the same quantity's target
    if f.unit in ("percent", "per_mille") and (p := c.prev) is not None \
            and POINTS.get(p.unit, p.unit) == POINTS.get(f.unit, f.unit) \
            and p.kind in ("growth", "change_points") and after_a_pair_word(c):
        return p.kind  # "so với năm 2018 tăng lần lượt 9,2% và 10,1%": the second of a pair of changes
    if f.unit in ("percent", "per_mille") and (p := c.prev) is not None and p.unit == f.unit and p.kind == "growth" \
            and p.why.get("role", "").startswith((STARTING_LEVEL, ADJUSTED_FROM)) \
            and v.to_level.is_one(c.raw_left.strip()):
        return p.kind  # "chỉ tiêu tăng trưởng GDP từ 14,5% xuống 10 - 11%": the level the same growth moves to
    if f.unit in ("percent", "per_mille"):
        if target_beaten_by_points(c):
            # "tăng trưởng đạt 8,7%, vượt 0,7% so với Nghị quyết HĐND huyện (8%)": the target rate
            return "growth" if v.growth_words.found(c.head) else "share"
        if change and f.unit == "percent" and (v.fee_shares.starting(c.right.lstrip()) or dues_cut(c)):
            return "share"  # "giảm 50% số thuế phải nộp", "miễn 100% học phí": the part of a charge cut or waived
        if change or f.value < 0 or plus:  # "(-1,25%)", "(+7,2%)": a signed percent is a change
            return "change_points" if f.rate or f.unit == "per_mille" or _target_of_a_fall_in_points(c) \
                or _share_beating_its_target(c, change) or _change_of_a_small_groups_share(c) else "growth"
        after_colon = c.raw_left.rpartition(":")[2]
        if not c.head.strip() and v.growth_words.starting(c.right.lstrip()):
            return "growth"  # "8,6% Tốc độ tăng trưởng GRDP ▲ 1,2 điểm %": a key-figure card, its label after it
        if v.growth_words.found(after_colon if HAS_LETTER.search(after_colon) else c.raw_left):
            return "growth"  # "động lực tăng trưởng của tỉnh: năm 2024, … đóng góp 76,8%": a share
        if change_in_percent(c):
            return "growth"  # "tăng 24 ca (14,8%) so với tuần trước": the same change in %
        if c.prev is not None and c.prev.kind == "growth" and c.prev.unit == f.unit \
                and v.extremes.is_one(blank_brackets(c.raw_left).strip(" ,")):
            return "growth"  # "mức tăng cao nhất 35% (đường Xuân Viên), thấp nhất 8%": the range's other end
        if (v.ratio_words.starting(after) or v.comparison.starting(after)) and not split_of_a_quota(c):
            return "plan_ratio"
        if ratio_to_a_years_level(c):
            return "plan_ratio"  # "bằng 97,1% ước thực hiện năm 2024": of that year's estimated level
        if _of_a_planned_quantity(after):
            return "plan_ratio"  # "hoàn thành 100% diện tích kế hoạch": of the area the plan sets
        if _ratio_to_a_limit(c):
            return "plan_ratio"  # "bằng 6% giới hạn cột B của QCVN 19:2009/BTNMT": of the limit it is held against
        if not after.strip(" .;") and _reaching_a_plan_named_before(c):
            return "plan_ratio"  # "Còn 5 huyện chưa đạt kế hoạch, thấp nhất là huyện Mường Lát đạt 61,2%"
        if c.prev is not None and c.prev.kind == "growth" and c.prev.unit == f.unit and _another_time_of_it(c):
            return "growth"  # "tăng trưởng GRDP Quý IV đạt trên 7,5%, cả năm 2024 đạt từ 6,8 đến 7%"
        if _compared_before(c):
            return "plan_ratio"  # "(so CK: +3,8%; so KH: 92,0%)": a ratio to what its words before name
        return "share"
    if f.unit == "count" and f.why.get("unit") == DURATION_IN_PARTS:
        # "về nhất với thời gian 2 giờ 31 phút 05 giây", "nhanh hơn 3 phút 12 giây so với năm 2024": a time is a
        # level measured in its parts, its gap a change
        return "change" if change else "amount"
    if change or (f.value < 0 or plus) and signed_change_after_percent(c):
        return "change"  # "giảm 3,2% (-56 tỷ đồng)": the same change in the row's unit
    if plus and _plus_as_a_rise(c):
        return "change"  # "tỷ lệ bao phủ 91,6%, +12 hộ tham gia trong tuần": a plus sign written for "tăng"
    if f.unit == "count" and symbol_equated(c):
        return "other"  # "rừng trung bình K = 0,95": the value a formula's coefficient is given
    if f.unit == "count" and not f.counted and c.prev is None \
            and v.coefficients.starting(c.head.lstrip(ITEM_DASHES)):
        return "other"  # "Hệ số GINI năm 2024 là 0,362": a named coefficient, a place on its scale
    if f.unit == "count" and not f.counted and f.cell is None and _on_an_index_scale(c):
        return "other"  # "Giá trị AQI giờ cao nhất … là 238": a place on the index's own scale
    if f.unit == "count" and f.counted and v.scores.is_one(f.counted.lower()) \
            and not v.score_lookalikes.found(c.window.lower()) \
            and (not f.value.is_integer() or v.scores.found(_unquoted(c.window).lower()) or _after_a_score(c)
                 or _points_added(c)):
        # "điểm trung bình các bài thi đạt 6,94 điểm", "Điểm DDCI bình quân đạt trên 82 điểm": a score, not a
        # count; so is a whole number of points after a score ("cao nhất 26,5 điểm; ngành Y 22 điểm")
        return "other"
    if f.unit == "count" and f.counted and v.durations.is_one(f.counted.lower()) \
            and v.per_one_average.found(c.raw_left):
        # "Ngày điều trị trung bình 6,2 ngày", "- Thời gian lưu trú bình quân: 2,3 ngày": an average duration, a level
        return "amount"
    if f.unit == "count" and f.counted and v.durations.is_one(f.counted.lower()) and _longest_or_shortest(c):
        return "amount"
    if f.unit == "count" and f.counted and (_average_length_in_its_sentence(c) or _part_of_a_length_before(c)):
        return "amount"
    if f.unit == "count" and f.counted and _time_taken_to_a_level(c):
        return "amount"
    if f.unit == "count" and f.counted and _a_length_lasted(c):
        return "amount"
    if f.unit == "count" and f.counted and _length_per_one_thing(c):
        return "amount"
    if f.unit == "count" and f.counted and _days_a_stock_lasts(c):
        return "amount"
    if f.unit == "count" and f.counted and measured_in_a_unit(f.counted):
        return "amount"
    if f.unit == "count" and f.counted and weighed(f.counted):
        return "amount"
    return "count" if f.unit == "count" else "amount"


def _ratio_to_a_limit(c: Context) -> bool:
    """ "Nồng độ bụi sau xử lý dự báo khoảng 12 mg/Nm3, bằng 6% giới hạn cột B của QCVN 19:2009/BTNMT": a percent
    right after a ratio's verb, then a limit's word, is the level as a percent of the limit it is held against;
    "chiếm 6% diện tích" is a share."""
    v = vocabulary()
    return bool(v.limit_words.starting(c.right.lstrip())) and year_level_words()[0].ending(c.left) is not None


def _longest_or_shortest(c: Context) -> bool:
    """ "thời gian … bình quân 16 ngày, dài nhất tại xã Thanh Ngọc là 34 ngày": days (or months) after the longest or
    shortest of a time in their clause are a length, a level (an amount), not a count of days."""
    return vocabulary().length_extremes.found(c.raw_left) is not None


def _average_length_in_its_sentence(c: Context) -> bool:
    """ "Chỉ số thời gian mất điện trung bình (SAIDI) là 245 phút, … thấp hơn chỉ tiêu … (280 phút)", "SAIDI
    không quá 220 phút": minutes or hours in a sentence naming an average before them (a word or an index of
    average length) measure a length, a level (an amount), as the average word's own clause does."""
    v = vocabulary()
    if c.f.counted is None or not v.row_durations.is_one(unit := c.f.counted.lower().partition(" ")[0]):
        return False  # "phát sóng 6.570 giờ chương trình phát thanh": hours, then what they are of
    head = c.head.lstrip(ITEM_DASHES + " ")
    if (number := v.number_words.starting(head)) and head[len(number):].lstrip().startswith(unit):
        return False  # "Số ngày có nồng độ PM2.5 trung bình 24 giờ vượt QCVN … là 64 ngày": how many days, a count
    # "Tổng số giờ nắng năm là 1.642 giờ": a number of hours named before them, a total measured in hours
    # "Thời gian một lượt chạy xe khoảng 65 phút": the time a run takes, a length too
    return bool(v.per_one_average.found(c.head) or v.average_indices.found(c.head) or v.hour_totals.found(c.head)
                or v.trip_times.found(c.head))


def _part_of_a_length_before(c: Context) -> bool:
    """ "SAIDI … là 386 phút, giảm 112 phút …; trong đó thời gian mất điện do bảo dưỡng … là 214 phút": minutes or
    hours in a clause opening with a part's word ("trong đó", "riêng") after a ";", past a length in the same unit
    (a level or its change) in the full sentence, are a part of that length, a level (an amount) as it is."""
    e = c.earlier
    if e is None or e.kind not in ("amount", "change") or c.f.counted is None or e.counted != c.f.counted:
        return False  # the usual answer: no length before it across a ";"
    v = vocabulary()
    return v.measured_durations.is_one(c.f.counted.lower()) and c.full < c.ss \
        and v.part_openers.starting(c.head.lstrip(ITEM_DASHES + " ")) is not None


def _a_length_lasted(c: Context) -> bool:
    """ "màn bắn pháo hoa tầm cao kéo dài 15 phút", "kéo dài khoảng 8 tuần": minutes, hours, days, weeks or months
    right after a verb of lasting (an approximation between maybe), or hours summed ("tổng cộng khoảng 8 giờ"), are
    how long a thing lasted, a length (an amount), not a count of them."""
    v = vocabulary()
    unit = (c.f.counted or "").lower().partition(" ")[0]
    if not (v.measured_durations.is_one(unit) or v.durations.is_one(unit)) \
            or lasted(v, unit, v.qualifiers_approx.stripped(c.left, " ")) is None:
        return False  # the usual answer
    # "mưa lớn kéo dài 18 ngày", "đợt nắng nóng … đã kéo dài 4 ngày": a spell of weather counts its days
    return v.measured_durations.is_one(unit) or not v.weather_spells.found(c.head)


def _time_taken_to_a_level(c: Context) -> bool:
    """ "Rút ngắn thời gian giải quyết cấp điện xuống dưới 2,5 ngày", "thời gian thông quan giảm còn 1,5 ngày": days
    or hours a time taken is brought to (a word of the new level right before them, the time named in the
    clause) are its new level, an amount, not a count of days."""
    v = vocabulary()
    if c.f.counted is None or not v.durations.is_one(c.f.counted.lower()) or not v.time_taken.within(c.left):
        return False
    return bool(v.to_level.ending(trimmed(c.left, v.any_qualifier)) and v.time_taken.found(c.left))


def _length_per_one_thing(c: Context) -> bool:
    """ "thời gian giải quyết không quá 12 ngày/hồ sơ", "thời gian khắc phục 25 phút/lần": days, hours or minutes per
    one thing that is not a time itself are the length each takes, a level (an amount), not a count of days; "26
    ngày/tháng" stays a count of days in each month."""
    v = vocabulary()
    if c.f.counted is None or not v.durations.is_one(counted := c.f.counted.lower()):
        return False  # the usual answer
    right = c.right.lstrip()
    if not right.startswith(counted) or not (per := right[len(counted):]).startswith("/"):
        return False
    thing = per[1:].lstrip()
    return thing[:1].isalpha() and v.durations.starting(thing) is None and v.year_words.starting(thing) is None


def _days_a_stock_lasts(c: Context) -> bool:
    """ "lượng hàng tồn kho đạt 86.400 m3, đủ cung ứng cho khoảng 45 ngày", "đủ dùng trong 3 tháng": days or months
    right after words of how long a stock lasts (a qualifier between) are a length of time, an amount, not a count
    of days something happened on."""
    v = vocabulary()
    if c.f.counted is None or not v.durations.is_one(c.f.counted.lower()) or not v.lasting_words.within(c.left):
        return False  # the usual answer
    return v.lasting_words.ending(trimmed(c.left, v.any_qualifier)) is not None


def _on_an_index_scale(c: Context) -> bool:
    """ "Giá trị AQI giờ cao nhất ghi nhận … là 238", "chỉ số WQI tại cống Xuân Quan đạt 62": a bare number after
    an index read on a scale of its own, named in its clause: a place on that scale, not a count."""
    v = vocabulary()
    if not v.scale_indices.within(c.left):
        return False  # the usual answer
    clause = c.left[max(c.left.rfind(","), c.left.rfind(";")) + 1:]
    return v.scale_indices.found(clause) is not None


_QUOTED_NAME: Final = re.compile(r"“[^“”]*”")


def _unquoted(words: str) -> str:
    """``words`` without the names in quotes ("Xây dựng mới 312 “Điểm chữa cháy công cộng”": a place's
    name, no score)."""
    return _QUOTED_NAME.sub(" ", words) if "“" in words else words


PLANNED_NOUN_WORDS: Final = 2  # the noun between a percent and its plan word: "diện tích", "khối lượng"


def _of_a_planned_quantity(after: str) -> bool:
    """ "100% diện tích kế hoạch", "95% khối lượng kế hoạch": a percent of a quantity the plan sets, a short
    noun (no verb, digit nor mark) between the percent and its ratio word (or "theo" and it); "27,6% diện tích
    đã gieo trồng" is a share, and so are "27% tổng dự toán năm" (a part of the whole plan) and "mức 5% theo
    Nghị quyết"."""
    v = vocabulary()
    if v.group_sums.starting(after) or v.norm_sources.starting(after):
        return False
    words = after.split(maxsplit=PLANNED_NOUN_WORDS + 2)[:PLANNED_NOUN_WORDS + 2]
    for k in range(1, PLANNED_NOUN_WORDS + 1):
        noun = words[:k]
        if len(words) <= k or not all(w.isalpha() for w in noun) or v.verbs.found(" ".join(noun)):
            return False
        if v.ratio_words.starting(" ".join(words[k:])) or _planned_by(after.split(maxsplit=k)[-1]):
            return True
    return False


def _planned_by(rest: str) -> bool:
    """ "theo phương án tài chính …", "theo kế hoạch": after the quantity a percent is of, the plan that sets
    it, named by a ratio word after a word of setting ("bằng 91,2% doanh thu theo phương án tài chính")."""
    v = vocabulary()
    return bool((w := v.planned_by.starting(rest)) and v.ratio_words.starting(rest[len(w):].lstrip()))


def _another_time_of_it(c: Context) -> bool:
    """ "… đạt trên 7,5%, cả năm 2024 đạt từ 6,8 đến 7%": right after the figure before, a clause holding
    only a time and verbs or bounds before the number measures the same quantity over that time."""
    v = vocabulary()
    rest = c.raw_left.lstrip(" ,;")
    named = periods_named(rest, 0, len(rest))
    if named:
        if (lead := rest[:named[0][3]].strip()) and not v.time_clause_leads.is_one(lead):
            return False
        tail = rest[named[0][0]:]
    elif whole := v.whole_year.starting(rest):
        tail = rest[len(whole):]  # "…, cả năm đạt 7%"
    else:
        return False
    # "…, năm 2024 chiếm 30%", "…, cuối năm còn 8%": a share, a new level
    return not v.subject_trim.stripped(tail, " ,:").strip() and not v.share_verbs.found(tail) \
        and not v.to_level.found(tail)


def _points_added(c: Context) -> str | None:
    """ "Người dân tộc thiểu số được cộng 5 điểm", "bị trừ 2 điểm": points a rule adds to or takes from a
    score, a score too, not a count of places; the verb."""
    v = vocabulary()
    return v.score_additions.ending(trimmed(c.left, v.any_qualifier))


def _after_a_score(c: Context) -> bool:
    """The figure before, in the sentence or across its ";", is a score or a score's change."""
    p = c.prev or c.earlier
    return p is not None and p.unit == "count" and p.kind in ("other", "change") and bool(p.counted) \
        and vocabulary().scores.is_one((p.counted or "").lower())


CAUSED_SUBJECT_WORDS: Final = 4  # "làm CPI chung tăng": the words of what a cause moves


def _caused_change(left: str) -> str | None:
    """ "tác động làm CPI chung tăng 0,28 điểm phần trăm": a causative, what it moves in a few words with
    no verb, then a change verb right before the figure in points: the part one item has in the change
    of a whole, as "làm tăng 0,28 điểm phần trăm" is; the causative."""
    v = vocabulary()
    if not (change := v.change.ending(left)) or (at := v.causatives.last(head := left[:-len(change)])) < 0:
        return None
    word = v.causatives.starting(head[at:]) or ""
    moved = head[at + len(word):]
    if not 0 < len(moved.split()) <= CAUSED_SUBJECT_WORDS or v.verbs.found(moved) or v.change.found(moved):
        return None
    return word


@cache
def _count_and_its_share() -> re.Pattern[str]:
    """A count, the words of what it counts, a share verb and the share in %, a comma, then words only to the end."""
    verbs = vocabulary().share_verbs.pattern
    return re.compile(rf"(?<![\d.,])(\d{{1,3}}(?:\.\d{{3}})*) [^\d;]*?(?:{verbs}) \d+(?:,\d+)?%, [^\d]*$")


def _change_of_a_small_groups_share(c: Context) -> bool:
    """ "52 đảng viên không hoàn thành nhiệm vụ, chiếm 0,46%, giảm 0,12% so với năm 2023": a change in % right after
    the share a count makes, too small to be a change of that count (less than one of what it counts), moves the
    share: points; "8.214 người, chiếm 48,8%, tăng 11,4%" is the count's growth."""
    p = c.prev
    if p is None or p.kind != "share" or p.unit != "percent" or c.f.unit != "percent":
        return False  # the usual answer: no share right before it
    if not (m := _count_and_its_share().search(c.head)):
        # "cán bộ lãnh đạo, quản lý chiếm 18,6%, giảm 2,7%": a share standing alone in its clause, no count or sum
        # before it whose change the percent could be, moves by points
        return 0 <= p.start - c.ss and not DIGIT.search(c.head[:p.start - c.ss].rpartition(";")[2]) \
            and vocabulary().change.is_one(c.raw_left.strip(" ,"))
    return int(m.group(1).replace(".", "")) * c.f.value < 100


def _plus_as_a_rise(c: Context) -> bool:
    """A plus sign before a figure that is not a percent, in prose, after words of its sentence and not opening a
    bracket, stands for "tăng" as an informal message writes it ("+12 hộ tham gia BHYT"); one opening its line may be
    a list's mark, and one in a bracket after a figure is read with that figure."""
    return c.f.cell is None and bool(c.head.strip()) and not c.raw_left.rstrip(" ").endswith(("(", "\n"))


def direction(f: Figure, change: str | None) -> str | None:
    """ "up" or "down" for a change the words state."""
    if f.kind in ("growth", "change", "change_points") and change:
        if vocabulary().differences.is_one(change):
            return None  # "chênh lệch": how far, not which way
        v = vocabulary()
        return "down" if v.decrease.found(change) or v.level_gaps_below.is_one(change) else "up"
    return None


def _planned_change(c: Context) -> bool:
    """ "… so với kế hoạch giảm sinh được giao (0,2‰)": a change word between the last plan word before the bracket
    and the bracket: the plan names a change, which the bracket gives."""
    v = vocabulary()
    before = c.raw_left[:c.raw_left.rfind("(")]
    return (at := v.plan_markers.last(before)) >= 0 and v.change.found(before[at:]) is not None


def _reaching_a_plan_named_before(c: Context) -> str | None:
    """ "Còn 5 huyện chưa đạt kế hoạch, thấp nhất là huyện Mường Lát đạt 61,2%": a percent that ends its sentence
    right after a reached word, in a sentence whose clause before says the parts reach, or fall short of, a plan:
    how far of that plan this part reached; the plan's word. "tỷ lệ che phủ rừng đạt 42%" names no plan."""
    v = vocabulary()
    if not c.left or not v.reached_words.ending(c.left):
        return None  # the usual answer
    before = c.head[:c.head.rfind(c.left)]
    if (at := v.reached_words.last(before)) < 0:
        return None
    rest = before[at:]
    return v.ratio_words.starting(rest[len(v.reached_words.starting(rest) or ""):].lstrip())


def _target_of_a_fall_in_points(c: Context) -> bool:
    """ "tỷ lệ hộ nghèo … giảm 4,6% so với cuối năm 2023 (chỉ tiêu tỉnh giao giảm từ 4% trở lên)": a
    change in a bracket opening with a target word, after a rate's change in points, is its target,
    in points too."""
    if c.prev is None or c.prev.kind != "change_points" or c.prev.unit != POINTS.get(c.f.unit):
        return False
    left = c.raw_left
    return (at := open_bracket(left)) >= 0 and target_brackets().starting(left[at + 1:].lstrip()) is not None


def _share_beating_its_target(c: Context, change: str | None) -> bool:
    """ "giải quyết 2.318 tin, đạt 95,2%, vượt 5,2% so với chỉ tiêu": a share, then the points by which
    it exceeds its target, in the same unit: the share's change in points, whatever it is of; so for a
    growth rate compared with nothing beating its target or an estimate a council set ("tăng trưởng đạt
    8,7%, vượt 0,7% so với Nghị quyết HĐND huyện")."""
    v = vocabulary()
    if not change or not v.exceed.starting(change) or c.prev is None or c.prev.unit != c.f.unit \
            or not (c.prev.kind == "share" or c.prev.kind == "growth" and c.prev.base is None):
        return False  # "tăng 10,2% so với năm 2023, vượt 8,3% kế hoạch": a change's, of the quantity
    if c.prev.kind == "growth" and _growth_after_its_level(c):
        return False  # "đạt 38.420 tấn, tăng 9,7%, vượt 4,2% kế hoạch": the plan is of the level, in %
    after = c.right.lstrip()
    if w := v.comparison.starting(after):
        after = after[len(w):].lstrip()
    return v.plan_markers.starting(after) is not None or c.prev.kind == "growth" and base_after(c.right) in PLAN_BASES


def _growth_after_its_level(c: Context) -> bool:
    """ "sản lượng đạt 38.420 tấn, tăng 9,7%, vượt 4,2% kế hoạch", "thu 1.250 tỷ đồng, tăng 8%, vượt 5% dự
    toán": the growth before the figure comes right after the level it is of (a number in a unit, a comma, a
    word of change): what exceeds a plan is that level, by a percent of it, not the growth by points."""
    p = c.prev
    assert p is not None
    before = c.head[:max(0, p.start - c.ss)].rstrip()
    if not (w := vocabulary().change.ending(before)):
        return False
    before = before[:-len(w)].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()[-LEVEL_UNIT_WORDS - 1:]  # "38.420 tấn", "10,86 triệu lượt khách"
    return len(words) > 1 and HAS_LETTER.match(words[-1]) is not None \
        and any(DIGIT.match(w) for w in words[:-1])


LEVEL_UNIT_WORDS: Final = 3  # the most words a level's unit is written in


def _compared_level(c: Context) -> bool:
    """ "vượt 1.540 ha so với mục tiêu (20.000 ha)": a bracket right after the words naming what a change
    by an amount compares with, in its clause, holds that level."""
    left = c.raw_left
    if (at := open_bracket(left)) < 0 or "," in left or ";" in left:
        return False
    return vocabulary().comparison.starting(left[:at].lstrip().lower()) is not None


def _second_change_of_a_list(c: Context) -> bool:
    """ "tăng 264 cơ sở, 4.440 buồng so với năm 2015": a count right after a comma that ends a change of counts, no
    words of its own before it, compared in its own clause: the list's next change, which the change word before
    the first governs; so after its percent in brackets ("tăng 58 vụ (+5,43%), 71 đối tượng so với năm 2018")."""
    p, gap = c.prev, c.window.strip()
    if c.beside is not None and p is not None and p.unit == "percent" and gap == "),":
        p, gap = c.beside, ","
    return p is not None and p.kind == "change" and p.unit == "count" and gap == "," \
        and vocabulary().comparison.found(c.right) is not None
