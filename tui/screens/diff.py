"""The diff screen: what changed from one report to the next, side by side.

The section tree on the left lists the paired sections with a badge each (新增, 删除, 似 63%,
移动 ← 原（三）); the view on the right shows both reports aligned paragraph by paragraph, changed words
marked, unchanged stretches folded. Below 100 columns the view is one column with the old and
new versions of a changed paragraph one after the other, and the tree folds away.

The screen paints at once: ``parser.diff.diff`` runs in a worker thread (it loads jieba the
first time, about 0.7 s) and reports its progress, and every key works while it does.

``/`` filters both reports at once: the tree keeps the pairs that mention the query, each with
its hits on either side (``4 → 9``), and both columns mark the hits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Literal

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import Hit, Hits, SimpleCommand, SimpleProvider
from textual.containers import Horizontal, Vertical

from parser.diff import DiffResult, diff
from parser.diff_layout import Side
from parser.model import Document
from parser.query import parse_query
from parser.search import SearchResult, pair_hits, pair_shown, search
from tui.messages import NodeChosen
from tui.navigation import CompareWith, OpenTrack
from tui.palette import (
    Action,
    EntriesProvider,
    OnceCommandPalette,
    ScreenCommandsProvider,
    labelled_actions,
)
from tui.screens.computing import ComputingScreen
from tui.screens.filtering import FilteringScreen
from tui.strings import localise_bindings, t
from tui.widgets.diff_bars import DiffBreadcrumb, DiffHeader
from tui.widgets.diff_tree import DiffTree, pair_badges, pair_title
from tui.widgets.diff_view import DiffMoved, DiffRelaid, DiffView
from tui.widgets.filter_pane import FilterPane
from tui.widgets.key_hints import KeyHints
from tui.widgets.status_bar import StatusBar

SPLIT_MIN_WIDTH = 100
"""From this many columns the reports are side by side and the tree shows (unless toggled)."""


class DiffCommandsProvider(ScreenCommandsProvider["DiffScreen"]):
    """The diff screen's actions, and its sections to go to by title."""

    def actions(self, screen: DiffScreen) -> list[Action]:
        return labelled_actions(screen.palette_actions())

    def screen_places(self, screen: DiffScreen) -> Iterable[tuple[str, str, Callable[[], object]]]:
        result = screen.result
        if result is None:
            return
        for index, pair in enumerate(result.pairs):
            badges = " ".join(text for text, _ in pair_badges(pair))
            yield pair_title(result, pair), badges, partial(screen.go_to_pair, index)


class DiffScreen(FilteringScreen, ComputingScreen[DiffResult]):
    """Report ``a`` (the older) against report ``b``. ``can_go_back`` lets Esc return to the
    screen that opened it."""

    BINDINGS = [
        Binding("slash", "filter", "key.filter", key_display="/"),
        # Esc clears a filter first; only without one does it go back (below).
        Binding("escape", "clear_filter", "key.clear_filter", key_display="Esc"),
        Binding("f", "figures", "key.figures"),
        Binding("o", "toggle_outline", "key.toggle_outline"),
        Binding("tab,shift+tab", "switch_pane", "key.switch_pane", show=False),
        Binding("escape,backspace", "back", "key.back", key_display="Esc"),
        Binding("P", "track", "key.track", key_display="P", show=False),
    ]

    COMMANDS = {DiffCommandsProvider}
    AUTO_FOCUS = "DiffView"

    DEFAULT_CSS = """
    DiffScreen {
        layout: vertical;
        #diff-body { height: 1fr; }
        DiffTree {
            width: 26%;
            min-width: 16;
            max-width: 36;
            height: 1fr;
            border-right: vkey $panel;
            background: $surface;
            &:focus { border-right: vkey $primary; }
        }
        #diff-text { width: 1fr; height: 1fr; }
        DiffView { height: 1fr; }
        &.-outline-hidden DiffTree { display: none; }
    }
    """

    FAILED = "diff.failed"

    def __init__(
        self, a: Document, b: Document, *, can_go_back: bool = False,
        start: tuple[Side, int] | None = None,
    ) -> None:
        """``start``: a side and an offset into it whose section to show first (the section
        being read when the comparison was asked for)."""
        super().__init__()
        self._start = start
        localise_bindings(self._bindings)
        self.a = a
        self.b = b
        self.can_go_back = can_go_back
        self._outline_override: bool | None = None
        self.view = DiffView()
        self.outline = DiffTree(b)
        self.header = DiffHeader(a, b, self.view)
        self.breadcrumb = DiffBreadcrumb(b)
        self.status = StatusBar()
        self.filter_pane = FilterPane(b)
        self._query = ""
        self._found: tuple[SearchResult, SearchResult] | None = None
        """What the filter found in ``a`` and in ``b``; None without a filter."""

    def compose(self) -> ComposeResult:
        yield self.filter_pane
        with Horizontal(id="diff-body"):
            yield self.outline
            with Vertical(id="diff-text"):
                yield self.header
                yield self.breadcrumb
                yield self.view
        yield self.status
        yield KeyHints()

    def on_mount(self) -> None:
        self.start_computing(t("diff.computing"))

    def compute(self, progress: Callable[[str], None]) -> DiffResult:
        shown = [-1]

        def share_done(share: float) -> None:
            percent = int(share * 100)
            if percent >= shown[0] + 5:
                shown[0] = percent
                progress(t("diff.computing_progress", percent=percent))

        return diff(self.a, self.b, progress=share_done)

    def show_waiting(self, text: str) -> None:
        self.view.show_message(text)

    def show_result(self, result: DiffResult) -> None:
        self.outline.show_result(result)
        if self._found is not None:
            self._filter_tree()
        self.breadcrumb.result = result
        self.view.show_result(result)
        if self._start is not None:
            pair = pair_at(result, *self._start)
            if pair is not None:
                self.view.go_to_pair(pair)
        self.status.position = self.summary()

    def summary(self) -> str:
        """The summary line: sections same/changed/added/removed/moved, characters and
        figures changed (``f`` lists the figures)."""
        if self.result is None:
            return t("diff.computing")
        if self.result.identical:
            return t("diff.identical")
        summary = self.result.summary
        return t(
            "diff.summary", same=summary.same, changed=summary.changed, added=summary.added,
            removed=summary.removed, moved=summary.moved,
            reused=round(100 * self.result.reuse.reused_share),
            characters=f"{summary.characters_changed:,}", figures=summary.figures_changed,
        )

    # Fitting the width --------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        self.view.narrow = width < SPLIT_MIN_WIDTH
        outline = self._outline_override
        visible = outline if outline is not None else width >= SPLIT_MIN_WIDTH
        self.set_class(not visible, "-outline-hidden")
        if not visible and self.focused is self.outline:
            self.view.focus()

    @property
    def outline_visible(self) -> bool:
        """Whether the section tree is shown."""
        return not self.has_class("-outline-hidden")

    # Following each other -------------------------------------------------------------------

    def on_diff_moved(self, event: DiffMoved) -> None:
        self.breadcrumb.node = event.pair
        if not event.followed:
            self.outline.show_node(event.pair)
        if self.filter_pane.is_open:
            self.filter_pane.show_section(self._words_section(event.pair))
        count = self.view.hunk_count
        if count:
            current = self.view.current_hunk()
            where = t("diff.position", i=current + 1 if current is not None else "-", n=count)
        else:
            where = t("diff.no_changes")
        self.status.percent = f"{where}  {event.percent}%"

    def on_diff_relaid(self, _event: DiffRelaid) -> None:
        self.header.refresh()

    def on_line_scroll_view_said(self, event: DiffView.Said) -> None:
        self.status.show_message(event.text, sticky=event.sticky)

    def on_node_chosen(self, event: NodeChosen) -> None:
        if isinstance(event.node, int):
            self.view.go_to_pair(event.node, from_tree=True)
        if event.open:
            self.view.focus()

    # Keys ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.can_go_back
        if action == "switch_pane":
            return self.outline_visible
        if action == "filter":
            # In the query line ``/`` is a character like any other.
            return not self.filter_pane.typing
        if action == "clear_filter":
            return self.filter_pane.is_open
        return True

    def _refuse(self, message: str) -> None:
        self.status.show_message(message)
        self.app.bell()

    def action_toggle_outline(self) -> None:
        self._outline_override = not self.outline_visible
        self._fit(self.size.width)

    def action_switch_pane(self) -> None:
        if self.focused is self.view:
            self.outline.focus()
        else:
            self.view.focus()

    def action_figures(self) -> None:
        """List the changed figures (``4次 → 6次 (+2)``); choosing one shows it."""
        if self.result is None:
            self._refuse(t("diff.computing"))
            return
        if not self.result.figures:
            self._refuse(t("diff.no_figures"))
            return
        figures = SimpleProvider(
            self,
            [
                SimpleCommand(
                    f"{figure.context}  {figure.describe()}",
                    partial(self.view.go_to_offset, "b", figure.b_at[0]),
                    t("diff.figure_help"),
                )
                for figure in self.result.figures
            ],
        )
        self.app.push_screen(OnceCommandPalette(
            providers=[figures],
            placeholder=t("diff.figures_placeholder", n=len(self.result.figures)),
        ))

    def action_back(self) -> None:
        self.dismiss()

    def action_track(self) -> None:
        """Trace the older report's plan into the newer one's review; Esc comes back."""
        self.post_message(OpenTrack(self.a, self.b))

    # Filtering ------------------------------------------------------------------------------

    def action_filter(self) -> None:
        """Open the filter pane (or go back to its query line)."""
        self.filter_pane.open()
        pair, _ = self.view.pair_being_read()
        self.filter_pane.show_section(self._words_section(pair))
        self.refresh_bindings()

    @property
    def filter_active(self) -> bool:
        """Whether a query narrows the tree and marks both reports."""
        return self._found is not None

    def _show_filter_results(self) -> None:
        found = self._found
        first = next(
            (index for index, pair in enumerate(self.result.pairs if self.result else ())
             if found is not None and any(pair_hits(pair, found))),
            None,
        )
        if first is not None:
            self.view.go_to_pair(first)
        self.view.focus()

    def _keys_everywhere(self) -> DiffView:
        return self.view

    def _filtered_widget(self) -> DiffView:
        return self.view

    def _words_section(self, pair: int) -> int | None:
        """The section of ``b`` whose keywords the filter pane offers at pair ``pair``."""
        if self.result is None or not 0 <= pair < len(self.result.pairs):
            return None
        section = self.result.pairs[pair].b
        return section.index if section is not None else None

    def _run_filter(self, query: str) -> None:
        """Run ``query`` (blank: none) over both reports and show what it finds."""
        if query == self._query:
            return
        self._query = query
        parsed = parse_query(query)
        found = None if parsed.is_empty else (search(self.a, parsed), search(self.b, parsed))
        self._found = found
        sides: tuple[Literal["a", "b"], ...] = ("a", "b")
        for side, result in zip(sides, found or (None, None)):
            spans = [(hit.start, hit.end) for hit in result.hits] if result else []
            self.view.set_highlights(side, spans)
        if found is None:
            self.outline.show_only(None)
            self.status.filter = ""
            self.filter_pane.show_summary("")
        else:
            if self.result is not None:
                self._filter_tree()
            a_hits, b_hits = (len(result.hits) for result in found)
            summary = t("status.diff_hits", a=a_hits, b=b_hits)
            self.status.filter = summary
            self.filter_pane.show_summary(
                summary, nothing_found=not (found[0].matched or found[1].matched)
            )
        pair, _ = self.view.pair_being_read()
        self.outline.show_node(pair)

    def _filter_tree(self) -> None:
        """Keep the pairs with a hit on either side (and their parents), badged ``a → b``
        with the hits of their whole sections."""
        assert self._found is not None and self.result is not None
        found = self._found
        keys: list[int] = []
        badges: dict[int, str] = {}
        for index, pair in enumerate(self.result.pairs):
            a_hits, b_hits = pair_hits(pair, found, subtree=True)
            if pair_shown(pair, found):
                keys.append(index)
            if a_hits or b_hits:
                badges[index] = t("filter.diff_badge", a=a_hits, b=b_hits)
        self.outline.show_only(keys, badges)

    def go_to_pair(self, pair: int) -> None:
        """Show pair ``pair`` (from the command palette)."""
        self.view.go_to_pair(pair)
        self.view.focus()

    def palette_actions(self) -> list[tuple[str, Callable[[], object]]]:
        """The screen's actions for the command palette, as ``(command key, callback)``."""
        actions: list[tuple[str, Callable[[], object]]] = [
            ("next_change", partial(self.view.action_change, 1)),
            ("previous_change", partial(self.view.action_change, -1)),
            ("next_changed_section", partial(self.view.action_changed_section, 1)),
            ("previous_changed_section", partial(self.view.action_changed_section, -1)),
            ("toggle_folds", self.view.action_toggle_folding),
            ("toggle_layout", self.view.action_toggle_layout),
            ("figures", self.action_figures),
            ("track", self.action_track),
            ("filter", self.action_filter),
            ("toggle_outline", self.action_toggle_outline),
            ("top", self.view.action_top),
            ("bottom", self.view.action_bottom),
            ("select_lines", self.view.action_select_lines),
        ]
        if self.view.text_selection is not None:
            actions.append(("copy", self.view.action_copy))
        if self.result is not None:
            actions.append(("export_diff", partial(self.app.run_action, "app.export_view")))
        if self.filter_pane.is_open:
            actions.append(("clear_filter", self.action_clear_filter))
        if self.outline_visible:
            actions.append(("switch_pane", self.action_switch_pane))
        if self.can_go_back:
            actions.append(("back", self.action_back))
        return actions


def pair_at(result: DiffResult, side: Side, offset: int) -> int | None:
    """The index of the pair of the innermost section of report ``side`` holding ``offset``
    (None in the front or back matter)."""
    doc = result.a if side == "a" else result.b
    section = doc.section_at(offset)
    if section is None:
        return None
    for index, pair in enumerate(result.pairs):
        held = pair.a if side == "a" else pair.b
        if held is not None and held.index == section.index:
            return index
    return None


# Choosing a report to compare with -----------------------------------------------------------


_YEAR_IN_NAME = re.compile(r"(?:19|20)\d\d")


def same_office_first(paths: list[Path], own: Path | None, year: int | None) -> list[Path]:
    """``paths`` with the same office's other years first — the reports in the folder of the
    one being read (a collection keeps one office's years together), the nearest years
    first — then the rest in their order."""
    def key(item: tuple[int, Path]) -> tuple[int, int, int]:
        position, path = item
        if own is None or path.resolve().parent != own.parent:
            return (1, 0, position)
        found = _YEAR_IN_NAME.search(path.stem)
        distance = abs(int(found.group()) - year) if found and year is not None else 9999
        return (0, distance, position)

    return [path for _, path in sorted(enumerate(paths), key=key)]


class CompareProvider(EntriesProvider):
    """Reports to compare the one being read with: those gongwen knows of (the library's,
    recent ones, the bundled samples), or any file whose path is typed."""

    def _current(self) -> Document | None:
        return getattr(self.screen, "document", None)

    def _known(self) -> list[Path]:
        report_paths = getattr(self.app, "report_paths", None)
        current = self._current()
        own = Path(current.source).resolve() if current and current.source else None
        paths = report_paths() if report_paths is not None else []
        others = [path for path in paths if path.resolve() != own]
        return same_office_first(others, own, current.meta.year if current else None)

    def _compare(self, path: Path) -> None:
        current = self._current()
        if current is not None:
            pane = getattr(self.screen, "pane", None)
            reading = getattr(pane, "top_offset", None)
            self.screen.post_message(CompareWith(current, path, reading))

    def entries(self) -> list[Action]:
        return [(t("command.compare_with", name=path.name), str(path),
                 partial(self._compare, path)) for path in self._known()]

    async def search(self, query: str) -> Hits:
        typed = Path(query.strip()).expanduser()
        if query.strip() and typed.is_file():
            label = t("command.compare_with", name=str(typed))
            yield Hit(3.0, label, partial(self._compare, typed), text=label,
                      help=t("command.compare_path.help"))
        async for hit in super().search(query):
            yield hit


def choose_comparison(app: App[object]) -> None:
    """Ask which report to compare the screen's report with (a palette of reports, or a
    typed path)."""
    app.push_screen(OnceCommandPalette(providers=[CompareProvider],
                                   placeholder=t("command.compare.placeholder")))
