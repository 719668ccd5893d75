"""Report text into segments, as the reading pane and the diff view both draw it.

A display line is runs of offsets into a report's text, each with a style; filter hits are
laid over them (``Highlights``), the current hit standing out. The text is drawn as
``parser.wrap`` measures it, so that lines never run past their column.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import repeat

from rich.segment import Segment
from rich.style import Style

from parser.controls import SHOWN_CONTROLS
from parser.model import Span

_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_DRAWN = str.maketrans({**SHOWN_CONTROLS, **dict.fromkeys(_WHITESPACE, " ")})
"""How text is drawn: every whitespace character as one blank cell (as ``parser.wrap``
measures it; a tab or an ideographic space would otherwise break the alignment), and every
other control character by its visible stand-in (``^[``; ``parser.controls``): web-page text
can carry escape codes, and none may reach the terminal, nor vanish unseen."""


def drawn_offsets(text: str, start: int, end: int) -> Iterator[int]:
    """For each character of the drawn ``text[start:end]``, the offset in ``text`` it was
    drawn from: one for most, two or more in a row for a control character's stand-in."""
    for offset in range(start, end):
        shown = SHOWN_CONTROLS.get(text[offset])
        if shown is None:
            yield offset
        else:
            yield from repeat(offset, len(shown))


class Highlights:
    """Spans of one report to lay over its text (filter hits: sorted, not overlapping), one
    of them ``current``."""

    def __init__(self, spans: Sequence[Span] = (), current: Span | None = None) -> None:
        self.spans = tuple(spans)
        self.current = current
        self._starts = [start for start, _ in self.spans]

    def within(self, start: int, end: int) -> Iterator[Span]:
        """The spans that overlap ``[start, end)``, in order (not clipped to it)."""
        index = max(0, bisect_right(self._starts, start) - 1)
        for span in self.spans[index:]:
            if span[0] >= end:
                break
            if span[1] > start:
                yield span

    def is_current(self, offset: int) -> bool:
        """Whether ``offset`` lies in the current span."""
        return self.current is not None and self.current[0] <= offset < self.current[1]


def text_segments(
    text: str,
    start: int,
    end: int,
    style: Style,
    highlights: Highlights,
    hit_styles: tuple[Style, Style],
) -> Iterator[Segment]:
    """``text[start:end]`` drawn in ``style``, with ``highlights`` laid over it.

    Args:
        text: The whole report's text.
        start: Where the run starts.
        end: Where it ends.
        style: The run's style.
        highlights: The spans to lay over the run.
        hit_styles: Added to ``style`` within a highlight: ``(hit, current hit)``.
    """
    position = start
    for hit_start, hit_end in highlights.within(start, end):
        hit_start, hit_end = max(hit_start, start), min(hit_end, end)
        if hit_start > position:
            yield Segment(text[position:hit_start].translate(_DRAWN), style)
        hit, current_hit = hit_styles
        hit_style = current_hit if highlights.is_current(hit_start) else hit
        yield Segment(text[hit_start:hit_end].translate(_DRAWN), style + hit_style)
        position = hit_end
    if position < end:
        yield Segment(text[position:end].translate(_DRAWN), style)
