"""The figures that stand with a topic: for every hit of a query, the figures of the clause
it is in (``行政诉讼2件``, ``负责人出庭率100%``) — the table a reviewer builds by hand across a
collection. Figures are recognised by ``parser.figures``; hits follow ``parser.search``.
"""

from __future__ import annotations

from dataclasses import dataclass

from parser.figures import Figure, find_figures
from parser.model import Document, Span
from parser.query import Query
from parser.search import Hit, search
from parser.tokens import CLAUSE_BREAKS


@dataclass(frozen=True, slots=True)
class CitedFigure:
    """A figure in the same clause as a hit of the query."""

    figure: Figure
    clause: Span
    """The clause holding both: between two of ``CLAUSE_BREAKS``."""
    hit: Hit


def clause_around(text: str, start: int, end: int) -> Span:
    """The clause holding ``text[start:end]``: out to the nearest clause breaks."""
    while start > 0 and text[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    while end < len(text) and text[end] not in CLAUSE_BREAKS:
        end += 1
    return start, end


def figures_with(document: Document, query: Query | str) -> list[CitedFigure]:
    """Every figure that shares a clause with a hit of ``query``, in document order; a
    clause with several hits gives its figures once.

    >>> import parser
    >>> doc = parser.parse("一、应诉\\n全年涉及行政诉讼2件、行政复议1件，负责人出庭率100%。")
    >>> [cited.figure.text for cited in figures_with(doc, "行政诉讼|出庭率")]
    ['2件', '100%']
    """
    text = document.text
    cited: list[CitedFigure] = []
    seen: set[Span] = set()
    for hit in search(document, query).hits:
        clause = clause_around(text, hit.start, hit.end)
        if hit.section is not None:
            # A heading's marker (``11.``) is not a figure of its clause (``3项试点``).
            node = document.nodes[hit.section]
            after_marker = node.heading[0] + len(node.marker)
            if clause[0] < after_marker <= hit.start:
                clause = (after_marker, clause[1])
        if clause in seen:
            continue
        seen.add(clause)
        cited.extend(
            CitedFigure(figure, clause, hit)
            for figure in find_figures(text, *clause)
            if figure.span[1] <= hit.start or figure.span[0] >= hit.end
        )
    return cited
