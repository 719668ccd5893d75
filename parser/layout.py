"""The whole report as display lines for the reading pane, at one width.

Each non-empty source line is a paragraph, wrapped by ``parser.wrap``; paragraphs are
separated by exactly one blank display line whatever the source did (some reports put blank
lines between paragraphs, some none), so every report reads the same — except the rows of
a table (``parser.tables``), which follow each other line after line. A paragraph keeps its
source shape: an inline heading (``1.强化组织,夯实法治基础。我街道高度重视…``) stays one
paragraph whose first part is styled as heading, through the style runs of its lines.

The pane caches one ``Layout`` per width. Lines hold offsets into ``Document.text``, never text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from parser.collapsed import with_breaks
from parser.model import Document, Span
from parser.tables import is_table_row
from parser.wrap import wrap

ROLES = ("title", "front", "debris", "heading", "point", "body", "back", "blank")
"""Every value ``DisplayLine.role`` and a run's role can take."""

Run = tuple[int, int, str]
"""A styled stretch of one display line: ``(start, end, role)`` in ``Document.text``."""

_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
"""A source line from its first to its last visible character."""


@dataclass(frozen=True, slots=True)
class DisplayLine:
    """One row of the reading pane."""

    start: int
    """Offset of the first character shown."""
    end: int
    """Offset after the last character shown; equal to ``start`` on a blank line."""
    role: str
    """The role of the text the line starts with (one of ``ROLES``); ``blank`` between
    paragraphs."""
    level: int
    """Depth of the section the line belongs to; 0 in the front and back matter."""
    section: int | None
    """``Section.index`` of the node whose heading or body holds the line's start; None in
    the front and back matter."""
    runs: tuple[Run, ...]
    """Style runs tiling ``[start, end)``; empty on a blank line."""
    indent: int = 0
    """Cells of left padding (the text is never indented: width is scarce at 80 columns)."""


@dataclass(frozen=True)
class Layout:
    """A report laid out at one width: a sequence of ``DisplayLine`` with lookups between
    rows, offsets and sections."""

    lines: tuple[DisplayLine, ...]
    width: int
    heading_offsets: tuple[int, ...]
    """Where each node's heading text starts (its first visible character), indexed by
    ``Section.index``."""
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(line.start for line in self.lines))

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, row: int) -> DisplayLine:
        return self.lines[row]

    def row_for_offset(self, offset: int) -> int:
        """The row showing ``offset``; for an offset in skipped whitespace, the row before
        it. Offsets before the first row give row 0."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def row_for_section(self, index: int) -> int:
        """The first row of the heading of the node with ``Section.index == index``.

        Raises:
            IndexError: No node has that index.
        """
        if not 0 <= index < len(self.heading_offsets):
            raise IndexError(f"no section {index}")
        return self.row_for_offset(self.heading_offsets[index])

    def section_at_row(self, row: int) -> int | None:
        """``Section.index`` of the node the row belongs to; None in front and back matter."""
        return self.lines[row].section


def role_segments(doc: Document) -> list[Run]:
    """What each stretch of the report is, as the reading pane and the diff view style it.

    Returns:
        ``(start, end, role)`` in order, tiling the whole text: front, headings, points,
        bodies and back, with title lines and debris laid over them (debris wins). Whitespace
        between spans takes the role of the text before it; neighbours of one role merge
        (two headings in a row are one ``heading`` segment).
    """
    base = sorted(
        (start, end, "point" if role == "heading" and node and node.kind == "point" else role)
        for role, (start, end), node in doc.regions()
        if start < end
    )
    # Markdown's own characters (``**``, ``#``) are shown as written, dimmed like debris.
    overlays = [_Overlay(doc.debris, "debris"), _Overlay(doc.markup, "debris"),
                _Overlay(doc.title_lines, "title")]
    cuts = sorted(
        {0, len(doc.text)}
        | {offset for start, end, _ in base for offset in (start, end)}
        | {offset for overlay in overlays for offset in overlay.starts + overlay.ends}
    )
    base_starts = [start for start, _, _ in base]
    segments: list[Run] = []
    for start, end in zip(cuts, cuts[1:]):
        role = next((overlay.role for overlay in overlays if overlay.covers(start)), None)
        if role is None:
            # Whitespace between spans (between a heading and its body on one line, say)
            # takes the role of the text before it.
            at = bisect_right(base_starts, start) - 1
            role = base[at][2] if at >= 0 else "front"
        if segments and segments[-1][2] == role:
            segments[-1] = (segments[-1][0], end, role)
        else:
            segments.append((start, end, role))
    return segments


class _Overlay:
    """Spans of one role that take precedence over the section structure."""

    def __init__(self, spans: tuple[Span, ...], role: str) -> None:
        ordered = sorted(span for span in spans if span[0] < span[1])
        self.starts = [start for start, _ in ordered]
        self.ends = [end for _, end in ordered]
        self.role = role

    def covers(self, offset: int) -> bool:
        at = bisect_right(self.starts, offset) - 1
        return at >= 0 and offset < self.ends[at]


def layout(doc: Document, width: int) -> Layout:
    """Lay the whole report out as display lines ``width`` cells wide (at least 1).

    Args:
        doc: The parsed report.
        width: Cells available per line.

    Returns:
        The ``Layout``: paragraphs wrapped, one blank line between paragraphs (none between
        consecutive table rows), style runs per line. Every visible character of ``doc.text`` is on exactly one line; a
        document with no visible text gives one blank line.
    """
    width = max(width, 1)
    text = doc.text
    segments = role_segments(doc)
    segment_index = 0
    section_at = doc.section_at
    lines: list[DisplayLine] = []

    def locate(offset: int) -> tuple[int, int | None]:
        node = section_at(offset)
        return (0, None) if node is None else (node.level, node.index)

    in_table = False
    for paragraph in _PARAGRAPH.finditer(with_breaks(text, doc.breaks)):
        row = is_table_row(text, paragraph.start(), paragraph.end())
        if lines and not (row and in_table):
            gap = lines[-1].end
            lines.append(DisplayLine(gap, gap, "blank", *locate(gap), ()))
        in_table = row
        for start, end in wrap(text, width, paragraph.start(), paragraph.end()):
            while segments[segment_index][1] <= start:
                segment_index += 1
            runs: list[Run] = []
            at = segment_index
            while at < len(segments) and segments[at][0] < end:
                seg_start, seg_end, role = segments[at]
                runs.append((max(seg_start, start), min(seg_end, end), role))
                at += 1
            lines.append(DisplayLine(start, end, runs[0][2], *locate(start), tuple(runs)))
    if not lines:
        lines.append(DisplayLine(0, 0, "blank", 0, None, ()))
    heading_offsets = tuple(_first_visible(text, *node.heading) for node in doc.nodes)
    return Layout(tuple(lines), width, heading_offsets)


def _first_visible(text: str, start: int, end: int) -> int:
    """The offset of the first non-whitespace character in ``text[start:end]`` (``start``
    if there is none): an indented heading's span may begin with its indentation."""
    stripped = text[start:end].lstrip()
    return end - len(stripped) if stripped else start
