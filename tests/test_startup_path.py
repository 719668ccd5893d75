"""The reader's way to its first frame stays lean: what it imports by then, read from a real
start in a fresh interpreter (``gongwen REPORT``, headless), leaves out everything the first
screen does not show. No timing: the benchmark (benchmarks/bench_startup.py) measures; this
only keeps an eager import from creeping back in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "seeds" / "zixing-2021.txt"

PROBE = """
import gc, sys
from textual.app import App
from tui.app import GongwenApp

seen = {}
run, mount = App.run, GongwenApp.on_mount


def on_mount(self):
    def first_frame():
        seen["modules"] = sorted(sys.modules)
        seen["collecting"] = gc.isenabled()
        self.exit()

    self.call_after_refresh(first_frame)  # before the app's own: jieba's worker starts after
    mount(self)


GongwenApp.on_mount = on_mount
App.run = lambda self, **kw: run(self, headless=True, **kw)
from tui.cli import main

status = main(sys.argv[1:])
import json

print(json.dumps({"status": status, "collecting_after": gc.isenabled(), **seen}))
"""

NOT_BEFORE_FIRST_FRAME = (
    "jieba",  # the filter's words: loaded in a worker once the screen is up
    "yaml",  # the config and themes come from their cached decoded form
    "tui.screens.library", "tui.screens.diff", "tui.screens.track", "tui.screens.checks",
    "tui.screens.trend", "tui.screens.help",
    "tui.widgets.filter_pane", "tui.widgets.filter_words",
    "tui.paths", "parser.collection",  # a library's, not one report's
    "parser.diff", "parser.track", "parser.checks", "parser.keywords", "parser.search",
    "parser.segment", "parser.index",
)


def first_frame(config: Path, cache: Path) -> dict[str, object]:
    """What a real ``gongwen REPORT`` had imported when its first frame was drawn."""
    env = {**os.environ, "GONGWEN_CONFIG_DIR": str(config), "GONGWEN_CACHE_DIR": str(cache),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(REPORT)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120, check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], ...]:
    """A first start (nothing cached yet) and the next one."""
    base = tmp_path_factory.mktemp("start")
    return tuple(first_frame(base / "config", base / "cache") for _ in range(2))


def test_the_reader_starts_without_what_its_first_screen_does_not_show(
    starts: tuple[dict[str, object], ...],
) -> None:
    _, warm = starts
    assert warm["status"] == 0
    modules = set(warm["modules"])  # type: ignore[arg-type]
    assert "tui.screens.reader" in modules  # the probe saw the reader, not something else
    assert sorted(name for name in NOT_BEFORE_FIRST_FRAME if name in modules) == []


def test_only_a_first_start_parses_yaml(starts: tuple[dict[str, object], ...]) -> None:
    cold, warm = starts
    assert "yaml" in cold["modules"]  # type: ignore[operator]
    assert "yaml" not in warm["modules"]  # type: ignore[operator]


def test_collections_wait_for_the_first_frame(starts: tuple[dict[str, object], ...]) -> None:
    for start in starts:
        assert start["collecting"] is False
        assert start["collecting_after"] is True


def test_the_collector_is_held_only_if_it_was_running() -> None:
    import gc

    from tui import collector

    assert gc.isenabled()
    collector.hold()
    assert not gc.isenabled()
    collector.release()
    assert gc.isenabled()
    collector.release()  # a second release changes nothing
    assert gc.isenabled()
    gc.disable()
    try:
        collector.hold()
        collector.release()
        assert not gc.isenabled()  # paused by someone else: left paused
    finally:
        gc.enable()


def test_a_reader_that_fails_to_start_gives_the_collector_back(tmp_path: Path) -> None:
    import gc

    from tui.cli import main

    assert main([str(tmp_path / "missing.txt")]) == 2
    assert gc.isenabled()
