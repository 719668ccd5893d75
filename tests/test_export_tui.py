"""`e` in the reader writes the report with its outline to the current directory — never
beside the report — and says where."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import parser
from tests.test_reader import reader_app
from tui.commands.export import default_output

ZIXING = Path(__file__).parent.parent / "seeds" / "zixing-2021.txt"


async def test_e_exports_the_report_as_markdown_into_the_current_directory(
        tmp_path, monkeypatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    app = reader_app(ZIXING)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
    written = work / "zixing-2021.md"
    assert written.exists() and any(str(written) in message for message in messages)
    text = written.read_text(encoding="utf-8")
    assert "## 一、工作开展情况" in text and "- [一、工作开展情况](#一工作开展情况)" in text


def test_the_default_output_is_never_beside_the_report_nor_over_a_file(tmp_path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    source = folder / "zixing-2021.txt"
    shutil.copy(ZIXING, source)
    doc = parser.load(source)
    # Reading from inside the report's own folder: a subfolder, not next to the report.
    assert default_output(doc, "md", cwd=folder) == folder / "gongwen-export" / "zixing-2021.md"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "zixing-2021.html").write_text("mine", encoding="utf-8")
    assert default_output(doc, "html", cwd=elsewhere) == elsewhere / "zixing-2021-2.html"
    assert os.listdir(folder) == ["zixing-2021.txt"]
