"""The units two reports are compared in: paragraphs, then sentences, then words.

Chinese prose has no spaces and a paragraph is one line, so line-based tools mark a whole
paragraph for one changed digit. Comparing paragraph by paragraph, then sentence by sentence,
then word by word keeps every comparison short and every mark small. Words come from jieba
with the domain dictionary (``parser.segment``), except that a number and a run of Latin
letters are always tokens of their own, whatever jieba glued them to (``12345热线``, or
``4次`` in an unlucky context): ``召开党工委专题会议4次`` against ``…6次`` differs in
``4``/``6`` only, and ``1200余件`` against ``1350余件`` in the whole number, which reads
better than a change of the middle digits.
"""

from __future__ import annotations

import re

from parser.chars import CLOSING, SENTENCE_ENDS
from parser.model import Span
from parser.segment import tokenize

CLAUSE_BREAKS = frozenset("，,、；;：:。！？!?（）()\n")
"""Punctuation between clauses: where a clause (a figure's context, a stretch jieba can
segment on its own) starts or ends."""

_SENTENCE = re.compile(rf"[^{SENTENCE_ENDS}\n]*(?:[{SENTENCE_ENDS}]+[{CLOSING}]*\n*|\n+|$)")
_NUMBER_OR_LATIN = re.compile(
    r"[0-9０-９]+(?:[.．,][0-9０-９]+)*|[A-Za-zＡ-Ｚａ-ｚ]+"
)


def visible(text: str, span: Span) -> Span:
    """``span`` without the whitespace at either end (empty, at its end, when all blank)."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def paragraphs(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` into paragraphs: one line each, with its newline. Blank lines
    belong to the paragraph before them (the first paragraph also takes those before it), so
    the spans tile the range and no paragraph is blank unless the whole range is."""
    units: list[Span] = []
    position = start
    pending = start  # where the next paragraph starts: leading blank lines are its own
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline + 1
        if text[position:line_end].strip():
            units.append((pending, line_end))
            pending = line_end
        elif units:
            units[-1] = (units[-1][0], line_end)
            pending = line_end
        position = line_end
    if pending < end:
        units.append((pending, end))
    return units


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` after each ``。！？；`` (and at newlines); the spans tile the
    range, each sentence keeping its closing punctuation (quotes included) and newlines."""
    units: list[Span] = []
    for match in _SENTENCE.finditer(text, start, end):
        if match.end() > match.start():
            units.append((match.start(), match.end()))
    return units


def words(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` into diff tokens: jieba words, with every number and every
    run of Latin letters a token of its own. The spans tile the range. Loads jieba on first
    use."""
    units: list[Span] = []
    for word_start, word_end in tokenize(text[start:end], start):
        position = word_start
        for match in _NUMBER_OR_LATIN.finditer(text, word_start, word_end):
            if position < match.start():
                units.append((position, match.start()))
            units.append(match.span())
            position = match.end()
        if position < word_end:
            units.append((position, word_end))
    return units
