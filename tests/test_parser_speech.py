"""The 政府工作报告 genre: a report read to a people's congress. Invented short texts; each
asserts the metadata a reader states and the outline a reader sees."""

from __future__ import annotations

import textwrap

import pytest

import parser
from parser import sessions
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


def test_title_meeting_day_and_speaker_on_one_line_without_a_dash() -> None:
    meta = _doc("""
        政府工作报告 在青石市第十六届人民代表大会第五次会议上(2016年2月16日) 代市长 李青
        各位代表:现在,我代表青石市人民政府向大会报告工作,请予审议。
        一、“十二五”时期工作回顾
        """).meta
    assert meta.title == "政府工作报告"
    assert meta.delivered == "2016-02-16"
    assert meta.session == "青石市第十六届人民代表大会第五次会议"
    assert meta.speaker == "代市长 李青"


def test_a_towns_report_put_up_by_its_county_is_the_towns() -> None:
    meta = _doc("""
        发布机构: 青石县人民政府 生成日期: 2018-03-13
        政府工作报告
        发布时间: 2018-03-13 08:18    来源:青石县人民政府
        政府工作报告
        2018年3月9日在白水镇第十七届人民代表大会第三次会议上
        各位代表:
        现在,我代表白水镇人民政府向大会做报告,请予审议。
        """).meta
    assert meta.org == "白水镇人民政府"
    assert meta.session == "白水镇第十七届人民代表大会第三次会议"


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


def _outline(doc: Document) -> list[tuple[int, str, str]]:
    return [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"]


def test_unnumbered_part_lines_take_the_top_and_numbered_parts_nest_under_them() -> None:
    doc = _doc("""
        政府工作报告
        ——2019年1月9日在南江市第八届人民代表大会第三次会议上
        各位代表：
        2018年工作回顾
        过去一年，全市经济稳中有进。
        主要任务是
        一、聚焦实体经济。做强制造业。
        二、强化创新驱动。建设创新高地。
        2019年工作安排
        一、扩大有效投资。抓好重大项目。
        二、办好民生实事。
        """)
    assert _outline(doc) == [
        (1, "", "2018年工作回顾"), (2, "一、", "聚焦实体经济"), (2, "二、", "强化创新驱动"),
        (1, "", "2019年工作安排"), (2, "一、", "扩大有效投资"), (2, "二、", "办好民生实事"),
    ]


def test_appendix_nests_its_title_and_restarted_numbering() -> None:
    doc = _doc("""
        一、2021年工作回顾
        成效明显。
        二、2022年工作安排
        （一）稳增长。扩大投资。
        附件1
        河口市2022年民生实事工作目标
        一、交通出行
        1.新开公交线路10条。
        2.治理交通堵点30处。
        二、市容环境
        3.建成绿道80公里。
        附件2
        名词解释
        1.“两新”：设备更新和以旧换新。
        """)
    assert _outline(doc) == [
        (1, "一、", "2021年工作回顾"), (1, "二、", "2022年工作安排"), (2, "（一）", "稳增长"),
        (1, "", "附件1"), (2, "", "河口市2022年民生实事工作目标"),
        (3, "一、", "交通出行"), (4, "1.", "新开公交线路10条"), (4, "2.", "治理交通堵点30处"),
        (3, "二、", "市容环境"), (4, "3.", "建成绿道80公里"),
        (1, "", "附件2"), (2, "", "名词解释"), (3, "1.", "“两新”"),
    ]


def test_bold_ordinal_words_at_line_starts_are_headings() -> None:
    doc = _doc("""
        **三、2017年重点工作**

        **第一，大力促进经济稳定增长。**实现稳增长目标。

        **第二，深入推进改革。**改革是动力。一是放权。二是减税。
        """, markdown_input=True)
    assert _outline(doc) == [
        (1, "三、", "2017年重点工作"), (2, "第一，", "大力促进经济稳定增长"),
        (2, "第二，", "深入推进改革")]
    assert [s.kind for s in doc.nodes][-2:] == ["point", "point"]


def test_meeting_line_with_its_date_in_brackets() -> None:
    meta = _doc("""
        **政府工作报告**

        在西岭省第十二届人民代表大会第五次会议上（2017年1月16日）

        西岭省人民政府省长尹某

        **一、2016年工作回顾**

        一年来，全省经济平稳。
        """, markdown_input=True).meta
    assert meta.delivered == "2017-01-16"
    assert meta.session == "西岭省第十二届人民代表大会第五次会议"
    assert meta.speaker == "西岭省人民政府省长 尹某"
    assert (meta.org, meta.year, meta.covers) == ("西岭省人民政府", 2017, 2016)


@pytest.mark.parametrize(("subtitle", "delivered"), [
    ("——20241228日在青石县第十九届人民代表大会第五次会议上", "2024-12-28"),
    ("——2024110日在青石县第十九届人民代表大会第五次会议上", "2024-01-10"),  # 11月0日 is none
    ("——2024111日在青石县第十九届人民代表大会第五次会议上", None),  # 1月11日 or 11月1日
    ("202415日在青石县第十九届人民代表大会第五次会议上", "2024-01-05"),  # undashed
    ("——2024年120日在青石县第十九届人民代表大会第五次会议上", "2024-01-20"),  # its 月 alone lost
    ("——2024年12日在青石县第十九届人民代表大会第五次会议上", None),  # a day, or a month with no day
])
def test_a_subtitle_whose_date_lost_its_year_or_month(subtitle: str, delivered: str | None) -> None:
    meta = _doc(f"""
        政府工作报告
        {subtitle}
        各位代表:
        现在,我代表县人民政府向大会报告工作。
        """).meta
    assert meta.delivered == delivered
    assert meta.session == "青石县第十九届人民代表大会第五次会议"


def test_lead_sentences_of_parallel_paragraphs_are_the_lowest_level() -> None:
    doc = _doc("""
        二、2024年工作安排
        （一）扩大有效需求。
        推动消费提质扩容。加快发展新型消费，办好消费季活动。
        持续扩大有效投资。谋划储备一批重大项目。一是抓开工。二是抓续建。
        一年来，我们坚持稳中求进。这句不是引领句。
        ——经济运行稳中向好。全年增长5%。
        ——发展动能加快积聚。新增企业300家。
        （二）深化改革开放。
        优化营商环境，这是一个长句子带有逗号所以不是引领句。
        """)
    assert [(s.kind, s.level, s.title) for s in doc.nodes] == [
        ("heading", 1, "2024年工作安排"), ("heading", 2, "扩大有效需求"),
        ("lead", 3, "推动消费提质扩容"), ("lead", 3, "持续扩大有效投资"),
        ("point", 4, "抓开工"), ("point", 4, "抓续建"),
        ("lead", 3, "经济运行稳中向好"), ("lead", 3, "发展动能加快积聚"),
        ("heading", 2, "深化改革开放"),
    ]


def test_a_lone_short_first_sentence_is_not_a_lead() -> None:
    doc = _doc("""
        一、主要举措
        完善制度。街道修订了议事规则。
        二、存在不足
        力量不足。
        """)
    assert [s.kind for s in doc.nodes] == ["heading", "heading"]


def test_dashed_meeting_line_and_an_undated_report_labelled_after_its_review() -> None:
    meta = _doc("""
        ——北原省第九届人民代表大会第四次会议
        省长 李某
        各位代表：
        一、2000年工作回顾
        一年来，全省经济平稳。
        """).meta
    assert meta.session == "北原省第九届人民代表大会第四次会议"
    assert (meta.org, meta.year, meta.covers) == ("北原省人民政府", 2001, 2000)
    undated = _doc("""
        ---
        title: 政府工作报告
        ---
        各位代表：
        **一、2021年工作回顾**
        刚刚过去的2021年极不平凡。
        """, markdown_input=True).meta
    assert (undated.year, undated.covers) == (2022, 2021)


def test_outline_json_carries_the_optional_fields_only_when_known() -> None:
    from tui.commands.outline import outline_json, outline_text

    speech = outline_json(_doc(SPEECH))
    assert speech["meta"]["delivered"] == "2023-01-04"
    assert speech["meta"]["speaker"] == "柳岸市人民政府市长 周某某"
    assert speech["meta"]["covers"] == 2022
    assert "published" not in speech["meta"]
    plain = outline_json(_doc("一、主要举措\n依法决策。\n"))
    assert set(plain["meta"]) == {"title", "org", "year", "date"}
    assert "front_matter" not in plain
    leads = _doc("""
        一、工作安排
        推动消费提质扩容。加快发展新型消费。
        持续扩大有效投资。谋划重大项目。
        """)
    nodes = outline_json(leads)["sections"][0]["children"]
    assert [node["kind"] for node in nodes] == ["lead", "lead"]
    assert outline_text(leads).splitlines()[-2:] == ["  推动消费提质扩容", "  持续扩大有效投资"]


def test_speaking_for_the_province_names_it_by_its_short_name() -> None:
    doc = _doc("""
        政府工作报告
        各位代表：
        现在，我代表省人民政府向大会作政府工作报告，请予审议。
        一、1993年全省经济提前实现第二个翻番
        过去的一年，在中共山东省委的领导下，全省人民真抓实干。我省代表团……山东经济发展迅速。
        """)
    assert doc.meta.org == "山东省人民政府"  # not ``年我省`` nor ``代表省``


def test_an_undated_work_report_is_the_year_its_plans_are_for() -> None:
    doc = _doc("""
        政府工作报告
        各位代表：
        现在，我代表省人民政府，向大会报告工作，请予审议。
        一、过去五年工作回顾
        过去的五年极不寻常，河南各项事业取得新进展。
        二、2023年工作总体要求和主要目标
        今年是全面贯彻党的二十大精神的开局之年，河南要奋勇争先。
        """)
    assert doc.meta.year == 2023
    assert doc.meta.org == "河南省人民政府"


def test_a_sentence_alone_over_lead_paragraphs_heads_their_group() -> None:
    doc = _doc("""
        政府工作报告
        各位代表：
        一、2023年工作回顾
        2023年，全市上下砥砺奋进，较好完成了全年目标任务。
        一年来，我们聚力稳增长，经济实力迈上新台阶。
        工业生产加快回升。规上工业增加值增长6%。
        项目投资持续扩大。全年实施重点项目120个。
        一年来，我们聚力惠民生，群众获得感不断增强。
        就业形势总体稳定。城镇新增就业1.2万人。
        社会保障更加有力。养老保险参保率达95%。
        一年来,我们聚力抓落实,各项工作成效明显。
        （一）抓好疫情防控。全面落实各项措施。
        二、2024年工作安排
        五年来，我们深化改革，扩大开放，优化环境，壮大产业，城市面貌焕然一新。
        推动产业升级。加快发展先进制造业。
        """)
    outline = [(s.kind, s.level, s.title) for s in doc.nodes]
    assert outline == [
        ("heading", 1, "2023年工作回顾"),
        ("heading", 2, "一年来，我们聚力稳增长，经济实力迈上新台阶"),
        ("lead", 3, "工业生产加快回升"), ("lead", 3, "项目投资持续扩大"),
        ("heading", 2, "一年来，我们聚力惠民生，群众获得感不断增强"),
        ("lead", 3, "就业形势总体稳定"), ("lead", 3, "社会保障更加有力"),
        # a sentence over a numbered list, not over leads, only leads into it
        ("heading", 2, "抓好疫情防控"),
        ("heading", 1, "2024年工作安排"),
    ]


def test_a_series_of_sentences_alone_names_groups_of_plain_paragraphs() -> None:
    doc = _doc("""
        政府工作报告
        一、“十三五”发展成就
        这五年，我们坚持转型提质，产业层次稳步攀升。
        开展工业领域省级试点9项，全市数字化车间达110个。
        这五年，我们坚持融杭发展，开放水平持续提升。
        杭金衢高速拓宽工程建成通车，实际利用外资累计12亿美元。
        """)
    assert [(s.level, s.title) for s in doc.nodes] == [
        (1, "“十三五”发展成就"),
        (2, "这五年，我们坚持转型提质，产业层次稳步攀升"),
        (2, "这五年，我们坚持融杭发展，开放水平持续提升"),
    ]


def test_phrases_set_off_by_a_dash_name_a_group_not_a_subtitle() -> None:
    doc = _doc("""
        政府工作报告
        ——2023年1月8日在青山区第十届人民代表大会第三次会议上
        一、2022年工作回顾
        一年来,主要做了以下几方面工作:
        ——抓机遇、促开放,内引外联能级不断跃升
        坚持扩大开放,添薪蓄能。编制区域协调发展三年行动方案。
        坚持增量导入,存量提升。优化9个产业招商分局力量编成。
        """)
    assert doc.meta.delivered == "2023-01-08"
    assert [(s.level, s.title) for s in doc.nodes] == [
        (1, "2022年工作回顾"), (2, "抓机遇、促开放,内引外联能级不断跃升")]


def test_a_name_set_off_by_a_dash_names_a_group_but_a_dashed_subtitle_does_not() -> None:
    doc = _doc("""
        奋发有为 挺膺担当
        ——青山路街道办事处工作报告
        一、2016年工作回顾
        2016年,全县上下团结奋斗,较好完成了全年目标任务。
        ——经济综合实力实现新增强
        全县地区生产总值达到120亿元,增长8%。
        """)
    assert [(s.level, s.title) for s in doc.nodes] == [(1, "2016年工作回顾"), (2, "经济综合实力实现新增强")]


def test_dashed_phrases_may_run_longer_than_bare_ones() -> None:
    doc = _doc("""
        政府工作报告
        一、2004年工作回顾
        一年来,全省上下团结奋斗,较好完成了全年目标任务。
        ——贯彻中央宏观调控政策取得重要成效，国民经济保持快速协调健康发展
        固定资产投资保持合理增长。全年完成投资5800亿元。
        土地市场治理整顿成效明显。清理开发区200个。
        """)
    assert [(s.kind, s.level, s.title) for s in doc.nodes] == [
        ("heading", 1, "2004年工作回顾"),
        ("heading", 2, "贯彻中央宏观调控政策取得重要成效，国民经济保持快速协调健康发展"),
        ("lead", 3, "固定资产投资保持合理增长"), ("lead", 3, "土地市场治理整顿成效明显"),
    ]


def test_a_group_line_without_its_full_stop_holds_the_list_under_it() -> None:
    doc = _doc("""
        政府工作报告
        各位代表：
        2022年工作回顾
        2022年是新一届政府履职的开局之年，我们较好完成了全年目标任务。
        一年来，我们全力稳住良好局面，经济运行持续向好
        （一）经济发展逆势上扬。面对下行压力，我们坚持稳字当头。
        （二）项目支撑坚实有力。成功举办2场重大项目现场会。
        2023年工作安排
        今年经济社会发展的主要预期目标是：地区生产总值增长6%。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "", "2022年工作回顾"),
        (2, "", "一年来，我们全力稳住良好局面，经济运行持续向好"),
        (3, "（一）", "经济发展逆势上扬"), (3, "（二）", "项目支撑坚实有力"),
        (1, "", "2023年工作安排"),
    ]


@pytest.mark.parametrize(("text", "outline"), [
    pytest.param("""
        政府工作报告
        一、过去四年工作回顾
        四年来，我们坚持转型升级，发展质量稳步提高。
        工业经济加快壮大。规上工业企业达到80家。
        现代农业提质增效。建成高标准农田5万亩。
        四年来，我们坚持民生为本，群众生活持续改善。
        就业形势保持稳定。城镇新增就业3000人。
        社会保障更加有力。新建养老机构5家。
        """, [
        ("heading", 1, "过去四年工作回顾"),
        ("heading", 2, "四年来，我们坚持转型升级，发展质量稳步提高"),
        ("lead", 3, "工业经济加快壮大"), ("lead", 3, "现代农业提质增效"),
        ("heading", 2, "四年来，我们坚持民生为本，群众生活持续改善"),
        ("lead", 3, "就业形势保持稳定"), ("lead", 3, "社会保障更加有力"),
    ], id="a term-long review"),
    pytest.param("""
        政府工作报告
        一、2024年工作回顾
        2024年是“十四五”规划的关键之年。
        一年来，我们坚持项目为王，持续推动经济社会高质量发展。
        重大项目快速推进。每周召开一次项目调度会。
        招商引资成绩斐然。全年签约项目42个。
        """, [
        ("heading", 1, "2024年工作回顾"),
        # one such sentence alone opens the review: the leads are the part's own
        ("lead", 2, "重大项目快速推进"), ("lead", 2, "招商引资成绩斐然"),
    ], id="one sentence alone"),
    pytest.param("""
        政府工作报告
        一、2021年工作回顾
        2021年，全镇完成生产总值18亿元，增长6.9%。
        坚持发展为先,综合实力更加坚实
        全力服务重大项目。落实领导联系重点项目制度。
        持续优化营商环境。新增市场主体300户。
        坚持民生为本，群众生活更有保障
        全年新增就业800人，发放救助资金500万元。
        """, [
        ("heading", 1, "2021年工作回顾"),
        ("heading", 2, "坚持发展为先,综合实力更加坚实"),
        ("lead", 3, "全力服务重大项目"), ("lead", 3, "持续优化营商环境"),
        # over a plain paragraph the same shape of line is not known for a heading
    ], id="two phrases without a discourse opening"),
])
def test_a_line_alone_over_lead_paragraphs_heads_their_group(
        text: str, outline: list[tuple[str, int, str]]) -> None:
    assert [(s.kind, s.level, s.title) for s in _doc(text).nodes] == outline


@pytest.mark.parametrize("headline", ["天长市2015年政府工作报告", "2015年政府工作报告"])
def test_a_headline_that_adds_only_year_and_writer_yields_to_the_reports_own_title(
        headline: str) -> None:
    doc = _doc(f"""
        {headline}
        发布时间:2016-03-09 00:00
        政府工作报告
        ——2016年1月29日在天长市第十五届人民代表大会第六次会议上
        市人民政府市长 朱某某
        各位代表:
        现在,我代表市人民政府,向大会报告工作,请予审议。
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.year == 2016  # (read in 2016: the site's label says the year it reviews)
    assert doc.meta.org == "天长市人民政府"


def test_a_reprints_headline_teaser_and_headline_again_stand_over_the_reports_own_title() -> None:
    doc = _doc("""
        (湖南省)2016年青山县人民政府工作报告(全文)
        公文搜 2021-07-23 10:04:26 政府报告
        (湖南省)2016年青山县人民政府工作报告(全文) 政 府 工 作 报 告 2016年11月25日在青山县第十七届人民代表大会第一次会议上 县长 王某某
        (湖南省)2016年青山县人民政府工作报告(全文)
        政 府 工 作 报 告
        2016年11月25日在青山县第十七届人民代表大会第一次会议上
        县长 王某某
        各位代表:
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.year == 2016
    assert doc.meta.org == "青山县人民政府"
    assert doc.meta.delivered == "2016-11-25"


def test_a_headline_that_puts_the_subtitle_first_is_titled_by_what_follows_it() -> None:
    doc = _doc("""
        2023年12月20日在青山区第六届人民代表大会第三次会议上政府工作报告
        时间:2024-02-01 08:39 浏览量:1
         政府工作报告

        ——2023年12月20日在区第六届人民代表大会第三次会议上
        青山区人民政府区长   王  某
        各位代表:
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2023-12-20"


def test_an_untitled_report_to_a_standing_committee_is_the_year_it_reports_on() -> None:
    doc = _doc("""
        ——2023年3月23日在青山市第十六届人民代表大会常务委员会第二次会议上
        青山市生态环境局局长 王某
        主任、各位副主任、秘书长、各位委员:
        受市人民政府委托,现报告2022年环境状况和环境保护目标完成情况。
        一、2022年生态环境状况
        """)
    assert doc.meta.delivered == "2023-03-23"
    assert doc.meta.year == 2022


def test_a_newspapers_caption_of_the_delivery_is_not_the_title() -> None:
    doc = _doc("""
        通版阅读请点击:
        展开通版
        收缩通版
        当前版:07版
        发布日期:
        政府工作报告
        2017年2月15日在延川市第五届人民代表大会第一次会议上
        ●代市长王某某作政府工作报告
          延川市代市长 王某某
           各位代表:
          现在,我代表市人民政府向大会报告工作,请予审议。
           一、2016年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2017-02-15"
    assert doc.meta.speaker == "延川市代市长 王某某"


def test_a_budget_read_by_a_department_head_with_a_party_post_is_the_departments() -> None:
    doc = _doc("""
        关于青山区2021年预算执行情况和2022年预算(草案)的报告
        ——2021年12月18日在青山区第十七届人民代表大会第一次会议上
        青山区财政局党组书记、局长 王某某
        各位代表:
        受青山区人民政府委托,我向大会报告2021年全区预算执行情况,请予审议。
        """)
    assert doc.meta.org == "青山区财政局"


def test_a_subtitle_without_its_zai_wrapped_over_two_lines() -> None:
    doc = _doc("""
        政 府 工 作 报 告
        ——2014年1月26日柳岸市石桥区第十六届
        人民代表大会第四次会议
        区长 周某某
        各位代表：
        现在，我代表区人民政府向大会报告工作，请予审议。
        一、过去一年工作回顾
        全区经济稳中有进。
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2014-01-26"
    assert doc.meta.session == "柳岸市石桥区第十六届人民代表大会第四次会议"
    assert doc.meta.org == "柳岸市石桥区人民政府"
    assert doc.meta.speaker == "区长 周某某"


def test_a_headline_that_names_no_writer_yields_to_the_reports_own_title_and_the_year_it_was_read() -> None:
    doc = _doc("""
        当前位置:首页>>检务公开>>工作报告
        2024年工作报告
        时间:2025-01-10  作者:  来源:
        临川市人民检察院工作报告
        ——2025年1月6日在临川市第九届人民代表大会第五次会议上
        临川市人民检察院检察长 张某
        各位代表:
        现在,我代表市人民检察院向大会报告工作,请予审议。
        2024年工作回顾
        2024年,全市检察机关依法履行法律监督职责。
        """)
    assert doc.meta.title == "临川市人民检察院工作报告"
    assert doc.meta.org == "临川市人民检察院"
    assert doc.meta.year == 2025  # read in 2025, whatever the site labels it with
    assert doc.meta.speaker is not None


def test_a_headline_that_adds_only_a_year_in_brackets_yields_to_the_reports_own_title() -> None:
    doc = _doc("""
        走进青石 政务动态 政务公开
        政府工作报告(2020年)
        【字体: 】【 打印】 【 关闭
        分享到:
        政府工作报告
        ——2020年4月30日在白水镇第十六届人大九次会议上
        白水镇人民政府镇长 周某
        各位代表:
        现在,我代表镇人民政府向大会报告工作。
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2020-04-30"


def test_a_site_s_listing_headline_gives_way_to_the_bare_own_title() -> None:
    doc = _doc("""
        导航菜单
        (江西省)柳岸县人民政府工作报告(2023年1月16日)
          政 府 工 作 报 告
          ——2023年1月16日在柳岸县第十八届人民代表大会第三次会议上
          县人民政府县长 周某某
          各位代表:
          现在,我代表县人民政府向大会报告工作,请予审议。
          一、2022年工作回顾
          过去的一年,我们攻坚克难。
        """)
    # (a listing's headline, tagged with the province and the day, names the writer: the
    # writer stays, the title is the report's own)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.org == "柳岸县人民政府"
    assert doc.meta.year == 2023


def test_a_speech_head_past_a_congress_series_label_and_the_readers_full_office() -> None:
    doc = _doc("""
        2025年青石区管委工作报告
        青石区第四届人民代表大会
        第四次会议文件材料(21)
        管委工作报告
        ——2024年12月17日在青石区第四届人民代表大会第四次会议上
        白水市青石区管理委员会主任 周某某
        各位代表:
        现在,我代表区管委向大会报告工作,请予审议。
        2024,我们真抓实干、拼搏进取
        即将过去的一年,工作殊为不易,成绩来之不易。
        """)
    assert doc.meta.title == "管委工作报告"  # the report's own, under the page's label of it
    assert doc.meta.delivered == "2024-12-17"
    assert doc.meta.speaker == "白水市青石区管理委员会主任 周某某"  # not ``…委员 会主任…``
    assert doc.meta.org == "白水市青石区管理委员会"
    assert doc.meta.year == 2025
    # a line of phrases with the year reviewed names the review, as ``2024年工作回顾`` would
    assert [(s.level, s.title) for s in doc.sections] == [(1, "2024,我们真抓实干、拼搏进取")]


def test_the_office_under_the_subtitle_reads_the_plan() -> None:
    doc = _doc("""
        关于青石区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告
        ——2023年2月15日在白水市青石区第十七届人民代表大会第二次会议上
        白水市青石区发展和改革局
        各位代表:
        受区人民政府委托,现将计划执行情况提请大会审查。
        一、2022年计划执行情况
        全区经济运行稳中有进。
        """)
    assert doc.meta.org == "白水市青石区发展和改革局"


def test_a_review_of_half_a_year_read_mid_year_is_labelled_with_that_year() -> None:
    doc = _doc("""
        政府工作报告
        ——2021年7月29日在青石县第八届人民代表大会第一次会议上
        县人民政府代理县长 周某某
        各位代表:
        现在,我代表县人民政府向大会报告工作,请予审议。
        一、过去五年发展成就和2021年上半年工作回顾
        五年来,全县经济实力显著增强。
        """)
    assert doc.meta.year == 2021
    assert doc.meta.covers is None  # half a year is not the year it reviews


def test_a_department_head_reads_its_report_even_when_the_page_drops_the_name() -> None:
    audit = _doc("""
        关于青石省2017年度省级预算执行和其他财政收支的审计工作报告
        ——2018年7月24日在青石省第十三届人民代表大会常务委员会第四次会议上
        青石省审计厅厅长  周某某
        主任、各位副主任、秘书长、各位委员:
        我受省政府委托,向省人大常委会报告审计情况,请予审议。
        一、省级预算执行审计情况
        省级预算执行总体较好。
        """)
    assert audit.meta.speaker == "青石省审计厅厅长 周某某"
    assert audit.meta.org == "青石省审计厅"  # not the province's government
    plan = _doc("""
        关于白水区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的报告
        ——2024年1月9日在白水区第十七届人民代表大会第四次会议上
        白水区发展和改革委员会主任
        各位代表:
        受白水区人民政府委托,现将计划执行情况提请审议。
        一、2023年国民经济和社会发展计划执行情况
        全区经济回升向好。
        """)
    assert plan.meta.speaker == "白水区发展和改革委员会主任"
    assert plan.meta.org == "白水区发展和改革委员会"


def test_a_plan_named_by_its_place_is_read_by_that_places_department() -> None:
    doc = _doc("""
        青石区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划(草案)的报告
        ——2024年12月28日在青石区第十届人民代表大会第五次会议上
        青石区发展改革和经济信息化局局长 周某某
        各位代表:
        受区人民政府委托,现将计划执行情况提请审议。
        一、2024年计划执行情况
        全区经济运行总体平稳。
        """)
    assert doc.meta.org == "青石区发展改革和经济信息化局"


def test_a_standing_committee_by_its_short_name_and_term() -> None:
    doc = _doc("""
        白水市十八届人大常务委员会工作报告(摘要)
        (2026年1月22日在白水市第十八届人民代表大会第五次会议上)
        过去一年主要工作
        一、锚定重点、闭环发力,护航改革发展行稳致远
        白水市人大常委会连续四年开展监督行动。
        """)
    assert doc.meta.org == "白水市人民代表大会常务委员会"


def test_a_groups_line_alone_between_paragraphs_heads_the_paragraph_under_it() -> None:
    doc = parser.parse(textwrap.dedent("""
        2021年工作回顾
        2021年,在市委和区委的坚强领导下,区政府团结带领全区干部群众,圆满实现年度目标,为建设安居极核奠定了坚实基础。
        这一年,我们埋头苦干、对标竞进,展现了经济发展“长河速度”
        竞进中的长河经济发展稳中有进、稳中提质、稳中向好。经济增长持续领跑,实现地区生产总值210亿元、增长8.7%,连续三年位居全市第一。
        """).lstrip("\\n"))
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "2021年工作回顾"), (2, "这一年,我们埋头苦干、对标竞进,展现了经济发展“长河速度”")]


def test_a_nature_reserve_the_report_names_is_no_district() -> None:
    doc = parser.parse(textwrap.dedent("""
        区长 王某某
        各位代表:
        现在,我代表区人民政府,向大会报告工作,请予审议。
        一、2022年工作回顾
        一年来,我们推进长湖省级湿地保护区规划,长湖湿地保护区(实验区)生态持续向好。
        """).lstrip("\\n"))
    assert doc.meta.org is None  # (``保护区``: a kind of area, which no people's government runs)


def test_an_untitled_speech_reviewing_a_year_spaced_from_its_numerals_is_the_next_years() -> None:
    doc = parser.parse(textwrap.dedent("""
        现在,我代表县人民政府向大会报告工作,请予审议。

        一、 2022 年工作回顾

        2022 年,是极不平凡的一年。
        """).lstrip("\\n"))
    assert doc.meta.year == 2023  # read to the congress the year after its review


def test_a_newsrooms_caption_of_the_delivery_is_no_title_but_says_who_read_it_and_to_whom() -> None:
    doc = _doc("""
        发布时间:2022-07-11 20:18   责任编辑:www
        代县长王某某在青石县第十七届人民代表大会第二次会议上作政府工作报告
        各位代表:
        现在,我代表县人民政府向大会报告工作,请予审议。
        2021年工作回顾
        2021年,在县委坚强领导下,县政府各项既定目标任务总体完成。
        """)
    assert doc.meta.title is None
    assert (doc.meta.session, doc.meta.speaker) == ("青石县第十七届人民代表大会第二次会议", "代县长 王某某")
    assert doc.meta.org == "青石县人民政府"


def test_a_speaker_holding_two_offices_a_space_apart_is_no_title_and_a_plans_year_is_the_one_it_reviews() -> None:
    doc = _doc("""
        青石省人民政府副省长 青石省发改委党组书记、主任 王某某
        一、2022年国民经济和社会发展计划执行情况
        2022年,面对复杂严峻的经济发展环境,全省经济社会发展稳中向好。
        二、2023年国民经济和社会发展计划草案
        """)
    assert doc.meta.title is None
    assert doc.meta.speaker == "青石省人民政府副省长 青石省发改委党组书记、主任 王某某"
    assert doc.meta.year == 2022
    assert doc.meta.org == "青石省发改委"  # (the plan's department, which the reader heads too)


def test_a_newsrooms_caption_without_the_session_is_no_opening_and_no_title_is_one() -> None:
    doc = _doc("""
        政协青石市委员会常务委员会工作报告
        23.01.2020  10:44
        王某某作市政协常委会工作报告
        各位委员:
        我代表市政协常委会,向大会报告工作,请予审议。
        一、2019年主要工作
        2019年,市政协围绕中心、服务大局,履职尽责。
        """)
    assert doc.meta.year == 2020  # read to the plenary the year after the one it reviews
    assert sessions.is_delivery_caption("市长王某某作《政府工作报告》")
    assert not sessions.is_delivery_caption("机关作风建设工作报告")
    assert not sessions.is_delivery_caption("关于做好安全生产工作的报告")


def test_a_dated_caption_over_the_speaker_is_stepped_over_and_says_the_session() -> None:
    doc = _doc("""
        2月26日,在青石市第五届人民代表大会第五次会议上, 王某某作政府工作报告。
        青石市人民政府市长 王某某
        各位代表:
        现在,我代表市人民政府,向大会报告工作,请予审议。
        一、2024年工作回顾
        2024年是攻坚克难的一年。
        """)
    assert doc.meta.title is None
    assert doc.meta.speaker == "青石市人民政府市长 王某某"
    assert doc.meta.session == "青石市第五届人民代表大会第五次会议"
    assert doc.meta.org == "青石市人民政府"
    assert sessions.is_delivery_caption("2025年1月8日，在青石县第十八届人民代表大会第四次会议上，县长王某某作政府工作报告。")


def test_a_page_run_together_in_one_line_gives_its_title_before_the_subtitle() -> None:
    doc = _doc("""
        政 府 工 作 报 告 2010年1月29日在青石镇 第十五届人民代表大会第七次会议上 王某某 各位代表: 现在,我代表镇人民政府向大会作工作报告,请予审议。 一、过去一年的工作回顾 一年来,我们在镇党委的正确领导下,团结和依靠全镇人民,较好地完成了各项目标任务。
        """)
    assert doc.meta.title == "政府工作报告"
    assert (doc.meta.delivered, doc.meta.session) == ("2010-01-29", "青石镇第十五届人民代表大会第七次会议")
    assert doc.meta.org == "青石镇人民政府"  # (never ``团结和依靠全镇``: 全镇 is no name's)
    # (a document site's page number before the title)
    doc = _doc("1坚持科学发展着力建设更加美丽的青石——2008年1月29日在第五届人民代表大会第二次会议上各位代表:现在,我向大会作工作报告。一、开局之年")
    assert (doc.meta.title, doc.meta.delivered) == ("坚持科学发展着力建设更加美丽的青石", "2008-01-29")


def test_a_standing_committee_paper_names_its_reader_under_its_title_without_a_subtitle() -> None:
    doc = _doc("""
        关于青石市2020年市级决算草案的报告
        青石市第十二届人大常委会第四十九次会议文件
        关于青石市2020年市级决算草案的报告
        青石市财政局局长 王某某
        主任、常务副主任、各位副主任,秘书长,各位委员:
        受市人民政府的委托,我向本次常委会报告青石市2020年市级决算草案,请予审议。
        一、市级财政收支决算情况
        """)
    assert doc.meta.speaker == "青石市财政局局长 王某某"
    assert doc.meta.org == "青石市财政局"  # (final accounts: the department that reads them)
    assert doc.meta.title == "关于青石市2020年市级决算草案的报告"


def test_a_budget_read_by_a_deputy_head_who_heads_the_finance_bureau_is_the_bureaus() -> None:
    doc = _doc("""
        关于青石市青河区2022年预算执行情况和2023年预算草案的报告
        ——2022年12月27日在青河区第五届人民代表大会第二次会议上
        青河区人民政府副区长、青河区财政局局长 王某某
        各位代表:
        受区人民政府的委托,现将青石市青河区2022年预算执行情况和2023年预算草案提请会议审议。
        一、2022年预算执行情况
        """)
    # (the last of the roles the reader holds, under the whole place the title names)
    assert doc.meta.org == "青石市青河区财政局"
    assert doc.meta.speaker == "青河区人民政府副区长、青河区财政局局长 王某某"
