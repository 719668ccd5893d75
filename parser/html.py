"""HTML saved from a government site -> the article's text, one paragraph per line.

Scripts, styles, navigation, headers and footers are dropped; the article container is the
innermost element that holds most of the page's non-link text (sites name it differently:
``TRS_Editor``, ``article``, ``zoom``, ``content`` …, so names are not trusted). The page's own
title, when it stands outside that container, is kept as the first line.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag

_DROP = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "form", "button",
         "select", "input", "textarea", "aside", "svg", "canvas", "object", "embed", "template")
_BLOCK = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section",
    "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "hr", "center", "figure", "main",
})
_NAVIGATION = re.compile(r"(^|[-_ ])(nav|menu|header|footer|breadcrumb|crumb|share|sidebar|"
                         r"related|links?|toolbar|copyright|foot|top)([-_ ]|$)", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(html: str) -> str:
    """The article text of an HTML page: paragraphs as lines, no markup."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(_DROP):
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for element in soup.find_all(_is_navigation):
        element.decompose()

    body = soup.body or soup
    article = _article(body)
    lines = _lines(article)
    title = _page_title(soup, article)
    if title and title not in lines[:3]:
        lines.insert(0, title)
    return "\n".join(lines) + "\n" if lines else ""


def _is_navigation(tag: Tag) -> bool:
    if tag.name in ("body", "html") or not tag.attrs:
        return False
    names = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    return bool(_NAVIGATION.search(names)) and len(tag.get_text(strip=True)) < 400


def _own_text(tag: Tag) -> int:
    """Characters of text that are not link labels (navigation is mostly links)."""
    links = sum(len(a.get_text(strip=True)) for a in tag.find_all("a"))
    return len(tag.get_text(strip=True)) - links


def _article(body: Tag) -> Tag:
    """The innermost element holding at least 80% of the page's non-link text."""
    total = _own_text(body)
    article = body
    for tag in body.find_all(["div", "td", "article", "section", "main"]):
        if total and _own_text(tag) >= total * 0.8:
            article = tag  # pre-order: a later qualifying tag is nested in the earlier one
    return article


def _lines(root: Tag) -> list[str]:
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                block = child.name in _BLOCK
                if block:
                    flush()
                walk(child)
                if block:
                    flush()
            elif isinstance(child, str):
                current.append(child.replace("\n", " "))

    walk(root)
    flush()
    return lines


def _page_title(soup: BeautifulSoup, article: Tag) -> str | None:
    for candidate in soup.find_all(["h1", "h2"]):
        if article in candidate.parents or candidate is article:
            return None
        text = _SPACES.sub(" ", candidate.get_text(" ", strip=True))
        if 4 <= len(text) <= 80:
            return text
    meta = soup.find("meta", attrs={"name": re.compile("^(ArticleTitle|title)$", re.I)})
    if meta and meta.get("content"):
        return str(meta["content"]).strip()
    if soup.title and soup.title.string:
        # "<article title>_<site name>" is the usual <title>; keep the article part.
        return re.split(r"\s*[_|｜\-–—]\s*", soup.title.string.strip())[0] or None
    return None
