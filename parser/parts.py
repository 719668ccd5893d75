"""The role of each top-level part of a report: what the year brought, what the next one plans.

Both genres gongwen reads build a report from a few parts with fixed jobs, whatever their
wording: a *review* of the year (``2023年工作回顾``, ``工作开展情况``, ``主要举措与成效``), a
*plan* for the next (``2024年工作安排``, ``下一步工作计划``, ``今后五年的目标任务``,
``2024年重点工作``), the government's work on itself (*self-building*, ``加强政府自身建设``),
its *shortcomings* (``存在的问题与不足``) and anything else (*other*: ``深入贯彻落实党的二十大
精神…``, appendices, topic headings of reports without parts). The role is read from the heading
alone (one table of cue words per role); the years come from the headings or, failing that, from
the report's year and genre.

Two cue words are ambiguous: ``2023年主要工作`` reviews the year in a 法治政府建设年度报告 and plans
it in a 政府工作报告. A part headed so is a plan when a clear review stands before it or its year
is later than the reviewed year, a review when a clear plan follows it, else a review when it is
the first part.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from parser.fold import fold
from parser.model import Document, Section

PartRole = Literal["review", "plan", "self-building", "shortcomings", "other"]

ROLE_CUES: dict[PartRole, tuple[str, ...]] = {
    "shortcomings": (
        r"存在的?(?:主要)?(?:问题|不足|困难)", r"问题(?:和|与|及)不足", r"困难和问题",
        r"不足(?:和|与|及)(?:原因|差距|问题)", r"^(?:主要)?(?:问题|不足)$",
    ),
    "self-building": (
        r"自身(?:改革和)?建设", r"人民满意的?(?:服务型)?政府", r"服务型政府",
        r"政府(?:自身)?建设$",
    ),
    "review": (
        r"回顾", r"工作情况", r"基本情况", r"开展情况", r"进展情况", r"完成情况", r"成效",
        r"成就", r"亮点", r"工作总结", r"主要做法", r"取得的?(?:成绩|进展)",
        r"情况$",
    ),
    "plan": (
        r"安排", r"思路", r"计划", r"下一步", r"目标任务", r"主要任务", r"工作任务", r"重点任务",
        r"今后", r"展望", r"建议", r"意见", r"总体要求", r"预期目标", r"主要目标", r"部署",
        r"打算", r"奋斗目标", r"形势", r"目标与任务", r"目标要求", r"构想",
    ),
}
"""Cue words per role, tried in this order (a heading about 存在问题 in 工作情况 is about the
problems); between review and plan the cue that comes first in the heading wins
(``2023年工作回顾和2024年工作安排`` is a review)."""

_AMBIGUOUS = (r"主要工作", r"重点工作")
"""Cues that review in one genre and plan in the other (see the module docstring)."""

_COMPILED = {role: re.compile("|".join(cues)) for role, cues in ROLE_CUES.items()}
_AMBIGUOUS_CUE = re.compile("|".join(_AMBIGUOUS))
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年|^((?:19|20)\d\d)\s*[-—:：]")
"""A year in a heading: ``2023年…``, or a year and a dash or colon opening it
(``2016——抢抓先机、扎实开局的一年``)."""
_DATE = re.compile(r"\d+\s*月\s*\d+\s*日")
_PERIOD = re.compile(r"十[一二三四五六七八九]?五.{0,3}时期|今后五年")
_WORK_REPORT = re.compile(r"政府工作报告|各位代表")


@dataclass(frozen=True)
class Part:
    """One top-level part of a report and what it is for."""

    section: Section
    role: PartRole
    year: int | None
    """The year the part reviews (for a review: the last one it names) or plans for (for a
    plan: the first one), from the heading or inferred; None for other roles, or unknown."""
    cue: str | None
    """The words of the heading that decided the role; None for ``other``."""


def heading_role(title: str) -> tuple[PartRole | None, str | None]:
    """The role a heading's words give a part, with the cue; ``(None, cue)`` for an ambiguous
    cue (``主要工作``), ``("other", None)`` when no cue is found."""
    text = fold(title)
    first: tuple[PartRole, ...] = ("shortcomings", "self-building")
    for role in first:
        match = _COMPILED[role].search(text)
        if match:
            return role, match.group()
    either: tuple[PartRole, ...] = ("review", "plan")
    found = [
        (match.start(), role, match.group())
        for role in either
        if (match := _COMPILED[role].search(text))
    ]
    if found:
        _, role, cue = min(found)
        return role, cue
    ambiguous = _AMBIGUOUS_CUE.search(text)
    if ambiguous:
        return None, ambiguous.group()
    return "other", None


def _top_parts(doc: Document) -> tuple[Section, ...]:
    # A report whose outline has one title heading over everything: its children are the parts.
    only = doc.sections[0] if len(doc.sections) == 1 else None
    if only is not None and len(only.children) > 1 and heading_role(only.title)[0] == "other":
        return only.children
    return doc.sections


def is_work_report(doc: Document) -> bool:
    """True for a 政府工作报告 (spoken to 各位代表 early in the year: its review is of last year
    and its plan of the report's year); false for annual reports such as 法治政府建设年度报告,
    which review the report's year and plan the next."""
    head = doc.text[: (doc.sections[0].start if doc.sections else 3000)][:3000]
    return bool(_WORK_REPORT.search((doc.meta.title or "") + head))


def parts(doc: Document) -> tuple[Part, ...]:
    """Every top-level part of ``doc`` with its role and year, in document order."""
    sections = _top_parts(doc)
    titles = [fold(s.title) for s in sections]
    roles: list[tuple[PartRole | None, str | None]] = [heading_role(s.title) for s in sections]
    years = [[int(y or lead) for y, lead in _YEAR.findall(fold(s.title))] for s in sections]
    clear_reviews = [
        max(years[i]) for i, (role, _) in enumerate(roles) if role == "review" and years[i]
    ]
    reviewed = clear_reviews[0] if clear_reviews else None
    resolved: list[PartRole] = []
    for i, (role, _) in enumerate(roles):
        if role is None:
            before = any(r == "review" for r, _ in roles[:i])
            after = any(r == "plan" for r, _ in roles[i + 1:])
            later = bool(years[i]) and reviewed is not None and min(years[i]) > reviewed
            if before or later:
                role = "plan"
            elif after or i == 0:
                role = "review"
            else:
                role = "plan"
        elif role == "other":
            role = _by_period(doc, titles[i], years[i], any(r == "review" for r, _ in roles[:i]))
        resolved.append(role)
    review_year, plan_year = _default_years(doc, resolved, years)
    result = []
    for section, role, (_, cue), named in zip(sections, resolved, roles, years, strict=True):
        year: int | None = None
        if role == "review":
            year = max(named) if named else review_year
        elif role == "plan":
            year = min(named) if named else plan_year
        result.append(Part(section, role, year, cue if role != "other" else None))
    return tuple(result)


def _by_period(doc: Document, title: str, named: list[int], after_review: bool) -> PartRole:
    """The role of a heading without a cue that names only a time (``2017年``, ``“十四五”
    时期``, ``2014年加快全面建成小康社会``): the report's own year (for a 政府工作报告) or a
    later one is planned, an earlier one reviewed; a five-year period after a review is
    planned. Anything else stays ``other``."""
    if _DATE.search(title):
        return "other"  # a date line (``（2015年1月20日）``) taken for a heading
    if named and doc.meta.year is not None:
        first_planned = doc.meta.year if is_work_report(doc) else doc.meta.year + 1
        return "plan" if min(named) >= first_planned else "review"
    if after_review and _PERIOD.search(title):
        return "plan"
    return "other"


def _default_years(
    doc: Document, roles: list[PartRole], years: list[list[int]]
) -> tuple[int | None, int | None]:
    """The reviewed and planned years for parts whose heading names none: from the other
    kind's heading when it names one, else from the report's year and genre."""
    named_review = next((max(y) for r, y in zip(roles, years, strict=True)
                         if r == "review" and y), None)
    named_plan = next((min(y) for r, y in zip(roles, years, strict=True)
                       if r == "plan" and y), None)
    if named_review is not None:
        return named_review, named_plan if named_plan is not None else named_review + 1
    if named_plan is not None:
        return named_plan - 1, named_plan
    if doc.meta.year is None:
        return None, None
    if is_work_report(doc):
        return doc.meta.year - 1, doc.meta.year
    return doc.meta.year, doc.meta.year + 1


def part_of(doc: Document, section: Section, table: tuple[Part, ...] | None = None) -> Part | None:
    """The part that holds ``section`` (itself when it is a part); None for a section outside
    every part. Pass ``parts(doc)`` as ``table`` when asking for many sections."""
    table = parts(doc) if table is None else table
    starts = [part.section.start for part in table]
    index = bisect_right(starts, section.start) - 1
    if index < 0 or section.start >= table[index].section.end:
        return None
    return table[index]
