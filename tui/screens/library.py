"""The library: a collection of reports, one row per office with its years as a timeline
(expand it to list its reports), or one row per report (``v`` switches); Enter opens a report.

The reports come from the persistent index (``parser.index``), brought up to date in a worker
thread while a progress line fills, so a collection that was indexed before lists at once and
a new one lists as soon as it is parsed. ``/`` filters: every report is searched as the query
is typed (in a worker, against the index's texts), a column gives each one's hits and the
reports rank by them; a report opened then opens with the filter applied.

Space marks a report and ``D`` compares the two marked; ``p`` goes to the same office's
previous year and ``d`` compares a report with it; ``T`` counts the filter's query (or asks
for one) across the collection by year and by office.

The columns are data (``COLUMNS``, ``OFFICE_COLUMNS``), so another column — a filter's hit
count — is one more entry.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, JustifyMethod, RenderResult
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from parser import DEFAULT_MAX_BYTES
from parser.collation import pinyin_key
from parser.collection import ReportFile
from parser.errors import os_error
from parser.index import (
    IN_PROCESS_MAX,
    IndexedReport,
    IndexUnavailable,
    Refresh,
    ReportIndex,
    cache_dir,
)
from parser.query import Query, parse_query
from parser.writers import subject
from tui.output import terminal_text
from tui.palette import Action, ScreenCommandsProvider, labelled_actions
from tui.screens.filtering import FilteringScreen
from tui.strings import load_error, localise_bindings, t
from tui.widgets.ellipsis import FittedText
from tui.widgets.filter_pane import FilterPane
from tui.widgets.key_hints import KeyHints
from tui.widgets.library_table import LibraryTable

if TYPE_CHECKING:
    from parser.rubric import Part
    from tui.screens.checks import CheckColumn, CheckedReport

MARK = "●"
PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
"""Where ``python -m tui`` finds the package when it is not installed."""
TIMELINE_FILLED, TIMELINE_EMPTY = "█", "·"
"""A year with a report, and one without: plain characters, readable without colour."""


@dataclass
class ReportEntry:
    """A row's report: its path, then, once the index has it, what it knows or the error."""

    path: Path
    report: IndexedReport | None = None
    error: str | None = None

    @property
    def loading(self) -> bool:
        return self.report is None and self.error is None


@dataclass(frozen=True)
class OfficeGroup:
    """One office's reports, as entry numbers in year order."""

    key: str
    name: str
    entries: tuple[int, ...]
    years: frozenset[int]


@dataclass(frozen=True)
class CellStyles:
    """Rich styles for the cells, taken from the screen's component classes (so the theme)."""

    muted: Style
    error: Style


@dataclass(frozen=True)
class LibraryColumn:
    """One column: how to draw a report's cell and how to sort by it.

    Fixed columns get ``width`` cells; ``flex`` columns share what is left in proportion to
    ``flex``, never narrower than ``width``; the ``rest`` column takes whatever remains.
    """

    key: str
    label: str
    """Catalogue key of the header label."""
    cell: Callable[[IndexedReport], str]
    sort_key: Callable[[IndexedReport], Any]
    """The value to sort by; None (unknown) sorts after every known value, either way."""
    width: int
    flex: int = 0
    rest: bool = False
    """Takes the cells left once every flex column has its content's width, so the table
    spans the screen however short the names are (the titles' column)."""
    keep_end: bool = False
    """Truncate from the start: ``…朝阳区垡头街道`` says more than ``北京市朝阳区…``."""
    justify: JustifyMethod = "left"
    heading: str = ""
    """Shown as written instead of the catalogue's ``label`` (a rubric part's short name)."""

    def title(self) -> str:
        """The header's text."""
        return self.heading or t(self.label)


def _title(report: IndexedReport) -> str:
    """The title beside the organisation column: without the writers it opens with."""
    if not report.title:
        return terminal_text(report.path.name)
    return subject(report.title) if report.office else report.title


COLUMNS: tuple[LibraryColumn, ...] = (
    LibraryColumn(
        "organisation", "library.column.organisation",
        cell=lambda report: report.office or "—",
        sort_key=lambda report: pinyin_key(report.office) if report.office else None,
        width=8, flex=1, keep_end=True,
    ),
    LibraryColumn(
        "year", "library.column.year",
        cell=lambda report: str(report.year or "—"),
        sort_key=lambda report: report.year,
        width=4,
    ),
    LibraryColumn(
        "title", "library.column.title",
        cell=_title,
        sort_key=_title,
        width=10, flex=2, rest=True,
    ),
    LibraryColumn(
        "size", "library.column.size",
        cell=lambda report: f"{report.chars:,}",
        sort_key=lambda report: report.chars,
        width=7, justify="right",
    ),
    LibraryColumn(
        "headings", "library.column.headings",
        cell=lambda report: str(report.headings),
        sort_key=lambda report: report.headings,
        width=4, justify="right",
    ),
)
MESSAGE_COLUMN = "title"
"""The column where a row that is loading or unreadable says so."""
CHECKED_COLUMNS = 3
"""How many of ``COLUMNS`` (office, year, title) stay beside the review checks."""

OFFICE_COLUMNS: tuple[LibraryColumn, ...] = (
    COLUMNS[0],
    LibraryColumn("reports", "library.column.reports", cell=lambda _: "", sort_key=lambda _: 0,
                  width=4, justify="right"),
    LibraryColumn("years", "library.column.years", cell=lambda _: "", sort_key=lambda _: 0,
                  width=9),
    LibraryColumn("timeline", "library.column.timeline", cell=_title, sort_key=_title,
                  width=12, flex=2, rest=True),
)
"""The office view: one row per office; an expanded office's reports show their year under
``years`` and their title under ``timeline``."""
NO_OFFICE = "\x00"
"""The group key of reports whose office is unknown (listed last)."""


def timeline(years: frozenset[int], first: int, last: int, cells: int) -> str:
    """``years`` between ``first`` and ``last`` in at most ``cells`` characters: one per
    year when they fit, else one per run of years; filled where there is a report.

    >>> timeline(frozenset({2001, 2003}), 2000, 2004, 10)
    '·█·█·'
    >>> timeline(frozenset({2000, 2001}), 2000, 2007, 4)
    '█···'
    """
    span = last - first + 1
    if span <= 0 or cells <= 0:
        return ""
    per_cell = -(-span // cells)
    marks = []
    for start in range(first, last + 1, per_cell):
        filled = any(year in years for year in range(start, start + per_cell))
        marks.append(TIMELINE_FILLED if filled else TIMELINE_EMPTY)
    return "".join(marks)


class KeepEnd:
    """A one-line text that, when too wide, loses its start rather than its end."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if self.text.cell_len <= width:
            yield self.text
            return
        start, room = len(self.text.plain), width - 1  # one cell for the ellipsis
        while start > 0 and cell_len(self.text.plain[start - 1 :]) <= room:
            start -= 1
        yield Text("…", end="") + self.text[start:]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, self.text.cell_len)


def column_widths(
    columns: tuple[LibraryColumn, ...],
    available: int,
    padding: int,
    content: list[int | None] | None = None,
) -> list[int]:
    """Share ``available`` cells among ``columns`` (each also takes ``2 * padding``).

    A flex column grows no wider than its ``content`` width (None: unbounded), so a column of
    short names leaves the room to the titles; what no flex column takes goes to the ``rest``
    column.
    """
    # A header needs room for its label and the sort arrow.
    widths = [max(column.width, cell_len(column.title()) + 1) for column in columns]
    limits = content or [None] * len(columns)
    spare = available - sum(width + 2 * padding for width in widths)
    growing = [index for index, column in enumerate(columns) if column.flex]
    while spare > 0 and growing:
        total_flex = sum(columns[index].flex for index in growing)
        handed_out = 0
        for index in list(growing):
            share = max(1, spare * columns[index].flex // total_flex)
            limit = limits[index]
            if limit is not None and widths[index] + share >= limit:
                share = max(0, limit - widths[index])
                growing.remove(index)
            share = min(share, spare - handed_out)
            widths[index] += share
            handed_out += share
        spare -= handed_out
        if not handed_out:
            break
    rest = next((index for index, column in enumerate(columns) if column.rest), None)
    if rest is not None and spare > 0:
        widths[rest] += spare
    return widths


class LibraryCommandsProvider(ScreenCommandsProvider["LibraryScreen"]):
    """The library's actions."""

    def actions(self, screen: LibraryScreen) -> list[Action]:
        return labelled_actions(screen.palette_actions())


class LibraryScreen(FilteringScreen):
    """The collection to open reports from. Posts ``OpenReport`` when the user picks one and
    ``CompareReports`` when two are to be compared."""

    DEFAULT_CSS = """
    LibraryScreen {
        layout: vertical;
    }
    LibraryScreen > #library-title {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $foreground;
        text-style: bold;
    }
    LibraryScreen > DataTable {
        height: 1fr;
    }
    LibraryScreen > #library-empty {
        height: 1fr;
        padding: 1 2;
        color: $text-muted;
    }
    LibraryScreen > #library-progress {
        height: 1;
        padding: 0 1;
        display: none;
        &.-busy { display: block; }
    }
    LibraryScreen > #library-status {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    LibraryScreen .library--muted {
        color: $text-muted;
        text-style: italic;
    }
    LibraryScreen .library--error {
        color: $text-error;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"library--muted", "library--error"}
    AUTO_FOCUS = "DataTable"
    COMMANDS = {LibraryCommandsProvider}

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the table would take Enter itself, and hide the hint from the footer.
        Binding("enter", "open", "key.open", priority=True),
        Binding("slash", "filter", "key.filter", key_display="/"),
        Binding("escape", "clear_filter", "key.clear_filter", key_display="Esc"),
        Binding("v", "switch_view", "key.library_view"),
        Binding("space", "mark", "key.mark_report", key_display="Space"),
        Binding("D", "compare_marked", "key.compare_marked"),
        Binding("p", "previous_year", "key.previous_year"),
        Binding("d", "compare_previous", "key.compare_previous", show=False),
        Binding("T", "trend", "key.trend"),
        Binding("c", "checks", "key.checks"),
        Binding("C", "check_columns", "key.check_columns", show=False),
        Binding("f", "only_failing", "key.only_failing", show=False),
        Binding("l,right", "expand(True)", "key.expand", show=False),
        Binding("h,left", "expand(False)", "key.collapse", show=False),
        Binding("q", "app.quit", "key.quit"),
    ]

    class OpenReport(Message):
        """The user chose a report; ``query`` is the filter in force. (``document`` is kept
        for callers that have the report parsed already; the library never has.)"""

        def __init__(self, path: Path, document: Any = None, query: str = "") -> None:
            super().__init__()
            self.path = path
            self.document = document
            self.query = query

    class CompareReports(Message):
        """Compare ``older`` with ``newer`` in the diff view."""

        def __init__(self, older: Path, newer: Path) -> None:
            super().__init__()
            self.older = older
            self.newer = newer

    class _Progress(Message):
        def __init__(self, done: int, total: int, label: str = "library.indexing") -> None:
            super().__init__()
            self.done = done
            self.total = total
            self.label = label

    class _Indexed(Message):
        """Posted by the indexing thread with what the index knows of every report."""

        def __init__(
            self, reports: list[IndexedReport], refresh: Refresh, warning: str | None,
            errors: dict[Path, str],
        ) -> None:
            super().__init__()
            self.reports = reports
            self.refresh = refresh
            self.warning = warning
            self.errors = errors

    class _Checked(Message):
        """Posted by the checking thread: every readable report's checks."""

        def __init__(self, rows: list[CheckedReport], parts: list[Part]) -> None:
            super().__init__()
            self.rows = rows
            self.parts = parts

    class _Counted(Message):
        def __init__(self, query: Query, hits: dict[Path, int]) -> None:
            super().__init__()
            self.query = query
            self.hits = hits

    def __init__(self, paths: list[Path], *, max_bytes: int | None = None) -> None:
        super().__init__()
        localise_bindings(self._bindings)
        self.entries = [ReportEntry(path) for path in paths]
        self._max_bytes = max_bytes or DEFAULT_MAX_BYTES
        self.index: ReportIndex | None = None
        self._index_lock = threading.Lock()
        self._order = list(range(len(self.entries)))
        self._groups: list[OfficeGroup] = []
        self._expanded: set[str] = set()
        self._view = "reports"
        self._years = (0, -1)
        self._marked: list[int] = []
        self._query: Query | None = None
        self._hits: dict[Path, int] = {}
        self._sort_before_filter: tuple[int | None, bool] = (None, False)
        self._hits_column = LibraryColumn(
            "hits", "library.column.hits",
            cell=lambda report: str(self._hits.get(report.path, "")),
            sort_key=lambda report: self._hits.get(report.path),
            width=4, justify="right",
        )
        self.filter_pane = FilterPane(id="library-filter")
        self._checks: dict[Path, CheckedReport] = {}
        self._check_columns: tuple[LibraryColumn, ...] = ()
        self._checks_shown = False
        self.only_failing = False
        """Only the reports missing a required part (只看缺项), while the checks are shown."""

    @property
    def columns(self) -> tuple[LibraryColumn, ...]:
        """The columns shown: the office view's, or ``COLUMNS`` and the hits while a filter is
        in force; then, when asked for, the review checks."""
        if self._query is not None:
            return (*self._report_columns, self._hits_column, *self._shown_checks)
        return OFFICE_COLUMNS if self._view == "offices" else (
            *self._report_columns, *self._shown_checks)

    @property
    def _report_columns(self) -> tuple[LibraryColumn, ...]:
        # Beside the checks, size and headings give way (the checks fit 80 columns).
        return COLUMNS[:CHECKED_COLUMNS] if self._checks_shown else COLUMNS

    @property
    def _shown_checks(self) -> tuple[LibraryColumn, ...]:
        return self._check_columns if self._checks_shown else ()

    @property
    def _hits_index(self) -> int:
        """The hits column's place while a filter is in force."""
        return len(self._report_columns)

    @property
    def _indexed(self) -> bool:
        """Whether the index knows every report (the trend counts from it)."""
        return self.index is not None and not any(entry.loading for entry in self.entries)

    @property
    def office_view(self) -> bool:
        """One row per office (no filter in force)."""
        return self._view == "offices" and self._query is None

    def compose(self) -> ComposeResult:
        yield Static(t("library.title"), id="library-title")
        if self.entries:
            yield self.filter_pane
            yield LibraryTable()
        else:
            yield Static(t("library.empty"), id="library-empty")
        yield Static(id="library-progress")
        yield Static(id="library-status")
        yield KeyHints()

    def on_mount(self) -> None:
        self._update_status()
        if self.entries:
            self.app.theme_changed_signal.subscribe(self, lambda _theme: self._rebuild())
            self._rebuild()
            self._index_reports()

    def on_unmount(self) -> None:
        if self.index is not None:
            with self._index_lock:
                self.index.close()

    def on_resize(self, event: events.Resize) -> None:
        if self.entries:
            self._rebuild(event.size.width)

    # Indexing -------------------------------------------------------------------------------

    def _open_index(self) -> ReportIndex:
        try:
            return ReportIndex()
        except IndexUnavailable:
            # No usable cache folder: an index for this session only.
            return ReportIndex(Path(tempfile.mkdtemp(prefix="gongwen-")))

    @work(thread=True, exclusive=True, group="library-index")
    def _index_reports(self) -> None:
        """Bring the index up to date for the library's reports, off the UI thread."""
        worker = get_current_worker()
        files: list[ReportFile] = []
        errors: dict[Path, str] = {}
        for entry in self.entries:
            try:
                info = os.stat(entry.path)
            except OSError as error:
                errors[entry.path] = load_error(os_error(error, entry.path))
                continue
            files.append(ReportFile(entry.path, info.st_size, info.st_mtime_ns))
        with self._index_lock:
            index = self.index = self._open_index()
            stale = index.stale(files)
        parsed_apart = 0
        if len(stale) > IN_PROCESS_MAX and index.folder == cache_dir():
            parsed_apart = self._index_apart(stale)
        with self._index_lock:
            refresh = index.refresh(
                files, max_bytes=self._max_bytes, workers=1,
                progress=self._post_progress,
            )
            reports = index.reports(file.path for file in files)
        if parsed_apart:
            refresh = replace(refresh, parsed=refresh.parsed + parsed_apart)
        if not worker.is_cancelled:
            self.post_message(self._Indexed(reports, refresh, index.warning, errors))

    def _post_progress(self, done: int, total: int) -> None:
        self.post_message(self._Progress(done, total))

    def _index_apart(self, stale: list[ReportFile]) -> int:
        """Run ``gongwen index`` on ``stale`` as a child process, whose worker processes
        parse them (a process with threads, as this one, cannot safely start workers
        itself); its progress lines fill the progress bar. The number it was given."""
        done = self._apart("index", [file.path for file in stale], "library.indexing")
        return len(stale) if done else 0

    def _apart(self, command_name: str, paths: list[Path], label: str) -> bool:
        """Run ``gongwen COMMAND --progress-lines`` on ``paths`` as a child process, its
        progress lines filling the progress bar under ``label``; whether it finished (exit
        status 0, or 2 for reports it could not read)."""
        command = [sys.executable, "-m", "tui", command_name, "--progress-lines",
                   "--max-size", str(self._max_bytes / 1048576), "-"]
        try:
            child = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True, cwd=PROJECT_ROOT,
            )
        except OSError:
            return False
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("".join(f"{os.path.abspath(path)}\n" for path in paths))
        child.stdin.close()
        for line in child.stdout:
            done, _, total = line.partition(" ")
            if done.isdigit() and total.strip().isdigit():
                self.post_message(self._Progress(int(done), int(total), label))
        child.wait()
        return child.returncode in (0, 2)

    @on(_Progress)
    def _show_progress(self, message: _Progress) -> None:
        progress = self.query_one("#library-progress", Static)
        busy = message.done < message.total
        progress.set_class(busy, "-busy")
        if busy:
            width = max(10, min(40, self.size.width - 30))
            filled = width * message.done // max(1, message.total)
            bar = TIMELINE_FILLED * filled + TIMELINE_EMPTY * (width - filled)
            progress.update(t(message.label, bar=bar, done=message.done,
                              total=message.total))

    @on(_Indexed)
    def _show_indexed(self, message: _Indexed) -> None:
        self.query_one("#library-progress", Static).set_class(False, "-busy")
        by_path = {report.path: report for report in message.reports}
        for entry in self.entries:
            report = by_path.get(entry.path)
            entry.report = report if report is not None and report.content else None
            if report is not None and not report.content:
                error = load_error(report.failure) if report.failure else report.error
            else:
                error = message.errors.get(entry.path, None if report else t("library.missing"))
            # The message names the file, and a file name may hold control characters.
            entry.error = terminal_text(error) if error is not None else None
        self._group_offices()
        if any(len(group.entries) > 1 for group in self._groups if group.key != NO_OFFICE):
            self._view = "offices"
        if message.warning:
            self.notify(message.warning, severity="warning", timeout=6)
        if message.refresh.parsed or message.refresh.failed:
            self.notify(t("library.refreshed", n=message.refresh.parsed), timeout=3)
        if self._query is not None:
            self._count(self._query)
        self.refresh_bindings()  # the trend view and the office keys are available now
        if self._table.sort_column is not None:
            self._sort()
        else:
            self._order = self._office_order()
            self._rebuild()
        self._update_status()

    def _office_order(self) -> list[int]:
        """The reports unsorted: by office as the office view lists them (pinyin), each
        office's by year."""
        return [number for group in self._groups for number in group.entries]

    def _group_offices(self) -> None:
        groups: dict[str, list[int]] = {}
        names: dict[str, str] = {}
        years: list[int] = []
        for number, entry in enumerate(self.entries):
            report = entry.report
            key = report.office_key if report and report.office_key else NO_OFFICE
            groups.setdefault(key, []).append(number)
            names[key] = report.office if report and report.office else "—"
            if report and report.year:
                years.append(report.year)

        def year_of(number: int) -> tuple[int, str]:
            report = self.entries[number].report
            return (report.year or 0) if report else 0, str(self.entries[number].path)

        self._groups = [
            OfficeGroup(
                key, names[key], tuple(sorted(groups[key], key=year_of)),
                frozenset(
                    report.year for number in groups[key]
                    if (report := self.entries[number].report) and report.year
                ),
            )
            for key in sorted(groups, key=lambda key: (key == NO_OFFICE, pinyin_key(names[key])))
        ]
        self._years = (min(years), max(years)) if years else (0, -1)

    # Drawing --------------------------------------------------------------------------------

    def _cell_styles(self) -> CellStyles:
        def foreground(name: str) -> Style:
            # The full style has the colour blended over the background (``$text-muted`` is
            # translucent); the cell keeps only the colour so zebra and cursor still show.
            style = self.get_component_rich_style(name)
            return Style(color=style.color, italic=style.italic)

        return CellStyles(muted=foreground("library--muted"), error=foreground("library--error"))

    def _finish(self, text: Text, column: LibraryColumn) -> Any:
        text.no_wrap, text.overflow = True, "ellipsis"
        return KeepEnd(text) if column.keep_end else FittedText.of(text)

    def _report_cells(self, number: int, styles: CellStyles) -> list[Any]:
        """A report's row in the reports view (and while filtering)."""
        entry = self.entries[number]
        cells: list[Any] = []
        for column in self.columns:
            if entry.report is not None:
                value = column.cell(entry.report)
                if column.key == MESSAGE_COLUMN and number in self._marked:
                    value = f"{MARK} {value}"
                text = Text(value, justify=column.justify)
                if column.key == MESSAGE_COLUMN and not entry.report.title:
                    text.stylize(styles.muted)
            elif column.key != MESSAGE_COLUMN:
                text = Text("")
            elif entry.error is not None:
                text = Text(t("library.unreadable", error=entry.error), style=styles.error)
            else:
                text = Text(t("library.loading"), style=styles.muted)
            cells.append(self._finish(text, column))
        return cells

    def _office_cells(self, group: OfficeGroup, timeline_width: int) -> list[Any]:
        first, last = self._years
        years = sorted(group.years)
        span = f"{years[0]}–{years[-1]}" if years else "—"
        arrow = "▾ " if group.key in self._expanded else "▸ "
        values = [
            arrow + group.name, str(len(group.entries)), span,
            timeline(group.years, first, last, timeline_width),
        ]
        return [
            self._finish(Text(value, justify=column.justify), column)
            for value, column in zip(values, OFFICE_COLUMNS, strict=True)
        ]

    def _office_report_cells(self, number: int, styles: CellStyles) -> list[Any]:
        """A report's row under its expanded office: its year and title."""
        entry = self.entries[number]
        mark = MARK if number in self._marked else " "
        if entry.report is not None:
            year = str(entry.report.year or "—")
            title = Text(_title(entry.report))
            if not entry.report.title:
                title.stylize(styles.muted)
        else:
            year = ""
            title = Text(t("library.unreadable", error=entry.error or ""), style=styles.error)
        values = [Text(f"  {mark}"), Text(""), Text(year), title]
        return [self._finish(text, column) for text, column in zip(values, OFFICE_COLUMNS)]

    def _header(self, index: int) -> Text:
        column = self.columns[index]
        label = Text(column.title(), justify=column.justify)
        table = self._table
        if index == table.sort_column and not self.office_view:
            label.append("▼" if table.sort_reverse else "▲")
        return label

    def _rebuild(self, width: int | None = None) -> None:
        """Redraw the whole table: columns sized to ``width`` (default: the screen's), rows in
        the view's order."""
        table = self._table
        available = (width or self.size.width) - table.styles.scrollbar_size_vertical
        if available <= 0:
            return
        columns = self.columns
        table.sortable_columns = 0 if self.office_view else len(columns)
        widths = column_widths(columns, available, table.cell_padding, self._content_widths())
        cursor_key = self._cursor_key()
        styles = self._cell_styles()
        table.clear(columns=True)
        for index, (column, column_width) in enumerate(zip(columns, widths)):
            table.add_column(self._header(index), width=column_width, key=column.key)
        if self.office_view:
            for group in self._groups:
                table.add_row(*self._office_cells(group, widths[-1]), key=f"o:{group.key}")
                if group.key in self._expanded:
                    for number in group.entries:
                        table.add_row(*self._office_report_cells(number, styles),
                                      key=f"r:{number}")
        else:
            for number in self._order:
                if self._listed(number):
                    table.add_row(*self._report_cells(number, styles), key=f"r:{number}")
        if cursor_key is not None:
            self._move_to(cursor_key)

    def _move_to(self, key: str) -> bool:
        table = self._table
        try:
            row = table.get_row_index(key)
        except Exception:  # noqa: BLE001 - the row is not shown in this view
            return False
        table.move_cursor(row=row, animate=False)
        return True

    def _content_widths(self) -> list[int | None] | None:
        """Each column's widest cell once every report is known (None while indexing)."""
        if any(entry.loading for entry in self.entries):
            return None
        if self.office_view:
            names = [cell_len(group.name) + 2 for group in self._groups]
            first, last = self._years
            return [max([cell_len(t("library.column.organisation")), *names]) + 1, None, None,
                    max(last - first + 1, 12)]
        reports = [entry.report for entry in self.entries if entry.report is not None]
        errors = [t("library.unreadable", error=e.error) for e in self.entries if e.error]
        widths: list[int | None] = []
        for column in self.columns:
            cells = [column.cell(report) for report in reports]
            if column.key == MESSAGE_COLUMN:
                cells += errors
            widths.append(max(map(cell_len, [column.title(), *cells])) + 2)
        return widths

    def _cursor_key(self) -> str | None:
        table = self._table
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _cursor_entry(self) -> int | None:
        """The report under the cursor (None on an office row)."""
        key = self._cursor_key()
        return int(key[2:]) if key is not None and key.startswith("r:") else None

    @property
    def _table(self) -> LibraryTable:
        return self.query_one(LibraryTable)

    def _sort(self) -> None:
        """Order the rows as the table's sort says."""
        sort_column, reverse = self._table.sort_column, self._table.sort_reverse
        if sort_column is None or sort_column >= len(self.columns):
            self._rebuild()
            self._update_status()
            return
        column = self.columns[sort_column]
        values: dict[int, Any] = {}
        for number in self._order:
            report = self.entries[number].report
            if report is not None:
                values[number] = column.sort_key(report)
        known = sorted(
            (number for number in self._order if values.get(number) is not None),
            key=values.__getitem__,
            reverse=reverse,
        )
        # Unknown values, unread and unreadable reports follow, in their current order.
        self._order = known + [number for number in self._order if values.get(number) is None]
        self._rebuild()
        self._update_status()

    def _update_status(self) -> None:
        status = t("library.count", n=len(self.entries))
        if self.office_view:
            status += " · " + t("library.offices", n=len(self._groups))
        elif self.entries and (sort_column := self._table.sort_column) is not None and (
            sort_column < len(self.columns)
        ):
            order = "library.descending" if self._table.sort_reverse else "library.ascending"
            column = self.columns[sort_column].title()
            status += " · " + t("library.sorted_by", column=column, order=t(order))
        if self._marked:
            status += " · " + t("library.marked", n=len(self._marked))
        if self._checks_shown and self._checks:
            missing = sum(1 for checked in self._checks.values() if checked.check.missing)
            status += " · " + t("library.checks_summary", failing=missing)
            if self.only_failing:
                status += " · " + t("checks.only_failing")
        if self._query is not None:
            matching = sum(1 for count in self._hits.values() if count)
            found = t("library.matching", n=matching)
            status += " · " + found
            self.filter_pane.show_summary(found, nothing_found=not matching)
        elif self.filter_pane.is_mounted:  # an empty library has no filter
            self.filter_pane.show_summary("")
        self.query_one("#library-status", Static).update(status)

    # Actions --------------------------------------------------------------------------------

    def on_library_table_sorted(self, _event: LibraryTable.Sorted) -> None:
        self._sort()

    def action_switch_view(self) -> None:
        """One row per office, or one per report."""
        self._view = "reports" if self._view == "offices" else "offices"
        self._rebuild()
        self._update_status()

    def action_expand(self, expand: bool) -> None:
        """Expand the office under the cursor to its reports (or fold it; on a report, fold
        its office)."""
        key = self._cursor_key()
        if key is None or not self.office_view:
            return
        if key.startswith("r:"):
            group = self._group_of(int(key[2:]))
            if expand or group is None:
                return
            key = f"o:{group.key}"
        office = key[2:]
        if expand:
            self._expanded.add(office)
        else:
            self._expanded.discard(office)
        self._rebuild()
        self._move_to(key)

    def _group_of(self, number: int) -> OfficeGroup | None:
        return next((group for group in self._groups if number in group.entries), None)

    def action_checks(self) -> None:
        """The review checks of the reports listed: those the filter finds, while one is in
        force (and only those missing a part, when so asked)."""
        from tui.screens.checks import CheckScreen

        listed = [number for number in self._order if self._listed(number)
                  and (self._query is None or self._hits.get(self.entries[number].path))]
        query = self._query.source if self._query is not None else ""
        self.app.push_screen(CheckScreen([self.entries[number].path for number in listed],
                                         max_bytes=self._max_bytes, query=query))

    # Review checks as columns ------------------------------------------------------------------

    def _listed(self, number: int) -> bool:
        """Whether a report is a row of the reports view (all, or those missing a part)."""
        if not (self.only_failing and self._checks_shown):
            return True
        checked = self._checks.get(self.entries[number].path)
        return checked is not None and bool(checked.check.missing)

    def action_check_columns(self) -> None:
        """Show (or hide) the review checks as columns: ✓/✗ per required part, the deadline,
        reuse of last year. Computed once, in a worker, with the reuse the index keeps."""
        if not self._indexed:
            return
        table = self._table
        sorted_by = (self.columns[table.sort_column].key
                     if table.sort_column is not None and table.sort_column < len(self.columns)
                     else None)
        self._checks_shown = not self._checks_shown
        if self._checks_shown:
            self._view = "reports"
            if not self._checks:
                self._run_checks()
        # Columns come and go: keep sorting by the same one where it is still shown.
        keys = [column.key for column in self.columns]
        table.sort_by(keys.index(sorted_by) if sorted_by in keys else None,
                      table.sort_reverse)
        self.refresh_bindings()
        self._sort()

    def action_only_failing(self) -> None:
        """Only the reports missing a required part (只看缺项), or all again."""
        if self._checks_shown:
            self.only_failing = not self.only_failing
            self._rebuild()
            self._update_status()

    @work(thread=True, exclusive=True, group="library-checks")
    def _run_checks(self) -> None:
        from tui.screens.checks import check_paths

        def progress(_phase: str, done: int, total: int) -> None:
            if done % 10 == 0 or done == total:
                self.post_message(self._Progress(done, total, "library.checking"))

        paths = [entry.path for entry in self.entries if entry.report is not None]
        if len(paths) > IN_PROCESS_MAX and self.index is not None \
                and self.index.folder == cache_dir():
            # Reuse takes ~0.1 s a pair: ``gongwen check`` compares the pairs the index lacks
            # in its worker processes and keeps them there; what follows finds them all.
            self._apart("check", paths, "library.checking")
        rows, parts, _unreadable = check_paths(paths, self._max_bytes, progress)
        if not get_current_worker().is_cancelled:
            self.post_message(self._Checked(rows, parts))

    @on(_Checked)
    def _show_checked(self, message: _Checked) -> None:
        from tui.screens.checks import columns as check_columns

        self.query_one("#library-progress", Static).set_class(False, "-busy")
        self._checks = {row.path: row for row in message.rows}

        def cell(column: CheckColumn, report: IndexedReport) -> str:
            checked = self._checks.get(report.path)
            value = column.cell(checked) if checked is not None else ""
            return value.plain if isinstance(value, Text) else value

        def sort_key(column: CheckColumn, report: IndexedReport) -> Any:
            checked = self._checks.get(report.path)
            return column.sort_key(checked) if checked is not None else None

        self._check_columns = tuple(
            LibraryColumn(column.key, "", cell=partial(cell, column),
                          sort_key=partial(sort_key, column), width=2, justify="center",
                          heading=column.label)
            for column in check_columns([part for part in message.parts if not part.optional])
            if column.key.startswith("part:") or column.key in ("deadline", "reuse")
        )
        self.refresh_bindings()
        self._rebuild()
        self._update_status()

    def action_open(self) -> None:
        key = self._cursor_key()
        if key is None:
            return
        if key.startswith("o:"):
            self.action_expand(key[2:] not in self._expanded)
            return
        self._open(int(key[2:]))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()  # sorting is the table's; a header of the office view does nothing

    def _open(self, number: int) -> None:
        entry = self.entries[number]
        if entry.error is not None:
            self.notify(t("library.unreadable", error=entry.error), severity="error")
            return
        query = self._query.source if self._query is not None else ""
        self.post_message(self.OpenReport(entry.path, None, query))

    def action_mark(self) -> None:
        """Mark the report under the cursor for ``D`` (or unmark it); two at most, the older
        mark goes."""
        number = self._cursor_entry()
        if number is None or self.entries[number].report is None:
            return
        if number in self._marked:
            self._marked.remove(number)
        else:
            self._marked = [*self._marked[-1:], number]
        self.refresh_bindings()
        self._rebuild()
        self._update_status()
        self._table.action_cursor_down()

    def action_compare_marked(self) -> None:
        """Compare the two marked reports, the earlier year first."""
        if len(self._marked) != 2:
            self.notify(t("library.mark_two"), severity="warning")
            return
        self._compare(*self._marked)

    def _compare(self, first: int, second: int) -> None:
        def when(number: int) -> tuple[int, str]:
            report = self.entries[number].report
            return (report.year or 0) if report else 0, str(self.entries[number].path)

        older, newer = sorted((first, second), key=when)
        self.post_message(self.CompareReports(self.entries[older].path, self.entries[newer].path))

    def previous_year(self, number: int) -> int | None:
        """The same office's report of the latest year before this one's, or None."""
        report = self.entries[number].report
        group = self._group_of(number)
        if report is None or report.year is None or group is None or group.key == NO_OFFICE:
            return None
        earlier = [
            other for other in group.entries
            if (r := self.entries[other].report) is not None and r.year is not None
            and r.year < report.year
        ]
        return earlier[-1] if earlier else None

    def previous_year_of(self, path: Path) -> Path | None:
        """The path of the same office's report of the year before ``path``'s, or None."""
        number = next((n for n, entry in enumerate(self.entries) if entry.path == path), None)
        previous = None if number is None else self.previous_year(number)
        return None if previous is None else self.entries[previous].path

    def action_previous_year(self) -> None:
        """Go to the same office's previous year."""
        number = self._cursor_entry()
        previous = None if number is None else self.previous_year(number)
        if previous is None:
            self.notify(t("library.no_previous_year"), severity="warning")
            return
        if self.office_view:
            group = self._group_of(previous)
            if group is not None and group.key not in self._expanded:
                self._expanded.add(group.key)
                self._rebuild()
        self._move_to(f"r:{previous}")

    def action_compare_previous(self) -> None:
        """Compare the report under the cursor with the same office's previous year."""
        number = self._cursor_entry()
        previous = None if number is None else self.previous_year(number)
        if number is None or previous is None:
            self.notify(t("library.no_previous_year"), severity="warning")
            return
        self._compare(previous, number)

    def action_trend(self) -> None:
        """Count the filter's query (or one to type) across the library, by year and office."""
        if not self._indexed:
            return
        from tui.screens.trend import TrendScreen

        if self.index is None:
            return
        reports = [entry.report for entry in self.entries if entry.report is not None]
        query = self._query.source if self._query is not None else ""
        self.app.push_screen(TrendScreen(self.index, self._index_lock, reports, query=query))

    def palette_actions(self) -> list[tuple[str, Callable[[], object]]]:
        """The library's actions for the command palette, as ``(command key, callback)``:
        those that can do something now."""
        report = self._cursor_entry() is not None if self.entries else False
        actions: list[tuple[str, Callable[[], object], bool]] = [
            ("filter", self.action_filter, bool(self.entries)),
            ("clear_filter", self.action_clear_filter, self.filter_pane.is_open),
            ("library_view", self.action_switch_view, bool(self.entries)),
            ("mark_report", self.action_mark, report),
            ("compare_marked", self.action_compare_marked, len(self._marked) == 2),
            ("previous_year", self.action_previous_year, report),
            ("compare_previous", self.action_compare_previous, report),
            ("trend", self.action_trend, self._indexed),
            ("checks", self.action_checks, bool(self.entries)),
            ("check_columns", self.action_check_columns, self._indexed),
            ("only_failing", self.action_only_failing, self._checks_shown),
        ]
        return [(key, callback) for key, callback, available in actions if available]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Sorting and opening mean nothing in an empty library: hide them from the footer.
        if not self.entries:
            return action not in (
                "open", "filter",
                "clear_filter", "switch_view", "mark", "compare_marked", "previous_year",
                "compare_previous", "trend", "expand", "checks", "check_columns",
                "only_failing",
            )
        typing = self.filter_pane.typing
        if typing and action not in ("clear_filter",):
            # While a query is typed, keys are the query line's.
            return action not in ("open", "filter", "mark", "switch_view", "trend",
                                  "previous_year", "compare_previous", "compare_marked",
                                  "check_columns", "only_failing")
        if action == "clear_filter":
            return self.filter_pane.is_open
        if action == "expand":
            return self.office_view
        if action == "compare_marked":
            return len(self._marked) == 2 or None
        if action in ("trend", "check_columns"):
            return self._indexed or None
        if action == "only_failing":
            return self._checks_shown or None
        return True

    # Filtering ------------------------------------------------------------------------------

    def action_filter(self) -> None:
        """Open the filter's query line (and read the texts to search while it is typed)."""
        self.filter_pane.open()
        self.refresh_bindings()
        self._read_texts()

    @work(thread=True, exclusive=True, group="library-texts")
    def _read_texts(self) -> None:
        if self.index is None:
            return
        contents = [entry.report.content for entry in self.entries
                    if entry.report is not None and entry.report.content is not None]
        with self._index_lock:
            self.index.load_texts(contents, as_text=True)

    @property
    def filter_active(self) -> bool:
        """Whether a query ranks the reports."""
        return self._query is not None

    def _show_filter_results(self) -> None:
        table = self._filtered_widget()
        table.move_cursor(row=0)
        table.focus()

    def _filtered_widget(self) -> LibraryTable:
        return self._table

    def _run_filter(self, text: str) -> None:
        """Count ``text`` (blank: no filter) in every report, in a worker; the rows rank by
        their hits when the counts come."""
        query = parse_query(text)
        if query.is_empty:
            if self._query is not None:
                self._query, self._hits = None, {}
                if self._table.sort_column == self._hits_index:
                    self._table.sort_by(*self._sort_before_filter)
                    if self._table.sort_column is None:
                        self._order = self._office_order()
                self._sort()
            return
        if self._query is not None and str(query) == str(self._query):
            self._query = query
            return
        if self._query is None:
            self._sort_before_filter = (self._table.sort_column, self._table.sort_reverse)
            self._table.sort_by(self._hits_index, reverse=True)
        self._query = query
        self._count(query)

    @work(thread=True, exclusive=True, group="library-filter")
    def _count(self, query: Query) -> None:
        """Every report's hits of ``query`` (exactly the reader's), from the index's texts."""
        worker = get_current_worker()
        if self.index is None:
            return
        contents = {entry.report.content for entry in self.entries
                    if entry.report is not None and entry.report.content is not None}
        with self._index_lock:
            if worker.is_cancelled:
                return
            counts = self.index.counts(query, contents) if query.required else {}
        hits = {
            entry.path: counts.get(entry.report.content or 0, 0)
            for entry in self.entries if entry.report is not None
        }
        if not worker.is_cancelled:
            self.post_message(self._Counted(query, hits))

    @on(_Counted)
    def _show_counted(self, message: _Counted) -> None:
        if self._query is None or str(message.query) != str(self._query):
            return
        self._hits = message.hits
        self._sort()
        self._table.move_cursor(row=0, animate=False)
