"""When slow work over many reports may go to worker processes, and how those end."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time

_WATCH_INTERVAL = 0.5
"""Seconds between a worker's looks at whether the process that forked it is still there."""


def forkable() -> bool:
    """Whether worker processes may be forked from this one. Forking starts a worker at
    once, with the parser imported and the reports already read, and never runs the
    program's main module again; it is safe only in a single-threaded process (a Textual app
    has threads: it computes in its own worker thread, or runs a child process)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def die_with_parent() -> None:
    """A forked worker's initializer: end the worker when the process that forked it ends,
    even when that one is killed outright (``kill -9`` on ``gongwen index``). A worker waits on
    its task queue, whose pipe every forked worker also holds open, so the queue alone never
    tells it that nobody will write again: it would wait for ever."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_INTERVAL)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()
