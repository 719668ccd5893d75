"""Command palette (``ctrl+p``) sources: go to a section by its title, open a report, switch
theme. The reader's actions come from ``GongwenApp.get_system_commands``.

Matching is by characters, not words (Chinese titles have no spaces): the query as a
substring ranks first, then its characters in order with gaps (``法治建设`` finds
``法治政府建设``), with full/half width and case folded (``(一)`` finds ``（一）``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from rich.text import Text
from textual import on
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Input, OptionList

from parser.fold import fold
from tui.strings import t

_SUBSTRING_BONUS = 2.0


class OnceCommandPalette(CommandPalette):
    """The command palette, carrying out one command only: an Enter typed again before it has
    closed (a quick double Enter) is ignored instead of closing a screen beneath it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._chosen = False

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

S = TypeVar("S", bound=Screen[Any])


class ScreenCommandsProvider(Provider, Generic[S]):
    """The entries one kind of screen offers for itself: its actions, then the places it
    can go to by title (a diff's section pairs, a tracked plan's items), each with a dimmed
    badge. A screen lists its provider in ``COMMANDS``; subclasses list the actions and
    places, matching and ranking are shared."""

    def actions(self, screen: S) -> list[Action]:
        """The screen's actions."""
        return []

    def places(self, screen: S) -> Iterable[tuple[str, str, Callable[[], object]]]:
        """``(title, badge, go there)`` for each place on the screen."""
        return ()

    def _owner(self) -> S | None:
        """The screen the palette is open on, when it is one that lists this provider."""
        screen = self.screen
        return cast(S, screen) if type(self) in getattr(screen, "COMMANDS", ()) else None

    async def discover(self) -> Hits:
        screen = self._owner()
        for label, help_text, callback in self.actions(screen) if screen is not None else []:
            yield DiscoveryHit(label, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        screen = self._owner()
        if screen is None:
            return
        for label, help_text, callback in self.actions(screen):
            score, positions = match_score(query, label)
            if score > 0:
                yield Hit(score, highlighted(label, positions), callback, text=label,
                          help=help_text)
        for title, badge, callback in self.places(screen):
            score, positions = match_score(query, title)
            if score > 0:
                shown = highlighted(title, positions)
                if badge:
                    shown.append(f"  {badge}", style="dim")
                yield Hit(score, shown, callback, text=title,
                          help=t("command.goto_section.help"))


class SectionsProvider(Provider):
    """Every heading and point of the report on screen, to jump to by title."""

    async def search(self, query: str) -> Hits:
        screen = self.screen
        document = getattr(screen, "document", None)
        go_to_node = getattr(screen, "go_to_node", None)
        if document is None or go_to_node is None:
            return
        for node in document.nodes:
            label = node.marker + node.title
            score, positions = match_score(query, label)
            if score > 0:
                yield Hit(
                    score,
                    highlighted(label, positions),
                    partial(go_to_node, node.index),
                    text=label,
                    help=t("command.goto_section.help"),
                )


class ReportsProvider(Provider):
    """The reports gongwen knows of (the library's, or the bundled samples), to open one."""

    def _reports(self) -> list[Path]:
        report_paths = getattr(self.app, "report_paths", None)
        return report_paths() if report_paths is not None else []

    def _open(self, path: Path) -> None:
        self.app.open_report(path)  # type: ignore[attr-defined]

    async def discover(self) -> Hits:
        for path in self._reports():
            label = t("command.open_report", name=path.name)
            yield DiscoveryHit(label, partial(self._open, path), help=str(path))

    async def search(self, query: str) -> Hits:
        for path in self._reports():
            label = t("command.open_report", name=path.name)
            score, positions = match_score(query, label)
            if score > 0:
                yield Hit(score, highlighted(label, positions), partial(self._open, path),
                          text=label, help=str(path))


class ThemesProvider(Provider):
    """gongwen's themes, to switch to one."""

    def _themes(self) -> list[str]:
        return list(getattr(self.app, "theme_names", []))

    def _switch(self, name: str) -> None:
        self.app.switch_theme(name)  # type: ignore[attr-defined]

    async def discover(self) -> Hits:
        for name in self._themes():
            label = t("command.theme", name=name)
            yield DiscoveryHit(label, partial(self._switch, name), help=t("command.theme.help"))

    async def search(self, query: str) -> Hits:
        for name in self._themes():
            label = t("command.theme", name=name)
            score, positions = match_score(query, label)
            if score > 0:
                yield Hit(score, highlighted(label, positions), partial(self._switch, name),
                          text=label, help=t("command.theme.help"))
