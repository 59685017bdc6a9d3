"""Official codes of Vietnam's administrative units, valid for a period.

A dataset names the unit its reports cover in ``dataset.yaml``
(``administrative_unit: "Thành phố Sơn La, Tỉnh Sơn La"``: the official names, the
smallest unit first, each with its type word). solieu resolves that name to the General
Statistics Office (GSO) code of the unit in the list in force for each period, with the
maintained package ``vietnamadminunits`` (never a list typed here).

Vietnam reorganised its units on 1 July 2025: districts were dissolved, most provinces
and communes merged, and codes were reused for units with other borders (the ward code
03646 was Phường Chiềng Lề before and is Phường Tô Hiệu after). So a code names its list:

- ``pre2025:<code>``: the list in force until 30 June 2025 (province, district, commune);
- ``2025:<code>``: the list in force from 1 July 2025 (province, commune).

A period that ends before 1 July 2025 takes the first list; any other period (one that
ends on or after that day, a year 2025 report included) the second: the unit that
reports a period's results is the one in office at its end. A name that is not the
official name of a unit in that list is an error naming dataset.yaml, with what the
unit became where the package knows it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from solieu.sources import InputError

REORGANISED = date(2025, 7, 1)
LEGACY, CURRENT = "pre2025", "2025"


def period_end(period: str) -> date:
    """The last day of a period as solieu writes periods.

    >>> [str(period_end(p)) for p in ("2022", "2025-06", "2024-H1", "2024-Q3", "2021-2025")]
    ['2022-12-31', '2025-06-30', '2024-06-30', '2024-09-30', '2025-12-31']
    """
    p = period.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{4})", p):
        return date(int(m[2]), 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", p):
        year, month = int(m[1]), int(m[2])
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    if m := re.fullmatch(r"(\d{4})-H([12])", p):
        return date(int(m[1]), 6, 30) if m[2] == "1" else date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", p):
        return period_end(f"{m[1]}-{int(m[2]) * 3:02d}")
    if m := re.fullmatch(r"(\d{4})", p):
        return date(int(m[1]), 12, 31)
    raise ValueError(f"not a period: {period!r}")


def code_list(period: str) -> str:
    """The code list in force for a period: ``pre2025`` or ``2025``.

    >>> code_list("2024"), code_list("2025-06"), code_list("2025"), code_list("2021-2025")
    ('pre2025', 'pre2025', '2025', '2025')
    """
    return LEGACY if period_end(period) < REORGANISED else CURRENT


def _fold(name: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", name or "").casefold().split())


@cache
def _parse(unit: str, listing: str) -> Any:
    from vietnamadminunits import parse_address  # a second to load its tables: only here

    parts = [p for p in unit.split(",") if p.strip()]
    mode = "LEGACY" if listing == LEGACY else "FROM_2025"
    return parse_address(unit, mode=mode, keep_street=False, level=len(parts) if
                         listing == LEGACY else min(len(parts), 2))


@cache
def _became(unit: str) -> str | None:
    from vietnamadminunits import convert_address

    try:
        new = convert_address(unit)
    except Exception:  # the package raises plain errors for names it cannot convert
        return None
    parts = [new.ward, new.province]
    return ", ".join(p for p in parts if p) or None


@cache  # a dataset asks for the same unit and period once per observation
def resolve(unit: str, period: str, where: Path | str) -> str:
    """The code of ``unit`` (official names, smallest first: "Thành phố Sơn La, Tỉnh
    Sơn La") in the list in force for ``period``, as ``<list>:<GSO code>``.

    Raises InputError naming ``where`` (the dataset.yaml) if the name is not that of a
    unit of the list: misspelt, of another province, or dissolved or merged by then."""
    listing = code_list(period)
    parts = [p.strip() for p in unit.split(",") if p.strip()]
    if parts and _fold(parts[-1]) in ("việt nam", "vietnam"):
        parts = parts[:-1]
    levels = ["province", "district", "ward"] if listing == LEGACY else ["province", "ward"]
    when = ("before 1 July 2025" if listing == LEGACY else "from 1 July 2025")
    if not parts or len(parts) > len(levels):
        raise InputError(
            f"{where}: administrative_unit {unit!r}: name {len(levels)} levels at most, "
            f"smallest first ({', '.join(reversed(levels))}), for the units in force "
            f"{when} (period {period}); e.g. 'Thành phố Sơn La, Tỉnh Sơn La'.")
    found = _parse(", ".join(parts), listing)
    wanted = dict(zip(reversed(levels[: len(parts)]), parts, strict=True))
    got = {"province": (found.province, found.province_code),
           "district": (getattr(found, "district", None), getattr(found, "district_code", None)),
           "ward": (found.ward, found.ward_code)}
    if listing == CURRENT and len(parts) == 2 and not re.match(
            r"(phường|xã|đặc khu)\b", _fold(parts[0])):
        raise InputError(
            f"{where}: administrative_unit {unit!r}: districts were dissolved on 1 July 2025, "
            f"so {parts[0]!r} has no code for period {period}; name the ward or commune "
            f"(Phường …, Xã …, {parts[-1]}) or the province alone.")
    for level, name in wanted.items():
        official, code = got[level]
        if not code or _fold(official) != _fold(name):
            hint = f" The package reads it as {official!r}." if official else ""
            became = _became(unit) if listing == CURRENT else None
            if became:
                hint += f" From 1 July 2025 it is part of {became!r}: name that unit."
            raise InputError(
                f"{where}: administrative_unit {unit!r}: {name!r} is no {level} of the "
                f"official list in force {when} (period {period}).{hint} Write the official "
                "names with their type word, smallest unit first.")
    smallest = list(wanted)[0]
    return f"{listing}:{got[smallest][1]}"


def geography_codes(meta: dict[str, Any], periods: list[str], where: Path | str
                    ) -> dict[str, str | None]:
    """Period -> code of the dataset's administrative unit (None for every period if
    dataset.yaml names none)."""
    unit = meta.get("administrative_unit")
    return {p: resolve(unit, p, where) if unit else None for p in sorted(set(periods))}
