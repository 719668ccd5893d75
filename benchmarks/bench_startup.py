"""How fast the reader starts, and how fast it answers a key in a 1 MB report.

Start-up: each app is spawned as a process on a pseudo-terminal (80x24) and timed from spawn to
the moment its text is on the screen: for gongwen, the first section heading of a report; for
the baseline, a bare Textual app that shows one line. Both are measured in the same run,
alternating, and the medians compared (the goal: gongwen at most 1.5x the baseline), both of
the time on the clock and of the CPU time each process used until then (the steadier figure on
a busy machine).

Keys: the bundled reports concatenated to over 1 MB, opened headless; a key's cost is the
action plus rendering every visible line (what the next frame needs), to be under one frame
(16 ms). Also timed through Textual's pilot until the app is idle again (key event, messages,
the tree following, repaint), next to an unbound key for the pilot's own waiting.

    .venv/bin/python benchmarks/bench_startup.py [--runs 9] [--startup-only]
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

BASELINE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("bare-textual-ready")

Bare().run()
"""
BASELINE_MARKER = "bare-textual-ready"
_ESCAPE = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")
TIMEOUT = 20.0


def time_to_text(argv: list[str], marker: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``argv`` on an 80x24 pseudo-terminal until ``marker`` shows, and
    the CPU seconds (user and system) the process had used by then: it is stopped as soon as
    the marker is seen. CPU time hardly depends on what else the machine is doing."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the app
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = ""
    try:
        while time.perf_counter() - start < TIMEOUT:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen += chunk.decode("utf-8", "replace")
            if marker in _ESCAPE.sub("", seen):
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{marker!r} never appeared; last output: {seen[-300:]!r}")
    finally:
        os.kill(pid, signal.SIGKILL)  # now: no CPU spent on the way out is counted
        _, _, usage = os.wait4(pid, 0)
        os.close(fd)
    return elapsed, usage.ru_utime + usage.ru_stime


def bench_startup(runs: int) -> None:
    import parser

    report = REPOSITORY / "seeds" / "zixing-2021.txt"
    heading = parser.load(report).sections[0]
    marker = heading.marker + heading.title
    with tempfile.TemporaryDirectory() as config_dir:
        # Byte-code is cached (outside the source tree) as an installed package's would be;
        # the warm-up run below writes it.
        env = {
            **os.environ, "TERM": "xterm-256color", "GONGWEN_CONFIG_DIR": config_dir,
            "GONGWEN_CACHE_DIR": str(Path(config_dir) / "cache"),
            "PYTHONPATH": str(REPOSITORY), "PYTHONPYCACHEPREFIX": str(Path(config_dir) / "pyc"),
        }
        for name in ("NO_COLOR", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        baseline_file = Path(config_dir) / "bare.py"
        baseline_file.write_text(BASELINE_APP, encoding="utf-8")
        commands = {
            "bare Textual app": ([sys.executable, str(baseline_file)], BASELINE_MARKER),
            "gongwen reader": ([sys.executable, "-m", "tui", str(report)], marker),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for argv, text in commands.values():  # warm the disk and gongwen's caches, not counted
            time_to_text(argv, text, env)
        for run in range(runs):
            # Each goes first in every other round, so that neither is always the one that
            # finds the machine busier.
            for name in sorted(commands, reverse=run % 2 == 1):
                argv, text = commands[name]
                elapsed, used = time_to_text(argv, text, env)
                times[name].append(elapsed)
                cpu[name].append(used)
    ratios = {}
    for label, figures in (("wall", times), ("cpu", cpu)):
        medians = {name: statistics.median(values) for name, values in figures.items()}
        for name, values in figures.items():
            print(f"  {name:18} {label:4} median {medians[name] * 1000:6.0f} ms "
                  f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, "
                  f"n={len(values)})")
        ratios[label] = medians["gongwen reader"] / medians["bare Textual app"]
    # The two runs of a round are moments apart, so each round's own ratio is less swayed by
    # what else the machine was doing than the ratio of medians taken over the whole run.
    paired = statistics.median(
        ours / bare for ours, bare in zip(times["gongwen reader"], times["bare Textual app"])
    )
    print(f"  ratio {ratios['wall']:.2f} wall, {ratios['cpu']:.2f} CPU, "
          f"{paired:.2f} median of each round's wall ratio (goal <= 1.5)")


def big_report() -> str:
    """The bundled reports, concatenated until the text is over 1 MB of UTF-8."""
    from tui.resources import seed_paths

    one = "\n\n".join(path.read_text(encoding="utf-8") for path in seed_paths())
    copies = -(-1_000_000 // len(one.encode("utf-8")))
    return "\n\n".join([one] * copies)


async def bench_keys(repeats: int) -> None:
    import parser
    from parser.layout import layout
    from tui.app import GongwenApp
    from tui.config import Config
    from tui.themes import load_themes

    text = big_report()
    started = time.perf_counter()
    document = parser.parse(text, source=None)
    parsed = time.perf_counter()
    themes, _ = load_themes()
    print(f"  report: {len(text.encode('utf-8')):,} bytes, {len(document.nodes):,} nodes, "
          f"parsed in {(parsed - started) * 1000:.0f} ms")
    for size in ((80, 24), (120, 40)):
        app = GongwenApp(document=document, config=Config(), themes=themes)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            screen = app.screen
            pane = screen.pane
            lines = len(pane.display_lines)

            def timed(action) -> float:
                begin = time.perf_counter()
                action()
                for y in range(pane.page_height):
                    pane.render_line(y)
                return time.perf_counter() - begin

            page = [timed(pane.action_page_down) for _ in range(repeats)]
            line = [timed(pane.action_line_down) for _ in range(repeats)]
            jump = [timed(pane.action_bottom), timed(pane.action_top)] * (repeats // 2)
            async def press(key: str) -> float:
                begin = time.perf_counter()
                await pilot.press(key)
                return time.perf_counter() - begin

            # The pilot waits for the app to go idle after each key: a key bound to nothing
            # shows what that wait alone costs.
            unbound = [await press("f12") for _ in range(repeats // 4)]
            pressed = [
                await press(key)
                for key in ["space", "j", "d", "right_curly_bracket"] * (repeats // 4)
            ]
            started = time.perf_counter()
            layout(document, pane.display_lines.width + 1)
            relayout = time.perf_counter() - started

        def ms(values: list[float]) -> str:
            median, most = statistics.median(values) * 1000, max(values) * 1000
            return f"median {median:5.2f} ms, max {most:5.2f}"

        print(f"  {size[0]}x{size[1]} ({lines:,} display lines):")
        print(f"    page down + render visible lines   {ms(page)}")
        print(f"    line down + render visible lines   {ms(line)}")
        print(f"    G / g + render visible lines       {ms(jump)}")
        print(f"    key through the pilot until idle   {ms(pressed)}")
        print(f"      (an unbound key, same path)      {ms(unbound)}")
        print(f"    relayout on resize                 {relayout * 1000:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9, help="start-ups per app (default 9)")
    ap.add_argument("--repeats", type=int, default=40, help="key presses timed (default 40)")
    ap.add_argument("--startup-only", action="store_true", help="time the start-up only")
    args = ap.parse_args()
    print("start-up to first heading on screen (pty 80x24):")
    bench_startup(args.runs)
    if args.startup_only:
        return
    print("keys in a 1 MB report (headless):")
    asyncio.run(bench_keys(args.repeats))


if __name__ == "__main__":
    main()
