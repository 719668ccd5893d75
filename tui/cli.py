"""The ``gongwen`` command: dispatch to a sub-command, turn every expected failure into one line
on stderr and a non-zero exit status (2, as grep and diff do), never a traceback."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import warnings
from collections.abc import Sequence
from typing import NoReturn

from tui import __version__, collector
from tui.crash import CRASH_STATUS, crash_message, write_crash_log
from tui.output import configure_stream, terminal_text

SUBCOMMANDS = {
    "outline": "print a report's section tree",
    "grep": "find sections that mention a topic",
    "diff": "compare two reports section by section",
    "index": "build or refresh the index of a collection",
    "trend": "count a topic across a collection, by year and by office",
    "figures": "list the figures that stand with a topic across reports",
    "track": "trace last year's plan into this year's results",
    "export": "write a report as Markdown or HTML, with its outline",
    "serve": "serve the reader to a web browser",
    "check": "check reports for their required parts, deadline, reuse and near copies",
}
READER = "read"


class UsageError(Exception):
    """A command line that cannot be carried out; the message is shown as is."""


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse prints a usage block; one line here
        raise UsageError(f"{self.prog}: {message} (see --help)")


def build_parser(command: str) -> argparse.ArgumentParser:
    module = importlib.import_module(f"tui.commands.{command}")
    prog = "gongwen" if command == READER else f"gongwen {command}"
    # The module docstring's first paragraph is the command's description.
    description = " ".join(module.__doc__.strip().split("\n\n")[0].split()) if module.__doc__ else None
    parser = _ArgumentParser(prog=prog, description=description)
    parser.add_argument("--version", action="version", version=f"gongwen {__version__}")
    if command == READER:
        parser.epilog = "sub-commands: " + "; ".join(
            f"gongwen {name} — {summary}" for name, summary in SUBCOMMANDS.items()
        )
    module.add_arguments(parser)
    parser.set_defaults(run=module.run)
    return parser


def _show_warning(message: Warning | str, category: type[Warning], *args: object,
                  **kwargs: object) -> None:
    """A warning of the parser's (an HTML page mostly left out) is one line on stderr."""
    from parser.loading import DroppedTextWarning

    if issubclass(category, DroppedTextWarning):
        print(f"gongwen: note: {terminal_text(str(message))}", file=sys.stderr)
    else:
        _default_show_warning(message, category, *args, **kwargs)  # type: ignore[arg-type]


_default_show_warning = warnings.showwarning


_GLOBAL_VALUE_OPTIONS = frozenset({"--theme", "--lang", "--max-size"})
"""The reader's options that take a value; given before a sub-command they are its own too
(``gongwen --theme gongwen-light diff A B``)."""


def _take_command(args: list[str]) -> str:
    """Remove and return the sub-command named by the first argument that is not an option
    (or an option's value); the reader when there is none."""
    position = 0
    while position < len(args) and args[position].startswith("-") and args[position] != "--":
        option = args[position]
        takes_value = option in _GLOBAL_VALUE_OPTIONS and "=" not in option
        position += 2 if takes_value else 1
    if position < len(args) and args[position] in SUBCOMMANDS:
        return args.pop(position)
    return READER


def main(argv: Sequence[str] | None = None) -> int:
    configure_stream(sys.stdout)
    configure_stream(sys.stderr)
    warnings.showwarning = _show_warning
    args = list(sys.argv[1:] if argv is None else argv)
    command = _take_command(args)
    if command == READER:
        collector.hold()  # until the first frame (GongwenApp releases it then)
    try:
        ns = build_parser(command).parse_args(args)
        status: int = ns.run(ns)
        return status
    except UsageError as error:
        print(terminal_text(str(error)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `gongwen outline x | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, no traceback
        from parser import LoadError

        if isinstance(error, LoadError):
            print(f"gongwen: {terminal_text(str(error))}", file=sys.stderr)
            return 2
        if os.environ.get("GONGWEN_DEBUG"):
            raise
        message = crash_message(error, write_crash_log(error))
        print(f"gongwen: {terminal_text(message)}", file=sys.stderr)
        return CRASH_STATUS
    finally:
        collector.release()  # if the reader never got to its first frame
