"""Colour themes: Textual themes read from YAML files, plus gongwen's own colour variables.

A theme file holds Textual's theme fields (``name``, ``dark``, ``primary`` … ``success``) and,
under ``variables:``, the colours the reader needs for report text (see ``GONGWEN_VARIABLES``).
CSS and content markup use them as ``$heading-1``, ``$hit`` and so on. A user theme may leave
any of them out: it inherits them from the bundled light or dark default, so a theme written
for another Textual app works here too.

Bundled themes come from ``tui.resources.themes_dir()``; user themes from the folders passed to
``load_themes`` (the reader passes ``tui.config.user_themes_dir()``). A broken file costs one
warning line, never the start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.css.constants import VALID_STYLE_FLAGS
from textual.theme import Theme

from parser.yaml_io import read_settings_text
from tui.resources import themes_dir
from tui.settings_cache import SettingsSyntaxError, decode_settings
from tui.strings import file_reason, t

DEFAULT_THEME = "gongwen-dark"
DEFAULT_LIGHT_THEME = "gongwen-light"
MONOCHROME_THEME = "gongwen-mono"
"""Forced when ``NO_COLOR`` is set: no colour is drawn then (``GongwenApp.get_line_filters``),
so this theme marks what must stand out by reverse, bold and underline; chosen with ``t``, by
the same styles over greys."""
FALLBACK_THEME = "textual-dark"
"""Textual's own default, used only if no bundled theme could be loaded."""

GONGWEN_VARIABLES: dict[str, str] = {
    "heading-1": "colour of level-1 headings (一、)",
    "heading-2": "colour of level-2 headings ((一))",
    "heading-3": "colour of level-3 headings (1.)",
    "heading-4": "colour of level-4 and deeper headings ((1)) and 一是 points",
    "title": "colour of the report's title line(s)",
    "hit": "background of a filter hit",
    "hit-foreground": "text colour of a filter hit",
    "hit-style": "text style of a filter hit (bold, reverse, underline …)",
    "hit-current": "background of the current filter hit",
    "hit-current-foreground": "text colour of the current filter hit",
    "hit-current-style": "text style of the current filter hit",
    "diff-added": "text colour of words only in the right-hand report",
    "diff-removed": "text colour of words only in the left-hand report",
    "diff-added-style": "text style of words only in the right-hand report (underline)",
    "diff-removed-style": "text style of words only in the left-hand report (strike)",
    "diff-added-word": "text colour of an inserted word within a changed paragraph",
    "diff-added-word-background": "background of an inserted word within a changed paragraph",
    "diff-removed-word": "text colour of a deleted word within a changed paragraph",
    "diff-removed-word-background": "background of a deleted word within a changed paragraph",
    "diff-changed": "text colour of a section whose wording changed",
    "debris": "colour of web-page debris lines (发布时间, 打印 关闭 …)",
    "mark": "colour of a mark sign in the margin",
}
"""gongwen's own theme variables and what they colour."""

_WORD_VARIABLES = {
    "added": ("diff-added-word", "diff-added-word-background"),
    "removed": ("diff-removed-word", "diff-removed-word-background"),
}
"""The colours of changed words, derived from a theme's own diff colours when it leaves them
out (never inherited: a tint of another theme's colour would not match its own)."""
WORD_TINT = 0.22
"""How much of its diff colour a changed word's background takes, over the page."""

_COLOUR_FIELDS = (
    "primary", "secondary", "accent", "warning", "error", "success",
    "foreground", "background", "surface", "panel", "boost",
)
_NUMBER_FIELDS = ("luminosity_spread", "text_alpha")
_FLAG_FIELDS = ("dark", "ansi")
_KNOWN_FIELDS = {"name", "variables", *_COLOUR_FIELDS, *_NUMBER_FIELDS, *_FLAG_FIELDS}


class ThemeFileError(ValueError):
    """A theme file that cannot be used; the message says why, in one line."""


def load_themes(directories: Iterable[Path] = ()) -> tuple[list[Theme], list[str]]:
    """Load the bundled themes, then every ``*.yaml``/``*.yml`` theme in ``directories``.

    A theme with the name of an earlier one replaces it, so a user may restyle a bundled theme.
    Missing directories are skipped silently (a user need not have a theme folder).

    Returns:
        The themes in load order (bundled first, each folder sorted by file name), and one
        warning line per file that was skipped.
    """
    themes: dict[str, Theme] = {}
    warnings: list[str] = []
    for directory in (themes_dir(), *directories):
        for path in _theme_files(directory):
            try:
                theme = theme_from_file(path, defaults=themes)
            except ThemeFileError as error:
                warnings.append(t("theme.file_skipped", path=path, error=error))
                continue
            themes.pop(theme.name, None)
            themes[theme.name] = theme
    # The default leads so that cycling with ``t`` starts from it; the rest keep file order.
    ordered = sorted(themes.values(), key=lambda theme: theme.name != DEFAULT_THEME)
    return ordered, warnings


def theme_from_file(path: Path, defaults: dict[str, Theme] | None = None) -> Theme:
    """Read one theme file; gongwen variables it lacks come from the bundled default of the
    same darkness in ``defaults`` (if loaded).

    Raises:
        ThemeFileError: the file cannot be read, is not YAML, or is not a valid theme.
    """
    try:
        data = decode_settings(path, read_settings_text(path))
    except OSError as error:
        raise ThemeFileError(file_reason(error)) from None
    except UnicodeDecodeError:
        raise ThemeFileError(t("theme.error.not_utf8")) from None
    except SettingsSyntaxError as error:
        if error.line is None:
            raise ThemeFileError(t("theme.error.not_yaml")) from None
        raise ThemeFileError(t("theme.error.not_yaml_at", line=error.line)) from None
    return theme_from_mapping(data, defaults)


def theme_from_mapping(data: Any, defaults: dict[str, Theme] | None = None) -> Theme:
    """Validate a theme's decoded YAML and build the Textual ``Theme``.

    Raises:
        ThemeFileError: a key is unknown, missing or of the wrong type, or a colour is invalid.
    """
    if not isinstance(data, dict):
        raise ThemeFileError(t("theme.error.not_mapping"))
    unknown = sorted(str(key) for key in data if key not in _KNOWN_FIELDS)
    if unknown:
        raise ThemeFileError(t("theme.error.unknown_field", field=repr(unknown[0])))
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ThemeFileError(t("theme.error.no_name"))
    if "primary" not in data:
        raise ThemeFileError(t("theme.error.no_primary"))

    fields: dict[str, Any] = {}
    for key in _COLOUR_FIELDS:
        if key in data:
            fields[key] = _colour(key, data[key])
    for key in _FLAG_FIELDS:
        if key in data:
            if not isinstance(data[key], bool):
                raise ThemeFileError(t("theme.error.not_flag", field=repr(key)))
            fields[key] = data[key]
    for key in _NUMBER_FIELDS:
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ThemeFileError(t("theme.error.not_number", field=repr(key)))
            fields[key] = float(value)

    variables = _variables(data.get("variables") or {})
    dark = fields.get("dark", True)
    base = (defaults or {}).get(DEFAULT_THEME if dark else DEFAULT_LIGHT_THEME)
    if base is not None:
        derived = {key for keys in _WORD_VARIABLES.values() for key in keys}
        variables = {
            **{
                key: base.variables[key] for key in GONGWEN_VARIABLES
                if key in base.variables and key not in derived
            },
            **variables,
        }
    variables = {**_word_colours(variables, fields), **variables}
    if fields.get("ansi"):
        # Textual's own CSS uses these, and only derives them for non-ANSI themes.
        variables = {"ansi-background": "ansi_default", "ansi-foreground": "ansi_default",
                     **variables}
    theme = Theme(name=name.strip(), variables=variables, **fields)
    try:
        theme.to_color_system().generate()
    except (ColorParseError, ValueError, TypeError) as error:
        raise ThemeFileError(t("theme.error.rejected", error=error)) from None
    return theme


def _word_colours(variables: dict[str, str], fields: dict[str, Any]) -> dict[str, str]:
    """Changed words in the diff colour on a tint of it over the page. The terminal's own
    colours cannot be blended (a tint of red would be red, and words red on red), so there
    they keep the page's background."""
    words: dict[str, str] = {}
    dark = fields.get("dark", True)
    page = Color.parse(fields.get("background") or ("#000000" if dark else "#ffffff"))
    for change, (word, background) in _WORD_VARIABLES.items():
        colour = variables.get(f"diff-{change}")
        if colour is None:
            continue
        words[word] = colour
        parsed = Color.parse(colour)
        if fields.get("ansi") or parsed.ansi is not None or page.ansi is not None:
            words[background] = "ansi_default"
        else:
            words[background] = page.blend(parsed, WORD_TINT).hex
    return words


def _theme_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(
        path for path in directory.iterdir()
        if path.suffix in (".yaml", ".yml") and not path.name.startswith(".")
    )


def _colour(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ThemeFileError(t("theme.error.not_colour_string", field=repr(key)))
    try:
        Color.parse(value.strip())
    except ColorParseError:
        raise ThemeFileError(t("theme.error.not_colour", field=repr(key), value=repr(value))) from None
    return value.strip()


def _variables(raw: Any) -> dict[str, str]:
    """Check ``variables:``. gongwen's own are validated (colour or text style); others are
    Textual's (``footer-key-foreground``, ``input-selection-background``: ``"#81a1c1 35%"`` …)
    and only need to be strings."""
    if not isinstance(raw, dict):
        raise ThemeFileError(t("theme.error.variables"))
    variables: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or not isinstance(value, str) or not value.strip():
            raise ThemeFileError(t("theme.error.variable_not_string", field=repr(key)))
        if key in GONGWEN_VARIABLES:
            if key.endswith("-style"):
                _check_style(key, value)
            else:
                _colour(f"variables.{key}", value)
        variables[key] = value.strip()
    return variables


def _check_style(key: str, value: str) -> None:
    bad = [word for word in value.split() if word not in VALID_STYLE_FLAGS]
    if bad:
        raise ThemeFileError(t("theme.error.not_style", field=repr(key), value=repr(bad[0])))


def choose_theme(
    requested: str | None, available: Sequence[str], *, no_color: bool = False
) -> tuple[str, str | None]:
    """The theme to start with, and a warning if the requested one does not exist.

    ``NO_COLOR`` (``no_color``) wins over any request: no colour is drawn then, and the
    monochrome theme is the one designed for that.
    """
    fallback = next(
        (name for name in (DEFAULT_THEME, *available) if name in available), FALLBACK_THEME
    )
    if no_color and MONOCHROME_THEME in available:
        return MONOCHROME_THEME, None
    if requested is None or requested in available:
        return requested or fallback, None
    return fallback, t("theme.unknown", name=requested, fallback=fallback)


def next_theme(current: str, available: Sequence[str]) -> str:
    """The theme after ``current`` in ``available``, wrapping round (for the ``t`` key)."""
    if not available:
        return current
    if current not in available:
        return available[0]
    return available[(available.index(current) + 1) % len(available)]
