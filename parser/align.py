"""Pair the sections of two reports by structure and content, not by number.

Next year's report of the same office keeps most headings, renumbers some (one was inserted
before them), drops a few, adds a few and moves one or two. Pairing by marker would pair the
wrong sections after the first insertion, so sections are paired on what they say:

1. Among siblings, sections whose titles match (width- and case-folded) are anchors, taken in
   order (a longest common subsequence of the titles; on a tie, of the longest sections).
2. Between two anchors, the remaining sections are paired in order where heading and content
   are similar enough, maximising the total similarity.
3. Children are paired the same way within every pair (``一是`` points too).
4. Whatever is left, at any depth, may pair with a leftover anywhere in the other report when
   it is similar enough: a moved section. Its children are then paired in turn.

What stays unpaired is added (only in ``b``) or removed (only in ``a``). The front matter and
back matter pair with each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from parser.fold import fold
from parser.model import Document, Section, Span
from parser.tokens import sentences

PairStatus = Literal["same", "changed", "added", "removed", "moved"]
PairPart = Literal["front", "section", "back"]

TITLE_WEIGHT = 0.3
"""Share of the heading title in a section's similarity; the rest is its text."""
ANCHOR_MIN = 0.3
"""Sections with the same title pair unless their texts have next to nothing in common."""
PAIR_MIN = 0.45
"""Least similarity for pairing sections in order. Unrelated sections of two reports of the
same kind score about 0.1–0.3 (shared boilerplate such as 法治、街道、的)."""
LONE_PAIR_MIN = 0.35
"""Least similarity when one section stands where one other stood: a heavy rewrite."""
MOVE_MIN = 0.55
"""Least similarity for pairing sections out of order: a move needs stronger evidence."""

_DIRECT_LIMIT = 4_000_000
"""Above this product of lengths, texts are compared sentence by sentence first."""
_SAMPLE = 2_000
"""Characters of each side compared when even one differing stretch is too long."""
_FULL_MATRIX_LIMIT = 400
"""Candidate pairs scored exactly without a cheap pre-filter."""
_FILTER_SAMPLE = 500
"""Characters of each section the pre-filter compares."""
_MOVE_POOL_LIMIT = 250_000
"""Leftover pairs beyond which moves are not looked for: with that many unpaired sections on
both sides the reports are not two versions of one report, and the search would be slow."""


@dataclass(frozen=True)
class SectionPair:
    """One row of the alignment: a part of report ``a`` opposite a part of report ``b``.

    For ``part == "section"`` at least one of ``a`` and ``b`` is set; ``a_span`` and ``b_span``
    are the node's own text (heading and body, children excluded) on each side. For the front
    and back matter ``a``/``b`` are None and the spans are the matter itself; a side whose
    matter is empty has no span.
    """

    part: PairPart
    a: Section | None
    b: Section | None
    status: PairStatus
    similarity: float
    """0.0–1.0 over heading and content (children included), markers ignored; 1.0 exactly
    when the content is identical; 0.0 for an added or removed section."""
    depth: int
    """Nesting in the aligned tree: 1 for top-level pairs and for front/back matter."""
    a_span: Span | None
    b_span: Span | None

    @property
    def renumbered(self) -> bool:
        """True when both sides are sections with different markers."""
        return self.a is not None and self.b is not None and self.a.marker != self.b.marker


def text_similarity(a: str, b: str) -> float:
    """Indel similarity (``2·LCS / (len a + len b)``, rapidfuzz's ``fuzz.ratio`` / 100).

    Long texts are first matched sentence by sentence and only the differing stretches are
    compared character by character, so similar texts cost about their length rather than
    the product of their lengths.
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if len(a) * len(b) <= _DIRECT_LIMIT:
        return Indel.normalized_similarity(a, b)
    a_units = [a[s:e] for s, e in sentences(a, 0, len(a))]
    b_units = [b[s:e] for s, e in sentences(b, 0, len(b))]
    distance = 0.0
    for i1, i2, j1, j2 in differing_ranges(a_units, b_units):
        distance += _block_distance("".join(a_units[i1:i2]), "".join(b_units[j1:j2]))
    return 1.0 - distance / (len(a) + len(b))


def _block_distance(a: str, b: str) -> float:
    if len(a) * len(b) <= _DIRECT_LIMIT:
        return Indel.distance(a, b)
    sampled = Indel.normalized_distance(a[:_SAMPLE], b[:_SAMPLE])
    return sampled * (len(a) + len(b))


def differing_ranges(
    a_units: Sequence[str], b_units: Sequence[str]
) -> list[tuple[int, int, int, int]]:
    """The stretches where two sequences of strings differ, as index ranges ``(a_start,
    a_end, b_start, b_end)``, after matching equal units in order (a longest common
    subsequence, by rapidfuzz). The units between the ranges are equal, pairwise."""
    ranges: list[tuple[int, int, int, int]] = []
    pending: list[int] | None = None
    for op in Indel.opcodes(a_units, b_units):
        if op.tag == "equal":
            if pending is not None:
                ranges.append((pending[0], op.src_start, pending[1], op.dest_start))
                pending = None
        elif pending is None:
            pending = [op.src_start, op.dest_start]
    if pending is not None:
        ranges.append((pending[0], len(a_units), pending[1], len(b_units)))
    return ranges


def heaviest_chain(candidates: Iterable[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Of the candidate pairs ``(i, j, weight)``, the pairs increasing in both ``i`` and ``j``
    with the largest total weight: a weighted longest common subsequence over the pairs
    that may match only, so its cost is ``O(k log k)`` for ``k`` candidates (a Fenwick tree
    over ``j`` holds the heaviest chain ending left of each column) rather than the
    ``O(n·m)`` of a full table. Weights must be positive.
    """
    ordered = sorted(candidates, key=lambda candidate: (candidate[0], -candidate[1]))
    if not ordered:
        return []
    size = max(j for _, j, _ in ordered) + 1
    tree_value = [0.0] * (size + 1)
    tree_link = [-1] * (size + 1)
    links: list[tuple[int, int, int]] = []
    best_value, best_link = 0.0, -1
    # Within a row, columns come in descending order, so a row never chains with itself.
    for i, j, weight in ordered:
        value, link = 0.0, -1
        k = j
        while k > 0:
            if tree_value[k] > value:
                value, link = tree_value[k], tree_link[k]
            k -= k & -k
        value += weight
        links.append((i, j, link))
        node = len(links) - 1
        if value > best_value:
            best_value, best_link = value, node
        k = j + 1
        while k <= size:
            if value > tree_value[k]:
                tree_value[k], tree_link[k] = value, node
            k += k & -k
    chain: list[tuple[int, int]] = []
    while best_link >= 0:
        i, j, best_link = links[best_link]
        chain.append((i, j))
    return chain[::-1]


def matrix_candidates(
    scores: Sequence[Sequence[float]], minimum: float
) -> list[tuple[int, int, float]]:
    """The cells of a score matrix at or above ``minimum``, as ``heaviest_chain`` candidates."""
    return [
        (i, j, score) for i, row in enumerate(scores) for j, score in enumerate(row)
        if score >= minimum
    ]


@dataclass
class _Entry:
    """A node of the aligned tree while it is being built."""

    a: Section | None
    b: Section | None
    similarity: float = 0.0
    moved: bool = False
    children: list[_Entry] = field(default_factory=list)


class _Aligner:
    def __init__(self, a: Document, b: Document) -> None:
        self.a_doc = a
        self.b_doc = b
        self.a_content: dict[int, str] = {}
        self.b_content: dict[int, str] = {}
        self.a_titles = {node.index: fold(node.title) for node in a.nodes}
        self.b_titles = {node.index: fold(node.title) for node in b.nodes}
        # a index -> (b section, similarity, moved)
        self.partner: dict[int, tuple[Section, float, bool]] = {}
        self.paired_b: set[int] = set()

    def content(self, side: Literal["a", "b"], node: Section) -> str:
        """The node's text with children, without its marker: renumbering is not a change."""
        cache = self.a_content if side == "a" else self.b_content
        text = cache.get(node.index)
        if text is None:
            doc = self.a_doc if side == "a" else self.b_doc
            text = doc.text[node.start:node.end].lstrip()
            if text.startswith(node.marker):
                text = text[len(node.marker):]
            cache[node.index] = text
        return text

    def similarity(self, x: Section, y: Section) -> float:
        if x.kind != y.kind:
            return 0.0
        x_text, y_text = self.content("a", x), self.content("b", y)
        if x_text == y_text:
            return 1.0
        body = text_similarity(x_text, y_text)
        x_title, y_title = self.a_titles[x.index], self.b_titles[y.index]
        if not x_title or not y_title:
            return body
        title = fuzz.ratio(x_title, y_title) / 100
        return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * body

    def scores(
        self, xs: Sequence[Section], ys: Sequence[Section], minimum: float
    ) -> list[list[float]]:
        """Similarity matrix; pairs a cheap character score rules out are left at 0."""
        if len(xs) * len(ys) <= _FULL_MATRIX_LIMIT:
            return [[self.similarity(x, y) for y in ys] for x in xs]
        # Indel similarity of the first characters is a loose filter: a section similar to
        # another overall is rarely unlike it at the start.
        cutoff = 100 * minimum * 0.6
        y_samples = [self.content("b", y)[:_FILTER_SAMPLE] for y in ys]
        scores = [[0.0] * len(ys) for _ in xs]
        for i, x in enumerate(xs):
            for _, _, j in process.extract(
                self.content("a", x)[:_FILTER_SAMPLE], y_samples, scorer=fuzz.ratio,
                score_cutoff=cutoff, limit=None,
            ):
                scores[i][j] = self.similarity(x, ys[j])
        return scores

    def pair(self, x: Section, y: Section, similarity: float, moved: bool) -> None:
        self.partner[x.index] = (y, similarity, moved)
        self.paired_b.add(y.index)

    def align_siblings(self, xs: Iterable[Section], ys: Iterable[Section]) -> None:
        """Pair two sibling lists in order, then the children of every new pair."""
        xs = [x for x in xs if x.index not in self.partner]
        ys = [y for y in ys if y.index not in self.paired_b]
        if not xs or not ys:
            return
        found: list[tuple[Section, Section, float]] = []
        previous_i = previous_j = 0
        for i, j in [*self.title_anchors(xs, ys), (len(xs), len(ys))]:
            found += self.match_gap(xs[previous_i:i], ys[previous_j:j])
            if i < len(xs):
                found.append((xs[i], ys[j], self.similarity(xs[i], ys[j])))
            previous_i, previous_j = i + 1, j + 1
        for x, y, score in found:
            self.pair(x, y, score, moved=False)
        for x, y, _ in found:
            self.align_siblings(x.children, y.children)

    def title_anchors(self, xs: Sequence[Section], ys: Sequence[Section]) -> list[tuple[int, int]]:
        """Sections with equal titles, in order: the most of them, and of as many the longest
        (when two neighbours swap, the shorter one is the one that moved)."""
        columns: dict[tuple[str, str], list[int]] = {}
        for j, y in enumerate(ys):
            if self.b_titles[y.index]:
                columns.setdefault((y.kind, self.b_titles[y.index]), []).append(j)
        # As many anchors as possible; among as many, the longest sections: each pair weighs
        # 1 plus its share of the text, and all shares together are less than 1.
        total = 1 + sum(x.end - x.start for x in xs) + sum(y.end - y.start for y in ys)
        candidates = [
            (i, j, 1 + ((x.end - x.start) + (ys[j].end - ys[j].start)) / total)
            for i, x in enumerate(xs)
            for j in columns.get((x.kind, self.a_titles[x.index]), ())
        ]
        return [(i, j) for i, j in heaviest_chain(candidates)
                if self.similarity(xs[i], ys[j]) >= ANCHOR_MIN]

    def match_gap(
        self, xs: Sequence[Section], ys: Sequence[Section]
    ) -> list[tuple[Section, Section, float]]:
        if not xs or not ys:
            return []
        minimum = LONE_PAIR_MIN if len(xs) == len(ys) == 1 else PAIR_MIN
        scores = self.scores(xs, ys, minimum)
        chain = heaviest_chain(matrix_candidates(scores, minimum))
        return [(xs[i], ys[j], scores[i][j]) for i, j in chain]

    def pair_leftovers(self) -> None:
        """Pair what is left anywhere in the trees, best first: moved sections. A section's
        children are then paired inside it (in order, not as moves of their own)."""
        while True:
            xs = [x for x in self.a_doc.nodes if x.index not in self.partner]
            ys = [y for y in self.b_doc.nodes if y.index not in self.paired_b]
            if not xs or not ys or len(xs) * len(ys) > _MOVE_POOL_LIMIT:
                return
            scores = self.scores(xs, ys, MOVE_MIN)
            # Best first; on a tie the outer section first, so that its children are left to
            # the pairing inside it.
            candidates = sorted(
                (-scores[i][j], xs[i].level, i, j) for i in range(len(xs)) for j in range(len(ys))
                if scores[i][j] >= MOVE_MIN
            )
            accepted: list[tuple[Section, Section]] = []
            for negative_score, _, i, j in candidates:
                x, y = xs[i], ys[j]
                if x.index in self.partner or y.index in self.paired_b or any(
                    _inside(x, outer_x) or _inside(y, outer_y) for outer_x, outer_y in accepted
                ):
                    continue
                self.pair(x, y, -negative_score, moved=True)
                accepted.append((x, y))
            if not accepted:
                return
            for x, y in accepted:
                self.align_siblings(x.children, y.children)

    def tree(self) -> list[_Entry]:
        """The aligned tree: pairs and added sections where ``b`` has them, removed sections
        where ``a`` had them, next to their old neighbours."""
        by_b: dict[int, _Entry] = {}
        by_a: dict[int, _Entry] = {}
        roots: list[_Entry] = []
        pairs_by_b = {
            y.index: (self.a_doc.nodes[x_index], score, moved)
            for x_index, (y, score, moved) in self.partner.items()
        }
        for y, ancestors in self.b_doc.walk():
            x, score, moved = pairs_by_b.get(y.index, (None, 0.0, False))
            entry = _Entry(a=x, b=y, similarity=score, moved=moved)
            by_b[y.index] = entry
            if x is not None:
                by_a[x.index] = entry
            (by_b[ancestors[-1].index].children if ancestors else roots).append(entry)
        for x, ancestors in self.a_doc.walk():
            if x.index in by_a:
                continue
            entry = _Entry(a=x, b=None)
            by_a[x.index] = entry
            siblings = by_a[ancestors[-1].index].children if ancestors else roots
            _insert_in_a_order(siblings, entry)
        return roots


def _inside(node: Section, outer: Section) -> bool:
    """True when ``node`` is a descendant of ``outer`` (same report)."""
    return outer.start <= node.start and node.end <= outer.end and node.index > outer.index


def _insert_in_a_order(siblings: list[_Entry], entry: _Entry) -> None:
    """Insert a removed section before the first sibling that comes after it in ``a`` (moved
    pairs do not count: they stand where ``b`` has them)."""
    assert entry.a is not None
    for position, sibling in enumerate(siblings):
        if sibling.a is not None and not sibling.moved and sibling.a.start > entry.a.start:
            siblings.insert(position, entry)
            return
    siblings.append(entry)


def _status(entry: _Entry) -> PairStatus:
    if entry.a is None:
        return "added"
    if entry.b is None:
        return "removed"
    if entry.moved:
        return "moved"
    return "same" if entry.similarity == 1.0 else "changed"


def _own_span(node: Section | None) -> Span | None:
    return None if node is None else (node.heading[0], node.body[1])


def _matter_pair(
    part: PairPart, a_text: str, a_span: Span, b_text: str, b_span: Span
) -> SectionPair:
    a_matter = a_text[a_span[0]:a_span[1]]
    b_matter = b_text[b_span[0]:b_span[1]]
    status: PairStatus
    if a_matter and not b_matter:
        status = "removed"
    elif b_matter and not a_matter:
        status = "added"
    else:
        status = "same" if a_matter == b_matter else "changed"
    return SectionPair(
        part=part, a=None, b=None, status=status,
        similarity=text_similarity(a_matter, b_matter) if a_matter or b_matter else 1.0,
        depth=1,
        a_span=a_span if a_matter else None,
        b_span=b_span if b_matter else None,
    )


def align(a: Document, b: Document) -> tuple[SectionPair, ...]:
    """Pair the sections of two reports (see the module docstring).

    Returns:
        Front matter first, then every section and point of both reports exactly once, in
        reading order (``b``'s order; a removed section stands where it stood in ``a``; a
        moved one where it stands in ``b``), each followed by its children; back matter last.
    """
    aligner = _Aligner(a, b)
    aligner.align_siblings(a.sections, b.sections)
    aligner.pair_leftovers()
    pairs = [_matter_pair("front", a.text, a.front, b.text, b.front)]

    def flatten(entries: list[_Entry], depth: int) -> None:
        for entry in entries:
            status = _status(entry)
            similarity = entry.similarity if entry.a is not None and entry.b is not None else 0.0
            pairs.append(SectionPair(
                part="section", a=entry.a, b=entry.b, status=status, similarity=similarity,
                depth=depth, a_span=_own_span(entry.a), b_span=_own_span(entry.b),
            ))
            flatten(entry.children, depth + 1)

    flatten(aligner.tree(), 1)
    pairs.append(_matter_pair("back", a.text, a.back, b.text, b.back))
    return tuple(pairs)
