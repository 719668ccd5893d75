"""Pair the sections of two reports by topic and role, not by number.

Next year's report of an office is rewritten rather than edited: the same topic comes back
under another number, another heading and mostly new sentences, one topic is split in two or
two are merged, a topic moves to another part. Sections are paired on what they are about
(``parser.likeness``: TF-IDF of heading words and content) and on the role of the part they
stand in (``parser.parts``: review with review, plan with plan):

1. Among siblings, sections whose titles match (width- and case-folded) are anchors, taken in
   order (a longest common subsequence of the titles; on a tie, of the longest sections), and
   between anchors near-identical sections pair in order: an edited copy pairs as it is.
2. The siblings left pair by topic, best first: similar enough, or each the other's most
   similar; a like place among the siblings breaks near ties. Top-level parts with the same
   role pair even when every sentence is new. A pair out of the order of the others is moved.
3. Children are paired the same way within every pair (``一是`` points too).
4. Whatever is left, at any depth, may pair with a leftover anywhere in the other report when
   it is similar enough (or each is the other's most similar): a moved section.
5. A section still alone that is about as like a sibling's partner as that sibling is, was
   split from it (or merged into it): ``SectionPair.also``.

Every pair carries its similarity and its reasons. What stays unpaired is added (only in
``b``) or removed (only in ``a``). The front matter and back matter pair with each other.
Texts are compared by their keys (``parser.normal``): width, spacing and markup are no change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from parser.fold import fold
from parser.likeness import Likeness
from parser.model import Document, Section, Span
from parser.nodes import BACK, FRONT, Matter
from parser.normal import comparison_text, key
from parser.parts import PartRole, heading_role, parts
from parser.tokens import sentences

PairStatus = Literal["same", "changed", "added", "removed", "moved"]
PairPart = Matter | Literal["section"]
PairReason = Literal["heading", "content", "role", "number"]

HEADING_WEIGHT = 0.35
"""Share of the heading in the similarity of two sections paired as edits of each other (in
order, near-identical): of two near copies, the one that kept its heading is the edited one."""
TOPIC_HEADING_WEIGHT = 0.2
"""The heading's share when sections are paired by topic (rewritten): a rewritten heading
keeps few of its words, and the formulaic ones it shares with unrelated headings (``坚持``,
``着力``, ``加快``) mislead more than the content's vocabulary does."""
HEADING_REASON = 0.5
"""Heading likeness from which the heading counts as a reason for a pair."""
CONTENT_REASON = 0.3
"""Content likeness from which the content counts as a reason for a pair."""
PART_ROLE_MIN = 0.6
"""Least similarity of two top-level parts with the same role (the rest of the way to 1.0
is their likeness): ``一、2023年工作回顾`` and
``一、2024年工作回顾`` pair though no sentence of them is the same."""
OTHER_ROLE_FACTOR = 0.4
"""Factor on the similarity of sections in parts with different roles (a review against a
plan): they share a topic, but one says what was done and the other what will be."""
ANCHOR_MIN = 0.2
"""Sections with the same title pair unless their texts have next to nothing in common."""
PAIR_MIN = 0.5
"""Least similarity for pairing sections in order before anything else: an edited section.
Unrelated sections of two reports of the same office score about 0.05–0.15 (the terms every
report uses weigh next to nothing), a rewritten topic 0.1–0.5."""
LONE_PAIR_MIN = 0.4
"""The same when one section stands where one other stood."""
SIBLING_MIN = 0.3
"""Least similarity for pairing siblings by topic whatever else they resemble."""
SIZE_RATIO_MIN = 0.25
"""Below this ratio of their lengths two sections' similarity shrinks in proportion."""
DEEPER_RATIO = 0.5
"""Below this ratio of their lengths, a section may be paired with a child of the other."""
CONTAINER_RATIO = 2.0
"""How much larger, on average, the siblings left on one side must be than those on the
other to be taken for containers of a level the other report lacks."""
ORDER_WEIGHT = 0.05
"""Weight of a like place among the siblings (0 at opposite ends, 1 at the same place):
enough to break near ties, never to pair unrelated sections."""
MOVE_MIN = 0.4
"""Least similarity for pairing sections anywhere else in the report."""
MUTUAL_MIN = 0.1
"""Least similarity for pairing two sections out of order when each is the other's most
similar: a rewritten topic shares few terms with its old self, but more than with anything
else."""
MOVE_MUTUAL_MIN = 0.25
"""The same for two sections that are each other's most similar among those left: higher
than among siblings, since a section anywhere else in the report has more chances to look
alike by accident."""
HEADED_MOVE_MUTUAL_MIN = 0.15
"""…or this when their headings are alike too (``MOVE_HEADING_MIN``)."""
MOVE_HEADING_MIN = 0.25
"""Heading likeness (TF-IDF of the heading words) that counts as a second sign for a move."""
SPLIT_MIN = 0.15
"""Least similarity for taking an unpaired section as split from (or merged into) the
partner of one of its siblings (topics score low: their headings weigh little)."""
SPLIT_SHARE = 0.7
"""…and the least share of that partner's own similarity to its pair: the two halves of a
split topic are about as like it as each other."""
_KINDRED_ROLES = {"plan", "self-building"}
"""Roles not held apart: the government's work on itself is a point of the plan one year and
a part of its own the next (``推进政府治理能力现代化`` → ``三、加强政府自身建设``)."""
_BELOW_IDENTICAL = 0.999
"""The highest similarity of two sections that are not identical."""

_DIRECT_LIMIT = 4_000_000
"""Above this product of lengths, texts are compared sentence by sentence first."""
_SAMPLE = 2_000
"""Characters of each side compared when even one differing stretch is too long."""
_FULL_MATRIX_LIMIT = 400
"""Candidate pairs scored exactly without a cheap pre-filter."""
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
    reasons: tuple[PairReason, ...] = ()
    """What the pair rests on: a like heading, like content, parts with the same role, the
    same marker. Empty for an added or removed section and for the front/back matter."""
    also: tuple[Section, ...] = ()
    """For an added section, the sections of ``a`` it was split from (their text went to
    it and to their own partner); for a removed one, those of ``b`` it was merged into."""

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


_LCS_LIMIT = 4_000_000
"""Above this product of lengths (2,000 sentences against 2,000; the longest pair of
sections of the corpus compares 250 sentences with 207), two sequences are first cut
between units found once on each side, in order (``_unique_anchors``), and the stretches
between them are aligned on their own: a longest common subsequence costs the product of the
lengths, and 20,000 paragraphs against 20,000 would take a second."""


def differing_ranges(
    a_units: Sequence[str], b_units: Sequence[str]
) -> list[tuple[int, int, int, int]]:
    """The stretches where two sequences of strings differ, as index ranges ``(a_start,
    a_end, b_start, b_end)``, after matching equal units in order (a longest common
    subsequence, by rapidfuzz). The units between the ranges are equal, pairwise."""
    # The common start and end are matched first (as rapidfuzz does itself); what is left
    # often needs no alignment at all (one word against another, a side with nothing), and
    # a diff asks this of every differing sentence: asking rapidfuzz costs more.
    a_end, b_end = len(a_units), len(b_units)
    start = 0
    while start < a_end and start < b_end and a_units[start] == b_units[start]:
        start += 1
    while a_end > start and b_end > start and a_units[a_end - 1] == b_units[b_end - 1]:
        a_end -= 1
        b_end -= 1
    if a_end == b_end == start:
        return []
    if a_end == start or b_end == start or a_end - start == b_end - start == 1:
        return [(start, a_end, start, b_end)]
    if (a_end - start) * (b_end - start) > _LCS_LIMIT:
        anchors = _unique_anchors(a_units, b_units, start, a_end, start, b_end)
        if anchors:
            return _between_anchors(a_units, b_units, anchors, start, a_end, start, b_end)
    ranges: list[tuple[int, int, int, int]] = []
    pending: list[int] | None = None
    for op in Indel.opcodes(a_units[start:a_end], b_units[start:b_end]):
        if op.tag == "equal":
            if pending is not None:
                ranges.append((pending[0], start + op.src_start, pending[1],
                               start + op.dest_start))
                pending = None
        elif pending is None:
            pending = [start + op.src_start, start + op.dest_start]
    if pending is not None:
        ranges.append((pending[0], a_end, pending[1], b_end))
    return ranges


def _unique_anchors(
    a_units: Sequence[str], b_units: Sequence[str], a_start: int, a_end: int, b_start: int,
    b_end: int,
) -> list[tuple[int, int]]:
    """Units found exactly once on each side, the longest run of them in the same order on
    both (patience diff's anchors), as index pairs."""
    a_stretch, b_stretch = a_units[a_start:a_end], b_units[b_start:b_end]
    a_count, b_count = Counter(a_stretch), Counter(b_stretch)
    a_at = {unit: i for i, unit in enumerate(a_stretch, a_start)}
    pairs = sorted((a_at[unit], j) for j, unit in enumerate(b_stretch, b_start)
                   if b_count[unit] == 1 and a_count[unit] == 1)
    # Longest increasing run of ``j`` (patience sorting, with links back for the run).
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        place = bisect_left(tails, j)
        if place:
            back[index] = tail_at[place - 1]
        if place == len(tails):
            tails.append(j)
            tail_at.append(index)
        else:
            tails[place], tail_at[place] = j, index
    chain: list[tuple[int, int]] = []
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        chain.append(pairs[index])
        index = back[index]
    return chain[::-1]


def _between_anchors(
    a_units: Sequence[str], b_units: Sequence[str], anchors: Sequence[tuple[int, int]],
    a_start: int, a_end: int, b_start: int, b_end: int,
) -> list[tuple[int, int, int, int]]:
    """The differing ranges of the stretches between anchors (equal units kept opposite each
    other), each found on its own."""
    ranges: list[tuple[int, int, int, int]] = []
    i, j = a_start, b_start
    for anchor_i, anchor_j in [*anchors, (a_end, b_end)]:
        if i == anchor_i or j == anchor_j or (
                anchor_i - i == anchor_j - j == 1 and a_units[i] != b_units[j]):
            if i < anchor_i or j < anchor_j:  # as differing_ranges answers, without a call
                ranges.append((i, anchor_i, j, anchor_j))
        else:
            ranges += [(i1 + i, i2 + i, j1 + j, j2 + j) for i1, i2, j1, j2 in
                       differing_ranges(a_units[i:anchor_i], b_units[j:anchor_j])]
        i, j = anchor_i + 1, anchor_j + 1
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
    reasons: tuple[PairReason, ...] = ()
    also: tuple[Section, ...] = ()
    children: list[_Entry] = field(default_factory=list)


@dataclass(frozen=True)
class _Match:
    b: Section
    similarity: float
    moved: bool
    reasons: tuple[PairReason, ...]


class _Aligner:
    def __init__(
        self, a: Document, b: Document, exact: bool = False,
        compared: tuple[str, str] | None = None,
    ) -> None:
        self.a_doc = a
        self.b_doc = b
        self.exact = exact
        self.a_compared, self.b_compared = compared or (
            comparison_text(a.text, exact), comparison_text(b.text, exact))
        self.a_content: dict[int, str] = {}
        self.b_content: dict[int, str] = {}
        self.a_titles = {node.index: fold(node.title) for node in a.nodes}
        self.b_titles = {node.index: fold(node.title) for node in b.nodes}
        self.a_leads, a_ends = _lead_groups(a)
        self.b_leads, b_ends = _lead_groups(b)
        self.ends = {"a": a_ends, "b": b_ends}
        self.likeness = Likeness(a, b, self.ends)
        self.a_roles = _roles(a)
        self.b_roles = _roles(b)
        self.a_top = {node.index for node in a.sections}
        self.b_top = {node.index for node in b.sections}
        self.partner: dict[int, _Match] = {}
        self.paired_b: set[int] = set()
        # an unpaired section -> the paired sections of the other report it was split from or
        # merged into
        self.a_also: dict[int, tuple[Section, ...]] = {}
        self.b_also: dict[int, tuple[Section, ...]] = {}
        self._scored: dict[tuple[int, int, bool], tuple[float, tuple[PairReason, ...]]] = {}
        self._opened = False
        self._likenesses: dict[tuple[int, int], tuple[float, float | None] | None] = {}

    def content(self, side: Literal["a", "b"], node: Section) -> str:
        """The key (``parser.normal``) of the node's text with children, without its
        marker: renumbering is not a change."""
        cache = self.a_content if side == "a" else self.b_content
        text = cache.get(node.index)
        if text is None:
            compared = self.a_compared if side == "a" else self.b_compared
            end = self.ends[side].get(node.index, node.end)
            text = key(compared[node.start:end], self.exact)
            marker = key(comparison_text(node.marker, self.exact), self.exact)
            if text.startswith(marker):
                text = text[len(marker):]
            cache[node.index] = text
        return text

    def scored(
        self, x: Section, y: Section, edited: bool = False
    ) -> tuple[float, tuple[PairReason, ...]]:
        """Similarity of ``x`` (in ``a``) and ``y`` (in ``b``) and what made it: heading and
        content likeness (``parser.likeness``), the role of the parts they stand in, the
        marker. ``edited``: weigh the heading as between edits of one section
        (``HEADING_WEIGHT``) rather than between rewritten topics
        (``TOPIC_HEADING_WEIGHT``)."""
        key = (x.index, y.index, edited)
        found = self._scored.get(key)
        if found is None:
            found = self._score(x, y, HEADING_WEIGHT if edited else TOPIC_HEADING_WEIGHT)
            self._scored[key] = found
        return found

    def likenesses(self, x: Section, y: Section) -> tuple[float, float | None] | None:
        """Content and heading likeness of ``x`` and ``y`` (None for the heading when one
        has no title), whatever weighs them; None when their contents are the same."""
        pair = (x.index, y.index)
        if pair in self._likenesses:
            return self._likenesses[pair]
        found: tuple[float, float | None] | None = None
        if self.content("a", x) != self.content("b", y):
            x_title, y_title = self.a_titles[x.index], self.b_titles[y.index]
            found = self.likeness.content(x, y), (
                max(self.likeness.heading(x, y), fuzz.ratio(x_title, y_title) / 100)
                if x_title and y_title else None)
        self._likenesses[pair] = found
        return found

    def _score(
        self, x: Section, y: Section, heading_weight: float
    ) -> tuple[float, tuple[PairReason, ...]]:
        reasons: list[PairReason] = []
        if x.marker == y.marker:
            reasons.append("number")
        likeness = self.likenesses(x, y)
        if likeness is None:
            return 1.0, ("heading", "content", *reasons)
        content, heading = likeness
        if heading is not None:
            score = heading_weight * heading + (1 - heading_weight) * content
            if heading >= HEADING_REASON:
                reasons.append("heading")
        else:
            score = content
        if content >= CONTENT_REASON:
            reasons.append("content")
        x_size, y_size = len(self.content("a", x)), len(self.content("b", y))
        ratio = min(x_size, y_size) / max(x_size, y_size, 1)
        if ratio < SIZE_RATIO_MIN:
            # A topic against a whole part that holds it and others: the topic's partner is
            # inside the part.
            score *= ratio / SIZE_RATIO_MIN
        (x_role, x_said), (y_role, y_said) = self.a_roles[x.index], self.b_roles[y.index]
        if x_role == y_role != "other":
            reasons.append("role")
            if x.index in self.a_top and y.index in self.b_top:
                # Parts with the same job pair even when every word of them is new; of two
                # plans, the likelier stays likelier.
                score = PART_ROLE_MIN + (1 - PART_ROLE_MIN) * score
        elif "other" not in (x_role, y_role) and x_said and y_said and (
                {x_role, y_role} != _KINDRED_ROLES):
            # Only when the headings' words say so: a role read from a year or from the
            # numbering is too weak to hold two sections apart.
            score *= OTHER_ROLE_FACTOR
        return min(score, _BELOW_IDENTICAL), tuple(reasons)

    def similarity(self, x: Section, y: Section, edited: bool = False) -> float:
        return self.scored(x, y, edited)[0]

    def scores(
        self, xs: Sequence[Section], ys: Sequence[Section], minimum: float,
        edited: bool = False,
    ) -> list[list[float]]:
        """Similarity matrix; pairs that share none of their heaviest terms are left at 0
        when there are too many pairs to score them all."""
        if len(xs) * len(ys) <= _FULL_MATRIX_LIMIT:
            return [[self.similarity(x, y, edited) for y in ys] for x in xs]
        scores = [[0.0] * len(ys) for _ in xs]
        for i, j in self.likeness.candidates(xs, ys):
            scores[i][j] = self.similarity(xs[i], ys[j], edited)
        return scores

    def pair(self, x: Section, y: Section, moved: bool, edited: bool = False) -> None:
        similarity, reasons = self.scored(x, y, edited)
        self.partner[x.index] = _Match(y, similarity, moved, reasons)
        self.paired_b.add(y.index)

    def align_runs(self) -> None:
        """A report without part headings (its topics at the top, the numbering starting
        again at the plan) against one with parts: the topics of each run pair with those
        under the other report's parts of the same role, review with review, plan with
        plan, before anything pairs with a whole part."""
        for runs, docs in ((_runs_by_numbering(self.a_doc), (self.a_doc, self.b_doc)),
                           (_runs_by_numbering(self.b_doc), (self.b_doc, self.a_doc))):
            without, other = docs
            if not runs or _has_parts(without) or not _has_parts(other):
                continue
            for role in ("review", "plan"):
                topics = [s for s in without.sections if runs.get(s.index) == role]
                held = [child for part in parts(other) if part.role == role
                        for child in part.section.children]
                if without is self.a_doc:
                    self.align_siblings(topics, held)
                else:
                    self.align_siblings(held, topics)

    def align_siblings(self, xs: Iterable[Section], ys: Iterable[Section]) -> None:
        """Pair two sibling lists: equal titles and near-identical sections in order, then
        the rest by topic, best first, with their places as a weak hint; then the children of
        every new pair. A pair out of the order of the others is a move.

        Lead sentences the parser made siblings of the numbered points they belong to
        (``一是…`` then ``提升产业质态``, ``做强产业园区`` …) go with their point: the points
        pair first, then the leads of each pair of points, like children; leads before
        the first point pair with each other."""
        xs = [x for x in xs if x.index not in self.partner]
        ys = [y for y in ys if y.index not in self.paired_b]
        if not xs or not ys:
            return
        x_main = [x for x in xs if x.kind != "lead"]
        y_main = [y for y in ys if y.kind != "lead"]
        if x_main and y_main and (len(x_main) < len(xs) or len(y_main) < len(ys)):
            self.align_siblings(x_main, y_main)
            self.align_siblings(*(
                [node for node in nodes if node.kind == "lead" and node.index not in leads]
                for nodes, leads in ((xs, self.a_leads), (ys, self.b_leads))
            ))
            return
        self._align_siblings(xs, ys)

    def _align_siblings(self, xs: list[Section], ys: list[Section]) -> None:
        found: list[tuple[int, int]] = []
        previous_i = previous_j = 0
        for i, j in [*self.title_anchors(xs, ys), (len(xs), len(ys))]:
            found += [(previous_i + gi, previous_j + gj)
                      for gi, gj in self.match_gap(xs[previous_i:i], ys[previous_j:j])]
            if i < len(xs):
                found.append((i, j))
            previous_i, previous_j = i + 1, j + 1
        edited = set(found)
        found += self.by_topic(xs, ys, {i for i, _ in found}, {j for _, j in found})
        # As many pairs in order as possible; of as many, the longest (when two neighbours
        # swap, the shorter one is the one that moved).
        total = 1 + sum(x.end - x.start for x in xs) + sum(y.end - y.start for y in ys)
        in_order = set(heaviest_chain(
            (i, j, 1 + ((xs[i].end - xs[i].start) + (ys[j].end - ys[j].start)) / total)
            for i, j in found))
        for i, j in found:
            self.pair(xs[i], ys[j], moved=(i, j) not in in_order, edited=(i, j) in edited)
        for i, j in found:
            self.align_siblings(xs[i].children, ys[j].children)
            self.align_siblings(self.a_leads.get(xs[i].index, ()),
                                self.b_leads.get(ys[j].index, ()))
        self.open_containers(xs, ys)

    def open_containers(self, xs: Sequence[Section], ys: Sequence[Section]) -> None:
        """When the siblings left on one side are much larger than those left on the other,
        they hold a level the other report does not have (``二、…纲要说明及2016年工作建议``
        over ``（一）纲要说明`` and ``（二）2016年工作建议``, against last year's topics): the
        other side's siblings are paired with their children. Once: inside an opened level
        nothing more is opened (the children of the other side's topics are not topics)."""
        left_x = [x for x in xs if x.index not in self.partner and x.kind != "lead"]
        left_y = [y for y in ys if y.index not in self.paired_b and y.kind != "lead"]
        if not left_x or not left_y:
            return
        x_size = sum(len(self.content("a", x)) for x in left_x) / len(left_x)
        y_size = sum(len(self.content("b", y)) for y in left_y) / len(left_y)
        if self._opened:
            return
        self._opened = True
        if y_size >= CONTAINER_RATIO * x_size and any(y.children for y in left_y):
            self.align_siblings(left_x, [c for y in left_y for c in y.children])
        elif x_size >= CONTAINER_RATIO * y_size and any(x.children for x in left_x):
            self.align_siblings([c for x in left_x for c in x.children], left_y)
        self._opened = False

    def by_topic(
        self, xs: Sequence[Section], ys: Sequence[Section], taken_x: set[int], taken_y: set[int]
    ) -> list[tuple[int, int]]:
        """Pairs of the siblings left, best first: similar enough, or each the other's most
        similar among all the siblings; a like place in the list breaks near ties. Costs the
        siblings left times all the siblings."""
        rest_x = [i for i in range(len(xs)) if i not in taken_x]
        rest_y = [j for j in range(len(ys)) if j not in taken_y]
        if not rest_x or not rest_y:
            return []
        if (len(rest_x) * len(ys) + len(xs) * len(rest_y)) > _MOVE_POOL_LIMIT:
            return []
        if (len(rest_x) * len(ys) + len(xs) * len(rest_y)) > _FULL_MATRIX_LIMIT:
            allowed = self.likeness.candidates(xs, ys)
        else:
            allowed = None

        def placed(i: int, j: int) -> float:
            if allowed is not None and (i, j) not in allowed:
                return 0.0
            place = abs(i / max(1, len(xs) - 1) - j / max(1, len(ys) - 1))
            return self.similarity(xs[i], ys[j]) + ORDER_WEIGHT * (1 - place)

        row_best = {i: max(range(len(ys)), key=lambda j: placed(i, j)) for i in rest_x}
        column_best = {j: max(range(len(xs)), key=lambda i: placed(i, j)) for j in rest_y}
        candidates = []
        for i in rest_x:
            for j in rest_y:
                score = placed(i, j) and self.similarity(xs[i], ys[j])
                if (score >= SIBLING_MIN or (
                        score >= MUTUAL_MIN and row_best[i] == j and column_best[j] == i)
                        ) and not self.deeper_match(xs[i], ys[j]):
                    candidates.append((-placed(i, j), i, j))
        accepted: list[tuple[int, int]] = []
        used_x, used_y = set(taken_x), set(taken_y)
        for _, i, j in sorted(candidates):
            if i not in used_x and j not in used_y:
                accepted.append((i, j))
                used_x.add(i)
                used_y.add(j)
        return accepted

    def best_first(
        self, xs: Sequence[Section], ys: Sequence[Section], minimum: float, mutual: float
    ) -> list[tuple[Section, Section]]:
        """Pairs of ``xs`` and ``ys`` scoring at least ``minimum`` (or ``mutual`` when each
        is the other's most similar), best first, each section in one pair; on a tie the
        outer section first, and never a section with one inside its partner's (its
        children are left to the pairing inside it)."""
        if not xs or not ys or len(xs) * len(ys) > _MOVE_POOL_LIMIT:
            return []
        scores = self.scores(xs, ys, min(mutual, HEADED_MOVE_MUTUAL_MIN))
        row_best = [max(row) for row in scores]
        column_best = [max(scores[i][j] for i in range(len(xs))) for j in range(len(ys))]
        candidates = sorted(
            (-scores[i][j], xs[i].level, i, j) for i in range(len(xs)) for j in range(len(ys))
            if (scores[i][j] >= minimum or (
                scores[i][j] >= self.move_mutual(xs[i], ys[j], mutual)
                and scores[i][j] == row_best[i] == column_best[j]))
            and not self.deeper_match(xs[i], ys[j])
        )
        accepted: list[tuple[Section, Section]] = []
        used_x: set[int] = set()
        used_y: set[int] = set()
        for _, _, i, j in candidates:
            x, y = xs[i], ys[j]
            if i in used_x or j in used_y or any(
                _inside(x, outer_x) or _inside(y, outer_y) or _inside(outer_x, x)
                or _inside(outer_y, y)
                for outer_x, outer_y in accepted
            ):
                continue
            accepted.append((x, y))
            used_x.add(i)
            used_y.add(j)
        return accepted

    def move_mutual(self, x: Section, y: Section, mutual: float) -> float:
        """The least similarity for two sections that are each other's most similar: lower
        when their headings share a term of weight (``建立健全街道法律顾问制度`` and
        ``深化社区法律顾问工作``), a second sign beside the content."""
        if self.likeness.heading(x, y) >= MOVE_HEADING_MIN:
            return min(mutual, HEADED_MOVE_MUTUAL_MIN)
        return mutual

    def deeper_match(self, x: Section, y: Section) -> bool:
        """True when ``x`` is at least as like one of ``y``'s children as like ``y`` (or
        the other way round): a topic against the part that holds it in the other report,
        whose partner is inside. Only for sections of unlike lengths: a topic is not a part."""
        x_size, y_size = len(self.content("a", x)), len(self.content("b", y))
        if min(x_size, y_size) >= DEEPER_RATIO * max(x_size, y_size):
            return False
        score = self.similarity(x, y)
        return any(self.similarity(x, child) >= score for child in y.children) or any(
            self.similarity(child, y) >= score for child in x.children)

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
                if self.similarity(xs[i], ys[j], edited=True) >= ANCHOR_MIN]

    def match_gap(
        self, xs: Sequence[Section], ys: Sequence[Section]
    ) -> list[tuple[int, int]]:
        """Positions of the near-identical sections of a stretch between anchors, in order."""
        if not xs or not ys:
            return []
        minimum = LONE_PAIR_MIN if len(xs) == len(ys) == 1 else PAIR_MIN
        scores = self.scores(xs, ys, minimum, edited=True)
        return heaviest_chain(matrix_candidates(scores, minimum))

    def pair_leftovers(self) -> None:
        """Pair what is left anywhere in the trees, best first: moved sections. A section's
        children are then paired inside it (in order, not as moves of their own). Lead
        sentences left over stay so: a lead is a line of its point, not a topic to move."""
        while True:
            xs = [x for x in self.a_doc.nodes
                  if x.index not in self.partner and x.kind != "lead"]
            ys = [y for y in self.b_doc.nodes
                  if y.index not in self.paired_b and y.kind != "lead"]
            accepted = self.best_first(xs, ys, MOVE_MIN, MOVE_MUTUAL_MIN)
            if not accepted:
                return
            for x, y in accepted:
                self.pair(x, y, moved=True)
            for x, y in accepted:
                self.align_siblings(x.children, y.children)

    def split_and_merged(self) -> None:
        """An unpaired section most like the partner of one of its siblings, and about as
        like it as that sibling is, was split from it (in ``b``) or merged into it (in
        ``a``). Lead sentences are lines of their point, not topics: never split or merged."""
        partner_of_b = {match.b.index: self.a_doc.nodes[i] for i, match in self.partner.items()}
        for y, ancestors in self.b_doc.walk():
            if y.index not in self.paired_b and y.kind != "lead":
                siblings = ancestors[-1].children if ancestors else self.b_doc.sections
                sources = [
                    (self.similarity(partner_of_b[s.index], y), partner_of_b[s.index],
                     self.similarity(partner_of_b[s.index], s))
                    for s in siblings if s.index in partner_of_b and s.kind != "lead"
                ]
                found = _shared_origin(sources)
                if found is not None:
                    self.b_also[y.index] = (found,)
        for x, ancestors in self.a_doc.walk():
            if x.index not in self.partner and x.kind != "lead":
                siblings = ancestors[-1].children if ancestors else self.a_doc.sections
                targets = [
                    (self.similarity(x, self.partner[s.index].b), self.partner[s.index].b,
                     self.partner[s.index].similarity)
                    for s in siblings if s.index in self.partner and s.kind != "lead"
                ]
                found = _shared_origin(targets)
                if found is not None:
                    self.a_also[x.index] = (found,)

    def tree(self) -> list[_Entry]:
        """The aligned tree: pairs and added sections where ``b`` has them, removed sections
        where ``a`` had them, next to their old neighbours."""
        by_b: dict[int, _Entry] = {}
        by_a: dict[int, _Entry] = {}
        roots: list[_Entry] = []
        pairs_by_b = {
            match.b.index: (self.a_doc.nodes[x_index], match)
            for x_index, match in self.partner.items()
        }
        for y, ancestors in self.b_doc.walk():
            x, match = pairs_by_b.get(y.index, (None, None))
            entry = _Entry(a=x, b=y)
            if match is not None:
                entry.similarity, entry.moved, entry.reasons = (
                    match.similarity, match.moved, match.reasons)
            entry.also = self.b_also.get(y.index, ())
            by_b[y.index] = entry
            if x is not None:
                by_a[x.index] = entry
            (by_b[ancestors[-1].index].children if ancestors else roots).append(entry)
        groups: dict[int, tuple[_Entry | None, list[_Entry]]] = {}
        for x, ancestors in self.a_doc.walk():
            if x.index in by_a:
                continue
            entry = _Entry(a=x, b=None, also=self.a_also.get(x.index, ()))
            by_a[x.index] = entry
            parent = by_a[ancestors[-1].index] if ancestors else None
            groups.setdefault(id(parent), (parent, []))[1].append(entry)
        for parent, entries in groups.values():
            siblings = parent.children if parent is not None else roots
            siblings[:] = _merged_in_a_order(siblings, entries)
        return roots


def _lead_groups(doc: Document) -> tuple[dict[int, list[Section]], dict[int, int]]:
    """The lead sentences after each numbered sibling (until the next numbered one), and
    where the point's content, leads included, ends."""
    groups: dict[int, list[Section]] = {}
    ends: dict[int, int] = {}
    for siblings in (doc.sections, *(node.children for node in doc.nodes)):
        owner: Section | None = None
        for node in siblings:
            if node.kind != "lead":
                owner = node
            elif owner is not None:
                groups.setdefault(owner.index, []).append(node)
                ends[owner.index] = node.end
    return groups, ends


def _runs_by_numbering(doc: Document) -> dict[int, PartRole]:
    """For a report whose parts have no headings (``过去一年`` and ``新的一年`` as plain lines),
    the roles its top-level numbering gives: it starts again at the plan, so the first run
    of ``一、二、三、…`` reviews and the next one plans. Empty when it never starts again."""
    runs: list[list[Section]] = []
    for section in doc.sections:
        ordinal = section.ordinal
        if runs and ordinal is not None and runs[-1][-1].ordinal is not None and (
                ordinal <= runs[-1][-1].ordinal) and section.family == runs[-1][-1].family:
            runs.append([section])
        elif runs:
            runs[-1].append(section)
        else:
            runs.append([section])
    if len(runs) != 2 or min(len(run) for run in runs) < 2:
        return {}
    order: tuple[PartRole, PartRole] = ("review", "plan")
    return {section.index: role for run, role in zip(runs, order, strict=True)
            for section in run}


def _has_parts(doc: Document) -> bool:
    """Whether ``doc`` is built of parts: a review and a plan at the top level, each
    holding topics."""
    roles = {part.role for part in parts(doc) if part.section.children}
    return {"review", "plan"} <= roles


def _shared_origin(candidates: list[tuple[float, Section, float]]) -> Section | None:
    """Of ``(likeness to the lone section, section, likeness to its own partner)``, the most
    like section, when like enough: ``SPLIT_MIN``, and ``SPLIT_SHARE`` of the likeness to its
    own partner."""
    if not candidates:
        return None
    score, section, own = max(candidates, key=lambda candidate: candidate[0])
    return section if score >= SPLIT_MIN and score >= SPLIT_SHARE * own else None


def _roles(doc: Document) -> dict[int, tuple[PartRole, bool]]:
    """The role of the part each node stands in (``other`` outside every part), and whether
    a heading's words say so (rather than only its year or the numbering).

    A part heading the parser nested inside another part (``二、…工作建议`` under the last
    topic of the review, when its ``一、`` was not recognised) still starts a part: from a
    ``一、``-style heading with a clear cue on, nodes take its role until the next part.
    """
    table = {part.section.index: (part.role, part.cue is not None) for part in parts(doc)}
    if {role for role, _ in table.values()} == {"other"}:
        table.update({index: (role, False)
                      for index, role in _runs_by_numbering(doc).items()})
    roles: dict[int, tuple[PartRole, bool]] = {}
    current: tuple[PartRole, bool] = ("other", False)
    for node in doc.nodes:
        if node.index in table:
            current = table[node.index]
        elif node.family == "cn":
            cue, _ = heading_role(node.title)
            if cue is not None and cue != "other":
                current = (cue, True)
        roles[node.index] = current
    return roles


def _inside(node: Section, outer: Section) -> bool:
    """True when ``node`` is a descendant of ``outer`` (same report)."""
    return outer.start <= node.start and node.end <= outer.end and node.index > outer.index


def _merged_in_a_order(siblings: list[_Entry], removed: list[_Entry]) -> list[_Entry]:
    """``siblings`` with the removed sections (in ``a`` order) put each before the first
    sibling that comes after it in ``a`` (moved pairs do not count: they stand where ``b``
    has them). Linear in the number of entries."""
    result: list[_Entry] = []
    pending = iter(removed)
    waiting = next(pending, None)
    for sibling in siblings:
        if sibling.a is not None and not sibling.moved:
            while waiting is not None and waiting.a is not None and (
                    waiting.a.start < sibling.a.start):
                result.append(waiting)
                waiting = next(pending, None)
        result.append(sibling)
    while waiting is not None:
        result.append(waiting)
        waiting = next(pending, None)
    return result


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


def _matter_pair(part: PairPart, aligner: _Aligner, a_span: Span, b_span: Span) -> SectionPair:
    a_matter = key(aligner.a_compared[a_span[0]:a_span[1]], aligner.exact)
    b_matter = key(aligner.b_compared[b_span[0]:b_span[1]], aligner.exact)
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


def align(
    a: Document, b: Document, *, exact: bool = False, compared: tuple[str, str] | None = None
) -> tuple[SectionPair, ...]:
    """Pair the sections of two reports (see the module docstring). ``exact``: compare the
    texts as they are (``parser.normal``); ``compared``: their comparison texts, when the
    caller has them already.

    Returns:
        Front matter first, then every section and point of both reports exactly once, in
        reading order (``b``'s order; a removed section stands where it stood in ``a``; a
        moved one where it stands in ``b``), each followed by its children; back matter last.
    """
    aligner = _Aligner(a, b, exact, compared)
    aligner.align_runs()
    aligner.align_siblings(a.sections, b.sections)
    aligner.pair_leftovers()
    aligner.split_and_merged()
    pairs = [_matter_pair(FRONT, aligner, a.front, b.front)]

    def flatten(entries: list[_Entry], depth: int) -> None:
        for entry in entries:
            status = _status(entry)
            similarity = entry.similarity if entry.a is not None and entry.b is not None else 0.0
            pairs.append(SectionPair(
                part="section", a=entry.a, b=entry.b, status=status, similarity=similarity,
                depth=depth, a_span=_own_span(entry.a), b_span=_own_span(entry.b),
                reasons=entry.reasons, also=entry.also,
            ))
            flatten(entry.children, depth + 1)

    flatten(aligner.tree(), 1)
    pairs.append(_matter_pair(BACK, aligner, a.back, b.back))
    return tuple(pairs)
