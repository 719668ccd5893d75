"""The line above everything: which report this is (title, organisation, year)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from tui.widgets.ellipsis import ellipsized

SEPARATOR = " — "


class ReportHeader(Widget):
    """``title — detail``, centred; when too wide the title gives way first, since the
    organisation and year are what tell two similar reports apart — unless the title is what
    tells them apart (``detail_gives_way``: the track screen's two offices and years, before
    the titles of the parts traced)."""

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

    def __init__(self, title: str, detail: str = "", *, detail_gives_way: bool = False,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.title = title
        self.detail = detail
        self.detail_gives_way = detail_gives_way

    def render(self) -> Text:
        width = self.content_region.width
        title = Text(self.title, style="bold", no_wrap=True, end="")
        detail = Text(SEPARATOR + self.detail if self.detail else "", style="dim", end="")
        if self.detail_gives_way:
            room = width - title.cell_len
            # A detail cut to its separator and an ellipsis says nothing: left out.
            detail = ellipsized(detail, room) if room > cell_len(SEPARATOR) + 1 else Text()
        elif title.cell_len > width - detail.cell_len:
            title = ellipsized(title, max(width - detail.cell_len, 1))
        text = ellipsized(title + detail, max(width, 0))
        text.no_wrap = True
        return text
