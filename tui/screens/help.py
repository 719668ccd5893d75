"""The key help overlay: every key of the screen underneath, grouped, in the UI language.

The list is read from the bindings themselves (the screen's, its widgets' and the app's), so it
cannot drift from what the keys really do. Only gongwen's own bindings are listed — those
whose description is a ``key.*`` catalogue entry — not Textual's built-in ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import ItemGrid, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.strings import CATALOGUES, language, localise_bindings, t

HELP_GROUPS: dict[str, tuple[str, ...]] = {
    "help.group.move": (
        "key.down", "key.up", "key.page_down", "key.page_up", "key.half_page_down",
        "key.half_page_up", "key.top", "key.bottom", "key.switch_pane",
    ),
    # A screen's own keys come right after moving, where a short terminal shows them.
    "help.group.diff": (
        "key.next_change", "key.previous_change", "key.next_changed_section",
        "key.previous_changed_section", "key.toggle_folds", "key.expand_fold",
        "key.toggle_layout", "key.figures", "key.track",
    ),
    "help.group.track": (
        "key.next_unreported", "key.previous_unreported", "key.status_filter",
        "key.next_evidence", "key.previous_evidence", "key.open_evidence",
    ),
    "help.group.checks": ("key.similarity", "key.earlier_year", "key.later_year"),
    "help.group.sections": (
        "key.open", "key.collapse", "key.expand", "key.previous_sibling", "key.next_sibling",
        "key.previous_top", "key.next_top", "key.toggle_outline", "key.widen_outline",
        "key.narrow_outline",
    ),
    "help.group.marks": ("key.set_mark", "key.jump_mark", "key.jump_back"),
    "help.group.filter": (
        "key.filter", "key.filter_submit", "key.next_hit", "key.previous_hit",
        "key.clear_filter", "key.suggestions", "key.previous_word", "key.next_word",
        "key.choose_word", "key.back_to_query",
    ),
    "help.group.copy": (
        "key.select_lines", "key.select_left", "key.select_right", "key.copy",
        "key.cancel_selection", "key.open_in_pager",
    ),
    "help.group.view": ("key.next_theme", "key.export"),
    "help.group.library": (
        "key.library_view", "key.mark_report", "key.compare_marked", "key.previous_year",
        "key.compare_previous", "key.trend", "key.trend_by", "key.trend_query",
        "key.checks", "key.check_columns", "key.only_failing",
        "key.sort", "key.sort_column", "key.reverse_sort",
    ),
    "help.group.general": (
        "key.back", "key.close", "key.cancel", "key.help", "key.command_palette", "key.quit",
    ),
}
"""Which group each ``key.*`` description is listed under, in listing order. A ``key.*``
entry missing here is listed under ``help.group.general``."""
_FALLBACK_GROUP = "help.group.general"


@dataclass
class HelpEntry:
    """One line of help: the keys that do one thing."""

    description_key: str
    keys: list[str] = field(default_factory=list)


def help_entries(nodes: Iterable[DOMNode], app: App[object]) -> dict[str, list[HelpEntry]]:
    """Group the bindings of ``nodes`` by ``HELP_GROUPS``: group key -> entries in order.

    Keys bound to the same description share one entry (``j`` and ``↓`` both move down).
    A key of the app that the screen binds again is the screen's there, so only the
    screen's meaning is listed (``P`` is 计划落实 in the diff view, not 上一年度); one the app
    does not offer over that screen (``offers``: ``e`` in the library) is not listed.
    """
    descriptions = {
        text: key for key, text in CATALOGUES[language()].items() if key.startswith("key.")
    }
    by_description: dict[str, HelpEntry] = {}
    for binding in _bindings(nodes, app):
        description_key = descriptions.get(binding.description)
        if description_key is None:
            continue
        entry = by_description.setdefault(description_key, HelpEntry(description_key))
        shown = app.get_key_display(binding)
        if shown not in entry.keys:
            entry.keys.append(shown)

    group_of = {key: group for group, keys in HELP_GROUPS.items() for key in keys}
    rank = {key: position for keys in HELP_GROUPS.values() for position, key in enumerate(keys)}
    groups: dict[str, list[HelpEntry]] = {group: [] for group in HELP_GROUPS}
    for entry in sorted(
        by_description.values(), key=lambda entry: rank.get(entry.description_key, len(rank))
    ):
        groups[group_of.get(entry.description_key, _FALLBACK_GROUP)].append(entry)
    return {group: entries for group, entries in groups.items() if entries}


def _bindings(nodes: Iterable[DOMNode], app: App[object]) -> Iterator[Binding]:
    # ``_bindings`` is the node's live map (keymaps and localisation applied); the public
    # ``active_bindings`` would only show what the focused widget's chain allows.
    nodes = list(nodes)
    rebound = {key for node in nodes if node is not app for key, _ in node._bindings}
    over = next((node for node in nodes if isinstance(node, Screen)), None)
    offers = getattr(app, "offers", None)
    for node in nodes:
        for key, binding in node._bindings:
            if node is app and (
                (key in rebound and not binding.priority)
                or (offers is not None and over is not None
                    and not offers(binding.action, over))
            ):
                continue
            yield binding
    if app.ENABLE_COMMAND_PALETTE:
        yield Binding(app.COMMAND_PALETTE_BINDING, "command_palette", t("key.command_palette"))


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the screen it was opened over; Esc, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > #help-dialog {
        width: 96;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $primary;
        border-title-color: $text;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen ItemGrid {
        grid-gutter: 1 3;
    }
    HelpScreen .help-group {
        height: auto;
    }
    HelpScreen .help--group-title {
        color: $text-accent;
        text-style: bold;
    }
    HelpScreen .help--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"help--group-title", "help--key"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "key.close"),
        Binding("q", "close", "key.close", show=False),
        Binding("question_mark", "close", "key.close", show=False),
        Binding("j", "scroll('down')", "key.down", show=False),
        Binding("k", "scroll('up')", "key.up", show=False),
        Binding("g", "scroll('top')", "key.top", show=False),
        Binding("G", "scroll('bottom')", "key.bottom", show=False),
    ]

    def __init__(self, over: Screen[object] | None = None) -> None:
        """Args:
        over: The screen whose keys to list; by default the one on top when this is shown.
        """
        super().__init__()
        localise_bindings(self._bindings)
        self._over = over

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = t("help.title")
            dialog.border_subtitle = t("help.close_hint")
            yield ItemGrid(min_column_width=42)

    def on_mount(self) -> None:
        over = self._over or self.app.screen_stack[-2]
        nodes = [self.app, over, *over.walk_children()]
        grid = self.query_one(ItemGrid)
        grid.mount_all(
            Static(self._render_group(group, entries), classes="help-group")
            for group, entries in help_entries(nodes, self.app).items()
        )
        self.query_one(VerticalScroll).focus()

    def _render_group(self, group: str, entries: list[HelpEntry]) -> Group:
        title_style = self.get_component_rich_style("help--group-title", partial=True)
        key_style = self.get_component_rich_style("help--key", partial=True)
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style=key_style, min_width=6)
        table.add_column()
        for entry in entries:
            table.add_row(" ".join(entry.keys), t(entry.description_key))
        lines: list[Text | Table] = [Text(t(group), style=title_style), table]
        if group == "help.group.marks":
            lines.append(Text(t("help.mark_keys")))
        return Group(*lines)

    def action_close(self) -> None:
        self.dismiss()

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one(VerticalScroll)
        if direction == "down":
            scroll.scroll_down()
        elif direction == "up":
            scroll.scroll_up()
        elif direction == "top":
            scroll.scroll_home(animate=False)
        else:
            scroll.scroll_end(animate=False)
