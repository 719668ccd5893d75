"""What every test shares: no test reads or writes the user's own config or index, sees a NO_COLOR
that the person running the tests happens to set, or inherits another test's UI language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.strings import set_language


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GONGWEN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GONGWEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    set_language("zh")
