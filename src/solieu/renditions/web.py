"""Web pages: the main content with its tables (trafilatura, lxml), and what the page
says of itself (title, site, publication date, language).

trafilatura finds the main content (a portal page is mostly menus, sidebars and
footers) and keeps its tables as rows and cells in its XML tree; the rows are rendered
here, header rows first. A page it finds nothing in is read whole with lxml, less the
boilerplate tags.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from solieu.errors import InputError
from solieu.renditions import (
    ITEM_MARK,
    Rendition,
    clean_cell,
    converter,
    join_blocks,
    language_code,
    refuse_no_report,
    stated_date,
    table_lines,
)
from solieu.renditions.fixed_width import preformatted
from solieu.renditions.vietnamese import decode_html


def render_html(data: bytes, where: str, charset: str | None = None) -> Rendition:
    """A web page's main content, tables as rows; its title, site, date and language."""
    blocks, tables, tree, meta = _read_page(data, where, charset)
    rendition = Rendition(join_blocks(blocks), "html", converter("html"), tables, meta)
    refuse_no_report(rendition, where, login=bool(tree.xpath("//input[@type='password']")))
    return rendition


def page_blocks(data: bytes, where: str, charset: str | None = None) -> tuple[list[str], int]:
    """A web page's main content as blocks, and how many of them are tables: a page that is part of a document."""
    blocks, tables, _, _ = _read_page(data, where, charset)
    return blocks, tables


def _read_page(data: bytes, where: str, charset: str | None) -> tuple[list[str], int, Any, dict[str, Any]]:
    """A web page's blocks, its tables count, its lxml tree and what it says of itself."""
    import lxml.html
    import trafilatura

    html = decode_html(data, charset, where)
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str input with an encoding
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as exc:  # lxml's ParserError, ValueError for an empty document
        raise InputError(f"{where}: cannot be read as HTML ({exc}).") from None
    unseen = _unseen_text_dropped(tree) + _sheet_headings_dropped(tree)  # before nested tables are marked
    nested = _nested_tables_marked(tree)
    if _cards_as_paragraphs(tree) + _grids_as_tables(tree) + _captions_as_paragraphs(tree) + _footers_last(tree) \
            + _leads_into_their_body(tree) + _broken_lines_as_paragraphs(tree) + _body_as_a_container(tree) \
            + unseen + _lists_in_cells_as_text(tree) + _footnotes_as_markers(tree) + _images_as_text(tree) or nested:
        html = lxml.html.tostring(tree, encoding="unicode")
    document = trafilatura.bare_extraction(
        html, include_tables=True, include_comments=False, with_metadata=True,
        favor_precision=False, deduplicate=False)
    blocks: list[str] = []
    tables = 0
    body = getattr(document, "body", None)
    if body is not None and len(body):
        blocks, tables = _render_trafilatura(body)
    if not blocks:
        blocks, tables = _render_lxml(tree)
    blocks, placed = _put_back(blocks, nested)
    meta = _html_meta(tree, document)
    return _date_line_kept(blocks, tree), tables + placed, tree, meta


DATE_LINE_MAX = 80  # "Thứ Bảy, 04/11/2017 - 08:15 | Lượt xem: 1.286": a page's date line is short
DATE_LINE_BLOCKS = 4  # the headline, a sapo: the date line stands among a page's first blocks
_DATE = re.compile(r"(?<![\d/.])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])")
_NO_DATE_LINE = {"a", "li", "figcaption", "footer", "nav", "aside", "script", "style"}


def _date_line_kept(blocks: list[str], tree: Any) -> list[str]:
    """The page's date line at its head, where trafilatura dropped it (it reads ``<div class="date">`` as
    boilerplate): the day a page was published dates what it says ("năm nay" is that day's year). The line is a
    short element holding one date, right before the ``h1`` or after it before the article's first paragraph; a date
    in a top bar (the site's clock), a link's or a footer's is none."""
    headlines = tree.xpath("//h1")
    if not blocks or not headlines:
        return blocks
    line = _date_line(headlines[0])
    date = _DATE.search(line) if line else None
    if line is None or date is None or any(date.group() in block for block in blocks[:DATE_LINE_BLOCKS]):
        return blocks  # no date line, or its date kept already
    at = 1 if blocks[0] == clean_cell(headlines[0].text_content()) else 0
    return [*blocks[:at], line, *blocks[at:]]


def _date_line(headline: Any) -> str | None:
    """The text of the page's date line around its headline, or None."""
    before = next(headline.itersiblings(preceding=True), None)
    if before is not None and (line := _a_date_line(before)):
        return line
    for element in headline.xpath("following::*"):  # in the page's order, past the headline's own words
        if line := _a_date_line(element):
            return line
        if element.tag == "p" and len(element.text_content()) > DATE_LINE_MAX:
            return None  # the article's text begins
    return None


def _a_date_line(element: Any) -> str | None:
    """An element's text if it is a date line: short, one date, no link's or list's."""
    if not isinstance(element.tag, str) or element.tag in _NO_DATE_LINE \
            or any(a.tag in _NO_DATE_LINE for a in element.iterancestors()):
        return None
    line = clean_cell(element.text_content())
    return line if len(line) <= DATE_LINE_MAX and len(_DATE.findall(line)) == 1 else None


BLOCKS_IN_CELLS = {"head", "p", "list", "quote", "table", "code"}
# A nested data table's place in the page while trafilatura reads it: a paragraph of words no page writes.
NESTED_MARKER = "solieu bảng lồng số {}"


def _render_trafilatura(body: Any) -> tuple[list[str], int]:
    """trafilatura's XML (head, p, list/item, quote, table/row/cell) -> blocks, the text that
    stands outside any block (a layout cell's lead before its paragraphs) a block of its own."""
    blocks: list[str] = [clean_cell(body.text)] if body.text and body.text.strip() else []
    tables = 0
    for el in body:
        if el.tag == "table" and _is_layout(el):
            # A page laid out with a table (old portals): its cells are the page's parts.
            for cell in el.iter("cell"):
                inner, n = _render_trafilatura(cell) if len(cell) else ([], 0)
                blocks += inner or [clean_cell(_itertext(cell))]
                tables += n
        elif el.tag == "table":
            rows = [list(r.iter("cell")) for r in el.iter("row")]
            if title := _title_row(rows):  # a caption, or a first row of one cell merged across
                blocks.append(title)
                rows = rows[1:]
            above, rows, below = _sheet_lines(rows)
            blocks += above
            head = [r for r in rows if r and all(c.get("role") == "head" for c in r)]
            rest = [r for r in rows if r not in head]
            lines = table_lines([[_itertext(c) for c in r] for r in head + rest])
            if lines:
                tables += 1
                blocks.append("\n".join(lines))
            blocks += below
        elif el.tag == "code":  # a <pre>: a table typed in a fixed-width font, or lines as they stand
            text = preformatted("".join(el.itertext()))
            tables += " | " in text
            blocks.append(text)
        elif el.tag == "div" and any(child.tag == "head" for child in el) and any(child.tag == "p" for child in el):
            # "<div class="article"><h1>…</h1><p>…</p>…": trafilatura keeps a wrapper it found the content in; its
            # headings and paragraphs are blocks, not one run of text (a key figure's card, parts with no heading, is
            # one line)
            inner, n = _render_trafilatura(el)
            blocks += inner
            tables += n
        elif el.tag == "list" and el.get("rend") == "dl":
            blocks.extend(_definitions(el))
        elif el.tag == "list":
            ordered = el.get("rend") == "ol"
            blocks.extend(_item(clean_cell(_itertext(item)), k, ordered)
                          for k, item in enumerate(el.iter("item"), start=1))
        else:
            blocks.append(clean_cell(_itertext(el)))
        if el.tail and el.tail.strip():  # text between two blocks (a layout cell's, after a table)
            blocks.append(clean_cell(el.tail))
    return blocks, tables


def _captions_as_paragraphs(tree: Any) -> int:
    """A figure's caption (``figcaption``, an infographic's figures in words) made a paragraph: trafilatura
    drops a ``figure`` with its caption when it keeps no images; and a table's title set in a block whose class
    names a caption (``<p class="tbl-caption">Bảng 1. …</p>`` right above or under the table), which trafilatura
    drops as an image's, kept. Returns how many."""
    captions = list(tree.iter("figcaption"))
    for caption in captions:
        caption.tag = "p"
        figure = caption.getparent()
        if figure is not None and figure.tag == "figure":
            figure.tag = "div"
    titles = [el for el in tree.xpath("//*[self::p or self::div or self::span]"
                                      "[contains(@class, 'caption') or contains(@id, 'caption')]")
              if not el.xpath(".//table") and any(_a_table(near) for near in (el.getprevious(), el.getnext()))]
    for title in titles:
        for name in ("class", "id"):
            title.attrib.pop(name, None)
    return len(captions) + len(titles)


def _a_table(element: Any) -> bool:
    """``element`` is a table, or a block holding one first (a wrapper that scrolls a wide table)."""
    while element is not None and isinstance(element.tag, str) and element.tag != "table":
        element = next((child for child in element if isinstance(child.tag, str)), None) \
            if element.tag in ("div", "section", "figure") else None
    return element is not None and element.tag == "table"


# The classes pages give text meant for screen readers alone, kept off the screen by their style sheets (Bootstrap's
# "visually-hidden" and "sr-only", WordPress's "screen-reader-text"): no reader of the page sees it.
SCREEN_READER_CLASSES = frozenset(("visually-hidden", "sr-only", "screen-reader-text"))
# A CSS framework's classes that set an element's display from a screen width up (Bootstrap 4 and 5: `d-none`,
# `d-md-none`, `d-lg-table-cell`): the widths in order, a desktop's last.
_DISPLAY = re.compile(r"d-(?:(sm|md|lg|xl)-)?([a-z-]+)")
_WIDTHS = ("", "sm", "md", "lg", "xl")
# Bootstrap 3's classes that show an element on a phone's or a tablet's width alone.
_SMALL_SCREENS_ONLY = re.compile(r"visible-(?:xs|sm)(?:-(?:block|inline|inline-block))?")


def _unseen_text_dropped(tree: Any) -> int:
    """Text no desktop browser shows taken out, with what follows it in its element kept: text a page keeps for
    screen readers alone (a cell's header repeated before its number, a caption kept off the screen), and text a
    responsive page shows on a phone alone (a stacked table's cell repeating its column's header,
    ``<span class="d-md-none">Ước TH 11 tháng: </span>12.530,5``). A reader sees the number alone. Returns how
    many."""
    hidden = [el for el in tree.iter() if isinstance(el.tag, str) and _hidden_on_a_desktop(
        set((el.get("class") or "").split()))]
    for element in hidden:
        element.drop_tree()
    return len(hidden)


def _hidden_on_a_desktop(classes: set[str]) -> bool:
    """Classes that keep an element off a desktop's screen: a screen reader's text, a display set to ``none`` at
    the widest width a class names up to a desktop's (``d-md-none``; ``d-none`` with no wider ``d-lg-block``), or
    a Bootstrap 3 class showing it on small screens alone (``visible-xs``)."""
    if SCREEN_READER_CLASSES & classes:
        return True
    shown = {}
    for name in classes:
        if m := _DISPLAY.fullmatch(name):
            shown[_WIDTHS.index(m.group(1) or "")] = m.group(2)
    if shown and shown[max(shown)] == "none":
        return True
    return any(_SMALL_SCREENS_ONLY.fullmatch(name) for name in classes) \
        and not any(name.startswith(("visible-md", "visible-lg")) for name in classes)


def _sheet_headings_dropped(tree: Any) -> int:
    """A spreadsheet published as a web page with its headings (Google Sheets' "Publish to the web", a sheet saved
    with its row and column headings): the row of column letters over the cells (``A``, ``B``, ``C`` …) and the
    column of row numbers down their left (``1``, ``2``, ``3`` …) are the sheet's frame, not its cells, and are taken
    out, with the rows then left empty (the frozen rows' bar, a blank row). Returns how many tables."""
    found = 0
    for table in list(tree.iter("table")):
        rows = [(row, row.xpath("./th | ./td")) for row in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")]
        rows = [(row, cells) for row, cells in rows if cells]
        if not rows or not _column_letters([clean_cell(c.text_content()) for c in rows[0][1]]):
            continue
        firsts = [clean_cell(cells[0].text_content()) for _, cells in rows[1:]]
        if not all(n.isdigit() for n in firsts if n) or not any(firsts):
            continue
        numbers = [int(n) for n in firsts if n]
        if numbers != sorted(set(numbers)):
            continue  # a column of numbers that do not only climb: the sheet's own cells
        rows[0][0].drop_tree()
        for row, cells in rows[1:]:
            cells[0].drop_tree()
            if not clean_cell(row.text_content()):
                row.drop_tree()
        found += 1
    return found


def _column_letters(cells: list[str]) -> bool:
    """The cells are an empty corner, then a sheet's column letters in order from ``A``: ``A``, ``B`` … ``Z``,
    ``AA`` …"""
    def letters(n: int) -> str:
        return letters(n // 26 - 1) + chr(65 + n % 26) if n >= 26 else chr(65 + n)

    return len(cells) >= 3 and not cells[0] and cells[1:] == [letters(n) for n in range(len(cells) - 1)]


NOTE_NUMBER = re.compile(r"\[?(\d{1,3})\]?")  # a footnote's number as its link shows it: "[1]", "1"


def _footnotes_as_markers(tree: Any) -> int:
    """Footnotes linked both ways, as Word's web pages and Markdown converters write them: the marker a link showing
    the note's number (``<a href="#_ftn1" name="_ftnref1">[1]</a>``, ``<a href="#fn1" id="fnref1"><sup>1</sup></a>``)
    made ``[^1]`` where it stands, and the note it leads to made to open with ``[^1]:`` (Word's link back showing
    the number replaced by it; a converter's ``↩`` link back left out), as a Word file's footnotes are read.
    Returns how many notes."""
    named = {el.get(key): el for el in tree.iter() if isinstance(el.tag, str)
             for key in ("id", "name") if el.get(key)}
    found = 0
    for marker in list(tree.iter("a")):
        href, number = marker.get("href") or "", NOTE_NUMBER.fullmatch(marker.text_content().strip())
        note = named.get(href[1:]) if href.startswith("#") else None
        if number is None or note is None or marker.getparent() is None:
            continue
        own = {marker.get("id"), marker.get("name")} - {None}
        back = [a for a in note.iter("a") if (a.get("href") or "")[1:] in own] if note.tag != "a" else [note]
        if not back or (note.tag == "a" and (note.get("href") or "")[1:] not in own):
            continue  # a link to a page's part, not a note leading back to it
        _replace(marker, f"[^{number.group(1)}]")
        if note.tag == "a":
            _replace(note, f"[^{number.group(1)}]:")
        else:
            for link in back:
                _replace(link, "")
            opening = next((p for p in note.iter("p")), note)
            opening.text = f"[^{number.group(1)}]: {opening.text or ''}"
        found += 1
    return found


IMAGE_TEXT_WORDS = 4  # an image's alt text or title holding a figure in at least this many words is read
# A figure in an image's text: a number with its decimals or thousands, or a percent ("11,2%", "98.450"); not a
# photo's name ("Toàn cảnh KCN Nhơn Trạch 3") nor an infographic's title naming its year.
IMAGE_FIGURE = re.compile(r"\d[.,]\d|\d\s?%")


def _images_as_text(tree: Any) -> int:
    """An image whose text alternative holds figures (an infographic's ``alt="GRDP 11 tháng ước tăng 11,2%; …"``, a
    chart's ``title`` naming its bars' numbers where its ``alt`` says only "Biểu đồ"): that text read where the image
    stands, as a screen reader reads it; a logo's or a decoration's short text, holding no figure, is left out.
    Returns how many images."""
    found = 0
    for image in list(tree.iter("img")):
        text = next((" ".join(t.split()) for t in (image.get("alt"), image.get("title"))
                     if t and IMAGE_FIGURE.search(t) and len(t.split()) >= IMAGE_TEXT_WORDS), None)
        if text is None or image.getparent() is None:
            continue
        inline = image.getparent().tag in ("p", "a", "span", "td", "th", "li", "b", "strong", "em", "i")
        block = image.makeelement("span" if inline else "p", {})
        block.text, block.tail = text, image.tail
        image.getparent().replace(image, block)
        found += 1
    return found


def _replace(element: Any, text: str) -> None:
    """``element`` replaced by ``text``, the text after it kept."""
    span = element.makeelement("span", {})
    span.text, span.tail = text, element.tail
    element.getparent().replace(element, span)


def _lists_in_cells_as_text(tree: Any) -> int:
    """A list inside a table's cell (a ``Ghi chú`` cell's notes as ``<ul><li>``): its items made the cell's text,
    parted by "; " as a cell holds no lines; trafilatura leaves such a cell empty. Returns how many lists."""
    lists = [el for el in tree.iter("ul", "ol") if any(a.tag in ("td", "th") for a in el.iterancestors())]
    for listed in lists:
        items = [" ".join("".join(item.itertext()).split()) for item in listed.iter("li")]
        span = listed.makeelement("span", {})
        span.text = "; ".join(item for item in items if item)
        span.tail = listed.tail
        listed.getparent().replace(listed, span)
    return len(lists)


def _footers_last(tree: Any) -> int:
    """A table's ``tfoot`` written before its ``tbody``, as HTML 4 had it: moved after the body, where a browser
    shows it (the total row under the rows it sums). Returns how many."""
    moved = 0
    for foot in list(tree.iter("tfoot")):
        table = foot.getparent()
        bodies = [child for child in table if child.tag == "tbody"] if table is not None else []
        if bodies and table.index(bodies[-1]) > table.index(foot):
            bodies[-1].addnext(foot)
            moved += 1
    return moved


# The class or id a page gives an article's lead, the summary under its title ("Summary", "sapo", "ArticleLead").
LEAD_NAMES = ("summary", "sapo", "lead", "intro", "tomtat", "chapeau")
LEAD_MAX = 1500  # characters: a lead is a paragraph or two, not the body
BODY_OVER_LEAD = 3  # the container after a lead holds at least this many times its text: the article's body


def _leads_into_their_body(tree: Any) -> int:
    """An article's lead standing right before the container of its body, outside it (``<p class="Summary">``
    then ``<div class="ArticleContent">``, as portals' content systems write them): moved to the start of the
    body, which is all trafilatura keeps of such a page, so its figures are read. Returns how many."""
    moved = 0
    for lead in [el for el in tree.iter() if isinstance(el.tag, str) and el.tag in ("p", "div", "h2", "h3")]:
        names = f"{lead.get('class', '')} {lead.get('id', '')}".lower()
        body = lead.getnext()
        if not any(name in names for name in LEAD_NAMES) or body is None or body.tag not in ("div", "article",
                                                                                               "section"):
            continue
        text = lead.text_content().strip()
        if not text or len(text) > LEAD_MAX or (lead.tail or "").strip() \
                or len(body.text_content().strip()) < BODY_OVER_LEAD * len(text):
            continue
        if lead.tag == "div" and not any(child.tag in BLOCKS_AMONG_LINES for child in lead.iterchildren()):
            lead.tag = "p"  # "<div class="news-sapo"><strong>…</strong></div>": trafilatura drops a div of inline text
        body.insert(0, lead)
        moved += 1
    return moved


# What stands between a rich-text editor's lines as a block of its own (a table, a list, a paragraph, a box).
BLOCKS_AMONG_LINES = frozenset(("table", "ul", "ol", "dl", "blockquote", "figure", "p", "div", "h1", "h2", "h3",
                                "h4", "h5", "h6", "section", "article", "header", "footer", "pre", "form", "nav",
                                "aside"))


# A page's own blocks standing right in its <body>, no container around them: headings, paragraphs, tables.
BODY_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "table"))


def _body_as_a_container(tree: Any) -> int:
    """A page whose headings, paragraphs and tables stand right in its ``<body>``: put in one container named as
    content systems name theirs (``class="content"``, a name trafilatura looks for); without one trafilatura reads
    the body with a fallback that drops every heading, and with them the periods and sections they name. Returns 1,
    or 0 for the usual page."""
    body = tree.find("body")
    if body is None or not any(isinstance(child.tag, str) and child.tag in BODY_BLOCKS for child in body):
        return 0
    box = body.makeelement("div", {"class": "content"})
    box.text, body.text = body.text, None
    for child in list(body):
        box.append(child)
    body.append(box)
    return 1


def _broken_lines_as_paragraphs(tree: Any) -> int:
    """A ``<div>`` of text whose lines a rich-text editor parted with ``<br>`` (its paragraphs with ``<br><br>``),
    tables and lists standing among them: each line made a paragraph, the tables and lists left between them, as a
    reader sees them; trafilatura reads such a block as one paragraph and a table inside it as a run of words.
    Returns how many blocks."""
    done = 0
    for div in [el for el in tree.iter("div") if _holds_broken_lines(el)]:
        parts: list[Any] = []
        line = div.makeelement("p", {})
        for child in list(div):
            tail, child.tail = child.tail, None
            if child.tag == "br" or child.tag in BLOCKS_AMONG_LINES:
                parts.append(line)
                line = div.makeelement("p", {})
                if child.tag != "br":
                    parts.append(child)
            else:
                line.append(child)
            _add_text(line, tail)
        parts.append(line)
        head, div.text = div.text, None
        for child in list(div):
            div.remove(child)
        first = parts[0]
        first.text = (head or "") + (first.text or "")
        div.extend(part for part in parts if part.tag != "p" or part.text_content().strip())
        done += 1
    return done


def _holds_broken_lines(div: Any) -> bool:
    """Text of its own beside a ``<br>``."""
    children = list(div)
    if not any(child.tag == "br" for child in children):
        return False  # the usual block: no line broken by hand
    return bool((div.text or "").strip() or any((child.tail or "").strip() for child in children))


def _add_text(element: Any, text: str | None) -> None:
    """``text`` put at the end of ``element``'s content."""
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _nested_tables_marked(tree: Any) -> dict[str, str]:
    """Each data table nested in a cell of a page laid out with tables (old portals) replaced in
    ``tree`` by a paragraph of a marker, and its rows (a line each, cells joined by `` | ``) by
    marker: trafilatura takes a nested table out of its cell and puts it after the page's text, away
    from the lead-in above it and the note under it, but keeps a paragraph where it stands. A data
    table holds no table, has two rows or more of two cells or more with text, and a digit."""
    nested: dict[str, str] = {}
    for table in list(tree.iter("table")):
        if next(table.iterancestors("td", "th"), None) is None or table.find(".//table") is not None:
            continue
        rows = _grid_rows(table)
        if sum(1 for row in rows if sum(1 for c in row if c) >= 2) < 2 or not any(
                GRID_NUMBER.search(c) for row in rows for c in row):
            continue
        marker = NESTED_MARKER.format(len(nested) + 1)
        nested[marker] = "\n".join(table_lines(rows))
        paragraph = table.makeelement("p")
        paragraph.text = marker
        paragraph.tail = table.tail
        table.getparent().replace(table, paragraph)
    return nested


def _put_back(blocks: list[str], nested: dict[str, str]) -> tuple[list[str], int]:
    """The blocks with each nested table's rows where its marker stands (after the text if the
    marker was lost), and how many tables that puts in."""
    out = [nested.get(block, block) for block in blocks]
    used = {block for block in blocks if block in nested}
    out += [rows for marker, rows in nested.items() if marker not in used]
    return out, len(nested)


def _grid_rows(table: Any) -> list[list[str]]:
    """An HTML table's rows on its grid, header rows first: a merged cell's text once, where it starts,
    and the grid cells it covers (``colspan``, ``rowspan``) empty."""
    rows = _lxml_table_rows(table, cells=True)
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, column) covered by a cell above
    for r, cells in enumerate(rows):
        line: list[str] = []
        col = 0
        for cell in cells:
            while (r, col) in pending:
                line.append(pending.pop((r, col)))
                col += 1
            span, down = _span(cell.get("colspan")), _span(cell.get("rowspan"))
            line.append(clean_cell(_cell_text(cell)))
            line += [""] * (span - 1)
            for below in range(1, down):
                for k in range(span):
                    pending[(r + below, col + k)] = ""
            col += span
        while (r, col) in pending:
            line.append(pending.pop((r, col)))
            col += 1
        grid.append(line)
    return grid


def _cell_text(cell: Any) -> str:
    """A cell's text, its line breaks and paragraphs parted by a space: a header typed over two lines
    (``KH<br>2018``, ``<p>Thu nhập bình quân</p><p>đầu người</p>``) is "KH 2018", not "KH2018"; a unit
    broken after its slash (``Triệu đồng/<br>người/năm``) stays one word."""
    if next(cell.iter("br", "p", "div"), None) is None:
        return str(cell.text_content())
    copy = deepcopy(cell)
    for part in copy.iter("br", "p", "div"):
        part.tail = _LINE_END + (part.tail or "")
        if part.tag != "br":
            part.text = _LINE_END + (part.text or "")
    return str(copy.text_content()).replace("/" + _LINE_END, "/").replace(_LINE_END, " ")


# Where a cell's line ends, while its text is read (a line separator, which no cell's text holds).
_LINE_END = "\u2028"


def _span(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and 0 < int(value) <= 100 else 1


# Elements a grid's cell may not hold: a cell is a line of text, not a block of its own.
GRID_BLOCKS = ("div", "p", "table", "ul", "ol", "li", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6")
GRID_NUMBER = re.compile(r"\d")


# A key-figure card's number, alone in its element: digits, their marks, a percent sign.
CARD_NUMBER = re.compile(r"[+\-−]?\d[\d.,]*\s*%?")
CARD_LABEL_WORDS = 2  # a card's label has at least this many words of letters


def _cards_as_paragraphs(tree: Any) -> int:
    """A grid of key-figure cards (``<div class="card"><div class="value">1.178,4</div><div class="unit">tỷ đồng
    </div><div class="label">Tổng thu ngân sách</div><div class="change">▲ 12,4% …</div></div>``), each card's
    number alone in its first element and a label after it, made a paragraph per card, its parts in order
    parted by spaces, as a reader reads a card: not a table with no header, and kept whatever parts each card has
    (trafilatura drops a grid of short ``div``s as boilerplate). Returns how many grids."""
    found = 0
    for grid in list(tree.iter("div", "section", "ul")):
        cards = [child for child in grid if isinstance(child.tag, str)]
        if len(cards) < 2 or len({(c.tag, c.get("class")) for c in cards}) != 1:
            continue
        parts = [[p for p in card if isinstance(p.tag, str)] for card in cards]
        if any(len(p) < 2 or (card.text or "").strip() for p, card in zip(parts, cards, strict=True)) \
                or any(next(x.iterdescendants(*GRID_BLOCKS), None) is not None for p in parts for x in p):
            continue
        texts = [[" ".join(x.text_content().split()) for x in p] for p in parts]
        if not all(CARD_NUMBER.fullmatch(t[0]) and any(_label(x) for x in t[1:]) for t in texts):
            continue
        for card, card_texts in zip(cards, texts, strict=True):
            for part in list(card):
                card.remove(part)
            card.tag, card.text = "p", " ".join(t for t in card_texts if t)
            card.attrib.clear()
        found += 1
    return found


def _label(text: str) -> bool:
    """Words of letters enough to name what a number measures."""
    return sum(1 for word in text.split() if word.isalpha()) >= CARD_LABEL_WORDS


def _grids_as_tables(tree: Any) -> int:
    """A table laid out with ``div``s (``<div class="row"><div class="col">…``), as portals
    build their figures now, made a ``table`` in ``tree``: trafilatura keeps a table's rows
    but drops a grid of short ``div``s as boilerplate. A grid is an element whose children,
    two or more, each hold the same number (two or more) of cells, a cell being an element
    with no block inside, and some cell holds a digit; a first row with no digit is its header.
    Returns how many grids were found."""
    found = 0
    for grid in list(tree.iter("div", "section", "ul", "ol")):
        rows = [child for child in grid if isinstance(child.tag, str)]
        if len(rows) < 2 or any(row.tag not in ("div", "li", "p") for row in rows):
            continue
        if any((row.text or "").strip() or (row.tail or "").strip() for row in rows):
            continue
        cells = [[c for c in row if isinstance(c.tag, str)] for row in rows]
        if len({len(r) for r in cells}) != 1 or len(cells[0]) < 2:
            continue
        if any(next(c.iterdescendants(*GRID_BLOCKS), None) is not None for r in cells for c in r):
            continue
        texts = [[c.text_content() for c in r] for r in cells]
        if not any(GRID_NUMBER.search(t) for r in texts for t in r):
            continue
        head = not any(GRID_NUMBER.search(t) for t in texts[0])
        grid.tag = "table"
        grid.attrib.clear()
        for k, (row, row_cells) in enumerate(zip(rows, cells, strict=True)):
            row.tag = "tr"
            row.attrib.clear()
            for c in row_cells:
                c.tag = "th" if head and k == 0 else "td"
                c.attrib.clear()
        found += 1
    return found


SHEET_ROW_CELLS = 3  # a table's header or row fills at least this many cells; a sheet's title rows fewer


def _sheet_lines(rows: list[list[Any]]) -> tuple[list[str], list[list[Any]], list[str]]:
    """A spreadsheet saved as a web page is one table from its letterhead to its signature: the rows before its
    header that fill fewer than ``SHEET_ROW_CELLS`` cells (a letterhead, titles merged across, the unit line) are
    lines above the table, and the rows after its last full row that fill fewer with words alone (notes, a
    signature) lines below it, each its cells joined by a space; the table between. A table with no row that fills
    that many cells is left as it is."""
    texts = [[clean_cell(_itertext(c)) for c in r] for r in rows]
    filled = [sum(1 for t in r if t) for r in texts]
    full = [k for k, n in enumerate(filled) if n >= SHEET_ROW_CELLS]
    if not full:
        return [], rows, []  # a narrow table: none of its rows is a sheet's
    first, last = full[0], full[-1] + 1
    if not _words_rows(texts[last:]):
        last = len(rows)  # rows with figures under the last full one (a total): the table's own
    if first == 0 and last == len(rows):
        return [], rows, []  # the usual table: its first row is its header, nothing under it but rows
    above = [" ".join(t for t in r if t) for r in texts[:first] if any(r)]
    below = [" ".join(t for t in r if t) for r in texts[last:] if any(r)]
    return above, rows[first:last], below


def _words_rows(texts: list[list[str]]) -> bool:
    """Rows that fill fewer cells than a table's row, with words, no number alone: a sheet's notes and signature."""
    return bool(texts) and all(sum(1 for t in r if t) < SHEET_ROW_CELLS
                               and not any(_NUMBER_ALONE.fullmatch(t) for t in r) for r in texts)


_NUMBER_ALONE = re.compile(r"[-+]?[\d.,]+%?")


def _title_row(rows: list[list[Any]]) -> str | None:
    """A table's caption, or a title merged across its first row: the first row, if it holds text in one cell
    alone of two or more (trafilatura writes a ``caption`` so); read as a line above the table."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    texts = [clean_cell(_itertext(c)) for c in rows[0]]
    filled = [t for t in texts if t]
    return filled[0] if len(filled) == 1 and texts[0] else None


def _definitions(dl: Any) -> list[str]:
    """A definition list (``dl``), as a page's box of key figures lays one out: each term with its definitions
    after a colon, one line each (`Tăng trưởng GRDP: 7,12%`), as a browser shows a value under its label."""
    lines: list[list[str]] = []
    for item in dl.iter("item"):
        text = clean_cell(_itertext(item))
        if (item.get("rend") or "").startswith("dt") or not lines:
            lines.append([text, ""])
        else:
            lines[-1][1] = f"{lines[-1][1]}; {text}" if lines[-1][1] else text
    return [f"{term}: {value}" if value else term for term, value in lines if term or value]


def _item(text: str, number: int, ordered: bool) -> str:
    """A list item as a browser shows it: its number (an ``ol``'s) or a dash (a ``ul``'s)
    before its text, unless the text starts with a mark of its own."""
    if not text or ITEM_MARK.match(text):
        return text
    return f"{number}. {text}" if ordered else f"- {text}"


def _is_layout(table: Any) -> bool:
    """A table used for layout, not data: a cell holds a heading, a list, a quote, a table, a <pre> or
    paragraphs (more than two: a word processor writes each cell of a table pasted from it as a
    paragraph, a wrapped header's as two), or every row has at most one cell with text."""
    cells = list(table.iter("cell"))
    if any(child.tag in BLOCKS_IN_CELLS - {"p"} for c in cells for child in c) \
            or any(sum(child.tag == "p" for child in c) > 2 for c in cells):
        return True
    return all(sum(1 for c in row.iter("cell") if _itertext(c).strip()) <= 1
               for row in table.iter("row"))


def _itertext(el: Any) -> str:
    """An element's text, its pieces parted by a space, but after a slash: a unit broken after it ("Triệu
    đồng/<br>người/năm", a line break trafilatura keeps as its own element) stays one word."""
    out = ""
    for piece in el.itertext():
        out += piece if out.endswith("/") else f" {piece}" if out else piece
    return out


BOILERPLATE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
               "form", "iframe", "svg", "button", "select")


BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
              "caption", "figcaption", "address"}


def _render_lxml(tree: Any) -> tuple[list[str], int]:
    """The whole body less boilerplate tags: the fallback when trafilatura finds no main text."""
    for bad in tree.xpath("//" + " | //".join(BOILERPLATE)):
        bad.drop_tree()
    body = tree.find("body")
    if body is None:
        return [], 0
    blocks: list[str] = []
    tables = 0

    def walk(el: Any) -> None:
        nonlocal tables
        if not isinstance(el.tag, str):
            return
        if el.tag == "table":
            lines = table_lines(_lxml_table_rows(el))
            if lines:
                tables += 1
                blocks.append("\n".join(lines))
            return
        if el.tag == "pre":
            text = preformatted(el.text_content())
            tables += " | " in text
            blocks.append(text)
            return
        if el.tag in BLOCK_TAGS and not el.xpath(".//table"):
            text = clean_cell(el.text_content())
            parent = el.getparent()
            if el.tag == "li" and parent is not None and parent.tag in ("ul", "ol"):
                text = _item(text, parent.index(el) + 1, parent.tag == "ol")
            blocks.append(text)
            return
        if el.text and el.text.strip():
            blocks.append(clean_cell(el.text))
        for child in el:
            walk(child)
            if child.tail and child.tail.strip():
                blocks.append(clean_cell(child.tail))

    walk(body)
    return blocks, tables


def _lxml_table_rows(table: Any, cells: bool = False) -> list[list[Any]]:
    """Rows of an HTML table, header rows (thead, or rows of th only) first; nested tables
    are part of their cell's text (the cells themselves with ``cells``)."""
    head: list[list[Any]] = []
    body: list[list[Any]] = []
    for tr in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
        found = tr.xpath("./th | ./td")
        row = found if cells else [_cell_text(c) for c in found]
        in_head = tr.getparent().tag == "thead" or (found and all(c.tag == "th" for c in found))
        (head if in_head else body).append(row)
    return head + body


def _html_meta(tree: Any, document: Any) -> dict[str, Any]:
    """Title, site (publisher), publication date and language as the page states them."""

    def first(*xpaths: str) -> str | None:
        for xp in xpaths:
            for value in tree.xpath(xp):
                value = clean_cell(str(value))
                if value:
                    return value
        return None

    title = first("//meta[@property='og:title']/@content") or getattr(document, "title", None) \
        or first("//title/text()")
    publisher = first("//meta[@property='og:site_name']/@content") or getattr(document, "sitename", None)
    published = stated_date(first("//meta[@property='article:published_time']/@content",
                            "//meta[@name='pubdate']/@content", "//time/@datetime")
                      or getattr(document, "date", None))
    language = first("/html/@lang", "//meta[@http-equiv='content-language']/@content")
    return {"title": clean_cell(title) or None, "publisher": clean_cell(publisher) or None,
            "published": published, "language": language_code(language)}
