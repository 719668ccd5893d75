"""The reader screen driven by its keys: moving in the text and the tree, following each other,
sections, marks, the outline toggle, highlights, small terminals."""

from __future__ import annotations

from pathlib import Path

import pytest

import parser
from parser.nodes import BACK, FRONT, node_at
from parser.writers import subject
from tui.app import GongwenApp
from tui.config import Config
from tui.screens.reader import ReaderScreen
from tui.strings import t
from tui.themes import load_themes
from tui.widgets.breadcrumb import fit_crumbs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ZIXING = SEEDS / "zixing-2021.txt"
NANSHAN = SEEDS / "nanshan-2023.txt"


def reader_app(path: Path = ZIXING, config: Config | None = None) -> GongwenApp:
    themes, _ = load_themes()
    return GongwenApp(document=parser.load(path), config=config or Config(), themes=themes)


def reader(app: GongwenApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def index_of(screen: ReaderScreen, marker: str, title_start: str) -> int:
    return next(
        node.index for node in screen.document.nodes
        if node.marker == marker and node.title.startswith(title_start)
    )


# Moving in the text ---------------------------------------------------------------------------


async def test_j_k_and_arrows_move_the_text_one_line() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        await pilot.press("j")
        assert pane.top_row == 1
        await pilot.press("down")
        assert pane.top_row == 2
        await pilot.press("k")
        assert pane.top_row == 1
        await pilot.press("up", "up")
        assert pane.top_row == 0


async def test_space_b_and_page_keys_move_a_page() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        page = pane.page_height
        await pilot.press("space")
        assert pane.top_row == page
        await pilot.press("pagedown")
        assert pane.top_row == 2 * page
        await pilot.press("b")
        assert pane.top_row == page
        await pilot.press("pageup")
        assert pane.top_row == 0


async def test_d_and_u_move_half_a_page() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        await pilot.press("d")
        assert pane.top_row == pane.page_height // 2
        await pilot.press("u")
        assert pane.top_row == 0


async def test_G_goes_to_the_end_and_g_to_the_top_as_in_less() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        await pilot.press("G")
        assert pane.top_row == pane.max_scroll_y > 0
        assert pane.top_row + pane.page_height >= len(pane.display_lines)
        await pilot.press("g")
        assert pane.top_row == 0
        await pilot.press("end")
        assert pane.top_row == pane.max_scroll_y
        await pilot.press("home")
        assert pane.top_row == 0


async def test_a_page_down_at_the_end_stays_at_the_end() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        await pilot.press("G", "space", "j", "d")
        assert pane.top_row == pane.max_scroll_y


# The tree -------------------------------------------------------------------------------------


async def test_tab_switches_between_text_and_tree() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert app.focused is screen.pane
        await pilot.press("tab")
        assert app.focused is screen.outline
        await pilot.press("tab")
        assert app.focused is screen.pane


async def test_j_and_k_in_the_tree_move_node_by_node_and_the_text_follows() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("tab", "j", "j")
        await pilot.pause()
        first_section = screen.document.sections[0].children[0]
        assert screen.outline.cursor_node.data == first_section.index
        assert screen.pane.node_being_read()[0] == first_section.index
        assert screen.pane.top_row == screen.pane.display_lines.row_for_section(first_section.index)
        await pilot.press("k")
        await pilot.pause()
        assert screen.pane.node_being_read()[0] == screen.document.sections[0].index
        assert app.focused is screen.outline


async def test_enter_in_the_tree_opens_the_section_in_the_text() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("tab", "down", "down", "down", "enter")
        await pilot.pause()
        node = screen.outline.cursor_node.data
        assert app.focused is screen.pane
        assert screen.pane.top_row == screen.pane.display_lines.row_for_section(node)


async def test_clicking_a_tree_node_moves_the_text_there() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.click(screen.outline, offset=(8, 3))
        await pilot.pause()
        node = screen.outline.cursor_node.data
        assert screen.outline.cursor_line == 3
        assert screen.pane.node_being_read()[0] == node
        assert screen.pane.top_row == screen.pane.display_lines.row_for_section(node)


async def test_a_key_typed_while_the_reader_opens_goes_to_the_text() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert app.focused is screen.pane
        assert screen.pane.jump_origin is None
        await pilot.press("j")
        assert screen.pane.top_row == 1 and screen.outline.cursor_line == 0


async def test_h_collapses_and_l_expands_a_tree_node() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("tab", "j")
        node = screen.outline.cursor_node
        assert node.data == screen.document.sections[0].index and node.is_expanded
        await pilot.press("h")
        assert node.is_collapsed
        await pilot.press("l")
        assert node.is_expanded
        await pilot.press("left")
        assert node.is_collapsed
        await pilot.press("right", "l")
        assert screen.outline.cursor_node is node.children[0]


async def test_space_g_and_G_in_the_tree_move_the_cursor() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        tree = screen.outline
        await pilot.press("tab", "G")
        await pilot.pause()
        assert tree.cursor_line == tree.last_line
        assert tree.cursor_node.data == BACK
        assert screen.pane.node_being_read()[0] == BACK
        await pilot.press("g")
        assert tree.cursor_line == 0
        await pilot.press("space")
        assert tree.cursor_line > 1
        await pilot.press("b")
        assert tree.cursor_line == 0
        await pilot.press("d")
        assert tree.cursor_line == tree.scrollable_content_region.height // 2
        await pilot.press("u")
        assert tree.cursor_line == 0


async def test_scrolling_the_text_moves_the_tree_cursor_to_the_section_being_read() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        for _ in range(6):
            await pilot.press("space")
            await pilot.pause()
            expected = node_at(screen.document, screen.pane.top_offset)
            assert screen.outline.cursor_node.data == expected
            assert screen.breadcrumb.node == expected


async def test_scrolling_without_keys_moves_the_tree_cursor_too() -> None:
    # The mouse wheel and the scrollbar scroll the pane directly, not through its actions.
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        for _ in range(12):
            screen.pane.scroll_down(animate=False, immediate=True)
            await pilot.pause()
        assert screen.pane.top_row > 0
        expected = node_at(screen.document, screen.pane.top_offset)
        assert screen.outline.cursor_node.data == expected


async def test_holding_j_in_the_tree_never_makes_the_two_sides_chase_each_other() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("tab", *["j"] * 30)
        await pilot.pause(0.2)
        tree = screen.outline
        assert tree.cursor_line == 30
        assert screen.pane.node_being_read()[0] == tree.cursor_node.data
        assert screen.breadcrumb.node == tree.cursor_node.data


async def test_choosing_the_last_section_in_the_tree_keeps_it_current_at_the_end() -> None:
    app = reader_app(NANSHAN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        last = screen.document.nodes[-1]
        await pilot.press("tab", "G", "k")
        await pilot.pause()
        assert screen.outline.cursor_node.data == last.index
        assert screen.pane.node_being_read() == (last.index, True)
        assert screen.breadcrumb.node == last.index


# Sections -------------------------------------------------------------------------------------


async def test_braces_go_to_the_next_and_previous_top_level_section() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        tops = screen.document.sections
        await pilot.press("right_curly_bracket")
        assert screen.pane.node_being_read()[0] == tops[0].index
        await pilot.press("right_curly_bracket")
        assert screen.pane.node_being_read()[0] == tops[1].index
        await pilot.press("left_curly_bracket")
        assert screen.pane.node_being_read()[0] == tops[0].index


async def test_brackets_go_to_sections_at_the_same_depth() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        first = index_of(screen, "1、", "强化组织")
        second = index_of(screen, "2.", "整合资源")
        screen.pane.go_to_node(first)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.pane.node_being_read()[0] == second
        assert screen.outline.cursor_node.data == second
        await pilot.press("left_square_bracket")
        assert screen.pane.node_being_read()[0] == first


async def test_left_bracket_inside_a_section_returns_to_its_start_first() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        first = index_of(screen, "1、", "强化组织")
        screen.pane.go_to_node(first)
        await pilot.press("j", "j", "left_square_bracket")
        assert screen.pane.node_being_read()[0] == first
        assert screen.pane.top_row == screen.pane.display_lines.row_for_section(first)


async def test_a_bracket_with_nowhere_to_go_rings_the_bell_and_stays() -> None:
    app = reader_app()
    bells: list[None] = []
    app.bell = lambda: bells.append(None)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("left_curly_bracket")
        assert reader(app).pane.top_row == 0
        assert bells


async def test_breadcrumb_and_status_show_where_the_reader_is() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.breadcrumb.node == FRONT
        target = index_of(screen, "(1)", "征求意见")
        screen.go_to_node(target)
        await pilot.pause()
        crumbs = screen.breadcrumb.crumbs()
        assert [marker for marker, _ in crumbs] == ["一、", "(二)", "1、", "(1)"]
        assert "征求意见到位" in screen.breadcrumb.render().plain
        headings = [node for node in screen.document.nodes if node.kind == "heading"]
        position = headings.index(screen.document.nodes[target]) + 1
        assert screen.status.position == t("status.section", i=position, n=len(headings))
        assert screen.status.percent.endswith("%")


def test_a_long_breadcrumb_shrinks_the_ancestors_to_their_markers() -> None:
    crumbs = [
        ("一、", "工作开展情况"), ("(二)", "完善机制,加强依法行政"), ("1、", "加强规范监督管理"),
    ]
    text = fit_crumbs(crumbs, 36).plain
    assert text == "一、… › (二)… › 1、加强规范监督管理"
    assert fit_crumbs(crumbs, 200).plain.startswith("一、工作开展情况 › ")
    assert len(fit_crumbs(crumbs, 8).plain) <= 8


# Marks ----------------------------------------------------------------------------------------


async def test_m_and_a_letter_set_a_mark_and_quote_letter_jumps_to_it() -> None:
    config = Config()
    app = reader_app(config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("space", "space")
        marked = screen.pane.top_offset
        await pilot.press("m", "a")
        assert screen.marks == {"a": marked}
        assert config.report_marks(str(ZIXING)) == {"a": marked}
        await pilot.press("g", "apostrophe", "a")
        assert screen.pane.top_offset == marked


async def test_the_letter_after_m_does_not_run_its_own_key() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("m", "j")
        assert screen.pane.top_row == 0
        assert screen.marks == {"j": 0}


async def test_two_quotes_jump_back_to_before_the_last_jump() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        await pilot.press("space")
        before = pane.top_offset
        await pilot.press("G")
        bottom = pane.top_offset
        await pilot.press("apostrophe", "apostrophe")
        assert pane.top_offset == before
        await pilot.press("apostrophe", "apostrophe")
        assert pane.top_offset == bottom


async def test_jumping_to_an_unset_mark_says_so_and_stays() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("space", "apostrophe", "z")
        assert screen.pane.top_row == screen.pane.page_height
        assert screen.status.message == t("mark.unset", letter="z")


async def test_escape_after_m_cancels_the_mark() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("m", "escape", "j")
        assert screen.marks == {}
        assert screen.pane.top_row == 1
        assert isinstance(app.screen, ReaderScreen)


# The outline toggle and small terminals -------------------------------------------------------


async def test_o_hides_and_shows_the_tree() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.outline_visible
        await pilot.press("tab", "o")
        assert not screen.outline_visible
        assert app.focused is screen.pane
        await pilot.press("o")
        assert screen.outline_visible


async def test_below_70_columns_the_tree_starts_hidden_and_o_brings_it_back() -> None:
    app = reader_app()
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert not screen.outline_visible
        await pilot.press("tab")
        assert app.focused is screen.pane
        await pilot.press("o")
        assert screen.outline_visible


async def test_resizing_to_20x6_and_back_keeps_the_place() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("space", "space", "space")
        offset = screen.pane.top_offset
        for size in ((20, 6), (12, 3), (1, 1), (20, 6)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("j", "k")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        line = screen.pane.display_lines[screen.pane.top_row]
        assert line.start <= offset <= line.end or abs(line.start - offset) < 80
        assert screen.outline_visible


async def test_every_key_works_at_20x6() -> None:
    app = reader_app()
    async with app.run_test(size=(20, 6)) as pilot:
        await pilot.pause()
        await pilot.press(
            "j", "space", "d", "G", "u", "b", "g", "right_curly_bracket", "right_square_bracket",
            "o", "tab", "j", "enter", "m", "a", "apostrophe", "a", "t",
        )
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


# Highlights -----------------------------------------------------------------------------------


async def test_highlight_spans_are_drawn_over_the_text() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        text = pane.document.text
        first = text.index("依法治国")
        second = text.index("依法行政")
        pane.set_highlights(
            [(first, first + 4), (second, second + 4)], current=(second, second + 4)
        )
        await pilot.pause()
        hit_style = pane.get_component_rich_style("reading-pane--hit", partial=True)
        current_style = pane.get_component_rich_style("reading-pane--hit-current", partial=True)
        row = pane.display_lines.row_for_offset(first)
        segments = list(pane.render_line(row - pane.top_row))
        hit = next(segment for segment in segments if segment.text == "依法治国")
        assert hit.style.bgcolor == hit_style.bgcolor
        row = pane.display_lines.row_for_offset(second)
        segments = list(pane.render_line(row - pane.top_row))
        current = next(segment for segment in segments if segment.text == "依法行政")
        assert current.style.bgcolor == current_style.bgcolor != hit_style.bgcolor
        assert "".join(segment.text for segment in segments).strip() == text[
            pane.display_lines[row].start:pane.display_lines[row].end
        ]


# Reports without structure --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "只有一段话,没有任何标题。\n" * 40])
async def test_a_report_without_sections_still_reads(text: str) -> None:
    themes, _ = load_themes()
    app = GongwenApp(document=parser.parse(text, source=None), config=Config(), themes=themes)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(
            "j", "space", "G", "g", "right_curly_bracket", "left_square_bracket", "tab", "j",
            "enter", "m", "a", "apostrophe", "a", "apostrophe", "apostrophe",
        )
        await pilot.pause()
        screen = reader(app)
        assert screen.status.position == t("status.no_sections")
        assert screen.breadcrumb.node == FRONT


async def test_tabs_wide_spaces_and_escape_codes_are_drawn_safely() -> None:
    text = "一、总体情况\n\n第一段\t有制表符,\u3000有全角空格,还有\x1b[31m转义码\x07。\n" * 3
    themes, _ = load_themes()
    app = GongwenApp(document=parser.parse(text, source=None), config=Config(), themes=themes)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        width = pane.scrollable_content_region.width
        for y in range(pane.page_height):
            strip = pane.render_line(y)
            drawn = "".join(segment.text for segment in strip)
            assert strip.cell_length == width
            assert not any(character in drawn for character in "\t\u3000\x1b\x07")


# Tree width, long titles, mark signs -----------------------------------------------------------


async def test_long_tree_titles_end_in_an_ellipsis_within_the_tree() -> None:
    app = reader_app(NANSHAN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        outline = reader(app).outline
        width = outline.scrollable_content_region.width
        cut = 0
        for y in range(outline.scrollable_content_region.height):
            line = outline.render_line(y).text.rstrip()
            assert len(line) and sum(2 if ord(c) > 0x2E7F else 1 for c in line) <= width
            node = outline.get_node_at_line(y + outline.scroll_offset.y)
            if node is None:
                continue
            if str(node.label) not in line:
                # Cut short: it says so.
                assert line.endswith("…"), line
                # Right after the last character shown, even where a wide one did not fit.
                assert not line.endswith(" …"), line
                cut += 1
        assert cut > 0  # at 80 columns some 南山 titles do not fit


async def test_greater_and_less_than_widen_and_narrow_the_tree() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        slot = screen.query_one("#outline-slot")
        before = slot.outer_size.width
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert slot.outer_size.width == before + 4
        await pilot.press("less_than_sign", "less_than_sign")
        await pilot.pause()
        assert slot.outer_size.width == before - 4
        # Past the widest the text can spare, it stops.
        for _ in range(40):
            await pilot.press("greater_than_sign")
        await pilot.pause()
        assert 100 - slot.outer_size.width >= 24


async def test_a_mark_shows_its_letter_in_the_margin_of_its_line() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = reader(app).pane
        await pilot.press("j", "j", "j", "m", "b")
        await pilot.pause()
        first = next(iter(pane.render_line(0)))
        assert first.text == "b"
        assert first.style is not None and first.style.color is not None
        assert first.style.color.triplet is not None
        assert first.style.color.triplet.hex == app.theme_variables["mark"].lower()
        # Other lines have a blank margin; the letter moves with its line.
        assert pane.render_line(1).text[0] == " "
        await pilot.press("k")
        await pilot.pause()
        assert pane.render_line(0).text[0] == " " and pane.render_line(1).text[0] == "b"


async def test_the_texts_section_and_mark_keys_work_from_the_tree_too() -> None:
    """They are the reading pane's keys, but the tree beside it does not take them away."""
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        tops = screen.document.sections
        await pilot.press("tab")
        assert screen.outline.has_focus
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert screen.pane.node_being_read()[0] == tops[0].index
        await pilot.press("m", "q")
        assert screen.marks == {"q": screen.pane.top_offset}
        await pilot.press("right_curly_bracket", "apostrophe", "q")
        await pilot.pause()
        assert screen.pane.node_being_read()[0] == tops[0].index
        assert screen.outline.has_focus and app.is_running


async def test_the_header_says_what_a_joint_title_is_about_beside_its_writer() -> None:
    doc = parser.parse("中共柳岸街道工作委员会柳岸街道办事处关于2023年法治政府建设情况的报告\n"
                       "2023年，街道坚持依法行政。\n一、主要举措\n完善制度。\n")
    themes, _ = load_themes()
    app = GongwenApp(document=doc, config=Config(), themes=themes)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert reader(app).title == "关于2023年法治政府建设情况的报告"
        assert reader(app).sub_title == "柳岸街道办事处 · 2023"
    assert doc.meta.title.startswith("中共柳岸街道工作委员会")  # the report's own title is whole


def test_subject_leaves_a_title_that_opens_with_its_year_or_names_no_writer() -> None:
    assert subject("柳岸县人民政府关于2023年法治政府建设情况的报告") == "关于2023年法治政府建设情况的报告"
    assert subject("中共柳岸县委 柳岸县人民政府关于2022年度法治建设的报告") == "关于2022年度法治建设的报告"
    assert subject("2023年柳岸县政府工作报告") == "2023年柳岸县政府工作报告"
    assert subject("柳岸县司法局2023年工作总结") == "柳岸县司法局2023年工作总结"
    assert subject("关于2023年工作的报告") == "关于2023年工作的报告"
