"""Vietnamese numerals, read strictly.

In Vietnamese ``.`` groups thousands and ``,`` is the decimal mark: ``1.178`` is one
thousand one hundred and seventy-eight, ``13,05`` is thirteen point nought five.
Locale confusion is a known bug class (``1.234,56`` read as ``123,456``), so the
parser checks where each group separator sits and raises on anything else.

>>> parse_number("1.178")
1178.0
>>> parse_number("106,811")
106.811
>>> format_number(1031200)
'1.031.200'
"""

from __future__ import annotations

import math
import re

# Groups of exactly three digits after the first, then an optional decimal part.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")


class NumberError(ValueError):
    """A string that is not a well-formed Vietnamese number."""


def parse_number(s: str) -> float:
    """Parse one Vietnamese number: ``1.031.200``, ``13,05``, ``03``, ``2.000,5``.

    Raises NumberError for misplaced separators (``1.2.3``, ``12.34``, ``1,2,3``).

    >>> parse_number("03")
    3.0
    >>> parse_number("1.2.3")
    Traceback (most recent call last):
    ...
    solieu.numbers.NumberError: '1.2.3': '.' groups thousands in Vietnamese, so groups after it need 3 digits
    """
    s = s.strip()
    if s.isdecimal() and len(s) <= MAX_DIGITS:  # plain digits, the usual case: no regex needed
        return float(s)
    if len(s) > MAX_DIGITS:  # a float holds ~17 significant digits and nothing past 1e308
        raise NumberError(f"{s[:20]!r}…: {len(s)} characters long; no quantity in a report "
                          f"has more than {MAX_DIGITS} digits")
    if _PLAIN.fullmatch(s):
        return _finite(s, float(s.replace(",", ".")))
    if _GROUPED.fullmatch(s):
        return _finite(s, float(s.replace(".", "").replace(",", ".")))
    if "." in s and re.fullmatch(r"[\d.,]+", s):
        raise NumberError(
            f"{s!r}: '.' groups thousands in Vietnamese, so groups after it need 3 digits"
        )
    raise NumberError(f"{s!r}: not a Vietnamese number (digits, '.' for thousands, ',' decimal)")


MAX_DIGITS = 60


def _finite(s: str, x: float) -> float:
    if not math.isfinite(x):
        raise NumberError(f"{s[:20]!r}: too large to be a quantity")
    return x


def format_number(x: float, decimals: int | None = None) -> str:
    """Write a number the Vietnamese way: ``1178`` -> ``1.178``, ``13.05`` -> ``13,05``.

    >>> format_number(13.05)
    '13,05'
    >>> format_number(2000.5, decimals=2)
    '2.000,50'
    """
    if decimals is None:
        text = repr(float(x))
        if "e" in text:
            text = f"{x:.15f}".rstrip("0")
        whole, _, frac = text.partition(".")
        frac = frac.rstrip("0")
    else:
        whole, _, frac = f"{x:.{decimals}f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + ".".join(groups) + ("," + frac if frac else "")
