"""Markdown input: reports kept in a Markdown collection (front matter, ``**…**`` and ``#``
headings, comments, rules). Invented short texts; each asserts what a reader sees and that the
spans still tile the text as written, markup included."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import parser
from parser import markdown
from parser.model import Document
from tests.tiling import assert_tiles


def _md(text: str, *, markdown_input: bool | None = True) -> Document:
    doc = parser.parse(textwrap.dedent(text).lstrip("\n"), markdown_input=markdown_input)
    assert_tiles(doc)
    return doc


def _outline(doc: Document) -> list[tuple[int, str, str]]:
    return [(s.level, s.marker, s.title) for s in doc.nodes]


def _lines(doc: Document, spans) -> list[str]:
    return [doc.text[s:e] for s, e in spans]


REPORT = """
    ---
    title: 青石市政府工作报告（2024年1月8日 林某）
    source: 青石日报
    ---

    ——2024年1月8日在青石市第十六届人民代表大会第四次会议上

    <!-- 市长林某作政府工作报告。 -->

    各位代表：

    现在，我代表市人民政府，向大会报告工作，请予审议。

    **一、2023年工作回顾**

    过去一年，全市经济回升向好。

    ## 二、2024年工作安排

    **（一）着力扩大有效需求。**推动消费提质扩容。

    ---

    **名词解释**

    1. 新质生产力：以创新起主导作用的先进生产力。

    2. 两新：大规模设备更新和消费品以旧换新。
    """


def test_front_matter_title_is_the_title_when_the_body_has_none() -> None:
    doc = _md(REPORT)
    assert doc.meta.title == "青石市政府工作报告"
    assert doc.meta.org == "青石市人民政府"
    assert doc.meta.year == 2024


def test_front_matter_is_kept_dimmed_in_the_front() -> None:
    doc = _md(REPORT)
    assert doc.front_matter is not None
    block = doc.text[doc.front_matter[0]:doc.front_matter[1]]
    assert block.startswith("---\ntitle:") and block.endswith("source: 青石日报\n---")
    assert doc.front[0] == 0 and doc.front[1] > doc.front_matter[1]
    assert _lines(doc, doc.debris)[:4] == [
        "---", "title: 青石市政府工作报告（2024年1月8日 林某）", "source: 青石日报", "---"]


def test_bold_and_hash_headings_are_headings_without_their_markup() -> None:
    doc = _md(REPORT)
    assert _outline(doc) == [
        (1, "一、", "2023年工作回顾"),
        (1, "二、", "2024年工作安排"),
        (2, "（一）", "着力扩大有效需求"),
        (1, "", "名词解释"),
        (2, "1.", "新质生产力"),
        (2, "2.", "两新"),
    ]


def test_markup_belongs_to_the_heading_it_decorates() -> None:
    doc = _md(REPORT)
    first, second, third = doc.nodes[:3]
    assert doc.text[first.heading[0]:first.heading[1]] == "**一、2023年工作回顾**"
    assert doc.text[second.heading[0]:second.heading[1]] == "## 二、2024年工作安排"
    assert doc.text[third.heading[0]:third.heading[1]] == "**（一）着力扩大有效需求。**"
    assert doc.text[third.body[0]:third.body[1]].startswith("推动消费提质扩容。")


def test_comments_and_rules_are_debris_not_text() -> None:
    doc = _md(REPORT)
    debris = _lines(doc, doc.debris)
    assert "<!-- 市长林某作政府工作报告。 -->" in debris
    assert debris.count("---") == 3  # the two fences and the rule
    rule = doc.text.index("\n---\n", 10) + 1
    assert (rule, rule + 3) in doc.debris


def test_a_title_in_the_body_wins_over_the_front_matter() -> None:
    doc = _md("""
        ---
        title: 2023年度工作总结
        ---
        # 松岭镇2023年度法治政府建设工作报告

        今年以来，我镇扎实推进法治政府建设。

        ## 一、主要举措

        完善制度。

        ## 二、下一步打算

        持续用力。
        """)
    assert doc.meta.title == "松岭镇2023年度法治政府建设工作报告"
    assert doc.meta.org == "松岭镇人民政府"
    assert _outline(doc) == [(1, "一、", "主要举措"), (1, "二、", "下一步打算")]


def test_hash_levels_nest_unnumbered_headings() -> None:
    doc = _md("""
        # 白沙区2024年工作总结

        2024年，白沙区各项工作有序推进。

        ## 工作回顾

        ### 经济运行

        稳中有进。

        ### 民生保障

        持续改善。

        ## 工作打算

        一、稳增长

        扩大投资。

        二、惠民生

        办好实事。
        """)
    assert _outline(doc) == [
        (1, "", "工作回顾"), (2, "", "经济运行"), (2, "", "民生保障"),
        (1, "", "工作打算"), (2, "一、", "稳增长"), (2, "二、", "惠民生"),
    ]


def test_unnumbered_bold_line_after_numbered_parts_is_a_sibling_at_the_top() -> None:
    doc = _md("""
        **政府工作报告**

        各位代表：

        **一、聚焦实体经济**

        （一）做强制造业。加快技改。

        **二、扩大开放合作**

        深化改革。

        **全面加强政府自身建设**

        坚持依法行政。
        """)
    assert doc.meta.title == "政府工作报告"
    assert _outline(doc) == [
        (1, "一、", "聚焦实体经济"), (2, "（一）", "做强制造业"),
        (1, "二、", "扩大开放合作"), (1, "", "全面加强政府自身建设"),
    ]


def test_bold_sentences_salutations_and_speaker_lines_are_not_headings() -> None:
    doc = _md("""
        ---
        title: 河湾县政府工作报告
        ---

        **河湾县人民政府县长 赵某**

        **各位代表：**

        一、2023年工作回顾

        **过去一年，我们主要做了以下工作：**

        稳住了经济基本盘。
        """)
    assert _outline(doc) == [(1, "一、", "2023年工作回顾")]


def test_evident_markdown_is_read_as_markdown_without_the_file_name() -> None:
    text = "---\ntitle: 东岗区工作报告\n---\n\n**一、工作回顾**\n\n成效明显。\n"
    assert markdown.is_markdown(text)
    doc = parser.parse(text)
    assert doc.meta.title == "东岗区工作报告"
    assert _outline(doc) == [(1, "一、", "工作回顾")]


def test_plain_text_with_a_stray_asterisk_is_not_markdown() -> None:
    text = "一、工作回顾\n完成投资**亿元（数据待核）。\n---\n二、下步打算\n继续努力。\n"
    assert not markdown.is_markdown(text)
    doc = parser.parse(text)
    assert doc.front_matter is None
    assert _outline(doc) == [(1, "一、", "工作回顾"), (1, "二、", "下步打算")]
    assert "完成投资**亿元" in doc.text[doc.nodes[0].body[0]:doc.nodes[0].body[1]]


def test_markdown_file_is_read_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("**一、工作回顾**\n\n成效明显。\n\n**二、下步打算**\n\n继续努力。\n",
                    encoding="utf-8")
    doc = parser.load(path)
    assert _outline(doc) == [(1, "一、", "工作回顾"), (1, "二、", "下步打算")]


def test_the_view_masks_markup_and_keeps_every_offset() -> None:
    text = "---\ntitle: 甲\n---\n## 一、乙 ##\n**丙。**丁<!-- 注 -->\n"
    markup = markdown.read(text)
    assert len(markup.view) == len(text)
    assert markup.view.replace(markdown.MASK, "").replace("\n", "") == "一、乙丙。丁"
    assert markup.fields == {"title": "甲"}


def test_block_markup_is_read_on_the_first_line_and_under_an_indent() -> None:
    # the opening line has no newline before it; a quote, a rule and bold may stand indented
    markup = markdown.read("# 一、甲\n  > 乙\n丙。\n   ***\n  **二、丁\n")
    assert markup.view.replace(markdown.MASK, "").split("\n") == [
        "一、甲", "乙", "丙。", "", "  二、丁", ""]
    assert markup.heading_levels == {0: 1}
    assert markup.bold_lines == {len("# 一、甲\n  > 乙\n丙。\n   ***\n")}


_PIECES = st.sampled_from([
    "**一、工作回顾**", "## 二、工作安排", "**（一）扩大内需。**推动消费。", "<!-- 注 -->", "---",
    "**名词解释**", "1. 两新：设备更新。", "各位代表：", "推动消费提质扩容。加快发展。", "**",
    "> 引文", "# 标题", "__强调__文字", "*", "——2024年1月8日在会议上", "附件1", "",
    "经济平稳增长，成效明显。", "**未闭合的粗体", "三)强化监督。开展评查。",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.booleans(), st.sampled_from(["\n", "\r\n"]))
def test_any_markdown_tiles_and_titles_carry_no_markup(
    pieces: list[str], front: bool, newline: str
) -> None:
    text = ("---\ntitle: 甲乙报告\n---\n" if front else "") + "\n".join(pieces)
    doc = parser.parse(text.replace("\n", newline), markdown_input=True)
    assert_tiles(doc)
    assert doc.text == text
    for node in doc.nodes:
        assert "**" not in node.title and not node.title.startswith("#")
    if doc.meta.title:
        assert "**" not in doc.meta.title


def test_a_bold_lead_whose_full_stop_falls_outside_the_bold_is_not_a_part() -> None:
    doc = _md("""
        **一、过去五年工作回顾**

        **城乡统筹发展呈现良好局面。**农村面貌明显改善。

        **政府自身建设进一步加强**。依法行政扎实推进。

        **二、今后五年奋斗目标**

        目标明确。
        """)
    assert [(s.level, s.marker) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、"), (1, "二、")]


def test_a_number_bold_on_its_own_keeps_the_long_bold_sentence_after_it_as_its_title() -> None:
    doc = _md("""
        **六、加强医疗**

        **41.** **加强医疗机构医疗器械使用质量监管，全年核查覆盖率、建档率、医疗器械管理人员培训率均达100%。**

        **42.城乡居民养老保险参保覆盖率保持在95%以上。**
        """)
    assert _outline(doc) == [
        (1, "六、", "加强医疗"), (2, "41.", "加强医疗机构医疗器械使用质量监管"),
        (2, "42.", "城乡居民养老保险参保覆盖率保持在95%以上")]


def test_markup_characters_are_kept_and_dimmed_never_content():
    from parser.layout import role_segments

    text = "---\ntitle: 某市政府工作报告\n---\n\n## 一、2023年工作回顾\n\n**推进法治建设。**全年办结行政复议案件3件。\n"
    doc = parser.parse(text, markdown_input=True)
    marks = [text[start:end] for start, end in doc.markup]
    assert marks[1:] == ["## ", "**", "**"]
    assert marks[0].startswith("---\ntitle:") and marks[0].rstrip().endswith("---")
    assert all(a[1] <= b[0] for a, b in zip(doc.markup, doc.markup[1:]))
    roles = {text[start:end]: role for start, end, role in role_segments(doc)}
    assert roles["**"] == "debris" and roles["## "] == "debris"
    assert parser.parse(text.replace("**", "").replace("## ", ""), markdown_input=False).markup == ()


def test_without_marks_leaves_out_only_the_markup_inside_the_stretch():
    text = "**一、总体要求。**坚持**稳中求进**。"
    marks = markdown.read(text).marks
    assert markdown.without_marks(text, marks, 0, len(text)) == "一、总体要求。坚持稳中求进。"
    # A stretch that begins inside a mark (the second * of the first **) and ends inside one.
    assert markdown.without_marks(text, marks, 1, text.index("进") + 2) == "一、总体要求。坚持稳中求进"
    assert markdown.without_marks(text, (), 0, len(text)) == text


@given(st.text(alphabet="*#文字。\n ", max_size=40), st.data())
@settings(max_examples=200, deadline=None)
def test_without_marks_keeps_every_character_that_is_not_markup(text, data):
    marks = markdown.read(text).marks
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    masked = set()
    for first, last in marks:
        masked.update(range(first, last))
    assert markdown.without_marks(text, marks, start, end) == "".join(
        text[i] for i in range(start, end) if i not in masked)
