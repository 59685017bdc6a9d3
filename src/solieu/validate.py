"""Validating a data package: every file, every table against its schema, and the
reconciliation checks of the package's own checks.yaml.

The schema checks report what ``frictionless validate`` reports on the same package
(same problem types, same row numbers), but column by column with pyarrow instead of
row by row, so a package of a million figures validates in seconds.

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

Problems are listed in the order they are found, which is stable: per resource in
package order, its file (bytes, hash), then its cells field by field (rows in order),
then its unique and primary keys; then foreign keys; then the reconciliation checks in
checks.yaml order. `row` and `field` locate each in the CSV; the order carries no
meaning.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import json
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import yaml

from solieu.sources import InputError

# At most this many problems of one check in one table are listed (all are counted).
LIMIT = 1000

# The values Python's int() and decimal.Decimal() accept once stripped, as frictionless
# reads integer and number cells.
_DIGITS = r"\d(?:_?\d)*"
INTEGER_RE = rf"^\s*[+-]?{_DIGITS}\s*$"
NUMBER_RE = (
    rf"^\s*[+-]?(?:(?:{_DIGITS}(?:\.(?:{_DIGITS})?)?|\.{_DIGITS})(?:[eE][+-]?{_DIGITS})?"
    r"|(?i:inf|infinity|s?nan\d*))\s*$"
)


@dataclass
class Problem:
    """One thing wrong with a package (see the module docstring for each field)."""

    check: str
    severity: str
    table: str | None
    row: int | None
    field: str | None
    value: Any
    expected: str | None
    message: str


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
            where = ", ".join(
                part
                for part in (
                    p.table or "package",
                    f"row {p.row}" if p.row is not None else "",
                    f"field {p.field}" if p.field else "",
                )
                if part
            )
            lines.append(f"{p.severity.upper():7} {where} [{p.check}]: {p.message}")
        if self.omitted:
            lines.append(f"... and {self.omitted} more problem(s) not listed.")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- files


def _descriptor_path(path: Path) -> Path:
    path = Path(path)
    if path.is_dir():
        path = path / "datapackage.json"
    if not path.is_file():
        raise InputError(
            f"{path}: no such file; give a package folder or its datapackage.json."
        )
    return path


def _read_descriptor(path: Path) -> dict[str, Any]:
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: is not a UTF-8 JSON file ({exc}).") from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise InputError(f"{path}: has no 'resources' list; is it a datapackage.json?")
    return descriptor


def _safe_path(folder: Path, relpath: Any) -> Path | None:
    """The file a resource path names, if it is a relative path inside the package."""
    if not isinstance(relpath, str) or relpath.startswith("/") or "\\" in relpath:
        return None
    if ".." in Path(relpath).parts or "://" in relpath:
        return None
    return folder / relpath


def _check_file(report: Report, folder: Path, resource: dict[str, Any]) -> Path | None:
    """Bytes and hash of one resource's file, as frictionless checks them."""
    name = resource.get("name")
    if "path" not in resource:
        return None  # inline data: no file to check
    path = _safe_path(folder, resource.get("path"))
    if path is None:
        report.add(Problem(
            "scheme-error", "error", name, None, None, resource.get("path"),
            "a relative path inside the package",
            f"resource {name}: path {resource.get('path')!r} is not a relative path inside "
            "the package; data must travel with datapackage.json.",
        ))
        return None
    if not path.is_file():
        report.add(Problem(
            "scheme-error", "error", name, None, None, resource["path"], "an existing file",
            f"resource {name}: {resource['path']} is missing from the package.",
        ))
        return None
    expected_hash = resource.get("hash")
    algorithm, _, expected_hex = (expected_hash or "").rpartition(":")
    try:
        digest = hashlib.new(algorithm or "md5")  # a bare hex hash is MD5 (Data Package v1)
    except ValueError:
        report.add(Problem(
            "hash-count", "error", name, None, None, None, "sha256:<hex>",
            f"resource {name}: hash {expected_hash!r} uses an unknown algorithm.",
        ))
        return path
    size = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    if expected_hash and digest.hexdigest() != expected_hex:
        report.add(Problem(
            "hash-count", "error", name, None, None, f"{algorithm or 'md5'}:{digest.hexdigest()}",
            expected_hash,
            f"{resource['path']} has changed since its hash was written (or is corrupt); "
            "restore the file or publish it again.",
        ))
    if "bytes" in resource and resource["bytes"] != size:
        report.add(Problem(
            "byte-count", "error", name, None, None, size, str(resource["bytes"]),
            f"{resource['path']} has {size} bytes, datapackage.json says {resource['bytes']}; "
            "restore the file or publish it again.",
        ))
    return path


# ---------------------------------------------------------------------------- tables


@dataclass
class Table:
    """A table read from its CSV, its cells typed by the schema (null where missing or
    not of the type): as Arrow columns, and as a pandas frame over the same memory."""

    name: str
    schema: dict[str, Any]
    columns: dict[str, pa.ChunkedArray]
    typed: pd.DataFrame


def _read_csv(report: Report, name: str, path: Path, schema: dict[str, Any]) -> pa.Table | None:
    names = [f["name"] for f in schema["fields"]]
    with open(path, "rb") as f:
        header = f.readline().decode("utf-8-sig", errors="replace").rstrip("\r\n")
    labels = next(csv.reader([header]), [])
    if labels != names:
        _report_labels(report, name, labels, names)
        if len(labels) != len(names):
            return None  # cells cannot be matched to fields; frictionless goes on
    try:
        # Cells are matched to fields by position, as frictionless does.
        return pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(encoding="utf8", column_names=names, skip_rows=1),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.string() for n in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        if not _report_ragged_rows(report, name, path, schema):
            report.add(Problem(
                "source-error", "error", name, None, None, None, "a UTF-8 CSV file",
                f"{path.name} cannot be read as CSV: {exc}",
            ))
        return None


def _report_ragged_rows(report: Report, name: str, path: Path, schema: dict[str, Any]) -> bool:
    """Rows with too many or too few cells, as frictionless reports them (extra-cell,
    missing-cell, and constraint-error for a missing required cell). The table's other
    cells are then not checked. True if any."""
    names = [f["name"] for f in schema["fields"]]
    required = [f.get("constraints", {}).get("required", False) for f in schema["fields"]]
    found = False
    try:
        with open(path, encoding="utf-8", newline="") as f:
            for number, row in enumerate(csv.reader(f), start=1):
                if number == 1 or len(row) == len(names) or not row:
                    continue
                found = True
                for position in range(len(names), len(row)):
                    report.add(Problem(
                        "extra-cell", "error", name, number, None, row[position], None,
                        f"row has {len(row)} cells, the schema {len(names)} fields: "
                        f"{row[position]!r} at position {position + 1} is extra.",
                    ))
                for position in range(len(row), len(names)):
                    report.add(Problem(
                        "missing-cell", "error", name, number, names[position], None,
                        names[position],
                        f"row has {len(row)} cells, the schema {len(names)} fields: "
                        f"{names[position]} is missing.",
                    ))
                    if required[position]:
                        report.add(Problem(
                            "constraint-error", "error", name, number, names[position], None,
                            _describe("required", True),
                            f"{names[position]} is required, and the row lacks it.",
                        ))
    except (UnicodeDecodeError, csv.Error):
        return False
    return found


def _report_labels(report: Report, table: str, labels: list[str], names: list[str]) -> None:
    for i in range(max(len(labels), len(names))):
        if i >= len(names):
            report.add(Problem(
                "extra-label", "error", table, None, labels[i], labels[i], None,
                f"header has an extra column {labels[i]!r} at position {i + 1}; "
                "the schema does not describe it.",
            ))
        elif i >= len(labels):
            report.add(Problem(
                "missing-label", "error", table, None, names[i], None, names[i],
                f"header lacks column {names[i]!r} at position {i + 1}.",
            ))
        elif labels[i] != names[i]:
            report.add(Problem(
                "incorrect-label", "error", table, None, names[i], labels[i], names[i],
                f"header says {labels[i]!r} at position {i + 1} where the schema has "
                f"{names[i]!r}.",
            ))


def _rows(mask: Any) -> np.ndarray:
    """Positions where a boolean array is true (nulls count as false)."""
    if isinstance(mask, pa.ChunkedArray | pa.Array):
        mask = mask.fill_null(False).to_numpy(zero_copy_only=False)
    return np.flatnonzero(np.asarray(mask, dtype=bool))


def _typed_column(kind: str, cells: pa.ChunkedArray) -> tuple[Any, Any]:
    """(typed values, mask of the cells that are not of the type, or None if none)."""
    if kind == "string":
        return cells, None
    if kind == "date":
        # Python's strptime, as frictionless reads dates: Arrow's would take 2023-02-30.
        # Date columns are short (sources.retrieved).
        dates = [None if c is None else _date(c) for c in cells.to_pylist()]
        values = pa.chunked_array([pa.array(dates, pa.date32())])
        return values, pc.and_(pc.is_valid(cells), pc.is_null(values))
    pattern = {"integer": INTEGER_RE, "number": NUMBER_RE}.get(kind)
    if pattern is None:
        # solieu's schemas use none other; a hand-edited package might.
        raise InputError(f"a field of type {kind!r}: solieu validate checks string, integer, "
                         "number and date fields; check this package with frictionless.")
    ok = pc.match_substring_regex(cells, pattern)
    text = pc.if_else(ok, pc.replace_substring(pc.utf8_trim_whitespace(cells), "_", ""), None)
    target = pa.int64() if kind == "integer" else pa.float64()
    try:
        values = pc.cast(text, target)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        # Rare spellings arrow does not parse (sNaN, huge integers): Python's reading.
        convert = int if kind == "integer" else float
        values = pa.chunked_array([pa.array(
            [None if t is None else convert(t) for t in text.to_pylist()],
            type=pa.float64() if kind == "number" else None,
        )])
    return values, pc.invert(ok)  # null (missing) stays null: not a type error


def _date(cell: str) -> date | None:
    try:
        return datetime.strptime(cell, "%Y-%m-%d").date()
    except ValueError:
        return None


def _check_table(report: Report, name: str, cells: pa.Table, schema: dict[str, Any]) -> Table:
    """Types and constraints of every cell, then unique and primary keys."""
    missing_values = pa.array(schema.get("missingValues", [""]), pa.string())
    typed: dict[str, pa.ChunkedArray] = {}
    for position, fld in enumerate(schema["fields"]):
        column = cells.column(position)
        missing = pc.is_in(column, value_set=missing_values)
        # Copy a column only when it has missing cells to null out (memory: figures
        # of a million rows are some hundreds of MiB of text).
        present = pc.if_else(missing, None, column) if pc.any(missing).as_py() else column
        values, bad_type = _typed_column(fld["type"], present)
        if bad_type is not None and pc.any(bad_type).as_py():
            for row in _rows(bad_type):
                cell = column[int(row)].as_py()
                report.add(Problem(
                    "type-error", "error", name, int(row) + 2, fld["name"], cell,
                    f"type {fld['type']}", f"{cell!r} is not of type {fld['type']}.",
                ))
            values = pc.if_else(pc.fill_null(bad_type, False), None, values)
        _check_constraints(report, name, fld, column, values, missing)
        typed[fld["name"]] = values

    frame = pd.DataFrame({
        f["name"]: (typed[f["name"]].to_pandas().astype("float64") if f["type"] == "number"
                    else typed[f["name"]].to_pandas(types_mapper=pd.ArrowDtype))
        for f in schema["fields"]
    })
    table = Table(name=name, schema=schema, columns=typed, typed=frame)
    _check_keys(report, table)
    return table


def _describe(name: str, value: Any) -> str:
    if name == "required":
        return "a value (required)"
    if name == "enum":
        return "one of " + ", ".join(str(v) for v in value)
    if name == "pattern":
        return f"text matching {value}"
    return {"minimum": ">= ", "maximum": "<= ", "minLength": "length >= ",
            "maxLength": "length <= "}[name] + str(value)


def _check_constraints(
    report: Report, name: str, fld: dict[str, Any], column: Any, values: Any, missing: Any
) -> None:
    """Every constraint of one field; one problem per cell, naming all it breaks."""
    constraints = fld.get("constraints", {})
    failures: list[tuple[str, Any]] = []
    present = pc.invert(pc.is_null(values))
    for key, value in constraints.items():
        if key == "required" and value:
            failures.append((key, missing))
        elif key == "enum":
            failures.append((key, pc.and_(present, pc.invert(pc.is_in(values, pa.array(value))))))
        elif key == "pattern":
            matched = pc.match_substring_regex(values, f"^{value}$")
            failures.append((key, pc.and_(present, pc.invert(matched))))
        elif key in ("minimum", "maximum"):
            compare = pc.less if key == "minimum" else pc.greater
            bound = pa.scalar(_date(value) if fld["type"] == "date" else value).cast(values.type)
            outside = pc.or_(compare(values, bound), pc.is_nan(values)) if fld["type"] == "number" \
                else compare(values, bound)
            failures.append((key, pc.and_(present, outside)))
        elif key in ("minLength", "maxLength"):
            compare = pc.less if key == "minLength" else pc.greater
            failures.append((key, pc.and_(present, compare(pc.utf8_length(values), value))))
        elif key == "unique" or key == "required":
            continue
        else:
            raise InputError(f"{name}.{fld['name']}: solieu validate does not check constraint "
                             f"{key!r}; check this package with frictionless.")
    if not failures:
        return
    masks = np.column_stack([
        f[1].fill_null(False).to_numpy(zero_copy_only=False) for f in failures
    ])
    for row in np.flatnonzero(masks.any(axis=1)):
        broken = [failures[i][0] for i in np.flatnonzero(masks[row])]
        cell = column[int(row)].as_py()
        expected = "; ".join(_describe(k, constraints[k]) for k in broken)
        shown = "an empty cell" if cell == "" else repr(cell)
        report.add(Problem(
            "constraint-error", "error", name, int(row) + 2, fld["name"], cell or None,
            expected, f"{shown} breaks constraint {', '.join(broken)}: expected {expected}.",
        ))


def _check_keys(report: Report, table: Table) -> None:
    """unique fields and the primary key: a repeat is reported at each later row."""
    frame = table.typed
    repeats: dict[str, pd.Series] = {}
    for fld in table.schema["fields"]:
        if fld.get("constraints", {}).get("unique"):
            column = frame[fld["name"]]
            repeated = repeats[fld["name"]] = column.duplicated(keep="first") & column.notna()
            if not repeated.any():
                continue
            first = _first_rows(column, repeated)
            for row in _rows(repeated.to_numpy()):
                value = column.iloc[row]
                report.add(Problem(
                    "unique-error", "error", table.name, int(row) + 2, fld["name"], value,
                    "a value no other row has",
                    f"{value!r} is already in row {first[value]}; {fld['name']} must be unique.",
                ))
    key = table.schema.get("primaryKey") or []
    if key:
        cells = frame[list(key)]
        all_missing = cells.isna().all(axis=1)
        if len(key) == 1 and key[0] in repeats:  # a unique field: the same repeats
            repeated = repeats[key[0]]
        else:
            repeated = cells.duplicated(keep="first") & ~all_missing
        for row in _rows(all_missing.to_numpy() | repeated.to_numpy()):
            values = [cells.iloc[row][k] for k in key]
            shown = ", ".join("" if pd.isna(v) else str(v) for v in values)
            message = (
                f"the primary key ({', '.join(key)}) is empty"
                if all_missing.iloc[row]
                else f"the primary key ({', '.join(key)}) = ({shown}) repeats an earlier row"
            )
            report.add(Problem(
                "primary-key", "error", table.name, int(row) + 2, None, shown,
                "a primary key no other row has", message + ".",
            ))


def _first_rows(column: pd.Series, repeated: pd.Series) -> dict[Any, int]:
    """CSV row of the first occurrence of every repeated value."""
    values = set(column[repeated])
    firsts = column[column.isin(values) & ~repeated]
    return {v: int(i) + 2 for i, v in zip(firsts.index.tolist(), firsts.tolist(), strict=True)}


def _check_foreign_keys(report: Report, tables: dict[str, Table], resources: set[str]) -> None:
    """Foreign keys across tables (a table that could not be read is skipped)."""
    for table in tables.values():
        for fk in table.schema.get("foreignKeys") or []:
            fields = list(fk["fields"])
            target = fk["reference"].get("resource") or table.name
            ref_fields = list(fk["reference"]["fields"])
            if target not in tables and target in resources:
                continue  # unreadable: its own problem says why
            if target not in tables:
                report.add(Problem(
                    "foreign-key", "error", table.name, None, ",".join(fields), target,
                    "a table of the package",
                    f"foreign key {', '.join(fields)} refers to table {target!r}, which "
                    "the package does not have (or could not be read).",
                ))
                continue
            cells = table.typed[fields]
            if len(fields) == 1:
                column = table.columns[fields[0]]
                keys = pc.unique(pc.drop_null(tables[target].columns[ref_fields[0]]))
                dangling = pc.and_(pc.is_valid(column),
                                   pc.invert(pc.is_in(column, value_set=keys)))
            else:
                ref = tables[target].typed[ref_fields]
                ref = ref[~ref.isna().all(axis=1)]
                known = pd.MultiIndex.from_frame(cells).isin(pd.MultiIndex.from_frame(ref))
                dangling = ~np.asarray(known, dtype=bool) & ~cells.isna().all(axis=1).to_numpy()
            for row in _rows(dangling):
                values = ", ".join("" if pd.isna(v) else str(v) for v in cells.iloc[row])
                report.add(Problem(
                    "foreign-key", "error", table.name, int(row) + 2, ",".join(fields), values,
                    f"a {', '.join(ref_fields)} of {target}",
                    f"{', '.join(fields)} = {values!r} is not a {', '.join(ref_fields)} in "
                    f"the {target} table.",
                ))


# ------------------------------------------------------------------ reconciliation


def load_checks(path: Path) -> list[dict[str, Any]]:
    """The checks of a checks.yaml, each with id, rule, severity and its parameters."""
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: is not valid UTF-8 YAML ({exc}).") from None
    checks = data.get("checks") if isinstance(data, dict) else None
    if not isinstance(checks, list):
        raise InputError(f"{path}: needs a list 'checks' (see schemas/checks.yaml).")
    seen: set[str] = set()
    for i, check in enumerate(checks, start=1):
        where = f"{path}: check {i}"
        if not isinstance(check, dict) or not isinstance(check.get("id"), str):
            raise InputError(f"{where}: needs an 'id'.")
        where = f"{path}: check {check['id']!r}"
        if check["id"] in seen:
            raise InputError(f"{where}: the id is used twice; give each check its own id.")
        seen.add(check["id"])
        if check.get("rule") not in RULES:
            raise InputError(f"{where}: rule {check.get('rule')!r} is not one of "
                             f"{', '.join(RULES)}.")
        if check.get("severity") not in ("error", "warning"):
            raise InputError(f"{where}: severity must be error or warning.")
        for param in RULES[check["rule"]][1]:
            if param not in check:
                raise InputError(f"{where}: rule {check['rule']} needs {param!r}.")
    return checks


def _need(report: Report, check: dict[str, Any], tables: dict[str, Table],
          names: Iterable[str]) -> bool:
    absent = [n for n in names if n not in tables]
    for name in absent:
        report.add(Problem(
            check["id"], "error", name, None, None, None, "the table in the package",
            f"cannot run check {check['id']}: table {name} is missing or unreadable.",
        ))
    return not absent


def _source_texts(folder: Path, sources: Table) -> dict[str, str | None]:
    texts: dict[str, str | None] = {}
    for source_id in sources.typed["source_id"].dropna():
        path = folder / "data" / "sources" / f"{source_id}.txt"
        try:
            texts[source_id] = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            texts[source_id] = None
    return texts


def check_source_hash(report: Report, check: dict[str, Any], tables: dict[str, Table],
                      folder: Path) -> None:
    """Each source's text exists, hashes to sources.sha256 and has sources.chars."""
    if not _need(report, check, tables, ["sources"]):
        return
    sources = tables["sources"].typed
    texts = _source_texts(folder, tables["sources"])
    for row, (source_id, sha, chars) in enumerate(
        zip(sources["source_id"], sources["sha256"], sources["chars"], strict=True)
    ):
        if pd.isna(source_id):
            continue
        text = texts.get(source_id)
        relpath = f"data/sources/{source_id}.txt"
        if text is None:
            report.add(Problem(
                check["id"], check["severity"], "sources", row + 2, "source_id", source_id,
                f"a UTF-8 text {relpath}",
                f"the text of source {source_id} ({relpath}) is missing or not UTF-8; "
                "without it no figure can be checked against its source.",
            ))
            continue
        actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if not pd.isna(sha) and actual != sha:
            report.add(Problem(
                check["id"], check["severity"], "sources", row + 2, "sha256", actual, sha,
                f"{relpath} hashes to {actual}, but sources.sha256 says {sha}: the text is "
                "not the one the figures were extracted from.",
            ))
        if not pd.isna(chars) and len(text) != int(chars):
            report.add(Problem(
                check["id"], check["severity"], "sources", row + 2, "chars", len(text),
                str(chars), f"{relpath} has {len(text)} characters, sources.chars says {chars}.",
            ))


def check_provenance(report: Report, check: dict[str, Any], tables: dict[str, Table],
                     folder: Path) -> None:
    """Each figure's surface is exactly text[start:end] of its source text."""
    if not _need(report, check, tables, ["sources", "figures"]):
        return
    texts = _source_texts(folder, tables["sources"])
    figures = tables["figures"].typed
    # -1 marks a missing offset or surface: a type or required problem already says so.
    starts = figures["start"].to_numpy(dtype="int64", na_value=-1)
    ends = figures["end"].to_numpy(dtype="int64", na_value=-1)
    surfaces = figures["surface"].astype(object).where(figures["surface"].notna(), None).to_numpy()
    known = (starts >= 0) & (ends >= 0) & (surfaces != None)  # noqa: E711 (elementwise)
    for source_id, rows in figures.groupby("source_id", sort=False, dropna=True).indices.items():
        text = texts.get(str(source_id))
        if text is None:
            continue  # a foreign-key or source-hash problem already says why
        rows = rows[known[rows]]
        start, end = starts[rows], ends[rows]
        inside = (start < end) & (end <= len(text))
        for row in rows[~inside]:
            report.add(Problem(
                check["id"], check["severity"], "figures", int(row) + 2, "end",
                int(ends[row]), f"{starts[row]} < end <= {len(text)}",
                f"start {starts[row]} and end {ends[row]} do not lie within the "
                f"{len(text)} characters of source {source_id}.",
            ))
        rows, start, end = rows[inside], start[inside], end[inside]
        quoted = np.array([text[a:b] for a, b in zip(start, end, strict=True)], dtype=object)
        for i in np.flatnonzero(quoted != surfaces[rows]):
            row = int(rows[i])
            report.add(Problem(
                check["id"], check["severity"], "figures", row + 2, "surface",
                surfaces[row], quoted[i],
                f"surface {surfaces[row]!r} is not what source {source_id} says at "
                f"[{starts[row]}:{ends[row]}] ({quoted[i]!r}).",
            ))


def _decimals(surface: str) -> int:
    """Digits after the decimal comma of a Vietnamese number (82,2% -> 1)."""
    match = re.search(r",(\d+)", surface)
    return len(match.group(1)) if match else 0


def check_share_ratio(report: Report, check: dict[str, Any], tables: dict[str, Table],
                      folder: Path) -> None:
    """A share right after an A/B figure in the same sentence equals 100*A/B."""
    if not _need(report, check, tables, ["figures"]):
        return
    columns = tables["figures"].columns
    n = len(tables["figures"].typed)
    if n < 2:
        return
    # Text order: by source, then offset; each figure is paired with the next one.
    # Arrow throughout: a million sentences as Python strings would cost a GiB.
    order = pc.sort_indices(pa.table({k: columns[k] for k in ("source_id", "start")}),
                            sort_keys=[("source_id", "ascending"), ("start", "ascending")])

    def pair(name: str) -> tuple[Any, Any]:
        column = pc.take(columns[name], order)
        return column.slice(0, n - 1), column.slice(1)

    source, kind, unit, ranged = pair("source_id"), pair("kind"), pair("unit"), pair("value_max")
    pairs = pc.and_(pc.greater(pc.take(columns["denominator"], order).slice(0, n - 1), 0),
                    pc.and_(pc.is_null(ranged[0]), pc.is_null(ranged[1])))
    kinds = pa.array(check.get("kinds", ["share"]), pa.string())
    for mask in (pc.equal(*source), pc.is_in(kind[1], value_set=kinds),
                 pc.equal(unit[1], "percent")):
        pairs = pc.and_(pairs, mask)
    candidates = _rows(pairs)
    positions = order.to_numpy()
    # Same sentence: compared for the candidates alone (the sentences are long).
    sentence = columns["sentence"]
    same = pc.equal(pc.take(sentence, positions[candidates]),
                    pc.take(sentence, positions[candidates + 1]))
    candidates = candidates[_rows(same)]
    if not len(candidates):
        return
    value = tables["figures"].typed["value"].to_numpy()
    denominator = tables["figures"].typed["denominator"].to_numpy()
    surfaces = columns["surface"]
    units = float(check.get("last_digit_units", 1))
    for i in candidates:
        ratio_row, share_row = int(positions[i]), int(positions[i + 1])
        expected = 100.0 * value[ratio_row] / denominator[ratio_row]
        share, surface = value[share_row], str(surfaces[share_row].as_py())
        tolerance = units * 10.0 ** -_decimals(surface) + 1e-9
        if abs(expected - share) <= tolerance:
            continue
        ratio = surfaces[ratio_row].as_py()
        report.add(Problem(
            check["id"], check["severity"], "figures", share_row + 2, "value",
            float(share), f"{expected:.4g} (= 100 × {ratio})",
            f"share {surface!r} does not agree with {ratio!r} stated before it in the "
            f"same sentence: 100 × {value[ratio_row]:g}/{denominator[ratio_row]:g} = "
            f"{expected:.4g}.",
        ))


def check_parts_add_up(report: Report, check: dict[str, Any], tables: dict[str, Table],
                       folder: Path) -> None:
    """Observations of the parts of a total add up to the total's observation."""
    if not _need(report, check, tables, ["indicators", "observations"]):
        return
    indicators = tables["indicators"].typed.dropna(subset=["indicator_id", "part_of"])
    part_of = dict(zip(indicators["indicator_id"], indicators["part_of"], strict=True))
    if not part_of:
        return
    parts_needed = pd.Series(list(part_of.values())).value_counts()
    obs = tables["observations"].typed
    key = ["geography", "period", "source_id", "unit"]
    skip = ["approx", "over", "under"]

    parts = obs[obs["indicator_id"].isin(list(part_of))]
    parts = parts.assign(
        total_id=parts["indicator_id"].map(part_of).astype(obs["indicator_id"].dtype),
        skipped=parts["qualifier"].isin(skip),
    )
    sums = parts.groupby(["total_id", *key], dropna=False, observed=True).agg(
        added=("value", "sum"), count=("indicator_id", "nunique"), skipped=("skipped", "any"),
    ).reset_index()
    totals = obs[obs["indicator_id"].isin(list(parts_needed.index))]
    totals = totals.reset_index(names="position").merge(
        sums, left_on=["indicator_id", *key], right_on=["total_id", *key], how="inner",
    )
    totals = totals[~totals["skipped"] & ~totals["qualifier"].isin(skip)]
    complete = totals["count"].to_numpy() >= totals["indicator_id"].map(parts_needed).to_numpy()
    value = totals["value"].to_numpy()
    added = totals["added"].to_numpy()
    slack = float(check.get("relative_tolerance", 0.0)) * np.abs(value) + 1e-9
    wrong = np.where(complete, np.abs(added - value) > slack, added > value + slack)
    for i in np.flatnonzero(wrong):
        total = totals.iloc[i]
        same = parts[(parts["total_id"] == total["indicator_id"]).to_numpy()]
        for k in key:
            same = same[(same[k] == total[k]).to_numpy()]
        listed = " + ".join(f"{v:g} ({p})" for p, v in
                            zip(same["indicator_id"], same["value"], strict=True))
        what = "add up to" if complete[i] else "exceed it, without all parts:"
        report.add(Problem(
            check["id"], check["severity"], "observations", int(total["position"]) + 2,
            "value", float(total["value"]), f"{added[i]:g} (sum of parts)",
            f"{total['indicator_id']} is {total['value']:g} for {total['geography']}, "
            f"{total['period']} ({total['source_id']}), but its parts {what} "
            f"{listed} = {added[i]:g}.",
        ))


def check_range(report: Report, check: dict[str, Any], tables: dict[str, Table],
                folder: Path) -> None:
    """`fields` of the rows matching `where` lie within [minimum, maximum]."""
    name = check["table"]
    if not _need(report, check, tables, [name]):
        return
    frame = tables[name].typed
    selected = np.ones(len(frame), dtype=bool)
    for column, allowed in (check.get("where") or {}).items():
        selected &= frame[column].isin(list(allowed)).fillna(False).to_numpy(dtype=bool)
    low, high = check.get("minimum", -math.inf), check.get("maximum", math.inf)
    for column in check["fields"]:
        values = frame[column].to_numpy(dtype="float64", na_value=np.nan)
        outside = selected & ~np.isnan(values) & ((values < low) | (values > high))
        for row in np.flatnonzero(outside):
            report.add(Problem(
                check["id"], check["severity"], name, int(row) + 2, column,
                float(values[row]), f"between {low:g} and {high:g}",
                f"{column} {values[row]:g} is outside [{low:g}, {high:g}] "
                f"({check.get('title', check['id'])}).",
            ))


# rule -> (function, required parameters)
RULES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "provenance": (check_provenance, ()),
    "source-hash": (check_source_hash, ()),
    "share-ratio": (check_share_ratio, ()),
    "parts-add-up": (check_parts_add_up, ()),
    "range": (check_range, ("table", "fields")),
}


# -------------------------------------------------------------------------- package


def _check_descriptor(report: Report, descriptor: dict[str, Any], folder: Path) -> bool:
    """datapackage.json against the Data Package and Table Schema profiles, read by
    frictionless itself (metadata only, no data: fast). True if it is sound."""
    from frictionless import FrictionlessException, Package

    try:
        Package.from_descriptor(copy.deepcopy(descriptor), basepath=str(folder))
        return True
    except FrictionlessException as exc:
        for error in exc.reasons or [exc.error]:
            report.add(Problem(
                error.type, "error", None, None, None, None,
                "a valid Data Package descriptor", f"datapackage.json: {error.note}",
            ))
        return False


def validate_package(path: Path) -> Report:
    """Validate a package folder (or its datapackage.json): files, tables, checks.

    Raises :class:`InputError` when ``path`` is no package at all; everything wrong
    inside a package is a problem in the returned :class:`Report`.
    """
    descriptor_path = _descriptor_path(Path(path))
    descriptor = _read_descriptor(descriptor_path)
    folder = descriptor_path.parent
    report = Report()
    if not _check_descriptor(report, descriptor, folder):
        return report  # as frictionless: data described wrongly is not read at all
    tables: dict[str, Table] = {}
    for resource in descriptor["resources"]:
        if not isinstance(resource, dict):
            raise InputError(f"{descriptor_path}: every resource must be an object.")
        file = _check_file(report, folder, resource)
        schema = resource.get("schema")
        if file is None or not isinstance(schema, dict) or resource.get("type") == "file":
            continue
        cells = _read_csv(report, resource["name"], file, schema)
        if cells is not None:
            tables[resource["name"]] = _check_table(report, resource["name"], cells, schema)
    _check_foreign_keys(report, tables, {r.get("name") for r in descriptor["resources"]})

    checks_path = folder / "checks.yaml"
    if not checks_path.is_file():
        report.add(Problem(
            "package-error", "error", None, None, None, "checks.yaml", "checks.yaml",
            "the package has no checks.yaml, so its reconciliation checks cannot be re-run; "
            "publish it again with solieu.",
        ))
        return report
    for check in load_checks(checks_path):
        RULES[check["rule"]][0](report, check, tables, folder)
    return report


def validate_command(path: Path, fmt: str = "text") -> int:
    """`solieu validate PATH`: print the report; exit 1 on errors, else 0."""
    report = validate_package(path)
    sys.stdout.write(report.to_json() if fmt == "json" else report.to_text())
    return 0 if report.valid else 1
