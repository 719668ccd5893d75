"""Outline nodes as the reader addresses them: a section by its index, or the text before the
first section (``FRONT``) or after the last (``BACK``), which the tree shows as nodes too."""

from __future__ import annotations

from typing import Literal

from parser.model import Document
from tui.output import terminal_text
from tui.strings import t

FRONT: Literal["front"] = "front"
BACK: Literal["back"] = "back"

NodeKey = int | Literal["front", "back"]
"""A ``Section.index``, ``FRONT`` or ``BACK``."""


def node_key_at(document: Document, offset: int) -> NodeKey:
    """The outline node that holds ``offset``."""
    section = document.section_at(offset)
    if section is not None:
        return section.index
    if document.nodes and offset >= document.back[0] and document.back[0] < len(document):
        return BACK
    return FRONT


def node_offset(document: Document, key: NodeKey) -> int:
    """Where node ``key`` starts in the text."""
    if key == FRONT:
        return document.front[0]
    if key == BACK:
        return document.back[0]
    return document.nodes[key].start


def node_name(document: Document, key: NodeKey) -> tuple[str, str]:
    """How node ``key`` is called in the tree and the breadcrumb: ``(marker, title)``, e.g.
    ``("一、", "总体情况")``; the front and back matter have no marker (``("", "前言")``)."""
    if key == FRONT:
        return "", t("node.front")
    if key == BACK:
        return "", t("node.back")
    section = document.nodes[key]
    # A title is the report's own text: its control characters are shown, as in plain output.
    return terminal_text(section.marker), terminal_text(section.title)


def has_front(document: Document) -> bool:
    """Whether there is text before the first section (title, opening paragraph …)."""
    return _has_text(document, *document.front)


def has_back(document: Document) -> bool:
    """Whether there is text after the last section (signature, date …)."""
    return _has_text(document, *document.back)


def _has_text(document: Document, start: int, end: int) -> bool:
    return end > start and not document.text[start:end].isspace()
