"""Review checks: the parts a report's rubric requires, the publication deadline, numbering
slips the parser had to repair, and — across a library — reuse of the same office's previous
year and the nearest report of another office. Pure functions over Documents.
"""

from __future__ import annotations

import hashlib
import re
from calendar import monthrange
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, Protocol

from parser.collection import place_in_collection
from parser.diff import reuse
from parser.model import Document, Section, Span
from parser.parts import part_of, parts
from parser.rubric import Part, Rubric, choose_rubric
from parser.similarity import Nearest, nearest, term_counts
from parser.tokens import sentences
from parser.workers import die_with_parent, forkable

Basis = Literal["role", "heading", "content", "rest"]

@dataclass(frozen=True)
class PartFinding:
    """Whether a report contains one part of its rubric, and where."""

    part: Part
    section: Section | None
    """The section that satisfies the part (the first, when several do)."""
    at: Span | None
    """What proves it: the heading, or the sentence holding the content phrase."""
    basis: Basis | None
    """How it was found: a top-level part's role, a heading wording, content phrases, or
    the rest of the top level."""
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


def _sentence(text: str, offset: int, start: int, end: int) -> Span:
    """The sentence of ``text[start:end]`` holding ``offset``."""
    return next(((a, b) for a, b in sentences(text, start, end) if a <= offset < b),
                (start, end))


def find_parts(doc: Document, rubric: Rubric) -> tuple[PartFinding, ...]:
    """Which of the rubric's parts ``doc`` contains, in the rubric's order.

    A part is found, in this order of preference: by a top-level part of the report with the
    part's role (``parser.parts``: 工作情况 is a review, 下一步工作计划 a plan, whatever the
    wording); by the shallowest heading holding one of its heading wordings; by the section
    whose own text holds ``min_hits`` of its content phrases, the strongest phrase deciding;
    or, for a ``rest`` part, by the top-level sections no other part took. Headings and
    content inside the parts named in ``not_in`` never count.

    A top-level part found by role or heading belongs to that rubric part; one where only a
    passage was found (a sentence on the first-responsibility duty within the measures) stays
    free for the others. A role never overrides another rubric part's own heading wording
    (``主要负责同志履行推进法治建设第一责任人职责情况`` ends like a review, but is not one).
    """
    report_parts = parts(doc)
    findings: dict[str, PartFinding] = {}
    owner: dict[int, str] = {}  # top-level part's section index -> rubric part id

    def claim(part: Part, node: Section, at: Span, basis: Basis, cue: str | None) -> None:
        findings[part.id] = PartFinding(part, node, at, basis, cue)
        top = part_of(doc, node, report_parts)
        if top is not None and basis != "content":
            owner.setdefault(top.section.index, part.id)

    def named_for_another(part: Part, title: str) -> bool:
        return any(other is not part and (pattern := _cue_pattern(other.headings)) is not None
                   and pattern.search(title) for other in rubric.parts)

    for part in rubric.parts:
        match = next((p for p in report_parts if part.role and p.role == part.role
                      and not named_for_another(part, p.section.title)), None)
        if match is not None:
            claim(part, match.section, match.section.heading, "role", match.cue)

    def outside(part: Part, node: Section) -> bool:
        top = part_of(doc, node, report_parts)
        return top is None or owner.get(top.section.index) not in part.not_in

    headings = [node for node in doc.nodes if node.kind == "heading"]
    for depth in sorted({node.level for node in headings}):
        for part in rubric.parts:
            pattern = _cue_pattern(part.headings)
            if part.id in findings or pattern is None:
                continue
            for node in headings:
                hit = pattern.search(node.title) if node.level == depth else None
                if hit and outside(part, node):
                    claim(part, node, node.heading, "heading", hit.group())
                    break

    for part in rubric.parts:
        pattern = _cue_pattern(part.content)
        if part.id in findings or pattern is None:
            continue
        # The section holding the strongest phrase (the rubric lists them strongest first)
        # among those with enough hits; on a tie, one whose own heading or point holds it
        # (九是加强政府自身建设 is the part, a passing mention in the review is not), else
        # the first in the text.
        rank = {cue: i for i, cue in enumerate(part.content)}
        best: tuple[tuple[int, bool], Section, re.Match[str]] | None = None
        for node in doc.nodes:
            if not outside(part, node):
                continue
            hits = list(pattern.finditer(doc.text, node.heading[0], node.body[1]))
            if len(hits) < part.min_hits:
                continue
            strongest = min(hits, key=lambda hit: (rank[hit.group()],
                                                   hit.start() >= node.heading[1]))
            score = (rank[strongest.group()], strongest.start() >= node.heading[1])
            if best is None or score < best[0]:
                best = (score, node, strongest)
        if best is not None:
            _, node, hit = best
            at = _sentence(doc.text, hit.start(), node.heading[0], node.body[1])
            claim(part, node, at, "content", hit.group())

    for part in rubric.parts:
        if part.id in findings or not part.rest:
            continue
        rest = [p.section for p in report_parts if p.section.index not in owner]
        if rest:
            claim(part, rest[0], rest[0].heading, "rest", None)

    return tuple(
        findings.get(part.id, PartFinding(part, None, None, None, None)) for part in rubric.parts
    )


def reported_year(doc: Document) -> int | None:
    """The year the report is about: the year its review part covers where the report has
    one, else the year it says it covers, else its own year."""
    review = next((p for p in parts(doc) if p.role == "review" and p.year), None)
    return review.year if review else getattr(doc.meta, "covers", None) or doc.meta.year


def check_deadline(doc: Document, rubric: Rubric) -> DeadlineCheck:
    """The publication date (else the signature date) against the rubric's deadline in the
    year after the one reported on."""
    published = getattr(doc.meta, "published", None)
    when: str | None = published or doc.meta.date
    basis: Literal["published", "signed"] | None = (
        None if not when else "published" if published else "signed")
    year = reported_year(doc)
    if rubric.deadline is None or year is None:
        return DeadlineCheck(when, basis, None, None)
    month, day = rubric.deadline
    # A rubric's 02-29 means the last day of February in a common year.
    deadline = date(year + 1, month, min(day, monthrange(year + 1, month)[1]))
    on_time = None if when is None else date.fromisoformat(when) <= deadline
    return DeadlineCheck(when, basis, deadline.isoformat(), on_time)


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


@dataclass(frozen=True)
class ReportCheck:
    """Every check of one report of a library."""

    rubric: Rubric | None
    """The rubric applied; None when none applies to the report's genre."""
    parts: tuple[PartFinding, ...]
    deadline: DeadlineCheck | None
    lint: tuple[Lint, ...]
    previous: int | None
    """Index (in the list checked) of the same office's report on the year before."""
    reuse: float | None
    """Share of this report's text reused from ``previous``, verbatim or reworded (the
    year-over-year diff's own figure, ``parser.diff.reuse``)."""
    nearest: Nearest
    """The most similar report of another office."""

    @property
    def missing(self) -> tuple[Part, ...]:
        """Required parts not found."""
        return tuple(f.part for f in self.parts if not f.found and not f.part.optional)

    def failures(self, *, reuse_limit: float, copy_limit: float) -> tuple[str, ...]:
        """Which checks failed: ``parts``, ``deadline``, ``reuse``, ``copy``, ``rubric``."""
        failed = []
        if self.rubric is None:
            failed.append("rubric")
        if self.missing:
            failed.append("parts")
        if self.deadline is not None and self.deadline.on_time is False:
            failed.append("deadline")
        if self.reuse is not None and self.reuse >= reuse_limit:
            failed.append("reuse")
        if self.nearest.index >= 0 and self.nearest.similarity >= copy_limit:
            failed.append("copy")
        return tuple(failed)


def office_of(path: Path, doc: Document) -> str:
    """The office a report belongs to in its collection (``parser.collection``: the
    ``<office>/<year>.md`` layout first, then the report's own organisation, normalised so
    that 浙江省人民政府 and 浙江 are one office); its folder when neither says."""
    office, _ = place_in_collection(path, doc.meta.org, doc.meta.year)
    return office.name if office is not None else str(path.parent)


def previous_reports(docs: Sequence[Document], offices: Sequence[str]) -> list[int | None]:
    """For each report, the index of the same office's report on the year before (by the
    year each reports on), or None."""
    years = [reported_year(doc) for doc in docs]
    by_office_year = {(office, year): i for i, (office, year) in enumerate(zip(offices, years))
                      if year is not None}
    return [by_office_year.get((office, year - 1)) if year is not None else None
            for office, year in zip(offices, years)]


POOL_MIN_PAIRS = 8
"""Fewer pairs than this are compared in this process: starting workers costs more than
it saves."""


def _pair_share(job: tuple[tuple[int, int], Document, Document]) -> tuple[tuple[int, int], float]:
    pair, a, b = job
    return pair, reuse(a, b).reused_share


def reuse_shares(
    docs: Sequence[Document],
    pairs: Sequence[tuple[int, int]],
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> dict[tuple[int, int], float]:
    """The share of ``docs[b]`` reused from ``docs[a]`` for each pair ``(a, b)``: the
    year-over-year diff's own figure. About 0.1 s a pair, so many pairs go to ``workers``
    forked processes where this process may fork (``parser.workers``; a process with threads
    compares them itself: spawned workers fail inside a Textual app, whose standard streams
    are not files)."""
    shares: dict[tuple[int, int], float] = {}
    jobs = ((pair, docs[pair[0]], docs[pair[1]]) for pair in pairs)
    if workers <= 1 or len(pairs) < POOL_MIN_PAIRS or not forkable():
        results: Iterable[tuple[tuple[int, int], float]] = map(_pair_share, jobs)
        for pair, share in results:
            shares[pair] = share
            if progress is not None:
                progress(len(shares), len(pairs))
        return shares
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers, initializer=die_with_parent) as pool:
        for pair, share in pool.imap_unordered(_pair_share, jobs, chunksize=2):
            shares[pair] = share
            if progress is not None:
                progress(len(shares), len(pairs))
    return shares


class CheckCache(Protocol):
    """Where figures computed before are kept (``parser.index.ReportIndex``): reuse shares
    by the content hashes of the two reports, nearest reports by the whole library."""

    def reuse_shares(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], float]:
        ...

    def store_reuse_shares(self, shares: dict[tuple[str, str], float]) -> None:
        ...

    def nearest_reports(self, library: str) -> list[tuple[int, float]] | None:
        ...

    def store_nearest_reports(self, library: str, found: list[tuple[int, float]]) -> None:
        ...


def _cached_nearest(
    docs: Sequence[Document], offices: Sequence[str], hashes: Sequence[str], cache: CheckCache,
) -> list[Nearest]:
    """``nearest`` over the library, kept in ``cache`` for the same library (the same
    contents filed under the same offices, in any order): the report's place in that order
    stands for it."""
    order = sorted(range(len(docs)), key=lambda i: (hashes[i], offices[i]))
    rank = {report: place for place, report in enumerate(order)}
    library = hashlib.blake2b(
        "\n".join(f"{hashes[i]}\t{offices[i]}" for i in order).encode(), digest_size=16,
    ).hexdigest()
    known = cache.nearest_reports(library)
    if known is not None and len(known) == len(order):
        found = [Nearest(-1, 0.0)] * len(docs)
        for place, (other, similarity) in enumerate(known):
            found[order[place]] = Nearest(order[other] if other >= 0 else -1, similarity)
        return found
    found = nearest([term_counts(doc) for doc in docs], offices)
    cache.store_nearest_reports(library, [
        (rank[found[report].index] if found[report].index >= 0 else -1,
         found[report].similarity) for report in order])
    return found


def check_reports(
    docs: Sequence[Document],
    offices: Sequence[str],
    rubrics: tuple[Rubric, ...],
    *,
    forced: Rubric | None = None,
    progress: Callable[[int, int], None] | None = None,
    hashes: Sequence[str] | None = None,
    cache: CheckCache | None = None,
    workers: int = 1,
) -> list[ReportCheck]:
    """Check every report of a library. ``offices[i]`` is report ``i``'s office (reports of
    one office are one series: the previous year's is compared for reuse, and they are never
    each other's near copy). ``forced`` applies one rubric to all; otherwise each report gets
    the first of ``rubrics`` that applies to it.

    Reuse, the slow check, is looked up in ``cache`` by the reports' content ``hashes``
    where it was computed before, and the nearest reports for the same library; the rest is
    computed (pairs in ``workers`` processes) and kept there. ``progress(done, total)`` is
    called as pairs are compared and reports checked: ``total`` is the pairs to compare
    plus the reports, and the pairs come first."""
    previous = previous_reports(docs, offices)
    pairs = [(p, i) for i, p in enumerate(previous) if p is not None]
    by_hash: dict[tuple[str, str], float] = {}
    if cache is not None and hashes is not None:
        by_hash = cache.reuse_shares((hashes[a], hashes[b]) for a, b in pairs)
    todo = [pair for pair in pairs if hashes is None
            or (hashes[pair[0]], hashes[pair[1]]) not in by_hash]
    total = len(todo) + len(docs)

    def step(done: int, _count: int) -> None:
        if progress is not None:
            progress(done, total)

    shares = reuse_shares(docs, todo, workers=workers, progress=step)
    if cache is not None and hashes is not None and shares:
        cache.store_reuse_shares({(hashes[a], hashes[b]): share
                                  for (a, b), share in shares.items()})
    if hashes is not None:
        shares.update({(a, b): by_hash[(hashes[a], hashes[b])] for a, b in pairs
                       if (hashes[a], hashes[b]) in by_hash})
    closest = (_cached_nearest(docs, offices, hashes, cache)
               if cache is not None and hashes is not None
               else nearest([term_counts(doc) for doc in docs], offices))
    results = []
    for i, doc in enumerate(docs):
        rubric = forced or choose_rubric(doc, rubrics)
        before = previous[i]
        results.append(ReportCheck(
            rubric=rubric,
            parts=find_parts(doc, rubric) if rubric else (),
            deadline=check_deadline(doc, rubric) if rubric else None,
            lint=numbering_lint(doc),
            previous=before,
            reuse=shares[(before, i)] if before is not None else None,
            nearest=closest[i],
        ))
        step(len(todo) + i + 1, total)
    return results
