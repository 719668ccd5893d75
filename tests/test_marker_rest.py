"""Headings that a marker, or the lack of one, could hide. What may follow a marker: words,
not more numbers. ``一、二季度`` lists two quarters and ``一、二年级`` two grades, but
``一、五年工作的回顾`` is the first part of a report that opens a term, and its ``二、`` is the
second part, not a point of the first. A plain line of a period and a dash names a part."""

from __future__ import annotations

import parser

REPORT = (
    "各位代表：\n\n"
    "一、五年工作的回顾\n\n五年来，我们做了大量工作。\n\n"
    "（一）深化改革\n\n改革取得进展。\n\n"
    "（二）调整结构\n\n结构不断优化。\n\n"
    "二、今后五年的主要任务\n\n今后五年任务艰巨。\n\n"
    "（一）搞好国有企业\n\n国企改革。\n"
)


def test_a_number_of_years_after_a_marker_is_words() -> None:
    doc = parser.parse(REPORT)
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "五年工作的回顾"), ("二、", "今后五年的主要任务")]
    assert [len(s.children) for s in doc.sections] == [2, 1]


def test_a_run_of_numbers_after_a_marker_is_not_a_heading() -> None:
    for line in ("一、二季度经济运行平稳。", "一、二年级学生全部实行课后服务。", "三、四月份开展专项检查。"):
        doc = parser.parse(f"{line}\n\n其余正文。\n")
        assert not any(node.marker == line[:2] for node in doc.nodes), line


def test_a_period_and_a_dash_name_a_part_without_bold_or_number() -> None:
    """``2016——抢抓先机、扎实开局的一年`` as a plain line, like its bold siblings, opens the
    part that holds the year's points."""
    doc = parser.parse(
        "**2015——奋发有为、迎难而上的一年**\n\n"
        "1、下大力引进产业项目。全年引进项目多个。\n\n2、下大力建设海绵城市。城市提质。\n\n"
        "“十三五”——全面小康、决战决胜的五年\n\n今后五年是决胜阶段。\n\n"
        "2016——抢抓先机、扎实开局的一年\n\n2016年是开局之年。\n\n"
        "1、着力推进新型工业化\n\n夯实园区平台。\n\n2、着力推进农业现代化\n\n优化农业结构。\n"
    )
    tops = [s.title for s in doc.sections]
    assert "“十三五”——全面小康、决战决胜的五年" in tops
    assert "2016——抢抓先机、扎实开局的一年" in tops
    plan = doc.sections[tops.index("2016——抢抓先机、扎实开局的一年")]
    assert [c.title for c in plan.children] == ["着力推进新型工业化", "着力推进农业现代化"]


def test_a_year_or_a_span_of_months_right_after_an_arabic_marker_is_words() -> None:
    doc = parser.parse(
        "一、主要成绩\n"
        "1.1-6月镇图书室、文化活动室正常对外免费开放。\n"
        "2.2024油菜花节圆满举办。吸引游客三万人次。\n"
        "3.全年开展送戏下乡五场。\n"
        "全年财政收入增长\n"
        "3.25亿元,同比增长1.5个百分点。\n")
    assert [(s.marker, s.title[:6]) for s in doc.sections[0].children] == [
        ("1.", "1-6月镇图"), ("2.", "2024油菜"), ("3.", "全年开展送戏")]
