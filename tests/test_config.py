"""Every configuration file is read by one loader and checked against its own schema:
whatever is wrong is one message naming the file, the line and the key."""

import json
import re
import shutil

import jsonschema
import pytest

from solieu import SCHEMAS
from solieu.config import MAX_BYTES, MAX_DEPTH, META, load, meta_schema
from solieu.sources import InputError

FILES = ["checks.yaml", "vocabulary.yaml", "indicators.yaml", "sectors.yaml", "package.yaml",
         "terms.yaml"]


@pytest.mark.parametrize("name", FILES)
def test_every_file_of_schemas_loads_against_its_own_schema(name):
    assert load(name)


def test_every_yaml_file_of_schemas_has_a_schema_and_every_schema_is_valid():
    assert sorted(p.name for p in SCHEMAS.glob("*.yaml")) == sorted(FILES)
    for path in META.glob("*.schema.json"):
        schema = meta_schema(path.name.removesuffix(".schema.json"))
        jsonschema.Draft202012Validator.check_schema(schema)
        assert "\"x-terms\":" not in json.dumps(schema)  # every marker was replaced


def edit(old, new, count=1):
    def change(text):
        assert old in text, old
        return text.replace(old, new, count)
    return change


# (file, change to its text, what the message must say, text on the line it names)
CASES = [
    pytest.param("checks.yaml", edit("    maximum: 100\n", "    maxmum: 100\n"),
                 ["checks #5 'share-range'", "unknown key 'maxmum' (did you mean 'maximum'?)"],
                 "maxmum: 100", id="misspelt-key"),
    pytest.param("checks.yaml", edit("    minimum: 0\n", "    minimum: zero\n"),
                 ["checks #5 'share-range', key 'minimum'", "'zero' is not of type 'number'"],
                 "minimum: zero", id="wrong-type"),
    pytest.param("checks.yaml", edit("    rule: range\n", "    rule: ranges\n"),
                 ["checks #5 'share-range', key 'rule'", "'ranges' is not one of"],
                 "rule: ranges", id="unknown-rule"),
    pytest.param("checks.yaml", edit("    fields: [value, value_max]\n", ""),
                 ["checks #5 'share-range'", "missing key 'fields'"], "- id: share-range",
                 id="missing-parameter"),
    pytest.param("checks.yaml", edit("    last_digit_units: 1\n", "    last_digit_units: 1\n    table: figures\n"),
                 ["checks #3 'share-ratio'", "unknown key 'table'"], "table: figures",
                 id="parameter-of-another-rule"),
    pytest.param("vocabulary.yaml", lambda t: re.sub(r"(?ms)^per:\n.*?\n\n", "", t),
                 ["missing key 'per'"], None, id="missing-section"),
    pytest.param("vocabulary.yaml", edit("  tấn: tonne\n", "  tấn: tonne\n  lít: litre\n"),
                 ["key 'units.lít'", "gives the code 'litre'", "schemas/terms.yaml does not list"],
                 "lít: litre", id="unit-in-one-place-only"),
    pytest.param("terms.yaml", edit("  star: {vi: sao, en: star (rating)}\n", "  star: {vi: sao}\n"),
                 ["key 'units.star'", "missing key 'en'"], "star: {vi: sao}", id="term-without-name"),
    pytest.param("package.yaml", edit("keywords:", "keyword:"),
                 ["unknown key 'keyword' (did you mean 'keywords'?)"], "keyword:", id="package-key"),
    pytest.param("sectors.yaml", edit("  - id: economy\n", "  - id: Economy\n"),
                 ["sectors #2 'Economy', key 'id'", "does not match"], "id: Economy", id="sector-id"),
    pytest.param("checks.yaml", edit("version: 1\n", "version: 1\nversion: 2\n"),
                 ["key 'version' is given twice (first at line"], "version: 2", id="duplicate-key"),
    pytest.param("checks.yaml", edit("    kinds: [share]\n", "    kinds: &k [share]\n    extra: *k\n"),
                 ["uses the alias *k", "aliases are not allowed"], "extra: *k", id="alias"),
    pytest.param("checks.yaml", edit("version: 1\n", "version: 1\nnest: " + "[" * (MAX_DEPTH + 1)
                                     + "]" * (MAX_DEPTH + 1) + "\n"),
                 [f"nested more than {MAX_DEPTH} levels"], "nest:", id="too-deep"),
    pytest.param("checks.yaml", edit("version: 1\n", "version: 1\n" + "#" * MAX_BYTES + "\n"),
                 ["is larger than"], None, id="too-large"),
    pytest.param("checks.yaml", edit("checks:\n", "checks: [\n"),
                 ["is not valid YAML"], None, id="not-yaml"),
]


@pytest.mark.parametrize("name, change, words, on_line", CASES)
def test_a_broken_file_gives_one_message_naming_file_line_and_key(tmp_path, name, change, words, on_line):
    path = tmp_path / name
    path.write_text(change((SCHEMAS / name).read_text("utf-8")), "utf-8")
    with pytest.raises(InputError) as caught:
        load(path, name.removesuffix(".yaml"))
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    for word in words:
        assert word in message
    if on_line is not None:
        line = int(re.match(rf"{re.escape(str(path))}, line (\d+): ", message)[1])
        assert on_line in path.read_text("utf-8").splitlines()[line - 1]


def test_the_package_copy_of_the_checks_is_read_by_the_same_loader(tmp_path):
    from solieu.checks import load_checks

    copy = tmp_path / "checks.yaml"
    shutil.copy(SCHEMAS / "checks.yaml", copy)
    assert load_checks(copy) == load("checks.yaml")["checks"]
    copy.write_text(copy.read_text("utf-8").replace("- id: share-range", "- id: provenance"), "utf-8")
    with pytest.raises(InputError, match=r"checks.yaml, line \d+: checks #5 'provenance': the id is used "
                                         r"by check #1 too"):
        load_checks(copy)


def test_a_billion_laughs_is_refused_before_it_is_built(tmp_path):
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    path = tmp_path / "checks.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InputError, match=r"line 2: uses the alias \*a0"):
        load(path, "checks")


def test_an_empty_file_says_so(tmp_path):
    path = tmp_path / "vocabulary.yaml"
    path.write_text("# nothing yet\n", "utf-8")
    with pytest.raises(InputError, match="is empty"):
        load(path, "vocabulary")
