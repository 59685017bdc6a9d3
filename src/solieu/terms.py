"""The controlled vocabularies of the published tables (``schemas/terms.yaml``), and what
is derived from them.

Units, rates, kinds, qualifiers, directions, bases and roles are listed once, each code
with its Vietnamese and English name. The Table Schemas' enums and patterns are
written from them (and the sector enums from ``schemas/sectors.yaml``)::

    python -m solieu.terms            # write the derived constraints into schemas/tables/
    python -m solieu.terms --check    # exit 1, naming each file that disagrees

>>> terms = load_terms()
>>> terms.unit_names("VND_per_person_per_month")
('Vietnamese đồng per person per month', 'đồng/người/tháng')
>>> terms.is_unit("VND_per_person"), terms.is_unit("litre")
(True, False)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from solieu import SCHEMAS
from solieu.config import ConfigProblem, load
from solieu.errors import InputError

TERMS_PATH = SCHEMAS / "terms.yaml"
TABLE_SCHEMAS = SCHEMAS / "tables"


@dataclass(frozen=True)
class Term:
    """One code of a controlled vocabulary and its names."""

    code: str
    vi: str
    en: str


@dataclass(frozen=True)
class Terms:
    """Every controlled vocabulary of ``schemas/terms.yaml``, codes in file order."""

    units: Mapping[str, Term]
    rate_of: tuple[str, ...]  # the codes a rate may start with
    per: Mapping[str, Term]  # what a rate may be per
    kinds: Mapping[str, Term]
    qualifiers: Mapping[str, Term]
    directions: Mapping[str, Term]
    year_base: str  # the pattern of a base that is a year
    bases: Mapping[str, Term]
    roles: Mapping[str, Term]

    def rate_pattern(self) -> str:
        """A rate code as a regex: ``VND_per_person_per_month``."""
        return f"({'|'.join(self.rate_of)})(_per_({'|'.join(self.per)}))+"

    def unit_pattern(self) -> str:
        """Every unit code, rates included, as an anchored regex."""
        return f"^({'|'.join(self.units)}|{self.rate_pattern()})$"

    def is_unit(self, code: str) -> bool:
        """Whether ``code`` is a unit: listed, or a rate of listed codes."""
        return re.fullmatch(self.unit_pattern(), code) is not None

    def is_base(self, code: str) -> bool:
        """Whether ``code`` is a base: a listed code or a year."""
        return code in self.bases or re.fullmatch(self.year_base, code) is not None

    def unit_names(self, unit: str) -> tuple[str, str]:
        """The English and Vietnamese names of a unit code, rates composed from their
        parts; a code not listed is its own name."""
        if unit in self.units:
            return self.units[unit].en, self.units[unit].vi
        named = [self.units.get(p) or self.per.get(p) or Term(p, p, p) for p in unit.split("_per_")]
        return " per ".join(t.en for t in named), "/".join(t.vi for t in named)


def _terms(section: Mapping[str, Any]) -> dict[str, Term]:
    return {code: Term(code, names["vi"], names["en"]) for code, names in section.items()}


@cache
def load_terms(path: Path = TERMS_PATH) -> Terms:
    """Read ``schemas/terms.yaml`` (checked against schemas/meta/terms.schema.json)."""
    data = load(path, "terms")
    return Terms(
        units=_terms(data["units"]),
        rate_of=tuple(data["rates"]["of"]),
        per=_terms(data["rates"]["per"]),
        kinds=_terms(data["kinds"]),
        qualifiers=_terms(data["qualifiers"]),
        directions=_terms(data["directions"]),
        year_base=data["bases"]["year"]["pattern"],
        bases=_terms(data["bases"]["codes"]),
        roles=_terms(data["roles"]),
    )


# --- what the extractor's vocabulary produces ------------------------------------------

def vocabulary_codes(vocabulary: Mapping[str, Any]) -> list[tuple[list[str | int], str, str]]:
    """Every code ``schemas/vocabulary.yaml`` can put in a figure, as (where in the
    vocabulary, code, the list of terms.yaml it belongs to)."""
    found: list[tuple[list[str | int], str, str]] = []
    found += [(["units", word], str(code), "units") for word, code in vocabulary["units"].items()]
    found += [(["per", word], str(code), "rates/per") for word, code in vocabulary["per"].items()]
    found += [(["per_time_before", word], str(code), "rates/per")
              for word, code in vocabulary.get("per_time_before", {}).items()]
    for section in ("qualifiers", "qualifiers_after"):
        found += [([section, code], str(code), "qualifiers") for code in vocabulary[section]]
    found += [(["bases", i, 1], str(pair[1]), "bases/codes") for i, pair in enumerate(vocabulary["bases"])]
    return found


def check_vocabulary(vocabulary: Mapping[str, Any], terms: Terms | None = None) -> None:
    """Raise ConfigProblem for a code of the vocabulary that ``schemas/terms.yaml`` does
    not list: the published tables could not hold it (solieu.config runs this on loading
    the vocabulary, and names the file and line)."""
    terms = terms or load_terms()
    known = {"units": terms.units, "rates/per": terms.per, "qualifiers": terms.qualifiers,
             "bases/codes": terms.bases}
    for where, code, kind in vocabulary_codes(vocabulary):
        if code not in known[kind]:
            raise ConfigProblem(where, (
                f"gives the code {code!r}, which schemas/terms.yaml does not list under {kind}; "
                "add it there with its Vietnamese and English names (then run `python -m "
                "solieu.terms`), or use a listed code."))


# --- the derived constraints of the Table Schemas ----------------------------------------

def _sector_ids() -> list[str]:
    from solieu.indicator_catalog import load_sectors  # it reads the units from here

    return [s.id for s in load_sectors()]


# field name -> (constraint, its value); the same in every table that has the field.
DERIVED: dict[str, tuple[str, Callable[[Terms], Any]]] = {
    "unit": ("pattern", lambda t: t.unit_pattern()),
    "qualifier": ("enum", lambda t: list(t.qualifiers)),
    "kind": ("enum", lambda t: list(t.kinds)),
    "direction": ("enum", lambda t: list(t.directions)),
    "base": ("pattern", lambda t: f"^({t.year_base}|{'|'.join(t.bases)})$"),
    "role": ("enum", lambda t: list(t.roles)),
    "sector": ("enum", lambda t: _sector_ids()),
}


def derived_schema(path: Path, terms: Terms | None = None) -> str:
    """The text of the Table Schema at ``path`` with every derived constraint written
    from terms.yaml (and sectors.yaml). Only those values change: the rest of the
    file, layout included, stays as it is."""
    terms = terms or load_terms()
    text = path.read_text(encoding="utf-8")
    expected = json.loads(text)
    for field in expected["fields"]:
        if field["name"] not in DERIVED:
            continue
        key, make = DERIVED[field["name"]]
        old, new = field["constraints"][key], make(terms)
        field["constraints"][key] = new
        # The file keeps one field a few lines long, its constraints on one line: the
        # old value is replaced where it stands.
        text = text.replace(json.dumps(old, ensure_ascii=False), json.dumps(new, ensure_ascii=False))
    if json.loads(text) != expected:
        raise InputError(f"{path}: a derived constraint could not be replaced in place; write "
                         "each field's constraints on one line as the other schemas do.")
    return text


def stale_schemas(folder: Path = TABLE_SCHEMAS, terms: Terms | None = None) -> list[Path]:
    """The Table Schemas whose derived constraints disagree with terms.yaml."""
    return [p for p in sorted(folder.glob("*.schema.json"))
            if derived_schema(p, terms) != p.read_text(encoding="utf-8")]


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or, with --check, only compare) the derived constraints."""
    parser = argparse.ArgumentParser(prog="python -m solieu.terms", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is stale")
    args = parser.parse_args(argv)
    stale = stale_schemas()
    for path in stale:
        if args.check:
            print(f"{path}: disagrees with {TERMS_PATH}; run `python -m solieu.terms`.", file=sys.stderr)
        else:
            path.write_text(derived_schema(path), encoding="utf-8")
            print(f"wrote {path}")
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
