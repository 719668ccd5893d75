"""Copying from the reading pane: a mouse or keyboard selection gives the report's own text
(lines wrapped on screen joined again, nothing of the tree or the borders) to the terminal's
clipboard with a notice; ``v`` shows the report in the pager from a read-only copy."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

import pytest
from textual.geometry import Offset
from textual.selection import Selection

import parser
import tui.pager
from tui.app import GongwenApp
from tui.config import Config
from tui.pager import pager_command
from tui.screens.reader import ReaderScreen
from tui.strings import t
from tui.themes import load_themes
from tui.widgets.reading_pane import MARGIN, ReadingPane

LONG = "街道全年组织集中学法八次，覆盖机关干部和社区工作者，" * 6
REPORT = (
    "某街道年度工作总结\n"
    "\n"
    "一、学法用法\n"
    f"{LONG}\n"
    "\n"
    "二、依法决策\n"
    "重大事项均经合法性审查。\n"
    "\n"
    "三、普法宣传\n"
    + "开展宪法宣传周、民法典进社区等活动，发放资料，解答群众咨询。\n\n" * 20
)
"""A made-up report: a title, three sections, a paragraph long enough to wrap at 80 columns,
and enough lines to scroll."""


def _app(path: Path) -> GongwenApp:
    themes, _ = load_themes()
    return GongwenApp(document=parser.load(path), config=Config(), themes=themes)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "总结.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def _pane(app: GongwenApp) -> ReadingPane:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen.pane


def _row_of(pane: ReadingPane, offset: int) -> int:
    lines = pane.display_lines
    assert lines is not None
    return lines.row_for_offset(offset)


async def test_keyboard_selection_copies_whole_lines_of_the_report_text(report):
    app = _app(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = _pane(app)
        assert pane.has_focus
        lines = pane.display_lines
        assert lines is not None
        # From the top line down to the second screen line of the long paragraph.
        second = _row_of(pane, REPORT.index(LONG)) + 1
        await pilot.press("V", *["j"] * second)
        assert pane.selecting
        await pilot.press("y")
        await pilot.pause()
        # The report's text: no break where the paragraph wrapped on screen.
        assert app.clipboard == REPORT[:lines[second].end]
        assert app.clipboard.count("\n") == REPORT[:lines[second].end].count("\n")
        assert not pane.selecting and pane.text_selection is None
        notices = [notification.message for notification in app._notifications]
        assert t("copy.copied", n=len(app.clipboard)) in notices


async def test_keyboard_selection_across_paragraphs_keeps_their_breaks(report):
    app = _app(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("V", "G", "y")
        assert app.clipboard == REPORT.rstrip("\n")


async def test_escape_cancels_a_keyboard_selection_and_then_is_the_screens_again(report):
    app = _app(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = _pane(app)
        await pilot.press("V", "j", "j")
        assert pane.text_selection is not None
        top = pane.top_row
        await pilot.press("escape")
        assert not pane.selecting and pane.text_selection is None
        assert pane.top_row == top
        # Without a selection, j moves the text again.
        await pilot.press("j")
        assert pane.top_row == top + 1


async def test_copy_with_nothing_selected_says_so_and_copies_nothing(report):
    app = _app(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == ""
        notices = [notification.message for notification in app._notifications]
        assert t("copy.nothing") in notices


async def test_mouse_selection_copies_the_text_under_it_not_the_tree(report):
    app = _app(report)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        pane = _pane(app)
        long_start = REPORT.index(LONG)
        row = _row_of(pane, long_start) - pane.top_row
        lines = pane.display_lines
        assert lines is not None
        indent = lines[row + pane.top_row].indent
        # From the third character of the paragraph to the fifth (two cells each).
        start = Offset(pane.gutter.left + MARGIN + indent + 4, row)
        end = Offset(pane.gutter.left + MARGIN + indent + 8, row)
        await pilot.mouse_down(pane, offset=start)
        await pilot.hover(pane, offset=end)
        await pilot.mouse_up(pane, offset=end)
        await pilot.pause()
        assert pane.text_selection is not None
        await pilot.press("ctrl+c")
        assert app.clipboard == LONG[2:5]


async def test_a_selection_maps_to_the_report_text_across_a_wrap(report):
    app = _app(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = _pane(app)
        long_start = REPORT.index(LONG)
        row = _row_of(pane, long_start)
        lines = pane.display_lines
        assert lines is not None
        first, second = lines[row], lines[row + 1]
        selection = Selection(
            Offset(MARGIN + first.indent + 3, row), Offset(MARGIN + second.indent + 2, row + 1)
        )
        assert pane.selected_text(selection) == REPORT[long_start + 3:second.start + 2]


async def test_selection_is_drawn_in_the_selection_style(report):
    app = _app(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = _pane(app)
        await pilot.press("V")
        await pilot.pause()
        selected = app.screen.get_component_rich_style("screen--selection")
        strip = pane.render_line(0)
        assert any(
            segment.text.strip() and segment.style and segment.style.bgcolor == selected.bgcolor
            for segment in strip
        )


def test_pager_command_prefers_pager_then_editor_then_less():
    assert pager_command({"PAGER": "less -R", "EDITOR": "vim"}) == ["less", "-R"]
    assert pager_command({"PAGER": "", "EDITOR": "nano"}) == ["nano"]
    assert pager_command({}) == ["less"]


async def test_v_shows_a_read_only_copy_in_the_pager_at_the_section(report, monkeypatch):
    monkeypatch.setenv("PAGER", "mypager --quiet")
    calls: list[tuple[list[str], str, int]] = []

    def run(command: list[str], check: bool = False) -> None:
        path = Path(command[-1])
        calls.append((command, path.read_text(encoding="utf-8"), stat.S_IMODE(path.stat().st_mode)))

    monkeypatch.setattr(tui.pager.subprocess, "run", run)
    app = _app(report)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    before = report.stat()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = _pane(app)
        second = REPORT.index("二、依法决策")
        pane.go_to_offset(second)
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
    [(command, text, mode)] = calls
    assert command[:2] == ["mypager", "--quiet"]
    assert command[2] == f"+{REPORT[:second].count(chr(10)) + 1}"
    assert text == REPORT
    assert mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0
    assert Path(command[-1]) != report and not Path(command[-1]).exists()
    assert report.stat().st_mtime_ns == before.st_mtime_ns
    assert os.access(report, os.W_OK)


async def test_a_pager_that_cannot_run_is_one_notice(report, monkeypatch):
    monkeypatch.setenv("PAGER", "/nonexistent/pager")
    app = _app(report)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        notices = [notification.message for notification in app._notifications]
        assert any("/nonexistent/pager" in notice for notice in notices)


async def test_the_diff_view_leaves_its_keys_alone_until_it_draws_selectable_lines():
    """The diff view scrolls on the same base but draws its own lines: selection keys stay
    off there (no empty selection mode, no crash on ctrl+c)."""
    from tui.widgets.diff_view import DiffView

    themes, _ = load_themes()
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    app = GongwenApp(
        diff=(parser.load(seeds / "fatou-2023.txt"), parser.load(seeds / "nanshan-2023.txt")),
        config=Config(), themes=themes,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        view.focus()
        await pilot.pause()
        assert not view.allow_select
        await pilot.press("V", "y", "ctrl+c")
        await pilot.pause()
        assert not view.selecting and app.clipboard == ""
        assert view.get_selection(Selection(None, None)) is None
