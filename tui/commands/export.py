"""Write a report with its outline for outside the terminal: Markdown (headings as Markdown
headings, a table of contents) or a self-contained HTML page.

The output goes to FILE with -o (never over the report being read), else to standard output.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import parser
from parser.export import to_html, to_markdown
from tui.output import size_limit

FORMATS = ("md", "html")


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("path", metavar="PATH", help="a report: .txt, .md, .html, .docx, .pdf, .doc")
    ap.add_argument("--format", choices=FORMATS, default="md", help="md (default) or html")
    ap.add_argument("-o", "--output", metavar="FILE", help="write here instead of to stdout")
    ap.add_argument(
        "--max-size", type=size_limit, default=parser.DEFAULT_MAX_BYTES, metavar="MB",
        help="refuse files larger than this many megabytes (default 20)",
    )


def render(doc: parser.Document, fmt: str) -> str:
    """``doc`` as ``fmt`` (``md`` or ``html``)."""
    return to_html(doc) if fmt == "html" else to_markdown(doc)


def default_output(doc: parser.Document, fmt: str, cwd: Path | None = None) -> Path:
    """Where the reader's ``e`` writes: ``<report name>.<fmt>`` in the current directory —
    or, when that is the report's own folder, in ``gongwen-export`` under it: never beside
    the input. A name already taken gets ``-2``, ``-3`` … rather than being overwritten."""
    cwd = (cwd or Path.cwd()).resolve()
    stem = Path(doc.source).stem if doc.source else (doc.meta.title or "report")
    folder = cwd
    if doc.source and Path(doc.source).resolve().parent == cwd:
        folder = cwd / "gongwen-export"
    candidate = folder / f"{stem}.{fmt}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.{fmt}"
        number += 1
    return candidate


def export_document(doc: parser.Document, fmt: str, cwd: Path | None = None) -> Path:
    """Write ``doc`` as ``fmt`` to its ``default_output``; return where. Raises
    ``LoadError`` (one line) when it cannot be written."""
    target = default_output(doc, fmt, cwd)
    try:
        target.parent.mkdir(exist_ok=True)
    except OSError as error:
        raise parser.LoadError(f"{target.parent}: cannot write: {error.strerror}") from None
    write_output(render(doc, fmt), str(target), inputs=[doc.source] if doc.source else [])
    return target


def run(args: argparse.Namespace) -> int:
    doc = parser.load(args.path, max_bytes=args.max_size)
    write_output(render(doc, args.format), args.output, inputs=[args.path])
    return 0


def write_output(text: str, output: str | None, *, inputs: list[str]) -> None:
    """Write ``text`` to ``output`` (stdout when None) without ever replacing an input file:
    written beside the target under a temporary name, then moved over it in one step."""
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    target = Path(output)
    if any(target.exists() and Path(path).exists() and target.samefile(path)
           for path in inputs):
        raise parser.LoadError(f"{output}: is the report being read; gongwen never writes "
                               "over its input (choose another -o FILE)")
    if target.is_dir():
        raise parser.LoadError(f"{output}: is a directory (give a file name)")
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                             suffix=".tmp")
    except OSError as error:
        raise parser.LoadError(f"{output}: cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as a file the user made, not mkstemp's 0600
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise parser.LoadError(f"{output}: cannot write: {error.strerror or error}") from None
