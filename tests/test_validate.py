"""solieu validate: broken packages give exactly the expected problems, and the schema
problems are the ones upstream frictionless reports on the same files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import frictionless
import pytest
import yaml

from fixtures.packages import (
    SOURCE_ID,
    TEXT,
    build,
    edit_cell,
    good_tables,
    rehash_file,
    row_of,
)
from solieu import cli
from solieu.checks import load_checks
from solieu.package import table_schema
from solieu.sources import InputError
from solieu.validate import validate_command, validate_package

# frictionless reports these per row, without a field.
ROW_ERRORS = {"primary-key", "foreign-key"}
SCHEMA_CHECKS = {
    "type-error", "constraint-error", "unique-error", "primary-key", "foreign-key",
    "hash-count", "byte-count", "missing-label", "extra-label", "incorrect-label",
    "extra-cell", "missing-cell",
}


def problems(folder: Path) -> set[tuple]:
    """Every problem solieu reports: (check, severity, table, row, field)."""
    report = validate_package(folder)
    return {(p.check, p.severity, p.table, p.row, p.field) for p in report.problems}


def solieu_schema_problems(folder: Path) -> set[tuple]:
    """solieu's schema problems in frictionless's terms: (resource, row, field, type)."""
    return {
        (p.table, p.row, None if p.check in ROW_ERRORS else p.field, p.check)
        for p in validate_package(folder).problems
        if p.check in SCHEMA_CHECKS
    }


def frictionless_problems(folder: Path) -> set[tuple]:
    """What upstream frictionless reports: (resource, rowNumber, field name, type)."""
    report = frictionless.validate(str(folder / "datapackage.json"))
    found = set()
    for task in report.tasks:
        fields = [f["name"] for f in table_schema(task.name)["fields"]] \
            if task.name in ("sources", "figures", "indicators", "observations") else []
        for row, number, kind in task.flatten(["rowNumber", "fieldNumber", "type"]):
            field = fields[number - 1] if number and number <= len(fields) else None
            found.add((task.name, row, field, kind))
    return found


def assert_same_as_frictionless(folder: Path) -> None:
    assert solieu_schema_problems(folder) == frictionless_problems(folder)


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("good"))


@pytest.fixture
def copy(good, tmp_path) -> Path:
    """A fresh copy of the good package to break."""
    return Path(shutil.copytree(good, tmp_path / "pkg"))


def with_tables(tmp_path: Path, change) -> Path:
    """Build a package from the good tables after change(tables) edits them."""
    tables = good_tables()
    change(tables)
    return build(tmp_path / "pkg", tables)


def test_good_package_passes_solieu_and_frictionless(good):
    report = validate_package(good)
    assert report.valid and report.problems == [] and report.warnings == 0
    assert frictionless.validate(str(good / "datapackage.json")).valid


def test_accepts_the_datapackage_json_too(good):
    assert validate_package(good / "datapackage.json").valid


def test_wrong_type(copy):
    row = row_of(copy, "figures", "surface", "112")
    edit_cell(copy, "figures", row, "start", "eighty")
    assert problems(copy) == {("type-error", "error", "figures", row, "start")}
    assert_same_as_frictionless(copy)


def test_out_of_range_and_not_in_vocabulary(tmp_path):
    def change(t):
        t["figures"].loc[0, "denominator"] = -45.0
        t["figures"].loc[2, "qualifier"] = "roughly"
        t["observations"].loc[0, "period"] = "năm 2022"
    folder = with_tables(tmp_path, change)
    assert problems(folder) == {
        ("constraint-error", "error", "figures", 2, "denominator"),
        ("constraint-error", "error", "figures", 4, "qualifier"),
        ("constraint-error", "error", "observations", row_of(folder, "observations",
                                                             "period", "năm 2022"), "period"),
    }
    assert_same_as_frictionless(folder)


def test_required_cell_left_empty(copy):
    edit_cell(copy, "figures", 3, "sentence", "")
    assert problems(copy) == {("constraint-error", "error", "figures", 3, "sentence")}
    assert_same_as_frictionless(copy)


def test_duplicate_keys(tmp_path):
    def change(t):
        t["figures"].loc[1, "figure_id"] = t["figures"].loc[0, "figure_id"]
        t["observations"].loc[len(t["observations"])] = t["observations"].loc[8]
    folder = with_tables(tmp_path, change)
    budget = row_of(folder, "observations", "indicator_id", "budget_revenue")
    assert problems(folder) == {
        ("unique-error", "error", "figures", 3, "figure_id"),
        ("primary-key", "error", "figures", 3, None),
        ("primary-key", "error", "observations", budget + 1, None),
        # the observation of the renamed figure now points nowhere
        ("foreign-key", "error", "observations",
         row_of(folder, "observations", "figure_id", f"{SOURCE_ID}-0002"), "figure_id"),
    }
    assert_same_as_frictionless(folder)


def test_dangling_foreign_keys(tmp_path):
    def change(t):
        t["observations"].loc[0, "figure_id"] = f"{SOURCE_ID}-9999"
        t["indicators"].loc[8, "part_of"] = "works_all"
        t["figures"].loc[4, "source_id"] = "city-2021"
    folder = with_tables(tmp_path, change)
    assert problems(folder) == {
        ("foreign-key", "error", "observations",
         row_of(folder, "observations", "figure_id", f"{SOURCE_ID}-9999"), "figure_id"),
        ("foreign-key", "error", "indicators",
         row_of(folder, "indicators", "part_of", "works_all"), "part_of"),
        ("foreign-key", "error", "figures", 6, "source_id"),
    }
    assert_same_as_frictionless(folder)


def test_surface_not_in_source(tmp_path):
    def change(t):
        t["figures"].loc[2, "surface"] = "113"
    folder = with_tables(tmp_path, change)
    assert problems(folder) == {("provenance", "error", "figures", 4, "surface")}


def test_offsets_outside_the_text(tmp_path):
    def change(t):
        t["figures"].loc[10, "start"] = len(TEXT) - 1
        t["figures"].loc[10, "end"] = len(TEXT) + 3
    folder = with_tables(tmp_path, change)
    assert problems(folder) == {("provenance", "error", "figures", 12, "end")}


def test_parts_do_not_add_up(tmp_path):
    def change(t):
        obs = t["observations"]
        obs.loc[obs["indicator_id"] == "works_other", "value"] = 35.0
    folder = with_tables(tmp_path, change)
    total = row_of(folder, "observations", "indicator_id", "works_total")
    assert problems(folder) == {("parts-add-up", "error", "observations", total, "value")}
    (problem,) = validate_package(folder).problems
    assert problem.value == 112 and problem.expected.startswith("113")


def test_parts_missing_may_not_exceed_the_total(tmp_path):
    def change(t):
        obs = t["observations"] = t["observations"].query("indicator_id != 'works_health'")
        obs.loc[obs["indicator_id"] == "works_other", "value"] = 40.0
    folder = with_tables(tmp_path, change)
    total = row_of(folder, "observations", "indicator_id", "works_total")
    assert problems(folder) == {("parts-add-up", "error", "observations", total, "value")}


def test_parts_missing_below_the_total_pass(tmp_path):
    def change(t):
        t["observations"] = t["observations"].query("indicator_id != 'works_health'")
    assert problems(with_tables(tmp_path, change)) == set()


def test_share_disagreeing_with_its_ratio_is_a_warning(tmp_path):
    def change(t):
        t["figures"].loc[0, "denominator"] = 46.0  # 37/46 = 80.4%, stated 82,2%
    folder = with_tables(tmp_path, change)
    assert problems(folder) == {("share-ratio", "warning", "figures", 3, "value")}
    report = validate_package(folder)
    assert report.valid and report.warnings == 1


def test_share_above_100_is_an_error(tmp_path):
    def change(t):
        t["figures"].loc[1, "value"] = 182.2
    folder = with_tables(tmp_path, change)
    assert problems(folder) == {
        ("share-range", "error", "figures", 3, "value"),
        ("share-ratio", "warning", "figures", 3, "value"),
    }


def test_implausible_growth_is_a_warning(tmp_path):
    def change(t):
        t["figures"].loc[10, "value"] = 6200.0
    folder = with_tables(tmp_path, change)
    assert problems(folder) == {("growth-range", "warning", "figures", 12, "value")}


def test_file_changed_after_its_hash_was_written(copy):
    edit_cell(copy, "observations", 2, "geography", "Thành phố Hà Nội", rehash=False)
    assert problems(copy) == {
        ("hash-count", "error", "observations", None, None),
        ("byte-count", "error", "observations", None, None),
    }
    assert_same_as_frictionless(copy)


def test_source_text_changed(copy):
    path = copy / "data" / "sources" / f"{SOURCE_ID}.txt"
    path.write_text(TEXT.replace("37/45", "38/45"), encoding="utf-8")
    assert problems(copy) == {
        ("hash-count", "error", f"source-{SOURCE_ID}", None, None),
        ("source-hash", "error", "sources", 2, "sha256"),
        ("provenance", "error", "figures", 2, "surface"),
    }


def test_source_text_missing(copy):
    (copy / "data" / "sources" / f"{SOURCE_ID}.txt").unlink()
    assert problems(copy) == {
        ("scheme-error", "error", f"source-{SOURCE_ID}", None, None),
        ("source-hash", "error", "sources", 2, "source_id"),
    }


def test_the_package_copy_of_the_checks_is_the_one_run(copy):
    checks = yaml.safe_load((copy / "checks.yaml").read_text(encoding="utf-8"))
    for check in checks["checks"]:
        if check["id"] == "growth-range":
            check["maximum"] = 5
    (copy / "checks.yaml").write_text(yaml.safe_dump(checks, allow_unicode=True),
                                      encoding="utf-8")
    rehash_file(copy, "checks.yaml")
    assert problems(copy) == {("growth-range", "warning", "figures", 12, "value")}


# The same schema problems as upstream frictionless, on every broken package above.
BREAKS = {
    "wrong type": lambda f: edit_cell(f, "figures", 4, "start", "eighty"),
    "float in an integer": lambda f: edit_cell(f, "sources", 2, "chars", "306.5"),
    "not a number": lambda f: edit_cell(f, "figures", 5, "value", "1.178,5"),
    "bad date": lambda f: edit_cell(f, "sources", 2, "retrieved", "05/01/2023"),
    "no such day": lambda f: edit_cell(f, "sources", 2, "retrieved", "2023-02-30"),
    "enum": lambda f: edit_cell(f, "figures", 5, "role", "target"),
    "pattern": lambda f: edit_cell(f, "figures", 5, "unit", "tỷ đồng"),
    "minimum": lambda f: edit_cell(f, "figures", 5, "start", "-1"),
    "required": lambda f: edit_cell(f, "observations", 3, "value", ""),
    "two constraints": lambda f: edit_cell(f, "figures", 5, "figure_id", ""),
    "unique": lambda f: edit_cell(f, "indicators", 3, "indicator_id", "budget_revenue"),
    "primary key": lambda f: edit_cell(f, "observations", 3, "indicator_id", "budget_revenue"),
    "foreign key": lambda f: edit_cell(f, "observations", 3, "source_id", "nowhere"),
    "self reference": lambda f: edit_cell(f, "indicators", 3, "part_of", "nothing"),
    "hash": lambda f: edit_cell(f, "figures", 3, "subject", "khác", rehash=False),
    "header": lambda f: edit_cell(f, "figures", 1, "counted", "counted_thing"),
    "extra cell": lambda f: append_to_row(f, "indicators", 4, ",surplus"),
    "missing cells": lambda f: cut_row(f, "observations", 3, 7),
}


def append_to_row(folder: Path, table: str, row: int, text: str) -> None:
    path = folder / "data" / f"{table}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[row - 1] += text
    path.write_text("\n".join(lines), encoding="utf-8")
    rehash_file(folder, f"data/{table}.csv")


def cut_row(folder: Path, table: str, row: int, cells: int) -> None:
    """Keep only the first `cells` cells of a row (a row without quoted commas)."""
    path = folder / "data" / f"{table}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[row - 1] = ",".join(lines[row - 1].split(",")[:cells])
    path.write_text("\n".join(lines), encoding="utf-8")
    rehash_file(folder, f"data/{table}.csv")


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_same_schema_problems_as_frictionless(copy, name):
    BREAKS[name](copy)
    ours = solieu_schema_problems(copy)
    assert ours, "the break must be found"
    assert ours == frictionless_problems(copy)


def test_a_type_error_is_not_also_a_constraint_error(copy):
    edit_cell(copy, "figures", 5, "start", "x")
    assert [(p.check, p.field) for p in validate_package(copy).problems] == [
        ("type-error", "start")
    ]


def test_report_shape_json_and_text(tmp_path):
    def change(t):
        t["figures"].loc[2, "surface"] = "113"
        t["figures"].loc[0, "denominator"] = 46.0
    report = validate_package(with_tables(tmp_path, change))
    data = json.loads(report.to_json())
    assert list(data) == ["valid", "errors", "warnings", "omitted", "problems"]
    assert (data["valid"], data["errors"], data["warnings"]) == (False, 1, 1)
    assert list(data["problems"][0]) == [
        "check", "severity", "table", "row", "field", "value", "expected", "message",
    ]
    provenance = next(p for p in data["problems"] if p["check"] == "provenance")
    assert (provenance["value"], provenance["expected"]) == ("113", "112")
    text = report.to_text()
    assert text.startswith("INVALID: 1 error(s), 1 warning(s)")
    assert "ERROR   figures, row 4, field surface [provenance]" in text
    assert "WARNING figures, row 3, field value [share-ratio]" in text


def test_validate_command_exit_codes(good, tmp_path, capsys):
    assert validate_command(good, "json") == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True

    def change(t):
        t["figures"].loc[0, "denominator"] = 46.0
    warned = with_tables(tmp_path / "w", change)
    assert validate_command(warned, "text") == 0
    assert "[share-ratio]" in capsys.readouterr().out

    broken = Path(shutil.copytree(good, tmp_path / "b"))
    edit_cell(broken, "figures", 3, "start", "x")
    assert cli.main(["validate", str(broken)]) == 1
    assert "type-error" in capsys.readouterr().out


def test_bad_path_is_an_input_error(tmp_path, capsys):
    with pytest.raises(InputError, match="no such file"):
        validate_package(tmp_path / "nowhere")
    assert cli.main(["validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "datapackage.json" in err and "Traceback" not in err
    (tmp_path / "datapackage.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a UTF-8 JSON file"):
        validate_package(tmp_path)


def test_a_broken_descriptor_is_reported_and_nothing_read(copy):
    descriptor = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][1]["schema"]["fields"][2]["type"] = "int"
    (copy / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    (problem,) = validate_package(copy).problems
    assert (problem.check, problem.table) == ("field-error", None)
    assert '"int" is not supported' in problem.message
    assert not frictionless.validate(str(copy / "datapackage.json")).valid


def test_many_problems_are_counted_but_listed_up_to_the_limit(tmp_path, monkeypatch):
    import solieu.report

    monkeypatch.setattr(solieu.report, "LIMIT", 3)
    tables = good_tables()
    tables["figures"]["qualifier"] = "roughly"
    report = validate_package(build(tmp_path / "pkg", tables))
    assert report.errors == len(tables["figures"])
    assert len(report.problems) == 3 and report.omitted == report.errors - 3


def test_checks_yaml_is_well_formed_and_every_rule_exists():
    from solieu import SCHEMAS

    checks = load_checks(SCHEMAS / "checks.yaml")
    ids = [c["id"] for c in checks]
    assert {"provenance", "source-hash", "share-ratio", "parts-add-up", "share-range"} <= set(ids)
    for check in checks:
        assert check["title"] and check["title_vi"] and check["description_vi"]


def test_a_broken_checks_yaml_names_the_file_and_check(tmp_path):
    path = tmp_path / "checks.yaml"
    path.write_text("version: 1\nchecks:\n  - {id: x, rule: guess, severity: error, title: T, "
                    "title_vi: T, description: D, description_vi: D}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"checks.yaml, line 3: checks #1 'x', key 'rule': 'guess' is not one of"):
        load_checks(path)


def test_every_rule_of_the_code_is_declared_in_the_checks_schema():
    from solieu.checks import RULES
    from solieu.config import meta_schema

    declared = meta_schema("checks")["$defs"]["check"]["properties"]["rule"]["enum"]
    assert declared == list(RULES)



def test_every_rule_says_what_it_checks_and_which_tables_it_reads():
    from solieu.checks import RULES
    from solieu.package import TABLES

    for rule in RULES.values():
        assert rule.checks, f"rule {rule.name} needs a docstring saying what it checks"
        tables = rule.reads({"table": "figures"})
        assert tables and set(tables) <= set(TABLES)


# --- resource descriptors checked before ---------------------------------------------

def _descriptor(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text("utf-8"))


def _write_descriptor(folder: Path, descriptor: dict) -> None:
    (folder / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2),
                                             encoding="utf-8")


def test_resources_checked_before_are_not_read_by_frictionless_again(copy):
    from solieu.table_check import CheckedResources

    first = CheckedResources()
    assert validate_package(copy, first).valid and first.skipped == 0
    resources = _descriptor(copy)["resources"]
    assert len(first.accepted) == len(resources)
    again = CheckedResources(frozenset(first.accepted))
    assert validate_package(copy, again).valid
    # Every resource but the tables (their schemas carry the foreign keys across them).
    assert again.skipped == sum(r.get("type") != "table" for r in resources) > 0
    assert again.accepted == first.accepted


def test_a_changed_resource_descriptor_is_checked_even_among_known_ones(copy):
    from solieu.table_check import CheckedResources

    known = CheckedResources()
    assert validate_package(copy, known).valid
    descriptor = _descriptor(copy)
    text = next(r for r in descriptor["resources"] if r["name"].startswith("source-"))
    text["licenses"] = "CC-BY-4.0"  # a list by the profile: no longer the checked descriptor
    _write_descriptor(copy, descriptor)
    again = CheckedResources(frozenset(known.accepted))
    report = validate_package(copy, again)
    assert not report.valid and again.skipped > 0
    assert [p.check for p in report.problems] == [p.check for p in validate_package(copy).problems]
    assert again.accepted is None  # nothing is taken as checked from a rejected descriptor


def test_known_resources_still_have_their_files_and_names_checked(copy):
    from solieu.table_check import CheckedResources

    known = CheckedResources()
    assert validate_package(copy, known).valid
    # A known resource's file altered: its bytes and hash are checked all the same.
    path = copy / f"data/sources/{SOURCE_ID}.txt"
    path.write_text(TEXT + " ", encoding="utf-8")
    report = validate_package(copy, CheckedResources(frozenset(known.accepted)))
    assert {p.check for p in report.problems} >= {"hash-count", "byte-count"}
    # Two known resources of one name: the check frictionless makes across resources.
    descriptor = _descriptor(copy)
    texts = [r for r in descriptor["resources"] if r.get("type") != "table"]
    descriptor["resources"].append(texts[0])
    _write_descriptor(copy, descriptor)
    again = CheckedResources(frozenset(known.accepted))
    report = validate_package(copy, again)
    assert again.skipped > 0
    assert [(p.check, p.message) for p in report.problems] == [
        ("package-error", "datapackage.json: names of the resources are not unique")]
    assert [p.check for p in validate_package(copy).problems] == ["package-error"]
