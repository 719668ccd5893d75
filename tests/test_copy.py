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


# The diff view ------------------------------------------------------------------------------

OLD_PARAGRAPH = "区司法局全年审查行政规范性文件十二件，纠正不当条款三处，备案率保持百分之百。" * 3
NEW_PARAGRAPH = OLD_PARAGRAPH.replace("十二件", "十五件")
OLD_REPORT = (
    "某区司法局年度工作报告\n\n一、合法性审查\n" + OLD_PARAGRAPH
    + "\n\n二、行政复议\n全年受理复议案件二十件。\n"
)
NEW_REPORT = (
    "某区司法局年度工作报告\n\n一、合法性审查\n" + NEW_PARAGRAPH
    + "\n\n二、行政复议\n全年受理复议案件二十件。\n\n三、普法宣传\n"
    + "".join(f"第{number}季度开展宪法宣传活动{number + 5}场，发放资料若干。\n\n"
              for number in range(1, 40))
)
"""Two made-up years of one office: a paragraph long enough to wrap with one figure changed,
and a long section only the newer report has (so that the view scrolls)."""


def _diff_app() -> GongwenApp:
    themes, _ = load_themes()
    return GongwenApp(diff=(parser.parse(OLD_REPORT), parser.parse(NEW_REPORT)),
                      config=Config(), themes=themes)


async def _computed_view(pilot):
    from tui.screens.diff import DiffScreen

    screen = pilot.app.screen
    assert isinstance(screen, DiffScreen)
    while screen.result is None:
        await pilot.pause(0.02)
    await pilot.pause()
    return screen.view


def _lines_showing(view, side: str, text: str, part: str) -> list[int]:
    """The display lines whose ``side`` shows characters of ``part`` (found in ``text``)."""
    layout = view.display_lines
    assert layout is not None
    start = text.index(part)
    end = start + len(part)
    return [
        number for number, line in enumerate(layout.lines)
        if (shown := getattr(line, side)) is not None and shown.start < end
        and shown.end > start
    ]


async def _drag(pilot, widget, start: Offset, end: Offset) -> None:
    await pilot.mouse_down(widget, offset=start)
    await pilot.hover(widget, offset=end)
    await pilot.mouse_up(widget, offset=end)
    await pilot.pause()


async def _scroll_to(pilot, view, line: int) -> None:
    view.scroll_to(y=line, animate=False, immediate=True)
    await pilot.pause()
    assert view.top_row == line


async def test_diff_keyboard_selection_copies_one_column_side_by_side():
    app = _diff_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = await _computed_view(pilot)
        assert not view.unified
        lines = _lines_showing(view, "b", NEW_REPORT, NEW_PARAGRAPH)
        assert len(lines) > 1, "the paragraph must wrap for this test"
        assert lines == _lines_showing(view, "a", OLD_REPORT, OLD_PARAGRAPH)
        await _scroll_to(pilot, view, lines[0])
        # The newer report's column first; wrapped lines are one paragraph again.
        await pilot.press("V", *["j"] * (len(lines) - 1), "y")
        assert app.clipboard == NEW_PARAGRAPH
        notices = [notification.message for notification in app._notifications]
        assert t("copy.copied", n=len(NEW_PARAGRAPH)) in notices
        # h: the older report's column.
        await pilot.press("V", *["j"] * (len(lines) - 1), "h", "y")
        assert app.clipboard == OLD_PARAGRAPH


async def test_diff_keyboard_selection_is_drawn_over_its_column_only():
    app = _diff_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = await _computed_view(pilot)
        line = _lines_showing(view, "b", NEW_REPORT, NEW_PARAGRAPH)[0]
        await _scroll_to(pilot, view, line)
        await pilot.press("V")
        await pilot.pause()
        selected = app.screen.get_component_rich_style("screen--selection").bgcolor
        left = view.display_lines.widths[0]

        def selected_cells(strip) -> list[int]:
            cells, position = [], 0
            for segment in strip:
                if segment.style and segment.style.bgcolor == selected:
                    cells.append(position)
                position += segment.cell_length
            return cells

        cells = selected_cells(view.render_line(0))
        assert cells and min(cells) >= left + 3, "only the right column"
        await pilot.press("h")
        await pilot.pause()
        cells = selected_cells(view.render_line(0))
        assert cells and max(cells) < left, "only the left column"


async def test_diff_mouse_selection_copies_from_the_column_it_started_in():
    app = _diff_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = await _computed_view(pilot)
        layout = view.display_lines
        first, second = _lines_showing(view, "b", NEW_REPORT, NEW_PARAGRAPH)[:2]
        await _scroll_to(pilot, view, first)
        left = layout.widths[0]
        right_column = view.gutter.left + left + 3
        # From the third character of the right column's first line to the fifth of the
        # next (two cells each), dragged on into the left column's text: only the newer
        # report's text, joined across the wrap.
        await _drag(pilot, view, Offset(right_column + 4, 0), Offset(right_column + 8, 1))
        await pilot.press("y")
        b_start = layout[first].b.start
        assert app.clipboard == NEW_REPORT[b_start + 2:layout[second].b.start + 5]
        # Started in the left column and ended in the right: the older report's text only.
        await _drag(pilot, view, Offset(view.gutter.left + 2, 0), Offset(right_column + 8, 1))
        await pilot.press("ctrl+c")
        a_start = layout[first].a.start
        assert app.clipboard == OLD_REPORT[a_start + 1:layout[second].a.end]


async def test_diff_selection_in_one_column_takes_each_version_without_gutter_marks():
    app = _diff_app()
    async with app.run_test(size=(80, 24)) as pilot:
        view = await _computed_view(pilot)
        assert view.unified
        old = _lines_showing(view, "a", OLD_REPORT, OLD_PARAGRAPH)
        new = _lines_showing(view, "b", NEW_REPORT, NEW_PARAGRAPH)
        assert old and new and old[-1] < new[0]
        await _scroll_to(pilot, view, old[0])
        await pilot.press("V", *["j"] * (new[-1] - old[0]), "y")
        assert app.clipboard == OLD_PARAGRAPH + "\n" + NEW_PARAGRAPH


async def test_diff_selection_across_paragraphs_keeps_the_reports_breaks():
    app = _diff_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = await _computed_view(pilot)
        view.folding = False
        await pilot.pause()
        await _scroll_to(pilot, view, 0)
        await pilot.press("V", "G", "y")
        assert app.clipboard == NEW_REPORT.rstrip("\n")


async def test_diff_copy_with_nothing_selected_says_so():
    app = _diff_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await _computed_view(pilot)
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == ""
        notices = [notification.message for notification in app._notifications]
        assert t("copy.nothing") in notices


# Where a keyboard selection starts ------------------------------------------------------------


async def test_keyboard_selection_starts_at_the_hit_just_gone_to(report):
    app = _app(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = _pane(app)
        start = REPORT.index("合法性审查")
        pane.set_highlights([(start, start + len("合法性审查"))])
        await pilot.press("n")
        assert pane.top_row == 0 and pane.current_hit == 0, "the hit is on screen"
        await pilot.press("V", "y")
        assert app.clipboard == "重大事项均经合法性审查。"


async def test_keyboard_selection_starts_at_a_section_chosen_near_the_end(tmp_path):
    path = tmp_path / "总结.txt"
    path.write_text(REPORT + "\n四、下一步打算\n继续做好普法工作。\n", encoding="utf-8")
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        last = screen.document.nodes[-1]
        assert last.title == "下一步打算"
        screen.go_to_node(last.index)
        await pilot.pause()
        pane = _pane(app)
        pane.focus()
        await pilot.pause()
        assert pane.top_row == pane.max_scroll_y > 0
        assert _row_of(pane, last.start) > pane.top_row, "the section cannot reach the top"
        await pilot.press("V", "G", "y")
        assert app.clipboard == "四、下一步打算\n继续做好普法工作。"
        # Moved away from it, the reader is at the top line again.
        await pilot.press("k", "k", "V", "j", "y")
        lines = pane.display_lines
        expected = pane.document.text[lines[pane.top_row].start:lines[pane.top_row + 1].end]
        assert expected.strip() and app.clipboard == expected
        assert "下一步打算" not in app.clipboard


async def test_diff_keyboard_selection_starts_at_the_change_just_gone_to():
    app = _diff_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = await _computed_view(pilot)
        await pilot.press("n")
        changed = _lines_showing(view, "b", NEW_REPORT, "十五件")[0]
        assert view.top_row < changed < view.top_row + view.page_height
        await pilot.press("V", "y")
        copied = app.clipboard
        assert "十五件" in copied and NEW_PARAGRAPH.startswith(copied)


async def test_diff_keyboard_selection_at_a_removed_paragraph_takes_the_older_column():
    kept = "某区司法局年度工作报告\n\n一、合法性审查\n全年审查文件十二件。\n\n"
    removed = "另组织培训两次，参训干部八十人。"
    rest = "\n\n二、行政复议\n全年受理复议案件二十件。\n"
    themes, _ = load_themes()
    app = GongwenApp(diff=(parser.parse(kept + removed + rest), parser.parse(kept + rest[2:])),
                     config=Config(), themes=themes)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await _computed_view(pilot)
        assert not view.unified
        await pilot.press("n", "V", "y")
        assert app.clipboard == removed
