"""Review checks of one report: the parts its rubric requires, the publication deadline, and
numbering slips the parser had to repair. Pure functions over a Document; the comparison of
reports with each other (reuse, near copies) is in ``parser.similarity``.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from typing import Literal

from parser.model import Document, Section, Span
from parser.rubric import Part, Rubric

Basis = Literal["heading", "content", "rest"]

_SENTENCE_END = "。！？；\n"


@dataclass(frozen=True)
class PartFinding:
    """Whether a report contains one part of its rubric, and where."""

    part: Part
    section: Section | None
    """The section that satisfies the part (the first, when several do)."""
    at: Span | None
    """What proves it: the heading, or the sentence holding the content phrase."""
    basis: Basis | None
    """How it was found: a heading wording, content phrases, or the rest of the top level."""
    cue: str | None
    """The wording that matched (a heading cue or the first content phrase)."""

    @property
    def found(self) -> bool:
        return self.section is not None


@dataclass(frozen=True)
class DeadlineCheck:
    """When the report was made public against when it had to be."""

    date: str | None
    """The date compared, ``YYYY-MM-DD``."""
    basis: Literal["published", "signed"] | None
    """``published`` (the page's 发布日期) or ``signed`` (the signature date)."""
    deadline: str | None
    on_time: bool | None
    """None when the rubric sets no deadline or the report carries no date."""


@dataclass(frozen=True)
class Lint:
    """A numbering slip in the report's outline."""

    line: int
    marker: str
    kind: Literal["inferred", "gap", "repeat"]
    expected: int
    """The number the marker should have spelled."""


def _cue_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    # Longest first, so 存在的问题 is one hit, not 问题 inside it.
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _top_ancestor(doc: Document, node: Section) -> Section:
    return doc.path(node)[0]


def _sentence(text: str, start: int, end: int, lo: int, hi: int) -> Span:
    """The sentence of ``text[lo:hi]`` around ``[start, end)``."""
    left = max((text.rfind(ch, lo, start) for ch in _SENTENCE_END), default=-1)
    right = min((i for i in (text.find(ch, end, hi) for ch in _SENTENCE_END) if i >= 0),
                default=hi)
    return (max(left + 1, lo), min(right + 1, hi))


def find_parts(doc: Document, rubric: Rubric) -> tuple[PartFinding, ...]:
    """Which of the rubric's parts ``doc`` contains, in the rubric's order.

    A part is found, in this order of preference: by the shallowest heading holding one of its
    heading wordings (a deeper one only when its top-level section is not another part's); by
    the first section whose own text holds ``min_hits`` of its content phrases, outside the
    sections of the parts named in ``not_in``; or, for a ``rest`` part, by the top-level
    sections no other part took.
    """
    headings = [node for node in doc.nodes if node.kind == "heading"]
    by_heading: dict[str, tuple[Section, str]] = {}
    top_owner: dict[int, str] = {}
    for depth in sorted({node.level for node in headings}):
        for part in rubric.parts:
            pattern = _cue_pattern(part.headings)
            if part.id in by_heading or pattern is None:
                continue
            for node in headings:
                if node.level != depth:
                    continue
                owner = top_owner.get(_top_ancestor(doc, node).index) if depth > 1 else None
                if owner not in (None, part.id):
                    continue
                hit = pattern.search(node.title)
                if hit:
                    by_heading[part.id] = (node, hit.group())
                    if depth == 1:
                        top_owner.setdefault(node.index, part.id)
                    break

    findings: dict[str, PartFinding] = {}
    for part in rubric.parts:
        if part.id in by_heading:
            node, cue = by_heading[part.id]
            findings[part.id] = PartFinding(part, node, node.heading, "heading", cue)

    claimed_tops = {pid: {_top_ancestor(doc, f.section).index}
                    for pid, f in findings.items() if f.section is not None}
    for part in rubric.parts:
        pattern = _cue_pattern(part.content)
        if part.id in findings or pattern is None:
            continue
        excluded = set().union(*(claimed_tops.get(pid, set()) for pid in part.not_in))
        for node in doc.nodes:
            if _top_ancestor(doc, node).index in excluded:
                continue
            start, end = node.heading[0], node.body[1]
            hits = list(pattern.finditer(doc.text, start, end))
            if len(hits) >= part.min_hits:
                first = hits[0]
                at = _sentence(doc.text, first.start(), first.end(), start, end)
                findings[part.id] = PartFinding(part, node, at, "content", first.group())
                claimed_tops.setdefault(part.id, set()).add(_top_ancestor(doc, node).index)
                break

    taken = {f.section.index for f in findings.values()
             if f.section is not None and f.section.level == 1}
    for part in rubric.parts:
        if part.id in findings or not part.rest:
            continue
        rest = [node for node in doc.sections if node.index not in taken]
        if rest:
            findings[part.id] = PartFinding(part, rest[0], rest[0].heading, "rest", None)

    return tuple(
        findings.get(part.id, PartFinding(part, None, None, None, None)) for part in rubric.parts
    )


def reported_year(doc: Document) -> int | None:
    """The year the report is about: the year it reviews where known, else its own year."""
    return getattr(doc.meta, "covers", None) or doc.meta.year


def check_deadline(doc: Document, rubric: Rubric) -> DeadlineCheck:
    """The publication date (else the signature date) against the rubric's deadline in the
    year after the one reported on."""
    published = getattr(doc.meta, "published", None)
    when, basis = (published, "published") if published else (doc.meta.date, "signed")
    if not when:
        when, basis = None, None
    year = reported_year(doc)
    if rubric.deadline is None or year is None:
        return DeadlineCheck(when, basis, None, None)  # type: ignore[arg-type]
    month, day = rubric.deadline
    # A rubric's 02-29 means the last day of February in a common year.
    deadline = date(year + 1, month, min(day, monthrange(year + 1, month)[1]))
    on_time = None if when is None else date.fromisoformat(when) <= deadline
    return DeadlineCheck(when, basis, deadline.isoformat(), on_time)  # type: ignore[arg-type]


def numbering_lint(doc: Document) -> tuple[Lint, ...]:
    """Numbering slips: markers the parser placed by position (``inferred_ordinal``), and gaps
    or repeats in a run of siblings of one marker family (``（一）（二）（四）``)."""
    found: list[Lint] = []

    def visit(siblings: tuple[Section, ...]) -> None:
        previous: dict[str, int] = {}
        run_family: str | None = None
        for node in siblings:
            if node.inferred_ordinal is not None:
                found.append(Lint(node.line, node.marker, "inferred", node.inferred_ordinal))
                # It stands in the run of its siblings' family: (二) 1. (四) has no gap.
                previous[run_family or node.family] = node.inferred_ordinal
                visit(node.children)
                continue
            run_family = node.family
            if node.ordinal is not None:
                last = previous.get(node.family)
                if last is not None and node.ordinal == last:
                    found.append(Lint(node.line, node.marker, "repeat", last + 1))
                elif last is not None and node.ordinal > last + 1:
                    found.append(Lint(node.line, node.marker, "gap", last + 1))
                previous[node.family] = node.ordinal
            visit(node.children)

    visit(doc.sections)
    return tuple(found)
