"""How alike two sections of two reports are in topic, however much their wording changed.

Next year's report takes up the same topics under other headings and in mostly new
sentences: ``加快建设××体系`` comes back as ``大力推进××体系建设``. A character ratio sees
two different texts; what stays is the vocabulary of the topic. So sections are compared as
TF-IDF vectors (cosine similarity), with the sections of both reports as the collection:

- the heading over its words (jieba with the domain dictionary, ``parser.segment``): few
  enough to segment at once, and the domain terms (``乡村振兴``, ``营商环境``) stay whole;
- the content (heading, body and children) over its pairs of adjacent Chinese characters.
  Bigrams carry nearly the same topic signal as words in Chinese prose and cost a tenth of
  segmenting both reports, which alone would take most of the diff's time budget.

Terms every section uses (``推进``, ``工作``) weigh next to nothing; a term two sections alone
share weighs most.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from parser.fold import fold
from parser.model import Document, Section
from parser.segment import tokenize

_CJK_PAIR = re.compile(r"(?=([\u3400-\u9fff]{2}))")
_HEADING_WORD = re.compile(r"[\u3400-\u9fff]")
_YEARS = re.compile(r"\d+")
_SIGNATURE = 12
"""Heaviest terms of a section's content that ``candidates`` looks up."""

Vector = dict[str, float]


def _bigrams(text: str) -> Counter[str]:
    """Counts of the pairs of adjacent Chinese characters of ``text`` (found and counted in
    C: each pair overlapping the next)."""
    return Counter(_CJK_PAIR.findall(text))


HEADING_WORDS_CHARS = 200
"""Characters of a title whose words count: a heading is a phrase; a runaway line taken for
one (a page without punctuation) is not segmented whole."""


def _heading_words(titles: Sequence[str]) -> list[Counter[str]]:
    """The words of each title, years left out; one call to jieba for all of them."""
    text = _YEARS.sub(" ", fold("\n".join(
        title[:HEADING_WORDS_CHARS].replace("\n", " ") for title in titles)))
    counts: list[Counter[str]] = [Counter() for _ in titles]
    line = 0
    for start, end in tokenize(text):
        word = text[start:end]
        if word == "\n":
            line += 1
        elif len(word) > 1 and _HEADING_WORD.search(word):
            counts[line][word] += 1
    return counts


_LOG_TF = [0.0] + [1 + math.log(n) for n in range(1, 256)]
"""``1 + log(tf)`` for the counts most terms have."""


def _weigh(counts: Counter[str], idf: dict[str, float]) -> Vector:
    logs = _LOG_TF
    vector = {term: (logs[n] if n < 256 else 1 + math.log(n)) * idf[term]
              for term, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    scale = 1 / norm
    return {term: w * scale for term, w in vector.items()}


def _idf(collection: Iterable[Counter[str]]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    size = 0
    for counts in collection:
        frequency.update(counts.keys())
        size += 1
    return {term: math.log((1 + size) / (1 + n)) + 0.1 for term, n in frequency.items()}


def cosine(x: Vector, y: Vector) -> float:
    """Cosine similarity of two unit vectors."""
    return min(1.0, sum([x[term] * y[term] for term in x.keys() & y.keys()]))


class Likeness:
    """TF-IDF vectors of the sections of two reports, ready to compare."""

    def __init__(
        self, a: Document, b: Document, ends: dict[str, dict[int, int]] | None = None
    ) -> None:
        """``ends``: per side, nodes whose content reaches past their own end (a numbered
        point and the lead sentences after it), to where it ends."""
        self._docs = {"a": a, "b": b}
        self._ends = ends or {"a": {}, "b": {}}
        self._own = {side: [_bigrams(doc.text[n.heading[0]:n.body[1]]) for n in doc.nodes]
                     for side, doc in self._docs.items()}
        self._titles = {side: _heading_words([n.title for n in doc.nodes])
                        for side, doc in self._docs.items()}
        self._content_idf = _idf(self._own["a"] + self._own["b"])
        self._heading_idf = _idf(self._titles["a"] + self._titles["b"])
        # Vectors are weighed when first compared: a large report compares few of its nodes.
        self._content: dict[tuple[str, int], Vector] = {}
        self._heading: dict[tuple[str, int], Vector] = {}

    def _content_vector(self, side: str, node: Section) -> Vector:
        vector = self._content.get((side, node.index))
        if vector is None:
            # A node's content is its own text and its children's: one stretch of the text.
            end = self._ends[side].get(node.index, node.end)
            counts = (_bigrams(self._docs[side].text[node.start:end])
                      if node.children or end != node.end else self._own[side][node.index])
            vector = self._content[side, node.index] = _weigh(counts, self._content_idf)
        return vector

    def _heading_vector(self, side: str, node: Section) -> Vector:
        vector = self._heading.get((side, node.index))
        if vector is None:
            vector = self._heading[side, node.index] = _weigh(
                self._titles[side][node.index], self._heading_idf)
        return vector

    def content(self, x: Section, y: Section) -> float:
        """Cosine of the contents (children included) of ``x`` in ``a`` and ``y`` in ``b``."""
        return cosine(self._content_vector("a", x), self._content_vector("b", y))

    def heading(self, x: Section, y: Section) -> float:
        """Cosine of the heading words of ``x`` in ``a`` and ``y`` in ``b``."""
        return cosine(self._heading_vector("a", x), self._heading_vector("b", y))

    def candidates(self, xs: Sequence[Section], ys: Sequence[Section]) -> set[tuple[int, int]]:
        """Positions ``(i, j)`` of the pairs of ``xs`` and ``ys`` that share one of the
        heaviest terms of their contents: the pairs worth scoring when there are too many to
        score them all."""
        index: dict[str, list[int]] = {}
        for j, y in enumerate(ys):
            for term in _signature(self._content_vector("b", y)):
                index.setdefault(term, []).append(j)
        found: set[tuple[int, int]] = set()
        for i, x in enumerate(xs):
            for term in _signature(self._content_vector("a", x)):
                found.update((i, j) for j in index.get(term, ()))
        return found


def _signature(vector: Vector) -> list[str]:
    return sorted(vector, key=vector.__getitem__, reverse=True)[:_SIGNATURE]
