"""The catalog without a browser: headline choice, charts, escaping, DCAT, citations,
release dates."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from solieu.catalog import headlines
from solieu.charts import trend_svg
from solieu.publish import publish
from test_publish import make_dataset, make_tables

ROOT = Path(__file__).resolve().parents[1]  # this checkout: its raw/

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def son_la(tmp_path_factory) -> Path:
    """The real dataset in raw/, published into a temporary folder."""
    from solieu.sources import load_dataset
    from solieu.tables import build_tables

    published = tmp_path_factory.mktemp("son-la") / "published"
    dataset = load_dataset(ROOT / "raw" / "son-la-city")
    publish(dataset, build_tables(dataset), published)
    return published


def test_headlines_follow_the_rank_in_the_indicator_catalog_not_the_alphabet(son_la):
    catalog = yaml.safe_load((ROOT / "schemas" / "indicators.yaml").read_text(encoding="utf-8"))
    ranked = [i["indicator_id"] for i in sorted(
        (i for i in catalog["indicators"] if i.get("headline")), key=lambda i: i["headline"])]
    shown = headlines(son_la / "son-la-city" / "latest")
    assert [h["indicator_id"] for h in shown] == ranked[: len(shown)]
    first = shown[0]
    assert first["indicator_id"] == "total_budget_revenue"
    [row] = first["rows"]
    assert row["value_text"] == "1\u202f178\u202f000\u202f000\u202f000"
    assert row["period"] == "2022" and row["role"] == "actual"
    assert "1.178 tỷ đồng" in row["sentence"]
    assert first["chart"] is None  # one period: no trend to draw


def test_a_trend_chart_is_the_same_bytes_for_the_same_values_and_valid_svg():
    points = [("2021", 1100e9, "1 100"), ("2022", 1178e9, "1 178"), ("2023", 1250e9, "1 250")]
    svg = trend_svg(points, f"Thu ngân sách {HOSTILE}")
    assert svg == trend_svg(list(points), f"Thu ngân sách {HOSTILE}")
    root = ET.fromstring(svg)  # well-formed: the label is escaped
    ns = "{http://www.w3.org/2000/svg}"
    assert root.find(f"{ns}title").text == f"Thu ngân sách {HOSTILE}"
    assert len(root.findall(f"{ns}circle")) == 3
    assert svg != trend_svg([*points[:2], ("2023", 1251e9, "1 251")], "x")
    with pytest.raises(ValueError):
        trend_svg(points[:1], "x")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture
def hostile(tmp_path) -> Path:
    ds = make_dataset(two_sources=True)
    tables = make_tables(ds)
    tables["indicators"].loc[0, "name_vi"] = HOSTILE
    tables["figures"].loc[3, "sentence"] = f"Năm 2023 {HOSTILE}"
    publish(ds, tables, tmp_path / "published", release_note=f'"{HOSTILE}" & <b>')
    return tmp_path / "published"


def test_every_report_text_on_the_page_is_escaped(hostile):
    page = (hostile / "index.html").read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(page)
    scripts = [attrs.get("type") for tag, attrs in parser.tags if tag == "script"]
    assert scripts == ["application/ld+json", None]  # JSON-LD and the filter, nothing else
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script") == 2
    # Inside JSON-LD, "<" is a JSON escape: no report text can close the element.
    jsonld = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in jsonld and json.loads(jsonld)["@type"] == "Dataset"


def test_the_dcat_catalog_is_linked_data_rdflib_reads(hostile):
    import rdflib

    path = hostile / "catalog.jsonld"
    graph = rdflib.Graph().parse(path, format="json-ld", publicID=path.as_uri())
    dcat = rdflib.Namespace("http://www.w3.org/ns/dcat#")
    dct = rdflib.Namespace("http://purl.org/dc/terms/")
    [catalog] = list(graph.subjects(rdflib.RDF.type, dcat.Catalog))
    [dataset] = list(graph.objects(catalog, dcat.dataset))
    assert (dataset, rdflib.RDF.type, dcat.Dataset) in graph
    assert str(graph.value(dataset, dct.identifier)) == "tiny-city"
    assert {str(t) for t in graph.objects(dataset, dct.title)} == {
        "Figures of a tiny city", "Số liệu thành phố nhỏ"}
    license_ = graph.value(dataset, dct.license)
    assert str(license_) == "https://creativecommons.org/licenses/by/4.0/"
    temporal = graph.value(dataset, dct.temporal)
    assert str(graph.value(temporal, dcat.startDate)) == "2022"
    downloads = [graph.value(d, dcat.downloadURL) for d in graph.objects(dataset, dcat.distribution)]
    assert downloads and all(Path(str(u).removeprefix("file://")).is_file() for u in downloads)
    assert any(str(u).endswith(".zip") for u in downloads)


def test_catalog_json_lists_each_version_s_recorded_release(hostile):
    catalog = json.loads((hostile / "catalog.json").read_text())
    releases = json.loads((hostile / "tiny-city" / "releases.json").read_text())
    [ds] = catalog["datasets"]
    assert {v["version"]: v["released"] for v in ds["versions"]} == releases
    desc = json.loads((hostile / "tiny-city" / "1.0.0" / "datapackage.json").read_text())
    assert desc["created"] == releases["1.0.0"]


def test_the_citation_has_the_year_and_the_landing_address(tmp_path):
    from solieu.citation import reference_text
    from solieu.docs import citation_of

    ds = make_dataset()
    ds.meta["homepage"] = "https://data.example.org/solieu/tiny-city/"
    publish(ds, make_tables(ds), tmp_path / "published")
    folder = tmp_path / "published" / "tiny-city" / "1.0.0"
    cff = yaml.safe_load((folder / "CITATION.cff").read_text())
    assert cff["url"] == "https://data.example.org/solieu/tiny-city/1.0.0/"
    desc = json.loads((folder / "datapackage.json").read_text())
    text = reference_text(citation_of(desc, []))  # APA: author (year). Title (Version) [Data set]. URL
    year = desc["created"][:4]
    assert text == (f"solieu ({year}). Figures of a tiny city / Số liệu thành phố nhỏ "
                    "(Version 1.0.0) [Data set]. https://data.example.org/solieu/tiny-city/1.0.0/")
    readme = (folder / "README.md").read_text()
    assert text in readme and f"year = {{{year}}}" in readme


def test_a_release_note_given_to_a_run_that_publishes_nothing_says_so(tmp_path):
    ds = make_dataset()
    publish(ds, make_tables(ds), tmp_path / "published")
    again = publish(ds, make_tables(ds), tmp_path / "published", release_note="Sửa lỗi chính tả")
    assert again.status == "up_to_date" and again.unused_note == "Sửa lỗi chính tả"
    assert "The release note was not used: 'Sửa lỗi chính tả'" in again.summary


def test_rows_read_by_arrow_are_the_cells_read_row_by_row(tmp_path):
    """The catalog reads a large table's few wanted rows with Arrow: the same cells,
    as text, as a CSV reader gives (quotes, line breaks, empty cells, "NA")."""
    import csv as csv_module

    from solieu import catalog as catalog_module

    path = tmp_path / "observations.csv"
    rows = [["indicator_id", "value", "note"], ["a", "1.5", 'say "hi",\r\nthen'],
            ["b", "", "NA"], ["a", "2", ""], ["c", "null", " Sơn La "]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv_module.writer(f, lineterminator="\r\n").writerows(rows)
    header = rows[0]
    expected = [dict(zip(header, r, strict=True)) for r in rows[1:] if r[0] in {"a", "c"}]
    assert catalog_module._read_csv_where(path, header, "indicator_id", {"a", "c"}) == expected
    assert catalog_module._read_csv(path, ("indicator_id", {"a", "c"})) == expected


def test_the_page_renders_again_only_the_sections_of_datasets_that_changed(son_la, tmp_path,
                                                                          monkeypatch):
    """Each dataset's section of index.html is kept under what it is made from: a run
    renders only the datasets whose entry (or the site's address) changed, and the page
    is the one rendered whole."""
    from solieu import page
    from solieu.catalog import build_catalog, page_catalog

    catalog = page_catalog(build_catalog(son_la), son_la)
    [ds] = catalog["datasets"]
    both = {**catalog, "datasets": [ds, {**ds, "name": "other-place", "title": "Another place"}]}
    section = page._environment().get_template("dataset.html.j2")
    rendered: list[str] = []
    real = section.render
    monkeypatch.setattr(section, "render", lambda **kw: rendered.append(kw["ds"]["name"])
                        or real(**kw))
    kept, url = tmp_path / "sections.json", "https://example.org/data"

    first = page.render_index(both, url, kept)
    assert rendered == ["son-la-city", "other-place"]
    assert page.render_index(both, url, kept) == first and len(rendered) == 2
    renamed = {**both, "datasets": [ds, {**both["datasets"][1], "title": "Renamed place"}]}
    html = page.render_index(renamed, url, kept)
    assert rendered[2:] == ["other-place"] and "Renamed place" in html
    assert html == page.render_index(renamed, url)  # as rendered whole, nothing kept
    page.render_index(renamed, "https://example.org/elsewhere", kept)
    assert rendered[5:] == ["son-la-city", "other-place"]  # another address: every section
