"""Folders of folders: a folder on the command line stands for the reports under it at any
depth, as ``grep -r`` — hidden folders, notes and other files skipped, links followed without
looping — and a ``<office>/<year>.md`` layout names the office and year."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from parser.collection import layout_of, walk_reports
from tui.cli import main
from tui.paths import collect_paths


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "collection"
    _write(root / "省" / "浙江省" / "2021.md", "一、法治政府建设\n全年推进法治政府。\n")
    _write(root / "省" / "浙江省" / "2022.md", "一、营商环境\n优化营商环境。\n")
    _write(root / "市" / "杭州市" / "2022-08.md", "一、法治政府\n杭州的法治政府。\n")
    _write(root / "top.txt", "一、顶层\n法治政府在顶层。\n")
    _write(root / "README.md", "# 说明\n法治政府\n")
    _write(root / "市" / "LICENSE.txt", "法治政府\n")
    _write(root / ".hidden" / "2020.md", "一、隐藏\n法治政府\n")
    _write(root / "市" / ".draft.md", "法治政府\n")
    _write(root / "市" / "杭州市" / "scan.jpg", "法治政府\n")
    return root


def _names(paths: list[Path], root: Path) -> list[str]:
    return [path.relative_to(root).as_posix() for path in paths]


def test_a_folder_stands_for_every_report_under_it_in_path_order(tree):
    paths, errors = collect_paths([tree])
    assert errors == []
    assert _names(paths, tree) == [
        "top.txt", "市/杭州市/2022-08.md", "省/浙江省/2021.md", "省/浙江省/2022.md"
    ]


def test_the_walk_records_size_and_mtime(tree):
    found = walk_reports(tree)
    first = found[0]
    assert first.size == (tree / "top.txt").stat().st_size
    assert first.mtime_ns == (tree / "top.txt").stat().st_mtime_ns


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_back_up_the_tree_is_walked_once(tree):
    (tree / "省" / "浙江省" / "loop").symlink_to(tree, target_is_directory=True)
    (tree / "elsewhere").symlink_to(tree / "市", target_is_directory=True)
    (tree / "dangling.md").symlink_to(tree / "gone.md")
    paths, _ = collect_paths([tree])
    resolved = [path.resolve() for path in paths]
    assert len(resolved) == len(set(resolved)) == 4


def test_an_unreadable_sub_folder_is_passed_over(tree):
    locked = tree / "locked"
    _write(locked / "2020.md", "一、锁住\n")
    locked.chmod(0)
    try:
        names = _names(collect_paths([tree])[0], tree)
    finally:
        locked.chmod(0o755)
    assert "top.txt" in names
    if os.geteuid() != 0:  # root reads it anyway
        assert "locked/2020.md" not in names


def test_layout_names_office_and_year_only_for_a_year_named_file():
    assert layout_of(Path("a/省/浙江省/2021.md")) == ("浙江省", 2021)
    assert layout_of(Path("a/浙江省/2021-08.md")) == ("浙江省", 2021)
    assert layout_of(Path("seeds/nanshan-2023.txt")) == (None, 2023)
    assert layout_of(Path("报告/总结.txt")) == (None, None)
    assert layout_of(Path("2021.md")) == (None, 2021)


def test_grep_searches_a_folder_of_folders(tree, capsys):
    status = main(["grep", "--json", "法治政府", str(tree)])
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert status == 0
    found = {Path(hit["path"]).relative_to(tree).as_posix() for hit in hits}
    assert sorted(found) == ["top.txt", "市/杭州市/2022-08.md", "省/浙江省/2021.md"]


def test_a_folder_named_on_the_command_line_that_cannot_be_listed_is_an_error(
    tree, monkeypatch, capsys
):
    def deny(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", deny)
    with pytest.raises(PermissionError):
        walk_reports(tree)
    assert main(["trend", "法治政府", str(tree)]) == 2
    assert f"{tree}: permission denied\n" in capsys.readouterr().err
