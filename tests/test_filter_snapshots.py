"""What the keyword filter looks like, as SVG snapshots (pytest-textual-snapshot): the reader
narrowed to the sections that mention 接诉即办 at its first hit, the library ranked by hits,
the diff view filtered.

Run ``pytest tests/test_filter_snapshots.py --snapshot-update`` after an intended change of
looks, then review the changed SVGs before accepting them.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

import parser
from tests.test_diff_layout import edited_fatou
from tests.test_filter import (
    FATOU,
    QUERY,
    SETTLE,
    THEMES,
    loaded_library,
    ready_reader,
    words_ready,
)
from tui.app import GongwenApp
from tui.config import Config
from tui.resources import seed_paths
from tui.screens.diff import DiffScreen
from tui.themes import DEFAULT_THEME

SIZES = [(80, 24), (120, 40)]


async def type_query(pilot: Pilot) -> None:
    await pilot.press("slash", *QUERY)
    await pilot.pause(SETTLE)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_reader_filtered_at_its_first_hit(snap_compare, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot) -> None:
        screen = await ready_reader(pilot)
        await type_query(pilot)
        await words_ready(pilot, screen.filter_pane)
        await pilot.press("enter")
        await pilot.pause()

    app = GongwenApp(
        document=parser.load(FATOU), config=Config(), themes=THEMES, theme=DEFAULT_THEME
    )
    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_library_ranked_by_hits(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await loaded_library(pilot)
        await pilot.press("slash", *"法治|复议")
        await pilot.pause(SETTLE)
        await pilot.app.screen.workers.wait_for_complete()  # the counts come from a worker
        await pilot.pause()

    app = GongwenApp(library=seed_paths(), config=Config(), themes=THEMES, theme=DEFAULT_THEME)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_diff_filtered(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, DiffScreen)
        while screen.result is None:
            await pilot.pause(0.02)
        await type_query(pilot)
        await words_ready(pilot, screen.filter_pane)
        await pilot.press("enter")
        await pilot.pause()

    pair = (parser.load(FATOU), parser.parse(edited_fatou()))
    app = GongwenApp(diff=pair, config=Config(), themes=THEMES, theme=DEFAULT_THEME)
    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)
