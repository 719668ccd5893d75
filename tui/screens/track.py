"""The tracking screen: did last year's plan come back in this year's review?

Last year's plan items down the left, each with its status badge (已见回应 / 部分 / 未见), and a
last entry for the unplanned results; on the right the highlighted item and the review
passages that report on it, the words they share marked. ``f`` keeps one status at a time,
``n``/``N`` walk the unreported items, Enter opens the current passage in the reader (marked),
``[``/``]`` (or ``j``/``k`` in the right pane) choose among an item's passages.

The screen paints at once: ``parser.track.track`` runs in a worker thread (loading jieba first
if the app has not yet), with its progress on the status line; every key works meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import OptionList

from parser import segment
from parser.model import Document
from parser.track import STATUSES, Status, TrackResult, track
from tui.navigation import OpenPassage
from tui.palette import Action, ScreenCommandsProvider
from tui.screens.computing import ComputingScreen
from tui.strings import localise_bindings, t
from tui.widgets.key_hints import KeyHints
from tui.widgets.report_header import ReportHeader
from tui.widgets.status_bar import StatusBar
from tui.widgets.track_evidence import TrackEvidence
from tui.widgets.track_items import UNPLANNED, TrackItems, badge, item_title

FILTER_CYCLE: tuple[Status | None, ...] = (None, "unreported", "partial", "reported")
"""What ``f`` steps through: every item, then one status at a time."""


class TrackCommandsProvider(ScreenCommandsProvider["TrackScreen"]):
    """The tracking screen's actions, and its plan items to go to by title."""

    def actions(self, screen: TrackScreen) -> list[Action]:
        return screen.palette_actions()

    def screen_places(self, screen: TrackScreen) -> Iterable[tuple[str, str, Callable[[], object]]]:
        result = screen.result
        for index, traced in enumerate(result.items if result is not None else ()):
            yield item_title(traced), badge(traced.status), partial(screen.go_to_item, index)


class TrackScreen(ComputingScreen[TrackResult]):
    """Report ``plan`` (year N) traced into report ``results`` (year N+1). ``can_go_back``
    lets Esc return to the screen that opened it."""

    BINDINGS = [
        Binding("n", "unreported(1)", "key.next_unreported"),
        Binding("N", "unreported(-1)", "key.previous_unreported", key_display="N"),
        Binding("f", "status_filter", "key.status_filter"),
        Binding("right_square_bracket", "evidence(1)", "key.next_evidence", show=False),
        Binding("left_square_bracket", "evidence(-1)", "key.previous_evidence", show=False),
        Binding("enter", "open_evidence", "key.open_evidence", show=False),
        Binding("tab,shift+tab", "switch_pane", "key.switch_pane", show=False),
        Binding("escape,backspace", "back", "key.back", key_display="Esc"),
    ]

    COMMANDS = {TrackCommandsProvider}
    AUTO_FOCUS = "TrackItems"

    DEFAULT_CSS = """
    TrackScreen {
        layout: vertical;
        #track-body { height: 1fr; }
        TrackItems {
            width: 40%;
            min-width: 20;
            max-width: 56;
        }
        TrackEvidence { width: 1fr; }
    }
    """

    FAILED = "track.failed"

    def __init__(self, plan: Document, results: Document, *, can_go_back: bool = False) -> None:
        super().__init__()
        localise_bindings(self._bindings)
        self.plan = plan
        self.results = results
        self.can_go_back = can_go_back
        self.items = TrackItems()
        self.evidence = TrackEvidence()
        self.status = StatusBar()
        self.header = ReportHeader(
            t("track.header", plan=_name(plan), results=_name(results)), detail_gives_way=True)

    def compose(self) -> ComposeResult:
        yield self.header
        with Horizontal(id="track-body"):
            yield self.items
            yield self.evidence
        yield self.status
        yield KeyHints()

    def on_mount(self) -> None:
        self.start_computing(t("track.computing"))

    def compute(self, progress: Callable[[str], None]) -> TrackResult:
        if not segment.is_ready():
            progress(t("track.loading_words"))
            segment.warm()
        progress(t("track.computing"))
        return track(self.plan, self.results)

    def show_waiting(self, text: str) -> None:
        self.evidence.show_message(text)

    def show_result(self, result: TrackResult) -> None:
        if result.problems:
            self.evidence.show_message("\n".join(result.problems))
            self.status.position = result.problems[0]
            return
        titles = f"{' + '.join(result.plan_part.titles) if result.plan_part else ''} → " \
                 f"{' + '.join(result.review_part.titles) if result.review_part else ''}"
        self.header.detail = titles
        self.header.refresh()
        self.items.show_result(result)
        self.status.position = self.summary()
        for note in result.notes:
            self.notify(note, severity="warning", timeout=8)
        self._show_current()

    def summary(self) -> str:
        """Items per status and the unplanned results."""
        if self.result is None:
            return t("track.computing")
        counts = self.result.counts
        return t("track.summary", unplanned=len(self.result.unplanned), **counts)

    # Following the list --------------------------------------------------------------------

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, _event: OptionList.OptionHighlighted) -> None:
        self._show_current()

    @on(OptionList.OptionSelected)
    def _selected(self, _event: OptionList.OptionSelected) -> None:
        self.action_open_evidence()

    def _show_current(self) -> None:
        result, key = self.result, self.items.current_key
        if result is None:
            return
        if key is None:  # the status filter keeps nothing
            self.evidence.show_message(t("track.no_items"))
            self.status.percent = ""
            return
        if key == UNPLANNED:
            self.evidence.show_unplanned(result)
        else:
            self.evidence.show_item(result, result.items[key])
        shown = [k for k in self.items.shown_keys if k != UNPLANNED]
        where = t("track.position", i=shown.index(key) + 1, n=len(shown)) if key in shown else ""
        self.status.percent = where

    def go_to_item(self, index: int) -> None:
        """Highlight plan item ``index`` (showing every status if the filter hides it)."""
        if not self.items.go_to_key(index):
            self.items.status_filter = None
            self.items.go_to_key(index)
        self.items.focus()

    # Keys ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.can_go_back
        return True

    def _refuse(self, message: str) -> None:
        self.status.show_message(message)
        self.app.bell()

    def action_unreported(self, direction: int) -> None:
        """Go to the next (``1``) or previous (``-1``) unreported item in list order."""
        if self.result is None:
            self._refuse(t("track.computing"))
            return
        keys = [key for key in self.items.shown_keys
                if key != UNPLANNED and self.result.items[key].status == "unreported"]
        current = self.items.current_key
        order = self.items.shown_keys
        position = order.index(current) if current in order else -1
        later = [k for k in keys if (order.index(k) - position) * direction > 0]
        if not later:
            self._refuse(t("track.no_next_unreported" if direction > 0
                           else "track.no_previous_unreported"))
            return
        self.items.go_to_key(later[0] if direction > 0 else later[-1])

    def action_status_filter(self) -> None:
        """Step through: every item, only 未见, only 部分, only 已见回应."""
        step = FILTER_CYCLE.index(self.items.status_filter) + 1
        self.show_status(FILTER_CYCLE[step % len(FILTER_CYCLE)])

    def show_status(self, status: Status | None) -> None:
        """List only the items with ``status`` (None: every item)."""
        self.items.status_filter = status
        if status is None:
            self.status.show_message(t("track.filter_all"))
        else:
            count = self.result.counts[status] if self.result else 0
            self.status.show_message(t("track.filter_status", badge=badge(status), n=count))
        self._show_current()

    def action_evidence(self, step: int) -> None:
        self.evidence.action_evidence(step)

    def action_switch_pane(self) -> None:
        (self.evidence if self.focused is self.items else self.items).focus()

    def action_open_evidence(self) -> None:
        """Open the current passage in the reader, scrolled to it and marked; an item
        without evidence opens the plan report at the item."""
        passage = self.evidence.current_passage
        document = self.results
        if passage is None and self.evidence.traced is not None:
            passage, document = self.evidence.traced.item, self.plan
        if passage is None:
            self._refuse(t("track.nothing_to_open"))
            return
        self.post_message(OpenPassage(document, passage.span))

    def action_back(self) -> None:
        self.dismiss()

    def on_resize(self, event: events.Resize) -> None:
        self.header.refresh()

    def palette_actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        """The screen's actions for the command palette: ``(label, help, callback)``."""
        actions: list[tuple[str, str, Callable[[], object]]] = [
            (t("command.next_unreported"), t("command.next_unreported.help"),
             partial(self.action_unreported, 1)),
            (t("command.previous_unreported"), t("command.previous_unreported.help"),
             partial(self.action_unreported, -1)),
            (t("command.show_all"), t("command.show_all.help"), partial(self.show_status, None)),
        ]
        actions += [
            (t("command.show_status", badge=badge(status)), t("command.show_status.help"),
             partial(self.show_status, status))
            for status in STATUSES
        ]
        actions += [
            (t("command.open_evidence"), t("command.open_evidence.help"),
             self.action_open_evidence),
            (t("command.unplanned"), t("command.unplanned.help"),
             partial(self.go_to_item, UNPLANNED)),
        ]
        if self.can_go_back:
            actions.append((t("command.back"), t("command.back.help"), self.action_back))
        return actions


def _name(doc: Document) -> str:
    """A report as the header names it: its organisation and year, else its title or file."""
    meta = doc.meta
    named = " ".join(part for part in (meta.org, str(meta.year) if meta.year else None) if part)
    if named:
        return named
    if meta.title:
        return meta.title
    return doc.source.rsplit("/", 1)[-1] if doc.source else "—"
