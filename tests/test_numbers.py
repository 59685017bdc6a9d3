"""The strict Vietnamese number parser: tables of (input, expected), and round trips."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from solieu.numbers import NumberError, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.178", 1178),
        ("1.031.200", 1031200),
        ("13,05", 13.05),
        ("106,811", 106.811),  # a decimal comma that looks like grouping
        ("03", 3),
        ("0,42", 0.42),
        ("2.000,5", 2000.5),
        ("35", 35),
        ("1.000.000,25", 1000000.25),
    ],
)
def test_parses(text, expected):
    assert parse_number(text) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("text", ["1.2.3", "12.34", "1,2,3", "1.23.456", ".5", "1.", "", "abc", "1,5.000"])
def test_rejects_misplaced_separators(text):
    with pytest.raises(NumberError, match="Vietnamese"):
        parse_number(text)


@given(st.integers(min_value=0, max_value=10**15))
def test_integers_round_trip(n):
    assert parse_number(format_number(n)) == n


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(d):
    text = format_number(float(d), decimals=3)
    assert "." not in text.split(",")[1]
    assert parse_number(text) == pytest.approx(float(d), rel=1e-12, abs=1e-9)


@pytest.mark.parametrize(("x", "text"), [(1178, "1.178"), (13.05, "13,05"), (1031200, "1.031.200"), (0.5, "0,5")])
def test_formats(x, text):
    assert format_number(x) == text
