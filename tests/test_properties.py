"""Properties over arbitrary input: the extractor never raises, numbers round-trip."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from solieu.extract import extract
from solieu.extract.spacing import ENTITY, KEYCAP, SPACES, entity_read, spaced
from solieu.indicator_catalog import load_indicator_catalog
from solieu.numbers import NumberError, format_number, parse_number
from solieu.unreadable import find_unreadable

CATALOG = load_indicator_catalog()

# Text made of what reports are made of: digits, separators, Vietnamese words, units.
PIECES = st.sampled_from([
    "1", "2", "0", "9", ".", ",", "%", "/", "-", " ", "\n", ";", "(", ")", "tỷ", "triệu",
    "nghìn", "đồng", "ha", "năm", "tăng", "giảm", "khoảng", "trên", "đạt", "so với",
    "kế hoạch", "KH", "người", "hộ", "2022", "1.178", "13,05", "1.1.78", "‰", "lần", "Stt",
    "\xa0", "\u200b", "\xad", "  ", "\n\n", " | ", "\t", "&nbsp;", "&gt;", "&amp;", "&#8805;", "\ufe0f\u20e3", "≥",
    "<p>", "</p>", "<strong>", "</strong>", "<br>", "<td>", "</td>", " | a<br>b | ", "<tr>", "<li>", "<img src=1>",
])
REPORTISH = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), REPORTISH))
@example("1" * 5000 + " tỷ đồng")
@example("9" * 400 + ",5%")
@example("tăng 1.1.78 tỷ đồng")
def test_extract_never_raises_and_quotes_the_text(text):
    figures = extract(text, "t")
    for row in figures.itertuples():
        assert text[row.start:row.end] == row.surface
        assert math.isfinite(row.value)


@settings(max_examples=300, deadline=None)
@given(REPORTISH)
@example("a\n\n\nb\n\nc\n\nd\n\ne 1\n \n f")
def test_the_text_read_places_every_character_in_the_text_as_written(text):
    read, at = spaced(text)
    if at is None:
        assert len(read) == len(text)
        return
    assert len(at) == len(read) + 1 and at[-1] == len(text)
    # In order; no character placed twice but a space read before a number glued to a word.
    assert all(a < b or (a == b and read[k] == " " and text[a].isdigit())
               for k, (a, b) in enumerate(zip(at, at[1:], strict=False)))
    assert all(_stands_for(c, text, i) for c, i in zip(read, at[:-1], strict=True))


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]*)?/?>")


def _in_a_tag(text, i):
    start = text.rfind("<", 0, i + 1)
    return start >= 0 and (m := _TAG.match(text, start)) is not None and m.end() > i


def _stands_for(c, text, i):
    """A character read is the one it stands for; a space for a no-break or other wide space, or put before a
    number glued to a word; an entity's character; an item number's full stop for a keycap mark; a line break, a
    space, a cell's bar or a list item's dash for a tag of a web page's markup or the blanks beside it."""
    return (c == text[i] or (c == " " and (text[i] in SPACES or text[i].isdigit()))
            or (c in " \n|-" and (text[i].isspace() or _in_a_tag(text, i)))
            or (text[i] == "&" and (m := ENTITY.match(text, i)) is not None and entity_read(m[0]) == c)
            or (c == "." and text[i] == KEYCAP))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), REPORTISH))
def test_finding_unreadable_numbers_never_raises(text):
    find_unreadable(text, "t", CATALOG)


@given(st.text(alphabet="0123456789.,", max_size=80))
def test_parse_number_raises_only_number_error_and_never_gives_inf(text):
    try:
        value = parse_number(text)
    except NumberError:
        return
    assert math.isfinite(value)


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_integers_round_trip_with_sign(n):
    text = format_number(n)
    assert (-parse_number(text[1:]) if text.startswith("-") else parse_number(text)) == n


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False))
def test_floats_round_trip(x):
    assert parse_number(format_number(x)) == pytest.approx(x, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("text", ["1" * 61, "1" * 400, "1" * 1_000_000, "9" * 309])
def test_numbers_too_long_to_be_quantities_are_refused(text):
    with pytest.raises(NumberError):
        parse_number(text)


@pytest.mark.parametrize("text", ["0/0.0.0", "0/0,0,0"])
def test_extract_reads_no_fraction_where_no_number_follows_the_slash(text):
    # Found by the property above: an unreadable denominator is no fraction, not a crash.
    assert extract(text)["denominator"].isna().all()
