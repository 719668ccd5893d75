"""The tracking screen driven by its keys: the list and its badges, the evidence pane, the
status filter, n/N between unreported items, Enter into the reader, a report without a plan
part, and the screen painting before the worker is done."""

from __future__ import annotations

import threading

import pytest
from textual.pilot import Pilot

import parser
import tui.screens.track as track_screen
from tests.track_fixtures import NO_PLAN, PLAN_2023, RESULTS_2024, WORK_PLAN, WORK_RESULTS
from tui.app import GongwenApp
from tui.config import Config
from tui.screens.reader import ReaderScreen
from tui.screens.track import TrackScreen
from tui.strings import t
from tui.themes import load_themes
from tui.widgets.track_items import UNPLANNED

THEMES, _ = load_themes()


def track_app(plan: str = PLAN_2023, results: str = RESULTS_2024,
              theme: str | None = None) -> GongwenApp:
    pair = (parser.parse(plan, source="qinghe-2023.txt"),
            parser.parse(results, source="qinghe-2024.txt"))
    return GongwenApp(track=pair, config=Config(), themes=THEMES, theme=theme)


async def traced(pilot: Pilot) -> TrackScreen:
    screen = pilot.app.screen
    assert isinstance(screen, TrackScreen)
    while screen.result is None:
        await pilot.pause(0.02)
    await pilot.pause()
    return screen


def evidence_text(screen: TrackScreen) -> str:
    return screen.evidence.plain.replace("\n", "")


async def test_items_are_listed_with_their_badges_and_the_unplanned_entry_last():
    async with track_app().run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        assert screen.items.shown_keys == [0, 1, 2, UNPLANNED]
        prompts = [str(option.prompt) for option in screen.items._options]
        assert prompts[0].strip().startswith(t("track.badge.reported"))
        assert prompts[2].strip().startswith(t("track.badge.unreported"))
        assert "建设智慧停车管理平台" in prompts[2]
        assert prompts[3] == t("track.unplanned", n=1)
        assert screen.status.position == t("track.summary", reported=2, partial=0,
                                           unreported=1, unplanned=1)


async def test_the_evidence_pane_follows_the_list():
    async with track_app().run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        shown = evidence_text(screen)
        assert "建成社区调解工作室12个" in shown and "多元化解矛盾纠纷" in shown
        await pilot.press("j", "j")
        assert screen.items.current_key == 2
        assert t("track.no_evidence") in evidence_text(screen)
        await pilot.press("j")
        assert screen.items.current_key == UNPLANNED
        assert "法治文化节" in evidence_text(screen)


async def test_shared_words_are_marked_in_the_evidence():
    async with track_app().run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        style = screen.evidence.get_component_rich_style("track-evidence--word", partial=True)
        marked = []
        for renderable in screen.evidence.lines:
            marked += [renderable.plain[span.start:span.end] for span in renderable.spans
                       if span.style == style]
        assert "调解" in marked and "工作室" in marked
        assert "化解率" not in marked  # not a word of the item's evidence list


async def test_n_and_N_walk_the_unreported_items():
    async with track_app().run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        await pilot.press("n")
        assert screen.items.current_key == 2
        await pilot.press("n")
        assert screen.items.current_key == 2
        assert screen.status.message == t("track.no_next_unreported")
        await pilot.press("N")
        assert screen.status.message == t("track.no_previous_unreported")
        await pilot.press("k", "k")
        assert screen.items.current_key == 0
        await pilot.press("n")
        assert screen.items.current_key == 2


async def test_f_keeps_one_status_at_a_time():
    async with track_app().run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        await pilot.press("f")
        assert screen.items.shown_keys == [2]
        assert screen.items.current_key == 2
        await pilot.press("f")
        assert screen.items.shown_keys == []
        assert evidence_text(screen) == t("track.no_items")
        await pilot.press("f")
        assert screen.items.shown_keys == [0, 1]
        await pilot.press("f")
        assert screen.items.shown_keys == [0, 1, 2, UNPLANNED]


async def test_enter_opens_the_current_evidence_in_the_reader_marked():
    async with track_app().run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        evidence = screen.result.items[0].evidence[0]
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.document is screen.results
        highlights = reader.pane._highlights
        assert highlights.current == evidence.passage.span
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_brackets_choose_among_an_items_evidence():
    async with track_app(WORK_PLAN, WORK_RESULTS).run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        passages = screen.evidence.passages
        assert len(passages) >= 2
        await pilot.press("right_square_bracket")
        assert screen.evidence.current_passage == passages[1]
        await pilot.press("tab", "k")
        assert screen.evidence.current_passage == passages[0]


async def test_a_report_without_a_plan_part_says_so():
    async with track_app(NO_PLAN).run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        assert screen.items.shown_keys == []
        assert "no plan part" in evidence_text(screen)
        assert "no plan part" in screen.status.position


async def test_the_screen_paints_before_the_trace_is_done(monkeypatch):
    release = threading.Event()
    real_track = track_screen.track

    def slow_track(a, b):
        release.wait(5)
        return real_track(a, b)

    monkeypatch.setattr(track_screen, "track", slow_track)
    async with track_app().run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.1)
        screen = pilot.app.screen
        assert isinstance(screen, TrackScreen) and screen.result is None
        assert screen.status.position in (t("track.computing"), t("track.loading_words"))
        await pilot.press("n")  # keys work meanwhile
        assert screen.status.message == t("track.computing")
        release.set()
        await traced(pilot)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_palette_offers_the_screens_actions(lang):
    from tui.strings import set_language

    set_language(lang)
    async with track_app().run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        labels = [label for label, _, _ in screen.palette_actions()]
        assert t("command.next_unreported") in labels
        assert t("command.show_status", badge=t("track.badge.partial")) in labels
        assert t("command.unplanned") in labels


async def test_P_in_the_diff_view_traces_its_two_reports_and_Esc_comes_back():
    from tui.screens.diff import DiffScreen

    pair = (parser.parse(PLAN_2023, source="qinghe-2023.txt"),
            parser.parse(RESULTS_2024, source="qinghe-2024.txt"))
    app = GongwenApp(diff=pair, config=Config(), themes=THEMES)
    async with app.run_test(size=(100, 30)) as pilot:
        diff = pilot.app.screen
        assert isinstance(diff, DiffScreen)
        await pilot.press("P")
        screen = await traced(pilot)
        assert (screen.plan, screen.results) == pair
        assert screen.result.counts["unreported"] == 1
        await pilot.press("escape")
        assert pilot.app.screen is diff


async def test_the_palette_finds_plan_items_by_title():
    from tui.screens.track import TrackCommandsProvider

    app = track_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await traced(pilot)
        provider = TrackCommandsProvider(screen)
        titles = [hit.text async for hit in provider.search("执法")]
        assert "推进行政执法规范化" in "".join(title or "" for title in titles)


async def test_markdown_markup_in_the_evidence_is_dimmed_as_in_the_reader():
    results = RESULTS_2024.replace("深化“三所联动”调解机制,建成", "**深化“三所联动”调解机制**,建成")
    pair = (parser.parse(PLAN_2023, source="qinghe-2023.md", markdown_input=True),
            parser.parse(results, source="qinghe-2024.md", markdown_input=True))
    assert pair[1].markup, "the fixture's ** are Markdown markup"
    app = GongwenApp(track=pair, config=Config(), themes=THEMES)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await traced(pilot)
        dim = screen.evidence.get_component_rich_style("track-evidence--markup", partial=True)
        line = next(line for line in screen.evidence.lines if "机制**" in line.plain)
        stars = line.plain.index("**")
        styled = [span for span in line.spans if span.start <= stars < span.end]
        assert any(span.style == dim for span in styled)
        word = line.plain.index("深化")
        assert not any(span.style == dim for span in line.spans
                       if span.start <= word < span.end)


async def test_the_header_keeps_both_reports_whole_at_80_columns_and_cuts_the_parts():
    # The offices and years say which reports are traced; the parts' titles give way.
    async with track_app().run_test(size=(80, 24)) as pilot:
        screen = await traced(pilot)
        shown = screen.header.render()
        assert shown.cell_len <= screen.header.content_region.width
        offices = screen.header.title
        assert "2023" in offices and "2024" in offices
        assert shown.plain.startswith(offices + " — ")
        assert shown.plain.endswith("…")
