"""Searching a Document section by section: semantics, offsets, counts, speed-critical caching."""

from __future__ import annotations

import gc
import re
import weakref
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import parser
from parser.fold import fold
from parser.model import Document, Meta, Section
from parser.query import parse_query
from parser.search import Hit, SearchIndex, search

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def build(front: str, outline: list[tuple[int, str, str]], back: str = "") -> Document:
    """A Document from ``(level, heading line, body)`` triples in pre-order; each heading
    becomes ``heading + "\\n"`` and its body ``body + "\\n"`` when body is not empty."""
    records = []
    position = len(front)
    pieces = [front]
    for level, heading, body in outline:
        heading_span = (position, position + len(heading))
        body_text = "\n" + (body + "\n" if body else "")
        body_span = (heading_span[1], heading_span[1] + len(body_text))
        position = body_span[1]
        pieces += [heading, body_text]
        records.append((level, heading, heading_span, body_span))
    pieces.append(back)
    text = "".join(pieces)

    def nest(first: int, level: int) -> tuple[list[Section], int]:
        nodes: list[Section] = []
        index = first
        while index < len(records) and records[index][0] == level:
            _, heading, heading_span, body_span = records[index]
            children, after = nest(index + 1, level + 1)
            nodes.append(
                Section(
                    index=index, kind="heading", level=level, marker=heading[:2],
                    family="test", ordinal=None, title=heading[2:],
                    line=text.count("\n", 0, heading_span[0]) + 1,
                    heading=heading_span, body=body_span, children=tuple(children),
                )
            )
            index = after
        return nodes, index

    sections, _ = nest(0, 1)
    return Document(
        text=text, meta=Meta(), front=(0, len(front)), sections=tuple(sections),
        back=(position, len(text)),
    )


REPORT = build(
    "某街道法治政府建设情况报告\n今年依法推进行政复议工作。\n",
    [
        (1, "一、法治政府建设情况", ""),
        (2, "(一)行政复议", "办理行政复议案件3件,行政诉讼1件。"),
        (2, "(二)普法宣传", "开展普法宣传,化解信访矛盾。"),
        (1, "二、存在的问题", "行政复议队伍不足。"),
    ],
    "某街道办事处\n2023年12月30日\n",
)
# Node indexes in REPORT: 0 一、, 1 (一), 2 (二), 3 二、


def texts(doc: Document, hits: tuple[Hit, ...]) -> list[str]:
    return [doc.text[hit.start : hit.end] for hit in hits]


# --- section-level semantics ---------------------------------------------------------------


def test_keyword_finds_every_occurrence_as_a_substring():
    result = search(REPORT, "复议")
    assert texts(REPORT, result.hits) == ["复议"] * 4
    assert [hit.section for hit in result.hits] == [None, 1, 1, 3]


def test_hits_are_in_document_order_and_never_overlap():
    result = search(REPORT, "行政|复议|诉讼")
    starts = [hit.start for hit in result.hits]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(result.hits, result.hits[1:]))


def test_and_requires_every_word_in_the_same_section():
    result = search(REPORT, "复议 诉讼")
    assert result.sections == {1}
    assert texts(REPORT, result.hits) == ["复议", "复议", "诉讼"]


def test_and_words_in_non_matching_sections_are_not_hits():
    result = search(REPORT, "复议 诉讼")
    assert all(hit.section == 1 for hit in result.hits)
    assert not result.front and not result.back


def test_a_node_matches_on_its_own_text_not_its_childrens():
    assert 0 not in search(REPORT, "诉讼").sections
    assert search(REPORT, "法治政府 诉讼").sections == frozenset()


def test_heading_and_body_together_are_the_nodes_own_text():
    # "普法宣传" is in the heading, "信访" in the body of the same node.
    assert search(REPORT, "普法宣传 信访").sections == {2}


def test_or_accepts_either_alternative():
    assert search(REPORT, "诉讼|信访").sections == {1, 2}


def test_negation_excludes_sections_containing_the_word():
    result = search(REPORT, "复议 -诉讼")
    assert result.sections == {3}
    assert result.front
    assert all(hit.section != 1 for hit in result.hits)


def test_negated_words_produce_no_hits():
    result = search(REPORT, "-复议")
    assert result.hits == ()
    assert result.sections == {0, 2}
    assert result.back and not result.front


def test_phrase_matches_exactly_with_its_space():
    doc = build("", [(1, "一、总体情况", "法治 政府建设;法治政府。")])
    result = search(doc, '"法治 政府"')
    assert texts(doc, result.hits) == ["法治 政府"]


def test_front_and_back_matter_are_searchable_regions():
    front = search(REPORT, "报告")
    back = search(REPORT, "办事处")
    assert front.front and front.front_hits == 1 and front.hits[0].region == "front"
    assert back.back and back.back_hits == 1 and back.hits[0].region == "back"
    assert front.hits[0].section is None and back.hits[0].section is None


def test_occurrence_across_a_region_boundary_belongs_to_neither():
    # "件。\n(二)" spans the end of node 1 and the heading of node 2.
    assert search(REPORT, '"件。\n(二)"').matched is False


def test_overlapping_terms_give_one_hit_for_the_longest_leftmost():
    result = search(REPORT, "复议|行政复议")
    assert texts(REPORT, result.hits) == ["行政复议"] * 4


def test_empty_query_matches_nothing():
    for query in ("", "  ", "-", '"'):
        result = search(REPORT, query)
        assert not result.matched and result.hits == () and result.shown == frozenset()


# --- folding in matching --------------------------------------------------------------------


def test_matching_ignores_width_and_case():
    doc = build("", [(1, "一、２０２３年工作（ＡＰＰ）", "法治,建设")])
    for query in ("2023年", "(app)", "ＡＰＰ", "法治，建设"):
        hits = search(doc, query).hits
        assert len(hits) == 1, query
        assert fold(doc.text[hits[0].start : hits[0].end]) == hits[0].term


def test_a_simplified_query_finds_a_report_in_traditional_characters_and_back():
    doc = build("", [(1, "一、優化營商環境", "深化行政複議體制改革。")])
    for query, found in (("营商环境", "營商環境"), ("行政复议", "行政複議"), ("營商環境", "營商環境")):
        hits = search(doc, query).hits
        assert [doc.text[hit.start : hit.end] for hit in hits] == [found], query


def test_hit_offsets_are_exact_offsets_into_the_original_text():
    doc = build("前言\u3000（一）\n", [(1, "一、Ａ（甲）Ｂ", "乙（甲）")])
    for hit in search(doc, "(甲)").hits:
        assert doc.text[hit.start : hit.end] == "（甲）"


@given(
    st.text(alphabet="法治复议，,（(ａA \n", min_size=0, max_size=60),
    st.text(alphabet="法治复议，,（(ａA", min_size=1, max_size=3),
)
def test_every_occurrence_of_a_term_is_found_at_its_exact_offset(body, term):
    doc = build("", [(1, "一、", body.replace("\n", ""))])
    result = search(doc, f'"{term}"')
    folded_term = fold(term)
    for hit in result.hits:
        assert fold(doc.text[hit.start : hit.end]) == folded_term == hit.term
    expected = len(re.findall(re.escape(folded_term), fold(doc.text)))
    assert len(result.hits) == expected


# --- counts and the filtered tree -----------------------------------------------------------


def test_shown_nodes_are_the_matches_and_their_ancestors():
    result = search(REPORT, "诉讼")
    assert result.sections == {1}
    assert result.shown == {0, 1}


def test_counts_are_per_node_and_totals_per_subtree():
    result = search(REPORT, "复议")
    assert result.counts == {1: 2, 3: 1}
    assert result.totals == {0: 2, 1: 2, 3: 1}
    assert result.front_hits == 1 and result.back_hits == 0


def test_next_and_previous_hit_step_through_hits():
    result = search(REPORT, "复议")
    first, second = result.hits[:2]
    assert result.next_hit(-1) == first
    assert result.next_hit(first.start) == second
    assert result.previous_hit(second.start) == first
    assert result.previous_hit(first.start) is None
    assert result.next_hit(result.hits[-1].start) is None
    assert result.hits_between(first.start, second.start) == (first,)


# --- the index --------------------------------------------------------------------------


def test_index_is_built_once_per_document():
    doc = build("前言", [(1, "一、情况", "正文")])
    assert SearchIndex.of(doc) is SearchIndex.of(doc)


def test_cached_index_does_not_keep_its_document_alive():
    doc = build("前言", [(1, "一、情况", "正文")])
    SearchIndex.of(doc)
    alive = weakref.ref(doc)
    del doc
    gc.collect()
    assert alive() is None


def test_folded_text_keeps_the_document_length():
    assert len(SearchIndex.of(REPORT).folded) == len(REPORT.text)


def test_query_may_be_given_parsed_or_as_text():
    assert search(REPORT, parse_query("复议")).hits == search(REPORT, "复议").hits


# --- the seeds --------------------------------------------------------------------------


def seed(name: str) -> Document:
    return parser.load(SEEDS / name)


def test_fatou_mentions_jiesu_jiban_in_sections_only():
    doc = seed("fatou-2023.txt")
    result = search(doc, "接诉即办")
    assert len(result.hits) == 5
    assert all(hit.region == "section" for hit in result.hits)
    assert texts(doc, result.hits) == ["接诉即办"] * 5


@pytest.mark.parametrize(
    ("name", "hits"),
    [("beichengjie-2025.txt", 1), ("nanshan-2023.txt", 2), ("sijiqing-2023.txt", 3)],
)
def test_administrative_review_is_found_in_several_seeds(name, hits):
    doc = seed(name)
    result = search(doc, "行政复议")
    assert len(result.hits) == hits
    for hit in result.hits:
        node = doc.nodes[hit.section]
        assert node.heading[0] <= hit.start and hit.end <= node.body[1]


def test_fullwidth_query_finds_halfwidth_seed_text():
    doc = seed("fatou-2023.txt")
    halfwidth = search(doc, "(2021—2025年)").hits
    assert halfwidth and search(doc, "（２０２１－２０２５年）").hits == halfwidth
