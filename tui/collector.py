"""The cyclic garbage collector held off while the reader starts.

Until the first frame is on the screen nearly everything allocated is built to last — modules,
widgets, the report and its layout — and the collections that would run meanwhile walk it all
for next to nothing: about a tenth of the start-up. The command line holds the collector for
the reader; the app lets it go once its first frame is up (or the command, whichever is first).
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Pause the collector if it is running, until ``release``."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Resume the collector if ``hold`` paused it; otherwise leave it as it is."""
    global _held
    if _held:
        _held = False
        gc.enable()
