"""The lines above the diff view: which report is which column, and where the top line is in
the outline."""

from __future__ import annotations

from pathlib import PurePath
from typing import Literal

from rich.text import Text
from textual.widget import Widget

from parser.diff import DiffResult
from parser.model import Document
from tui.strings import t
from tui.widgets.breadcrumb import Breadcrumb
from tui.widgets.diff_tree import pair_origin
from tui.widgets.diff_view import SPLIT_GUTTER, DiffView


def report_name(document: Document, fallback: str) -> str:
    """What to call a report in a column header: its file name, else its title."""
    if document.source:
        return PurePath(document.source).name
    return document.meta.title or fallback


def _fit(text: str, width: int) -> Text:
    label = Text(text, no_wrap=True, overflow="ellipsis", end="")
    label.truncate(max(width, 0), overflow="ellipsis", pad=True)
    return label


class DiffHeader(Widget):
    """The two reports' names over their columns (side by side), or ``- a  + b`` (unified)."""

    DEFAULT_CSS = """
    DiffHeader {
        width: 1fr;
        height: 1;
        padding: 0 0 0 1;
        background: $panel;
        color: $foreground;
        text-style: bold;
        & > .diff-header--removed { color: $diff-removed; }
        & > .diff-header--added { color: $diff-added; }
    }
    """

    COMPONENT_CLASSES = {"diff-header--removed", "diff-header--added"}

    def __init__(self, a: Document, b: Document, view: DiffView) -> None:
        super().__init__()
        self.names = (report_name(a, "A"), report_name(b, "B"))
        self.view = view

    def render(self) -> Text:
        removed = self.get_component_rich_style("diff-header--removed", partial=True)
        added = self.get_component_rich_style("diff-header--added", partial=True)
        a_name, b_name = self.names
        columns = self.view.columns
        if len(columns) == 1:
            text = Text(no_wrap=True, overflow="ellipsis", end="")
            text.append("- ", removed)
            text.append(a_name)
            text.append("   ")
            text.append("+ ", added)
            text.append(b_name)
            text.truncate(max(self.content_region.width, 0), overflow="ellipsis")
            return text
        left, right = columns
        text = _fit(a_name, left)
        text.stylize(removed)
        text.append(" " * SPLIT_GUTTER)
        b_label = _fit(b_name, right)
        b_label.stylize(added)
        return text + b_label


class DiffBreadcrumb(Breadcrumb):
    """The outline path of the section at the diff view's top line; ``node`` is a pair index
    (in the newer report, or the older one for a removed section). A moved, split or merged
    section ends with where it came from (``← 原（三）``)."""

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        self.result: DiffResult | None = None

    def crumbs(self) -> list[tuple[str, str]]:
        result, index = self.result, self.node
        if result is None or not isinstance(index, int):
            return []
        pair = result.pairs[index]
        if pair.part != "section":
            return [("", t(f"node.{pair.part}"))]
        side: Literal["a", "b"] = "b" if pair.b is not None else "a"
        section = pair.b if pair.b is not None else pair.a
        assert section is not None
        trail = [(node.marker, node.title) for node in result.path(side, section)]
        origin = pair_origin(pair)
        return [*trail, ("", origin)] if origin else trail
