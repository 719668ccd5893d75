"""Word segmentation: jieba with gongwen's domain dictionary, loaded once, off the hot path.

jieba's dictionary takes about 0.7 s to load, so nothing here loads it at import time.
Callers that can wait call ``tokenize``; a UI calls ``warm`` in a worker after first paint and
checks ``is_ready`` before offering anything that needs words rather than substrings.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from parser.model import Span
from parser.yaml_io import load_yaml, read_settings_text

if TYPE_CHECKING:
    import jieba

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_extra_words: tuple[str, ...] = ()


def read_word_list(path: Path | str, key: str = "words") -> list[str]:
    """Read a YAML word list (``{key: [term, "term freq", …]}``); a missing key is empty.

    Raises ``ValueError`` with a one-line message when the file is not such a list.
    """
    try:
        data = load_yaml(read_settings_text(path)) or {}
    except OSError as error:
        raise ValueError(f"{path}: cannot read word list: {error.strerror or error}") from None
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise ValueError(f"{path}: cannot read word list: {error}".splitlines()[0]) from None
    words = data.get(key, []) if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, (str, int)) for w in words):
        raise ValueError(f"{path}: '{key}' must be a list of words")
    return [str(word).strip() for word in words if str(word).strip()]


def domain_words() -> list[str]:
    """The bundled domain dictionary plus any words added with ``add_words``."""
    bundled = resources.files("parser") / "data" / "domain.yaml"
    return read_word_list(Path(str(bundled))) + list(_extra_words)


def add_words(words: Iterable[str]) -> None:
    """Add user terms (e.g. from the config directory). Takes effect at once if jieba is
    already loaded, otherwise when it loads. Terms added before are skipped."""
    global _extra_words
    with _lock:
        new = tuple(dict.fromkeys(w for w in words if w not in _extra_words))
        _extra_words += new
        if _tokenizer is not None:
            _add_to(_tokenizer, new)


def added_words() -> tuple[str, ...]:
    """The terms added with ``add_words`` so far; segmentation changes only when this grows."""
    return _extra_words


def _add_to(tokenizer: jieba.Tokenizer, entries: Iterable[str]) -> None:
    for entry in entries:
        word, _, freq = entry.partition(" ")
        tokenizer.add_word(word, int(freq) if freq.strip().isdecimal() else None)


def warm() -> jieba.Tokenizer:
    """Load jieba and the domain dictionary (once, thread-safe) and return the tokenizer."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            # jieba reports its progress on stderr, which would scribble over a full-screen UI.
            logging.getLogger("jieba").setLevel(logging.ERROR)
            jieba.setLogLevel(logging.ERROR)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            _add_to(tokenizer, domain_words())
            _tokenizer = tokenizer
        return _tokenizer


def is_ready() -> bool:
    """True once ``warm`` has finished: word-level features cost nothing more."""
    return _tokenizer is not None


def tokenize(text: str, offset: int = 0) -> list[Span]:
    """Segment ``text`` into words; returns spans shifted by ``offset``, tiling the text."""
    tokenizer = warm()
    return [(offset + start, offset + end) for _, start, end in tokenizer.tokenize(text)]
