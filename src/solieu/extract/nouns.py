"""The noun phrase counted after a number: "263 chi bộ", "1.148 tổ chức, cá nhân"."""

from __future__ import annotations

import re
from typing import Final

from solieu.extract.vocabulary import vocabulary

# The words read after a number, and how many of them may make the noun.
_WORD_RUN: Final = re.compile(r"(?:\s*[^\W\d_]+){1,5}")
NOUN_WORDS: Final = 4
_PARAGRAPH_END: Final = re.compile(r"\n[ \t]*\n")
_YEAR_NEXT: Final = re.compile(r"\s+(?:19|20)\d\d(?!\d)")
_NUMBER_NEXT: Final = re.compile(r"\s+\d")
COORDINATED_AFTER: Final = 3  # a noun this short may take a coordinated one: "xã, phường"


def counted(text: str, pos: int, limit: int | None = None) -> tuple[str | None, int]:
    """The noun phrase counted after ``pos`` and where it ends (None, pos if there is none);
    in a table cell it ends with the cell (``limit``)."""
    if limit is not None and pos >= limit:
        return None, pos  # a bare number that ends its cell, the usual one: no word after it
    v = vocabulary()
    stops = v.counted_stop
    run = _WORD_RUN.match(text, pos, len(text) if limit is None else limit)  # the words right after
    # The run holds letters and spaces only: its words are what splitting at spaces gives.
    found = _PARAGRAPH_END.split(run.group(), 1)[0].split() if run else []  # no noun across a blank line
    words: list[str] = []
    for k, w in enumerate(found[:NOUN_WORDS]):
        low = w.lower()
        if (low in stops and (words or low not in v.counted_first)) or (words and len(w) > 1 and w.isupper()):
            break
        if low in v.counted_stop_heads and k + 1 < len(found) and f"{w} {found[k + 1]}".lower() in stops:
            break  # two-word stops: "tham gia"
        if words and low in v.schedule_gap_heads \
                and " " in (v.schedule_gaps.starting(" ".join(found[k:]).lower()) or ""):
            break  # "9 dự án chậm tiến độ từ 6 đến 18 tháng": the delay is said of the projects
        words.append(w)
    else:
        if len(words) == len(found) and words and len(words) <= COORDINATED_AFTER:
            # A short coordinated noun after ", " ("tổ chức, cá nhân", "xã, phường").
            c = v.coordinated.match(text, _end_of(text, pos, words))
            # "16 ngày, dài nhất tại …": a superlative of what is counted, no noun with it
            if c and c.group(1).split()[0].lower() not in stops \
                    and not v.superlative_ends.is_one(c.group(1).rpartition(" ")[2].lower()):
                return text[pos:c.end()].strip(), c.end()
    if words and words[-1].lower() in vocabulary().raw["year_words"] \
            and _YEAR_NEXT.match(text, _end_of(text, pos, words)):
        words.pop()  # "2 chuyến năm 2023": the year the count is of ends the noun
    if words and _NUMBER_NEXT.match(text, _end_of(text, pos, words)):
        # "60 gian hàng đón hơn 25.000 lượt khách": the next number's qualifier ends the noun before it
        kept = len(v.any_qualifier.stripped(" ".join(words).lower(), " ").split())
        words = words[:kept]
    if not words:
        return None, pos
    end = _end_of(text, pos, words)
    return text[pos:end].strip(), end


def _end_of(text: str, pos: int, words: list[str]) -> int:
    """Where ``words``, read one after the other from ``pos`` with spaces between, end."""
    for w in words:
        pos = text.find(w, pos) + len(w)
    return pos
