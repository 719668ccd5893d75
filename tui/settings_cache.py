"""The decoded form of a settings file (the config, a theme) kept in the cache folder, so that
the reader's start reads a few marshalled bytes instead of importing and running the YAML
parser.

An entry holds the file's exact text beside what it decodes to, and is used only while the
file still holds that text; a file that changed is parsed again and its entry rewritten. A
cache that cannot be read or written costs nothing but the parse.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from pathlib import Path
from typing import Any

from parser.yaml_io import load_yaml
from tui.crash import cache_dir

CACHE_FOLDER = "settings"


class SettingsSyntaxError(ValueError):
    """A settings file that is not YAML; ``line`` (from 1) is where the parser gave up, if it
    said."""

    def __init__(self, line: int | None) -> None:
        super().__init__("not YAML" if line is None else f"not YAML (line {line})")
        self.line = line


def decode_settings(path: Path, text: str) -> Any:
    """What ``text``, read from ``path``, holds as YAML; from the cache when ``path`` held
    exactly this text last time.

    Raises:
        SettingsSyntaxError: ``text`` is not YAML.
    """
    entry = _entry_path(path)
    try:
        cached_text, data = marshal.loads(entry.read_bytes())
        if cached_text == text:
            return data
    except (OSError, ValueError, EOFError, TypeError):  # none yet, or broken: parse again
        pass
    import yaml  # only when the cache cannot answer

    try:
        data = load_yaml(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SettingsSyntaxError(None if mark is None else mark.line + 1) from None
    _store(entry, text, data)
    return data


def _entry_path(path: Path) -> Path:
    """Where ``path``'s entry is kept: one per settings file, so they never pile up."""
    return cache_dir() / CACHE_FOLDER / f"{zlib.crc32(os.fsencode(path)):08x}.marshal"


def _store(entry: Path, text: str, data: Any) -> None:
    try:
        encoded = marshal.dumps((text, data))
    except ValueError:  # a value marshal cannot keep (a date): the file is parsed each time
        return
    # Written aside and renamed, so that another window never reads half an entry; private
    # (0600) as the config itself is: it holds the reading history.
    partial = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "wb") as file:
            file.write(encoded)
        os.replace(partial, entry)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
