"""What a diff of prose does not count: width, spacing, line endings, a final newline,
Markdown markup and traditional characters — unless ``--exact``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import parser
from parser.diff import diff
from parser.normal import comparison_text, key
from tui.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

REPORT = """---
title: 某区2023年法治政府建设年度报告
---

**一、2023年工作情况**

全年办理行政复议案件12件，同比增长20%。
（一）加强组织领导
召开专题会议4次，研究部署法治建设工作。

**二、2024年工作计划**

继续深化“放管服”改革，提升执法水平。
"""


def full_width(text: str) -> str:
    return text.translate(str.maketrans("0123456789%,", "０１２３４５６７８９％，"))


def stripped(text: str) -> str:
    body = text.split("---\n", 2)[2]
    return body.replace("**", "")


def traditional(text: str) -> str:
    """A mirror site's copy in traditional characters."""
    return text.translate(str.maketrans("区设报况办复议长组织领导开专会计划继续执",
                                        "區設報況辦複議長組織領導開專會計劃繼續執"))


@pytest.mark.parametrize("copy", [
    full_width,
    lambda text: text.replace("\n", "\r\n"),
    lambda text: text.rstrip("\n"),
    lambda text: text.replace("，", "，  ").replace("\n\n", "\n\n\n"),
    stripped,
    traditional,
], ids=["full-width", "crlf", "no-final-newline", "spaces", "markdown-stripped", "traditional"])
def test_a_report_against_its_own_copy_has_no_change(tmp_path, capsys, copy):
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    a.write_text(REPORT, encoding="utf-8")
    b.write_bytes(copy(REPORT).encode("utf-8"))
    status = main(["diff", str(a), str(b), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert status == 0
    assert data["edits"] == [] and {s["status"] for s in data["sections"]} == {"same"}
    assert data["statistics"]["exact"] is False


def test_exact_counts_width_and_markup(tmp_path, capsys):
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    a.write_text(REPORT, encoding="utf-8")
    b.write_text(full_width(REPORT), encoding="utf-8")
    status = main(["diff", str(a), str(b), "--json", "--exact"])
    data = json.loads(capsys.readouterr().out)
    assert status == 1 and data["statistics"]["exact"] is True
    changed = {REPORT[e["a"][0]:e["a"][1]] for e in data["edits"]}
    assert {"12", "20%", "4"} <= changed


def test_a_real_change_next_to_a_width_change_is_still_found():
    a = parser.parse(REPORT)
    b = parser.parse(full_width(REPORT).replace("４次", "６次"))
    result = diff(a, b)
    assert [(a.text[e.a[0]:e.a[1]], b.text[e.b[0]:e.b[1]]) for e in result.edits] == [
        ("4", "６")]


def test_comparison_text_keeps_offsets_and_keys_drop_spacing():
    text = "---\ntitle: 报告\n---\n**一、总体情况**\n全年１２件，同比增长 20% 。\n"
    compared = comparison_text(text)
    assert len(compared) == len(text)
    assert key(compared) == "一、总体情况全年12件,同比增长20%。"
    assert key(comparison_text("**一、总体**", exact=True)) == "**一、总体**"
    assert key("covid 19  test") == "covid 19 test"
    assert key(text, exact=True) == text
