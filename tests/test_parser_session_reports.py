"""Reports a department, a court or a standing committee reads to a congress (budget, final
accounts, the year's plan, audit, court and procuratorate, 人大常委会 and 政协 work reports), as
web pages print them. Invented short texts; each asserts what a reader states."""

from __future__ import annotations

import textwrap

import pytest

import parser
from parser.model import Document
from tests.tiling import assert_tiles


def _doc(text: str) -> Document:
    doc = parser.parse(textwrap.dedent(text).lstrip("\n"))
    assert_tiles(doc)
    return doc


@pytest.mark.parametrize(("speaker", "org"), [
    ("青岭区财政局局长 李某", "青山市青岭区财政局"),
    ("区财政局局长 李某", "青山市青岭区财政局"),
    # one who holds two offices reads for the last of them
    ("青山市青岭区政协副主席、财政局局长 李某", "青山市青岭区财政局"),
])
def test_a_department_head_reads_for_the_titled_place_department(speaker: str, org: str) -> None:
    doc = _doc(f"""
        青山市青岭区2022年预算执行情况和2023年预算草案的报告
        ——2023年2月9日在青山市青岭区第十八届人民代表大会第三次会议上
        {speaker}
        各位代表:
        受区人民政府委托,现将我区2022年预算执行情况和2023年预算草案报告如下,请予审议。
        一、2022年预算执行情况
        全区一般公共预算收入完成80亿元。
        """)
    assert doc.meta.org == org
    assert doc.meta.year == 2022


def test_a_byline_named_by_its_level_takes_the_place_the_title_opens_with() -> None:
    doc = _doc("""
        关于青岭县2021年财政决算的报告
        县财政局
        (2022年8月30日)
        主任、各位副主任、各位委员:
        受县人民政府的委托,现将2021年全县财政总决算草案有关情况报告如下:
        一、2021年决算情况
        全县一般公共预算收入完成9亿元。
        """)
    assert doc.meta.org == "青岭县财政局"


def test_a_place_named_after_its_year_is_the_place_not_the_year() -> None:
    doc = _doc("""
        2023年青岭县决算(草案)的报告
        主任、副主任、各位委员:
        受县人民政府委托,我代表县人民政府报告《2023年青岭县决算(草案)的报告》,请予审议。
        一、2023年青岭县决算总体情况
        2023年,在县委的坚强领导下,我局坚持稳中求进。
        """)
    assert doc.meta.org == "青岭县人民政府"


def test_an_untitled_plan_under_its_readers_byline_is_the_year_it_reviews() -> None:
    doc = _doc("""
        青岭市青山区第四届人民代表大会
        第五次会议文件之二
        ——2025年2月20日在青岭市青山区
        第四届人民代表大会第五次会议上
        青山区发展和改革局
        各位代表:
        受城区人民政府委托,现将青山区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请审议。
        一、2024年国民经济和社会发展计划执行情况
        全区生产总值增长5%。
        """)
    assert doc.meta.year == 2024


def test_an_untitled_plan_or_budget_is_the_year_it_reviews_and_its_reader_writes_it() -> None:
    doc = _doc("""
        ——2022年6月28日在青岭市第六届人民代表大会第一次会议上 青岭市发展和改革委员会主任 张某某
        各位代表:
        受市人民政府委托,现将青岭市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划(草案)提请审议。
        一、2021年国民经济和社会发展计划执行情况
        全市生产总值增长6%。
        """)
    assert doc.meta.speaker == "青岭市发展和改革委员会主任 张某某"
    assert doc.meta.org == "青岭市发展和改革委员会"
    assert doc.meta.year == 2021
    standing_committee = _doc("""
        ——2019年9月2日在青山市第七届人民代表大会常务委员会第二十八次会议上
        青山市财政局
        主任、各位副主任、秘书长、各位委员:
        青山市2018年预算执行情况已于今年初向市七届人大三次会议报告,决算草案已编成。
        2018年,全市各级财政部门坚持稳中求进。
        """)
    assert standing_committee.meta.year == 2018


def test_a_table_numbered_in_its_caption_holds_no_parts() -> None:
    doc = _doc("""
        青岭县人民政府关于2021年决算情况的报告
        一、全县收支决算情况
        (一)一般公共预算。
        2021年全县一般公共预算本级收入23亿元。
        表1:2021年全县一般公共预算收支决算平衡表
        单位:万元
        收入
        决算数
        一、本级收入
        238965
        二、上级补助收入
        318586
        (二)政府性基金预算。
        全县政府性基金预算收入5亿元。
        """)
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、"), (2, "(一)"), (2, "(二)")]


def test_an_audit_notice_title_goes_on_to_name_its_kind() -> None:
    doc = _doc("""
        青岭市审计局
        2022年第8号
        青岭市2020年度财政决算草案编制情况
        审计结果公告
        根据《中华人民共和国审计法》的规定,青岭市审计局对本级财政预算执行情况进行了审计。
        一、审计基本情况
        一般公共预算收入56亿元。
        """)
    assert doc.meta.title == "青岭市2020年度财政决算草案编制情况审计结果公告"


def test_a_column_name_over_a_title_wrapped_over_three_lines() -> None:
    doc = _doc("""
        财政报告
        发布日期:[2022-02-18] 浏览

        关于青山市青岭区2021年财政

        预算执行情况及2022年财政

        预算草案的报告

        2022年2月20日在青山市青岭区

        第二届人民代表大会第一次会议上

        青山市青岭区财政局局长

        各位代表:

        受区人民政府委托,现将青岭区2021年财政预算执行情况及2022年财政预算草案提请审议。

        一、2021年财政预算执行情况

        全区一般公共预算收入增长5%。
        """)
    assert doc.meta.title == "关于青山市青岭区2021年财政预算执行情况及2022年财政预算草案的报告"
    assert doc.meta.org == "青山市青岭区财政局"


@pytest.mark.parametrize("opening", [
    "现在,我代表青山市中级人民法院向大会报告工作,请予审议。",
    "我代表青山市人民检察院向大会报告工作,请予审议,并请市政协委员提出意见。",
])
def test_a_court_that_reports_its_work_writes_it_the_year_after_it_reviews(opening: str) -> None:
    doc = _doc(f"""
        各位代表:
        {opening}
        2020年,全市法院和检察机关坚持司法为民,各项工作取得新进展。
        一、服务发展大局
        审结案件1万件。
        """)
    assert doc.meta.org.startswith("青山市")
    assert doc.meta.year == 2021


def test_a_year_a_site_tags_the_title_with() -> None:
    doc = _doc("""
        首页>工作报告
        青山市人民检察院工作报告(2022)
        发布时间:2023-11-28
        各位代表:
        现在,我代表青山市人民检察院向大会报告工作,请予审议。
        2022年工作回顾
        一年来,全市检察机关履职尽责。
        """)
    assert doc.meta.year == 2022


def test_a_plugin_notice_and_a_welcome_banner_are_furniture() -> None:
    doc = _doc("""
        欢迎进入青山网!
        此页面上的内容需要较新版本的 Adobe Flash Player。
        获取 Adobe Flash Player
        搜索:
        当前位置: 首页 > 新闻
        青山市中级人民法院工作报告
        ——2020年1月9日在青山市第十四届人民代表大会第五次会议上
        青山市中级人民法院院长 王某某
        各位代表:
        现在,我代表青山市中级人民法院向大会报告工作,请予审议。
        2019年主要工作
        审结案件1万件。
        """)
    assert doc.meta.title == "青山市中级人民法院工作报告"
    assert doc.meta.org == "青山市中级人民法院"
    assert doc.meta.year == 2020


def test_a_prefecture_standing_committee_named_by_its_level() -> None:
    doc = _doc("""
        自治州人民代表大会常务委员会工作报告
        ——2025年1月10日在青山回族自治州第十六届人民代表大会第五次会议上
        自治州人大常委会主任 马某某
        各位代表:
        我受自治州人大常委会委托,向大会报告工作,请予审议。
        2024年主要工作
        一年来,州人大常委会依法履职。
        """)
    assert doc.meta.org == "青山回族自治州人民代表大会常务委员会"


def test_a_standing_committee_that_entrusts_its_work_report() -> None:
    doc = _doc("""
        各位代表:
        受青山市人大常委会的委托,我向大会报告工作,请予审议。
        2022年的主要工作
        2022年,是极不平凡的一年。面对复杂局面,全市上下迎难而上。
        """)
    assert doc.meta.org == "青山市人民代表大会常务委员会"


def test_a_cppcc_report_is_its_committee_s() -> None:
    wrapped = _doc("""
        中国人民政治协商会议 青山市第十四届委员会常务委员会工作报告
        信息来源:市政协大会秘书处  发布时间:2025-01-08
        中国人民政治协商会议
        青山市第十四届委员会常务委员会工作报告
        (2025年1月7日在政协青山市第十四届委员会第四次会议上)
        各位委员:
        我代表政协青山市第十四届委员会常务委员会,向大会报告工作,请予审议。
        一、2024年工作回顾
        一年来,市政协履职尽责。
        """)
    assert wrapped.meta.title == "中国人民政治协商会议 青山市第十四届委员会常务委员会工作报告"
    untitled = _doc("""
        ——2024年12月22日在政协青岭市第九届委员会第四次会议上的报告
        各位委员、同志们:
        我代表政协青岭市第九届委员会常务委员会,向大会报告工作,请予审议。
        回望2024:初心如磐担使命接续奋进谱新篇
        2024年,市政协高举旗帜,履职尽责。
        (一)把牢政治方向,强化思想引领
        坚持党的领导。
        """)
    assert untitled.meta.org == "中国人民政治协商会议青岭市委员会"
    assert [(s.level, s.marker) for s in untitled.nodes] == [(1, ""), (2, "(一)")]


def test_the_cppcc_name_on_a_line_of_its_own_under_a_toolbar() -> None:
    doc = _doc("""
        上一篇    下一篇
        放大 缩小 默认
        中国人民政治协商会议
        第十五届青山市青岭区委员会常务委员会工作报告
        (2025年5月27日在政协第十五届青山市青岭区委员会第四次会议上)
        各位委员:
        我代表政协第十五届青山市青岭区委员会常务委员会,向大会报告工作,请予审议。
        一、2024年工作回顾
        一年来,区政协履职尽责。
        """)
    assert doc.meta.title == "中国人民政治协商会议第十五届青山市青岭区委员会常务委员会工作报告"


def test_a_street_s_two_writers_with_its_name_said_twice() -> None:
    doc = _doc("""
        2022年,是党的二十大召开之年。一年来,青岭街党工委、青岭街道办事处在区委、区政府的领导下,忠诚履职。
        一、主要工作
        经济平稳运行。
        """)
    assert doc.meta.org == "青岭街道办事处"


def test_a_session_named_by_the_meeting_that_passed_the_report() -> None:
    doc = _doc("""
        (2022年1月2日青岭市第十七届人民代表大会第一次会议第四次大会通过)
        市人民政府市长 王某某
        各位代表:
        现在,我代表市人民政府,向大会作工作报告,请予审议。
        一、2021年工作回顾
        2021年,全市经济稳中向好。
        """)
    assert doc.meta.session == "青岭市第十七届人民代表大会第一次会议"
    assert doc.meta.org == "青岭市人民政府"


def test_a_breadcrumb_of_the_home_page_and_one_column() -> None:
    doc = _doc("""
        规划计划
        首页 规划计划
        发布机构: 市农业农村局 发文日期: 2025-01-01
        市农业农村局2024年工作总结和2025年工作计划
        点击数: 更新时间:2025-01-01
        今年以来,全市农业农村系统深入学习贯彻党的二十大精神。
        一、2024年工作总结
        粮食生产稳定。
        """)
    assert doc.meta.title == "市农业农村局2024年工作总结和2025年工作计划"


def test_a_marker_alone_on_its_line_is_titled_by_the_line_under_it() -> None:
    doc = _doc("""
        青岭旗2023年政府工作报告_亿元_发展_推进

        ——2023年2月23日 在青岭旗第十六届人民代表大会第二次会议上

        一、

        过去一年工作回顾

        2022年是新一届政府履职元年,也是青岭旗发展进程中极不平凡的一年。
        """)
    assert doc.meta.title == "青岭旗2023年政府工作报告"  # without the page's keyword tags
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [(1, "一、", "过去一年工作回顾")]


def test_a_group_sentence_a_page_wrapped_after_a_word_that_needs_the_next_is_no_heading() -> None:
    # (a report copied out of a PDF, its lines cut where the page's lines ended)
    doc = _doc("""
        2020年和“十三五”时期经济社会发展回顾
        刚过去的2020年,我们在市委的坚强领导下,迈出了坚实的步伐。
          过去一年,我们收获了一连串大事喜事,全市人民的
        自豪感更强、自信心更足。青河机场正式通航。青河港开港运营。
          过去一年,我们加速提升城乡品质,城市空间更大、
        颜值更高。新城建设全面提速。老城更新稳步推进。
        """)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "2020年和“十三五”时期经济社会发展回顾")]


def test_group_lines_without_their_full_stop_name_the_paragraphs_under_them() -> None:
    doc = _doc("""
        政府工作报告
        各位代表:
        一、2024年工作回顾
        过去的一年,旗人民政府坚持稳中求进,各项事业取得新进展。
        这一年,我们坚持系统谋划、精准施策,经济运行稳中有进
        深入贯彻新发展理念,全面做好“六稳”工作,着力解决发展不平衡问题。
        2024年全年预计地区生产总值增长4%,一般公共预算收入增长2%。
        这一年,我们坚持积蓄动能、释放活力,产业支撑不断增强
        坚持产业兴旗,着力推动产业转型升级。
        农牧业发展提质增效。落实高标准农田建设项目6万亩。
        工业经济稳步发展。扎实开展项目建设。
        """)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "2024年工作回顾"),
        (2, "这一年,我们坚持系统谋划、精准施策,经济运行稳中有进"),
        (2, "这一年,我们坚持积蓄动能、释放活力,产业支撑不断增强"),
    ]
    dashed = _doc("""
        一、2024年办事处工作回顾
        2024年是深入实施“十四五”规划攻坚之年。一年来,街道上下奋力拼搏。
        ——这一年,我们聚力转型闯关、奋力突破突围,经济运行承压奋进
        街道全年实现财政总收入25亿元,一般公共预算收入16亿元。
        招商引资精准发力。重点项目稳步推进,总投资6亿元。
        创新动能集聚成势。全年新培育国家高新技术企业8家。
        """)
    assert [(s.level, s.marker, s.title) for s in dashed.nodes if s.kind == "heading"] == [
        (1, "一、", "2024年办事处工作回顾"),
        (2, "", "这一年,我们聚力转型闯关、奋力突破突围,经济运行承压奋进"),
    ]
    over_points = _doc("""
        2020年工作回顾
        2020年,全镇上下齐心协力,较好完成了全年目标任务。
        一年来,我们坚持稳中求进,克难前行,镇域经济健康发展
        一是经济指标稳步发展。全镇生产总值增长5%。
        二是重点项目建设稳步推进。实施重点项目12个。
        """)
    assert [(s.kind, s.level, s.title) for s in over_points.nodes] == [
        ("heading", 1, "2020年工作回顾"), ("heading", 2, "一年来,我们坚持稳中求进,克难前行,镇域经济健康发展"),
        ("point", 3, "经济指标稳步发展"), ("point", 3, "重点项目建设稳步推进")]
    phrases = _doc("""
        各位代表:
        2020年,区法院在区委的领导下,忠实履行宪法和法律赋予的职责。
        围绕中心大局,护航经济社会发展
        全力服务保障疫情防控和经济社会发展,出台司法保障意见10条。
        依法惩治刑事犯罪。审结刑事案件900件。
        妥善化解民商事纠纷。审结民商事案件8000件。
        """)
    assert [(s.kind, s.title) for s in phrases.nodes][:2] == [
        ("heading", "围绕中心大局,护航经济社会发展"), ("lead", "依法惩治刑事犯罪")]


def test_a_letter_that_sends_the_report_up_is_not_its_title() -> None:
    doc = _doc("""
        关于上报《青岭区审计局2025年上半年工作总结和下半年工作安排》的报告
        区政府:
        2025年上半年,在区委、区政府的正确领导下,我局认真履行审计监督职责。现将有关情况报告如下。
        青岭区审计局
        2025年6月13日
        抄送:市审计局,区委、区人大。
        青岭区审计局2025年上半年工作总结和
        下半年工作安排
        2025年上半年,我局紧密围绕区委、区政府的中心工作,以党建为引领开展审计。
        一、上半年工作开展情况
        (一)强化党建引领,擦亮审计工作底色
        深入推进党支部建设。
        """)
    assert doc.meta.title == "青岭区审计局2025年上半年工作总结和下半年工作安排"
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, "一、"), (2, "(一)")]


def test_a_part_whose_first_number_was_lost_is_a_sibling_not_a_child() -> None:
    doc = _doc("""
        一、2024年工作情况
        1.及时调整公布社会救助标准。全市城乡低保标准提高5%。
        2.全面落实各项救助政策。发放救助资金1亿元。
        (二)健全养老服务体系
        1.提升养老服务质量。新建养老服务中心3个。
        二、2025年工作计划
        持续推进民生保障。
        """)
    assert [(s.level, s.marker) for s in doc.nodes] == [
        (1, "一、"), (2, "1."), (2, "2."), (2, "(二)"), (3, "1."), (1, "二、")]


def test_a_site_s_welcome_over_the_title_is_furniture() -> None:
    doc = _doc("""
        青山市西区人民政府网站欢迎你!

        关于西区2022年预算调整方案的报告

        发布时间:2023-01-13 来源:青山市西区财政局

        2022年12月30日在青山市西区十二届人民代表大会常务委员会第十次会议上

        区十二届人大常委会:

        我受区人民政府委托,现就西区2022年预算调整方案汇报如下,请予审议。

        一、2022年地方政府债务举借规模

        2022年,西区新增地方政府债券转贷收入4406万元。
        """)
    assert doc.meta.title == "关于西区2022年预算调整方案的报告"


def test_an_excerpt_that_opens_with_a_part_s_name_has_no_title() -> None:
    doc = _doc("""
        2017年以来工作回顾
        在省委的正确领导下,青山海事法院坚持司法为民,各项工作取得新进展。
        一、坚决扛起责任担当,服务保障战略大局
        (一)强化海洋权益保护
        审结案件1000件。
        """)
    assert doc.meta.title is None
    assert doc.meta.org == "青山海事法院"  # the subject of its first paragraph
    assert [(s.level, s.marker) for s in doc.nodes] == [(1, ""), (2, "一、"), (3, "(一)")]


def test_a_banner_by_its_short_name_is_named_in_full() -> None:
    doc = _doc("""
        2024年政府工作报告
        ——2024年3月12日在科右前旗第十八届人民代表大会第三次会议上
        各位代表:
        现在,我代表旗人民政府向大会报告工作,请予审议。
        一、2023年工作回顾
        全旗地区生产总值增长6%。
        """)
    assert doc.meta.org == "科尔沁右翼前旗人民政府"


def test_phrases_alone_over_points_name_them() -> None:
    doc = _doc("""
        一、2021年工作回顾
        一年来,青山镇认真贯彻落实上级决策部署,主要做了以下工作。
        坚持锚定发展目标,经济发展平稳运行
        一是坚持稳中求进工作总基调,各项经济指标持续向好。全年完成财政收入1亿元。
        二是大力招商引资。引进项目5个。
        """)
    assert [(s.kind, s.level, s.title) for s in doc.nodes] == [
        ("heading", 1, "2021年工作回顾"), ("heading", 2, "坚持锚定发展目标,经济发展平稳运行"),
        ("point", 3, "坚持稳中求进工作总基调,各项经济指标持续向好"), ("point", 3, "大力招商引资")]


@pytest.mark.parametrize("part", ["2016年工作和本届政府回顾", "关于2020年的工作"])
def test_a_review_of_the_term_and_a_standing_committee_s_year_name_parts(part: str) -> None:
    doc = _doc(f"""
        各位代表:
        现在,我向大会报告工作,请予审议。
        {part}
        过去的一年,我们坚持稳中求进。
        一、经济发展稳中有进,运行质态持续向好
        全年实现地区生产总值74亿元。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "", part), (2, "一、", "经济发展稳中有进,运行质态持续向好")]


def test_an_empty_metadata_row_over_the_title_is_furniture() -> None:
    doc = _doc("""
        文件编号: 发布机构: 青山乡
        文件效力:
        2020年青山乡政府工作报告
        发布日期:2020-01-18 11:52:44
        各位代表:
        现在,我代表青山乡人民政府向大会作政府工作报告,请予审议。
        一、2019年工作回顾
        全年实现财政收入1亿元。
        """)
    assert doc.meta.title == "2020年青山乡政府工作报告"


def test_a_congress_work_report_opening_with_its_year_reviews_it() -> None:
    doc = _doc("""
        青山区人民检察院检察长 李某某
        2022年,我院在区委和市检察院领导下,自觉接受区人大监督,忠诚履行检察职能。
        一、坚守安全底线,全力建设平安青山
        全年审查逮捕各类犯罪嫌疑人609件。
        """)
    assert doc.meta.org == "青山区人民检察院"
    assert doc.meta.year == 2023  # read to the congress of the year after


@pytest.mark.parametrize(("opening", "org"), [
    # the government of its level, the subject after the clauses that say when and under whom
    ("2023年,在市委、市政府和区委的坚强领导下,在区人大常委会的监督支持下,区政府坚持依法行政。"
     "制定《朔城区2023年度法治政府建设工作要点》。", "朔城区人民政府"),
    # a street by its short name, in front of what it did it under
    ("2021年,洛浦街在区委、区政府的正确领导下,坚持以习近平法治思想作为指导。", "洛浦街道办事处"),
    # an autonomous county by its short name, after a year run into its first clause
    ("2022年在县委、县政府的坚强领导下,在上级司法行政部门的关怀指导下,镇宁自治县坚持依法行政。",
     "镇宁布依族苗族自治县人民政府"),
    # a level typed twice
    ("2022年,元谋县县卫生健康局在县委、县政府的坚强领导下,全面推进依法行政。", "元谋县卫生健康局"),
])
def test_the_writer_an_untitled_opening_names(opening: str, org: str) -> None:
    doc = _doc(f"""
        {opening}
        一、主要举措和成效
        (一)加强组织领导。成立工作领导小组。
        """)
    assert doc.meta.org == org


def test_a_department_s_byline_with_its_reader_s_name_and_a_title_wrapped_before_its_second_year() -> None:
    doc = _doc("""
        关于2023年国民经济和社会发展计划执行情况
        与2024年国民经济和社会发展计划报告
        ——2024年1月5日在青山县第十九届人民代表大会第三次会议上
        青山县发展和改革局 刘某某
        主任、副主任、各位代表:
        我受县政府委托,向大会报告2023年国民经济和社会发展计划执行情况,请予审议。
        一、2023年国民经济和社会发展计划执行情况
        全县地区生产总值增长6%。
        """)
    assert doc.meta.title == "关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划报告"
    assert doc.meta.org == "青山县发展和改革局"
    assert doc.meta.speaker == "青山县发展和改革局 刘某某"


def test_a_standing_committee_s_title_wrapped_after_its_congress() -> None:
    doc = _doc("""
        青山县人民代表大会
        常务委员会工作报告
        ——2021年1月14日在青山县第十五届人民代表大会第七次会议上
        青山县人大常委会主任 王某某
        各位代表:
        我受县人大常委会的委托,向大会报告工作,请予审议。
        一、加强党的领导,坚定正确方向
        """)
    assert doc.meta.title == "青山县人民代表大会常务委员会工作报告"
    assert doc.meta.org == "青山县人民代表大会常务委员会"


def test_the_day_a_speech_was_read_on_a_line_of_its_own_under_its_reader() -> None:
    doc = _doc("""
        政府工作报告
        ——在青山镇第十届人民代表大会第一次会议上
        王某某
        (2016年11月24日)
        各位代表:
        现在,受镇人民政府委托,我向大会作工作报告,请予审议。
        一、过去五年工作回顾
        过去的五年,全镇经济实现跨越发展。
        """)
    assert doc.meta.delivered == "2016-11-24"
    assert doc.meta.year == 2016


def test_the_government_of_an_autonomous_region_reads_to_its_congress() -> None:
    doc = _doc("""
        政府工作报告
        ——2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上
        自治区主席 王某某
        各位代表:
        现在,我代表自治区人民政府,向大会报告工作,请予审议。
        一、2023年工作回顾
        全区地区生产总值增长7%。
        """)
    assert doc.meta.org == "内蒙古自治区人民政府"


def test_a_region_s_department_takes_the_one_province_its_text_names() -> None:
    doc = _doc("""
        自治区农业农村厅2024年工作情况和2025年工作安排
        2024年以来,我厅深入贯彻落实习近平总书记关于“三农”工作的重要论述和关于广西工作论述的重要要求。
        一、2024年工作情况
        (一)粮食生产再获丰收。
        """)
    assert doc.meta.org == "广西壮族自治区农业农村厅"


def test_an_office_by_the_short_name_the_text_gives_it() -> None:
    doc = _doc("""
        自治区北部湾办2022年政府信息公开工作年度报告
        本年度报告由广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办)编制。
        一、总体情况
        2022年,自治区北部湾办认真贯彻落实政府信息公开条例。
        """)
    assert doc.meta.org == "广西壮族自治区北部湾经济区规划建设管理办公室"


def test_a_city_s_market_regulator_named_by_its_level() -> None:
    # ``市市场监管局``: the level, then a department whose name starts with 市场
    doc = _doc("""
        2023年,市市场监管局在市委市政府的坚强领导下,深入学习贯彻习近平法治思想。
        一、主要举措
        (一)完善制度。推动出台《绍兴市电梯安全条例》。
        """)
    assert doc.meta.org == "绍兴市市场监管局"


def test_a_department_that_reports_about_itself() -> None:
    doc = _doc("""
        关于青山新区司法局2024年度法治政府建设情况的报告
        索引号 发布机构 司法局(行政复议局)
        公开类别 主动公开 发布时间 2025-03-31
        2024年,区司法局持续深入学习贯彻习近平法治思想。
        一、主要举措和成效
        """)
    assert doc.meta.org == "青山新区司法局"


def test_the_subject_after_what_the_year_was() -> None:
    doc = _doc("""
        2022年是“十四五”规划承上启下的关键之年,也是开启新征程的重要一年,城西街道在区委、区政府的正确领导下,锐意进取。
        一、2022年工作总结
        (一)经济发展稳中有进。
        """)
    assert doc.meta.org == "城西街道办事处"


def test_a_cppcc_standing_committee_s_look_back_at_the_year_is_a_part() -> None:
    doc = _doc("""
        各位委员,各位同志:
        我受政协青山县第十届委员会常务委员会委托,向大会报告工作,请予审议。
        过去一年的工作
        2020年是非常不平凡的一年。
        一、以坚持党的领导为根本,政治站位更加坚定
        全年召开常委会会议6次。
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "", "过去一年的工作"), (2, "一、", "以坚持党的领导为根本,政治站位更加坚定")]


def test_a_page_printed_as_one_line_opens_with_the_paragraph_its_first_heading_goes_on_with() -> None:
    doc = _doc("""
        一、2022年工作总结 2022年,青山街道坚持以习近平新时代中国特色社会主义思想为指导,在区委区政府的正确领导下,顺利完成了年度确定的目标任务。 (一)精准服务、知压奋进,发展态势持续向好。一是为企服务更富魅力。走访企业300家。
        """)
    assert doc.meta.org == "青山街道办事处"


def test_a_subtitle_wrapped_past_a_series_label_and_its_reader() -> None:
    doc = _doc("""
        关于青山县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告
        青山县十八届人大
        四次会议文件(二)
        关于青山县2024年国民经济和社会发展计划
        执行情况与2025年计划草案的报告
        ——2024年12月29日在青山县第十八届人民代表大会
        第四次会议上
        青山县发展和改革委员会主任 潘 某
        各位代表:
        受县政府委托,现将2024年国民经济和社会发展计划执行情况与2025年计划草案的书面报告提请会议审议。
        一、2024年国民经济和社会发展计划执行情况
        全县地区生产总值增长6%。
        """)
    assert doc.meta.session == "青山县第十八届人民代表大会第四次会议"
    assert doc.meta.speaker == "青山县发展和改革委员会主任 潘某"
    assert doc.meta.org == "青山县发展和改革委员会"


def test_a_site_s_widgets_and_exit_notice_are_furniture() -> None:
    doc = _doc("""
        站群导航
        AQI
          • 轻度污染
          • 中度污染
        您访问的链接即将离开“青山镇人民政府”门户网站 是否继续?
        继续访问放弃
        2025年上半年政府工作报告
        ——2025年8月13日在青山镇第十八届人民代表大会第五次会议上
        青山镇镇长 陈某某
        各位代表:
        现在,我代表青山镇人民政府向大会报告工作,请予审议。
        2025年上半年工作回顾
        """)
    assert doc.meta.title == "2025年上半年政府工作报告"
    assert doc.meta.org == "青山镇人民政府"  # 上半年 is when, not who


def test_a_government_named_by_its_level_takes_the_title_s_place() -> None:
    doc = _doc("""
        海西州2020年度法治政府建设工作报告
        索 引 号  zzf/2021-00044  发布机构  州政府
        2020年,海西州坚持以习近平新时代中国特色社会主义思想为指导。
        一、主要举措
        """)
    assert doc.meta.org == "海西蒙古族藏族自治州人民政府"


def test_a_document_number_before_the_title_and_a_lone_hash() -> None:
    doc = _doc("""
        #
        长政发〔2021〕1号长海县2020年度法治政府建设情况报告
        2021-01-05
        2020年,我县坚持以习近平法治思想为指导。
        一、主要举措和成效
        """)
    assert doc.meta.title == "长海县2020年度法治政府建设情况报告"
    assert doc.meta.org == "长海县人民政府"


@pytest.mark.parametrize(("opening", "org"), [
    ("2024年,景德镇市坚持以习近平法治思想为指导。", "景德镇市人民政府"),  # a city, not a town
    # the one autonomous prefecture the text names, by its place's name alone
    ("2024年,州政府办公室认真践行习近平法治思想,深入实施《西双版纳法治政府建设实施纲要》。",
     "西双版纳傣族自治州人民政府办公室"),
])
def test_a_place_the_table_of_divisions_tells(opening: str, org: str) -> None:
    doc = _doc(f"""
        {opening}
        一、主要举措
        (一)强化政治引领。
        """)
    assert doc.meta.org == org


def test_a_group_line_set_off_by_a_dash_names_what_follows() -> None:
    doc = _doc("""
        一、2024年工作回顾
        2024年是实现十四五规划目标任务的关键一年。
        ——这一年,我们以发展眼光持续优化产业结构,基础支撑更加牢固
        现代农业质效双增实现一产增加值增长4.6%
        """)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "2024年工作回顾"), (2, "这一年,我们以发展眼光持续优化产业结构,基础支撑更加牢固")]


def test_a_city_s_party_committee_and_government_after_the_year_is_said() -> None:
    doc = _doc("""
        2021年时间节点特殊,是“十四五”规划开局之年,也是“八五”普法启动年。这一年,唐山市委、市政府以习近平法治思想为指导,着力打造法治政府。
        一、主要举措
        """)
    assert doc.meta.org == "唐山市人民政府"


def test_an_office_a_later_sentence_names_is_not_the_subject() -> None:
    doc = _doc("""
        本年度报告依据条例编制,全文包括总体情况等部分。如对本报告有任何疑问,请与青山市人民政府办公室联系。
        一、总体情况
        """)
    assert not (doc.meta.org or "").startswith("请与")


def test_a_standing_committee_s_year_of_work_is_a_part() -> None:
    doc = _doc("""
        各位代表:
        我受区人大常委会委托,向大会报告工作,请予审议。
        2018年工作情况
        过去一年,区人大常委会坚持党的领导。
        一、聚焦“发展高质量”,致力促进经济发展提质增效
        """)
    assert [(s.level, s.marker, s.title) for s in doc.nodes] == [
        (1, "", "2018年工作情况"), (2, "一、", "聚焦“发展高质量”,致力促进经济发展提质增效")]


def test_a_department_s_party_group_writes_over_its_title() -> None:
    doc = _doc("""
        中共青山市交通运输局党组
        2022年度法治政府建设报告
        2022年,市交通运输局党组坚持以习近平法治思想为指导。现将有关情况报告如下:
        一、2022年推进法治政府建设主要举措、成效和不足
        """)
    assert doc.meta.title == "中共青山市交通运输局党组2022年度法治政府建设报告"
    assert doc.meta.org == "中共青山市交通运输局党组"



def test_a_budget_title_wrapped_after_its_join_is_the_department_s_that_put_it_up() -> None:
    doc = _doc("""
        - 发布机构:青山市财政局
        青山市2024年预算执行情况及
        2025年预算草案报告
        ——2024年12月30日在青山市第十八届人民代表大会第四次会议上
        各位代表:
        受市人民政府委托,现将青山市2024年预算执行情况及2025年预算草案提请大会审议。
        一、2024年预算执行情况
        """)
    assert doc.meta.title == "青山市2024年预算执行情况及2025年预算草案报告"
    assert doc.meta.org == "青山市财政局"
    assert doc.meta.year == 2024


def test_a_subtitle_wrapped_under_the_title_said_again_after_a_teaser() -> None:
    doc = _doc("""
        中国人民政治协商会议第八届青山市委员会常务委员会工作报告
        中国人民政治协商会议第八届青山市委员会常务委员会工作报告各位委员:我受常务委员会委托,向大会报告工作。
        中国人民政治协商会议
        第八届青山市委员会常务委员会工作报告
        (2022年2月17日在政协第九届
        青山市委员会第一次会议上)
        各位委员:
        我受政协第八届青山市委员会常务委员会委托,向大会报告工作,请予审议。
        过去五年工作回顾
        """)
    assert doc.meta.delivered == "2022-02-17"
    assert doc.meta.year == 2022


@pytest.mark.parametrize(("lines", "part"), [
    ("2015年国民经济\n和社会发展计划执行情况", "2015年国民经济和社会发展计划执行情况"),
    ("党建引领 政治铸魂\n建设高素质法院队伍", "党建引领 政治铸魂"),
])
def test_a_part_s_name_printed_as_two_lines_with_a_year_or_two_phrases(lines: str, part: str) -> None:
    first, second = lines.split("\n")
    doc = _doc(f"""
        各位代表:
        受区人民政府委托,现将有关情况报告如下,请予审议。
        {first}
        {second}
        2015年,面对复杂的宏观形势和繁重的工作任务,在区委的正确领导下,全区经济社会保持平稳健康发展,各项工作取得新成效。
        一、经济发展迈上新台阶
        """)
    assert [(s.level, s.title) for s in doc.nodes if s.kind == "heading"][0] == (1, part)


def test_an_audit_report_read_for_the_government_is_its_source_department_s() -> None:
    doc = _doc("""
        青山市青岭区人民政府
        青岭区2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告
        来源:青岭区审计局 发布时间:2025-06-18
        ——2025年6月在青岭区八届人大常委会第三十九次会议上
        区人大常委会:
        受区政府委托,现向区人大常委会报告审计查出问题整改情况,请予审议。
        一、审计整改工作部署落实情况
        """)
    assert doc.meta.org == "青岭区审计局"


def test_a_township_congress_presidium_reports_for_itself() -> None:
    doc = _doc("""
        2024年人大主席团工作报告
        镇五届人大五次会议
        ——青山镇人民代表大会主席团工作报告
        各位代表、同志们:
        受青山镇第五届人民代表大会主席团委托,由我向大会作工作报告,请予审议。
        2024年工作回顾
        """)
    assert doc.meta.org == "青山镇人民代表大会主席团"


def test_a_new_area_s_work_report_is_its_committee_s() -> None:
    doc = _doc("""
        青山新区2016年政府工作报告
        同志们:
        根据会议安排,我代表新区管委会向大会报告工作。
        2015年工作回顾
        """)
    assert doc.meta.org == "青山新区管理委员会"


def test_a_work_report_dated_under_its_title_is_that_year_s() -> None:
    doc = _doc("""
        青山新区工作报告
        (2024年1月)
        根据会议安排,现将青山新区2023年工作情况和2024年工作安排报告如下。
        一、2023年主要工作完成情况
        """)
    assert doc.meta.year == 2024
    assert doc.meta.org == "青山新区管理委员会"


def test_a_zone_s_budget_reported_about_itself_is_its_committee_s() -> None:
    doc = _doc("""
        关于青山经济技术开发区2022年预算执行情况与2023年预算草案的报告
        各位领导:
        根据预算法规定,现提出2022年预算执行情况与2023年预算草案,请予审查。
        一、2022年预算执行情况
        """)
    assert doc.meta.org == "青山经济技术开发区管理委员会"


def test_a_speechs_subtitle_under_a_covering_notice_still_says_when_and_where_it_was_read() -> None:
    doc = _doc("""
        青山区人民政府关于印发2021年政府工作报告的通知
        各镇人民政府,区政府各部门:
        《政府工作报告》已经区第七届人民代表大会第五次会议审议通过,现印发给你们,请认真贯彻执行。
        青山区人民政府
        2021年3月6日
        (此件主动公开)

        ——2021年3月2日在青岭市青山区第七届人民代表大会

        第七次会议上

        区长 王某某
        各位代表:
        现在,我代表区人民政府,向大会报告工作,请予审议。
        """)
    assert doc.meta.delivered == "2021-03-02"
    assert doc.meta.session == "青岭市青山区第七届人民代表大会第七次会议"


def test_the_day_said_with_where_it_was_read_is_the_day_delivered_even_with_its_month_lost() -> None:
    doc = _doc("""
        青山市第四届人民代表大会第七次会议
            青山市中级人民法院工作报告
            2021-01-28
            青山市中级人民法院工作报告
            2021年120日在青山市第四届人民代表大会第七次会议上
            青山市中级人民法院院长  王某某
        各位代表:
        现在,我代表青山市中级人民法院向大会报告工作,请予审议。
        """)
    assert doc.meta.delivered == "2021-01-20"
    assert doc.meta.published == "2021-01-28"


def test_a_work_report_read_to_a_session_named_short_is_its_places_government() -> None:
    doc = _doc("""
        政府工作报告——在青石市五届人大三次会议上
        访问量:
        政府工作报告
        ——2018年1月6日在青石市第五届人民代表大会第三次会议上
        市长王某某
        各位代表:
        现在,我代表市人民政府向大会报告工作,请予审议。
        一、2017年工作回顾
        2017年是党的十九大胜利召开之年,是极不平凡的一年。习近平总书记在全国深度贫困地区脱贫攻坚座谈会上对我市工作作出重要指示。
        """)
    assert doc.meta.org == "青石市人民政府"


def test_where_a_leader_spoke_is_no_writer() -> None:
    doc = _doc("""
        2017年是党的十九大胜利召开之年,是极不平凡的一年。习近平总书记在全国深度贫困地区脱贫攻坚座谈会上对我市工作作出重要指示。
        一、2017年工作回顾
        全市经济平稳运行。
        """)
    assert doc.meta.org is None  # (the text names no writer)


def test_a_budget_read_by_its_bureaus_head_named_short_is_the_bureaus() -> None:
    doc = _doc("""
        (青山省)白河市青山区2022年预算执行情况和2023年预算草案的报告
        关于白河市青山区2022年预算执行情况和2023年预算草案的报告
        ——2023年3月6日在青山区第十四届人民代表大会第三次会议上
        青山区财政局长 王某某
        各位代表:
        受区政府委托,现将2022年预算执行情况和2023年预算草案提请会议审议。
        一、2022年财政预算执行情况
        全区财政运行平稳。
        """)
    assert doc.meta.org == "白河市青山区财政局"


def test_the_reader_run_on_after_the_subtitle_without_a_space_reads_it() -> None:
    doc = _doc("""
        关于青河区2022年预算执行情况和2023年预算草案的报告
        —— 2022年12月27日在青河区第八届人民代表大会第二次会议上青河区财政局局长  张三
        各位代表:
        受区人民政府委托,现将青河区2022年预算执行情况和2023年预算草案提请大会审议。
        一、2022年预算执行情况
        2022年,全区一般公共预算收入完成12亿元。
        """)
    assert (doc.meta.speaker, doc.meta.org) == ("青河区财政局局长 张三", "青河区财政局")


def test_an_autonomous_countys_head_by_level_reads_for_the_session_s_county() -> None:
    doc = _doc("""
        政府工作报告
        ——2021年7月29日在青河满族自治县第十五届人民代表大会第三次会议上
        自治县人民政府代理县长 张三
        各位代表:
        现在,我代表自治县人民政府向大会报告工作。
        一、上半年工作回顾
        """)
    assert doc.meta.org == "青河满族自治县人民政府"


def test_a_standing_committees_own_title_under_the_sites_headline_its_name_on_a_line_of_its_own() -> None:
    doc = _doc("""
        首页/ 政府信息公开 / 政府工作报告 / 正文

        2023年青河县人民代表大会常务委员会工作报告

        青河县人民代表大会常务委员会

        工 作 报 告

        ——2023年2月1日在青河县第十八届人民代表大会第三次会议上

        青河县人大常委会主任 张三

        各位代表:
        现在,我代表县人民代表大会常务委员会向大会报告工作。
        一、2022年主要工作
        """)
    assert doc.meta.title == "青河县人民代表大会常务委员会工作报告"
