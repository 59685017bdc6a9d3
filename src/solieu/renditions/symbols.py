"""Signs a word processor writes in a symbol font, by the font's own code (Word's Insert → Symbol writes
``<w:sym w:font="Symbol" w:char="F0B3"/>``; a PDF printed from it may keep the private-use character U+F0B3): the
Unicode character a reader sees. Symbol's codes are Adobe's Symbol encoding (U+F000 plus the code, as Word keeps
them); a pictograph font's (Wingdings, Webdings) are bullets, check marks and boxes opening list items, read as a
bullet."""

from __future__ import annotations

from typing import Final

# Adobe's Symbol encoding: its code -> the Unicode character (those of the code page ASCII keeps are not listed).
SYMBOL: Final = {
    0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "−", 0x40: "≅",
    0x41: "Α", 0x42: "Β", 0x43: "Χ", 0x44: "Δ", 0x45: "Ε", 0x46: "Φ", 0x47: "Γ", 0x48: "Η", 0x49: "Ι", 0x4B: "Κ",
    0x4C: "Λ", 0x4D: "Μ", 0x4E: "Ν", 0x4F: "Ο", 0x50: "Π", 0x51: "Θ", 0x52: "Ρ", 0x53: "Σ", 0x54: "Τ", 0x55: "Υ",
    0x57: "Ω", 0x58: "Ξ", 0x59: "Ψ", 0x5A: "Ζ", 0x5C: "∴", 0x5E: "⊥",
    0x61: "α", 0x62: "β", 0x63: "χ", 0x64: "δ", 0x65: "ε", 0x66: "φ", 0x67: "γ", 0x68: "η", 0x69: "ι", 0x6B: "κ",
    0x6C: "λ", 0x6D: "μ", 0x6E: "ν", 0x6F: "ο", 0x70: "π", 0x71: "θ", 0x72: "ρ", 0x73: "σ", 0x74: "τ", 0x75: "υ",
    0x77: "ω", 0x78: "ξ", 0x79: "ψ", 0x7A: "ζ", 0x7E: "∼",
    0xA2: "′", 0xA3: "≤", 0xA5: "∞", 0xA7: "♣", 0xA8: "♦", 0xA9: "♥", 0xAA: "♠", 0xAB: "↔", 0xAC: "←", 0xAD: "↑",
    0xAE: "→", 0xAF: "↓", 0xB0: "°", 0xB1: "±", 0xB2: "″", 0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB6: "∂", 0xB7: "•",
    0xB8: "÷", 0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…", 0xC5: "⊕", 0xC6: "∅", 0xC7: "∩", 0xC8: "∪", 0xD6: "√",
    0xD7: "⋅", 0xD8: "¬", 0xD9: "∧", 0xDA: "∨", 0xDB: "⇔", 0xDC: "⇐", 0xDE: "⇒", 0xE5: "∑",
}
PICTOGRAPH_FONTS: Final = ("wingdings", "webdings")
BULLET: Final = "•"


def sign(font: str | None, code: int) -> str:
    """The character a symbol font's ``code`` shows (Word's ``w:char``, a PDF's private-use character): Symbol's
    sign, a pictograph font's bullet, else the code's own character less its private-use offset."""
    low = code & 0xFF if 0xF000 <= code <= 0xF0FF else code
    name = (font or "").lower()
    if any(p in name for p in PICTOGRAPH_FONTS):
        return BULLET
    if "symbol" in name:
        return SYMBOL.get(low, chr(low) if 0x20 <= low < 0x7F else "")
    return chr(low) if 0x20 <= low < 0x7F else ""
