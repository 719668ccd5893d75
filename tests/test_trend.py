"""``gongwen trend``: per report exactly the hits ``gongwen grep`` prints (checked against
substring counts written for a generated tree), grouped by year and by office with offices
normalised, as JSON, CSV and a plain table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parser.trend import ReportCount, group
from tui.cli import main

# (office folder, year, how often 法治政府 is written, how often 营商环境)
TREE = [
    ("省/浙江省", 2021, 3, 0),
    ("省/浙江省", 2022, 0, 2),
    ("省/浙江", 2023, 1, 1),  # another spelling of the same office
    ("市/杭州市", 2022, 5, 4),
    ("市/杭州市", 2023, 2, 0),
]


def _text(year: int, rule: int, business: int) -> str:
    lines = [f"{year}年工作报告", "", "一、总体情况"]
    lines += [f"第{n}条，推进法治政府建设。" for n in range(rule)]
    lines += ["二、营商", *(f"持续优化营商环境{n}。" for n in range(business))]
    return "\n".join(lines) + "\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    for office, year, rule, business in TREE:
        path = root / office / f"{year}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_text(year, rule, business), encoding="utf-8")
    (root / ".cache").mkdir()
    (root / ".cache" / "2020.md").write_text("法治政府" * 9, encoding="utf-8")
    return root


def _trend(capsys, *args: str) -> tuple[int, dict]:
    status = main(["trend", *args, "--json"])
    return status, json.loads(capsys.readouterr().out)


def test_hits_are_the_exact_counts_of_every_report(tree, capsys):
    status, payload = _trend(capsys, "法治政府", str(tree))
    assert status == 0 and payload["schema"] == "gongwen.trend/1"
    found = {(Path(r["path"]).parent.name, r["year"]): r["hits"] for r in payload["reports"]}
    assert found == {
        (Path(office).name, year): rule for office, year, rule, _ in TREE
    }
    for report in payload["reports"]:
        text = Path(report["path"]).read_text(encoding="utf-8")
        assert report["hits"] == text.count("法治政府")
        assert report["chars"] == len(text)


def test_hits_equal_what_grep_prints(tree, capsys):
    _, payload = _trend(capsys, "营商环境|法治", str(tree))
    main(["grep", "--json", "营商环境|法治", str(tree)])
    grep_hits = json.loads(capsys.readouterr().out)["hits"]
    for report in payload["reports"]:
        assert report["hits"] == sum(hit["path"] == report["path"] for hit in grep_hits)


def test_grouped_by_year_and_by_normalised_office(tree, capsys):
    _, payload = _trend(capsys, "法治政府", str(tree))
    by_year = {entry["year"]: (entry["reports"], entry["hits"]) for entry in payload["by_year"]}
    assert by_year == {2021: (1, 3), 2022: (2, 5), 2023: (2, 3)}
    by_office = {entry["org"]: entry["hits"] for entry in payload["by_office"]}
    assert by_office == {"浙江省": 4, "杭州市": 7}
    zhejiang = next(e for e in payload["by_office"] if e["org"] == "浙江省")
    assert zhejiang["per_10k"] == round(4 * 10_000 / zhejiang["chars"], 3)


def test_nothing_found_exits_1_and_a_bad_query_2(tree, capsys):
    assert _trend(capsys, "数字乡村", str(tree))[0] == 1
    assert main(["trend", "--", "-营商", str(tree)]) == 2
    assert "excludes" in capsys.readouterr().err


def test_csv_and_plain_tables(tree, capsys):
    assert main(["trend", "法治政府", str(tree), "--by", "office", "--csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "org,reports,with_hits,hits,chars,per_report,per_10k"
    assert [line.split(",")[:4] for line in lines[1:]] == [
        ["杭州市", "2", "2", "7"], ["浙江省", "3", "2", "4"]
    ]
    assert main(["trend", "法治政府", str(tree)]) == 0
    plain = capsys.readouterr().out.splitlines()
    assert plain[0].startswith("法治政府: 11 hits in 4 of 5 reports")
    assert plain[-1].startswith("2023") and plain[-1].endswith("█")


def test_a_second_run_uses_the_index_and_a_change_is_said(tree, capsys):
    _trend(capsys, "法治政府", str(tree))
    main(["trend", "法治政府", str(tree), "--json"])
    assert capsys.readouterr().err == ""
    path = tree / "市" / "杭州市" / "2023.md"
    path.write_text(path.read_text(encoding="utf-8") + "法治政府\n", encoding="utf-8")
    assert main(["trend", "法治政府", str(tree), "--json"]) == 0
    captured = capsys.readouterr()
    assert "refreshed it (1 report parsed)" in captured.err
    assert sum(r["hits"] for r in json.loads(captured.out)["reports"]) == 12


def test_group_puts_unknown_keys_last():
    counts = [ReportCount("a", None, 2021, 1, 10), ReportCount("b", "甲市", None, 2, 10)]
    assert [entry.key for entry in group(counts, "year")] == [2021, None]
    assert [entry.key for entry in group(counts, "office")] == ["甲市", None]
