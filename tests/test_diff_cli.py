"""``gongwen diff``: the ``gongwen.diff/1`` JSON, the plain side-by-side and one-column
renderings, colour rules, exit statuses."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest

from parser.wrap import text_cells
from tests.test_align import next_year_fatou
from tests.test_diff_reuse import LAST_YEAR, THIS_YEAR
from tui.app import GongwenApp
from tui.cli import main
from tui.config import Config, load_config, save_config

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FATOU = str(SEEDS / "fatou-2023.txt")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(autouse=True)
def _no_colour_env(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def next_year(tmp_path) -> str:
    path = tmp_path / "fatou-2024.txt"
    path.write_text(next_year_fatou(), encoding="utf-8")
    return str(path)


def gongwen_diff(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["diff", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_follows_the_gongwen_diff_schema(capsys, next_year):
    status, out, err = gongwen_diff(capsys, FATOU, next_year, "--json")
    data = json.loads(out)
    assert status == 1 and err == ""
    assert data["schema"] == "gongwen.diff/1"
    assert {"schema", "a", "b", "sections", "edits", "figures"} <= data.keys()
    assert data["a"] == {"path": FATOU, "length": len(Path(FATOU).read_text(encoding="utf-8"))}
    assert data["b"]["path"] == next_year
    for section in data["sections"]:
        assert section["status"] in {"same", "changed", "added", "removed", "moved"}
        assert 0.0 <= section["similarity"] <= 1.0
        for side in ("a", "b"):
            assert section[side] is None or all(isinstance(t, str) for t in section[side])
        assert (section["a"] is None) == (section["status"] == "added")
        assert (section["b"] is None) == (section["status"] == "removed")
        if section["status"] != "moved":
            assert (section["similarity"] == 1.0) == (section["status"] == "same")
    for edit in data["edits"]:
        assert edit["op"] in {"insert", "delete", "replace"}
        assert len(edit["a"]) == len(edit["b"]) == 2
        assert (edit["a"][0] == edit["a"][1]) == (edit["op"] == "insert")
        assert (edit["b"][0] == edit["b"][1]) == (edit["op"] == "delete")
    assert {"a", "b", "context", "a_at", "b_at"} <= data["figures"][0].keys()


def test_json_sections_name_titles_from_the_top_and_offsets_index_the_texts(capsys, next_year):
    _, out, _ = gongwen_diff(capsys, FATOU, next_year, "--json")
    data = json.loads(out)
    added = [s for s in data["sections"] if s["status"] == "added"]
    assert added[0]["b"] == ["推进法治政府建设情况", "深化行政复议体制改革"]
    a_text = Path(FATOU).read_text(encoding="utf-8")
    b_text = Path(next_year).read_text(encoding="utf-8")
    figure = next(f for f in data["figures"] if f["a"] == "20次")
    assert (a_text[slice(*figure["a_at"])], b_text[slice(*figure["b_at"])]) == ("20次", "24次")
    assert figure["context"] == "全年中心组开展集体学习" and figure["delta"] == 4
    replaced = {(a_text[slice(*e["a"])], b_text[slice(*e["b"])]) for e in data["edits"]
                if e["op"] == "replace"}
    assert {("20", "24"), ("16", "18"), ("地区", "辖区"), ("1200", "1350")} <= replaced


def test_plain_side_by_side_marks_changed_words_without_colour(capsys, next_year):
    status, out, _ = gongwen_diff(capsys, FATOU, next_year, "--plain", "--width", "120")
    assert status == 1 and "\x1b[" not in out
    assert " │ " in out
    assert "[-20-]" in out and "{+24+}" in out
    assert "══ 一、推进法治政府建设情况 › (二)深化行政复议体制改革 ══ added" in out
    assert "══ 三、法治政府建设中存在的不足 ══ moved 1.0" in out
    assert "  20次 → 24次 (+4)" in out


def test_plain_lines_fit_the_width(capsys, next_year):
    for width in ("100", "150", "60"):
        _, out, _ = gongwen_diff(capsys, FATOU, next_year, "--plain", "--width", width)
        assert max(text_cells(line) for line in out.splitlines()) <= int(width)


def test_plain_below_100_columns_is_one_column_with_inline_changes(capsys, next_year):
    _, out, _ = gongwen_diff(capsys, FATOU, next_year, "--plain", "--width", "80")
    assert " │ " not in out
    assert "集体学习[-20-]{+24+}次" in out
    assert any(line.startswith("+ (二)深化行政复议体制改革") for line in out.splitlines())


def test_plain_width_defaults_to_the_terminal(capsys, next_year, monkeypatch):
    monkeypatch.setattr("shutil.get_terminal_size", lambda *a, **k: os.terminal_size((90, 24)))
    _, out, _ = gongwen_diff(capsys, FATOU, next_year, "--plain")
    assert " │ " not in out and "~ " in out


def test_plain_folds_unchanged_stretches_with_a_count(capsys, next_year):
    _, out, _ = gongwen_diff(capsys, FATOU, next_year, "--plain", "--width", "120")
    assert re.search(r"⋯ \d+ unchanged sections", out)
    assert re.search(r"⋯ \d+ unchanged paragraphs?", out)
    assert "扎实推进垡头街道法治政府建设" not in out  # the unchanged opening is folded


def test_plain_shows_only_the_words_around_a_change_in_a_long_paragraph(capsys, next_year):
    _, out, _ = gongwen_diff(capsys, FATOU, next_year, "--plain", "--width", "80")
    (line,) = [line for line in out.splitlines() if "[-20-]{+24+}" in line]
    assert re.match(r"~ ⋯\d+⋯.{24}\[-20-\]\{\+24\+\}次", line)
    assert "2023年街道以工委理论学习中心组为统领" not in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_on_a_terminal_and_never_with_no_color(monkeypatch, next_year):
    for no_color, expect_colour in ((None, True), ("1", False)):
        if no_color:
            monkeypatch.setenv("NO_COLOR", no_color)
        terminal = _Terminal()
        monkeypatch.setattr("sys.stdout", terminal)
        main(["diff", FATOU, next_year, "--plain", "--width", "120"])
        out = terminal.getvalue()
        assert ("\x1b[" in out) is expect_colour
        assert ("[-20-]" in out) is not expect_colour
        if expect_colour:
            assert "\x1b[1;31m20\x1b[0m" in out and "\x1b[1;32m24\x1b[0m" in out
            assert max(text_cells(ANSI.sub("", line)) for line in out.splitlines()) <= 120


def test_identical_reports_exit_0(capsys):
    status, out, _ = gongwen_diff(capsys, FATOU, FATOU, "--json")
    data = json.loads(out)
    assert status == 0 and data["edits"] == [] and data["figures"] == []
    assert {section["status"] for section in data["sections"]} == {"same"}
    status, out, _ = gongwen_diff(capsys, FATOU, FATOU, "--plain")
    assert status == 0 and "0 characters changed" in out


def test_a_count_of_thousands_is_written_with_separators_as_in_the_library(capsys, tmp_path):
    older, newer = tmp_path / "2022.txt", tmp_path / "2023.txt"
    older.write_text("一、工作回顾\n" + "全年办理行政复议案件。" * 150 + "\n", encoding="utf-8")
    newer.write_text("一、工作回顾\n" + "依法推进营商环境建设。" * 150 + "\n", encoding="utf-8")
    status, out, _ = gongwen_diff(capsys, str(older), str(newer), "--plain")
    assert status == 1
    changed = re.search(r"([\d,]+) characters changed", out)
    assert changed is not None and "," in changed.group(1), out.splitlines()[:4]


def test_an_unreadable_report_is_one_line_and_exit_2(capsys, tmp_path):
    status, out, err = gongwen_diff(capsys, FATOU, str(tmp_path / "missing.txt"), "--json")
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "missing.txt" in err


def test_without_plain_or_json_the_reports_open_in_the_view(
    capsys, next_year, monkeypatch, tmp_path
):
    monkeypatch.setenv("GONGWEN_CONFIG_DIR", str(tmp_path / "config"))
    opened = []
    monkeypatch.setattr(GongwenApp, "run", lambda app: opened.append(app.diff_documents))
    status, out, err = gongwen_diff(capsys, FATOU, next_year)
    assert status == 0 and out == "" and err == ""
    [(a, b)] = opened
    assert a.source.endswith("fatou-2023.txt") and b.source == next_year


def test_the_view_takes_the_configured_size_limit_and_does_not_save_a_one_off_one(
    capsys, next_year, monkeypatch, tmp_path
):
    monkeypatch.setenv("GONGWEN_CONFIG_DIR", str(tmp_path / "config"))
    assert save_config(Config(max_bytes=1000)) is None
    monkeypatch.setattr(GongwenApp, "run", lambda app: pytest.fail("the view started"))
    status, _, err = gongwen_diff(capsys, FATOU, next_year)
    assert status == 2 and len(err.strip().splitlines()) == 1

    opened = []
    monkeypatch.setattr(GongwenApp, "run", lambda app: opened.append(app))
    assert gongwen_diff(capsys, FATOU, next_year, "--max-size", "1")[0] == 0
    [app] = opened
    assert app.max_bytes == 1024 * 1024
    assert load_config()[0].max_bytes == 1000


def test_an_unreadable_report_fails_before_the_view_starts(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(GongwenApp, "run", lambda app: pytest.fail("the view started"))
    status, out, err = gongwen_diff(capsys, FATOU, str(tmp_path / "missing.txt"))
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "missing.txt" in err


@pytest.mark.parametrize("argv", [
    ["--plain", "--json"], ["--plain", "--width", "abc"], ["--plain", "--width", "5"], [],
])
def test_bad_command_lines_exit_2_with_one_line(capsys, argv):
    args = [FATOU, *argv] if argv else [FATOU]
    status, _, err = gongwen_diff(capsys, *args)
    assert status == 2 and len(err.strip().splitlines()) == 1


def test_reports_whose_sections_were_only_reordered_differ(capsys, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    first = "一、农业工作\n粮食产量稳定增长，新建高标准农田5万亩。\n"
    second = "二、工业工作\n规模以上工业增加值增长6%，新增企业12家。\n"
    a.write_text(first + second, encoding="utf-8")
    b.write_text(second.replace("二、", "一、") + first.replace("一、", "二、"), encoding="utf-8")
    status, out, _ = gongwen_diff(capsys, str(a), str(b), "--json")
    assert status == 1
    assert "moved" in {section["status"] for section in json.loads(out)["sections"]}


def test_a_heading_of_100k_characters_is_clipped_to_the_width(capsys, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("一、" + "长" * 100_000 + "\n正文。\n", encoding="utf-8")
    b.write_text("一、" + "长" * 100_000 + "\n正文有变。\n", encoding="utf-8")
    status, out, _ = gongwen_diff(capsys, str(a), str(b), "--plain", "--width", "80")
    assert status == 1
    header = next(line for line in out.splitlines() if line.startswith("══"))
    assert text_cells(header) <= 80 and header.endswith("…")


def test_json_of_thousands_of_sections_names_each_by_its_path(capsys, tmp_path):
    parts = [*"一二三四五六七八九十", *(f"十{digit}" for digit in "一二三四五六七八九"), "二十"]

    def report(extra: int) -> str:
        return "".join(
            f"{part}、第{p}部分\n"
            + "".join(f"{n}. 第{p}部分第{n}项\n完成任务{n + extra}件。\n" for n in range(1, 100))
            for p, part in enumerate(parts, 1)
        )

    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(report(0), encoding="utf-8")
    b.write_text(report(1), encoding="utf-8")
    status, out, _ = gongwen_diff(capsys, str(a), str(b), "--json")
    sections = json.loads(out)["sections"]
    assert status == 1 and len(sections) == 20 * 100
    assert sections[142]["b"] == ["第2部分", "第2部分第42项"]
    assert sections[142]["status"] == "changed"


def test_json_carries_pair_reasons_sentences_and_statistics(capsys, next_year):
    status, out, _ = gongwen_diff(capsys, FATOU, next_year, "--json")
    data = json.loads(out)
    assert data["schema"] == "gongwen.diff/1"
    renamed = next(s for s in data["sections"] if s["b"] and s["b"][-1] == "深入开展各类普法宣传活动")
    assert "content" in renamed["reasons"] and renamed["also"] == []
    assert 0 < renamed["reuse"]["reused_share"] <= 1
    kinds = {sentence["kind"] for sentence in data["sentences"]}
    assert {"kept", "reworded", "new", "dropped"} <= kinds
    assert all(s["section"] is None or 0 <= s["section"] < len(data["sections"])
               for s in data["sentences"])
    statistics = data["statistics"]
    assert statistics["new_topics"] == 1 and statistics["dropped_topics"] == 0
    assert sum(statistics["sentences"].values()) == len(data["sentences"])
    assert 0.5 < statistics["reuse"]["reused_share"] < 1


def test_plain_shows_reuse_sentences_and_where_a_moved_section_was(capsys, next_year):
    _, out, _ = gongwen_diff(capsys, FATOU, next_year, "--plain", "--width", "120")
    assert "reused " in out.splitlines()[2] + out.splitlines()[3]
    assert "← 原三、" in out
    assert "  sentences: " in out


def test_plain_lists_the_sentences_moved_into_a_section(capsys, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(LAST_YEAR, encoding="utf-8")
    b.write_text(THIS_YEAR, encoding="utf-8")
    _, out, _ = gongwen_diff(capsys, str(a), str(b), "--plain", "--width", "160")
    assert "  ↪ 开展安全生产大检查，整改隐患1200处。 ← 一、2023年工作回顾" in out
