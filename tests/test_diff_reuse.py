"""Sentence correspondences within pairs — kept, reworded, new, dropped, moved — and the
share of the new year's text reused from last year."""

from __future__ import annotations

import parser
from parser.diff import diff

LAST_YEAR = """一、2023年工作回顾
全年新建口袋公园12个，改造老旧小区30个。深入推进“放管服”改革，政务服务事项全部实现网上可办。开展安全生产大检查，整改隐患1200处。
二、2024年工作安排
持续优化营商环境，培育市场主体。坚持以人民为中心，办好十件民生实事。
"""

THIS_YEAR = """一、2024年工作回顾
全年新建口袋公园15个，改造老旧小区30个。深入推进“放管服”改革，政务服务事项全部实现网上可办。建成城市更新项目8个。
二、2025年工作安排
坚持以人民为中心，办好十件民生实事。开展安全生产大检查，整改隐患1200处。大力发展低空经济。
"""


def kinds(result, side):
    text = (result.a if side == "a" else result.b).text
    return {text[slice(*getattr(link, side))]: link.kind
            for link in result.sentences if getattr(link, side) is not None}


def test_each_sentence_is_kept_reworded_new_dropped_or_moved():
    result = diff(parser.parse(LAST_YEAR), parser.parse(THIS_YEAR))
    new_year = kinds(result, "b")
    assert new_year["深入推进“放管服”改革，政务服务事项全部实现网上可办。"] == "kept"
    assert new_year["全年新建口袋公园15个，改造老旧小区30个。"] == "reworded"
    assert new_year["建成城市更新项目8个。"] == "new"
    assert new_year["大力发展低空经济。"] == "new"
    # Said in the review last year, in the plan this year: another section.
    assert new_year["开展安全生产大检查，整改隐患1200处。"] == "moved"
    old_year = kinds(result, "a")
    assert old_year["持续优化营商环境，培育市场主体。"] == "dropped"
    assert old_year["开展安全生产大检查，整改隐患1200处。"] == "moved"


def test_word_marks_only_inside_a_reworded_sentence():
    result = diff(parser.parse(LAST_YEAR), parser.parse(THIS_YEAR))
    a, b = result.a.text, result.b.text
    marked = [(a[e.a[0]:e.a[1]], b[e.b[0]:e.b[1]]) for e in result.edits]
    assert ("12", "15") in marked
    # The new sentence is inserted whole, not matched character by character with an old one.
    assert ("", "建成城市更新项目8个。") in marked


def test_reuse_shares_per_pair_and_for_the_report():
    result = diff(parser.parse(LAST_YEAR), parser.parse(THIS_YEAR))
    reuse = result.reuse
    assert reuse.kept and reuse.moved and reuse.reworded and reuse.new and reuse.dropped
    assert 0 < reuse.verbatim_share < reuse.reused_share < 1
    review = next(i for i, pair in enumerate(result.pairs)
                  if pair.b is not None and pair.b.title == "2024年工作回顾")
    assert result.pair_reuse[review].kept == len("深入推进“放管服”改革,政务服务事项全部实现网上可办。")
    assert sum(result.pair_reuse, type(reuse)()) == reuse


def test_identical_reports_reuse_everything():
    doc = parser.parse(LAST_YEAR)
    result = diff(doc, doc)
    assert {link.kind for link in result.sentences} == {"kept"}
    assert result.reuse.reused_share == result.reuse.verbatim_share == 1.0


def test_figures_change_only_between_corresponding_sentences():
    a = parser.parse("一、工作回顾\n新建口袋公园12个。开展执法检查40次。\n")
    b = parser.parse("一、工作回顾\n新建口袋公园15个。引进重点企业8家，完成投资300亿元。\n")
    result = diff(a, b)
    assert [(figure.a, figure.b) for figure in result.figures] == [("12个", "15个")]
