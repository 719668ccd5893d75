"""Read reports in the terminal: one report opens in the reader; a folder, several reports or
none at all (the bundled samples) open the library to choose from.

Everything that can fail on the command line (a missing or unreadable report) fails here,
before the screen is taken over: one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tui.launch import run_app, settings
from tui.loading import load_noted
from tui.output import size_limit, terminal_text
from tui.strings import LANGUAGES, t


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="a report (.txt, .md, .html) or a folder of reports; none: the bundled samples",
    )
    ap.add_argument("--theme", metavar="NAME", help="colour theme (t switches while reading)")
    ap.add_argument("--lang", choices=LANGUAGES, help="language of the interface (default zh)")
    ap.add_argument(
        "--max-size", type=size_limit, default=None, metavar="MB",
        help="refuse files larger than this many megabytes (default 20)",
    )


def run(args: argparse.Namespace) -> int:
    config, warnings = settings(args)
    paths = [Path(path) for path in args.paths]
    document = None
    library: list[Path] = []
    # A path that cannot be looked at is read as a report, which says why not.
    if len(paths) == 1 and (args.paths[0] == "" or not os.path.isdir(paths[0])):
        document, notes = load_noted(args.paths[0], config.size_limit)
        warnings += notes  # shown on the screen: a line on stderr would be hidden behind it
    elif paths:
        from tui.paths import collect_paths  # the reader of one report does without it

        library, errors = collect_paths(args.paths)
        if not library:
            for error in errors or [t("library.empty")]:
                print(f"gongwen: {terminal_text(error)}", file=sys.stderr)
            return 2
        warnings += errors
    else:
        from tui.resources import seed_paths

        library = seed_paths()
    return run_app(args, config, warnings, document=document, library=library)
