"""Loading raw/: sidecars checked against their schema, texts against their hash."""

import json
import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import yaml

from solieu.sources import InputError, load_dataset, load_source, read_text, sha256_text

RAW = Path(__file__).resolve().parents[1] / "raw"


@pytest.fixture
def dataset(tmp_path):
    target = tmp_path / "son-la-city"
    shutil.copytree(RAW / "son-la-city", target)
    return target


def test_the_real_dataset_loads():
    ds = load_dataset(RAW / "son-la-city")
    assert [s.source_id for s in ds.sources] == ["2022-annual-results"]
    src = ds.sources[0]
    assert src.sha256 == src.meta["sha256"] == sha256_text(src.text)
    assert src.meta["url"] is None and src.meta["publisher"] is None  # unknown, not invented


def edit_sidecar(dataset, **changes):
    path = dataset / "2022-annual-results.yaml"
    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is ...:
            del meta[key]
        else:
            meta[key] = value
    path.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    return path


def test_a_lying_sha256_names_the_sidecar_and_what_to_do(dataset):
    edit_sidecar(dataset, sha256="0" * 64)
    with pytest.raises(InputError) as err:
        load_dataset(dataset)
    message = str(err.value)
    assert "2022-annual-results.yaml" in message and "sha256" in message
    assert "put the new hash" in message


def test_a_changed_text_is_caught(dataset):
    txt = dataset / "2022-annual-results.txt"
    txt.write_text(txt.read_text(encoding="utf-8").replace("1.178", "1.187"), encoding="utf-8")
    with pytest.raises(InputError, match="hashes to"):
        load_dataset(dataset)


def test_a_missing_field_is_named(dataset):
    edit_sidecar(dataset, period=...)
    with pytest.raises(InputError, match="line 1: missing key 'period'"):
        load_dataset(dataset)


def test_a_wrong_field_type_is_named(dataset):
    edit_sidecar(dataset, period=2022)
    with pytest.raises(InputError, match=r"line \d+: key 'period': 2022 is not of type 'string'"):
        load_dataset(dataset)


def test_an_unsafe_source_id_is_refused(dataset):
    (dataset / "2022-annual-results.txt").rename(dataset / "Báo cáo 2022.txt")
    with pytest.raises(InputError, match="breaks the naming rule"):
        load_dataset(dataset)


def test_non_utf8_bytes_name_the_line(tmp_path):
    path = tmp_path / "cp1258.txt"
    path.write_bytes("Dòng một\nThu ngân sách ".encode() + b"\xe2\x80 \xff\n")
    with pytest.raises(InputError, match=r"cp1258.txt, line 2: byte 0x.. at offset \d+ is not UTF-8"):
        read_text(path)


def test_binary_is_refused(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        read_text(path)


def test_text_is_nfc_normalised(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", "Thu ngân sách"), encoding="utf-8")
    assert read_text(path) == "Thu ngân sách"


def test_a_missing_sidecar_says_what_to_do(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Có 3 trường.", encoding="utf-8")
    with pytest.raises(InputError, match="missing sidecar"):
        load_source(path)


def test_a_sidecar_is_checked_once_per_content(dataset, tmp_path, monkeypatch):
    """With a folder to keep them in, an unchanged sidecar is not parsed or checked
    again (counted), loads the same values (its dates too), and a changed one is
    checked again, its problem said as without the cache."""
    from solieu import config

    checked = []
    real = config.read
    monkeypatch.setattr(config, "read", lambda *a: (checked.append(a[0]), real(*a))[1])
    kept = tmp_path / "kept"
    edit_sidecar(dataset, retrieved="2023-01-15")
    first = load_dataset(dataset, kept)
    assert len(checked) == 2  # dataset.yaml, and the sidecar
    again = load_dataset(dataset, kept)
    assert len(checked) == 3  # dataset.yaml only
    assert again.sources[0].meta == first.sources[0].meta == load_dataset(dataset).sources[0].meta
    assert again.sources[0].meta["retrieved"] == "2023-01-15"
    value = {"on": date(2023, 1, 15), "list": [1.5, None, "x"]}  # YAML's dates come back
    assert json.loads(json.dumps(value, default=config.json_tagged),
                      object_hook=config.json_untagged) == value
    edit_sidecar(dataset, period=2022)
    with pytest.raises(InputError, match=r"line \d+: key 'period': 2022 is not of type 'string'"):
        load_dataset(dataset, kept)
    with pytest.raises(InputError, match="period"):  # a failed check is never kept
        load_dataset(dataset, kept)
