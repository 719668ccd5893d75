"""A settings file's cached decoded form is used only while the file holds the very text it was
made from; a broken or missing cache costs a parse, never a wrong answer; the entry is as
private as the config."""

from __future__ import annotations

import datetime
import marshal
import stat
import sys
from pathlib import Path

import pytest

from tui.config import Config, config_path, load_config, save_config
from tui.settings_cache import SettingsSyntaxError, _entry_path, decode_settings
from tui.themes import load_themes


def test_the_same_text_is_answered_from_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    text = "theme: gongwen-light\npositions:\n  /a.txt: 12\n  /b.txt: 3\n"
    first = decode_settings(path, text)
    assert first == {"theme": "gongwen-light", "positions": {"/a.txt": 12, "/b.txt": 3}}
    assert list(first["positions"]) == ["/a.txt", "/b.txt"]  # order: most recent last
    assert _entry_path(path).is_file()
    # The entry, not the parser, answers now: a stand-in entry for the same text shows it.
    _entry_path(path).write_bytes(marshal.dumps((text, {"from": "cache"})))
    assert decode_settings(path, text) == {"from": "cache"}


def test_a_changed_file_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    decode_settings(path, "lang: en\n")
    assert decode_settings(path, "lang: zh\n") == {"lang": "zh"}
    assert decode_settings(path, "lang: zh\n") == {"lang": "zh"}


@pytest.mark.parametrize("entry", [b"", b"not marshal at all", b"\xe9\x00\x00\x00"])
def test_a_broken_entry_is_parsed_past(tmp_path: Path, entry: bytes) -> None:
    path = tmp_path / "settings.yaml"
    _entry_path(path).parent.mkdir(parents=True)
    _entry_path(path).write_bytes(entry)
    assert decode_settings(path, "outline_width: 30\n") == {"outline_width": 30}


def test_values_marshal_cannot_keep_are_parsed_each_time(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    assert decode_settings(path, "day: 2024-03-01\n") == {"day": datetime.date(2024, 3, 1)}
    assert not _entry_path(path).exists()
    assert decode_settings(path, "day: 2024-03-01\n") == {"day": datetime.date(2024, 3, 1)}


def test_not_yaml_says_the_line(tmp_path: Path) -> None:
    with pytest.raises(SettingsSyntaxError) as raised:
        decode_settings(tmp_path / "bad.yaml", "theme: x\npositions: [unclosed\n")
    assert raised.value.line == 3
    assert not _entry_path(tmp_path / "bad.yaml").exists()


def test_an_unwritable_cache_only_costs_the_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("GONGWEN_CACHE_DIR", str(blocker))
    assert decode_settings(tmp_path / "s.yaml", "lang: en\n") == {"lang": "en"}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_entry_is_private(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    decode_settings(path, "positions:\n  /home/me/secret.txt: 5\n")
    assert stat.S_IMODE(_entry_path(path).stat().st_mode) == 0o600


def test_a_saved_config_is_read_back_from_the_cache(tmp_path: Path) -> None:
    config = Config()
    config.remember_position(tmp_path / "a.txt", 40)
    config.theme = "gongwen-light"
    assert save_config(config) is None
    loaded, warning = load_config()
    assert warning is None
    assert (loaded.theme, loaded.positions) == ("gongwen-light", config.positions)
    cached = marshal.loads(_entry_path(config_path()).read_bytes())
    assert cached[0] == config_path().read_text(encoding="utf-8")


def test_themes_are_the_same_from_the_cache() -> None:
    first, first_warnings = load_themes()
    again, again_warnings = load_themes()
    assert first_warnings == again_warnings == []
    assert [(theme.name, theme.variables, theme.primary, theme.dark) for theme in first] == [
        (theme.name, theme.variables, theme.primary, theme.dark) for theme in again
    ]


def test_a_broken_theme_is_still_reported_by_line(tmp_path: Path) -> None:
    folder = tmp_path / "themes"
    folder.mkdir()
    (folder / "broken.yaml").write_text("name: broken\nprimary: [\n", encoding="utf-8")
    for _ in range(2):  # the second time too: a broken file is never cached
        _, warnings = load_themes([folder])
        assert warnings == [f"主题文件 {folder / 'broken.yaml'} 已跳过:第 3 行不是有效的 YAML"]
