"""``gongwen figures``: every figure in the same clause as a hit, with its report, office,
year and section, across a folder of folders."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import parser
from parser.figure_table import figures_with
from tui.cli import main

REPORT_2022 = """某区2022年法治政府建设年度报告

一、依法应诉
全年涉及行政诉讼2件、行政复议1件，败诉率0%，负责人出庭率100%。
二、其他
召开会议4次。
"""
REPORT_2023 = """某区2023年法治政府建设年度报告

一、依法应诉
全年行政诉讼案件5件，负责人出庭率95.5%。
"""


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "区"
    for year, text in ((2022, REPORT_2022), (2023, REPORT_2023)):
        path = root / "某区" / f"{year}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_only_the_figures_of_a_hits_clause_are_taken():
    document = parser.parse(REPORT_2022)
    assert [c.figure.text for c in figures_with(document, "行政诉讼")] == ["2件"]
    assert [c.figure.text for c in figures_with(document, "出庭率|败诉")] == ["0%", "100%"]
    assert figures_with(document, "法治政府") == []  # 2022年 is a year, not a figure


def test_figures_across_a_tree_as_json(tmp_path, capsys):
    root = _tree(tmp_path)
    assert main(["figures", "--json", "出庭率", str(root)]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert [(f["year"], f["org"], f["figure"], f["value"], f["unit"]) for f in figures] == [
        (2022, "某区", "100%", 100, "%"), (2023, "某区", "95.5%", 95.5, "%")
    ]
    assert figures[0]["section"] == ["依法应诉"] and figures[0]["line"] == 4
    text = REPORT_2022
    assert text[figures[0]["start"] : figures[0]["end"]] == "100%"


def test_csv_and_plain_output_and_nothing_found(tmp_path, capsys):
    root = _tree(tmp_path)
    assert main(["figures", "--csv", "行政诉讼", str(root)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(row["year"], row["figure"], row["clause"]) for row in rows] == [
        ("2022", "2件", "全年涉及行政诉讼2件"), ("2023", "5件", "全年行政诉讼案件5件")
    ]
    assert main(["figures", "行政诉讼", str(root)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("(某区 2022) 依法应诉: 2件 ← 全年涉及行政诉讼2件")
    assert main(["figures", "信访", str(root)]) == 1
