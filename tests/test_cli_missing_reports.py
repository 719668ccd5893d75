"""Paths on the command line that name no report. A folder that holds none is trouble for every
command that reads reports: one line naming it, exit 2, not an empty result that looks like a
pass; a missing file is said in the same words by each command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tui.cli import main


@pytest.mark.parametrize("command", [["check"], ["check", "--json"], ["grep", "复议"],
                                     ["trend", "复议"]])
def test_a_folder_without_reports_is_one_line_and_exit_2(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GONGWEN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GONGWEN_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "空文件夹"
    folder.mkdir()
    (folder / "说明.xlsx").write_bytes(b"not a report")
    assert main([*command, str(folder)]) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "no reports in the folder" in line]
    assert len(lines) == 1 and str(folder) in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["outline"], ["grep", "复议"], ["trend", "复议"],
                                     ["check"], ["check", "--json"]])
def test_a_missing_report_is_named_in_the_same_words_by_every_command(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GONGWEN_CACHE_DIR", str(tmp_path / "cache"))
    missing = tmp_path / "2023.md"
    assert main([*command, str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"{missing}: no such file\n" in err and "Traceback" not in err


def test_a_folder_without_reports_read_from_stdin_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GONGWEN_CONFIG_DIR", str(tmp_path / "config"))
    folder = tmp_path / "空文件夹"
    folder.mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{folder}\n"))
    assert main(["check", "-"]) == 2
    assert f"gongwen check: {folder}: no reports in the folder" in capsys.readouterr().err


def test_check_refuses_an_empty_path_rather_than_checking_the_current_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GONGWEN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GONGWEN_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "2023.txt").write_text("一、工作情况\n依法行政。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", ""]) == 2
    captured = capsys.readouterr()
    assert captured.err == "gongwen check: an empty path names no report\n"
    assert "2023.txt" not in captured.out
