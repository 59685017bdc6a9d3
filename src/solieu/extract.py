"""Text to figures: every quantity a report states, with what it measures.

The extractor scans the text for digit runs, throws out what is not a quantity
(dates, years, document numbers, labels, names), reads the number expression
(ranges ``3-4%``, ``A/B`` forms, scale words, units, rates) and then reads the words
around it for the qualifier, the kind of figure, its base, its role and its subject.
Every word it reads is in ``schemas/vocabulary.yaml``: the rules here are shapes of
Vietnamese report prose, not sentences of one report.

>>> df = extract("Tổng thu ngân sách đạt 1.178 tỷ đồng, tăng 6,2% so với năm 2021.")
>>> df[["surface", "value", "unit", "kind", "base"]].values.tolist()
[['1.178', 1178000000000.0, 'VND', 'amount', None], ['6,2%', 6.2, 'percent', 'growth', '2021']]
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from solieu import SCHEMAS
from solieu.numbers import NumberError, parse_number

FIGURE_COLUMNS = [
    "figure_id", "source_id", "start", "end", "surface", "value", "value_max",
    "denominator", "unit", "counted", "qualifier", "kind", "base", "role",
    "subject", "sentence",
]

VOCABULARY = SCHEMAS / "vocabulary.yaml"
NUM = r"\d+(?:[.,]\d+)*"
_NUMBER = re.compile(NUM)
_WORD = re.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*|%|/|\d+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.;!?…])[\"”’)\]]*\s+|\n+")
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4}(?!\d)|\d{1,2}\.\d{1,2}\.\d{4}")
_DOC_NUMBER = re.compile(r"\d+[-/]?\s?(?:[A-ZĐ][A-ZĐa-zđ]*[-/]?)+")
_RANGE = re.compile(r"(\s*%)?\s*[-–—]\s*(" + NUM + r")(?!\s*/)|(\s*%)?\s+(?:đến|tới)\s+(" + NUM + ")")
_SLASH = re.compile(r"/(" + NUM + r")(?![\d/])")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”]|\s-\s|\s–\s")


@dataclass(frozen=True)
class Vocabulary:
    """The word lists of schemas/vocabulary.yaml, ready for matching."""

    raw: dict[str, Any]

    def words(self, key: str) -> list[str]:
        # Longest first, so "ước đạt" wins over "ước".
        return sorted((w.lower() for w in self.raw[key]), key=len, reverse=True)


@cache
def vocabulary() -> Vocabulary:
    return Vocabulary(yaml.safe_load(VOCABULARY.read_text(encoding="utf-8")))


def extractor_version() -> str:
    """A hash of the extractor's code and vocabulary: a cache key for extraction results."""
    h = hashlib.sha256()
    for path in (Path(__file__), Path(__file__).with_name("numbers.py"), VOCABULARY):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------------------- helpers


def _ends_with(left: str, phrases: list[str]) -> str | None:
    """The phrase (of ``phrases``) that ``left`` ends with, as whole words."""
    for p in phrases:
        if left.endswith(p) and (len(left) == len(p) or not left[-len(p) - 1].isalnum()):
            return p
    return None


def _starts_with(right: str, phrases: list[str]) -> str | None:
    for p in phrases:
        if right.startswith(p) and (len(right) == len(p) or not right[len(p)].isalnum()):
            return p
    return None


def _contains(text: str, phrases: list[str]) -> str | None:
    for p in phrases:
        for m in re.finditer(re.escape(p), text):
            a, b = m.start(), m.end()
            if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
                return p
    return None


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _report_year(text: str) -> int | None:
    """The year a report is about: the most frequent year after "năm"."""
    years = Counter(int(y) for y in re.findall(r"[Nn]ăm (\d{4})\b", text))
    return years.most_common(1)[0][0] if years else None


def _plan_sections(text: str, year: int | None) -> list[int]:
    """Offsets where a section of next year's targets starts (a short heading line)."""
    v = vocabulary()
    starts = []
    pos = 0
    for line in text.split("\n"):
        low = line.strip().lower()
        if 0 < len(low) <= 160 and _contains(low[:80], v.words("plan_section")):
            ys = [int(y) for y in re.findall(r"\b(\d{4})\b", low)]
            ahead = "năm tới" in low or "năm sau" in low
            if ahead or (year is not None and any(y > year for y in ys)):
                starts.append(pos)
        pos += len(line) + 1
    return starts


def _parse(surface: str) -> float:
    try:
        return parse_number(surface)
    except NumberError:
        # Writers slip into English decimals ("12.5"); a lone dot before 1-2 or 4+
        # digits cannot be grouping, so read it as a decimal point.
        if re.fullmatch(r"\d+\.\d{1,2}|\d+\.\d{4,}", surface):
            return float(surface)
        raise


def _strip_words(phrase: str, words: list[str]) -> str:
    """Strip any of ``words`` from the end of ``phrase`` (repeatedly)."""
    low = phrase.lower()
    while True:
        p = _ends_with(low.rstrip(" ,:"), words)
        if not p:
            return phrase.rstrip(" ,:")
        cut = len(low.rstrip(" ,:")) - len(p)
        phrase, low = phrase[:cut].rstrip(), low[:cut].rstrip()


# ---------------------------------------------------------------------------- the scan


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
    base: str | None = None
    role: str = "actual"
    subject: str | None = None
    tail: int = 0  # end of the expression with its unit and counted noun
    scale: float = 1.0


def _is_excluded(text: str, s: int, e: int, token: str) -> bool:
    """Not a figure: a year, date, document number, label, name or list marker."""
    v = vocabulary()
    before = text[max(0, s - 40):s].lower()
    after = text[e:e + 12]
    prev = text[s - 1] if s else " "
    # Names with digits: "Covid-19", "QL6", "H2O".
    if prev.isalpha() or (prev in "-." and s >= 2 and text[s - 2].isalpha()):
        return True
    # A letter glued after in capitals ("4G", "87-KH/TU") is a name or document number.
    if after[:1].isupper() or re.match(r"[-/]\s?[A-ZĐ]", after) or re.match(r"-[A-ZĐ]", after):
        return True
    if _DATE.match(text, s) and not re.match(r"\d+/\d+\s*%", text[s:s + 12]):
        return _date_like(text, s)
    if re.fullmatch(r"\d{4}", token):
        lo, hi = v.raw["year_range"]
        if lo <= int(token) <= hi and not _unit_after(text, e):
            return True
    # List numbers and footnotes: "(1)", "[3]", "1." or "II." at a line start.
    if (prev == "(" and after[:1] == ")") or (prev == "[" and after[:1] == "]"):
        return True
    line_start = s == 0 or text[s - 1] == "\n" or text[max(0, s - 2):s] in ("\n ", "\n-")
    if line_start and re.match(r"[.)]\s", after):
        return True
    left = before.rstrip()
    label = _ends_with(left.rstrip("."), v.words("labels"))
    if label and token.isdigit() and not _unit_after(text, e):
        return True
    if _starts_with(text[e:e + 20].lower().lstrip(), v.words("period_after")) or re.match(
        r"\s*tháng\b", after
    ):
        return True
    return False


def _date_like(text: str, s: int) -> bool:
    m = _DATE.match(text, s)
    assert m
    parts = [int(p) for p in re.split(r"[/.]", m.group())]
    if len(parts) == 3:
        return 1 <= parts[0] <= 31 and 1 <= parts[1] <= 12
    return 1 <= parts[0] <= 12 and 1900 <= parts[1] <= 2100  # month/year


def _unit_after(text: str, e: int) -> bool:
    v = vocabulary()
    right = text[e:e + 20].lower().lstrip()
    return bool(right.startswith("%") or _starts_with(right, list(v.raw["scales"]))
                or _starts_with(right, [u for u in v.words("units") if u != "năm"]))


def _read_unit(text: str, f: _Figure, percent: bool) -> None:
    """Scale words, unit, rate and counted noun after the number expression."""
    v = vocabulary()
    pos = f.end
    if percent:
        f.unit, f.tail = "percent", f.end
    else:
        right = text[pos:pos + 40].lower()
        gap = len(right) - len(right.lstrip(" "))
        scale = _starts_with(right[gap:], list(v.raw["scales"]))
        if scale and not (scale == "tr" and not right[gap + 2:gap + 3] in ".đ "):
            f.scale = float(v.raw["scales"][scale])
            pos += gap + len(scale) + (1 if right[gap + len(scale):].startswith(".") else 0)
            right = text[pos:pos + 40].lower()
            gap = len(right) - len(right.lstrip(" "))
        unit_word = _starts_with(right[gap:], v.words("units"))
        if unit_word == "m" and gap:  # "5 m" is rare; "31m" is the usual shape
            unit_word = None
        if unit_word == "năm" and f.scale != 1.0:
            unit_word = None
        if unit_word and unit_word not in ("%", "phần trăm"):
            f.unit = v.raw["units"][unit_word]
            pos += gap + len(unit_word)
            f.tail = pos
            pers = re.match(r"/([^\W\d_]+(?: [^\W\d_]+)?)(?:/([^\W\d_]+(?: [^\W\d_]+)?))?",
                            text[pos:pos + 30].lower())
            if pers:
                names = [_per(p) for p in pers.groups() if p]
                names = [n for n in names if n]
                if names:
                    order = {"person": 0, "household": 0, "ha": 1}
                    names.sort(key=lambda n: order.get(n, 2))
                    f.unit = f.unit + "".join(f"_per_{n}" for n in names)
                    f.tail = pos + pers.end()
            return
        f.unit = "count"
        f.counted, f.tail = _counted(text, pos)


def _per(word: str) -> str | None:
    per = vocabulary().raw["per"]
    for w in (word, word.split(" ")[0]):
        if w in per:
            return str(per[w])
    return None


def _counted(text: str, pos: int) -> tuple[str | None, int]:
    """The noun phrase counted after a number: "chi bộ", "tổ chức, cá nhân"."""
    v = vocabulary()
    stops = set(v.words("counted_stop"))
    words: list[str] = []
    end = pos
    i = pos
    while len(words) < 5:
        m = re.match(r"\s*([^\W\d_]+)", text[i:i + 30])
        if not m:
            # A short coordinated noun after ", " ("tổ chức, cá nhân", "xã, phường").
            c = re.match(r",\s([^\W\d_]+(?: [^\W\d_]+)?)(?=[,.;:)]|\s(?:với|trên|của|tại|được)\b|$)",
                         text[i:i + 30])
            if words and len(words) <= 3 and c and c.group(1).split()[0].lower() not in stops:
                words.append(text[i:i + c.end()].strip())
                end = i + c.end()
            break
        w = m.group(1)
        if w.lower() in stops or (words and w[0].isupper() and len(words) >= 1 and w.isupper()):
            break
        # Two-word stops ("phục vụ", "tham gia") are checked on the pair.
        nxt = re.match(r"\s*([^\W\d_]+)", text[i + m.end():i + m.end() + 15])
        if nxt and f"{w} {nxt.group(1)}".lower() in stops:
            break
        words.append(w)
        i += m.end()
        end = i
    if not words:
        return None, pos
    return text[pos:end].strip(), end


def _scan(text: str) -> list[_Figure]:
    figures: list[_Figure] = []
    pos = 0
    while True:
        m = _NUMBER.search(text, pos)
        if not m:
            return figures
        s, e = m.span()
        token = m.group()
        pos = e
        if _is_excluded(text, s, e, token):
            # "mức độ 3, 4" or "2021 - 2025": the label or period runs on.
            chain = re.match(r"(?:\s*[,–-]\s*|\s+và\s+)" + NUM, text[e:e + 12])
            while chain and not _unit_after(text, e + chain.end()):
                pos = e = e + chain.end()
                chain = re.match(r"(?:\s*[,–-]\s*|\s+và\s+)" + NUM, text[e:e + 12])
            continue
        try:
            value = _parse(token)
        except NumberError:
            continue
        f = _Figure(start=s, end=e, value=value)
        percent = False
        rng = _RANGE.match(text, e)
        if rng:
            hi_text = rng.group(2) or rng.group(4)
            try:
                hi = _parse(hi_text)
            except NumberError:
                hi = None
            hi_year = re.fullmatch(r"\d{4}", hi_text) and 1900 <= int(hi_text) <= 2100
            if hi is not None and hi > value and not (hi_year and re.fullmatch(r"\d{4}", token)):
                f.value_max, f.end = hi, e + rng.end() - e
                percent = bool(rng.group(1) or rng.group(3))
        slash = _SLASH.match(text, f.end) if f.value_max is None else None
        if slash:
            f.denominator = _parse(slash.group(1))
            f.end = slash.end()
        tail = re.match(r"\s?%", text[f.end:f.end + 3])
        if tail:
            f.end += tail.end()
            percent = True
        _read_unit(text, f, percent)
        if f.denominator is None and f.unit == "count" and f.counted:
            _noun_fraction(text, f)
        f.value *= f.scale
        if f.value_max is not None:
            f.value_max *= f.scale
        figures.append(f)
        pos = max(f.end, pos)


def _noun_fraction(text: str, f: _Figure) -> None:
    """``20 chỉ tiêu/21 chỉ tiêu``: A noun/B noun is one A/B figure when the nouns agree."""
    m = re.match(r"/(" + NUM + r")(?![\d/])\s*([^\W\d_]+(?: [^\W\d_]+)*)?", text[f.tail:f.tail + 60])
    if not m or not m.group(1).isdigit() and "," in m.group(1):
        return
    b = _parse(m.group(1))
    noun_b = (m.group(2) or "").lower()
    assert f.counted is not None
    if f.value <= b and (not noun_b or noun_b.startswith(f.counted.lower().split(",")[0])):
        f.denominator = b
        f.end = f.tail + m.start(1) + len(m.group(1))


# ------------------------------------------------------------------------- the reading


def _clause_start(text: str, lo: int, s: int) -> int:
    """Where the clause holding a number starts: after the last break before it."""
    best = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, s):
        # A comma between two digits is a decimal mark; the scan has skipped those.
        best = m.end()
    return best


def _read(text: str, figures: list[_Figure]) -> None:
    v = vocabulary()
    year = _report_year(text)
    plan_from = _plan_sections(text, year)
    sentences = _sentences(text)
    si = 0
    prev: _Figure | None = None
    prev_sentence = -1
    for i, f in enumerate(figures):
        while si + 1 < len(sentences) and sentences[si][1] <= f.start:
            si += 1
        ss, se = sentences[si]
        if si != prev_sentence:
            prev = None
        prev_sentence = si
        lo = max(ss, prev.tail if prev else ss)
        left_raw = text[lo:f.start]
        cs = _clause_start(_blank_brackets(text, lo, f.start), lo, f.start)
        clause = _blank_brackets(text, cs, f.start)[cs:f.start]
        left = clause.lower().rstrip()
        nxt_start = min(se, figures[i + 1].start) if i + 1 < len(figures) else se
        right = _CLAUSE_BREAK.split(text[f.end:nxt_start].lower(), maxsplit=1)[0]
        after_tail = text[f.tail:se].lower()

        # Qualifier: the words right before the number, maybe with one verb between.
        stripped = left
        verb = _ends_with(stripped, v.words("verbs"))
        q = _qualifier(stripped)
        if q is None and verb:
            q = _qualifier(stripped[: len(stripped) - len(verb)].rstrip())
            if q is None:
                v2 = _ends_with(stripped[: len(stripped) - len(verb)].rstrip(), v.words("verbs"))
                if v2:
                    q = _qualifier(stripped[: len(stripped) - len(verb)].rstrip()[: -len(v2)].rstrip())
        if q is None:
            for name, words in v.raw["qualifiers_after"].items():
                if _starts_with(after_tail.lstrip(), [w.lower() for w in words]):
                    q = name
        f.qualifier = q or "exact"

        # Change words before the number ("tăng 6,2%", "giảm còn 7,16%").
        head = _strip_qualifiers(left)
        to_level = _ends_with(head, v.words("to_level"))
        change_left = head[: len(head) - len(to_level)].rstrip() if to_level else head
        change = _ends_with(change_left, v.words("increase") + v.words("decrease"))
        if to_level and change:
            change = None  # "giảm còn 7,16%": the new level, not the change

        subject = _subject(clause, left_raw)
        rate_subject = bool(_contains(subject.lower(), v.words("rate_words"))) if subject else False
        if not subject and prev is not None and prev.subject:
            subject = prev.subject
            rate_subject = rate_subject or (prev.unit == "percent" and prev.kind == "share")
        right_noun = _right_noun(text, f.end) if f.unit == "percent" else None
        if right_noun:
            subject = right_noun  # "0,42% hộ nghèo": the share of what follows
        elif f.unit == "count" and f.counted:
            subject = f.counted  # what a count measures is the thing counted
        f.subject = subject or f.counted
        if f.unit == "percent" and _contains((f.subject or "").lower(), v.words("rate_words")):
            rate_subject = True

        f.kind = _kind(f, change, right, rate_subject, left)
        if f.kind == "change_points":
            f.unit = "percentage_point"
        if f.kind in ("growth", "change", "change_points", "plan_ratio", "multiple"):
            f.base = _base(right) or _base(_comparison(left))
            if f.kind == "plan_ratio" and f.base is None:
                f.base = "plan"

        # Role.
        sentence = text[ss:se].lower()
        if any(p <= f.start for p in plan_from):
            f.role = "plan"
        elif _contains(left_raw.lower(), v.words("plan_markers")) and not _starts_with(
            right.lstrip(), v.words("ratio_words")
        ):
            f.role = "plan"
        elif year and _future_target(sentence, year):
            f.role = "plan"
        elif f.kind == "other" or "kỷ niệm" in left or re.search(r"\bsau\s*$", left):
            f.role = "context"
        prev = f


def _blank_brackets(text: str, lo: int, hi: int) -> str:
    """``text`` with any closed "(...)" between lo and hi blanked out (offsets kept)."""
    part = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text[lo:hi])
    return text[:lo] + part + text[hi:]


def _comparison(left: str) -> str:
    """The "so với ..." phrase of a clause, if it stands before the number."""
    m = re.search(r"so với .*", left)
    return m.group() if m else ""


def _qualifier(left: str) -> str | None:
    v = vocabulary()
    for name, words in v.raw["qualifiers"].items():
        w = _ends_with(left, sorted((x.lower() for x in words), key=len, reverse=True))
        if w:
            return str(name)
    return None


def _strip_qualifiers(left: str) -> str:
    v = vocabulary()
    words = [w.lower() for ws in v.raw["qualifiers"].values() for w in ws]
    words.sort(key=len, reverse=True)
    out = left.rstrip()
    while True:
        w = _ends_with(out, words)
        if not w:
            return out
        out = out[: len(out) - len(w)].rstrip()


def _future_target(sentence: str, year: int) -> bool:
    ys = [int(y) for y in re.findall(r"năm (\d{4})", sentence)]
    if not any(y > year for y in ys):
        return False
    return bool(_contains(sentence, ["phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "dự kiến"]))


def _subject(clause: str, left_raw: str) -> str | None:
    """The phrase a figure measures: its clause before the number, less verbs and qualifiers."""
    v = vocabulary()
    words = v.words("verbs") + [w.lower() for ws in v.raw["qualifiers"].values() for w in ws]
    words += ["trong đó", "và", "với", "của", "cho", "là", "chỉ", "mới", "được", "đã", "thêm"]
    words.sort(key=len, reverse=True)
    s = clause.strip()
    while True:
        t = _strip_words(s, words)
        if t == s:
            break
        s = t
    s = re.sub(r"^(?:trong đó|trong năm \d{4}|và|với|gồm)\s*[:,]?\s*", "", s, flags=re.I).strip()
    s = re.sub(r"^/\s*(?:kh|kế hoạch)?\b|so với .*$", "", s, flags=re.I).strip()
    s = s.strip(" ,;:-–(")
    if not s or not re.search(r"[^\W\d_]", s):
        return None
    return s


def _right_noun(text: str, end: int) -> str | None:
    noun, _ = _counted(text, end)
    if noun and not _starts_with(noun.lower(), vocabulary().words("ratio_words")):
        return noun
    return None


def _kind(f: _Figure, change: str | None, right: str, rate_subject: bool, left: str) -> str:
    v = vocabulary()
    after = right.lstrip()
    if f.unit == "times":
        return "multiple"
    if f.denominator is not None:
        return "progress"
    if f.unit in ("year", "star") or (f.unit == "m" and re.search(r"đường\s*$", left)):
        return "other"
    if "_per_" in f.unit:
        return "rate"
    if f.unit == "percentage_point":
        return "change_points"
    if f.unit == "percent":
        if change:
            return "change_points" if rate_subject else "growth"
        if _contains(left, v.words("growth_words")):
            return "growth"
        if _starts_with(after, v.words("ratio_words")) or after.startswith("so với"):
            return "plan_ratio"
        return "share"
    if change:
        return "change"
    return "count" if f.unit == "count" else "amount"


def _base(right: str) -> str | None:
    v = vocabulary()
    if right.lstrip().startswith("/"):  # "8,31%/KH 3-4%": what follows is the target
        return None
    y = re.search(r"so với (?:cùng kỳ )?năm (\d{4})", right)
    if y:
        return y.group(1)
    for phrase, base in v.raw["bases"]:
        if _contains(right, [phrase.lower()]):
            return str(base)
    return None


# ------------------------------------------------------------------------------ public


def extract(text: str, source_id: str = "text") -> pd.DataFrame:
    """The figures table of one NFC text: one row per figure, in text order."""
    figures = _scan(text)
    _read(text, figures)
    sentences = _sentences(text)
    rows = []
    si = 0
    for n, f in enumerate(figures, 1):
        while si + 1 < len(sentences) and sentences[si][1] <= f.start:
            si += 1
        ss, se = sentences[si]
        rows.append({
            "figure_id": f"{source_id}-{n:04d}",
            "source_id": source_id,
            "start": f.start,
            "end": f.end,
            "surface": text[f.start:f.end],
            "value": f.value,
            "value_max": f.value_max,
            "denominator": f.denominator,
            "unit": f.unit,
            "counted": f.counted if f.unit == "count" else None,
            "qualifier": f.qualifier,
            "kind": f.kind,
            "base": f.base,
            "role": f.role,
            "subject": f.subject,
            "sentence": text[ss:se].strip(),
        })
    df = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "value": "float64"})


def render(figures: pd.DataFrame, fmt: str) -> str:
    """The figures table as CSV, JSON (records) or a readable terminal table."""
    if fmt == "csv":
        return str(figures.to_csv(index=False, lineterminator="\n"))
    if fmt == "json":
        records = figures.astype(object).where(figures.notna(), None).to_dict("records")
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    cols = ["figure_id", "surface", "value", "unit", "qualifier", "kind", "base", "role", "subject"]
    shown = figures[cols].astype(object).where(figures[cols].notna(), "")
    shown["value"] = figures["value"].map(lambda x: f"{x:,.10g}")
    shown["subject"] = shown["subject"].map(lambda s: s if len(s) <= 40 else s[:39] + "…")
    if shown.empty:
        return "(no figures found)\n"
    return str(shown.to_string(index=False)) + f"\n{len(shown)} figures\n"
