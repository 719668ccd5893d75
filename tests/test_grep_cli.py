"""``gongwen grep``: plain and JSON output, marking, exit statuses, import weight."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import parser
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FATOU = str(SEEDS / "fatou-2023.txt")
ALL_SEEDS = sorted(str(path) for path in SEEDS.glob("*.txt"))


@pytest.fixture(autouse=True)
def _no_colour_env(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)


def grep(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["grep", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_plain_output_is_one_marked_line_per_hit(capsys):
    status, out, err = grep(capsys, "接诉即办", FATOU)
    lines = out.splitlines()
    assert status == 0 and err == ""
    assert len(lines) == 5
    assert all(line.startswith(f"{FATOU}:") and ">>接诉即办<<" in line for line in lines)


def test_plain_line_has_line_number_section_path_and_context(capsys):
    _, out, _ = grep(capsys, "矛调分平台", FATOU)
    doc = parser.load(FATOU)
    first = out.splitlines()[0]
    assert first.startswith(f"{FATOU}:")
    line, section, context = first.removeprefix(f"{FATOU}:").split(": ", 2)
    line_text = doc.text.splitlines()[int(line) - 1]
    assert "矛调分平台" in line_text
    node = doc.section_at(doc.text.index("矛调分平台"))
    assert section == " › ".join(n.title for n in doc.path(node))
    assert section.count(" › ") == node.level - 1
    before, after = context.split(">>矛调分平台<<")
    assert len(before.lstrip("…")) <= 20 and len(after.rstrip("…")) <= 20
    assert before.lstrip("…") + "矛调分平台" + after.rstrip("…") in line_text


def test_front_matter_hits_are_labelled(capsys):
    _, out, _ = grep(capsys, "年度法治政府建设情况报告", FATOU)
    assert out.startswith(f"{FATOU}:1: (开头): ")


def test_hit_is_coloured_on_a_terminal(capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    _, out, _ = grep(capsys, "接诉即办", FATOU)
    assert "\x1b[1;31m接诉即办\x1b[0m" in out and ">>" not in out


def test_no_color_turns_colour_off_even_on_a_terminal(capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = grep(capsys, "接诉即办", FATOU)
    assert "\x1b[" not in out and ">>接诉即办<<" in out


def test_json_output_lists_every_hit_with_exact_offsets(capsys):
    status, out, _ = grep(capsys, "--json", "行政复议|接诉即办", *ALL_SEEDS)
    payload = json.loads(out)
    assert status == 0
    assert payload["schema"] == "gongwen.grep/1"
    assert payload["query"] == "行政复议|接诉即办"
    hits = payload["hits"]
    assert {Path(hit["path"]).name for hit in hits} >= {"fatou-2023.txt", "sijiqing-2023.txt"}
    for hit in hits:
        doc = parser.load(hit["path"])
        assert doc.text[hit["start"] : hit["end"]] == hit["term"]
        assert hit["term"] in hit["context"]
        assert doc.line_of(hit["start"]) == hit["line"]
        assert hit["region"] == "section"
        node = doc.section_at(hit["start"])
        assert hit["section"] == [n.title or n.marker for n in doc.path(node)]


def test_json_with_no_hits_is_still_an_object(capsys):
    status, out, _ = grep(capsys, "--json", "不存在的词", FATOU)
    assert status == 1
    assert json.loads(out) == {"schema": "gongwen.grep/1", "query": "不存在的词", "hits": []}


def test_exit_status_is_1_when_nothing_matches(capsys):
    status, out, err = grep(capsys, "不存在的词", *ALL_SEEDS)
    assert (status, out, err) == (1, "", "")


def test_unreadable_file_is_reported_and_the_others_still_searched(capsys, tmp_path):
    missing = str(tmp_path / "missing.txt")
    status, out, err = grep(capsys, "接诉即办", missing, FATOU)
    assert status == 2
    assert len(out.splitlines()) == 5
    assert err.splitlines() == [f"gongwen grep: {missing}: no such file"]


def test_a_folder_is_searched_as_its_reports_without_its_readme(capsys):
    by_folder = grep(capsys, "--json", "法治|复议", str(SEEDS))
    by_file = grep(capsys, "--json", "法治|复议", *ALL_SEEDS)
    assert by_folder == by_file and by_folder[0] == 0
    assert "README" not in by_folder[1]


def test_a_folder_without_reports_is_named_and_the_others_still_searched(capsys, tmp_path):
    (tmp_path / "README.md").write_text("行政复议\n", encoding="utf-8")
    status, out, err = grep(capsys, "接诉即办", str(tmp_path), FATOU)
    assert status == 2 and len(out.splitlines()) == 5
    assert len(err.splitlines()) == 1 and err.startswith(f"gongwen grep: {tmp_path}: ")


def test_unusable_queries_are_errors_with_one_line(capsys):
    for query in ("", "  ", "-", "-信访"):
        status, out, err = grep(capsys, "--", query, FATOU)
        assert status == 2 and out == ""
        assert len(err.splitlines()) == 1 and err.startswith("gongwen grep: ")


def test_query_warnings_go_to_stderr_and_the_search_runs(capsys):
    status, out, err = grep(capsys, '"接诉即办', FATOU)
    assert status == 0 and len(out.splitlines()) == 5
    assert err == "gongwen grep: note: unclosed quote: the phrase runs to the end\n"


def test_missing_path_argument_is_a_usage_error(capsys):
    status, _, err = grep(capsys, "法治")
    assert status == 2 and "PATH" in err


def test_grep_runs_as_a_process_without_jieba_or_textual():
    probe = (
        "import sys; sys.argv = ['gongwen', 'grep', '接诉即办', *sys.argv[1:]];\n"
        "from tui.cli import main; status = main();\n"
        "assert 'jieba' not in sys.modules and 'textual' not in sys.modules, 'heavy import';\n"
        "sys.exit(status)"
    )
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-c", probe, *ALL_SEEDS], capture_output=True, text=True, env=env,
        cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 5


def test_module_entry_point_prints_hits(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("某街道报告\n一、行政复议\n办理行政复议案件3件。\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tui", "grep", "复议", str(report)],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "NO_COLOR": "1"}, check=False,
    )
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        f"{report}:2: 行政复议: 一、行政>>复议<<",
        f"{report}:3: 行政复议: 办理行政>>复议<<案件3件。",
    ]
