"""The filter pane's flow, the same on every screen that has one.

Typing runs the query at once; Enter with a query shows what it found, Enter on a blank query
and Esc close the pane. Each screen says what running a query, showing its results and
giving the keys back mean for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import BindingsMap
from textual.dom import DOMNode
from textual.keys import key_to_character
from textual.screen import Screen
from textual.widget import Widget

if TYPE_CHECKING:
    # The reader imports the filter pane only when first needed, to start sooner.
    from tui.widgets.filter_pane import FilterPane


class FilteringScreen(Screen[None]):
    """A screen with a filter pane over a widget that reads the results."""

    filter_pane: FilterPane

    def _keys_everywhere(self) -> Widget | None:
        """The widget whose keys work wherever the focus is on this screen (None: none)."""
        return None

    @property
    def _binding_chain(self) -> list[tuple[DOMNode, BindingsMap]]:
        # The text's keys are its own (``n`` a hit, ``m`` a mark, ``]`` a section), yet the
        # user expects them from the tree beside it too: after the focused widget and its
        # containers, before the screen's, unless the focused widget takes the key itself.
        chain = super()._binding_chain
        view = self._keys_everywhere()
        if view is None or view.has_focus or not chain or chain[-1][0] is not self.app:
            return chain
        bindings = view._bindings.copy()
        focused = [node for node, _ in chain if node is not self and node is not self.app]
        for key in list(bindings.key_to_bindings):
            if any(node.check_consume_key(key, key_to_character(key)) for node in focused):
                del bindings.key_to_bindings[key]
        at = next(index for index, (node, _) in enumerate(chain) if node is self)
        return [*chain[:at], (view, bindings), *chain[at:]]

    @property
    def filter_active(self) -> bool:
        """Whether a query is in force."""
        raise NotImplementedError

    def _run_filter(self, query: str) -> None:
        """Run ``query`` (blank: none) and show what it finds."""
        raise NotImplementedError

    def _show_filter_results(self) -> None:
        """Take the reader to what the query in force found (Enter in the query line)."""
        raise NotImplementedError

    def _filtered_widget(self) -> Widget:
        """The widget that gets the keys back when the query line closes."""
        raise NotImplementedError

    def action_clear_filter(self) -> None:
        """Close the filter pane and drop the query."""
        self.filter_pane.close()
        self._filter_closed()

    def on_filter_pane_changed(self, event: FilterPane.Changed) -> None:
        self._run_filter(event.query)

    def on_filter_pane_submitted(self, event: FilterPane.Submitted) -> None:
        self._run_filter(event.query)
        if self.filter_active:
            self._show_filter_results()
        else:
            self.action_clear_filter()

    def on_filter_pane_cleared(self, _event: FilterPane.Cleared) -> None:
        self._filter_closed()

    def _filter_closed(self) -> None:
        self._run_filter("")
        self._filtered_widget().focus()
        self.refresh_bindings()
