"""The library's table: one row per report or office, sorted by a column of the user's
choice.

The table owns its keys: ``j``/``k``/``g``/``G`` move the cursor, a number key sorts by
that column (again: the other way), ``s`` by the next column, ``r`` reverses; a click on a
header sorts by it. The sort is the table's state (``sort_column``, ``sort_reverse``);
``Sorted`` tells the screen, which orders the rows.
"""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from tui.strings import localise_bindings

SORT_KEYS = 9
"""Number keys that sort by a column (1 to 9)."""


class LibraryTable(DataTable[Any]):
    """A table of reports whose order the user chooses by column."""

    BINDINGS = [
        Binding("j,down", "cursor('down')", "key.down", show=False),
        Binding("k,up", "cursor('up')", "key.up", show=False),
        Binding("g", "cursor('top')", "key.top", show=False),
        Binding("G", "cursor('bottom')", "key.bottom", show=False),
        Binding("s", "cycle_sort", "key.sort", show=False),
        Binding("r", "reverse_sort", "key.reverse_sort", show=False),
        *(
            Binding(str(number), f"sort_by({number - 1})", "key.sort_column", show=False)
            for number in range(1, SORT_KEYS + 1)
        ),
    ]

    class Sorted(Message):
        """The user chose another order (``sort_column``, ``sort_reverse``)."""

    def __init__(self) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True)
        localise_bindings(self._bindings)
        self.sort_column: int | None = None
        """The column the rows are sorted by (None: the collection's own order)."""
        self.sort_reverse = False
        """Whether that column sorts from the largest value down."""
        self.sortable_columns = 0
        """How many columns may be sorted by (none in a view that keeps its own order)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("sort_by", "cycle_sort", "reverse_sort"):
            if not self.sortable_columns:
                return False
            if action == "sort_by":
                column = parameters[0]
                return isinstance(column, int) and column < self.sortable_columns
        return True

    def sort_by(self, column: int | None, reverse: bool = False) -> None:
        """Sort by ``column`` (None: none), from the largest value down if ``reverse``;
        the screen orders the rows."""
        self.sort_column, self.sort_reverse = column, reverse

    def _sorted(self, column: int | None, reverse: bool) -> None:
        self.sort_by(column, reverse)
        self.post_message(self.Sorted())

    def action_sort_by(self, column: int) -> None:
        """Sort by ``column``; asked again for the same column, reverse the order."""
        if column == self.sort_column:
            self._sorted(column, not self.sort_reverse)
        else:
            self._sorted(column, False)

    def action_cycle_sort(self) -> None:
        """Sort by the next column (the first after none)."""
        current = -1 if self.sort_column is None else self.sort_column
        self._sorted((current + 1) % self.sortable_columns, False)

    def action_reverse_sort(self) -> None:
        self._sorted(0 if self.sort_column is None else self.sort_column,
                     not self.sort_reverse)

    def action_cursor(self, where: str) -> None:
        if where == "down":
            self.action_cursor_down()
        elif where == "up":
            self.action_cursor_up()
        elif where == "top":
            self.move_cursor(row=0)
        else:
            self.move_cursor(row=self.row_count - 1)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        if self.sortable_columns:
            event.stop()
            self.action_sort_by(event.column_index)
