"""Text cut to a width with "…" right after its last whole character.

Rich's own ellipsis leaves a blank before "…" where a wide character did not fit (``带 …``);
the tree and the header lines cut Chinese titles, where that happens on every other line.
"""

from __future__ import annotations

from rich.cells import cell_len
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
