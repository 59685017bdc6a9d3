"""Checking a package's tables against their Table Schemas, column by column.

The checks report what ``frictionless validate`` reports on the same package (same
problem types, same row numbers), but column by column with pyarrow instead of row by
row, so a package of a million figures validates in seconds: the descriptor against
the Data Package profiles, each resource's file (bytes, hash), its cells field by field
(types and constraints, rows in order), its unique and primary keys, and the foreign
keys across tables.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from solieu.report import Report
from solieu.sources import InputError

# The values Python's int() and decimal.Decimal() accept once stripped, as frictionless
# reads integer and number cells.
_DIGITS = r"\d(?:_?\d)*"
INTEGER_RE = rf"^\s*[+-]?{_DIGITS}\s*$"
NUMBER_RE = (
    rf"^\s*[+-]?(?:(?:{_DIGITS}(?:\.(?:{_DIGITS})?)?|\.{_DIGITS})(?:[eE][+-]?{_DIGITS})?"
    r"|(?i:inf|infinity|s?nan\d*))\s*$"
)


@dataclass
class CheckedResources:
    """Resource descriptors frictionless has accepted, by hash, kept between runs so that
    a package whose resources are mostly those of its last version has only its new
    ones checked again (a version of 10,000 reports has over 10,000 resources, one per
    text, and frictionless takes about a millisecond for each).

    The hash is of everything frictionless's check of one resource depends on: its
    version, the package's ``$schema`` (the profile imposed on every resource) and the
    resource's whole JSON. Only its descriptor is taken as checked: its file's bytes
    and hash are checked every time (:func:`check_file`)."""

    known: frozenset[str] = frozenset()  # accepted before: not given to frictionless again
    accepted: set[str] | None = None  # every resource of the package last accepted
    skipped: int = 0  # resources taken as checked by the last check (for tests)


def _resource_keys(descriptor: dict[str, Any]) -> list[str]:
    from frictionless import __version__

    frame = json.dumps([__version__, descriptor.get("$schema")])
    return [hashlib.sha256((frame + json.dumps(r, sort_keys=True, ensure_ascii=False)).encode(
        "utf-8")).hexdigest()[:24] for r in descriptor["resources"]]


def check_descriptor(report: Report, descriptor: dict[str, Any], folder: Path,
                     checked: CheckedResources | None = None) -> bool:
    """datapackage.json against the Data Package and Table Schema profiles, read by
    frictionless itself (metadata only, no data: fast). True if it is sound.

    With ``checked``, resources it knows are left out of what frictionless reads (never
    a table, and nothing when the package names a ``profile`` that looks at every
    resource); the one check frictionless makes across resources, that their names are
    unique, is made here over all of them. When the descriptor is sound,
    ``checked.accepted`` becomes the keys of all its resources."""
    from frictionless import FrictionlessException, Package

    resources = descriptor["resources"]
    keys = (_resource_keys(descriptor) if checked is not None
            and all(isinstance(r, dict) for r in resources) else None)
    given = descriptor
    if checked is not None:
        checked.skipped = 0
    if checked is not None and keys is not None and "profile" not in descriptor:
        skip = [k in checked.known and r.get("type") != "table" and "schema" not in r
                for k, r in zip(keys, resources, strict=True)]
        checked.skipped = sum(skip)
        if checked.skipped:
            names = [r["name"] for r in resources if "name" in r]
            if len(names) != len(set(names)):
                report.error("package-error", expected="a valid Data Package descriptor",
                             message="datapackage.json: names of the resources are not unique")
                return False
            given = {**descriptor, "resources": [r for r, s in zip(resources, skip, strict=True)
                                                 if not s]}
    try:
        Package.from_descriptor(copy.deepcopy(given), basepath=str(folder))
    except FrictionlessException as exc:
        for error in exc.reasons or [exc.error]:
            report.error(error.type,
                         expected="a valid Data Package descriptor",
                         message=f"datapackage.json: {error.note}")
        return False
    if checked is not None and keys is not None:
        checked.accepted = set(keys)
    return True


def _safe_path(folder: Path, relpath: Any) -> Path | None:
    """The file a resource path names, if it is a relative path inside the package (and,
    if it is a link, one that stays inside it)."""
    if not isinstance(relpath, str) or relpath.startswith("/") or "\\" in relpath:
        return None
    parts = Path(relpath).parts
    if ".." in parts or "://" in relpath:
        return None
    path = folder / relpath
    # Without "..", only a link can lead outside: a path with none below the folder is
    # inside it (one lstat per part), and only one with a link is resolved. (Strings,
    # not Paths: a package has a resource per source, thousands of them.)
    below = os.fspath(folder)
    for part in parts:
        below = os.path.join(below, part)
        if os.path.islink(below):
            return path if path.resolve().is_relative_to(Path(folder).resolve()) else None
    return path


# Profiles frictionless knows without fetching them: the standard datapackage.org ones
# and the names of the v1 profiles.
STANDARD_PROFILE = re.compile(r"^https://datapackage\.org/profiles/\d+\.\d+/[a-z-]+\.json$")
PROFILE_NAMES = {"data-package", "tabular-data-package", "data-resource",
                 "tabular-data-resource"}
REFERENCES = ("$schema", "profile", "path", "schema", "dialect")


def _references(descriptor: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (where, value) string of a descriptor that names another file or a URL."""
    found: list[tuple[str, str]] = []

    def walk(obj: Any, where: str, depth: int = 0) -> None:
        if not isinstance(obj, dict) or depth > 3:
            return
        for key in REFERENCES:
            value = obj.get(key)
            values = value if isinstance(value, list) else [value]
            found.extend((f"{where}/{key}", v) for v in values if isinstance(v, str))
            if isinstance(value, dict):
                walk(value, f"{where}/{key}", depth + 1)
        for i, res in enumerate(obj.get("resources") or [] if depth == 0 else []):
            walk(res, f"/resources/{i}", depth + 1)

    walk(descriptor, "")
    return found


def check_references(report: Report, descriptor: dict[str, Any], folder: Path) -> bool:
    """Nothing a descriptor names may be fetched from the network or read from outside
    the package: each such reference is an error, and nothing is read (True if none)."""
    ok = True
    for where, value in _references(descriptor):
        key = where.rsplit("/", 1)[-1]
        if key in ("$schema", "profile") and (STANDARD_PROFILE.match(value)
                                               or value in PROFILE_NAMES):
            continue
        if "://" in value or value.startswith("//"):
            problem = (f"{where} is a remote address ({value[:200]}); validation reads nothing "
                       "from the network, so it was not fetched and what it describes is "
                       "unchecked. Put the file in the package and give its relative path.")
        elif key in ("$schema", "profile"):
            problem = (f"{where} names a profile that is not a standard datapackage.org one "
                       f"({value[:200]}); it was not read.")
        elif key in ("path", "schema", "dialect") and _safe_path(folder, value) is None:
            problem = (f"{where} ({value[:200]}) is not a relative path inside the package "
                       "(or is a link that leaves it); nothing outside the package is read.")
        else:
            continue
        ok = False
        report.error("scheme-error", value=value[:200],
                     expected="a relative path inside the package",
                     message=f"datapackage.json: {problem}")
    return ok


def check_file(report: Report, folder: Path, resource: dict[str, Any]) -> Path | None:
    """Bytes and hash of one resource's file, as frictionless checks them."""
    name = resource.get("name")
    if "path" not in resource:
        return None  # inline data: no file to check
    path = _safe_path(folder, resource.get("path"))
    if path is None:
        report.error("scheme-error",
                     table=name,
                     value=resource.get("path"),
                     expected="a relative path inside the package",
                     message=f"resource {name}: path {resource.get('path')!r} is not a relative path inside "
                             "the package; data must travel with datapackage.json.")
        return None
    if not path.is_file():
        report.error("scheme-error",
                     table=name,
                     value=resource["path"],
                     expected="an existing file",
                     message=f"resource {name}: {resource['path']} is missing from the package"
                             f"{'' if not path.exists() else ' (it is not a regular file)'}.")
        return None
    if not stat.S_ISREG(path.stat().st_mode):
        report.error("scheme-error", table=name,
                     value=resource["path"], expected="a regular file",
                     message=f"resource {name}: {resource['path']} is not a regular file.")
        return None
    expected_hash = resource.get("hash")
    algorithm, _, expected_hex = (expected_hash or "").rpartition(":")
    try:
        digest = hashlib.new(algorithm or "md5")  # a bare hex hash is MD5 (Data Package v1)
    except ValueError:
        report.error("hash-count",
                     table=name,
                     expected="sha256:<hex>",
                     message=f"resource {name}: hash {expected_hash!r} uses an unknown algorithm.")
        return path
    size = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    if expected_hash and digest.hexdigest() != expected_hex:
        report.error("hash-count",
                     table=name,
                     value=f"{algorithm or 'md5'}:{digest.hexdigest()}",
                     expected=expected_hash,
                     message=f"{resource['path']} has changed since its hash was written (or is corrupt); "
                             "restore the file or publish it again.")
    if "bytes" in resource and resource["bytes"] != size:
        report.error("byte-count",
                     table=name,
                     value=size,
                     expected=str(resource["bytes"]),
                     message=f"{resource['path']} has {size} bytes, datapackage.json says {resource['bytes']}; "
                             "restore the file or publish it again.")
    return path


SCHEMA_MAX_BYTES = 1 << 20


def resource_schema(report: Report, folder: Path, resource: dict[str, Any]) -> dict[str, Any] | None:
    """A resource's Table Schema: inline, or read from a file inside the package (a
    remote one is reported by :func:`check_references` and not fetched). None, with a
    problem said, when a table has none that can be read: it is never left unchecked
    without a word."""
    name = resource.get("name")
    schema = resource.get("schema")
    if isinstance(schema, dict):
        return schema
    if isinstance(schema, str):
        path = _safe_path(folder, schema)
        if path is None:
            return None  # check_references said why
        try:
            with open(path, "rb") as f:
                data = f.read(SCHEMA_MAX_BYTES + 1)
            if len(data) > SCHEMA_MAX_BYTES:
                raise ValueError(f"larger than {SCHEMA_MAX_BYTES // 1024} KiB")
            loaded = json.loads(data.decode("utf-8"))
            if isinstance(loaded, dict) and isinstance(loaded.get("fields"), list):
                return loaded
            why = "it has no 'fields' list"
        except (OSError, ValueError, RecursionError) as exc:
            why = getattr(exc, "strerror", None) or type(exc).__name__
            why = f"it cannot be read as a JSON Table Schema ({why})"
        report.error("schema-error", table=name, value=schema,
                     expected="a Table Schema",
                     message=f"resource {name}: schema {schema}: {why}; the table was "
                             "not checked.")
        return None
    if resource.get("type") == "table" or str(resource.get("path", "")).endswith(".csv"):
        report.error("schema-error", table=name,
                     expected="a Table Schema",
                     message=f"resource {name}: a table without a schema; its cells "
                             "cannot be checked. Describe it with a Table Schema.")
    return None


# ---------------------------------------------------------------------------- tables


@dataclass
class Table:
    """A table read from its CSV, its cells typed by the schema (null where missing or
    not of the type): as Arrow columns, and as a pandas frame over the same memory."""

    name: str
    schema: dict[str, Any]
    columns: dict[str, pa.ChunkedArray]
    typed: pd.DataFrame


def read_csv(report: Report, name: str, path: Path, schema: dict[str, Any]) -> pa.Table | None:
    """The cells of a resource's CSV as text columns named by the schema, after checking
    its header; None (and the problems reported) when the cells cannot be matched."""
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
            report.error("source-error",
                         table=name,
                         expected="a UTF-8 CSV file",
                         message=f"{path.name} cannot be read as CSV: {exc}")
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
                    report.error("extra-cell",
                                 table=name,
                                 row=number,
                                 value=row[position],
                                 message=f"row has {len(row)} cells, the schema {len(names)} fields: "
                                         f"{row[position]!r} at position {position + 1} is extra.")
                for position in range(len(row), len(names)):
                    report.error("missing-cell",
                                 table=name,
                                 row=number,
                                 field=names[position],
                                 expected=names[position],
                                 message=f"row has {len(row)} cells, the schema {len(names)} fields: "
                                         f"{names[position]} is missing.")
                    if required[position]:
                        report.error("constraint-error",
                                     table=name,
                                     row=number,
                                     field=names[position],
                                     expected=_describe("required", True),
                                     message=f"{names[position]} is required, and the row lacks it.")
    except (UnicodeDecodeError, csv.Error):
        return False
    return found


def _report_labels(report: Report, table: str, labels: list[str], names: list[str]) -> None:
    for i in range(max(len(labels), len(names))):
        if i >= len(names):
            report.error("extra-label",
                         table=table,
                         field=labels[i],
                         value=labels[i],
                         message=f"header has an extra column {labels[i]!r} at position {i + 1}; "
                                 "the schema does not describe it.")
        elif i >= len(labels):
            report.error("missing-label",
                         table=table,
                         field=names[i],
                         expected=names[i],
                         message=f"header lacks column {names[i]!r} at position {i + 1}.")
        elif labels[i] != names[i]:
            report.error("incorrect-label",
                         table=table,
                         field=names[i],
                         value=labels[i],
                         expected=names[i],
                         message=f"header says {labels[i]!r} at position {i + 1} where the schema has "
                                 f"{names[i]!r}.")


def true_rows(mask: Any) -> np.ndarray:
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


def check_table(report: Report, name: str, cells: pa.Table, schema: dict[str, Any]) -> Table:
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
            for row in true_rows(bad_type):
                cell = column[int(row)].as_py()
                report.error("type-error",
                             table=name,
                             row=int(row) + 2,
                             field=fld["name"],
                             value=cell,
                             expected=f"type {fld['type']}",
                             message=f"{cell!r} is not of type {fld['type']}.")
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
        report.error("constraint-error",
                     table=name,
                     row=int(row) + 2,
                     field=fld["name"],
                     value=cell or None,
                     expected=expected,
                     message=f"{shown} breaks constraint {', '.join(broken)}: expected {expected}.")


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
            for row in true_rows(repeated.to_numpy()):
                value = column.iloc[row]
                report.error("unique-error",
                             table=table.name,
                             row=int(row) + 2,
                             field=fld["name"],
                             value=value,
                             expected="a value no other row has",
                             message=f"{value!r} is already in row {first[value]}; {fld['name']} must be unique.")
    key = table.schema.get("primaryKey") or []
    if key:
        cells = frame[list(key)]
        all_missing = cells.isna().all(axis=1)
        if len(key) == 1 and key[0] in repeats:  # a unique field: the same repeats
            repeated = repeats[key[0]]
        else:
            repeated = cells.duplicated(keep="first") & ~all_missing
        for row in true_rows(all_missing.to_numpy() | repeated.to_numpy()):
            values = [cells.iloc[row][k] for k in key]
            shown = ", ".join("" if pd.isna(v) else str(v) for v in values)
            message = (
                f"the primary key ({', '.join(key)}) is empty"
                if all_missing.iloc[row]
                else f"the primary key ({', '.join(key)}) = ({shown}) repeats an earlier row"
            )
            report.error("primary-key",
                         table=table.name,
                         row=int(row) + 2,
                         value=shown,
                         expected="a primary key no other row has",
                         message=message + ".")


def _first_rows(column: pd.Series, repeated: pd.Series) -> dict[Any, int]:
    """CSV row of the first occurrence of every repeated value."""
    values = set(column[repeated])
    firsts = column[column.isin(values) & ~repeated]
    return {v: int(i) + 2 for i, v in zip(firsts.index.tolist(), firsts.tolist(), strict=True)}


def check_foreign_keys(report: Report, tables: dict[str, Table], resources: set[str]) -> None:
    """Foreign keys across tables (a table that could not be read is skipped)."""
    for table in tables.values():
        for fk in table.schema.get("foreignKeys") or []:
            fields = list(fk["fields"])
            target = fk["reference"].get("resource") or table.name
            ref_fields = list(fk["reference"]["fields"])
            if target not in tables and target in resources:
                continue  # unreadable: its own problem says why
            if target not in tables:
                report.error("foreign-key",
                             table=table.name,
                             field=",".join(fields),
                             value=target,
                             expected="a table of the package",
                             message=f"foreign key {', '.join(fields)} refers to table {target!r}, which "
                                     "the package does not have (or could not be read).")
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
            for row in true_rows(dangling):
                values = ", ".join("" if pd.isna(v) else str(v) for v in cells.iloc[row])
                report.error("foreign-key",
                             table=table.name,
                             row=int(row) + 2,
                             field=",".join(fields),
                             value=values,
                             expected=f"a {', '.join(ref_fields)} of {target}",
                             message=f"{', '.join(fields)} = {values!r} is not a {', '.join(ref_fields)} in "
                                     f"the {target} table.")


