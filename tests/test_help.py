"""The help overlay lists the keys of the screen underneath, grouped, in the UI language."""

from __future__ import annotations

from typing import ClassVar

import pytest
from rich.console import Console
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from tui import strings
from tui.screens.help import HelpScreen, help_entries
from tui.strings import localise_bindings, set_language


@pytest.fixture(autouse=True)
def _restore_language():
    yield
    set_language(strings.DEFAULT_LANGUAGE)


class ReadingScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "noop", "key.down", show=False),
        Binding("k,up", "noop", "key.up", show=False),
        Binding("left_square_bracket", "noop", "key.previous_sibling", show=False),
        Binding("m", "noop", "key.set_mark", show=False),
        Binding("slash", "noop", "key.filter"),
        Binding("x", "noop", "Something Textual-ish"),
    ]

    def __init__(self) -> None:
        super().__init__()
        localise_bindings(self._bindings)

    def compose(self) -> ComposeResult:
        yield DataTable()  # a widget with Textual's own (English) bindings: not listed


class HelpApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "key.help"),
        Binding("q", "quit", "key.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        localise_bindings(self._bindings)

    def on_mount(self) -> None:
        self.push_screen(ReadingScreen())

    def action_help(self) -> None:
        self.push_screen(HelpScreen())


def _help_text(app: App[None]) -> list[str]:
    """What each group of the open help screen shows, as plain text."""
    console = Console(width=60, color_system=None)
    shown = []
    for static in app.screen.query(".help-group").results(Static):
        with console.capture() as capture:
            console.print(static.content)
        shown.append(capture.get())
    return shown


async def test_question_mark_opens_help_and_escape_closes_it():
    app = HelpApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)


@pytest.mark.parametrize("key", ["q", "question_mark"])
async def test_q_and_question_mark_also_close_help_without_quitting(key):
    app = HelpApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark", key)
        assert isinstance(app.screen, ReadingScreen)
        assert app.is_running


async def test_help_lists_the_screens_keys_grouped_in_chinese():
    app = HelpApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        groups = _help_text(app)
        text = "\n".join(groups)
        for expected in ("移动", "下移", "上一同级节", "书签", "设书签", "筛选", "帮助", "退出"):
            assert expected in text
        assert "Something Textual-ish" not in text and "Cursor up" not in text
        assert groups[0].startswith("移动")


async def test_help_speaks_english_when_asked():
    set_language("en")
    app = HelpApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = "\n".join(_help_text(app))
        assert "Moving" in text and "Down" in text and "下移" not in text


async def test_keys_for_the_same_thing_share_one_line():
    app = HelpApp()
    async with app.run_test(size=(80, 24)):
        screen = app.screen
        groups = help_entries([app, screen, *screen.walk_children()], app)
        move = {entry.description_key: entry.keys for entry in groups["help.group.move"]}
        assert move["key.down"] == ["j", "↓"]
        general = [entry.description_key for entry in groups["help.group.general"]]
        assert general == ["key.help", "key.command_palette", "key.quit"]
