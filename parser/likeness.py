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

_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_HEADING_WORD = re.compile(r"[\u3400-\u9fff]")
_YEARS = re.compile(r"\d+")
_SIGNATURE = 12
"""Heaviest terms of a section's content that ``candidates`` looks up."""

Vector = dict[str, float]


def _bigrams(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for run in _CJK_RUN.findall(text):
        counts.update(run[i:i + 2] for i in range(len(run) - 1))
    return counts


def _heading_words(titles: Sequence[str]) -> list[Counter[str]]:
    """The words of each title, years left out; one call to jieba for all of them."""
    text = _YEARS.sub(" ", fold("\n".join(title.replace("\n", " ") for title in titles)))
    counts: list[Counter[str]] = [Counter() for _ in titles]
    line = 0
    for start, end in tokenize(text):
        word = text[start:end]
        if word == "\n":
            line += 1
        elif len(word) > 1 and _HEADING_WORD.search(word):
            counts[line][word] += 1
    return counts


def _weigh(counts: Counter[str], idf: dict[str, float]) -> Vector:
    vector = {term: (1 + math.log(n)) * idf[term] for term, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {term: w / norm for term, w in vector.items()}


def _idf(collection: Iterable[Counter[str]]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    size = 0
    for counts in collection:
        frequency.update(counts.keys())
        size += 1
    return {term: math.log((1 + size) / (1 + n)) + 0.1 for term, n in frequency.items()}


def cosine(x: Vector, y: Vector) -> float:
    """Cosine similarity of two unit vectors."""
    if len(x) > len(y):
        x, y = y, x
    return min(1.0, sum(w * y[t] for t, w in x.items() if t in y))


class Likeness:
    """TF-IDF vectors of the sections of two reports, ready to compare."""

    def __init__(self, a: Document, b: Document) -> None:
        own = {side: [_bigrams(fold(doc.text[n.heading[0]:n.body[1]])) for n in doc.nodes]
               for side, doc in (("a", a), ("b", b))}
        titles = {side: _heading_words([n.title for n in doc.nodes])
                  for side, doc in (("a", a), ("b", b))}
        content_idf = _idf(own["a"] + own["b"])
        heading_idf = _idf(titles["a"] + titles["b"])
        self._content: dict[str, list[Vector]] = {}
        self._heading: dict[str, list[Vector]] = {}
        for side, doc in (("a", a), ("b", b)):
            totals = _subtree_totals(doc, own[side])
            self._content[side] = [_weigh(counts, content_idf) for counts in totals]
            self._heading[side] = [_weigh(counts, heading_idf) for counts in titles[side]]

    def content(self, x: Section, y: Section) -> float:
        """Cosine of the contents (children included) of ``x`` in ``a`` and ``y`` in ``b``."""
        return cosine(self._content["a"][x.index], self._content["b"][y.index])

    def heading(self, x: Section, y: Section) -> float:
        """Cosine of the heading words of ``x`` in ``a`` and ``y`` in ``b``."""
        return cosine(self._heading["a"][x.index], self._heading["b"][y.index])

    def candidates(self, xs: Sequence[Section], ys: Sequence[Section]) -> set[tuple[int, int]]:
        """Positions ``(i, j)`` of the pairs of ``xs`` and ``ys`` that share one of the
        heaviest terms of their contents: the pairs worth scoring when there are too many to
        score them all."""
        index: dict[str, list[int]] = {}
        for j, y in enumerate(ys):
            for term in _signature(self._content["b"][y.index]):
                index.setdefault(term, []).append(j)
        found: set[tuple[int, int]] = set()
        for i, x in enumerate(xs):
            for term in _signature(self._content["a"][x.index]):
                found.update((i, j) for j in index.get(term, ()))
        return found


def _signature(vector: Vector) -> list[str]:
    return sorted(vector, key=vector.__getitem__, reverse=True)[:_SIGNATURE]


def _subtree_totals(doc: Document, own: list[Counter[str]]) -> list[Counter[str]]:
    """Each node's own counts plus those of its descendants (children follow their parent
    in ``doc.nodes``, so a reverse walk sees every child before its parent)."""
    totals = [Counter(counts) for counts in own]
    parents: dict[int, int] = {}
    for node in doc.nodes:
        for child in node.children:
            parents[child.index] = node.index
    for node in reversed(doc.nodes):
        parent = parents.get(node.index)
        if parent is not None:
            totals[parent].update(totals[node.index])
    return totals
