"""Section alignment: pairs by structure and content — renumbered, inserted, deleted, moved
sections, points, front and back matter — on hand-built outlines and on a realistic
next-year version of a seed report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

import parser
from parser.align import (
    SectionPair,
    _roles,
    align,
    heaviest_chain,
    matrix_candidates,
    text_similarity,
)
from parser.model import Document, Meta, Section

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

Node = tuple  # (marker, title, body) or (marker, title, body, (children…))


def outline_document(outline: Sequence[Node], front: str = "", back: str = "") -> Document:
    """A Document from nested ``(marker, title, body[, children])`` tuples.

    Each heading is its own line (``marker + title``); a non-empty body follows on its own
    line(s). Spans tile the text exactly, as the parser's do. Markers ending in ``是`` are
    points.
    """
    text_parts: list[str] = [front]
    position = len(front)
    counter = 0

    def build(nodes: Sequence[Node], level: int) -> tuple[Section, ...]:
        nonlocal position, counter
        built = []
        for node in nodes:
            marker, title, body = node[:3]
            children = node[3] if len(node) > 3 else ()
            index = counter
            counter += 1
            heading_text = f"{marker}{title}\n"
            body_text = f"{body}\n" if body else ""
            line = "".join(text_parts).count("\n") + 1
            heading = (position, position + len(heading_text))
            body_span = (heading[1], heading[1] + len(body_text))
            text_parts.extend([heading_text, body_text])
            position = body_span[1]
            built.append(Section(
                index=index, kind="point" if marker.endswith("是") else "heading", level=level,
                marker=marker, family="point" if marker.endswith("是") else "test",
                ordinal=None, title=title, line=line, heading=heading, body=body_span,
                children=build(children, level + 1),
            ))
        return tuple(built)

    sections = build(outline, 1)
    text_parts.append(back)
    text = "".join(text_parts)
    return Document(text=text, meta=Meta(), front=(0, len(front)), sections=sections,
                    back=(len(text) - len(back), len(text)))


BODIES = {
    "学法": "街道坚持领导干部集体学法制度,全年组织党工委理论学习中心组集中学法12次,"
            "邀请法律顾问专题授课4场,机关干部参加网上学法考试,参考率和合格率均为100%。",
    "决策": "严格落实重大行政决策程序,坚持公众参与、专家论证、风险评估、合法性审查和集体讨论决定,"
            "全年提交合法性审查的重大决策事项9件,均经法律顾问出具书面意见。",
    "执法": "深化综合行政执法改革,规范行政处罚裁量权,落实行政执法三项制度,全年办理行政处罚案件"
            "154宗,罚没款4.27万元,无一起行政复议被纠错。",
    "普法": "落实谁执法谁普法责任制,开展宪法宣传周、民法典宣传月等主题活动60余场,发放宣传资料"
            "26000余份,培育法律明白人120名。",
    "调解": "健全人民调解、行政调解、司法调解联动机制,街道矛调中心受理矛盾纠纷1200余件,调解成功率"
            "达到98%,未发生因调解不及时引发的群体性事件。",
    "公开": "依托政府门户网站主动公开政务信息40余条,受理政府信息依申请公开11宗,均在法定期限内答复,"
            "未发生因政府信息公开引发的行政复议和行政诉讼。",
    "不足": "法治宣传的针对性和实效性还需提高,执法人员的专业能力有待提升,基层法治建设的经费保障"
            "仍然不足,部分社区的法律顾问作用发挥不够充分。",
    "计划": "下一步,街道将继续深入学习贯彻习近平法治思想,完善依法决策机制,提升行政执法水平,"
            "加强法治宣传教育,为辖区高质量发展提供有力法治保障。",
}


def base_outline() -> list[Node]:
    return [
        ("一、", "主要工作及成效", "", (
            ("(一)", "坚持学法用法", BODIES["学法"]),
            ("(二)", "推进依法决策", BODIES["决策"]),
            ("(三)", "规范行政执法", BODIES["执法"]),
            ("(四)", "加强普法宣传", BODIES["普法"]),
        )),
        ("二、", "化解矛盾纠纷", BODIES["调解"]),
        ("三、", "推进政务公开", BODIES["公开"]),
        ("四、", "存在的不足", BODIES["不足"]),
        ("五、", "下一步工作计划", BODIES["计划"]),
    ]


FRONT = "某街道2023年法治政府建设情况报告\n"
BACK = "某街道办事处\n2023年12月30日\n"


def titles(pair: SectionPair) -> tuple[str | None, str | None]:
    return (pair.a.title if pair.a else None, pair.b.title if pair.b else None)


def section_pairs(a: Document, b: Document) -> list[SectionPair]:
    return [pair for pair in align(a, b) if pair.part == "section"]


def by_title(pairs: Sequence[SectionPair]) -> dict[str, SectionPair]:
    return {(pair.b or pair.a).title: pair for pair in pairs}  # type: ignore[union-attr]


def test_identical_reports_pair_every_section_as_same():
    doc = outline_document(base_outline(), FRONT, BACK)
    pairs = align(doc, doc)
    assert [pair.part for pair in pairs] == ["front"] + ["section"] * 9 + ["back"]
    assert all(pair.status == "same" and pair.similarity == 1.0 for pair in pairs)
    assert all(pair.a is pair.b for pair in pairs if pair.part == "section")


def test_pairs_come_in_reading_order_with_depths():
    doc = outline_document(base_outline(), FRONT, BACK)
    pairs = section_pairs(doc, doc)
    depths = [(pair.depth, pair.a.marker) for pair in pairs]
    assert depths[:3] == [(1, "一、"), (2, "(一)"), (2, "(二)")]
    assert [pair.a_span for pair in pairs] == [(s.heading[0], s.body[1]) for s in doc.nodes]


def test_inserted_section_is_added_and_the_renumbered_ones_still_pair():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    outline.insert(1, ("二、", "深化行政复议", "全年办理行政复议案件3件,均依法办结,纠错率为零。"))
    outline[2:] = [(f"{n}、", *node[1:]) for n, node in zip("三四五六", outline[2:])]
    b = outline_document(outline, FRONT, BACK)
    pairs = by_title(section_pairs(a, b))
    assert pairs["深化行政复议"].status == "added" and pairs["深化行政复议"].a is None
    for title, old, new in [("化解矛盾纠纷", "二、", "三、"), ("下一步工作计划", "五、", "六、")]:
        pair = pairs[title]
        assert (pair.a.marker, pair.b.marker) == (old, new)
        assert pair.status == "same" and pair.renumbered


def test_deleted_section_is_removed_and_stands_where_it_stood():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    del outline[2]
    outline[2:] = [(f"{n}、", *node[1:]) for n, node in zip("三四", outline[2:])]
    b = outline_document(outline, FRONT, BACK)
    pairs = section_pairs(a, b)
    order = [titles(pair) for pair in pairs if pair.depth == 1]
    assert order[1:4] == [("化解矛盾纠纷", "化解矛盾纠纷"), ("推进政务公开", None),
                          ("存在的不足", "存在的不足")]
    assert by_title(pairs)["推进政务公开"].status == "removed"


def test_moved_section_is_recognised_where_b_has_it():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    outline.insert(3, outline.pop(1))  # 化解矛盾纠纷 now after 推进政务公开 … and 存在的不足
    b = outline_document(outline, FRONT, BACK)
    pairs = section_pairs(a, b)
    top = [pair for pair in pairs if pair.depth == 1]
    assert [titles(pair)[1] for pair in top] == [node[1] for node in outline]
    moved = [pair for pair in pairs if pair.status == "moved"]
    assert [titles(pair) for pair in moved] == [("化解矛盾纠纷", "化解矛盾纠纷")]
    assert moved[0].similarity == 1.0


def test_the_children_of_a_moved_section_pair_inside_it_in_order():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    outline.append(outline.pop(0))  # 主要工作及成效, with its four children, now comes last
    b = outline_document(outline, FRONT, BACK)
    pairs = section_pairs(a, b)
    statuses = [(pair.depth, pair.status) for pair in pairs if pair.status != "same"]
    assert statuses == [(1, "moved")]
    assert [titles(pair)[1] for pair in pairs[-4:]] == [node[1] for node in outline[-1][3]]


def test_the_shorter_section_is_the_one_that_moved():
    # Swapping two neighbours: either could be "the moved one"; the reader's view is that
    # the short one moved past the long one.
    outline = base_outline()
    outline[0] = ("一、", "主要工作及成效", BODIES["学法"] + BODIES["决策"] + BODIES["执法"])
    a = outline_document(outline, FRONT, BACK)
    swapped = [outline[1], outline[0], *outline[2:]]
    b = outline_document(swapped, FRONT, BACK)
    moved = [titles(pair) for pair in section_pairs(a, b) if pair.status == "moved"]
    assert moved == [("化解矛盾纠纷", "化解矛盾纠纷")]


def test_child_moved_to_another_parent_pairs_as_moved():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    children = list(outline[0][3])
    moving = children.pop(3)  # 加强普法宣传 leaves 一、 …
    outline[0] = (*outline[0][:3], tuple(children))
    outline[1] = ("二、", "化解矛盾纠纷", BODIES["调解"], (moving,))  # … for 二、
    b = outline_document(outline, FRONT, BACK)
    pairs = by_title(section_pairs(a, b))
    assert pairs["加强普法宣传"].status == "moved"
    assert pairs["加强普法宣传"].a.level == 2 and pairs["主要工作及成效"].status == "changed"


def test_retitled_section_pairs_by_its_content():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    outline[2] = ("三、", "深化政务公开工作", BODIES["公开"])
    b = outline_document(outline, FRONT, BACK)
    pair = next(pair for pair in section_pairs(a, b) if pair.b and pair.b.title == "深化政务公开工作")
    assert pair.a.title == "推进政务公开" and pair.status == "changed"
    assert 0.8 < pair.similarity < 1.0


def test_rewritten_section_in_the_same_place_pairs_as_changed():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    outline[3] = ("四、", "存在的问题", "法治宣传的针对性还需提高,执法人员能力有待提升,"
                  "基层法治建设经费保障不足,社区法律顾问作用发挥不够。")
    b = outline_document(outline, FRONT, BACK)
    pair = by_title(section_pairs(a, b))["存在的问题"]
    assert pair.a is not None and pair.a.title == "存在的不足" and pair.status == "changed"


def test_unrelated_sections_do_not_pair():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    outline[3] = ("四、", "数字法治建设", "上线智慧社区服务平台,接入视频监控点位300余个,"
                  "实现网格事件线上流转、限时办结,群众满意度明显提高。")
    b = outline_document(outline, FRONT, BACK)
    pairs = by_title(section_pairs(a, b))
    assert pairs["数字法治建设"].status == "added"
    assert pairs["存在的不足"].status == "removed"


def test_points_pair_inside_their_section_even_when_one_is_inserted():
    points = [("一是", "强化学习", "组织集中学法12次。"), ("二是", "完善制度", "修订议事规则3项。"),
              ("三是", "严格考核", "将法治建设纳入年度考核,考核覆盖全部科室。")]
    a = outline_document([("一、", "学法用法", "", tuple(points))])
    inserted = [points[0], ("二是", "深化培训", "开展专题培训8场,覆盖干部300余人次。"),
                ("三是", *points[1][1:]), ("四是", *points[2][1:])]
    b = outline_document([("一、", "学法用法", "", tuple(inserted))])
    pairs = section_pairs(a, b)
    assert [(pair.status, pair.a and pair.a.marker, pair.b.marker) for pair in pairs[1:]] == [
        ("same", "一是", "一是"), ("added", None, "二是"), ("same", "二是", "三是"),
        ("same", "三是", "四是"),
    ]
    assert all(pair.b.kind == "point" for pair in pairs[1:])


def test_front_and_back_matter_pair_and_report_their_changes():
    a = outline_document(base_outline(), FRONT, BACK)
    b = outline_document(base_outline(), FRONT.replace("2023", "2024"), "")
    pairs = align(a, b)
    assert (pairs[0].part, pairs[0].status) == ("front", "changed")
    assert (pairs[-1].part, pairs[-1].status, pairs[-1].b_span) == ("back", "removed", None)


def test_every_section_of_both_reports_is_in_exactly_one_pair():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    outline.insert(3, outline.pop(1))
    first = outline[0]
    outline[0] = (*first[:3], (first[3][0], first[3][3]))
    outline.append(("六、", "附件说明", "本报告附件共2份。"))
    b = outline_document(outline, FRONT, BACK)
    pairs = section_pairs(a, b)
    assert sorted(p.a.index for p in pairs if p.a) == [s.index for s in a.nodes]
    assert sorted(p.b.index for p in pairs if p.b) == [s.index for s in b.nodes]


def test_text_similarity_is_indel_ratio_and_stays_cheap_for_long_texts():
    assert text_similarity("召开会议4次", "召开会议4次") == 1.0
    assert text_similarity("", "召开") == 0.0
    assert text_similarity("abcd", "abce") == pytest.approx(0.75)
    long_a = "".join(BODIES.values()) * 40
    long_b = long_a.replace("1200", "1350", 1)
    assert 0.999 < text_similarity(long_a, long_b) < 1.0  # sentence-first path
    assert text_similarity(long_a, "".join(reversed(long_a))) < 0.5


def test_heaviest_chain_maximises_the_total_weight_of_pairs_in_order():
    assert heaviest_chain(matrix_candidates([[0.9, 0.1], [0.8, 0.7]], 0.5)) == [(0, 0), (1, 1)]
    assert heaviest_chain(matrix_candidates([[0.2, 0.9], [0.95, 0.2]], 0.5)) == [(1, 0)]
    assert heaviest_chain([]) == []


def test_heaviest_chain_takes_weight_over_count():
    # x, y, z against y, z, x: x is heavy, so it stays in order and y, z are the ones moved.
    assert heaviest_chain([(0, 2, 100), (1, 0, 1), (2, 1, 1)]) == [(0, 2)]
    assert heaviest_chain([(0, 2, 1), (1, 0, 1), (2, 1, 1)]) == [(1, 0), (2, 1)]


def test_heaviest_chain_never_uses_a_row_or_column_twice():
    chain = heaviest_chain([(0, 0, 1), (0, 1, 1), (1, 1, 1), (1, 2, 1)])
    assert chain == [(0, 0), (1, 1)] or chain == [(0, 0), (1, 2)] or chain == [(0, 1), (1, 2)]
    assert len({i for i, _ in chain}) == len({j for _, j in chain}) == len(chain)


# --- A realistic pair: next year's report of the office that wrote a seed -------------------


def next_year_fatou() -> str:
    """What 垡头街道's 2024 report could look like next to its 2023 one: figures updated,
    a sub-section inserted (so the ones after it are renumbered), one reworded, the
    shortcomings section moved after the plans, a sentence dropped."""
    text = (SEEDS / "fatou-2023.txt").read_text(encoding="utf-8")
    edits = [
        ("全年中心组开展集体学习20次,机关干部集体学法16次", "全年中心组开展集体学习24次,机关干部集体学法18次"),
        ("化解地区矛盾纠纷1200余件", "化解辖区矛盾纠纷1350余件"),
        ("(三)加强法治文化阵地建设", "(四)加强法治文化阵地建设"),
        ("(二)推进依法科学民主决策", "(二)深化行政复议体制改革\n全年办理行政复议案件3件,均在法定期限内办结,"
         "无一被纠错。\n(三)推进依法科学民主决策"),
        ("2.积极开展各类普法宣传活动。", "2.深入开展各类普法宣传活动。"),
        ("并顺利完成八五普法中期验收工作。", ""),
    ]
    for old, new in edits:
        text = text.replace(old, new, 1)
    start = text.index("三、法治政府建设中存在的不足")
    end = text.index("四、2024年工作思路")
    shortcomings = text[start:end]
    text = text[:start] + text[end:]
    signature = text.index("中共北京市朝阳区委垡头街道工作委员会")
    return text[:signature] + shortcomings + text[signature:]


def test_next_year_report_pairs_the_sections_a_reader_would():
    a = parser.load(SEEDS / "fatou-2023.txt")
    b = parser.parse(next_year_fatou())
    pairs = section_pairs(a, b)
    statuses = {(pair.b or pair.a).title: pair.status for pair in pairs}
    assert statuses["深化行政复议体制改革"] == "added"
    assert statuses["法治政府建设中存在的不足"] == "moved"
    assert statuses["坚持理论中心组集体学法制度"] == "changed"
    retitled = next(pair for pair in pairs if pair.b and pair.b.title == "深入开展各类普法宣传活动")
    assert (retitled.a.title, retitled.status) == ("积极开展各类普法宣传活动", "changed")
    renumbered = {pair.b.title: (pair.a.marker, pair.b.marker) for pair in pairs if pair.renumbered}
    assert renumbered == {
        "推进依法科学民主决策,确保严格规范执法": ("(二)", "(三)"),
        "加强法治文化阵地建设,全面推进普法宣传": ("(三)", "(四)"),
    }
    assert not [pair for pair in pairs if pair.status == "removed"]
    assert len([pair for pair in pairs if pair.a and pair.b]) == len(a.nodes)


@pytest.mark.parametrize("seed", sorted(path.name for path in SEEDS.glob("*.txt")))
def test_a_seed_aligned_with_itself_is_all_same(seed):
    doc = parser.load(SEEDS / seed)
    assert {pair.status for pair in align(doc, doc)} == {"same"}


def test_reports_of_different_offices_pair_parts_by_role_and_topics_weakly():
    a = parser.load(SEEDS / "fatou-2023.txt")
    b = parser.load(SEEDS / "nanshan-2023.txt")
    pairs = section_pairs(a, b)
    paired = {pair.a.title: pair for pair in pairs if pair.a and pair.b}
    assert paired["法治政府建设中存在的不足"].b.title == "存在不足和原因"
    assert paired["2024年工作思路和主要安排"].b.title == "2024年法治政府建设工作计划"
    assert "role" in paired["2024年工作思路和主要安排"].reasons
    assert paired["建立健全街道法律顾问制度"].b.title == "深化社区法律顾问工作"
    topics = [pair for pair in paired.values() if pair.a.level > 1]
    assert topics and all(pair.similarity < 0.5 for pair in topics)
    assert not any(pair.status == "same" for pair in pairs if pair.part == "section")


def test_a_report_without_part_headings_takes_roles_from_its_numbering_starting_again():
    doc = parser.parse(
        "一、经济稳步增长\n去年增长6%。\n二、民生持续改善\n新增就业1万人。\n"
        "一、全力稳增长\n今年增长6%以上。\n二、用心惠民生\n新增就业1.2万人。\n"
    )
    assert [_roles(doc)[node.index][0] for node in doc.sections] == [
        "review", "review", "plan", "plan"]
    # Read from the numbering, not from words: too weak to keep a review from a plan.
    assert not any(said for _, said in _roles(doc).values())


def _with_leads(year: int, points: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> str:
    """A Markdown plan part whose points each have bold lead sentences."""
    text = f"---\ntitle: 报告\n---\n\n**一、{year}年主要任务**\n\n"
    for number, (point, leads) in zip("一二三", points, strict=False):
        text += f"**{number}是{point}。**\n\n"
        text += "".join(f"**{lead}。**{body}\n\n" for lead, body in leads)
    return text


def test_lead_sentences_go_with_the_point_they_follow():
    industry = [("提升产业质态", "推进制造业智能化改造，培育专精特新企业。"),
                ("做强产业园区", "园区亩均税收提高，开发区整合提升。")]
    farming = [("发展现代农业", "新建高标准农田，推进种业振兴。"),
               ("建设和美乡村", "改造农村公路，整治人居环境。")]
    a = parser.parse(_with_leads(2024, [("做强实体经济", industry), ("推进乡村振兴", farming)]))
    b = parser.parse(_with_leads(2025, [("建设农业强市", farming), ("构建现代体系", industry)]))
    assert [node.kind for node in a.nodes].count("lead") == 4
    pairs = {pair.a.title: pair.b for pair in align(a, b) if pair.a and pair.b}
    # The points' headings share nothing: what they are about is in the leads after them.
    assert pairs["做强实体经济"].title == "构建现代体系"
    assert pairs["推进乡村振兴"].title == "建设农业强市"
    assert pairs["提升产业质态"].title == "提升产业质态"


def test_a_runaway_heading_is_segmented_only_as_far_as_a_heading_goes():
    from parser.likeness import HEADING_WORDS_CHARS, _heading_words

    [counts] = _heading_words(["依法行政" * 25_000])  # 100,000 characters taken for a title
    assert sum(len(word) * n for word, n in counts.items()) <= HEADING_WORDS_CHARS


def test_topics_pair_inside_a_level_the_other_report_does_not_have():
    """Last year's plan lists its topics under the part; this year's part holds two
    sub-parts (the five-year outline and the year's proposals) with the topics inside the
    second. The topics pair with those in the proposals, in order, not as moves."""
    a = outline_document([
        ("一、", "2023年工作安排", "", (
            ("(一)", "规范行政执法", BODIES["执法"]),
            ("(二)", "加强普法宣传", BODIES["普法"]),
            ("(三)", "化解矛盾纠纷", BODIES["调解"]),
        )),
    ])
    b = outline_document([
        ("一、", "五年规划纲要说明及2024年工作建议", "", (
            ("(一)", "五年规划纲要说明", BODIES["计划"] + BODIES["不足"]),
            ("(二)", "2024年工作建议", "", (
                ("一是", "深化执法规范化", BODIES["执法"].replace("154", "171")),
                ("二是", "创新普法方式", BODIES["普法"].replace("60", "72")),
                ("三是", "完善多元调解", BODIES["调解"].replace("1200", "1350")),
            )),
        )),
    ])
    pairs = {titles(pair) for pair in section_pairs(a, b) if pair.status == "changed"}
    assert {("规范行政执法", "深化执法规范化"), ("加强普法宣传", "创新普法方式"),
            ("化解矛盾纠纷", "完善多元调解")} <= pairs


def test_a_plan_point_on_the_governments_own_work_pairs_with_next_years_part_on_it():
    """``推进政府治理能力现代化`` closed last year's plan; this year the government's work on
    itself is a part of its own. A plan and a part on self-building are not held apart as a
    review and a plan are."""
    own = ("坚持依法行政，严格执行重大行政决策程序，主动接受人大监督和政协民主监督，"
           "深化政务公开，持续整治形式主义官僚主义，严格落实中央八项规定精神，建设廉洁政府。")
    a = outline_document([
        ("一、", "2023年工作回顾", BODIES["学法"]),
        ("二、", "2024年工作安排", "", (
            ("(一)", "规范行政执法", BODIES["执法"]),
            ("(二)", "推进政府治理能力现代化", own),
        )),
    ])
    b = outline_document([
        ("一、", "2024年工作回顾", BODIES["决策"]),
        ("二、", "2025年工作安排", "", (
            ("(一)", "深化执法规范化", BODIES["执法"].replace("154", "171")),
        )),
        ("三、", "加强政府自身建设",
         "全面推进法治政府建设，严格执行重大行政决策程序，自觉接受人大监督和政协民主监督，"
         "推进政务公开标准化，锻造忠诚干净担当的干部队伍，持之以恒纠治四风。"),
    ])
    paired = {titles(pair) for pair in section_pairs(a, b) if pair.a and pair.b}
    assert ("推进政府治理能力现代化", "加强政府自身建设") in paired


def test_a_topic_split_in_two_pairs_with_one_and_the_other_says_where_it_came_from():
    a = outline_document([
        ("一、", "2023年工作回顾", "", (
            ("(一)", "推进依法决策和学法用法", BODIES["学法"] + BODIES["决策"]),
            ("(二)", "加强普法宣传", BODIES["普法"]),
        )),
    ])
    b = outline_document([
        ("一、", "2024年工作回顾", "", (
            ("(一)", "坚持学法用法", BODIES["学法"].replace("12次", "15次")),
            ("(二)", "推进依法决策", BODIES["决策"].replace("9件", "11件")),
            ("(三)", "创新普法方式", BODIES["普法"].replace("60", "72")),
        )),
    ])
    links = set()
    for pair in section_pairs(a, b):
        if pair.a and pair.b:
            links.add((pair.a.title, pair.b.title))
        for other in pair.also:
            links.add((other.title, pair.b.title) if pair.b else (pair.a.title, other.title))
    assert {("推进依法决策和学法用法", "坚持学法用法"), ("推进依法决策和学法用法", "推进依法决策"),
            ("加强普法宣传", "创新普法方式")} <= links


def test_topics_of_a_report_without_parts_pair_with_those_under_the_parts_of_their_role():
    """Last year's report has no part headings: its review topics, then its plan topics
    numbered again from 一. This year's has a review part and a plan part over its topics.
    Review topics pair with review topics and plan with plan, none with a whole part."""
    economy_done = "全市生产总值增长百分之六，规模以上工业增加值增长百分之七，固定资产投资稳步回升。"
    people_done = "城镇新增就业一万人，新建改建幼儿园十所，城乡居民医保财政补助标准继续提高。"
    economy_plan = "今年生产总值预期增长百分之六以上，规模以上工业增加值增长百分之七，扩大有效投资。"
    people_plan = "今年城镇新增就业一万二千人，新建改建幼儿园十二所，提高城乡居民医保财政补助标准。"
    a = parser.parse(
        "各位代表：\n一、经济稳步增长\n" + economy_done + "\n二、民生持续改善\n" + people_done
        + "\n一、全力稳增长\n" + economy_plan + "\n二、用心惠民生\n" + people_plan + "\n")
    b = parser.parse(
        "2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n过去一年成绩来之不易。\n"
        "（一）经济运行稳中向好\n" + economy_done.replace("六", "五点八")
        + "\n（二）民生福祉不断增进\n" + people_done.replace("十所", "十五所")
        + "\n二、2025年工作安排\n今年要抓好以下工作。\n"
        "（一）推动经济持续回升\n" + economy_plan.replace("六", "五")
        + "\n（二）办好民生实事\n" + people_plan.replace("十二所", "二十所") + "\n")
    paired = {titles(pair) for pair in section_pairs(a, b) if pair.a and pair.b}
    assert {("经济稳步增长", "经济运行稳中向好"), ("民生持续改善", "民生福祉不断增进"),
            ("全力稳增长", "推动经济持续回升"), ("用心惠民生", "办好民生实事")} <= paired
