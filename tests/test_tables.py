"""A dataset to its four tables, checked against the published Table Schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from frictionless import Package

from solieu.extract import extract
from solieu.package import write_package
from solieu.sources import InputError, load_dataset
from solieu.tables import build_tables
from solieu.validate import validate_package

REPO = Path(__file__).resolve().parents[1]
DATASET = REPO / "raw" / "son-la-city"
TABLES = ("sources", "figures", "indicators", "observations")


def schema_fields(table: str) -> list[str]:
    schema = json.loads((REPO / "schemas" / "tables" / f"{table}.schema.json").read_text("utf-8"))
    return [f["name"] for f in schema["fields"]]


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(DATASET)


@pytest.fixture(scope="module")
def tables(dataset):
    return build_tables(dataset)


def test_four_tables_with_the_published_columns(tables):
    assert tuple(tables) == TABLES
    for name in TABLES:
        assert list(tables[name].columns) == schema_fields(name), name


def test_sources_come_from_the_sidecars_and_the_text(tables, dataset):
    (source,) = dataset.sources
    (row,) = tables["sources"].to_dict("records")
    assert row["source_id"] == source.source_id
    assert row["sha256"] == source.meta["sha256"]  # the sidecar's hash of the NFC text
    assert row["chars"] == len(source.text)
    for key in ("title", "geography", "period", "language", "url", "license"):
        assert row[key] == source.meta[key], key


def test_figures_carry_a_sector_after_role_and_quote_the_text(tables, dataset):
    figures = tables["figures"]
    cols = list(figures.columns)
    assert cols.index("sector") == cols.index("role") + 1
    assert figures["sector"].notna().all()
    text = dataset.sources[0].text
    for f in figures.itertuples():
        assert text[f.start:f.end] == f.surface, f.figure_id


def test_observations_point_to_figures_indicators_and_sources(tables, dataset):
    obs, figures = tables["observations"], tables["figures"].set_index("figure_id")
    assert len(obs) > 0
    assert set(obs["figure_id"]) <= set(figures.index)
    assert set(obs["indicator_id"]) <= set(tables["indicators"]["indicator_id"])
    assert set(obs["source_id"]) == {dataset.sources[0].source_id}
    assert set(obs["geography"]) == {dataset.sources[0].meta["geography"]}
    assert set(obs["period"]) == {dataset.sources[0].meta["period"]}
    units = tables["indicators"].set_index("indicator_id")["unit"]
    for o in obs.itertuples():
        assert o.unit == units[o.indicator_id] == figures.loc[o.figure_id, "unit"]


def test_given_figures_are_used_as_they_are(dataset):
    (source,) = dataset.sources
    at = source.text.index("1.178 tỷ đồng")
    sentence = "Tổng thu ngân sách thành phố năm 2022 đạt 1.178 tỷ đồng"
    figures = pd.DataFrame([{
        "figure_id": f"{source.source_id}-0001", "source_id": source.source_id,
        "start": at, "end": at + 5, "surface": "1.178", "value": 1178e9, "value_max": None,
        "denominator": None, "unit": "VND", "counted": None, "qualifier": "exact",
        "kind": "amount", "direction": None, "base": None, "role": "actual", "sector": "stale",
        "period": None, "subject": "Tổng thu ngân sách thành phố năm 2022", "sentence": sentence,
    }])
    tables = build_tables(dataset, {source.source_id: figures})
    assert tables["figures"]["figure_id"].tolist() == [f"{source.source_id}-0001"]
    assert tables["figures"]["sector"].tolist() == ["budget"]  # recomputed, not kept
    obs = tables["observations"]
    assert obs[["indicator_id", "value"]].values.tolist() == [["total_budget_revenue", 1178e9]]


def test_figures_of_another_source_are_refused(dataset):
    (source,) = dataset.sources
    figures = extract("Thành lập mới 82 doanh nghiệp.", "another-report")
    with pytest.raises(InputError, match="rows of other sources"):
        build_tables(dataset, {source.source_id: figures})
    with pytest.raises(InputError, match="unknown sources another-report"):
        build_tables(dataset, {"another-report": figures})


def test_building_twice_gives_the_same_tables(dataset, tables):
    again = build_tables(dataset)
    for name in TABLES:
        pd.testing.assert_frame_equal(again[name], tables[name])


def test_tables_make_a_package_that_validates(tmp_path, dataset, tables):
    meta = {"name": dataset.name, "version": "1.0.0", "title_en": dataset.meta["title_en"],
            "title_vi": dataset.meta["title_vi"]}
    write_package(tables, tmp_path, meta, texts={s.source_id: s.text for s in dataset.sources})
    report = validate_package(tmp_path)
    assert report.valid, report.to_text()
    # And as a researcher checks it: plain frictionless, no extras.
    fl = Package(str(tmp_path / "datapackage.json")).validate()
    assert fl.valid, fl.flatten(["rowNumber", "fieldName", "type", "note"])
