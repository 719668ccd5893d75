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
from parser.diff import DiffResult
from parser.errors import os_error
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


def default_output(stem: str, fmt: str, sources: list[str], cwd: Path | None = None) -> Path:
    """Where the TUI's ``e`` writes: ``<stem>.<fmt>`` in the current directory — or, when
    that holds one of the ``sources``, in ``gongwen-export`` under it: never beside an input.
    A name already taken gets ``-2``, ``-3`` … rather than being overwritten."""
    cwd = (cwd or Path.cwd()).resolve()
    beside = any(Path(source).resolve().parent == cwd for source in sources)
    folder = cwd / "gongwen-export" if beside else cwd
    candidate = folder / f"{stem}.{fmt}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.{fmt}"
        number += 1
    return candidate


def _write_new(text: str, target: Path, sources: list[str]) -> Path:
    try:
        target.parent.mkdir(exist_ok=True)
    except OSError as error:
        raise os_error(error, target.parent, writing=True) from None
    write_output(text, str(target), inputs=sources)
    return target


def export_document(doc: parser.Document, fmt: str, cwd: Path | None = None) -> Path:
    """Write ``doc`` as ``fmt`` to its ``default_output``; return where. Raises
    ``LoadError`` (one line) when it cannot be written."""
    sources = [doc.source] if doc.source else []
    stem = Path(doc.source).stem if doc.source else (doc.meta.title or "report")
    return _write_new(render(doc, fmt), default_output(stem, fmt, sources, cwd), sources)


def export_diff(result: DiffResult, cwd: Path | None = None) -> Path:
    """Write the side-by-side page of ``result`` (``<a>-<b>.html``); return where."""
    from parser.diff_html import diff_html

    names = [doc.source or name for doc, name in ((result.a, "a"), (result.b, "b"))]
    sources = [doc.source for doc in (result.a, result.b) if doc.source]
    stem = "-".join(Path(name).stem for name in names)
    return _write_new(diff_html(result, *names), default_output(stem, "html", sources, cwd),
                      sources)


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
        raise parser.LoadError("write_over_input", path=output)
    if target.is_dir():
        raise parser.LoadError("write_directory", path=output)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                             suffix=".tmp")
    except OSError as error:
        raise os_error(error, output, writing=True) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as a file the user made, not mkstemp's 0600
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise os_error(error, output, writing=True) from None
