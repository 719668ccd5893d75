"""`e` in the reader writes the report with its outline to the current directory — never
beside the report — and says where."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import parser
from tests.test_reader import reader_app
from tui.commands.export import default_output

ZIXING = Path(__file__).parent.parent / "seeds" / "zixing-2021.txt"


async def test_e_exports_the_report_as_markdown_into_the_current_directory(
        tmp_path, monkeypatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    app = reader_app(ZIXING)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
    written = work / "zixing-2021.md"
    assert written.exists() and any(str(written) in message for message in messages)
    text = written.read_text(encoding="utf-8")
    assert "## 一、工作开展情况" in text and "- [一、工作开展情况](#一工作开展情况)" in text


def test_the_default_output_is_never_beside_the_report_nor_over_a_file(tmp_path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    source = folder / "zixing-2021.txt"
    shutil.copy(ZIXING, source)
    sources = [str(source)]
    # Reading from inside the report's own folder: a subfolder, not next to the report.
    assert default_output("zixing-2021", "md", sources, cwd=folder) == (
        folder / "gongwen-export" / "zixing-2021.md")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "zixing-2021.html").write_text("mine", encoding="utf-8")
    assert default_output("zixing-2021", "html", sources, cwd=elsewhere) == (
        elsewhere / "zixing-2021-2.html")
    assert os.listdir(folder) == ["zixing-2021.txt"]


async def test_e_in_the_diff_view_writes_the_side_by_side_page(tmp_path, monkeypatch) -> None:
    from tui.app import GongwenApp
    from tui.screens.diff import DiffScreen
    from tui.themes import load_themes

    monkeypatch.chdir(tmp_path)
    old = tmp_path / "in" / "2022.txt"
    old.parent.mkdir()
    old.write_text("一、主要工作\n召开专题会议4次。\n二、下一步\n继续。\n", encoding="utf-8")
    new = old.with_name("2023.txt")
    new.write_text("一、主要工作\n召开专题会议6次。\n二、下一步\n继续。\n", encoding="utf-8")
    themes, _ = load_themes([])
    app = GongwenApp(diff=(parser.load(old), parser.load(new)), themes=themes)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, DiffScreen) and app.screen.result is not None:
                break
        await pilot.press("e")
        await pilot.pause()
    page = tmp_path / "2022-2023.html"
    assert "<del>4</del>" in page.read_text(encoding="utf-8")
    assert sorted(p.name for p in old.parent.iterdir()) == ["2022.txt", "2023.txt"]
