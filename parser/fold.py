"""Width, case and script folding for matching: ``，``/``,``, ``（``/``(``, ``２０２３``/``2023``, ``Ａ``/``a``
and the full-width space all compare equal once folded.

``fold`` maps every character to exactly one character, so ``fold(text)`` has the same length
as ``text`` and an offset found in the folded text is the same offset in the original. The
choices, per character:

- NFKC when it yields exactly one character (full-width forms, the ideographic space U+3000,
  circled digits ``①``, CJK compatibility ideographs); characters whose NFKC form is longer
  (``…`` -> ``...``, ``⑩`` -> ``10``) stay as they are.
- then lower case, again only when that yields one character (``İ`` stays ``İ``).
- curly quotes ``“”„‟`` fold to ``"`` and ``‘’‚‛`` to ``'``, and the dashes ``‐‑‒–—―−`` to ``-``:
  reports write ``2021—2025`` and ``2021-2025``, ``“接诉即办”`` and ``"接诉即办"`` alike.
- a traditional character folds to its simplified form (``營商環境`` / ``营商环境``), where it has
  one alone (``parser.script``): a mirror site's copy is searched and compared as the report.

Nothing else changes: no whitespace collapsing.
"""

from __future__ import annotations

import unicodedata

from parser import script

_EXTRA = {
    **dict.fromkeys("“”„‟＂", '"'),
    **dict.fromkeys("‘’‚‛＇", "'"),
    **dict.fromkeys("‐‑‒–—―−－", "-"),
}


def fold_char(char: str) -> str:
    """Fold one character to the single character it matches as (see the module docstring)."""
    if char in _EXTRA:
        return _EXTRA[char]
    normal = unicodedata.normalize("NFKC", char)
    if len(normal) != 1:
        normal = char
    lower = normal.lower()
    return script.simple_char(lower if len(lower) == 1 else normal)


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each code point on first sight and remembers it,
    so folding a long text costs one dictionary lookup per character."""

    def __missing__(self, code_point: int) -> str:
        folded = fold_char(chr(code_point))
        self[code_point] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Return ``text`` folded for matching; always the same length as ``text``.

    >>> fold("２０２３年，ＡＢＣ（一）")
    '2023年,abc(一)'
    """
    return text.translate(_TABLE)
