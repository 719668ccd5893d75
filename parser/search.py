"""Find a query in a Document, section by section: the live filter and ``gongwen grep``.

The unit of matching is a *region*: the front matter, each node's own text (its heading and
body, not its children) and the back matter. A region matches when every required clause of
the query occurs in it and no excluded one does. Hits are the occurrences of the required
terms inside matching regions; an occurrence that crosses a region boundary belongs to neither.

Building a ``SearchIndex`` folds the text once (``parser.fold``); each search after that is a
handful of ``re`` scans over the folded text, cached per term, with no word segmentation, so a
keystroke in the filter costs milliseconds even on a megabyte of report.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Literal

from parser.fold import fold
from parser.model import Document
from parser.nodes import BACK, FRONT, Matter, NodeKey, own_texts
from parser.query import Query, parse_query

Region = Matter | Literal["section"]

if TYPE_CHECKING:
    from parser.align import SectionPair

_STORED: dict[Matter, int] = {FRONT: -1, BACK: -2}
"""How ``regions`` writes the front and back matter's keys: as integers, like the sections'."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence of a query term: ``doc.text[start:end]`` folds to ``term``."""

    start: int
    end: int
    section: int | None
    """``Section.index`` of the node whose own text holds the hit; None in front/back matter."""
    term: str
    """The folded query term that matched."""
    region: Region
    """Where the hit is: the front matter, a section, or the back matter."""


@dataclass(frozen=True)
class SearchResult:
    """What a query found in one Document."""

    query: Query
    hits: tuple[Hit, ...] = ()
    """Every hit, in document order; hits never overlap."""
    sections: frozenset[int] = frozenset()
    """Indexes of the nodes whose own text matches the query."""
    front: bool = False
    """The front matter matches the query."""
    back: bool = False
    """The back matter matches the query."""
    counts: Mapping[int, int] = field(default_factory=dict)
    """Hits in each matching node's own text, by ``Section.index``."""
    shown: frozenset[int] = frozenset()
    """The nodes a filtered tree shows: the matching nodes and all their ancestors."""
    totals: Mapping[int, int] = field(default_factory=dict)
    """Hits in the whole subtree of each shown node, by ``Section.index``."""
    front_hits: int = 0
    back_hits: int = 0

    @property
    def matched(self) -> bool:
        """True when any region matches."""
        return bool(self.sections) or self.front or self.back

    @cached_property
    def _hit_starts(self) -> tuple[int, ...]:
        return tuple(hit.start for hit in self.hits)

    def next_hit(self, offset: int) -> Hit | None:
        """The first hit starting after ``offset``, or None."""
        position = bisect_right(self._hit_starts, offset)
        return self.hits[position] if position < len(self.hits) else None

    def previous_hit(self, offset: int) -> Hit | None:
        """The last hit starting before ``offset``, or None."""
        position = bisect_left(self._hit_starts, offset)
        return self.hits[position - 1] if position else None

    def hits_between(self, start: int, end: int) -> tuple[Hit, ...]:
        """The hits that start in ``[start, end)``, e.g. those on screen."""
        starts = self._hit_starts
        return self.hits[bisect_left(starts, start) : bisect_left(starts, end)]

    def own_hits(self, key: NodeKey) -> int:
        """Hits in node ``key``'s own text (a section's heading and body, not its children)."""
        if key == FRONT:
            return self.front_hits
        if key == BACK:
            return self.back_hits
        return self.counts.get(key, 0)

    def subtree_hits(self, key: NodeKey) -> int:
        """Hits in node ``key`` and every node under it (nothing is under the front and back
        matter)."""
        return self.totals.get(key, 0) if isinstance(key, int) else self.own_hits(key)

    def shows(self, key: NodeKey) -> bool:
        """Whether a tree filtered by the query shows node ``key``: it matches, or a node
        under it does."""
        if key == FRONT:
            return self.front
        if key == BACK:
            return self.back
        return key in self.shown


def pair_nodes(pair: SectionPair) -> tuple[NodeKey | None, NodeKey | None]:
    """The node of each report a pair of the alignment stands for (None for a side the
    pair has no section on)."""
    if pair.part != "section":
        return pair.part, pair.part
    return (pair.a.index if pair.a is not None else None,
            pair.b.index if pair.b is not None else None)


def pair_hits(
    pair: SectionPair, found: tuple[SearchResult, SearchResult], *, subtree: bool = False
) -> tuple[int, int]:
    """Hits of the query on each side of ``pair``, in the ``found`` of each report: in the
    pair's own text, or with ``subtree`` in its whole sections (children included)."""
    counts = []
    for key, result in zip(pair_nodes(pair), found, strict=True):
        if key is None:
            counts.append(0)
        else:
            counts.append(result.subtree_hits(key) if subtree else result.own_hits(key))
    return counts[0], counts[1]


def pair_shown(pair: SectionPair, found: tuple[SearchResult, SearchResult]) -> bool:
    """Whether a filtered tree of pairs shows ``pair``: either side is shown."""
    return any(key is not None and result.shows(key)
               for key, result in zip(pair_nodes(pair), found, strict=True))


class SearchIndex:
    """A Document prepared for searching: its folded text and region table. Build once per
    Document (``SearchIndex.of`` caches it) and search it on every keystroke."""

    _cache: weakref.WeakKeyDictionary[Document, SearchIndex] = weakref.WeakKeyDictionary()

    def __init__(self, doc: Document) -> None:
        # No reference to `doc` itself: `_cache` maps a Document weakly to its index,
        # and an index holding its key would keep every Document alive.
        self.folded = fold(doc.text)
        # Regions in text order: front, every node's own text, back.
        regions = list(own_texts(doc))
        keys = [key for key, _ in regions]
        starts = [start for _, (start, _) in regions]
        ends = [end for _, (_, end) in regions]
        parents = {
            node.index: ancestors[-1].index if ancestors else None
            for node, ancestors in doc.walk()
        }
        self._set_regions(keys, starts, ends, parents)

    def _set_regions(
        self, keys: list[NodeKey], starts: list[int], ends: list[int],
        parents: dict[int, int | None],
    ) -> None:
        self._keys = tuple(keys)
        self._starts = tuple(starts)
        self._ends = tuple(ends)
        self._nonempty = frozenset(k for k, s, e in zip(keys, starts, ends, strict=True) if e > s)
        self._parent = parents
        self.occurrences = lru_cache(maxsize=256)(self._find)

    @classmethod
    def from_regions(
        cls, folded: str, regions: list[tuple[int, int, int, int]]
    ) -> SearchIndex:
        """An index rebuilt from what ``regions`` returned and the folded text, without the
        Document (a persistent index keeps these instead of parsing again)."""
        index = cls.__new__(cls)
        index.folded = folded
        matter: dict[int, NodeKey] = {stored: key for key, stored in _STORED.items()}
        index._set_regions(
            [matter.get(key, key) for key, _, _, _ in regions],
            [start for _, start, _, _ in regions],
            [end for _, _, end, _ in regions],
            {key: (None if parent < 0 else parent)
             for key, _, _, parent in regions if key >= 0},
        )
        return index

    def regions(self) -> list[tuple[int, int, int, int]]:
        """``(key, start, end, parent)`` for every region in text order (front and back
        have negative keys; a top-level node's parent is -1): enough to rebuild the index."""
        regions = []
        for key, start, end in zip(self._keys, self._starts, self._ends, strict=True):
            if isinstance(key, int):
                parent = self._parent.get(key)
                regions.append((key, start, end, -1 if parent is None else parent))
            else:
                regions.append((_STORED[key], start, end, -1))
        return regions

    @classmethod
    def of(cls, doc: Document) -> SearchIndex:
        """The index of ``doc``, built on first use and kept as long as ``doc`` lives."""
        index = cls._cache.get(doc)
        if index is None:
            index = cls._cache[doc] = cls(doc)
        return index

    def _find(self, term: str) -> tuple[tuple[tuple[int, NodeKey], ...], frozenset[NodeKey]]:
        """``term``'s occurrences that lie inside one region, as ``(start, region key)``
        pairs, and the set of regions holding at least one."""
        starts, ends, keys = self._starts, self._ends, self._keys
        length = len(term)
        found: list[tuple[int, NodeKey]] = []
        for match in re.finditer(re.escape(term), self.folded):
            start = match.start()
            slot = bisect_right(starts, start) - 1
            if start + length <= ends[slot]:
                found.append((start, keys[slot]))
        return tuple(found), frozenset(key for _, key in found)

    def _regions_with(self, terms: tuple[str, ...]) -> frozenset[NodeKey]:
        regions: set[NodeKey] = set()
        for term in terms:
            regions |= self.occurrences(term)[1]
        return frozenset(regions)

    def search(self, query: Query | str) -> SearchResult:
        """Run ``query`` (parsed with ``parse_query`` if a string) over the document."""
        if isinstance(query, str):
            query = parse_query(query)
        if query.is_empty:
            return SearchResult(query=query)
        matching = set(self._nonempty)
        for clause in query.required:
            matching &= self._regions_with(tuple(term.text for term in clause.alternatives))
        for clause in query.excluded:
            matching -= self._regions_with(tuple(term.text for term in clause.alternatives))

        candidates = sorted(
            (start, -len(term), key, term)
            for term in query.terms
            for start, key in self.occurrences(term)[0]
            if key in matching
        )
        hits: list[Hit] = []
        counts: dict[NodeKey, int] = {}
        reached = 0
        for start, negative_length, key, term in candidates:
            if start < reached:  # overlaps a hit already taken: the leftmost, longest wins
                continue
            reached = start - negative_length
            counts[key] = counts.get(key, 0) + 1
            if isinstance(key, int):
                hits.append(Hit(start, reached, key, term, "section"))
            else:
                hits.append(Hit(start, reached, None, term, key))

        sections = frozenset(key for key in matching if isinstance(key, int))
        totals: dict[int, int] = {}
        for index in sections:
            count = counts.get(index, 0)
            node: int | None = index
            while node is not None:
                totals[node] = totals.get(node, 0) + count
                node = self._parent[node]
        return SearchResult(
            query=query,
            hits=tuple(hits),
            sections=sections,
            front=FRONT in matching,
            back=BACK in matching,
            counts={key: count for key, count in counts.items() if isinstance(key, int)},
            shown=frozenset(totals),
            totals=totals,
            front_hits=counts.get(FRONT, 0),
            back_hits=counts.get(BACK, 0),
        )


def search(doc: Document, query: Query | str) -> SearchResult:
    """Search ``doc`` for ``query``; the document's ``SearchIndex`` is built once and reused.

    >>> import parser
    >>> result = search(parser.parse("一、行政复议\\n办理复议案件3件。"), "复议")
    >>> [(hit.start, hit.end) for hit in result.hits]
    [(4, 6), (9, 11)]
    """
    return SearchIndex.of(doc).search(query)
