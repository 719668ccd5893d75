"""The width of the reader's section tree, set with ``<``/``>``, is remembered in the config
across runs, under the config's saving rules."""

from __future__ import annotations

from pathlib import Path

import pytest

import parser
from tui.app import GongwenApp
from tui.config import CONFIG_DIR_ENV, Config, config_path, load_config, save_config
from tui.resources import seed_paths
from tui.themes import load_themes

ZIXING = next(path for path in seed_paths() if "zixing" in path.name)


@pytest.fixture(autouse=True)
def config_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(home))
    return home


def _reader_app(config: Config) -> GongwenApp:
    themes, _ = load_themes()
    return GongwenApp(document=parser.load(ZIXING), config=config, themes=themes)


def test_the_width_survives_a_save_and_a_load() -> None:
    assert save_config(Config(outline_width=36)) is None
    loaded, warning = load_config()
    assert warning is None and loaded.outline_width == 36
    assert "outline_width: 36" in config_path().read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["wide", -4, 0, True, 5000, 3.5])
def test_a_bad_width_is_dropped_and_the_file_never_overwritten(config_home, value) -> None:
    config_home.mkdir()
    text = f"theme: gongwen-light\noutline_width: {value!r}\n".replace("'", "")
    config_path().write_text(text, encoding="utf-8")
    loaded, warning = load_config()
    assert loaded.outline_width is None and loaded.theme == "gongwen-light"
    assert warning is not None and "outline_width" in warning
    loaded.outline_width = 30
    assert save_config(loaded) is None
    assert config_path().read_text(encoding="utf-8") == text


def test_saving_applies_only_this_runs_change_of_width() -> None:
    assert save_config(Config(theme="gongwen-dark", outline_width=20)) is None
    first, _ = load_config()
    second, _ = load_config()
    first.outline_width = 44  # one window widens the tree
    second.theme = "gongwen-light"  # another, opened before, changes only the theme
    assert save_config(first) is None
    assert save_config(second) is None
    merged, _ = load_config()
    assert (merged.theme, merged.outline_width) == ("gongwen-light", 44)


async def test_widening_the_tree_is_remembered_and_the_next_reader_opens_at_that_width() -> None:
    config = Config()
    app = _reader_app(config)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        slot = app.screen.query_one("#outline-slot")
        before = slot.outer_size.width
        await pilot.press("greater_than_sign", "greater_than_sign")
        await pilot.pause()
        assert slot.outer_size.width == before + 8
    assert config.outline_width == before + 8
    assert save_config(config) is None
    again, _ = load_config()
    app = _reader_app(again)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#outline-slot").outer_size.width == before + 8


async def test_a_remembered_width_too_wide_for_the_terminal_leaves_the_text_its_room() -> None:
    app = _reader_app(Config(outline_width=90))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        slot = app.screen.query_one("#outline-slot")
        assert slot.outer_size.width == 100 - 24
