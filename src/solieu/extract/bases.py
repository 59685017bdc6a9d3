"""A comparing figure's base: what it is compared with ("so với cùng kỳ năm 2023", "so với kế
hoạch"), from the words after it, its sentence's opening or a bracket."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from solieu.extract.clauses import (
    CHANGES,
    COMPARED,
    COMPARING,
    PLAN_BASES,
    adjustment_of_a_plan,
    after_a_pair_word,
    base_after,
    base_ending,
    compared_bracket,
    compared_now,
    comparison_phrase,
    index_base_year,
    joined_past_its_noun,
    of_a_norm,
    ratio_to_a_years_level,
    same_part_of_an_earlier_year_after,
    sentence_naming_its_plan,
    term_start_year,
    trimmed,
    year_a_gap_is_from,
    years_of_a_move,
)
from solieu.extract.document import Context, Document
from solieu.extract.periods import CAPITALS_AND_A_YEAR
from solieu.extract.vocabulary import alternation, vocabulary

_FULL_STOP: Final = re.compile(r"[.!?…]\s")
_PHRASE_COMMA: Final = re.compile(r",(?!\d)")  # a comma between words, not a decimal comma


def base(doc: Document, c: Context) -> str | None:
    """What a comparing figure compares with."""
    if c.f.kind not in COMPARING:
        return None
    if c.year_after or same_part_of_an_earlier_year_after(doc, c):
        return None  # "mức tăng 4,9% của năm trước": that year's own growth, compared with nothing
    if adjustment_of_a_plan(doc, c):
        return None  # "Điều chỉnh giảm 24.600 triệu đồng kế hoạch vốn": the plan moves, compared with nothing
    if year := ratio_to_a_years_level(c):
        return year  # "bằng 97,1% ước thực hiện năm 2024"
    if c.f.kind == "plan_ratio" and (year := index_base_year(doc, c)):
        return year  # "Chỉ số phát triển … so với năm 2020 (năm 2020 = 100) đạt 120,5%"
    found = base_after(c.right) or _year_start_base(doc, c.right, c.f.start) or _base_past_bracket(doc, c)
    if found is None and c.f.kind != "plan_ratio" and (move := years_of_a_move(doc, c)):
        return move[0]  # "tăng từ 2,35 triệu lượt năm 2015 lên 5,2 triệu lượt năm 2025, gấp 2,2 lần"
    if found is None and _against_the_period_before(c.right):
        return None  # "tăng 9,8% so với cùng kỳ và tăng 2,4% so với tháng trước": the month before, no code
    # The base phrase ending the words before the number is the nearest: "giảm 1,09 điểm phần trăm so với năm 2016 và
    # thấp hơn kế hoạch 0,28 điểm phần trăm" compares the second with the plan, the first with 2016.
    found = found \
        or (b[1] if (b := base_ending(trimmed(trimmed(c.left, vocabulary().any_qualifier), vocabulary().from_words)))
            else None) \
        or base_after(comparison_phrase(c.left)) \
        or _list_base(doc.text, c.f.start) \
        or _opening_base(c) or _base_opening_the_full_sentence(doc, c) or _pair_base(doc, c) or _second_of_a_pair(c) \
        or _base_of_a_change_restated(c) or _base_of_a_multiple_after_a_change(c) \
        or _base_after_a_second_change(doc, c) or _base_after_a_listed_change(doc, c) \
        or _year_of_the_level_in_brackets_before(doc, c) or year_a_gap_is_from(c) \
        or _event_named_by_an_acronym(doc, c) or _this_year(doc, c)
    if found is not None and (before := _end_of_the_year_before(doc, doc.lower(c.f.end, c.se), found)):
        found = before  # "so với đầu năm 2025" in a text of 2025: the end of 2024
    if c.f.kind == "plan_ratio" and found is None and not of_a_norm(c) and not _of_a_long_term_mean(c) \
            and not _bare_ratio_after_an_amount(doc, c) and not _rate_compared_in_brackets(c) \
            and not vocabulary().comparison.starting(c.right.lstrip()):
        # not a ceiling a rule sets: no code names it; nor a time that has none, named right after it ("bằng 80% so
        # với trước dịch")
        return "plan"
    return found


def _this_year(doc: Document, c: Context) -> str | None:
    """ "tăng khoảng 13% so với năm nay", "tăng 2 ông trâu so với năm nay" in a quote on next year's plan: compared
    with the report's year (a web page's own)."""
    if doc.this_year is None or compared_now().search(c.right) is None:
        return None
    return str(doc.this_year)


def _event_named_by_an_acronym(doc: Document, c: Context) -> str | None:
    """ "tăng 14,5% so với DIFF 2018": after the comparison word, an event's name in capitals and its year, the event
    held that year (as "so với Tết Giáp Thìn 2024" is); not a plan's or a period's abbreviation ("so với KH 2024")."""
    v = vocabulary()
    if (i := v.comparison.first(c.right)) < 0:
        return None  # the usual answer: no comparison word after the figure
    at = c.f.end + i + len(v.comparison.starting(c.right[i:]) or "")
    while doc.text[at:at + 1].isspace():
        at += 1  # past the spaces after the comparison word
    m = CAPITALS_AND_A_YEAR.match(doc.text, at)
    if m is None or any(words.is_one(m.group(1).lower()) for words, _ in v.bases):
        return None
    return m.group(2)


def _year_of_the_level_in_brackets_before(doc: Document, c: Context) -> str | None:
    """ "diện tích rừng bị cháy 38,6 ha (năm 2011 là 135 ha), giảm 71,4%", "xảy ra 7 vụ cháy rừng (năm 2023 là 11
    vụ), giảm 4 vụ": a rise or fall right after the bracket that gives an earlier year's level of the same measure
    moves from that level: its year. Not a rate's move in points, which has no base by the guidelines ("chiếm 34,5%
    (năm 2023 là 31,2%), tăng 3,3 điểm phần trăm")."""
    p = c.prev
    if p is None or c.f.kind not in ("growth", "change") or p.role != "context":
        return None  # the usual figure: no level of an earlier year right before it
    # "tăng 3,38 tỷ đồng so với Tết Bính Thân 2016 (28,64 tỷ đồng), tăng 11,8%": the level compared with, the change
    # before its bracket against a time that makes no period; the change after it moves from the same level
    restated = (b := c.beside) is not None and b.kind in ("change", "growth") and b.base is not None \
        and b.base.isdigit() and p.why.get("role", "").startswith(COMPARED)
    if not (p.period or "").isdigit() and not restated:
        return None
    if doc.text.rfind("(", c.ss, p.start) <= doc.text.rfind(")", c.ss, p.start):
        return None  # not in a bracket
    gap = doc.lower(p.tail, c.f.start).strip()
    if not gap.startswith(")") or not vocabulary().change.is_one(gap[1:].lstrip(" ,")):
        return None
    if not (p.period or "").isdigit():
        return b.base if b is not None and (c.f.kind == "growth" or c.f.unit == p.unit) else None
    return p.period if c.f.kind == "growth" or c.f.unit == p.unit else None


def _rate_compared_in_brackets(c: Context) -> bool:
    """ "đạt 63,8% kế hoạch, cao hơn mức bình quân chung của tỉnh (58,2%)": a rate alone in brackets after the
    words comparing the figure before with another's level is that other's rate, given to compare with: its
    clause names no plan of its own, so it has no base (as "(bình quân chung của tỉnh đạt 61,5%)" has none)."""
    return c.prev is not None and "(" in c.raw_left and compared_bracket(c) is not None


def _bare_ratio_after_an_amount(doc: Document, c: Context) -> bool:
    """ "Trong đó: vốn đầu tư phát triển giải ngân 468,3 tỷ đồng, đạt 76,5%; vốn sự nghiệp giải ngân 191,7 tỷ
    đồng, đạt 60,2%.": a percent right after an amount of its clause, with nothing after it and no plan named
    in its sentence (across ";"), names nothing it compares with: no base, as a later sentence names none.
    Not "giải ngân 812,6 tỷ đồng, đạt 70,9% kế hoạch vốn", nor "…, đạt 50,7% kế hoạch vốn; trong đó vốn
    ngân sách tỉnh 1.012 tỷ đồng, đạt 55%", whose sentence names the plan, nor the parts after "Trong đó:" opening
    the sentence after one that names it."""
    p = c.prev
    if p is None or p.kind != "amount" or c.right.strip(" ;,.)\n"):
        return False  # the usual answer: words after the percent, or no amount right before
    return not vocabulary().plan_markers.found(sentence_naming_its_plan(doc, c))


def _base_of_a_change_restated(c: Context) -> str | None:
    """ "tăng 9 USD/tấn so với cùng kỳ năm 2024, tương ứng tăng 5,7%", "tăng 118,5 tỷ đồng so với đầu năm (tăng
    7,8%)", "(+21,9%)": a change an equivalence word or a bracket opens right after another change restates it in
    other terms, against the same base: that change's base; so does a change in a bracket after a ratio to a year's
    level ("bằng 85,2% so với năm 2019 (giảm 184.964 tấn)")."""
    p = c.prev
    if p is None or not p.base or c.f.kind not in CHANGES \
            or p.kind not in CHANGES and not (p.kind == "plan_ratio" and p.base not in PLAN_BASES):
        return None  # the usual figure: no change or ratio to a time with a base right before it
    v = vocabulary()
    if p.kind in CHANGES and v.same_change.ending(trimmed(c.left, v.change)):
        return p.base
    # "tăng 118,5 tỷ đồng so với đầu năm (tăng 7,8%)", "tăng 23 cầu so với năm 2017 (+21,9%)": the change restated in a
    # bracket after its base, the change word alone inside or its sign
    raw = c.raw_left.rstrip()
    at = raw.rfind("(")
    inside = raw[at + 1:].strip()
    return p.base if at >= 0 and ")" not in raw[at:] and (v.change.is_one(inside) or c.signed and not inside) \
        and v.comparison.found(raw[:at]) else None


def _base_of_a_multiple_after_a_change(c: Context) -> str | None:
    """ "tăng 1.325 hộ so với năm 2016, gấp gần 3,5 lần", "tăng 12.655 người so với năm 2019 (gấp 1,8 lần)": a multiple
    right after the comma or the bracket that closes a change's comparison, naming nothing it is a multiple of, is of
    the level the change moved from: that change's base."""
    p = c.prev
    if p is None or not p.base or p.kind not in CHANGES or c.f.kind != "multiple":
        return None  # the usual figure: no change with a base right before it
    v = vocabulary()
    low = c.raw_left.lower()
    at = max(low.rfind(","), low.rfind("("))  # "…, gấp gần 3,5 lần", "… (gấp 1,8 lần)"
    compared, words = low[:at], low[at + 1:]
    if at < 0 or ";" in compared or not v.comparison.found(compared):
        return None
    return p.base if v.multiples.is_one(v.any_qualifier.stripped(words.strip(), " ")) else None


def _of_a_long_term_mean(c: Context) -> bool:
    """ "bằng 106% TBNN", "bằng 92% trung bình nhiều năm", "đạt 38% so với trung bình nhiều năm": a percent of a
    long-term mean, which no base code names."""
    right = c.right.lstrip().lower()
    if w := vocabulary().comparison.starting(right):
        right = right[len(w):].lstrip()
    return vocabulary().tables.long_term_mean.starting(right) is not None


def _list_base(text: str, start: int) -> str | None:
    """ "Sản lượng 9 tháng so với cùng kỳ: thủy sản tăng 6,2%; gạo tăng 3,8%": a base named
    before a colon covers each item of the list after it, up to the end of its line."""
    line_start = text.rfind("\n", 0, start) + 1
    stops = [m.end() for m in _FULL_STOP.finditer(text, line_start, start)]
    head, colon, _ = text[stops[-1] if stops else line_start:start].rpartition(":")
    return base_after(comparison_phrase(head.lower())) if colon else None


def _opening_base(c: Context) -> str | None:
    """ "So với cùng kỳ năm 2023, tỷ lệ giải ngân tăng 4,7 điểm phần trăm", "…; so với cùng kỳ
    năm trước, số vụ giảm 3 vụ, số người chết giảm 2 người": a comparison opening the clause,
    up to its comma, names the base of each change after it in the clause."""
    head = c.head.lstrip(" \n;:-+•")
    if not vocabulary().comparison.starting(head):
        return None
    # Up to its comma ("So với cùng kỳ năm 2023, …"), not a decimal comma; with none, a
    # comparison opening the clause still names the base of each figure in it ("so với cùng
    # kỳ năm 2023 giảm 4 vụ (-22,2%)").
    comma = _PHRASE_COMMA.search(head)
    return base_after(head[:comma.start()] if comma else head)


def _base_opening_the_full_sentence(doc: Document, c: Context) -> str | None:
    """ "So với năm 2016, tổng số tín đồ tăng 1.254 người (tăng 1,3%); chức sắc tăng 6 người, chức việc tăng 38
    người": a comparison opening the full sentence, up to its comma, names the base of each change in its parts
    after a ";" too, where the part names none of its own."""
    if c.f.kind not in CHANGES or c.full >= c.ss or vocabulary().comparison.found(c.head.lower()):
        # the usual figure: in the first part of its sentence, or no change; a part naming its own comparison
        # ("…; so với trung bình nhiều năm (TBNN), độ mặn cao hơn từ 2,5 đến 4,8‰") has no code of the first's
        return None
    head = doc.text[c.full:c.ss].lstrip(" \n;:-+•").lower()
    if not vocabulary().comparison.starting(head) or not (comma := _PHRASE_COMMA.search(head)):
        return None
    return base_after(head[:comma.start()])


@cache
def _paired_number() -> re.Pattern[str]:
    """ "và 6,8 điểm phần trăm so với năm 2023": a pair word, the second number, then its words."""
    pair = alternation(vocabulary().raw["pair_words"])
    return re.compile(rf"\s*(?:{pair})\s+[-−]?\d[\d.,]*%?([^,;]*)")


def _pair_base(doc: Document, c: Context) -> str | None:
    """ "tăng lần lượt 4,1 và 6,8 điểm phần trăm so với năm 2023": the first of a pair takes
    the base named after the second."""
    m = _paired_number().match(doc.lower(c.f.tail, c.se))
    return base_after(m.group(1)) if m else None


def _second_of_a_pair(c: Context) -> str | None:
    """ "so với năm 2018 tăng lần lượt 9,2% và 10,1%": the second of a pair takes the first's base; so does the second
    of two changes joined past what the first counts ("so với năm 2018 tăng 1.240 chỗ đỗ xe ô tô và 4.150 chỗ để xe
    máy")."""
    p = c.prev
    if p is None or p.base is None or p.kind != c.f.kind or not (after_a_pair_word(c) or joined_past_its_noun(c)):
        return None  # the usual answer
    return p.base


@cache
def _second_change() -> re.Pattern[str]:
    """ " vụ và giảm 23 người mắc so với cùng kỳ năm trước": the first change's words, a pair word, a change word,
    the second number, then its words."""
    v = vocabulary()
    pair = alternation(v.raw["pair_words"])
    # "% về lượng và 31,2% về giá trị so với năm 2016": the second change's word may be left out after a measure named
    aspect = rf"(?:\s+(?:{v.aspects.pattern}))"
    # "10% số vụ vi phạm và ít nhất 15% diện tích … so với năm 2018": a fall in % of one thing, then in % of another
    bound = rf"(?:(?:{v.any_qualifier.pattern})\s+)?"
    # "17 vụ (-30,9%) và giảm 12.600 người so với năm 2018": the first change's percent in brackets, or that
    # bracket's end after the percent itself
    bracket = r"(?:\s*\(\s*[-+−]?\d[\d.,]*\s*%\s*\)|(?P<closed>\)))?"
    return re.compile(rf"[^\d,;()]*?{bracket}\s(?:{pair})\s+(?:{v.change.pattern})\s+[-−]?\d[\d.,]*%?(?P<second>[^,;]*)"
                      rf"|{aspect}\s+(?:{pair})\s+[-−]?\d[\d.,]*%{aspect}?(?P<aspect>[^,;]*)"
                      rf"|(?P<of>[^\d,;()]*?)\s(?:{pair})\s+{bound}\d[\d.,]*%(?P<third>[^,;]*)")


def _base_after_a_second_change(doc: Document, c: Context) -> str | None:
    """ "giảm 01 vụ và giảm 23 người mắc so với cùng kỳ năm trước": a change paired with a second change right
    after it, in its clause, takes the base named after the second ("tăng 3 vụ và giảm 5 người, trong đó …"
    names none)."""
    if c.f.kind not in CHANGES or not vocabulary().pair_words.within(rest := doc.lower(c.f.tail, c.se)):
        return None  # the usual figure: no second change after it
    m = _second_change().match(rest)
    if m and m.group("of") is not None and (c.f.unit != "percent" or not m.group("of").strip()):
        return None  # a second percent after "và" shares the base of a percent's fall of one thing alone
    if m and m["closed"] and not doc.text[:c.f.start].rstrip().endswith("("):
        return None  # "(cả nước tăng 7,2%) và …": a bracket's own change, not the first of a pair
    return base_after(m["second"] or m["aspect"] or m["third"] or "") if m else None


@cache
def _listed_change() -> re.Pattern[str]:
    """ " cơ sở, 4.440 buồng so với …", " tỷ đồng, tỷ lệ tăng 12,50% so với …": the words to a comma, maybe the
    change's own rate named or its change word again ("again"), the second number; "words" the words after it."""
    raw = vocabulary().raw
    rate = alternation([*raw["growth_words"], *raw["same_change"], *raw["change_rates"]])
    # "58 vụ (+5,43%), 71 đối tượng so với …": the first change's percent in brackets, or that bracket's end
    bracket = r"(?:\(\s*[-+−]?\d[\d.,]*\s*%\s*\)|(?P<closed>\)))?"
    # "621 đơn vị, tăng 7,7% so với …": the change word again before the second
    change = vocabulary().change.pattern
    return re.compile(rf"[^\d,;()]*{bracket}[^\d,;()]*,\s*(?:(?:{rate})(?:\s+(?:{change}))?\s+|(?P<again>{change})\s+)?"
                      rf"[-−]?\d[\d.,]*%?(?P<words>[^,;()]*)")


def _base_after_a_listed_change(doc: Document, c: Context) -> str | None:
    """ "tăng 264 cơ sở, 4.440 buồng so với năm 2015": a change with a second number after its comma takes the base
    named after the second, which the same change word governs; so does one whose rate follows ("tăng 3.796 tỷ đồng,
    tỷ lệ tăng 12,50% so với đầu năm")."""
    if c.f.kind not in CHANGES or "," not in doc.text[c.f.tail:c.se]:
        return None  # the usual answer
    m = _listed_change().match(doc.lower(c.f.tail, c.se))
    if m is None or m["again"] and m["again"] != vocabulary().change.ending(c.left):
        return None  # "đạt 8,9%, vượt 0,4% so với kế hoạch": another change, of the level before it
    if m["closed"] and not doc.text[:c.f.start].rstrip().endswith("("):
        return None  # "(cả nước tăng 7,2%), tăng 13,6% so với cùng kỳ": a bracket's own change, not a list's
    return base_after(m["words"]) or _year_start_base(doc, m["words"], c.f.start)


# After a figure: a bracket of no words ("(-7,5%)") or the end of the bracket it stands in, then the words
# to the clause's end.
# "(-7,5%)", "(-56 tỷ đồng)": a bracket of one number (with its unit's words) before the comparison
_PAST_BRACKET: Final = re.compile(r"\s*(?:\((?:[^()\w]|\d)*\)|\(\s*[-+−]?\d[\d.,]*\s+[^\W\d][^()\d]{0,20}\)|\))"
                                  r"\s*([^,;().\n]*)")
PAST_BRACKET_REACH: Final = 80


def _base_past_bracket(doc: Document, c: Context) -> str | None:
    """ "giảm 12 vụ (-7,5%) so với cùng kỳ năm 2023", "tăng 18,6 tỷ đồng, tương đương 12,4% so với năm
    2021": a change and its percent in brackets, or after an equivalence word, both compare with what the
    words after the percent name."""
    if c.f.kind not in CHANGES:
        return None
    end = c.f.tail + PAST_BRACKET_REACH
    if not (m := _PAST_BRACKET.match(doc.text, c.f.tail, end) or _past_equivalent().match(doc.text, c.f.tail, end)
            or _past_worded_bracket().match(doc.text, c.f.tail, end)):
        return None
    words = m.group(1).lower()
    return base_after(words) or _year_start_base(doc, words, c.f.start)  # "tăng 608 tỷ đồng (+10,3%) so với đầu năm"


@cache
def _past_equivalent() -> re.Pattern[str]:
    """ ", tương đương 12,4% so với năm 2021", ", tương ứng tăng 122,7% so với cùng kỳ năm 2024" right after a
    change: the words after its percent."""
    v = vocabulary()
    words, moves = alternation(v.same_change.words), alternation(v.change.words)
    return re.compile(rf",?\s*(?:{words})\s+(?:(?:{moves})\s+)?[-+−]?\d[\d.,]*\s?%\s*([^,;().\n]*)", re.I)


@cache
def _past_worded_bracket() -> re.Pattern[str]:
    """ "tăng 2.105 lượt (tăng 12,9%) so với cùng kỳ năm 2024": a change, then its percent in brackets after a
    word of rise or fall: the words after the bracket."""
    v = vocabulary()
    moves = alternation(v.change.words)
    return re.compile(rf"\s*\(\s*(?:{moves})\s+[-+−]?\d[\d.,]*\s?%\s*\)\s*([^,;().\n]*)", re.I)


def _year_start_base(doc: Document, right: str, pos: int) -> str | None:
    """ "tăng 9,8% so với đầu năm": compared with the level at the end of the year before; "gấp 1,6 lần
    so với đầu nhiệm kỳ" under "I. … NHIỆM KỲ 2020 - 2025": with the level the term opened with (2020)."""
    v = vocabulary()
    if doc.year and _year_start_compared(right):
        return str(doc.year - 1)
    if (m := v.compared_term_start.search(right)) and not v.comparison.found(right[:m.start()]):
        return term_start_year(doc, pos)  # under the heading naming the term, or after the text names it
    return None


def _year_start_compared(right: str) -> re.Match[str] | None:
    """ "so với đầu năm" in the words after a figure, no other comparison before it: where it stands."""
    m = vocabulary().compared_year_start.search(right)
    return m if m is not None and not vocabulary().comparison.found(right[:m.start()]) else None


def later_year_start(c: Context) -> bool:
    """The figure is compared with the start of its year, named by no year ("so với đầu năm"): for a target of a
    later year than the report's, that year's start."""
    m = _year_start_compared(c.right)
    return m is not None and not c.right[m.end():].lstrip()[:1].isdigit()


def _against_the_period_before(right: str) -> bool:
    """ "so với tháng trước" right after the number: compared with the period just before, which has no
    base code (not the base an earlier comparison of the clause names)."""
    v = vocabulary()
    right = right.lstrip()
    return bool((w := v.comparison.starting(right)) and v.tables.previous_period.starting(right[len(w):].lstrip()))


def _end_of_the_year_before(doc: Document, right: str, year: str) -> str | None:
    """ "tăng 15 cơ sở và 906 buồng so với đầu năm 2025" in a text of 2025: the start of the report's own year named
    (``year`` the base read from ``right``) is the level at the end of the year before, as a bare "so với đầu năm"
    is: that year. The start of an earlier year ("so với đầu năm 2023" in 2024, a survey against the one before)
    and "so với năm 2025" keep their year; the start of a later year a target names ("tăng 16-18% so với đầu năm 2014"
    in a text of 2013) is the end of the year before it. None for the usual base."""
    if not doc.year or not year.isdigit() or int(year) < doc.year \
            or not (m := vocabulary().compared_year.search(right)) \
            or not vocabulary().compared_year_start.match(right, m.start()):
        return None  # the usual answer
    return str(int(year) - 1)
