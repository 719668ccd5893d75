"""Patterns compiled on first use behave as compiled ones, and the Han class means Han."""

from __future__ import annotations

import re

from parser.lazy_regex import HAN, LazyPattern


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    lazy = LazyPattern(r"(\d+)年")
    compiled = re.compile(r"(\d+)年")
    text = "2023年和2024年"
    assert "match" not in vars(lazy)  # nothing compiled yet
    assert lazy.search(text)[1] == compiled.search(text)[1]  # type: ignore[index]
    assert "match" in vars(lazy)  # from now on the compiled pattern's own methods
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("", text) == compiled.sub("", text)
    assert lazy.split(text) == compiled.split(text)
    assert [m[1] for m in lazy.finditer(text)] == ["2023", "2024"]
    assert lazy.match(text, 6) is not None and lazy.match(text, 5) is None and lazy.fullmatch("7年") is not None
    assert lazy.pattern == compiled.pattern


def test_the_han_class_takes_han_and_nothing_of_the_other_scripts() -> None:
    han = re.compile(HAN)
    assert all(han.fullmatch(ch) for ch in "中国街道办事处鿿一")
    assert not any(han.fullmatch(ch) for ch in "aZ9_ ，。（）·ＡＺａ１ーカかÉДΩⅣ①〇")
