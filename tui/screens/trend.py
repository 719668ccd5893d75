"""The trend view: how often a query comes up across the library, by year or by office, as a
chart of bars (hits per 10,000 characters, so that long and short years compare); choosing a
bar lists the reports of that year or office that have hits, and Enter opens one with the
query as its filter.

The bars are plain block characters, the numbers beside them, so the chart reads the same in
16 colours and without colour. Counting runs in a worker against the library's index: exactly
the hits the reader's filter and ``gongwen grep`` find.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from parser.index import IndexedReport, ReportIndex
from parser.query import parse_query
from parser.trend import Group, ReportCount, group
from tui.strings import localise_bindings, t
from tui.widgets.key_hints import KeyHints

BAR = "█"


NUMBER_KEYS = ("library.column.reports", "library.column.hits", "trend.per_10k")
NUMBER_CELLS = (5, 6, 7)
"""The columns of figures beside each bar, and the fewest cells each takes."""


def _right(text: str, cells: int) -> str:
    return " " * max(0, cells - cell_len(text)) + text


def _left(text: str, cells: int) -> str:
    return text + " " * max(0, cells - cell_len(text))


def column_cells(labels: list[str], by: str) -> tuple[int, ...]:
    """Cells for the label column and each column of figures: wide enough for their headers
    in the interface's language."""
    group_name = t("library.column.year" if by == "year" else "library.column.organisation")
    first = max([cell_len(group_name), *map(cell_len, labels)])
    return (first, *(max(least, cell_len(t(key)))
                     for key, least in zip(NUMBER_KEYS, NUMBER_CELLS, strict=True)))


def header_line(cells: tuple[int, ...], by: str) -> str:
    """The names of the chart's columns, aligned over ``bar_line``'s."""
    group_name = t("library.column.year" if by == "year" else "library.column.organisation")
    names = [_right(t(key), width) for key, width in zip(NUMBER_KEYS, cells[1:], strict=True)]
    return " ".join([_left(group_name, cells[0]), *names])


def bar_line(
    label: str, cells: tuple[int, ...], entry: Group, top: float, bar_cells: int
) -> Text:
    """One bar of the chart: the label, the figures, and a bar scaled to ``top``."""
    filled = round(bar_cells * entry.per_10k / top) if top else 0
    if entry.hits and not filled:
        filled = 1  # a hit is never drawn as none
    figures = (str(entry.reports), str(entry.hits), f"{entry.per_10k:.2f}")
    numbers = [_right(value, width) for value, width in zip(figures, cells[1:], strict=True)]
    line = Text(" ".join([_left(label, cells[0]), *numbers]) + " ")
    line.append(BAR * filled, style="bold")
    return line


class TrendScreen(Screen[None]):
    """Counts of a query across a library's reports, by year or by office. Posts
    ``OpenReport`` when the user picks one of a bar's reports."""

    DEFAULT_CSS = """
    TrendScreen {
        layout: vertical;
        #trend-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
        #trend-query { height: 1; border: none; padding: 0 1; background: $panel; }
        #trend-summary { height: 1; padding: 0 1; color: $text-muted; }
        #trend-header { height: 1; padding: 0 1; text-style: bold; }
        #trend-bars { height: 1fr; border: none; }
        #trend-hits-title { height: 1; padding: 0 1; background: $panel; display: none; }
        #trend-hits { height: 40%; display: none; }
        &.-hits #trend-hits, &.-hits #trend-hits-title { display: block; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "switch_by", "key.trend_by"),
        Binding("slash", "focus_query", "key.trend_query", key_display="/"),
        Binding("escape", "back", "key.back", key_display="Esc"),
        Binding("q", "app.quit", "key.quit"),
    ]

    class OpenReport(Message):
        """The user chose a report of a bar; ``query`` is the query counted."""

        def __init__(self, path: Path, query: str) -> None:
            super().__init__()
            self.path = path
            self.query = query

    class _Counted(Message):
        def __init__(self, query: str, counts: list[ReportCount]) -> None:
            super().__init__()
            self.query = query
            self.counts = counts

    def __init__(
        self, index: ReportIndex, lock: threading.Lock, reports: list[IndexedReport],
        *, query: str = "",
    ) -> None:
        super().__init__()
        localise_bindings(self._bindings)
        self.index = index
        self._lock = lock
        self.reports = reports
        self.query_text = query
        self.by = "year"
        self.counts: list[ReportCount] = []
        self.groups: list[Group] = []

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="trend-title")
        yield Input(self.query_text, placeholder=t("trend.placeholder"), id="trend-query")
        yield Static(id="trend-summary")
        yield Static(id="trend-header")
        yield OptionList(id="trend-bars")
        yield Static(id="trend-hits-title")
        yield DataTable(id="trend-hits", cursor_type="row", zebra_stripes=True)
        yield KeyHints()

    def _title(self) -> str:
        by = t("trend.by_year" if self.by == "year" else "trend.by_office")
        name = t("trend.title", query=self.query_text) if self.query_text else t(
            "trend.untitled")
        return f"{name} · {by}"

    def on_mount(self) -> None:
        table = self.query_one("#trend-hits", DataTable)
        for key in ("organisation", "year", "hits", "title"):
            label = t(f"library.column.{key}")
            table.add_column(label, key=key)
        if self.query_text:
            self._count(self.query_text)
            self.query_one("#trend-bars").focus()
        else:
            self.query_one("#trend-query").focus()

    def on_resize(self) -> None:
        self._draw()

    @on(Input.Submitted, "#trend-query")
    def _query_submitted(self, event: Input.Submitted) -> None:
        query = parse_query(event.value)
        if query.is_empty or not query.required:
            return
        self.query_text = event.value
        self.query_one("#trend-title", Static).update(self._title())
        self._count(event.value)
        self.query_one("#trend-bars").focus()

    @work(thread=True, exclusive=True, group="trend-count")
    def _count(self, query_text: str) -> None:
        worker = get_current_worker()
        contents = {report.content for report in self.reports if report.content is not None}
        with self._lock:
            hits = self.index.counts(parse_query(query_text), contents)
        counts = [
            ReportCount(str(r.path), r.office, r.year, hits.get(r.content or 0, 0), r.chars)
            for r in self.reports
        ]
        if not worker.is_cancelled:
            self.post_message(self._Counted(query_text, counts))

    @on(_Counted)
    def _counted(self, message: _Counted) -> None:
        if message.query != self.query_text:
            return
        self.counts = message.counts
        total = sum(count.hits for count in self.counts)
        with_hits = sum(1 for count in self.counts if count.hits)
        self.query_one("#trend-summary", Static).update(
            t("trend.summary", hits=total, with_hits=with_hits, reports=len(self.counts))
        )
        self._draw()

    def _label(self, entry: Group) -> str:
        return t("trend.unknown") if entry.key is None else str(entry.key)

    def _draw(self) -> None:
        """The bars, sized to the screen."""
        if not self.counts:
            return
        self.groups = group(self.counts, self.by)
        bars = self.query_one("#trend-bars", OptionList)
        highlighted = bars.highlighted
        labels = [self._label(entry) for entry in self.groups]
        cells = column_cells(labels, self.by)
        room = max(4, self.size.width - sum(cells) - len(cells) - 4)
        top = max((entry.per_10k for entry in self.groups), default=0.0)
        self.query_one("#trend-header", Static).update(header_line(cells, self.by))
        bars.clear_options()
        bars.add_options(
            Option(bar_line(label, cells, entry, top, room), id=str(number))
            for number, (label, entry) in enumerate(zip(labels, self.groups, strict=True))
        )
        bars.highlighted = (
            highlighted if highlighted is not None and highlighted < len(self.groups) else 0
        )

    def action_switch_by(self) -> None:
        """Bars by year, or by office."""
        self.by = "office" if self.by == "year" else "year"
        self.query_one("#trend-title", Static).update(self._title())
        self.remove_class("-hits")
        self._draw()

    def action_focus_query(self) -> None:
        self.query_one("#trend-query").focus()

    def action_back(self) -> None:
        if self.has_class("-hits") and self.query_one("#trend-hits").has_focus:
            self.remove_class("-hits")
            self.query_one("#trend-bars").focus()
            return
        self.app.pop_screen()

    @on(OptionList.OptionSelected, "#trend-bars")
    def _bar_chosen(self, event: OptionList.OptionSelected) -> None:
        """List the reports of the chosen year or office that have hits, most first."""
        entry = self.groups[int(event.option.id or 0)]
        chosen = sorted(
            (count for count in self.counts
             if (count.year if self.by == "year" else count.org) == entry.key and count.hits),
            key=lambda count: (-count.hits, count.path),
        )
        titles = {str(report.path): report.title or report.path.name for report in self.reports}
        table = self.query_one("#trend-hits", DataTable)
        table.clear()
        for count in chosen:
            table.add_row(count.org or "—", str(count.year or "—"), str(count.hits),
                          titles.get(count.path, count.path), key=count.path)
        label = self._label(entry)
        self.query_one("#trend-hits-title", Static).update(
            t("trend.hits_in", label=label, n=len(chosen)) if chosen else t("trend.nothing")
        )
        self.add_class("-hits")
        if chosen:
            table.focus()

    @on(DataTable.RowSelected, "#trend-hits")
    def _report_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.OpenReport(Path(str(event.row_key.value)), self.query_text))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.query_one("#trend-query").has_focus:
            return action in ("back",)
        return True

