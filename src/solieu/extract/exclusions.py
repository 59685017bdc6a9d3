"""The not-a-figure rules: a named, ordered list of checks over one number.

Each check looks at one digit run ``text[s:e]`` and returns a :class:`Reason` if the number is not a
figure (a date, a document number, a label, a name, a list marker), :data:`KEEP` if
it is a figure whatever the later checks say, or None to let the next check decide.
To add a rule, write a check and put it where it belongs: a shape check in :data:`SHAPE_CHECKS`,
a word check in :func:`word_reason`'s chain. A shape check may declare with :func:`needs` the
characters it needs around the digits to answer at all: most numbers then skip it without a call
(a test checks that the declaration holds on every number of the gold and raw reports).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from solieu.extract.clauses import LIST_DASHES, comparative_gap
from solieu.extract.figure import Reason
from solieu.extract.nouns import counted
from solieu.extract.periods import MONTHS_IN_A_YEAR, cumulative_words
from solieu.extract.scopes import SOURCE_TAG, heading_numbering
from solieu.extract.vocabulary import DAY, NUM, Vocabulary, Words, alternation, vocabulary
from solieu.renditions.paragraphs import PAGE_DIGITS  # a page number on its own line: a year it is not

# How far around a number its words are read.
BEFORE_REACH: Final = 40
AFTER_REACH: Final = 30
UNIT_REACH: Final = 20
NAME_REACH: Final = 60

_DATE: Final = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?!\d)|(\d{1,2})/(\d{4})(?!\d)")
_DAY_MONTH: Final = re.compile(r"(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])(?!\d|[/,.]\d|\s*%)")
_PERCENT: Final = re.compile(r"\s?%")
_DOC_NUMBER: Final = re.compile(r"\d+/\d{4}/(?:[A-Z]|Đ)")  # "100/2019/NĐ-CP"
_GLUED_CODE: Final = re.compile(r"[-/]\s?(?:[A-Z]|Đ)|[A-Z]|Đ")  # "87-KH/TU", "06/NQ-HĐND", "4G"
_LIST_MARK: Final = re.compile(r"[.)]\s")
_ITEM_AFTER: Final = re.compile(r"[.)] +(?=[^\W\d_])")  # "2. GRDP", "3) Tỷ lệ": a capital follows
ITEM_DIGITS: Final = 2
LIST_INDENT: Final = 8  # "###### 1. …": the spaces a list number may stand after on its line
ITEM_HEAD_REACH: Final = 16  # "Kiến nghị 1.": from the line's start to the item's number
PER_ONES: Final = ("1", "10", "100", "1.000", "10.000", "100.000")  # "trên 10.000 dân"
ROUND_AREAS: Final = ("100", "1.000")  # "cho 1.000 m2": a round area in square metres a sum is per
_NEXT_DIGIT: Final = re.compile(r"[\d,;.]")
# "lúc 13 giờ 30." ends a sentence; "30.000" no minutes; "- 7h30: Chủ tịch …" opens a schedule's line with its
# colon, but "1:30:45" runs on to a third number
_MINUTES: Final = re.compile(r"[0-5]\d(?![\d/]|[.,:]\d)")
_HOURS: Final = re.compile(r"(?<![\d.,:/])(?:[01]?\d|2[0-3])$")
_RANGE_END: Final = re.compile(r"\s*[-–]\s*\d[\d.,]*")  # "1 - 1,5": the number a range runs to
PAGE_TITLE_WORDS: Final = 4  # a running title beside a page number: a few words and its year
PAGE_REACH: Final = 20_000  # a running title is met again within a few pages
_A_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
SLOGAN_REACH: Final = 25  # "“3 không”", "\"4 tại chỗ\"": a few words between quotes
_QUOTE_OPEN, _QUOTE_CLOSE = "\"“", "\"”"

KEEP: Final = Reason("figure", "a figure")

ShapeCheck = Callable[[Vocabulary, str, int, int], Reason | None]


@dataclass(frozen=True)
class Needs:
    """What a shape check needs around the digits to answer at all (any one of it): a
    character before or after them (``LETTER`` for any letter), a dot inside them, or four
    of them. A number that has none of it is not handed to the check."""

    before: str = ""
    after: str = ""
    dotted: bool = False
    four_digits: bool = False


LETTER: Final = "a"  # stands for any letter in a Needs' characters
_NEEDS: Final[dict[Callable[..., Reason | None], Needs]] = {}


def needs(before: str = "", after: str = "", dotted: bool = False,
          four_digits: bool = False) -> Callable[[ShapeCheck], ShapeCheck]:
    """Declare a shape check's :class:`Needs`; a check without one is handed every number."""
    def declare(check: ShapeCheck) -> ShapeCheck:
        _NEEDS[check] = Needs(before, after, dotted, four_digits)
        return check
    return declare


def _before(text: str, s: int) -> str:
    """Lowercased, up to the number, without a trailing " ." or space."""
    return text[max(0, s - BEFORE_REACH):s].lower().rstrip(" .")


def _after(text: str, e: int) -> str:
    """Lowercased, from the number on, without leading spaces."""
    return text[e:e + AFTER_REACH].lower().lstrip()


def unit_after(v: Vocabulary, text: str, e: int) -> bool:
    """A percent sign, scale word or unit (not "năm") right after ``e``."""
    right = text[e:e + UNIT_REACH].lower().lstrip()
    if v.not_scales.starting(right) or v.not_units.starting(right):
        return False  # "năm 2024 tỷ lệ …": a word, not the scale tỷ; "28/4 lần lượt": no unit lần
    return right.startswith("%") or bool(
        v.scale_words.starting(right) or v.unit_words_not_year.starting(right))


# ---------------------------------------------------------------------------- checks


_CODE_BEFORE_A_HYPHEN: Final = re.compile(r"(?<!\w)[^\W\d_]+\d+-$")  # "KM98-": a variety's code, its next part
CODE_REACH: Final = 16
_CHAINAGE: Final = re.compile(r"[^\W\d_]\d+\+$")  # "Km12+": a kilometre mark before the metres after it
CHAINAGE_REACH: Final = 8


@needs(before=LETTER + "-.+")
def glued_to_a_word(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "Covid-19", "QL6", "H2O", "KM98-1": digits inside a name; "Km12+500": a road's chainage, its metres too."""
    prev = text[s - 1] if s else " "
    if prev.isalpha() or (prev in "-." and s >= 2 and text[s - 2].isalpha()):
        return Reason("name", "digits glued to a word: part of a name or code")
    if prev == "-" and _CODE_BEFORE_A_HYPHEN.search(text, max(0, s - CODE_REACH), s):
        return Reason("name", "digits after a code of letters and digits and a hyphen: part of the code")
    if prev == "+" and _CHAINAGE.search(text, max(0, s - CHAINAGE_REACH), s):
        return Reason("name", "the metres of a chainage glued to its kilometre mark: part of a name")
    if prev in "+-" and _ZONE_SIGN.search(text, max(0, s - 4), s):
        return Reason("date", "a time zone's hours from UTC: part of a time stamp")  # "(GMT+7)"
    return None


_ZONE_SIGN: Final = re.compile(r"(?:GMT|UTC)[+-]\Z")


@needs(after=LETTER + "-/")
def code_after(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "87-KH/TU", "06/NQ-HĐND", "4G": capitals glued after the digits."""
    if _GLUED_CODE.match(text, e):
        if a_counters_scale(v, text, e):
            return None  # "👍 1,2K" on a post's line of counters: 1,2 thousand, no code
        return Reason("code", "capital letters follow the digits: a code or a document number")
    return None


@needs(after="/", dotted=True)
def calendar_date(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "11/3/2022", "03/2024", "11.3.2022" (one digit run with its dots)."""
    if (e >= len(text) or text[e] != "/") and "." not in text[s:e]:
        return None
    if (date := _DATE.match(text, s)) and not _PERCENT.match(text, date.end()):
        d, mth, y, mm, yy = date.groups()
        if d and 1 <= int(d) <= 31 and 1 <= int(mth) <= 12:
            return Reason("date", "a calendar date")
        if mm and 1 <= int(mm) <= 12 and 1900 <= int(yy) <= 2100:
            return Reason("date", "a month and year")
    return None


@needs(after="/")
def day_and_month(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "15/8": a count is never more than its total, so a larger first part is a day."""
    if e >= len(text) or text[e] != "/":
        return None
    if (day := _DAY_MONTH.match(text, s)) and int(day.group(1)) > int(day.group(2)):
        return Reason("date", "a day and month")
    return None


@needs(after=" -–")
def a_range_of_days(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "(16-23/10/2017)", "từ 4 - 6/7": a day, a dash and a later day of a month, the days a thing runs over, a
    date."""
    dash = text[e:e + 2]
    if "-" not in dash and "–" not in dash:
        return None  # the usual number: no dash right after it, one slice
    if (m := DAY_RANGE.match(text, s)) and int(m.group(1)) < int(m.group(2)) <= 31 and 1 <= int(m.group(3)) <= 12:
        return Reason("date", "the days of a month a thing runs over")
    return None


# "16-23/10/2017": a first day, a dash, the last day with its month (and year)
DAY_RANGE: Final = re.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})/(\d{1,2})(?:/(?:19|20)\d\d)?(?![\d/])")


@needs(four_digits=True)
def a_year(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """A bare 4-digit year with no unit after it."""
    if e - s != 4:
        return None
    lo, hi = v.year_range
    token = text[s:e]
    if token.isdigit() and lo <= int(token) <= hi and not unit_after(v, text, e):
        return Reason("date", "a year naming a time")
    return None


@needs(before="([")
def bracketed_number(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "(1)", "[3]": a list number or a footnote."""
    if s and e < len(text) and text[s - 1] + text[e] in ("()", "[]"):
        return Reason("list_number", "a number alone in brackets: a list number or footnote")
    return None


def a_spreadsheet_error(text: str, s: int, e: int) -> Reason | None:
    """ "#DIV/0!" in a table pasted from a spreadsheet: the error a formula shows where it divides by an empty
    cell, no number."""
    if s >= len(_DIV_ERROR_HEAD) and text.startswith(_DIV_ERROR_HEAD, s - len(_DIV_ERROR_HEAD)) \
            and text[s:e] == "0" and text.startswith("!", e):
        return Reason("label", "a spreadsheet's error where a formula divides by an empty cell (#DIV/0!)")
    return None


_DIV_ERROR_HEAD: Final = "#DIV/"


def a_marker_glued_to_a_number(text: str, s: int, e: int) -> Reason | None:
    """ "398,4(1)" in a cell: one or two digits in brackets glued to the number before them, a superscript note
    marker a page's rendition sets inline, not a figure."""
    if e - s <= 2 and s >= 2 and text[s - 1] == "(" and text[s - 2].isdigit() and text.startswith(")", e):
        return Reason("footnote", "a note's marker in brackets glued to the number before it")
    return None


@needs(before="%‰")
def a_marker_after_a_percent(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "đạt 101,6 %1 kế hoạch", "98,6 %3.": one or two digits glued to a percent sign, a note's marker typed in
    superscript that the text sets on its line; no figure follows a percent so."""
    if s and text[s - 1] in "%‰" and e - s <= 2 and not text[e:e + 1].isdigit() and text[e:e + 2] not in _DECIMALS:
        return Reason("footnote", "a note's marker glued to a percent sign")
    return None


_DECIMALS: Final = frozenset(f"{mark}{d}" for mark in ",." for d in "0123456789")


@needs(before="^")
def a_markdown_footnote(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "đạt 92,4%[^1] kế hoạch", "[^1]: Số liệu …": a Markdown footnote's marker, after a figure and at the
    head of its note."""
    if text.startswith("[^", s - 2) and text.startswith("]", e):
        return Reason("footnote", "a Markdown footnote's marker")
    return None


@needs(after=".)")
def line_list_number(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "1." or "2)" at the start of a line, maybe after spaces (a Markdown heading's marks read as
    spaces: "### 2. Xã hội", "**1. Kinh tế**")."""
    lo = max(0, s - LIST_INDENT)
    nl = text.rfind("\n", lo, s)
    if (nl >= 0 or lo == 0) and text[nl + 1:s].strip(" ") in ("", "-") and _LIST_MARK.match(text, e):
        return Reason("list_number", "a list number at the start of a line")
    return None


FOOTNOTE_REACH: Final = 6_000  # a page's foot stands within a page or two of its marker


@needs(before="\n")
def a_footnotes_marker(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "… được giao2 là 312,6 tỷ đồng …" then, at the page's foot, "2 Gồm vốn ngân sách tỉnh …": a PDF's
    text layer sets a superscript marker as a digit glued to its word, and its note opens a line with the
    same digit; that digit is the note's marker, not a count. The marker must stand glued to a word in the
    page or two before (a line opening "2 Trường …" without one is read as written)."""
    if e - s > 2 or text[s - 1:s] != "\n" or text[e:e + 1] != " " or not text[e + 1:e + 2].isupper():
        return None
    marker = re.compile(rf"(?<=[^\W\d_]{{2}}){text[s:e]}(?![\w.,/])")
    if marker.search(text, max(0, s - FOOTNOTE_REACH), s - 1):
        return Reason("footnote", "a footnote's marker opening its note, glued to a word above")
    return None


@needs(after=".)")
def item_heading_number(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "Kiến nghị 1. Cử tri …", "Câu 3. …": a word of an item opening its line, then the number
    and a full stop: the item's number, as "Điều 1." numbers an article."""
    lo = max(0, s - ITEM_HEAD_REACH)
    nl = text.rfind("\n", lo, s)
    if nl < 0 and lo > 0 or not _LIST_MARK.match(text, e):
        return None  # the usual number: no line opens just before it
    line = text[nl + 1:s].strip(" -").lower()
    if line and v.item_heads.starting(line) == line:
        return Reason("list_number", f"an item's number after {line!r} opening its line")
    return None


@needs(after=".)")
def inline_item_number(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "… 8,5 - 9%. 2. GRDP bình quân …", "kinh tế: 1. Tốc độ …": an item number inside a
    paragraph, after a full stop, colon or semicolon and before a capitalised item."""
    if e - s > ITEM_DIGITS or not text[s:e].isdigit() or not (m := _ITEM_AFTER.match(text, e)) \
            or not text[m.end()].isupper():
        return None
    before = text[max(0, s - 3):s].rstrip(" ")
    # "1.2. Tên mục" is a sub-heading's number; "… năm 2024. 5. Tổng thu …" a new item.
    if before[-1:] in ".:;" and not (text[s - 1] == "." and len(before) >= 2 and before[-2].isdigit()):
        return Reason("list_number", "an item number inside a paragraph")
    return None


def a_page_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "86 | Niên giám Thống kê tỉnh Ninh Thuận 2024": a page number alone on one side of a page line,
    a running title naming its year on the other, as a PDF converter leaves them."""
    if not (after.startswith("| ") or before.endswith("|")) or not text[s:e].isdigit():
        return None
    start, end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    line = text[start:len(text) if end < 0 else end].strip()
    if line.count(" | ") != 1:
        return None
    left, _, right = line.partition(" | ")
    title = right if left == text[s:e] else left if right == text[s:e] else ""
    if len(title.split()) < PAGE_TITLE_WORDS or not _A_YEAR.search(title) \
            or _DIGIT_AHEAD.search(_A_YEAR.sub("", title)):
        return None  # a title names its year and no other number
    return Reason("label", "a page number beside a running title")


def a_page_number_on_its_line(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "2" alone on its line beside a running title that stands again beside another page's
    number ("Báo cáo số 512/BC-UBND - Tình hình kinh tế - xã hội năm 2025 …"): a page number of
    a PDF's text copied out without its layout."""
    if e - s > PAGE_DIGITS or text[e:e + 1] != "\n" or s and text[s - 1] != "\n" or not text[s:e].isdigit():
        return None
    above = text.rfind("\n", 0, max(0, s - 1)) + 1
    below = len(text) if (below := text.find("\n", e + 1)) < 0 else below
    for title in (text[above:max(above, s - 1)].strip(), text[e + 1:below].strip()):
        if len(title.split()) < PAGE_TITLE_WORDS or " | " in title:
            continue
        at = text.find(title, max(0, s - PAGE_REACH))
        while 0 <= at < s + PAGE_REACH:
            if not above <= at <= below and _page_number_beside(text, at, at + len(title)):
                return Reason("label", "a page number beside a running title")
            at = text.find(title, at + len(title))
    return None


_DRAWING_MARKS: Final = "|\\~`^"  # the strokes a scan reads a stamp's or a seal's drawn outline as
DRAWING_MARKS_LEAST: Final = 2


def a_digit_in_a_drawing(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "/|/7~" beside a signature: a digit among the strokes a scan's text layer reads a stamp's or a seal's outline
    as, in a run of characters with no letter, no other number and two strokes at least that no number is written
    with (a bar, a backslash, a tilde after it, a backquote, a caret): a mark of the drawing, a label. A number
    with one such mark ("~7", "7|") is read as written."""
    if not (text[s - 1:s] in _DRAWING_MARKS + "/" or text[e:e + 1] in _DRAWING_MARKS + "/") or not text[e:e + 1]:
        return None  # the usual number: no stroke beside it
    start = max(text.rfind(" ", 0, s), text.rfind("\n", 0, s)) + 1
    end = min(x for x in (text.find(" ", e), text.find("\n", e), len(text)) if x >= 0)
    run = text[start:s] + text[e:end]
    if any(c.isalnum() for c in run) or sum(run.count(m) for m in _DRAWING_MARKS) < DRAWING_MARKS_LEAST:
        return None
    return Reason("label", "a digit among a drawn stamp's strokes as a scan reads them")


# The marks a scan's text layer reads a round stamp's lettering and outline as, beside a signature ("~'ỦY B4N .:\ NH/\N
# {`' Xf. 1 ,NAM T1 Ê|N ;'", "«/‹¬~ ./ 7i ~~"); no sentence nor table holds three of them. A backslash before a
# punctuation mark is a Markdown escape, none of them.
_STAMP_MARKS: Final = re.compile(r"[~`^«‹¬{}]|\\(?![!-/:-@\[-`{-~])")
STAMP_MARKS_LEAST: Final = 3
STAMP_LINE_MAX: Final = 80  # a stamp's line as a scan reads it is short


def a_digit_on_a_stamps_line(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "~'ỦY B4N .:\\ NH/\\N {`' Xf. 1 ,NAM T1 Ê|N ;'": a digit on a short line a scan's text layer read a round
    stamp's lettering and outline into, three marks at least that no sentence nor table holds (a tilde, a backquote,
    a caret, a brace, a backslash, "«", "‹", "¬"): a mark of the drawing, a label, glued to a letter or not. A line
    with one or two ("~5%", "từ 5 ~ 7 ngày") is read as written."""
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e) % (len(text) + 1)
    if end - start > STAMP_LINE_MAX or text.find(" | ", start, end) >= 0:
        return None
    if len(_STAMP_MARKS.findall(text, start, end)) < STAMP_MARKS_LEAST:
        return None  # the usual line: none
    return Reason("label", "a digit on a line a scan read a stamp's lettering and outline into")


CENTRED_INDENT: Final = 20  # a line indented so far holds a centred page number, not a table's cell


def a_centred_page_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "                                   2" between a paragraph's closing sentence and the next heading: a number
    of a few digits alone on its line, indented as a page centres it (a scan's or a PDF's text kept in its layout),
    after a line that ends a sentence: the page's number, a label. A table's cell alone on its line stands
    under its column, and a line of prose goes on in the next."""
    if e - s > PAGE_DIGITS or text[e:e + 1] not in ("\n", "") or not text[s:e].isdigit():
        return None
    start = text.rfind("\n", 0, s) + 1
    if s - start < CENTRED_INDENT or text[start:s].strip(" "):
        return None  # the usual number: words before it on its line, or a short indent
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)].rstrip()
    if above[-1:] not in (".", ";", ":") or "  " in above.strip():
        return None  # a sentence going on, or a row of a table laid out by spaces above
    return Reason("label", "a page number alone on its line, centred")


PAGE_PROSE: Final = 60  # a line of prose between two pages' numbers: a page's text, not a table's column of cells
# A number of a few digits alone as a paragraph of its own: a blank line (or the text's edge) before and after it.
_LONE_NUMBER: Final = re.compile(rf"(?:\A|\n[ \t]*\n)[ \t]*(\d{{1,{PAGE_DIGITS}}})[ \t]*(?=\n[ \t]*\n|\Z)")


@lru_cache(maxsize=4)  # asked for each short number of one text in turn
def _lone_numbers(text: str) -> tuple[tuple[int, int], ...]:
    """Where each number alone as a paragraph of its own stands in ``text``, and its value."""
    return tuple((m.start(1), int(m.group(1))) for m in _LONE_NUMBER.finditer(text))


def a_page_number_in_a_run(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "… 0,37 điểm phần trăm.\n\n2\n\nBảng 1. …", then "3", then "4" further on: numbers of a few digits
    each alone as a paragraph of its own, rising by one through a text copied from a PDF, a page's text (a line
    of prose) between each and the next: the pages' numbers, labels. A flattened table's cells have no blank line
    between them, and a column of whole numbers spaced out by blank lines has no prose between its cells."""
    if e - s > PAGE_DIGITS or text[e:e + 1] not in ("\n", "") or not text[s:e].isdigit() \
            or text[text.rfind("\n", 0, s) + 1:s].strip(" \t"):
        return None  # the usual number: words beside it on its line
    lone = _lone_numbers(text)
    at = next((n for n, (x, _) in enumerate(lone) if x == s), None)
    if at is None:
        return None
    value = lone[at][1]
    for k, step in ((at - 1, -1), (at + 1, 1)):
        if 0 <= k < len(lone) and lone[k][1] == value + step:
            a, b = sorted((s, lone[k][0]))
            if any(len(line.strip()) >= PAGE_PROSE for line in text[a:b].split("\n")):
                return Reason("label", "a page number: numbers alone as paragraphs, rising by one through the text")
    return None


@cache
def _years_then_their_span() -> re.Pattern[str]:
    """ " năm giai đoạn 2021 - 2025", " năm 2021-2025": after a number, the year word, maybe a span word, then a
    span of years; the span's first and last year its groups."""
    p = vocabulary().raw["periods"]
    return re.compile(rf"\s+(?:{alternation(p['year'])})\s+(?:(?:{alternation(p['span'])})\s+)?"
                      r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def years_naming_their_span(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025", "kế hoạch đầu tư công trung hạn 5 năm
    2021-2025": a count of years right before the span of years it counts names the span (the plan's), a label,
    as "Kế hoạch 5 năm 2021 - 2025" is; the span is its period."""
    if e - s > 2 or not text[s:e].isdigit() or not (m := _years_then_their_span().match(text, e)):
        return None  # the usual number: no year word and span after it
    if int(m.group(2)) - int(m.group(1)) + 1 != int(text[s:e]):
        return None
    return Reason("label", "a count of years naming the span of years after it")


DISTRIBUTION_REACH: Final = 400  # from a recipient's line back to the line opening the list of recipients
SIGNATURE_LINE: Final = 40  # a line among the recipients that is none: the signature's title or name beside them


def a_number_in_a_recipient(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Nơi nhận:\n- Sở Tài chính;\n- UBND 22 xã, thị trấn;", or the list on one line as a borderless table's cell
    gives it ("Nơi nhận: - Chính phủ; - HĐND, UBND 7 huyện, thành phố; - Lưu: VT. | CHỦ TỊCH"): a number in a
    recipient's name says who receives a copy, not what the document states, a label. Between the list's opening
    line and the number's, every line is a dashed item or a short line of the signature set beside them; a
    dashed line of tasks under a heading ("- Xây dựng 12 chòi canh") is no such list."""
    if not text[s:e].isdigit():
        return None
    start = text.rfind("\n", 0, s) + 1
    line = text[start:s].lstrip()
    dashed = line.startswith(LIST_DASHES)
    if not dashed and "- " not in line:
        return None  # the usual number: not in a dashed item
    window = text[max(0, start - DISTRIBUTION_REACH):s].lower()
    at = max(window.rfind(w) for w in v.distribution_heads.words)
    if at < 0 or at and window[at - 1] != "\n":
        return None
    lines = window[at:].split("\n")
    if len(lines) == 1:  # the list on the opening line: the number in an item of it, no cell of the signature's
        item = max(line.rfind("; - "), line.rfind(": - "))
        if item < 0 or "|" in line[item:]:
            return None
    elif not dashed or any(ln.strip() and not ln.lstrip().startswith(LIST_DASHES) and len(ln.strip()) > SIGNATURE_LINE
                           for ln in lines[1:-1]):
        return None
    return Reason("label", f"in a recipient's name under {v.distribution_heads.starting(window[at:])!r}")


def _page_number_beside(text: str, start: int, end: int) -> bool:
    """The line right above or below ``text[start:end]`` is a number of a few digits alone."""
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)].strip()
    below = text[end + 1:len(text) if (n := text.find("\n", end + 1)) < 0 else n].strip()
    return any(line.isdigit() and len(line) <= PAGE_DIGITS for line in (above, below))


SLIDE_REACH: Final = 4000  # a slide's block is at most this long: its mark stands within it above its foot


@cache
def _slide_mark_line() -> re.Pattern[str]:
    """A line of a slide mark and its number alone ("Slide 4"), the number its group."""
    return re.compile(rf"^[ \t]*(?:{alternation(vocabulary().slide_marks.words)})[ \t]+(\d+)[ \t]*$", re.I | re.M)


def a_slide_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Slide 4" alone on its line, opening a slide's block in a slide deck's text export, and "4" alone on the
    block's last line (the next slide's mark or the text's end after it, past blank lines), the slide's foot: the
    slide's number, a label, like a page's. A number alone at a block's foot that no slide mark of the same number
    opens is read as written (a call-out's bare number)."""
    if e - s > PAGE_DIGITS or not text[s:e].isdigit() or text[e:e + 1] not in ("\n", ""):
        return None
    start = text.rfind("\n", 0, s) + 1
    head = text[start:s].strip().lower()
    if head:
        return Reason("label", f"{head!r} and its number: a slide's number") if v.slide_marks.is_one(head) else None
    rest = text[e:].lstrip()
    if rest and not _slide_mark_line().match(rest[:rest.find("\n") % (len(rest) + 1)]):
        return None  # not the block's last line
    marks = list(_slide_mark_line().finditer(text, max(0, s - SLIDE_REACH), start))
    if marks and marks[-1].group(1) == text[s:e]:
        return Reason("label", f"alone at the foot of {marks[-1].group().strip()!r}: the slide's number")
    return None


@cache
def _base_year_set() -> re.Pattern[str]:
    """ "(năm 2020 = 100": a bracket opening with a year, before an index's "= 100"."""
    return re.compile(rf"\(\s*(?:{alternation(vocabulary().raw['periods']['year'])})\s+(?:19|20)\d\d$", re.I)


def an_index_base(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Chỉ số phát triển (Năm trước = 100)": the level an index sets the year before to, a unit; so is a
    base year's in brackets ("so với năm 2020 (năm 2020 = 100) đạt 120,5%")."""
    if not before.endswith("=") or text[s:e] != "100" or not after.startswith(")"):
        return None
    if word := v.tables.index_base.ending(before[:-1].rstrip()):
        return Reason("unit", f"{word!r} = 100: the level an index is on")
    if m := _base_year_set().search(before[:-1].rstrip()):
        return Reason("unit", f"{m.group()!r} = 100: the base year an index is on")
    return None


def per_one(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "bình quân trên 1 ha đất", "Số giường bệnh trên 10.000 dân đạt 36 giường": per one
    unit or per a round number of people, the label of a rate whose value follows."""
    token = text[s:e]
    if token == "1" and (word := v.per_one_average.ending(before)) and _value_follows(text, e) \
            and not _RANGE_ON.match(text, e):  # "bình quân 1-1,5%/năm", "bình quân 1 - 1,5%/năm": a range
        return Reason("label", f"{word!r} 1 …: one of what a rate's value is per")
    if token in PER_ONES and (word := v.per_one_average.ending(before)) and _per_group_having().match(text, e):
        # "bình quân 100 hộ có 148,6 xe máy": the group the values after it are per, the unit's
        return Reason("unit", f"{word!r} {token} …: the group a rate's values are per")
    if (token == "1" and v.per_one_areas.starting(after)
            or token in ROUND_AREAS and v.per_round_areas.starting(after)) \
            and (word := v.per_one_sums.found(_subject_before(text, s))) and _value_follows(text, e):
        # "Chi phí đầu tư trồng mới 1 ha cam khoảng 250 - 300 triệu đồng", "chi phí … cho 1.000 m2 khoảng 350 triệu
        # đồng": the area a cost or an income is per
        return Reason("unit", f"{token} {after.split()[0]} in the subject of {word!r}: the area a sum is per")
    if token not in PER_ONES or not (word := v.per_one.ending(before)):
        return None
    scaled = v.scale_words.starting(after)  # "trên 1 vạn dân": per ten thousand people
    rest = after[len(scaled):].lstrip() if scaled else after
    if not (v.unit_words.starting(rest) or v.per_pattern.match("/" + rest) or v.per_populations.starting(rest)):
        return None
    if token != "1" or scaled:  # "trên 10.000 người" may be "over 10,000 people": only before its value
        if not _verb_before_value(v, text, e):
            return None
    return Reason("label", f"{word!r} {token} …: the label of a rate")


def per_population_after_its_count(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Đạt 45 bác sĩ và 38 giường bệnh trên 1 vạn dân": "trên", a round number and people right after a
    count: the population the counts before it are per, the rate's unit. Not "cho 1.000 người dân" (given to
    them), nor one with no count before ("trên 10.000 người dân tham gia": over so many)."""
    token = text[s:e]
    if token not in PER_ONES or not (word := v.per_one.ending(before)) or word == "cho":
        return None
    scaled = v.scale_words.starting(after)
    rest = after[len(scaled):].lstrip() if scaled else after
    if not (people := v.per_populations.starting(rest)) or rest[len(people):len(people) + 1].isalnum():
        return None
    if not _COUNT_BEFORE_VERB.search(before[:-len(word)].rstrip()):
        return None
    return Reason("unit", f"a count {word!r} {token} {people!r}: the population a rate is per")


def a_units_scale(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "ĐVT: 1.000 đồng", "Đơn vị tính: 1.000.000 đồng": a power of ten on a unit line scales the
    unit, as "nghìn" does."""
    token = text[s:e]
    if token[:1] != "1" or token[1:].strip("0.") or not before.endswith(":"):
        return None
    head = before[:-1].rpartition("\n")[2].strip()  # the line's words before the colon
    if not v.tables.unit_line.is_one(head) or not v.unit_words.starting(after):
        return None
    word = head
    return Reason("unit", f"{word!r}: {token} …: the scale of a unit line")


_ASIDE: Final = re.compile(r"\([^()\d]{0,60}\)")  # "(không tính trạm y tế xã)": a bracket with no number


def _verb_before_value(v: Vocabulary, text: str, e: int) -> bool:
    """A verb, then maybe a qualifier, right before the next number, within reach, or a qualifier ending with its
    verb ("trên 1 vạn dân (ước đạt 9,7 bác sĩ, …)"); a bracketed aside between does not count ("trên 1 vạn dân
    (không tính trạm y tế xã) đạt 34,8 giường", "trên 1 vạn dân đạt trên 35 giường")."""
    window = text[e:e + AFTER_REACH * 3]
    if "(" in window:
        window = _ASIDE.sub(" ", window)
    m = _NEXT_DIGIT.search(window, 0, AFTER_REACH)
    if not m:
        return False
    words = window[:m.start()].lower().rstrip()
    return bool(v.verbs.ending(words) or v.verbs.ending(v.any_qualifier.stripped(words, " ")))


def odds_of_one(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "1 chọi 8,4": a competition ratio, so many candidates for one place; the 1 is its unit."""
    if text[s:e] != "1":  # cheapest first
        return None
    if (word := v.odds.starting(after)) and after[len(word):].lstrip()[:1].isdigit():
        return Reason("unit", f"1 {word!r} …: the one place a competition ratio is per")
    if (word := v.odds_verbs.ending(before)) and _COUNT_BEFORE_VERB.search(before[:-len(word)].rstrip()):
        # "bình quân 14,6 thí sinh cạnh tranh 1 chỉ tiêu": so many candidates for one place
        return Reason("unit", f"a count {word!r} 1 …: the one place a competition ratio is per")
    return None


def a_unit_defined(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "12 công ruộng (1 công bằng 1.000 m2)": a 1 opening a bracket, then a unit's word or two and a word of
    equality before a number, is the local unit the bracket defines, not a figure."""
    if text[s:e] != "1" or not before.endswith("(") or not (m := unit_definition().match(after)) \
            or not after[m.end():m.end() + 1].isdigit():
        return None  # the usual answer
    return Reason("unit", "a 1 opening a bracket that defines a unit by another: the unit")


@cache
def unit_definition() -> re.Pattern[str]:
    """A unit's word or two and a word of equality, lowercased, before the number it equals: "công bằng " of "(1
    công bằng 1.000 m2)"."""
    return re.compile(rf"[^\W\d_]+(?: [^\W\d_]+)? (?:{vocabulary().unit_definitions.pattern}) ?")


_COUNT_BEFORE_VERB: Final = re.compile(r"\d(?:[.,]\d+)*\s+(?:[^\W\d_]+\s+){1,3}[^\W\d_]+$")  # "14,6 thí sinh"


_CLAUSE_END: Final = re.compile(r"[,;:.()]\s|[;:()]|\n")
_ITEM_MARKS: Final = " -+•*0123456789.()"  # a list item's dash or number before its words ("1. Tổng …", "(3) Tổng …")


_RANGE_DASHES: Final = ("-", "–")
_RANGE_ON: Final = re.compile(r"\s?[-–]\s?\d")  # "1-1,5", "1 - 1,5": a range's dash and its upper bound


@cache
def _per_group_having() -> re.Pattern[str]:
    """A noun of one or two words, its having word and a number: "100 hộ có 148,6 xe máy"."""
    return re.compile(rf"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:{alternation(vocabulary().group_having.words)})\s+\d")


def _class_with_unit(v: Vocabulary, before: str) -> str | None:
    """The word naming a class by its measure that ends ``before``, not after a plural ("rau các loại 1.340 ha"
    is the area of all kinds)."""
    if (label := v.labels_with_units.ending(before)) is None:
        return None
    return None if before[:-len(label)].rstrip().rpartition(" ")[2] in v.raw["group_plural"] else label


def _clause_before(before: str) -> str:
    """The words of ``before`` (lowercased) since its clause opened."""
    return before[max(before.rfind(mark) for mark in ",;:.()\n") + 1:]


SUBJECT_REACH: Final = 100  # "chi phí đầu tư nhà kính, hệ thống tưới nhỏ giọt và cây giống cho ": a sum's subject


def _subject_before(text: str, s: int) -> str:
    """The words of the sentence before ``s`` (lowercased, within reach), its subject's list commas included."""
    lo = max(0, s - SUBJECT_REACH)
    stop = max(text.rfind(". ", lo, s), text.rfind("\n", lo, s), text.rfind(";", lo, s))
    return text[max(lo, stop + 1):s].lower()


def _value_follows(text: str, e: int) -> bool:
    """Another number follows in the same clause, within reach: "bình quân 1 cộng tác viên phụ
    trách khoảng 140 hộ"."""
    m = _DIGIT_AHEAD.search(text, e, e + AFTER_REACH * 2)
    return m is not None and not _CLAUSE_END.search(text, e, m.start())


_DIGIT_AHEAD: Final = re.compile(r"\d")
_ENDS_WITH_NUMBER: Final = re.compile(r"\d\s*$")


@needs(before="/")
def ratio_base(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "111,8 bé trai/100 bé gái", "lượt/1.000 dân": a round number after a noun and a slash is
    what the figure before is per, not a figure ("52 sản phẩm/11 đơn vị" pairs two counts); so is one
    right after a rate's number ("0,52/100.000 lao động", see ``per_round_base``)."""
    if s >= 2 and text[s - 1] == "/" and text[s - 2].isalpha() and text[s:e] in PER_ONES \
            and not unit_after(v, text, e) and counted(text, e)[0]:
        return Reason("unit", "after a noun and '/': what the figure before is per")
    if s >= 2 and text[s - 1] == "/" and text[s - 2].isdigit() and text[s:e] in RATE_BASES:
        n = s - 1
        while n and (text[n - 1].isdigit() or text[n - 1] in ",."):
            n -= 1
        if per_round_base(v, text, text[n:s - 1], s, e):
            return Reason("unit", "after a rate's number and '/': the round number it is per")
    return None


RATE_BASES: Final = ("100", "1.000", "10.000", "100.000")  # "0,52/100.000 lao động"


def per_round_base(v: Vocabulary, text: str, numerator: str, s: int, e: int) -> bool:
    """ "0,52/100.000 lao động", "12,5/100.000 dân", "3,4/1.000 trẻ": a number over a round base
    ``text[s:e]`` the noun after it is counted in is a rate per that many of them (as "bé trai/100 bé
    gái"), not a fraction of two counts; over 100 only a decimal reads so ("95/100 hộ" is a part of
    the whole)."""
    if text[s:e] not in RATE_BASES or text[s:e] == "100" and "," not in numerator:
        return False
    return not unit_after(v, text, e) and counted(text, e)[0] is not None


@needs(after="/")
def document_number(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "100/2019/NĐ-CP"."""
    if e >= len(text) or text[e] != "/":
        return None
    if _DOC_NUMBER.match(text, s):
        return Reason("doc_number", "a document number")
    return None


WIND_LINE_REACH: Final = 400  # how far back on its line a Beaufort level's wind or storm is read


def a_winds_level(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "tại đảo Lý Sơn có gió mạnh cấp 7, giật cấp 9", "Cường độ giảm xuống cấp 8" on a storm's line, "bão
    đã mạnh thêm 1 cấp": a wind's Beaufort level or its change, the storm's measure, a figure; a level bounding
    the zone or radius it defines ("bán kính gió mạnh từ cấp 6 trở lên") is left to the label check."""
    if not (v.wind_levels.ending(before)
            or (v.wind_levels.starting(after) and v.level_changes.ending(before))) or not text[s:e].isdigit():
        return None
    if (end := _RANGE_END.match(text, e)) is None:
        end_after = after
    else:
        end_after = text[end.end():end.end() + AFTER_REACH].lower().lstrip()
    if v.level_bounds.starting(end_after):
        return None  # "từ cấp 6 trở lên": the zone's bound
    return KEEP if on_a_winds_line(v, text, s) else None


def on_a_winds_line(v: Vocabulary, text: str, s: int) -> bool:
    """The line before ``s`` speaks of wind or a storm ("- Đến 10 giờ ngày 27/9: vị trí tâm bão … Cường độ giảm
    xuống cấp 8"), within ``WIND_LINE_REACH``."""
    return v.wind_words.within(text[max(text.rfind("\n", 0, s) + 1, s - WIND_LINE_REACH):s].lower())


COUNTER_LINE_REACH: Final = 160  # a line of a post's counters is short: a longer one is prose


@cache
def _counters_only() -> re.Pattern[str]:
    """A line made of counters only, lowercased: numbers, each maybe with a counter's scale ("1,2k") and a
    counter word after it ("86 bình luận"), between emoji, signs and spaces."""
    v = vocabulary()
    item = rf"{NUM}(?:\s?(?:{v.counter_scale_words.pattern}))?(?!\w)(?:\s*(?:{v.post_counters.pattern})(?!\w))?"
    return re.compile(rf"[^\w\n]*(?:{item}[^\w\n]*)+")


def on_a_posts_counter_line(v: Vocabulary, text: str, s: int) -> bool:
    """ "👍 1,2K   💬 86 bình luận   ↪ 23 lượt chia sẻ": the line the number at ``s`` stands on is the line of a
    social-media post's counters, made of counters only (numbers, their scale and counter words between emoji and
    signs), one counter word at least; "Video đạt 1,2 triệu lượt xem" has other words and is prose."""
    start, end = text.rfind("\n", 0, s) + 1, text.find("\n", s)
    end = len(text) if end < 0 else end
    if end - start > COUNTER_LINE_REACH:
        return False
    line = text[start:end].lower()
    return v.post_counters.within(line) and v.post_counters.found(line) is not None \
        and _counters_only().fullmatch(line) is not None


def a_counters_scale(v: Vocabulary, text: str, e: int) -> bool:
    """ "👍 1,2K": a counter's scale right after the digits ending at ``e`` ("K" a thousand), on a post's line of
    counters; "4K", "xe 16K" elsewhere are codes."""
    return text[e:e + 1].lower() in v.counter_scale_heads \
        and v.counter_scale_words.starting(text[e:e + COUNTER_SCALE_REACH].lower()) is not None \
        and on_a_posts_counter_line(v, text, e)


COUNTER_SCALE_REACH: Final = 4


def a_coordinate(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "vị trí tâm bão ở vào khoảng 15,8 độ Vĩ Bắc; 111,9 độ Kinh Đông", "từ vĩ tuyến 14,0 đến 18,0 độ Vĩ Bắc": a
    latitude or a longitude locates a point or a bound, like an address, a name."""
    if w := v.coordinate_degrees.starting(after):  # one lookup by the first letter first, as every Words
        return Reason("name", f"before {w!r}: a latitude or a longitude")
    if w := v.coordinate_lines.ending(before):
        return Reason("name", f"after {w!r}: a latitude or a longitude")
    return None


DEGREE: Final = "°"  # a temperature's or an angle's degree sign, right after its number


def after_a_label(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "mức độ 3", "Nghị định số 100", "lần thứ 5": a label, unless a unit follows ("hạng cân 61 kg"
    is one with its unit, and so is a decimal one, "cự ly 42,195 km")."""
    if not text[s:e].replace(".", "").replace(",", "").isdigit():
        return None
    if (label := _class_with_unit(v, before)) and unit_after(v, text, e):
        # "máy bơm loại 1.000 m3/h", "cự ly 10.000 m": a class the measure names
        return Reason("label", f"after the label {label!r}, with its unit")
    if not text[s:e].isdigit():
        return None
    word = v.number_words.ending(before)
    numbered = word is not None and len(before) > len(word)
    if word is not None and numbered:
        before = before[: -len(word)].rstrip()  # "Nghị định số 100": the label is before "số"
        if m := _joined_after_a_number().search(before):
            before = before[:m.start()]  # "bến số 3 và số 4": the next of the things numbered before it
    if v.label_verbs.ending(before):
        return None  # "phân loại 318 công trình": a verb acting on the things counted
    if not numbered and v.label_lookalikes.ending(before):
        return None  # "trung cấp 640": a level of training naming the group counted, no label
    if (label := v.labels.ending(before)) is None:
        if label := v.labels_with_units.ending(before):
            return Reason("label", f"after the label {label!r}, with its unit")
        if numbered and (label := v.numbered_things.ending(before)) and not unit_after(v, text, e):
            return Reason("label", f"after {label!r} and {word!r}: a numbered thing")
        return None
    if unit_after(v, text, e) or v.rank_words.ending(before):  # "xếp thứ 6/14 tỉnh": a rank
        return KEEP
    if not numbered and _a_names_last_word(text, s, label) and (noun := counted(text, e)[0]) and not noun[0].isupper():
        return None  # "Sài Gòn - Nha Trang 8 đoàn tàu": a place's name ends with the label's word, no label
    if text.startswith(DEGREE, e) or text.startswith(f" {DEGREE}", e):
        return KEEP  # "nhiệt độ trung bình năm 24°C": a measure in degrees, not "năm 24"
    if text.startswith("/", e) and e + 1 < len(text) and text[e + 1].isdigit() and v.rank_of_total.is_one(label):
        return KEEP  # "Xếp hạng: thứ 5/34 tỉnh": a place out of a total
    if not numbered and v.labels_unless_counted.ending(before) and (noun := counted(text, e)[0]) \
            and not noun[0].isupper() and not v.year_words.starting(after) and not v.not_after.starting(after):
        return KEEP  # "xử lý kỷ luật 14 tập thể", "kế hoạch 62 cuộc thanh tra"
    if not numbered and v.time_limit_units.is_one(label) \
            and _ENDS_WITH_NUMBER.search(before[:-len(label)].rpartition("\n")[2]) \
            and (noun := counted(text, e)[0]) and not noun[0].isupper() and not v.year_words.starting(after) \
            and not v.not_after.starting(after):
        # "khóa dưới 3 tháng 648 người": the time word is the unit of the length before it (on its line: a
        # table's last cell above "Tháng 11 kỳ vọng …" is none)
        return KEEP
    if (end := _RANGE_END.match(text, e)) and unit_after(v, text, end.end()):
        return KEEP  # "giảm tỷ lệ hộ nghèo cả năm 1 - 1,5%": a range, not "năm 1"
    if not numbered and v.per_time_words.ending(before) and (noun := counted(text, e)[0]) and not noun[0].isupper():
        return KEEP  # "giải quyết việc làm bình quân mỗi năm 250 lao động": a count each year, a rate
    if not numbered and v.during_the_year.ending(before) and not _A_YEAR.fullmatch(text[s:e]) \
            and (noun := counted(text, e)[0]) and not noun[0].isupper():
        return KEEP  # "Tổng số trẻ sinh ra trong năm 186 cháu": what the year counted, no year "năm 186"
    return Reason("label", f"after the label {label!r}")


@cache
def _joined_after_a_number() -> re.Pattern[str]:
    """ " số 3 và", " 3,": a number (its "số" too) and a list's joiner ending the words before another numbered one
    ("bến số 3 và số 4", lowercased)."""
    v = vocabulary()
    numbered = rf"(?:(?:{alternation(v.number_words.words)})\s+)?\d+"
    return re.compile(rf"\s{numbered}\s*(?:,|{alternation(v.raw['list_joiners'])})$")


LIST_JOINER_REACH: Final = 5  # " và": a list's joiner ending the words before a number


def _a_names_last_word(text: str, s: int, label: str) -> bool:
    """ "Nha Trang 8": the label's word right before ``s`` is written capitalised after another capitalised word, the
    last word of a name, not the label ("trang 8", a page)."""
    head = text[max(0, s - NAME_REACH):s].rstrip()  # the words just before: no copy of all the text before
    if " " in label or not head[-len(label):][:1].isupper():
        return False
    word = head[:-len(label)].rstrip().rpartition(" ")[2]
    return word[:1].isupper()


def a_listed_numbered_thing(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "mốc số 1119, 1127/2, 1169 và 1205": each number listed after "số" and a first number with no counted noun,
    joined by a comma or "và", names one more of the things numbered, as the first does; so does the part after a
    listed number's slash."""
    if not (before.endswith((",", "/")) or v.list_joiners.search(before[-LIST_JOINER_REACH:] + " ")) \
            or not v.number_words.within(before):
        return None  # the usual number: no list after a number word (two tests at C speed)
    if (m := _listed_numbers().search(before)) is None or unit_after(v, text, e) or counted(text, e)[0]:
        return None  # "số 12, 15 và 18 hộ": a count of households listed after a name
    return Reason("name", f"listed after {m.group(1)!r} and a first number with no counted noun: a name")


@cache
def _listed_numbers() -> re.Pattern[str]:
    """ "số 1119, 1127/2, 1169 và": "số", a number, the numbers listed after it, up to a comma or "và" ending the
    text (lowercased)."""
    v = vocabulary()
    number, joiners = r"\d+(?:/\d+)?", alternation(v.raw["list_joiners"])
    # "1127/2": the part after a listed number's slash
    return re.compile(rf"(?<!\w)({v.number_words.pattern})\s+{number}(?:\s*,\s*{number})*"
                      rf"(?:\s*,|\s(?:{joiners})|\s*,\s*\d+/)$")


_FORM_SERIES: Final = re.compile(r"(?<!\w)[A-Z]{1,3} $")  # "B ": a form's series letters before its number


LISTED_CLASSES_REACH: Final = 120  # how far before a number the list of classes and its label are read


def a_listed_class_with_unit(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "với 4 cự ly gồm 42,195 km, 21 km, 10 km và 5 km", "các hạng cân 48 kg, 52 kg và 57 kg": each
    class in a list after the label that names them is a label with its unit, as the first is ("Rau màu
    các loại: 1.208,2 ha" names no class: a colon opens no list of them)."""
    if not v.labels_with_units.within(before[-LISTED_CLASSES_REACH:]) or not after[:1].isalpha() \
            or not (before.endswith(",") or v.list_joiners.search(before[-5:] + " ")
                    or v.class_list_openers.ending(before)):
        return None  # the usual number: no word naming classes before it (one test at C speed), or no list
    head = before
    if (items := v.listed_classes.search(head[-LISTED_CLASSES_REACH:])) is not None:
        head = head[: len(head) - len(items.group())].rstrip()
    if opener := v.class_list_openers.ending(head):
        head = head[: -len(opener)].rstrip()
    if head and (label := v.labels_with_units.ending(head)):
        return Reason("label", f"in a list after the label {label!r}, with its unit")
    return None


def a_form_code(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Mẫu số B 01 - DN", "theo mẫu C 02": a form's series letters and its number after a form word,
    the form's code: a label."""
    if s < 2 or not text[s - 2].isupper() or text[s - 1] != " " or not text[s:e].isdigit():
        return None  # the usual number: no capital letter and a space right before it
    if not (m := _FORM_SERIES.search(text, max(0, s - 4), s)):
        return None
    head = before[:len(before) - len(m.group().strip())].rstrip()
    if w := v.form_words.ending(head):
        return Reason("label", f"after {w!r} and its series letters: a form's code")
    return None


def after_a_name(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "chợ Ninh Kiều 2", "Khu công nghiệp Trà Nóc 1": a name, unless a noun is counted (a
    designed scale's word after it is no counted noun), nor a part in a bracket's breakdown."""
    if not text[s:e].isdigit() or not _name_before(text, s) or unit_after(v, text, e):  # cheapest first
        return None
    if _a_part_in_a_breakdown(v, text, s, e):
        return None
    noun = counted(text, e)[0]
    if noun is None or (noun[0].isupper() and not _counted_elsewhere(text, noun.split(" ")[0])):
        return Reason("name", "after a capitalised word: part of a name")
    if w := v.design_words.starting(noun.lower()):  # "Nhà máy nước Tắc Vân 2 công suất …"
        return Reason("name", f"after a capitalised word, before {w!r}: part of a name")
    return _a_names_number_before_its_verb(v, noun)


def _counted_elsewhere(text: str, noun: str) -> bool:
    """ "cấp cho người nước ngoài cư trú tại Việt Nam 159 Phiếu" beside "đã cấp 8.596 Phiếu": a capitalised noun
    the document counts after numbers that follow no name, at least twice, is counted after a name too, not the
    name's end."""
    seen = 0
    for m in re.finditer(rf"(\w+) \d[\d.,]* {re.escape(noun)}(?!\w)", text):
        seen += m.group(1)[0].islower()
        if seen >= COUNTED_ELSEWHERE:
            return True
    return False


COUNTED_ELSEWHERE: Final = 2  # how many other counts make a capitalised noun a counted one


def _a_names_number_before_its_verb(v: Vocabulary, noun: str) -> Reason | None:
    """ "Cụm công nghiệp Vụ Bản 2 thu hút thêm 6 dự án": after a name, a number followed by a verb opening
    the clause ends the name; no noun is counted ("Khu công nghiệp Trà Nóc 120 doanh nghiệp" counts one)."""
    if w := v.name_predicates.starting(noun.lower()):
        return Reason("name", f"after a capitalised word, before the verb {w!r}: part of a name")
    return None


BREAKDOWN_REACH: Final = 80  # from a breakdown's bracket to a number in it, and from it to the bracket's end


def _a_part_in_a_breakdown(v: Vocabulary, text: str, s: int, e: int) -> bool:
    """ "13 chỉ tiêu (Toán 4, Ngữ văn 3, Tiếng Anh 4, Tin học 2)", "(Tin học 2, Tiếng Anh 1)": a bracket listing
    parts, each a name and its number, one of them after a word no name's ("Ngữ văn 3"), or after a class's place
    ("27 tập thể, cá nhân (hạng Nhất 2, hạng Nhì 6, hạng Ba 19)"): the number after "Tiếng Anh" is a part as the
    others are, not a name's ("(Trà Nóc 1, Trà Nóc 2)" lists names)."""
    if e >= len(text) or text[e] not in ",)":
        return False  # the usual answer
    o = text.rfind("(", max(0, s - BREAKDOWN_REACH), s)
    close = text.find(")", e, e + BREAKDOWN_REACH)
    if o < 0 or close < 0 or ")" in text[o:s] or "\n" in text[o:close]:
        return False
    items = [item.split() for item in text[o + 1:close].split(",")]
    if len(items) < 2 or any(len(w) < 2 or not w[-1].isdigit() for w in items):
        return False
    return any(w[-2][0].islower() or v.prize_places.is_one(" ".join(w[:-1]).lower()) for w in items)


COEFFICIENT_BRACKET_REACH: Final = 40  # from a standard's bracket to a coefficient's number in it
SYMBOL_MAX: Final = 3  # "K", "Kq", "Kf", "K1": a coefficient's symbol


def a_standards_coefficient(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "đạt cột B của QCVN 40:2011/BTNMT (Kq = 0,9; Kf = 1,0)": a coefficient given by its symbol, in a bracket
    right after a technical standard's name, chooses which of the standard's limits apply: a label, not a figure
    ("rừng giàu K = 1,0" outside such a bracket is a term of a formula, a figure)."""
    if not before.endswith("="):
        return None  # the usual number: no "=" right before it
    symbol = before[:-1].rstrip().rpartition(" ")[2].lstrip("(")
    if not symbol.isalnum() or not symbol[0].isalpha() or len(symbol) > SYMBOL_MAX:
        return None
    opened = text.rfind("(", max(0, s - COEFFICIENT_BRACKET_REACH), s)
    if opened < 0 or ")" in text[opened:s] \
            or not v.standard_names.found(text[max(0, opened - NAME_REACH):opened].lower()):
        return None
    return Reason("label", "a coefficient choosing a standard's limits, in a bracket after the standard")


def a_named_places_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Trường Tiểu học Việt Hùng số 2 khoảng 1,2 km", "Nhà máy nước Tắc Vân số 2": "số" right after a proper
    name (its two words capitalised) numbers a place of that name in its series: part of its name, unless a
    unit follows or a noun is counted ("Nghị quyết số 12", its second word lowercase, is an act's number)."""
    if not (w := v.number_words.ending(before)) or not text[s:e].isdigit():
        return None  # the usual number: no "số" right before it
    at = s - 1 - len(w)
    if at < 1 or text[at - 1] != " ":
        return None
    words = text[max(0, at - NAME_REACH):at].split()
    if len(words) < 3 or words[-3][-1] in ".!?:;" or unit_after(v, text, e) \
            or not all(x[0].isupper() and not x.isupper() and x.isalpha() for x in words[-2:]):
        return None
    noun = counted(text, e)[0]
    if noun is None or noun[0].isupper() or v.any_qualifier.starting(noun.lower()):
        return Reason("name", f"after a capitalised name and {w!r}: a place numbered in its series")
    return None


@cache
def _numbered_bodies() -> tuple[Words, Words]:
    """The words of a body named by a number, and the levels such a body may be of."""
    raw = vocabulary().raw
    return Words(raw["numbered_bodies"]), Words(raw["body_levels"])


def a_bodys_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Ban Chỉ đạo 389 tỉnh", "Ban Chỉ đạo 138 thành phố", "Tổ công tác 970", "BCĐ 389 quốc gia hỗ trợ": a body
    named by the number of the act that set it up, capitalised or abbreviated, then nothing counted, a name or the
    level it works at (what it does may follow the level): part of its name."""
    bodies, levels = _numbered_bodies()
    if not text[s:e].isdigit() or not (w := bodies.ending(before)):
        return None  # the usual number: no body's word right before it
    at = s - 1 - len(w)
    if at < 0 or not text[at].isupper() or unit_after(v, text, e):
        return None  # "các ban chỉ đạo 3 cấp": not one body's name
    noun, end = counted(text, e)
    if noun is None or noun[0].isupper() or levels.starting(noun.lower()):
        return Reason("name", f"after {w!r} capitalised: a body's name")
    if _acts_on_a_count(noun, text, end):
        return Reason("name", f"after {w!r} capitalised, then what it does to a count: a body's name")
    return None


def a_grid_parts_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "tạm ngừng cấp điện lộ 471 E9.1 đoạn từ cột 52 đến cột 118", "các lộ 471, 473 và 475": a whole number right
    after a word of a power grid's part (a feeder, a pole), with no unit and no lowercase noun counted after it,
    numbers that part: part of its name ("bộc lộ 5 hạn chế", "thay 35 cột 12 m" count)."""
    if not text[s:e].isdigit() or not (w := v.grid_parts.ending(before)) or unit_after(v, text, e):
        return None  # the usual number: no grid part's word right before it
    noun = counted(text, e)[0]
    if noun is None or noun[0].isupper():
        return Reason("name", f"after {w!r}: a power grid's part named by its number")
    return None


def a_tariff_step_in_a_cell(text: str, start: int, header: str, s: int) -> Reason | None:
    """ "Mức sử dụng (m3/đồng hồ/tháng) | Giá bán (đồng/m3)" over "Trên 10 m3 đến 20 m3 | 10.200": a number after a
    bound's word opening a cell (``start``) under a column of the usage a stepped tariff's steps are set for names
    the step, a label; a bare number in such a column ("Mức sử dụng | 12") stays a figure."""
    if s == start:
        return None  # the usual cell: a bare number
    v = vocabulary()
    if not v.group_bounds.starting(text[start:s].lower().lstrip()) or not v.band_columns.found(header.lower()):
        return None
    return Reason("label", "a band under a column of usage a tariff's steps are set for: names the step")


def a_group_named_in_a_cell(text: str, start: int, s: int) -> Reason | None:
    """ "Nhóm tự chủ | Nhóm 2", "Nhóm 2, 3", "Loại 1": a number in a cell that opens with a word naming a group by its
    number (``start``), with only the group's numbers and commas between, names the group, a label, as in prose; a bare
    number ("| 12") and a measure of the group ("Loại 1: 25 ha") stay figures."""
    if s == start:
        return None  # the usual cell: a bare number
    head = text[start:s].lower().lstrip()
    if not (w := vocabulary().numbered_groups.starting(head)) or not _GROUPS_NUMBERS.fullmatch(head[len(w):]):
        return None
    return Reason("label", f"after {w!r} opening a cell: names a group by its number")


_GROUPS_NUMBERS: Final = re.compile(r"\s+(?:\d+\s*,\s*)*")  # " 2, ": the numbers of groups named before this one


def a_name_in_a_cell(text: str, s: int, e: int) -> Reason | None:
    """ "Thay dây dẫn lộ 471 E9.1", "Thí nghiệm máy biến áp T1", "Đấu nối đường dây 35 kV" in a cell of words: digits
    glued to a word, a grid part's number or an equipment's rating name a thing as in prose; None for a cell's
    figure."""
    if s and text[s - 1].isalpha():
        return Reason("name", "digits glued to a word in a cell: part of a name or code")
    if s < 2 or text[s - 1] != " " or not text[s - 2].isalpha():
        return None  # the usual cell: a bare number
    v, before = vocabulary(), _before(text, s)
    return a_grid_parts_number(v, text, s, e, before, "") \
        or an_equipments_rating(v, text, s, e, before, _after(text, e))


BODY_VERB_WORDS: Final = 3  # "rà soát", "kiểm tra lại": the few words of what a body does


def _acts_on_a_count(noun: str, text: str, end: int) -> bool:
    """ "Tổ công tác 970 rà soát 37 hồ sơ", "Ban Chỉ đạo 389 kiểm tra 25 cơ sở": the words read as counted after a
    body's number are a short verb, with another number right after them: the body acts on that count."""
    if len(noun.split()) > BODY_VERB_WORDS:
        return False
    rest = text[end:end + 2].lstrip()
    return bool(rest) and rest[0].isdigit()


_CAPS_ITEM: Final = re.compile(r"(?:\(|, )[A-Z]{1,4} $")  # "(ST25, OM 18": a list item opening on a code word
_CODE_ITEM: Final = re.compile(r"(?<![\w])[A-Z]{1,4}\d{1,4}(?![\w])")  # "ST25": a code glued to its number
LIST_REACH: Final = 80  # how far a bracketed list of names is looked at either side


def a_code_in_a_list_of_names(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "(ST25, OM 18, Đài Thơm 8)": a whole number after a capitals' word opening an item of a bracketed
    list, with no unit, where another item is a code glued to its number, is a name like it."""
    if text[e:e + 1] not in (",", ")") or not text[s:e].isdigit() or not _CAPS_ITEM.search(text, max(0, s - 7), s):
        return None  # the usual number: not a bare item of a list
    opened = text.rfind("(", max(0, s - LIST_REACH), s)
    closed = text.find(")", e, e + LIST_REACH)
    if opened < 0 or closed < 0 or "\n" in text[opened:closed] or not _CODE_ITEM.search(text, opened, closed):
        return None
    return Reason("name", "a code word's number in a bracketed list of names: a name")


def a_paired_codes_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "chuyến bay VN 416/VN 417", "tuyến QL 14/QL 19", "mẫu TK 01/TK 02": a whole number right after a word of
    capital letters that follows "/" and a number is the second code of a pair written the same way: a name."""
    if s < 5 or text[s - 1] != " " or not text[s - 2].isupper() or not text[s:e].isdigit():
        return None  # the usual number: no capital letter right before it
    if not (m := _PAIRED_CODE_WORD.search(text, max(0, s - 8), s)) or set(m.group(1)) <= _ROMAN_ONLY:
        return None
    return Reason("name", f"after {m.group(1)!r} and '/' after a number: the second code of a pair")


_PAIRED_CODE_WORD: Final = re.compile(r"\d/([A-Z]{1,4}) $")  # "416/VN ": a code word after a code's number and "/"
_CODE_WORD: Final = re.compile(r"(?<![\w/])[A-Z]{2,4} $")  # "lúa OM ", "gạo IR ": a product's code word
_ROMAN_ONLY: Final = frozenset("IVX")
# "lúa thường (OM 5451, IR 50404)": a bracket holding only codes of capital letters each closed by its number
_CODES_LISTED: Final = re.compile(r"\((?:[A-Z]{2,4} \d+, )+[A-Z]{2,4} \d+\)")
CODES_LISTED_REACH: Final = 40


def a_code_words_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "lúa OM 18 được thu mua", "gạo IR 504 tại kho", "xi măng PC 40 giá": a whole number right after a word of
    two to four capital Latin letters (a variety's or a product's code, not a Roman numeral) that follows a
    lowercase word inside its sentence, with no unit and no counted noun after it, is part of the code: a name
    ("(CK 152 doanh nghiệp)" counts)."""
    if s < 4 or text[s - 1] != " " or not text[s - 2].isupper() or not text[s:e].isdigit():
        return None  # the usual number: no capital letter right before it
    if not (m := _CODE_WORD.search(text, max(0, s - 6), s)) or set(m.group().strip()) <= _ROMAN_ONLY:
        return None
    if (listed := _CODES_LISTED.search(text, max(0, s - CODES_LISTED_REACH), min(len(text), e + CODES_LISTED_REACH))) \
            and listed.start() < s and e <= listed.end():
        return Reason("name", "a code and its number in a bracket listing such codes: a variety's or a product's code")
    words = text[max(0, m.start() - NAME_REACH):m.start()].split()
    if not words or not words[-1].isalpha() or not words[-1].islower() or unit_after(v, text, e) \
            or (noun := counted(text, e)[0]) is not None and not v.code_prices.is_one(noun.lower()):
        return None  # "(CK 152 doanh nghiệp)"; not "lúa tươi IR 50404 giá 4.400 đồng/kg", whose price follows
    return Reason("name", f"after the code word {m.group().strip()!r}: a variety's or a product's code")


@cache
def _varieties_listed() -> re.Pattern[str]:
    """A variety word and a few words (a bracket may open after them), then names each closed by its number,
    joined by commas or "và", up to the name before the number ("giống lúa chất lượng cao (OM 5451, OM 18, ST ")."""
    v = vocabulary()
    name, joiners = r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}", alternation(v.raw["chain_words"])
    return re.compile(rf"(?<!\w)(?i:{v.variety_words.pattern})(?:\s+[^\W\d_]+){{0,4}}\s*\(?\s*"
                      rf"(?:{name}\s+\d+\s*(?:,|\s(?:{joiners}))\s*){{0,{LISTED_VARIETIES}}}({name}) $")


VARIETY_LIST_REACH: Final = 160  # a variety word and the names listed after it
LISTED_VARIETIES: Final = 8  # the names listed before the last


@cache
def _variety_named() -> re.Pattern[str]:
    """A variety word, then one to three words up to the number (the first checked for a capital)."""
    return re.compile(rf"(?<!\w)(?i:{vocabulary().variety_words.pattern})\s+([^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}) $")


def a_varietys_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "chủ yếu các giống Thiên ưu 8 và Hà Phát 3", "giống lúa Bắc Thơm 7": a whole number closing a name that
    opens with a capital right after a variety word, or after the names it lists ("giống lúa chất lượng cao (OM
    5451, OM 18, Đài thơm 8, ST 24)"), is part of the variety's name, unless a unit or a counted noun follows
    ("giống lúa Đài Thơm 8 là 120 tấn" keeps its 120)."""
    if not text[s:e].isdigit():
        return None  # the usual answer: no whole number
    if v.variety_words.within(before) and (m := _variety_named().search(text, max(0, s - NAME_REACH), s)):
        pass  # "giống lúa Bắc Thơm 7"
    elif text[s - 2:s - 1].isalpha() and v.variety_words.within(text[max(0, s - VARIETY_LIST_REACH):s].lower()):
        m = _varieties_listed().search(text, max(0, s - VARIETY_LIST_REACH), s)  # past a bracket, the names before it
    else:
        return None  # no variety word before it
    if m is None or not m.group(1)[0].isupper() or unit_after(v, text, e) or counted(text, e)[0] is not None:
        return None
    return Reason("name", f"closing a variety's name after {m.group().split()[0]!r}")


def a_metals_purity(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "giá vàng nhẫn tròn trơn 9999", "vàng miếng SJC 999,9", "bạc 999": a purity written in nines after a
    precious metal's word names the grade of metal, part of the goods' name, unless a unit follows ("giá vàng
    999 triệu" would be a price)."""
    if not text.startswith("999", s) or text[s:e].strip("9.,") or not v.purity_metals.within(before):
        return None  # the usual answer: no purity in nines, or no precious metal before it
    if unit_after(v, text, e):
        return None
    return Reason("name", "a purity in nines after a precious metal: the goods' name")


def a_badge_of_years(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "trao Huy hiệu 30 năm tuổi Đảng cho 45 đồng chí", "Huy hiệu 50 năm tuổi Đảng trở lên": the years in a
    badge's name right after the badge's word name the award, a label; the members given it are the figure
    ("đảng viên có 30 năm tuổi Đảng" is no badge's name); so do the first of a list of them ("trao Huy hiệu 30, 40, 50
    năm tuổi Đảng"), the chain of labels running on to the last."""
    if v.chain.match(text, e) and v.badge_words.ending(before):
        pos = e
        while m := v.chain.match(text, pos):
            pos = m.end()
        after = text[pos:pos + AFTER_REACH].lower().lstrip()  # past "30, 40, 50": the badge's years
    if not after.startswith(v.badge_years.words) or not v.badge_words.ending(before):
        return None  # the usual answer: no badge's years after it
    if not v.badge_years.starting(after):
        return None
    return Reason("label", f"the years naming a badge after {v.badge_words.ending(before)!r}")


_COMBINED_FIRST: Final = re.compile(r"trong 1(?![\d.,/]|\s*[.,]\d)")  # after "5": " trong 1", no longer number
_COMBINED_SECOND: Final = re.compile(r"(?<![\d.,/])\d trong$")  # before "1": "5 trong"


def a_combined_products_name(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "tiêm vắc xin 5 trong 1 mũi 3", "1.286 mũi vắc xin DPT-VGB-Hib (5 trong 1)": "N trong 1" right after a
    word of a combined product, or alone in a bracket, names a vaccine by how many it holds in one: both its
    numbers are a name ("xếp thứ 5 trong 10 huyện" is no such shape)."""
    if after[:5] != "trong" and not before.endswith("trong"):
        return None  # the usual number: no "trong" beside it
    if after[:5] == "trong":
        if len(text[s:e]) != 1 or not _COMBINED_FIRST.match(after):
            return None
        lead, rest = before, after[len("trong 1"):]
    elif text[s:e] == "1" and (m := _COMBINED_SECOND.search(before)):
        lead, rest = before[:m.start()].rstrip(" ."), after
    else:
        return None
    if word := v.combined_products.ending(lead):
        return Reason("name", f"in 'N trong 1' after {word!r}: a combined vaccine's name")
    if lead.endswith("(") and rest.lstrip().startswith(")"):
        return Reason("name", "in 'N trong 1' alone in a bracket: a combined vaccine's name")
    return None


_JOINED_PARTS: Final = re.compile(r"(?<![\d.,/-])\d{1,2}(?:-\d{1,2}){2,}(?!\d|[.,/-]\d)")  # "16-16-8"
PARTS_REACH: Final = 9


def a_formula_of_parts(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "NPK 16-16-8", "phân 20-20-15": three or more small whole numbers joined by hyphens are no range (a range
    joins two) but a product's formula, its parts' shares written as its name: a name."""
    if text[e:e + 1] != "-" and text[s - 1:s] != "-":
        return None  # the usual number: no hyphen beside it
    for m in _JOINED_PARTS.finditer(text, max(0, s - PARTS_REACH), min(len(text), e + PARTS_REACH)):
        if m.start() <= s and e <= m.end():
            return Reason("name", "in three or more numbers joined by hyphens: a product's formula")
    return None


_PHONE: Final = re.compile(r"(?<![\d.,])0\d{2,4}(?: \d{2,4}){1,3}(?!\d|[.,]\d)")  # "0296 3957 123"
# "Tổng đài 1900 6115", "1800 1091": a switchboard's number opening with 1800 or 1900, eight to ten digits
_SERVICE_PHONE: Final = re.compile(r"(?<![\d.,])1[89]00 \d{3,4}(?: \d{2,3})?(?!\d|[.,]\d)")
PHONE_REACH: Final = 14
PHONE_DIGITS: Final = (9, 11)  # a phone number's digits with its area code, fewest and most


def a_phone_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "đường dây nóng 0296 3957 123", "điện thoại 0912 345 678": groups of digits split by single spaces, the
    first opening with a 0, nine to eleven digits in all, are a phone number: a name."""
    if not (text[s - 1:s] == " " and text[s - 2:s - 1].isdigit()) and not (
            text[e:e + 1] == " " and text[e + 1:e + 2].isdigit()):
        return None  # the usual number: no digits a space away
    for m in _PHONE.finditer(text, max(0, s - PHONE_REACH), min(len(text), e + PHONE_REACH)):
        if m.start() <= s and e <= m.end() \
                and PHONE_DIGITS[0] <= sum(ch.isdigit() for ch in m.group()) <= PHONE_DIGITS[1]:
            return Reason("name", "in digit groups opening with 0: a phone number")
    for m in _SERVICE_PHONE.finditer(text, max(0, s - PHONE_REACH), min(len(text), e + PHONE_REACH)):
        if m.start() <= s and e <= m.end():
            return Reason("name", "in digit groups opening with 1800 or 1900: a switchboard's number")
    return None


WEB_ADDRESS_MARKS: Final = ("://", "www.")  # a web address's scheme or host opening it
_GLUED: Final = "/-_.=?&#"  # what joins a web address's parts to a number inside it
WEB_ADDRESS_REACH: Final = 300  # the longest web address looked back over


def in_a_web_address(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "https://baodongthap.vn/Uploads/2025/12/30/anh.jpg", "www.sonla.gov.vn/tin-tuc-142215.aspx": a number
    inside a web address (a page's link, a browser's list of references) is part of a name: the run of text with
    no space around it opens with a scheme or with "www.". Only a number glued to what joins an address's parts
    is asked."""
    if not s or text[s - 1] not in _GLUED:
        return None  # the usual number: a space or a word before it
    reach = max(0, s - WEB_ADDRESS_REACH)
    start = max(text.rfind(" ", reach, s), text.rfind("\n", reach, s)) + 1
    run = text[start:s]
    if any(mark in run for mark in WEB_ADDRESS_MARKS):
        return Reason("name", "inside a web address: part of a name")
    return None


CODE_DIGITS: Final = 8  # the fewest digits of a code written as one run opening with 0


def a_code_of_digits(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "mã số doanh nghiệp 0901187524", "mã số thuế 0312345678", "điện thoại 0912345678", "0258.3822753": a run
    of eight or more digits opening with 0, with no separator but dots, is a code or a phone number written solid,
    a name; no count nor sum is written with a leading 0 ("04 bản", "01 bản" are short), nor with two ("chỉ dẫn địa
    lý số 00044": a certificate's number)."""
    run = text[s:e]
    if run[0] != "0" or not run.replace(".", "").isdigit():
        return None  # the usual number
    if sum(ch.isdigit() for ch in run) < CODE_DIGITS and not (run.startswith("00") and len(run) > 2):
        return None
    return Reason("name", "a long run of digits opening with 0: a code or a phone number")


def a_dimensions_size(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "tranh khổ nhỏ (20 x 30 cm)", "gạch tuy nen 220x105x60 mm": lengths joined by "x" before a length's unit, the
    size a thing is made in, part of its name; so are small numbers joined by "x" after a thing's name with no unit
    ("- Đá 1x2: từ 245.000 đến 260.000 đồng/m3", a stone's grade); not a product written out ("10 x 8.500 = 85.000
    đồng")."""
    if not _TIMES_AFTER.match(after) and not _TIMES_ENDING.search(before):
        return None  # the usual number: no "x" beside it
    lead = _DIMENSION_BEFORE.search(text, max(0, s - DIMENSION_REACH), s)
    start = lead.start() if lead else s
    if (m := _dimensions().match(text, start)) and m.end() >= e:
        return Reason("name", "lengths joined by 'x' before their unit: a size")
    if (m := _GRADE_BY_SIZES.match(text, start)) and m.end() >= e and text[max(0, start - 2):start][:1].isalpha():
        return Reason("name", "small numbers joined by 'x' after a thing's name, no unit: its grade")  # "Đá 1x2:"
    return None


DIMENSION_REACH: Final = 40
_TIMES_AFTER: Final = re.compile(r"\s?[x×]\s?\d")
_TIMES_ENDING: Final = re.compile(r"\d\s?[x×]\s?$")
_DIMENSION_BEFORE: Final = re.compile(rf"(?:{NUM}\s?[x×]\s?)+$")
# "Đá 1x2", "đá 4x6": small numbers joined by "x" with no space and no unit after, a grade named by its sizes
_GRADE_BY_SIZES: Final = re.compile(r"\d{1,2}(?:[x×]\d{1,2})+(?![\d.,\w])")


@cache
def _dimensions() -> re.Pattern[str]:
    """ "20 x 30 cm", "220x105x60 mm": lengths joined by "x", then a length's unit."""
    units = alternation(vocabulary().raw["dimension_units"])
    return re.compile(rf"{NUM}(?:\s?[x×]\s?{NUM})+\s?(?:{units})(?!\w)")


def a_packages_size(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "480.000 đồng/bao 50 kg", "35.000 đồng/chai 500 ml": the size of the package a price is per, right after
    its word behind the "/", is part of the price's unit."""
    if "/" not in before[-PACKAGE_REACH:]:
        return None  # the usual number: no "/" right before it
    head, _, word = before.rpartition("/")
    if not head or not v.package_words.is_one(word.strip()):
        return None
    return Reason("unit", f"after '/{word.strip()}': the size of the package a price is per")


def each_packages_size(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "mỗi bộ 3 con cá chép đỏ có giá 50.000 đồng", "Mỗi thùng 24 lon giá 180.000 đồng": a whole number right after
    "mỗi" and a package's word, a noun counted after it, is the size of each package a price is for, part of what
    the price is per, no figure."""
    if not text[s:e].isdigit() or not (word := v.package_words.ending(before)):
        return None  # the usual number: no package's word right before it
    if not (each := v.per_each_words.ending(before[:len(before) - len(word)].rstrip())) or not counted(text, e)[0]:
        return None
    return Reason("unit", f"after {each!r} and {word!r}: the size of each package a price is for")


PACKAGE_REACH: Final = 8


def a_packed_size(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "gạo ST25 đóng túi 5 kg", "muối được đóng gói 0,5 kg và 1 kg": a weight or a volume right after a package's
    word (or after such a size and "và") is the size of the package goods are sold in, a label."""
    if not v.package_size_units.starting(after) \
            or not (v.package_words.ending(before) or _packed().search(before[-PACKED_REACH:])):
        return None  # the usual answer
    return Reason("label", "after a package's word: the size goods are packed in")


PACKED_REACH: Final = 30  # "đóng gói 0,5 kg và": a package's word, a size and a joining word before the next size


@cache
def _packed() -> re.Pattern[str]:
    """A package's word, a size and "và" or a comma, lowercased: "gói 0,5 kg và"."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{v.package_words.pattern})\s+{NUM}\s*(?:{v.package_size_units.pattern})"
                      rf"\s*(?:,|(?:{alternation(v.raw['list_joiners'])}))$")


def an_eras_year(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Đại lễ Phật đản Phật lịch 2561": a year counted in another era than the common one names the occasion's
    time, a date."""
    if not (era := v.eras.ending(before)) or not text[s:e].isdigit():
        return None  # the usual number
    return Reason("date", f"after {era!r}: a year of that era")


EVERY_REACH: Final = 40  # "cứ 100 người dân có": the words from the base to what each so many have


def a_rates_base(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "bình quân cứ 100 người dân có 1,6 người tham gia hiến máu": a number after "every" whose clause goes on to
    what each so many have is the base of a rate, part of its unit."""
    if not v.every_words.ending(before):
        return None  # the usual number
    clause = re.split(r"[,;.:()\n]|\d", after[:EVERY_REACH], maxsplit=1)[0]
    has = v.every_has.found(clause)
    if has is None or not after[len(clause):].lstrip()[:1].isdigit() \
            or clause[clause.rfind(has) + len(has):].strip():
        return None
    return Reason("unit", f"after {v.every_words.ending(before)!r}, before {has!r} and a number: the base of a rate")


_CLAUSE_BREAK: Final = re.compile(r"[;:()\n]|(?<!\d)[,.]|[,.](?!\d)")  # not the comma of "Cứ 3,3 kg"


@cache
def a_norms_clause() -> re.Pattern[str]:
    """ "cứ 7 - 8 lít nước thốt nốt nấu được 1", "cứ khoảng 7 kg rong tươi phơi được 1": a norm's clause, lowercased,
    from the word opening it: up to two words, the amount it takes (a range too), that amount's unit and noun, a word
    of making, then "1", the one thing the norm makes. One reading for both its numbers: the amount is a fixed ratio
    (roles), the "1" part of its unit (here)."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?P<every>{alternation(v.every_words.words)})\s+(?:\w+\s+){{0,2}}?"
                      rf"(?P<amount>{NUM}(?:\s*[-–]\s*{NUM})?)[^,;.:\d\n]*?"
                      rf"(?<!\w)(?P<made>{alternation(v.every_makes.words)})\s+1(?!\d|[.,]\d)")


_NOUN_TO_A_COMMA: Final = re.compile(r"[^,;.:\d\n]{1,40},")  # "kg đường,": a purpose's unit and noun, then its comma


def the_one_a_norm_makes(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Cứ 7 - 8 lít nước thốt nốt nấu được 1 kg đường", "Để có 1 kg đường, người nấu tốn khoảng 3 kg củi": the one
    thing a norm makes, what the amount it takes is per, part of that amount's unit: closing a norm's clause, or after
    a word of purpose, its noun ending at a comma."""
    if text[s:e] != "1" or not after[:1].isalpha():
        return None  # the usual number
    probe = f"{_CLAUSE_BREAK.split(before)[-1]} 1"
    if v.every_words.within(probe) and (m := a_norms_clause().search(probe)) and m.end() == len(probe):
        return Reason("unit", f"after {m['every']!r}, a number and {m['made']!r}: the one thing a norm makes")
    if (purpose := v.norm_purposes.ending(before)) and _NOUN_TO_A_COMMA.match(after):
        return Reason("unit", f"after {purpose!r}, its noun ending at a comma: the one thing a norm makes")
    return None


def a_vehicles_seats(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "đối với xe 5 chỗ ngồi", "mua 2 xe 16 chỗ": seats right after a vehicle's word name the class of vehicle, a
    label, as a bound on them does ("xe ô tô dưới 16 chỗ")."""
    if (seats := v.seat_units.starting(after)) and (vehicle := v.seat_vehicles.ending(before)):
        return Reason("label", f"{seats!r} right after {vehicle!r}: the class of vehicle")
    return None  # the usual number


def a_units_volume(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "5.934 đơn vị 350 ml", "Tỷ lệ đơn vị máu 350 ml đạt …": a volume right after the word of what a donation or
    a package is counted in says which kind of them is meant, a label, no quantity; so does a sugar content right
    after the cane ("giá mía 10 CCS tại ruộng")."""
    if (word := v.volume_counted.ending(before)) and v.package_volumes.starting(after):
        return Reason("label", f"a volume right after {word!r}: names which kind of them is meant")
    if (word := v.content_graded.ending(before)) and v.content_units.starting(after):
        return Reason("label", f"a sugar content right after {word!r}: names the grade a price is for")
    return None  # the usual number
# " - 2 cm", " - 1.500 con/kg": a range's second bound
_RANGES_SECOND: Final = re.compile(rf"^\s*[-–]\s*{NUM}(?!\d)\s*")
_GRADE_CODE_BRACKET: Final = re.compile(r"(?<!\w)(\w+) \w{1,3} \($")  # "loại 1 (": a grade's bracket opening
_GRADE_BRACKET: Final = re.compile(r"(?<!\w)(\w+) \w{1,3} \(([^()\d]{2,20})$")  # "loại 1 (trọng lượng "


@cache
def _sizes_first_bound() -> re.Pattern[str]:
    """ "từ 20 cm đến ": a size band's first bound and its length, then the word before its second (lowercased)."""
    v = vocabulary()
    units = alternation([u for u in v.raw["size_grade_units"] if "/" not in u])
    return re.compile(rf"\s{NUM}\s?(?:{units}) (?:{alternation(v.raw['range_words'])})\s*$")


def a_grades_size_band(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Cá tra nguyên liệu loại 1 (trọng lượng 0,8-1,0 kg/con)", "tôm loại 2 (cỡ 40 con/kg)": in a bracket right
    after a grade, opening with a word of size, the size band that defines the grade: a label; so is a count per
    weight right after a word of size ("tôm sú hữu cơ cỡ 30 con/kg"), a range's bounds too."""
    after = _RANGES_SECOND.sub("", after, count=1)  # "cỡ 1,5 - 2 cm": past the range's second bound
    if v.size_grade_units.starting(after) and (word := v.grade_sizes.ending(v.group_bounds.stripped(
            _sizes_first_bound().sub("", before, count=1), " "))):
        # "ngọc loại A đường kính trên 12 mm từ 6 đến 9 triệu đồng/viên": a bound on the size, the band's too; "(đường
        # kính từ 20 cm đến 40 cm)": the band's second bound, past its first
        return Reason("label", f"a size right after {word!r}: the size grade of the goods")
    if "(" not in before[-BRACKET_GRADE_REACH:]:
        return None  # the usual number: no bracket opening right before it
    if before.endswith("(") and "/" in (v.size_grade_units.starting(after) or "") \
            and (m := _GRADE_CODE_BRACKET.search(before)) and v.grade_words.is_one(m.group(1)):
        return Reason("label", f"a count per weight in a bracket after {m.group(1)!r}: the size band of a grade")
    if not (m := _GRADE_BRACKET.search(before[-BRACKET_GRADE_REACH:])) or not v.grade_words.is_one(m.group(1)) \
            or not (v.grade_sizes.is_one(inside := m.group(2).strip())
                    or v.group_bounds.is_one(inside) and after[:1].isalpha()
                    or v.grade_sizes.is_one(v.group_bounds.stripped(inside, " "))
                    and v.size_grade_units.starting(after)):
        # "loại nhỏ (đường kính dưới 20 cm)": a bound on the size in the grade's bracket, with its length
        return None  # not "(trọng lượng 0,8-1,0 kg/con)", nor "loại A (từ 30 kg/con trở lên, …)": a bound with its unit
    return Reason("label", f"in a bracket after {m.group(1)!r}: the size band of a grade")


BRACKET_GRADE_REACH: Final = 36


def after_a_weak_label(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "cơn bão số 3", "khu phố 5", "số 27 Hàn Mặc Tử": a name or an address, unless a
    counted noun follows ("tổng số 35 dự án")."""
    if not text[s:e].isdigit() or not (label := v.weak_labels.ending(before)) or unit_after(v, text, e) \
            or v.not_after.starting(after) \
            or v.weak_label_compounds.ending(before):  # "xây dựng cơ bản 10 tháng": a duration; "Quân đội 158"
        return None
    noun = counted(text, e)[0]
    if noun is None and text.startswith("/", e):
        noun = _noun_after_an_attainment(text, s, e)  # "trung học cơ sở 112/186 trường"
    if noun is None or noun[0].isupper() or v.street_words.starting(noun.lower()):
        return Reason("name", f"after {label!r} with no counted noun: a name or an address")
    if _name_before(text, s) and not _ends_a_longer_name(text, s, label):  # "Ủy ban nhân dân Phường 2 báo cáo"
        return Reason("name", f"after {label!r} capitalised inside a sentence: a name")
    if _one_named_place(v, noun):  # "Đơn vị bầu cử số 2 xã Hương Lâm", "thôn 3 xã Kỳ Lạc"
        return Reason("name", f"after {label!r}, before one place named {noun!r}: a name")
    if _second_of_a_numbered_range(v, before, label):
        return Reason("name", f"after {label!r}, closing a range opened by {label!r} and a number: a name")
    if v.course_doses.is_one(label) and v.combined_products.starting(noun.lower()):
        return Reason("label", f"after {label!r}, before the vaccine {noun!r}: which dose, no count")
    if _numbered_part_before_a_verb(v, label, noun):
        return Reason("label", f"after {label!r}, before the verb {noun!r}: a numbered part that acts, no count")
    return KEEP


_DENOMINATOR: Final = re.compile(r"/(\d{1,3}(?:\.\d{3})*)(?![\d/.,])")  # "/186", "/1.250"; not "/2025", a year


def _noun_after_an_attainment(text: str, s: int, e: int) -> str | None:
    """ "trường đạt chuẩn quốc gia: … trung học cơ sở 112/186 trường": a number over a larger one is an attainment
    (so many of the whole), and the noun after the whole is what it counts; after "số 12/86 Trần Phú", a house
    number, what follows is a name, no counted noun."""
    if not (m := _DENOMINATOR.match(text, e)) or int(text[s:e]) > int(m.group(1).replace(".", "")):
        return None
    return counted(text, m.end())[0]


def _numbered_part_before_a_verb(v: Vocabulary, label: str, noun: str) -> bool:
    """ "thực hiện Dự án 5 mở 38 lớp đào tạo nghề", "Tiểu dự án 2 hỗ trợ 120 hộ": the word after the number is
    a verb the numbered part does, not a noun it counts: the number names a programme's component (a label),
    where "triển khai dự án 5 công trình nước sạch" counts works."""
    return bool(v.project_names.starting(label)) and bool(v.numbered_part_acts.starting(noun.lower()))


def _second_of_a_numbered_range(v: Vocabulary, before: str, label: str) -> bool:
    """ "gian số 01 đến số 40 dành cho doanh nghiệp", "từ phòng 3 đến phòng 12": the second of a range of
    numbered things, its label repeated after "đến", names the last one as the first names the first."""
    head = before[: len(before) - len(label)].rstrip()
    if not (to := v.range_to.ending(head)):
        return False  # the usual answer
    head = head[: len(head) - len(to)].rstrip()
    rest = head.rstrip("0123456789")
    return len(rest) < len(head) and v.weak_labels.ending(rest.rstrip()) == label


def _ends_a_longer_name(text: str, s: int, label: str) -> bool:
    """ "Nhật Bản 862 người": the label's word capitalised right after another capitalised word (not an
    abbreviation) ends a name of its own, a country's or a region's, not a numbered unit's."""
    words = text[max(0, s - NAME_REACH):s].split()
    n = len(label.split())
    if len(words) <= n:
        return False
    word = words[-n - 1]
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _one_named_place(v: Vocabulary, noun: str) -> bool:
    """ "xã Hương Lâm": a lowercase word, then a capitalised name, one alone (no list after a
    comma or a joiner): where a numbered unit is, not what a number counts."""
    words = noun.split()
    if len(words) < 2 or not words[1][:1].isupper() or words[1].isupper() or v.list_joiners.search(noun):
        return False
    return all(w[:1].isupper() for w in words[1:])


ALCOHOL_BAND_REACH: Final = 60  # "mg đến 0,4 mg/1 lít khí thở": from a band's bound to what it is measured in
ALCOHOL_LEVEL_REACH: Final = 160  # "(vượt quá 50 mg đến 80 mg/100 ml máu hoặc …)": a level's bracket of bounds


def an_alcohol_band(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Mức 2 (vượt quá 50 mg đến 80 mg/100 ml máu hoặc vượt quá 0,25 mg đến 0,4 mg/1 lít khí thở): 438 trường
    hợp": a bound of a driver's alcohol concentration in mg per a volume of blood or breath names the violations
    counted after it: a label, each of its numbers, and so is the level's number before its bracket; a level
    measured ("đo được 0,62 mg/1 lít khí thở") is a figure."""
    if after.startswith("mg"):
        if not (v.alcohol_bounds.ending(before) or v.range_to.ending(before)):
            return None  # a concentration measured, not a bound
        clause = re.split(r"[;)\n]", text[e:e + ALCOHOL_BAND_REACH].lower(), maxsplit=1)[0]
        if word := v.alcohol_media.found(clause):
            return Reason("label", f"a bound in mg per {word!r}: an alcohol band naming a group of violations")
        return None
    if after.startswith("(") and (level := v.alcohol_levels.ending(before)):
        opened = text.find("(", e)
        bracket = text[opened:text.find(")", opened, opened + ALCOHOL_LEVEL_REACH)].lower()
        if v.alcohol_media.found(bracket):
            return Reason("label", f"after {level!r}, before a bracket of alcohol bounds: the band's level")
    return None


def a_speed_limit_or_band(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "trên đoạn đường giới hạn 60 km/h": a road's speed limit names the road, a label; "864 trường hợp vượt
    từ 10 km/h đến 20 km/h", "vượt trên 20 km/h": a bound of the excess after a word of exceeding names the
    violations counted, a label, each of its numbers; "chạy 78 km/h, vượt 18 km/h" (no bound) is measured."""
    if not after.startswith("km") or not (unit := v.speed_units.starting(after)):
        return None  # the usual answer
    if w := v.speed_limits.ending(before):
        return Reason("label", f"after {w!r}, in {unit!r}: a road's speed limit")
    if not (bound := v.speed_band_bounds.ending(before)):
        return None
    rest = before[:len(before) - len(bound)].rstrip()
    if not v.range_to.ending(bound) and (to := v.range_to.ending(rest)):
        bound, rest = f"{to} {bound}", rest[:len(rest) - len(to)].rstrip()  # "đến dưới 10 km/h"
    if v.speed_excess.ending(rest) or v.range_to.starting(bound) and v.speed_units.ending(rest) \
            and v.speed_excess.within(rest):
        return Reason("label", f"a bound after {bound!r}, in {unit!r}: a band of speeding naming violations")
    return None


_POST_KM: Final = re.compile(r"(\d+) ?\+$")  # "Km 12+": the kilometres of a road's post before its metres


def a_road_post(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "tại Km 12+300 Quốc lộ 5", "lý trình km 45+120": a post along a road, kilometres "+" metres, names a
    place, both its numbers ("dài 12 km" and "tăng 12+3" stay what they are)."""
    if after[:1] == "+" and text[e + 1:e + 2].isdigit():
        if w := v.road_posts.ending(before):
            return Reason("name", f"after {w!r}, before '+': a post along a road")
        return None
    if text[s - 1:s] != "+" or not (km := _POST_KM.search(before)):
        return None  # the usual answer
    if w := v.road_posts.ending(before[:km.start()].rstrip()):
        return Reason("name", f"after {w!r} and its kilometres: the metres of a post along a road")
    return None


def a_grade(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "gạo 5% tấm": a percent naming a product's grade."""
    if after[:1] == "%" and (w := v.grades.starting(after[1:].lstrip())):
        return Reason("name", f"a percent before {w!r}: a product's grade")
    return None


def a_material_grade(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "bê tông mác 250", "xây bằng vữa xi măng mác 75": a whole number right after a grade's word names the
    concrete's or the mortar's grade, part of the material's name; "đổ 250 m3 bê tông" has no grade word."""
    if not (w := v.material_grades.ending(before)) or not text[s:e].isdigit():
        return None  # the usual number: no grade word right before it
    return Reason("name", f"after {w!r}: a material's grade")


def a_version(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Kiến trúc Chính quyền điện tử tỉnh Phú Yên, phiên bản 1.0": numbers joined by dots right after a version's
    word number a release, part of the thing's name; so do a release's short numbers ("6.0", no group of three
    digits as a Vietnamese number has) right after a product's name in Latin letters ("phần mềm Libol 6.0"), with no
    unit after them, and a digit and ".0" after any word ("Chợ 4.0", "cách mạng công nghiệp 4.0")."""
    if "." not in text[s:e] or not _VERSION.fullmatch(text, s, e):
        return None  # the usual number: no dots
    if w := v.version_words.ending(before):
        return Reason("name", f"after {w!r}: a release's number")
    if _RELEASE.fullmatch(text, s, e) and (name := _PRODUCT_BEFORE.search(text, max(0, s - PRODUCT_REACH), s)) \
            and not unit_after(v, text, e):
        return Reason("name", f"after {name.group(1)!r}: a release's number")
    if _POINT_ZERO.fullmatch(text, s, e) and not unit_after(v, text, e):
        return Reason("name", "a digit and '.0' with no unit after it: a release's name")
    return None


def a_standards_number(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "áp dụng hệ thống quản lý môi trường ISO 14001", "TCVN 4391": a whole number right after a standard's
    abbreviation, no unit after it, is the standard's number, part of its name."""
    if not before[-1:].isalpha() or not text[s:e].isdigit() or not (w := v.standard_names.ending(before)) \
            or unit_after(v, text, e):
        return None  # the usual number: no standard's word right before it
    return Reason("name", f"after {w!r}: a standard's number")


_VERSION: Final = re.compile(r"\d+(?:\.\d+)+")
_RELEASE: Final = re.compile(r"\d{1,2}(?:\.\d{1,2})+")  # "6.0", "10.1.2": no group of three digits
_POINT_ZERO: Final = re.compile(r"\d\.0")  # "4.0": no Vietnamese number, whatever word stands before it
_PRODUCT_BEFORE: Final = re.compile(r"(?<=[^\W\d_] )([A-Z][a-z]+) $")  # "phần mềm Libol ": a name in Latin letters
PRODUCT_REACH: Final = 24


def a_road_class_standard(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "- Đường trục thôn: 4,2 km, nền đường rộng 5 m, mặt đường 3,5 m, dày 18 cm": the widths and the thickness
    that follow a class of roads' length on its line, its subgrade and its surface both named, are the standard
    that names the class, a label; "Làm mới 16,5 km đường nội đồng, mặt đường rộng 3 m" measures one width."""
    if (w := v.road_section_parts.ending(before)) is None and (bound := v.group_bounds.ending(before)) is not None:
        # "tuyến trục thôn, xóm có mặt đường rộng dưới 3 m": roads named by a bound on their width
        w = v.road_section_parts.ending(before[:-len(bound)].rstrip())
        if w and v.group_attributes.ending(before[:-len(bound)].rstrip()[:-len(w)].rstrip()) \
                and _ROAD_MEASURE.match(after):
            return Reason("label", f"a bound after {w!r}: names the roads that have such a cross-section")
        return None
    if not w or not _ROAD_MEASURE.match(after):
        return None  # the usual number: no part of a road's cross-section right before it
    clause = text[max(text.rfind(";", 0, s), text.rfind("\n", 0, s)) + 1:s].lower()
    if (at := v.group_for.last(clause)) >= 0 and v.group_attributes.found(clause[at:]):
        # "165 tấn/km đối với đường có nền rộng 5 m, mặt đường rộng 3 m, dày 16 cm": the roads a norm is for
        return Reason("label", f"after {w!r}, in the cross-section of the roads a measure is for: names the class")
    start, end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    line = text[start:end if end >= 0 else len(text)].lower()
    if not all(part in line for part in v.road_cross_section.words):
        return None
    first = min(line.find(part) for part in v.road_cross_section.words)
    if not _A_LENGTH_IN_KM.search(line, 0, first):
        return None  # no class of roads' length before its cross-section
    return Reason("label", f"after {w!r}, beside a class of roads' length: the standard that names the class")


_ROAD_MEASURE: Final = re.compile(r"c?m\b")  # "5 m", "18 cm": a width or a thickness
_A_LENGTH_IN_KM: Final = re.compile(r"\d\s?km\b")


def an_ownership_class(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "chuyển doanh nghiệp 100% vốn nhà nước thành công ty cổ phần", "công ty 100% vốn nước ngoài": a percent of
    whose capital right after a firm's noun names the kind of firm, a label; "Nhà nước nắm giữ 65% vốn điều lệ"
    states a holding."""
    if not after.startswith("%") or not (w := v.owned_capital.starting(after[1:].lstrip())) \
            or not v.firm_nouns.ending(before):
        return None  # the usual number: no firm's noun, percent and capital's owner around it
    return Reason("label", f"a firm's noun, then a percent of {w!r}: the kind of firm")


def a_machine_class(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "máy chụp cộng hưởng từ 1,5 Tesla", "máy chụp cắt lớp vi tính 128 lát cắt": a machine's class."""
    if w := v.machine_classes.starting(after):  # already lowercased, without leading spaces
        return Reason("label", f"before {w!r}: a machine's class")
    return None


_VOLTAGE_RATIO: Final = re.compile(r"/\s?\d+(?:,\d+)?\s*")  # "/0,4 kV": a transformer's low side
_HIGH_SIDE: Final = re.compile(r"\d+/$")  # "22/" before a low side's number


def an_equipments_rating(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "TBA 250 kVA Xóm 3", "38 trạm biến áp 22/0,4 kV", "Đấu nối đường dây 35 kV": a rating right after a word of
    electrical equipment names which one it is, a label; "công suất 630 kVA", "từ 250 kVA lên 400 kVA" are
    figures, a capacity or its change."""
    rest = after[m.end():] if after[:1] == "/" and (m := _VOLTAGE_RATIO.match(after)) else after
    if not (unit := v.equipment_ratings.starting(rest)):
        return None  # the usual number: no rating after it
    head = _HIGH_SIDE.sub("", before).rstrip()
    if not (w := v.rated_equipment.ending(head)):
        return None
    return Reason("label", f"a rating {unit!r} right after {w!r}: the equipment it names")


_SPEC_CLAUSE: Final = re.compile(r"[.;:!?\n]")  # what ends the clause a product's make is named in


def a_products_layers(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Thùng carton sóng 3 lớp, 5 lớp: 36.000 tấn/năm", "màng phức hợp 3 lớp": the layers of a product made in
    layers, named in its clause, say which product it is, a name; "mở 3 lớp tập huấn" counts classes."""
    if not (w := v.layer_words.starting(after)):
        return None  # the usual number: no layer word after it
    if not (product := v.layered_products.found(_SPEC_CLAUSE.split(before)[-1])):
        return None
    return Reason("name", f"before {w!r}, after {product!r}: the layers that name a product's make")


def a_map_scale(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "quy hoạch chi tiết tỷ lệ 1/500": a map's scale, not a part of a whole."""
    if text[s:e] == "1" and after[:1] == "/" and (m := _SCALE.match(after)) \
            and int(m.group(1).replace(".", "")) >= SCALE_MIN and (word := v.map_scales.ending(before)):
        return Reason("label", f"after {word!r}: a map's scale")
    return None


_SCALE: Final = re.compile(r"/(\d{1,3}(?:\.\d{3})*|\d+)(?![\d,])")
SCALE_MIN: Final = 100  # "1/500", "1/2.000": a scale's denominator; "1/5" is a part


def around_the_clock(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "duy trì lực lượng trực 24/24 giờ", "chốt kiểm dịch trực 24/24", "tổng đài hoạt động 24/24h": all the
    hours of a day, how long a watch or a service runs (an hour word after it, or a word of keeping watch or
    serving before it), a label, not 24 parts of 24; "xã đạt 24/24 chỉ tiêu" is a part of a whole."""
    if text[s:e] != "24" or not after.startswith("/24") or after[3:4].isdigit():
        return None  # the usual answer
    if (word := v.round_the_clock_hours.starting(after[3:].lstrip())) or (word := v.round_the_clock.ending(before)):
        return Reason("label", f"24/24 with {word!r}: all the hours of a day a watch or a service runs")
    return None


def a_time_limit(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "còn 4 xã có dịch chưa qua 21 ngày", "nợ quá 90 ngày": a time limit that names a group or
    a state, "hỗ trợ … trong 3 năm đầu" the first stretch of a term, or "Tỷ lệ cây trồng sống sau 1 năm"
    the time a rate is measured at; "thời gian lưu trú bình quân 2,3 ngày" is a figure."""
    if not (unit := v.time_limit_units.starting(after)):
        if not (to := v.range_to.starting(after)) or not (end := _RANGE_SECOND.match(after, len(to))) \
                or not (unit := v.time_limit_units.starting(after[end.end():])):
            return None  # the usual number: no time unit after it, nor a range's second time
        if word := _penalty_term(v, before):
            return Reason("label", f"a range of times after {word!r}: the term a penalty runs for")
        if not v.time_limits.ending(v.from_words.stripped(before)):
            return None  # no limit before the range
        # "trữ nước ngọt đủ dùng từ 15 đến 20 ngày": the first time of a limit's range
        return Reason("label", f"a range of times after {v.time_limits.ending(v.from_words.stripped(before))!r}: "
                               "a limit naming a group or a state")
    if word := _penalty_term(v, before):
        return Reason("label", f"a time after {word!r}: the term a penalty runs for")
    rest = after[len(unit):].lstrip()
    if reason := _a_term_or_a_qualifying_time(v, before, rest):
        return reason
    if (word := v.term_firsts.starting(rest)) and not v.not_term_firsts.starting(rest):
        return Reason("label", f"a time before {word!r}: the first stretch of a term")  # "trong 3 năm đầu"
    if word := v.coming.starting(rest):
        # "Thời hạn hoạt động của dự án: 50 năm kể từ ngày …", "giảm 50% … trong 4 năm tiếp theo"
        return Reason("label", f"a time before {word!r}: a term counted from a day, or the stretch after one")
    if word := _exemption_term(v, before):
        return Reason("label", f"a time after {word!r} and 'trong': the term an exemption runs for")
    if (word := v.time_limits.ending(_time_range_start().sub("", before))) and not after[len(unit):].startswith("/") \
            and not v.schedule_gaps.ending(before) and not _inside_a_bound(v, before, word):
        # not "không quá 3 ngày/hồ sơ": a time per item, an amount with its bound; nor "hoàn thành trước thời hạn 5
        # ngày": how far ahead of the deadline; nor "(quy định không quá 10 ngày)", a ceiling
        return Reason("label", f"a time after {word!r}: a limit naming a group or a state")
    if (word := v.rate_durations.ending(before)) and v.rate_words.found(_CLAUSE_BEFORE.split(before)[-1]):
        return Reason("label", f"a time after {word!r} and a rate word: when the rate is measured")
    return None


def _inside_a_bound(v: Vocabulary, before: str, word: str) -> bool:
    """The limit's ``word`` ending ``before`` is the end of a longer bound ("không quá") in a bracket opening with the
    rule that sets it ("(quy định không quá 10 ngày)"): the ceiling the time before is held against, no time past
    which a group is named ("nợ quá 90 ngày"), nor a law's term in prose ("không quá 03 năm")."""
    bound = v.any_qualifier.ending(before)
    if bound is None or len(bound) <= len(word) or not bound.endswith(word) or (at := before.rfind("(")) < 0:
        return False
    return v.norm_sources.starting(before[at + 1:].lstrip()) is not None


def a_lapse_bound(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "không để tàu mất kết nối trên 10 ngày không về bờ", "bị xử phạt do không duy trì kết nối VMS trên 10 ngày":
    a bound on how long a lapse lasts, right after the lapse (maybe past a short name of what lapses), names the
    cases it befalls: a label; "đợt nắng nóng kéo dài trên 10 ngày" is a length, a figure."""
    if not (unit := v.durations.starting(after)) or not (bound := v.group_bounds.ending(before)):
        return None  # the usual number: no bound before it and time unit after it
    head = before[:-len(bound)].rstrip()
    clause = head[max(head.rfind(","), head.rfind(";"), head.rfind(". ")) + 1:]
    if not v.lapses.within(clause) or not (word := v.lapses.found(clause)):
        return None
    between = clause[clause.rfind(word) + len(word):].split()
    if len(between) > LAPSE_NAME_WORDS or any(ch.isdigit() for ch in "".join(between)):
        return None
    return Reason("label", f"a bound on {unit!r} after {word!r}: how long a lapse lasts names the cases")


LAPSE_NAME_WORDS: Final = 2  # "kết nối VMS trên": a short name of what lapses between the lapse and its bound


_CLAUSE_BEFORE: Final = re.compile(r"[.;:,!?\n]")  # what ends the clause before a number
USEFUL_LIFE_REACH: Final = 300  # how far back a sentence of useful lives may name them


def a_useful_life(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "thời gian hữu dụng ước tính: nhà cửa, vật kiến trúc từ 5 đến 25 năm; máy móc, thiết bị từ 3 đến 10
    năm": a range of years (or months) in a full sentence that names the useful life of assets before it is
    the life an accounting policy sets for a kind of asset, a term: a label."""
    if (to := v.range_to.starting(after)) and (end := _RANGE_SECOND.match(after, len(to))):
        after = after[end.end():]  # the first of the range: its unit after the second
    elif not ((to := v.range_to.ending(before)) and before[:len(before) - len(to)].rstrip()[-1:].isdigit()):
        return None  # the usual number: no range of it
    if not v.time_limit_units.starting(after):
        return None  # not a range of times
    start = max(0, s - USEFUL_LIFE_REACH)
    stop = max(text.rfind(".", start, s), text.rfind("\n", start, s))
    if w := v.useful_lives.found(text[max(start, stop + 1):s].lower()):
        return Reason("label", f"a range of times after {w!r}: an asset's useful life, a term")
    return None
_RANGE_SECOND: Final = re.compile(r"\s*\d[\d.,]*\s*")  # "đến 20 ": a range's second number


@cache
def _time_range_start() -> re.Pattern[str]:
    """ "trong thời hạn từ 6 tháng đến", "đủ dùng từ 15 đến": the first time of a range before its second."""
    v = vocabulary()
    units, start, to = (alternation(w.words) for w in (v.time_limit_units, v.from_words, v.range_to))
    return re.compile(rf"\s*(?:(?:{start})\s+)?\d+(?:\s+(?:{units}))?\s*(?:{to}|-|–)\s*$", re.I)


def _penalty_term(v: Vocabulary, before: str) -> str | None:
    """ "324 trường hợp bị tước từ 22 đến 24 tháng", "tước giấy phép lái xe 3 tháng": a time right after a
    penalty that runs for a term (maybe past "từ", or a range's first time) is that term, a label like a loan's;
    the penalty's words."""
    if not v.penalty_terms.within(before):
        return None  # the usual number: no such penalty before it
    return v.penalty_terms.ending(v.from_words.stripped(_time_range_start().sub("", before)))


def _exemption_term(v: Vocabulary, before: str) -> str | None:
    """ "được miễn thuế thu nhập doanh nghiệp trong 2 năm": right after "trong", in a clause naming an exemption,
    a time is the term the exemption runs for; the exemption's word."""
    if not before.endswith("trong") or not v.time_openers.ending(before):
        return None  # the usual number
    return v.exemptions.found(_CLAUSE_BEFORE.split(before)[-1])


def _a_term_or_a_qualifying_time(v: Vocabulary, before: str, rest: str) -> Reason | None:
    """ "thời hạn hợp đồng 3 năm": the term a contract runs for, set before it starts; "ít nhất 1 năm kinh
    nghiệm": the time that says who qualifies. Both labels; ``rest`` is what follows the time's unit."""
    if word := v.qualifying_times.starting(rest):
        return Reason("label", f"a time before {word!r}: says who qualifies")
    if word := v.contract_terms.ending(v.any_qualifier.stripped(before)):
        return Reason("label", f"a time after {word!r}: the term a contract runs for")
    return None


def _past_a_ranges_first_bound(v: Vocabulary, head: str) -> str:
    """The words before a number ending with a range's word and its first bound ("trẻ từ 16 đến", "thiệt hại từ 30
    đến", "từ 30 -"), without them, back to the words the range's first bound follows ("trẻ từ"); ``head`` itself
    otherwise."""
    if head.endswith(("-", "–")) and head[:-1].rstrip()[-1:].isdigit():
        return head[:-1].rstrip().rstrip("0123456789,.").rstrip()  # "từ 30 - 70%": a dash joins the range
    if not (to := v.range_to.ending(head)):
        return head  # the usual answer: no range's second bound
    return head[: len(head) - len(to)].rstrip(" -–").rstrip("0123456789,").rstrip()


def age_of_a_group(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "trẻ dưới 1 tuổi", "từ 1 đến 5 tuổi" bound a group, "trẻ 5 tuổi" names one; "tuổi thọ
    73,5 tuổi" is a figure."""
    if (bound := v.age_bounds.ending(before) or v.age_groups.ending(before)) and v.age_after.match(after):
        return Reason("label", f"an age after {bound!r}: names a group")
    if v.age_spans.within(before):
        head = before
        head = _past_a_ranges_first_bound(v, head)  # the range's second age: past "từ 16 đến"
        if span := v.age_spans.ending(v.from_words.stripped(head)):
            return Reason("label", f"ages after {span!r}: name a group")  # "thanh niên độ tuổi từ 16 đến 30"
    return _ages_after_an_age_word(v, before) or _age_naming_a_grade(v, before, after)


def _age_naming_a_grade(v: Vocabulary, before: str, after: str) -> Reason | None:
    """ "sâm 3 năm tuổi được thu mua với giá …", "cây giống 1 năm tuổi", "lợn 4 tuần tuổi": an age in years, months,
    weeks or days right after what is of that age says which ones, a label (as "trẻ 18 tháng tuổi" does); after a
    verb, a qualifier or an average ("có 30 năm tuổi", "bình quân 25 năm tuổi") it is how old they are; so is a
    range of ages ("cây 7 - 8 năm tuổi cho năng suất …")."""
    if not (word := v.age_words.starting(_RANGES_SECOND.sub("", after, count=1))) or " " not in word:
        return None  # the usual number; "tuổi" alone is a person's age, a group only after its words
    last = before.rpartition(" ")[2]
    if not last.isalpha() or v.verbs.ending(before) or v.any_qualifier.ending(before) \
            or v.per_one_average.ending(before) or v.copulas.ending(before):
        return None
    return Reason("label", f"an age in {word!r} right after what is of it: says which ones")


def a_bound_in_a_rates_subject(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Tỷ lệ phụ nữ đẻ được khám thai từ 3 lần trở lên trong 3 thời kỳ đạt 91,5%": a bound with its threshold after
    it, inside the words a rate's clause opens with (no number before it there), before the rate's percent in that
    clause, says whose rate it is, a label ("tỷ lệ hộ có thu nhập từ 10 triệu đồng trở lên" names one too)."""
    if not (bound := v.group_bounds.ending(before)) or not (m := _threshold_after().match(after)):
        return None  # the usual number: no bound before it, or no threshold right after it
    start = max(text.rfind(mark, 0, s) for mark in ".;:\n") + 1
    opening = text[start:s].lower().lstrip(" -+•")
    if not v.rate_words.starting(opening) or any(ch.isdigit() for ch in opening[:len(opening) - len(bound)]):
        return None
    clause_end = min((at for mark in ".;\n" if (at := text.find(mark, e)) >= 0), default=len(text))
    return Reason("label", f"a bound after {bound!r} in a rate's subject: whose rate it is") \
        if _A_RATES_VALUE.search(text, e + m.end(), clause_end) else None


def a_bound_naming_the_things_counted(v: Vocabulary, text: str, s: int, e: int, before: str,
                                      after: str) -> Reason | None:
    """ "trong đó 45 nhà máy có công suất từ 300 tấn củ/ngày trở lên": a bound with its threshold after it, in the
    few words after "có" right after things counted, says which of them are counted, a label."""
    if not (bound := v.group_bounds.ending(before)) or not _threshold_past_a_unit().match(after):
        return None  # the usual number: no bound before it, or no threshold right after it
    head = before[:len(before) - len(bound)].rstrip()
    return Reason("label", f"a bound after {bound!r} in what the things counted have: which of them") \
        if _counted_having().search(head) else None


def a_bound_before_its_groups_count(v: Vocabulary, text: str, s: int, e: int, before: str,
                                    after: str) -> Reason | None:
    """ "giếng khai thác tầng nông dưới 100 m có 5.260 giếng", "giếng có chiều sâu từ 100 m đến 200 m có 38.470
    giếng", "số hộ nuôi từ 10 con trở lên là 1.145 hộ": a bound and its unit (maybe its threshold) right before "có"
    or a copula and a count say which things the count is of, a label; so does a
    bound with its threshold filling a bracket after the things ("các giếng thuộc diện phải cấp phép (lưu lượng từ 10
    m3/ngày đêm trở lên)")."""
    if not (bound := v.group_bounds.ending(before)) \
            and not (bound := v.range_to.ending(before) if _range_bounded().search(before[-BOUND_REACH:]) else None):
        return None  # the usual number: no bound before it, nor a bounded range's first end
    if _unit_then_a_count_had().match(after):
        return Reason("label", f"a bound after {bound!r} before a count of the things within it: which of them")
    closing = _threshold_closing_a_bracket().match(after)
    m = _measure_opening_a_bracket().search(before[:-len(bound)]) if closing else None
    if m is not None and not v.plan_markers.found(m.group()) and not v.norm_sources.found(m.group()):
        return Reason("label", f"a bound after {bound!r} with its threshold, filling a bracket: which things")
    return None


BOUND_REACH: Final = 30  # "từ 100 m đến ": a bound, a range's first end and its unit, and the range's word
_UNIT_WORD: Final = r"(?!\d)[^\s,;:.()]+\s+"  # "m ", "m3/ngày ": a unit's word, no number nor mark of a clause


@cache
def _range_bounded() -> re.Pattern[str]:
    """ "từ 100 m đến": a bound, a number and its unit, and a range's word closing the text (lowercased)."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{v.group_bounds.pattern})\s+{NUM}\s*(?:{_UNIT_WORD}){{1,2}}"
                      rf"(?:{v.range_to.pattern})$")


@cache
def _unit_then_a_count_had() -> re.Pattern[str]:
    """ " m có 5.260", " m đến 200 m có 38.470", " con trở lên là 1.145", " đàn trở lên đạt 600": a unit of a word or
    two (the range's second end and its unit, or a threshold word, maybe after it), "có", a copula or an attaining
    verb and a number, lowercased."""
    v, unit = vocabulary(), rf"(?:{_UNIT_WORD}){{1,2}}"
    return re.compile(rf"\s*{unit}(?:(?:{v.range_to.pattern})\s+{NUM}\s*{unit}|(?:{_threshold_words()})\s+)?"
                      rf"(?:{v.haves.pattern}|{v.copulas.pattern}|{v.attained_verbs.pattern})\s+\d")


@cache
def _threshold_closing_a_bracket() -> re.Pattern[str]:
    """ " m3/ngày đêm trở lên)": a unit of a few words, a threshold word and the bracket's close, lowercased."""
    return re.compile(rf"\s*(?:{_UNIT_WORD}){{1,3}}(?:{_threshold_words()})\s*\)")


@cache
def _measure_opening_a_bracket() -> re.Pattern[str]:
    """ "các giếng thuộc diện phải cấp phép (lưu lượng ": a bracket opening with a measure's noun of one to four
    words, then the bound, after a clause of things with no number (not "đạt 86,5 điểm (yêu cầu ", a norm beside a
    level), nor a requirement ("Thu nhập (tiêu chí yêu cầu từ 61 triệu đồng/người/năm trở lên)", a target)."""
    return re.compile(r"(?:^|[,;:.])[^\d,;:.()]*\(\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*$")


@cache
def _counted_having() -> re.Pattern[str]:
    """A number, its counted noun (one to five words), "có" and a measure's noun (one to four words), closing the
    text."""
    word, haves = r"[^\W\d_]+", vocabulary().haves.pattern
    return re.compile(rf"\d\s+{word}(?:\s+{word}){{0,4}}\s+(?:{haves})\s+{word}(?:\s+{word}){{0,3}}$")


def _threshold_words() -> str:
    """The threshold words after a bound's number ("trở lên", "trở xuống"), as a pattern's alternation."""
    return alternation(w for ws in vocabulary().raw["qualifiers_after"].values() for w in ws)


@cache
def _threshold_past_a_unit() -> re.Pattern[str]:
    """ " tấn củ/ngày trở lên": a unit of a few words (maybe with a "/"), then a threshold word (lowercased)."""
    return re.compile(rf"\s*(?:[^\s\d]+\s+){{1,3}}(?:{_threshold_words()})(?!\w)")


@cache
def _threshold_after() -> re.Pattern[str]:
    """ " lần trở lên": a few words, then a threshold word, right after a bound's number (lowercased)."""
    return re.compile(rf"(?:[^\W\d_]+\s+){{0,3}}(?:{_threshold_words()})(?!\w)")


_A_RATES_VALUE: Final = re.compile(r"\d\s*%")  # "91,5%": a rate's value


def a_height_for_a_group(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Miễn vé cho trẻ em cao dưới 1,3 m", "người cao từ 1,4 m trở lên mua vé người lớn": a height bound after
    "cao" and a bound word says who pays which price, a label; "cây cao 1,3 m" (no bound) is a figure."""
    if not after.startswith(("m", "cm")) or "cao" not in before[-HEIGHT_REACH:]:
        return None  # the usual number: no length right after it, or no "cao" right before it
    if not (w := v.height_bounds.ending(before)) or not v.height_units.is_one(after.split(" ", 1)[0].rstrip(".,;")):
        return None
    return Reason("label", f"a height after {w!r}: names the group a price is for")


HEIGHT_REACH: Final = 20


def a_seat_class(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "xe ô tô dưới 16 chỗ", "xe từ 12 ghế trở lên", "ô tô khách trên 9 chỗ": a number of seats after a bound word
    names a class of vehicles (the fare, the fee or the count is for it), a label; "xe 16 chỗ" (no bound) is a
    vehicle's size, left to the other checks."""
    if not (seats := v.seat_units.starting(after)) or not (w := v.group_bounds.ending(before)):
        return None  # the usual number: no seats right after it, or no bound word right before it
    if not _vehicle_ending().search(before[:len(before) - len(w)]):
        return None  # "bãi đỗ xe có sức chứa trên 500 chỗ", "hội trường trên 300 chỗ ngồi": places, a figure
    return Reason("label", f"{w!r} and {seats!r}: a class of vehicles by their seats")


@cache
def _vehicle_ending() -> re.Pattern[str]:
    """ "xe ô tô ", "ô tô khách ": a vehicle's word and at most one word after it, ending the words (lowercased)."""
    return re.compile(rf"(?<!\w)(?:{vocabulary().seat_vehicles.pattern})(?:\s+[^\W\d_]+)?\s*$")


def a_tickets_scope(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Vé liên tuyến 3 điểm: người lớn 420.000 đồng/vé", "Vé tháng đi 1 tuyến: 200.000 đồng/tháng": the sites or
    routes a ticket covers, right after the ticket's name, say which ticket a price is for: a label; "bán được 3
    điểm vé" has no ticket's name before it and is left to the other checks."""
    if not v.ticket_scope_units.starting(after) or not (w := v.ticket_names.ending(before[-TICKET_REACH:])):
        return None  # the usual number: no sites or routes after it, or no ticket named right before it
    return Reason("label", f"after {w!r}: the sites or routes a ticket covers")


TICKET_REACH: Final = 24


def a_full_course_of_doses(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Nhóm trẻ chưa tiêm đủ 2 mũi có 4.318 đối tượng", "trẻ đã uống đủ 3 liều": the doses of a full course a
    group has had or lacks name the group, a label; "cung ứng đủ 2.000 liều vắc xin" supplies doses, a figure."""
    if not (word := v.full_course.ending(before)) or not v.course_doses.starting(after):
        return None  # the usual number: no word of a full course right before it
    return Reason("label", f"after {word!r}: the doses of a full course name a group")


def _ages_after_an_age_word(v: Vocabulary, before: str) -> Reason | None:
    """ "tuổi từ 18 đến 30": an age word, then "từ" and a range with no "tuổi" after it, bounds the group a
    condition names; "người cao tuổi 120 người" (no "từ") counts, and so does a range after an age stated ("sâm 5
    năm tuổi từ 55 đến 65 triệu đồng/kg")."""
    if not v.age_words_before_from.within(before):
        return None  # the usual number
    head = before
    head = _past_a_ranges_first_bound(v, head)  # the range's second age: past "từ 18 đến"
    if not (start := v.from_words.ending(head)):
        return None
    stem = head[: len(head) - len(start)].rstrip()
    if (word := v.age_words_before_from.ending(stem)) and not _AGE_STATED.search(stem, 0, len(stem) - len(word)):
        return Reason("label", f"ages after {word + ' ' + start!r}: name a group")
    return None  # "sâm 5 năm tuổi từ 55 đến 65 triệu đồng/kg": an age stated before, then what they fetch


_AGE_STATED: Final = re.compile(r"\d\s+[^\W\d_]+\s*$")  # "5 năm" before "tuổi": the age already stated


def a_named_score(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "186 điểm 10", "Số điểm 10", "bài thi đạt điểm 10": a score naming a grade, counted by the number
    before or had by the things graded; "tổng điểm 3 môn": the subjects a total sums,
    "điểm trung bình 3 môn" those an average is over. "đạt 6,94 điểm" and
    "điểm trung bình 6,94 điểm" are figures; "thí điểm 3 mô hình" counts."""
    if (average := v.score_averages.ending(before)) and (word := v.scores.ending(before[: -len(average)].rstrip())) \
            and not unit_after(v, text, e) and (noun := counted(text, e)[0]) and not v.scores.starting(noun.lower()):
        return Reason("label", f"a number right after {word + ' ' + average!r}: names what an average is over")
    if not (word := v.scores.ending(before)) or unit_after(v, text, e):
        return None
    rest = before[: -len(word)].rstrip()
    if rest[-1:].isdigit() or v.score_openers.ending(rest):
        return Reason("label", f"a number right after {word!r}: names a grade or what a total sums")
    if (had := v.group_attributes.ending(rest)) and v.graded.ending(rest[: -len(had)].rstrip()):
        return Reason("label", f"a number right after things graded {had!r} {word!r}: names a grade")
    return None


# A number before a bound, not glued to a word ("A00"): the count, its fraction's second part kept out.
_SHARE_BRACKET: Final = re.compile(r"\s*\(\d+(?:[.,]\d+)*\s?[%‰]\)")  # "(76,6%)" after a count
_COUNT_BEFORE: Final = re.compile(r"(?<![\w.,/])(\d+(?:[.,]\d+)*)(?:/\d+(?:[.,]\d+)*)?")
_COUNT_AFTER: Final = re.compile(r" +(\d+(?:[.,]\d+)*)")
_BRACKET_CLOSE: Final = re.compile(r"\s*\)")
CLAUSE_REACH: Final = 120  # how far back the count of a bound naming a group is looked for
GROUP_NOUN_WORDS: Final = 5  # the count's noun before the bound: "trường hợp tàu", "môn khối A00"
_SHORT_WORDS: Final = re.compile(r"\s*(?:[^\W\d_]+\s*){1,3}")  # "thành phố", "thị xã có ": no digit, no mark
_CLAUSE_BREAK_OR_DIGIT: Final = re.compile(r"[,;:()\d]")
GROUP_MEASURE_WORDS: Final = 8  # what each one has: "trọng tải", "tỷ lệ hồ sơ trực tuyến toàn trình"
NONE_NOUN_WORDS: Final = 2  # "xã nào có …": the things there are none of, before what each one has


def _bound_unit_end(v: Vocabulary, text: str, e: int) -> int:
    """Where the unit of a bound's number at ``e`` ends ("100.000 tấn", "100 triệu đồng/năm", "29 điểm",
    "10 ngày", "63,5%"), or -1 when no unit follows."""
    right = text[e:e + UNIT_REACH].lower()
    if right[:1] in ("%", "‰"):
        return e + 1
    low = right.lstrip()
    pos = e + len(right) - len(low)
    if v.not_scales.starting(low) or v.not_units.starting(low):
        return -1
    if scale := v.scale_words.starting(low):
        rest = low[len(scale):]
        low = rest.lstrip()
        pos += len(scale) + len(rest) - len(low)
    if not (unit := v.group_bound_units.starting(low) or v.measure_units.starting(low)):
        return -1  # a unit of measure the vocabulary lacks ("có nơi trên 300 mm") is a unit all the same
    pos += len(unit)
    per = v.per_pattern.match(text[pos:pos + AFTER_REACH].lower())  # "100 triệu đồng/năm"
    return pos + per.end() if per else pos


def _bound_noun_end(v: Vocabulary, text: str, e: int) -> int:
    """Where the counted noun of a bound's number at ``e`` ends, when no unit word follows it ("từ 10
    con", "từ 15 tiêu chí"), or -1."""
    if unit_after(v, text, e) or v.unit_words.starting(text[e:e + UNIT_REACH].lower().lstrip()):
        return -1  # "từ 3 sao": a unit, which the bound's own units decide on
    noun, tail = counted(text, e)
    return tail if noun else -1


_BOUND_WORD: Final = re.compile(r"[^\W\d_]+\s+")  # one word of a short noun after a percent, no digit or mark
BOUND_NOUN_WORDS: Final = 3  # "khối lượng ", "số câu hỏi "


def _bound_close(v: Vocabulary, text: str, end: int) -> tuple[int, bool, bool]:
    """After a bound's unit: where it ends, whether "trở lên"/"trở xuống" closes it (a threshold) and
    whether "đến dưới 15 m" does (a range)."""
    right = text[end:end + AFTER_REACH].lower()
    low = right.lstrip()
    pos = end + len(right) - len(low)
    for words in v.qualifiers_after.values():
        if w := words.starting(low):
            return pos + len(w), True, False
    if text[end - 1:end] in ("%", "‰"):
        # "từ 10% khối lượng trở lên", "từ 50% số câu hỏi trở lên": the percent's noun between the bound
        # and its "trở lên"
        at = 0
        for _ in range(BOUND_NOUN_WORDS):
            if (word := _BOUND_WORD.match(low, at)) is None:
                break
            at = word.end()
            if w := v.any_qualifier_after.starting(low[at:]):
                return pos + at + len(w), True, False
    if to := (v.group_bounds.starting(low) or v.range_to.starting(low)):
        if (m := _COUNT_AFTER.match(text, pos + len(to))) and (unit_end := _bound_unit_end(v, text, m.end())) > 0:
            return unit_end, False, True
    return end, False, False


DEFINITION_REACH: Final = 200  # the clause before a bound that may define the group it names


@cache
def _definition() -> re.Pattern[str]:
    """ "hộ nghèo là hộ có", "doanh nghiệp nhỏ là doanh nghiệp có": a term, a copula, the term's own
    noun again and the having word: what follows says which ones the term names."""
    v = vocabulary()
    copulas, having = alternation(v.copulas.words), alternation(v.group_having.words)
    return re.compile(rf"(?<!\w)([^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s+[^\W\d_]+){{0,3}}\s+(?:{copulas})\s+\1"
                      rf"\s+(?:{having})(?!\w)")


def _defined_group(text: str, s: int) -> bool:
    """The clause of a bound at ``s`` defines a group ("Hộ cận nghèo là hộ có thu nhập tương ứng và thiếu
    hụt dưới 03 chỉ số"): the bound names who belongs to it, no figure."""
    lead = text[max(0, s - DEFINITION_REACH):s]
    lead = lead[max(lead.rfind(m) for m in (".", ";", "\n", ":")) + 1:].lower()
    return any(c in lead for c in vocabulary().copulas.words) and _definition().search(lead) is not None


def _count_named_before(v: Vocabulary, text: str, start: int, closed: bool, threshold: bool,
                        percent: bool) -> bool:
    """A count stands before the bound at ``start`` in its clause, with only its noun, and what each one
    has, between: "118 lượt tàu có trọng tải", "100% tàu cá", "18 tàu mất kết nối", "412 thí sinh đạt".
    Right after the noun the bound must be closed ("từ", "dưới"), after a bare attribute word a threshold
    ("đạt từ 27 điểm trở lên"; "15 phiên đấu giá đạt trên 120 tỷ đồng" is a figure)."""
    left = max(0, start - CLAUSE_REACH)
    clause_from = left
    shares = [m.span() for m in _SHARE_BRACKET.finditer(text, left, start)] if "%)" in text[left:start] else []
    stops = [stop for stop in _CLAUSE_END.finditer(text, left, start)
             if not any(a <= stop.start() < b for a, b in shares)]  # "(76,6%)" after a count ends no clause
    if stops:
        clause_from = stops[-1].end()
    # "18 huyện, thành phố, thị xã có …": the commas of one coordinated noun, short words alone between
    # them, end no clause
    k, upto = len(stops) - 1, start
    if stops and (at := v.group_attributes.first(text[stops[-1].end():start].lower())) > 0:
        # "15/18 huyện, thị xã, thành phố có mức thu nhập tăng trên 8%", "8/9 huyện, thị xã, thành phố đạt
        # năng suất trên 60 tạ/ha"
        upto = stops[-1].end() + at
    while k >= 0 and stops[k].group() == ", " and _SHORT_WORDS.fullmatch(text, stops[k].end(), upto) \
            and not (percent and v.rate_words.starting(text[stops[k].end():upto].lower())):
        # "…, tỷ lệ trường đạt chuẩn đạt 80% trở lên": a rate opening the clause is one of its own
        clause_from, upto = (stops[k - 1].end() if k else left), stops[k].start()
        k -= 1
    for m in reversed(list(_COUNT_BEFORE.finditer(text, clause_from, start))):
        ps, pe = m.span(1)
        gap_from = m.end()
        if text[gap_from:gap_from + 2] in ("%)", "‰)") and text[ps - 1:ps] == "(":
            continue  # "412/538 doanh nghiệp (76,6%) đăng ký vốn": the count's share in brackets
        if text[gap_from:gap_from + 1] in ("%", "‰"):
            if v.any_qualifier_after.starting(text[gap_from + 1:gap_from + 1 + AFTER_REACH].lstrip().lower()):
                return False  # "trẻ nhà trẻ đạt 33% trở lên, trẻ mẫu giáo đạt …": a bound of its own, no count
            gap_from += 1  # "100% tàu cá": a share of a count
            break
        if unit_after(v, text, pe) or v.measure_units.starting(text[pe:pe + UNIT_REACH].lower().lstrip()):
            return False  # an amount ("phổ biến 100-200 mm, có nơi trên 300 mm"): no count
        if (reason := not_a_figure(text, ps, pe)) is None:
            break
        if reason.code != "label":
            return False  # a year, a date: no count
        # "2 thí sinh đạt tổng điểm 3 môn": a label in the noun phrase, the count is before it
    else:
        return False
    gap = _SHARE_BRACKET.sub(" ", text[gap_from:start]).strip().lower()
    if percent and not closed and v.change.ending(gap):
        # "12/15 xã có thu nhập bình quân tăng trên 10%": the change each one had over a bound names them
        noun, measure = _noun_and_measure(v, gap)
        return 0 < len(noun) <= GROUP_NOUN_WORDS and 0 < len(measure or ()) <= GROUP_MEASURE_WORDS \
            and not any(w in v.counted_stop for w in noun)
    if not gap or v.group_totals.found(gap) or not threshold and v.group_sums.found(gap):
        return False  # "45 dự án với tổng vốn trên 2.000 tỷ đồng": what the group has together
    if percent and (rated := v.group_rated.ending(gap)):
        # "2/6 dự án giải ngân trên 70%": the share of its own plan each one reached names them
        noun = gap[:-len(rated)].split()
        return 0 < len(noun) <= GROUP_NOUN_WORDS and not any(w in v.counted_stop for w in noun)
    noun, measure = _noun_and_measure(v, gap)
    if not noun or len(noun) > GROUP_NOUN_WORDS or v.unit_words.starting(gap) or v.scale_words.starting(gap):
        return False
    if measure is None:  # right after the noun: "tàu cá từ 15 m trở lên"
        return closed
    # "có 3 huyện có tỷ lệ trên 28%": a share of each is a figure, unless a threshold says it names them,
    # it is each one's excess over a limit ("187 xe chở quá tải trọng trên 10%"), or the count is of all
    # ("9/9 huyện, thành phố có tỷ lệ thất nghiệp dưới 3%"): how many of them meet the bound
    return len(measure) <= GROUP_MEASURE_WORDS and (threshold or bool(measure) and (
        not percent or v.group_excess.starting(measure[0]) is not None or text.startswith("/", m.end(1))))


def _noun_and_measure(v: Vocabulary, words: str) -> tuple[list[str], list[str] | None]:
    """The words of a noun, and of what each one has after an attribute word ("hộ có thu nhập": ["hộ"],
    ["thu", "nhập"]; None with no attribute word); no noun if a stop word stands in it."""
    head, measure = words, None
    if (at := v.group_attributes.first(words)) >= 0:
        attribute = v.group_attributes.starting(words[at:]) or ""
        head, measure = words[:at], words[at + len(attribute):].split()
    noun = head.split()
    if any(w in v.counted_stop for w in noun):
        return [], measure
    return noun, measure


@cache
def _class_bound() -> re.Pattern[str]:
    """The words before a bound's number, or before its range's end, after a class named by its number
    ("vị trí 2 từ trên", "vị trí 2 từ trên 20 m đến"), up to the number (lowercased, as ``before``)."""
    v = vocabulary()
    classes, bounds = alternation(v.numbered_classes.words), alternation(v.group_bounds.words)
    ends = alternation(v.range_to.words)
    return re.compile(rf"(?<!\w)(?:{classes})\s+\d{{1,2}}(?:\s+(?:{bounds}))+"
                      rf"(?:\s+{NUM}\s*[^\W\d_]{{0,6}}\s+(?:{ends})(?:\s+(?:{bounds}))?)?$")


def a_size_class(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "xếp thứ 12 trong nhóm quy mô 5-15 triệu khách/năm", "thuộc nhóm quy mô từ 50 lao động trở lên": a size or a
    range of sizes right after words naming a class by the sizes it holds says what belongs to the class: a label."""
    if not v.size_classes.within(before[-SIZE_CLASS_REACH:]):
        return None  # the usual number: no class of sizes named right before it
    if (to := v.range_to.ending(before)) or before.endswith(("-", "–")):
        before = _RANGE_FIRST.sub("", before[:len(before) - len(to or "-")].rstrip())  # "5-15": the range's end
    if word := v.size_classes.ending(v.any_qualifier.stripped(v.from_words.stripped(before), " ")):
        return Reason("label", f"after {word!r}: the sizes a class holds")
    return None


def a_band_heading_a_price(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "- Đi dưới 15 km: 7.000 đồng/lượt", "- Từ 100 m2 trở lên: 12.000 đồng/m2": a bound in a unit opening a
    list item, the item's price after its colon, names the band the price is for, a label; "- Quãng đường dưới
    15 km chiếm 40% số chuyến" has no colon after the band and is kept. A band may be a range ("- Từ 50 triệu đồng
    đến 100 triệu đồng: 100.000 đồng/trường hợp"), both its ends a label."""
    if ":" not in after[:PRICE_BAND_REACH] and not (":" in text[e:e + BAND_RANGE_REACH] and _ranged(v, after)):
        return None  # the usual number: no colon right after it
    bands, band = _band_ranges(), text[e:e + BAND_RANGE_REACH].lower()
    if not (m := _BAND_TO_COLON.match(band) or bands[0].match(band)):
        return None
    if first := bands[1].search(before):
        before = before[:first.start()].rstrip()  # "- từ 50 triệu đồng đến": the range's first end and its unit
    if not (w := v.band_bounds.ending(before)):
        return None
    line = before[before.rfind("\n") + 1:]
    if len(line) > BAND_HEAD_REACH or not line.lstrip().startswith(("-", "+", "•")) or any(c.isdigit() for c in line):
        return None  # a band opens a short list item, no other number before it
    if not unit_after(v, text, e) or not any(c.isdigit() for c in text[e + m.end():e + m.end() + PRICE_BAND_REACH]):
        return None  # a band in a unit, a price after its colon
    return Reason("label", f"a band after {w!r} opening a list item: names what its price is for")


PRICE_BAND_REACH: Final = 24  # "15 km: ": from a band's bound to its colon, and from the colon to its price
BAND_RANGE_REACH: Final = 60  # " triệu đồng đến 100 triệu đồng: ": from a band's first end to its colon


def _ranged(v: Vocabulary, after: str) -> bool:
    """A range's word stands a few words after the number: the first end of a range."""
    return v.range_to.within(after[:PRICE_BAND_REACH])


BAND_HEAD_REACH: Final = 30
_BAND_TO_COLON: Final = re.compile(r"[^\d:\n]{1,16}:")  # "km trở lên:": the unit and a few words, no number


@cache
def _band_ranges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ " triệu đồng đến 100 triệu đồng:": a band's first end's unit, the range's word, its second end and unit, to
    the colon; and " 50 triệu đồng đến" ending the words before the second end (lowercased)."""
    to = alternation(vocabulary().range_to.words)
    return (re.compile(rf"(?:[^\d:\n]{{0,16}}?\s)?(?:{to})\s+\d[\d.,]*[^\d:\n]{{1,16}}:"),
            re.compile(rf"\s\d[\d.,]*[^\d:\n]{{0,16}}?\s(?:{to})$"))


def a_half_open_class(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Tàu có chiều dài từ 12 m đến dưới 15 m lắp đặt VMS tự nguyện 215 chiếc", "khóa từ 3 tháng đến dưới 12
    tháng": a range from "từ" that leaves its upper end out ("đến dưới") is a class, both its ends a label, unless
    a change runs through it ("tăng từ 5% đến dưới 7%" is no class)."""
    to = v.half_open_to.ending(before)
    if not to and not v.half_open_to.within(after[:HALF_OPEN_REACH]):
        return None  # the usual number: no open upper end beside it
    if to:
        m = _range_opened_half().search(before[:-len(to)].rstrip())
        lead = before[:m.start()].rstrip() if m else None
    else:
        m = _HALF_OPEN_AFTER.match(after)
        # "từ 200 đến dưới 350 hộ": no unit after the first end, "đến" is no unit
        if not m or not (v.half_open_to.starting(after) or v.half_open_to.starting(after[m.end():])) \
                or not (opener := v.from_words.ending(before)):
            return None
        lead = before[:-len(opener)].rstrip()
    if lead is None or v.change.ending(lead) or v.to_level.ending(lead):
        return None
    return Reason("label", "an end of a range that leaves its upper end out: a class")


HALF_OPEN_REACH: Final = 16  # "12 m đến dưới", "3 tháng đến dưới": the first end's unit, then the words
_HALF_OPEN_AFTER: Final = re.compile(r"(?:%|[^\W\d_]{1,6}\s+)?")  # the first end's unit before "đến dưới"


@cache
def _range_opened_half() -> re.Pattern[str]:
    """ "từ 12 m", "từ 3 tháng" ending the words before "đến dưới" (lowercased): the range's first end."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().from_words.words)})\s+{NUM}\s*(?:%|[^\W\d_]{{1,6}})?$")


_RANGE_FIRST: Final = re.compile(r"\s*\d[\d.,]*$")  # the first number of a range, before its "-" or "đến"


SIZE_CLASS_REACH: Final = 40  # the longest class word, a range's first number and its words between


def a_classed_bound(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "vị trí 2 từ trên 20 m đến 50 m, vị trí 3 từ trên 50 m …": a bound, in a unit, right after a class
    named by its number says which things belong to that class: a label, and so is its range's end."""
    if not v.numbered_classes.within(before) or not unit_after(v, text, e):  # the usual number: no class before
        return None
    if _class_bound().search(before[-BEFORE_REACH:]):
        return Reason("label", "a bound right after a class named by its number: says what belongs to it")
    return None


@cache
def _range_opened() -> re.Pattern[str]:
    """ "từ 0 đến" ending the words before a number (lowercased): a range from "từ" whose end the number is."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{alternation(v.from_words.words)})\s+{NUM}\s+(?:{alternation(v.range_to.words)})$")


CLASS_BRACKET_REACH: Final = 40  # the bracket's opening words before a class bound: "(nhiệt độ cao nhất từ"


def a_bracketed_class_bound(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "4 đợt nắng nóng gay gắt (nhiệt độ cao nhất từ 37°C trở lên)", "41 ngày ở mức tốt (AQI từ 0 đến 50)": a
    bracket right after a noun, holding only a measure's name and a bound from "từ" (closed by "trở lên" or
    "trở xuống", or a range), defines the group or class the noun names: a label, not a figure."""
    if ")" not in after:
        return None  # the usual number: no bracket closing after it
    if opener := v.from_words.ending(before):
        lead, ranged = before[:-len(opener)], False
    elif v.range_to.ending(before) and (m := _range_opened().search(before)):
        lead, ranged = before[:m.start()], True  # "(AQI từ 0 đến 50)": the range's end
    else:
        return None
    head, bracket, inside = lead[-CLASS_BRACKET_REACH:].rpartition("(")
    inside = inside.strip()
    if not bracket or not head.rstrip()[-1:].isalpha() or not inside \
            or len(inside.split()) > GROUP_MEASURE_WORDS or _CLAUSE_BREAK_OR_DIGIT.search(inside) \
            or v.verbs.found(inside) or v.change.found(inside) or v.rate_words.found(inside) \
            or v.plan_markers.found(inside) or v.comparison.found(inside):
        return None
    pos = e
    low = text[pos:pos + AFTER_REACH].lower()
    if not ranged and (to := v.range_to.starting(low.lstrip())) \
            and (m := _COUNT_AFTER.match(text, pos + len(low) - len(low.lstrip()) + len(to))):
        pos, ranged = m.end(), True  # "từ 0 đến 50": the range's end
    if (unit_end := _bound_unit_end(v, text, pos)) > 0:
        pos = unit_end
    end, threshold, _ = _bound_close(v, text, pos)
    if not (threshold or ranged) or not _BRACKET_CLOSE.match(text, end):
        return None
    return Reason("label", "a bound on a measure alone in a bracket after a noun: defines its group or class")


NUMBERED_GROUP_BRACKET_REACH: Final = 120  # a bracket defining a group: "(xe từ 12 ghế đến 30 ghế, xe tải từ 2 tấn"


@cache
def _numbered_group_before_bracket() -> re.Pattern[str]:
    """ "xe nhóm 2", "doanh nghiệp loại i" ending the lowercased words before a bracket: a group named by its
    number."""
    alt = alternation(vocabulary().numbered_groups.words)
    return re.compile(rf"(?<!\w)(?:{alt})\s+(?:\d+|[ivx]+)$")


def a_bound_defining_a_numbered_group(v: Vocabulary, text: str, s: int, e: int, before: str,
                                      after: str) -> Reason | None:
    """ "xe Nhóm 2 (xe từ 12 ghế đến 30 ghế, xe tải từ 2 tấn đến dưới 4 tấn)", "hộ nhóm 1 (thu nhập dưới 1,5
    triệu đồng/người/tháng)", "doanh nghiệp loại I (từ 200 lao động trở lên)": a bound (after "từ", "dưới",
    "trên" or a range's "đến") inside a bracket that opens right after a group or class named by its number,
    with no change, comparison or verb but what each one has in its item, says which things belong to that
    group: a label, not a figure."""
    if not (v.group_bounds.ending(before) or v.range_to.ending(before)):
        return None  # the usual number: no bound opens before it
    opened = text.rfind("(", max(0, s - NUMBERED_GROUP_BRACKET_REACH), s)
    if opened < 0 or ")" in text[opened:s] or "\n" in text[opened:s]:
        return None
    head = text[max(0, opened - BEFORE_REACH):opened].lower().rstrip()
    if not _numbered_group_before_bracket().search(head):
        return None
    part = text[opened + 1:s].lower().rpartition(", ")[2]  # the bound's own item: "xe tải có tải trọng dưới"
    if v.change.found(part) or v.plan_markers.found(part) or v.comparison.found(part) \
            or v.verbs.found(part) and not v.group_attributes.found(part):
        return None
    return Reason("label", "a bound in a bracket right after a group named by its number: defines the group")


DISTANCE_PLACE_WORDS: Final = 4  # "trung tâm huyện", "trụ sở ủy ban xã": the place a distance is from


def a_distance_bound_of_places(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "các xã cách trung tâm từ 30 km trở lên", "hộ ở cách trường dưới 2 km trở xuống": a bound in a length,
    closed by "trở lên"/"trở xuống", on how far things are from a place ("cách" and the place right before
    it) says which of them are meant: a group, no figure."""
    if (opener := v.group_bounds.ending(before)) is None or not v.distance_words.within(before.lower()):
        return None  # the usual number: no bound, no distance word before it
    low = after.lstrip().lower()
    if (unit := v.distance_units.starting(low)) is None \
            or not v.any_qualifier_after.starting(low[len(unit):].lstrip()):
        return None
    lead = before[:-len(opener)].rstrip().lower()
    words = lead.split()
    for n in range(1, DISTANCE_PLACE_WORDS + 1):
        if len(words) <= n:
            break
        head = " ".join(words[:-n])
        if any(c in " ".join(words[-n:]) for c in ",;:()0123456789"):
            break
        if v.distance_words.ending(head):
            return Reason("label", "a bound on how far things are from a place: names a group of them")
    return None


EXAM_NAME_WORDS: Final = 6  # "năng lực tiếng Hàn EPS-TOPIK": the exam's name between its word and the bound


def a_score_bound_in_an_exam(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "đã đạt kỳ thi tiếng Hàn từ 80 điểm trở lên", "có bài thi đánh giá năng lực trên 700 điểm trở lên": a
    bound in scores, closed by "trở lên"/"trở xuống", right after an exam and its name, is the score one
    must reach in it: it says who qualifies, a group, no figure."""
    if (opener := v.group_bounds.ending(before)) is None or not v.exam_words.within(before.lower()):
        return None  # the usual number: no bound, no exam before it
    low = after.lstrip().lower()
    if (score := v.scores.starting(low)) is None or not v.any_qualifier_after.starting(low[len(score):].lstrip()):
        return None
    words = before[:-len(opener)].rstrip().lower().split()
    for n in range(EXAM_NAME_WORDS + 1):
        if len(words) <= n or any(c in " ".join(words[len(words) - n:]) for c in ",;:()"):
            break
        if v.exam_words.ending(" ".join(words[:len(words) - n])):
            return Reason("label", "a score bound after an exam: the score that qualifies, names a group")
    return None


def a_bound_naming_a_part(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Có 205 hộ hiến 6.300 m2 đất; trong đó 18 hộ hiến trên 150 m2", "128 doanh nghiệp nộp 96 tỷ đồng, trong
    đó 5 doanh nghiệp nộp trên 10 tỷ đồng": after the whole's count and its total in a unit, a part opening with
    "trong đó", the same things counted and what each one did, then a bound in that unit, says which of them
    the part holds: a label; "trong đó 18 hộ hiến 900 m2" (no bound) and a part of a whole with no total in
    that unit keep their figure."""
    if not (opener := v.group_bounds.ending(before)) or not v.part_words.within(before):
        return None  # the usual number: no bound, no part opened before it
    if not (m := _part_count().search(before[:-len(opener)].rstrip())):
        return None
    unit = after.split(maxsplit=1)[0].rstrip(".,;)") if after else ""
    if not unit or not unit_after(v, text, e):
        return None
    start = max(text.rfind("\n", 0, s), text.rfind(". ", 0, s)) + 1
    whole = text[start:max(0, s - BEFORE_REACH) + m.start()].lower()
    noun = re.escape(m.group(2))
    if not re.search(rf"\d\s+{noun}\b", whole) or not re.search(rf"\d\s+{re.escape(unit)}(?!\w)", whole):
        return None  # no whole counted by the same noun, or no total in the bound's unit
    return Reason("label", f"a bound after a part opened by {m.group(1)!r}: says which of the whole it holds")


PLURAL_NOUN_WORDS: Final = 2  # "các hộ", "các trang trại": a plural's noun
COUNTED_NOUN_WORDS: Final = 5  # "12 trang trại chăn nuôi bò": a count's noun


def _named_as_many(v: Vocabulary, words: str) -> bool:
    """Whether ``words`` end with a plural word and a noun of at most two words ("của các hộ"), or a count and a
    noun of at most five ("có 12 trang trại chăn nuôi bò")."""
    tail = words.lower().split()
    plural = tail[-PLURAL_NOUN_WORDS - 1:]
    if any(w in v.raw["group_plural"] for w in plural[:-1]) and not any(ch.isdigit() for ch in "".join(plural)):
        return True
    counted = tail[-COUNTED_NOUN_WORDS - 1:]
    at = max((k for k, w in enumerate(counted) if w[:1].isdigit()), default=-1)
    return 0 <= at < len(counted) - 1 and counted[at].replace(".", "").isdigit() \
        and all(w.isalpha() for w in counted[at + 1:])


@cache
def _part_count() -> re.Pattern[str]:
    """A part word, a count, its noun's first word and a few words, up to a bound ("trong đó 18 hộ hiến")."""
    parts = alternation(vocabulary().part_words.words)
    return re.compile(rf"({parts}),?\s+\d[\d.]*\s+([^\W\d_]+)(?:\s+[^\W\d_]+){{1,4}}$")


@cache
def _range_opened_by_a_bound() -> re.Pattern[str]:
    """ "từ 5 đến": a bound's opener, a range's first end (group 1) and its joining word, ending ``before``."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{v.group_bounds.pattern})\s+(\d[\d.,]*)\s+(?:{v.range_to.pattern})$")


def bound_of_a_group(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "118 lượt tàu có trọng tải từ 100.000 tấn trở lên", "18 tàu mất kết nối trên 10 ngày", "tàu từ 12
    m đến dưới 15 m 1.108 chiếc", "412 thí sinh đạt từ 27 điểm trở lên": a bound in a unit of its own,
    inside the noun phrase of a count of other things (before it, with only their noun and what each one
    has between, or right after it), says which of them are counted; so does one after "có" and what each
    one has ("doanh nghiệp có vốn từ 100 tỷ đồng trở lên"), after things graded ("bài dưới 5 điểm"), or
    alone in a bracket after a noun ("điểm liệt (từ 1,0 điểm trở xuống)"). "sản lượng đạt trên 80.000
    tấn", "45 dự án với tổng vốn trên 2.000 tỷ đồng", "tỷ lệ che phủ rừng đạt 63,5% trở lên" and a
    total ("Tổng sản lượng lương thực có hạt đạt 1.900 tấn trở lên") are figures."""
    opener = v.group_bounds.ending(before)
    if opener is None and v.range_to.ending(before) and (first := _range_opened_by_a_bound().search(before)):
        # "phương tiện từ 5 đến 12 ghế 139 chiếc": the range's second end, a label as its first is
        fs = max(0, s - BEFORE_REACH) + first.start(1)
        fe = max(0, s - BEFORE_REACH) + first.end(1)
        return bound_of_a_group(v, text, fs, fe, _before(text, fs), _after(text, fe))
    if opener is None and not v.any_qualifier_after.found(after):
        return None  # the usual number: no bound opens before it, none closes after it
    in_noun = (unit_end := _bound_unit_end(v, text, e)) < 0
    to = v.range_to.starting(after) if in_noun and opener is not None else None
    if to and (m := _COUNT_AFTER.match(text, e + len(text[e:e + AFTER_REACH]) - len(after) + len(to))):
        e = m.end()  # "phương tiện từ 5 đến 12 ghế 139 chiếc": the range's noun after its second end
    else:
        to = None
    if in_noun and (unit_end := _bound_noun_end(v, text, e)) < 0:
        if opener is None or not v.any_qualifier_after.starting(after.lstrip().lower()):
            return None
        unit_end, in_noun = e, False  # "có điểm trung bình từ 7,0 trở lên": a bare threshold, its unit unsaid
    end, threshold, ranged = _bound_close(v, text, unit_end)
    ranged = ranged or to is not None
    # "18 xã có trên 500 hộ …": the bound's noun right after the having word of a count's noun names them
    # "12 sự kiện có quy mô trên 1.000 người tham dự": past the size each one has, too
    lead_words = before[:-len(opener)].rstrip() if opener else ""
    if (size := v.group_sizes.ending(lead_words)) is not None:
        lead_words = lead_words[:-len(size)].rstrip()
    having = in_noun and opener is not None and v.group_having.ending(lead_words) is not None
    if in_noun and threshold and opener is not None and size is not None and _named_as_many(v, lead_words):
        # "Thu nhập … của các hộ quy mô từ 30 con trở lên đạt …", "có 12 trang trại chăn nuôi bò quy mô từ 30 con trở
        # lên": the size of things named in the plural or counted
        return Reason("label", "a threshold bound on the size of things named as many: names a group of them")
    if _defined_group(text, s):
        return Reason("label", "a bound in a definition of a group: says which ones belong to it")
    if in_noun and opener is not None and not having and _held_noun_before(v, before[:-len(opener)].rstrip()):
        # "nhiều trường có lớp trên 45 học sinh": the bound says which of the things held are meant
        return Reason("label", "a bound right after a noun held by others: names a group of them")
    if in_noun and threshold and opener is not None and _events_named_by_size(v, before[:-len(opener)].rstrip()):
        return Reason("label", "a threshold bound on those each event touched, right after its noun: names a group")
    counted_after = (m := _COUNT_AFTER.match(text, end)) is not None and not unit_after(v, text, m.end()) \
        and bool(counted(text, m.end())[0])
    if in_noun and not threshold and not having and not counted_after:
        # "quy mô từ 10 con …": a counted noun bounds a group only with "trở lên", or a count right after it
        # ("phương tiện từ 5 đến 12 ghế 139 chiếc; phương tiện trên 12 ghế 75 chiếc")
        return None
    if opener is None and not threshold or opener in v.from_words.words and not (threshold or ranged):
        return None  # "đạt 63,5%", "giảm từ 27 hộ xuống …": no bound
    closed = not (opener and v.group_open_bounds.is_one(opener))
    start = max(0, s - BEFORE_REACH) + len(before) - len(opener or "")
    percent = text[e:e + 1] in ("%", "‰")
    lead = text[max(0, start - BEFORE_REACH):start].rstrip()
    if lead.endswith("(") and threshold and not percent and lead[:-1].rstrip()[-1:].isalpha() \
            and _BRACKET_CLOSE.match(text, end):
        return Reason("label", "a bound alone in a bracket after a noun: defines a group")
    if opener and _bound_of_a_bracketed_group(v, lead, text, end):
        return Reason("label", "a bound on what each one has, alone in a bracket after a quantity's noun: "
                               "defines a group")
    if (threshold or opener) and v.haves.is_one(_clause_head(text, start).strip()):
        return None  # "- Có từ 35 vận động viên trở lên được phong đẳng cấp": how many there are, a figure
    if (closed or in_noun) and counted_after and not v.verbs.ending(lead.lower()):
        return Reason("label", "a bound right before a count: says which ones are counted")
    if opener and v.plan_markers.ending(lead.lower()):
        return None  # "(17,2%, mục tiêu dưới 16%)": a target's ceiling, a figure
    if _count_named_before(v, text, start, closed, threshold or having, percent):
        return Reason("label", "a bound inside the noun phrase of a count: says which ones are counted")
    if percent and opener and _share_of_the_plan_reached(v, text, start, end, lead):
        return Reason("label", "a bound on the share of the plan things reach: names a group of them")
    if percent and opener and _rate_of_a_group(v, _clause_head(text, start), text, end):
        return Reason("label", "a bound on what each of some things disbursed: names a group of them")
    words = lead[lead.rfind("\n") + 1:].lower()
    if closed and v.scores.starting(text[e:e + AFTER_REACH].lower().lstrip()) and v.graded.ending(words):
        return Reason("label", "a score bound after things graded: names a group of them")
    if threshold and opener and v.group_given.starting(text[end:end + AFTER_REACH].lower().lstrip()):
        return Reason("label", "a threshold bound before what its group is given: names that group")
    if threshold and opener and (rest := _clause_rest(text, end)) and v.group_then.within(rest) \
            and v.group_then.found(rest):
        return Reason("label", "a threshold bound before what follows when it is met: a condition")
    wide = text[max(0, start - 2 * BEFORE_REACH):start].rstrip().lower()  # "không để xã nào có tỷ lệ … đầy đủ"
    wide = wide[wide.rfind("\n") + 1:]
    if closed and opener and (at := v.group_none.last(wide)) >= 0:
        things = wide[at + len(v.group_none.starting(wide[at:]) or ""):]
        if 0 < len(things.split()) <= GROUP_MEASURE_WORDS + NONE_NOUN_WORDS \
                and not _CLAUSE_BREAK_OR_DIGIT.search(things):
            return Reason("label", "a bound after things there are none of: names that group")
    named_group = not threshold and opener is not None and v.group_having.within(words) \
        and v.group_nouns.starting(_clause_head(text, start).rpartition(". ")[2]) is not None
    whose = v.group_of.ending(words.rstrip()) if in_noun and threshold else None
    of = whose is not None
    if (threshold or named_group) \
            and (at := len(words.rstrip()) - len(whose) if whose else v.group_having.last(words)) > 0 \
            and not v.having_names.starting(words[at:]):
        # "Nhóm giống lúa … có giá bán trên 8.000 đồng/kg": a bound after a group by name needs no threshold
        noun = words[:at].split(",")[-1].rstrip()  # "doanh nghiệp" có "vốn"
        measure = words[at + len((v.group_of if of else v.group_having).starting(words[at:]) or ""):]
        if percent and not v.rate_words.found(measure) and v.rate_words.starting(_clause_head(text, start)):
            return None  # "Tỷ lệ lao động có việc làm … đạt từ 85% trở lên": the rate's own bound, a figure
        if v.to_level.ending(measure.rstrip()):
            return None  # "nâng tỷ lệ lao động có chứng chỉ lên 30% trở lên": the level it is raised to
        if noun and noun.split()[-1] not in v.counted_stop and not v.verbs.ending(noun) \
                and not v.plan_markers_anywhere.ending(noun) and not v.group_sums.starting(noun.lstrip(_ITEM_MARKS)) \
                and (measure.strip() or in_noun and threshold) and len(measure.split()) <= GROUP_MEASURE_WORDS \
                and not _DIGIT_AHEAD.search(_unlabelled(v, measure)) \
                and (threshold or not v.group_totals.found(measure)) and not v.group_sums.found(measure) \
                and (threshold or not v.verbs.found(measure)):
            # with a threshold, an average is each one's ("người có điểm trung bình từ 7,0 trở lên"); with the
            # bound's own noun after it, the having word may stand right before it ("hộ có từ 3 con trở lên",
            # "thân nhân của từ 2 liệt sĩ trở lên")
            return Reason("label", "a bound on what each one has: names a group of them")
    if threshold and opener and (m := _alternative_bound().search(text, max(0, start - 2 * BEFORE_REACH), start)) \
            and bound_of_a_group(v, text, m.start(1), m.end(1), _before(text, m.start(1)), _after(text, m.end(1))):
        # "có điểm trung bình từ 7,0 trở lên (thang điểm 10) hoặc từ 2,5 trở lên": as the bound it is an
        # alternative to
        return Reason("label", "a threshold bound offered as an alternative to one naming a group")
    return None


@cache
def _alternative_bound() -> re.Pattern[str]:
    """A threshold bound, maybe a bracket, then a word offering another ("7,0 trở lên (thang điểm 10) hoặc "),
    right before a bound's opening word; group 1 its number."""
    v = vocabulary()
    closes = alternation(w for ws in v.raw["qualifiers_after"].values() for w in ws)
    return re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)*)\s*(?:[^\W\d_]+\s+){{0,2}}(?:{closes})\s*"
                      rf"(?:\([^()\n]*\)\s*)?(?:{alternation(v.raw['alternatives'])})\s+$", re.I)


def _unlabelled(v: Vocabulary, words: str) -> str:
    """``words`` less the numbers that only name something after a label word ("điểm thi vòng 2 đạt":
    "điểm thi vòng đạt")."""
    if not _DIGIT_AHEAD.search(words):
        return words
    return _LABELLED_NUMBER.sub(lambda m: m.group(1) if v.labels.ending(m.group(1)) else m.group(0), words)


_LABELLED_NUMBER: Final = re.compile(r"([^\W\d_]+)\s+\d+\b")  # "vòng 2": a word and a number after it


def _clause_rest(text: str, end: int) -> str:
    """The lowercased words from ``end`` to the end of their clause, within a reach."""
    rest = text[end:end + 2 * AFTER_REACH]
    if m := _CLAUSE_END_MARK.search(rest):
        rest = rest[:m.start()]
    return rest.lower()


def a_class_before_its_term(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "3. Thôn, tổ dân phố có dưới 200 hộ gia đình: 5.000.000 đồng/năm", "- Hộ có từ 5 nhân khẩu trở lên: 300.000
    đồng/tháng": a bound on what each one has, in a line's head from the things named to the colon before the level
    given them, names the class the line is for: a label."""
    if ":" not in after or (opener := v.group_bounds.ending(before)) is None:
        return None  # the usual number: no colon right after it
    colon = text.find(":", e, e + AFTER_REACH)
    if _CLAUSE_BREAK_OR_DIGIT.search(text, e, colon) or not text[colon + 1:colon + 3].lstrip()[:1].isdigit():
        return None  # "có trên 200 hộ, 3 xã có …: …", "có dưới 200 hộ: chưa có": no class before a level
    if (having := v.group_having.ending(before[:-len(opener)].rstrip())) is None:
        return None
    line = text[text.rfind("\n", 0, s) + 1:s].lower().rstrip(" .")  # the line's head, to the bound's opener
    things = line[:-len(opener)].rstrip()[:-len(having)].lstrip(_ITEM_MARKS).rstrip()
    if 0 < len(things.split()) <= GROUP_MEASURE_WORDS and not _DIGIT_AHEAD.search(things) and ";" not in things:
        return Reason("label", f"a bound after {having!r} in a line's head before the colon giving its level: "
                               "names the class the line is for")
    return None


def a_bound_for_a_group(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "chấm dứt hợp đồng đối với nhà thầu chậm quá 20% khối lượng", "áp dụng đối với doanh nghiệp có
    doanh thu trên 100 tỷ đồng": a bound in a unit right after "đối với" and a few words naming things says
    which of them a measure is for, no figure."""
    if not v.group_for.within(before):
        return None  # the usual number: no "đối với" near before it
    opener = v.group_bounds.ending(before) or v.group_excess.ending(before) or v.band_tops.ending(before)
    if opener is None or not unit_after(v, text, e):
        return None
    if v.band_tops.is_one(opener) and (bottom := _band_bottom(v, text, s)):
        return bottom  # "đối với phần vốn trên 300 tỷ đồng đến 1.000 tỷ đồng": the band's top
    head = _clause_head(text, s).rstrip(" .")
    head = head[:-len(opener)].rstrip()
    at = v.group_for.last(head)
    if at < 0 or v.plan_markers.found(head[:at]):
        return None  # "(yêu cầu đối với xã nông thôn mới nâng cao từ 58 triệu đồng/người/năm trở lên)": a target
    things = head[at + len(v.group_for.starting(head[at:]) or ""):]
    if v.list_joiners.search(things.rstrip()[-LIST_JOINER_REACH:] + " ") and _ranged(v, after):
        # "từ 200.000 đồng đến 300.000 đồng đối với xe máy và từ 800.000 đồng đến …": the next item's range; "… và
        # từ 10 km trở lên đối với …" bounds the next class
        return None
    if 0 < len(things.split()) <= GROUP_MEASURE_WORDS and not _CLAUSE_BREAK_OR_DIGIT.search(things):
        return Reason("label", f"a bound after {v.group_for.starting(head[at:])!r} and the things it names: "
                               "says which of them a measure is for")
    return None


BAND_REACH: Final = 40  # "300 tỷ đồng đến ": a band's bottom, its unit and the word to its top
_BAND_BOTTOM: Final = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\S+\s*$")


def _band_bottom(v: Vocabulary, text: str, s: int) -> Reason | None:
    """ "trên 300 tỷ đồng đến 1.000 tỷ đồng": the top of a range whose bottom is a bound for a group is one too."""
    if not (m := _BAND_BOTTOM.search(text, max(0, s - BAND_REACH), s)):
        return None
    a, b = m.span(1)
    return a_bound_for_a_group(v, text, a, b, _before(text, a), _after(text, b))


MOVED_TO_REACH: Final = 30  # "triệu đồng lên 2": a floor's unit and the word to the level it moved to


def a_bound_naming_deposits(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "dành cho khách hàng … với số tiền từ 500 triệu đồng trở lên", "Ưu đãi cho khoản gửi từ 500 triệu đồng": a
    floor in money right after the deposits or loans it bounds says which of them a rate or an offer is for, a
    label; "số tiền từ 1,2 tỷ đồng lên 2 tỷ đồng" is a change's start, "với số tiền hơn 412 triệu đồng" a sum."""
    opener = v.group_bounds.ending(before)
    if opener is None or v.group_open_bounds.is_one(opener) \
            or not (w := v.deposit_bands.ending(before[:-len(opener)].rstrip())):
        return None  # the usual number: no deposit or loan bounded from below right before it
    if not v.scale_words.starting(after) or v.moved_to.search(after, 0, MOVED_TO_REACH):
        return None
    return Reason("label", f"a bound after {w!r}: says which "
                           "deposits or loans a rate or an offer is for")


def a_tariff_step(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "- 10 m3 đầu tiên: 10 x 8.500 = 85.000 đồng", "giữ nguyên trong mức 10 m3 đầu tiên", "giá nước bậc cao nhất
    (trên 30 m3)": a quantity naming the step of a tariff (a first, next or last so many units, before a colon or
    after "mức"; a bound in a bracket after "bậc"), a label; "5 ha còn lại chưa giải phóng" is a figure."""
    if ":" not in after[:UNIT_REACH + 16] and not v.step_levels.ending(before) and "(" not in before[-STEP_REACH:]:
        return None  # the usual number: no colon, "mức" nor bracket near it
    opener = v.group_bounds.ending(before)
    if opener is not None and before[:-len(opener)].rstrip().endswith("(") \
            and v.band_columns.found(before[:-len(opener)][-STEP_REACH:]) and unit_after(v, text, e):
        return Reason("label", f"a bound in a bracket after {v.band_columns.found(before[-STEP_REACH:])!r}: the "
                               "step of a tariff it names")
    if not unit_after(v, text, e) or not (m := _STEP_AFTER.match(after)) or not v.tariff_steps.is_one(m.group(1)):
        return None
    if after[m.end():].lstrip().startswith(":") or v.step_levels.ending(before):
        return Reason("label", f"a quantity of the {m.group(1)!r} step of a tariff, before a colon or after its level")
    return None


_A_COUNT_NOT_A_YEAR: Final = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d")  # "92%", "1.250", not "2024"
RECEIVED_REACH: Final = 80  # "có mức hưởng từ 3,2 triệu đồng/tháng đến dưới ": what each receives, a band's floor
BAND_FLOOR_UNIT: Final = 25  # "triệu đồng/tháng": a band floor's unit before the words to its top


@cache
def _band_floor() -> re.Pattern[str]:
    """ "từ 3,2 triệu đồng/tháng" ending the words before "đến dưới" (lowercased): a band's floor and its unit."""
    opens = alternation(vocabulary().from_words.words + vocabulary().group_open_bounds.words)
    return re.compile(rf"(?<!\w)(?:{opens})\s+{NUM}\s+[^\d,;:]{{1,{BAND_FLOOR_UNIT}}}?$")


def a_bound_on_what_each_receives(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "người có mức hưởng dưới 3,2 triệu đồng/tháng được tăng thêm 0,3 triệu đồng/người/tháng", "người có mức hưởng
    từ 3,2 triệu đồng/tháng đến dưới 3,5 triệu đồng/tháng": a bound in a unit right after "có" and what each one
    receives names who a rule's rise is for, a label, both ends of a band; "mức lương hưu bình quân đạt 9,7 triệu
    đồng", with no bound, is a figure."""
    if not (opener := v.group_bounds.ending(before)) or not unit_after(v, text, e):
        return None  # the usual number: no bound before it
    wide = text[max(0, s - RECEIVED_REACH):s].lower().rstrip()
    if not v.received_levels.within(wide):
        return None
    if to := v.half_open_to.ending(wide):
        opener = to
    head = wide[:-len(opener)].rstrip()
    if to and (m := _band_floor().search(head)):
        head = head[:m.start()].rstrip()  # "từ 3,2 triệu đồng/tháng đến dưới 3,5": the band's top
    if (w := v.received_levels.ending(head)) and v.group_having.ending(head[:-len(w)].rstrip()):
        return Reason("label", f"a bound on {w!r} each one has: says who a rule's rise is for")
    return None


USERS_REACH: Final = 100  # "92% khách hàng hộ dân cư hiện sử dụng dưới ": the users' count and their use


def a_bound_on_an_excess_load(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "quá tải trọng cho phép từ 10% đến 20%: 2.964 xe", "quá tải trên 20% đến dưới 50%", "Số xe quá tải trên 20% là
    2.547 xe": a bound in percent on a load over the one allowed names the vehicles so overloaded, a label, the top of
    a band too."""
    if not after.startswith("%") or not v.excess_loads.within(before):
        return None  # the usual number: no percent, or no overload named before it (one test at C speed)
    bound = v.group_bounds.ending(before)
    if (opener := bound or v.range_to.ending(before)) is None:
        return None
    head = before[:-len(opener)].rstrip()
    if bound is None or v.half_open_to.is_one(opener):
        # a band's top ("từ 10% đến 20%", "trên 20% đến dưới 50%"): the words before its floor
        if (floor := _percent_floor().search(head)) is None:
            return None
        head = head[:floor.start()].rstrip()
    if (load := v.excess_loads.ending(head)) is None:
        return None
    return Reason("label", f"a bound after {load!r}: names the vehicles so overloaded")


@cache
def _percent_floor() -> re.Pattern[str]:
    """ "từ 10%", "trên 20%" ending the words before a range's top (lowercased): a band's floor in percent."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{alternation(v.group_bounds.words + v.from_words.words)})\s+\d[\d.,]*\s*%$")


def a_bound_on_users_use(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Khoảng 92% khách hàng hộ dân cư hiện sử dụng dưới 30 m3/tháng", "1.250 hộ tiêu thụ trên 50 m3/tháng": a bound
    on what each one uses right after a use verb, with the count or share of users before it in its clause, says
    which users are counted, a label; "mỗi hộ sử dụng dưới 15 m3/tháng" names no count before, nor does a length of
    time: a figure."""
    opener = v.group_bounds.ending(before)
    if opener is None or not v.usage_verbs.ending(before[:-len(opener)].rstrip()):
        return None  # the usual number: no use bounded right before it
    lead = text[max(0, s - USERS_REACH):s]
    clause = lead[max(lead.rfind(","), lead.rfind(";"), lead.rfind(". "), lead.rfind("\n")) + 1:]
    if not unit_after(v, text, e) or not any(not v.durations.starting(clause[m.end():].lstrip(" .,0123456789").lower())
                                             for m in _A_COUNT_NOT_A_YEAR.finditer(clause)):
        return None  # no count of users before it: "trong 3 ngày diễn ra Lễ hội đã tiêu thụ trên 12 tấn" counts days
    return Reason("label", "a bound on what each user uses, after a count or share of them: says which are counted")


STEP_REACH: Final = 30  # "bậc cao nhất (trên": a step's word, a few words and the bracket's bound
_STEP_AFTER: Final = re.compile(r"\S+\s+([^\W\d_]+\s+[^\W\d_]+)")  # "m3 đầu tiên": a unit and two words


def a_bound_of_eligibility(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Người mua phải … có diện tích nhà ở bình quân dưới 15 m2 sàn/người, thu nhập … không quá 15 triệu
    đồng/tháng": a bound in a unit in a sentence opening with who may buy, rent or borrow and "phải" is a
    condition they must meet, no figure."""
    opener = v.group_bounds.ending(before) or v.group_excess.ending(before)
    if opener is None or not unit_after(v, text, e):
        return None  # the usual number: no bound opens before it
    line = text[text.rfind("\n", 0, s) + 1:s]
    sentence = line[max(line.rfind(". "), -1) + 1:].lstrip().lower()
    who = v.eligible_persons.starting(sentence)
    if who and v.eligible_musts.starting(sentence[len(who):].lstrip()):
        return Reason("label", f"a bound in the conditions {who!r} must meet: says who belongs to the group")
    return None


def an_exams_format(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Đề thi gồm 40 câu hỏi, thời gian làm bài 50 phút": the questions beside a test's time are its
    format, no figure."""
    if not v.exam_times.within(after):
        return None  # the usual number: no test's time after it
    noun, tail = counted(text, e)
    if noun is None:
        return None
    rest = text[tail:tail + AFTER_REACH].lower()
    if rest.startswith(", ") and (w := v.exam_times.starting(rest[2:])):
        return Reason("label", f"a count beside {w!r}: a test's format")
    return None


def a_tests_task(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "thực hành (giảng dạy 01 tiết) đối với giáo viên tiểu học", "phỏng vấn (trả lời 03 câu hỏi)": a number in a
    bracket right after a test's form, no other number before it there, is the task the test sets, its format,
    a label; "giáo viên đã giảng dạy 1.250 tiết" is a figure."""
    if "(" not in before:
        return None  # the usual number: in no bracket
    at = before.rfind("(")
    inside = before[at + 1:]
    if ")" in inside or any(ch.isdigit() for ch in inside):
        return None
    if w := v.test_forms.ending(before[:at].rstrip()):
        return Reason("label", f"in a bracket after {w!r}: the task a test sets, its format")
    return None


def a_bound_when(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "chỉ mở cống lấy nước khi độ mặn dưới 1‰", "không lấy nước khi độ mặn từ 4‰ trở lên": a bound in a
    unit right after "khi" and a few words naming a measure is the state a task waits for, no figure; so is a
    threshold on a count after a word of a case ("trường hợp sắp xếp từ 3 đơn vị trở lên …")."""
    if not v.group_when.within(before):
        return None  # the usual number: no "khi" near before it
    if (opener := v.group_bounds.ending(before)) is None:
        return None
    threshold = v.any_qualifier_after.found(after[:AFTER_REACH]) is not None
    if not unit_after(v, text, e) and not (threshold and counted(text, e)[0]):
        return None
    head = _clause_head(text, s).rstrip(" .")
    head = head[:-len(opener)].rstrip()
    if (at := v.group_when.last(head)) < 0 or v.since_words.ending(head[:at].rstrip()):
        return None  # "có việc làm sau 12 tháng kể từ khi tốt nghiệp đạt từ 94% trở lên": "từ khi" counts a time
    measure = head[at + len(v.group_when.starting(head[at:]) or ""):]
    if 0 < len(measure.split()) <= GROUP_MEASURE_WORDS and not _CLAUSE_BREAK_OR_DIGIT.search(measure) \
            and (threshold or not v.verbs.found(measure)):  # not "khi dự án hoàn thành đạt trên 500 tỷ đồng"
        return Reason("label", "a bound after a word of when and the measure it names: a condition")
    return None


def a_spraying_threshold(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "phun trừ những ruộng có mật độ sâu non trên 50 con/m2", "phun khi tỷ lệ dảnh hại trên 20%": a bound after
    a word of spraying and then a measure of pests in its clause is the threshold the spraying waits for, a label;
    not the area sprayed ("đã phun trừ 1.850 ha"), which no bound opens."""
    if v.group_bounds.ending(before) is None:
        return None  # the usual number: no bound opens before it
    if not after.startswith("%") and "/" not in after[:DENSITY_REACH]:
        return None  # neither a rate nor a density ("con/m2") after it
    head = _clause_head(text, s)
    if not v.spraying_words.within(head) or (at := v.spraying_words.first(head)) < 0 \
            or v.pest_measures.first(head[at:]) < 0:
        return None
    return Reason("label", "a bound on a pest's measure after a word of spraying: the threshold it sprays at")


DENSITY_REACH: Final = 12  # "con/m2", "ổ trứng/m2": the slash of a density right after the number

CASE_MEASURE_WORDS: Final = 16  # "tổng chi phí của một lần khám bệnh": the longer measure a case may name


def a_bound_in_a_case(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Trường hợp giá vật liệu trên thị trường biến động tăng hoặc giảm trên 10% so với giá công bố, chủ đầu tư
    tổ chức khảo sát …", "Nếu số tiền nợ đọng trên 10 triệu đồng thì …", "Trường hợp tổng chi phí của một lần
    khám bệnh thấp hơn 15% mức lương cơ sở thì …": a bound in a unit (or a threshold on a count) inside a case
    a rule names, a case word and a measure of a few words with no number or break, is the case's condition,
    no figure, when what follows the case comes after the bound: "thì" later in its clause, or a comma closing
    a clause the case opens. Not a bound in what follows ("trường hợp cần điều chỉnh giá, mức điều chỉnh không
    vượt quá 5%")."""
    if (opener := v.group_bounds.ending(before) or v.group_excess.ending(before)) is None:
        return None  # the usual number: no bound opens before it
    threshold = v.any_qualifier_after.found(after[:AFTER_REACH]) is not None
    if not unit_after(v, text, e) and not (threshold and counted(text, e)[0]):
        return None
    head = _clause_head(text, s).rstrip(" .")
    head = head[head.rfind(". ") + 1:].lstrip(_ITEM_MARKS)[:-len(opener)]  # "6. Trường hợp …": its own sentence
    if (at := v.case_openers.last(head)) < 0:
        return None
    case = v.case_openers.starting(head[at:]) or ""
    measure = head[at + len(case):]
    if not 0 < len(measure.split()) <= CASE_MEASURE_WORDS or _CLAUSE_BREAK_OR_DIGIT.search(measure) \
            or v.group_then.found(measure):
        return None
    rest = _clause_rest(text, e) if text[e:e + 1] != "," else ""
    if v.group_then.within(rest) and v.group_then.found(rest):
        return Reason("label", f"a bound in a case {case!r} names, before what follows then: the case's condition")
    if at == 0 and text[e + len(rest):e + len(rest) + 1] == ",":
        return Reason("label", f"a bound in the clause {case!r} opens: the case's condition")
    return None


def _share_of_the_plan_reached(v: Vocabulary, text: str, start: int, end: int, lead: str) -> bool:
    """ "27/35 xã đạt trên 60% kế hoạch", "Các xã đạt dưới 50% kế hoạch": a bound on a percent of the plan
    right after what a count of things, or things named as many, reach says which of them; "Thu ngân sách
    đạt trên 90% kế hoạch" is a figure."""
    if not v.plan_markers.starting(text[end:end + AFTER_REACH].lower().lstrip()) \
            or not v.group_attributes.ending(lead.lower()):
        return False
    if _count_named_before(v, text, start, False, True, True):
        return True
    head = _clause_head(text, start)
    many = v.group_plural.starting(head)
    if not many:
        return False
    noun = head[len(many):].split()[:-1]  # its noun, the reaching word left out
    return 0 < len(noun) <= GROUP_NOUN_WORDS and not _CLAUSE_BREAK_OR_DIGIT.search(head)


CONSEQUENCE_REACH: Final = 80  # the words after a bound that may say what befalls the group it names
_CLAUSE_END_MARK: Final = re.compile(r"[,;.:()\n]")
@cache
def _as_of_day_end() -> re.Pattern[str]:
    """ "đến ngày 31/8/2025 ": an as-of day ending the words before a bound."""
    return re.compile(rf"\s*(?:{alternation(vocabulary().raw['periods']['as_of'])})\s+{DAY}\s*$")


def _rate_of_a_group(v: Vocabulary, head: str, text: str, end: int) -> bool:
    """ "chủ đầu tư có tỷ lệ giải ngân đến 30/9/2025 dưới 50%", "các dự án đến ngày 31/8/2025 giải ngân dưới
    30%": a bound on what each of some things disbursed (an as-of day may stand between), after a noun
    having that rate or things named as many, says which of them are meant; "tỷ lệ giải ngân đạt trên 90%"
    is a figure."""
    if not v.group_rated.found(head):
        return False  # the usual answer
    head = _as_of_day_end().sub("", head).rstrip()
    if not (rated := v.group_rated.ending(head)):
        return False
    before = _as_of_day_end().sub("", head[:-len(rated)]).rstrip()
    before = before[before.rfind(". ") + 1:]  # the sentence's own words
    tail = _CLAUSE_END_MARK.split(text[end:end + CONSEQUENCE_REACH].lower(), 1)[0]
    if v.group_consequences.found(tail):
        return True  # "… không hoàn thành giải ngân trên 95% kế hoạch vốn năm 2025 không được xem xét khen thưởng"
    if rate_word := v.rate_words.ending(before):  # "chủ đầu tư có tỷ lệ giải ngân"
        rate = before[:-len(rate_word)].rstrip()
        return (having := v.group_having.ending(rate)) is not None and rate[:-len(having)].strip() != ""
    words = before.split()
    at = max((i for i, w in enumerate(words) if v.group_plural.is_one(w)), default=-1)
    return at >= 0 and 0 < len(words) - at - 1 <= GROUP_NOUN_WORDS and not _CLAUSE_BREAK_OR_DIGIT.search(before)


def _events_named_by_size(v: Vocabulary, head: str) -> bool:
    """ "không để xảy ra vụ ngộ độc thực phẩm từ 30 người mắc trở lên": an event word and a few words of what
    happened, no verb, end the words before a threshold bound: the bound says which events are meant ("xảy ra
    01 vụ ngộ độc với 14 người mắc" counts those touched)."""
    if (at := v.group_events.last(head)) < 0:
        return False  # the usual answer: no event word before the bound
    what = head[at + len(v.group_events.starting(head[at:]) or ""):]
    return 0 < len(what.split()) <= GROUP_MEASURE_WORDS and not _CLAUSE_BREAK_OR_DIGIT.search(what) \
        and not v.verbs.found(what)


def _held_noun_before(v: Vocabulary, head: str) -> bool:
    """ "… có lớp": a having word then one plain noun (no verb, qualifier, added or change word) ends
    the words before a bound: the bound is on that noun, as "lớp trên 45 học sinh" is."""
    noun = head.rpartition(" ")[2]
    if not noun.isalpha() or v.group_having.ending(head[:-len(noun)].rstrip()) is None:
        return False  # the usual answer
    return not any(w.is_one(noun) for w in (v.verbs, v.any_qualifier, v.added, v.change, v.group_bounds))


# "6.870 ha mất trắng": a quantity and a few words of its noun, ending the words before a bracket
_QUANTITY_NOUN_END: Final = re.compile(r"(?<![\w/.,])\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}$")


def _bound_of_a_bracketed_group(v: Vocabulary, lead: str, text: str, end: int) -> bool:
    """ "6.870 ha mất trắng (thiệt hại trên 70%)": a bracket right after a quantity and its noun, holding
    only what each one has (no verb, change, rate or target word) and a bound closing it, says which ones
    the quantity is of. "(tỷ lệ dưới 3%)", "(tăng trên 70%)" state figures."""
    head, bracket, inside = lead.rpartition("(")
    if not bracket or not _BRACKET_CLOSE.match(text, end):
        return False
    inside = inside.lower()
    if not 0 < len(inside.split()) <= GROUP_MEASURE_WORDS or _CLAUSE_BREAK_OR_DIGIT.search(inside) \
            or not _QUANTITY_NOUN_END.search(head.rstrip()):
        return False
    return not (v.verbs.found(inside) or v.change.found(inside) or v.rate_words.found(inside)
                or v.plan_markers.found(inside) or v.plan_markers_anywhere.found(inside) or v.comparison.found(inside))


def _clause_head(text: str, start: int) -> str:
    """The opening words, lowercased, of the clause that runs up to ``start`` (its list dash left out)."""
    head = text[max(0, start - 3 * BEFORE_REACH):start].lower()
    return head[max(head.rfind(c) for c in "\n,;:") + 1:].lstrip(_ITEM_MARKS)


@needs(before=_QUOTE_OPEN)
def quoted_slogan(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "phương châm “4 tại chỗ”", "\"3 không\"": a number opening a few quoted words names a
    slogan, not a quantity."""
    if not s or text[s - 1] not in _QUOTE_OPEN:
        return None
    close = next((i for i in range(e, min(len(text), e + SLOGAN_REACH)) if text[i] in _QUOTE_CLOSE), -1)
    if close > e and "\n" not in text[e:close] and not unit_after(v, text, e):
        return Reason("label", "a number opening a few quoted words: a slogan")
    if _model_of_counted_parts(text, s - 1):
        return Reason("label", "a number opening a part of a quoted model: its name")
    return None


# "“3 vùng kinh tế - xã hội, 2 hành lang kinh tế, 4 cực tăng trưởng”": a model's name in quotes
MODEL_REACH: Final = 120
_COUNTED_PART: Final = re.compile(r"\s*\d{1,2}\s+[^\W\d_]")  # "3 vùng", " 2 hành lang"


def _model_of_counted_parts(text: str, opening: int) -> bool:
    """The quote opening at ``opening`` holds parts parted by commas, each a small number and the words it counts
    ("mô hình “3 vùng kinh tế - xã hội, 2 hành lang kinh tế, 4 cực tăng trưởng”"): a model's name, its numbers
    labels."""
    close = next((i for i in range(opening + 1, min(len(text), opening + MODEL_REACH)) if text[i] in _QUOTE_CLOSE), -1)
    if close < 0 or "\n" in text[opening:close]:
        return False
    parts = text[opening + 1:close].split(",")
    return len(parts) >= 2 and all(_COUNTED_PART.match(part) for part in parts)


_SLOGAN_OPENED: Final = re.compile(r"[\"“]\d{1,2}(?:\s+[^\W\d_]+){1,3}\s+$")  # "“1 phải ", "\"3 giảm "


# "“Xây dựng gia đình 5 không 3 sạch”", "“… 5 không, 3 sạch”": two numbers, each before a word or a few, end a quote
_SLOGAN_PAIR: Final = re.compile(r"(?<![\w,.])(\d{1,2})(?:\s+[^\W\d_]+){1,3},?\s+(\d{1,2})(?:\s+[^\W\d_]+){1,3}[”\"]")


def _in_a_slogan_ending_a_quote(text: str, s: int) -> bool:
    """The number at ``s`` is one of two that, each before a word or a few, end a quote opened on its line
    ("Cuộc vận động “Xây dựng gia đình 5 không 3 sạch”"): the slogan a quoted campaign's name ends with."""
    for m in _SLOGAN_PAIR.finditer(text, max(0, s - SLOGAN_REACH), min(len(text), s + 2 * SLOGAN_REACH)):
        if s in (m.start(1), m.start(2)):
            opening = max(text.rfind("“", max(0, m.start() - MODEL_REACH), m.start()),
                          text.rfind("\"", max(0, m.start() - MODEL_REACH), m.start()))
            between = text[opening + 1:m.start()]
            return opening >= 0 and "\n" not in between and not any(ch in _QUOTE_CLOSE for ch in between)
    return False


def within_a_slogan(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "quy trình “1 phải 5 giảm”", "“3 giảm 3 tăng”": a later number of a few quoted words a number opens
    names the slogan too (the opening number is read by ``quoted_slogan``)."""
    if text[s - 2:s - 1] == "," and (quote := max(text.rfind("“", max(0, s - MODEL_REACH), s),
                                                  text.rfind("\"", max(0, s - MODEL_REACH), s))) >= 0 \
            and not any(ch in _QUOTE_CLOSE for ch in text[quote + 1:s]) and _model_of_counted_parts(text, quote):
        return Reason("label", "a number opening a part of a quoted model: its name")  # "…, 4 cực tăng trưởng”"
    if "\"" not in before and "“" not in before:
        return None  # the usual answer
    if _in_a_slogan_ending_a_quote(text, s):
        return Reason("label", "a number of a slogan that ends a quoted name")
    opened = _SLOGAN_OPENED.search(text, max(0, s - SLOGAN_REACH), s)
    if opened is None or "\n" in text[opened.start():s]:
        return None
    close = next((i for i in range(e, min(len(text), e + SLOGAN_REACH)) if text[i] in _QUOTE_CLOSE), -1)
    if close > e and "\n" not in text[e:close] and not unit_after(v, text, e):
        return Reason("label", "a later number of a few quoted words a number opens: a slogan")
    return None


_STANDARD_YEAR: Final = re.compile(r":(?:19|20)\d\d(?!\d)")  # ":2015" after a standard's number
_STANDARD_WORD: Final = re.compile(r"(?<![\w/])[A-Z]{2,6} $")  # "TCVN ", "QCVN ", "ISO ": a standard's letters


@needs(after=":")
def a_standards_code(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "Theo TCVN 4391:2015, khách sạn 4 sao …", "đạt QCVN 01:2009/BYT": a whole number right after a word of
    capital letters and right before ":" and a year is a standard's number with the year it was issued, one
    document number; a clock time ("lúc 14:30") has no such word before it nor a year after it."""
    if e >= len(text) or text[e] != ":" or not _STANDARD_YEAR.match(text, e) or not text[s:e].isdigit():
        return None  # the usual answer: no ":" and a year right after the digits
    if not _STANDARD_WORD.search(text, max(0, s - 7), s):
        return None
    return Reason("doc_number", "a standard's number before ':' and its year")


@needs(before=":", after=":" + LETTER)
def clock_time(v: Vocabulary, text: str, s: int, e: int) -> Reason | None:
    """ "Cập nhật lúc 09:15", "tính đến 17h00 ngày 12/9/2024": hours and minutes."""
    if e < len(text) and text[e] in ":h" and e - s <= 2 and _MINUTES.match(text, e + 1) \
            and (int(text[s:e]) < 24 or _midnight(text, s, e)):
        return Reason("date", "the hour of a clock time")
    if s >= 2 and text[s - 1] == ":" and e - s == 2 and _HOURS.search(text, max(0, s - 4), s - 1) \
            and _MINUTES.match(text, s):
        return Reason("date", "the minutes of a clock time")
    if (m := _WITH_SECONDS.search(text, max(0, s - 6), e + 6)) and m.start() <= s and e <= m.end() \
            and (A_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) or ZONE_AFTER.match(text, m.end())):
        return Reason("date", "a clock time to its seconds, after its day or before its time zone")
    return None


# "16.12.2025 08:45:37 +07:00": a signature's time, to its seconds, after its day or before its time zone.
_WITH_SECONDS: Final = re.compile(r"(?<![\d.,:/])(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?!\d)")
A_DAY_BEFORE: Final = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4},?\s*\Z")
ZONE_AFTER: Final = re.compile(r"\s*(?:GMT|UTC)?[+-]\d{2}:?\d{2}(?!\d)")


def _midnight(text: str, s: int, e: int) -> bool:
    """ "từ 18h00 đến 24h00", "trước 24:00": the hour 24 with no minutes past it ends the day, a clock time."""
    return text[s:e] == "24" and text.startswith("00", e + 1) and not text[e + 3:e + 4].isdigit()


def minutes_after_an_hour(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Phát hành lúc 15 giờ 00": two digits right after an hour and its word are the clock time's minutes."""
    if e - s != 2 or not before[-1:].isalpha() or not (word := v.hour_words.ending(before)) \
            or not _MINUTES.match(text, s):
        return None  # the usual number: no hour word right before it
    return Reason("date", "the minutes of a clock time") if _HOURS.search(before[:-len(word)].rstrip()) else None


def a_coming_stretch(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "dự báo 10 ngày tới", "trong 3 tháng tiếp theo", "Trong 24-48 giờ tới": a stretch of time ahead, the
    period a forecast or a task covers, no figure."""
    if after.lstrip()[:1] in "-–" and (end := _RANGE_END.match(after)):
        after = after[end.end():].lstrip()  # "Trong 24-48 giờ tới": the stretch's range
    if not (unit := v.durations.starting(after)) or not v.coming.starting(after[len(unit):].lstrip()):
        return None  # the usual number: no duration and word of what comes after it
    return Reason("period", f"before {unit!r} and a word of what comes: a stretch of time ahead")


def a_titles_stretch(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Tình hình sinh vật gây hại cây trồng 7 ngày" over "(Từ ngày 14/4 đến ngày 20/4/2025)": a duration ending a
    title line whose next line spells its days out in brackets is the stretch a bulletin covers, a period."""
    if not (unit := v.durations.starting(after)) or after[len(unit):len(unit) + 1] != "\n":
        return None  # the usual number: no duration ending its line
    end = text.find("\n", e)
    below = text[end + 1:end + 1 + TITLE_STRETCH_REACH].lower()
    if not below.startswith("(") or not v.from_words.starting(below[1:]):
        return None
    return Reason("period", f"before {unit!r} ending a title its bracket below spells out: the stretch it covers")


TITLE_STRETCH_REACH: Final = 12


def before_a_time_word(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "6 tháng", "8 giờ", "2 con số", "liên thông 4 cấp": a duration, a time, a phrase or tiers."""
    if word := v.not_after.starting(after):
        if v.schedule_gaps.ending(before) and v.durations.starting(after):
            return KEEP  # "chậm 2 tháng so với tiến độ", "vượt tiến độ 1 tháng": a delay or a lead, a figure
        if v.durations.starting(after) and comparative_gap(before):
            return KEEP  # "sớm hơn trung bình nhiều năm khoảng 2 tháng": a gap from the base it names, a figure
        if _interval_between_times(v, after):
            return KEEP  # "với tần suất 3 tháng/lần": the interval between times, a figure
        if (unit := v.durations.starting(after)) and after[len(unit):len(unit) + 1] == "/" \
                and (v.per_one_average.found(words := sentence_before(text, s)) or v.time_taken.found(words)):
            return KEEP  # "thời gian cổ phần hóa bình quân 14 tháng/doanh nghiệp": the time each one takes, a length
        if v.measured_durations.is_one(word) and (averaged := _averaging_time(v, before, word)):
            return Reason("label", averaged)
        if v.measured_durations.is_one(word) and (v.per_one_average.found(words := sentence_before(text, s))
                                                  or v.average_indices.found(words) or v.hour_totals.found(words)):
            return KEEP  # "Thời gian trung bình … là 9,5 phút", "SAIDI không quá 220 phút": an average length;
            # "Tổng số giờ nắng năm là 1.642 giờ": a number of hours
        if v.measured_durations.is_one(word) and v.trip_times.found(sentence_before(text, s)):
            return KEEP  # "Thời gian một lượt chạy xe khoảng 65 phút": the time a run takes, a length
        if (v.measured_durations.is_one(word) or v.durations.is_one(word)) \
                and not _CLOCK_MINUTES.match(after, len(word)) \
                and lasted(v, word, v.qualifiers_approx.stripped(before, " ")):
            # "màn bắn pháo hoa tầm cao kéo dài 15 phút", "Mỗi lớp kéo dài 3 tháng", "mỗi vụ kéo dài khoảng 4
            # tháng", "tổng cộng khoảng 8 giờ": how long it lasted or came to, a length; not past a bound ("ùn tắc
            # kéo dài trên 2 giờ": which jams), nor hours and minutes ("mất khoảng 2 giờ 30 phút")
            return KEEP
        return Reason("label", f"before {word!r}: a duration, time, phrase or tiers")
    return None


_CLOCK_MINUTES: Final = re.compile(r"\s+\d")  # "2 giờ 30 phút": minutes after the hours


def lasted(v: Vocabulary, unit: str, words: str) -> str | None:
    """ "kéo dài", "mất tới", "tổng cộng": the verb of lasting ending ``words`` (the words before a length whose unit
    is ``unit``, lowercased), or the word summing hours or minutes; else None."""
    return v.lasting_verbs.ending(words) or (v.summed_lengths.ending(words) if v.measured_durations.is_one(unit)
                                             else None)


def _interval_between_times(v: Vocabulary, after: str) -> bool:
    """ "giám sát … với tần suất 3 tháng/lần", "quan trắc định kỳ 6 tháng/lần": a duration, then a slash and a word
    of times right after it, is the interval between times, not a duration naming a phrase ("6 tháng đầu năm")."""
    if not (unit := v.durations.starting(after)):
        return False
    rest = after[len(unit):]
    return rest.startswith("/") and v.interval_per.starting(rest[1:]) is not None


def _averaging_time(v: Vocabulary, before: str, word: str) -> str | None:
    """ "nồng độ PM2.5 trung bình 24 giờ vượt quy chuẩn", "hàm lượng CO trung bình 8 giờ lớn nhất": hours right
    after an average word that follows a concentration name the time the concentration is averaged over, a
    label (``before`` the lowercased words before the number); the reason, or None."""
    if not (avg := v.per_one_average.ending(before.rstrip())):
        return None  # the usual answer: no average word right before the number
    head = before.rstrip()[:-len(avg)]
    clause = head[max(head.rfind(","), head.rfind(";"), head.rfind(". ")) + 1:]
    if not (conc := v.concentrations.found(clause)):
        return None
    return f"after {conc!r} … {avg!r}, before {word!r}: the time a concentration is averaged over"


SENTENCE_REACH: Final = 160  # how far back the words of a number's sentence are looked for


def sentence_before(text: str, s: int) -> str:
    """The lowercased words of a number's sentence before it (up to ``SENTENCE_REACH``)."""
    head = text[max(0, s - SENTENCE_REACH):s]
    return head[max(head.rfind(". "), head.rfind("\n")) + 1:].lower()


def a_span_of_days(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "trong 4 ngày nghỉ lễ Quốc khánh": after "trong", the length of the time the figures after it
    fall in, as "Trong 6 tháng" is; so after a span's word opening the sentence, past a news page's source tag maybe
    ("Sau 5 đêm thi vòng loại, …", "(Baodaklak.vn) - Sau 5 ngày diễn ra, …",
    "Riêng 6 đêm thi pháo hoa, …"), not inside it ("…, sau 41 tháng thi công đã hoàn thành": how long it took)."""
    if not (unit := v.durations.starting(after)):
        return None  # the usual number: no length of time
    if (word := v.time_openers.ending(before)) or _opens_its_sentence(v, text, s, before, past_a_source=True) \
            and (word := v.span_openers.ending(before)):
        return Reason("period", f"between {word!r} and {unit!r}: the length of the time its figures fall in")
    return None


# " 2021-2025", " (2021 - 2025)"
_SPAN_AFTER: Final = re.compile(r"\s+\(?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")


def a_spans_length(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025", "Tổng thu ngân sách … 5 năm (2021 - 2025)": the years
    of the span named right after, part of its name, not a figure."""
    if not (word := v.year_words.starting(after)) or not text[s:e].isdigit():  # cheapest first
        return None
    m = _SPAN_AFTER.match(after, len(word))
    if m and int(m.group(2)) - int(m.group(1)) + 1 == int(text[s:e]):
        return Reason("label", f"before {word!r} and the span {m.group(1)}-{m.group(2)}: its length")
    if before.endswith("(") and after[len(word):].lstrip().startswith(")") \
            and (m := _SPAN_BEFORE.search(before[:-1].rstrip())) \
            and int(m.group(2)) - int(m.group(1)) + 1 == int(text[s:e]):
        # "giai đoạn 2013 - 2017 (5 năm)": the span's length, alone in a bracket after it
        return Reason("period", f"the length of the span {m.group(1)}-{m.group(2)}, in a bracket after it")
    return None


_SPAN_BEFORE: Final = re.compile(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)$")  # "2013 - 2017" right before


_SPAN_OF_YEARS: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")  # "2026 - 2030"


@lru_cache(maxsize=4)
def _spans_of_years(text: str) -> list[re.Match[str]]:
    """Every span of years ``text`` names, in order: found once per text, not once per number asking (a long
    text's numbers would each scan all that stands before them)."""
    return list(_SPAN_OF_YEARS.finditer(text))
CLAUSE_OPENERS: Final = ";.:-–+•"  # right before a clause's first word
SPAN_LINE_MAX: Final = 160  # a title's or a heading's line is at most this long


@cache
def _term_word_reach() -> int:
    """From a term's word to its span: the longest word and two spaces ("nhiệm kỳ  2020")."""
    return max(len(w) for w in vocabulary().raw["congress_terms"]) + 2


def the_spans_years(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 160.000 tỷ đồng", "Trồng mới 75.000 ha rừng trong 5 năm." under
    "Điều 2. Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030": as many years as the span a title or a heading before them
    names, before a verb of what a figure comes to over them, after "trong" ending a clause or after a running
    total's word ("lũy kế 3 năm cải tạo, nâng cấp 112,8 km đường"), are that span, the period of the figure, not a
    figure; "cao nhất trong 5 năm gần đây" and "tổng kết 5 năm thực hiện Nghị quyết" stay durations."""
    if not (word := v.year_words.starting(after)) or not text[s:e].isdigit():  # cheapest first
        return None
    rest = after[len(word):].lstrip(" ")
    opening = not before.strip() or before.rstrip()[-1:] in CLAUSE_OPENERS
    if not v.span_total_verbs.starting(rest) and not (opening and rest[:1].isalpha()) \
            and not (rest[:1] in (".", ",", ";", ":", "\n") and v.time_openers.ending(before)) \
            and not (rest[:1].isalpha() and cumulative_words().ending(before.rstrip().lower())) \
            and not (rest[:1].isalpha() and _opens_its_sentence(v, text, s, before)):
        return None  # the usual "N năm": no verb of a total after it, no "trong" before a clause's end
    n = int(text[s:e])
    spans = _spans_of_years(text)
    for m in reversed(spans[:bisect_right(spans, s, key=lambda m: m.end())]):  # the nearest first, ended by it
        # "… NHIỆM KỲ 2020 - 2025": a term counts its five years from the year after its congress's
        term = v.congress_term.search(text, max(0, m.start() - _term_word_reach()), m.end()) is not None
        if int(m.group(2)) - int(m.group(1)) + (0 if term else 1) != n:
            continue
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[start:end if end >= 0 else len(text)].strip()
        if len(line) <= SPAN_LINE_MAX and not line.endswith((".", ";", ",")):
            # a title or a heading, not a sentence nor a basis line ("Căn cứ …, nhiệm kỳ 2025 - 2030;")
            return Reason("period", f"before {word!r}: the years of the span {m.group()!r} a title or heading names")
    return None


def _opens_its_sentence(v: Vocabulary, text: str, s: int, before: str, past_a_source: bool = False) -> bool:
    """ "Trong 5 năm đã …", "Sau 5 năm thực hiện Nghị quyết, …": a word of a span's time (``before`` ending with it)
    opens the sentence of the number at ``s``: nothing but spaces between it and a sentence's end, a line's start, a
    news page's source tag (when ``past_a_source``) or the text's."""
    if not (word := v.span_openers.ending(before)):
        return False  # the usual answer
    at = s - 1
    while at >= 0 and text[at] in " \t":
        at -= 1  # back over the spaces before the number
    at -= len(word)
    while at >= 0 and text[at] in " \t":
        at -= 1  # and over those before the word
    if past_a_source and at >= 0 and text[at] in "-–—" and (line := text.rfind("\n", 0, at) + 1) < at \
            and SOURCE_TAG.fullmatch(text[line:at + 2]):
        return True  # "(Baodaklak.vn) - Sau 5 ngày diễn ra, …": past a news page's source tag
    return at < 0 or text[at] in ".!?:;\n"


def an_occasions_day(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Quốc khánh 2/9", "dịp lễ 2/9 năm trước", "Ngày Quốc tế Lao động 1/5": a day and month after an occasion's
    word or a named day's name name it; "Quảng trường 2/4", "đường 3/2": after a place's word, they name the place."""
    if not text[s:e].isdigit() or not _DAY_MONTH.match(text, s):
        return None  # the usual number: no day and month
    if word := v.occasion_days.ending(before):
        return Reason("date", f"after {word!r}: the day and month of an occasion")
    if m := _occasion_in_a_bracket().search(before):
        return Reason("date", f"in a bracket after {m.group(1)!r}: the day and month the occasion is held on")
    if _days_range_opened().search(before):
        return Reason("date", "after a range's first day and the word ending it: the range's last day")
    if m := v.named_day.search(text, max(0, s - NAMED_DAY_REACH), s):
        return Reason("date", f"after {m.group().strip()!r}: the day and month a named day is held on")
    if word := v.places_named_by_a_day.ending(before):
        return Reason("name", f"after {word!r}: a place named by a day and month")
    return None


NAMED_DAY_REACH: Final = 50  # a named day's name before its day and month ("Ngày Quốc tế Lao động 1/5")


@cache
def _days_range_opened() -> re.Pattern[str]:
    """ "từ ngày 1/6 đến", "từ ngày 1 đến": a range's first day (maybe with its month) after the day's word, then the
    word ending the range, ending the words before a number (not "từ 2/3 đến 3/4 số hộ": parts of a whole, no day's
    word)."""
    raw = vocabulary().raw
    since, day = alternation(raw["from_words"]), alternation(raw["periods"]["day_of_a_bound"])
    return re.compile(rf"(?<!\w)(?:{since}) (?:{day}) \d{{1,2}}(?:/\d{{1,2}}(?:/(?:19|20)\d\d)?)? "
                      rf"(?:{alternation(raw['range_words'])})$")


@cache
def _occasion_in_a_bracket() -> re.Pattern[str]:
    """ "đêm khai mạc (", "lễ bế mạc (": an occasion's word and up to three words naming it, then a bracket opening,
    ending the words before a number."""
    return re.compile(rf"(?<!\w)((?:{alternation(vocabulary().occasion_days.words)})(?: [^\W\d]+){{1,3}}) \($")


def a_lunar_day(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "30 Tết", "mùng 4 Tết", "ngày 15 tháng Giêng": a day's number right before the lunar new year or a
    lunar month, or right after the word of a lunar month's first ten days ("mùng 6 đến 18 tháng Giêng"), is a day
    of the lunar calendar: a date."""
    if e - s > DAY_DIGITS or not text[s:e].isdigit():
        return None  # the usual number: no day's or month's one or two digits
    if (word := v.lunar_months.starting(after)) and 1 <= int(text[s:e]) <= LUNAR_DAYS:
        return Reason("date", f"before {word!r}: a day of the lunar calendar")
    if (end := _RANGE_END.match(after)) and (word := v.lunar_months.starting(after[end.end():].lstrip())) \
            and 1 <= int(text[s:e]) <= LUNAR_DAYS:
        return Reason("date", f"a range of days before {word!r}: days of the lunar calendar")  # "11 - 13 tháng Giêng"
    if (word := v.lunar_days.ending(before)) and 1 <= int(text[s:e]) <= LUNAR_DAYS:
        return Reason("date", f"after {word!r}: a day of the lunar calendar")  # "(mùng 6 đến 18 tháng Giêng)"
    if 1 <= int(text[s:e]) <= MONTHS_IN_A_YEAR and (
            _lunar_day_and_month().search(before) or v.months.ending(before) and v.lunar_calendar.starting(after)):
        # "mùng 10 tháng 3", "tháng 3 âm lịch": the month of a lunar day, or a month the lunar calendar counts
        return Reason("date", "a month of the lunar calendar")
    return None


DAY_DIGITS: Final = 2  # a day's or a month's number has at most two digits


@cache
def _lunar_day_and_month() -> re.Pattern[str]:
    """ "mùng 10 tháng ": a lunar day's word, its number and the month's word, ending the words before a number."""
    v = vocabulary()
    return re.compile(rf"(?<!\w)(?:{v.lunar_days.pattern})\s+\d{{1,2}}\s+(?:{v.months.pattern})\s*$")


LUNAR_DAYS: Final = 30  # the longest lunar month


def before_a_season(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Tính chung 2 vụ Đông Xuân và Hè Thu": the seasons a total sums, named, not counted."""
    if word := v.seasons.starting(after):
        return Reason("label", f"before {word!r}: the seasons a total sums")
    return None


def a_rankings_set(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Theo bảng xếp hạng 63 tỉnh, thành phố", "(xếp hạng trên 63 tỉnh, thành phố)": a number of administrative
    units right after a ranking's words names the set the ranking is over, a label (read before a rank's words keep
    "xếp thứ 6/14 tỉnh" a place)."""
    if not (ranked := v.units_ranked.ending(before)) or not text[s:e].isdigit() \
            or not (unit := v.merged_units.starting(after)):
        return None  # the usual answer
    return Reason("label", f"after {ranked!r}: the {unit!r} a ranking is over, a set named")


_UNITS_LISTED: Final = re.compile(r"^(?:\s*,\s*[^\W\d_]+(?: [^\W\d_]+)?)*")  # ", thành phố": more units named


def the_units_summed_or_merged(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "GRDP tính chung 3 tỉnh trước sắp xếp", "hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận": a number of
    administrative units right after a word summing over them, or after a merger's verb with their names after
    them, or after "của" and before a word naming them former ("của 3 xã cũ", "cộng của 3 xã trước sắp xếp"),
    names the set, not a count ("sáp nhập 150 xã" counts the communes merged); so does one after a body of them
    ("Đảng bộ 3 xã", "trên địa bàn 3 xã trước sắp xếp") or after "của" before their names ("của 3 xã Đồng Tiến, …")."""
    if not (unit := v.merged_units.starting(after)) or not text[s:e].isdigit():
        return None  # the usual answer
    if word := v.units_summed.ending(before):
        return Reason("label", f"after {word!r}: the units a total sums")
    if (former := v.former_units.starting(after[len(unit):].lstrip())) and v.units_of.ending(before):
        return Reason("label", f"the former {unit!r} ({former!r}) a new unit was made of: a set named")
    if body := v.unit_bodies.ending(before):
        return Reason("label", f"after {body!r}: the {unit!r} whose body it names, a set named")
    if v.units_by.ending(before) and (after_merger := v.units_after_merger.starting(
            _UNITS_LISTED.sub("", after[len(unit):]).lstrip())):
        # "tính toán lại kết quả năm 2024 theo 34 tỉnh, thành phố sau sắp xếp": the set a result is reckoned over
        return Reason("label", f"the {unit!r} {after_merger!r} a result is reckoned by: a set named")
    named = text[e:e + PHRASE_AFTER].lstrip()[len(unit):].lstrip()  # as written: a name's capital
    if (word := v.units_merged.ending(before) or v.units_of.ending(before)) and named[:1].isupper():
        return Reason("label", f"after {word!r}, before the names of the {unit!r}: the units named")
    return None


def crops_a_year_of_a_land(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Tưới tiêu chủ động cho 1.600 ha lúa 2 vụ;", "đất chuyên trồng lúa 2 vụ", "lúa 2 vụ 1.035 ha": a number of
    crop cycles right after a crop land's word, ending its phrase or before the land's figure, names the kind of
    land (how many crops it grows a year), not a count ("xảy ra 2 vụ cháy", "giảm 12 vụ" count cases)."""
    if not (w := v.crop_cycles.starting(after)):
        return None  # the usual answer
    rest = after[len(w):].lstrip()
    if rest and rest[0].isalpha() and not v.attained_verbs.starting(rest) or not v.crop_lands.ending(before):
        # "lúa 2 vụ 1.035 ha", "lúa 2 vụ đạt 1.236 ha": the land's figure may follow; "2 vụ cháy" counts cases
        return None
    return Reason("label", f"a crop land's cycles a year, after {v.crop_lands.ending(before)!r}")


def a_way_of_teaching(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "100% trường tiểu học tổ chức dạy học 2 buổi/ngày", "tỷ lệ học sinh học 2 buổi/ngày đạt 98%": a number of
    sessions a day right after a teaching verb names the way the school teaches, not a count of sessions held
    ("tổ chức 2 buổi/ngày tập huấn" holds them)."""
    if not (w := v.teaching_sessions.starting(after)):
        return None  # the usual answer, from a lookup of its first letter
    if not (verb := v.teaching_verbs.ending(before)):
        return None
    return Reason("label", f"after {verb!r}, before {w!r}: a way of teaching named by its sessions")


_LISTED: Final = re.compile(r"\s+[^\W\d_]+(?:\s[^\W\d_]+){0,3}\s*\(([^()]{1,200})\)")  # "tiêu chí (số vụ, …)"


def a_whole_set_listed(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương)": after "cả", a number of things
    that a bracket right after names one by one is the whole set named, not a count."""
    if not (word := v.whole_set.ending(before)) or not (m := _LISTED.match(text, e)) \
            or not text[s:e].isdigit() or len(v.list_joiners.split(m.group(1))) != int(text[s:e]):
        return None
    return Reason("label", f"after {word!r}: the whole of a set its bracket lists")


PHRASE_AFTER: Final = 40  # the words after a number a phrase is looked up in, its line breaks read as spaces


def a_whole_set_measured_over(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "kéo giảm tai nạn giao thông trên cả 3 tiêu chí so với năm 2024": after "trên cả", a number of criteria
    or targets a change is measured over is the whole set named, not a count ("đạt 3 tiêu chí" counts them)."""
    if not (word := v.whole_set_scopes.ending(before)):
        return None  # the usual number: no "trên cả" right before it
    if not (t := v.tallies.starting(" ".join(after[:PHRASE_AFTER].split()))):  # "tiêu\n  chí": a wrapped line
        return None
    return Reason("label", f"after {word!r}, before {t!r}: the whole set a change is measured over")


CONDITION_REACH: Final = 400  # back from a minimum to the heading of its list of conditions


def a_threshold_of_a_change(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "giải trình việc lợi nhuận sau thuế … thay đổi từ 10% trở lên so với cùng kỳ năm trước": a bound in % right
    after a change either way ("thay đổi", "biến động") is the threshold a rule names the changes by, a label;
    "lợi nhuận tăng từ 10% trở lên" is a target, a figure."""
    if not after.startswith("%") or not (bound := v.group_bounds.ending(before)):
        return None  # the usual number: no bound in % of it
    if word := v.threshold_changes.ending(before[:-len(bound)].rstrip()):
        return Reason("label", f"a bound in % after {word!r}: the threshold a rule names changes by")
    return None


_BOUND_CLAUSE_END: Final = re.compile(r"[,;.\n]")  # where the clause after a bound ends
CONDITION_CLAUSE_REACH: Final = 90  # from a bound back to the "khi" or "nếu" opening its clause


def a_bound_naming_when(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "nhà đầu tư nên cân nhắc khi giá trong nước cao hơn giá thế giới trên 15 triệu đồng/lượng", "chỉ nên mua vào
    nếu giá giảm dưới 140 triệu đồng/lượng": a bound in a clause "khi …" or "nếu …" that follows advice on what to do
    ("nên", "cần") names when to do it, a threshold, a label; "Khi dự án hoàn thành sẽ tạo việc làm cho trên 500 lao
    động" advises nothing, "Tỷ số giới tính khi sinh dưới 111" names a time of life, and "trong khi" sets two facts
    side by side: their numbers are figures."""
    if not v.group_bounds.ending(before):
        return None  # the usual number: no bound
    head = text[max(0, s - CONDITION_CLAUSE_REACH):s].lower()
    if not v.when_conditions.within(head):
        return None  # no "khi"/"nếu" near it
    head = head[max(head.rfind(","), head.rfind(";"), head.rfind("."), head.rfind(":"), head.rfind("\n")) + 1:]
    if (at := v.when_conditions.last(head)) < 0 or not v.when_advice.ending(head[:at].rstrip()) \
            and v.when_advice.last(head[:at]) < 0:
        return None  # no condition's clause after advice on what to do ("Tỷ số giới tính khi sinh dưới 111")
    reach = v.not_when_conditions.longest
    if v.not_when_conditions.within(head[max(0, at - reach):at + reach]):
        return None  # "trong khi giá trong nước cao hơn …": two facts side by side
    return Reason("label", "a bound in a clause naming when to act: a threshold")


DAMAGE_CAUSE_WORDS: Final = 4  # "do thiên tai", "do bão số 3": the cause between a damage word and its bound


def a_damage_threshold(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "được giảm 50% mức đóng đối với tổ chức bị thiệt hại do thiên tai từ 30% giá trị tài sản trở lên": a bound in
    % closed by "trở lên" right after a damage suffered (its cause between) is the threshold that says who
    qualifies, a label; "diện tích lúa bị thiệt hại 35%" is a figure."""
    if not after.startswith("%") or not (bound := v.group_bounds.ending(before)):
        return None  # the usual number: no bound in % of it
    head = before[:-len(bound)].rstrip()
    if (at := v.damages_suffered.last(head)) < 0:
        return None
    cause = head[at + len(v.damages_suffered.starting(head[at:]) or ""):].split()
    if len(cause) > DAMAGE_CAUSE_WORDS or any(ch.isdigit() for w in cause for ch in w):
        return None
    clause = _BOUND_CLAUSE_END.split(after, 1)[0]  # "% giá trị tài sản trở lên": what it is of, then the qualifier
    if not any(words.within(clause) for words in v.qualifiers_after.values()):
        return None
    return Reason("label", "a bound in % of a damage suffered, closed by its qualifier: says who qualifies")


def a_damage_band(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "diện tích thiệt hại trên 70% là 13.880 ha", "thiệt hại từ 30 đến 70% là 11.245 ha", "hỗ trợ 2 triệu đồng/ha
    đối với diện tích thiệt hại trên 70%, 1 triệu đồng/ha …": a bound in % (or a range of them) right after a word
    of loss, its clause ending with it or going on to what it counts ("là"), is the band of loss an area or an aid is
    counted for, a label; "diện tích lúa bị thiệt hại 35%" (no bound) is a figure."""
    band_end, band_close = _percent_band()
    if not (band := band_end.match(after)) or not band_close.match(after, band.end()):
        return None  # the usual number: no bound in % ending its clause
    head = _past_a_ranges_first_bound(v, before)  # the range's second bound: past "từ 30 đến"
    if not (bound := v.group_bounds.ending(head)):
        return None
    if loss := v.damage_bands.ending(head[:-len(bound)].rstrip()):
        return Reason("label", f"a bound in % after {loss!r}: the band of loss a figure is counted for")
    if head[:-len(bound)].rstrip().endswith(",") and _after_a_band_given(v, text, s):
        # "bị thiệt hại trên 70% được hỗ trợ 8 triệu đồng/ha, từ 30 - 70% được hỗ trợ 4 triệu đồng/ha": the next band
        return Reason("label", "a bound in % after a band of loss and what it is given: the next band")
    return None


BAND_CLAUSE_REACH: Final = 120  # the sentence's words before a band, back to its full stop


def _after_a_band_given(v: Vocabulary, text: str, s: int) -> bool:
    """A band of loss in % and what it is given stand earlier in the sentence, up to the comma before ``s``."""
    head = text[max(0, s - BAND_CLAUSE_REACH):s].lower()
    head = head[max(head.rfind(m) for m in (".", ";", "\n")) + 1:]
    loss = v.damage_bands.last(head)
    return loss >= 0 and "%" in head[loss:] and v.group_given.found(head[head.find("%", loss):]) is not None


@cache
def _percent_band() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A band's end ("%", " đến 70%") and what may follow it: its clause's end or a copula ("là")."""
    v = vocabulary()
    # or what the band is given ("bị thiệt hại trên 70% được hỗ trợ 8 triệu đồng/ha"), maybe past what the percent is
    # of ("1.184 hộ thiệt hại trên 70% diện tích nuôi."); or, a word or two between, another number, what is counted
    # in the band or when ("412,6 ha bị thiệt hại trên 70% của 1.126 hộ", "thiệt hại trên 70% dưới 200 ha", "Diện
    # tích ngô bị thiệt hại trên 70% năm 2020 là 412,6 ha")
    return (re.compile(rf"(?:\s*(?:-|–|{v.range_to.pattern})\s*{NUM})?\s*%"),
            re.compile(rf"(?:\s+[^\W\d_]+){{0,{BAND_NOUN_WORDS}}}\s*(?:[,;.)\n]|(?:{v.copulas.pattern}|"
                       rf"{v.group_given.pattern})(?!\w)|$)|(?:\s+[^\W\d_]+){{1,2}}\s+\d"))


BAND_NOUN_WORDS: Final = 3  # "diện tích nuôi": what a band's percent is of


def a_condition_bound(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """ "Điều 2. Điều kiện hỗ trợ" … "2. Chủ thể … sử dụng ít nhất 10 lao động thường xuyên": a minimum in
    an item under a heading that opens with a word of conditions says who qualifies, not a figure. The
    heading is the first line above that ends with no full stop or semicolon, as items do."""
    if not (word := v.condition_bounds.ending(before)):
        return None  # the usual number: no minimum word right before it
    lines = text[max(0, s - CONDITION_REACH):s].split("\n")[1:-1]
    for line in reversed(lines):
        low = line.strip().lower()
        if not low or low[-1] in ".;":
            continue
        m = heading_numbering().match(low)  # "Điều 2.", "II.", "1."
        if v.condition_heads.starting(low[m.end():] if m else low):
            return Reason("label", f"after {word!r} under a heading of conditions: says who qualifies")
        return None
    return None


# In order: the first check with an answer decides. The shapes around the digits first,
# then the words either side (read once: ``before`` lowercased up to the number without a
# trailing " .", ``after`` lowercased from it without leading spaces).
SHAPE_CHECKS: Final[tuple[ShapeCheck, ...]] = (
    glued_to_a_word,
    code_after,
    calendar_date,
    day_and_month,
    a_range_of_days,
    a_year,
    bracketed_number,
    a_marker_after_a_percent,
    a_markdown_footnote,
    line_list_number,
    a_footnotes_marker,
    item_heading_number,
    inline_item_number,
    document_number,
    ratio_base,
    a_standards_code,
    clock_time,
    quoted_slogan,
)


def word_reason(v: Vocabulary, text: str, s: int, e: int, before: str, after: str) -> Reason | None:
    """The word checks' answer for the number ``text[s:e]``: asked in this order, the first answer decides
    (:data:`KEEP` included). Called by name, not looped over as a tuple: the compiled build then calls each
    check directly, without boxing six arguments per check and number (BENCHMARKS.md)."""
    return (a_units_scale(v, text, s, e, before, after)
            or a_page_number(v, text, s, e, before, after)
            or a_page_number_on_its_line(v, text, s, e, before, after)
            or a_centred_page_number(v, text, s, e, before, after)
            or a_page_number_in_a_run(v, text, s, e, before, after)
            or a_digit_in_a_drawing(v, text, s, e, before, after)
            or a_digit_on_a_stamps_line(v, text, s, e, before, after)
            or a_slide_number(v, text, s, e, before, after)
            or an_index_base(v, text, s, e, before, after)
            or per_one(v, text, s, e, before, after)
            or per_population_after_its_count(v, text, s, e, before, after)
            or odds_of_one(v, text, s, e, before, after)
            or a_unit_defined(v, text, s, e, before, after)
            or minutes_after_an_hour(v, text, s, e, before, after)
            or a_coming_stretch(v, text, s, e, before, after)
            or a_titles_stretch(v, text, s, e, before, after)
            or a_coordinate(v, text, s, e, before, after)
            or a_winds_level(v, text, s, e, before, after)
            or a_rankings_set(v, text, s, e, before, after)
            or a_lunar_day(v, text, s, e, before, after)
            or after_a_label(v, text, s, e, before, after)
            or a_listed_numbered_thing(v, text, s, e, before, after)
            or years_naming_their_span(v, text, s, e, before, after)
            or a_number_in_a_recipient(v, text, s, e, before, after)
            or a_listed_class_with_unit(v, text, s, e, before, after)
            or a_form_code(v, text, s, e, before, after)
            or after_a_name(v, text, s, e, before, after)
            or a_named_places_number(v, text, s, e, before, after)
            or a_standards_coefficient(v, text, s, e, before, after)
            or a_bodys_number(v, text, s, e, before, after)
            or a_grid_parts_number(v, text, s, e, before, after)
            or a_code_words_number(v, text, s, e, before, after)
            or a_varietys_number(v, text, s, e, before, after)
            or a_metals_purity(v, text, s, e, before, after)
            or a_badge_of_years(v, text, s, e, before, after)
            or a_combined_products_name(v, text, s, e, before, after)
            or a_paired_codes_number(v, text, s, e, before, after)
            or a_formula_of_parts(v, text, s, e, before, after)
            or a_phone_number(v, text, s, e, before, after)
            or in_a_web_address(v, text, s, e, before, after)
            or a_code_of_digits(v, text, s, e, before, after)
            or a_dimensions_size(v, text, s, e, before, after)
            or a_packages_size(v, text, s, e, before, after) or each_packages_size(v, text, s, e, before, after)
            or a_packed_size(v, text, s, e, before, after)
            or a_units_volume(v, text, s, e, before, after)
            or a_vehicles_seats(v, text, s, e, before, after)
            or an_eras_year(v, text, s, e, before, after)
            or a_rates_base(v, text, s, e, before, after)
            or the_one_a_norm_makes(v, text, s, e, before, after)
            or an_alcohol_band(v, text, s, e, before, after)
            or a_speed_limit_or_band(v, text, s, e, before, after)
            or a_road_post(v, text, s, e, before, after)
            or a_grades_size_band(v, text, s, e, before, after)
            or a_code_in_a_list_of_names(v, text, s, e, before, after)
            or a_tickets_scope(v, text, s, e, before, after)
            or after_a_weak_label(v, text, s, e, before, after)
            or a_grade(v, text, s, e, before, after)
            or an_equipments_rating(v, text, s, e, before, after)
            or a_material_grade(v, text, s, e, before, after)
            or a_version(v, text, s, e, before, after) or a_standards_number(v, text, s, e, before, after)
            or a_road_class_standard(v, text, s, e, before, after)
            or an_ownership_class(v, text, s, e, before, after)
            or a_machine_class(v, text, s, e, before, after)
            or a_products_layers(v, text, s, e, before, after)
            or a_map_scale(v, text, s, e, before, after)
            or around_the_clock(v, text, s, e, before, after)
            or a_time_limit(v, text, s, e, before, after)
            or a_lapse_bound(v, text, s, e, before, after)
            or a_useful_life(v, text, s, e, before, after)
            or age_of_a_group(v, text, s, e, before, after)
            or a_seat_class(v, text, s, e, before, after)
            or a_height_for_a_group(v, text, s, e, before, after)
            or a_bound_in_a_rates_subject(v, text, s, e, before, after)
            or a_bound_naming_the_things_counted(v, text, s, e, before, after)
            or a_bound_before_its_groups_count(v, text, s, e, before, after)
            or a_full_course_of_doses(v, text, s, e, before, after)
            or before_a_time_word(v, text, s, e, before, after)
            or a_span_of_days(v, text, s, e, before, after)
            or a_spans_length(v, text, s, e, before, after)
            or the_spans_years(v, text, s, e, before, after)
            or an_occasions_day(v, text, s, e, before, after)
            or before_a_season(v, text, s, e, before, after)
            or the_units_summed_or_merged(v, text, s, e, before, after)
            or crops_a_year_of_a_land(v, text, s, e, before, after)
            or a_way_of_teaching(v, text, s, e, before, after)
            or within_a_slogan(v, text, s, e, before, after)
            or a_whole_set_listed(v, text, s, e, before, after)
            or a_whole_set_measured_over(v, text, s, e, before, after)
            or a_threshold_of_a_change(v, text, s, e, before, after)
            or a_damage_threshold(v, text, s, e, before, after) or a_damage_band(v, text, s, e, before, after)
            or a_bound_naming_when(v, text, s, e, before, after)
            or a_condition_bound(v, text, s, e, before, after)
            or a_named_score(v, text, s, e, before, after)
            or a_classed_bound(v, text, s, e, before, after)
            or a_size_class(v, text, s, e, before, after)
            or a_half_open_class(v, text, s, e, before, after)
            or a_band_heading_a_price(v, text, s, e, before, after)
            or a_bound_for_a_group(v, text, s, e, before, after)
            or a_bound_of_eligibility(v, text, s, e, before, after)
            or a_bound_on_what_each_receives(v, text, s, e, before, after)
            or a_bound_naming_deposits(v, text, s, e, before, after)
            or a_tariff_step(v, text, s, e, before, after)
            or a_bound_on_users_use(v, text, s, e, before, after)
            or a_bound_on_an_excess_load(v, text, s, e, before, after)
            or a_class_before_its_term(v, text, s, e, before, after)
            or a_bound_when(v, text, s, e, before, after)
            or a_bound_in_a_case(v, text, s, e, before, after)
            or a_spraying_threshold(v, text, s, e, before, after)
            or a_bracketed_class_bound(v, text, s, e, before, after)
            or a_bound_defining_a_numbered_group(v, text, s, e, before, after)
            or a_distance_bound_of_places(v, text, s, e, before, after)
            or a_score_bound_in_an_exam(v, text, s, e, before, after)
            or a_bound_naming_a_part(v, text, s, e, before, after)
            or bound_of_a_group(v, text, s, e, before, after)
            or an_exams_format(v, text, s, e, before, after)
            or a_tests_task(v, text, s, e, before, after))
# The characters some shape check needs before or after the digits.
_SIGNIFICANT: Final = frozenset("".join(n.before + n.after for n in _NEEDS.values())) - {LETTER}


Surroundings = tuple[str, str, bool, bool]


def surroundings(text: str, s: int, e: int) -> Surroundings:
    """What the shape checks' :class:`Needs` ask of the digit run ``text[s:e]``: the character
    before and after it (``LETTER`` for a letter, "" for one no check needs), whether it holds
    a dot, whether it is four long."""
    before = text[s - 1] if s else ""
    after = text[e] if e < len(text) else ""
    return (before if before in _SIGNIFICANT else LETTER if before.isalpha() else "",
            after if after in _SIGNIFICANT else LETTER if after.isalpha() else "",
            "." in text[s:e], e - s == 4)


def may_answer(check: ShapeCheck, key: Surroundings) -> bool:
    """Whether ``check`` may answer for a number with the :func:`surroundings` ``key``."""
    if (n := _NEEDS.get(check)) is None:
        return True
    before, after, dotted, four_digits = key
    return bool((before and before in n.before) or (after and after in n.after)
                or (dotted and n.dotted) or (four_digits and n.four_digits))


class _Plans(dict[Surroundings, tuple[ShapeCheck, ...]]):
    """The shape checks, in order, that may answer for each kind of surroundings, made as met."""

    def __missing__(self, key: Surroundings) -> tuple[ShapeCheck, ...]:
        plan = self[key] = tuple(c for c in SHAPE_CHECKS if may_answer(c, key))
        return plan


_SHAPE_PLANS: Final = _Plans()


def not_a_figure(text: str, s: int, e: int) -> Reason | None:
    """Why the digit run ``text[s:e]`` is not a figure, or None if it may be one."""
    v = vocabulary()
    # Only the checks that may answer for what stands around the digits: for most numbers none.
    for check in _SHAPE_PLANS[surroundings(text, s, e)]:
        if (reason := check(v, text, s, e)) is not None:
            return reason
    before, after = _before(text, s), _after(text, e)
    reason = word_reason(v, text, s, e, before, after)
    return None if reason is KEEP else reason


def _name_before(text: str, s: int) -> bool:
    """The word before the number is capitalised and does not open its sentence."""
    if s < 2 or text[s - 1] != " " or not text[s - 2].isalpha():
        return False  # the usual case, decided without splitting words
    words = text[max(0, s - NAME_REACH):s].split()
    if len(words) < 2:
        return False
    word = words[-1]
    opens_line = text[s - len(word) - 2:s - len(word) - 1] == "\n"  # "…cấp huyện\nCó 9/10 huyện": a heading ends
    # after a sentence's end or a list item's dash ("- Giảm 5-10% số ca"), the word opens its sentence
    # after a list item's number too ("(9) Có 8/8 trường đạt chuẩn quốc gia")
    return word[0].isupper() and not word.isupper() and word.isalpha() and words[-2][-1] not in ".!?:;" \
        and words[-2] not in _ITEM_DASHES and not opens_line and not _ITEM_NUMBER.match(words[-2])


_ITEM_DASHES: Final = ("-", "–", "+", "•", "*")
_ITEM_NUMBER: Final = re.compile(r"\(?(?:\d{1,2}|[^\W\d_])\)$")  # "(9)", "9)", "a)": a list item's number
