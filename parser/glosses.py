"""A copying site's pinyin readings, put after the characters of a page
(``現(xiàn)在,我代表市人民政府…``, ``工作報(bào)告``).

Left in, they split every word they stand in (``報(bào)告`` is no ``报告``), so a title, a
speaker's office or a heading reads as nothing the parser knows. The parser reads them as
markup: masked in its view, dimmed on screen; the text itself keeps them.
"""

from __future__ import annotations

from parser.lazy_regex import HAN, LazyPattern
from parser.markdown import Markup, with_marks

# A syllable in brackets right after a character, its tone marked (a reading, never a word
# of the report: ``(a)`` or ``(GDP)`` carry none).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = LazyPattern(rf"(?<={HAN})\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")
_GLOSSES_MIN = 3
"""Readings a page must carry: one alone may be a report's own note on a rare character."""


def masked(markup: Markup) -> Markup:
    """``markup`` with a page's pinyin readings masked in its view and counted among its marks."""
    if "(" not in markup.view:
        return markup
    found = [match.span() for match in _GLOSS.finditer(markup.view)]
    return with_marks(markup, found if len(found) >= _GLOSSES_MIN else [])
