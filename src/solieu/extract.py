"""Text to figures: every quantity a report states, with what it measures.

The extractor scans the text for digit runs, sets aside what is not a quantity
(dates, years, document numbers, labels, names), reads the number expression
(ranges ``3-4%``, ``A/B`` forms, scale words, units, rates) and then reads the words
around it for the qualifier, the kind of figure, its base, its role and its subject.
Every word it reads is in ``schemas/vocabulary.yaml``: the rules here are shapes of
Vietnamese report prose, not sentences of one report.

>>> df = extract("Tổng thu ngân sách đạt 1.178 tỷ đồng, tăng 6,2% so với năm 2021.")
>>> df[["surface", "value", "unit", "kind"]].values.tolist()
[['1.178', 1178000000000.0, 'VND', 'amount'], ['6,2%', 6.2, 'percent', 'growth']]
>>> df["base"].tolist()[1]
'2021'
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from solieu import SCHEMAS
from solieu.config import load
from solieu.numbers import NumberError, parse_number

FIGURE_COLUMNS = [
    "figure_id", "source_id", "start", "end", "surface", "value", "value_max",
    "denominator", "unit", "counted", "qualifier", "kind", "direction", "base", "role",
    "subject", "sentence",
]

VOCABULARY = SCHEMAS / "vocabulary.yaml"

NUM = r"\d+(?:[.,]\d+)*"
_NUMBER = re.compile(NUM)
_SENTENCE_END = re.compile(r"[.;!?…][\"”’)\]]*\s+|\n+")
_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?!\d)|(\d{1,2})/(\d{4})(?!\d)")
_DAY_MONTH = re.compile(r"([12]?\d|3[01])/(0?[1-9]|1[0-2])(?!\d|[/,.]\d|\s*%)")
_FULL_STOP = re.compile(r"[.!?…]\s")
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,200})\)")
_PAIR = re.compile(r"\s*(?:và|hoặc)\s+(" + NUM + r")")
_AGE_AFTER = re.compile(r"(?:(?:đến|-|–)\s*\d+\s*)?tuổi\b")
_DOC_NUMBER = re.compile(r"\d+/\d{4}/[A-ZĐ]")
_GLUED_CODE = re.compile(r"[-/]\s?[A-ZĐ]|[A-ZĐ]")  # "87-KH/TU", "06/NQ-HĐND", "4G"
_RANGE = re.compile(r"(\s?%)?\s*[-–—]\s*(" + NUM + r")(?!\s*/)|(\s?%)?\s+(?:đến|tới)\s+(" + NUM + ")")
_SLASH = re.compile(r"/(" + NUM + r")(?![\d/])")
_PERCENT = re.compile(r"\s?%")
_NOUN_FRACTION = re.compile(r"/(" + NUM + r")(?![\d/])\s*([^\W\d_]+(?: [^\W\d_]+)*)?")
_WORDS_TO_SLASH = re.compile(r"(?: [^\W\d_]+){1,6}(?=/)")
_YEAR_CHAIN = re.compile(r"\s*[-–]\s*\d{4}(?!\d)")
_CHAIN = re.compile(r"(?:\s*[,/–-]\s*|\s+và\s+)" + NUM)
_WORD_RUN = re.compile(r"(?:\s*[^\W\d_]+){1,5}")
_LETTERS = re.compile(r"[^\W\d_]+")
_COORDINATED = re.compile(r",\s([^\W\d_]+(?: [^\W\d_]+)?)(?=[,.;:)]|\s(?:với|trên|của|tại|được)\b|$)")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”]|(?<!\d)\s[-–]\s(?!\d)")
_BRACKETS = re.compile(r"\([^()]*\)")
_YEAR_AFTER_NAM = re.compile(r"ăm (\d{4})\b")  # "năm 2022", "Năm 2022"
# A year compared with, priced at or bounding a period is not the year a report is about.
# Before "năm YYYY": a year named as a base or a bound, not as the time of a figure. Unlike
# the pattern below, "đến năm 2030" stays: it names when a target is for.
_NOT_THE_PERIOD = re.compile(r"(?:so với|so sánh|giai đoạn|từ|cuối|đầu)[^\d]{0,8}n$")
_OTHER_YEAR_BEFORE = re.compile(r"(?:so với|so sánh|giai đoạn|đến|từ) [Nn]$")
_SECTION_HEAD = re.compile(r"^(?:phần\s+[ivxlc\d]+[.:]?\s*)?(?:(?:[ivxlc]+|[a-zđ]|\d+)[.):]\s*)?")
_SO_VOI_YEAR = re.compile(r"(?:so với|lần) (?:[^\d,;()]{0,25}?)năm (\d{4})")  # "so với Tết năm 2023"
_LIST_MARK = re.compile(r"[.)]\s")
_LEADING_JUNK = re.compile(r"^(?:trong đó|trong năm \d{4}|và|với|gồm)\s*[:,]?\s*|^/?\s*(?:kh|kế hoạch)\b|^/",
                           re.I)
_TRAILING_COMPARISON = re.compile(r"\s*so với .*$", re.I)
_HAS_LETTER = re.compile(r"[^\W\d_]")


class Words:
    """A word list matched as whole words, on lowercased text; longest phrase first."""

    def __init__(self, words: Iterable[Any]) -> None:
        self.words = tuple(sorted({str(w).lower() for w in words}, key=len, reverse=True))
        alt = "|".join(re.escape(w) for w in self.words) or "(?!)"
        # Endings are matched on the reversed text: one anchored match, not a search.
        rev = "|".join(re.escape(w[::-1]) for w in self.words) or "(?!)"
        self._end = re.compile(rf"(?:{rev})(?!\w)")
        self._start = re.compile(rf"(?:{alt})(?!\w)")
        self._any = re.compile(rf"(?<!\w)(?:{alt})(?!\w)")

    def ending(self, text: str) -> str | None:
        """The phrase ``text`` ends with, as whole words."""
        m = self._end.match(text[:-61:-1])
        return m.group()[::-1] if m else None

    def starting(self, text: str) -> str | None:
        m = self._start.match(text)
        return m.group() if m else None

    def found(self, text: str) -> str | None:
        m = self._any.search(text)
        return m.group() if m else None

    def last(self, text: str) -> int:
        """Where the last phrase of the list starts in ``text``, or -1."""
        starts = [m.start() for m in self._any.finditer(text)]
        return starts[-1] if starts else -1

    def __add__(self, other: Words) -> Words:
        return Words(self.words + other.words)


class Vocabulary:
    """schemas/vocabulary.yaml, compiled for matching."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.scales = {k.lower(): float(v) for k, v in raw["scales"].items()}
        self.units = {k.lower(): v for k, v in raw["units"].items()}
        self.per = {k.lower(): v for k, v in raw["per"].items()}
        per_alt = "|".join(re.escape(w) for w in sorted(self.per, key=len, reverse=True))
        self.per_pattern = re.compile(rf"/({per_alt})(?:/({per_alt}))?(?!\w)")
        self.scale_words = Words(self.scales)
        self.not_scales = Words(raw["not_scales"])
        self.money = {k.lower(): float(v) for k, v in raw["money_abbreviations"].items()}
        self.money_words = Words(self.money)
        self.unit_words = Words(self.units)
        self.unit_words_not_year = Words(u for u in self.units if u != "năm")
        self.qualifiers = _named_endings(raw["qualifiers"])
        self.qualifiers_after = {name: Words(ws) for name, ws in raw["qualifiers_after"].items()}
        self.any_qualifier = Words(w for ws in raw["qualifiers"].values() for w in ws)
        self.verbs = Words(raw["verbs"])
        self.decrease = Words(raw["decrease"])
        self.change = Words(raw["increase"]) + self.decrease
        self.to_level = Words(raw["to_level"])
        self.adverbs = Words(raw["adverbs"])
        self.now_words = Words(raw["now_words"])
        self.ratio_words = Words(raw["ratio_words"])
        self.growth_words = Words(raw["growth_words"])
        self.bases = [(Words([phrase]), str(base)) for phrase, base in raw["bases"]]
        self.rate_words = Words(raw["rate_words"])
        self.plan_markers = Words(raw["plan_markers"])
        self.plan_markers_anywhere = Words(raw["plan_markers_anywhere"])
        self.plan_gap = self.verbs + self.any_qualifier + Words(raw["plan_gap"])
        self.plan_section = Words(raw["plan_section"])
        self.target_words = Words(raw["target_words"])
        self.labels = Words(raw["labels"])
        self.weak_labels = Words(raw["weak_labels"])
        self.not_after = Words(raw["not_after"])
        self.age_bounds = Words(raw["age_bounds"])
        self.street_words = Words(raw["street_words"])
        self.counted_stop = set(Words(raw["counted_stop"]).words)
        self.classifiers = set(Words(raw["classifiers"]).words)
        self.year_range = tuple(raw["year_range"])
        # Words a subject never ends with: verbs, qualifiers and connectives.
        self.subject_trim = self.verbs + self.any_qualifier + Words(raw["connectives"])


def _named_endings(groups: dict[str, Any]) -> re.Pattern[str]:
    """One regex whose matching group's name says which list's phrase ends the text."""
    alts = [f"(?P<{name}>{'|'.join(re.escape(w[::-1]) for w in Words(ws).words)})"
            for name, ws in groups.items()]
    return re.compile(rf"(?:{'|'.join(alts)})(?!\w)")  # matched on the reversed text


@cache
def vocabulary() -> Vocabulary:
    return Vocabulary(load(VOCABULARY, "vocabulary"))


def extractor_version() -> str:
    """A hash of the extractor's code and vocabulary: a cache key for extraction results."""
    h = hashlib.sha256()
    for path in (Path(__file__), Path(__file__).with_name("numbers.py"), VOCABULARY):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class _Figure:
    start: int
    end: int
    value: float
    value_max: float | None = None
    denominator: float | None = None
    unit: str = "count"
    counted: str | None = None
    qualifier: str = "exact"
    kind: str = "count"
    direction: str | None = None  # "up" or "down" for a growth or change: the value is as written
    base: str | None = None
    role: str = "actual"
    subject: str | None = None
    tail: int = 0  # end of the expression with its unit and counted noun
    scale: float = 1.0
    unit_word: str | None = None  # as written: "năm", "tuổi", "ha"
    per: bool = False  # a rate: "đồng/người/năm"
    rate: bool = False  # what it measures is itself a rate or share ("tỷ lệ hộ nghèo")


# ------------------------------------------------------------------------ the scan


def _parse(surface: str) -> float:
    try:
        return parse_number(surface)
    except NumberError:
        # Writers slip into English decimals ("12.5"): a lone dot before 1-2 or 4+
        # digits cannot be grouping, so it is read as a decimal point.
        if re.fullmatch(r"\d+\.(?:\d{1,2}|\d{4,})", surface):
            return float(surface)
        raise


def _scan(text: str) -> list[_Figure]:
    """Every number expression that states a quantity, with its value and unit."""
    figures: list[_Figure] = []
    pos = 0
    while m := _NUMBER.search(text, pos):
        s, e = m.span()
        token = m.group()
        pos = e
        if _not_a_figure(text, s, e, token):
            # "mức độ 3, 4" or "2021 - 2025": the label or period runs on.
            chain_re = _YEAR_CHAIN if len(token) == 4 else _CHAIN
            while (chain := chain_re.match(text, e)) and not _unit_after(text, chain.end()):
                pos = e = chain.end()
            continue
        try:
            f = _Figure(start=s, end=e, value=_parse(token))
        except NumberError:
            continue
        percent = _read_range(text, f, token)
        if f.value_max is None and (slash := _SLASH.match(text, f.end)):
            f.denominator = _parse(slash.group(1))
            f.end = slash.end()
        if tail := _PERCENT.match(text, f.end):
            f.end, percent = tail.end(), True
        _read_unit(text, f, percent)
        if f.unit == "count" and not f.counted and (pair := _PAIR.match(text, f.end)):
            # "tăng lần lượt 4,1 và 6,8 điểm phần trăm": the unit after B is A's too.
            partner = _Figure(start=pair.start(1), end=pair.end(1), value=0.0)
            _read_unit(text, partner, bool(_PERCENT.match(text, pair.end(1))))
            if partner.unit != "count":
                f.unit, f.scale, f.per, f.unit_word = partner.unit, partner.scale, partner.per, partner.unit_word
        if f.denominator is None and f.unit == "count" and f.counted:
            _read_noun_fraction(text, f)
        f.value *= f.scale
        if f.value_max is not None:
            f.value_max *= f.scale
        figures.append(f)
        pos = max(f.end, pos)
    return figures


def _not_a_figure(text: str, s: int, e: int, token: str) -> bool:
    """A year, date, document number, label, name or list marker."""
    v = vocabulary()
    prev = text[s - 1] if s else " "
    nxt = text[e] if e < len(text) else " "
    # Names with digits: "Covid-19", "QL6", "H2O"; codes: "87-KH/TU", "4G".
    if prev.isalpha() or (prev in "-." and s >= 2 and text[s - 2].isalpha()):
        return True
    if _GLUED_CODE.match(text, e):
        return True
    if (date := _DATE.match(text, s)) and not _PERCENT.match(text, date.end()):
        d, mth, y, mm, yy = date.groups()
        if d and 1 <= int(d) <= 31 and 1 <= int(mth) <= 12:
            return True
        if mm and 1 <= int(mm) <= 12 and 1900 <= int(yy) <= 2100:
            return True
    if (day := _DAY_MONTH.match(text, s)) and int(day.group(1)) > int(day.group(2)):
        return True  # "15/8" (a day and month): a count is never more than its total
    lo, hi = v.year_range
    if len(token) == 4 and token.isdigit() and lo <= int(token) <= hi and not _unit_after(text, e):
        return True
    # List numbers and footnotes: "(1)", "[3]", "1." at a line start.
    if (prev == "(" and nxt == ")") or (prev == "[" and nxt == "]"):
        return True
    line_start = s == 0 or text[s - 1] == "\n" or text[max(0, s - 2):s] in ("\n ", "\n-")
    if line_start and _LIST_MARK.match(text, e):
        return True
    if _DOC_NUMBER.match(text, s):  # "100/2019/NĐ-CP"
        return True
    before = text[max(0, s - 40):s].lower().rstrip(" .")
    label_before = before[:-3].rstrip() if before.endswith(" số") else before  # "Nghị định số 100"
    if token.isdigit() and v.labels.ending(label_before):
        return not _unit_after(text, e)
    after = text[e:e + 30].lower().lstrip()
    if token.isdigit() and _after_a_name(text, s) and not _unit_after(text, e):
        # "chợ Ninh Kiều 2", "Khu công nghiệp Trà Nóc 1": a name, unless a noun is counted.
        if (counted := _counted(text, e)[0]) is None or counted[0].isupper():
            return True
    if token.isdigit() and v.weak_labels.ending(before) and not _unit_after(text, e):
        # "cơn bão số 3", "khu phố 5", "số 27 Hàn Mặc Tử": a name or an address, unless a
        # counted noun follows ("tổng số 35 dự án").
        counted = _counted(text, e)[0]
        return counted is None or counted[0].isupper() or bool(v.street_words.starting(counted.lower()))
    if _AGE_AFTER.match(after) and v.age_bounds.ending(before):
        return True  # "trẻ dưới 1 tuổi", "từ 1 đến 5 tuổi" bound a group; "tuổi thọ 73,5 tuổi" is a figure
    return bool(v.not_after.starting(after))


def _after_a_name(text: str, s: int) -> bool:
    """The word before the number is capitalised and does not open its sentence."""
    if s < 2 or text[s - 1] != " " or not text[s - 2].isalpha():
        return False  # the usual case, decided without splitting words
    words = text[max(0, s - 60):s].split()
    if len(words) < 2:
        return False
    word = words[-1]
    return word[0].isupper() and not word.isupper() and word.isalpha() and words[-2][-1] not in ".!?:;"


def _unit_after(text: str, e: int) -> bool:
    v = vocabulary()
    right = text[e:e + 20].lower().lstrip()
    if v.not_scales.starting(right):
        return False  # "năm 2024 tỷ lệ …": a word, not the scale tỷ
    return right.startswith("%") or bool(
        v.scale_words.starting(right) or v.unit_words_not_year.starting(right))


def _read_range(text: str, f: _Figure, token: str) -> bool:
    """``3-4%``, ``2.000-2.100``, ``55 - 56``, ``từ 3 đến 5``; True if a % stood inside."""
    rng = _RANGE.match(text, f.end)
    if not rng:
        return False
    hi_text = rng.group(2) or rng.group(4)
    try:
        hi = _parse(hi_text)
    except NumberError:
        return False
    if hi <= f.value or (len(token) == 4 and len(hi_text) == 4 and token.isdigit()):
        return False  # "QL 6 - 2", "2021 - 2025": not a range of one quantity
    f.value_max, f.end = hi, rng.end()
    return bool(rng.group(1) or rng.group(3))


def _read_unit(text: str, f: _Figure, percent: bool) -> None:
    """Scale word, unit, rate and counted noun after the number expression."""
    v = vocabulary()
    if percent:
        f.unit, f.tail = "percent", f.end
        return
    pos = f.end
    right = text[pos:pos + 40].lower()
    gap = len(right) - len(right.lstrip(" "))
    if abbr := v.money_words.starting(right[gap:]):  # "4.500 tr.đ", "3.200 trđ"
        f.scale, f.unit, f.tail = v.money[abbr], "VND", pos + gap + len(abbr)
        return
    # Scale words multiply: "21,5 nghìn tỷ đồng" is 21,5 × 1e3 × 1e9.
    while (scale := v.scale_words.starting(right[gap:])) and not v.not_scales.starting(right[gap:]):
        f.scale *= v.scales[scale]
        pos += gap + len(scale)
        right = text[pos:pos + 40].lower()
        gap = len(right) - len(right.lstrip(" "))
    unit_word = v.unit_words.starting(right[gap:])
    if unit_word == "năm" and f.scale != 1.0:
        unit_word = None  # "triệu năm" is no duration
    if unit_word in ("%", "phần trăm"):
        f.unit, f.tail = "percent", pos + gap + len(unit_word)
        if unit_word == "%":
            f.end = f.tail  # the sign belongs to the number expression, the word does not
        return
    if not unit_word:
        f.unit = "count"
        f.counted, f.tail = _counted(text, pos)
        # "38 chuyến/ngày", "1,72 con/phụ nữ": a count per person or per time is a rate.
        if f.counted:
            _read_per(text, f, f.tail)
        return
    f.unit = str(v.units[unit_word])
    f.unit_word = unit_word
    f.tail = pos + gap + len(unit_word)
    # "đồng/người/năm"; "46,5 tấn chất thải rắn/ngày" (the thing between unit and rate)
    if not _read_per(text, f, f.tail) and (gap_words := _WORDS_TO_SLASH.match(text, f.tail)):
        _read_per(text, f, gap_words.end())


def _read_per(text: str, f: _Figure, pos: int) -> bool:
    """A rate's "/người/năm" at ``pos``: append ``_per_…`` to the unit; True if read."""
    m = vocabulary().per_pattern.match(text[pos:pos + 40].lower())
    if not m:
        return False
    per = vocabulary().per
    names = [str(per[p]) for p in m.groups() if p]
    # DESIGN's order: per person (or household), then per area, then per time.
    order = {"person": 0, "household": 0, "ha": 1}
    names.sort(key=lambda n: order.get(n, 2))
    f.unit += "".join(f"_per_{n}" for n in names)
    f.tail, f.per = pos + m.end(), True
    return True


def _counted(text: str, pos: int) -> tuple[str | None, int]:
    """The noun phrase counted after a number: "chi bộ", "tổ chức, cá nhân"."""
    stops = vocabulary().counted_stop
    run = _WORD_RUN.match(text, pos)  # the words right after, up to 5, in one match
    found = [(m.group(), pos + m.end()) for m in _LETTERS.finditer(run.group())] if run else []
    words: list[str] = []
    end = pos
    for k, (w, w_end) in enumerate(found[:4]):
        if w.lower() in stops or (words and len(w) > 1 and w.isupper()):
            break
        if k + 1 < len(found) and f"{w} {found[k + 1][0]}".lower() in stops:
            break  # two-word stops: "tham gia"
        words.append(w)
        end = w_end
    else:
        if len(words) == len(found) and words and len(words) <= 3:
            # A short coordinated noun after ", " ("tổ chức, cá nhân", "xã, phường").
            c = _COORDINATED.match(text, end)
            if c and c.group(1).split()[0].lower() not in stops:
                words.append(c.group(1))
                end = c.end()
    if not words:
        return None, pos
    return text[pos:end].strip(), end


def _read_noun_fraction(text: str, f: _Figure) -> None:
    """``20 chỉ tiêu/21 chỉ tiêu`` is one A/B figure when the nouns agree and A <= B."""
    m = _NOUN_FRACTION.match(text, f.tail)
    if not m:
        return
    try:
        b = _parse(m.group(1))
    except NumberError:
        return
    noun_b = (m.group(2) or "").lower()
    assert f.counted is not None
    if f.value <= b and (not noun_b or noun_b.startswith(f.counted.lower().split(",")[0])):
        f.denominator, f.end = b, m.end(1)


# --------------------------------------------------------------------- the reading


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + (text[m.start()] != "\n")  # keep the full stop in the sentence
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _years(text: str) -> tuple[int | None, list[tuple[int, int]]]:
    """The year a report is about (the most frequent "năm YYYY", bases aside), and
    every (offset, year) named after "năm"."""
    named, counts = [], Counter[int]()
    for m in _YEAR_AFTER_NAM.finditer(text):
        if m.start() == 0 or text[m.start() - 1] not in "nN":
            continue
        year = int(m.group(1))
        named.append((m.start(), year))
        if not _OTHER_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            counts[year] += 1
    best = counts.most_common(1)  # ties: the year named first
    return (best[0][0] if best else None), named


def _plan_section_start(text: str, year: int | None) -> int:
    """Where a closing section of next year's targets starts (a heading line), else len."""
    v = vocabulary()
    pos = 0
    for line in text.split("\n"):
        low = line.strip().lower()
        # A heading that opens with the words, not a title that names both parts.
        head = _SECTION_HEAD.match(low)
        lead = low[head.end():] if head else low
        if low and v.plan_section.starting(lead):
            years = [int(y) for y in re.findall(r"\b(\d{4})\b", lead[:60])]
            if len(low) <= 160:
                # Next year's, or the rest of this year's ("6 tháng cuối năm 2024").
                if not years or not year or max(years) >= year:
                    return pos
            elif year and years and max(years) > year:
                return pos  # a paragraph "Mục tiêu năm 2024: …; …; …"
        pos += len(line) + 1
    return len(text)


def _blank_brackets(text: str) -> str:
    """``text`` with any closed "(...)" blanked out, offsets kept."""
    if "(" not in text:
        return text
    return _BRACKETS.sub(lambda m: " " * len(m.group()), text)


def _read(text: str, figures: list[_Figure]) -> list[tuple[int, int]]:
    """Fill qualifier, kind, base, role and subject; return each figure's sentence span."""
    v = vocabulary()
    year, named = _years(text)
    plan_from = _plan_section_start(text, year)
    sentences = _sentences(text)
    # Where a later year than the report's is named: a sentence with one may set targets.
    later = [pos for pos, y in named if year and y > year]
    spans = []
    si = -1
    ss = se = 0
    prev: _Figure | None = None
    target = False
    for i, f in enumerate(figures):
        if f.start >= se:
            while si + 1 < len(sentences) and (si < 0 or sentences[si][1] <= f.start):
                si += 1
            ss, se = sentences[si]
            prev = None
            k = bisect_left(later, ss)
            target = k < len(later) and later[k] < se and _sets_targets(text[ss:se].lower())
        spans.append((ss, se))
        lo = max(ss, prev.tail) if prev else ss
        window = _blank_brackets(text[lo:f.start])
        clause = window[_clause_start(window):]
        left = clause.lower().strip()
        nxt = min(se, figures[i + 1].start) if i + 1 < len(figures) else se
        right = _CLAUSE_BREAK.split(text[f.end:nxt].lower(), maxsplit=1)[0]

        f.qualifier = _qualifier(left, text[f.tail:f.tail + 20].lower().lstrip())
        if f.qualifier == "over" and _lists_exactly(text, f):
            f.qualifier = "exact"  # "trên 04 trụ cột (a, b, c, d)": "trên" means "on" here
        head = _strip(left, v.any_qualifier)
        starting_level = False
        if head.endswith(" từ"):
            head = head[:-3]
            # "tăng từ 5 đến 7%" is a range of the change; in "giảm từ 27 hộ xuống còn 21 hộ"
            # the 27 is where it started: context for the 21.
            starting_level = f.value_max is None
        head = _strip(head, v.adverbs)  # "tăng lần lượt 4,1 và 6,8"
        to_level = v.to_level.ending(head)
        change = v.change.ending(head[: len(head) - len(to_level)].rstrip() if to_level else head)
        if (to_level or starting_level) and change:
            change = None  # "giảm còn 7,16%": the new level, not the change
        elif not to_level and not change and (lead := v.change.starting(left)):
            # "Giảm tỷ lệ hộ nghèo 1,5-2%": the change word leads the clause.
            if v.rate_words.starting(left[len(lead):].lstrip()):
                change = lead

        # What a count measures is the thing counted; other figures read their clause.
        subject: str | None
        if f.unit == "count" and f.counted and f.counted.lower() not in v.classifiers:
            subject = f.counted
        else:
            subject = _subject(clause) or _label_before(window) or f.counted
        rate_subject = bool(subject and v.rate_words.found(subject.lower()))
        if not subject and prev is not None and prev.subject:
            subject = prev.subject  # "…đạt 1.178 tỷ đồng, bằng 128% dự toán": same subject
            rate_subject = rate_subject or prev.rate
        if f.unit == "percent" and (noun := _right_noun(text, f.tail)):
            subject = noun  # "0,42% hộ nghèo": the share of what follows
            rate_subject = rate_subject or bool(v.rate_words.found(noun.lower()))
        f.subject = subject

        f.kind = _kind(f, change, right.lstrip(), rate_subject, text[lo:f.start].lower())
        f.rate = rate_subject  # words say it; a share's neighbour may be another quantity
        if f.kind == "change_points":
            f.unit = "percentage_point"
        if f.kind in ("growth", "change", "change_points") and change:
            f.direction = "down" if v.decrease.found(change) else "up"
        if f.kind in ("growth", "change", "change_points", "plan_ratio", "multiple"):
            f.base = _base(right) or _base(_comparison(left)) or _list_base(text, ss, f.start)
            if f.kind == "plan_ratio" and f.base is None:
                f.base = "plan"

        segment = _segment(text, ss, f.start)
        when = _year_named(segment, year)
        if f.kind == "other":
            f.role = "context"  # a rating, an anniversary, a road named by its width
        elif f.start >= plan_from:
            f.role = "plan"
        elif _is_target(left) and not v.ratio_words.starting(right.lstrip()):
            f.role = "plan"  # "…/KH tăng 3-4%", "mục tiêu đạt 80%", "phấn đấu … 8%"
        elif target or when == "later" or _bracketed_target(segment):
            f.role = "plan"  # "đến năm 2030 đón 10-12 triệu lượt", "chỉ tiêu Nghị quyết (92,5%)"
        elif (starting_level or when == "earlier" or "kỷ niệm" in left
              or left.endswith("sau")):
            f.role = "context"  # "(năm 2020 là 73,9 tuổi)", "năm 2019 đón 4,7 triệu lượt"
        prev = f
    return spans


def _lists_exactly(text: str, f: _Figure) -> bool:
    """A count followed by a bracket that names exactly that many things."""
    m = _BRACKET_AFTER.match(text, f.tail)
    return bool(m and f.unit == "count" and len(re.split(r",|;| và ", m.group(1))) == f.value)


def _list_base(text: str, ss: int, start: int) -> str | None:
    """ "Sản lượng 9 tháng so với cùng kỳ: thủy sản tăng 6,2%; gạo tăng 3,8%": a base named
    before a colon covers each item of the list after it, up to the end of its line."""
    line_start = text.rfind("\n", 0, start) + 1
    stops = [m.end() for m in _FULL_STOP.finditer(text, line_start, start)]
    head, colon, _ = text[stops[-1] if stops else line_start:start].rpartition(":")
    return _base(_comparison(head.lower())) if colon else None


def _segment(text: str, ss: int, start: int) -> str:
    """The part of a sentence before a number, after its last ";" or ")" (lowercased)."""
    part = text[ss:start].lower()
    return part[max(part.rfind(";"), part.rfind(")")) + 1:]


def _year_named(segment: str, year: int | None) -> str | None:
    """ "earlier" or "later" if the words before a number name a year other than the
    report's (not a base: "so với năm 2021", "giá so sánh năm 2010")."""
    if not year or "ăm " not in segment:
        return None
    # The last time named before the number speaks for it: "năm 2023 … và năm nay ước đạt".
    last, named = -1, year
    for m in _YEAR_AFTER_NAM.finditer(segment):
        if m.start() == 0 or segment[m.start() - 1] != "n":
            continue
        if _NOT_THE_PERIOD.search(segment, max(0, m.start() - 14), m.start()):
            continue
        last, named = m.start(), int(m.group(1))
    now = vocabulary().now_words.last(segment)
    if last < 0 or now > last or named == year:
        return None
    return "earlier" if named < year else "later"


def _bracketed_target(segment: str) -> bool:
    """ "vượt 0,6% chỉ tiêu Nghị quyết (92,5%)": a number in brackets after a target word."""
    if "(" not in segment:
        return False
    head, bracket, inside = segment.rpartition("(")
    return bool(bracket) and not _HAS_LETTER.search(inside) and bool(
        vocabulary().plan_markers.found(head[-30:]))


def _is_target(left: str) -> bool:
    """A plan marker right before the number (verbs aside), or "phấn đấu" in its clause."""
    v = vocabulary()
    return bool(v.plan_markers.ending(_strip(left, v.plan_gap).rstrip(" /:"))
                or v.plan_markers_anywhere.found(left))


def _clause_start(left: str) -> int:
    """Where the clause ending ``left`` starts: after its last break."""
    # The break pattern reads the same reversed, and the first break in the reversed
    # text is the last one in the text.
    m = _CLAUSE_BREAK.search(left[::-1])
    return len(left) - m.start() if m else 0


def _strip(phrase: str, words: Words) -> str:
    """``phrase`` without any of ``words`` at its end (repeatedly)."""
    out = phrase.rstrip(" ,:")
    while w := words.ending(out.lower()):
        out = out[: len(out) - len(w)].rstrip(" ,:")
    return out


def _qualifier(left: str, after: str) -> str:
    """From the words right before the number, maybe with verbs between, or after it."""
    v = vocabulary()
    for hop in range(3):
        # Across a verb only an estimate qualifies ("ước tăng 8,31%"): in "tuyến trên giảm
        # còn 2,4%" the "trên" is part of a noun.
        if (m := v.qualifiers.match(left[:-41:-1])) and (hop == 0 or m.lastgroup == "estimated"):
            return str(m.lastgroup)
        verb = v.verbs.ending(left)
        if not verb:
            break
        left = left[: len(left) - len(verb)].rstrip()
    for name, words in v.qualifiers_after.items():
        if words.starting(after):
            return str(name)
    return "exact"


def _comparison(left: str) -> str:
    """The "so với ..." phrase of a clause, if it stands before the number."""
    i = left.find("so với ")
    return left[i:] if i >= 0 else ""


def _sets_targets(sentence: str) -> bool:
    """A sentence naming a later year sets targets if it says so ("phấn đấu", "mục tiêu")."""
    return bool(vocabulary().target_words.found(sentence))


def _subject(clause: str) -> str | None:
    """The phrase a figure measures: its clause before the number, less verbs and qualifiers."""
    s = _strip(" ".join(clause.split()), vocabulary().subject_trim)
    s = _TRAILING_COMPARISON.sub("", _LEADING_JUNK.sub("", s)).strip(" ,;:-–+(")
    return s if _HAS_LETTER.search(s) else None


def _label_before(window: str) -> str | None:
    """ "+ Thương mại - dịch vụ: 782,4 tỷ đồng": the label a colon puts before a figure."""
    head, colon, tail = window.rpartition(":")
    if not colon or _HAS_LETTER.search(tail):
        return None
    label = re.split(r"[;:\n]", head)[-1]  # " - " and "," stay inside a label
    return _subject(label.lstrip(" -+•*"))


def _right_noun(text: str, end: int) -> str | None:
    noun, _ = _counted(text, end)
    if noun and not vocabulary().ratio_words.starting(noun.lower()):
        return noun
    return None


def _kind(f: _Figure, change: str | None, after: str, rate_subject: bool, left: str) -> str:
    v = vocabulary()
    if f.unit == "times":
        return "multiple"
    if f.denominator is not None:
        return "progress"
    if f.unit_word == "tuổi":
        return "amount"  # "tuổi thọ trung bình 74,6 tuổi": an age is a level in years
    if f.unit in ("year", "star") or (f.unit == "m" and left.rstrip().endswith("đường")):
        return "other"  # an anniversary, a rating, a road named by its width
    if f.per:
        return "rate"
    if f.unit == "percentage_point":
        return "change_points"
    if f.unit == "percent":
        if change:
            return "change_points" if rate_subject else "growth"
        if v.growth_words.found(left):
            return "growth"
        if v.ratio_words.starting(after) or after.startswith("so với"):
            return "plan_ratio"
        return "share"
    if change:
        return "change"
    return "count" if f.unit == "count" else "amount"


def _base(right: str) -> str | None:
    """What a comparison is made with, from the words after the number."""
    if right.lstrip().startswith("/"):  # "8,31%/KH tăng 3-4%": what follows is the target
        return None
    if y := _SO_VOI_YEAR.search(right):
        return y.group(1)
    for words, base in vocabulary().bases:
        if words.found(right):
            return base
    return None


# -------------------------------------------------------------------------- public


def extract(text: str, source_id: str = "text") -> pd.DataFrame:
    """The figures table of one NFC text: one row per figure, in text order."""
    figures = _scan(text)
    spans = _read(text, figures)
    rows = [
        (f"{source_id}-{n:04d}", source_id, f.start, f.end, text[f.start:f.end], f.value,
         f.value_max, f.denominator, f.unit, f.counted if f.unit == "count" else None,
         f.qualifier, f.kind, f.direction, f.base, f.role, f.subject, text[ss:se].strip())
        for n, (f, (ss, se)) in enumerate(zip(figures, spans, strict=True), 1)
    ]
    return _frame(rows)


def _frame(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    """Rows to the figures table, typed column by column (much faster than by records)."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(FIGURE_COLUMNS)
    data = {}
    for name, col in zip(FIGURE_COLUMNS, columns, strict=True):
        if name in ("start", "end"):
            data[name] = np.array(col, dtype="int64")
        elif name in ("value", "value_max", "denominator"):
            data[name] = np.array([np.nan if x is None else x for x in col], dtype="float64")
        else:
            data[name] = np.array(col, dtype=object)
    return pd.DataFrame(data, columns=FIGURE_COLUMNS)


def render(figures: pd.DataFrame, fmt: str) -> str:
    """The figures table as CSV, JSON (records) or a readable terminal table."""
    if fmt == "csv":
        return str(figures.to_csv(index=False, lineterminator="\n"))
    if fmt == "json":
        records = figures.astype(object).where(figures.notna(), None).to_dict("records")
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if figures.empty:
        return "(no figures found)\n"
    cols = ["figure_id", "surface", "value", "unit", "qualifier", "kind", "direction", "base", "role", "subject"]
    shown = figures[cols].astype(object).where(figures[cols].notna(), "")
    shown["value"] = figures["value"].map(lambda x: f"{x:,.10g}")
    shown["subject"] = shown["subject"].map(lambda s: s if len(s) <= 40 else s[:39] + "…")
    return str(shown.to_string(index=False)) + f"\n{len(shown)} figures\n"
