"""The head of a report as the parser found it — the spans of its title lines, its opening
sentence, its signature and the page's furniture — and what the title block says: the title,
and a speech's subtitle and speaker. Metadata is read from these, a field at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from parser.markdown import MASK

Line = tuple[int, int]
"""A line's span in the text, its line break left out."""

_OPENING_MAX = 200
BYLINE_SPAN = 80


@dataclass(frozen=True)
class Head:
    """Where a report's metadata is read from: spans of ``text``."""

    text: str
    title_lines: tuple[Line, ...]
    opening: Line | None
    signature: tuple[Line, ...]
    page_lines: tuple[Line, ...]

    @cached_property
    def titles(self) -> list[str]:
        """The title lines, Markdown's marks left out."""
        return [self.text[s:e].replace(MASK, "").strip() for s, e in self.title_lines]

    @cached_property
    def opening_line(self) -> str:
        """The opening sentence's line as printed."""
        return self.text[self.opening[0]:self.opening[1]] if self.opening else ""

    @cached_property
    def opening_text(self) -> str:
        """The opening's first words, a copy's readings and stamps (masked) left out:
        ``梅州市農(nóng)業(yè)農(nóng)村局堅(jiān)持…``."""
        return self.opening_line.replace(MASK, "")[:_OPENING_MAX]

    @cached_property
    def signature_texts(self) -> list[str]:
        return [self.text[s:e].strip() for s, e in self.signature]

    @cached_property
    def page_texts(self) -> list[str]:
        """The lines of the page's furniture (its rows, its breadcrumb), stripped."""
        return [self.text[s:e].strip() for s, e in self.page_lines]

    @cached_property
    def after(self) -> int:
        """Where the title block ends (the text's end when there is none)."""
        return self.title_lines[-1][1] if self.title_lines else len(self.text)

    @cached_property
    def under(self) -> str:
        """The line under the title block: a byline, maybe (``南开区财政局``)."""
        return self.text[self.after:self.after + BYLINE_SPAN].strip().partition("\n")[0].strip()


@dataclass(frozen=True)
class TitleReading:
    """The title, and what the search for it found on the way."""

    title: str | None
    front_titles: tuple[str, ...] = ()
    """The front matter's ``title:``, its note in brackets left out."""
    front_notes: str = ""
    """The front matter's ``title:`` as written, its note included (``（2023年1月5日 ×××）``)."""
    caption: re.Match[str] | None = None
    """A newsroom's caption of the report's delivery (``市长×××作政府工作报告``)."""
    lone_org: str | None = None
    """A line over the text that only names an office: who, not what."""
    dated: re.Match[str] | None = None
    """The day the page put after the title (``（20230103）``)."""


@dataclass(frozen=True)
class Speech:
    """What a speech's title block says: when, where and by whom it was read."""

    title: str | None
    """The title, which a page run together in one line gives only before its subtitle."""
    delivered: str | None = None
    session: str | None = None
    speaker: str | None = None
    dated_head: str | None = None
    """The day in brackets over a report no congress hears: its date, no delivery."""
