"""A figure's role: actual, plan or context, and the words that said so (a target, a forecast, a
term a rule sets, a design, a level compared with, a paper's own pages)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from solieu.extract.clauses import (
    ADJUSTED_FROM,
    AGENDA,
    ATTENDEES,
    CHANGES,
    CLAUSE_BREAK,
    COMPARED,
    COMPARED_JOINED,
    COMPARED_SAME_BRACKET,
    COMPARED_THING,
    COPIES,
    DIGIT,
    FORECAST_RESULT,
    HAS_LETTER,
    ITEM_DASHES,
    LAND_FACT,
    LIST_BREAK,
    LIST_DASHES,
    LIST_SIZE,
    LISTED_TARGET,
    MONEY,
    MONTH_OF_YEAR,
    MONTHS_OPENING_REACH,
    OF_NO_TIME,
    OPENING_COMPARISON,
    OTHER_TIME,
    PAGE_COUNTER,
    PETITIONS,
    PLAN_BASES,
    POINTS,
    PRIZE,
    QUOTA_SPLIT,
    REFERENCE_BRACKET,
    SPAN_CODE,
    STARTING_LEVEL,
    TALLY,
    TARGET_REACH,
    TERM,
    VOTE,
    WHOLE_DIVIDED,
    WORKED,
    adjustment_of_a_plan,
    after_a_preface,
    back_to_a_plan_marker,
    before_a_lone_bracket,
    bracket_of_elsewhere,
    chain_words,
    clause_head,
    clause_start,
    compared_bracket,
    comparison_phrase,
    dues_cut,
    elsewhere_bracket,
    existing_stock,
    forecast,
    forecast_only,
    full_verbs,
    gap_from_a_year_named,
    in_an_impact_assessment,
    is_interval,
    last_year_opening,
    late_payment_charge,
    licence_points_deducted,
    means_of_a_later_year,
    norm,
    number_besides_years,
    open_bracket,
    period_named_before,
    reference_bracket,
    result_target,
    same_part_of_an_earlier_year_after,
    signed_change_after_percent,
    split_of_a_quota,
    symbol_equated,
    target_beaten_by_points,
    target_brackets,
    target_given_as,
    term_start_bracket,
    trimmed,
    year_level_words,
)
from solieu.extract.document import FOUR_DIGITS, Context, Document
from solieu.extract.exclusions import a_norms_clause, on_a_posts_counter_line, unit_definition
from solieu.extract.figure import Figure
from solieu.extract.periods import (
    COMPARED_REACH,
    NAME_REACH,
    NOUN_REACH,
    TIME_AT_END,
    carried_from,
    named_by_year,
    names_things_of_years,
    part_of_year,
    period_in,
    periods_named,
)
from solieu.extract.scopes import HEADING_MAX, heading_numbering, opens_with_results
from solieu.extract.vocabulary import DAY, Words, alternation, vocabulary, word_char

# How far around a number its words are read.
ACT_CITATION_REACH: Final = 24  # "Theo Quyết định số …" opening a full sentence
RAISED_SHORTEST: Final = 12  # "được nâng lên": the shortest words raising each one
RAISED_WORDS: Final = 7  # "người được nâng lên mức": a count's noun and the words raising each one
PAIR_WORDS: Final = 3  # "(6 vụ/8 bị can)": the words between a count and the count it is joined to by "/"
NAMED_YEAR_LOOKBACK: Final = 17  # "so với cùng kỳ năm", "so với cùng vụ năm": a bound a few words before "năm YYYY"
COMPARISON_OPENING: Final = 12  # a sentence opening with "so với" holds it in so many characters
_SPAN_WORDS: Final = re.compile(r"(\d{4})\s*[-–]\s*(\d{4})")  # "vụ Đông Xuân 2024-2025": a span in words
_EXCHANGE: Final = "the price of one currency in another, a conversion"
SHORT_OPENER_WORDS: Final = 3  # "Sau điều chỉnh,": a sentence's opener before its subject
LENGTHS: Final = frozenset({"km", "m"})  # the units a stretch of land or a route is measured in
_VOTE_TALLY: Final = "the tally of a vote: how those counted voted"
ATTENDANCE_REACH: Final = 30  # the words opening a sentence that may say who attended a meeting


def _HAS_SPREAD_LETTERS(part: str) -> bool:  # noqa: N802
    """A cheap test before lowercasing a long sentence: a spread word's first letters."""
    for head in _spread_heads():  # a plain loop: cheaper than ``any`` over a generator
        if head in part:
            return True
    return False


@cache
def _spread_heads() -> tuple[str, ...]:
    """The first two letters of each spread word, as written and capitalised."""
    return tuple(head for w in vocabulary().plan_spread.words for head in (w[:2], w[:2].capitalize()))


STATE_NOUN_WORDS: Final = 4  # "ha lúa đang trổ": the words of the noun between a figure and its state word


def _addressed_in_their_state(c: Context) -> str | None:
    """ "Đối với khoảng 1.180 ha lúa đang trổ - chín, cần tranh thủ bơm tưới …" among targets or advice: a figure
    right after "đối với" whose noun is followed by "đang" and a verb counts what the advice addresses as it is
    now, a result, not a target; the words."""
    v = vocabulary()
    if not (w := v.addressed.ending(trimmed(c.left, v.any_qualifier))):
        return None  # the usual answer
    words = c.right.split()[:STATE_NOUN_WORDS + 1]
    state = next((x for x in words[1:] if v.ongoing.is_one(x)), None)
    return f"{w} … {state}" if state else None


_WITHDRAWN: Final = "a figure withdrawn as it is corrected"


def _withdrawn_by_a_correction(c: Context) -> str | None:
    """The words right before the figure (a qualifier between or not) withdraw it for the one said before."""
    v = vocabulary()
    if not v.withdrawn_figures.within(c.raw_left):
        return None
    return v.withdrawn_figures.ending(trimmed(c.raw_left.rstrip(), v.any_qualifier))


def _cost_share_term(c: Context) -> str | None:
    """ "người bệnh cùng chi trả 20% chi phí", "được quỹ thanh toán 100% chi phí": a percent right after the
    words of a cost shared under a rule (a bound such as "tối đa" between) is the share the scheme sets, a
    term; the words."""
    v = vocabulary()
    return v.cost_share_terms.ending(trimmed(c.left, v.any_qualifier)) if v.cost_share_terms.within(c.left) else None


def _tasks_to_carry_out(c: Context) -> bool:
    """ "Triển khai khoảng 70 nhiệm vụ khoa học", "phê duyệt mới từ 20 đến 25 nhiệm vụ", "hỗ trợ tỉnh 2 nhiệm
    vụ cấp quốc gia với kinh phí khoảng 15 tỷ đồng": tasks counted about, in a range or with the money given
    for them are tasks to carry out, a target; a plan counts its own listed items exactly, with no money."""
    f = c.f
    return f.qualifier != "exact" or f.value_max is not None or vocabulary().funded_items.found(c.right) is not None


def _about_set_prices(doc: Document, c: Context) -> str | None:
    """In a rule that sets prices, a sentence whose subject is those prices (after a short opener: "Sau
    điều chỉnh, giá đất ở cao nhất là 45 triệu đồng/m2") states them or their change: the price words."""
    v = vocabulary()
    lead = doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES)  # the sentence, past its ";" too
    if w := v.set_prices.starting(lead):
        return w
    head, comma, rest = lead.partition(",")
    if comma and len(head.split()) <= SHORT_OPENER_WORDS and not DIGIT.search(head):
        return v.set_prices.starting(rest.lstrip())
    return None


def _forecast_result(doc: Document, c: Context) -> str | None:
    """The forecast's word opening the figure's clause with no target word after it ("dự báo đến năm 2025 đạt 132
    triệu đồng/người, vượt mục tiêu Nghị quyết"): the result foreseen, though its sentence names a later year and a
    target; None for the usual figure."""
    v = vocabulary()
    head = doc.lower(c.ss, c.f.start)
    if (w := v.forecast_results.found(head)) is None:
        return None
    return None if v.target_words.found(head[head.rfind(w) + len(w):]) else w


def _own_time_before_the_targets(doc: Document, c: Context) -> bool:
    """ "Cơ cấu kinh tế năm 2023: … chiếm 54,2% (mục tiêu đến năm 2025 tương ứng là 55% …)", "Sau 3 năm (2021-2023)
    …, có 12/20 chỉ tiêu đạt và vượt … so với mục tiêu Nghị quyết đề ra đến năm 2025": a figure whose sentence names
    the report's time or an earlier one before it, and a later year only after it, is of that time; the targets its
    sentence names later are others'."""
    if not doc.year or any(c.full <= at < c.f.start for at in doc.later):
        return False
    found = period_named_before(doc, c.full, c.ss, c.f.start)
    if found is None:
        return False
    code = found[0]
    return int(code[5:9] if SPAN_CODE.match(code) else code[:4]) <= doc.year


def _forecast_of_a_year_under_way(doc: Document, c: Context) -> str | None:
    """ "Lũy kế 5 tháng đầu năm 2025, toàn tỉnh thu … Dự kiến cả năm 2025 thu khoảng 2.050 tỷ đồng": a
    sentence opening with an estimate of a whole year whose first months its paragraph reported forecasts
    a result of a year under way, whatever year the report is about; the words naming that year."""
    v = vocabulary()
    lead = doc.lower(c.full, c.f.start)
    if not (opener := v.estimate_openers.starting(lead)):
        return None
    rest = lead[len(opener):].lstrip()
    if not (whole := v.whole_year.starting(rest)) or not (year := rest[len(whole):].lstrip()[:4]).isdigit():
        return None
    before = doc.lower(doc.text.rfind("\n", 0, c.full) + 1, c.full)
    return f"{whole} {year}" if any(f"{w} {year}" in before for w in v.year_so_far.words) else None


def _in_a_schemes_name(c: Context) -> str | None:
    """The scheme whose quoted name the figure stands in ("Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ
    …"": its size as named, no result); None for the usual figure."""
    h = c.head
    at = max(h.rfind('"'), h.rfind("“"))
    if at < 0 or h.rfind("”") > at or h.count('"') % 2 == 0 and h[at] == '"':
        return None  # the usual figure: in no open quotes
    return vocabulary().schemes_named.ending(h[:at].rstrip())


def _an_offers_term(doc: Document, c: Context) -> str | None:
    """ "Chương trình có tổng giá trị giải thưởng khoảng 1,2 tỷ đồng, gồm 1 giải đặc biệt là sổ tiết kiệm trị giá
    100 triệu đồng và 250 giải khuyến khích", "với số tiền gửi tối thiểu 1 triệu đồng/khoản": the prizes a scheme
    offers, or the least a deposit must be, words before the figure in its part of the full sentence, no word of
    prizes given before them."""
    v = vocabulary()
    if not doc.holds(v.offer_terms, c.full, c.f.start):
        return None  # the usual figure: no offer's terms named before it
    if c.targets or c.earlier is not None and c.earlier.role == "plan" \
            or v.compared_year.search(doc.lower(c.full, c.se)):
        # "…; nâng tổng giá trị giải thưởng lên 200 triệu đồng" among next year's targets (across a ";" too): a
        # target; "Tổng giá trị giải thưởng năm nay là 160 triệu đồng, tăng 30 triệu đồng so với năm 2018": a level
        # the year reached
        return None
    # Its own part of the sentence: "…; hỗ trợ 5 dự án khởi nghiệp" after the prizes is another's
    part = doc.lower(c.full, c.f.start).rpartition(";")[2]
    if (at := v.offer_terms.first(part)) < 0 or v.prizes_awarded.found(part[:at]):
        return None  # "trao 12 giải với tổng giá trị giải thưởng 240 triệu đồng": the prizes given, a result
    return v.offer_terms.starting(part[at:])


def _set_level_stated(c: Context) -> str | None:
    """ "Mức hỗ trợ là 60 triệu đồng/căn đối với nhà xây mới và 30 triệu đồng/căn đối với nhà sửa chữa": a sentence
    opening with the level a scheme sets and stating it by a copula, no verb between, gives its terms, sums per
    each thing, neither results nor targets ("Mức hỗ trợ bình quân đạt 5 triệu đồng/hộ" reports what was paid);
    the level's words."""
    v = vocabulary()
    head = c.head.lstrip(ITEM_DASHES + " ")
    if not (w := v.set_levels.starting(head)):
        return None  # the usual sentence: no level set opens it
    rest = head[len(w):]
    at = v.copulas.first(rest)
    return w if at >= 0 and not full_verbs().found(rest[:at]) else None


SET_LEVEL_REACH: Final = 24  # a full sentence's first words, where the level a scheme sets opens it


def _listed_under_a_set_level(doc: Document, c: Context) -> str | None:
    """ "Mức tiền thưởng thực hiện theo Nghị định số 98/2023/NĐ-CP …: Bằng khen … 2.340.000 đồng/bằng khen …; danh
    hiệu Chiến sĩ thi đua cấp tỉnh 7.020.000 đồng/người; …": a full sentence opening with the level a scheme sets,
    then the rule that sets them and a colon before the figure, no word of a result between, lists the levels it
    sets, terms, each item after a ";" too ("Mức thưởng bình quân là 9,82 triệu đồng/người" reports what was paid);
    the level's words."""
    v = vocabulary()
    if not (w := v.set_level_lists.starting(doc.lower(c.full, c.full + SET_LEVEL_REACH).lstrip(ITEM_DASHES + " "))):
        return _set_by_a_rule_before_a_colon(doc, c)  # the usual sentence: no level set opens it
    opening = doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES + " ")
    if (colon := opening.find(":", len(w))) < 0:
        return None  # no list after a colon
    lead = opening[len(w):colon]
    return w if v.norm_sources.found(lead) and not v.attained_verbs.found(lead) and not v.change.found(lead) else None


def _item_of_an_acts_levels(doc: Document, c: Context) -> str | None:
    """ "Thực hiện Quyết định số 793/QĐ-TTg … và Quyết định số 2539/QĐ-UBND …, mức hỗ trợ đối với lợn buộc phải tiêu
    hủy … như sau:" then "- Trang trại quy mô vừa: 30.000 đồng/kg lợn hơi;": money per each thing in a dashed item
    under a lead-in line that cites an act by its number, names a level it sets and ends with a colon, no word of a
    result in it, is a level the act sets, a term; the level's words."""
    v = vocabulary()
    text = doc.text
    line = text.rfind("\n", 0, c.f.start) + 1
    if c.f.unit.partition("_per_")[0] not in MONEY or not text.startswith(ITEM_DASHES_OPENING, line):
        return None  # the usual figure: no money per each in a dashed item
    at = line - 1
    for _ in range(ITEMS_ABOVE):
        above = text.rfind("\n", 0, max(at, 0)) + 1
        lead = text[above:at].strip()
        if lead and not lead.startswith(ITEM_DASHES_OPENING):
            low = lead.lower()
            if not lead.endswith(":") or not _cited_number().search(low) or v.attained_verbs.found(low):
                return None
            return v.set_levels.found(low)
        at = above - 1
    return None


ITEM_DASHES_OPENING: Final = tuple(f"{dash} " for dash in LIST_DASHES)  # "- ": a dashed item's mark and its space
ITEMS_ABOVE: Final = 12  # the lines looked up over, items and blank lines, to an item's lead-in


def _set_by_a_rule_before_a_colon(doc: Document, c: Context) -> str | None:
    """ "HĐND tỉnh đã ban hành Nghị quyết số 11/2022/NQ-HĐND … quy định mức hỗ trợ từ ngân sách tỉnh: 30 triệu
    đồng/sản phẩm 3 sao, 50 triệu đồng/sản phẩm 4 sao": a rule's verb setting a level right before the level's words,
    then a colon before the figure, lists the levels it sets, terms; the words, or None."""
    v = vocabulary()
    if not doc.holds(v.set_level_lists, c.full, c.f.start):
        return None  # the usual sentence: no level named before the figure
    head = doc.lower(c.full, c.f.start)
    colon = head.rfind(":")
    if colon < 0 or (at := v.set_level_verbs.last(head[:colon])) < 0 or v.attained_verbs.found(head[colon:]) \
            or v.change.found(head[colon:]):
        return None
    verb = v.set_level_verbs.starting(head[at:colon]) or ""
    level = v.set_level_lists.starting(head[at + len(verb):colon].lstrip())  # "quy định mức hỗ trợ", not "định mức"
    return f"{verb} {level}" if level else None


def _per_each_written(doc: Document, f: Figure) -> bool:
    """ "định mức hỗ trợ theo Nghị quyết số 112/2023/NQ-HĐND là 180 tấn/km đối với đường trục thôn": a quantity
    written per each thing with a slash ("tấn/km", "m3/hộ") that no rate's unit reads, for
    :func:`_set_level_stated` to take as the norm a rule sets; "đạt 180 tấn" is no quantity per each."""
    return "/" in doc.text[f.end:f.end + PER_WRITTEN_REACH] and _PER_WRITTEN.match(doc.text, f.end) is not None


PER_WRITTEN_REACH: Final = 12
_PER_WRITTEN: Final = re.compile(r" ?[^\W\d_]+/[^\W\d_]")  # " tấn/km": a unit, a slash, the thing each


def _former_level_bracket(c: Context) -> str | None:
    """ "áp dụng mức 5,2%/năm (trước đây là 4,9%/năm)": a number in a bracket opening with words naming the time
    before a change, the level it replaced."""
    inside = c.raw_left.rpartition("(")[2]
    return None if ")" in inside else vocabulary().former_levels.starting(inside.lstrip())


def _former_level_stated(c: Context) -> str | None:
    """ "Trước sắp xếp, tổng số cán bộ, công chức … là 4.872 người", "Tổng số cơ sở nhà, đất … trước sắp xếp là 1.124
    cơ sở": the time before a change opening the clause before its comma, or standing right before the number's
    copula, makes the number the level it replaced; the words, or None."""
    v = vocabulary()
    head = c.head.rpartition(";")[2].lstrip(" -+*•“\"")
    if (w := v.former_levels.starting(head)) and head[len(w):].lstrip().startswith(","):
        # "Trước đây, mỗi ngày chợ thải ra khoảng 45 - 50 kg túi ni lông, nay chỉ còn dưới 5 kg/ngày": not past "nay"
        return None if any(v.present_now.starting(part.lstrip()) for part in head[len(w):].split(",")[2:]) else w
    left = c.left.rstrip()
    bare = trimmed(left, v.copulas)
    return v.former_levels.ending(bare) if bare != left else None


_BASELINE: Final = "an earlier time's level in brackets beside a target, its baseline"


def _baseline_bracket(doc: Document, c: Context) -> str | None:
    """ "Tỷ lệ che phủ rừng đạt trên 60% (năm 2025 đạt 57,2%)", "50% số xã đạt chuẩn … (năm 2024 đạt 36,6%)": in a
    list of targets, a bracket beside a target opening with an earlier time (the report's year or before) holds
    the level the target starts from, not a target; its words, or None. The target after the closed bracket
    ("…; tỷ lệ … đạt trên 20%") is not in it."""
    if c.prev is None or c.prev.role != "plan" or open_bracket(c.raw_left) < 0:
        return None  # the usual figure: no bracket opened after a target before it
    return reference_bracket(doc, c)


_TAX_RATE: Final = "the rate of a tax or a fee a price is said to hold or leave out"


def _tax_a_price_leaves_out(doc: Document, c: Context) -> str | None:
    """ "Giá bán dưới đây chưa bao gồm thuế giá trị gia tăng (GTGT) 5% và phí bảo vệ môi trường … 10%", "Giá trên đã
    bao gồm thuế VAT 8%": the rate of a tax or a fee a price holds or leaves out, a term of the price: the words in
    the percent's clause, or a rate joined to one so read; "(chưa bao gồm thuế …), bằng 91,2%" is another clause's."""
    words = vocabulary().price_inclusions
    if not doc.holds(words, c.full, c.f.start):
        return None  # the usual percent: no price said to hold or leave out a tax
    if w := words.found(c.left):
        return w
    p = c.prev
    if p is not None and p.role == "context" and p.why.get("role", "").startswith(_TAX_RATE) \
            and (joined := vocabulary().list_joiners.match(c.raw_left)):
        return joined.group().strip()
    return None


def _size_of_a_unit_defined(c: Context) -> bool:
    """ "12 công ruộng (1 công bằng 1.000 m2)": the number after "(1", a unit's words and a word of equality is the
    size of the local unit the bracket defines, background."""
    at = c.raw_left.rfind("(")
    return c.raw_left[at + 1:at + 3] == "1 " and unit_definition().fullmatch(c.raw_left[at + 3:].lower()) is not None


def _page_counter(doc: Document, f: Figure) -> str | None:
    """ "Lượt xem: 1.245", "Đang truy cập: 215": a web page's counter, its label and a colon right before the
    number on its line (a page copied whole from a browser); it counts the page's readers."""
    if doc.text.rfind(":", f.start - 3, f.start) < 0:  # the usual figure: no colon right before it
        return None
    line = doc.text.rfind("\n", 0, f.start) + 1
    return vocabulary().page_counters.ending(doc.lower(line, f.start).rstrip(" :"))


def _posts_counter(doc: Document, f: Figure) -> str | None:
    """ "👍 1,2K   💬 86 bình luận   ↪ 23 lượt chia sẻ": a social-media post's counters on a line of their own under
    it, counted by a counter word or scaled by a counter's "K"; they count the post's readers, as a page's view count
    does ("Video clip đạt 1,2 triệu lượt xem" in a sentence is a result). The counter word or scale that says so."""
    v = vocabulary()
    if f.counted and v.post_counters.is_one(w := f.counted.lower()):
        pass
    elif f.scale == 1.0 or (w := f.why.get("unit", "").lower()) not in v.counter_scales:
        return None  # the usual count: no counter word or counter's scale after it
    return w if on_a_posts_counter_line(v, doc.text, f.start) else None


PERCENT_ROUNDING: Final = 0.051  # a percent written to one decimal, rounded


def _progress_as_a_percent(c: Context) -> bool:
    """A bracket holding only a percent right after a progress figure, the same ratio ("có 31/36 mẫu đạt quy chuẩn
    (86,1%)"): that progress restated, not a norm or a target the words before the bracket might name."""
    p = c.prev
    assert p is not None and p.denominator
    if (at := open_bracket(c.raw_left)) < 0 or c.raw_left[at + 1:].strip():
        return False
    rounding = PERCENT_ROUNDING * (10 if c.f.value == int(c.f.value) else 1)  # "(78%)": rounded to a whole one
    return abs(100 * p.value / p.denominator - c.f.value) <= rounding


def role(doc: Document, c: Context, starting_level: bool) -> tuple[str, str]:
    """actual, plan or context, and the words that said so."""
    v = vocabulary()
    f = c.f
    if f.kind == "other" and f.unit in OF_NO_TIME:  # a rank or a contribution is a result
        return "context", "a rating, an anniversary or a road named by its width"
    if f.kind == "other" and f.unit in MONEY:
        return "context", _EXCHANGE  # "Tỷ giá quy đổi … là 24.337 đồng/USD"
    if f.kind == "other" and f.unit == "count" and symbol_equated(c):
        return "context", "a coefficient given by its symbol: a term of a formula"  # "hệ số K: rừng giàu K = 1,0"
    if (terms := doc.terms.at(f.start)) is not None:
        return "context", f"a level set under the heading {terms.heading!r}"  # "Điều 2. Mức hỗ trợ …"
    if f.per and f.why.get("unit", "").endswith(PRIZE):
        return "context", PRIZE  # "về nhì 20 triệu đồng": what the place wins, a term of the prizes
    if not doc.examples.empty and (example := doc.examples.at(f.start)) is not None:
        return "context", f"{WORKED}, under {example.heading[:40]!r}"  # "3. Ví dụ: Một hộ …"
    if f.kind == "other" and late_payment_charge(doc, c):
        return "context", "the charge a law sets on paying late, a percent per time: a term"
    if w := _amount_a_norm_takes(doc, c):
        return "context", f"after {w!r}: what a norm takes to make one, {TERM}"  # "Cứ 3,3 kg quả tươi sấy được 1 kg"
    if "(" in c.raw_left and _size_of_a_unit_defined(c):
        return "context", "the size of the unit a bracket defines, after '(1 …'"  # "(1 công bằng 1.000 m2)"
    if "(" in c.raw_left and (w := _former_level_bracket(c)):
        return "context", f"the level before a change, in a bracket opening {w!r}"  # "(trước đây là 4,9%/năm)"
    if w := _former_level_stated(c):
        return "context", f"the level before a change, after {w!r}"  # "Trước sắp xếp, tổng số … là 4.872 người"
    if "_per_" in f.unit and (w := _set_level_stated(c)):
        return "context", f"a level a scheme sets per each, opening its sentence: {w!r}"  # "Mức hỗ trợ là 60 …/căn"
    if c.full < f.start and (w := _listed_under_a_set_level(doc, c)):
        return "context", f"an item of the levels {w!r} lists after its colon: a term"  # "Mức tiền thưởng …: …"
    if "_per_" in f.unit and (w := _item_of_an_acts_levels(doc, c)):
        return "context", f"an item of the levels {w!r} an act cited sets, listed after its lead-in: a term"
    if _per_each_written(doc, f) and (w := _set_level_stated(c)):
        return "context", f"a norm a rule sets per each thing, opening its clause: {w!r}"  # "định mức … là 180 tấn/km"
    if f.unit != "percent" and (w := _an_offers_term(doc, c)):
        return "context", f"a term of what a scheme or a promotion offers, after {w!r}"  # "tổng giá trị giải thưởng"
    if f.unit == "percent" and (w := _tax_a_price_leaves_out(doc, c)):
        return "context", f"{_TAX_RATE}, after {w!r}: a term"
    if not doc.terms.empty and (w := _about_set_prices(doc, c)):
        # "Giá đất ở tại 5 tuyến đường điều chỉnh tăng bình quân 18,5% so với Bảng giá đất hiện hành"
        return "context", f"its sentence is about the prices the rule sets: {w!r}"
    if f.unit == "count" and (w := _page_counter(doc, f)):
        return "context", f"{PAGE_COUNTER}: {w!r}"  # "Lượt xem: 1.245" on a page copied whole from a browser
    if f.unit == "count" and (w := _posts_counter(doc, f)):
        return "context", f"{PAGE_COUNTER}, on a post's line of counters: {w!r}"  # "💬 86 bình luận"
    if w := _withdrawn_by_a_correction(c):
        return "context", f"{_WITHDRAWN}: {w!r} right before it"  # "là 3,15 tỷ chứ không phải 3,51"
    if w := _in_a_schemes_name(c):
        return "context", f"inside the quoted name of {w!r}: the size the name states"
    if existing_stock(c):
        return "actual", "a stock there is now, as the words after its noun say"  # "hiện có": no target
    if w := _present_stock(doc, c):
        return "actual", f"a stock there is now: {w!r} after its noun"  # "có khoảng 2.300 tổ chức, … đang kinh doanh"
    if w := _size_of_a_call_list(c):
        return "context", f"{LIST_SIZE}: {w!r}"
    if w := v.vote_results.starting(doc.lower(c.full, c.full + ATTENDANCE_REACH)):
        return "actual", f"{VOTE}: {w!r}"  # "Kết quả biểu quyết: tán thành 40.512.300 cổ phần"
    if w := _vote_tally(c):
        return "actual", f"{VOTE}; {_VOTE_TALLY}: {w!r}"  # "32/32 đại biểu có mặt tán thành, đạt 100%"
    if w := _agenda_paper(c):
        return "context", f"{AGENDA}: {w!r}"  # "kỳ họp xem xét 14 báo cáo, 6 tờ trình"
    if w := _petitions_listed(doc, c):
        return "context", f"{PETITIONS}: {w!r}"  # "tổng hợp 58 ý kiến, kiến nghị của cử tri"
    if w := _document_copies(doc, c):
        return "context", f"{COPIES}: {w!r}"  # "Biên bản gồm 07 trang, được lập thành 05 bản"
    if w := _named_to_carry_out(doc, c):
        return "context", f"those a decision names to carry it out: {w!r}"  # "… chịu trách nhiệm thi hành"
    if f.unit == "count" and (w := v.meeting_attendance.starting(doc.lower(c.full, c.full + ATTENDANCE_REACH))):
        return "context", f"{ATTENDEES}: {w!r}"  # "Tham dự cuộc họp có … UBND 9 huyện, thành phố"
    if w := _whole_divided(doc, c):
        return "context", f"{WHOLE_DIVIDED}, after {w!r}"  # "Trong 11 nhóm …, có 8 nhóm tăng"
    if w := _set_a_sum_is_taken_over(doc, c):
        return "context", f"the set a sum is taken over: {w!r} right before it"  # "Tổng số buồng của 05 cơ sở … là"
    if f.unit == "count" and f.counted and (w := _recipients_restated(doc, c)):
        return "context", f"the set a sum is paid to, restated after {w!r}"  # "5.000.000 đồng/hộ cho 18 hộ: 90 …"
    if f.unit == "count" and f.counted and v.report_highlights.starting(f.counted.lower()):
        return "context", f"{_OWN_SUMMARY}: {f.counted!r}"  # "với 10 kết quả nổi bật"
    if doc.own_years and f.unit == "count" and f.counted and v.item_heads.starting(f.counted.lower()):
        return "context", f"{_OWN_SUMMARY}: {f.counted!r}"  # "trả lời 27 kiến nghị" in a reply
    if f.unit == "count" and (p := c.prev) is not None and p.role == "context" \
            and p.why.get("role", "").startswith(_OWN_SUMMARY) and v.summary_of.ending(c.raw_left.rstrip()):
        return "context", f"{_OWN_SUMMARY}: whom the things it counts are of"  # "46 câu hỏi của 28 đại biểu"
    if f.unit == "count" and f.counted and (p := c.prev) is not None and p.unit == "count" and p.counted \
            and p.counted.lower() == f.counted.lower() and p.role != "context" \
            and trimmed(c.raw_left.rstrip(), v.tally_openers).strip() == "(" and v.tally_openers.found(c.raw_left):
        # "đạt thêm 2 tiêu chí (tổng số 6 tiêu chí)": the total the count before it brings, of its role
        return p.role, f"the total the count before it brings: {p.counted!r}"
    if f.unit == "count" and f.counted and f.denominator is None and v.tallies.is_one(f.counted.lower()) \
            and trimmed(c.raw_left.rstrip(), v.tally_openers).endswith("(") \
            and not _YEAR_BRACKET.search(c.raw_left) \
            and doc.text[f.tail:f.tail + 2].lstrip().startswith(")") \
            and not (c.prev is not None and c.prev.kind == "plan_ratio" and c.prev.base == "plan"
                     and v.quotas.found(c.raw_left)):
        # "Nhóm chỉ tiêu về kinh tế (5 chỉ tiêu)", "… bình quân toàn huyện (tổng số 19 tiêu chí):"; not the quota a
        # ratio before it is of ("đạt 94,4% chỉ tiêu Bộ Giáo dục và Đào tạo giao (90 chỉ tiêu)")
        return "context", f"{TALLY} {f.counted!r} a group holds"
    if f.unit == "count" and f.counted and f.denominator is None and v.quotas.starting(f.counted.lower()) \
            and (w := v.recruiting.found(LIST_BREAK.split(c.head)[-1]) or _recruiting_heading(doc, f.start)) \
            and _year_named(clause_head(c), doc.year, doc.span_from) != "earlier" \
            and not _YEAR_BRACKET.search(c.raw_left):
        # "kỳ thi tuyển … với 80 chỉ tiêu"; an earlier year's quota ("(năm 2023 là 2.850 chỉ tiêu)") is of it
        return "plan", f"places to fill, counted in a clause of {w!r}"
    if f.unit == "count" and f.counted and f.denominator is None and v.posts.starting(f.counted.lower()) \
            and (w := v.proposed_grants.ending(trimmed(c.left, v.added))):
        return "plan", f"posts given after {w!r}: a quota to fill"  # "được bổ sung 1.450 biên chế giáo viên"
    if f.unit == "count" and f.counted and f.denominator is None and not f.per \
            and v.plan_lists.starting(f.counted.lower()) and (doc.in_plan_section(f.start) or doc.scopes.at(f.start)) \
            and not _YEAR_BRACKET.search(c.raw_left) and not _tasks_to_carry_out(c) \
            and not v.recruiting.found(f.counted.lower()):  # "giao 95 chỉ tiêu cử tuyển": places to fill
        return "context", f"{TALLY} {f.counted!r} the plan lists"  # "thông qua 12 chỉ tiêu chủ yếu"
    if f.unit == "count" and f.counted and f.denominator is None and not f.per \
            and v.plan_lists.starting(f.counted.lower()) and (w := v.set_out.ending(c.left)) \
            and not _a_later_year_around(doc, c):
        return "context", f"{TALLY} {f.counted!r} a plan set, after {w!r}"  # "Nghị quyết … đề ra 12 chỉ tiêu chủ yếu"
    if f.unit == "count" and f.counted and f.denominator is None and (p := c.prev) is not None \
            and p.role == "context" and p.why.get("role", "").startswith(TALLY) and ";" not in c.raw_left \
            and v.plan_lists.starting(f.counted.lower()) and not v.attained_verbs.found(c.raw_left):
        # (not "đề ra 14 chỉ tiêu, đến nay đạt và vượt 11 chỉ tiêu": the targets met, a result)
        # "đề ra 20 chỉ tiêu chủ yếu, gồm 9 chỉ tiêu về kinh tế, 7 chỉ tiêu về văn hóa - xã hội và 4 chỉ tiêu …"
        return "context", f"{TALLY} {f.counted!r} a part of the list before it holds"
    if w := _design_lead_in(doc, c):
        # "1. Quy mô đầu tư: …, diện tích khu đất 24,6 ha; gồm 05 khối nhà chính, …": what a project is designed as
        return "context", f"a project's design, under the lead-in {w!r}"
    if means_of_a_later_year(doc, c):
        return "context", "what a sentence about a later year counts on"  # "nhưng với 3 trụ cột …"
    # an end note is read where its marker stands ("[^10]: Trong đó …" marked on a target under "1. Các chỉ tiêu …")
    note_at = doc.note_marker(f.start) if doc.end_notes else None
    scope = None if doc.in_plan_section(f.start) else doc.scopes.at(f.start if note_at is None else note_at)
    if doc.in_plan_section(f.start) or scope:
        if not c.year_after and FOUR_DIGITS.search(doc.text, c.ss, f.start) \
                and _year_named(clause_head(c), doc.year, doc.span_from) == "earlier":
            if doc.plans_its_year and (named := v.years_named(clause_head(c))) \
                    and _the_year_before(doc, named[-1][1]) and not doc.in_plan_section(f.start):
                # "KẾ HOẠCH … năm 2017", "I. MỤC ĐÍCH, YÊU CẦU": "phát huy kết quả đạt được năm 2016, khi toàn ngành
                # hoàn thành 11/13 chỉ tiêu": the year before the plan's, its latest results
                return "actual", "the year before the plan's is named before it: its latest result"
            # "3. Năm 2025, kinh tế tăng trưởng 8,12%" among the 2026 tasks: a level gone by
            return "context", "an earlier year is named before it"
        if c.prev is not None and c.prev.kind in CHANGES and (w := compared_bracket(c)) \
                and (_YEAR_BRACKET.search(c.raw_left) is not None or not _bracketed_target(clause_head(c))):
            # "tăng 4,1% so với ước thực hiện năm 2024 (29.970 tỷ đồng)": the level the target grows from
            return "context", f"{COMPARED}, in brackets after {w!r}"
        if c.prev is not None and "(" in c.raw_left and (w := _baseline_bracket(doc, c)):
            # "đạt trên 25% (năm 2025 đạt 18,5%)" in a list of targets: the level the target starts from
            return "context", f"{_BASELINE}: {w!r}"
        if v.preset_terms.within(c.left) and (w := v.preset_terms.ending(trimmed(c.left, v.any_qualifier))
                                              or _term_as_subject(c)):
            return "context", f"after {w!r}: {TERM}"  # "mức phạt tối đa 12% giá trị phần hợp đồng bị vi phạm"
        if f.unit in LENGTHS and (w := v.context_words.found(c.left)):
            return "context", f"after {w!r}: {LAND_FACT}"  # "tuần tra trên tuyến biên giới đất liền dài 56,8 km"
        if starting_level:
            return "context", STARTING_LEVEL  # "từ 19 đơn vị giảm còn 7 xã": where the target starts from
        if scope and (w := _part_of_the_plan_year_done(doc, c, scope.period)):
            return "actual", f"done in a part of the targets' year: {w!r}"
        if w := _done_by_a_day_of_the_reports_year(doc, c):
            return "actual", f"done by {w!r}, a day of the report's year"
        if w := _addressed_in_their_state(c):
            return "actual", f"what the advice addresses, now in a state: {w!r}"
        return "plan", f"in the targets under {scope.heading!r}" if scope else doc.plan_why
    if w := split_of_a_quota(c):
        return "plan", f"{QUOTA_SPLIT}: {w!r}"  # "trong đó 70% chỉ tiêu dành cho …, 25% xét học bạ"
    if _things_a_target_is_for(c):
        return "plan", _PLAN_THINGS  # "được giao là 4.850 triệu đồng với 42 đề án"
    if _part_of_a_plan(doc, c):
        return "plan", "a part of the target before it"  # "kế hoạch vốn … 6.310 tỷ đồng, gồm vốn … 3.245 tỷ đồng"
    if _total_a_target_brings(c):
        return "plan", "the total the target before it brings"  # "có thêm 49 xã …, nâng tổng số xã … lên 470 xã"
    if _share_of_a_target_in_brackets(c):
        return "plan", "the share the target before it makes, in brackets"  # "lên 470 xã (đạt 74,0%)"
    if listed := _part_listed_after_a_semicolon(doc, c):
        # "…; vốn sự nghiệp 318,5 tỷ đồng;", "… phải thu hồi … là 168,45 ha, trong đó: đất ở 12,36 ha; đất khác …"
        return listed, ("a part of the target before it" if listed == "plan" else f"{_DESIGN_PART} before it") \
            + ", listed after a semicolon"
    if w := _parts_of_the_plan_sentence_before(doc, c):
        # "kế hoạch … là hỗ trợ 4.478 căn nhà. Trong đó, hộ nghèo có 2.287 căn"
        return "plan", f"a part of the target the sentence before states, listed after {w!r}"
    if _bracketed_part_of_a_plan(c):
        return "plan", _PLAN_BRACKET_PART  # "giao chỉ tiêu 176 công dân (Quân đội 158, Công an nhân dân 18)"
    if _change_of_a_plan(c):
        return "plan", _PLAN_CHANGE  # "… giao 612,4 tỷ đồng, giảm 8,6% so với năm 2023"
    if w := adjustment_of_a_plan(doc, c):
        return "plan", f"{_PLAN_ADJUSTMENT}: {w!r}"  # "Điều chỉnh giảm 24.600 triệu đồng kế hoạch vốn của 5 dự án"
    if w := _recipients_of_a_stated_plan(c):
        return "plan", f"what the plan's sum before it goes to, after {w!r}"  # "… triệu đồng, bố trí cho 42 dự án"
    if f.kind == "change" and c.prev is not None and signed_change_after_percent(c):
        return c.prev.role, "the change before it, in another unit"  # "giảm 3,2% (-56 tỷ đồng)"
    if w := _plan_recipients(c):
        return "actual", f"the things a plan is allotted to, counted after {w!r}"  # "giao cho 6 dự án"
    if w := _plan_named_as_subject(c):
        return "plan", f"after {w!r} opening its clause, stated by a copula past a count"
    if c.prev is None and (w := _target_stated(c.head)):
        return "plan", f"after {w!r} opening its sentence, stated by a copula"
    if (w := _listed_in_a_stated_target(doc, c)):
        return "plan", f"listed after a target {w!r} opens its sentence and states by a copula"
    if f.kind in ("change", "change_points") and f.base in PLAN_BASES and (w := _gap_from_the_plan(c)):
        # not a percent ("vượt mục tiêu 8% đề ra" gives the target's growth)
        return "actual", f"by how much the result passed or missed the plan: {w!r} right before it"
    if c.prev is not None and c.prev.kind in CHANGES and _YEAR_BRACKET.search(c.raw_left) \
            and not v.plan_markers.found(c.raw_left) and (w := compared_bracket(c)) \
            and not _bracketed_target(clause_head(c)):
        # "phấn đấu xuất khẩu khoảng 230.000 tấn, tăng 11.400 tấn so với năm 2018 (218.600 tấn)": the level the
        # target's change is against, whatever the sentence strives for; not "so với mục tiêu … đến năm 2020 (80%)"
        return "context", f"{COMPARED}, in brackets after {w!r}"
    lo = f.start - len(c.window)  # where the figure's words start: after the previous figure
    if (marker := _target_marker(_past_ratio_target(c), f.unit == "count") or _given_target(c.left)
            or (c.full < lo and _spread_plan(doc, c.full, lo, f.start))) \
            and (not v.ratio_words.starting(c.right.lstrip()) or v.target_lead_ins.is_one(marker)):
        # "phấn đấu … giải ngân đạt 100% KH vốn": a ratio to the plan striven for is a target too
        return "plan", f"after {marker!r}"  # "…/KH tăng 3-4%", "mục tiêu đạt 80%", "phấn đấu … 8%"
    if w := _required_floor_of_a_plan_ratio(c):
        return "plan", f"a floor to reach, after {w!r}: a target"  # "đến ngày 30/9/2025 giải ngân đạt tối thiểu 60%"
    if w := _required_or_aimed_level(c):
        return "plan", f"a level to reach or a change to make: {w!r} right before it"  # "Quý IV phải tăng 10,1%"
    if w := _choice_capped(c):
        return "plan", f"a cap on how many are to be chosen, after {w!r}: a quota to fill"  # "xét chọn tối đa 15"
    if w := _assigned_amount(c):
        return "plan", f"the target assigned: {w!r} right before it"  # "được Bộ Tài chính giao 28.650 tỷ đồng"
    if w := _plan_giving_a_measure(doc, c):
        return "plan", f"the target a plan opening its clause gives: {w!r}"  # "Kế hoạch năm 2020 giao sản lượng …"
    if w := _assigned_before_a_copula(c):
        return "plan", f"the target assigned, stated by a copula after {w!r}"  # "biên chế được … giao … là 2.765"
    if w := _allotted_after_noun(c):
        return "plan", f"what is allotted: {w!r} after its noun"  # "trên tổng số 4.826 đại biểu được bầu"
    if c.prev is not None and c.prev.denominator and f.unit == "percent" and _progress_as_a_percent(c):
        return c.prev.role, "the progress before it, as a percent in a bracket"  # "có 31/36 mẫu đạt quy chuẩn (86,1%)"
    if w := norm(doc, c) or _norm_bracket(c) or _ceiling_of_a_rule(c) or _standard_bracket(doc, c) \
            or _guideline_value(c) or _allowed_excess_cap(c) or _bound_a_standard_sets(doc, c):
        return "plan", f"a norm the result is held against: {w!r}"  # "thấp hơn mức 3% theo Nghị quyết …"
    if f.qualifier == "under" and (w := vocabulary().prohibitions.found(c.left)):
        return "plan", f"a ceiling after {w!r}: a requirement a rule sets"  # "không được vượt quá cao trình 293,5 m"
    if w := _demanded_by_a_deadline(c):
        return "plan", f"what {w!r} asks be done by the deadline right after it"  # "yêu cầu … 100% … trước ngày"
    if f.qualifier in ("over", "under") and (w := v.demands.found(c.left) or v.obligations.found(c.left)):
        # "yêu cầu … bảo đảm diện tích tối thiểu 3 m2", "nhà yến xây mới phải cách khu dân cư … tối thiểu 300 m"
        return "plan", f"a bound {w!r} before it in its clause asks for"
    if w := _proposal(c):
        return "plan", f"{_REQUEST}: {w!r}"  # "Sở đề xuất UBND tỉnh dành khoảng 3,5 tỷ đồng"
    if w := advised(doc, c):
        return "plan", f"what {w!r} before it in its sentence advises"  # "Sở khuyến cáo …; … không quá 100 con/m2"
    if f.unit in MONEY and (w := _allotted_among_a_results_parts(doc, c)):
        return "actual", f"a sum allotted, listed among the parts of a result after {w!r}: what was put in"
    if w := _allotted_sum(c):
        return "plan", w  # "Tỉnh đã bố trí 5,5 tỷ đồng … để xử lý khẩn cấp 400 m xung yếu nhất"
    if w := _allotted_funds_as_subject(c):
        return "plan", f"{_ALLOTTED_SUM}: {w!r} opening its sentence, stated by a copula"
    if f.unit in MONEY and (w := _expected_funds(c)):
        return "plan", f"the funds a work is expected to take, after {w!r}"  # "Tổng kinh phí dự kiến khoảng 8,5 tỷ"
    if w := _allotted_by_an_act(c):
        return "plan", f"what the act issued before it allots, after {w!r}"  # "ban hành Quyết định … phân bổ …"
    if w := _goal_before_its_verb(c):
        return "plan", f"after {w!r}: a goal and the verb of what it aims at"  # "mục tiêu giải ngân 100%"
    if w := _target_bracket(c):
        return "plan", f"in a bracket opening with {w!r}"  # "(chỉ tiêu Bộ Công an giao trên 75%)"
    if c.prev is not None and (w := _listed_in_a_target_bracket(c)):
        # "(mục tiêu Nghị quyết: công nghiệp - xây dựng 56 - 57%, dịch vụ 35 - 36%, …)": each item a target
        return "plan", f"{LISTED_TARGET} after {w!r} and a colon"
    if w := _bracket_of_a_target(c):
        return "plan", f"in a bracket after a clause opening with {w!r}"  # "mục tiêu … năm 2024 (CPI … dưới 4%)"
    if w := _given_target_bracket(doc, c):
        return "plan", f"in a bracket spelling out the target {w!r}"  # "chỉ tiêu Quốc hội giao (… không quá 3%)"
    if (w := result_target(c)) and not _parts_in_the_bracket(doc, c):
        return "plan", f"in a bracket after {w!r}: the result's target"  # "vượt chỉ tiêu … đề ra (7,0%)"
    if w := target_given_as(c):
        return "plan", f"the target someone set: {w!r}"  # "vượt chỉ tiêu Nghị quyết HĐND xã giao là giảm 2%"
    if "(" in c.raw_left and (w := term_start_bracket(c)):
        return "context", f"the level the term opened with: {w!r} in brackets"  # "(đầu nhiệm kỳ là 17,5%)"
    if target_beaten_by_points(c):
        return "plan", "the target a rate beat by points, in brackets after it"  # "vượt 0,7% so với Nghị quyết (8%)"
    if c.prev is not None and c.raw_left.endswith("/") and _joined_to_a_compared_level(c):
        return "context", COMPARED_JOINED  # "so với tháng 10/2024 (6 vụ/8 bị can)": the bị can of that month
    if _in_the_compared_levels_bracket(c):
        return "context", COMPARED_SAME_BRACKET  # "so với năm 2018 (118.245 người, chiếm 13,9% dân số)"
    if (c.prev is not None or _elided_comparison(c)) and (w := compared_bracket(c)) \
            and not _bracketed_target(clause_head(c)):
        # "so với cùng kỳ năm 2023 (962,4 triệu USD)", "tăng 11,4 tỷ đồng so với năm 2024 (36,8 tỷ đồng)"
        # in a sentence of next year's targets: the level compared with, whatever the sentence sets;
        # "so với kế hoạch năm học (74%)" gives the target
        return "context", f"{COMPARED}, in brackets after {w!r}"
    if (m := v.plan_opening.match(doc.text, c.full) or _plan_opening_past_a_preface(doc, c)) and m.end() <= f.start:
        # "Mục tiêu năm 2025, tỷ lệ bao phủ … đạt trên 95%, số người … tăng tối thiểu 2.000 người"
        return "plan", f"its sentence opens with a target's year: {m.group().strip(' ,-')!r}"
    if (m := v.plan_source_opening.match(doc.text, c.full)) and m.end() <= f.start \
            and v.plan_spread_stops.last(doc.lower(m.end(), f.start)) < 0:
        # "Theo kế hoạch, trong tháng 11/2021, tỉnh sẽ triển khai tiêm vắc xin cho khoảng 142.600 trẻ em"
        return "plan", f"its sentence opens with the plan it tells: {m.group().strip(' ,-')!r}"
    if (f.per and f.unit.partition("_per_")[0] in MONEY
            or f.kind == "growth" and f.qualifier == "exact" and c.prev is not None and c.prev.role == "context") \
            and (w := _fee_set(doc, c)):
        # "Năm học 2024-2025, học phí bình quân … khoảng 14,2 triệu đồng/sinh viên/năm": a fee set for a coming
        # year is a term all the same, and so is its rise; not a cap on that rise ("không vượt quá 10%")
        return "context", f"{_FEE}: {w!r}"
    if f.unit.partition("_per_")[0] in MONEY and (w := _posted_price(doc, c)):
        return "context", f"a price {w!r} before a colon: {TERM}"  # "Giá gửi xe được niêm yết: 5.000 đồng/lượt"
    if f.qualifier == "exact" and (w := _a_contests_rule(doc, c)):
        return "context", f"its sentence opens with {w!r}: what the rules set, {TERM}"  # "Theo thể lệ, … 4 vòng"
    if c.targets and (w := _forecast_of_a_year_under_way(doc, c)):
        return "actual", f"a forecast of a year its paragraph reported part of: {w!r}"
    if c.targets and (w := _done_against_a_target(c)):
        if b := reference_bracket(doc, c):
            return "context", f"{OTHER_TIME}: {b!r}"  # "(năm 2023 nhập học 4.967 sinh viên)"
        return "actual", f"what was done against the target before it, after {w!r}"
    if c.targets and (w := _forecast_result(doc, c)):
        return "actual", f"{FORECAST_RESULT}: {w!r} before it in its clause"  # "dự báo đến năm 2025 đạt 132"
    if c.targets and not _reached_in_its_year(doc, c) and not _done_toward_a_later_target(doc, c) \
            and not _own_time_before_the_targets(doc, c) and not _a_projects_design(c):
        return "plan", "its sentence names a later year and sets targets"
    if doc.proposal and (w := v.forecast_words.found(doc.lower(c.full, f.start))):
        # "số cán bộ, công chức dôi dư dự kiến 168 người" in a "PHƯƠNG ÁN": what the proposal expects
        return "plan", f"{w!r} in a proposal"
    if w := _asked_in_a_submission(doc, c):
        return "plan", f"what a submission asks for after {w!r}"
    if w := _item_of_a_proposal(doc, c):
        return "plan", f"an item of {w!r} after its colon"
    if w := _schedule(doc, c):
        return "plan", f"an item of a schedule after {w!r}"  # "Phân kỳ kinh phí theo năm: năm 2025 là 6,2 tỷ đồng"
    segment = clause_head(c)
    when = _year_named(segment, doc.year, doc.span_from, doc.latest_year)
    if when is None and last_year_opening(doc, c):
        when = "earlier"  # "Năm ngoái tôi chỉ trồng 7 công ST24": the year before the report's
    if when == "earlier" and doc.own_years:
        when = None  # "Trong mùa mưa bão năm 2024, … sạt lở dài khoảng 1,2 km" in a reply of 2025: a result
    if doc.plans_its_year and when != "later" and _opened_by_the_year_before(doc, c):
        # "KẾ HOẠCH … năm 2025", then "Năm 2024, chiến dịch … đã thu gom khoảng 1.250 tấn": the latest result
        return "actual", "the year before the plan's opens its sentence: its latest result"
    if when == "later" and (w := _estimate_of_the_headings_year(doc, c)):
        # "2. Thực trạng … đến tháng 6/2025", then "… ước đến hết năm 2025 đạt khoảng 65%": a result forecast
        return "actual", w
    if when == "later" and (w := v.forecast_words.found(c.head)) \
            and forecast(doc, doc.lower(c.ss, c.se), c.ss, v.target_words.found(doc.lower(c.ss, c.se))):
        return "actual", f"a later year forecast after {w!r} under a heading naming a forecast"
    if when == "later" and (w := _outlook_of_a_later_year(doc, c)):
        return "actual", w
    if when == "later" and not (w := _done_early_next_year(segment, doc.year)):
        return "plan", "a later year is named before it"  # "đến năm 2030 đón 10-12 triệu lượt"
    if when is None and (w := _later_span_before(doc, c)):
        return "plan", f"a span after the report's year is named before it: {w!r}"  # "Giai đoạn 2023-2026, …"
    if when is None and (w := _funds_for_a_span_under_way(doc, c)):
        return "plan", f"money for a span running past the report's year, reached by no verb: {w!r}"
    if w := _future_target(doc, c):
        return "plan", f"after {w!r} in a sentence that names a later year"  # "Năm 2025 …; ngành sẽ đưa"
    if w := _future_unnamed(doc, c):
        return "plan", f"after {w!r} in a sentence that names no year"  # "“Huyện sẽ xây dựng 2 chuỗi …”"
    if w := _subject_of_a_future_verb(doc, c):
        return "plan", f"{w!r} right after it and what it counts: yet to be done"  # "còn 15 hộ sẽ được hỗ trợ"
    if w := reference_bracket(doc, c):
        return "context", f"{OTHER_TIME}: {w!r}"  # "(cùng kỳ năm trước có 4 ổ dịch)"
    if elsewhere_bracket(c):  # first in its sentence too: "cao hơn mức bình quân chung cả nước (7,85%)"
        return "context", "the same measure elsewhere, in brackets"
    if c.prev is not None and (w := _compared_things_bracket(c)):
        return "context", f"{COMPARED_THING}, in brackets after {w!r}"
    if c.prev is not None and (w := bracket_of_elsewhere(c)):
        return "context", f"a bracket opening with another place: {w!r}"
    if c.prev is not None and (w := _reference_level_bracket(c)):
        return "context", f"{REFERENCE_BRACKET}: {w!r}"
    if _bracketed_target(segment) and c.f.denominator is None and not _parts_in_the_bracket(doc, c) \
            and not _change_against_a_time(c):
        # "chỉ tiêu Nghị quyết (92,5%)"; "đạt 100% chỉ tiêu (186/186 công dân)" is what was done out of it
        return "plan", "a bracket after a target word"
    if c.f.unit != "percent" and c.f.denominator is None and _plans_level_after_its_ratio(c):
        # "bằng 62,9% kế hoạch vận chuyển hành khách dịp Tết của Tổng công ty (485.500 lượt khách)"
        return "plan", "the plan's level, in a bracket after the plan a ratio is of"
    if w := _opening_comparison_bracket(doc, c):
        # "So với Đại hội lần thứ VIII năm 2018 (giành 19 huy chương vàng, …), số huy chương vàng tăng 8 chiếc"
        return "context", f"the level compared with, in a bracket after {w!r} {OPENING_COMPARISON}"
    if starting_level and (w := _own_year_in_the_reviewed_span(doc, c)):
        # "tăng từ 412 tỷ đồng năm 2000 lên 9.850 tỷ đồng năm 2024" in a review of 1999-2025: a result of its year
        return "actual", f"the level a change started from, of a year the report reviews: {w!r}"
    if starting_level and (w := _target_adjusted(doc, c)):
        # "điều chỉnh chỉ tiêu tăng trưởng GDP năm 2009 từ 14,5% xuống 10 - 11%": the target it moves from
        return "context", f"{ADJUSTED_FROM}, after {w!r}"
    if starting_level:
        return "context", STARTING_LEVEL
    if w := same_part_of_an_earlier_year_after(doc, c):
        return "context", f"the same part of an earlier year after it: {w!r}"  # "6,95% của cùng kỳ năm 2024"
    after = c.year_after
    if after and doc.year and int(after[0][:4]) < (doc.span_from or doc.year):
        return "context", f"an earlier year after it: {after[1]!r}"  # "mức tăng 6,9% của năm 2022"
    if when == "earlier" and after and doc.year and int(after[0][:4]) >= (doc.span_from or doc.year):
        # an earlier year before it is another level's; its own may be one of the span the report reviews
        # ("giảm từ 15,6% năm 2008 xuống còn 4,9% năm 2015" in a review of 2009-2018)
        return "actual", f"its own year after it: {after[1]!r}"  # "tăng từ 212 HTX năm 2019 lên 348 HTX năm 2024"
    if when == "earlier" and (w := v.yearly_indices.found(c.head.rpartition(";")[2])):
        return "actual", f"the latest result of a yearly index: {w!r}"  # "PAR Index năm 2023 đạt 86,52%"
    if when == "earlier" and (w := v.settlements.found(c.head.rpartition(";")[2])):
        return "actual", f"an earlier year's sum settled in the period: {w!r}"  # "thẩm định quyết toán … năm 2023"
    if when == "earlier" and gap_from_a_year_named(c):
        return "actual", "a gap from the earlier year a comparative names right before it"
    if when == "earlier" and (w := _year_inside_an_opening_span(doc, c)):
        return "actual", f"a year of the span its sentence opens with: {w!r}"
    if when == "earlier" and (w := _year_of_a_reviewed_span(doc, c.f.start, _last_year_named(clause_head(c)))):
        return "actual", f"a year of the span its top heading reviews: {w!r}"
    if when == "earlier" and (w := _year_by_year_lead_in(doc, c.f.start)):
        return "actual", f"an item of a list its lead-in runs year by year: {w!r}"  # "- Năm 2021: … giải ngân 48,6"
    if when == "earlier":
        return "context", "an earlier year is named before it"  # "năm 2019 đón 4,7 triệu lượt"
    if when is None and c.full < c.ss and not doc.own_years and _opened_by_an_earlier_year(doc, c) \
            and not _year_of_a_reviewed_span(doc, c.f.start, _first_year_named(doc, c)):
        return "context", "an earlier year opens its sentence, before its ';'"
    if not doc.terms.empty and (w := _a_year_before_the_rule_takes_effect(doc, c)):
        return "context", f"{w!r} opens its sentence, before the year the rule takes effect: background"
    if w := _of_the_control(c):
        return "context", f"{_CONTROL}: {w!r} opening its clause"  # "ruộng đối chứng rộng 10 ha"
    if f.unit in LENGTHS and (w := _a_lands_edge(c)):
        return "context", f"the length of {w!r}: {LAND_FACT}"  # "biên giới … với Vương quốc Campuchia dài 56,8 km"
    if (w := v.context_words.found(c.left) or _background_before(c) or _estimated_cost(c)
            or _design_word_past_a_qualifier(c)) and not _scale_a_model_ran_at(c, w) and not _ratings_summed(c):
        return "context", f"after {w!r}"
    if f.unit == "percent" and (w := v.fee_shares.starting(c.right.lstrip())):
        return "context", f"a part of {w!r} waived or granted: a term of support"  # "miễn 100% học phí"
    if f.unit == "percent" and (w := dues_cut(c)):
        return "context", f"a part of {w!r} cut for a class: a term of the fund"  # "được giảm 50% mức đóng"
    if f.unit == "percent" and (w := _cost_share_term(c)):
        return "context", f"a part of a cost paid after {w!r}: a term of the scheme"  # "cùng chi trả 20%"
    if (f.per or "/" in doc.text[f.end:f.tail + 1]) and not (f.counted and is_interval(f.counted.lower())) \
            and (w := v.schedule_frequencies.ending(trimmed(c.left, v.any_qualifier))):
        return "context", f"after {w!r}: the schedule a service runs on, a term"  # "với tần suất 7 chuyến/tuần"
    if f.unit in ("percent", "per_mille") and (w := _share_of_takings(c)):
        return "context", f"a share of {w!r} paid or set aside: {TERM}"  # "nộp 20% lợi nhuận sau thuế"
    if f.unit == "percent" and (w := vocabulary().withheld_taxes.ending(c.left)):
        return "context", f"after {w!r}: a tax rate withheld, {TERM}"  # "khấu trừ thuế thu nhập cá nhân 5%"
    if f.kind == "share" and (w := v.base_wages.starting(c.right.lstrip().lower())):
        return "context", f"a share of {w!r}: {TERM}"  # "hỗ trợ tiền ăn bằng 40% mức lương cơ sở/học sinh/tháng"
    if w := _fee_set(doc, c):
        return "context", f"{_FEE}: {w!r}"  # "Về học phí, … với mức từ 420.000 đến 650.000 đồng/tín chỉ"
    if v.preset_terms.within(c.left) and not comparison_phrase(c.left) \
            and (w := v.preset_terms.ending(head := trimmed(trimmed(c.left, v.any_qualifier), v.from_words))
                 or _term_as_subject(c)) \
            and not (v.preset_terms.ending(head) and v.comparatives.ending(head[:-len(w)].rstrip())):
        # not "giá bán bình quân cao hơn mệnh giá 38,7%": a gap above the term, a result
        return "context", f"after {w!r}: {TERM}"  # "giá khởi điểm 31,5 triệu đồng/m2"
    if (not c.left or f.value_max is not None and v.from_words.is_one(c.left)) and (w := _term_as_a_lines_label(c)):
        return "context", f"after {w!r} and a colon: {TERM}"  # "- Mệnh giá: 10.000 đồng/cổ phần"
    if f.per and (p := c.prev or c.earlier) is not None and p.role == "context" and p.unit == f.unit \
            and TERM in p.why.get("role", "") and _term_listed(doc, c):
        return "context", f"{TERM}, listed after a term in its unit"
    if f.unit == "percent" and (p := c.prev) is not None and p.role == "context" and TERM in p.why.get("role", "") \
            and _list_joiner_words().ending(c.raw_left.rstrip()) and not v.verbs.found(c.raw_left) \
            and not v.change.found(c.raw_left):
        return "context", f"{TERM}, a share joined to a term before it"  # "… 5 triệu đồng/con và 30% chi phí …"
    if f.kind == "other" and f.counted and (w := licence_points_deducted(c)):
        return "context", f"after {w!r}: points a decree deducts from a driving licence, {TERM}"
    if w := _act_term(c) or _level_a_cited_act_sets(doc, c):
        return "context", f"after {w!r}: {TERM}"
    if w := _subject_of_a_cited_act(c):
        return "context", f"in the subject of an act cited, after {w!r}: {TERM}"
    if w := _set_by_an_act(doc, c):
        return "context", f"a rate or bound in a sentence opening {w!r}: {TERM}"
    if (f.per or f.unit == "times") and (w := _item_under_an_acts_lead_in(doc, c)):
        return "context", f"a rate or coefficient in an item under a lead-in citing {w!r}: {TERM}"
    if w := _item_under_a_set_levels_lead_in(doc, c):
        return "context", f"an item under a lead-in naming an act and its {w!r}: {TERM}"
    if f.per and f.unit.partition("_per_")[0] in MONEY and (w := _given_to_a_band_of_loss(c)):
        return "context", f"{_BAND_GIVEN}, after {w!r}: {TERM}"  # "bị thiệt hại trên 70% được hỗ trợ"
    if f.per and f.unit.partition("_per_")[0] in MONEY and (w := _sum_each_given(doc, c)):
        return "context", f"the sum each of the {w!r} counted after it is given: {TERM}"  # "5 triệu đồng/hộ cho 18 hộ"
    if c.prev is not None and c.prev.unit == "count" and f.unit.partition("_per_")[0] in MONEY \
            and (w := _rise_each_counted_gets(c)):
        return "context", f"what each one counted before it is raised by or to, after {w!r}: {TERM}"
    if f.unit == "percent" and f.kind == "growth" and (w := _rise_an_act_sets(doc, c)):
        return "context", f"the rise of what each one receives, in a sentence opening {w!r}: {TERM}"
    if w := _price_under_a_cited_act(doc, c):
        return "context", f"a price per something after its subject follows {w!r}: {TERM}"
    if f.per and f.unit.partition("_per_")[0] in MONEY and (w := _support_an_act_sets(doc, c)):
        return "context", f"what each one is given under {w!r}: {TERM}"  # "… được hỗ trợ tiền ăn với mức 900.000"
    if w := _ceiling_a_rule_sets(c):
        return "context", f"after {w!r}: a ceiling a rule sets, {TERM}"  # "mức hỗ trợ tối đa 5 triệu đồng/ha"
    if w := _exception_to_a_term(c):
        return "context", f"{w!r} after a term: {_PART_TERM}"
    if _next_part_of_a_term(c):
        return "context", f"the next part after {_PART_TERM}, in its unit"
    if _other_bound_of_a_term(c):
        return "context", f"the other bound of a term's range: {TERM}"
    if w := _design_subject(c):
        return "context", f"{_DESIGN}: {w!r}"
    if w := _a_plants_design(c):
        return "context", f"{_DESIGN}: a plant's or a reservoir's, {w!r}"
    if w := _project_subject(c):
        return "context", f"{_DESIGN}: {w!r} opening its sentence"  # "Dự án cấp nước sạch cho 4 xã …"
    if _part_of_a_design(c):
        return "context", f"{_DESIGN_PART} before it"
    if w := _measure_before_a_design(doc, c):
        return "context", f"{_DESIGN}: a measure of the thing whose {w!r} follows"
    if w := _scale_of_unfinished_projects(c):
        return "context", f"{_DESIGN}: the size of projects {w!r}, in the bracket after them"
    if w := _project_fact(doc, c):
        return "context", f"a project's own measure in a bracket after its name: {w!r}"
    if w := _runs_on_a_plan(doc, c):
        return "plan", f"runs on after a target, past {w!r}"  # "… là 4.210,5 tỷ đồng, từ ngân sách trung ương là"
    if w := _contents_of_an_approved_plan(doc, c):
        return "plan", f"what the plan its sentence opens with holds, after {w!r}"
    if w := _level_a_condition_raises(doc, c):
        return "plan", f"the new level {w!r} asks for, after the level it starts from"
    if doc.announces_an_event and (held := _held_or_offered_at_an_event(doc, c)):
        return held
    if not doc.terms.empty and (w := _expected_opening_its_sentence(doc, c)):
        return "plan", f"what a notice expects, {w!r} opening its sentence"  # "Dự kiến tuyến phục vụ khoảng …"
    if doc.planned_work_to is not None and f.start < doc.planned_work_to:
        return "plan", "what a notice of work to come says the work will do or touch"
    if doc.assesses_a_project \
            and (assessed := in_an_impact_assessment(doc, f.start, f.qualifier in ("over", "under"))):
        return assessed
    return "actual", "a result of the period"


_CONTROL: Final = "the control a demonstration is held against, the level compared with"


def _a_lands_edge(c: Context) -> str | None:
    """ "quản lý, bảo vệ đường biên giới đất liền với Vương quốc Campuchia dài 56,8 km": a length that "dài" right
    before it (a qualifier between or not) measures, in a clause naming an edge of the land (a border, a coast),
    is that edge's length, whatever words stand between them."""
    v = vocabulary()
    if not v.land_edges.within(c.left) or not v.edge_lengths.ending(trimmed(c.left, v.any_qualifier)):
        return None  # the usual answer, at C speed first
    return v.land_edges.found(c.left)


def _of_the_control(c: Context) -> str | None:
    """ "Giống sử dụng là OM 18; ruộng đối chứng rộng 10 ha", "Ruộng đối chứng đạt 6,43 tấn/ha": a figure whose
    clause opens with the control plot or group a demonstration is compared with measures the control, context;
    not the model's gap from it ("thấp hơn đối chứng 35 kg/ha"), its clause opening with the comparison."""
    return vocabulary().controls.starting(c.left.lstrip(ITEM_DASHES))  # one lookup of its first letter, most often no


RUN_ON_WORDS: Final = 6  # the few words naming a part between a target and a like figure after it


def _runs_on_a_plan(doc: Document, c: Context) -> str | None:
    """ "kế hoạch vốn năm 2025 từ ngân sách địa phương là 4.210,5 tỷ đồng, từ ngân sách trung ương là 2.634,7
    tỷ đồng", "tổng kế hoạch vốn … là 1.126 tỷ đồng, chiếm 16,5% kế hoạch vốn toàn tỉnh": a figure after a
    target in its sentence, past a comma, a few words with no verb and a copula or a share verb, runs on
    with that target: another part of it, or its share."""
    p = c.prev
    if p is None or p.role != "plan" or p.tail > c.f.start:
        return None  # the usual answer
    v = vocabulary()
    between = doc.lower(p.tail, c.f.start).strip()
    if not between.startswith(","):
        return None
    rest = between[1:].strip()
    w = v.copulas.ending(rest) if p.unit == c.f.unit else v.share_verbs.ending(rest) if c.f.unit == "percent" else None
    if not w:
        return None
    words = rest[:-len(w)].strip()
    if len(words.split()) > RUN_ON_WORDS or v.verbs.found(words) or any(ch.isdigit() for ch in words):
        return None
    return w


PROJECT_BRACKET_REACH: Final = 120  # from a project's bracket to a number in it
_LIST_HEAD: Final = re.compile(r"\s*(?:[-+•*]|[\w]{1,3}[.)])?\s*")  # "a) ", "- ", "2. " opening a line


def _project_fact(doc: Document, c: Context) -> str | None:
    """ "b) Dự án đường tránh phía Tây (dài 12,4 km): …", "(dài 18,6 km, chia thành 4 gói thầu)": a
    bracket right after a project's name that opens with one of its fixed measures holds what the
    project is, not what was done (no verb or change before the number in it); the measure's word."""
    f = c.f
    lo = max(c.full, f.start - PROJECT_BRACKET_REACH)
    if (opened := doc.text.rfind("(", lo, f.start)) < 0 or ")" in doc.text[opened:f.start]:
        return None  # the usual answer: no bracket open before it
    v = vocabulary()
    name = doc.lower(c.full, opened)
    name = name[max(name.rfind("\n"), name.rfind(". ")) + 1:]
    head = _LIST_HEAD.match(name)
    if not v.project_names.starting(name[head.end():] if head else name):
        return None
    inside = doc.lower(opened + 1, f.start)
    if not (w := v.project_measures.starting(inside)) or v.verbs.found(inside) or v.change.found(inside):
        return None
    return w


_FEE: Final = "a fee a provider sets, or its rise"


def _fee_set(doc: Document, c: Context) -> str | None:
    """A price per something ("đồng/tín chỉ") after a fee named in its clause or a paying verb ("mỗi sinh
    viên đóng khoảng 18,5 triệu đồng/năm", "các cơ sở chi trả với mức 40 đồng/m3"), or after such a price
    across a ";" ("…; riêng ngành Dược học 980.000 đồng/tín chỉ"), or the change right after one: the fee
    set, a term; the fee word."""
    f, v = c.f, vocabulary()
    p = c.prev or c.earlier
    after_a_fee = p is not None and p.role == "context" and p.why.get("role", "").startswith(_FEE)
    if f.unit.partition("_per_")[0] in MONEY and (f.per or "/" in doc.text[f.end:f.tail + 1]):
        return v.fees.found(c.head) or v.fee_paid.ending(trimmed(c.left, v.any_qualifier)) \
            or v.fee_paid.ending(trimmed(c.head, v.any_qualifier)) \
            or ("the fee before" if after_a_fee else None)
    return "its rise" if after_a_fee and f.kind == "growth" and c.prev is not None else None


def _other_bound_of_a_term(c: Context) -> bool:
    """ "mức đóng tối thiểu 500.000 đồng, tối đa 100 triệu đồng/năm": a bound right after a term's opposite bound,
    nothing but its qualifier between, is the term's other end, a term too."""
    f, p = c.f, c.prev
    if f.qualifier not in ("under", "over") or p is None or p.role != "context" or p.qualifier == f.qualifier \
            or p.qualifier not in ("under", "over") or TERM not in p.why.get("role", ""):
        return False  # the usual answer
    v = vocabulary()
    return f.unit.partition("_per_")[0] == p.unit.partition("_per_")[0] and not trimmed(c.left, v.any_qualifier)


def advised(doc: Document, c: Context) -> str | None:
    """ "Sở khuyến cáo người nuôi chưa nên thả giống ồ ạt …; tôm thẻ chân trắng thả với mật độ không quá 100 con/m2":
    a figure after an authority's word of advice in its full sentence is what it advises; the word."""
    v = vocabulary()
    if not doc.holds(v.advising, c.full, c.f.start):
        return None  # the usual answer
    return v.advising.found(doc.lower(c.full, c.f.start))


def _given_to_a_band_of_loss(c: Context) -> str | None:
    """ "diện tích nuôi tôm quảng canh bị thiệt hại trên 70% được hỗ trợ 1 triệu đồng/ha, thiệt hại từ 30 - 70% được
    hỗ trợ 500.000 đồng/ha": a sum per thing right after a band of loss in % (a label) and the word of what it is
    given: the level a rule sets for that band, a term; the giving words."""
    v = vocabulary()
    left = c.raw_left.lower()
    if "%" not in left:
        return None  # the usual answer: no band before it
    if ((loss := v.damage_bands.last(left)) < 0 or "%" not in left[loss:]) \
            and not (c.prev is not None and c.prev.why.get("role", "").startswith(_BAND_GIVEN)):
        return None  # no band of loss, nor the next band after one ("…/ha, từ 30 - 70% được hỗ trợ 4 triệu đồng/ha")
    after_band = left[left.rfind("%") + 1:].strip()
    return after_band if v.group_given.starting(after_band) and not DIGIT.search(after_band) else None


def _exception_to_a_term(c: Context) -> str | None:
    """ "mức cho vay tối đa 100 triệu đồng/người, riêng lao động thuộc hộ nghèo được vay đến 100% chi phí":
    the next clause of a term's sentence opening with a part word, no number between, no change: that
    part's own term; the part word."""
    p = c.prev
    if p is None or p.role != "context" or not p.why.get("role", "").endswith(TERM):
        return None
    _, mark, rest = c.raw_left.partition(", ")
    if not mark or DIGIT.search(rest) or vocabulary().change.found(rest):
        return None
    return vocabulary().part_openers.starting(rest)


def _next_part_of_a_term(c: Context) -> bool:
    """ "Mức đóng … là 2% quỹ tiền lương tháng, trong đó người lao động đóng 1%, người sử dụng lao động đóng 1%": the
    next clause after a part's own term, in its unit (per one, maybe, where the part names none: "hỗ trợ 225.180
    đồng, HSSV đóng 525.420 đồng" after "750.600 đồng/HSSV/năm"), no number between and no change, is the next part's
    term."""
    p = c.prev
    if p is None or p.role != "context" or p.unit.partition("_per_")[0] != c.f.unit.partition("_per_")[0] \
            or not p.why.get("role", "").endswith(_PART_TERM):
        return False  # the usual figure: no part's term right before it
    _, mark, rest = c.raw_left.partition(", ")
    return bool(mark) and not DIGIT.search(rest) and not vocabulary().change.found(rest)


_PART_TERM: Final = "a part's own term"
_BAND_GIVEN: Final = "what a band of loss is given"
_DESIGN: Final = "a designed scale or cost"


def _term_listed(doc: Document, c: Context) -> bool:
    """ "Đơn giá bồi thường đất ở … từ 18 đến 42 triệu đồng/m2; đất nông nghiệp từ 1,2 đến 2,8 triệu
    đồng/m2": a range after a range of terms in its unit, with no verb or change of its own between,
    is the next item of the same terms ("giá trúng cao nhất 112,5 triệu đồng/m2" after a starting
    price is a result); so is a single sum after a single sum, the next item of a list after ";"
    ("Đơn giá bồi thường đất ở 6.500.000 đồng/m2; đất trồng cây lâu năm 320.000 đồng/m2"), no extreme
    between; in a sentence a term opens, an item's verb names the thing priced ("đất trồng cây lâu năm")."""
    v = vocabulary()
    p = c.prev or c.earlier
    if p is None or v.change.found(c.raw_left):
        return False
    if v.verbs.found(c.raw_left) and not v.preset_terms.starting(doc.lower(c.full, c.f.start).lstrip(" -+*•")):
        return False
    if p.value_max is not None and c.f.value_max is not None:
        return True
    # "Mức cho vay tối đa 150 triệu đồng/ha đối với tái canh và 80 triệu đồng/ha đối với ghép cải tạo": joined by "và"
    joined = _list_joiner_words().ending(c.raw_left.rstrip()) is not None
    return p.value_max is None and c.f.value_max is None and (c.full < c.ss or joined) \
        and not v.extremes.found(c.raw_left)


@cache
def _list_joiner_words() -> Words:
    """The words joining the last item of a list ("và")."""
    return Words(vocabulary().raw["list_joiners"])
_DESIGN_PART: Final = "a part of the designed scale or cost"


def _allotted_after_noun(c: Context) -> str | None:
    """ "trên tổng số 4.826 đại biểu được bầu", "tổng số 2.415 biên chế được giao": a total, then an
    allotment word right after the count's noun, ending its clause: what is allotted, a target; the
    word. What was done of it ("hoàn thành 9 chỉ tiêu được giao", "vượt 9/10 chỉ tiêu") is a result."""
    f, v = c.f, vocabulary()
    if f.unit != "count" or not f.counted or not v.group_sums.ending(c.left) or not v.allotted.within(c.right):
        return None  # the usual answer
    right, noun = c.right.strip(), f.counted.lower()
    if not right.startswith(noun):
        return None
    rest = right[len(noun):].rstrip(" .!?…").strip()
    return rest if v.allotted.is_one(rest) else None


def _term_as_a_lines_label(c: Context) -> str | None:
    """ "- Mệnh giá: 10.000 đồng/cổ phần", "Giá khởi điểm: 31,5 triệu đồng/m2", "Mức phạt: từ 4 triệu đồng đến 6
    triệu đồng": a term named as its line's label, a colon (and the "từ" of a range) between it and the figure,
    sets the figure as the term does right before it; so does a label opening with the term and the act it
    follows ("Mức phạt theo Nghị định số 168/2024/NĐ-CP: từ 4 triệu đồng đến 6 triệu đồng")."""
    left = c.raw_left.rstrip()
    v = vocabulary()
    if c.f.value_max is not None and not left.endswith(":") and (w := v.from_words.ending(left)):
        left = left[:-len(w)].rstrip()
    if not left.endswith(":"):
        return None  # the usual answer
    label = left[:-1].rstrip()
    if w := v.preset_terms.ending(label):
        return w
    w = v.preset_terms.starting(label)
    return w if w and label[len(w):].startswith(" theo ") and ": " not in label else None


def _term_as_subject(c: Context) -> str | None:
    """ "Mức thưởng cho mỗi huy chương vàng tại Đại hội là 60 triệu đồng/vận động viên", "Mức bồi dưỡng
    thành viên Tổ bầu cử từ 150.000 đến 200.000 đồng/người/ngày", "mức vay mỗi hộ tối đa 80 triệu đồng": a
    term opening the clause as its subject, "là", a bound or the "từ" of a range right before the number (or
    nothing, before a sum per each: "Đơn giá bồi thường đất ở 6.500.000 đồng/m2"), no verb, average or extreme
    between; the term."""
    v = vocabulary()
    left = c.left
    if opener := v.side_by_side.starting(left):
        left = left[len(opener):].lstrip()  # "…, trong khi lương tối thiểu vùng I năm 2016 là 3.500.000 đồng/tháng"
    if not (w := v.preset_terms.starting(left)):
        return None
    if v.copulas.ending(left):
        rest = trimmed(left[len(w):], v.copulas)
    elif c.f.value_max is not None and v.from_words.ending(left):
        rest = trimmed(left[len(w):], v.from_words)
    elif c.f.qualifier in ("under", "over") and v.any_qualifier.ending(left):
        rest = trimmed(left[len(w):], v.any_qualifier)  # "mức cho vay hộ nghèo tối đa 100 triệu đồng/hộ"
    elif c.f.per:
        rest = left[len(w):]  # "Đơn giá bồi thường đất ở 6.500.000 đồng/m2": a sum per each, right after its thing
    else:
        return None
    if v.per_one_average.found(rest) or v.extremes.found(rest):
        return None  # "Mức thưởng bình quân là 9,82 triệu đồng/người": what was paid, measured, not a term
    return None if full_verbs().found(rest) else w


def _scale_of_unfinished_projects(c: Context) -> str | None:
    """ "3 dự án đang triển khai (3.920 căn)": the words saying the projects counted before the bracket
    the figure opens are not done; None for the usual figure."""
    p = c.prev
    if p is None or not c.raw_left.rstrip().endswith("(") or not p.counted:
        return None  # the usual figure: opening no bracket after a count
    v = vocabulary()
    if not v.project_names.is_one(p.counted.lower()):
        return None
    return v.unfinished_projects.found(c.raw_left)


def _a_projects_design(c: Context) -> bool:
    """ "dự án … có quy mô 820 ha, tổng vốn đầu tư dự kiến khoảng 45.000 tỷ đồng (tương đương gần 2 tỷ USD), đang hoàn
    thiện thủ tục để khởi công trong năm 2019": a designed scale or cost, or its equivalent, in a sentence that names a
    later year for the project to start, stays its design."""
    return bool(_background_before(c) or _design_word_past_a_qualifier(c) or _estimated_cost(c) or _part_of_a_design(c))


def _background_before(c: Context) -> str | None:
    """ "cho vay nhà ở xã hội theo gói 120.000 tỷ đồng", "quy mô 500 giường", "Sau 2 năm đại dịch": a word of
    background or design ending the words before the number (a time after something, not things counted after
    "sau"); not one a longer way of doing ends ("nhận hỗ trợ trọn gói 1.030 căn nhà" counts
    whole houses taken on, a result). The word."""
    v = vocabulary()
    if not (w := v.background_before.ending(c.left)):
        return None  # the usual number
    if v.after_words.is_one(w) and c.f.unit == "count" \
            and not v.durations.is_one(noun := (c.f.counted or "").lower().partition(" ")[0]) \
            and not v.year_words.is_one(noun):
        return None  # "Sau 15 trận đấu, ông trâu số 16 … giành chức vô địch": matches played, not a time after
    return None if v.not_design_words.ending(c.left) else w


def _ratings_summed(c: Context) -> bool:
    """ "toàn tỉnh có 6.312 tàu cá với tổng công suất 1.735.800 CV", "đóng điện 02 trạm biến áp … với tổng công suất
    126 MVA": a power right after a count of things in its clause and the words that sum their ratings is what they
    add up to, a result, and so is a total after a comma ("có 3.145 hệ thống …, tổng công suất lắp đặt 53.325 kWp")
    unless the things are projects; one thing's rating ("chủ tàu … có công suất 820 CV") stays its design."""
    v, p, f = vocabulary(), c.prev, c.f
    if p is None or p.unit != "count" or not p.counted or not f.counted or ";" in c.raw_left:
        return False  # the usual answer: no count of things before it in its clause
    if v.plant_units.starting(p.counted.lower()) or not v.measure_units.is_one(f.counted.lower()):
        return False  # "Nhà máy … có 3 tổ máy, tổng công suất lắp máy 120 MW": the units of one plant's design
    left = trimmed(c.left, v.any_qualifier)
    return bool(v.rated_sums.ending(left)
                or v.rated_totals.ending(left) and not v.project_names.starting(p.counted.lower()))


def _scale_a_model_ran_at(c: Context, w: str) -> bool:
    """ "Mô hình được triển khai tại ấp Hòa Long 3, … với quy mô 50 ha": a designed scale's word ``w`` in a
    sentence opening with a demonstration model gives the scale the model ran at in the period, a result; a
    project's scale ("Dự án … với quy mô 500 giường") stays its design."""
    v = vocabulary()
    if not v.design_words.is_one(w):
        return False  # the usual answer
    return v.model_openers.starting(c.head.lstrip(ITEM_DASHES)) is not None


def _contents_of_an_approved_plan(doc: Document, c: Context) -> str | None:
    """ "Kế hoạch sử dụng đất năm 2018 của huyện được UBND tỉnh phê duyệt tại Quyết định số 812/QĐ-UBND … với 94 công
    trình, dự án, tổng diện tích 318,46 ha; trong đó 41 công trình … chuyển tiếp …": a full sentence whose subject is
    a plan, then its approval, states what the plan holds, every figure of it a target, unless done words or a
    reached word stand between the approval and the figure ("…; đến nay đã thực hiện 37 công trình"), or an estimate
    or the time there is now opens its clause after a ";" ("…; ước thực hiện cả năm 3.612 triệu đồng", "Biên chế
    được giao … là 52 người; hiện có 48 người"). The approval."""
    v = vocabulary()
    words = doc.lower(c.full, c.f.start)
    if not (plan := v.given_targets.starting(words.lstrip(ITEM_DASHES))) or not v.plan_approvals.within(words):
        return None  # the usual answer: no plan opening the sentence, or no approval
    at = v.plan_approvals.first(words)
    if at < 0 or v.done_words.found(after := words[at:]) or v.reached_words.found(after) or v.spent_verbs.found(after):
        return None  # "…; đến ngày 30/11/2025 giải ngân 35.118 triệu đồng": money spent, a result
    if "%" in words[:at] or v.qualifiers_estimated.found(words[:at]):
        # "Kinh phí chi … năm 2019 ước thực hiện 18,65 tỷ đồng, bằng 100,8% dự toán được giao (18,5 tỷ đồng), tăng 1,42
        # tỷ đồng": a result, its ratio to the plan given; the approval names the ratio's base, not the sentence's
        return None
    if c.full < c.ss and ((opening := doc.lower(c.ss, c.f.start).lstrip(" ;"))
                          and (v.qualifiers_estimated.starting(opening) or v.now_words.starting(opening))):
        # "Dự toán … được giao năm 2018 là 3.850 triệu đồng; ước thực hiện cả năm 3.612": an estimate of it;
        # "Biên chế được giao … là 52 người; hiện có 48 người": what there is now
        return None
    return f"{plan} … {v.plan_approvals.starting(words[at:])}"


def _level_a_condition_raises(doc: Document, c: Context) -> str | None:
    """ "Hội đồng kết luận báo cáo được thông qua với điều kiện chủ dự án … nâng thể tích hồ sự cố từ 300 m3 lên 600
    m3": the level a change goes to, right after the level it starts from, in a sentence where a condition or a
    request asks for it, is a target; so is the level a target is adjusted to ("điều chỉnh chỉ tiêu … từ 14,5%
    xuống 10 - 11%"). The asking or adjusting words."""
    p = c.prev
    if p is None or p.unit != c.f.unit:
        return None  # the usual answer
    if p.why.get("role", "").startswith(ADJUSTED_FROM):
        return _target_adjusted(doc, c)
    if p.why.get("role") != STARTING_LEVEL:
        return None
    return vocabulary().condition_asks.found(doc.lower(c.ss, c.f.start))



def _target_adjusted(doc: Document, c: Context) -> str | None:
    """ "kiến nghị HĐND tỉnh điều chỉnh chỉ tiêu tăng trưởng GDP năm 2009 từ 14,5% xuống 10 - 11% và kim ngạch xuất
    khẩu từ 6.500 triệu USD xuống 5.100 triệu USD": an adjustment of a target (a plan, an estimate) earlier in the
    figure's sentence; its words."""
    v = vocabulary()
    if not v.tables.adjustment.within(head := doc.lower(c.ss, c.f.start)):
        return None  # the usual answer
    found = _adjusted_target().search(head)
    return found.group() if found else None


@cache
def _adjusted_target() -> re.Pattern[str]:
    """ "điều chỉnh chỉ tiêu", "điều chỉnh giảm kế hoạch": an adjustment word, maybe its direction, then what it
    adjusts (lowercased)."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{v.tables.adjustment.pattern})(?:\s+(?:{v.change.pattern}))?"
                      rf"\s+(?:{alternation(v.raw['adjusted_targets'])})(?!\w)")


def _a_plants_design(c: Context) -> str | None:
    """ "Nhà máy thủy điện … có 3 tổ máy, tổng công suất lắp máy 120 MW; hồ chứa có mực nước dâng bình thường 300 m,
    mực nước chết 280 m": a power plant's or a reservoir's design named right before the number (a qualifier
    between at most), or the units a plant has, is what the works are; not a gap from such a level ("thấp hơn
    mực nước dâng bình thường 0,4 m", a change); the words."""
    f, v = c.f, vocabulary()
    if f.kind in CHANGES or not c.left:
        return None
    if f.unit == "count" and f.counted and v.plant_units.starting(f.counted.lower()):
        return v.haves.ending(c.left)  # "có 3 tổ máy", not "đã hòa lưới 2 tổ máy"
    if not v.plant_design.within(c.left) or _ratings_summed(c):
        return None  # "có 3.145 hệ thống …, tổng công suất lắp đặt 53.325 kWp": what the things counted add up to
    return v.plant_design.ending(trimmed(c.left, v.any_qualifier))


def _design_word_past_a_qualifier(c: Context) -> str | None:
    """ "đang triển khai với quy mô khoảng 12.850 căn nhà", "công suất trên 500 MW", "quy mô gần 40 ha": a
    designed scale's word with a qualifier between it and the number is a design all the same; the word. Not a
    cost: "…, tổng mức đầu tư trên 40 tỷ đồng" after works done may be what was spent on them."""
    v = vocabulary()
    if not c.left or not v.any_qualifier.ending(c.left):
        return None  # the usual number: no qualifier right before it
    bare = trimmed(c.left, v.any_qualifier)
    w = v.design_words.ending(bare)
    if w and v.design_costs.is_one(w):
        # "Hiện có 9 công trình đang thi công với tổng mức đầu tư khoảng 512 tỷ đồng": the cost works are undertaken
        # with, or a project has, is their design
        return w if v.cost_holders.ending(bare[:len(bare) - len(w)].rstrip()) else None
    return w


def _measure_before_a_design(doc: Document, c: Context) -> str | None:
    """ "Sân khấu chính … có diện tích khoảng 350 m2, sức chứa khoảng 3.000 chỗ ngồi": an area or a length right
    before a comma and a design word is a measure of the same thing as designed, background as its capacity is; the
    design word."""
    if c.f.unit not in DESIGN_MEASURES or c.f.per:
        return None  # the usual answer
    if not (m := _COMMA_AFTER.match(doc.text, c.f.tail)):
        return None
    v, after = vocabulary(), doc.lower(m.end(), m.end() + DESIGN_WORD_REACH)
    if v.tables.not_design.starting(after):
        return None  # "có diện tích tự nhiên 2.486,3 ha, quy mô dân số 31.420 người": a place's own measures, no design
    return v.design_subjects.starting(after) or v.design_words.starting(after)


DESIGN_MEASURES: Final = frozenset({"m", "km", "m2", "ha"})  # the measures a thing is built to
_COMMA_AFTER: Final = re.compile(r"\s*,\s*")  # ", " right after a figure
DESIGN_WORD_REACH: Final = 24  # "công suất thiết kế": the longest design word


def _part_of_a_design(c: Context) -> bool:
    """ "Tổng mức đầu tư các dự án là 7.846 tỷ đồng, trong đó vốn ODA 248,6 triệu USD (tương đương
    khoảng 6.050 tỷ đồng, chiếm 77,1%), vốn đối ứng 1.796 tỷ đồng": the parts a part word lists after a
    designed scale or cost, in whatever unit, their equivalents and shares, are background with it, up
    to a verb of their own or a change; so is a measure named alone right after it ("sức chở 18.000
    TEU, dài 399 m")."""
    p = c.prev
    if p is None or p.role != "context":
        return False
    v = vocabulary()
    why = p.why.get("role", "")
    # "với quy mô 36,4 ha, gồm 1.150 lô đất": a scale right after a design word is one too
    word = why[len("after '"):-1] if why.startswith("after '") else ""
    if not why.startswith((_DESIGN, _DESIGN_PART)) \
            and not (word and (v.design_words.is_one(word) or v.expected_costs.is_one(word))):
        return False  # (a project's capital as expected, "tổng vốn đầu tư dự kiến …", is a designed cost too)
    words = c.raw_left
    for w in v.design_part_verbs.words:
        words = words.replace(w, " ")
    if v.change.found(words) or v.verbs.found(words):
        return False
    if c.f.counted and c.f.counted != p.counted and 0 <= p.start - c.ss <= len(c.head) \
            and re.search(r"\d\s+" + re.escape(" ".join(c.f.counted.lower().split()[:2])) + r"\b",
                          c.head[:p.start - c.ss]):
        # "có 8 dự án … với quy mô 10.656 căn, gồm: 3 dự án đã hoàn thành": a part of the whole before the
        # scale, counted as it is (by its noun's first two words: "42 công trình cấp nước …, trong đó: 3 công
        # trình quy mô liên xã")
        return False
    # "tàu container có sức chở 18.000 TEU, dài 399 m": the next measure of the same design
    # "tổng vốn đầu tư dự kiến khoảng 45.000 tỷ đồng (tương đương gần 2 tỷ USD)": the design in another unit
    # "với quy mô 5.460 căn, tổng mức đầu tư khoảng 2.870 tỷ đồng": the design's cost named right after its scale
    # "có sức chứa khoảng 15.000 xe máy và khoảng 900 ô tô": the next measure of the design, joined to it
    between = trimmed(words, v.any_qualifier).strip(" ,;")
    return p.why["role"].startswith(_DESIGN_PART) or bool(v.part_words.found(words)) \
        or bool(v.design_measures.is_one(words.strip(" ,;"))) or bool(v.same_change.found(c.raw_left)) \
        or bool(v.design_words.is_one(between)) or v.pair_words.is_one(between)


def _part_of_the_plan_year_done(doc: Document, c: Context, year: str | None) -> str | None:
    """ "Quý I/2025, sản lượng … ước đạt 1.235 tấn" among the targets of 2025: a sentence opening with
    a part of the targets' year gone by and a verb of attaining reports what was done in it; the
    part named."""
    if not year or not part_of_year(code := period_in(head := doc.text[c.full:c.f.start])) \
            or not (code or "").startswith(year) or not vocabulary().attained_verbs.found(head.lower()):
        return None
    return code


def _done_by_a_day_of_the_reports_year(doc: Document, c: Context) -> str | None:
    """ "Hiện nay, vụ Đông Xuân 2020 - 2021 đang được triển khai …; đến ngày 10/12/2020, toàn tỉnh đã xuống giống được
    21.350 ha" among the targets of 2021: a day of the report's own year in the figure's clause, then a word of done,
    says what was done by then, a result; the day."""
    v = vocabulary()
    head = doc.lower(c.ss, c.f.start)
    if not doc.year or "/" not in head or not v.done_words.within(head):
        return None  # the usual answer
    days = [m for m in _A_DAY.finditer(head) if int(m.group(3)) == doc.year]
    return days[-1].group() if days and v.done_words.found(head[days[-1].end():]) else None


_A_DAY: Final = re.compile(DAY)  # "10/12/2020": a day, its year in group 3


def _estimate_of_the_headings_year(doc: Document, c: Context) -> str | None:
    """An estimate of the year whose part the heading over the figure reports ("2. Thực trạng … đến tháng
    6/2025" over "ước đến hết năm 2025 đạt khoảng 65%"), that year the last named before the figure in its
    clause: a year under way, whatever year the report is about, its result forecast; why, or None."""
    scope = doc.headed.at(c.f.start)
    if scope is None or not scope.period or len(scope.period) <= 4:
        return None  # the usual answer: no heading naming a part of a year
    v = vocabulary()
    named = v.years_named(c.left)
    if not named or str(named[-1][1]) != scope.period[:4] \
            or not (w := v.qualifiers_estimated.found(c.left[:named[-1][0]])):
        return None
    return f"{w!r} before the year the heading {scope.heading!r} reports part of: a result forecast"


def _spread_plan(doc: Document, full: int, ss: int, start: int) -> str | None:
    """ "Năm 2024, phấn đấu …; …", "đặt mục tiêu mở thêm 2 đường bay và nâng … lên 70%": a
    target word earlier in the full sentence, before the figure's own words."""
    part = doc.text[full:ss]
    if not _HAS_SPREAD_LETTERS(part):
        return None
    v, low = vocabulary(), doc.lower(full, ss)
    if not (found := v.plan_spread.found(low)):
        return None
    if "%" in low:  # "bằng 104% chỉ tiêu phấn đấu và …": a target named as a base, blanked
        low = _ratio_target_name().sub(lambda m: "%" + " " * (len(m.group()) - 1), low)
        if not (found := v.plan_spread.found(low)):
            return None
    # "đặt mục tiêu … 75%; đến nay đã đào tạo 286.400 người": what is done so far, no target
    if v.plan_spread_stops.last(doc.lower(full, start)) > v.plan_spread.last(low):
        return None
    # "…; kết quả số huy chương vàng vượt 5 chiếc": the clause of the figure opens with its result
    clause = doc.lower(full, start).rpartition(";")[2].lstrip()
    return None if clause and v.plan_spread_results.starting(clause) else found


@cache
def _ratio_target_name() -> re.Pattern[str]:
    """ "104% chỉ tiêu phấn đấu": a target named as the base of the percent before it."""
    return re.compile(rf"%\s*(?:{alternation(vocabulary().raw['ratio_target_names'])})(?!\w)")


def _past_ratio_target(c: Context) -> str:
    """The clause before the figure, past a target named as the base of the percent before it ("bằng
    104% chỉ tiêu phấn đấu và tăng 18,6%": the target is 104%'s base, no marker of 18,6%)."""
    p = c.prev
    if p is None or p.unit != "percent":
        return c.left
    if w := vocabulary().ratio_target_names.starting(c.left) or _attained_with(c):
        return c.left[len(w):]
    return c.left


def _attained_with(c: Context) -> str | None:
    """ "Hoàn thành giao quân đạt 100% chỉ tiêu với 96 thanh niên nhập ngũ": a target named right after the
    percent of it before the figure, then only "với": the target is that percent's base, the figure the
    count the percent was attained with, no target; the target's words, or None."""
    p, v = c.prev, vocabulary()
    if p is None or p.kind != "plan_ratio" or not (w := v.plan_markers.starting(c.left)):
        return None  # the usual answer
    return w if v.attained_with.is_one(c.left[len(w):].strip()) else None


ASSIGNED_REACH: Final = 40  # "giao khoảng", "giao là": the giving word stands this near the number
GIVEN_TO_WORDS: Final = 8  # "giao Cục Hải quan tỉnh Lạng Sơn dự toán": the receiver's words, at most


def _given_target(left: str) -> str | None:
    """ "Bộ Tài chính giao Cục Hải quan tỉnh Lạng Sơn dự toán thu ngân sách nhà nước 6.800 tỷ đồng": a giving
    word, its receiver in a few words, a target noun and what it is of, with no verb, change or number
    between the noun and the figure: the target given; the words that say so."""
    v = vocabulary()
    if not v.given_targets.within(left) or (at := v.given_targets.last(left)) < 0:
        return None  # the usual answer
    noun = v.given_targets.starting(left[at:]) or ""
    rest, head = left[at + len(noun):], left[:at]
    if DIGIT.search(rest) or v.verbs.found(rest) or v.change.found(rest) or (g := v.giving.last(head)) < 0:
        return None
    receiver = head[g:]
    giver = v.giving.starting(receiver) or ""
    receiver = receiver[len(giver):]
    if v.not_assigned.ending(head[:g + len(giver)]) or len(receiver.split()) > GIVEN_TO_WORDS \
            or v.verbs.found(receiver) or DIGIT.search(receiver):
        return None
    return f"{giver} … {noun}"


@cache
def _choosing_verbs() -> Words:
    return Words(vocabulary().raw["choosing_verbs"])


def _required_floor_of_a_plan_ratio(c: Context) -> str | None:
    """ "đến ngày 30/9/2025 giải ngân đạt tối thiểu 60% kế hoạch vốn", "giải ngân đạt ít nhất 50% kế hoạch vốn được
    giao": a ratio to the plan with a word of the least it must be right before it is a floor set to reach, a
    target; the word. A result beyond a level is said otherwise ("giải ngân đạt trên 60% kế hoạch vốn")."""
    if c.f.kind != "plan_ratio" or c.f.qualifier != "over":
        return None  # the usual answer
    return vocabulary().required_floors.ending(c.left)


def _required_or_aimed_level(c: Context) -> str | None:
    """ "GRDP Quý IV phải tăng khoảng 10,1%", "để cả năm đạt 8%, …": a word of what must be reached right before the
    figure (a qualifier between or not), or a reach word closing a clause with a word of purpose before it; the
    words."""
    v = vocabulary()
    left = trimmed(c.left, v.any_qualifier)
    if w := v.required_levels.ending(left):
        return w
    if (w := v.aimed_levels.ending(left)) and (p := v.purposes.found(left[: len(left) - len(w)])):
        return f"{p} … {w}"  # the purpose opening the clause or inside it ("có giải pháp gì để … đạt 100%")
    return None


def _choice_capped(c: Context) -> str | None:
    """ "Hội đồng xét chọn tối đa 15 trong số 42 công trình", "mỗi huyện lựa chọn không quá 3 xã": a count capped
    by an at-most qualifier right after a verb of choosing is how many a body is to choose, a quota to fill; the
    verb."""
    if c.f.qualifier != "under" or c.f.unit != "count":
        return None  # the usual answer
    return _choosing_verbs().ending(trimmed(c.left, vocabulary().any_qualifier))


def _assigned_amount(c: Context) -> str | None:
    """ "Dự toán thu … năm 2025 được Bộ Tài chính giao 28.650 tỷ đồng, HĐND tỉnh giao 31.200 tỷ đồng": a
    giver of a few words and a giving word right before the figure (a qualifier or "là" between), in a
    sentence that names a target noun before them: the target assigned; the giving words."""
    v = vocabulary()
    if not v.giving.within(c.left[-ASSIGNED_REACH:]):
        return None  # the usual answer
    left = trimmed(trimmed(c.left, v.any_qualifier), v.allotted_gap)
    if not v.giving.ending(left) or v.not_assigned.ending(left):
        return None
    giver = LIST_BREAK.split(left[:len(left) - len(v.giving.ending(left) or "")])[-1]
    if (at := v.assigned_by.last(giver)) >= 0:  # "… năm 2025 được Bộ Tài chính": the giver after the word
        giver = giver[at + len(v.assigned_by.starting(giver[at:]) or ""):]
    elif years := list(FOUR_DIGITS.finditer(giver)):
        giver = giver[years[-1].end():]  # "Dự toán thu … năm 2015 Trung ương giao": the giver after the plan's year
    words = giver.split()
    if not 0 < len(words) <= GIVEN_TO_WORDS or DIGIT.search(" ".join(words)) or v.verbs.found(" ".join(words)):
        return None
    if not v.given_targets.within(c.head):
        return None
    return f"{' '.join(words)} giao"


def _plan_giving_a_measure(doc: Document, c: Context) -> str | None:
    """ "Kế hoạch năm 2020 giao sản lượng chanh dây 70.000 tấn": a sentence opening with a plan's noun, then "giao"
    and the words of what it sets, no verb nor number between, right before the figure: the target given; the plan's
    word and the giving word."""
    v = vocabulary()
    opening = doc.lower(c.ss, c.f.start).lstrip(ITEM_DASHES + " ")
    if not (plan := v.given_targets.starting(opening)) or (at := v.giving.last(opening)) < 0:
        return None  # the usual clause: no plan opening it, or no giving word in it
    measure = trimmed(opening[at + len(v.giving.starting(opening[at:]) or ""):], v.any_qualifier).split()
    if not 0 < len(measure) <= GIVEN_MEASURE_WORDS or DIGIT.search(" ".join(measure)) \
            or v.verbs.found(" ".join(measure)) or chain_words().found(" ".join(measure)) \
            or DIGIT.search(FOUR_DIGITS.sub("", opening[len(plan):at])):
        return None
    return f"{plan} … {v.giving.starting(opening[at:])}"


GIVEN_MEASURE_WORDS: Final = 6  # "sản lượng chanh dây": what a plan gives, between "giao" and the figure
ASSIGNED_TAIL_WORDS: Final = 12  # "giao trong các cơ quan, tổ chức hành chính của tỉnh là": the words after "giao"
ASSIGNED_REACH_BACK: Final = 120  # from the giving word to the figure, at most


def _assigned_before_a_copula(c: Context) -> str | None:
    """ "Tổng biên chế giáo viên được Ủy ban nhân dân tỉnh giao năm học 2022-2023 là 18.895 biên chế", "tổng biên chế
    công chức được giao trong các cơ quan, tổ chức hành chính của tỉnh là 2.765 biên chế": a target noun, then "được",
    a giver of a few words maybe, the giving word (or the approving one: "Tổng kinh phí tổ chức Lễ hội được UBND tỉnh
    phê duyệt là 50 tỷ đồng"), words of when or where with no verb, and a copula right before the figure: the target
    assigned; the words from "được" to the giving word."""
    v = vocabulary()
    near = c.head[-ASSIGNED_REACH_BACK:]
    if not (v.giving.within(near) or v.plan_approvals.within(near)):
        return None  # the usual answer, at C speed
    head = trimmed(c.head.rstrip(), v.any_qualifier)
    if not (copula := v.copulas.ending(head)):
        return None
    before = head[:-len(copula)].rstrip()
    if (at := v.assigned_by.last(before)) < 0:
        return None
    words = v.giving if v.giving.first(before[at:]) >= 0 else v.plan_approvals  # "được UBND tỉnh phê duyệt là"
    if (give := words.first(before[at:])) < 0:
        return None
    giver, tail = before[at:at + give].split()[1:], before[at + give:].split()[1:]
    if len(giver) > GIVEN_TO_WORDS or len(tail) > ASSIGNED_TAIL_WORDS or v.verbs.found(" ".join(giver + tail)) \
            or ";" in before[at:] or not v.given_targets.found(before[:at]) or v.not_assigned.found(before[at:]):
        return None
    return before[at:at + give + len(words.starting(before[at + give:]) or "")]


def _change_of_a_plan(c: Context) -> bool:
    """ "Kế hoạch vốn nước ngoài năm 2024 được Thủ tướng Chính phủ giao 612,4 tỷ đồng, giảm 8,6% so với
    năm 2023": a change right after a target, nothing but its change word (and a qualifier) between,
    is how the target moved: a target too; so is a second change joined to such a change ("tăng 8,9% so với
    dự toán Bộ Tài chính giao và tăng 4,1% so với ước thực hiện năm 2024"), and the same change in brackets right
    after it ("Dự toán … năm 2019 là 142,5 tỷ đồng, giảm 38,7 tỷ đồng (-21,4%) so với năm 2018")."""
    p = c.prev
    if p is None or p.role != "plan" or c.f.kind not in CHANGES:
        return False
    v = vocabulary()
    words = c.raw_left.strip(" ,")
    if p.why.get("role") == _PLAN_CHANGE and p.kind in CHANGES:
        if words == "(":
            return True  # "giảm 38,7 tỷ đồng (-21,4%)": the same change in another unit
        words = v.list_joiners.split(f" {words}")[-1].strip(" ,(")
    elif p.why.get("role") == _PLAN_THINGS and ")" in words:
        words = words.rpartition(")")[2].strip(" ,")  # "3.200 triệu đồng (37 đề án), tăng 6,7% so với năm 2013"
    if not (w := v.change.starting(words)):
        return False
    return not trimmed(words[len(w):], v.any_qualifier).strip()


_PLAN_CHANGE: Final = "the change of the target right before it"
_PLAN_THINGS: Final = "the things the target sum before it is given for"


def _things_a_target_is_for(c: Context) -> bool:
    """ "Tổng kinh phí … được giao là 4.850 triệu đồng với 42 đề án", "… 1.650 triệu đồng (5 đề án)": a count right
    after a target's sum and a word joining the things it is given for, or alone in a bracket after it, is a target
    too."""
    p = c.prev
    if p is None or p.role != "plan" or c.f.unit != "count" or p.unit not in MONEY:
        return False  # the usual answer
    left = c.raw_left.strip().lower()
    return left == "(" or vocabulary().target_things.is_one(left)
_PLAN_ADJUSTMENT: Final = "the cut or the rise an adjustment makes to a plan"


def _recipients_of_a_stated_plan(c: Context) -> str | None:
    """ "Tổng kế hoạch vốn … đã giao là 186.500 triệu đồng, bố trí cho 42 dự án", "điều chỉnh tăng 24.600 triệu đồng
    cho 6 dự án": a count right after a target's sum of money and a word giving it to something, nothing else
    between: how many things the plan is spread over, part of the target; the giving words. A count before the
    target's sum ("Tổng kế hoạch vốn giao cho 6 dự án là 1.286,4 tỷ đồng") counts what there is."""
    p = c.prev
    if c.f.unit != "count" or p is None or p.role != "plan" or p.unit not in MONEY:
        return None  # the usual answer
    w = vocabulary().allotted_to.ending(c.left)
    return w if w and c.raw_left.strip(" ,") == w else None


def _part_of_a_plan(doc: Document, c: Context) -> bool:
    """ "Tổng kế hoạch vốn … là 6.310,5 tỷ đồng, gồm vốn ngân sách địa phương 3.245,8 tỷ đồng,
    vốn ngân sách trung ương 2.418,7 tỷ đồng và …": the parts a part word lists after a target,
    in its unit and with no verb between, are targets too, each after the first as well (the
    first may have been a target for words of its own: "vốn … hỗ trợ có mục tiêu 245.000"), and
    after the target's change ("giao 186,42 tỷ đồng, tăng 12,7% so với năm 2023, gồm vốn …"), past a ";" too
    ("… được giao năm 2017 là 1.850 triệu đồng, giảm 23,5% so với năm 2016; trong đó kinh phí Trung ương …")."""
    p = c.prev
    v = vocabulary()
    left = c.raw_left
    if p is None and c.earlier is not None and c.earlier.why.get("role") == _PLAN_CHANGE \
            and v.part_words.starting(left.lstrip()):
        p, left = c.earlier, doc.lower(c.earlier.tail, c.f.start)  # the parts its sentence opens after the ";"
    if p is not None and p.why.get("role") == _PLAN_THINGS and (b := c.beside) is not None and b.role == "plan" \
            and b.unit == c.f.unit and left.lstrip().startswith(")"):
        # "trong đó khuyến công quốc gia 1.200 triệu đồng (3 đề án), khuyến công địa phương 1.650 triệu đồng": past the
        # bracket of the things a part is for, the part before it
        p, left = b, doc.lower(b.tail, c.f.start)
    if p is None or p.role != "plan":
        return False
    if open_bracket(doc.lower(c.full, p.start)) >= 0 and ")" in left:
        return False  # "đạt 140% kế hoạch (KH 15 sản phẩm), trong đó: 16 …": the parts of the result before it
    if c.f.unit == "percent" and p.unit != "percent" and p.why.get("role", "").startswith("a part of") \
            and v.share_verbs.is_one(left.strip(" ,")):
        return True  # "trong đó vốn cân đối … 11.280 tỷ đồng, chiếm 61,1%": the part's share of the target
    if p.unit != c.f.unit:  # the change's words ("so với năm 2023") are no verb between
        if p.why.get("role") not in (_PLAN_CHANGE, _PLAN_THINGS) or (at := v.part_words.last(left)) < 0:
            return False
        left = left[at:]
    if v.verbs.found(left) or v.change.found(left) or v.plan_spread_stops.found(left):
        return False  # "…, trong đó quý I đã làm 12 km": the part done so far, a result
    return bool(v.part_words.found(c.raw_left)) or p.why.get("role", "").startswith("a part of") \
        or c.full < p.start and bool(v.part_words.found(doc.lower(c.full, p.start)))


def _total_a_target_brings(c: Context) -> bool:
    """ "giao chỉ tiêu năm 2017 có thêm 49 xã đạt Bộ tiêu chí …, nâng tổng số xã đạt tiêu chí lên 470 xã": the total a
    clause raises to right after a target counted in the same things is a target too."""
    p, v = c.prev, vocabulary()
    if p is None or p.role != "plan" or p.unit != c.f.unit or not v.to_level.ending(c.left):
        return False  # the usual figure
    clause = c.raw_left.rpartition(",")[2].strip().lower()
    # not past a bracket: "đạt 105% kế hoạch (KH 40 bệnh nhân), nâng tổng số … lên 87 bệnh nhân" raises the result's
    return "," in c.raw_left and ";" not in c.raw_left and ")" not in c.raw_left \
        and v.total_raises.starting(clause) is not None


def _share_of_a_target_in_brackets(c: Context) -> bool:
    """ "nâng tổng số xã đạt tiêu chí lên 470 xã (đạt 74,0%)": a percent alone in a bracket right after a target in
    things counted, maybe after a word of attaining or a share's verb, is the share that target makes."""
    p, v = c.prev, vocabulary()
    if p is None or p.role != "plan" or p.unit != "count" or c.f.unit != "percent":
        return False  # the usual figure
    words = c.raw_left.strip()
    if not words.startswith("(") or ")" in words:
        return False
    inside = words[1:].strip().lower()
    return not inside or v.attained_verbs.is_one(inside) or v.share_verbs.is_one(inside)


def _part_listed_after_a_semicolon(doc: Document, c: Context) -> str | None:
    """ "Tổng kế hoạch vốn năm 2025 là 1.146,8 tỷ đồng, gồm: vốn đầu tư phát triển 612,4 tỷ đồng; vốn sự nghiệp
    318,5 tỷ đồng; vốn năm 2024 chuyển sang 119,7 tỷ đồng.", "Tổng diện tích đất phải thu hồi … là 168,45 ha, trong
    đó: đất ở 12,36 ha; đất nông nghiệp 118,72 ha": a target's or a designed scale's parts listed one a clause, each
    after a ";", in the first part's unit and with no verb: of its role too, as the first part is (the role, else
    None). Not one that says what is done ("…; vốn sự nghiệp giải ngân 191,7 tỷ đồng", "…; đến ngày 30/11/2025 giải
    ngân 35.118 triệu đồng")."""
    p = c.earlier
    things = p is not None and p.why.get("role") == _PLAN_THINGS  # "… 1.650 triệu đồng (5 đề án); …"
    if c.prev is not None or p is None or p.role not in ("plan", "context") or p.unit != c.f.unit and not things \
            or not (things or p.why.get("role", "").startswith(("a part of the target", _DESIGN_PART))):
        return None  # the usual answer
    between = doc.text[p.tail:c.f.start]
    if between.count(";") != 1 or "\n" in between or ". " in between:
        return None
    v = vocabulary()
    left = between.rpartition(";")[2].lower()
    return None if v.verbs.found(left) or v.change.found(left) or v.plan_spread_stops.found(left) \
        or v.spent_verbs.found(left) else p.role


def _parts_of_the_plan_sentence_before(doc: Document, c: Context) -> str | None:
    """ "Kế hoạch năm 2025 là hỗ trợ 4.478 căn nhà. Trong đó, hộ gia đình người có công có 1.045 căn, hộ nghèo
    2.287 căn": a sentence that opens with a part word right after a target's sentence, in its paragraph and
    unit, lists the target's parts, unless it says what is done ("Trong đó, đã hoàn thành 1.045 căn") or the
    target was a bracket given to a result; the part word. The parts after the first follow it as parts of a
    target (see _part_of_a_plan)."""
    p = c.before
    if c.prev is not None or p is None or p.role != "plan" or p.tail > c.ss or p.unit != c.f.unit:
        return None  # the usual answer: no target's sentence right before
    v = vocabulary()
    between = doc.text[p.tail:c.ss]
    if not (w := v.part_words.starting(c.head)) or "\n" in between or ")" in between or between.count(".") > 1:
        return None  # "bằng 93,6% kế hoạch năm (13.500 triệu USD). Trong đó, …": the parts of the result
    if v.done_words.found(c.head) or v.change.found(c.head) or v.plan_spread_stops.found(c.head):
        return None
    return w


# "so với năm 2024 (78 chỉ tiêu)": a bracket right after a year holds that year's level, no group's tally.
_YEAR_BRACKET: Final = re.compile(r"(?<!\d)(?:19|20)\d\d\s*\(\s*$")


def _recruiting_heading(doc: Document, at: int) -> str | None:
    """The recruiting word in the heading of the targets ``at`` is under ("I. CHỈ TIÊU TUYỂN DỤNG"): its
    places to fill are counted in every clause of its sentences, not only in one naming the recruiting."""
    scope = doc.scopes.at(at)
    return None if scope is None else vocabulary().recruiting.found(scope.heading.lower())


_PLAN_BRACKET_PART: Final = "a part of the target before it, in brackets"


def _bracketed_part_of_a_plan(c: Context) -> bool:
    """ "giao chỉ tiêu cho thị xã 176 công dân (Quân đội 158, Công an nhân dân 18)": the parts named in a
    bracket that opens right after a target (its noun between), in its unit, with no verb, change or
    other number before them in the bracket, split the target: targets too, each after the first as well."""
    p = c.prev
    if p is None or p.role != "plan" or p.unit != c.f.unit:
        return False  # the usual answer
    v = vocabulary()
    left = c.raw_left
    if p.why.get("role") == _PLAN_BRACKET_PART:  # "…, Công an nhân dân 18": the next part, the bracket still open
        if "(" in left or ")" in left:
            return False
        inside = left
    else:
        if (at := open_bracket(left)) < 0 or v.verbs.found(left[:at]) or v.change.found(left[:at]) or ")" in left[:at]:
            return False  # "(đạt 32,5%, mục tiêu 35%) và tỷ lệ … (17,2%": a target in a bracket closed before
        inside = left[at + 1:]
    return not (DIGIT.search(inside) or v.verbs.found(inside) or v.change.found(inside))


def _norm_bracket(c: Context) -> str | None:
    """ "… mức dư nợ vay tối đa theo quy định (2.052 tỷ đồng)": a bracket holding only a number, right after
    a level word and the rule that sets it, holds that norm; so does one right after a comparison with the rule
    ("giảm 3 ngày so với quy định (15 ngày)"); the words that say so."""
    left = c.raw_left
    if (at := open_bracket(left)) < 0 or trimmed(left[at + 1:], vocabulary().any_qualifier).strip():
        return None
    v = vocabulary()
    head = left[:at].rstrip()
    if number_besides_years(head) or not (source := v.norm_sources.ending(head)):
        return None
    if (start := v.norm_levels.last(head)) >= 0:
        return f"{v.norm_levels.starting(head[start:])} … {source}"
    if compared := v.comparison.ending(head[:len(head) - len(source)].rstrip()):
        return f"{compared} {source}"
    return None


_STANDARD_CODE_END: Final = re.compile(r"\s+\d[\w:./-]*$")  # "05:2023/btnmt" after "qcvn"
MEASURE_NAME_WORDS: Final = 2  # "bụi", "SO2", "bụi mịn": a measure named before its limit in a standard's bracket


def _standard_bracket(doc: Document, c: Context) -> str | None:
    """ "vượt QCVN (50 µg/m3)", "giới hạn trung bình năm theo QCVN 05:2023/BTNMT (25 µg/m3)", "đạt quy chuẩn
    (40 µg/m3)": a bracket holding only a number right after a national technical standard, named by its
    abbreviation with or without its code, holds the limit the standard sets, a requirement the measure is
    held against; so does one listing a limit per measure, each named by a word or two and no verb ("giới hạn cho
    phép theo QCVN 23:2009/BTNMT (bụi 100 mg/Nm3, SO2 500 mg/Nm3)"); the standard's name."""
    left = c.raw_left
    if "(" not in left and c.prev is not None and c.prev.role == "plan" and "," in left:
        left = doc.lower(c.ss, c.f.start)  # "SO2 500 mg/Nm3" after the limit before it in the bracket
    if "(" not in left or not vocabulary().standard_names.within(left):
        return None  # the usual answer
    v = vocabulary()
    if (at := open_bracket(left)) < 0:
        return None
    *listed, name = left[at + 1:].split(",")
    name = trimmed(name, v.any_qualifier).strip().rstrip(":").strip()
    if len(name.split()) > MEASURE_NAME_WORDS or name and v.verbs.found(name.lower()) \
            or not all(DIGIT.search(item) for item in listed):
        return None
    head = left[:at].rstrip()
    return vocabulary().standard_names.ending(_STANDARD_CODE_END.sub("", head))


def _guideline_value(c: Context) -> str | None:
    """ "gấp 7,7 lần giá trị hướng dẫn của Tổ chức Y tế Thế giới (WHO) là 5 µg/m3", "giá trị giới hạn theo quy
    chuẩn là 300 µg/m3": a limit or guideline value named before a copula right before the number is that
    value, a requirement the measure is held against; the words that name it."""
    v, left = vocabulary(), c.left.rstrip()
    if not (cop := v.copulas.ending(left)) or not (w := v.guideline_values.found(left)):
        return None  # the usual answer: no copula right before the number
    return w if not number_besides_years(left[left.rfind(w):-len(cop)]) else None


def _bound_a_standard_sets(doc: Document, c: Context) -> str | None:
    """ "Theo TCVN 4391:2015, khách sạn 4 sao phải có tối thiểu 50 buồng ngủ, khách sạn 3 sao tối thiểu 20 buồng
    ngủ": a bound in a full sentence opening with the standard that sets it is what the standard requires, a
    requirement; "Theo báo cáo, có trên 50 cơ sở đạt chuẩn" cites no standard and states a result. The words."""
    if c.f.qualifier not in ("under", "over"):
        return None  # the usual answer
    return vocabulary().standard_citations.starting(doc.lower(c.full, c.full + ACT_CITATION_REACH).lstrip())


_RULE_NUMBER_END: Final = re.compile(r"\d+/\d{4}/(?:[A-Z]|Đ)[\w-]*$")  # "Thông tư số 28/2020/TT-BGDĐT"


def _ceiling_of_a_rule(c: Context) -> str | None:
    """ "cao hơn quy định tại khoản 1 Điều 6 Thông tư số 28/2020/TT-BGDĐT (không quá 35 học sinh/lớp)": a
    bracket holding only a bound and the number, right after a rule's number, holds the bound the rule
    sets, a requirement; the bound's words."""
    if c.f.qualifier not in ("under", "over") or "(" not in c.raw_left:
        return None  # the usual answer
    left = c.raw_left
    if (at := open_bracket(left)) < 0 or trimmed(left[at + 1:], vocabulary().any_qualifier).strip():
        return None
    return left[at + 1:].strip() if _RULE_NUMBER_END.search(c.window[:at].rstrip()) else None


def _allowed_excess_cap(c: Context) -> str | None:
    """ "tại vùng 2 giá bán được cao hơn nhưng không quá 2% so với vùng 1", "học phí được tăng nhưng tối đa 10%": a
    ceiling in a clause where a rule lets a level exceed another is the cap the rule sets, a requirement, not a
    result; the words that let it. "giá bán cao hơn 2% so với vùng 1" states a result."""
    if c.f.qualifier != "under":
        return None  # the usual answer
    v = vocabulary()
    clause = c.head.rpartition(";")[2]
    return v.allowed_excess.found(clause) if v.allowed_excess.within(clause) else None


PROPOSAL_REACH: Final = 40  # "đề nghị Ủy ban nhân dân tỉnh hỗ trợ": whom a request asks, between it and its verb
_REQUEST: Final = "a request for the future"


def _plan_opening_past_a_preface(doc: Document, c: Context) -> re.Match[str] | None:
    """ "Theo Đề án phát triển ngành hoa … phê duyệt tại Quyết định số 2523/QĐ-UBND ngày 27/11/2017, mục tiêu đến
    năm 2020, diện tích … đạt khoảng 9.500 ha; sản lượng đạt trên 3,6 tỷ cành": a target word and its year right
    after the comma that closes a preface open the sentence as if they stood first; their match, or None."""
    v = vocabulary()
    opening = doc.lower(c.full, c.full + PREFACE_REACH).lstrip(" -–+*")
    if not v.prefaces.starting(opening):
        return None  # the usual sentence: no preface opens it
    head = doc.text[c.full:c.f.start]
    document = v.plan_document_sources.starting(opening)
    at = head.find(", ")
    while at >= 0:
        if (m := v.plan_opening.match(doc.text, c.full + at + 1)
                or document and v.horizon_opening.match(doc.text, c.full + at + 1)) \
                and after_a_preface(doc, c.full, c.full + at + 2):
            # "Theo Đề án … giai đoạn 2016 - 2020, đến năm 2020, …": the horizon of the document's targets
            return m
        at = head.find(", ", at + 2)
    return None


PREFACE_REACH: Final = 20  # "theo chương trình": the longest preface or plan document's opening words


def _demanded_by_a_deadline(c: Context) -> str | None:
    """ "Tỉnh yêu cầu các địa phương khởi công … và hoàn thành, bàn giao 100% số nhà trước ngày 30/8/2025": a figure
    after a demand word in its sentence, with a deadline right after it in its clause, is what must be done by that
    day, a target ("Tỉnh đã hoàn thành 90% số nhà trước ngày 30/5/2025" reports a result); the demand word."""
    v = vocabulary()
    if not v.demands.within(c.head) or not v.deadlines.found(c.right):
        return None  # the usual figure: no demand before it, or no deadline after it
    return v.demands.found(c.head)


def _purposes_listed(c: Context, prev: Figure) -> bool:
    """ "đề nghị Trung ương hỗ trợ … 150 tỷ đồng để nạo vét 48 tuyến kênh, xây dựng 12 cống ngăn mặn, khoan 65
    giếng": past a request, a purpose word ("để") before the figure before this one opens what the help is for,
    and its items run on over commas (not a ";" or ":") as the request does; "đề nghị hỗ trợ 150 tỷ đồng, đã xây
    dựng 12 cống" names no purpose, and the comma ends the request."""
    v = vocabulary()
    if _ITEMS_BREAK.search(c.raw_left) or (asked := v.proposals.last(c.head)) < 0:
        return False
    purpose = v.purposes.last(c.head)
    return asked < purpose < prev.start - c.ss


_ITEMS_BREAK: Final = re.compile(r"[;:]")  # what ends a list of items after a purpose word


def _proposal(c: Context) -> str | None:
    """ "Sở đề xuất UBND tỉnh dành khoảng 3,5 tỷ đồng", "Đề nghị Trung ương hỗ trợ tỉnh 350 tỷ đồng": a
    proposal word, then past whom it asks (no number between) a verb of giving, and the figure in the same
    clause: what is asked for, a target; so is the figure after it joined with no comma ("350 tỷ đồng và 500
    tấn gạo"). "kiến nghị thu hồi 28,9 tỷ đồng" gives nothing (an inspection's finding, a result), nor does
    "tiếp nhận 25 hồ sơ đề nghị cấp phép, đã cấp 20 giấy phép". The words that say so."""
    left = c.raw_left
    if c.prev is not None and c.prev.why.get("role", "").startswith(_REQUEST):
        if not LIST_BREAK.search(left):
            return "the request before it"
        if _purposes_listed(c, c.prev):
            return "the request's purposes, listed"
    v = vocabulary()
    if w := _demand_on_whom_it_binds(left):
        return w
    if not v.proposals.within(left) or (at := v.proposals.last(left)) < 0:
        return None  # the usual answer
    asked = v.proposals.starting(left[at:]) or ""
    after = left[at + len(asked):]
    grant = _grant_verb(after[:PROPOSAL_REACH])
    if grant < 0 or DIGIT.search(after[:grant]) or LIST_BREAK.search(after):
        return _request_to_a_body(asked, after)
    return f"{asked} … {v.proposed_grants.starting(after[grant:])}"


def _demand_on_whom_it_binds(left: str) -> str | None:
    """ "UBND huyện yêu cầu các lực lượng tiếp tục duy trì 6 tổ trực", "yêu cầu các chủ đầu tư … giải ngân 100%": a
    demand word with the many it binds right after it ("các …") and, short of a break or another number, what they
    are to do with the figure: a target. The words that say so, else None."""
    v = vocabulary()
    if not v.demands.within(left) or (at := v.demands.last(left)) < 0:
        return None  # the usual figure: no demand before it in its clause
    asked = v.demands.starting(left[at:]) or ""
    return _addressed(asked, left[at + len(asked):], v.demanded_ones, DEMAND_REACH)


DEMAND_REACH: Final = 80  # "yêu cầu các chủ đầu tư tập trung cao độ … giải ngân": whom a demand binds and what they do


def _grant_verb(text: str) -> int:
    """Where the first verb of giving stands in ``text``, past a level of government named with the same word
    ("đề nghị cấp trên khen thưởng", "đề nghị cấp có thẩm quyền phê duyệt": "cấp" there is "level", no grant);
    -1 if none."""
    v = vocabulary()
    skipped = 0
    while (at := v.proposed_grants.first(text[skipped:])) >= 0 \
            and ((level := v.government_levels.starting(text[skipped + at:]))
                 or (level := _levels_counted(text, skipped + at))):
        skipped += at + len(level)
    return at if at < 0 else skipped + at


def _levels_counted(text: str, at: int) -> str | None:
    """ "Viện kiểm sát hai cấp thụ lý …", "chính quyền các cấp": the word of giving at ``at`` after a word counting
    levels is "level", no grant; that word, else None."""
    v = vocabulary()
    word = v.proposed_grants.starting(text[at:])
    return word if word in _level_heads() and v.levels_counted.ending(text[:at].rstrip()) else None


@cache
def _level_heads() -> frozenset[str]:
    """The first words of the government levels ("cấp")."""
    return frozenset(w.split(" ")[0] for w in vocabulary().government_levels.words)


@cache
def _request_words() -> tuple[Words, Words]:
    """The words of a request, and the bodies a request may be addressed to."""
    raw = vocabulary().raw
    return Words(raw["requests"]), Words(raw["addressed_bodies"])


def _request_to_a_body(asked: str, after: str) -> str | None:
    """ "đề nghị UBND huyện tập trung thu hồi 27,5 tỷ đồng nợ đọng thuế", "đề nghị các sở, ngành … ": a request
    (``asked``), then the body it is addressed to right after it and, short of a break or a number, what the body
    is to do with the figure: a target; an inspection's "kiến nghị thu hồi …" names no body and stays a result.
    ``after``: the words between the request and the number. The words that say so, else None."""
    words, bodies = _request_words()
    return _addressed(asked, after, bodies, PROPOSAL_REACH) if words.is_one(asked) else None


def _addressed(asked: str, after: str, addressees: Words, reach: int) -> str | None:
    """A request or demand (``asked``) followed, within ``reach`` characters and with no break or number between
    (``after``), by one of the ``addressees`` it binds: what they are to do with the figure is a target. The words
    that say so, else None."""
    if len(after) > reach or DIGIT.search(after) or LIST_BREAK.search(after):
        return None
    bound = addressees.starting(after.lstrip())
    return f"{asked} {bound} …" if bound else None


_ALLOTTED_SUM: Final = "allotted capital"
_ALLOTTED_PURPOSE: Final = "the work allotted capital is for"


def _allotted_among_a_results_parts(doc: Document, c: Context) -> str | None:
    """ "Tổng nguồn lực huy động … đạt hơn 245 tỷ đồng. Trong đó, ngân sách Trung ương hỗ trợ 62,7 tỷ đồng; ngân sách
    tỉnh bố trí 48,5 tỷ đồng": money after a verb of allotting, in a full sentence that a part word opens after a
    result in money, is a part of what was raised, put in already: a result, not allotted capital ("Kế hoạch vốn …
    là 120 tỷ đồng. Trong đó, ngân sách tỉnh bố trí 40 tỷ đồng" lists the parts of a plan); the part word."""
    v, p = vocabulary(), c.before
    if p is None or p.role != "actual" or p.unit not in MONEY or not v.allotting.within(c.left):
        return None  # the usual answer: no verb of allotting, or no result in money before it
    if not v.allotting.ending(trimmed(c.left, v.any_qualifier)):
        return None
    return v.part_words.starting(doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES + " "))


def _allotted_sum(c: Context) -> str | None:
    """ "Tỉnh đã bố trí 5,5 tỷ đồng từ nguồn dự phòng ngân sách để xử lý khẩn cấp 400 m xung yếu nhất",
    "tỉnh bố trí 12 tỷ đồng để xây dựng thêm 16 phòng học tại 3 trường": money right after a verb of
    allotting is allotted capital, a plan; the figures of the work after "để" that it is for (no clause
    break between) are part of it. The words that say so."""
    v = vocabulary()
    f, p = c.f, c.prev
    if p is not None and p.role == "plan" and not LIST_BREAK.search(c.raw_left):
        why = p.why.get("role", "")
        if why.startswith(_ALLOTTED_PURPOSE) or why.startswith(_ALLOTTED_SUM) and v.purposes.found(c.raw_left):
            return f"{_ALLOTTED_PURPOSE}, after the sum before it"
    if f.unit not in MONEY or not v.allotting.within(c.left):
        return None  # the usual answer
    w = v.allotting.ending(trimmed(c.left, v.any_qualifier))
    return f"{_ALLOTTED_SUM}: {w!r} right before it" if w else None


def _allotted_funds_as_subject(c: Context) -> str | None:
    """ "Tổng kinh phí bố trí cho công tác phòng cháy, chữa cháy rừng mùa khô là 12.480 triệu đồng", "Vốn được
    phân bổ cho chương trình là 86 tỷ đồng", "Tổng kinh phí Chương trình … cấp cho hoạt động … năm 2018 là 850 triệu
    đồng": money right after "là", the first figure of a sentence that opens (a sum word first, maybe) with funds,
    the words naming whose or which maybe, and the verb that allots them, is the sum allotted, a plan, as after
    "bố trí" itself; "Kinh phí đã giải ngân là 9,3 tỷ đồng" names no allotting and states a result. The words."""
    f = c.f
    if f.unit not in MONEY or c.prev is not None:
        return None  # the usual answer
    v = vocabulary()
    if not v.allotting_funds.within(c.head) or not v.copulas.ending(trimmed(c.left, v.any_qualifier)):
        return None
    opening = c.head.lstrip(ITEM_DASHES)
    if total := v.group_sums.starting(opening):
        opening = opening[len(total):].lstrip()
    return m.group() if (m := v.allotted_funds.match(opening)) else None


def _estimated_cost(c: Context) -> str | None:
    """ "tổng mức đầu tư dự kiến khoảng 55 tỷ đồng", "tổng vốn đầu tư dự kiến 2.500 tỷ đồng": a project's cost
    estimated or expected, such a word among the qualifiers between; the cost's words ("tổng mức đầu tư trên 40 tỷ
    đồng" has none: a result)."""
    v = vocabulary()
    if not v.design_costs.within(c.left) and not v.expected_costs.within(c.left):
        return None  # the usual answer
    bare = trimmed(c.left, v.any_qualifier)
    qualifiers = c.left[len(bare):]
    if w := v.design_costs.ending(bare):
        return w if v.qualifiers_estimated.found(qualifiers) else None
    # "tổng vốn đầu tư dự kiến khoảng 45.000 tỷ đồng": a project's capital as expected
    return w if (w := v.expected_costs.ending(bare)) and v.cost_expectations.found(qualifiers) else None


def _expected_funds(c: Context) -> str | None:
    """ "Tổng kinh phí dự kiến khoảng 8,5 tỷ đồng": funds right before an expectation word among the qualifiers
    before the number, what a work still to be done is expected to take; the funds' words, else None."""
    v = vocabulary()
    bare = trimmed(c.left, v.any_qualifier)
    return w if (w := v.expected_funds.ending(bare)) and v.cost_expectations.found(c.left[len(bare):]) else None


def _project_subject(c: Context) -> str | None:
    """ "Dự án cấp nước sạch cho 4 xã vùng cát … có công suất …", "Dự án nâng cấp đường ĐT.582 có chiều dài
    7,4 km": a project opening the sentence as its subject, the number in its name or a measure it has,
    before any verb of what was done; the project word."""
    v = vocabulary()
    head = c.head.lstrip(" -+•*–")
    if c.f.unit == "percent" or not (w := v.project_subjects.starting(head)):
        return None  # the usual answer
    return None if v.project_verbs.found(head) or v.change.found(head) else w


def _allotted_by_an_act(c: Context) -> str | None:
    """ "UBND tỉnh ban hành Quyết định số 2218/QĐ-UBND ngày 10/11/2017 phân bổ toàn bộ số gạo trên cho 8 huyện …
    để hỗ trợ 23.550 hộ", "Thủ tướng Chính phủ ban hành Quyết định số 1742/QĐ-TTg xuất cấp 1.250 tấn gạo cho
    tỉnh": an act issued, then the word of allocating, before the figure in its sentence (no ";" between): what
    the act allots, a plan; the allocating word."""
    v = vocabulary()
    if not v.act_issuing.within(low := c.head):
        return None  # the usual answer
    issued = v.act_issuing.last(low)
    words, acts = v.allocating, v.acts
    at = words.first(low[issued:])
    if at < 0 or not acts.found(low[issued:issued + at]) or ";" in low[issued + at:]:
        return None
    return words.starting(low[issued + at:])


def _act_term(c: Context) -> str | None:
    """ "tỉnh đã ban hành Nghị quyết số 45/2023/NQ-HĐND hỗ trợ thêm 10% mức đóng …, với kinh phí ước khoảng
    6,4 tỷ đồng mỗi năm": an act issued and the support it gives, before the figure in its sentence (no ";"
    between); the words that say so."""
    v = vocabulary()
    if not v.act_issuing.within(low := c.head):
        return None  # the usual answer
    found = list(v.act_support.finditer(low))
    return found[-1].group() if found and ";" not in low[found[-1].end():] else None


def _level_a_cited_act_sets(doc: Document, c: Context) -> str | None:
    """ "Thực hiện Nghị định số 02/2017/NĐ-CP …, mức hỗ trợ đối với diện tích lúa thuần bị thiệt hại trên 70% là
    2.000.000 đồng/ha, thiệt hại từ 30 - 70% là 1.000.000 đồng/ha": money per thing stated with "là" in a clause
    naming a set level, in a sentence that opens by carrying out an act cited by its number, is a level the act
    sets, a term; so is money per thing right after a word of support there ("Thực hiện Nghị quyết số
    123/2018/NQ-HĐND …, tỉnh hỗ trợ 15 triệu đồng/ha đối với diện tích trồng mới …"), and a share of a cost there
    ("…, mỗi hộ xây mới từ 10 bể trở lên được hỗ trợ 30% chi phí con giống"), and money per thing stated with "là"
    in a clause after a ";" when an earlier clause names the set level. The level's or the support's word."""
    v, f = vocabulary(), c.f
    priced = f.unit in MONEY and "/" in doc.text[f.start:f.tail + 1]  # "5.000 đồng/lượt": a price per something
    if not (f.per and f.unit.partition("_per_")[0] in MONEY or priced
            or f.unit == "percent" and v.supported_costs.starting(c.right.lstrip())):
        return None  # the usual answer
    clause = c.head.rpartition(";")[2]
    word = v.set_levels.found(clause) if v.copulas.ending(c.left) and v.set_levels.within(clause) \
        else v.support_words.ending(trimmed(c.left, v.any_qualifier)) or _support_for_a_thing(c)
    if not word and priced and (v.copulas.ending(c.left) or c.prev is not None and c.prev.role == "context"
                                and c.prev.unit == f.unit and chain_words().ending(c.raw_left.rstrip())):
        # "Theo Quyết định số 44/2017/QĐ-UBND …, giá trông giữ xe máy là 5.000 đồng/lượt ban ngày và 8.000 đồng/lượt
        # ban đêm; ô tô … là 25.000 đồng/lượt": a price per something the act's sentence states, across its ";",
        # and the like price joined to one
        word = v.price_heads.found(doc.lower(c.full, c.f.start))
    if not word and c.full < c.ss and v.copulas.ending(c.left):
        # "…, mức hỗ trợ đối với diện tích … trên 70% là 2.000.000 đồng/ha; diện tích … từ 30% đến 70% là 1.000.000
        # đồng/ha": the next level stated across the ";", the set level named in a clause before it
        word = v.set_levels.found(doc.lower(c.full, c.ss))
    if not word:
        return None
    opening = doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES)
    if not v.prefaces.starting(opening) or not _cited_number().search(opening.partition(",")[0]):
        return None
    return word


def _a_contests_rule(doc: Document, c: Context) -> str | None:
    """ "Theo thể lệ, mỗi đội có thời lượng trình diễn 20 phút": a full sentence opening with a contest's rules and a
    comma gives what the rules set, terms (across its ";" too); the rules' words."""
    opening = doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES + " ")
    w = vocabulary().contest_rules.starting(opening)
    return w if w and opening[len(w):].lstrip().startswith(",") else None


def _posted_price(doc: Document, c: Context) -> str | None:
    """ "Giá gửi xe được niêm yết công khai: 5.000 đồng/lượt xe máy, 30.000 đồng/lượt …": money after the colon of a
    sentence opening with a price and the word that posts it is the price a seller posts, a term, not a result; the
    posting words."""
    v = vocabulary()
    opening, colon, _ = doc.lower(c.full, c.f.start).partition(":")
    opening = opening.lstrip(ITEM_DASHES)
    if not colon or not v.price_heads.starting(opening):
        return None  # the usual answer
    return v.posted_prices.found(opening)


def _support_for_a_thing(c: Context) -> str | None:
    """ "ngân sách tỉnh hỗ trợ trồng rừng gỗ lớn với mức 5 triệu đồng/ha", "hỗ trợ chi phí cấp chứng chỉ FSC lần đầu
    300.000 đồng/ha": money per thing after a word of support and what it supports, in the figure's clause, is what
    each one is given; not an average of what was given ("hỗ trợ 2.450 ha, bình quân 4,8 triệu đồng/ha") nor what
    was paid ("đã hỗ trợ các hộ có lợn buộc tiêu hủy với mức 38.000 đồng/kg"). The word."""
    v = vocabulary()
    if not c.f.per or v.tables.average.found(c.left) or v.done_words.found(c.left):
        return None  # the usual answer
    return v.support_words.found(c.left)


def _subject_of_a_cited_act(c: Context) -> str | None:
    """ "Thực hiện Quyết định số 131/QĐ-TTg ngày 23/01/2009 … về việc hỗ trợ lãi suất 4%/năm cho các tổ chức …, đến
    ngày 30/6/2009, …": a figure in what an act cited by its number is about (its "về việc", no clause break
    between) is a term the act sets, no result; an ask for approval ("về việc phê duyệt …") is read elsewhere. The
    subject's word."""
    v = vocabulary()
    if not v.act_subjects.within(head := c.head):
        return None  # the usual answer
    at = v.act_subjects.last(head)
    if at < 0 or any(mark in head[at:] for mark in ",;:") or _submission_words()[1].within(head[at:]) \
            or not _cited_number().search(head[:at]):
        return None
    return v.act_subjects.starting(head[at:])


@cache
def _cited_number() -> re.Pattern[str]:
    """ "số 131/qđ-ttg", "số 68/nq-cp": a document's number, a slash and a letter after its digits (lowercased)."""
    return re.compile(rf"(?<!\w)(?:{vocabulary().document_number_words.pattern})\s+\d+(?:/\d{{4}})?/[^\W\d]")


def _share_of_takings(c: Context) -> str | None:
    """ "chi trả từ 1-2% doanh thu", "trích 10% tổng số tiền thu được để lập dự phòng": a percent after a verb of
    paying or setting aside ("từ", a qualifier between) and before what the payer takes in is the share a rule
    sets, a term; so is a per mille of what it holds ("đóng 2‰ trên tổng giá trị tài sản"). What it is a share of."""
    v = vocabulary()
    right = c.right.lstrip()
    if not (w := v.takings.starting(right)) and (of := v.takings_of.starting(right)):
        w = v.takings.starting(right[len(of):].lstrip())
    if not w:
        return None  # the usual answer
    left = trimmed(trimmed(c.left, v.any_qualifier), v.from_words)
    return w if v.share_payers.ending(left) else None


def _support_an_act_sets(doc: Document, c: Context) -> str | None:
    """ "Thực hiện Quyết định số 2862/QĐ-UBND …, học viên … được hỗ trợ tiền ăn với mức 900.000 đồng/người/tháng",
    "… được hỗ trợ tiền thuốc điều trị cắt cơn 400.000 đồng/người theo Quyết định số 2862/QĐ-UBND": a sum per one that
    the ones named are given, in a full sentence opening with the act that sets it or with the act cited right after
    it, is the act's term, not a sum paid, and so is a set level cited so ("mức hỗ trợ 60 triệu đồng/hộ theo Quyết định
    số 1776/QĐ-TTg") and support given so ("hỗ trợ 500.000 đồng/con dê bị chết theo Nghị quyết số 12/2020/NQ-HĐND"),
    a few words naming the thing maybe between; an average ("bình quân 5 triệu đồng/người") is measured. The act's
    words."""
    v = vocabulary()
    given = v.granted.found(c.head) or v.set_levels.ending(trimmed(c.left, v.any_qualifier))
    if not (given or v.support_words.found(c.head)) or v.per_one_average.found(c.left):
        return None  # the usual answer
    after = doc.lower(c.f.tail, c.f.tail + ACT_CITATION_REACH + THING_BEFORE_AN_ACT).lstrip()
    if (at := v.act_citations.first(after)) > 0:
        thing = after[:at]
        after = after[at:] if len(thing.split()) <= THING_WORDS and not _NOT_A_THING.search(thing) else ""
    if w := v.act_citations.starting(after):
        return w
    return v.rise_acts.starting(doc.lower(c.full, c.full + ACT_CITATION_REACH).lstrip()) if given else None


THING_BEFORE_AN_ACT: Final = 30  # "dê bị chết ": the thing a sum per one is for, between it and the act cited
THING_WORDS: Final = 4
_NOT_A_THING: Final = re.compile(r"[\d,;:.()]")  # a number or a break between a sum and an act: no thing named


_DASHED_ITEM: Final = re.compile(r"\s*[-+•–*]\s")  # "- Người khuyết tật đặc biệt nặng: …": a dashed list's item
ITEMS_BACK: Final = 12  # the most items walked back over to their lead-in (a blank line between them counts none)


def _item_under_an_acts_lead_in(doc: Document, c: Context) -> str | None:
    """ "Mức trợ cấp thực hiện theo Nghị định số 136/2013/NĐ-CP …, cụ thể:" then "- Người khuyết tật đặc biệt nặng: hệ
    số 2,0, mức 540.000 đồng/người/tháng;": a dashed item under a lead-in (a line ending with a colon) that cites the
    act setting what its items list states the act's terms; the act's words, else None."""
    line = _lead_in_over_a_dashed_item(doc, c)
    return vocabulary().act_citations.found(line.lower()) if line else None


def _item_under_a_set_levels_lead_in(doc: Document, c: Context) -> str | None:
    """ "Thực hiện Nghị quyết số 17/2019/NQ-HĐND …, mức hỗ trợ đối với cơ sở chăn nuôi … như sau:" then "- Hỗ trợ 50%
    giá vắc xin cúm gia cầm, tối đa không quá 20 triệu đồng/cơ sở;": every figure of a dashed item under a lead-in
    naming an act and the levels it sets is one of those levels, a term, whatever its unit; the level's words. So is
    one under a lead-in naming fees a circular sets ("Mức thu phí công chứng … thực hiện theo Thông tư số …, cụ thể như
    sau:" over "- Dưới 50 triệu đồng: 50.000 đồng/trường hợp;")."""
    if not (line := _lead_in_over_a_dashed_item(doc, c)):
        return None  # the usual figure: no dashed item under a lead-in
    v, low = vocabulary(), line.lower()
    if not (v.acts.found(low) or v.act_citations.found(low)):
        return None
    return v.set_levels.found(low) or v.fee_levels.found(low)


def _lead_in_over_a_dashed_item(doc: Document, c: Context) -> str | None:
    """The lead-in (a line ending with a colon) over the dashed item the figure stands in, past the items before it
    and blank lines between them; None if the figure is in no dashed item or the line over its items is no lead-in."""
    text = doc.text
    start = text.rfind("\n", 0, c.f.start) + 1
    if not _DASHED_ITEM.match(text, start):
        return None  # the usual figure: no dashed item
    items = 0
    while start > 0 and items < ITEMS_BACK:  # a blank line between items (a word processor's) counts no item
        start = text.rfind("\n", 0, start - 1) + 1
        line = text[start:text.find("\n", start)].strip()
        if line and not _DASHED_ITEM.match(line):
            return line if line.endswith(":") else None
        items += bool(line)
    return None


def _amount_a_norm_takes(doc: Document, c: Context) -> str | None:
    """ "Cứ 3,3 kg quả tươi sấy được 1 kg quả khô", "Cứ 7 - 8 lít nước thốt nốt nấu được 1 kg đường": right after
    the word opening a norm, what it takes to make one of a thing, its clause closing with a word of making and "1":
    a fixed ratio, no result of a time, unless an average word opens it (what a time saw); the norm's word."""
    v = vocabulary()
    if not v.every_words.within(c.left) or not (w := v.every_words.ending(head := trimmed(c.left, v.any_qualifier))):
        return None  # the usual answer, at C speed first
    if v.measured_norms.ending(head[:len(head) - len(w)].rstrip()):
        return None  # "Trung bình cứ khoảng 7 kg rong tươi phơi được 1 kg rong khô": an average the season saw
    amount = doc.lower(c.f.start, c.f.end)
    m = a_norms_clause().match(f"{w} {amount}{doc.lower(c.f.end, c.f.end + NORM_CLAUSE_REACH)}")
    return w if m and m["amount"] == amount else None


NORM_CLAUSE_REACH: Final = 60  # "lít nước thốt nốt nấu được 1": the amount's unit and noun, then what it makes


def _ceiling_a_rule_sets(c: Context) -> str | None:
    """ "mức hỗ trợ tối đa 5 triệu đồng/ha", "Mức hỗ trợ học nghề … cho người sau cai nghiện tối đa 3 triệu
    đồng/người/khóa học": a ceiling's word right before the figure, a level a rule sets earlier in its clause; the
    level's words."""
    v = vocabulary()
    if not v.ceiling_words.within(c.left) or not (w := v.ceiling_words.ending(c.left)):
        return None  # the usual answer, at C speed first
    if (p := c.prev) is not None and p.role == "context" and TERM in p.why.get("role", "") \
            and "," in c.raw_left and not trimmed(c.raw_left.rpartition(",")[2], v.ceiling_words).strip() \
            and not _ITEMS_BREAK.search(c.raw_left):
        return f"{w}, after a term"  # "hỗ trợ 50% chi phí xây dựng lò sấy, tối đa không quá 30 triệu đồng/lò": its cap
    return v.preset_ceilings.found(c.left[:len(c.left) - len(w)])


def _set_by_an_act(doc: Document, c: Context) -> str | None:
    """ "Theo Quyết định số 08/2024/QĐ-TTg …, mức cho vay tối đa … là 100 triệu đồng/hộ; lãi suất … 0,55%/tháng":
    a rate or a bound in a full sentence opening with the act that sets it, or a bound in the next full
    sentence of its paragraph ("Cho vay giải quyết việc làm tối đa 100 triệu đồng/lao động"); the act's words."""
    f = c.f
    bound = f.qualifier in ("under", "over")
    # "… bị phạt tiền từ 5 triệu đồng đến 7 triệu đồng": a range of money set, as a bound is
    if not (bound or f.per or doc.text.startswith("/", f.end) or f.value_max is not None and f.unit in MONEY):
        return None  # the usual answer
    v = vocabulary()
    if w := v.act_citations.starting(doc.lower(c.full, c.full + ACT_CITATION_REACH).lstrip()):
        # "Theo Nghị quyết …, lợi nhuận năm 2023 được phân phối như sau: … cổ tức 8%/vốn điều lệ": a sum the
        # act settled is what was done under it, not a rate it sets
        return None if v.settlements.found(doc.lower(c.full, f.start)) else w
    k = bisect_left(doc.full_stops, c.full) - 1
    if not bound or k < 0 or "\n" in doc.text[doc.full_stops[k]:c.full]:
        return None
    return v.act_citations.starting(doc.lower(doc.full_stops[k], doc.full_stops[k] + ACT_CITATION_REACH).lstrip())


def _rise_each_counted_gets(c: Context) -> str | None:
    """ "trong đó 1.478 người được tăng thêm 0,3 triệu đồng và 886 người được nâng lên mức 3,5 triệu đồng/tháng":
    money right after a count of people and the words saying each is raised by or to it is the rise or the floor a
    rule gives each, a term, not a sum paid ("1.478 người được chi trả 4,2 tỷ đồng" is); the raising words."""
    left = c.raw_left.strip()
    if len(left) < RAISED_SHORTEST or len(left.split()) > RAISED_WORDS:
        return None  # the usual answer
    return vocabulary().each_raised.ending(left)


_COUNT_AFTER: Final = re.compile(r"\s+(?:\d{1,3}(?:\.\d{3})+|\d+)\s+(\w+(?: \w+)?)")


def _sum_each_given(doc: Document, c: Context) -> str | None:
    """ "Thưởng bàn giao mặt bằng đúng tiến độ 5.000.000 đồng/hộ cho 18 hộ: 90.000.000 đồng": a sum per each thing
    with "cho" and a count of those things later in its clause is what each of them is given, a term of the payment
    (the sum paid them all is the result); the things counted ("hộ"), or None."""
    v = vocabulary()
    after = doc.text[c.f.tail:c.f.tail + EACH_GIVEN_REACH].lower()
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    if not v.each_given_to.within(clause) or v.per_one_average.found(c.left):
        return None  # the usual answer; "bình quân 5 triệu đồng/người cho …" is what was paid, measured
    each = c.f.unit.partition("_per_")[2].partition("_per_")[0]
    for at in (m.end() for m in re.finditer(rf"(?<!\w)(?:{v.each_given_to.pattern})(?!\w)", clause)):
        if m := _COUNT_AFTER.match(clause, at):
            nouns = m.group(1)
            for noun in (nouns, nouns.split()[0]):
                if v.per.get(noun) == each:
                    return noun
    return None


# Far enough for "10.000.000 đồng/hộ và hỗ trợ tiền thuê nhà ở 3.000.000 đồng/hộ/tháng trong 6 tháng cho 07 hộ";
# the clause ends at a comma, ";", ":" or a line's end.
EACH_GIVEN_REACH: Final = 100
_CLAUSE_END: Final = re.compile(r"[,;:\n]")


def _rise_an_act_sets(doc: Document, c: Context) -> str | None:
    """ "Thực hiện Nghị định số 158/2025/NĐ-CP …, lương hưu … được tăng thêm 8%", "Theo Nghị định, sau khi điều
    chỉnh tăng 8%, người … có mức hưởng …": a rise in percent in a full sentence opening with the act that sets it
    and naming what each one receives is the act's rise, a term ("Thực hiện Nghị quyết …, thu ngân sách tăng
    12%" names nothing received: a result); the act's words."""
    v = vocabulary()
    if not (w := v.rise_acts.starting(doc.lower(c.full, c.full + ACT_CITATION_REACH).lstrip())):
        return None
    return w if v.pension_levels.found(doc.lower(c.full, c.se)) else None


def _price_under_a_cited_act(doc: Document, c: Context) -> str | None:
    """ "Giá dịch vụ kiểm định thực hiện theo Thông tư số 55/2022/TT-BTC …, từ 240.000 đến 570.000 đồng/lượt",
    "Giá nước sạch áp dụng theo Quyết định số 15/2023/QĐ-UBND là 7.500 đồng/m3": a price per something, the
    first figure of its sentence, after a subject that the sentence says follows an act: the price the act
    sets, a term; the act's words. A sentence opening with the act is read by ``_set_by_an_act``."""
    f = c.f
    if c.prev is not None or " theo " not in c.head or f.unit.partition("_per_")[0] not in MONEY \
            or not (f.per or "/" in doc.text[f.end:f.tail + 1]):
        return None  # the usual answer
    v = vocabulary()
    if (at := v.act_citations.first(c.head)) <= 0 or not c.head[:at].strip():
        return None
    return v.act_citations.starting(c.head[at:])


def _present_stock(doc: Document, c: Context) -> str | None:
    """ "…, lĩnh vực có khoảng 2.300 tổ chức, cá nhân đang kinh doanh" in a sentence of what is to be done, "Hiện còn
    14 cầu đang thi công, dự kiến hoàn thành trong quý I/2019": a count right after "có" or "còn" (a qualifier
    between) whose noun phrase, with no number, "đang" ends is what there is now, no target; the word after the
    noun."""
    v = vocabulary()
    if c.f.unit != "count" or not v.present_haves.ending(trimmed(c.left, v.any_qualifier)):
        return None  # the usual answer
    after = doc.lower(c.f.tail, min(c.se, c.f.tail + NOUN_REACH))
    if (at := v.present_after.first(after)) < 0 or DIGIT.search(after[:at]):
        return None
    return v.present_after.starting(after[at:])


@dataclass(frozen=True)
class _SessionWords:
    """The words of a session's record: votes, agenda papers, petitions, the record's own copies."""

    votes: Words
    voters: Words
    agenda_verbs: Words
    agenda_papers: Words
    petitions: Words
    petition_owners: Words
    document_parts: Words
    document_copies: Words


@cache
def _session_words() -> _SessionWords:
    raw = vocabulary().raw
    return _SessionWords(*(Words(raw[k]) for k in ("vote_words", "voters", "agenda_verbs", "agenda_papers",
                                                  "petition_counts", "petition_owners", "document_parts",
                                                  "document_copies")))


VOTE_NOUN_WORDS: Final = 5  # "đại biểu có mặt tán thành": the words between a count and how it voted


def _vote_tally(c: Context) -> str | None:
    """ "32/32 đại biểu có mặt tán thành", "01 đại biểu không tán thành", "31/32 đại biểu tán thành (96,88%)": a
    count of voters followed by how they voted, and the percent right after it, is a vote's tally: the meeting's
    result, of no period, whatever plan or year the item voted on names; the vote word."""
    f, w = c.f, _session_words()
    if f.unit == "count" and f.counted and w.voters.starting(f.counted.lower()) \
            and (vote := w.votes.found(c.right)) is not None:  # the voters' noun first: the cheaper test
        return vote if len(c.right[:c.right.find(vote)].split()) <= VOTE_NOUN_WORDS else None
    if f.unit == "percent" and (p := c.prev) is not None and p.role == "actual" \
            and p.why.get("role", "").startswith(f"{VOTE}; {_VOTE_TALLY}") and ";" not in c.raw_left:
        return "the tally before it"
    return None


def _agenda_paper(c: Context) -> str | None:
    """ "kỳ họp xem xét 14 báo cáo, 6 tờ trình": a count of papers right after a verb of considering them, and the
    like counts listed after it, is the session's agenda: context of no time; the verb."""
    f, w = c.f, _session_words()
    if f.unit != "count" or not f.counted or f.denominator is not None \
            or not w.agenda_papers.starting(f.counted.lower()):
        return None  # the usual answer
    if verb := w.agenda_verbs.ending(c.left):
        return verb
    p = c.prev
    if p is not None and p.role == "context" and p.why.get("role", "").startswith(AGENDA):
        between = c.raw_left.strip()
        if p.counted and between.startswith(p.counted.lower()):
            between = between[len(p.counted):].strip()
        if not (between := between.strip(" ,")) or chain_words().is_one(between):
            return "the paper before it"
    return None


def _petitions_listed(doc: Document, c: Context) -> str | None:
    """ "tổng hợp 58 ý kiến, kiến nghị của cử tri, trong đó 41 kiến nghị …": a count of petitions or opinions (not a
    part done of them, "45/58") in a sentence naming voters: the list worked through, context of no time."""
    f, w = c.f, _session_words()
    if f.unit != "count" or not f.counted or f.denominator is not None \
            or not (n := w.petitions.starting(f.counted.lower())):
        return None  # the usual answer
    return n if doc.holds(w.petition_owners, c.full, c.se) else None


def _document_copies(doc: Document, c: Context) -> str | None:
    """ "Biên bản gồm 07 trang, được lập thành 05 bản có giá trị như nhau: gửi … 01 bản": pages or copies, counted
    alone, in a sentence that makes out the document's copies: the document's own make-up, context of no time."""
    f, w = c.f, _session_words()
    if f.unit != "count" or not f.counted or not w.document_parts.is_one(f.counted.lower()):
        return None  # the usual answer
    return w.document_copies.found(doc.lower(c.full, c.se))


def _named_to_carry_out(doc: Document, c: Context) -> str | None:
    """ "Chánh Văn phòng Sở … và người đứng đầu 05 cơ sở lưu trú du lịch có tên tại Điều 1 chịu trách nhiệm thi
    hành Quyết định này": a count in the closing sentence naming who carries a decision out names them,
    background of no time, not a result; "Sở đã kiểm tra 05 cơ sở" states one. The words."""
    if c.f.unit != "count" or not doc.holds(vocabulary().executing_clauses, c.f.end, c.se):
        return None  # the usual answer: the clause naming who carries it out comes after the count
    return vocabulary().executing_clauses.found(doc.lower(c.f.end, c.se))


def _size_of_a_call_list(c: Context) -> str | None:
    """ "Danh mục dự án kêu gọi đầu tư năm 2025 …, gồm 14 dự án, tổng diện tích khoảng 1.502,7 ha": a
    count or sum after "gồm" that follows the list's name in its clause; "Trong số 31 dự án thuộc Danh mục
    kêu gọi đầu tư năm 2024, đã có 12/31 dự án …": the whole opening the clause, the list named after it;
    the list's words."""
    v = vocabulary()
    if v.call_lists.within(c.head) and (at := v.call_lists.first(c.head)) >= 0:
        words = v.call_lists.starting(c.head[at:]) or ""
        between = c.head[at + len(words):]
        # not "…, gồm 14 dự án, đến nay đã có 5 dự án …": a result of the list, said so
        return words if ";" not in between and v.call_list_parts.found(between) \
            and not v.done_words.found(between) else None
    if c.f.denominator is None and v.whole_openers.is_one(c.raw_left.strip()) and (w := v.call_lists.found(c.right)):
        return w
    return None


def _set_a_sum_is_taken_over(doc: Document, c: Context) -> str | None:
    """ "Điều 1. Công nhận hạng cho 05 cơ sở …", then "Tổng số buồng của 05 cơ sở được công nhận lần này là 281
    buồng": a count right after "của", the first figure of a sentence opening with a sum word, with the copula
    stating the sum after it in its clause, that restates a count of the same things stated before it in the
    text, is the set the sum is taken over, restated background; stated there for the first time ("Tổng công
    suất thiết kế của 3 nhà máy … là 42.000 m3/ngày đêm") it counts a result. The words."""
    f, v = c.f, vocabulary()
    if f.unit != "count" or c.prev is not None or not f.counted or not (w := v.sum_taken_over.ending(c.left)):
        return None  # the usual answer
    if not v.group_sums.starting(c.head.lstrip(ITEM_DASHES)) or not v.copulas.found(c.right):
        return None
    return w if doc.text.find(f"{doc.text[f.start:f.end]} {f.counted}", 0, c.ss) >= 0 else None


@cache
def _sum_stated() -> re.Pattern[str]:
    """ ": 90.000.000 đồng", " là 41.628.940.000 đồng": a sum stated after a colon or a copula in the clause."""
    return re.compile(rf"[^.;\n]*?(?::|(?<!\w)(?:{vocabulary().copulas.pattern})(?!\w))\s*\d", re.I)


def _recipients_restated(doc: Document, c: Context) -> str | None:
    """ "Thưởng … 5.000.000 đồng/hộ cho 18 hộ: 90.000.000 đồng", "kinh phí … cho 18 hộ gia đình, cá nhân là 41,6 tỷ
    đồng" after "gồm 18 hộ gia đình": a count right after "cho" that restates a count of the same things stated earlier
    in the text, in a clause paying them a sum per each before it or stating the sum after it, is the set the sum is
    paid to, restated background, as "của 05 cơ sở" before a sum is; stated for the first time it counts a result.
    The word before it."""
    f, v = c.f, vocabulary()
    if not (w := v.each_given_to.ending(c.raw_left.rstrip())):
        return None  # the usual answer
    p = c.prev
    if not (p is not None and p.per and p.unit.partition("_per_")[0] in MONEY) \
            and not _sum_stated().match(doc.text, f.tail):
        return None
    noun = (f.counted or "").split()[0] if f.counted else ""
    return w if noun and doc.text.find(f"{doc.text[f.start:f.end]} {noun}", 0, c.ss) >= 0 else None


def _whole_divided(doc: Document, c: Context) -> str | None:
    """ "Trong 11 nhóm hàng hóa và dịch vụ chính, có 8 nhóm tăng giá …": a count of classes right after "trong"
    opening its sentence, then after the comma that ends its noun phrase counts of the same noun: the whole the
    parts divide, a fixed fact, not a result ("Trong số 27 huy chương vàng, có 15 …" counts a result); the
    opening word."""
    v = vocabulary()
    if c.f.unit != "count" or not c.f.counted or c.prev is not None \
            or not v.whole_openers.is_one(w := c.raw_left.rpartition(",")[2].strip()):
        return None  # the usual answer; "Về kinh tế, trong 9 chỉ tiêu, …": the opener may open a clause after a topic
    comma = doc.text.find(",", c.f.tail, c.se)
    if comma < 0:
        return None
    noun = c.f.counted.lower().split()[0]
    if not v.classes.starting(c.f.counted.lower()):
        # "Trong số 22 dự án trọng điểm, có 15/22 dự án …": the part's attainment is of the whole, the set
        # it is counted in
        whole = _part_of_the_whole().match(doc.lower(comma + 1, c.se))
        if whole and whole.group(1) == doc.text[c.f.start:c.f.end] and whole.group(2) == noun:
            return w
        return w if _whole_stated_before(doc, c, noun) else None
    m = _part_count().match(doc.lower(comma + 1, c.se))
    if m is None or m.group(1) != noun:
        return None
    return w


def _whole_stated_before(doc: Document, c: Context, noun: str) -> bool:
    """ "- Chạy quá tốc độ quy định: 3.512 trường hợp", then the item "3. Trong số 3.512 trường hợp chạy quá tốc độ,
    có 2.405 trường hợp …": a numbered item opening with a whole the text stated before it, of the same noun,
    restates it as the set its parts are counted in, background; "Trong số 27 huy chương vàng, có 15 …"
    opening a paragraph, or stated there for the first time, counts a result."""
    line = doc.text.rfind("\n", 0, c.ss) + 1
    if not _ITEM_NUMBER_ONLY.match(doc.text, line, c.ss):
        return False  # the usual answer: no numbered item opening with the whole
    return doc.lower(0, c.ss).find(f"{doc.text[c.f.start:c.f.end]} {noun} ") >= 0


_ITEM_NUMBER_ONLY: Final = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[^\W\d_])[.)]\s*$")  # "3. ": an item's number alone


@cache
def _part_of_the_whole() -> re.Pattern[str]:
    """ ", có 15/22 dự án": a part's attainment of a whole, maybe after a word of having, the whole's
    number and the first word of its noun."""
    return re.compile(rf"\s*(?:(?:{alternation(vocabulary().raw['haves'])})\s+)?[\d.,]+/([\d.,]+)\s+(\w+)")


@cache
def _part_count() -> re.Pattern[str]:
    """ ", có 8 nhóm", ", có 17/21 chỉ tiêu", ", đến nay có 15/18 chỉ tiêu": a part's count, maybe after a word of
    having (a few words before it) and with the whole after a slash, and the first word of its noun."""
    haves = alternation(vocabulary().raw['haves'])
    return re.compile(rf"\s*(?:(?:[^\W\d_]+\s+){{0,3}}?(?:{haves})\s+)?[\d.,]+(?:/[\d.,]+)?\s+(\w+)")


def _future_target(doc: Document, c: Context) -> str | None:
    """ "Năm 2025 là năm cuối …; với 26 trung tâm hiện có, ngành sẽ đưa 12.000 lao động …",
    "Năm 2025, dự kiến bố trí …; dự kiến có khoảng 12.500 người …": a future word or an estimate
    opener after a later year named in the full sentence (and after any "hiện")."""
    k = bisect_left(doc.later, c.full)
    if k == len(doc.later) or doc.later[k] >= c.f.start:
        return None  # the usual case: no later year named before it in its full sentence
    v = vocabulary()
    low = doc.lower(doc.later[k], c.f.start)
    for words in (v.future_words, v.estimate_openers):
        if words.found(low) and (at := words.last(low)) > v.now_words.last(low):  # at C speed first
            return words.starting(low[at:])
    return None


def _later_span_before(doc: Document, c: Context) -> str | None:
    """ "Giai đoạn 2023-2026, tỉnh dự kiến đầu tư khoảng 450 tỷ đồng" in a report of 2022: a span of
    years that starts after the report's year, named before the figure, as a later year is; its words."""
    if not doc.year or not FOUR_DIGITS.search(doc.text, c.full, c.f.start):
        return None  # the usual answer: no year before it
    found = period_named_before(doc, c.full, c.ss, c.f.start)
    if found is None:
        return None
    span = found[0]
    if found[0].isdigit() and int(found[0]) > doc.year and (words := _SPAN_WORDS.search(found[1])):
        span = f"{words.group(1)}-{words.group(2)}"  # "vụ Đông Xuân 2024-2025": a season coded by its later year
    if not SPAN_CODE.match(span) or int(span[:4]) < doc.year:
        return None
    if int(span[:4]) == doc.year:
        # "Tổng kinh phí thực hiện giai đoạn 2025 - 2030 dự kiến 68,5 tỷ đồng" in a resolution of 2025: a
        # span opening in the report's year and running past it, an estimate for it is planned
        v = vocabulary()
        low = doc.lower(c.full, c.f.start)
        if int(span[-4:]) <= doc.year or not v.estimate_openers.found(low) \
                or v.estimate_openers.last(low) < low.rfind(span[-4:]):
            return None
    return found[1]


def _funds_for_a_span_under_way(doc: Document, c: Context) -> str | None:
    """ "Tổng kinh phí thực hiện Đề án giai đoạn 2018 - 2025 khoảng 1.560 tỷ đồng, trong đó ngân sách nhà nước 580 tỷ
    đồng" on a page of 2019: money for a span of years under way, running past the report's year, with no verb of
    what was reached, done or spent between the span and the sum, is what the span is to take, a target; the span's
    words ("Tổng vốn huy động … giai đoạn 2011 - 2015 đạt 412,6 tỷ đồng" reports)."""
    f = c.f
    if f.unit not in MONEY or f.per or not doc.this_year or not FOUR_DIGITS.search(doc.text, c.full, f.start):
        return None  # the usual answer
    found = period_named_before(doc, c.full, c.ss, f.start)
    if found is None or not SPAN_CODE.match(found[0]) or not int(found[0][:4]) <= doc.this_year < int(found[0][-4:]) \
            or int(found[0][-4:]) - int(found[0][:4]) < SPAN_OF_YEARS:
        return None  # no span of years under way ("năm học 2024-2025" is one year)
    v = vocabulary()
    low = doc.lower(c.full, f.start)
    after = low.rfind(found[1].lower()) + len(found[1])
    # the whole before a part ("khoảng 450 tỷ đồng, trong đó ngân sách tỉnh 150 tỷ đồng") is the sum's too
    to = p.start - c.full if (p := c.prev) is not None and p.unit in MONEY and p.start - c.full > after else len(low)
    between = low[after:to]
    return None if DIGIT.search(between) or v.attained_verbs.found(between) or v.done_words.found(between) \
        or v.spent_verbs.found(between) else found[1]


SPAN_OF_YEARS: Final = 2  # "giai đoạn 2019 - 2025": a span of years, no school year nor crop season


def _schedule(doc: Document, c: Context) -> str | None:
    """ "2. Phân kỳ kinh phí theo năm: năm 2025 là 6,2 tỷ đồng; năm 2026 là …": a sentence opening with a
    word of phasing over time, before a colon, lays out what is to be spent or done: its words."""
    v = vocabulary()
    if not doc.holds(v.schedule_heads, c.full, c.f.start):
        return None  # the usual answer, without a slice
    head = doc.lower(c.full, c.f.start)
    if ":" not in head:
        return None
    head = head[:head.index(":")]
    m = v.section_head.match(head)
    return v.schedule_heads.starting(head[m.end():] if m else head)


def _future_unnamed(doc: Document, c: Context) -> str | None:
    """ "“Huyện sẽ tập trung xây dựng 2 chuỗi liên kết …”": a future word before the figure in
    a full sentence that names no year and no estimate: what is to be done, a target."""
    v = vocabulary()
    if not doc.holds(v.future_words, c.full, c.f.start):
        return None  # the usual answer, without a slice
    low = doc.lower(c.full, c.f.start)
    if not v.future_words.found(low):
        return None
    at = v.future_words.last(low)
    if FOUR_DIGITS.search(low) and (FOUR_DIGITS.search(low, at) or not _years_to_come_only(doc, low)):
        return None  # a year after the future word is the figure's own ("sẽ …, doanh thu năm 2024 ước …")
    # An estimate before the future word estimates a result; after it ("huyện sẽ tổ chức thêm …, dự kiến
    # thu khoảng 1.350 tỷ đồng") it is part of what is to be done.
    head = low[:at]
    if v.estimate_openers.found(head) or v.qualifiers_estimated.found(head):
        return None
    # A clause after it estimating the result ("cả năm sẽ vượt mục tiêu, ước đạt khoảng 9,7 triệu lượt"): what
    # is estimated to be done, not a target; a forecast word there ("dự kiến") only expects what is to be done.
    tail = low[at:]
    last_clause = tail[tail.rfind(",") + 1:] if "," in tail else ""
    if v.qualifiers_estimated.found(last_clause) and not v.forecast_words.found(last_clause):
        return None
    return v.future_words.starting(tail) if at > v.now_words.last(low) else None


def _years_to_come_only(doc: Document, low: str) -> bool:
    """ "Từ nay đến hết năm 2025, Sở sẽ tham mưu điều chuyển …" in a report of 2025: every year named is a deadline
    ("đến hết năm", "đến năm") of the report's year or a later one, as a sentence naming none looks ahead;
    "Về cả năm 2024, có 64,5% doanh nghiệp cho biết sẽ …" names the year the figures are of."""
    until = vocabulary().raw["periods"]["until_year"]
    return doc.year is not None and all(
        int(y.group(1)) >= doc.year and low[:y.start()].rstrip().endswith(tuple(until)) for y in _A_YEAR.finditer(low))


def _subject_of_a_future_verb(doc: Document, c: Context) -> str | None:
    """ "số còn lại ~108 con sẽ tiêm bổ sung tuần tới": a future word right after the figure and what it counts,
    in a sentence naming no year gone by: what is yet to be done, a target; the word."""
    v = vocabulary()
    after = doc.lower(c.f.tail, min(c.se, c.f.tail + v.future_words.longest + 2)).lstrip(" ")
    if not (w := v.future_words.starting(after)):
        return None
    low = doc.lower(c.full, c.f.start)
    return w if not FOUR_DIGITS.search(low) or _years_to_come_only(doc, low) else None


def _design_subject(c: Context) -> str | None:
    """ "công suất thiết kế của các bến container khoảng 8 triệu TEU/năm", "Tổng công suất thiết kế
    của 4 nhà máy nước … là 96.500 m3/ngày đêm": a designed scale named as the subject, no verb
    but "là" between it and the number (the facilities it is of may be counted between: those
    counts are results); or a project's scale after "lên" ("dự án nâng cấp Trạm cấp nước … lên
    5.000 m3/ngày đêm"). The words that say so."""
    v = vocabulary()
    f = c.f
    plain_count = f.unit == "count" and not f.per
    if v.design_subjects.within(c.left) and (at := v.design_subjects.last(c.left)) >= 0 \
            and not v.design_uses.ending(c.left[:at].rstrip()):  # "hiệu suất sử dụng công suất thiết kế": its use
        w = v.design_subjects.starting(c.left[at:])
        # "tổng công suất thiết kế các bến container đạt khoảng 8,5 triệu TEU/năm": "đạt" states the scale too
        between = trimmed(trimmed(trimmed(c.left[at + len(w or ""):], v.any_qualifier), v.attained_verbs), v.copulas)
        if w and not v.verbs.found(between) and not (plain_count and v.possessives.ending(between)):
            return w
    if v.design_costs.within(c.left) and (at := v.design_costs.last(c.left)) >= 0:
        w = v.design_costs.starting(c.left[at:])
        between = c.left[at + len(w or ""):].rstrip()
        if w and v.copulas.ending(between) and not v.verbs.found(trimmed(between, v.copulas)):
            return w  # "Tổng mức đầu tư các dự án là 7.846 tỷ đồng"
    if plain_count or c.prev is None or c.prev.unit != "count" or c.prev.per:
        return _project_scale(c)
    head = c.head
    if not v.design_subjects.within(head) or (at := v.design_subjects.last(head)) < 0 or c.prev.start < c.ss + at:
        return _project_scale(c)
    w = v.design_subjects.starting(head[at:])
    between = trimmed(_DIGITS.sub(" ", head[at + len(w or ""):]).rstrip(), v.copulas)
    return w if w and not v.verbs.found(between) and not CLAUSE_BREAK.search(between) else _project_scale(c)


_DIGITS: Final = re.compile(r"\d[\d.,]*")


def _project_scale(c: Context) -> str | None:
    """ "khởi công dự án nâng cấp Trạm cấp nước Cái Nước lên 5.000 m3/ngày đêm": the scale a
    project is to reach, after "lên" with no other verb between."""
    v = vocabulary()
    if not (to := v.to_level.ending(c.left)) or not v.design_projects.within(c.left):
        return None
    head = c.left[: len(c.left) - len(to)]
    if (at := v.design_projects.last(head)) < 0:
        return None
    w = v.design_projects.starting(head[at:])
    return w if w and not v.verbs.found(head[at + len(w):]) else None


def _target_bracket(c: Context) -> str | None:
    """ "(chỉ tiêu Bộ Công an giao trên 75%)": the first number of a bracket that opens with a
    target word is the target, whoever set it; the words that say so."""
    left = c.raw_left
    if (at := open_bracket(left)) < 0 or number_besides_years(left[at:]):
        return None  # "(chỉ tiêu năm 2025 là 95%)": a year may stand before the number
    inside = left[at + 1:].lstrip()
    v = vocabulary()
    if v.plan_names.starting(inside):
        return None  # "(kế hoạch hóa gia đình …)": a name, no target
    if w := target_brackets().starting(inside):
        return w
    # "chiếm 2,3% số phải thu (BHXH Việt Nam giao dưới 2,5%)": a giver's target for the figure before, or for
    # the rate the change in points before changed ("còn 3,12%, giảm 0,41 điểm phần trăm (… giao không quá 3,35%)")
    words = trimmed(inside.rstrip(), v.any_qualifier)
    if c.prev is not None and c.prev.unit in (c.f.unit, POINTS.get(c.f.unit)) and at <= TARGET_REACH \
            and (w := v.assigned.ending(words)) and not v.not_assigned.ending(words):
        return w
    # "đạt 14,6% (quy định tối đa 20%)": the rule's limit for the figure before, a norm it is held against; a rate's
    # limit in its unit for each one ("48,6 m2/nhà (quy định tối thiểu 30 m2)")
    if c.prev is not None and c.f.unit in (c.prev.unit, c.prev.unit.partition("_per_")[0]) and at <= TARGET_REACH \
            and (v.norm_sources.is_one(words) or _a_bodys_rule(words)):
        return words
    return None


def _goal_before_its_verb(c: Context) -> str | None:
    """ "Để hoàn thành mục tiêu giải ngân 100% kế hoạch vốn năm 2019": a goal's word and the verb of what it aims at
    right before the number, qualifiers aside, make the number the goal; the words."""
    v = vocabulary()
    if not v.goal_verbs.within(c.left):
        return None  # the usual answer
    left = trimmed(c.left.rstrip(), v.any_qualifier)
    if not (verb := v.goal_verbs.ending(left)):
        return None
    goal = v.goal_words.ending(left[:len(left) - len(verb)].rstrip())
    return f"{goal} {verb}" if goal else None


def _listed_in_a_target_bracket(c: Context) -> str | None:
    """ "(mục tiêu Nghị quyết: công nghiệp - xây dựng 56 - 57%, dịch vụ 35 - 36%, nông, lâm nghiệp và thủy sản 7 -
    8%)": a bracket opening with a target word and a colon before its first number lists targets, each item one,
    unless a result's verb or a comparison stands after the colon ("(kế hoạch: 80%, đạt 85%)"); the target word."""
    if (at := open_bracket(c.head)) < 0 or c.prev is None or c.prev.start < c.ss + at:
        return None  # the usual answer: no bracket open, or the figure first in it (``_target_bracket`` reads it)
    inside = c.head[at + 1:].lstrip()
    if not (w := target_brackets().starting(inside)) or (colon := inside.find(":", len(w))) < 0:
        return None
    v = vocabulary()
    listed = inside[colon + 1:]
    if number_besides_years(inside[:colon]) or ";" in listed or v.attained_verbs.found(listed) \
            or v.comparison.found(listed):
        return None
    return w


def _a_bodys_rule(words: str) -> bool:
    """ "quy định của EVN": a rule's word and who sets it, a few words, no number: the rule a bound is set by."""
    v = vocabulary()
    rule = v.norm_sources.starting(words)
    return rule is not None and v.possessives.starting(words[len(rule):].lstrip()) is not None \
        and len(words.split()) <= len(rule.split()) + BODY_WORDS and not DIGIT.search(words)


BODY_WORDS: Final = 4  # "của EVN", "của Bộ Y tế": who sets a rule


def _opening_comparison_bracket(doc: Document, c: Context) -> str | None:
    """ "So với Đại hội lần thứ VIII năm 2018 (giành 19 huy chương vàng, 24 huy chương bạc, xếp thứ 10),
    số huy chương vàng tăng 8 chiếc": a bracket right after the comparison its sentence opens with gives
    the levels compared with, each figure in it; the comparing words."""
    v = vocabulary()
    if not (w := v.comparison.starting(doc.lower(c.ss, min(c.f.start, c.ss + COMPARISON_OPENING)).lstrip())):
        return None  # the usual answer: the sentence opens otherwise
    before = doc.text[c.ss:c.f.start]
    if (at := open_bracket(before)) < 0 or number_besides_years(MONTH_OF_YEAR.sub("", before[:at])):
        return None  # "So với cuối tháng 9/2024 (78,4%)": a month of a year is a time too
    return w


def _bracket_of_a_target(c: Context) -> str | None:
    """ "mục tiêu kiểm soát lạm phát năm 2024 (CPI bình quân tăng dưới 4%) cơ bản được bảo đảm": in a
    bracket right after a clause that opens with a target word, with no number but a year between,
    the figure states that target; the target word."""
    left = c.raw_left
    if (at := open_bracket(left)) < 0:
        return None  # the usual answer: in no bracket
    clauses = LIST_BREAK.split(left[:at])
    if len(clauses) == 1 and c.prev is not None:
        return None  # "đạt 65% kế hoạch (cùng kỳ …)": the words end the figure before's clause
    clause = clauses[-1].strip()
    if not (w := vocabulary().plan_markers.starting(clause)) or number_besides_years(clause):
        return None
    return w


def _given_target_bracket(doc: Document, c: Context) -> str | None:
    """ "bảo đảm chỉ tiêu Quốc hội giao (tỷ lệ bản án bị hủy không quá 1,5%, bị sửa không quá 3%)": a
    bracket right after a target someone set spells that target out, each of its figures; not a result
    against it ("vượt chỉ tiêu tỉnh giao (đạt 105%)"). So too a limit a regulator set ("tăng 14,5%, trong giới
    hạn tăng trưởng tín dụng Ngân hàng Nhà nước giao (15,2%)"): the plan of the year. The target's words."""
    at = doc.text.rfind("(", c.ss, c.f.start)
    if at < 0 or doc.text.find(")", at, c.f.start) >= 0:
        return None  # the usual answer: in no bracket
    v = vocabulary()
    head = doc.lower(c.ss, at).rstrip()
    cited = _cited_document_end().search(head) if "/" in head else None
    if cited:
        head = head[:cited.start()].rstrip()  # "mục tiêu đề ra tại Kế hoạch số 25/KH-UBND ngày 20/01/2025"
    if not v.assigned.ending(head) or v.not_assigned.ending(head):
        return None
    clause = head[clause_start(head):]
    short = cited is not None and (fell := v.fell_short.last(clause)) >= 0
    if v.attained_verbs.found(doc.lower(at, c.f.start)) and not short:
        return None  # "vượt chỉ tiêu tỉnh giao (đạt 105%)": the result
    if short:
        clause = clause[fell:]  # "kết quả giải ngân 6 tháng đầu năm chưa đạt mục tiêu đề ra": the target's words
    if number_besides_years(_without_document_numbers(clause)):
        return None
    return v.plan_markers.found(clause) or v.given_limits.found(clause)


def _without_document_numbers(clause: str) -> str:
    """ "chỉ tiêu Nghị quyết số 20-NQ/TU đề ra": the words with a document's number ("số" and a code holding a
    "/") taken out; the number names the document that set the target, it is no figure of the clause."""
    if "/" not in clause:
        return clause  # the usual answer: no document's number
    words, numbering = clause.split(), vocabulary().document_number_words
    return " ".join(w for n, w in enumerate(words) if not ("/" in w and n and numbering.is_one(words[n - 1])))


@cache
def _cited_document_end() -> re.Pattern[str]:
    """ " tại Kế hoạch số 25/KH-UBND ngày 20/01/2025": a document cited at the end of the words before a
    bracket (its kind in a few words, its number with a "/", maybe its day); a PDF's line may break its code after a
    hyphen ("245/KH- UBND")."""
    cited = alternation(vocabulary().raw["cited_in"])
    return re.compile(rf"\s+(?:{cited})\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,4}}\s+\d+[\w./-]*/[\w./-]+"
                      rf"(?:(?<=-)\s[\w./-]+)?(?:\s+[^\W\d_]+\s+{DAY})?$")


def _reference_level_bracket(c: Context) -> str | None:
    """ "mực nước hồ 378,6 m (mực nước dâng bình thường 380 m)", "đạt 9,86 m (báo động 3: 9,00 m)": a bracket
    opening with a reference level (a reservoir's design level, an alarm level), after the figure it is held
    against, holds that level: background, not a result; the words naming it."""
    if "(" not in c.raw_left or (at := open_bracket(c.raw_left)) < 0:
        return None  # the usual answer
    inside = c.raw_left[at + 1:].lstrip()
    v = vocabulary()
    if not (w := v.reference_levels.starting(inside) or v.alarm_levels.starting(inside)):
        return None
    return None if DIGIT.search(inside[len(w):]) else w  # no other number between


def _in_the_compared_levels_bracket(c: Context) -> bool:
    """ "tăng 3.215 người so với năm 2018 (118.245 người, chiếm 13,9% dân số)": a figure in the bracket of the level
    compared with, after it, no bracket closed or opened between them, is of that time too."""
    p = c.prev
    return p is not None and p.role == "context" and p.why.get("role", "").startswith(f"{COMPARED}, in brackets") \
        and "(" not in c.raw_left and ")" not in c.raw_left and ";" not in c.raw_left


def _joined_to_a_compared_level(c: Context) -> bool:
    """ "tăng 3 vụ so với tháng 10/2024 (6 vụ/8 bị can)": a count joined by "/" to the bracketed level compared
    with, in the same bracket, is that level's other count."""
    p = c.prev
    return p is not None and p.role == "context" and p.why.get("role", "").startswith(COMPARED) \
        and not any(ch in c.raw_left for ch in "(),;") and len(c.raw_left.split()) <= PAIR_WORDS


def _held_or_offered_at_an_event(doc: Document, c: Context) -> tuple[str, str] | None:
    """In a notice of an event to come, under a heading naming no time, a figure its sentence gives no year: what
    the event will hold ("Dự kiến có 68 doanh nghiệp tham gia", "bố trí 52 gian hàng") is a target, money per
    person or per a time it offers ("từ 7 đến 9,5 triệu đồng/tháng", "hỗ trợ 50.000 đồng/người") a term."""
    f = c.f
    if (scope := doc.headed.at(f.start)) is not None and scope.period is not None:
        return None  # "V. KẾT QUẢ … NĂM 2024": results of a time
    if FOUR_DIGITS.search(doc.text, c.ss, c.se):
        return None  # its sentence names a year: its own time speaks
    if f.per and f.unit.partition("_per_")[0] in MONEY or f.counted and "/" in f.counted \
            and vocabulary().foreign_currencies.is_one(f.counted.lower().partition("/")[0]):
        return "context", "money per person or per a time a notice of an event to come offers: a term"
    return "plan", "what a notice of an event to come says it will hold"


def _a_year_before_the_rule_takes_effect(doc: Document, c: Context) -> str | None:
    """ "Năm 2024, các điểm di tích đón khoảng 3,1 triệu lượt khách" in a decision that sets ticket prices and
    "có hiệu lực từ ngày 01 tháng 01 năm 2025": a rule taking effect on a year's first day sets that year's terms,
    and a year before it opening the sentence gives the background to them, not a result of the rule's own time
    ("Năm 2024, tổng thu … đạt" in a rule taking effect from 01/7/2025 is its latest result). The year's words."""
    head = doc.lower(c.full, c.f.start).lstrip(ITEM_DASHES + " ")
    if not (w := vocabulary().year_openers.starting(head)) or not (m := _YEAR_OPENING.match(head, len(w))):
        return None  # the usual sentence: no year opening it
    effective = _effective_year(doc.text)
    return head[:m.end()] if effective is not None and int(m.group(1)) < effective else None


_YEAR_OPENING: Final = re.compile(r"\s+((?:19|20)\d\d)(?!\d)")
# "01 tháng 01 năm 2025", "01/01/2025": a year's first day
_NEW_YEARS_DAY: Final = re.compile(r"\s*0?1(?:\s+\w+\s+|/)0?1(?:\s+\w+\s+|/)((?:19|20)\d\d)(?!\d)")


@lru_cache(maxsize=4)
def _effective_year(text: str) -> int | None:
    """The year a rule says it takes effect from the first day of ("Quyết định này có hiệu lực từ ngày 01 tháng 01
    năm 2025")."""
    low = text.lower()
    if (at := vocabulary().takes_effect.first(low)) < 0:
        return None  # the usual text: no day a rule takes effect
    w = vocabulary().takes_effect.starting(low[at:]) or ""
    m = _NEW_YEARS_DAY.match(low, at + len(w))
    return int(m.group(1)) if m else None


def _expected_opening_its_sentence(doc: Document, c: Context) -> str | None:
    """ "Dự kiến tuyến phục vụ khoảng 35.000 công nhân", "; dự kiến trong tháng đầu tiên tuyến đón khoảng 80.000
    lượt khách": a sentence (or a clause after ";") opening with a word that only expects, naming no earlier year,
    in a document that sets terms (a notice, a decision) says what is to come: a target; so do the sentences after
    it in its paragraph ("Dự kiến tuyến phục vụ … . Kinh phí trợ giá … khoảng 8,6 tỷ đồng/năm"). In a report
    ("Dự kiến cả năm đạt 5.000 tỷ đồng") it estimates the period's result. The word."""
    v = vocabulary()
    if not (w := v.forecast_words.starting(c.head.lstrip(ITEM_DASHES + " "))):
        line = doc.text.rfind("\n", max(0, c.full - PARAGRAPH_REACH), c.full) + 1
        para = doc.lower(line, c.full) if 0 < line < c.full else ""
        w = next((x for x in v.forecast_words.words if para.startswith(x) or f". {x} " in para), None)
        if w is None:
            return None  # the usual answer: no word that expects opening its sentence or one before it
    return None if any(doc.year and int(y) < doc.year for y in _A_YEAR.findall(c.head)) else w


PARAGRAPH_REACH: Final = 400  # how far back a paragraph's opening expectation is looked for
_A_YEAR: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_OPENING_SPAN_CODE: Final = re.compile(r"(\d{4})-(\d{4})")  # "2020-2024": a span's code
_HEADING_NUMBER: Final = re.compile(r"^[ivxlc\d]+[.)]\s*")  # "ii. ": a heading's numbering


def _year_inside_an_opening_span(doc: Document, c: Context) -> str | None:
    """ "Giai đoạn 2020 - 2024, doanh thu … tăng bình quân 8,4%/năm; riêng năm 2023 lợi nhuận giảm 2,3%": a year
    named inside the span a sentence opens with, the span ending in the report's year, is one of the years the
    report reviews: its figure a result; the span's words."""
    if not doc.year or c.full >= c.f.start:
        return None
    opening, _, rest = doc.lower(c.full, c.f.start).partition(",")
    if len(opening) <= MONTHS_OPENING_REACH and not _OPENING_SPAN_CODE.search(opening) \
            and vocabulary().prefaces.starting(opening.lstrip()):
        opening = _clause_after_a_preface(rest)
    if len(opening) > MONTHS_OPENING_REACH or not (m := _OPENING_SPAN_CODE.fullmatch(period_in(opening) or "")) \
            or int(m.group(2)) != doc.year or not (named := vocabulary().years_named(clause_head(c))):
        return None  # the usual answer
    return opening.strip() if int(m.group(1)) <= named[-1][1] < doc.year else None


def _clause_after_a_preface(rest: str) -> str:
    """ "Theo Cục Thống kê tỉnh, giai đoạn 2020-2024, GRDP tăng bình quân 5,9%/năm; năm 2022 tăng 7,2%": a sentence
    whose opening clause says whom its figures come from or what it carries out (a preface, no span in it) opens
    its time in the clause after; that clause, from the rest of the sentence after the preface's comma (or "" if
    the sentence has no comma after it: no opening span)."""
    clause, comma, _ = rest.partition(",")
    return clause if comma else ""


def _year_of_a_reviewed_span(doc: Document, pos: int, year: int | None) -> str | None:
    """ "II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025", then "năm 2022 đạt 9.760 tỷ đồng": a top heading of results
    naming a span that holds the report's year reviews every year of it, so a year of that span before the
    report's (``year``) is one the report reports, its figure a result; a year before the span ("từ 38,2% năm
    2020") stays an earlier level. The heading, or None."""
    if year is None or not doc.tops or not doc.year or year >= doc.year:
        return None  # the usual answer
    at = bisect_right(doc.tops, pos) - 1
    if at < 0:
        return None
    start = doc.tops[at]
    end = doc.text.find("\n", start)
    line = doc.text[start:end if end >= 0 else len(doc.text)].strip()
    if not opens_with_results(_HEADING_NUMBER.sub("", line.lower(), count=1)):
        return None
    if not (m := _OPENING_SPAN_CODE.fullmatch(period_in(line) or "")):
        # "PHẦN THỨ NHẤT" over "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT … NHIỆM KỲ 2020 - 2025", then "I. KẾT QUẢ ĐẠT ĐƯỢC": the
        # part's title right above the top heading names the span
        title = doc.text[:start].rstrip().rpartition("\n")[2].strip()
        if not (title.isupper() and len(title) <= HEADING_MAX and opens_with_results(title.lower())
                and (m := _OPENING_SPAN_CODE.fullmatch(period_in(title) or ""))):
            return None
        line = title
    return line if int(m.group(1)) <= year < doc.year <= int(m.group(2)) else None


def _last_year_named(segment: str) -> int | None:
    """The last year the words before a number name ("năm 2021 đạt 9.420 …, năm 2022 đạt"), or None."""
    named = vocabulary().years_named(segment)
    return named[-1][1] if named else None


def _first_year_named(doc: Document, c: Context) -> int | None:
    """The first year the figure's full sentence names before it ("Năm 2021 …; tăng bình quân"), or None."""
    m = FOUR_DIGITS.search(doc.text, c.full, c.f.start)
    return int(m.group()) if m else None


def _outlook_of_a_later_year(doc: Document, c: Context) -> str | None:
    """ "II. NHẬN ĐỊNH XU THẾ KHÍ HẬU NĂM 2025", then "Dự báo nhiệt độ trung bình năm 2025 có khả năng cao hơn TBNN
    từ 0,3 đến 0,5°C": a later year's figure under a top heading naming only a forecast, in a sentence with no
    target word, is what is expected to happen, a result forecast, not a target anyone sets; the reason."""
    if not doc.tops or not forecast_only(doc, c.f.start) or vocabulary().target_words.found(doc.lower(c.ss, c.se)):
        return None
    return "a later year under a heading naming only a forecast, no target word in its sentence"


def _in_comparison(segment: str, start: int) -> bool:
    """ "So với cùng kỳ năm 2023, …": the year at ``start`` stands in a comparison, no comma
    between, so it is a base, however many words the comparison has."""
    at = vocabulary().comparison.last(segment[max(0, start - COMPARED_REACH):start])
    return at >= 0 and "," not in segment[max(0, start - COMPARED_REACH) + at:start]


YEAR_OPENING_REACH: Final = 32  # "3. Đến hết ngày 31 tháng 12 năm 2023": a sentence opening with its time


def _compared_things_bracket(c: Context) -> str | None:
    """ "gấp 1,4 lần so với nuôi tôm chuyên canh (khoảng 60 triệu đồng/ha/năm)": a bracket holding only the number
    (a qualifier maybe before it), right after a comparison with a thing that names no time, and after the
    comparison's own figure, is the level of what it is compared with, in the unit the sentence measures; the
    comparison's words."""
    v = vocabulary()
    prev = c.prev
    if prev is None or prev.kind not in ("multiple", "growth", "change") or c.f.unit == prev.unit:
        return None  # the usual answer
    if (head := before_a_lone_bracket(c)) is None or (at := v.comparison.last(head)) < 0:
        return None
    w = v.comparison.starting(head[at:]) or ""
    things = head[at + len(w):].strip()
    if not things or any(ch.isdigit() for ch in things) or v.year_words.found(things) \
            or any(words.found(things) for words, _ in v.bases):
        return None  # "so với năm 2017 (…)", "so với cùng kỳ (…)": a time's level, read elsewhere
    return w


def _opened_by_an_earlier_year(doc: Document, c: Context) -> bool:
    """ "Năm 2023, trường tuyển được 2.640 sinh viên; điểm chuẩn cao nhất là 25,25 điểm": the full
    sentence opens with an earlier year, in its first words before its first comma or bracket, and no part after
    its first ";", up to the number, names a year."""
    if not FOUR_DIGITS.search(doc.text, c.full, c.ss):
        return False  # the usual answer: no year before its ";"
    head = doc.lower(c.full, f_start := c.f.start)
    first, _, rest = head.partition(";")
    opening = first.split(",")[0].split("(")[0]
    if (year := FOUR_DIGITS.search(opening)) is None or year.start() > YEAR_OPENING_REACH:
        return False  # "Nhiều công trình xây dựng trước năm 2015 đã xuống cấp; 12 công trình …": a thing's age
    return bool(rest) and not FOUR_DIGITS.search(doc.text, c.full + len(first), f_start) \
        and _year_named(opening, doc.year, doc.span_from) == "earlier"


def _opened_by_the_year_before(doc: Document, c: Context) -> bool:
    """The first year the figure's full sentence names before it is the year before the report's."""
    m = FOUR_DIGITS.search(doc.text, c.full, c.f.start)
    return m is not None and _the_year_before(doc, int(m.group()))


def _the_year_before(doc: Document, year: int) -> bool:
    """``year`` is the year before the report's."""
    return doc.year is not None and year == doc.year - 1


_OWN_SUMMARY: Final = "the report's own summary"


def _reached_in_its_year(doc: Document, c: Context) -> bool:
    """ "nhưng năm 2023 tỉnh mới đạt 70,6%", "Năm 2024, tỷ lệ … ước đạt 51,5%, trong khi mục tiêu đến năm
    2025 …": a level reached in a year named before it, no later than the report's, with no target word
    between (nor before the number at all, for the report's own year), in a sentence naming a later target."""
    v = vocabulary()
    segment = clause_head(c)
    if not doc.year or not v.reached_words.found(segment):
        return False  # the usual answer
    named = v.years_named(segment)
    if not named:
        return False
    at, year = named[-1]
    between = segment[at:]
    if year > doc.year or not v.reached_words.found(between) or v.target_words.found(between):
        return False
    return year < doc.year or not v.target_words.found(segment)


@cache
def _proposal_heads() -> Words:
    """The words of a draft or an option whose items after a colon it proposes."""
    return Words(vocabulary().raw["proposal_heads"])


@cache
def _submission_words() -> tuple[Words, Words]:
    """The words of a submission, and of the approval it asks for."""
    raw = vocabulary().raw
    return Words(raw["submissions"]), Words(raw["submission_asks"])


def _asked_in_a_submission(doc: Document, c: Context) -> str | None:
    """ "trình kỳ họp Tờ trình số 215/TTr-UBND … về việc phê duyệt chủ trương đầu tư 05 dự án nhóm B với tổng vốn
    2.360 tỷ đồng": a figure after an ask for approval in a clause that a submission opens is what it asks to
    approve, a target; the ask."""
    submissions, asks = _submission_words()
    head = c.head[c.head.rfind(";") + 1:]
    if not asks.within(head) or (at := asks.last(head)) < 0:
        return None  # the usual answer: no ask for approval before the number
    if not submissions.found(head[:at]) or vocabulary().done_words.found(head[at:]):
        return None  # "Quyết định … về việc phê duyệt …": approved, a result
    return asks.starting(head[at:])


PROPOSAL_HEAD_REACH: Final = 80  # back from the colon to the draft's word


def _item_of_a_proposal(doc: Document, c: Context) -> str | None:
    """ "nghe Sở báo cáo phương án hỗ trợ giống cây trồng vụ Đông: hỗ trợ 250 tấn giống ngô, mức hỗ trợ 50% …": a
    figure in the items after a colon whose clause names a draft or an option is what it proposes, a target,
    unless the items say it is done ("đã"); the draft's word."""
    if ":" not in doc.text[c.full:c.f.start]:
        return None  # the usual answer
    before, _, items = doc.lower(c.full, c.f.start).rpartition(":")
    heads = _proposal_heads()
    near = before[-PROPOSAL_HEAD_REACH:]
    near = near[max(near.rfind(";"), near.rfind(". ")) + 1:]
    if not heads.found(near) or vocabulary().done_words.found(items):
        return None
    return heads.starting(near[heads.last(near):])


def _done_toward_a_later_target(doc: Document, c: Context) -> bool:
    """ "… hoàn thành 412 căn hộ, nâng tổng số … lên 1.386 căn, đạt 27,7% chỉ tiêu được giao đến năm 2025": a
    figure before a share attained of a target, whose later year is named only after that share, is done so
    far; the later year is the target's, not the figure's. So is one before a share given as a ratio to the target
    ("đón khoảng 1,23 triệu lượt khách, …, bằng 61,5% kế hoạch năm 2019" on a page of March 2019), and the share;
    and one before a comparison with the target ("đạt 85,2%, … vượt 5,2 điểm phần trăm so với mục tiêu của Quy hoạch
    tổng thể đến năm 2020")."""
    k = bisect_left(doc.later, c.full)
    if k == len(doc.later) or doc.later[k] < c.f.end or doc.later[k] >= c.se:
        return False  # the usual answer: a later year before the figure, or none after it in its sentence
    between = doc.lower(c.f.end, doc.later[k])
    v = vocabulary()
    if _compared_with_a_target().search(between):
        return True  # "đạt 85,2%, … vượt 5,2 điểm phần trăm so với mục tiêu của Quy hoạch … đến năm 2020"
    if "%" not in between:
        # the share itself, the target's later year right after it ("bằng 61,5% kế hoạch năm 2019")
        return c.f.unit == "percent" and bool(v.target_words.starting(between.lstrip())) \
            and bool(v.attained_verbs.ending(c.left) or year_level_words()[0].ending(c.left))
    head, _, rest = between.rpartition("%")
    verb = v.attained_verbs.found(head) or year_level_words()[0].ending(_TRAILING_NUMBER.sub("", head).rstrip())
    return bool(verb and v.target_words.found(rest))


@cache
def _compared_with_a_target() -> re.Pattern[str]:
    """ "so với mục tiêu của Quy hoạch tổng thể đến năm ": a comparison with a target, then no number up to the later
    year that ends the words (lowercased): the target is the later year's, what is compared with it is done."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{alternation(v.raw['compared_with'])})\s+(?:{v.target_words.pattern})(?!\w)"
                      r"[^\d;%()]{0,80}$")


_TRAILING_NUMBER: Final = re.compile(r"[\d.,]+\s*$")  # "bằng 61,5": the number ending the words before a percent


def _done_against_a_target(c: Context) -> str | None:
    """ "chỉ tiêu tuyển sinh … là 5.850 chỉ tiêu, thực tế nhập học 5.312 sinh viên, đạt 90,8% chỉ tiêu": in a
    sentence setting targets, a figure after a word marking what actually happened, itself after a target word,
    is what was done against that target; the word that says so."""
    v = vocabulary()
    segment = clause_head(c)
    if not v.actual_markers.within(segment):
        return None  # the usual answer
    at = max(segment.rfind(w) for w in v.actual_markers.words)
    if at > 0 and word_char(segment[at - 1]) or not (w := v.actual_markers.starting(segment[at:])):
        return None
    return w if v.target_words.found(segment[:at]) else None


DESIGN_LEAD_IN_REACH: Final = 40  # "2. Tổng mức đầu tư:": a numbered paragraph's lead-in, before its colon


def _design_lead_in(doc: Document, c: Context) -> str | None:
    """The lead-in of the numbered paragraph the figure stands in when it names a project's design ("1. Quy mô đầu
    tư: …", "2. Tổng mức đầu tư: …"): what follows is the design, background; None for the usual figure."""
    start = doc.text.rfind("\n", 0, c.f.start) + 1
    if doc.text.find(":", start, end := min(c.f.start, start + DESIGN_LEAD_IN_REACH)) < 0:
        return None  # the usual answer: no lead-in's colon
    line = doc.lower(start, end)
    if not (m := heading_numbering().match(line)):
        return None
    lead = line[m.end():line.find(":")].strip()
    return lead if vocabulary().design_lead_ins.is_one(lead) else None


LEAD_IN_ITEMS: Final = 12  # the items of a dashed list a lead-in stands over, at most


def _year_by_year_lead_in(doc: Document, at: int) -> str | None:
    """The words of the lead-in ending with ":" over the dashed list ``at`` stands in, when it says the list runs year
    by year ("a) Vốn bố trí và giải ngân theo từng năm:" over "- Năm 2021: …") or names the span of years it runs
    over ("Kết quả trồng mới và ghép cải tạo từ năm 2016 đến nay:" over "- Năm 2016: …"), else None."""
    start = doc.text.rfind("\n", 0, at) + 1
    if not doc.text.startswith(LIST_DASHES, start):
        return None  # the usual figure: in no dashed item
    for _ in range(LEAD_IN_ITEMS):
        end = start - 1
        while end > 0 and doc.text[end - 1] == "\n":
            end -= 1  # blank lines between the items
        if end <= 0:
            return None
        start = doc.text.rfind("\n", 0, end) + 1
        line = doc.text[start:end].strip()
        if not line.startswith(LIST_DASHES):
            if not line.endswith(":"):
                return None
            if w := vocabulary().year_by_year.found(line.lower()):
                return w
            spans = [named for _, code, named, _ in periods_named(line, 0, len(line), doc.year, None, doc.this_year)
                     if SPAN_CODE.match(code)]
            return spans[-1] if spans else None
    return None


def _year_named(segment: str, year: int | None, since: int | None = None, now: int | None = None) -> str | None:
    """ "earlier" or "later" if the words before a number name a year other than the
    report's (not a base: "so với năm 2021", "giá so sánh năm 2010"); a year of the span the
    report reports (from ``since``) is none earlier, and one up to ``now`` (a web page's own year) none later."""
    v = vocabulary()
    if not year:
        return None
    # The last time named before the number speaks for it: "năm 2023 … và năm nay ước đạt".
    last, named = -1, year
    for start, year_ in v.years_named(segment):
        if v.period_bound_before.search(segment, max(0, start - NAMED_YEAR_LOOKBACK), start) \
                or named_by_year(segment[max(0, start - NAME_REACH):start]) or _in_comparison(segment, start) \
                or _in_a_basis_clause(segment, start) or names_things_of_years(segment, 0, start) \
                or carried_from(segment, segment.find(str(year_), start) + 4):
            continue  # "so với năm 2021"; "Luật Giáo dục năm 2019" names a law, not a time
        last, named = start, year_
    if last < 0 or named == year or v.now_words.last(segment) > last or since is not None and since <= named < year:
        return None
    return "earlier" if named < year else "later" if named > (now or year) else None


def _in_a_basis_clause(segment: str, at: int) -> bool:
    """ "phân bổ dự toán theo quý căn cứ tiến độ thu các năm 2022 - 2024: Quý I khoảng 24%": a year in a
    clause saying what the figures build on, the clause ended before the number, is the basis's."""
    v = vocabulary()
    if not v.basis_openers.within(segment):
        return False  # the usual answer
    opened = max(segment.rfind(",", 0, at), segment.rfind(":", 0, at)) + 1
    rest = segment[at:]
    return v.basis_openers.found(segment[opened:at]) is not None and ("," in rest or ":" in rest)


def _done_early_next_year(segment: str, year: int | None) -> str | None:
    """ "Dịp Tết Nguyên đán Ất Tỵ năm 2025, tỉnh đã tặng 21.350 suất quà" in a report of 2024: a done word
    after the year after the report's, the last year named before the number, says what was done
    early that year, when the report was written: a result; the done word."""
    v = vocabulary()
    named = v.years_named(segment)
    if not year or not named or named[-1][1] != year + 1:
        return None
    return v.done_words.found(segment[named[-1][0]:])


def _elided_comparison(c: Context) -> bool:
    """ "Cao hơn tỷ lệ giải ngân chung của tỉnh (52,8%)": a clause opening with a comparative, what it compares
    left unsaid (a note on the figure it is marked on, an item under a figure's line), compares that figure with
    the level in the bracket, as a comparative after a figure does."""
    return vocabulary().comparatives.starting(clause_head(c).lstrip(" -+•*")) is not None


@cache
def _another_part() -> re.Pattern[str]:
    """A comma, a semicolon or a list joiner, then words and a number that is no year and no "/100" of a rate: the
    next part of a list."""
    joiners = alternation(vocabulary().raw["list_joiners"])
    return re.compile(rf"(?:,|;|\s(?:{joiners})\s)[^\d/]*(?<!/)(?!(?:19|20)\d\d(?!\d))\d")


def _change_against_a_time(c: Context) -> bool:
    """ "bằng 92,8% dự toán (giảm 6,7% so với cùng kỳ)": a change whose words compare it with a time, in a bracket
    after a plan word, is the result's change against that time, not the plan."""
    return c.f.kind in CHANGES and c.f.base is not None and c.f.base not in PLAN_BASES


def _parts_in_the_bracket(doc: Document, c: Context) -> bool:
    """ "8 doanh nghiệp được VFA giao chỉ tiêu tham gia thu mua tạm trữ (5 doanh nghiệp thuộc Tổng công ty … và 3
    doanh nghiệp địa phương)": another number after the figure before its bracket closes, words between: the bracket
    lists the parts of the count before it, not a target (a target's bracket holds its number alone: "(7,0%)")."""
    close = doc.text.find(")", c.f.tail, c.se)
    return close > 0 and _another_part().search(doc.text, c.f.tail, close) is not None


def _bracketed_target(segment: str) -> bool:
    """ "vượt 0,6% chỉ tiêu Nghị quyết (92,5%)": a number in brackets after a target word, or after an
    estimate someone gave ("bằng 92,3% dự toán HĐND tỉnh giao (2.000 tỷ đồng)") or right after "dự toán" ("đạt 128,5%
    dự toán (10.000 triệu đồng)"); a change word may open it
    ("vượt 0,48% so với chỉ tiêu Nghị quyết HĐND tỉnh giao (giảm 2%)")."""
    if "(" not in segment:
        return False
    head, bracket, inside = segment.rpartition("(")
    v = vocabulary()
    if not bracket or HAS_LETTER.search(inside) and not v.change.is_one(v.any_qualifier.stripped(inside.strip(), " ")):
        return False
    near = head[-TARGET_REACH:]
    if _YEAR_BRACKET.search(segment[:len(head) + 1]) and (at := v.plan_markers.last(near)) >= 0 \
            and v.comparison.found(near[at:]):
        return False  # "bằng 97,4% kế hoạch, tăng 14,2% so với năm 2013 (4.138 triệu đồng)": that year's level
    return bool(v.plan_markers.found(near) or v.given_targets.found(near) and v.assigned.ending(head.rstrip())
                or v.plan_named.ending(head.rstrip()) or _years_plan_named(head.rstrip()) or _approved_plan(head))


def _plans_level_after_its_ratio(c: Context) -> bool:
    """ "bằng 62,9% kế hoạch vận chuyển hành khách dịp Tết của Tổng công ty (485.500 lượt khách)", "đạt 94,8% kinh phí
    được bố trí (5,4 tỷ đồng)": a number opening a bracket after the words naming the plan a ratio right before is
    of (no break nor number between, but the plan's year: "bằng 91,4% mục tiêu Chương trình đề ra đến năm 2020 (70
    mỏ)") is that plan's level; "đạt 100% chỉ tiêu (215/215 công dân)" is what was done out of it."""
    p = c.prev
    if p is None or p.kind != "plan_ratio" or p.base not in PLAN_BASES:
        return False  # the usual answer
    between = c.raw_left.rstrip()
    return between.endswith("(") and not number_besides_years(between) and not LIST_BREAK.search(between[:-1])


def _years_plan_named(head: str) -> bool:
    """ "bằng 89,1% dự toán năm (": the estimate, its word for the year after it; not a total's ("bằng 51,2% tổng dự
    toán năm (805 tỷ đồng)": the whole a share is of)."""
    v = vocabulary()
    if (bare := trimmed(head, v.year_words)) == head or not (w := v.plan_named.ending(bare)):
        return False  # the usual answer
    return not v.group_sums.ending(bare[:len(bare) - len(w)].rstrip())


def _gap_from_the_plan(c: Context) -> str | None:
    """ "vượt kế hoạch 50 tỷ đồng", "thấp hơn kế hoạch 0,28 điểm phần trăm": a plan marker right before a change
    against the plan, after a word of comparison, is what the result is measured against, no target's opening; the
    words."""
    v = vocabulary()
    if not (marker := v.plan_markers.ending(c.left)):
        return None  # the usual answer
    gap = v.plan_gaps.ending(c.left[:len(c.left) - len(marker)].rstrip())
    return f"{gap} {marker}" if gap else None


def _approved_plan(head: str) -> str | None:
    """ "bằng 79,0% kế hoạch lợi nhuận năm 2025 được Đại hội đồng cổ đông thường niên năm 2025 thông qua (120.000
    triệu đồng)", "bằng 102,39% kế hoạch Tổng công ty Điện lực miền Bắc giao (311,20 triệu kWh)": a bracket right
    after the body that approved or gave a plan named before it gives that plan, however long the body's name; the
    approving or giving words."""
    v = vocabulary()
    if not (w := v.plan_approvals.ending(head.rstrip()) or v.assigned.ending(head.rstrip())):
        return None  # the usual bracket: no approval right before it
    return w if v.given_targets.found(head) else None


def _plan_recipients(c: Context) -> str | None:
    """ "Tổng kế hoạch vốn năm 2025 giao cho 6 dự án …": a count right after the word that allots a plan,
    in a clause naming the plan, counts what it is allotted to (there now), no target; the allotting
    words."""
    f, v = c.f, vocabulary()
    if f.unit != "count" or f.per or not (w := v.plan_recipients.ending(c.left)):
        return None  # the usual answer
    return w if v.plan_markers_anywhere.found(c.left) else None


def _plan_named_as_subject(c: Context) -> str | None:
    """ "Tổng kế hoạch vốn năm 2025 giao cho 6 dự án giao thông trọng điểm là 1.286,4 tỷ đồng": the plan
    opens the clause and "là" states it, past a count of what it is allotted to: a target; the plan's
    words."""
    v = vocabulary()
    if c.prev is None or c.prev.unit != "count" or not v.copulas.ending(c.left):
        return None  # the usual answer
    head = c.head
    head = head[max(head.rfind(m) for m in ",;:(") + 1:]  # its clause: "Năm 2024, tổng kế hoạch vốn …"
    if not v.plan_recipients.found(head):
        return None
    return v.plan_markers_anywhere.found(head[:v.plan_recipients.first(head)])


def _listed_in_a_stated_target(doc: Document, c: Context) -> str | None:
    """ "Mục tiêu năm 2025 là SAIDI không quá 450 phút và tỷ lệ tổn thất điện năng dưới 4,2%": a figure listed after
    the target a sentence opens with and states by a copula, past "và" or a comma and no verb, is another part of
    that target ("Mục tiêu … là 450 phút, đến nay đã đạt 420 phút" reports a result); the opening words."""
    p = c.prev
    if p is None or p.role != "plan" or p.tail > c.f.start:
        return None  # the usual answer
    between, v = doc.lower(p.tail, c.f.start), vocabulary()
    if not v.list_joiners.match(between) or v.verbs.found(between) or DIGIT.search(between):
        return None  # "…, đến ngày 30/11/2025 đã giải ngân 402,7 tỷ đồng": what was done by a day, a result
    return _target_stated(c.head)


def _target_stated(head: str) -> str | None:
    """ "Mục tiêu Nghị quyết Đại hội … là giảm tỷ lệ hộ nghèo bình quân 1-1,5%/năm": a target opens the
    sentence and a copula states it; the opening words."""
    v = vocabulary()
    head = _past_a_speaker(_past_an_opening_quote(head.lstrip(ITEM_DASHES + " ")))
    if not (w := v.target_statements.starting(head)) and v.prefaces.starting(head):
        head = _past_a_preface(head)
        w = v.target_statements.starting(head)
    if not w or not v.copulas.found(head[len(w):]):
        return None  # the usual answer
    rest = head[len(w):]
    # "Chỉ tiêu chưa đạt là tỷ lệ …": the indicators reached or not, no target stated
    return None if v.reached_words.found(rest[:v.copulas.first(rest)]) else w


def _past_an_opening_quote(head: str) -> str:
    """ "bác sĩ …, phó giám đốc sở y tế cho biết: “mục tiêu của tỉnh là …": what is said after a colon, in quotation
    marks, opens a sentence of its own; the words past the opening mark (the head itself when none)."""
    at = max(head.rfind("“"), head.rfind('"'))
    return head[at + 1:].lstrip() if at > 0 and head[:at].rstrip().endswith(":") else head


def _past_a_speaker(head: str) -> str:
    """ "ông trần minh tâm, phó giám đốc sở …: chỉ tiêu … là": a transcript's turn opening with a speaker's label,
    no figure in it, up to its colon; the words past the colon (the head itself when no label opens it)."""
    if not vocabulary().speaker_titles.starting(head):
        return head  # the usual answer
    at = head.find(": ", 0, SPEAKER_REACH)
    return head if at < 0 or DIGIT.search(head, 0, at) else head[at + 2:].lstrip()


SPEAKER_REACH: Final = 120  # a speaker's name and office, up to the colon


def _past_a_preface(head: str) -> str:
    """ "Theo Ban Chỉ đạo …, kế hoạch năm 2025 của tỉnh là hỗ trợ … 4.478 căn nhà": a sentence that opens by
    naming whom it follows or what it carries out states its target after that clause; the words from the
    first comma a target word follows (the head itself when none does)."""
    v, at = vocabulary(), head.find(",")
    while at >= 0:
        rest = head[at + 1:].lstrip()
        if v.target_statements.starting(rest):
            return rest
        at = head.find(",", at + 1)
    return head


def _target_marker(left: str, counted: bool) -> str | None:
    """A plan marker right before the number (verbs aside), or "phấn đấu" in its clause. ``counted``: the figure
    counts things, no share."""
    v = vocabulary()
    # A marker the gaps are stripped back to stands in the clause as a whole word: without
    # one there, nothing to strip (most clauses).
    marker = v.plan_markers.found(left) and (bare := back_to_a_plan_marker(left)) and v.plan_markers.ending(bare)
    if marker and v.plan_names.ending(bare):
        marker = None  # "giường bệnh kế hoạch là 3.870 giường": a name, no target
    if marker and counted and v.demands.is_one(marker) and v.done_words.found(bare[:-len(marker)]):
        # "đã có văn bản yêu cầu 6 đơn vị kiểm tra": a demand made, the ones it was made of; a share stays the level
        # demanded ("Sở đã yêu cầu 100% doanh nghiệp … niêm yết giá")
        marker = None
    if not marker and v.allotted.found(left):  # "biên chế được giao là 2.415", "được giao giảm 52 biên chế"
        bare = trimmed(left, v.allotted_gap).rstrip()
        # "Tổng kinh phí … được giao năm 2013 là 612,4 tỷ đồng": past the year of the allotment
        marker = v.allotted.ending(bare) or v.allotted.ending(trimmed(TIME_AT_END.sub("", bare), v.year_words))
    return marker or v.plan_markers_anywhere.found(left)


def _a_later_year_around(doc: Document, c: Context) -> bool:
    """A year after the report's stands in the figure's sentence, before or after it ("Năm 2026, tỉnh đề ra 24 chỉ
    tiêu chủ yếu" in a report of 2025): what it counts is still to be done; in a text of no known year, any year."""
    years = FOUR_DIGITS.findall(doc.text, c.ss, c.se)
    return any(int(y) > doc.year for y in years) if doc.year else bool(years)


def _own_year_in_the_reviewed_span(doc: Document, c: Context) -> str | None:
    """The year right after a figure ("412 tỷ đồng năm 2000") falls in the span the report's title reviews (from
    ``doc.span_from`` to its year): the words naming it, or None."""
    after = c.year_after
    if after is None or not doc.span_from or not doc.year or not after[0][:4].isdigit():
        return None
    return after[1] if doc.span_from <= int(after[0][:4]) <= doc.year else None
