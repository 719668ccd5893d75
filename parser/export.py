"""A report for outside the terminal: Markdown or a self-contained HTML page, each with its
outline — the headings as headings, a table of contents before the text.

Markdown keeps every heading exactly as written (marker and words), a line heading as an ATX
heading (``## 一、总体情况``, one ``#`` more per depth, bold past the sixth), an inline heading
(a heading sentence that opens its paragraph) in bold, so a reader of Markdown finds the same
outline in it. The web-page debris of the source (``发布时间``, toolbars, PDF page numbers) is
left out: the export is the report, not the page it was found on.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import PurePath

from parser.collapsed import with_breaks
from parser.model import Document, Section

TOC_TITLE = "目录"
_MAX_ATX = 6
_ATX = re.compile(r"^#{1,6}\s*")
_SLUG_DROP = re.compile(r"[^\w\- ]", re.UNICODE)


def slugs(titles: list[str]) -> list[str]:
    """GitHub-style anchors for headings: punctuation dropped, spaces as hyphens, a repeat
    numbered (``-1``, ``-2``)."""
    seen: dict[str, int] = {}
    out = []
    for title in titles:
        slug = _SLUG_DROP.sub("", title.strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        out.append(f"{slug}-{count}" if count else slug)
    return out


def _line(text: str, section: Section) -> tuple[str, str]:
    """The heading as written and the rest of its line (empty for a line heading), without
    the Markdown markup of a report that was Markdown already (``## ``, ``**…**``)."""
    start, end = section.heading
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    heading = _ATX.sub("", text[start:end].strip()).replace("**", "")
    rest = text[end:line_end].strip()
    return heading, rest[2:] if rest.startswith("**") else rest


def blocks(doc: Document) -> Iterator[tuple[str, str, str, Section | None]]:
    """The report as blocks in order, ``(kind, text, rest, section)``: ``title``; ``heading``
    (a line heading); ``inline`` (a heading sentence, ``rest`` the paragraph it opens);
    ``paragraph``. Debris and blank lines are left out."""
    debris = {start for start, _ in doc.debris}
    titles = {start for start, _ in doc.title_lines}
    headings = {section.heading[0]: section for section in doc.nodes if section.kind == "heading"}
    position = 0
    # A page that ran its paragraphs together is exported a paragraph at a time.
    text = with_breaks(doc.text, doc.breaks)
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if start in debris or not line.strip():
            continue
        section = headings.get(start + len(line) - len(line.lstrip()))
        if start in titles:
            yield "title", line.strip(), "", None
        elif section is not None:
            heading, rest = _line(text, section)
            yield ("inline" if rest else "heading"), heading, rest, section
        else:
            yield "paragraph", line.strip(), "", None


def _toc(doc: Document, anchors: dict[int, str]) -> list[tuple[int, str, str]]:
    """(depth, heading text, anchor) of every heading, in order."""
    return [(section.level, _line(doc.text, section)[0], anchors[section.index])
            for section in doc.nodes if section.kind == "heading"]


def _anchors(doc: Document) -> dict[int, str]:
    headings = [section for section in doc.nodes if section.kind == "heading"]
    return {section.index: slug for section, slug in
            zip(headings, slugs([_line(doc.text, section)[0] for section in headings]))}


def _yaml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_markdown(doc: Document) -> str:
    """The report as Markdown: front matter with what it says about itself, the title, a
    table of contents, then the text with its headings."""
    meta = doc.meta
    facts = [("title", meta.title), ("org", meta.org),
             ("year", str(meta.year) if meta.year else None), ("date", meta.date)]
    out = ["---", *(f"{key}: {_yaml_string(value)}" for key, value in facts if value), "---", ""]
    body: list[str] = []
    first_heading = None
    for kind, text, rest, section in blocks(doc):
        if section is not None and first_heading is None:
            first_heading = len(body)
        if kind == "title":
            body.append(f"# {text}")
        elif kind == "heading" and section is not None and section.level + 1 <= _MAX_ATX:
            body.append(f"{'#' * (section.level + 1)} {text}")
        elif kind == "heading" or (section is not None and not _points_on_line(section)):
            body.append(f"**{text}**{rest}")
        else:
            # A point (一是…) right after a bold heading would no longer start a sentence
            # a reader of Markdown recognises; such a line stays as written.
            body.append(text + rest)
    toc = [f"{'  ' * (depth - 1)}- [{text}](#{anchor})"
           for depth, text, anchor in _toc(doc, _anchors(doc))]
    if toc:
        # Before the first heading, after the title and the opening paragraph (which says
        # who reports on which year when there is no title); a rule closes it, where a label
        # of its own (``**目录**``) would read as one more heading.
        at = len(body) if first_heading is None else first_heading
        body[at:at] = ["\n".join(toc), "* * *"]
    return "\n".join(out) + "\n" + "\n\n".join(body) + "\n"


def _points_on_line(section: Section) -> bool:
    return any(child.kind == "point" and child.line == section.line
               for child in section.children)


def to_html(doc: Document) -> str:
    """The report as one self-contained HTML page: the table of contents beside the text."""
    anchors = _anchors(doc)
    parts: list[str] = []
    for kind, text, rest, section in blocks(doc):
        if kind == "title":
            parts.append(f"<h1>{html.escape(text)}</h1>")
        elif kind == "heading" and section is not None:
            tag = f"h{min(section.level + 1, _MAX_ATX)}"
            parts.append(f'<{tag} id="{anchors[section.index]}">{html.escape(text)}</{tag}>')
        elif kind == "inline" and section is not None:
            parts.append(f'<p class="lead" id="{anchors[section.index]}"><strong>'
                         f"{html.escape(text)}</strong>{html.escape(rest)}</p>")
        else:
            parts.append(f"<p>{html.escape(text)}</p>")
    toc = "\n".join(
        f'<li class="d{depth}"><a href="#{anchor}">{html.escape(text)}</a></li>'
        for depth, text, anchor in _toc(doc, anchors))
    title = doc.meta.title or "报告"
    facts = " · ".join(fact for fact in (doc.meta.org, str(doc.meta.year) if doc.meta.year
                                         else None, doc.meta.date) if fact)
    body = (f'<nav class="toc"><h2>{TOC_TITLE}</h2><ul>{toc}</ul></nav>\n'
            f'<main>{f"<p class=meta>{html.escape(facts)}</p>" if facts else ""}\n'
            + "\n".join(parts) + "</main>")
    return page(title, body, _REPORT_CSS)


_BASE_CSS = """
body{margin:0;font:16px/1.8 "Noto Serif CJK SC","Source Han Serif SC","SimSun",serif;
color:#1d1d1f;background:#fff}
a{color:#1a5fb4;text-decoration:none}a:hover{text-decoration:underline}
@media (prefers-color-scheme:dark){body{color:#ddd;background:#1e1e1e}a{color:#8cb4ff}}
@media print{nav{display:none}}
"""
_REPORT_CSS = """
body{display:flex;gap:2em}
nav.toc{position:sticky;top:0;align-self:flex-start;max-height:100vh;overflow:auto;
width:18em;padding:1em;font-size:14px;border-right:1px solid #8884}
nav.toc ul{list-style:none;padding:0;margin:0}
nav.toc li.d2{padding-left:1.2em}nav.toc li.d3{padding-left:2.4em}
nav.toc li.d4,nav.toc li.d5,nav.toc li.d6{padding-left:3.6em}
main{max-width:42em;padding:1em 2em 4em}
h1{text-align:center;font-size:1.6em}h2{font-size:1.3em}h3{font-size:1.15em}
h4,h5,h6{font-size:1em}p{text-indent:2em;margin:.4em 0}p.meta{text-indent:0;color:#888}
"""


def short_name(name: str) -> str:
    """A path's last two parts (``广州市/2020.md``): enough to tell two years apart."""
    return "/".join(PurePath(name).parts[-2:])


SIDE_BY_SIDE_CSS = """
header{padding:1em 2em}h1{font-size:1.3em;margin:.2em 0}
table{border-collapse:collapse;width:100%;table-layout:fixed}col{width:50%}
td,th{vertical-align:top;padding:.3em .8em;border-bottom:1px solid #8882;text-align:left}
thead th{position:sticky;top:0;background:#eee;z-index:1}
.badge{font-size:.8em;padding:0 .4em;border-radius:.3em;background:#ddd}
@media (prefers-color-scheme:dark){thead th{background:#2a2a2e}}
"""
"""The styles a page of two reports side by side shares (the diff's 对照, the plan traced)."""


def page(title: str, body: str, css: str) -> str:
    """A complete HTML page with its styles inline: no file or network beside it."""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>{_BASE_CSS}{css}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")
