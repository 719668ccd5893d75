"""Regular expressions compiled the first time they are used, not when their module is imported.

Compiling a pattern with a class of CJK characters (``[\\u4e00-\\u9fff]``) costs about a
millisecond, and the parser holds dozens that most reports never need (Markdown's, a speech's,
a web page's); compiled at import they would delay every start of the reader. A ``LazyPattern``
compiles on its first call and then puts the compiled pattern's own methods on itself, so later
calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

HAN = r"[^\W\d_A-Za-z\u00c0-\u04ff\u2160-\u24ff\u3007\u3040-\u30ff\uff10-\uff5a]"
"""A Han character, for patterns: a letter of none of the other scripts a report holds (Latin,
Greek, Cyrillic, kana, fullwidth Latin, numerals). The class ``[\\u4e00-\\u9fff]`` means nearly
the same, but ``re`` takes a millisecond over its 21,000 code points each time it compiles one."""

_METHODS = ("match", "search", "fullmatch", "sub", "split", "findall", "finditer")


class LazyPattern:
    """``re.compile(pattern, flags)``, deferred: the same methods, compiled on first use."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self.flags)
        for name in _METHODS:  # later calls go straight to the compiled pattern
            setattr(self, name, getattr(compiled, name))
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().search(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize,
    ) -> re.Match[str] | None:
        return self._compile().fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compile().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compile().split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compile().findall(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize,
    ) -> Iterator[re.Match[str]]:
        return self._compile().finditer(string, pos, endpos)


HAN_CHAR = LazyPattern(HAN)
"""One Han character: ``HAN_CHAR.search(line)`` tells whether a line holds any Chinese."""
