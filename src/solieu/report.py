"""The report of validating a package: the problems found, counted by severity.

The report (``validation.json``) has this shape, stable across versions::

    {
      "valid": true | false,          # false when there is at least one error
      "errors": 0,                    # problems of severity "error" (all of them)
      "warnings": 0,                  # problems of severity "warning" (all of them)
      "omitted": 0,                   # problems found but not listed (over the limit)
      "problems": [
        {
          "check": "type-error",      # frictionless's error type for what it checks
                                      # too (type-error, constraint-error, unique-error,
                                      # primary-key, foreign-key, hash-count, byte-count,
                                      # missing-label, extra-label, incorrect-label,
                                      # extra-cell, missing-cell, scheme-error,
                                      # source-error; package-, schema-, field-error for
                                      # datapackage.json itself); else the id of a
                                      # check in checks.yaml
          "severity": "error",        # error blocks publishing; warning does not
          "table": "figures",         # resource name; null for the package itself
          "row": 5,                   # row as frictionless numbers it: the CSV header is
                                      # row 1, the first data row 2; null for a file
          "field": "value",           # field name; null for a whole row or file
          "value": "abc",             # the offending cell as written, or the value
                                      # computed from it; null when not one value
          "expected": "type number",  # what would have been right
          "message": "..."            # one readable sentence
        }
      ]
    }

Problems are listed in the order they are found (see :mod:`solieu.validate`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

# At most this many problems of one check in one table are listed (all are counted).
LIMIT = 1000


@dataclass(kw_only=True)
class Problem:
    """One thing wrong with a package (see the module docstring for each field).

    Built with keywords; what does not apply (a row for a whole file) is left out.
    """

    check: str
    severity: str
    table: str | None = None
    row: int | None = None
    field: str | None = None
    value: Any = None
    expected: str | None = None
    message: str

    def where(self) -> str:
        """Where the problem is: its table (or the package), row and field.

        >>> Problem(check="share-range", severity="error", table="figures", row=3,
        ...         message="over 100%").where()
        'figures, row 3'
        """
        return ", ".join(part for part in (
            self.table or "package",
            f"row {self.row}" if self.row is not None else "",
            f"field {self.field}" if self.field else "",
        ) if part)


@dataclass
class Report:
    """What `solieu validate` found: problems, and whether any of them is an error."""

    problems: list[Problem] = field(default_factory=list)
    errors: int = 0
    warnings: int = 0
    omitted: int = 0
    _listed: dict[tuple[str, str | None], int] = field(default_factory=dict, repr=False)

    @property
    def valid(self) -> bool:
        return self.errors == 0

    def error(self, check: str, **fields: Any) -> None:
        """Add an error that ``check`` found (``fields``: those of :class:`Problem`)."""
        self.add(Problem(check=check, severity="error", **fields))

    def add(self, problem: Problem) -> None:
        if problem.severity == "error":
            self.errors += 1
        else:
            self.warnings += 1
        key = (problem.check, problem.table)
        if self._listed.get(key, 0) >= LIMIT:
            self.omitted += 1
            return
        self._listed[key] = self._listed.get(key, 0) + 1
        self.problems.append(problem)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data, in the documented shape."""
        return {
            "valid": self.valid,
            "errors": self.errors,
            "warnings": self.warnings,
            "omitted": self.omitted,
            "problems": [asdict(p) for p in self.problems],
        }

    def to_json(self) -> str:
        """The report as JSON text (UTF-8, stable key order, trailing newline)."""
        # numpy scalars, should one slip into a value, are written as plain numbers
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2,
                          default=lambda o: o.item() if hasattr(o, "item") else str(o)) + "\n"

    def to_text(self) -> str:
        """The report as readable text, one problem a line."""
        verdict = "valid" if self.valid else "INVALID"
        lines = [f"{verdict}: {self.errors} error(s), {self.warnings} warning(s)"]
        for p in self.problems:
            lines.append(f"{p.severity.upper():7} {p.where()} [{p.check}]: {p.message}")
        if self.omitted:
            lines.append(f"... and {self.omitted} more problem(s) not listed.")
        return "\n".join(lines) + "\n"
