"""Figures: a number with its unit (``4次``, ``1200余件``, ``4.27万元``, ``100%``, ``两处``).

A year-on-year comparison is mostly about figures, and a changed figure is easy to miss in a
changed paragraph, so changed figures are listed on their own: ``召开党工委专题会议 4次 → 6次
(+2)``. Years and dates (``2023年``) and ordinals (``第四次``) are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from parser.chars import CHINESE_NUMERALS, UNITS, chinese_number
from parser.edit import Edit
from parser.model import Span
from parser.tokens import CLAUSE_BREAKS

_UNIT_PATTERN = "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True))
FIGURE = re.compile(
    r"(?<![\d.．第])(?P<arabic>\d+(?:,\d{3})*(?:[.．]\d+)?)"
    rf"|(?<![{CHINESE_NUMERALS}第])(?P<chinese>[一二两三四五六七八九十][{CHINESE_NUMERALS}]*)"
)
"""The number part of a figure; the unit (with ``余``/``多`` for "more than") follows."""
_UNIT = re.compile(rf"(?P<about>[余多])?(?P<unit>{_UNIT_PATTERN})")

_CONTEXT_LIMIT = 24


@dataclass(frozen=True)
class Figure:
    """A figure found in a text."""

    span: Span
    text: str
    value: Decimal | None
    """The number (``1200`` for ``1200余件``); None if it cannot be read."""
    unit: str
    """The unit as written after the number, ``余``/``多`` included (``余件``)."""


@dataclass(frozen=True)
class FigureChange:
    """A figure that reads differently in report ``b`` than in report ``a``."""

    a: str
    b: str
    context: str
    """The words before the figure in ``b`` (its clause), e.g. ``召开党工委专题会议``."""
    a_at: Span
    b_at: Span
    delta: int | float | None
    """``b - a`` when both are read and the units match, else None."""

    def describe(self) -> str:
        """``4次 → 6次 (+2)``."""
        change = f"{self.a} → {self.b}"
        if self.delta is None:
            return change
        return f"{change} ({self.delta:+g})" if isinstance(self.delta, float) else (
            f"{change} ({self.delta:+d})"
        )


def _value(match: re.Match[str]) -> Decimal | None:
    arabic = match.group("arabic")
    if arabic is not None:
        try:
            return Decimal(arabic.replace(",", "").replace("．", "."))
        except InvalidOperation:
            return None
    number = chinese_number(match.group("chinese"))
    return None if number is None else Decimal(number)


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    found: list[Figure] = []
    for match in FIGURE.finditer(text, start, end):
        unit = _UNIT.match(text, match.end(), end)
        if unit is None:
            continue
        number = match.group("chinese") or match.group("arabic")
        if match.group("chinese") and unit.group("unit") in ("万", "亿"):
            continue  # 万/亿 after a Chinese numeral is part of the numeral, not a unit
        found.append(Figure(
            span=(match.start(), unit.end()),
            text=number + unit.group(0),
            value=_value(match),
            unit=unit.group(0),
        ))
    return found


def _delta(a: Figure, b: Figure) -> int | float | None:
    if a.value is None or b.value is None or a.unit.lstrip("余多") != b.unit.lstrip("余多"):
        return None
    difference = b.value - a.value
    return int(difference) if difference == difference.to_integral_value() else float(difference)


def _map_offset(position: int, shift: int, edits: Sequence[Edit], *, end: bool) -> int:
    """Where ``position`` of ``a`` lands in ``b``, given the edits around it (in order) and
    ``shift``, the difference ``b - a`` before the first of them.

    A start lands before text inserted at it, an end after; an offset inside a replaced or
    deleted stretch lands at the start (or end) of what replaced it."""
    for edit in edits:
        a_start, a_end = edit.a
        before = a_start < position or (end and a_start == a_end)
        if a_end < position or (a_end == position and before):
            shift = edit.b[1] - a_end
            continue
        if a_start < position:
            return edit.b[1] if end else edit.b[0]
        break
    return position + shift


def _context(text: str, figure: Span) -> str:
    """The words before the figure in its clause; if there are none, the words after it."""
    start = figure[0]
    while start > max(0, figure[0] - _CONTEXT_LIMIT) and text[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    before = text[start:figure[0]].strip()
    if before:
        return before
    end = figure[1]
    limit = min(len(text), figure[1] + _CONTEXT_LIMIT)
    while end < limit and text[end] not in CLAUSE_BREAKS:
        end += 1
    return text[figure[1]:end].strip()


def figure_changes(
    a_text: str, a_span: Span, b_text: str, b_span: Span, edits: Sequence[Edit]
) -> list[FigureChange]:
    """The figures of ``a_text[a_span]`` that read differently at the same place in
    ``b_text[b_span]``, where ``edits`` (in order) turn the one stretch into the other.

    Each figure of ``a`` is carried through the edits to ``b`` and compared with the figure
    there that overlaps it most; figures only on one side are not changes of a figure.
    """
    b_figures = find_figures(b_text, *b_span)
    if not b_figures:
        return []
    changes: list[FigureChange] = []
    claimed: set[Span] = set()
    shift = b_span[0] - a_span[0]
    for figure in find_figures(a_text, *a_span):
        start = _map_offset(figure.span[0], shift, edits, end=False)
        end = _map_offset(figure.span[1], shift, edits, end=True)
        best, best_overlap = None, 0
        for candidate in b_figures:
            overlap = min(end, candidate.span[1]) - max(start, candidate.span[0])
            if overlap > best_overlap:
                best, best_overlap = candidate, overlap
        if best is None or best.text == figure.text or best.span in claimed:
            continue
        claimed.add(best.span)
        changes.append(FigureChange(
            a=figure.text, b=best.text, context=_context(b_text, best.span),
            a_at=figure.span, b_at=best.span, delta=_delta(figure, best),
        ))
    return changes
