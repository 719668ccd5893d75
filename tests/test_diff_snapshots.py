"""What the diff screen looks like, as SVG snapshots (pytest-textual-snapshot): a seed report
against an edited copy (figures changed, a sentence reworded and one dropped, a section added,
one removed, one moved), side by side and in one column, at 80x24 and 120x40.

Run ``pytest tests/test_diff_snapshots.py --snapshot-update`` after an intended change of
looks, then review the changed SVGs before accepting them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.pilot import Pilot

import parser
from tests.test_diff_layout import SEEDS, edited_fatou
from tui.app import GongwenApp
from tui.config import Config
from tui.screens.diff import DiffScreen
from tui.themes import DEFAULT_THEME, MONOCHROME_THEME, load_themes

SIZES = [(80, 24), (120, 40)]
THEMES, _ = load_themes()


def diff_app(theme: str = DEFAULT_THEME) -> GongwenApp:
    a = parser.load(SEEDS / "fatou-2023.txt")
    b = replace(parser.parse(edited_fatou()), source="fatou-2024.txt")
    return GongwenApp(diff=(a, b), config=Config(), themes=THEMES, theme=theme)


def computed_then(*keys: str):
    """A ``run_before`` that waits for the diff worker, then presses ``keys``."""

    async def run_before(pilot: Pilot) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, DiffScreen)
        while screen.result is None:
            await pilot.pause(0.02)
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_diff_in_the_layout_of_its_width(snap_compare, size: tuple[int, int]) -> None:
    # One column with the tree folded away at 80x24; side by side with the tree at 120x40.
    assert snap_compare(diff_app(), terminal_size=size, run_before=computed_then())


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_diff_in_the_other_layout(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(diff_app(), terminal_size=size, run_before=computed_then("s"))


def test_diff_at_an_added_and_a_removed_section_without_colour(snap_compare) -> None:
    # The monochrome theme (NO_COLOR): changes show by strike-through, underline and marks.
    assert snap_compare(diff_app(MONOCHROME_THEME), terminal_size=(120, 40),
                        run_before=computed_then("n"))
