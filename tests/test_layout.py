"""The reading pane's display lines (parser.layout): coverage, roles, runs, row lookups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from parser import parse
from parser.layout import ROLES, Layout, layout
from parser.model import Document, Meta, Section
from parser.wrap import text_cells
from tests.tiling import assert_tiles

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
WIDTHS = (1, 2, 7, 40, 80, 160)

_MARKER_LEVELS = [
    (re.compile(r"[一二三四五六七八九十]+、"), 1, "cn"),
    (re.compile(r"[(（][一二三四五六七八九十]+[)）]"), 2, "cn-paren"),
    (re.compile(r"\d+[.、]"), 3, "arabic"),
    (re.compile(r"[(（]\d+[)）]"), 4, "arabic-paren"),
]
_POINT = re.compile(r"[一二三四五六七八九十]+是")


def make_document(
    front: str,
    items: list[tuple[str, str, str]],
    back: str = "",
    *,
    debris: tuple[str, ...] = (),
    title_lines: tuple[str, ...] = (),
) -> Document:
    """A Document from ``front``, then ``(marker, title, body)`` per node, then ``back``.

    Each heading is ``marker + title`` (whitespace before the marker stays in the heading)
    and its body follows at once, so a body starting with ``\\n`` makes a heading line of its
    own and one that does not makes an inline heading.
    Levels come from the marker (``一、`` 1, ``(一)`` 2, ``1.`` 3, ``(1)`` 4; ``一是`` is a
    point one level below the node before it). ``debris`` and ``title_lines`` name text to
    mark, found at its first occurrence."""
    text = front
    flat: list[dict] = []
    for marker, title, body in items:
        if _POINT.fullmatch(marker.strip()):
            level, family, kind = (flat[-1]["level"] + 1 if flat else 1), "point", "point"
        else:
            level, family = next(
                (lv, fam) for rx, lv, fam in _MARKER_LEVELS if rx.fullmatch(marker.strip()))
            kind = "heading"
        heading_start = len(text)
        text += marker + title
        heading_end = len(text)
        text += body
        flat.append(dict(kind=kind, level=level, marker=marker.strip(), family=family,
                         title=title.rstrip("。,，"), heading=(heading_start, heading_end),
                         body_start=heading_end))
    back_start = len(text)
    text += back
    for node, following in zip(flat, flat[1:] + [None]):
        body_end = following["heading"][0] if following else back_start
        node["body"] = (node.pop("body_start"), body_end)

    parents: list[int | None] = []
    stack: list[int] = []
    for index, node in enumerate(flat):
        while stack and flat[stack[-1]]["level"] >= node["level"]:
            stack.pop()
        parents.append(stack[-1] if stack else None)
        stack.append(index)

    def build(index: int) -> Section:
        node = flat[index]
        children = tuple(build(i) for i, parent in enumerate(parents) if parent == index)
        return Section(index=index, kind=node["kind"], level=node["level"], marker=node["marker"],
                       family=node["family"], ordinal=None, title=node["title"],
                       line=text.count("\n", 0, node["heading"][0]) + 1,
                       heading=node["heading"], body=node["body"], children=children)

    def spans_of(pieces: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
        return tuple((text.index(p), text.index(p) + len(p)) for p in pieces)

    return Document(
        text=text, meta=Meta(), front=(0, len(front)),
        sections=tuple(build(i) for i, parent in enumerate(parents) if parent is None),
        back=(back_start, len(text)), debris=spans_of(debris), title_lines=spans_of(title_lines),
    )


REPORT = make_document(
    "紫兴街道2021年度法治政府建设工作报告\n\n发布时间: 字体:\n\n为深入贯彻落实党中央全面依法治国的部署要求,现将情况汇报如下:\n\n",
    [
        ("一、", "工作开展情况", "\n\n"),
        ("(一)", "强化制度,依法全面履行政府职能", "\n"),
        ("1、", "强化组织,夯实法治基础。", "我街道高度重视法治建设创建工作,不断强化党对法治建设的组织领导。\n"),
        ("2.", "整合资源,夯实审批制度改革", "\n\n\n按照“机构人员统一、场所标识统一”的要求,整合基层资源。\n"),
        ("(二)", "加强普法", "\n"),
        ("一是", "开展宣传。", "利用宣传日开展宣传。"),
        ("二是", "日常法治宣传。", "通过业务培训等形式开展普法宣传。\n"),
    ],
    "专此报告。\n紫兴街道办事处\n2021年12月30日\n扫一扫在手机打开当前页\n",
    debris=("发布时间: 字体:", "扫一扫在手机打开当前页"),
    title_lines=("紫兴街道2021年度法治政府建设工作报告",),
)


def seed_documents() -> list[Document]:
    return [parse(path.read_text(encoding="utf-8")) for path in SEEDS]


def visible_offsets(doc: Document) -> list[int]:
    return [i for i, ch in enumerate(doc.text) if not ch.isspace()]


def shown(doc: Document, lines: Layout) -> list[tuple[str, str]]:
    return [(line.role, doc.text[line.start:line.end]) for line in lines.lines]


def assert_well_formed(doc: Document, lines: Layout, width: int) -> None:
    """Every visible character is on exactly one line, lines fit, runs tile lines, rows
    are in text order and blank lines separate paragraphs one at a time."""
    covered = [0] * len(doc.text)
    if not visible_offsets(doc):
        # A document with no visible text is one blank line, not an empty screen.
        assert [line.role for line in lines.lines] == ["blank"]
        return
    previous_end = 0
    for row, line in enumerate(lines.lines):
        assert previous_end <= line.start <= line.end
        previous_end = line.end
        assert line.role in ROLES
        if line.role == "blank":
            assert line.start == line.end and line.runs == ()
            assert 0 < row < len(lines) - 1
            assert lines[row - 1].role != "blank" and lines[row + 1].role != "blank"
            continue
        shown_text = doc.text[line.start:line.end]
        assert text_cells(shown_text) <= width or len(shown_text) == 1
        assert line.runs[0][0] == line.start and line.runs[-1][1] == line.end
        assert all(a[1] == b[0] for a, b in zip(line.runs, line.runs[1:]))
        assert all(start < end and role in ROLES for start, end, role in line.runs)
        assert line.role == line.runs[0][2]
        for offset in range(line.start, line.end):
            covered[offset] += 1
    assert [covered[i] for i in visible_offsets(doc)] == [1] * len(visible_offsets(doc))


# --- coverage and shape -------------------------------------------------------------------


def test_hand_built_report_tiles_like_a_parsed_one():
    assert_tiles(REPORT)


@pytest.mark.parametrize("width", WIDTHS)
def test_hand_built_report_shows_every_character_once(width):
    assert_well_formed(REPORT, layout(REPORT, width), width)


@pytest.mark.parametrize("width", WIDTHS)
def test_seed_reports_show_every_character_once(width):
    for doc in seed_documents():
        assert_well_formed(doc, layout(doc, width), width)


def test_paragraphs_are_separated_by_one_blank_line_whatever_the_source():
    packed = make_document("标题\n", [("一、", "总体", "\n正文一。\n正文二。\n")], "落款\n")
    loose = make_document("\n\n标题\n\n\n", [("一、", "总体", "\n\n正文一。\n  \n\n正文二。\n\n")],
                          "\n落款\n\n\n")
    expected = ["标题", "", "一、总体", "", "正文一。", "", "正文二。", "", "落款"]
    for doc in (packed, loose):
        assert [text for _, text in shown(doc, layout(doc, 80))] == expected


def test_display_strips_indentation_but_offsets_stay_exact():
    doc = make_document("\u3000\u3000为深入贯彻落实。  \n", [])
    [line] = layout(doc, 80).lines
    assert doc.text[line.start:line.end] == "为深入贯彻落实。"
    assert line.start == 2


def test_roles_follow_the_structure():
    lines = layout(REPORT, 200)
    assert shown(REPORT, lines)[:8] == [
        ("title", "紫兴街道2021年度法治政府建设工作报告"), ("blank", ""),
        ("debris", "发布时间: 字体:"), ("blank", ""),
        ("front", "为深入贯彻落实党中央全面依法治国的部署要求,现将情况汇报如下:"), ("blank", ""),
        ("heading", "一、工作开展情况"), ("blank", ""),
    ]
    assert shown(REPORT, lines)[-7:] == [
        ("back", "专此报告。"), ("blank", ""), ("back", "紫兴街道办事处"), ("blank", ""),
        ("back", "2021年12月30日"), ("blank", ""), ("debris", "扫一扫在手机打开当前页"),
    ]


def test_inline_heading_is_one_paragraph_with_its_first_sentence_styled_as_heading():
    lines = layout(REPORT, 200)
    row = lines.row_for_section(2)
    line = lines[row]
    assert [(role, REPORT.text[start:end]) for start, end, role in line.runs] == [
        ("heading", "1、强化组织,夯实法治基础。"),
        ("body", "我街道高度重视法治建设创建工作,不断强化党对法治建设的组织领导。"),
    ]
    assert line.role == "heading" and lines[row + 1].role == "blank"


def test_inline_heading_wrapped_over_lines_keeps_the_split_where_it_falls():
    lines = layout(REPORT, 20)
    row = lines.row_for_section(2)
    assert [role for _, _, role in lines[row].runs] == ["heading"]
    assert [role for _, _, role in lines[row + 1].runs] == ["heading", "body"]
    assert lines[row + 1].role == "heading" and lines[row + 2].role == "body"
    first_body = lines[row + 1].runs[1]
    assert REPORT.text[first_body[0]:first_body[1]].startswith("我街道")


def test_point_in_the_middle_of_a_line_gets_a_point_run():
    lines = layout(REPORT, 200)
    row = lines.row_for_section(5)
    assert [(role, REPORT.text[start:end]) for start, end, role in lines[row].runs] == [
        ("point", "一是开展宣传。"), ("body", "利用宣传日开展宣传。"),
        ("point", "二是日常法治宣传。"), ("body", "通过业务培训等形式开展普法宣传。"),
    ]
    assert lines.row_for_section(6) == row


def test_lines_carry_the_level_and_index_of_their_section():
    lines = layout(REPORT, 200)
    by_text = {REPORT.text[line.start:line.end]: line for line in lines.lines}
    assert (by_text["(一)强化制度,依法全面履行政府职能"].level,
            by_text["(一)强化制度,依法全面履行政府职能"].section) == (2, 1)
    body = by_text["按照“机构人员统一、场所标识统一”的要求,整合基层资源。"]
    assert (body.role, body.level, body.section) == ("body", 3, 3)
    for line in lines.lines:
        if line.role in ("title", "front", "back"):
            assert (line.level, line.section) == (0, None)


def test_row_lookups_map_rows_offsets_and_sections_both_ways():
    for doc in [REPORT, *seed_documents()]:
        for width in (7, 80):
            lines = layout(doc, width)
            for row, line in enumerate(lines.lines):
                if line.role != "blank":
                    assert {lines.row_for_offset(o) for o in range(line.start, line.end)} == {row}
                assert lines.section_at_row(row) == line.section
            for node in doc.nodes:
                row = lines.row_for_section(node.index)
                assert lines[row].start <= node.heading[0] < lines[row].end
                assert row == 0 or lines[row - 1].end <= node.heading[0]


def test_offsets_in_skipped_whitespace_map_to_the_row_before():
    doc = make_document("第一段\n\n\n第二段\n", [])
    lines = layout(doc, 80)
    assert shown(doc, lines) == [("front", "第一段"), ("blank", ""), ("front", "第二段")]
    assert [lines.row_for_offset(o) for o in range(len(doc.text))] == [0, 0, 0, 1, 1, 1, 2, 2, 2, 2]


def test_headings_at_line_start_own_their_first_row():
    lines = layout(REPORT, 80)
    for node in REPORT.nodes[:5]:
        assert lines.section_at_row(lines.row_for_section(node.index)) == node.index


def test_indented_heading_maps_to_its_own_row_not_the_blank_before_it():
    doc = make_document("前言\n", [("一、", "总体", "\n"), ("  1.", "完善决策", "\n正文。\n")])
    lines = layout(doc, 80)
    row = lines.row_for_section(1)
    assert (lines[row].role, doc.text[lines[row].start:lines[row].end]) == ("heading", "1.完善决策")
    assert lines.section_at_row(row) == 1


def test_unknown_section_index_raises_index_error():
    with pytest.raises(IndexError):
        layout(REPORT, 80).row_for_section(len(REPORT.nodes))
    with pytest.raises(IndexError):
        layout(REPORT, 80).row_for_section(-1)


def test_width_below_one_lays_out_as_width_one():
    assert layout(REPORT, 0).lines == layout(REPORT, 1).lines == layout(REPORT, -3).lines
    assert layout(REPORT, 0).width == 1


@pytest.mark.parametrize("text", ["", "\n\n  \n"])
def test_document_without_visible_text_is_one_blank_line(text):
    lines = layout(make_document(text, []), 80)
    assert len(lines) == 1 and lines[0].role == "blank"
    assert lines.row_for_offset(0) == 0


# --- generated reports --------------------------------------------------------------------

_words = st.text(alphabet="法治政府建设年度报告“”,。、()2023abc %", min_size=1, max_size=60)
_gaps = st.sampled_from(["", "\n", "\n\n", " \n\u3000\n"])
_items = st.lists(
    st.tuples(
        st.sampled_from(["一、", "(一)", "1.", "(1)", "一是"]),
        _words,
        st.tuples(_gaps, _words, st.sampled_from(["\n", "\n\n"])).map("".join),
    ),
    max_size=8,
)


@given(_words, _items, _words, st.integers(min_value=1, max_value=50))
@example(front=" ", items=[], back=" ", width=1)
def test_generated_reports_show_every_character_once(front, items, back, width):
    if items and items[0][0] == "一是":
        items[0] = ("一、", *items[0][1:])
    doc = make_document(front + "\n", items, "\n" + back)
    assert_tiles(doc)
    assert_well_formed(doc, layout(doc, width), width)


def test_parsed_inline_heading_of_a_seed_splits_into_heading_and_body_runs():
    path = next(p for p in SEEDS if p.name.startswith("zixing"))
    doc = parse(path.read_text(encoding="utf-8"))
    node = next(n for n in doc.nodes if n.title.startswith("强化组织,夯实法治基础"))
    lines = layout(doc, 80)
    line = lines[lines.row_for_section(node.index)]
    heading_run, body_run = line.runs[:2]
    assert (heading_run[2], body_run[2]) == ("heading", "body")
    assert doc.text[heading_run[0]:heading_run[1]] == doc.text[node.heading[0]:node.heading[1]]
    assert doc.text[body_run[0]:body_run[1]].startswith("我街道高度重视")


@pytest.mark.parametrize("rows", [
    ["| 指标 | 2022年 | 2023年 |", "|---|---|---|", "| 行政复议 | 12件 | 9件 |"],  # Markdown
    ["指标\t2022年\t2023年", "行政复议\t12件\t9件", "行政诉讼\t3件\t2件"],  # .docx / .pdf
    ["指标     │ 2022年 │ 2023年", "行政复议 │ 12件   │ 9件"],  # a web page's table
])
def test_consecutive_table_rows_are_consecutive_lines(rows: list[str]) -> None:
    text = "一、主要数据\n全年办理情况如下。\n" + "\n".join(rows) + "\n以上数据截至年底。\n"
    shown = [text[line.start:line.end] if line.role != "blank" else ""
             for line in layout(parse(text), 200)]
    body = shown[shown.index("全年办理情况如下。"):]
    assert body == ["全年办理情况如下。", "", *rows, "", "以上数据截至年底。"]


def test_a_line_with_a_tab_alone_is_still_a_paragraph_of_its_own() -> None:
    text = "一、工作\n第一段。\n联系人：\t张三\n第二段。\n"
    shown = [text[line.start:line.end] if line.role != "blank" else ""
             for line in layout(parse(text), 200)]
    assert shown[shown.index("第一段。"):] == ["第一段。", "", "联系人：\t张三", "", "第二段。"]


def test_a_page_that_ran_its_paragraphs_together_reads_as_paragraphs_again():
    text = ("2023年工作总结\n2023年,全镇上下齐心协力,攻坚克难,圆满完成全年各项目标任务,经济社会发展迈上新台阶。"
            " 一、主要工作 (一)产业发展有了新起色。新建茶叶基地两千亩,引进加工企业三家。"
            " (二)集镇面貌有了新变化。完成老街改造一点二公里,建成农贸市场一处。\n")
    doc = parse(text)
    rows = shown(doc, layout(doc, 200))
    assert [shown_text for role, shown_text in rows if role != "blank"] == [
        "2023年工作总结",
        "2023年,全镇上下齐心协力,攻坚克难,圆满完成全年各项目标任务,经济社会发展迈上新台阶。",
        "一、主要工作",
        "(一)产业发展有了新起色。新建茶叶基地两千亩,引进加工企业三家。",
        "(二)集镇面貌有了新变化。完成老街改造一点二公里,建成农贸市场一处。",
    ]
    assert ("heading", "一、主要工作") in rows
    for width in WIDTHS:
        assert_well_formed(doc, layout(doc, width), width)
