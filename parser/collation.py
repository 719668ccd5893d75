"""Chinese names in the order a reader looks them up: by pinyin, as in a dictionary's index
(``北京`` before ``上海`` before ``广州`` is wrong; ``北京``, ``广州``, ``上海`` is right),
not by code point, which orders Han characters by radical and stroke.

The readings come from pypinyin (its phrase dictionary gives ``重庆`` *chóng*, ``银行``
*háng*); it is imported on the first call, so nothing that never sorts names pays for its
dictionaries.
"""

from __future__ import annotations

import re
from functools import lru_cache

CharKey = tuple[int, str, int, str]
"""One character's place: (0 for a letter, digit or sign, 1 for a Han character), its
spelling (pinyin without tone, or the character folded to lower case), the tone (0–5), and
the character itself to keep homophones apart."""


_HAN_RUNS = re.compile("([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")


@lru_cache(maxsize=4096)
def pinyin_key(name: str) -> tuple[CharKey, ...]:
    """The sort key of ``name``: pinyin syllable by syllable, then tone, then character;
    letters, digits and signs before Han characters."""
    from pypinyin import Style, lazy_pinyin

    key: list[CharKey] = []
    # Odd pieces are runs of Han characters, read as a whole so phrases pick the reading.
    for number, piece in enumerate(_HAN_RUNS.split(name)):
        readings = lazy_pinyin(piece, style=Style.TONE3, neutral_tone_with_five=True)
        if number % 2 and len(readings) == len(piece):
            key += [(1, reading.rstrip("012345"), int(reading[-1]) if reading[-1:].isdigit()
                     else 0, char) for char, reading in zip(piece, readings, strict=True)]
        else:
            key += [(0, char.casefold(), 0, char) for char in piece]
    return tuple(key)
