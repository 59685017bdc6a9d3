"""Word's automatic list numbers (`I.`, `1.`, `a)`, `-`), which a paragraph's text leaves out.

A heading numbered by Word (`I. KẾT QUẢ THỰC HIỆN NĂM 2024` in the document, the `I.` drawn from
the numbering definitions) would otherwise come out unnumbered, and read as a title, which opens
no section. The numbers are counted as Word counts them: per list (``w:num``), a level's count
going on until a higher level's next item restarts it, and written with the level's format
(``w:numFmt``) into its text (``w:lvlText``, e.g. ``%1.`` or ``%1.%2.``).
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

BULLETS = "-+•–*"  # kept as written; any other bullet (a symbol font's) is written "-"
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
         (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


class ListLabels:
    """The list number or bullet Word shows before each paragraph of one document, in order."""

    def __init__(self, document: Any) -> None:
        try:
            self._numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # no numbering definitions: no lists
            self._numbering = None
        self._counts: dict[str, dict[int, int]] = {}

    def label(self, paragraph: Any) -> str:
        """The label of ``paragraph`` (call for every paragraph, in document order), or ""."""
        if self._numbering is None or (found := _num_pr(paragraph)) is None:
            return ""
        num_id, level = found
        levels = self._levels(num_id)
        if level not in levels:
            return ""
        counts = self._counts.setdefault(num_id, {})
        counts[level] = counts.get(level, levels[level]["start"] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a higher level's next item restarts the levels under it
        spec = levels[level]
        if spec["format"] == "bullet":
            return spec["text"] if spec["text"] in BULLETS else "-"
        text = spec["text"]
        for k in range(level + 1):
            value = counts.get(k, levels.get(k, {"start": 1})["start"])
            text = text.replace(f"%{k + 1}", _formatted(value, levels.get(k, spec)["format"]))
        return text.strip()

    def _levels(self, num_id: str) -> dict[int, dict[str, Any]]:
        """A list's levels: format, text and start of each, as its abstract definition says."""
        num = _find(self._numbering, "w:num", "w:numId", num_id)
        if num is None:
            return {}
        abstract_id = _val(num.find(qn("w:abstractNumId")))
        abstract = _find(self._numbering, "w:abstractNum", "w:abstractNumId", abstract_id)
        if abstract is None:
            return {}
        levels = {}
        for lvl in abstract.findall(qn("w:lvl")):
            levels[int(lvl.get(qn("w:ilvl"), "0"))] = {
                "format": _val(lvl.find(qn("w:numFmt"))) or "decimal",
                "text": _val(lvl.find(qn("w:lvlText"))) or "",
                "start": int(_val(lvl.find(qn("w:start"))) or 1),
            }
        for override in num.findall(qn("w:lvlOverride")):  # a list restarted at another number
            level = int(override.get(qn("w:ilvl"), "0"))
            if level in levels and (start := _val(override.find(qn("w:startOverride")))):
                levels[level]["start"] = int(start)
        return levels


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The list (its ``w:numId``) and level of a paragraph: its own, else its style's."""
    style = paragraph.style
    for p_pr in [paragraph._p.pPr, *_style_chain(style)]:
        num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        if num_pr is None:
            continue
        num_id = _val(num_pr.find(qn("w:numId")))
        if not num_id or num_id == "0":  # numId 0: numbering switched off
            return None
        return num_id, int(_val(num_pr.find(qn("w:ilvl"))) or 0)
    return None


def _style_chain(style: Any) -> list[Any]:
    """The paragraph properties of a style and of the styles it is based on."""
    chain: list[Any] = []
    while style is not None and len(chain) < 10:
        chain.append(style.element.pPr)
        style = style.base_style
    return chain


def _find(parent: Any, tag: str, attribute: str, value: str | None) -> Any:
    return next((el for el in parent.findall(qn(tag)) if el.get(qn(attribute)) == value), None)


def _val(el: Any) -> str | None:
    return None if el is None else el.get(qn("w:val"))


def _formatted(n: int, fmt: str) -> str:
    """``n`` in a level's number format (decimal when it is one not written here)."""
    if fmt in ("upperRoman", "lowerRoman"):
        out, rest = "", n
        for value, numeral in ROMAN:
            while rest >= value:
                out, rest = out + numeral, rest - value
        return out.upper() if fmt == "upperRoman" else out
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
