"""Properties over generated reports: random marker styles and nesting, inline and stand-alone
headings, points, debris, titles and signatures, full/half width, indentation, newline styles.

The parser must never crash, never lose text (the spans tile it), be deterministic, and find
exactly the outline the generator wrote. GB18030 and UTF-16 copies must parse like UTF-8."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parser
from tests.tiling import assert_tiles
from tui.commands.outline import outline_json

WORDS = ["法治", "建设", "行政复议", "法律顾问", "依法行政", "普法宣传", "矛盾纠纷", "基层治理",
         "队伍", "制度", "机制", "执法", "监督", "服务", "群众", "社区", "决策", "审查", "平台",
         "责任", "考核", "培训", "调解", "宣传", "信访", "安全", "网格", "营商环境", "公开"]
CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


# Each style spells ordinal n as a marker; a report uses distinct families at its levels.
STYLES = {
    "cn": [lambda n: f"{cn(n)}、", lambda n: f"{cn(n)}．"],
    "cn-paren": [lambda n: f"({cn(n)})", lambda n: f"（{cn(n)}）"],
    "arabic": [lambda n: f"{n}.", lambda n: f"{n}、", lambda n: f"{n}．"],
    "arabic-paren": [lambda n: f"({n})", lambda n: f"（{n}）"],
    "circled": [lambda n: chr(0x2460 + n - 1)],
    "part": [lambda n: f"第{cn(n)}部分 "],
}


@dataclass
class Node:
    marker: str
    title: str
    level: int
    kind: str
    children: list[Node]


phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map("".join)
comma = st.sampled_from(["，", ","])
title_text = st.builds(lambda a, c, b: a + c + b if b else a, phrase, comma,
                       st.one_of(st.just(""), phrase))
sentence = st.builds(lambda a, c, b: f"{a}{c}{b}。", phrase, comma, phrase)
paragraph = st.lists(sentence, min_size=1, max_size=3).map("".join)


@st.composite
def reports(draw) -> tuple[str, list[Node]]:
    depth = draw(st.integers(1, 4))
    families = draw(st.permutations(list(STYLES)))[:depth]
    spell = [draw(st.sampled_from(STYLES[family])) for family in families]
    mixed_separators = draw(st.booleans())
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    gap = draw(st.sampled_from(["", newline]))
    indent = draw(st.sampled_from(["", "  ", "\u3000\u3000"]))
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(f"某某街道{draw(st.integers(2015, 2026))}年法治政府建设年度报告")
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["发布时间:2023-12-15 来源:某某街道", "字体:大 中 小",
                                           "首页 > 政务公开 > 法治政府建设"])))
    lines.append(draw(paragraph))

    def build(level: int) -> list[Node]:
        nodes = []
        count = draw(st.integers(1, 3 if level > 1 else 4))
        for n in range(1, count + 1):
            style = draw(st.sampled_from(STYLES[families[level - 1]])) if mixed_separators \
                else spell[level - 1]
            title = draw(title_text)
            marker = style(n)
            if draw(st.booleans()):
                lines.append(f"{indent}{marker}{title}。{draw(paragraph)}")
            else:
                lines.append(f"{indent}{marker}{title}")
                if draw(st.booleans()):
                    lines.append(indent + draw(paragraph))
            children: list[Node] = []
            if level < depth and draw(st.booleans()):
                children = build(level + 1)
            elif draw(st.integers(0, 3)) == 0:
                for k in range(1, draw(st.integers(1, 3)) + 1):
                    point_title = draw(phrase)
                    lines.append(f"{indent}{cn(k)}是{point_title}。{draw(paragraph)}")
                    children.append(Node(f"{cn(k)}是", point_title, level + 1, "point", []))
            nodes.append(Node(marker.strip(), title, level, "heading", children))
        return nodes

    tree = build(1)
    if draw(st.booleans()):
        lines += ["某某街道办事处", f"{draw(st.integers(2015, 2026))}年12月30日"]
    return (newline + gap).join(lines) + draw(st.sampled_from(["", newline])), tree


def flatten(nodes: list[Node]) -> list[tuple[str, str, int, str]]:
    out = []
    for node in nodes:
        out.append((node.marker, node.title, node.level, node.kind))
        out.extend(flatten(node.children))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_generated_report_outline_is_recovered(report: tuple[str, list[Node]]) -> None:
    text, tree = report
    doc = parser.parse(text)
    assert_tiles(doc)
    found = [(s.marker, s.title, s.level, s.kind) for s in doc.nodes]
    assert found == flatten(tree)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_parses_and_tiles(text: str) -> None:
    doc = parser.parse(text)
    assert_tiles(doc)
    assert len(doc.text) == len(text.replace("\r\n", "\n"))


MARKERISH = st.sampled_from(
    ["一、", "(一)", "（二）", "1.", "2、", "(3)", "①", "第一部分", "一是", "二是", "2023.12.15",
     "12345", "1.5亿元", "发布时间:", "扫一扫", "\n", "\n\n", "\r\n", "。", "，", " ", "\u3000",
     "某某街道办事处\n", "2023年12月30日", "特此报告。", "“", "”", "（", "）"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKERISH, phrase), max_size=60).map("".join))
def test_marker_soup_parses_deterministically_and_tiles(text: str) -> None:
    first, second = parser.parse(text), parser.parse(text)
    assert_tiles(first)
    assert outline_json(first) == outline_json(second)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_gb18030_and_utf16_copies_parse_like_utf8(report: tuple[str, list[Node]]) -> None:
    text, _ = report
    with tempfile.TemporaryDirectory() as tmp:
        outlines = []
        for encoding, prefix in (("utf-8", b""), ("gb18030", b""), ("utf-16-le", b"\xff\xfe"),
                                 ("utf-16-be", b"\xfe\xff")):
            path = Path(tmp) / f"r-{encoding}.txt"
            path.write_bytes(prefix + text.encode(encoding))
            data = outline_json(parser.load(path))
            data.pop("source"), data.pop("encoding")
            outlines.append(data)
    assert all(outline == outlines[0] for outline in outlines)
