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
from tui.strings import localise_bindings, set_language, t


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


async def test_the_diff_views_own_keys_come_right_after_moving_and_P_is_its_own() -> None:
    from tests.test_diff_screen import computed, diff_app

    app = diff_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await computed(pilot)
        groups = help_entries([app, screen, *screen.walk_children()], app)
        assert list(groups)[:2] == ["help.group.move", "help.group.diff"]
        diff_keys = {entry.description_key: entry.keys for entry in groups["help.group.diff"]}
        assert diff_keys["key.next_change"] == ["n"] and diff_keys["key.toggle_folds"] == ["z"]
        assert diff_keys["key.track"] == ["P"]
        copy_keys = {entry.description_key: entry.keys for entry in groups["help.group.copy"]}
        assert copy_keys["key.cancel_selection"] == ["Esc"]  # written as everywhere else
        listed = [entry for group in groups.values() for entry in group]
        # The app's P (the previous year) does nothing here: the view's P is 计划落实.
        assert not any(entry.description_key == "key.previous_year" for entry in listed)


async def test_the_librarys_checks_key_is_listed_with_the_library() -> None:
    from tests.test_app import make_app
    from tui.resources import seed_paths

    app = make_app(library=seed_paths())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        groups = help_entries([app, screen, *screen.walk_children()], app)
        library = {entry.description_key: entry.keys for entry in groups["help.group.library"]}
        assert "key.checks" in library
        # The app's P and e (the year before in the reader, export) do nothing here.
        assert library["key.previous_year"] == ["p"]
        listed = [entry.description_key for group in groups.values() for entry in group]
        assert "key.export" not in listed
        await pilot.press("P", "e")
        await pilot.pause()
        said = [notification.message for notification in app._notifications]
        assert t("library.no_previous_year") not in said
        assert t("export.nothing") not in said


async def test_the_reader_still_lists_export_and_the_year_before() -> None:
    import parser
    from tests.test_app import ZIXING, make_app

    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)):
        screen = app.screen
        groups = help_entries([app, screen, *screen.walk_children()], app)
        listed = {entry.description_key: entry.keys
                  for group in groups.values() for entry in group}
        assert listed["key.export"] == ["e"] and listed["key.previous_year"] == ["P"]


async def test_g_and_G_go_to_the_top_and_bottom_of_a_long_help() -> None:
    from textual.containers import VerticalScroll

    from tests.test_diff_screen import computed, diff_app

    app = diff_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await computed(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 0  # the diff view's help is longer than 24 lines
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0
