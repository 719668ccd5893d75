"""The outline a careful reader writes down for each bundled report, by reading its text: the
top-level headings, and some deeper ones with the headings they stand under.

The golden files (``tests/golden``) are the program's own output and only show that nothing
changed; these expectations were written from the reports themselves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import parser
from parser.model import Document, Section

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TOP_LEVEL = {
    "beichengjie-2025": ["一、2024年法治政府建设基本情况", "二、存在的问题与不足", "三、2026年工作计划"],
    "fatou-2023": [
        "一、推进法治政府建设情况", "二、法治政府建设工作亮点", "三、法治政府建设中存在的不足",
        "四、2024年工作思路和主要安排",
    ],
    "nanshan-2023": [
        "一、2023年法治政府建设工作情况", "二、存在不足和原因", "三、2024年法治政府建设工作计划",
    ],
    "sijiqing-2023": ["一、主要举措与成效", "二、存在的不足和原因", "三、2024年工作计划"],
    "zixing-2021": ["一、工作开展情况", "二、存在问题", "三、下一步工作计划"],
}
"""Every top-level heading, in order (marker and title as printed, inline headings without
the sentence that follows them)."""

DEEP = {
    "beichengjie-2025": [
        ("一、", "(五)强化权利保障,提升法治服务水平", "1.完善法律服务体系"),
        ("一、", "(五)强化权利保障,提升法治服务水平", "2.保障行政诉讼应诉成效"),
        ("一、", "(五)强化权利保障,提升法治服务水平", "3.维护特殊群体权益"),
        ("二、", "(四)干部法治实践能力需进一步加强"),
        ("三、", "(五)健全长效机制,凝聚工作合力"),
    ],
    "fatou-2023": [
        ("一、", "(二)推进依法科学民主决策,确保严格规范执法"),
        ("一、", "(一)坚持党建引领,扎实有序推进法治政府建设", "2.加强党内法规制度建设"),
        ("二、", "(二)坚持多元参与联防联动,创建“五位一体”矛盾纠纷调处化解全流程工作机制"),
        ("四、", "(四)落实普法责任制,营造学法尊法守法浓厚氛围"),
    ],
    "nanshan-2023": [
        ("一、", "(一)加强组织领导,带头学法用法",
         "一是严格落实党政主要负责人履行推进法治建设第一责任人职责"),
        ("一、", "(一)加强组织领导,带头学法用法", "二是带头学法用法,发挥表率带动作用"),
        ("一、", "(六)完善统筹推进法治街区建设工作机制"),
        ("二、", "(三)法律宣传仍需加强"),
        ("三、", "(四)加强宣传,落实主体责任"),
    ],
    "sijiqing-2023": [
        ("一、", "(一)压实主体责任,笃学践行习近平法治思想", "一是发挥组织引领作用"),
        ("一、", "(四)坚持有为法治,夯实基层治理和谐根基"),
        ("三、", "(一)巩固思想根基,提升法治水平"),
        ("三、", "(三)推进重点工作,提升法治影响力"),
    ],
    "zixing-2021": [
        ("一、", "(一)强化制度,依法全面履行政府职能", "1、强化组织,夯实法治基础"),
        ("一、", "(一)强化制度,依法全面履行政府职能", "2.整合资源,夯实审批制度改革"),
        ("一、", "(二)完善机制,加强依法行政和依法执政", "1、加强规范监督管理"),
        ("一、", "(七)特色宣传,营造深厚法治文化氛围"),
        ("三、", "(一)层层分解压实工作职责"),
    ],
}
"""Deeper headings, each with the headings above it (the top level by its marker only)."""


def _label(section: Section) -> str:
    return section.marker + section.title


def _fold_brackets(label: str) -> str:
    # The reports write both （一） and (一); the expectations use the half-width form.
    return label.replace("（", "(").replace("）", ")")


def _find(document: Document, path: tuple[str, ...]) -> Section | None:
    top, *rest = path
    siblings = [section for section in document.sections if section.marker == top]
    found = siblings[0] if siblings else None
    for label in rest:
        if found is None:
            return None
        found = next(
            (child for child in found.children if _fold_brackets(_label(child)) == label), None
        )
    return found


@pytest.mark.parametrize("name", sorted(TOP_LEVEL))
def test_top_level_headings_as_a_reader_lists_them(name: str) -> None:
    document = parser.load(SEEDS / f"{name}.txt")
    assert [_fold_brackets(_label(section)) for section in document.sections] == TOP_LEVEL[name]


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deeper_headings_stand_under_the_right_ones(name: str) -> None:
    document = parser.load(SEEDS / f"{name}.txt")
    missing = [" › ".join(path) for path in DEEP[name] if _find(document, path) is None]
    assert missing == []
