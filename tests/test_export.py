"""`gongwen export` (Markdown and HTML with the outline) and `gongwen diff --format html`."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import parser
from parser.diff import diff
from parser.diff_html import diff_html
from parser.export import slugs, to_html, to_markdown
from tui.cli import main
from tui.commands.outline import outline_text

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))

REPORT = """某区司法局2023年法治政府建设年度报告
发布时间:2024-01-05 字体:大 中 小
今年以来,我局认真贯彻落实上级部署,现将有关情况报告如下。
一、总体情况
(一)加强组织领导
1.健全工作机制。成立领导小组,召开专题会议4次。
2.完善考核办法
把法治建设纳入年度考核,权重<10%>。
二、存在问题
基层力量不足。
某区司法局
2024年1月5日
"""


def _markdown_parser() -> bool:
    """Whether the parser reads Markdown headings (``## 一、…``) as headings."""
    return bool(parser.parse("# 报告\n\n## 一、总体情况\n\n正文。\n\n## 二、问题\n\n正文。\n").sections)


def test_markdown_has_front_matter_headings_by_depth_and_a_table_of_contents() -> None:
    md = to_markdown(parser.parse(REPORT))
    assert md.startswith('---\ntitle: "某区司法局2023年法治政府建设年度报告"\n')
    assert 'year: "2023"' in md.split("---")[1]
    lines = md.split("\n")
    assert "# 某区司法局2023年法治政府建设年度报告" in lines
    assert "## 一、总体情况" in lines and "### (一)加强组织领导" in lines
    assert "#### 2.完善考核办法" in lines and "## 二、存在问题" in lines
    # An inline heading stays the start of its paragraph, in bold.
    assert "**1.健全工作机制。**成立领导小组,召开专题会议4次。" in lines
    toc = [line for line in lines if line.lstrip().startswith("- [")]
    assert toc == [
        "- [一、总体情况](#一总体情况)",
        "  - [(一)加强组织领导](#一加强组织领导)",
        "    - [1.健全工作机制。](#1健全工作机制)",
        "    - [2.完善考核办法](#2完善考核办法)",
        "- [二、存在问题](#二存在问题)",
    ]
    # The table of contents comes after the opening paragraph, before the first heading.
    assert lines.index(toc[0]) > lines.index("今年以来,我局认真贯彻落实上级部署,现将有关情况报告如下。")
    assert lines.index(toc[-1]) < lines.index("## 一、总体情况")
    assert "发布时间" not in md  # web-page debris stays behind
    assert "某区司法局\n\n2024年1月5日" in md


def test_slugs_follow_githubs_anchors_and_number_repeats() -> None:
    assert slugs(["一、总体情况", "1. 完善决策", "一、总体情况", "Plan A"]) == [
        "一总体情况", "1-完善决策", "一总体情况-1", "plan-a"]


@pytest.mark.skipif(not _markdown_parser(), reason="this parser does not read Markdown headings")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_exported_markdown_reads_with_the_outline_of_the_original(seed: Path, tmp_path) -> None:
    original = parser.load(seed)
    exported = tmp_path / f"{seed.stem}.md"
    assert main(["export", str(seed), "-o", str(exported)]) == 0
    assert outline_text(parser.load(exported)) == outline_text(original)


def test_html_is_one_page_with_the_contents_linked_to_the_headings() -> None:
    page = to_html(parser.parse(REPORT))
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:|//)""", page)  # nothing fetched
    assert "<script" not in page
    links = re.findall(r'<a href="#([^"]+)">', page)
    ids = re.findall(r' id="([^"]+)"', page)
    assert links == ids and len(links) == 5
    assert '<h2 id="一总体情况">一、总体情况</h2>' in page
    assert "权重&lt;10%&gt;" in page  # text is escaped, never markup
    assert "发布时间" not in page


def test_export_writes_the_file_asked_for_and_nothing_beside_the_input(tmp_path, capsys) -> None:
    source_dir = tmp_path / "in"
    source_dir.mkdir()
    source = source_dir / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    assert main(["export", str(source), "--format", "html", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert os.listdir(source_dir) == ["report.txt"] and os.listdir(out.parent) == ["report.html"]
    assert main(["export", str(source)]) == 0
    assert capsys.readouterr().out.startswith("---\ntitle:")


def test_export_never_writes_over_its_input(tmp_path, capsys) -> None:
    source = tmp_path / "report.md"
    source.write_text(REPORT, encoding="utf-8")
    assert main(["export", str(source), "-o", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "never writes over its input" in err
    assert source.read_text(encoding="utf-8") == REPORT


def test_export_of_bad_input_or_to_an_unwritable_place_is_one_line(tmp_path, capsys) -> None:
    assert main(["export", str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err.endswith("no such file\n")
    source = tmp_path / "r.txt"
    source.write_text(REPORT, encoding="utf-8")
    assert main(["export", str(source), "-o", str(tmp_path / "missing" / "r.md")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err


OLD = "某街道2022年工作总结\n一、主要工作\n召开党工委专题会议4次,调解纠纷30件。\n二、下一步\n继续努力。\n"
NEW = ("某街道2023年工作总结\n一、主要工作\n召开党工委专题会议6次,调解纠纷30件。\n"
       "二、新的举措\n开通热线<12345>。\n三、下一步\n继续努力。\n")


def test_diff_page_sets_the_reports_side_by_side_with_changes_and_figures() -> None:
    page = diff_html(diff(parser.parse(OLD), parser.parse(NEW)), "/data/某街道/2022.txt",
                     "/data/某街道/2023.txt")
    assert not re.search(r"""(?:src|href)=["']?(?:https?:|//)""", page) and "<script" not in page
    row = next(line for line in page.split("\n")
               if line.startswith('<tr class="changed">') and "专题会议" in line)
    # One row: the old paragraph on the left with 4 struck, the new on the right with 6.
    assert re.search(r"<td>召开党工委专题会议<del>4</del>次,调解纠纷30件。</td>"
                     r"<td>召开党工委专题会议<ins>6</ins>次,调解纠纷30件。</td>", row)
    assert "4次 → 6次 (+2)" in page
    assert "新增" in page and "<ins>开通热线&lt;12345&gt;。</ins>" in page
    assert 'class="empty"' in page or "class=empty" in page  # blank opposite the insertion
    assert '<th title="/data/某街道/2022.txt">某街道/2022.txt</th>' in page


def test_diff_format_html_writes_the_page(tmp_path, capsys) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(OLD, encoding="utf-8")
    b.write_text(NEW, encoding="utf-8")
    out = tmp_path / "diff.html"
    assert main(["diff", str(a), str(b), "--format", "html", "-o", str(out)]) == 1
    assert "<del>4</del>" in out.read_text(encoding="utf-8")
    assert main(["diff", str(a), str(b), "--format", "html", "-o", str(b)]) == 2
    assert b.read_text(encoding="utf-8") == NEW
    assert "never writes over its input" in capsys.readouterr().err


def test_a_page_that_ran_its_paragraphs_together_is_exported_a_paragraph_at_a_time() -> None:
    doc = parser.parse(
        "青石镇2023年工作总结\n"
        "2023年,青石镇在县委县政府的坚强领导下,稳中求进,各项事业取得新的进展,圆满完成了全年目标任务。"
        " 一、2023年主要工作 (一)产业发展有了新起色。新建茶叶基地两千亩,引进加工企业三家。"
        " (二)集镇面貌有了新变化。完成老街改造一点二公里,建成农贸市场一处,群众出行更加方便。\n")
    body = to_markdown(doc).split("* * *")[-1]
    assert "## 一、2023年主要工作\n" in body
    assert "\n**(一)产业发展有了新起色。**新建茶叶基地两千亩" in body
    assert "\n**(二)集镇面貌有了新变化。**完成老街改造" in body
