"""Outline nodes and moving between them (``parser.nodes``), and hits counted per node and per
pair of the alignment (``parser.search``): pure functions over Documents, checked on a small
report whose offsets are worked out by hand."""

from __future__ import annotations

import parser
from parser.align import align
from parser.nodes import (
    BACK,
    FRONT,
    enclosing_heading,
    has_text,
    heading_number,
    next_node,
    node_at,
    node_start,
    own_texts,
    same_level,
)
from parser.search import pair_hits, pair_nodes, pair_shown, search

TEXT = (
    "某区2023年工作报告\n"      # 0–10, front
    "一、总体情况\n"            # 11–17
    "全年推进法治建设。\n"      # 18–27
    "（一）制度建设\n"          # 28–35
    "一是完善制度。二是抓好落实。\n"  # 36–50
    "二、下一步打算\n"          # 51–58
    "继续推进法治建设。\n"      # 59–68
    "某区人民政府\n"            # 69–75, back
)
DOC = parser.parse(TEXT)


def _titles() -> list[tuple[int, str, str]]:
    return [(node.index, node.kind, node.title) for node in DOC.nodes]


def test_the_report_parses_as_worked_out() -> None:
    titles = [title for _, _, title in _titles()]
    assert titles[:3] == ["总体情况", "制度建设", "完善制度"]
    assert "下一步打算" in titles
    assert DOC.text[DOC.front[0]:DOC.front[1]].strip() == "某区2023年工作报告"
    assert DOC.text[DOC.back[0]:DOC.back[1]].strip() == "某区人民政府"


def test_every_offset_is_in_one_node_and_a_node_starts_where_it_is() -> None:
    assert node_at(DOC, 0) == FRONT and node_start(DOC, FRONT) == 0
    assert node_at(DOC, len(TEXT) - 2) == BACK and node_start(DOC, BACK) == DOC.back[0]
    overview = DOC.nodes[0]
    assert node_at(DOC, TEXT.index("全年")) == overview.index
    assert node_start(DOC, overview.index) == TEXT.index("一、总体情况")
    for key, (start, end) in own_texts(DOC):
        if end > start and TEXT[start:end].strip():
            assert node_at(DOC, start) == key


def test_own_texts_tile_the_text_in_order() -> None:
    spans = [span for _, span in own_texts(DOC)]
    assert spans[0][0] == 0 and spans[-1][1] == len(TEXT)
    assert all(first[1] == second[0] for first, second in zip(spans, spans[1:]))
    keys = [key for key, _ in own_texts(DOC)]
    assert keys == [FRONT, *range(len(DOC.nodes)), BACK]


def test_front_and_back_matter_have_text_or_not() -> None:
    assert has_text(DOC, FRONT) and has_text(DOC, BACK)
    bare = parser.parse("一、总体情况\n推进。\n")
    assert not has_text(bare, FRONT)


def test_a_point_counts_as_its_heading() -> None:
    point = next(node for node in DOC.nodes if node.kind == "point")
    assert point.title == "完善制度"
    assert enclosing_heading(DOC, point.index).title == "制度建设"
    # Headings: 总体情况, 制度建设, 下一步打算 — the point is read as the second of three.
    assert heading_number(DOC, point.index) == (2, 3)
    assert heading_number(DOC, 0) == (1, 3)
    assert heading_number(DOC, FRONT) is None and heading_number(DOC, BACK) is None


def test_the_next_and_previous_section_count_from_the_node_being_read() -> None:
    top_level = [node for node in DOC.nodes if node.level == 1]
    first, second = top_level
    on_top = lambda section: section.level == 1  # noqa: E731
    assert next_node(DOC, FRONT, 0, 1, on_top) == first
    assert next_node(DOC, first.index, first.start, 1, on_top) == second
    assert next_node(DOC, second.index, second.start, 1, on_top) is None
    # Scrolled into a section: going back first returns to its own start.
    inside = TEXT.index("全年")
    assert next_node(DOC, first.index, inside, -1, on_top) == first
    assert next_node(DOC, first.index, first.start, -1, on_top) is None
    assert next_node(DOC, BACK, DOC.back[0], -1, on_top) == second
    sub = DOC.nodes[1]
    assert same_level(DOC, sub.index)(sub) and not same_level(DOC, sub.index)(first)
    assert same_level(DOC, FRONT)(first)


def test_hits_per_node_and_per_pair() -> None:
    found = search(DOC, "法治建设")
    overview, plans = (node for node in DOC.nodes if node.level == 1)
    assert found.own_hits(overview.index) == 1 and found.own_hits(plans.index) == 1
    assert found.own_hits(FRONT) == 0 and not found.shows(FRONT)
    assert found.subtree_hits(overview.index) == 1
    region = search(DOC, "某区")
    assert region.own_hits(FRONT) == 1 and region.own_hits(BACK) == 1 and region.shows(BACK)

    newer = parser.parse(TEXT.replace("继续推进法治建设。", "继续推进法治建设,法治建设再上台阶。"))
    pairs = align(DOC, newer)
    both = (found, search(newer, "法治建设"))
    front = next(pair for pair in pairs if pair.part == "front")
    assert pair_nodes(front) == (FRONT, FRONT) and pair_hits(front, both) == (0, 0)
    assert not pair_shown(front, both)
    plan_pair = next(pair for pair in pairs if pair.a is not None and pair.a.title == "下一步打算")
    assert pair_hits(plan_pair, both) == (1, 2) and pair_shown(plan_pair, both)
    overview_pair = next(pair for pair in pairs if pair.a is not None and pair.a.index == 0)
    assert pair_hits(overview_pair, both, subtree=True) == (1, 1)


def test_the_pairing_and_the_search_name_front_and_back_matter_with_its_keys() -> None:
    from typing import get_args

    from parser.align import PairPart
    from parser.nodes import Matter
    from parser.search import Region

    # One encoding: both are the matter keys and "section", not strings of their own.
    assert Matter in get_args(PairPart) and Matter in get_args(Region)
    doc = parser.parse(TEXT)
    pairs = align(doc, doc)
    assert pairs[0].part is FRONT and pairs[-1].part is BACK
