"""The Textual application: one report in the reader, two in the diff view, or a library of
reports to open.

The app holds what outlives a screen: the config (theme, language, reading positions and
marks; the caller saves it after ``run``), the themes, and the list of reports the library and
the command palette offer. Once the first frame is up it readies the filter's words (the
user's word lists, then jieba) in a thread.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.filter import LineFilter, Monochrome, NoColor
from textual.screen import Screen
from textual.theme import Theme

import parser
from parser.model import Document
from tui import collector
from tui.config import Config, config_dir, save_config
from tui.crash import write_crash_log
from tui.loading import load_noted
from tui.navigation import CompareWith, OpenPassage, OpenTrack
from tui.palette import AppCommandsProvider, OnceCommandPalette, ReportsProvider, ThemesProvider
from tui.screens.reader import ReaderScreen
from tui.strings import load_error, localise_bindings, t
from tui.themes import (
    DEFAULT_THEME,
    GONGWEN_VARIABLES,
    MONOCHROME_THEME,
    choose_theme,
    next_theme,
)

if TYPE_CHECKING:
    # The library screen is imported only when there is a library, to start the reader sooner.
    from tui.screens.checks import CheckScreen, SimilarityScreen
    from tui.screens.library import LibraryScreen
    from tui.screens.trend import TrendScreen

_FALLBACK_VARIABLES = {
    name: ("bold" if name.endswith("-style") else "#808080") for name in GONGWEN_VARIABLES
}
"""Only used if no bundled theme could be loaded: CSS must still parse."""
_NO_COLOR = NoColor()
"""What NO_COLOR leaves of every colour: the terminal's own foreground and background."""


class GongwenApp(App[None]):
    """gongwen's TUI. Give it a ``document`` to read, two documents to ``diff``, or
    ``library`` paths to choose from."""

    TITLE = "gongwen"
    BINDINGS = [
        Binding("q", "quit", "key.quit"),
        Binding("ctrl+q", "quit", "key.quit", show=False, priority=True),
        Binding("t", "next_theme", "key.next_theme"),
        Binding("question_mark", "help", "key.help", key_display="?"),
        Binding("P", "previous_year", "key.previous_year", show=False),
        Binding("e", "export_view", "key.export", show=False),
        Binding("ctrl+p", "command_palette", "key.command_palette", show=False, priority=True),
    ]
    COMMANDS = {AppCommandsProvider, ReportsProvider, ThemesProvider}

    def __init__(
        self,
        *,
        document: Document | None = None,
        diff: tuple[Document, Document] | None = None,
        track: tuple[Document, Document] | None = None,
        library: Sequence[Path] = (),
        config: Config | None = None,
        themes: Sequence[Theme] = (),
        theme: str | None = None,
        warnings: Sequence[str] = (),
    ) -> None:
        """Start on ``document`` in the reader if given, else on the library of ``library``.

        Args:
            document: The report to open straight away.
            diff: An older and a newer report to compare straight away.
            track: A plan report and the next year's report to trace it into.
            library: Reports the library lists and the palette offers to open.
            config: Settings and reading state; updated in place (positions, marks, theme).
            themes: Themes to register (the ``t`` key cycles through them in this order).
            theme: The theme asked for (command line or config); NO_COLOR overrides it.
            warnings: Start-up problems to show once the screen is up (one line each).
        """
        self._themes = list(themes)
        super().__init__()
        localise_bindings(self._bindings)
        self.document = document
        self.diff_documents = diff
        self.track_documents = track
        self.library = list(library)
        self.config = config if config is not None else Config()
        self._warnings = list(warnings)
        for each in self._themes:
            self.register_theme(each)
        names = self.theme_names
        chosen, warning = choose_theme(theme, names, no_color=self.no_color)
        if warning:
            self._warnings.append(warning)
        if chosen in self.available_themes:
            self.theme = chosen

    crash: tuple[BaseException, Path | None] | None = None
    """The error that ended the app, if one did, and the log its traceback was written to."""

    def _handle_exception(self, error: Exception) -> None:
        # Textual's only hook for an unhandled error: keep its traceback in the cache folder
        # (the user is told where once the screen is restored), then let Textual close.
        if self.crash is None:
            self.crash = (error, write_crash_log(error))
        super()._handle_exception(error)

    @property
    def theme_names(self) -> list[str]:
        """gongwen's themes, in the order ``t`` steps through them."""
        return [each.name for each in self._themes]

    def get_line_filters(self) -> Sequence[LineFilter]:
        # Under NO_COLOR Textual greys every colour of a theme that is not the terminal's own
        # (a 256-colour grey is still a colour); gongwen sends none at all, only bold, dim,
        # reverse and underline, which the monochrome theme relies on.
        filters = super().get_line_filters()
        if not self.no_color:
            return filters
        return [_NO_COLOR if isinstance(each, Monochrome) else each for each in filters]

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Every theme (Textual's own included) must define the variables gongwen's CSS uses.
        default = next((each for each in self._themes if each.name == DEFAULT_THEME), None)
        variables = dict(_FALLBACK_VARIABLES)
        if default is not None:
            variables.update(
                {name: value for name, value in default.variables.items() if name in variables}
            )
        return variables

    def get_default_screen(self) -> Screen[None]:
        if self.track_documents is not None:
            from tui.screens.track import TrackScreen

            return TrackScreen(*self.track_documents)
        if self.diff_documents is not None:
            from tui.screens.diff import DiffScreen

            return DiffScreen(*self.diff_documents)
        if self.document is not None:
            return ReaderScreen(self.document, config=self.config)
        from tui.screens.library import LibraryScreen

        return LibraryScreen(self.library, max_bytes=self.max_bytes)

    @property
    def max_bytes(self) -> int:
        """The largest report file gongwen opens."""
        return self.config.size_limit

    def on_mount(self) -> None:
        for warning in self._warnings:
            self.notify(warning, severity="warning", timeout=6)
        self.call_after_refresh(collector.release)  # held for the start (tui.collector)
        self.call_after_refresh(self._prepare_words)

    @work(thread=True, exclusive=True, group="words")
    def _prepare_words(self) -> None:
        """Read the user's word lists and load jieba, off the UI thread; a broken list is a
        notification."""
        from tui.widgets.filter_words import prepare_words

        lists = prepare_words(config_dir())
        for warning in lists.warnings:
            self.call_from_thread(
                self.notify, t("filter.word_list_skipped", error=warning),
                severity="warning", timeout=6,
            )
        # Everything alive now (Textual, the report, jieba's dictionary) lives as long as the
        # app. A full garbage collection walks all of it — about 40 ms with a 1 MB report — and
        # a filter keystroke that makes thousands of hits can set one off; frozen objects are
        # left out of every later collection.
        gc.freeze()

    # Reports --------------------------------------------------------------------------------

    def open_report(
        self, path: Path, document: Document | None = None, *, query: str = "",
        start: int | None = None,
    ) -> None:
        """Open ``path`` (already parsed as ``document``, if given) in a reader over the
        current screen, filtered by ``query`` if one is given, at offset ``start`` if given;
        Esc comes back. A reader opened from another reader replaces it."""
        if document is None:
            try:
                document, notes = load_noted(path, self.max_bytes)
            except parser.LoadError as error:
                self.notify(load_error(error), severity="error", timeout=6)
                return
            for note in notes:
                self.notify(note, severity="warning", timeout=6)
        screen = self.screen
        if isinstance(screen, ReaderScreen) and screen.can_go_back:
            screen.remember_position()
            self.pop_screen()
        self.push_screen(
            ReaderScreen(document, config=self.config, can_go_back=True, query=query,
                         start=start),
            callback=self._reader_closed,
        )

    def open_diff(
        self, a: Document, b: Document, start: tuple[Literal["a", "b"], int] | None = None
    ) -> None:
        """Compare ``a`` (the older) with ``b`` over the current screen, at the section of
        ``start`` (a side and an offset) if given; Esc comes back."""
        from tui.screens.diff import DiffScreen

        self.push_screen(DiffScreen(a, b, can_go_back=True, start=start))

    def on_library_screen_open_report(self, message: LibraryScreen.OpenReport) -> None:
        self.open_report(message.path, message.document, query=message.query)

    def on_library_screen_compare_reports(self, message: LibraryScreen.CompareReports) -> None:
        try:
            (older, older_notes), (newer, newer_notes) = (
                load_noted(path, self.max_bytes) for path in (message.older, message.newer))
        except parser.LoadError as error:
            self.notify(load_error(error), severity="error", timeout=6)
            return
        for note in older_notes + newer_notes:
            self.notify(note, severity="warning", timeout=6)
        self.open_diff(older, newer)

    def on_check_screen_open_report(self, message: CheckScreen.OpenReport) -> None:
        self.open_report(message.path, message.document, start=message.start)

    def on_trend_screen_open_report(self, message: TrendScreen.OpenReport) -> None:
        self.open_report(message.path, query=message.query)

    def on_compare_with(self, message: CompareWith) -> None:
        """Open a diff of the report being read against another file, the older on the left
        (an unreadable file is a notification), at the section being read."""
        from parser.diff import older_first

        try:
            other, notes = load_noted(message.path, self.max_bytes)
        except parser.LoadError as error:
            self.notify(load_error(error), severity="error", timeout=6)
            return
        for note in notes:
            self.notify(note, severity="warning", timeout=6)
        a, b = older_first(message.current, other)
        side: Literal["a", "b"] = "a" if a is message.current else "b"
        self.open_diff(a, b, None if message.reading is None else (side, message.reading))

    def on_open_track(self, message: OpenTrack) -> None:
        from tui.screens.track import TrackScreen

        self.push_screen(TrackScreen(message.plan, message.results, can_go_back=True))

    def on_open_passage(self, message: OpenPassage) -> None:
        reader = ReaderScreen(message.document, config=self.config, can_go_back=True)
        span = message.span

        def show() -> None:
            reader.pane.go_to_offset(span[0])
            reader.pane.set_highlights([span], span)

        self.push_screen(reader)
        reader.call_after_refresh(show)

    def on_similarity_screen_compare(self, message: SimilarityScreen.Compare) -> None:
        self.open_diff(message.a, message.b)

    def _reader_closed(self, _result: None = None) -> None:
        warning = save_config(self.config)
        if warning:
            self.notify(warning, severity="warning", timeout=6)

    def report_paths(self) -> list[Path]:
        """The reports the palette offers: the library's, then those read lately (most recent
        first), then the bundled samples; each once."""
        from tui.resources import seed_paths

        recent = [Path(key) for key in reversed(self.config.positions)]
        offered: dict[Path, Path] = {}
        for path in (*self.library, *recent, *seed_paths()):
            resolved = path.resolve()
            if resolved not in offered and path.is_file():
                offered[resolved] = path
        return list(offered.values())

    # Actions --------------------------------------------------------------------------------

    def action_next_theme(self) -> None:
        self.switch_theme(next_theme(self.theme, self.theme_names))

    def switch_theme(self, name: str) -> None:
        """Use theme ``name`` from now on (and next time, unless NO_COLOR forced it)."""
        self.theme = name
        if not self.no_color or name != MONOCHROME_THEME:
            self.config.theme = name
        self.notify(t("theme.switched", name=name), timeout=1.5)

    def action_previous_year(self) -> None:
        """Open the same office's report of the year before the one being read, as the
        library that it was opened from knows them."""
        from tui.screens.library import LibraryScreen

        library = next((s for s in self.screen_stack if isinstance(s, LibraryScreen)), None)
        reader = self.screen
        previous = None
        if library is not None and isinstance(reader, ReaderScreen) and reader.document.source:
            previous = library.previous_year_of(Path(reader.document.source))
        if previous is None:
            self.notify(t("library.no_previous_year"), severity="warning")
            return
        self.open_report(previous)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not OnceCommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(OnceCommandPalette(id="--command-palette"))

    def offers(self, action: str, screen: Screen[Any]) -> bool:
        """Whether the app's own ``action`` does anything over ``screen``: exporting in the
        reader and the diff view, the year before in the reader. Elsewhere their keys are
        left to the screen and out of its footer and help."""
        if action == "export_view":
            # Without its module loaded no screen can be a diff view: nothing imported here.
            diff = sys.modules.get("tui.screens.diff")
            return isinstance(screen, ReaderScreen) or (
                diff is not None and isinstance(screen, diff.DiffScreen))
        if action == "previous_year":
            return isinstance(screen, ReaderScreen)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.offers(action, self.screen)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_export_view(self) -> None:
        """Write what is on screen to a file in the current directory: the report being read
        (Markdown), or the diff being viewed (its side-by-side page)."""
        from tui.screens.diff import DiffScreen

        screen = self.screen
        if isinstance(screen, ReaderScreen):
            screen.action_export("md")
        elif isinstance(screen, DiffScreen) and screen.result is not None:
            from tui.commands.export import export_diff

            try:
                target = export_diff(screen.result)
            except parser.LoadError as error:
                self.notify(t("export.failed", error=load_error(error)), severity="error")
                return
            self.notify(t("export.done", path=target))
        else:
            self.notify(t("export.nothing"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # The app's own actions; each screen lists its own through its palette provider.
        for key, callback in (("next_theme", self.action_next_theme), ("help", self.action_help),
                              ("quit", self.action_quit)):
            yield SystemCommand(t(f"command.{key}"), t(f"command.{key}.help"), callback)
