"""Spacing as a reader takes it: what web pages, word processors and converters leave between words.

A text copied from a web page or a word processor holds no-break spaces (``1.178\\xa0tỷ đồng``, or
``1.178&nbsp;tỷ đồng`` where a page was exported with its entities, as ``&gt; 95%`` and ``&amp;``), runs of
spaces where a line was justified or a word was bold, zero-width spaces and soft hyphens; one exported a
paragraph to a line often has a blank line after every one. A reader sees one space, nothing, and one
line break. :func:`spaced` gives the text the extractor reads and, where that is shorter, where each of
its characters stands in the text as written; :func:`placed` puts the figures back there, so every
figure keeps ``surface == text[start:end]`` of the text as written.

A run of spaces stays where it parts cells: in a table laid out by spaces, on a line with two runs of
three spaces or more, in a row of cells parted by tabs, in a grid table (its bars stand in columns),
and a line's indent. In a row of cells parted by bars (`` | ``) it is one space, as in prose.

A PDF's text layer sometimes drops the space between a word and the number after it (``đạt1.178 tỷ
đồng``, ``tăng6,2%``): where the word is one that stands before a number (a verb such as ``đạt``, a change
word, a qualifier, a period's word ``năm``/``tháng``), a reader reads a space there; a code keeps its digits
(``QL6``, ``COVID19``, a footnote's marker after a noun ``ngân sách1``).

A text that holds a web page's markup (a content system's field pasted as text, a page's source saved as text)
reads as the page shows it, as the web rendition writes it: a line break of its source between two words as a space,
formatting tags and images as nothing
(``<strong>1.178</strong> tỷ đồng``), a paragraph's or a line's tags as a line break, a list's item as a line
with a dash before it, a table's row as a line of cells parted by bars. A line break in a row of cells parted by
bars or tabs is a space (``| Tổng thu NSNN<br>trên địa bàn |``: a cell's two lines), and so is one a sentence
goes on after in lower case.

A post on a social network numbers its items with keycap emoji (``1️⃣ Tốc độ tăng …``: a digit, a
variation selector and the keycap mark): a reader reads an item's number, ``1.``, at a line's start, and
the digit alone elsewhere.

>>> spaced("đạt\\xa01.178  tỷ đồng")[0]
'đạt 1.178 tỷ đồng'
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Final

from solieu.extract.exclusions import FOOTNOTE_REACH
from solieu.extract.figure import Excluded, Figure
from solieu.extract.tables import FLAT_CELL_MAX, MIN_CELLS, SEPARATOR, SPACED_GAP, TAB, dash_groups, spaced_tables
from solieu.extract.vocabulary import vocabulary
from solieu.renditions import COLUMN_GAP, COLUMN_GAPS, ITEM_MARK

# Read as a space, one for one: the no-break, fixed-width, narrow and ideographic spaces.
SPACES: Final = "\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# Read as nothing: the zero-width space and joiners, the word joiner, a byte-order mark, the soft hyphen,
# the variation selectors that ask for an emoji's or a text's glyph.
INVISIBLE: Final = "\u200b\u200c\u200d\u2060\ufeff\xad\ufe0e\ufe0f"
# A text with a blank line after a paragraph: at least this share of the breaks between two lines of
# words hold a blank line, over at least BLANK_LINED_BREAKS breaks (a few blank lines between sections
# are a layout, not a habit).
BLANK_LINED: Final = 0.8
BLANK_LINED_BREAKS: Final = 4
_SENTENCE_ENDS: Final = ".:;!?…"
CAPITALS_CELL_MAX: Final = 12  # "ĐVT", "STT", "TỔNG SỐ": a cell; "KẾT QUẢ NĂM 2024": a heading

_ODD: Final = SPACES + INVISIBLE
_AS_SPACES: Final = str.maketrans(SPACES, " " * len(SPACES))
_INVISIBLE: Final = re.compile(f"[{INVISIBLE}]+")
# A no-break space parting a number's groups of three, as a word processor in another locale writes them
# ("28\u00a0416,5 tỷ đồng", "452\u00a0380 ha"): read as nothing, the number whole; not after a code's letters
# ("PCB40\u00a0325.000 tấn"). A plain space stays a space: "năm 2024 28 xã" holds two numbers.
_GROUPED_BY_NO_BREAK_SPACES: Final = re.compile(r"(?<![\w.,])\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?(?![\w.,])")
# A character left as its HTML entity by a page exported twice, a feed or a converter (``&nbsp;``, ``&gt;``,
# ``&amp;``, ``&#8805;``): the character, a no-break space a space.
ENTITY: Final = re.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")
# The tags of a web page's markup left in a text: formatting, read as nothing, and blocks, read as a line break.
# An image or a media element shows no words: nothing too.
INLINE_TAGS: Final = frozenset(("a abbr audio b big em font i iframe img mark picture small source span strong sub "
                                "sup u video wbr").split())
BLOCK_TAGS: Final = frozenset(("article blockquote br caption div figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
                               "li ol p section table tbody td tfoot th thead tr ul").split())
ROW_TAGS: Final = frozenset(("table", "tbody", "thead", "tfoot", "tr"))
CELL_TAGS: Final = frozenset(("td", "th"))
_TAGS_ALONE: Final = re.compile(r"(?:[ \t]*</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]*)?/?>)+[ \t]*\n")  # a line of tags
_BLANKS_AND_TAGS: Final = re.compile(r"(?:\s|</?[A-Za-z][^<>]*>)*")
_TAG: Final = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,9})(?:\s[^<>]*)?/?>")
_TAGS_TO_LINE_END: Final = re.compile(r"(?:</?[A-Za-z][^<>]*>)*(?:\n|\Z)")  # tags only, to the line's end
_SOURCE_BREAK: Final = re.compile(r"(?<=[^\s>]) *\n *(?=[^\s<|])")  # a line break of a page's source between words
_RUN: Final = re.compile(r"(?<=\S) {2,}(?=\S)")  # between two words of a line, not its indent
GRID_CORNER: Final = "+---"  # a grid table's border: its rows' bars stand in columns
_LETTER: Final = re.compile(r"[^\W\d_]")  # a line of prose holds one; a rule of dashes under a table's header none
_BREAK: Final = re.compile(r"\n(?:[ \t]*\n)*")  # a line break, with the blank lines after it
KEYCAP: Final = "\u20e3"  # the keycap mark after a digit: "1️⃣"
_KEYCAP_ITEM: Final = re.compile(r"[ \t]*\d\Z")  # a keycap digit opening its line: an item's number
# A digit glued to a letter before it: the digit first (most digits stand after a space; a pattern opening
# with a letter tried every letter of the text, at two thirds of the spacing's time), an ASCII one (a
# category's lookup for each character costs a third more).
_GLUED: Final = re.compile(r"[0-9](?<=[^\W\d_][0-9])")
_WORD_END: Final = re.compile(r"[^\W\d_]{2,}\Z")

Edit = tuple[int, int, str]  # characters start:end of the text read as the words given

# A scan's text layer reads a digit as the letter it looks like: "l" for 1, "O" for 0. Standing between two digits, or
# between a digit and a group of three after its separator ("Số: 2l8/BC-UBND", "2O.000 liều"), or opening a group of
# three after its dot ("3.l20 con"), it is the digit: no word nor code is spelt so.
# The letter first: a pattern opening with a look behind is tried at every character of the text.
_LOOKALIKES: Final = re.compile(r"[lO](?:(?<=\d[lO])(?=\d|[.,]\d{3}(?!\d))|(?<=\d\.[lO])(?=\d\d(?!\d)))")
_AS_DIGITS: Final = str.maketrans("lO", "10")
# A group of three after a number's group separator that a scan read with lookalike letters in it, the letters maybe
# side by side ("trên 11.0OO tấn", "3.lOO con"): a group of digits; no word is spelt so after "<digit>.".
_LOOKALIKE_GROUP: Final = re.compile(r"\.(?<=\d\.)(?=[\dlO]{0,2}[lO])[\dlO]{3}(?![^\W_])")
# A space a scan's text layer put after a number's group separator ("trên 52. 000 con"): no sentence nor count opens
# with 000, so the dot parts the number's groups and the space is none.
_SPACED_GROUP: Final = re.compile(r"(?<=\d\.) (?=000(?!\d))")


def spaced(text: str) -> tuple[str, list[int] | None]:
    """The text the extractor reads, and where each of its characters (and its end) stands in
    ``text``, or None when it is ``text`` with some spaces read as spaces, one for one."""
    at: list[int] | None = None
    if any(c in text for c in _ODD):  # most texts hold none: one search per character at C speed
        gone = [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
        gone += [(m.start() + k, m.start() + k + 1, "") for m in _GROUPED_BY_NO_BREAK_SPACES.finditer(text)
                 for k, ch in enumerate(m.group()) if ch == "\u00a0"]  # "28 416,5": one number
        gone.sort()
        text = text.translate(_AS_SPACES)
        if gone:
            text, at = _edited(text, gone)
    if "<" in text and (tags := _tags(text)):
        text, inner = _edited(text, tags)
        at = inner if at is None else [at[i] for i in inner]
    if "&" in text and (entities := _entities(text)):
        text, inner = _edited(text, entities)
        at = inner if at is None else [at[i] for i in inner]
    drawn, letters = _misread_letters()
    if any(c in text for c in drawn):
        text = text.translate(letters)  # one for one: the offsets stand
    low = text.lower()
    if any(w in low for w in vocabulary().raw["ocr_unit_misreadings"]) and (units := _misread_units()).search(text):
        text = units.sub(_unit_read, text)  # one for one too (looked for only where a misread word stands)
    if (stops := vocabulary().raw["ocr_unit_misreadings_at_a_stop"]) and any(w in low for w in stops) \
            and (at_a_stop := _misread_units_at_a_stop()).search(text):
        text = at_a_stop.sub(_unit_read_at_a_stop, text)  # one for one
    if _LOOKALIKE_GROUP.search(text):
        text = _LOOKALIKE_GROUP.sub(lambda m: m[0].translate(_AS_DIGITS), text)  # one for one
    if _LOOKALIKES.search(text):
        text = _LOOKALIKES.sub(lambda m: m[0].translate(_AS_DIGITS), text)  # one for one
    edits = [*_runs(text), *_blank_lines(text), *_glued(text), *_keycaps(text), *_spaced_groups(text),
             *_cells_grouped_by_spaces(text)]
    if edits:
        edits.sort()
        text, inner = _edited(text, edits)
        at = inner if at is None else [at[i] for i in inner]
    return text, at


def _spaced_groups(text: str) -> list[Edit]:
    """The space after a number's group separator a scan put there, read as nothing (see ``_SPACED_GROUP``)."""
    if ". 000" not in text:
        return []  # the usual text
    return [(m.start(), m.end(), "") for m in _SPACED_GROUP.finditer(text)]


# A cell of a row parted by bars holding one number whose groups of three are parted by spaces, as a template set in
# another locale writes them with no-break spaces ("| 14 286,5 |", "| 126 748,2(1) |"): one number.
# The bar first: a pattern opening with a look-behind is tried at every character of the text.
_GROUPED_BY_SPACES: Final = re.compile(r"\| ([-−+]?\d{1,3}(?: \d{3})+(?:,\d+)?)(?=(?:\(\d{1,2}\))? *(?:\||$))", re.M)


def _cells_grouped_by_spaces(text: str) -> list[Edit]:
    """The spaces between a cell's groups of three, read as nothing (see ``_GROUPED_BY_SPACES``)."""
    if " | " not in text:
        return []  # the usual text: no row of cells
    return [(m.start(1) + k, m.start(1) + k + 1, "") for m in _GROUPED_BY_SPACES.finditer(text)
            for k, ch in enumerate(m.group(1)) if ch == " "]


@lru_cache(maxsize=1)
def _misread_letters() -> tuple[str, dict[int, str]]:
    """The letters a font or a scan misdraws, and the table reading each as its letter (``ocr_letter_misreadings``)."""
    misread = vocabulary().raw["ocr_letter_misreadings"]
    return "".join(misread), {ord(a): b for a, b in misread.items()}


@lru_cache(maxsize=1)
def _misread_units() -> re.Pattern[str]:
    """A unit word as a scan's text layer misreads it ("tỷ dồng": the stroke of its "đ" lost), after a digit or a
    scale word, where a reader reads the unit (no Vietnamese word is spelt so)."""
    v = vocabulary().raw
    scales = "|".join(re.escape(w) for w in sorted(v["scales"], key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(v["ocr_unit_misreadings"], key=len, reverse=True))
    return re.compile(rf"(?i)((?<!\w)(?:{scales})\s|\d\s?)({words})(?!\w)")


@lru_cache(maxsize=1)
def _misread_units_at_a_stop() -> re.Pattern[str]:
    """A unit word as a scan misreads it into a word of the language ("742 hạ;"), right after a number and before a
    stop or the line's end, where only a unit stands (``ocr_unit_misreadings_at_a_stop``)."""
    words = "|".join(re.escape(w) for w in sorted(vocabulary().raw["ocr_unit_misreadings_at_a_stop"], key=len,
                                                  reverse=True))
    return re.compile(rf"(?im)(\d\s?)({words})(?=[ \t]*(?:[,;.:)]|$))")


def _unit_read_at_a_stop(m: re.Match[str]) -> str:
    """The unit word a misread one before a stop stands for, in its case, letter for letter."""
    read = vocabulary().raw["ocr_unit_misreadings_at_a_stop"][m[2].lower()]
    return m[1] + "".join(r.upper() if w.isupper() else r for w, r in zip(m[2], read, strict=True))


def _unit_read(m: re.Match[str]) -> str:
    """The unit word a misread one stands for, in the case it was written in, letter for letter."""
    read = vocabulary().raw["ocr_unit_misreadings"][m[2].lower()]
    return m[1] + "".join(r.upper() if w.isupper() else r for w, r in zip(m[2], read, strict=True))


def placed(at: list[int], figures: list[Figure], spans: list[tuple[int, int]], excluded: list[Excluded] | None) -> None:
    """The figures' and left-out numbers' offsets, and the sentences' spans, moved from the text read to
    the text as written (``at`` from :func:`spaced`)."""
    for f in figures:
        f.start, f.end = at[f.start], at[f.end - 1] + 1
    for x in excluded or ():
        x.start, x.end = at[x.start], at[x.end - 1] + 1
    spans[:] = [(at[s], at[e - 1] + 1 if e > s else at[s]) for s, e in spans]


def _edited(text: str, edits: list[Edit]) -> tuple[str, list[int]]:
    """``text`` with the edits (in order, apart) made, and where each character of the result
    stands in ``text``: the characters of a word put in stand, in order, on those it replaced (a tag
    ``<td>`` read as " | "), the last ones on its last, or where they were put in."""
    parts: list[str] = []
    at: list[int] = []
    pos = 0
    for start, end, words in edits:
        parts.append(text[pos:start])
        at.extend(range(pos, start))
        parts.append(words)
        at.extend(min(start + k, max(start, end - 1)) for k in range(len(words)))
        pos = end
    parts.append(text[pos:])
    at.extend(range(pos, len(text) + 1))
    return "".join(parts), at


def _tags(text: str) -> list[Edit]:
    """Each tag of a web page's markup read as nothing, or as one line break where a block opens or closes
    (none where a line starts or ends already, across the tags beside it); a table's row as a line of cells
    parted by bars; a line break going on in lower case as a space (``…so với năm 2024;<br />kim ngạch …``)."""
    edits: list[Edit] = []
    line_start = True  # whether the text read up to the tag ends a line
    cells = 0  # the cells opened in the table's row being read
    gone = -1  # where a line of tags alone, read as no line, ends
    for m in _TAG.finditer(text):
        name = m[1].lower()
        if name not in INLINE_TAGS and name not in BLOCK_TAGS:
            continue
        if m.start() < gone:  # a tag of a line of tags alone: its row's or cell's count goes on
            cells = (cells + (not m[0].startswith("</"))) if name in CELL_TAGS else 0 if name in ROW_TAGS else cells
            continue
        if text[m.start() - 1:m.start()] in ("\n", "") and (alone := _TAGS_ALONE.match(text, m.start())) \
                and all(t[1].lower() in BLOCK_TAGS for t in _TAG.finditer(text, m.start(), alone.end())):
            edits.append((m.start(), alone.end(), ""))  # "<tr>" or "</table>" on a line of its own: no line
            gone = alone.end()
            cells = 0 if name in ROW_TAGS else cells
            line_start = True
            continue
        if not (edits and edits[-1][1] == m.start()):
            line_start = text[m.start() - 1:m.start()] in ("\n", "")
        if name in INLINE_TAGS or (name in CELL_TAGS and m[0].startswith("</")):
            edits.append((m.start(), m.end(), ""))
            continue
        if name in CELL_TAGS and cells:  # the next cell of the row: a bar, over the blank before it
            gap = edits[-1][1] if edits and not text[edits[-1][1]:m.start()].strip() else m.start()
            edits.append((gap, m.end(), SEPARATOR))
            cells += 1
            continue
        cells = 1 if name in CELL_TAGS else 0
        if _in_a_row(text, m.start()) and name not in ROW_TAGS and name not in CELL_TAGS:
            edits.append((m.start(), m.end(), " "))  # "| Tổng thu NSNN<br>trên địa bàn | …": a cell's lines
            line_start = False
            continue
        if name == "br" and _goes_on_in_lower_case(text, m.end()):
            edits.append((m.start(), m.end(), "" if text[m.start() - 1:m.start()].isspace() else " "))
            line_start = False
            continue
        line_end = _TAGS_TO_LINE_END.match(text, m.end()) is not None
        if name == "li" and not m[0].startswith("</") and not ITEM_MARK.match(text, m.end()):
            # "<li>Giải quyết việc làm …": a list's item, dashed as the web rendition writes it
            edits.append((m.start(), m.end(), ("" if line_start else "\n") + "- "))
            line_start = False
            continue
        edits.append((m.start(), m.end(), "" if line_start or line_end else "\n"))
        line_start = name not in CELL_TAGS
    if edits and any(e[2] for e in edits):
        edits = _source_breaks(text, edits)
    return edits


def _source_breaks(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` and, in a page's markup that breaks its lines with tags, each line break of the source between two
    words read as a space, as a browser shows it (``tổng sản\nphẩm`` in a paragraph's source wrapped at a width);
    a break beside a tag stays, as a line of its own may be a row or a paragraph."""
    spans = iter(edits)
    span = next(spans, None)
    out = list(edits)
    for m in _SOURCE_BREAK.finditer(text):
        while span is not None and span[1] <= m.start():
            span = next(spans, None)
        if span is None or not span[0] <= m.start() < span[1]:  # not inside a tag read already
            out.append((m.start(), m.end(), " "))
    out.sort()
    return out


def _goes_on_in_lower_case(text: str, at: int) -> bool:
    """The words after ``at``, past blanks and tags, go on in lower case."""
    after = _BLANKS_AND_TAGS.match(text, at)
    return after is not None and text[after.end():after.end() + 1].islower()


def _in_a_row(text: str, at: int) -> bool:
    """The line ``at`` stands on is a table's row of cells parted by bars or tabs."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = len(text) if end < 0 else end
    return text.find(SEPARATOR, start, end) >= 0 or text.find(TAB, start, end) >= 0


def entity_read(entity: str) -> str | None:
    """The character an HTML entity stands for as the extractor reads it ("&gt;": ">", "&nbsp;": " ",
    "&shy;": ""), or None where it names none or more than one."""
    char = html.unescape(entity)
    if char == entity or len(char) != 1:
        return None
    return "" if char in INVISIBLE else char.translate(_AS_SPACES)


def _entities(text: str) -> list[Edit]:
    """Each HTML entity read as its character."""
    return [(m.start(), m.end(), char) for m in ENTITY.finditer(text) if (char := entity_read(m[0])) is not None]


def _runs(text: str) -> list[Edit]:
    """Each run of spaces between two words of a line, read as one space, but where it parts cells or fills an
    empty cell between two bars."""
    if SPACED_GAP not in text:
        return []
    tables = spaced_tables(text)
    grid = GRID_CORNER in text
    starts = [s for s, _ in tables]
    edits = []
    line = (-1, -1, True)  # the line the last run stood on, and whether its runs part cells
    for m in _RUN.finditer(text):
        if not line[0] <= m.start() < line[1]:
            s = text.rfind("\n", 0, m.start()) + 1
            e = text.find("\n", m.end())
            e = len(text) if e < 0 else e
            words = text[s:e]
            k = bisect_right(starts, m.start()) - 1
            line = (s, e, _tabbed_row(words) or (grid and words.lstrip().startswith(("|", "+")))
                    or (k >= 0 and m.start() <= tables[k][1])
                    or (SEPARATOR not in words and len(COLUMN_GAP.findall(words)) >= COLUMN_GAPS))
        if not line[2] and not (text[m.start() - 1:m.start()] == "|" and text[m.end():m.end() + 1] == "|"):
            edits.append((m.start(), m.end(), " "))  # "|  |", an empty cell's, keeps its spaces
    return edits


def _glued(text: str) -> list[Edit]:
    """A space put between a word that stands before a number and the number glued to it."""
    openers = _number_openers()
    longest = max(map(len, openers))
    edits = []
    for at in (m.start() for m in _GLUED.finditer(text)):
        word = _WORD_END.search(text, max(0, at - longest - 1), at)
        if word and (word.start() == 0 or not text[word.start() - 1].isalnum()) and word[0].lower() in openers:
            edits.append((at, at, " "))
    return edits


def _keycaps(text: str) -> list[Edit]:
    """Each keycap mark after a digit read as an item number's full stop at a line's start, elsewhere as
    nothing."""
    if KEYCAP not in text:
        return []
    return [(at, at + 1, "." if _KEYCAP_ITEM.match(text, text.rfind("\n", 0, at) + 1, at) else "")
            for at in (m.start() for m in re.finditer(KEYCAP, text)) if at and text[at - 1].isdigit()]


@lru_cache(maxsize=1)
def _number_openers() -> frozenset[str]:
    """The words a number follows (the last word of each): the verbs before a number, change words,
    qualifiers and the words of a year or a month."""
    raw = vocabulary().raw
    lists = [raw["verbs"], raw["increase"], raw["decrease"], *raw["qualifiers"].values(),
             raw["periods"]["year"], raw["periods"]["month"]]
    return frozenset(w.split()[-1] for words in lists for w in words if w.split()[-1].isalpha())


def _tabbed_row(line: str) -> bool:
    """ "1\tTrồng rừng tập trung\tha\t3.000\t2.150": a row of cells parted by tabs, its runs of spaces kept as
    they stand; a heading or an item with one tab after its number or bullet ("I.\tKẾT QUẢ THỰC  HIỆN … 6 THÁNG
    ĐẦU NĂM 2025", "·\tDiện  tích lúa …") is prose, a run of spaces in it one space."""
    return line.count(TAB) >= MIN_CELLS - 1


def _blank_lines(text: str) -> list[Edit]:
    """In a text with a blank line after every paragraph, half the line breaks between two lines a
    table's cells or rows may be, or a sentence broken at a width goes on over: a table flattened one cell
    per line, laid out by spaces or in rows of cells parted by bars, and a paragraph broken into lines
    read as in a text without them. A blank line beside a paragraph, a list's item, a heading or a
    lead-in stays: it may end a section or a list."""
    if "\n\n" not in text and not re.search(r"\n[ \t]+\n", text):
        return []
    start = len(text) - len(text.lstrip())
    breaks = list(_BREAK.finditer(text, start, len(text.rstrip())))  # each between two lines of words
    if len(breaks) < BLANK_LINED_BREAKS or sum(m.end() - m.start() > 1 for m in breaks) < BLANK_LINED * len(breaks):
        return []
    edits = []
    for m in breaks:
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        after = text[m.end():text.find("\n", m.end()) % (len(text) + 1)]
        if (n := m.group().count("\n")) > 1 and (_cell(before) and _cell(after) or _goes_on(before, after)):
            edits.append((m.start(), _after_breaks(text, m.start(), n // 2), ""))
    return edits


def _goes_on(before: str, after: str) -> bool:
    """A sentence broken at a width goes on over the break: the line before stops mid-sentence and the line
    after opens in lower case (`… ước đạt 186,4` / `tỷ đồng, tăng …`), or with a number after a line of prose
    (`… quý III tăng` / `8,21%, quý IV …`), not with a list's item (`a) Về kinh tế:`, `2. Về xã hội`)."""
    before, after = before.rstrip(), after.lstrip()
    return bool(before) and before[-1] not in _SENTENCE_ENDS and not ITEM_MARK.match(after) \
        and (after[:1].islower() or after[:1].isdigit() and not _cell(before) and _LETTER.search(before) is not None)


def _cell(line: str) -> bool:
    """A line that may be a table's cell or row: a row of cells parted by bars or tabs, or a line short or
    parted in columns by spaces that is no list's item, numbered heading, heading in capitals, lead-in or
    sentence, or the line of dash groups under a header laid out by spaces."""
    if SEPARATOR in line or TAB in line or dash_groups(line, 0, len(line)):
        return True  # a row of cells parted by bars or tabs, a header's rule
    line = line.strip()
    return (len(line) <= FLAT_CELL_MAX or len(COLUMN_GAP.findall(line)) >= COLUMN_GAPS) \
        and not ITEM_MARK.match(line) and line[-1:] not in _SENTENCE_ENDS \
        and not (line.isupper() and len(line) > CAPITALS_CELL_MAX)


def _after_breaks(text: str, at: int, n: int) -> int:
    """Where the ``n``-th line break from ``at`` on (a line break there) ends, with the spaces after it."""
    for _ in range(n):
        at = text.index("\n", at) + 1
    while text[at] in " \t":
        at += 1
    return at


# "2 Năng suất …", "5 Theo kết quả …": a note at a page's foot, its number opening the line before a capital
NOTE_LINE: Final = re.compile(r"(?m)^(\d{1,2}) (?=[^\W\d_])")


def note_marker(number: str) -> re.Pattern[str]:
    """A footnote's marker ``number`` as a word processor's PDF sets it, glued to the word, number or ``%``
    before it, before a stop, a comma, a semicolon or a colon (``tấn2;``, ``tỷ đồng3,``, ``59,6%4.``);
    a metre's power (``km2``) is none."""
    return re.compile(rf"(?:(?<=[^\W\d_]{{2}})(?<!km|cm|dm|mm|hm)|(?<=%)){number}(?=[.,;:](?:\s|$))")


def unnoted(text: str) -> str:
    """``text`` with a word processor's footnote markers, printed to PDF, read as a reader reads them: a
    superscript digit the text layer glues to the word, number or ``%`` before it, before a stop or a comma
    (``47.595 tấn2;``, ``386,5 tỷ đồng3,``, ``đạt 59,6%4.``), is no digit of the text but a space, the same
    length, and so is the number opening its note at the page's foot (``2 Năng suất vụ Xuân …``), which no
    clause of the note is about. A digit is a marker only where a line opens with it and a capital below and
    it stands glued so nowhere else in the page or two before.

    >>> unnoted("sản lượng đạt 47.595 tấn2; tăng 5,1%3.\\n\\n2 Năm trước đạt 45.120 tấn.\\n3 So cùng kỳ.")
    'sản lượng đạt 47.595 tấn ; tăng 5,1% .\\n\\n  Năm trước đạt 45.120 tấn.\\n  So cùng kỳ.'
    """
    if "\n" not in text or NOTE_LINE.search(text) is None:
        return text  # the usual answer: no line opens with a number and a word
    out = list(text)
    for m in NOTE_LINE.finditer(text):
        if not text[m.end()].isupper():
            continue
        number = m.group(1)
        found = list(note_marker(number).finditer(text, max(0, m.start() - FOOTNOTE_REACH), m.start()))
        if len(found) == 1:
            out[found[0].start():found[0].end()] = out[m.start():m.end() - 1] = " " * len(number)
    return "".join(out)
