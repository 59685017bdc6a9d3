"""schemas/vocabulary.yaml, compiled once into word lists and the patterns built from them.

Every Vietnamese word the extractor reads comes from the vocabulary; the patterns here
only add the shapes around the words (digits, spaces, punctuation).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Final

from solieu import SCHEMAS
from solieu.config import load

VOCABULARY: Final = SCHEMAS / "vocabulary.yaml"

NUM: Final = r"\d+(?:[.,]\d+)*"
# A day written with its year ("31/12/2024"): day, month and year.
DAY: Final = r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?!\d)"
# How far back a phrase is looked for at the end of a text: longer than any phrase listed.
PHRASE_REACH: Final = 60
# Before a tolerance either side of a level: "1,8 ± 0,5‰".
PLUS_MINUS: Final = "±"
# A list this short is looked for by substring before its regex runs.
FEW: Final = 4
# A list this short is looked for anywhere (``Words.within``) by a substring test per word.
WITHIN_WORDS: Final = 20


def word_char(ch: str) -> bool:
    """What a regex's ``\\w`` matches: a letter, a digit or "_"."""
    return ch.isalnum() or ch == "_"


def alternation(words: Iterable[str]) -> str:
    """Longest first, so that "so với" wins over "so"."""
    ws = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return "|".join(ws) or "(?!)"


def _by_first_letter(words: Iterable[str], after_head: str = "") -> str:
    """The alternation of ``words`` (none empty, matched case-sensitively), one branch per
    first letter holding the rest of its words, longest first: ``k(?:ế hoạch|h)|m(?:ục
    tiêu)``. At any position only the words that open with its letter can match, in the
    same order as in the flat alternation, so the matches are the same; the search skips
    to the first letters instead of trying every word at every position (2 to 4 times
    faster on the longer lists). ``after_head`` goes right after each first letter."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(head)}{after_head}(?:{'|'.join(rests)})" for head, rests in groups.items())


def _holds_any(text: str, parts: Iterable[str]) -> bool:
    """Some of ``parts`` stands in ``text`` (a plain loop: cheaper than ``any`` over a generator)."""
    for part in parts:
        if part in text:
            return True
    return False


class _Index(dict[str, tuple[str, ...]]):
    """A dict that makes a missing entry with ``make(key)`` and keeps it."""

    def __init__(self, make: Callable[[str], tuple[str, ...]]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: str) -> tuple[str, ...]:
        value = self[key] = self.make(key)
        return value


class Words:
    """A word list matched as whole words, on lowercased text; longest phrase first."""

    def __init__(self, words: Iterable[Any]) -> None:
        self.words = tuple(sorted({str(w).lower() for w in words}, key=len, reverse=True))
        self._set = frozenset(self.words)
        self.longest = len(self.words[0]) if self.words else 0
        alt = alternation(self.words)
        # Endings are matched on the reversed text: one anchored match, not a search.
        rev = alternation(w[::-1] for w in self.words)
        self._end = re.compile(rf"(?:{rev})(?!\w)")
        self._start = re.compile(rf"(?:{alt})(?!\w)")
        self._any = re.compile(rf"(?<!\w)(?:{alt})(?!\w)")
        if self.words and all(self.words):
            # The same matches, one branch per first letter with the look-behind after it:
            # a pattern that opens with letters lets the search skip to the places they stand.
            branches = _by_first_letter(self.words, after_head=r"(?<!\w[\s\S])")
            self._any = re.compile(rf"(?:{branches})(?!\w)")
        self.pattern = alt
        self._within = re.compile(alt or "(?!)")  # anywhere, even inside a longer word
        # For a short list one substring test per word is faster than the alternation (measured: half the
        # time up to about 20 words); both say whether some word stands in the text.
        self._within_by_words = len(self.words) <= WITHIN_WORDS
        self._few = len(self.words) <= FEW
        # The words by their last and first letter: most texts end or start with none of them,
        # and one lookup says so faster than testing every word. Those that pass are tested
        # longest first among the words that share their last (first) two letters, filled as
        # texts come.
        self._by_last: dict[str, tuple[str, ...]] = {}
        self._by_first: dict[str, tuple[str, ...]] = {}
        for w in self.words if all(self.words) else ():
            self._by_last[w[-1]] = (*self._by_last.get(w[-1], ()), w)
            self._by_first[w[0]] = (*self._by_first.get(w[0], ()), w)
        self._by_last_two = _Index(lambda key: tuple(w for w in self.words
                                                     if len(w) <= PHRASE_REACH and key.endswith(w[-2:])))
        self._by_first_two = _Index(lambda key: tuple(w for w in self.words if key.startswith(w[:2])))
        self._indexed = all(self.words)

    def ending(self, text: str) -> str | None:
        """The phrase ``text`` ends with, as whole words."""
        if not self._indexed:
            if not text.endswith(self.words):
                return None
            m = self._end.match(text[: -PHRASE_REACH - 1 : -1])
            return m.group()[::-1] if m else None
        if not (ws := self._by_last.get(text[-1:])) or not text.endswith(ws):  # the usual answer
            return None
        # What the reversed regex does, without reversing: the longest phrase that ends the
        # text with no letter, digit or "_" (a regex's \w) before it (within the last
        # PHRASE_REACH characters).
        n = len(text)
        for w in self._by_last_two[text[-2:]]:
            k = len(w)
            if text.endswith(w) and (k == n or k == PHRASE_REACH or not word_char(text[-k - 1])):
                return w
        return None

    def starting(self, text: str) -> str | None:
        """The phrase ``text`` starts with, as whole words."""
        if not self._indexed:
            if not text.startswith(self.words):
                return None
            m = self._start.match(text)
            return m.group() if m else None
        if not (ws := self._by_first.get(text[:1])) or not text.startswith(ws):
            return None
        n = len(text)
        for w in self._by_first_two[text[:2]]:  # longest first, as the regex would: then no letter or digit after it
            k = len(w)
            if text.startswith(w) and (k == n or not word_char(text[k])):
                return w
        return None

    def within(self, text: str) -> bool:
        """Some phrase stands in ``text``, maybe inside a longer word: one search at C speed that
        spares a whole-word pattern where none can match."""
        if self._within_by_words:
            return _holds_any(text, self.words)
        return self._within.search(text) is not None

    def is_one(self, text: str) -> bool:
        """``text`` is one of the phrases, the whole of it: ``starting(text) == text`` for a
        text that is not empty, in one lookup."""
        return text in self._set

    def stripped(self, phrase: str, chars: str = " ,:") -> str:
        """``phrase`` without ``chars`` and any of the words at its end, repeatedly (matched on
        its lowercase; the phrase keeps its case)."""
        out = phrase.rstrip(chars)
        low = out.lower()
        if len(low) != len(out) or "Σ" in out:
            # "İ" lowercases into two letters, "Σ" by what follows it: lowercase each cut anew.
            while w := self.ending(out.lower()):
                out = out[: len(out) - len(w)].rstrip(chars)
            return out
        # Otherwise the lowercase of a cut is the cut of the lowercase: lowercase once.
        while w := self.ending(low):
            out = out[: len(out) - len(w)].rstrip(chars)
            low = low[: len(out)]
        return out

    def found(self, text: str) -> str | None:
        """The first phrase of the list anywhere in ``text``."""
        if self._few and not _holds_any(text, self.words):  # the usual answer, at C speed
            return None
        m = self._any.search(text)
        return m.group() if m else None

    def first(self, text: str) -> int:
        """Where the first phrase of the list starts in ``text``, or -1."""
        m = self._any.search(text)
        return m.start() if m else -1

    def last(self, text: str) -> int:
        """Where the last phrase of the list starts in ``text``, or -1."""
        starts = [m.start() for m in self._any.finditer(text)]
        return starts[-1] if starts else -1

    def __add__(self, other: Words) -> Words:
        return Words(self.words + other.words)


class Vocabulary:
    """schemas/vocabulary.yaml, compiled for matching."""

    def __init__(self, raw: dict[str, Any]) -> None:
        from solieu.extract.tables import TableWords

        self.raw = raw
        self.tables = TableWords(raw["tables"])
        self.scales = {k.lower(): float(v) for k, v in raw["scales"].items()}
        self.english_words = frozenset(w.lower() for w in raw["english_words"])
        self.english_line_words = int(raw["english_line_words"])
        # Each between spaces, in one pass over a text (the look-ahead leaves the space for the next word).
        self.english_between_spaces = re.compile(rf" ({alternation(self.english_words)})(?= )")
        self.currency_codes = {k.lower(): str(v) for k, v in raw["currency_codes"].items()}
        self.currency_code_words = Words(self.currency_codes)
        self.units = {k.lower(): v for k, v in raw["units"].items()}
        self.per = {k.lower(): v for k, v in raw["per"].items()}
        per_alt = alternation(self.per)
        self.per_pattern = re.compile(rf"/({per_alt})(?:/({per_alt}))?(?!\w)")
        self.scale_words = Words(self.scales)
        self.not_scales = Words(raw["not_scales"])
        self.not_units = Words(raw["not_units"])
        self.per_one, self.per_populations = Words(raw["per_one"]), Words(raw["per_populations"])
        self.odds, self.fee_shares, self.fees = Words(raw["odds"]), Words(raw["fee_shares"]), Words(raw["fees"])
        self.unit_definitions = Words(raw["unit_definitions"])
        self.land_units, self.land_unit_fields = Words(raw["land_units"]), Words(raw["land_unit_fields"])
        self.package_size_units = Words(raw["package_size_units"])
        self.dues, self.takings_of = Words(raw["dues"]), Words(raw["takings_of"])
        self.height_bounds, self.height_units = Words(raw["height_bounds"]), Words(raw["height_units"])
        self.seat_units, self.seat_vehicles = Words(raw["seat_units"]), Words(raw["seat_vehicles"])
        self.band_bounds = Words(raw["band_bounds"])
        self.ticket_names, self.ticket_scope_units = Words(raw["ticket_names"]), Words(raw["ticket_scope_units"])
        self.ticket_prices, self.ticket_classes = Words(raw["ticket_prices"]), Words(raw["ticket_classes"])
        self.price_heads, self.posted_prices = Words(raw["price_heads"]), Words(raw["posted_prices"])
        self.contest_rules = Words(raw["contest_rules"])
        self.lasting_verbs = Words(raw["lasting_verbs"])
        self.summed_lengths = Words(raw["summed_lengths"])
        self.weather_spells = Words(raw["weather_spells"])
        self.make_years, self.trip_times = Words(raw["make_years"]), Words(raw["trip_times"])
        self.takes_effect, self.year_openers = Words(raw["takes_effect"]), Words(raw["year_openers"])
        self.granted_sums, self.granted = Words(raw["granted_sums"]), Words(raw["granted"])
        self.granted_joiners = Words(raw["granted_joiners"])
        self.damages_suffered = Words(raw["damages_suffered"])
        self.damage_bands = Words(raw["damage_bands"])
        self.test_forms = Words(raw["test_forms"])
        self.cost_share_terms = Words(raw["cost_share_terms"])
        self.share_payers, self.takings = Words(raw["share_payers"]), Words(raw["takings"])
        self.odds_verbs, self.exam_times = Words(raw["odds_verbs"]), Words(raw["exam_times"])
        self.fee_paid = Words(raw["fee_paid"])
        self.exceed = Words(raw["exceed"])
        self.money = {k.lower(): float(v) for k, v in raw["money_abbreviations"].items()}
        self.money_words = Words(self.money)
        self.dotted_scales = {f"{k.lower()}.": float(v) for k, v in raw["dotted_scales"].items()}
        self.unit_words = Words(self.units)
        self.year_words = Words(raw["year_words"])
        self.span_rows_yearly, self.span_rows_whole = Words(raw["span_rows_yearly"]), Words(raw["span_rows_whole"])
        self.unit_words_not_year = Words(u for u in self.units if u not in self.year_words.words)
        self.percent_words = Words(u for u, code in self.units.items() if code == "percent")
        # The first letters of the money, scale and unit words.
        self.unit_heads = frozenset(w[:1] for ws in (self.money_words, self.scale_words, self.unit_words)
                                    for w in ws.words)
        self.qualifiers = _named_endings(raw["qualifiers"])
        # The last letters of the qualifiers: a text ending otherwise needs no regex.
        self.qualifier_ends = frozenset(w[-1] for ws in raw["qualifiers"].values() for w in Words(ws).words)
        self.qualifiers_after = {name: Words(ws) for name, ws in raw["qualifiers_after"].items()}
        self.any_qualifier_after = Words(w for ws in raw["qualifiers_after"].values() for w in ws)
        self.any_qualifier = Words(w for ws in raw["qualifiers"].values() for w in ws)
        self.qualifiers_estimated = Words(raw["qualifiers"]["estimated"])
        self.qualifiers_approx = Words(raw["qualifiers"]["approx"])
        self.verbs = Words(raw["verbs"])
        self.estimate_averages = Words(raw["estimate_averages"])
        self.decrease = Words(raw["decrease"])
        self.change = Words(raw["increase"]) + self.decrease
        self.added = Words(raw["added_words"])
        self.existing_after = Words(raw["existing_after"])
        self.held_stocks = Words(raw["held_stocks"])
        self.this_month = Words(raw["this_month"])
        self.received_levels = Words(raw["received_levels"])
        self.pension_levels = Words(raw["pension_levels"])
        self.set_rises = Words(raw["set_rises"])
        self.rise_acts = Words(raw["rise_acts"])
        self.each_raised = Words(raw["each_raised"])
        self.haves, self.present_after = Words(raw["haves"]), Words(raw["present_after"])
        self.present_haves = Words(raw["present_haves"])
        self.whole_openers, self.classes = Words(raw["whole_openers"]), Words(raw["classes"])
        self.to_level = Words(raw["to_level"])
        self.adverbs = Words(raw["adverbs"])
        self.now_words = Words(raw["now_words"])
        self.period_resets, self.this_year = Words(raw["period_resets"]), Words(raw["this_year"])
        self.last_year_openers = Words(raw["last_year_openers"])
        self.rated_sums, self.rated_totals = Words(raw["rated_sums"]), Words(raw["rated_totals"])
        self.base_wages = Words(raw["base_wages"])
        self.not_resets = Words(raw["not_resets"])
        self.fiscal_year_ends, self.form_words = Words(raw["fiscal_year_ends"]), Words(raw["form_words"])
        self.useful_lives, self.reference_year_edges = Words(raw["useful_lives"]), Words(raw["reference_year_edges"])
        self.this_week = Words(raw["this_week"])
        self.this_school_year = Words(raw["this_school_year"])
        self.until_now = Words(raw["periods"]["until_now"])
        # "từ năm 2013": a span's first year after a word of since
        since, year = alternation(raw["periods"]["since"]), alternation(raw["periods"]["year"])
        self.since_years = re.compile(rf"(?:{since})\s+(?:{year})\s+((?:19|20)\d\d)(?!\d)")
        self.ratio_words = Words(raw["ratio_words"])
        self.growth_words = Words(raw["growth_words"])
        self.bases = [(Words([phrase]), str(base)) for phrase, base in raw["bases"]]
        self.rate_words = Words(raw["rate_words"])
        self.plan_markers = Words(raw["plan_markers"])
        self.plan_names = Words(raw["plan_names"])
        self.change_names = Words(raw["change_names"])
        self.year_plan = Words(raw["year_plan"])
        self.year_by_year = Words(raw["year_by_year"])
        self.congress_targets = Words(raw["congress_targets"])
        self.plan_markers_anywhere = Words(raw["plan_markers_anywhere"])
        self.proposals, self.proposed_grants = Words(raw["proposals"]), Words(raw["proposed_grants"])
        self.target_things = Words(raw["target_things"])
        self.government_levels = Words(raw["government_levels"])
        self.levels_counted = Words(raw["levels_counted"])
        self.norm_levels, self.norm_sources = Words(raw["norm_levels"]), Words(raw["norm_sources"])
        self.norm_breaches = Words(raw["norm_breaches"])
        self.norm_breach_negations = Words(raw["norm_breach_negations"])
        self.norm_relatives = Words(raw["norm_relatives"])
        self.term_firsts, self.not_term_firsts = Words(raw["term_firsts"]), Words(raw["not_term_firsts"])
        self.set_levels, self.carrying_out = Words(raw["set_levels"]), Words(raw["carrying_out"])
        self.set_level_lists = Words(raw["set_level_lists"])
        self.fixed_fact_heads = Words(raw["fixed_fact_heads"])
        self.term_start = Words(raw["term_start"])
        self.set_prices, self.set_level_verbs = Words(raw["set_prices"]), Words(raw["set_level_verbs"])
        self.article_prices = Words(raw["article_prices"])
        self.rule_appendix, self.attached_to_rule = Words(raw["rule_appendix"]), Words(raw["attached_to_rule"])
        self.other_articles = Words(raw["other_articles"])
        self.coefficients, self.extremes = Words(raw["coefficients"]), Words(raw["extremes"])
        self.year_so_far = Words(raw["year_so_far"])
        self.months_so_far = Words(raw["months_so_far"])
        self.indicator_heads = Words(raw["indicator_heads"])
        self.payout_plans = Words(raw["payout_plans"])
        self.withheld_taxes = Words(raw["withheld_taxes"])
        self.spraying_words, self.pest_measures = Words(raw["spraying_words"]), Words(raw["pest_measures"])
        self.figures_of_a_document = Words(raw["figures_of_a_document"])
        self.numbered_classes = Words(raw["numbered_classes"])
        self.numbered_groups = Words(raw["numbered_groups"])
        self.planned_by = Words(raw["planned_by"])
        self.priced_items = Words(raw["priced_items"])
        self.night_stays = Words(raw["night_stays"])
        self.size_classes = Words(raw["size_classes"])
        self.plan_gap = self.verbs + self.any_qualifier + Words(raw["plan_gap"])
        self.allotted = Words(raw["allotted"])
        self.allotted_gap = self.any_qualifier + self.change + Words(raw["allotted_gap"])
        self.plan_section = Words(raw["plan_section"])
        self.recommendation_heads = Words(raw["recommendation_heads"])
        self.recommendation_findings = Words(raw["recommendation_findings"])
        self.editions = Words(raw["editions"])
        self.bound_nouns = Words(raw["bound_nouns"])
        self.target_words = Words(raw["target_words"])
        self.goal_verbs = Words(raw["goal_verbs"])
        self.goal_words = Words(raw["goal_words"])
        self.labels = Words(raw["labels"])
        self.labels_with_units = Words(raw["labels_with_units"])
        self.label_verbs = Words(raw["label_verbs"])
        self.rate_durations = Words(raw["rate_durations"])
        self.same_change = Words(raw["same_change"])
        self.rank_words = Words(raw["rank_words"])
        self.rank_of_total = Words(raw["rank_of_total"])
        self.contribution_words = Words(raw["contribution_words"])
        self.contribution_verbs = Words(raw["contribution_verbs"])
        self.occasion_days, self.time_openers = Words(raw["occasion_days"]), Words(raw["time_openers"])
        self.places_named_by_a_day = Words(raw["places_named_by_a_day"])
        # "Ngày Quốc tế Lao động ": a named day's capitalised head, then words without a digit or a stop to the number
        self.named_day = re.compile(
            rf"(?<!\w)(?:{alternation([w.capitalize() for w in raw['named_days']])}) [^\W\d_][^\d.,;:()\n]*? $")
        self.span_openers = Words(raw["span_openers"])
        self.plan_target_heads = Words(raw["plan_target_heads"])
        self.span_total_verbs = Words(raw["span_total_verbs"])
        self.lunar_months = Words(raw["lunar_months"])
        self.whole_year = Words(raw["periods"]["whole_year"])
        self.to_the_end, self.stock_verbs = Words(raw["periods"]["to_the_end"]), Words(raw["periods"]["stock_verbs"])
        self.covered_shares = Words(raw["periods"]["covered_shares"])
        self.weak_labels, self.weak_label_compounds = Words(raw["weak_labels"]), Words(raw["weak_label_compounds"])
        self.numbered_things = Words(raw["numbered_things"])
        self.exam_words = Words(raw["exam_words"])
        self.label_lookalikes = Words(raw["label_lookalikes"])
        self.distance_words = Words(raw["distance_words"])
        self.distance_units = Words(raw["distance_units"])
        self.group_for, self.group_when = Words(raw["group_for"]), Words(raw["group_when"])
        self.case_openers = Words(raw["case_openers"])
        self.eligible_persons = Words(raw["eligible_persons"])
        self.eligible_musts = Words(raw["eligible_musts"])
        self.hour_words, self.coming = Words(raw["hour_words"]), Words(raw["coming"])
        self.round_the_clock_hours = Words(raw["round_the_clock_hours"])
        self.round_the_clock = Words(raw["round_the_clock"])
        self.compared_days = Words(raw["compared_days"])
        self.allotted_to, self.adjusted_plans = Words(raw["allotted_to"]), Words(raw["adjusted_plans"])
        self.plan_ratio_rates, self.required_floors = Words(raw["plan_ratio_rates"]), Words(raw["required_floors"])
        self.proposal_titles, self.comparatives = Words(raw["proposal_titles"]), Words(raw["comparatives"])
        self.event_notice_titles = Words(raw["event_notice_titles"])
        self.work_notice_openers = Words(raw["work_notice_openers"])
        self.grid_parts = Words(raw["grid_parts"])
        self.rated_equipment = Words(raw["rated_equipment"])
        self.equipment_ratings = Words(raw["equipment_ratings"])
        self.work_notice_works = Words(raw["work_notice_works"])
        self.work_notice_results = Words(raw["work_notice_results"])
        self.assessment_titles = Words(raw["assessment_titles"])
        self.assessment_monitoring = Words(raw["assessment_monitoring"])
        self.assessment_appraisal = Words(raw["assessment_appraisal"])
        self.actual_markers = Words(raw["actual_markers"])
        self.alcohol_media, self.alcohol_bounds = Words(raw["alcohol_media"]), Words(raw["alcohol_bounds"])
        self.alcohol_levels = Words(raw["alcohol_levels"])
        self.speed_units, self.speed_limits = Words(raw["speed_units"]), Words(raw["speed_limits"])
        self.speed_band_bounds, self.speed_excess = Words(raw["speed_band_bounds"]), Words(raw["speed_excess"])
        self.road_posts = Words(raw["road_posts"])
        self.point_deductions, self.licence_points = Words(raw["point_deductions"]), Words(raw["licence_points"])
        self.licence_point_words = Words(raw["licence_point_words"])
        self.exemptions, self.penalty_terms = Words(raw["exemptions"]), Words(raw["penalty_terms"])
        self.threshold_changes, self.exchange_gains = Words(raw["threshold_changes"]), Words(raw["exchange_gains"])
        self.plan_approvals = Words(raw["plan_approvals"])
        self.plan_gaps = Words(raw["plan_gaps"])
        self.band_tops = Words(raw["band_tops"])
        self.usage_verbs = Words(raw["usage_verbs"])
        self.step_levels = Words(raw["step_levels"])
        self.tariff_steps = Words(raw["tariff_steps"])
        self.offer_terms = Words(raw["offer_terms"])
        self.prizes_awarded = Words(raw["prizes_awarded"])
        self.deposit_bands = Words(raw["deposit_bands"])
        self.former_levels = Words(raw["former_levels"])
        self.rate_additions = Words(raw["rate_additions"])
        self.price_inclusions = Words(raw["price_inclusions"])
        self.worked_examples = Words(raw["worked_examples"])
        self.band_columns = Words(raw["band_columns"])
        self.assessment_conditions = Words(raw["assessment_conditions"])
        self.project_decision_titles = Words(raw["project_decision_titles"])
        self.since_words = Words(raw["since_words"])
        self.project_starts = Words(raw["project_starts"])
        self.named_balances = Words(raw["named_balances"])
        self.layered_products, self.layer_words = Words(raw["layered_products"]), Words(raw["layer_words"])
        self.plant_design, self.plant_units = Words(raw["plant_design"]), Words(raw["plant_units"])
        self.interval_per = Words(raw["interval_per"])
        self.condition_asks = Words(raw["condition_asks"])
        self.limit_words = Words(raw["limit_words"])
        self.level_names, self.prohibitions = Words(raw["level_names"]), Words(raw["prohibitions"])
        self.event_notice_openers = Words(raw["event_notice_openers"])
        self.not_letting, self.norm_standards = Words(raw["not_letting"]), Words(raw["norm_standards"])
        self.group_rated = Words(raw["group_rated"])
        self.fell_short = Words(raw["fell_short"])
        self.group_consequences = Words(raw["group_consequences"])
        self.target_statements = Words(raw["target_statements"])
        self.plan_recipients = Words(raw["plan_recipients"])
        self.schedule_gaps = Words(raw["schedule_gaps"])
        # The first words of the schedule gaps of more than one word ("chậm tiến độ"): a counted noun ends there.
        self.schedule_gap_heads = {w.split(" ")[0] for w in self.schedule_gaps.words if " " in w}
        self.project_names, self.project_measures = Words(raw["project_names"]), Words(raw["project_measures"])
        self.numbered_part_acts = Words(raw["numbered_part_acts"])
        self.unfinished_projects = Words(raw["unfinished_projects"])
        self.not_after = Words(raw["not_after"])
        self.wind_levels, self.wind_words = Words(raw["wind_levels"]), Words(raw["wind_words"])
        self.level_bounds, self.level_changes = Words(raw["level_bounds"]), Words(raw["level_changes"])
        self.coordinate_degrees = Words(raw["coordinate_degrees"])
        self.coordinate_lines = Words(raw["coordinate_lines"])
        self.seasons = Words(raw["periods"]["season"])
        self.crop_seasons = Words(raw["periods"]["crop_season"])
        self.this_span = Words(raw["periods"]["this_span"])
        self.months = Words(raw["periods"]["month"])  # "tháng": a window of months (see periods.month_windows)
        self.age_bounds = Words(raw["age_bounds"])
        self.age_groups = Words(raw["age_groups"])
        self.age_spans = Words(raw["age_spans"])
        self.age_words_before_from = Words(raw["age_words_before_from"])
        self.contract_terms, self.qualifying_times = Words(raw["contract_terms"]), Words(raw["qualifying_times"])
        self.age_words = Words(raw["age_words"])
        self.group_bounds, self.group_open_bounds = Words(raw["group_bounds"]), Words(raw["group_open_bounds"])
        self.group_bound_units = Words([u for u in self.unit_words.words if u not in raw["group_bound_not_units"]]
                                       + raw["group_bound_units"])
        self.group_attributes, self.group_totals = Words(raw["group_attributes"]), Words(raw["group_totals"])
        self.group_sums, self.group_having = Words(raw["group_sums"]), Words(raw["group_having"])
        self.group_of = Words(raw["group_of"])
        self.group_sizes = Words(raw["group_sizes"])
        self.having_names = Words(raw["having_names"])
        self.group_nouns = Words(raw["group_nouns"])
        self.group_given, self.group_then = Words(raw["group_given"]), Words(raw["group_then"])
        self.group_none, self.group_plural = Words(raw["group_none"]), Words(raw["group_plural"])
        self.group_events = Words(raw["group_events"])
        self.demands, self.deadlines = Words(raw["demands"]), Words(raw["deadlines"])
        self.demanded_ones = Words(raw["demanded_ones"])
        self.obligations = Words(raw["obligations"])
        self.not_design_words = Words(raw["not_design_words"])
        self.pair_words = Words(raw["pair_words"])
        self.group_excess = Words(raw["group_excess"])
        self.graded, self.range_to = Words(raw["graded"]), Words(raw["range_words"])
        self.duration_parts = Words(raw["duration_parts"])
        self.timed_results = Words(raw["timed_results"])
        self.class_list_openers, self.clock_openers = Words(raw["class_list_openers"]), Words(raw["clock_openers"])
        self.score_openers, self.score_averages = Words(raw["score_openers"]), Words(raw["score_averages"])
        self.score_totals, self.score_additions = Words(raw["score_totals"]), Words(raw["score_additions"])
        self.street_words = Words(raw["street_words"])
        self.counted_stop = set(Words(raw["counted_stop"]).words)
        self.counted_first = frozenset(w.lower() for w in raw["counted_first"])
        # The first words of the two-word stops: only after one of them is a pair looked up.
        self.counted_stop_heads = {w.split(" ")[0] for w in self.counted_stop if " " in w}
        self.classifier_words = Words(raw["classifiers"])
        self.classifiers = set(self.classifier_words.words)
        self.year_range = tuple(raw["year_range"])
        # Words a subject never ends with: verbs, qualifiers and connectives.
        self.subject_trim = self.verbs + self.any_qualifier + Words(raw["connectives"])
        self.from_words = Words(raw["from_words"])
        self.time_clause_leads = Words(raw["time_clause_leads"])
        self.to_a_day = Words(raw["to_a_day"])
        self.estimate_openers = Words(raw["estimate_openers"])
        self.result_bracket_openers = Words(raw["result_bracket_openers"])
        self.estimate_gap = Words(raw["estimate_gap"])
        self.plan_spread = Words(raw["plan_spread"])
        self.plan_spread_stops = Words(raw["plan_spread_stops"])
        self.ratio_target_names = Words(raw["ratio_target_names"])
        self.attained_with = Words(raw["attained_with"])
        self.giving, self.given_targets = Words(raw["giving"]), Words(raw["given_targets"])
        self.assigned_by = Words(raw["assigned_by"])
        self.plan_spread_results = Words(raw["plan_spread_results"])
        self.future_words, self.done_words = Words(raw["future_words"]), Words(raw["done_words"])
        self.estimate_lookalikes = Words(raw["estimate_lookalikes"])
        self.estimate_verb_openers = Words(raw["estimate_verb_openers"])
        self.reference_brackets = Words(raw["reference_brackets"])
        self.elsewhere = Words(raw["elsewhere"])
        self.plan_ratio_subjects = Words(raw["plan_ratio_subjects"])
        self.disbursed_capital = Words(raw["disbursed_capital"])
        self.spent_verbs = Words(raw["spent_verbs"])
        self.share_verbs = Words(raw["share_verbs"])
        self.plan_attained = Words(raw["plan_attained"])
        self.attained_verbs = Words(raw["attained_verbs"])
        self.meeting_attendance, self.vote_results = Words(raw["meeting_attendance"]), Words(raw["vote_results"])
        self.plan_documents = Words(raw["plan_documents"])
        self.act_citations = Words(raw["act_citations"])
        self.standard_citations = Words(raw["standard_citations"])
        self.limiting_adverbs = Words(raw["limiting_adverbs"])
        self.time_after = Words(raw["time_after"])
        self.labels_unless_counted = Words(raw["labels_unless_counted"])
        self.per_one_average = Words(raw["per_one_average"])
        self.per_one_sums, self.per_one_areas = Words(raw["per_one_sums"]), Words(raw["per_one_areas"])
        self.per_round_areas = Words(raw["per_round_areas"])
        self.average_per_time = Words(raw["average_per_time"])
        self.doses = Words(raw["doses"])
        self.controls = Words(raw["controls"])
        self.crop_lands, self.crop_cycles = Words(raw["crop_lands"]), Words(raw["crop_cycles"])
        self.teaching_verbs, self.teaching_sessions = Words(raw["teaching_verbs"]), Words(raw["teaching_sessions"])
        self.variety_words, self.model_openers = Words(raw["variety_words"]), Words(raw["model_openers"])
        self.code_prices = Words(raw["code_prices"])
        self.during_the_year = Words(raw["during_the_year"])
        self.purity_metals, self.badge_words = Words(raw["purity_metals"]), Words(raw["badge_words"])
        self.badge_years = Words(raw["badge_years"])
        self.combined_products = Words(raw["combined_products"])
        self.full_course, self.course_doses = Words(raw["full_course"]), Words(raw["course_doses"])
        self.lapses = Words(raw["lapses"])
        self.half_open_to = Words(raw["half_open_to"])
        self.addressed, self.ongoing = Words(raw["addressed"]), Words(raw["ongoing"])
        self.same_part = Words(raw["same_part"])
        self.data_lines = Words(raw["data_lines"])
        self.carried_over = Words(raw["carried_over"])
        self.assigned = Words([*raw["assigned"], *raw["set_out"]])  # giving, and setting out (set_out)
        self.set_out = Words(raw["set_out"])
        self.per_visit, self.visitors = Words(raw["per_visit"]), Words(raw["visitors"])
        self.change_rates = Words(raw["change_rates"])
        self.earners, self.incomes = Words(raw["earners"]), Words(raw["incomes"])
        self.per_each_words, self.given_as = Words(raw["per_each"]), Words(raw["given_as"])
        self.prize_places = Words(raw["prize_places"])
        self.not_assigned = Words(raw["not_assigned"])
        self.grades = Words(raw["grades"])
        self.rate_units = {str(k).lower(): str(u) for k, u in raw["rate_units"].items()}
        self.machine_classes, self.durations = Words(raw["machine_classes"]), Words(raw["durations"])
        self.road_section_parts = Words(raw["road_section_parts"])
        self.lunar_days, self.lunar_calendar = Words(raw["lunar_days"]), Words(raw["lunar_calendar"])
        self.savings_words = Words(raw["savings_words"])
        self.excess_loads = Words(raw["excess_loads"])
        self.aspects = Words(raw["aspects"])
        self.row_durations = Words(raw["row_durations"])
        self.placing_words, self.routes = Words(raw["placing_words"]), Words(raw["routes"])
        self.version_words = Words(raw["version_words"])
        self.firm_nouns, self.owned_capital = Words(raw["firm_nouns"]), Words(raw["owned_capital"])
        self.road_cross_section = Words(raw["road_cross_section"])
        self.material_grades = Words(raw["material_grades"])
        self.package_words = Words(raw["package_words"])
        self.volume_counted = Words(raw["volume_counted"])
        self.package_volumes = Words(raw["package_volumes"])
        self.content_graded = Words(raw["content_graded"])
        self.content_units = Words(raw["content_units"])
        self.eras = Words(raw["eras"])
        self.every_words = Words(raw["every_words"])
        self.every_has = Words(raw["every_has"])
        self.every_makes, self.norm_purposes = Words(raw["every_makes"]), Words(raw["norm_purposes"])
        self.measured_norms = Words(raw["measured_norms"])
        self.grade_words, self.grade_sizes = Words(raw["grade_words"]), Words(raw["grade_sizes"])
        self.size_grade_units = Words(raw["size_grade_units"])
        self.measured_durations = Words(raw["measured_durations"])
        self.late_payment, self.lasting_words = Words(raw["late_payment"]), Words(raw["lasting_words"])
        self.allowed_excess = Words(raw["allowed_excess"])
        self.next_step_heads = Words(raw["next_step_heads"])
        self.measure_units = Words(raw["measure_units"])
        self.weight_units = Words(raw["weight_units"])
        self.article_terms = Words(raw["article_terms"])
        self.pay_spent = Words(raw["pay_spent"])
        self.superlative_ends = Words(raw["superlative_ends"])
        self.length_extremes = Words(raw["length_extremes"])
        self.foreign_currencies = Words(raw["foreign_currencies"])
        self.currency_heads = frozenset(w[:1] for w in self.foreign_currencies.words)
        self.standard_names = Words(raw["standard_names"])
        self.guideline_values = Words(raw["guideline_values"])
        self.concentrations, self.hour_totals = Words(raw["concentrations"]), Words(raw["hour_totals"])
        self.scale_indices = Words(raw["scale_indices"])
        self.base_year_indices = Words(raw["base_year_indices"])
        self.base_period_year = re.compile(rf"(?<!\w)(?:{alternation(raw['base_periods'])})\s+((?:19|20)\d\d)(?!\d)")
        self.average_indices, self.time_taken = Words(raw["average_indices"]), Words(raw["time_taken"])
        self.frequency_words, self.multiples = Words(raw["frequency_words"]), Words(raw["multiples"])
        self.times_per = Words(raw["times_per"])
        self.schedule_frequencies = Words(raw["schedule_frequencies"])
        self.alarm_levels, self.level_sides = Words(raw["alarm_levels"]), Words(raw["level_sides"])
        self.reference_levels = Words(raw["reference_levels"])
        self.interest_words = Words(raw["interest_words"])
        self.when_conditions, self.when_advice = Words(raw["when_conditions"]), Words(raw["when_advice"])
        self.advising = Words(raw["advising"])
        self.allocating, self.acts = Words(raw["allocating"]), Words(raw["acts"])
        self.not_when_conditions = Words(raw["not_when_conditions"])
        self.given_limits = Words(raw["given_limits"])
        self.exchange_rates, self.market_rates = Words(raw["exchange_rates"]), Words(raw["market_rates"])
        self.differences, self.preset_terms = Words(raw["differences"]), Words(raw["preset_terms"])
        self.side_by_side = Words(raw["side_by_side"])
        self.each_given_to = Words(raw["each_given_to"])
        self.causatives = Words(raw["causatives"])
        self.time_limits, self.time_limit_units = Words(raw["time_limits"]), Words(raw["time_limit_units"])
        self.prefaces = Words(raw["prefaces"])
        self.basis_openers = Words(raw["basis_openers"])
        self.basis_lines = Words(raw["basis_lines"])
        self.plan_named = Words(raw["plan_named"])
        # Right before a number, either: background ("Sau 2 năm", "quy mô 500 giường"), one lookup.
        self.background_before = Words(raw["after_words"] + raw["design_words"])
        self.after_words = Words(raw["after_words"])
        self.design_subjects, self.design_costs = Words(raw["design_subjects"]), Words(raw["design_costs"])
        self.design_uses = Words(raw["design_uses"])
        self.present_now = Words(raw["present_now"])
        self.fee_levels = Words(raw["fee_levels"])
        self.cost_holders = Words(raw["cost_holders"])
        self.expected_costs, self.cost_expectations = Words(raw["expected_costs"]), Words(raw["cost_expectations"])
        self.total_raises = Words(raw["total_raises"])
        self.design_lead_ins = Words(raw["design_lead_ins"])
        self.design_part_verbs = Words(raw["design_part_verbs"])
        self.design_measures = Words(raw["design_measures"])
        self.level_gaps, self.level_gaps_below = Words(raw["level_gaps"]), Words(raw["level_gaps_below"])
        self.design_words = Words(raw["design_words"])
        self.target_lead_ins = Words(raw["target_lead_ins"])
        self.change_sizes = Words(raw["change_sizes"])
        self.coming_openers = Words(raw["coming_openers"])
        self.purpose_lead_ins = Words(raw["purpose_lead_ins"])
        self.design_projects = Words(raw["design_projects"])
        self.possessives, self.copulas = Words(raw["possessives"]), Words(raw["copulas"])
        self.scores = Words(raw["scores"])
        self.score_lookalikes = Words(raw["score_lookalikes"])
        self.attributions = Words(raw["attributions"])
        self.map_scales, self.tallies = Words(raw["map_scales"]), Words(raw["tallies"])
        self.tally_openers = Words(raw["tally_openers"])
        self.plan_lists, self.funded_items = Words(raw["plan_lists"]), Words(raw["funded_items"])
        self.document_number_words = Words(raw["document_number_words"])
        self.quotas, self.recruiting = Words(raw["quotas"]), Words(raw["recruiting"])
        self.part_words, self.part_openers = Words(raw["part_words"]), Words(raw["part_openers"])
        self.per_time_before = {k.lower(): v for k, v in raw["per_time_before"].items()}
        self.per_time_words = Words(self.per_time_before)
        self.peak_days = Words(raw["peak_days"])
        self.other_days = Words(raw["other_days"])
        self.number_words = Words(raw["number_words"])
        self.context_words = Words(raw["context_words"])
        self.land_edges = Words(raw["land_edges"])
        self.edge_lengths = Words(raw["edge_lengths"])
        self.required_levels = Words(raw["required_levels"])
        self.speaker_titles = Words(raw["speaker_titles"])
        self.money_against = Words(raw["money_against"])
        self.aimed_levels = Words(raw["aimed_levels"])
        self.withdrawn_figures = Words(raw["withdrawn_figures"])
        self.yearly_indices = Words(raw["yearly_indices"])
        self.forecast_words, self.forecast_headings = Words(raw["forecast_words"]), Words(raw["forecast_headings"])
        self.warning_work_headings = Words(raw["warning_work_headings"])
        self.preset_ceilings = Words(raw["preset_ceilings"])
        self.ceiling_words = Words(raw["ceiling_words"])
        self.forecast_results = Words(raw["forecast_results"])
        self.settlements = Words(raw["settlements"])
        self.report_highlights = Words(raw["report_highlights"])
        self.page_counters = Words(raw["page_counters"])
        self.slide_marks = Words(raw["slide_marks"])
        self.events_attended = Words(raw["events_attended"])
        self.post_counters = Words(raw["post_counters"])
        self.counter_scales = {k.lower(): float(v) for k, v in raw["counter_scales"].items()}
        self.counter_scale_words = Words(self.counter_scales)
        self.counter_scale_heads = frozenset(w[:1] for w in self.counter_scale_words.words)
        self.schemes_named = Words(raw["schemes_named"])
        self.reached_words = Words(raw["reached_words"])
        self.summary_of = Words(raw["summary_of"])
        self.posts = Words(raw["posts"])
        self.call_lists, self.call_list_parts = Words(raw["call_lists"]), Words(raw["call_list_parts"])
        self.means_words, self.contrast_words = Words(raw["means_words"]), Words(raw["contrast_words"])
        self.road_words = Words(raw["road_words"])
        self.comparison = Words(raw["compared_with"])
        self._compile_shapes(raw)

    def years_named(self, text: str) -> list[tuple[int, int]]:
        """Each (offset, year) where ``text`` names a year: "năm 2022", "Năm 2022"."""
        out: list[tuple[int, int]] = []
        if not _holds_any(text, self._year_heads):
            return out
        for m in self._year_named.finditer(text):
            s = m.start() - 1
            if s >= 0 and text[s].lower() == self._year_heads[m.group(1)]:
                out.append((s, int(m.group(2))))
        return out

    def _compile_shapes(self, raw: dict[str, Any]) -> None:
        """The patterns whose shape is code and whose words are the vocabulary's."""
        rng, pair, chain = (alternation(raw[k]) for k in ("range_words", "pair_words", "chain_words"))
        self.range = re.compile(rf"(\s?[%‰])?\s*[-–—]\s*({NUM})(?!\s*/)|(\s?[%‰])?\s+(?:{rng})\s+({NUM})")
        # "từ 4 triệu đồng đến 6 triệu đồng": the unit words written after each bound of a range
        self.range_unit_repeated = re.compile(rf" ((?:[^\W\d_]+\.? ){{1,3}})(?:{rng}) ({NUM})(?!\s*/)")
        # "4,1 và 6,8 điểm phần trăm", "1,8 ± 0,5‰": the number after a pair word or a tolerance's sign
        self.pair = re.compile(rf"\s*(?:(?:{pair})\s+|{PLUS_MINUS}\s*)({NUM})")
        # "42,195 km, 21 km, 10 km và ": the classes listed before the number, each with its unit
        self.listed_classes = re.compile(
            rf"(?:\d[\d.,]*\s*[^\W\d_]+\s*(?:,|{alternation(raw['list_joiners'])})\s*)+$")
        # "2 giờ 31 phút 05 giây", "3 phút 12 giây": a duration in parts, to its seconds; "2:31:05" the same.
        self.duration_order = tuple(raw["duration_parts"])  # largest first, as "giờ:phút:giây" counts them
        hours, minutes, seconds = (re.escape(w) for w in raw["duration_parts"])
        self.duration_in_parts = re.compile(
            rf"\d{{1,3}} (?:({hours}) \d{{1,2}} ({minutes})|({minutes})) \d{{1,2}} ({seconds})(?!\w)"
            rf"|\d{{1,2}}:[0-5]\d:[0-5]\d(?![\d:])")
        # "từ 3.000 lên 5.000 m3/ngày đêm": the level moved to, after the level moved from.
        self.moved_to = re.compile(rf"\s*(?:{alternation(raw['to_level'])})\s+({NUM})")
        self.from_before = re.compile(rf"(?:^|\s)(?:{alternation(raw['from_words'])})\s+$", re.I)
        self.chain = re.compile(rf"(?:\s*[,/–-]\s*|\s+(?:{chain})\s+){NUM}")
        self.age_after = re.compile(rf"(?:(?:{rng}|-|–)\s*\d+\s*)?(?:{self.age_words.pattern})\b")
        stops = alternation(raw["coordination_stops"])
        self.coordinated = re.compile(
            rf",\s([^\W\d_]+(?: [^\W\d_]+)?)(?=[,.;:)]|\s(?:{stops})\b|$)")
        self.whole_set = Words(raw["whole_set"])
        self.whole_set_scopes, self.name_predicates = Words(raw["whole_set_scopes"]), Words(raw["name_predicates"])
        self.units_summed, self.units_merged = Words(raw["units_summed"]), Words(raw["units_merged"])
        self.merged_units = Words(raw["merged_units"])
        self.units_of, self.former_units = Words(raw["units_of"]), Words(raw["former_units"])
        self.unit_bodies = Words(raw["unit_bodies"])
        self.units_ranked, self.units_by = Words(raw["units_ranked"]), Words(raw["units_by"])
        self.units_after_merger = Words(raw["units_after_merger"])
        self.condition_bounds, self.condition_heads = Words(raw["condition_bounds"]), Words(raw["condition_heads"])
        self.schedule_heads = Words(raw["schedule_heads"])
        self.item_heads = Words(raw["item_heads"])
        self.work_volumes = Words(raw["work_volumes"])
        self.act_issuing = Words(raw["act_issuing"])
        self.act_subjects = Words(raw["act_subjects"])
        self.support_words = Words(raw["act_support"])  # "hỗ trợ", "hỗ trợ thêm" alone
        self.supported_costs = Words(raw["supported_costs"])  # "chi phí": a share of it a support gives
        self.year_comparatives = Words(raw["year_comparatives"])
        # "ban hành Nghị quyết số 45/2023/NQ-HĐND hỗ trợ thêm": an act issued, then the support it gives
        self.act_support = re.compile(
            rf"(?:{alternation(raw['act_issuing'])})\s+(?:{alternation(raw['acts'])})(?:\s+[^\s;,.]+){{0,2}}?"
            rf"\s+(?:{alternation(raw['act_support'])})(?!\w)", re.I)
        self.project_subjects = Words(raw["project_subjects"])
        # the verbs that end a project's description: all but those it states its measures with, and "đã"
        self.project_verbs = Words([w for w in raw["verbs"] if w not in raw["project_fact_words"]]
                                   + raw["plan_spread_stops"])
        self.reply_titles = Words(raw["reply_titles"])
        # "Mục tiêu đến năm 2025, …": a target word, a year and a comma opening a full sentence
        self.plan_opening = re.compile(
            rf"[\s\-+•*–]*(?:{alternation(raw['plan_openers'])})\s+(?:(?:{alternation(raw['range_words'])})\s+)?"
            rf"(?:{alternation(raw['year_words'])})\s+\d{{4}}\s*,", re.I)
        # "Theo kế hoạch, …" or "Theo kế hoạch của UBND tỉnh, …": a plan's lead-in up to its comma, no number in it
        self.plan_document_sources = Words(raw["plan_document_sources"])
        self.plan_opener_words = Words(raw["plan_openers"])
        # ", đến năm 2020,": a horizon after a plan document's name, the year its targets are for
        self.horizon_opening = re.compile(
            rf"\s*(?:{alternation(raw['range_words'])})\s+(?:{alternation(raw['year_words'])})\s+\d{{4}}\s*,", re.I)
        self.plan_source_opening = re.compile(
            rf"[\s\-+•*–]*(?:{alternation(raw['plan_sources'])})(?!\w)[^,.;:\d\n]{{0,60}},", re.I)
        self.allotting, self.purposes = Words(raw["allotting"]), Words(raw["purposes"])
        # "Tổng kinh phí Chương trình … cấp cho": funds, up to twelve words naming whose or which, then their allotting
        self.allotting_funds = Words(raw["allotting_funds"])
        self.expected_funds = Words(raw["expected_funds"])
        self.allotted_funds = re.compile(rf"(?:{alternation(raw['allotted_funds'])})(?:\s+[^\s,;:]+){{0,12}}?"
                                         rf"\s+(?:{self.allotting_funds.pattern})(?!\w)")
        self.distribution_heads = Words(raw["distribution_heads"])
        self.executing_clauses = Words(raw["executing_clauses"])
        self.sum_taken_over = Words(raw["sum_taken_over"])
        self.list_joiners = re.compile(rf",|;| (?:{alternation(raw['list_joiners'])}) ")
        # "năm 2022", "Năm 2022". The pattern leaves out each word's first letter (checked in
        # years_named) so that it opens with a literal: a fast search, this runs on every text.
        self._year_heads = {w[1:]: w[0] for w in self.year_words.words}
        self._year_named = re.compile(rf"({alternation(self._year_heads)}) +(\d{{4}})\b")
        self.year_bounds = Words(raw["year_bounds"])
        self.period_bound_before = re.compile(rf"(?:{alternation(raw['period_bounds'])})\D{{0,10}}$")
        self.other_year_before = re.compile(rf"(?:{alternation(raw['other_year_before'])}) $")
        # "Luật Đất đai năm 2013": a law's name, a few capitalised or lowercase words, right before its year
        self.law_year_before = re.compile(rf"(?<!\w)(?:{alternation(raw['law_names'])})(?: [^\W\d_]+){{1,6}} $")
        self.section_head = re.compile(
            rf"^(?:(?:{alternation(raw['section_words'])})\s+[ivxlc\d]+[.:]?\s*)?"
            r"(?:(?:[ivxlc]+|(?:[a-z]|đ)|\d+)[.):]\s*)?")
        cmp_ = alternation(raw["compared_with"] + raw["multiple_with"])
        year = self.year_words.pattern
        self.compared_year = re.compile(rf"(?:{cmp_}) (?:[^\d,;()]{{0,40}}?)(?:{year}) (\d{{4}})")
        # "so với Tết Giáp Thìn 2024": the festival held that year
        occasions = alternation(raw["periods"]["occasions"])
        self.compared_occasion = re.compile(rf"(?:{cmp_}) (?:{occasions}) [^\d,;()]{{0,25}}?((?:19|20)\d\d)(?!\d)")
        # "so với 31/12/2023", "so với thời điểm 31/12/2015": the year of the day compared with; "so với đầu năm":
        # the year before's end
        self.compared_day = re.compile(rf"(?:{cmp_}) (?:\w+ ){{0,2}}{DAY}")
        self.compared_year_start = re.compile(rf"(?:{cmp_}) (?:{alternation(raw['year_start'])})(?!\w)")
        self.year_start = Words(raw["year_start"])
        # "nhiệm kỳ 2020 - 2025": a congress's term, its first and last years
        terms = alternation(raw["congress_terms"])
        self.congress_term = re.compile(rf"(?:{terms})\s+(\d{{4}})\s*[-–]\s*(\d{{4}})(?!\d)", re.I)
        self.this_term = Words(raw["this_term"])
        self.compared_term_start = re.compile(rf"(?:{cmp_}) (?:{alternation(raw['term_start'])})(?!\w)")
        openers = alternation(raw["subject_openers"])
        times = alternation(raw["time_openers"])
        plan = alternation(raw["subject_plan_openers"])
        self.subject_opening = re.compile(
            rf"^(?:{openers}|(?:{times}) (?:{year}) \d{{4}})\s*[:,]?\s*|^/?\s*(?:{plan})\b|^/", re.I)
        # A comparison and the words after it ("so với cùng kỳ"): a subject ends before it. Searched
        # for the words, not for "\s*(?:…) .*$", which tries every position (the same cut, 2x faster).
        self.comparison_words = re.compile(rf"(?:{self.comparison.pattern}) ", re.I)


def _named_endings(groups: dict[str, Any]) -> re.Pattern[str]:
    """One regex whose matching group's name says which list's phrase ends the text."""
    alts = [f"(?P<{name}>{'|'.join(re.escape(w[::-1]) for w in Words(ws).words)})"
            for name, ws in groups.items()]
    return re.compile(rf"(?:{'|'.join(alts)})(?!\w)")  # matched on the reversed text


_READ: Final[list[Vocabulary]] = []  # the vocabulary once read: a list, so that no global is rebound


def vocabulary() -> Vocabulary:
    """The extractor's vocabulary, read once. Asked for by nearly every rule of every figure: a test of
    a list, not a call through a cache's wrapper (measured: 1.5% of the extractor's instructions)."""
    if not _READ:
        _READ.append(Vocabulary(load(VOCABULARY, "vocabulary")))
    return _READ[0]
