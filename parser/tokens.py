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
from functools import lru_cache

from parser import segment
from parser.chars import CLOSING, SENTENCE_ENDS
from parser.model import Span

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
    first = _SENTENCE.match(text, start, end)
    if first is not None and first.end() == end:
        return [(start, end)] if end > start else []  # one sentence: the common case
    units: list[Span] = []
    for match in _SENTENCE.finditer(text, start, end):
        if match.end() > match.start():
            units.append((match.start(), match.end()))
    return units


def words(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` into diff tokens: jieba words, with every number and every
    run of Latin letters a token of its own. The spans tile the range. Loads jieba on first
    use."""
    return [(start + word_start, start + word_end)
            for word_start, word_end in _segmented(text[start:end])]


_NONZERO_DIGIT = re.compile("[1-9]")
_SEGMENTED_KEPT = 1 << 15
"""Distinct shapes of stretches whose words are remembered (a report has a few thousand
sentences; a diff segments each differing one on both sides)."""


def _segmented(piece: str) -> tuple[Span, ...]:
    """jieba's words of ``piece``, from 0, remembered by the piece's *shape*: its ASCII digits
    all ``0``. jieba's dictionary gives no digit a frequency, and none of its words but a
    few (``12345热线``) holds one, so a digit is always a word of one character in its
    graph, with the same weight whichever digit it is, and its unknown-word model takes a
    run of digits whole: pieces that differ only in their digits are cut at the same
    places. The many stretches of a diff that differ in a figure (``4次`` → ``6次``) are
    then segmented once. A piece holding one of the dictionary's words with a digit is
    segmented as it is."""
    shape = _NONZERO_DIGIT.sub("0", piece)
    generation = len(segment.added_words())
    if shape != piece:
        digit_words = _digit_words(generation)
        if digit_words is not None and (digit_words.search(piece) or digit_words.search(shape)):
            shape = piece
    return _shape_words(shape, generation)


@lru_cache(maxsize=_SEGMENTED_KEPT)
def _shape_words(shape: str, generation: int) -> tuple[Span, ...]:
    # ``generation`` (how many words were added to the dictionary) keys the cache: added
    # words change the segmentation. Numbers and Latin runs are cut out of jieba's words
    # alike whatever their digits, so the shape decides them too.
    del generation
    units: list[Span] = []
    for word_start, word_end in segment.tokenize(shape):
        position = word_start
        for match in _NUMBER_OR_LATIN.finditer(shape, word_start, word_end):
            if position < match.start():
                units.append((position, match.start()))
            units.append(match.span())
            position = match.end()
        if position < word_end:
            units.append((position, word_end))
    return tuple(units)


@lru_cache(maxsize=2)
def _digit_words(generation: int) -> re.Pattern[str] | None:
    """Any word of the dictionary (with its added words) that holds an ASCII digit."""
    del generation
    frequencies = segment.warm().FREQ
    found = [word for word in filter(re.compile("[0-9]").search, frequencies)
             if frequencies[word]]
    if not found:
        return None
    return re.compile("|".join(map(re.escape, sorted(found, key=len, reverse=True))))
