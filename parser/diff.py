"""Compare two reports: which sections pair up, and exactly which characters changed.

``diff(a, b)`` aligns the sections (``parser.align``), then within every pair compares
paragraph by paragraph, sentence by sentence and, where sentences differ, word by word
(``parser.tokens``), so ``召开党工委专题会议4次`` against ``…6次`` marks ``4`` → ``6`` and
nothing else. Every comparison is between short sequences, which keeps the cost close to the
length of the reports when they are similar, and only differing sentences are segmented.

The result is made for a side-by-side view: ``rows`` put each paragraph of ``a`` opposite
its counterpart in ``b`` (or opposite nothing, for an insertion or a deletion) with the edits
inside it. Words are marked only between a sentence and its rewording (or across a short
stretch alike as a whole); unrelated sentences are changed whole. ``sentences`` says of every
sentence whether it was kept, reworded, new, dropped or moved, and ``reuse`` how much of the
new year's text is last year's (``parser.reuse``). Width, spacing, line endings and Markdown
markup are not changes unless ``exact`` (``parser.normal``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from parser.align import (
    SectionPair,
    align,
    differing_ranges,
    heaviest_chain,
    text_similarity,
)
from parser.allocation import collector_paused
from parser.edit import Edit
from parser.figures import FigureChange, figure_changes
from parser.model import Document, Section, Span
from parser.normal import comparison_text, key
from parser.reuse import REWORD_MIN, Reuse, SentenceLink, link_sentences, reuse_of
from parser.tokens import CLAUSE_BREAKS, paragraphs, sentences, visible, words

PARAGRAPH_MIN = 0.4
"""Least similarity for showing two differing paragraphs opposite each other."""
LONE_PARAGRAPH_MIN = 0.25
"""The same where one paragraph stands where one other stood."""
SENTENCE_MIN = REWORD_MIN
"""Least similarity for comparing two sentences word by word: a sentence and its rewording.
Less alike sentences are replaced whole."""
UNIT_BAND = 25
"""How far from its place a differing paragraph or sentence is looked for in the other
report (within one differing stretch)."""

_WORD_BLOCK_LIMIT = 1_000
"""A differing stretch up to this many characters (both sides) that is alike as a whole is
compared word by word across its sentences; a longer or unlike one sentence by sentence."""
_ALIGN_SHARE = 0.3
"""Rough share of a diff's time spent pairing sections, for progress."""
_SENTENCE_SHARE = 0.1
"""…and linking sentences, at the end."""
_WORD_MATRIX_LIMIT = 4_000_000
"""Above this product of lengths, two stretches are not compared word by word."""
WORD_BUDGET = 2_000
"""Differing stretches compared word by word in one diff; the rest (past it, whole
paragraphs) are marked from their first differing character to their last. Two consecutive years of the corpus compare at
most 76, a megabyte of reports with every figure changed 1,856; 20,000 renumbered points
20,000, at 20 µs each."""


@dataclass(frozen=True)
class Row:
    """One line of a side-by-side view: a paragraph of ``a`` opposite one of ``b``.

    ``a`` or ``b`` is None opposite an inserted or deleted paragraph (draw a blank filler).
    Spans are the visible paragraph (no surrounding whitespace); ``edits`` are the edits
    inside the row, in order; they may reach into the whitespace around the paragraph.
    """

    pair: int
    """Index of the row's pair in ``DiffResult.pairs``."""
    a: Span | None
    b: Span | None
    edits: tuple[Edit, ...] = ()

    @property
    def changed(self) -> bool:
        """True when anything in the row differs."""
        return bool(self.edits)

    def stretches(self) -> list[tuple[Span | None, Span | None, bool]]:
        """The row cut for drawing: ``(a, b, changed)`` in order, within the visible
        paragraphs. With both sides present, unchanged stretches (the same text on both sides)
        and edits alternate, unchanged first and last (possibly empty). A paragraph on one
        side only is one changed stretch, None on the other side."""
        if self.a is None or self.b is None:
            return [(self.a, self.b, True)]
        a_position, b_position = self.a[0], self.b[0]
        stretches: list[tuple[Span | None, Span | None, bool]] = []
        for edit in self.edits:
            a_edit, b_edit = _within(edit.a, self.a), _within(edit.b, self.b)
            stretches.append(((a_position, max(a_position, a_edit[0])),
                              (b_position, max(b_position, b_edit[0])), False))
            stretches.append((a_edit, b_edit, True))
            a_position, b_position = max(a_position, a_edit[1]), max(b_position, b_edit[1])
        stretches.append(((a_position, self.a[1]), (b_position, self.b[1]), False))
        return stretches


@dataclass(frozen=True)
class Summary:
    """Counts over a diff: sections (front and back matter excluded), characters, figures."""

    same: int
    changed: int
    added: int
    removed: int
    moved: int
    characters_deleted: int
    """Characters of ``a`` in deletions and replacements."""
    characters_inserted: int
    """Characters of ``b`` in insertions and replacements."""
    characters_changed: int
    """Per edit the longer side, summed: ``4`` → ``6`` is one changed character."""
    figures_changed: int


@dataclass(frozen=True)
class DiffResult:
    """What changed from report ``a`` to report ``b``."""

    a: Document
    b: Document
    pairs: tuple[SectionPair, ...]
    """Front matter, sections in reading order (see ``parser.align.align``), back matter."""
    rows: tuple[Row, ...]
    """Paragraph rows, pair after pair; every paragraph of both reports is in one row."""
    edits: tuple[Edit, ...]
    """All edits, in row order."""
    figures: tuple[FigureChange, ...]
    summary: Summary
    sentences: tuple[SentenceLink, ...] = ()
    """Every sentence of both reports with its counterpart (``parser.reuse``), pair after
    pair."""
    pair_reuse: tuple[Reuse, ...] = ()
    """Per pair (same index as ``pairs``), where the new year's text comes from."""
    reuse: Reuse = Reuse()
    """The same for the whole report."""
    exact: bool = False
    """True when width, spacing and markup counted as changes."""

    @property
    def identical(self) -> bool:
        """True when nothing changed: no edit, and every section where it was (sections
        only reordered are a change)."""
        return not self.edits and all(pair.status == "same" for pair in self.pairs)

    @property
    def new_topics(self) -> tuple[SectionPair, ...]:
        """Sections only in ``b`` that were not split from a section of ``a``."""
        return tuple(pair for pair in self.pairs if pair.status == "added" and not pair.also)

    @property
    def dropped_topics(self) -> tuple[SectionPair, ...]:
        """Sections only in ``a`` that were not merged into a section of ``b``."""
        return tuple(pair for pair in self.pairs if pair.status == "removed" and not pair.also)

    @cached_property
    def _paths(self) -> dict[str, dict[int, tuple[Section, ...]]]:
        return {side: {node.index: (*ancestors, node) for node, ancestors in doc.walk()}
                for side, doc in (("a", self.a), ("b", self.b))}

    def path(self, side: Literal["a", "b"], section: Section) -> tuple[Section, ...]:
        """``section`` of report ``side`` with its ancestors, from the top (as
        ``Document.path``, without a search per call)."""
        return self._paths[side][section.index]


def _within(span: Span, bounds: Span) -> Span:
    """``span`` clipped to ``bounds`` (an empty span at the nearest end when outside)."""
    start = min(max(span[0], bounds[0]), bounds[1])
    return (start, min(max(span[1], start), bounds[1]))


def _edit(a: Span, b: Span) -> Edit:
    if a[0] == a[1]:
        return Edit("insert", a, b)
    if b[0] == b[1]:
        return Edit("delete", a, b)
    return Edit("replace", a, b)


def _block(units: Sequence[Span], first: int, last: int, fallback: int) -> Span:
    """The span of ``units[first:last]``; when empty, the place just before ``units[first]``
    (``fallback`` past the last unit)."""
    if first < last:
        return (units[first][0], units[last - 1][1])
    position = units[first][0] if first < len(units) else fallback
    return (position, position)


def _merge_short_equalities(
    ranges: list[tuple[int, int, int, int]], a_units: Sequence[Span], b_units: Sequence[Span]
) -> list[tuple[int, int, int, int]]:
    """Join differing ranges separated by an unchanged stretch no longer than either of them.

    Rewritten text shares stray characters (``的``, ``，``) with what it replaced; marking them
    unchanged breaks one rewrite into confetti. This is diff-match-patch's semantic cleanup,
    on words.
    """

    def size(r: tuple[int, int, int, int]) -> int:
        a_chars = a_units[r[1] - 1][1] - a_units[r[0]][0] if r[1] > r[0] else 0
        b_chars = b_units[r[3] - 1][1] - b_units[r[2]][0] if r[3] > r[2] else 0
        return max(a_chars, b_chars)

    merged: list[tuple[int, int, int, int]] = []
    for current in ranges:
        while merged:
            previous = merged[-1]
            gap = a_units[current[0] - 1][1] - a_units[previous[1]][0]
            if gap > min(size(previous), size(current)):
                break
            merged.pop()
            current = (previous[0], current[1], previous[2], current[3])
        merged.append(current)
    return merged


Step = tuple[int | None, int | None]
"""Units opposite each other: ``(i, j)``, or ``(i, None)`` / ``(None, j)`` for a unit alone."""


def _similar_near_diagonal(
    xs: Sequence[str], ys: Sequence[str], minimum: float
) -> list[tuple[int, int, float]]:
    """Pairs of similar units within ``UNIT_BAND`` places of the diagonal of a differing
    stretch: enough for units rewritten in place, and linear in the stretch's length."""
    candidates = []
    for i, x in enumerate(xs):
        centre = i * len(ys) // len(xs)
        for j in range(max(0, centre - UNIT_BAND), min(len(ys), centre + UNIT_BAND + 1)):
            score = text_similarity(x, ys[j])
            if score >= minimum:
                candidates.append((i, j, score))
    return candidates


def align_units(
    a_strings: Sequence[str], b_strings: Sequence[str], minimum: float, lone_minimum: float
) -> list[Step]:
    """Put units (paragraphs, sentences) of two texts opposite each other, in order: equal
    units, then in each stretch where they differ the most similar in-order pairs (scoring at
    least ``minimum``, or ``lone_minimum`` when one unit stands where one other stood). Units
    left alone come deletions first."""
    steps: list[Step] = []
    i = j = 0

    def alone(i_end: int, j_end: int) -> None:
        steps.extend([(k, None) for k in range(i, i_end)] + [(None, k) for k in range(j, j_end)])

    ends = (len(a_strings), len(a_strings), len(b_strings), len(b_strings))
    for i1, i2, j1, j2 in [*differing_ranges(a_strings, b_strings), ends]:
        steps.extend((i + k, j + k) for k in range(i1 - i))
        i, j = i1, j1
        if i2 - i1 == j2 - j1 == 1:
            # One unit where one stood: the chain below, without building it.
            if text_similarity(a_strings[i1], b_strings[j1]) >= lone_minimum:
                steps.append((i1, j1))
            else:
                steps += [(i1, None), (None, j1)]
            i, j = i2, j2
            continue
        if i2 > i1 and j2 > j1:
            candidates = _similar_near_diagonal(a_strings[i1:i2], b_strings[j1:j2], minimum)
            for x, y in heaviest_chain(candidates):
                alone(i1 + x, j1 + y)
                steps.append((i1 + x, j1 + y))
                i, j = i1 + x + 1, j1 + y + 1
        alone(i2, j2)
        i, j = i2, j2
    return steps


def _placed(
    steps: Sequence[Step], a_units: Sequence[Span], b_units: Sequence[Span], a_end: int, b_end: int
) -> Iterator[tuple[Span, Span]]:
    """The steps as spans; a unit alone faces the empty span where it would be on the other
    side (``a_end``/``b_end`` past the last unit)."""
    next_i = next_j = 0
    for i, j in steps:
        a = a_units[i] if i is not None else _block(a_units, next_i, next_i, a_end)
        b = b_units[j] if j is not None else _block(b_units, next_j, next_j, b_end)
        yield a, b
        next_i = next_i if i is None else i + 1
        next_j = next_j if j is None else j + 1


def _common_prefix(x: str, y: str) -> int:
    """Length of the common start of two strings (by bisection: string comparison is fast)."""
    low, high = 0, min(len(x), len(y))
    while low < high:
        middle = (low + high + 1) // 2
        if x[:middle] == y[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _narrowed(
    a_text: str, a_span: Span, b_text: str, b_span: Span, *, at_clauses: bool
) -> tuple[Span, Span]:
    """Two differing stretches without their common start and end; with ``at_clauses``,
    cut only at clause breaks instead, so that the words of what remains are the words jieba
    finds in context. (Segmenting is the dear part of a diff, and a changed figure usually
    sits in one clause of a long sentence.)"""
    a = a_text[a_span[0]:a_span[1]]
    b = b_text[b_span[0]:b_span[1]]
    prefix = _common_prefix(a, b)
    suffix = _common_prefix(a[prefix:][::-1], b[prefix:][::-1])
    if at_clauses:
        while prefix > 0 and a[prefix - 1] not in CLAUSE_BREAKS:
            prefix -= 1
        while suffix > 0 and a[len(a) - suffix] not in CLAUSE_BREAKS:
            suffix -= 1
    return ((a_span[0] + prefix, a_span[1] - suffix), (b_span[0] + prefix, b_span[1] - suffix))


class _Differ:
    def __init__(self, a: Document, b: Document, exact: bool) -> None:
        self.a_text = a.text
        self.b_text = b.text
        self.exact = exact
        self.a_compared = comparison_text(a.text, exact)
        self.b_compared = comparison_text(b.text, exact)
        self.figures: list[FigureChange] = []
        self.word_budget = WORD_BUDGET

    def a_key(self, span: Span) -> str:
        """The normalised key of a span of ``a`` (``parser.normal``)."""
        return key(self.a_compared[span[0]:span[1]], self.exact)

    def b_key(self, span: Span) -> str:
        """The normalised key of a span of ``b``."""
        return key(self.b_compared[span[0]:span[1]], self.exact)

    def word_edits(self, a_span: Span, b_span: Span) -> list[Edit]:
        """Edits between two stretches, word by word; words whose keys are the same are not
        changed, words with no key (spaces, markup) are never changes of their own."""
        if self.a_key(a_span) == self.b_key(b_span):
            return []
        blocks = (a_span, b_span)
        if not self.word_budget:
            a_span, b_span = _narrowed(self.a_compared, a_span, self.b_compared, b_span,
                                       at_clauses=False)
            edits = [_edit(a_span, b_span)]
            self.figures += figure_changes(self.a_text, blocks[0], self.b_text, blocks[1], edits)
            return edits
        a_span, b_span = _narrowed(self.a_compared, a_span, self.b_compared, b_span,
                                   at_clauses=True)
        a_length, b_length = a_span[1] - a_span[0], b_span[1] - b_span[0]
        if a_length * b_length > _WORD_MATRIX_LIMIT:
            # One enormous "sentence" (a text without punctuation): words would cost too much.
            a_span, b_span = _narrowed(self.a_compared, a_span, self.b_compared, b_span,
                                       at_clauses=False)
        if not a_length or not b_length or a_length * b_length > _WORD_MATRIX_LIMIT:
            return [_edit(a_span, b_span)]
        self.word_budget -= 1
        a_words = [(w, k) for w in words(self.a_text, *a_span) if (k := self.a_key(w))]
        b_words = [(w, k) for w in words(self.b_text, *b_span) if (k := self.b_key(w))]
        a_spans, b_spans = [w for w, _ in a_words], [w for w, _ in b_words]
        ranges = differing_ranges([k for _, k in a_words], [k for _, k in b_words])
        edits = [
            _edit(_block(a_spans, i1, i2, a_span[1]), _block(b_spans, j1, j2, b_span[1]))
            for i1, i2, j1, j2 in _merge_short_equalities(ranges, a_spans, b_spans)
        ]
        # Figures are looked for in the whole stretches: "10,000人" spans a clause break.
        self.figures += figure_changes(self.a_text, blocks[0], self.b_text, blocks[1], edits)
        return edits

    def text_edits(self, a_span: Span, b_span: Span) -> list[Edit]:
        """Edits between two paragraphs: sentence by sentence; word by word only between a
        sentence and its rewording, so that unrelated sentences are changed whole rather
        than marked in confetti where they share a character."""
        if not self.word_budget:
            return self.word_edits(a_span, b_span)  # past the budget: by characters, whole
        a_units = sentences(self.a_text, *a_span)
        b_units = sentences(self.b_text, *b_span)
        # A sentence that ends its line differs from one that goes on (``X。`` and ``X。\n``):
        # where a sentence is added after another, the line break stays at the end.
        a_keys = [self.a_key(unit) + "\n" * (self.a_text[unit[1] - 1] == "\n")
                  for unit in a_units]
        b_keys = [self.b_key(unit) + "\n" * (self.b_text[unit[1] - 1] == "\n")
                  for unit in b_units]
        if (len(a_keys) == len(b_keys) == 1 and a_keys != b_keys
                and text_similarity(a_keys[0], b_keys[0]) >= SENTENCE_MIN):
            return self.word_edits(a_span, b_span)  # a sentence reworded: as below, directly
        edits: list[Edit] = []
        for i1, i2, j1, j2 in differing_ranges(a_keys, b_keys):
            a_block = _block(a_units, i1, i2, a_span[1])
            b_block = _block(b_units, j1, j2, b_span[1])
            a_joined, b_joined = "".join(a_keys[i1:i2]), "".join(b_keys[j1:j2])
            if (len(a_joined) + len(b_joined) <= _WORD_BLOCK_LIMIT and a_joined and b_joined
                    and text_similarity(a_joined, b_joined) >= SENTENCE_MIN):
                # An edited stretch (a clause cut, two sentences joined): words across it.
                edits += self.word_edits(a_block, b_block)
                continue
            steps = align_units(a_keys[i1:i2], b_keys[j1:j2], SENTENCE_MIN, SENTENCE_MIN)
            for a, b in self._placed_sentences(steps, a_units[i1:i2], b_units[j1:j2],
                                               a_block, b_block):
                edits += self.word_edits(a, b)
        return edits

    def _placed_sentences(
        self, steps: Sequence[Step], a_units: Sequence[Span], b_units: Sequence[Span],
        a_block: Span, b_block: Span,
    ) -> Iterator[tuple[Span, Span]]:
        """As ``_placed``, but a sentence alone is its visible text, and the empty span
        opposite it stands just after the visible text of the sentence before it (else at
        the start of the stretch): the line break after ``X。`` stays after ``X。新增一句。``."""
        a_place, b_place = a_block[0], b_block[0]
        for i, j in steps:
            if i is not None and j is not None:
                yield a_units[i], b_units[j]
                a_place = visible(self.a_text, a_units[i])[1]
                b_place = visible(self.b_text, b_units[j])[1]
            elif i is not None:
                a = visible(self.a_text, a_units[i])
                yield a, (b_place, b_place)
                a_place = a[1]
            elif j is not None:
                b = visible(self.b_text, b_units[j])
                yield (a_place, a_place), b
                b_place = b[1]

    def rows(self, pair: int, a_span: Span | None, b_span: Span | None,
             a_place: int, b_place: int) -> list[Row]:
        """The rows of one pair; ``a_place``/``b_place`` is where a side without a span would
        have its text (for the empty span of an insertion or deletion)."""
        a_units = paragraphs(self.a_text, *a_span) if a_span else []
        b_units = paragraphs(self.b_text, *b_span) if b_span else []
        a_keys = [self.a_key(unit) for unit in a_units]
        b_keys = [self.b_key(unit) for unit in b_units]
        steps = align_units(a_keys, b_keys, PARAGRAPH_MIN, LONE_PARAGRAPH_MIN)
        a_end = a_span[1] if a_span else a_place
        b_end = b_span[1] if b_span else b_place
        rows: list[Row] = []
        for (i, j), (a, b) in zip(steps, _placed(steps, a_units, b_units, a_end, b_end)):
            if i is not None and j is not None and a_keys[i] == b_keys[j]:
                edits = []  # a paragraph kept: none of its sentences or words differs either
            elif a[0] < a[1] and b[0] < b[1]:
                edits = self.text_edits(a, b)
            else:
                # A paragraph alone that is all markup or blank (front matter fences) is no
                # change.
                edits = [_edit(a, b)] if self.a_key(a) or self.b_key(b) else []
            rows.append(Row(
                pair,
                visible(self.a_text, a) if a[0] < a[1] else None,
                visible(self.b_text, b) if b[0] < b[1] else None,
                tuple(edits),
            ))
        return rows


def _summary(pairs: Sequence[SectionPair], edits: Sequence[Edit], figures: int) -> Summary:
    statuses = Counter(pair.status for pair in pairs if pair.part == "section")
    deleted = sum(edit.a[1] - edit.a[0] for edit in edits)
    inserted = sum(edit.b[1] - edit.b[0] for edit in edits)
    return Summary(
        same=statuses["same"], changed=statuses["changed"], added=statuses["added"],
        removed=statuses["removed"], moved=statuses["moved"],
        characters_deleted=deleted, characters_inserted=inserted,
        characters_changed=sum(max(e.a[1] - e.a[0], e.b[1] - e.b[0]) for e in edits),
        figures_changed=figures,
    )


def older_first(current: Document, other: Document) -> tuple[Document, Document]:
    """The two reports in diff order: the older on the left when both years are known,
    otherwise the report being read on the left."""
    current_year, other_year = current.meta.year, other.meta.year
    if current_year is not None and other_year is not None and other_year < current_year:
        return other, current
    return current, other


def reuse(a: Document, b: Document, *, exact: bool = False) -> Reuse:
    """How much of report ``b`` comes back from report ``a`` (the older one first): the same
    figure as ``diff(a, b).reuse``, from the pairing and the sentence correspondences alone,
    without the word-level edits — for comparing many reports, as the review checks do."""
    pairs = align(a, b, exact=exact)
    differ = _Differ(a, b, exact)
    links = link_sentences(a.text, b.text, pairs, differ.a_key, differ.b_key)
    return reuse_of(links, differ.a_key, differ.b_key)


@collector_paused
def diff(
    a: Document, b: Document, *, exact: bool = False,
    progress: Callable[[float], None] | None = None,
) -> DiffResult:
    """Compare report ``a`` with report ``b`` (the older one first).

    Width, spacing, line endings and Markdown markup are not changes (``parser.normal``)
    unless ``exact``. ``progress`` is called now and then with the share done (0.0–1.0), for
    a view to show while it waits. Loads jieba on first use (``parser.segment.warm``).
    """
    report = progress or (lambda _share: None)
    report(0.0)
    differ = _Differ(a, b, exact)
    pairs = align(a, b, exact=exact, compared=(differ.a_compared, differ.b_compared))
    report(_ALIGN_SHARE)
    rows: list[Row] = []
    a_place = b_place = 0
    step = max(1, len(pairs) // 50)
    for index, pair in enumerate(pairs):
        if index % step == 0:
            report(_ALIGN_SHARE + (1 - _ALIGN_SHARE - _SENTENCE_SHARE) * index / len(pairs))
        rows += differ.rows(index, pair.a_span, pair.b_span, a_place, b_place)
        if pair.a_span:
            a_place = pair.a_span[1]
        if pair.b_span:
            b_place = pair.b_span[1]
    edits = tuple(edit for row in rows for edit in row.edits)
    report(1 - _SENTENCE_SHARE)
    links = link_sentences(a.text, b.text, pairs, differ.a_key, differ.b_key)
    by_pair: dict[int, list[SentenceLink]] = {}
    for link in links:
        by_pair.setdefault(link.pair, []).append(link)
    pair_reuse = tuple(reuse_of(by_pair.get(index, ()), differ.a_key, differ.b_key)
                       for index in range(len(pairs)))
    result = DiffResult(
        a=a, b=b, pairs=pairs, rows=tuple(rows), edits=edits, figures=tuple(differ.figures),
        summary=_summary(pairs, edits, len(differ.figures)),
        sentences=tuple(links), pair_reuse=pair_reuse,
        reuse=sum(pair_reuse, Reuse()), exact=exact,
    )
    report(1.0)
    return result
