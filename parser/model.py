"""The document model: what a report *is* once parsed.

Every offset is a character offset into ``Document.text``, the decoded text with newlines
normalised to ``\\n``. Spans are half-open ``(start, end)`` pairs. In document order — front,
then for each section its heading, its body, its children — and back, the spans tile
``[0, len(text))`` exactly: nothing is dropped and nothing overlaps.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

_NEWLINE = re.compile("\n")

Span = tuple[int, int]
"""A half-open ``(start, end)`` range of character offsets into ``Document.text``."""

SectionKind = Literal["heading", "point", "lead"]


@dataclass(frozen=True)
class Section:
    """One node of the outline: a numbered heading (``一、``, ``(一)``, ``1.`` …) or a
    ``一是…`` point inside a section's body.

    ``heading`` covers the marker and the heading text (for an inline heading, its first
    sentence with the closing punctuation); ``body`` is the text after it up to the first child
    (or, for a leaf, up to the next node or the back matter).
    """

    index: int
    """Position in a pre-order walk of the whole tree; a stable id within one Document."""
    kind: SectionKind
    level: int
    """Nesting depth in this report, 1 = top level."""
    marker: str
    """The marker as written, e.g. ``一、``, ``（二）``, ``3.``, ``一是``."""
    family: str
    """The marker family (see ``parser.headings``), e.g. ``cn``, ``cn-paren``, ``point``."""
    ordinal: int | None
    """The number the marker spells (``(三)`` -> 3)."""
    title: str
    """The heading text without marker or trailing punctuation; a substring of ``heading``."""
    line: int
    """1-based line of the heading in the normalised text."""
    heading: Span
    body: Span
    children: tuple[Section, ...] = ()
    inferred_ordinal: int | None = None
    """Set when the marker was used at the wrong depth and the parser placed the node where
    its numbering fits, or a copy lost the marker of a numbered part (the ordinal it stands
    for there)."""
    fused: bool = False
    """The heading runs into its body with no full stop (``(三)优化营商环境，提升服务效能持续
    深化…``): where it ends is a guess — from the shape of its sibling headings, else its first
    clause."""

    def __hash__(self) -> int:
        return hash((self.index, self.heading))

    @property
    def start(self) -> int:
        """Offset where this node's text starts."""
        return self.heading[0]

    @property
    def end(self) -> int:
        """Offset where this node's text, children included, ends."""
        node = self
        while node.children:
            node = node.children[-1]
        return node.body[1]

    @property
    def span(self) -> Span:
        """The whole node: heading, body and children."""
        return (self.start, self.end)


@dataclass(frozen=True)
class Meta:
    """What the report says about itself; any field may be unknown."""

    title: str | None = None
    org: str | None = None
    year: int | None = None
    """The year the report is about."""
    date: str | None = None
    """The signature date, ``YYYY-MM-DD``."""
    delivered: str | None = None
    """When a speech report was delivered (its subtitle ``——2023年1月4日在…会议上``),
    ``YYYY-MM-DD``."""
    session: str | None = None
    """The meeting it was delivered at, e.g. ``××市第十七届人民代表大会第二次会议``."""
    speaker: str | None = None
    """Who delivered it, as the speaker line says (``市长 ×××``)."""
    covers: int | None = None
    """The year the report reviews, where the text says so (``2022年工作回顾``)."""
    published: str | None = None
    """The web page's 发布日期, ``YYYY-MM-DD``."""


@dataclass(frozen=True)
class Document:
    """A parsed report. Build one with ``parser.parse`` or ``parser.load``."""

    text: str
    meta: Meta
    front: Span
    sections: tuple[Section, ...]
    back: Span
    debris: tuple[Span, ...] = ()
    """Web-page debris lines (``发布时间``, ``打印 关闭`` …): kept in the text, never content."""
    title_lines: tuple[Span, ...] = ()
    """The title line(s) inside the front matter, repeats included."""
    source: str | None = None
    encoding: str | None = None
    front_matter: Span | None = None
    """A Markdown file's YAML front matter block (inside ``front``), fences included."""
    markup: tuple[Span, ...] = ()
    """A Markdown file's own characters (``**``, ``#``, comments, rules, front matter), in
    order: kept in the text as written, never part of a title; views dim them."""
    breaks: tuple[int, ...] = ()
    """Spaces a page left where it ran paragraphs together (``…新台阶。 一、…``): the outline
    and the reading pane break the line there; the text keeps its space."""
    _nodes: tuple[Section, ...] = field(init=False, repr=False, compare=False)
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _parents: tuple[int, ...] = field(init=False, repr=False, compare=False)
    """Each node's parent's index (-1 at the top), so ``path`` costs the depth, not the
    number of siblings."""

    def __post_init__(self) -> None:
        walked = list(self.walk())
        nodes = tuple(section for section, _ in walked)
        object.__setattr__(self, "_nodes", nodes)
        object.__setattr__(self, "_parents", tuple(
            ancestors[-1].index if ancestors else -1 for _, ancestors in walked
        ))
        object.__setattr__(self, "_starts", tuple(node.start for node in nodes))
        line_starts = [0]
        line_starts.extend(match.end() for match in _NEWLINE.finditer(self.text))
        object.__setattr__(self, "_line_starts", tuple(line_starts))

    def __len__(self) -> int:
        return len(self.text)

    @property
    def nodes(self) -> tuple[Section, ...]:
        """Every section and point in pre-order; ``nodes[s.index] is s``."""
        return self._nodes

    def walk(self) -> Iterator[tuple[Section, tuple[Section, ...]]]:
        """Yield ``(section, ancestors)`` in pre-order, ancestors from the top."""

        def visit(
            sections: tuple[Section, ...], ancestors: tuple[Section, ...]
        ) -> Iterator[tuple[Section, tuple[Section, ...]]]:
            for section in sections:
                yield section, ancestors
                yield from visit(section.children, ancestors + (section,))

        yield from visit(self.sections, ())

    def regions(self) -> Iterator[tuple[str, Span, Section | None]]:
        """Yield ``(role, span, section)`` in document order — ``("front", …, None)``, then
        ``("heading", …, s)`` and ``("body", …, s)`` for each node, then ``("back", …, None)``.
        The spans tile the text."""
        yield "front", self.front, None
        for section in self._nodes:
            yield "heading", section.heading, section
            yield "body", section.body, section
        yield "back", self.back, None

    def path(self, section: Section) -> tuple[Section, ...]:
        """The section's ancestors from the top, followed by the section itself."""
        index = section.index
        if not 0 <= index < len(self._nodes) or self._nodes[index].heading != section.heading:
            return ()
        trail: list[Section] = []
        while index >= 0:
            trail.append(self._nodes[index])
            index = self._parents[index]
        return tuple(reversed(trail))

    def section_at(self, offset: int) -> Section | None:
        """The innermost node whose own heading or body holds ``offset``; None in the front
        or back matter."""
        if not self._nodes or offset < self._starts[0] or offset >= self.back[0]:
            return None
        return self._nodes[bisect_right(self._starts, offset) - 1]

    def line_of(self, offset: int) -> int:
        """1-based line number of ``offset``."""
        return bisect_right(self._line_starts, offset)

    def line_span(self, line: int) -> Span:
        """The span of 1-based ``line``, without its newline."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return (start, end)
