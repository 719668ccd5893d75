"""YAML reading for gongwen's data files: libyaml's C loader when PyYAML has it (several times
faster), else the pure-Python one; and the bounded read every such file goes through.

PyYAML is imported on the first parse, not with this module: a caller that keeps the decoded
form of its files (the reader, for its config and themes) may never need it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parser.reading import FileTooLarge, read_regular

SETTINGS_FILE_LIMIT = 4 * 1024 * 1024
"""The largest config, theme or word list read: far beyond any real one, and a pipe or
``/dev/zero`` named as one is refused rather than waited on or read for ever."""


def load_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader; raises ``yaml.YAMLError`` on bad YAML."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, C or Python


def read_settings_text(path: Path | str, limit: int = SETTINGS_FILE_LIMIT) -> str:
    """The UTF-8 text of a small settings file (config, theme, word list).

    Raises:
        OSError: missing, unreadable, not a regular file (``strerror`` says which), or
            larger than ``limit``.
        UnicodeDecodeError: not UTF-8.
    """
    try:
        data = read_regular(path, limit)
    except FileTooLarge as error:
        raise OSError(0, f"larger than {limit // 1048576} MB ({error.size:,} bytes)") from None
    return data.decode("utf-8")
