"""Table Schemas, the Arrow schemas derived from them, casting, and writing a package."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import frictionless
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from fixtures.packages import META, SOURCE_ID, TEXT, build, good_tables
from solieu import SCHEMAS
from solieu.package import (
    CHECKS_FORMAT,
    PARQUET_FORMAT,
    TABLES,
    arrow_schema,
    conform,
    table_schema,
    write_package,
)
from solieu.sources import InputError

SECTORS = [
    "party_building", "economy", "budget", "urban_planning", "infrastructure",
    "site_clearance", "education_culture", "social_welfare", "digital_transformation",
    "defence_security", "peoples_council", "other",
]
EXTRACTOR_COLUMNS = [
    "figure_id", "source_id", "start", "end", "surface", "value", "value_max",
    "denominator", "unit", "counted", "qualifier", "kind", "direction", "base", "role", "period",
    "subject", "sentence",
]


def field(table: str, name: str) -> dict:
    return next(f for f in table_schema(table)["fields"] if f["name"] == name)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("pkg"))


# ------------------------------------------------------------------ the schemas


def test_columns_are_the_contract():
    names = {t: [f["name"] for f in table_schema(t)["fields"]] for t in TABLES}
    assert names["sources"] == ["source_id", "title", "publisher", "url", "geography",
                                "period", "language", "license", "retrieved", "sha256",
                                "chars", "format", "original_sha256", "converter"]
    # the published figures table: the extractor's columns with sector after role
    role = EXTRACTOR_COLUMNS.index("role") + 1
    assert names["figures"] == EXTRACTOR_COLUMNS[:role] + ["sector"] + EXTRACTOR_COLUMNS[role:]
    assert names["indicators"] == ["indicator_id", "name_vi", "name_en", "sector", "unit",
                                   "description", "part_of", "headline"]
    assert names["observations"] == ["indicator_id", "geography", "geography_code", "period",
                                     "role", "value", "unit", "qualifier", "base", "source_id",
                                     "figure_id"]
    assert table_schema("observations")["primaryKey"] == [
        "indicator_id", "geography", "period", "role", "source_id"]
    references = {(fk["fields"][0], fk["reference"]["resource"])
                  for fk in table_schema("observations")["foreignKeys"]}
    assert references == {("indicator_id", "indicators"), ("source_id", "sources"),
                          ("figure_id", "figures")}


def test_every_table_and_field_is_titled_and_described_in_both_languages():
    for name in TABLES:
        schema = table_schema(name)
        for item in [schema, *schema["fields"]]:
            for key in ("title", "title_vi", "description", "description_vi"):
                assert isinstance(item.get(key), str) and item[key].strip(), (name, key, item)


@pytest.mark.parametrize("table", ["figures", "observations"])
def test_vocabularies(table):
    enums = {f["name"]: f.get("constraints", {}).get("enum") for f in table_schema(table)["fields"]}
    assert enums["qualifier"] == ["exact", "approx", "over", "under", "estimated"]
    if table == "figures":
        assert enums["kind"] == ["count", "amount", "share", "growth", "change",
                                 "change_points", "plan_ratio", "multiple", "progress",
                                 "rate", "other"]
        assert enums["role"] == ["actual", "plan", "context"]
        assert enums["sector"] == SECTORS
    assert field("indicators", "sector")["constraints"]["enum"] == SECTORS


@pytest.mark.parametrize("unit, ok", [
    *[(u, True) for u in ["VND", "USD", "percent", "percentage_point", "times", "ha", "m2",
                          "m", "km", "tonne", "quintal_per_ha", "count", "year", "star",
                          "VND_per_person_per_month", "VND_per_person_per_year",
                          "VND_per_month"]],
    *[(u, False) for u in ["tỷ đồng", "vnd", "percent ", "VND_per_", "per_month", "%", ""]],
])
def test_unit_pattern(unit, ok):
    for table in ("figures", "indicators", "observations"):
        pattern = field(table, "unit")["constraints"]["pattern"]
        # as frictionless applies it: the whole cell must match
        assert bool(re.match(f"^{pattern}$", unit)) is ok


def test_arrow_schema_is_derived_from_the_table_schema():
    kinds = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
             "date": pa.date32()}
    for name in TABLES:
        arrow = arrow_schema(name)
        fields = table_schema(name)["fields"]
        assert arrow.names == [f["name"] for f in fields]
        for f in fields:
            assert arrow.field(f["name"]).type == kinds[f["type"]]
            required = f.get("constraints", {}).get("required", False)
            assert arrow.field(f["name"]).nullable is not required


# ----------------------------------------------------------------------- conform


def test_conform_casts_orders_and_sorts():
    tables = good_tables()
    shuffled = tables["figures"].iloc[::-1][list(reversed(tables["figures"].columns))]
    shuffled = shuffled.assign(start=shuffled["start"].astype(str), base=shuffled["base"])
    out = conform("figures", shuffled)
    assert list(out.columns) == [f["name"] for f in table_schema("figures")["fields"]]
    assert list(out["figure_id"]) == sorted(tables["figures"]["figure_id"])
    assert str(out["start"].dtype) == "Int64" and out["start"].iloc[0] == 18
    assert out["value"].dtype == "float64"
    assert out["value_max"].isna().all() and out["counted"].isna().sum() > 0


def test_conform_treats_empty_strings_as_missing():
    frame = good_tables()["sources"].assign(publisher="", retrieved=None)
    out = conform("sources", frame)
    assert out["publisher"].isna().all() and out["retrieved"].iloc[0] is None


def test_conform_sorts_stably_by_the_whole_primary_key():
    obs = good_tables()["observations"]
    other = obs.assign(period="2021")
    out = conform("observations", pd.concat([obs, other]))
    keys = list(zip(out["indicator_id"], out["period"], strict=True))
    assert keys == sorted(keys)


def test_conform_rejects_missing_and_unknown_columns():
    frame = good_tables()["figures"].drop(columns=["sector"]).assign(page=1)
    with pytest.raises(InputError, match=r"figures table lacks column\(s\) sector and has "
                                         r"unknown column\(s\) page"):
        conform("figures", frame)


@pytest.mark.parametrize("column, bad", [("start", "12a"), ("start", 1.5),
                                         ("value", "1.178,5"), ("value", float("inf"))])
def test_conform_names_the_row_and_field_of_a_bad_value(column, bad):
    frame = good_tables()["figures"]
    frame[column] = frame[column].astype(object)
    frame.loc[3, column] = bad
    with pytest.raises(InputError, match=rf"figures table, row 5 .*field '{column}'"):
        conform("figures", frame)


# ---------------------------------------------------------------- write_package


def test_files_and_descriptor(package):
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["name"] == META["name"] and descriptor["version"] == "1.0.0"
    assert descriptor["title"] == "Test city" and descriptor["title_vi"] == "Thành phố thử"
    for key in ("licenses", "contributors", "keywords", "description", "description_vi"):
        assert descriptor[key], key
    assert descriptor["sources"] == [{"title": good_tables()["sources"].loc[0, "title"]}]
    paths = [r["path"] for r in descriptor["resources"]]
    assert paths == [*(f"data/{t}.csv" for t in TABLES), *(f"data/{t}.parquet" for t in TABLES),
                     f"data/sources/{SOURCE_ID}.txt", "checks.yaml"]
    for resource in descriptor["resources"]:
        data = (package / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["title"] and resource["title_vi"]
        assert resource["mediatype"] and resource["format"]
        if resource["format"] == "csv":
            assert resource["type"] == "table"
            assert resource["schema"] == table_schema(resource["name"])
        else:
            # No type (Data Package v2 knows only "table"), and a format frictionless
            # has no reader for: it checks bytes and hash, and never parses the file.
            assert "type" not in resource
            assert resource["format"] in ("txt", PARQUET_FORMAT, CHECKS_FORMAT)
    assert (package / "checks.yaml").read_bytes() == (SCHEMAS / "checks.yaml").read_bytes()
    assert (package / "data/sources" / f"{SOURCE_ID}.txt").read_text(encoding="utf-8") == TEXT


def test_meta_wins_over_the_shared_metadata(tmp_path):
    meta = {**META, "keywords": ["Sơn La"], "licenses": [{"name": "CC0-1.0"}],
            "sources": [{"title": "Cổng thông tin", "path": "https://example.org/a"}]}
    descriptor = write_package(good_tables(), tmp_path, meta, texts={SOURCE_ID: TEXT})
    assert descriptor["keywords"][0] == "Sơn La" and "open data" in descriptor["keywords"]
    assert descriptor["licenses"] == [{"name": "CC0-1.0"}]
    assert descriptor["sources"] == meta["sources"]
    assert list(descriptor)[:2] == ["$schema", "name"] and list(descriptor)[-1] == "resources"


def test_csv_dialect_and_plain_numbers(package):
    raw = (package / "data" / "figures.csv").read_bytes()
    lines = raw.split(b"\r\n")  # RFC 4180: every record ends with CRLF, no bare LF
    assert lines[-1] == b"" and not any(b"\n" in line for line in lines)
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert ",1178000000000," in text and "e+" not in text
    assert ",37,,45,count," in text  # integers in number columns without ".0"
    assert ',"82,2%",82.2,' in text  # quoted only where needed
    assert "\n" + "city-2022-0003,city-2022,80,83,112,112," in text  # offsets as integers


def test_number_formatting_round_trips(tmp_path):
    tables = good_tables()
    values = [1e-7, 0.1 + 0.2, 123456789012345678.0, -5.0, 2.5e21, 13.05]
    for i, v in enumerate(values):
        tables["figures"].loc[i, "value"] = v
    folder = build(tmp_path / "p", tables)
    cells = pd.read_csv(folder / "data" / "figures.csv", dtype=str)["value"]
    assert not cells.str.contains("e", case=False).any()
    assert [float(c) for c in cells[: len(values)]] == values


def test_identical_input_gives_identical_bytes(tmp_path):
    a, b = build(tmp_path / "a"), build(tmp_path / "b")
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files and files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_parquet_holds_the_csv_rows_with_the_derived_schema(package):
    # how a researcher checks a Parquet file: read it, compare it with the CSV
    for name in TABLES:
        parquet = pq.read_table(package / "data" / f"{name}.parquet")
        assert parquet.schema.equals(arrow_schema(name))
        csv = pacsv.read_csv(
            package / "data" / f"{name}.csv",
            # an empty cell is a missing value, in string columns too
            convert_options=pacsv.ConvertOptions(column_types=arrow_schema(name),
                                                 strings_can_be_null=True),
        )
        assert parquet.equals(csv.cast(arrow_schema(name))), name


def test_frictionless_validates_the_package_without_the_parquet_extra(package):
    assert frictionless.validate(str(package / "datapackage.json")).valid
    # the command a researcher types, with a plain `pip install frictionless`
    run = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json",
         str(package / "datapackage.json")],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    tasks = json.loads(run.stdout)["tasks"]
    assert {t["name"] for t in tasks if t["type"] == "file"} >= {f"{t}-parquet" for t in TABLES}


def test_a_source_without_its_text_is_refused(tmp_path):
    with pytest.raises(InputError, match=f"no text given for source '{SOURCE_ID}'"):
        write_package(good_tables(), tmp_path, META, texts={})


def test_all_four_tables_are_needed(tmp_path):
    tables = good_tables()
    del tables["indicators"]
    with pytest.raises(InputError, match="missing: indicators"):
        write_package(tables, tmp_path, META, texts={SOURCE_ID: TEXT})
