"""`solieu add` and `solieu fetch` against a real web server on 127.0.0.1.

After every failure: nothing in raw/ is lost or altered, and the message names the
source and what to do.
"""

import hashlib
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from fixtures.site import (
    PARAGRAPHS,
    TITLE,
    Page,
    cp1258,
    docx_report,
    html_page,
    pdf_report,
    scanned_pdf,
    serve,
    tcvn3,
)
from solieu.add import add, report, suggest_id
from solieu.cli import main
from solieu.fetch import Fetcher, FetchOptions
from solieu.revisions import fetch_datasets
from solieu.sources import InputError, load_dataset

RAW = Path(__file__).resolve().parents[1] / "raw"
NOW = datetime(2026, 3, 1, 2, 0, 0, tzinfo=UTC)
LATER = datetime(2026, 3, 2, 2, 0, 0, tzinfo=UTC)
HTML = "text/html; charset=utf-8"
PDF = "application/pdf"
OPTIONS = FetchOptions(timeout=0.5, attempts=3, backoff=0.01, host_delay=0.0, max_bytes=200_000)


@pytest.fixture
def site():
    site, server = serve()
    site.routes["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n",
                                      content_type="text/plain")
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def raw(tmp_path):
    """raw/ with the real seed dataset (a text source without URL) to show it is left alone."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW / "son-la-city", raw / "son-la-city")
    return raw


@pytest.fixture
def fetcher():
    with Fetcher(OPTIONS) as f:
        yield f


def snapshot(raw: Path) -> dict[str, str]:
    return {str(p.relative_to(raw)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(raw.rglob("*")) if p.is_file()}


def kept(before: dict[str, str], raw: Path, *, originals_only: bool = False) -> None:
    """Every file (or every original) that was in raw/ is still there with the same bytes."""
    after = snapshot(raw)
    if originals_only:
        before = {k: v for k, v in before.items() if not k.endswith(".yaml")}
    assert {k: after.get(k) for k in before} == before


def fill_in(sidecar: Path) -> None:
    """What the curator does after `solieu add`: geography and period."""
    text = sidecar.read_text(encoding="utf-8")
    comments = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    meta = yaml.safe_load(text)
    meta.update(geography="Huyện Mai Sơn, tỉnh Sơn La, Việt Nam", period="2023")
    sidecar.write_text(comments + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False),
                       encoding="utf-8")


def new_dataset(raw: Path, name: str = "mai-son") -> Path:
    meta = yaml.safe_load((raw / "son-la-city" / "dataset.yaml").read_text(encoding="utf-8"))
    meta["name"] = name
    (raw / name).mkdir(exist_ok=True)
    (raw / name / "dataset.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True),
                                             encoding="utf-8")
    return raw / name


def added_from(site, raw, fetcher, path="/bao-cao.html", page=None, **kw):
    site.routes[path] = page or Page(html_page().encode(), etag='"v1"',
                                     last_modified="Wed, 20 Dec 2023 01:00:00 GMT")
    return add(site.url(path), "mai-son", raw, fetcher=fetcher, now=NOW, **kw)


# --- solieu add ---------------------------------------------------------------------------


def test_add_from_a_url_snapshots_the_bytes_and_writes_the_sidecar(site, raw, fetcher):
    before = snapshot(raw)
    added = added_from(site, raw, fetcher)
    kept(before, raw)
    assert added.source_id == "bao-cao-tinh-hinh-kinh-te-xa-hoi-nam-2023"
    assert added.original.name == f"{added.source_id}.html"
    assert added.original.read_bytes() == html_page().encode()  # byte for byte
    meta = yaml.safe_load(added.sidecar.read_text(encoding="utf-8"))
    assert meta["title"] == TITLE and meta["url"] == site.url("/bao-cao.html")
    assert meta["publisher"] == "Cổng thông tin điện tử huyện Mai Sơn"
    assert meta["published"] == "2023-12-20" and meta["language"] == "vi"
    assert meta["retrieved"] == "2026-03-01" and meta["format"] == "html"
    assert meta["etag"] == '"v1"' and meta["last_modified"] == "Wed, 20 Dec 2023 01:00:00 GMT"
    assert meta["original_sha256"] == hashlib.sha256(html_page().encode()).hexdigest()
    assert meta["converter"].startswith("trafilatura ")
    # what it cannot know stays null, never invented
    assert meta["geography"] is None and meta["period"] is None and meta["license"] is None
    assert meta["revisions"] == [{
        "file": added.original.name, "retrieved": "2026-03-01T02:00:00Z",
        "original_sha256": meta["original_sha256"], "content_type": HTML, "etag": '"v1"',
        "last_modified": "Wed, 20 Dec 2023 01:00:00 GMT"}]
    assert site.hits("/bao-cao.html")[0]["user-agent"].startswith("solieu/")
    said = report(added)
    assert "1 table(s)" in said and "figures:" in said and "12.345" in said
    assert "geography:" in said and "period:" in said and "license:" in said
    assert "dataset.yaml is missing" in said  # and how to make one


def test_an_added_source_loads_once_filled_in(site, raw, fetcher):
    added = added_from(site, raw, fetcher)
    new_dataset(raw)
    with pytest.raises(InputError, match=r"line \d+: key '(geography|period)': still empty \(null\); fill it in"):
        load_dataset(raw / "mai-son")
    fill_in(added.sidecar)
    source = load_dataset(raw / "mai-son").sources[0]
    assert source.format == "html" and source.text == added.rendition.text
    assert source.original_sha256 == hashlib.sha256(html_page().encode()).hexdigest()


@pytest.mark.parametrize(("name", "data", "fmt"), [
    ("bao-cao.pdf", pdf_report, "pdf"),
    ("bao-cao.docx", docx_report, "docx"),
])
def test_add_from_a_file(tmp_path, raw, name, data, fmt):
    path = tmp_path / name
    path.write_bytes(data())
    added = add(str(path), "mai-son", raw, source_id="2023-annual-report")
    assert added.original == raw / "mai-son" / f"2023-annual-report.{fmt}"
    assert added.original.read_bytes() == path.read_bytes()
    meta = yaml.safe_load(added.sidecar.read_text(encoding="utf-8"))
    assert meta["url"] is None and meta["retrieved"] is None and meta["etag"] is None
    assert meta["title"] == TITLE and meta["format"] == fmt
    assert "Chỉ tiêu | ĐVT | TH năm 2022 | KH năm 2023 | Ước TH năm 2023" in added.rendition.text


def test_add_through_a_redirect(site, raw, fetcher):
    site.routes["/tin-tuc/123"] = Page(b"", status=301, headers={"Location": "/bao-cao.html"})
    site.routes["/bao-cao.html"] = Page(html_page().encode())
    added = add(site.url("/tin-tuc/123"), "mai-son", raw, fetcher=fetcher, now=NOW)
    assert added.meta["url"] == site.url("/tin-tuc/123")  # the address the curator gave
    assert added.original.read_bytes() == html_page().encode()


def test_add_a_windows_1258_page(site, raw, fetcher):
    page = Page(cp1258(html_page(charset="windows-1258")), content_type="text/html")
    added = added_from(site, raw, fetcher, page=page)
    assert PARAGRAPHS[0] in added.rendition.text
    assert added.meta["title"] == TITLE


def refused(raw, call, *says):
    before = snapshot(raw)
    with pytest.raises(InputError) as err:
        call()
    kept(before, raw)
    assert snapshot(raw) == before  # nothing written either
    for s in says:
        assert s in str(err.value)
    return str(err.value)


@pytest.mark.parametrize("url", ["ftp://example.vn/bao-cao.pdf", "file:///etc/passwd",
                                 "javascript:alert(1)"])
def test_add_refuses_what_is_not_http(raw, url):
    refused(raw, lambda: add(url, "mai-son", raw), url, "not an http(s) URL")


def test_add_refuses_a_file_it_cannot_read(tmp_path, raw):
    path = tmp_path / "bang.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"xl/workbook.xml" + bytes(100))
    refused(raw, lambda: add(str(path), "mai-son", raw), str(path), "not a Word", ".docx or PDF")


@pytest.mark.parametrize(("page", "says"), [
    (Page(b"x" * 300_000, content_type=PDF), "larger than the limit of 200,000 bytes"),
    (Page("<html><body><p>Trang này đang được cập nhật.</p></body></html>".encode()),
     "no report text"),
    (Page(b"<html><body><form><p>Vui l\xc3\xb2ng \xc4\x91\xc4\x83ng nh\xe1\xba\xadp</p>"
          b"<input type='password'></form></body></html>"), "a login page"),
    (Page(scanned_pdf(), content_type=PDF), "no text layer (OCR needed)"),
    (Page(tcvn3(html_page()).encode(), content_type=HTML), "legacy TCVN3 font encoding"),
])
def test_add_refuses_and_writes_nothing(site, raw, fetcher, page, says):
    site.routes["/x"] = page
    refused(raw, lambda: add(site.url("/x"), "mai-son", raw, fetcher=fetcher), site.url("/x"), says)
    assert not (raw / "mai-son").exists() or not any((raw / "mai-son").iterdir())


def test_add_refuses_a_path_robots_txt_disallows(site, raw, fetcher):
    site.routes["/private/bao-cao.html"] = Page(html_page().encode())
    refused(raw, lambda: add(site.url("/private/bao-cao.html"), "mai-son", raw, fetcher=fetcher),
            "robots.txt does not allow solieu", "add the file")
    assert site.hits("/private/bao-cao.html") == []  # never even asked


def test_add_refuses_a_taken_id_and_a_known_url(site, raw, fetcher):
    added = added_from(site, raw, fetcher)
    refused(raw, lambda: add(site.url("/bao-cao.html"), "mai-son", raw, fetcher=fetcher),
            "already in mai-son as", "solieu fetch")
    site.routes["/other.html"] = Page(html_page().encode())
    refused(raw, lambda: add(site.url("/other.html"), "mai-son", raw, fetcher=fetcher),
            f"source id {added.source_id!r} is taken", "--id")


def test_suggested_ids_are_safe():
    assert suggest_id("Báo cáo số 123/BC-UBND ngày 20/12/2023 của Ủy ban nhân dân huyện Mai Sơn "
                      "về tình hình kinh tế", "x") == \
        "bao-cao-so-123-bc-ubnd-ngay-20-12-2023-cua-uy-ban-nhan-dan"
    assert suggest_id(None, "https://mason.sonla.gov.vn/") == "mason-sonla-gov-vn"


def test_the_command_prints_what_to_fill_in(site, raw, capsys):
    site.routes["/bao-cao.html"] = Page(html_page().encode())
    code = main(["add", site.url("/bao-cao.html"), "--dataset", "mai-son", "--raw", str(raw)])
    out = capsys.readouterr().out
    assert code == 0 and "added bao-cao-tinh-hinh-kinh-te-xa-hoi-nam-2023" in out
    assert "still to fill in" in out
    code = main(["add", "ftp://x.vn/a.pdf", "--dataset", "mai-son", "--raw", str(raw)])
    assert code == 2 and "not an http(s) URL" in capsys.readouterr().err


# --- solieu fetch -------------------------------------------------------------------------


@pytest.fixture
def registered(site, raw, fetcher):
    """A dataset with one source added from the site and filled in."""
    added = added_from(site, raw, fetcher)
    new_dataset(raw)
    fill_in(added.sidecar)
    site.requests.clear()
    return added


@pytest.fixture
def registered_prose(site, raw, fetcher):
    """Like ``registered``, a page of prose only: the publishing tests do not depend on how
    indicators are matched in tables."""
    added = added_from(site, raw, fetcher, page=Page(html_page(table=False).encode(), etag='"v1"'))
    new_dataset(raw)
    fill_in(added.sidecar)
    site.requests.clear()
    return added


def fetch(raw, fetcher, when=LATER):
    """One run of `solieu fetch`: a new client, as every night (robots.txt read afresh)."""
    with Fetcher(OPTIONS) as run:
        return fetch_datasets([raw / "son-la-city", raw / "mai-son"], run, when)


def by_id(outcomes):
    return {o.source_id: o for o in outcomes}


def test_etag_gives_304_and_nothing_happens(site, raw, fetcher, registered):
    before = snapshot(raw)
    outcomes = by_id(fetch(raw, fetcher))
    assert outcomes[registered.source_id].status == "unchanged"
    assert "304" in outcomes[registered.source_id].message
    assert outcomes["2022-annual-results"].status == "no_url"
    assert site.hits("/bao-cao.html")[0]["if-none-match"] == '"v1"'
    assert snapshot(raw) == before


def test_last_modified_gives_304(site, raw, fetcher):
    page = Page(html_page().encode(), last_modified="Wed, 20 Dec 2023 01:00:00 GMT")
    added = added_from(site, raw, fetcher, page=page)
    new_dataset(raw)
    fill_in(added.sidecar)
    before = snapshot(raw)
    outcome = by_id(fetch(raw, fetcher))[added.source_id]
    assert outcome.status == "unchanged" and "304" in outcome.message
    assert site.hits("/bao-cao.html")[-1]["if-modified-since"] == "Wed, 20 Dec 2023 01:00:00 GMT"
    assert snapshot(raw) == before


def test_identical_bytes_without_validators_change_nothing(site, raw, fetcher):
    added = added_from(site, raw, fetcher, page=Page(html_page().encode()))
    new_dataset(raw)
    fill_in(added.sidecar)
    before = snapshot(raw)
    outcome = by_id(fetch(raw, fetcher))[added.source_id]
    assert outcome.status == "unchanged" and "same bytes" in outcome.message
    assert snapshot(raw) == before


CHANGED = [PARAGRAPHS[0].replace("12.345 tỷ đồng", "12.456 tỷ đồng"), PARAGRAPHS[1]]


def test_a_changed_page_becomes_a_new_revision_beside_the_old(site, raw, fetcher, registered):
    before = snapshot(raw)
    site.routes["/bao-cao.html"] = Page(html_page(CHANGED).encode(), etag='"v2"')
    outcome = by_id(fetch(raw, fetcher))[registered.source_id]
    assert outcome.status == "new_revision"
    assert f"{registered.source_id}.r2.html" in outcome.line
    kept(before, raw, originals_only=True)  # the first revision is still there, unchanged
    folder = raw / "mai-son"
    assert (folder / f"{registered.source_id}.r2.html").read_bytes() == html_page(CHANGED).encode()
    meta = yaml.safe_load(registered.sidecar.read_text(encoding="utf-8"))
    assert [r["file"] for r in meta["revisions"]] == [f"{registered.source_id}.html",
                                                     f"{registered.source_id}.r2.html"]
    assert meta["etag"] == '"v2"' and meta["retrieved"] == "2026-03-02"
    assert meta["geography"] == "Huyện Mai Sơn, tỉnh Sơn La, Việt Nam"  # the curator's kept
    assert registered.sidecar.read_text(encoding="utf-8").startswith("# Sidecar of")
    source = load_dataset(folder).sources[0]
    assert "12.456 tỷ đồng" in source.text and source.path.name.endswith(".r2.html")
    # and fetching again is quiet
    assert by_id(fetch(raw, fetcher))[registered.source_id].status == "unchanged"


def failed(raw, fetcher, registered, *says):
    before = snapshot(raw)
    outcomes = by_id(fetch(raw, fetcher))
    kept(before, raw)
    assert snapshot(raw) == before
    outcome = outcomes[registered.source_id]
    assert outcome.status == "failed"
    assert outcome.line.startswith(f"mai-son/{registered.source_id}: ")
    assert f"the last good revision {registered.source_id}.html stays" in outcome.message
    for s in says:
        assert s in outcome.message
    assert outcomes["2022-annual-results"].status == "no_url"  # the others go on
    load_dataset(raw / "mai-son")  # and the dataset still loads, on its last good revision
    return outcome


def test_404_is_not_retried(site, raw, fetcher, registered):
    del site.routes["/bao-cao.html"]
    failed(raw, fetcher, registered, "not found (HTTP 404)", "Find its new address")
    assert len(site.hits("/bao-cao.html")) == 1


def test_410_is_not_retried(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = Page(b"gone", status=410)
    failed(raw, fetcher, registered, "gone (HTTP 410)")
    assert len(site.hits("/bao-cao.html")) == 1


def test_500_then_200_is_retried(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = [Page(b"oops", status=500), Page(b"oops", status=503),
                                    Page(html_page(CHANGED).encode())]
    outcome = by_id(fetch(raw, fetcher))[registered.source_id]
    assert outcome.status == "new_revision"
    assert len(site.hits("/bao-cao.html")) == 3


def test_500_every_time_fails_after_the_attempts(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = Page(b"oops", status=500)
    failed(raw, fetcher, registered, "HTTP 500", "3 attempts", "Try again later")
    assert len(site.hits("/bao-cao.html")) == 3


@pytest.mark.slow  # publishes a version, or waits for timeouts
def test_a_timeout_is_retried_then_fails(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = Page(html_page(CHANGED).encode(), delay=1.5)
    start = time.monotonic()
    failed(raw, fetcher, registered, "timed out after 0.5 s")
    assert len(site.hits("/bao-cao.html")) == 3
    assert time.monotonic() - start < 10


def test_a_redirect_is_followed(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = Page(b"", status=302, headers={"Location": "/moi/bao-cao.html"})
    site.routes["/moi/bao-cao.html"] = Page(html_page(CHANGED).encode())
    outcome = by_id(fetch(raw, fetcher))[registered.source_id]
    assert outcome.status == "new_revision"


def test_an_oversized_response_is_not_retried(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = Page(b"<html>" + b" " * 300_000 + b"</html>")
    failed(raw, fetcher, registered, "larger than the limit of 200,000 bytes", "--max-bytes")
    assert len(site.hits("/bao-cao.html")) == 1


def test_a_changed_content_type_is_not_taken(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = Page(pdf_report(), content_type=PDF)
    failed(raw, fetcher, registered, "now serves pdf (application/pdf) where it served html",
           "check the address by hand")
    assert len(site.hits("/bao-cao.html")) == 1


def test_a_page_turned_login_wall_is_not_taken(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = Page(b"<html><body><form><p>\xc4\x90\xc4\x83ng nh\xe1\xba\xadp"
                                        b"</p><input type='password'></form></body></html>")
    failed(raw, fetcher, registered, "a login page")


def test_robots_txt_disallowing_the_path_is_obeyed(site, raw, fetcher, registered):
    site.routes["/robots.txt"] = Page(b"User-agent: solieu\nDisallow: /bao-cao.html\n",
                                      content_type="text/plain")
    failed(raw, fetcher, registered, "robots.txt does not allow solieu")
    assert site.hits("/bao-cao.html") == []


def test_the_fetch_command_lists_every_source_and_exits_1_on_a_failure(site, raw, registered, capsys):
    del site.routes["/bao-cao.html"]
    code = main(["fetch", "--raw", str(raw), "--timeout", "1"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"mai-son/{registered.source_id}: " in out and "not found (HTTP 404)" in out
    assert "son-la-city/2022-annual-results: no url" in out
    assert "1 failed, 1 no url" in out.splitlines()[-1]


# --- a new revision, a new data version ------------------------------------------------------


def publish_once(raw, published):
    from solieu.publish import publish
    from solieu.tables import build_tables

    dataset = load_dataset(raw / "mai-son")
    return publish(dataset, build_tables(dataset), published)


@pytest.mark.slow  # publishes a version, or waits for timeouts
def test_a_changed_report_is_named_in_the_next_versions_changelog(site, raw, fetcher, registered_prose,
                                                                   tmp_path):
    published = tmp_path / "published"
    first = publish_once(raw, published)
    assert first.status == "published"
    sources = (first.path / "data" / "sources.csv").read_text(encoding="utf-8")
    assert ",html," in sources and "trafilatura" in sources
    assert not (first.path / "data" / "originals").exists()  # the licence was not said to allow it
    site.routes["/bao-cao.html"] = Page(html_page(CHANGED, table=False).encode(), etag='"v2"')
    assert by_id(fetch(raw, fetcher))[registered_prose.source_id].status == "new_revision"
    second = publish_once(raw, published)
    assert second.status == "published" and second.version != first.version
    changelog = (second.path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"- report changed upstream: `{registered_prose.source_id}`" in changelog
    assert (first.path / "data" / "sources" / f"{registered_prose.source_id}.txt").read_text(
        encoding="utf-8").count("12.345 tỷ đồng") == 1  # the old version is as it was


@pytest.mark.slow  # publishes a version, or waits for timeouts
def test_originals_are_shipped_only_where_the_dataset_allows(site, raw, fetcher, registered_prose,
                                                             tmp_path):
    meta_path = raw / "mai-son" / "dataset.yaml"
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    meta_path.write_text(yaml.safe_dump({**meta, "redistribute_originals": True},
                                        allow_unicode=True), encoding="utf-8")
    result = publish_once(raw, tmp_path / "published")
    assert result.status == "published"
    shipped = result.path / "data" / "originals" / f"{registered_prose.source_id}.html"
    assert shipped.read_bytes() == registered_prose.original.read_bytes()
    descriptor = (result.path / "datapackage.json").read_text(encoding="utf-8")
    assert f'"path": "data/originals/{registered_prose.source_id}.html"' in descriptor
    assert "data/originals/<source_id>.<format>" in (result.path / "README.md").read_text("utf-8")


def test_new_dataset_writes_a_dataset_yaml_to_fill_in(tmp_path, raw):
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(docx_report())
    added = add(str(path), "mai-son", raw, new_dataset=True)
    assert "dataset.yaml written" in report(added)
    fill_in(added.sidecar)
    with pytest.raises(InputError, match=r"dataset.yaml, line \d+: key '\w+': still empty \(null\); fill it in"):
        load_dataset(raw / "mai-son")


def test_an_original_that_is_a_symbolic_link_is_refused(tmp_path, raw):
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(docx_report())
    added = add(str(path), "mai-son", raw)
    new_dataset(raw)
    fill_in(added.sidecar)
    added.original.unlink()
    added.original.symlink_to(path)
    with pytest.raises(InputError, match="must be a plain file"):
        load_dataset(raw / "mai-son")


def test_extract_reads_a_pdf(tmp_path, capsys):
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(pdf_report())
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("figure_id,") and ",\"8,5%\"," in out and ",21.430," in out


def test_an_interrupted_fetch_is_taken_up_by_the_next(site, raw, fetcher, registered):
    site.routes["/bao-cao.html"] = Page(html_page(CHANGED).encode())
    # a run stopped after writing the new file, before the sidecar listed it
    orphan = raw / "mai-son" / f"{registered.source_id}.r2.html"
    orphan.write_bytes(html_page(CHANGED).encode())
    outcome = by_id(fetch(raw, fetcher))[registered.source_id]
    assert outcome.status == "new_revision" and orphan.name in outcome.message
    assert sorted(p.name for p in (raw / "mai-son").glob("*.html")) == [
        f"{registered.source_id}.html", orphan.name]


def test_a_page_whose_report_text_is_the_same_is_no_new_revision(site, raw, fetcher, registered):
    before = snapshot(raw)
    page = html_page().replace("Hội nghị giao ban", "Hội nghị giao ban tháng 3")  # the sidebar
    site.routes["/bao-cao.html"] = Page(page.encode(), etag='"v3"')
    outcome = by_id(fetch(raw, fetcher))[registered.source_id]
    assert outcome.status == "unchanged" and "the same text" in outcome.message
    kept(before, raw, originals_only=True)
    assert sorted(p.name for p in (raw / "mai-son").glob("*.html")) == [registered.original.name]
    meta = yaml.safe_load(registered.sidecar.read_text(encoding="utf-8"))
    assert meta["etag"] == '"v3"'  # so that the next request can be answered with a 304


@pytest.mark.slow  # publishes a version, or waits for timeouts
def test_a_host_that_does_not_answer_is_not_waited_for_again_in_the_run(site, raw, fetcher,
                                                                          registered):
    # a second source on the same host
    site.routes["/bao-cao-2.html"] = Page(html_page(CHANGED).encode())
    second = add(site.url("/bao-cao-2.html"), "mai-son", raw, fetcher=fetcher, now=NOW,
                 source_id="bao-cao-2")
    fill_in(second.sidecar)
    for path in ("/bao-cao.html", "/bao-cao-2.html"):
        site.routes[path] = Page(html_page().encode(), delay=1.5)
    site.requests.clear()
    outcomes = by_id(fetch(raw, fetcher))
    assert outcomes["bao-cao-2"].status == "failed" and "timed out" in outcomes["bao-cao-2"].message
    first = outcomes[registered.source_id]
    assert first.status == "failed" and "gave no answer earlier in this run" in first.message
    assert len(site.hits("/bao-cao-2.html")) == 3 and site.hits("/bao-cao.html") == []


# --- the run: fetching first ----------------------------------------------------------------


def settings_for(raw, tmp_path):
    from solieu.settings import Settings

    return Settings.for_root(tmp_path, raw=raw, published=tmp_path / "published",
                             state=tmp_path / "state")


@pytest.mark.slow  # publishes a version, or waits for timeouts
def test_a_run_fetches_first_and_publishes_the_new_revision(site, raw, registered_prose, tmp_path):
    from solieu import pipeline

    settings = settings_for(raw, tmp_path)
    said: list[str] = []
    pipeline.run(settings, ["mai-son"], say=said.append)
    site.routes["/bao-cao.html"] = Page(html_page(CHANGED, table=False).encode(), etag='"v2"')
    [summary] = pipeline.run(settings, ["mai-son"], say=said.append)
    assert summary["status"] == "published"
    assert any("changed upstream: revision 2" in line for line in said)
    assert "fetched: 1 new revision" in said
    version = settings.published / "mai-son" / summary["version"]
    assert f"report changed upstream: `{registered_prose.source_id}`" in (
        version / "CHANGELOG.md").read_text(encoding="utf-8")
    assert list((settings.state / "renditions").iterdir())  # the texts made are kept


@pytest.mark.slow  # publishes a version, or waits for timeouts
def test_a_source_that_cannot_be_fetched_fails_the_run_after_the_rest(site, raw, registered_prose,
                                                                     tmp_path):
    from solieu import pipeline

    settings = settings_for(raw, tmp_path)
    del site.routes["/bao-cao.html"]
    with pytest.raises(pipeline.FetchFailed, match=r"1 source\(s\) could not be fetched .*"
                       r"not found \(HTTP 404\)"):
        pipeline.run(settings, ["mai-son"])
    # the dataset published all the same, from its last good revision
    assert (settings.published / "mai-son" / "latest" / "datapackage.json").exists()
