"""Keys pressed too fast or at the wrong moment never crash a screen; a crash that does happen
leaves its traceback in a log and a non-zero exit status."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.command import CommandPalette

import parser
from tests.test_app import SEEDS, ZIXING, make_app
from tui import cli
from tui.screens.diff import DiffScreen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.diff_view import DiffView
from tui.widgets.filter_pane import FilterInput


async def _palette_with_a_choice(pilot, key: str, query: str) -> CommandPalette:
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause(0.3)
    await pilot.press(*query)
    await pilot.pause(0.5)
    await pilot.press("down")
    await pilot.pause(0.2)
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    return palette


@pytest.mark.parametrize(("key", "opened"), [("ctrl+p", ReaderScreen), ("D", DiffScreen)])
async def test_two_enters_in_a_palette_carry_out_one_choice(key: str, opened: type) -> None:
    app = make_app(document=parser.load(ZIXING), library=sorted(SEEDS.glob("*.txt")))
    async with app.run_test() as pilot:
        palette = await _palette_with_a_choice(pilot, key, "nanshan")
        # Both Enters are handled before the palette has closed, as when typed quickly.
        palette._select_or_command()
        palette._select_or_command()
        await pilot.pause(1)
        assert isinstance(app.screen, opened)
        assert len(app.screen_stack) == 2


async def test_quitting_before_the_first_frame_is_no_crash() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test() as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_closing_filter_pane_is_not_asked_for_its_query_line() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause(0.3)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await screen.query_one(FilterInput).remove()  # as while the screen is being closed
        assert screen.check_action("filter", ()) is True


async def test_copying_a_selection_in_the_diff_view_is_no_crash() -> None:
    app = make_app()
    app.diff_documents = (parser.load(SEEDS / "fatou-2023.txt"), parser.load(ZIXING))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause(1)
        view = app.screen.query_one(DiffView)
        await pilot.mouse_down(view, offset=(2, 1))
        await pilot.hover(view, offset=(30, 4))
        await pilot.mouse_up(view, offset=(30, 4))
        await pilot.press("ctrl+c")
        await pilot.pause(0.3)
    assert "_render" not in DiffView.__dict__  # Textual's own method stays Textual's


async def test_a_file_name_with_an_escape_is_visible_in_the_library_row(tmp_path) -> None:
    bad = tmp_path / "坏\x1b]0;x\x07.txt"
    bad.write_bytes(b"%PDF-1.4")
    app = make_app(library=[bad, SEEDS / "nanshan-2023.txt"])
    async with app.run_test() as pilot:
        await pilot.pause(1)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        error = screen.entries[0].error
        assert error is not None and "^[]0;x^G" in error and "\x1b" not in error


def test_a_crash_in_the_app_is_logged_and_exits_non_zero(tmp_path, capsys, monkeypatch) -> None:
    def crash_on_mount(self) -> None:
        raise RuntimeError("broken on mount")

    def run_headless(self, *args, **kwargs):
        return App.run(self, headless=True, size=(80, 24))

    monkeypatch.setattr(ReaderScreen, "on_mount", crash_on_mount)
    monkeypatch.setattr("tui.app.GongwenApp.run", run_headless)
    status = cli.main([str(ZIXING)])
    err = capsys.readouterr().err
    logs = list((tmp_path / "cache").glob("crash-*.log"))
    assert status == 3
    assert len(logs) == 1 and str(logs[0]) in err
    assert "RuntimeError: broken on mount" in logs[0].read_text(encoding="utf-8")


def test_the_library_lists_a_named_pipe_as_unreadable_without_waiting(tmp_path) -> None:
    import asyncio
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    async def run() -> str | None:
        app = make_app(library=[fifo, Path(SEEDS / "nanshan-2023.txt")])
        async with app.run_test() as pilot:
            await pilot.pause(1)
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            return screen.entries[0].error

    error = asyncio.run(asyncio.wait_for(run(), timeout=30))
    assert error is not None and "pipe" in error


def _page_mostly_navigation(folder: Path) -> Path:
    links = "".join(f'<li><a href="/{n}">栏目链接{n}号</a></li>' for n in range(200))
    page = folder / "r.html"
    page.write_text(f'<html><body><ul class="menu">{links}</ul><div><p>一、工作</p>'
                    "<p>做了工作。</p></div></body></html>", encoding="utf-8")
    return page


def test_a_page_mostly_left_out_is_noted_on_the_reader_screen(tmp_path, monkeypatch) -> None:
    page = _page_mostly_navigation(tmp_path)
    shown: list[list[str]] = []

    def run_app(args, config, warnings, **kwargs) -> int:
        shown.append(warnings)
        return 0

    monkeypatch.setattr("tui.commands.read.run_app", run_app)
    assert cli.main([str(page)]) == 0
    assert any(warning.startswith(f"{page}:网页中 ") and "已略去" in warning
               for warning in shown[0]), "said in the interface's language"


async def test_a_title_with_control_characters_is_shown_visibly_in_the_tree() -> None:
    from tui.widgets.outline_tree import OutlineTree

    document = parser.parse("一、标题\x1b]0;改\x07完\n正文。\n二、其他\n正文。\n", source=None)
    app = make_app(document=document)
    async with app.run_test() as pilot:
        await pilot.pause(0.5)
        tree = app.screen.query_one(OutlineTree)
        labels = [str(node.label) for node in tree.root.children]
        assert any("^[" in label for label in labels)
        assert not any("\x1b" in label or "\x07" in label for label in labels)


async def test_a_page_mostly_left_out_is_noted_when_opened_from_the_library(
    tmp_path, monkeypatch
) -> None:
    page = _page_mostly_navigation(tmp_path)
    app = make_app(library=[page])
    shown: list[str] = []
    original = app.notify

    def notify(message, *args, **kwargs):
        shown.append(str(message))
        return original(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", notify)
    async with app.run_test() as pilot:
        await pilot.pause(1)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert isinstance(app.screen, ReaderScreen)
    assert any(message.startswith(f"{page}:网页中 ") and "已略去" in message
               for message in shown), "said in the interface's language"


async def test_control_characters_in_the_text_are_shown_visibly_and_copy_maps_past_them() -> None:
    from textual.geometry import Offset

    from tui.widgets.reading_pane import MARGIN

    body = "正文\x1b]0;改\x07结束\x9b了。"
    document = parser.parse(f"一、标题\n{body}\n二、其他\n正文。\n", source=None)
    app = make_app(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.5)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        pane = screen.pane
        lines = pane.display_lines
        assert lines is not None
        row = lines.row_for_offset(document.text.index(body)) - pane.top_row
        drawn = pane.render_line(row).text
        assert "正文^[]0;改^G结束<U+009B>了。" in drawn
        assert not any(character in drawn for character in "\x1b\x07\x9b")
        # 正文^[]0;改^G is 13 cells: the selection of the next two characters is 结束.
        indent = lines[row + pane.top_row].indent
        start = Offset(pane.gutter.left + MARGIN + indent + 13, row)
        end = Offset(pane.gutter.left + MARGIN + indent + 17, row)
        await pilot.mouse_down(pane, offset=start)
        await pilot.hover(pane, offset=end)
        await pilot.mouse_up(pane, offset=end)
        await pilot.pause()
        await pilot.press("ctrl+c")
        assert app.clipboard == "结束"
