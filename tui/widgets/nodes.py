"""What the tree and the breadcrumb call an outline node (``parser.nodes``): a section by its
marker and title, the front and back matter by a name in the interface's language."""

from __future__ import annotations

from parser.model import Document
from parser.nodes import BACK, FRONT, NodeKey
from tui.output import terminal_text
from tui.strings import t


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
