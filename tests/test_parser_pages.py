"""Web pages saved as text: the page's furniture around the report, and what the page says
about it (publisher, date). Invented short pages; each asserts the metadata a reader states."""

from __future__ import annotations

import textwrap

import pytest

import parser
from parser import writers
from parser.debris import is_debris
from parser.model import Document
from tests.tiling import assert_tiles


def _doc(text: str) -> Document:
    doc = parser.parse(textwrap.dedent(text).lstrip("\n"))
    assert_tiles(doc)
    return doc


def test_toolbar_words_are_debris_and_never_the_title() -> None:
    doc = _doc("""
        无障碍浏览 |
        适老版
        当前位置:政务公开 > 法治建设
        临川市生态环境局2022年度法治政府建设工作情况报告
        发布时间:2023-02-28 16:51:06 来源:临川市生态环境局
        2022年，在市委、市政府的坚强领导下，市生态环境局全面推进依法行政。
        一、强化政治担当
        坚持党的领导。
        """)
    assert doc.meta.title == "临川市生态环境局2022年度法治政府建设工作情况报告"
    assert doc.meta.org == "临川市生态环境局"
    assert doc.meta.published == "2023-02-28"
    assert [doc.text[s:e] for s, e in doc.debris][:2] == ["无障碍浏览 |", "适老版"]


def test_column_tag_is_not_part_of_the_title() -> None:
    doc = _doc("""
        【2022年】州水务局2022年度法治政府建设报告
        2022年，我局深入学习贯彻习近平法治思想。
        一、主要工作
        依法行政。
        """)
    assert doc.meta.title == "州水务局2022年度法治政府建设报告"


def test_organisation_is_named_whole_from_the_signature() -> None:
    doc = _doc("""
        柳河街道2023年度法治政府建设情况报告
        2023年，柳河街道坚持依法行政。
        一、主要举措
        完善制度。
        桐城县人民政府柳河街道办事处
        2023年12月20日
        """)
    assert doc.meta.org == "桐城县人民政府柳河街道办事处"


def test_a_town_or_street_alone_is_completed_to_its_office() -> None:
    street = _doc("""
        2023年，东湖街道坚持以习近平新时代中国特色社会主义思想为指导，推进法治建设。
        一、主要举措
        完善制度。
        """)
    assert street.meta.org == "东湖街道办事处"
    town = _doc("""
        西岭镇2024年法治政府建设年度报告
        2024年，我镇扎实推进法治建设。
        一、主要工作
        依法决策。
        """)
    assert town.meta.org == "西岭镇人民政府"


def test_organisation_from_the_opening_is_a_whole_name_never_a_phrase() -> None:
    doc = _doc("""
        2023年，在区委、区政府的正确领导下，新桥街道办事处深入推进法治政府建设。
        一、主要工作和成效
        成效明显。
        """)
    assert doc.meta.org == "新桥街道办事处"
    office = _doc("""
        2022年，长河市司法局坚持以习近平新时代中国特色社会主义思想为指导。
        一、2022年工作情况
        依法行政。
        """)
    assert office.meta.org == "长河市司法局"


def test_year_is_not_read_from_a_cited_document_title() -> None:
    doc = _doc("""
        根据《法治政府建设实施纲要（2021—2025年）》要求，现将有关情况报告如下。
        一、主要举措
        依法行政。
        """)
    assert doc.meta.year != 2025


def test_publisher_row_names_the_organisation() -> None:
    doc = _doc("""
        [ 索引号 ] 11410100/2024-00012 [ 发布机构 ] 河阳市人民政府办公室
        [ 成文日期 ] 2024-03-20 [ 发布日期 ] 2024-03-25
        关于2023年法治政府建设情况的报告
        2023年，全市法治政府建设取得新成效。
        一、主要举措
        依法决策。
        """)
    assert doc.meta.org == "河阳市人民政府办公室"
    assert doc.meta.published == "2024-03-25"
    assert doc.meta.title == "关于2023年法治政府建设情况的报告"


def test_a_second_first_heading_right_under_a_bare_one_nests() -> None:
    doc = _doc("""
        东山街道2022年度法治政府建设工作报告
        2022年，东山街道全面推进法治建设。现报告如下：
        一、2022年法治政府建设主要措施

        一、强化领导责任，夯实法治政府建设基础
        街道党工委高度重视。
        二、完善制度机制，规范行政决策
        健全制度。
        三、深化普法宣传
        开展活动。
        二、存在的问题
        力量不足。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "2022年法治政府建设主要措施"),
        (2, "一、", "强化领导责任，夯实法治政府建设基础"),
        (2, "二、", "完善制度机制，规范行政决策"),
        (2, "三、", "深化普法宣传"),
        (1, "二、", "存在的问题"),
    ]


def test_a_marker_missing_its_opening_bracket_is_still_its_family() -> None:
    doc = _doc("""
        一、主要做法
        （一）强化组织领导。成立领导小组。
        （二）完善制度机制。修订议事规则。
        三)强化执法监督。开展案卷评查。
        （四）深化普法宣传。开展活动。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "主要做法"), (2, "（一）", "强化组织领导"), (2, "（二）", "完善制度机制"),
        (2, "三)", "强化执法监督"), (2, "（四）", "深化普法宣传")]


def test_a_number_that_lost_its_separator_between_its_neighbours_is_their_sibling() -> None:
    doc = _doc("""
        一、2023年工作亮点
        1、旅游服务中心建成开放。项目总投资3亿元。
        2利弄等三村土地整治项目全部入库。新增水田指标。
        3、宿舍楼工程完成签约。用时一周。
        42022年，完成土地征收452亩。保障开工。
        5、入选示范街道。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "2023年工作亮点"), (2, "1、", "旅游服务中心建成开放"),
        (2, "2", "利弄等三村土地整治项目全部入库"), (2, "3、", "宿舍楼工程完成签约"),
        (2, "4", "2022年，完成土地征收452亩"), (2, "5、", "入选示范街道")]


def test_a_number_set_off_by_a_space_instead_of_its_separator_is_a_sibling_first_or_between() -> None:
    doc = _doc("""
        （一）主动公开情况
            1 主动公开数量
            2019年我局公开信息31条。
            2、公开主要类别
            其中机构设置2条。
            3 公开主要形式
            我局信息通过区政府网站发布。
            4、开展政策解读工作情况
        （二）依申请公开情况
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "（一）", "主动公开情况"), (2, "1", "主动公开数量"), (2, "2、", "公开主要类别"),
        (2, "3", "公开主要形式"), (2, "4、", "开展政策解读工作情况"), (1, "（二）", "依申请公开情况")]


def test_a_part_under_the_office_s_contact_rows_is_a_part() -> None:
    doc = _doc("""
        本报告是根据条例编制的。
        地址:青山市胜利西路118号,邮编:363000
        电话:0596-2026675,传真:0596-2025068
        电子邮箱:qingshan@163.com
        一、总体情况
        2021年,我办坚持。
        (一)认真做好主动公开。2021年,我办共主动公开。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "总体情况"), (2, "(一)", "认真做好主动公开")]


def test_a_number_that_lost_its_closing_bracket_between_its_neighbours_is_their_sibling() -> None:
    doc = _doc("""
        一、推进法治政府建设的主要举措
        （一）加强组织领导
        成立领导小组。
        （二健全制度体系
        修订议事规则。
        （三）强化执法监督
        1、依法防控
        (1)从严抓好疫情防控。落实属地责任。
        (2从严抓好安全生产。开展专项检查。
        (3)从严抓好食品安全。抽检样品120批次。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "推进法治政府建设的主要举措"), (2, "（一）", "加强组织领导"),
        (2, "（二", "健全制度体系"), (2, "（三）", "强化执法监督"), (3, "1、", "依法防控"),
        (4, "(1)", "从严抓好疫情防控"), (4, "(2", "从严抓好安全生产"), (4, "(3)", "从严抓好食品安全")]
    # (not a bracket the text opens in a sentence: ``（2022年修订）``)
    assert [s.marker for s in _doc("一、总则\n（一）范围\n（2022年修订）依照条例。\n（二）适用\n").nodes] == [
        "一、", "（一）", "（二）"]


def test_a_number_that_ends_a_cut_off_page_opens_no_section() -> None:
    doc = _doc("""
        一、主要举措和成效
        1.深入学习贯彻习近平法治思想。建设宣传教育基地。二是
        2.
        """)
    assert [(s.marker, s.title) for s in doc.nodes] == [
        ("一、", "主要举措和成效"), ("1.", "深入学习贯彻习近平法治思想")]
    assert doc.text[doc.sections[0].children[0].body[0]:doc.back[0]].endswith("二是\n2.\n")


def test_paired_phrases_over_a_list_numbered_from_one_name_its_part() -> None:
    # A 一、 the copy lost: the part's name in two phrases, over its (一) (二).
    doc = _doc("""
        现将我市2016年度法治政府建设工作报告如下:
        以强化组织领导为抓手,着力营造法治政府建设浓厚氛围
        (一)优化组织体系,加强组织领导。市政府成立领导小组。
        (二)优化计划体系,保障有序推进。起草年度计划。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "", "以强化组织领导为抓手,着力营造法治政府建设浓厚氛围"),
        (2, "(一)", "优化组织体系,加强组织领导"), (2, "(二)", "优化计划体系,保障有序推进")]


def test_brackets_whose_number_was_lost_still_open_a_heading() -> None:
    doc = _doc("""
        一、上半年工作总结
        （一）疫情防控措施有效落实
        全系统没有发生疫情。
        ()水旱灾害防御工作扎实有效
        完成水库安全鉴定。
        （ ）1.5亿元投入水利建设。
        )平台建设情况扎实推进
        完善网络安全部署。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "上半年工作总结"), (2, "（一）", "疫情防控措施有效落实"),
        (2, "()", "水旱灾害防御工作扎实有效"), (2, ")", "平台建设情况扎实推进")]
    # (a closing bracket alone opens a heading only where a ``（一）`` came before it)
    assert [s.marker for s in _doc("一、总体情况\n)平台建设情况\n完善部署。\n").nodes] == ["一、"]


@pytest.mark.parametrize("line", ["2个项目全部入库。", "20个项目全部入库。", "2、3号楼完工。", "2 公里道路完工。"])
def test_a_count_between_numbered_neighbours_stays_body_text(line: str) -> None:
    doc = _doc(f"""
        一、工作亮点
        1、旅游服务中心建成开放。
        {line}
        3、宿舍楼工程完成签约。
        """)
    assert [s.marker for s in doc.nodes] == ["一、", "1、", "3、"]


def test_inverted_hierarchy_takes_its_depth_from_the_report_order() -> None:
    doc = _doc("""
        （一）2019年工作回顾
        一、经济稳步增长。全年增长6%。
        二、改革持续深化。完成任务。
        （二）2020年工作安排
        一、稳增长。扩大投资。
        """)
    assert [(s.level, s.marker) for s in doc.nodes] == [
        (1, "（一）"), (2, "一、"), (2, "二、"), (1, "（二）"), (2, "一、")]


def test_fused_heading_takes_the_shape_of_its_siblings_and_says_so() -> None:
    doc = _doc("""
        一、主要举措
        （一）强化组织领导，压实工作责任。成立领导小组，定期研究部署。
        （二）健全制度体系，规范权力运行。修订议事规则。
        （三）优化营商环境，提升服务效能持续深化放管服改革推进一网通办全面落实告知承诺制度进一步压减审批时限和办事环节。
        （四）加强执法监督，维护公平正义。开展案卷评查。
        """)
    third = doc.nodes[3]
    assert third.title == "优化营商环境，提升服务效能"
    assert third.fused
    assert doc.text[third.body[0]:].startswith("持续深化放管服改革")
    assert not any(node.fused for node in doc.nodes if node is not third)


def test_fused_heading_without_a_shape_to_follow_keeps_its_first_clause() -> None:
    doc = _doc("""
        一、主要举措
        （一）强化组织领导。成立领导小组。
        （二）优化营商环境，持续深化放管服改革推进一网通办全面落实告知承诺制度压减审批时限进一步提升企业群众办事便利度。
        """)
    second = doc.nodes[2]
    assert (second.title, second.fused) == ("优化营商环境", True)


def test_page_furniture_after_the_signature_and_repeats_of_the_head_are_debris() -> None:
    doc = _doc("""
        首页 走进东区 政务公开 东区2023年法治政府建设年度报告
        下载 打印 全屏 收藏 【字号：加大 还原 减小】
        语音播报
        东区2023年法治政府建设年度报告
        日期: 2024-03-01 来源: 东区司法局
        2023年，东区坚持依法行政，法治政府建设取得新成效。
        一、主要举措
        （一）加强领导。召开会议。
        二、存在问题
        力量不足。
        东区人民政府
        2024年2月20日
        责任编辑：王某
        扫一扫在手机打开当前页
        打印本页 关闭窗口
        8f3a9c2e71b44d0e9a6b5c1d2e3f4a5b
        东区2023年法治政府建设年度报告
        2023年，东区坚持依法行政，法治政府建设取得新成效。
        """)
    assert (doc.meta.title, doc.meta.org, doc.meta.date, doc.meta.published) == (
        "东区2023年法治政府建设年度报告", "东区人民政府", "2024-02-20", "2024-03-01")
    debris = [doc.text[s:e] for s, e in doc.debris]
    assert debris[0].startswith("首页 走进东区")
    assert debris[-3:] == ["8f3a9c2e71b44d0e9a6b5c1d2e3f4a5b", "东区2023年法治政府建设年度报告",
                           "2023年，东区坚持依法行政，法治政府建设取得新成效。"]
    assert doc.text[doc.sections[-1].body[0]:doc.sections[-1].body[1]].strip() == "力量不足。"


def test_single_metadata_cells_captions_and_toolbar_words_are_debris() -> None:
    doc = _doc("""
        [ 索引号 ] 11410100/2024-00012
        【发布日期】2024-03-25
        下载
        全屏
        图为：区长作工作报告。
        南湖区2023年工作总结
        2023年，南湖区经济社会发展稳中有进。
        一、主要成绩
        经济平稳增长。
        新建成的南湖大桥。（李某 摄）
        二、下一步打算
        继续努力。
        返回列表
        """)
    assert [doc.text[s:e] for s, e in doc.debris] == [
        "[ 索引号 ] 11410100/2024-00012", "【发布日期】2024-03-25", "下载", "全屏",
        "图为：区长作工作报告。", "新建成的南湖大桥。（李某 摄）", "返回列表"]
    assert doc.meta.title == "南湖区2023年工作总结"
    assert doc.meta.published == "2024-03-25"


def test_site_name_after_the_title_and_a_title_row() -> None:
    doc = _doc("""
        西城区2023年法治政府建设年度报告_西城区人民政府网
        2023年，西城区坚持依法行政。
        一、主要举措
        依法决策。
        """)
    assert doc.meta.title == "西城区2023年法治政府建设年度报告"
    row = _doc("""
        标题：北岗镇2023年度法治政府建设情况报告
        发布日期：2024-01-15
        2023年，我镇深入推进依法行政。
        一、主要举措
        依法决策。
        返回上一页
        """)
    assert row.meta.title == "北岗镇2023年度法治政府建设情况报告"
    assert row.meta.published == "2024-01-15"
    assert row.text[row.debris[-1][0]:row.debris[-1][1]] == "返回上一页"


def test_site_banner_and_column_name_are_not_the_title() -> None:
    doc = _doc("""
        南坪区人民政府门户网站
        工作报告
        南坪区2023年法治政府建设年度报告
        2023年，南坪区坚持依法行政。
        一、主要举措
        依法决策。
        """)
    assert doc.meta.title == "南坪区2023年法治政府建设年度报告"
    assert doc.text[doc.debris[0][0]:doc.debris[0][1]] == "南坪区人民政府门户网站"


def test_bulleted_metadata_cells_separator_lines_and_audio_buttons_are_debris() -> None:
    doc = _doc("""
        >
        点击收听年报语音朗读
        - [ 索引号 ] 11500229768895163R/2026-00004
        - [ 发布机构 ] 青石县山岭乡人民政府
        - [ 发布日期 ] 2026-02-12
        青石县山岭乡人民政府2025年法治政府建设情况报告 |
        2025年，我乡扎实推进法治建设。
        一、主要工作及成效
        依法决策。
        """)
    assert len(doc.debris) == 5
    assert doc.meta.title == "青石县山岭乡人民政府2025年法治政府建设情况报告"
    assert (doc.meta.org, doc.meta.year, doc.meta.published) == (
        "青石县山岭乡人民政府", 2025, "2026-02-12")


def test_a_site_named_as_publisher_is_not_the_organisation() -> None:
    doc = _doc("""
        • 发布机构: 海湾县人民政府门户网站
        海湾县卫生健康局2025年法治政府建设年度报告
        2025年，海湾县卫生健康局深入贯彻习近平法治思想。
        一、主要工作
        依法行政。
        """)
    assert doc.meta.org == "海湾县卫生健康局"


def test_a_body_run_on_after_a_space_is_not_part_of_the_heading() -> None:
    doc = _doc("""
        一、2023年工作回顾 2023年是全面贯彻党的二十大精神的开局之年，也是经济恢复发展的一年，全街道上下齐心协力。
        （一）强化组织领导 压实工作责任。成立领导小组。
        二、下步打算
        继续努力。
        """)
    assert [s.title for s in doc.nodes] == ["2023年工作回顾", "强化组织领导 压实工作责任", "下步打算"]
    first = doc.nodes[0]
    assert doc.text[first.body[0]:first.body[1]].strip().startswith("2023年是全面贯彻")


def test_the_office_and_year_the_opening_announces() -> None:
    before_year = _doc("""
        根据有关规定，现公布青石县农业农村局（青石县乡村振兴局）2023年政府信息公开工作年度报告。
        一、总体情况
        全年主动公开信息120条。
        """)
    assert before_year.meta.org == "青石县农业农村局"
    assert before_year.meta.year == 2023
    after_year = _doc("""
        根据市政府要求，现将2021年度市林业局信息公开工作总结报告如下。
        一、总体情况
        全年主动公开信息80条。
        """)
    assert after_year.meta.org == "市林业局"
    assert after_year.meta.year == 2021
    # ``我镇`` / a bare ``县人民政府`` / ``法治政府`` are never the writer.
    for opening in ("现将我镇2022年度法治政府建设情况报告如下。",
                    "现将县人民政府2022年法治政府建设工作情况报告如下。",
                    "现将2022年度法治政府建设情况报告如下。"):
        doc = _doc(f"""
            {opening}
            一、主要成效
            依法行政。
            """)
        assert doc.meta.org is None, opening
        assert doc.meta.year == 2022


def test_a_time_clause_before_the_subject_is_skipped() -> None:
    doc = _doc("""
        2022年,白沙片区坚持依法行政,推进政务公开。
        一、总体情况
        全年公开信息20条。
        """)
    assert doc.meta.org == "白沙片区人民政府"
    a_year_on = _doc("""
        一年来,石门乡在县委、县政府的领导下,推进法治建设。
        一、主要举措
        依法行政。
        """)
    assert a_year_on.meta.org == "石门乡人民政府"
    # ``决策部署`` is no ministry.
    policy = _doc("""
        2025年,县委、县政府坚持依法行政,自觉对标中央关于依法治国的决策部署,推进法治建设。
        一、主要做法
        依法行政。
        """)
    assert policy.meta.org is None


def test_a_ministry_names_itself_in_the_opening() -> None:
    doc = _doc("""
        2021年,水利部坚持以习近平法治思想为指导,推进法治建设。
        一、深入学习法治思想
        学习。
        """)
    assert doc.meta.org == "水利部"


def test_a_line_naming_only_the_office_is_its_organisation_not_its_title() -> None:
    doc = _doc("""
        新港区审计局
        根据条例要求,现公布区审计局年度报告。
        一、总体情况
        全年公开信息12条。
        """)
    assert doc.meta.title is None
    assert doc.meta.org == "新港区审计局"


def test_a_banner_fragment_over_a_whole_title_is_not_part_of_it() -> None:
    doc = _doc("""
        省级优秀协会
        临江省人民政府关于2022年法治政府建设情况的报告
        时间:2023-03-20
        2022年,全省各级行政机关推进依法行政。
        一、全省法治政府建设情况
        依法行政。
        """)
    assert doc.meta.title == "临江省人民政府关于2022年法治政府建设情况的报告"
    assert doc.meta.org == "临江省人民政府"
    # A title set on two lines is still joined, the office on the first.
    split = _doc("""
        北岭市南湖区人民政府东林街道
        办事处2023年政府信息公开工作年度报告
        一、总体情况
        全年公开信息30条。
        """)
    assert split.meta.title == "北岭市南湖区人民政府东林街道办事处2023年政府信息公开工作年度报告"
    assert split.meta.org == "北岭市南湖区人民政府东林街道办事处"


def test_a_notice_is_dated_by_its_page_and_named_by_its_writer() -> None:
    doc = _doc("""
        索 引 号 | 0001/2025-001 | 主题分类 | 政府文件 |
        成文日期 | 2025-05-10 | 发布日期 | 2025-05-20 |
        标 题 | 青川市人民政府关于印发《青川市法治示范创建方案》的通知 |
        各县区人民政府,市政府各部门:
        《青川市法治示范创建方案》已经市政府同意,现印发给你们。
        一、总体要求
        依法行政。
        """)
    assert doc.meta.title == "青川市人民政府关于印发《青川市法治示范创建方案》的通知"
    assert doc.meta.org == "青川市人民政府"
    assert doc.meta.published == "2025-05-20"
    assert doc.meta.year == 2025


def test_the_publication_date_before_the_date_it_was_opened_to_the_public() -> None:
    doc = _doc("""
        索 引 号: 0042/2023-00095 公开日期: 2023-04-22
        平原省水利厅关于印发2023年全省水利工作要点的通知
        发布日期: 2023-04-25 17:10 信息来源: 省水利厅
        一、总体要求
        依法行政。
        """)
    assert doc.meta.published == "2023-04-25"


def test_slash_breadcrumbs_and_rows_of_site_links_are_debris() -> None:
    doc = _doc("""
        中国政府网 | 东川市人民政府网 | 智能机器人
        部门街镇 注册 网站支持IPv6
        首页 / 政府信息公开 / 政府信息公开年报
        东川市统计局2023年政府信息公开工作年度报告
        一、总体情况
        全年公开信息30条。
        """)
    assert doc.meta.title == "东川市统计局2023年政府信息公开工作年度报告"
    assert [doc.text[s:e] for s, e in doc.debris] == [
        "中国政府网 | 东川市人民政府网 | 智能机器人", "部门街镇 注册 网站支持IPv6",
        "首页 / 政府信息公开 / 政府信息公开年报"]


def test_a_table_row_label_with_a_number_is_not_a_heading() -> None:
    doc = _doc("""
        一、总体情况
        全年公开信息30条。
        二、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 |
        3 |
        二、上年结转政府信息公开申请数量 | 0 | 0 |
        三、存在的主要问题
        培训不足。
        """)
    assert [s.title for s in doc.nodes if s.kind == "heading"] == [
        "总体情况", "收到和处理政府信息公开申请情况", "存在的主要问题"]


def test_a_writer_named_by_level_only_is_the_place_the_text_names() -> None:
    doc = _doc("""
        2022年,区政府坚持依法行政,推进法治政府建设。
        一、主要举措和成效
        (一)服务中心工作。研究制定《青山区促进服务业发展措施》和《青山区招商引资办法》。
        (二)优化营商环境。成立青山区法治宣讲团。
        """)
    assert doc.meta.org == "青山区人民政府"
    # Two districts named as often: no guess.
    doc = _doc("""
        2022年,区政府坚持依法行政。
        一、主要举措
        学习《青山区办法》和《洪山区办法》。
        """)
    assert doc.meta.org is None


def test_a_table_row_does_not_run_on_into_the_heading_after_it() -> None:
    # A page cut its paragraphs at a fixed width (lines end mid-sentence), and holds a table.
    doc = _doc("""
        一、总体情况
        2020年,市水务局围绕供水保障、防汛抗旱、河湖管理等重点工作,采取
        有效措施,积极推进政务公开工作,取得较好成效,全年公开信息三百余
        条,群众满意。
        (一)主动公开。全年通过部门网站公开信息。
        新闻发布会 | 电视采访 | 数字图文 | 微信公众号推送的各类信息条数 |
        3次 | 2次 | 21条 | 400余条,均在规定时间内审核发布并及时更新 |
        (二)依申请公开。全年受理申请21件。
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        ("一、", "总体情况"), ("(一)", "主动公开"), ("(二)", "依申请公开")]


def test_a_title_that_opens_with_a_government_names_its_writer() -> None:
    rules = _doc("""
        青岭县人民政府工作规则
        • 发文日期:

            2024年04月06日 16:40
        • 发布日期:

            2024年04月06日 16:34
        第一章 总则
        一、为规范县政府工作,制定本规则。
        """)
    assert rules.meta.org == "青岭县人民政府"
    assert rules.meta.published == "2024-04-06"  # the value on the line after its label
    assert rules.meta.year == 2024  # rules are labelled by the year they are dated
    office = _doc("""
        青岭县人民政府外事办公室工作要点
        一、总体要求
        依法行政。
        """)
    assert office.meta.org == "青岭县人民政府外事办公室"


def test_a_dash_inside_brackets_is_not_a_subtitle_and_a_span_is_its_first_year() -> None:
    doc = _doc("""
        青岭市人民政府办公室 关于印发《青岭市养老服务行动方案(2024—2026年)》的通知
        发布日期:2024-03-21 信息来源:青岭市人民政府办公室
        各镇人民政府,市政府各部门:
        现印发给你们,请认真贯彻落实。
        一、总体目标
        到2026年,养老服务更加完善。
        """)
    assert doc.meta.title == "青岭市人民政府办公室 关于印发《青岭市养老服务行动方案(2024—2026年)》的通知"
    assert doc.meta.org == "青岭市人民政府办公室"
    assert doc.meta.year == 2024


def test_a_byline_under_the_title_dates_the_page() -> None:
    doc = _doc("""
        关于《青岭县2023年度法治政府建设工作报告》的政策解读

        青岭县人民政府 2024年01月08日

        一、起草背景
        依法行政。
        """)
    assert doc.meta.published == "2024-01-08"
    assert doc.meta.year == 2023


def test_numbering_that_starts_again_among_table_cells_labels_rows() -> None:
    doc = _doc("""
        一、总体情况
        全年主动公开信息40条。
        二、主动公开政府信息情况
        全年无规范性文件。
        三、收到和处理政府信息公开申请情况
        申请人情况
        自然人
        法人或其他组织
        总计
        一、本年新收政府信息公开申请数量
        0
        二、上年结转政府信息公开申请数量
        0
        三、本年度办理结果
        (一)予以公开
        1.属于国家秘密
        四、政府信息公开行政复议、行政诉讼情况
        无。
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        ("一、", "总体情况"), ("二、", "主动公开政府信息情况"),
        ("三、", "收到和处理政府信息公开申请情况"), ("四、", "政府信息公开行政复议、行政诉讼情况")]


def test_a_restart_after_paragraphs_is_not_a_table() -> None:
    doc = _doc("""
        一、过去一年的工作
        经济平稳增长。
        二、今年的主要任务
        推进改革。
        附件
        名词解释
        一、新质生产力
        以创新起主导作用的生产力。
        二、营商环境
        市场主体所处的外部环境。
        """)
    assert [s.title for s in doc.nodes if s.kind == "heading" and s.marker.endswith("、")] == [
        "过去一年的工作", "今年的主要任务", "新质生产力", "营商环境"]


def test_a_breadcrumb_laid_out_one_step_a_line_is_debris() -> None:
    doc = _doc("""
        当前位置:首页
        > 政府信息公开
        > 政府信息公开年报
        青川镇人民政府2022年度政府信息公开工作年度报告
        一、总体情况
        全年公开信息30条。
        """)
    assert doc.meta.title == "青川镇人民政府2022年度政府信息公开工作年度报告"
    assert doc.meta.org == "青川镇人民政府"
    # (the rest of it on the line under 首页, a year among its steps)
    rest = _doc("""
        首页
        >政府信息公开>政府信息公开年报>2016>青山市政府信息公开年度报告
        发布机构: 市政府办 发文日期: 2017-03-10 18:44:11
        青山市2016年政府信息公开工作年度报告
        本年度报告根据《中华人民共和国政府信息公开条例》规定编制。
        一、概述
        """)
    assert rest.meta.title == "青山市2016年政府信息公开工作年度报告"
    # (a site's column of 年报 over a report it prints without a title)
    column = _doc("""
        政府信息公开年报

        本报告是根据《中华人民共和国政府信息公开条例》要求编制而成。如对本报告有任何疑问,请与青山市青河区人民政府办公室联系(地址:青山市青河区大华东路1号)。

        一、总体情况
        """)
    assert (column.meta.title, column.meta.org) == (None, "青山市青河区人民政府")


def test_traditional_character_metadata_rows_are_debris_and_date_the_page() -> None:
    doc = _doc("""
        青石鄉2024年法治政府建設情況報告
        發布時間:2025-04-11 16:33 信息來源:青川縣青石鄉
        2024年,青石鄉推進依法行政。
        一、主要舉措和成效
        依法行政。
        """)
    assert [doc.text[s:e] for s, e in doc.debris] == ["發布時間:2025-04-11 16:33 信息來源:青川縣青石鄉"]
    assert doc.meta.published == "2025-04-11"


def test_the_source_row_names_the_office_when_nothing_else_does() -> None:
    doc = _doc("""
        发布日期: 2024-03-21 信息来源: 东河街道
        现将有关情况报告如下。
        一、主要工作
        依法行政。
        """)
    assert doc.meta.org == "东河街道办事处"
    for source in ("原创", "办公室", "青川网"):
        doc = _doc(f"""
            发布日期: 2024-03-21 信息来源: {source}
            现将有关情况报告如下。
            一、主要工作
            依法行政。
            """)
        assert doc.meta.org is None, source


def test_the_year_of_a_report_whose_head_names_none_is_its_first_paragraph_s() -> None:
    doc = _doc("""
        根据市政府办公厅《关于做好2023年度绩效考评工作的通知》要求,我们梳理了年度任务。
        一、总体情况
        2023年,市水务局以高质量发展为主线,完成各项任务。
        二、主要做法
        依法行政。
        """)
    assert doc.meta.year == 2023


def test_an_office_line_over_a_title_that_opens_with_guanyu_is_part_of_it() -> None:
    doc = _doc("""
        青政办〔2020〕20号
        青石县人民政府办公室
        关于印发青石县2020年度法治政府建设
        工作安排的通知
        各乡镇人民政府,县直有关单位:
        现印发给你们,请认真贯彻执行。
        一、依法全面履行政府职能
        依法行政。
        """)
    assert doc.meta.title == "青石县人民政府办公室关于印发青石县2020年度法治政府建设工作安排的通知"
    assert doc.meta.org == "青石县人民政府办公室"
    assert doc.meta.year == 2020


def test_a_contact_row_above_a_list_is_not_a_heading() -> None:
    doc = _doc("""
        如对本报告有疑问,请联系县政务服务中心。
        电话:0911-7999705
        电子邮箱:office@example.cn
        一、总体情况
        全年公开信息30条。
        二、主动公开政府信息情况
        无。
        """)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "总体情况"), (1, "主动公开政府信息情况")]


def test_an_opening_phrase_is_never_an_office_in_either_script() -> None:
    doc = _doc("""
        2024年,青石鄉在縣全面依法治縣委員會的指導下,推進法治政府建設。
        一、主要舉措
        依法行政。
        """)
    assert doc.meta.org == "青石鄉"


def test_a_first_item_right_after_a_first_item_of_its_family_nests() -> None:
    doc = _doc("""
        1、 总体情况
        2023年度,街道依法公开政务信息。
        1、 主动公开。全年发布信息四十余条。
        2、 依申请公开。未收到申请。
        2、 主动公开政府信息情况
        无。
        """)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "总体情况"), (2, "主动公开"), (2, "依申请公开"), (1, "主动公开政府信息情况")]


def test_writer_named_in_the_first_dated_paragraph_with_its_place() -> None:
    # The opening only says why the page reports; the writer is the subject of the first
    # paragraph that opens with its year, named by its level, its city named in the text.
    doc = _doc("""
        按照市政府关于年终考评工作的通知要求，我们逐项梳理了年度任务完成情况。
        一、总体情况
        2023年，市水务委坚持以人民为中心，围绕天津发展大局做好各项工作，为建设美丽天津提供保障。
        二、主要做法
        加强防汛。
        """)
    assert doc.meta.org == "天津市水务委"
    assert doc.meta.year == 2023


def test_a_level_only_writer_stays_as_written_when_no_place_is_named() -> None:
    doc = _doc("""
        现将我办2022年度政府信息公开情况报告如下：
        一、总体情况
        2022年，区政府办公室认真贯彻执行条例，全面推进政府信息公开工作。
        """)
    assert doc.meta.org == "区政府办公室"


def test_we_the_town_is_the_town_the_text_names() -> None:
    doc = _doc("""
        2022年，我镇坚持依法行政，推进法治政府建设。现就我镇2022年度法治政府建设情况报告如下：
        一、主要举措
        组织干部到青禾镇文化站集中学法，把宪法学习列入青禾镇委党校课程。
        """)
    assert doc.meta.org == "青禾镇人民政府"


def test_we_the_town_names_nothing_when_two_towns_are_named_as_often() -> None:
    doc = _doc("""
        2022年，我镇坚持依法行政。现就我镇2022年度法治政府建设情况报告如下：
        一、主要举措
        与青禾镇、白沙镇签订协作协议，到青禾镇、白沙镇学习调解经验。
        """)
    assert doc.meta.org is None


def test_year_from_figures_counted_to_the_end_of_the_year() -> None:
    doc = _doc("""
        一、总体情况
        （一）主动公开情况。截止2023年12月31日我局通过网站发布政务类信息34条。
        （二）依申请公开情况。本年度共受理申请2件。
        """)
    assert doc.meta.year == 2023


def test_the_opening_gives_the_office_its_longer_name() -> None:
    doc = _doc("""
        溪口县卫生健康局2022年度政府信息公开年度报告
        根据条例规定，现公布溪口土家族自治县卫生健康局2022年政府信息公开工作年度报告。
        一、总体情况
        """)
    assert doc.meta.org == "溪口土家族自治县卫生健康局"


def test_title_line_followed_by_the_bars_of_a_layout_table() -> None:
    doc = _doc("""
        青禾县商务局2024年政府信息公开工作年度报告 | """ + "|" * 70 + """
        |
        一、总体情况 2024年，青禾县商务局加大公开力度。
        """)
    assert doc.meta.title == "青禾县商务局2024年政府信息公开工作年度报告"
    assert doc.meta.org == "青禾县商务局"


def test_metadata_cells_with_a_space_for_a_colon_and_a_level_only_writer_placed() -> None:
    doc = _doc("""
        索引号 qh01/2023-00012 发文字号
        标   题 县政府办2022年度政府信息公开工作年度报告
        发布机构 县政府办公室 公文时效 有效
        县政府办2022年度政府信息公开工作年度报告
        本报告电子版通过青禾县人民政府网站全文公开。
        一、总体情况
        2022年，青禾县人民政府办公室扎实推进政务公开。
        """)
    assert doc.meta.title == "县政府办2022年度政府信息公开工作年度报告"
    assert doc.meta.org == "青禾县人民政府办公室"
    assert "标   题 县政府办2022年度政府信息公开工作年度报告" in [
        doc.text[s:e] for s, e in doc.debris]


def test_document_number_glued_before_a_title_in_book_title_marks() -> None:
    doc = _doc("""
        青政办发〔2016〕9号《青禾市人民政府办公厅关于印发〈青禾市2016年政务公开工作要点〉的通知》
        《青禾市人民政府办公厅关于印发〈青禾市2016年政务公开工作要点〉的通知》
        各区人民政府，市政府各部门：
        现将《青禾市2016年政务公开工作要点》印发给你们，请认真贯彻落实。
        一、围绕深化改革推进公开
        """)
    assert doc.meta.title == "青禾市人民政府办公厅关于印发〈青禾市2016年政务公开工作要点〉的通知"
    assert doc.meta.org == "青禾市人民政府办公厅"


def test_province_named_by_its_short_name_for_a_bare_provincial_government() -> None:
    doc = _doc("""
        根据督察工作规定要求，现将省政府2022年度法治政府建设情况报告如下。
        一、主要工作
        一体推进法治湖南、法治政府建设，出台《湖南省行政决策事项目录管理办法》。
        """)
    assert doc.meta.org == "湖南省人民政府"


def test_year_from_a_counting_period_of_one_calendar_year() -> None:
    doc = _doc("""
        信息公开元数据
        一、总体情况 本年度报告中所列数据统计期限从2023年1月1日到12月31日止。
        """)
    assert doc.meta.year == 2023
    assert doc.meta.title is None


def test_a_site_banner_over_a_breadcrumb_is_not_the_title() -> None:
    doc = _doc("""
        松原县人民政府
        您现在的位置:首页 > 政府报告
        2025年政府工作报告 (摘要)
        发布时间:2025-03-02    来源:松原县人民政府
        政府工作报告
        ——2025年1月20日在松原县第十八届人民代表大会第三次会议上
        各位代表:
        现在，我代表县人民政府向大会报告工作，请予审议。
        2024年工作回顾
        一年来，我们攻坚克难。
        """)
    assert doc.meta.title == "政府工作报告"  # the report's own, which its subtitle hangs under
    assert doc.meta.org == "松原县人民政府"


def test_a_title_spaced_letter_by_letter_and_said_again_is_one_title() -> None:
    doc = _doc("""
        当前位置: 首页 > 政府工作报告
        政 府 工 作 报 告(2023年)
        发布日期:2023-02-10 09:15
        政府工作报告
          ——在西乌珠穆沁旗第十七届人民代表大会第二次会议上
          西乌旗人民政府旗长 张某某
        各位代表:
          现在，我代表旗人民政府向大会报告工作。
          一、过去一年工作回顾
          一年来，我们砥砺奋进。
        """)
    assert doc.meta.title == "政府工作报告(2023年)"
    assert doc.meta.org == "西乌珠穆沁旗人民政府"  # the session's name is whole, the speaker's short
    assert doc.meta.published == "2023-02-10"


def test_the_title_comes_after_a_banner_and_a_flattened_metadata_table() -> None:
    doc = _doc("""
        政府信息公开 规章库
        临海市东湖区青竹街道办事处政府信息公开
        索引号: 11440303007546460H/2023-00012 分类:
        发布机构: 临海市东湖区青竹街道办事处 成文日期: 2023-03-08
        名称: 东湖区青竹街道办事处2022年工作总结
        主题词: 青竹街道 工作总结
        东湖区青竹街道办事处2022年工作总结
        2022年，青竹街道坚持稳中求进。
        一、抓党建促发展
        持之以恒。
        """)
    assert doc.meta.title == "东湖区青竹街道办事处2022年工作总结"
    assert doc.meta.org == "临海市东湖区青竹街道办事处"


@pytest.mark.parametrize("row", [
    "索引号 001008003008067/2021-98380 生成日期 2021-01-28 公开方式 主动公开",
    "    • 公文生成日期:2021-01-28",
])
def test_a_catalogue_s_made_on_day_is_the_document_s_date(row: str) -> None:
    doc = _doc(f"""
        {row}
        青河县市场监督管理局2020年政府信息公开工作报告
        一、总体情况
        2020年,我局扎实推进政府信息公开工作。
        """)
    assert doc.meta.date == "2021-01-28"


def test_a_day_under_the_title_of_a_report_no_congress_hears_is_its_date() -> None:
    doc = _doc("""
        青河县林业局2022年政府信息公开工作
        年度报告
        (2023年1月9日)
        一、总体情况
        2022年,青河县林业局坚持把政府信息公开工作作为规范自身行为的重要举措。
        """)
    assert (doc.meta.title, doc.meta.date, doc.meta.delivered) == (
        "青河县林业局2022年政府信息公开工作年度报告", "2023-01-09", None)


def test_a_site_s_notice_above_the_title_does_not_end_the_page_s_head() -> None:
    doc = _doc("""
        已打开行政区划_青河镇栏目页面,本页面是由15个视窗区共计15个区域组成,操作帮助请按Alt加问号键。

        您现在所在的位置 : 首页 > 街镇 > 青河镇栏目 > 专题 > 法治政府建设
        青河镇2021年法治政府建设年度报告
          • 2022-01-30 11:38
          • 来源: 青河镇栏目
          • 【字体:    打印
        2021年,我镇坚持以习近平新时代中国特色社会主义思想为指导。
        一、2021年度推进法治政府建设的主要举措和成效
        """)
    assert doc.meta.published == "2022-01-30"


def test_the_day_a_site_archived_a_page_is_not_the_day_it_published_it() -> None:
    doc = _doc("""
        归档时间:2020-01-01
        青河市地方海事局2016年政府信息公开工作年度报告
        2017-03-08 10:17 来源:市地方海事局 字体:【 浏览量:
        按照《中华人民共和国政府信息公开条例》的要求,结合我局工作实际,编制本报告。
        一、概述
        """)
    assert doc.meta.published == "2017-03-08"


def test_a_glossary_before_the_first_part_holds_its_entries_not_the_parts() -> None:
    doc = _doc("""
        引 言
        本年度报告根据《中华人民共和国政府信息公开条例》编制。
        专有名词解释
        1.主动公开:行政机关主动向社会公开的政府信息。
        2.依申请公开:根据申请公开的政府信息。
        一、概述
        (一)政府信息公开工作不断推进
        2013年,全区政府信息公开工作稳步推进。
        """)
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [
        (1, ""), (1, ""), (2, "1."), (2, "2."), (1, "一、"), (2, "(一)")]


def test_a_picture_s_caption_and_a_disclosure_table_s_row_name_no_part() -> None:
    doc = _doc("""
        一、总体情况
        2021年,青河市生态环境局坚持以公开为常态、不公开为例外。

        官方网站主页

        (一)主动公开情况
        全年主动公开信息300条。
        三、收到和处理政府信息公开申请情况

        (三)

        不予公开

        1.属于国家秘密

        0
        """)
    assert [s.title for s in doc.nodes if s.kind == "heading" and not s.marker] == []


def test_a_feedback_form_over_the_report_is_furniture() -> None:
    doc = _doc("""
        留言咨询
        纠错
        1.错误类:*
        2.出错页面的地址(浏览器地址栏里面的地址):*
        3.内容标题:*
        您的姓名:*
        相关文档
        使用说明
        青河区人民政府
        2014年2月27日
        引 言
        本年度报告根据《中华人民共和国政府信息公开条例》编制。
        一、概述
        """)
    assert doc.meta.title is None
    assert [s.marker for s in doc.nodes] == ["", "一、"]


def test_more_toolbars_are_debris() -> None:
    doc = _doc("""
        无障碍版 长者助手 登录
        热门搜索:
        字体大小:【大】 【中】 【小】
        无障碍辅助浏览工具条
          • 听全文
        您当前的位置: > >
        项目名称:东湖综合整治工程
        """)
    assert [doc.text[s:e].strip() for s, e in doc.debris] == [
        "无障碍版 长者助手 登录", "热门搜索:", "字体大小:【大】 【中】 【小】", "无障碍辅助浏览工具条",
        "• 听全文", "您当前的位置: > >"]


def test_a_province_named_before_the_year_in_the_title_is_its_government() -> None:
    doc = _doc("""
        吉林省2024年度法治政府建设情况报告
        2024年，全省坚持依法行政。现将有关情况报告如下。
        一、坚持政治站位
        强化责任。
        """)
    assert doc.meta.org == "吉林省人民政府"


def test_a_metadata_row_run_into_the_title_still_names_the_writer_and_date() -> None:
    doc = _doc("""
        标题:关于东山市2022年国民经济和社会发展计划执行情况的报告
        索引号:0082/2023-00188 分 类:国民经济管理、国有资产监管 发文机关:东山市发展和改革委员会 发布日期:2023年02月03日 主题词:计划;发展关于东山市2022年
        国民经济和社会发展计划执行情况的报告
        一、2022年计划执行情况
        2022年是极不平凡的一年。
        """)
    assert doc.meta.org == "东山市发展和改革委员会"
    assert doc.meta.published == "2023-02-03"


def test_an_unlabelled_date_in_the_page_furniture_is_its_publication_date() -> None:
    timed = _doc("""
        2021年度南林市法治政府建设情况报告
        2022-05-12 14:44
        2021年，南林市委、市政府严格贯彻落实法治政府建设实施纲要。
        一、依法全面履行政府职能
        深化改革。
        """)
    listed = _doc("""
        当前位置:首页 > 法治政府建设
        北川市人民政府关于2023年度法治政府建设情况的报告
          • 听全文
          • 2024-01-23
          • 来源:北川市司法局
        2023年，北川坚持以习近平新时代中国特色社会主义思想为指导，推进法治建设，取得新成效。
        一、加强党的领导
        压实责任。
        """)
    today = _doc("""
        今天是:2024年10月31日 星期四
        西林县2023年法治政府建设情况报告
        2023年，西林县坚持依法行政，推进法治建设，取得新成效，群众满意度不断提升。
        一、主要工作
        完善制度。
        """)
    assert timed.meta.published == "2022-05-12"
    assert listed.meta.published == "2024-01-23"
    assert today.meta.published is None  # the day the page was looked at


def test_a_numbered_list_of_page_links_is_debris_not_headings() -> None:
    doc = _doc("""
        1. 当前位置:
          2. 首页 > 政务公开 > 北溪县人民政府 > 政府工作报告
          3. > 正文
        2023年北溪县政府工作报告
        各位代表:
        现在，我代表北溪县人民政府向大会作工作报告，请予审议。
        一、2022年工作回顾
        一年来，我们团结奋进。
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [("一、", "2022年工作回顾")]
    assert doc.meta.title == "2023年北溪县政府工作报告"


def test_labels_cut_short_by_the_copy_are_debris_and_a_dashed_meeting_is_no_title() -> None:
    doc = _doc("""
        号: cxs039-/2023-0407001 信息分类: 政府工作报告
        称: 政府工作报告--——在南华镇第十二届人民代表大会第三次会议上(2023年)
        号:
        政府工作报告--——在南华镇第十二届人民代表大会第三次会议上(2023年)
        政府工作报告
        ——在南华镇第十二届人民代表大会第三次会议上
        各位代表:
        我代表南华镇人民政府，向大会报告工作，请予审议。
        2022年工作回顾
        一年来，全镇上下团结奋进。
        """)
    lines = doc.text.splitlines()
    assert {lines[0], lines[1], lines[2]} <= {doc.text[s:e] for s, e in doc.debris}
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.org == "南华镇人民政府"


def test_a_list_of_facts_is_stepped_over_and_its_date_is_the_publication_date() -> None:
    doc = _doc("""
        您当前的位置:首页 >法定主动公开内容 >法治政府建设年度报告
          • 115002242037431382/2024-00011
          • 工作报告
          • 青梁区司法局
          • 2024年03月22日 09时24分
        重庆市青梁区2023年法治政府建设工作报告
        重庆市青梁区2023年法治政府建设工作报告
        2023年，在区委的坚强领导下，区政府深学笃用习近平法治思想，法治政府建设取得新成效。
        一、主要举措和成效
        压实责任。
        """)
    assert doc.meta.title == "重庆市青梁区2023年法治政府建设工作报告"
    assert doc.meta.year == 2023
    assert doc.meta.published == "2024-03-22"
    site_dated = _doc("""
        中槐街道2022年工作总结
        中槐街道办事处
        2023-01-16
        2022年，中槐街道在区委、区政府的坚强领导下，各项工作取得新进展，群众满意度持续提升。
        一、经济发展
        稳中有进。
        """)
    assert site_dated.meta.published == "2023-01-16"


def test_a_covering_notice_gives_way_to_the_report_it_issues() -> None:
    doc = _doc("""
        重庆市巴北区石洞镇人民政府关于印发2024年政府工作报告的通知
        各村(居)民委员会、镇属各岗位:
        2024年《政府工作报告》已经镇人民代表大会审议通过，现印发给你们，请认真贯彻实施。
        重庆市巴北区石洞镇人民政府
        2024年2月22日
        (此件公开发布)
        重庆市巴北区石洞镇人民政府
        2024年政府工作报告
        ——2024年1月23日在重庆市巴北区石洞镇第二十届人民代表大会第八次会议上
        各位代表:
        现在，我代表镇人民政府向大会报告工作。
        一、2023年工作回顾
        一年来，我们全力以赴稳增长。
        """)
    assert doc.meta.title == "重庆市巴北区石洞镇人民政府2024年政府工作报告"
    assert doc.meta.delivered == "2024-01-23"
    assert doc.meta.year == 2024


def test_without_a_title_line_the_report_the_opening_announces_is_the_title() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定，现发布《2023年如西县人民政府办公室政府信息公开年度报告》。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。
        一、总体情况
        如西县人民政府办公室认真落实条例。
        """)
    assert doc.meta.title == "2023年如西县人民政府办公室政府信息公开年度报告"
    assert doc.meta.org == "如西县人民政府办公室"
    compiled = _doc("""
        根据《中华人民共和国政府信息公开条例》规定和青河区政务服务局《关于做好2025年政府信息公开年报编制工作的函》工作要求,编制《青山市青河区石桥镇人民政府2025年政府信息公开工作年度报告》。统计数据自2025年1月1日至2025年12月31日止。
        一、总体情况
        """)
    assert compiled.meta.title == "青山市青河区石桥镇人民政府2025年政府信息公开工作年度报告"
    made = _doc("""
        根据《中华人民共和国政府信息公开条例》第五十条规定,制作青山市住房和城乡建设局2023年政府信息公开工作年度报告。本报告由总体情况等六部分组成。
        一、总体情况
        """)
    assert (made.meta.title, made.meta.org) == (
        "青山市住房和城乡建设局2023年政府信息公开工作年度报告", "青山市住房和城乡建设局")
    # (over the closing words of a title the excerpt cut)
    cut = _doc("""
        工作年度报告
        依据《中华人民共和国政府信息公开条例》的有关规定,现公布青山市农业农村局2021年政府信息公开工作年度报告。本报告由总体情况等六部分组成。
        一、总体情况
        """)
    assert cut.meta.title == "青山市农业农村局2021年政府信息公开工作年度报告"
    # (drawn up and made public at once; or the year after the field it reports on)
    both = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,我局编制并向社会公开青山市青河区民政局2023年度政府信息公开工作年度报告。本年度报告由总体情况等部分组成。
        一、总体情况
        """)
    assert (both.meta.title, both.meta.org) == (
        "青山市青河区民政局2023年度政府信息公开工作年度报告", "青山市青河区民政局")
    later = _doc("""
        按照《中华人民共和国政府信息公开条例》(以下简称《条例》)和省、市政务公开办工作要求,编制并发布青山市农业农村局政府信息公开工作2022年度报告。本报告中统计数据期限为2022年1月1日至2022年12月31日。
        一、总体情况
        """)
    assert (later.meta.title, later.meta.org) == ("青山市农业农村局政府信息公开工作2022年度报告", "青山市农业农村局")
    formed = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,形成青山市文化局2011年政府信息公开年度报告。本年报由概述等部分组成。
        一、概述
        """)
    assert (formed.meta.title, formed.meta.org) == ("青山市文化局2011年政府信息公开年度报告", "青山市文化局")
    # (the work made public, unquoted, is no document's name)
    work = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,现公布青山市财政局2020年度政府信息公开工作情况。
        一、总体情况
        """)
    assert (work.meta.title, work.meta.org) == (None, "青山市财政局")
    public = _doc("""
        一、总体情况
        根据通知要求,现向社会公开青河县青石瑶族乡2021年政府信息公开工作年度报告。本报告包括总体情况等内容。
        """)
    assert (public.meta.title, public.meta.org) == (
        "青河县青石瑶族乡2021年政府信息公开工作年度报告", "青河县青石瑶族乡人民政府")


def test_the_office_a_speaker_reports_for_is_the_writer() -> None:
    doc = _doc("""
        2024年长乐路街道社区代表会议报告
        2024年02月02日 来源: 东陀
        各位代表:
        现在，我代表东陀区人民政府长乐路街道办事处，向大会作报告，请予审议。
        一、2023年主要工作回顾
        一年来，街道各项工作取得了长足进步。
        """)
    assert doc.meta.org == "东陀区人民政府长乐路街道办事处"
    assert doc.meta.published == "2024-02-02"


def test_a_field_report_read_to_a_standing_committee_is_the_year_it_reviews() -> None:
    doc = _doc("""
        东庆市人民政府关于法治政府建设情况的报告
        (2024年5月28日在市六届人大常委会第九次会议上)
        市人大常委会:
        按照工作安排，现就法治政府建设情况报告如下。
        一、主要工作举措及成效
        2023年，在市委坚强领导下，全市各级行政机关深学笃用习近平法治思想。
        """)
    assert doc.meta.year == 2023
    speech = _doc("""
        政府工作报告
        ——2024年1月20日在东庆市第六届人民代表大会第二次会议上
        各位代表:
        现在，我代表市人民政府向大会报告工作。
        一、2023年工作回顾
        一年来，我们攻坚克难。
        """)
    assert speech.meta.year == 2024  # a work report: the year it is read in


def test_a_short_line_over_a_parenthesised_list_is_its_heading() -> None:
    doc = _doc("""
        西川市2023年法治政府建设情况的报告
        2023年，西川市坚持以习近平新时代中国特色社会主义思想为指导，将法治政府建设抓紧抓实。
        加强党对法治建设的组织领导
        (一)深入学习宣传贯彻习近平法治思想。
        市政府多次召开常务会集体学法。
        (二)有效落实第一责任人职责。
        主要负责同志带头履责。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "", "加强党对法治建设的组织领导"),
        (2, "(一)", "深入学习宣传贯彻习近平法治思想"),
        (2, "(二)", "有效落实第一责任人职责"),
    ]


def test_a_brief_review_is_a_part_of_a_work_report() -> None:
    doc = _doc("""
        政府工作报告
        ——2026年1月27日在北州区第十九届人民代表大会第五次会议上
        各位代表:
        现在，我代表区人民政府，向大会报告工作，请予审议。
        2025年政府工作简要回顾
        过去一年，全区上下团结奋斗。
        """)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [(1, "2025年政府工作简要回顾")]


def test_a_metadata_table_with_label_cells_is_debris_and_names_the_title() -> None:
    doc = _doc("""
        文件名称 | 汉水区2025年政府工作报告 | ||
        索引号 | /2025-0000 | 公开目录: | 工作报告 |
        公开责任部门 | 公开形式: | 主动公开 | |
        有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |
        2025年3月21日在汉水区第十九届
        人民代表大会第四次会议上
        汉水区人民政府区长 李某某
        各位代表:
        现在，我代表区人民政府向大会报告工作，请予审议。
        一、过去一年工作回顾
        2024年，我们紧扣高质量发展主题。
        """)
    assert len(doc.debris) == 4
    assert doc.meta.title == "汉水区2025年政府工作报告"
    assert doc.meta.year == 2025
    assert doc.meta.published == "2025-04-15"


def test_a_metadata_tables_rows_of_its_validity_procedure_form_and_subjects_are_debris() -> None:
    doc = _doc("""
        信息索引号 | 01404053X/2023-03603 | 生成日期 | 2023-02-16 | 公开日期 | 2023-02-16 |
        发布机构 | 区发展改革委 | 公开形式 | 网站、文件、政府公报 | ||
        关键词 | 规划,经济,政府信息,公开 | 公开程序 | 部门编制,经办公室审核后公开 | ||
        主题(一级) | 国民经济管理、国有资产监管 | 体裁 | 报告 | ||
        有效期 | 长期 | 公开程序 | 部门编制,经办公室审核后公开 | 体裁 | 报告 |
        文件下载 | 效力状况 | 有效 | |||
        关于青山市青河区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划(草案)的报告
        青河区发展和改革委员会 李 某
        各位代表:
        受区人民政府委托,我向大会报告计划执行情况,请予审议。
        一、2022年国民经济和社会发展计划执行情况
        """)
    assert len(doc.debris) == 6
    assert doc.meta.title.startswith("关于青山市青河区2022年")
    # (its reader's office, under the whole place the title names)
    assert (doc.meta.org, doc.meta.speaker) == ("青山市青河区发展和改革委员会", "青河区发展和改革委员会 李某")


def test_labels_glued_to_their_values_are_debris() -> None:
    doc = _doc("""
        索引号000014349/2023-74857
        文号是否有效
        标题水城区杨柳乡2022年政府信息公开工作年度报告
        水城区杨柳乡2022年政府信息公开工作年度报告
        一、总体情况
        2022年以来，杨柳乡政务公开工作始终坚持依法公开。
        """)
    assert len(doc.debris) == 3
    assert doc.meta.title == "水城区杨柳乡2022年政府信息公开工作年度报告"
    assert doc.meta.org == "水城区杨柳乡人民政府"


def test_a_name_row_in_a_barred_table_is_the_title_and_its_publisher_the_writer() -> None:
    doc = _doc("""
        索引号: | 11341823MB1566401C/202311-00052 | 组配分类: | 规划计划 |
        发布机构: | 青山县卫生健康委员会 | 主题分类: | 卫生、体育 |
        名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |
        废止日期: |
        2023年，县卫生健康委坚持以习近平新时代中国特色社会主义思想为指导，聚焦民生福祉。
        一、工作开展情况
        扎实开展党的建设工作。
        """)
    assert doc.meta.title == "县卫健委2023年工作总结及2024年工作安排"
    assert doc.meta.org == "青山县卫生健康委员会"  # the title's 县卫健委 names no county


def test_a_publisher_row_names_whole_the_office_a_title_shortened() -> None:
    doc = _doc("""
        索引号 | lsxlyhcyj/2025-00003
        发布机构 | 青山县林业和草原局
        发布日期 | 2025-03-19
        青山县林草局2024年度法治政府建设年度报告
        一、2024年度推进法治政府建设的主要举措和成效
        青山县林草局始终坚持以习近平新时代中国特色社会主义思想为指导。
        """)
    assert doc.meta.title == "青山县林草局2024年度法治政府建设年度报告"
    assert doc.meta.org == "青山县林业和草原局"


def test_a_publisher_row_gives_an_older_report_the_name_its_office_took_since() -> None:
    doc = _doc("""
        发文机关: | 青山县卫生健康局 | 成文日期: | 2010-01-28 |
        青山县卫生局2009年政府信息公开工作年度报告
        一、基本情况
        2009年,县卫生局按照县委、县政府信息公开总体要求,认真依法实施政府信息公开。
        """)
    assert doc.meta.org == "青山县卫生局"  # the name it wrote under before the 2018 reform
    later = _doc("""
        发文机关: | 青山县卫生健康局 | 成文日期: | 2020-01-28 |
        青山县卫健局2019年政府信息公开工作年度报告
        一、基本情况
        """)
    assert later.meta.org == "青山县卫生健康局"
    by_level = _doc("""
        发布机构: 市生态环境局 发文日期: 2010-03-24
        2009年市环保局政府信息公开工作年度报告
        2009年,市环保局认真贯彻《条例》,在青山市委、青山市政府领导下推进公开。
        一、概述
        """)
    assert by_level.meta.org == "青山市环保局"  # (its place the text's; its name the title's)


@pytest.mark.parametrize(("short", "full"), [
    ("青山县林草局", "青山县林业和草原局"),
    ("青山县卫健委", "青山县卫生健康委员会"),
    ("青山县发改局", "青山县发展和改革局"),
])
def test_a_shortened_office_is_recognised_in_its_full_name(short: str, full: str) -> None:
    assert writers._abbreviates(short, full)


@pytest.mark.parametrize(("short", "full"), [
    ("青山县林草局", "红河县林业和草原局"),  # another county
    ("青山县司法局", "青山县人民政府"),  # another office
    ("青山县水利局", "青山县水务局"),  # a character the full name does not have
])
def test_an_office_is_not_taken_for_the_short_form_of_another(short: str, full: str) -> None:
    assert not writers._abbreviates(short, full)


@pytest.mark.parametrize(("byline", "org"), [
    ("自治区发展和改革委员会", "青山自治区发展和改革委员会"),  # named by its level
    ("青山自治区财政厅", "青山自治区财政厅"),
])
def test_an_office_on_the_line_under_a_title_wrote_it(byline: str, org: str) -> None:
    doc = _doc(f"""
        2024年01月21日

        青山自治区2023年国民经济和社会发展计划执行情况与2024年计划草案报告

        {byline}

        各位代表:

        受自治区人民政府委托,现将计划执行情况与计划草案报告如下。

        一、2023年国民经济和社会发展计划执行情况

        2023年是全面贯彻党的二十大精神的开局之年。
        """)
    assert doc.meta.org == org


def test_metadata_laid_out_a_cell_a_line_is_debris_and_names_the_writer() -> None:
    doc = _doc("""
        索引号:

        11330282002979013L/2023-183321

        发布机构:

        新湖镇

        发布日期:

        2023-11-07

        分享到:
        2023年上半年工作回顾及下半年工作计划

        一、2023年上半年工作回顾

        今年上半年，新湖镇坚持以习近平新时代中国特色社会主义思想为指导，各项工作稳中有进。
        """)
    assert doc.meta.title == "2023年上半年工作回顾及下半年工作计划"
    assert doc.meta.org == "新湖镇人民政府"
    assert doc.meta.published == "2023-11-07"
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [(1, "一、")]


def test_a_site_suffix_on_the_page_title_is_not_the_title() -> None:
    doc = _doc("""
        江城市生态环境局2022年工作总结和2023年工作安排-某某娱乐

        江城市生态环境局2022年工作总结和2023年工作安排

        发布时间:2023-01-17 15:39 来源:江城市生态环境局
        2022年，市生态环境局深入践行习近平生态文明思想。
        一、2022年工作总结
        污染防治攻坚战成效明显。
        """)
    assert doc.meta.title == "江城市生态环境局2022年工作总结和2023年工作安排"


def test_a_committee_title_on_two_lines_is_one_and_its_term_is_not_the_office() -> None:
    doc = _doc("""
        中国人民政治协商会议
        第七届东安县委员会常务委员会工作报告
        (2011年3月7日在政协第七届东安县委员会第五次会议上)
        各位委员:
        我受政协第七届东安县委员会常务委员会的委托，向大会报告工作，请予审议。
        2010年工作回顾
        一年来，县政协常委会认真履行职能。
        """)
    assert doc.meta.title == "中国人民政治协商会议第七届东安县委员会常务委员会工作报告"
    assert doc.meta.org == "中国人民政治协商会议东安县委员会常务委员会"


def test_more_metadata_labels_and_a_plan_for_next_year_in_the_title() -> None:
    doc = _doc("""
        信息索引号: 00250253-0/2022-20797 文号:
        公布日期: 2022-03-14 公开方式: 主动公开
        发布单位: 东溪街道 统一编号:
        东溪街道2021年工作总结和2022年工作思路
        一、2021年工作回顾
        2021年是“十四五”规划开局之年，街道锐意进取。
        """)
    assert len(doc.debris) == 3
    assert doc.meta.title == "东溪街道2021年工作总结和2022年工作思路"
    assert doc.meta.org == "东溪街道办事处"
    assert doc.meta.published == "2022-03-14"
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [(1, "一、")]


def test_breadcrumbs_with_doubled_or_trailing_arrows_are_debris() -> None:
    doc = _doc("""
        首页>
        >> 政府信息公开 >> 工作信息 >> 计划总结
        甘泉镇2024年工作总结和2025年工作思路
        2024年，甘泉镇始终锚定城市副中心定位，经济社会发展稳中向好。
        一、2024年工作总结
        稳中有进。
        """)
    assert len(doc.debris) == 2
    assert doc.meta.title == "甘泉镇2024年工作总结和2025年工作思路"


def test_a_date_after_the_title_is_when_it_was_published() -> None:
    doc = _doc("""
        东海市司法局2023年法治政府建设情况报告 (2024-02-26)

        2023年，东海市司法局在市委、市政府的坚强领导下，全面推进法治政府建设，具体情况如下：
        一、深入贯彻习近平法治思想
        强化引领。
        """)
    assert doc.meta.title == "东海市司法局2023年法治政府建设情况报告"
    assert doc.meta.published == "2024-02-26"


def test_a_date_and_reader_after_the_title_are_a_newspapers_tag_not_the_day_it_was_published() -> None:
    doc = _doc("""
        青山市政府工作报告(2022年1月23日 王某)
        2022年01月28日 09:47   来源:青山日报
          ——2022年1月23日在青山市第十五届人民代表大会第二次会议上
          青山市人民政府市长 王某
          各位代表:
          一、2021年工作回顾
          过去一年,我们稳中求进。
        """)
    assert doc.meta.title == "青山市政府工作报告"
    assert doc.meta.delivered == "2022-01-23"
    assert doc.meta.published == "2022-01-28"


def test_a_title_run_on_after_a_document_sites_banner_and_before_its_years_opening() -> None:
    doc = _doc("""
        文秘之家—全网资源每日更新www.wenmi.com东海省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持依法行政,法治政府建设取得新成效。一、坚持党的领导,坚决扛牢法治政府建设政治责任坚持思想引领。
        """)
    assert doc.meta.title == "东海省人民政府关于2023年度法治政府建设情况的报告"
    assert doc.meta.org == "东海省人民政府"
    assert doc.meta.year == 2023


def test_an_untitled_excerpt_opening_with_its_review_of_a_year_is_the_next_years_report() -> None:
    doc = _doc("""
        一、2013年工作回顾
        2013年,我们深入贯彻落实党的十八大精神,团结带领全区人民迎难而上,圆满完成了区五届人大二次会议确定的年度工作任务。
        (一)经济平稳健康发展
        经济实力不断增强。
        """)
    assert doc.meta.year == 2014


def test_a_welcome_banner_and_a_site_address_are_debris_and_a_session_glued_on_is_no_title() -> None:
    doc = _doc("""
        北原旗人民政府欢迎您!
        北原旗人民政府办公室.政务 | www.beiyuan.gov.cn |
        政府工作报告(草案)在北原镇第四届人民代表大会第三次会议上
        来源:北原镇人民政府
          ——在北原镇第四届人民代表大会第三次会议上
        各位代表:
        现在，我代表北原镇人民政府向大会报告工作，请予审议。
        一、2022年工作回顾
        一年来，全镇上下团结奋进。
        """)
    assert len(doc.debris) == 3
    assert doc.meta.title == "政府工作报告(草案)"
    assert doc.meta.org == "北原镇人民政府"


def test_a_department_publishing_for_its_district_is_not_the_writer() -> None:
    doc = _doc("""
        名 称: 上陆区2024年法治政府建设工作报告
        索 引 号: 000014349/2025-17645 发布日期: 2025-02-28 发布机构: 上陆区司法局
        上陆区2024年法治政府建设工作报告
        2024年，上陆区坚持以习近平法治思想为指导，深入推进法治政府建设。
        一、主要举措
        完善制度。
        """)
    assert doc.meta.org == "上陆区人民政府"


def test_the_office_a_breadcrumb_passes_through_is_the_last_resort_writer() -> None:
    doc = _doc("""
        您当前所在位置: 首页 > 机构专页 > 番山区人民政府市前街道办事处 > 政府工作报告
        2023年工作总结
        来源:本网 发布时间:2024-01-17 09:55:18
          2023年，市前街牢记嘱托、感恩奋进，经济社会发展取得新成效。
        一、经济发展
        稳中有进。
        """)
    assert doc.meta.org == "番山区人民政府市前街道办事处"


def test_a_date_beside_the_title_and_joint_writers() -> None:
    doc = _doc("""
        大河街道党工委、办事处2021年工作总结及2022年工作要点 2022-03-10

        2021年主要工作回顾

        2021年是意义非凡的一年，大河街道立足实际，担当实干，各项任务基本实现年度目标。
        """)
    assert doc.meta.title == "大河街道党工委、办事处2021年工作总结及2022年工作要点"
    assert doc.meta.published == "2022-03-10"
    assert doc.meta.org == "大河街道办事处"  # the office, not the party committee


def test_a_row_whose_value_has_a_comma_and_the_issuing_date() -> None:
    doc = _doc("""
        名  称: 滨江新区司法局2024年法治政府建设情况报告
        发布机构: 区司法局
        主题分类: 综合政务,其他
        成文日期: 2025-01-26
        发文日期: 2025-02-12

        2024年，滨江新区司法局坚持以习近平新时代中国特色社会主义思想为指导，推进法治政府建设。
        一、主要举措
        完善制度。
        """)
    assert len(doc.debris) == 5
    assert doc.meta.title == "滨江新区司法局2024年法治政府建设情况报告"
    assert doc.meta.published == "2025-02-12"  # issued, not drafted


def test_a_region_tag_and_a_date_note_around_a_title() -> None:
    doc = _doc("""
        导航菜单

        (海南省)海口市龙山区人民政府工作报告(2023年2月26日)

          政 府 工 作 报 告

          ——2023年2月26日在海口市龙山区第八届人民代表大会第四次会议上

          各位代表:

          现在，我代表龙山区人民政府向大会报告工作，请予审议。

          一、2022年工作回顾
          过去一年极不平凡。
        """)
    # the site's listing names the writer; the report's own title is under it
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.org == "海口市龙山区人民政府"
    assert doc.meta.delivered == "2023-02-26"


def test_the_article_title_wrapped_under_a_page_title_cut_short() -> None:
    doc = _doc("""
        当前位置: 学院首页 > 通知公告 > 正文

        黔北省2023年度法治政府建设工作

        【来源:黔北省2023年度法治政府建设工作 | 发布日期:2024-04-10 】

        黔北省2023年度法治政府建设工作

        情况报告

         按照要求，现将全省2023年度法治政府建设情况报告如下。

         一、强化政治引领
        统筹推进。
        """)
    assert doc.meta.title == "黔北省2023年度法治政府建设工作情况报告"


def test_an_office_above_a_title_that_opens_with_guanyu_after_furniture() -> None:
    doc = _doc("""
        网站无障碍 适老版
        发文机关: 海西市人民政府 主题分类: 公安、安全、司法
        海西市人民政府
        关于2021年度法治政府建设工作情况的报告

        省人民政府:

        2021年，在省委、省政府的坚强领导下，我市始终坚持以习近平法治思想为指导，推进法治政府建设。
        一、主要工作
        完善制度。
        """)
    assert doc.meta.title == "海西市人民政府关于2021年度法治政府建设工作情况的报告"


def test_a_byline_under_the_subtitle_is_the_writer() -> None:
    doc = _doc("""
        南河区2023年预算执行情况和
        2024年预算草案的报告
        2024年1月11日在南河区第十八届
        人民代表大会第五次会议上
        南河区财政局
        各位代表:
        受区人民政府委托，现将南河区2023年预算执行情况和2024年预算草案提请大会审议。
        一、预算收支情况
        收入稳步增长。
        """)
    assert doc.meta.title == "南河区2023年预算执行情况和2024年预算草案的报告"
    assert doc.meta.org == "南河区财政局"
    assert doc.meta.delivered == "2024-01-11"


def test_a_work_report_put_up_by_the_government_office_is_the_governments() -> None:
    doc = _doc("""
        2023年政府工作报告
        索引号: 331122000000/2023-91159     发布机构: 缙北县人民政府办公室     发布时间:2023-03-14 11:35:15
        各位代表:
        现在，我代表县人民政府向大会作政府工作报告，请予审议。
        一、2022年政府主要工作
        一年来，我们砥砺奋进。
        """)
    assert doc.meta.org == "缙北县人民政府"


def test_more_ways_a_page_names_its_writer_and_year() -> None:
    no_nian = _doc("""
        泉水镇2022工作总结及2023年工作计划
        过去的一年，是极其不平凡的一年，全镇上下团结奋进，各项工作取得新成效。
        一、2022年工作总结
        稳中有进。
        """)
    assert no_nian.meta.year == 2022
    issued_by = _doc("""
        政府工作报告(2024年)
        索 引 号:dyx032-/2025-0110001 发文机构:大理县金山镇 发布日期:2025年01月10日
        政府工作报告
        ——在金山镇第十四届人民代表大会第七次会议上
        各位代表:
        现在，我代表镇人民政府向大会报告工作。
        一、2024年工作回顾
        一年来，全镇团结奋进。
        """)
    assert issued_by.meta.org == "大理县金山镇人民政府"
    section = _doc("""
        电子政务科2025年工作总结
        来源:周口市西华县人民政府
          2025年，电子政务科紧紧围绕县委、县政府年度重点工作部署，推进政务公开。
        一、主要工作
        推进标准化。
        """)
    assert section.meta.org == "电子政务科"


def test_a_heading_that_names_its_month_is_a_heading_and_a_list_of_months_is_not() -> None:
    doc = _doc("""
        县政府2022年七月份工作总结和八月份工作安排
        一、七月份工作回顾
        (一)重点工作方面
        稳步推进。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "七月份工作回顾"), (2, "(一)", "重点工作方面")]
    listed = _doc("""
        一、二月份全县经济运行平稳。
        """)
    assert not [s for s in listed.nodes if s.kind == "heading"]


def test_a_location_label_alone_and_an_image_placeholder_are_debris() -> None:
    doc = _doc("""
        您当前所在的位置
        : 首页 > 政府信息公开 > 政府工作报告 > 正文
        img
        2021年10月政府工作报告
        2021年10月27日在犍川县第十八届人民代表大会
        第一次会议上
        各位代表:
        现在，我代表县人民政府向大会报告工作，请予审查。
        过去五年工作回顾
        五年来，县政府团结奋进。
        """)
    assert len(doc.debris) == 3
    assert doc.meta.title == "2021年10月政府工作报告"  # a month is no subtitle's day
    assert doc.meta.delivered == "2021-10-27"


def test_a_title_split_after_guanyu_and_joint_writers_a_line_each() -> None:
    split = _doc("""
        当前位置:  首页 >  政务 >  通知公告

        长林市人民政府关于
        2023年度法治政府建设情况的报告

        时间:2024-04-01 15:02 来源:
          2023年，市政府坚持以习近平新时代中国特色社会主义思想为指导，推进法治政府建设。
        一、主要工作
        完善制度。
        """)
    assert split.meta.title == "长林市人民政府关于2023年度法治政府建设情况的报告"
    assert split.meta.org == "长林市人民政府"
    joint = _doc("""
        中共东昌区广顺街道工作委员会
        东昌区人民政府广顺街道办事处
        关于2025年度法治政府建设情况的报告
        区委、区政府:
        2025年，广顺街道法治政府建设工作立足街道发展实际，扎实推进各项工作。
        一、主要工作
        完善制度。
        """)
    assert joint.meta.title == (
        "中共东昌区广顺街道工作委员会东昌区人民政府广顺街道办事处关于2025年度法治政府建设情况的报告")
    assert joint.meta.org == "东昌区人民政府广顺街道办事处"
    assert joint.meta.speaker is None  # ``工作委员会`` is no 委员 named 会
    one_line = _doc("""
        中共南海省委 南海省人民政府
        关于2022年法治政府建设情况的报告
        2022年，南海省坚持以习近平新时代中国特色社会主义思想为指导，全面建设法治政府。
        一、主要工作
        完善制度。
        """)
    assert one_line.meta.org == "南海省人民政府"


def test_a_covering_notice_whose_title_the_page_lost() -> None:
    doc = _doc("""
        各乡镇人民政府,县政府各部门:
        《政府工作报告》已经县十八届人民代表大会第五次会议审议通过，现印发给你们，请认真抓好落实。
        中川县人民政府
        2026年2月9日
        (此件公开发布)
        政 府 工 作 报 告
        ——2026年1月14日在中川县第十八届人民代表大会
        第五次会议上
        各位代表:
        现在，我代表县人民政府向大会报告工作，请予审议。
        2025年工作回顾
        刚刚过去的2025年，县人民政府团结奋进。
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.session == "中川县第十八届人民代表大会第五次会议"
    assert doc.meta.org == "中川县人民政府"
    assert doc.meta.year == 2026


def test_a_development_zone_is_run_by_its_committee() -> None:
    doc = _doc("""
        四方经济开发区2022年政府信息公开工作年度报告
        本报告依据《中华人民共和国政府信息公开条例》编制。
        一、总体情况
        依法公开。
        """)
    assert doc.meta.org == "四方经济开发区管理委员会"


def test_the_articles_own_title_says_the_page_title_more_fully() -> None:
    place = _doc("""
        进入老年模式
        2022年度工作总结
        来源: 枫林街道办事处 发布时间: 2022-12-08 13:53 浏览次数: 1
        枫林街道2022年度工作总结
        今年来，枫林街道在区委区政府正确领导下，系统推进各项工作，取得新成效。
        一、2022年工作开展情况
        稳中有进。
        """)
    assert place.meta.title == "枫林街道2022年度工作总结"
    writers = _doc("""
        2022年度法治政府建设情况的报告
        中共禹山区委 禹山区人民政府
        关于2022年度法治政府建设情况的报告
        中共开远市委、开远市人民政府:
        2022年，禹山区坚持以习近平新时代中国特色社会主义思想为指导，推进法治政府建设。
        一、主要工作
        完善制度。
        """)
    assert writers.meta.title == "中共禹山区委 禹山区人民政府关于2022年度法治政府建设情况的报告"
    assert writers.meta.org == "禹山区人民政府"


def test_a_column_tag_on_a_title_row_and_labels_with_their_values_below() -> None:
    tagged = _doc("""
        索引号: 113418230032916080/202412-00008 组配分类: 政务公开工作推进
        名称: 【工作总结】酉山镇2024年政务公开工作总结 文号:
        内容概述: 酉山镇2024年政务公开工作总结
        2024年，酉山镇坚持以习近平新时代中国特色社会主义思想为指导，扎实推进政务公开工作。
        一、主要工作
        依法公开。
        """)
    assert tagged.meta.title == "酉山镇2024年政务公开工作总结"
    listed = _doc("""
        政府信息公开
          • 信息索引号:

            330782000000/2024-549121

          • 发布机构:

            义水市人民政府

        2023年义水市法治政府建设工作情况报告
        点击关闭详细目录信息
        2023年以来，义水市深入贯彻落实习近平法治思想，法治政府建设取得新成效。
        一、主要工作
        完善制度。
        """)
    assert listed.meta.title == "2023年义水市法治政府建设工作情况报告"
    assert listed.meta.org == "义水市人民政府"


def test_a_wiki_page_with_its_neighbours_titles_side_by_side() -> None:
    doc = _doc("""
        跳转到内容
        2023年子川市人民政府工作报告
        維基文庫,自由的圖書館
        2022年子川市人民政府工作报告 2023年子川市人民政府工作报告
        作者:崔某某
        2024年子川市人民政府工作报告
        2023年2月13日在子川市第二届人民代表大会第二次会议上
        各位代表:
        现在，我代表市人民政府向大会报告工作，请予审议。
        一、2022年工作回顾
        一年来，我们团结奋进。
        """)
    assert doc.meta.title == "2023年子川市人民政府工作报告"
    assert doc.meta.year == 2023


def test_a_towns_session_names_its_government_and_the_publisher_names_it_more_fully() -> None:
    session_only = _doc("""
        政府工作报告
        ——2024年4月29日在修水镇第七届人民代表大会第四次会议上
        各位代表:
        现在，我代表镇人民政府向大会作工作报告，请予审议。
        一、2023年工作回顾
        一年来，全镇团结奋进。
        """)
    assert session_only.meta.org == "修水镇人民政府"
    published = _doc("""
        发布机构: 楚川市东山镇 生成日期:
        政府工作报告
        ——在东山镇第十二届人民代表大会第三次会议上
        各位代表:
        我代表东山镇人民政府，向大会报告工作，请予审议。
        2022年工作回顾
        一年来，全镇上下团结奋进。
        """)
    assert published.meta.org == "楚川市东山镇人民政府"


def test_a_compact_date_after_the_title() -> None:
    doc = _doc("""
        2023年灵川县政府工作报告(20230103)
        各位代表:
        现在，我代表县人民政府向大会报告工作，请予审议。
        一、2022年工作回顾
        一年来，我们团结奋进。
        """)
    assert doc.meta.title == "2023年灵川县政府工作报告"
    assert doc.meta.published == "2023-01-03"


def test_an_empty_label_does_not_swallow_the_title_or_a_part_below_it() -> None:
    doc = _doc("""
        松江市青浦区行政审批局
        松江市青浦区政务服务中心
        您当前所在位置:首页 > 信息公开
        发布机构: 青浦区白鹤镇
        内容概述:
        白鹤镇2023年工作总结及2024年工作计划
        浏览量:
        2023年，全镇上下凝心聚力，较好完成了全年目标任务。
        一、2023年工作回顾
        经济运行稳中有进。
        """)
    assert doc.meta.title == "白鹤镇2023年工作总结及2024年工作计划"
    assert doc.meta.org == "青浦区白鹤镇人民政府"
    report = _doc("""
        白鹤镇2024年政府信息公开工作年度报告
        • 发布日期:2025-01-20 09:30
        • 浏览次数:
        总体情况
        根据《中华人民共和国政府信息公开条例》，现公布本年度报告。
        （一）主动公开
        及时公开各类信息。
        （二）依申请公开
        全年收到申请3件。
        """)
    assert [(s.level, s.marker, s.title) for s in report.nodes if s.kind == "heading"] == [
        (1, "", "总体情况"), (2, "（一）", "主动公开"), (2, "（二）", "依申请公开")]


def test_a_budget_reports_year_part_heads_its_numbered_parts() -> None:
    doc = _doc("""
        关于白鹤区2024年预算执行情况和2025年预算草案的报告
        各位代表：
        受区人民政府委托，现将预算报告提请审议。
        2024年预算执行情况
        2024年，财政工作稳中有进。
        一、预算收支情况
        （一）一般公共预算
        收入完成年度预算。
        2025年预算草案
        2025年预算安排坚持量入为出。
        一、收入预算
        一般公共预算收入预计增长3%。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "", "2024年预算执行情况"), (2, "一、", "预算收支情况"), (3, "（一）", "一般公共预算"),
        (1, "", "2025年预算草案"), (2, "一、", "收入预算")]


def test_a_region_tag_and_a_full_text_note_are_not_part_of_the_title() -> None:
    doc = _doc("""
        (宁夏)2023年青铜峡市人民政府工作报告(全文)
        发布时间:2023-03-02 10:15
        2023年1月6日在青铜峡市第十届人民代表大会第二次会议上
        各位代表：
        一、2022年工作回顾
        全市经济稳中有进。
        """)
    assert doc.meta.title == "2023年青铜峡市人民政府工作报告"
    assert doc.meta.org == "青铜峡市人民政府"


def test_a_county_tag_before_a_title_is_the_sites_not_the_titles() -> None:
    doc = _doc("""
        (青山县)2021年白石镇人民政府工作报告(全文)
        ——2021年1月22日在白石镇第十七届人民代表大会第五次会议上
        各位代表:
        一、2020年工作回顾
        全镇经济稳中有进。
        """)
    assert doc.meta.title == "2021年白石镇人民政府工作报告"
    assert doc.meta.org == "白石镇人民政府"



@pytest.mark.parametrize(("line", "title"), [
    ("青石镇2022年度政府信息公开工作年度报告(文字版)", "青石镇2022年度政府信息公开工作年度报告"),
    ("(图解)青山市公安局青河区分局2021年政府信息公开工作年度报告", "青山市公安局青河区分局2021年政府信息公开工作年度报告"),
])
def test_the_form_a_page_gives_a_report_in_is_no_part_of_its_title(line: str, title: str) -> None:
    doc = _doc(f"""
        {line}
        本报告根据《中华人民共和国政府信息公开条例》编制。
        一、总体情况
        """)
    assert doc.meta.title == title
    assert "(" not in (doc.meta.org or "")


def test_a_row_of_site_links_an_image_file_and_spaced_label_rows_are_debris() -> None:
    doc = _doc("""
        中国政府网 河北省政府 邢州市政府
        21-banner_img.jpg
        当前位置:首页 > 政府信息公开 > 工作报告
        信息名称 邢州市柏乡镇2024年工作总结
        公开方式 主动公开
        组配分类 计划总结
        邢州市柏乡镇2024年工作总结
        2024年，柏乡镇坚持稳中求进，各项工作取得新成效。
        一、主要工作
        经济运行稳中向好。
        """)
    debris = {doc.text[s:e] for s, e in doc.debris}
    assert {"中国政府网 河北省政府 邢州市政府", "21-banner_img.jpg", "公开方式 主动公开",
            "信息名称 邢州市柏乡镇2024年工作总结"} <= debris
    assert doc.meta.title == "邢州市柏乡镇2024年工作总结"


def test_markup_a_copy_left_behind_is_debris() -> None:
    doc = _doc("""
        <legend id="k2x"></legend><samp id="k2x"></samp>
          • <input id="k2x"><address id="k2x"></address>
          1. <blockquote id="k2x"><rt id="k2x"></rt></blockquote>
          2. <meter id="k2x"></meter>
        南川县水利局2021年工作总结
        2021年，我局全力推进水利建设。
        一、主要工作
        完成水毁修复工程12处。
        """)
    assert doc.meta.title == "南川县水利局2021年工作总结"
    assert [(s.marker, s.title) for s in doc.nodes] == [("一、", "主要工作")]


def test_a_report_without_a_title_line_is_named_by_its_opening() -> None:
    announced = _doc("""
        根据《中华人民共和国政府信息公开条例》规定，现公布泉河县交通运输局2024年政府信息公开工作年度报告。
        一、总体情况
        全年主动公开信息120条。
        """)
    assert announced.meta.title == "泉河县交通运输局2024年政府信息公开工作年度报告"
    quoted = _doc("""
        根据条例要求，结合工作实际，编制并向社会公布《泉河县2023年政府信息公开工作年度报告》。
        一、总体情况
        全年主动公开信息80条。
        """)
    assert quoted.meta.title == "泉河县2023年政府信息公开工作年度报告"
    as_follows = _doc("""
        2023年，街道坚持依法行政，现将2023年法治政府建设相关工作报告如下：
        一、主要举措
        完善制度建设。
        """)
    assert as_follows.meta.title is None  # 报告 is the verb: no writer names the report


def test_the_publisher_row_of_a_poster_a_zone_and_a_prefecture_by_its_short_name() -> None:
    posted = _doc("""
        关于柳岸区2023年国民经济和社会发展计划执行情况的报告
        发布日期:2024-01-08    发布者:天津市柳岸区发展和改革委员会
        各位代表：
        受区人民政府委托，现将计划执行情况报告如下。
        一、2023年计划执行情况
        全区经济稳中有进。
        """)
    assert posted.meta.org == "天津市柳岸区发展和改革委员会"
    person = _doc("""
        关于柳岸区2023年国民经济和社会发展计划执行情况的报告
        发布日期:2024-01-08    发布者:王小明
        受区人民政府委托，现将计划执行情况报告如下。
        一、2023年计划执行情况
        全区经济稳中有进。
        """)
    assert person.meta.org != "王小明"
    zone = _doc("""
        贵州龙岗临空经济区2023年度法治政府建设工作情况报告
        2023年，经济区坚持依法行政。
        一、主要举措
        完善制度。
        """)
    assert zone.meta.org == "贵州龙岗临空经济区管理委员会"
    prefecture = _doc("""
        甘南州人民政府2024年度法治政府建设情况报告
        2024年，州人民政府坚持依法行政。
        一、主要举措
        完善制度。
        """)
    assert prefecture.meta.org == "甘南藏族自治州人民政府"


def test_a_search_box_empty_labels_and_a_sites_columns_never_make_the_title() -> None:
    labelled = _doc("""
        信息类别: 规划计划 公开方式: 主动公开 生成日期: 2025-05-15
        相关解读:
        相关文件:
        柳岸县石桥乡人民政府2025年政府工作报告
        各位代表：
        一、2024年工作回顾
        全乡经济稳中有进。
        """)
    assert labelled.meta.title == "柳岸县石桥乡人民政府2025年政府工作报告"
    searched = _doc("""
        搜索关键字
        柳岸市政府工作报告
        ——二〇二一年一月十八日在柳岸市第十五届人民代表大会第六次会议上
        内容来源:柳岸日报 时间:2021-01-29
        ——二〇二一年一月十八日在柳岸市第十五届人民代表大会第六次会议上
        柳岸市人民政府市长  周某某
        各位代表：
        一、2020年工作回顾
        全市经济稳中有进。
        """)
    assert searched.meta.title == "柳岸市政府工作报告"
    assert searched.meta.delivered == "2021-01-18"
    columns = _doc("""
        政府信息公开
        政府信息公开指南
        政府信息公开制度
        索引号: 015115177-202201-501651 主题分类: 政府工作报告
        发布机构:  柳岸市石桥区人民政府 发布日期: 2022-01-28 10:41
        名 称: 2022年政府工作报告
        2022年政府工作报告
        发布时间:2022-01-28 10:41
        各位代表：
        一、2021年工作回顾
        全区经济稳中有进。
        """)
    assert columns.meta.title == "2022年政府工作报告"


def test_a_dated_title_with_its_parts_below_and_a_dash_list_of_facts() -> None:
    parts = _doc("""
        石桥街道2019年工作总结和2020年重点工作安排 2020-10-19
        石桥街道2019年工作总结
        2020年重点工作安排
        2019年，街道各项工作稳步推进。
        一、社区党建扎实推进
        开展主题教育。
        """)
    assert parts.meta.title == "石桥街道2019年工作总结和2020年重点工作安排"
    assert parts.meta.published == "2020-10-19"
    listed = _doc("""
        柳岸市2023年政府工作报告
        ——在柳岸市第十届人民代表大会第三次会议上
        - 2023年03月16日
        - 来源:柳岸市人民政府办公室
        柳岸市人民政府市长 周某某
        (2023年2月8日)
        各位代表：
        一、2022年工作回顾
        全市经济稳中有进。
        """)
    assert listed.meta.published == "2023-03-16"
    assert listed.meta.delivered == "2023-02-08"


def test_a_banner_over_the_pages_furniture_does_not_run_into_the_title() -> None:
    doc = _doc("""
        智慧柳岸 数字政务
        发布时间:2024-01-02 来源:柳岸县司法局
        2023年度柳岸县司法局工作总结
        2023年，我局坚持依法行政，各项工作稳步推进。
        一、主要工作
        完善制度。
        """)
    assert doc.meta.title == "2023年度柳岸县司法局工作总结"


def test_a_title_printed_twice_a_street_by_its_short_name_and_a_zone_in_brackets() -> None:
    twice = _doc("""
        石桥镇2024年工作总结和2025年工作思路 石桥镇2024年工作总结和2025年工作思路 |
        2024年，石桥镇在市委市政府坚强领导下，各项工作稳步推进。
        一、2024年工作总结
        经济稳中有进。
        """)
    assert twice.meta.title == "石桥镇2024年工作总结和2025年工作思路"
    street = _doc("""
        当前位置:柳园街> 政务公开> 最新文件
        2022年柳园街法治政府建设工作总结
        发布日期: 2023-01-28 15:00      来源: 柳园街
        2022年,区委区政府的正确领导下,柳园街认真贯彻落实法治建设部署。
        一、强化组织领导
        落实第一责任人职责。
        """)
    assert street.meta.org == "柳园街道办事处"  # never 区委区政府, whose lead it was
    zone = _doc("""
        石港镇(滨海经济开发区)2023年上半年工作总结及下半年工作计划
        来源: 如皋县石港镇人民政府(滨海经济开发区) 发布时间:2023-07-01 09:52
        一、上半年工作回顾
        经济运行稳中有进。
        """)
    assert zone.meta.org == "石港镇人民政府"


def test_a_welcome_banner_a_breadcrumb_and_a_table_a_cell_a_line_without_colons() -> None:
    doc = _doc("""
        欢迎加入法治教育网!
        当前所在:首页 > 法纪通报 > 柳岸县教育局2022年度法治政府建设报告
        柳岸县教育局2022年度法治政府建设报告
        发文单位
        县人民政府
        发文日期
        2023-03-03 10:00
        效力状态
        有效
        2022年，我局认真贯彻落实法治政府建设实施纲要。
        一、基本情况
        全年办理行政复议2件。
        主要工作
        （一）深化行政审批改革
        推行告知承诺制。
        """)
    assert doc.meta.title == "柳岸县教育局2022年度法治政府建设报告"
    debris = {doc.text[s:e] for s, e in doc.debris}
    assert {"欢迎加入法治教育网!", "发文单位", "县人民政府", "效力状态", "有效"} <= debris
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "基本情况"), (1, "", "主要工作"), (2, "（一）", "深化行政审批改革")]


def test_an_introduction_stands_beside_the_numbered_parts() -> None:
    doc = _doc("""
        柳岸区2022年法治政府建设情况报告
        引 言
        2022年，区政府深入贯彻习近平法治思想。
        一、深入学习宣传贯彻习近平法治思想
        （一）坚持把学习贯彻作为首要任务
        开展专题学习12次。
        结束语
        我们将持续推进法治政府建设。
        """)
    assert [(s.level, s.title) for s in doc.nodes] == [
        (1, "引 言"), (1, "深入学习宣传贯彻习近平法治思想"), (2, "坚持把学习贯彻作为首要任务"),
        (1, "结束语")]


def test_a_banner_that_names_no_report_yields_to_the_title_row() -> None:
    doc = _doc("""
        欢乐棋牌游戏平台
        | 标题: | 石桥镇人民政府2025年度法治政府建设情况报告 | ||
        |---|---|---|---|
        | 发文日期: | 2026-01-06 | 发布机构: | 临淄区石桥镇人民政府 |
        2025年,石桥镇人民政府坚持依法行政。
        一、主要举措
        完善制度。
        """)
    assert doc.meta.title == "石桥镇人民政府2025年度法治政府建设情况报告"
    assert doc.meta.org == "临淄区石桥镇人民政府"


def test_a_title_row_whose_value_stands_on_the_line_after_its_label() -> None:
    doc = _doc("""
        - 索 引 号:4311230009/2025-00578 分 类:
        -
        发文机关:
        青山县教育局 发文日期:2025-02-25 15:58 - 名称:
        中共青山县教育局党组2024年度法治政府建设年度报告 - 文号:
        2024年,青山县教育局在县委、县政府的正确领导下,推进法治政府建设。现将有关情况报告如下:
        一、推进法治政府建设的主要举措和成效
        """)
    assert doc.meta.title == "中共青山县教育局党组2024年度法治政府建设年度报告"


def test_a_department_by_its_level_put_up_by_its_districts_government() -> None:
    doc = _doc("""
        区教育局2024年法治政府建设情况报告
        发布日期:2025-03-14    发布者:柳岸区人民政府
        2024年,柳岸区教育局坚持依法治教。
        一、主要举措
        完善制度。
        """)
    assert doc.meta.org == "柳岸区教育局"


def test_an_office_whose_name_holds_gongzuo_and_a_town_that_leads_its_opening() -> None:
    office = _doc("""
        上海市柳岸区地区工作办公室
        2023年度政府信息公开工作年度报告
        2024年1月31日
        本年度报告根据《中华人民共和国政府信息公开条例》编制。
        一、总体情况
        全年主动公开信息5条。
        """)
    assert office.meta.org == "上海市柳岸区地区工作办公室"
    town = _doc("""
        责任部门 石桥镇 公开形式 主动公开
        责任科室 石桥镇 公开范围 面向社会
        石桥镇法治政府建设年度报告(2024年度)
        2024年,石桥镇在镇委、镇政府的正确领导下,坚持依法行政。
        一、主要成效
        完善制度。
        """)
    assert town.meta.org == "石桥镇人民政府"
    assert "责任科室 石桥镇 公开范围 面向社会" in {town.text[s:e] for s, e in town.debris}


# A site that prints a report's paragraphs in one line, a space where each break was.
_RUN_TOGETHER = (
    "青石镇2023年工作总结\n"
    "2023年,青石镇在县委县政府的坚强领导下,稳中求进,各项事业取得新的进展,圆满完成了全年目标任务。"
    " 一、2023年主要工作 (一)产业发展有了新起色。新建茶叶基地两千亩,引进加工企业三家,"
    "全年农业总产值同比增长百分之六。 (二)集镇面貌有了新变化 一是完成老街改造。"
    "改造路面一点二公里。二是建成农贸市场。 二、2024年工作打算 全面落实县委部署,抓好项目建设。\n"
)


def test_a_page_that_ran_its_paragraphs_together_still_has_its_outline() -> None:
    doc = _doc(_RUN_TOGETHER)
    outline = [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"]
    assert outline == [
        (1, "一、", "2023年主要工作"),
        (2, "(一)", "产业发展有了新起色"),
        (2, "(二)", "集镇面貌有了新变化"),  # ends where its first point starts
        (1, "二、", "2024年工作打算"),
    ]
    assert doc.text == _RUN_TOGETHER  # the spaces stay where the page put them
    assert [doc.text[at - 1:at + 2] for at in doc.breaks][:2] == ["。 一", "作 ("]


@pytest.mark.parametrize("text", [
    pytest.param(
        "一、主要工作\n"
        "今年办好十件实事:(1)新建农村公路五百公里,改造危桥二十座,实现建制村通客车全覆盖。(2)新增城镇就业两万人,"
        "帮助五千名就业困难人员实现再就业。"
        " (3)新农合覆盖面达到百分之八十,财政补助标准由每人三十五元提高到四十元。(4)资助困难学生一万名。\n",
        id="a paragraph's own list with a stray space"),
    pytest.param(
        "一、十件民生实事\n"
        "| 项目 | 内容 |\n"
        "| --- | --- |\n"
        "| 公共卫生 | （1）推进公共场所母婴室建设,年内建成一百五十间以上母婴室,命名三十间示范点。"
        "   （2）确保疫苗安全,年底前各区疾控中心和基层医疗卫生机构全部实现疫苗冷链信息化追溯管理,"
        "全程记录疫苗流向,确保每一支疫苗来源可查、去向可追。 |\n",
        id="a table cell that lists its items"),
])
def test_a_long_line_with_spaced_markers_is_not_always_run_together_paragraphs(text: str) -> None:
    doc = _doc(text)
    assert doc.breaks == ()
    assert [s.marker for s in doc.nodes if s.kind == "heading"] == ["一、"]


def test_the_publisher_row_names_who_reports_to_the_congress_and_its_city() -> None:
    doc = _doc("""
        索 引 号 1150100/2023-00005 主题分类 其他
        发文机构 市发展和改革委员会 文  号
        成文日期 2022-12-30 公文时效 有效
        关于白水河口市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告
        发布时间:2023-01-25 18:30
        ——2022年12月30日在白水河口市第十六届人民代表大会第二次会议上
        各位代表:
        受市人民政府委托,现将白水河口市2022年计划执行情况报告如下,请予审议。
        一、2022年国民经济和社会发展计划执行情况
        全市经济运行总体平稳。
        """)
    assert doc.meta.org == "白水河口市发展和改革委员会"  # not the government the congress hears
    assert doc.meta.session == "白水河口市第十六届人民代表大会第二次会议"


def test_an_annual_disclosure_report_titled_with_its_place_a_space_and_its_year() -> None:
    doc = _doc("""
        政府信息公开年报
        分享到:
        青石县 2022年政府信息公开年报
        【字体:
        本报告根据《中华人民共和国政府信息公开条例》要求,由青石县人民政府办公室编制。
        一、总体情况
        2022年,青石县坚持以公开为常态。
        """)
    assert doc.meta.title == "青石县 2022年政府信息公开年报"  # the site's column is not it
    assert doc.meta.org == "青石县人民政府"
    assert doc.meta.year == 2022


def test_a_work_summary_and_plan_titled_with_谋划_below_the_metadata() -> None:
    doc = _doc("""
        乡镇、部门非规范性文件
        索引号:   002571667/2023-00008 发文时间:   2023-01-04
        公开方式:   主动公开 公开时限:   长期公开
        文件编号:   发布机构:   青石镇人民政府
        青石镇2022年重点工作总结及2023年工作思路谋划
        一、2022年重点工作汇报
        2022年,青石镇圆满完成各项工作。
        """)
    assert doc.meta.title == "青石镇2022年重点工作总结及2023年工作思路谋划"
    assert [s.title for s in doc.sections] == ["2022年重点工作汇报"]


def test_a_work_report_that_names_no_year_is_the_year_its_page_came_out() -> None:
    doc = _doc("""
        青石县人民代表大会常务委员会工作报告
        版次:04    作者:2023年02月10日
        (上接第一版)常委会组织宪法宣誓70人次。
        三、坚持正确监督有效监督依法监督
        加强高质量发展监督。
        """)
    assert doc.meta.year == 2023


def test_a_browser_notice_and_its_close_button_are_furniture() -> None:
    doc = _doc("""
        建议升级浏览器版本到最新版本!
        X
        青石市司法局关于2025年度法治政府建设情况的报告
        来源:  青石市司法局 发布时间:  2026-02-12 09:41
        2025年,市司法局深入践行习近平法治思想。
        一、主要举措
        加强组织领导。
        """)
    assert doc.meta.title == "青石市司法局关于2025年度法治政府建设情况的报告"
    assert [doc.text[s:e] for s, e in doc.debris][:2] == ["建议升级浏览器版本到最新版本!", "X"]


def test_a_long_browser_notice_and_its_greeting_are_furniture() -> None:
    doc = _doc("""
        尊敬的用户,您好!

        网站不支持您所使用的浏览器版本(可能会出现网页变形等问题)。为了更好地展示页面效果,请您使用以下浏览器。


        青石省档案馆2021年度政府信息公开工作年度报告

        来源:青石省档案馆 发布时间:2022-01-27 16:45:22
        本年度报告由青石省档案馆编制。
        一、总体情况
        加强组织领导。
        """)
    assert doc.meta.title == "青石省档案馆2021年度政府信息公开工作年度报告"
    assert [doc.text[s:e] for s, e in doc.debris][:2] == [
        "尊敬的用户,您好!", "网站不支持您所使用的浏览器版本(可能会出现网页变形等问题)。为了更好地展示页面效果,请您使用以下浏览器。"]


def test_a_one_character_county_the_table_does_not_list_is_a_slip() -> None:
    # ``做县`` for ``攸县``: every county of one character is in the table of divisions
    doc = _doc("""
        2020年政府信息公开工作年度报告
        根据《条例》要求,2020年,在县委、县政府的领导下,做县行政审批服务局紧紧围绕“五个一”的部署推进改革。
        一、总体情况
        (一)主动公开政府信息情况
        2020年,县行政审批服务局紧紧围绕县委县政府中心工作,公开《攸县政务服务事项目录(2020版)》《攸县县本级公共服务事项目录》。
        """)
    assert doc.meta.org == "攸县行政审批服务局"


def test_a_supply_and_marketing_cooperative_writes_its_report() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定要求,现向社会公布青河区供销联社2021年政府信息公开工作年度报告。
        一、总体情况
        2021年,区供销联社认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "青河区供销联社2021年政府信息公开工作年度报告"
    assert doc.meta.org == "青河区供销联社"


def test_a_government_and_its_office_report_as_the_government() -> None:
    doc = _doc("""
        青河区人民政府及办公室2008年政府信息公开工作年度报告
        本年度报告由青河区人民政府编制。
        一、基本概况
        我区全面公开政府信息。
        """)
    assert doc.meta.org == "青河区人民政府"


def test_a_year_first_title_names_its_writer_with_its_places_other_name() -> None:
    doc = _doc("""
        2021年青河区(青河高新区)政府办公室政府信息公开工作年度报告
        一、总体情况
        2021年青河区(青河高新区)人民政府办公室认真贯彻落实《条例》。
        """)
    assert doc.meta.org == "青河区(青河高新区)人民政府办公室"


def test_an_office_drew_up_the_report_by_what_the_rules_required() -> None:
    doc = _doc("""
        本年度报告是由青河区人民政府青石街道办事处办公室根据《中华人民共和国政府信息公开条例》等文件要求编制而成。如对本报告有任何疑问,请与青石办事处办公室联系。
        一、总体情况
        2024年,本街道全力推进政府信息公开工作。
        """)
    assert doc.meta.org == "青河区人民政府青石街道办事处"


def test_a_first_part_whose_number_the_copy_lost_stands_beside_the_second() -> None:
    doc = _doc("""
        现将青河县医疗保障局2024年政府信息公开工作年度报告予以公开发布。
        总体情况
        (一)主动公开政府信息情况。累计公布各类信息167条。
        (二)依申请公开情况。全年未收到申请。
        二、主动公开政府信息情况
        三、收到和处理政府信息公开申请情况
        """)
    assert [(s.level, s.title) for s, _ in doc.walk()] == [
        (1, "总体情况"), (2, "主动公开政府信息情况"), (2, "依申请公开情况"),
        (1, "主动公开政府信息情况"), (1, "收到和处理政府信息公开申请情况")]


def test_a_row_of_the_table_of_requests_cut_before_its_bar_is_no_part() -> None:
    doc = _doc("""
        青河县卫生健康局2019年政府信息公开工作年度报告
        一、总体情况
        全年公开信息120条。
        二、主动公开政府信息情况
        三、收到和处理政府信息公开申请情况
        申请人情况 |
        自然人 |
        法人或其他组织 |
        |||||
        一、本年新收政府信息公开申请数量 |
        |
        0 |
        ||
        二、上年结转政府信息公
        """)
    assert [s.title for s, _ in doc.walk()] == [
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况"]
    # a row named by its outcome, cut in its note
    doc = _doc("""
        一、总体情况
        全年公开信息120条。
        二、收到和处理政府信息公开申请情况
        三、本年度办理结果 | (一)予以公开 | 0 | 0 |
        (二)部分公开(区分处理的,只计这一情
        """)
    assert [s.title for s, _ in doc.walk()] == ["总体情况", "收到和处理政府信息公开申请情况"]
    doc = _doc("""
        一、总体情况
        全年公开信息120条。
        二、收到和处理政府信息公开申请情况
        三、本年度办理结果 | (一)予以公开 | 0 | 0 |
        (二)部分公开(区
        """)
    assert [s.title for s, _ in doc.walk()] == ["总体情况", "收到和处理政府信息公开申请情况"]


def test_the_parts_of_a_disclosure_report_named_without_numbers_are_headings() -> None:
    doc = _doc("""
        青河县民政局2020年度政府信息公开工作年度报告
        总体情况
        2020年以来,我局认真贯彻落实《条例》。
        主动公开政府信息情况
        第二十条第(一)项 |
        信息内容 |
        规章 |
        0 |
        收到和处理政府信息公开申请情况
        申请人情况 |
        """)
    assert [(s.level, s.title) for s, _ in doc.walk()] == [
        (1, "总体情况"), (1, "主动公开政府信息情况"), (1, "收到和处理政府信息公开申请情况")]


def test_a_part_numbered_after_a_line_without_a_number_stands_beside_the_part_before() -> None:
    doc = _doc("""
        一、总体情况
        全年公开信息630条。
        主动公开政府信息情况
        (一)主动公开政府信息数量
        全年主动公开政府信息630条。
        (二)主动公开途径
        在政府门户网站发布。
        二、收到和处理政府信息公开申请情况
        全年未收到申请。
        """)
    assert [(s.level, s.title) for s, _ in doc.walk()] == [
        (1, "总体情况"), (1, "主动公开政府信息情况"), (2, "主动公开政府信息数量"),
        (2, "主动公开途径"), (1, "收到和处理政府信息公开申请情况")]
    # (a line that leads into a list under a part does not keep the next part under it)
    doc = _doc("""
        二、今后五年奋斗目标
        今后五年,是青河全面建成小康社会的关键时期。
        今后五年我县经济社会发展的主要目标是:
        ——综合实力显著增强。地区生产总值年均增长8%。
        ——人民生活明显改善。城乡居民收入稳步增长。
        三、2013年主要任务
        (一)全力推动经济持续健康发展
        稳增长。
        """)
    levels = {s.title: s.level for s, _ in doc.walk() if s.kind == "heading"}
    assert levels == {"今后五年奋斗目标": 1, "2013年主要任务": 1, "全力推动经济持续健康发展": 2}


def test_a_numbered_part_named_like_a_metadata_label_is_a_heading() -> None:
    doc = _doc("""
        一、政府信息公开工作情况
        1.政府信息主动公开情况
        2018年主动公开政府信息173条。
        2.公开方式
        一是在青河网发布。二是通过报纸、电视发布。
        3.依申请公开政府信息的情况
        2018年没有收到申请。
        """)
    assert [s.title for s, _ in doc.walk() if s.kind == "heading"] == [
        "政府信息公开工作情况", "政府信息主动公开情况", "公开方式", "依申请公开政府信息的情况"]


def test_the_graphic_version_of_the_title_is_the_title() -> None:
    doc = _doc("""
        青河市行政服务中心2017年度政府信息公开工作年度报告
        信息来源: 市行政服务中心 发布时间: 2018-04-12 16: 49 浏览次数:

        图解——青河市人民政府行政服务中心2017年度政府信息公开工作年度报告

        根据《条例》要求,特向社会公布青河市人民政府行政服务中心2017年度政府信息公开工作报告。
        一、概述
        全年公开信息。
        """)
    assert doc.meta.title == "青河市人民政府行政服务中心2017年度政府信息公开工作年度报告"


def test_a_departments_branch_in_a_county_is_the_office_named() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》等文件规定,我局结合2022年度信息公开工作情况编制了本报告。
        一、总体情况
        (一)领导重视,职责明确。怀化市生态环境局麻阳分局高度重视政府信息公开工作,做到主要领导亲自抓。
        """)
    assert doc.meta.org == "怀化市生态环境局麻阳分局"


def test_the_offices_a_report_sums_up_are_not_its_writer() -> None:
    doc = _doc("""
        按照《中华人民共和国政府信息公开条例》,汇总调兵山市各镇街、各有关部门政府信息公开工作情况编制而成。如对本报告有疑问,请与调兵山市人民政府办公室联系。
        一、总体情况
        2021年,调兵山市进一步完善公开制度。
        """)
    assert doc.meta.org == "调兵山市人民政府"


def test_we_the_bureau_and_later_the_bureau_by_its_level() -> None:
    doc = _doc("""
        2021年以来,我局在市委、市政府的正确领导下,全面落实《青河市2021年全面依法治市工作要点》《青河市2021年依法行政工作要点》。现将我局法治政府建设工作情况报告如下:
        一、2021年推进法治政府建设主要举措和成效
        (一)强化党对法治建设领导
        1.深入学习宣传贯彻习近平法治思想。市财政局党组始终把习近平法治思想贯彻落实到依法理财全过程。
        """)
    assert doc.meta.org == "青河市财政局"
    # (the bureau by its level, setting up what it works by)
    doc = _doc("""
        一、总体情况
        2021年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,按照市委、市政府统一部署,加强组织领导。
        (一)领导组织、工作机制落实情况
        为加强对政府信息公开工作的组织领导,市统计局成立了由局长任组长的政务公开领导小组。
        (二)主动公开情况
        按要求公开《青河市2020年国民经济和社会发展统计公报》,按季度公开青河市主要经济指标完成情况。
        """)
    assert doc.meta.org == "青河市统计局"


def test_a_columns_name_over_the_page_is_no_title() -> None:
    doc = _doc("""
        政策文件
        用微信扫描二维码分享至好友和朋友圈
        引言:
        根据《中华人民共和国政府信息公开条例》等有关规定,现公布2020年度青河市青石乡人民政府政府信息公开工作年度报告。
        一、总体情况
        2020年青河市青石乡政府深入贯彻《条例》。
        """)
    assert doc.meta.title == "2020年度青河市青石乡人民政府政府信息公开工作年度报告"
    doc = _doc("""
        公示公告
        2022年市交通运输局在市委、市政府的正确领导下,深入学习宣传习近平法治思想。
        一、主要工作情况
        (一)全面提升交通运输法治政府部门建设水平
        """)
    assert doc.meta.title is None


def test_a_copys_readings_do_not_part_the_writer_from_its_title() -> None:
    doc = _doc("""
        1
        濟(jì)南市青河區(qū)文化和旅游局
        2023 年政府信息公開(kāi)工作年度報(bào)告
        本報(bào)告根據(jù)條例編制。
        一、總體情況
        完成。
        """)
    assert doc.meta.title == "濟南市青河區文化和旅游局2023 年政府信息公開工作年度報告"
    assert doc.meta.org == "濟南市青河區文化和旅游局"


def test_a_report_announced_after_the_clause_that_says_why() -> None:
    doc = _doc("""
        本年度报告根据《中华人民共和国政府信息公开条例》相关要求,发布青石省海洋局2022年政府信息公开工作年度报告。本报告包括总体情况等六个部分。
        一、总体情况
        2022年,全面推进政务公开。
        """)
    assert doc.meta.title == "青石省海洋局2022年政府信息公开工作年度报告"
    assert doc.meta.org == "青石省海洋局"


def test_a_committees_office_over_its_title_is_no_speaker() -> None:
    doc = _doc("""
        青河经济开发区管理委员会办公室
        2020年政府信息公开工作年度报告
        本报告根据《条例》编制并向社会公开。
        一、总体情况
        2020年,管委会办公室做好信息公开工作。
        """)
    assert doc.meta.title == "青河经济开发区管理委员会办公室2020年政府信息公开工作年度报告"
    assert doc.meta.speaker is None


def test_a_zone_named_by_its_kind_alone_is_not_the_writer() -> None:
    doc = _doc("""
        本年报根据新修订的《中华人民共和国政府信息公开条例》,结合2019年高新区政府信息公开工作实际编制而成。
        一、总体情况
        2019年,青河国家高新区管委会办公室政务公开工作按照年初下发的工作要点推进。
        """)
    assert doc.meta.org == "青河国家高新区管委会办公室"


def test_a_year_written_without_its_nian_before_the_field() -> None:
    doc = _doc("""
        青石省经济和信息化厅2022政府信息公开工作年度报告
        一、总体情况
        (一)主动公开情况。
        """)
    assert doc.meta.year == 2022


def test_a_read_aloud_button_is_furniture() -> None:
    doc = _doc("""
        青河区民政局2021年工作总结和2022年工作思路
        日期:2022-01-13 15:19:46 来源:区民政局 浏览量:
        朗读
        一、2021年工作总结
        (一)民生兜底保障水平持续提升。
        """)
    assert [s.title for s, _ in doc.walk()] == ["2021年工作总结", "民生兜底保障水平持续提升"]


def test_a_police_branch_by_its_short_name_is_the_citys_branch_the_text_names() -> None:
    doc = _doc("""
        本报告由滨江区公安分局编制。如对本报告有疑问,请与杭州市公安局滨江区分局联系。
        一、总体情况
        2022年,分局全面推进政务公开。
        """)
    assert doc.meta.org == "杭州市公安局滨江区分局"


def test_a_counter_left_empty_over_a_wrapped_title_takes_no_value() -> None:
    doc = _doc("""
        您当前所在位置: 首页 > 部门公开信息 > 县卫健委 > 信息公开年度报告

        青河县卫生健康委2023年政府信息公开工作年度报告

        访问量:

        青河县卫生健康委2023年政府信息公开工作

        年度报告

        一、总体情况

        2023年,我委扎实落实《条例》。
        """)
    assert doc.meta.title == "青河县卫生健康委2023年政府信息公开工作年度报告"


def test_a_paragraph_opens_with_its_year_and_the_writer_without_a_comma() -> None:
    doc = _doc("""
        依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。
        一、总体情况
        2021年青石街道深入贯彻《政府信息公开条例》,全面推进街道信息公开工作。
        """)
    assert doc.meta.org == "青石街道办事处"


def test_the_comrade_who_read_it_is_not_its_writer() -> None:
    doc = _doc("""
        王某同志在政协青河市第十三届委员会常务委员会工作报告
        各位委员:
        现在,我代表政协青河市第十三届委员会常务委员会,向大会报告工作。
        一、过去五年工作回顾
        五年来,我们坚持团结民主。
        """)
    assert doc.meta.org is not None and doc.meta.org.startswith("政协青河市")


def test_an_annual_report_wrapped_before_its_last_word() -> None:
    doc = _doc("""
        2016年青河市青石镇政府信息公开年报

        发布日期: 2017- 01- 13 00: 00 浏览次数:

        2016年青河市青石镇政府信息公开

        年报

        (2017年1月12日)

        引言

        本年报是根据《条例》要求编制的2016年政府信息公开年度报告。
        一、概述
        全年公开信息。
        """)
    assert doc.meta.title == "2016年青河市青石镇政府信息公开年报"


def test_a_report_announced_as_made_public_below() -> None:
    doc = _doc("""
        根据《条例》有关要求,现将青河县水务局2023年政府信息公开工作年度报告公布如下。
        一、总体情况
        2023年以来,青河县水务局始终坚持依法公开。
        """)
    assert doc.meta.title == "青河县水务局2023年政府信息公开工作年度报告"


def test_the_office_to_ask_is_not_the_subject_of_the_opening() -> None:
    doc = _doc("""
        根据《条例》编制本报告,本报告所列数据统计时限为2022年1月1日至12月31日, 如对本报告有疑问,请联系青河市政府政务服务中心(电话:0911-7112744)。
        一、总体情况
        2022年,青河市人民政府坚持深化政务公开。
        """)
    assert doc.meta.org == "青河市人民政府"


def test_the_office_whose_work_the_report_sums_up() -> None:
    doc = _doc("""
        本报告系根据《条例》及相关文件要求编制,总结青河市青石区人民政府办公室2021年政府信息公开工作情况。本报告包括总体情况等六个部分。
        一、总体情况
        全年公开信息。
        """)
    assert doc.meta.org == "青河市青石区人民政府办公室"


def test_the_zone_whose_work_the_report_was_drawn_up_on() -> None:
    doc = _doc("""
        本年度报告是根据《条例》规定,根据青河工业园区管理委员会的政府信息公开年度工作情况进行编制。本年度报告电子版可在青河县人民政府网站查阅。
        一、总体情况
        全年公开信息。
        """)
    assert doc.meta.org == "青河工业园区管理委员会"


def test_a_wrapped_title_over_its_byline_and_date_stays_the_title() -> None:
    doc = _doc("""
        青河市人民政府2016年
        政府信息公开工作年度报告
        青河市人民政府办公室
        2017年3月
        本报告是根据《条例》要求,综合各县、区和市政府各部门的报告而成。
        一、概述
        2016年,我市政府信息公开工作深入推进。
        """)
    assert doc.meta.title == "青河市人民政府2016年政府信息公开工作年度报告"
    assert doc.meta.org == "青河市人民政府"


def test_a_breadcrumb_that_leaves_steps_out_and_a_print_button_are_furniture() -> None:
    doc = _doc("""
        您所在的位置: 首页
        > ... > 政府信息公开年度报告

        青河县人民政府2023年政府信息公开工作年度报告
        市政府办公室  2024-01-23【打印该页】

        一、总体情况
        全年公开信息。
        """)
    assert doc.meta.title == "青河县人民政府2023年政府信息公开工作年度报告"
    assert [s.title for s, _ in doc.walk()] == ["总体情况"]


def test_a_copys_readings_inside_the_writers_name_in_the_text() -> None:
    doc = _doc("""
        本報(bào)告依據(jù)《條例》要求編制。本報(bào)告的電子版可從青河市財(cái)政局網站下載。如對本報(bào)告有疑問,請與青河市財(cái)政局辦公室聯系。
        一、總體情況
        全年公開信息。
        """)
    assert doc.meta.org == "青河市財政局"


def test_a_street_office_by_its_short_name_announces_its_report() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,现公开2022年青石路街办政府信息公开工作年度报告。报告全文包括总体情况等。
        一、总体情况
        全年公开信息。
        """)
    assert doc.meta.title == "2022年青石路街办政府信息公开工作年度报告"
    assert doc.meta.org == "青石路街道办事处"


def test_a_streets_office_for_its_own_affairs_draws_up_the_streets_report() -> None:
    doc = _doc("""
        本报告根据有关工作要求,由青河市青石区人民政府河西街道办事处党政综合与社区建设办公室编制。
        一、总体情况
        全年公开信息。
        """)
    assert doc.meta.org == "青河市青石区人民政府河西街道办事处"


def test_the_words_that_make_a_report_public_are_no_name() -> None:
    doc = _doc("""
        根据《条例》要求,特向社会公布区水利局政府信息公开工作年度报告。本报告中所列数据的统计时限自2016年1月1日起至2016年12月31日止。
        一、概述
        全年公开信息。
        """)
    assert not (doc.meta.org or "").startswith("特向")


def test_a_farm_writes_its_own_summary() -> None:
    doc = _doc("""
        2025年青石农场年度工作总结
        2025年,青石农场在市委、市政府的坚强领导下,各项工作稳步推进。
        一、2025年工作总结
        经济运行稳中有进。
        """)
    assert doc.meta.org == "青石农场"


def test_a_part_the_title_names_is_a_heading_not_the_title_again() -> None:
    doc = _doc("""
        发布机构: | 青石镇 | 公开方式: | 主动公开 |
        青石镇2023年工作总结及2024年工作思路
        2023年工作总结
        今年以来,青石镇全力推进高质量发展。主要做了以下几方面工作:
        一、聚焦高质量发展,经济实现新突破
        1.重点项目加速推进
        """)
    assert doc.meta.title == "青石镇2023年工作总结及2024年工作思路"
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "", "2023年工作总结"), (2, "一、", "聚焦高质量发展,经济实现新突破"), (3, "1.", "重点项目加速推进")]


def test_the_column_a_breadcrumb_ends_with_is_not_the_title() -> None:
    doc = _doc("""
        您现在的位置是: 首页 > 专题材料 > 政府报告
        政府报告
        青石县2023年政府工作报告
        2023-02-23 01:42:29 政府报告
        各位代表:现在,我代表县人民政府,向大会报告工作,请予审议。
        一、2022年工作回顾
        2022年,是极不平凡的一年。
        """)
    assert doc.meta.title == "青石县2023年政府工作报告"
    assert doc.meta.org == "青石县人民政府"


def test_a_breadcrumb_that_ends_with_the_title_leaves_the_title_alone() -> None:
    doc = _doc("""
        首页 > 政务公开 > 青石县2023年法治政府建设情况报告
        青石县2023年法治政府建设情况报告
        2023年,我县深入推进依法行政。
        一、主要举措
        加强组织领导。
        """)
    assert doc.meta.title == "青石县2023年法治政府建设情况报告"


def test_a_site_menu_with_its_home_link_spaced_out_is_furniture() -> None:
    doc = _doc("""
        首   页 走进青石 新闻中心 政府信息公开 政务服务 互动交流 专题专栏

        2023年度青石区法治政府建设情况

        2023年,区政府始终坚持以习近平法治思想为指引,现将情况报告如下:
        一、法治建设工作开展情况
        加强党委领导。
        """)
    assert doc.meta.title == "2023年度青石区法治政府建设情况"


def test_a_title_the_page_wrapped_under_a_congress_series_label() -> None:
    doc = _doc("""
        县十六届人
        次会议文件

        青石县2023年国民经济和社会发展计划执行情况与

        2024年国民经济和社会发展计划草案的报告

        ——2024年1月18日在青石县第十六届人民代表大会第三次会议上
        青石县发展和改革委员会
        各位代表:
        受县人民政府委托,现将计划执行情况提请审议。
        一、2023年计划执行情况
        全县经济稳中向好。
        """)
    assert doc.meta.title == "青石县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
    assert doc.meta.org == "青石县发展和改革委员会"


def test_a_banner_over_a_title_that_opens_as_a_whole_one_is_not_its_first_half() -> None:
    for banner in ("Loading……", "正文内容区域请使用tab按钮切换浏览", "青石市十六届人大常委会第十二次会议文件"):
        doc = _doc(f"""
            {banner}
            关于2022年度青石市级预算执行和其他财政收支的审计工作报告
            市审计局局长 周某某
            主任、副主任、秘书长、各位委员:
            我受市政府委托,向青石市人大常委会报告审计情况,请予审议。
            一、市级预算执行审计情况
            市级预算执行总体较好。
            """)
        assert doc.meta.title == "关于2022年度青石市级预算执行和其他财政收支的审计工作报告", banner
        assert doc.meta.org == "青石市审计局", banner  # the 市 its text names, twice


def test_the_page_headline_over_the_reports_own_title_with_its_writer() -> None:
    doc = _doc("""
        首页/ 公开 / 法定主动公开内容 / 区政府文件 / 正文
        关于2025年法治政府建设情况的报告
        来源:青石区人民政府 发布时间:2026-03-16 17:46
        青石区人民政府
        关于2025年法治政府建设情况的报告
        区人大常委会:
        2025年,区政府深入推进依法行政。
        一、主要举措
        加强组织领导。
        """)
    assert doc.meta.title == "青石区人民政府关于2025年法治政府建设情况的报告"
    wrapped = _doc("""
        关于2022年度法治政府部门建设工作情况的报告
        发布日期:2023-03-01 08:11
        青石省交通运输厅
        关于2022年度法治政府部门建设
        工作情况的报告
        2022年,我厅不断深化交通运输法治政府部门建设。现将有关工作情况报告如下:
        一、加强组织领导,工作机制更健全
        深入学习贯彻习近平法治思想。
        """)
    assert wrapped.meta.title == "青石省交通运输厅关于2022年度法治政府部门建设工作情况的报告"


def test_the_reports_own_title_in_its_own_words_on_one_line_under_the_headline() -> None:
    doc = _doc("""
        青山街道关于2025年度法治政府建设情况的报告
        青山街道关于2025年法治政府建设情况的报告
        2025年以来,青山街道深入推进依法行政。
        一、主要举措和成效
        加强组织领导。
        """)
    assert doc.meta.title == "青山街道关于2025年法治政府建设情况的报告"
    placed = _doc("""
        青河县青石镇人民政府关于2025年法治政府建设情况的报告
        青石镇人民政府关于2025年法治政府建设情况的报告
        2025年,青石镇人民政府深入推进依法行政。
        一、工作推进情况
        加强组织领导。
        """)
    assert placed.meta.title == "青石镇人民政府关于2025年法治政府建设情况的报告"
    # (the page's headline dates it: the day it was put up, though the own title under it is read)
    dated = _doc("""
        青河县2023年政府工作报告(20221221)

        青河县2023年政府工作报告

        各位代表:
        一、回首2022年
        2022年,是青河发展进程中极不平凡的一年。
        """)
    assert (dated.meta.title, dated.meta.published) == ("青河县2023年政府工作报告", "2022-12-21")


def test_a_league_a_spaced_year_and_a_summary_that_comes_with_a_plan() -> None:
    league = _doc("""
        青石盟2024年政府信息公开工作年度报告
        本报告根据《中华人民共和国政府信息公开条例》编制。
        一、总体情况
        2024年,青石盟坚持以公开为常态。
        """)
    assert league.meta.org == "青石盟行政公署"
    spaced = _doc("""
        2025 年青石区政府工作报告
        各位代表:
        现在,我代表区人民政府向大会报告工作,请予审议。
        一、2024年工作回顾
        2024 年,全区经济稳中向好。
        """)
    assert spaced.meta.org == "青石区人民政府"
    assert spaced.meta.year == 2025
    summary = _doc("""
        青石县民政局2025年工作计划和2024年工作总结
        在县委、县政府的正确领导下,我局各项工作稳步推进。
        一、2024年工作开展情况
        兜牢民生底线。
        """)
    assert summary.meta.year == 2024  # the year it sums up


def test_a_part_after_an_announcement_that_lost_its_colon() -> None:
    doc = _doc("""
        青石乡人民政府关于2025年度法治政府建设情况的报告
        2025年,青石乡全力推进法治政府建设。现将有关情况报告如下

        2025年推进法治政府建设的主要举措和成效

        (一)深入学习贯彻习近平法治思想,加强党对法治工作的领导

        坚持把党的领导作为法治政府建设的根本保证。
        """)
    assert [(s.level, s.title) for s in doc.nodes] == [
        (1, "2025年推进法治政府建设的主要举措和成效"),
        (2, "深入学习贯彻习近平法治思想,加强党对法治工作的领导")]


def test_a_table_of_contents_at_the_top_is_not_the_outline() -> None:
    doc = _doc("""
        一、2024年工作回顾
        二、2025年目标任务和重点工作
        (一)坚持生态保护第一
        (二)夯实经济基础,推动高质量发展
        三、全面加强政府自身建设
        2025年青石县政府工作报告
        各位代表:
        现在,我代表县人民政府向大会报告工作,请予审议。
        一、2024年工作回顾
        过去的一年,是感恩奋进的一年。
        二、2025年目标任务和重点工作
        (一)坚持生态保护第一
        筑牢生态安全屏障。
        """)
    assert doc.meta.title == "2025年青石县政府工作报告"
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "2024年工作回顾"), (1, "二、", "2025年目标任务和重点工作"),
        (2, "(一)", "坚持生态保护第一")]


def test_the_column_over_the_breadcrumb_and_a_committee_title_spaced_by_the_page() -> None:
    court = _doc("""
        法院工作报告
        您当前的位置:首页>>法院概况>>法院工作报告
        青石市白水区人民法院2022年度工作报告
        发布时间: 2023-06-27 02:51      信息来源:      阅读次数: 4393
        各位代表:
        我代表白水区人民法院向大会报告工作,请予审议。
        2022年的主要工作
        2022年,区法院坚持以习近平法治思想为指导。
        """)
    assert court.meta.title == "青石市白水区人民法院2022年度工作报告"
    committee = _doc("""
        青石市白水区人民代表大会 常务委员会工作报告
        2025-06-12
        各位代表:
        我受区人大常委会委托,向大会报告工作,请予审议。
        2024年以来工作回顾
        区人大常委会依法履职。
        """)
    assert committee.meta.org == "青石市白水区人民代表大会常务委员会"


def test_a_site_motto_and_a_row_of_two_cells_are_debris_over_a_headline_with_its_subtitle() -> None:
    doc = _doc("""
        认识青山 | 新闻中心 | 图片库 | 网站地图 登录 | 注册
            凡是不涉及国家秘密的政府信息,都要向社会公开。——摘自《青山市政务公开工作规定》
            索 引 号: 420000000/2013-00001     分    类: 政务督查;报告
            发布机构: 市政府     发文日期: 2013年02月20日

        2013年青山市政府工作报告——2013年1月5日在青山市第十六届人民代表大会第二次会议上

        政府工作报告

        ——2013年1月5日在青山市第十六届人民代表大会第二次会议上

        青山市人民政府市长 王某某

        各位代表:

        现在,我代表市人民政府,向大会报告工作,请予审议。

        一、2012年工作回顾
        """)
    assert len(doc.debris) == 4
    assert doc.meta.title == "政府工作报告"  # the report's own, under the site's headline
    assert doc.meta.year == 2013
    assert doc.meta.delivered == "2013-01-05"


def test_a_papers_name_repeated_under_a_headline_is_not_the_title() -> None:
    doc = _doc("""
        青山市人民检察院工作报告——2025年2月26日在青山市第七届人民代表大会第六次会议上

        青山日报
        03-25 08:04

        青山日报

        青山市委机关报,改革开放的窗口

        青山市人民检察院检察长 王某某

        各位代表:

        现在,我代表市人民检察院向大会报告工作,请予审议。

        一、围绕中心服务大局,以更高站位保障高质量发展
        """)
    assert doc.meta.title == "青山市人民检察院工作报告"
    assert doc.meta.org == "青山市人民检察院"
    assert doc.meta.delivered == "2025-02-26"


@pytest.mark.parametrize("headline", [
    "青山区人民法院2023年工作报告",
    "青山区人民法院审判工作报告(2024年1月11日青山区第四届人民代表大会第四次会议)",
])
def test_the_reports_own_title_over_its_subtitle_beats_a_headline_that_says_it_again(
        headline: str) -> None:
    doc = _doc(f"""
        当前位置: 首页 > 审务公开 > 法院工作报告

        {headline}

          发布时间:2024-10-23 16:15:20 打印 字号: | |

        上海市青山区人民法院工作报告

        ——2024年1月11日在青山区第四届

        人民代表大会第四次会议上

        青山区人民法院院长  王某某

        各位代表:

        现在,我代表区人民法院向大会报告工作,请予审议。

        一、2023年工作回顾
        """)
    assert doc.meta.title == "上海市青山区人民法院工作报告"
    assert doc.meta.org == "上海市青山区人民法院"
    assert doc.meta.delivered == "2024-01-11"


@pytest.mark.parametrize(("own", "title"), [
    ("青山县2021年度法治政府建设\n\n情况的报告", "青山县2021年度法治政府建设情况的报告"),
    ("青山县人民政府\n\n关于2021年度法治政府建设情况的报告",
     "青山县人民政府关于2021年度法治政府建设情况的报告"),
])
def test_the_reports_own_title_under_the_headline_says_it_in_its_own_words(
        own: str, title: str) -> None:
    own = own.replace("\n", "\n        ")
    doc = _doc(f"""
        [ 索引号 ]11500229711623327X/2022-00069 [ 发布机构 ]青山县人民政府办公室

        青山县2021年度法治政府建设情况报告

        {own}

        2021年,青山县坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。

        一、2021年度推进法治政府建设的主要举措和成效
        """)
    assert doc.meta.title == title
    assert doc.meta.org == "青山县人民政府"


def test_a_source_row_naming_no_place_names_no_writer() -> None:
    doc = _doc("""
        2021年政府工作报告

        2021-08-13 15:39 来源: 政府办

        各位代表:

        现在,我代表镇人民政府,向大会报告政府工作,请予审议。

        2020年工作回顾
        """)
    assert doc.meta.title == "2021年政府工作报告"
    assert doc.meta.org is None  # not ``人民政府``: whose, the page does not say


@pytest.mark.parametrize(("title", "org", "year"), [
    ("青山市实验小学2024 年度行政工作总结", "青山市实验小学", 2024),
    ("青山职业学院2018-2019 学年工作报告", "青山职业学院", 2019),  # reported on as it ends
    ("青山县第一中学2023年工作总结", "青山县第一中学", 2023),
])
def test_a_school_writes_its_report(title: str, org: str, year: int) -> None:
    doc = _doc(f"""
        {title}

        发布时间:2019-10-21 15:41:23浏览次数:10484

        这一年,学校坚持立德树人,各项工作有序推进,主要表现在如下方面:

        一、深化教学改革,教育教学质量稳步提高
        """)
    assert (doc.meta.title, doc.meta.org, doc.meta.year) == (title, org, year)


def test_a_basic_facts_part_stands_beside_the_numbered_parts() -> None:
    doc = _doc("""
        青山市实验小学2024年度行政工作总结

        按2024年度区教育局工作要求,现就全年度工作作如下小结。

        基本情况

        2024年,学校坚持立德树人,扎实推进内涵建设。

        一、开放管理优化升级

        坚持依法治校,健全规章制度。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "", "基本情况"), (1, "一、", "开放管理优化升级")]


@pytest.mark.parametrize(("number", "org"), [
    ("豫交党〔2024〕22号", "河南省交通运输厅"),
    ("湘交法〔2024〕3号", "湖南省交通运输厅"),
    ("交党〔2024〕22号", "省交通运输厅"),  # no province's letter: the text does not say which
])
def test_a_provinces_letter_on_its_document_number_places_its_office(number: str, org: str) -> None:
    doc = _doc(f"""
        当前位置: 首页 > 政务公开 > 其他文件

        关于2023年法治政府建设情况的报告

        发布日期:2024-02-26 09:32   文章来源:

        {number}

        省交通运输厅认真落实关于法治建设的决策部署,推动法治交通建设取得明显成效。现将有关情况报告如下:

        一、法治建设工作情况
        """)
    assert doc.meta.org == org


def test_sections_numbered_with_their_parents_numbers_nest_by_depth() -> None:
    doc = _doc("""
        青山职业技术学校教育质量年度报告(2020年度)

        现将本校2020年度教育质量报告如下:
        1.学校情况
        1.1 学校概况
        学校占地面积86.7亩,固定资产总值6351.54万元。
        1.2学生情况
        学校现有在校生4355人,比2019年增加142人。
        1.2.1 招生
        2020年招生1809人。
        2.学生发展
        2.1 学生素质
        2.5万人次参加志愿服务,1.5亿元用于改善办学条件。
        名词解释
        15.10大产业项目:指全市重点培育的十个产业项目。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "1.", "学校情况"), (2, "1.1", "学校概况"), (2, "1.2", "学生情况"), (3, "1.2.1", "招生"),
        (1, "2.", "学生发展"), (2, "2.1", "学生素质"), (1, "", "名词解释")]


def test_a_title_that_dropped_its_year_character_still_names_its_year() -> None:
    doc = _doc("""
        2023政府工作报告

        各位代表:

        现在,我代表区人民政府向大会报告工作,请予审议。

        一、过去一年的工作回顾
        """)
    assert doc.meta.year == 2023


def test_the_sites_name_before_the_headline_is_neither_title_nor_writer() -> None:
    doc = _doc("""
        青山县人民政府-2022年度林业工作总结暨2023年度工作计划

        2022年度林业工作总结暨2023年度工作计划

        来源: 发布时间:2023-09-25 16:07:01 字体大小:

        2022年,县林业局深入贯彻习近平生态文明思想,统筹推进林业各项工作。现将一年来工作开展情况总结如下。

        一、2022年工作总结

        青山县完成营造林2.1万亩,青山县森林覆盖率稳定在70%以上。
        """)
    assert doc.meta.title == "2022年度林业工作总结暨2023年度工作计划"
    assert doc.meta.org == "青山县林业局"


def test_a_name_row_with_the_subtitle_run_on_gives_the_title_alone() -> None:
    doc = _doc("""
        索引号: 11341702764753563W/202403-00088
        发布机构: 青山乡人民政府
        名称: 政府工作报告——2024年3月28日在青山乡第十四届人民代表大会第五次会议上
        发布日期: 2024-03-29
        各位代表:
        现在,我代表乡人民政府向大会报告工作,请予审议。
        一、2023年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.org == "青山乡人民政府"


def test_a_subdistricts_government_work_report_is_its_offices() -> None:
    doc = _doc("""
        2017年青山区望江街道办事处政府工作报告

        2016年工作总结

        2016年,望江街道在区委、区政府的正确领导下,社会经济各项事业稳步发展。
        """)
    assert doc.meta.org == "青山区望江街道办事处"


def test_a_standing_committees_head_reads_its_report_to_the_districts_congress() -> None:
    doc = _doc("""
        ——2021年1月12日在青山区第八届人民代表大会第七次会议上
        区人大常委会主任 王 某
        各位代表:
        我受区人大常委会委托,向大会报告工作,请予审议。
        2020年主要工作
        2020年是极其特殊的一年。
        """)
    assert doc.meta.org == "青山区人民代表大会常务委员会"
    assert doc.meta.year == 2021


def test_an_untitled_report_is_the_year_its_first_part_names() -> None:
    doc = _doc("""
        青山镇政府在区委、区政府领导下,深入推进依法行政。现将青山镇法治政府建设有关情况汇报如下:
        一、2022年度推进法治政府建设的主要举措和成效
        (一)坚持高站位,突出思想引领。切实把党的领导落到实处。
        """)
    assert doc.meta.year == 2022


def test_the_writer_after_a_motto_in_the_title() -> None:
    doc = _doc("""
        笃行实干担使命 凝心聚力促发展——青山县人大常委会2023年工作综述
        2023年,在县委的坚强领导下,县人大常委会依法履职,主动作为。
        学思想、铸忠诚,坚持正确政治方向
        """)
    assert doc.meta.title == "笃行实干担使命 凝心聚力促发展——青山县人大常委会2023年工作综述"
    assert doc.meta.org == "青山县人民代表大会常务委员会"


def test_a_screen_readers_notice_is_debris() -> None:
    doc = _doc("""
        已打开行政区划_青山镇栏目页面,本页面是由15个视窗区共计15个区域组成,操作帮助请按Alt加问号键。

        您现在所在的位置 : 首页 > 街镇 > 青山镇栏目 > 专题 > 法治政府建设
        青山镇2020年法治政府建设年度报告

        2020年,在市委、市政府的正确领导下,我镇全面推进依法行政。
        """)
    assert doc.meta.title == "青山镇2020年法治政府建设年度报告"
    assert len(doc.debris) == 2


def test_a_plan_report_under_its_headline_is_read_by_the_department_that_heads_it() -> None:
    doc = _doc("""
        关于青山区2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告

        发布部门:
        日期:2020-05-13

        关于青山区2019年国民经济和社会发展计划执行情况与2020年国民经济和社会

        发展计划草案的报告

        ——2020年1月7日在青山区第十七届

        人民代表大会第六次会议上

        青山区发展和改革委员会主任

        各位代表:

        受区人民政府委托,现将计划执行情况与计划草案提请大会审议。

        2019年国民经济和社会发展计划执行情况

        一、高质量发展持续深化,经济运行总体平稳

        2020年国民经济和社会发展计划草案
        """)
    assert doc.meta.org == "青山区发展和改革委员会"
    assert doc.meta.delivered == "2020-01-07"
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "", "2019年国民经济和社会发展计划执行情况"), (2, "一、", "高质量发展持续深化,经济运行总体平稳"),
        (1, "", "2020年国民经济和社会发展计划草案")]


def test_a_title_cut_after_its_de_goes_on_below_past_the_sites_buttons() -> None:
    doc = _doc("""
        • EN
          • 扫一扫
            打开 · 手机版

        您当前的位置:首页 > 政务公开 > 审计结果公告

        关于2020年度县级预算执行和其他财政收支的
        审计工作报告
        —2021年9月2日在青山县第十二届
        人民代表大会常务委员会第三十九次会议上
        青山县审计局局长 王某

          县人大常委会主任、各位副主任,委员:

          我受县人民政府委托,向县人大常委会报告2020年度县级预算执行和其他财政收支的审计情况。
        """)
    assert doc.meta.title == "关于2020年度县级预算执行和其他财政收支的审计工作报告"
    assert doc.meta.org == "青山县审计局"
    assert doc.meta.year == 2020


def test_a_congresss_series_label_over_a_speech_is_not_its_title() -> None:
    doc = _doc("""
        县第十八届人民代表大会第一次会议文件
        政府工作报告
        ——2021年10月19日在青山县第十八届人民代表大会第一次会议上
        县人民政府代理县长 王某某
        各位代表:
        现在,我代表县人民政府向大会作工作报告,请予审议。
        2021年工作回顾及过去五年主要成就
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.org == "青山县人民政府"


def test_a_county_of_one_character_writes_its_report() -> None:
    doc = _doc("""
        横县2020年度法治政府建设情况报告

        发布时间:2021-02-25 10:00  来源: 横县人民政府办公室

        2020年,在市委、市政府的坚强领导下,横县深入开展法治政府建设。现将有关工作情况报告如下:

        一、主要举措和成效
        """)
    assert doc.meta.org == "横县人民政府"


def test_joint_writers_on_the_line_under_the_title_name_the_government() -> None:
    doc = _doc("""
        关于2022年青山市法治政府建设情况的报告

        信息来源:市委依法治市办 发布日期:2023-02-09 浏览次数:236 字体:[ ]

        关于2022年青山市法治政府建设情况的报告

        中共青山市委  青山市人民政府

        2022年,青山市坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。现将有关情况报告如下:

        一、2022年主要工作情况
        """)
    assert doc.meta.org == "青山市人民政府"


def test_a_line_that_announces_the_report_is_not_a_part() -> None:
    doc = _doc("""
        青山县水利局2022年工作总结及2023工作安排情况报告
        中共青山县委办公室:
        现将水利局工作总结及下一步工作安排报告如下:
        一、基本情况
        (一)主要工作职责:农村饮水安全管理和保障、水资源管理、河道管理。
        二、2022年工作完成情况
        """)
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、"), (2, "(一)"), (1, "二、")]


def test_a_plan_reports_title_wrapped_after_its_plan_and_its_byline_in_full() -> None:
    doc = _doc("""
        发文机构: 青山县发改局 主题分类: 其他
        关于青山县2021年国民经济和社会发展计划
        执行情况及2022年计划草案的报告
        2022年4月25日
        在青山县第八届人民代表大会第二次会议上
        青山县发展和改革局
        各位代表:
        受县人民政府委托,现将计划执行情况及计划草案提请大会审议。
        一、2021年国民经济和社会发展计划执行情况
        """)
    assert doc.meta.title == "关于青山县2021年国民经济和社会发展计划执行情况及2022年计划草案的报告"
    assert doc.meta.org == "青山县发展和改革局"
    assert doc.meta.year == 2021


def test_an_aggregators_day_first_timestamp_is_furniture_that_dates_the_page() -> None:
    doc = _doc("""
        青山省第十二届委员会常务委员会工作报告

        18.02.2020  12:01

        (2020年1月14日)

        王某某

          各位委员、同志们:

          我受常务委员会的委托,向大会报告工作,请予审议。

           一、2019年工作回顾
        """)
    assert doc.meta.title == "青山省第十二届委员会常务委员会工作报告"
    assert doc.meta.published == "2020-02-18"
    assert doc.meta.delivered == "2020-01-14"
    assert doc.meta.year == 2020


def test_a_headline_too_long_with_its_subtitle_run_on_is_still_the_title() -> None:
    # The title alone is 40 characters; with its subtitle the line is 74.
    doc = _doc("""
        关于青山省2023年国民经济和社会发展计划执行情况及2024年计划草案的报告——2024年1月22日在青山省第十四届人民代表大会第二次会议上
        关于青山省2023年国民经济和社会发展计划执行情况及2024年计划草案的报告
        2024年1月22日在青山省第十四届人民代表大会第二次会议上
        青山省发展和改革委员会
        各位代表:
        受省人民政府委托,现将2023年国民经济和社会发展计划执行情况提请大会审查。
        一、2023年国民经济和社会发展计划执行情况
        """)
    assert doc.meta.title == "关于青山省2023年国民经济和社会发展计划执行情况及2024年计划草案的报告"
    assert doc.meta.org == "青山省发展和改革委员会"
    assert doc.meta.delivered == "2024-01-22"


def test_an_empty_publisher_cell_names_no_writer_and_a_colour_button_is_furniture() -> None:
    doc = _doc("""
        标      题 青山省政府国资委2023年度信息公开工作报告
        索引号 000014349/2024-00162 文      号
        发布机构 发布日期 2024-01-29 15:53:27
        背景色:

        青山省政府国资委2023年度

        信息公开工作报告

        根据《中华人民共和国政府信息公开条例》要求,现公布本委2023年政府信息公开工作年度报告。

        一、总体情况
        """)
    assert doc.meta.title == "青山省政府国资委2023年度信息公开工作报告"
    assert doc.meta.org == "青山省政府国资委"
    assert doc.meta.published == "2024-01-29"


def test_the_dash_left_above_its_subtitle_is_not_part_of_the_title() -> None:
    doc = _doc("""
        青山省高级人民法院工作报告——
        2023年1月14日在青山省第十四届人民代表大会第一次会议上
        青山省高级人民法院院长 王某某
        各位代表:
        现在,我代表省高级人民法院向大会报告工作,请予审议。
        """)
    assert doc.meta.title == "青山省高级人民法院工作报告"
    assert doc.meta.delivered == "2023-01-14"


def test_a_widget_between_toolbar_buttons_is_furniture_and_never_the_title() -> None:
    doc = _doc("""
        我要收藏
        公共资源调用站点
        文章分享
        根据《中华人民共和国政府信息公开条例》要求,特向社会公布2021年青山市财政局政府信息公开工作年度报告。本报告由总体情况等部分组成。
        一、总体情况
        """)
    assert [doc.text[s:e] for s, e in doc.debris] == ["我要收藏", "公共资源调用站点", "文章分享"]
    assert doc.meta.title == "2021年青山市财政局政府信息公开工作年度报告"
    assert doc.meta.org == "青山市财政局"
    # (an opening that announces no title: the page has none)
    doc = _doc("""
        我要收藏
        公共资源调用站点
        文章分享
        现将2021年我局政府信息公开工作年度报告如下:
        一、总体情况
        """)
    assert doc.meta.title is None


def test_a_report_announced_to_be_published_names_its_writer() -> None:
    doc = _doc("""
        索 引 号 | 0001-2024-000284 | 发布机构 | 青山县政府 |
        发布日期 | 2024-01-31 | 文 号 | |
        根据《中华人民共和国政府信息公开条例》规定,现将青山市青山县木石镇2023年政府信息公开工作年度报告(以下简称“报告”)予以公开发布。本报告所列数据的统计时间自2023年1月1日到12月31日。
        一、总体情况
        """)
    assert doc.meta.title == "青山市青山县木石镇2023年政府信息公开工作年度报告"
    assert doc.meta.org == "青山市青山县木石镇人民政府"


def test_a_sites_list_of_dated_news_over_the_title_is_furniture() -> None:
    news = "    ".join(f"· 青山区召开第{n}次城乡环境卫生综合整治工作推进会    2024-05-0{n}" for n in range(1, 5))
    doc = _doc(f"""
        设为首页  |  加入收藏
        头条新闻: {news}
        站内搜索:

        青山市青山区文体旅游局2023年政府信息公开工作年度报告

        2024-01-11 15:04  点击:[] 来源:区文体旅游局

        一、总体情况

        2023年,青山区文体旅游局认真做好政府信息公开发布。
        """)
    assert len(doc.debris) == 4
    assert doc.meta.title == "青山市青山区文体旅游局2023年政府信息公开工作年度报告"


def test_a_report_addressed_to_deputies_is_the_year_after_the_one_it_reviews() -> None:
    # No title, no speaker, no date: only the salutation says it was read to a congress.
    doc = _doc("""
        各位代表:
        现在,我代表市人民检察院向大会报告工作,请予审议。
        2023年工作回顾
        2023年,全市检察机关依法履职。
        """)
    assert doc.meta.covers == 2023
    assert doc.meta.year == 2024


def test_a_news_sites_sharing_notices_are_furniture() -> None:
    doc = _doc("""
        青山市人民代表大会常务委员会工作报告
        扫描到手机,新闻随时看
        扫一扫,用手机看文章
        更加方便分享给朋友
        青山市人大常委会常务副主任 王某某
        各位代表:
        我受主任委托,向大会报告工作,请予审议。
        """)
    assert len(doc.debris) == 3
    assert doc.meta.speaker == "青山市人大常委会常务副主任 王某某"


def test_a_title_whose_year_lost_its_nian_still_names_its_writer() -> None:
    doc = _doc("""
        青山省生态环境厅

        2022政府信息公开工作年度报告

        本报告由青山省生态环境厅编制。报告电子版可从青山省生态环境厅门户网站下载。

        一、总体情况
        """)
    assert doc.meta.title == "青山省生态环境厅2022政府信息公开工作年度报告"
    assert doc.meta.org == "青山省生态环境厅"


def test_a_town_after_the_year_is_the_writer_not_its_county() -> None:
    doc = _doc("""
        青山县人民政府

        政府信息公开

        2024年青山县夏镇人民政府信息公开工作年度报告

        发布时间: 2025-01-23     浏览次数:    【字体:

        根据《中华人民共和国政府信息公开条例》要求,现将夏镇政府信息公开情况报告如下。
        """)
    assert doc.meta.title == "2024年青山县夏镇人民政府信息公开工作年度报告"
    assert doc.meta.org == "青山县夏镇人民政府"


def test_joint_writers_a_space_apart_under_the_sites_banner() -> None:
    doc = _doc("""
        今天是:2025年12月05日
        青山市河东新区管委会
        中共青山市河东新区工作委员会 青山市河东新区管理委员会 关于2024年法治政府建设工作情况的报告


        一、主要工作情况
        """)
    assert doc.meta.title == ("中共青山市河东新区工作委员会 青山市河东新区管理委员会 "
                              "关于2024年法治政府建设工作情况的报告")
    assert doc.meta.org == "青山市河东新区管理委员会"


def test_the_row_of_values_under_a_row_of_labels_is_furniture() -> None:
    doc = _doc("""
        索引号 | 公开方式 | 发布机构 |
        116223010139324488/2010-00023 | 主动公开 | 青山区张义镇人民政府 |
        根据《中华人民共和国政府信息公开条例》,特向社会公布2009年度本机关信息公开年度报告。
        一、概述
        """)
    assert len(doc.debris) == 2
    assert doc.meta.title is None
    assert doc.meta.year == 2009


def test_a_research_office_writes_its_own_report() -> None:
    doc = _doc("""
        青山市人民政府研究室2022年政府信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》要求,编制本报告。
        一、总体情况
        """)
    assert doc.meta.org == "青山市人民政府研究室"


def test_a_plan_report_is_the_department_the_publisher_row_names() -> None:
    doc = _doc("""
        [ 索引号 ] 115002210093037103/2025-00005 [ 发文字号 ]
        [ 发布机构 ] 长河区发展改革委 [ 有效性 ]
        [ 成文日期 ] 2025-02-07 [ 发布日期 ] 2025-02-07

        青山市长河区2024年国民经济和社会发展 计划执行情况及2025年计划草案的报告

        受区人民政府委托,现将计划执行情况及计划草案提请大会审议。
        """)
    assert doc.meta.org == "青山市长河区发展改革委"
    # A report on the place's own work stays its government's, whoever put the page up.
    doc = _doc("""
        [ 发布机构 ] 长河区司法局 [ 有效性 ]

        青山市长河区2024年法治政府建设情况报告

        2024年,长河区坚持依法行政。
        """)
    assert doc.meta.org == "青山市长河区人民政府"


def test_an_office_named_before_its_information_disclosure_report() -> None:
    doc = _doc("""
        青山市人民政府办公室政府信息公开年报(2009年)
        本报告根据《中华人民共和国政府信息公开条例》编制。
        一、概述
        """)
    assert doc.meta.org == "青山市人民政府办公室"
    assert doc.meta.year == 2009


def test_the_writer_after_a_clause_that_says_under_whose_leadership() -> None:
    doc = _doc("""
        2024年,在市委、市政府的坚强领导下,长河区坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。
        一、2024年法治政府建设情况
        """)
    assert doc.meta.org == "长河区人民政府"
    doc = _doc("""
        在区委审计委员会的坚强领导下,区人大常委会的监督指导下,按照区委、区政府工作要求,区审计局依法审计了区级预算执行情况。
        一、审计发现的主要问题
        """)
    assert doc.meta.org == "区审计局"


def test_the_rule_of_law_in_a_county_is_no_county() -> None:
    doc = _doc("""
        2021年,在县委的坚强领导下,我县认真贯彻落实全面依法治国决策部署和市委依法治市工作要求,坚持依法治县、依法执政共同推进,以《长河县2021年法治政府建设工作要点》为抓手。
        一、2021年全县推进法治政府建设情况
        长河县各部门依法行政,依法治县取得成效。
        """)
    assert doc.meta.org == "长河县人民政府"


def test_a_prefecture_s_party_committee_and_government_as_the_openings_subject() -> None:
    joint = _doc("""
        2023年,巴州党委、政府坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想。
        一、2023年推进法治政府建设的主要举措和成效
        """)
    assert joint.meta.org == "巴音郭楞蒙古自治州人民政府"
    cared_for = _doc("""
        2024年,是实施“十四五”规划的关键之年。一年来,在党中央的关心关怀下,在自治区党委的坚强领导下,青山市法治政府建设工作坚持以习近平法治思想为指导。
        一、2024年法治政府建设主要举措
        """)
    assert cared_for.meta.org == "青山市人民政府"
    # ``因云溪区…``: because of the district, not the district's own words
    because = _doc("""
        2025年,因青岭区交通运输综合行政执法权整体上收,我局调整了执法工作。
        一、2025年法治政府建设主要举措
        """)
    assert because.meta.org is None


def test_a_street_or_a_prefecture_as_the_openings_subject() -> None:
    street = _doc("""
        2022年,在区委、区政府的正确领导下,黄石街党工委、办事处深入学习习近平法治思想。
        一、2022年推进法治政府建设的主要举措和成效
        """)
    assert street.meta.org == "黄石街道办事处"
    street = _doc("""
        2022年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导。
        一、2022年度推进法治政府建设的主要举措和成效
        """)
    assert street.meta.org == "鹤龙街道办事处"
    prefecture = _doc("""
        今年以来,伊犁州深入学习贯彻党的二十大精神,坚持以习近平法治思想为引领。
        一、2023年法治政府建设情况
        """)
    assert prefecture.meta.org == "伊犁哈萨克自治州人民政府"
    department = _doc("""
        临夏州乡村振兴局2023年政府信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》要求,编制本报告。
        """)
    assert department.meta.org == "临夏回族自治州乡村振兴局"


def test_the_whole_places_rule_of_law_as_the_openings_subject_is_its_governments() -> None:
    doc = _doc("""
        2020年,全区法治政府建设工作坚持目标和问题导向,为打造“美丽幸福青河”提供坚强法治保障。现将情况报告如下:
        一、主要举措和成效
        制定《青河区党政主要负责人履行推进法治建设第一责任人职责实施方案》。《青河区法治政府建设工作要点》印发实施。
        """)
    assert doc.meta.org == "青河区人民政府"


def test_who_drew_up_an_untitled_report_as_its_opening_says() -> None:
    drawn_up = _doc("""
        根据《中华人民共和国政府信息公开条例》的规定,编制大理白族自治州2023年政府信息公开工作年度报告。本报告统计数据时间段:2023年1月1日至2023年12月31日。
        一、总体情况
        """)
    assert drawn_up.meta.org == "大理白族自治州人民政府"
    assert drawn_up.meta.year == 2023
    by = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,由长河县人民政府办公室编制。全文包括概述、主动公开政府信息情况等部分。
        一、概述
        2014年,按照《政府信息公开条例》的要求,县政府加快电子政务建设,确定县电子政务办公室负责平台建设。
        """)
    assert by.meta.org == "长河县人民政府"  # (the county's report; its office drew it up)
    published = _doc("""
        根据《中华人民共和国政府信息公开条例》,结合本市实际,编制本报告,现公布长河市人民政府2023年度政府信息公开工作报告。
        一、总体情况
        """)
    assert published.meta.title == "长河市人民政府2023年度政府信息公开工作报告"
    assert published.meta.org == "长河市人民政府"
    quoted = _doc("""
        按照《中华人民共和国政府信息公开条例》的要求,现向社会公开《长河市人民政府2023年度政府信息公开工作年度报告》。
        一、总体情况
        2023年,在市委、市政府的坚强领导下,各级各部门深入学习贯彻落实《政府信息公开条例》,紧扣市政府中心工作。
        """)
    assert quoted.meta.title == "长河市人民政府2023年度政府信息公开工作年度报告"
    assert quoted.meta.org == "长河市人民政府"


def test_a_name_row_of_a_table_gives_the_title_without_its_bars() -> None:
    doc = _doc("""
        [索引号] | 12610800MB2939070N/2025-00009 | [ 主题分类 ] | |
        [ 发布机构 ] | 长河高新技术产业开发区管理委员会 | [ 发文日期 ] | |
        [ 名 称 ] | 长河高新区管委会党政办公室2024年政府信息公开工作年度报告 |
        根据《中华人民共和国政府信息公开条例》要求,编制本报告。
        一、总体情况
        """)
    assert doc.meta.title == "长河高新区管委会党政办公室2024年政府信息公开工作年度报告"
    assert doc.meta.org == "长河高新区管委会党政办公室"


def test_a_line_of_paired_phrases_with_a_year_is_a_part_only_with_a_body_under_it() -> None:
    doc = _doc("""
        青山区2023年工作总结
        回望2023年,汇聚力量,砥砺前行
        一年来,全区上下团结一心,各项工作取得新进展。
        一、主要工作
        区级财政收入稳步增长。
        据区财政部门决算草案反映,2022年,区级
        """)
    parts = [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"]
    assert parts == [("", "回望2023年,汇聚力量,砥砺前行"), ("一、", "主要工作")]
    # (right under a heading: its body, a sentence that lost its full stop)
    body = _doc("""
        一、总体情况
        1.主动公开情况。
        2022年,青石镇主要通过县人民政府网站公开信息。
        2.依申请公开。
        2022年,青石镇未收到依申请公开件
        3.政府信息管理。
        为进一步做好政府信息管理,我镇对机构职能进行公开。
        """)
    assert [s.title for s in body.nodes if s.kind == "heading"] == [
        "总体情况", "主动公开情况", "依申请公开", "政府信息管理"]


def test_print_and_close_buttons_that_lost_their_outer_brackets_are_furniture() -> None:
    doc = _doc("""
        青山县2022年政府信息公开工作年度报告
        我要打印】 【关闭
        一、总体情况
        """)
    assert [doc.text[s:e] for s, e in doc.debris] == ["我要打印】 【关闭"]


def test_a_numbered_part_under_an_empty_label_is_the_text_beginning() -> None:
    doc = _doc("""
        青山街道2023年工作总结及2024年工作思路
          • 日期:2023-12-04 17:30
          • 来源:青山街道
          • 浏览次数:

        一、2023年工作亮点

        1、青山旅游服务中心基本完成政策处理。

        2、土地整治项目全部成功入库。
        """)
    outline = [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"]
    assert outline[0] == (1, "一、", "2023年工作亮点")
    assert outline[1][0] == 2


def test_a_bonded_zone_is_run_by_its_administrative_committee() -> None:
    doc = _doc("""
        青山综合保税区2025年度法治政府建设情况报告
        2025年,青山综保区深入贯彻习近平法治思想。
        一、主要举措
        """)
    assert doc.meta.org == "青山综合保税区管理委员会"


def test_a_headline_that_adds_only_the_session_or_a_newsrooms_words_gives_way_to_the_own_title() -> None:
    session = _doc("""
        长河区六届人大五次会议政府工作报告

        来源:区政府办  日期:2025-01-26 10:45 打印 【字体:

        一图读懂:2025年长河区政府工作报告

          政府工作报告

          ── 2025年1月8日在青山市长河区

          第六届人民代表大会第五次会议上

          青山市长河区代区长 王 某

          各位代表:

          现在,我代表区人民政府向大会报告政府工作,请予审议。
        """)
    assert session.meta.title == "政府工作报告"
    assert session.meta.org == "青山市长河区人民政府"
    assert session.meta.delivered == "2025-01-08"
    news = _doc("""
        正式发布!2022年青山市政府工作报告(全文请收藏)

        日期:2022-01-29

        政府工作报告
        2022年1月23日在青山市第十七届人民代表大会第六次会议上

        青山市人民政府市长 王某某

        各位代表:
        """)
    assert news.meta.title == "政府工作报告"
    assert news.meta.org == "青山市人民政府"


def test_a_plan_report_read_on_the_governments_errand_is_its_departments() -> None:
    doc = _doc("""
        关于长河区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告
        来源:青山市长河区发展和改革委员会 发布时间:2025-02-17 17:12

        各位代表:

        受区人民政府委托,现向大会报告长河区2024年国民经济和社会发展计划执行情况,请予审议。

        一、2024年国民经济和社会发展计划执行情况
        """)
    assert doc.meta.org == "青山市长河区发展和改革委员会"


def test_the_rest_of_a_breadcrumb_whose_arrows_were_lost_is_furniture() -> None:
    doc = _doc("""
        您现在的位置:

        首页
        政务公开 规划计划 计划总结

        青山市机关事务管理局2025年上半年工作总结和下半年工作思路

        2025年上半年,我局坚持以习近平新时代中国特色社会主义思想为指导。
        """)
    assert doc.meta.title == "青山市机关事务管理局2025年上半年工作总结和下半年工作思路"
    assert doc.meta.year == 2025


def test_joint_writers_a_space_apart_in_the_headline_stay_in_the_title() -> None:
    doc = _doc("""
        中共青山区新田镇委员会 青山区新田镇人民政府关于2025年法治政府建设情况的报告
        日期:2026-01-19 来源:青山区新田镇
        中共青山区新田镇委员会
        青山区新田镇人民政府关于2025年法治政府建设情况的报告
        区委、区政府:
        现将新田镇2025年法治政府建设情况报告如下:
        """)
    assert doc.meta.title == "中共青山区新田镇委员会 青山区新田镇人民政府关于2025年法治政府建设情况的报告"
    assert doc.meta.org == "青山区新田镇人民政府"


def test_a_title_with_the_toolbar_run_on_and_a_screen_reader_notice() -> None:
    doc = _doc("""
        正文区域内容请使用tab按钮切换浏览

        青山街道办事处2023年工作报告 保护视力色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 默认 【字体: 打印本页 关闭窗口
        分享:

        2024年01月25日 来源: 上海金山

        一、2023年工作总结
        """)
    assert doc.meta.title == "青山街道办事处2023年工作报告"


def test_a_report_submitted_in_writing_keeps_its_note_as_printed() -> None:
    doc = _doc("""
        关于青山市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告(书面)
        各位代表:
        受市人民政府委托,现将计划执行情况报告如下。
        """)
    assert doc.meta.title == (
        "关于青山市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告(书面)")
    wrapped = _doc("""
        关于青岭县2022年全县和县级预算执行情况与
        2023年全县和县级预算草案的报告(书面)
        ——2023 年 2 月 2 日在县十九届人民代表大会第三次会议上
        县财政局局长 李 敏
        各位代表:
        受县人民政府委托,我向大会书面报告2022年全县和县级预算执行情况与2023年全县和县级预算草案。
        一、2022年全县和县级预算执行情况
        2022年,全县一般公共预算收入完成9.58亿元,同口径增长10.1%。
        """)
    assert wrapped.meta.title == "关于青岭县2022年全县和县级预算执行情况与2023年全县和县级预算草案的报告(书面)"
    # the county's finance bureau, its head reading: not ``县和县`` of ``全县和县级``
    assert wrapped.meta.org == "青岭县财政局"


def test_what_follows_the_dash_is_a_subtitle_only_when_it_says_when_or_where() -> None:
    doc = _doc("""
        青山镇2021年政府工作报告——2020年工作及“十三五”时期发展回顾和2021工作计划

        访问量:

        2020年工作及“十三五”时期发展回顾

        一年来,青山镇各项工作稳步推进。
        """)
    assert doc.meta.title == "青山镇2021年政府工作报告——2020年工作及“十三五”时期发展回顾和2021工作计划"
    assert doc.meta.org == "青山镇人民政府"


def test_a_text_size_widget_label_is_furniture_and_together_with_is_no_place() -> None:
    doc = _doc("""
        文字:
        保护视力色:
        市发展改革委2020年工作总结
          • 时间:2021-09-22 16:01
          • 来源:市发改委
          2020年是极为不平凡的一年。市发改委会同市委组织部等部门推进改革,会同市级部门加强价格监测,会同市场监管部门保障供应。
        """)
    assert doc.meta.title == "市发展改革委2020年工作总结"
    assert doc.meta.org == "市发展改革委"


def test_a_verb_before_the_citys_government_names_no_city() -> None:
    doc = _doc("""
        关于2024年法治政府建设情况的报告
        2024年,在市委、市政府正确领导下,市司法局深入学习贯彻习近平法治思想。
        一、主要举措
        编制完成市政府年度立法计划。完成市政府常务会议审议事项的合法性审查。
        """)
    assert doc.meta.org == "市司法局"


def test_a_title_run_into_its_byline_is_no_office() -> None:
    doc = _doc("""
        立足更高定位 推动城市管理事业高质量发展
        来源:市城管局   2022-03-10 11:51
        2022年城市管理和综合执法工作报告市城管局党组书记、局长  杜  宇
        (2022年2月28日)
        同志们:
        一、回顾2021年,城管工作交出满意答卷
        """)
    assert doc.meta.org == "市城管局"


def test_a_converted_files_page_number_is_not_part_of_the_title() -> None:
    doc = _doc("""
        编辑: 梦里红妆 2019-07-13
        -
        1 - 海口市美兰区科学技术工业信息化局
        2018年度工作总结
        2018年,根据区委、区政府的工作部署,我局切实履行本部门职能。
        一、科技工作
        """)
    assert doc.meta.title == "海口市美兰区科学技术工业信息化局2018年度工作总结"
    assert doc.meta.org == "海口市美兰区科学技术工业信息化局"


def test_a_countys_territory_or_rank_names_no_county() -> None:
    # ``构建县域`` three times is no county ``构建县``: the writer stays unplaced.
    doc = _doc("""
        发布机构: 县卫生健康局 发文日期: 2025-05-08
        2024年工作总结及2025年工作重点
        一、2024年工作总结
        (一)突出均衡布局,构建县域医疗服务新体系。打造医学高地,构建县域医共体。
        (二)构建县域急救网络。
        """)
    assert doc.meta.org == "县卫生健康局"


def test_a_new_areas_summary_and_plan_is_its_management_committees() -> None:
    doc = _doc("""
        中山翠亨新区
        无障碍版 长者助手 登录
        您当前的位置: > >政府工作报告
        翠亨新区2022年工作总结及2023年工作部署
        信息来源:本网 发布日期:2023-02-21 分享:
        2022年工作总结
            2022年,在市委市政府的坚强领导下,翠亨新区坚持稳中求进。
        一、湾区一体化发展跃上新水平
        """)
    assert doc.meta.title == "翠亨新区2022年工作总结及2023年工作部署"
    assert doc.meta.org == "翠亨新区管理委员会"
    assert [(s.level, s.title) for s in doc.nodes] == [
        (1, "2022年工作总结"), (2, "湾区一体化发展跃上新水平")]


@pytest.mark.parametrize(("title", "org"), [
    ("浦东新区2023年工作总结及2024年工作重点", "浦东新区人民政府"),
    ("两江新区2023年工作总结和2024年工作设想", "两江新区管理委员会"),
])
def test_only_the_new_areas_that_are_districts_have_a_government(title: str, org: str) -> None:
    doc = _doc(f"""
        {title}
        2023年,全区坚持稳中求进。
        一、主要成效
        """)
    assert (doc.meta.title, doc.meta.org) == (title, org)


@pytest.mark.parametrize(("furniture", "org"), [
    ("当前位置:\n舟山市农业农村局> 法定主动公开内容> 工作计划与总结>", "舟山市农业农村局"),
    ("发布时间:2024-03-01 来源: 蚌埠市农业农村局 浏览量:", "蚌埠市农业农村局"),
    # another office of the city: not the writer, but the writer's city
    ("发布时间:2024-03-01 来源: 蚌埠市财政局 浏览量:", "蚌埠市农业农村局"),
])
def test_the_pages_furniture_places_an_office_named_by_its_level(furniture: str, org: str) -> None:
    doc = _doc(f"""
        {furniture}
        市农业农村局2023年工作总结和2024年主要工作安排
        2023年,市农业农村局坚持农业农村优先发展。
        一、2023年工作总结
        """.replace("\n", "\n        "))
    assert doc.meta.org == org


def test_a_budget_report_wrapped_under_an_empty_label_and_its_writer_under_it() -> None:
    doc = _doc("""
        发布机构 :
        发布日期 : 2025-02-11
        标题 : 关于重庆市2024年预算执行情况和2025年预算草案的报告
        发文字号 :

        关于重庆市2024年预算

        执行情况和2025年预算草案的报告

        重庆市财政局

        各位代表:
        受市人民政府委托,现将重庆市2024年预算执行情况和2025年预算草案的报告提请审议。
        一、2024年预算执行情况
        """)
    assert doc.meta.title == "关于重庆市2024年预算执行情况和2025年预算草案的报告"
    assert doc.meta.org == "重庆市财政局"
    assert doc.meta.year == 2024


def test_a_newspaper_prints_the_writer_under_the_title_repeated() -> None:
    doc = _doc("""
        关于重庆市2024年国民经济和社会发展计划执行情况及2025年计划草案的报告
        第010版:公告
        上一版 下一版
        关于重庆市2024年国民经济和社会发展计划执行情况及2025年计划草案的报告
        重庆日报
        2025 年 03 月 11 日 星期 放大 缩小 默认
        关于重庆市2024年国民经济和社会发展计划执行情况及2025年计划草案的报告
        重庆市发展和改革委员会
        各位代表:
          受市人民政府委托,现将2024年计划执行情况提请大会审查。
          一、2024年国民经济和社会发展计划执行情况
        """)
    assert doc.meta.org == "重庆市发展和改革委员会"


def test_a_plan_title_wrapped_after_its_word_plan() -> None:
    doc = _doc("""
        城口县2024年国民经济和社会发展计划
        执行情况与2025年计划草案报告
        一、2024年国民经济和社会发展计划执行情况
        2024年,全县经济稳中向好。
        """)
    assert doc.meta.title == "城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告"
    assert [s.title for s in doc.nodes] == ["2024年国民经济和社会发展计划执行情况"]


def test_a_pages_headline_over_the_own_title_of_the_same_place() -> None:
    doc = _doc("""
        [ 发布机构 ]城口县财政局 [ 发布日期 ]2025-01-20
        城口县2025年度政府预算公开
        城口县2024财政预算执行情况2025财政预算草案的报告
        各位代表:
        受县人民政府委托,现将报告提请大会审查。
        一、2024年预算执行情况
        """)
    assert doc.meta.title == "城口县2024财政预算执行情况2025财政预算草案的报告"
    assert doc.meta.year == 2024


def test_a_labelled_outline_over_the_title_is_contents_not_headings() -> None:
    doc = _doc("""
        添加公寻网到电脑桌面
        2026年横州市政府工作报告VIP专享
        提纲:
        一、2025年工作及“十四五”回顾
        二、“十五五”时期奋斗目标和主要任务
        三、2026年工作安排
        2026年横州市政府工作报告
        各位代表:
        现在,我代表市人民政府向大会报告工作。
        一、2025年工作及“十四五”回顾
        过去一年,全市经济稳中有进。
        """)
    assert doc.meta.title == "2026年横州市政府工作报告"
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "2025年工作及“十四五”回顾")]


def test_a_kind_of_government_in_a_title_is_no_writer() -> None:
    doc = _doc("""
        >政务公开>教育专题>法治政府建设年度报告及工作要点
        2022年法治政府工作总结和2023年工作计划
        2022年,市教育局坚持以习近平法治思想为指引。《宁波市教育督导条例》表决通过,制发《宁波市教育系统法治宣传教育规划》。
        一、加强依法行政领导,营造良好法治环境
        """)
    assert doc.meta.org == "宁波市教育局"


def test_a_newsrooms_words_over_a_title_that_names_its_writer() -> None:
    doc = _doc("""
        两会受权发布全国人民代表大会常务委员会工作报告
        新华社北京3月16日电
        全国人民代表大会常务委员会工作报告
        ——2023年3月7日在第十四届全国人民代表大会第一次会议上
        全国人民代表大会常务委员会委员长 栗战书
        各位代表:
        现在,我受常务委员会委托,向大会报告工作。
        """)
    assert doc.meta.title == "全国人民代表大会常务委员会工作报告"
    assert doc.meta.speaker == "全国人民代表大会常务委员会委员长 栗战书"


def test_a_number_a_document_site_puts_before_a_repeated_title() -> None:
    doc = _doc("""
        2021年荣县政府工作报告(全文)
          1 1 2021 最新修订(可编辑)
         1 2021 年荣县政府工作报告(全文)
           2021 年 1 月 27 日在荣县第十八届人民代表大会第五次会议上
           各位代表:
           现在,我代表荣县人民政府向大会报告工作。
        """)
    assert doc.meta.title == "2021年荣县政府工作报告"


def test_a_bulletins_number_before_a_long_audit_title() -> None:
    doc = _doc("""
          • 郑州市审计局
          • 2019-12-26
        2019年第43号(总第221号)郑州市关于2018年度市级预算执行和其他财政收支的审计工作报告和2017年度市级预算执行及其他财政收支审计整改落实情况的报告
        (二〇一九年十二月三十日公告)
        ——2019年12月26日在郑州市第十五届人民代表大会常务委员会第十一次会议上
        郑州市审计局局长  刘啸峰
        主任、各位副主任、秘书长、各位委员:
        我受市人民政府委托,现就2018年度市级预算执行和其他财政收支的审计情况,报告如下:
        """)
    assert doc.meta.title == (
        "郑州市关于2018年度市级预算执行和其他财政收支的审计工作报告和2017年度市级预算执行及其他"
        "财政收支审计整改落实情况的报告")
    assert doc.meta.org == "郑州市审计局"


def test_a_sentence_about_the_government_is_no_writer() -> None:
    doc = _doc("""
        政府工作报告
        一年来,县政府班子始终坚持以人民为中心的发展思想,坚决贯彻落实各项决策部署。
        各位代表,刚刚过去的一年,是我县脱贫攻坚加速推进的一年。
        """)
    assert doc.meta.org is None


def test_a_places_department_that_opens_its_summary_wrote_it() -> None:
    doc = _doc("""
        发布机构: | 区司法局 | 发文日期: | 2024-01-10 16:25 |
        硚口区2023年司法行政工作总结
        今年以来,硚口区司法局在区委区政府的坚强领导下,坚持以习近平新时代中国特色社会主义思想为指导。
        一、2023年全年工作及特色亮点
        """)
    assert doc.meta.org == "硚口区司法局"


_POINT_GROUPS = """
    一、2024年工作回顾
    刚刚过去的2024年,高湖镇坚持稳中求进。
    一年来,我们坚持开拓创新、勇担使命,改革发展成效显著。
    一是工业平台拓展成果丰硕。狠抓征收工作。
    二是项目建设提速增效。完成投资。
    一年来,我们坚持逆水扬楫、挖潜增效、经济发展企稳回升。
    一是工业产业稳中有进。规上产值增长。
    """


def test_sentences_over_runs_of_points_name_their_groups() -> None:
    doc = _doc(_POINT_GROUPS)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "2024年工作回顾"), (2, "一年来,我们坚持开拓创新、勇担使命,改革发展成效显著"),
        (2, "一年来,我们坚持逆水扬楫、挖潜增效、经济发展企稳回升")]


def test_one_sentence_over_the_points_only_leads_into_them() -> None:
    doc = _doc(_POINT_GROUPS.split("    一年来,我们坚持逆水扬楫")[0])
    assert [s.title for s in doc.nodes if s.kind == "heading"] == ["2024年工作回顾"]


def test_a_page_printed_as_one_line_without_spaces_keeps_its_parts_and_title() -> None:
    text = ("盘山县2023年政府工作报告各位代表:现在,我代表盘山县人民政府向大会报告工作,请予审议,"
            "并请政协委员和其他列席会议的同志提出意见。一、2022年工作回顾2022年,是本届政府履职的"
            "第一年。一年来,在市委、市政府和县委的坚强领导下,我们稳住了经济大盘。(一)坚持稳字当头,"
            "经济运行持续向好。全年地区生产总值增长4.5%。(二)坚持项目为王,发展后劲不断增强。"
            "新开工项目68个。二、2023年工作安排2023年,是全面贯彻党的二十大精神的开局之年。")
    doc = parser.parse(text)
    assert_tiles(doc)
    assert doc.meta.title == "盘山县2023年政府工作报告"
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "2022年工作回顾"), (2, "(一)", "坚持稳字当头,经济运行持续向好"),
        (2, "(二)", "坚持项目为王,发展后劲不断增强"), (1, "二、", "2023年工作安排")]


def test_a_page_printed_as_one_line_keeps_the_numbered_sections_under_its_parts() -> None:
    text = ("青河县2022年法治政府建设年度报告\n"
            "2022年,青河县司法局在县委、县政府的正确领导下扎实推进法治政府建设,现将有关情况报告如下: "
            "一、主要举措和成效 (一)法治政府建设"
            "水平稳中向好。一是全力化解行政争议。全年收到行政复议申请121件,同比增长2.5%。1.坚持做好"
            "行政复议先行引导。积极发挥行政复议化解行政争议的主渠道作用,全年办结案件118件。2.强化"
            "行政机关与司法机关良性互动。深化府院联动机制,召开联席会议4次,共同研究疑难案件。二是强化"
            "行政执法监督。开展执法案卷评查,评查案卷320卷,发现问题并督促整改到位。3.发挥调解作用。"
            "切实发挥行政争议化解专班作用,对有调解希望的案件,争取在二审期间引导当事人撤回起诉。")
    doc = parser.parse(text)
    assert_tiles(doc)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "主要举措和成效"), (2, "(一)", "法治政府建设水平稳中向好"),
        (3, "1.", "坚持做好行政复议先行引导"), (3, "2.", "强化行政机关与司法机关良性互动"),
        (3, "3.", "发挥调解作用")]


def test_a_lists_first_heading_run_on_after_a_sentence_is_a_heading_when_its_second_opens_a_line() -> None:
    doc = _doc("""
        一、总体情况
        2022年,青河区人民政府持续深化政务公开,更好发挥以公开促落实功能。(一)主动公开方面。全年主动公开政府信息1200余条。
        (二)依申请公开方面。全年共收到公开申请32件,均在法定期限内予以答复。
        二、存在的主要问题
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "总体情况"), (2, "(一)", "主动公开方面"), (2, "(二)", "依申请公开方面"),
        (1, "二、", "存在的主要问题")]


def test_a_lists_first_heading_run_on_after_its_part_s_name_and_a_space_is_a_heading() -> None:
    doc = _doc("""
        一、基础概况
        2012年以来,我委进一步加强了对信息公开的管理。
        二、政府信息公开情况 (一)门户网站:通过我委门户网站已向社会公开信息120条。
        (二)政府信息公开平台:依托市政府政府信息公开平台公开信息。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "基础概况"), (1, "二、", "政府信息公开情况"), (2, "(一)", "门户网站"),
        (2, "(二)", "政府信息公开平台")]


def test_a_number_after_a_sentence_with_no_second_on_a_line_of_its_own_is_text() -> None:
    doc = _doc("""
        一、总体情况
        全区共有执法人员1200名。1.5万人次参加了培训,覆盖全部执法单位。(一)类事项已全部公开。
        二、存在的主要问题
        1.制度建设有短板。
        """)
    assert [s.marker for s in doc.nodes] == ["一、", "二、", "1."]


def test_a_paragraph_with_its_own_list_is_no_flattened_page() -> None:
    doc = _doc("""
        一、主要做法
        全镇围绕三项重点推进工作,取得了明显成效,群众满意度持续提升,各项指标均完成年度目标任务。主要措施如下。一、强化组织领导。二、完善制度。
        二、存在问题
        基层力量薄弱,专业人才缺乏,部分工作推进不够平衡,与上级要求和群众期盼仍有差距,需要在下一步加以改进。
        """)
    assert [s.marker for s in doc.nodes] == ["一、", "二、"]


def test_a_title_and_a_heading_printed_twice() -> None:
    doc = _doc("""
        灵寿县人民政府
        关于2025年度法治政府建设情况的报告
        关于2025年度法治政府建设情况的报告
        2025年,在市委、市政府和县委的坚强领导下,我县坚持依法行政。
        一、强化党的领导,夯实法治建设根基
        一、强化党的领导,夯实法治建设根基
        一是加强政治引领,把牢正确方向。
        二、健全决策机制,提升行政效能
        """)
    assert doc.meta.title == "灵寿县人民政府关于2025年度法治政府建设情况的报告"
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、"), (1, "一、"), (1, "二、")]


def test_a_librarys_summary_is_the_librarys() -> None:
    doc = _doc("""
        2022年武乡县图书馆年度工作总结及2023年工作计划
        在县委、县政府和文旅局的支持下,武乡县图书馆紧紧围绕读者服务开展工作。
        一、加强政治业务学习,提升全体职工素质。
        """)
    assert doc.meta.org == "武乡县图书馆"


def test_a_budget_reports_tables_laid_out_a_cell_a_line_hold_no_parts() -> None:
    doc = _doc("""
        关于重庆市合川区2021年预算执行情况
        2022年预算草案的报告
        ——2022年1月12日在重庆市合川区第十八届人民代表大会第一次会议上
        重庆市合川区财政局
        各位代表:
        一、2021年预算执行情况
        (一)全区预算执行情况
        1.全区一般公共预算
        2021年全区一般公共预算收支执行表
        单位:亿元
        收入总计
        92.62
        一、本级收入
        40.01
        二、转移性收入
        52.61
        1.上级补助收入
        22.06
        ——全区一般公共预算支出74.35亿元,下降0.2%。
        2.全区政府性基金预算
        三、政府决算表
        1、一般公共预算收支决算表
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "2021年预算执行情况"), (2, "(一)", "全区预算执行情况"),
        (3, "1.", "全区一般公共预算"), (3, "2.", "全区政府性基金预算"),
        (1, "三、", "政府决算表"), (2, "1、", "一般公共预算收支决算表")]
    assert doc.meta.org == "重庆市合川区财政局"


def test_a_title_that_lost_a_word_at_its_wrap_is_said_by_its_row() -> None:
    doc = _doc("""
        发布机构 合川区政府办公室 发布日期: 2022-01-27
        标题: 关于重庆市合川区2021年预算执行情况和2022年预算草案的报告
        关于重庆市合川区2021年预算执行情况
        2022年预算草案的报告
        各位代表:
        受区人民政府委托,现将报告提请大会审查。
        2021年财政预算执行情况
        一、预算收支情况
        """)
    assert doc.meta.title == "关于重庆市合川区2021年预算执行情况和2022年预算草案的报告"
    assert [(s.level, s.title) for s in doc.nodes] == [(1, "2021年财政预算执行情况"), (2, "预算收支情况")]


def test_a_compilation_s_contents_on_a_document_site_s_pages_are_not_the_outline() -> None:
    entries = " ".join(f"{n}.2023年青{n}镇政府工作报告" for n in range(2, 17))
    rest = " ".join(f"{n}.青{n}镇2023年政府工作报告" for n in range(17, 33))
    review = "过去一年是极具挑战的一年。我们坚持稳中求进,全镇经济持续向好。" * 8
    doc = parser.parse(
        f"1、青山镇2023年政府工作报告汇编(35篇)目录1.2023年青石镇政府工作报告 {entries}\n"
        f"2、2023年 {rest} 33.青河镇20\n"
        "3、23年政府工作报告 34.青水镇2023年政府工作报告 35.青川镇2023年政府工作报告 "
        "2023年青石镇政府工作报告各位代表:现在,我代表青石镇人民政府,向大会作政府工作报告,请予审议,并请列席人员提出意见。"
        f"一、2022年工作回顾{review}")
    assert [s.marker for s in doc.nodes if s.kind == "heading"][:1] == ["一、"]
    assert doc.meta.title == "2023年青石镇政府工作报告"


def test_contents_end_where_their_first_entry_comes_again() -> None:
    doc = _doc("""
        目录
        第一部分 报告
        第二部分 预算表格
        一、2022年全县一般公共预算收支执行情况表
        二、2023年全县一般公共预算收支预算情况表
        第三部分 情况说明
        第一部分 报告
        关于沙洋县2022年预算执行情况和2023年预算草案的报告
        各位代表:
        一、2022年财政预算执行情况
        """)
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "第一部分"), (2, "一、")]


def test_a_title_the_page_cut_is_whole_where_the_article_runs_it_on() -> None:
    doc = _doc("""
        成文日期 | 2024-01-10 | 发布机构 | 青石镇 |
        青石镇2023年工作总结和2024
        |
        青石镇2023年工作总结和2024 工作思路 今年以来,在县委、县政府的坚强领导下,全镇上下紧紧围绕目标。
        一、2023年工作总结
        """)
    assert doc.meta.title == "青石镇2023年工作总结和2024 工作思路"


def test_the_writer_named_before_what_its_work_followed() -> None:
    doc = _doc("""
        2024年,白水区市场监督管理局根据区委全面依法治区委员会、区政府的部署,坚持以习近平法治思想为指导。
        一、推进行政决策法治化
        """)
    assert doc.meta.org == "白水区市场监督管理局"


def test_an_undated_report_to_a_congress_is_the_year_after_the_one_it_is_about() -> None:
    doc = _doc("""
        青石省人民代表大会常务委员会副主任 李青
        各位代表:
        受省人大常委会委托,我向大会报告工作,请予审议。
        过去一年的主要工作
        2025年是“十四五”规划收官之年。一年来,省人大常委会坚持依法履职。
        一、坚持党对人大工作的全面领导
        """)
    assert doc.meta.year == 2026


def test_an_icons_label_over_the_title_is_furniture() -> None:
    doc = _doc("""
        头部
        ico
        ico
        青石镇2022年度法治政府建设情况报告
        青石市政府门户网站      2023-02-06 11:02:09  来源: 本网
        2022年,青石镇深入学习贯彻习近平法治思想。
        """)
    assert doc.meta.title == "青石镇2022年度法治政府建设情况报告"


def test_a_title_with_its_documents_number_after_it() -> None:
    doc = _doc("""
        青石市2020年度法治政府建设工作情况报告(青政呈〔2021〕6号)
        青政呈〔2021〕6号                                              签发人:李青
        省人民政府:
        2020年,我市深入学习贯彻习近平法治思想。
        """)
    assert doc.meta.title == "青石市2020年度法治政府建设工作情况报告"


def test_a_date_over_an_untitled_annual_report_is_no_speechs_day() -> None:
    doc = _doc("""
        (2021年1月19日)
        按照《中华人民共和国政府信息公开条例》的规定,现公布本年度政府信息公开工作年度报告。
        一、总体情况
        2020年,我办认真贯彻落实国家、省、市要求,将政府信息公开工作摆在重要位置。
        """)
    assert (doc.meta.delivered, doc.meta.date) == (None, "2021-01-19")
    assert doc.meta.year == 2020


def test_a_city_that_names_itself_by_its_bare_name() -> None:
    doc = _doc("""
        2024年,在省委、省人民政府的坚强领导下,株洲深入贯彻党的二十大精神,扎实推进法治政府建设。
        一、加强党对法治政府建设的领导。一是领导干部法治能力不断提升。茶陵县城管局创新执法方式。
        """)
    assert doc.meta.org == "株洲市人民政府"


def test_an_autonomous_region_that_names_itself_by_its_level() -> None:
    doc = _doc("""
        2022年,自治区坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。
        一、深入学习贯彻习近平法治思想
        自治区人民政府把学习贯彻习近平法治思想作为重大政治责任,印发《广西法治政府建设实施方案》。
        """)
    assert doc.meta.org == "广西壮族自治区人民政府"


def test_a_numbered_tables_caption_is_no_part() -> None:
    doc = _doc("""
        受白水区人民政府委托,向大会报告白水区2020年国民经济和社会发展计划执行情况。
        2020年是发展任务异常艰巨的一年。
        表12020年白水区国民经济和社会发展主要目标完成情况
        指标
        年度目标
        全年完成预计
        地区生产总值
        增长6%左右
        """)
    assert doc.nodes == ()


def test_what_a_half_year_achieved_is_no_prefectures_name() -> None:
    doc = _doc("""
        2022年区政府工作报告目标任务半年完成情况
        日期:2022-07-28 来源:白水区政府办公室
        2022年上半年,实现地区生产总值513.8亿元,同比增长2.8%。完成固定资产投资111.1亿元。
        """)
    assert doc.meta.org is not None and "实现" not in doc.meta.org


def test_what_a_year_achieved_is_no_prefectures_name() -> None:
    doc = _doc("""
        一、2020年工作回顾
        2020年,全年完成地区生产总值3483亿元、增长3.9%,一般公共预算收入238亿元。
        (一)疫情防控有力有效。牢牢把住疫情防控“四道关口”。
        """)
    assert doc.meta.org is None


def test_a_sites_name_with_its_mailbox_link_is_furniture() -> None:
    doc = _doc("""
        青石市政府门户网站 政务邮箱
        2020年政府工作报告 ——2020年1月6日在青石市白水区第三届人民代表大会第六次会议上
        青石市白水区区长 李青
        各位代表:
        现在,我代表区人民政府,向大会报告政府工作,请予审议。
        一、2019年工作回顾
        """)
    assert doc.meta.title == "2020年政府工作报告"
    assert doc.meta.delivered == "2020-01-06"


def test_a_remarks_row_and_an_empty_attachments_label_over_the_title() -> None:
    doc = _doc("""
        信息索引号 00250047-1/2020-16617 公开方式 主动公开
        发布机构 区审计局 公开范围 面向全社会
        备注/文号 公开时限 长期公开
        生成日期 2020-12-10 发布日期 2020-12-10
        附件
        白水区审计局关于2019年度白水区本级预算执行及其他财政收支情况的审计公告
        发布日期: 2020-12-10 14:42:43 点击率:
        根据审计法及相关法律法规的规定,区审计局对2019年度区本级预算执行进行了审计。
        注:文中部分数据为初步统计数
        """)
    assert doc.meta.title == "白水区审计局关于2019年度白水区本级预算执行及其他财政收支情况的审计公告"
    assert doc.meta.year == 2019
    assert [s.title for s in doc.nodes] == []
    assert "注:文中部分数据为初步统计数" not in [doc.text[a:b] for a, b in doc.debris]


def test_an_audit_announcement_under_a_sites_banner_is_the_audit_offices() -> None:
    doc = _doc("""
        丝路信息首页
        一带一路信息服务平台
        青石省2015年度省级预算执行和其他财政收支审计结果公告
        来源:青石日报 2016-08-17 11:05:24
        根据《审计法》和相关法律法规,省审计厅对2015年度省级预算执行和其他财政收支情况进行了审计。
        一是经济发展稳中向好。
        """)
    assert doc.meta.title == "青石省2015年度省级预算执行和其他财政收支审计结果公告"
    assert doc.meta.org == "青石省审计厅"


def test_an_undated_court_report_whose_first_part_names_the_year_it_reviews() -> None:
    doc = _doc("""
        各位代表:
        现在,我代表青石省高级人民法院向大会报告工作,请予审议。
        一、2009年全省法院工作
        过去的一年,是全省法院全力抓好司法应对工作的一年。
        (一)切实履行保增长保民生保稳定的司法使命
        """)
    assert doc.meta.year == 2010


def test_a_breadcrumb_whose_first_step_is_a_long_column_name() -> None:
    doc = _doc("""
        2017年青石两会专题_已归档(20180905)>在现场>权威发布> 详情
        青石省人民代表大会常务委员会工作报告——2017年1月16日在青石省第十二届人民代表大会第七次会议上
        各位代表:
        我受青石省第十二届人民代表大会常务委员会委托,向大会报告工作,请予审查。
        """)
    assert doc.meta.title == "青石省人民代表大会常务委员会工作报告"
    assert doc.meta.delivered == "2017-01-16"


def test_the_label_of_a_documents_first_part_over_the_title() -> None:
    doc = _doc("""
        第一部分预算草案报告
        关于白水区2025年预算执行情况和
        2026年预算草案的报告
        2026年1月26日在白水区第二届人民代表大会
        第七次会议上
        白水区财政局
        各位代表:
        我受白水区人民政府委托,向大会报告预算执行情况,请予以审议。
        一、2025年预算执行情况
        """)
    assert doc.meta.title == "关于白水区2025年预算执行情况和2026年预算草案的报告"
    assert doc.meta.delivered == "2026-01-26"
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "第一部分"), (2, "一、")]


def test_the_last_line_of_a_title_printed_again_under_the_headline_is_no_part() -> None:
    doc = _doc("""
        白水县农业农村局 关于“十三五”规划执行情况和“十四五” 工作安排的报告
        摘要: {"发布时间":"2020年12月04日"}
        白水县农业农村局
        关于“十三五”规划执行情况和“十四五”
        工作安排的报告
        县委、县政府:
        白水县认真贯彻落实乡村振兴战略的各项决策部署,现将有关情况报告如下。
        一、“十三五”以来发展情况
        """)
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、")]


def test_a_meetings_agenda_over_the_report_read_to_it_is_furniture() -> None:
    doc = _doc("""
        欢迎访问青石市人大常委会网站!
        市十四届人大常委会第二十五次会议议程
        (2025年6月26日)
        一、听取和审议市人大常委会执法检查组关于检查《优化营商环境条例》实施情况的报告;
        二、听取和审议市人民政府关于2024年市本级决算(草案)情况的报告,审查和批准2024年市本级决算;
        三、审议有关人事事项。
        关于《优化营商环境条例》贯彻落实情况的报告
        —2025年6月26日在市十四届人大常委会第二十五次会议上
        青石市人民政府
        我市坚持以习近平新时代中国特色社会主义思想为指导。
        一、做法成效
        (一)完善政策机制。一是政策推动。
        """)
    assert doc.meta.title == "关于《优化营商环境条例》贯彻落实情况的报告"
    assert doc.meta.org == "青石市人民政府"
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、"), (2, "(一)")]


def test_a_ratio_wrapped_at_its_decimal_point_is_no_section_number() -> None:
    doc = _doc("""
        一、“十二五”时期工作回顾
        过去的五年极不平凡。三次产业比例由2010年的12.6:53.3:
        34.1调整为11.3:47.3:41.4。实施产业培植工程,完成技改投资3222亿元。
        二、2016年工作安排
        """)
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、"), (1, "二、")]


def test_a_page_printed_as_one_line_with_a_paragraphs_own_list_keeps_its_other_parts() -> None:
    doc = _doc("文广局2017年工作总结\n 2017年,市文广局按照市委、市政府的决策部署,推动文化事业发展。"
               "现将2017年工作情况总结如下:  一、2017年工作取得的突出成效  (一)、2017年工作总结  "
               "1、为民办实事工程项目任务完成情况  (1)村级公共服务中心示范项目。项目于4月下达,"
               "计划建设43个村级公共服务中心。(2)公共文化场所免费开放项目。经费已按时落实到位。"
               "(3)全民健身工程项目。建设11个村级篮球场。\n")
    # (the list's first entry may start a line after its heading; the others stay in the paragraph)
    assert [(s.level, s.marker) for s in doc.nodes][:3] == [(1, "一、"), (2, "(一)、"), (3, "1、")]
    assert [s.marker for s in doc.nodes if s.marker in ("(2)", "(3)")] == []


def test_contents_under_the_title_with_an_entry_whose_number_was_lost() -> None:
    doc = _doc("""
        青石镇人民政府2024年度部门决算公开
        日期:2025-09-29 14:48    来源:青石镇
        第一部分 2024年度部门决算报表
        一、收入支出决算总表
        二、收入决算表
        政府性基金预算财政拨款收入支出决算表
        四、国有资本经营预算财政拨款支出决算表
        第二部分 2024年度部门决算说明
        第三部分 2024年度部门绩效评价情况
        第一部分 2024年度部门决算报表
        报表详见附件。
        第二部分 2024年度部门决算说明
        一、部门基本情况
        青石镇人民政府为正处级行政单位。
        """)
    assert doc.meta.title == "青石镇人民政府2024年度部门决算公开"
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "第一部分"), (1, "第二部分"), (2, "一、")]


def test_a_metadata_table_with_bracketed_labels_between_bars_is_furniture() -> None:
    doc = _doc("""
        | [ 索引号 ] | 11500230008689607X/2026-00009 |
        | [ 发文字号 ] | 无 |
        | [ 发布机构 ] | 丰都县树人镇人民政府 |
        | [ 成文日期 ] | 2026-02-11 |
        | [ 发布日期 ] | 2026-02-11 |
        丰都县树人镇人民政府2025年法治政府建设情况报告
        2025年,树人镇坚持以习近平新时代中国特色社会主义思想为指导。
        一、2025年推进法治政府建设的主要举措和成效
        """)
    assert doc.meta.title == "丰都县树人镇人民政府2025年法治政府建设情况报告"
    assert len(doc.debris) == 5


def test_a_mangled_page_of_a_districts_work_report() -> None:
    # The attachments list above the title is no appendix; the copy dropped the 年 and 月 of
    # the day, and the page's 发布机构 is the government's office by its short name.
    doc = _doc("""
        信息索引号 K1493206-6/2019-11153 公开方式 主动公开
        发布机构 区府办 公开范围 面向全社会
        附件
        2019年政府工作报告及图解

        区七届人大三次会议文件(20

        政府工作报告

        2019116日在长河区第七届人民代表大会第三次会议上)

        各位代表:

        现在,我代表区人民政府向大会报告工作,请予审议。

        一、2018年工作回顾

        2018年是全面贯彻党的十九大精神的开局之年。
        """)
    assert doc.meta.session == "长河区第七届人民代表大会第三次会议"
    assert doc.meta.org == "长河区人民政府"
    assert doc.meta.year == 2019
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [(1, "2018年工作回顾")]


def test_a_new_districts_committee_report() -> None:
    doc = _doc("""
        长河新区2018年管委会工作报告
        时间 : 2018-03-21 14:43 来源:长河新区
          一、2017年工作回顾
        """)
    assert doc.meta.org == "长河新区管理委员会"


def test_a_parts_name_printed_as_two_short_lines_between_paragraphs() -> None:
    doc = _doc("""
        政府工作报告
        ——2018年12月22日在青山县第十八届人民代表大会第三次会议上
        各位代表:
        现在,我代表县人民政府向大会报告工作,请予审议。
        攻坚克难砥砺奋进
        全县经济社会实现持续健康发展
        2018年是本届政府的开局之年,面对依然复杂严峻的形势,我们主要做了以下工作。
        一、全力以赴稳增长、促发展,经济质量稳步提升
        全县生产总值稳步增长。
        """)
    outline = [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"]
    assert outline == [(1, "", "攻坚克难砥砺奋进"), (2, "一、", "全力以赴稳增长、促发展,经济质量稳步提升")]
    # Two short lines that end a paragraph's list, with no paragraph after them, name no part.
    doc = _doc("""
        一、主要工作
        全县生产总值稳步增长。
        青山县人民政府
        二〇一八年十二月
        """)
    assert [s.title for s in doc.nodes if s.kind == "heading"] == ["主要工作"]


def test_a_title_broken_before_its_closing_words_under_a_site_s_menu() -> None:
    doc = _doc("""
        政府信息公开
          • 政府信息公开指南
          • 政府信息公开年报
        2019年度
        青山县人民政府2019年政府信息公开
        工作年度报告
          根据《中华人民共和国政府信息公开条例》,编制本报告。
          一、总体情况
        """)
    assert doc.meta.title == "青山县人民政府2019年政府信息公开工作年度报告"
    assert doc.meta.org == "青山县人民政府"


def test_a_site_s_column_and_year_tab_over_an_untitled_report_are_no_title() -> None:
    doc = _doc("""
        政府信息公开
          • 政府信息公开指南
          • 依申请公开
        2020年度
        根据《中华人民共和国政府信息公开条例》有关规定,现就青山县人民政府2020年度政府信息公开情况报告如下:
          一、概述
          本报告由概述、总体情况等部分组成。
        """)
    assert doc.meta.title != "2020年度"
    assert doc.meta.org == "青山县人民政府"
    assert doc.meta.year == 2020


@pytest.mark.parametrize(("opening", "org"), [
    ("2024年,湖南坚持以习近平法治思想为指导,扎实推动法治政府建设取得积极成效。", "湖南省人民政府"),
    ("2023年,广西深入学习贯彻习近平法治思想,法治政府建设取得新成效。", "广西壮族自治区人民政府"),
])
def test_a_province_the_opening_names_by_its_short_name(opening: str, org: str) -> None:
    doc = _doc(f"""
        {opening}
        一、坚持把加强党的领导贯穿法治政府建设全过程
        (一)习近平法治思想学习贯彻不断深入。
        """)
    assert doc.meta.org == org


def test_a_title_row_names_joint_writers_before_the_title() -> None:
    doc = _doc("""
        | 发文机关:青山镇人民政府 | 主题词: |
        | 标题:中共青山镇委员会 青山镇人民政府关于2025年度法治政府建设情况的报告 | |
        | 主题分类: | 发布日期:2025-12-22 |
        2025年,在县委、县政府的坚强领导下,青山镇始终坚持以习近平法治思想为指导。
        一、主要举措及成效
        """)
    assert doc.meta.title == "中共青山镇委员会 青山镇人民政府关于2025年度法治政府建设情况的报告"


def test_a_page_s_list_of_facts_names_no_part() -> None:
    doc = _doc("""
        • 发布机构
          • 青山市林业局
          • 公开目录
          • 重点工作
          • 发布日期
          • 2025-02-17
        青山市林业局2024年度法治政府建设成效报告
        2024年,青山市林业局在市委、市政府的正确领导下推进法治政府建设。现将具体工作报告如下。
        一、2024年推进法治政府建设的主要举措和成效
        (一)立法工作情况
        """)
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [(1, "一、"), (2, "(一)")]


@pytest.mark.parametrize(("opening", "org"), [
    # a department by its short name, not the city
    ("2023年,青山市卫生健康委在市委、市政府的坚强领导下,全面深化法治机关建设。", "青山市卫生健康委"),
    # a city's district, not the city
    ("2022年,西安市新城区坚持以习近平法治思想为指导,法治政府建设实现率先突破。", "西安市新城区人民政府"),
    ("2024年以来,在市委和市检察院的坚强领导下,青山市人民检察院第二分院坚持依法履行检察职能。",
     "青山市人民检察院第二分院"),
])
def test_the_opening_s_subject_named_whole(opening: str, org: str) -> None:
    doc = _doc(f"""
        {opening}
        一、主要举措和成效
        (一)深化“放管服”改革
        """)
    assert doc.meta.org == org


def test_the_issuers_of_a_document_the_opening_cites_are_not_its_subject() -> None:
    doc = _doc("""
        根据中共中央、国务院《法治政府建设实施纲要(2021-2025)》,中共中央办公厅、国务院办公厅《法治政府建设与责任落实督察工作规定》,以及青山市和我区有关工作部署和要求,我局积极开展法治政府建设。现将我局2022年法治建设情况报告如下:
        一、主要举措和成效
        一是完善制度。制定《龙泉市统计局2022年普法责任清单》。
        """)
    assert doc.meta.org == "龙泉市统计局"  # (the one office it names whole)


def test_a_party_committee_s_body_named_in_the_text_is_not_the_one_office() -> None:
    doc = _doc("""
        2024年,在市委、市政府的坚强领导下,我局认真贯彻落实《中共龙泉市委全面依法治市委员会工作规则》等要求,统筹推进法治政府建设。
        一、主要举措和成效
        一是制定《龙泉市统计局领导干部应知应会法律法规清单》。
        """)
    assert doc.meta.org == "龙泉市统计局"


def test_words_that_run_past_an_office_s_ending_name_no_office() -> None:
    doc = _doc("""
        2022年10月18日,青山市青岭区十八届人大常委会第十一次会议审议了审计工作报告。区政府高度重视,部署相关单位积极落实整改。
        一、整改工作的部署推进情况
        """)
    assert doc.meta.org != "青山市青岭区十八届人大常委"
    doc = _doc("""
        | 发布机构 区财政局 |
        关于2021年度区本级财政决算的报告
        主任、副主任,各位委员:
        2021年,一般公共预算支出45.09亿元,与向区九届人大一次会议报告的执行数一致。又与向区人大常委会报告的数一致。
        一、2021年区财政决算情况
        """)
    assert doc.meta.org == "区财政局"
    # ``办理``: a verb, not an office's ``办``
    for opening in ("聚焦依申请公开业务办理重点、难点问题,制定出台专项工作规程。", "2022年,共办理政府信息公开申请49件。"):
        doc = _doc(f"""
            一、总体情况
            {opening}
            """)
        assert doc.meta.org is None, opening


def test_a_half_year_s_group_line_set_off_by_a_dash() -> None:
    doc = _doc("""
        今年以来工作回顾
        今年以来,青山镇在县委、县政府的坚强领导下,实现了时间过半、任务过半的目标。
        ——今年以来,我们坚持项目为“王”,经济发展迈上新台阶
        招商财税高质高效。截至7月底,我镇财税收入达1.54亿元,同比增长17.9%。
        """)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "今年以来工作回顾"), (2, "今年以来,我们坚持项目为“王”,经济发展迈上新台阶")]


def test_a_prefecture_s_department_placed_by_the_prefecture_s_short_name() -> None:
    doc = _doc("""
        州民宗局2023年度法治政府建设情况报告
        2023年,在州委、州政府的正确领导下,州民宗局坚持以习近平新时代中国特色社会主义思想为指导,落实湘西州法治建设规划。
        一、工作开展情况
        """)
    assert doc.meta.org == "湘西土家族苗族自治州民宗局"


def test_who_drew_the_report_up_with_what() -> None:
    doc = _doc("""
        本报告依据《中华人民共和国政府信息公开条例》要求,由青山经济技术开发区管委会结合有关统计数据编制。
        一、总体情况
        """)
    assert doc.meta.org == "青山经济技术开发区管委会"


def test_an_excerpt_of_a_town_s_report_that_calls_the_town_its_own() -> None:
    doc = _doc("""
        一、2023年度法治政府建设的主要举措和成效
        一是加强组织领导。及时调整青山镇法治政府建设领导小组成员,负责推进全镇法治政府建设工作,加强党对本镇法治政府建设工作的领导。
        二是统筹推进。青山镇将法治政府建设纳入年度考核。
        """)
    assert doc.meta.org == "青山镇人民政府"
    # named once, the town may be another the text speaks of
    doc = _doc("""
        一、2023年度法治政府建设的主要举措和成效
        一是加强组织领导。学习青山镇的经验,加强党对本镇法治政府建设工作的领导。
        """)
    assert doc.meta.org is None


def test_a_site_s_columns_each_behind_its_arrows_are_furniture() -> None:
    doc = _doc("""
        >> 阳光执法 | >> 行政执法公开 | >> 法治政府建设年度报告和工作要点 |
        2022年,市公安局坚持以习近平新时代中国特色社会主义思想为指导,按照市委市政府的总体部署,将法治杭州工作任务落到实处。有关情况报告如下:
        一、主要举措和成效
        """)
    assert doc.meta.title is None
    # the city whose rule of law it builds, by its short name: 杭州 is 杭州市
    assert doc.meta.org == "杭州市公安局"


def test_an_office_that_calls_itself_mine_is_not_the_ministry_it_follows() -> None:
    doc = _doc("""
        2019年,我厅按照自治区党委、政府,交通运输部的统一部署,全面推进依法行政。
        一、依法全面履行交通运输主管部门职能
        """)
    assert doc.meta.org is None


@pytest.mark.parametrize(("opening", "org"), [
    ("今年以来,青山旅游度假区在市委、市政府的正确领导下,统筹抓好各项工作。", "青山旅游度假区管理委员会"),
    ("2022年,青山新片区在市委、市政府的坚强领导下,深入贯彻落实习近平法治思想。", "青山新片区管理委员会"),
    ("2022年,白水新城在市委、市政府的坚强领导下,深入贯彻落实习近平法治思想。", "白水新城管理委员会"),
])
def test_zones_are_run_by_their_committees(opening: str, org: str) -> None:
    doc = _doc(f"""
        {opening}
        一、主要工作
        """)
    assert doc.meta.org == org


def test_a_zone_s_party_committee_and_its_committee_report_as_the_committee() -> None:
    doc = _doc("""
        青山市青河合作区2022年法治政府建设年度报告
        2022年,区党工委、管委会高度重视法治政府建设,全力推进依法行政。
        一、2022年法治政府建设成效
        """)
    assert doc.meta.org == "青山市青河合作区管理委员会"


def test_the_report_a_covering_letter_sends_is_titled_without_its_attachment_label() -> None:
    doc = _doc("""
        关于报送《青山区财政局2023年度法治政府建设情况报告》的报告
        青山区法治政府建设工作领导小组办公室:
        我局全面总结2023年度法治政府建设基本情况,拟写了《青山区财政局2023年度法治政府建设情况报告》,请审阅。
        青山区财政局
        2024年1月26日
        附件:青山区财政局2023年度法治政府建设情况报告
        2023年,我局坚持以习近平法治思想为指导,推进法治财政建设。
        一、主要举措和成效
        """)
    assert doc.meta.title == "青山区财政局2023年度法治政府建设情况报告"


def test_a_federation_s_name_over_its_about_title() -> None:
    doc = _doc("""
        | 发文机关: | 青岭区 | 发文日期: | |
        青山市青岭区残疾人联合会
        关于2025年度法治政府建设情况的报告
        2025年,在区委、区政府的坚强领导下,在省、市残联的大力支持下,推进法治政府建设。
        一、主要举措和成效
        """)
    assert doc.meta.title == "青山市青岭区残疾人联合会关于2025年度法治政府建设情况的报告"
    assert doc.meta.org == "青山市青岭区残疾人联合会"


def test_the_current_column_s_label_is_furniture() -> None:
    doc = _doc("""
        当前栏目:部门动态

        青山市数据局2024法治政府建设工作情况报告

        来源:市数据局    时间:2025-03-26

        2024年6月份成立以来,市数据局深入学习贯彻习近平法治思想。
        一、主要举措
        """)
    assert doc.meta.title == "青山市数据局2024法治政府建设工作情况报告"


def test_a_title_run_on_into_its_source_and_date_row() -> None:
    doc = _doc("""
        青岭区档案局2023年度法治政府建设情况报告 信息来源: 发布时间:2024-01-02

        2023年,在区委、区政府的正确领导下,青岭区档案局以习近平法治思想为指导。
        一、主要举措
        """)
    assert doc.meta.title == "青岭区档案局2023年度法治政府建设情况报告"


def test_a_list_printed_on_one_line_is_no_section() -> None:
    doc = _doc("""
        二、主动公开政府信息情况
        (一)公开的形式
        1.官方网站公开;2.电视、电台宣传媒体;3.公共查阅点;4.微信公众号。
        (二)公开的内容
        """)
    assert [s.marker for s in doc.nodes] == ["二、", "(一)", "(二)"]


def test_a_list_whose_entries_end_with_semicolons_is_no_part() -> None:
    doc = _doc("""
        青岭区民政局2023年工作总结

        一、2023年主要工作

        (一)主要亮点及荣誉

        1.青岭区被评为全省2022年度移民工作先进县区;

        2.入选省智慧养老院试点县区;

        3.入选省婚姻登记电子档案单套管理试点县区;

        4.区慈善基地被评为全省示范性慈善基地。

        (二)民生保障

        1.兜牢底线。全年发放低保金1200万元。
        2.完善救助。新建救助站3个。
        3.关爱老人。新建助餐点12个。
        """)
    titles = [s.title for s in doc.nodes if s.kind == "heading"]
    assert titles == ["2023年主要工作", "主要亮点及荣誉", "民生保障", "兜牢底线", "完善救助", "关爱老人"]
    assert_tiles(doc)
    # (the parts a report is made of, listed in its opening sentence)
    parts = _doc("""
        特向社会公布2012年度青山市民政局信息公开年度报告。本报告主要内容共三个部分组成:
        (一) 政府信息公开工作概述;
        (二) 主动公开政府信息情况;
        (三) 需要说明的事项与附表。
        本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。
        一、政府信息公开工作概述
        2012年,我局认真贯彻落实《条例》。
        """)
    assert [s.title for s in parts.nodes if s.kind == "heading"] == ["政府信息公开工作概述"]
    assert_tiles(parts)


def test_a_county_named_by_one_character_and_its_level() -> None:
    doc = _doc("""
        2023年,新县在市委、市政府的坚强领导下,始终坚持以习近平法治思想为指导。现将有关情况报告如下:
        一、主要举措和成效
        """)
    assert doc.meta.org == "新县人民政府"


def test_the_writer_after_a_year_given_by_its_first_and_last_days() -> None:
    doc = _doc("""
        根据《青山省政务公开工作要点》要求,现将本单位2023年政务公开工作情况报告如下。
        2023年1月1日至12月31日,青山州生态环境局禄溪分局在禄溪市人民政府门户网站共发布信息120条。
        (一)政府信息公开
        """)
    assert doc.meta.org == "青山州生态环境局禄溪分局"
    assert doc.meta.year == 2023


def test_an_empty_row_of_the_metadata_block_stands_over_no_title() -> None:
    doc = _doc("""
        发文字号: 成文时间: 2024-09-24
        公文时效:

        青岭旗2024年上半年国民经济和社会发展计划执行情况

        一、上半年计划执行情况

        2024年上半年,青岭旗地区生产总值完成16.29亿元,同比增长5.1%。
        """)
    assert doc.meta.title == "青岭旗2024年上半年国民经济和社会发展计划执行情况"
    assert [s.title for s in doc.nodes if s.kind == "heading"] == ["上半年计划执行情况"]


def test_a_half_year_part_named_without_a_number() -> None:
    doc = _doc("""
        关于2020年上半年工作情况和下半年工作安排的报告

        上半年主要工作情况

        今年以来,我们坚持稳中求进工作总基调,全区经济社会发展总体平稳。

        一、疫情防控稳中向好

        严格落实常态化防控措施。

        下半年工作安排

        一、全力稳住经济基本盘
        """)
    headings = [(s.level, s.title) for s in doc.nodes if s.kind == "heading"]
    assert headings == [(1, "上半年主要工作情况"), (2, "疫情防控稳中向好"),
                        (1, "下半年工作安排"), (2, "全力稳住经济基本盘")]


def test_a_line_that_goes_on_with_a_wrapped_sentence_after_a_gap_has_lost_no_numeral() -> None:
    # (a page copied with hard line breaks and a blank line between every two)
    doc = _doc("""
        一、概述

          (一)领导重视,确保政府信息公开工作有效开展。把政务公开和政府信息公开工作列入“一把手”工程,纳入重要议事日程、党风廉政建设

        、政风行风评议和依法行政工作之中。定期对政务公开工作的进展情况进行调度。

          (二)全面公开,进一步规范政府信息公开工作。按照“公开为原则、不公开为例外”的要求,不断创新机制,完善制度,充分利用新闻媒体

        、政府门户网站、服务窗口等方式进行公开。
        """)
    headings = [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"]
    assert headings == [(1, "一、", "概述"), (2, "(一)", "领导重视,确保政府信息公开工作有效开展"),
                        (2, "(二)", "全面公开,进一步规范政府信息公开工作")]


def test_the_own_title_wrapped_under_the_pages_furniture_says_the_headline_more_fully() -> None:
    doc = _doc("""
        青山市青河区人民政府

        政府信息公开年报
        青河区金融街街道2025年政府信息公开工作年度报告

        发布时间:2026-01-19 18:36

        分享:

        青山市青河区金融街街道2025年政府

        信息公开工作年度报告

        依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告
        一、总体情况
        """)
    assert doc.meta.title == "青山市青河区金融街街道2025年政府信息公开工作年度报告"


def test_a_places_titled_report_put_up_by_its_governments_office_is_the_governments() -> None:
    doc = _doc("""
        索引号:115323000151673132-/2022-0210006 公开目录:法治政府情况报告 发布机构:青河州人民政府办公室
        主题词: 发布日期:2022年02月10日 文  号:
        青河州2021年度法治政府建设情况报告
        2021年,在省委、省政府的正确领导下,全州推进法治政府建设。
        一、主要举措和成效
        """)
    assert doc.meta.org == "青河州人民政府"


def test_a_writers_line_with_its_second_name_in_brackets_starts_the_title() -> None:
    doc = _doc("""
        青山市农业农村局(市茶叶局)
        2020年政府信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》规定,现向社会公开本报告。
        一、概述
        """)
    assert (doc.meta.title, doc.meta.org) == ("青山市农业农村局(市茶叶局)2020年政府信息公开工作年度报告", "青山市农业农村局")


def test_a_banner_over_a_title_that_names_its_writer_after_its_year_is_the_sites() -> None:
    doc = _doc("""
        青山省民政厅
        logo
        您现在所在的位置 : 首页 > 信息公开 > 政府信息公开年报
        2015年青山省民政厅政府信息公开工作报告
        2016-03-28 12:00 来源: 发布机构: 【字体:   打印

        根据《中华人民共和国政府信息公开条例》的有关规定,特向社会公布本报告。
        一、概述
        """)
    assert (doc.meta.title, doc.meta.org) == ("2015年青山省民政厅政府信息公开工作报告", "青山省民政厅")


def test_the_first_part_that_lost_its_numeral_under_the_title_is_a_part() -> None:
    doc = _doc("""
        青河区发展和改革局

        2016年政府信息公开工作年度报告

         、概述

        根据《中华人民共和国政府信息公开条例》要求,现将我局2016年政府信息公开工作情况报告如下。

        二、主动公开政府信息情况

        (一)主动公开政府信息的数量
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "、", "概述"), (1, "二、", "主动公开政府信息情况"), (2, "(一)", "主动公开政府信息的数量")]


def test_the_first_part_whose_numeral_a_copy_typed_as_a_dash() -> None:
    doc = _doc("""
        青河市财政局依据《中华人民共和国政府信息公开条例》编制了本报告,报告内容分为六个部分。
        —、总体情况
        (一)加强组织领导。我局始终把做好政府信息公开工作作为全局重要工作之一。
        (二)完善工作机制。我局建立健全信息发布审核制度。
        二、主动公开政府信息情况
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "—、", "总体情况"), (2, "(一)", "加强组织领导"), (2, "(二)", "完善工作机制"),
        (1, "二、", "主动公开政府信息情况")]


def test_a_part_whose_numeral_the_copy_lost() -> None:
    doc = _doc("""
        青山市2024年法治政府建设年度报告

        2024年,我市深入学习贯彻习近平法治思想。现将有关情况报告如下。

        、坚持党的全面领导,确保法治政府建设始终沿着正确方向推进

        市委、市政府领导班子坚持把学深悟透习近平法治思想作为首要政治任务。

        二、健全依法行政制度体系

        (一)加强重点领域立法
        """)
    headings = [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"]
    assert headings == [
        (1, "、", "坚持党的全面领导,确保法治政府建设始终沿着正确方向推进"),
        (1, "二、", "健全依法行政制度体系"), (2, "(一)", "加强重点领域立法")]


def test_a_township_report_titled_with_its_year_and_度() -> None:
    doc = _doc("""
        2024年度青岭镇政府工作报告
        发布日期:2025-02-14 20:38 信息来源:青岭镇

        2024年工作回顾

        2024年是全面贯彻落实党的二十大精神的关键之年。
        """)
    assert doc.meta.org == "青岭镇人民政府"
    assert doc.meta.year == 2024


def test_a_zone_named_in_its_rule_of_law_report_title_writes_it() -> None:
    # the 发布机构 row names the zone's general office, which put the page up
    doc = _doc("""
        发布机构: | 高新区办公室 |
        成文日期: | 2025-03-28 |
        青湾高新区法治政府建设工作报告 |
        2024年,高新区坚持以习近平新时代中国特色社会主义思想为指导。
        一、法治政府建设工作举措和成效
        """)
    assert doc.meta.org == "青湾高新区管理委员会"


def test_joint_writers_under_the_department_that_put_the_page_up() -> None:
    doc = _doc("""
        高新区群众工作部

        中共青湾市委青湾高新区工作委员会

        青湾高新技术产业开发区管理委员会

        关于2022年度法治政府建设工作的报告

        2022年,高新区上下深入学习贯彻习近平法治思想。

        一、推进法治政府建设的主要举措和成效
        """)
    assert doc.meta.title == ("中共青湾市委青湾高新区工作委员会青湾高新技术产业开发区管理委员会"
                              "关于2022年度法治政府建设工作的报告")
    assert doc.meta.org == "青湾高新技术产业开发区管理委员会"


def test_a_congress_named_over_a_subtitle_is_no_title() -> None:
    doc = _doc("""
        青湾市西岭区第四届人民代表大会
        ——2025年2月20日在青湾市西岭区
        第四届人民代表大会第五次会议上
        西岭区发展和改革局
        各位代表:
        受城区人民政府委托,现将西岭区2024年国民经济和社会发展计划执行情况与2025年计划草案提请审议。
        一、2024年国民经济和社会发展计划执行情况
        """)
    assert doc.meta.title is None
    assert doc.meta.org == "西岭区发展和改革局"
    assert doc.meta.delivered == "2025-02-20"


def test_an_excerpt_cut_mid_sentence_is_not_a_text_wrapped_at_a_fixed_width() -> None:
    # the opening runs on into a stray tag, and the excerpt ends mid-sentence: two long lines
    # without a full stop, yet the page keeps its paragraphs whole
    doc = _doc("""
        青岭镇人民政府2024年政府信息公开工作年度报告
        本年度报告根据《中华人民共和国政府信息公开条例》制作,所列数据统计期限为2024年1月1日至2024年12月31日。 年度报告格式>
        一、总体情况
        (一) 主动公开情况。
        2024年,青岭镇人民政府积极履行政府信息公开职责,通过多种渠道主动公开政府信息,其中门户网站累计更新政务信息54条
        """)
    headings = [(s.level, s.title) for s in doc.nodes if s.kind == "heading"]
    assert headings == [(1, "总体情况"), (2, "主动公开情况")]


def test_a_list_of_the_documents_the_page_holds_is_no_outline() -> None:
    doc = _doc("""
        1.青岭区2024年预算执行情况和2025年预算草案的报告
        2.青岭区2024年预算执行情况和2025年预算草案的报告附表
        3.青岭区2025年“三公”经费预算表
        4.青岭区2024年债务情况说明
        5.青岭区2025年重点项目清单
        关于青岭区2024年预算执行情况和2025年预算草案的报告
        2025年2月16日
        在青岭区第九届人民代表大会第五次会议上
        青岭区财政局
        各位代表:
        受区人民政府委托,现将青岭区2024年预算执行情况和2025年预算草案提请审议。
        2024年预算执行情况
        2024年是实施“十四五”规划的关键之年。
        """)
    assert doc.meta.title == "关于青岭区2024年预算执行情况和2025年预算草案的报告"
    assert [s.title for s in doc.nodes if s.kind == "heading"] == ["2024年预算执行情况"]


def test_a_list_of_honours_is_no_part() -> None:
    doc = _doc("""
        一、2023年亮点工作
        1.“一站五组”人大代表工作模式迎接全国人大观摩。
        2.街道民族团结进步服务站获评省级民族团结示范区荣誉。
        3.街道社工站获评全省乡镇(街道)社工站示范点。
        4.花园社区获评全省首批零碳试点社区。
        5.矛盾纠纷化解经验做法在全市获得交流推广。
        二、2023年工作总结
        (一)坚持重点突破,激发经济发展活力
        1.抓招商。全年签约项目12个,获评全市招商先进单位。
        2.抓项目。新开工项目8个。
        3.抓服务。走访企业200家次。
        """)
    titles = [s.title for s in doc.nodes if s.kind == "heading"]
    # the second list's entries open with their own names: headings, whatever their bodies say
    assert titles == ["2023年亮点工作", "2023年工作总结", "坚持重点突破,激发经济发展活力",
                      "抓招商", "抓项目", "抓服务"]


def test_an_office_named_by_its_level_is_no_place_of_its_own() -> None:
    doc = _doc("""
        市绿化市容局2021年工作总结与2022年工作要点
        2021年,市绿化市容局坚持以习近平新时代中国特色社会主义思想为指导,锚定建设“生态之城”目标。
        一、2021年工作总结
        """)
    assert doc.meta.org == "市绿化市容局"


def test_this_year_is_the_year_of_the_page_that_says_it() -> None:
    doc = _doc("""
        - 信息来源:青岭区人民政府城西街道办事处
        - 发布日期:2025-12-11 09:28
        今年以来,城西街道坚决贯彻区委、区政府战略部署,聚焦产业转型、城市更新。
        一是乘势而动,抢抓转型升级窗口。全年完成亿元以上签约项目10个。
        """)
    assert doc.meta.year == 2025


def test_a_page_printed_as_one_line_with_its_subtitle_run_on() -> None:
    doc = _doc("""
        青岭镇人民政府半年工作情况报告 ——2022年7月28日在青岭镇第六届人民代表大会 第二次会议上 镇长 ××× 各位代表: 现在,我代表青岭镇人民政府,向大会作2022年上半年政府工作情况报告,请予以审议。 一、2022年上半年工作情况 2022年上半年,青岭镇政府在区委、区政府的坚强领导下,统筹推进各项工作。
        """)
    assert doc.meta.title == "青岭镇人民政府半年工作情况报告"
    assert doc.meta.org == "青岭镇人民政府"


def test_a_part_whose_marker_the_copy_lost_over_a_list_that_starts_again() -> None:
    doc = _doc("""
        青岭市人民政府关于2024年法治政府建设情况的报告

        一、主要工作举措和成效

        (一)深化政治引领,法治政府建设动能强劲

        1.深入学习贯彻习近平法治思想。把学习贯彻习近平法治思想作为首要政治任务。

        2.压紧压实“第一责任人”责任。印发年度工作要点。

        深化职能转变,营商环境持续优化升级

        1.优化政府机构职能。重新明确部门职责。

        2.政务服务扩面增效。政务服务中心设置综合窗口。

        (三)坚持依法决策,决策质量不断提升
        """)
    headings = [(s.level, s.title, s.inferred_ordinal) for s in doc.nodes if s.kind == "heading"]
    assert headings == [
        (1, "主要工作举措和成效", None), (2, "深化政治引领,法治政府建设动能强劲", None),
        (3, "深入学习贯彻习近平法治思想", None), (3, "压紧压实“第一责任人”责任", None),
        (2, "深化职能转变,营商环境持续优化升级", 2),
        (3, "优化政府机构职能", None), (3, "政务服务扩面增效", None),
        (2, "坚持依法决策,决策质量不断提升", None)]


def test_a_column_name_over_the_article_s_own_title_that_says_whose_it_is() -> None:
    doc = _doc("""
        法治政府建设年度报告和工作要点
        青岭市司法局2023年法治政府建设年度报告
          • 发布时间:
          • 2024-03-04

              2023年,在市委、市政府的正确领导下,市司法局坚持依法推动各项工作开展。
        """)
    assert doc.meta.title == "青岭市司法局2023年法治政府建设年度报告"
    assert doc.meta.org == "青岭市司法局"


def test_a_plan_title_wrapped_twice_after_its_joining_word() -> None:
    doc = _doc("""
        青岭区2024年国民经济和社会发展计划
        执行情况与2025年国民经济和
        社会发展计划(草案)的报告
        ——2025年1月20日在青岭区第十八届人民代表大会第四次会议上
        区发展和改革委员会
        各位代表:
        一、2024年国民经济和社会发展计划执行情况
        """)
    assert doc.meta.title == ("青岭区2024年国民经济和社会发展计划执行情况与2025年国民经济和"
                              "社会发展计划(草案)的报告")


def test_a_part_named_without_a_number_in_a_page_printed_as_one_line() -> None:
    doc = _doc("""
        青岭镇人民政府工作报告 ——2024年1月10日在青岭镇第二十届人民代表大会第五次会议上 镇长 ×××
        各位代表: 现在,我代表青岭镇人民政府,向大会报告工作,请代表们予以审议,并请各位列席人员提出意见。 2023年工作回顾 2023年,我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。 一、坚持发展为要,经济规模稳步提升 1.区域转型更重实效。全年完成固定资产投资20亿元。
        """)
    headings = [(s.level, s.title) for s in doc.nodes if s.kind == "heading"]
    assert headings == [(1, "2023年工作回顾"), (2, "坚持发展为要,经济规模稳步提升"), (3, "区域转型更重实效")]


def test_a_plan_s_midterm_evaluation_is_the_year_it_is_published() -> None:
    doc = _doc("""
        青岭区生态环境“十四五”规划中期评估
          • 发文机构:青湾市青岭区生态环境局
          • 发布日期:2023-09-05

        根据有关通知要求,我局牵头开展了规划中期评估工作,相关情况汇报如下:

        一、规划实施情况
        """)
    assert doc.meta.year == 2023


def test_a_summary_row_that_opens_with_the_title_and_its_subtitle() -> None:
    doc = _doc("""
        发布机构: | 青湾市青岭区青河镇人民政府 | 发文日期: | 2025-02-20 |
        内容概括: | 青岭区青河镇2025年政府工作报告——在镇第十九届人民代表大会第七次会议上镇长×××(2025年1月15日)各位代表:现在,我代表青河镇人民政府向大会报告工作,请予审议。一、2024年工作回顾2024年是全面贯彻落实党的二十届三中全会精神的开局之年。
        """)
    assert doc.meta.title == "青岭区青河镇2025年政府工作报告"


def test_a_page_printed_as_one_line_with_an_undashed_subtitle() -> None:
    doc = _doc("""
        2024年青岭县政府工作报告 2023年1月5日在青岭县第十七届人民代表大会第三次会议上 青岭县人民政府县长 ××× 各位代表: 现在,我代表青岭县第十七届人民政府向大会作工作报告,请各位人大代表审议。 2022年工作回顾 刚刚过去的2022年,是极不平凡的一年。
        """)
    assert doc.meta.title == "2024年青岭县政府工作报告"
    assert doc.meta.year == 2024


def test_a_speakers_name_before_a_headline_is_not_part_of_the_title() -> None:
    doc = _doc("""
        购物车
        我的足迹

        李某某:中国人民政治协商会议第十一届青山省委员会常务委员会工作报告
        各位委员:
        现在,我受中国人民政治协商会议第十一届青山省委员会常务委员会委托,向大会报告工作。
        一、过去五年工作回顾
        """)
    assert doc.meta.title == "中国人民政治协商会议第十一届青山省委员会常务委员会工作报告"
    assert doc.meta.org == "中国人民政治协商会议青山省委员会常务委员会"


@pytest.mark.parametrize(("opening", "org"), [
    ("2022年,全市司法行政系统在市委、市政府的正确领导下,全力推进青川市法治政府建设。", "青川市司法局"),
    ("2023年,我县司法行政工作坚持以习近平法治思想为指导,建设模范白水。", "白水县司法局"),
    ("2024年,龙华区司法行政系统坚持以习近平新时代中国特色社会主义思想为指导。", "龙华区司法局"),
])
def test_a_places_justice_system_reports_through_its_justice_bureau(opening: str, org: str) -> None:
    doc = _doc(f"""
        {opening}
        一、主要举措和成效
        (一)科学部署。青川市、白水县依法行政工作稳步推进。
        """)
    assert doc.meta.org == org


def test_an_e_papers_page_furniture_is_not_the_title() -> None:
    doc = _doc("""
        当前版:07版
        政府工作报告
        2017年2月15日在延川市第五届人民代表大会第一次会议上
          延川市代市长 王某某
        """)
    assert doc.meta.title == "政府工作报告"


def test_a_table_of_contents_over_the_reports_title_is_furniture() -> None:
    doc = _doc("""
        一、全面贯彻“疫情要防住、经济要稳住、发展要安全”的要求
        (一)加强能力建设
        (二)保持经济平稳运行
        二、紧紧围绕城市战略定位
        三、持之以恒推进全面从严治党
        一、围绕服务新时代首都发展
        二、统筹发展和安全
        2023年青山区政府工作报告
        各位代表:
        现在,我代表青山区人民政府,向大会报告工作,请予审议。
        2022年工作回顾
        过去一年,全区上下团结奋斗,较好完成了全年目标任务。
        """)
    assert doc.meta.title == "2023年青山区政府工作报告"
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [(1, "", "2022年工作回顾")]


def test_a_document_sites_page_numbers_are_not_headings() -> None:
    doc = _doc("""
        2024年青山区政府工作报告.docx
        《2024年青山区政府工作报告.docx》由会员分享,可在线阅读。
        1、2024年青山区政府工作报告各位代表:现在,我代表区人民政府向大会报告工作,请予审议。一、2023年工作回顾过去一年,是全面贯彻党的二十大精神的开局之年。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。全区上下坚持稳中求进工作总基调,经济社会发展取得新成效。
        2、不易的答卷。这一年,我们坚持项目为王,重大项目加快建设。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。全区固定资产投资增长百分之八,产业结构持续优化升级。
        3、重点任务:唯实争先
        """)
    assert doc.meta.title == "2024年青山区政府工作报告"
    # the report's own part, run on after a full stop, is read; the site's numbers are not
    assert [(s.level, s.marker, s.title[:9]) for s in doc.nodes] == [(1, "一、", "2023年工作回顾")]


def test_a_document_sites_pages_that_break_off_a_sentence_are_not_headings() -> None:
    review = "全市经济运行稳中有进,重点项目加快建设,民生保障持续加强。" * 8
    doc = _doc(f"""
        2020年青山市政府工作报告(全文)
        点击查看更多>>
        资源描述

        《2020年青山市政府工作报告(全文)》由会员分享,可在线阅读,更多相关请在文库上搜索。

        1、2020年青山市政府工作报告(全文) 政 府 工 作 报 告 2020年6月10日在青山市第十六届 人民代表大会第五次会议上 各位代表: 现在,我代表青山市人民政府向大会作工作报告,请予审议。{review}当前要努力完

        2、成今年经济社会发展目标任务。 2019年和今年以来工作回顾 去年,市政府坚持稳中求进。{review}
        """)
    # the site numbers its pages; the report's part has no number, so none shows it is a run
    assert [(s.marker, s.title) for s in doc.nodes] == [("", "2019年和今年以来工作回顾")]


def test_a_pages_run_together_parts_are_read_with_the_first_section_run_on_to_its_part() -> None:
    body = "全镇各项工作稳步推进,群众满意度持续提升。" * 8
    doc = _doc(f"""
        1、2023年度乡镇法治政府建设情况报告为深入贯彻落实上级要求,青石镇依法全面履行政府职能。现将有关情况报告如下:一、基本情况2023年,青石镇在区委、区政府的坚强领导下,{body}
        2、法有效化解社会矛盾。{body}二、主要做法(一)加强政务公开和政府信息公开一是完善政务公开制度。{body}(二)推进严格规范公正文明执法。{body}
        3、准更加明确。
        """)
    assert [(s.level, s.marker, s.title[:4]) for s in doc.nodes] == [
        (1, "一、", "基本情况"), (1, "二、", "主要做法"), (2, "(一)", "加强政务"), (2, "(二)", "推进严格")]


def test_a_clause_cited_in_a_table_run_on_to_a_part_is_no_section() -> None:
    body = "全区各项工作稳步推进,群众满意度持续提升。" * 8
    doc = parser.parse(f"根据条例编制本报告。一、总体情况(一)加强组织领导{body}(二)突出重点领域{body}"
                       "二、主动公开政府信息情况第二十条第(一)项信息内容本年新制作数量本年新公开数量规章555")
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、"), (2, "(一)"), (2, "(二)"), (1, "二、")]


def test_a_link_to_more_reports_is_furniture_not_the_title() -> None:
    doc = _doc("""
        点击查阅更多2020年地方政府工作报告
        ——2020年1月5日在青山市第五届人民代表大会第五次会议上
        市长 王某某
        各位代表:
        """)
    assert doc.meta.title is None
    assert doc.meta.delivered == "2020-01-05"


def test_a_source_time_row_is_furniture_not_part_of_the_title() -> None:
    doc = _doc("""
        来源时间为:2023-02-25
        政府工作报告
        ——2023年2月2日在青山县第十六届人民代表大会第三次会议上
        青山县人民政府县长 王某某
        各位代表:
        """)
    assert doc.meta.title == "政府工作报告"


def test_whom_the_government_sends_to_audit_is_no_name_run_on_with_the_government() -> None:
    doc = _doc("""
        根据《中华人民共和国审计法》的规定,县政府安排县审计局对2021年度县本级财政预算执行情况进行了审计。
        一、县本级财政管理审计情况
        """)
    assert doc.meta.org is None or "安排" not in doc.meta.org


def test_a_final_accounts_statement_under_a_sites_banner_is_titled() -> None:
    doc = _doc("""
        青山市白水区区审计局

        [ 发布机构 ] 白水区审计局 [ 有效性 ]
        [ 成文日期 ] 2023-09-01 [ 发布日期 ] 2023-09-01

        青山市白水区审计局2022年度单位决算情况说明

        一、单位基本情况

        (一)职能职责。
        """)
    assert doc.meta.title == "青山市白水区审计局2022年度单位决算情况说明"
    assert doc.meta.year == 2022
    assert [(s.level, s.title) for s in doc.nodes] == [(1, "单位基本情况"), (2, "职能职责")]


def test_an_empty_picture_is_furniture_not_the_title() -> None:
    doc = _doc("""
        ![]() |
        |
        索 引 号 | H097/2024-76467 | 成文日期 | 2024-02-19 |
        中共青山区委员会、青山区人民政府:
        2023年,街道在区委区政府的坚强领导下,全面推进街道法治政府建设工作。
        一、2023年度推进法治政府建设的主要举措和成效
        """)
    assert doc.meta.title is None


@pytest.mark.parametrize("opening", [
    "2018政府工作报告\n来源: 长城网综合 作者: 2018-05-22 12:36:48\n攻坚克难,新一届政府实现良好开局\n"
    "过去的一年,在市委、市政府和区委的正确领导下,我们扎实开展六大攻坚。",
    "2023年,全县上下深入贯彻党的二十大精神,紧抓构建新发展格局战略机遇,着力推动高质量发展。",
    "根据《中华人民共和国预算法》及《内蒙古自治区人民代表大会常务委员会审查监督自治区本级预算办法》有关规定,"
    "现将2022年上半年财政预算执行情况报告如下。",
])
def test_a_term_a_word_ending_in_ju_or_a_cited_rules_issuer_is_no_writer(opening: str) -> None:
    assert parser.parse(opening + "\n").meta.org is None


def test_a_sites_year_tag_after_a_title_that_says_it_and_its_region_picker_are_not_read() -> None:
    doc = _doc("""
        2023年白水县国民经济和社会发展统计公报 2023

        选择区域:>>

        2023年是全面贯彻党的二十大精神的开局之年,全县上下坚持稳中求进工作总基调。
        """)
    assert doc.meta.title == "2023年白水县国民经济和社会发展统计公报"
    assert doc.meta.org is None or "选择" not in doc.meta.org


@pytest.mark.parametrize("line", ["   领导讲话 more", "![]() |", "当前版:07版", "第A3版:两会新闻", "摘要"])
def test_widgets_of_a_pages_layout_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize("text", [
    "政府工作报告\n——2014年2月18日县第十五届人民代表大会第三次会议\n县人民政府县长 王某某\n各位代表:\n"
    "一、2013年工作回顾\n2013年,在县委的正确领导下,县政府与全县人民一道,紧紧围绕发展思路,创新实干。\n",
    "政府工作报告\n王某作政府工作报告。\n——2017年1月6日在市十四届人大一次会议上\n王 某\n各位代表:\n",
    "2023年法治政府工作报告\n发布时间:2024-02-27\n刚刚过去的2023年,是杨集镇经济社会发展取得重大突破的一年。\n",
])
def test_a_phrase_around_a_government_is_no_writers_name(text: str) -> None:
    org = parser.parse(text).meta.org
    assert org is None or not org.startswith(("县政府与", "王某", "是"))


def test_a_hijacked_mirrors_advertisement_and_a_years_du_are_not_the_writer() -> None:
    doc = _doc("""
        白水法院网 工作报告 2021年度法院工作报告-凯发旗舰厅

        2021年度法院工作报告

        发布日期:2022-04-14 访问次数: 字号:[ ]


        宁波市白水区人民法院工作报告

        2022124在宁波市白水区

        第十九届人民代表大会第一次会议上

        宁波市白水区人民法院院长  王某

        各位代表:

        现在,我代表区人民法院向大会作工作报告,请予审议。
        """)
    assert "凯发" not in (doc.meta.title or "")
    assert doc.meta.org == "宁波市白水区人民法院"
    # (under a banner and a breadcrumb, with letters among its words)
    mirror = _doc("""
        青山市交通运输局
        政府信息公开
        您现在的位置: 青山市交通运输局>信息公开>政府信息公开年报

        青山市交通运输局2017年政府信息公开工作年度报告-凯发k8国际首页登录

        本报告根据《中华人民共和国政府信息公开条例》编制。
        一、概述
        """)
    assert mirror.meta.title == "青山市交通运输局2017年政府信息公开工作年度报告"


def test_a_court_named_by_its_level_takes_the_place_the_text_names() -> None:
    doc = _doc("""
        2026年1月14日,南岗区第十七届人民代表大会第五次会议召开。
        南岗区人民法院代院长王某代表南岗区法院向大会主席团和与会代表作工作报告。
        2025年主要工作
        2025年,在区委坚强领导下,区人民法院坚持以习近平新时代中国特色社会主义思想为指导。
        """)
    assert doc.meta.org == "南岗区人民法院"


def test_a_one_line_page_that_opens_with_its_title_breaks_after_it() -> None:
    doc = _doc("""
        2022年青山县政府工作报告 一、2021年工作回顾 2021年是建党100周年,全县上下团结奋斗,较好完成了全年目标任务。全县地区生产总值增长6%,一般公共预算收入增长8%,城乡居民收入稳步提高,各项社会事业全面进步。 二、2022年工作安排 今年是实施“十四五”规划承上启下的关键之年。
        """)
    assert doc.meta.title == "2022年青山县政府工作报告"
    assert [(s.level, s.marker, s.title) for s in doc.nodes][:1] == [(1, "一、", "2021年工作回顾")]


def test_a_one_line_page_whose_title_kept_a_space_where_it_wrapped_breaks_after_it() -> None:
    doc = _doc("""
        青山县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,青山县政府信息公开工作以习近平新时代中国特色社会主义思想为指导,着力提升政务公开质量,切实增强人民群众的满意度。 (一)主动公开政府信息情况。2019年,通过政府门户网站主动公开政府信息8769条。
        """)
    assert doc.meta.title == "青山县人民政府2019年 政府信息公开工作年度报告"
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "总体情况"), (2, "(一)", "主动公开政府信息情况")]


def test_a_red_headed_documents_writer_under_its_number_starts_the_title() -> None:
    doc = _doc("""
        上海市白水区生态环境局文件
        白环保〔2026〕1号
        白水区生态环境局
        2025年法治政府建设情况报告
        中共上海市白水区委、白水区人民政府:
        2025年在区委、区政府的坚强领导下,我局扎实推进法治政府建设。现将有关情况报告如下:
        """)
    assert doc.meta.title == "白水区生态环境局2025年法治政府建设情况报告"


def test_a_policy_contact_row_is_furniture_not_the_title() -> None:
    doc = _doc("""
        发布机构: 青山市政府办公室
        名  称: 关于2021年《政府工作报告》目标任务完成情况的通报
        政策咨询机关: 暂无 政策咨询电话: 暂无

        关于2021年《政府工作报告》目标任务完成情况的通报

        2021年,全市上下深入贯彻党的十九大和十九届历次全会精神。
        """)
    assert doc.meta.title == "关于2021年《政府工作报告》目标任务完成情况的通报"
    assert doc.meta.org == "青山市人民政府办公室"  # (its own notice, which cites the report)


def test_a_sites_banner_over_a_tagged_title_is_not_part_of_it() -> None:
    doc = _doc("""
        白水市招商引资

        【投资白水市】2018年青石镇政府工作报告

        所属地区:浙江-嘉兴-白水市 发布日期:2025年07月16日
        2018年3月8日在青石镇第十七届人民代表大会第三次会议上镇长王某各位代表:现在,我代表镇人民政府向大会作工作报告。
        """)
    assert doc.meta.title == "2018年青石镇政府工作报告"


def test_an_untitled_disclosure_report_names_its_writer_where_it_says_whose_work_it_reports() -> None:
    committee = _doc("""
        根据新修订的《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定,长河经济技术开发区管委会编制了长河经济技术开发区2023年政府信息公开工作年度报告(以下简称《年报》)。本年报由总体情况等六部分组成。
        一、总体情况
        2023年,长河经开区管委会严格按照市委、市政府的决策部署开展工作。
        """)
    assert committee.meta.org == "长河经济技术开发区管委会"
    street = _doc("""
        根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,结合2025年青山市城东街道办事处政府信息公开工作实际,编制发布本报告。
        本报告内容包括:总体情况、主动公开政府信息情况等。公众如需进一步咨询,请与青山市城东街道办事处联系。
        一、总体情况
        城东街道办事处坚持以公开为常态。
        """)
    assert street.meta.org == "青山市城东街道办事处"
    # (an office whose own work it reports on, though it is inside the government)
    office = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,结合2022年青山市人民政府办公室政府信息公开工作实际,编制发布本报告。
        一、总体情况
        """)
    assert office.meta.org == "青山市人民政府办公室"


def test_a_report_under_its_covering_notice_is_the_notice_writers() -> None:
    doc = _doc("""
        青山市卫生计生委关于印发2016年青山市卫生计生工作总结和2017年青山市卫生计生工作要点的通知 |
        各区、县(市)卫生计生局、各直属医疗卫生计生单位、各处室:
        《2016年青山市卫生计生工作总结》和《2017年青山市卫生计生工作要点》已经委主任办公会议通过,现予以下发,请贯彻执行。
        青山市卫生计生委
        2017年2月22日
        2016年青山市卫生计生工作总结
        2016年全市卫生计生工作全面贯彻落实党的十八届四中、五中、六中全会精神,整体工作有序推进。
        一、突出两个主题,深化医改促发展
        """)
    assert doc.meta.title == "2016年青山市卫生计生工作总结"
    assert doc.meta.org == "青山市卫生计生委"


def test_a_bare_index_number_over_a_flattened_metadata_table_is_not_the_title() -> None:
    doc = _doc("""
        当前位置 : 首页 > 政府信息公开 > 部门信息公开 > 高新区管委会 > 政府信息公开年报
        01418439X/2023-00001
        其他;政府信息公开年报;
        高新区管委会
        2023-01-31
        青山高新区2022年政府信息公开工作年度报告

        青山高新区2022年政府信息公开工作年度报告

        根据《中华人民共和国政府信息公开条例》,特向社会公布2022年度本单位信息公开年度报告。
        一、总体情况
        """)
    assert doc.meta.title == "青山高新区2022年政府信息公开工作年度报告"


def test_a_cppcc_standing_committees_report_to_its_plenary_is_the_year_it_is_read() -> None:
    doc = _doc("""
        政协青山市长河区第四届委员会常务委员会工作报告
        来源: | 作者:zx | 发布时间: 2015-02-08 | 515 次浏览 | 分享到:

        各位委员、各位同志:
        我受政协青山市长河区第四届委员会常务委员会的委托,向大会作工作报告,请予审议,并请列席的同志提出意见。

        一、2014年主要工作回顾

        2014年是全面贯彻落实中共十八届三中全会精神的一年。
        """)
    assert doc.meta.year == 2015
    committee = _doc("""
        关于2023年度国有资产管理情况的报告
        ——在青山市第十七届人大常委会第三十三次会议上
        主任、各位副主任、各位委员:
        现将青山市2023年度国有资产管理有关情况报告如下:
        一、2023年工作回顾
        2023年,全市国有资产总体稳定。
        """)
    assert committee.meta.year == 2023  # (read to a standing committee: the year it reviews)


def test_a_document_sites_notices_over_the_document_are_furniture() -> None:
    doc = _doc("""
        青石街道2021年上半年工作总结和下半年工作思路.docx
        下载文档
        温馨提示:
        1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。
        2. 本文档由用户上传,版权归属用户,某某网负责整理代发布。如果您对本文档版权有争议请及时联系客服。
        3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载,若出现内容与标题不符可向本站投诉处理。
        4. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。
        网站客服:3074922707
        青石街道2021年上半年工作总结和下半年工作思路 2021年上半年工作总结和下半年工作思路 2021年,街道经济社会整体保持平稳、健康、有序发展。
        1.城市建设蹄疾步稳。街道全力推进重点项目建设。
        2.社会治理精细有序。街道深化网格化管理。
        """)
    assert [(s.marker, s.title[:6]) for s in doc.nodes] == [("1.", "城市建设蹄疾"), ("2.", "社会治理精细")]


def test_a_headline_that_quotes_the_own_title_with_its_half_year_only_labels_it() -> None:
    doc = _doc("""
        青石镇人民政府2022年上半年《政府工作报告》
        来源:青石镇   2022-05-04

          政府工作报告

          ——2022年4月29日在青石镇第七届人民代表大会第二次会议上

          青石镇党委副书记、镇长  王某某

        各位代表:
          现在,我代表镇人民政府向大会报告工作,请予审议。
          一、2021年以来工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.org == "青石镇人民政府"


def test_a_headline_over_a_teaser_and_the_own_title_yields_to_the_own_title() -> None:
    doc = _doc("""
        2022年青山省政府工作报告

        政府工作报告——2022年1月21日在青山省第十三届人民代表大会第七次会议上省长王某某各位代表:现在,我代表省人民政府向大会报告工作,请予审议,并请各位政协委员和列席会议的同志提出意见。一、2021年工作回顾20...

        政府工作报告

        ——2022年1月21日在青山省第十三届人民代表大会第七次会议上

        省长王某某

        各位代表:

        现在,我代表省人民政府向大会报告工作,请予审议。
        一、2021年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2022-01-21"
    assert doc.meta.year == 2022
    assert [s.title for s in doc.nodes] == ["2021年工作回顾"]


def test_an_office_named_short_takes_the_whole_name_the_text_spells_out() -> None:
    doc = _doc("""
        青山市长河区经济信息委2023年政府信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》,编制本报告。
        一、总体情况
        2023年,区经济信息委认真贯彻落实区委、区政府工作部署。按照《青山市长河区经济和信息化委员会信息公开指南》,依法公开政府信息。
        """)
    assert doc.meta.org == "青山市长河区经济和信息化委员会"
    slip = _doc("""
        青山市长河区审计局2022年法治政府建设情况报告
        2022年,青山市长河区区审计局坚持以习近平法治思想为指导。
        一、主要举措
        """)
    assert slip.meta.org == "青山市长河区审计局"  # (a doubled level is a slip, not a whole name)
    # a name of three spelled out three times as long, as its government's body
    state = _doc("""
        根据《中华人民共和国政府信息公开条例》,现将青河市国资委2012年政府信息公开工作年度报告向社会公布。本报告的电子版可在青河市人民政府国有资产监督管理委员会网站下载。
        一、基础概况
        """)
    assert state.meta.org == "青河市人民政府国有资产监督管理委员会"
    office = _doc("""
        青河县人民政府办公室2022年政府信息公开工作年度报告
        本报告由青河县人民政府信息公开领导小组办公室编制。
        一、总体情况
        """)
    assert office.meta.org == "青河县人民政府办公室"  # (not an office its name is a part of)


def test_the_label_of_a_contents_table_is_never_the_title() -> None:
    doc = _doc("""
              | 目录 |
        | 01关于长河县2019年财政决算的报告 |
        | 02一般公共预算收入决算表 |
        | 03一般公共预算支出决算表 |
        """)
    assert doc.meta.title is None  # (the label names nothing; the page prints no title of its own)


def test_a_sites_banner_with_its_english_name_is_furniture() -> None:
    doc = _doc("""
        青石山市人民政府 The People's Government of Qingshishang Municipality

        政府信息公开

        2021年青石山市政府工作报告

        来源: 时间:2021-12-15 13:20:32

        各位代表:
          现在,我代表青石山市人民政府向大会报告工作,请予审议。
          一、本届政府工作回顾
        """)
    assert doc.meta.title == "2021年青石山市政府工作报告"
    assert doc.meta.year == 2021


def test_contents_under_a_title_printed_again_over_two_lines_are_furniture() -> None:
    doc = _doc("""
        2018年度青山区某某局部门决算公开说明

        来源:青山区某某局 作者: 时间:2019-07-31 【字体:

        2018年度青山区某某局

        部门决算公开说明

        第一部分 2018年度部门决算报表

        一、收入支出决算总表

        二、收入决算表

        三、支出决算表

        第二部分 2018年度部门决算说明

        第一部分 2018年度部门决算报表

        (详见附表)

        第二部分 2018年度部门决算说明

        一、部门基本情况

        本部门决算所属1家行政单位。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "第一部分", "2018年度部门决算报表"), (1, "第二部分", "2018年度部门决算说明"), (2, "一、", "部门基本情况")]


def test_a_report_sent_up_under_a_signed_letter_is_titled_by_its_wrapped_title() -> None:
    doc = _doc("""
        中共青山市委、青山市人民政府:
        根据市委依法治市办《关于做好2024年度法治政府建设总结工作的通知》要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。
        特此报告。
        青山市交通运输局
        2025年1月15日
        2024年度交通运输法治政府建设
        工作总结
        2024年青山市交通运输局在市委、市政府的坚强领导下,扎实推进法治政府建设。
        一、2024年工作完成情况
        (一)恪尽职守,法治政府建设全面推进
        """)
    assert doc.meta.title == "2024年度交通运输法治政府建设工作总结"
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、"), (2, "(一)")]


def test_a_speechs_review_run_on_after_its_opening_sentence_is_its_first_part() -> None:
    body = "全县深入贯彻落实各项决策部署,经济社会持续健康发展。" * 6
    doc = _doc(f"""
        • 【青山县招商】2019年青山瑶族自治县政府工作报告

            2019年2月27日在青山瑶族自治县第十五届人民代表大会第四次会议上县长王某某各位代表:我代表县人民政府向大会作工作报告,请予审议,并请政协委员和其他列席人员提出意见。2018年工作回顾2018年是改革开放40周年,也是自治县成立65周年。{body}一、经济转型发展迈出坚实步伐。{body}
        """)
    assert doc.meta.title == "2019年青山瑶族自治县政府工作报告"
    assert [(s.level, s.marker, s.title[:10]) for s in doc.nodes] == [
        (1, "", "2018年工作回顾"), (2, "一、", "经济转型发展迈出坚实")]


def test_a_province_department_named_by_the_provinces_short_name_is_named_in_full() -> None:
    doc = _doc("""
        宁夏司法厅2020年度法治政府建设情况报告
        来源:宁夏回族自治区司法厅
        2020年,自治区司法厅坚持以习近平法治思想为指导。
        """)
    assert doc.meta.org == "宁夏回族自治区司法厅"
    office = _doc("""
        广西北部湾经济区规划建设管理办公室2020年法治政府建设情况报告
        2020年,我办坚持以习近平法治思想为指导。
        """)
    assert office.meta.org == "广西北部湾经济区规划建设管理办公室"  # (no 厅: named as it names itself)


def test_a_departments_accounts_titled_year_first_are_the_departments() -> None:
    doc = _doc("""
        2018年度中国人民政治协商会议青山市长河区委员会部门决算公开说明
        第一部分 2018年度部门决算报表
        (详见附表)
        """)
    assert doc.meta.org == "中国人民政治协商会议青山市长河区委员会"


def test_an_untitled_report_on_a_places_procuratorates_or_courts_is_their_heads() -> None:
    prosecution = _doc("""
        ——2012年1月14日在青山省第十一届人民代表大会第五次会议上
        2011年,全省检察机关在省委和最高人民检察院的领导下,深入贯彻落实科学发展观。
        一、依法履行批捕起诉职责
        """)
    assert prosecution.meta.org == "青山省人民检察院"
    courts = _doc("""
        ——2016年1月20日在青山市第十四届人民代表大会第五次会议上
        2015年,全市法院在市委领导下,坚持司法为民。
        一、依法履行审判职能
        """)
    assert courts.meta.org == "青山市中级人民法院"
    government = _doc("""
        ——2016年1月20日在青山市第十四届人民代表大会第五次会议上
        2015年,全市上下在市委领导下,攻坚克难。
        一、2015年工作回顾
        """)
    assert government.meta.org == "青山市人民政府"


def test_a_reprints_subtitle_with_its_dash_turned_into_semicolons_is_still_the_subtitle() -> None:
    doc = _doc("""
        (山西省)2018年青石县人民政府工作报告(全文)
        公文搜 2021-07-27 17:07:19 政府报告
        (山西省)2018年青石县人民政府工作报告(全文) 政府工作报告 ;;;;2018年3月20日在青石县第十六届人民代表大会第三次会议上 青石县人民政府县长
        (山西省)2018年青石县人民政府工作报告(全文)
        政府工作报告
        ;;;;2018年3月20日在青石县第十六届人民代表大会第三次会议上
        青石县人民政府县长 王某某
        各位代表:
        现在,我代表县人民政府向大会报告工作,请予审议。
        一、2017年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2018-03-20"
    assert doc.meta.speaker == "青石县人民政府县长 王某某"
    run_on = _doc("""
        (陕西省)2018年青石县人民政府工作报告(全文)
        公文搜 2021-07-27 17:09:26 政府报告
        (陕西省)2018年青石县人民政府工作报告(全文)政府工作报告 ;;2018年2月5日在青石县第十八届人民代表大会第二次会议上各位代表:现在,我代表县人民政府向大会报告工作。
        (陕西省)2018年青石县人民政府工作报告(全文)
        政府工作报告 ;;2018年2月5日在青石县第十八届人民代表大会第二次会议上
        各位代表:
        现在,我代表县人民政府向大会作工作报告,请予审议。
        一、2017年工作回顾
        """)
    assert run_on.meta.title == "政府工作报告"
    assert run_on.meta.delivered == "2018-02-05"


def test_a_reprints_own_title_over_its_speaker_without_a_subtitle_is_the_title() -> None:
    doc = _doc("""
        (福建省)2019年青石县人民政府工作报告(全文)
        公文搜 2021-07-27 17:14:09 政府报告
        (福建省)2019年青石县人民政府工作报告(全文) 政 府 工 作 报 告 青石县人民政府县长王某某 各位代表:
        (福建省)2019年青石县人民政府工作报告(全文)
        政 府 工 作 报 告
        青石县人民政府县长王某某
        各位代表:
        现在,我代表县人民政府向大会作工作报告,请予审议。
        一、2018年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"


def test_question_marks_a_copy_left_over_the_title_are_furniture() -> None:
    doc = _doc("""
        ?
        ?
        青石苗族自治縣人民政府工作報告
        ——2025年2月10日在縣第十八屆人民代表大會第五次會議上
        ?
        各位代表:
        現在,我代表縣人民政府向大會報告工作,請予審議。
        一、2024年工作回顧
        """)
    assert doc.meta.title == "青石苗族自治縣人民政府工作報告"
    assert doc.meta.delivered == "2025-02-10"
    assert doc.meta.year == 2025


def test_a_plans_span_in_a_title_is_not_its_year_and_a_sites_name_is_not_its_writer() -> None:
    doc = _doc("""
        面包屑导航小图标 首页 > 重要发布 > 重点工作 > 监督纵横 > 监督公示 > 执法检查

        关于报送“关于《青山城市总体规划(2004年-2020年)》实施情况评估工作的报告”审议意见书研究处理情况的报告(书面)

        日期:2012-03-05 来源:青山市人大常委会门户网站
        【字号: 收藏收藏 打印打印

          青山市规划委员会
        """)
    assert doc.meta.year != 2004
    assert doc.meta.org == "青山市规划委员会"


def test_an_office_that_titles_its_report_with_when_before_what_writes_it() -> None:
    year_end = _doc("""
        青山县应急管理局年终工作总结
        今年来青山县应急管理局在县委、县政府的坚强领导下,扎实推进各项工作。
        一、主要工作
        """)
    assert year_end.meta.org == "青山县应急管理局"
    recent = _doc("""
        青山市卫生计生委近年来依法行政工作情况报告
        市人大常委会:
        近年来,我委坚持依法行政。
        """)
    assert recent.meta.org == "青山市卫生计生委"


def test_an_untitled_report_opening_with_its_county_writes_for_it_even_beside_a_placeless_row() -> None:
    one_letter = _doc("""
        2023年,郏县坚持以习近平新时代中国特色社会主义思想为指导,坚定践行习近平法治思想。
        一、主要举措
        """)
    assert one_letter.meta.org == "郏县人民政府"
    row = _doc("""
        索引号: | 113308245972094984/2025-01529 | 公开方式: | 主动公开 |
        文号: | 公开日期: | 2025-03-05 | |
        发布单位: | 县府办 | 有效性: |
        2024年,青石县始终坚持以习近平新时代中国特色社会主义思想为指导,笃学践行习近平法治思想。
        一、主要做法
        """)
    assert row.meta.org == "青石县人民政府"


def test_a_courts_review_named_without_a_number_is_its_first_part() -> None:
    doc = _doc("""
        青山省高级人民法院工作报告
        各位代表:
        现在,我代表省高级人民法院向大会报告工作,请予审议。
        2022年全省法院工作
        2022年,全省法院坚持以习近平新时代中国特色社会主义思想为指导,忠实履行宪法法律赋予的职责。
        一年来,我们突出抓了十项重点工作。
        2023年工作安排
        2023年,全省法院将坚持稳中求进。
        """)
    assert [(s.level, s.title) for s in doc.nodes] == [(1, "2022年全省法院工作"), (1, "2023年工作安排")]


def test_a_dashed_groups_name_in_a_page_run_together_with_spaces_is_a_heading() -> None:
    body = "牢牢把握新时代青石发展的新优势,深入推进供给侧结构性改革。" * 4
    doc = _doc(f"""
        政府工作报告 ——2019年1月12日在 青石县第八届 人民代表大会第四次会议上 青石县县长 王某某 各位代表: 现在,我代表县人民政府,向大会报告政府工作,请予审议。 2018年工作回顾 刚刚过去的一年,是贯彻落实党的十九大精神的开局之年。{body} 一年来,重点做了以下工作: ——转型升级步伐加快,经济发展提质增效 经济实力不断增强。{body} ——城乡面貌持续改善,宜居水平不断提高 城市品质不断提升。{body}
        """)
    assert [(s.level, s.title) for s in doc.nodes] == [
        (1, "2018年工作回顾"), (2, "转型升级步伐加快,经济发展提质增效"), (2, "城乡面貌持续改善,宜居水平不断提高")]


def test_a_titles_site_label_tag_star_and_word_count_are_not_part_of_it() -> None:
    labelled = _doc("""
        文档介绍:2018年青山市政府工作报告
        ————2018年1月4日在青山市第七届人民代表大会第三次会议上
        青山市人民政府市长王某某
        各位代表:
        """)
    assert labelled.meta.title == "2018年青山市政府工作报告"
    tagged = _doc("""
        青石区城北路街道办事处
        标题: 青石区城北路街道办事处<br/>2017年度法治政府建设情况报告
        发文日期: 2018-03-30 发布机构: 青石区城北路街道办事处

        青石区城北路街道办事处<br/>2017年度法治政府建设情况报告

        发布日期:2018-03-30
        现将城北路街道办事处2017年度法治政府建设情况报告如下:
        """)
    assert tagged.meta.title == "青石区城北路街道办事处2017年度法治政府建设情况报告"
    starred = _doc("""
        ★2025年青石区政府工作报告(全文14076字)
        各位代表:
        """)
    assert starred.meta.title == "2025年青石区政府工作报告"


def test_a_columns_blurb_over_the_breadcrumb_is_not_the_title() -> None:
    doc = _doc("""
        政务公开

        为提高政府工作的透明度,建设法治政府,及时权威发布

        机构设置、领导成员、政策文件及解读等信息。

        首页 > 政务公开 > 规划计划 > 年度工作计划及总结

        青石区新安街道办事处2020年上半年工作报告及下半年工作计划

        信息来源: 青石区新安街道 信息提供日期:2020-09-24 【字体: 视力保护色:

          一、上半年工作情况
        """)
    assert doc.meta.title == "青石区新安街道办事处2020年上半年工作报告及下半年工作计划"
    assert doc.meta.org == "青石区新安街道办事处"


def test_a_work_report_its_caption_says_was_read_to_the_plenary_is_the_year_after_its_review() -> None:
    doc = _doc("""
        中国人民政治协商会议第十一届青山市委员会常务委员会工作报告(摘要)

        13.01.2018  10:31

        王某某代表政协第十一届青山市委员会常务委员会向大会作工作报告。

          一、2017年工作回顾

          (一)深入学习宣传贯彻中共十九大精神,夯实共同思想政治基础
        """)
    assert doc.meta.year == 2018


def test_a_report_that_labels_no_year_takes_the_first_its_own_text_names() -> None:
    doc = _doc("""
        (一)抓项目、扩投资,发展后劲明显增强
        一是项目建设提速提效。鼓励青石食品公司对老旧厂房实施总体升级改造,延伸了产业链。
        二是招商引资成效明显。2024年新签约项目12个,总投资8.6亿元。
        """)
    assert doc.meta.year == 2024
    plan = _doc("""
        关于《青山城市总体规划(2004年-2020年)》实施情况评估工作的报告
        市人大常委会:
        受市政府委托,现将有关情况报告如下。
        """)
    assert plan.meta.year is None  # (a plan's span is no year of the report's)


def test_a_writer_s_line_over_a_title_that_names_its_writer_after_its_year_is_not_part_of_it() -> None:
    doc = _doc("""
        青河县青石镇

        2023年青石镇政府信息公开工作年度报告

        发布时间: 2024-02-19

        一、总体情况
        2023年,我镇根据《中华人民共和国政府信息公开条例》,做到积极主动公开。
        """)
    assert doc.meta.title == "2023年青石镇政府信息公开工作年度报告"


@pytest.mark.parametrize(("title", "org"), [
    ("青河旗青山苏木2021年政府信息公开工作年度报告", "青河旗青山苏木人民政府"),
    ("青石苏木2022年政府信息公开工作年度报告", "青石苏木人民政府"),
])
def test_a_sumu_reports_as_a_township_does(title: str, org: str) -> None:
    doc = _doc(f"""
        {title}
        根据《中华人民共和国政府信息公开条例》的规定,结合我苏木实际编制本报告。
        一、总体情况
        """)
    assert doc.meta.org == org


def test_a_department_under_its_party_committee_and_government_is_not_their_place() -> None:
    doc = _doc("""
        2023年,青山州水利局在州党委、政府的坚强领导下,坚持依法治水。现将我局2023年度法治政府建设情况报告如下:
        一、工作开展情况
        """)
    assert doc.meta.org == "青山州水利局"


def test_a_theme_a_writer_that_says_we_works_around_is_no_writer() -> None:
    doc = _doc("""
        2024年,在市委市政府的领导部署下,我局深入贯彻落实法治政府建设的各项决策部署,围绕农业农村中心工作,扎实推进依法行政。
        一、工作情况
        """)
    assert doc.meta.org is None


def test_what_an_opening_owes_to_whom_is_no_writer() -> None:
    doc = _doc("""
        2024年,得益于县委、县政府的坚强领导和县委全面依法治县委员会的坚实引领,青石乡积极作为,致力于法治政府的深入构建。
        一、主要举措和成效
        """)
    assert doc.meta.org == "青石乡人民政府"


def test_the_departments_column_and_its_year_tab_are_no_title() -> None:
    doc = _doc("""
        部门信息公开年报 2020
        索引号 3212000041/2021-354904 分类 报告
        发布机构 市交通运输局 发文日期 2021-01-27
        本报告根据《中华人民共和国政府信息公开条例》编制。
        一、总体情况
        """)
    assert doc.meta.title is None


def test_a_title_with_its_writer_in_brackets_over_a_row_of_empty_cells() -> None:
    doc = _doc("""
        2024年政府信息公开工作年度报告 (青山市青河区青石镇人民政府)

        索引号 发布机构 青石镇
        公开类别 主动公开 发布时间 2025-01-22

        引言

        本年度报告是根据《中华人民共和国政府信息公开条例》相关要求编制。
        一、总体情况
        """)
    assert doc.meta.org == "青山市青河区青石镇人民政府"


def test_the_year_a_disclosure_report_counts_to_or_is_dated_after() -> None:
    counted = _doc("""
        本报告由青河县民政局根据《中华人民共和国政府信息公开条例》规定编制。本报告中所列数据的统计期限自2015-1-1起至2015-12-31止。
        一、概述
        2015-,我局加强信息公开队伍建设。
        """)
    assert counted.meta.year == 2015
    dated = _doc("""
        2018年3月18日
        本年度报告根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求,由青河县工业集中区管理委员会编制。
        一、概述
        青河工业集中区是2012年经省政府批准成立的。
        """)
    assert (dated.meta.date, dated.meta.year) == ("2018-03-18", 2017)


def test_a_publisher_row_that_says_only_机关_names_no_writer() -> None:
    doc = _doc("""
        索引号: 001008006002085/2021-140543
        发布机构: 机关 公开日期: 2021-01-19

        2018年政府信息公开年报

        本年报是根据《中华人民共和国政府信息公开条例》要求,由青河县青石镇人民政府编制的2018年度政府信息公开年度报告。
        一、概述
        """)
    assert doc.meta.org == "青河县青石镇人民政府"


def test_a_site_s_name_and_column_before_the_title_on_its_line_are_not_the_title() -> None:
    doc = _doc("""
        青山市人民政府门户网站 部门 青山市体育局2022年政府信息公开工作年度报告
        文章正文
        发布时间:2023-01-12 15:03
        根据《中华人民共和国政府信息公开条例》要求,现将青山市体育局2022年政府信息公开工作年度报告予以公布。
        一、总体情况
        """)
    assert (doc.meta.title, doc.meta.org) == ("青山市体育局2022年政府信息公开工作年度报告", "青山市体育局")


def test_a_title_that_names_a_service_centre_after_its_year_is_the_centre_s() -> None:
    doc = _doc("""
        2019年青河县政务服务中心信息公开年报
        本年报由青河县政务服务中心编制。
        一、总体情况
        """)
    assert doc.meta.org == "青河县政务服务中心"


def test_the_own_title_past_the_page_s_rows_says_the_headline_in_its_own_words() -> None:
    wrapped = _doc("""
        青山市青石镇人民政府2018年政府信息公开工作年度报告
        信息公开年度报告
        时间:2019-01-14 16:49

        青石镇人民政府2018年政府信息

        公开工作年度报告

        本报告根据《中华人民共和国政府信息公开条例》编制。
        一、概述
        """)
    assert wrapped.meta.title == "青石镇人民政府2018年政府信息公开工作年度报告"
    listed = _doc("""
        • 信息名称:
        龙泉市青石镇2019年度政府信息公开工作年度报告
        • 发布机构:
        青石镇
        龙泉市青石镇2019年度政府信息公开工作年度报告
        发布时间:2020-01-19
        2019年青石镇政府信息公开工作年度报告
        一、总体情况
        2019年,青石镇高度重视政府信息公开工作。
        """)
    assert (listed.meta.title, listed.meta.org) == ("2019年青石镇政府信息公开工作年度报告", "龙泉市青石镇人民政府")  # (龙泉市: a place the table knows)
    # (another year's report under the headline, a wiki's link to the next, is another report)
    other = _doc("""
        跳转到内容

        2017年青河县政府工作报告

        維基文庫,自由的圖書館
        2016年青河县政府工作报告 2017年青河县政府工作报告
        作者:王某某
        2018年青河县政府工作报告
        本作品收錄於《青河县政府工作报告

        2017年4月24日在青河县第十四届人民代表大会第一次会议上
        各位代表:
        一、过去一年工作回顾
        """)
    assert other.meta.title == "2017年青河县政府工作报告"


def test_a_title_cut_after_its_writer_and_before_its_spaced_last_word_is_one_title() -> None:
    doc = _doc("""
        青河市人民政府办公室
        2021年政府信息公开工作年度
        报 告
        本报告由青河市人民政府办公室按照《中华人民共和国政府信息公开条例》要求编制。
        一、总体情况
        """)
    assert doc.meta.title == "青河市人民政府办公室2021年政府信息公开工作年度报告"


def test_a_metadata_table_s_abstract_row_is_furniture_however_long() -> None:
    doc = _doc("""
        索 引 号: | 6107000010/2024-000253 | 发布时间: | 2024年01月18日 08:46 |
        来 源: | 青山市工业和信息化局 | 发布机构: | 青山市工业和信息化局 |
        内容概述: | 六、其他需要报告的事项本年度未收取信息处理费,无其他需要报告的事项。 |
        青山市工业和信息化局
        2023年政府信息公开工作年度报告
        本年报依据《中华人民共和国政府信息公开条例》规定,由青山市工业和信息化局编制,现予以公布。
        一、总体情况
        """)
    assert doc.meta.title == "青山市工业和信息化局2023年政府信息公开工作年度报告"
    assert [s.marker for s in doc.nodes] == ["一、"]


def test_the_writer_s_name_in_full_under_its_short_name_starts_the_title() -> None:
    doc = _doc("""
        青河区青石街道
        来源:青河区政府 作者:青石 发布时间:2022-01-26 访问量: 字体大小: 放大 缩小

              青山市青河区青石街道

            2021年政府信息公开工作年度报告

           一、总体情况
        2021年,青石街道认真贯彻落实《中华人民共和国政府信息公开条例》的要求。
        """)
    assert doc.meta.title == "青山市青河区青石街道2021年政府信息公开工作年度报告"


def test_a_survey_corps_and_a_government_s_body_for_disclosure_name_their_writers() -> None:
    corps = _doc("""
        国家统计局青山调查总队2017年政府信息公开工作报告
        根据《中华人民共和国政府信息公开条例》规定,现公布本报告。
        一、概述
        """)
    assert corps.meta.org == "国家统计局青山调查总队"
    body = _doc("""
        本年度政府信息公开报告根据《中华人民共和国政府信息公开条例》规定,由青山市青河区青石镇人民政府政务公开工作机构编制。全文由六部分组成。
        一、总体情况
        """)
    assert body.meta.org == "青山市青河区青石镇人民政府"


def test_a_system_of_offices_is_not_its_place_s_government() -> None:
    doc = _doc("""
        青山省邮政管理系统2020年政府信息公开年度报告
        根据《中华人民共和国政府信息公开条例》以及我系统2020年度政府信息公开情况,编制本年报。
        一、总体情况
        (一)加强政府信息公开工作的组织领导。青山省邮政管理局高度重视政府信息公开工作。
        """)
    assert doc.meta.org != "青山省人民政府"
    assert _doc("""
        2020年,西藏自治区邮政管理系统坚持以公开为常态。
        一、总体情况
        """).meta.org is None  # (西藏自治区: a place the table knows, not the writer)


def test_a_street_by_its_short_name_in_the_title_is_its_office() -> None:
    doc = _doc("""
        当前位置:青石街> 政务公开> 最新文件
        青石街2021年政府信息公开工作年度报告
        发布日期: 2022-01-19 16:03      来源: 青石街
        2021年以来,青石街政府信息公开工作在上级部门的要求和指导下扎实有效地开展。
        一、总体情况
        """)
    assert doc.meta.org == "青石街道办事处"


def test_a_contents_label_with_no_contents_over_the_title_is_passed_over() -> None:
    doc = _doc("""
        目录
        青石街道政府信息公开工作年度报告
        一、总体情况
        根据《中华人民共和国政府信息公开条例》要求,特向社会公开2021年度由青石街道编制的政府信息公开年度报告。
        """)
    assert doc.meta.title == "青石街道政府信息公开工作年度报告"


def test_a_title_the_page_wrapped_after_its_year_is_one_title() -> None:
    doc = _doc("""
         青石县人民政府
                    青石县人民政府

                青石县人民政府2021年度
        信息公开年度报告
        (2022年1月)
        根据《中华人民共和国政府信息公开条例》,现将青石县人民政府2021年度信息公开工作情况报告如下:
        一、总体情况
        2021年,青石县人民政府认真做好政府信息公开工作。
        """)
    assert doc.meta.title == "青石县人民政府2021年度信息公开年度报告"
    assert doc.meta.org == "青石县人民政府"


def test_a_page_run_together_opening_with_its_subtitle_names_the_day_the_session_and_its_government() -> None:
    doc = _doc("""
        2017年1月6日在青石市第十四届人民代表大会第一次会议上 市长 王某某 各位代表: 现在,我代表市人民政府,向大会报告政府工作,请予审议。 一、2016年及本届政府工作回顾 2016年,全市上下推动新发展。 (一)抓产业、扶实体,稳住经济增长 推进产业升级。
        """)
    assert doc.meta.delivered == "2017-01-06"
    assert doc.meta.session == "青石市第十四届人民代表大会第一次会议"
    assert doc.meta.org == "青石市人民政府"
    assert doc.meta.year == 2017


def test_a_zone_a_figure_includes_is_no_place_of_the_office() -> None:
    doc = _doc("""
        2024年,在区委、区政府的坚强领导下,区市场监管局深入贯彻落实各项决策部署,全面开展各项工作。
        一、2024年市场监管领域各项工作开展情况
        全区新增市场主体12000户(含经开区),有效注册商标量63695件(含经开区),位列全省第五位。
        """)
    assert doc.meta.org == "区市场监管局"


def test_a_wikis_boxes_over_a_report_are_furniture() -> None:
    doc = _doc("""
        基本信息
        報告人:青山省省長王某某報告時間:2010年1月16日
        報告背景:2010年1月16日青山省第十一屆人民代表大會第三次會議
        詳細內容
        各位代表:現在,我代表省人民政府向大會作工作報告,請予審議。
        一、2009年工作回顧
        過去的一年,是我省經濟發展最為困難的一年。
        """)
    assert doc.meta.title is None
    assert [s.title for s in doc.nodes] == ["2009年工作回顧"]


def test_an_e_papers_page_row_and_the_day_it_was_read_a_line_apart_are_furniture() -> None:
    doc = _doc("""
        电子报阅读机
        2026-01-16
        星期五
        当前报纸名称:青山日报

        青山市人民代表大会常务委员会工作报告

        日期:02-22
        字号:
        版面:03 要闻       上一篇    下一篇

        青山市人大常委会主任 王某某

        各位代表:

        我受市十八届人大常委会委托,向大会报告工作,请予审议。

        过去一年的主要工作

        2023年,是全面贯彻党的二十大精神的开局之年。一年来,市人大常委会依法履职。
        """)
    assert doc.meta.published is None
    assert doc.meta.speaker == "青山市人大常委会主任 王某某"
    assert doc.meta.year == 2024  # read to the congress after the year it reviews


def test_a_document_sites_sample_tag_after_a_title_is_not_part_of_it() -> None:
    doc = _doc("""
        街道2021年工作总结暨2022年工作计划范文
        2021年,街道在区委、区政府的坚强领导下,各项工作稳步推进。
        一、2021年工作总结
        (一)经济发展稳中有进。
        """)
    assert doc.meta.title == "街道2021年工作总结暨2022年工作计划"


def test_a_listings_column_between_its_headline_and_the_reports_own_title_is_neither() -> None:
    doc = _doc("""
        (青山省)2020年长河县人民政府工作报告(全文)

        本地事

        政 府 工 作 报 告

        ——2019年12月26日在长河县第十六届人民代表大会第三次会议上

        县长王某某

        各位代表:

        现在,我代表县人民政府向大会报告工作,请予审议。

        一、2019年工作回顾

        即将过去的2019年,工作压力前所未有。
        """)
    assert doc.meta.title == "政府工作报告"  # the report's own title, as under any listing's headline
    assert doc.meta.org == "长河县人民政府"
    assert doc.meta.delivered == "2019-12-26"


def test_the_report_an_office_says_it_drew_up_names_the_page_without_a_title() -> None:
    doc = _doc("""
        按照青山市政务公开领导小组办公室《关于做好2020年全市政府信息公开工作年度报告的通知》文件要求,我乡编制了青山市长河区东岭乡人民政府2020年政府信息公开工作年度报告(以下简称《年报》)。
        本年报由总体情况等六部分组成。
        一、总体情况
        2020年,我乡认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "青山市长河区东岭乡人民政府2020年政府信息公开工作年度报告"
    assert doc.meta.org == "青山市长河区东岭乡人民政府"


def test_a_plan_put_to_the_congress_under_its_subtitle_alone_is_named_by_its_opening() -> None:
    doc = _doc("""
        ——2023年1月4日在北京市西城区第十七届
        人民代表大会第三次会议上
        北京市西城区发展和改革委员会主任 王某某
        各位代表:
        受西城区人民政府委托,现将西城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告提请审议,并请区政协委员提出意见。
        一、2022年国民经济和社会发展计划执行情况
        2022年,是极不平凡的一年。
        """)
    assert doc.meta.title == ("西城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划"
                              "草案的报告")
    assert doc.meta.org == "北京市西城区发展和改革委员会"  # whose head reads it, named with its city
    assert doc.meta.year == 2022


def test_a_yearbooks_volume_under_its_breadcrumb_is_furniture_and_its_listed_title_the_title() -> None:
    doc = _doc("""
        当前位置:青山区情网  /  数字史志  /  年鉴  /  青山年鉴  /  2003卷  /  特载

        2003卷

          • 青山省第九届人民代表大会常务委员会工作报告
          • ——2003年1月14日在青山省

            第十届人民代表大会第一次会议上

            省人大常委会副主任王某某

            各位代表:

            我受省第九届人民代表大会常务委员会的委托,向大会报告工作,请予审议。

            一、过去五年的主要工作

            过去的五年,是我省经济快速发展的五年。
        """)
    assert doc.meta.title == "青山省第九届人民代表大会常务委员会工作报告"
    assert doc.meta.year == 2003


@pytest.mark.parametrize("head", [
    "2021年青山省政府工作报告解读(青山省2020年政府工作报告全文)\n作者:admin  来源:www.example.cn  发布时间:2025-08-30 09:09:15",
    "【政府工作报告】2020年政府工作报告(2019年工作完成情况及2020年工作安排)\n来源:长河区政府办公室时间:2020-01-17",
    "2024年青山省政府工作报告(全文)\n《2024年青山省政府工作报告(全文)》2024年1月23日在青山省第十四届人民代表大会第二次会议上,"
    "青山省省长王某某代表省人民政府,向大会报告工作。\n来源: | 来源:青山省政府网站 | 时间:2024-03-12 | 3147 次浏览 |",
])
def test_the_reports_own_title_its_subtitle_hangs_under_is_the_title_not_the_pages_label(head: str) -> None:
    doc = _doc(head + "\n" + textwrap.dedent("""
        政 府 工 作 报 告
        ——2023年1月13日在青山省第十四届人民代表大会第一次会议上
        省长 王某某
        各位代表:
        现在,我代表省人民政府,向大会报告工作,请予审议。
        一、过去五年工作回顾
        过去五年,我们砥砺奋进。
        """).lstrip("\n"))
    assert doc.meta.title == "政府工作报告"
    assert (doc.meta.org, doc.meta.delivered) == ("青山省人民政府", "2023-01-13")


def test_an_archives_note_of_the_address_a_copy_came_from_is_furniture() -> None:
    doc = _doc("""
        长河县第十一届人民代表大会常务委员会工作报告(摘要)

        Original URL: http://lib.example.cn/bin/mse.exe?seachword=&K=c96&A=3&rec=8&run=13

        一九九O年三月十五日
        在长河县第十二届人民代表大会第一次会议上
        王某某

        各位代表:
        我受县十一届人大常委会的委托,向大会报告工作。
        1987年3月县十一届人大第一次会议以来,县人大常委会认真履行职责。
        """)
    assert (doc.meta.year, doc.meta.delivered) == (1990, "1990-03-15")


def test_a_document_sites_line_on_what_the_text_is_names_it() -> None:
    doc = _doc("""
        《青山市人民政府2018年度法治政府建设工作报告》是2019年青山市人民政府发布的通知。
        2018年,在自治区党委的坚强领导下,我市政府认真贯彻落实《法治政府建设实施纲要》。
        一、依法全面履行政府职能
        (一)深化行政审批制度改革。
        """)
    assert (doc.meta.title, doc.meta.year) == ("青山市人民政府2018年度法治政府建设工作报告", 2018)


def test_a_copying_sites_pinyin_readings_are_read_past_and_kept() -> None:
    doc = _doc("""
        青山省人民政府關(guān)于2024年法治政府建設(shè)情況的報(bào)告
        發(fā)布日期:2025-03-12 09:18
        2024年,青山省堅(jiān)持以習(xí)近平新時(shí)代中國(guó)特色社會(huì)主義思想為指導(dǎo),推動(dòng)法治政府建設(shè)取得新成效。
        一、切實(shí)堅(jiān)持黨對(duì)法治政府建設(shè)的全面領(lǐng)導(dǎo)。
        """)
    assert doc.meta.org == "青山省人民政府"
    assert [s.title for s in doc.nodes] == ["切實堅持黨對法治政府建設的全面領導"]
    assert "報(bào)告" in doc.text  # (the text keeps them; only the parser's view masks them)
    announced = _doc("""
        根據(jù)《中華人民共和國(guó)政府信息公開條例》要求,現(xiàn)公布青山市人民政府2022年政府信息公開工作年度報(bào)告。本報(bào)告包括總體情況等部分。
        一、總體情況
        """)
    assert announced.meta.title == "青山市人民政府2022年政府信息公開工作年度報告"  # (as written, read past)


def test_an_acting_mayor_reads_for_the_city_and_a_click_through_line_is_no_title() -> None:
    doc = _doc("""
        點(diǎn)擊查閱更多2021年地方政府工作報(bào)告
        ——2021年3月3日在青山市第五屆人民代表大會(huì)第六次會(huì)議上
        代理市長王(wáng)某
        各位代表:
        現(xiàn)在,我代表市人民政府,向大會(huì)報(bào)告政府工作,請(qǐng)予審議。
        一、2020年工作回顧
        2020年,我們堅(jiān)持穩(wěn)中求進(jìn)。
        """)
    assert doc.meta.org == "青山市人民政府"
    assert (doc.meta.year, doc.meta.delivered) == (2021, "2021-03-03")


def test_the_day_a_listing_tags_a_december_report_with_is_not_its_year() -> None:
    doc = _doc("""
        (青山省)长河县人民政府工作报告(2023年12月27日)
        政府工作报告
        ——2023年12月27日在长河县第十九届
        人民代表大会第三次会议上
        各位代表:
        现在,我代表县人民政府,向大会报告政府工作,请予审议。
        一、2023年工作回顾
        2023年极不平凡。
        """)
    assert doc.meta.year == 2024  # read in December: the next year's, as the README says


def test_an_office_announced_under_its_city_names_the_page_without_a_title() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,现公布景德镇市长河区工业和信息化局2023年政府信息公开工作年度报告。
        一、总体情况
        2023年,区工信局认真落实《条例》。
        """)
    assert doc.meta.title == "景德镇市长河区工业和信息化局2023年政府信息公开工作年度报告"
    assert doc.meta.org == "景德镇市长河区工业和信息化局"  # (a city whose name ends like a town)


def test_a_title_wrapped_after_its_writer_and_about_names_no_office() -> None:
    doc = _doc("""
        青山市人民政府关于2021年法治政府建设情况的报告
        发布日期:2022-03-01 10:40 来源:青山市司法局 作者:王某 阅读次数:
        青山市人民政府关于2021年法治政府
        建设情况的报告
        2021年,全市各级行政机关纵深推进法治政府建设。
        一、主要举措
        """)
    assert doc.meta.org == "青山市人民政府"


def test_a_metadata_tables_title_row_gives_the_title_without_its_label() -> None:
    doc = _doc("""
        | 名稱 | 關于長河區2022年預算執行情況和2023年預算草案的報告 | ||
        | 發布機構 | 長河區財政局 | 發文日期 | |
        各位代表:
        受區人民政府委托,向大會報告我區2022年預算執行情況和2023年預算草案,請予審議。
        一、2022年預算執行情況
        """)
    assert doc.meta.title == "關于長河區2022年預算執行情況和2023年預算草案的報告"
    spaced = _doc("""
        标      题 青山交通运输厅2018年度政府信息公开工作年度报告
        索引号 000014349/2019-00016 文      号 青交办发〔2019〕11号
        发布机构 青山自治区交通运输厅 发布日期 2019-02-19 16:58:00
        一、总体情况
        2018年以来,我厅坚持依法行政,深化信息公开。
        """)
    assert spaced.meta.title == "青山交通运输厅2018年度政府信息公开工作年度报告"  # (a space for its colon)


def test_a_courts_own_title_under_the_pages_label_with_its_year_and_the_pages_date() -> None:
    doc = _doc("""
        青山市中级人民法院2020年工作报告

        2020年01月20日
        作者:青山市中级人民法院
        打印 分享到:

          青山市中级人民法院工作报告

          ——2020年1月11日在青山市第十八届

          人民代表大会第四次会议上

          青山市中级人民法院院长  王某某

          各位代表:
          现在,我代表市中级人民法院向大会报告工作,请予审议。
        """)
    assert doc.meta.title == "青山市中级人民法院工作报告"
    assert (doc.meta.org, doc.meta.delivered) == ("青山市中级人民法院", "2020-01-11")


def test_the_rest_of_a_title_under_its_writers_line_is_no_title_of_its_own() -> None:
    doc = _doc("""
        首页/ 政府信息公开 / 法定主动公开内容 / 政府工作报告 / 正文
        2023年长河县人民代表大会常务委员会工作报告
        长河县人民代表大会常务委员会
        工 作 报 告
        2023年2月1日在长河县第十九届
        人民代表大会第二次会议上
        各位代表:
        我代表县人民代表大会常务委员会,向大会报告工作,请予审议。
        一、过去一年的主要工作
        """)
    assert "长河县人民代表大会常务委员会" in doc.meta.title  # (not ``工作报告`` alone)


def test_a_title_wrapped_over_three_lines_after_its_writers_about_is_one_title() -> None:
    doc = _doc("""
        青山州人民政府关于2021年全州和州级
        财政决算及2022年上半年预算
        执行情况的报告
        青山州财政局
        州人大常委会:
        受州人民政府委托,我向州人大常委会报告2021年全州和州本级财政决算,请审查。
        一、2021年全州和州本级财政收支决算情况
        """)
    assert doc.meta.title == "青山州人民政府关于2021年全州和州级财政决算及2022年上半年预算执行情况的报告"


def test_a_plan_title_wrapped_twice_past_its_plan_is_one_title_over_the_meeting_that_passed_it() -> None:
    doc = _doc("""
        关于青石省2021年国民经济和社会发展计划
        执行情况与2022年国民经济和社会发展
        计划的报告
        青石省第六届人民代表大会第五次会议审议通过
        一、2021年国民经济和社会发展计划执行情况
        2021年是开局之年,全省经济稳中有进。
        二、2022年国民经济和社会发展计划
        """)
    assert doc.meta.title == ("关于青石省2021年国民经济和社会发展计划执行情况"
                              "与2022年国民经济和社会发展计划的报告")
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、"), (1, "二、")]


def test_the_meeting_that_passed_a_plan_is_no_heading_under_a_one_line_title() -> None:
    doc = _doc("""
        关于河口市2023年国民经济和社会发展计划执行情况与2024年计划的报告
        河口市第九届人民代表大会第三次会议批准
        一、2023年计划执行情况
        2023年,全市经济运行总体平稳。
        二、2024年计划安排
        """)
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、"), (1, "二、")]


def test_a_templates_title_with_a_level_and_no_place_names_no_writer() -> None:
    doc = _doc("""
        区人民政府区长政府工作报告
        各位代表:
        现在,我代表青河区人民政府向大会报告工作,请予审议。
        一、过去五年工作回顾
        过去的五年,是青河区发展进程中很不平凡的五年。
        """)
    assert doc.meta.org == "青河区人民政府"


def test_an_opening_that_puts_a_named_report_out_names_the_page() -> None:
    # (its 年 lost after the year; ``进行公开`` after the name)
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,现将青河自治县2021政府信息公开工作年度报告进行公开。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。
        一、总体情况
        2021年,县人民政府坚持以公开促落实。
        二、主动公开政府信息情况
        """)
    assert doc.meta.title == "青河自治县2021政府信息公开工作年度报告"
    assert doc.meta.year == 2021


def test_an_opening_that_puts_a_named_report_out_with_a_bare_verb_names_the_page() -> None:
    doc = _doc("""
        按照《中华人民共和国政府信息公开条例》规定,现将青河县2019年政府信息公开工作年度报告公开。如对报告有疑问,请与青河县人民政府办公室联系。
        一、总体情况
        (一)主动公开情况
        """)
    assert doc.meta.title == "青河县2019年政府信息公开工作年度报告"
    assert doc.meta.org == "青河县人民政府"


def test_a_report_drawn_up_under_its_own_name_in_angle_quotes_names_the_page() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》和市政府办公室的通知要求,结合我县各部门的统计数据编制完成《石门县2022年政府信息公开工作年度报告》。报告共分为六部分。
        一、总体情况
        2022年,石门县人民政府深入推进政务公开。
        二、主动公开政府信息情况
        """)
    assert doc.meta.title == "石门县2022年政府信息公开工作年度报告"


def test_a_writer_over_a_title_that_names_it_again_is_not_put_before_the_title() -> None:
    doc = _doc("""
        政府信息公开
        自治区人民政府办公厅
        发布时间:2023-01-30   浏览次数:   【字体:
        自治区人民政府办公厅2022
        政府信息公开工作年度报告
            依据《中华人民共和国政府信息公开条例》要求,编制本报告。
        一、总体情况
        2022年,自治区人民政府办公厅坚持依法公开。
        """)
    assert doc.meta.title == "自治区人民政府办公厅2022政府信息公开工作年度报告"


def test_an_office_that_drew_the_report_up_from_its_units_reports_is_the_writer() -> None:
    doc = _doc("""
        本报告依据《中华人民共和国政府信息公开条例》要求,由石门区人民政府综合全区各部门和各乡镇政府信息公开工作年度报告和统计数据编制而成。全文包括总体情况等六部分。
        一、总体情况
        2022年,全区坚持以公开促落实。
        二、主动公开政府信息情况
        """)
    assert doc.meta.org == "石门区人民政府"


def test_a_court_a_title_names_by_its_places_short_name_is_named_whole_from_the_text() -> None:
    doc = _doc("""
        青丰法院2023年依法治县工作开展情况总结
        2023年,青丰县人民法院在县委的坚强领导下,严格履行审判执行职能。现将有关情况报告如下:
        一、主要工作
        """)
    assert doc.meta.org == "青丰县人民法院"


def test_a_breadcrumb_of_spaced_slashes_under_a_sites_name_is_no_title() -> None:
    doc = _doc("""
        青青体育直播_彩票竞猜网 / 信息公开 / 重点公开领域 / 重点工作 / 政府工作报告
        014190183/2020-00313
        政府工作报告(2020年1月16日在河湾镇第十九届人民代表大会第七次会议上)
        政府工作报告(2020年1月16日在河湾镇第十九届人民代表大会第七次会议上)
        时间: 2020-02-01 10:27 访问量:
        镇长  王某某
        各位代表:
        现在,我代表镇人民政府,向大会报告政府工作,请予审议。
        一、2019年工作回顾
        """)
    # (its subtitle in brackets on the title's line says when and where it was delivered)
    assert (doc.meta.title, doc.meta.delivered, doc.meta.session) == (
        "政府工作报告", "2020-01-16", "河湾镇第十九届人民代表大会第七次会议")
    assert is_debris("青青体育直播_彩票竞猜网 / 信息公开 / 重点公开领域 / 重点工作 / 政府工作报告")
    assert not is_debris("2022/2023学年 / 秋季学期")


def test_the_period_a_disclosure_report_counts_gives_its_year_and_who_drew_it_up_its_writer() -> None:
    doc = _doc("""
        本年度报告是根据《中华人民共和国政府信息公开条例》(2019年4月3日中华人民共和国国务院令第711号修订,以下简称《条例》),国务院办公厅政府信息与政务公开办公室下发的《中华人民共和国政府信息公开工作年度报告格式》的要求,由河湾镇人民政府编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。
        一、总体情况
        河湾镇认真组织实施政府信息公开工作。
        二、主动公开政府信息情况
        """)
    assert (doc.meta.org, doc.meta.year) == ("河湾镇人民政府", 2021)


def test_an_advertisements_call_over_a_page_is_no_title() -> None:
    doc = _doc("""
        写作高手,超级方便的写作神器! 立即了解

        青石省第十二届人民代表大会常务委员会

        青石省人民代表大会常务委员会工作报告——2010年1月31日在青石省第十一届人民代表大会第三次会议上

        青石省人大常委会主任王某
        各位代表:
        我代表常务委员会,向大会报告工作,请予审议。
        一、过去一年的主要工作
        """)
    assert doc.meta.title == "青石省人民代表大会常务委员会工作报告"
    assert not is_debris("接到报告后,立即了解情况并妥善处置。")


@pytest.mark.parametrize("opening, title", [
    ("根据《中华人民共和国政府信息公开条例》的规定,编制石河县政府办公室2021年政府信息公开工作年度报告。本报告统计数据时间段:2021年1月1日至2021年12月31日。",
     "石河县政府办公室2021年政府信息公开工作年度报告"),
    ("根据《中华人民共和国政府信息公开条例》规定,青浦河区政务公开工作领导小组办公室编制了青浦河区人民政府2021年度政府信息公开工作年度报告。报告全文包括总体情况等内容。",
     "青浦河区人民政府2021年度政府信息公开工作年度报告"),
])
def test_an_opening_that_draws_up_a_report_named_with_its_writer_names_the_page(opening: str, title: str) -> None:
    doc = _doc(f"""
        {opening}
        一、总体情况
        我县主动公开各类政府信息1644条。
        二、主动公开政府信息情况
        """)
    assert (doc.meta.title, doc.meta.year) == (title, 2021)


def test_an_own_title_wrapped_over_its_subtitle_under_the_pages_headline_is_the_title() -> None:
    doc = _doc("""
        关于青石市河东区2024年预算执行情况和2025年预算草案的报告
        来源:青石市河东区财政局 发布时间:2025-01-24 16:39

        关于青石市河东区2024年预算执行情况

        2025年预算草案的报告(书面)

        ——在青石市河东区第十八届人民代表大会第五次会议上

        青石市河东区财政局

        各位代表:
        受区人民政府委托,现将我区2024年预算执行情况和2025年预算草案的报告提请大会审议。
        一、2024年预算执行情况
        """)
    assert (doc.meta.title, doc.meta.year) == (
        "关于青石市河东区2024年预算执行情况2025年预算草案的报告(书面)", 2024)


def test_an_office_the_text_names_is_no_writer_that_calls_itself_another_kind() -> None:
    doc = _doc("""
        2022年,我局始终坚持以习近平新时代中国特色社会主义思想为指导,推进全面依法治市。现将一年来的工作情况总结报告如下:
        一、2022年法治政府建设的主要情况
        (一)突出政治引领
        组建漳州市行政复议咨询委员会,审议重大疑难案件12件。
        """)
    assert doc.meta.org is None  # (a 局, not the 委员会 it set up)


def test_a_writer_saying_we_in_a_later_clause_is_not_named_by_the_words_before_it() -> None:
    doc = _doc("""
        一、推进法治政府建设的主要举措和成效
        (一)做好法治政府示范创建工作
        严格贯彻落实示范创建工作方案,全力营造全员参与的舆论氛围,已将我委涉及的各项指标资料报送至法治政府专班。
        """)
    assert doc.meta.org is None  # (not ``已将我委``)


def test_the_own_title_under_its_writers_line_wins_over_the_pages_headline_saying_it_nearly_so() -> None:
    doc = _doc("""
        您当前的位置: 首页 >政务公开 >法治政府建设年度报告
        [ 发布机构 ] 河湾区青石镇 [ 主题分类 ] 其他
        河湾区青石镇人民政府关于2025年度法治政府建设情况的报告

        河湾区青石镇人民政府

        关于2025年法治政府建设情况的报告

        2025年,我镇在区委区政府的坚强领导下,扎实推进法治政府建设。现将有关情况报告如下:
        一、主要举措和成效
        """)
    assert doc.meta.title == "河湾区青石镇人民政府关于2025年法治政府建设情况的报告"


def test_a_counter_left_empty_over_the_writers_line_takes_no_words_for_its_value() -> None:
    doc = _doc("""
        您当前所在位置: 首页 > 乡镇信息公开 > 青石镇政府 > 年度报告

        青石镇人民政府办公室2023年政府信息公开工作年度报告

        访问量:

        青石镇人民政府办公室

        2023政府信息公开工作年度报告

        本报告依据《中华人民共和国政府信息公开条例》要求,结合有关统计数据编制。
        一、总体情况
        """)
    assert doc.meta.title == "青石镇人民政府办公室2023政府信息公开工作年度报告"
    dated = _doc("""
        更新时间:
        青山市青河区人民政府
        2015年政府信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》的规定,青山市青河区人民政府编制了本报告。
        一、主动公开政府信息情况
        """)
    assert dated.meta.title == "青山市青河区人民政府2015年政府信息公开工作年度报告"  # (a day has digits)


def test_a_byline_under_a_listings_headline_that_names_the_city_above_is_the_writer() -> None:
    doc = _doc("""
        (河南省)青州市河口市2021年预算执行情况和2022年预算(草案)的报告
        关于河口市2021年预算执行情况和2022年预算(草案)的报告
        ——2022年4月20日在河口市第二届人民代表大会第一次会议上
        河口市财政局
        各位代表:
        受市政府委托,现将2021年预算执行情况和2022年预算草案提请会议审议。
        一、2021年预算执行情况
        """)
    assert doc.meta.org == "青州市河口市财政局"


def test_the_own_title_over_its_subtitle_past_a_caption_and_blank_lines_under_the_headline() -> None:
    doc = _doc("""
        当前位置:首页 > 要闻动态
        青河市人民政府工作报告


        发布时间:2026-01-29 16:24 来源: 青河市人民政府 字号:[ ]


        市长王某某作《政府工作报告》


        政府工作报告

        ——2026年1月20日在青河市第五届人民代表大会第六次会议上

        青河市人民政府市长 王某某

        各位代表:

        现在,我代表市人民政府,向大会报告工作,请予审议。

        一、2025年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2026-01-20"


def test_the_day_a_pages_rows_say_the_document_bears_is_its_date_unless_it_is_signed() -> None:
    rows = """
        [ 索引号 ] 1150023400864779XD/2026-00005 [ 发文字号 ]
        [ 发布机构 ] 河湾区青石镇 [ 主题分类 ] 其他
        [ 成文日期 ] 2026-02-03 [ 发布日期 ] 2026-02-05
        青石镇人民政府关于2025年法治政府建设情况的报告
        2025年,我镇扎实推进法治政府建设。现将有关情况报告如下:
        一、主要举措和成效
        全年开展普法活动12场。
        """
    doc = _doc(rows)
    assert (doc.meta.date, doc.meta.published) == ("2026-02-03", "2026-02-05")
    signed = _doc(rows + """
        青石镇人民政府
        2026年1月30日
        """)
    assert signed.meta.date == "2026-01-30"


def test_the_title_printed_again_over_a_table_names_no_part() -> None:
    doc = _doc("""
        2018年青河县国民经济和社会发展 计划(草案)报告
        各位代表:
        受县人民政府委托,现将青河县2017年国民经济和社会发展计划执行情况与2018年计划草案提请审议。
        一、2017年国民经济和社会发展计划执行情况
        预计全年实现地区生产总值390亿元,增长9%。(详见下表)

        2018年青河县国民经济和社会发展 计划(草案)报告

        (一)经济增长保持稳定
        工业经济稳步回升。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "2017年国民经济和社会发展计划执行情况"), (2, "(一)", "经济增长保持稳定")]


def test_an_office_inside_another_that_drew_the_report_up_draws_it_up_for_the_other() -> None:
    def org(compiler: str) -> str | None:
        return _doc(f"""
            本报告是根据《中华人民共和国政府信息公开条例》要求,由{compiler}编制。本年度报告中所列数据的统计期限自2015年1月1日起至12月31日止。
            一、概述
            2015年,我局认真贯彻落实《条例》。
            """).meta.org

    assert org("青河区民族宗教事务局政务公开政府信息公开工作领导小组办公室") == "青河区民族宗教事务局"
    assert org("青河镇人民政府党政办公室") == "青河镇人民政府"
    assert org("青河县人民政府办公室") == "青河县人民政府"  # (the county's report, its office drew it up)


def test_a_newspaper_sites_contacts_and_sponsor_over_its_headline_are_furniture() -> None:
    doc = _doc("""
        新闻热线:0539-7000000

        通讯员qq群:97000000

        青河报业集团主办

        当前位置:主页 > 青河网 > 专题 > 两会 > 政府报告 >

        2012年青河县两会《政府工作报告》

        2012-02-28 11:43 作者:未知 来源:青河网
            各位代表:
            现在,我代表县人民政府向大会报告政府工作,请予审议。
            本届政府工作回顾
            一、凝心聚力促发展,经济实力不断增强
        """)
    for line in ("新闻热线:0539-7000000", "通讯员qq群:97000000", "青河报业集团主办"):
        assert is_debris(line)
    assert doc.meta.title == "2012年青河县两会《政府工作报告》"
    assert doc.meta.org == "青河县人民政府"  # (the county the title names; its 县人民政府 reads it)


def test_named_contents_with_unnumbered_entries_over_the_report_are_not_its_outline() -> None:
    doc = _doc("""
        2020年政府决算公开目录
        一、决算报告
        青河市2020年财政决算报告
        二、2020年财政决算公开表格
        三、情况说明
        2020年转移支付资金情况说明
        2020年举借债务情况说明
        关于青河市2020年财政决算的报告
        ——2021年7月29日在青河市第六届人民代表大会常务委员会第四十一次会议上
        青河市财政局局长 王某某
        主任、各位副主任、秘书长、各位委员:
        受市人民政府委托,我向市人大常委会报告我市2020年财政决算,请予审议。
        一、一般公共预算
        全市一般公共预算收入完成18亿元。
        """)
    assert doc.meta.title == "关于青河市2020年财政决算的报告"
    assert doc.meta.org == "青河市财政局"
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "一般公共预算")]


def test_an_own_title_wrapped_where_the_page_lost_its_joining_word_yields_to_the_headline() -> None:
    doc = _doc("""
        首页 > 常委会会议 > 常委会会刊 > 16届常委会第37次会议

        青河区2020年预算执行情况和2021年预算草案的报告

        日期: 2020-12-24

        青河区2020年预算执行情况

        2021年预算草案的报告

        ——在2020年12月23日青河区第十六届人民代表大会

        常务委员会第三十七次会议上

        青河区财政局局长   王某某

        主任、各位副主任、各位委员:

        受青河区人民政府委托,向会议报告本区2020年预算执行情况和2021年预算草案,请予审议。

        一、2020年预算执行情况
        """)
    assert doc.meta.title == "青河区2020年预算执行情况和2021年预算草案的报告"  # (not its half)
    assert doc.meta.year == 2020


def test_an_audit_result_is_the_year_it_audited_not_the_year_of_the_audit() -> None:
    doc = _doc("""
        青河区审计局派出审计组自2024年3月27日至2024年5月8日对青河区青石镇人民政府2023年度预算执行情况进行了审计。现将审计结果报告如下:
        一、审计评价意见
        审计结果表明,青石镇人民政府2023年根据工作职责编制预算。
        二、审计发现的主要问题
        """)
    assert doc.meta.year == 2023
    assert doc.meta.org == "青河区审计局"


def test_a_street_office_that_says_we_is_named_by_the_site_its_government_runs_for_it() -> None:
    doc = _doc("""
        一、总体情况
        本年度报告根据《中华人民共和国政府信息公开条例》要求,结合2020年度本街道政府信息公开工作情况编制而成。
        (一)主动公开情况
        2020年我街道通过青河区人民政府青石沟街道办事处子网站主动公开政府采购19项。
        (二)依申请公开情况
        2020年青河区人民政府青石沟街道办事处未收到政府信息公开申请。
        """)
    assert doc.meta.org == "青石沟街道办事处"  # (never ``度本街道``, nor ``府青石沟街道``)


def test_a_sites_column_heading_its_list_of_facts_is_no_title() -> None:
    doc = _doc("""
        登录 | 注册
          • 乡镇政府信息公开年度报告
          • 索引号
            000014348/2024-00136
          • 发布机构
            青河县青石镇
          • 发布日期
            2024-01-25

        青河县青石镇人民政府2023年度政府信息公开年度工作报告

        根据《中华人民共和国政府信息公开条例》要求,我镇组织专人负责政府信息公开。
        一、总体情况
        """)
    assert doc.meta.title == "青河县青石镇人民政府2023年度政府信息公开年度工作报告"
    assert doc.meta.org == "青河县青石镇人民政府"


def test_a_department_of_one_character_named_by_its_level_is_placed_where_the_text_says() -> None:
    doc = _doc("""
        区教委2021年度法治政府建设工作报告
        为贯彻落实区委全面依法治区委员会的部署要求,区教委深入学习贯彻党的十九大精神。现将具体工作开展情况报告如下:
        一、2021年工作主要举措及成效
        (一)健全法治机构设置。对《重庆市青河区普惠性民办幼儿园管理办法》《青河区义务教育阶段学校管理办法》进行合法性审查。
        """)
    assert doc.meta.org == "青河区教委"


def test_labelled_contents_may_hold_entries_that_name_whole_documents() -> None:
    doc = _doc("""
        青河县2020年县级财政决算公开
        来源:青河县财政局 发布时间:2021-07-19 09:30 【字体:
        目    录
        一、县级财政决算情况
        (一)一般公共预算收支决算情况
        (二)政府性基金预算收支决算情况
        二、县人大常委会决定、决议、审议意见落实情况
        (一)《青河县人民代表大会常务委员会关于检察公益诉讼工作情况报告的审议意见》落实情况
        (二)《青河县人民代表大会常务委员会关于2020年预算绩效管理工作情况报告的审议意见》落实情况
        三、财政各类决算报表
        关于2020年县级财政决算的报告
        ——2021年6月30日在青河县第十七届人民代表大会常务委员会第四十八次会议上
        青河县财政局局长    王某某
        主任、副主任、各位委员:
        受县人民政府委托,我向县人大常委会报告2020年县级财政决算,请予审议。
        一、县级财政决算情况
        全县一般公共预算收入完成12亿元。
        """)
    assert doc.meta.title == "关于2020年县级财政决算的报告"
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [("一、", "县级财政决算情况")]


def test_two_amounts_each_ending_with_a_semicolon_are_a_list_not_parts() -> None:
    doc = _doc("""
        一、2020年预算执行情况
        (一)公共财政预算执行情况
        1.收入执行情况
        全县公共财政预算收入完成37578万元,其中:
        (1)税收收入完成27605万元,同比下降23.7%;
        (2)非税收入完成9973万元,同比下降35.5%;
        收入下降的主要原因是疫情影响。
        2.支出执行情况
        全县公共财政预算支出完成25亿元。
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        ("一、", "2020年预算执行情况"), ("(一)", "公共财政预算执行情况"), ("1.", "收入执行情况"),
        ("2.", "支出执行情况")]


def test_a_plan_put_up_by_its_department_named_by_its_level_is_the_departments() -> None:
    doc = _doc("""
        信息索引号 00250027-9/2023-27322 公开方式 主动公开
        发布机构 区发改经信局 公开范围 面向全社会
        生成日期 2023-05-11 发布日期 2023-05-11
        青河区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案

        一、2022国民经济和社会发展计划执行情况
        今年以来,全区上下在区委、区政府的正确领导下,经济指标逐月向好。
        """)
    assert doc.meta.org == "青河区发改经信局"


def test_a_budget_its_opening_names_by_place_is_the_department_the_row_names() -> None:
    # (``受区人民政府委托``: the government entrusts the budget to the department that reads it)
    doc = _doc("""
        索引号: 002944080/2023-26958 组配分类: 区级政府预算
        发布机构: 区财政局 发文日期: 2023-02-17
        关于青河区2022年预算执行情况和
        2023年预算草案的报告

        各位代表:
        受区人民政府委托,现将青河区2022年预算执行情况和2023年预算草案提请各位代表审议。
        一、2022年预算执行情况
        2022年,全区一般公共预算收入完成38.33亿元。
        """)
    assert doc.meta.org == "青河区财政局"


def test_a_pages_author_row_that_names_an_office_names_the_writer() -> None:
    doc = _doc("""
        青河区2021年财政预算执行情况和2022年预算草案的报告
        作者:青河区财政局 点击数: 发布时间:2022-01-07 09:45
        各位代表:
        受区人民政府委托,现将青河区2021年预算执行情况和2022年预算草案提请大会审议。
        一、2021年预算执行情况
        2021年,全区一般公共预算收入完成12亿元。
        """)
    assert doc.meta.org == "青河区财政局"


def test_an_opening_that_names_the_report_with_its_street_by_short_name_titles_it() -> None:
    doc = _doc("""
        2021年,青河街在区委、区政府的正确领导下,全面推进法治政府建设工作。现将青河街2021年度法治政府建设工作情况报告如下:
        一、法治政府建设主要举措和成效
        (一)加强党对法治政府建设工作的领导
        """)
    assert (doc.meta.title, doc.meta.org) == ("青河街2021年度法治政府建设工作情况报告", "青河街道办事处")


def test_an_opening_that_says_it_draws_up_the_named_report_now_titles_it() -> None:
    doc = _doc("""
        我要收藏
        公共资源调用站点
        文章分享
        根据《中华人民共和国政府信息公开条例》要求,现编制《青河区林业局2023年政府信息公开工作年度报告》。本报告由总体情况等部分组成。
        一、总体情况
        (一)主动公开方面。2023年,我局主动公开信息252条。
        """)
    assert doc.meta.title == "青河区林业局2023年政府信息公开工作年度报告"


def test_a_document_number_with_who_signed_it_off_is_no_title() -> None:
    doc = _doc("""
        青水利〔2011〕47号 签发人:张三
        根据《中华人民共和国政府信息公开条例》有关规定,特向社会公布我局2010年度信息公开工作年度报告。
        一、工作情况概况
        2010年,我局认真贯彻落实《条例》。
        """)
    assert doc.meta.title is None


def test_a_subtitle_run_on_after_two_hyphens_is_no_part_of_the_title() -> None:
    doc = _doc("""
        政府工作报告(摘要)--1999年2月25日在青河市第十二届人民代表大会第二次会议上

        青河市市长张三

        各位代表:
        我受市人民政府委托,向大会报告政府工作,请审议。

        一、本届政府开局之年的工作
        全市实现国内生产总值821.1亿元。
        """)
    assert (doc.meta.title, doc.meta.delivered) == ("政府工作报告(摘要)", "1999-02-25")


def test_a_covering_notice_wrapped_after_its_verb_covers_the_report_under_it() -> None:
    doc = _doc("""
        青河市人民政府办公室关于公布
        青河市2009年度政府信息公开工作年度报告的通知
        (青政办发〔2010〕3号)
        各县(区)人民政府,市政府各部门:
        我办编制了《青河市2009年度政府信息公开工作年度报告》,现予公布。
        二〇一〇年一月十九日
        青河市2009年度政府信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》要求,特编制本年度报告。
        一、本年度政府信息公开工作的基本情况
        (一)健全工作机构,调整充实机构人员
        """)
    assert doc.meta.title == "青河市2009年度政府信息公开工作年度报告"


def test_an_opening_that_publishes_the_named_report_to_the_public_titles_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,现将青河区教育局2017年度政府信息公开年度报告向社会公众公布,并接受监督。
        一、概述
        2017年,青河区教育局认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "青河区教育局2017年度政府信息公开年度报告"


def test_an_introduction_line_is_the_reports_first_part_not_its_title() -> None:
    doc = _doc("""
        引言
        本年度报告根据《中华人民共和国政府信息公开条例》规定要求组织编制。
        一、总体情况
        (一)主动公开政府信息情况
        """)
    assert doc.meta.title is None
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "", "引言"), (1, "一、", "总体情况"), (2, "(一)", "主动公开政府信息情况")]
    overview = _doc("""
        2012年青河县交通运输局政府信息公开工作年度报告

        本年度报告根据政府信息公开条例要求编制而成。

        概述

        在县委县政府的正确领导下,青河县交通运输局政府信息公开工作稳步推进。

        (一)加强领导,健全制度。2012年,我局继续加强组织领导。
        """)
    assert [(s.level, s.marker, s.title) for s in overview.nodes if s.kind == "heading"] == [
        (1, "", "概述"), (2, "(一)", "加强领导,健全制度")]


def test_the_fixed_closing_parts_of_a_disclosure_report_are_parts_without_their_numbers() -> None:
    doc = _doc("""
        青山省青河局2017年政府信息公开年度报告
        一、概述
        2017年,我局认真贯彻落实《条例》。
        五、行政复议和行政诉讼情况
        2017年,我局未收到有关政府信息公开的行政复议和行政诉讼。

        主要问题和改进措施

        2017年,我局政府信息公开工作虽然取得了一定的成效,但与社会的期望还有差距。

        其他需要报告的事项

        无。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "概述"), (1, "五、", "行政复议和行政诉讼情况"),
        (1, "", "主要问题和改进措施"), (1, "", "其他需要报告的事项")]


def test_a_mobile_link_and_an_archive_flag_are_the_sites_and_where_a_place_lies_names_no_office() -> None:
    doc = _doc("""
        手机版
        登录|注册
        归档时间:
        已归档

        2021年青河县财政总决算公开

        2022-07-15 07:55 信息来源:青河县财政局

        一、财政预算执行情况

        青河县位于青山省西北部,全县辖4个街道办事处和15个镇,现有人口72万人。
        """)
    assert (doc.meta.title, doc.meta.org) == ("2021年青河县财政总决算公开", "青河县财政局")


def test_the_own_title_under_the_headline_its_writer_on_a_line_of_its_own_is_the_title() -> None:
    doc = _doc("""
        2016年青河区民政局政府信息公开工作年度报告
        来源:青河区民政局
        发布时间:2017-02-09 00:00
        字体: [
        大
        中
        小
        ]
        打印
        青山市青河区民政局
        2016年政府信息公开工作年度报告
        青山市青河区民政局2016年政府信息公开工作年度报告是根据《中华人民共和国政府信息公开条例》规定进行编制。
        一、概述
        2016年,我局认真贯彻落实《条例》。
        """)
    assert (doc.meta.title, doc.meta.org) == (
        "青山市青河区民政局2016年政府信息公开工作年度报告", "青山市青河区民政局")


@pytest.mark.parametrize(("contact", "org"), [
    ("请与青山市青河区青石街道办事处联系(地址:青石路2号)。", "青山市青河区青石街道办事处"),
    ("请联系青石乡人民政府党政办公室,联系电话:0598-8340032。", "青石乡人民政府"),
    # the office that takes requests for what was not made public
    ("受理机构为青山市青河区青石街道办事处。办公地址:青山市青河区东天街6号。", "青山市青河区青石街道办事处"),
    # the government's own site's keepers, for the government
    ("请与青河县政府信息中心联系(地址:青河县凤城镇中山路1号)。", "青河县人民政府"),
    ("请咨询青河区政务公开办公室(地址:人民大街1077号)。", "青河区人民政府"),
    # a street's own office, or a section of it: the street's
    ("请与青山市青河区青石街道综合办公室联系。", "青山市青河区青石街道办事处"),
    ("请与青山市青河区人民政府青石街道党政办公室综合科联系,电话:0510-88888888。", "青山市青河区人民政府青石街道办事处"),
    # the address rows after it
    ("请联系:青石乡人民政府信息公开领导小组办公室,邮编:324403,联系电话:0570-7079682。", "青石乡人民政府"),
    ("请联系青河县人民政府办公室,地址:青河县普厅南路19号,电话:0876-6130637。", "青河县人民政府"),
    # an office named for other work than the report's is a body of its own
    ("请与青山市人民政府重点建设项目领导小组办公室综合科联系(地址:青山市滨河路19号)。",
     "青山市人民政府重点建设项目领导小组办公室"),
])
def test_an_unnamed_writer_is_the_office_that_answers_for_the_report(contact: str, org: str) -> None:
    doc = _doc(f"""
        根据《中华人民共和国政府信息公开条例》要求,特编制并向社会公布2021年度信息公开年度报告。如对本报告有任何疑问,{contact}
        一、总体情况
        (一)主动公开政府信息情况
        """)
    assert doc.meta.org == org


def test_an_office_inside_a_government_that_drew_up_its_report_drew_it_up_for_the_government() -> None:
    doc = _doc("""
        本报告由青河旗政府办公室网络信息中心编制。如对本报告有任何疑问,请与青河旗人民政府办公室联系。
        一、概述
        """)
    assert doc.meta.org == "青河旗人民政府"
    # (an office that does not say whose yields to the one the contact line names)
    unplaced = _doc("""
        本年报是根据《中华人民共和国政府信息公开条例》规定,由政务公开办公室编制。如有疑问,请咨询青河区政务公开办公室(地址:人民大街1077号)。
        一、基本情况
        """)
    assert unplaced.meta.org == "青河区人民政府"


def test_joint_writers_red_head_over_a_title_that_names_its_place_first_is_no_part_of_it() -> None:
    doc = _doc("""
        青党字〔2025〕2号
        中共青石镇委员会 青石镇人民政府
        青石镇2024年法治政府建设工作情况报告
        中共青河县委、青河县人民政府:
        2024年,在县委、县政府的正确领导下,青石镇全力推进法治政府建设。现将有关情况报告如下:
        一、2024年度主要工作
        """)
    assert (doc.meta.title, doc.meta.org) == ("青石镇2024年法治政府建设工作情况报告", "青石镇人民政府")


def test_a_bulletins_title_row_glued_to_its_value_is_debris() -> None:
    doc = _doc("""
        当前位置:首页 > 政府信息公开 > 信息公开年报

        2021年度青山市公安局政府信息公开工作年度报告

           时间:2022-01-26 10:00

        公报标题2021年度青山市公安局政府信息公开工作年度报告
        一、总体情况
        2021年以来,市公安局认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "2021年度青山市公安局政府信息公开工作年度报告"


def test_a_sentence_that_says_it_published_an_offices_functions_names_no_publisher() -> None:
    doc = _doc("""
        一、总体情况
        2022年,青石镇人民政府为充分尊重人民群众知情权,促进政府依法行政。
        (一)主动公开。通过政务公开栏和报刊等新闻媒体共发布机构职能、政策及政策解读等信息120条。
        """)
    assert doc.meta.org == "青石镇人民政府"


def test_a_county_of_one_character_is_not_part_of_its_towns_name() -> None:
    doc = _doc("""
        本报告总结我镇年度政府信息公开工作情况编制而成。如对本报告有疑问,请与乐县青石镇人民政府党政办公室联系(地址:乐县青石镇青石村)。
        一、总体情况
        """)
    assert doc.meta.org == "青石镇人民政府"


@pytest.mark.parametrize(("contact", "org"), [
    ("请与青山高新区党政办公室联系。", "青山高新区管理委员会"),  # a zone's, run by its 管委会
    ("請與青河縣高新技術產業園區管委會辦公室聯系。", "青河縣高新技術產業園區管委會"),
])
def test_a_zones_office_answers_for_the_zones_report(contact: str, org: str) -> None:
    doc = _doc(f"""
        本报告根据《中华人民共和国政府信息公开条例》要求编制。如对本报告有疑问,{contact}
        一、总体情况
        """)
    assert doc.meta.org == org


def test_a_title_that_names_only_the_kind_of_zone_is_the_zone_its_opening_names() -> None:
    doc = _doc("""
        经济开发区2024年度法治政府建设情况报告
        2024年青河经济开发区在区委、区政府的正确领导下,扎实推进法治政府建设各项工作,现将2024年法治政府建设情况报告如下:
        一、上一年度推进法治政府建设的主要举措和成效
        """)
    assert doc.meta.org == "青河经济开发区管理委员会"


def test_a_governments_group_office_that_drew_up_its_titled_report_drew_it_up_for_the_government() -> None:
    doc = _doc("""
        青山市青河区 2014年政府信息公开年度报告

            按照《中华人民共和国政府信息公开条例》要求,青山市青河区政府信息公开领导小组办公室编制了2014年政府信息公开工作年度报告。

            一、本年度政府信息公开工作的基本情况
        """)
    assert doc.meta.org == "青山市青河区人民政府"


def test_an_opening_that_issues_the_named_report_now_titles_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》的规定,现发布青河市人力资源和社会保障局2018年政府信息公开工作年度报告。本报告所列统计数据的期限自2018年1月1日起。
        一、主动公开政府信息情况
        """)
    assert doc.meta.title == "青河市人力资源和社会保障局2018年政府信息公开工作年度报告"


def test_a_weather_widgets_label_is_the_sites() -> None:
    doc = _doc("""
        欢迎访问青河县人民政府网站!今天是 设为首页 | 加入收藏
        天气预报:
        站内搜索:

        政务公开

        青河县2012年政府信息公开工作年度报告
        来源:    时间:2013年02月25日    点击量:88272

          根据《中华人民共和国政府信息公开条例》要求,编制本报告。
        一、概述
        """)
    assert doc.meta.title == "青河县2012年政府信息公开工作年度报告"


def test_a_districts_banner_over_an_untitled_report_of_its_town_is_the_sites() -> None:
    doc = _doc("""
        青河区人民政府
        热门搜索:

             2022年,青石镇在区委、区政府的正确领导下,贯彻落实习近平法治思想,有力推进依法行政工作深入开展。

        一、2022年推进法治建设的主要举措和成效
        """)
    assert doc.meta.org == "青石镇人民政府"


def test_an_opening_that_names_the_report_with_what_it_will_call_it_titles_it() -> None:
    doc = _doc("""
        青河县2015年政府信息公开工作年度报告(以下简称年报)根据《中华人民共和国政府信息公开条例》进行编制。全文包括概述等五个部分。
        一、概述
        2015年,青河县按照《条例》要求,全面推进政府信息公开工作。
        """)
    assert doc.meta.title == "青河县2015年政府信息公开工作年度报告"


@pytest.mark.parametrize(("opening", "title"), [
    ("青河县林业局2016年度政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制而成。",
     "青河县林业局2016年度政府信息公开工作年度报告"),
    # (this year's report names no writer)
    ("本年度政府信息公开报告根据《中华人民共和国政府信息公开条例》编制而成。", None),
])
def test_an_opening_that_names_the_report_with_what_it_follows(opening: str, title: str | None) -> None:
    doc = _doc(f"""
        {opening}
        一、总体情况
        2016年,我局认真贯彻落实《条例》。
        """)
    assert doc.meta.title == title


def test_a_line_whose_indent_a_copy_turned_into_a_question_mark_keeps_its_marker() -> None:
    doc = _doc("""
        青河区教育局2024年度
        政府信息公开工作年度报告
        ?
        根据《中华人民共和国政府信息公开条例》的规定,特向社会公布2024年度本部门信息公开年度报告。
        ?一、总体情况
        ?2024年,区教育局坚持以习近平新时代中国特色社会主义思想为指导。
        ?(一)主动公开
        ?2024年主动公开各类信息203条。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "总体情况"), (2, "(一)", "主动公开")]
    # (an indent of two full-width spaces, two or four marks; a run of them elsewhere is characters lost)
    doubled = _doc("""
        ??根据《中华人民共和国政府信息公开条例》规定编制本报告。
        ????一、总体情况
        ??2025年,青山省人民政府深入推进政务公开。
        ??(一)主动公开方面
        ??全年主动公开信息300条。
        """)
    assert [(s.level, s.marker, s.title) for s in doubled.nodes if s.kind == "heading"] == [
        (1, "一、", "总体情况"), (2, "(一)", "主动公开方面")]
    assert doubled.text.startswith("??根据")  # (kept in the text, masked in the view)
    # (the marks and, after them, the indent's spaces)
    spaced = _doc("""
        ?本报告根据《中华人民共和国政府信息公开条例》编制。
        ? 一、总体情况
        ?? (一)宣传教育培训情况
        2020年,组织局机关学习新《条例》。
        (二)政府信息主动公开情况
        """)
    assert [(s.level, s.marker) for s in spaced.nodes if s.kind == "heading"] == [
        (1, "一、"), (2, "(一)"), (2, "(二)")]


def test_the_own_title_wrapped_under_the_headline_is_not_its_last_line() -> None:
    doc = _doc("""
        您当前所在位置: 首页 > 监督保障 > 政府信息公开工作年报

        青河市人民政府2022年政府信息公开工作年度报告

        访问量:

        青河市人民政府2022年政府信息公开

        工作年度报告

        本报告根据《中华人民共和国政府信息公开条例》要求编制。
        一、总体情况
        """)
    assert doc.meta.title == "青河市人民政府2022年政府信息公开工作年度报告"


def test_an_opening_that_makes_public_a_places_report_titles_it_and_names_its_government() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,现公开2022年青河市政府信息公开工作年度报告。全文包括:总体情况等六个部分。
        一、总体情况
        青河市高度重视政府信息公开工作。
        """)
    assert (doc.meta.title, doc.meta.org) == ("2022年青河市政府信息公开工作年度报告", "青河市人民政府")
    # (under the site's column, a zone's report on 信息公开)
    zone = _doc("""
        政府信息公开专栏

        青山新区管理委员会政府信息公开专栏  >>  年度报告

        根据《中华人民共和国政务信息公开条例》,特向社会公布2015年度青山高新区信息公开年度报告。本报告由情况概述等七个部分组成。
        一、情况概述
        """)
    assert (zone.meta.title, zone.meta.org) == ("2015年度青山高新区信息公开年度报告", "青山高新区管理委员会")
    # (a writer that says ``we`` names no place: the 发布机构 row names it)
    ours = _doc("""
        - 发布机构:青石乡
        - 公文生成日期:2018-01-29
        根据《中华人民共和国政府信息公开条例》有关规定,特向社会公布2017年度我乡政府信息公开年度报告。全文由概述等部分组成。
        一、概述
        """)
    assert (ours.meta.title, ours.meta.org) == (None, "青石乡人民政府")


def test_the_sites_headline_printed_twice_over_the_own_title_yields_to_it() -> None:
    doc = _doc("""
        青河县人民政府办公室2020年度政府信息公开工作报告-信息公开年度报告-青河县人民政府

        青河县人民政府办公室2020年度政府信息公开工作报告-信息公开年度报告-青河县人民政府
            青河县人民政府办公室2020年度政府信息公开工作报告
            时间:2021-01-29 10:14来源:作者:点击:

            根据《中华人民共和国政府信息公开条例》要求,编制本报告。
        一、总体情况
        """)
    assert doc.meta.title == "青河县人民政府办公室2020年度政府信息公开工作报告"


def test_a_writers_line_over_a_title_that_opens_with_its_year_starts_the_title() -> None:
    doc = _doc("""
        青河县国土资源局
        2016年政府信息公开工作年度报告
        2016年政府信息公开工作年度报告
        青河县国土资源局2016年政府信息公开工作年度报告(以下简称年报)是根据《条例》规定进行编制。
        一、概述
        """)
    assert doc.meta.title == "青河县国土资源局2016年政府信息公开工作年度报告"


def test_the_own_title_under_the_pages_rows_over_the_first_part_is_no_part() -> None:
    doc = _doc("""
        登录 | 注册

        青河市国土资源局2011年政府信息公开工作年度报告

        发布日期:2012-02-20    点击数:
         2011年国土资源局信息公开工作年度报告

        一、基本工作情况

        (一)建立健全领导体制和工作机构
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "基本工作情况"), (2, "(一)", "建立健全领导体制和工作机构")]


def test_a_places_open_government_group_office_draws_up_its_governments_report() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,本报告由青山市青河区政务公开工作领导小组办公室编制。
        一、总体情况
        """)
    assert doc.meta.org == "青山市青河区人民政府"


def test_the_office_under_the_session_under_the_title_reads_it() -> None:
    doc = _doc("""
        关于青河区2021年预算执行情况及2022年预算草案的报告
        青河区十届人大一次会议
        青河区财政局
        各位代表:
        受区人民政府委托,现将青河区2021年预算执行情况和2022年预算草案提请区十届人大一次会议审议。
        一、2021年预算执行情况
        2021年,全区财政收入完成12亿元。
        """)
    assert doc.meta.org == "青河区财政局"


def test_a_headings_second_half_on_a_line_of_its_own_opening_with_its_joining_word_is_its_rest() -> None:
    doc = _doc("""
        各位代表:
        现在,我代表市人民政府向大会报告工作。

            一、“十三五”发展回顾

            和2020年主要工作

            “十三五”时期是我市发展极不平凡的五年。
        二、2021年主要任务
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        ("一、", "“十三五”发展回顾和2020年主要工作"), ("二、", "2021年主要任务")]


def test_a_headline_that_adds_only_the_writer_yields_to_the_reports_own_title_without_a_subtitle() -> None:
    doc = _doc("""
        青河县人民政府关于2022年法治政府建设情况的报告
        关于2022年法治政府建设情况的报告
        2022年,在市委、市政府的坚强领导下,青河县扎实推进法治政府建设。现将有关情况报告如下:
        一、主要举措和成效
        """)
    assert doc.meta.title == "关于2022年法治政府建设情况的报告"  # (the site's headline puts the writer before it)
    assert doc.meta.org == "青河县人民政府"


def test_a_sites_footer_printed_over_the_report_is_furniture() -> None:
    doc = _doc("""
        主办单位:青河县人民政府 © 版权所有
        承办单位:青河县人民政府办公室
        晋ICP备12000000号 网站标识码:1410000000
        联系电话:0357-6000000
        涉密文件严禁上网
        青河县人民政府门户网站提示:使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果!
        青河县教育科技局
        2023年政府信息公开工作年度报告
        一、总体情况
        2023年,青河县教育科技局坚持以公开促规范。
        """)
    assert doc.meta.title == "青河县教育科技局2023年政府信息公开工作年度报告"
    assert doc.meta.org == "青河县教育科技局"


def test_a_breadcrumb_through_the_year_a_column_files_its_pages_under_is_furniture() -> None:
    doc = _doc("""
        首页 > 政务公开 > 政府信息公开年报 > 2021 > 街道办事处政府信息公开工作年度报告
        2021年青石路街道政府信息公开工作年度报告
        青石路街道办事处
        2022年01月18日来源:1
        现将2021年青石路街道办事处政府信息公开情况报告如下:
        一、总体情况
        """)
    assert is_debris("首页 > 政务公开 > 政府信息公开年报 > 2021 > 街道办事处政府信息公开工作年度报告")
    assert doc.meta.title == "2021年青石路街道政府信息公开工作年度报告"
    # (the year its last step, from the home page on)
    last = _doc("""
        首页 > 政府信息公开 > 政府信息公开年报 > 2020
        民政局2020年政府信息公开工作
        年度报告
        来源:    时间:2021年04月12日
        根据《中华人民共和国政府信息公开条例》,将我局2020年度政府信息公开工作报告如下:
        一、总体情况
        """)
    assert last.meta.title == "民政局2020年政府信息公开工作年度报告"


def test_an_opening_that_makes_a_named_report_public_names_the_page() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,向社会公布青河区人民政府2021年度信息公开工作年度报告。
        本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。
        一、总体情况
        """)
    assert doc.meta.title == "青河区人民政府2021年度信息公开工作年度报告"
    assert doc.meta.org == "青河区人民政府"


def test_a_customs_district_reports_as_its_customs() -> None:
    doc = _doc("""
        青河海关关区2019年政府信息公开年报
        本年报由青河海关根据《中华人民共和国政府信息公开条例》编制。
        一、总体情况
        """)
    assert doc.meta.org == "青河海关"


def test_an_opening_that_says_why_disclosure_matters_names_no_writer() -> None:
    doc = _doc("""
        一、概述
        推行政府信息公开是科学执政、民主执政、依法执政的必然要求。
        (一)组织机构建设情况
        明确政府信息公开工作组织机构。
        """)
    assert doc.meta.org is None


def test_an_office_of_a_government_by_its_short_name_is_that_office_not_the_government() -> None:
    doc = _doc("""
        省政府办公厅:
        2017年,省政府法制办认真贯彻执行《中华人民共和国政府信息公开条例》及青海省政府办公厅有关文件精神。现将我办2017年政府信息公开工作报告如下:
        一、基本情况
        (一)健全组织机构
        """)
    assert doc.meta.org == "青海省人民政府法制办公室"


def test_a_bureaus_older_name_in_a_title_before_the_reform_is_kept() -> None:
    doc = _doc("""
        欢迎光临青海省粮食和物资储备局网站
        青海省粮食局2016年政府信息公开工作年度报告
        本报告由青海省粮食局编制。
        一、基本情况概述
        """)
    assert doc.meta.org == "青海省粮食局"


def test_a_street_by_its_short_name_under_its_district_in_a_title() -> None:
    doc = _doc("""
        青河区青石街2019年政府信息公开工作年度报告
        一、总体情况
        2019年,我街坚持以习近平新时代中国特色社会主义思想为指导。
        """)
    assert doc.meta.org == "青河区青石街道办事处"


def test_the_office_to_ask_with_its_telephone_in_brackets_answers_for_the_report() -> None:
    doc = _doc("""
        本报告由总体情况、主动公开政府信息情况等六部分组成。如对本报告有任何疑问,请联系:青河县人民政府办公室(电话:024-12345678)。
        一、总体情况
        2022年,全县政府信息公开工作有序开展。
        """)
    assert doc.meta.org == "青河县人民政府"


def test_a_bare_title_under_a_headline_that_puts_the_writer_after_the_year_is_the_title() -> None:
    doc = _doc("""
        2020年青河市青山区青石街道办事处政府信息公开工作年度报告
        2021年01月29日 来源: 青河青山青河市青山区青石街道办事处
        2020年政府信息公开工作年度报告
        本年度报告是根据《中华人民共和国政府信息公开条例》要求,由青河市青山区青石街道编制。
        一、总体情况
        根据《青河市政府信息公开规定》和区相关部门要求,青石街道办事处认真开展政府信息公开工作。
        """)
    assert doc.meta.title == "2020年政府信息公开工作年度报告"
    assert doc.meta.org == "青河市青山区青石街道办事处"


def test_an_opening_that_lists_what_the_report_covers_names_no_title() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,现将青石街道办事处2021年度信息公开工作的总体情况、主动公开信息情况、信息公开申请情况等方面的报告如下。
        一、总体情况
        2021年,青石街道办事处主动公开信息268条。
        """)
    assert doc.meta.title is None
    assert doc.meta.org == "青石街道办事处"



def test_a_governments_office_that_speaks_as_itself_writes_its_own_report() -> None:
    doc = _doc("""
        本报告是根据《中华人民共和国政府信息公开条例》要求编制而成。如对本报告有任何疑问,请与青河市青山区人民政府办公室联系(地址:青河市青山区大华东路1号,邮编:224100)。
        一、总体情况
        2023年,在区委、区政府的正确领导下,我办深入贯彻党的二十大精神。
        """)
    assert doc.meta.org == "青河市青山区人民政府办公室"
    # (without a word of its own, the office answers for its government's report)
    doc = _doc("""
        本报告是根据《中华人民共和国政府信息公开条例》要求编制而成。如对本报告有任何疑问,请与青河市青山区人民政府办公室联系(地址:青河市青山区大华东路1号,邮编:224100)。
        一、总体情况
        2023年,在区委、区政府的正确领导下,全区深入贯彻党的二十大精神。
        """)
    assert doc.meta.org == "青河市青山区人民政府"


def test_an_opening_that_compiles_this_report_then_makes_the_named_one_public_names_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》的要求,青石乡在对去年政府信息公开工作进行认真回顾和总结的基础上,编制本报告现向社会公开青石乡2019年政府信息公开工作年度报告。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。
        一、信息公开工作概述
        2019年青石乡认真贯彻落实《条例》的要求。
        """)
    assert doc.meta.title == "青石乡2019年政府信息公开工作年度报告"
    assert doc.meta.org == "青石乡人民政府"


def test_an_own_title_the_page_cut_before_its_documents_name_gives_way_to_the_headline() -> None:
    doc = _doc("""
        您当前所在位置: 首页 > 乡镇信息公开 > 青石镇人民政府 > 部门信息
        青石镇2022年度法治政府建设工作报告
        来源:时间:2023-02-28
        分享:

        青石镇2022年度法治政府建设


        今年以来,青石镇法治建设工作坚持以习近平新时代中国特色社会主义思想为指导。
        一、深入学习贯彻习近平法治思想
        """)
    assert doc.meta.title == "青石镇2022年度法治政府建设工作报告"


def test_rows_of_a_label_and_its_value_do_not_make_a_text_wrapped_at_a_fixed_width() -> None:
    doc = _doc("""
        一、总体情况
        2021年,市水利局坚持以习近平新时代中国特色社会主义思想为指导,全面推进政务公开。
        (一)主动公开
        1.决策公开
        内容:重大行政决策法定程序、重大决策预公开制度、意见征集形式等情况
        2.管理公开
        内容:权责清单、清单动态调整公开机制、行政执法公示制度、监管情况等情况
        3.服务公开
        内容:公开服务事项、行政审批中介服务事项清单、政务服务中心与网上办事大厅结合等情况
        4.结果公开
        内容:重大决策及重要政策落实情况、发展规划及政府工作报告落实情况
        """)
    assert [s.title for s, _ in doc.walk() if s.level == 3] == ["决策公开", "管理公开", "服务公开", "结果公开"]


def test_the_first_part_in_the_last_item_of_a_pages_list_of_facts_is_a_part() -> None:
    doc = _doc("""
        青河市文化广电旅游体育局2024年度政府信息公开工作年度报告
          • 2025-01-21 21:30
          • 来源:本网
          • 【字体:
          •   一、总体情况

              2024年,青河市文化广电旅游体育局认真落实政务公开工作的决策部署。

              (一)强化组织领导,压实工作责任

              局党组高度重视政务公开工作。
        """)
    assert [(s.level, s.marker, s.title) for s, _ in doc.walk()] == [
        (1, "一、", "总体情况"), (2, "(一)", "强化组织领导,压实工作责任")]


def test_an_ordinal_word_alone_on_its_line_over_numbered_parts_is_a_heading() -> None:
    doc = _doc("""
        2022年以来,我局坚持以习近平法治思想为指导,现将2022年法治政府建设工作情况报告如下:
        第一、 2022年度推进法治政府建设的主要举措和成效
        一、强化规范运作,健全工作机制
        (一)抓组织领导,提升依法行政合力。成立领导小组。
        二、规范执法行为,严格依法行政
        (一)认真开展日常执法检查。全年检查120次。
        """)
    assert [(s.level, s.marker) for s, _ in doc.walk()] == [
        (1, "第一、"), (2, "一、"), (3, "(一)"), (2, "二、"), (3, "(一)")]
    # (in a paragraph, ``第一，…。`` is a point of it, not a part)
    doc = _doc("""
        一、主要举措
        我们抓了三件事。第一,加强领导。第二,完善制度。
        """)
    assert [s.marker for s in doc.nodes if s.kind == "heading"] == ["一、"]


def test_a_parts_name_said_again_over_its_table_stands_under_the_part() -> None:
    doc = _doc("""
        一、概 述
        2019年,青石镇严格按照要求推进政务公开工作。
        二、主动公开政府信息情况
        2019年,主动公开政府信息19条。
        主动公开政府信息情况
        第二十条第(一)项 | ||||
        信息内容 | 本年新制作数量 | 本年新 公开数量 | 对外公开 总数量 | |
        规章 | ||||
        """)
    assert [(s.level, s.title) for s, _ in doc.walk()] == [
        (1, "概 述"), (1, "主动公开政府信息情况"), (2, "主动公开政府信息情况")]


def test_a_link_to_an_attached_file_is_neither_a_part_nor_the_opening() -> None:
    doc = _doc("""
        青石镇2021年政府信息公开工作年度报告
        发布时间:2022-01-24

        2021年度青石镇政府办公室信息公开年报图解.pdf

        一、总体情况

        政府信息公开是转变政府职能的惠民举措。2021年,我镇认真贯彻落实《条例》精神。

        (一)政府信息主动公开情况
        """)
    assert [s.title for s, _ in doc.walk()] == ["总体情况", "政府信息主动公开情况"]
    assert doc.meta.org == "青石镇人民政府"


def test_a_publisher_row_that_names_no_office_does_not_place_the_titles_writer() -> None:
    doc = _doc("""
        发布机构: 公积金 发文日期: 2023-01-06
        市住房公积金管理中心青石分中心2022年政府信息公开工作年度报告
        为全面贯彻落实《中华人民共和国政府信息公开条例》,丽水市住房公积金管理中心青石分中心认真开展各项工作,现将2022年度工作开展情况报告如下。
        一、总体情况
        """)
    assert doc.meta.org == "丽水市住房公积金管理中心青石分中心"


def test_what_a_body_works_around_is_no_writer() -> None:
    doc = _doc("""
        现将我社2017年度政府信息公开的情况报告如下:
        一、概述
        2017年,我社政府信息公开工作在县委、县政府的正确领导下,围绕中心,服务大局,进一步健全制度。
        """)
    assert doc.meta.org is None


def test_a_body_that_drew_the_report_up_as_the_rules_ask_is_its_writer() -> None:
    doc = _doc("""
        本报告由青河市供销合作社联合社按照《中华人民共和国政府信息公开条例》(国务院令第711号)和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)及有关法律法规的要求编制。如对本报告有疑问,请与青河市供销合作社联合社办公室联系(电话:0539-1234567)。
        一、总体情况
        """)
    assert doc.meta.org == "青河市供销合作社联合社"


def test_a_centre_that_speaks_as_itself_answers_by_its_office_for_its_own_report() -> None:
    doc = _doc("""
        本报告结合2022年我中心政府信息公开工作编制而成。如对本报告有任何疑问,请与青河市住房公积金管理中心办公室联系(地址:青河市长江南路106号,电话:0566-3220115)。
        一、总体情况
        """)
    assert doc.meta.org == "青河市住房公积金管理中心"


def test_a_town_under_its_countys_short_name_is_under_the_county() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,现公布永嘉青石镇2018年政府信息公开工作年度报告。
        一、概述
        """)
    assert doc.meta.org == "永嘉县青石镇人民政府"


def test_an_opening_that_draws_up_the_named_report_names_the_title() -> None:
    doc = _doc("""
        为更好发挥年度报告的重要作用,青河市审计局按照《中华人民共和国政府信息公开条例》要求,结合审计工作实际,制定《青河市审计局2022年政府信息公开工作年度报告》,并根据情况变化适时更新。
        一、总体情况
        """)
    assert doc.meta.title == "青河市审计局2022年政府信息公开工作年度报告"
    doc = _doc("""
        2014年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,按照要求认真编制《青河市档案局2014年政府信息公开工作年度报告》(以下简称《年报》)。
        一、概述
        """)
    assert doc.meta.title == "青河市档案局2014年政府信息公开工作年度报告"
    # (a plan it drew up is not the report)
    doc = _doc("""
        2022年,青石镇结合工作实际,制定《青石镇政务公开工作实施方案》,扎实推进政务公开。
        一、总体情况
        """)
    assert doc.meta.title is None


def test_a_sites_app_and_account_links_are_furniture_and_never_the_title() -> None:
    doc = _doc("""
        移动端应用
        政务微信
        政务微博
        智能问答
        登录个人中心
        一、总体情况
        2021年,青河市人民政府办公室深入贯彻《中华人民共和国政府信息公开条例》要求。
        """)
    assert doc.meta.title is None
    assert [doc.text[s:e] for s, e in doc.debris] == ["移动端应用", "政务微信", "政务微博", "智能问答", "登录个人中心"]


def test_an_office_of_a_place_named_with_its_other_name_in_brackets_is_named_whole() -> None:
    doc = _doc("""
        一、总体情况
        2020年,武汉经济技术开发区(汉南区)医疗保障局政府信息公开工作在工委(区委)、管委会(区政府)的领导下,扎实推进政府信息公开工作。
        二、行政机关主动公开政府信息情况
        """)
    assert doc.meta.org == "武汉经济技术开发区(汉南区)医疗保障局"


def test_a_counsellors_office_in_its_title_is_the_writer_not_the_row_of_the_body_beside_it() -> None:
    doc = _doc("""
        青海省参事室2010年政府信息公开工作年度报告
          • 发布机构: 省文史研究馆
          • 发文日期: 2011-03-31 00:03
        依据《中华人民共和国政府信息公开条例》编制本报告。
        一、概述
        """)
    assert doc.meta.org == "青海省参事室"


def test_an_address_to_superiors_with_a_copys_readings_is_a_salutation() -> None:
    doc = _doc("""
        中共青河市青山區(qū)委員會(huì)、青山區(qū)人民政府:
        2024年,青石鎮(zhèn)堅(jiān)持以習(xí)近平新時(shí)代中國特色社會(huì)主義思想為指導(dǎo),持之以恒把法治政府建設(shè)抓緊抓好。
        一、深入學(xué)習(xí)貫徹習(xí)近平法治思想
        """)
    assert doc.meta.org == "青石鎮人民政府"


def test_a_report_drawn_up_by_our_districts_office_says_not_where() -> None:
    doc = _doc("""
        本年度报告根据《中华人民共和国政府信息公开条例》的要求,由我区政府政务公开工作领导小组办公室负责编写。本报告所列数据的统计期限自2022年1月1日起至12月31日止。
        一、总体情况
        (一)主动公开情况
        2022年度我区通过政府门户网站主动发布政府信息3505条。
        """)
    assert doc.meta.org is None


def test_a_paragraph_that_opens_with_its_year_and_then_a_governments_office() -> None:
    doc = _doc("""
        本报告根据《中华人民共和国政府信息公开条例》有关要求编制。本年度报告中所列数据统计期限为2021年1月1日到12月31日。
        一、总体情况
        2021年青河区人民政府办公室认真贯彻落实上级政务公开主管部门关于政府信息公开工作要求。
        """)
    assert doc.meta.org == "青河区人民政府办公室"


def test_a_columns_label_for_the_office_over_the_offices_own_line_and_title() -> None:
    doc = _doc("""
        市烟草局
        发布时间:2018-02-07 11:12
        浏览次数:
        青河市烟草专卖局

        2017年政府信息公开工作年度报告

        本报告根据《中华人民共和国政府信息公开条例》要求进行编制。
        一、概述
        """)
    assert doc.meta.title == "青河市烟草专卖局2017年政府信息公开工作年度报告"
    assert doc.meta.org == "青河市烟草专卖局"


def test_a_parts_number_with_a_copys_stray_comma_before_its_mark_is_a_part() -> None:
    doc = _doc("""
        现将青石镇2022年度法治政府建设情况报告如下:
        一,、深入学习贯彻党的二十大精神
        全镇干部学习习近平法治思想。
        二、严格规范公正文明执法
        全年办理行政处罚案件12件。
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        ("一,、", "深入学习贯彻党的二十大精神"), ("二、", "严格规范公正文明执法")]


def test_an_office_that_drew_up_the_report_and_opens_it_with_its_own_work_writes_it() -> None:
    doc = _doc("""
        本年度报告依据《中华人民共和国政府信息公开条例》,结合工作实际,由青河区人民政府办公室编写。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。
        一、总体情况
        2024年以来,青河区人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导,不断提升政务公开工作水平。
        """)
    assert doc.meta.org == "青河区人民政府办公室"
    # (drawing up the government's report on the whole district, it is the government's)
    doc = _doc("""
        本年度报告依据《中华人民共和国政府信息公开条例》,由青河区人民政府办公室编写。
        一、总体情况
        2024年以来,全区坚持以习近平新时代中国特色社会主义思想为指导。
        """)
    assert doc.meta.org == "青河区人民政府"


def test_a_report_published_by_its_name_in_the_opening_is_titled_by_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,特公布2022年青山市人力资源和社会保障局信息公开工作年度报告。本报告包括总体情况等部分。
        一、总体情况
        """)
    assert doc.meta.title == "2022年青山市人力资源和社会保障局信息公开工作年度报告"
    assert doc.meta.org == "青山市人力资源和社会保障局"
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》和省政府有关文件规定,特向全社会公布2011年度青山省商务厅政府信息公开工作年度报告。本报告由基本情况概述等六部分组成。
        一、基本情况概述
        """)
    assert doc.meta.title == "2011年度青山省商务厅政府信息公开工作年度报告"
    assert doc.meta.org == "青山省商务厅"
    # (the year first, then a 街道 by its short name)
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》,现向社会公布2021年度青石街政府信息公开工作年度报告。本报告由总体情况等六部分组成。
        一、总体情况
        """)
    assert doc.meta.title == "2021年度青石街政府信息公开工作年度报告"
    assert doc.meta.org == "青石街道办事处"


def test_a_title_with_its_subtitle_run_on_in_its_line_is_the_title_under_a_sites_name() -> None:
    doc = _doc("""
        青河新传媒
        首页 > 2023年专题 > 聚焦2023青河两会 > 权威发布 > 正文

        政府工作报告 ——2023年1月9日在青河市第十七届人民代表大会第二次会议上

        各位代表:
        现在,我代表青河市人民政府,向大会报告工作,请予审议。
        一、2022年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2023-01-09"
    assert doc.meta.org == "青河市人民政府"


def test_a_document_sites_notices_to_a_visitor_not_signed_in_are_furniture() -> None:
    doc = _doc("""
        注册 | 登录
        为了更好的阅读体验,请用电脑查看。
        请登录后继续阅读全文
        2025年青河市政府工作报告
        2025年2月11日在青河市第九届人民代表大会第五次会议上
        各位代表:
        一、2024年工作回顾
        """)
    assert [doc.text[s:e] for s, e in doc.debris] == ["注册 | 登录", "为了更好的阅读体验,请用电脑查看。", "请登录后继续阅读全文"]
    assert doc.meta.title == "2025年青河市政府工作报告"
    assert doc.meta.delivered == "2025-02-11"


def test_a_video_players_label_over_an_untitled_report_is_furniture_not_its_title() -> None:
    doc = _doc("""
        点击播放视频
        本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。
        一、总体情况
        (一)主动公开
        2022年,我局以门户网站为主阵地,多渠道加大主动公开力度。
        """)
    assert [doc.text[s:e] for s, e in doc.debris] == ["点击播放视频"]
    assert doc.meta.title is None


def test_an_office_its_breadcrumb_passes_through_over_a_title_without_a_writer_heads_the_title() -> None:
    doc = _doc("""
        青河县政府信息公开专栏 >> 青河县人力资源和社会保障局 >> 信息公开年度报告

        青河县人力资源和社会保障局

        2017年政府信息公开工作年度报告

        根据《中华人民共和国政府信息公开条例》的有关规定,青河县人力资源和社会保障局编制了2017年度政府信息公开工作年度报告。
        一、基本工作情况
        """)
    assert doc.meta.title == "青河县人力资源和社会保障局2017年政府信息公开工作年度报告"
    assert doc.meta.org == "青河县人力资源和社会保障局"
    # (over the report's other lines, the column's heading stays debris)
    doc = _doc("""
        青河县政府信息公开专栏 >> 青河县人力资源和社会保障局 >> 信息公开年度报告
        青河县人力资源和社会保障局
        青河县人力资源和社会保障局2017年政府信息公开工作年度报告
        一、基本工作情况
        """)
    assert [doc.text[s:e] for s, e in doc.debris] == [
        "青河县政府信息公开专栏 >> 青河县人力资源和社会保障局 >> 信息公开年度报告", "青河县人力资源和社会保障局"]


def test_a_street_by_its_short_name_that_reports_after_saying_why_writes_the_report() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》(国务院令第711号)和青河区政务服务和大数据局《关于做好2021年政府信息公开工作年度报告编制和发布工作的通知》要求,青石街现将2021年度信息公开工作报告如下:
        一、总体情况
        2021年,我街道办认真贯彻落实《中华人民共和国政府信息公开条例》。
        """)
    assert doc.meta.org == "青石街道办事处"


def test_a_date_an_item_under_its_label_in_a_pages_list_of_facts_dates_the_report() -> None:
    doc = _doc("""
        • 索引号:
          • 001008003011056/2024-66069
          • 发布机构:
          • 青石镇
          • 成文日期:
          • 2024-01-24
          • 公开方式:
          • 主动公开

        青石镇2023年工作总结及2024年工作方向

        2023年是青石镇全镇上下开拓进取之年。
        一、2023年工作回顾
        """)
    assert doc.meta.date == "2024-01-24"


def test_the_source_row_with_its_day_dates_the_page() -> None:
    doc = _doc("""
        青河区应急局2021年度政府信息公开工作报告

        稿源: 青河区政府网 2022-01-19

        根据《中华人民共和国政府信息公开条例》规定,现将青河区应急管理局2021年政府信息公开工作年度报告予以公布。
        一、总体情况
        """)
    assert doc.meta.published == "2022-01-19"


def test_a_parts_numbers_started_again_right_under_a_sub_part_are_its_points() -> None:
    doc = _doc("""
        一、总体情况
        (一)主动公开情况
        2021年度,主动公开政府信息8条。
        (二)依申请公开情况
        2021年未收到申请。
        (三)政府信息管理情况
        一、为做好我镇的政府信息公开工作,镇政府高度重视,确定专门工作人员负责。
        二、严格落实保密审查制度,确保公开信息安全。
        (四)平台建设情况
        我镇依托门户网站公开信息。
        二、主动公开政府信息情况
        """)
    assert [(len(ancestors), s.marker) for s, ancestors in doc.walk() if s.kind == "heading"] == [
        (0, "一、"), (1, "(一)"), (1, "(二)"), (1, "(三)"), (2, "一、"), (2, "二、"), (1, "(四)"), (0, "二、")]


def test_each_office_a_report_is_drawn_from_is_not_its_writer() -> None:
    doc = _doc("""
        本年度报告是按照《中华人民共和国政府信息公开条例》的要求,根据区政府各委、办、局,各乡(镇 )人民政府,各街道办事处的政府信息公开年度报告编制。本报告包括基本工作情况等部分。
        本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。如对本报告有疑问,请与青河区政务公开协调办公室联系。
        一、基本工作情况
        """)
    # (the office that coordinates what the government makes public answers for it)
    assert doc.meta.org == "青河区人民政府"


def test_a_hijacked_copys_line_of_spam_links_is_furniture_and_never_the_opening() -> None:
    doc = _doc("""
        在线观看一区二区三区_欧美日韩精品专区_无码高清免费

        首頁 走進青河 新聞中心 政府信息公開

        2022年青河區政府工作報告

        各位代表:
        現在,我代表區人民政府向大會作工作報告,請予審議。
        一、過去五年工作回顧
        """)
    assert doc.text[slice(*doc.debris[0])] == "在线观看一区二区三区_欧美日韩精品专区_无码高清免费"
    assert doc.meta.title == "2022年青河區政府工作報告"
    # (a report's trade with two of those places is text)
    doc = _doc("""
        2022年青河區政府工作報告
        一、過去一年工作回顧
        對欧美、日韩出口增長12%,在线观看政务直播人數創新高。
        """)
    assert all("欧美" not in doc.text[start:end] for start, end in doc.debris)


def test_an_office_named_without_its_level_with_its_party_committee_writes_its_summary() -> None:
    doc = _doc("""
        2022年,青石党工委、办事处坚持以习近平新时代中国特色社会主义思想为指导,在新区党工委、管委会的坚强领导下,经济社会各项事业取得新成效。
        一、2022年工作总结
        青石党工委、办事处全面落实各项要求。
        """)
    assert doc.meta.org == "青石办事处"


def test_a_part_named_without_the_number_the_next_part_skips_takes_that_numbers_place() -> None:
    doc = _doc("""
        一、总体情况
        2021年,我镇结合《条例》要求,做好政府信息公开工作。
        (一)主动公开政府信息情况
        1.主动公开政府信息的数量
        2021年度共主动公开政府信息120条。
        政府信息依申请公开办理情况
        2021年我镇共收到依申请公开政府信息0条。
        (三)因政府信息公开申请行政复议、提起行政诉讼的情况
        无。
        二、存在的主要问题及改进措施
        """)
    assert [(len(ancestors), s.marker, s.title) for s, ancestors in doc.walk() if s.kind == "heading"] == [
        (0, "一、", "总体情况"), (1, "(一)", "主动公开政府信息情况"), (2, "1.", "主动公开政府信息的数量"),
        (1, "", "政府信息依申请公开办理情况"), (1, "(三)", "因政府信息公开申请行政复议、提起行政诉讼的情况"),
        (0, "二、", "存在的主要问题及改进措施")]


def test_a_streets_review_of_its_year_is_that_years_summary_it_reads_to_no_congress() -> None:
    doc = _doc("""
        一、2024年工作回顾
        2024年,青石街道坚持以习近平新时代中国特色社会主义思想为指导,统筹推进各项工作,取得扎实成效。
        (一)产业发展能级实现新跃升。全年完成土地整备40.6公顷。
        二、2025年工作计划
        """)
    assert doc.meta.org == "青石街道办事处"
    assert doc.meta.year == 2024
    # (a town's, read to its congress, is the next year's)
    doc = _doc("""
        一、2024年工作回顾
        2024年,青石镇坚持以习近平新时代中国特色社会主义思想为指导,统筹推进各项工作,取得扎实成效。
        二、2025年工作安排
        """)
    assert doc.meta.year == 2025


def test_a_towns_disclosure_group_office_to_ask_answers_for_the_towns_government() -> None:
    doc = _doc("""
        引 言
        根据《中华人民共和国政府信息公开条例》规定,现编制并公布本单位2019年政府信息公开工作年度报告。如对本报告有任何疑问,请联系:青河县青石乡信息公开领导小组办公室,邮编:324403,联系电话:0570-7077500。
        一、政府信息公开工作的基本概况
        2019年,乡政府信息工作按照《条例》的要求开展。
        """)
    assert doc.meta.org == "青河县青石乡人民政府"


def test_the_font_size_buttons_run_on_before_the_repeated_title_are_not_part_of_it() -> None:
    doc = _doc("""
        青河县卫生健康委员会2020年政府信息公开工作年度报告
         大中小
        大中小青河县卫生健康委员会2020年政府信息公开工作年度报告
        本报告根据《中华人民共和国政府信息公开条例》要求编制。
        一、总体情况
        """)
    assert doc.meta.title == "青河县卫生健康委员会2020年政府信息公开工作年度报告"


def test_a_report_the_opening_writes_by_its_name_with_a_note_in_brackets_is_titled_by_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》(下称《条例》),特编写2021年度青河县文化广播电视和旅游局政府信息公开年度报告(本报告数据统计时限为2021年1月1日-2021年12月31日)。全文由总体情况等六个部分组成。
        一、总体情况
        """)
    assert doc.meta.title == "2021年度青河县文化广播电视和旅游局政府信息公开年度报告"
    assert doc.meta.org == "青河县文化广播电视和旅游局"


def test_a_parts_mark_mistyped_on_the_next_sub_part_takes_the_sub_parts_place() -> None:
    doc = _doc("""
        一、总体情况
        (一)主动公开情况
        全年主动公开信息120条。
        (二)依申请公开办理情况
        全年未收到申请。
        (三)政府信息管理情况
        严格审核。
        四、平台建设情况
        依托门户网站公开信息。
        (五)监督保障情况
        加强考核。
        二、主动公开政府信息情况
        """)
    assert [(len(ancestors), s.marker) for s, ancestors in doc.walk() if s.kind == "heading"] == [
        (0, "一、"), (1, "(一)"), (1, "(二)"), (1, "(三)"), (1, "四、"), (1, "(五)"), (0, "二、")]


def test_a_fixed_sub_part_named_without_its_number_takes_the_next_number_under_the_first_part() -> None:
    doc = _doc("""
        一、总体情况
        (一)主动公开政府信息情况
        2020年度通过政府网站公开信息11条。
        (二)政府信息依申请公开办理情况
        2020年我镇未接到政府信息公开申请。
        (三)平台管理
        根据信息公开的内容分解落实到具体部门。
           监督保障
        结合本单位实际情况,建立健全了有关政府信息公开工作制度。
        二、主动公开政府信息情况
        """)
    assert [(len(ancestors), s.marker, s.title) for s, ancestors in doc.walk() if s.kind == "heading"] == [
        (0, "一、", "总体情况"), (1, "(一)", "主动公开政府信息情况"), (1, "(二)", "政府信息依申请公开办理情况"),
        (1, "(三)", "平台管理"), (1, "", "监督保障"), (0, "二、", "主动公开政府信息情况")]


def test_a_report_announced_as_a_places_government_office_s_names_that_office() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,现公布2020年青河区政府办政府信息公开工作年度报告。本年度报告全文包括总体情况等部分。
        一、总体情况
        """)
    assert doc.meta.title == "2020年青河区政府办政府信息公开工作年度报告"
    assert doc.meta.org == "青河区人民政府办公室"


def test_what_a_body_did_run_on_into_the_word_government_is_no_writer() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》的精神和要求,现将县供销社2019政府信息公开工作年度报告如下:
        一、加强领导机构
        加强组织领导,完善制度建设。
        二、依申请公开情况
        2019年,县供销社无依申请公开政府信息情况。不存在不予公开政府信息情况。
        """)
    assert doc.meta.org is None  # (the text never names its county)


def test_a_department_its_title_names_by_its_kind_alone_is_the_one_its_text_names_in_full() -> None:
    doc = _doc("""
        市场监督管理局2021年政府信息公开工作年度报告
        一、总体情况
        2021年,青河市青山风景区管理委员会市场监督管理局认真贯彻落实《中华人民共和国政府信息公开条例》,不断加强政府信息公开工作。
        """)
    # (市场 is a market, not a city's level)
    assert doc.meta.org == "青河市青山风景区管理委员会市场监督管理局"


def test_a_copy_of_a_documents_cover_gives_its_title_without_the_writer_and_year_run_on() -> None:
    doc = _doc("""
        -

        1 -

        2018 年度政府信息公开 年度报告 青河市住房和城乡建设局 2019.

        03.06

        2 本报告根据《中华人民共和国政府信息公开条例》的要求,由青河市住房和城乡建设局综合全年信息公开情况编制而成。

        一、 概述
        """)
    assert "1 -" in [doc.text[s:e] for s, e in doc.debris]
    assert doc.meta.title == "2018 年度政府信息公开 年度报告"


def test_a_street_its_districts_banner_stands_over_writes_the_report_its_first_paragraph_opens_with() -> None:
    doc = _doc("""
        青河市青山区人民政府
        本年度报告根据《中华人民共和国政府信息公开条例》编制。全文包括总体情况等六部分。
        一、总体情况
        2025年,新河街道党工委、办事处按照区委、区政府的统一部署,扎实推进政务信息公开工作。
        """)
    assert doc.meta.org == "新河街道办事处"


def test_a_streets_department_for_its_own_affairs_draws_up_the_streets_report() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》相关规定,青河市青山区人民政府青石街道办事处综合事务部编制本年度政府信息公开工作报告。
        一、总体情况
        """)
    assert doc.meta.org == "青河市青山区人民政府青石街道办事处"


def test_a_supply_cooperative_union_named_in_full_is_the_subject_of_its_report() -> None:
    doc = _doc("""
        一、總體情況
        2023年,青山市供銷合作聯社(以下簡稱“市供銷社”)堅持以習近平新時代中國特色社會主義思想為指導,認真做好政府信息公開各項工作。
        """)
    assert doc.meta.org == "青山市供銷合作聯社"


def test_a_letter_sending_up_the_report_is_no_title_over_the_reports_own() -> None:
    doc = _doc("""
        青河县人民政府办公室关于 报送青河县2019年政府信息公开 工作年度报告的报告
        政务信息化办
        现将《2019年政府信息公开工作年度报告》随文报来,请予审定。
        青河县人民政府办公室
        2020年2月17日
        2019年度政府信息公开工作报告
        根据新修订的《中华人民共和国政府信息公开条例》要求,现公布县人民政府2019年度政府信息公开工作年度报告。
        一、总体情况
        """)
    assert doc.meta.title == "2019年度政府信息公开工作报告"


def test_a_report_named_in_quotes_with_what_the_text_will_call_it_is_titled_by_that_name() -> None:
    doc = _doc("""
        《青河县2019年政府信息公开工作年度报告》(以下简称《年报》)根据《中华人民共和国政府信息公开条例》相关要求编制。
        一、总体情况
        """)
    assert doc.meta.title == "青河县2019年政府信息公开工作年度报告"


def test_an_office_by_its_short_name_is_the_committees_office_the_text_spells_out() -> None:
    doc = _doc("""
        2019年,县地方志办在政务公开工作领导小组的正确指导下,全面推进政务公开工作。
        一、主动公开情况
        编制出“青川县地方志编纂委员会办公室政务公开基本目录” 7项。县地方志办无因政府信息公开申请行政复议情况。
        """)
    assert doc.meta.org == "青川县地方志编纂委员会办公室"


def test_a_verb_before_an_office_is_no_part_of_its_name_and_a_banners_office_named_whole_writes() -> None:
    doc = _doc("""
        年初以来,我局认真贯彻落实上级部门政府信息公开工作的相关要求,全面推进政府信息公开工作,持续加大教育局机关信息公开力度,不断优化服务。
        一、总体情况
        (一)政府信息主动公开情况。今年以来,通过政府门户网站公开信息29条,通过“西乌珠穆沁旗教育局”微信公众号公开信息809条。
        """)
    assert doc.meta.org == "西乌珠穆沁旗教育局"


def test_a_title_run_on_into_the_opening_with_its_writer_a_space_apart_is_the_title() -> None:
    doc = _doc("""
        青河县文化广播影视新闻出版局 2018年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》和省、市相关规定,特向社会公布2018年度本级政府(本部门)信息公开工作年度报告。本报告由概述等九个部分组成。
        一、概述
        """)
    assert doc.meta.title == "青河县文化广播影视新闻出版局 2018年政府信息公开工作年度报告"
    assert doc.meta.org == "青河县文化广播影视新闻出版局"


def test_a_document_sites_numbered_terms_of_sale_are_furniture_not_parts() -> None:
    doc = _doc("""
        合集下载
          1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。
          2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。
          3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。
        青河开发区管委会政府信息公开工作2013年度报告
        一、加强制度建设,建立长效机制
        二、主动公开政府信息的情况
        """)
    assert [(len(ancestors), s.marker) for s, ancestors in doc.walk() if s.kind == "heading"] == [(0, "一、"), (0, "二、")]


def test_a_league_by_its_short_name_is_named_in_full() -> None:
    doc = _doc("""
        锡盟商务局2021年政府信息公开工作报告
        一、总体情况
        2021年,锡盟商务局认真贯彻落实《中华人民共和国政府信息公开条例》。
        """)
    assert doc.meta.org == "锡林郭勒盟商务局"


def test_a_page_run_together_with_spaces_where_its_breaks_were_has_its_parts() -> None:
    body = "现将我镇2013年政府信息公开工作报告如下: " + " ".join(
        f"{mark}、{name} {text}" for mark, name, text in (
            ("一", "政府信息主动公开情况", "2013年度我镇主动公开政府信息123件,处理网上投诉36件。"),
            ("二", "政府信息公开收费和减免情况", "本年度我镇没有因政府信息公开而产生的收费,也未产生减免情况。"),
            ("三", "其他需要报告的事项", "无其他需要报告的事项。"))) + " 附件下载:统计表.doc |"  # (a layout table's cell)
    doc = _doc(f"""
        2013年度青河镇政府信息公开工作年度报告
        2013年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》等文件精神,不断健全工作机制,有序地推进政府信息公开工作,全面提升政府信息公开工作水平,公开内容不断深化,公开形式不断创新。{body}
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        ("一、", "政府信息主动公开情况"), ("二、", "政府信息公开收费和减免情况"), ("三、", "其他需要报告的事项")]


def test_a_report_two_offices_drew_up_together_is_the_first_named() -> None:
    doc = _doc("""
        引 言
        本年度报告根据《中华人民共和国政府信息公开条例》要求,由青河县国家税务局、青河县地方税务局编制。全文包括概述,主动公开政府信息情况等。
        一、概述
        2012年,我局立足自身实际,把政府信息公开工作作为加强机关作风建设的重要手段来抓。
        """)
    assert doc.meta.org == "青河县国家税务局"


def test_a_sites_menu_rows_over_the_title_are_no_title() -> None:
    doc = _doc("""
        新闻 要闻 动态 专题 访谈
        查询 通关 舱单 报关员记分    企业基本情况
        当前位置:首页 >> 政务公开首页>政府信息公开>公开年报
        青河县商务局2010年政府信息公开工作年度报告
        一、主要工作概述
        """)
    assert doc.meta.title == "青河县商务局2010年政府信息公开工作年度报告"
    assert is_debris("新闻 要闻 动态 专题 访谈")
    assert not is_debris("政 府 工 作 报 告")


def test_the_reports_own_title_under_a_headline_that_adds_its_writer_is_the_title() -> None:
    doc = _doc("""
        当前位置:首页 > 政府信息公开年报
        青河县青石镇人民政府2019年政府信息公开工作年度报告
        发布时间:2020-01-31   录入:青河县青石镇

        关于2019年政府信息公开工作年度报告
        一、总体情况
        根据《中华人民共和国政府信息公开条例》,特向社会公布2019年度本级政府信息公开工作年度报告。
        """)
    assert doc.meta.title == "关于2019年政府信息公开工作年度报告"


def test_the_government_offices_own_report_put_up_by_its_government_is_the_offices() -> None:
    doc = _doc("""
        | 索引号 | 1153302201525883XU/20260126-00002 | 发布机构 | 青河县人民政府 |
        2025年,县政府办公室在县委、县政府的坚强领导下,以习近平法治思想为根本遵循,扎实推进依法行政各项工作。现将全年工作情况报告如下:
        一、主要举措和成效
        """)
    assert doc.meta.org == "青河县人民政府办公室"


def test_a_places_budget_report_is_its_finance_bureaus_unless_its_government_signs_it() -> None:
    doc = _doc("""
        关于青河县2021年预算执行情况和2022年预算草案的报告
        一、2021年预算执行情况
        2021年,全县一般公共预算收入完成12.3亿元。
        """)
    assert doc.meta.org == "青河县财政局"
    signed = _doc("""
        关于青河县2021年财政预算执行情况和2022年财政预算草案的报告
        ——2022年1月18日在青河县第十七届人民代表大会第二次会议上
        青河县人民政府
        各位代表:
        一、2021年财政预算执行情况
        """)
    assert signed.meta.org == "青河县人民政府"


def test_the_subject_of_a_paragraph_run_on_after_its_parts_name_writes_the_report() -> None:
    doc = _doc("""
        政务微信
        移动端应用
        政务微信
        登录个人中心
        一、总体情况 2021年,青河县人民政府办公室深入贯彻《中华人民共和国政府信息公开条例》要求,围绕本年度政务公开重点工作,持续推进政务公开高效透明运行,继续做好本部门及全县政务公开工作。 (一)主动公开持续推动。不断加大重点领域政府信息主动公开力度。2021年,县政府办公室主动公开县政府、县政府办公室文件以及各类公开信息129件。 二、主动公开政府信息情况
        第二十条第(一)项
        信息内容
        本年制发件数
        """)
    assert doc.meta.org == "青河县人民政府办公室"


def test_an_e_papers_back_link_is_furniture_not_the_titles_first_line() -> None:
    doc = _doc("""
        长沙晚报网 数字报 版面导航 日 星期 出版 前一天 后一天
        返回版面

        政府工作报告

        2026年1月9日青河县第十六届人民代表大会第六次会议通过
        各位代表:
        现在,我代表县人民政府向大会报告工作,请予审议。
        一、2025年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert is_debris("返回版面")


def test_a_bureaus_section_to_contact_answers_for_its_bureau() -> None:
    doc = _doc("""
        本报告依据《中华人民共和国政府信息公开条例》编制。如对报告内容有疑问,请与青河新区自然资源局综合一科联系(地址:青河县长江东路443号;邮编:266555)。
        一、总体情况
        (一)主动公开政府信息情况
        我局坚持以“公开为常态、不公开为例外”为原则,高标准推进自然资源领域政务公开工作。2025年,依据青河县人民政府办公室相关工作要求,制定并实施我局政务主动公开标准目录。
        """)
    assert doc.meta.org == "青河新区自然资源局"


def test_a_place_that_opens_its_years_paragraph_is_the_writer_not_the_office_to_contact() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,特编制完成本报告。本报告通过青河县人民政府网站公布,如对本报告有任何疑问,请与青河县数字化发展局联系。联系电话:0999-3022363。
        一、总体情况
        2025年青河县坚持以人民为中心的发展思想,深入贯彻落实《中华人民共和国政府信息公开条例》。
        """)
    assert doc.meta.org == "青河县人民政府"


def test_an_opening_that_forms_or_issues_the_named_report_gives_the_title() -> None:
    formed = _doc("""
        2025年,青河县卫生健康局认真贯彻落实《中华人民共和国政府信息公开条例》相关规定,积极做好政府信息公开的各项工作。现形成《青河县卫生健康局2025年政府信息公开工作年度报告》,本报告中所列数据的统计期限从2025年1月1日至12月31日。
        一、总体情况
        """)
    assert formed.meta.title == "青河县卫生健康局2025年政府信息公开工作年度报告"
    yearless = _doc("""
        根据《中华人民共和国政府信息公开条例》工作规定,现发布青河经济开发区政府信息公开工作年度报告。本报告所列数据的统计期限从2025年1月1日起至2025年12月31日止。
        一、本年度政府信息公开总体情况
        """)
    assert yearless.meta.title == "青河经济开发区政府信息公开工作年度报告"


def test_a_numbered_paragraph_whose_first_clause_only_says_when_is_named_by_its_next() -> None:
    doc = _doc("""
        一、总体情况
        (一)2023年,青河县气象部门以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,扎实推进政务公开工作,公开信息125条。
        (二)2023年,青河县气象部门继续落实信息报送制度,注重发挥好气象信息的作用,全年报送信息58条,采用36条。
        """)
    assert [s.title for s in doc.nodes if s.kind == "heading"][1:] == [
        "2023年,青河县气象部门以习近平新时代中国特色社会主义思想为指导", "2023年,青河县气象部门继续落实信息报送制度"]


def test_a_bureau_saying_we_is_the_one_whose_last_report_it_says_it_published() -> None:
    doc = _doc("""
        2025年以来,在市委、市政府的正确领导下,我局深入学习贯彻习近平法治思想,扎实推进普法宣传等各项任务,现将我局本年度法治政府建设情况报告如下:
        一、2025年推进法治政府建设的主要举措和成效
        (一)坚持加强组织领导,落实法治建设主体责任
        一是压实法治建设责任。编撰并公示《青河县交通运输局关于2024年法治政府建设情况的报告》,印发《2025年交通运输法治工作要点》。
        """)
    assert doc.meta.org == "青河县交通运输局"


def test_a_theme_over_a_subtitle_that_names_the_headlines_report_is_the_title() -> None:
    doc = _doc("""
        青河街道办事处2024年工作报告
        索引号 | 发布机构 | 青河街道 | |
        公开类别 | 主动公开 | 发布时间 | 2025-01-22 |
        奋发有为 挺膺担当
        全力推动青河高质量发展迈上新台阶
        ——青河街道办事处工作报告
        第一部分 2024年工作回顾
        过去一年,我们坚持以习近平新时代中国特色社会主义思想为指导,高质量完成了2024年各项目标任务。
        """)
    assert doc.meta.title == "奋发有为 挺膺担当 全力推动青河高质量发展迈上新台阶"
    assert doc.meta.org == "青河街道办事处"


def test_a_districts_banner_over_its_departments_report_gives_way_to_the_department() -> None:
    doc = _doc("""
        欢迎您访问青河区人民政府门户网站  今天是:
        青河区人民政府

        2025年度政府信息公开年报

        发布日期:2026-01-23   信息来源:区交通运输局  【字号:

        一、总体情况

        2025年,在区委、区政府的领导下,区交通运输局紧紧围绕全区经济社会发展大局,圆满完成了年度各项目标任务。
        """)
    assert doc.meta.org == "青河区交通运输局"


def test_bodies_that_draw_up_their_own_reports_are_named_whole() -> None:
    cooperative = _doc("""
        一、总体情况
        本年度报告是根据《中华人民共和国政府信息公开条例》规定,由青河县供销合作总社编制而成。
        2024年,在县政府的正确领导下,青河县供销合作总社持续优化政府信息公开工作。
        """)
    assert cooperative.meta.org == "青河县供销合作总社"
    archive = _doc("""
        本年度报告根据《中华人民共和国政府信息公开条例》规定,由青河县档案馆办公室结合有关统计数据编制。如对本报告有任何疑问,请与青河县档案馆办公室联系(电话:0795-7333722)。
        一、总体情况
        """)
    assert archive.meta.org == "青河县档案馆"
    office = _doc("""
        本报告依据《中华人民共和国政府信息公开条例》,结合青河县人民政府办公室政府信息公开工作有关统计数据撰写,数据统计期限为2024年1月1日至2024年12月31日。
        一、2024年度总体情况
        """)
    assert office.meta.org == "青河县人民政府办公室"


def test_an_untitled_summary_reviews_the_year_its_first_part_names() -> None:
    doc = _doc("""
        一、2024年工作完成情况
        建设高标准农田6万亩。完成2023年度6个和美乡村省级中心村建设,启动2024年度3个精品示范村规划。
        二、2025年工作计划
        """)
    assert doc.meta.year == 2024


def test_a_headings_first_point_run_on_without_a_stop_is_body() -> None:
    doc = _doc("""
        一、2025年推进法治政府建设的主要举措和成效
        (一)激发基层治理末梢活力,依法全面履行政府职能
        1、深化法治政府理论学习,筑牢法治建设思想根基一是深化理论学习,组织党委理论学习中心组专题学习5次。
        """)
    assert [s.title for s in doc.nodes if s.kind == "heading"][-1] == "深化法治政府理论学习,筑牢法治建设思想根基"


def test_all_is_no_ministry_and_the_office_to_contact_directly_answers_for_its_government() -> None:
    doc = _doc("""
        本报告系根据《中华人民共和国政府信息公开条例》要求组织编制。所列政府信息公开数据统计期限自2023年1月1日至2023年12月31日。若有疑问或意见建议,可直接与青河县人民政府办公室联系(联系方式:0598-7832337)。
        一、总体情况
        (一)主动公开政府信息情况
        2023年全县累计主动公开政府信息557件。
        (二)依申请公开情况
        2023年,累计办理公民、法人或其他组织依申请公开信息合计9件,已全部按期限答复办结,办结率100%。
        """)
    assert doc.meta.org == "青河县人民政府"


def test_a_list_printed_with_no_separator_after_any_number_is_a_list() -> None:
    doc = _doc("""
        一、总体情况
        (一)主动公开情况
          1做好行政规范性文件集中发布工作在政府门户网站的信息公开专栏增加“政策”栏目,集中发布文件12件。
          2持续推进重点领域信息公开工作围绕县委县政府的重点工作,加大政府信息公开力度。2023年共公开信息85条。
        (二)依申请公开情况
        2023年共收到申请3件,3个工作日内全部答复。
        """)
    assert [(len(ancestors), s.marker) for s, ancestors in doc.walk() if s.kind == "heading"] == [
        (0, "一、"), (1, "(一)"), (2, "1"), (2, "2"), (1, "(二)")]


def test_a_rows_short_name_by_its_level_leaves_the_title_its_office_named_whole_in_the_text() -> None:
    doc = _doc("""
        信息名称:市文化广电和旅游局2023年政府信息公开工作年度报告
        文件编号: 发布机构:市文广旅局
        市文化广电和旅游局2023年政府信息公开工作年度报告

        根据《中华人民共和国政府信息公开条例》要求,青州市文化广电和旅游局编制了2023年政府信息公开工作年度报告。
        一、总体情况
        """)
    assert doc.meta.org == "青州市文化广电和旅游局"


def test_a_paragraph_that_spaces_its_years_digits_off_still_opens_with_its_year() -> None:
    doc = _doc("""
        本报告依据《中华人民共和国政府信息公开条例》要求编制,数据统计期限为 2025 年 1 月 1 日至 2025 年 12 月 31 日。
        一、总体情况
        2025 年,青河县政府办公室以提升政务公开质效为核心,切实履行全县政务公开工作主管部门职责。
        """)
    assert doc.meta.org == "青河县人民政府办公室"


def test_an_accessibility_toolbar_and_a_spaced_breadcrumb_from_the_sites_name_are_no_title() -> None:
    doc = _doc("""
        页面:
            字体:
            对比度:
        青河市人民政府门户网站 青河市民政局 政府信息公开年报 青河市民政局2023年度信息公开工作年度报告
        青河市民政局2023年度信息公开工作年度报告
        来源:本网   时间:2024-01-12 09:00:29   浏览:-

          根据《中华人民共和国政府信息公开条例》规定,现公布青河市民政局2023年政府信息公开工作年度报告。
          一、总体情况
        """)
    assert doc.meta.title == "青河市民政局2023年度信息公开工作年度报告"
    assert doc.meta.org == "青河市民政局"


def test_an_opening_that_has_the_named_report_drawn_up_gives_the_title() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,现组织编制县退役军人事务局2023年度政务信息公开年度报告。本报告在青河县人民政府门户网站公开。
        一、总体情况
        """)
    assert doc.meta.title == "县退役军人事务局2023年度政务信息公开年度报告"


def test_a_place_whose_bureau_dropped_its_ju_and_says_we_the_bureau_is_that_bureaus() -> None:
    doc = _doc("""
        一、总体情况
        2025年,青州市机关事务管理遵循政府主导、制度保障的原则,确保信息及时准确。一年来,我局按照《中华人民共和国政府信息公开条例》要求,进一步完善政府信息公开制度建设。
        (一)优化组织,完善制度
        为保证政府信息公开工作的有效开展,市机关事务管理局认真组织学习《条例》,明确了职责分工。
        """)
    assert doc.meta.org == "青州市机关事务管理局"


def test_a_banner_over_the_title_spells_out_the_short_name_the_title_gives() -> None:
    # (a county named by one character and its level, which the text's names do not spell out)
    doc = _doc("""
        沛县住房和城乡建设管理局

        2025年沛县住建局政府信息公开工作年度报告
        发布日期:2026-01-16

        根据《中华人民共和国政府信息公开条例》要求,编制本部门2025年度政府信息公开工作年度报告。
        一、总体情况
        """)
    assert doc.meta.org == "沛县住房和城乡建设管理局"


def test_a_headline_tagged_with_its_region_gives_way_to_the_reports_own_title() -> None:
    doc = _doc("""
        (内蒙古)2025年青河县人民政府政府工作报告
        2025年政府工作报告
        —2025年1月21日在青河县第十七届人民代表大会第四次会议上
        青河县人民政府县长 张青山
        各位代表:
        现在,我代表县人民政府向大会报告工作,请予审议。
        一、2024年工作总结
        """)
    assert doc.meta.title == "2025年政府工作报告"
    assert doc.meta.org == "青河县人民政府"


def test_a_title_among_the_rows_with_its_writer_in_brackets_after_it_is_the_title() -> None:
    doc = _doc("""
        政府信息公开

        索引号: 00001434-9/2025-00000048 发布机构:
        发文日期: 2025年01月21日 主题分类: 部门政府信息公开年报
        关键词:

        2024年政府信息公开工作年度报告(青州市青河区国防动员办公室)

        发布时间:2025-01-21 浏览次数: 【字体:

        一、总体情况

        2024年,青州市青河区国防动员办公室认真贯彻执行《条例》的要求,坚持以公开为常态。
        """)
    assert doc.meta.title == "2024年政府信息公开工作年度报告(青州市青河区国防动员办公室)"


def test_an_opening_that_makes_the_named_report_public_gives_the_title() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求,现将青州市机关事务管理局2024年度政府信息公开年度报告向社会公开。本报告包括总体情况等六个部分。
        一、总体情况
        """)
    assert doc.meta.title == "青州市机关事务管理局2024年度政府信息公开年度报告"


def test_a_first_part_run_on_after_the_sentence_that_leads_into_the_parts_is_a_heading() -> None:
    doc = _doc("""
        青河县青石乡人民政府2025年政府信息公开工作年度报告
        本年度报告根据有关要求编制而成。全文包括总体情况、主动公开政府信息情况等。具体内容如下:一、总体情况

        2025年,我乡大力推进政府信息公开工作。
        (一)主动公开情况
        全年主动公开信息120条。
        (二)依申请公开情况
        全年未收到申请。
        """)
    assert [(h.level, h.marker, h.title) for h in doc.nodes] == [
        (1, "一、", "总体情况"), (2, "(一)", "主动公开情况"), (2, "(二)", "依申请公开情况")]


def test_an_office_to_contact_named_by_its_kind_alone_is_no_writer() -> None:
    doc = _doc("""
        本年度报告根据《中华人民共和国政府信息公开条例》要求组织编制。电子版在市人社局门户网站发布。如对本报告有疑问,请与局办公室联系(地址:青河路191号)。
        一、总体情况
        2024年,我局坚持以人民为中心的发展思想。
        """)
    assert doc.meta.org is None


def test_a_body_to_contact_whose_short_name_a_note_gives_is_the_writer() -> None:
    doc = _doc("""
        依据《中华人民共和国政府信息公开条例》,编制本报告。如本报告有疑问,请联系:青河区机关事务服务中心(以下简称:中心)党政办公室,地址:青河区沿河大道518号,电话:027-83426061。
        一、总体情况
        2025年,中心坚持以习近平新时代中国特色社会主义思想为指导。
        """)
    assert doc.meta.org == "青河区机关事务服务中心"


def test_a_districts_banner_over_an_untitled_report_gives_way_to_the_department_its_first_year_names() -> None:
    doc = _doc("""
        青州市青河区人民政府
        www.qinghe.gov.cn
        一、总体情况
        2023年,区教育局根据《中华人民共和国政府信息公开条例》的要求,立足办好人民满意的教育,重点加强义务教育等方面的信息公开工作。
        (一)主动公开情况。区教育局严格执行《条例》,在重点领域信息公开38条。
        """)
    assert doc.meta.org == "青州市青河区教育局"


def test_a_title_that_opens_the_sentence_saying_why_it_was_drawn_up_is_the_title() -> None:
    doc = _doc("""
        青州市体育局2024年政府信息公开工作年度报告,根据《中华人民共和国政府信息公开条例》的规定编制。本报告由总体情况等六部分组成。
        一、总体情况
        2024年,我局紧紧围绕增强工作透明度开展工作。
        """)
    assert doc.meta.title == "青州市体育局2024年政府信息公开工作年度报告"


def test_a_notice_whose_date_lost_its_units_still_issues_the_report_under_it() -> None:
    doc = _doc("""
        青州市青河区教育局关于印发 2025年政府信息公开工作年度报告的通知
        时间:2026-01-27 15:16

        青州市青河区教育局关于印发

        2025年政府信息公开工作年度报告的通知

        本局各股(室):

        现将《青州市青河区教育局2025年政府信息公开年度报告》印发给你们,请结合工作实际,抓好贯彻落实。

        (此件主动公开)

                                  青州市青河区教育局

        202615

        青州市青河区教育局

        2025年政府信息公开工作年度报告

        根据《中华人民共和国政府信息公开条例》等文件精神,编制本报告。
        一、总体情况
        """)
    assert doc.meta.title == "青州市青河区教育局2025年政府信息公开工作年度报告"


def test_a_page_that_puts_a_bar_after_every_line_keeps_its_headings() -> None:
    doc = _doc("""
        本报告依据《中华人民共和国政府信息公开条例》有关规定编制。报告所列数据的统计时限为2025年1月1日至2025年12月31日。 |
        一、总体情况 |
        (一)主动公开情况 |
        2025年,青河县民政局精准发力推进政府信息主动公开。全年累计主动发布各类政府信息66条。 |
        (二)依申请公开情况 |
        2025年,青河县民政局严格规范依申请公开工作流程。 |
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "总体情况"), (2, "(一)", "主动公开情况"), (2, "(二)", "依申请公开情况")]


def test_a_sites_search_box_over_the_title_is_furniture() -> None:
    doc = _doc("""
        简体 繁體 无障碍阅读 长者模式 青州政府服务网-青河

        政府信息公开

        搜索位置:
        匹配度:
        排序:

        青石镇2023年政府信息公开工作年度报告

        发布机构:青石镇 索引号:xfz/2024-00004 时间:2024-01-29

        根据《中华人民共和国政府信息公开条例》要求,现发布《青石镇2023年政府信息公开工作年度报告》。
        一、总体情况
        """)
    assert doc.meta.title == "青石镇2023年政府信息公开工作年度报告"


def test_a_title_that_puts_its_bureau_after_about_names_the_places_bureau() -> None:
    doc = _doc("""
        发布机构 信访局
        青河县关于信访局2023年信息公开工作年度报告

        根据《中华人民共和国政府信息公开条例》要求,现将我局2023年度政务信息公开工作情况报告如下。
        一、总体情况
        2023年,我局深入贯彻落实省、市、县政府信息公开管理制度。
        """)
    assert doc.meta.org == "青河县信访局"


def test_a_report_a_governments_office_puts_up_is_the_office_its_opening_names() -> None:
    doc = _doc("""
        索引号 014437529/2025-00007 主题分类
        发布单位 青州市政府办 发文日期 2025-01-17

        城南办事处、城南园区2024年政府信息公开工作年度报告

        根据《中华人民共和国政府信息公开条例》规定,现公布青州市城南办事处(城南园区)2024年政府信息公开工作年度报告。
        一、总体情况
        """)
    assert doc.meta.org == "青州市城南办事处"


def test_a_heading_that_lost_its_number_and_opening_bracket_follows_a_paragraph_without_a_stop() -> None:
    doc = _doc("""
        一、总体情况
        (一)主动公开情况
        全年主动公开信息120条。
        (二)依申请公开情况

        全年按月度公开政府信息依申请情况统计。2023年,我乡未收到依申请公开政府办理事项

        )政府信息管理情况

        扎实推进政府信息管理工作。
        (四)政府信息公开平台建设情况
        """)
    assert [(s.marker, s.title) for s in doc.nodes[0].children] == [
        ("(一)", "主动公开情况"), ("(二)", "依申请公开情况"), (")", "政府信息管理情况"), ("(四)", "政府信息公开平台建设情况")]


def test_a_street_office_by_its_short_name_is_its_street_office() -> None:
    doc = _doc("""
        一、总体情况
        本年度报告根据《中华人民共和国政府信息公开条例》要求,由青石街道办编制。如对本报告有任何疑问,请与青石街道办事处联系,联系电话:0838-5222442。
        (一)主动公开方面。2025年青石街道围绕各项重点工作加强信息公开。
        """)
    assert doc.meta.org == "青石街道办事处"


def test_a_sumu_named_by_one_character_is_a_place_in_the_title() -> None:
    doc = _doc("""
        辉苏木2025年政府信息公开工作年度报告
        本年度报告根据《中华人民共和国政府信息公开条例》制作。全文包括辉苏木人民政府信息公开总体情况等。
        一、总体情况
        """)
    assert doc.meta.org == "辉苏木人民政府"


def test_a_street_office_named_first_without_a_comma_after_its_year_is_the_writer() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》,编制本报告。
        一、总体情况
        (一)主动公开政府信息情况
        2025年青石街道办事处通过青河区门户网站公开信息65条。
        """)
    assert doc.meta.org == "青石街道办事处"


def test_a_street_whose_name_starts_like_a_level_is_put_under_its_district() -> None:
    doc = _doc("""
        市府东路街道政府信息公开工作年度报告
        本年度报告根据《中华人民共和国政府信息公开条例》要求制作。报告内容包括青河县市府东路街道2025年政府信息公开总体情况。
        一、总体情况
        """)
    assert doc.meta.org == "青河县市府东路街道办事处"


def test_a_towns_party_and_government_office_by_its_short_name_answers_for_the_town() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,特向社会公布2023年政府信息公开工作年度报告。如对本报告有疑问,请与青石镇人民政府党政办联系(地址:青石镇昆源路10号)。
        一、总体情况
        2023年,在政府门户网站公开信息共82条。
        """)
    assert doc.meta.org == "青石镇人民政府"


def test_a_bureau_saying_we_the_bureau_after_its_opening_is_the_bureau_it_names_by_its_level() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》和《青河县人民政府办公室关于2021年度政府信息公开工作年度报告编制工作的通知》要求,现将2021年度政府信息公开工作情况报告如下:
        一、总体情况
        (一)主动公开情况。2021年通过政府网站主动公开信息73条。按照财政局相关要求,公开了我局2022年度财政预算。
        (二)政府信息管理情况。2021年,县统计局积极加强政府网站的建设。
        """)
    assert doc.meta.org == "青河县统计局"


def test_a_paragraph_that_opens_with_its_office_then_its_year_names_the_writer() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定编制本报告。
        一、总体情况
        一是主动公开情况
        青左县水利局2025年通过各类载体主动公开政府信息26条。
        """)
    assert doc.meta.org == "青左县水利局"


def test_a_headline_that_ends_in_a_character_the_copy_could_not_encode_is_still_a_headline() -> None:
    doc = _doc("""
        青石镇2022年政府信息公开工作年度报告?

        青石镇2022年政府信息公开工作年度报告

        为了进一步推进我镇政府信息公开工作,根据《中华人民共和国政府信息公开条例》规定,现编制青石镇2022年政府信息公开工作年度报告。
        一、总体情况
        """)
    assert doc.meta.title == "青石镇2022年政府信息公开工作年度报告"


def test_a_body_that_says_we_and_cites_its_own_notices_is_the_office_that_issued_them() -> None:
    doc = _doc("""
        一、推进法治政府建设的主要举措和成效
        (一)严格落实党政主要负责人法治建设第一责任人职责
        一是制定《青州市卫生健康委员会关于印发市直卫生健康系统党组会议学法制度的通知》和《青州市卫生健康委员会关于印发2024年度学法计划的通知》,将习近平法治思想纳入党组会议学习重点内容。二是我委主要负责同志带头讲法治课。
        """)
    assert doc.meta.org == "青州市卫生健康委员会"


def test_a_town_that_says_we_and_names_itself_once_in_its_own_lists_title_is_that_town() -> None:
    doc = _doc("""
        本年报根据《中华人民共和国政府信息公开条例》及青州市关于做好政府信息公开工作的通知要求编制。
        一、总体情况
        (一)政府信息主动公开情况。2025年,我镇严格落实上级政府信息公开工作部署,紧扣本镇重点工作推进信息公开。
        (二)政府信息管理情况。对照《石湾镇基层政务公开标准目录》,规范公开内容。
        """)
    assert doc.meta.org == "石湾镇人民政府"


def test_a_county_of_one_character_places_a_bureau_named_by_its_level() -> None:
    doc = _doc("""
        一、总体情况
        2023年,县人社局严格按照《中华人民共和国政府信息公开条例》相关规定,及时、全面、准确的发布政务信息。全年,利用凤县人民政府网站,对县人社局的领导分工、工作动态进行公开。
        """)
    assert doc.meta.org == "凤县人社局"


def test_an_office_to_contact_by_its_kind_alone_without_with_is_no_writer() -> None:
    doc = _doc("""
        本报告数据统计期限自2025年1月1日起至2025年12月31日止。如对本报告有任何疑问,请联系办公室,电话:0798-8565053。
        一、总体情况
        根据《中华人民共和国政府信息公开条例》的要求,我中心政府信息公开工作有序开展。
        """)
    assert doc.meta.org is None


def test_an_opening_that_says_it_drew_up_the_quoted_report_names_its_title_and_writer() -> None:
    doc = _doc("""
        2025年,青州市数据局在市委、市政府的坚强领导下,结合我局政府信息公开工作实际,现编制形成了《青州市数据局2025年政府信息公开工作年度报告》。
        一、总体情况
        """)
    assert doc.meta.title == "青州市数据局2025年政府信息公开工作年度报告"
    assert doc.meta.org == "青州市数据局"


def test_the_sub_parts_of_a_disclosure_reports_first_part_named_without_numbers_nest_under_it() -> None:
    doc = _doc("""
        青河县人民政府办公室2025年政府信息公开工作年度报告
        一、总体情况

        主动公开情况

        2025年,聚焦县委、县政府中心工作,精准把握公开重点。

        依申请公开情况

        本年度共收到依申请公开政府信息72件,已答复71件。
        二、主动公开政府信息情况
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "总体情况"), (2, "", "主动公开情况"), (2, "", "依申请公开情况"), (1, "二、", "主动公开政府信息情况")]


def test_a_disclosure_reports_sub_parts_set_as_bullets_are_headings() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定编制本报告。
        一、总体情况
        - 主动公开情况
        青河县人民政府门户网站共发布信息3817条。
        - 依申请公开情况
        2025年全年共收到政府信息公开申请9件。
        二、主动公开政府信息情况
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "总体情况"), (2, "- ", "主动公开情况"), (2, "- ", "依申请公开情况"), (1, "二、", "主动公开政府信息情况")]
    assert_tiles(doc)


def test_a_bullet_for_a_lost_number_among_numbered_sub_parts_takes_their_level() -> None:
    doc = _doc("""
        一、总体情况
        (一)主动公开情况
        全年主动公开信息120条。
        (二)依申请公开情况
        全年未收到申请。
          • 政府信息管理情况
        2025年,我镇立足实际加强政府信息管理。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes[0].children] == [
        (2, "(一)", "主动公开情况"), (2, "(二)", "依申请公开情况"), (2, "• ", "政府信息管理情况")]


def test_an_administrations_office_to_contact_answers_for_the_administration() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》要求编制本报告。如对本报告有任何疑问,请与青河县重点工程建设管理处办公室联系。(地址:青河县相约河畔12号)。
        一、总体情况
        2025年,我处深入贯彻落实《中华人民共和国政府信息公开条例》。
        """)
    assert doc.meta.org == "青河县重点工程建设管理处"


def test_a_section_of_the_office_to_contact_answers_for_the_office() -> None:
    doc = _doc("""
        本年度报告依据《中华人民共和国政府信息公开条例》编制而成。如对本年度报告有疑问,请与青河县政府办电子政务科联系(地址:青河县府前路18号)。
        一、总体情况
        2024年,我办认真贯彻落实《中华人民共和国政府信息公开条例》。
        """)
    assert doc.meta.org == "青河县人民政府办公室"
    doc = _doc("""
        本报告依据《中华人民共和国政府信息公开条例》编制。如对本报告有疑问,请与青河县农业农村局办公室信息科联系。
        一、总体情况
        2024年,我局认真贯彻落实《中华人民共和国政府信息公开条例》。
        """)
    assert doc.meta.org == "青河县农业农村局"


def test_a_districts_banner_over_a_streets_untitled_report_with_no_opening_gives_way_to_the_street() -> None:
    doc = _doc("""
        青河区人民政府
        一、 总体情况
        2025年,青河区东河街道办事处坚持以习近平新时代中国特色社会主义思想为指导,严格落实《中华人民共和国政府信息公开条例》。
        (一)法定主动公开方面
        东河街道办事处坚持“应公开、尽公开”的工作原则。
        """)
    assert doc.meta.org == "青河区东河街道办事处"


def test_a_title_cut_a_word_past_its_year_under_a_menu_word_is_joined() -> None:
    doc = _doc("""
        行政法规
        用微信扫描二维码分享至好友和朋友圈
        青河县人力资源和社会保障局2024年政府
        信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》编制本报告。
        一、总体情况
        2024年,我局认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "青河县人力资源和社会保障局2024年政府信息公开工作年度报告"


def test_metadata_rows_whose_labels_a_space_sets_off_are_furniture_above_the_title() -> None:
    doc = _doc("""
        索引号 /2021-0000 公开日期: 2021-01-29 14:26
        来源 水利局
        内容概述 根据《中华人民共和国政府信息公开条例》规定,特向社会公布青河县水利局2020年政府信息公开年度报告。

        青河县水利局2020年度政府信息公开工作年度报告

          根据《中华人民共和国政府信息公开条例》规定,特向社会公布青河县水利局2020年政府信息公开年度报告。
        一、信息公开总体情况
        2020年,我局认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "青河县水利局2020年度政府信息公开工作年度报告"
    assert doc.meta.org == "青河县水利局"


def test_a_part_run_on_at_the_end_of_the_paragraph_before_it_is_the_number_missing_between_its_neighbours() -> None:
    doc = _doc("""
        一、政府信息公开工作的基本概况
        我乡在政府信息公开网上公开信息共计108条,包括领导信息、招投标公告等。二、主动公开政府信息情况
        全年主动公开政府信息108条。
        三、收到和处理政府信息公开申请情况
        全年未收到申请。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "政府信息公开工作的基本概况"), (1, "二、", "主动公开政府信息情况"),
        (1, "三、", "收到和处理政府信息公开申请情况")]
    # (not a number a sentence cites mid-line, nor one with a sentence after it)
    doc = _doc("""
        一、总体情况
        我乡落实条例第二十条。二、三项工作均已完成,全年公开信息108条。
        三、收到和处理政府信息公开申请情况
        全年未收到申请。
        """)
    assert [s.marker for s in doc.nodes] == ["一、", "三、"]


def test_sub_parts_named_by_their_side_without_numbers_nest_under_the_first_part() -> None:
    doc = _doc("""
        一、总体情况
        2024年,青河县财政局坚持以习近平新时代中国特色社会主义思想为指导,深入推进政务公开。
        主动公开方面
        对照上级政务公开部署要求,高标准推进政务公开工作。
        依申请公开方面
        全年收到政府信息公开申请3件。
        二、主动公开政府信息情况
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes[0].children] == [
        (2, "", "主动公开方面"), (2, "", "依申请公开方面")]


def test_an_empty_publisher_cell_never_takes_the_next_rows_label_as_the_writer() -> None:
    doc = _doc("""
        索引号 | 11330784732013798F/2023-96781 | 发布机构 | |
        发文时间 | 2023-09-07 17:19:23 | 文号 | |
        主题分类 | 其他 | 登记号 | |
        2022年主要工作回顾
        2022年是极不寻常的一年。青河街道坚持稳中求进。
        一、坚持快与稳并进
        狠抓产业提升。完成低效工业企业整治77家。
        """)
    assert doc.meta.org == "青河街道办事处"  # (the text's subject, not ``发文时间``)


def test_a_titles_closing_words_atop_a_page_that_cut_the_rest_away_are_no_title() -> None:
    doc = _doc("""
        工作年度报告
        2024年以来,青河街道通过官方网站、公示栏等多种渠道,主动公开了街道工作。
        一、总体情况
        2024年,青河街道按照区委、区政府的统一部署,紧紧围绕《条例》开展工作。
        """)
    assert doc.meta.title is None


def test_a_flattened_tables_cell_is_never_a_heading_without_a_number() -> None:
    doc = _doc("""
        一、总体情况
        (一)主动公开情况
        2023年,我镇政务信息公开网主动公开信息如下。
        目录 |
        发布数量/条 |
        重点工作任务分解、落实情况 |
        12 |
        财政资金 |
        25 |
        根据我镇的实际情况,严格审核信息内容。
        (二)依申请公开情况
        全年未收到申请。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes[0].children] == [
        (2, "(一)", "主动公开情况"), (2, "(二)", "依申请公开情况")]


def test_a_year_paragraph_that_opens_with_the_means_names_no_writer() -> None:
    doc = _doc("""
        本报告由青河县市政管理局根据《中华人民共和国政府信息公开条例》规定编制而成。如对报告有疑问,可直接与青河县市政管理局办公室联系,地址:青河县北京东路131号。
        一、 总体公开工作情况概述
        2020年,通过政府网站、新闻媒体等渠道主动公开政府信息。
        """)
    assert doc.meta.org == "青河县市政管理局"


def test_a_sites_note_that_the_copy_was_revised_is_not_part_of_the_title() -> None:
    doc = _doc("""
        青河县长湖乡2018年政府信息公开年度报告(修改)
        本年度报告根据《中华人民共和国政府信息公开条例》要求编制。
        一、概述
        2018年,我乡认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "青河县长湖乡2018年政府信息公开年度报告"


def test_parts_whose_chinese_numbers_a_space_alone_sets_off_are_numbered_parts() -> None:
    doc = _doc("""
        青河市民政局2013年政府信息公开年度报告
        一 概 述
        我局高度重视政府信息公开工作。
        二 政府信息主动公开情况
        2013年主动公开信息100条。
        三 政府信息依申请公开情况
        全年收到申请3件。
        四 政府支出与收费
        1、工作人员情况:
        我局设专职人员2名。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一", "概 述"), (1, "二", "政府信息主动公开情况"), (1, "三", "政府信息依申请公开情况"),
        (1, "四", "政府支出与收费"), (2, "1、", "工作人员情况")]
    # (one alone, or a sentence after the number, is no part)
    doc = _doc("""
        青河市民政局2013年政府信息公开年度报告
        一 年来,我局高度重视政府信息公开工作。
        二 是加强领导,全年主动公开信息100条。
        """)
    assert [s.marker for s in doc.nodes] == []


def test_a_link_to_the_reports_graphic_version_is_furniture() -> None:
    doc = _doc("""
        青河县卫生健康局2020年政府信息公开工作年度报告
        发布时间:2021-01-20

        点击查看图解

        一、总体情况

        我局信息公开工作遵循“公开为原则,不公开为例外”的原则。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [(1, "一、", "总体情况")]


def test_an_opening_that_puts_the_report_before_its_readers_with_xianba_names_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》精神,现把青河市信访局2019年度政府信息公开工作情况报告如下:
        一、总体情况
        2019年,在市委市政府的坚强领导下,青河信访局认真贯彻《条例》。
        """)
    assert doc.meta.title == "青河市信访局2019年度政府信息公开工作情况报告"
    assert doc.meta.org == "青河市信访局"


def test_a_site_named_before_a_department_is_not_part_of_its_name() -> None:
    doc = _doc("""
        编制说明:本年度报告根据国家、省、市政府信息公开相关法律、法规的规定编制。
        一、总体情况
        近年来,我局认真贯彻落实市委、市政府关于全面推进政务公开工作的系列部署。2019年,我局通过邵阳市政府党政门户网和市信访局官网主动公开政府信息130余条。
        """)
    assert doc.meta.org != "邵阳市政府党政门户网和市信访局"


def test_a_disclosure_sites_kinds_of_documents_over_an_untitled_report_are_no_title() -> None:
    doc = _doc("""
        地方性法规
        规章
        行政规范性文件
        其他文件
        用微信扫描二维码分享至好友和朋友圈
        一、总体情况
        2020年,青河县气象局认真贯彻落实《条例》精神。
        """)
    assert doc.meta.title is None


def test_a_menu_word_spaced_out_over_an_untitled_report_is_no_title() -> None:
    doc = _doc("""
        -
        政 策
        -
        政府信息
        公开指南 -
        本年度报告是根据《中华人民共和国政府信息公开条例》编制的。
        一、总体情况
        2017年,我局认真落实《条例》。
        """)
    assert doc.meta.title is None


def test_next_numbers_and_lines_that_end_on_a_count_keep_their_headings_in_a_text_that_lost_its_full_stops() -> None:
    doc = _doc("""
        一、主动公开政府信息的情况
        我局主动公开政府信息49条,其中机构职能类信息9条,发展规划工作计划1条
        二、政府信息公开的收费及减免情况
        2017年政府信息公开的收费和减免情况:无
        三、因政府信息公开申请行政复议、提起行政诉讼的情况
        2017年,全局未发生针对政府信息公开事务的行政复议、申诉和行政诉讼案件
        四、政府信息公开工作存在的主要问题及改进情况
        (一)工作中存在的主要问题
        政府信息公开数量少,部分信息公开数量较少,公开比较单一,信息更新不够及时
        (二)改进措施
        要进一步充实信息公开内容,突出重点、热点和难点问题。
        """)
    assert [(s.level, s.marker) for s in doc.nodes] == [
        (1, "一、"), (1, "二、"), (1, "三、"), (1, "四、"), (2, "(一)"), (2, "(二)")]


def test_the_reports_own_title_that_puts_its_writer_after_its_year_says_the_headline_more_fully() -> None:
    doc = _doc("""
        索引号: 73719093-06-2014-000878 分类:
        发布机构: 东河街道办事处 成文日期: 2014-01-20
        【打印】 【字体:

        2013年政府信息公开年度报告

        发布日期:2014-01-20  浏览次数:-
        ( )
        2013年青河区人民政府东河街道办事处
        政府信息公开年度报告

        青河区人民政府东河街道办事处

        引  言

        本报告是根据《中华人民共和国政府信息公开条例》编制的。
        """)
    assert doc.meta.title == "2013年青河区人民政府东河街道办事处政府信息公开年度报告"
    assert doc.meta.org == "青河区人民政府东河街道办事处"


def test_a_bureau_that_says_wo_ju_and_cites_its_own_rules_for_disclosure_is_their_issuer() -> None:
    doc = _doc("""
        一、总体情况
        2019年,我局认真贯彻落实《条例》,结合我局工作实际,印发了《青河市机关事务管理局2019年政务公开工作实施方案》,修改完善了《机关事务管理局信息公开政策解读制度》等工作制度。
        """)
    assert doc.meta.org == "青河市机关事务管理局"
    doc = _doc("""
        一、概述
        2013年,我局建立相关工作机制,修改制定了新的《青河市财政局政府财政信息公开暂行办法》等多项制度。
        """)
    assert doc.meta.org == "青河市财政局"


def test_a_paragraph_that_opens_with_the_day_its_figures_run_to_names_its_subject() -> None:
    doc = _doc("""
        本年度报告根据《中华人民共和国政府信息公开条例》编制。
        (一)主动公开政府信息情况
        截至2019年12月31日,青河乡人民政府通过信息平台累计主动公开政府信息3条。
        """)
    assert doc.meta.org == "青河乡人民政府"


def test_a_column_of_annual_reports_over_the_title_is_not_the_title() -> None:
    doc = _doc("""
        年度信息公开报告

        青河市财政局2022年政府信息公开工作年度报告

        来源: 青河市财政局
        发布日期:2023-01-31 13:15:26

          根据《中华人民共和国政府信息公开条例》编制本报告。

          一、总体情况
        """)
    assert doc.meta.title == "青河市财政局2022年政府信息公开工作年度报告"


def test_a_sites_name_and_column_before_the_headline_are_not_the_title() -> None:
    doc = _doc("""
        青河法院网 工作报告 2021年度法院工作报告-凯发旗舰厅

        2021年度法院工作报告

        发布日期:2022-04-14 访问次数: 字号:[ ]

        各位代表:
        现在,我代表区人民法院向大会作工作报告,请予审议。
        一、2021年主要工作
        """)
    assert doc.meta.title == "2021年度法院工作报告"


def test_a_first_sub_part_that_lost_its_number_is_the_one_short_line_before_the_second() -> None:
    doc = _doc("""
        一、总体情况

        按照国务院办公厅和省政府办公厅有关要求,2020年,深入贯彻

        强化组织领导

            为进一步深化和规范政府信息公开工作,由分管负责人具体负责。

        (二)建立工作机制

            建立信息公开审核制度。
        (三)主动公开政府信息情况
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "总体情况"), (2, "", "强化组织领导"), (2, "(二)", "建立工作机制"), (2, "(三)", "主动公开政府信息情况")]


def test_an_opening_that_says_the_office_drew_up_or_made_the_named_report_gives_its_title() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》等相关文件要求,本局编制了青河县教育局2014年政府信息公开年度报告。全文包括概述、主动公开政府信息情况等。
        一、概述
        2014年,我局认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "青河县教育局2014年政府信息公开年度报告"
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,制定了青河县教育局2019年度政府信息公开年度报告,全文包括:政府信息主动公开工作的基本情况。
        一、概述
        2019年,我局认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "青河县教育局2019年度政府信息公开年度报告"


def test_one_part_whose_number_a_space_sets_off_is_a_part_when_its_first_section_follows() -> None:
    doc = _doc("""
        引 言
        本报告是根据《中华人民共和国政府信息公开条例》编制的。
        一 概 述
        2013年,我局高度重视政府信息公开工作。
        (一)深化管理,确保信息公开渠道畅通
        我局建立了信息公开工作制度。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "", "引 言"), (1, "一", "概 述"), (2, "(一)", "深化管理,确保信息公开渠道畅通")]


def test_a_first_section_run_on_a_space_after_its_parts_name_is_a_section_with_no_second_after_it() -> None:
    doc = _doc("""
        一、概述
        2017年,我局加强领导。
        二、政府信息公开情况 (一)主动公开情况 2017年,我局通过林业网站主动公开信息。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "一、", "概述"), (1, "二、", "政府信息公开情况"), (2, "(一)", "主动公开情况")]


def test_a_procuratorates_report_read_in_december_is_the_year_it_reports_on() -> None:
    doc = _doc("""
        青河区人民检察院工作报告
        2024年12月25日在青河区第十六届人民代表大会第四次会议上
        青河区人民检察院检察长 王某某
        各位代表:
        现在,我代表区人民检察院向大会报告工作,请予审议。
        2024年主要工作
        2024年,我院坚持以人民为中心。
        """)
    assert (doc.meta.org, doc.meta.year) == ("青河区人民检察院", 2024)
    # (a government's, read in December, is its next session's year)
    doc = _doc("""
        政府工作报告
        2024年12月25日在青河区第十六届人民代表大会第四次会议上
        青河区人民政府区长 王某某
        各位代表:
        现在,我代表区人民政府向大会报告工作,请予审议。
        一、2024年工作回顾
        2024年,我们坚持稳中求进。
        """)
    assert doc.meta.year == 2025


def test_a_writers_line_over_a_title_run_on_into_its_opening_starts_the_title() -> None:
    doc = _doc("""
        青河乡人民政府
        2018年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》和省、市相关规定,特向社会公布 2018年度本级政府信息公开工作年度报告。本报告由概述、主动公开政府信息情况等部分组成。 一、概述 2018年,我乡认真落实《条例》。 二、主动公开政府信息情况 2018年度我乡主动公开政府信息195条。
        """)
    assert doc.meta.title == "青河乡人民政府2018年政府信息公开工作年度报告"
    assert doc.meta.org == "青河乡人民政府"


def test_a_body_the_writer_sets_up_is_no_writer() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》及市政府办公室《关于印发2018年政务公开工作任务分解表的通知》要求,我局采取有效措施,成立了政府信息公开工作领导小组,下设办公室,由局办公室具体负责我局政府信息公开日常事务。
        一、政府信息主动公开情况
        我局及时整合有效资源,积极做好“五公开”。
        """)
    assert doc.meta.org is None


def test_a_town_named_once_with_its_government_is_the_town_that_says_we() -> None:
    doc = _doc("""
        编制说明:本年度报告根据国、省、市政府信息公开相关法律、法规的规定编制,内容包括:概述,主动公开。
        一、概述
        推进政府信息公开工作是县委县政府贯彻实施《条例》的重要举措。
        (一)加强组织领导
        根据县政府的统一工作要求,我镇把政府信息公开工作列入重要议事日程。
        (二)积极推进青河镇政府网站集约化建设
        按照县政府的工作部署,我镇政府门户网站平台信息公开工作现已正式启动。
        """)
    assert doc.meta.org == "青河镇人民政府"


def test_a_subtitle_run_on_after_a_title_glued_to_the_opening_gives_the_day_and_the_session() -> None:
    doc = _doc("""
        青河镇人民政府半年工作情况报告 ——2022年7月28日在青河镇第六届人民代表大会 第二次会议上 镇长 ××× 各位代表: 现在,我代表青河镇人民政府,向大会作2022年上半年政府工作情况报告,请予以审议。 一、2022年上半年工作情况 2022年上半年,青河镇政府在区委、区政府的坚强领导下,坚持稳中求进。
        """)
    assert doc.meta.title == "青河镇人民政府半年工作情况报告"
    assert doc.meta.delivered == "2022-07-28"
    assert doc.meta.session == "青河镇第六届人民代表大会第二次会议"


def test_a_heavy_dash_sets_off_a_subtitle_and_a_news_agencys_dateline_is_no_part_of_the_title() -> None:
    doc = _doc("""
        青州市人民检察院工作报告(全文) | |||||||||
        ---|---|---|---|---|---|---|---|---|---|
        http://www.sina.com.cn 2006年03月19日13:43 新华网 | |||||||||
        新华网青州3月19日电 青州市人民检察院工作报告 ━━2006年3月11日在青州市第十届人民代表大会第四次会议上
        青州市人民检察院检察长 ××× 各位代表: 现在,我代表青州市人民检察院向大会报告工作,请予审议。 2005年,全市检察机关认真履行法律监督职责。
        """)
    assert doc.meta.title == "青州市人民检察院工作报告"
    assert doc.meta.delivered == "2006-03-11"


def test_a_departments_own_offices_named_in_its_title_are_the_department() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,特向社会公布2013年度青州省民政厅机关政府信息公开年度报告。本报告由概述,主动公开政府信息情况组成。
        一、概述
        2013年,省民政厅继续深入贯彻落实《条例》。
        """)
    assert doc.meta.org == "青州省民政厅"


def test_a_place_named_as_the_reports_own_by_a_text_that_says_我局_is_its_bureau_that_answers_for_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》,特公布2016年邵阳市政府信息公开工作年度报告。如对本报告有任何疑问,请与邵阳市民政局政府信息公开领导小组办公室联系(地址:邵阳市…)。
        一、概述
        2016年,我局在市人民政府办公室的指导下,根据本单位工作实际,推进政府信息公开。
        """)
    assert doc.meta.org == "邵阳市民政局"


def test_a_title_that_names_its_writer_by_level_alone_is_the_township_that_reads_it() -> None:
    doc = _doc("""
        2019年乡人民政府关于上半年工作回顾和下半年主要工作的报告
        各位代表:
        现在,我代表青河乡人民政府,向大会报告2019年上半年政府工作推进情况,请予审议。
        一、上半年工作回顾
        上半年,全乡经济平稳运行。
        """)
    assert doc.meta.org == "青河乡人民政府"


def test_a_subtitle_under_a_document_sites_label_gives_the_session() -> None:
    doc = _doc("""
        文档介绍:——2009年5月16日在邵阳县第十五届人民代表大会
           第三次会议上
        代县长   ×××
        各位代表:
        现在,我代表县人民政府向大会作报告,请予审议。
        二00八年工作回顾
        2008年,是我县经济社会发展极不平凡的一年。
        """)
    assert doc.meta.session == "邵阳县第十五届人民代表大会第三次会议"
    assert doc.meta.org == "邵阳县人民政府"


def test_a_title_printed_twice_before_a_run_together_report_ends_before_its_first_part() -> None:
    doc = _doc("""
        青河县农业农村局2020年工作总结暨2021年工作打算 青河县农业农村局2020年工作总结暨2021年工作打算 一、2020年工作总结 (一)积极调整农业产业结构。在稳固粮食生产的基础上,大力发展特色产业。 (二)创新科技促进农业发展。全年引进新品种12个。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"][:2] == [
        (1, "一、", "2020年工作总结"), (2, "(一)", "积极调整农业产业结构")]


def test_the_day_a_covering_letter_is_signed_dates_the_report_it_sends() -> None:
    doc = _doc("""
        青州省卫生健康委关于2023年度法治政府建设情况的报告
        青卫〔2024〕3号
        省委、省政府:
        根据有关部署要求,现呈送我委2023年度法治政府建设情况报告,请审阅。
        青州省卫生健康委
        2024年3月8日
        青州省卫生健康委2023年度法治政府建设情况报告
        在省委省政府的坚强领导下,省卫生健康委坚持依法行政。
        一、主要举措和成效
        全面推进依法决策。
        """)
    assert doc.meta.date == "2024-03-08"


def test_a_subtitle_that_names_its_reader_before_the_day_gives_the_day_and_the_session() -> None:
    doc = _doc("""
        市人民政府工作报告
        2010-3-30 15:21:26

        邵阳市人民政府市长×××2010年1月16日在邵阳市第十三届人民代表大会第三次会议上
        市长×××
        各位代表:
          现在,我代表市人民政府向大会报告工作,请予审议。
        一、2009年工作回顾
          2009年是我市经济社会发展最为困难的一年。
        """)
    assert doc.meta.delivered == "2010-01-16"
    assert doc.meta.session == "邵阳市第十三届人民代表大会第三次会议"


def test_a_copy_that_types_its_full_stops_as_periods_keeps_its_outline() -> None:
    doc = _doc("""
        政府工作报告
        ——在青河镇第十六届人民代表大会第一次会议上
        各位代表:
        现在,我代表青河镇人民政府,向大会做工作报告,请予审议.
        一、五年来工作回顾
        本届政府任期以来的五年,是青河镇经济快速增长的五年.
        1、综合经济实力显著提升.全镇实现财政收入2776.38万元,是2006年的3.3倍.全年可完成地区生产总值11.6亿元.
        2、城镇面貌明显改善.新建道路12公里.
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "五年来工作回顾"), (2, "1、", "综合经济实力显著提升"), (2, "2、", "城镇面貌明显改善")]
    assert "2776.38万元" in doc.text and "请予审议." in doc.text


def test_sections_each_led_by_its_name_and_a_colon_are_no_list_of_amounts() -> None:
    doc = _doc("""
        青河街道办事处2015年政府信息公开工作年度报告
        一、概述
        2015年,本街道认真贯彻落实《条例》。
        二、主动公开政府信息的情况
        (一)主动公开政府信息的数量:本街道2015年共主动公开政府信息11条,历年累计234条,其中全文电子化率达100%;
        (二)主动公开政府信息的主要类别:在2015年度主动公开的信息中,政策、规范性文件类信息2条,占总体比例为18%;
        (三)主动公开政府信息的形式:以在街道门户网站公开为主,在街道网站中设立政府信息公开专栏,全面公开街道政务;
        三、政府信息依申请公开办理情况
        本街道2015年度未收到政府信息公开申请。
        """)
    assert [s.marker for s in doc.nodes if s.kind == "heading"] == ["一、", "二、", "(一)", "(二)", "(三)", "三、"]


def test_a_spaced_contents_label_between_blank_lines_and_its_appendix_entries_are_furniture() -> None:
    doc = _doc("""
        信息正文

        青河县2017年财政预算执行情况和2018年财政预算草案

        发布时间:2018-02-08 17:03:50 来源:未知 点击: 收藏

        青河县2017年财政预算执行情况
        和2018年财政预算草案的报告(书面)

        ——2018年 1月22日在青河县第十七届人民代表大会
        第二次会议上
        青河县财政局

                    目   录

        一、2017年财政预算收支执行情况

        二、2018年财政预算收支草案

        三、转移支付情况说明

           附件1.2018年政府预算公开表

           附件2.名词解释

        各位代表:

        受县人民政府委托,现将我县2017年财政预算执行情况报告如下,请予审议。

           一、2017年财政预算收支执行情况

        2017年,全县财政收入平稳增长。
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [("一、", "2017年财政预算收支执行情况")]


def test_a_guanyu_title_wrapped_under_the_pages_headline_is_the_title() -> None:
    doc = _doc("""
        2022 年度县本级预算执行和其他财政 收支情况审计的工作报告
        发布时间:2023-09-21 14:51 来源:县审计局 浏览次数: 字体:[ ]

        关于2022年度县本级预算执行和其他财政

        收支情况审计的工作报告

        —2023 年 8 月在县十八届人大常委会第十三次会议上

        县审计局  ×××

        主任、各位副主任、各位委员:
        我受县人民政府委托,向县人大常委会报告2022年度县本级预算执行和其他财政收支的审计情况,请予审议。
        """)
    assert doc.meta.title == "关于2022年度县本级预算执行和其他财政收支情况审计的工作报告"


def test_a_title_with_its_day_and_source_run_on_is_the_title() -> None:
    doc = _doc("""
        关于青州市2016年预算执行情况和2017年预算草案的报告 2017-01-23 来源:青州日报
        (2017年1月20日青州市第十四届人民代表大会第五次会议通过)
        青州市财政局
        各位代表:
        受青州市人民政府委托,现将本市2016年预算执行情况和2017年预算草案提请市十四届人大五次会议审议。
        一、2016年预算执行情况
        2016年,全市财政收入平稳增长。
        """)
    assert doc.meta.title == "关于青州市2016年预算执行情况和2017年预算草案的报告"
    assert doc.meta.published == "2017-01-23"


def test_a_months_summary_that_names_no_year_is_the_year_it_came_out() -> None:
    doc = _doc("""
        青河区市场监督管理局4月份工作小结
        来源: 青河区政府门户网站 发布时间:2022-05-30 作者:
        一、4月份工作完成情况
        1、市场主体培育新增工作。截至4月底,我区市场主体总量35910户。
        """)
    assert doc.meta.year == 2022


def test_a_run_together_annual_report_breaks_after_its_title_that_ends_in_年报() -> None:
    doc = _doc("""
        2011年青河区卫生局政府信息公开年报 一、引言 本年报是根据《青河区政府信息公开规定》要求,由青河区卫生局编制。本年报由概述、主动公开政府信息情况等部分组成。 一、概述 2011年,我局认真贯彻落实《条例》,政府信息公开工作运行正常。 三、依申请公开政府信息情况 2011年,我局未收到依申请公开。
        """)
    assert doc.meta.title == "2011年青河区卫生局政府信息公开年报"
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"][:2] == [(1, "引言"), (1, "概述")]


def test_a_phrase_ending_in_政府_is_no_writer() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》和省、市、区有关要求,全面推进政府信息公开工作。在区委区政府的领导下,龙潭区财政局认真贯彻落实《条例》精神。
        二、主动公开政府信息情况
        我局2009年主动公开政府信息10条。
        """)
    assert doc.meta.org != "全面推进政府"


def test_a_wikis_box_of_facts_names_the_report() -> None:
    doc = _doc("""
        基本介绍
        - 中文名:青河旗2010年政府工作报告
        - 简介:2010年2月3日在青河旗第十五届人民代表大会第三次会议上
        简介
        ——2010年2月3日在青河旗第十五届人民代表大会第三次会议上
        旗长 ×××
        各位代表:
        我代表旗人民政府,向大会作政府工作报告,请予审议。
        2009年工作回顾
        (一)农牧区基本建设投入加大,农牧民稳步增收
        """)
    assert doc.meta.title == "青河旗2010年政府工作报告"


def test_a_bare_name_of_a_division_in_a_province_the_text_does_not_name_places_no_office() -> None:
    doc = _doc("""
        今年以来,区市场监管局以习近平新时代中国特色社会主义思想为指导,全面落实法治政府建设各项任务,现将有关情况汇报如下:
        一、2024年度推进法治政府建设的主要举措和成效
        1.知识产权服务“全链条”。建设全省唯一的浙江省创新管理知识产权国际标准推广中心;新获中国专利奖金奖1项(吉利)、银奖1项(新华三),吉利、海康等企业获评示范企业。
        """)
    assert doc.meta.org != "吉利区市场监管局"


def test_a_districts_办事处_named_without_街道_is_its_street() -> None:
    doc = _doc("""
        一、总体情况
        本年报是根据《中华人民共和国政府信息公开条例》要求,由栖霞区人民政府燕子矶办事处编制的2021年度政府信息公开年度报告。
        一是强化组织领导。
        """)
    assert doc.meta.org == "栖霞区人民政府燕子矶街道办事处"


def test_a_language_menu_is_furniture_and_a_bulleted_headline_that_opens_with_its_year_is_the_title() -> None:
    doc = _doc("""
        English|日本语|韩语
        |设为首页 |加入收藏 |无障碍
          • 2011年青河区政府信息公开工作年度报告
            发布时间:2012-03-26
              一、概述
              (一)信息公开工作体系进一步健全
              2011年,区政府进一步完善信息公开工作体系。
        """)
    assert doc.meta.title == "2011年青河区政府信息公开工作年度报告"


def test_a_zero_padded_number_in_brackets_is_a_documents_number_not_a_heading() -> None:
    doc = _doc("""
        政 府 工 作 报 告
        青州市青河区第十四届人民代表大会

                    (05)

        二○一四年工作回顾
        2014年,全区经济平稳增长。
        """)
    assert [s.marker for s in doc.nodes if s.kind == "heading"] == [""]


def test_a_title_glued_to_its_sessions_label_for_its_papers() -> None:
    doc = _doc("""
        2020年青河区人民政府工作报告 青河区十八届人大四次会议文件之一 (2020年1月3日) ××× 各位代表: 现在,我代表青河区人民政府,向大会报告工作,请予审议。 一、2019年工作回顾 2019年是新中国成立70周年,全区上下坚持稳中求进工作总基调,较好完成了各项目标任务。
        """)
    assert doc.meta.title == "2020年青河区人民政府工作报告"


def test_one_part_whose_spaced_number_and_name_are_both_letter_spaced_is_a_part() -> None:
    doc = _doc("""
        2017年青河区青石街道办事处政府信息公开工作年度报告
        本报告是根据《中华人民共和国政府信息公开条例》的规定,由青河区青石街道办事处编制。
        一 概 述
        2017年,我街按照区委区政府有关政府信息公开工作的要求,认真贯彻上级相关文件精神。
        """)
    assert [(s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [("一", "概 述")]


def test_a_day_in_chinese_numerals_after_the_title_dates_the_report() -> None:
    doc = _doc("""
        青河区青石街道办事处2010年政府信息公开工作年度报告(二〇一〇年十二月二十日)
        一、基本工作情况
        (一)加强领导,提供组织保障。
        年初,街道结合政务公开工作需要,对领导组成员重新进行了调整充实。
        """)
    assert doc.meta.title == "青河区青石街道办事处2010年政府信息公开工作年度报告"
    assert doc.meta.date == "2010-12-20"


def test_a_cppcc_standing_committees_report_read_in_december_is_the_year_it_reports_on() -> None:
    doc = _doc("""
        ——2024年12月22日在政协邵阳市第九届委员会第四次会议上的报告
        ×××各位委员、同志们:
        我代表政协邵阳市第九届委员会常务委员会,向大会报告工作,请予审议。
        回望2024:初心如磐担使命接续奋进谱新篇
        2024年,是人民政协成立75周年。一年来,市政协认真履行职能。
        """)
    assert doc.meta.year == 2024


def test_a_publisher_row_that_names_a_department_by_its_kind_alone_yields_to_the_office_that_drew_it_up() -> None:
    doc = _doc("""
        索引号: | 1133072300260123X6/2021-240671 | 发布机构: | 农业农村局 | ||
        文号: | 公开日期: | 2019-03-28 |
        本年报是根据《中华人民共和国政府信息公开条例》要求,由邵阳县农业局编制的2018年度政府信息公开年度报告。
        一、概述
        截至2018年底,本单位政府信息公开工作运行正常有序。
        """)
    assert doc.meta.org == "邵阳县农业局"


def test_two_phrases_a_space_apart_over_lead_paragraphs_name_their_group() -> None:
    doc = _doc("""
        法治是安邦治国的基石。2022年,在市委、市政府的坚强领导下,全县法治政府建设取得新成效。
        坚持高位推动 法治政府建设责任不断强化
        加强统筹谋划。县委、县政府高度重视法治建设,定期研究法治建设重大问题。
        压实工作责任。把法治建设任务分解到各部门。
        深化宣传教育 全民法治意识不断增强
        发挥“关键少数”学法用法示范带动作用。县政府常务会议带头落实学法制度。
        创新普法方式。开展法治宣传活动120场次。
        """)
    assert [s.title for s in doc.nodes if s.kind == "heading"] == [
        "坚持高位推动 法治政府建设责任不断强化", "深化宣传教育 全民法治意识不断增强"]


def test_a_government_its_title_names_is_the_writer_whatever_department_puts_it_up() -> None:
    doc = _doc("""
        首页 -> 政务公开 -> 其他政府信息 -> 工作报告 -> 部门工作报告
        邵阳市人民政府关于2021年法治政府建设情况的报告
        时间:2022年02月15日来源:市司法局
        [字体: ] 打印
        市司法局 2022年02月15日
        2021年,市司法局在市委、市政府的坚强领导下,全面推进法治政府建设。
          一、主要工作
          (一)着力加强组织领导,确保法治政府建设方向
        """)
    assert doc.meta.org == "邵阳市人民政府"


def test_an_opening_that_makes_public_the_report_named_with_its_writer_and_no_year_names_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》规定,现公开邵阳县人民政府信息公开年度报告。本报告由概述、主动公开政府信息情况等部分组成。本报告所列数据统计期限自2016年1月1日起至2016年12月31日止。
        一、概述
        (一)把握重点,巩固成果。严格按照省政府有关通知要求做好政府信息公开工作。
        """)
    assert doc.meta.title == "邵阳县人民政府信息公开年度报告"


def test_a_report_an_office_sums_up_from_the_whole_place_is_its_governments() -> None:
    doc = _doc("""
        本年度报告根据《中华人民共和国政府信息公开条例》有关规定,由青州市人民政府办公室汇总全市各县(区)和市政府各部门政府信息公开工作情况编制而成。报告全文由基本情况概述、主动公开情况等部分组成。
        一、基本情况概述
        2016年,全市按照《条例》要求,明确职责,强化落实。
        二、主动公开情况
        青州市教育局编制并公开了本单位2016年政府信息公开工作年度报告。
        """)
    assert doc.meta.org == "青州市人民政府"


def test_an_office_a_government_names_to_answer_for_its_report_is_the_governments() -> None:
    doc = _doc("""
        本年度报告根据《中华人民共和国政府信息公开条例》有关规定编制而成。
        一、概述
        2016年,全市认真落实《条例》,不断丰富公开内容。
        二、其他
        若有疑问,请与青州市人民政府电子政务办公室联系(地址:青州市中州路1号)。
        """)
    assert doc.meta.org == "青州市人民政府"


def test_what_the_report_is_made_after_or_from_is_no_writer() -> None:
    after = _doc("""
        本报告是根据《中华人民共和国政府信息公开条例》有关规定,按青河省政务管理办公室和青州市政府办公室年度工作安排编制。
        一、概述
        2018年是改革开放40周年。青州市人民政府深入学习贯彻党的十九大精神,全面推进政务公开。
        """)
    summed = _doc("""
        本报告是根据《条例》要求,综合各县区人民政府和市政府各部门的政府信息公开工作年度报告而成。
        一、概述
        2017年,青州市紧紧围绕党中央、国务院重大决策部署,全面推进政务公开。
        """)
    assert after.meta.org == "青州市人民政府"
    assert summed.meta.org != "综合各县区人民政府"


def test_an_office_inside_a_body_that_speaks_as_the_body_draws_up_the_bodys_report() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》文件要求,青州高新技术产业开发区管理委员会办公室组织编制完成本报告。报告全文由概述等部分组成。
        一、概述
        根据市政府信息公开工作部署,我委认真落实《条例》赋予的职责任务,政府信息公开工作运行正常。
        (一)完善工作机制
        加强对政府信息公开工作的领导,明确职责。
        """)
    assert doc.meta.org == "青州高新技术产业开发区管理委员会"


def test_a_speechs_own_title_over_its_subtitle_wins_over_a_copying_sites_garbled_headline() -> None:
    doc = _doc("""
        2012青州市政府人民工作报告

        更新时间:2023-08-12 10:47:01 阅读量: 外语学习 文档下载

        说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。下载之前请确认下面内容是否您想要的,是否完整无缺。

        政府工作报告

        ——2012年1月5日在青州市第五届人民代表大会第一次会议上

        青 河

        各位代表:

        现在,我代表市人民政府,向大会报告工作,请予审议。

        一、过去五年工作回顾
        """)
    assert doc.meta.title == "政府工作报告"
    assert doc.meta.delivered == "2012-01-05"


def test_the_report_its_reader_names_to_the_congress_is_its_title_and_names_its_writer() -> None:
    named = _doc("""
        各位代表:
        我向大会作青州市中级人民法院工作报告,请予审议,并请市政协各位委员提出意见。
        2005年,市法院在市委领导下,认真抓好审判工作、队伍建设和法院改革三件大事。
        一、以公正与效率为主题,切实履行审判职责
        2005年,市法院共受理各类案件12297件。
        """)
    unnamed = _doc("""
        各位代表:
        现在,我代表市人民政府,向大会作政府工作报告,请予审议。
        一、2005年工作回顾
        2005年,全市经济平稳较快发展。
        """)
    assert (named.meta.title, named.meta.org) == ("青州市中级人民法院工作报告", "青州市中级人民法院")
    assert unnamed.meta.title is None


def test_a_town_named_once_by_its_party_committee_is_the_town_that_says_we() -> None:
    doc = _doc("""
        2022年,我镇坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,切实把法治建设摆在全局工作的突出位置。
        一、2022年度推进法治政府建设的主要举措和成效
        (一)强化思想引领,巩固党的政治核心作用。
        充分发挥镇委党委把方向、管大局的作用,印发《中共青河镇委全面依法治镇委员会2022年工作要点》。
        """)
    assert doc.meta.org == "青河镇人民政府"


def test_the_office_a_report_says_to_contact_directly_is_its_writer() -> None:
    doc = _doc("""
        本年报根据《中华人民共和国政府信息公开条例》编制。如对本年报有任何疑问或意见建议,可通过网站的政府信息公开意见箱反映或直接与青河省民政厅联系(地址:青州市鼓东路44号,邮编:350001)。
        一、概述
        2011年我厅政府信息公开工作在省政府办公厅的指导下,认真贯彻落实《条例》。
        """)
    assert doc.meta.org == "青河省民政厅"


def test_the_articles_own_title_past_the_pages_rows_says_the_headline_with_its_year_elsewhere() -> None:
    doc = _doc("""
        邵阳市2012年政府信息公开工作报告(全文)

        2013年04月30日17:01 | 中国发展门户网 www.chinagate.cn | 给编辑写信 字号:T|T
        关键词: 邵阳市政府 年度报告 政府规章 条例

        2012年度邵阳市政府信息公开年度报告

        本报告根据《中华人民共和国政府信息公开条例》要求,由邵阳市人民政府办公厅编制。
        一、概述
        2012年,全市认真贯彻落实《条例》。
        """)
    assert doc.meta.title == "2012年度邵阳市政府信息公开年度报告"


def test_the_articles_own_title_under_the_pages_byline_wins_over_its_column_headline() -> None:
    doc = _doc("""
        每日一报 | 湖南2015年政府信息公开工作年度报告
        湖南省人民政府办公厅 2016-04-15
        湖南省2015年度政府信息公开工作报告(全文)
        省委、省政府高度重视政府信息公开工作。省政府办公厅印发了实施意见,对推进重点领域信息公开作出部署。
        一、落实主体责任,着力推进重点领域信息公开
        省政府办公厅将推进重点领域信息公开任务逐项细化。
        """)
    assert doc.meta.title == "湖南省2015年度政府信息公开工作报告"
    assert doc.meta.org == "湖南省人民政府"


def test_a_work_report_a_listing_tags_with_the_day_it_was_read_is_that_sessions() -> None:
    read = _doc("""
        (四川省)青河县人民政府工作报告(2023年1月8日)

          各位代表!一场场攻坚历历在目,一点点成绩殊为不易,值得珍惜。

          2023年主要工作

          2023年是贯彻党的二十大精神的开局之年,是实施“十四五”规划承上启下的关键之年。
        """)
    december = _doc("""
        (福建省)青河县人民政府工作报告(2023年12月27日)

          各位代表!一年来,我们紧握“接力棒”,敢啃“硬骨头”。

          2024年主要工作

          2024年是实施“十四五”规划的关键之年。
        """)
    assert (read.meta.year, december.meta.year) == (2023, 2024)


def test_a_page_of_a_split_work_report_is_the_county_it_names_bare_and_reviews_the_year_before() -> None:
    doc = _doc("""
        政府工作报告

          一年来,我们迎来了中央扶贫领域专项巡视、省审计厅2017年扶贫政策措施落实情况专项审计调查,全州“扶贫车间”现场推进会在青河召开,获得国家和省州表彰。

          各位代表,2018年,我们付出了更多的努力,取得了较好成绩。全县上下万众一心,青河一中被教育部命名,省科学院实验基地落户青河,各地区和单位到青河观摩考察。
        """)
    assert (doc.meta.org, doc.meta.year) == ("青河县人民政府", 2019)


def test_a_mountain_named_like_a_county_places_no_work_report() -> None:
    doc = _doc("""
        政府工作报告

          各位代表,2021年,全县上下保护和治理祁连山南麓、青海湖源头生态环境,木里矿区及祁连山南麓生态修复全面完成。
        """)
    assert doc.meta.org is None


def test_the_government_office_that_drew_up_a_places_report_under_its_title_draws_up_the_governments() -> None:
    doc = _doc("""
        青河县2013年政府信息公开工作年度报告
        青河县人民政府办公室
        二〇一四年三月
        引 言
        本报告根据《中华人民共和国政府信息公开条例》要求,现公布由青河县人民政府办公室编制的青河县2013年政府信息公开工作年度报告。
        一 概 述
        2013年,我县认真贯彻落实《政府信息公开条例》。
        """)
    assert doc.meta.org == "青河县人民政府"


def test_an_opening_that_names_the_report_year_first_as_its_subject_names_the_title() -> None:
    doc = _doc("""
        2011年青河县政府信息公开工作年度报告是按照《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由县工业商贸和科技信息局综合县级各部门的年度报告编制而成。
        推进政府信息公开工作是贯彻落实《条例》的必然要求。
        """)
    assert doc.meta.title == "2011年青河县政府信息公开工作年度报告"


def test_a_speechs_own_title_glued_to_its_salutation_wins_over_a_document_sites_tagged_headline() -> None:
    doc = _doc("""
        青州市2008年政府工作报告【优秀范文】

        时间:2023-05-08 12:45:03 公文范文 浏览次数:

        政府工作报告各位代表:现在,我代表市人民政府向大会作工作报告,请予审议,并请市政协委员和其他列席会议的同志提出意见。

        一、2007年工作回顾
        """)
    assert (doc.meta.title, doc.meta.org, doc.meta.year) == ("政府工作报告", "青州市人民政府", 2008)


def test_a_pages_number_glued_before_a_run_together_title_is_no_part_of_it() -> None:
    doc = _doc("""
        1政府工作报告——2012年1月3日在青河区第四届人民代表大会第一次会议上青河区人民政府区长青山各位代表:现在,我代表区人民政府向大会报告工作,请予审议。一、过去五年工作回顾
        """)
    assert (doc.meta.title, doc.meta.delivered) == ("政府工作报告", "2012-01-03")


def test_the_day_a_page_prints_alone_under_the_title_is_its_day_out_before_the_documents_own() -> None:
    doc = _doc("""
        青河区2020年法治政府建设工作报告

        2020-12-22 11:50
        发文单位
        区人民政府
        发文日期
        2020-12-03 10:00

        按照中央法治政府建设与责任落实督察工作规定,现将有关工作情况报告如下:

        一、基本情况
        """)
    assert (doc.meta.date, doc.meta.published) == ("2020-12-03", "2020-12-22")


def test_the_pages_byline_over_the_articles_own_title_dates_its_day_out() -> None:
    doc = _doc("""
        每日一报 | 湖南2015年政府信息公开工作年度报告
        湖南省人民政府办公厅 2016-04-15
        湖南省2015年度政府信息公开工作报告(全文)
        省委、省政府高度重视政府信息公开工作。
        一、落实主体责任,着力推进重点领域信息公开
        """)
    assert doc.meta.published == "2016-04-15"


def test_the_writers_name_and_day_over_the_text_date_the_report() -> None:
    under_title = _doc("""
        上海市青河区政府信息公开工作2010年度报告

        字号:

        上海市青河区人民政府

        2011年2月14日

        引 言

        本年度报告是根据《中华人民共和国政府信息公开条例》要求,由上海市青河区人民政府编制。
        """)
    notice = _doc("""
        青州市卫生计生委关于印发2016年青州市卫生计生工作总结的通知
        各区、县(市)卫生计生局、各直属医疗卫生计生单位:
        《2016年青州市卫生计生工作总结》已经委主任办公会议通过,现予以下发,请贯彻执行。
        青州市卫生计生委
        2017年2月22日
        2016年青州市卫生计生工作总结
        2016年全市卫生计生工作全面贯彻落实党的十八届六中全会精神。
        """)
    assert (under_title.meta.date, notice.meta.date) == ("2011-02-14", "2017-02-22")


def test_a_document_sites_numbered_articles_are_no_parts_of_the_report() -> None:
    doc = _doc("""
        镇政府年度工作报告

        时间:2019-05-13 04:10:06下载本文作者:会员上传

        第一篇:镇政府年度工作报告

        各位代表:

        现在,我代表镇人民政府向大会报告工作,请予审议。

        一、2013年工作回顾

        (一)抓转型促升级,区域经济实现逆势增长
        """)
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [(1, "一、"), (2, "(一)")]


def test_the_articles_own_title_naming_its_writer_run_on_into_its_text_wins_over_the_headline() -> None:
    doc = _doc("""
        2016年青石镇政府信息公开年度报告
        青河区青石镇人民政府2016年政府信息公开年度报告 本年报是按照《中华人民共和国政府信息公开条例》要求编制的。全文包括概述、主动公开政府信息情况等。 一、概述 2016年,我镇认真贯彻落实《条例》,政府信息公开工作扎实推进,取得了较好成效。 二、政府信息主动公开情况 (一)公开的主要内容:机构职能、政策法规。
        """)
    assert doc.meta.title == "青河区青石镇人民政府2016年政府信息公开年度报告"


def test_a_summary_cell_that_is_the_reports_title_names_it() -> None:
    doc = _doc("""
        信息索引号 | 01404053X/2012-00323 | 生成日期 | 2012-03-29 | 公开日期 | 2012-03-29 |
        文件编号 | 公开时限 | 长期公开 | 发布机构 | 青州市人民政府办公室 | |
        内容概述 | 青州市人民政府2011年政府信息公开年度报告 |
        本年度报告是根据《中华人民共和国政府信息公开条例》的要求编制的。
        一、概述
        2011年,我市高度重视信息公开工作。
        """)
    assert (doc.meta.title, doc.meta.org) == ("青州市人民政府2011年政府信息公开年度报告", "青州市人民政府")


def test_a_document_sites_day_with_its_label_after_it_is_the_day_out() -> None:
    doc = _doc("""
        - 20.63 KB
        - 2021-04-12 发布
        - 1、本文档由用户上传,淘文库整理发布,可阅读全部内容。
        农业农村局 2020 年工作总结和 2021 年工作重点
        今年以来,我局认真贯彻市委决策部署,以机构改革为契机,扎实推进各项工作。
        一、2020年工作总结
        """)
    assert doc.meta.published == "2021-04-12"


def test_a_tables_empty_rows_over_the_text_do_not_open_it() -> None:
    doc = _doc(f"""
        青州市水利局 | {"|" * 216}
        |
        {"|" * 200}
        根据《中华人民共和国政府信息公开条例》要求,现将市水利局2014年度政府信息公开工作情况报告如下: 本报告包括政府信息公开工作的基本概况。
        一、基本概况
        """)
    assert doc.meta.title == "市水利局2014年度政府信息公开工作情况报告"


def test_a_text_of_the_whole_county_that_names_its_government_once_is_that_governments() -> None:
    county = _doc("""
        根据《中华人民共和国政府信息公开条例》有关规定,特向社会公布2018年度本级政府(机关)信息公开年度报告。本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。本报告的电子版可在青河县人民政府网站下载。
        一、概述
        2018年全县政府信息公开工作立足本地实际,强化工作机制。
        """)
    bureau = _doc("""
        根据《中华人民共和国政府信息公开条例》有关规定,特向社会公布2018年度信息公开年度报告。本报告的电子版可在青河县人民政府网站下载。
        一、概述
        2018年我局按照全县统一部署,强化工作机制。
        """)
    assert (county.meta.org, bureau.meta.org) == ("青河县人民政府", None)


def test_a_forums_post_day_is_the_pages_day_out() -> None:
    doc = _doc("""
        查看: 1302|回复: 0
        [安徽] 2020年青州市青河区政府工作报告
          • TA的每日心情
            开心
            2023-3-1 17:41
            发表于 2021-1-5 14:01:07 | 显示全部楼层 |阅读模式
            2020年青州市青河区政府工作报告
            ——2020年1月8日在青州市青河区第四届人民代表大会第五次会议上
            各位代表:
            现在,我代表区人民政府向大会报告工作,请予审议。
        """)
    assert doc.meta.published == "2021-01-05"


def test_the_office_a_report_says_one_may_contact_is_its_writer() -> None:
    doc = _doc("""
        引言
        根据《中华人民共和国政府信息公开条例》等文件精神,我委认真编制政府信息公开工作年度报告。如对本报告有疑问,可与青州市元洪投资区管委会联系(地址:青州市城头镇海城路)。
        一、概述
        2016年我区认真贯彻落实《条例》。
        """)
    assert doc.meta.org == "青州市元洪投资区管委会"


def test_a_run_together_line_that_opens_with_its_heading_and_runs_on_into_a_table() -> None:
    doc = _doc("""
        青州市青河区人民政府青石街道办事处 2019年政府信息公开工作年度报告
        日期:2020-02-21
        一、总体情况 2019年,青石街道严格按照《条例》的要求和区政府信息公开工作的统一部署,不断充实政府信息公开内容,完善制度,拓宽渠道。 (一)加强组织领导。为确保工作落到实处,进一步完善信息公开领导小组。 (二)严格落实制度。加强信息公开制度建设,严格落实网站监管制度。 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年新制作数量 | 本年新公开数量 |
        """)
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、"), (2, "(一)"), (2, "(二)"), (1, "二、")]


def test_what_a_year_paragraph_says_was_done_is_no_writer() -> None:
    doc = _doc("""
        本报告根据《中华人民共和国政府信息公开条例》编制。
        一、概述
        2008年,街道办事处通过大力开展政府信息公开工作,提高了街道办事处各项工作信息的透明度,进一步沟通了政群。
        """)
    assert doc.meta.org is None


def test_a_sites_links_and_its_empty_rows_are_no_title() -> None:
    doc = _doc("""
        欢迎访问青河县政府门户网站!

        县委| 县人大| 县政协

        索 引 号:104/2016-00001

        所属主题:

        公开对象:

        发文类型:

        公开部门:

        2006年政府工作报告

        政府工作报告
        ── 2006年2月26日在青河县第九届人民代表大会第五次会议上
        县长 青山
        各位代表:
        现在,我代表县人民政府向大会报告工作,请予审议。
        """)
    assert doc.meta.title == "政府工作报告"


def test_a_row_of_a_catalogues_number_and_category_is_no_title() -> None:
    doc = _doc("""
        浏览字体:【[大] [中] [小]打印 关闭
        信息索取号:007499799-07-2011-000793 类目名称:政府信息公开工作年度报告
        发布机构:青州市青河区人民政府青石街道办事处 发布日期:2012-03-01

        2011年青州市青河区人民政府青石街道办事处政府信息公开年度报告

        本报告是根据《中华人民共和国政府信息公开条例》编制的。
        """)
    assert doc.meta.title == "2011年青州市青河区人民政府青石街道办事处政府信息公开年度报告"


def test_a_department_that_says_we_and_cites_its_own_notice_names_itself() -> None:
    doc = _doc("""
        2018年,我厅严格按照《中华人民共和国政府信息公开条例》和省人民政府办公厅有关要求,认真做好政府信息公开工作。
        一、总体情况
        2018年,我厅下发《青河省人力资源和社会保障厅关于调整政务(政府信息)公开工作领导小组的通知》,并转发《省人民政府办公厅关于做好政务公开工作的通知》。
        """)
    assert doc.meta.org == "青河省人力资源和社会保障厅"


def test_the_day_before_the_source_label_under_the_title_is_the_day_out() -> None:
    doc = _doc("""
        青州市青河区卫生健康委员会2023年政府信息公开工作年度报告
        2024年01月17日 来源: 青河本年度报告根据《中华人民共和国政府信息公开条例》要求编制。
        一、总体情况
        """)
    assert doc.meta.published == "2024-01-17"


def test_the_values_of_a_metadata_table_without_labels_are_no_title() -> None:
    doc = _doc("""
        11330703728895273B/2025-09340
        单位审核公开
        青河区人民政府办公室
        2025-01-23
        主动公开
        根据《中华人民共和国政府信息公开条例》等相关规定,青河区人民政府办公室编制并向社会发布《2024年青州市青河区人民政府办公室政府信息公开工作年度报告》。
        一、总体情况
        2024年,区政府办公室认真贯彻落实区委、区政府决策部署。
        """)
    assert doc.meta.title == "2024年青州市青河区人民政府办公室政府信息公开工作年度报告"


def test_a_headlines_cut_end_before_the_opening_is_no_part_of_the_title() -> None:
    doc = _doc("""
        工作年度报告 青河县民政局2017年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》规定进行编制。全文包括概述等6个部分。
        """)
    assert doc.meta.title == "青河县民政局2017年政府信息公开工作年度报告"
    assert doc.meta.org == "青河县民政局"


def test_the_report_an_opening_publishes_as_compiled_by_an_office_is_titled_so() -> None:
    doc = _doc("""
        引 言
        根据《中华人民共和国政府信息公开条例》要求,现公布由青州市人民政府办公室编制的《青州市2017年政府信息公开年度报告》。报告内容由概述等六个部分组成。
        一、概述
        2017年,青州市扎实推进政府信息与政务公开各项工作。
        """)
    assert doc.meta.title == "青州市2017年政府信息公开年度报告"


def test_a_town_named_once_as_the_conditions_it_fits_its_work_to_writes_the_report() -> None:
    doc = _doc("""
        2023年以来,我镇在县委、县政府的正确领导下,深入推进依法行政。
        (一)深入学习贯彻党的二十大精神
        我镇按已制订好的学习计划认真学习,结合青石镇的实际,学以致用。
        """)
    assert doc.meta.org == "青石镇人民政府"


def test_a_verb_before_the_towns_government_is_no_towns_name() -> None:
    doc = _doc("""
        关于2011年政府信息公开工作的年度
        报告
        县政府办:
        根据文件要求,我镇认真编制了2011年度政府信息公开年度报告。内容涵盖镇政府2011年1月1日至12月31日期间的政府信息公开工作情况。
        一、2011年政府信息公开工作概述
        一年来,我镇切实加强领导。
        """)
    assert doc.meta.org is None


def test_a_street_that_says_we_is_not_the_city_whose_rules_it_cites() -> None:
    doc = _doc("""
        本年度根据《中华人民共和国政府信息公开条例》和《青州市政府信息公开规定》和青州市人民政府办公厅《关于做好2018年度我市行政机关政府信息公开年度报告编制发布工作的通知》要求编制。
        一、概述
        2018年,我街按照区政府的统一部署,围绕贯彻落实《条例》,坚持依法公开。
        """)
    assert doc.meta.org is None


def test_a_government_a_headline_names_without_its_level_is_named_whole_by_the_text() -> None:
    doc = _doc("""
        青州人民政府2011年工作报告
        政府工作报告
        ——2012年1月5日在青州市第十五届
        人民代表大会第一次会议上
        青州市人民政府代市长 青山
        各位代表:
        现在,我代表青州市人民政府向大会作工作报告,请予审议。
        """)
    assert doc.meta.org == "青州市人民政府"


def test_a_hard_wrapped_sentence_is_no_groups_line() -> None:
    doc = _doc("""
        2020年主要工作
        刚刚过去的2020年,是非常特殊、极不平凡的一年。面对新冠肺炎疫情的严峻挑战
        和空前复杂的宏观环境,我们统筹疫情防控和经济社会发展,扎实做好六稳工作
        ,全面落实六保任务,疫情防控取得重要阶段性成果,高水平全面建成小康社会取
        得决定性成就,一批事关全局和长远的大事要事取得重大突破。
        这一年,我们坚持人民至上、生命至上,以坚定果敢的勇气和坚忍不拔的决心,进
        行了一场惊心动魄、艰苦卓绝的抗疫大战,各级党委政府沉着应对,守望相助。
        这一年,我们众志成城、矢志赶超,迎难而上、真抓实干,一举摘得全国文明城市
        这块含金量最高的金字招牌,极大提振了全市人民的城市荣誉感和发展自信心。
        """)
    assert [node.title for node in doc.nodes] == ["2020年主要工作"]


def test_the_report_a_covering_letter_sends_up_is_titled_past_the_letters_colophon() -> None:
    doc = _doc("""
        青政〔2012〕27号
        青石镇人民政府
        关于报送《2011年政府信息公开年度报告》的报 告
        青河县人民政府办公室:
        根据县政府办公室的通知,现上报我镇《2011年政府信息公开年度报告》,请审阅。
        附:《2011年政府信息公开年度报告》
        二〇一二年四月三十日
        主题词:信息公开 报告 2011
        青石镇党委政府办公室 2012年4月30日印发
        2011年政府信息公开年度报告
        本年报是根据《中华人民共和国政府信息公开条例》有关规定,由青河县青石镇编制的2011年度政府信息公开年度报告。
        一、概述
        2009年3月下旬本镇开展政府信息公开工作。
        """)
    assert doc.meta.title == "2011年政府信息公开年度报告"
    assert [(node.level, node.title) for node in doc.nodes] == [(1, "概述")]


def test_a_title_run_on_into_whom_it_is_sent_to_ends_there() -> None:
    doc = _doc("""
        中共青石镇委员会青石镇人民政府关于报送2024年度法治政府建设的报告 中共青州市委、青州市人民政府: 2024年,在市委、市政府的坚强领导下,我镇全力推进法治政府建设。现将青石镇2024年度法治政府建设工作情况汇报如下: 一、主要措施和成效 (一)强化组织引领,夯实法治根基。
        """)
    assert doc.meta.title == "中共青石镇委员会青石镇人民政府关于报送2024年度法治政府建设的报告"


def test_a_title_run_on_into_a_caption_of_its_reading_ends_there() -> None:
    doc = _doc("""
        2020年青州市政府工作报告 1月16日,市长青山在青州市第十五届人民代表大会第三次会议上作《政府工作报告》 各位代表:现在,我代表市人民政府,向大会报告政府工作。
        """)
    assert doc.meta.title == "2020年青州市政府工作报告"


def test_the_office_that_compiled_the_report_opens_the_title_its_opening_gives() -> None:
    doc = _doc("""
        本年报是根据《中华人民共和国政府信息公开条例》要求,由青州市财政局编制的2009年度政府信息公开年度报告。全文包括基本工作情况等部分。
        一、基本工作情况
        2009年,我局认真贯彻《条例》。
        """)
    assert doc.meta.title == "青州市财政局2009年度政府信息公开年度报告"


def test_a_bureaus_short_name_from_the_part_after_its_he_is_spelled_out_by_the_text() -> None:
    doc = _doc("""
        青河区计生局2010年度政府信息公开年度报告
        本报告是根据《中华人民共和国政府信息公开条例》要求,由青河区人口和计划生育局编制的2010年度政府信息公开年度报告。
        一 概述
        2010年,青河区人口和计划生育局加大政务公开力度。
        """)
    assert doc.meta.org == "青河区人口和计划生育局"


def test_a_zones_committee_named_without_its_place_takes_the_place_the_contact_gives() -> None:
    doc = _doc("""
        关于2016年政府信息公开工作的年度报告
        县政府办:
        为贯彻落实有关通知要求,现将工作情况报告如下。
        如对本年度报告有任何疑问,请联系:青河县工业园区管委会,电话:07972831622
        一、概述
        2016年,工业园区管委会认真贯彻落实《条例》。
        """)
    assert doc.meta.org == "青河县工业园区管委会"


def test_the_zone_whose_disclosure_a_report_is_compiled_on_writes_it() -> None:
    doc = _doc("""
        根据《中华人民共和国政府信息公开条例》(以下简称《条例》),结合青河港保税区政府信息公开情况编制。本年度报告由概述等六部分组成。
        一、概述
        本年度保税区认真贯彻落实《青河港保税区管理委员会政府信息公开指南》。
        """)
    assert doc.meta.org == "青河港保税区管理委员会"


def test_an_offices_line_over_a_title_that_gives_its_year_after_its_kind_starts_the_title() -> None:
    doc = _doc("""
        青河经济开发区管委会

        合集下载
          1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。
          2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。

        青河经济开发区管委会

        政府信息公开工作2013年度报告

        2013年,青河经济开发区管委会在《中华人民共和国政府信息公开条例》的指导下开展政府信息公开工作。
        """)
    assert doc.meta.title == "青河经济开发区管委会政府信息公开工作2013年度报告"


def test_a_sites_full_text_tag_glued_after_the_title_is_no_part_of_it() -> None:
    doc = _doc("""
        2018年青州市青河区政府工作报告全文
        ——2018年1月4日在青州市青河区第十六届人民代表大会第二次会议上
        各位代表:
        现在,我代表区人民政府向大会报告工作。
        """)
    assert doc.meta.title == "2018年青州市青河区政府工作报告"


def test_the_report_a_letter_sends_up_is_titled_past_a_junk_line_after_the_letters_title() -> None:
    doc = _doc("""
        青州市人民政府关于报送青州市2020年度政府信息公开工作年度报告的函
        31个省区市报告新增确诊病例文章属性
        【制定机关】青州市人民政府
        【公布日期】2021.03.03
        正文
        青州市人民政府关于报送青州市2020年度政府信息公开工作年度报告的函
        省政府信息公开办:
          现将《青州市2020年度政府信息公开工作年度报告》报来,请审示。
        青州市人民政府
          2021年3月3日
        青州市2020年度政府信息公开工作年度报告
          本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。
          一、总体情况
          2020年,青州市全面推进政务公开。
        """)
    assert doc.meta.title == "青州市2020年度政府信息公开工作年度报告"


def test_a_part_a_site_bullets_for_its_lost_number_is_a_heading() -> None:
    doc = _doc("""
        本年度报告根据《中华人民共和国政府信息公开条例》编制。
        - 总体情况
        (一)主动公开情况。强化重点领域公开。
        (二)依申请公开情况。进一步规范依申请公开答复办理流程。
        """)
    assert [(node.level, node.title) for node in doc.nodes] == [
        (1, "总体情况"), (2, "主动公开情况"), (2, "依申请公开情况")]


def test_a_dashed_subtitle_that_ends_as_the_title_does_is_not_the_title() -> None:
    doc = _doc("""
        [权威发布]青河省2017年法治政府建设情况报告

        ——我省法治政府建设进入发展新阶段暨青河省2017年法治政府建设情况报告

        2017年以来,青河省委、省政府深入推进依法行政。
        """)
    assert doc.meta.title == "青河省2017年法治政府建设情况报告"


def test_a_sumu_that_says_we_and_names_itself_once_writes_the_report() -> None:
    doc = _doc("""
        一、总体情况
        (一)政府信息公开工作机构和人员设置情况
        为促进政府信息公开,根据有关规定,我苏木成立青河诺尔苏木政府信息公开领导小组,专人负责信息公开工作。
        (二)主动公开政府信息情况
        截至2019年12月30日,我苏木主动公开143条信息。
        """)
    assert doc.meta.org == "青河诺尔苏木人民政府"


def test_a_sites_search_box_is_no_title() -> None:
    doc = _doc("""
        选择特殊符号
        选择搜索类型
        请输入搜索
        全市共接受市民咨询21567人次。
        2014年,我市在加强政府信息公开工作的组织和推进的基础上,进一步提升了公开质量。
        (一)注重平台建设,完善信息公开媒介。发挥青州政务网信息公开第一平台作用。
        """)
    assert doc.meta.title is None


def test_the_articles_own_title_with_its_year_before_the_writer_and_no_nian_wins() -> None:
    doc = _doc("""
        青州市2010年政府信息公开工作年度报告
        发布时间:2011-03-25


        2010青州市政府信息公开工作年度报告


        本年报根据《中华人民共和国政府信息公开条例》的要求编制。

        一、概述
        """)
    assert doc.meta.title == "2010青州市政府信息公开工作年度报告"


def test_a_watermark_of_three_capitals_is_read_as_one_and_the_part_under_it_found() -> None:
    doc = _doc("""
        (青河省)2021年青州市人民政府工作报告(全文)
        2021年1月19日在青州市第十四届人民代表大会第五次会议上VDT
        市长 青山VDT
        各位代表:VDT
        现在,我代表青州市人民政府向大会报告工作,请予审议。VDT
        2020年主要工作和十三五发展成就VDT
        刚刚过去的2020年,是非常特殊、极不平凡的一年。VDT
        全市上下坚持人民至上、生命至上,守住了北大门。VDT
        全市众志成城、矢志赶超,一举摘得全国文明城市。VDT
        全年克服经济下行压力,完成产业投资1450亿元。VDT
        """)
    assert [(node.level, node.title) for node in doc.nodes] == [(1, "2020年主要工作和十三五发展成就")]
    assert "".join(doc.text[start:end] for start, end in doc.markup) == "VDT" * 9


def test_the_own_title_under_a_headline_that_adds_its_writer_and_runs_its_subtitle_on_wins() -> None:
    doc = _doc("""
        当前位置:首页 > 政务公开 > 工作报告 > 政府工作报告
        青州市人民政府工作报告——2006年3月29日在青州市第四届人民代表大会第四次会议上
        来源:青州市人民政府  时间:2006-10-17 11:46:23  浏览:-
        字号:

        《政府工作报告》

        ——2006年3月29日在青州市第四届人民代表大会第四次会议上

        青州市市长 青山

          各位代表:
          现在,我代表市人民政府向大会作政府工作报告,请予审议。
        """)
    assert doc.meta.title == "《政府工作报告》"
    assert doc.meta.org == "青州市人民政府"


def test_a_row_of_links_to_sites_is_no_title_and_a_title_with_its_other_names_is_one() -> None:
    doc = _doc("""
        中国政府网 青州市人民政府网 镇街
        繁體版 无障碍 关怀版 智能机器人 注册
        您当前的位置:首页>>政务公开>>政府信息公开年报>>机关部门>>公共服务局

        青河高新技术产业开发区管理委员会公共服务局(青河高新技术产业开发区管理委员会退役军人事务局、青河高新技术产业开发区退役军人服务中心、青河高新技术产业开发区教育事务中心)2021年政府信息公开工作年度报告

        来源:公共服务局 发布时间:2022-01-29

        一、总体情况
        2021年,青河高新区公共服务局认真贯彻落实《中华人民共和国政府信息公开条例》。
        """)
    assert doc.meta.title is not None and doc.meta.title.startswith("青河高新技术产业开发区管理委员会公共服务局(")
    assert doc.meta.org == "青河高新技术产业开发区管理委员会公共服务局"


def test_a_gambling_sites_headline_over_a_hijacked_copy_is_no_title() -> None:
    doc = _doc("""
        bt365备用网站_365bet开户官网_365heart
        2022年,全市法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导。
        一、2022年我市法治政府建设主要举措和成效
        (一)坚持党的领导,聚力推进法治政府建设
        """)
    assert doc.meta.title is None


def test_a_county_that_says_this_county_and_names_itself_writes_its_report() -> None:
    doc = _doc("""
        本报告根据《中华人民共和国政府信息公开条例》和本县政府信息公开有关工作制度,以及2012年青河县各乡镇、各部门等政府信息公开工作年度报告编制。
        本报告中所列数据的统计期限为2012年1月1日至2012年12月31日止。如对本报告有任何疑问,请与bt365备用网址办公室联系(地址:青河县中山东街36号)。
        一、概述
        2012年,全县各级、各部门认真贯彻落实《条例》规定,有力推动了青河县服务政府建设。
        """)
    assert doc.meta.org == "青河县人民政府"
