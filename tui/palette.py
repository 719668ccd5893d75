"""Command palette (``ctrl+p``) sources, all of one pattern (``EntriesProvider``): each
screen's own provider (``ScreenCommandsProvider``: its actions, and its places by title — a
report's sections, a diff's pairs, a plan's items), and the app's (its own few actions from
``GongwenApp.get_system_commands``, switch theme, open a report).

Textual asks every provider at once and lists what they answer as it arrives, so entries of
equal score would come in no fixed order. Each provider has a ``TIER`` instead: an empty
palette lists the screen's own actions, then the app's, the themes, the reports (there may
be thousands), each in its provider's order; among equal matches the same order holds.

Matching is by characters, not words (Chinese titles have no spaces): the query as a
substring ranks first, then its characters in order with gaps (``法治建设`` finds
``法治政府建设``), with full/half width and case folded (``(一)`` finds ``（一）``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from rich.align import Align
from rich.text import Text
from textual import on
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Input, OptionList
from textual.widgets.option_list import Option

from parser.fold import fold
from tui.strings import t

_SUBSTRING_BONUS = 2.0
_TIER_STEP = 1e-9
"""How much a match loses per tier: enough to order equal matches, too little to reorder
unequal ones."""


class OnceCommandPalette(CommandPalette):
    """The command palette, carrying out one command only: an Enter typed again before it has
    closed (a quick double Enter) is ignored instead of closing a screen beneath it. It
    speaks the interface's language (Textual's own prompt and "no matches" are English)."""

    DEFAULT_CSS = """
    OnceCommandPalette CommandList:nocolor > .option-list--option-highlighted {
        /* Textual reverses it under NO_COLOR, but an option list draws no reverse: the
           theme's cursor style (gongwen-mono's bold underline) marks it instead. */
        text-style: $block-cursor-text-style;
    }
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("placeholder", t("command.placeholder"))
        super().__init__(*args, **kwargs)
        self._chosen = False

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's countdown, with its English line in the interface's language.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(t("command.no_matches"), style="not bold")),
                    disabled=True, id=self._NO_MATCHES,
                ))
            self._list_visible = bool(search_value)

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)

    def dismiss(self, result: Any = None) -> Any:
        self._chosen = True
        return super().dismiss(result)

    @on(Input.Submitted)
    @on(Button.Pressed)
    @on(OptionList.OptionSelected)
    def _ignore_after_choice(self, event: Message) -> None:
        if self._chosen:
            event.stop()
            event.prevent_default()  # the palette's own handlers would close it again


def match_score(query: str, candidate: str) -> tuple[float, tuple[int, ...]]:
    """How well ``query`` matches ``candidate`` (0 = not at all) and the matched offsets.

    Linear in the candidate's length: a long inline-heading title costs no more than a scan.
    """
    folded_query = fold(query.strip())
    folded = fold(candidate)
    if not folded_query:
        return 0.0, ()
    found = folded.find(folded_query)
    if found >= 0:
        positions = tuple(range(found, found + len(folded_query)))
        return _SUBSTRING_BONUS + 1.0 / (1 + found), positions
    matched: list[int] = []
    at = 0
    for character in folded_query:
        if character.isspace():
            continue
        at = folded.find(character, at)
        if at < 0:
            return 0.0, ()
        matched.append(at)
        at += 1
    spread = matched[-1] - matched[0] + 1
    return len(matched) / spread, tuple(matched)


def highlighted(candidate: str, positions: Sequence[int]) -> Text:
    """``candidate`` with the matched characters in bold."""
    text = Text(candidate)
    for position in positions:
        text.stylize("bold underline", position, position + 1)
    return text


Action = tuple[str, str, Callable[[], object]]
"""A palette entry: label, help text, what choosing it does."""
Place = tuple[str, str, Callable[[], object]]
"""A place to go to: its title, a badge shown dimmed beside it, what choosing it does."""

S = TypeVar("S", bound=Screen[Any])


@dataclass
class _TieredDiscoveryHit(DiscoveryHit):
    """An entry offered on an empty query, listed after those of lower tiers (Textual lists
    them by score, highest first, and otherwise as they arrive)."""

    tier: int = 0

    @property
    def score(self) -> float:
        return -float(self.tier)


class EntriesProvider(Provider):
    """Palette entries matched by characters (``match_score``): ``entries`` are offered on
    an empty query and found by their label, ``places`` are found by their title only (a
    report's sections are too many to offer unasked). Subclasses list them; matching,
    ranking and drawing are shared."""

    TIER = 0
    """Where the entries come among the providers' (lowest first)."""

    def entries(self) -> Sequence[Action]:
        """The entries, in the order they are offered."""
        return ()

    def places(self) -> Iterable[Place]:
        """The places that can be gone to by title."""
        return ()

    async def discover(self) -> Hits:
        for label, help_text, callback in self.entries():
            yield _TieredDiscoveryHit(label, callback, help=help_text, tier=self.TIER)

    async def search(self, query: str) -> Hits:
        behind = self.TIER * _TIER_STEP
        for label, help_text, callback in self.entries():
            score, positions = match_score(query, label)
            if score > 0:
                yield Hit(score - behind, highlighted(label, positions), callback, text=label,
                          help=help_text)
        for title, badge, callback in self.places():
            score, positions = match_score(query, title)
            if score > 0:
                shown = highlighted(title, positions)
                if badge:
                    shown.append(f"  {badge}", style="dim")
                yield Hit(score - behind, shown, callback, text=title,
                          help=t("command.goto_section.help"))


class ScreenCommandsProvider(EntriesProvider, Generic[S]):
    """The entries one kind of screen offers for itself: its actions, then the places it
    can go to by title (a report's sections, a diff's section pairs, a tracked plan's
    items). A screen lists its provider in ``COMMANDS``; on another screen it offers
    nothing."""

    def actions(self, screen: S) -> list[Action]:
        """The screen's actions."""
        return []

    def screen_places(self, screen: S) -> Iterable[Place]:
        """The places on the screen."""
        return ()

    def _owner(self) -> S | None:
        """The screen the palette is open on, when it is one that lists this provider."""
        screen = self.screen
        return cast(S, screen) if type(self) in getattr(screen, "COMMANDS", ()) else None

    def entries(self) -> Sequence[Action]:
        screen = self._owner()
        return self.actions(screen) if screen is not None else ()

    def places(self) -> Iterable[Place]:
        screen = self._owner()
        return self.screen_places(screen) if screen is not None else ()


def labelled_actions(
    actions: Iterable[tuple[str, Callable[[], object]]],
) -> list[Action]:
    """``(command key, callback)`` pairs as palette entries, labelled from the catalogue
    (``command.<key>`` and ``command.<key>.help``)."""
    return [(t(f"command.{key}"), t(f"command.{key}.help"), callback)
            for key, callback in actions]


class AppCommandsProvider(EntriesProvider):
    """The app's own actions (``get_system_commands``), on every screen after the
    screen's own. It stands in for Textual's system commands provider,
    which would list them alphabetically, in no fixed order beside the screen's, and match
    them by words rather than characters."""

    TIER = 1

    def entries(self) -> list[Action]:
        return [(command.title, command.help, command.callback)
                for command in self.app.get_system_commands(self.screen)]


class ThemesProvider(EntriesProvider):
    """gongwen's themes, to switch to one."""

    TIER = 2

    def _switch(self, name: str) -> None:
        self.app.switch_theme(name)  # type: ignore[attr-defined]

    def entries(self) -> list[Action]:
        return [(t("command.theme", name=name), t("command.theme.help"),
                 partial(self._switch, name))
                for name in getattr(self.app, "theme_names", [])]


class ReportsProvider(EntriesProvider):
    """The reports gongwen knows of (the library's, or the bundled samples), to open one."""

    TIER = 3

    def _open(self, path: Path) -> None:
        self.app.open_report(path)  # type: ignore[attr-defined]

    def entries(self) -> list[Action]:
        # Not at start-up: tui.paths brings the collection walker, which the first frame lacks.
        from tui.paths import distinct_names

        report_paths = getattr(self.app, "report_paths", None)
        paths = report_paths() if report_paths is not None else []
        return [(t("command.open_report", name=name), str(path), partial(self._open, path))
                for path, name in zip(paths, distinct_names(paths), strict=True)]

