"""What the plain (non-TUI) commands share about their output and options: untrusted text
made safe for a terminal, JSON that keeps it safe too, the output encoding, colour and the
size limit."""

from __future__ import annotations

import argparse
import math
import os
import re
from typing import Any, TextIO

from parser.controls import CONTROLS, control_form

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
"""C0 controls but tab and newline, DEL, C1 controls and lone surrogates (the undecodable
bytes of a file name, as Python carries them)."""
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff]")
"""What ``json.dumps(ensure_ascii=False)`` leaves raw although a terminal acts on it."""
MAX_SIZE_MB = 1024 * 1024
"""The largest ``--max-size`` accepted (a terabyte): beyond any report, and any int."""


def _visible(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if character in CONTROLS:
        return control_form(character)  # caret notation, as cat -v: ESC -> ^[, BEL -> ^G
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte the file system's encoding could not decode
    return f"<U+{code:04X}>"


def terminal_text(text: str) -> str:
    """``text`` from a report or a file name, safe to print to a terminal: every control
    character but tab and newline shown visibly (``ESC`` as ``^[``, ``BEL`` as ``^G``, C1 as
    ``<U+009B>``), so no report can move the cursor, set the title, clear the screen or
    write the clipboard. Text without controls is returned as it is."""
    return _UNSAFE.sub(_visible, text) if _UNSAFE.search(text) else text


def json_text(data: Any) -> str:
    """``data`` as indented JSON for a terminal: non-ASCII text readable as itself, but every
    control character escaped (``json`` leaves DEL and C1 raw; they become ``\\u009b``)."""
    import json  # only the --json outputs need it, not the reader's start

    dumped = json.dumps(data, ensure_ascii=False, indent=1)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)


def configure_stream(stream: TextIO) -> None:
    """Make ``stream`` print any text instead of failing on it: a locale whose encoding has no
    Chinese (ASCII, Latin-1) is replaced by UTF-8; one that has most of it (GBK) is kept, and
    what it lacks (`` › ``, ``\\u2003``) prints as ``?``."""
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = getattr(stream, "encoding", None)
    if reconfigure is None or not encoding:
        return
    try:
        "公文".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        reconfigure(encoding="utf-8", errors="replace")
        return
    if encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        reconfigure(errors="replace")


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
    if not math.isfinite(megabytes) or megabytes > MAX_SIZE_MB:
        raise argparse.ArgumentTypeError(f"the size limit must be at most {MAX_SIZE_MB} MB")
    return max(1, int(megabytes * 1024 * 1024))
