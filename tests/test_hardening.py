"""Hostile input on the command line: nothing dropped, nothing injected into the terminal,
nothing waited on for ever, and every failure one line with a non-zero exit status."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import parser
from parser.keywords import document_keywords
from tui import cli
from tui.config import Config, config_path, load_config, save_config

REPOSITORY = Path(__file__).resolve().parent.parent
SEEDS = REPOSITORY / "seeds"

HOSTILE = (
    "\x1b]52;c;6YCa5qGI\x07",  # OSC 52: write the clipboard
    "\x1b]0;已被篡改\x07",  # OSC 0: the window title
    "\x1b[2J",  # clear the screen
    "\x1b[?1049h",  # the alternate screen
    "\x07",  # BEL
    "\x9b31m",  # CSI as one C1 character
    "\x9d0;c1\x9c",  # OSC and ST as C1
    "\x1b]2;never ends",  # an unterminated OSC swallows what follows
)
TERMINAL_BYTES = [b"\x1b", b"\x07", *(chr(code).encode() for code in range(0x80, 0xA0))]


def _hostile_report(tmp_path: Path, name: str = "hostile.txt") -> Path:
    lines = ["临江区2023年法治政府建设工作报告"]
    for number, sequence in zip("一二三四五六七八", HOSTILE):
        lines += [f"{number}、行政复议{sequence}工作", f"全年办理行政复议{sequence}案件12件。"]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: str, stdin: int | None = subprocess.DEVNULL, env: dict[str, str] | None = None,
         timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY), "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True,
                          stdin=stdin, env=environment, timeout=timeout, check=False)


# Terminal injection -------------------------------------------------------------------------


def test_terminal_text_shows_controls_visibly() -> None:
    from tui.output import terminal_text

    assert terminal_text("a\x1b[2Jb\x07c") == "a^[[2Jb^Gc"
    assert terminal_text("x\x9by\x7f") == "x<U+009B>y^?"
    assert terminal_text("行\t政\n复议") == "行\t政\n复议"
    assert terminal_text("name\udcff.txt") == "name\\xff.txt"


def test_json_escapes_c1_and_del() -> None:
    from tui.output import json_text

    dumped = json_text({"t": "a\x9bb\x7fc\x1bd"})
    assert "\\u009b" in dumped and "\\u007f" in dumped and "\\u001b" in dumped
    assert not any(chr(code) in dumped for code in (0x1B, 0x7F, *range(0x80, 0xA0)))


@pytest.mark.parametrize("command", [
    ["outline"], ["outline", "--json"], ["grep", "复议"], ["grep", "--json", "复议"],
    ["diff", "--plain"], ["diff", "--json"],
])
def test_no_control_sequence_of_a_report_reaches_the_terminal(tmp_path, command) -> None:
    hostile = _hostile_report(tmp_path)
    paths = [str(SEEDS / "nanshan-2023.txt"), str(hostile)] if command[0] == "diff" else [
        str(hostile)]
    for colour in ({"NO_COLOR": "1"}, {}):
        result = _run(*command, *paths, env=colour)
        assert result.returncode in (0, 1), result.stderr
        assert result.stdout and not any(byte in result.stdout for byte in TERMINAL_BYTES)
    if command == ["grep", "复议"]:
        assert "^[]0;已被篡改^G" in result.stdout.decode()


def test_an_html_entity_does_not_become_an_escape(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><div><p>一、总体情况&#27;]0;标题&#7;</p><p>工作&#155;2J正文。"
                    "</p></div></body></html>", encoding="utf-8")
    result = _run("grep", "总体", str(page))
    assert result.returncode == 0
    assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout
    assert "^[]0;标题^G" in result.stdout.decode()


def test_a_file_name_with_an_escape_is_shown_visibly_on_stderr(tmp_path) -> None:
    bad = tmp_path / "bad\x1b]0;x\x07.txt"
    bad.write_bytes(b"%PDF-1.4 binary")
    result = _run("outline", str(bad))
    assert result.returncode == 2
    assert b"\x1b" not in result.stderr and b"^[]0;x^G" in result.stderr


# Text silently dropped ----------------------------------------------------------------------


def extract(html: str):
    from parser.html import extract as extract_page

    return extract_page(html)


def _page(body: str) -> str:
    return f"<html><head><title>报告_某区政府</title></head><body>{body}</body></html>"


def test_an_aspx_form_body_is_kept() -> None:
    text = extract(_page(
        '<form id="form1" runat="server"><div class="nav"><a href="/">首页</a></div>'
        '<div id="content"><p>一、主要工作</p><p>全年办理行政复议案件12件。</p>'
        "<p>二、存在问题</p><p>执法能力有待提升。</p></div></form>")).text
    assert "全年办理行政复议案件12件。" in text and "执法能力有待提升。" in text


def test_class_names_inside_the_article_delete_nothing() -> None:
    text = extract(_page(
        '<div class="article"><p>一、主要工作</p>'
        '<p>我们<span class="share">分享</span>了经验，<em id="top">重点</em>突出。</p>'
        '<div class="links">相关制度汇编已印发。</div><aside>附：典型案例三则。</aside>'
        "<p>二、下一步</p><p>继续推进依法行政工作。</p></div>")).text
    assert "我们分享了经验，重点突出。" in text
    assert "相关制度汇编已印发。" in text and "附：典型案例三则。" in text


def test_pre_keeps_its_lines_and_so_its_headings(tmp_path) -> None:
    page = tmp_path / "r.html"
    page.write_text(_page("<pre>一、主要工作\n全年办理案件12件。\n二、存在问题\n能力不足。\n</pre>"),
                    encoding="utf-8")
    doc = parser.load(page)
    assert [node.title for node in doc.nodes] == ["主要工作", "存在问题"]


def test_a_table_is_a_block_of_aligned_rows_and_the_date_line_is_kept(tmp_path) -> None:
    page = tmp_path / "r.html"
    page.write_text(_page(
        '<h1>某区2023年法治政府建设报告</h1><div class="info">发布日期：2024-03-20 来源：司法局</div>'
        '<div class="content"><p>一、主要数据</p><p>复议和诉讼情况如下：</p>'
        "<table><tr><th>项目</th><th>2022年</th><th>2023年</th></tr>"
        "<tr><td>行政复议</td><td>12件</td><td>15件</td></tr>"
        "<tr><td>行政诉讼</td><td>3件</td><td>2件</td></tr></table>"
        "<p>二、下一步</p><p>继续推进依法行政工作，全面提升执法水平。</p></div>"), encoding="utf-8")
    doc = parser.load(page)
    lines = doc.text.split("\n")
    assert "发布日期：2024-03-20 来源：司法局" in lines
    table = lines.index("项目     │ 2022年 │ 2023年")
    assert lines[table - 1] == "" and lines[table + 3] == ""
    assert lines[table + 1] == "行政复议 │ 12件   │ 15件"
    assert lines[table + 2] == "行政诉讼 │ 3件    │ 2件"
    assert [node.title for node in doc.nodes] == ["主要数据", "下一步"]
    date_line = doc.line_span(lines.index("发布日期：2024-03-20 来源：司法局") + 1)
    assert date_line in doc.debris


def test_a_page_mostly_left_out_is_noted_on_stderr(tmp_path) -> None:
    links = "".join(f'<li><a href="/{n}">栏目链接{n}号</a></li>' for n in range(200))
    page = tmp_path / "r.html"
    page.write_text(_page(f'<ul class="menu">{links}</ul><div><p>一、工作</p><p>做了工作。</p></div>'),
                    encoding="utf-8")
    result = _run("outline", str(page))
    assert result.returncode == 0
    note = result.stderr.decode()
    assert note.startswith("gongwen: note: ") and note.count("\n") == 1 and "left out" in note


def test_nested_markup_is_neither_slow_nor_too_deep(tmp_path) -> None:
    spans = "<p>" + "<span>" * 1000 + "一、深处的标题" + "</span>" * 1000 + "</p>"
    divs = "<div>" * 5000 + "<p>二、更深处</p>" + "</div>" * 5000
    page = tmp_path / "deep.html"
    page.write_text(_page(spans + divs), encoding="utf-8")
    doc = parser.load(page)
    assert "一、深处的标题" in doc.text and "二、更深处" in doc.text


# Pipes, devices, sizes ----------------------------------------------------------------------


def test_a_pipe_on_stdin_is_refused_not_cut_short() -> None:
    with subprocess.Popen(["printf", "一、标题\\n正文。\\n"], stdout=subprocess.PIPE) as writer:
        result = _run("outline", "/dev/stdin", stdin=writer.stdout)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and "pipe" in result.stderr.decode()


@pytest.mark.parametrize("command", [[], ["outline"], ["grep", "复议"], ["diff", "--plain"]])
def test_a_named_pipe_is_refused_at_once(tmp_path, command) -> None:
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    extra = [str(SEEDS / "nanshan-2023.txt")] if command[:1] == ["diff"] else []
    result = _run(*command, *extra, str(fifo), timeout=30)
    assert result.returncode == 2
    assert "is a pipe" in result.stderr.decode() and b"Traceback" not in result.stderr


def test_a_device_is_refused(tmp_path) -> None:
    result = _run("outline", "/dev/zero", timeout=30)
    assert result.returncode == 2 and "is a device" in result.stderr.decode()


def test_the_limit_holds_for_what_is_read(tmp_path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("一、标题\n" + "正文。" * 1000, encoding="utf-8")
    with pytest.raises(parser.LoadError, match="over the"):
        parser.load(report, max_bytes=100)
    assert parser.load(report, max_bytes=10**30).nodes  # a huge limit is no OverflowError


@pytest.mark.parametrize("value", ["inf", "nan", "1e300", "-1"])
def test_an_impossible_max_size_is_one_line(capsys, value) -> None:
    assert cli.main(["outline", str(SEEDS / "nanshan-2023.txt"), "--max-size", value]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_huge_max_bytes_in_the_config_is_no_overflow(tmp_path, capsys) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text("max_bytes: 1000000000000000000000000000000\n", encoding="utf-8")
    config, warning = load_config()
    assert warning is None
    assert parser.load(SEEDS / "nanshan-2023.txt", max_bytes=config.size_limit).nodes


def test_an_empty_path_is_an_error_not_the_current_folder(tmp_path, capsys, monkeypatch) -> None:
    (tmp_path / "r.txt").write_text("一、行政复议工作\n办理复议案件。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in (["outline", ""], ["grep", "复议", ""], ["diff", "--plain", "", "r.txt"]):
        assert cli.main(command) == 2, command
        out, err = capsys.readouterr()
        assert not out and err.count("\n") == 1 and "empty path" in err, command


def test_an_unreadable_folder_is_one_line(tmp_path, capsys, monkeypatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "r.txt").write_text("一、标题\n", encoding="utf-8")

    def deny(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", deny)
    monkeypatch.setattr(os, "scandir", deny)  # folders are walked with os.scandir
    assert cli.main(["grep", "标题", str(folder)]) == 2
    assert f"{folder}: permission denied\n" in capsys.readouterr().err
    assert cli.main([str(folder)]) == 2
    err = capsys.readouterr().err
    # In the interface's words (没有读取权限), not the system's English.
    assert str(folder) in err and err.count("\n") == 1
    assert "Permission denied" not in err and "Traceback" not in err


# Encodings ----------------------------------------------------------------------------------


def test_one_corrupt_byte_is_named_with_its_place(tmp_path) -> None:
    data = (SEEDS / "nanshan-2023.txt").read_bytes()
    damaged = tmp_path / "r.txt"
    damaged.write_bytes(data[:7312] + b"\xff" + data[7313:])
    with pytest.raises(parser.LoadError, match="invalid UTF-8 at byte 7,312"):
        parser.load(damaged)


def test_utf32_with_a_bom_is_read() -> None:
    text, encoding = parser.decode(codecs.BOM_UTF32_LE + "一、总体情况\n".encode("utf-32-le"))
    assert (text, encoding) == ("一、总体情况\n", "utf-32")


@pytest.mark.parametrize(("data", "cause"), [
    (("日本語の報告書です。行政のテキストです。" * 20).encode("shift_jis"), "it looks like"),
    (("Le rapport annuel, déjà révisé, à l'été. " * 20).encode("latin-1"), "it looks like"),
    ("一、总体情况。".encode() * 10 + b"\xed\xa0\x80" + "正文。".encode() * 10, "CESU-8"),
])
def test_mojibake_is_refused_with_a_cause(data, cause) -> None:
    with pytest.raises(parser.LoadError, match=cause):
        parser.decode(data)


def test_a_short_gbk_report_with_circled_markers_reads() -> None:
    # ①…⑳ and ㈠…㈩ number headings: they count as a report's own characters, not as the
    # rare ones a foreign encoding read as GBK gives.
    text = "法治,法治。\n①法治\n㈠依法行政"
    assert parser.decode(text.encode("gbk")) == (text, "gbk")


def test_gbk_reports_still_read() -> None:
    text = (SEEDS / "nanshan-2023.txt").read_text(encoding="utf-8")
    assert parser.decode(text.encode("gbk")) == (text, "gbk")


@pytest.mark.parametrize("encoding", ["gbk", "ascii"])
def test_output_in_a_legacy_locale_never_fails(encoding) -> None:
    result = _run("outline", str(SEEDS / "nanshan-2023.txt"), env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    if encoding == "gbk":
        result.stdout.decode("gbk")  # ` › `-less outline in GBK, what GBK lacks as ?
    else:
        assert "一、" in result.stdout.decode("utf-8")
    grep = _run("grep", "复议", str(SEEDS), env={"PYTHONIOENCODING": encoding})
    assert grep.returncode == 0 and b"Traceback" not in grep.stderr


# Crashes ------------------------------------------------------------------------------------


def test_an_internal_error_leaves_a_log_and_exits_3(tmp_path, capsys, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(parser, "load", broken)
    assert cli.main(["outline", str(SEEDS / "nanshan-2023.txt")]) == 3
    err = capsys.readouterr().err
    logs = list((tmp_path / "cache").glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in err and err.count("\n") == 1
    assert "RuntimeError: a bug" in logs[0].read_text(encoding="utf-8")
    assert "Traceback" in logs[0].read_text(encoding="utf-8")


# Settings files -----------------------------------------------------------------------------


def test_a_word_list_with_a_superscript_is_no_crash(tmp_path) -> None:
    from parser import segment

    # Made-up terms: the segmenter is shared by the whole run, they must not change it.
    (tmp_path / "domain.yaml").write_text("words: ['甲乙丙丁 ²', '戊己庚²']\n", encoding="utf-8")
    words = segment.read_word_list(tmp_path / "domain.yaml")
    segment.add_words(words)
    segment.warm()
    assert "戊己庚²" in segment.added_words()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_device_as_a_settings_file_is_refused_at_once(tmp_path, kind) -> None:
    from parser.keywords import load_user_lists
    from tui.themes import load_themes

    config_dir = config_path().parent
    (config_dir / "themes").mkdir(parents=True)
    targets = [config_path(), config_dir / "themes" / "mine.yaml", config_dir / "domain.yaml"]
    for target in targets:
        if kind == "fifo":
            os.mkfifo(target)
        else:
            target.symlink_to("/dev/zero")
    done: list[object] = []

    def read_all() -> None:
        done.append(load_config())
        done.append(load_themes([config_dir / "themes"]))
        done.append(load_user_lists(config_dir))

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert len(done) == 3, "a settings file was waited on"
    (config, warning), (_, theme_warnings), lists = done
    assert warning and theme_warnings and lists.warnings


def test_a_config_with_a_typo_survives_a_session_byte_for_byte() -> None:
    original = "theme: gongwen-light\npositions:\n  /r.txt: 12\nmarks: {/r.txt: {a: 3}\n"
    config_path().parent.mkdir(parents=True)
    config_path().write_text(original, encoding="utf-8")
    config, warning = load_config()
    assert warning is not None and "YAML" in warning
    config.remember_position("/other.txt", 40)
    config.theme = "gongwen-dark"
    assert save_config(config) is None
    assert config_path().read_text(encoding="utf-8") == original


def test_a_config_with_one_bad_field_is_not_rewritten() -> None:
    original = "theme: 42\npositions:\n  /r.txt: 12\n"
    config_path().parent.mkdir(parents=True)
    config_path().write_text(original, encoding="utf-8")
    config, warning = load_config()
    assert warning is not None and config.positions == {"/r.txt": 12}
    config.remember_position("/r.txt", 99)
    save_config(config)
    assert config_path().read_text(encoding="utf-8") == original


def test_two_windows_merge_their_reading_positions(tmp_path) -> None:
    save_config(Config(theme="gongwen-light"))
    first, _ = load_config()
    second, _ = load_config()
    first.remember_position(tmp_path / "a.txt", 10)
    second.remember_position(tmp_path / "b.txt", 20)
    first.set_mark(tmp_path / "a.txt", "x", 5)
    assert save_config(first) is None
    assert save_config(second) is None
    merged, _ = load_config()
    assert merged.position(tmp_path / "a.txt") == 10
    assert merged.position(tmp_path / "b.txt") == 20
    assert merged.report_marks(tmp_path / "a.txt") == {"x": 5}
    assert merged.theme == "gongwen-light"
    # What a window changes wins over what it read; what it did not touch is left alone.
    second.remember_position(tmp_path / "a.txt", 11)
    second.theme = "gongwen-contrast"
    save_config(second)
    final, _ = load_config()
    assert final.position(tmp_path / "a.txt") == 11 and final.position(tmp_path / "b.txt") == 20
    assert final.theme == "gongwen-contrast"


# Slow work that can be stopped ----------------------------------------------------------------


def test_keyword_ranking_stops_when_cancelled() -> None:
    from parser.keywords import Cancelled

    doc = parser.load(SEEDS / "nanshan-2023.txt")
    with pytest.raises(Cancelled):
        document_keywords(doc, cancelled=lambda: True)
    assert document_keywords(doc)  # nothing half-counted was kept


def test_document_path_is_the_ancestry_from_the_walk() -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        doc = parser.load(seed)
        for section, ancestors in doc.walk():
            assert doc.path(section) == (*ancestors, section)


# Invariants ---------------------------------------------------------------------------------

@given(st.text())
def test_terminal_text_never_lets_a_control_character_through(text: str) -> None:
    from tui.output import terminal_text

    shown = terminal_text(text)
    assert not any(
        (ord(ch) < 0x20 and ch not in "\t\n") or 0x7F <= ord(ch) <= 0x9F
        or 0xD800 <= ord(ch) <= 0xDFFF for ch in shown
    )
    shown.encode("utf-8")  # printable in any UTF-8 terminal
    if shown == text:
        assert all(ch in "\t\n" or ch.isprintable() or ord(ch) > 0x9F for ch in text)


_WORDS = st.text(alphabet="依法行政复议诉讼工作情况一二三", min_size=1, max_size=8)
_CLASSES = st.sampled_from(["share", "top", "nav", "links", "footer", "menu", "toolbar", "x"])


@given(st.lists(st.tuples(_WORDS, _CLASSES, _WORDS), min_size=1, max_size=12))
def test_named_inline_elements_inside_the_article_keep_their_text(parts) -> None:
    body = "".join(f'<p>{before}<span class="{name}">{inner}</span>{after}。</p>'
                   for before, name, (inner, after) in
                   ((b, n, (i, b[::-1])) for b, n, i in parts))
    text = extract(_page(f'<div class="content">{body}</div>')).text
    for before, _, inner in parts:
        assert f"{before}{inner}{before[::-1]}。" in text
