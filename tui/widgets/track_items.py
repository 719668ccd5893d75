"""The list of last year's plan items, each with its status badge (已见回应 / 部分 / 未见), and a
last entry for the review's unplanned results. Filterable by status."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from parser.track import Status, TracedItem, TrackResult
from tui.strings import localise_bindings, t

UNPLANNED = -1
"""The key of the unplanned-results entry (items are keyed by their index)."""
_PREFIX = "item-"


def item_title(traced: TracedItem) -> str:
    """An item's own title: the last of its section path."""
    return traced.item.section[-1] if traced.item.section else traced.item.text[:40]


def badge(status: Status) -> str:
    """The status as the view writes it: 已见回应, 部分, 未见."""
    return t(f"track.badge.{status}")


class TrackItems(OptionList):
    """Plan items in plan order, one line each; ``status_filter`` keeps one status only."""

    BINDINGS = [
        Binding("j", "cursor_down", "key.down", show=False),
        Binding("k", "cursor_up", "key.up", show=False),
    ]

    COMPONENT_CLASSES = {
        "track-items--reported", "track-items--partial", "track-items--unreported",
        "track-items--unplanned",
    }

    DEFAULT_CSS = """
    TrackItems {
        height: 1fr;
        padding: 0;
        background: $surface;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        border: none;
        border-right: vkey $panel;
        &:focus { border: none; border-right: vkey $primary; }
        & > .track-items--reported { color: $success; text-style: bold; }
        & > .track-items--partial { color: $warning; text-style: bold; }
        & > .track-items--unreported { color: $error; text-style: bold underline; }
        & > .track-items--unplanned { color: $accent; text-style: italic; }
    }
    """

    status_filter: reactive[Status | None] = reactive(None, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        localise_bindings(self._bindings)
        self.result: TrackResult | None = None

    def show_result(self, result: TrackResult) -> None:
        """List the items of ``result``."""
        self.result = result
        self._fill()

    def watch_status_filter(self) -> None:
        self._fill()

    @property
    def shown_keys(self) -> list[int]:
        """Item indexes in the list, in order (``UNPLANNED`` last)."""
        return [self._key(option.id) for option in self._options]

    @staticmethod
    def _key(option_id: str | None) -> int:
        return UNPLANNED if option_id is None or not option_id.startswith(_PREFIX) else int(
            option_id[len(_PREFIX):])

    @property
    def current_key(self) -> int | None:
        """The key of the highlighted entry; None when the list is empty."""
        if self.highlighted is None or not self._options:
            return None
        return self._key(self._options[self.highlighted].id)

    def go_to_key(self, key: int) -> bool:
        """Highlight entry ``key``; False when it is not shown."""
        keys = self.shown_keys
        if key not in keys:
            return False
        self.highlighted = keys.index(key)
        return True

    def _fill(self) -> None:
        previous = self.current_key
        self.clear_options()
        result = self.result
        if result is None:
            return
        options: list[Option] = []
        for index, traced in enumerate(result.items):
            if self.status_filter is not None and traced.status != self.status_filter:
                continue
            style = self.get_component_rich_style(f"track-items--{traced.status}", partial=True)
            label = Text(no_wrap=True, overflow="ellipsis", end="")
            label.append(f" {badge(traced.status)} ", style)
            label.append(" " + item_title(traced))
            options.append(Option(label, id=f"{_PREFIX}{index}"))
        if self.status_filter is None:
            style = self.get_component_rich_style("track-items--unplanned", partial=True)
            label = Text(t("track.unplanned", n=len(result.unplanned)), style=style,
                         no_wrap=True, overflow="ellipsis", end="")
            options.append(Option(label, id="unplanned"))
        self.add_options(options)
        if not options:
            return
        if previous is None or not self.go_to_key(previous):
            self.highlighted = 0
