"""``parser.track``: finding the plan and review parts, the items, the evidence and statuses, on
small pairs written for the case (``tests.track_fixtures``), plus invariants over generated
pairs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import parser
from parser.track import (
    MAX_EVIDENCE,
    find_parts,
    heading_years,
    part_headings,
    plan_items,
    track,
)
from tests.track_fixtures import NO_PLAN, PLAN_2023, RESULTS_2024, WORK_PLAN, WORK_RESULTS


def traced(plan: str, results: str):
    return track(parser.parse(plan), parser.parse(results))


def test_years_in_arabic_and_chinese_digits():
    assert heading_years("2024年工作打算") == [2024]
    assert heading_years("一九九八年工作的回顾") == [1998]
    assert heading_years("“十三五”规划纲要说明及2016年工作建议") == [2016]
    assert heading_years("下一步工作打算") == []


def test_the_plan_for_next_year_and_the_review_of_it_are_found():
    plan, review = find_parts(parser.parse(PLAN_2023), parser.parse(RESULTS_2024))
    assert plan is not None and review is not None
    assert plan.titles == ("2024年工作打算",) and plan.year == 2024
    assert review.titles == ("2024年法治政府建设工作情况",) and review.year == 2024


def test_unnumbered_and_bold_part_headings_count_and_sub_headings_do_not():
    headings = part_headings(parser.parse(WORK_PLAN))
    assert [(h.title, h.role) for h in headings] == [
        ("2022年工作回顾", "review"),
        ("2023年主要工作", "plan"),  # 主要工作 after a review plans
        ("全面加强政府自身建设", "self-building"),
    ]
    results = parser.parse(WORK_RESULTS)
    titles = [h.title for h in part_headings(results)]
    assert titles == ["2023年工作回顾", "2024年工作安排"]
    # A lead sentence with a cue word (成效, 突破) inside the review is not a part.
    assert "科技创新取得突破" not in titles


def test_points_are_the_items_of_a_plan_without_sections():
    doc = parser.parse(PLAN_2023)
    plan, _ = find_parts(doc, parser.parse(RESULTS_2024))
    assert plan is not None
    items = plan_items(doc, plan)
    assert [doc.text[a:a + 6] for a, _ in (item.span for item in items)] == [
        "一是深化“三", "二是推进行政", "三是建设智慧"]
    assert all(item.section[0] == "2024年工作打算" for item in items)


def test_paragraphs_are_the_items_of_a_plan_without_nodes_and_lead_sentences_name_them():
    result = traced(WORK_PLAN, WORK_RESULTS)
    assert [item.item.section for item in result.items] == [
        ("2023年主要工作", "着力推进科技创新"),
        ("2023年主要工作", "着力改善城市交通"),
        ("2023年主要工作", "着力发展乡村旅游"),
    ]


def test_statuses_and_evidence():
    result = traced(PLAN_2023, RESULTS_2024)
    mediation, enforcement, parking = result.items
    assert mediation.status == "reported"
    assert mediation.evidence[0].passage.text.startswith("深化“三所联动”调解机制,建成社区调解工作室12个")
    assert "调解" in mediation.evidence[0].words
    assert enforcement.status == "reported"
    assert enforcement.evidence[0].passage.text.startswith("组织执法案卷评查2次")
    assert parking.status == "unreported" and parking.evidence == ()
    assert result.counts == {"reported": 2, "partial": 0, "unreported": 1}
    assert not result.all_reported


def test_evidence_carries_its_section_path_and_offsets_into_the_results_text():
    result = traced(PLAN_2023, RESULTS_2024)
    evidence = result.items[0].evidence[0]
    start, end = evidence.passage.span
    assert result.results.text[start:end] == evidence.passage.text
    assert evidence.passage.section == ("2024年法治政府建设工作情况", "多元化解矛盾纠纷")
    item = result.items[0].item
    assert result.plan.text[item.span[0]:item.span[1]] == item.text


def test_unplanned_results_are_review_sentences_that_answer_no_item():
    result = traced(PLAN_2023, RESULTS_2024)
    assert [passage.text for passage in result.unplanned] == ["举办首届法治文化节,吸引居民1200人次参与。"]
    work = traced(WORK_PLAN, WORK_RESULTS)
    assert "新建中小学8所，新增学位1.2万个。" in [p.text for p in work.unplanned]


def test_a_report_without_a_plan_part_says_so():
    result = traced(NO_PLAN, RESULTS_2024)
    assert result.items == ()
    assert result.problems and "no plan part" in result.problems[0]
    backwards = traced(PLAN_2023, NO_PLAN.replace("工作情况", "工作要点"))
    assert any("no review part" in problem for problem in backwards.problems)


def test_plans_and_reviews_of_different_years_get_a_note():
    result = traced(RESULTS_2024, PLAN_2023)  # the wrong way round: plans 2025, reviews 2023
    assert result.notes and "2025" in result.notes[0] and "2023" in result.notes[0]
    assert traced(PLAN_2023, RESULTS_2024).notes == ()


_TASKS = ["新建调解工作室10个", "开展执法案卷评查", "建设智慧停车平台", "举办法治讲座20场",
          "完善法律顾问制度", "推进政务公开标准化", "整治占道经营", "培育法律明白人100名"]


@settings(max_examples=40, deadline=None)
@given(planned=st.lists(st.sampled_from(_TASKS), min_size=1, max_size=6, unique=True),
       done=st.lists(st.sampled_from(_TASKS), max_size=6, unique=True))
def test_invariants_over_generated_pairs(planned, done):
    ordinals = "一二三四五六七八"
    plan = "街道2023年法治政府建设年度报告\n一、2023年工作情况\n全年召开会议4次。\n三、2024年工作打算\n" + "".join(
        f"{ordinals[i]}是{task}。\n" for i, task in enumerate(planned))
    results = "街道2024年法治政府建设年度报告\n一、2024年工作情况\n" + "".join(
        f"({ordinals[i]}){task}\n全年{task}，成效明显。\n" for i, task in enumerate(done)) + (
        "二、存在的不足\n人员不足。\n")
    result = traced(plan, results)
    assert len(result.items) == len(planned)
    review = result.review_part
    assert review is not None
    for item in result.items:
        assert len(item.evidence) <= MAX_EVIDENCE
        assert (item.status == "unreported") == (not item.evidence)
        scores = [evidence.score for evidence in item.evidence]
        assert scores == sorted(scores, reverse=True)
        for evidence in item.evidence:
            assert review.holds(evidence.passage.span[0])
            assert 0 < evidence.score <= 1
    for task, item in zip(planned, result.items, strict=True):
        if task in done:
            assert item.status != "unreported", task


def test_lead_sentences_after_a_point_belong_to_it():
    plan = ("青禾街道2023年法治政府建设年度报告\n一、2023年工作情况\n全年召开会议4次。\n"
            "二、2024年工作打算\n一是深化矛盾纠纷多元化解。\n健全调解网络。在各社区新建调解工作室10个。\n"
            "强化诉调对接。与法院共建诉调对接中心。\n二是推进行政执法规范化。\n开展案卷评查。组织执法案卷评查2次。\n")
    doc = parser.parse(plan)
    assert [node.kind for node in doc.nodes].count("lead") == 2  # the outline sees two leads
    plan_part, _ = find_parts(doc, parser.parse(RESULTS_2024))
    assert plan_part is not None
    items = plan_items(doc, plan_part)
    assert [item.section[-1] for item in items] == ["深化矛盾纠纷多元化解", "推进行政执法规范化"]
    assert items[0].text.endswith("与法院共建诉调对接中心。")


def test_figures_promised_and_reported_for_the_same_task_are_paired():
    result = traced(PLAN_2023, RESULTS_2024)
    assert result.items[0].evidence[0].figures == (("10个", "12个"),)
    # 化解率95% against 化解率96%: the clauses share only 化解率 (one word), not enough.
    assert ("95%", "96%") not in result.items[0].evidence[0].figures
    work = traced(WORK_PLAN, WORK_RESULTS)
    assert ("300家", "326家") in work.items[0].evidence[0].figures
