"""`gongwen outline` end to end, and every kind of bad input: one line on stderr, exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

SEEDS = Path(__file__).parent.parent / "seeds"


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_outline_prints_indented_tree(capsys) -> None:
    status, out, err = run_cli(capsys, "outline", str(SEEDS / "beichengjie-2025.txt"))
    lines = out.splitlines()
    assert status == 0 and err == ""
    assert lines[0] == "北城街街道办事处2025年法治政府建设年度报告 · 北城街街道办事处 · 2025"
    assert lines[1] == "一、 2024年法治政府建设基本情况"
    assert lines[2] == "  (一) 强化政治引领,压实法治建设责任"
    assert lines[3] == "    1. 健全领导机制"
    assert "\x1b[" not in out  # not a terminal: no colour


def test_outline_json_has_the_documented_shape(capsys) -> None:
    status, out, _ = run_cli(capsys, "outline", "--json", str(SEEDS / "zixing-2021.txt"))
    data = json.loads(out)
    assert status == 0
    assert data["schema"] == "gongwen.outline/1"
    assert data["encoding"] == "utf-8"
    assert data["meta"] == {"title": "紫兴街道2021年度法治政府建设工作报告", "org": "开阳县人民政府紫兴街道办事处",
                            "year": 2021, "date": "2021-11-04"}
    first = data["sections"][0]
    assert {"kind", "level", "marker", "title", "line", "heading", "body", "children"} <= set(first)
    text = (SEEDS / "zixing-2021.txt").read_text(encoding="utf-8")
    assert data["length"] == len(text)
    start, end = first["heading"]
    assert text[start:end] == "一、工作开展情况"


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch) -> None:
    from tui.output import colour_enabled

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert colour_enabled(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not colour_enabled(Tty())


def test_empty_file_is_front_matter_only(tmp_path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status, out, _ = run_cli(capsys, "outline", "--json", str(empty))
    data = json.loads(out)
    assert status == 0
    assert (data["length"], data["front"], data["sections"], data["back"]) == (0, [0, 0], [], [0, 0])


def test_text_without_headings_is_one_body(tmp_path, capsys) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("今年以来，我局认真贯彻落实各项部署。\n全年办理行政复议案件12件。\n", encoding="utf-8")
    status, out, _ = run_cli(capsys, "outline", "--json", str(plain))
    data = json.loads(out)
    assert status == 0 and data["sections"] == []
    assert data["front"] == [0, data["length"]]


def _bad(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50)
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    bad_utf16 = tmp_path / "bad16.txt"
    bad_utf16.write_bytes(b"\xff\xfe\x00\xd8")  # BOM, then a lone surrogate
    directory = tmp_path / "folder"
    directory.mkdir()
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "directory": (directory, "is a directory"),
        "binary": (binary, "binary data"),
        "pdf": (pdf, "PDF"),
        "undecodable": (bad_utf16, "not valid utf-16"),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "binary", "pdf", "undecodable"])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, case: str) -> None:
    path, words = _bad(tmp_path)[case]
    status, out, err = run_cli(capsys, "outline", str(path))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert err.startswith("gongwen: ")


def test_file_over_the_size_limit_is_refused(tmp_path, capsys) -> None:
    big = tmp_path / "big.txt"
    big.write_text("一、总体情况\n" + "法治" * 40000, encoding="utf-8")
    status, _, err = run_cli(capsys, "outline", "--max-size", "0.1", str(big))
    assert status == 2 and "over the 0.1 MB limit" in err and err.count("\n") == 1


def test_permission_denied_is_one_line(tmp_path, capsys, monkeypatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("一、总体情况\n", encoding="utf-8")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    status, _, err = run_cli(capsys, "outline", str(locked))
    assert status == 2 and err == f"gongwen: {locked}: permission denied\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_mode_is_one_line(tmp_path, capsys) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("一、总体情况\n", encoding="utf-8")
    locked.chmod(0)
    status, _, err = run_cli(capsys, "outline", str(locked))
    assert status == 2 and "permission denied" in err


def test_usage_errors_are_one_line(capsys) -> None:
    status, _, err = run_cli(capsys, "outline")
    assert status == 2 and err.count("\n") == 1 and "PATH" in err
    status, _, err = run_cli(capsys, "outline", "x.txt", "--max-size", "lots")
    assert status == 2 and "megabytes" in err


def test_gongwen_never_writes_to_what_it_reads(tmp_path, capsys) -> None:
    copy = tmp_path / "r.txt"
    copy.write_bytes((SEEDS / "fatou-2023.txt").read_bytes())
    before = (copy.stat().st_mtime_ns, copy.read_bytes())
    run_cli(capsys, "outline", "--json", str(copy))
    assert (copy.stat().st_mtime_ns, copy.read_bytes()) == before


def test_outline_as_a_process_from_another_directory(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", "outline", str(SEEDS / "nanshan-2023.txt")],
        capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "一、 2023年法治政府建设工作情况"
    assert "jieba" not in result.stderr
