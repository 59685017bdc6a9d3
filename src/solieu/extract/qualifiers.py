"""A figure's qualifier ("khoảng", "trên", "đạt", "ước") from the words right before or after the
number, and the change word ("tăng", "giảm") that makes a figure a change."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from solieu.extract.clauses import (
    BASE_BREAK,
    CLAUSE_BREAK,
    ITEM_DASHES,
    QUALIFIER_AFTER,
    base_after,
    base_ending,
    bound_after,
    comparative_gap,
    compared_bracket,
    comparison_phrase,
    excess_over_a_speed_limit,
    forecast_only,
    number_besides_years,
    trimmed,
)
from solieu.extract.document import Context, Document, months_span
from solieu.extract.figure import Figure
from solieu.extract.periods import A_YEAR, TIME_AT_END, periods_named
from solieu.extract.vocabulary import alternation, vocabulary

QUALIFIER_REACH: Final = 40  # a qualifier and up to three verbs before the number
HOPS: Final = 3  # verbs a qualifier may stand across ("ước đạt tăng 8%")
ESTIMATED_TIME_REACH: Final = 40  # "Ước 6 tháng đầu năm 2024, …": an estimate word and its time before a comma
_BRACKET_AFTER: Final = re.compile(r"\s*\(([^()]{1,200})\)")


def qualifier(doc: Document, c: Context) -> str:
    """From the words right before the number, maybe with verbs between, or after it."""
    after = doc.lower(c.f.tail, c.f.tail + QUALIFIER_AFTER).lstrip()
    if after.startswith("/"):  # "12%/năm trở lên": past the rate's "/năm"
        after = after.partition(" ")[2]
    found = _qualifier(_before_a_level(c), after)
    if found == "exact" and vocabulary().exceed.ending(c.left) and not _compares(c) \
            and not vocabulary().comparison.starting(after) and not excess_over_a_speed_limit(c):
        # "vượt 50 tỷ USD": past a mark, compared with no plan or year; not "vượt 17.000 tấn so với dự báo đầu vụ",
        # by how much it passed what it is compared with, whatever that is
        return "over"
    if found == "exact" and (c.f.per or doc.text.startswith("/", c.f.tail)) \
            and (cop := vocabulary().copulas.ending(c.left)) \
            and (stated := _qualifier(c.left[:-len(cop)].rstrip(), "")) in ("under", "over"):
        # "mức thu tối đa là 70 triệu đồng/trường hợp": a bound on each one's sum stated by a copula; a whole sum
        # so stated ("mức dư nợ vay tối đa là 3.690.000 triệu đồng") is the ceiling's own value
        return stated
    if found == "exact" and c.f.unit == "times" and (w := vocabulary().multiples.ending(c.left)) \
            and (near := _qualifier(c.left[:-len(w)].rstrip(), "")) != "exact":
        return near  # "gần gấp 1,5 lần năm 2019": the multiple is near what it says, as "gấp gần 1,5 lần" is
    if found == "over" and (w := vocabulary().change.ending(c.left)) and vocabulary().any_qualifier.ending(w) \
            and not _bound_not_comparative(c.left, w):
        return "exact"  # "cao hơn 9 triệu đồng so với năm trước": higher by, not more than
    if found == "over" and _lists_exactly(doc.text, c.f):
        return "exact"  # "trên 04 trụ cột (a, b, c, d)": "trên" means "on" here
    if found in ("over", "under") and vocabulary().bound_nouns.ending(c.left):
        return "exact"  # "hoàn trả ngân sách cấp trên 46,80 tỷ đồng": the higher level's budget, no bound
    if found == "over" and vocabulary().placing_words.ending(c.left) \
            and vocabulary().routes.starting((c.f.counted or "").lower()):
        return "exact"  # "trồng mới 3.260 cây xanh đô thị trên 27 tuyến đường": "trên" places it on the routes
    if found == "exact" and (w := vocabulary().qualifiers_estimated.starting(c.left)) \
            and (vocabulary().estimate_gap.starting(rest := c.left[len(w):].lstrip()) or _months_then_a_verb(rest)):
        # "Ước cả năm thu đạt 21.350 tỷ đồng", "Ước thực hiện 9 tháng đạt 6.552 tỷ đồng": an estimate and its
        # time open the clause
        return "estimated"
    if found == "exact" and _estimate_before_its_verb(c.left):
        return "estimated"  # "các doanh nghiệp ước xuất khẩu 152.000 tấn gạo", "ước trồng rừng tập trung 812 ha"
    if found == "exact" and (bound := bound_after(c)):
        return bound  # "giảm từ 3,5% hộ nghèo trở lên", "đạt từ 95% kế hoạch vốn được giao trở lên"
    if found == "exact" and _estimate_before(doc, c.ss, c.se, c.f.start) \
            and not (c.prev is not None and compared_bracket(c)):
        # "Dự kiến cả năm, tổng thu … đạt …, trong đó … 9.500 tỷ đồng", "Vốn đầu tư dự tính
        # đạt …, trong đó vốn đầu tư công 612 tỷ đồng": to the end of the clause (";" or ".")
        return "estimated"
    if found == "exact" and c.prev is not None and "(" in c.raw_left and _estimate_compared(c):
        return "estimated"  # "so với ước thực hiện năm 2024 (29.970 tỷ đồng)": the estimate compared with
    if found in ("exact", "over") and _ceiling_not_passed(c.left):
        return "under"  # "không để thiệt hại quá 5% diện tích lúa": a ceiling not to be passed, "trên" too
    if found == "exact" and (noun := vocabulary().level_names.ending(c.left)) \
            and _qualifier(c.left[:-len(noun)].rstrip(), after) == "under":
        return "under"  # "không được vượt quá cao trình 293,5 m": the ceiling holds across the level named
    if found == "exact" and doc.tops and not doc.assesses_a_project and forecast_only(doc, c.f.start):
        # under "II. DỰ BÁO …": a forecast's figure estimates a result; not under "III. DỰ BÁO TÁC ĐỘNG …" of a
        # project's impact assessment, where the project's design is stated as it will be
        return "estimated"
    if found == "exact" and doc.forecast_items and not doc.assesses_a_project \
            and _under_a_forecast_item(doc, c.f.start):
        return "estimated"  # under "4. Dự báo và cảnh báo": so does one under a numbered item naming a forecast
    return found


ESTIMATE_VERB_WORDS: Final = 5  # "ước trồng rừng tập trung": the verb and noun an estimate word opens


@cache
def _estimate_opener() -> re.Pattern[str]:
    """The estimate word that may open a verb ("ước"), as a whole word."""
    return re.compile(rf"(?<!\w)(?:{vocabulary().estimate_verb_openers.pattern})(?!\w)")


def _estimate_before_its_verb(left: str) -> bool:
    """ "ước xuất khẩu 152.000 tấn gạo", "toàn huyện ước trồng rừng tập trung 812 ha", "ước huy động 356,2 tỷ đồng":
    the estimate word opening the verb and the noun right before the number, with no digit, comma or bracket
    between (``left`` lowercased), estimates it whatever the verb; not a word it is part of ("hương ước",
    "quy ước", "thỏa ước")."""
    v = vocabulary()
    if not v.estimate_verb_openers.within(left):
        return False  # the usual answer
    found = list(_estimate_opener().finditer(left))
    if not found:
        return False
    at, end = found[-1].span()
    words = left[end:].split()
    if not words or len(words) > ESTIMATE_VERB_WORDS or not all(w.isalpha() for w in words):
        return False
    return not v.estimate_lookalikes.ending(left[:end]) and not v.estimate_lookalikes.starting(left[at:])


NOT_LETTING_REACH: Final = 6  # the words between "không để" and its bound: "thiệt hại", "phát sinh hộ tái nghèo"


def _before_a_level(c: Context) -> str:
    """ "sức gió mạnh nhất dưới cấp 6": the words before a number counted by the level word that stands before it,
    without that word, so that a bound before it ("dưới") qualifies the level."""
    if c.f.counted is None or not c.left.endswith(c.f.counted.lower()) \
            or not vocabulary().wind_levels.is_one(c.f.counted.lower()):
        return c.left  # the usual answer
    return c.left[:-len(c.f.counted)].rstrip()


def _ceiling_not_passed(left: str) -> bool:
    """ "không để thiệt hại quá", "không để phát sinh hộ tái nghèo trên": an excess word or an open bound right before
    the number, a few words after "không để"."""
    v = vocabulary()
    if not v.not_letting.within(left):
        return False  # the usual answer
    if not (excess := v.group_excess.ending(left) or v.group_open_bounds.ending(left)):
        return False
    head = left[:-len(excess)].rstrip()
    if (at := v.not_letting.last(head)) < 0:
        return False
    between = head[at + len(v.not_letting.starting(head[at:]) or ""):]
    return len(between.split()) <= NOT_LETTING_REACH and not BASE_BREAK.search(between)


def _bound_not_comparative(left: str, change: str) -> bool:
    """ "nhưng không thấp hơn 1.500 nghìn đồng/m2": a bound longer than the comparative ``change`` that
    ends ``left`` holds it, negated: a floor or a ceiling, no change. "ùn tắc kéo dài hơn 3 km": the comparative's
    first word ends a verb of lasting ("kéo dài"), so its "hơn" is the bound "over", no change either."""
    v = vocabulary()
    if (bound := v.any_qualifier.ending(left)) is not None and len(bound) > len(change):
        return True
    return v.comparatives.is_one(change) and left.endswith(change) \
        and v.lasting_verbs.ending(left[: len(left) - len(change)] + change.split(" ")[0]) is not None


def _comparative_then_qualifier(left: str) -> str | None:
    """ "thấp hơn khoảng 1.200 đồng/kg", "cao hơn gần 8.000 đồng/kg": a comparative change word (whose "hơn"
    is no qualifier), then one qualifier word right before the number: ``left`` up to the comparative, which
    stays the change word; else None."""
    v = vocabulary()
    if not (bound := v.any_qualifier.ending(left)):
        return None  # the usual answer
    rest = left[: len(left) - len(bound)].rstrip(" ,")
    word = v.comparatives.ending(rest)
    return rest if word and not _bound_not_comparative(rest, word) else None


def _estimate_compared(c: Context) -> bool:
    """A bracketed level right after a comparison with an estimate ("so với ước thực hiện năm 2024 (")."""
    v = vocabulary()
    head = c.raw_left.rpartition("(")[0]
    if (at := v.comparison.last(head)) < 0 or not compared_bracket(c):
        return False
    rest = head[at + len(v.comparison.starting(head[at:]) or ""):].lstrip()
    return v.qualifiers_estimated.starting(rest) is not None


def _qualifier(left: str, after: str) -> str:
    v = vocabulary()
    for hop in range(HOPS):
        # Across a verb only an estimate qualifies ("ước tăng 8,31%"): in "tuyến trên giảm
        # còn 2,4%" the "trên" is part of a noun.
        if left[-1:] in v.qualifier_ends and (m := v.qualifiers.match(left[:-QUALIFIER_REACH - 1:-1])) \
                and (hop == 0 or m.lastgroup == "estimated"):
            return str(m.lastgroup)
        # "ước cả năm tăng 5,5%", "ước đến hết năm 2025 đạt 18,4 tiêu chí/xã"
        # (``left`` is stripped: only one that ends with a digit may end with a year)
        gap = None
        if hop and (gap := v.estimate_gap.ending(bare := TIME_AT_END.sub("", left) if left[-1:].isdigit() else left)):
            m = v.qualifiers.match(bare[: len(bare) - len(gap)].rstrip()[:-QUALIFIER_REACH - 1:-1])
            if m and m.lastgroup == "estimated":
                return "estimated"
        verb = _hop(left)
        if not verb and gap:
            # "ước giải ngân đến hết năm đạt 371,6 tỷ đồng": past the time to the verb before it
            left = bare[: len(bare) - len(gap)].rstrip()
            verb = _hop(left)
        if not verb:
            break
        left = left[: len(left) - len(verb)].rstrip()
    for name, words in v.qualifiers_after.items():
        if words.starting(after):
            return str(name)
    return "exact"


def _hop(left: str) -> str | None:
    """The words ending ``left`` that an estimate reaches the number across: a verb ("ước đạt tăng 8,31%"), two
    joined by "và" ("ước đạt và vượt 12/14 chỉ tiêu"), an average word ("ước đạt bình quân 3,2%/năm", "ước tăng
    trung bình 5%/năm"), a verb of money spent ("ước giải ngân đạt") or the months counted from the year's start
    ("ước thực hiện 6 tháng đạt 1.862,4 tỷ đồng"); else None."""
    v = vocabulary()
    if not (verb := v.verbs.ending(left)):
        # "ước đến ngày 31/01/2019 giải ngân đạt 100%": a verb of money spent, as any verb
        return v.estimate_averages.ending(left) or v.spent_verbs.ending(left) or _months_ending(left)
    before = left[: len(left) - len(verb)].rstrip()
    for joiner in v.raw["list_joiners"]:
        if before.endswith(f" {joiner}") and v.verbs.ending(before[: -len(joiner)].rstrip()):
            return left[len(before) - len(joiner):]  # "và vượt": the verb before it is the next hop
    return verb


def _months_ending(left: str) -> str | None:
    """ "… ước thực hiện 6 tháng": the count of months ending ``left`` (its words), or None."""
    if not left[-1:].isalpha() or not (m := months_span().search(left, max(0, len(left) - MONTHS_SPAN_REACH))):
        return None
    return left[m.start():] if m.end() == len(left) else None


MONTHS_SPAN_REACH: Final = 12  # "12 tháng": a count of months and its word
LEVEL_BRACKET_REACH: Final = 80  # "từ 68 người (cộng của 3 xã trước sắp xếp) giảm còn": a note on the level


def _past_its_bracket(doc: Document, c: Context) -> str:
    """ "tổng số cán bộ từ 68 người (cộng của 3 xã trước sắp xếp) giảm còn 45 người": the words after a bracket
    that stands right after the number's words, to the next break; empty where none stands there."""
    at = c.f.end + len(c.right)
    close = doc.text.find(")", at, min(c.se, at + LEVEL_BRACKET_REACH))
    if doc.text[at:at + 1] != "(" or close < 0 or "(" in doc.text[at + 1:close]:
        return ""
    return CLAUSE_BREAK.split(doc.lower(close + 1, c.se), maxsplit=1)[0]


def _attained_and_passed(head: str, change: str) -> bool:
    """ "đạt và vượt": an attaining verb, a list joiner, then an excess word ending ``head`` (``change``): what was met
    or passed, not by how much."""
    v = vocabulary()
    if not v.exceed.is_one(change):
        return False  # the usual answer
    rest = head[: len(head) - len(change)].rstrip()
    return any(rest.endswith(f" {joiner}") and v.attained_verbs.ending(rest[: -len(joiner)].rstrip())
               for joiner in v.raw["list_joiners"])


def _months_then_a_verb(rest: str) -> bool:
    """ "9 tháng đạt", "6 tháng đầu năm đạt": a count of months from the year's start, maybe with its words, then
    a verb ending the words before the number."""
    return bool((m := months_span().match(rest)) and vocabulary().verbs.ending(rest)
                and len(rest[m.end():].split()) <= MONTHS_VERB_WORDS)


MONTHS_VERB_WORDS: Final = 4  # "9 tháng năm 2025 ước đạt", "6 tháng đầu năm đạt"


def change_word(doc: Document, c: Context) -> tuple[str | None, bool]:
    """The change word ("tăng", "giảm") that makes the figure a change, and whether the
    figure is a starting level ("giảm từ 27 hộ xuống còn 21 hộ": the 27)."""
    v = vocabulary()
    # "cao hơn 9 triệu đồng": the "hơn" of a comparative is no qualifier to strip; "không thấp hơn" is one
    head = c.left if (w := v.change.ending(c.left)) and v.any_qualifier.ending(w) \
        and not _bound_not_comparative(c.left, w) \
        else _comparative_then_qualifier(c.left) or trimmed(c.left, v.any_qualifier)
    starting_level = False
    if (w := v.from_words.ending(head)) and len(head) > len(w) and head[-len(w) - 1] == " ":
        head = head[: -len(w) - 1]
        # "tăng từ 5 đến 7%" is a range of the change; in "giảm từ 27 hộ xuống còn 21 hộ"
        # the 27 is where it started: context for the 21. Without a change before it or a new
        # level after it, "từ" names a source ("chủ yếu từ 54 nhà máy thủy điện").
        starting_level = c.f.value_max is None and not bound_after(c) \
            and bool(v.change.found(head) or v.to_level.found(c.right) or v.to_level.found(_past_its_bracket(doc, c)))
    head = trimmed(head, v.adverbs)  # "tăng lần lượt 4,1 và 6,8"
    to_level = v.to_level.ending(head)
    change = v.change.ending(head[: len(head) - len(to_level)].rstrip() if to_level else head)
    if (to_level or starting_level) and change:
        return None, starting_level  # "giảm còn 7,16%": the new level, not the change
    if change and v.change_names.ending(head):
        change = None  # "Thuế giá trị gia tăng ước đạt 2.980 tỷ đồng": a tax's name
    if change and _attained_and_passed(head, change):
        change = None  # "đến nay đạt và vượt 11 chỉ tiêu": the targets met or passed, a count
    if not change and not to_level and (between := base_ending(head)):
        # "cao hơn cùng kỳ 1,3 tạ/ha", "tăng so với năm trước 5,2%": the base between
        change = v.change.ending(trimmed(head[: len(head) - len(between[0])].rstrip(), v.comparison))
        if change and between[1] == "plan" and v.exceed.starting(change) \
                and (v.norm_sources.starting(right := c.right.lstrip()) or _giver_after(right)):
            # "vượt chỉ tiêu 95% theo Quyết định số …", "vượt chỉ tiêu 70% tỉnh giao": the target's level
            # the rule sets or its giver gave, not the excess
            return None, starting_level
    if not change and not to_level and (gap := comparative_gap(head)):
        change = gap  # "sâu hơn TBNN 11 km", "sâu hơn mức cao nhất tuần qua từ 2 đến 7 km": the base between
    opening = c.left.lstrip(ITEM_DASHES)  # "- Giảm tỷ lệ …": past a list item's dash
    if not to_level and not change and (lead := v.change.starting(opening)):
        # "Giảm tỷ lệ hộ nghèo 1,5-2%": the change word leads the clause.
        if v.rate_words.starting(opening[len(lead):].lstrip()):
            return lead, starting_level
    if not to_level and not change and (gap := v.differences.starting(opening)) \
            and not v.named_balances.starting(opening):  # "chênh lệch thu chi 35,4 tỷ đồng": a balance, a sum
        return gap, starting_level  # "chênh lệch so với tổng giá khởi điểm khoảng 98 tỷ đồng"
    if not to_level and not change and v.rate_words.found(head) and (m := _change_of_rate().search(head)) \
            and not v.verbs.found(head[m.end():]):
        return m.group(1), starting_level  # "tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 0,8% trở lên"
    if not to_level and not change and c.f.unit == "count" and c.f.counted \
            and v.durations.is_one(c.f.counted.lower()) and (gap := v.schedule_gaps.ending(head)):
        return gap, starting_level  # "chậm 2 tháng so với tiến độ": a delay against the schedule, a change
    return change, starting_level


def _giver_after(right: str) -> bool:
    """ "… 70% tỉnh giao", "… 95% huyện giao": a few words right after a figure name who gave it as a target."""
    return _giver().match(right) is not None and not vocabulary().comparison.starting(right)


@cache
def _giver() -> re.Pattern[str]:
    return re.compile(rf"(?:[^\W\d_]+\s+){{1,3}}?(?:{alternation(vocabulary().assigned.words)})(?!\w)", re.I)


@cache
def _change_of_rate() -> re.Pattern[str]:
    """A change word right before a rate word, inside a clause."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)({v.change.pattern})\s+(?:{v.rate_words.pattern})(?!\w)")


def _compares(c: Context) -> bool:
    """The clause names what the figure is compared with ("so với", "kế hoạch")."""
    return bool(base_after(c.right) or comparison_phrase(c.left))


def _estimate_before(doc: Document, ss: int, se: int, start: int) -> bool:
    """An estimate opener of the sentence ``ss:se`` (see :func:`_estimate_at`) starts before ``start``."""
    openers = vocabulary().estimate_openers
    # Only an opener before the figure governs it: where none of the words stands there (most
    # sentences), the whole sentence is not searched.
    if (doc.low is None or doc.holds(openers, ss, min(se, start + openers.longest))) \
            and 0 <= _estimate_at(doc, ss, se) < start:
        return True
    return _estimated_time_opens(doc, ss, start) or _estimated_subject_opens(doc, ss, start)


ESTIMATED_SUBJECT_REACH: Final = 120  # "Ước thực hiện thu ngân sách nhà nước … cả năm 2015 đạt": the subject's words


def _estimated_subject_opens(doc: Document, ss: int, start: int) -> bool:
    """ "Ước thực hiện thu ngân sách nhà nước cả năm 2015 đạt 1.912,4 tỷ đồng, bằng 115,9% dự toán": an estimate word
    opening the sentence, then what is estimated and its time (no comma, no number but a year) and the verb of
    attaining right before the figure, estimate that first figure, as "Ước thực hiện năm 2015 thu … đạt" does."""
    if start - ss > ESTIMATED_SUBJECT_REACH:
        return False
    v = vocabulary()
    head = doc.lower(ss, start).lstrip(ITEM_DASHES)
    if not (w := v.qualifiers_estimated.starting(head)):  # the usual answer
        return False
    rest = head[len(w):].rstrip()
    return "," not in rest and ";" not in rest and not number_besides_years(rest) \
        and v.attained_verbs.ending(rest) is not None


def _estimated_time_opens(doc: Document, ss: int, start: int) -> bool:
    """ "Ước 6 tháng đầu năm 2024, tỷ lệ … đạt 82%", "Ước đến hết năm 2024, tổng chi đạt …": an
    estimate word and a time alone, then a comma, open the sentence: they estimate the figure after
    them, as a bare "ước" does (see :func:`_next_figure_after_an_estimated_time`)."""
    v = vocabulary()
    head = doc.lower(ss, min(start, ss + ESTIMATED_TIME_REACH)).lstrip(ITEM_DASHES)
    if not (w := v.qualifiers_estimated.starting(head)):  # the usual answer
        return False
    time, comma, _ = head[len(w):].partition(",")
    time = time.strip()
    if not (comma and time and (A_YEAR.search(time) or v.estimate_gap.starting(time))) or v.verbs.found(time):
        return False
    # No number but the time's ("9 tháng đầu năm 2024" counts months): "Ước đạt 1.200 tỷ đồng năm
    # 2024, tăng 5%" estimates its first figure alone.
    if number_besides_years(months_span().sub("", time)) and not any(
            a == 0 and e == len(time) for e, _, _, a in periods_named(time, 0, len(time))):
        return False
    return _next_figure_after_an_estimated_time(doc.lower(ss, start))


def _next_figure_after_an_estimated_time(head: str) -> bool:
    """ "Ước cả năm 2025, giải ngân đạt khoảng 1.090 tỷ đồng, bằng 95% kế hoạch": a bare "ước" and its time
    before a comma estimate the next figure only (its own "khoảng" nearer, 1.090 is approx), not the later
    ones: "bằng 95% kế hoạch" is exact, as in "Thu ngân sách … ước 758 tỷ đồng, bằng 127% dự toán". ``head``:
    the sentence lowercased up to the figure."""
    return not number_besides_years(head.partition(",")[2])


def _estimate_at(doc: Document, ss: int, se: int) -> int:
    """Where the first "dự kiến", "dự tính", "ước tính" of the sentence ``ss:se`` (to the ";"
    or full stop) starts, or -1: it governs every figure after it there ("ước" alone only the
    next); each sentence is read once."""
    at = doc.estimates.get(ss)
    if at is None:
        first = vocabulary().estimate_openers.first(doc.lower(ss, se))
        at = doc.estimates[ss] = ss + first if first >= 0 else -1
    return at


def _under_a_forecast_item(doc: Document, at: int) -> bool:
    """``at`` lies in a numbered section a forecast opens ("4. Dự báo và cảnh báo": "Trong 24 giờ tới … lượng mưa
    phổ biến 100-200 mm", "đỉnh lũ … có khả năng đạt 10,2 m"): its figures estimate what is to come."""
    return any(start <= at < end for start, end in doc.forecast_items)


def _lists_exactly(text: str, f: Figure) -> bool:
    """A count followed by a bracket that names exactly that many things."""
    m = _BRACKET_AFTER.match(text, f.tail)
    return bool(m and f.unit == "count" and len(vocabulary().list_joiners.split(m.group(1))) == f.value)
