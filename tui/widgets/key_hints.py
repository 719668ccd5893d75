"""The bottom line: the keys that do something right now (those of the focused pane, the
screen and the app), each clickable, and the command palette key on the right."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

GAP = "  "
_FIRST_ACTIONS = ("help", "app.help")
_WAY_BACK = "escape"


class KeyHints(Widget):
    """A one-line footer. Lighter than Textual's ``Footer`` (one widget, not one per key), so
    the reader's first frame comes sooner. Help comes first, whatever has focus, then the way
    back (Esc), so a narrow screen never hides how to leave a state; hints that do not fit are
    left out whole."""

    DEFAULT_CSS = """
    KeyHints {
        width: 1fr;
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $foreground;
        & > .key-hints--key { color: $footer-key-foreground; text-style: bold; }
    }
    """

    COMPONENT_CLASSES = {"key-hints--key"}

    def __init__(self) -> None:
        super().__init__()
        self._click_spans: list[tuple[int, int, str]] = []
        """``(start, end, key)`` cells of each hint drawn last, to answer a click."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen[object]) -> None:
        self.refresh()

    def _hints(self) -> tuple[list[Binding], Binding | None]:
        """The bindings to show, one per action, and the command palette's."""
        palette_key = self.app.COMMAND_PALETTE_BINDING
        shown: dict[str, Binding] = {}
        palette: Binding | None = None
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if key == palette_key and active.enabled:
                palette = binding
            elif binding.show and active.enabled and binding.action not in shown:
                shown[binding.action] = binding
        def rank(binding: Binding) -> int:
            if binding.action in _FIRST_ACTIONS:
                return 0
            return 1 if binding.key == _WAY_BACK else 2

        return sorted(shown.values(), key=rank), palette

    def _hint(self, binding: Binding, key_style: Style) -> Text:
        hint = Text(end="")
        hint.append(self.app.get_key_display(binding), key_style)
        hint.append(" " + binding.description)
        return hint

    def render(self) -> Text:
        width = self.content_region.width
        key_style = self.get_component_rich_style("key-hints--key", partial=True)
        bindings, palette = self._hints()
        hints = [(self._hint(binding, key_style), binding.key) for binding in bindings]
        right = self._hint(palette, key_style) if palette is not None else None
        # The palette key sits on the right unless it would crowd out the first hint (help).
        first_width = hints[0][0].cell_len if hints else 0
        if right is not None and first_width + len(GAP) + right.cell_len > width:
            right = None
        room = width - (right.cell_len + len(GAP) if right is not None else 0)
        text = Text(no_wrap=True, end="")
        spans: list[tuple[int, int, str]] = []
        for hint, key in hints:
            gap = GAP if text.cell_len else ""
            if text.cell_len + len(gap) + hint.cell_len > room:
                break
            text.append(gap)
            spans.append((text.cell_len, text.cell_len + hint.cell_len, key))
            text.append_text(hint)
        if right is not None and palette is not None:
            text.append(" " * (width - text.cell_len - right.cell_len))
            spans.append((text.cell_len, width, palette.key))
            text.append_text(right)
        self._click_spans = spans
        return text

    def on_click(self, event: events.Click) -> None:
        x = event.x - self.styles.padding.left
        key = next((key for start, end, key in self._click_spans if start <= x < end), None)
        if key is not None:
            self.app.simulate_key(key)
