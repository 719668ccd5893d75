"""A Line API view scrolled with less's keys, one display line at a time.

Lines are drawn once and kept (``_strips``) until what they show or the theme changes, with
the component styles they use (``_styles``).

The reading pane and the diff view move alike; what differs is what a move means (which
section is being read, whether a jump is remembered), so each says so in ``_post_moved``
and, for jumps, ``_jump_to_line``.
"""

from __future__ import annotations

from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.strings import localise_bindings


class LineScrollView(ScrollView):
    """A view whose top line moves a line, half a page or a page at a time (less's keys),
    and that announces every move once, whether made by a key, the wheel or the scrollbar."""

    BINDINGS = [
        Binding("j,down", "line_down", "key.down", show=False),
        Binding("k,up", "line_up", "key.up", show=False),
        Binding("space,pagedown", "page_down", "key.page_down", show=False),
        Binding("b,pageup", "page_up", "key.page_up", show=False),
        Binding("d", "half_page_down", "key.half_page_down", show=False),
        Binding("u", "half_page_up", "key.half_page_up", show=False),
        Binding("g,home", "top", "key.top", show=False),
        Binding("G,end", "bottom", "key.bottom", show=False),
    ]

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        localise_bindings(self._bindings)
        self._moving = False
        self._strips: LRUCache[int, Strip] = LRUCache(maxsize=512)
        self._styles: dict[str, Style] = {}

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    @property
    def page_height(self) -> int:
        """Lines on screen."""
        return max(1, self.scrollable_content_region.height)

    @property
    def top_row(self) -> int:
        """The display line at the top of the view."""
        return round(self.scroll_y)

    def _post_moved(self) -> None:
        """Tell the screen where the view now is."""
        raise NotImplementedError

    def _scroll_quietly(self, line: int) -> None:
        """Put ``line`` on top (as near as the ends allow), leaving the announcement to the
        caller."""
        self._moving = True
        try:
            self.scroll_to(y=max(0, line), animate=False, immediate=True)
        finally:
            self._moving = False

    def _move_to_line(self, line: int) -> None:
        """Put ``line`` on top (as near as the ends allow) and say so once."""
        self._scroll_quietly(line)
        self._post_moved()

    def _jump_to_line(self, line: int) -> None:
        """Move to ``line`` by a jump (top, bottom) rather than a step."""
        self._move_to_line(line)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        # Moves made here announce themselves; this catches the mouse wheel and scrollbar.
        if not self._moving and round(old_value) != round(new_value):
            self._post_moved()

    def action_line_down(self) -> None:
        self._move_to_line(self.top_row + 1)

    def action_line_up(self) -> None:
        self._move_to_line(self.top_row - 1)

    def action_page_down(self) -> None:
        self._move_to_line(self.top_row + self.page_height)

    def action_page_up(self) -> None:
        self._move_to_line(self.top_row - self.page_height)

    def action_half_page_down(self) -> None:
        self._move_to_line(self.top_row + max(1, self.page_height // 2))

    def action_half_page_up(self) -> None:
        self._move_to_line(self.top_row - max(1, self.page_height // 2))

    def action_top(self) -> None:
        self._jump_to_line(0)

    def action_bottom(self) -> None:
        self._jump_to_line(self.max_scroll_y)
