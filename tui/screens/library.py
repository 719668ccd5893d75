"""The library: one row per report (organisation, year, title, size, sections), sortable;
Enter opens the report under the cursor. ``/`` filters: every report is searched as the query
is typed, a column gives each one's hits and the rows rank by it; a report opened then opens
with the filter applied.

Reports are parsed in a worker thread so the screen paints at once: each row says "loading…"
until its report is read, and a file that cannot be read shows why instead of its title. The
columns are data (``COLUMNS``), so another column — a filter's hit count — is one more entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Footer, Static
from textual.worker import get_current_worker

from parser import DEFAULT_MAX_BYTES, Document, LoadError, load
from parser.query import Query, parse_query
from parser.search import search
from tui.screens.filtering import FilteringScreen
from tui.strings import localise_bindings, t
from tui.widgets.filter_pane import FilterPane


@dataclass
class ReportEntry:
    """A row's report: its path, then, once the worker has read it, its document or error."""

    path: Path
    document: Document | None = None
    error: str | None = None

    @property
    def loading(self) -> bool:
        return self.document is None and self.error is None


@dataclass(frozen=True)
class CellStyles:
    """Rich styles for the cells, taken from the screen's component classes (so the theme)."""

    muted: Style
    error: Style


@dataclass(frozen=True)
class LibraryColumn:
    """One column: how to draw a loaded report's cell and how to sort by it.

    Fixed columns get ``width`` cells; ``flex`` columns share what is left in proportion to
    ``flex``, never narrower than ``width``.
    """

    key: str
    label: str
    """Catalogue key of the header label."""
    cell: Callable[[Document, Path], str]
    sort_key: Callable[[Document, Path], Any]
    """The value to sort by; None (unknown) sorts after every known value, either way."""
    width: int
    flex: int = 0
    keep_end: bool = False
    """Truncate from the start: ``…朝阳区垡头街道`` says more than ``北京市朝阳区…``."""
    justify: str = "left"


def _heading_count(document: Document) -> int:
    return sum(1 for node in document.nodes if node.kind == "heading")


def _title(document: Document, path: Path) -> str:
    return document.meta.title or path.name


COLUMNS: tuple[LibraryColumn, ...] = (
    LibraryColumn(
        "organisation", "library.column.organisation",
        cell=lambda document, _: document.meta.org or "—",
        sort_key=lambda document, _: document.meta.org,
        width=8, flex=1, keep_end=True,
    ),
    LibraryColumn(
        "year", "library.column.year",
        cell=lambda document, _: str(document.meta.year or "—"),
        sort_key=lambda document, _: document.meta.year,
        width=4,
    ),
    LibraryColumn(
        "title", "library.column.title",
        cell=_title,
        sort_key=_title,
        width=10, flex=2,
    ),
    LibraryColumn(
        "size", "library.column.size",
        cell=lambda document, _: f"{len(document.text):,}",
        sort_key=lambda document, _: len(document.text),
        width=7, justify="right",
    ),
    LibraryColumn(
        "headings", "library.column.headings",
        cell=lambda document, _: str(_heading_count(document)),
        sort_key=lambda document, _: _heading_count(document),
        width=4, justify="right",
    ),
)
MESSAGE_COLUMN = "title"
"""The column where a row that is loading or unreadable says so."""


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
    short names leaves the room to the titles.
    """
    # A header needs room for its label and the sort arrow.
    widths = [max(column.width, cell_len(t(column.label)) + 1) for column in columns]
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
    return widths


class LibraryScreen(FilteringScreen):
    """The list of reports to open. Post ``OpenReport`` when the user picks one."""

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

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the table would take Enter itself, and hide the hint from the footer.
        Binding("enter", "open", "key.open", priority=True),
        Binding("slash", "filter", "key.filter", key_display="/"),
        Binding("escape", "clear_filter", "key.clear_filter", key_display="Esc"),
        Binding("s", "cycle_sort", "key.sort"),
        Binding("r", "reverse_sort", "key.reverse_sort"),
        Binding("c", "checks", "key.checks"),
        *(
            # One more than COLUMNS: the hits column, while filtering.
            Binding(str(number), f"sort_by({number - 1})", "key.sort_column", show=False)
            for number in range(1, len(COLUMNS) + 2)
        ),
        Binding("j,down", "cursor('down')", "key.down", show=False),
        Binding("k,up", "cursor('up')", "key.up", show=False),
        Binding("g", "cursor('top')", "key.top", show=False),
        Binding("G", "cursor('bottom')", "key.bottom", show=False),
        Binding("q", "app.quit", "key.quit"),
    ]

    class OpenReport(Message):
        """The user chose a report. ``document`` is set when the library has parsed it
        already, so the reader need not parse it again; ``query`` is the filter in force."""

        def __init__(
            self, path: Path, document: Document | None = None, query: str = ""
        ) -> None:
            super().__init__()
            self.path = path
            self.document = document
            self.query = query

    class _Loaded(Message):
        """Posted by the loading thread; the entry itself is only changed on the UI thread."""

        def __init__(self, index: int, document: Document | None, error: str | None) -> None:
            super().__init__()
            self.index = index
            self.document = document
            self.error = error

    def __init__(self, paths: list[Path], *, max_bytes: int | None = None) -> None:
        super().__init__()
        localise_bindings(self._bindings)
        self.entries = [ReportEntry(path) for path in paths]
        self._max_bytes = max_bytes
        self._order = list(range(len(self.entries)))
        self._sort_column: int | None = None
        self._sort_reverse = False
        self._query: Query | None = None
        self._hits: dict[Path, int] = {}
        self._sort_before_filter: tuple[int | None, bool] = (None, False)
        self._hits_column = LibraryColumn(
            "hits", "library.column.hits",
            cell=lambda _, path: str(self._hits.get(path, "")),
            sort_key=lambda _, path: self._hits.get(path),
            width=4, justify="right",
        )
        self.filter_pane = FilterPane(id="library-filter")

    @property
    def columns(self) -> tuple[LibraryColumn, ...]:
        """The columns shown: ``COLUMNS``, and the hit counts while a filter is in force."""
        return COLUMNS if self._query is None else (*COLUMNS, self._hits_column)

    def compose(self) -> ComposeResult:
        yield Static(t("library.title"), id="library-title")
        if self.entries:
            yield self.filter_pane
            yield DataTable(cursor_type="row", zebra_stripes=True)
        else:
            yield Static(t("library.empty"), id="library-empty")
        yield Static(id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        self._update_status()
        if self.entries:
            self.app.theme_changed_signal.subscribe(self, lambda _theme: self._rebuild())
            self._load_reports()

    def on_resize(self, event: events.Resize) -> None:
        if self.entries:
            self._rebuild(event.size.width)

    @work(thread=True, exclusive=True, group="library-load")
    def _load_reports(self) -> None:
        """Parse each report off the UI thread; one bad file never stops the others."""
        worker = get_current_worker()
        max_bytes = self._max_bytes or DEFAULT_MAX_BYTES
        for index, entry in enumerate(self.entries):
            if worker.is_cancelled:
                return
            document, error = None, None
            try:
                document = load(entry.path, max_bytes=max_bytes)
            except LoadError as load_error:
                error = str(load_error)
            except OSError as os_error:
                error = os_error.strerror or str(os_error)
            except Exception as bug:  # noqa: BLE001 - a parser bug on one file: list the rest
                error = f"{type(bug).__name__}: {bug}"
            self.post_message(self._Loaded(index, document, error))

    @on(_Loaded)
    def _show_loaded(self, message: _Loaded) -> None:
        entry = self.entries[message.index]
        entry.document, entry.error = message.document, message.error
        if self._query is not None and entry.document is not None:
            self._hits[entry.path] = len(search(entry.document, self._query).hits)
            self._update_status()
        table = self.query_one(DataTable)
        cells = self._cells(entry)
        for column, cell in zip(self.columns, cells):
            table.update_cell(str(message.index), column.key, cell)
        if not any(entry.loading for entry in self.entries):
            # Every width is known now: fit the columns to their content, once.
            if self._sort_column is None:
                self._rebuild()
            else:
                self._sort()

    def _cell_styles(self) -> CellStyles:
        def foreground(name: str) -> Style:
            # The full style has the colour blended over the background (``$text-muted`` is
            # translucent); the cell keeps only the colour so zebra and cursor still show.
            style = self.get_component_rich_style(name)
            return Style(color=style.color, italic=style.italic)

        return CellStyles(muted=foreground("library--muted"), error=foreground("library--error"))

    def _cells(self, entry: ReportEntry, styles: CellStyles | None = None) -> list[Any]:
        styles = styles or self._cell_styles()
        cells: list[Any] = []
        for column in self.columns:
            if entry.document is not None:
                text = Text(column.cell(entry.document, entry.path), justify=column.justify)
                if column.key == "title" and not entry.document.meta.title:
                    text.stylize(styles.muted)
            elif column.key != MESSAGE_COLUMN:
                text = Text("")
            elif entry.error is not None:
                text = Text(t("library.unreadable", error=entry.error), style=styles.error)
            else:
                text = Text(t("library.loading"), style=styles.muted)
            text.no_wrap, text.overflow = True, "ellipsis"
            cells.append(KeepEnd(text) if column.keep_end else text)
        return cells

    def _header(self, index: int) -> Text:
        column = self.columns[index]
        label = Text(t(column.label), justify=column.justify)
        if index == self._sort_column:
            label.append("▼" if self._sort_reverse else "▲")
        return label

    def _rebuild(self, width: int | None = None) -> None:
        """Redraw the whole table: columns sized to ``width`` (default: the screen's), rows in
        the sort order."""
        table = self.query_one(DataTable)
        available = (width or self.size.width) - table.styles.scrollbar_size_vertical
        if available <= 0:
            return
        columns = self.columns
        widths = column_widths(columns, available, table.cell_padding, self._content_widths())
        cursor_key = self._cursor_key()
        styles = self._cell_styles()
        table.clear(columns=True)
        for index, (column, column_width) in enumerate(zip(columns, widths)):
            table.add_column(self._header(index), width=column_width, key=column.key)
        for index in self._order:
            table.add_row(*self._cells(self.entries[index], styles), key=str(index))
        if cursor_key is not None:
            table.move_cursor(row=table.get_row_index(cursor_key), animate=False)

    def _content_widths(self) -> list[int | None] | None:
        """Each column's widest cell once every report is read (None while some load)."""
        if any(entry.loading for entry in self.entries):
            return None
        documents = [(e.document, e.path) for e in self.entries if e.document is not None]
        errors = [t("library.unreadable", error=e.error) for e in self.entries if e.error]
        widths: list[int | None] = []
        for column in self.columns:
            cells = [column.cell(document, path) for document, path in documents]
            if column.key == MESSAGE_COLUMN:
                cells += errors
            widths.append(max(map(cell_len, [t(column.label), *cells])) + 1)
        return widths

    def _cursor_key(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _sort(self) -> None:
        if self._sort_column is None:
            return
        column = self.columns[self._sort_column]
        values: dict[int, Any] = {}
        for index in self._order:
            entry = self.entries[index]
            if entry.document is not None:
                values[index] = column.sort_key(entry.document, entry.path)
        known = sorted(
            (index for index in self._order if values.get(index) is not None),
            key=values.__getitem__,
            reverse=self._sort_reverse,
        )
        # Unknown values, unread and unreadable reports follow, in their current order.
        self._order = known + [index for index in self._order if values.get(index) is None]
        self._rebuild()
        self._update_status()

    def _update_status(self) -> None:
        status = t("library.count", n=len(self.entries))
        if self._sort_column is not None:
            order = "library.descending" if self._sort_reverse else "library.ascending"
            column = t(self.columns[self._sort_column].label)
            status += " · " + t("library.sorted_by", column=column, order=t(order))
        if self._query is not None:
            matching = sum(1 for count in self._hits.values() if count)
            found = t("library.matching", n=matching)
            status += " · " + found
            self.filter_pane.show_summary(found, nothing_found=not matching)
        elif self.filter_pane.is_mounted:  # an empty library has no filter
            self.filter_pane.show_summary("")
        self.query_one("#library-status", Static).update(status)

    def action_sort_by(self, column: int) -> None:
        """Sort by ``column``; asked again for the same column, reverse the order."""
        if column == self._sort_column:
            self._sort_reverse = not self._sort_reverse
        else:
            self._sort_column, self._sort_reverse = column, False
        self._sort()

    def action_cycle_sort(self) -> None:
        """Sort by the next column (the first after none)."""
        current = -1 if self._sort_column is None else self._sort_column
        self._sort_column, self._sort_reverse = (current + 1) % len(self.columns), False
        self._sort()

    def action_reverse_sort(self) -> None:
        if self._sort_column is None:
            self._sort_column = 0
        self._sort_reverse = not self._sort_reverse
        self._sort()

    def action_cursor(self, where: str) -> None:
        table = self.query_one(DataTable)
        if where == "down":
            table.action_cursor_down()
        elif where == "up":
            table.action_cursor_up()
        elif where == "top":
            table.move_cursor(row=0)
        else:
            table.move_cursor(row=table.row_count - 1)

    def action_checks(self) -> None:
        """The review checks of every report listed."""
        from tui.screens.checks import CheckScreen

        self.app.push_screen(CheckScreen([entry.path for entry in self.entries],
                                         max_bytes=self._max_bytes))

    def action_open(self) -> None:
        key = self._cursor_key()
        if key is not None:
            self._open(self.entries[int(key)])

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(self.entries[int(event.row_key.value or 0)])

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.action_sort_by(event.column_index)

    def _open(self, entry: ReportEntry) -> None:
        if entry.error is not None:
            self.notify(t("library.unreadable", error=entry.error), severity="error")
            return
        query = self._query.source if self._query is not None else ""
        self.post_message(self.OpenReport(entry.path, entry.document, query))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Sorting and opening mean nothing in an empty library: hide them from the footer.
        if not self.entries:
            return action not in (
                "open", "cycle_sort", "reverse_sort", "sort_by", "cursor", "filter",
                "clear_filter", "checks",
            )
        typing = self.filter_pane.input.has_focus
        if action in ("open", "filter"):
            # While a query is typed, Enter is the query line's and ``/`` a character.
            return not typing
        if action == "clear_filter":
            return self.filter_pane.is_open
        if action == "sort_by":
            column = parameters[0]
            return isinstance(column, int) and column < len(self.columns)
        return True

    # Filtering ------------------------------------------------------------------------------

    def action_filter(self) -> None:
        """Open the filter's query line."""
        self.filter_pane.open()
        self.refresh_bindings()

    @property
    def filter_active(self) -> bool:
        """Whether a query ranks the reports."""
        return self._query is not None

    def _show_filter_results(self) -> None:
        table = self._filtered_widget()
        table.move_cursor(row=0)
        table.focus()

    def _filtered_widget(self) -> DataTable[Any]:
        return self.query_one(DataTable)

    def _run_filter(self, text: str) -> None:
        """Search every report read so far for ``text`` (blank: no filter) and rank the rows
        by their hits."""
        query = parse_query(text)
        if query.is_empty:
            if self._query is not None:
                self._query, self._hits = None, {}
                if self._sort_column == len(COLUMNS):
                    self._sort_column, self._sort_reverse = self._sort_before_filter
                    if self._sort_column is None:
                        self._order = list(range(len(self.entries)))
                if self._sort_column is None:
                    self._rebuild()
                    self._update_status()
                else:
                    self._sort()
            return
        unchanged = self._query is not None and str(query) == str(self._query)
        if self._query is None:
            self._sort_before_filter = (self._sort_column, self._sort_reverse)
            self._sort_column, self._sort_reverse = len(COLUMNS), True
        self._query = query
        if unchanged:
            return
        self._hits = {
            entry.path: len(search(entry.document, query).hits)
            for entry in self.entries
            if entry.document is not None
        }
        self._sort()
