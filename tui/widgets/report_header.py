"""The line above everything: which report this is (title, organisation, year)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from tui.widgets.ellipsis import ellipsized

SEPARATOR = " — "


class ReportHeader(Widget):
    """``title — detail``, centred; when too wide the title gives way first, since the
    organisation and year are what tell two similar reports apart."""

    DEFAULT_CSS = """
    ReportHeader {
        width: 1fr;
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $foreground;
        text-align: center;
    }
    """

    def __init__(self, title: str, detail: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title = title
        self.detail = detail

    def render(self) -> Text:
        width = self.content_region.width
        detail = SEPARATOR + self.detail if self.detail else ""
        room = width - cell_len(detail)
        title = Text(self.title, style="bold", no_wrap=True, end="")
        if cell_len(self.title) > room:
            title = ellipsized(title, max(room, 1))
        text = title + Text(detail, style="dim", end="")
        text = ellipsized(text, max(width, 0))
        text.no_wrap = True
        return text
