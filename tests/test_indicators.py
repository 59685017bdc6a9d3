"""The indicator catalog, figure sectors, matching, observations and the curator's report.

Expectations come from the source texts: tests/reports/*.expected.yaml say, for each
indicator, a fragment of the report that holds its figure and the number as written
there (or `absent`), read from the text by hand; the tests locate that fragment in the
text and check the figure the catalog picked sits exactly there.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
import yaml

import solieu.analysis as analysis
from solieu.cli import main as cli
from solieu.config import meta_schema
from solieu.extract import extract
from solieu.indicator_catalog import (
    INDICATOR_CATALOG_PATH,
    SECTORS_PATH,
    indicators_table,
    load_indicator_catalog,
)
from solieu.mapping_report import build_report, render_report, report_command
from solieu.matching import match, observations
from solieu.sectors import assign_sectors
from solieu.sources import InputError, load_dataset, read_text

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"
REPORTS = Path(__file__).resolve().parent / "reports"
DATASET = REPO / "raw" / "son-la-city"
TEXT_2022 = DATASET / "2022-annual-results.txt"
TEXT_2023 = REPORTS / "son-la-city-2023.txt"


def expectations(name: str) -> tuple[str, dict]:
    """(text, {indicator_id: 'absent' | {start, surface, value, at}}) of an expected.yaml."""
    path = REPORTS / name
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = read_text(path.parent / spec["text"])
    out = {}
    for iid, e in spec["expected"].items():
        if e == "absent":
            out[iid] = e
            continue
        assert text.count(e["at"]) == 1, f"{name}: {iid}: fragment {e['at']!r} must occur once"
        assert e["surface"] in e["at"], f"{name}: {iid}: surface not inside its fragment"
        start = text.index(e["at"]) + e["at"].index(e["surface"])
        out[iid] = {**e, "start": start}
    return text, out


@pytest.fixture(scope="module")
def catalog():
    return load_indicator_catalog()


@pytest.fixture(scope="module")
def son_la_2022():
    """(text, figures, resolutions by indicator) of the real 2022 report."""
    text = read_text(TEXT_2022)
    figures = extract(text, "2022-annual-results")
    found = match(load_indicator_catalog(), figures, ["2022-annual-results"],
                  {"2022-annual-results": text})
    return text, figures, {k: v[0] for k, v in found.items()}


@pytest.fixture(scope="module")
def son_la_2023():
    text = read_text(TEXT_2023)
    figures = extract(text, "son-la-city-2023")
    found = match(load_indicator_catalog(), figures, ["son-la-city-2023"], {"son-la-city-2023": text})
    return text, figures, {k: v[0] for k, v in found.items()}


# --- hand-built figures, for rules and sectors independent of the extractor -----------

_SENTENCE_END = re.compile(r"[;!?\n]|\.(?!\d)")


def sentence_at(text: str, start: int) -> str:
    """The sentence around offset ``start`` (split on . ; ! ? and line breaks, not on
    the '.' that groups digits)."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, start)
    end = m.end() if m else len(text)
    return text[begin:end].strip()


def figure(text: str, at: str, surface: str, value: float, n: int, **fields) -> dict:
    """One row of the figures contract, placed where ``at`` occurs in ``text``."""
    start = text.index(at) + at.index(surface)
    row = {"figure_id": f"t-{n:04d}", "source_id": "t", "start": start,
           "end": start + len(surface), "surface": surface, "value": value,
           "value_max": None, "denominator": None, "unit": "count", "counted": None,
           "qualifier": "exact", "kind": "count", "direction": None, "base": None, "role": "actual",
           "subject": None, "sentence": sentence_at(text, start)}
    row.update(fields)
    return row


def write_catalog(tmp_path: Path, entries: list[dict]) -> Path:
    path = tmp_path / "indicators.yaml"
    path.write_text(yaml.safe_dump({"indicators": entries}, allow_unicode=True,
                                   sort_keys=False), encoding="utf-8")
    return path


def real_entries() -> list[dict]:
    return yaml.safe_load(INDICATOR_CATALOG_PATH.read_text(encoding="utf-8"))["indicators"]


def line_of(path: Path, indicator_id: str, nth: int = 1) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, s in enumerate(lines) if s == f"- indicator_id: {indicator_id}"]
    return hits[nth - 1]


# --- the catalog ----------------------------------------------------------------------

def test_catalog_schema_is_a_valid_json_schema_and_both_files_pass_it():
    for kind, path in (("indicators", INDICATOR_CATALOG_PATH), ("sectors", SECTORS_PATH)):
        schema = meta_schema(kind)
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.validate(yaml.safe_load(path.read_text("utf-8")), schema)


def test_catalog_has_40_indicators_covering_every_section(catalog):
    assert len(catalog.indicators) >= 40
    sections = {s.id for s in catalog.sectors} - {"other"}
    assert sections <= {ind.sector for ind in catalog.indicators}


def test_catalog_holds_no_values():
    # A rule names words and kinds; a number in it would be a value or an offset.
    for e in real_entries():
        for name, terms in e["match"].items():
            if isinstance(terms, list):
                for t in terms:
                    assert not re.search(r"\d", t) or t.lower() == "đề án 06", (e, name, t)


def test_sector_list_is_the_published_vocabulary(catalog):
    for table in ("indicators", "figures"):
        schema = json.loads((SCHEMAS / "tables" / f"{table}.schema.json").read_text("utf-8"))
        field = next(f for f in schema["fields"] if f["name"] == "sector")
        enum = field.get("constraints", {}).get("enum")
        if enum is not None:
            assert [s.id for s in catalog.sectors] == enum, table


def test_indicators_table_has_the_published_columns(catalog):
    schema = json.loads((SCHEMAS / "tables" / "indicators.schema.json").read_text("utf-8"))
    table = indicators_table(catalog)
    assert list(table.columns) == [f["name"] for f in schema["fields"]]
    assert table["indicator_id"].is_unique and len(table) == len(catalog.indicators)
    parts = table[table["part_of"].notna()]
    assert set(parts["part_of"]) <= set(table["indicator_id"])
    # The five kinds of "Nhân dân làm, Nhà nước hỗ trợ" works are parts of their total.
    assert (parts["part_of"] == "community_works_total").sum() == 5


@pytest.mark.parametrize("breakage, words", [
    (lambda es: es.append(copy.deepcopy(es[3])), ["duplicate indicator_id"]),
    (lambda es: es[3].update(sector="economics"), ["unknown sector 'economics'"]),
    (lambda es: es[3].update(unit="dong"), ["unknown unit 'dong'"]),
    (lambda es: es[3].update(part_of="no_such_total"), ["part_of 'no_such_total'"]),
    (lambda es: es[3].update(part_of="total_budget_revenue"),
     ["differs from that of its total 'total_budget_revenue'"]),
    (lambda es: es[3]["match"].update(value_from="denominator", kind="count"),
     ["value_from: denominator needs kind: progress"]),
])
def test_broken_catalog_names_the_entry_and_its_line(tmp_path, breakage, words):
    entries = real_entries()
    breakage(entries)
    target = entries[-1] if len(entries) > len(real_entries()) else entries[3]
    path = write_catalog(tmp_path, entries)
    nth = 2 if len(entries) > len(real_entries()) else 1
    with pytest.raises(InputError) as err:
        load_indicator_catalog(path)
    msg = str(err.value)
    assert f"indicator {target['indicator_id']!r}" in msg
    assert f"line {line_of(path, target['indicator_id'], nth)}" in msg
    for w in words:
        assert w in msg


@pytest.mark.parametrize("breakage, words, on_line", [
    (lambda e: e.pop("name_en"), ["missing key 'name_en'"], "- indicator_id: "),
    (lambda e: e["match"].update(kind="counting"), ["key 'match.kind'", "'counting' is not one of"],
     "kind: counting"),
    (lambda e: e["match"].update(subject=["a||b"]), ["key 'match.subject[0]'"], "a||b"),
    (lambda e: e["match"].update(colour="red"), ["key 'match'", "unknown key 'colour'"], "colour: red"),
    (lambda e: e.update(value=35), ["unknown key 'value'"], "value: 35"),  # never a value
], ids=["missing", "wrong-kind", "bad-term", "unknown-rule-key", "a-value"])
def test_catalog_breaking_its_schema_names_the_entry_field_and_line(tmp_path, breakage, words, on_line):
    entries = real_entries()
    breakage(entries[5])
    path = write_catalog(tmp_path, entries)
    with pytest.raises(InputError) as err:
        load_indicator_catalog(path)
    msg = str(err.value)
    assert f"indicators #6 {entries[5]['indicator_id']!r}" in msg
    line = int(re.search(r"line (\d+)", msg)[1])
    assert on_line in path.read_text("utf-8").splitlines()[line - 1]
    for w in words:
        assert w in msg


def test_a_keyword_of_two_sectors_is_refused(tmp_path):
    data = yaml.safe_load(SECTORS_PATH.read_text("utf-8"))
    data["sectors"][1]["keywords"].append(data["sectors"][0]["keywords"][0])
    path = tmp_path / "sectors.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError, match=f"already belongs to sector '{data['sectors'][0]['id']}'"):
        load_indicator_catalog(INDICATOR_CATALOG_PATH, path)


# --- matching rules on hand-built figures ---------------------------------------------

BUDGET = ("Tổng thu ngân sách thành phố đạt 1.178 tỷ đồng, tăng 6,2% so với năm 2021. "
          "Cuối năm, tổng thu ngân sách thành phố đạt 1.180 tỷ đồng.")


def one_indicator(tmp_path, **rule):
    entry = {"indicator_id": "total_revenue", "name_vi": "Tổng thu ngân sách",
             "name_en": "Total revenue", "sector": "budget", "unit": "VND",
             "description": "Total revenue.", "match": {"kind": "amount", **rule}}
    return load_indicator_catalog(write_catalog(tmp_path, [entry]))


def budget_figures(second_value: float) -> pd.DataFrame:
    return pd.DataFrame([
        figure(BUDGET, "đạt 1.178", "1.178", 1178e9, 1, unit="VND", kind="amount",
               subject="Tổng thu ngân sách thành phố"),
        figure(BUDGET, "tăng 6,2%", "6,2%", 6.2, 2, unit="percent", kind="growth",
               base="2021", subject="Tổng thu ngân sách thành phố"),
        figure(BUDGET, "đạt 1.180", "1.180", second_value, 3, unit="VND", kind="amount",
               subject="tổng thu ngân sách thành phố"),
    ])


SOURCE = load_dataset(DATASET).sources[0]


def as_source(text: str):
    return type(SOURCE)(source_id="t", text=text, meta=SOURCE.meta, path=SOURCE.path)


def test_a_rule_matching_two_values_is_an_error_naming_the_indicator(tmp_path):
    cat = one_indicator(tmp_path, subject=["tổng thu ngân sách"])
    figs = budget_figures(1180e9)
    res = match(cat, figs)["total_revenue"][0]
    assert res.status == "error" and res.figure_id is None
    assert "'total_revenue' is ambiguous" in res.message
    assert set(res.candidates) == {"t-0001", "t-0003"}
    # The pipeline publishes nothing rather than a value picked by chance ...
    with pytest.raises(InputError, match="'total_revenue' is ambiguous"):
        observations(cat, figs, [as_source(BUDGET)])
    # ... and a preview may leave the indicator out.
    assert observations(cat, figs, [as_source(BUDGET)], strict=False).empty


def test_words_that_tell_figures_apart_resolve_the_ambiguity(tmp_path):
    cat = one_indicator(tmp_path, subject=["tổng thu ngân sách"], before=["!cuối năm"],
                        window=12)
    res = match(cat, budget_figures(1180e9))["total_revenue"][0]
    assert (res.status, res.figure_id, res.value) == ("matched", "t-0001", 1178e9)


def test_a_restated_value_resolves_to_its_first_statement(tmp_path):
    cat = one_indicator(tmp_path, subject=["tổng thu ngân sách"])
    res = match(cat, budget_figures(1178e9))["total_revenue"][0]
    assert (res.status, res.figure_id) == ("matched", "t-0001")
    assert res.candidates == ("t-0001", "t-0003")


def test_a_figure_of_another_unit_is_an_error_naming_the_indicator(tmp_path):
    cat = one_indicator(tmp_path, subject=["tổng thu ngân sách"])
    figs = budget_figures(1178e9)
    figs.loc[2, "unit"] = "USD"
    res = match(cat, figs)["total_revenue"][0]
    assert res.status == "error"
    assert "'total_revenue' (unit VND) matches a figure of another unit" in res.message
    assert "t-0003" in res.message


def test_role_defaults_to_actual_so_targets_never_stand_for_results(tmp_path):
    cat = one_indicator(tmp_path, subject=["tổng thu ngân sách"])
    figs = budget_figures(1300e9)
    figs.loc[2, "role"] = "plan"
    assert match(cat, figs)["total_revenue"][0].figure_id == "t-0001"


def test_before_after_and_near_look_at_the_words_around_the_number(tmp_path):
    text = "Thành lập 792 tổ chuyển đổi số cộng đồng, 52 tổ chuyển đổi số trong các trường học."
    figs = pd.DataFrame([
        figure(text, "792 tổ", "792", 792, 1, counted="tổ chuyển đổi số cộng đồng"),
        figure(text, "52 tổ", "52", 52, 2, counted="tổ chuyển đổi số"),
    ])
    entry = {"indicator_id": "school_teams", "name_vi": "x", "name_en": "x",
             "sector": "digital_transformation", "unit": "count", "description": "x",
             "match": {"kind": "count", "after": ["trường học"], "window": 20}}
    cat = load_indicator_catalog(write_catalog(tmp_path, [entry]))
    # `after` stops at the next number: "trường học" belongs to 52 only.
    assert match(cat, figs)["school_teams"][0].figure_id == "t-0002"
    entry["match"] = {"kind": "count", "before": ["thành lập"], "near": ["cộng đồng"]}
    cat = load_indicator_catalog(write_catalog(tmp_path, [entry]))
    assert match(cat, figs)["school_teams"][0].figure_id == "t-0001"


def test_paragraph_rules_need_the_source_text(tmp_path):
    entry = {"indicator_id": "canals", "name_vi": "x", "name_en": "x",
             "sector": "infrastructure", "unit": "count", "description": "x",
             "match": {"kind": "count", "paragraph": ["nhân dân làm"]}}
    cat = load_indicator_catalog(write_catalog(tmp_path, [entry]))
    text = 'Hoàn thành công trình "Nhân dân làm, Nhà nước hỗ trợ": 05 kênh mương;\n\n07 kênh.'
    figs = pd.DataFrame([figure(text, "05", "05", 5, 1), figure(text, "07", "07", 7, 2)])
    with pytest.raises(InputError, match="'canals' looks at paragraphs"):
        match(cat, figs)
    assert match(cat, figs, texts={"t": text})["canals"][0].figure_id == "t-0001"


# --- sectors -------------------------------------------------------------------------

SECTOR_CASES = [
    ("với 10 kết quả nổi bật", "10", "other"),  # the opening, before any section
    ("đối với 263 chi bộ", "263", "party_building"),
    ("đạt 1.178 tỷ", "1.178", "budget"),
    ("đạt 68,63%", "68,63%", "urban_planning"),
    ("đầu tư 112 công trình", "112", "infrastructure"),
    ("213 quyết định", "213", "site_clearance"),
    ("144 giải", "144", "education_culture"),
    ("1.827 lượt", "1.827", "social_welfare"),
    ("792 tổ", "792", "digital_transformation"),
    ("117 tân binh", "117", "defence_security"),
    ("09 kỳ họp", "09", "peoples_council"),
    ("Thu hút 05 dự án đầu tư", "05", "economy"),  # in the site-clearance paragraph
    # The closing summary mixes sections: the words after each number decide.
    ("vượt mức 35/35", "35/35", "party_building"),
    ("Đảng, 18/18", "18/18", "economy"),
    ("0,42% hộ nghèo", "0,42%", "social_welfare"),
]


@pytest.mark.parametrize("case", range(len(SECTOR_CASES)))
def test_sector_of_a_figure_follows_its_words_then_its_section(catalog, case):
    # All the figures at once: a figure's clause ends where the next number starts.
    text = read_text(TEXT_2022)
    figs = pd.DataFrame([figure(text, at, surface, 0.0, n)
                         for n, (at, surface, _) in enumerate(SECTOR_CASES)])
    at, surface, sector = SECTOR_CASES[case]
    assert assign_sectors(figs, text, catalog)[case] == sector, at


def test_a_sentence_without_keywords_takes_its_paragraph_sector(catalog):
    text = ("Tổng thu ngân sách đạt 1.178 tỷ đồng. Kết quả đạt 5 lần.\n\n"
            "Thành lập 82 doanh nghiệp. Kết quả đạt 5 lần nữa.")
    figs = pd.DataFrame([figure(text, "đạt 5 lần.", "5", 5, 1),
                         figure(text, "đạt 5 lần nữa", "5", 5, 2)])
    assert assign_sectors(figs, text, catalog).tolist() == ["budget", "economy"]


# --- the Sơn La 2022 report: every indicator, at its place in the text ----------------

TEXT, EXPECTED_2022 = expectations("2022-annual-results.expected.yaml")


def test_every_indicator_is_annotated_for_2022(catalog):
    assert set(EXPECTED_2022) == {ind.indicator_id for ind in catalog.indicators}
    assert "absent" not in EXPECTED_2022.values()


def _check_resolved(text, figures, res, exp, catalog):
    rows = figures.set_index("figure_id")
    where = f"{res.indicator_id}: expected {exp['surface']!r} in «{exp['at']}»"
    assert res.status == "matched", f"{where}; got {res.status}: {res.message or ''}"
    fig = rows.loc[res.figure_id]
    quote = f"{where}; got {fig['surface']!r} in «{fig['sentence']}»"
    assert fig["start"] == exp["start"], quote
    assert text[fig["start"]:fig["end"]] == fig["surface"] == exp["surface"], quote
    assert fig["sentence"] in text and exp["surface"] in fig["sentence"], quote
    assert res.value == pytest.approx(exp["value"]), quote
    assert fig["unit"] == catalog.get(res.indicator_id).unit, quote


@pytest.mark.parametrize("indicator_id", list(EXPECTED_2022))
def test_2022_indicator_resolves_to_its_figure(catalog, son_la_2022, indicator_id):
    text, figures, resolved = son_la_2022
    _check_resolved(text, figures, resolved[indicator_id], EXPECTED_2022[indicator_id],
                    catalog)


def test_observations_of_2022_beside_the_sentences_they_came_from(catalog, son_la_2022):
    text, figures, _ = son_la_2022
    source = load_dataset(DATASET).sources[0]
    obs = observations(catalog, figures, [source])
    rows = figures.set_index("figure_id")
    listing = []
    for o in obs.itertuples():
        fig = rows.loc[o.figure_id]
        exp = EXPECTED_2022[o.indicator_id]
        assert text[fig["start"]:fig["end"]] == fig["surface"]
        assert fig["start"] == exp["start"], (o.indicator_id, fig["sentence"])
        assert (o.geography, o.period) == (source.meta["geography"], source.meta["period"])
        listing.append(f"{o.indicator_id} = {o.value:g} {o.unit}  «{fig['sentence']}»")
    print("\n".join(listing))  # `pytest -s` shows every observation beside its sentence
    assert len(listing) == len(catalog.indicators)
    assert list(obs.columns) == ["indicator_id", "geography", "geography_code", "period",
                                 "role", "value", "unit", "qualifier", "base", "source_id",
                                 "figure_id"]
    assert set(obs["role"]) == {"actual"} and obs["geography_code"].isna().all()


# --- a later year of the same city, phrased differently --------------------------------

TEXT_B, EXPECTED_2023 = expectations("son-la-city-2023.expected.yaml")


def test_every_indicator_is_annotated_for_2023(catalog):
    assert set(EXPECTED_2023) == {ind.indicator_id for ind in catalog.indicators}
    absent = [k for k, v in EXPECTED_2023.items() if v == "absent"]
    assert 10 <= len(absent) < len(EXPECTED_2023) // 2


@pytest.mark.parametrize("indicator_id", list(EXPECTED_2023))
def test_2023_indicator_resolves_right_or_is_missing(catalog, son_la_2023, indicator_id):
    text, figures, resolved = son_la_2023
    res, exp = resolved[indicator_id], EXPECTED_2023[indicator_id]
    if exp == "absent":
        wrong = figures.set_index("figure_id").loc[list(res.candidates), "sentence"].tolist()
        assert res.status == "missing", f"{indicator_id} is not in the text, yet matched {wrong}"
    else:
        _check_resolved(text, figures, res, exp, catalog)


def test_2023_targets_for_next_year_are_never_results(son_la_2023):
    text, figures, resolved = son_la_2023
    targets_from = text.index("Mục tiêu năm 2024")
    starts = figures.set_index("figure_id")["start"]
    used = [r.figure_id for r in resolved.values() if r.figure_id]
    assert all(starts[f] < targets_from for f in used)


def test_report_of_2023_lists_absent_indicators_as_missing(catalog, capsys):
    code = report_command(TEXT_2023, "json")
    report = json.loads(capsys.readouterr().out)
    (src,) = report["sources"]
    missing = {m["indicator_id"] for m in src["missing"]}
    absent = {k for k, v in EXPECTED_2023.items() if v == "absent"}
    assert absent <= missing
    assert code == (1 if src["errors"] else 0)
    assert {f["figure_id"] for f in src["unmatched_figures"]}  # the new figures show up


# --- the curator's report --------------------------------------------------------------

def test_report_of_the_dataset_shows_matches_with_their_sentences(catalog, capsys):
    assert cli(["indicators", str(DATASET)]) == 0
    out = capsys.readouterr().out
    assert "MATCHED" in out and "MISSING" in out and "FIGURES MATCHING NO INDICATOR" in out
    assert "total_budget_revenue = 1178000000000 VND" in out
    assert "Tổng thu ngân sách thành phố năm 2022 đạt [1.178] tỷ đồng" in out


def test_report_exits_1_on_an_ambiguous_rule_and_names_it(tmp_path, capsys):
    text_path = tmp_path / "two-cities.txt"
    text_path.write_text("Tổng thu ngân sách thành phố đạt 1.178 tỷ đồng.\n\n"
                         "Tổng thu ngân sách huyện đạt 905 tỷ đồng.\n", encoding="utf-8")
    cat = one_indicator(tmp_path, subject=["tổng thu ngân sách"])
    assert report_command(text_path, "text", cat) == 1
    out = capsys.readouterr().out
    assert "ERRORS" in out and "indicator 'total_revenue' is ambiguous" in out


def test_report_of_missing_indicator_suggests_nearest_figures(tmp_path):
    text = "Tỷ lệ hộ nghèo của huyện còn 0,42%."
    figs = pd.DataFrame([figure(text, "0,42%", "0,42%", 0.42, 1, unit="percent",
                                kind="share", subject="Tỷ lệ hộ nghèo")])
    entry = {"indicator_id": "poverty", "name_vi": "Tỷ lệ hộ nghèo", "name_en": "x",
             "sector": "social_welfare", "unit": "percent", "description": "x",
             "match": {"kind": "share", "subject": ["hộ nghèo", "thành phố"]}}
    cat = load_indicator_catalog(write_catalog(tmp_path, [entry]))
    report = build_report(cat, figs, {"t": text})
    (src,) = report["sources"]
    assert [m["indicator_id"] for m in src["missing"]] == ["poverty"]
    assert [f["figure_id"] for f in src["missing"][0]["nearest"]] == ["t-0001"]
    assert "nearest t-0001" in render_report(report)


def test_report_of_a_missing_file_is_one_clear_line(tmp_path, capsys):
    assert cli(["indicators", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt: no such file" in err and "Traceback" not in err


TABLE = ("Chỉ tiêu | ĐVT | TH năm 2022 | KH năm 2023 | Ước TH năm 2023\n"
         "Tổng thu ngân sách | Tỷ đồng | 1.178 | 1.250 | 1.262\n")


def test_a_table_over_periods_gives_one_observation_per_period_and_role(tmp_path):
    # Last year's result, this year's plan and this year's estimate: three observations
    # of one indicator, not an ambiguous rule.
    cat = one_indicator(tmp_path, subject=["tổng thu ngân sách"], role=["actual", "plan"])
    figs = extract(TABLE, "t")
    obs = observations(cat, figs, [as_source(TABLE)])
    got = sorted(zip(obs["period"], obs["role"], obs["value"], obs["qualifier"], strict=True))
    assert got == [("2022", "actual", 1178e9, "exact"), ("2023", "actual", 1262e9, "estimated"),
                   ("2023", "plan", 1250e9, "exact")]


def test_two_values_for_one_period_and_role_stay_ambiguous(tmp_path):
    cat = one_indicator(tmp_path, subject=["tổng thu ngân sách"], role=["actual", "plan"])
    text = TABLE + "Tổng thu ngân sách | Tỷ đồng | 1.179 | 1.250 | 1.262\n"
    res = [r for r in match(cat, extract(text, "t"))["total_revenue"] if r.period == "2022"]
    assert [r.status for r in res] == ["error"]


def test_a_catalog_s_version_is_made_once_and_follows_its_rules(tmp_path, monkeypatch):
    """A report's result key asks for the catalog's version once per report: it is made
    once per catalog loaded, yet a catalog loaded with other rules has another one."""
    made = []
    real = analysis._catalog_fingerprint
    monkeypatch.setattr(analysis, "_catalog_fingerprint",
                        lambda catalog: made.append(catalog) or real(catalog))
    for name in "abc":
        (tmp_path / name).mkdir()
    catalog = one_indicator(tmp_path / "a", subject=["tổng thu ngân sách"])
    assert analysis.analysis_version(catalog) == analysis.analysis_version(catalog)
    assert len(made) == 1
    same = one_indicator(tmp_path / "b", subject=["tổng thu ngân sách"])
    other = one_indicator(tmp_path / "c", subject=["tổng thu"])
    assert analysis.analysis_version(same) == analysis.analysis_version(catalog)
    assert analysis.analysis_version(other) != analysis.analysis_version(catalog)
    assert len(made) == 3

