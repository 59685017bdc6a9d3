"""Figure identity across versions: a corrected number is a patch listing old -> new; a
new sentence is a minor version. Tables come from the real extractor and indicator
catalog, as the pipeline builds them."""

from __future__ import annotations

from dataclasses import replace

from solieu.publish import publish
from solieu.sources import Dataset, sha256_text
from solieu.tables import build_tables
from test_publish import META, source

BEFORE = ("Tổng thu ngân sách thành phố năm 2022 đạt 1.178 tỷ đồng, bằng 128% dự toán tỉnh "
          "giao, tăng 6,2% so với năm 2021. Toàn thành phố có 35 chi bộ.")
CORRECTED = BEFORE.replace("1.178", "1.299")
LONGER = CORRECTED + " Thành phố có 120 doanh nghiệp thành lập mới."



def original(source_id: str, text: str):
    """A source whose original is its UTF-8 NFC text (so the two hashes agree)."""
    return replace(source(source_id, text, "2022"), original_sha256=sha256_text(text))

def dataset(text: str) -> Dataset:
    return Dataset(name="tiny-city", meta=dict(META), sources=[original("2022-report", text)])


def publish_text(text: str, published):
    ds = dataset(text)
    return publish(ds, build_tables(ds), published)


def test_a_corrected_number_is_a_patch_with_old_and_new(tmp_path):
    published = tmp_path / "published"
    assert publish_text(BEFORE, published).version == "1.0.0"
    result = publish_text(CORRECTED, published)
    assert result.version == "1.0.1", result.summary
    figures = result.changes["tables"]["figures"]
    assert figures["added"] == [] and figures["removed"] == []
    by_field = {(c["field"], c["old"], c["new"]) for c in figures["changed"]}
    assert ("surface", "1.178", "1.299") in by_field
    assert ("value", 1178e9, 1299e9) in by_field
    obs = result.changes["tables"]["observations"]["changed"]
    assert [(c["key"]["indicator_id"], c["old"], c["new"]) for c in obs] == [
        ("total_budget_revenue", 1178e9, 1299e9)]


def test_an_added_sentence_is_a_minor(tmp_path):
    published = tmp_path / "published"
    publish_text(CORRECTED, published)
    result = publish_text(LONGER, published)
    assert result.version == "1.1.0"
    figures = result.changes["tables"]["figures"]
    assert [r["surface"] for r in figures["added"]] == ["120"]
    assert figures["removed"] == [] and figures["changed"] == []
