"""Review checks: required parts by rubric, deadline, numbering lint, reuse and near copies,
and the ``gongwen check`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import parser
import parser.checks as parser_checks
from parser.checks import (
    POOL_MIN_PAIRS,
    check_deadline,
    check_reports,
    find_parts,
    numbering_lint,
    office_of,
    reuse_shares,
)
from parser.diff import diff
from parser.index import ReportIndex
from parser.rubric import RubricError, bundled_rubrics, parse_rubric, user_rubrics
from parser.similarity import similarity_matrix, term_counts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FAZHI = next(r for r in bundled_rubrics() if r.genre == "fazhi")
GONGZUO = next(r for r in bundled_rubrics() if r.genre == "gongzuo")

COMPLETE = """\
清河镇2023年法治政府建设情况报告

一、2023年法治政府建设工作情况
（一）加强组织领导
镇党委书记切实履行推进法治建设第一责任人职责，全年专题研究法治工作4次。
（二）规范行政执法
全年办理行政执法案件12件。
二、存在的不足和原因
执法人员专业能力有待提高。
三、2024年工作计划
（一）深化依法行政
继续落实第一责任人职责。

清河镇人民政府
2024年3月15日
"""


def found(doc, rubric=FAZHI):
    return {f.part.id: f for f in find_parts(doc, rubric)}


def test_a_complete_report_has_every_required_part_where_it_stands():
    doc = parser.parse(COMPLETE)
    parts = found(doc)
    assert parts["measures"].section.title == "2023年法治政府建设工作情况"
    assert parts["measures"].basis == "role"
    assert parts["shortcomings"].section.title == "存在的不足和原因"
    assert parts["plan"].section.title == "2024年工作计划"
    responsibility = parts["first_responsibility"]
    assert responsibility.basis == "content"
    assert responsibility.section.title == "加强组织领导"
    assert doc.text[slice(*responsibility.at)].startswith("镇党委书记切实履行")
    assert not parts["other"].found and parts["other"].part.optional


def test_first_responsibility_mentioned_only_in_the_plan_is_not_the_report_on_it():
    text = COMPLETE.replace("镇党委书记切实履行推进法治建设第一责任人职责，", "")
    parts = found(parser.parse(text))
    assert not parts["first_responsibility"].found


def test_shortcomings_found_by_content_when_no_heading_names_them():
    text = """\
一、2023年工作情况
全年办理行政执法案件12件。
二、几点体会
执法队伍还不够专业，存在的问题主要是培训不足，制度建设仍需加强。
三、2024年工作计划
深化依法行政。
"""
    finding = found(parser.parse(text))["shortcomings"]
    assert finding.basis == "content"
    assert finding.section.title == "几点体会"


def test_measures_set_out_topic_by_topic_are_the_rest_of_the_top_level():
    text = """\
一、坚持党的领导，压实法治建设责任
全年召开专题会议3次。
二、深化放管服改革
办理审批事项1200件。
三、存在的问题
基层执法力量薄弱。
四、下一步工作打算
持续推进法治政府建设。
"""
    parts = found(parser.parse(text))
    assert parts["measures"].basis == "rest"
    assert parts["measures"].section.title == "坚持党的领导，压实法治建设责任"
    assert parts["shortcomings"].section.title == "存在的问题"
    assert parts["plan"].section.title == "下一步工作打算"


def test_a_part_named_for_the_first_responsibility_is_not_the_measures():
    # The heading ends in 情况 like a review, but names another part of the rubric.
    doc = parser.parse("""\
东湖区2023年度法治政府建设情况报告

一、区政府主要负责同志履行推进法治建设第一责任人职责情况
区长主持召开常务会议专题研究法治政府建设三次。
二、2023年推进法治政府建设的主要举措和成效
全年审查行政规范性文件十一件。
""")
    parts = found(doc)
    assert parts["first_responsibility"].section.title.startswith("区政府主要负责同志")
    assert parts["measures"].section.title == "2023年推进法治政府建设的主要举措和成效"


def test_a_sentence_on_the_first_responsibility_leaves_its_topic_among_the_measures():
    doc = parser.parse("""\
西岭镇2024年法治政府建设情况报告

一、完善制度体系，推进依法行政
（一）健全统筹机制
镇主要领导严格落实党政主要负责人履行推进法治建设第一责任人职责，带头述法。
（二）规范合同管理
全年审查合同二十份。
二、深化普法宣传
开展送法下乡活动六场。
""")
    parts = found(doc)
    assert parts["first_responsibility"].section.title == "健全统筹机制"
    assert parts["first_responsibility"].basis == "content"
    assert parts["measures"].section.title == "完善制度体系，推进依法行政"


def test_a_report_without_a_plan_misses_it():
    text = COMPLETE[: COMPLETE.index("三、2024年工作计划")]
    parts = found(parser.parse(text))
    assert not parts["plan"].found
    assert not parts["plan"].part.optional


@pytest.mark.parametrize(
    ("signed", "on_time"),
    [("2024年3月15日", True), ("2024年4月1日", True), ("2024年5月6日", False)],
)
def test_the_deadline_is_1_april_of_the_following_year(signed, on_time):
    doc = parser.parse(COMPLETE.replace("2024年3月15日", signed))
    check = check_deadline(doc, FAZHI)
    assert check.deadline == "2024-04-01"
    assert check.basis == "signed"
    assert check.on_time is on_time


def test_no_date_means_the_deadline_cannot_be_judged():
    doc = parser.parse(COMPLETE.replace("2024年3月15日\n", ""))
    assert check_deadline(doc, FAZHI).on_time is None
    assert check_deadline(doc, GONGZUO).deadline is None


def test_numbering_lint_names_gaps_repeats_and_repaired_markers():
    text = """\
一、工作情况
（一）组织领导
内容。
（二）依法决策
内容。
（四）执法监督
内容。
（四）普法宣传
内容。
"""
    lint = numbering_lint(parser.parse(text))
    assert [(x.marker, x.kind, x.expected) for x in lint] == [
        ("（四）", "gap", 3), ("（四）", "repeat", 5)]
    zixing = parser.load(SEEDS / "zixing-2021.txt")
    assert [(x.line, x.kind, x.expected) for x in numbering_lint(zixing)] == [(45, "inferred", 3)]


def test_a_copy_with_the_office_name_replaced_is_the_nearest_match():
    original = parser.load(SEEDS / "fatou-2023.txt")
    copy = parser.parse(original.text.replace("垡头", "南磨房"))
    others = [parser.load(path) for path in sorted(SEEDS.glob("*.txt")) if "fatou" not in path.name]
    docs = [original, copy, *others]
    results = check_reports(docs, [d.meta.org or str(i) for i, d in enumerate(docs)],
                            bundled_rubrics())
    assert copy.meta.org != original.meta.org
    assert results[0].nearest.index == 1 and results[0].nearest.similarity >= 0.95
    assert results[1].nearest.index == 0
    assert all(r.nearest.similarity < 0.5 for r in results[2:])
    assert "copy" in results[0].failures(reuse_limit=0.8, copy_limit=0.9)


def test_unrelated_reports_are_not_alike():
    docs = [parser.load(path) for path in sorted(SEEDS.glob("*.txt"))]
    matrix = similarity_matrix([term_counts(doc) for doc in docs])
    assert all(matrix[i][i] == 1.0 for i in range(len(docs)))
    assert max(matrix[i][j] for i in range(5) for j in range(5) if i != j) < 0.3


def test_reuse_is_the_year_over_year_diffs_own_figure():
    last = parser.parse(COMPLETE.replace("2023", "2022").replace("2024", "2023"))
    this = parser.parse(COMPLETE.replace("全年办理行政执法案件12件。", "新建社区法律服务站五处，覆盖全部村居。"))
    [checked, _] = check_reports([this, last], ["清河镇", "清河镇"], bundled_rubrics())
    assert checked.reuse == diff(last, this).reuse.reused_share
    assert 0.5 < checked.reuse < 1.0


def test_a_report_names_its_office_as_its_collection_does(tmp_path):
    doc = parser.parse(COMPLETE)
    assert office_of(tmp_path / "浙江省" / "2023.md", doc) == "浙江省"
    assert office_of(tmp_path / "reports" / "qinghe.txt", doc) == office_of(
        tmp_path / "other" / "qinghe-2.txt", parser.parse(COMPLETE.replace("清河镇人民政府", "清河镇")))


def test_the_same_offices_previous_year_is_compared():
    last = parser.parse(COMPLETE.replace("2023", "2022").replace("2024", "2023"))
    this = parser.parse(COMPLETE)
    results = check_reports([this, last], ["清河镇", "清河镇"], bundled_rubrics())
    assert results[0].previous == 1 and results[0].reuse > 0.5
    assert results[1].previous is None and results[1].reuse is None
    assert results[0].nearest.index == -1  # no other office


class FakeCache:
    """Reuse shares by hash pair, as the index keeps them."""

    def __init__(self, known):
        self.known = dict(known)
        self.stored = {}

    def reuse_shares(self, pairs):
        return {pair: self.known[pair] for pair in pairs if pair in self.known}

    def store_reuse_shares(self, shares):
        self.stored.update(shares)

    def nearest_reports(self, library):
        return None

    def store_nearest_reports(self, library, found):
        pass


def test_reuse_computed_before_is_taken_from_the_cache_and_new_ones_kept():
    last = parser.parse(COMPLETE.replace("2023", "2022").replace("2024", "2023"))
    this = parser.parse(COMPLETE)
    offices = ["清河镇", "清河镇"]
    # A share the diff could not give marks the one looked up, not compared again.
    cache = FakeCache({("h-last", "h-this"): 0.125})
    [checked, _] = check_reports([this, last], offices, bundled_rubrics(),
                                 hashes=["h-this", "h-last"], cache=cache)
    assert checked.reuse == 0.125 and cache.stored == {}
    empty = FakeCache({})
    [checked, _] = check_reports([this, last], offices, bundled_rubrics(),
                                 hashes=["h-this", "h-last"], cache=empty)
    assert empty.stored == {("h-last", "h-this"): checked.reuse}
    assert checked.reuse == diff(last, this).reuse.reused_share


def _reports_and_pairs():
    docs = [parser.parse(COMPLETE.replace("2023", str(year)).replace("2024", str(year + 1))
                         .replace("12件", f"{year % 7 + 3}件"))
            for year in (2019, 2020, 2021, 2022, 2023)]
    pairs = [(a, b) for a in range(5) for b in range(5) if a < b]
    assert len(pairs) >= POOL_MIN_PAIRS
    return docs, pairs


def test_reuse_in_worker_processes_is_the_same_as_in_this_one():
    docs, pairs = _reports_and_pairs()
    assert reuse_shares(docs, pairs, workers=2) == reuse_shares(docs, pairs, workers=1)


def test_reuse_from_a_process_with_threads_is_computed_in_it():
    import threading
    docs, pairs = _reports_and_pairs()
    found = {}
    worker = threading.Thread(target=lambda: found.update(reuse_shares(docs, pairs, workers=2)))
    worker.start()
    worker.join()
    assert found == reuse_shares(docs, pairs, workers=1)


def test_the_index_keeps_reuse_shares_for_the_parser_that_made_them(tmp_path, monkeypatch):
    with ReportIndex(tmp_path) as index:
        index.store_reuse_shares({("a", "b"): 0.5, ("b", "c"): 0.25})
    with ReportIndex(tmp_path) as index:
        assert index.reuse_shares([("a", "b"), ("b", "c"), ("c", "d")]) == {
            ("a", "b"): 0.5, ("b", "c"): 0.25}
        monkeypatch.setattr("parser.index.parser_fingerprint", lambda: "another parser")
        assert index.reuse_shares([("a", "b")]) == {}


def test_a_cache_that_cannot_be_used_is_an_empty_one(tmp_path):
    index = ReportIndex(tmp_path)
    index.close()  # every statement now fails
    index.store_reuse_shares({("a", "b"): 0.5})
    assert index.reuse_shares([("a", "b")]) == {}


def test_the_nearest_reports_of_a_library_checked_before_come_from_the_index(
        tmp_path, monkeypatch):
    seeds = sorted(SEEDS.glob("*.txt"))
    docs = [parser.load(path) for path in seeds]
    copy = parser.parse(docs[1].text.replace("垡头", "南磨房"))
    docs, offices = [*docs, copy], [path.stem for path in seeds] + ["南磨房"]
    hashes = [f"h{i}" for i in range(len(docs))]
    with ReportIndex(tmp_path) as index:
        first = check_reports(docs, offices, bundled_rubrics(), hashes=hashes, cache=index)
        assert first[-1].nearest.index == 1 and first[-1].nearest.similarity >= 0.95
        # The same library in another order: the stored figures, each report's own.
        order = [5, 3, 0, 4, 1, 2]
        real_nearest = parser_checks.nearest

        def not_again(*args):
            raise AssertionError("compared again")

        monkeypatch.setattr(parser_checks, "nearest", not_again)
        again = check_reports([docs[i] for i in order], [offices[i] for i in order],
                              bundled_rubrics(), hashes=[hashes[i] for i in order],
                              cache=index)
        assert index._db.execute("SELECT count(*) FROM nearest").fetchone()[0] == 1
        for place, report in enumerate(order):
            expected = first[report].nearest
            got = again[place].nearest
            assert order[got.index] == expected.index and got.similarity == expected.similarity
        # Another office for one report is another library.
        monkeypatch.setattr(parser_checks, "nearest", real_nearest)
        check_reports(docs, [*offices[:-1], "别处"], bundled_rubrics(), hashes=hashes,
                      cache=index)
        assert index._db.execute("SELECT count(*) FROM nearest").fetchone()[0] == 2


def test_an_index_made_before_the_reuse_table_gains_it(tmp_path):
    with ReportIndex(tmp_path) as index:
        index._db.execute("DROP TABLE reuse")
    with ReportIndex(tmp_path) as index:
        assert index.warning is None
        index.store_reuse_shares({("a", "b"): 0.5})
        assert index.reuse_shares([("a", "b")]) == {("a", "b"): 0.5}


def test_check_twice_gives_the_same_reuse_the_second_time_from_the_index(tmp_path):
    import os
    office = tmp_path / "library" / "清河镇"
    office.mkdir(parents=True)
    (office / "2022.txt").write_text(
        COMPLETE.replace("2023", "2022").replace("2024", "2023"), encoding="utf-8")
    (office / "2023.txt").write_text(
        COMPLETE.replace("全年办理行政执法案件12件。", "新建社区法律服务站五处，覆盖全部村居。"),
        encoding="utf-8")
    first = run_check("--json", str(office.parent), env_dir=tmp_path)
    with ReportIndex(Path(os.environ["GONGWEN_CACHE_DIR"])) as index:
        assert len(index.reuse_shares(index._db.execute(
            "SELECT previous, current FROM reuse").fetchall())) == 1
    second = run_check("--json", str(office.parent), env_dir=tmp_path)
    assert first.stdout == second.stdout and first.returncode == second.returncode
    shares = [r["reuse"]["share"] for r in json.loads(first.stdout)["reports"]]
    assert shares.count(None) == 1 and 0.5 < max(s for s in shares if s is not None) < 1


def test_check_for_the_library_fills_the_cache_and_prints_only_progress(tmp_path):
    import os
    office = tmp_path / "library" / "清河镇"
    office.mkdir(parents=True)
    for year in (2021, 2022, 2023):
        (office / f"{year}.txt").write_text(
            COMPLETE.replace("2023", str(year)).replace("2024", str(year + 1)),
            encoding="utf-8")
    env = dict(os.environ, GONGWEN_CONFIG_DIR=str(tmp_path), NO_COLOR="1")
    result = subprocess.run(
        [sys.executable, "-m", "tui", "check", "--progress-lines", "-"], input="".join(
            f"{path}\n" for path in sorted(office.iterdir())),
        capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines()]
    assert lines[-1] == ["5", "5"]  # two pairs, three reports
    with ReportIndex(Path(os.environ["GONGWEN_CACHE_DIR"])) as index:
        assert index._db.execute("SELECT count(*) FROM reuse").fetchone()[0] == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("parts: [", "not YAML"),
        ("name: x", "non-empty list of 'parts'"),
        ("parts: [{id: a, role: nonsense}]", "unknown role"),
        ("parts: [{id: a}]", "no headings, content or rest"),
        ("parts: [{id: a, headings: [x]}, {id: a, headings: [y]}]", "unique"),
        ("deadline: 13-01\nparts: [{id: a, headings: [x]}]", "MM-DD"),
        ("parts: [{id: a, headings: [x], not_in: [b]}]", "unknown parts: b"),
        ("parts: [{id: a, content: [x], min_hits: 0}]", "min_hits"),
    ],
)
def test_a_broken_rubric_is_one_line_naming_the_file(text, message):
    with pytest.raises(RubricError) as error:
        parse_rubric(text, "mine.yaml")
    assert message in str(error.value)
    assert str(error.value).startswith("mine.yaml:") and "\n" not in str(error.value)


def test_user_rubrics_skip_broken_files_with_a_warning(tmp_path):
    (tmp_path / "good.yaml").write_text(
        "genre: mine\nmatch: [工作总结]\nparts: [{id: a, headings: [总结]}]\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("parts: [", encoding="utf-8")
    rubrics, warnings = user_rubrics(tmp_path)
    assert [r.genre for r in rubrics] == ["mine"]
    assert len(warnings) == 1 and "bad.yaml" in warnings[0]


def run_check(*args, cwd=ROOT, env_dir=None):
    import os
    env = dict(os.environ, GONGWEN_CONFIG_DIR=str(env_dir or cwd), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "tui", "check", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env)


def test_check_json_reports_every_part_and_passes_the_seeds(tmp_path):
    result = run_check("--json", "seeds", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["schema"] == "gongwen.check/1"
    fatou = next(r for r in payload["reports"] if r["path"].endswith("fatou-2023.txt"))
    assert fatou["rubric"] == "fazhi"
    assert fatou["on_time"] is True and fatou["deadline"] == "2024-04-01"
    names = {p["name"]: p for p in fatou["parts"]}
    assert names["存在的不足和原因"]["section"] == ["法治政府建设中存在的不足"]
    assert names["存在的不足和原因"]["found"] is True
    assert set(fatou) >= {"path", "org", "year", "parts", "published", "deadline", "on_time",
                          "reuse", "nearest", "lint"}


def test_check_fails_a_report_missing_a_part_and_a_late_one(tmp_path):
    report = tmp_path / "qinghe-2023.txt"
    text = COMPLETE[: COMPLETE.index("三、2024年工作计划")] + "\n清河镇人民政府\n2024年6月1日\n"
    report.write_text(text, encoding="utf-8")
    result = run_check(str(report), env_dir=tmp_path)
    assert result.returncode == 1
    assert "✗ 下一年度主要安排" in result.stdout
    assert "✗ 公开时限 2024-04-01: 2024-06-01" in result.stdout
    csv_out = run_check("--csv", str(report), env_dir=tmp_path).stdout.splitlines()
    assert csv_out[0].startswith("path,org,year,rubric,")
    assert csv_out[1].endswith("parts deadline")


def test_check_memo_quotes_where_each_part_was_found(tmp_path):
    result = run_check("--format", "md", "seeds/nanshan-2023.txt", env_dir=tmp_path)
    assert result.stdout.startswith("# 年度报告审查意见")
    assert "> 一是严格落实党政主要负责人履行推进法治建设第一责任人职责。" in result.stdout


def test_check_bad_rubric_or_report_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("parts: [", encoding="utf-8")
    result = run_check("--rubric", str(bad), "seeds", env_dir=tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    missing = run_check(str(tmp_path / "nope.txt"), env_dir=tmp_path)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_check_output_shows_a_reports_control_characters_visibly(tmp_path):
    report = tmp_path / "evil-2023.txt"
    report.write_text(COMPLETE.replace("存在的不足和原因", "存在的不足\x1b]52;c;aGk=\x07和原因"),
                      encoding="utf-8")
    for flags in ((), ("--csv",), ("--format", "md"), ("--json",)):
        result = run_check(*flags, str(report), env_dir=tmp_path)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
