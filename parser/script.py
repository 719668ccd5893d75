"""Traditional characters read as simplified ones: a report a mirror site copied into 繁体
(``發布機構``, ``工作總結``, ``第十六屆``) is parsed as the report it is.

The parser reads a view of such a text in which each traditional character stands in its
simplified form, one character for one (OpenCC's ``t2s`` table, character by character), so
every offset into the view is the same offset into the text. What the parser shows — a
heading's title, the report's title and writer — is given back in the characters the text
writes it with (``as_written``). Matching folds each character the same way
(``parser.fold``), so a simplified query finds a traditional text.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from parser.lazy_regex import LazyPattern
from parser.markdown import MASK

if TYPE_CHECKING:
    import opencc

_COMMON = LazyPattern("[們這個國會說為與發經區縣報產對關時後實現開進過還點機構屆總結劃議當從將]")
"""Characters common in reports that only a traditional text writes (their simplified forms are
``们这个国会说为与发经区县报产对关时后实现开进过还点机构届总结划议当从将``)."""
_TRADITIONAL_MIN = 5
_HEAD = 3000


def is_traditional(text: str) -> bool:
    """The head of ``text`` is written in traditional characters."""
    return len(_COMMON.findall(text, 0, _HEAD)) >= _TRADITIONAL_MIN


def simplified(text: str) -> str:
    """``text`` with each traditional character in its simplified form; the same length."""
    return text.translate({ord(char): simple_char(char) for char in set(text) if char >= _HAN})


@cache
def simple_char(char: str) -> str:
    """The simplified form of one character; itself when it has none (or not one alone)."""
    if char < _HAN:  # nothing but Han has a simplified form
        return char
    simple = _converter().convert(char)
    return simple if len(simple) == 1 else char


_HAN = "\u3400"


def as_written(found: str | None, view: str, text: str) -> str | None:
    """``found``, read from ``view`` (``text`` simplified), in the characters ``text`` writes it
    with: piece by piece where it was joined from lines, in order; characters the text does
    not hold there (a name completed: ``管理委员会``) in their traditional forms, as the text
    would write them (``管理委員會``). Markup masked in the view (a copy's readings,
    ``關(guān)于``) stands between no two characters of a piece."""
    if not found:
        return found
    kept = [at for at, char in enumerate(view) if char != MASK] if MASK in view else range(len(view))
    unmasked = "".join(view[at] for at in kept) if MASK in view else view
    pieces: list[str] = []
    unheld = ""  # characters of ``found`` the text does not hold, in a run
    at, rest = 0, found
    while rest:
        size = next((size for size in range(len(rest), 1, -1) if unmasked.find(rest[:size], at) >= 0), 0)
        if size == 0:
            unheld += rest[0]
            rest = rest[1:]
            continue
        if unheld:
            pieces.append(_traditional(unheld))
            unheld = ""
        start = unmasked.find(rest[:size], at)
        pieces.append("".join(text[kept[k]] for k in range(start, start + size)))
        at, rest = start + size, rest[size:]
    return "".join(pieces) + (_traditional(unheld) if unheld else "")


def _traditional(words: str) -> str:
    return str(_converter("s2t").convert(words))


@cache
def _converter(config: str = "t2s") -> opencc.OpenCC:
    import opencc  # on first use (a traditional text, the first fold of Han), not at start-up

    return opencc.OpenCC(config)
