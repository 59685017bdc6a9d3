"""The version ledger: every published version on record, checked before publishing on it.

Each case damages a published folder the way a careless hand or a failing disk would,
then asserts that the next publish stops (naming the file and how to restore it) or
restores a derived copy and says so, and that `solieu verify` reports the same.
"""

from __future__ import annotations

import json
import os
import shutil

import pandas as pd
import pytest

from solieu.ledger import LEDGER, LedgerError, init_ledger, read_ledger
from solieu.publish import publish
from solieu.verify import verify, verify_command
from test_publish import make_dataset, make_tables, tree, visible


@pytest.fixture
def two_versions(tmp_path):
    """published/ with tiny-city 1.0.0 and 1.0.1 (a corrected value)."""
    published = tmp_path / "published"
    ds = make_dataset()
    publish(ds, make_tables(ds), published)
    corrected = make_tables(ds)
    corrected["observations"].loc[0, "value"] = 1179e9
    assert publish(ds, corrected, published).version == "1.0.1"
    return published, ds, corrected


def changed_tables(ds):
    tables = make_tables(ds)
    tables["observations"].loc[0, "value"] = 1180e9
    return tables


def test_every_version_is_on_record_with_its_hashes(two_versions):
    published, _, _ = two_versions
    entries = read_ledger(published / "tiny-city")
    assert [e.version for e in entries] == ["1.0.0", "1.0.1"]
    assert verify(published) == []


def test_a_rewritten_value_in_the_newest_version_stops_the_run(two_versions):
    published, ds, _ = two_versions
    parquet = published / "tiny-city" / "1.0.1" / "data" / "observations.parquet"
    df = pd.read_parquet(parquet)
    df.loc[0, "value"] = 1.0
    df.to_parquet(parquet)
    with pytest.raises(LedgerError, match=r"1\.0\.1/data/observations\.parquet.*verify --repair"):
        publish(ds, changed_tables(ds), published)
    assert [v for v in visible(published / "tiny-city") if v[0].isdigit()] == ["1.0.0", "1.0.1"]
    assert any("observations.parquet" in p for p in verify(published))


def test_rewritten_sha256sums_disagree_with_the_ledger(two_versions):
    published, ds, _ = two_versions
    v = published / "tiny-city" / "1.0.1"
    (v / "README.md").write_text("edited\n", encoding="utf-8")
    from solieu.files import write_sha256sums

    write_sha256sums(v)  # the folder agrees with itself now, not with the ledger
    with pytest.raises(LedgerError, match=r"1\.0\.1/SHA256SUMS: differs from the ledger"):
        publish(ds, changed_tables(ds), published)


def test_a_deleted_newest_version_is_never_published_again_under_its_number(two_versions):
    published, ds, corrected = two_versions
    shutil.rmtree(published / "tiny-city" / "1.0.1")
    (published / "tiny-city" / "tiny-city-1.0.1.zip").unlink()
    before = tree(published)
    with pytest.raises(LedgerError, match=r"1\.0\.1: missing; the ledger records version 1\.0\.1"):
        publish(ds, corrected, published)
    assert tree(published) == before


def test_a_deleted_old_version_is_an_error_for_verify_and_publish(two_versions):
    published, ds, _ = two_versions
    shutil.rmtree(published / "tiny-city" / "1.0.0")
    assert any("1.0.0: missing" in p for p in verify(published))
    with pytest.raises(LedgerError, match=r"1\.0\.0: missing"):
        publish(ds, changed_tables(ds), published)


def test_a_version_restored_from_its_zip_checks_out(two_versions, capsys):
    published, ds, corrected = two_versions
    before = tree(published / "tiny-city" / "1.0.1")
    shutil.rmtree(published / "tiny-city" / "1.0.1")
    assert verify_command(published, fix=True) == 0
    assert "restored from tiny-city-1.0.1.zip" in capsys.readouterr().out
    assert tree(published / "tiny-city" / "1.0.1") == before
    assert publish(ds, corrected, published).status == "up_to_date"


def test_a_damaged_latest_file_is_copied_again_and_said(two_versions):
    published, ds, corrected = two_versions
    damaged = published / "tiny-city" / "latest" / "data" / "figures.csv"
    damaged.unlink()  # replaced, as a checkout or an editor's save does: the version keeps its own
    damaged.write_text("x\n")
    result = publish(ds, corrected, published)
    assert result.status == "up_to_date"
    assert any("latest: was not a copy" in n for n in result.notes)
    assert "latest" in result.summary
    assert tree(published / "tiny-city" / "latest") == tree(published / "tiny-city" / "1.0.1")


def test_a_latest_file_written_in_place_is_the_versions_and_stops_the_run(two_versions):
    published, ds, corrected = two_versions
    latest, version = published / "tiny-city" / "latest", published / "tiny-city" / "1.0.1"
    if not os.path.samefile(latest / "data" / "figures.csv", version / "data" / "figures.csv"):
        pytest.skip("no hard links here: latest/ is a copy")
    (latest / "data" / "figures.csv").write_text("x\n")  # through the link: the version's too
    with pytest.raises(LedgerError, match="1.0.1/data/figures.csv: sha256 differs"):
        publish(ds, corrected, published)


def test_a_deleted_zip_is_rebuilt_only_if_it_matches_the_ledger(two_versions):
    published, ds, corrected = two_versions
    z = published / "tiny-city" / "tiny-city-1.0.0.zip"
    good = z.read_bytes()
    z.unlink()
    result = publish(ds, corrected, published)
    assert any("tiny-city-1.0.0.zip: was missing; rebuilt" in n for n in result.notes)
    assert z.read_bytes() == good


def test_a_deleted_zip_is_not_rebuilt_from_an_edited_folder(two_versions):
    published, ds, corrected = two_versions
    (published / "tiny-city" / "tiny-city-1.0.1.zip").unlink()
    (published / "tiny-city" / "1.0.1" / "CHANGELOG.md").write_text("edited\n")
    with pytest.raises(LedgerError, match="CHANGELOG.md"):
        publish(ds, corrected, published)
    assert not (published / "tiny-city" / "tiny-city-1.0.1.zip").exists()


def test_a_version_not_on_record_stops_the_run(two_versions):
    published, ds, corrected = two_versions
    shutil.copytree(published / "tiny-city" / "1.0.1", published / "tiny-city" / "1.0.2")
    with pytest.raises(LedgerError, match=r"1\.0\.2: not in tiny-city/ledger\.jsonl"):
        publish(ds, changed_tables(ds), published)


@pytest.mark.parametrize("line, match", [
    ("not json\n", "line 3: not a JSON line"),
    ('{"version": "1.0.0", "sha256sums": "a", "zip": "b"}\n', "line 3: version 1.0.0 does not come after"),
    ('{"version": "x"}\n', "line 3: not a ledger entry"),
])
def test_a_damaged_ledger_is_named_with_its_line(two_versions, line, match):
    published, ds, corrected = two_versions
    with open(published / "tiny-city" / LEDGER, "a", encoding="utf-8") as f:
        f.write(line)
    with pytest.raises(LedgerError, match=match):
        publish(ds, corrected, published)
    assert any("line 3" in p for p in verify(published))


def test_versions_without_a_ledger_must_be_recorded_first(two_versions, capsys):
    published, ds, corrected = two_versions
    ledger = published / "tiny-city" / LEDGER
    good = ledger.read_bytes()
    ledger.unlink()
    with pytest.raises(LedgerError, match="verify --init-ledger"):
        publish(ds, corrected, published)
    assert verify_command(published, init=True) == 0
    assert ledger.read_bytes() == good  # the same lines the publisher wrote
    assert verify_command(published, init=True) == 0
    assert "nothing to record" in capsys.readouterr().out
    with pytest.raises(LedgerError, match="already exists"):
        init_ledger(published / "tiny-city")


def test_init_ledger_refuses_a_damaged_version(two_versions):
    published, _, _ = two_versions
    (published / "tiny-city" / LEDGER).unlink()
    (published / "tiny-city" / "1.0.0" / "README.md").write_text("edited\n")
    problems = init_ledger(published / "tiny-city")
    assert any("1.0.0/README.md" in p for p in problems)
    assert not (published / "tiny-city" / LEDGER).exists()


def test_verify_refuses_a_folder_that_is_not_published(tmp_path, capsys):
    (tmp_path / "raw" / "x").mkdir(parents=True)
    assert verify_command(tmp_path / "raw") == 1
    assert "not a published folder" in capsys.readouterr().out


@pytest.mark.parametrize("damage", ["deleted", "stale"])
def test_a_damaged_catalog_is_named_and_rewritten_by_the_next_run(two_versions, damage):
    published, ds, corrected = two_versions
    catalog = published / "catalog.json"
    if damage == "deleted":
        catalog.unlink()
    else:  # as a run killed before its catalog step leaves it: one version short
        data = json.loads(catalog.read_text(encoding="utf-8"))
        data["datasets"][0]["versions"] = data["datasets"][0]["versions"][1:]
        catalog.write_text(json.dumps(data), encoding="utf-8")
    assert any("catalog.json" in p for p in verify(published))
    assert publish(ds, corrected, published).status == "up_to_date"
    assert verify(published) == []


def test_a_dry_run_says_what_it_would_restore_and_writes_nothing(two_versions):
    published, ds, corrected = two_versions
    (published / "tiny-city" / "tiny-city-1.0.0.zip").unlink()
    (published / "tiny-city" / "latest" / "README.md").unlink()  # not the version's file
    (published / "tiny-city" / "latest" / "README.md").write_text("x\n")
    before = tree(published)
    result = publish(ds, corrected, published, dry_run=True)
    assert tree(published) == before
    assert any("a run would rebuild it" in n for n in result.notes)
    assert any("a run would copy it again" in n for n in result.notes)
