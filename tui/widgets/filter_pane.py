"""The keyword filter pane: a query line over a line of words to filter by.

Two rows above the tree and the text, shown only while a filter is being typed or applied
(the library has the query line alone):

    筛选 接诉即办▏                                              5 处 · 4 节
    全文 法治 法治政府建设 矛盾纠纷 法治建设 │ 本节 公职律师 接诉即办 化解

The pane only edits the query; the screen it sits in runs it (``parser.search``) and draws
the result, on ``FilterPane.Changed`` — posted once typing pauses for ``DEBOUNCE_SECONDS``, so
a burst of keys (a pasted word, an input method committing four characters) costs one
search and no key waits for one. Enter (``Submitted``) and Esc (``Cleared``) are the screen's
to act on too.

The words are the report's top keywords and those of the section being read, ranked in a
thread worker once jieba is loaded (``tui.widgets.filter_words``); until then the line says
so, and the filter itself — plain substrings — works from the first key.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from parser.model import Document
from tui.config import config_dir
from tui.strings import localise_bindings, t
from tui.widgets.filter_words import ReportWords, prepare_words

DEBOUNCE_SECONDS = 0.05
"""Quiet time after a key before the query runs: shorter than a typist's pause between words,
longer than the gap between the keys of one burst."""
GROUP_GAP = " │ "


class FilterInput(Input):
    """The query line; Enter goes to the results (``Input.Submitted``)."""

    # Input's own Enter binding is hidden from the footer; this one says what Enter does here.
    BINDINGS = [Binding("enter", "submit", "key.filter_submit")]

    def __init__(self) -> None:
        super().__init__(placeholder=t("filter.placeholder"), compact=True, id="filter-input")
        localise_bindings(self._bindings)


class FilterWords(Widget, can_focus=True):
    """One line of words to filter by: the report's (``全文``), then the section's (``本节``).
    ←/→ move along them and Enter chooses one (``Chosen``)."""

    BINDINGS = [
        Binding("left,h", "move(-1)", "key.previous_word", show=False),
        Binding("right,l", "move(1)", "key.next_word", show=False),
        Binding("enter", "choose", "key.choose_word"),
    ]

    COMPONENT_CLASSES = {"filter-words--label", "filter-words--cursor", "filter-words--muted"}
    """The group labels, the word under the cursor (drawn while focused), the loading note."""

    DEFAULT_CSS = """
    FilterWords {
        height: 1;
        padding: 0 1;
        & > .filter-words--label { color: $text-muted; }
        & > .filter-words--muted { color: $text-muted; text-style: italic; }
        & > .filter-words--cursor { background: $accent; color: $text; text-style: bold; }
    }
    """

    document_words: reactive[tuple[str, ...] | None] = reactive(None, layout=False)
    """The report's keywords; None while they are being ranked."""
    section_words: reactive[tuple[str, ...]] = reactive((), layout=False)

    class Chosen(Message):
        """A word was chosen to filter by."""

        def __init__(self, word: str) -> None:
            super().__init__()
            self.word = word

    def __init__(self) -> None:
        super().__init__()
        localise_bindings(self._bindings)
        self.cursor = 0
        self._placed: list[tuple[int, int, str]] = []
        """``(start, end, word)`` cells of each word drawn last: what ←/→ and a click reach."""

    def render(self) -> Text:
        width = self.content_region.width
        label_style = self.get_component_rich_style("filter-words--label", partial=True)
        text = Text(no_wrap=True, end="")
        placed: list[tuple[int, int, str]] = []
        if self.document_words is None:
            muted = self.get_component_rich_style("filter-words--muted", partial=True)
            text.append(t("status.jieba_loading"), muted)
            self._placed = placed
            return text
        groups = [("filter.document_words", self.document_words)]
        if self.section_words:
            groups.append(("filter.section_words", self.section_words))
        # The report's words may take a little over half the line, the section's the rest.
        room = [width] if len(groups) == 1 else [width * 11 // 20, width - width * 11 // 20]
        cursor_style = self.get_component_rich_style("filter-words--cursor", partial=True)
        for (label, words), share in zip(groups, room):
            end = text.cell_len + share
            if text.cell_len:
                text.append(GROUP_GAP, label_style)
            text.append(t(label), label_style)
            # A section's words that the report's line already offers would only repeat them.
            offered = {word for _, _, word in placed}
            for word in (word for word in words if word not in offered):
                if text.cell_len + 1 + cell_len(word) > end:
                    break
                text.append(" ")
                start = text.cell_len
                style = cursor_style if len(placed) == self.cursor and self.has_focus else ""
                text.append(word, style)
                placed.append((start, text.cell_len, word))
        self._placed = placed
        return text

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_move(self, step: int) -> None:
        if self._placed:
            self.cursor = (self.cursor + step) % len(self._placed)
            self.refresh()

    def action_choose(self) -> None:
        if 0 <= self.cursor < len(self._placed):
            self.post_message(self.Chosen(self._placed[self.cursor][2]))

    def on_click(self, event: events.Click) -> None:
        x = event.x - self.styles.padding.left
        for number, (start, end, word) in enumerate(self._placed):
            if start <= x < end:
                self.cursor = number
                self.post_message(self.Chosen(word))
                return


class FilterPane(Widget):
    """The filter's query line and (with a ``document``) its words. Hidden until ``open``."""

    BINDINGS = [
        Binding("escape", "clear", "key.clear_filter", key_display="Esc"),
        Binding("down", "words", "key.suggestions", key_display="↓"),
        Binding("up", "query", "key.back_to_query", key_display="↑"),
    ]

    DEFAULT_CSS = """
    FilterPane {
        height: auto;
        display: none;
        background: $panel;
        &.-open { display: block; }
        #filter-line { height: 1; }
        #filter-prompt { width: auto; padding: 0 1; color: $text-accent; text-style: bold; }
        FilterInput { width: 1fr; background: $panel; }
        FilterInput:focus { background: $surface; }
        #filter-summary { width: auto; padding: 0 1; color: $text-muted; }
        #filter-summary.-none { color: $text-error; }
        FilterWords { background: $panel; }
    }
    """

    class Changed(Message):
        """The query changed and typing paused: run it. An empty ``query`` means no filter."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Submitted(Message):
        """Enter in the query line: show the results (e.g. go to the first hit)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Cleared(Message):
        """Esc: the filter is gone and the pane hidden; show everything again."""

    def __init__(self, document: Document | None = None, *, id: str | None = None) -> None:
        """A pane for ``document``'s keywords, or (None) a query line alone."""
        super().__init__(id=id)
        localise_bindings(self._bindings)
        self.document = document
        self.words: ReportWords | None = None
        self._timer: Timer | None = None
        self._section: int | None = None
        self._bar = FilterWords() if document is not None else None

    def compose(self) -> ComposeResult:
        with Horizontal(id="filter-line"):
            yield Static(t("pane.filter"), id="filter-prompt")
            yield FilterInput()
            yield Static(id="filter-summary")
        if self._bar is not None:
            yield self._bar

    def on_mount(self) -> None:
        if self.document is not None:
            # After the first frame: ranking loads jieba, which must not delay it.
            self.call_after_refresh(self._rank_document_words)

    # The query ---------------------------------------------------------------------------

    @property
    def input(self) -> FilterInput:
        return self.query_one(FilterInput)

    @property
    def typing(self) -> bool:
        """True while the query line has the focus; False too while the pane has no query
        line (before it is composed, or once its screen is closing)."""
        try:
            return self.input.has_focus
        except NoMatches:
            return False

    @property
    def value(self) -> str:
        """The query as typed."""
        return self.input.value

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self, query: str | None = None) -> None:
        """Show the pane and put the cursor in the query line (set to ``query`` if given;
        the screen is expected to run it itself, no ``Changed`` follows)."""
        self.add_class("-open")
        if query is not None:
            with self.input.prevent(Input.Changed):
                self.input.value = query
            self.input.cursor_position = len(query)
        self.input.focus()

    def close(self) -> None:
        """Empty the query line and hide the pane."""
        self._cancel_timer()
        with self.input.prevent(Input.Changed):
            self.input.value = ""
        self.show_summary("")
        self.remove_class("-open")

    def show_summary(self, summary: str, *, nothing_found: bool = False) -> None:
        """The line at the right of the query: what it found."""
        label = self.query_one("#filter-summary", Static)
        label.update(summary)
        label.set_class(nothing_found, "-none")

    @on(Input.Changed, "FilterInput")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._cancel_timer()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._run)

    def _run(self) -> None:
        self._timer = None
        self.post_message(self.Changed(self.value))

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    @on(Input.Submitted, "FilterInput")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._cancel_timer()
        self.post_message(self.Submitted(self.value))

    def action_clear(self) -> None:
        self.close()
        self.post_message(self.Cleared())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        bar = self._bar
        if action == "words":
            return bar is not None and bool(bar.document_words) and self.input.has_focus
        if action == "query":
            return bar is not None and bar.has_focus
        return True

    def action_words(self) -> None:
        if self._bar is not None:
            self._bar.focus()

    def action_query(self) -> None:
        self.input.focus()

    @on(FilterWords.Chosen)
    def _word_chosen(self, event: FilterWords.Chosen) -> None:
        event.stop()
        self._cancel_timer()
        self.open(event.word)
        self.post_message(self.Changed(event.word))

    # The words ---------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="filter-words")
    def _rank_document_words(self) -> None:
        assert self.document is not None
        lists = prepare_words(config_dir())
        words = ReportWords(self.document, lists.stop_words)
        worker = get_current_worker()
        try:
            # Asked now and then, so that quitting never waits for a large report's words.
            ranked = words.document(cancelled=lambda: worker.is_cancelled)
        except Exception:  # noqa: BLE001 - suggestions are a help, never worth a crash
            words, ranked = None, ()
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_document_words, words, ranked)

    def _show_document_words(self, words: ReportWords | None, ranked: tuple[str, ...]) -> None:
        if not self.is_attached:
            return
        self.words = words
        assert self._bar is not None
        self._bar.document_words = ranked
        self.show_section(self._section)
        self.refresh_bindings()

    def show_section(self, section: int | None) -> None:
        """Offer the keywords of node ``section`` (None: of no section) next to the report's."""
        self._section = section
        bar = self._bar
        if self.words is None or bar is None:
            return
        bar.section_words = () if section is None else self.words.section(section)
