"""File bytes -> text -> Document, with the encoding detected and bad input refused in words.

gongwen only ever opens the files it reads for reading.
"""

from __future__ import annotations

import codecs
import errno
import re
from pathlib import Path

from parser import formats
from parser.model import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

_MAGIC = (
    (b"{\\rtf", "an RTF document; save it as text (.txt) first"),
    (b"\x89PNG", "an image, not a text report"),
    (b"\xff\xd8\xff", "an image, not a text report"),
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


class LoadError(Exception):
    """A file that cannot be read as a report; the message is one line for the user."""


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding name)``.

    Tries, in order: a BOM (UTF-8, UTF-16), strict UTF-8, an encoding the file declares
    (HTML ``<meta charset>``), GBK/GB18030 (what Chinese government offices most often save
    in), then charset-normalizer's best guess. Raises ``LoadError`` for binary data.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[2:], name, "utf-16")
    if b"\x00" in data:
        raise LoadError("binary data (NUL bytes), not a text report")
    attempts = ["utf-8"]
    if declared:
        attempts.append(declared)
    attempts += ["gbk", "gb18030"]
    for encoding in attempts:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding == "utf-8" or _plausible_chinese(text):
            return text, _canonical(encoding)
    return _guess(data)


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as error:
        raise LoadError(f"not valid {name} text ({error.reason} at byte {error.start})") from None


def _canonical(encoding: str) -> str:
    return codecs.lookup(encoding).name.replace("_", "-")


def _plausible_chinese(text: str) -> bool:
    """A legacy-codec decoding that is mostly common Han, ASCII and CJK punctuation."""
    if not text:
        return True
    common = sum(
        1 for ch in text
        if ch < "\x80" or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef" or ch in "“”‘’…—·"
    )
    return common / len(text) >= 0.95


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise LoadError("cannot tell the text encoding (binary data?)")
    text = str(best)
    if sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f") > len(text) // 100:
        raise LoadError("binary data (control characters), not a text report")
    return text, _canonical(best.encoding)


def read_bytes(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or a ``LoadError`` saying in one line why they cannot be had."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise LoadError(f"{path}: is a directory, not a report file")
        if size > max_bytes:
            raise LoadError(
                f"{path}: {size / 1048576:.1f} MB is over the {max_bytes / 1048576:.3g} MB limit "
                "(raise it with --max-size)"
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a directory, not a report file") from None
    except OSError as error:
        reason = error.strerror or errno.errorcode.get(error.errno or 0, str(error))
        raise LoadError(f"{path}: cannot read: {reason}") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise LoadError(f"{path}: {what}")
    return data


def load(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read, decode and parse a report file (.txt, .md, .html saved from a web page, or an
    attachment: .docx, .pdf, .doc — see ``parser.formats``).

    Raises ``LoadError`` with a one-line message for anything that is not a readable report.
    """
    from parser.structure import parse

    data = read_bytes(path, max_bytes=max_bytes)
    reader = formats.reader_for(path, data)
    if reader is not None:
        try:
            extracted = reader(data)
        except LoadError as error:
            raise LoadError(f"{path}: {error}") from None
        doc = parse(extracted.text, source=str(path), encoding=extracted.kind,
                    markdown_input=False)
        return formats.with_furniture(doc, extracted)
    is_html = Path(path).suffix.lower() in HTML_SUFFIXES
    declared = None
    if is_html:
        match = _HTML_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    try:
        text, encoding = decode(data, declared=declared)
    except LoadError as error:
        raise LoadError(f"{path}: {error}") from None
    if is_html:
        from parser.html import html_to_text

        text = html_to_text(text)
    suffix = Path(path).suffix.lower()
    markdown_input = True if suffix in MARKDOWN_SUFFIXES else False if is_html else None
    return parse(text, source=str(path), encoding=encoding, markdown_input=markdown_input)
