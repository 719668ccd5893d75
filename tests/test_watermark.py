"""A copying site's watermark at the end of many lines is read as markup: paragraphs end where
their punctuation says, headings stop before it, and the text keeps every character."""

from __future__ import annotations

import parser
from parser.watermark import stamps
from tests.tiling import assert_tiles

_STAMPED = (
    "(山东省)2019年东昌府区人民政府工作报告(全文)\n"
    "——2019年2月26日在东昌府区第十七届人民代表大会第三次会议上F9f\n"
    "各位代表:F9f\n"
    "现在,我代表区人民政府向大会报告工作,请予审议。F9f\n"
    "一、2018年工作回顾F9f\n"
    "2018年是贯彻落实党的十九大精神的开局之年。一年来,在区委的坚强领导\n"
    "下,全区经济稳中有进,位列第79位次。F9f\n"
    "(一)新旧动能转换全面起势。落后产能加速淘汰。\n"
)


def test_a_code_stamped_on_many_lines_is_markup_not_words() -> None:
    doc = parser.parse(_STAMPED)
    assert_tiles(doc)
    assert doc.text == _STAMPED
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "2018年工作回顾"), (2, "(一)", "新旧动能转换全面起势")]
    assert [doc.text[s:e] for s, e in doc.markup] == ["F9f"] * 5


def test_a_code_of_small_letters_stamped_on_many_lines_is_markup_too() -> None:
    doc = parser.parse(_STAMPED.replace("F9f", "jgo"))
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "2018年工作回顾"), (2, "(一)", "新旧动能转换全面起势")]
    assert [doc.text[s:e] for s, e in doc.markup] == ["jgo"] * 5


def test_a_sites_slogan_after_a_changing_code_is_its_stamp() -> None:
    text = "一、2020年主要工作s12乡村百科--为乡村振兴助力\n2020年是极不平凡的一年。AFi乡村百科--为乡村振兴助力\n"
    assert [text[s:e] for s, e in stamps(text)] == ["s12乡村百科--为乡村振兴助力", "AFi乡村百科--为乡村振兴助力"]


def test_codes_and_units_a_report_writes_are_no_stamp() -> None:
    text = ("全年GDP\n增长6%。各区GDP\n实现突破。居民收入GDP\n同步增长。\n" * 4
            + "建成5G基站1200个,覆盖率达到98%,位列全省第3\n" + "新建项目ABC\n" * 2)
    assert stamps(text) == []


def test_a_code_stamped_where_a_run_on_page_lost_its_line_breaks_breaks_the_line_there() -> None:
    # (a copying site that ran every line of the page together, its code and spaces between)
    text = ("(广东省)2020年青河县人民政府工作报告(全文)\n"
            "(广东省)2020年青河县人民政府工作报告(全文)   2020年6月18日在青河县第十六届IAh   "
            "人民代表大会第五次会议上IAh   青河县人民政府县长 张三IAh   各位代表:IAh   现在,我代表县"
            "人民政府,向大会报告工作,请予审议。IAh   一、2019年工作回顾IAh   过去一年,全县上下"
            "坚持稳中求进。IAh   (一)经济运行稳中向好IAh   全县生产总值增长5%。\n")
    doc = parser.parse(text)
    assert_tiles(doc)
    assert doc.text == text
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "2019年工作回顾"), (2, "(一)", "经济运行稳中向好")]
    assert {doc.text[s:e] for s, e in doc.markup} == {"IAh"}


def test_a_report_written_with_codes_and_spaces_in_a_long_line_has_no_stamp() -> None:
    text = ("全市建成5G基站1200个  覆盖率达到98%,新建项目ABC  和GDP  同步增长," * 3) + "\n"
    assert stamps(text) == []


def test_in_a_line_run_together_with_stamps_a_run_of_spaces_without_one_is_a_line_break_too() -> None:
    text = ("(湖北省)2020年青河县人民政府工作报告(全文)\n"
            "(湖北省)2020年青河县人民政府工作报告(全文)   政府工作报告C6m   2021年1月6日在青河县第六届"
            "人民代表大会第六次会议上C6m   青河县人民政府县长 张三C6m   各位代表:C6m   现在,我代表县人民政府,"
            "向大会报告工作,请予审议。C6m   一、十三五简要回顾C6m   十三五是决胜全面小康的五年。\n")
    doc = parser.parse(text)
    assert_tiles(doc)
    assert (doc.meta.title, doc.meta.year, doc.meta.speaker) == ("政府工作报告", 2021, "青河县人民政府县长 张三")
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [(1, "一、", "十三五简要回顾")]
