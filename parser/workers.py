"""When slow work over many reports may go to worker processes."""

from __future__ import annotations

import multiprocessing
import threading


def forkable() -> bool:
    """Whether worker processes may be forked from this one. Forking starts a worker at
    once, with the parser imported and the reports already read, and never runs the
    program's main module again; it is safe only in a single-threaded process (a Textual app
    has threads: it computes in its own worker thread, or runs a child process)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
