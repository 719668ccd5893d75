"""A Line API view scrolled with less's keys, one display line at a time, whose text can be
selected and copied.

Lines are drawn once (``_render_row``) and kept (``_strips``) until what they show or the
theme changes, with the component styles they use (``_styles``).

The reading pane and the diff view move alike; what differs is what a move means (which
section is being read, whether a jump is remembered), so each says so in ``_post_moved``
and, for jumps, ``_jump_to_line``.

Text is selected with the mouse (Textual's own selection: every drawn line carries the
offsets it was drawn from) or with the keyboard (``V`` from the line being looked at — a hit
or change just gone to, a section chosen in the tree, else the top line — then the moving
keys extend it by whole lines); ``y`` or ctrl+c copies it through the terminal's clipboard (OSC 52, which
works over SSH). What a selection holds is the view's to say (``selected_text``): the
reading pane gives the report's own text, not the wrapped lines on screen; the diff view one
column's (``_selected_span`` draws only what will be copied).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Offset
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from tui.strings import localise_bindings, t

_WHOLE_LINE = 1_000_000
"""A column past the end of any line: a keyboard selection takes whole lines."""


TEXT_ROLES = (
    "title", "heading-1", "heading-2", "heading-3", "heading-4", "point", "debris", "hit",
    "hit-current",
)
"""What a report's text is drawn as in either view: its title, headings by depth, points
(``一是…``), page debris (dimmed), filter hits and the current hit."""


def text_role_css(widget: str, prefix: str) -> str:
    """The rules of ``TEXT_ROLES`` for ``widget``'s component classes ``<prefix>--<role>``,
    from the theme's variables: the same in the reading pane and the diff view."""
    return f"""
    {widget} {{
        & > .{prefix}--title {{ color: $title; text-style: bold; }}
        & > .{prefix}--heading-1 {{ color: $heading-1; text-style: bold; }}
        & > .{prefix}--heading-2 {{ color: $heading-2; text-style: bold; }}
        & > .{prefix}--heading-3 {{ color: $heading-3; text-style: bold; }}
        & > .{prefix}--heading-4 {{ color: $heading-4; }}
        & > .{prefix}--point {{ color: $heading-4; }}
        & > .{prefix}--debris {{ color: $debris; text-style: dim; }}
        & > .{prefix}--hit {{
            background: $hit; color: $hit-foreground; text-style: $hit-style;
        }}
        & > .{prefix}--hit-current {{
            background: $hit-current; color: $hit-current-foreground;
            text-style: $hit-current-style;
        }}
    }}
    """


class LineScrollView(ScrollView):
    """A view whose top line moves a line, half a page or a page at a time (less's keys),
    and that announces every move once, whether made by a key, the wheel or the scrollbar."""

    DEFAULT_CSS = """
    LineScrollView {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
    }
    """

    @dataclass
    class Said(Message):
        """What a key of the view did, or why it did nothing, for the screen's status line
        (empty: back to the position; ``sticky``: until the next key)."""

        text: str
        sticky: bool = False

    BINDINGS = [
        Binding("j,down", "line_down", "key.down", show=False),
        Binding("k,up", "line_up", "key.up", show=False),
        Binding("space,pagedown", "page_down", "key.page_down", show=False),
        Binding("b,pageup", "page_up", "key.page_up", show=False),
        Binding("d", "half_page_down", "key.half_page_down", show=False),
        Binding("u", "half_page_up", "key.half_page_up", show=False),
        Binding("g,home", "top", "key.top", show=False),
        Binding("G,end", "bottom", "key.bottom", show=False),
        Binding("V", "select_lines", "key.select_lines", key_display="V", show=False),
        Binding("y,ctrl+c", "copy", "key.copy", key_display="y", show=False),
        Binding("escape", "cancel_selection", "key.cancel_selection", key_display="Esc",
                show=False),
    ]

    COMPONENT_PREFIX = ""
    """The view's component classes are ``<prefix>--<name>``."""

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
        self._select_anchor: int | None = None
        """The line a keyboard selection started on (None: not selecting by keyboard)."""
        self._select_cursor = 0
        """The line a keyboard selection reaches."""

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

    def _say(self, text: str, *, refused: bool = False, sticky: bool = False) -> None:
        """Tell the screen what a key did (``refused``: it could not, with a bell)."""
        self.post_message(self.Said(text, sticky))
        if refused:
            self.app.bell()

    # Drawing ----------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        """The style of component ``<prefix>--name``, a translucent background blended over
        the view's own as CSS would (kept until the theme changes)."""
        style = self._styles.get(name)
        if style is None:
            component = f"{self.COMPONENT_PREFIX}--{name}"
            style = self.get_component_rich_style(component, partial=True)
            background = self.get_component_styles(component).background
            if 0 < background.a < 1:
                style += Style(bgcolor=(self.background_colors[1] + background).rich_color)
            self._styles[name] = style
        return style

    def _render_row(self, row: int, base: Style) -> Strip | None:
        """Display line ``row`` drawn over ``base`` (uncropped), or None past the last line."""
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        row = self.top_row + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        strip = self._strips.get(row)
        if strip is None:
            drawn = self._render_row(row, base)
            if drawn is None:
                return Strip.blank(width, base)
            strip = self._strips[row] = drawn
        selection = self.text_selection
        if selection is not None and (span := self._selected_span(row, selection)) is not None:
            strip = _highlighted(strip, span, self._selection_style())
        # The offsets tell Textual which line and character the mouse is over.
        return strip.crop_extend(0, width, base).apply_offsets(0, row)

    def _redraw(self) -> None:
        """Draw every line again (what they show changed)."""
        self._strips.clear()
        self.refresh()

    # Selecting and copying ----------------------------------------------------------------

    def _selection_style(self) -> Style:
        """The screen's selection colours as drawn over this view: a translucent background
        blended over the page, and a transparent text colour (Textual's default) leaving the
        text its own colour rather than the background's. Under NO_COLOR, where no colour is
        drawn, the selection is reversed."""
        style = self._styles.get("--selection")
        if style is None and self.app.no_color:
            style = self._styles["--selection"] = Style(reverse=True)
        if style is None:
            styles = self.screen.get_component_styles("screen--selection")
            background = self.background_colors[1] + styles.background
            color = styles.color
            style = self._styles["--selection"] = Style(
                bgcolor=background.rich_color,
                color=color.rich_color if color.a > 0 else None,
            )
        return style

    @property
    def selecting(self) -> bool:
        """Whether a keyboard selection is being made (``V``)."""
        return self._select_anchor is not None

    def selected_text(self, selection: Selection) -> str:
        """The text ``selection`` covers, as it should reach the clipboard: the report's own
        text, not the lines as drawn. Offsets are ``(character, line)`` as drawn."""
        raise NotImplementedError

    def _selected_span(self, row: int, selection: Selection) -> tuple[int, int] | None:
        """The characters of line ``row`` that ``selection`` covers (end -1: to the end of
        the line), drawn as selected; None for none."""
        return selection.get_span(row)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        text = self.selected_text(selection)
        return (text, "\n") if text else None

    def selection_updated(self, selection: Selection | None) -> None:
        if selection is None:
            self._select_anchor = None
        self.refresh()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_selection":
            # Otherwise Esc is the screen's (clear the filter, go back).
            return self.selecting or self.text_selection is not None
        return True

    def action_select_lines(self) -> None:
        """Start selecting whole lines from the line being looked at; the moving keys extend
        it."""
        if self.selecting:
            self.action_cancel_selection()
            return
        self._select_anchor = self._select_cursor = self._looked_at_line()
        self._show_keyboard_selection()
        self.notify(self._selecting_hint(), timeout=4)

    def _looked_at_line(self) -> int:
        """The line a keyboard selection starts on: the first of ``_places_looked_at`` that
        is on screen (what was just gone to), else the top line."""
        for line in self._places_looked_at():
            if self.top_row <= line < self.top_row + self.page_height:
                return line
        return self.top_row

    def _places_looked_at(self) -> list[int]:
        """Lines the reader was just taken to (a hit, a change, a section), most telling
        first; they count while on screen."""
        return []

    def _selecting_hint(self) -> str:
        """What ``V`` says: how to extend and copy the selection."""
        return t("copy.selecting")

    def action_cancel_selection(self) -> None:
        self._select_anchor = None
        self.screen.clear_selection()

    def action_copy(self) -> None:
        """Copy the selected text to the clipboard (OSC 52) and say how much."""
        selection = self.text_selection
        text = "" if selection is None else self.selected_text(selection)
        if not text:
            self.notify(t("copy.nothing"), severity="warning", timeout=3)
            self.app.bell()
            return
        self.app.copy_to_clipboard(text)
        self.action_cancel_selection()
        self.notify(t("copy.copied", n=len(text)), timeout=3)

    def _show_keyboard_selection(self) -> None:
        assert self._select_anchor is not None
        first, last = sorted((self._select_anchor, self._select_cursor))
        self.screen.selections = {
            self: Selection(Offset(0, first), Offset(_WHOLE_LINE, last))
        }

    def _move_selection_cursor(self, line: int) -> None:
        """Extend the keyboard selection to ``line``, scrolling to keep it in view."""
        last = max(0, self.virtual_size.height - 1)
        self._select_cursor = min(max(0, line), last)
        self._show_keyboard_selection()
        if self._select_cursor < self.top_row:
            self._move_to_line(self._select_cursor)
        elif self._select_cursor >= self.top_row + self.page_height:
            self._move_to_line(self._select_cursor - self.page_height + 1)

    def _step(self, lines: int) -> None:
        """Move by ``lines``: the view, or while selecting by keyboard, the selection's end."""
        if self.selecting:
            self._move_selection_cursor(self._select_cursor + lines)
        else:
            self._move_to_line(self.top_row + lines)

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
        self._step(1)

    def action_line_up(self) -> None:
        self._step(-1)

    def action_page_down(self) -> None:
        self._step(self.page_height)

    def action_page_up(self) -> None:
        self._step(-self.page_height)

    def action_half_page_down(self) -> None:
        self._step(max(1, self.page_height // 2))

    def action_half_page_up(self) -> None:
        self._step(-max(1, self.page_height // 2))

    def action_top(self) -> None:
        if self.selecting:
            self._move_selection_cursor(0)
        else:
            self._jump_to_line(0)

    def action_bottom(self) -> None:
        if self.selecting:
            self._move_selection_cursor(self.virtual_size.height - 1)
        else:
            self._jump_to_line(self.max_scroll_y)


def _highlighted(strip: Strip, span: tuple[int, int], style: Style) -> Strip:
    """``strip`` with characters ``span[0]`` to ``span[1]`` (-1: to the end) in ``style``
    added; characters, not cells, as Textual counts selection offsets."""
    start, end = span
    segments: list[Segment] = []
    position = 0
    for text, segment_style, control in strip:
        length = len(text)
        first = max(start - position, 0)
        last = length if end == -1 else min(end - position, length)
        if control or first >= last:
            segments.append(Segment(text, segment_style, control))
        else:
            if first:
                segments.append(Segment(text[:first], segment_style))
            segments.append(Segment(text[first:last], (segment_style or Style()) + style))
            if last < length:
                segments.append(Segment(text[last:], segment_style))
        position += length
    return Strip(segments, strip.cell_length)
