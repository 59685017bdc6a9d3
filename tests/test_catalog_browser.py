"""The catalog page in a real headless Chromium, opened from file:// as a researcher would.

Needs Debian's chromium (`apt-get install -y chromium`) and the playwright package
(no `playwright install`: the system browser is used). Screenshots of the page at
1280 and 390 px wide are kept in test-artifacts/ (not committed) for a person to look at.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from solieu.catalog import write_catalog
from solieu.publish import publish
from test_publish import make_dataset, make_tables

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium "
                              "(apt-get install -y chromium)"),
]

HOSTILE = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two versions of the tiny dataset (two reports: 2022 and 2023), the second with a
    hostile release note and a hostile indicator name (text from reports and operators
    is never markup)."""
    published = tmp_path_factory.mktemp("browser") / "published"
    ds = make_dataset(two_sources=True)
    publish(ds, make_tables(ds), published)
    tables = make_tables(ds)
    tables["observations"].loc[0, "value"] = 1179e9
    tables["indicators"].loc[0, "name_en"] = f"Total budget revenue {HOSTILE}"
    publish(ds, tables, published, release_note=HOSTILE)
    return published


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright  # a dev dependency: never skipped

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


def open_page(browser, path: Path, width: int = 1280, javascript: bool = True):
    """A page at ``path`` with the console errors and page errors it logged."""
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  java_script_enabled=javascript)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return page, errors


@pytest.fixture(scope="module")
def page(browser, published):
    page, errors = open_page(browser, published / "index.html")
    page.console_errors = errors
    yield page
    page.context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_page_fits_the_screen_without_sideways_scroll(browser, published, width):
    page, errors = open_page(browser, published / "index.html", width)
    page.click("details.source summary")  # an open sentence must fit too
    widths = page.evaluate("[document.documentElement.scrollWidth, "
                           "document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{widths[0]} px of content in a {widths[1]} px window"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"catalog-{width}px.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert errors == []
    page.context.close()


def test_page_shows_the_dataset_versions_and_headlines(page, published):
    catalog = json.loads((published / "catalog.json").read_text())
    [ds] = catalog["datasets"]
    section = page.locator("section#tiny-city")
    assert section.locator("h2").inner_text().startswith("Số liệu thành phố nhỏ")
    assert "Figures of a tiny city" in section.locator("h2").inner_text()
    assert section.locator(".latest").inner_text() == "1.0.1"
    versions = section.locator("table.versions tbody th").all_inner_texts()
    assert versions == ["1.0.1", "1.0.0"]
    table = section.locator("table.headlines")
    assert "Tổng thu ngân sách" in table.locator("caption").inner_text()
    assert table.locator("thead th[scope=col]").count() == 4
    first = table.locator("tbody tr").nth(0).inner_text().replace("\u202f", " ")
    assert "2023" in first and "1 250 000 000 000" in first and "actual" in first
    second = table.locator("tbody tr").nth(1).inner_text().replace("\u202f", " ")
    assert "2022" in second and "1 179 000 000 000" in second
    # Each version's zip hash on the page is the one in catalog.json, and its date.
    hashes = section.locator("table.versions td.hash").all_inner_texts()
    assert hashes == [v["zip"]["sha256"] for v in ds["versions"]]
    dates = section.locator("table.versions time").evaluate_all(
        "ts => ts.map(t => t.getAttribute('datetime'))")
    assert dates == [v["released"] for v in ds["versions"]]
    assert "creativecommons.org" in section.locator("a[rel=license]").get_attribute("href")
    assert "(20" in section.locator("p.cite").inner_text()  # the year of the release
    assert section.locator("pre.bibtex").text_content().startswith("@misc{tiny_city_1_0_1,")


def test_the_chart_shows_an_indicator_with_two_periods(page):
    chart = page.locator("section#tiny-city .headline figure.chart svg.trend")
    assert chart.count() == 1 and chart.is_visible()
    assert chart.locator("circle").count() == 2  # 2022 and 2023
    labels = chart.locator("text").all_text_contents()
    assert "2022" in labels and "2023" in labels


def test_a_value_s_source_sentence_is_one_click_away(page, published):
    details = page.locator("section#tiny-city details.source").first
    quote = details.locator("blockquote")
    assert not quote.is_visible()
    details.locator("summary").click()
    assert quote.is_visible()
    assert quote.inner_text() == "Năm 2023 thu ngân sách đạt 1.250 tỷ đồng."
    href = details.locator("a").evaluate("a => a.href")
    text = Path(unquote(urlparse(href).path)).read_text(encoding="utf-8")
    assert quote.inner_text() in text


def test_report_text_is_shown_as_text_never_run(page):
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0
    # The filter's script and one JSON-LD block per dataset, nothing else.
    kinds = page.locator("script").evaluate_all("ss => ss.map(s => s.type)")
    assert sorted(kinds) == ["", "application/ld+json"]
    assert HOSTILE in page.locator("table.versions").inner_text()
    assert HOSTILE in page.locator("table.headlines caption").inner_text()


def test_no_console_error(page):
    assert page.console_errors == []


def test_every_link_resolves(page, published):
    hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.href)")
    catalog = json.loads((published / "catalog.json").read_text())
    files = [f["path"] for v in catalog["datasets"][0]["versions"] for f in v["files"]]
    outside = []
    for href in hrefs:
        url = urlparse(href)
        if url.scheme in ("http", "https"):
            outside.append(href)  # the licence: no network here, so its form is checked
            continue
        assert url.scheme == "file", href
        assert Path(unquote(url.path)).is_file(), href
    assert outside == ["https://creativecommons.org/licenses/by/4.0/"]
    linked = {Path(unquote(urlparse(h).path)).resolve() for h in hrefs}
    for rel in files:
        assert (published / rel).resolve() in linked, rel
    for v in catalog["datasets"][0]["versions"]:
        assert (published / v["zip"]["path"]).resolve() in linked


def test_a_link_opens_in_the_browser(browser, published):
    page, _ = open_page(browser, published / "index.html")
    page.click("text=latest/datapackage.json")
    assert json.loads(page.locator("body").inner_text())["version"] == "1.0.1"
    page.context.close()


def test_json_ld_is_a_schema_org_dataset(page, published):
    import rdflib

    [block] = page.locator("script[type='application/ld+json']").all_text_contents()
    data = json.loads(block)
    assert data["@context"] == "https://schema.org/" and data["@type"] == "Dataset"
    for key in ("name", "description", "license", "temporalCoverage", "spatialCoverage",
                "distribution"):
        assert data.get(key), key
    assert data["temporalCoverage"] == "2022/2023"
    assert data["spatialCoverage"]["name"] == "Thành phố Nhỏ"
    assert {d["encodingFormat"] for d in data["distribution"]} >= {"application/zip", "text/csv"}
    # As linked data: the schema.org context (not fetched here) is the vocabulary.
    data["@context"] = {"@vocab": "https://schema.org/"}
    graph = rdflib.Graph().parse(data=json.dumps(data), format="json-ld",
                                 publicID=(published / "index.html").as_uri())
    schema = rdflib.Namespace("https://schema.org/")
    [dataset] = list(graph.subjects(rdflib.RDF.type, schema.Dataset))
    assert str(graph.value(dataset, schema.name)) == "Figures of a tiny city"
    assert len(list(graph.objects(dataset, schema.distribution))) == len(data["distribution"])


def test_page_reads_without_javascript(browser, published):
    page, _ = open_page(browser, published / "index.html", javascript=False)
    assert not page.locator("#filter-box").is_visible()
    assert page.locator("section.dataset").is_visible()
    assert page.locator("figure.chart svg").is_visible()  # the chart needs no script
    page.context.close()


@pytest.fixture(scope="module")
def many(published, tmp_path_factory) -> Path:
    """200 datasets: copies of the tiny one under other names and titles."""
    root = tmp_path_factory.mktemp("many") / "published"
    root.mkdir()
    for n in range(200):
        name = f"place-{n:03d}"
        target = root / name
        shutil.copytree(published / "tiny-city", target)
        for v in [p for p in target.iterdir() if p.is_dir()]:
            desc = json.loads((v / "datapackage.json").read_text())
            desc["name"] = name
            desc["title"] = f"Figures of place number {n}"
            desc["title_vi"] = f"Số liệu địa phương số {n}"
            (v / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False))
        for z in target.glob("*.zip"):
            z.rename(target / z.name.replace("tiny-city", name))
    write_catalog(root)
    return root


def test_the_filter_finds_one_dataset_among_200(browser, many):
    page, errors = open_page(browser, many / "index.html")
    assert page.locator("section.dataset").count() == 200
    page.fill("#filter", "place number 137")
    visible = page.locator("section.dataset:visible")
    assert visible.count() == 1 and visible.get_attribute("id") == "place-137"
    assert page.locator("#filter-count").inner_text() == "1 / 200"
    page.fill("#filter", "so lieu dia phuong so 42")  # no accents typed: still found
    assert page.locator("section.dataset:visible").get_attribute("id") == "place-042"
    page.fill("#filter", "")
    assert page.locator("section.dataset:visible").count() == 200
    assert errors == []
    page.context.close()
