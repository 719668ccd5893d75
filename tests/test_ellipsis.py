"""Titles cut short end in "…" right after the last character shown: no blank where a wide
character did not fit, never wider than the room."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tui.widgets.ellipsis import ellipsized
from tui.widgets.report_header import ReportHeader


def test_a_wide_character_that_does_not_fit_leaves_no_blank() -> None:
    title = Text("(一)加强组织领导,带头学法用法", style="bold")
    for width in range(2, title.cell_len):
        cut = ellipsized(title, width)
        assert cut.plain.endswith("…") and not cut.plain.endswith(" …"), (width, cut.plain)
        assert width - 1 <= cut.cell_len <= width
        assert title.plain.startswith(cut.plain[:-1])
        assert cut.style == "bold"


def test_text_that_fits_is_kept_whole() -> None:
    assert ellipsized(Text("法治政府"), 8).plain == "法治政府"
    assert ellipsized(Text("法治政府"), 0).plain == ""


class HeaderApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ReportHeader("垡头街道2023年度法治政府建设情况报告",
                           "北京市朝阳区人民政府垡头街道办事处 · 2023")


async def test_the_header_cuts_the_title_without_a_blank_before_the_ellipsis() -> None:
    app = HeaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        header = app.query_one(ReportHeader)
        for width in (60, 61, 62, 63):
            await pilot.resize_terminal(width + 2, 24)
            await pilot.pause()
            text = header.render().plain
            assert "…" in text and " …" not in text, text
            assert Text(text).cell_len <= header.content_region.width
