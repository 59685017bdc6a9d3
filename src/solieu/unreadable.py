"""Numbers a report writes so that no figure can be read from them, where it matters.

A typo such as ``1.1.78 tỷ đồng`` is not a Vietnamese number (``.`` groups thousands,
so groups after it have three digits): the extractor leaves it out, and an indicator
stated in that sentence silently has no observation. This module finds such numbers in
sentences that name an indicator (every word its rule asks of a subject or sentence
occurs there), so the run can say which sentence to correct.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from solieu.files import code_version, read_kept, write_kept
from solieu.indicator_catalog import (
    INDICATOR_CATALOG_PATH,
    SECTORS_PATH,
    IndicatorCatalog,
    load_indicator_catalog,
)
from solieu.numbers import NumberError, parse_number
from solieu.sources import Dataset

# Digits joined by '.' or ',' (as the extractor reads numbers); dates and document
# numbers use '/' or '-' and are not matched.
_TOKEN = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)+(?![\d])")
MAX_SHOWN = 160  # characters of a sentence quoted in a warning


@dataclass(frozen=True)
class Unreadable:
    """One number that cannot be read, in a sentence that names indicators."""

    source_id: str
    token: str
    line: int
    sentence: str
    indicators: tuple[str, ...]
    reason: str

    def message(self, path: str) -> str:
        """The warning, naming the file, line, number, sentence and indicators."""
        quoted = self.sentence if len(self.sentence) <= MAX_SHOWN else self.sentence[:MAX_SHOWN] + "…"
        return (f"{path}, line {self.line}: {self.token!r} is not a readable number ({self.reason}), "
                f"so no figure was taken from it; the sentence names {', '.join(self.indicators)}: "
                f"\"{quoted}\". Correct the number in the report (and its sidecar's sha256).")


def _readable(token: str) -> str | None:
    """None if the extractor can read ``token``; else why not."""
    try:
        parse_number(token)
        return None
    except NumberError as exc:
        # The extractor reads a lone English decimal point ("12.5") as one.
        if re.fullmatch(r"\d+\.(?:\d{1,2}|\d{4,})", token):
            return None
        return str(exc).split(": ", 1)[-1]


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around [start, end): from the last stop before it to the next after."""
    left = max(text.rfind(c, 0, start) for c in ".;!?\n")
    stops = [i for i in (text.find(c, end) for c in ";!?\n") if i >= 0]
    dot = re.compile(r"\.(?!\d)").search(text, end)
    if dot:
        stops.append(dot.start())
    right = min(stops) if stops else len(text)
    return " ".join(text[left + 1:right + 1].split())


def named_indicators(sentence: str, catalog: IndicatorCatalog) -> list[str]:
    """The indicators whose rule's positive words all occur in ``sentence``."""
    named = []
    for ind in catalog.indicators:
        terms = [t for field in ("subject", "sentence", "near", "before", "counted")
                 for t in ind.rule.terms.get(field, ()) if not t.negated]
        if terms and all(t.holds(sentence) for t in terms):
            named.append(ind.indicator_id)
    return named


_installed: tuple[object, IndicatorCatalog] | None = None


def installed_catalog() -> IndicatorCatalog:
    """The installed indicator catalog, loaded (and checked) once while its files stay
    as they are: a run asks for it for every dataset with a new report."""
    global _installed
    stamp = tuple((p.stat().st_mtime_ns, p.stat().st_size)
                  for p in (INDICATOR_CATALOG_PATH, SECTORS_PATH))
    if _installed is None or _installed[0] != stamp:
        _installed = stamp, load_indicator_catalog(INDICATOR_CATALOG_PATH, SECTORS_PATH)
    return _installed[1]


def find_unreadable(text: str, source_id: str,
                    catalog: IndicatorCatalog | None = None) -> list[Unreadable]:
    """Every number of ``text`` the extractor cannot read, in a sentence naming an indicator."""
    catalog = catalog or installed_catalog()
    found = []
    for m in _TOKEN.finditer(text):
        reason = _readable(m.group())
        if reason is None:
            continue
        sentence = _sentence_at(text, m.start(), m.end())
        names = named_indicators(sentence, catalog)
        if names:
            found.append(Unreadable(source_id, m.group(), text.count("\n", 0, m.start()) + 1,
                                    sentence, tuple(names), reason))
    return found


def dataset_warnings(dataset: Dataset, catalog: IndicatorCatalog | None = None, *,
                     kept: Path | None = None) -> list[str]:
    """The warnings of every source of a dataset, each naming its file and sentence.

    ``kept``: a file where each source's findings are kept between runs under the
    sha256 of its text (checked against the sidecar when the source was loaded), the
    source id and the code and schemas (``catalog`` must then be the installed one): a
    run reads only the texts it has not read before."""
    if kept is None or catalog is not None:
        catalog = catalog or installed_catalog()
        return [u.message(str(s.path)) for s in dataset.sources
                for u in find_unreadable(s.text, s.source_id, catalog)]
    before = read_kept(kept)
    known = before.get("sources") if before.get("code") == code_version() else None
    known = known if isinstance(known, dict) else {}
    found: dict[str, list[dict[str, object]]] = {}
    messages = []
    for s in dataset.sources:
        key = f"{s.source_id}:{s.meta.get('sha256')}"
        items = known.get(key)
        if not isinstance(items, list) or s.meta.get("sha256") != s.sha256:
            catalog = catalog or installed_catalog()
            items = [asdict(u) for u in find_unreadable(s.text, s.source_id, catalog)]
        found[key] = items
        messages += [Unreadable(**{**u, "indicators": tuple(u["indicators"])}).message(str(s.path))
                     for u in items]
    if found != known:
        write_kept(kept, {"code": code_version(), "sources": found})
    return messages
