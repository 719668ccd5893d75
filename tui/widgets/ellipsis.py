"""Text cut to a width with "…" right after its last whole character.

Rich's own ellipsis leaves a blank before "…" where a wide character did not fit (``带 …``);
the trees, the header lines and the library's table cut Chinese titles, where that happens on every other line.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.text import Text


def ellipsized(label: Text, width: int) -> Text:
    """``label`` cut to at most ``width`` cells, "…" right after its last whole character.
    (Rich's own ellipsis leaves a blank before "…" where a wide character did not fit:
    ``带 …``.)"""
    if label.cell_len <= width:
        return label.copy()
    if width < 1:
        return label[:0]
    cells = 0
    for index, char in enumerate(label.plain):
        cells += cell_len(char)
        if cells > width - 1:
            cut = label[:index]
            cut.append("…")
            return cut
    return label.copy()


class FittedText(Text):
    """A one-line text that, drawn in less room than it needs (a table cell), is cut by
    ``ellipsized`` to that room; its ``plain`` stays whole for sorting and reading back."""

    @classmethod
    def of(cls, text: Text) -> FittedText:
        """``text`` with its styles and justification, as a ``FittedText``."""
        return cls(text.plain, style=text.style, justify=text.justify, no_wrap=True,
                   end=text.end, spans=list(text.spans))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[Segment]:
        yield from ellipsized(self, options.max_width).__rich_console__(console, options)
