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
from typing import Final

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

# The English convention a spreadsheet set to an English locale writes: "," groups thousands, "." is the
# decimal mark ("1,178.50", "62.5").
_ENGLISH = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# Shapes only one convention reads: "1,178.50", "1,234,567" and a dot before other than three digits
# ("62.5", "0.85") are English; "1.178,5", "1.234.567" and a comma before other than three digits ("2,5")
# Vietnamese. "1.178" and "1,178" read either way.
ENGLISH_ONLY: Final = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d+\.(?:\d{1,2}|\d{4,})")
VIETNAMESE_ONLY: Final = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,(?:\d{1,2}|\d{4,})")


def parse_english_number(s: str) -> float:
    """Parse one number written the English way, as a spreadsheet in an English locale writes it.

    >>> parse_english_number("1,178.50")
    1178.5
    >>> parse_english_number("338,600")
    338600.0
    >>> parse_english_number("1.178,5")
    Traceback (most recent call last):
    ...
    solieu.numbers.NumberError: '1.178,5': not an English number (',' for thousands, '.' decimal)
    """
    s = s.strip()
    if len(s) > MAX_DIGITS or not _ENGLISH.fullmatch(s):
        raise NumberError(f"{s[:20]!r}: not an English number (',' for thousands, '.' decimal)")
    return _finite(s, float(s.replace(",", "")))


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
