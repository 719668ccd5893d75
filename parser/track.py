"""Trace last year's plan into this year's results: 去年说要做的，今年做了没有.

Given two reports of one office — year N with its plan part (``2024年工作安排``, ``下一步工作
打算``) and year N+1 with its review part (``2024年工作回顾``, ``工作开展情况``) — every item of
the plan is matched to the sentences of the review that report on it.

Method:

- **Parts.** The plan part of A and the review part of B are found from their headings with the
  cue table of ``parser.parts`` (one table for the whole project), read from the outline's
  top-level sections and from standalone heading lines (a bold ``**二、2023年工作安排**`` or an
  unnumbered ``2022年主要工作`` that the outline does not hold). A plan part naming the year the
  review part reviews wins over one that plans five years; when a report has no such part the
  result says so (``TrackResult.problems``) rather than guessing.
- **Items.** The shallowest nodes inside the plan part — its sections, or its ``一是…`` points
  where it has no sections — or, in a plan written as plain paragraphs, its paragraphs.
- **Matching.** Words from jieba with the domain dictionary (``parser.segment``), stop words
  dropped, weighted by how rare they are among the review's sentences (TF-IDF: ``发展`` is in
  every sentence, ``高标准农田`` in one). An item and a sentence score by the cosine of their
  weighted words, blended with the cosine of the sentence's paragraph (a review paragraph is
  about one topic, its sentences share it). Named programmes in quotes (``“三所联动”``) and a
  figure promised and reported in the same words (``新建高标准农田17万亩`` →
  ``新建高标准农田17.2万亩``) add to the score. A sentence that answers another item much better
  is not shown as this item's evidence.
- **Status.** ``reported`` when the best evidence is clear, ``partial`` when it is weak or
  covers little of the item, ``unreported`` when nothing is found. Review sentences that answer
  no item are the unplanned results.

Pure functions over two Documents; nothing here imports a UI.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from parser import segment
from parser.figures import find_figures
from parser.fold import fold
from parser.keywords import bundled_stop_words
from parser.markdown import without_marks
from parser.model import Document, Section, Span
from parser.parts import ROLE_CUES, heading_role, is_work_report
from parser.tokens import paragraphs, sentences

Status = Literal["reported", "partial", "unreported"]
STATUSES: tuple[Status, ...] = ("reported", "partial", "unreported")

MAX_EVIDENCE = 3
"""Evidence passages kept per item."""
REPORTED_SCORE = 0.30
"""Best evidence at least this strong (and covering enough of the item) reads as reported."""
SHOWN_SCORE = 0.16
"""Weaker evidence than this is not evidence: the item is unreported."""
REPORTED_COVERAGE = 0.30
"""Share of the item's weighted words its evidence must cover to count as fully reported."""
RIVAL_RATIO = 0.55
"""A sentence is shown for an item only if its score is at least this share of the score it
has for the item it answers best."""
PARAGRAPH_WEIGHT = 0.4
"""How much a sentence's paragraph counts in its score (the rest is the sentence itself)."""
UNPLANNED_SCORE = 0.10
"""A review sentence scoring less than this for every item is an unplanned result: neither it
nor its paragraph speaks of anything the plan promised."""
QUOTED_BONUS = 0.12
FIGURE_BONUS = 0.06
FIGURE_WORDS = 2
_NAMING_UNITS = frozenset({"期", "批", "轮"})
"""Units that name rather than count (二期工程, 第二批): no promise to compare."""
"""Words a promised and a reported figure's clauses must share to be the same task's."""

# --- Parts ----------------------------------------------------------------------------------

PartKind = Literal["plan", "review"]

_STRIP = "*#＃ \t\u3000"
_TOP_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分[，,、：:\s]*)")
_SUB_MARKER = re.compile(r"^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[一二三四五六七八九十]+是)")
_ARABIC_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_CHINESE_YEAR = re.compile(r"([一二三四五六七八九〇零○]{4})\s*年")
_CHINESE_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
_MAX_HEADING = 30
_MAX_NUMBERED_HEADING = 60
_MIN_PARAGRAPH_ITEM = 24
_SHORT_HEADING = 8
_MIN_UNPLANNED = 12
"""A shorter sentence (``科技创新取得突破。``) is a lead, not a result of its own."""
_SHORT_SECTION_HEADING = 12
_NOT_RESULTS = re.compile(r"清醒(?:地)?(?:看到|认识到)|在(?:看到|肯定|总结)成绩的同时|衷心(?:的)?感谢|"
                          r"崇高(?:的)?敬意|存在(?:的)?(?:问题|不足)")
"""What opens a paragraph of a review that reports no result: the shortcomings (我们也清醒地看到…)
and the thanks (这些成绩的取得…表示衷心的感谢)."""
_DATE_LINE = re.compile(r"^[（(]?[\d一二三四五六七八九〇零○]{4}年[\d一二三四五六七八九十]{1,2}月"
                        r"[\d一二三四五六七八九十]{1,3}日[）)]?$")
_PLAN_ENDING = re.compile(r"(?:重点|任务|目标|安排|部署|考虑)$")
_TAIL_CUES = {role: re.compile(f"(?:{'|'.join(cues)})$") for role, cues in ROLE_CUES.items()}
"""A heading ends with one of its role's cues: ``今后五年的奋斗目标和主要任务`` is a plan's
heading although ``今后`` is the cue that decided its role."""
_TERMINAL = re.compile(r"附件|附录|附表|名词解释|用语说明|注释")
"""Headings of what follows the last part (appendices, glossaries): they end the part before."""


@dataclass(frozen=True)
class PartHeading:
    """A heading that opens a part of a report: a top-level section's, or a standalone line."""

    title: str
    start: int
    role: str
    year: int | None
    end: int = 0
    """Where the part ends: the next part heading, or the back matter."""


@dataclass(frozen=True)
class TrackPart:
    """The plan part of report A or the review part of report B (one part, or a run of parts
    with the same role and year such as ``2020年总体要求`` + ``2020年重点工作任务``)."""

    kind: PartKind
    titles: tuple[str, ...]
    spans: tuple[Span, ...]
    year: int | None
    sequels: int = 0
    """How many of the last spans are parts without a role that carry the plan's tasks under
    headings of their own (each is an item, see ``_plan_sequels``)."""

    def holds(self, offset: int) -> bool:
        """True when ``offset`` lies in the part."""
        return any(start <= offset < end for start, end in self.spans)


def heading_years(title: str) -> list[int]:
    """The years a heading names, in Arabic (``2024年``) or Chinese digits (``一九九八年``)."""
    found = [int(year) for year in _ARABIC_YEAR.findall(title)]
    for digits in _CHINESE_YEAR.findall(title):
        found.append(int("".join(_CHINESE_DIGIT[c] for c in digits)))
    return found


def _heading_text(line: str) -> tuple[str, bool, bool]:
    """A line's text without Markdown emphasis and without a top-level marker, whether it was
    set apart (bold or a Markdown heading), and whether it carried a top-level marker."""
    stripped = line.strip()
    set_apart = stripped.startswith(("**", "#", "＃")) and len(stripped) > 2
    text = stripped.strip(_STRIP)
    marker = _TOP_MARKER.match(text)
    return (text[marker.end():].strip(_STRIP) if marker else text), set_apart, bool(marker)


def _part_role(title: str) -> str | None:
    """The role ``title`` gives a part, when it reads as a part's heading: it names a year,
    is short, or ends with its cue (``2023年工作回顾``, ``下一步工作打算``, ``加强政府自身建设``);
    a sub-heading that merely uses a cue word (``“三个亮点”实现了新的突破``) is ``other``.
    None for the ambiguous ``主要工作``."""
    role, cue = heading_role(title)
    folded = fold(title).rstrip("，,。.：: ")
    if role == "other" or cue is None:
        # 2013年工作重点, 2008年政府工作的目标和重点: a dated heading that ends as plans do.
        return "plan" if heading_years(title) and _PLAN_ENDING.search(folded) else "other"
    tail = _TAIL_CUES.get(role) if role is not None else None
    if (heading_years(title) or len(folded) <= _SHORT_HEADING or folded.endswith(cue)
            or (tail is not None and tail.search(folded))):
        return role
    return "other"


def part_headings(doc: Document) -> tuple[PartHeading, ...]:
    """Every heading that opens a part of ``doc``, in order, with its role (``review``,
    ``plan``, ``self-building``, ``shortcomings``, ``other``) and the year it names.

    Standalone lines count as well as top-level sections, so a report whose outline misses a
    bold or unnumbered part heading still has its parts; a line is a part heading when it is
    short, holds no sentence, is not a sub-heading (``（一）``, ``1.``, ``一是``) and either names
    a role or is set apart (bold, a Markdown heading, or ``一、`` numbered)."""
    text = doc.text
    found: dict[int, tuple[str, str | None, bool]] = {}
    position = doc.front[0]
    while position < doc.back[0]:
        newline = text.find("\n", position)
        line_end = len(text) if newline < 0 else newline
        line = text[position:line_end]
        title, set_apart, numbered = _heading_text(line)
        limit = _MAX_NUMBERED_HEADING if numbered else _MAX_HEADING
        if (title and len(title) <= limit and not any(c in title for c in "。；;")
                and not title.endswith(("：", ":")) and not _SUB_MARKER.match(title)
                and not title.startswith(("title:", "source:", "---"))
                and not _DATE_LINE.match(title)):
            role = _part_role(title)
            if role != "other" or numbered or line.lstrip().startswith(("#", "＃")) or (
                    set_apart and _TERMINAL.search(title)):
                found[position] = (title, role, numbered)
        position = line_end + 1
    lines_found = {doc.line_of(start) for start in found}
    for section in doc.sections:
        if (doc.line_of(section.heading[0]) not in lines_found and section.kind == "heading"
                and not _DATE_LINE.match(section.title)):
            role = _part_role(section.title)
            # An inline heading is a part's only when it is short or dated: review items too end
            # with a cue (…取得显著成效). An unnumbered top-level heading (a bold line the outline
            # took for a heading) is a part's whatever it says: items are numbered.
            if not section.marker or (role != "other" and (
                    heading_years(section.title) or len(section.title) <= _SHORT_SECTION_HEADING)):
                found[doc.line_span(doc.line_of(section.heading[0]))[0]] = (
                    section.title, role, bool(section.marker))
    clear = [numbered for title, role, numbered in found.values()
             if role in ("review", "plan") and heading_years(title)]
    if clear and not any(clear):
        # The parts are unnumbered (2023年工作回顾 … 2024年工作安排): ``一、`` numbers items.
        found = {start: entry for start, entry in found.items()
                 if not (entry[1] == "other" and entry[2] and not _TERMINAL.search(entry[0]))}
    return _resolved(doc, found)


def _resolved(doc: Document, found: dict[int, tuple[str, str | None, bool]]
              ) -> tuple[PartHeading, ...]:
    """Headings with their roles settled: ``主要工作`` after a review plans, before it reviews;
    a dated heading without a cue (``关于2019年工作``) reviews a year before the plan's and plans
    a year after the review's."""
    starts = sorted(found)
    plan_years = [y for t, r, _ in found.values() if r == "plan" for y in heading_years(t)]
    review_years = [y for t, r, _ in found.values() if r == "review" for y in heading_years(t)]
    headings: list[PartHeading] = []
    seen_review = False
    for index, start in enumerate(starts):
        title, role, _ = found[start]
        years = heading_years(title)
        if role is None:
            role = "plan" if seen_review else "review"
        elif role == "other" and years:
            if plan_years and max(years) < min(plan_years):
                role = "review"
            elif review_years and min(years) > max(review_years):
                role = "plan"
        seen_review = seen_review or role == "review"
        end = starts[index + 1] if index + 1 < len(starts) else doc.back[0]
        year = (max(years) if role == "review" else min(years)) if years else None
        headings.append(PartHeading(title, start, role, year, max(end, start)))
    return tuple(headings)


def _default_plan_year(doc: Document) -> int | None:
    if doc.meta.year is None:
        return None
    return doc.meta.year if is_work_report(doc) else doc.meta.year + 1


def _choose(headings: Sequence[PartHeading], role: str, year: int | None) -> list[PartHeading]:
    """The parts of ``role`` for ``year``: those naming it, else those naming no year, else the
    first; consecutive parts of the same role and year come together."""
    candidates = [h for h in headings if h.role == role]
    for wanted in ([h for h in candidates if year is not None and h.year == year],
                   [h for h in candidates if h.year is None], candidates[:1]):
        if wanted:
            first = headings.index(wanted[0])
            run = [wanted[0]]
            for heading in headings[first + 1:]:
                if heading.role != role or heading.year not in (wanted[0].year, None):
                    break
                run.append(heading)
            if role == "plan":
                run += _plan_sequels(headings[headings.index(run[-1]) + 1:])
            return run
    return []


def _plan_sequels(following: Sequence[PartHeading]) -> list[PartHeading]:
    """The parts after a plan part that carry its tasks under headings of their own (三、坚决
    夺取脱贫攻坚… 四、全力推动经济高质量发展…): a run without a role that ends where the
    government's work on itself begins."""
    run: list[PartHeading] = []
    for heading in following:
        if heading.role == "self-building":
            return run
        if heading.role != "other" or _TERMINAL.search(heading.title):
            return []
        run.append(heading)
    return []


def _as_part(kind: PartKind, run: list[PartHeading]) -> TrackPart | None:
    if not run:
        return None
    return TrackPart(kind, tuple(h.title for h in run), tuple((h.start, h.end) for h in run),
                     run[0].year, sum(1 for h in run if h.role == "other"))


def find_parts(plan_doc: Document, results_doc: Document) -> tuple[TrackPart | None,
                                                                    TrackPart | None]:
    """The plan part of ``plan_doc`` and the review part of ``results_doc`` that reports on it
    (either None when the report has none). The years decide between several: the plan for the
    year the review reviews."""
    plan_heads = part_headings(plan_doc)
    review_heads = part_headings(results_doc)
    plan_years = {h.year for h in plan_heads if h.role == "plan" and h.year is not None}
    review_years = [h.year for h in review_heads if h.role == "review" and h.year is not None]
    common = [year for year in review_years if year in plan_years]
    if common:
        year: int | None = common[0]
    elif review_years:
        year = review_years[0]
    else:
        year = _default_plan_year(plan_doc)
    plan = _as_part("plan", _choose(plan_heads, "plan", year))
    review = _as_part("review", _choose(review_heads, "review", year))
    return plan, review


# --- Items and passages ---------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """A stretch of a report: a plan item, or a sentence (or run of sentences) of the review."""

    span: Span
    section: tuple[str, ...]
    """Titles of the enclosing sections from the top (the part's title if it has none)."""
    text: str


def quoted(doc: Document, passage: Passage) -> str:
    """``passage`` of ``doc`` as outputs quote it: without the Markdown markup a sentence may
    begin or end inside (``加快建设国际消费中心城市**。``), as titles are read."""
    return without_marks(doc.text, doc.markup, *passage.span)


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and (text[start].isspace() or text[start] in "*#"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*#"):
        end -= 1
    return start, end


def _section_path(doc: Document, offset: int, part: TrackPart, fallback: str) -> tuple[str, ...]:
    """Titles from the part's heading down to the section holding ``offset``."""
    section = doc.section_at(offset)
    if section is None or not part.holds(section.start):
        return (fallback,)
    path = doc.path(section)
    titles = tuple(node.title or node.marker for node in path)
    if part.holds(path[0].start) and doc.line_of(path[0].start) not in _heading_lines(doc, part):
        return (fallback, *titles)  # the part's heading is a line the outline does not hold
    return titles


def _heading_lines(doc: Document, part: TrackPart) -> set[int]:
    return {doc.line_of(start) for start, _ in part.spans}


def _nodes_in(doc: Document, span: Span, heading_lines: set[int]) -> list[Section]:
    return [node for node in doc.nodes
            if span[0] <= node.start < span[1] and doc.line_of(node.start) not in heading_lines]


def plan_items(doc: Document, part: TrackPart, year: int | None = None) -> tuple[Passage, ...]:
    """The items of the plan ``part``: its shallowest nodes (sections, or ``一是`` points), or its
    paragraphs when it has none. A sub-part that plans ``year`` itself (``（二）2016年工作建议``
    inside ``“十三五”规划纲要说明及2016年工作建议``) narrows the part to it."""
    own = len(part.spans) - part.sequels
    trimmed = [_trim(doc.text, span) for span in part.spans[own:]]
    sequels = tuple(Passage((start, end), (title,), doc.text[start:end])
                    for title, (start, end) in zip(part.titles[own:], trimmed, strict=True))
    heading_lines = _heading_lines(doc, part)
    nodes = [node for span in part.spans[:own] for node in _nodes_in(doc, span, heading_lines)]
    if year is not None:
        narrower = [node for node in nodes if node.children and year in heading_years(node.title)
                    and heading_role(node.title)[0] in ("plan", None)]
        if narrower:
            nodes = [node for node in nodes if narrower[0].start < node.start < narrower[0].end]
    # A lead sentence (夯实工业发展平台。) is a paragraph of the point or section before it.
    leads = [node for node in nodes if node.kind == "lead"]
    nodes = [node for node in nodes if node.kind != "lead"] or leads
    while nodes:
        top = min(node.level for node in nodes)
        level = [node for node in nodes if node.level == top]
        if len(level) == 1 and level[0].children:
            nodes = [node for node in nodes if node is not level[0]]
            continue
        title = part.titles[0]
        spans = [_trim(doc.text, (node.start, _end_with_leads(node, leads, part)))
                 for node in level]
        return tuple(
            Passage(span, _section_path(doc, node.start, part, title), doc.text[span[0]:span[1]])
            for node, span in zip(level, spans, strict=True)
        ) + sequels
    if sequels:
        return sequels
    items = []
    for span in part.spans:
        for paragraph in paragraphs(doc.text, *span)[1:]:
            start, end = _trim(doc.text, paragraph)
            if end - start >= _MIN_PARAGRAPH_ITEM:
                items.append(Passage((start, end), (part.titles[0], _lead(doc.text, start, end)),
                                     doc.text[start:end]))
    return tuple(items)


def _lead(text: str, start: int, end: int) -> str:
    """A paragraph's first sentence as its title: without emphasis, a top-level marker or the
    closing punctuation."""
    first = sentences(text, start, end)[0]
    title, _, _ = _heading_text(text[first[0]:first[1]])
    return title.rstrip("。；;！!？?：:，, *")


def _end_with_leads(node: Section, leads: Sequence[Section], part: TrackPart) -> int:
    """Where item ``node`` ends once the lead-sentence nodes right after it are its own."""
    end = node.end
    for lead in leads:
        if lead.start == end and lead.level == node.level and part.holds(lead.start):
            end = lead.end
    return end


def review_sentences(doc: Document, part: TrackPart) -> tuple[tuple[Passage, int], ...]:
    """The sentences of the review ``part`` (its heading lines left out), each with the index
    of its paragraph."""
    heading_lines = _heading_lines(doc, part)
    found: list[tuple[Passage, int]] = []
    paragraph_index = 0
    for span in part.spans:
        for paragraph in paragraphs(doc.text, *span):
            if doc.line_of(paragraph[0]) in heading_lines or _NOT_RESULTS.search(
                    doc.text, *paragraph):
                continue
            for sentence in sentences(doc.text, *paragraph):
                a, b = _trim(doc.text, sentence)
                if b - a < 2:
                    continue
                found.append((Passage((a, b), _section_path(doc, a, part, part.titles[0]),
                                      doc.text[a:b]), paragraph_index))
            paragraph_index += 1
    return tuple(found)


# --- Words ----------------------------------------------------------------------------------

_GENERIC = frozenset({
    "加快", "着力", "坚持", "持续", "深化", "积极", "大力", "切实", "不断", "努力", "继续",
    "实施", "完善", "提高", "加大", "做好", "抓好", "强化", "扎实", "全力", "力争", "确保",
    "新增", "实现", "完成", "达到", "增长", "以上", "左右", "重点", "主要", "发展", "工作",
    "全市", "全省", "我市", "我省", "今年", "去年", "一年", "一批", "各类", "各项", "进一步",
    "我们", "同时", "方面", "以及", "有效", "取得", "成效", "水平", "能力", "体系", "机制",
    "更加", "加强", "推进", "推动", "建设", "提升", "开展", "全面", "深入",
})
"""Words of every plan and every review whatever their subject; on top of the stop words."""

_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,16})[”\"」]")


def _is_content(word: str, stop: frozenset[str]) -> bool:
    return (len(word) > 1 and any(c.isalpha() for c in word) and not word.isascii()
            and word not in stop and word not in _GENERIC) or (
        word.isascii() and word.isalpha() and len(word) > 1)


class _Words:
    """Content words of a stretch of text, by offset: the text is segmented once and any span
    of it asks for its words."""

    def __init__(self, text: str, spans: Iterable[Span], stop: frozenset[str]) -> None:
        starts: list[int] = []
        words: list[str] = []
        for start, end in sorted(spans):
            for a, b in segment.tokenize(text[start:end], start):
                word = fold(text[a:b])
                if _is_content(word, stop):
                    starts.append(a)
                    words.append(word)
        self._starts = starts
        self._words = words

    def of(self, span: Span) -> list[str]:
        low = bisect_right(self._starts, span[0] - 1)
        high = bisect_right(self._starts, span[1] - 1)
        return self._words[low:high]


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(value * value for value in vector.values())) or 1.0


def _quoted(text: str) -> set[str]:
    return {fold(name) for name in _QUOTED.findall(text)}


def _figure_clauses(text: str, span: Span, words: _Words
                    ) -> list[tuple[str, frozenset[str], str]]:
    """Each figure of ``span`` as its unit, the content words of its clause before it, and the
    figure as written."""
    out = []
    for figure in find_figures(text, *span):
        if figure.unit in _NAMING_UNITS:
            continue
        clause_start = max(text.rfind(c, span[0], figure.span[0]) for c in "，,；;。、：:") + 1
        clause_start = max(clause_start, span[0])
        out.append((figure.unit.lstrip("余多"),
                    frozenset(words.of((clause_start, figure.span[0]))), figure.text))
    return out


def _figure_pairs(promised: Sequence[tuple[str, frozenset[str], str]],
                  reported: Sequence[tuple[str, frozenset[str], str]]
                  ) -> tuple[tuple[str, str], ...]:
    """Figures of the plan and of a review sentence that speak of the same thing: the same unit
    and at least ``FIGURE_WORDS`` words in common in their clauses; each figure paired once,
    closest clauses first."""
    candidates = sorted(
        ((-len(words_a & words_b), a, b)
         for a, (unit_a, words_a, _) in enumerate(promised)
         for b, (unit_b, words_b, _) in enumerate(reported)
         if unit_a == unit_b and len(words_a & words_b) >= FIGURE_WORDS),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, a, b in candidates:
        if a not in used_a and b not in used_b:
            used_a.add(a)
            used_b.add(b)
            pairs.append((a, b))
    return tuple((promised[a][2], reported[b][2]) for a, b in sorted(pairs, key=lambda p: p[1]))


# --- Tracing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """A review passage that reports on a plan item."""

    passage: Passage
    score: float
    """0–1; comparable across items of one result."""
    words: tuple[str, ...]
    """The item's words that the passage shares, strongest first (what a view marks)."""
    figures: tuple[tuple[str, str], ...] = ()
    """Figures promised and reported in clauses sharing a word: ``(("17万亩", "17.2万亩"),)``."""


@dataclass(frozen=True)
class TracedItem:
    """A plan item with its status and best evidence."""

    item: Passage
    status: Status
    evidence: tuple[Evidence, ...]
    coverage: float
    """Share of the item's weighted words that its evidence mentions."""


@dataclass(frozen=True)
class TrackResult:
    """What ``track`` found."""

    plan: Document
    results: Document
    plan_part: TrackPart | None
    review_part: TrackPart | None
    items: tuple[TracedItem, ...] = ()
    unplanned: tuple[Passage, ...] = ()
    problems: tuple[str, ...] = field(default=())
    """One line per missing part (``no plan part …``); non-empty means nothing was traced."""
    notes: tuple[str, ...] = field(default=())
    """Doubts worth a reader's attention: the plan is for another year than the review."""

    @property
    def counts(self) -> dict[Status, int]:
        """Items per status."""
        counted = Counter(item.status for item in self.items)
        return {status: counted.get(status, 0) for status in STATUSES}

    @property
    def all_reported(self) -> bool:
        """True when there are items and every one is reported."""
        return bool(self.items) and all(item.status == "reported" for item in self.items)


def _problems(plan: TrackPart | None, review: TrackPart | None) -> tuple[str, ...]:
    problems = []
    if plan is None:
        problems.append("the plan report has no plan part (no heading such as 工作安排, 工作计划, "
                        "下一步工作打算, 目标任务, 重点工作)")
    if review is None:
        problems.append("the results report has no review part (no heading such as 工作回顾, "
                        "工作情况, 主要工作, 主要举措与成效)")
    return tuple(problems)


def track(plan_doc: Document, results_doc: Document) -> TrackResult:
    """Trace every item of ``plan_doc``'s plan part into ``results_doc``'s review part.

    Loads jieba on first use (about a second); call it from a worker in a UI."""
    plan_part, review_part = find_parts(plan_doc, results_doc)
    problems = _problems(plan_part, review_part)
    if plan_part is None or review_part is None:
        return TrackResult(plan_doc, results_doc, plan_part, review_part, problems=problems)
    items = plan_items(plan_doc, plan_part, plan_part.year or review_part.year)
    units = review_sentences(results_doc, review_part)
    if not items:
        return TrackResult(plan_doc, results_doc, plan_part, review_part, problems=(
            "the plan part has no items",))
    stop = bundled_stop_words()
    plan_words = _Words(plan_doc.text, (item.span for item in items), stop)
    review_words = _Words(results_doc.text, review_part.spans, stop)

    # Ordered, not sets: sums of floats and ties must not depend on the hash seed.
    sentence_words = [dict.fromkeys(review_words.of(unit.span)) for unit, _ in units]
    paragraph_words: dict[int, dict[str, None]] = defaultdict(dict)
    for (_, paragraph), words in zip(units, sentence_words, strict=True):
        paragraph_words[paragraph].update(words)
    frequency = Counter(word for words in sentence_words for word in words)
    total = len(units) + 1
    idf = {word: math.log(total / (count + 0.5)) for word, count in frequency.items()}

    sentence_vectors = [{w: idf[w] for w in words} for words in sentence_words]
    paragraph_vectors = {p: {w: idf[w] for w in words} for p, words in paragraph_words.items()}
    sentence_norms = [_norm(vector) for vector in sentence_vectors]
    paragraph_norms = {p: _norm(vector) for p, vector in paragraph_vectors.items()}
    quoted = [_quoted(unit.text) for unit, _ in units]
    figures = [_figure_clauses(results_doc.text, unit.span, review_words) for unit, _ in units]

    scores: list[list[float]] = []
    figure_pairs: dict[tuple[int, int], tuple[tuple[str, str], ...]] = {}
    shared: list[list[list[str]]] = []
    item_vectors = []
    for item_index, item in enumerate(items):
        counts = Counter(plan_words.of(item.span))
        vector = {w: (1 + math.log(c)) * idf[w] for w, c in counts.items() if w in idf}
        item_vectors.append(vector)
        norm = _norm(vector)
        names = _quoted(item.text)
        item_figures = _figure_clauses(plan_doc.text, item.span, plan_words)
        paragraph_scores = {
            paragraph: sum(vector[w] * idf[w] for w in words if w in vector)
            / (norm * paragraph_norms[paragraph])
            for paragraph, words in paragraph_vectors.items()
        }
        row: list[float] = []
        row_words: list[list[str]] = []
        for index, (_, paragraph) in enumerate(units):
            common = [w for w in sentence_vectors[index] if w in vector]
            sentence_score = sum(vector[w] * idf[w] for w in common) / (
                norm * sentence_norms[index])
            paragraph_score = paragraph_scores[paragraph]
            score = (1 - PARAGRAPH_WEIGHT) * sentence_score + PARAGRAPH_WEIGHT * paragraph_score
            common_names = names & quoted[index]
            if common_names:
                score += QUOTED_BONUS
            pairs = _figure_pairs(item_figures, figures[index])
            if pairs:
                score += FIGURE_BONUS
                figure_pairs[item_index, index] = pairs
            row.append(min(score, 1.0))
            row_words.append(sorted(common_names) + sorted(
                common, key=lambda w: (-vector[w] * idf[w], w)))
        scores.append(row)
        shared.append(row_words)

    best_for_unit = [max(column) if column else 0.0 for column in zip(*scores, strict=True)]
    traced = []
    answered = [False] * len(units)
    for item_index, item in enumerate(items):
        row = scores[item_index]
        answering = sorted(
            (index for index in range(len(units))
             if row[index] >= SHOWN_SCORE and shared[item_index][index]
             and row[index] >= RIVAL_RATIO * best_for_unit[index]),
            key=lambda index: -row[index],
        )
        ranked = answering[:MAX_EVIDENCE]
        evidence = tuple(
            Evidence(units[index][0], round(row[index], 3), tuple(shared[item_index][index]),
                     figure_pairs.get((item_index, index), ()))
            for index in ranked
        )
        for index in ranked:
            answered[index] = True
        vector = item_vectors[item_index]
        covered = {w for index in answering for w in shared[item_index][index]}
        weight = sum(vector.values()) or 1.0
        coverage = sum(vector.get(w, 0.0) for w in covered) / weight
        if not evidence:
            status: Status = "unreported"
        elif evidence[0].score >= REPORTED_SCORE and coverage >= REPORTED_COVERAGE:
            status = "reported"
        else:
            status = "partial"
        traced.append(TracedItem(item, status, evidence, round(coverage, 3)))
    for index in range(len(units)):
        if best_for_unit[index] >= UNPLANNED_SCORE:
            answered[index] = True
    headings = {node.heading[0] for node in results_doc.nodes}
    for index, (unit, _) in enumerate(units):
        if unit.span[0] in headings or unit.span[1] - unit.span[0] < _MIN_UNPLANNED:
            answered[index] = True
    unplanned = _merge_unanswered(results_doc, units, answered)
    return TrackResult(plan_doc, results_doc, plan_part, review_part, tuple(traced),
                       unplanned, notes=_notes(plan_part, review_part))


def _notes(plan: TrackPart, review: TrackPart) -> tuple[str, ...]:
    if plan.year is not None and review.year is not None and plan.year != review.year:
        return (f"the plan is for {plan.year} but the review is of {review.year}: "
                "are these consecutive reports of one office, plan year first?",)
    return ()


def _merge_unanswered(doc: Document, units: Sequence[tuple[Passage, int]],
                      answered: Sequence[bool]) -> tuple[Passage, ...]:
    """Runs of unanswered sentences within one paragraph, as passages."""
    merged: list[Passage] = []
    previous_paragraph = -1
    for (unit, paragraph), done in zip(units, answered, strict=True):
        if done:
            previous_paragraph = -1
            continue
        if merged and paragraph == previous_paragraph:
            last = merged[-1]
            span = (last.span[0], unit.span[1])
            merged[-1] = Passage(span, last.section, doc.text[span[0]:span[1]])
        else:
            merged.append(unit)
        previous_paragraph = paragraph
    return tuple(merged)
