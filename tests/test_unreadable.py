"""Numbers no figure can be read from, in sentences that name an indicator: a warning
naming the file, line and sentence, with the outcome of the run."""

from __future__ import annotations

import shutil
from dataclasses import replace

import yaml

import solieu.unreadable as unreadable
from solieu.indicator_catalog import INDICATOR_CATALOG_PATH, SECTORS_PATH
from solieu.publish import publish
from solieu.sources import Dataset, sha256_text
from solieu.tables import build_tables
from solieu.unreadable import find_unreadable
from test_publish import META, source

TYPO = ("Kết quả năm 2022.\nTổng thu ngân sách thành phố năm 2022 đạt 1.1.78 tỷ đồng, tăng "
        "6,2% so với năm 2021. Toàn thành phố có 35 chi bộ.")



def original(source_id: str, text: str):
    """A source whose original is its UTF-8 NFC text (so the two hashes agree)."""
    return replace(source(source_id, text, "2022"), original_sha256=sha256_text(text))

def test_a_typo_in_an_indicator_sentence_is_named():
    [u] = find_unreadable(TYPO, "2022-report")
    assert (u.token, u.line) == ("1.1.78", 2)
    assert "total_budget_revenue" in u.indicators
    assert u.sentence.startswith("Tổng thu ngân sách thành phố năm 2022 đạt 1.1.78")


def test_numbers_that_name_no_indicator_or_are_readable_are_not_warned():
    assert find_unreadable("Mục 1.2.3 của kế hoạch.", "x") == []
    assert find_unreadable("Tổng thu ngân sách đạt 1.178 tỷ đồng.", "x") == []
    assert find_unreadable("Tổng thu ngân sách đạt 12.5 tỷ đồng.", "x") == []  # read as 12,5


def test_the_warning_comes_with_the_outcome_of_publishing(tmp_path):
    ds = Dataset(name="tiny-city", meta=dict(META), sources=[original("2022-report", TYPO)])
    result = publish(ds, build_tables(ds), tmp_path / "published")
    assert result.status == "published"
    [note] = result.notes
    assert note.startswith("2022-report.txt, line 2: '1.1.78' is not a readable number")
    assert "total_budget_revenue" in note and note in result.summary


def test_kept_warnings_are_those_found_and_only_new_texts_are_scanned(tmp_path, monkeypatch):
    from solieu import unreadable

    clean = "Tổng thu ngân sách thành phố năm 2022 đạt 1.178 tỷ đồng."
    ds = Dataset(name="tiny-city", meta=dict(META),
                 sources=[original("a-report", TYPO), original("b-report", clean)])
    fresh = unreadable.dataset_warnings(ds)
    assert len(fresh) == 1 and "1.1.78" in fresh[0]
    scanned: list[str] = []
    real = unreadable.find_unreadable
    monkeypatch.setattr(unreadable, "find_unreadable",
                        lambda text, sid, cat: scanned.append(sid) or real(text, sid, cat))
    kept = tmp_path / "warnings.json"
    assert unreadable.dataset_warnings(ds, kept=kept) == fresh
    assert sorted(scanned) == ["a-report", "b-report"]
    assert unreadable.dataset_warnings(ds, kept=kept) == fresh  # from what was kept
    assert sorted(scanned) == ["a-report", "b-report"]
    fixed = TYPO.replace("1.1.78", "1.178")  # the typo corrected: that text alone is read
    ds2 = replace(ds, sources=[original("a-report", fixed), ds.sources[1]])
    assert unreadable.dataset_warnings(ds2, kept=kept) == []
    assert scanned.count("a-report") == 2 and scanned.count("b-report") == 1


def test_the_installed_catalog_is_loaded_once_while_its_files_stay_the_same(tmp_path, monkeypatch):
    """Publishing asks for the installed catalog for every dataset with a new report: it
    is read once, and read again only when a file of it changed."""
    indicators, sectors = tmp_path / "indicators.yaml", tmp_path / "sectors.yaml"
    shutil.copy(INDICATOR_CATALOG_PATH, indicators)
    shutil.copy(SECTORS_PATH, sectors)
    monkeypatch.setattr(unreadable, "INDICATOR_CATALOG_PATH", indicators)
    monkeypatch.setattr(unreadable, "SECTORS_PATH", sectors)
    monkeypatch.setattr(unreadable, "_installed", None)
    first = unreadable.installed_catalog()
    assert unreadable.installed_catalog() is first
    doc = yaml.safe_load(indicators.read_text(encoding="utf-8"))
    doc["indicators"] = doc["indicators"][:1]
    indicators.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    [only] = unreadable.installed_catalog().indicators
    assert only.indicator_id == first.indicators[0].indicator_id

