"""What ``gongwen diff`` and ``gongwen track`` share: two reports named on the command line,
the size limit, a page to hand on (``--format html -o FILE``), the view's settings, and the
columns ``--plain`` wraps its lines to (``--width``).

Both reports are read before anything is printed or the view takes the screen: bad input is
one line and exit 2.
"""

from __future__ import annotations

import argparse
import shutil
from typing import Any

import parser
from parser.model import Document
from parser.wrap import wrap
from tui.output import size_limit
from tui.strings import LANGUAGES


def add_reports(ap: argparse.ArgumentParser, a_help: str, b_help: str) -> Any:
    """The two reports; returns the group of output forms, to which the command adds its
    own (only one may be asked for)."""
    ap.add_argument("a", metavar="A", help=a_help)
    ap.add_argument("b", metavar="B", help=b_help)
    return ap.add_mutually_exclusive_group()


def add_settings(ap: argparse.ArgumentParser, outputs: Any, page_help: str) -> None:
    """The size limit, the page to hand on (one of ``outputs``) and the view's settings."""
    ap.add_argument(
        "--max-size", type=size_limit, default=None, metavar="MB",
        help="refuse files larger than this many megabytes (default 20)",
    )
    outputs.add_argument("--format", choices=("html",), help=page_help)
    ap.add_argument("-o", "--output", metavar="FILE", help="where --format html writes")
    ap.add_argument("--theme", metavar="NAME", help="colour theme of the view")
    ap.add_argument("--lang", choices=LANGUAGES, help="language of the view (default zh)")


def _columns(value: str) -> int:
    try:
        width = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of columns: {value!r}") from None
    if width < 20:
        raise argparse.ArgumentTypeError("the width must be at least 20 columns")
    return width


def add_width(ap: argparse.ArgumentParser, more_help: str = "") -> None:
    """``--width N``: the columns ``--plain`` wraps to (default: the terminal's)."""
    ap.add_argument("--width", type=_columns, metavar="N",
                    help=f"columns for --plain (default: the terminal's){more_help}")


def plain_width(args: argparse.Namespace) -> int:
    """The columns ``--plain`` wraps to: ``--width``, else the terminal's."""
    return int(args.width or shutil.get_terminal_size().columns)


def hanging(text: str, width: int, indent: int) -> list[str]:
    """``text`` broken by gongwen's Chinese line breaking to follow a prefix of ``indent``
    cells within ``width``: the later lines go under the first, ``indent`` blanks in (the
    first line's prefix is the caller's)."""
    room = max(width - indent, 1)
    lines = [text[start:end] for start, end in wrap(text, room)] or [""]
    return [lines[0], *(" " * indent + line for line in lines[1:])]


def load_reports(args: argparse.Namespace) -> tuple[Document, Document]:
    """Reports A and B, within ``--max-size``."""
    max_bytes = args.max_size or parser.DEFAULT_MAX_BYTES
    return (parser.load(args.a, max_bytes=max_bytes),
            parser.load(args.b, max_bytes=max_bytes))


def write_page(args: argparse.Namespace, page: str) -> None:
    """Write the ``--format html`` page to ``-o FILE`` (never over A or B), else stdout."""
    from tui.commands.export import write_output

    write_output(page, args.output, inputs=[args.a, args.b])


def view(args: argparse.Namespace, screen: str) -> int:
    """Open the two reports in the app's ``screen`` (``diff`` or ``track``) with the reader's
    settings and themes (its size limit included)."""
    from tui.launch import run_app, settings

    config, warnings = settings(args)
    a = parser.load(args.a, max_bytes=config.size_limit)
    b = parser.load(args.b, max_bytes=config.size_limit)
    return run_app(args, config, warnings, **{screen: (a, b)})
