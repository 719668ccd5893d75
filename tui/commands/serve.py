"""Serve the reader to a web browser (textual-serve): every browser that opens the page gets
its own gongwen, on the reports given (a report, a folder, several; none: the bundled
samples), with the same keys as in the terminal.

Only this machine can connect unless --host says otherwise (127.0.0.1 by default); to let
colleagues on the office network in, give --host 0.0.0.0 (or this machine's address) and,
when they reach it under another name, --public-url. Ctrl+C stops the server.
"""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import sys
from pathlib import Path

import parser
from tui.cli import UsageError
from tui.output import size_limit
from tui.paths import collect_paths
from tui.strings import LANGUAGES

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
_WILDCARDS = ("0.0.0.0", "::", "")


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("paths", nargs="*", metavar="PATH",
                    help="reports or folders of reports; none: the bundled samples")
    ap.add_argument("--port", type=int, default=DEFAULT_PORT, metavar="N",
                    help=f"port to listen on (default {DEFAULT_PORT})")
    ap.add_argument("--host", default=DEFAULT_HOST, metavar="H",
                    help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    ap.add_argument("--public-url", metavar="URL",
                    help="the address browsers use to reach this server, when not host:port")
    ap.add_argument("--theme", metavar="NAME", help="colour theme")
    ap.add_argument("--lang", choices=LANGUAGES, help="language of the interface (default zh)")
    ap.add_argument("--max-size", type=size_limit, default=None, metavar="MB",
                    help="refuse files larger than this many megabytes (default 20)")


def app_command(args: argparse.Namespace) -> str:
    """The command each browser session runs: the reader on the same reports and options.

    Reports are checked here first, so a bad one fails once, on the command line (one line,
    exit 2), not in every browser.
    """
    paths = [Path(path) for path in args.paths]
    if len(paths) == 1 and not os.path.isdir(paths[0]):  # False where stat fails: load says why
        parser.load(paths[0], max_bytes=args.max_size or parser.DEFAULT_MAX_BYTES)
    elif paths:
        found, errors = collect_paths(paths)
        if errors or not found:
            raise UsageError(f"gongwen serve: {errors[0] if errors else f'{paths[0]}: no reports found'}")
    words = [sys.executable, "-m", "tui", *(str(path.resolve()) for path in paths)]
    for option in ("theme", "lang"):
        if getattr(args, option):
            words += [f"--{option}", getattr(args, option)]
    if args.max_size:
        words += ["--max-size", str(args.max_size / 1048576)]
    return shlex.join(words)


def public_url(host: str, port: int) -> str:
    """Where browsers find the server: a wildcard host is reached by this machine's name."""
    name = socket.getfqdn() if host in _WILDCARDS else host
    if ":" in name:  # an IPv6 address
        name = f"[{name}]"
    return f"http://{name}:{port}"


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise UsageError(f"gongwen serve: --port {args.port}: not a port number (1-65535)")
    command = app_command(args)
    from textual_serve.server import Server

    url = args.public_url or public_url(args.host, args.port)
    server = Server(command, host=args.host, port=args.port, title="gongwen 公文",
                    public_url=url)
    # The reader's own modules are importable from where this one was.
    server_root = str(Path(__file__).resolve().parents[2])
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [server_root, os.environ.get("PYTHONPATH")]))
    print(f"gongwen: serving on {url} (Ctrl+C stops)", file=sys.stderr)
    try:
        server.serve()
    except OSError as error:
        raise UsageError(f"gongwen serve: cannot listen on {args.host}:{args.port}: "
                         f"{error.strerror or error}") from None
    return 0
