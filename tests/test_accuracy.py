"""The extractor against hand-annotated gold figures (tests/gold/, see GUIDELINES.md).

Run ``.venv/bin/python tests/scoring.py`` to see the per-field table and every
disagreement behind a failure here.
"""

from __future__ import annotations

import copy
from functools import cache

import pytest

import scoring

GOLD_FILES = scoring.gold_files()
GOLD_IDS = [p.stem for p in GOLD_FILES]

# Asserted fields and their thresholds, for precision and recall alike.
THRESHOLDS = {"value+unit": 0.97, "qualifier": 0.95, "kind": 0.95, "role": 0.95, "period": 0.95}


@cache
def scored(name: str) -> scoring.Score:
    gold = scoring.load_gold(scoring.GOLD_DIR / f"{name}.yaml")
    return scoring.score(gold, scoring.predict(gold))


def test_there_are_gold_files() -> None:
    assert {"2022-annual-results", "mai-son-district-2023"} <= set(GOLD_IDS)


# --------------------------------------------------------------------------- the gold


@pytest.mark.parametrize("path", GOLD_FILES, ids=GOLD_IDS)
def test_gold_is_complete_and_consistent(path) -> None:
    gold = scoring.load_gold(path)
    assert gold.source_id == gold.text_path.stem
    assert scoring.gold_problems(gold) == []
    assert len(gold.figures) >= 30  # enough figures for a precision and recall to mean something


# The two reports written to cover the cases; the others are natural texts, taken as they come.
CURATED = ["2022-annual-results", "mai-son-district-2023"]


@pytest.mark.parametrize("name", CURATED)
def test_gold_exercises_every_qualifier_and_role(name) -> None:
    path = GOLD_FILES[GOLD_IDS.index(name)]
    gold = scoring.load_gold(path)
    assert {e["qualifier"] for e in gold.figures} >= {"exact", "approx", "over", "estimated"}
    if path.stem == "mai-son-district-2023":
        assert {e["qualifier"] for e in gold.figures} == scoring.QUALIFIERS
        assert {e["role"] for e in gold.figures} >= {"actual", "plan"}
        assert {e["kind"] for e in gold.figures} >= scoring.KINDS - {"multiple", "other"}


def _sound_gold() -> scoring.Gold:
    return scoring.load_gold(GOLD_FILES[0])


def test_gold_check_finds_an_uncovered_digit_run() -> None:
    gold = _sound_gold()
    gold.entries = [e for e in gold.entries if e["surface"] != "263"]
    problems = scoring.gold_problems(gold)
    assert len(problems) == 1 and "'263'" in problems[0] and "not at all" in problems[0]


@pytest.mark.parametrize(
    "change, words",
    [
        ({"end": 1536}, "surface differs"),
        ({"unit": "VNĐ"}, "unit"),
        ({"kind": "growth"}, "kind growth takes unit"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"value": 2630}, "does not read"),
        ({"base": "plan"}, "compares with nothing"),
        ({"counted": None}, "counted"),
    ],
)
def test_gold_check_finds_a_bad_figure(change, words) -> None:
    gold = _sound_gold()
    gold.entries = copy.deepcopy(gold.entries)
    entry = next(e for e in gold.entries if e["surface"] == "263")
    entry.update(change)
    assert any(words in p for p in scoring.gold_problems(gold))


@pytest.mark.parametrize(
    "page", sorted([*scoring.GOLD_DIR.glob("*.html"), *scoring.ASIDE_DIR.glob("*.html")]), ids=lambda p: p.stem
)
def test_gold_text_of_a_web_page_is_its_rendition(page) -> None:
    # The gold is annotated on the text the project makes of the page, so the two must agree.
    from solieu.renditions.web import render_html

    rendition = render_html(page.read_bytes(), page.name)
    assert rendition.text == page.with_suffix(".txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "path", [*scoring.gold_files(scoring.HELDOUT_DIR), *scoring.gold_files(scoring.ASIDE_DIR)],
    ids=lambda p: f"{p.parent.name}-{p.stem}"
)
def test_heldout_and_aside_gold_is_sound(path) -> None:
    # Held-out and aside gold is scored by hand (scoring.py --heldout, --aside), never asserted here.
    gold = scoring.load_gold(path)
    assert gold.source_id == gold.text_path.stem
    assert scoring.gold_problems(gold) == []
    assert len(gold.figures) >= 40


# --------------------------------------------------------------------------- the scorer


def _as_predictions(gold: scoring.Gold) -> list[dict]:
    return [
        dict(e, sentence=scoring.sentence_at(gold.text, e["start"], e["end"]))
        for e in copy.deepcopy(gold.figures)
    ]


def test_scorer_gives_gold_as_prediction_full_marks() -> None:
    gold = _sound_gold()
    result = scoring.score(gold, _as_predictions(gold))
    for name in result.fields:
        assert result.precision(name) == result.recall(name) == 1.0
    assert result.disagreements == []


def test_scorer_grades_period_only_where_it_is_annotated() -> None:
    older = _sound_gold()
    older.entries = [{k: v for k, v in e.items() if k != "period"} for e in older.entries]  # a file of before periods
    assert not older.has_periods and "period" not in scoring.score(older, []).fields
    newer = scoring.load_gold(scoring.GOLD_DIR / "nghe-an-indicators-table-2023.yaml")
    assert newer.has_periods
    predicted = _as_predictions(newer)
    predicted[0]["period"] = "1999"
    result = scoring.score(newer, predicted)
    assert result.correct["period"] == len(newer.figures) - 1


def test_scorer_counts_a_date_read_as_a_figure_and_a_shifted_span() -> None:
    gold = _sound_gold()
    predicted = _as_predictions(gold)
    n = len(gold.figures)
    date = next(e for e in gold.not_figures if e["reason"] == "date")
    predicted.append(dict(predicted[0], start=date["start"], end=date["end"]))
    predicted[1]["end"] += 1  # '263 ' instead of '263': a miss and a false positive
    result = scoring.score(gold, predicted)
    assert result.recall("value+unit") == pytest.approx((n - 1) / n)
    assert result.precision("value+unit") == pytest.approx((n - 1) / (n + 1))
    report = result.report()
    assert "spurious" in report and "is date" in report and "missed gold" in report


def test_scorer_grades_each_field_on_its_own() -> None:
    gold = _sound_gold()
    predicted = _as_predictions(gold)
    target = next(p for p in predicted if p["surface"] == "1.178")
    target["value"] = 1178e6  # scale word misread
    other = next(p for p in predicted if p["qualifier"] == "approx")
    other["qualifier"] = "exact"
    result = scoring.score(gold, predicted)
    n = len(gold.figures)
    assert result.correct["value+unit"] == n - 1
    assert result.correct["qualifier"] == n - 1
    assert result.correct["kind"] == n


def test_scorer_checks_the_sentence_is_verbatim_around_the_figure() -> None:
    gold = _sound_gold()
    predicted = _as_predictions(gold)
    first, second = predicted[0], predicted[1]
    first["sentence"] = first["sentence"].upper()  # not verbatim
    second["sentence"] = predicted[-1]["sentence"]  # verbatim, but elsewhere
    result = scoring.score(gold, predicted)
    assert result.correct["sentence"] == len(gold.figures) - 2


def test_scorer_reads_empty_cells_as_none() -> None:
    gold = _sound_gold()
    predicted = _as_predictions(gold)
    for p in predicted:
        p["value_max"] = float("nan") if p["value_max"] is None else p["value_max"]
        p["base"] = "" if p["base"] is None else p["base"]
    predicted = [
        {k: (None if scoring._is_missing(v) else v) for k, v in p.items()} for p in predicted
    ]
    result = scoring.score(gold, predicted)
    assert result.correct["value+unit"] == result.correct["base"] == len(gold.figures)


# --------------------------------------------------------------------------- the extractor


@pytest.mark.parametrize("name", GOLD_IDS)
@pytest.mark.parametrize("field", list(THRESHOLDS))
def test_extractor_accuracy(name: str, field: str) -> None:
    result = scored(name)
    if field not in result.fields:
        pytest.skip(f"{name} does not annotate {field}")
    precision, recall = result.precision(field), result.recall(field)
    wanted = THRESHOLDS[field]
    assert precision >= wanted and recall >= wanted, (
        f"{name}: {field} precision {precision:.3f}, recall {recall:.3f} "
        f"(need {wanted}); run `.venv/bin/python tests/scoring.py "
        f"tests/gold/{name}.yaml` for the disagreements\n" + result.table()
    )


# A text copied out of a PDF without its layout keeps the PDF's line breaks: every gold text with
# its prose broken at this width must read nearly as well as the text itself (pooled over the
# files, precision and recall; `tests/scoring.py --wrap 85` lists the disagreements).
WRAP_WIDTH = 85
FORMS_THRESHOLD = 0.99


def test_wrapping_a_gold_text_keeps_its_length_and_its_rows() -> None:
    gold = scoring.load_gold(scoring.GOLD_DIR / "nghe-an-indicators-table-2023.yaml")
    text = scoring.wrapped(gold, WRAP_WIDTH).text
    assert len(text) == len(gold.text) and text != gold.text
    assert {gold.text[i] for i, c in enumerate(text) if c != gold.text[i]} == {" "}
    assert [ln for ln in gold.text.split("\n") if " | " in ln] == [ln for ln in text.split("\n") if " | " in ln]
    assert max(len(ln) for ln in text.split("\n") if " | " not in ln) <= WRAP_WIDTH


def test_respacing_a_gold_text_moves_its_entries_with_their_characters() -> None:
    gold = scoring.load_gold(scoring.GOLD_DIR / "nghe-an-indicators-table-2023.yaml")
    spaced = scoring.respaced(gold)
    assert scoring.NO_BREAK_SPACE in spaced.text and scoring.ZERO_WIDTH_SPACE in spaced.text and "  " in spaced.text
    assert spaced.text.count("\n") == 2 * gold.text.count("\n")
    assert [e["surface"].replace(scoring.NO_BREAK_SPACE, " ") for e in spaced.entries] == \
        [e["surface"] for e in gold.entries]
    assert [spaced.text[e["start"]:e["end"]] for e in spaced.entries] == [e["surface"] for e in spaced.entries]


# A text as web pages and word processors space it (no-break spaces beside numbers, doubled and zero-width
# spaces, a blank line after every line) must read as well as the text itself; so must every gold text
# broken at a width (see above). `tests/scoring.py --respace` lists the disagreements.
@pytest.mark.parametrize(
    ("form", "made", "option"),
    [("wrapped", lambda gold: scoring.wrapped(gold, WRAP_WIDTH), f"--wrap {WRAP_WIDTH}"),
     ("respaced", scoring.respaced, "--respace")],
    ids=["wrapped-at-a-width", "spaced-as-web-pages-leave-it"],
)
def test_extractor_reads_the_gold_in_the_forms_pipelines_store_it(form, made, option) -> None:
    correct = dict.fromkeys(THRESHOLDS, 0)
    predicted = {"all": 0, "period": 0}
    figures = {"all": 0, "period": 0}
    for path in GOLD_FILES:
        gold = made(scoring.load_gold(path))
        result = scoring.score(gold, scoring.predict(gold))
        for name in ("all", "period") if gold.has_periods else ("all",):
            predicted[name] += len(result.predicted)
            figures[name] += len(gold.figures)
        for field in result.fields:
            if field in correct:
                correct[field] += result.correct[field]
    low = {field: (round(n / predicted[key], 3), round(n / figures[key], 3))
           for field, n in correct.items() if (key := "period" if field == "period" else "all")
           and min(n / predicted[key], n / figures[key]) < FORMS_THRESHOLD}
    assert low == {}, f"{form}: {low}; run `.venv/bin/python tests/scoring.py {option}`"
