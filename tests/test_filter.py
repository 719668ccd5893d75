"""The keyword filter pane, driven by its keys: typing narrows the tree and marks the text, Enter
goes to the first hit, n/N walk the hits, Esc brings everything back; suggested words; the
same filter across the library and in the diff view."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

import parser
import parser.search as search_module
from parser import segment
from parser.keywords import document_keywords, section_keywords
from parser.nodes import BACK, FRONT
from parser.search import search
from tests.test_diff_layout import edited_fatou
from tests.test_help import _help_text
from tui.app import GongwenApp
from tui.config import Config
from tui.resources import seed_paths
from tui.screens.diff import DiffScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.strings import t
from tui.themes import load_themes
from tui.widgets.diff_view import DiffView
from tui.widgets.filter_pane import DEBOUNCE_SECONDS, FilterPane, FilterWords
from tui.widgets.filter_words import DOCUMENT_WORDS, SECTION_WORDS
from tui.widgets.library_table import LibraryTable
from tui.widgets.outline_tree import OutlineTree
from tui.widgets.reading_pane import ReadingPane

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FATOU = SEEDS / "fatou-2023.txt"
QUERY = "接诉即办"
SETTLE = DEBOUNCE_SECONDS * 3
THEMES, _ = load_themes()


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[tuple, object]]:
    """Every ``(spans, current)`` the reading pane is asked to mark, latest last."""
    calls: list[tuple[tuple, object]] = []
    real = ReadingPane.set_highlights

    def recording(pane: ReadingPane, spans, current=None) -> None:
        calls.append((tuple(spans), current))
        real(pane, spans, current)

    monkeypatch.setattr(ReadingPane, "set_highlights", recording)
    return calls


def reader_app(path: Path = FATOU) -> GongwenApp:
    return GongwenApp(document=parser.load(path), config=Config(), themes=THEMES)


async def ready_reader(pilot: Pilot) -> ReaderScreen:
    """The reader once its tree is mounted."""
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    while screen._outline is None:
        await pilot.pause(0.02)
    return screen


async def filter_by(pilot: Pilot, query: str) -> None:
    """Press ``/``, type ``query`` key by key and wait for the filter to run."""
    await pilot.press("slash", *query)
    await pilot.pause(SETTLE)
    await pilot.app.screen.workers.wait_for_complete()  # the library counts in a worker
    await pilot.pause()


async def words_ready(pilot: Pilot, pane: FilterPane) -> None:
    while pane.words is None:
        await pilot.pause(0.05)
    await pilot.pause()


def tree_keys(tree: OutlineTree) -> set:
    return set(tree._nodes_by_key)


def shown_keys(result) -> set:
    """The tree nodes a search result keeps: its sections, and the opening and sign-off when
    they match."""
    ends = {FRONT: result.front, BACK: result.back}
    return set(result.shown) | {key for key, matched in ends.items() if matched}


def label_of(tree: OutlineTree, key) -> str:
    node = tree._nodes_by_key[key]
    return tree.render_label(node, tree.rich_style, tree.rich_style).plain


def badge_of(tree: OutlineTree, key) -> str | None:
    """The count drawn before a node's title (after its fold icon), if any."""
    label = label_of(tree, key).removeprefix(tree.ICON_NODE_EXPANDED).removeprefix(
        tree.ICON_NODE
    )
    first = label.split(" ", 1)[0]
    return first if first.isdigit() else None


# Typing -------------------------------------------------------------------------------------


async def test_typing_keeps_only_the_sections_that_mention_the_query_with_their_counts() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, QUERY)
        result = search(screen.document, QUERY)
        tree = screen.outline
        assert tree.filtered
        assert tree_keys(tree) == shown_keys(result)
        assert {index: badge_of(tree, index) for index in result.shown} == {
            index: str(total) for index, total in result.totals.items()
        }
        assert screen.status.filter == (
            f"{t('status.hits', n=len(result.hits))} · "
            f"{t('status.hit_sections', n=len(result.sections))}"
        )
        assert screen.filter_pane.input.has_focus


async def test_every_hit_is_marked_in_the_text(marked) -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, QUERY)
        hits = search(screen.document, QUERY).hits
        assert marked[-1] == (tuple((hit.start, hit.end) for hit in hits), None)


async def test_the_current_hit_is_drawn_apart_from_the_others() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, QUERY)
        await pilot.press("enter")
        await pilot.pause()
        pane = screen.pane
        hit_style = pane.get_component_rich_style("reading-pane--hit", partial=True)
        current_style = pane.get_component_rich_style("reading-pane--hit-current", partial=True)
        drawn = [
            segment for y in range(pane.page_height) for segment in pane.render_line(y)
            if segment.text == QUERY
        ]
        assert [segment.style.bgcolor for segment in drawn].count(current_style.bgcolor) == 1
        assert hit_style.bgcolor in [segment.style.bgcolor for segment in drawn]


async def test_a_burst_of_keys_runs_the_query_once(monkeypatch: pytest.MonkeyPatch) -> None:
    queries: list[str] = []
    real_search = search_module.search

    def counting(document, query):
        queries.append(query.source)
        return real_search(document, query)

    monkeypatch.setattr(search_module, "search", counting)
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await pilot.press("slash")
        for character in QUERY:  # as fast as an input method commits them
            screen.filter_pane.input.insert_text_at_cursor(character)
        await pilot.pause(SETTLE)
        assert queries == [QUERY]


async def test_the_query_language_works_in_the_pane() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, "矛盾|普法 -宣传")
        result = search(screen.document, "矛盾|普法 -宣传")
        assert result.hits and tree_keys(screen.outline) == shown_keys(result)
        assert all(
            "宣传" not in screen.document.text[node.heading[0]:node.body[1]]
            for node in screen.document.nodes if node.index in result.sections
        )


async def test_a_query_that_finds_nothing_empties_the_tree_and_says_so() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, "不存在的词")
        assert tree_keys(screen.outline) == set()
        assert screen.status.filter == t("status.no_hits")
        await pilot.press("enter")
        assert screen.filter_pane.input.has_focus


async def test_deleting_the_query_shows_the_whole_tree_with_the_pane_still_open() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        whole = tree_keys(screen.outline)
        await filter_by(pilot, "复议")
        await pilot.press("backspace", "backspace")
        await pilot.pause(SETTLE)
        assert tree_keys(screen.outline) == whole and not screen.outline.filtered
        assert screen.filter_pane.is_open and not screen.filter_active


# Enter, n/N, Esc ----------------------------------------------------------------------------


async def test_enter_goes_to_the_first_hit_and_gives_the_text_the_keys() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, QUERY)
        await pilot.press("enter")
        await pilot.pause()
        first = search(screen.document, QUERY).hits[0]
        pane = screen.pane
        assert pane.has_focus
        row = pane.display_lines.row_for_offset(first.start)
        assert pane.top_row < row < pane.top_row + pane.page_height  # a line of context
        assert screen.current_hit == first
        assert screen.status.filter.startswith(t("status.hit", i=1, n=5))


async def test_n_and_shift_n_walk_the_hits_across_sections_and_round() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, QUERY)
        await pilot.press("enter")
        hits = search(screen.document, QUERY).hits
        assert len({hit.section for hit in hits}) > 1
        visited = []
        for _ in hits[1:]:
            await pilot.press("n")
            visited.append(screen.current_hit)
        assert visited == list(hits[1:])
        last = hits[-1]
        row = screen.pane.display_lines.row_for_offset(last.start)
        assert screen.pane.top_row <= row < screen.pane.top_row + screen.pane.page_height
        await pilot.press("n")
        assert screen.current_hit == hits[0]
        assert screen.status.message == t("filter.wrapped_to_first")
        await pilot.press("N")
        assert screen.current_hit == last
        assert screen.status.message == t("filter.wrapped_to_last")
        await pilot.press("N")
        assert screen.current_hit == hits[-2]
        assert screen.status.filter.startswith(t("status.hit", i=len(hits) - 1, n=len(hits)))


async def test_n_after_scrolling_away_goes_to_the_next_hit_below_the_top_line() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, QUERY)
        await pilot.press("enter", "G")
        await pilot.pause()
        await pilot.press("N")
        assert screen.current_hit == search(screen.document, QUERY).hits[-1]


async def test_n_does_nothing_without_a_filter() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        top = screen.pane.top_row
        await pilot.press("n")
        assert screen.pane.top_row == top and screen.current_hit is None


async def test_escape_clears_the_filter_and_restores_the_tree_as_it_was(marked) -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        tree = screen.outline
        whole = tree_keys(tree)
        folded = next(key for key, node in tree._nodes_by_key.items() if node.allow_expand)
        tree._nodes_by_key[folded].collapse()
        await filter_by(pilot, QUERY)
        assert tree_keys(tree) != whole
        await pilot.press("escape")
        await pilot.pause()
        assert tree_keys(tree) == whole and not tree.filtered
        assert not tree._nodes_by_key[folded].is_expanded
        assert all(
            node.is_expanded for key, node in tree._nodes_by_key.items()
            if node.allow_expand and key != folded
        )
        assert not screen.filter_pane.is_open and screen.pane.has_focus
        assert marked[-1] == ((), None) and screen.status.filter == ""
        assert all(badge_of(tree, key) is None for key in tree._nodes_by_key)


async def test_escape_in_the_text_clears_the_filter_before_going_back() -> None:
    app = GongwenApp(library=seed_paths(), config=Config(), themes=THEMES)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        app.open_report(FATOU, query=QUERY)
        await pilot.pause()
        screen = await ready_reader(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and not screen.filter_active
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_the_tree_cursor_follows_the_hits() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, QUERY)
        await pilot.press("enter", "n", "n")
        await pilot.pause()
        cursor = screen.outline.cursor_node
        assert cursor is not None and cursor.data == screen.breadcrumb.node


# Suggested words ----------------------------------------------------------------------------


async def test_the_words_line_offers_the_reports_keywords_once_ranked() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await pilot.press("slash")
        pane = screen.filter_pane
        await words_ready(pilot, pane)
        bar = pane.query_one(FilterWords)
        expected = document_keywords(screen.document, DOCUMENT_WORDS)
        assert bar.document_words == tuple(keyword.word for keyword in expected)
        assert bar.render().plain.startswith(t("filter.document_words"))


async def test_the_words_line_says_it_is_loading_until_the_words_are_ranked() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        bar = screen.filter_pane.query_one(FilterWords)
        bar.document_words = None
        assert bar.render().plain == t("status.jieba_loading")
        await filter_by(pilot, QUERY)
        assert screen.filter_active


async def test_choosing_a_suggested_word_filters_by_it() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await pilot.press("slash")
        pane = screen.filter_pane
        await words_ready(pilot, pane)
        bar = pane.query_one(FilterWords)
        await pilot.press("down")
        assert bar.has_focus
        await pilot.press("right", "enter")
        await pilot.pause(SETTLE)
        word = bar.document_words[1]
        assert pane.value == word and pane.input.has_focus
        assert tree_keys(screen.outline) == shown_keys(search(screen.document, word))
        await pilot.press("enter")
        assert screen.pane._highlights.current is not None


async def test_clicking_a_suggested_word_filters_by_it() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await pilot.press("slash")
        pane = screen.filter_pane
        await words_ready(pilot, pane)
        bar = pane.query_one(FilterWords)
        start, _, word = bar._placed[0]
        await pilot.click(FilterWords, offset=(start + 1, 0))
        await pilot.pause(SETTLE)
        assert pane.value == word and screen.filter_active


async def test_the_sections_own_keywords_follow_the_reading_position() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await pilot.press("slash")
        pane = screen.filter_pane
        await words_ready(pilot, pane)
        bar = pane.query_one(FilterWords)
        assert bar.section_words == ()  # the opening is no section
        await pilot.press("tab", "right_curly_bracket")
        await pilot.pause()
        first = screen.document.sections[0]
        expected = section_keywords(screen.document, first, SECTION_WORDS)
        assert bar.section_words == tuple(keyword.word for keyword in expected)
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        second = screen.document.sections[1]
        expected = section_keywords(screen.document, second, SECTION_WORDS)
        assert bar.section_words == tuple(keyword.word for keyword in expected)
        assert t("filter.section_words") in bar.render().plain
        offered = [word for _, _, word in bar._placed]
        assert len(offered) == len(set(offered))  # no word offered twice


async def test_the_user_word_lists_are_used_and_a_broken_one_is_one_notification(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "domain.yaml").write_text("words: [垡头法治文化广场]\n", encoding="utf-8")
    (config / "stopwords.yaml").write_text("words: [法治政府建设]\n", encoding="utf-8")
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await pilot.press("slash")
        await words_ready(pilot, screen.filter_pane)
        assert "垡头法治文化广场" in segment.added_words()
        words = screen.filter_pane.query_one(FilterWords).document_words
        assert words and "法治政府建设" not in words
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "domain.yaml").write_text("words: [unclosed\n", encoding="utf-8")
    app = reader_app()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GONGWEN_CONFIG_DIR", str(broken))
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await ready_reader(pilot)
            await pilot.press("slash")
            await words_ready(pilot, screen.filter_pane)
            await pilot.pause(0.1)
            notes = [str(note.message) for note in app._notifications]
            assert len([note for note in notes if "domain.yaml" in note]) == 1
            assert all("\n" not in note for note in notes)
            assert screen.filter_pane.query_one(FilterWords).document_words


# Keys, help and palette ---------------------------------------------------------------------


async def test_the_footer_offers_the_filter_and_its_keys_when_they_apply() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready_reader(pilot)

        def hints() -> str:
            return screen.query_one("KeyHints").render().plain

        assert f"/ {t('key.filter')}" in hints() and t("key.next_hit") not in hints()
        await filter_by(pilot, QUERY)
        assert t("key.filter_submit") in hints() and t("key.clear_filter") in hints()
        await pilot.press("enter")
        assert t("key.next_hit") in hints() and t("key.clear_filter") in hints()


async def test_the_way_out_of_a_filter_stays_in_the_footer_at_80_columns() -> None:
    """With the results focused the text's own keys come first; Esc still shows, second only
    to help, where before it fell off the end of the line."""
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, QUERY)
        await pilot.press("enter")
        hints = screen.query_one("KeyHints").render().plain
        assert hints.index(f"Esc {t('key.clear_filter')}") < hints.index(t("key.next_hit"))


async def test_slash_in_the_query_line_is_typed() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await pilot.press("slash", "a", "slash")
        assert screen.filter_pane.value == "a/"


async def test_help_lists_the_filter_keys_in_their_own_group() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready_reader(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(_help_text(app))
        for key in ("help.group.filter", "key.filter", "key.next_hit", "key.previous_hit",
                    "key.clear_filter", "key.suggestions", "key.choose_word"):
            assert t(key) in text


@pytest.mark.parametrize(
    ("command", "check"),
    [
        ("command.filter", lambda screen: screen.filter_pane.input.has_focus),
        ("command.next_hit", lambda screen: screen.current_hit is not None),
        ("command.clear_filter", lambda screen: not screen.filter_active),
    ],
)
async def test_the_palette_runs_the_filter_actions(command: str, check) -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready_reader(pilot)
        if command != "command.filter":
            await filter_by(pilot, QUERY)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*t(command))
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and check(screen)


# The library --------------------------------------------------------------------------------


def library_app() -> GongwenApp:
    return GongwenApp(library=seed_paths(), config=Config(), themes=THEMES)


async def loaded_library(pilot: Pilot) -> LibraryScreen:
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    while any(entry.loading for entry in screen.entries):
        await pilot.pause(0.02)
    await pilot.pause()
    return screen


def row_names(screen: LibraryScreen) -> list[str]:
    return [screen.entries[index].path.name for index in screen._order]


@pytest.mark.parametrize("query", [QUERY, "法治|复议"])
async def test_the_library_filter_ranks_the_reports_by_their_hits(query: str) -> None:
    app = library_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded_library(pilot)
        await filter_by(pilot, query)
        counts = {
            entry.path.name: len(search(parser.load(entry.path), query).hits)
            for entry in screen.entries
        }
        assert [column.key for column in screen.columns][-1] == "hits"
        ranked = row_names(screen)
        assert [counts[name] for name in ranked] == sorted(counts.values(), reverse=True)
        table = screen.query_one("DataTable")
        shown = [str(table.get_row_at(row)[-1]) for row in range(table.row_count)]
        assert shown == [str(counts[name]) for name in ranked]
        matching = sum(1 for count in counts.values() if count)
        status = str(screen.query_one("#library-status").render())
        assert t("library.matching", n=matching) in status


async def test_escape_in_the_library_drops_the_hits_and_the_ranking() -> None:
    app = library_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded_library(pilot)
        before = row_names(screen)
        await filter_by(pilot, QUERY)
        assert row_names(screen)[0] == "fatou-2023.txt"
        await pilot.press("escape")
        await pilot.pause()
        assert "hits" not in [column.key for column in screen.columns]
        assert row_names(screen) == before and screen.query_one(LibraryTable).sort_column is None


async def test_deleting_the_library_query_drops_the_hits_but_keeps_the_query_line() -> None:
    app = library_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded_library(pilot)
        await filter_by(pilot, QUERY)
        await pilot.press(*["backspace"] * len(QUERY))
        await pilot.pause(SETTLE)
        assert "hits" not in [column.key for column in screen.columns]
        assert str(screen.query_one("#filter-summary").render()) == ""
        assert screen.filter_pane.is_open and screen.filter_pane.input.has_focus


async def test_opening_a_report_from_the_filtered_library_keeps_the_filter() -> None:
    app = library_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded_library(pilot)
        await filter_by(pilot, QUERY)
        await pilot.press("enter")  # from the query line to the list, best match first
        await pilot.press("enter")
        reader = await ready_reader(pilot)
        await pilot.pause()
        assert reader.document.source and reader.document.source.endswith("fatou-2023.txt")
        assert reader.filter_active and reader.filter_pane.value == QUERY
        result = search(reader.document, QUERY)
        assert tree_keys(reader.outline) == shown_keys(result)
        assert reader.current_hit == result.hits[0] and reader.pane.has_focus


# The diff view ------------------------------------------------------------------------------


def diff_app() -> tuple[GongwenApp, parser.Document, parser.Document]:
    a, b = parser.load(FATOU), parser.parse(edited_fatou())
    return GongwenApp(diff=(a, b), config=Config(), themes=THEMES), a, b


def pairs_with_hits(screen: DiffScreen, a: parser.Document, b: parser.Document) -> dict:
    """Pair index -> ``a → b`` badge, for the section pairs either side of which has hits."""
    found_a, found_b = search(a, QUERY), search(b, QUERY)
    badges = {}
    for index, pair in enumerate(screen.result.pairs):
        in_a = pair.a is not None and pair.a.index in found_a.shown
        in_b = pair.b is not None and pair.b.index in found_b.shown
        if pair.part == "section" and (in_a or in_b):
            a_hits = found_a.totals.get(pair.a.index, 0) if pair.a else 0
            b_hits = found_b.totals.get(pair.b.index, 0) if pair.b else 0
            badges[index] = t("filter.diff_badge", a=a_hits, b=b_hits)
    return badges


async def test_the_diff_filter_badges_pairs_with_both_reports_hits_and_marks_both_sides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marks: dict[str, tuple] = {}
    real = DiffView.set_highlights

    def recording(view: DiffView, side, spans, current=None) -> None:
        marks[side] = tuple(spans)
        real(view, side, spans, current)

    monkeypatch.setattr(DiffView, "set_highlights", recording)
    app, a, b = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, DiffScreen)
        while screen.result is None:
            await pilot.pause(0.02)
        await filter_by(pilot, QUERY)
        found_a, found_b = search(a, QUERY), search(b, QUERY)
        assert marks == {
            "a": tuple((hit.start, hit.end) for hit in found_a.hits),
            "b": tuple((hit.start, hit.end) for hit in found_b.hits),
        }
        tree = screen.outline
        badges = pairs_with_hits(screen, a, b)
        assert badges and set(tree._nodes_by_key) >= set(badges)
        for index, badge in badges.items():
            assert badge in label_of(tree, index)
        assert screen.status.filter == t(
            "status.diff_hits", a=len(found_a.hits), b=len(found_b.hits)
        )
        await pilot.press("enter")
        assert screen.view.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert not tree.filtered and screen.status.filter == ""
        assert marks == {"a": (), "b": ()} and app.screen is screen


async def test_a_filter_typed_before_the_diff_arrives_applies_to_its_tree() -> None:
    app, a, b = diff_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, DiffScreen)
        await filter_by(pilot, QUERY)
        while screen.result is None:
            await pilot.pause(0.02)
        await pilot.pause()
        assert screen.outline.filtered
        assert set(screen.outline._nodes_by_key) >= set(pairs_with_hits(screen, a, b))


@pytest.mark.parametrize("text", ["", "只有一段话,没有任何标题。\n" * 40])
async def test_a_report_without_sections_filters_its_text(marked, text: str) -> None:
    app = GongwenApp(document=parser.parse(text), config=Config(), themes=THEMES)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready_reader(pilot)
        await filter_by(pilot, "一段")
        await pilot.press("enter", "n")
        result = search(screen.document, "一段")
        assert marked[-1][0] == tuple((hit.start, hit.end) for hit in result.hits)
        assert tree_keys(screen.outline) == shown_keys(result)
        await pilot.press("escape")
        assert not screen.filter_active
