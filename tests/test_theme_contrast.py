"""Every bundled theme keeps report text legible wherever it colours it: changed, added and
removed words in the diff and filter hits never share their foreground and background, and
stand out from it by a minimum contrast, in true colour, 256 colours, 16 colours and NO_COLOR.

The styles are taken from the widgets as they draw them (theme variables resolved by their
CSS, tints blended over the page), then brought down to each colour system the way the
terminal gets them: Rich downgrades true colour to the 256- or 16-colour palette; under
NO_COLOR no colour is drawn at all, so a text style must do the marking. Colours of the terminal's own palette (``gongwen-ansi``)
are measured in a dark and a light terminal palette.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rich._palettes import STANDARD_PALETTE
from rich.color import Color as RichColor
from rich.color import ColorSystem, ColorType
from rich.style import Style
from rich.terminal_theme import TerminalTheme
from textual._ansi_theme import ALABASTER, MONOKAI
from textual.app import App, ComposeResult

import parser
from tui.themes import load_themes
from tui.widgets.diff_view import DiffView
from tui.widgets.reading_pane import ReadingPane

THEMES = ("gongwen-dark", "gongwen-light", "gongwen-contrast", "gongwen-ansi", "gongwen-mono")

WORDS = {
    "diff": ("removed", "added", "removed-line", "added-line", "hit", "hit-current"),
    "reader": ("hit", "hit-current", "selection"),
}
"""The styles that mark words: what changed in the diff, filter hits in both views, and
selected text."""
TEXT = {
    "diff": ("heading-1", "heading-2", "heading-3", "heading-4", "title"),
    "reader": ("heading-1", "heading-2", "heading-3", "heading-4", "title"),
}
"""Headings and titles: coloured text on the page."""

MARKED_WORDS_CONTRAST = 3.0
"""WCAG's minimum for large or bold text; marked words are also bold, struck or underlined."""
TEXT_CONTRAST = 2.5
"""Headings are bold and set apart by their markers; a little below marked words."""

SYSTEMS = ("truecolor", "256", "16", "NO_COLOR")
VGA = TerminalTheme(
    (0, 0, 0), (170, 170, 170),
    [tuple(STANDARD_PALETTE[number]) for number in range(8)],
    [tuple(STANDARD_PALETTE[number]) for number in range(8, 16)],
)
"""The 16 colours Rich matches true colour against when a terminal has no more."""
DOWNGRADED_PALETTES = {"VGA": VGA}
"""Where a true-colour theme's colours land in 16 colours: the palette Rich matched them
against (what a terminal makes of its 16 is its own affair)."""
TERMINAL_PALETTES = {"dark terminal": MONOKAI, "light terminal": ALABASTER}
"""A theme of the terminal's own colours is measured in a dark and a light palette (the two
Textual itself uses for them)."""


class _Views(App[None]):
    def __init__(self) -> None:
        super().__init__()
        for theme in load_themes()[0]:
            self.register_theme(theme)
        self.theme = THEMES[0]

    def compose(self) -> ComposeResult:
        yield DiffView()
        yield ReadingPane(parser.parse("一、总体情况\n正文。\n"))


def _drawn(view: DiffView | ReadingPane, name: str) -> Style:
    # The view's own lookup: it resolves the component class and blends tints over the page.
    return view.rich_style + view._style(name)


async def _styles() -> dict[str, dict[tuple[str, str], Style]]:
    """Per theme, ``(view, style name) -> Rich style`` as the views draw it."""
    app = _Views()
    found: dict[str, dict[tuple[str, str], Style]] = {}
    async with app.run_test() as pilot:
        views = {"diff": app.query_one(DiffView), "reader": app.query_one(ReadingPane)}
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            found[theme] = {}
            for view_name, view in views.items():
                view._styles.clear()
                for name in (*WORDS[view_name], *TEXT[view_name]):
                    found[theme][view_name, name] = (
                        view.rich_style + view._selection_style() if name == "selection"
                        else _drawn(view, name)
                    )
                found[theme][view_name, "page"] = view.rich_style
    return found


_STYLES: dict[str, dict[tuple[str, str], Style]] = {}


@pytest.fixture
async def styles() -> dict[str, dict[tuple[str, str], Style]]:
    if not _STYLES:
        _STYLES.update(await _styles())
    return _STYLES


def _in_system(colour: RichColor, system: str) -> RichColor:
    if system == "256":
        return colour.downgrade(ColorSystem.EIGHT_BIT)
    if system == "16":
        return colour.downgrade(ColorSystem.STANDARD)
    return colour


def _rgb_pairs(
    style: Style, system: str, palettes: dict[str, TerminalTheme]
) -> Iterator[tuple[str, RichColor, RichColor, tuple[int, int, int], tuple[int, int, int]]]:
    """``(palette, foreground, background, fg rgb, bg rgb)`` as a terminal shows ``style``."""
    assert style.color is not None and style.bgcolor is not None, style
    foreground = _in_system(style.color, system)
    background = _in_system(style.bgcolor, system)
    for name, palette in palettes.items():
        yield (
            name, foreground, background,
            tuple(foreground.get_truecolor(palette, foreground=True)),
            tuple(background.get_truecolor(palette, foreground=False)),
        )


def contrast(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black and white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance."""
    linear = [
        value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        for value in (channel / 255 for channel in rgb)
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_contrast_ratio_of_known_pairs():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21, abs=0.01)
    assert contrast((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert contrast((200, 10, 10), (200, 10, 10)) == 1


def _is_ansi(style: Style) -> bool:
    return any(
        colour is not None and colour.type in (ColorType.STANDARD, ColorType.DEFAULT)
        for colour in (style.color, style.bgcolor)
    )


MARKED_ELSEWHERE_WITHOUT_COLOUR = {"added-line", "removed-line", "selection", "heading-4"}
"""Without colour a whole added or removed paragraph is marked by the gutter's + and -, a
selection is reversed by the view itself (tests/test_no_color.py), and a (1) heading or an
一是 point is told by its marker alone, as in print."""


def _only_monochrome_without_colour(theme: str, system: str) -> None:
    if system == "NO_COLOR" and theme != "gongwen-mono":
        pytest.skip("NO_COLOR always shows the monochrome theme")


def _check(style: Style, system: str, minimum: float) -> list[str]:
    """What makes ``style`` illegible in colour ``system`` (none: legible)."""
    if system == "NO_COLOR":
        # No colour reaches the terminal (the monochrome theme, gongwen's filter dropping every
        # colour): what marks a word or a heading is its text style.
        marked = style.bold or style.underline or style.reverse or style.strike or style.italic
        return [] if marked else ["no text style: nothing shows it without colour"]
    ansi = _is_ansi(style)
    problems = []
    palettes = TERMINAL_PALETTES if ansi else DOWNGRADED_PALETTES
    for palette, foreground, background, fg, bg in _rgb_pairs(style, system, palettes):
        if foreground == background and not foreground.is_default:
            problems.append(f"{foreground.name} on itself")
        ratio = contrast(fg, bg)
        if ratio < minimum:
            problems.append(f"{fg} on {bg} in the {palette} palette: {ratio:.2f}")
    return problems


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("theme", THEMES)
async def test_marked_words_are_legible(styles, theme, system):
    _only_monochrome_without_colour(theme, system)
    problems = {
        f"{view}/{name}": found
        for view, names in WORDS.items()
        for name in names
        if not (system == "NO_COLOR" and name in MARKED_ELSEWHERE_WITHOUT_COLOUR)
        if (found := _check(styles[theme][view, name], system, MARKED_WORDS_CONTRAST))
    }
    assert problems == {}


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("theme", THEMES)
async def test_headings_are_legible_on_the_page(styles, theme, system):
    _only_monochrome_without_colour(theme, system)
    problems = {
        f"{view}/{name}": found
        for view, names in TEXT.items()
        for name in names
        if not (system == "NO_COLOR" and name in MARKED_ELSEWHERE_WITHOUT_COLOUR)
        if (found := _check(styles[theme][view, name], system, TEXT_CONTRAST))
    }
    assert problems == {}


@pytest.mark.parametrize("theme", THEMES)
async def test_changed_words_differ_from_unchanged_text(styles, theme):
    """A changed word must look different from the text around it even without colour: by
    its style (strike, underline) as well as its colour."""
    page = styles[theme]["diff", "page"]
    for name in ("removed", "added"):
        style = styles[theme]["diff", name]
        assert style.strike or style.underline or style.reverse, name
        assert (style.color, style.bgcolor) != (page.color, page.bgcolor), name


@pytest.mark.parametrize("system", ("256", "16"))
@pytest.mark.parametrize("theme", THEMES)
async def test_selected_text_stands_out_from_the_page(styles, theme, system):
    page = styles[theme]["reader", "page"].bgcolor
    selected = styles[theme]["reader", "selection"].bgcolor
    assert page is not None and selected is not None
    assert _in_system(page, system).get_truecolor(VGA) != _in_system(selected, system).get_truecolor(
        VGA
    )
