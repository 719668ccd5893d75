"""The one table of characters (``parser.chars``): how its classes relate, and the one reader
of Chinese numerals that headings, dates and figures share."""

from __future__ import annotations

import pytest

import parser
from parser.chars import (
    CLAUSE_ENDS,
    CLOSING,
    NEVER_ENDS,
    PARAGRAPH_ENDS,
    SENTENCE_ENDS,
    SPACES,
    STATEMENT_ENDS,
    chinese_number,
)
from parser.figures import find_figures
from parser.headings import recognise


def test_the_classes_differ_only_where_named() -> None:
    assert set(STATEMENT_ENDS) - set(SENTENCE_ENDS) == {"：", ":"}
    assert set(PARAGRAPH_ENDS) == set(STATEMENT_ENDS) | set(CLOSING) | {"…"}
    assert not set(NEVER_ENDS) & set(PARAGRAPH_ENDS)
    assert "\u3000" in SPACES and "\n" not in SPACES
    assert set(CLAUSE_ENDS) <= set("，,；;")


@pytest.mark.parametrize(("numeral", "value"), [
    ("三", 3), ("十二", 12), ("二十", 20), ("一百零五", 105), ("两万五千", 25000),
    ("二〇二三", 2023), ("二零二一", 2021), ("一九九八", 1998), ("一〇", 10),
    ("三四", None), ("一二三", None), ("两三", None), ("", None), ("十二月", None),
    ("十三五", None), ("十四五", None), ("三千零二十", 3020),  # (the plans by their number: no number)
])
def test_one_reader_of_chinese_numerals(numeral: str, value: int | None) -> None:
    assert chinese_number(numeral) == value


def test_headings_dates_and_figures_read_numerals_alike() -> None:
    marker = recognise("十二、其他事项", 0)
    assert marker is not None and marker.ordinal == 12
    doc = parser.parse("某区二〇二三年法治政府建设年度报告\n\n一、总体情况\n推进。\n")
    assert doc.meta.year == 2023
    figures = {figure.text: figure.value for figure in find_figures("完成十二件,推进一二期工程两三个")}
    assert figures["十二件"] == 12
    assert figures["一二期"] is None and figures["两三个"] is None, "a range is no one figure"


def test_sentences_end_where_the_table_says() -> None:
    from parser.tokens import sentences

    text = "一是完善制度：加强领导。二是抓好落实！”三是?"
    pieces = [text[a:b] for a, b in sentences(text, 0, len(text))]
    assert pieces == ["一是完善制度：加强领导。", "二是抓好落实！”", "三是?"]


def test_a_parenthesised_numeral_of_one_character_is_the_same_family_as_its_brackets() -> None:
    one, three = recognise("㈠ 主动公开", 0), recognise("㈢政府信息管理", 0)
    assert one is not None and (one.family, one.ordinal, one.text) == ("cn-paren", 1, "㈠")
    assert three is not None and (three.family, three.ordinal) == ("cn-paren", 3)
    doc = parser.parse("一、总体情况\n㈠ 主动公开\n公开信息。\n㈡ 依申请公开\n办理申请。\n二、存在的问题\n")
    outline = [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"]
    assert outline == [(1, "一、", "总体情况"), (2, "㈠", "主动公开"), (2, "㈡", "依申请公开"),
                       (1, "二、", "存在的问题")]
