"""Read reports in the terminal: one report opens in the reader; a folder, several reports or
none at all (the bundled samples) open the library to choose from.

Everything that can fail on the command line (a missing or unreadable report) fails here,
before the screen is taken over: one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import parser
from tui.output import size_limit
from tui.strings import LANGUAGES, set_language


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
    # The language first: the config's own warnings are worded in it.
    if args.lang:
        set_language(args.lang)
    from tui.config import load_config, save_config, user_themes_dir

    config, config_warning = load_config()
    if args.lang:
        config.lang = args.lang
    elif config.lang:
        set_language(config.lang)
    if args.max_size is not None:
        config.max_bytes = args.max_size
    max_bytes = config.max_bytes or parser.DEFAULT_MAX_BYTES

    paths = [Path(path) for path in args.paths]
    document = None
    library: list[Path] = []
    errors: list[str] = []
    if len(paths) == 1 and not paths[0].is_dir():
        document = parser.load(paths[0], max_bytes=max_bytes)
    elif paths:
        from tui.screens.library import collect_paths

        library, errors = collect_paths(paths)
        if not library:
            for error in errors:
                print(f"gongwen: {error}", file=sys.stderr)
            return 2
    else:
        from tui.resources import seed_paths

        library = seed_paths()

    from tui.app import GongwenApp
    from tui.themes import load_themes

    themes, theme_warnings = load_themes([user_themes_dir()])
    warnings = [warning for warning in (config_warning, *theme_warnings, *errors) if warning]
    app = GongwenApp(
        document=document,
        library=library,
        config=config,
        themes=themes,
        theme=args.theme or config.theme,
        warnings=warnings,
    )
    app.run()
    warning = save_config(app.config)
    if warning:
        print(f"gongwen: {warning}", file=sys.stderr)
    return 0
