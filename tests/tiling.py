"""The parser's central promise, as a check the tests share: in document order the spans of
front matter, each node's heading and body, and back matter tile the text — only whitespace
may fall between or around them, nothing overlaps, nothing is lost."""

from __future__ import annotations

import re

from parser.model import Document

_EMPHASIS = re.compile(r"\*\*|__")
# (with the indent and blank lines around the break: ``一、…回顾`` / blank / ``    和…工作``)
_LINE_BREAK = re.compile(r"[ \t\u3000\r]*\n[ \t\u3000\r\n]*")

_WHITESPACE = set(" \t\n\r\f\v\u3000\u00a0\u2002\u2003\ufeff")


def assert_tiles(doc: Document) -> None:
    position = 0
    for role, (start, end), section in doc.regions():
        where = f"{role} of {section.marker if section else role} at {start}"
        assert start <= end, f"{where}: reversed span"
        gap = doc.text[position:start]
        assert start >= position, f"{where}: overlaps the previous span"
        assert set(gap) <= _WHITESPACE, f"{where}: text {gap!r} belongs to no span"
        position = end
    assert set(doc.text[position:]) <= _WHITESPACE, "text after the back matter"
    for section in doc.nodes:
        heading = doc.text[section.heading[0]:section.heading[1]]
        # A heading a page wrapped over two lines has its title joined up; Markdown emphasis
        # and the parser's other marks (a copying site's readings) inside a heading are not
        # part of its title.
        joined = _LINE_BREAK.sub("", heading)
        unmarked = _LINE_BREAK.sub("", _without_marks(doc, *section.heading))
        assert section.title in joined or section.title in _EMPHASIS.sub("", joined) or section.title in unmarked, (
            f"title {section.title!r} not in heading {heading!r}")
        # Markdown markup (``**``, ``##``) and the parser's marks (a copy's ``?`` for an
        # indent) may stand before the marker, inside the heading.
        assert heading.lstrip(" \t\u3000*#_").startswith(section.marker) or unmarked.lstrip(
            " \t\u3000*#_").startswith(section.marker), (section.marker, heading)


def _without_marks(doc: Document, start: int, end: int) -> str:
    """``doc.text[start:end]`` without the characters the parser read as marks."""
    marked = set()
    for mark_start, mark_end in doc.markup:
        marked.update(range(max(start, mark_start), min(end, mark_end)))
    return "".join(ch for at, ch in enumerate(doc.text[start:end], start) if at not in marked)
