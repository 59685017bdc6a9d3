"""Official geography codes: a unit's name resolved in the list in force for a period."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from solieu.geography import code_list, resolve
from solieu.sources import InputError, load_dataset
from solieu.tables import build_tables

ROOT = Path(__file__).resolve().parents[1]  # this checkout: its raw/

WHERE = "raw/x/dataset.yaml"


@pytest.mark.parametrize("unit, period, code", [
    ("Thành phố Sơn La, Tỉnh Sơn La", "2022", "pre2025:116"),  # a district-level city
    ("Thành phố Sơn La, Tỉnh Sơn La, Việt Nam", "2025-06", "pre2025:116"),
    ("Huyện Mai Sơn, Tỉnh Sơn La", "2023", "pre2025:125"),
    ("Tỉnh Sơn La", "2022", "pre2025:14"),
    ("Tỉnh Sơn La", "2026", "2025:14"),
    ("Tỉnh Hà Giang", "2024", "pre2025:02"),  # merged into Tuyên Quang in 2025
    ("Quận Ninh Kiều, Thành phố Cần Thơ", "2024-Q3", "pre2025:916"),
    # The same code, two units: Chiềng Lề before, Tô Hiệu (larger) after.
    ("Phường Chiềng Lề, Thành phố Sơn La, Tỉnh Sơn La", "2024", "pre2025:03646"),
    ("Phường Tô Hiệu, Tỉnh Sơn La", "2025", "2025:03646"),
])
def test_a_unit_resolves_to_the_code_of_its_period(unit, period, code):
    assert resolve(unit, period, WHERE) == code


@pytest.mark.parametrize("unit, period, words", [
    ("Thành phố Sơn Lá, Tỉnh Sơn La", "2022", ["'Thành phố Sơn Lá' is no district",
                                                "reads it as 'Thành phố Sơn La'"]),
    ("Huyện Không Có, Tỉnh Sơn La", "2022", ["'Huyện Không Có' is no district"]),
    ("Tỉnh Hà Giang", "2025", ["no province", "part of 'Tỉnh Tuyên Quang'"]),
    ("Thành phố Sơn La, Tỉnh Sơn La", "2026", ["districts were dissolved on 1 July 2025"]),
    ("Thành Phố Nhỏ", "2022", ["is no province"]),
    ("A, B, C, D", "2022", ["3 levels at most"]),
])
def test_an_unknown_or_dissolved_unit_is_a_clear_error_naming_dataset_yaml(unit, period, words):
    with pytest.raises(InputError) as err:
        resolve(unit, period, WHERE)
    message = str(err.value)
    assert message.startswith(f"{WHERE}: administrative_unit {unit!r}")
    for w in words:
        assert w in message


@pytest.mark.parametrize("period, listing", [
    ("2024", "pre2025"), ("2025-06", "pre2025"), ("2024-H1", "pre2025"),
    ("2025-07", "2025"), ("2025", "2025"), ("2025-H2", "2025"), ("2021-2025", "2025"),
])
def test_a_period_takes_the_list_in_force_at_its_end(period, listing):
    assert code_list(period) == listing


def test_observations_of_the_dataset_carry_the_code(tmp_path):
    dataset = load_dataset(ROOT / "raw" / "son-la-city")
    obs = build_tables(dataset)["observations"]
    assert set(obs["geography_code"]) == {"pre2025:116"} and set(obs["role"]) == {"actual"}


def test_a_misspelt_unit_in_dataset_yaml_stops_the_build_naming_the_file(tmp_path):
    folder = tmp_path / "son-la-city"
    shutil.copytree(ROOT / "raw" / "son-la-city", folder)
    meta = folder / "dataset.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace(
        "administrative_unit: Thành phố Sơn La", "administrative_unit: Thành phố Sơn Lá"),
        encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{Path(meta)}: administrative_unit"):
        build_tables(load_dataset(folder))


def test_a_source_of_another_unit_names_it_in_its_sidecar(tmp_path):
    folder = tmp_path / "son-la-city"
    shutil.copytree(ROOT / "raw" / "son-la-city", folder)
    sidecar = folder / "2022-annual-results.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8")
                       + "administrative_unit: Huyện Mai Sơn, Tỉnh Sơn La\n", encoding="utf-8")
    obs = build_tables(load_dataset(folder))["observations"]
    assert set(obs["geography_code"]) == {"pre2025:125"}
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("Huyện Mai Sơn",
                                                                    "Huyện Mai Sờn"))
    with pytest.raises(InputError, match=rf"^{sidecar}: administrative_unit"):
        build_tables(load_dataset(folder))
