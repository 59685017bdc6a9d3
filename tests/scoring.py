"""Score the extractor against hand-annotated gold figures (tests/gold/*.yaml).

    .venv/bin/python tests/scoring.py tests/gold/2022-annual-results.yaml [more.yaml ...]

A gold file names its text and lists, in text order, one entry per number expression:
a figure (value, unit, qualifier, kind, ...) or a not-figure (a reason such as ``date``).
See tests/gold/GUIDELINES.md for how the entries were decided.

Matching is by span: a predicted figure is matched to the gold figure with the same
(start, end). Anything else the extractor returns is a false positive, whether it overlaps
a not-figure entry (a date read as a quantity) or a figure with a different span. For
each field, a prediction counts as correct when its span matches and the field agrees, so

    precision = correct / predicted rows,   recall = correct / gold figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from solieu.terms import load_terms

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
# Gold written blind for a second opinion; scored on request (--heldout), never asserted.
HELDOUT_DIR = ROOT / "tests" / "heldout"
# Gold of a shape the extractor does not read yet, kept sound and scored on request (--aside), never asserted:
# see aside/README.md for what each file waits for.
ASIDE_DIR = GOLD_DIR / "aside"

# The controlled vocabularies, from schemas/terms.yaml (the one list the published
# tables use too).
TERMS = load_terms()
UNITS = set(TERMS.units)
RATE_UNIT = re.compile(f"^{TERMS.rate_pattern()}$")
QUALIFIERS = set(TERMS.qualifiers)
KINDS = set(TERMS.kinds)
ROLES = set(TERMS.roles)
BASES = set(TERMS.bases)
YEAR = re.compile(f"^{TERMS.year_base}$")
REASONS = {
    "date",
    "period",
    "doc_number",
    "ordinal",
    "label",
    "list_number",
    "name",
    "price_base_year",
    "footnote",
    "unit",
    "row_number",
    "note",
}
# A figure's period (DESIGN.md): a year, a half, a quarter, a month, or a span of years.
PERIOD = re.compile(r"^(19|20)\d\d(-(H[12]|Q[1-4]|0[1-9]|1[0-2]|(19|20)\d\d))?$")
FIGURE_KEYS = (
    "start",
    "end",
    "surface",
    "value",
    "value_max",
    "denominator",
    "unit",
    "counted",
    "qualifier",
    "kind",
    "base",
    "role",
    "subject",
)
# Gold files annotated with periods carry this key between role and subject.
FIGURE_KEYS_WITH_PERIOD = FIGURE_KEYS[:-1] + ("period", "subject")
NOT_FIGURE_KEYS = ("start", "end", "surface", "reason")
# The unit each kind must carry (kinds not listed take any unit).
KIND_UNIT = {
    "share": {"percent", "per_mille"},
    # A natural increase rate in ‰ grows like one in % (GUIDELINES: Tỷ lệ tăng dân số tự nhiên).
    "growth": {"percent", "per_mille"},
    "plan_ratio": {"percent"},
    "change_points": {"percentage_point", "per_mille_point"},
    "multiple": {"times"},
}
# Kinds that compare with something; only they carry a base.
COMPARING_KINDS = {"growth", "change", "change_points", "plan_ratio", "multiple"}
SCALES = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)

# The fields scored, in the order printed.
FIELDS = ("value+unit", "qualifier", "kind", "role", "period", "base", "counted", "subject", "sentence")
# Asserted by tests/test_accuracy.py (the others are reported only).
ASSERTED = ("value+unit", "qualifier", "kind", "role", "period")
# Graded loosely: their disagreements are listed only on request (--loose).
LOOSE = {"counted", "subject", "sentence"}
COMPOUND = re.compile(r"\d\s+(?:tỷ|tỉ|triệu|nghìn|ngàn)\s+\d")  # "12 tỷ 300", "45 nghìn 600"
NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
# A cell's number whose groups of three are parted by spaces, as a template in another locale writes them with
# no-break spaces ("14 286,5"; GUIDELINES, Tables): read without them.
SPACE_GROUPED = re.compile(r"[-−–+]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?")
# The same written the English way (a spreadsheet in an English locale): "1,178.50", "62.4".
ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# A surface only the English way reads: a decimal point after a comma group, or a point not
# followed by exactly three digits ("1,178.50", "0.85", "62.4%"; never "1.178" or "1.178,5").
ENGLISH_SHAPE = re.compile(r"\d,\d{3}\.\d|\d\.(?:\d{1,2}|\d{4,})(?!\d)")


# --------------------------------------------------------------------------- gold


@dataclass
class Gold:
    path: Path
    text_path: Path
    source_id: str
    text: str
    entries: list[dict[str, Any]]

    @property
    def figures(self) -> list[dict[str, Any]]:
        return [e for e in self.entries if "reason" not in e]

    @property
    def has_periods(self) -> bool:
        """Whether the file annotates each figure's period (older files do not)."""
        return bool(self.figures) and all("period" in e for e in self.figures)

    @property
    def not_figures(self) -> list[dict[str, Any]]:
        return [e for e in self.entries if "reason" in e]


def load_gold(path: Path | str) -> Gold:
    path = Path(path)
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    text_path = ROOT / doc["text"]
    raw = text_path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    return Gold(
        path=path,
        text_path=text_path,
        source_id=doc["source_id"],
        text=unicodedata.normalize("NFC", raw),
        entries=list(doc["entries"]),
    )


def wrapped(gold: Gold, width: int) -> Gold:
    """The gold with its text's prose lines broken at ``width`` characters, as a PDF's text layer
    copied out without its layout has them: a space at a line's last word boundary becomes a line
    break, so the text keeps its length and every entry its offsets. Table rows stay whole. A text
    already broken at a width of its own (``already_wrapped``) is kept as it is: no copy breaks its
    lines at two widths."""
    if already_wrapped(gold.text):
        return gold
    chars = list(gold.text)
    start = 0
    for line in gold.text.split("\n"):
        if " | " not in line and "\t" not in line:
            edge = start + width
            while edge < start + len(line):
                cut = gold.text.rfind(" ", edge - width, edge + 1)
                if cut <= edge - width:
                    break  # a word longer than the width
                chars[cut] = "\n"
                edge = cut + 1 + width
        start += len(line) + 1
    return dataclasses.replace(gold, text="".join(chars))


ALREADY_WRAPPED = 0.25  # this share of a text's prose lines breaking a sentence: its lines were broken at a width


def already_wrapped(text: str) -> bool:
    """The text's prose lines were broken at a width: many end inside a sentence, the next line going on in
    lowercase ("… tăng 7,82% so" / "với năm 2024 …"), as a PDF's text copied out without its layout gives."""
    lines = [ln for ln in text.split("\n") if ln.strip() and " | " not in ln and "\t" not in ln]
    broken = sum(1 for a, b in zip(lines, lines[1:], strict=False)
                 if a.rstrip()[-1:] not in ".:;!?" and b.lstrip()[:1].islower())
    return bool(lines) and broken >= ALREADY_WRAPPED * len(lines)


# How web pages and word processors space a text: ``respaced`` puts a no-break space for each
# space beside a digit, doubles every RESPACE_DOUBLE-th other space between two words, puts a
# zero-width space after every RESPACE_INVISIBLE-th, and a blank line after every line; a line
# holding LAID_OUT (a table laid out by spaces) keeps its spaces.
NO_BREAK_SPACE = "\xa0"
ZERO_WIDTH_SPACE = "\u200b"
RESPACE_DOUBLE = 3
RESPACE_INVISIBLE = 7
LAID_OUT = "   "


def respaced(gold: Gold) -> Gold:
    """The gold with its text spaced as web pages and word processors leave it (see
    ``NO_BREAK_SPACE`` above); its entries move with their characters."""
    text, out, moved = gold.text, [], []
    gaps = 0
    laid_out = False  # a line of a table laid out by spaces keeps its spaces: the layout sets them
    for i, c in enumerate(text):
        moved.append(len(out))
        if i == 0 or text[i - 1] == "\n":
            laid_out = LAID_OUT in text[i : text.find("\n", i) % (len(text) + 1)]
        if laid_out and c != "\n":
            out.append(c)
        elif c == " " and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit():
            # between two numbers a space stays one: a no-break space there parts a number's groups of three
            # (GUIDELINES, Spacing), which would make two numbers one
            out.append(c)
        elif c == " " and (text[i - 1 : i].isdigit() or text[i + 1 : i + 2].isdigit()):
            out.append(NO_BREAK_SPACE)
        elif c == " " and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
            gaps += 1
            out.append(" ")
            if gaps % RESPACE_DOUBLE == 0:
                out.append(" ")
            elif gaps % RESPACE_INVISIBLE == 0:
                out.append(ZERO_WIDTH_SPACE)
        else:
            out.append(c)
            if c == "\n":
                out.append("\n")
    new = "".join(out)
    entries = []
    for e in gold.entries:
        start, end = moved[e["start"]], moved[e["end"] - 1] + 1
        entries.append({**e, "start": start, "end": end, "surface": new[start:end]})
    return dataclasses.replace(gold, text=new, entries=entries)


def gold_files(folder: Path = GOLD_DIR) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def read_number(surface: str) -> float | None:
    """The first Vietnamese number in a surface: '1.178' -> 1178, '13,05%' -> 13.05."""
    m = NUMBER.search(surface)
    if not m:
        return None
    return float(m.group().replace(".", "").replace(",", "."))


def numbers_in(surface: str) -> list[float]:
    return [float(m.replace(".", "").replace(",", ".")) for m in NUMBER.findall(surface)]


def english_numbers_in(surface: str) -> list[float]:
    """The numbers of a surface written the English way: '1,178.50' -> 1178.5, '62.4%' -> 62.4."""
    return [float(m.replace(",", "")) for m in ENGLISH_NUMBER.findall(surface)]


def gold_problems(gold: Gold) -> list[str]:
    """Everything wrong with a gold file, as readable lines (empty when it is sound)."""
    problems: list[str] = []
    text = gold.text
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{gold.text_path.name}: text is not NFC")
    covered = [0] * len(text)
    previous_end = -1
    for n, e in enumerate(gold.entries):
        where = f"entry {n} ({e.get('surface')!r} at {e.get('start')})"
        keys = tuple(e)
        if keys not in (FIGURE_KEYS, FIGURE_KEYS_WITH_PERIOD, NOT_FIGURE_KEYS):
            problems.append(f"{where}: keys {keys} are neither a figure nor a not-figure")
            continue
        start, end = e["start"], e["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"{where}: bad offsets")
            continue
        if text[start:end] != e["surface"]:
            problems.append(f"{where}: surface differs from text[start:end] = {text[start:end]!r}")
        if start < previous_end:
            problems.append(f"{where}: overlaps or precedes the entry before it")
        previous_end = max(previous_end, end)
        for i in range(start, end):
            covered[i] += 1
        if "reason" in e:
            if e["reason"] not in REASONS:
                problems.append(f"{where}: reason {e['reason']!r} not in {sorted(REASONS)}")
            continue
        problems += [f"{where}: {p}" for p in figure_problems(e)]
    for m in re.finditer(r"\d+", text):
        counts = set(covered[m.start() : m.end()])
        if counts != {1}:
            line = text.count("\n", 0, m.start()) + 1
            problems.append(
                f"digits {m.group()!r} at {m.start()} (line {line}) covered "
                f"{'not at all' if counts == {0} else 'partly or twice'}: "
                f"{text[max(0, m.start() - 30) : m.end() + 20]!r}"
            )
    return problems


def _reading_problems(e: dict[str, Any], written: list[float]) -> list[str]:
    """Why the value does not read the numbers written in its surface (empty when it does)."""
    found: list[str] = []
    if written and e["surface"][0] in "-−–":  # a minus sign: "-1,25%", "–1,2%" (an en dash a word processor made)
        written[0] = -written[0]
    if written and COMPOUND.search(e["surface"]):
        # "29 tỷ 850" (triệu USD): the first number times a scale leads the value.
        if not any(math.floor(abs(e["value"]) / s + 1e-9) == abs(written[0]) for s in SCALES):
            found.append(f"value {e['value']} does not read {e['surface']!r} (a compound amount)")
    elif written:
        ratio = e["value"] / written[0] if written[0] else None
        if e["value"] != written[0] and not any(
            ratio is not None and math.isclose(ratio, s, rel_tol=1e-9) for s in SCALES
        ):
            found.append(f"value {e['value']} does not read {e['surface']!r} (times a scale word)")
        second = e["value_max"] if e["value_max"] is not None else e["denominator"]
        if second is not None:
            if len(written) < 2 or not any(
                math.isclose(second, written[1] * s, rel_tol=1e-9) for s in SCALES
            ):
                found.append(f"value_max/denominator {second} does not read {e['surface']!r}")
            if e["value_max"] is not None and e["value_max"] <= e["value"]:
                found.append("value_max must exceed value")
    return found


def figure_problems(e: dict[str, Any]) -> list[str]:
    out = []
    if not re.search(r"\d", e["surface"]):
        out.append("a figure needs digits in its surface")
    for key in ("value", "value_max", "denominator"):
        v = e[key]
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
            out.append(f"{key} {v!r} is not a number")
    if out:
        return out
    unit, kind = e["unit"], e["kind"]
    if unit not in UNITS and not RATE_UNIT.match(unit or ""):
        out.append(f"unit {unit!r} not in the vocabulary")
    if e["qualifier"] not in QUALIFIERS:
        out.append(f"qualifier {e['qualifier']!r} not in {sorted(QUALIFIERS)}")
    if kind not in KINDS:
        out.append(f"kind {kind!r} not in {sorted(KINDS)}")
    if e["role"] not in ROLES:
        out.append(f"role {e['role']!r} not in {sorted(ROLES)}")
    base = e["base"]
    if base is not None and base not in BASES and not YEAR.match(str(base)):
        out.append(f"base {base!r} is neither a year nor in {sorted(BASES)}")
    if base is not None and kind not in COMPARING_KINDS:
        out.append(f"base {base!r} on kind {kind!r}, which compares with nothing")
    if kind in KIND_UNIT and unit not in KIND_UNIT[kind]:
        out.append(f"kind {kind} takes unit {sorted(KIND_UNIT[kind])}, not {unit!r}")
    if kind == "rate" and "_per_" not in (unit or ""):
        out.append("kind rate needs a per-unit (e.g. VND_per_person_per_year)")
    if (kind == "progress") != (e["denominator"] is not None):
        out.append("a denominator goes with kind progress, and only with it")
    if (unit == "count") != bool(e["counted"]):
        out.append("counted is given for unit count, and only for it")
    if not e["subject"]:
        out.append("subject is empty")
    if e.get("period") is not None and not PERIOD.match(str(e["period"])):
        out.append(f"period {e['period']!r} is not a year, half, quarter, month or span (DESIGN.md)")
    # The value must be what the surface says, up to a scale word outside the span: in the
    # Vietnamese convention, or in the English one of a table pasted from a spreadsheet set to
    # an English locale ('1,178.50', '62.4%'; GUIDELINES, Tables).
    surface = re.sub(r"(?<=\d)\u00a0(?=\d{3}(?!\d))", "", e["surface"])  # "28\u00a0416,5" (GUIDELINES, Spacing)
    surface = surface.replace(" ", "") if SPACE_GROUPED.fullmatch(surface) else surface
    found = _reading_problems(e, numbers_in(surface))
    if (
        found
        and ENGLISH_SHAPE.search(e["surface"])
        and not _reading_problems(e, english_numbers_in(e["surface"]))
    ):
        found = []
    out += found
    return out


# --------------------------------------------------------------------------- scoring


def predict(gold: Gold) -> list[dict[str, Any]]:
    """The extractor's figures for the gold text, as plain dicts with None for empty."""
    from solieu.extract import extract

    frame = extract(gold.text, gold.source_id)
    rows = []
    for row in frame.to_dict("records"):
        rows.append({k: (None if _is_missing(v) else v) for k, v in row.items()})
    return rows


def _is_missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    try:
        import pandas as pd

        return bool(pd.isna(v)) if not isinstance(v, (list, dict, str)) else v == ""
    except (TypeError, ValueError):
        return False


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


def _norm(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return unicodedata.normalize("NFC", str(v)).strip().lower() or None


def agrees(field_name: str, g: dict[str, Any], p: dict[str, Any], text: str = "") -> bool:
    if field_name == "value+unit":
        return (
            _same_number(g["value"], p.get("value"))
            and _same_number(g["value_max"], p.get("value_max"))
            and _same_number(g["denominator"], p.get("denominator"))
            and g["unit"] == p.get("unit")
        )
    if field_name == "subject":
        # Loose: most of the gold phrase's syllables appear in the predicted subject.
        want = set((_norm(g["subject"]) or "").split())
        got = set((_norm(p.get("subject")) or "").split())
        return bool(want) and len(want & got) >= len(want) / 2
    if field_name == "sentence":
        # The contract: the sentence verbatim, around the figure.
        sentence = p.get("sentence") or ""
        if not sentence:
            return False
        at = text.find(sentence, max(0, g["end"] - len(sentence)))
        return 0 <= at <= g["start"]
    return _norm(g[field_name]) == _norm(p.get(field_name))


def show(field_name: str, e: dict[str, Any]) -> str:
    if field_name == "value+unit":
        v = _fmt(e.get("value"))
        if e.get("value_max") is not None:
            v += f"..{_fmt(e['value_max'])}"
        if e.get("denominator") is not None:
            v += f"/{_fmt(e['denominator'])}"
        return f"{v} {e.get('unit')}"
    if field_name == "sentence" and field_name not in e:
        return "(the sentence around the span)"
    return repr(e.get(field_name))


def _fmt(x: Any) -> str:
    if x is None:
        return "None"
    x = float(x)
    return str(int(x)) if x.is_integer() else repr(x)


@dataclass
class Score:
    gold: Gold
    predicted: list[dict[str, Any]]
    correct: dict[str, int] = field(default_factory=dict)
    matched: int = 0
    disagreements: list[tuple[int, str]] = field(default_factory=list)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields this gold file grades: ``period`` only where it is annotated."""
        return FIELDS if self.gold.has_periods else tuple(f for f in FIELDS if f != "period")

    def precision(self, field_name: str) -> float:
        n = len(self.predicted)
        return self.correct[field_name] / n if n else 0.0

    def recall(self, field_name: str) -> float:
        n = len(self.gold.figures)
        return self.correct[field_name] / n if n else 1.0

    def table(self) -> str:
        lines = [
            f"{self.gold.path.name}: {len(self.gold.figures)} gold figures, "
            f"{len(self.gold.not_figures)} not-figures, {len(self.predicted)} predicted, "
            f"{self.matched} spans matched",
            f"{'field':<12} {'correct':>7} {'precision':>9} {'recall':>7}",
        ]
        for name in ("span",) + FIELDS:
            if name not in self.fields and name != "span":
                lines.append(f"{name:<12} {'-':>7} {'n/a':>9} {'n/a':>7}  (not annotated)")
                continue
            c = self.matched if name == "span" else self.correct[name]
            p = c / len(self.predicted) if self.predicted else 0.0
            r = c / len(self.gold.figures) if self.gold.figures else 1.0
            note = "" if name in ("span",) + ASSERTED else "  (reported)"
            lines.append(f"{name:<12} {c:>7} {p:>9.3f} {r:>7.3f}{note}")
        return "\n".join(lines)

    def report(self) -> str:
        out = [self.table(), "", f"disagreements ({len(self.disagreements)}):"]
        out += [line for _, line in sorted(self.disagreements, key=lambda d: d[0])]
        return "\n".join(out)


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around a span: split on . ; ! ? and line breaks, not inside numbers."""
    boundary = re.compile(r"(?<!\d)[.;!?](?!\d)|[.;!?](?=\s|$)|\n")
    left = 0
    for m in boundary.finditer(text, 0, start):
        left = m.end()
    m = boundary.search(text, end)
    right = m.end() if m else len(text)
    return text[left:right].strip()


def score(gold: Gold, predicted: list[dict[str, Any]], show_loose: bool = False) -> Score:
    """Match predictions to gold figures by span and count agreements per field.

    ``counted``, ``subject`` and ``sentence`` are graded loosely (a head noun or the whole
    phrase both serve a reader), so their disagreements are listed only with ``show_loose``.
    """
    result = Score(gold=gold, predicted=predicted, correct={f: 0 for f in FIELDS})
    by_span = {(e["start"], e["end"]): e for e in gold.figures}
    seen: set[tuple[int, int]] = set()
    text = gold.text

    def note(start: int, end: int, message: str) -> None:
        line = f"- {start}-{end} {text[start:end]!r}: {message}\n"
        result.disagreements.append((start, line + f"      in: {sentence_at(text, start, end)}"))

    for p in predicted:
        span = (int(p["start"]), int(p["end"]))
        g = by_span.get(span)
        if g is None or span in seen:
            hits = [e for e in gold.entries if e["start"] < span[1] and span[0] < e["end"]]
            what = "; ".join(_describe(e) for e in hits) or "no gold entry there"
            note(*span, f"spurious {show('value+unit', p)} ({what})")
            continue
        seen.add(span)
        result.matched += 1
        wrong = []
        for name in result.fields:
            if agrees(name, g, p, text):
                result.correct[name] += 1
            elif name not in LOOSE or show_loose:
                wrong.append(f"{name}: gold {show(name, g)}, predicted {show(name, p)}")
        if wrong:
            note(*span, "; ".join(wrong))
    for g in gold.figures:
        if (g["start"], g["end"]) in seen:
            continue
        near = [
            repr(text[int(p["start"]) : int(p["end"])])
            for p in predicted
            if int(p["start"]) < g["end"] and g["start"] < int(p["end"])
        ]
        hint = f" (predicted span {', '.join(near)})" if near else ""
        note(g["start"], g["end"], f"missed gold {show('value+unit', g)} {g['kind']}{hint}")
    return result


def _describe(entry: dict[str, Any]) -> str:
    what = entry.get("reason") or f"a figure {show('value+unit', entry)}"
    return f"gold {entry['surface']!r} is {what}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "gold", nargs="*", type=Path, help="gold files (default: tests/gold/*.yaml)"
    )
    parser.add_argument("--check", action="store_true", help="only check the gold files")
    parser.add_argument(
        "--heldout", action="store_true", help="the held-out gold (tests/heldout/*.yaml)"
    )
    parser.add_argument(
        "--aside", action="store_true", help="the gold set aside (tests/gold/aside/*.yaml)"
    )
    parser.add_argument(
        "--loose", action="store_true", help="list counted, subject, sentence disagreements too"
    )
    parser.add_argument(
        "--wrap", type=int, metavar="WIDTH",
        help="score the texts with their prose lines broken at WIDTH characters"
    )
    parser.add_argument(
        "--respace", action="store_true",
        help="score the texts spaced as web pages and word processors leave them "
        "(no-break spaces, doubled and zero-width spaces, a blank line after each line)"
    )
    args = parser.parse_args(argv)
    status = 0
    for path in args.gold or gold_files(HELDOUT_DIR if args.heldout else ASIDE_DIR if args.aside else GOLD_DIR):
        gold = load_gold(path)
        problems = gold_problems(gold)
        if problems:
            status = 1
            print(f"{path}: {len(problems)} gold problems")
            print("\n".join(f"  {p}" for p in problems))
            continue
        if args.check:
            print(
                f"{path}: {len(gold.figures)} figures, {len(gold.not_figures)} not-figures, sound"
            )
            continue
        if args.wrap:
            gold = wrapped(gold, args.wrap)
        if args.respace:
            gold = respaced(gold)
        print(score(gold, predict(gold), show_loose=args.loose).report())
        print()
    return status


if __name__ == "__main__":
    sys.exit(main())
