"""Reading a file without waiting on it or reading without end: only regular files, and no
more than a limit.

Opening a named pipe blocks until something writes to it, and ``/dev/zero`` never ends, so
the file is opened without blocking and checked with ``fstat`` on the open descriptor (the
name cannot be swapped for a pipe in between) before anything is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_CHUNK = 1 << 20
_KINDS = (
    (stat.S_ISFIFO, "pipe"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
    (stat.S_ISSOCK, "socket"),
)


class NotRegular(OSError):
    """The path names a pipe, a device or a socket; ``kind`` says which (``pipe``,
    ``device``, ``socket``)."""

    def __init__(self, kind: str) -> None:
        super().__init__(0, f"is a {kind}, not a file")
        self.kind = kind


class FileTooLarge(OSError):
    """The file holds more than the limit; ``size`` is how much it holds (at least)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"more than the limit ({size} bytes)")
        self.size = size


def read_regular(path: str | Path, limit: int) -> bytes:
    """All the bytes of the regular file ``path``, at most ``limit`` of them.

    Raises:
        NotRegular: a pipe, a device or a socket (nothing is read from it).
        IsADirectoryError: a directory.
        FileTooLarge: the file holds more than ``limit`` bytes.
        OSError: it cannot be opened or read (missing, no permission …).
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        for is_kind, kind in _KINDS:
            if is_kind(info.st_mode):
                raise NotRegular(kind)
        if info.st_size > limit:
            raise FileTooLarge(info.st_size)
        chunks: list[bytes] = []
        total = 0
        # Read in chunks, never asking for more than the limit plus one byte at once: a limit
        # of any size is fine, and a file growing while it is read is caught.
        while chunk := handle.read(min(_CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileTooLarge(max(total, info.st_size))
        return b"".join(chunks)
