"""What the tracking screen looks like, as SVG snapshots (pytest-textual-snapshot): a small
法治政府建设年度报告 pair (two items reported, one not, one unplanned result), at 80x24 and
160x45, in the default theme, in gongwen-ansi, and without colour (NO_COLOR's theme).

Run ``pytest tests/test_track_snapshots.py --snapshot-update`` after an intended change of
looks, then review the changed SVGs before accepting them. The hand-written expectations of
the same screen are in ``tests/test_track_screen.py``.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.test_track_screen import traced, track_app
from tui.themes import MONOCHROME_THEME


def traced_then(*keys: str):
    """A ``run_before`` that waits for the tracing worker, then presses ``keys``."""

    async def run_before(pilot: Pilot) -> None:
        await traced(pilot)
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_track_at_its_first_item(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(track_app(), terminal_size=size, run_before=traced_then())


@pytest.mark.parametrize("theme", ["gongwen-ansi", MONOCHROME_THEME])
def test_track_at_the_unreported_item(snap_compare, theme: str) -> None:
    assert snap_compare(track_app(theme=theme), terminal_size=(80, 24),
                        run_before=traced_then("n"))
