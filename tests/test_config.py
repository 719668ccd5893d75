"""The config file: round trip, atomic and private writes, corrupt files ignored with a
warning, bounded reading history, and the folder override that keeps tests off the real one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from parser import DEFAULT_MAX_BYTES
from tui import config as config_module
from tui.config import (
    CONFIG_DIR_ENV,
    MAX_REPORTS,
    Config,
    config_dir,
    config_path,
    load_config,
    report_key,
    save_config,
    user_themes_dir,
)


@pytest.fixture(autouse=True)
def config_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(home))
    return home


def test_override_variable_decides_the_folder(config_home):
    assert config_dir() == config_home
    assert config_path().parent == config_home
    assert user_themes_dir() == config_home / "themes"


def test_without_override_the_xdg_config_home_is_honoured(tmp_path, monkeypatch):
    monkeypatch.delenv(CONFIG_DIR_ENV)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_dir() == tmp_path / "xdg" / "gongwen"


def test_missing_file_gives_defaults_and_no_warning():
    assert load_config() == (Config(), None)


def test_round_trip_keeps_settings_positions_and_marks(tmp_path):
    report = tmp_path / "报告.txt"
    config = Config(theme="gongwen-light", lang="en", max_bytes=1_000_000)
    config.remember_position(report, 5120)
    config.set_mark(report, "a", 10)
    config.set_mark(report, "b", 8804)
    assert save_config(config) is None
    loaded, warning = load_config()
    assert warning is None
    assert loaded == config
    assert loaded.position(report) == 5120
    assert loaded.report_marks(report) == {"a": 10, "b": 8804}
    assert "报告.txt" in config_path().read_text(encoding="utf-8")  # readable, not escaped


def test_report_key_is_the_resolved_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = Config()
    config.remember_position("a.txt", 7)
    assert config.positions == {str((tmp_path / "a.txt").resolve()): 7}
    assert config.position(tmp_path / "sub" / ".." / "a.txt") == 7
    assert report_key("a.txt") == str(tmp_path.resolve() / "a.txt")


def test_positions_and_marks_keep_only_the_most_recent_reports():
    config = Config()
    for number in range(MAX_REPORTS + 5):
        config.remember_position(f"/r/{number}.txt", number)
        config.set_mark(f"/r/{number}.txt", "a", number)
    config.remember_position("/r/10.txt", 1)  # read again: now the most recent
    assert len(config.positions) == MAX_REPORTS
    assert len(config.marks) == MAX_REPORTS
    assert list(config.positions)[-1] == report_key("/r/10.txt")
    assert config.position("/r/0.txt") is None
    assert config.position(f"/r/{MAX_REPORTS + 4}.txt") == MAX_REPORTS + 4


def test_oversized_history_in_the_file_is_trimmed_on_load(config_home):
    config_home.mkdir()
    lines = ["positions:"] + [f"  /r/{n}.txt: {n}" for n in range(MAX_REPORTS + 50)]
    config_path().write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded, warning = load_config()
    assert warning is None
    assert len(loaded.positions) == MAX_REPORTS
    assert loaded.positions[f"/r/{MAX_REPORTS + 49}.txt"] == MAX_REPORTS + 49


@pytest.mark.parametrize(
    "text",
    ["theme: [unclosed\n", "- a\n- list\n", "just a string\n"],
)
def test_corrupt_file_is_ignored_with_a_warning(config_home, text):
    config_home.mkdir()
    config_path().write_text(text, encoding="utf-8")
    loaded, warning = load_config()
    assert loaded == Config()
    assert warning is not None and str(config_path()) in warning and "\n" not in warning


def test_undecodable_file_is_ignored_with_a_warning(config_home):
    config_home.mkdir()
    config_path().write_bytes(b"theme: \xff\xfe\n")
    loaded, warning = load_config()
    assert loaded == Config() and warning is not None


def test_field_of_the_wrong_type_is_dropped_and_the_rest_kept(config_home):
    config_home.mkdir()
    config_path().write_text(
        "theme: gongwen-light\n"
        "lang: fr\n"
        "max_bytes: -3\n"
        "positions: {/a.txt: lots}\n"
        "marks: {/a.txt: {a: 1, bb: 2}}\n",
        encoding="utf-8",
    )
    loaded, warning = load_config()
    assert loaded == Config(theme="gongwen-light")
    assert warning is not None
    for field in ("lang", "max_bytes", "positions", "marks"):
        assert field in warning


def test_unknown_keys_survive_a_save(config_home):
    config_home.mkdir()
    config_path().write_text("theme: gongwen-dark\nfuture_setting: [1, 2]\n", encoding="utf-8")
    loaded, warning = load_config()
    assert warning is None
    save_config(loaded)
    again, _ = load_config()
    assert again.extra == {"future_setting": [1, 2]}


def test_save_is_atomic_a_failed_write_leaves_the_old_file(config_home, monkeypatch):
    save_config(Config(theme="gongwen-dark"))
    before = config_path().read_text(encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config_module.os, "replace", fail)
    warning = save_config(Config(theme="gongwen-light"))
    assert warning is not None and "No space left on device" in warning
    assert config_path().read_text(encoding="utf-8") == before
    assert [path.name for path in config_home.iterdir()] == [config_path().name]


def test_saved_file_is_private_to_the_user():
    save_config(Config())
    assert stat.S_IMODE(os.stat(config_path()).st_mode) == 0o600


def test_unwritable_folder_gives_a_warning_not_an_exception(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CONFIG_DIR_ENV, str(blocker / "gongwen"))
    warning = save_config(Config(theme="gongwen-dark"))
    assert warning is not None and "\n" not in warning


def test_a_size_limit_for_this_run_is_in_force_but_the_file_keeps_its_own():
    config = Config(max_bytes=1_000_000)
    config.limit_size_for_this_run(5_000_000)
    config.limit_size_for_this_run(7_000_000)
    assert config.max_bytes == config.size_limit == 7_000_000
    assert save_config(config) is None
    assert load_config()[0].max_bytes == 1_000_000

    unset = Config()
    unset.limit_size_for_this_run(7_000_000)
    assert "max_bytes" not in unset.to_mapping()
    assert Config().size_limit == DEFAULT_MAX_BYTES
