"""Starting the TUI from the command line: the settings the reader and the diff view share
(``--lang``, ``--theme``, ``--max-size``, the config file and the user's themes), the run, and
saving the config afterwards.

``settings`` comes first, so that a command can read its reports with the size limit in force
and fail before the screen is taken over; ``run_app`` then starts the app on them.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tui.config import Config, load_config, save_config, user_themes_dir
from tui.crash import CRASH_STATUS, crash_message
from tui.output import terminal_text
from tui.strings import set_language


def settings(args: argparse.Namespace) -> tuple[Config, list[str]]:
    """The config for this run, with ``--lang`` and ``--max-size`` applied.

    ``--lang`` is remembered in the config; ``--max-size`` holds for this run only.

    Returns:
        The config, and the warnings to show once the screen is up (a config file that
        was partly or wholly ignored).
    """
    # The language first: the config's own warnings are worded in it.
    if args.lang:
        set_language(args.lang)
    config, warning = load_config()
    if args.lang:
        config.lang = args.lang
    elif config.lang:
        set_language(config.lang)
    if args.max_size is not None:
        config.limit_size_for_this_run(args.max_size)
    return config, [warning] if warning else []


def run_app(
    args: argparse.Namespace, config: Config, warnings: list[str], **app_kwargs: Any
) -> int:
    """Run ``GongwenApp(**app_kwargs)`` with ``config``, the bundled and the user's themes and
    the ``--theme`` asked for; save the config when it quits.

    Args:
        args: The command line (``--theme``).
        config: From ``settings``; updated by the app, then saved.
        warnings: Lines to show once the screen is up.
        **app_kwargs: What to open: ``document=``, ``library=`` or ``diff=``.

    Returns:
        The exit status: 0, or 3 after a crash (its traceback is kept in a log file in the
        cache folder, and stderr says where). A config that cannot be saved is only a
        warning on stderr.
    """
    from tui.app import GongwenApp
    from tui.themes import load_themes

    themes, theme_warnings = load_themes([user_themes_dir()])
    app = GongwenApp(
        config=config,
        themes=themes,
        theme=args.theme or config.theme,
        warnings=[*warnings, *theme_warnings],
        **app_kwargs,
    )
    app.run()
    warning = save_config(app.config)
    if warning:
        print(f"gongwen: {terminal_text(warning)}", file=sys.stderr)
    if app.crash is not None:
        print(f"gongwen: {terminal_text(crash_message(*app.crash))}", file=sys.stderr)
        return CRASH_STATUS
    return 0
