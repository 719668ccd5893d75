"""The persistent index: only new or changed files are parsed, copies share one content,
unusable databases are rebuilt with one warning, a kill half-way leaves an index the next run
completes, two processes may refresh at once, and its counts are the search's."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import parser
from parser.collection import walk_reports
from parser.index import DB_NAME, ReportIndex, cache_dir
from parser.query import parse_query
from parser.search import search

ROOT = Path(__file__).resolve().parent.parent


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _report(office: str, year: int, topic: str) -> str:
    return (
        f"{office}{year}年法治政府建设工作报告\n\n"
        f"一、{topic}\n{year}年，我们推进{topic}，办理行政复议{year % 7}件。\n"
        "二、存在问题\n法治政府建设仍有差距。\n"
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    for office in ("杭州市", "浙江省"):
        for year in (2021, 2022, 2023):
            _write(root / office / f"{year}.md", _report(office, year, "营商环境"))
    return root


def _refresh(root: Path, **options):
    index = ReportIndex()
    return index, index.refresh(walk_reports(root), roots=[root], **options)


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GONGWEN_CACHE_DIR", str(tmp_path / "x"))
    assert cache_dir() == tmp_path / "x"
    monkeypatch.delenv("GONGWEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "gongwen"


def test_only_new_or_changed_files_are_parsed(tree):
    index, first = _refresh(tree)
    assert (first.parsed, first.reused) == (6, 0)
    assert not index.refresh(walk_reports(tree), roots=[tree]).changed

    touched = tree / "杭州市" / "2021.md"
    os.utime(touched, ns=(1, 1))  # same bytes, new mtime: known by its hash
    assert index.refresh(walk_reports(tree), roots=[tree]).parsed == 0

    _write(tree / "杭州市" / "2021.md", _report("杭州市", 2021, "数字政府"))
    _write(tree / "杭州市" / "2024.md", _report("杭州市", 2024, "数字政府"))
    (tree / "浙江省" / "2023.md").unlink()
    again = index.refresh(walk_reports(tree), roots=[tree])
    assert (again.parsed, again.removed) == (2, 1)
    reports = index.reports(file.path for file in walk_reports(tree))
    assert len(reports) == 6 and all(report.content for report in reports)


def test_copies_share_one_content(tree, tmp_path):
    copy = tmp_path / "copy"
    for path in walk_reports(tree):
        _write(copy / path.path.relative_to(tree), path.path.read_text(encoding="utf-8"))
    index, _ = _refresh(tree)
    second = index.refresh(walk_reports(copy), roots=[copy])
    assert (second.parsed, second.reused) == (0, 6)


def test_reports_carry_office_year_and_sizes(tree):
    index, _ = _refresh(tree)
    reports = index.reports([tree / "浙江省" / "2022.md"])
    assert len(reports) == 1
    report = reports[0]
    assert (report.office, report.year) == ("浙江省", 2022)
    text = (tree / "浙江省" / "2022.md").read_text(encoding="utf-8")
    assert report.chars == len(text) and report.headings == 2
    assert [node[2] for node in index.outline(report.content)] == ["营商环境", "存在问题"]


def test_an_unreadable_file_is_recorded_with_its_error(tree):
    (tree / "杭州市" / "2020.md").write_bytes(b"%PDF-1.7 binary")
    index, refresh = _refresh(tree)
    assert refresh.failed == 1
    (report,) = index.reports([tree / "杭州市" / "2020.md"])
    assert report.content is None and "PDF" in (report.error or "")


def test_an_unreadable_files_reason_keeps_its_code_across_the_index(tree):
    path = tree / "杭州市" / "2020.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    index, _ = _refresh(tree)
    (report,) = index.reports([path])
    assert report.failure is not None and report.failure.code == "image"
    assert report.error == f"{path}: an image, not a text report" == str(report.failure)
    assert parser.LoadError.restored("an older index's line") is None


@pytest.mark.parametrize(
    "query", ["法治政府", "复议", "法", "营商环境 复议", "复议|差距 -营商", "\"建设 工作\"", "无此词语"]
)
def test_counts_are_the_hits_search_finds(tree, query):
    index, _ = _refresh(tree)
    reports = index.reports(file.path for file in walk_reports(tree))
    counts = index.counts(parse_query(query), [r.content for r in reports if r.content])
    for report in reports:
        expected = len(search(parser.load(report.path), query).hits)
        assert counts.get(report.content, 0) == expected


def test_a_corrupt_database_is_rebuilt_with_one_warning(tree):
    cache_dir().mkdir(parents=True)
    (cache_dir() / DB_NAME).write_bytes(b"this is not a database at all" * 100)
    index, refresh = _refresh(tree)
    assert index.warning and "rebuilt" in index.warning
    assert refresh.parsed == 6
    index.close()
    assert ReportIndex().warning is None


def test_a_foreign_database_is_rebuilt_not_used(tree):
    cache_dir().mkdir(parents=True)
    foreign = sqlite3.connect(cache_dir() / DB_NAME)
    foreign.execute("CREATE TABLE notes (text)")
    foreign.commit()
    foreign.close()
    index, refresh = _refresh(tree)
    assert index.warning and "not gongwen" in index.warning
    assert refresh.parsed == 6


def _big_tree(root: Path, count: int) -> None:
    for number in range(count):
        body = "推进法治政府建设，优化营商环境。" * 200
        _write(root / f"office{number % 20}" / f"{2000 + number // 20}.md",
               f"第{number}号报告\n一、工作\n{body}\n")


def _index_command(*paths: Path) -> list[str]:
    return [sys.executable, "-m", "tui", "index", *map(str, paths)]


def _children(pid: int) -> list[int]:
    """The processes ``pid`` forked, as Linux lists them (none elsewhere)."""
    listing = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in listing.read_text().split()] if listing.exists() else []


def _running(pid: int) -> bool:
    """Whether ``pid`` is alive: not gone, and not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def test_killing_an_index_half_way_leaves_one_the_next_run_completes(tmp_path):
    root = tmp_path / "big"
    _big_tree(root, 1000)
    process = subprocess.Popen(
        _index_command(root), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    # Kill it once it has committed something and before it is done.
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        try:
            probe = sqlite3.connect(cache_dir() / DB_NAME, timeout=0.1)
            stored = probe.execute("SELECT count(*) FROM reports").fetchone()[0]
            probe.close()
        except sqlite3.Error:
            stored = 0
        if stored:
            break
        time.sleep(0.05)
    workers = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    # Its forked workers end with it instead of waiting for ever on their task queue.
    deadline = time.monotonic() + 10
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, workers))
    db = sqlite3.connect(cache_dir() / DB_NAME)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    index, refresh = _refresh(root)
    assert refresh.parsed < 1000  # what the killed run committed stays
    reports = index.reports(file.path for file in walk_reports(root))
    assert len(reports) == 1000 and all(report.content for report in reports)
    counts = index.counts(parse_query("营商环境"), [r.content for r in reports])
    assert all(counts[r.content] == 200 for r in reports)


def test_two_processes_may_index_at_once(tmp_path):
    root = tmp_path / "big"
    _big_tree(root, 120)
    processes = [
        subprocess.Popen(_index_command(root), cwd=ROOT, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    index, refresh = _refresh(root)
    assert not refresh.changed
    reports = index.reports(file.path for file in walk_reports(root))
    assert len(reports) == 120 and len({r.content for r in reports}) == 120


def test_grep_over_a_collection_reads_only_the_reports_that_can_match(tmp_path, capsys,
                                                                      monkeypatch):
    root = tmp_path / "many"
    for number in range(60):
        topic = "社区矫正" if number % 10 == 0 else "营商环境"
        _write(root / f"区{number}" / "2023.md", f"一、{topic}\n推进{topic}工作{number}。\n")
    from tui.cli import main

    main(["index", str(root)])
    capsys.readouterr()
    loaded: list[str] = []
    real_load = parser.load

    def counting_load(path, **options):
        loaded.append(str(path))
        return real_load(path, **options)

    monkeypatch.setattr(parser, "load", counting_load)
    assert main(["grep", "社区矫正", str(root)]) == 0
    captured = capsys.readouterr()
    assert len(loaded) == 6 and captured.err == ""
    assert len(captured.out.splitlines()) == 12


@given(
    text=st.text(alphabet="法治政府ab", min_size=0, max_size=60),
    cuts=st.lists(st.integers(min_value=0, max_value=60), max_size=8),
    term=st.text(alphabet="法治政府ab", min_size=1, max_size=4),
)
def test_counting_in_regions_is_what_search_finds(text, cuts, term):
    from parser.index import boundary_pairs, count_in_regions, single_term
    from parser.search import SearchIndex

    query = parse_query(term)
    assume(single_term(query) == term)
    edges = sorted({0, len(text), *(cut for cut in cuts if cut <= len(text))})
    regions = [(number, start, end, -1)
               for number, (start, end) in enumerate(zip(edges, edges[1:]))]
    expected = len(SearchIndex.from_regions(text, regions).search(query).hits)
    bounds = [len(text[:edge].encode("utf-8")) for edge in edges[1:-1]]
    folded, encoded = text.encode("utf-8"), term.encode("utf-8")
    assert count_in_regions(folded, bounds, encoded) == expected
    pairs = boundary_pairs(folded, bounds)
    if not any(term[k - 1 : k + 1].encode("utf-8") in pairs for k in range(1, len(term))):
        assert folded.count(encoded) == expected


@pytest.mark.parametrize("as_text", [False, True])
def test_typing_a_query_a_character_at_a_time_counts_as_searching_afresh(tree, as_text):
    index, _ = _refresh(tree)
    reports = index.reports(file.path for file in walk_reports(tree))
    contents = [r.content for r in reports if r.content]
    index.load_texts(contents, as_text=as_text)
    for typed in ("法", "法治", "法治政", "法治政府", "营", "营商", "复", "复议", "议", "府\n二",
                  "政府|复议", "法治 -营商"):
        counts = index.counts(parse_query(typed), contents)
        for report in reports:
            expected = len(search(parser.load(report.path), typed).hits)
            assert counts.get(report.content, 0) == expected, (typed, report.path)


def test_the_progress_bar_draws_only_on_a_terminal():
    import io

    from tui.indexing import ProgressBar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = ProgressBar("indexing", stream)
        bar(0, 4)
        bar(4, 4)
    assert pipe.getvalue() == ""
    assert terminal.getvalue().endswith("\rindexing " + "█" * 30 + " 4/4\n")
