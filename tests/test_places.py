"""The places a report names, read against the table of the country's divisions."""

from __future__ import annotations

import textwrap

import pytest

import parser
from parser.places import bare_place, named_places, prefecture, unit_named_at, whole_name
from tests.tiling import assert_tiles


def _org(text: str) -> str | None:
    doc = parser.parse(textwrap.dedent(text).lstrip("\n"))
    assert_tiles(doc)
    return doc.meta.org


@pytest.mark.parametrize(("text", "level", "places"), [
    # the longest name that ends at the level, whatever word runs into it
    ("二是启动幸福河湖建设。编写东莞市幸福河湖动员令", "市", {"东莞市": 1}),
    ("重庆市铜梁区审计局", "区", {"铜梁区": 1}),
    ("巴音郭楞蒙古自治州和昌吉回族自治州", "州", {"巴音郭楞蒙古自治州": 1, "昌吉回族自治州": 1}),
    # a name of one character is a place only where no word runs into it
    ("完成县级任务,建设示范县", "县", {}),
    ("(成县)", "县", {"成县": 1}),
    # nor the word that joins two things (``…规定》和县委、县政府``), while ``和县`` alone is one
    ("《青山省政府信息公开规定》和县委、县政府关于政务公开的要求", "县", {}),
    ("和县交通运输局", "县", {"和县": 1}),
    # words that start with a level's character, and divisions whose names are words
    ("建成义乌市场,城东区域,推进老城区改造", "市", {}),
    ("建成义乌市场,城东区域,推进老城区改造", "区", {}),
    # towns are not in the table
    ("下太镇委党校", "镇", {}),
])
def test_named_places(text: str, level: str, places: dict[str, int]) -> None:
    assert dict(named_places(text, level)) == places


def test_a_department_named_by_its_level_takes_the_city_the_text_names_once() -> None:
    assert _org("""
        市水利局2017年上半年工作总结
        今年以来,在市委市政府的正确领导下,全市水利各项工作扎实推进。
        一、抓好抗旱防汛工作
        一是制定下发了《青岛市2017年防汛内部工作方案》,确保安全度汛。
        """) == "青岛市水利局"


def test_a_place_found_inside_a_longer_word_is_the_place() -> None:
    assert _org("""
        市水务局2023年工作总结和2024年工作计划
        一、2023年主要工作成效
        (一)河湖长制工作持续走深走实。二是启动幸福河湖建设。编写东莞市幸福河湖动员令。
        """) == "东莞市水务局"


@pytest.mark.parametrize(("office", "body"), [
    # two cities named as often: which is its own cannot be told
    ("市卫生健康委", "学习借鉴杭州市、宁波市的经验做法。"),
    # no county: ``成县`` and ``范县`` are the ends of words here
    ("县卫生健康局", "全面完成县级医院能力提升任务,创建省级示范县。"),
])
def test_a_department_stays_named_by_its_level_where_its_place_cannot_be_told(
        office: str, body: str) -> None:
    org = _org(f"""
        {office}2022年工作总结
        一、主要工作
        {body}
        """)
    assert org == office


@pytest.mark.parametrize(("short", "whole"), [
    ("镇宁自治县", "镇宁布依族苗族自治县"),
    ("积石山自治县", "积石山保安族东乡族撒拉族自治县"),  # a place of three characters
    ("恩施自治州", "恩施土家族苗族自治州"),
    ("镇宁县", "镇宁布依族苗族自治县"),  # the place and its level alone, as its reports say
    ("张家川县", "张家川回族自治县"),
    ("龙胜县", "龙胜各族自治县"),
    ("本溪县", "本溪满族自治县"),
    ("张家县", None),  # a part of the place's name is none
    ("天台县", None),  # nor is a county that is no autonomous one
])
def test_an_autonomous_division_by_its_short_name(short: str, whole: str | None) -> None:
    assert whole_name(short) == whole


def test_an_autonomous_county_naming_itself_by_its_short_name_is_named_whole() -> None:
    assert _org("""
        2024年,我县法治政府建设工作在市委、市政府和县委的坚强领导下稳步推进。
        一、坚持党的领导
        全面落实《张家川县法治政府建设实施方案》。
        """) == "张家川回族自治县人民政府"
    assert _org("""
        镇沅县2023年法治政府建设年度报告
        一、主要举措
        """) == "镇沅彝族哈尼族拉祜族自治县人民政府"


def test_a_city_s_report_listing_its_units_is_the_city_s() -> None:
    # ``吴川市`` named once, beside two districts of the same city: the units of 湛江, listed
    assert _org("""
        2025年,市政府坚持以习近平法治思想为指导,扎实推进法治湛江建设。
        一、主要举措和成效
        (一)夯实基层基础。赤坎区推进人民调解项目;麻章区建设法治宣传阵地;吴川市以基层法庭为中心,整合调解力量。
        """) == "湛江市人民政府"


@pytest.mark.parametrize(("name", "above"), [
    ("吴川市", "湛江市"), ("赤坎区", "湛江市"),
    ("湛江市", None),  # a prefecture is under none
    ("鼓楼区", None),  # four cities have one: which cannot be told
])
def test_the_prefecture_a_division_is_in(name: str, above: str | None) -> None:
    assert prefecture(name) == above


@pytest.mark.parametrize(("name", "above"), [
    ("海安市", "南通市"), ("海安县", "南通市"),  # a county that became a city in 2018: both names
    ("京山市", "荆门市"),
])
def test_a_division_made_or_renamed_since_the_older_table_is_known_by_both_names(
    name: str, above: str | None,
) -> None:
    assert prefecture(name) == above


@pytest.mark.parametrize(("body", "org"), [
    # the writer says its own name, in a sentence or a document's title
    ("根据审计法的规定,浮梁县审计局派出审计组,对县本级预算执行情况进行了审计。", "浮梁县审计局"),
    ("公示《眉山市应急管理局权责清单》,接受社会监督。", "眉山市应急管理局"),
    ("龙岩市永定区卫生健康局全面履行法治建设职责。", "龙岩市永定区卫生健康局"),
    ("为认真做好京山市卫生健康局政府信息公开工作,我局精心组织。", "京山市卫生健康局"),  # a 市 since 2018
    # an autonomous prefecture's office by its short name and its whole one: one office
    ("我局调整了临夏州自然资源局信息公开领导小组成员;公开了临夏回族自治州自然资源局政府集中采购事项。", "临夏回族自治州自然资源局"),
    # who issued a document it cites is not who writes
    ("按照《宁德市教育局关于做好2020年度质量报告工作的通知》要求编制。", None),
    # two offices: which writes cannot be told
    ("配合眉山市应急管理局和眉山市财政局开展检查。", None),
])
def test_an_untitled_text_without_a_writer_names_its_one_office(body: str, org: str | None) -> None:
    assert _org(f"""
        一、总体情况
        {body}
        二、主要工作
        """) == org


@pytest.mark.parametrize(("text", "upper", "unit"), [
    ("西安市新城区坚持", "西安市", "新城区"),  # (a district whose name is also a word)
    ("广东省深圳市坚持", "广东省", "深圳市"),
    ("西安市宝安区", "西安市", None),  # another city's district
    ("西安市坚持", "西安市", None),
    ("罗湖区福田区", "罗湖区", None),  # a county-level division has no units in the table
])
def test_a_unit_named_right_after_the_division_it_is_in(text: str, upper: str, unit: str | None) -> None:
    assert unit_named_at(text, len(upper), upper) == unit


@pytest.mark.parametrize("text, level, place", [
    # said only bare, more than any other name: the writer's own place
    ("是汤原发展进程中极不平凡的一年。建设新汤原,推动乡村振兴,振兴实体经济。", "县", "汤原县"),
    # once is not enough; nor a tie, nor a name inside a whole one (``长沙市`` holds ``沙市``)
    ("是汤原发展进程中极不平凡的一年。", "县", None),
    ("汤原发展,汤原建设,巴彦发展,巴彦建设。", "县", None),
    ("长沙市经济平稳增长,长沙市民生持续改善。", "区", None),
    # nor a common word (``振兴``), ``中华人民共和国``'s ``共和``, or ``和政`` across ``和政务``
    ("乡村振兴,振兴实体经济,振兴老工业基地。", "区", None),
    ("依照中华人民共和国法律,维护中华人民共和国宪法权威。", "县", None),
    ("网站和政务新媒体,网站和政务公开,门户和政务服务。", "县", None),
    # a level the table holds no bare names of
    ("青山发展,青山建设。", "镇", None),
])
def test_a_place_said_only_by_its_bare_name(text: str, level: str, place: str | None) -> None:
    assert bare_place(text, level) == place


def test_a_speech_for_a_government_named_by_its_level_is_its_place_s_said_bare() -> None:
    doc = parser.parse(textwrap.dedent("""
        政府工作报告
        ——2023年1月8日在县第十八届人民代表大会第二次会议上
        县长 王某某
        各位代表:
        现在,我代表县政府向大会报告工作,请予审议。
        一、2022年工作回顾
        2022年,是汤原振兴发展进程中极不寻常的一年。我们奋力建设新汤原。
        """).lstrip())
    assert_tiles(doc)
    assert doc.meta.org == "汤原县人民政府"
