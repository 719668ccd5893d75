from textual.command import CommandPalette

import parser
from tests.test_app import SEEDS, ZIXING, make_app


async def test_palette_two_submits():
    app = make_app(document=parser.load(ZIXING), library=sorted(SEEDS.glob("*.txt")))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"nanshan")
        await pilot.pause(0.5)
        await pilot.press("down")
        await pilot.pause(0.3)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        palette._select_or_command()
        palette._select_or_command()
        await pilot.pause(0.5)
        palette._select_or_command()
        await pilot.pause(0.5)


async def test_library_open_with_query_and_leave_at_once():
    app = make_app(library=sorted(SEEDS.glob("*.txt")))
    async with app.run_test() as pilot:
        await pilot.pause(1)
        await pilot.press("slash", *"法治")
        await pilot.pause(1)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press("enter", "escape")
        await pilot.pause(1)
        await pilot.press("enter", "q")
        await pilot.pause(1)
