"""Validating a data package: every file, every table against its schema, and the
reconciliation checks of the package's own checks.yaml.

The schema checks are in :mod:`solieu.table_check`, the reconciliation checks in
:mod:`solieu.checks`, the report they fill in :mod:`solieu.report`.

Problems are listed in the order they are found, which is stable: per resource in
package order, its file (bytes, hash), then its cells field by field (rows in order),
then its unique and primary keys; then foreign keys; then the reconciliation checks in
checks.yaml order. `row` and `field` locate each in the CSV; the order carries no
meaning.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from solieu.checks import load_checks, run_checks
from solieu.report import Report
from solieu.sources import InputError
from solieu.table_check import (
    CheckedResources,
    Table,
    check_descriptor,
    check_file,
    check_foreign_keys,
    check_references,
    check_table,
    read_csv,
    resource_schema,
)

DESCRIPTOR_MAX_BYTES = 64 << 20


def _descriptor_path(path: Path) -> Path:
    path = Path(path)
    if path.is_dir():
        path = path / "datapackage.json"
    if not path.is_file():
        raise InputError(
            f"{path}: no such file; give a package folder or its datapackage.json."
        )
    if path.stat().st_size > DESCRIPTOR_MAX_BYTES:
        raise InputError(f"{path}: is larger than {DESCRIPTOR_MAX_BYTES >> 20} MiB; that is no "
                         "datapackage.json.")
    return path


def _read_descriptor(path: Path) -> dict[str, Any]:
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: is not a UTF-8 JSON file ({exc}).") from None
    except RecursionError:
        raise InputError(f"{path}: is nested too deeply to be a datapackage.json.") from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise InputError(f"{path}: has no 'resources' list; is it a datapackage.json?")
    return descriptor


def validate_package(path: Path, checked: CheckedResources | None = None,
                     trusted: frozenset[str] = frozenset()) -> Report:
    """Validate a package folder (or its datapackage.json): files, tables, checks.

    ``checked``: resource descriptors frictionless accepted before, not read by it again
    (see :class:`~solieu.table_check.CheckedResources`); every file, every table's
    every row and every check are checked all the same. ``trusted``: sources whose
    rows and text are, byte for byte, those of a version that passed the same checks
    (see :meth:`solieu.splice.KeptCsv.trusted`): their rows are not checked against
    their texts again (see :func:`solieu.checks.run_checks`).

    Raises :class:`InputError` when ``path`` is no package at all; everything wrong
    inside a package is a problem in the returned :class:`Report`.
    """
    descriptor_path = _descriptor_path(Path(path))
    descriptor = _read_descriptor(descriptor_path)
    folder = descriptor_path.parent
    report = Report()
    # Before frictionless reads it: a remote profile or schema would be fetched.
    if not check_references(report, descriptor, folder):
        return report
    if not check_descriptor(report, descriptor, folder, checked):
        return report  # as frictionless: data described wrongly is not read at all
    tables: dict[str, Table] = {}
    for resource in descriptor["resources"]:
        if not isinstance(resource, dict):
            raise InputError(f"{descriptor_path}: every resource must be an object.")
        file = check_file(report, folder, resource)
        if file is None or resource.get("type") == "file":
            continue
        schema = resource_schema(report, folder, resource)
        if schema is None:
            continue
        cells = read_csv(report, resource["name"], file, schema)
        if cells is not None:
            tables[resource["name"]] = check_table(report, resource["name"], cells, schema)
    check_foreign_keys(report, tables, {r.get("name") for r in descriptor["resources"]})

    checks_path = folder / "checks.yaml"
    if not checks_path.resolve().is_relative_to(folder.resolve()):
        report.error("package-error", value="checks.yaml", expected="a file inside the package",
                     message="checks.yaml is a link that leaves the package; it was not read. "
                             "Put the file itself in the package.")
        return report
    if not checks_path.is_file():
        report.error("package-error", value="checks.yaml", expected="checks.yaml",
                     message="the package has no checks.yaml, so its reconciliation checks cannot "
                             "be re-run; publish it again with solieu.")
        return report
    run_checks(report, load_checks(checks_path), tables, folder, trusted)
    return report


def validate_command(path: Path, fmt: str = "text") -> int:
    """`solieu validate PATH`: print the report; exit 1 on errors, else 0."""
    report = validate_package(path)
    sys.stdout.write(report.to_json() if fmt == "json" else report.to_text())
    return 0 if report.valid else 1
