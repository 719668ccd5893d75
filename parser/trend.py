"""How often a topic comes up across a collection: hits per report, and per year and per
office, absolute and per 10,000 characters — what a researcher counts first.

Pure arithmetic over ``(office, year, hits, chars)`` rows; the hits themselves come from
``parser.search`` (directly or through ``parser.index``), so a trend counts exactly what
``gongwen grep`` finds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from parser.collation import pinyin_key

PER_CHARS = 10_000


@dataclass(frozen=True, slots=True)
class ReportCount:
    """One report's hits."""

    path: str
    org: str | None
    year: int | None
    hits: int
    chars: int


@dataclass(frozen=True, slots=True)
class Group:
    """The reports of one year or one office, added up."""

    key: int | str | None
    reports: int
    hits: int
    chars: int
    with_hits: int
    """Reports with at least one hit."""

    @property
    def per_report(self) -> float:
        return self.hits / self.reports if self.reports else 0.0

    @property
    def per_10k(self) -> float:
        """Hits per 10,000 characters: comparable across years of very different length."""
        return self.hits * PER_CHARS / self.chars if self.chars else 0.0


def group(counts: Iterable[ReportCount], by: str) -> list[Group]:
    """Add up ``counts`` by ``"year"`` or ``"office"``: known keys in order (years rising,
    offices by the pinyin of their names), then the reports whose year or office is unknown."""
    totals: dict[int | str | None, list[int]] = {}
    for count in counts:
        key = count.year if by == "year" else count.org
        entry = totals.setdefault(key, [0, 0, 0, 0])
        entry[0] += 1
        entry[1] += count.hits
        entry[2] += count.chars
        entry[3] += bool(count.hits)
    known = sorted((key for key in totals if key is not None),
                   key=lambda key: pinyin_key(key) if isinstance(key, str) else key)
    keys: list[int | str | None] = [*known, *([None] if None in totals else [])]
    return [Group(key, *totals[key]) for key in keys]
