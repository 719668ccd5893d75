"""`gongwen serve`: the reader in a real browser. Headless Chromium (Debian's ``chromium``)
opens the page; what the page's terminal receives from the app is read back through the
DevTools protocol, escape sequences stripped, and must show the report and follow a key.
Skipped where Chromium is not installed."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tui.cli import main
from tui.commands.serve import app_command, public_url

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "zixing-2021.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[P\]X^_].*?(?:\x07|\x1b\\)|\x1b.", re.S)

# Collects what the page's WebSocket brings in, decoded as UTF-8 text.
_CAPTURE = """
(() => {
  window.__received = "";
  const decoder = new TextDecoder("utf-8");
  const Native = window.WebSocket;
  window.WebSocket = function (...args) {
    const socket = new Native(...args);
    socket.binaryType = "arraybuffer";
    socket.addEventListener("message", (event) => {
      window.__received += typeof event.data === "string" ? event.data
        : decoder.decode(new Uint8Array(event.data), {stream: true});
    });
    return socket;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, Native);
})();
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"nothing listening on port {port}")


class _DevTools:
    """The few DevTools protocol calls the test needs, over one page session."""

    def __init__(self, websocket) -> None:
        self.websocket = websocket
        self.next_id = 0
        self.session: str | None = None

    async def call(self, method: str, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        await self.websocket.send_str(json.dumps(message))
        while True:
            reply = json.loads((await self.websocket.receive()).data)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise AssertionError(reply["error"])
                return reply.get("result", {})

    async def evaluate(self, expression: str):
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")


async def _screen_in_chromium(url: str, profile: str, keys: str) -> tuple[str, str]:
    """The text the page's terminal received after loading, and after typing ``keys``."""
    import aiohttp

    browser = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         f"--user-data-dir={profile}", "--remote-debugging-port=0", "--window-size=1280,800",
         "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        active = Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (active.exists() and len(active.read_text().split()) == 2):
            assert time.monotonic() < deadline, "chromium did not start"
            await asyncio.sleep(0.2)
        port, path = active.read_text().split()
        async with aiohttp.ClientSession() as http, http.ws_connect(
                f"ws://127.0.0.1:{port}{path}", max_msg_size=0) as websocket:
            tools = _DevTools(websocket)
            target = await tools.call("Target.createTarget", url="about:blank")
            attached = await tools.call("Target.attachToTarget", targetId=target["targetId"],
                                        flatten=True)
            tools.session = attached["sessionId"]
            await tools.call("Page.enable")
            await tools.call("Page.addScriptToEvaluateOnNewDocument", source=_CAPTURE)
            await tools.call("Page.navigate", url=url)
            first = await _wait_for(tools, "一、工作开展情况")
            for key in keys:
                await tools.call("Input.dispatchKeyEvent", type="keyDown", text=key, key=key)
                await tools.call("Input.dispatchKeyEvent", type="keyUp", key=key)
            await asyncio.sleep(1)
            after = _ESCAPES.sub("", await tools.evaluate("window.__received") or "")
            return first, after[len(first):]
    finally:
        browser.terminate()
        browser.wait(timeout=10)


async def _wait_for(tools: _DevTools, words: str, timeout: float = 40) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _ESCAPES.sub("", await tools.evaluate("window.__received || ''") or "")
        if words in screen:
            return screen
        await asyncio.sleep(0.5)
    raise AssertionError(f"{words!r} never reached the page; it got: {screen[-500:]!r}")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_the_reader_runs_in_a_headless_browser() -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", "--port", str(port), str(SEED)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for_port(port)
        # Chromium's helper processes may still be writing the profile as the test ends.
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
            first, after_keys = asyncio.run(
                _screen_in_chromium(f"http://127.0.0.1:{port}/", profile, "?"))
        assert "紫兴街道2021年度法治政府建设工作报告" in first
        assert "(一)强化制度" in first or "强化制度,依法全面履行政府职能" in first
        # `?` opens the help screen: the page follows the keyboard.
        assert "帮助" in after_keys or "按键" in after_keys
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_listens_on_this_machine_only_by_default() -> None:
    from tui.cli import build_parser

    args = build_parser("serve").parse_args([str(SEED)])
    assert args.host == "127.0.0.1" and public_url(args.host, args.port).startswith(
        "http://127.0.0.1:")
    command = app_command(args)
    assert command.endswith(str(SEED.resolve())) and " -m tui " in command


def test_serve_on_the_network_is_reached_by_this_machines_name() -> None:
    assert public_url("0.0.0.0", 8000) == f"http://{socket.getfqdn()}:8000"
    assert public_url("::1", 8000) == "http://[::1]:8000"


def test_serve_refuses_a_bad_report_before_listening(tmp_path, capsys) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["serve", "--port", str(_free_port()), str(missing)]) == 2
    err = capsys.readouterr().err
    assert err == f"gongwen: {missing}: no such file\n"


def test_serve_refuses_a_port_out_of_range(capsys) -> None:
    assert main(["serve", "--port", "70000", str(SEED)]) == 2
    assert "not a port number" in capsys.readouterr().err
