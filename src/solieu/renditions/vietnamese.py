"""Vietnamese traps in originals: charsets of old web pages, and legacy font encodings.

Web pages are decoded strictly, never with replacement characters: UTF-8 first, then
what the page declares, then windows-1258 (Vietnamese Windows, which writes tones as
combining marks; NFC later composes them). Text in a legacy font encoding (TCVN3/ABC,
VNI) looks like Latin-1 letters (``n¨m`` for ``năm``); it is recognised and refused
with a message saying which encoding it is, since a wrong conversion would publish
wrong words.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from solieu.errors import InputError

# Letters only Vietnamese uses (not in Latin-1): ă đ ĩ ũ ơ ư and the U+1EA0–U+1EF9 block.
_VIETNAMESE = re.compile(r"[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")


# What legacy font encodings look like once read as Latin-1. TCVN3 gives every letter
# with a mark a code of its own in 0xA1-0xFF, mostly symbols and letters Vietnamese does
# not use (¨ © ® ¸ µ × Õ Ö for ă â đ á à ì ế ệ); VNI writes a base vowel followed by a
# Latin-1 letter that carries the marks (aø, aù, eâ, oä) and đ as ñ.
# The Latin-1 letters Unicode Vietnamese writes itself (à á â …) are left out.
_LATIN1_VIETNAMESE = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
_TCVN3 = re.compile("[" + "".join(chr(c) for c in range(0xA1, 0x100) if chr(c) not in _LATIN1_VIETNAMESE) + "]")


_VNI = re.compile(r"[aeiouyAEIOUY][øùûõïâêôöäåãàáëèéÂÊÔÖÄÅÃÀÁËÈÉØÙÛÕÏ]|ñ|Ñ")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes, declared: str | None, where: str) -> str:
    """The page's text, decoded strictly: UTF-8 first (it never decodes by accident), then
    the charset the server or the page declares, then windows-1258 (Vietnamese Windows).

    A declared single-byte Western charset (latin-1, windows-1252) that decodes a page
    better read as windows-1258 loses to it: Vietnamese sites often declare the wrong one.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    candidates = ["utf-8"]
    for name in (declared, *(m.decode("ascii") for m in _META_CHARSET.findall(data[:4096]))):
        if name and _codec(name) and _codec(name) not in candidates:
            candidates.append(_codec(name))  # type: ignore[arg-type]
    candidates.append("cp1258")
    decoded: list[tuple[str, str]] = []
    for codec in candidates:
        try:
            decoded.append((codec, data.decode(codec)))
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise InputError(f"{where}: the page is in none of the charsets "
                         f"{', '.join(candidates)}; save it as UTF-8 and add the file.")
    if decoded[0][0] == "utf-8":
        return decoded[0][1]
    # Among the strict decodings, the one with the most Vietnamese letters (after NFC:
    # windows-1258 writes tones as combining marks) is the page's real charset.
    return max(decoded, key=lambda d: len(_VIETNAMESE.findall(unicodedata.normalize("NFC", d[1]))))[1]


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def letter_count(text: str) -> int:
    """The letters of a text (``str.isalpha``), counted without a Python step per
    character: every source is counted on every run.

    >>> letter_count("Năm 2022: 82,2%")
    3
    """
    return sum(map(str.isalpha, text))


def is_vietnamese(text: str) -> bool:
    """True when letters only Vietnamese uses make up at least 2% of the letters."""
    vietnamese = len(_VIETNAMESE.findall(text))
    if vietnamese and vietnamese >= 0.02 * len(text):  # so of the letters too, which are fewer: no need to count them
        return True
    letters = letter_count(text)
    return letters > 0 and vietnamese >= 0.02 * letters


def legacy_encoding(text: str) -> str | None:
    """``TCVN3`` or ``VNI`` when the text is Vietnamese in a legacy font encoding, else None.

    >>> legacy_encoding("B¸o c¸o t×nh h×nh kinh tÕ - x· héi n¨m 2023 cña huyÖn")
    'TCVN3'
    >>> legacy_encoding("Baùo caùo tình hình kinh teá - xaõ hoäi naêm 2023 cuûa huyeän")
    'VNI'
    >>> legacy_encoding("Báo cáo tình hình kinh tế - xã hội năm 2023 của huyện") is None
    True
    """
    tcvn3 = len(_TCVN3.findall(text))
    vni = len(_VNI.findall(text))
    signs = max(tcvn3, vni)
    # A Unicode report has far more Vietnamese letters than stray symbols (a © or a '·'
    # bullet); a report even half in a legacy encoding would publish garbled words. The
    # letters are counted last, only for a text the cheaper counts have not cleared.
    if signs < 3 or signs < len(_VIETNAMESE.findall(text)) or signs < 0.02 * letter_count(text):
        return None
    return "TCVN3" if tcvn3 > vni else "VNI"


def refuse_legacy_encoding(text: str, where: str) -> None:
    """Raise InputError if the text is in TCVN3 (ABC) or VNI rather than Unicode."""
    name = legacy_encoding(text)
    if name:
        sample = {"TCVN3": "'n¨m' for 'năm'", "VNI": "'naêm' for 'năm'"}[name]
        raise InputError(
            f"{where}: the text is in the legacy {name} font encoding ({sample}), not Unicode; "
            f"solieu does not convert it. Convert it to Unicode (e.g. UniKey's converter, "
            f"{name} -> Unicode) and add the converted file.")
