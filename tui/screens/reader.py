"""The reader: the section tree on the left, the report's text on the right, kept in step.

Scroll the text and the tree's cursor follows the section being read; move the tree's cursor
and the text follows it. Each side tells the other through a flood message (``tui.messages``)
and neither answers a move the other started, so they never chase each other.

``/`` opens the filter pane above them: as the query is typed, the tree narrows to the
sections that match (each with its hit count), the text marks every hit, and ``n``/``N`` walk
the hits; Esc brings the whole tree back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.widget import AwaitMount, MountError

from parser.model import Document
from parser.nodes import (
    BACK,
    FRONT,
    NodeKey,
    enclosing_heading,
    heading_number,
)
from parser.writers import subject
from tui.config import Config
from tui.messages import NodeChosen, ReadingMoved
from tui.palette import Action, Place, ScreenCommandsProvider, labelled_actions
from tui.screens.filtering import FilteringScreen
from tui.strings import load_error, localise_bindings, t
from tui.widgets.breadcrumb import Breadcrumb
from tui.widgets.key_hints import KeyHints
from tui.widgets.outline_tree import OutlineTree
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.report_header import ReportHeader
from tui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    # Imported when first needed: the filter is not needed to start reading.
    from parser.search import Hit, SearchResult
    from tui.widgets.filter_pane import FilterPane

NARROW_WIDTH = 70
"""Below this many columns the tree is folded away unless asked for (``o``)."""

OUTLINE_STEP = 4
"""Columns the tree grows or shrinks by with ``>`` and ``<``."""
MIN_OUTLINE_WIDTH = 12
MIN_TEXT_WIDTH = 24
"""The narrowest the tree, and the text beside it, may be made."""



class ReaderCommandsProvider(ScreenCommandsProvider["ReaderScreen"]):
    """The reader's actions, and every heading and point of the report to go to by title."""

    def actions(self, screen: ReaderScreen) -> list[Action]:
        return labelled_actions(screen.palette_actions())

    def screen_places(self, screen: ReaderScreen) -> Iterable[Place]:
        for node in screen.document.nodes:
            yield node.marker + node.title, "", partial(screen.go_to_node, node.index)


class ReaderScreen(FilteringScreen):
    """One report. ``config`` (if given) supplies and keeps the reading position and marks;
    ``can_go_back`` lets Esc/Backspace return to the library that opened it."""

    BINDINGS = [
        Binding("slash", "filter", "key.filter", key_display="/"),
        # Esc clears a filter first; only without one does it go back (below).
        Binding("escape", "clear_filter", "key.clear_filter", key_display="Esc"),
        Binding("tab,shift+tab", "switch_pane", "key.switch_pane"),
        Binding("o", "toggle_outline", "key.toggle_outline"),
        Binding("greater_than_sign", "outline_width(1)", "key.widen_outline", key_display=">",
                show=False),
        Binding("less_than_sign", "outline_width(-1)", "key.narrow_outline", key_display="<",
                show=False),
        Binding("D", "compare", "key.compare", show=False),
        Binding("escape,backspace", "back", "key.back", key_display="Esc"),
    ]

    COMMANDS = {ReaderCommandsProvider}
    AUTO_FOCUS = "ReadingPane"

    DEFAULT_CSS = """
    ReaderScreen {
        layout: vertical;
        #reader-body { height: 1fr; }
        #outline-slot {
            width: 32%;
            min-width: 16;
            max-width: 40;
            height: 1fr;
            border-right: vkey $panel;
            background: $surface;
            &:focus-within { border-right: vkey $primary; }
        }
        &.-narrow #outline-slot { width: 50%; min-width: 0; }
        OutlineTree { width: 1fr; height: 1fr; background: $surface; }
        #reader-text { width: 1fr; height: 1fr; }
        ReadingPane { height: 1fr; }
        &.-outline-hidden #outline-slot { display: none; }
    }
    """

    def __init__(
        self,
        document: Document,
        *,
        config: Config | None = None,
        can_go_back: bool = False,
        query: str = "",
        start: int | None = None,
    ) -> None:
        """Read ``document``; with a ``query``, open with that filter applied, at its first
        hit; with ``start``, at that offset rather than where the reader last left it."""
        super().__init__()
        localise_bindings(self._bindings)
        self.document = document
        self.config = config
        self.can_go_back = can_go_back
        marks: dict[str, int] = {}
        if config is not None and document.source is not None:
            marks = config.report_marks(document.source)
            remembered = config.position(document.source) or 0
            start = remembered if start is None else start
        self._start = min(max(start or 0, 0), len(document.text))
        self._outline_override: bool | None = None
        self._has_headings = any(node.kind == "heading" for node in document.nodes)
        meta = document.meta
        if meta.title:
            # The writers a title opens with stand in the sub-title; the title says what about.
            self.title = subject(meta.title) if meta.org else meta.title
        else:
            self.title = Path(document.source).name if document.source else t("header.untitled")
        self.sub_title = " · ".join(
            part for part in (meta.org, str(meta.year) if meta.year else None) if part
        )
        self._outline: OutlineTree | None = None
        self.breadcrumb = Breadcrumb(document)
        self.pane = ReadingPane(document, start=self._start)
        self.pane.set_marks(marks)
        self.status = StatusBar()
        self._filter_pane: FilterPane | None = None
        self._filter_pane_mounted: AwaitMount | None = None
        self._initial_query = query
        self._query = ""
        self._result: SearchResult | None = None

    def compose(self) -> ComposeResult:
        yield ReportHeader(self.title or "", self.sub_title or "")
        with Horizontal(id="reader-body"):
            yield Container(id="outline-slot")
            with Vertical(id="reader-text"):
                yield self.breadcrumb
                yield self.pane
        yield self.status
        yield KeyHints()

    def on_mount(self) -> None:
        # The tree is the costliest widget to build and draw; its place is kept from the
        # start, so it can arrive a frame after the text without moving anything.
        self.call_after_refresh(self._mount_outline)
        self._remembered_outline_width(self.app.size.width)
        # Hidden until ``/``, the filter pane is mounted after the first frame too.
        self.call_after_refresh(self._mount_filter_pane)
        if self._initial_query:
            self.call_after_refresh(self._apply_initial_query)

    async def _mount_outline(self) -> None:
        outline = OutlineTree(self.document)
        try:
            await self.query_one("#outline-slot").mount(outline)
        except MountError:
            return  # the screen closed (q) before its tree arrived
        self._outline = outline
        if self._result is not None:
            self._filter_tree()
        outline.show_node(self.breadcrumb.node)
        self.refresh_bindings()

    def _mount_filter_pane(self) -> AwaitMount:
        """Mount the filter pane (once); await the result before using the pane."""
        if self._filter_pane_mounted is None:
            from tui.widgets.filter_pane import FilterPane

            pane = FilterPane(self.document)
            try:
                self._filter_pane_mounted = self.mount(pane, before="#reader-body")
            except MountError:
                return AwaitMount(self, [])  # the screen closed (q) before the first frame
            self._filter_pane = pane
        return self._filter_pane_mounted

    async def _apply_initial_query(self) -> None:
        await self._mount_filter_pane()
        if self._filter_pane is None or not self.is_attached:
            return
        self.filter_pane.open(self._initial_query)
        self._run_filter(self._initial_query)
        # Once the text is laid out, so that the first hit shows with lines of context.
        self.call_after_refresh(self._show_results)

    @property
    def filter_pane(self) -> FilterPane:  # type: ignore[override]  # mounted after the first frame
        """The filter pane (mounted just after the first frame)."""
        if self._filter_pane is None:
            raise LookupError("the filter pane is not mounted yet")
        return self._filter_pane

    @property
    def filter_open(self) -> bool:
        """Whether the filter pane is shown."""
        return self._filter_pane is not None and self._filter_pane.is_open

    @property
    def outline(self) -> OutlineTree:
        """The section tree (mounted just after the first frame)."""
        if self._outline is None:
            raise LookupError("the section tree is not mounted yet")
        return self._outline

    @property
    def outline_visible(self) -> bool:
        """Whether the section tree is shown."""
        return not self.has_class("-outline-hidden")

    def on_resize(self, event: events.Resize) -> None:
        self._fit_outline(event.size.width)
        self._remembered_outline_width(event.size.width)

    def _remembered_outline_width(self, screen_width: int) -> None:
        remembered = self.config.outline_width if self.config is not None else None
        if remembered is not None and screen_width:
            self._set_outline_width(remembered, screen_width)

    def _fit_outline(self, width: int) -> None:
        wanted = self._outline_override
        narrow = width < NARROW_WIDTH
        visible = wanted if wanted is not None else not narrow
        self.set_class(not visible, "-outline-hidden")
        self.set_class(narrow, "-narrow")
        if not visible and self._outline is not None and self._outline.has_focus:
            self.pane.focus()

    # Following each other -------------------------------------------------------------

    def on_reading_moved(self, event: ReadingMoved) -> None:
        self.breadcrumb.node = event.node
        self._show_position(event.node, event.percent)
        if not event.followed and self._outline is not None:
            self._outline.show_node(event.node)
        if self.filter_open:
            self.filter_pane.show_section(self._words_section(event.node))

    def on_node_chosen(self, event: NodeChosen) -> None:
        self.pane.go_to_node(event.node, from_tree=True)
        if event.open:
            self.pane.focus()

    def _show_position(self, node: NodeKey, percent: int) -> None:
        status = self.status
        number = heading_number(self.document, node)
        if number is not None:
            status.position = t("status.section", i=number[0], n=number[1])
        elif self._has_headings:
            status.position = t("status.sections",
                                n=sum(node.kind == "heading" for node in self.document.nodes))
        else:
            status.position = t("status.no_sections")
        status.percent = t("status.percent", percent=percent)

    def _words_section(self, node: NodeKey) -> int | None:
        """The section whose keywords the filter pane offers while ``node`` is read: a
        point's own text is too short to rank, so its heading's."""
        return enclosing_heading(self.document, node).index if isinstance(node, int) else None

    # Keys ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.can_go_back
        if action == "switch_pane":
            return self.outline_visible and self._outline is not None
        if action == "filter":
            # In the query line ``/`` is a character like any other.
            return not (self.filter_open and self.filter_pane.typing)
        if action == "clear_filter":
            return self.filter_open
        return True

    def action_copy_text(self) -> None:
        # ctrl+c while the tree has the keys: the text's selection is still what is copied.
        self.pane.action_copy()

    def action_switch_pane(self) -> None:
        if self.pane.has_focus and self._outline is not None:
            self._outline.focus()
        else:
            self.pane.focus()

    def action_toggle_outline(self) -> None:
        self._outline_override = not self.outline_visible
        self._fit_outline(self.size.width)

    def action_outline_width(self, direction: int) -> None:
        """Widen (``direction`` 1) or narrow (-1) the tree by a step; it keeps that width."""
        if not self.outline_visible:
            self.app.bell()
            return
        slot = self.query_one("#outline-slot")
        width = self._set_outline_width(slot.outer_size.width + direction * OUTLINE_STEP,
                                        self.size.width)
        if width == slot.outer_size.width:
            self.app.bell()
            return
        if self.config is not None:
            self.config.outline_width = width

    def _set_outline_width(self, wanted: int, screen_width: int) -> int:
        """Give the tree ``wanted`` columns, within what the text beside it can spare (the
        remembered width may be for a wider terminal); return the width given."""
        slot = self.query_one("#outline-slot")
        widest = max(MIN_OUTLINE_WIDTH, screen_width - MIN_TEXT_WIDTH)
        width = min(max(wanted, MIN_OUTLINE_WIDTH), widest)
        # Inline, so the stylesheet's bounds (a share of the screen, at most 40) give way.
        slot.styles.width = slot.styles.min_width = slot.styles.max_width = width
        return width

    def on_line_scroll_view_said(self, event: ReadingPane.Said) -> None:
        if event.text:
            self.status.show_message(event.text, sticky=event.sticky)
        else:
            self.status.clear_message()

    def on_reading_pane_mark_set(self, event: ReadingPane.MarkSet) -> None:
        if self.config is not None and self.document.source is not None:
            self.config.set_mark(self.document.source, event.letter, event.offset)

    @property
    def marks(self) -> Mapping[str, int]:
        """The report's marks: letter to offset."""
        return self.pane.marks

    # Filtering ------------------------------------------------------------------------------

    @property
    def filter_active(self) -> bool:
        """Whether a query narrows the tree and marks the text."""
        return self._result is not None

    @property
    def current_hit(self) -> Hit | None:
        """The hit last gone to (Enter, ``n``, ``N``), drawn as the current one."""
        hit = self.pane.current_hit
        if self._result is None or hit is None:
            return None
        return self._result.hits[hit]

    async def action_filter(self) -> None:
        """Open the filter pane (or go back to its query line)."""
        from parser.search import SearchIndex

        await self._mount_filter_pane()
        # Fold the text now (once per report), not on the first key typed.
        SearchIndex.of(self.document)
        self.filter_pane.open()
        self.filter_pane.show_section(self._words_section(self.breadcrumb.node))
        self.refresh_bindings()

    def _show_filter_results(self) -> None:
        assert self._result is not None
        if self._result.matched:
            self._show_results()
        else:
            self.app.bell()

    def _keys_everywhere(self) -> ReadingPane:
        return self.pane

    def _filtered_widget(self) -> ReadingPane:
        return self.pane

    def _show_results(self) -> None:
        """Go to the first hit and give the text the keys."""
        if self._result is not None and self._result.hits:
            self._go_to_hit(0)
        self.pane.focus()

    def _run_filter(self, query: str) -> None:
        """Run ``query`` (blank: none) and show what it finds in the tree, the text and the
        status line."""
        from parser.query import parse_query
        from parser.search import search

        if query == self._query:
            return
        self._query = query
        parsed = parse_query(query)
        result = None if parsed.is_empty else search(self.document, parsed)
        self._result = result
        self.pane.set_highlights([(hit.start, hit.end) for hit in result.hits] if result else [])
        if self._outline is not None:
            if result is None:
                self._outline.show_only(None)
            else:
                self._filter_tree()
            self._outline.show_node(self.breadcrumb.node)
        self._show_filter_status()
        self.refresh_bindings()

    def _filter_tree(self) -> None:
        result = self._result
        assert result is not None and self._outline is not None
        keys: set[NodeKey] = set(result.shown)
        badges: dict[NodeKey, str] = {
            index: str(total) for index, total in result.totals.items() if total
        }
        for key in (FRONT, BACK):
            if result.shows(key):
                keys.add(key)
            if hits := result.own_hits(key):
                badges[key] = str(hits)
        self._outline.show_only(keys, badges)

    def _show_filter_status(self) -> None:
        result = self._result
        if result is None:
            self.status.filter = ""
            self.filter_pane.show_summary("")
            return
        hits = len(result.hits)
        sections = len(result.sections) + int(result.front) + int(result.back)
        if not result.matched:
            self.status.filter = t("status.no_hits")
            self.filter_pane.show_summary(t("status.no_hits"), nothing_found=True)
            return
        current = self.pane.current_hit
        found = t("status.hits", n=hits) if current is None else t(
            "status.hit", i=current + 1, n=hits
        )
        self.status.filter = f"{found} · {t('status.hit_sections', n=sections)}"
        self.filter_pane.show_summary(t("filter.summary", hits=hits, sections=sections))

    def on_reading_pane_hit_shown(self, _event: ReadingPane.HitShown) -> None:
        self._show_filter_status()

    def _go_to_hit(self, index: int) -> None:
        self.pane.go_to_hit(index)
        self._show_filter_status()

    def go_to_node(self, node: NodeKey) -> None:
        """Jump the text to ``node`` (from the command palette)."""
        self.pane.go_to_node(node)
        self.pane.focus()

    def action_compare(self) -> None:
        """Choose a report to compare this one with, in the diff view."""
        # Imported here: the diff machinery is not needed to start reading.
        from tui.screens.diff import choose_comparison

        choose_comparison(self.app)

    def action_export(self, fmt: str) -> None:
        """Write the report with its outline (Markdown or HTML) to a file in the current
        directory and say where."""
        from parser import LoadError
        from tui.commands.export import export_document

        try:
            target = export_document(self.document, fmt)
        except LoadError as error:
            self.notify(t("export.failed", error=load_error(error)), severity="error")
            return
        self.notify(t("export.done", path=target))

    def palette_actions(self) -> list[tuple[str, Callable[[], object]]]:
        """The reader's actions for the command palette, as ``(command key, callback)``:
        those that can do something now."""
        pane = self.pane
        active = self.filter_active
        actions: list[tuple[str, Callable[[], object], bool]] = [
            ("filter", self.action_filter, True),
            ("next_hit", partial(pane.action_hit, 1), active),
            ("previous_hit", partial(pane.action_hit, -1), active),
            ("clear_filter", self.action_clear_filter, self.filter_open),
            ("toggle_outline", self.action_toggle_outline, True),
            ("widen_outline", partial(self.action_outline_width, 1), self.outline_visible),
            ("narrow_outline", partial(self.action_outline_width, -1), self.outline_visible),
            ("switch_pane", self.action_switch_pane, self.outline_visible),
            ("top", pane.action_top, True),
            ("bottom", pane.action_bottom, True),
            ("next_top", partial(pane.action_top_level, 1), True),
            ("previous_top", partial(pane.action_top_level, -1), True),
            ("next_sibling", partial(pane.action_sibling, 1), True),
            ("previous_sibling", partial(pane.action_sibling, -1), True),
            ("jump_back", pane.action_jump_back, True),
            ("select_lines", pane.action_select_lines, True),
            ("copy", pane.action_copy, pane.text_selection is not None),
            ("open_in_pager", pane.action_open_in_pager, True),
            ("compare", self.action_compare, True),
            ("export_md", partial(self.action_export, "md"), True),
            ("export_html", partial(self.action_export, "html"), True),
            ("library", self.action_back, self.can_go_back),
        ]
        return [(key, callback) for key, callback, available in actions if available]

    # Leaving -------------------------------------------------------------------------------

    def remember_position(self) -> None:
        """Keep the reading position in the config, for the next time the report is opened."""
        if self.config is not None and self.document.source is not None:
            self.config.remember_position(self.document.source, self.pane.top_offset)

    def action_back(self) -> None:
        self.remember_position()
        self.dismiss()

    def on_unmount(self) -> None:
        self.remember_position()

