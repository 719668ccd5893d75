"""Outline nodes as the reader addresses them (tui.widgets.nodes): what each is called."""

from __future__ import annotations

import parser
from parser.nodes import BACK, FRONT
from tui.strings import t
from tui.widgets.nodes import node_name


def test_a_node_is_called_by_its_marker_and_title_and_the_matter_around_by_name():
    doc = parser.parse("某街道2023年工作报告\n一、总体情况\n(一)加强领导\n正文。\n\n某街道\n")
    section = doc.sections[0]
    assert node_name(doc, section.index) == (section.marker, section.title)
    assert node_name(doc, section.index) == ("一、", "总体情况")
    assert node_name(doc, FRONT) == ("", t("node.front"))
    assert node_name(doc, BACK) == ("", t("node.back"))
