"""The sticky line above the text: where in the outline the reader is
(``一、… › (二)… › 3.…``)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from parser.model import Document
from parser.nodes import BACK, FRONT, PATH_SEPARATOR, NodeKey
from tui.widgets.nodes import node_name

ELLIPSIS = "…"


class Breadcrumb(Widget):
    """The path from the top-level section down to the node being read. When it is too wide,
    the ancestors shrink to their markers first: the innermost title matters most."""

    DEFAULT_CSS = """
    Breadcrumb {
        width: 1fr;
        height: 1;
        padding: 0 1;
        color: $text-muted;
        background: $surface;
    }
    """

    node: reactive[NodeKey] = reactive[NodeKey](FRONT, layout=False)

    def __init__(
        self,
        document: Document,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document = document

    def crumbs(self) -> list[tuple[str, str]]:
        """``(marker, title)`` from the top of the outline down to the current node."""
        if self.node in (FRONT, BACK):
            return [node_name(self.document, self.node)]
        section = self.document.nodes[self.node]
        return [node_name(self.document, node.index) for node in self.document.path(section)]

    def render(self) -> Text:
        return fit_crumbs(self.crumbs(), self.content_region.width)


def fit_crumbs(crumbs: list[tuple[str, str]], width: int) -> Text:
    """Join ``crumbs`` into one line no wider than ``width`` cells: ancestors shrink to
    ``marker…`` if needed, then the last title is cut with an ellipsis."""
    parts = [marker + title for marker, title in crumbs]
    if cell_len(PATH_SEPARATOR.join(parts)) > width and len(parts) > 1:
        parts = [marker + ELLIPSIS for marker, _ in crumbs[:-1]] + parts[-1:]
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    for position, part in enumerate(parts):
        if position:
            text.append(PATH_SEPARATOR)
        text.append(part, style="bold" if position == len(parts) - 1 else "")
    text.truncate(max(width, 0), overflow="ellipsis")
    return text
