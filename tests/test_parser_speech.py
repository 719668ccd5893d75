"""The 政府工作报告 genre: a report read to a people's congress. Invented short texts; each
asserts the metadata a reader states and the outline a reader sees."""

from __future__ import annotations

import textwrap

import parser
from parser.model import Document
from tests.tiling import assert_tiles


def _doc(text: str, *, markdown_input: bool | None = None) -> Document:
    doc = parser.parse(textwrap.dedent(text).lstrip("\n"), markdown_input=markdown_input)
    assert_tiles(doc)
    return doc


SPEECH = """
    政府工作报告
    ——2023年1月4日在柳岸市第十七届人民代表大会第二次会议上
    柳岸市人民政府市长 周某某
    各位代表：
    现在，我代表市人民政府，向大会报告工作，请予审议。
    一、2022年工作回顾
    过去一年，全市经济稳中向好。
    二、2023年主要任务
    （一）扩大有效需求。推动消费回升。
    """


def test_subtitle_speaker_and_reviewed_year() -> None:
    meta = _doc(SPEECH).meta
    assert meta.title == "政府工作报告"
    assert meta.delivered == "2023-01-04"
    assert meta.session == "柳岸市第十七届人民代表大会第二次会议"
    assert meta.speaker == "柳岸市人民政府市长 周某某"
    assert meta.covers == 2022
    assert meta.year == 2023
    assert meta.org == "柳岸市人民政府"


def test_salutation_is_body_text_of_the_front() -> None:
    doc = _doc(SPEECH)
    assert [s.title for s in doc.sections] == ["2022年工作回顾", "2023年主要任务"]
    assert "各位代表：" in doc.text[doc.front[0]:doc.front[1]]


def test_report_delivered_in_december_is_labelled_with_the_next_year() -> None:
    meta = _doc("""
        ---
        title: 江口市政府工作报告（2021年12月30日 李某）
        ---
        ——2021年12月30日在江口市第九届人民代表大会第一次会议上
        市长 李某
        各位代表：
        **一、2021年工作回顾**
        过去一年，成绩来之不易。
        **二、2022年工作安排**
        今年要稳字当头。
        """).meta
    assert (meta.year, meta.covers, meta.delivered) == (2022, 2021, "2021-12-30")
    assert meta.title == "江口市政府工作报告"
    assert meta.org == "江口市人民政府"
    assert meta.speaker == "市长 李某"


def test_title_and_subtitle_on_one_line_and_org_from_the_session() -> None:
    meta = _doc("""
        ---
        title: 政府工作报告（省九届人大二次会议 1999年）
        ---
        **政府工作报告** ——1999年2月1日在东原省第九届人民代表大会第二次会议上
        各位代表：
        **一、1998年政府工作的回顾**
        一年来，全省上下奋力拼搏。
        """).meta
    assert meta.title == "政府工作报告"
    assert meta.delivered == "1999-02-01"
    assert meta.org == "东原省人民政府"
    assert meta.year == 1999


def test_place_and_year_title_names_the_government() -> None:
    meta = _doc("""
        北湖市2016年政府工作报告
        ——2016年1月20日在北湖市第十三届人民代表大会第五次会议上
        各位代表：
        一、2015年工作回顾
        一年来，全市经济平稳。
        """).meta
    assert (meta.org, meta.year) == ("北湖市人民政府", 2016)


def test_a_title_printed_twice_on_one_line_is_said_once() -> None:
    meta = _doc("""
        ---
        title: 2005年南港市政府工作报告2005年南港市政府工作报告
        ---
        **一、2004年工作回顾**
        2004年，全市经济较快增长。
        """).meta
    assert meta.title == "2005年南港市政府工作报告"
    assert meta.org == "南港市人民政府"
