"""The review checks of a library, as a reviewer reads them: one row per report, one column per
required part (✓ found, ✗ missing), the publication deadline, reuse of last year's text, the
nearest report of another office and numbering slips. ``f`` keeps only the reports that fail a
check; Enter on a part opens the report where the part stands (on ✗, at the top); ``m`` shows
how alike the reports of one year are, and Enter there compares two of them.

The checks run in a worker thread (reading every report, then ``parser.checks``), with
progress in the status line; the screen paints at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Static

from parser import DEFAULT_MAX_BYTES, Document, LoadError, load
from parser.checks import ReportCheck
from parser.collation import pinyin_key
from parser.rubric import Part, RubricError, bundled_rubrics, user_rubrics
from parser.similarity import similarity_matrix, term_counts
from tui.commands.check import COPY_LIMIT, REUSE_LIMIT, cached_checks
from tui.config import config_dir
from tui.output import terminal_text
from tui.strings import localise_bindings, t
from tui.widgets.key_hints import KeyHints


@dataclass(frozen=True)
class CheckedReport:
    """One row: a report, its checks and the checks it fails."""

    path: Path
    document: Document
    check: ReportCheck
    failed: tuple[str, ...]


@dataclass(frozen=True)
class CheckColumn:
    """A column of the table: its header, its cell and its sort key for a row."""

    key: str
    label: str
    cell: Callable[[CheckedReport], Text | str]
    sort_key: Callable[[CheckedReport], Any]


def _mark(ok: bool | None, style: str = "") -> Text:
    if ok is None:
        return Text("?", style="dim")
    return Text("✓") if ok else Text("✗", style=style or "bold")


def _part_cell(part_id: str) -> Callable[[CheckedReport], Text | str]:
    def cell(row: CheckedReport) -> Text | str:
        finding = next((f for f in row.check.parts if f.part.id == part_id), None)
        if finding is None:
            return ""
        if not finding.found and finding.part.optional:
            return Text("–", style="dim")
        return _mark(finding.found)
    return cell


def _part_found(part_id: str) -> Callable[[CheckedReport], Any]:
    return lambda row: next((f.found for f in row.check.parts if f.part.id == part_id), None)


def _deadline_cell(row: CheckedReport) -> Text | str:
    deadline = row.check.deadline
    if deadline is None or deadline.deadline is None:
        return ""  # the genre has no deadline
    return _mark(deadline.on_time)


def columns(parts: list[Part]) -> list[CheckColumn]:
    """The table's columns: office, year, one per rubric part, then the other checks."""
    fixed_front = [
        CheckColumn("org", t("checks.column.org"),
                    lambda r: r.document.meta.org or r.path.parent.name,
                    lambda r: pinyin_key(r.document.meta.org or r.path.parent.name)),
        CheckColumn("year", t("checks.column.year"),
                    lambda r: str(r.document.meta.year or "—"),
                    lambda r: r.document.meta.year),
    ]
    by_part = [CheckColumn(f"part:{p.id}", p.short, _part_cell(p.id), _part_found(p.id))
               for p in parts]
    fixed_back = [
        CheckColumn("deadline", t("checks.column.deadline"), _deadline_cell,
                    lambda r: r.check.deadline.on_time if r.check.deadline else None),
        CheckColumn("reuse", t("checks.column.reuse"),
                    lambda r: "" if r.check.reuse is None else Text(
                        f"{r.check.reuse:.0%}", style="bold" if "reuse" in r.failed else ""),
                    lambda r: r.check.reuse),
        CheckColumn("nearest", t("checks.column.nearest"),
                    lambda r: "" if r.check.nearest.index < 0 else Text(
                        f"{r.check.nearest.similarity:.2f}",
                        style="bold" if "copy" in r.failed else ""),
                    lambda r: r.check.nearest.similarity),
        CheckColumn("lint", t("checks.column.lint"),
                    lambda r: str(len(r.check.lint)) if r.check.lint else "",
                    lambda r: len(r.check.lint)),
    ]
    return fixed_front + by_part + fixed_back


def check_paths(
    paths: list[Path], max_bytes: int | None, progress: Callable[[str, int, int], None],
) -> tuple[list[CheckedReport], list[Part], int]:
    """Read and check the reports at ``paths`` (reuse from the index where it was computed
    before): the checked rows, the rubric parts met with (for the columns) and how many
    reports could not be read. ``progress(phase, done, total)`` names the phase by its
    catalogue key (``checks.reading``, ``checks.comparing``, ``checks.running``), each
    counting reports."""
    total = len(paths)
    documents: list[Document] = []
    kept: list[Path] = []
    errors = 0
    for done, path in enumerate(paths, 1):
        try:
            documents.append(load(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES))
            kept.append(path)
        except LoadError:
            errors += 1
        progress("checks.reading", done, total)
    mine, _warnings = user_rubrics(config_dir() / "rubrics")
    try:
        rubrics = mine + bundled_rubrics()
    except RubricError:  # a broken bundled rubric is a packaging bug; use the user's
        rubrics = mine
    reports = len(documents)

    def checking(done: int, total: int) -> None:
        # check_reports counts the comparisons with the year before first (one per report
        # that has one), then the reports themselves.
        compared = total - reports
        if done <= compared and compared:
            progress("checks.comparing", done, compared)
        else:
            progress("checks.running", done - compared, reports)

    checks = cached_checks(documents, kept, rubrics, progress=checking)
    rows = [
        CheckedReport(path, doc, check, check.failures(reuse_limit=REUSE_LIMIT,
                                                       copy_limit=COPY_LIMIT))
        for path, doc, check in zip(kept, documents, checks)
    ]
    parts: dict[str, Part] = {}
    for check in checks:
        if check.rubric is not None:
            for part in check.rubric.parts:
                parts.setdefault(part.id, part)
    return rows, list(parts.values()), errors


class CheckScreen(Screen[None]):
    """The checks of every report of a library."""

    DEFAULT_CSS = """
    CheckScreen #checks-title { height: 1; padding: 0 1; text-style: bold; }
    CheckScreen DataTable { height: 1fr; }
    CheckScreen #checks-status { height: 1; padding: 0 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "key.open", priority=True),
        Binding("f", "toggle_failing", "key.only_failing"),
        Binding("s", "sort", "key.sort"),
        Binding("r", "reverse", "key.reverse_sort"),
        Binding("m", "similarity", "key.similarity"),
        Binding("escape", "back", "key.back", key_display="Esc"),
        Binding("q", "app.quit", "key.quit"),
    ]

    only_failing: reactive[bool] = reactive(False)
    """Show only the reports that fail a check (只看缺项)."""

    class OpenReport(Message):
        """Open ``path`` (already parsed) at ``start``."""

        def __init__(self, path: Path, document: Document, start: int | None) -> None:
            super().__init__()
            self.path = path
            self.document = document
            self.start = start

    class _Progress(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class _Checked(Message):
        def __init__(self, rows: list[CheckedReport], parts: list[Part], errors: int) -> None:
            super().__init__()
            self.rows = rows
            self.parts = parts
            self.errors = errors

    def __init__(self, paths: list[Path], *, max_bytes: int | None = None,
                 query: str = "") -> None:
        """``query``: the library's filter that chose ``paths``, shown in the title."""
        super().__init__()
        localise_bindings(self._bindings)
        self.paths = paths
        self.filter_query = query
        self._max_bytes = max_bytes
        self.rows: list[CheckedReport] = []
        self._columns: list[CheckColumn] = []
        self._sort: tuple[str | None, bool] = (None, False)
        self._errors = 0

    def compose(self) -> ComposeResult:
        title = t("checks.title")
        if self.filter_query:
            title += " · " + t("checks.filtered", query=terminal_text(self.filter_query))
        yield Static(Text(title), id="checks-title")
        yield DataTable(cursor_type="cell", zebra_stripes=True)
        yield Static(t("checks.running", done=0, total=len(self.paths)), id="checks-status")
        yield KeyHints()

    def on_mount(self) -> None:
        self._run_checks()

    @work(thread=True, exclusive=True)
    def _run_checks(self) -> None:
        def progress(phase: str, done: int, total: int) -> None:
            if done % 10 == 0 or done == total:
                self.post_message(self._Progress(t(phase, done=done, total=total)))

        rows, parts, errors = check_paths(self.paths, self._max_bytes, progress)
        self.post_message(self._Checked(rows, parts, errors))

    @on(_Progress)
    def _show_progress(self, message: _Progress) -> None:
        self.query_one("#checks-status", Static).update(message.text)

    @on(_Checked)
    def _show_checks(self, message: _Checked) -> None:
        self.rows = message.rows
        self._errors = message.errors
        self._columns = columns(message.parts)
        self._rebuild()

    def watch_only_failing(self) -> None:
        self._rebuild()

    def visible_rows(self) -> list[CheckedReport]:
        """The rows shown, filtered and sorted."""
        rows = [row for row in self.rows if row.failed or not self.only_failing]
        key, reverse = self._sort
        column = next((c for c in self._columns if c.key == key), None)
        if column is not None:
            known = [row for row in rows if column.sort_key(row) is not None]
            unknown = [row for row in rows if column.sort_key(row) is None]
            rows = sorted(known, key=column.sort_key, reverse=reverse) + unknown
        return rows

    def _rebuild(self) -> None:
        if not self._columns:
            return
        table = self.query_one(DataTable)
        cursor = table.cursor_coordinate
        table.clear(columns=True)
        for column in self._columns:
            table.add_column(column.label, key=column.key)
        for row in self.visible_rows():
            table.add_row(*(column.cell(row) for column in self._columns), key=str(row.path))
        if table.row_count:
            table.cursor_coordinate = table.validate_cursor_coordinate(cursor)
        failing = sum(1 for row in self.rows if row.failed)
        status = t("checks.summary", n=len(self.rows), failing=failing)
        if self._errors:
            status += " · " + t("checks.unreadable", n=self._errors)
        if self.only_failing:
            status += " · " + t("checks.only_failing")
        self.query_one("#checks-status", Static).update(status)

    def _cursor_row(self) -> tuple[CheckedReport | None, CheckColumn | None]:
        table = self.query_one(DataTable)
        rows = self.visible_rows()
        if not rows or not self._columns:
            return None, None
        coordinate = table.cursor_coordinate
        return rows[min(coordinate.row, len(rows) - 1)], self._columns[coordinate.column]

    def action_open(self) -> None:
        row, column = self._cursor_row()
        if row is None or column is None:
            return
        start = None
        if column.key.startswith("part:"):
            part_id = column.key.removeprefix("part:")
            finding = next((f for f in row.check.parts if f.part.id == part_id), None)
            if finding is not None and finding.at is not None:
                start = finding.at[0]
        self.post_message(self.OpenReport(row.path, row.document, start))

    def action_toggle_failing(self) -> None:
        self.only_failing = not self.only_failing

    def action_sort(self) -> None:
        _, column = self._cursor_row()
        if column is not None:
            self._sort = (column.key, False)
            self._rebuild()

    def action_reverse(self) -> None:
        key, reverse = self._sort
        if key is not None:
            self._sort = (key, not reverse)
            self._rebuild()

    def action_similarity(self) -> None:
        row, _ = self._cursor_row()
        if row is not None:
            self.app.push_screen(SimilarityScreen(self.rows, row.document.meta.year))

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()


class SimilarityScreen(Screen[None]):
    """How alike the reports of one year are: a matrix of content similarity (0–1), the
    pairs at or above the near-copy line in bold. ``[``/``]`` change the year; Enter compares
    the two reports of the cell."""

    DEFAULT_CSS = """
    SimilarityScreen #similarity-title { height: 1; padding: 0 1; text-style: bold; }
    SimilarityScreen DataTable { height: 1fr; }
    SimilarityScreen #similarity-legend { height: auto; max-height: 6; padding: 0 1;
                                          color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "compare", "key.compare", priority=True),
        Binding("left_square_bracket", "year(-1)", "key.earlier_year", key_display="["),
        Binding("right_square_bracket", "year(1)", "key.later_year", key_display="]"),
        Binding("escape", "app.pop_screen", "key.back", key_display="Esc"),
        Binding("q", "app.quit", "key.quit"),
    ]

    year: reactive[int | None] = reactive(None, init=False)

    class Compare(Message):
        """Compare two reports of the year in the diff view."""

        def __init__(self, a: Document, b: Document) -> None:
            super().__init__()
            self.a = a
            self.b = b

    def __init__(self, rows: list[CheckedReport], year: int | None) -> None:
        super().__init__()
        localise_bindings(self._bindings)
        self.all_rows = rows
        self.years = sorted({row.document.meta.year for row in rows
                             if row.document.meta.year is not None})
        self._first_year = year if year in self.years else (self.years[-1] if self.years
                                                            else None)
        self.members: list[CheckedReport] = []
        self.matrix: list[list[float]] = []

    def compose(self) -> ComposeResult:
        yield Static(id="similarity-title")
        yield DataTable(cursor_type="cell")
        yield Static(id="similarity-legend")
        yield KeyHints()

    def on_mount(self) -> None:
        self.year = self._first_year
        if self.year is None:
            self.query_one("#similarity-title", Static).update(t("similarity.no_years"))

    def watch_year(self, year: int | None) -> None:
        self.members = [row for row in self.all_rows if row.document.meta.year == year]
        self.matrix = similarity_matrix([term_counts(row.document) for row in self.members])
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_column("", key="label")
        for i, _ in enumerate(self.members, 1):
            table.add_column(str(i), key=str(i))
        for i, (row, values) in enumerate(zip(self.members, self.matrix), 1):
            label = f"{i} {row.document.meta.org or row.path.parent.name}"
            cells: list[Text | str] = [label]
            for j, value in enumerate(values, 1):
                if i == j:
                    cells.append(Text("·", style="dim"))
                else:
                    cells.append(Text(f"{value:.2f}",
                                      style="bold reverse" if value >= COPY_LIMIT else
                                      "bold" if value >= 0.5 else ""))
            table.add_row(*cells)
        self.query_one("#similarity-title", Static).update(
            t("similarity.title", year=year, n=len(self.members)))
        self.query_one("#similarity-legend", Static).update(t("similarity.legend"))

    def action_year(self, step: int) -> None:
        if self.year in self.years:
            index = self.years.index(self.year) + step
            if 0 <= index < len(self.years):
                self.year = self.years[index]

    def action_compare(self) -> None:
        coordinate = self.query_one(DataTable).cursor_coordinate
        a, b = coordinate.row, coordinate.column - 1
        if 0 <= b < len(self.members) and a != b:
            self.post_message(self.Compare(self.members[a].document, self.members[b].document))
