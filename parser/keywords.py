"""The words a report — or one section of it — is about, ranked by TF-IDF.

Method: segment with jieba and the domain dictionary (``parser.segment``, so ``行政复议`` and
``矛调分平台`` stay whole), drop stop words, single characters, numbers and the report's own
organisation name (``Meta.org``), then rank by term frequency times jieba's bundled inverse
document frequency (words it does not know, such as most domain terms, get its median IDF,
as ``jieba.analyse.extract_tags`` does). TF-IDF rather than TextRank because TextRank needs
part-of-speech tags, which jieba does not have for the domain terms (they would be filtered
out), and its co-occurrence graph is too sparse on a section of a few sentences; TF-IDF is
also deterministic and lets counts be summed, so each region is segmented once per Document
and a section's keywords cost a sum over its subtree.

Nothing here loads jieba at import time; the first call does (about a second, with the IDF
table), so a UI calls it from a worker.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from parser import segment
from parser.model import Document, Section
from parser.nodes import NodeKey, own_texts

DOMAIN_FILE = "domain.yaml"
STOP_WORDS_FILE = "stopwords.yaml"


@dataclass(frozen=True)
class Keyword:
    """A ranked word."""

    word: str
    weight: float
    """TF-IDF weight; comparable within one list only."""
    count: int
    """Occurrences in the ranked text."""


@dataclass(frozen=True)
class UserLists:
    """Domain and stop words from the user's configuration directory."""

    domain_words: tuple[str, ...] = ()
    stop_words: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    """One line per file that exists but could not be read; its words are left out."""


def load_user_lists(config_dir: Path) -> UserLists:
    """Read ``domain.yaml`` and ``stopwords.yaml`` (each ``{words: [...]}``) from
    ``config_dir`` if present. Never raises: a broken file becomes a warning."""
    lists: dict[str, tuple[str, ...]] = {}
    warnings: list[str] = []
    for name in (DOMAIN_FILE, STOP_WORDS_FILE):
        path = Path(config_dir) / name
        lists[name] = ()
        if not path.exists():
            continue
        try:
            lists[name] = tuple(segment.read_word_list(path))
        except ValueError as error:
            warnings.append(str(error))
    return UserLists(
        domain_words=lists[DOMAIN_FILE],
        stop_words=lists[STOP_WORDS_FILE],
        warnings=tuple(warnings),
    )


@cache
def bundled_stop_words() -> frozenset[str]:
    """The stop words shipped in ``parser/data/stopwords.yaml``."""
    path = resources.files("parser") / "data" / STOP_WORDS_FILE
    return frozenset(segment.read_word_list(Path(str(path))))


_idf_lock = threading.Lock()
_idf_table: tuple[dict[str, float], float] | None = None


def _idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (for unknown words), read once."""
    global _idf_table
    with _idf_lock:
        if _idf_table is None:
            path = resources.files("jieba") / "analyse" / "idf.txt"
            table: dict[str, float] = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                word, _, value = line.partition(" ")
                table[word] = float(value)
            _idf_table = table, sorted(table.values())[len(table) // 2]
        return _idf_table


def document_keywords(
    doc: Document,
    top: int = 10,
    *,
    stop_words: Iterable[str] = (),
    domain_words: Iterable[str] = (),
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[Keyword, ...]:
    """The ``top`` keywords of the whole report.

    ``stop_words`` are left out on top of the bundled ones; ``domain_words`` are added to the
    segmentation dictionary for good (see ``parser.segment.add_words``). Segmenting a large
    report takes seconds: ``cancelled`` is asked every few thousand words, and when it says
    yes the work stops with ``Cancelled``.
    """
    whole = Counter[str]()
    for counts in _region_counts(doc, domain_words, cancelled).values():
        whole.update(counts)
    return _rank(doc, whole, top, stop_words)


def section_keywords(
    doc: Document,
    section: Section | int,
    top: int = 10,
    *,
    stop_words: Iterable[str] = (),
    domain_words: Iterable[str] = (),
) -> tuple[Keyword, ...]:
    """The ``top`` keywords of one node and everything under it (a top-level heading's own
    text is just its title). ``section`` is a node or its ``Section.index``."""
    node = doc.nodes[section] if isinstance(section, int) else section
    counts = _region_counts(doc, domain_words)
    subtree = Counter(counts[node.index])
    # In pre-order, a node's descendants are the run of nodes after it that start before it ends.
    for member in doc.nodes[node.index + 1 :]:
        if member.start >= node.end:
            break
        subtree.update(counts[member.index])
    return _rank(doc, subtree, top, stop_words)


_counts_cache: weakref.WeakKeyDictionary[Document, tuple[int, dict[NodeKey, Counter[str]]]] = (
    weakref.WeakKeyDictionary()
)


class Cancelled(Exception):
    """The caller's ``cancelled`` said yes: nothing was counted or cached."""


_CANCEL_CHECK = 4096
"""Words segmented between two questions to ``cancelled``."""


def _region_counts(
    doc: Document, domain_words: Iterable[str], cancelled: Callable[[], bool] = lambda: False
) -> dict[NodeKey, Counter[str]]:
    """Word counts of each region (front, every node's own text, back), segmented once per
    Document and again only if the dictionary has grown since."""
    segment.add_words(domain_words)
    vocabulary = len(segment.added_words())
    cached = _counts_cache.get(doc)
    if cached is not None and cached[0] == vocabulary:
        return cached[1]
    text = doc.text
    counts: dict[NodeKey, Counter[str]] = {}
    for key, (start, end) in own_texts(doc):
        if cancelled():
            raise Cancelled
        region = counts[key] = Counter()
        for number, (a, b) in enumerate(segment.tokenize(text[start:end], start), 1):
            region[text[a:b]] += 1
            if number % _CANCEL_CHECK == 0 and cancelled():
                raise Cancelled
    _counts_cache[doc] = (vocabulary, counts)
    return counts


def _rank(
    doc: Document, counts: Counter[str], top: int, extra_stop_words: Iterable[str]
) -> tuple[Keyword, ...]:
    stop = bundled_stop_words() | set(extra_stop_words)
    org = doc.meta.org or ""
    kept = {
        word: count
        for word, count in counts.items()
        if len(word) > 1
        and any(char.isalpha() for char in word)
        and word not in stop
        and word not in org
    }
    total = sum(kept.values())
    if not total:
        return ()
    idf, median = _idf()
    ranked = sorted(
        (
            Keyword(word, count * idf.get(word, median) / total, count)
            for word, count in kept.items()
        ),
        key=lambda keyword: (-keyword.weight, keyword.word),
    )
    return tuple(ranked[:top])
