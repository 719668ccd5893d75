"""The parser against the genre, not just the five seeds.

Each test reproduces one structural feature seen in published reports — 法治政府建设年度报告 of
街道, 乡镇, 区县, 市局 and 省厅 offices, 政府工作报告 read to a people's congress, 工作总结
reposted by template sites — in a short text of its own (invented place names, abridged
wording: the structure and the tricky lines are what matter). Each asserts what a careful
reader of that report sees: the outline, the title and signature, which lines are page debris,
and that no text is lost (the spans tile the text).

Tests marked ``xfail(strict=True)`` describe reports the parser does not read correctly yet;
the reason names the rule that misreads them. They start passing (and must then be unmarked)
when the parser learns the case.
"""

from __future__ import annotations

import codecs
import textwrap
from pathlib import Path

import pytest

import parser
from parser.model import Document, Section, Span
from tests.tiling import assert_tiles


def _doc(text: str) -> Document:
    """Parse an indented triple-quoted report; every test also checks that the spans tile."""
    doc = parser.parse(textwrap.dedent(text).lstrip("\n"))
    assert_tiles(doc)
    return doc


def _outline(doc: Document) -> list[tuple[str, int, str, str]]:
    return [(s.kind, s.level, s.marker, s.title) for s in doc.nodes]


def _text(doc: Document, span: Span) -> str:
    return doc.text[span[0]:span[1]]


def _debris(doc: Document) -> list[str]:
    return [_text(doc, span).strip() for span in doc.debris]


def _titles(doc: Document) -> list[str]:
    return [_text(doc, span).strip() for span in doc.title_lines]


def _back(doc: Document) -> str:
    return _text(doc, doc.back).strip()


def _section(doc: Document, title: str) -> Section:
    return next(s for s in doc.nodes if s.title == title)


# --- Numbering: families, depths, slips -------------------------------------------------------


def test_top_level_paren_numbering_is_depth_one() -> None:
    # Community and sub-district 工作总结 often start at (一) and never use 一、.
    doc = _doc("""
        青石社区2023年工作总结
        今年以来，青石社区在街道党工委领导下扎实开展各项工作。
        （一）党建引领
        1.加强组织建设。召开支部会议12次。
        2.开展主题教育。组织集中学习。
        （二）民生服务
        1.做好养老服务。开展老年助餐。
        （三）下一步计划
        一是加强队伍建设；
        二是提升服务水平。
        """)
    assert _outline(doc) == [
        ("heading", 1, "（一）", "党建引领"),
        ("heading", 2, "1.", "加强组织建设"),
        ("heading", 2, "2.", "开展主题教育"),
        ("heading", 1, "（二）", "民生服务"),
        ("heading", 2, "1.", "做好养老服务"),
        ("heading", 1, "（三）", "下一步计划"),
        ("point", 2, "一是", "加强队伍建设"),
        ("point", 2, "二是", "提升服务水平"),
    ]


def test_arabic_numbering_continued_across_parents_stays_under_each_parent() -> None:
    # A 区 report numbers its third level 1–5 straight through, across (一) (二) (三).
    doc = _doc("""
        临江区2020年法治政府建设情况报告
        2020年，临江区坚持以习近平新时代中国特色社会主义思想为指导，依法全面履行政府职能。
        一、2020年推进法治政府建设的主要举措和成效
        （一）加强法治政府建设组织领导
        1.加强党对法治政府建设的领导。区委常委会研究部署法治政府建设工作。
        2.强化考核评价和督促检查。将法治建设成效纳入绩效考核。
        （二）依法全面履行政府职能
        3.深化行政审批制度改革。一是梳理各类事项清单，实行动态管理。
        4.优化法治化营商环境。推行证明事项告知承诺制。
        （三）推进严格规范公正文明执法
        5.落实行政执法三项制度。公示执法信息。
        二、存在的不足和原因
        基层执法力量薄弱。
        """)
    second = _section(doc, "依法全面履行政府职能")
    assert [(c.marker, c.level) for c in second.children] == [("3.", 3), ("4.", 3)]
    assert [(c.marker, c.level) for c in _section(doc, "推进严格规范公正文明执法").children] == [
        ("5.", 3)]
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_repeated_paren_number_is_a_sibling_not_a_child() -> None:
    # A slip: (二) written twice, then (四).
    doc = _doc("""
        柳河镇2023年法治政府建设工作总结
        2023年，柳河镇深入推进依法行政。
        一、主要工作
        （一）强化组织领导
        组建领导小组。
        （二）规范重大决策
        落实合法性审查。
        （二）严格行政执法
        规范执法程序。
        （四）深化法治宣传
        开展宪法宣传周活动。
        二、存在问题
        学法不够深入。
        """)
    first = doc.sections[0]
    assert [(c.marker, c.level) for c in first.children] == [
        ("（一）", 2), ("（二）", 2), ("（二）", 2), ("（四）", 2)]
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_top_level_written_as_arabic_takes_the_missing_slot() -> None:
    # 一、 二、 3、 四、: the third part heading was typed with the wrong marker, right after
    # 二's own 1、 2、 3、 items.
    doc = _doc("""
        柳河镇2023年法治政府建设工作总结
        2023年，柳河镇深入推进依法行政。
        一、主要工作
        组建领导小组。
        二、存在问题
        1、学法不够深入。
        2、执法力量薄弱。
        3、宣传形式单一。
        3、下一步打算
        （一）加强学习。
        （二）充实队伍。
        四、其他事项
        无。
        """)
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "主要工作"), ("二、", "存在问题"), ("3、", "下一步打算"), ("四、", "其他事项")]
    slipped = doc.sections[2]
    assert slipped.inferred_ordinal == 3
    assert [c.marker for c in slipped.children] == ["（一）", "（二）"]


def test_mixed_width_and_separator_markers_are_one_family_each() -> None:
    # Word-processed text mixes 、 . ． , full-width digits and brackets of either width.
    doc = _doc("""
        白沙市城市管理局2023年法治政府建设工作报告
        2023年，市城市管理局坚持依法行政。
        一. 主要工作
        1、完善制度。修订执法细则。
        2．规范执法。推行说理式执法。
        （1）首违不罚。办理案件20件。
        (2)轻微免罚。办理案件35件。
        ⑶信用修复。指导企业修复信用。
        ３．强化监督。开展案卷评查。
        二.存在问题
        执法力量不足。
        """)
    assert _outline(doc) == [
        ("heading", 1, "一.", "主要工作"),
        ("heading", 2, "1、", "完善制度"),
        ("heading", 2, "2．", "规范执法"),
        ("heading", 3, "（1）", "首违不罚"),
        ("heading", 3, "(2)", "轻微免罚"),
        ("heading", 3, "⑶", "信用修复"),
        ("heading", 2, "３．", "强化监督"),
        ("heading", 1, "二.", "存在问题"),
    ]


def test_paren_arabic_under_arabic_and_circled_under_paren_arabic() -> None:
    # A 市场监管局 report goes five levels deep: 一、 (一) 1. (1) ①.
    doc = _doc("""
        清溪区市场监督管理局2023年法治政府建设工作报告
        2023年，我局坚持严格规范公正文明执法。
        一、主要工作
        （一）规范行政执法
        1.落实行政执法三项制度。全面推行公示制度。
        （1）执法公示。公示行政处罚案件120件。
        （2）全过程记录。配备执法记录仪。
        ①音像记录。覆盖现场检查。
        ②文字记录。规范执法文书。
        （3）法制审核。审核重大执法决定15件。
        2.开展专项整治。查办案件。
        （二）优化营商环境
        推行告知承诺制。
        二、存在问题
        执法人员不足。
        """)
    assert [(s.marker, s.level) for s in doc.nodes] == [
        ("一、", 1), ("（一）", 2), ("1.", 3), ("（1）", 4), ("（2）", 4), ("①", 5), ("②", 5),
        ("（3）", 4), ("2.", 3), ("（二）", 2), ("二、", 1)]


def test_family_used_at_two_depths_keeps_paren_sections_above_it() -> None:
    # A 乡 report lists 1. 2. straight under its first part, then uses （一） → 1. in the second.
    doc = _doc("""
        云峰乡2023年度法治政府建设情况报告
        2023年，云峰乡深入推进依法行政，法治政府建设取得新成效。
        一、基本情况
        1.机构设置。设立司法所和综合行政执法队。
        2.人员配备。配备专职法治工作人员3名。
        二、主要举措
        （一）加强组织领导
        1.完善领导机制。成立法治政府建设领导小组。
        2.压实工作责任。签订目标责任书。
        （二）规范行政执法
        1.落实三项制度。公示执法信息。
        三、存在问题
        执法力量不足。
        """)
    assert [(s.marker, s.level) for s in doc.nodes] == [
        ("一、", 1), ("1.", 2), ("2.", 2),
        ("二、", 1), ("（一）", 2), ("1.", 3), ("2.", 3), ("（二）", 2), ("1.", 3),
        ("三、", 1)]


def test_part_headings_hold_cn_sections() -> None:
    # A 县 government work report in two 部分, each restarting 一、.
    doc = _doc("""
        清溪县人民政府2023年工作报告
        第一部分 2023年工作回顾
        一、经济运行稳中有进
        全县地区生产总值增长6%。
        二、民生福祉持续增进
        新增城镇就业3000人。
        第二部分 2024年工作安排
        一、扩大有效投资
        谋划重点项目100个。
        二、保障和改善民生
        办好十件民生实事。
        """)
    assert [(s.marker, s.title, [c.marker for c in s.children]) for s in doc.sections] == [
        ("第一部分", "2023年工作回顾", ["一、", "二、"]),
        ("第二部分", "2024年工作安排", ["一、", "二、"]),
    ]


def test_chapter_without_space_and_articles_numbered_across_chapters() -> None:
    # A 县政府工作规则: 第一章总则 (no space), articles 一、… numbered straight through.
    doc = _doc("""
        清溪县人民政府工作规则
        第一章总则
        一、为规范县政府工作，提高行政效能，制定本规则。
        二、县政府工作的指导思想是依法行政。
        第二章   组成人员和政府职能
        三、县政府由县长、副县长组成。
        四、县政府实行县长负责制。
        第三章 依法决策
        五、县政府重大行政决策应当经过合法性审查。
        """)
    assert [(s.marker, s.title, [c.marker for c in s.children]) for s in doc.sections] == [
        ("第一章", "总则", ["一、", "二、"]),
        ("第二章", "组成人员和政府职能", ["三、", "四、"]),
        ("第三章", "依法决策", ["五、"]),
    ]


# --- Inline headings and points ---------------------------------------------------------------


def test_inline_paren_heading_ends_at_first_full_stop() -> None:
    # 乡镇 reports run (一) headings into their paragraph; some end the heading line with 。.
    doc = _doc("""
        云峰乡2025年度法治政府建设工作情况报告
        2025年，云峰乡认真落实上级各项工作部署。现将一年来工作情况报告如下：
        一、2025年度工作总体情况
        （一）加强组织领导，强化责任落实。
        乡党委政府始终将法治政府建设工作列入重要议事日程。
        （二）夯实理论武装，保障法治建设有序开展。一是坚持知行合一；二是加强学习。
        二、存在问题
        学法用法氛围不浓。
        """)
    first, second = doc.sections[0].children
    assert first.title == "加强组织领导，强化责任落实"
    assert _text(doc, first.body).strip() == "乡党委政府始终将法治政府建设工作列入重要议事日程。"
    assert second.title == "夯实理论武装，保障法治建设有序开展"
    assert _text(doc, second.heading) == "（二）夯实理论武装，保障法治建设有序开展。"
    assert [(c.kind, c.marker, c.title) for c in second.children] == [
        ("point", "一是", "坚持知行合一"), ("point", "二是", "加强学习")]


def test_top_level_inline_heading_in_provincial_report() -> None:
    # A 省司法厅 report has no title on the page and runs even its 一、 into the paragraph.
    doc = _doc("""
        2023年，省司法厅坚持以习近平新时代中国特色社会主义思想为指导，大力推进法治政府建设。现将有关情况报告如下：
        一、扛牢推进法治政府建设责任。坚持以习近平法治思想引领法治政府建设，举办法治专题讲座5期。
        二、大力推进全省法治政府建设。加强谋划推进，推动出台年度工作计划。
        三、下一步工作安排。持续推进依法行政。
        """)
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "扛牢推进法治政府建设责任"),
        ("二、", "大力推进全省法治政府建设"),
        ("三、", "下一步工作安排"),
    ]
    assert doc.meta.title is None
    assert (doc.meta.org, doc.meta.year) == ("省司法厅", 2023)


def test_ordinal_points_first_second_and_one_of_them() -> None:
    # 工作总结 enumerate with 第一，第二， and 其一，其二， as well as 一是.
    doc = _doc("""
        青石街道2023年工作总结
        2023年，青石街道坚持党建引领，各项工作取得新进展。
        一、主要成绩
        第一，经济指标稳中有升。完成税收2.3亿元。
        第二，城市管理更加精细。整治背街小巷20条。
        二、明年打算
        其一，抓招商引资。引进项目10个。
        其二，抓营商服务。走访企业200家。
        """)
    assert _outline(doc) == [
        ("heading", 1, "一、", "主要成绩"),
        ("point", 2, "第一，", "经济指标稳中有升"),
        ("point", 2, "第二，", "城市管理更加精细"),
        ("heading", 1, "二、", "明年打算"),
        ("point", 2, "其一，", "抓招商引资"),
        ("point", 2, "其二，", "抓营商服务"),
    ]


def test_point_continuation_paragraph_stays_in_point_body() -> None:
    # A 街道 report continues 一是 over a second paragraph before 二是.
    doc = _doc("""
        东岭街道2024年度法治政府建设情况报告
        2024年，东岭街道积极贯彻习近平法治思想。
        一、推进法治政府建设情况
        （一）依法全面履行政府职能
        一是持续优化营商环境。街道成立经济专班，走访服务企业。
        街道及时宣传产业政策，组织政企互动活动。
        二是不断提升政务服务水平。推进政务服务标准化。
        """)
    first, second = _section(doc, "依法全面履行政府职能").children
    assert (first.kind, first.level, second.marker) == ("point", 3, "二是")
    assert _text(doc, first.body).strip().endswith("组织政企互动活动。")


def test_points_run_together_in_one_paragraph_are_separate_points() -> None:
    # 省厅 and 乡 reports write 一是…。二是…。三是… as one paragraph under the heading.
    doc = _doc("""
        2023年，省司法厅大力推进法治政府建设。现将有关情况报告如下：
        一、大力推进全省法治政府建设。一是加强谋划推进，推动出台工作计划。二是推进制度体系建设，完成审查项目32项。三是提升行政决策质效，审核文件259件。
        二、下一步工作安排。持续推进。
        """)
    assert [(c.kind, c.marker, c.title) for c in doc.sections[0].children] == [
        ("point", "一是", "加强谋划推进，推动出台工作计划"),
        ("point", "二是", "推进制度体系建设，完成审查项目32项"),
        ("point", "三是", "提升行政决策质效，审核文件259件"),
    ]


def test_points_inside_opening_paragraph_stay_in_front_matter() -> None:
    doc = _doc("""
        青石街道2023年法治政府建设情况报告
        2023年，青石街道坚持依法行政，主要抓了以下工作：一是强化组织领导；二是规范行政执法。现将有关情况报告如下：
        一、主要举措
        依法决策。
        二、存在的不足
        执法力量不足。
        """)
    assert _outline(doc) == [
        ("heading", 1, "一、", "主要举措"), ("heading", 1, "二、", "存在的不足")]
    assert _text(doc, doc.front).rstrip().endswith("现将有关情况报告如下：")


def test_list_markers_inside_a_sentence_are_not_headings() -> None:
    doc = _doc("""
        清溪县人民政府关于2023年度法治政府建设情况的报告
        2023年，清溪县推进法治政府建设。现将有关情况报告如下：
        一、存在的不足
        突出问题主要表现在：（1）制度不够健全；（2）执行不够到位；①学习不深；②宣传不足。
        1.完善制度。主要做法：1.建立台账；2.定期通报。
        二、下一步打算
        持续推进。
        """)
    assert _outline(doc) == [
        ("heading", 1, "一、", "存在的不足"),
        ("heading", 2, "1.", "完善制度"),
        ("heading", 1, "二、", "下一步打算"),
    ]
    assert "（2）执行不够到位" in _text(doc, doc.sections[0].body)


# --- Line starts that are not markers (hard wraps, figures) -----------------------------------


def test_wrapped_lines_starting_with_figures_are_not_headings() -> None:
    # Hotlines, dates, amounts and phone numbers at line starts, as pasted from a PDF.
    doc = _doc("""
        柳河镇人民政府2023年法治政府建设工作报告
        2023年，柳河镇推进依法行政。
        一、主要做法
        全年接听12345热线工单
        1260件，办结率100%；12348公共法律服务热线
        110、119、120等应急热线联动处置警情
        2023.12.15前完成规范性文件清理；3.5万人次参加普法
        3、4月份开展专项整治，1、2号楼完成改造
        12月4日开展宪法宣传日活动，覆盖
        10%以上的常住人口。
        0571-88886666为投诉电话。
        二、存在问题
        基层执法力量不足。
        """)
    assert [(s.marker, s.title) for s in doc.nodes] == [("一、", "主要做法"), ("二、", "存在问题")]


def test_hard_wrapped_line_starting_with_number_and_comma_is_not_heading() -> None:
    doc = _doc("""
        白沙市司法局2023年法治政府建设年度报告
        2023年，市司法局坚持以习近平法治思想为指导，全面推进
        法治政府建设，各项工作取得新成效。现报告如下：
        一、主要举措和成效
        （一）加强党的领导
        局党组研究法治建设议题12次，全市法治建设考核排名第
        2，较上年提升3位。全年办理行政复议案件350件。
        （二）深化法治宣传
        开展宪法宣传周活动。
        二、存在的不足
        基层执法力量不足。
        """)
    assert [(s.marker, s.level) for s in doc.nodes] == [
        ("一、", 1), ("（一）", 2), ("（二）", 2), ("二、", 1)]


def test_hard_wrapped_line_starting_with_numeral_enumeration_is_not_heading() -> None:
    doc = _doc("""
        白沙市发展和改革委员会2023年法治政府建设年度报告
        2023年，市发展改革委坚持依法行政。
        一、主要举措和成效
        全年出台促进一、
        二、三产业融合发展的配套文件5件，清理规范性文件12件。
        二、存在的不足
        基层执法力量不足。
        """)
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "主要举措和成效"), ("二、", "存在的不足")]


def test_heading_wrapped_onto_next_line_keeps_its_whole_title() -> None:
    # A 省政府 report copied from its PDF: every line broken at the same width, headings too.
    doc = _doc("""
        白沙省人民政府关于2023年度法治政府建设情况的报告
        2023年，省政府坚持以习近平新时代中国特色社会主义思想为
        指导，坚持依法行政，法治政府建设取得新成效。
        一、坚持党的领导，坚决扛牢法治政府建设
        政治责任
        坚持思想引领，以习近平法治思想引领法治政府建设，省政府
        常务会议先后研究法治政府建设工作30余次。
        二、深化改革，持续优化法治化营商环境
        推进“放管服”改革，全面推行证明事项告知承诺制，减少
        申请材料1200余份。
        """)
    assert [s.title for s in doc.sections] == [
        "坚持党的领导，坚决扛牢法治政府建设政治责任", "深化改革，持续优化法治化营商环境"]


def test_hard_wrapped_title_directly_followed_by_heading_keeps_the_heading() -> None:
    # A 市局 report pasted from its PDF, with no opening paragraph before 一、.
    doc = _doc("""
        白沙市司法局2023年法治政府建设年度报告
        一、主要举措和成效
        2023年，市司法局坚持以习近平法治思想为指导，全面推进
        法治政府建设，各项工作取得新成效。全年办理行政复议案
        件350件，纠错率12.5%，调解和解80件，化解争议60件。
        （一）加强党的领导
        局党组研究法治建设议题12次，开展专题学习4次，组织
        领导干部旁听庭审2次。
        二、存在的不足
        基层执法力量不足。
        """)
    assert [(s.marker, s.level) for s in doc.nodes] == [("一、", 1), ("（一）", 2), ("二、", 1)]


def test_dash_list_without_full_stops_does_not_hide_next_heading() -> None:
    # 政府工作报告 sum up the year in ——items, some offices without a full stop.
    doc = _doc("""
        政府工作报告
        ——2024年1月10日在清溪县第十八届人民代表大会第三次会议上
        各位代表：
        现在，我代表县人民政府向大会报告工作，请予审议。
        一、2023年工作回顾
        过去一年，我们主要做了以下工作：
        ——经济实力持续增强，地区生产总值增长6.2%
        ——改革开放纵深推进，营商环境评价位居全市前列
        ——城乡面貌明显改善，新建改建农村公路120公里
        二、2024年工作安排
        今年政府工作的总体要求是稳中求进。
        """)
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_heading_followed_by_unmarked_subheading_is_not_joined() -> None:
    # A 街道 report (web copy, every paragraph closed) with unnumbered lead lines.
    doc = _doc("""
        青石街道2023年法治政府建设情况报告
        2023年，青石街道坚持依法行政。现将有关情况报告如下：
        一、2023年法治政府建设工作开展情况
        主要做法
        街道党工委召开专题会议4次，研究法治建设重大事项。
        二、存在的不足和原因
        执法力量不足。
        """)
    assert doc.sections[0].title == "2023年法治政府建设工作开展情况"
    assert _text(doc, doc.sections[0].body).strip().startswith("主要做法")


def test_pdf_page_number_lines_are_debris() -> None:
    doc = _doc("""
        白沙市司法局2023年法治政府建设年度报告
        2023年，市司法局全面推进法治政府建设。
        一、主要举措和成效
        全年办理行政复议案件350件。
        — 2 —
        开展宪法宣传周活动。
        - 3 -
        二、存在的不足
        基层执法力量不足。
        """)
    assert _debris(doc) == ["— 2 —", "- 3 -"]


# --- Titles, subtitles, salutations -----------------------------------------------------------


def test_salutation_is_not_title() -> None:
    # A 政府工作报告: title, dated subtitle in brackets, speaker, 各位代表：, and 各位代表！
    # again between paragraphs.
    doc = _doc("""
        政府工作报告
        （2024年1月10日在清溪县第十八届人民代表大会第三次会议上）
        清溪县人民政府县长 李明
        各位代表：
        现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
        一、2023年工作回顾
        过去一年，全县经济运行总体平稳。
        各位代表！成绩来之不易。
        二、2024年工作安排
        做好今年政府工作，要坚持稳中求进。
        """)
    assert doc.meta.title == "政府工作报告"
    assert _titles(doc) == ["政府工作报告", "（2024年1月10日在清溪县第十八届人民代表大会第三次会议上）",
                            "清溪县人民政府县长 李明"]
    assert "各位代表：" in _text(doc, doc.front)
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]
    assert "各位代表！成绩来之不易。" in _text(doc, doc.sections[0].body)


def test_repeated_title_and_salutation_to_superior_stay_in_front_matter() -> None:
    # A 镇 report to 县委、县政府, page title repeated, some headings indented with U+3000.
    doc = _doc("""
        关于2022年度法治政府建设情况报告

        关于2022年度法治政府建设情况报告

        县委、县政府：

        今年以来，我镇认真落实部署要求，全面推进依法行政。

        一、2022年推进法治政府建设的主要举措和成效

        （一）深化改革创新，依法全面履行政府职能

        深入推进“放管服效”改革。

        　　（二）严格审查审核，提升规范性文件质量

        　　坚持前置审查。

        二、存在的不足

        法治宣传形式单一。
        """)
    assert doc.meta.title == "关于2022年度法治政府建设情况报告"
    assert len(doc.title_lines) == 2
    assert doc.meta.year == 2022
    assert [(s.marker, s.level) for s in doc.nodes] == [
        ("一、", 1), ("（一）", 2), ("（二）", 2), ("二、", 1)]


def test_salutation_line_is_not_the_opening_sentence() -> None:
    # A 乡 report with no title line, addressed to the city's 依法治市委员会.
    doc = _doc("""
        市委全面依法治市委员会：
        2025年，云峰乡法治政府建设工作在市委、市人民政府的正确领导下有序推进。现将一年来工作情况报告如下：
        一、2025年度工作总体情况
        （一）加强组织领导，强化责任落实。
        调整法治政府建设工作领导小组。
        二、存在问题
        学法用法氛围不浓。
        云峰乡人民政府
        2025年12月20日
        """)
    assert doc.meta.title is None
    assert (doc.meta.org, doc.meta.year, doc.meta.date) == ("云峰乡人民政府", 2025, "2025-12-20")


def test_dash_subtitle_joins_slogan_title() -> None:
    doc = _doc("""
        凝心聚力 实干担当
        ——青石街道2023年工作总结
        2023年，青石街道坚持党建引领，各项工作取得新进展。
        一、主要成绩
        发展提速。
        二、明年打算
        再上台阶。
        """)
    assert _titles(doc) == ["凝心聚力 实干担当", "——青石街道2023年工作总结"]
    assert (doc.meta.title, doc.meta.org, doc.meta.year) == ("凝心聚力 实干担当", "青石街道办事处", 2023)


def test_title_wrapped_over_two_lines_is_one_title() -> None:
    # A 瑶族乡 report whose long title the page wrapped before 工作的报告.
    doc = _doc("""
        云峰瑶族乡人民政府关于2023年度法治政府建设
        工作的报告
        2023年，在县委、县政府的正确领导下，云峰瑶族乡认真履行法治建设职责。现将有关情况报告如下：
        一、推进法治政府建设的主要举措与成效
        （一）深入学习贯彻习近平法治思想。一是加强领导。
        二、存在的不足
        学习不够深入。
        """)
    assert doc.meta.title == "云峰瑶族乡人民政府关于2023年度法治政府建设工作的报告"
    assert len(doc.title_lines) == 2


def test_document_number_above_title_is_not_title() -> None:
    doc = _doc("""
        柳政发〔2024〕12号

        柳河镇人民政府关于2023年度法治政府建设情况的报告

        县人民政府：
        2023年，柳河镇坚持依法行政。现将有关情况报告如下：
        一、主要举措
        依法决策。
        二、下一步打算
        继续推进。
        柳河镇人民政府
        2024年1月15日
        """)
    assert doc.meta.title == "柳河镇人民政府关于2023年度法治政府建设情况的报告"


def test_undecorated_subtitle_wrapped_over_two_lines_belongs_to_title() -> None:
    # A 区 government work report copied from its page: subtitle without dash or brackets.
    doc = _doc("""
        政府工作报告
        2025年3月21日在临江区第十九届
        人民代表大会第四次会议上
        临江区人民政府区长 王强
        各位代表：
        现在，我代表区人民政府向大会报告工作，请予审议。
        一、过去一年工作回顾
        2024年，我们完成了区十九届人大三次会议确定的目标任务。
        二、2025年工作安排
        做好今年工作。
        """)
    assert _titles(doc) == ["政府工作报告", "2025年3月21日在临江区第十九届", "人民代表大会第四次会议上",
                            "临江区人民政府区长 王强"]


# --- Page debris ------------------------------------------------------------------------------


def test_site_banner_and_language_toggles_are_not_title() -> None:
    # A 区 government site: banner with the site's date, 无障碍 简体| 繁体, title twice.
    doc = _doc("""
        临江区人民政府 2019年12月3日星期二

        无障碍 简体| 繁体

        临江区2023年度法治政府建设情况报告
        来源:临江区人民政府办公室 发布时间:2024-03-28 09:18

        临江区2023年度法治政府建设情况报告

         2023年，临江区坚持以习近平新时代中国特色社会主义思想为指导，依法全面履行政府职能。
        一、区政府主要负责同志履行推进法治建设第一责任人职责情况
        严格执行第一责任人职责规定。
        二、存在的不足
        依法行政能力有待提高。
        """)
    assert (doc.meta.title, doc.meta.year) == ("临江区2023年度法治政府建设情况报告", 2023)
    assert "无障碍 简体| 繁体" in _debris(doc)
    assert "来源:临江区人民政府办公室 发布时间:2024-03-28 09:18" in _debris(doc)


def test_today_line_and_location_line_are_debris() -> None:
    doc = _doc("""
        今天是:2019年10月31日 星期三 农历十月初七

        您所在的位置:政务公开 > 工作报告

        2020年临江区法治政府建设情况报告
        文章来源:司法局 更新时间:2021/03/29 11:30:01

        2020年临江区法治政府建设情况报告

        2020年，临江区坚持依法行政。
        一、主要举措和成效
        加强组织领导。
        """)
    assert _debris(doc)[:2] == ["今天是:2019年10月31日 星期三 农历十月初七",
                                "您所在的位置:政务公开 > 工作报告"]
    assert (doc.meta.title, doc.meta.year) == ("2020年临江区法治政府建设情况报告", 2020)


def test_pipe_metadata_table_is_debris_not_title() -> None:
    # Government disclosure pages copied with their metadata table.
    doc = _doc("""
        文件名称 | 临江区2025年政府工作报告 | ||
        索 引 号 | 11620300013909010R/2025-48086 | 主题分类 | 工作报告 |
        发文字号 | 临政发〔2025〕33号 | 制发机构 | |
        成文日期 | 2025-03-21 | 发布日期 | 2025-03-30 |
        政府工作报告
        ——2025年3月21日在临江区第十九届人民代表大会第四次会议上
        各位代表：
        现在，我代表区人民政府向大会报告工作，请予审议。
        一、过去一年工作回顾
        （一）坚持项目支撑，经济基础更加坚实。158个重点项目完成投资189亿元。
        二、2025年工作安排
        （一）全力扩大有效投资。谋划项目。
        """)
    assert len(_debris(doc)) == 4
    assert doc.meta.title == "政府工作报告"
    assert len(doc.title_lines) == 2


def test_portal_toolbar_line_is_not_title() -> None:
    # A 省司法厅 page: the portal's toolbar line above the title.
    doc = _doc("""
        12348白沙法网 信息平台入口 无障碍阅读 微信 微博 繁体登录注册

        白沙省司法厅2023年法治政府建设年度报告

        2023年，省司法厅坚持以习近平法治思想为指导，扎实推进法治政府建设。
        一、2023年法治政府建设工作情况
        推进依法行政。
        """)
    assert doc.meta.title == "白沙省司法厅2023年法治政府建设年度报告"


def test_spaced_label_metadata_rows_are_debris() -> None:
    doc = _doc("""
        白沙省司法厅2023年法治政府建设年度报告
        2024-03-27 14:21 白沙省司法厅
        索 引 号 011043217/2024-15822 分    类 政务公开
        发布机构 白沙省司法厅 发文日期 2024-03-27
        文    号 有 效 性 有效

        2023年，省司法厅坚持以习近平法治思想为指导，扎实推进法治政府建设。
        一、2023年法治政府建设工作情况
        （一）坚持政治引领，统筹推进法治政府建设
        一是深学笃行习近平法治思想。举办培训班。
        """)
    assert _debris(doc) == [
        "2024-03-27 14:21 白沙省司法厅",
        "索 引 号 011043217/2024-15822 分    类 政务公开",
        "发布机构 白沙省司法厅 发文日期 2024-03-27",
        "文    号 有 效 性 有效",
    ]


def test_bulleted_metadata_labels_are_debris() -> None:
    doc = _doc("""
        返回顶部

        清溪县人民政府2023年法治政府建设情况报告

          • 索引号:

            6107280000/2024-001005
          • 主题分类:

          • 发文日期:

            2024年04月06日 16:40

        清溪县人民政府2023年法治政府建设情况报告

        2023年，清溪县坚持依法行政。
        一、主要成效
        依法决策。
        """)
    assert doc.meta.title == "清溪县人民政府2023年法治政府建设情况报告"
    assert {"• 索引号:", "• 主题分类:", "• 发文日期:"} <= set(_debris(doc))


def test_site_column_name_above_repeated_title_is_not_title() -> None:
    doc = _doc("""
        今天是:2019年10月31日 星期三 农历十月初七
        工作报告

        您所在的位置:政务公开 > 工作报告

        2020年临江区法治政府建设情况报告
        文章来源:司法局 更新时间:2021/03/29 11:30:01

        2020年临江区法治政府建设情况报告

        2020年，临江区坚持依法行政。
        一、主要举措和成效
        加强组织领导。
        """)
    assert doc.meta.title == "2020年临江区法治政府建设情况报告"


def test_unpunctuated_point_lines_with_page_words_are_not_debris() -> None:
    # 存在问题 listed as bare 一是/二是 lines without punctuation.
    doc = _doc("""
        柳河镇2023年法治政府建设工作总结
        2023年，柳河镇深入推进依法行政。
        一、存在问题
        一是信息来源审核不严
        二是微信微博宣传不够
        三是发布时间不够及时
        二、下一步打算
        加强管理。
        """)
    assert _debris(doc) == []
    assert [(c.marker, c.title) for c in doc.sections[0].children] == [
        ("一是", "信息来源审核不严"), ("二是", "微信微博宣传不够"), ("三是", "发布时间不够及时")]


def test_hard_wrapped_prose_with_label_words_is_not_debris() -> None:
    doc = _doc("""
        白沙市司法局2023年法治政府建设年度报告
        2023年，市司法局坚持以习近平法治思想为指导，全面推进法
        治政府建设，严格落实规范性文件合法性审核制度并在规定时
        间内完成审核工作同时向社会公开文件来源和起草依据全年共
        审核文件32件，依托微信公众号和微博平台开展普法宣传并在
        政务微信微博同步发布典型案例解读全年累计推送普法信息
        200余条。
        一、存在的不足
        基层执法力量不足。
        """)
    assert _debris(doc) == []


def test_statistics_table_rows_are_content_not_debris() -> None:
    # 政府信息公开工作年度报告 carry their figures in tables.
    doc = _doc("""
        清溪县人民政府2023年政府信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》规定，编制本报告。
        一、总体情况
        全年主动公开政府信息情况如下表：
        | 信息内容 | 本年制发件数 | 本年废止件数 |
        | 规章 | 0 | 0 |
        | 行政规范性文件 | 12 | 3 |
        二、存在的主要问题
        公开质量有待提升。
        """)
    assert _debris(doc) == []


def test_source_date_views_and_font_bar_on_one_line_is_debris() -> None:
    doc = _doc("""
        白沙自治区人民政府关于2017年法治政府建设工作的报告
        来源:自治区人民政府法制办 发布日期:2018-04-03 16:13 浏览次数: 字体:【大 中 小】
        自治区认真落实法治政府建设实施纲要规定的各项任务。现将2017年法治政府建设情况报告如下：
        一、2017年法治政府建设情况
        （一）全力维护社会大局稳定
        1.综合施策夯实稳定根基。推动各项措施落到实处。
        扫一扫在手机打开当前页
        """)
    assert _debris(doc) == [
        "来源:自治区人民政府法制办 发布日期:2018-04-03 16:13 浏览次数: 字体:【大 中 小】",
        "扫一扫在手机打开当前页",
    ]
    assert (doc.meta.year, [s.marker for s in doc.nodes]) == (2017, ["一、", "（一）", "1."])


def test_template_site_preface_is_debris() -> None:
    doc = _doc("""
        2023年临江区五年法治政府建设工作情况报告

        时间:2023-05-07 17:15:05 公文范文 来源:网友投稿

        下面是小编为大家整理的2023年临江区五年法治政府建设工作情况报告，供大家参考。

        2023年临江区五年法治政府建设工作情况报告

        五年来，*区严格落实第一责任人职责规定，全面推进依法行政。现报告如下：

        一、抬高政治站位，统筹推进法治政府建设

        （一）全面加强党的领导。截止目前，区委依法治区委共召开会议*次；
        区委依法治区办共召开会议*次。
        """)
    assert _debris(doc) == [
        "时间:2023-05-07 17:15:05 公文范文 来源:网友投稿",
        "下面是小编为大家整理的2023年临江区五年法治政府建设工作情况报告，供大家参考。",
    ]


def test_template_site_tag_line_after_signature_is_debris() -> None:
    doc = _doc("""
        清溪区司法局2023年法治政府建设工作总结
        2023年，区司法局全面推进依法行政。
        一、主要工作
        办理行政复议案件80件。
        清溪区司法局
        2024年3月20日
        相关热词搜索：法治政府 工作总结
        """)
    assert _debris(doc) == ["相关热词搜索：法治政府 工作总结"]
    assert (doc.meta.org, doc.meta.date) == ("清溪区司法局", "2024-03-20")


def test_column_tag_before_title_does_not_hide_the_organisation() -> None:
    doc = _doc("""
        【法治建设报告】白沙省司法厅2023年法治政府建设年度报告

        2023年，省司法厅坚持以习近平法治思想为指导。
        一、工作情况
        推进依法行政。
        """)
    assert (doc.meta.org, doc.meta.year) == ("白沙省司法厅", 2023)


# --- Signatures -------------------------------------------------------------------------------

_BODY = """\
关于2023年度法治政府建设情况的报告
2023年，我镇坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下：
一、主要举措
依法决策，规范执法。
二、下一步打算
继续推进法治政府建设。
"""


def _signed(signature: str) -> Document:
    doc = parser.parse(_BODY + signature)
    assert_tiles(doc)
    return doc


def test_closing_line_org_and_date_are_back_matter() -> None:
    doc = _signed("特此报告。\n\n柳河镇人民政府\n2024年1月15日\n")
    assert _back(doc) == "特此报告。\n\n柳河镇人民政府\n2024年1月15日"
    assert (doc.meta.org, doc.meta.date) == ("柳河镇人民政府", "2024-01-15")
    assert _text(doc, doc.sections[-1].body).strip() == "继续推进法治政府建设。"


def test_chinese_numeral_signature_date() -> None:
    doc = _signed("柳河镇人民政府\n二〇二四年一月十五日\n")
    assert doc.meta.date == "2024-01-15"
    assert _back(doc) == "柳河镇人民政府\n二〇二四年一月十五日"


def test_chinese_numeral_date_written_with_white_circle_zero() -> None:
    doc = _signed("柳河镇人民政府\n二○二四年一月十五日\n")
    assert doc.meta.date == "2024-01-15"


def test_signature_date_in_fullwidth_digits() -> None:
    doc = _signed("柳河镇人民政府\n２０２４年３月２０日\n")
    assert doc.meta.date == "2024-03-20"
    assert _back(doc) == "柳河镇人民政府\n２０２４年３月２０日"


def test_signature_dated_by_month_is_back_matter() -> None:
    doc = _signed("柳河镇人民政府\n2024年1月\n")
    assert _back(doc) == "柳河镇人民政府\n2024年1月"
    assert doc.meta.org == "柳河镇人民政府"


def test_org_and_date_on_one_line_is_signature() -> None:
    doc = _signed("柳河镇人民政府    2024年1月15日\n")
    assert (doc.meta.org, doc.meta.date) == ("柳河镇人民政府", "2024-01-15")


def test_publication_note_after_signature_keeps_signature() -> None:
    doc = _signed("柳河镇人民政府\n2024年1月15日\n（此件公开发布）\n")
    assert (doc.meta.org, doc.meta.date) == ("柳河镇人民政府", "2024-01-15")
    assert _back(doc).startswith("柳河镇人民政府")


def test_two_organisations_on_one_signature_line() -> None:
    doc = _signed("中共柳河镇委员会  柳河镇人民政府\n2024年1月15日\n")
    assert doc.meta.date == "2024-01-15"
    assert _back(doc) == "中共柳河镇委员会  柳河镇人民政府\n2024年1月15日"


def test_signature_indented_with_ideographic_spaces() -> None:
    doc = _signed("\u3000" * 10 + "清溪县市场监督管理局\n" + "\u3000" * 10 + "2024年3月20日\n")
    assert (doc.meta.org, doc.meta.date) == ("清溪县市场监督管理局", "2024-03-20")


def test_dotted_signature_date() -> None:
    doc = _signed("柳河镇人民政府\n2024.01.15\n")
    assert (doc.meta.org, doc.meta.date) == ("柳河镇人民政府", "2024-01-15")


def test_request_for_review_closing_is_back_matter() -> None:
    doc = _signed("以上报告，请予审议。\n")
    assert _back(doc) == "以上报告，请予审议。"


def test_signature_of_enforcement_brigade() -> None:
    doc = _signed("清溪县交通运输综合行政执法大队\n2024年3月20日\n")
    assert doc.meta.org == "清溪县交通运输综合行政执法大队"


# --- Loading: encodings, newlines, HTML -------------------------------------------------------

_REPORT = (
    "青石街道2023年度法治政府建设情况报告\n"
    "2023年，青石街道依法行政，办理镕喆等群众来信。\n"
    "一、主要举措\n"
    "（一）加强领导。召开会议4次。\n"
    "二、存在的不足\n"
    "执法力量不足。\n"
    "青石街道办事处\n"
    "2024年3月18日\n"
)


def _check_loaded(doc: Document, text: str = _REPORT) -> None:
    assert doc.text == text
    assert_tiles(doc)
    assert [(s.marker, s.title) for s in doc.nodes] == [
        ("一、", "主要举措"), ("（一）", "加强领导"), ("二、", "存在的不足")]
    assert doc.meta == parser.Meta(title="青石街道2023年度法治政府建设情况报告", org="青石街道办事处",
                                   year=2023, date="2024-03-18")


def test_load_gbk_text(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(_REPORT.encode("gbk"))
    doc = parser.load(path)
    assert doc.encoding == "gbk"
    _check_loaded(doc)


def test_load_gb18030_only_characters(tmp_path: Path) -> None:
    # Names with characters outside GBK (U+20BB7, U+4DAE) force GB18030's four-byte forms.
    text = _REPORT.replace("镕喆", "𠮷䶮")
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("gb18030"))
    doc = parser.load(path)
    assert doc.encoding == "gb18030"
    _check_loaded(doc, text)


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8"),
])
def test_load_unicode_with_bom_drops_the_bom(tmp_path: Path, bom: bytes, codec: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(bom + _REPORT.encode(codec))
    _check_loaded(parser.load(path))


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
@pytest.mark.parametrize("codec", ["utf-8", "gbk"])
def test_load_normalises_crlf_and_cr_newlines(tmp_path: Path, newline: str, codec: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(_REPORT.replace("\n", newline).encode(codec))
    doc = parser.load(path)
    _check_loaded(doc)
    assert doc.sections[0].line == 3


_ARTICLE = "".join(
    f"<p style=\"text-indent:2em\">{paragraph}</p>\n"
    for paragraph in [
        "2023年，青石街道在区委、区政府的领导下，深入推进法治政府建设，依法行政水平不断提升。"
        "现将有关情况报告如下：",
        "<strong>一、主要举措和成效</strong>",
        "<strong>（一）加强组织领导。</strong>街道党工委召开专题会议4次，研究法治建设重大事项，"
        "将法治建设纳入年度考核，党政主要负责人切实履行推进法治建设第一责任人职责。",
        "（二）规范行政执法。全年办理执法案件<span>56</span>件，无一被复议撤销；"
        "落实行政执法公示、全过程记录、重大执法决定法制审核制度。",
        "&#12288;&#12288;（三）化解矛盾纠纷。调解各类纠纷<b>312</b>件，调解成功率98%。<br>"
        "一是发挥人民调解作用。二是推进诉源治理。",
        "<strong>二、存在的不足</strong>",
        "执法人员专业能力有待提升，法治宣传的针对性有待加强。",
        "青石街道办事处",
        "2024年3月18日",
    ]
)

_PAGE = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青石街道2023年度法治政府建设情况报告_临江区人民政府</title>
<script>var _hmt = _hmt || []; document.write("访问统计");</script>
<style>.nav {{ color: #c00 }}</style>
</head><body>
<div class="header"><a href="/">首页</a><a href="/zwgk">政务公开</a><span>无障碍</span>
<span>繁体</span></div>
<div class="nav-bar"><ul><li><a href="/">首页</a></li><li><a href="/xxgk">信息公开</a></li>
<li><a href="/fzzf">法治政府建设年度报告</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt;
法治政府建设年度报告</div>
<div class="main">
 <h1 class="article-title">青石街道2023年度法治政府建设情况报告</h1>
 <div class="info">发布时间：2024-03-20 来源：青石街道 浏览次数：<span id="hits">123</span>
 字体：[大 中 小]</div>
 <div class="TRS_Editor" id="zoom">
{_ARTICLE} </div>
 <div class="share">分享到：微信 微博</div>
 <div class="print"><a href="javascript:window.print()">【打印本页】</a>
 <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办单位：临江区人民政府办公室 版权所有</p>
<p>网站标识码：1234567890 ICP备12345678号</p><p>地址：临江区江滨路1号 电话：0571-12345678</p></div>
<script>console.log("页脚脚本")</script>
</body></html>"""


def test_load_gbk_html_page_keeps_the_article_and_drops_the_site(tmp_path: Path) -> None:
    # Declared gb2312 but holding a GBK-only character (镕), as many older CMS pages do.
    path = tmp_path / "report.html"
    path.write_bytes(_PAGE.replace("成功率98%", "成功率98%（镕）").encode("gbk"))
    doc = parser.load(path)
    assert_tiles(doc)
    for furniture in ("访问统计", "页脚脚本", "color", "互动交流", "信息公开", "当前位置", "分享到",
                      "主办单位", "版权所有", "ICP备", "江滨路"):
        assert furniture not in doc.text
    assert doc.meta.title == "青石街道2023年度法治政府建设情况报告"
    assert (doc.meta.year, doc.meta.date) == (2023, "2024-03-18")
    assert [(s.kind, s.level, s.marker, s.title) for s in doc.nodes] == [
        ("heading", 1, "一、", "主要举措和成效"),
        ("heading", 2, "（一）", "加强组织领导"),
        ("heading", 2, "（二）", "规范行政执法"),
        ("heading", 2, "（三）", "化解矛盾纠纷"),
        ("point", 3, "一是", "发挥人民调解作用"),
        ("point", 3, "二是", "推进诉源治理"),
        ("heading", 1, "二、", "存在的不足"),
    ]
    assert "全年办理执法案件56件" in doc.text
    assert "调解成功率98%（镕）。" in doc.text
    assert _back(doc).startswith("青石街道办事处\n2024年3月18日")
    for number in range(1, doc.line_of(len(doc.text)) + 1):
        line = doc.line_span(number)
        if "打印本页" in _text(doc, line) or "发布时间" in _text(doc, line):
            assert line in doc.debris


def test_a_point_said_again_at_the_end_is_the_outlines_not_a_repeated_page_head():
    # Short reports repeat their wording; a numbered line at the end is never a summary block.
    text = ("总体情况。\n一、组织领导\n一是健全机制。\n二、依法行政\n三、执法监督\n"
            "一是规范执法。\n四、普法宣传\n二是加强宣传。\n五、其他工作\n一是规范执法。")
    doc = parser.parse(text)
    assert [(n.marker, n.level) for n in doc.nodes][-2:] == [("五、", 1), ("一是", 2)]
