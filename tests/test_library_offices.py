"""The library by office: one row per office (names normalised) with its years as a timeline,
expandable to its reports; marks and ``D``; the previous year one key away; the filter ranking
every report by exactly the reader's hits; and the trend view."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable, OptionList

import parser
from parser.search import search
from tui.paths import collect_paths
from tui.screens.library import KeepEnd, LibraryScreen, timeline
from tui.screens.trend import TrendScreen

REPORTS = {
    "省/浙江省/2021.md": "浙江省2021年工作报告\n\n一、法治政府\n推进法治政府建设。法治政府。\n",
    "省/浙江省/2023.md": "浙江省2023年工作报告\n\n一、营商环境\n优化营商环境。\n",
    "省/浙江/2022.md": "浙江省2022年工作报告\n\n一、法治政府\n法治政府建设。\n",
    "市/杭州市/2023.md": "杭州市2023年工作报告\n\n一、法治政府\n法治政府法治政府法治政府。\n",
    "其他/note.txt": "一、说明\n无单位的报告。\n",
}


class LibraryApp(App[None]):
    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.opened: list[tuple[Path, str]] = []
        self.compared: list[tuple[Path, Path]] = []

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.paths))

    def on_library_screen_open_report(self, message: LibraryScreen.OpenReport) -> None:
        self.opened.append((message.path, message.query))

    def on_trend_screen_open_report(self, message: TrendScreen.OpenReport) -> None:
        self.opened.append((message.path, message.query))

    def on_library_screen_compare_reports(self, message: LibraryScreen.CompareReports) -> None:
        self.compared.append((message.older, message.newer))


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    for name, text in REPORTS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


async def _ready(app: LibraryApp, pilot) -> DataTable:
    await pilot.pause()
    await app.screen.workers.wait_for_complete()
    await pilot.pause()
    return app.screen.query_one(DataTable)


def _plain(cell) -> str:
    return cell.text.plain if isinstance(cell, KeepEnd) else cell.plain


def _rows(table: DataTable) -> list[list[str]]:
    return [[_plain(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]


def test_timeline_marks_each_year_or_each_run_of_years():
    assert timeline(frozenset({2021, 2023}), 2021, 2023, 10) == "█·█"
    assert timeline(frozenset({2001}), 2000, 2009, 5) == "█····"
    assert timeline(frozenset(), 2000, 1999, 5) == ""


async def test_one_row_per_normalised_office_with_a_timeline(tree):
    paths, _ = collect_paths([tree])
    app = LibraryApp(paths)
    async with app.run_test(size=(100, 24)) as pilot:
        table = await _ready(app, pilot)
        rows = _rows(table)
        assert [row[0] for row in rows] == ["▸ 杭州市", "▸ 浙江省", "▸ —"]
        zhejiang = rows[1]
        assert zhejiang[1:3] == ["3", "2021–2023"]
        assert zhejiang[3] == "███"
        assert rows[0][3] == "··█"


async def test_enter_expands_an_office_to_its_reports_in_year_order(tree):
    paths, _ = collect_paths([tree])
    app = LibraryApp(paths)
    async with app.run_test(size=(100, 24)) as pilot:
        table = await _ready(app, pilot)
        await pilot.press("j", "enter")
        rows = _rows(table)
        assert [row[2] for row in rows[2:5]] == ["2021", "2022", "2023"]
        assert rows[2][3] == "浙江省2021年工作报告"
        await pilot.press("j", "enter")  # a report row opens
        assert app.opened == [(tree / "省/浙江省/2021.md", "")]
        await pilot.press("h")
        assert len(_rows(table)) == 3


async def test_p_goes_to_the_previous_year_and_d_compares_with_it(tree):
    paths, _ = collect_paths([tree])
    app = LibraryApp(paths)
    async with app.run_test(size=(100, 24)) as pilot:
        table = await _ready(app, pilot)
        await pilot.press("j", "enter", "j", "j", "j")  # 浙江省 2023
        await pilot.press("p")
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert app.screen.entries[int(key[2:])].path == tree / "省/浙江/2022.md"
        await pilot.press("d")
        await pilot.pause()
        assert app.compared == [(tree / "省/浙江省/2021.md", tree / "省/浙江/2022.md")]


async def test_space_marks_two_reports_and_D_compares_them_older_first(tree):
    paths, _ = collect_paths([tree])
    app = LibraryApp(paths)
    async with app.run_test(size=(100, 24)) as pilot:
        table = await _ready(app, pilot)
        await pilot.press("v")  # one row per report
        await pilot.press("D")
        assert app.compared == []  # nothing marked yet: says how instead
        order = [app.screen.entries[int(str(key.value)[2:])].path for key in table.rows]
        newer = order.index(tree / "省/浙江省/2023.md")
        older = order.index(tree / "省/浙江/2022.md")
        for _ in range(newer):
            await pilot.press("j")
        await pilot.press("space")
        await pilot.press("g", *["j"] * older, "space", "D")
        await pilot.pause()
        assert app.compared == [(tree / "省/浙江/2022.md", tree / "省/浙江省/2023.md")]


async def test_the_filter_ranks_every_report_by_the_readers_hits(tree):
    paths, _ = collect_paths([tree])
    app = LibraryApp(paths)
    async with app.run_test(size=(100, 24)) as pilot:
        table = await _ready(app, pilot)
        await pilot.press("slash", *"法治政府")
        await pilot.pause(0.6)
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        rows = _rows(table)
        hits = {row[2]: int(row[-1]) for row in rows if row[-1]}
        expected = {
            parser.load(path).meta.title or path.name: len(search(parser.load(path), "法治政府").hits)
            for path in paths
        }
        assert hits == {title: n for title, n in expected.items() if n or title in hits}
        assert [int(row[-1] or 0) for row in rows] == sorted(
            (int(row[-1] or 0) for row in rows), reverse=True)
        assert rows[0][0] == "杭州市"
        await pilot.press("enter", "enter")
        assert app.opened == [(tree / "市/杭州市/2023.md", "法治政府")]


async def test_the_trend_view_counts_by_year_and_opens_a_bars_reports(tree):
    paths, _ = collect_paths([tree])
    app = LibraryApp(paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await _ready(app, pilot)
        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, TrendScreen)
        await pilot.press(*"法治政府", "enter")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        bars = app.screen.query_one(OptionList)
        lines = [str(bars.get_option_at_index(i).prompt) for i in range(bars.option_count)]
        assert [line.split()[:3] for line in lines] == [
            ["2021", "1", "3"], ["2022", "1", "2"], ["2023", "2", "4"], ["(未知)", "1", "0"]
        ]
        assert "█" in lines[0] and "█" not in lines[3]
        await pilot.press("b")
        lines = [str(bars.get_option_at_index(i).prompt) for i in range(bars.option_count)]
        assert [line.split()[:3] for line in lines] == [
            ["杭州市", "1", "4"], ["浙江省", "3", "5"], ["(未知)", "1", "0"]
        ]
        await pilot.press("enter")  # 杭州市's reports with hits
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened == [(tree / "市/杭州市/2023.md", "法治政府")]


async def test_from_a_report_P_opens_the_same_offices_previous_year(tree):
    from tui.app import GongwenApp
    from tui.config import Config
    from tui.screens.reader import ReaderScreen

    paths, _ = collect_paths([tree])
    app = GongwenApp(library=paths, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await _ready(app, pilot)
        await pilot.press("j", "enter", "j", "j", "j", "enter")  # 浙江省 2023
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.document.source == str(tree / "省/浙江省/2023.md")
        await pilot.press("P")
        await pilot.pause()
        assert app.screen.document.source == str(tree / "省/浙江/2022.md")


async def test_the_report_view_lists_offices_as_the_office_view_does_each_by_year(tree):
    paths, _ = collect_paths([tree])
    app = LibraryApp(paths)
    async with app.run_test(size=(100, 24)) as pilot:
        table = await _ready(app, pilot)
        await pilot.press("v")
        rows = _rows(table)
        # path order would put the report without an office first and 浙江 2022 before 2021
        assert [(row[0], row[1]) for row in rows] == [
            ("杭州市", "2023"), ("浙江省", "2021"), ("浙江省", "2022"), ("浙江省", "2023"),
            ("—", "—"),
        ]
