"""What a diff of prose does not count as a change.

The same report saved twice — as ``.txt`` and ``.html``, as Markdown and as plain text, with
CRLF or without a final newline — differs in full- against half-width punctuation and digits
(``，``/``,``, ``２０２３``/``2023``), runs of spaces and blank lines, line endings and markup
(``**…**``, ``## ``, YAML front matter, comments). None of that is an edit of the text. A diff compares *keys*: the text
with Markdown markup masked (``parser.markdown``), folded (``parser.fold``: width, case,
quotes and dashes, traditional characters), and its whitespace reduced to what separates two Latin words. ``exact``
keys are the text itself, for ``gongwen diff --exact``.

Line endings need nothing here: loading already turns CRLF and CR into ``\\n``.
"""

from __future__ import annotations

import string

from parser import markdown
from parser.fold import fold

_LATIN = frozenset(string.ascii_letters + string.digits)
"""Characters a space between two of which is kept (``COVID 19``)."""


def comparison_text(text: str, exact: bool = False) -> str:
    """``text`` as compared: Markdown markup masked and every character folded; the same
    length as ``text``, so an offset into it is an offset into ``text``. With ``exact``,
    ``text`` itself."""
    if exact:
        return text
    if markdown.is_markdown(text):
        markup = markdown.read(text)
        text = markup.view
        # Front matter, comments and rules belong to the file, not to the report.
        for start, end in markup.debris:
            text = text[:start] + markdown.MASK * (end - start) + text[end:]
    return fold(text)


def key(compared: str, exact: bool = False) -> str:
    """The key of a stretch of a ``comparison_text``: whitespace dropped, except one space
    between two Latin letters or digits (``COVID 19`` is not ``COVID19``). With ``exact``,
    the stretch itself."""
    if exact:
        return compared
    inner = compared.strip()
    if " " not in inner and inner.isprintable():
        return inner  # no whitespace or mask within: nothing more to drop (the common case)
    # ``split`` cuts at every run of whitespace, the mask included (it is a space).
    words = compared.split()
    kept = words[:1]
    for before, word in zip(words, words[1:]):
        if before[-1] in _LATIN and word[0] in _LATIN:
            kept.append(" ")
        kept.append(word)
    return "".join(kept)
