"""Errors the system reports about a path — no such file, no permission, a folder where a
file belongs — are said in gongwen's own words, as every other one-line error is
(``path: no such file``), in the interface's language on the screen; never as the system's
English sentence (``Not a directory``, ``Permission denied``) nor as a traceback."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from parser.errors import os_error
from tui import strings
from tui.cli import main
from tui.config import load_config
from tui.themes import load_themes

REPOSITORY = Path(__file__).resolve().parents[1]
REPORT = "一、总体情况\n全年办理行政复议案件12件。\n"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GONGWEN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GONGWEN_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(autouse=True)
def _restore_language():
    yield
    strings.set_language(strings.DEFAULT_LANGUAGE)


@pytest.mark.parametrize(("number", "reading", "writing"), [
    (errno.ENOENT, "no such file", "cannot write: no such folder"),
    (errno.ENOTDIR, "no such file", "cannot write: no such folder"),
    (errno.EACCES, "permission denied", "cannot write: permission denied"),
    (errno.EPERM, "permission denied", "cannot write: permission denied"),
    (errno.EISDIR, "is a directory, not a report file", "is a directory (give a file name)"),
    (errno.EIO, "cannot read: input/output error", "cannot write: input/output error"),
])
def test_the_systems_errors_in_gongwens_words(number: int, reading: str, writing: str) -> None:
    error = OSError(number, os.strerror(number))
    assert str(os_error(error, "a.md")) == f"a.md: {reading}"
    assert str(os_error(error, "a.md", writing=True)) == f"a.md: {writing}"


def test_said_in_chinese_on_the_screen() -> None:
    strings.set_language("zh")
    for number, said in ((errno.ENOENT, "文件不存在"), (errno.EACCES, "没有读取权限"),
                         (errno.EISDIR, "是文件夹,不是报告文件")):
        assert strings.load_error(os_error(OSError(number, os.strerror(number)), "a.md")) \
            == f"a.md: {said}"


# No such file ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["outline"], ["grep", "复议"], ["trend", "复议"],
                                     ["figures", "复议"], ["check"], ["index"]])
def test_a_path_through_a_file_is_no_such_file(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    report = tmp_path / "2023.md"
    report.write_text(REPORT, encoding="utf-8")
    through = report / "2024.md"  # the system says: Not a directory
    main([*command, str(through)])
    err = capsys.readouterr().err
    assert f"{through}: no such file\n" in err
    assert "directory" not in err and "Traceback" not in err


def test_an_export_into_a_missing_folder_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    report = tmp_path / "2023.md"
    report.write_text(REPORT, encoding="utf-8")
    target = tmp_path / "没有的文件夹" / "2023-export.md"
    assert main(["export", str(report), "-o", str(target)]) == 2
    assert capsys.readouterr().err == f"gongwen: {target}: cannot write: no such folder\n"


def test_a_missing_rubric_is_no_such_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "2023.md"
    report.write_text(REPORT, encoding="utf-8")
    rubric = tmp_path / "规则.yaml"
    assert main(["check", "--rubric", str(rubric), str(report)]) == 2
    assert capsys.readouterr().err == f"gongwen check: {rubric}: no such file\n"


# A folder where a file belongs ---------------------------------------------------------------


def test_a_rubric_that_is_a_folder_is_said_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    report = tmp_path / "2023.md"
    report.write_text(REPORT, encoding="utf-8")
    rubric = tmp_path / "规则.yaml"
    rubric.mkdir()
    assert main(["check", "--rubric", str(rubric), str(report)]) == 2
    assert capsys.readouterr().err == f"gongwen check: {rubric}: is a directory, not a file\n"


def test_a_config_file_that_is_a_folder_is_said_so(tmp_path: Path) -> None:
    strings.set_language("zh")
    (tmp_path / "config" / "config.yaml").mkdir(parents=True)
    _, warning = load_config()
    assert warning is not None and warning.endswith("是文件夹,不是文件")
    assert "directory" not in warning


def test_a_theme_file_that_is_a_folder_is_said_so(tmp_path: Path) -> None:
    strings.set_language("en")
    (tmp_path / "themes" / "mine.yaml").mkdir(parents=True)
    _, warnings = load_themes([tmp_path / "themes"])
    assert len(warnings) == 1 and warnings[0].endswith("is a directory, not a file")


# No permission -----------------------------------------------------------------------------


def _without_permission() -> list[str] | None:
    """How to run a command that file permissions hold for: as is, or for root (who passes
    them) through setpriv without the capabilities that pass them; None when neither can."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"]
    trial = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    return prefix if trial.returncode == 0 else None


def _run(tmp_path: Path, *args: str) -> str:
    prefix = _without_permission()
    if prefix is None:
        pytest.skip("file permissions do not hold here (root without setpriv)")
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY), "NO_COLOR": "1"}
    done = subprocess.run([*prefix, sys.executable, "-m", "tui", *args], capture_output=True,
                          text=True, env=environment, cwd=tmp_path, timeout=60, check=False)
    assert done.returncode == 2, done.stderr
    return done.stderr


@pytest.fixture
def locked(tmp_path: Path):
    folder = tmp_path / "锁住的"
    folder.mkdir()
    (folder / "2023.md").write_text(REPORT, encoding="utf-8")
    folder.chmod(0)
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize("command", [["outline"], ["grep", "复议"], ["trend", "复议"],
                                     ["figures", "复议"], ["check"], ["index"]])
def test_a_report_in_a_folder_without_permission_is_permission_denied(
    command: list[str], locked: Path, tmp_path: Path,
) -> None:
    report = locked / "2023.md"
    err = _run(tmp_path, *command, str(report))
    assert f"{report}: permission denied\n" in err
    assert "Permission" not in err and "internal error" not in err


@pytest.mark.parametrize("command", [["grep", "复议"], ["trend", "复议"], ["check"]])
def test_a_folder_without_permission_is_permission_denied(
    command: list[str], locked: Path, tmp_path: Path,
) -> None:
    err = _run(tmp_path, *command, str(locked))
    assert f"{locked}: permission denied\n" in err
    assert "Permission" not in err and "无法" not in err


def test_an_export_into_a_folder_without_permission_says_so(tmp_path: Path) -> None:
    report = tmp_path / "2023.md"
    report.write_text(REPORT, encoding="utf-8")
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        err = _run(tmp_path, "export", str(report), "-o", str(folder / "out.md"))
    finally:
        folder.chmod(0o755)
    assert err == f"gongwen: {folder / 'out.md'}: cannot write: permission denied\n"
