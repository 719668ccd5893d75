"""A copy that types every full stop as a period (``…请予审议.`` / ``…是2006年的3.3倍.全年…``),
as some document sites print a report.

Read as it is, such a text has no sentence ends: every paragraph looks like a heading that lost
its full stop, and the outline is lost. The parser reads a view of it in which each period that
ends a sentence stands as ``。``, one character for one, so every offset is the same in the view
and in the text; the text itself keeps its periods.
"""

from __future__ import annotations

import re

from parser.headings import CN_NUMERALS
from parser.lazy_regex import HAN, LazyPattern

# A period after a word and before the next sentence or the line's end; never one in a number
# (``3.3``), after a marker's numeral at a line's start (``一.概述``) or between Latin letters.
_SENTENCE_PERIOD = LazyPattern(rf"(?<={HAN}|[”’）)》])\.(?=[ \t\u3000]*(?:{HAN}|[“‘（(《]|$))", re.M)
_MARKER = LazyPattern(rf"[ \t\u3000]*[{CN_NUMERALS}]{{1,3}}$")
_PERIODS_MIN = 5
"""Sentence-ending periods a text must hold, more than its ``。``, to be read so."""


def with_full_stops(text: str) -> str:
    """``text`` with each period that ends a sentence read as ``。``, when the text types its
    full stops so; else ``text`` itself."""
    stops = text.count("。")
    if text.count(".") <= max(stops, _PERIODS_MIN - 1):
        return text  # (most texts: a period only in a number or a marker)
    periods = [match.start() for match in _SENTENCE_PERIOD.finditer(text)
               if not _MARKER.fullmatch(text, text.rfind("\n", 0, match.start()) + 1, match.start())]
    if len(periods) <= max(stops, _PERIODS_MIN - 1):
        return text
    chars = list(text)
    for at in periods:
        chars[at] = "。"
    return "".join(chars)
