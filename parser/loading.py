"""File bytes -> text -> Document, with the encoding detected and bad input refused in words.

gongwen only ever opens the files it reads for reading.
"""

from __future__ import annotations

import codecs
import functools
import re
import warnings
from pathlib import Path

from parser import formats
from parser.errors import LoadError, os_error
from parser.model import Document
from parser.reading import FileTooLarge, NotRegular, read_regular

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

_MAGIC = ((b"{\\rtf", "rtf"), (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"))
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


DROPPED_SHARE_NOTED = 0.5
"""An HTML page of which more than this share of the text is left out gets a warning."""


class DroppedTextWarning(UserWarning):
    """Much of an HTML page was left out as site furniture: ``share`` of the text of the
    page at ``path``. The message is the English line."""

    def __init__(self, path: str, share: float) -> None:
        super().__init__(
            f"{path}: {share:.0%} of the page's text was left out as site navigation, headers "
            "and footers; if the report looks short, save the article's text from the browser"
        )
        self.path = path
        self.share = share


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding name)``.

    Tries, in order: a BOM (UTF-8, UTF-32, UTF-16), strict UTF-8, an encoding the file
    declares (HTML ``<meta charset>``), GBK/GB18030 (what Chinese government offices most
    often save in), then charset-normalizer's best guess if that is a Chinese encoding.
    Nothing is decoded with replacement: a UTF-8 file with a few bad bytes is refused with
    where the first one is, and text in other encodings (Shift-JIS, Latin-1 …) is refused
    rather than shown as mojibake. Raises ``LoadError`` saying why.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    for bom, codec in _WIDE_BOMS:  # UTF-32 first: its little-endian BOM starts like UTF-16's
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, codec[:6])
    if b"\x00" in data:
        raise LoadError("binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        damage = _damaged_utf8(data, error)
    if damage:
        raise damage
    for encoding in ([declared] if declared else []) + ["gbk", "gb18030"]:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible_chinese(text):
            return text, _canonical(encoding)
    return _guess(data)


_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_DAMAGE_SHARE = 0.01
_DAMAGE_FEW = 3
"""At most this many damaged places, or this share of the good multi-byte sequences: UTF-8
with damage, not another encoding (GBK text holds as many bad sequences as good ones)."""
_DAMAGE = re.compile("\ufffd+")


def _damaged_utf8(data: bytes, error: UnicodeDecodeError) -> LoadError | None:
    """Why mostly-UTF-8 ``data`` cannot be read (where its first bad byte is), or None when
    it is not UTF-8 at all."""
    decoded = data.decode("utf-8", errors="replace")
    replaced = decoded.count("\ufffd")
    genuine = data.count("\ufffd".encode())
    # Characters decoded from multi-byte sequences: all but ASCII and the replacements.
    good = len(decoded) - len(data.translate(None, delete=_HIGH_BYTES)) - replaced
    places = len(_DAMAGE.findall(decoded)) - genuine if replaced > genuine else 0
    if good < 8 or places > max(_DAMAGE_FEW, good * _DAMAGE_SHARE):
        return None
    at = error.start
    surrogate = data[at] == 0xED and at + 1 < len(data) and 0xA0 <= data[at + 1] <= 0xBF
    return LoadError("cesu8" if surrogate else "damaged_utf8", at=at)


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as error:
        raise LoadError("invalid_text", encoding=name, reason=error.reason,
                        at=error.start) from None


def _canonical(encoding: str) -> str:
    return codecs.lookup(encoding).name.replace("_", "-")


_SAMPLE = 200_000
"""Characters looked at to judge a decoding: enough for any report's character mix."""
@functools.cache
def _common_han() -> frozenset[str]:
    """GB2312's first level: the 3,755 most frequent Han characters, nearly all of any real
    Chinese text and few of the characters Japanese or Big5 bytes decode to as GBK (built when
    a file is not UTF-8, not at every start)."""
    return frozenset(
        bytes((lead, trail)).decode("gb2312")
        for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)
        if (lead, trail) < (0xD7, 0xFA)
    )


def _plausible_chinese(text: str, *, simplified: bool = True) -> bool:
    """A legacy-codec decoding that is mostly ASCII, CJK punctuation and Han characters,
    those nearly all common simplified ones unless ``simplified`` is off (Shift-JIS or Big5
    read as GBK gives rare ones)."""
    sample = text[:_SAMPLE]
    if not sample:
        return True
    han = [ch for ch in sample if "\u4e00" <= ch <= "\u9fff"]
    common = len(han) + sum(
        1 for ch in sample
        if ch < "\x80" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
        or "\u2460" <= ch <= "\u24ff" or "\u3220" <= ch <= "\u3229"  # ①…⑳ ⑴…⒇ ㈠…㈩: markers
        or ch in "“”‘’…—·"
    )
    if common / len(sample) < 0.95:
        return False
    return not simplified or not han or sum(1 for ch in han if ch in _common_han()) / len(han) >= 0.9


_CHINESE_ENCODINGS = frozenset({"gb2312", "gbk", "gb18030", "big5", "big5hkscs", "hz"})


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise LoadError("unknown_encoding")
    text = str(best)
    if sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f") > len(text) // 100:
        raise LoadError("control_characters")
    encoding = _canonical(best.encoding)
    if encoding not in _CHINESE_ENCODINGS or not _plausible_chinese(
        text, simplified=not encoding.startswith("big5")
    ):
        raise LoadError("foreign_encoding", encoding=encoding)
    return text, encoding


def read_bytes(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or a ``LoadError`` saying in one line why they cannot be had.

    Only regular files are read: a named pipe, a terminal or a device (``/dev/stdin`` from a
    pipe, ``/dev/zero``) is refused at once rather than waited on or read without end. The
    size limit holds for what is actually read, so a file that grows while it is read is
    refused too, never cut short.
    """
    if str(path) == "":
        raise LoadError("empty_path")
    try:
        data = read_regular(path, max_bytes)
    except FileTooLarge as error:
        raise LoadError("too_large", path=str(path), size_mb=error.size / 1048576,
                        limit_mb=max_bytes / 1048576) from None
    except NotRegular as error:
        raise LoadError(error.kind, path=str(path)) from None
    except OSError as error:
        raise os_error(error, path) from None
    for magic, code in _MAGIC:
        if data.startswith(magic):
            raise LoadError(code, path=str(path))
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
            raise error.at(path) from None
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
        raise error.at(path) from None
    if is_html:
        from parser.html import extract

        extraction = extract(text)
        text = extraction.text
        if extraction.dropped_share > DROPPED_SHARE_NOTED:
            warnings.warn(DroppedTextWarning(str(path), extraction.dropped_share), stacklevel=2)
    suffix = Path(path).suffix.lower()
    markdown_input = True if suffix in MARKDOWN_SUFFIXES else False if is_html else None
    return parse(text, source=str(path), encoding=encoding, markdown_input=markdown_input)
