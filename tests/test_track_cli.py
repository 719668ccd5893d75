"""``gongwen track``: the ``gongwen.track/1`` JSON, the plain list, the CSV, exit statuses and
bad input."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from parser.wrap import text_cells
from tests.track_fixtures import NO_PLAN, PLAN_2023, RESULTS_2024, WORK_PLAN, WORK_RESULTS
from tui.cli import main


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    plan = tmp_path / "qinghe-2023.txt"
    results = tmp_path / "qinghe-2024.txt"
    plan.write_text(PLAN_2023, encoding="utf-8")
    results.write_text(RESULTS_2024, encoding="utf-8")
    return str(plan), str(results)


def gongwen_track(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["track", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_follows_the_gongwen_track_schema(capsys, pair):
    status, out, err = gongwen_track(capsys, *pair, "--json")
    assert status == 1 and err == ""  # one item is unreported
    data = json.loads(out)
    assert list(data) == ["schema", "plan", "results", "plan_part", "review_part", "items",
                          "unplanned"]
    assert data["schema"] == "gongwen.track/1"
    assert (data["plan"], data["results"]) == pair
    assert data["plan_part"] == ["2024年工作打算"]
    assert data["review_part"] == ["2024年法治政府建设工作情况"]
    assert [item["status"] for item in data["items"]] == ["reported", "reported", "unreported"]
    plan_text, results_text = PLAN_2023, RESULTS_2024
    for item in data["items"]:
        assert list(item) == ["section", "at", "status", "evidence"]
        assert item["section"][0] == "2024年工作打算"
        start, end = item["at"]
        assert plan_text[start:end].startswith(("一是", "二是", "三是"))
        for evidence in item["evidence"]:
            assert list(evidence) == ["section", "at", "text", "score"]
            start, end = evidence["at"]
            assert results_text[start:end] == evidence["text"]
            assert 0 < evidence["score"] <= 1
    first = data["items"][0]["evidence"][0]
    assert first["section"] == ["2024年法治政府建设工作情况", "多元化解矛盾纠纷"]
    assert data["unplanned"] == [{
        "section": ["2024年法治政府建设工作情况", "营造法治文化氛围"],
        "at": [RESULTS_2024.index("举办"), RESULTS_2024.index("参与。") + 3],
        "text": "举办首届法治文化节,吸引居民1200人次参与。",
    }]


def test_exit_0_when_every_item_is_reported(capsys, tmp_path):
    plan = tmp_path / "plan.md"
    results = tmp_path / "results.md"
    plan.write_text(WORK_PLAN.replace("**三、着力发展乡村旅游。**创建省级旅游重点村5个，乡村旅游收入增长12%。",
                                      ""), encoding="utf-8")
    results.write_text(WORK_RESULTS, encoding="utf-8")
    status, out, _ = gongwen_track(capsys, str(plan), str(results), "--json")
    assert status == 0
    assert {item["status"] for item in json.loads(out)["items"]} == {"reported"}


def test_plain_lists_parts_items_with_status_evidence_and_unplanned_results(capsys, pair):
    status, out, _ = gongwen_track(capsys, *pair, "--plain", "--width", "300")
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith("plan:    ") and lines[0].endswith("(2024年工作打算)")
    assert lines[2] == "3 items: 2 reported, 0 partial, 1 unreported; 1 unplanned results"
    assert "[reported] 2024年工作打算 › 深化“三所联动”调解机制,在各社区新建调解工作室10个," \
           "力争矛盾纠纷化解率保持在95%以上" in lines
    assert "[unreported] 2024年工作打算 › 建设智慧停车管理平台,新增公共停车泊位500个" in lines
    assert any(line.strip().startswith("深化“三所联动”调解机制,建成社区调解工作室12个") for line in lines)
    assert "       figures: 10个 → 12个" in lines
    assert lines[-2:] == ["unplanned results (1):", "  举办首届法治文化节,吸引居民1200人次参与。"]
    assert "\x1b" not in out  # not a terminal: no colour


def test_plain_lines_fit_the_width_and_go_on_under_their_text(capsys, pair):
    for width in (80, 40):
        _, out, _ = gongwen_track(capsys, *pair, "--plain", "--width", str(width))
        lines = out.splitlines()
        assert max(text_cells(line) for line in lines) <= width
        # The item's section path goes on under itself, after its status.
        first = lines.index(next(line for line in lines if line.startswith("[reported] ")))
        assert lines[first + 1].startswith(" " * len("[reported] "))
        assert lines[first + 1][len("[reported] ")] != " "
        # Nothing is lost to the wrapping: the evidence reads the same joined up.
        assert "深化“三所联动”调解机制,建成社区调解工作室12个" in "".join(
            line.strip() for line in lines)
    assert gongwen_track(capsys, *pair, "--plain", "--width", "12")[0] == 2


def test_no_report_byte_reaches_the_terminal_as_a_control_sequence(capsys, tmp_path):
    plan = tmp_path / "plan.txt"
    results = tmp_path / "results.txt"
    plan.write_text(PLAN_2023, encoding="utf-8")
    results.write_text(RESULTS_2024.replace("举办首届", "举办\x1b[2J首届"), encoding="utf-8")
    _, out, _ = gongwen_track(capsys, str(plan), str(results), "--plain")
    assert "\x1b" not in out and "举办 [2J首届" in out


def test_csv_has_one_row_per_item(capsys, pair):
    status, out, _ = gongwen_track(capsys, *pair, "--csv")
    assert status == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["status"] for row in rows] == ["reported", "reported", "unreported"]
    assert rows[0]["evidence"].startswith("深化“三所联动”调解机制,建成")
    assert int(rows[0]["evidence_start"]) == RESULTS_2024.index("深化“三所联动”调解机制,建成")
    assert rows[2]["evidence"] == "" and rows[2]["more_evidence"] == "0"


@pytest.mark.parametrize("flag", ["--json", "--plain", "--csv"])
def test_a_report_without_a_plan_part_is_one_line_and_exit_2(capsys, tmp_path, pair, flag):
    no_plan = tmp_path / "no-plan.txt"
    no_plan.write_text(NO_PLAN, encoding="utf-8")
    status, out, err = gongwen_track(capsys, str(no_plan), pair[1], flag)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "no plan part" in err


def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, pair):
    status, out, err = gongwen_track(capsys, str(tmp_path / "missing.txt"), pair[1], "--json")
    assert status == 2 and out == "" and err.count("\n") == 1 and "missing.txt" in err
    binary = tmp_path / "report.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02" * 200)
    status, _, err = gongwen_track(capsys, pair[0], str(binary), "--plain")
    assert status == 2 and err.count("\n") == 1
    status, _, err = gongwen_track(capsys, pair[0], "--json")
    assert status == 2 and err.count("\n") == 1
    status, _, err = gongwen_track(capsys, *pair, "--json", "--csv")
    assert status == 2 and err.count("\n") == 1


def test_the_command_is_listed_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "gongwen track" in capsys.readouterr().out


def test_format_html_writes_a_page_with_every_item_and_its_evidence(capsys, pair, tmp_path):
    page = tmp_path / "track.html"
    status, out, err = gongwen_track(capsys, *pair, "--format", "html", "-o", str(page))
    assert status == 1 and out == "" and err == ""
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<script" not in text
    assert text.count('<tr class="reported"') == 2 and text.count('<tr class="unreported"') == 1
    assert "2024年工作打算" in text and "<mark>" in text
    assert "回顾中没有找到" in text  # the unreported item says so


def test_format_html_never_writes_over_a_report(capsys, pair):
    status, _, err = gongwen_track(capsys, *pair, "--format", "html", "-o", pair[0])
    assert status == 2 and "never writes over its input" in err


def test_quoted_evidence_leaves_out_the_markdown_markup_it_begins_or_ends_inside(capsys, tmp_path):
    # A bold lead closed after its last word and before the full stop: the sentence after
    # the previous one begins inside the run, so its closing ** is inside the sentence.
    written = WORK_RESULTS.replace("**城市功能持续完善。**地铁2号线建成通车，打通断头路17条，",
                                   "城市功能持续完善。**地铁2号线建成通车，打通断头路17条**，")
    plan = tmp_path / "plan.md"
    results = tmp_path / "results.md"
    plan.write_text(WORK_PLAN, encoding="utf-8")
    results.write_text(written, encoding="utf-8")
    args = (str(plan), str(results))
    _, out, _ = gongwen_track(capsys, *args, "--json")
    quoted = [evidence for item in json.loads(out)["items"] for evidence in item["evidence"]]
    roads = [evidence for evidence in quoted if "断头路" in evidence["text"]]
    assert [evidence["text"] for evidence in roads] == ["地铁2号线建成通车，打通断头路17条，新增公共停车位2300个。"]
    start, end = roads[0]["at"]
    # The offsets still point into the text as written, markup and all.
    assert written[start:end] == "地铁2号线建成通车，打通断头路17条**，新增公共停车位2300个。"
    assert not any("*" in evidence["text"] for evidence in quoted)
    _, out, _ = gongwen_track(capsys, *args, "--plain")
    assert "       地铁2号线建成通车，打通断头路17条，新增公共停车位2300个。\n" in out and "*" not in out
    _, out, _ = gongwen_track(capsys, *args, "--csv")
    assert ",地铁2号线建成通车，打通断头路17条，新增公共停车位2300个。," in out and "*" not in out
    page = tmp_path / "track.html"
    gongwen_track(capsys, *args, "--format", "html", "-o", str(page))
    shown = re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8"))
    assert "打通断头路17条，新增公共停车位2300个。" in shown
    assert "着力推进科技创新。建设柳川实验室" in shown  # the plan item, its bold lead closed
    assert "**" not in shown
