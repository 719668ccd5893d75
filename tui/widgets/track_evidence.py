"""The right-hand pane of the tracking view: the plan item, then the review passages that
report on it (up to three), the words they share with the item marked; or the unplanned
results. One of the passages is current: Enter opens it in the reader."""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.console import Group
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from parser.fold import fold
from parser.model import Span
from parser.nodes import PATH_SEPARATOR
from parser.track import Passage, TracedItem, TrackResult
from parser.wrap import wrap
from tui.strings import localise_bindings, t
from tui.widgets.track_items import badge

ITEM_EXCERPT = 240
"""Characters of the plan item's text shown above its evidence (the reader has the rest)."""
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def drawn(text: str) -> str:
    """Report text as the pane draws it: no control characters (newlines stay), one cell each
    as before so that offsets still hold."""
    return _CONTROLS.sub(" ", text)


def marked(text: str, words: tuple[str, ...], style: Style) -> Text:
    """``text`` with every occurrence of ``words`` (folded forms) in ``style``; longer words
    first where they overlap."""
    shown = Text(drawn(text))
    folded = fold(text)
    taken = [False] * len(text)
    for word in sorted(words, key=len, reverse=True):
        for match in re.finditer(re.escape(word), folded):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            shown.stylize(style, start, end)
    return shown


def dim_markup(shown: Text, markup: tuple[Span, ...], span: Span, style: Style) -> Text:
    """``shown`` (the text of ``span``, perhaps cut short) with the Markdown markup inside it
    (``Document.markup``: ``**``, ``#``) in ``style``, as the reader dims it."""
    start, end = span
    # The spans are in order and apart: only the one before ``start`` can reach into it.
    for first, last in markup[max(bisect_right(markup, (start, start)) - 1, 0):]:
        if first >= end:
            break
        if last > start:
            shown.stylize(style, max(first, start) - start, min(last, end) - start)
    return shown


def broken(text: Text, width: int) -> Text:
    """``text`` broken into lines of at most ``width`` cells by gongwen's Chinese line breaking
    (no line starts with ``、`` or ``。``, figures stay whole), its styles kept."""
    lines: list[Text] = []
    for paragraph in text.split("\n", allow_blank=True):
        spans = wrap(paragraph.plain, width)
        lines += [paragraph[start:end] for start, end in spans] if spans else [paragraph]
    return Text("\n").join(lines)


class TrackEvidence(VerticalScroll, can_focus=True):
    """What the highlighted entry of the list stands for."""

    BINDINGS = [
        Binding("j,down", "evidence(1)", "key.next_evidence", show=False),
        Binding("k,up", "evidence(-1)", "key.previous_evidence", show=False),
    ]

    COMPONENT_CLASSES = {
        "track-evidence--label", "track-evidence--current", "track-evidence--word",
        "track-evidence--message", "track-evidence--reported", "track-evidence--partial",
        "track-evidence--unreported", "track-evidence--markup",
    }

    DEFAULT_CSS = """
    TrackEvidence {
        height: 1fr;
        padding: 0 1;
        & > .track-evidence--label { color: $text-muted; }
        & > .track-evidence--current { color: $accent; text-style: bold; }
        & > .track-evidence--word {
            background: $hit; color: $hit-foreground; text-style: $hit-style;
        }
        & > .track-evidence--message { color: $text-muted; text-style: italic; }
        & > .track-evidence--markup { color: $debris; text-style: dim; }
        & > .track-evidence--reported { color: $success; text-style: bold; }
        & > .track-evidence--partial { color: $warning; text-style: bold; }
        & > .track-evidence--unreported { color: $error; text-style: bold underline; }
        & > Static { width: 1fr; }
    }
    """

    current: reactive[int] = reactive(0, init=False)
    """Index of the current passage (the one Enter opens)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        localise_bindings(self._bindings)
        self._body = Static("", expand=True)
        self.traced: TracedItem | None = None
        self.unplanned: tuple[Passage, ...] | None = None
        self._result: TrackResult | None = None
        self.lines: tuple[Text, ...] = ()
        """What the pane shows, one block of lines per piece (item, label, passage)."""

    @property
    def plain(self) -> str:
        """The pane's text without styles."""
        return "\n".join(block.plain for block in self.lines)

    def compose(self):  # type: ignore[no-untyped-def]
        yield self._body

    @property
    def passages(self) -> tuple[Passage, ...]:
        """The passages shown, in order: the item's evidence, or the unplanned results."""
        if self.traced is not None:
            return tuple(evidence.passage for evidence in self.traced.evidence)
        return self.unplanned or ()

    @property
    def current_passage(self) -> Passage | None:
        """The passage Enter opens; None when there is none."""
        passages = self.passages
        return passages[self.current] if 0 <= self.current < len(passages) else None

    def show_message(self, message: str) -> None:
        """Show ``message`` instead of an item (while tracing, or when it failed)."""
        self.traced = self.unplanned = None
        style = self.get_component_rich_style("track-evidence--message", partial=True)
        self.lines = (Text(message, style=style),)
        self._body.update(self.lines[0])

    def show_item(self, result: TrackResult, traced: TracedItem) -> None:
        """Show plan item ``traced`` and its evidence."""
        self._result = result
        self.traced, self.unplanned = traced, None
        self.set_reactive(TrackEvidence.current, 0)
        self._redraw()
        self.scroll_home(animate=False)

    def show_unplanned(self, result: TrackResult) -> None:
        """Show the review passages that answer no plan item."""
        self._result = result
        self.traced, self.unplanned = None, result.unplanned
        self.set_reactive(TrackEvidence.current, 0)
        self._redraw()
        self.scroll_home(animate=False)

    def watch_current(self) -> None:
        self._redraw()

    def action_evidence(self, step: int) -> None:
        count = len(self.passages)
        if count:
            self.current = (self.current + step) % count

    def _rich(self, name: str) -> Style:
        return self.get_component_rich_style(f"track-evidence--{name}", partial=True)

    def _redraw(self) -> None:
        blocks: list[Text] = []
        label, current_style, word = self._rich("label"), self._rich("current"), \
            self._rich("word")
        markup = self._rich("markup")
        plan_markup = self._result.plan.markup if self._result else ()
        results_markup = self._result.results.markup if self._result else ()
        if self.traced is not None:
            traced = self.traced
            heading = Text()
            heading.append(f" {badge(traced.status)} ", self._rich(traced.status))
            section = traced.item.section
            # The item's text follows: its own title (often its whole first sentence) once.
            if len(section) > 1 and section[-1] in traced.item.text[:len(section[-1]) + 8]:
                section = section[:-1]
            heading.append(" " + drawn(PATH_SEPARATOR.join(section)), "bold")
            blocks.append(heading)
            words = tuple(dict.fromkeys(w for e in traced.evidence for w in e.words))
            text = traced.item.text
            excerpt = text if len(text) <= ITEM_EXCERPT else text[:ITEM_EXCERPT] + "…"
            blocks.append(dim_markup(marked(excerpt, words, word), plan_markup,
                                     traced.item.span, markup))
            if not traced.evidence:
                blocks += [Text(""), Text(t("track.no_evidence"), style=self._rich("message"))]
            for index, evidence in enumerate(traced.evidence):
                title = t("track.evidence", i=index + 1, n=len(traced.evidence),
                          score=f"{evidence.score:.2f}")
                if evidence.figures:
                    title += " · " + t("track.figures", pairs="，".join(
                        f"{promised} → {reported}" for promised, reported in evidence.figures))
                blocks += [Text(""), self._passage_label(index, title, evidence.passage,
                                                          label, current_style)]
                blocks.append(dim_markup(marked(evidence.passage.text, evidence.words, word),
                                         results_markup, evidence.passage.span,
                                         markup))
        elif self.unplanned is not None:
            if not self.unplanned:
                blocks.append(Text(t("track.no_unplanned"), style=self._rich("message")))
            for index, passage in enumerate(self.unplanned):
                title = t("track.unplanned_passage", i=index + 1, n=len(self.unplanned))
                if index:
                    blocks.append(Text(""))
                blocks.append(self._passage_label(index, title, passage, label, current_style))
                blocks.append(dim_markup(Text(drawn(passage.text)), results_markup,
                                         passage.span, markup))
        width = max(self.scrollable_content_region.width, 8)
        self.lines = tuple(broken(block, width) for block in blocks)
        self._body.update(Group(*self.lines))

    def on_resize(self) -> None:
        if self.traced is not None or self.unplanned is not None:
            self._redraw()

    def _passage_label(self, index: int, title: str, passage: Passage, label: Style,
                       current_style: Style) -> Text:
        is_current = index == self.current
        line = Text()
        line.append("▶ " if is_current else "  ", current_style)
        line.append(title, current_style if is_current else label)
        line.append(" · " + drawn(PATH_SEPARATOR.join(passage.section)), label)
        return line
