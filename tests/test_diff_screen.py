"""The diff screen driven by its keys: stepping through changes and changed sections, folds,
side by side and one column, the tree, scrolling together, the figures list, small
terminals, and a diff still being computed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

import parser
import tui.screens.diff as diff_screen
from parser.diff_layout import changed_pairs, pair_first_rows
from parser.tokens import sentences
from tests.test_diff_layout import SEEDS, edited_fatou
from tui.app import GongwenApp
from tui.config import Config
from tui.screens.diff import DiffScreen, same_office_first
from tui.screens.help import HelpScreen, help_entries
from tui.strings import t
from tui.themes import load_themes, theme_from_mapping
from tui.widgets.diff_tree import pair_title
from tui.widgets.diff_view import JUMP_CONTEXT

THEMES, _ = load_themes()


def documents() -> tuple[parser.Document, parser.Document]:
    return parser.load(SEEDS / "fatou-2023.txt"), parser.parse(edited_fatou())


def diff_app(pair: tuple[parser.Document, parser.Document] | None = None) -> GongwenApp:
    return GongwenApp(diff=pair or documents(), config=Config(), themes=THEMES)


def screen_of(app: GongwenApp) -> DiffScreen:
    screen = app.screen
    assert isinstance(screen, DiffScreen)
    return screen


async def computed(pilot: Pilot) -> DiffScreen:
    """Wait for the diff worker, then for the screen to settle."""
    screen = screen_of(pilot.app)
    while screen.result is None:
        await pilot.pause(0.02)
    await pilot.pause()
    return screen


def visible_lines(screen: DiffScreen):
    view = screen.view
    layout = view.display_lines
    assert layout is not None
    return layout.lines[view.top_row:view.top_row + view.page_height]


def line_text(screen: DiffScreen, y: int) -> str:
    return "".join(segment.text for segment in screen.view.render_line(y))


# While the diff is computed -----------------------------------------------------------------


async def test_the_screen_paints_before_the_diff_and_keys_work_meanwhile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    real_diff = diff_screen.diff

    halfway = threading.Event()

    def slow_diff(a, b, progress):
        progress(0.4)
        halfway.set()
        release.wait(10)
        return real_diff(a, b, progress=progress)

    monkeypatch.setattr(diff_screen, "diff", slow_diff)
    app = diff_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = screen_of(app)
        halfway.wait(10)
        await pilot.pause()
        assert screen.result is None
        assert t("diff.computing_progress", percent=40) in line_text(screen, 0)
        await pilot.press("o")
        assert screen.outline_visible
        await pilot.press("s", "z", "n", "j", "f")
        assert t("diff.computing") in screen.status.message
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        release.set()
        screen = await computed(pilot)
        assert screen.view.display_lines is not None
        assert screen.view.unified is False, "s asked for side by side while computing"


async def test_a_failing_diff_says_so_instead_of_crashing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_diff(a, b, progress):
        raise ValueError("no pairs")

    monkeypatch.setattr(diff_screen, "diff", broken_diff)
    app = diff_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = screen_of(app)
        await pilot.pause(0.2)
        assert "ValueError: no pairs" in screen.status.position
        assert "ValueError" in line_text(screen, 0)
        await pilot.press("n", "j")


async def test_identical_reports_say_so() -> None:
    doc = parser.load(SEEDS / "zixing-2021.txt")
    app = diff_app((doc, doc))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        assert screen.status.position == t("diff.identical")
        assert [line.kind for line in screen.view.display_lines.lines] == ["fold"]
        await pilot.press("n")
        assert screen.status.message == t("diff.no_next_change")


# Changes ---------------------------------------------------------------------------------


async def test_n_and_N_step_through_the_changes_and_show_each() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        view = screen.view
        count = view.hunk_count
        assert count >= 4
        seen = []
        for _ in range(count + 1):
            await pilot.press("n")
            seen.append(view.current_hunk())
            row, side, offset = view._stops[seen[-1]]
            line = view.display_lines.line_for_offset(side, row, offset)
            assert view.top_row <= line < view.top_row + view.page_height
        assert seen[-1] == count - 1
        assert seen == sorted(seen) and len(set(seen)) == count - seen[0]
        assert screen.status.message == t("diff.no_next_change")
        await pilot.press("N")
        assert view.current_hunk() == count - 2
        await pilot.press("N")
        assert view.current_hunk() == count - 3


async def test_brackets_go_to_the_changed_sections_in_turn() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        targets = changed_pairs(screen.result)
        visited = []
        for _ in targets:
            await pilot.press("right_square_bracket")
            visited.append(screen.view.pair_being_read()[0])
        assert visited == list(targets)
        await pilot.press("left_square_bracket")
        assert screen.view.pair_being_read()[0] == targets[-2]


async def test_the_status_shows_the_summary_and_the_change_being_looked_at() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        summary = screen.result.summary
        assert screen.status.position == t(
            "diff.summary", same=summary.same, changed=summary.changed, added=summary.added,
            removed=summary.removed, moved=summary.moved,
            reused=round(100 * screen.result.reuse.reused_share),
            characters=f"{summary.characters_changed:,}", figures=summary.figures_changed,
        )
        assert "沿用上年" in screen.status.position
        await pilot.press("n", "n")
        await pilot.pause()
        current = screen.view.current_hunk() + 1
        assert screen.status.percent.startswith(
            t("diff.position", i=current, n=screen.view.hunk_count))


# Folds ----------------------------------------------------------------------------------------


async def test_z_unfolds_everything_and_folds_again() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        kinds = lambda: [line.kind for line in screen.view.display_lines.lines]  # noqa: E731
        assert "fold" in kinds()
        folded_length = len(kinds())
        await pilot.press("z")
        assert "fold" not in kinds() and len(kinds()) > folded_length
        await pilot.press("z")
        assert "fold" in kinds() and len(kinds()) == folded_length


async def test_enter_opens_the_fold_on_screen_and_a_click_too() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        view = screen.view
        folds = lambda: sum(line.kind == "fold" for line in view.display_lines.lines)  # noqa: E731
        before = folds()
        assert visible_lines(screen)[0].kind == "fold"
        await pilot.press("enter")
        assert folds() == before - 1
        fold_y = next(y for y, line in enumerate(visible_lines(screen)) if line.kind == "fold")
        await pilot.click(view, offset=(5, fold_y))
        assert folds() == before - 2


async def test_choosing_a_folded_section_in_the_tree_opens_its_fold() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        result = screen.result
        folded = next(
            index for index, pair in enumerate(result.pairs)
            if pair.status == "same" and pair.part == "section"
            and screen.view.display_lines[
                screen.view.display_lines.line_for_row(pair_first_rows(result)[index])
            ].kind == "fold"
        )
        screen.view.go_to_pair(folded)
        await pilot.pause()
        top = visible_lines(screen)[0]
        assert top.kind == "text" and top.pair == folded


# Layout: side by side, one column, the tree ---------------------------------------------------


async def test_s_switches_between_side_by_side_and_one_column_at_any_width() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        view = (await computed(pilot)).view
        assert not view.unified and len(view.display_lines.widths) == 2
        await pilot.press("s")
        assert view.unified and len(view.display_lines.widths) == 1
        await pilot.press("s")
        assert not view.unified
    app = diff_app()
    async with app.run_test(size=(80, 24)) as pilot:
        view = (await computed(pilot)).view
        assert view.unified
        await pilot.press("s")
        assert not view.unified


async def test_o_toggles_the_tree_which_hides_by_default_at_80_columns() -> None:
    app = diff_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await computed(pilot)
        assert not screen.outline_visible
        await pilot.press("o")
        assert screen.outline_visible
        await pilot.press("o")
        assert not screen.outline_visible
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        assert screen.outline_visible
        await pilot.press("o")
        assert not screen.outline_visible


async def test_the_tree_badges_each_changed_section() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        tree = screen.outline
        labels = {
            pair.status: tree.pair_label(tree._nodes_by_key[index], tree.rich_style,
                                         tree.rich_style).plain.lstrip("▼▶ ")
            for index, pair in enumerate(screen.result.pairs) if index in tree._nodes_by_key
        }
        assert labels["added"].startswith("新增 (二)深化行政复议体制改革")
        assert labels["removed"].startswith("删除 4、垡头街道现有公职律师2名")
        assert labels["moved"].startswith("移动 三、法治政府建设中存在的不足")
        assert labels["moved"].endswith("← 原三、")
        assert labels["changed"].startswith("似 ")
        assert "%" in labels["changed"]


async def test_tree_labels_longer_than_the_tree_end_in_an_ellipsis() -> None:
    app = diff_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await computed(pilot)
        await pilot.press("o")
        await pilot.pause()
        tree = screen.outline
        width = tree.scrollable_content_region.width
        cut = 0
        for y in range(tree.scrollable_content_region.height):
            node = tree.get_node_at_line(y + tree.scroll_offset.y)
            if node is None:
                continue
            line = tree.render_line(y).text.rstrip()
            assert sum(2 if ord(c) > 0x2E7F else 1 for c in line) <= width
            if pair_title(screen.result, screen.result.pairs[node.data]) not in line:
                # Cut short: it says so.
                assert line.endswith("…"), line
                cut += 1
        assert cut > 0  # at 80 columns the tree is narrow


async def test_choosing_a_section_in_the_tree_moves_both_columns() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        result = screen.result
        removed = next(i for i, pair in enumerate(result.pairs) if pair.status == "removed")
        await pilot.press("tab")
        assert screen.focused is screen.outline
        while screen.outline.cursor_node.data != removed:
            await pilot.press("j")
        await pilot.pause()
        top = visible_lines(screen)[0]
        assert top.pair == removed and top.row == pair_first_rows(result)[removed]
        assert top.a is not None and top.b is None and top.b_filler
        assert screen.view.pair_being_read() == (removed, True)
        assert screen.breadcrumb.node == removed


async def test_the_tree_follows_the_view() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        for _ in range(3):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert screen.outline.cursor_node.data == screen.view.pair_being_read()[0]


async def test_both_columns_scroll_together() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        result = screen.result
        await pilot.press("z")
        for keys in (["j"] * 7, ["space"], ["d", "d"], ["G"], ["b"], ["g"]):
            await pilot.press(*keys)
            for line in visible_lines(screen):
                row = result.rows[line.row]
                if line.a is not None:
                    assert row.a[0] <= line.a.start and line.a.end <= row.a[1]
                if line.b is not None:
                    assert row.b[0] <= line.b.start and line.b.end <= row.b[1]
        await pilot.press("G")
        view = screen.view
        assert view.top_row == view.max_scroll_y > 0


async def test_resizing_to_20x6_and_back_keeps_working() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        pair = screen.view.pair_being_read()[0]
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        assert screen.view.unified and not screen.outline_visible
        await pilot.press("n", "j", "z", "o", "N", "z", "s")
        assert not screen.view.unified, "side by side, asked for, even at 20 columns"
        await pilot.press("s")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert screen.view.unified, "one column, asked for, stays at 120 columns"
        await pilot.press("s")
        assert not screen.view.unified
        layout = screen.view.display_lines
        assert layout.widths == screen.view.columns
        await pilot.press("g", "right_square_bracket")
        assert screen.view.pair_being_read()[0] == changed_pairs(screen.result)[0]
        assert pair in changed_pairs(screen.result)


# Figures, help, palette, highlights -----------------------------------------------------------


async def test_f_lists_the_changed_figures_and_shows_the_one_chosen() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        figures = screen.result.figures
        await pilot.press("f")
        await pilot.pause()
        assert CommandPalette.is_open(app)
        chosen = next(figure for figure in figures if "纠纷" in figure.context)
        await pilot.press(*"纠纷")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        shown = [line.b for line in visible_lines(screen) if line.b is not None]
        assert any(side.start <= chosen.b_at[0] < side.end for side in shown)


async def test_the_help_screen_lists_the_diff_keys() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        entries = help_entries([app, screen, *screen.walk_children()], app)
        listed = {entry.description_key: entry.keys
                  for group in entries.values() for entry in group}
        assert listed["key.next_change"] == ["n"]
        assert listed["key.previous_change"] == ["N"]
        assert listed["key.toggle_folds"] == ["z"]
        assert listed["key.toggle_layout"] == ["s"]
        assert listed["key.figures"] == ["f"]
        assert "key.next_changed_section" in listed and "key.expand_fold" in listed


async def test_every_action_is_in_the_command_palette() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        keys = {key for key, _ in screen.palette_actions()}
        # The screen's keys and those of the view that owns the changes.
        bound = {binding.action.split("(")[0]
                 for node in (screen, screen.view) for _, binding in node._bindings}
        for action in ("change", "changed_section", "toggle_folding", "toggle_layout",
                       "figures", "toggle_outline", "switch_pane"):
            assert action in bound
        assert {"next_change", "previous_change", "next_changed_section",
                "previous_changed_section", "toggle_folds", "toggle_layout", "figures",
                "toggle_outline", "switch_pane", "top", "bottom"} <= keys
        await pilot.press("ctrl+p")
        await pilot.press(*"下一处改动")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        first_below = next(index for index, line in enumerate(screen.view._stop_lines())
                           if line > JUMP_CONTEXT)
        assert app.screen is screen and screen.view.current_hunk() == first_below


async def test_n_stops_at_every_edit_and_every_new_or_dropped_sentence() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        result = screen.result
        paired_edits = sum(len(row.edits) for row in result.rows
                           if row.a is not None and row.b is not None)
        lone_sentences = sum(
            1 for row in result.rows if row.changed and (row.a is None or row.b is None)
            for start, end in sentences((result.a if row.b is None else result.b).text,
                                        *(row.a or row.b))
            if (result.a if row.b is None else result.b).text[start:end].strip()
        )
        assert screen.view.hunk_count == paired_edits + lone_sentences
        assert paired_edits >= 8, "each figure and word edit is a stop of its own"


async def test_highlights_can_be_set_for_each_side() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        view = screen.view
        await pilot.press("z")
        line = next(line for line in visible_lines(screen) if line.b is not None)
        span = (line.b.start, line.b.start + 2)
        y = visible_lines(screen).index(line)
        plain = list(view.render_line(y))
        view.set_highlights("b", [span], current=span)
        lit = list(view.render_line(y))
        assert plain != lit
        hit_style = view._style("hit-current")
        assert any(segment.style and segment.style.bgcolor == hit_style.bgcolor
                   for segment in lit)
        view.set_highlights("b", [])
        assert list(view.render_line(y)) == plain


async def test_changed_words_take_their_text_style_from_the_theme() -> None:
    mine = theme_from_mapping(
        {"name": "mine", "primary": "#336699",
         "variables": {"diff-added-style": "bold", "diff-removed-style": "reverse"}},
        defaults={theme.name: theme for theme in THEMES},
    )
    app = GongwenApp(diff=documents(), config=Config(), themes=[*THEMES, mine], theme="mine")
    async with app.run_test(size=(120, 40)) as pilot:
        view = (await computed(pilot)).view
        added, removed = view._style("added"), view._style("removed")
        assert added.bold and not added.underline
        assert removed.reverse and not removed.strike
        app.theme = "gongwen-dark"
        await pilot.pause()
        added, removed = view._style("added"), view._style("removed")
        assert added.underline and removed.strike


async def test_tabs_wide_spaces_and_escape_codes_are_drawn_safely_in_the_diff() -> None:
    old = "一、总体情况\n\n第一段\t有制表符,\u3000有全角空格,还有\x1b[31m转义码\x07。\n"
    new = old.replace("第一段", "第二段") + "二、新增\n\n新段\t落\x1b[0m。\n"
    app = diff_app((parser.parse(old), parser.parse(new)))
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await computed(pilot)
        for unified in (False, True):
            screen.view.unified = unified
            await pilot.pause()
            width = screen.view.scrollable_content_region.width
            for y in range(screen.view.page_height):
                strip = screen.view.render_line(y)
                drawn = "".join(segment.text for segment in strip)
                assert strip.cell_length == width
                assert not any(character in drawn for character in "\t\u3000\x1b\x07")


# Opening a diff from the reader ---------------------------------------------------------------


def reader_app(path: Path) -> GongwenApp:
    return GongwenApp(document=parser.load(path), config=Config(), themes=THEMES)


async def choose_in_palette(pilot: Pilot, query: str) -> None:
    assert CommandPalette.is_open(pilot.app)
    pilot.app.screen.query_one(Input).value = query
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_D_in_the_reader_compares_with_a_chosen_report_the_older_on_the_left() -> None:
    app = reader_app(SEEDS / "beichengjie-2025.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        await pilot.press("D")
        await pilot.pause()
        await choose_in_palette(pilot, "zixing")
        screen = await computed(pilot)
        assert screen.a.meta.year == 2021 and screen.b.meta.year == 2025
        assert screen.can_go_back
        await pilot.press("escape")
        assert app.screen is reader


async def test_a_typed_path_can_be_compared(tmp_path: Path) -> None:
    edited = tmp_path / "fatou-2024.txt"
    edited.write_text(edited_fatou(), encoding="utf-8")
    app = reader_app(SEEDS / "fatou-2023.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("D")
        await pilot.pause()
        await choose_in_palette(pilot, str(edited))
        screen = await computed(pilot)
        assert screen.b.source == str(edited)
        assert screen.result.summary.added == 1


async def test_the_reader_palette_offers_to_compare() -> None:
    app = reader_app(SEEDS / "fatou-2023.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await choose_in_palette(pilot, t("command.compare"))
        await pilot.pause()
        assert CommandPalette.is_open(app), "the list of reports to compare with"
        await choose_in_palette(pilot, "nanshan")
        screen = await computed(pilot)
        assert screen.b.source.endswith("nanshan-2023.txt")
        assert screen.a.source.endswith("fatou-2023.txt"), "same year: the open one on the left"


async def test_an_unreadable_report_to_compare_with_is_a_notification(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\x01" * 50)
    app = reader_app(SEEDS / "fatou-2023.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        await pilot.press("D")
        await pilot.pause()
        await choose_in_palette(pilot, str(binary))
        assert app.screen is reader
        assert any("image.txt" in str(notification.message)
                   for notification in app._notifications)


def test_the_same_offices_other_years_are_offered_first(tmp_path: Path) -> None:
    office = tmp_path / "扬州市"
    office.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    own = office / "2023.md"
    paths = [other / "2022.md", office / "2019.md", office / "2024.md", office / "2022.md",
             other / "notes.md"]
    ordered = same_office_first(paths, own, 2023)
    assert ordered[:3] == [office / "2024.md", office / "2022.md", office / "2019.md"]
    assert ordered[3:] == [other / "2022.md", other / "notes.md"]


async def test_a_comparison_asked_for_while_reading_opens_at_that_section() -> None:
    a, b = documents()
    section = next(node for node in b.nodes if node.title.startswith("加强法治文化阵地建设"))
    app = GongwenApp(config=Config(), themes=THEMES)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_diff(a, b, ("b", section.body[0]))
        screen = await computed(pilot)
        pair, _ = screen.view.pair_being_read()
        assert screen.result.pairs[pair].b is not None
        assert screen.result.pairs[pair].b.index == section.index


async def test_the_breadcrumb_of_a_moved_section_says_where_it_was() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        moved = next(i for i, pair in enumerate(screen.result.pairs) if pair.status == "moved")
        screen.go_to_pair(moved)
        await pilot.pause()
        crumbs = screen.breadcrumb.crumbs()
        assert crumbs[-1] == ("", "← 原三、")
        assert crumbs[0][1] == "法治政府建设中存在的不足"


async def test_the_palette_offers_the_screens_actions_and_finds_its_sections_by_title():
    from tui.screens.diff import DiffCommandsProvider

    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        provider = DiffCommandsProvider(screen)
        assert [hit.text async for hit in provider.discover()]  # the screen's actions
        hits = [hit async for hit in provider.search("法治文化阵地")]
        assert any("加强法治文化阵地建设" in (hit.text or "") for hit in hits)
        hits[0].command()
        await pilot.pause()


async def test_the_views_keys_work_from_the_tree_too() -> None:
    app = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await computed(pilot)
        await pilot.press("tab")
        assert screen.outline.has_focus
        await pilot.press("n")
        assert screen.view.current_hunk() is not None
        folding = screen.view.folding
        await pilot.press("z")
        assert screen.view.folding is not folding and screen.outline.has_focus
