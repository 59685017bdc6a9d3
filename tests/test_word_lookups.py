"""The extractor's shortcuts give the answers of the lookups they stand in for."""

import re

import pytest

from solieu.extract.tables import _split
from solieu.extract.vocabulary import Words, alternation, vocabulary


def _word_lists():
    v = vocabulary()
    for holder in (v, v.tables):
        for name in dir(holder):  # not vars(): a compiled build's classes have no __dict__
            if isinstance(value := getattr(holder, name), Words):
                yield name, value


def test_one_phrase_is_what_its_longest_start_says():
    """``is_one(t)`` answers ``starting(t) == t`` for every list, on its words and near misses."""
    for name, words in _word_lists():
        for w in words.words:
            for t in {w, w + "x", w + " ", w[:-1], w.upper().lower(), "x" + w}:
                if t:
                    assert words.is_one(t) == (words.starting(t) == t), (name, t)


def test_a_phrase_anywhere_is_what_the_lists_alternation_finds():
    """``within(t)``, a substring test per word for a short list, answers what a search of the list's
    alternation answers, for every list, on texts holding its words, parts of them and none."""
    for name, words in _word_lists():
        pattern = re.compile(alternation(words.words) or "(?!)")
        texts = {"", "không có gì ở đây", *(f"ở {w} đó" for w in words.words), *(w[1:] for w in words.words),
                 *(w[:-1] for w in words.words)}
        for t in texts:
            assert words.within(t) == (pattern.search(t) is not None), (name, t)


def test_no_money_scale_or_unit_word_starts_where_its_first_letter_is_missing():
    v = vocabulary()
    for words in (v.money_words, v.scale_words, v.unit_words):
        for w in words.words:
            assert w[:1] in v.unit_heads
    for text in ("| 11.746,7", "\n11.746,7", ", trong đó", "(tăng 5%)", ""):
        assert text[:1] not in v.unit_heads
        assert not (v.money_words.starting(text) or v.scale_words.starting(text) or v.unit_words.starting(text))


@pytest.mark.parametrize("line, cells", [
    ("1 | Thu ngân sách | Tỷ đồng | 1.178 | 6,2", ["1", "Thu ngân sách", "Tỷ đồng", "1.178", "6,2"]),
    ("  a  |  b |  c  ", ["a", "b", "c"]),
    ("x |   | y", ["x", "", "y"]),
    # Bars beyond the separators take the general reading: empty cells between bars.
    ("21.870 | | 22.540", ["21.870", "", "22.540"]),
    ("Chỉ tiêu | 6,5 | |", ["Chỉ tiêu", "6,5", "", ""]),
    ("| a | b", ["", "a", "b"]),
])
def test_a_piped_line_splits_into_its_stripped_cells(line, cells):
    text = f"Bảng 1\n{line}\nNguồn"
    start = text.index(line)
    spans = _split(text, start, start + len(line))
    assert [text[a:b] for a, b in spans] == cells
    assert all(start <= a <= b <= start + len(line) for a, b in spans)
