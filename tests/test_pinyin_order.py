"""Organisations are listed by the pinyin of their names, as a reader looks them up, not by
code point (which orders Han characters by radical): the sort key, the library's
organisation column and office view, and ``trend --by office``."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable

from parser.collation import pinyin_key
from parser.trend import ReportCount, group
from tui.paths import collect_paths
from tui.screens.library import KeepEnd, LibraryScreen

# By code point: 上 U+4E0A, 北 U+5317, 广 U+5E7F, 重 U+91CD, 长 U+957F.
BY_CODE_POINT = ["上海市", "北京市", "广州市", "重庆市", "长沙市"]
BY_PINYIN = ["北京市", "长沙市", "重庆市", "广州市", "上海市"]
"""běi, cháng, chóng, guǎng, shàng: 长 before 重 (chang < chong), and 重庆 read chóng."""


def test_code_point_order_is_not_pinyin_order() -> None:
    assert sorted(BY_PINYIN) == BY_CODE_POINT


def test_names_sort_by_pinyin() -> None:
    assert sorted(BY_CODE_POINT, key=pinyin_key) == BY_PINYIN


def test_tone_then_character_break_ties_and_letters_come_first() -> None:
    # 湖北 hú before 虎门 hǔ (same spelling, tone 2 before 3); 湖南 after 湖北 (nán > běi).
    names = ["虎门镇", "湖南省", "A区", "湖北省", "12号院", "b区"]
    assert sorted(names, key=pinyin_key) == ["12号院", "A区", "b区", "湖北省", "湖南省", "虎门镇"]
    assert pinyin_key("市")[0] != pinyin_key("事")[0], "homophones stay apart"


def test_trend_by_office_lists_offices_by_pinyin() -> None:
    counts = [ReportCount(Path(f"{n}.md"), name, 2023, 1, 100) for n, name in
              enumerate([*BY_CODE_POINT, None])]
    assert [g.key for g in group(counts, "office")] == [*BY_PINYIN, None]


class _Library(App[None]):
    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.paths))


@pytest.fixture
def offices(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    for name in BY_CODE_POINT:
        path = root / name / "2023.md"
        path.parent.mkdir(parents=True)
        path.write_text(f"{name}2023年法治政府建设年度报告\n\n一、总体情况\n稳步推进。\n",
                        encoding="utf-8")
    return root


def _first_column(table: DataTable) -> list[str]:
    cells = [table.get_row_at(row)[0] for row in range(table.row_count)]
    return [(cell.text if isinstance(cell, KeepEnd) else cell).plain for cell in cells]


async def test_the_library_lists_and_sorts_organisations_by_pinyin(offices: Path) -> None:
    paths, _ = collect_paths([offices])
    app = _Library(paths)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert not app.screen.office_view, "one report per office: listed report by report"
        await pilot.press("1")  # sorted by organisation
        await pilot.pause()
        assert _first_column(table) == BY_PINYIN
        await pilot.press("1")
        await pilot.pause()
        assert _first_column(table) == BY_PINYIN[::-1]
        await pilot.press("v")  # one row per office
        await pilot.pause()
        assert _first_column(table) == [f"▸ {name}" for name in BY_PINYIN]


def test_the_review_checks_sort_offices_by_pinyin() -> None:
    from types import SimpleNamespace

    from tui.screens.checks import columns

    office = columns([])[0]
    assert office.key == "org"
    rows = [SimpleNamespace(document=SimpleNamespace(meta=SimpleNamespace(org=name)),
                            path=Path(f"{name}/2023.md")) for name in BY_CODE_POINT]
    assert [row.document.meta.org for row in sorted(rows, key=office.sort_key)] == BY_PINYIN
