"""Keywords of a report and of a section: domain terms whole, generic words left out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import parser
from parser.keywords import (
    bundled_stop_words,
    document_keywords,
    load_user_lists,
    section_keywords,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_NAMES = sorted(path.name for path in SEEDS.glob("*.txt"))
GENERIC = {"街道", "工作", "开展", "进一步", "加强", "推进", "建设", "情况", "全面"}


@pytest.fixture(scope="module")
def seeds() -> dict[str, parser.Document]:
    return {name: parser.load(SEEDS / name) for name in SEED_NAMES}


def words(keywords) -> list[str]:
    return [keyword.word for keyword in keywords]


def test_importing_keywords_does_not_load_jieba():
    code = "import parser.keywords, sys; print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_generic_report_words_are_bundled_stop_words():
    assert GENERIC <= bundled_stop_words()


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_keywords_are_ten_specific_words(seeds, name):
    keywords = document_keywords(seeds[name])
    assert len(keywords) == 10
    assert not GENERIC & set(words(keywords))
    assert all(len(k.word) > 1 and k.count > 0 for k in keywords)
    assert [k.weight for k in keywords] == sorted((k.weight for k in keywords), reverse=True)


def test_domain_terms_stay_whole(seeds):
    assert "矛调分平台" in words(document_keywords(seeds["fatou-2023.txt"]))
    assert "规范性文件" in words(document_keywords(seeds["zixing-2021.txt"]))
    assert "法治政府建设" in words(document_keywords(seeds["nanshan-2023.txt"]))


def test_the_reports_own_organisation_is_not_a_keyword(seeds):
    doc = seeds["fatou-2023.txt"]
    assert doc.meta.org and "垡头" not in words(document_keywords(doc, top=50))


def test_section_keywords_cover_the_section_and_its_children(seeds):
    doc = seeds["fatou-2023.txt"]
    highlights = next(node for node in doc.sections if "亮点" in node.title)
    keywords = words(section_keywords(doc, highlights, top=5))
    assert "矛盾纠纷" in keywords
    assert section_keywords(doc, highlights.index, top=5) == section_keywords(doc, highlights, 5)


def test_extra_stop_words_leave_the_list(seeds):
    doc = seeds["fatou-2023.txt"]
    first = document_keywords(doc)[0].word
    assert first not in words(document_keywords(doc, stop_words=[first]))


def test_extra_domain_words_are_kept_whole(seeds):
    doc = seeds["sijiqing-2023.txt"]
    assert "楼宇执法员" not in words(document_keywords(doc, top=200))
    keywords = words(document_keywords(doc, top=200, domain_words=["楼宇执法员"]))
    assert "楼宇执法员" in keywords


def test_a_report_without_words_has_no_keywords():
    assert document_keywords(parser.parse("2023年12月30日\n")) == ()


# --- the user's lists ---------------------------------------------------------------------


def test_user_lists_are_read_from_the_config_dir(tmp_path):
    (tmp_path / "domain.yaml").write_text("words: [楼宇法治, 反诈 5]\n", encoding="utf-8")
    (tmp_path / "stopwords.yaml").write_text("words:\n  - 平安\n", encoding="utf-8")
    lists = load_user_lists(tmp_path)
    assert lists.domain_words == ("楼宇法治", "反诈 5")
    assert lists.stop_words == ("平安",)
    assert lists.warnings == ()


def test_missing_user_lists_are_empty_without_warnings(tmp_path):
    lists = load_user_lists(tmp_path / "absent")
    assert lists.domain_words == lists.stop_words == lists.warnings == ()


@pytest.mark.parametrize(
    "content",
    [b"words: [unclosed\n", "words: 平安\n".encode(), "- 平安\n".encode(), b"\xff\xfe\x00"],
)
def test_a_broken_user_list_is_a_warning_not_an_error(tmp_path, content):
    (tmp_path / "stopwords.yaml").write_bytes(content)
    (tmp_path / "domain.yaml").write_text("words: [楼宇法治]\n", encoding="utf-8")
    lists = load_user_lists(tmp_path)
    assert lists.stop_words == ()
    assert lists.domain_words == ("楼宇法治",)
    assert len(lists.warnings) == 1 and "stopwords.yaml" in lists.warnings[0]
    assert "\n" not in lists.warnings[0]
