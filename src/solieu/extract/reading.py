"""The reading: each figure's qualifier, kind, direction, base, role, period and subject.

A document's context (its year, its sentences, where a section of targets starts) is
computed once; each figure's context (its sentence, its clause, the words left and
right of it) is computed once from it; then each field is one function of that context,
in a module named for it (``qualifiers``, ``subjects``, ``kinds``, ``bases``, ``roles``,
``dating``; what several of them read is in ``clauses``, the contexts in ``document``).
This module runs them in order for each figure of prose or of a table.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import Final

from solieu.extract.bases import base, later_year_start
from solieu.extract.clauses import (
    CHANGES,
    CLAUSE_BREAK,
    COMPARING,
    DIGIT,
    FORECAST_RESULT,
    HAS_LETTER,
    ITEM_DASHES,
    JOINED_NOUN_REACH,
    MONEY,
    MONTHS_COUNTED,
    MONTHS_OPENING_REACH,
    PER_TIMES,
    POINTS,
    PRIZE,
    QUALIFIER_AFTER,
    TARGET_REACH,
    back_to_a_plan_marker,
    bare_year,
    base_after,
    blank_brackets,
    bound_after,
    bracketed_after,
    chain_words,
    change_in_percent,
    clause_head,
    clause_start,
    elsewhere_bracket,
    forecast,
    full_verbs,
    in_an_impact_assessment,
    index_base_year,
    joined_past_its_noun,
    late_payment_charge,
    levels_year,
    measured_in_a_unit,
    norm,
    noun_then_joiner,
    of_a_norm,
    open_bracket,
    per_words,
    sentence_naming_its_plan,
    target_given_as,
    trimmed,
    year_compared_past_a_qualifier,
)
from solieu.extract.dating import period
from solieu.extract.document import Context, Document
from solieu.extract.figure import Figure
from solieu.extract.kinds import direction, kind
from solieu.extract.periods import A_YEAR, begun, first_period_named, part_of_year, period_after, period_in
from solieu.extract.qualifiers import change_word, qualifier
from solieu.extract.roles import role
from solieu.extract.scan import COEFFICIENT, DURATION_IN_PARTS
from solieu.extract.scopes import term_over, terms_named
from solieu.extract.subjects import per_in_label, subject
from solieu.extract.tables import (
    MARK_AFTER,
    SEPARATOR,
    Column,
    Row,
    cell_qualifier,
    school_year_before,
    unit_of,
    weighed,
)
from solieu.extract.vocabulary import alternation, vocabulary
from solieu.renditions import LEADER
from solieu.terms import load_terms

DISBURSED_WORDS: Final = 4  # "đã giải ngân được 164,2 tỷ đồng": the words before a disbursed amount
TO_REACH: Final = 20  # after a level's year: where "lên", "xuống còn" may start the level it moves to
PER_TIME_WORDS: Final = 6  # "mỗi năm đào tạo khoảng": a per-time word among the last syllables before a count
POINTS_UNITS: Final = frozenset(POINTS.values())


def read(text: str, figures: list[Figure]) -> list[tuple[int, int]]:
    """Fill qualifier, kind, direction, base, role and subject; return each sentence span."""
    doc = Document.of(text)
    # A table cell's figure reads its row and column, not its sentence: -1.
    index = [doc.sentence_of(f.start) if f.cell is None else -1 for f in figures]
    targets = {i: _sets_targets(doc, i) for i in set(index) if i >= 0}
    spans = []
    for i, f in enumerate(figures):
        if f.cell is not None:
            read_table_figure(doc, f)
            spans.append(f.cell.row.line)
            continue
        prev = figures[i - 1] if i and index[i - 1] == index[i] and figures[i - 1].cell is None else None
        if i and index[i - 1] == index[i] - 1 and figures[i - 1].cell is None and targets[index[i - 1]] \
                and not targets[index[i]] and _listed_after_targets(doc, index[i], figures[i - 1]):
            targets[index[i]] = True
        nxt = figures[i + 1].start if i + 1 < len(figures) else len(text)
        c = _context(doc, f, index[i], prev, nxt, targets[index[i]])
        if i and figures[i - 1].cell is None:
            c.before = figures[i - 1]
            if figures[i - 1].start >= c.full:
                c.earlier = figures[i - 1]
        if prev is not None and ")" in c.raw_left and "(" not in c.raw_left.partition(")")[0]:
            c.beside = _before_the_bracket(text, figures, index, i)  # "6,85% (còn 148 hộ), giảm 3,12%"
        read_figure(doc, c)
        spans.append((c.ss, c.se))
    return spans


BRACKET_FIGURES: Final = 3  # "(còn 148 hộ, 520 nhân khẩu)": the figures a bracket closing before a figure may hold


def _before_the_bracket(text: str, figures: list[Figure], index: list[int], i: int) -> Figure | None:
    """ "giảm còn 6,85% (còn 148 hộ với 520 nhân khẩu), giảm 3,12%": the figure before the bracket that closes right
    before figure ``i`` and holds the figure before it, in the same sentence (None if the bracket opens elsewhere)."""
    for j in range(i - 1, max(0, i - 1 - BRACKET_FIGURES), -1):
        if index[j - 1] != index[i] or figures[j - 1].cell is not None:
            return None
        gap = text[figures[j - 1].tail:figures[j].start]
        if "(" in gap:
            return figures[j - 1] if ")" not in gap.rpartition("(")[2] else None
        if ")" in gap:
            return None
    return None


_GLUED_MARKER: Final = re.compile(r"\d{1,2}(?=\s)")  # a note's marker glued to a percent sign, before its words
_NOTE_MARKER: Final = re.compile(r"\[\^\d{1,3}\]")  # a footnote's or an endnote's marker as the renditions write it


SIGNS: Final = "+-−"  # a sign written before a number


def _context(doc: Document, f: Figure, si: int, prev: Figure | None, nxt: int, targets: bool) -> Context:
    text = doc.text
    ss, se = doc.sentences[si]
    lo = max(ss, prev.tail) if prev else ss
    if prev and prev.period and (m := bare_year().match(text, prev.tail)) and m.group(1) == prev.period \
            and lo < m.end() <= f.start:
        lo = m.end()  # "xuống còn 10,18% năm 2024, bình quân giảm …": the year is the figure before's own
    raw = text[lo:f.start]
    window = blank_brackets(raw)
    clause = window[clause_start(window):]
    end = min(se, nxt)
    at = f.end
    if text[at - 1:at] in "%‰" and (marker := _GLUED_MARKER.match(text, at)) \
            or text.startswith("[^", at) and (marker := _NOTE_MARKER.match(text, at)):
        at = marker.end()  # "101,6 %1 kế hoạch", "115,2%[^2] dự toán": the words past the note's marker
    if doc.low is None:
        right = CLAUSE_BREAK.split(text[at:end].lower(), maxsplit=1)[0]
    else:  # only up to the break, found alike in the text and its lowercase (in the slice: the
        # break's look-behind must not see the number's last digit)
        m = CLAUSE_BREAK.search(text[at:end])
        right = doc.low[at:at + m.start() if m else end]
    # Without brackets the window is the text itself: its clause's lowercase is a slice.
    left = (doc.lower(f.start - len(clause), f.start) if "(" not in raw else clause.lower()).strip()
    if left.endswith(("....", "…")) and (leader := LEADER.search(left)) and leader.end() == len(left):
        left = left[:leader.start()]  # "Tỷ lệ hộ nghèo giảm ……… 1,5-2%": a tab's dot leader, read as the space it is
    return Context(f, prev, ss, se, window, clause, left, right,
                   doc.lower(lo, f.start), doc.lower(ss, f.start), targets,
                   doc.full_stops[bisect_right(doc.full_stops, f.start) - 1],
                   period_after(text[f.tail:f.tail + QUALIFIER_AFTER], doc.year) or _year_of_a_level(text, f, left),
                   signed=text[f.start] in SIGNS)


def _year_of_a_level(text: str, f: Figure, left: str) -> tuple[str, str] | None:
    """ "giảm từ 21,35% năm 2019 xuống còn 10,18% năm 2024": in a move from one level to another,
    each level's bare year right after it is its own (elsewhere "gấp 2,1 lần năm 2023" names a base)."""
    if text[f.tail:f.tail + 2].lstrip()[:1] not in ("n", "N") or not (m := bare_year().match(text, f.tail)):
        return None  # the usual answer
    v = vocabulary()
    if v.from_words.ending(left) or v.to_level.ending(trimmed(left, v.any_qualifier)) \
            or v.to_level.starting(text[m.end():m.end() + TO_REACH].lower().lstrip()):
        return m.group(1), m.group().strip()
    return None


def _next_level_of_a_rate(doc: Document, c: Context) -> bool:
    """Between the rate before (and its own year) and the figure, only a word moving to a level ("lên", "xuống còn")
    or pairing levels ("và"), maybe a qualifier: the figure is the next level of that rate."""
    v, p = vocabulary(), c.prev
    assert p is not None
    at = m.end() if (m := bare_year().match(doc.text, p.tail)) and m.end() <= c.f.start else p.tail
    gap = trimmed(doc.lower(at, c.f.start).strip(" ,"), v.any_qualifier)
    return bool(gap) and (v.to_level.is_one(gap) or v.pair_words.is_one(gap))


_NO_AVERAGE_PER_TIME: Final = ("percent", "per_mille", "times", *POINTS_UNITS)  # "bình quân mỗi năm tăng 7%": a growth


def _average_change_per_time(c: Context, change: str) -> str | None:
    """ "bình quân mỗi năm tăng khoảng 874 ha", "trung bình mỗi tháng giảm 1.200 người": an average word and a
    time after "mỗi" right before the change word: the change in each such time, a rate in the figure's unit
    per that time (``f.unit`` and ``f.per`` set); the words, else None."""
    v, f = vocabulary(), c.f
    if not v.per_each_words.within(c.left[-PER_TIME_REACH:]) or f.unit in _NO_AVERAGE_PER_TIME or "_per_" in f.unit:
        return None  # the usual answer
    head = trimmed(c.left, v.any_qualifier)
    if not head.endswith(change):
        return None
    before = head[: len(head) - len(change)].rstrip(" ,")
    if not (w := v.per_time_words.ending(before)) \
            or not v.average_per_time.ending(before[: len(before) - len(w)].rstrip(" ,")):
        return None
    f.unit, f.per = f"{f.unit}_per_{v.per_time_before[w]}", True
    return f"{v.average_per_time.ending(before[: len(before) - len(w)].rstrip(' ,'))} {w}"


PER_TIME_REACH: Final = 40


def _sum_granted(c: Context, change: str) -> bool:
    """ "23 tổ chức được giảm mức đóng, số tiền được giảm 412 triệu đồng": a clause opening with the sum that was
    cut or waived for someone, then "được" and the change word, names what the cut came to, an amount."""
    v = vocabulary()
    left = c.left
    if (joiner := v.granted_joiners.starting(left)) is not None:
        left = left[len(joiner):].lstrip()  # "…, với số thuế được giảm 215,6 tỷ đồng": the sum the joining word adds
    if not v.granted_sums.starting(left):
        return False  # the usual answer
    return v.granted.ending(left[:len(left) - len(change)].rstrip()) is not None


def read_figure(doc: Document, c: Context) -> None:
    """Each field of one figure, in the order they depend on each other."""
    f = c.f
    f.qualifier = qualifier(doc, c)
    if f.qualifier == "exact" and doc.estimate_marks and (m := MARK_AFTER.match(doc.text, f.tail)) \
            and m.group(1) in doc.estimate_marks:
        f.qualifier = "estimated"  # "đạt 68.450 tấn (*)" under "(*) Số ước thực hiện …"
    change, starting_level = change_word(doc, c)
    if not change:
        change = _split_change(c) or _change_before_comparison(c) or _gap_to_a_level(c) \
            or _gap_to_an_alarm_level(c) or _gap_from_another_time(c) or _gap_from_another_day(c) \
            or _gap_from_a_year_past_a_qualifier(c) \
            or _second_change_of_a_pair(c) or _levels_moved(c)
    if change and vocabulary().change_names.ending(c.left):
        change = None  # "chi thu nhập tăng thêm 31,4 tỷ đồng": a name ending with a change word, a level
    if change and not f.per and (w := _average_change_per_time(c, change)):
        change = None  # "bình quân mỗi năm tăng khoảng 874 ha": a yearly rate of the change, not a change
        f.why["unit"] = f"{f.why.get('unit', '')} after {w!r}".strip()
    if change and f.unit in MONEY and _sum_granted(c, change):
        change = None  # "số tiền được giảm 412 triệu đồng": the sum a cut came to, a level of money
    over_the_plan = False
    if change and f.qualifier == "over" and vocabulary().exceed.starting(change) and not bound_after(c):
        if _excess_over_the_plan_named(doc, c):
            # "… có chi phí vượt dự toán …, trong đó Bệnh viện Đa khoa tỉnh vượt 12,44 tỷ đồng (vượt 12,4%)": by how
            # much each part exceeds the plan the sentence names
            f.qualifier, over_the_plan = "exact", True
        else:
            change = None  # "vượt 50 tỷ USD": a level above a mark; "vượt … từ 5% trở lên" bounds the change
    f.subject, f.rate = subject(doc, c)
    if change and not f.rate and f.unit in POINTS and (w := _same_rate_moved(c)):
        f.rate = True
        f.why["kind"] = f"{w!r}: a change of the rate the figure before changed"
    elif change and not f.rate and f.unit in POINTS and _share_moved(c, change):
        f.rate = True  # "hộ cận nghèo 1.058 hộ, chiếm 12,43%, tăng 0,62% so với năm 2017"
        f.why["kind"] = f"{change!r} right after a share of a rate's group: the share moved, in points"
    if not change and f.unit.partition("_per_")[0] in MONEY:
        _equivalent_of_a_rate(c)
        _equivalent_of_a_coefficient(c)
        _per_each_before(c)
        _per_in_subject(c)
        _per_each(doc, c)
        _prize_per_place(c)
        _wage_under_a_heading(doc.text, c.f)
        _pension_a_month(doc, c)
        _ticket_price(doc, c)
        if not f.per and f.unit in MONEY and (w := _time_each_opening_the_sentence(c)):
            # "Mỗi đêm, tổng doanh thu của toàn chợ ước đạt khoảng 650 triệu đồng": money in each such time; not
            # in a clause after the sentence's first ("…, mỗi tháng trả lương khoảng 36 triệu đồng"), which
            # writers split on
            f.unit, f.per = f"{f.unit}_per_{vocabulary().per_time_before[w]}", True
    elif not change and f.unit == "count":
        _per_each_before(c)
        _per_time_before(doc, c)
        _on_a_peak_day(c)
    elif not change and f.unit in load_terms().rate_of and f.unit != "m2" and (w := _time_each_opening(c)):
        # "bình quân mỗi năm thực hiện khoảng 480 km": a measure done in each such time, on average; "ngày thường
        # mỗi ngày tiêu thụ khoảng 40 - 50 tấn cua": in each such time
        f.unit, f.per = f"{f.unit}_per_{vocabulary().per_time_before[w]}", True
    elif not change and f.unit in load_terms().rate_of:
        _time_of_the_joined(doc, c)
    if not change and f.unit in AREAS_PER_HEAD:
        _area_per_head(c)
    if not change and not f.per and f.unit in WEIGHTS:
        _equivalent_of_a_rate(c)  # "1,85 triệu túi ni lông …/tháng, tương đương gần 9,3 tấn nhựa": tonnes a month
    if not change and not f.per and f.unit in WEIGHTS:
        _on_a_peak_day(c)
    if not change and not f.per and f.unit in MEASURES and (w := _time_ending_the_clause(doc, c)):
        # "Quét dọn hơn 420.000 m2 đường phố mỗi ngày", "thu gom 150 tấn rác mỗi ngày": a measure done each such time
        f.unit, f.per = f"{f.unit}_per_{vocabulary().per_time_before[w]}", True
    if not change and not f.per and c.prev is not None and (marker := _plan_bracket(c)):
        _target_of_a_rate(c, marker)
    if not f.per and c.prev is not None and c.prev.per and c.prev.unit.startswith(f.unit + "_per_") \
            and f.value <= c.prev.value and vocabulary().part_words.found(c.raw_left):
        # "46,5 tấn/ngày, trong đó có 8,2 tấn …": a part of the rate; "bình quân 52 tỷ đồng/năm, trong đó
        # ngân sách tỉnh 248,6 tỷ đồng" is more than the rate, a part of the total before it
        f.unit, f.per = c.prev.unit, True
    if not f.per and f.unit in MONEY and c.prev is not None and c.prev.per \
            and c.prev.unit.startswith(f.unit + "_per_") and _next_level_of_a_rate(doc, c):
        # "tăng từ 2,9 triệu đồng/người/năm năm 2000 lên 18,5 triệu đồng năm 2010 và 72,4 triệu đồng năm 2024": the
        # levels a rate moved to are in its unit
        f.unit, f.per = c.prev.unit, True
    if vocabulary().rank_words.ending(c.left) \
            or f.denominator is not None and vocabulary().rank_of_total.ending(c.left):
        # "xếp thứ 6/14 tỉnh", "đứng thứ 2 vùng", "Xếp hạng: thứ 5/34 tỉnh": a place in a ranking, the "/14" no
        # denominator
        f.denominator, f.unit, f.kind = None, "count", "other"
    else:
        f.kind = kind(c, change, doc.text[f.start] == "+")
    if f.kind == "multiple" and (times := _times_counted(c, change)):
        f.unit, f.counted, f.kind = "count", f.unit_word, "count"
        f.why["unit"] = f"{f.unit_word!r} {times}: occurrences, not a multiple"
    if f.kind == "growth" and f.unit == "percent" and _gap_of_two_rates(doc, c):
        f.kind = "change_points"
        f.why["kind"] = "the gap between the rate before it and the rate in the bracket after it: points"
    if f.kind == "change_points":
        f.unit = POINTS.get(f.unit, f.unit)
    if f.kind in ("share", "growth") and f.unit == "percent" and c.right.startswith("/") \
            and (w := _interest_rate_moved(doc, c, change)):
        f.kind, f.unit = "change_points", POINTS[f.unit]
        f.why["kind"] = f"{w!r} before a percent per a time: an interest rate moved by so many points"
    elif f.kind == "share" and c.right.startswith("/") and (doc.holds(vocabulary().interest_words, c.full, f.start)
                                                          or late_payment_charge(doc, c)):
        # "lãi suất cho vay phổ biến từ 6,5-8,5%/năm", "tiền chậm nộp theo mức 0,03%/ngày": the price of money,
        # not a share
        f.kind = "other"
    elif f.kind == "share" and c.right.startswith("/") and vocabulary().year_words.starting(c.right[1:].lstrip()) \
            and not (f.rate and not vocabulary().growth_words.found(c.head)):
        # "(mục tiêu Nghị quyết 11%/năm)": a percent a year is a yearly growth, no part of a whole; a rate's
        # average level ("Tỷ lệ điều tra, khám phá … bình quân giai đoạn 2021 - 2025 đạt 88,6%/năm") stays a share
        f.kind = "growth"
    if f.kind == "amount" and f.unit in MONEY and vocabulary().exchange_rates.found(c.left) \
            and not _exchange_gain(c) and not _market_rate(c):
        f.kind = "other"  # "Tỷ giá quy đổi … là 24.337 đồng/USD": the price of a currency, no sum
    if f.kind == "share" and c.prev is not None and c.prev.unit == f.unit and c.prev.kind in CHANGES \
            and norm(doc, c):
        f.kind = c.prev.kind  # "tỷ lệ tinh giản 4,8%, vượt mức 4% theo Nghị quyết": the norm of that change
    if f.kind == "share" and f.unit == "percent" and _first_of_a_pair_of_ratios(doc, c):
        f.kind = "plan_ratio"  # "đạt 103,8% và 95,5% kế hoạch năm": two ratios to the plan named after the second
    if f.kind == "share" and of_a_norm(c):
        f.kind = "plan_ratio"  # "bằng 23,7% mức dư nợ vay tối đa theo quy định": a share of a ceiling
    if f.kind == "share" and index_base_year(doc, c):
        f.kind = "plan_ratio"  # "So với kỳ gốc năm 2019, CPI tháng 9/2025 bằng 117,85%": on the base year's level
    if f.kind == "share" and (_plan_ratio_subject(doc, c) or _part_of_plan_attained(doc, c)
                              or _attained_after_a_result_of_a_plan(doc, c)
                              or _attained_of_allotted(doc, c) or _disbursement_rate(c) or _named_disbursement_rate(c)):
        f.kind = "plan_ratio"  # "giải ngân … đạt trên 65%": a share of the allotted plan
    if f.kind == "plan_ratio" and f.unit == "percent" \
            and vocabulary().savings_words.ending(trimmed(c.left, vocabulary().any_qualifier)):
        f.kind = "share"  # "tỷ lệ tiết kiệm 11,3% dự toán": what is saved, a part of the estimate, no ratio reached
    if f.kind == "plan_ratio" and c.prev is not None and c.prev.role == "plan" \
            and vocabulary().share_verbs.ending(c.raw_left.rstrip()):
        f.kind = "share"  # "tổng kế hoạch vốn … là 1.126 tỷ đồng, chiếm 16,5% kế hoạch vốn toàn tỉnh": a part's share
    if f.kind == "share" and c.prev is not None and elsewhere_bracket(c) and c.prev.kind not in CHANGES \
            and c.prev.unit == f.unit:
        # "đạt 36,9% kế hoạch vốn, cao hơn bình quân cả nước (28,2%)"; a level still, after a change
        # ("đạt 99,38%, tăng 0,21 điểm phần trăm … và cao hơn tỷ lệ bình quân cả nước (99,31%)"); not after a count
        # ("cứ 100 người dân có 1,6 người …, cao hơn mức bình quân chung của cả nước (1,4%)"), a rate of its own
        f.kind = c.prev.kind
    if (f.kind == "share" or f.qualifier == "exact") and (labels := _callout_labels(doc.text, f)):
        _read_callout_label(f, labels)
    if f.kind == "share" and c.prev is None and _target_under_a_callout(doc.text, c):
        f.kind, f.why["kind"] = "growth", "a target in brackets on the line under a call-out's growth"
    f.direction = direction(f, change)
    if f.direction is None and f.kind == "growth" and change_in_percent(c):
        f.direction = c.prev.direction if c.prev else None  # "tăng 24 ca (14,8%)": the change's own way
    f.base = base(doc, c)
    if over_the_plan and f.base is None:
        f.base = "plan"
    f.role, f.why["role"] = role(doc, c, starting_level)
    if f.qualifier == "exact" and f.why["role"].startswith(FORECAST_RESULT):
        f.qualifier = "estimated"  # "dự báo đến năm 2025 đạt 132 triệu đồng/người": what it foresees
    found = period(doc, c)
    if found:
        f.period, f.why["period"] = found
    if f.base and f.period and doc.year and f.base == str(doc.year - 1) and f.period.isdigit() \
            and int(f.period) > doc.year and later_year_start(c):
        # "Tổng dư nợ cho vay tăng 12-14% so với đầu năm" among the targets of 2014 in a report of 2013: the start of
        # the target's year, the level at the end of 2013
        f.base = str(int(f.period) - 1)
    if f.base and f.period and f.base == f.period[:4] and part_of_year(f.period):
        # "Riêng quý III/2025, … tăng 9,3% so với quý II/2025": an earlier part of the figure's own year, the
        # part before, which has no base code, not the same part of a year before
        f.base = None


CALLOUT_UNIT_WORDS: Final = 3  # a call-out's line: its number and a unit of a few words, nothing else
_LABEL_BRACKET: Final = re.compile(r"\(([^()\d]{1,20})\)")


def _callout_labels(text: str, f: Figure) -> tuple[str, str, bool] | None:
    """A key-figure call-out on a slide ("8,62%", "72.450 tỷ đồng" alone on its line): the lines right above and
    right below it, either of which may be its label, and whether the run of cards it stands in puts each label
    under its figure; None for a number in a line of words."""
    start = text.rfind("\n", 0, f.start) + 1
    end = len(text) if (end := text.find("\n", f.end)) < 0 else end
    rest = text[f.end:end].strip()
    if text[start:f.start].strip() or len(rest.split()) > CALLOUT_UNIT_WORDS or any(ch.isdigit() for ch in rest) \
            or start == 0 or end == len(text):
        return None
    # past blank lines: a page exported a line to a paragraph leaves one after every line
    above = _line_above(text, start)[1]
    below = _line_below(text, end)[1]
    if _labels_under(text, start):
        return "", below, True
    return above, below, False


_CALLOUT_LINE: Final = re.compile(r"[+-]?\d[\d.,]*\s*%?")


def _line_above(text: str, start: int) -> tuple[int, str]:
    """The line above the one starting at ``start``, past blank lines: where it starts, and it stripped."""
    top = len(text[:start].rstrip())
    at = text.rfind("\n", 0, top) + 1
    return at, text[at:top].strip()


def _line_below(text: str, end: int) -> tuple[int, str]:
    """The line below the one ending at ``end``, past blank lines: where it ends, and it stripped."""
    bottom = len(text) - len(text[end:].lstrip())
    stop = len(text) if (n := text.find("\n", bottom)) < 0 else n
    return stop, text[bottom:stop].strip()


def _callout_line(line: str) -> bool:
    """ "68,4%", "52.870 tỷ đồng": a number alone on its line, a unit of a few words after it; a bare whole
    number ("5" at a slide's foot) is its page's, no card's."""
    m = _CALLOUT_LINE.match(line)
    rest = line[m.end():] if m else ""
    return m is not None and not line.isdigit() and len(rest.split()) <= CALLOUT_UNIT_WORDS \
        and not any(ch.isdigit() for ch in rest)


def _card_label(line: str) -> bool:
    """A card's label: a line opening with a letter, in lower case somewhere (a box's title is in capitals)."""
    return bool(line) and line[0].isalpha() and any(ch.islower() for ch in line)


def _labels_under(text: str, start: int) -> bool:
    """ "SỐ LIỆU NỔI BẬT" / "9 THÁNG NĂM 2025" over "7,86%" over "Tốc độ tăng GRDP so với cùng kỳ" over "8,2%" over
    …: a run of cards (a figure and a label, a figure and a label, …) opening with a figure right under the box's
    title in capitals puts each label under its figure, for the whole run; a run opening with a label
    ("Tốc độ tăng trưởng GRDP" over "8,62%" over "Thu ngân sách" over …) puts it above, as a slide's cards do."""
    first = start  # the run's first figure: up over each label and the figure above it
    while True:
        at, label = _line_above(text, first)
        if not at or not _card_label(label):
            break
        up, figure = _line_above(text, at)
        if not _callout_line(figure):
            break
        first = up
    if not first:
        return False  # the usual answer: no title above
    title = _line_above(text, first)[1]
    if not any(ch.isalpha() for ch in title) or any(ch.islower() for ch in title):
        return False  # a label above the run's first figure, or no title
    end = len(text) if (n := text.find("\n", first)) < 0 else n
    label_end, label = _line_below(text, end)
    return _card_label(label) and _callout_line(_line_below(text, label_end)[1])


def _target_under_a_callout(text: str, c: Context) -> bool:
    """ "8,62%" over "Cao hơn mục tiêu Nghị quyết (8%)": a percent in brackets after a target word, first on the
    line right under a call-out of a growth in percent, is the growth targeted, as a target bracketed after a
    growth in its sentence is."""
    b, f = c.before, c.f
    return b is not None and b.kind == "growth" and b.unit == f.unit and text.count("\n", b.end, f.start) == 1 \
        and open_bracket(c.raw_left) >= 0 and vocabulary().plan_markers.found(c.raw_left) is not None \
        and _callout_labels(text, b) is not None


def _read_callout_label(f: Figure, labels: tuple[str, str, bool]) -> None:
    """A call-out's label, above or below it, read as if it stood before the number ("Nhãn: số"): a rate under
    a label naming a growth ("Tốc độ tăng trưởng GRDP (giá so sánh 2010)" over "8,62%") is a growth; a label
    bracketing an estimate word ("Tổng vốn đầu tư toàn xã hội (ước), tăng 10,5% …" under "72.450 tỷ đồng")
    makes the number an estimate. A label is a line that opens with no number, as a call-out's does."""
    v = vocabulary()
    under = labels[2]  # a run of cards opening with a figure under its box's title: each label under its figure
    for above, label in zip((True, False), labels[:2], strict=True):
        low = label.lower()
        if not low or not low[0].isalpha():
            continue
        # a label below naming a growth is read already, as a card's, unless the run reads its labels below
        if (above or under) and f.kind == "share" and f.unit == "percent" and _names_a_growth(low, under):
            f.kind, f.why["kind"] = "growth", f"the call-out's label {label!r} naming a growth"
        if (above or under) and f.kind == "share" and f.unit == "percent" and v.plan_ratio_rates.starting(low):
            # "Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch": a disbursement rate, a ratio to the plan
            f.kind, f.why["kind"] = "plan_ratio", f"the call-out's label {label!r} naming a disbursement rate"
        if f.qualifier == "exact" and any(v.tables.estimated.is_one(m.group(1).strip())
                                          for m in _LABEL_BRACKET.finditer(low)):
            f.qualifier, f.why["qualifier"] = "estimated", f"the call-out's label {label!r} bracketing an estimate"


def _names_a_growth(low: str, under: bool) -> bool:
    """A card's label naming a growth: opening with a growth word ("Tốc độ tăng GRDP"), or, under its figure, a
    change against an earlier time ("Chỉ số sản xuất công nghiệp tăng so với cùng kỳ")."""
    v = vocabulary()
    return bool(v.growth_words.starting(low)) or under and v.change.found(low) is not None \
        and v.comparison.found(low) is not None


def _interest_rate_moved(doc: Document, c: Context, change: str | None) -> str | None:
    """ "được cộng thêm 0,15%/năm", "cho vay với lãi suất thấp hơn 0,5 - 1%/năm so với lãi suất thông thường": a
    bonus on an interest rate, or its change in a sentence about interest, per a time: the points the rate moves
    by, not a growth nor a rate ("dư nợ tăng 11%/năm" names no interest: a growth a year)."""
    v = vocabulary()
    if not v.year_words.starting(c.right[1:].lstrip()):
        return None  # a percent per something else
    if w := v.rate_additions.ending(c.left):
        return w
    if change and c.f.kind == "growth" and doc.holds(v.interest_words, c.full, c.f.start):
        return change
    return None


def _score_column(header: str) -> bool:
    """ "Điểm phỏng vấn | Điểm ưu tiên | Tổng điểm": a header opening with a score word, or with a total
    of scores, heads scores, not counts, whether its cells are whole or not ("Điểm ưu tiên | 5"); "Số
    điểm 10" counts grades and opens with no score word, "Điểm sạt lở (điểm)" places."""
    v = vocabulary()
    if v.scores.starting(header):
        return not v.score_lookalikes.starting(header)  # "Điểm sạt lở (điểm)": places, counted
    return bool((w := v.score_totals.starting(header)) and v.scores.starting(header[len(w):].lstrip()))


def _index_row(f: Figure, label: str) -> bool:
    """ "Chỉ số sản xuất công nghiệp | % | 109,7" under a column naming only a time ("Ước tháng 11/2025"): an index's
    level, a percent of a base the column does not name (a ratio, base null), as a price-index table's cells, not a
    share of anything; a row naming its growth ("Chỉ số giá tiêu dùng tăng | % | 3,2") is read as a growth first."""
    return f.unit == "percent" and vocabulary().base_year_indices.found(label) is not None


def _plan_in_row_unit(unit: str | None) -> str | None:
    """ "% kế hoạch", "% KH", "% dự toán HĐND tỉnh giao" in a row's unit cell: the plan or estimate its cells are
    a percent of (its base code); else None ("%", "% GRDP": a share, "% so cùng kỳ": no plan)."""
    if not unit or not unit.startswith("%"):
        return None  # the usual row: a unit naming no base
    code = base_after(unit[1:].strip().lower())
    return code if code is not None and (code == "plan" or code.endswith("_estimate")) else None


def _unnamed_ratio(col: Column) -> bool:
    """A ratio column naming neither what it compares nor a time ("Tỷ lệ so với tiêu chuẩn (%)"): of the
    column before it."""
    return col.kind == "plan_ratio" and not col.named and col.period is None and col.role == "actual"


def _unnamed_growth(col: Column) -> bool:
    """A change column naming neither what it compares nor a time, only what it is compared with
    ("Lượng hàng dự trữ | Tăng/giảm so với Tết 2024 (%)", "Số lớp | Tăng, giảm so với năm học trước (%)"):
    the change of the column before it, which in a section of targets holds targets."""
    return col.of_plain and col.role == "actual" and col.qualifier == "exact"


_A_MONTH: Final = re.compile(r"\d{4}-\d\d")  # a month's period code, "2018-03"


def _later_year_column(doc: Document, col: Column) -> bool:
    """A value column whose header names a year after the report's and no role, estimate nor
    comparison ("2026" in a report of 2025, not "TH 2026", "Ước 2026", "KH 2026"), nor what is done already
    ("Đã mua (tấn)" under a title naming a crop year that ends in the year after the one the text names most); a year
    up to a web page's own date is none later ("tháng 3/2017" on a page of 2017 that names 2016 most), and a month
    only the table's title names gives the levels then, no target ("Giá tại vườn (đồng/kg)" under a title naming
    "tháng 3/2018" in a text naming 2017 most), where a plan's columns name their months ("T1 | T2 | … | T12"); nor a
    dated page's own year that a comparison column measures against the year before, nor a part of a year its date
    line says has begun ("Số doanh nghiệp" under a title naming "quý I/2021" on a page of March 2021)."""
    p = col.period
    if col.kind or col.role != "actual" or col.qualifier != "exact" or not p or not doc.year \
            or not p[:4].isdigit() or int(p[:4]) <= (doc.latest_year or doc.year) \
            or _A_MONTH.fullmatch(p) and not DIGIT.search(col.header) or begun(p, doc.dated):
        return False  # the usual answer
    if col.measured and doc.this_year == int(p[:4]):
        return False  # "Năm 2018 | Năm 2019 | Tăng, giảm (%)" on a page of February 2019: its own year measured
    v, header = vocabulary(), col.header.lower()
    return v.tables.actual.found(header) is None and v.done_words.found(header) is None


def read_table_figure(doc: Document, f: Figure) -> None:
    """A table cell's figure: its row says what it measures, its column when and which role."""
    v = vocabulary()
    col, row = f.cell.column, f.cell.row
    label = row.subject.lower()
    f.qualifier = cell_qualifier(v, doc.text, f.cell, f.start) \
        or ("estimated" if row.estimated or any(col is c for c in row.marked) else col.qualifier)
    if not col.kind and _money_a_month(f) and (v.incomes.found(label) or v.incomes.found(col.header.lower())):
        # "Khu công nghiệp | Số lao động (người) | Thu nhập bình quân (triệu đồng/tháng)": what each one earns a month
        _each_ones_a_month(f, "an income named in its row or column")
    if not col.kind and f.unit in MONEY:
        per_in_label(f, label)  # "GRDP bình quân đầu người | Triệu đồng": money per person
        if not f.per and f.why.get("unit", "").startswith("the column"):
            # "GRDP bình quân đầu người (triệu đồng)" over a row per province: the column's unit, per head
            per_in_label(f, col.header.lower())
    if col.kind:
        f.kind = col.kind
        if f.kind in ("plan_ratio", "change") and f.unit == "percent" \
                and (word := v.change.ending(doc.lower(f.cell.start, f.start).rstrip())):
            # "Tăng 33%", "Giảm 10%" under "So với cùng kỳ năm 2018": the cell says the level moved by so much
            f.kind = "growth"
            f.direction = direction(f, word)
        if f.kind == "change" and f.unit in POINTS and not col.unit:
            # "Tỷ suất lợi nhuận | % | 82,3 | 58,2 | 24,1" under "Chênh lệch": one rate less another, in points
            f.kind = "change_points"
        if f.kind == "change_points":
            f.unit = POINTS.get(f.unit, f.unit)  # "Tỷ lệ hộ nghèo | % | …" under a column in points
        elif f.kind == "multiple" and f.unit != "times":
            # "2018 so với 2008 (lần)": in times, whatever the row's unit and scale
            f.unit, f.value, f.value_max, f.scale = "times", f.value / f.scale, \
                None if f.value_max is None else f.value_max / f.scale, 1.0
    elif doc.text[f.start] in "+-−" and _signed_beside_a_value(doc, f):
        # "172.540 (+3.120)": the change beside the cell's value, in the row's unit; a rate's in points
        f.kind, f.unit = ("change_points", POINTS[f.unit]) if f.unit in POINTS else ("change", f.unit)
    elif f.denominator:
        f.kind = "progress"  # "109/111" xã: an attainment, as in prose
    elif f.unit in ("percent", "per_mille") \
            and (word := v.change.ending(doc.lower(f.cell.start, f.start).rstrip(" ("))):
        if doc.text[f.end - 1] == "%" and not _a_rates_row(doc, f, label):
            # "14.862 (tăng 9,6%)" in a row of tỷ đồng, "98.460 ha (tăng 2,1%)": the amount's growth, its percent
            # written in the cell
            f.kind = "growth"
        else:  # "giảm 1,2" in a rate's row, "4,69 (giảm 1,25)": the rate moved by so many points
            f.kind, f.unit = "change_points", POINTS[f.unit]
        f.direction = direction(f, word)
    elif f.unit == "percent" and _plan_in_row_unit(row.unit):
        # "Giải ngân vốn đầu tư công | % kế hoạch | 51,8": the row's unit names what its cells are a percent of
        f.kind = "plan_ratio"
    elif f.unit in ("percent", "per_mille") and _row_names_a_fall(row.label, rate=True):
        # "- Giảm tỷ lệ hộ nghèo | % | 0,82": the rate's fall, in points
        f.kind, f.unit = "change_points", POINTS[f.unit]
    elif f.unit in ("percent", "per_mille") and _column_names_a_fall(col.header):
        # "Tỷ lệ hộ nghèo giảm (%)" over a row per commune: each commune's fall of the rate, in points, as a
        # row so named holds
        f.kind, f.unit = "change_points", POINTS[f.unit]
    elif f.unit in ("percent", "per_mille"):
        # "Thu ngân sách … tăng bình quân/năm | % | 12,8": a row naming a growth as a growth column does; so
        # does one ending with the verb ("Chỉ số sản xuất công nghiệp (IIP) tăng | % | 9,6"), a fall read above
        f.kind = "growth" if v.growth_words.found(label) or v.change.starting(label) \
            or v.tables.growth.found(label) or v.change.ending(label) \
            else "plan_ratio" if _index_row(f, label) or _comparison_row(row.label) \
            or v.plan_ratio_rates.starting(label.lstrip(ITEM_DASHES + " ")) else "share"
    elif _star_cell(f):
        f.kind = "other"  # "Hạng | … | 4 sao": a hotel's class, a rating as in prose
    elif f.unit in POINTS_UNITS:
        # "Mức giảm tỷ lệ hộ nghèo | Điểm %": a rate's change; a growth's part is no change, its row or its
        # column naming it ("Khu vực | Tốc độ tăng (%) | Đóng góp (điểm %)")
        f.kind = "other" if v.contribution_words.found(label) or v.contribution_words.found(col.header.lower()) \
            else "change_points"
    elif f.unit == "times" and v.frequency_words.found(label):
        # "Tần suất mất điện kéo dài (SAIFI) | Lần | 5,82": how often, occurrences counted as the row's unit says
        f.unit, f.counted, f.kind = "count", (row.unit or f.unit_word or "").lower() or None, "count"
    elif f.unit == "times":
        f.kind = "multiple"
    elif f.per:
        f.kind = _per_row_kind(f, label)
    elif f.unit == "count" and (col.scores or _score_column(col.header.lower())):
        f.kind = "other"  # a column "Điểm trung bình", "Tổng điểm": scores, not counts, its whole numbers too
        col.scores = True
    elif f.unit == "count" and (v.tables.rank.is_one((row.unit or "").lower())
                                or v.tables.rank.is_one(" ".join(A_YEAR.sub(" ", col.header.lower()).split()))):
        # "Xếp hạng 2024" too: a ranking's column naming its year
        f.kind = "other"  # "Xếp hạng chỉ số PCI | Thứ hạng | 41", "Điểm số | Xếp hạng": a place in a ranking
    elif _row_names_a_fall(row.label, rate=False):
        f.kind = "change"  # "- Số hộ nghèo giảm | Hộ | 296": the households the count fell by
    elif f.unit in MONEY and v.growth_words.starting(label.lstrip(ITEM_DASHES + " ")):
        f.kind = "change"  # "Tăng trưởng Quỹ hỗ trợ nông dân | Tỷ đồng | 4,5 | 4,85": the fund's rise, in money
    elif f.unit == "count" and f.why.get("unit") == DURATION_IN_PARTS:
        f.kind = "amount"  # "Thành tích | 2:31:05": a finishing time, a level measured in its parts
    elif f.unit == "count" and f.cell.column.header \
            and (days := _days_a_column_counts(f.counted or f.cell.column.header.partition("(")[0].strip())):
        # "Số ngày chậm nộp | 412", "Ngày điều trị trung bình | 7,2": how long, a level in days
        f.kind, f.counted = "amount", days
    else:
        # "Dầu ăn | Triệu lít | 8,5": a row counted in a unit of measure holds a level measured in it
        f.kind = "count" if f.unit == "count" and not (f.counted and (measured_in_a_unit(f.counted)
                                                                      or weighed(f.counted)
                                                                      or _average_length_row(f.counted, label))) \
            else "amount"
    f.base = col.base if f.kind in COMPARING else None
    if f.kind == "plan_ratio" and f.base is None and not col.kind:
        f.base = _plan_in_row_unit(row.unit)
    if f.kind == "plan_ratio" and f.base is None and not col.kind and v.plan_ratio_rates.starting(label) \
            and v.plan_named.found(label):
        f.base = "plan"  # "Tỷ lệ giải ngân kế hoạch vốn | % | 62,8": the capital disbursed of the plan it names
    if f.kind == "plan_ratio" and f.base is None and _comparison_row(row.label):
        # "- So cùng kỳ (%)" under its level's row: that level as a percent of what the row names
        f.base = base_after(_ROW_MARKS.sub("", row.label.lower()))
    if f.kind == "growth" and f.base is None and (at := v.comparison.first(label)) >= 0:
        f.base = base_after(label[at:])  # "Tốc độ tăng GRDP so với năm trước | 2,95 | …": the row names its base
    f.role, f.period, f.subject = col.role, col.period, row.subject_of(col)
    f.why["role"] = f.why["period"] = f"the column {col.header!r}"
    if col.period is None:
        f.why["period"] = f"the column {col.header!r}, naming no time"  # "Vị trí 1": no period, said so
    elif col.period.isdigit() and (span := _span_a_row_counts(doc, row, int(col.period))):
        # "Tổng thu ngân sách … 5 năm | Tỷ đồng | 380 | 412,6" under "Mục tiêu … nhiệm kỳ 2020-2025 | Thực hiện năm
        # 2025": a sum or a yearly average over the years ending with the column's is of those years
        f.period, f.why["period"] = span
    if col.role == "actual" and (plan := _plan_marked_in_its_cell(doc, f)):
        # "28 (KH: 27)": the target the cell gives beside its result
        # "(KH < 22%)" keeps its bound; an estimate column's word is the result's
        f.role, f.why["role"] = "plan", f"{plan!r} before it in its cell"
        f.qualifier = "exact" if f.qualifier == "estimated" else f.qualifier
    if _star_cell(f):
        f.role, f.period = "context", None
        f.why["role"] = f.why["period"] = "a rating in its cell, a class: background"  # "Hạng | 4 sao"
    if (col.plain and not col.kind or _unnamed_ratio(col) or _unnamed_growth(col)) \
            and (doc.in_plan_section(f.start) or doc.scopes.at(f.start)):
        # "Điều 1. Thông qua kế hoạch sử dụng đất năm 2025" over "Đơn vị hành chính | Đất nông nghiệp
        # chuyển sang phi nông nghiệp": a column naming no time nor role holds the section's targets, and
        # so does a ratio of the column before it ("Diện tích (km2) | Tỷ lệ so với tiêu chuẩn (%)")
        f.role, f.why["role"] = "plan", "a column naming no role, in a section of targets"
    elif col.baseline and (doc.in_plan_section(f.start) or doc.scopes.at(f.start)):
        # "2024 | 2025 (ƯTH) | 2026 (DT)" charted under "PHẦN III. MỤC TIÊU, NHIỆM VỤ NĂM 2026": the years before
        # the target's are its baseline
        f.role, f.why["role"] = "context", f"the chart's year {col.header!r} before its target's, under targets"
    elif col.foreseen and col.period and col.period[:4].isdigit() and doc.year and int(col.period[:4]) > doc.year:
        # "Dự kiến năm 2015" in a report of 2014, no target column beside it: the office's own aim for that year
        f.role, f.why["role"] = "plan", f"a later year's forecast column {col.header!r}, no target beside it"
    elif _later_year_column(doc, col):
        # "Nguồn vốn | Tổng | 2026 | 2027 | …" in a scheme's funding section: a year still to come,
        # its column naming no role, holds that year's targets
        f.role, f.why["role"] = "plan", f"a later year's column {col.header!r} naming no role, in a section of targets"
    elif col.plain and not col.kind and (terms := doc.terms.at(f.start)) is not None \
            and not vocabulary().fixed_fact_heads.found(terms.heading.lower()):
        # "Điều 1. Sửa đổi, bổ sung giá đất ở …" over "Vị trí 1 | Vị trí 2": the prices the rule sets
        f.role, f.why["role"] = "context", f"a column naming no role, under the heading {terms.heading!r}"
    if doc.assesses_a_project and f.role == "actual" and (assessed := in_an_impact_assessment(doc, f.start)):
        f.role, f.why["role"] = assessed  # "Nồng độ dự báo sau xử lý": the project's forecast, as in prose
    if doc.planned_work_to is not None and f.role == "actual" and f.start < doc.planned_work_to:
        # "Ngày | Thời gian | Khu vực | Số khách hàng bị ảnh hưởng" in a notice of outages to come: as in prose
        f.role, f.why["role"] = "plan", "what a notice of work to come says the work will touch"
    if row.month and col.of_row_month and (year := col.period or doc.year):
        # "Tháng 3 | 205,6" under "Thu trong tháng": that month of the column's or the report's year
        f.period, f.why["period"] = f"{year}-{row.month:02d}", f"the row {row.label!r}"
    elif row.period and col.of_row_period and (col.period is None or row.period.startswith(f"{col.period}-")
                                                or col.period[4:5] == "-"
                                                and col.period[:4] <= row.period <= col.period[5:]):
        # "Quý I/2024 | 2.790.000 | 124,1" under "Hành khách | Khách so với cùng kỳ (%)": the row's part of the year
        f.period, f.why["period"] = row.period, f"the row {row.label!r}"
    elif f.period is None and col.of_year is not None and doc.year:
        # "Quý I | … | Ước cả năm" under a title naming no year: the report's year
        f.period = f"{doc.year}-{col.of_year}" if col.of_year else str(doc.year - col.years_back)
        f.why["period"] = f"the column {col.header!r} of the report's year"
    elif f.period is None and col.headed and (scope := doc.headed.at(f.start)
                                              or (doc.scopes.at(f.start) if f.role == "plan" else None)):
        # "Sản phẩm 3 sao | Sản phẩm 4 sao | Tổng số" under "I. KẾT QUẢ THỰC HIỆN NĂM 2024"; a target
        # column ("Số lớp") under "II. KẾ HOẠCH TUYỂN SINH NĂM HỌC 2025-2026": the targets' period
        f.period, f.why["period"] = scope.period, f"the heading {scope.heading!r} over a table naming no time"
        if school_year_before(f.base, f.period):
            f.base = "previous_school_year"  # "Chỉ tiêu năm học 2024-2025 | Tăng (+), giảm (-)" in 2025-2026
    if f.period and f.period.isdigit() and f.period == col.period and _balance_at_the_years_start(row.subject):
        # "III | Tổng dư nợ đầu năm | 1.486.250" under "Dự toán năm 2025": the stock at the end of the year before
        f.period, f.why["period"] = str(int(f.period) - 1), f"the row {row.label!r}: the balance at the year's start"
    if f.period is None and col.headed and f.role == "plan" and doc.in_plan_section(f.start) \
            and (named := first_period_named(doc.plan_heading)):
        # "III. DỰ TOÁN KINH PHÍ" over "Số lượng | Đơn giá | Thành tiền" after "2. Chỉ tiêu năm 2025:":
        # a table of targets naming no time, in the closing section of that year's targets
        f.period, f.why["period"] = named, f"the heading {doc.plan_heading!r} over a table naming no time"


@lru_cache(maxsize=4096)
def _balance_at_the_years_start(subject: str) -> bool:
    """A row's words, its label or its group's, name the balance at the year's start ("Tổng dư nợ đầu năm", "- Vay lại
    …" under it), not a change since then ("Tăng so với đầu năm"); asked once per row's words, not per cell."""
    v = vocabulary()
    low = subject.lower()
    return (at := v.tables.year_start_balance.first(low)) >= 0 and not v.comparison.found(low[:at])


_ROW_MARKS: Final = re.compile(r"^[\s\-+–•*]+")  # a sub-row's dash or plus before its label


def _comparison_row(label: str) -> bool:
    """ "- So cùng kỳ (%)", "+ So với cùng kỳ năm trước (%)", "- So với KH năm (%)" under an indicator's row: a row
    whose own label is a comparison, its cells the row above as a percent of what it names."""
    v = vocabulary()
    return v.tables.against.starting(_ROW_MARKS.sub("", label.lower())) is not None


def _a_rates_row(doc: Document, f: Figure, label: str) -> bool:
    """The row of ``f``'s cell measures a rate: its unit a percent, or with no unit, its cell's value written in
    percent or its label naming a rate ("Tỷ lệ hộ nghèo")."""
    row = f.cell.row
    if row.unit:
        return unit_of(row.unit)[0] in POINTS
    value = doc.text[f.cell.start:f.start].partition("(")[0]
    return "%" in value or vocabulary().rate_words.starting(label) is not None


def _signed_beside_a_value(doc: Document, f: Figure) -> bool:
    """ "172.540 (+3.120)", "72,8 (+1,3)": a signed number opening a bracket after the value of its cell."""
    before = doc.text[f.cell.start:f.start].rstrip()
    return before.endswith("(") and any(ch.isdigit() for ch in before)


def _span_a_row_counts(doc: Document, row: Row, year: int) -> tuple[str, str] | None:
    """ "Tổng vốn đầu tư toàn xã hội 5 năm", "Kết nạp đảng viên mới bình quân | Đảng viên/năm", "Kết nạp đảng viên
    mới (cả nhiệm kỳ)": a row summing ``N năm`` ending with its column's ``year``, or a yearly average or a sum over
    a term whose last year that is (a heading, a title or the table's header naming it): those years' code and why;
    None for the usual row."""
    if not (over := _row_over_years(row.label, row.unit)):
        return None  # the usual row: a level of the column's year
    if _year_by_year(doc, row.line[0]):
        return None  # "Kết quả thực hiện | 2021 | 2022 | … | 2025": each column's year holds that year's part
    if isinstance(over, tuple):
        n, words = over
        return f"{year - n + 1}-{year}", f"{words!r} in the row, ending with the column's year"
    if (term := term_over(doc.text, row.line[0])) is None or term[1] != year:
        # "Mục tiêu NQ ĐH XV | Ước TH 2015 | … | Mục tiêu 2020" under "… NHIỆM KỲ 2015 - 2020": the term before,
        # which the text named ("(nhiệm kỳ 2010 - 2015)"), ends with the column's year
        term = next((t for t in terms_named(doc.text, row.line[0]) if t[1] == year), None)
    if term is None:
        return None
    return f"{term[0] + 1}-{year}", f"a row over the term {term[0]}-{term[1]}, whose years end with the column's"


@lru_cache(maxsize=4096)
def _row_over_years(label: str, unit: str | None) -> tuple[int, str] | bool:
    """What a row's label says of the years its cells are over: the years it counts and its words ("5 năm"), True
    for a yearly average or a term's sum, False for the usual row (read once per label)."""
    v = vocabulary()
    low = label.lower()
    if v.year_words.within(low) and (counted := _years_counted_in_a_label().search(low)):
        return int(counted.group(1)), counted.group().strip()
    return bool(v.span_rows_yearly.found(low) and (_per_year(low) or _per_year((unit or "").lower()))
                or v.span_rows_whole.found(low))


def _per_year(words: str) -> bool:
    """ "%/năm", "Đảng viên/năm", "bình quân/ năm": the words name something per year."""
    bare = words.replace(" ", "")
    return any(f"/{w}" in bare for w in vocabulary().year_words.words)


@cache
def _years_counted_in_a_label() -> re.Pattern[str]:
    """ "… 5 năm" in a row's label, no year or span after it: the years its sum counts."""
    year = alternation(vocabulary().year_words.words)
    return re.compile(rf"(?<![\d.,/])([2-9]|10) (?:{year})(?![\w/])(?!\s*\(?\s*\d)")


YEARS_BY_COLUMN: Final = 3  # a table's header naming this many single years has a column per year
TABLE_HEAD_LINES: Final = 3  # a table's header is read in its first lines


def _year_by_year(doc: Document, at: int) -> bool:
    """The table whose row starts at ``at`` has a column per year: its first lines (its header) name three or more
    single years, not as a span."""
    start = at
    while start > 0 and SEPARATOR in doc.text[(prev := doc.text.rfind("\n", 0, start - 1) + 1):start]:
        start = prev
    end = start
    for _ in range(TABLE_HEAD_LINES):
        end = doc.text.find("\n", end + 1)
        if end < 0 or end > at:
            end = at
            break
    head = _SPAN_OF_YEARS.sub(" ", doc.text[start:end])
    return len(set(A_YEAR.findall(head))) >= YEARS_BY_COLUMN


_SPAN_OF_YEARS: Final = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")


def _plan_marked_in_its_cell(doc: Document, f: Figure) -> str | None:
    """ "28 (KH: 27)", "95,6% (KH 95%)", "21,4% (KH < 22%)": a plan word right before the number, or before the
    bound it is, inside its cell's bracket, the target beside the result; the word, else None."""
    before = doc.lower(f.cell.start, f.start).rstrip(" :")
    if "(" not in before:
        return None  # the usual cell: the number alone
    v = vocabulary()
    word = before.rpartition("(")[2].strip()
    if bound := v.any_qualifier.ending(word):
        word = word[:-len(bound)].rstrip(" :")
    return word if v.tables.plan.is_one(word) else None


def _star_cell(f: Figure) -> bool:
    """ "STT | Tên cơ sở | Hạng | Số buồng" over "1 | Khách sạn Sông Hoài | 3 sao | 38": a cell holding a star
    rating with its own word states the class granted, a rating of context as in prose ("hạng 3 sao"), not a
    level counted; a column "Sản phẩm 3 sao" over counts of products leaves its cells counts."""
    return f.unit == "star" and not f.cell.column.kind


def _per_row_kind(f: Figure, label: str) -> str:
    """A table row's quantity per something: a rate, but a quantity per ha that is no money and no dose is a
    level per area, as in prose ("Năng suất | tấn/ha | 6,85", not "Lượng giống | kg/ha | 80" nor
    "Tổng chi phí | đồng/ha | 27.060.000")."""
    if not f.unit.endswith("_per_ha") or f.unit.partition("_per_")[0] in MONEY:
        return "rate"  # the usual answer
    return "rate" if vocabulary().doses.found(label) else "amount"


@lru_cache(maxsize=256)  # asked once for each cell of a row
def _column_names_a_fall(header: str) -> bool:
    """A value column's header, its closing bracket of the unit aside, naming a rate's change as a row's label
    does ("Tỷ lệ hộ nghèo giảm (%)", "Giảm tỷ lệ trẻ suy dinh dưỡng (%)")."""
    bare = header.strip()
    if bare.endswith(")") and "(" in bare:
        bare = bare[:bare.rindex("(")]
    return bool(bare.strip()) and _row_names_a_fall(bare, rate=True)


def _average_length_row(counted: str, label: str) -> bool:
    """ "Thời gian mất điện trung bình (SAIDI) | Phút | 986,4": minutes or hours in a row naming an average length (an
    average word or an index of one) measure that length, a level, as in prose (``label`` lowercased)."""
    v = vocabulary()
    return v.row_durations.is_one(counted.lower()) \
        and bool(v.per_one_average.found(label) or v.average_indices.found(label) or v.hour_totals.found(label))


def _row_names_a_fall(label: str, rate: bool) -> bool:
    """A target row whose own label names a change, not a level: "Số hộ nghèo giảm" (its last
    word); for a rate the rate next to it ("Giảm tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo giảm", "Tỷ lệ giảm hộ nghèo", "Mức
    giảm tỷ suất sinh thô"), as
    "Số hộ nghèo giảm | %" is the households' growth."""
    v = vocabulary()
    own = _without_a_time_tail(label.lower().lstrip("-+•*– ").rstrip())
    if not v.change.found(own) or v.change_names.ending(own):  # the usual row; "Thuế giá trị gia tăng"
        return False
    if not rate:
        # not "Các dự án điều chỉnh giảm": the projects whose plan is cut, their levels beside the cut
        return bool((w := v.change.ending(own)) and not v.tables.adjustment.ending(own[:-len(w)].rstrip()))
    if (w := v.change.starting(own)) and v.rate_words.starting(own[len(w):].lstrip()):
        return True
    if (r := v.rate_words.starting(own)) and v.decrease.starting(own[len(r):].lstrip()):
        return True  # "Tỷ lệ giảm hộ nghèo": the rate the households fall by, in points
    if (size := v.change_sizes.starting(own)) and v.rate_words.starting(own[len(size):].lstrip()):
        return True  # "Mức giảm tỷ suất sinh thô | ‰ | 0,2": how far the rate falls, in points
    return bool(v.change.ending(own) and v.rate_words.starting(own))


_TAIL_YEAR: Final = re.compile(r"\s+(?:19|20)\d\d$")


def _without_a_time_tail(own: str) -> str:
    """ "số hộ nghèo giảm trong năm", "… giảm trong năm 2025": a row's lowercased label without the time its
    change happened in at its end ("số hộ nghèo giảm"); else the label as it is."""
    bare = _TAIL_YEAR.sub("", own)
    tail = vocabulary().tables.change_time_tails.ending(bare)
    return bare[:-len(tail)].rstrip() if tail else own


def _split_change(c: Context) -> str | None:
    """ "điều chỉnh tăng vốn đầu tư thêm 43,2 triệu USD", "tăng vốn 5 lượt dự án, thêm 43,2
    triệu USD": a "thêm" right before the number, after a change verb of its clause with no
    other verb between, gives the change's amount ("có thêm 4 trường" stays a count)."""
    v = vocabulary()
    if not (added := v.added.ending(c.left)):
        return None
    head = clause_head(c).rstrip()
    head = head[: len(head) - len(added)]
    at = v.change.last(head)
    if at < 0 or v.growth_words.starting(head[at:]):
        return None  # no change verb, or "tăng trưởng" (a growth named, no verb)
    word = v.change.starting(head[at:])
    return None if word is None or full_verbs().found(head[at + len(word):]) else word


def _change_before_comparison(c: Context) -> str | None:
    """ "đất … tăng tới 45% so với cuối năm 2023", "Kéo giảm tội phạm về trật tự xã hội ít nhất 5% so với năm
    2024": a comparison right after the number, and a change verb before it with only a qualifier, an adverb
    or a "to" word between, or opening its clause (after a causative such as "kéo") with no other verb
    between: the change word. "Chương trình giảm nghèo giải ngân 85% so với kế hoạch" has none."""
    v = vocabulary()
    if not v.comparison.starting(c.right.lstrip()) or (at := v.change.last(c.left)) < 0 \
            or v.growth_words.starting(c.left[at:]) or (word := v.change.starting(c.left[at:])) is None:
        return None
    between = c.left[at + len(word):]
    for words in (v.any_qualifier, v.adverbs, v.to_level, v.any_qualifier):
        between = trimmed(between, words)
    if not between.strip():
        return word
    opening = c.left.lstrip(ITEM_DASHES)
    opening = opening[len(v.causatives.starting(opening) or ""):].lstrip()
    return word if opening.startswith(word) and not full_verbs().found(between) else None


JOINER_REACH: Final = 6  # " và ": the joiner alone between two figures, its spaces included


def _second_change_of_a_pair(c: Context) -> str | None:
    """ "tăng 15 cơ sở và 906 buồng so với đầu năm 2025", "tăng 14 cơ sở, 152 ha so với năm 2017": a figure (no
    percent) joined by "và" or a comma alone to a change before it, with the comparison after it, is the second
    change the same verb and comparison govern; so is one joined by "và" past the words of what the first counts,
    after a change whose comparison came before it ("so với năm 2018 tăng 1.240 chỗ đỗ xe ô tô và 4.150 chỗ để xe
    máy"); "tăng 15 cơ sở, có 906 buồng" states a level. The change word."""
    p = c.prev
    if p is None or p.kind not in ("change", "growth"):
        return None  # the usual answer
    if c.f.unit == "percent":
        return _second_fall_in_percent(c, p)
    v = vocabulary()
    if len(c.raw_left) > JOINER_REACH:
        if p.base is None or not joined_past_its_noun(c):
            return None
    elif not (chain_words().is_one(joiner := c.raw_left.strip()) or joiner == ",") \
            or not (v.comparison.found(c.right) or p.base is not None):
        return None
    head = c.head[:len(c.head) - len(c.raw_left)]
    return v.change.starting(head[at:]) if (at := v.change.last(head)) >= 0 else None


def _second_fall_in_percent(c: Context, p: Figure) -> str | None:
    """ "giảm ít nhất 10% số vụ vi phạm và ít nhất 15% diện tích rừng bị thiệt hại so với năm 2018": a percent joined by
    "và" (maybe past a bound) to a growth in % before it, each followed by what it is of, with the comparison after
    it, is the second growth the same verb and comparison govern; the change word."""
    v = vocabulary()
    if p.kind != "growth" or p.unit != "percent" or len(c.raw_left) > JOINED_NOUN_REACH \
            or not v.comparison.found(c.right) or not noun_then_joiner(trimmed(c.raw_left.strip(), v.any_qualifier)):
        return None
    head = c.head[:len(c.head) - len(c.raw_left)]
    return v.change.starting(head[at:]) if (at := v.change.last(head)) >= 0 else None



def _gap_to_a_level(c: Context) -> str | None:
    """ "Lũ … đạt đỉnh 6,85 m, trên mức báo động 3 là 0,35 m": a clause opening with a level named as
    what the figure before is above or below, "là" right before the number, no other verb between: how
    far above or below, a change in the level's unit (not a %); the words naming the level."""
    v = vocabulary()
    if not v.copulas.ending(c.left) or c.f.unit in ("percent", "per_mille"):
        return None  # the usual answer
    opening = c.left.lstrip(ITEM_DASHES).lstrip()
    if not (w := v.level_gaps.starting(opening)):
        return None
    return None if full_verbs().found(trimmed(opening[len(w):], v.copulas)) else w


def _gap_from_another_time(c: Context) -> str | None:
    """ "Đến ngày 30/9/2024, mực nước hồ là 299,2 m, cao hơn cùng kỳ năm 2023 là 1,7 m": a clause opening with a word
    of above or below, then the same part of another year or another year (maybe after the level's noun: "thấp hơn
    đỉnh lũ năm 2018 là 0,57 m"), "là" right before the number and no other verb between: how far the level stands
    from that time's, a change in its unit (not a %); the word."""
    v = vocabulary()
    if c.f.unit in ("percent", "per_mille") or not v.copulas.ending(c.left):
        return None  # the usual answer
    opening = c.left.lstrip(ITEM_DASHES).lstrip()
    if not (w := v.level_sides.starting(opening)):
        return None
    rest = opening[len(w):].lstrip()
    if not (v.tables.same_period.starting(rest) or v.year_words.starting(rest) or levels_year(rest)):
        return None
    return None if full_verbs().found(trimmed(rest, v.copulas)) else w


def _gap_from_a_year_past_a_qualifier(c: Context) -> str | None:
    """ "gia đình lãi trên 300 triệu đồng, hơn năm ngoái khoảng 50 triệu đồng": a comparative and a year alone, then a
    qualifier before the number (see ``year_compared_past_a_qualifier``): a change in its unit (not a %); the
    comparative."""
    if c.f.unit in ("percent", "per_mille") or not (found := year_compared_past_a_qualifier(c.left)):
        return None  # the usual answer
    return found[0]


def _gap_from_another_day(c: Context) -> str | None:
    """ "nhiệt độ cao nhất tại trạm Tây Hiếu cao hơn ngày 13/5 là 0,7°C", "mực nước thấp hơn ngày 02/6/2025 là 0,4 m":
    a word of above or below, then a day named by its date, "là" right before the number: how far the level stands
    from that day's, a change in its unit (not a %); the word. "Ngày 13/5 là 38,9°C" (no such word) is the level."""
    v = vocabulary()
    if c.f.unit in ("percent", "per_mille") or "/" not in c.left or not (cop := v.copulas.ending(c.left)):
        return None  # the usual answer
    head = c.left[: len(c.left) - len(cop)].rstrip()
    if not (day := _DAY_AT_END.search(head, max(0, len(head) - DAY_REACH))) \
            or not (word := v.compared_days.ending(head := head[: day.start()].rstrip())):
        return None
    return v.level_sides.ending(head[: len(head) - len(word)].rstrip())


_DAY_AT_END: Final = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{4})?$")  # "13/5", "02/6/2025" ending a clause
DAY_REACH: Final = 12  # "02/6/2025" and the space before it


def _levels_moved(c: Context) -> str | None:
    """ "Trong 6 giờ qua, cơn bão đã mạnh thêm 1 cấp": levels counted after a verb of strengthening or weakening
    are how far a storm moved on its scale, a change; the verb."""
    if c.f.counted is None or not vocabulary().wind_levels.is_one(c.f.counted.lower()):
        return None  # the usual answer
    return vocabulary().level_changes.ending(c.left)


def _gap_to_an_alarm_level(c: Context) -> str | None:
    """ "Sông A tại B: 9,42 m, trên BĐ3 là 0,42 m", "đạt đỉnh 7,36 m, trên BĐ2 0,36 m", "trên BĐ3 khoảng 1,2 m",
    "trên BĐ3 từ 0,3-0,6 m": an alarm level named by its number right before the number, after a word of above
    or below (a copula, a qualifier or "từ" between at most): how far the water stands above or below it, a
    change in the level's unit; the word of above or below."""
    v = vocabulary()
    if c.f.unit in ("percent", "per_mille") or not v.alarm_levels.within(c.left):
        return None  # the usual answer
    head = c.left
    for words in (v.copulas, v.any_qualifier, v.from_words, v.copulas):
        head = trimmed(head, words)
    if not (name := v.alarm_levels.ending(head)):
        return None
    return v.level_sides.ending(head[:len(head) - len(name)].rstrip())


def _equivalent_of_the_figure_before(c: Context) -> bool:
    """Between the figure before and this one only an equivalence word ("tương đương"), or an open bracket with
    at most a qualifier or an equivalence word in it ("(khoảng 1.520 USD)")."""
    v = vocabulary()
    if (at := open_bracket(c.raw_left)) < 0:
        return v.same_change.is_one(c.raw_left.strip(" ,"))
    if len(c.raw_left) > TARGET_REACH or c.raw_left[:at].strip(" ,"):
        return False
    inside = c.raw_left[at + 1:].strip()
    return not inside or v.any_qualifier.is_one(inside) or v.same_change.is_one(inside)


def _per_in_subject(c: Context) -> None:
    """ "GRDP bình quân đầu người đạt 8.900 USD", "GRDP bình quân đầu người: 78,6 triệu đồng": a per-capita
    subject, or a label before the colon the number opens after, makes an amount of money a rate
    (USD_per_person); "một tháng" with it, a monthly one."""
    f = c.f
    if c.prev is not None and c.prev.per and c.prev.unit.startswith(f.unit + "_per_") and bracketed_after(c):
        f.unit, f.per = c.prev.unit, True  # "đạt 13.500 USD (mục tiêu 12.000 USD)": the same rate
        return
    if c.prev is not None and c.prev.per and f.unit in MONEY and c.prev.unit.partition("_per_")[0] in MONEY \
            and _equivalent_of_the_figure_before(c):
        # "đạt 1.350 USD, tương đương 29,2 triệu đồng", "33,2 triệu đồng (khoảng 1.520 USD)": the same rate in
        # another currency
        f.unit, f.per = f"{f.unit}_per_{c.prev.unit.partition('_per_')[2]}", True
        f.why["unit"] = f"{f.why.get('unit', '')}; per as the figure before it, whose equivalent it is"
        return
    if f.unit in MONEY and (part := _rate_part_restated(c)):
        per_in_label(f, part)  # "… đầu người … ước đạt 62,5 triệu đồng, gấp 1,8 lần năm 2010 (34,6 triệu đồng)"
        if f.per:
            f.why["unit"] = f"{f.why.get('unit', '')}; per as the rate before it its bracket restates"
            return
    per_in_label(f, c.left)
    if f.per and f.unit.count("_per_") == 1 and f.unit.partition("_per_")[2] in PER_TIMES \
            and vocabulary().earners.found(c.head) and vocabulary().incomes.found(c.head):
        # "Theo khu vực kinh tế, lao động khu vực nông, lâm nghiệp và thủy sản có thu nhập 5,74 triệu đồng/tháng; khu
        # vực công nghiệp 9,68 triệu đồng/tháng": what each of the earners its sentence names earns in that time
        money, _, time = f.unit.partition("_per_")
        f.unit = f"{money}_per_person_per_{time}"
    if not f.per and not c.left.strip() and c.head.rstrip().endswith(":"):
        per_in_label(f, c.head)  # "GRDP bình quân đầu người: 78,6 triệu đồng": a label and its colon, a card's
    if not f.per and c.prev is not None and c.prev.per and c.prev.unit.startswith(f.unit + "_per_") \
            and vocabulary().possessives.starting(c.left.lstrip()):
        # "… của nhóm 1 đạt 1.215 nghìn đồng, của nhóm 5 đạt 8.748 nghìn đồng": the same rate, another's
        f.unit, f.per = c.prev.unit, True


def _rate_part_restated(c: Context) -> str | None:
    """ "GRDP bình quân đầu người năm 2015 ước đạt 62,5 triệu đồng, gấp 1,8 lần năm 2010 (34,6 triệu đồng), vượt mục
    tiêu Nghị quyết (60 triệu đồng)": an amount alone in a bracket, in the words of an amount before it in its part
    of the sentence (to the ";"), not written per each ("26,8 triệu đồng/người/năm"), restates the rate that part's
    subject may make it (a level of another year, a target): that part up to the bracket, for its subject to be
    read; else None."""
    if (at := open_bracket(c.raw_left)) < 0 or c.raw_left[at + 1:].strip() or not (words := c.f.why.get("unit")):
        return None  # the usual figure: not alone in a bracket
    part = c.head.rpartition(";")[2]
    part = part[:part.rfind("(")]
    return part if re.search(rf"\d\s*{re.escape(words.lower())}(?![\w/])", part) else None


def _plan_bracket(c: Context) -> str | None:
    """ "(Nghị quyết đề ra 60 triệu đồng trở lên)": the figure opens a bracket after a plan marker alone; the
    marker, else None."""
    if (at := open_bracket(c.raw_left)) < 0:
        return None  # the usual figure: no bracket open before it
    inside = trimmed(c.raw_left[at + 1:].strip(), vocabulary().any_qualifier)
    return inside if inside and vocabulary().plan_markers.is_one(back_to_a_plan_marker(inside)) else None


def _target_of_a_rate(c: Context, marker: str) -> None:
    """ "bình quân đạt 14.250 tấn/năm (Nghị quyết đề ra 14.000 tấn trở lên)", "Thu nhập bình quân đầu người … đạt
    62,5 triệu đồng, gấp 1,7 lần so với năm 2020 (Nghị quyết đề ra 60 triệu đồng)": a target in a bracket after a
    plan marker is the target of the rate its sentence states, per as that rate is: the rate right before it, or
    money per head its sentence's subject names."""
    f = c.f
    assert c.prev is not None
    if c.prev.per and c.prev.unit.startswith(f.unit + "_per_"):
        f.unit, f.per = c.prev.unit, True
    elif f.unit in MONEY:
        per_in_label(f, c.head[:c.head.rfind("(")])
    if f.per:
        f.why["unit"] = f"{f.why.get('unit', '')}; per as the rate whose target {marker!r} gives"


AREAS_PER_HEAD: Final = ("m2", "ha")  # the areas a subject may give per head or per household


def _area_per_head(c: Context) -> None:
    """ "diện tích nhà ở bình quân đầu người đạt 25,8 m2": floor area per head, a rate (m2_per_person); "bình quân mỗi
    hộ có khoảng 5,2 ha rừng": land per household (ha_per_household)."""
    f = c.f
    if per_words()[3].found(c.left):
        f.unit, f.per = f"{f.unit}_per_household", True  # "Diện tích nhà ở bình quân 1 hộ nông thôn đạt 96,8 m2"
    elif per_words()[0].found(c.left):
        f.unit, f.per = f"{f.unit}_per_person", True


@cache
def _per_each_pattern() -> re.Pattern[str]:
    v = vocabulary()
    return re.compile(rf"\s*(?:{alternation(v.raw['per_each'])})\s+({alternation(v.per)})(?!\w)")


# "mỗi lao động", "mỗi hộ được hỗ trợ khoảng": the words right before a number that say what it is for each
PER_EACH_REACH: Final = 64


@cache
def _per_each_before_pattern() -> re.Pattern[str]:
    v = vocabulary()
    # "mỗi hộ được hỗ trợ khoảng 15 triệu đồng": what each one receives, the verb (and its giver: "được UBND tỉnh
    # tặng quà trị giá") between; a few words
    # may say which ones before it ("Mỗi hộ phải di dời chỗ ở được hỗ trợ thuê nhà 36 triệu đồng"), a number naming
    # them too, no figure since it stands in the clause before this one ("mỗi cụ tròn 90 tuổi được tặng quà")
    return re.compile(rf"(?<!\w)(?:{alternation(v.raw['per_each'])})\s+({alternation(v.per)})"
                      rf"(?:(?:\s+[^\W_]+){{0,5}}\s+(?:{alternation(v.raw['per_each_receiving'])})"
                      rf"(?:\s+[^\W\d_]+){{0,6}})?\s*$")


@cache
def _per_each_having_pattern() -> re.Pattern[str]:
    v = vocabulary()
    # "Hỗ trợ mỗi hộ có người chết 10 triệu đồng, mỗi hộ có nhà bị sập, cuốn trôi 40 triệu đồng": "có" and a
    # few words (a comma may join them) say which ones each sum of money is for; a few words may say which ones
    # before it too ("Bình quân mỗi hộ trồng sâm có thu nhập khoảng 120 triệu đồng/năm")
    return re.compile(rf"(?<!\w)(?:{alternation(v.raw['per_each'])})\s+({alternation(v.per)})"
                      rf"(?:\s+[^\W\d_]+){{0,{EACH_ONES_WORDS}}}"
                      rf"\s+(?:{alternation(v.raw['group_having'])})(?:,?\s+[^\W\d_]+){{1,8}}\s*$")


EACH_ONES_WORDS: Final = 3  # "trồng sâm": which ones each is, between "mỗi hộ" and its having word


@cache
def _averaged_each_pattern() -> re.Pattern[str]:
    v = vocabulary()
    # "Chi tiêu bình quân của mỗi lượt khách đến xem lễ hội khoảng 350.000 đồng": an average word (maybe "của"),
    # then "mỗi" and what it names, then a few words saying which ones, no verb of receiving needed: the average
    # money per each ("bình quân mỗi thí sinh đăng ký khoảng 2,97 nguyện vọng" stays a count)
    average, of = alternation(v.raw["per_one_average"]), alternation(v.raw["possessives"])
    each, per = alternation(v.raw["per_each"]), alternation(v.per)
    return re.compile(rf"(?<!\w)(?:{average})\s+(?:(?:{of})\s+)?(?:{each})\s+({per})"
                      rf"(?:\s+[^\W\d_]+){{0,{AVERAGED_EACH_WORDS}}}\s*$")


AVERAGED_EACH_WORDS: Final = 5  # "đến xem lễ hội": which ones, after "bình quân của mỗi lượt khách"


def _per_each_before(c: Context) -> None:
    """ "tặng quà cho 1.120 hộ, mỗi hộ 500.000 đồng", "(mỗi hộ 01 con)": right after "mỗi" and
    what it names (maybe with what each receives: "mỗi hộ được hỗ trợ", "mỗi lao động vay"), money or a
    count for each one, a rate; money after "mỗi hộ có" and which ones ("mỗi hộ có người chết 10 triệu
    đồng") is each one's too; a rate in time already ("mỗi lao động gửi về 12.000 USD/năm") is each
    one's in that time."""
    f, v = c.f, vocabulary()
    raw_tail = c.raw_left[-PER_EACH_REACH:]
    if not v.per_each_words.within(raw_tail):
        return  # the usual answer
    # "mỗi suất từ 1 đến 2 triệu đồng", "mỗi hộ khoảng 2 triệu đồng": past a range's "từ" or a qualifier
    tail = trimmed(trimmed(c.left[-PER_EACH_REACH:], v.from_words), v.any_qualifier)
    if not (m := _per_each_before_pattern().search(tail)) \
            and not (f.unit.partition("_per_")[0] in MONEY and (m := _per_each_having_pattern().search(raw_tail))) \
            and not (f.unit.partition("_per_")[0] in MONEY and (m := _averaged_each_pattern().search(tail))):
        return
    each = v.per[m.group(1)]
    amount, _, per = f.unit.partition("_per_")
    if not f.per:
        f.unit, f.per = f"{f.unit}_per_{each}", True
    elif per in PER_TIMES and each not in PER_TIMES:
        f.unit = f"{amount}_per_{each}_per_{per}"
    else:
        return
    f.why["unit"] = f"{f.why.get('unit', '')} after {m.group().strip()!r}".strip()


def _ticket_price(doc: Document, c: Context) -> None:
    """ "Giá vé cáp treo khứ hồi là 150.000 đồng/người lớn và 100.000 đồng/trẻ em": in a sentence giving a ticket's
    price, money written per a class of person is the price of that class's ticket, an amount, as "đồng/vé" and
    "đồng/lượt" are; not money per person without a class ("Giá vé vào vườn từ 30.000 - 50.000 đồng/người"), nor money
    given per person elsewhere ("hỗ trợ 1.000.000 đồng/trẻ em")."""
    f, v = c.f, vocabulary()
    money, _, per = f.unit.partition("_per_")
    if per != "person" or "/" not in c.right or not v.ticket_classes.starting(c.right.partition("/")[2].lstrip()) \
            or not v.ticket_prices.found(doc.lower(c.full, f.start)):
        return  # the usual answer
    f.unit, f.per = money, False
    f.why["unit"] = f"{f.why['unit']}: a ticket's price for that class"


def _per_each(doc: Document, c: Context) -> None:
    """ "hỗ trợ 40 triệu đồng cho mỗi hộ": money for each one of what follows, a rate."""
    f = c.f
    if not f.per and (m := _per_each_pattern().match(doc.lower(f.tail, c.se))):
        f.unit, f.per = f"{f.unit}_per_{vocabulary().per[m.group(1)]}", True
        f.why["unit"] = f"{f.why.get('unit', '')} {m.group().strip()}".strip()


LIST_MARKS: Final = ("-", "+", "•", "*")  # the marks that open a list item's line
LIST_HEAD_REACH: Final = 800  # from a list item back to the heading line its list hangs under


# "so với năm 2015 (12,8%)", "so với năm 2017 (năm 2017 đạt 80,9%)": the rate closing a bracket after the comparison
_RATE_BRACKET: Final = re.compile(r"[^()]{0,60}\((?:[^()]{0,30}\s)?(\d{1,3}(?:,\d+)?)\s*%\s*\)")
GAP_TOLERANCE: Final = 0.051  # rounding to one decimal either side


def _gap_of_two_rates(doc: Document, c: Context) -> bool:
    """ "chiếm 11,5%, giảm 1,3% so với năm 2015 (12,8%)": a rise or fall in % after a share, with the earlier rate in
    a bracket after it, that is the two rates' difference is their gap in points, not a growth."""
    p = c.prev
    if p is None or p.kind != "share" or p.unit != "percent" or (m := _RATE_BRACKET.match(doc.text, c.f.tail)) is None:
        return False  # the usual figure: no share before it, or no rate in a bracket after it
    earlier = float(m.group(1).replace(",", "."))
    rates = [p.value]
    if (share := _SHARE_BEFORE_A_BRACKET.search(doc.text, max(0, p.start - SHARE_REACH), p.start)) is not None:
        # "chiếm 86,2% (KH 86%), tăng 1,1% so với năm 2012 (85,1%)": the share before the target's bracket
        rates.append(float(share.group(1).replace(",", ".")))
    if p.role == "plan" and (rate := _RATE_REACHED.search(doc.lower(c.ss, p.start))) is not None:
        # "đạt tỷ lệ 82,8%, vượt 2,8% so với chỉ tiêu … (chỉ tiêu 80%), tăng 1,9% so với năm 2017 (… 80,9%)": past the
        # target's bracket, the rate its sentence reports
        rates.append(float(rate.group(1).replace(",", ".")))
    return any(abs(abs(rate - earlier) - c.f.value) < GAP_TOLERANCE and abs(rate - earlier) > 0 for rate in rates)


# "đạt tỷ lệ 82,8%": a rate reported, the first of its sentence
_RATE_REACHED: Final = re.compile(r"(\d+(?:,\d+)?)\s*%")
# "86,2% (KH " right before a bracketed figure: the share the bracket is about
_SHARE_BEFORE_A_BRACKET: Final = re.compile(r"(\d+(?:,\d+)?)\s*%\s*\([^()\d]{0,20}$")
SHARE_REACH: Final = 30


def _money_a_month(f: Figure) -> bool:
    """``f`` is money a month ("12 triệu đồng/tháng"), no rate per person yet."""
    return f.unit.count("_per_") == 1 and f.unit.endswith("_per_month")


def _each_ones_a_month(f: Figure, why: str) -> None:
    """Make money a month each one's a month, a rate per person, saying ``why``."""
    f.unit = f"{f.unit.partition('_per_')[0]}_per_person_per_month"
    f.why["unit"] = f"{f.why.get('unit', '')} {why}".strip()


def _wage_under_a_heading(text: str, f: Figure) -> None:
    """ "3. Mức lương, điều kiện:" then "- Thợ hàn: từ 9 đến 12 triệu đồng/tháng": money a month in a list
    item under a heading (the nearest line above that is no list item, ending with ":") that names what one
    person is paid (a wage, an income, an allowance) is each one's a month, a rate per person."""
    if not _money_a_month(f):
        return  # the usual answer: no money a month
    line_from = text.rfind("\n", 0, f.start) + 1
    if not text.startswith(LIST_MARKS, line_from):
        return
    at, reach = line_from - 1, max(0, line_from - LIST_HEAD_REACH)
    while at > reach:
        head_from = text.rfind("\n", 0, at) + 1
        line = text[head_from:at].strip()
        if line and not line.startswith(LIST_MARKS):
            if line.endswith(":") and per_words()[0].found(line.lower()):
                _each_ones_a_month(f, f"in a list under the heading {line!r}")
            return
        at = head_from - 1


def _pension_a_month(doc: Document, c: Context) -> None:
    """ "lương hưu tháng 6/2025 là 5.120.000 đồng/tháng", "người có mức hưởng … được tăng lên bằng 3,5 triệu
    đồng/tháng": money a month in a sentence about the pension each one receives is each one's a month, a rate
    per person ("chi trả lương hưu 512,4 tỷ đồng", with no month in its unit, is the total paid)."""
    f = c.f
    if not _money_a_month(f):
        return  # the usual answer: no money a month
    if w := vocabulary().pension_levels.found(doc.lower(c.full, f.start)):
        _each_ones_a_month(f, f"in a sentence about {w!r} each one receives")


EQUIVALENT_REACH: Final = 24  # "tương đương khoảng ": the equivalence word and a qualifier before the number


def _equivalent_of_a_rate(c: Context) -> None:
    """ "165.000 yên/tháng (tương đương khoảng 27 triệu đồng)", "1.200 USD/người/tháng, tương đương 30 triệu
    đồng": money right after an equivalence word that follows a rate in time converts that rate, so it is
    money in the same time (and per person when its sentence names what one person is paid); so is a weight
    ("thay thế khoảng 1,85 triệu túi ni lông mỗi tháng, tương đương gần 9,3 tấn nhựa")."""
    f, v = c.f, vocabulary()
    if f.per or c.prev is None or not v.same_change.within(c.left[-EQUIVALENT_REACH:]):
        return  # the usual answer
    if not v.same_change.found(c.left[-EQUIVALENT_REACH:]):
        return
    per = c.prev.unit.partition("_per_")[2]
    if not per and c.prev.counted and "/" in c.prev.counted:
        per = v.per.get(c.prev.counted.rpartition("/")[2].strip().lower(), "")
    if per.rpartition("_per_")[2] not in PER_TIMES and per not in PER_TIMES:
        return
    f.unit, f.per = f"{f.unit}_per_{per}", True
    f.why["unit"] = f"{f.why.get('unit', '')} the equivalent of the rate before it".strip()
    per_in_label(f, c.head)


def _equivalent_of_a_coefficient(c: Context) -> None:
    """ "Trưởng thôn … được hưởng hệ số 2,10, tương đương 4.914.000 đồng/tháng": money a month right after an
    equivalence word that follows a coefficient is what the coefficient pays one holder of the post a month, a rate
    per person per month."""
    f = c.f
    if c.prev is None or c.prev.unit != "times" or not _money_a_month(f):
        return  # the usual answer: no money a month after a coefficient
    if c.prev.why.get("unit", "").startswith(COEFFICIENT) \
            and vocabulary().same_change.found(c.left[-EQUIVALENT_REACH:]):
        _each_ones_a_month(f, "the equivalent of the coefficient before it")


def _prize_per_place(c: Context) -> None:
    """ "vận động viên về nhất … mỗi người nhận 30 triệu đồng, về nhì 20 triệu đồng, về ba 10 triệu đồng", "mức
    thưởng lần lượt là 15 triệu đồng, 10 triệu đồng và 5 triệu đồng": a sum right after a place (or after the prize
    before it in the list) is what each winner of that place gets, a rate per person and a term of the prizes;
    "tổng giá trị giải thưởng 600 triệu đồng" names no place."""
    f = c.f
    if f.unit not in MONEY and not f.unit.endswith("_per_person") or f.unit.count("_per_") > 1:
        return
    v, left = vocabulary(), c.left.rstrip(" ,;:")
    after_a_place = v.prize_places.ending(left) or f.unit.endswith("_per_person") and c.prev is None \
        and v.prize_places.found(c.clause.lower())
    listed_after_a_prize = c.prev is not None and c.prev.why.get("unit", "").endswith(PRIZE) \
        and c.prev.unit == f"{f.unit}_per_person" and (not left or v.list_joiners.fullmatch(f" {left} "))
    if not (after_a_place or listed_after_a_prize):
        return
    if not f.unit.endswith("_per_person"):
        f.unit, f.per = f"{f.unit}_per_person", True
    f.why["unit"] = f"{f.why.get('unit', '')} {PRIZE}".strip()


def _occurrences_of_a_frequency(c: Context) -> bool:
    """ "chỉ số tần suất mất điện trung bình (SAIFI) là 2,06 lần", "SAIFI không quá 1,9 lần", "kiểm tra mỗi
    điểm bán ít nhất 1 lần": times written as a word after a frequency named in its clause, or a whole number of
    them bounded (`ít nhất`, `không quá`), with no multiple's verb, comparative or comparison, count how often
    something happened (occurrences), not how many times larger."""
    v, f = vocabulary(), c.f
    if f.unit != "times" or not f.unit_word:
        return False
    bounded_whole = f.qualifier in ("over", "under") and float(f.value).is_integer()
    if not (bounded_whole or v.frequency_words.found(c.raw_left)):
        return False
    return not (v.change.found(c.left) or v.multiples.found(c.left) or v.comparatives.found(c.left)
                or v.comparison.starting(c.right.lstrip()))


def _frequency_moved(c: Context) -> bool:
    """ "số lần phun thuốc bảo vệ thực vật giảm từ 5 lần xuống còn 3 lần", "tần suất kiểm tra tăng lên 4 lần":
    a whole number of times a frequency named before it moves from or to is a level of that frequency,
    occurrences, not how many times larger ("giảm 2 lần so với năm 2023" names no level: it stays a multiple)."""
    v, f = vocabulary(), c.f
    if f.unit != "times" or not f.unit_word or not float(f.value).is_integer():
        return False  # the usual answer
    left = trimmed(c.left, v.any_qualifier)
    if not (v.from_words.ending(left) or v.to_level.ending(left)) or v.multiples.found(c.left):
        return False
    return bool(v.frequency_words.found(c.head))


def _occurrences_of_an_event(c: Context) -> bool:
    """ "xảy ra 2 lần ùn tắc kéo dài", "Hệ thống gặp sự cố 3 lần, thời gian khắc phục …": a whole number of times
    with no multiple's verb, change or comparative before it in its clause, followed by the event it counts or
    ending its clause, counts how often something happened, not how many times larger ("gấp 2 lần năm 2023",
    "bằng 1,5 lần kế hoạch", "tăng 2 lần" stay multiples)."""
    v, f = vocabulary(), c.f
    if f.unit != "times" or not f.unit_word or not float(f.value).is_integer():
        return False
    if v.change.found(c.left) or v.multiples.found(c.left) or v.comparatives.found(c.left):
        return False
    rest = _past_the_times_word(c)
    if not rest or rest[0] in ",;.)":
        return True
    return rest[0].isalpha() and not (v.comparison.starting(rest) or v.plan_markers.starting(rest)
                                      or v.year_words.starting(rest) or v.comparatives.starting(rest))


def _times_counted(c: Context, change: str | None) -> str | None:
    """A number of times ("lần") that counts how often something happened, not a multiple: why, or None."""
    if not change and _occurrences_of_a_frequency(c):
        return "after a frequency"
    if not change and _occurrences_of_an_event(c):
        return "of an event with nothing compared"
    if not change and _listed_after_occurrences(c):
        return "listed after occurrences of another event"
    if _frequency_moved(c):
        return "a frequency moved from or to"
    if _times_per_a_time(c):
        return "per a time no rate names"
    return None


def _times_per_a_time(c: Context) -> bool:
    """ "lọc máu 2,7 lần/tuần", "kiểm tra 1 lần/quý": a number of times per a time the rates do not name (a week, a
    quarter) says how often something happens, occurrences, not how many times larger."""
    if c.f.unit != "times" or not c.f.unit_word:
        return False  # the usual answer
    rest = _past_the_times_word(c)
    return rest.startswith("/") and bool(vocabulary().times_per.starting(rest[1:].lstrip()))


def _past_the_times_word(c: Context) -> str:
    """The words after a number of times, past its "lần" where the figure's right side still holds it."""
    rest = c.right.lstrip()
    return rest[len(c.f.unit_word):].lstrip() if c.f.unit_word and rest.startswith(c.f.unit_word) else rest


def _listed_after_occurrences(c: Context) -> bool:
    """ "có 19 lần tăng, 20 lần giảm và 3 lần giữ nguyên": a whole number of times right after a count of the
    same times (the event it counted and a joiner between, no multiple's verb nor comparative) counts how often
    another event happened, as the one before it; "gấp 2 lần" after it stays a multiple."""
    v, f, p = vocabulary(), c.f, c.prev
    if p is None or p.unit != "count" or p.counted != f.unit_word or not float(f.value).is_integer():
        return False  # the usual answer
    words = c.raw_left.strip(" ,;").split()
    return len(words) <= LISTED_EVENT_WORDS and not v.multiples.found(c.left) and not v.comparatives.found(c.left)


LISTED_EVENT_WORDS: Final = 4  # "giảm và", "giữ nguyên, ": the event counted before and a joiner


def _days_a_column_counts(counted: str) -> str | None:
    """ "Số ngày chậm nộp | 412", "Số tháng nợ đọng | 7": a table column counting the days or months a payment
    is late (its header "Số", a duration word, then a word of paying late) holds lengths of time, each row's
    level in that duration (an amount counted the word), not a count of things; the word. "Số ngày vượt QCVN"
    counts the days something happened on. So does a column naming an average stay ("Ngày điều trị trung bình | 7,2"):
    the length each row's patients stay, a level."""
    v = vocabulary()
    word, _, rest = counted.lower().partition(" ")
    if not rest or not v.durations.is_one(word) \
            or not (v.late_payment.starting(rest) or v.per_one_average.found(rest)):
        return None  # the usual answer
    return word


def _same_rate_moved(c: Context) -> str | None:
    """ "Tỷ lệ hộ nghèo giảm 1,5 - 2%; riêng các huyện miền núi giảm 4 - 5%", "giảm 2,15% so với đầu năm,
    vượt chỉ tiêu Nghị quyết HĐND xã giao là giảm 2%": after a change of a rate in its full sentence, a
    change of a part of it (its clause opening with a part word) or the target set for it moves the same
    rate, in points; the words that say so."""
    e = c.earlier
    if e is None or e.kind != "change_points" or not e.rate:
        return None
    v = vocabulary()
    return v.part_openers.starting(c.left.lstrip(ITEM_DASHES)) or target_given_as(c)


def _share_moved(c: Context, change: str) -> bool:
    """ "toàn huyện còn 1.058 hộ cận nghèo, chiếm 12,43%, tăng 0,62% so với năm 2017": a change in percent right
    after a share, the change word alone between (an average's word besides), in a sentence naming a rate's group,
    moves that share; a value's share then its growth ("xuất khẩu … chiếm 35%, tăng 12%") names none."""
    p = c.prev
    if p is None or p.kind != "share" or p.unit != c.f.unit:
        return False
    v = vocabulary()
    between = c.raw_left.strip(" ,")
    for w in v.average_per_time.words:
        between = between.replace(w, " ")
    between = " ".join(between.split())
    # "…, ước cuối năm 2020 còn 22,89%, bình quân giảm 3,15%/năm": an average's word besides; "… đạt 88,6%, người
    # bệnh ngoại trú đạt 84,2%, tăng lần lượt 2,4% và 3,1%": an adverb after the change word
    if between.startswith(change + " ") and v.adverbs.is_one(between[len(change):].strip()):
        between = change
    return between == change and v.rate_words.found(c.head) is not None


def _market_rate(c: Context) -> str | None:
    """ "Ngân hàng Nhà nước công bố tỷ giá trung tâm ở mức 25.112 đồng/USD", "tỷ giá trần … là 26.368 đồng/USD":
    a rate the market report gives as the day's price of a currency, an amount of the day, not a rate used to
    convert another figure ("Tỷ giá quy đổi … là 24.337 đồng/USD" stays one); the words that say so."""
    return vocabulary().market_rates.found(c.left)


def _exchange_gain(c: Context) -> str | None:
    """ "Công ty ghi nhận lãi chênh lệch tỷ giá 7.126 triệu đồng": a gain or a loss a rate's change brought, a sum
    of money (an amount), not the price of one currency in another; the words that say so."""
    return vocabulary().exchange_gains.found(c.left)


MEASURES: Final = frozenset(("m2", "tonne", "km", "m3", "ha", "kg"))  # measured things a rate per time may be of


@cache
def _excess_over_the_plan() -> re.Pattern[str]:
    """ "vượt dự toán", "vượt kế hoạch": an excess over the plan, named."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{v.exceed.pattern})\s+(?:{alternation(v.raw['plan_named'])})(?!\w)")


def _excess_over_the_plan_named(doc: Document, c: Context) -> bool:
    """The figure's sentence, before its clause, names an excess over the plan ("6/17 cơ sở có chi phí vượt dự toán
    …, trong đó …"): an excess word right before the figure then says by how much a part exceeds it."""
    return _excess_over_the_plan().search(doc.lower(c.full, c.f.start)) is not None


def _time_ending_the_clause(doc: Document, c: Context) -> str | None:
    """ "… 420.000 m2 đường phố mỗi ngày": a time word ending the few words after the number's unit, no other number
    between, to the sentence's end; the time word."""
    right = doc.lower(c.f.tail, c.se).rstrip(" .;,:”\")")
    if DIGIT.search(right) or len(right.split()) > PER_TIME_WORDS + 2:
        return None
    return vocabulary().per_time_words.ending(right)


WEIGHTS: Final = ("tonne", "kg")  # the measures a peak day may give per day, as counts are
DAYS_COUNTED_REACH: Final = 4  # "20 ngày cao điểm": a number of peak days right before the words
_DAYS_COUNTED: Final = re.compile(r"\d\s+$")  # "20 ": a number, then only spaces to the peak day's words


def _on_a_peak_day(c: Context) -> None:
    """ "ngày cao điểm lên tới 620 tấn", "có ngày lên đến 5.000 lượt", "Ngày cao điểm mùng 4 Tết (08/02/2019), khu du
    lịch đón gần 98.000 lượt khách": a count or a weight after a peak day's words, no figure between, is what one such
    day saw, a rate per day."""
    f, v = c.f, vocabulary()
    if f.per or not (w := v.peak_days.found(c.raw_left)):
        return  # the usual answer
    at = c.raw_left.rfind(w)
    last = at + len(w) - len(w.rpartition(" ")[2])
    if v.any_qualifier.starting(c.raw_left[last:]):
        return  # "phải có tối thiểu 50 buồng ngủ": "tối" opens a qualifier, no evening
    if _DAYS_COUNTED.search(c.raw_left, max(0, at - DAYS_COUNTED_REACH), at):
        # "Trong 20 ngày cao điểm phục vụ Tết …, … đã vận chuyển 412.850 lượt": the peak days counted, a total; not a
        # day's date before a comma ("kỳ nghỉ lễ 30/4 - 1/5, có ngày lên tới 6.800 lượt khách")
        return
    unit = _weighed_unit(f)
    if f.unit == "count" and f.counted and unit == f.unit and measured_in_a_unit(f.counted):
        return  # "Có ngày nhiệt độ lên tới 39,4 độ C": a level measured, not what a day saw
    f.unit, f.per = f"{unit}_per_day", True
    f.why["unit"] = f"{f.why.get('unit', '')}; per day after {w!r}".strip("; ")


def _per_time_before(doc: Document, c: Context) -> None:
    """ "bình quân mỗi năm khoảng 71.600 người", "mỗi tối đón 3.000 lượt khách": a count per
    time, when the time word stands in the last few words before the number, or ends the
    words after it ("tổ chức 5 hội chợ xúc tiến thương mại mỗi năm")."""
    v = vocabulary()
    tail = " ".join(c.left.split()[-PER_TIME_WORDS:])
    # "mỗi tối cuối tuần đón bình quân khoảng 40.000 lượt khách": the words before past an average and qualifiers
    bare = trimmed(v.per_one_average.stripped(trimmed(c.left, v.any_qualifier), " "), v.any_qualifier)
    if not (w := v.per_time_words.found(tail) or v.per_time_words.found(" ".join(bare.split()[-PER_TIME_WORDS:]))):
        w = v.per_time_words.ending(c.right.rstrip(" .;,:”\")"))
    if not w:
        w = _opening_time_of_an_average(c.left) or _each_time_opening_the_clause(c.left)
    if not w and "," in (part := c.head.rpartition(";")[2]) and not DIGIT.search(part):
        # "…; bình quân mỗi năm tổ chức, tham gia ít nhất 10 sự kiện": verbs listed by a comma after the average's time
        w = _opening_time_of_an_average(part.lstrip(" -+*•"))
    if not w:
        w = _each_time_opening_the_sentence(c)
    if not w and (w := v.per_time_words.ending((rest := doc.lower(c.f.tail, c.se)).rstrip(" .;,:”\")"))) \
            and DIGIT.search(rest):
        w = None  # "chuyển dịch 10.000 lao động sang khu vực công nghiệp, dịch vụ mỗi năm;": the sentence's last
        # words, when no other number stands between
    if w:
        # "mỗi ngày làm khoảng 500 kg tăm": a weight counted in kg, a weight per that time
        first = (c.f.counted or "").lower().partition(" ")[0]
        weight = first if v.weight_units.is_one(first) else "count"
        c.f.unit, c.f.per = f"{weight}_per_{v.per_time_before[w]}", True
    else:
        _time_of_the_joined(doc, c)


def _time_of_the_joined(doc: Document, c: Context) -> None:
    """ "Bình quân mỗi tháng có 49 doanh nghiệp thành lập mới và 9 …", "mỗi ngày cho ăn khoảng 30 kg cỏ tươi và 2 kg
    cám gạo": a count or a measure joined to the figure before, a rate per time in the same measure, is per that
    time too; not "126 chuyến/ngày và 6 tuyến xe buýt", whose time is its own written unit's."""
    if (p := c.prev) is not None and p.per and p.unit.startswith(f"{_weighed_unit(c.f)}_per_") \
            and (_joined_to_prev(c) or _other_days_after(c)) and "/" not in doc.text[p.start:p.tail]:
        c.f.unit, c.f.per = p.unit, True


def _other_days_after(c: Context) -> bool:
    """ "bình quân mỗi đêm thu gom khoảng 3,5 tấn rác, tối cuối tuần lên tới 5 - 6 tấn": after a rate per day and a
    comma, a clause opening with other days' word and naming no number before this one: what each of those days
    saw, per day as the rate before it."""
    if c.prev is None or not c.prev.unit.endswith("_per_day"):
        return False  # the usual answer
    before, comma, clause = c.raw_left.rpartition(",")
    return bool(comma) and not any(ch in before for ch in ",;:()") and not DIGIT.search(clause) \
        and vocabulary().other_days.starting(clause.lstrip()) is not None


def _weighed_unit(f: Figure) -> str:
    """The unit a rate per time of the figure is of: its own, or the weight a count is counted in ("lên tới 250 tấn",
    "và 2 kg cám gạo" read as counted "tấn", "kg")."""
    first = (f.counted or "").lower().partition(" ")[0]
    return first if f.unit == "count" and vocabulary().weight_units.is_one(first) else f.unit


def _time_each_opening(c: Context) -> str | None:
    """The time words ("mỗi ngày") a measure is done in each of: opening its clause or its sentence, after an average
    word or not, or right before it; else None."""
    return _opening_time_of_an_average(c.left) or _each_time_opening_the_clause(c.left) \
        or _each_time_just_before(c) or _each_time_opening_the_sentence(c)


def _time_each_opening_the_sentence(c: Context) -> str | None:
    """The time words ("mỗi năm") opening the sentence of the sentence's first figure, before a comma or not ("Mỗi
    năm hợp tác xã chi khoảng 400 triệu đồng"), or opening its clause after a source's ("Theo UBND quận Hoàn Kiếm, mỗi
    năm quận chi khoảng 22 tỷ đồng"); else None."""
    head = c.head.strip(" -+*•")
    if c.prev is not None or c.ss != c.full or head != c.left and not _a_sources_opening(head[:-len(c.left)]):
        return _each_time_opening_the_sentence(c)
    return _opening_time_of_an_average(c.left) or _each_time_opening_the_clause(c.left)


def _a_sources_opening(opening: str) -> bool:
    """ "Theo UBND quận Hoàn Kiếm, ": who says it, and a comma, all that opens a sentence before its clause."""
    return opening.rstrip().endswith(",") and vocabulary().prefaces.starting(opening) is not None \
        and not DIGIT.search(opening) and opening.count(",") == 1


def _each_time_just_before(c: Context) -> str | None:
    """ "mỗi ngày tiêu thụ khoảng 40 - 50 tấn cua": "mỗi" and a time in the last few words before the number, in
    its clause; the time's words."""
    v = vocabulary()
    tail = " ".join(c.left.split()[-PER_TIME_WORDS:])
    return v.per_time_words.found(tail) if v.per_each_words.within(tail) else None


def _opening_time_of_an_average(left: str) -> str | None:
    """ "Bình quân mỗi ngày làm việc kiểm định khoảng 742 lượt", "Trung bình mỗi tháng cao điểm đón trên 20.000
    lượt khách": a clause opening with an average word and "mỗi" and a time, however many words then say which
    days and what is done, makes its first count a count per that time; the time's words (``left`` the clause
    before the number, lowercased)."""
    v = vocabulary()
    if not (avg := v.average_per_time.starting(left)):
        return None  # the usual answer
    rest = left[len(avg):].lstrip(" ,")
    return w if (w := v.per_time_words.starting(rest)) and not DIGIT.search(rest) else None


def _each_time_opening_the_clause(left: str) -> str | None:
    """ "Đột phá về nguồn nhân lực: mỗi năm đào tạo nghề cho khoảng 15.000 lao động": "mỗi" and a time open the
    clause (or the words after its colon), however many words then say what is done, with no number between:
    its first count is a count per that time; the time's words (``left`` the clause before the number,
    lowercased). Not with a number between ("Mỗi năm tổ chức 2 đợt kiểm tra, phát hiện 15 vụ": the 15 is no
    count per year)."""
    v = vocabulary()
    if not v.per_each_words.within(left):
        return None  # the usual answer
    rest = left.rpartition(":")[2].lstrip(" -+*•")
    return w if (w := v.per_time_words.starting(rest)) and not DIGIT.search(rest) else None


def _each_time_opening_the_sentence(c: Context) -> str | None:
    """ "Bình quân mỗi tháng, BHXH tỉnh giải quyết khoảng 308 hồ sơ", "Mỗi ngày, xưởng vẽ của công ty hoàn thiện
    khoảng 2.500 sản phẩm": an average's time, or "mỗi" and a time, opening the sentence before a comma makes its
    first figure one per that time; the time's words."""
    if c.prev is not None or c.ss != c.full or "," not in c.head:
        return None  # the usual answer
    opening = c.head.lstrip(" -+*•").partition(",")[0]
    w = _opening_time_of_an_average(opening) or _each_time_opening_the_clause(opening)
    # "Mỗi năm đào tạo, bồi dưỡng cho khoảng 1.000 lượt": a list's comma, the time not alone before it
    return w if w and opening.rstrip().endswith(w) else None


def _joined_to_prev(c: Context) -> bool:
    """Only the figure before's noun and "và" stand between it and this one, no clause break: the
    two are read alike ("49 doanh nghiệp thành lập mới và 9 doanh nghiệp giải thể")."""
    words = c.raw_left.rstrip()
    return not any(ch in words for ch in ",;:()") and bool(chain_words().ending(words))


def _first_of_a_pair_of_ratios(doc: Document, c: Context) -> bool:
    """ "đạt 103,8% và 95,5% kế hoạch năm": a percent joined to a second one, then the plan both are ratios to."""
    v = vocabulary()
    if not (joined := v.list_joiners.match(c.right)) or joined.end() != len(c.right):
        return False  # the usual answer: no joiner alone between it and the next number
    m = _PERCENT_NEXT.match(doc.text, c.f.tail + len(c.right))
    return m is not None and bool(v.ratio_words.starting(doc.lower(m.end(), m.end() + RATIO_NOUN_REACH).lstrip()))


_PERCENT_NEXT: Final = re.compile(r"\d+(?:[.,]\d+)*\s*%")  # "95,5%": the next number, a percent
RATIO_NOUN_REACH: Final = 24  # the plan's words right after it


def _plan_ratio_subject(doc: Document, c: Context) -> bool:
    """A percent of disbursement is of the plan capital, where no share verb says otherwise."""
    v = vocabulary()
    # The full sentence: "đã giải ngân … bằng 65,3% kế hoạch vốn; trong đó vốn … đạt 72,6%".
    i = bisect_right(doc.full_stops, c.full)
    sentence = doc.lower(c.full, max(c.se, doc.full_stops[i] if i < len(doc.full_stops) else len(doc.text)))
    return bool(v.plan_ratio_subjects.found(sentence) and (v.plan_named.found(sentence) or _of_disbursed(doc, c))) \
        and not v.share_verbs.found(c.left) and not c.f.rate and not v.work_volumes.starting(c.left) \
        and not _share_of_its_own_clause(doc, c)


def _share_of_its_own_clause(doc: Document, c: Context) -> bool:
    """ "…, giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn; 100% đơn vị sử dụng ngân sách giao dịch qua …",
    "…; giảm lượng tiền mặt … xuống dưới 3,5% tổng chi ngân sách": a percent with the noun it is a share of right
    after it, in a part of the sentence after a ";" that names no disbursement, measures that noun, not the
    disbursement another part names."""
    if not HAS_LETTER.match(c.right.lstrip()[:1]):
        return False  # "…; vốn ngân sách trung ương 1.121 tỷ đồng, đạt 87,5%.": nothing after it, of the plan
    part = doc.lower(c.full, c.f.start)
    return ";" in part and not vocabulary().plan_ratio_subjects.found(part.rpartition(";")[2])


def _part_of_plan_attained(doc: Document, c: Context) -> bool:
    """ "còn 3/20 chỉ tiêu chưa đạt kế hoạch, trong đó tổng vốn đầu tư chỉ đạt 99,5%": a percent
    attained with nothing after it, in a part of a sentence whose head says what attained the
    plan, is of that plan."""
    v = vocabulary()
    if c.f.unit != "percent" or c.right.strip(" .;") or not v.attained_verbs.ending(c.left):
        return False
    before = doc.lower(c.full, c.f.start)
    at = v.part_words.last(before)
    return at >= 0 and bool(v.plan_attained.found(before[:at]))


def _attained_after_a_result_of_a_plan(doc: Document, c: Context) -> bool:
    """ "đất trồng lúa (LUA) kế hoạch 5.012,35 ha, thực hiện 5.058,96 ha, đạt 100,9%", "Trong đó: … (ODT) 84,35 ha,
    đạt 97,0%" after a sentence naming the plan: a bare percent attained right after a result in another unit, with
    nothing after it, in a sentence that names a plan (or after one, its parts opened by "Trong đó"), is that result
    as a percent of its plan; "tỷ lệ che phủ rừng đạt 42%" follows no result."""
    v = vocabulary()
    p = c.prev
    if c.f.unit != "percent" or p is None or p.unit in ("percent", "per_mille") or p.role != "actual" \
            or p.denominator is not None or c.right.strip(" .;") \
            or not v.attained_verbs.is_one(doc.lower(p.tail, c.f.start).strip(" ,")):
        return False  # the usual answer: no result right before its attaining verb ("32/32 …, đạt 100%": a share)
    return v.plan_named.found(sentence_naming_its_plan(doc, c)) is not None


def _disbursement_rate(c: Context) -> bool:
    """ "trong đó UBND huyện Tam Dương giải ngân đạt 58,6%", "Giải ngân đầu tư công đạt 76%": a bare percent
    attained right after a disbursing word (and what it disburses), or right after a line's label naming them and a
    colon ("Giải ngân vốn đầu tư công: 64,7%"), with no total before it in its clause, is the
    share of the allotted plan disbursed though no plan is named; so is one attained by another in a like clause
    after it ("thấp nhất là Ban …, chỉ đạt 9,4%"). After a total ("Tổng vốn … là 186,4 tỷ đồng, giải ngân đạt
    89,2%") it is a share."""
    v = vocabulary()
    if c.f.unit != "percent" or c.f.rate or c.prev is not None:
        return False  # the usual answer
    left = trimmed(c.left, v.any_qualifier)
    if verb := v.attained_verbs.ending(left):
        head = left[:-len(verb)].rstrip(" ,")
    elif not left and (label := c.head.rstrip()).endswith(":"):
        head = label[:-1].rstrip().lstrip(ITEM_DASHES + " ")  # "Giải ngân vốn đầu tư công: 64,7%": a line's label
    else:
        return False
    if capital := v.disbursed_capital.ending(head):
        head = head[:-len(capital)].rstrip()  # "Giải ngân đầu tư công đạt 76%": what is disbursed, named between
    if v.plan_ratio_subjects.ending(head):
        return True
    e = c.earlier
    return v.limiting_adverbs.ending(head) is not None and e is not None and e.kind == "plan_ratio" \
        and e.unit == "percent"


def _named_disbursement_rate(c: Context) -> bool:
    """ "phấn đấu tỷ lệ giải ngân cả năm đạt từ 95% trở lên", "tỷ lệ giải ngân vốn đầu tư công đạt 72,4%": a percent
    in a clause naming a disbursement rate is the capital disbursed as a share of the capital allotted, a ratio to
    the plan though no plan is named (a rate's percent is otherwise a share: "tỷ lệ hộ nghèo còn 2,1%")."""
    v = vocabulary()
    if not c.f.rate or not v.plan_ratio_rates.within(c.left):
        return False  # the usual answer
    return v.plan_ratio_rates.found(c.left) is not None and not v.share_verbs.found(c.left)


def _attained_of_allotted(doc: Document, c: Context) -> bool:
    """ "được giao 24.806 người, có mặt 23.652 người, đạt 95,3%": a bare percent attained right after
    a result, in a sentence that gave what was allotted before that result, is of the allotment."""
    p = c.prev
    if p is None or p.role != "actual" or c.f.unit != "percent" or c.right.strip(" .;"):
        return False
    v = vocabulary()
    return bool(v.attained_verbs.ending(c.left)) and bool(v.allotted.found(doc.lower(c.ss, p.start)))


def _of_disbursed(doc: Document, c: Context) -> bool:
    """ "đã giải ngân 164,2 tỷ đồng, đạt 57,1%": a percent right after a disbursed amount (a verb
    between) is of the capital allotted, though the sentence names no plan; "…, giải ngân đạt
    89,2%" after a total is the share of it disbursed."""
    p = c.prev
    if p is None or p.unit not in MONEY:
        return False
    between = c.raw_left.strip(" ,")
    if limiting := vocabulary().limiting_adverbs.starting(between):
        between = between[len(limiting):].lstrip()  # "giải ngân 554,5 tỷ đồng, chỉ đạt 21,0%"
    if len(between.split()) > 2 or not vocabulary().verbs.starting(between):
        return False
    v = vocabulary()
    before = doc.lower(c.ss, p.start)
    if v.plan_ratio_subjects.found(" ".join(before.split()[-DISBURSED_WORDS:])):
        return True
    # "Cụ thể: vốn ngân sách trung ương giải ngân 301,2 tỷ đồng, đạt 73,0%; vốn ngân sách tỉnh 498,7 tỷ đồng, đạt
    # 67,8%": an item after a ";" that names only what it counts leaves out the verb its sentence's first item said
    return c.full < c.ss and doc.text[:c.ss].rstrip().endswith(";") and not v.verbs.found(before) \
        and bool(v.plan_ratio_subjects.found(doc.lower(c.full, c.ss)))


def _listed_after_targets(doc: Document, si: int, before: Figure) -> bool:
    """ "mục tiêu đến năm 2020 nâng diện tích … lên 3.000 ha, …; xây dựng 2 vùng … với diện tích 200 ha; lợi nhuận
    bình quân đạt trên 150 triệu đồng/ha/năm.": a clause after a ";" on the line of a clause that sets targets for a
    later year, its last figure (``before``) one of them and no bracket's, sets the next of them, unless it names a
    year of its own or says what is done now ("…; đến nay đã đạt 1.200 ha")."""
    end = doc.sentences[si - 1][1]
    ss, se = doc.sentences[si]
    if before.role != "plan" or doc.text[end - 1] != ";" or "\n" in doc.text[end:ss] \
            or ")" in doc.text[before.tail:end]:
        return False  # the usual answer
    low = doc.lower(ss, se)
    return not A_YEAR.search(low) and not vocabulary().plan_spread_stops.found(low)


def _sets_targets(doc: Document, si: int) -> bool:
    """A sentence naming a later year sets targets if it says so ("phấn đấu", "mục tiêu")."""
    ss, se = doc.sentences[si]
    k = bisect_left(doc.later, ss)
    if not (k < len(doc.later) and doc.later[k] < se):
        return False
    v = vocabulary()
    if not (w := v.target_words.found(low := doc.lower(ss, se))):
        return False
    # "III. DỰ BÁO …": "Dự kiến năm 2025, thu nhập … đạt khoảng 4.700 nghìn đồng" forecasts
    return not forecast(doc, low, ss, w) and not _months_of_a_year_done(low)


def _months_of_a_year_done(low: str) -> bool:
    """ "Trong 11 tháng năm 2025, Trung tâm đã tổ chức 33 phiên, … đạt 86% kế hoạch năm": a sentence (``low``)
    whose opening clause counts the months of a year gone by and which says what was attained reports a result
    so far, though it names that year's plan; it sets no target."""
    v = vocabulary()
    opening = low.partition(",")[0]
    if len(opening) > MONTHS_OPENING_REACH or not v.attained_verbs.found(low):
        return False  # the usual answer
    if not (m := MONTHS_COUNTED.search(opening)) or not v.months_so_far.starting(opening[m.end():]):
        return False
    return period_in(opening) is not None
