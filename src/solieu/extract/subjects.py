"""A figure's subject: what it measures, read from its clause, and what it is for each one of
("đầu người", "mỗi hộ", "trên 1 ha")."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from solieu.extract.clauses import HAS_LETTER, ITEM_DASHES, PER_TIMES, bracketed_after, per_words, trimmed
from solieu.extract.document import Context, Document
from solieu.extract.figure import Figure
from solieu.extract.nouns import counted
from solieu.extract.vocabulary import Words, alternation, vocabulary

_LABEL_END: Final = re.compile(r"[;:\n]")


def subject(doc: Document, c: Context) -> tuple[str | None, bool]:
    """What the figure measures, and whether that is itself a rate or share."""
    v = vocabulary()
    f = c.f
    # What a count measures is the thing counted; other figures read their clause.
    found: str | None
    if c.prev is not None and c.prev.subject and c.prev.unit == f.unit and bracketed_after(c) \
            and v.plan_markers.found(c.raw_left):
        # "đạt 62,4% (chỉ tiêu 50%), tăng 18,9%": the target measures what the result does,
        # and the figures after the bracket go on with it
        return c.prev.subject, c.prev.rate
    if f.unit == "count" and f.counted and f.counted.lower() not in v.classifiers:
        found = f.counted
    else:
        found = _subject(c.clause) or _label_before(c.window) or f.counted
    rate = bool(found and v.rate_words.found(low := found.lower()) and v.rate_words.found(_measured(low)))
    if not rate and c.prev is None and f.unit == "percent" \
            and v.rate_words.starting(c.head.lstrip(ITEM_DASHES)):
        rate = True  # "Tỷ lệ thất thoát, thất thu nước sạch còn 14,9%": the sentence opens with the rate
    if not found and c.prev is not None and c.prev.subject:
        p = _past_an_aside(c)
        found = p.subject  # "…đạt 1.178 tỷ đồng, bằng 128% dự toán": same subject
        rate = rate or p.rate
    if f.unit == "percent" and (noun := _right_noun(doc.text, f.tail)):
        found = noun  # "0,42% hộ nghèo": the share of what follows
        rate = rate or bool(v.rate_words.found(noun.lower()))
    if rate and _rate_of_the_change(c):
        rate = False  # "giảm 140 đơn vị, tỷ lệ giảm 67,0%": the change's own rate, no rate that moved
    return found, rate


def _rate_of_the_change(c: Context) -> bool:
    """ "tỷ lệ giảm 67,0%": the clause is a rate word and a change word alone, the rate of the change."""
    v = vocabulary()
    left = c.left.strip()
    return bool((w := v.change_rates.starting(left)) and v.change.is_one(left[len(w):].strip()))


def _past_an_aside(c: Context) -> Figure:
    """ "Tỷ lệ hộ nghèo giảm còn 6,85% (còn 148 hộ), giảm 3,12% so với cuối năm 2024": a figure naming no subject of
    its own goes on with the figure before it, but one in another unit inside a bracket closing right before it is
    an aside (the same level counted in households); the figure before the bracket, in this one's unit, is the one
    it goes on with ("đạt 72% (năm 2024 đạt 68%), tăng 4%" goes on with the bracket's own 68%)."""
    assert c.prev is not None
    p = c.beside
    if p is None or p.unit != c.f.unit or c.prev.unit == c.f.unit or not p.subject:
        return c.prev  # the usual figure: no bracket closing right before it, or one in its own unit
    return p


def _measured(subject: str) -> str:
    """ "thu nhập bình quân đầu người của hộ nghèo": what a subject measures, before whose it is (a rate
    word after "của" names the owner: an income, not a rate)."""
    at = vocabulary().possessives.first(subject)
    return subject[:at] if at > 0 else subject


def _spent_on_pay(words: str, person: Words) -> bool:
    """ "chi phụ cấp người hoạt động không chuyên trách 52,8 tỷ đồng", "Quỹ phụ cấp … được khoán": what one person is
    paid after a word of spending or of a fund (``words`` lowercased) names what a sum is spent on, not each one's."""
    at = person.first(words)
    return at > 0 and vocabulary().pay_spent.ending(words[:at].rstrip()) is not None


def per_in_label(f: Figure, words: str) -> None:
    """Money per person ("đầu người"), per month with it, or per area ("trên 1 ha canh tác")
    when the lowercased subject ``words`` (a clause, a table row's label) says so."""
    person, month, area, household = per_words()
    if not f.per and household.found(words):
        f.unit, f.per = f.unit + "_per_household", True  # "Thu nhập bình quân 1 hộ đạt 120 triệu đồng"
    elif not f.per and person.found(words) and not _spent_on_pay(words, person):
        f.unit, f.per = f.unit + "_per_person", True
    elif f.per and f.unit.count("_per_") == 1 and f.unit.partition("_per_")[2] in PER_TIMES \
            and (owner := "household" if household.found(words) else "person" if person.found(words)
                     else "ha" if area.found(words) else None):
        # "mỗi sinh viên đóng khoảng 18,5 triệu đồng/năm": per person, then per the time (DESIGN's order); "thu nhập
        # bình quân của hộ trồng sâm đạt trên 200 triệu đồng/năm": per household; "giá trị sản xuất bình quân trên 1 ha
        # chè đạt 230 triệu đồng/năm": per ha
        money, _, time = f.unit.partition("_per_")
        f.unit = f"{money}_per_{owner}_per_{time}"
    elif not f.per and area.found(words):
        f.unit, f.per = f.unit + "_per_ha", True
    if f.unit.endswith("_per_person") and month.found(words):
        f.unit += "_per_month"


def _subject(clause: str) -> str | None:
    """The phrase a figure measures: its clause before the number, less verbs and qualifiers."""
    v = vocabulary()
    s = trimmed(" ".join(clause.split()), v.subject_trim)
    if opening := v.subject_opening.match(s):  # anchored: one match, not a search of every position
        s = s[opening.end():]
    if comparison := v.comparison_words.search(s):
        s = s[:comparison.start()].rstrip()
    s = s.strip(" ,;:-–+(")
    return s if HAS_LETTER.search(s) and not _time_alone().fullmatch(s) else None


@cache
def _time_alone() -> re.Pattern[str]:
    """ "năm 2024", "tháng 10/2025", "quý III/2025": a time and nothing it measures ("(năm 2024 là 2,20%)")."""
    p = vocabulary().raw["periods"]
    return re.compile(rf"(?:{alternation([*p['year'], *p['month'], *p['quarter']])})\s+[\dIVXivx/.\-–]+", re.I)


def _label_before(window: str) -> str | None:
    """ "+ Thương mại - dịch vụ: 782,4 tỷ đồng": the label a colon puts before a figure."""
    head, colon, tail = window.rpartition(":")
    if not colon or HAS_LETTER.search(tail):
        return None
    label = _LABEL_END.split(head)[-1]  # " - " and "," stay inside a label
    return _subject(label.lstrip(" -+•*"))


def _right_noun(text: str, end: int) -> str | None:
    noun, _ = counted(text, end)
    if noun and not vocabulary().ratio_words.starting(noun.lower()):
        return noun
    return None
