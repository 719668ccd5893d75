"""HTML saved from a government site -> the article's text, one paragraph per line.

The article container is the innermost element that holds most of the page's own text (not
link labels, not navigation, headers and footers): sites name it differently (``TRS_Editor``,
``article``, ``zoom``, ``content`` …), so names are not trusted to find it. Everything inside it
is kept — a class name never deletes text there, and ``<form>`` (every ASP.NET page wraps its
body in one), ``<aside>`` and ``<header>`` inside the article stay. Outside it, the page's own
title and its publication date (``发布日期：…``) are kept as the first lines; the rest of the
site (menus, footers) is dropped. Scripts, styles and form controls carry no report text.

``<pre>`` keeps its lines; a data table keeps its rows, one per line, cells separated by
`` │ `` and padded to line up, as a block of its own where it stands; a layout table (one that
holds long text or other tables) is read as paragraphs.

Every pass over the tree is iterative, so nesting depth costs neither recursion nor time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Tag
from bs4.element import NavigableString

from parser.tables import CELL_SEPARATOR
from parser.wrap import text_cells

_SILENT = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
           "embed", "button", "select", "input", "textarea")
"""Elements that hold code, pictures or form controls, never report text."""
_BLOCK = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "table",
    "section", "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "hr", "center",
    "figure", "figcaption", "main", "form", "aside", "header", "footer", "nav", "caption",
    "address", "fieldset", "details", "summary", "dl",
})
_CONTAINERS = ("div", "td", "article", "section", "main", "form")
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside"})
_NAVIGATION = re.compile(r"(^|[-_ ])(nav|menu|header|footer|breadcrumb|crumb|share|sidebar|"
                         r"related|links?|toolbar|copyright|foot|top)([-_ ]|$)", re.I)
_FURNITURE_MAX = 400
"""An element named like navigation counts as navigation only when shorter than this."""
_ARTICLE_SHARE = 0.8
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_INVISIBLE = re.compile(r"\s+")
_DATE_LINE = re.compile(r"(发布|发文|成文|公开|更新|印发)(日期|时间)\s*[:：]?\s*[\d０-９]{4}")
_DATE_LINE_MAX = 200
_TABLE_CELL_MAX = 200
"""A table with a longer cell is a layout table, read as paragraphs."""
_TABLE_WIDTH_MAX = 120
"""Cells are padded to line up only when the padded rows fit this many terminal cells."""


@dataclass(frozen=True)
class Extraction:
    """What ``extract`` made of a page: the text, and how much of the page's text it kept."""

    text: str
    page_characters: int
    """Visible characters (whitespace aside) of the page's body."""
    kept_characters: int
    """Visible characters of ``text``."""

    @property
    def dropped_share(self) -> float:
        """The share of the page's visible text left out (site furniture, mostly)."""
        if not self.page_characters:
            return 0.0
        return max(0.0, 1 - self.kept_characters / self.page_characters)


def html_to_text(html: str) -> str:
    """The article text of an HTML page: paragraphs as lines, no markup."""
    return extract(html).text


def extract(html: str) -> Extraction:
    """The article text of an HTML page, with how much of the page it kept."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(_SILENT):
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()

    body = soup.body or soup
    sizes = _Sizes(body)
    article = sizes.article(body)
    lines = _lines(article)
    title = _page_title(soup, article)
    date = _date_line(body, article)
    head = [line for line in (title, date) if line and line not in lines[:4]]
    lines[:0] = head
    while lines and not lines[-1]:
        lines.pop()
    text = "\n".join(lines) + "\n" if lines else ""
    return Extraction(text, sizes.visible(body), len(_INVISIBLE.sub("", text)))


class _Sizes:
    """Each element's text length, all counted in one bottom-up pass: ``visible`` (every
    character but whitespace) and ``own`` (without link labels, navigation and the date row)."""

    def __init__(self, root: Tag) -> None:
        self._visible: dict[int, int] = {}
        self._own: dict[int, int] = {}
        for tag in reversed([root, *root.find_all(True)]):
            visible = own = 0
            dated = False
            for child in tag.children:
                if isinstance(child, Tag):
                    visible += self._visible[id(child)]
                    own += self._own[id(child)]
                elif isinstance(child, NavigableString):
                    length = len(_INVISIBLE.sub("", child))
                    visible += length
                    own += length
                    dated = dated or bool(_DATE_LINE.search(child))
            self._visible[id(tag)] = visible
            # The page's date row is furniture too: it must not pull the article up a level.
            furniture = _is_furniture(tag, visible) or (dated and visible <= _DATE_LINE_MAX)
            self._own[id(tag)] = 0 if furniture else own

    def visible(self, tag: Tag) -> int:
        """Characters of ``tag``'s text, whitespace aside."""
        return self._visible[id(tag)]

    def article(self, body: Tag) -> Tag:
        """The innermost element holding at least 80% of the page's own text."""
        total = self._own[id(body)]
        article = body
        if not total:
            return article
        for tag in body.find_all(_CONTAINERS):
            if self._own[id(tag)] >= total * _ARTICLE_SHARE:
                article = tag  # pre-order: a later qualifying tag is nested in the earlier one
        return article


def _is_furniture(tag: Tag, visible: int) -> bool:
    """A link, or navigation, a header or a footer (by tag, or by a short element's name)."""
    if tag.name == "a" or tag.name in _FURNITURE_TAGS:
        return True
    if tag.name in ("body", "html") or not tag.attrs or visible >= _FURNITURE_MAX:
        return False
    names = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    return bool(_NAVIGATION.search(names))


def _squeeze(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _lines(root: Tag) -> list[str]:
    """The text under ``root``: a line per block, a data table as a block of rows."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _squeeze("".join(current))
        if line:
            lines.append(line)
        current.clear()

    end = object()
    stack: list[object] = list(reversed(list(root.children)))
    while stack:
        node = stack.pop()
        if node is end:
            flush()
        elif isinstance(node, Tag):
            if node.name == "br":
                flush()
            elif node.name == "pre":
                flush()
                for line in node.get_text().split("\n"):
                    current.append(line)
                    flush()
            elif node.name == "table" and (rows := _data_table(node)) is not None:
                flush()
                if lines and lines[-1]:
                    lines.append("")
                lines.extend(rows)
                lines.append("")
            else:
                if node.name in _BLOCK:
                    flush()
                    stack.append(end)
                stack.extend(reversed(list(node.children)))
        elif isinstance(node, NavigableString):
            current.append(str(node))
    flush()
    return lines


def _data_table(table: Tag) -> list[str] | None:
    """A data table's rows as lines (cells separated, padded to line up when they fit), or
    None for a layout table: one holding tables, long text or a single column."""
    if table.find("table") is not None:
        return None
    rows = [
        [_squeeze(cell.get_text(" ")) for cell in row.find_all(("td", "th"), recursive=False)]
        for row in _rows(table)
    ]
    rows = [row for row in rows if any(row)]
    if not rows or max(map(len, rows)) < 2:
        return None
    if any(len(cell) > _TABLE_CELL_MAX for row in rows for cell in row):
        return None
    caption = table.find("caption")
    heading = [_squeeze(caption.get_text(" "))] if caption is not None else []
    columns = max(map(len, rows))
    widths = [max(text_cells(row[i]) for row in rows if i < len(row)) for i in range(columns)]
    if sum(widths) + len(CELL_SEPARATOR) * (columns - 1) > _TABLE_WIDTH_MAX:
        return heading + [CELL_SEPARATOR.join(row) for row in rows]
    return heading + [
        CELL_SEPARATOR.join(cell + " " * (widths[i] - text_cells(cell))
                            for i, cell in enumerate(row)).rstrip()
        for row in rows
    ]


def _rows(table: Tag) -> Iterator[Tag]:
    """The table's own rows (directly, or in its ``thead``/``tbody``/``tfoot``)."""
    for child in table.children:
        if isinstance(child, Tag):
            if child.name == "tr":
                yield child
            elif child.name in ("thead", "tbody", "tfoot"):
                yield from child.find_all("tr", recursive=False)


def _outside(tag: Tag, article: Tag) -> bool:
    return tag is not article and not any(parent is article for parent in tag.parents)


def _date_line(body: Tag, article: Tag) -> str | None:
    """The page's publication-date line (``发布日期：2024-03-20 来源：…``) when it stands
    outside the article; the parser sees it as page debris."""
    for string in body.find_all(string=_DATE_LINE):
        element = string.parent
        if element is None or not _outside(element, article):
            continue
        while element.name not in _BLOCK and element.parent is not None and element is not body:
            element = element.parent
        line = _squeeze(element.get_text(" "))
        if len(line) > _DATE_LINE_MAX:
            line = _squeeze(str(string))
        return line
    return None


def _page_title(soup: BeautifulSoup, article: Tag) -> str | None:
    for candidate in soup.find_all(["h1", "h2"]):
        if not _outside(candidate, article):
            return None
        text = _squeeze(candidate.get_text(" "))
        if 4 <= len(text) <= 80:
            return text
    meta = soup.find("meta", attrs={"name": re.compile("^(ArticleTitle|title)$", re.I)})
    if meta and meta.get("content"):
        return str(meta["content"]).strip()
    if soup.title and soup.title.string:
        # "<article title>_<site name>" is the usual <title>; keep the article part.
        return re.split(r"\s*[_|｜\-–—]\s*", soup.title.string.strip())[0] or None
    return None
