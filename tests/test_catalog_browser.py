"""The catalog page in a real headless Chromium, opened from file:// as a researcher would.

Needs Debian's chromium (`apt-get install -y chromium`) and the playwright package
(no `playwright install`: the system browser is used).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from solieu.publish import publish
from test_publish import make_dataset, make_tables

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium "
                              "(apt-get install -y chromium)"),
]

HOSTILE = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two versions of the tiny dataset, the second with a hostile release note and a
    hostile indicator name (text from reports and operators is never markup)."""
    published = tmp_path_factory.mktemp("browser") / "published"
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    tables = make_tables(ds)
    tables["observations"].loc[0, "value"] = 1179e9
    tables["indicators"].loc[0, "name_en"] = f"Total budget revenue {HOSTILE}"
    publish(ds, tables, published, release_note=HOSTILE)
    return published


@pytest.fixture(scope="module")
def page(published: Path):
    from playwright.sync_api import sync_playwright  # a dev dependency: never skipped

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        page.goto((published / "index.html").as_uri())
        yield page
        browser.close()


def test_page_shows_the_dataset_versions_and_headlines(page, published):
    catalog = json.loads((published / "catalog.json").read_text())
    [ds] = catalog["datasets"]
    section = page.locator("section#tiny-city")
    assert section.locator("h2").inner_text().startswith("Số liệu thành phố nhỏ")
    assert "Figures of a tiny city" in section.locator("h2").inner_text()
    assert section.locator(".latest").inner_text() == "1.0.1"
    versions = section.locator("table.versions tr td:first-child").all_inner_texts()
    assert versions == ["1.0.1", "1.0.0"]
    headline = section.locator("table.headlines tr").nth(1).inner_text().replace("\u202f", " ")
    assert "Tổng thu ngân sách" in headline and "1 179 000 000 000" in headline
    # Each version's zip hash on the page is the one in catalog.json.
    hashes = section.locator("table.versions td.hash").all_inner_texts()
    assert hashes == [v["zip"]["sha256"] for v in ds["versions"]]


def test_report_text_is_shown_as_text_never_run(page):
    assert page.evaluate("window.pwned") is None
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    assert HOSTILE in page.locator("table.versions").inner_text()
    assert HOSTILE in page.locator("table.headlines").inner_text()


def test_every_link_resolves_to_an_existing_file(page, published):
    hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.href)")
    catalog = json.loads((published / "catalog.json").read_text())
    files = [f["path"] for v in catalog["datasets"][0]["versions"] for f in v["files"]]
    assert len(hrefs) >= len(files) + 2  # every file of every version, and the zips
    for href in hrefs:
        url = urlparse(href)
        assert url.scheme == "file", href
        assert Path(unquote(url.path)).is_file(), href
    linked = {Path(unquote(urlparse(h).path)).resolve() for h in hrefs}
    for rel in files:
        assert (published / rel).resolve() in linked, rel
    for v in catalog["datasets"][0]["versions"]:
        assert (published / v["zip"]["path"]).resolve() in linked


def test_a_link_opens_in_the_browser(page, published):
    page.click("text=latest/datapackage.json")
    assert json.loads(page.locator("body").inner_text())["version"] == "1.0.1"
    page.go_back()


def test_screenshot_renders(page, tmp_path):
    """The page lays out (a non-trivial height) in the real browser."""
    height = page.evaluate("document.body.scrollHeight")
    assert height > 300
    page.screenshot(path=str(tmp_path / "index.png"), full_page=True)
    assert (tmp_path / "index.png").stat().st_size > 10_000
