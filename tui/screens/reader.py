"""The reader: the section tree on the left, the report's text on the right, kept in step.

Scroll the text and the tree's cursor follows the section being read; move the tree's cursor
and the text follows it. Each side tells the other through a flood message (``tui.messages``)
and neither answers a move the other started, so they never chase each other.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.screen import Screen

from parser.model import Document, Section
from tui.config import Config
from tui.messages import NodeChosen, ReadingMoved
from tui.palette import SectionsProvider
from tui.strings import localise_bindings, t
from tui.widgets.breadcrumb import Breadcrumb
from tui.widgets.key_hints import KeyHints
from tui.widgets.nodes import BACK, NodeKey
from tui.widgets.outline_tree import OutlineTree
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.report_header import ReportHeader
from tui.widgets.status_bar import StatusBar

NARROW_WIDTH = 70
"""Below this many columns the tree is folded away unless asked for (``o``)."""

_MARK_SET = "set"
_MARK_JUMP = "jump"


class ReaderScreen(Screen[None]):
    """One report. ``config`` (if given) supplies and keeps the reading position and marks;
    ``can_go_back`` lets Esc/Backspace return to the library that opened it."""

    BINDINGS = [
        Binding("tab,shift+tab", "switch_pane", "key.switch_pane"),
        Binding("o", "toggle_outline", "key.toggle_outline"),
        Binding("left_square_bracket", "sibling(-1)", "key.previous_sibling", show=False),
        Binding("right_square_bracket", "sibling(1)", "key.next_sibling", show=False),
        Binding("left_curly_bracket", "top_level(-1)", "key.previous_top", show=False),
        Binding("right_curly_bracket", "top_level(1)", "key.next_top", show=False),
        Binding("m", "mark_prefix('set')", "key.set_mark", key_display="m"),
        Binding(
            "apostrophe", "mark_prefix('jump')", "key.jump_mark", key_display="'", show=False
        ),
        Binding("D", "compare", "key.compare", show=False),
        Binding("escape,backspace", "back", "key.back", key_display="Esc"),
    ]

    COMMANDS = {SectionsProvider}
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
    ) -> None:
        super().__init__()
        localise_bindings(self._bindings)
        self.document = document
        self.config = config
        self.can_go_back = can_go_back
        self.marks: dict[str, int] = {}
        start = 0
        if config is not None and document.source is not None:
            self.marks = config.report_marks(document.source)
            start = config.position(document.source) or 0
        self._start = min(max(start, 0), len(document.text))
        self._mark_prefix: str | None = None
        self._outline_override: bool | None = None
        self._heading_indices = [node.index for node in document.nodes if node.kind == "heading"]
        meta = document.meta
        self.title = meta.title or (
            Path(document.source).name if document.source else t("header.untitled")
        )
        self.sub_title = " · ".join(
            part for part in (meta.org, str(meta.year) if meta.year else None) if part
        )
        self._outline: OutlineTree | None = None
        self.breadcrumb = Breadcrumb(document)
        self.pane = ReadingPane(document, start=self._start)
        self.status = StatusBar()

    def compose(self) -> ComposeResult:
        yield ReportHeader(self.title, self.sub_title)
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

    async def _mount_outline(self) -> None:
        outline = OutlineTree(self.document)
        await self.query_one("#outline-slot").mount(outline)
        self._outline = outline
        outline.show_node(self.breadcrumb.node)
        self.refresh_bindings()

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

    def on_node_chosen(self, event: NodeChosen) -> None:
        self.pane.go_to_node(event.node, from_tree=True)
        if event.open:
            self.pane.focus()

    def _show_position(self, node: NodeKey, percent: int) -> None:
        status = self.status
        count = len(self._heading_indices)
        if isinstance(node, int) and count:
            heading = self._enclosing_heading(node)
            position = bisect_left(self._heading_indices, heading.index) + 1
            status.position = t("status.section", i=position, n=count)
        elif count:
            status.position = t("status.sections", n=count)
        else:
            status.position = t("status.no_sections")
        status.percent = t("status.percent", percent=percent)

    def _enclosing_heading(self, index: int) -> Section:
        """The node itself, or for a point the heading it belongs to."""
        section = self.document.nodes[index]
        if section.kind == "heading":
            return section
        headings = [node for node in self.document.path(section) if node.kind == "heading"]
        return headings[-1] if headings else section

    # Keys ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.can_go_back
        if action == "switch_pane":
            return self.outline_visible and self._outline is not None
        return True

    def action_switch_pane(self) -> None:
        if self.pane.has_focus and self._outline is not None:
            self._outline.focus()
        else:
            self.pane.focus()

    def action_toggle_outline(self) -> None:
        self._outline_override = not self.outline_visible
        self._fit_outline(self.size.width)

    def action_sibling(self, direction: int) -> None:
        node, _ = self.pane.node_being_read()
        level = self.document.nodes[node].level if isinstance(node, int) else 1
        self._go_to_next(direction, lambda section: section.level == level)

    def action_top_level(self, direction: int) -> None:
        self._go_to_next(direction, lambda section: section.level == 1)

    def _go_to_next(self, direction: int, wanted: Callable[[Section], bool]) -> None:
        """Jump to the next (``direction`` 1) or previous (-1) node that is ``wanted``,
        counting from the node being read; a node whose start is above the top line counts
        as previous, so ``[`` first returns to the start of the section being read."""
        pane = self.pane
        node, _ = pane.node_being_read()
        reference = pane.top_offset
        if isinstance(node, int):
            reference = max(reference, self.document.nodes[node].start)
        elif node == BACK:
            reference = max(reference, self.document.back[0])
        candidates = [section for section in self.document.nodes if wanted(section)]
        starts = [section.start for section in candidates]
        if direction > 0:
            position = bisect_right(starts, reference)
            target = candidates[position] if position < len(candidates) else None
        else:
            position = bisect_left(starts, reference) - 1
            target = candidates[position] if position >= 0 else None
        if target is None:
            self.app.bell()
            return
        pane.go_to_node(target.index)

    def action_mark_prefix(self, kind: str) -> None:
        self._mark_prefix = kind
        self.status.show_message(
            t("mark.prompt_set" if kind == _MARK_SET else "mark.prompt_jump"), sticky=True
        )

    def on_key(self, event: events.Key) -> None:
        # The key after ``m`` or ``'`` names a mark; it must not also run its own binding.
        kind = self._mark_prefix
        if kind is None:
            return
        event.stop()
        event.prevent_default()
        self._mark_prefix = None
        self.status.clear_message()
        character = event.character or ""
        if kind == _MARK_JUMP and character == "'":
            self.action_jump_back()
        elif len(character) == 1 and character.isascii() and character.isalpha():
            if kind == _MARK_SET:
                self._set_mark(character)
            else:
                self._jump_to_mark(character)

    def _set_mark(self, letter: str) -> None:
        offset = self.pane.top_offset
        self.marks[letter] = offset
        if self.config is not None and self.document.source is not None:
            self.config.set_mark(self.document.source, letter, offset)
        self.status.show_message(t("mark.set", letter=letter))

    def _jump_to_mark(self, letter: str) -> None:
        offset = self.marks.get(letter)
        if offset is None:
            self.status.show_message(t("mark.unset", letter=letter))
            self.app.bell()
            return
        self.pane.go_to_offset(offset)
        self.status.show_message(t("mark.jumped", letter=letter))

    def action_jump_back(self) -> None:
        if self.pane.jump_back():
            self.status.show_message(t("mark.jumped_back"))
        else:
            self.status.show_message(t("mark.nothing_to_jump_back"))
            self.app.bell()

    def go_to_node(self, node: NodeKey) -> None:
        """Jump the text to ``node`` (from the command palette)."""
        self.pane.go_to_node(node)
        self.pane.focus()

    def action_compare(self) -> None:
        """Choose a report to compare this one with, in the diff view."""
        # Imported here: the diff machinery is not needed to start reading.
        from tui.screens.diff import choose_comparison

        choose_comparison(self.app)

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

