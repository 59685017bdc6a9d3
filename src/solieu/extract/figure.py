"""A figure as the stages fill it, and the reason a number is left out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Reason(NamedTuple):
    """Why a number is not a figure: a short code and words for the curator."""

    code: str
    text: str


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    value: float
    value_max: float | None = None
    denominator: float | None = None
    unit: str = "count"
    counted: str | None = None
    qualifier: str = "exact"
    kind: str = "count"
    direction: str | None = None  # "up" or "down" for a growth or change: the value is as written
    base: str | None = None
    role: str = "actual"
    period: str | None = None
    subject: str | None = None
    tail: int = 0  # end of the expression with its unit and counted noun
    scale: float = 1.0
    unit_word: str | None = None  # as written: "năm", "tuổi", "ha"
    per: bool = False  # a rate: "đồng/người/năm"
    rate: bool = False  # what it measures is itself a rate or share ("tỷ lệ hộ nghèo")
    cell: Any = None  # the table cell it stands in (a tables.Cell), if any
    # For --explain: which words gave a field its value ("unit": "tỷ đồng", "role": ...).
    why: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Excluded:
    """A number left out, with its reason."""

    start: int
    end: int
    reason: Reason
