"""schemas/terms.yaml is the one list of every controlled code: the Table Schemas derive
from it, the extractor's vocabulary produces nothing outside it, every unit has names."""

import re
import shutil

import pandas as pd
import pytest
import yaml

from solieu import SCHEMAS
from solieu.config import load
from solieu.extract import extract
from solieu.package import table_schema
from solieu.sources import InputError
from solieu.terms import (
    TABLE_SCHEMAS,
    check_vocabulary,
    derived_schema,
    load_terms,
    main,
    stale_schemas,
    vocabulary_codes,
)

TERMS = load_terms()

# One row per unit of terms.yaml: a sentence the extractor reads it from. Adding a unit
# is one entry in terms.yaml, its words in vocabulary.yaml, and one row here.
UNIT_ROWS = [
    ("VND", "Thu ngân sách đạt 1.178 tỷ đồng."),
    ("USD", "Xuất khẩu đạt 12 triệu USD."),
    ("percent", "Tỷ lệ hộ nghèo còn 3,5%."),
    ("percentage_point", "Tỷ lệ hộ nghèo giảm 0,5 điểm phần trăm."),
    pytest.param("per_mille", "Tỷ suất sinh thô đạt 15,2‰."),
    pytest.param("per_mille_point", "Tỷ suất sinh thô giảm 0,3 điểm phần nghìn."),
    ("times", "Doanh thu tăng gấp 2 lần."),
    ("ha", "Trồng mới 120 ha rừng."),
    ("m2", "Xây dựng 1.500 m2 nhà ở."),
    ("m3", "Cấp 300 m3 nước sạch."),
    ("m", "Làm mới 120 m đường."),
    ("km", "Nâng cấp 12 km đường."),
    ("km2", "Diện tích tự nhiên 324 km2."),
    ("tonne", "Sản lượng lương thực đạt 5.000 tấn."),
    ("quintal", "Thu hoạch 300 tạ ngô."),
    ("quintal_per_ha", "Năng suất lúa đạt 55 tạ/ha."),
    ("count", "Thành lập 35 chi bộ."),
    ("year", "Tuổi thọ trung bình đạt 73,9 tuổi."),
    ("star", "Đạt 4 sao."),
]


def _unit(row):
    return row.values[0] if hasattr(row, "values") else row[0]


def test_every_unit_of_terms_yaml_has_a_row():
    assert [_unit(r) for r in UNIT_ROWS] == list(TERMS.units), (
        "add a row to UNIT_ROWS for each unit of schemas/terms.yaml, in its order")


@pytest.mark.parametrize("unit, sentence", UNIT_ROWS, ids=[_unit(r) for r in UNIT_ROWS])
def test_a_unit_flows_from_the_text_to_the_published_schema_and_the_readme(unit, sentence):
    figures = extract(sentence)
    assert list(figures["unit"]) == [unit]
    pattern = next(f for f in table_schema("figures")["fields"] if f["name"] == "unit")
    assert re.fullmatch(pattern["constraints"]["pattern"], unit)
    assert TERMS.units[unit].vi and TERMS.units[unit].en


def test_rates_start_with_a_named_code_and_read_their_names():
    for code in TERMS.rate_of:
        assert code in TERMS.units or code in TERMS.per, f"rates/of: {code} has no names"
    assert TERMS.unit_names("VND_per_person_per_month") == (
        "Vietnamese đồng per person per month", "đồng/người/tháng")
    assert TERMS.unit_names("quintal_per_ha") == ("quintal (100 kg) per hectare", "tạ/ha")
    assert TERMS.is_unit("kg_per_ha") and not TERMS.is_unit("kg")
    assert not TERMS.is_unit("VND_per_litre")
    pattern = next(f for f in table_schema("figures")["fields"] if f["name"] == "unit")
    assert not re.fullmatch(pattern["constraints"]["pattern"], "VND_per_litre")


def test_the_table_schemas_agree_with_terms_yaml():
    assert stale_schemas() == [], "run `python -m solieu.terms`"
    assert main(["--check"]) == 0


def test_a_unit_added_to_terms_yaml_alone_makes_the_schemas_stale(tmp_path, capsys, monkeypatch):
    data = yaml.safe_load((SCHEMAS / "terms.yaml").read_text("utf-8"))
    data["units"]["litre"] = {"vi": "lít", "en": "litre"}
    changed = tmp_path / "terms.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    terms = load_terms(changed)
    tables = tmp_path / "tables"
    shutil.copytree(TABLE_SCHEMAS, tables)
    stale = stale_schemas(tables, terms)
    assert [p.name for p in stale] == ["figures.schema.json", "indicators.schema.json",
                                       "observations.schema.json"]
    before = (tables / "figures.schema.json").read_text("utf-8")
    after = derived_schema(tables / "figures.schema.json", terms)
    # only the unit pattern changed, in place
    changed_lines = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True)
                     if a != b]
    assert len(changed_lines) == 1 and "|litre|" in changed_lines[0][1]


def test_the_vocabulary_produces_only_codes_of_terms_yaml():
    vocabulary = load("vocabulary.yaml")  # checks it against terms.yaml
    check_vocabulary(vocabulary)
    kinds = {kind for _, _, kind in vocabulary_codes(vocabulary)}
    assert kinds == {"units", "rates/per", "qualifiers", "bases/codes"}


def _add(section, key, value):
    def change(vocabulary):
        if isinstance(vocabulary[section], list):
            vocabulary[section].append([key, value])
        else:
            vocabulary[section][key] = value
    return change


@pytest.mark.parametrize("change, names", [
    pytest.param(_add("units", "lít", "litre"), "key 'units.lít': gives the code 'litre'", id="unit"),
    pytest.param(_add("per", "lít", "litre"), "key 'per.lít': gives the code 'litre'", id="per"),
    pytest.param(_add("qualifiers", "roughly", ["chừng chừng"]), "key 'qualifiers.roughly'", id="qualifier"),
    pytest.param(_add("bases", "dự toán xã", "commune_estimate"), "'commune_estimate'", id="base"),
])
def test_a_code_added_to_the_vocabulary_alone_is_refused_naming_both_files(tmp_path, change, names):
    vocabulary = yaml.safe_load((SCHEMAS / "vocabulary.yaml").read_text("utf-8"))
    change(vocabulary)
    path = tmp_path / "vocabulary.yaml"
    path.write_text(yaml.safe_dump(vocabulary, allow_unicode=True, sort_keys=False), "utf-8")
    with pytest.raises(InputError) as caught:
        load(path, "vocabulary")
    message = str(caught.value)
    assert message.startswith(f"{path}, line ") and "schemas/terms.yaml" in message
    assert names in message


def test_every_published_enum_is_a_list_of_terms_yaml():
    figures = {f["name"]: f.get("constraints", {}) for f in table_schema("figures")["fields"]}
    assert figures["kind"]["enum"] == list(TERMS.kinds)
    assert figures["qualifier"]["enum"] == list(TERMS.qualifiers)
    assert figures["direction"]["enum"] == list(TERMS.directions)
    assert figures["role"]["enum"] == list(TERMS.roles)
    for base in [*TERMS.bases, "2021"]:
        assert re.fullmatch(figures["base"]["pattern"], base)
    assert not re.fullmatch(figures["base"]["pattern"], "commune_estimate")


def test_the_scorer_reads_the_same_lists():
    import scoring

    assert scoring.BASES == set(TERMS.bases) and "central_estimate" in scoring.BASES
    assert scoring.UNITS == set(TERMS.units)
    assert pd.Series(["VND_per_person_per_month"]).str.match(scoring.RATE_UNIT).all()
