"""The review checks screen: a row per report with ✓/✗ per required part, only the failing
ones on ``f``, Enter on a part opens the report there, ``m`` the similarity of one year."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Static

from tui.resources import seed_paths
from tui.screens.checks import CheckScreen, SimilarityScreen, check_paths
from tui.screens.library import LibraryScreen
from tui.strings import t
from tui.widgets.key_hints import KeyHints
from tui.widgets.library_table import LibraryTable

LATE_AND_INCOMPLETE = """\
清河镇2023年法治政府建设情况报告

一、2023年法治政府建设工作情况
全年办理行政执法案件12件。
二、存在的不足
执法人员专业能力有待提高。

清河镇人民政府
2024年6月1日
"""


class ChecksApp(App[None]):
    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.opened: list[tuple[Path, int | None]] = []
        self.compared: list[tuple[object, object]] = []

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.paths))

    def on_check_screen_open_report(self, message: CheckScreen.OpenReport) -> None:
        self.opened.append((message.path, message.start))

    def on_similarity_screen_compare(self, message: SimilarityScreen.Compare) -> None:
        self.compared.append((message.a, message.b))


async def _checked(app: ChecksApp, pilot) -> CheckScreen:
    await pilot.pause()
    await app.screen.workers.wait_for_complete()
    await pilot.press("c")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, CheckScreen)
    await screen.workers.wait_for_complete()
    await pilot.pause()
    return screen


def _cells(table: DataTable, key: str) -> list[str]:
    return [str(getattr(cell, "plain", cell)) for cell in table.get_column(key)]


async def test_each_report_gets_a_mark_per_required_part(tmp_path):
    late = tmp_path / "qinghe-2023.txt"
    late.write_text(LATE_AND_INCOMPLETE, encoding="utf-8")
    app = ChecksApp([*seed_paths(), late])
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _checked(app, pilot)
        table = screen.query_one(DataTable)
        assert table.row_count == 6
        # the rows come in the library's order: offices by pinyin
        orgs = _cells(table, "org")
        late_row = orgs.index("清河镇人民政府")
        assert _cells(table, "part:plan") == ["✗" if row == late_row else "✓" for row in range(6)]
        assert _cells(table, "deadline")[late_row] == "✗"
        zixing = next(row for row, org in enumerate(orgs) if org.endswith("紫兴街道办事处"))
        assert _cells(table, "lint")[zixing] == "1"  # zixing's (三) written as 1.

        await pilot.press("f")
        assert screen.only_failing
        assert table.row_count == 1
        assert _cells(table, "org") == ["清河镇人民政府"]


async def test_enter_on_a_part_opens_the_report_where_it_stands(tmp_path):
    app = ChecksApp(seed_paths())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _checked(app, pilot)
        table = screen.query_one(DataTable)
        column = [c.key for c in screen._columns].index("part:shortcomings")
        table.cursor_coordinate = table.cursor_coordinate._replace(row=1, column=column)
        await pilot.press("enter")
        await pilot.pause()
        path, start = app.opened[-1]
        assert path.name == "fatou-2023.txt"
        text = path.read_text(encoding="utf-8")
        assert text[start:].startswith("三、法治政府建设中存在的不足")


async def test_similarity_of_one_year_and_enter_compares_two(tmp_path):
    app = ChecksApp(seed_paths())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _checked(app, pilot)
        screen.query_one(DataTable).cursor_coordinate = (1, 0)  # fatou, 2023
        await pilot.press("m")
        await pilot.pause()
        similarity = app.screen
        assert isinstance(similarity, SimilarityScreen)
        assert similarity.year == 2023
        assert len(similarity.members) == 3  # fatou, nanshan, sijiqing
        table = similarity.query_one(DataTable)
        table.cursor_coordinate = (0, 2)
        await pilot.press("enter")
        first, second = app.compared[-1]
        assert first.meta.org.endswith("垡头街道办事处")
        assert second.meta.org.endswith("南山街道办事处")
        await pilot.press("left_square_bracket")
        assert similarity.year == 2021


async def test_the_similarity_footer_words_the_two_years_alike():
    app = ChecksApp(seed_paths())
    async with app.run_test(size=(120, 30)) as pilot:
        await _checked(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        footer = app.screen.query_one(KeyHints).render().plain
        assert f"[ {t('key.earlier_year')}  ] {t('key.later_year')}" in footer
        assert t("key.earlier_year").replace("上", "下") == t("key.later_year")


class LibraryApp(ChecksApp):
    def on_library_screen_open_report(self, message: LibraryScreen.OpenReport) -> None:
        self.opened.append((message.path, None))


async def _library_with_checks(app: ChecksApp, pilot) -> LibraryScreen:
    await pilot.pause()
    library = app.screen
    assert isinstance(library, LibraryScreen)
    await library.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("C")
    await library.workers.wait_for_complete()
    await pilot.pause()
    return library


async def test_the_checks_are_columns_of_the_library_and_only_failing_keeps_the_gaps(tmp_path):
    late = tmp_path / "qinghe-2023.txt"
    late.write_text(LATE_AND_INCOMPLETE, encoding="utf-8")
    app = LibraryApp([*seed_paths(), late])
    async with app.run_test(size=(80, 24)) as pilot:
        library = await _library_with_checks(app, pilot)
        table = library.query_one(DataTable)
        keys = [column.key.value for column in table.columns.values()]
        assert keys[:3] == ["organisation", "year", "title"]
        assert {"part:measures", "part:plan", "deadline", "reuse"} <= set(keys)
        assert table.row_count == 6
        plan = _cells(table, "part:plan")
        assert plan.count("✗") == 1 and plan.count("✓") == 5

        await pilot.press("f")
        assert library.only_failing and table.row_count == 1
        assert _cells(table, "part:plan") == ["✗"]
        await pilot.press("enter")  # from the ✗ straight to the report
        assert app.opened[-1][0] == late

        await pilot.press("f")
        assert table.row_count == 6
        library.query_one(LibraryTable).action_sort_by(keys.index("part:plan"))  # ✗ first
        await pilot.pause()
        assert _cells(table, "part:plan")[0] == "✗"

        await pilot.press("C")  # hidden again: size and headings come back
        keys = [column.key.value for column in table.columns.values()]
        assert "part:plan" not in keys and "size" in keys


async def test_the_library_filter_is_carried_into_the_checks_screen():
    app = ChecksApp(seed_paths())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await library.workers.wait_for_complete()
        library._run_filter("行政诉讼")  # in two of the five seeds
        await library.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckScreen)
        assert sorted(path.name for path in screen.paths) == [
            "beichengjie-2025.txt", "nanshan-2023.txt"]
        assert "行政诉讼" in str(screen.query_one("#checks-title", Static).render())


def test_the_progress_counts_reports_and_names_the_comparisons_apart(tmp_path):
    office = tmp_path / "清河镇"
    office.mkdir()
    for year in (2021, 2022, 2023):
        (office / f"{year}.txt").write_text(
            LATE_AND_INCOMPLETE.replace("2023", str(year)).replace("2024", str(year + 1)),
            encoding="utf-8")
    calls: list[tuple[str, int, int]] = []
    check_paths(sorted(office.glob("*.txt")), None,
                lambda phase, done, total: calls.append((phase, done, total)))
    totals = {phase: {total for _phase, _done, total in calls if _phase == phase}
              for phase, _done, _total in calls}
    # three reports, two of which have a year before to compare with
    assert totals == {"checks.reading": {3}, "checks.comparing": {2}, "checks.running": {3}}
    assert all(0 <= done <= total for _phase, done, total in calls)
    assert calls[-1] == ("checks.running", 3, 3)
