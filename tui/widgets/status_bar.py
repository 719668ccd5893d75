"""The status line under the text: which section of how many, how much has been read, what a
filter found, and a short message (a mark prompt, a confirmation) when there is one."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget

MESSAGE_SECONDS = 2.5
SEPARATOR = " │ "


class StatusBar(Widget):
    """``filter`` then ``position`` on the left (or ``message`` while one is shown),
    ``percent`` on the right."""

    DEFAULT_CSS = """
    StatusBar {
        width: 1fr;
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text;
    }
    """

    position: reactive[str] = reactive("", layout=False)
    percent: reactive[str] = reactive("", layout=False)
    message: reactive[str] = reactive("", layout=False)
    filter: reactive[str] = reactive("", layout=False)
    """What the filter found (``第 3 / 12 处 · 分布在 5 节``); empty without a filter."""

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self._message_timer: Timer | None = None

    def show_message(self, message: str, *, sticky: bool = False) -> None:
        """Show ``message`` in place of the position, for a moment or (``sticky``) until
        ``clear_message``."""
        if self._message_timer is not None:
            self._message_timer.stop()
            self._message_timer = None
        self.message = message
        if not sticky:
            self._message_timer = self.set_timer(MESSAGE_SECONDS, self.clear_message)

    def clear_message(self) -> None:
        """Go back to showing the position."""
        self.message = ""

    def render(self) -> Text:
        width = self.content_region.width
        parts = (self.filter, self.position)
        left = self.message or SEPARATOR.join(part for part in parts if part)
        right = self.percent
        gap = width - cell_len(left) - cell_len(right)
        if gap < 1:
            text = Text(left, no_wrap=True, overflow="ellipsis", end="")
            text.truncate(max(width, 0), overflow="ellipsis")
            return text
        text = Text(no_wrap=True, end="")
        text.append(left, style="bold" if self.message else "")
        text.append(" " * gap)
        text.append(right)
        return text
