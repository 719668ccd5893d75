"""What the reader and the library look like, as SVG snapshots (pytest-textual-snapshot).

Run ``pytest tests/test_snapshots.py --snapshot-update`` after an intended change of looks,
then review the changed SVGs before accepting them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

import parser
from tui.app import GongwenApp
from tui.config import Config
from tui.resources import seed_paths
from tui.screens.library import LibraryScreen
from tui.themes import DEFAULT_THEME, load_themes

SIZES = [(80, 24), (120, 40)]
THEMES, _ = load_themes()
THEME_NAMES = [theme.name for theme in THEMES]
SEEDS = seed_paths()


def reader_app(path: Path, theme: str) -> GongwenApp:
    return GongwenApp(document=parser.load(path), config=Config(), themes=THEMES, theme=theme)


async def wait_for_library(pilot: Pilot) -> None:
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    while any(entry.loading for entry in screen.entries):
        await pilot.pause(0.02)
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("theme", THEME_NAMES)
def test_reader_in_each_theme(snap_compare, theme: str, size: tuple[int, int]) -> None:
    path = next(path for path in SEEDS if path.name == "zixing-2021.txt")
    assert snap_compare(reader_app(path, theme), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("theme", THEME_NAMES)
def test_library_in_each_theme(snap_compare, theme: str, size: tuple[int, int]) -> None:
    app = GongwenApp(library=SEEDS, config=Config(), themes=THEMES, theme=theme)
    assert snap_compare(app, terminal_size=size, run_before=wait_for_library)


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_reader_on_each_seed_one_section_in(snap_compare, path: Path) -> None:
    # One top-level section down: headings of every depth, points and inline headings.
    app = reader_app(path, DEFAULT_THEME)
    assert snap_compare(app, terminal_size=(120, 40), press=["right_curly_bracket"])


def test_reader_narrow_without_the_tree(snap_compare) -> None:
    path = next(path for path in SEEDS if path.name == "nanshan-2023.txt")
    app = reader_app(path, DEFAULT_THEME)
    assert snap_compare(app, terminal_size=(60, 20), press=["d"])


async def wait_for_check_columns(pilot: Pilot) -> None:
    await wait_for_library(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await screen.workers.wait_for_complete()
    await pilot.press("C")
    await screen.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("theme", [DEFAULT_THEME, "gongwen-ansi"])
def test_library_with_its_check_columns(snap_compare, theme: str) -> None:
    app = GongwenApp(library=SEEDS, config=Config(), themes=THEMES, theme=theme)
    assert snap_compare(app, terminal_size=(80, 24), run_before=wait_for_check_columns)
