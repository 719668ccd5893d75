"""Two compared reports as display lines at one width: side by side, or in one column.

The diff view draws ``DiffResult.rows`` — a paragraph of report ``a`` opposite its counterpart
in report ``b`` — wrapped by ``parser.wrap`` to the width of each column:

- **split**: the two paragraphs of a row side by side, the shorter padded so that both take
  as many display lines; opposite a paragraph only one report has, a filler.
- **unified**: one column. An unchanged paragraph once (``b``'s text); a changed one as its
  ``a`` version, then its ``b`` version; a paragraph only one report has, as it is.

Rows are separated by one blank line, as paragraphs are in the reading pane. Runs of unchanged
rows can be folded into one line (``fold_ranges``); folding only reassembles the wrapped rows
(``assemble``), so expanding a fold costs no rewrapping.

Every line holds offsets into ``DiffResult.a.text`` / ``.b.text``, never text, with style runs
saying which characters changed and which belong to a heading.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from parser.diff import DiffResult, Row
from parser.layout import role_segments
from parser.model import Document, Span
from parser.tokens import sentences
from parser.wrap import wrap

Side = Literal["a", "b"]
Mark = Literal["same", "removed", "added"]
"""How a run of characters changed: ``removed`` characters of ``a`` (deleted or replaced),
``added`` characters of ``b`` (inserted or replacing)."""
RowChange = Literal["same", "changed", "added", "removed", "moved"]
"""What happened to a row: ``added``/``removed`` when only one report has the paragraph,
``changed`` when words differ, ``moved`` for an unchanged paragraph of a moved section."""
LineKind = Literal["text", "blank", "fold"]

Run = tuple[int, int, Mark, str]
"""A styled stretch of one side of a line: ``(start, end, mark, role)``; ``role`` is
``heading-1`` … ``heading-4``, ``point``, ``title``, ``debris`` (dimmed, as in the reading
pane) or ``""`` for body text."""

FOLD_MIN_ROWS = 2
"""Fewer unchanged rows than this are never folded: the fold line would save nothing."""
_DEEPEST_HEADING_ROLE = 4
_STYLED_ROLES = frozenset(("point", "title", "debris"))
"""Roles other than headings that the diff view styles; the rest is plain text."""


@dataclass(frozen=True, slots=True)
class SideLine:
    """One side's text on a display line: ``[start, end)`` of that side's report."""

    start: int
    end: int
    runs: tuple[Run, ...]
    """Runs tiling ``[start, end)``."""


@dataclass(frozen=True, slots=True)
class Fold:
    """Rows ``[start, end)`` folded into one line."""

    start: int
    end: int
    sections: int
    """Sections (not front or back matter) whose every row is folded here."""

    @property
    def paragraphs(self) -> int:
        """Rows folded (a row is a paragraph, or two paragraphs opposite each other)."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One line of the diff view.

    On a ``text`` line a side is a ``SideLine``, or None: past the end of its paragraph (the
    other side's is longer) or, if ``*_filler``, opposite a paragraph only the other report
    has. A ``blank`` line separates rows (a filler side where both rows around it lack that
    side). A ``fold`` line stands for the rows of ``fold``.
    """

    kind: LineKind
    row: int
    """The row the line shows; for a blank line, the row above; for a fold, its first row."""
    pair: int
    """``Row.pair`` of that row."""
    change: RowChange
    a: SideLine | None = None
    b: SideLine | None = None
    a_filler: bool = False
    b_filler: bool = False
    fold: Fold | None = None


Block = tuple[DiffLine, ...]
"""The text lines of one row, without separators."""


@dataclass(frozen=True)
class DiffLayout:
    """The diff laid out: lines, and lookups between lines and rows."""

    lines: tuple[DiffLine, ...]
    unified: bool
    widths: tuple[int, ...]
    """Cells of text per line: ``(left, right)`` side by side, ``(width,)`` unified."""
    row_lines: tuple[int, ...]
    """The first line of each row; for a folded row, its fold line."""
    _line_rows: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_line_rows", tuple(line.row for line in self.lines))

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, index: int) -> DiffLine:
        return self.lines[index]

    def line_for_row(self, row: int) -> int:
        """The first line showing ``row`` (its fold line if folded); 0 without rows."""
        if not self.row_lines:
            return 0
        return self.row_lines[min(max(row, 0), len(self.row_lines) - 1)]

    def line_for_offset(self, side: Side, row: int, offset: int) -> int:
        """The line of ``row`` showing ``offset`` of report ``side`` (the row's first line if
        none does, e.g. in whitespace or on the other side in a unified layout)."""
        first = self.line_for_row(row)
        line_number = first
        while line_number < len(self.lines) and self.lines[line_number].row == row:
            shown = getattr(self.lines[line_number], side)
            if shown is not None and shown.start <= offset < shown.end:
                return line_number
            line_number += 1
        return first


# --- Rows and changes ----------------------------------------------------------------------


def row_change(result: DiffResult, row: Row) -> RowChange:
    """What happened to ``row`` (see ``RowChange``)."""
    if row.a is None:
        return "added"
    if row.b is None:
        return "removed"
    if row.changed:
        return "changed"
    return "moved" if result.pairs[row.pair].status == "moved" else "same"


def change_hunks(result: DiffResult) -> tuple[tuple[int, int], ...]:
    """The changes to step through: runs ``[start, end)`` of consecutive rows that are added,
    removed or changed (an inserted section with its sub-sections is one change)."""
    hunks: list[tuple[int, int]] = []
    for index, row in enumerate(result.rows):
        if row_change(result, row) in ("same", "moved"):
            continue
        if hunks and hunks[-1][1] == index:
            hunks[-1] = (hunks[-1][0], index + 1)
        else:
            hunks.append((index, index + 1))
    return tuple(hunks)


Stop = tuple[int, Side, int]
"""A place ``n``/``N`` stops at: a row, a side and an offset into that side's text."""


def change_stops(result: DiffResult) -> tuple[Stop, ...]:
    """Every change to step through, in order: each edit of a changed row (on the new side,
    or the old one for a deletion), and each sentence of a paragraph only on one side."""
    stops: list[Stop] = []
    for index, row in enumerate(result.rows):
        if not row.changed:
            continue
        if row.a is None or row.b is None:
            side: Side = "b" if row.a is None else "a"
            span = row.b if row.a is None else row.a
            assert span is not None
            text = result.b.text if side == "b" else result.a.text
            stops += [(index, side, start) for start, end in sentences(text, *span)
                      if text[start:end].strip()]
            continue
        for edit in row.edits:
            if edit.b[0] < edit.b[1] or edit.a[0] == edit.a[1]:
                stops.append((index, "b", max(edit.b[0], row.b[0])))
            else:
                stops.append((index, "a", max(edit.a[0], row.a[0])))
    return tuple(stops)


def pair_first_rows(result: DiffResult) -> tuple[int, ...]:
    """The first row of each pair (a pair with no text, such as absent front matter, gets the
    first row after it)."""
    firsts = [len(result.rows)] * len(result.pairs)
    for index in range(len(result.rows) - 1, -1, -1):
        firsts[result.rows[index].pair] = index
    for pair in range(len(firsts) - 2, -1, -1):
        firsts[pair] = min(firsts[pair], firsts[pair + 1])
    return tuple(min(first, max(len(result.rows) - 1, 0)) for first in firsts)


def changed_pairs(result: DiffResult) -> tuple[int, ...]:
    """Pairs whose own text changed, or that were added, removed or moved, in order."""
    with_changed_rows = {row.pair for row in result.rows if row.changed}
    return tuple(
        index for index, pair in enumerate(result.pairs)
        if index in with_changed_rows or pair.status in ("added", "removed", "moved")
    )


def fold_ranges(result: DiffResult, minimum: int = FOLD_MIN_ROWS) -> tuple[Fold, ...]:
    """Runs of at least ``minimum`` unchanged rows that may fold. A changed row never folds,
    nor the first row (the heading) of a section with a change of its own, so every change
    keeps the section it is in in view."""
    firsts = pair_first_rows(result)
    kept = {firsts[pair] for pair in changed_pairs(result)}
    kept.update(index for start, end in change_hunks(result) for index in range(start, end))
    rows_per_pair = [0] * len(result.pairs)
    for row in result.rows:
        rows_per_pair[row.pair] += 1
    folds: list[Fold] = []
    start = 0
    for index in range(len(result.rows) + 1):
        if index < len(result.rows) and index not in kept:
            continue
        if index - start >= minimum:
            folds.append(_fold(result, start, index, rows_per_pair))
        start = index + 1
    return tuple(folds)


def _fold(result: DiffResult, start: int, end: int, rows_per_pair: Sequence[int]) -> Fold:
    inside = [0] * len(result.pairs)
    for row in result.rows[start:end]:
        inside[row.pair] += 1
    sections = sum(
        1 for index, count in enumerate(inside)
        if count and count == rows_per_pair[index] and result.pairs[index].part == "section"
    )
    return Fold(start, end, sections)


def row_for_offset(result: DiffResult, side: Side, offset: int) -> int | None:
    """The row whose paragraph on ``side`` holds ``offset``; None if none does."""
    for index, row in enumerate(result.rows):
        span = row.a if side == "a" else row.b
        if span is not None and span[0] <= offset < span[1]:
            return index
    return None


# --- Styles within a line -----------------------------------------------------------------


class _Roles:
    """The role of any offset of one report, as the reading pane has it
    (``parser.layout.role_segments``): a heading's with its level (``heading-2``), and ``""``
    for body text and the front and back matter, which take the view's own colours."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.segments = role_segments(doc)
        self.starts = [start for start, _, _ in self.segments]

    def at(self, offset: int) -> tuple[str, int]:
        """The role at ``offset`` (in the text) and the offset where that role ends."""
        _, end, role = self.segments[bisect_right(self.starts, offset) - 1]
        if role != "heading":
            return (role if role in _STYLED_ROLES else ""), end
        # Headings in a row are one segment; a paragraph holds one, at the level of its node.
        section = self.doc.section_at(offset)
        level = section.level if section is not None else 1
        return f"heading-{min(level, _DEEPEST_HEADING_ROLE)}", end


def _marked_spans(row: Row, side: Side) -> list[Span]:
    """The characters of ``row`` on ``side`` that changed, in order."""
    span = row.a if side == "a" else row.b
    if span is None:
        return []
    if row.a is None or row.b is None:
        return [span]
    changed = (a if side == "a" else b for a, b, is_change in row.stretches() if is_change)
    return [stretch for stretch in changed if stretch is not None and stretch[0] < stretch[1]]


def _runs(
    start: int, end: int, marked: Sequence[Span], mark: Mark, roles: _Roles
) -> tuple[Run, ...]:
    """Runs tiling ``[start, end)``: ``mark`` inside ``marked`` spans, ``same`` outside, cut
    where the role changes too."""
    runs: list[Run] = []
    position = start
    marked_index = 0
    while position < end:
        while marked_index < len(marked) and marked[marked_index][1] <= position:
            marked_index += 1
        if marked_index < len(marked) and marked[marked_index][0] <= position:
            run_mark: Mark = mark
            mark_end = marked[marked_index][1]
        else:
            run_mark = "same"
            mark_end = marked[marked_index][0] if marked_index < len(marked) else end
        role, role_end = roles.at(position)
        run_end = min(end, mark_end, role_end)
        if runs and runs[-1][2] == run_mark and runs[-1][3] == role:
            runs[-1] = (runs[-1][0], run_end, run_mark, role)
        else:
            runs.append((position, run_end, run_mark, role))
        position = run_end
    return tuple(runs)


def _without(marked: list[Span], reused: Sequence[Span], bounds: Span) -> list[Span]:
    """``marked`` spans minus the ``reused`` ones (sorted) that fall within ``bounds``."""
    inside = reused[bisect_left(reused, (bounds[0], bounds[0])):
                    bisect_right(reused, (bounds[1], bounds[1]))]
    if not inside:
        return marked
    result: list[Span] = []
    for start, end in marked:
        for reused_start, reused_end in inside:
            if reused_end <= start or reused_start >= end:
                continue
            if reused_start > start:
                result.append((start, reused_start))
            start = max(start, reused_end)
        if start < end:
            result.append((start, end))
    return result


class _Sides:
    """Wraps and styles the paragraphs of one diff."""

    def __init__(self, result: DiffResult) -> None:
        self.result = result
        self.texts = {"a": result.a.text, "b": result.b.text}
        self.roles = {"a": _Roles(result.a), "b": _Roles(result.b)}
        # Sentences said word for word in the other report, elsewhere: a paragraph new as a
        # whole may reuse some; they are not marked new (nor, on the old side, dropped).
        self.reused: dict[Side, list[Span]] = {"a": [], "b": []}
        for link in result.sentences:
            if link.kind in ("moved", "kept") and link.a is not None and link.b is not None:
                self.reused["a"].append(link.a)
                self.reused["b"].append(link.b)
        for spans in self.reused.values():
            spans.sort()

    def lines(self, row: Row, side: Side, width: int) -> list[SideLine]:
        span = row.a if side == "a" else row.b
        if span is None:
            return []
        marked = _without(_marked_spans(row, side), self.reused[side], span)
        mark: Mark = "removed" if side == "a" else "added"
        roles = self.roles[side]
        return [
            SideLine(start, end, _runs(start, end, marked, mark, roles))
            for start, end in wrap(self.texts[side], width, *span)
        ]


# --- Blocks and assembly ------------------------------------------------------------------


def split_blocks(result: DiffResult, left: int, right: int) -> tuple[Block, ...]:
    """Each row side by side: ``a`` wrapped to ``left`` cells, ``b`` to ``right``, the shorter
    padded (or a filler, opposite nothing) to the height of the taller."""
    sides = _Sides(result)
    blocks: list[Block] = []
    for index, row in enumerate(result.rows):
        change = row_change(result, row)
        a_lines = sides.lines(row, "a", left)
        b_lines = sides.lines(row, "b", right)
        height = max(len(a_lines), len(b_lines), 1)
        blocks.append(tuple(
            DiffLine(
                "text", index, row.pair, change,
                a=a_lines[number] if number < len(a_lines) else None,
                b=b_lines[number] if number < len(b_lines) else None,
                a_filler=row.a is None, b_filler=row.b is None,
            )
            for number in range(height)
        ))
    return tuple(blocks)


def unified_blocks(result: DiffResult, width: int) -> tuple[Block, ...]:
    """Each row in one column ``width`` cells wide: unchanged, ``b``'s paragraph; changed,
    ``a``'s version then ``b``'s; on one side only, that side's."""
    sides = _Sides(result)
    blocks: list[Block] = []
    for index, row in enumerate(result.rows):
        change = row_change(result, row)
        shown: list[Side] = ["a", "b"] if change == "changed" else (
            ["a"] if change == "removed" else ["b"])
        lines = [
            DiffLine("text", index, row.pair, change,
                     a=side_line if side == "a" else None, b=side_line if side == "b" else None)
            for side in shown
            for side_line in sides.lines(row, side, width)
        ]
        blocks.append(tuple(lines) or (DiffLine("text", index, row.pair, change),))
    return tuple(blocks)


def assemble(
    result: DiffResult,
    blocks: Sequence[Block],
    *,
    unified: bool,
    widths: tuple[int, ...],
    folds: Sequence[Fold] = (),
) -> DiffLayout:
    """Join the rows' ``blocks`` into a layout: a blank line between rows, and one line in
    place of each of ``folds`` (sorted, not overlapping)."""
    lines: list[DiffLine] = []
    row_lines = [0] * len(result.rows)
    rows = result.rows
    fold_at = {fold.start: fold for fold in folds}
    previous: int | None = None  # the row before, when it was shown (not folded)
    index = 0
    while index < len(rows):
        fold = fold_at.get(index)
        if fold is not None:
            for folded in range(fold.start, fold.end):
                row_lines[folded] = len(lines)
            lines.append(DiffLine("fold", index, rows[index].pair, "same", fold=fold))
            previous = None
            index = fold.end
            continue
        if previous is not None:
            before, after = rows[previous], rows[index]
            lines.append(DiffLine(
                "blank", previous, before.pair, "same",
                a_filler=not unified and before.a is None and after.a is None,
                b_filler=not unified and before.b is None and after.b is None,
            ))
        row_lines[index] = len(lines)
        lines.extend(blocks[index])
        previous = index
        index += 1
    return DiffLayout(tuple(lines), unified, widths, tuple(row_lines))


def split_columns(width: int, gutter: int) -> tuple[int, int]:
    """Cells for the left and right text columns of a ``width``-cell view with a ``gutter``
    between them: the same for both (at least 1), so that the same text wraps the same way
    on either side; an odd cell left over stays blank at the right."""
    column = max(1, (width - gutter) // 2)
    return column, column


def diff_layout(
    result: DiffResult,
    widths: tuple[int, ...],
    *,
    folds: Sequence[Fold] = (),
) -> DiffLayout:
    """Lay ``result`` out in one call: side by side for ``widths == (left, right)``, unified
    for ``(width,)``; ``folds`` (from ``fold_ranges``) replaced by fold lines."""
    unified = len(widths) == 1
    blocks = unified_blocks(result, widths[0]) if unified else split_blocks(result, *widths)
    return assemble(result, blocks, unified=unified, widths=widths, folds=folds)
