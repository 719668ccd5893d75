"""An old binary Word document (.doc) -> its text, through antiword or catdoc (Debian packages
of the same names) when one is installed; without them, one line naming what to install.

The same container (an OLE compound file) also holds password-protected Office files — .docx
included — and Excel or PowerPoint files; those are told apart by the names of their streams.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from parser.errors import LoadError
from parser.extracted import Extracted

TIMEOUT_SECONDS = 60


def _stream_name(name: str) -> bytes:
    # Directory entries of a compound file spell stream names in UTF-16LE.
    return name.encode("utf-16-le")


_ENCRYPTED = (_stream_name("EncryptedPackage"), _stream_name("EncryptionInfo"))
_WORD = _stream_name("WordDocument")
_OTHER = ((_stream_name("Workbook"), "xls"), (_stream_name("PowerPoint Document"), "ppt"))
# antiword with its UTF-8 map (Chinese needs it); catdoc told to write UTF-8.
_TOOLS = (("antiword", ["-m", "UTF-8.txt", "-w", "0"]), ("catdoc", ["-d", "utf-8", "-w"]))


def read_doc(data: bytes) -> Extracted:
    """The text of a .doc file; ``LoadError`` when it is password-protected, not a Word
    document, or no reader for it is installed."""
    if any(name in data for name in _ENCRYPTED):
        raise LoadError("office_password")
    if _WORD not in data:
        raise LoadError(next((code for name, code in _OTHER if name in data), "office"))
    for tool, options in _TOOLS:
        program = shutil.which(tool)
        if program is not None:
            return Extracted(text=_run(tool, [program, *options], data), kind=f"doc ({tool})")
    raise LoadError("doc_no_reader")


def _run(tool: str, command: list[str], data: bytes) -> str:
    # The tools read a named file: a private temporary copy, never a file beside the input.
    handle, name = tempfile.mkstemp(suffix=".doc")
    try:
        with os.fdopen(handle, "wb") as copy:
            copy.write(data)
        done = subprocess.run([*command, name], capture_output=True, timeout=TIMEOUT_SECONDS,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise LoadError("doc_failed", tool=tool, detail=str(error)) from None
    finally:
        os.unlink(name)
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1].replace(name, "the file") if reason else f"exit {done.returncode}"
        raise LoadError("doc_failed", tool=tool, detail=detail)
    text = done.stdout.decode("utf-8", "replace")
    if not text.strip():
        raise LoadError("doc_empty", tool=tool)
    return text
