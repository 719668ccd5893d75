"""The library screen: collects report paths, lists each report as it is read (unreadable
ones with their error), sorts by any column, and asks the app to open the chosen report."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual.app import App
from textual.widgets import DataTable, Static

import parser
from tui import strings
from tui.paths import collect_paths
from tui.resources import seed_paths
from tui.screens.library import COLUMNS, KeepEnd, LibraryScreen, column_widths


@pytest.fixture(autouse=True)
def _restore_language():
    yield
    strings.set_language(strings.DEFAULT_LANGUAGE)


class LibraryApp(App[None]):
    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.opened: list[tuple[Path, object]] = []

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.paths))

    def on_library_screen_open_report(self, message: LibraryScreen.OpenReport) -> None:
        self.opened.append((message.path, message.document))


async def _loaded(app: LibraryApp, pilot) -> DataTable:
    await pilot.pause()
    await app.screen.workers.wait_for_complete()
    await pilot.pause()
    return app.screen.query_one(DataTable)


def _column(table: DataTable, key: str) -> list[str]:
    cells = table.get_column(key)
    return [cell.text.plain if isinstance(cell, KeepEnd) else cell.plain for cell in cells]


@pytest.fixture
def report_dir(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in seed_paths():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "broken.txt").write_bytes(b"%PDF-1.7 not text at all")
    (folder / "notes.xlsx").write_bytes(b"ignored: not a report suffix")
    (folder / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD.txt").write_text("一、隐藏的文件夹\n", encoding="utf-8")
    return folder


def test_collect_paths_expands_a_folder_to_its_reports_sorted(report_dir):
    paths, errors = collect_paths([report_dir])
    assert errors == []
    assert [path.name for path in paths] == sorted(
        ["broken.txt", *(path.name for path in seed_paths())]
    )


def test_collect_paths_reports_missing_paths_and_lists_each_file_once(report_dir, tmp_path):
    seed = report_dir / seed_paths()[0].name
    paths, errors = collect_paths([seed, tmp_path / "nowhere.txt", report_dir, seed])
    assert paths[0] == seed and paths.count(seed) == 1
    assert len(errors) == 1 and "nowhere.txt" in errors[0]


def test_collect_paths_skips_a_folders_readme_licence_and_changelog(report_dir):
    for name in ("README.md", "readme.txt", "LICENSE.txt", "CHANGELOG.md", "README.zh.md"):
        (report_dir / name).write_text("# notes\n", encoding="utf-8")
    paths, _ = collect_paths([report_dir])
    assert [path.name for path in paths] == sorted(
        ["broken.txt", *(path.name for path in seed_paths())]
    )


def test_collect_paths_takes_a_readme_named_on_the_command_line(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("一、总体情况\n", encoding="utf-8")
    assert collect_paths([readme]) == ([readme], [])


def test_collect_paths_takes_a_named_file_whatever_its_suffix(tmp_path):
    report = tmp_path / "report.TXT.bak"
    report.write_text("一、总体情况\n", encoding="utf-8")
    assert collect_paths([report]) == ([report], [])


def test_bundled_seeds_are_found():
    names = [path.name for path in seed_paths()]
    assert len(names) == 5 and names == sorted(names)
    assert all(path.is_file() for path in seed_paths())


async def test_rows_appear_with_unreadable_file_listed_with_its_error(report_dir):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _loaded(app, pilot)
        assert table.row_count == len(paths) == 6
        titles = _column(table, "title")
        broken = next(title for title in titles if "broken.txt" in title)
        assert broken.startswith("无法打开") and "PDF" in broken
        assert "PDF 文件" in broken, "said in the interface's language: " + broken
        assert all("加载中" not in title for title in titles)
        years = _column(table, "year")
        assert sum(year.isdigit() for year in years) >= 3  # the parser finds most years


async def test_the_screen_paints_before_reports_are_read(tmp_path, monkeypatch):
    from parser import index

    report = tmp_path / "a.txt"
    report.write_text("一、总体情况\n正文。\n", encoding="utf-8")
    release = threading.Event()
    real_extract = index.extract

    def slow_extract(path: str, max_bytes: int = parser.DEFAULT_MAX_BYTES) -> dict:
        release.wait(timeout=5)
        return real_extract(path, max_bytes)

    monkeypatch.setattr(index, "extract", slow_extract)
    app = LibraryApp([report])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert _column(table, "title") == ["加载中…"]
        release.set()
        table = await _loaded(app, pilot)
        assert _column(table, "title") == ["a.txt"]  # no title found: the file name stands in


async def test_number_keys_sort_by_a_column_and_again_reverse(report_dir):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _loaded(app, pilot)
        await pilot.press("4")  # size
        sizes = [int(size.replace(",", "")) for size in _column(table, "size") if size]
        assert sizes == sorted(sizes)
        assert _column(table, "title")[-1].startswith("无法打开")  # unreadable sorts last
        await pilot.press("4")
        sizes = [int(size.replace(",", "")) for size in _column(table, "size") if size]
        assert sizes == sorted(sizes, reverse=True)
        assert _column(table, "title")[-1].startswith("无法打开")
        status = str(app.screen.query_one("#library-status", Static).render())
        assert "字数" in status and "降序" in status


async def test_s_cycles_the_sort_column_and_the_header_shows_it(report_dir):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _loaded(app, pilot)
        await pilot.press("s", "s")  # organisation, then year
        labels = [column.label.plain for column in table.columns.values()]
        assert labels[1].endswith("▲") and not labels[0].endswith("▲")
        years = [year for year in _column(table, "year") if year.isdigit()]
        assert years == sorted(years)


async def test_clicking_a_header_sorts_by_that_column(report_dir):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _loaded(app, pilot)
        columns = list(table.columns.values())
        x = sum(column.get_render_width(table) for column in columns[:4]) + 1  # "headings"
        await pilot.click(DataTable, offset=(x, 0))
        await pilot.pause()
        counts = [int(count) for count in _column(table, "headings") if count]
        assert counts == sorted(counts)


async def test_cursor_stays_on_the_same_report_when_sorting(report_dir):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _loaded(app, pilot)
        await pilot.press("j", "j")
        before = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        await pilot.press("4")
        after = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        assert before == after


async def test_enter_posts_open_report_for_the_row_under_the_cursor(report_dir):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await _loaded(app, pilot)
        wanted = [path.name for path in paths].index(seed_paths()[2].name)
        for _ in range(wanted):
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.opened) == 1
        path, _document = app.opened[0]
        assert path == paths[wanted]


async def test_enter_on_an_unreadable_report_explains_instead_of_opening(report_dir):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _loaded(app, pilot)
        broken = next(row for row, title in enumerate(_column(table, "title"))
                      if "broken.txt" in title)
        for _ in range(broken):
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened == []
        assert any("PDF" in notification.message for notification in app._notifications)


async def test_empty_library_says_so(tmp_path):
    app = LibraryApp([])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query(DataTable)
        empty = str(app.screen.query_one("#library-empty", Static).render())
        assert "没有找到报告" in empty


async def test_labels_follow_the_language(report_dir):
    strings.set_language("en")
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _loaded(app, pilot)
        labels = [column.label.plain for column in table.columns.values()]
        assert labels == ["Organisation", "Year", "Title", "Chars", "Sections"]


@pytest.mark.parametrize("width", [80, 120])
async def test_columns_fit_the_terminal_width(report_dir, width):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(width, 24)) as pilot:
        table = await _loaded(app, pilot)
        total = sum(column.get_render_width(table) for column in table.columns.values())
        assert total <= width
        assert table.max_scroll_x == 0


async def test_a_wide_terminal_gives_the_titles_the_rest_of_the_width(report_dir):
    # At 200 columns the table spans the screen: the titles take what the other columns leave.
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(200, 30)) as pilot:
        table = await _loaded(app, pilot)
        for view in ("reports", "offices"):
            if app.screen.office_view != (view == "offices"):
                await pilot.press("v")
                await pilot.pause()
            total = sum(column.get_render_width(table) for column in table.columns.values())
            assert total == 200 - table.styles.scrollbar_size_vertical, view
            title = "title" if view == "reports" else "timeline"
            widest = max(column.get_render_width(table) for column in table.columns.values())
            assert table.columns[title].get_render_width(table) == widest, view


def test_flex_columns_never_grow_past_their_content():
    widths = column_widths(COLUMNS, 120, 1, [12, None, None, None, None])
    assert widths[0] == 12
    assert sum(widths) + 2 * len(COLUMNS) <= 120


def test_the_titles_take_what_the_columns_grown_to_their_content_leave():
    widths = column_widths(COLUMNS, 200, 1, [12, 6, 30, 9, 6])
    assert widths[0] == 12
    assert widths[2] > 30
    assert sum(widths) + 2 * len(COLUMNS) == 200


def test_keep_end_truncates_wide_text_from_the_start():
    console = Console(width=11, legacy_windows=False)
    with console.capture() as capture:
        console.print(KeepEnd(Text("北京市朝阳区垡头街道")))
    shown = capture.get().rstrip("\n")
    assert shown.startswith("…") and shown.endswith("垡头街道")
    assert cell_len(shown) <= 11


def test_packaged_seeds_are_preferred_to_the_repository_copy(tmp_path, monkeypatch):
    from tui import resources

    bundled = tmp_path / "bundled"
    (bundled / "seeds").mkdir(parents=True)
    (bundled / "seeds" / "only-in-wheel.txt").write_text("一、总体情况\n", encoding="utf-8")
    monkeypatch.setattr(resources, "_BUNDLED_DIR", bundled)
    assert [path.name for path in resources.seed_paths()] == ["only-in-wheel.txt"]
    assert resources.themes_dir() == resources._REPOSITORY_DIR / "themes"  # not packaged here



async def test_long_titles_end_in_an_ellipsis_right_after_the_last_character(report_dir):
    paths, _ = collect_paths([report_dir])
    app = LibraryApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _loaded(app, pilot)
        titles = _column(table, "title")
        drawn = [table.render_line(row + 1).text for row in range(len(titles))]
    cut = [(line, title) for line, title in zip(drawn, titles, strict=True) if title not in line]
    assert cut, drawn  # at 80 columns some seed titles do not fit
    for line, title in cut:
        # the title's "…" is the line's last (an organisation loses its start instead)
        before = line.rsplit("…", 1)[0]
        # whole characters up to the ellipsis: no blank where a wide character did not fit
        assert not before.endswith(" ")
        assert title.startswith(before.split()[-1])
