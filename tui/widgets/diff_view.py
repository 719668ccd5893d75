"""The diff pane: two reports side by side (or interleaved in one column), scrolled as one.

A Line API widget on the reading pane's base (``LineScrollView``): ``parser.diff_layout``
wraps every aligned row once per width and layout, folding only reassembles the wrapped rows,
and ``_render_row`` turns only the visible lines into strips. One widget draws both columns,
so the two reports can never scroll apart.

Text is selected and copied in one column at a time: a mouse selection stays in the column it
started in, ``V`` takes the right one (``h``/``l`` choose), and what is copied is that
report's own text, never the gutter, the fillers or the other column.

Changed words follow the convention of a word processor's tracked changes, so they show
without colour too: a deletion struck through in ``$diff-removed``, an insertion underlined
in ``$diff-added``, each on a tint of its colour (the styles are the theme's
``$diff-removed-style`` and ``$diff-added-style``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.selection import Selection
from textual.strip import Strip

from parser.diff import DiffResult
from parser.diff_layout import (
    Block,
    DiffLayout,
    DiffLine,
    Fold,
    RowChange,
    Side,
    SideLine,
    Stop,
    assemble,
    change_stops,
    changed_pairs,
    fold_ranges,
    pair_first_rows,
    row_for_offset,
    split_blocks,
    split_columns,
    unified_blocks,
)
from parser.model import Span
from parser.wrap import text_cells
from tui.strings import t
from tui.widgets.line_scroll import TEXT_ROLES, LineScrollView, text_role_css
from tui.widgets.text_strips import Highlights, drawn_offsets, text_segments

SPLIT_GUTTER = 3
"""Cells between the two columns: the change mark with a space either side."""
UNIFIED_GUTTER = 2
"""Cells before the one column: the change mark and a space."""
JUMP_CONTEXT = 2
"""Lines left above a change jumped to, so that what comes before it shows."""
_KEPT_BLOCKS = 4
"""Wrapped rows kept per width, so that a window dragged back and forth does not rewrap."""

_SPLIT_MARKS = {"same": "│", "changed": "~", "added": "+", "removed": "-", "moved": "»"}
_GUTTER_STYLES = {
    "same": "gutter", "changed": "gutter-changed", "added": "gutter-added",
    "removed": "gutter-removed", "moved": "gutter-moved",
}


def _unified_mark(change: RowChange, side: Side) -> str:
    """The gutter mark of a line in one column: a changed paragraph's old version ``-``,
    its new version ``+``."""
    if change == "changed":
        return "-" if side == "a" else "+"
    return _SPLIT_MARKS[change] if change in ("added", "removed", "moved") else " "


@dataclass
class DiffMoved(Message):
    """The diff view's top line moved to another place (or the diff arrived)."""

    pair: int
    """Index in ``DiffResult.pairs`` of the section at the top line (or just jumped to)."""
    percent: int
    """How much of the diff is above the bottom of the view, 0–100."""
    followed: bool
    """True if the move followed a section chosen in the tree."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, DiffMoved)


class DiffRelaid(Message):
    """The view's columns changed (width, split or unified): headers above it re-align."""


class DiffView(LineScrollView, can_focus=True):
    """Both reports' paragraphs, aligned row by row, with a change gutter.

    Before ``show_result`` it shows a one-line message (``show_message``), e.g. that the diff
    is being computed; every key works meanwhile and simply has nothing to move.
    """

    BINDINGS = [
        Binding("n", "change(1)", "key.next_change"),
        Binding("N", "change(-1)", "key.previous_change", key_display="N"),
        Binding("right_square_bracket", "changed_section(1)", "key.next_changed_section",
                show=False),
        Binding("left_square_bracket", "changed_section(-1)", "key.previous_changed_section",
                show=False),
        Binding("z", "toggle_folding", "key.toggle_folds"),
        Binding("s", "toggle_layout", "key.toggle_layout"),
        Binding("enter", "expand_fold", "key.expand_fold", show=False),
        Binding("h,left", "select_column('a')", "key.select_left", show=False),
        Binding("l,right", "select_column('b')", "key.select_right", show=False),
    ]

    COMPONENT_PREFIX = "diff-view"

    narrow: reactive[bool] = reactive(False)
    """Whether the screen is too narrow for two columns (one column unless ``s`` chose)."""
    folding: reactive[bool] = reactive(True)
    """Whether unchanged stretches are folded."""

    COMPONENT_CLASSES = {
        "diff-view--removed",
        "diff-view--added",
        "diff-view--removed-line",
        "diff-view--added-line",
        "diff-view--filler",
        "diff-view--gutter",
        "diff-view--gutter-changed",
        "diff-view--gutter-added",
        "diff-view--gutter-removed",
        "diff-view--gutter-moved",
        "diff-view--fold",
        "diff-view--message",
        *(f"diff-view--{role}" for role in TEXT_ROLES),
    }

    DEFAULT_CSS = """
    DiffView {
        padding: 0 0 0 1;
        & > .diff-view--removed {
            color: $diff-removed-word; background: $diff-removed-word-background;
            text-style: $diff-removed-style;
        }
        & > .diff-view--added {
            color: $diff-added-word; background: $diff-added-word-background;
            text-style: $diff-added-style;
        }
        & > .diff-view--removed-line { color: $diff-removed; }
        & > .diff-view--added-line { color: $diff-added; }
        & > .diff-view--filler { background: $panel; }
        & > .diff-view--gutter { color: $text-muted; }
        & > .diff-view--gutter-changed { color: $diff-changed; text-style: bold; }
        & > .diff-view--gutter-added { color: $diff-added; text-style: bold; }
        & > .diff-view--gutter-removed { color: $diff-removed; text-style: bold; }
        & > .diff-view--gutter-moved { color: $accent; text-style: bold; }
        & > .diff-view--fold { color: $text-muted; background: $boost; text-style: italic; }
        & > .diff-view--message { color: $text-muted; text-style: italic; }
    }
    """ + text_role_css("DiffView", "diff-view")

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.result: DiffResult | None = None
        self._layout_choice: bool | None = None
        """One column (True) or two, as chosen with ``s``; None: as the width suggests."""
        self._expanded: set[int] = set()
        """First rows of the folds opened one by one (they stay open until ``z``)."""
        self._message = ""
        self._folds: tuple[Fold, ...] = ()
        self._stops: tuple[Stop, ...] = ()
        self._stop_line_cache: list[int] | None = None
        self._changed_pairs: tuple[int, ...] = ()
        self._pair_rows: tuple[int, ...] = ()
        self._blocks: dict[tuple[int, ...], tuple[Block, ...]] = {}
        self._layout: DiffLayout | None = None
        self._layout_key: tuple[object, ...] | None = None
        self._pinned: tuple[int, int, bool] | None = None
        """``(top line, pair, from tree)`` after a jump to a pair, while the view stays put."""
        self._current_hunk: tuple[int, int] | None = None
        """``(top line, hunk)`` after a jump to a change, while the view stays put."""
        self._highlights: dict[Side, Highlights] = {"a": Highlights(), "b": Highlights()}
        self._keyboard_side: Side = "b"
        """The column a keyboard selection takes, side by side (the newer report first)."""

    # State --------------------------------------------------------------------------------

    def show_message(self, message: str) -> None:
        """The line shown while there is no diff yet (e.g. while it is computed)."""
        self._message = message
        self._redraw()

    def show_result(self, result: DiffResult) -> None:
        """Show ``result`` from its start, unchanged stretches folded."""
        self.result = result
        self._folds = fold_ranges(result)
        self._stops = change_stops(result)
        self._changed_pairs = changed_pairs(result)
        self._pair_rows = pair_first_rows(result)
        self._blocks.clear()
        self._layout = None
        self._relayout(anchor=(0, 0))
        self._post_moved()

    @property
    def unified(self) -> bool:
        """True for one column with the changes interleaved, False for side by side: as
        chosen (``s``), else one column when the screen is narrow."""
        return self.narrow if self._layout_choice is None else self._layout_choice

    @unified.setter
    def unified(self, value: bool) -> None:
        # Laid out at the next frame, at the width the view has by then (on a resize of the
        # terminal the screen decides this before the view has its new size).
        self._layout_choice = value
        self.refresh()

    def watch_folding(self) -> None:
        self._expanded.clear()

    @property
    def display_lines(self) -> DiffLayout | None:
        """The diff laid out at the view's width (None before the diff and the size)."""
        return self._layout

    @property
    def hunk_count(self) -> int:
        """How many changes there are to step through."""
        return len(self._stops)

    @property
    def columns(self) -> tuple[int, ...]:
        """Cells of text per column at the current width: ``(left, right)`` or ``(width,)``."""
        width = max(2, self.scrollable_content_region.width)
        if self.unified:
            return (max(1, width - UNIFIED_GUTTER),)
        return split_columns(width, SPLIT_GUTTER)

    # Layout -----------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._relayout()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The first frame comes before the first Resize: lay out now rather than show nothing.
        self._relayout()
        return super().render_lines(crop)

    def _active_folds(self) -> tuple[Fold, ...]:
        if not self.folding:
            return ()
        return tuple(fold for fold in self._folds if fold.start not in self._expanded)

    def _relayout(self, anchor: tuple[int, int] | None = None) -> None:
        """Lay out again if the width, the layout or the folds changed; keep ``anchor`` (a
        row and a line within it; default: what is at the top) at the top."""
        if self.result is None or not self.scrollable_content_region.width:
            return
        columns = self.columns
        folds = self._active_folds()
        key = (columns, folds)
        if key == self._layout_key and anchor is None:
            return
        if anchor is None:
            anchor = self._top_anchor()
            if self._layout is not None and len(self._layout.widths) != len(columns):
                # Lines within a row do not correspond between one column and two.
                anchor = (anchor[0], 0)
        blocks = self._blocks.pop(columns, None)
        if blocks is None:
            blocks = (unified_blocks(self.result, columns[0]) if len(columns) == 1
                      else split_blocks(self.result, *columns))
        self._blocks[columns] = blocks
        while len(self._blocks) > _KEPT_BLOCKS:
            del self._blocks[next(iter(self._blocks))]
        layout_changed = self._layout is None or self._layout.widths != columns
        self._layout = assemble(
            self.result, blocks, unified=len(columns) == 1, widths=columns, folds=folds
        )
        self._layout_key = key
        self._strips.clear()
        self._stop_line_cache = None
        self._pinned = self._current_hunk = None
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._layout))
        row, within = anchor
        first = self._layout.line_for_row(row)
        line = first + within if self._layout[first].kind != "fold" else first
        self._move_to_line(line)
        self.refresh()
        if layout_changed:
            self.post_message(DiffRelaid())

    def _top_anchor(self) -> tuple[int, int]:
        """The row at the top line and how many of its lines are above the view."""
        if self._layout is None or not len(self._layout):
            return (0, 0)
        top = min(self.top_row, len(self._layout) - 1)
        row = self._layout[top].row
        return row, max(0, top - self._layout.line_for_row(row))

    # Moving -----------------------------------------------------------------------------

    def _post_moved(self) -> None:
        if self._layout is None or self.result is None:
            return
        pair, followed = self.pair_being_read()
        lines = len(self._layout)
        bottom = min(lines, self.top_row + self.page_height)
        self.post_message(DiffMoved(pair, 100 if not lines else round(100 * bottom / lines),
                                    followed))

    def pair_being_read(self) -> tuple[int, bool]:
        """The pair at the top line (or the one just jumped to, while the view stays put), and
        whether the view got there by following the tree."""
        if self._pinned is not None:
            line, pair, from_tree = self._pinned
            if line == self.top_row:
                return pair, from_tree
            self._pinned = None
        if self._layout is None or not len(self._layout):
            return 0, False
        return self._layout[min(self.top_row, len(self._layout) - 1)].pair, False

    def _stop_lines(self) -> list[int]:
        """The line of each change stop in the current layout (kept until it changes)."""
        assert self._layout is not None
        if self._stop_line_cache is None:
            self._stop_line_cache = [self._layout.line_for_offset(side, row, offset)
                                     for row, side, offset in self._stops]
        return self._stop_line_cache

    def current_hunk(self) -> int | None:
        """The index of the change being looked at: the one last jumped to while the view
        stays put, else the last one starting above the middle of the view."""
        if self._layout is None or not self._stops:
            return None
        if self._current_hunk is not None and self._current_hunk[0] == self.top_row:
            return self._current_hunk[1]
        passed = bisect_right(self._stop_lines(), self.top_row + self.page_height // 2) - 1
        return passed if passed >= 0 else None

    # Jumps ------------------------------------------------------------------------------

    def jump_to_change(self, direction: int) -> bool:
        """Bring the next (``direction`` 1) or previous (-1) change into view, a little
        below the top: every edit, every sentence of a new or dropped paragraph; False when
        there is none that way."""
        if self._layout is None or not self._stops:
            return False
        current = self.current_hunk()
        if self._current_hunk is not None and self._current_hunk[0] == self.top_row:
            target = current + direction if current is not None else None
        else:
            lines = self._stop_lines()
            reference = self.top_row + JUMP_CONTEXT
            target = (bisect_right(lines, reference) if direction > 0
                      else bisect_left(lines, reference) - 1)
        if target is None or not 0 <= target < len(self._stops):
            return False
        row, side, offset = self._stops[target]
        self._reveal_row(row)
        assert self._layout is not None
        self._move_to_line(self._layout.line_for_offset(side, row, offset) - JUMP_CONTEXT)
        self._current_hunk = (self.top_row, target)
        return True

    def jump_to_changed_section(self, direction: int) -> bool:
        """Go to the next (1) or previous (-1) section that changed, was added, removed or
        moved; False when there is none that way."""
        if self._layout is None or not self._changed_pairs:
            return False
        pair, _ = self.pair_being_read()
        if direction > 0:
            position = bisect_right(self._changed_pairs, pair)
        else:
            position = bisect_left(self._changed_pairs, pair) - 1
            first_line = self._layout.line_for_row(self._pair_rows[pair])
            if pair in self._changed_pairs and self.top_row > first_line:
                position += 1  # first back to the start of the changed section being read
        if not 0 <= position < len(self._changed_pairs):
            return False
        self.go_to_pair(self._changed_pairs[position])
        return True

    def go_to_pair(self, pair: int, *, from_tree: bool = False) -> None:
        """Put the first line of pair ``pair`` at the top (opening its fold if folded)."""
        if self.result is None or not self._pair_rows:
            return
        row = self._pair_rows[pair]
        self._reveal_row(row)
        if self._layout is None:
            return
        self._move_to_line(self._layout.line_for_row(row))
        self._pinned = (self.top_row, pair, from_tree)
        self._post_moved()

    def go_to_offset(self, side: Side, offset: int) -> None:
        """Bring the line showing ``offset`` of report ``side`` into view, with context."""
        if self.result is None:
            return
        row = row_for_offset(self.result, side, offset)
        if row is None:
            return
        self._reveal_row(row)
        if self._layout is None:
            return
        self._move_to_line(self._layout.line_for_offset(side, row, offset) - JUMP_CONTEXT)

    def _reveal_row(self, row: int) -> None:
        """Open the fold hiding ``row``, if any."""
        for fold in self._active_folds():
            if fold.start <= row < fold.end:
                self._expanded.add(fold.start)
                self._relayout()
                return

    def action_change(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) change (``n``/``N``)."""
        self._jump(self.jump_to_change, direction)

    def action_changed_section(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) section that changed (``]``/``[``)."""
        self._jump(self.jump_to_changed_section, direction)

    def _jump(self, jump: Callable[[int], bool], direction: int) -> None:
        if self.result is None:
            self._say(t("diff.computing"), refused=True)
        elif not jump(direction):
            self._say(t("diff.no_next_change" if direction > 0 else "diff.no_previous_change"),
                      refused=True)

    def action_toggle_folding(self) -> None:
        """Fold unchanged stretches, or show every paragraph (``z``)."""
        self.folding = not self.folding
        self._say(t("diff.folded" if self.folding else "diff.unfolded"))

    def action_toggle_layout(self) -> None:
        """Side by side, or one column (``s``); the choice holds at any width."""
        self.unified = not self.unified
        self._say(t("diff.unified" if self.unified else "diff.split"))

    def action_expand_fold(self) -> None:
        """Open the fold line nearest the middle of the view."""
        if not self.expand_fold_near(self.top_row + self.page_height // 2):
            self.app.bell()

    def expand_fold_near(self, line: int) -> bool:
        """Open the fold on screen nearest ``line``; False if none is on screen."""
        if self._layout is None:
            return False
        bottom = min(len(self._layout), self.top_row + self.page_height)
        on_screen = [
            number for number in range(self.top_row, bottom)
            if self._layout[number].kind == "fold"
        ]
        if not on_screen:
            return False
        nearest = min(on_screen, key=lambda number: abs(number - line))
        fold = self._layout[nearest].fold
        assert fold is not None
        self._expanded.add(fold.start)
        self._relayout()
        return True

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self._layout is None:
            return
        line = self.top_row + offset.y
        if 0 <= line < len(self._layout) and self._layout[line].kind == "fold":
            self.expand_fold_near(line)

    # Copying ----------------------------------------------------------------------------

    def _columns_of(self, line: DiffLine) -> list[tuple[Side, int, int]]:
        """Each column of ``line`` as drawn: the report it shows, and the characters of the
        drawn line it takes (gutters excluded); none on a fold line."""
        assert self._layout is not None
        if line.kind == "fold":
            return []
        if self._layout.unified:
            side: Side = "a" if line.a is not None else "b"
            drawn = self._drawn_characters(line, side, self._layout.widths[0])
            return [(side, UNIFIED_GUTTER, UNIFIED_GUTTER + drawn)]
        left_width, right_width = self._layout.widths
        left = self._drawn_characters(line, "a", left_width)
        right = self._drawn_characters(line, "b", right_width)
        return [("a", 0, left), ("b", left + SPLIT_GUTTER, left + SPLIT_GUTTER + right)]

    def _drawn_characters(self, line: DiffLine, side: Side, width: int) -> int:
        return sum(len(segment.text) for segment in self._side(line, side, width, Style()))

    def _selected_side(self, selection: Selection) -> Side | None:
        """The column a selection is in, side by side (None in one column): the column it
        started in, or the one ``h``/``l`` chose for a keyboard selection."""
        if self._layout is None or self._layout.unified:
            return None
        if self.selecting:
            return self._keyboard_side
        start = selection.start
        if start is None or not 0 <= start.y < len(self._layout):
            return "a"
        columns = self._columns_of(self._layout[start.y])
        return "b" if columns and start.x >= columns[0][2] else "a"

    def _selected_column(
        self, row: int, selection: Selection
    ) -> tuple[Side, int, int] | None:
        """The column of line ``row`` that ``selection`` copies from, if any."""
        if self._layout is None or not 0 <= row < len(self._layout):
            return None
        side = self._selected_side(selection)
        columns = self._columns_of(self._layout[row])
        return next((column for column in columns if side in (None, column[0])), None)

    def _selected_span(self, row: int, selection: Selection) -> tuple[int, int] | None:
        span = selection.get_span(row)
        column = self._selected_column(row, selection)
        if span is None or column is None:
            return None
        _side, first, end = column
        start, stop = max(span[0], first), end if span[1] == -1 else min(span[1], end)
        return (start, stop) if start < stop else None

    def selected_text(self, selection: Selection) -> str:
        """The text of one column from the selection's first character to its last, as the
        report has it: lines wrapped on screen are one line again, a paragraph break is
        the report's own; no gutter, no filler, nothing of the other column."""
        layout = self._layout
        if layout is None or not len(layout):
            return ""
        first = 0 if selection.start is None else max(0, selection.start.y)
        last = len(layout) - 1 if selection.end is None else min(len(layout) - 1,
                                                                 selection.end.y)
        pieces: list[tuple[Side, int, int]] = []
        for row in range(first, last + 1):
            column = self._selected_column(row, selection)
            span = self._selected_span(row, selection)
            shown = None if column is None else getattr(layout[row], column[0])
            if column is None or span is None or shown is None:
                continue
            side, column_start, _ = column
            # The offset drawn at each character of the column (past its text: the end).
            offsets = [*drawn_offsets(self._text(side), shown.start, shown.end), shown.end]
            start, end = (offsets[min(character - column_start, len(offsets) - 1)]
                          for character in span)
            if start < end:
                pieces.append((side, start, end))
        parts: list[str] = []
        previous: tuple[Side, int] | None = None
        for side, start, end in pieces:
            text = self._text(side)
            if previous is not None:
                # What lies between two pieces in the report, if it is only white space
                # (a wrap, a paragraph break); otherwise (a fold, a move) a line break.
                in_order = previous[0] == side and previous[1] <= start
                gap = text[previous[1]:start] if in_order else ""
                parts.append(gap if in_order and not gap.strip() else "\n")
            parts.append(text[start:end])
            previous = (side, end)
        return "".join(parts)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select_column":
            return self.selecting and self._layout is not None and not self._layout.unified
        return super().check_action(action, parameters)

    def _places_looked_at(self) -> list[int]:
        """The change just gone to (``n``), the current filter hit, then the first line of the
        pair chosen (below the top near the end)."""
        if self._layout is None:
            return []
        lines = []
        if self._current_hunk is not None and self._current_hunk[0] == self.top_row:
            lines.append(self._stop_lines()[self._current_hunk[1]])
        lines.extend(self._hit_lines().values())
        if self._pinned is not None and self._pinned[0] == self.top_row:
            lines.append(self._layout.line_for_row(self._pair_rows[self._pinned[1]]))
        return lines

    def _hit_lines(self) -> dict[Side, int]:
        """The line of each report's current filter hit."""
        lines: dict[Side, int] = {}
        if self._layout is None or self.result is None:
            return lines
        for side, highlights in self._highlights.items():
            hit = highlights.current
            row = None if hit is None else row_for_offset(self.result, side, hit[0])
            if hit is not None and row is not None:
                lines[side] = self._layout.line_for_offset(side, row, hit[0])
        return lines

    def action_select_lines(self) -> None:
        """Start selecting (see the base), side by side in the column of what is being looked
        at: a hit's report, the older one where only it has text (a removed paragraph), else
        the newer."""
        if not self.selecting and self._layout is not None and len(self._layout):
            line = self._looked_at_line()
            shown = self._layout[min(line, len(self._layout) - 1)]
            by_hit = [side for side, hit_line in self._hit_lines().items() if hit_line == line]
            only_older: Side = "a" if shown.b is None and shown.a is not None else "b"
            self._keyboard_side = by_hit[0] if by_hit else only_older
        super().action_select_lines()

    def _selecting_hint(self) -> str:
        if self._layout is not None and not self._layout.unified:
            return t("copy.selecting_column")
        return super()._selecting_hint()

    def action_select_column(self, side: Side) -> None:
        """Copy from the left (``a``) or right (``b``) column: a keyboard selection side by
        side takes one column."""
        self._keyboard_side = side
        self._show_keyboard_selection()

    # Highlights -------------------------------------------------------------------------

    def set_highlights(
        self, side: Side, spans: Sequence[Span], current: Span | None = None
    ) -> None:
        """Overlay ``spans`` of report ``side`` (e.g. filter hits; sorted, not overlapping),
        with ``current`` (one of them) standing out. Each side keeps its own spans."""
        self._highlights[side] = Highlights(spans, current)
        other: Side = "b" if side == "a" else "a"
        if current is not None and self._highlights[other].current is not None:
            # One hit is current in the whole view.
            self._highlights[other] = Highlights(self._highlights[other].spans)
        self._redraw()

    # Rendering --------------------------------------------------------------------------

    def _render_row(self, row: int, base: Style) -> Strip | None:
        if self._layout is None or not 0 <= row < len(self._layout):
            if self.result is None and row == 0 and self._message:
                return Strip([Segment(self._message, base + self._style("message"))])
            return None
        return self._line_strip(self._layout[row], base)

    def _line_strip(self, line: DiffLine, base: Style) -> Strip:
        assert self._layout is not None
        if line.fold is not None:
            return Strip([Segment(self._fold_text(line.fold), base + self._style("fold"))])
        change = line.change if line.kind == "text" else "same"
        gutter_style = base + self._style(_GUTTER_STYLES[change])
        if self._layout.unified:
            side: Side = "a" if line.a is not None else "b"
            return Strip([
                Segment(f"{_unified_mark(change, side)} ", gutter_style),
                *self._side(line, side, self._layout.widths[0], base),
            ])
        left, right = self._layout.widths
        return Strip([
            *self._side(line, "a", left, base),
            Segment(f" {_SPLIT_MARKS[change]} ", gutter_style),
            *self._side(line, "b", right, base),
        ])

    def _fold_text(self, fold: Fold) -> str:
        if fold.sections:
            return t("diff.fold_sections", paragraphs=fold.paragraphs, sections=fold.sections)
        return t("diff.fold", paragraphs=fold.paragraphs)

    def _side(self, line: DiffLine, side: Side, width: int, base: Style) -> list[Segment]:
        """One side of ``line``, padded to ``width`` cells."""
        assert self.result is not None
        segments: list[Segment] = []
        shown: SideLine | None = getattr(line, side)
        filler = line.a_filler if side == "a" else line.b_filler
        used = 0
        if shown is not None:
            text = self._text(side)
            whole_paragraph = line.change in ("added", "removed")
            highlights = self._highlights[side]
            hit_styles = (self._style("hit"), self._style("hit-current"))
            for start, end, mark, role in shown.runs:
                style = base
                if role:
                    style += self._style(role)
                if mark != "same":
                    style += self._style(f"{mark}-line" if whole_paragraph else mark)
                segments.extend(text_segments(text, start, end, style, highlights, hit_styles))
            used = text_cells(text[shown.start:shown.end])
        if width > used:
            padding = base + self._style("filler") if filler else base
            segments.append(Segment(" " * (width - used), padding))
        return segments

    def _text(self, side: Side) -> str:
        assert self.result is not None
        return (self.result.a if side == "a" else self.result.b).text
