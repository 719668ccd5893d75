"""Figures: recognising number + unit, reading Chinese numerals, and listing changed figures
with their context and delta."""

from __future__ import annotations

import pytest

import parser
from parser.chars import chinese_number
from parser.diff import diff
from parser.figures import find_figures
from tests.test_align import BACK, FRONT


def figures_in(text: str) -> list[str]:
    return [figure.text for figure in find_figures(text)]


def report(body: str) -> parser.Document:
    return parser.parse(f"{FRONT}一、主要工作\n{body}\n{BACK}")


@pytest.mark.parametrize(("text", "expected"), [
    ("召开党工委专题会议4次", ["4次"]),
    ("化解矛盾纠纷1200余件,排查10000余次", ["1200余件", "10000余次"]),
    ("罚款4.27万元", ["4.27万元"]),
    ("参考率100%,优秀率95.5％", ["100%", "95.5％"]),
    ("完成两处法治文化阵地建设,占地近三千平方米", ["两处", "三千平方米"]),
    ("出动7309人次,检查218家", ["7309人次", "218家"]),
    ("公职律师2名", ["2名"]),
])
def test_figures_are_numbers_with_units(text, expected):
    assert figures_in(text) == expected


@pytest.mark.parametrize("text", [
    "2023年12月30日", "第四次工委(扩大)会议", "12345热线", "一是强化学习", "进一步加强",
    "《法治政府建设实施纲要(2021—2025年)》",
])
def test_years_ordinals_and_bare_numbers_are_not_figures(text):
    assert figures_in(text) == []


@pytest.mark.parametrize(("numeral", "value"), [
    ("四", 4), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("三千", 3000),
    ("两万五千", 25000), ("一亿", 100_000_000),
])
def test_chinese_numerals_are_read(numeral, value):
    assert chinese_number(numeral) == value


def test_a_changed_figure_is_listed_with_its_context_and_delta():
    result = diff(report("今年召开党工委专题会议4次,研究法治建设重大问题。"),
                  report("今年召开党工委专题会议6次,研究法治建设重大问题。"))
    (figure,) = result.figures
    assert (figure.a, figure.b, figure.context, figure.delta) == ("4次", "6次", "今年召开党工委专题会议", 2)
    assert figure.describe() == "4次 → 6次 (+2)"
    assert result.a.text[slice(*figure.a_at)] == "4次"
    assert result.b.text[slice(*figure.b_at)] == "6次"


def test_decimal_and_falling_figures_have_exact_deltas():
    result = diff(report("罚款4.27万元,立案154宗。"), report("罚款5.1万元,立案120宗。"))
    assert [(f.a, f.b, f.delta) for f in result.figures] == [
        ("4.27万元", "5.1万元", pytest.approx(0.83)), ("154宗", "120宗", -34),
    ]
    assert result.figures[1].describe() == "154宗 → 120宗 (-34)"


def test_figures_with_different_units_have_no_delta():
    result = diff(report("开展普法活动60余场。"), report("开展普法活动60余次。"))
    (figure,) = result.figures
    assert (figure.a, figure.b, figure.delta) == ("60余场", "60余次", None)
    assert figure.describe() == "60余场 → 60余次"


def test_about_figures_compare_with_plain_ones():
    (figure,) = diff(report("调解纠纷300件。"), report("调解纠纷300余件。")).figures
    assert figure.delta == 0


def test_a_figure_with_a_thousands_separator_is_read_whole():
    (figure,) = diff(report("累计发放资料10,000份。"), report("累计发放资料10,500份。")).figures
    assert (figure.a, figure.b, figure.delta) == ("10,000份", "10,500份", 500)


def test_chinese_numeral_figures_change_too():
    (figure,) = diff(report("完成两处法治文化阵地建设。"), report("完成三处法治文化阵地建设。")).figures
    assert (figure.a, figure.b, figure.delta) == ("两处", "三处", 1)


def test_unchanged_figures_next_to_changed_ones_are_not_listed():
    result = diff(report("排查矛盾10000余次,化解地区矛盾纠纷1200余件。"),
                  report("排查矛盾10000余次,化解辖区矛盾纠纷1350余件。"))
    assert [(f.a, f.b, f.context) for f in result.figures] == [("1200余件", "1350余件", "化解辖区矛盾纠纷")]


def test_figures_in_inserted_sentences_are_not_changes_of_a_figure():
    result = diff(report("开展活动12场。"), report("开展活动12场。新增调解员30名。"))
    assert result.figures == ()


def test_a_figure_at_the_start_of_its_clause_takes_the_words_after_it_as_context():
    (figure,) = diff(report("街道设有:17个社区居委会。"), report("街道设有:18个社区居委会。")).figures
    assert figure.context == "社区居委会"
