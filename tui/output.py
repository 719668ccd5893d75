"""What the plain (non-TUI) commands share about their output and options."""

from __future__ import annotations

import argparse
import os
from typing import TextIO


def colour_enabled(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def size_limit(value: str) -> int:
    """``--max-size`` in megabytes (decimals allowed) -> bytes."""
    try:
        megabytes = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if not megabytes > 0:
        raise argparse.ArgumentTypeError("the size limit must be more than 0 MB")
    return int(megabytes * 1024 * 1024)
