"""Outline nodes as a reader addresses them, and moving between them.

A node is a section, by its ``Section.index``, or the text before the first section
(``FRONT``: title, opening paragraph) or after the last (``BACK``: signature, date). These
two names are the only encoding of front and back matter: the search regions, the keyword
counts, the pairing (``SectionPair.part``) and the document's own ``parts`` use them too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import Literal

from parser.model import Document, Section, Span

FRONT: Literal["front"] = "front"
BACK: Literal["back"] = "back"
Matter = Literal["front", "back"]
"""The text outside every section: before the first (``FRONT``) or after the last (``BACK``)."""
NodeKey = int | Matter
"""A ``Section.index``, ``FRONT`` or ``BACK``."""
MATTER_LABELS: dict[Matter, str] = {FRONT: "(开头)", BACK: "(结尾)"}
"""The front and back matter named where a section's path would be (plain and HTML output)."""
PATH_SEPARATOR = " › "
"""Between the headings of a section's path written on one line (``一、… › (二)…``)."""


def own_texts(document: Document) -> Iterator[tuple[NodeKey, Span]]:
    """Every node with the span of its own text (a section's heading and body, without its
    children), in text order: front, each section, back."""
    yield FRONT, document.front
    for node in document.nodes:
        yield node.index, (node.heading[0], node.body[1])
    yield BACK, document.back


def node_at(document: Document, offset: int) -> NodeKey:
    """The node that holds ``offset``."""
    section = document.section_at(offset)
    if section is not None:
        return section.index
    if document.nodes and offset >= document.back[0] and document.back[0] < len(document):
        return BACK
    return FRONT


def node_start(document: Document, key: NodeKey) -> int:
    """Where node ``key`` starts in the text."""
    if key == FRONT:
        return document.front[0]
    if key == BACK:
        return document.back[0]
    return document.nodes[key].start


def has_text(document: Document, matter: Matter) -> bool:
    """Whether the front (or back) matter holds more than white space."""
    start, end = document.front if matter == FRONT else document.back
    return end > start and not document.text[start:end].isspace()


def enclosing_heading(document: Document, index: int) -> Section:
    """Section ``index`` itself, or for a point (``一是…``) the heading it belongs to."""
    section = document.nodes[index]
    if section.kind == "heading":
        return section
    headings = [node for node in document.path(section) if node.kind == "heading"]
    return headings[-1] if headings else section


def heading_number(document: Document, key: NodeKey) -> tuple[int, int] | None:
    """``(i, n)``: the heading being read (a point counts as its heading) is the ``i``-th of
    the report's ``n`` headings; None in the front or back matter or with no headings."""
    headings = [node.index for node in document.nodes if node.kind == "heading"]
    if not isinstance(key, int) or not headings:
        return None
    return bisect_left(headings, enclosing_heading(document, key).index) + 1, len(headings)


def next_node(
    document: Document, key: NodeKey, top: int, direction: int,
    wanted: Callable[[Section], bool],
) -> Section | None:
    """The next (``direction`` 1) or previous (-1) section that is ``wanted``, counting from
    node ``key`` read with offset ``top`` on the top line; a section whose start is above the
    top line counts as previous, so going back first returns to the start of the section
    being read. None past the first or the last."""
    reference = top if key == FRONT else max(top, node_start(document, key))
    candidates = [section for section in document.nodes if wanted(section)]
    starts = [section.start for section in candidates]
    if direction > 0:
        position = bisect_right(starts, reference)
        return candidates[position] if position < len(candidates) else None
    position = bisect_left(starts, reference) - 1
    return candidates[position] if position >= 0 else None


def same_level(document: Document, key: NodeKey) -> Callable[[Section], bool]:
    """What ``next_node`` wants for a sibling of node ``key`` (front and back matter stand
    with the top-level sections)."""
    level = document.nodes[key].level if isinstance(key, int) else 1
    return lambda section: section.level == level
