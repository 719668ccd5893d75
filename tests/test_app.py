"""The application around the reader: the command line, the library, quitting, themes, the
help screen, the command palette, and what is remembered between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

import parser
from tui import cli
from tui.app import GongwenApp
from tui.config import Config, load_config, save_config
from tui.palette import match_score
from tui.resources import seed_paths
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.strings import set_language, t
from tui.themes import DEFAULT_THEME, MONOCHROME_THEME, load_themes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ZIXING = SEEDS / "zixing-2021.txt"


def make_app(
    *, document: parser.Document | None = None, library: list[Path] | None = None,
    config: Config | None = None, theme: str | None = None,
) -> GongwenApp:
    themes, _ = load_themes()
    return GongwenApp(
        document=document, library=library or [], config=config or Config(), themes=themes,
        theme=theme,
    )


# The command line -----------------------------------------------------------------------------


def test_a_missing_report_is_one_line_on_stderr_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert cli.main([str(tmp_path / "nowhere.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere.txt" in err and "Traceback" not in err


def test_a_binary_file_is_refused_before_the_screen_starts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\x01" * 50)
    assert cli.main([str(binary)]) == 2
    assert capsys.readouterr().err.startswith("gongwen: ")


def test_a_folder_without_reports_or_missing_paths_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert cli.main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 2


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[GongwenApp]:
    """Run the command line without taking over the terminal: collect the apps it starts."""
    apps: list[GongwenApp] = []
    monkeypatch.setattr(GongwenApp, "run", lambda self, *args, **kwargs: apps.append(self))
    return apps


def test_one_report_opens_the_reader(started: list[GongwenApp]) -> None:
    assert cli.main([str(ZIXING), "--theme", "gongwen-light"]) == 0
    (app,) = started
    assert app.document is not None and app.document.source == str(ZIXING)
    assert app.theme == "gongwen-light"


def test_a_folder_several_reports_or_none_open_the_library(
    started: list[GongwenApp], tmp_path: Path
) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for path in seed_paths()[:3]:
        (reports / path.name).write_bytes(path.read_bytes())
    assert cli.main([str(reports)]) == 0
    assert cli.main([str(ZIXING), str(SEEDS / "fatou-2023.txt")]) == 0
    assert cli.main([]) == 0
    folder, pair, samples = started
    assert folder.document is None
    assert [path.name for path in folder.library] == [path.name for path in seed_paths()[:3]]
    assert [path.name for path in pair.library] == ["zixing-2021.txt", "fatou-2023.txt"]
    assert samples.library == seed_paths()


def test_the_language_chosen_is_kept_in_the_config(started: list[GongwenApp]) -> None:
    assert cli.main(["--lang", "en", str(ZIXING)]) == 0
    config, _ = load_config()
    assert config.lang == "en"


def test_a_one_off_size_limit_holds_for_the_run_but_is_not_saved(
    started: list[GongwenApp],
) -> None:
    assert save_config(Config(max_bytes=5_000_000)) is None
    assert cli.main(["--max-size", "50", str(SEEDS)]) == 0
    (app,) = started
    assert app.max_bytes == 50 * 1024 * 1024
    config, _ = load_config()
    assert config.max_bytes == 5_000_000


def test_the_configured_size_limit_refuses_a_report_before_the_screen_starts(
    started: list[GongwenApp], capsys: pytest.CaptureFixture[str]
) -> None:
    assert save_config(Config(max_bytes=1000)) is None
    assert cli.main([str(ZIXING)]) == 2
    assert cli.main(["--max-size", "0.001", str(ZIXING)]) == 2
    assert started == []
    assert capsys.readouterr().err.count("\n") == 2


def test_a_folder_without_reports_is_one_line_and_exit_2(
    started: list[GongwenApp], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "README.md").write_text("# not a report\n", encoding="utf-8")
    assert cli.main([str(tmp_path)]) == 2
    assert started == []
    assert capsys.readouterr().err == f"gongwen: {t('library.empty')}\n"


def test_help_mentions_the_sub_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "--theme" in out and "--lang" in out and "gongwen outline" in out


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lang", "fr", str(ZIXING)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


# Quitting and remembering ---------------------------------------------------------------------


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
async def test_q_and_ctrl_q_quit(key: str) -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
    assert app.return_code == 0


async def test_the_reading_position_is_kept_and_restored() -> None:
    config = Config()
    app = make_app(document=parser.load(ZIXING), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space", "space", "j")
        position = app.screen.pane.top_offset
        await pilot.press("q")
    assert config.position(ZIXING) == position
    assert save_config(config) is None

    restored, warning = load_config()
    assert warning is None and restored.position(ZIXING) == position
    app = make_app(document=parser.load(ZIXING), config=restored)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.pane.top_offset == position
        # A different width lays the text out differently; the place is the same.
    app = make_app(document=parser.load(ZIXING), config=restored)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        pane = app.screen.pane
        line = pane.display_lines[pane.top_row]
        assert line.start <= position < max(line.end, line.start + 1)


async def test_marks_are_kept_between_runs() -> None:
    config = Config()
    app = make_app(document=parser.load(ZIXING), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("d", "m", "b")
        marked = app.screen.pane.top_offset
        await pilot.press("q")
    app = make_app(document=parser.load(ZIXING), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("g", "apostrophe", "b")
        assert app.screen.pane.top_offset == marked


async def test_a_position_beyond_a_shortened_report_is_clamped() -> None:
    config = Config()
    config.remember_position(ZIXING, 10**9)
    app = make_app(document=parser.load(ZIXING), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = app.screen.pane
        assert pane.top_row == pane.max_scroll_y


# The library ----------------------------------------------------------------------------------


async def test_enter_in_the_library_opens_a_report_and_escape_returns() -> None:
    app = make_app(library=seed_paths())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.screen.can_go_back
        await pilot.press("space")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("backspace")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_the_library_trend_and_checks_footers_begin_with_help_at_80_columns() -> None:
    app = make_app(library=seed_paths())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one("KeyHints").render().plain.startswith("? 帮助")
        await pilot.press("T", *"法治", "enter")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one("KeyHints").render().plain.startswith("? 帮助  Esc 返回")
        await pilot.press("escape", "c")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "CheckScreen"
        assert app.screen.query_one("KeyHints").render().plain.startswith("? 帮助  Esc 返回")
        await pilot.press("m")
        await pilot.pause()
        assert type(app.screen).__name__ == "SimilarityScreen"
        assert app.screen.query_one("KeyHints").render().plain.startswith("? 帮助  Esc 返回")


async def test_going_back_to_the_library_saves_the_position() -> None:
    config = Config()
    app = make_app(library=[ZIXING], config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("space")
        position = app.screen.pane.top_offset
        await pilot.press("escape")
        await pilot.pause()
    assert config.position(ZIXING) == position
    restored, _ = load_config()
    assert restored.position(ZIXING) == position


async def test_escape_does_nothing_in_a_report_opened_directly() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape", "backspace")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


# Themes ---------------------------------------------------------------------------------------


async def test_t_steps_through_the_themes_and_the_choice_is_kept() -> None:
    config = Config()
    app = make_app(document=parser.load(ZIXING), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == DEFAULT_THEME
        seen = [app.theme]
        for _ in app.theme_names:
            await pilot.press("t")
            seen.append(app.theme)
        assert sorted(set(seen)) == sorted(app.theme_names)
        assert seen[-1] == DEFAULT_THEME
        await pilot.press("t")
    assert config.theme == app.theme != DEFAULT_THEME


async def test_no_color_starts_in_the_monochrome_theme(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    config = Config(theme="gongwen-light")
    app = make_app(document=parser.load(ZIXING), config=config, theme=config.theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == MONOCHROME_THEME
    assert config.theme == "gongwen-light"


async def test_an_unknown_theme_falls_back_with_a_warning() -> None:
    app = make_app(document=parser.load(ZIXING), theme="no-such-theme")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == DEFAULT_THEME
        assert any("no-such-theme" in str(note.message) for note in app._notifications)


# Help and the command palette -----------------------------------------------------------------


async def test_question_mark_opens_the_help_and_escape_closes_it() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def _run_palette(pilot, app: GongwenApp, query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*query)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await pilot.pause()


async def test_the_palette_goes_to_a_section_by_its_chinese_title() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _run_palette(pilot, app, "征求意见")
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        node, _ = screen.pane.node_being_read()
        assert screen.document.nodes[node].title == "征求意见到位"


async def test_the_palette_switches_theme() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _run_palette(pilot, app, "gongwen-light")
        assert app.theme == "gongwen-light"


async def test_the_palette_opens_another_report() -> None:
    app = make_app(document=parser.load(ZIXING), library=[ZIXING, SEEDS / "fatou-2023.txt"])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _run_palette(pilot, app, "fatou")
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.document.source.endswith("fatou-2023.txt") and screen.can_go_back
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.document.source.endswith("zixing-2021.txt")


async def test_the_palette_runs_reader_actions() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _run_palette(pilot, app, "跳到结尾")
        pane = app.screen.pane
        assert pane.top_row == pane.max_scroll_y


def test_palette_matching_folds_width_and_allows_gaps() -> None:
    assert match_score("（一）", "(一)强化制度")[0] > 0
    substring, _ = match_score("强化制度", "(一)强化制度")
    gapped, positions = match_score("法治建设", "法治政府建设")
    assert substring > gapped > 0 and positions == (0, 1, 4, 5)
    assert match_score("审批", "强化组织")[0] == 0


async def test_switching_theme_recolours_the_text() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = app.screen.pane
        row = pane.display_lines.row_for_section(0)

        def heading_colour() -> object:
            strip = pane.render_line(row - pane.top_row)
            return next(segment for segment in strip if segment.text.strip()).style.color

        before = heading_colour()
        await pilot.press("t")
        await pilot.pause()
        assert heading_colour() != before


async def test_the_footer_lists_the_keys_of_the_focused_pane_and_help_first() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        hints = app.screen.query_one("KeyHints")
        text = hints.render().plain
        assert text.startswith("? 帮助") and "^p 命令" in text and "⏎" not in text
        await pilot.press("tab")
        await pilot.pause()
        assert "⏎ 打开" in hints.render().plain


async def test_the_interface_speaks_english_with_lang_en() -> None:
    set_language("en")
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert "Help" in screen.query_one("KeyHints").render().plain
        assert screen.status.position == t("status.sections", n=38) == "38 sections"
        assert screen.outline.root.children[0].label.plain == t("node.front")


async def test_clicking_a_key_hint_presses_the_key() -> None:
    app = make_app(document=parser.load(ZIXING))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("KeyHints", offset=(2, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_quitting_from_a_report_opened_in_the_library_keeps_its_position() -> None:
    config = Config()
    app = make_app(library=[ZIXING], config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("space", "space")
        position = app.screen.pane.top_offset
        await pilot.press("q")
    assert position > 0 and config.position(ZIXING) == position
