"""A copy that turned each line's indent into a question mark (``?一、总体情况``, ``?2024年，…``):
the encoding it was saved through had no full-width space.

Left in, the mark stands where a heading's number starts, so the line reads as no heading. The
parser reads it as markup: masked in its view, dimmed on screen; the text itself keeps it.
"""

from __future__ import annotations

import re

from parser.lazy_regex import LazyPattern
from parser.markdown import Markup, with_marks

# A question mark (or the replacement character) opening a line, words after it (never ``??``,
# characters a copy lost, unless a part's number follows: ``????一、总体情况``, an indent of two,
# or ``?? （一）…``, the rest of the indent still spaces)
_LOST_INDENT = LazyPattern(
    r"^[ \t\u3000]*([?\ufffd](?=[^?\ufffd\s])|[?\ufffd]{1,4}(?=[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|"
    r"[（(][一二三四五六七八九十]{1,3}[)）])))", re.MULTILINE)


def masked(markup: Markup) -> Markup:
    """``markup`` with the question marks that stand for lines' indents masked in its view."""
    view = markup.view
    if "?" not in view and "\ufffd" not in view:
        return markup
    return with_marks(markup, [match.span(1) for match in _LOST_INDENT.finditer(view)])
