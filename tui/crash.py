"""What is left of a crash: the traceback in a log file in the user's cache folder, and one
line telling the user where it is."""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path

CACHE_DIR_ENV = "GONGWEN_CACHE_DIR"
CRASH_STATUS = 3
"""The exit status after an internal error (2 is bad input, 1 a difference, as diff(1))."""


def cache_dir() -> Path:
    """gongwen's cache folder: ``$GONGWEN_CACHE_DIR`` if set, else the platform's
    (``$XDG_CACHE_HOME/gongwen``, by default ``~/.cache/gongwen``)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("gongwen", appauthor=False))


def write_crash_log(error: BaseException) -> Path | None:
    """Write ``error``'s traceback to a new ``crash-<time>.log`` in the cache folder.

    Returns:
        The log's path, or None if it could not be written (the folder is read-only).
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    text = "".join(traceback.format_exception(error))
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}.log"
        with path.open("x", encoding="utf-8", errors="backslashreplace") as log:
            log.write(text)
    except OSError:
        return None
    return path


def crash_message(error: BaseException, log: Path | None) -> str:
    """The one line a user sees after a crash."""
    where = f"the details are in {log}" if log else "GONGWEN_DEBUG=1 shows where"
    return f"internal error: {type(error).__name__}: {error} ({where}; please report it)"
