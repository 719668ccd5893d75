"""Why a file cannot be read as a report (or an export written): a code and its particulars,
said in English here.

A front end in another language says the same from the code (``tui.strings`` holds the
Chinese of every one, under ``load.<code>``); the parser itself stays free of any interface.
"""

from __future__ import annotations

import errno

MESSAGES: dict[str, str] = {
    # Reading the file
    "empty_path": "an empty path names no report",
    "too_large": "{size_mb:.1f} MB is over the {limit_mb:.3g} MB limit (raise it with --max-size)",
    "pipe": "is a pipe, not a file; save it to a file first",
    "device": "is a device, not a file; save it to a file first",
    "socket": "is a socket, not a file; save it to a file first",
    "missing": "no such file",
    "permission": "permission denied",
    "directory": "is a directory, not a report file",
    "folder": "is a directory, not a file",
    "unreadable": "cannot read: {reason}",
    "rtf": "an RTF document; save it as text (.txt) first",
    "image": "an image, not a text report",
    # Decoding text
    "binary": "binary data (NUL bytes), not a text report",
    "control_characters": "binary data (control characters), not a text report",
    "damaged_utf8": "invalid UTF-8 at byte {at:,} (a damaged file? save it again as UTF-8)",
    "cesu8": "a UTF-16 surrogate encoded as UTF-8 (CESU-8?) at byte {at:,} "
             "(a damaged file? save it again as UTF-8)",
    "invalid_text": "not valid {encoding} text ({reason} at byte {at})",
    "unknown_encoding": "cannot tell the text encoding (binary data?)",
    "foreign_encoding": "not UTF-8, UTF-16 or GBK text (it looks like {encoding}); "
                        "save it as UTF-8 first",
    # Attachments
    "office_password": "a password-protected Office file; remove the password in Word first",
    "xls": "an Excel workbook (.xls), not a Word document",
    "ppt": "a PowerPoint file (.ppt), not a Word document",
    "office": "an Office file, not a Word document",
    "doc_no_reader": "an old Word document (.doc): install antiword or catdoc "
                     "(apt-get install antiword) to read it, or save it as .docx",
    "doc_failed": "an old Word document (.doc) that {tool} could not read: {detail}",
    "doc_empty": "an old Word document (.doc) with no text that {tool} can find",
    "zip_damaged": "a damaged .docx or ZIP file (cannot open the archive)",
    "xlsx": "an .xlsx workbook, not a Word document (.docx)",
    "pptx": "a .pptx presentation, not a Word document (.docx)",
    "zip": "a ZIP archive, not a Word document (.docx)",
    "docx_damaged": "a damaged .docx file ({error})",
    "pdf_scanned": "a PDF with no text layer ({pages} pages; a scanned document?) — "
                   "gongwen does not do OCR",
    "pdf_unmapped": "a PDF whose fonts have no Unicode map (its characters cannot be told "
                    "apart); export it as text from the program that made it",
    "pdf_password": "an encrypted PDF (it needs a password to open)",
    "pdf_encrypted": "an encrypted PDF gongwen cannot open ({error})",
    "pdf_forbidden": "a PDF whose author forbids extracting its text",
    "pdf_damaged": "a damaged PDF file ({error})",
    # Writing an export (gongwen never writes over what it reads)
    "write_over_input": "is the report being read; gongwen never writes over its input "
                        "(choose another -o FILE)",
    "write_directory": "is a directory (give a file name)",
    "write_no_folder": "cannot write: no such folder",
    "write_permission": "cannot write: permission denied",
    "write_failed": "cannot write: {reason}",
}
"""The English line for every code; fields in braces come from the error's ``fields``."""

_STORED = "load-error "


class LoadError(Exception):
    """A file that cannot be read as a report.

    ``code`` (a key of ``MESSAGES``) says why and ``fields`` the particulars, so that the
    line can be said in any language; ``path`` is the file, once known. ``str()`` gives the
    English line, ``path: reason``.
    """

    def __init__(self, code: str, /, *, path: str | None = None, **fields: object) -> None:
        if code not in MESSAGES:
            raise ValueError(f"unknown load error code {code!r}")
        self.code = code
        self.fields = fields
        self.path = path
        super().__init__(self.describe(MESSAGES[code]))

    def describe(self, template: str) -> str:
        """The line with ``template`` (this error's reason in some language) filled in,
        after the path when there is one."""
        reason = template.format(**self.fields)
        return f"{self.path}: {reason}" if self.path is not None else reason

    def at(self, path: object) -> LoadError:
        """The same error, about the file ``path``."""
        return LoadError(self.code, path=str(path), **self.fields)

    def stored(self) -> str:
        """The error as one line of text that ``restored`` reads back: how an index keeps it,
        so that a front end can still say it in its own language."""
        import json  # only an index stores errors: not loaded for every report read

        record = {"code": self.code, "path": self.path, "fields": self.fields}
        return _STORED + json.dumps(record, ensure_ascii=False)

    @staticmethod
    def restored(text: str) -> LoadError | None:
        """The error ``stored`` wrote; None for any other text (a line an older version
        kept, a parser bug's message)."""
        if not text.startswith(_STORED):
            return None
        import json

        try:
            record = json.loads(text[len(_STORED):])
            return LoadError(record["code"], path=record["path"], **record["fields"])
        except (ValueError, KeyError, TypeError):
            return None

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross from the indexing worker processes; keyword fields do not survive
        # Exception's own pickling.
        return (_rebuild, (self.code, self.path, self.fields))


_READING = {
    errno.ENOENT: "missing",
    errno.ENOTDIR: "missing",  # a file stands where the path needs a folder: no such file
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EISDIR: "directory",
}
_WRITING = {
    errno.ENOENT: "write_no_folder",
    errno.ENOTDIR: "write_no_folder",
    errno.EACCES: "write_permission",
    errno.EPERM: "write_permission",
    errno.EISDIR: "write_directory",
}


def os_error(
    error: OSError, path: object = None, *, writing: bool = False, report: bool = True,
) -> LoadError:
    """``error`` (reading ``path``, or writing it) as a ``LoadError``: the usual troubles in
    gongwen's own words (``no such file``, ``permission denied``), which a front end says in
    its language; any other keeps the system's reason, in lower case like the rest. A file
    that is not a ``report`` (a config, a theme) is only said to be a directory, not a file."""
    code = (_WRITING if writing else _READING).get(error.errno or 0)
    named = None if path is None else str(path)
    if code == "directory" and not report:
        code = "folder"
    if code is not None:
        return LoadError(code, path=named)
    reason = error.strerror or errno.errorcode.get(error.errno or 0) or str(error)
    return LoadError("write_failed" if writing else "unreadable", path=named,
                     reason=reason[:1].lower() + reason[1:])


def _rebuild(code: str, path: str | None, fields: dict[str, object]) -> LoadError:
    return LoadError(code, path=path, **fields)
