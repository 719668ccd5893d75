"""The command palette offers what the keys do (copy, select, pager, the tree's width) and
speaks the interface's language, Textual's own prompt and "no matches" line included."""

from __future__ import annotations

from textual.command import CommandInput, CommandList, CommandPalette

import parser
from tests.test_app import SEEDS, ZIXING, make_app
from tests.test_app import _run_palette as _choose
from tests.test_copy import NEW_REPORT, OLD_REPORT
from tui.app import GongwenApp
from tui.config import Config
from tui.palette import labelled_actions
from tui.paths import distinct_names
from tui.screens.diff import DiffScreen
from tui.screens.reader import OUTLINE_STEP, ReaderScreen
from tui.strings import t
from tui.themes import load_themes


async def test_the_palette_prompt_and_no_matches_line_are_in_chinese() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(CommandInput).placeholder == t("command.placeholder")
        assert t("command.placeholder") != "Search for commands…"
        await pilot.press(*"qqqq")
        await pilot.pause(1.0)
        options = palette.query_one(CommandList)
        shown = [str(options.get_option_at_index(i).prompt.renderable)
                 for i in range(options.option_count)]
        assert any(t("command.no_matches") in text for text in shown)
        assert not any("No matches found" in text for text in shown)


async def test_the_palette_widens_and_narrows_the_tree() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        slot = screen.query_one("#outline-slot")
        before = slot.outer_size.width
        await _choose(pilot, app, t("command.widen_outline"))
        await pilot.pause()
        assert app.screen is screen and slot.outer_size.width == before + OUTLINE_STEP
        await _choose(pilot, app, t("command.narrow_outline"))
        await pilot.pause()
        assert slot.outer_size.width == before


async def test_the_palette_selects_and_copies_in_the_reader() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await _choose(pilot, app, t("command.select_lines"))
        assert screen.pane.selecting
        await pilot.press("j", "j")
        await _choose(pilot, app, t("command.copy"))
        lines = screen.pane.display_lines
        assert app.clipboard and app.clipboard == screen.document.text[:lines[2].end]


async def test_the_palette_selects_and_copies_in_the_diff_view() -> None:
    themes, _ = load_themes()
    app = GongwenApp(diff=(parser.parse(OLD_REPORT), parser.parse(NEW_REPORT)),
                     config=Config(), themes=themes)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, DiffScreen)
        while screen.result is None:
            await pilot.pause(0.02)
        await pilot.pause()
        await _choose(pilot, app, t("command.select_lines"))
        assert screen.view.selecting
        await pilot.press("j", "j")
        await _choose(pilot, app, t("command.copy"))
        # The newer report's column, from its title on.
        assert app.clipboard and NEW_REPORT.startswith(app.clipboard)


def _first_lines(palette: CommandPalette) -> list[str]:
    """The label of each entry the palette lists, top to bottom (without its help line)."""
    options = palette.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt).split("\n")[0]
            for i in range(options.option_count)]


async def test_an_empty_palette_lists_the_screens_own_entries_first() -> None:
    library = [ZIXING, SEEDS / "fatou-2023.txt"]
    app = make_app(document=parser.load(ZIXING), library=library)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        own = [label for label, _, _ in labelled_actions(screen.palette_actions())]
        app_wide = [t(f"command.{key}") for key in ("next_theme", "help", "quit")]
        themes = [t("command.theme", name=name) for name in app.theme_names]
        reports = [t("command.open_report", name=name)
                   for name in distinct_names(app.report_paths())]
        for _ in range(3):  # the same order every time the palette opens
            await pilot.press("ctrl+p")
            await pilot.pause(0.5)
            palette = app.screen
            assert isinstance(palette, CommandPalette)
            assert _first_lines(palette) == own + app_wide + themes + reports
            await pilot.press("escape")
            await pilot.pause()


def test_reports_of_the_same_name_are_named_with_their_folders(tmp_path) -> None:
    beside = [tmp_path / "甲区" / "2023.md", tmp_path / "乙区" / "2023.md",
              tmp_path / "乙区" / "2022.md", tmp_path / "丙" / "甲区" / "2023.md"]
    # 乙区/2022.md is the only 2022.md, yet named with its folder as the other 乙区 report is.
    assert distinct_names(beside) == ["/".join(beside[0].parts[-3:]), "乙区/2023.md",
                                      "乙区/2022.md", "丙/甲区/2023.md"]
    assert distinct_names([ZIXING]) == [ZIXING.name]


async def test_the_palette_of_a_library_tells_reports_of_the_same_year_apart(tmp_path) -> None:
    library = []
    for office in ("甲区", "乙区"):
        for year in (2022, 2023):
            path = tmp_path / office / f"{year}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(f"{office}{year}年法治政府建设情况报告\n\n一、主要举措\n\n依法行政。\n",
                            encoding="utf-8")
            library.append(path)
    app = make_app(library=library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        offered = [line for line in _first_lines(palette) if line.startswith("打开 ")]
        assert offered[:4] == ["打开 甲区/2022.txt", "打开 甲区/2023.txt",
                               "打开 乙区/2022.txt", "打开 乙区/2023.txt"]
        await pilot.press("escape")
        await pilot.pause()
        await _choose(pilot, app, "乙区2023")
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.document.source == str(tmp_path / "乙区" / "2023.txt")
