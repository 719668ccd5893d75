"""The words the filter pane suggests: the user's word lists and jieba, readied once per run,
and the keywords of a report and of its sections.

jieba takes most of a second to load, so nothing here runs on import: the app calls
``prepare_words`` in a thread after its first frame, and a pane's worker calls it again (it
waits for the first call and returns the same lists) before ranking any keywords.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from parser import segment
from parser.keywords import Keyword, UserLists, document_keywords, load_user_lists, section_keywords
from parser.model import Document

DOCUMENT_WORDS = 12
"""How many of the report's keywords are offered; more than fit on a line at 120 columns."""
SECTION_WORDS = 8

_lock = threading.Lock()
_prepared: dict[Path, UserLists] = {}


def prepare_words(config_dir: Path) -> UserLists:
    """Read the user's ``domain.yaml`` and ``stopwords.yaml`` from ``config_dir``, add the
    domain words to the segmenter and load jieba. Blocks (about a second) the first time;
    later calls return the same lists at once. Never raises for a broken file: its problem is
    in ``UserLists.warnings``."""
    key = Path(config_dir).expanduser().resolve()
    with _lock:
        lists = _prepared.get(key)
        if lists is None:
            lists = load_user_lists(key)
            segment.add_words(lists.domain_words)
            segment.warm()
            _prepared[key] = lists
        return lists


class ReportWords:
    """The keywords of one report and, once those are known, of its sections (cached).

    ``document`` must be called first, off the UI thread: it segments the whole report.
    ``section`` then only sums and ranks counts already made, cheap enough for the UI thread.
    """

    def __init__(self, document: Document, stop_words: tuple[str, ...] = ()) -> None:
        self.report = document
        self.stop_words = stop_words
        self._document: tuple[str, ...] | None = None
        self._sections: dict[int, tuple[str, ...]] = {}

    @property
    def ready(self) -> bool:
        """True once ``document`` has run: section keywords cost next to nothing."""
        return self._document is not None

    def document(self, cancelled: Callable[[], bool] = lambda: False) -> tuple[str, ...]:
        """The report's top keywords (slow the first time: segments the whole report, asking
        ``cancelled`` now and then; ``parser.keywords.Cancelled`` if it says yes)."""
        if self._document is None:
            ranked = document_keywords(self.report, DOCUMENT_WORDS, stop_words=self.stop_words,
                                       cancelled=cancelled)
            self._document = _words(ranked)
        return self._document

    def section(self, index: int) -> tuple[str, ...]:
        """The top keywords of node ``index`` and everything under it (empty before
        ``document`` has run)."""
        if self._document is None:
            return ()
        words = self._sections.get(index)
        if words is None:
            ranked = section_keywords(
                self.report, index, SECTION_WORDS, stop_words=self.stop_words
            )
            words = self._sections[index] = _words(ranked)
        return words


def _words(keywords: tuple[Keyword, ...]) -> tuple[str, ...]:
    return tuple(keyword.word for keyword in keywords)
