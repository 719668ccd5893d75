"""Roles of the top-level parts of a report: review, plan, self-building, shortcomings, other,
with the year each reviews or plans, for both genres."""

from __future__ import annotations

import pytest

import parser
from parser.parts import Part, heading_role, part_of, parts


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("2023年工作回顾", "review"),
        ("过去五年工作回顾", "review"),
        ("主要举措与成效", "review"),
        ("工作开展情况", "review"),
        ("推进法治政府建设情况", "review"),
        ("“十三五”时期发展成就和2020年主要工作", "review"),
        ("2024年工作安排", "plan"),
        ("下一步工作计划", "plan"),
        ("今后五年的目标任务", "plan"),
        ("2024年工作思路和主要安排", "plan"),
        ("当前形势和2024年重点工作", "plan"),
        ("全面加强政府自身建设", "self-building"),
        ("努力建设人民满意的服务型政府", "self-building"),
        ("存在的问题与不足", "shortcomings"),
        ("存在不足和原因", "shortcomings"),
        ("深入贯彻落实党的二十大精神，全面推进中国式现代化新实践", "other"),
        ("交通出行", "other"),
        ("2023年主要工作", None),
    ],
)
def test_heading_role(title: str, role: str | None) -> None:
    assert heading_role(title)[0] == role


WORK_REPORT = """政府工作报告
各位代表：
现在，我代表市人民政府向大会报告工作。
一、过去一年工作回顾
一年来，我们做了以下工作。
（一）稳住经济大盘
地区生产总值增长5%。
二、今年主要工作
今年要抓好以下工作。
（一）扩大有效需求
三、切实加强政府自身建设
坚持依法行政。
"""

ANNUAL_REPORT = """某街道2023年法治政府建设年度报告
一、主要工作
全年办理复议案件3件。
二、存在问题
学法不够深入。
三、下一步打算
继续推进法治建设。
"""


def test_work_report_reviews_last_year_and_plans_this_one() -> None:
    doc = parser.parse(WORK_REPORT.replace("政府工作报告", "某市2024年政府工作报告"))
    found = parts(doc)
    assert [(p.role, p.year) for p in found] == [
        ("review", 2023), ("plan", 2024), ("self-building", None),
    ]
    assert [p.cue for p in found] == ["回顾", "主要工作", "政府自身建设"]


def test_annual_report_reviews_its_year_and_plans_the_next() -> None:
    found = parts(parser.parse(ANNUAL_REPORT))
    assert [(p.role, p.year) for p in found] == [
        ("review", 2023), ("shortcomings", None), ("plan", 2024),
    ]


def test_years_named_in_headings_win() -> None:
    doc = parser.parse("一、2019年工作回顾\n正文。\n二、2020年重点工作\n正文。\n")
    assert [(p.role, p.year) for p in parts(doc)] == [("review", 2019), ("plan", 2020)]


def test_ambiguous_part_after_a_review_is_a_plan() -> None:
    doc = parser.parse("一、工作回顾\n正文。\n二、重点工作\n正文。\n")
    assert [p.role for p in parts(doc)] == ["review", "plan"]


def test_part_of_finds_the_enclosing_part() -> None:
    doc = parser.parse(WORK_REPORT)
    table = parts(doc)
    inner = doc.sections[1].children[0]
    assert inner.title == "扩大有效需求"
    found = part_of(doc, inner, table)
    assert isinstance(found, Part) and found.role == "plan"
    assert part_of(doc, doc.sections[0]) == table[0]


def test_report_without_parts_is_all_other() -> None:
    doc = parser.parse("一、农业\n粮食丰收。\n二、工业\n产值增长。\n")
    assert {p.role for p in parts(doc)} == {"other"}
    assert all(p.year is None and p.cue is None for p in parts(doc))


def test_parts_named_by_a_time_alone_review_or_plan_by_that_time():
    doc = parser.parse(
        "2018年政府工作报告\n各位代表：\n一、2017年\n一年来成绩显著。\n二、2018年\n今年要抓好以下工作。\n"
    )
    assert [(p.role, p.year) for p in parts(doc)] == [("review", 2017), ("plan", 2018)]


def test_a_five_year_period_after_a_review_is_planned():
    doc = parser.parse(
        "2021年政府工作报告\n各位代表：\n一、“十三五”时期及2020年工作回顾\n成绩显著。\n"
        "二、“十四五”时期\n今后五年要实现以下目标。\n三、2021年工作安排\n今年要抓好以下工作。\n"
    )
    assert [p.role for p in parts(doc)] == ["review", "plan", "plan"]
    assert heading_role("“十三五”时期的规划构想")[0] == "plan"


def test_a_year_and_a_dash_name_the_time_of_a_part():
    doc = parser.parse(
        "2016年政府工作报告\n各位代表：\n一、2015——奋发有为、迎难而上的一年\n一年来成绩显著。\n"
        "二、2016——抢抓先机、扎实开局的一年\n今年要抓好以下工作。\n"
    )
    assert [(p.role, p.year) for p in parts(doc)] == [("review", 2015), ("plan", 2016)]
