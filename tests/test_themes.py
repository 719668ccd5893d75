"""Themes: the bundled ones load and work in Textual, stay legible in 16 and 256 colours, and a
broken user theme costs a warning, never the start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.app import App, ComposeResult
from textual.color import Color
from textual.widgets import Static

from tui.resources import themes_dir
from tui.strings import set_language
from tui.themes import (
    DEFAULT_THEME,
    GONGWEN_VARIABLES,
    MONOCHROME_THEME,
    choose_theme,
    load_themes,
    next_theme,
)

BUNDLED = {"gongwen-dark", "gongwen-light", "gongwen-contrast", "gongwen-ansi", MONOCHROME_THEME}
HEADINGS = ("heading-1", "heading-2", "heading-3", "heading-4")


def _bundled() -> dict[str, object]:
    themes, warnings = load_themes()
    assert warnings == []
    return {theme.name: theme for theme in themes}


def _rgb(value: str) -> tuple[int, int, int]:
    return Color.parse(value).rgb


def test_bundled_themes_load_without_warnings_default_first():
    themes, warnings = load_themes()
    assert warnings == []
    assert BUNDLED <= {theme.name for theme in themes}
    assert themes[0].name == DEFAULT_THEME


def test_each_bundled_file_defines_every_gongwen_variable_itself():
    for path in sorted(themes_dir().glob("*.yaml")):
        variables = yaml.safe_load(path.read_text(encoding="utf-8"))["variables"]
        assert set(GONGWEN_VARIABLES) <= set(variables), path.name


class _UsesEveryVariable(Static):
    """CSS that fails to parse if a theme lacks a variable or gives it an invalid value."""

    DEFAULT_CSS = "\n".join(
        f"_UsesEveryVariable.{name} {{ "
        + ("text-style" if name.endswith("-style") else "color")
        + f": ${name}; }}"
        for name in GONGWEN_VARIABLES
    )


class _ThemeApp(App[None]):
    def __init__(self, theme: str | None = None) -> None:
        super().__init__()
        self.gongwen_themes = load_themes()[0]
        for each in self.gongwen_themes:
            self.register_theme(each)
        # Chosen before the app runs, as gongwen does: its CSS needs gongwen's variables.
        chosen, _ = choose_theme(
            theme, [each.name for each in self.gongwen_themes], no_color=self.no_color
        )
        self.theme = chosen

    def compose(self) -> ComposeResult:
        yield _UsesEveryVariable("正文 第 1 / 3 节", classes=" ".join(GONGWEN_VARIABLES))


@pytest.mark.parametrize("name", sorted(BUNDLED))
async def test_bundled_theme_applies_in_textual_with_gongwen_css(name):
    app = _ThemeApp(name)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == name
        assert app.theme_variables["hit"] == _bundled()[name].variables["hit"]
        app.theme = next_theme(name, [theme.name for theme in app.gongwen_themes])
        await pilot.pause()


@pytest.mark.parametrize("system", [ColorSystem.STANDARD, ColorSystem.EIGHT_BIT])
@pytest.mark.parametrize("name", ["gongwen-dark", "gongwen-light", "gongwen-contrast"])
def test_headings_and_hits_stay_distinct_when_downsampled(name, system):
    theme = _bundled()[name]
    variables = theme.variables

    def down(value: str) -> RichColor:
        return RichColor.from_rgb(*_rgb(value)).downgrade(system)

    headings = [down(variables[key]) for key in HEADINGS]
    assert len(set(headings)) == len(HEADINGS), headings
    background = down(theme.background)
    hit, current = down(variables["hit"]), down(variables["hit-current"])
    assert len({background, hit, current}) == 3
    assert down(variables["hit-foreground"]) != hit
    assert down(variables["hit-current-foreground"]) != current


def test_ansi_theme_follows_the_terminal_palette():
    theme = _bundled()["gongwen-ansi"]
    assert theme.ansi
    colours = {key: theme.variables[key] for key in GONGWEN_VARIABLES if not key.endswith("-style")}
    assert all(value.startswith("ansi_") for value in colours.values()), colours
    assert len({theme.variables[key] for key in HEADINGS}) == len(HEADINGS)


def test_no_color_forces_the_monochrome_theme():
    names = [theme.name for theme in load_themes()[0]]
    assert choose_theme("gongwen-light", names, no_color=True) == (MONOCHROME_THEME, None)
    assert choose_theme("gongwen-light", names, no_color=False) == ("gongwen-light", None)


async def test_textual_sees_no_color_and_the_app_can_pick_monochrome(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = _ThemeApp("gongwen-light")
    assert app.no_color
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == MONOCHROME_THEME


def test_monochrome_hits_stand_out_by_style_and_in_grey():
    """Under NO_COLOR no colour reaches the terminal: hits must differ from the page and from
    each other by their style alone. Chosen as a theme, they differ in brightness too (a
    reversed hit shows its text colour as its background)."""
    theme = _bundled()[MONOCHROME_THEME]
    variables = theme.variables

    def grey(value: str) -> tuple[int, int, int]:
        return Color.parse(value).monochrome.rgb

    def shown(name: str) -> tuple[int, int, int]:
        reversed_ = "reverse" in variables[f"{name}-style"].split()
        return grey(variables[f"{name}-foreground" if reversed_ else name])

    for key in ("hit-style", "hit-current-style"):
        assert {"bold", "underline", "reverse"} & set(variables[key].split())
    assert set(variables["hit-style"].split()) != set(variables["hit-current-style"].split())
    assert len({grey(theme.background), shown("hit"), shown("hit-current")}) == 3


def _write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = 'name: mine\nprimary: "#336699"\n'


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("name: [unclosed\n", "YAML"),
        ("- just\n- a list\n", "mapping"),
        ('name: mine\nsecondary: "#336699"\n', "primary"),
        ("name: mine\nprimary: #336699\n", "quote"),  # YAML reads an unquoted # as a comment
        ('name: mine\nprimary: "not-a-colour"\n', "not a colour"),
        ('name: mine\nprimary: "#336699"\ndark: "yes"\n', "dark"),
        ('name: mine\nprimary: "#336699"\nbackround: "#000000"\n', "backround"),
        ('name: mine\nprimary: "#336699"\nvariables: {hit: "#zzzzzz"}\n', "hit"),
        ('name: mine\nprimary: "#336699"\nvariables: {hit-style: "sparkly"}\n', "sparkly"),
        ('name: mine\nprimary: "#336699"\nvariables: {diff-added-style: "wavy"}\n', "wavy"),
        ('name: mine\nprimary: "#336699"\nvariables: [1, 2]\n', "variables"),
        ('primary: "#336699"\n', "name"),
    ],
)
def test_broken_theme_file_is_skipped_with_one_line_warning(tmp_path, text, reason):
    set_language("en")
    _write(tmp_path, "broken.yaml", text)
    _write(tmp_path, "fine.yaml", GOOD)
    themes, warnings = load_themes([tmp_path])
    names = [theme.name for theme in themes]
    assert names.count("mine") == 1 and BUNDLED <= set(names)
    assert len(warnings) == 1
    assert "broken.yaml" in warnings[0] and reason in warnings[0]
    assert "\n" not in warnings[0]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("name: mine\nprimary: #336699\n", "引号"),
        ('name: mine\nprimary: "not-a-colour"\n', "不是颜色"),
        ("name: [unclosed\n", "行不是有效的 YAML"),
    ],
)
def test_theme_warnings_speak_the_interface_language(tmp_path, text, reason):
    _write(tmp_path, "broken.yaml", text)
    _, [warning] = load_themes([tmp_path])
    assert reason in warning
    assert "must" not in warning and "not valid" not in warning


def test_undecodable_theme_file_is_a_warning(tmp_path):
    (tmp_path / "latin.yaml").write_bytes(b"name: caf\xe9\n")
    _, warnings = load_themes([tmp_path])
    assert len(warnings) == 1 and "latin.yaml" in warnings[0]


def test_missing_user_theme_folder_is_not_an_error(tmp_path):
    _, warnings = load_themes([tmp_path / "nowhere"])
    assert warnings == []


def test_user_theme_inherits_gongwen_variables_it_leaves_out(tmp_path):
    _write(tmp_path, "light.yaml", 'name: mine\nprimary: "#336699"\ndark: false\n'
           'variables: {hit: "#ffff00"}\n')
    themes, _ = load_themes([tmp_path])
    mine = next(theme for theme in themes if theme.name == "mine")
    light = _bundled()["gongwen-light"]
    assert mine.variables["hit"] == "#ffff00"
    assert mine.variables["heading-1"] == light.variables["heading-1"]
    assert set(GONGWEN_VARIABLES) <= set(mine.variables)


def test_user_theme_replaces_bundled_theme_of_the_same_name(tmp_path):
    _write(tmp_path, "dark.yaml", f'name: {DEFAULT_THEME}\nprimary: "#ff0000"\n')
    themes, _ = load_themes([tmp_path])
    assert [theme.name for theme in themes].count(DEFAULT_THEME) == 1
    assert next(theme for theme in themes if theme.name == DEFAULT_THEME).primary == "#ff0000"


def test_unknown_requested_theme_falls_back_with_a_warning():
    names = [theme.name for theme in load_themes()[0]]
    chosen, warning = choose_theme("solarized", names)
    assert chosen == DEFAULT_THEME
    assert warning is not None and "solarized" in warning
    assert choose_theme(None, names) == (DEFAULT_THEME, None)


def test_next_theme_wraps_round():
    names = ["a", "b", "c"]
    assert next_theme("a", names) == "b"
    assert next_theme("c", names) == "a"
    assert next_theme("unknown", names) == "a"


def test_user_ansi_theme_gets_the_variables_textual_needs_for_ansi(tmp_path):
    _write(tmp_path, "term.yaml", 'name: term\nansi: true\nprimary: "ansi_green"\n')
    themes, warnings = load_themes([tmp_path])
    assert warnings == []
    term = next(theme for theme in themes if theme.name == "term")
    assert {"ansi-background", "ansi-foreground"} <= set(term.variables)


def test_user_theme_derives_changed_word_colours_from_its_own_diff_colours(tmp_path):
    _write(tmp_path, "mine.yaml", 'name: mine\nprimary: "#336699"\nbackground: "#000000"\n'
           'variables: {diff-added: "#00ff00", diff-removed: "#ff0000"}\n')
    _write(tmp_path, "term.yaml", 'name: term\nansi: true\nprimary: "ansi_blue"\n'
           'variables: {diff-added: "ansi_green", diff-removed: "ansi_red"}\n')
    themes = {theme.name: theme for theme in load_themes([tmp_path])[0]}
    mine, term = themes["mine"].variables, themes["term"].variables
    assert mine["diff-added-word"] == "#00ff00"
    # 22% of the colour over the black page, not the default theme's tint.
    assert _rgb(mine["diff-added-word-background"]) == (0, 56, 0)
    assert _rgb(mine["diff-removed-word-background"]) == (56, 0, 0)
    # The terminal's own red cannot be tinted: red words keep the page's background.
    assert term["diff-removed-word"] == "ansi_red"
    assert term["diff-removed-word-background"] == "ansi_default"
