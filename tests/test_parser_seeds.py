"""The five bundled reports against their golden outlines (checked by hand against the text),
plus the facts a reader would state about each one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import parser
from tests.tiling import assert_tiles
from tui.commands.outline import outline_json

SEEDS = Path(__file__).parent.parent / "seeds"
GOLDEN = Path(__file__).parent / "golden"
SEED_NAMES = sorted(path.stem for path in SEEDS.glob("*.txt"))


def _outline(name: str) -> dict:
    data = outline_json(parser.load(SEEDS / f"{name}.txt"))
    data["source"] = f"{name}.txt"
    return data


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_outline_matches_golden(name: str) -> None:
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert _outline(name) == expected


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_spans_tile_the_text(name: str) -> None:
    assert_tiles(parser.load(SEEDS / f"{name}.txt"))


def _titles(doc: parser.Document, level: int) -> list[str]:
    return [s.marker + s.title for s in doc.nodes if s.level == level]


def test_misplaced_marker_takes_the_missing_slot() -> None:
    # zixing line 45: "  1. 完善决策…" stands where (三) belongs, between (二) and (四).
    doc = parser.load(SEEDS / "zixing-2021.txt")
    part_one = doc.sections[0]
    slipped = part_one.children[2]
    assert (slipped.marker, slipped.title, slipped.line) == ("1.", "完善决策,坚持多元化推进原则", 45)
    assert slipped.inferred_ordinal == 3
    assert [c.marker for c in slipped.children] == ["1、", "2、", "3、", "4、", "5、", "6、"]
    assert [c.marker for c in part_one.children][3:] == ["(四)", "(五)", "(六)", "(七)"]


def test_repeated_title_and_debris_stay_in_front_matter() -> None:
    doc = parser.load(SEEDS / "zixing-2021.txt")
    assert doc.meta.title == "紫兴街道2021年度法治政府建设工作报告"
    assert len(doc.title_lines) == 2
    assert [doc.text[s:e] for s, e in doc.debris] == ["发布时间: \u2003字体:"]
    assert doc.front[1] == doc.sections[0].start


def test_fourth_level_paren_numbers_nest_under_arabic() -> None:
    doc = parser.load(SEEDS / "zixing-2021.txt")
    item = doc.sections[0].children[1].children[0]
    assert item.title == "加强规范监督管理"
    assert [(c.marker, c.title, c.level) for c in item.children][:2] == [
        ("(1)", "征求意见到位", 4), ("(2)", "审查审核到位", 4)]


def test_mixed_separators_are_one_family() -> None:
    doc = parser.load(SEEDS / "fatou-2023.txt")
    items = doc.sections[0].children[1].children
    assert [c.marker for c in items] == ["1.", "2.", "3.", "4、"]
    assert {c.level for c in items} == {3}


def test_inline_heading_splits_at_first_full_stop() -> None:
    doc = parser.load(SEEDS / "beichengjie-2025.txt")
    first = doc.sections[0].children[0].children[0]
    assert first.title == "健全领导机制"
    assert doc.text[first.heading[0]:first.heading[1]] == "1.健全领导机制。"
    assert doc.text[first.body[0]:].startswith("成立由党政主要负责人任双组长")


def test_points_are_nodes_under_their_section() -> None:
    doc = parser.load(SEEDS / "nanshan-2023.txt")
    section = doc.sections[0].children[0]
    assert [(p.kind, p.marker, p.level) for p in section.children] == [
        ("point", "一是", 3), ("point", "二是", 3)]
    assert section.children[1].title == "带头学法用法,发挥表率带动作用"


def test_points_run_together_in_a_paragraph_are_nodes() -> None:
    # sijiqing's plan runs 一是…二是… inside (二)'s paragraph, after its inline heading.
    doc = parser.load(SEEDS / "sijiqing-2023.txt")
    second = doc.sections[2].children[1]
    assert second.title == "完善工作机制,形成治理合力"
    assert doc.text[slice(*second.body)] == "强化各项机制建设,为工作提供制度支撑。"
    assert [(p.kind, p.marker, p.title) for p in second.children] == [
        ("point", "一是", "完善区域治理各项机制,兜牢法治网络"),
        ("point", "二是", "积极打造上下一体的学法懂法用法环境"),
    ]


def test_unnumbered_sentence_after_points_is_not_split() -> None:
    # fatou's 一是 paragraph carries 二是…五是 after semicolons: one point each, in order.
    doc = parser.load(SEEDS / "fatou-2023.txt")
    points = doc.sections[1].children[1].children
    assert [p.marker for p in points] == ["一是", "二是", "三是", "四是", "五是"]
    assert all(doc.text[p.heading[0] - 1] in "。;" for p in points[1:])


@pytest.mark.parametrize(
    ("name", "title", "org", "year", "date"),
    [
        # (two title lines: the page's headline, then the article's own, which is the title)
        ("fatou-2023", "垡头街道2023年法治政府建设工作报告", "北京市朝阳区人民政府垡头街道办事处", 2023, "2023-12-30"),
        ("zixing-2021", "紫兴街道2021年度法治政府建设工作报告", "开阳县人民政府紫兴街道办事处", 2021, "2021-11-04"),
        ("nanshan-2023", None, "南山街道办事处", 2023, "2023-12-12"),
        ("sijiqing-2023", None, "四季青街道办事处", 2023, None),
        ("beichengjie-2025", "北城街街道办事处2025年法治政府建设年度报告", "北城街街道办事处", 2025, None),
    ],
)
def test_seed_metadata(name, title, org, year, date) -> None:
    meta = parser.load(SEEDS / f"{name}.txt").meta
    assert (meta.title, meta.org, meta.year, meta.date) == (title, org, year, date)


def test_signature_block_is_back_matter() -> None:
    doc = parser.load(SEEDS / "nanshan-2023.txt")
    assert doc.text[doc.back[0]:doc.back[1]] == (
        "专此报告。\n南山街道办事处\n2023年12月12日\n扫一扫在手机打开当前页")
    assert "时间:2023-12-15来源:南山街道办事处" == doc.text[slice(*doc.debris[0])]
