"""Under NO_COLOR no colour reaches the terminal — not even a grey: every line of every screen
is drawn in the terminal's own foreground and background, and what colour marked elsewhere
(the cursor, the current hit, a selection) is marked by bold, dim, reverse or underline."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.pilot import Pilot

import parser
from tests.test_diff_layout import SEEDS, edited_fatou
from tests.test_diff_screen import computed
from tests.test_track_screen import traced
from tests.track_fixtures import PLAN_2023, RESULTS_2024
from tui.app import GongwenApp
from tui.config import Config
from tui.resources import seed_paths
from tui.strings import t
from tui.themes import load_themes

THEMES, _ = load_themes()


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")


def _drawn(pilot: Pilot) -> list[list[Segment]]:
    """The screen's lines as the terminal gets them (after the app's line filters)."""
    return [list(strip) for strip in pilot.app.screen._compositor.render_strips()]


def _colours(lines: list[list[Segment]]) -> set[str]:
    found = set()
    for line in lines:
        for segment in line:
            style = segment.style or Style()
            for colour in (style.color, style.bgcolor):
                if colour is not None and not colour.is_default:
                    found.add(colour.name)
    return found


def _cursor_row(lines: list[list[Segment]], text: str) -> list[Segment]:
    row = next(line for line in lines if text in "".join(segment.text for segment in line))
    return [segment for segment in row if segment.text.strip()]


def _app(**screens: object) -> GongwenApp:
    return GongwenApp(config=Config(), themes=THEMES, **screens)  # type: ignore[arg-type]


def _reader() -> GongwenApp:
    return _app(document=parser.load(SEEDS / "zixing-2021.txt"))


async def test_the_reader_sends_no_colour_and_reverses_the_current_hit():
    async with _reader().run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("/")
        await pilot.press(*"法治")
        await pilot.press("enter")
        await pilot.pause()
        lines = _drawn(pilot)
        assert _colours(lines) == set()
        assert any(segment.style and segment.style.reverse
                   for line in lines for segment in line), "the current hit"


async def test_the_library_marks_its_cursor_row_without_colour():
    app = _app(library=seed_paths())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        lines = _drawn(pilot)
        assert _colours(lines) == set()
        table = app.screen.query_one("LibraryTable")
        first = str(table.get_row_at(0)[2])
        assert all(segment.style and segment.style.reverse
                   for segment in _cursor_row(lines, first[:4]))


async def test_the_diff_sends_no_colour():
    a = parser.load(SEEDS / "fatou-2023.txt")
    b = replace(parser.parse(edited_fatou()), source="fatou-2024.txt")
    app = _app(diff=(a, b))
    async with app.run_test(size=(120, 40)) as pilot:
        await computed(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert _colours(_drawn(pilot)) == set()


async def test_the_track_screen_marks_its_current_item_without_colour():
    pair = (parser.parse(PLAN_2023, source="qinghe-2023.txt"),
            parser.parse(RESULTS_2024, source="qinghe-2024.txt"))
    app = _app(track=pair)
    async with app.run_test(size=(100, 30)) as pilot:
        await traced(pilot)
        lines = _drawn(pilot)
        assert _colours(lines) == set()
        # An option list draws no reverse: its cursor is underlined.
        assert all(segment.style and segment.style.underline
                   for segment in _cursor_row(lines, "深化")[:2])


async def test_selected_lines_are_reversed_without_colour():
    async with _reader().run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = pilot.app.screen.query_one("ReadingPane")
        pane.focus()
        await pilot.press("V", "j")
        await pilot.pause()
        lines = _drawn(pilot)
        assert _colours(lines) == set()
        reversed_rows = [line for line in lines
                         if any(segment.style and segment.style.reverse and segment.text.strip()
                                for segment in line)]
        assert len(reversed_rows) >= 2


async def test_the_palettes_highlighted_command_is_underlined_without_colour():
    async with _reader().run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.press(*"gongwen-dark")
        await pilot.pause(0.5)
        lines = _drawn(pilot)
        assert _colours(lines) == set()
        assert all(segment.style and segment.style.underline
                   for segment in _cursor_row(lines, t("command.theme.help")))
