"""The pairing band (``parser.align``): how alike two sections must be to pair by topic.

Rewritten topics of two years score about 0.1–0.5, unrelated sections 0.05–0.15. So a pair
of siblings is taken outright from 0.3 up; between 0.1 and 0.3 only when each is the other's
most similar (the band); below 0.1 never. Sections paired anywhere else in the report (moves)
pair in rounds, each taking those at 0.4 or more and those each other's most similar among
those left from 0.25 up: in the end, best first down to 0.25 — or to 0.15 when their headings
share a weighty term (heading likeness from 0.25). Widening the band
pairs unrelated topics; narrowing or dropping it loses the rewritten ones. The similarities
are set by hand here, so the tests check the band itself, whatever the scoring does.
"""

from __future__ import annotations

from parser.align import _Aligner
from tests.test_align import outline_document


def _aligner(table: list[list[float]]) -> tuple[_Aligner, list, list]:
    """An aligner over two reports of ``len(table)`` and ``len(table[0])`` sections whose
    similarities are ``table`` (row: section of a, column: section of b)."""
    a = outline_document([("一、", f"甲{i}", "正文。") for i in range(len(table))])
    b = outline_document([("一、", f"乙{j}", "正文。") for j in range(len(table[0]))])
    aligner = _Aligner(a, b)
    aligner.similarity = (  # type: ignore[method-assign]
        lambda x, y, edited=False: table[x.index][y.index])
    aligner.deeper_match = lambda x, y: False  # type: ignore[method-assign]
    return aligner, list(a.sections), list(b.sections)


def _siblings(table: list[list[float]]) -> set[tuple[int, int]]:
    aligner, xs, ys = _aligner(table)
    return set(aligner.by_topic(xs, ys, set(), set()))


def _moves(table: list[list[float]], headings: float = 0.0) -> set[tuple[int, int]]:
    aligner, _, _ = _aligner(table)
    aligner.likeness.heading = lambda x, y: headings  # type: ignore[method-assign]
    aligner.pair_leftovers()
    return {(x, match.b.index) for x, match in aligner.partner.items()}


def test_siblings_alike_from_0_3_pair_whatever_else_they_resemble():
    # 甲0's best is 乙1, yet 甲0–乙0 at 0.32 pairs on its own.
    assert _siblings([[0.32, 0.45], [0.0, 0.5]]) == {(0, 0), (1, 1)}


def test_siblings_in_the_band_pair_only_when_each_is_the_others_most_similar():
    assert _siblings([[0.2, 0.02], [0.02, 0.01]]) == {(0, 0)}
    # 甲0 is more like 乙1 (0.29) than like 乙0 (0.2), and 乙1 more like 甲1: 甲0–乙0 is not
    # mutual, so only 甲1–乙1 pairs.
    assert _siblings([[0.2, 0.29], [0.05, 0.29]]) == {(1, 1)}


def test_siblings_below_the_band_never_pair_even_as_each_others_best():
    assert _siblings([[0.08, 0.0], [0.0, 0.0]]) == set()


def test_moves_pair_best_first_down_to_0_25():
    assert _moves([[0.41, 0.0], [0.0, 0.0]]) == {(0, 0)}
    assert _moves([[0.26, 0.0], [0.0, 0.0]]) == {(0, 0)}
    # 甲1–乙1 first; then 甲0–乙0 is the best left.
    assert _moves([[0.27, 0.3], [0.0, 0.35]]) == {(0, 0), (1, 1)}
    assert _moves([[0.23, 0.3], [0.0, 0.35]]) == {(1, 1)}


def test_sections_pair_in_order_as_edits_from_0_5_or_0_4_when_alone():
    aligner, xs, ys = _aligner([[0.55, 0.0], [0.0, 0.45]])
    assert aligner.match_gap(xs, ys) == [(0, 0)]
    aligner, xs, ys = _aligner([[0.45]])
    assert aligner.match_gap(xs, ys) == [(0, 0)]
    aligner, xs, ys = _aligner([[0.35]])
    assert aligner.match_gap(xs, ys) == []


def test_moves_with_alike_headings_pair_down_to_0_15():
    assert _moves([[0.16, 0.0], [0.0, 0.0]], headings=0.3) == {(0, 0)}
    assert _moves([[0.16, 0.0], [0.0, 0.0]], headings=0.2) == set()
    assert _moves([[0.13, 0.0], [0.0, 0.0]], headings=0.9) == set()
