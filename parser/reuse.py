"""Sentence by sentence, what of last year's text comes back this year.

Next year's report of an office is rewritten, not edited, yet much of it is reused sentence
by sentence. Within each pair of sections every sentence of the new year is *kept* (the same
once normalised, ``parser.normal``), *reworded* (a like sentence in the same place last year)
or *new*; every sentence of the old year is kept, reworded or *dropped*. A new sentence that
is a dropped one of another place (another section, or out of order in its own) is *moved*:
one correspondence with both places. From the correspondences come the shares of reused text,
per pair and for the whole report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from parser.align import SectionPair, differing_ranges, heaviest_chain, text_similarity
from parser.model import Span
from parser.tokens import sentences, visible

SentenceKind = Literal["kept", "reworded", "new", "dropped", "moved"]

REWORD_MIN = 0.5
"""Least similarity (character ratio of the keys) of a sentence and a rewording of it."""
REWORD_BAND = 25
"""How many places away in a differing stretch a rewording is looked for."""
MOVE_MIN_CHARS = 8
"""Shorter sentences (``特此报告。``) are not taken for moved when found elsewhere."""


@dataclass(frozen=True)
class SentenceLink:
    """One sentence of either report and its counterpart: ``a`` and ``b`` are the visible
    sentence (no surrounding whitespace); ``a`` is None for a new sentence, ``b`` for a dropped
    one."""

    kind: SentenceKind
    pair: int
    """Index in ``DiffResult.pairs`` of the pair the sentence of ``b`` (else of ``a``) is in."""
    a: Span | None
    b: Span | None
    similarity: float
    """1.0 for kept and moved sentences, the character ratio of a rewording, 0.0 else."""


@dataclass(frozen=True)
class Reuse:
    """Characters (of the normalised text) of the new year's sentences by where they come
    from, and of the old year's dropped ones."""

    kept: int = 0
    moved: int = 0
    reworded: int = 0
    new: int = 0
    dropped: int = 0

    @property
    def total(self) -> int:
        """Characters of the new year's sentences."""
        return self.kept + self.moved + self.reworded + self.new

    @property
    def verbatim_share(self) -> float:
        """Share of the new year's text taken over word for word (kept or moved)."""
        return (self.kept + self.moved) / self.total if self.total else 0.0

    @property
    def reused_share(self) -> float:
        """Share of the new year's text reused from last year, verbatim or reworded."""
        return (self.kept + self.moved + self.reworded) / self.total if self.total else 0.0

    def __add__(self, other: Reuse) -> Reuse:
        return Reuse(self.kept + other.kept, self.moved + other.moved,
                     self.reworded + other.reworded, self.new + other.new,
                     self.dropped + other.dropped)


Keyed = Callable[[Span], str]
"""The normalised key of a span of one report."""


def _units(text: str, span: Span | None, key: Keyed) -> list[tuple[Span, str]]:
    if span is None:
        return []
    units = [visible(text, unit) for unit in sentences(text, *span)]
    return [(unit, unit_key) for unit in units if (unit_key := key(unit))]


def _pair_links(
    index: int, a_units: Sequence[tuple[Span, str]], b_units: Sequence[tuple[Span, str]]
) -> list[SentenceLink]:
    """The sentences of one pair in order: kept where the keys match in order, then in each
    differing stretch the most similar in-order rewordings."""
    a_keys = [k for _, k in a_units]
    b_keys = [k for _, k in b_units]
    links: list[SentenceLink] = []
    i = j = 0
    ends = (len(a_keys), len(a_keys), len(b_keys), len(b_keys))
    for i1, i2, j1, j2 in [*differing_ranges(a_keys, b_keys), ends]:
        links += [SentenceLink("kept", index, a_units[i + k][0], b_units[j + k][0], 1.0)
                  for k in range(i1 - i)]
        i, j = i2, j2
        if i2 - i1 == j2 - j1 == 1:
            # One sentence where one stood: the chain below, without building it.
            score = text_similarity(a_keys[i1], b_keys[j1])
            if score >= REWORD_MIN:
                links.append(SentenceLink("reworded", index, a_units[i1][0], b_units[j1][0],
                                          score))
            else:
                links += [SentenceLink("dropped", index, a_units[i1][0], None, 0.0),
                          SentenceLink("new", index, None, b_units[j1][0], 0.0)]
            continue
        candidates = []
        for x in range(i1, i2):
            centre = j1 + (x - i1) * (j2 - j1) // max(1, i2 - i1)
            for y in range(max(j1, centre - REWORD_BAND), min(j2, centre + REWORD_BAND + 1)):
                score = text_similarity(a_keys[x], b_keys[y])
                if score >= REWORD_MIN:
                    candidates.append((x, y, score))
        scores = {(x, y): score for x, y, score in candidates}
        paired = dict(heaviest_chain(candidates))
        for x in range(i1, i2):
            if x in paired:
                y = paired[x]
                links.append(SentenceLink("reworded", index, a_units[x][0], b_units[y][0],
                                          scores[(x, y)]))
            else:
                links.append(SentenceLink("dropped", index, a_units[x][0], None, 0.0))
        reworded = set(paired.values())
        links += [SentenceLink("new", index, None, b_units[y][0], 0.0)
                  for y in range(j1, j2) if y not in reworded]
    return links


def link_sentences(
    a_text: str, b_text: str, pairs: Sequence[SectionPair], a_key: Keyed, b_key: Keyed
) -> list[SentenceLink]:
    """Every sentence of both reports once, in the pairs' order (see the module docstring)."""
    links: list[SentenceLink] = []
    for index, pair in enumerate(pairs):
        links += _pair_links(index, _units(a_text, pair.a_span, a_key),
                             _units(b_text, pair.b_span, b_key))
    dropped: dict[str, list[int]] = {}
    for position, link in enumerate(links):
        if link.kind == "dropped" and link.a is not None:
            text = a_key(link.a)
            if len(text) >= MOVE_MIN_CHARS:
                dropped.setdefault(text, []).append(position)
    gone: set[int] = set()
    for position, link in enumerate(links):
        if link.kind != "new" or link.b is None:
            continue
        sources = dropped.get(b_key(link.b))
        if sources:
            source = sources.pop(0)
            gone.add(source)
            links[position] = SentenceLink("moved", link.pair, links[source].a, link.b, 1.0)
    return [link for position, link in enumerate(links) if position not in gone]


def reuse_of(links: Sequence[SentenceLink], a_key: Keyed, b_key: Keyed) -> Reuse:
    """Characters of the keys by kind of correspondence."""
    counts = {"kept": 0, "moved": 0, "reworded": 0, "new": 0, "dropped": 0}
    for link in links:
        if link.b is not None:
            counts[link.kind] += len(b_key(link.b))
        elif link.a is not None:
            counts["dropped"] += len(a_key(link.a))
    return Reuse(**counts)
