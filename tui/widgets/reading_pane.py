"""The reading pane: the whole report as one continuous text, wrapped to the pane.

A Line API widget: ``parser.layout`` cuts the report into display lines once per width, and
``_render_row`` turns only the visible ones into strips, so a key press costs the same in a
ten-page report as in a thousand-page one. Colours come from the theme's variables through
component classes, so a theme switch restyles the text without relaying it out.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.selection import Selection
from textual.strip import Strip
from textual.widget import Widget

from parser.layout import Layout, layout
from parser.model import Document, Section, Span
from parser.nodes import NodeKey, next_node, node_at, node_start, same_level
from tui.messages import ReadingMoved
from tui.strings import t
from tui.widgets.line_scroll import TEXT_ROLES, LineScrollView, text_role_css
from tui.widgets.text_strips import Highlights, drawn_offsets, text_segments

_DEEPEST_STYLED_LEVEL = 4
MARGIN = 1
"""Cells left of the text, where a mark shows its letter on the line it was set on."""
HIT_CONTEXT = 2
"""Lines of a hit's section kept above it when the text jumps there."""
_MARK_SET = "set"
_MARK_JUMP = "jump"
_KEPT_LAYOUTS = 4
"""Layouts kept per width, so that dragging a window edge back and forth does not relayout."""


class ReadingPane(LineScrollView, can_focus=True):
    """The report's text, scrolled a line, half a page or a page at a time (less's keys).

    ``[``/``]`` go to the previous/next section at the depth being read, ``{``/``}`` at the
    top level; ``n``/``N`` walk the highlights (the filter's hits), one of them current; ``m`` and a letter set a mark (shown in the margin; ``MarkSet`` tells the
    screen, which keeps it), ``'`` and a letter jump to one. Jumps (top, bottom, marks,
    sections) remember where they left from, for ``''``.
    """

    @dataclass
    class HitShown(Message):
        """Hit ``index`` of the highlights is now the current one (``n``/``N``)."""

        index: int

    @dataclass
    class MarkSet(Message):
        """Mark ``letter`` was set at ``offset`` of the report."""

        letter: str
        offset: int

    BINDINGS = [
        Binding("left_square_bracket", "sibling(-1)", "key.previous_sibling", show=False),
        Binding("right_square_bracket", "sibling(1)", "key.next_sibling", show=False),
        Binding("left_curly_bracket", "top_level(-1)", "key.previous_top", show=False),
        Binding("right_curly_bracket", "top_level(1)", "key.next_top", show=False),
        Binding("n", "hit(1)", "key.next_hit"),
        Binding("N", "hit(-1)", "key.previous_hit", key_display="N"),
        Binding("m", "mark_prefix('set')", "key.set_mark", key_display="m"),
        Binding(
            "apostrophe", "mark_prefix('jump')", "key.jump_mark", key_display="'", show=False
        ),
        Binding("v", "open_in_pager", "key.open_in_pager", show=False),
    ]
    COMPONENT_PREFIX = "reading-pane"

    # Front matter, body text and the sign-off have no rules: they take the pane's colours.
    COMPONENT_CLASSES = {
        *(f"reading-pane--{role}" for role in TEXT_ROLES),
        "reading-pane--front",
        "reading-pane--body",
        "reading-pane--back",
        "reading-pane--mark",
    }

    DEFAULT_CSS = """
    ReadingPane {
        padding: 0 1 0 0;
        & > .reading-pane--mark { color: $mark; text-style: bold; }
    }
    """ + text_role_css("ReadingPane", "reading-pane")

    def __init__(
        self,
        document: Document,
        *,
        start: int = 0,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """Show ``document``, its top line at offset ``start`` once laid out."""
        super().__init__(name=name, id=id, classes=classes)
        self.document = document
        self.jump_origin: int | None = None
        """Offset of the top line before the last jump, for ``''``."""
        self._layouts: dict[int, Layout] = {}
        self._layout: Layout | None = None
        self._layout_width = 0
        self._pending_offset: int | None = start
        self._pinned: tuple[int, NodeKey, bool] | None = None
        self._highlights = Highlights()
        self._hit: int | None = None
        """Index of the highlight last gone to (drawn as current)."""
        self._marks: dict[str, int] = {}
        self._mark_prefix: str | None = None
        """``set`` or ``jump`` after ``m`` or ``'``: the next key names a mark."""
        self._focus_after_mark: Widget | None = None
        """Where the focus goes back to once the mark is named."""
        self._mark_rows: dict[int, str] | None = None
        """The letter shown in the margin of each line with a mark, for the current layout."""

    # Layout -----------------------------------------------------------------------------

    @property
    def display_lines(self) -> Layout | None:
        """The report laid out at the pane's width (None before the pane has a size)."""
        return self._layout

    @property
    def top_offset(self) -> int:
        """Offset of the first character on the top line (the reading position)."""
        if self._layout is None or not len(self._layout):
            return self._pending_offset or 0
        return self._layout[min(self.top_row, len(self._layout) - 1)].start

    def on_resize(self) -> None:
        self._relayout()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The first frame is drawn before the first Resize event arrives: lay out now, so that
        # it already shows the text rather than a blank pane.
        self._relayout()
        return super().render_lines(crop)

    def _relayout(self) -> None:
        width = max(2, self.scrollable_content_region.width - MARGIN)
        if self._layout is not None and width == self._layout_width:
            return
        anchor = self._pending_offset if self._layout is None else self.top_offset
        self._pending_offset = None
        self._layout = self._layouts.pop(width, None) or layout(self.document, width)
        self._layouts[width] = self._layout
        while len(self._layouts) > _KEPT_LAYOUTS:
            del self._layouts[next(iter(self._layouts))]
        self._layout_width = width
        self._mark_rows = None
        self._strips.clear()
        self.virtual_size = Size(width, len(self._layout))
        self._move_to_line(self._layout.row_for_offset(anchor or 0))
        self.refresh()

    # Moving -----------------------------------------------------------------------------

    def _move_to_line(self, line: int, pin: tuple[NodeKey, bool] | None = None) -> None:
        """Put ``line`` on top (as near as the end allows) and say so once; with ``pin``
        (a node, and whether the tree chose it), that node counts as the one being read
        while the view stays put."""
        self._scroll_quietly(line)
        self._pinned = None if pin is None else (self.top_row, *pin)
        self._post_moved()

    def _jump_to_line(self, line: int) -> None:
        self.jump_origin = self.top_offset
        self._move_to_line(line)

    def _post_moved(self) -> None:
        if self._layout is None:
            return
        node, followed = self.node_being_read()
        rows = len(self._layout)
        bottom = min(rows, self.top_row + self.page_height)
        percent = 100 if rows == 0 else round(100 * bottom / rows)
        self.post_message(ReadingMoved(node, percent, followed))

    def node_being_read(self) -> tuple[NodeKey, bool]:
        """The node being read, and whether the view got there by following the tree."""
        if self._pinned is not None:
            row, node, from_tree = self._pinned
            if row == self.top_row:
                return node, from_tree
            self._pinned = None
        return node_at(self.document, self.top_offset), False

    def go_to_offset(self, offset: int, *, remember: bool = True) -> None:
        """Scroll so that the line holding ``offset`` is on top; a jump ``''`` can undo if
        ``remember``."""
        self._go_to(offset, remember=remember)

    def go_to_node(self, node: NodeKey, *, from_tree: bool = False) -> None:
        """Jump to an outline node. It counts as the node being read while the view stays
        put, even if its start cannot reach the top line (the last lines of the report)."""
        self._go_to(node_start(self.document, node), remember=True, pin=(node, from_tree))

    def _go_to(
        self, offset: int, *, remember: bool, pin: tuple[NodeKey, bool] | None = None
    ) -> None:
        if remember:
            self.jump_origin = self.top_offset
        if self._layout is None:
            self._pending_offset = offset
            return
        self._move_to_line(self._layout.row_for_offset(offset), pin)

    def jump_back(self) -> bool:
        """Go back to where the last jump left from (``''``); False if there was none."""
        if self.jump_origin is None:
            return False
        self.go_to_offset(self.jump_origin)
        return True

    # Sections ---------------------------------------------------------------------------

    def action_sibling(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) section at the depth being read."""
        node, _ = self.node_being_read()
        self._go_to_next(direction, same_level(self.document, node))

    def action_top_level(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) top-level section."""
        self._go_to_next(direction, lambda section: section.level == 1)

    def _go_to_next(self, direction: int, wanted: Callable[[Section], bool]) -> None:
        """Jump to the next (``direction`` 1) or previous (-1) node that is ``wanted``,
        counting from the node being read; a node whose start is above the top line counts
        as previous, so ``[`` first returns to the start of the section being read."""
        node, _ = self.node_being_read()
        target = next_node(self.document, node, self.top_offset, direction, wanted)
        if target is None:
            self.app.bell()
            return
        self.go_to_node(target.index)

    # Copying ----------------------------------------------------------------------------

    def selected_text(self, selection: Selection) -> str:
        """The report's own text from the selection's first character to its last: lines
        wrapped on screen are one line again, paragraphs keep their breaks."""
        if self._layout is None or not len(self._layout):
            return ""
        start = 0 if selection.start is None else self._offset_at(selection.start)
        end = len(self.document.text) if selection.end is None else self._offset_at(
            selection.end
        )
        return self.document.text[start:end]

    def _places_looked_at(self) -> list[int]:
        """The current hit's line, then the first line of the section being read (below the
        top when it was chosen near the end of the report)."""
        if self._layout is None:
            return []
        offsets = [] if self._hit is None else [self._highlights.spans[self._hit][0]]
        node, _ = self.node_being_read()
        offsets.append(node_start(self.document, node))
        return [self._layout.row_for_offset(offset) for offset in offsets]

    def _offset_at(self, place: Offset) -> int:
        """The offset in the text of the character drawn at ``place`` (character, line); a
        place past the end of a line stands for the end of that line."""
        assert self._layout is not None
        if place.y >= len(self._layout):
            return len(self.document.text)
        line = self._layout[max(0, place.y)]
        column = place.x - MARGIN - line.indent
        if column <= 0:
            return line.start
        for start, end, _role in line.runs:
            for offset in drawn_offsets(self.document.text, start, end):
                if column == 0:
                    return offset
                column -= 1
        return line.end

    def action_open_in_pager(self) -> None:
        """Show the report in ``$PAGER`` (or ``$EDITOR``) at the first line of the section
        being read, from a read-only copy."""
        from tui.pager import show_in_pager

        node, _ = self.node_being_read()
        text = self.document.text
        line = text.count("\n", 0, node_start(self.document, node)) + 1
        name = Path(self.document.source).name if self.document.source else "report.txt"
        problem = show_in_pager(self.app, text, line, name)
        if problem is not None:
            self.notify(problem, severity="error", timeout=6)
        self.refresh()

    # Marks ------------------------------------------------------------------------------

    @property
    def marks(self) -> Mapping[str, int]:
        """The marks set: letter to offset."""
        return self._marks

    def set_marks(self, marks: Mapping[str, int]) -> None:
        """Show each mark (letter: offset) by its letter in the margin of its line."""
        self._marks = dict(marks)
        self._mark_rows = None
        self._redraw()

    def action_mark_prefix(self, kind: str) -> None:
        """``m`` (``set``) or ``'`` (``jump``): the next key names the mark."""
        self._mark_prefix = kind
        # The letter comes to the pane, even when ``m`` was pressed in the tree beside it.
        self._focus_after_mark = None if self.has_focus else self.screen.focused
        self.focus()
        self._say(t("mark.prompt_set" if kind == _MARK_SET else "mark.prompt_jump"),
                  sticky=True)

    def on_key(self, event: events.Key) -> None:
        # The key after ``m`` or ``'`` names a mark; it must not also run its own binding.
        kind = self._mark_prefix
        if kind is None:
            return
        event.stop()
        event.prevent_default()
        self._mark_prefix = None
        self._say("")
        if self._focus_after_mark is not None:
            self._focus_after_mark.focus()
            self._focus_after_mark = None
        character = event.character or ""
        if kind == _MARK_JUMP and character == "'":
            self.action_jump_back()
        elif len(character) == 1 and character.isascii() and character.isalpha():
            if kind == _MARK_SET:
                self._set_mark(character)
            else:
                self._jump_to_mark(character)

    def _set_mark(self, letter: str) -> None:
        self.set_marks({**self._marks, letter: self.top_offset})
        self.post_message(self.MarkSet(letter, self.top_offset))
        self._say(t("mark.set", letter=letter))

    def _jump_to_mark(self, letter: str) -> None:
        offset = self._marks.get(letter)
        if offset is None:
            self._say(t("mark.unset", letter=letter), refused=True)
            return
        self.go_to_offset(offset)
        self._say(t("mark.jumped", letter=letter))

    def action_jump_back(self) -> None:
        """Go back to where the last jump left from (``''``)."""
        if self.jump_back():
            self._say(t("mark.jumped_back"))
        else:
            self._say(t("mark.nothing_to_jump_back"), refused=True)

    def _mark_sign(self, row: int) -> str | None:
        if self._mark_rows is None:
            self._mark_rows = {}
            if self._layout is not None:
                for letter, offset in sorted(self._marks.items()):
                    self._mark_rows.setdefault(self._layout.row_for_offset(offset), letter)
        return self._mark_rows.get(row)

    # Highlights -------------------------------------------------------------------------

    def set_highlights(self, spans: Sequence[Span], current: Span | None = None) -> None:
        """Overlay ``spans`` (e.g. filter hits; sorted, not overlapping) on the text, with
        ``current`` (one of them) standing out."""
        self._highlights = Highlights(spans, current)
        self._hit = None if current is None else self._highlights.spans.index(current)
        self._redraw()

    @property
    def current_hit(self) -> int | None:
        """Index of the highlight gone to last (``n``, ``N``, ``go_to_hit``)."""
        return self._hit

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "hit":
            return bool(self._highlights.spans)
        return super().check_action(action, parameters)

    def action_hit(self, direction: int) -> None:
        """Go to the next (``direction`` 1) or previous (-1) highlight, in any section: after
        the current one while it is on screen, else after (before) the top line; past the
        last, round to the first (and back)."""
        spans = self._highlights.spans
        if not spans:
            self.app.bell()
            return
        if self._hit is not None and self._on_screen(spans[self._hit][0]):
            target = self._hit + direction
        else:
            top = bisect_left(spans, (self.top_offset, 0))
            target = top if direction > 0 else top - 1
        if target >= len(spans):
            target = 0
            self._say(t("filter.wrapped_to_first"))
        elif target < 0:
            target = len(spans) - 1
            self._say(t("filter.wrapped_to_last"))
        self.go_to_hit(target)
        self.post_message(self.HitShown(target))

    def go_to_hit(self, index: int) -> None:
        """Make highlight ``index`` the current one, bringing it into view (with a few lines
        of its section above it) unless it is on screen."""
        spans = self._highlights.spans
        span = spans[index]
        if not self._on_screen(span[0]):
            self.go_to_offset(self._with_context(span[0]))
        self.set_highlights(spans, span)

    def _on_screen(self, offset: int) -> bool:
        if self._layout is None:
            return False
        row = self._layout.row_for_offset(offset)
        return self.top_row <= row < self.top_row + self.page_height

    def _with_context(self, offset: int) -> int:
        """Where to put the top line so that ``offset`` shows with a few lines of its own
        section above it."""
        lines = self._layout
        if lines is None:
            return offset
        section_start = node_start(self.document, node_at(self.document, offset))
        row = max(
            lines.row_for_offset(offset) - HIT_CONTEXT, lines.row_for_offset(section_start)
        )
        return lines[row].start

    # Rendering --------------------------------------------------------------------------

    def _run_style_name(self, role: str, level: int) -> str:
        if role == "heading":
            return f"heading-{min(max(level, 1), _DEEPEST_STYLED_LEVEL)}"
        return role

    def _render_row(self, row: int, base: Style) -> Strip | None:
        if self._layout is None or not 0 <= row < len(self._layout):
            return None
        line = self._layout[row]
        text = self.document.text
        sign = self._mark_sign(row)
        segments = [
            Segment(sign, base + self._style("mark")) if sign else Segment(" " * MARGIN, base)
        ]
        if line.indent:
            segments.append(Segment(" " * line.indent, base))
        hit_styles = (self._style("hit"), self._style("hit-current"))
        for start, end, role in line.runs:
            style = base + self._style(self._run_style_name(role, line.level))
            segments.extend(text_segments(text, start, end, style, self._highlights, hit_styles))
        return Strip(segments)
