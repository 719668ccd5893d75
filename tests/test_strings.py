"""The UI string catalogue: complete in both languages, formatted, switchable."""

from __future__ import annotations

import string
from collections import Counter

import pytest
from textual.binding import Binding, BindingsMap

from tui import strings
from tui.strings import CATALOGUES, LANGUAGES, language, localise_bindings, set_language, t


@pytest.fixture(autouse=True)
def _restore_language():
    yield
    set_language(strings.DEFAULT_LANGUAGE)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_every_key():
    keys = {lang: set(CATALOGUES[lang]) for lang in LANGUAGES}
    for lang in LANGUAGES:
        assert keys[lang] == keys["zh"], f"{lang}: {keys[lang] ^ keys['zh']}"


def test_translations_take_the_same_placeholders():
    for key, template in CATALOGUES["zh"].items():
        for lang in LANGUAGES:
            assert _fields(CATALOGUES[lang][key]) == _fields(template), (lang, key)


def test_no_string_is_empty():
    for lang in LANGUAGES:
        assert all(text.strip() for text in CATALOGUES[lang].values()), lang


def test_key_descriptions_are_unique_so_help_can_map_them_back():
    for lang in LANGUAGES:
        texts = Counter(text for key, text in CATALOGUES[lang].items() if key.startswith("key."))
        assert [text for text, count in texts.items() if count > 1] == [], lang


OPPOSITES = {"previous": "next", "earlier": "later"}
"""Key descriptions named ``key.<one>_X`` and ``key.<other>_X``: a pair of moves that go
either way, side by side in a footer."""
WORDED_ALIKE = {"zh": {"上": "下"}, "en": {"Previous": "Next", "Earlier": "Later"}}
"""What turns one of such a pair into the other; nothing else may differ."""


def test_keys_that_go_either_way_are_worded_alike():
    # 上一年度 beside 下一年 reads as two different things; 上一年 / 下一年 as one either way.
    for lang, turns in WORDED_ALIKE.items():
        catalogue = CATALOGUES[lang]
        for key, text in catalogue.items():
            for one, other in OPPOSITES.items():
                partner = f"key.{other}_{key.removeprefix(f'key.{one}_')}"
                if not key.startswith(f"key.{one}_") or partner not in catalogue:
                    continue
                for back, forward in turns.items():
                    text = text.replace(back, forward)
                assert text == catalogue[partner], (lang, key, partner)


def test_chinese_is_the_default():
    assert language() == "zh"
    assert t("pane.outline") == "目录"


def test_set_language_switches_and_formats_fields():
    set_language("en")
    assert language() == "en"
    assert t("status.section", i=3, n=12) == "Section 3 of 12"
    set_language("zh")
    assert t("status.section", i=3, n=12) == "第 3 / 12 节"
    assert t("status.percent", percent=40) == "已读 40%"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        set_language("fr")
    assert language() == "zh"


def test_unknown_key_is_a_key_error():
    with pytest.raises(KeyError):
        t("no.such.key")


def test_localise_bindings_translates_catalogue_keys_only():
    bindings = BindingsMap([
        Binding("j,down", "cursor_down", "key.down"),
        Binding("x", "other", "Not a catalogue key"),
    ])
    set_language("en")
    localise_bindings(bindings)
    descriptions = {key: binding.description for key, binding in bindings}
    assert descriptions == {"j": "Down", "down": "Down", "x": "Not a catalogue key"}


def test_every_load_error_is_said_in_both_languages():
    import parser
    from parser.errors import MESSAGES
    from tui.strings import load_error

    assert {key.removeprefix("load.") for key in CATALOGUES["zh"] if key.startswith("load.")} \
        == set(MESSAGES)
    error = parser.LoadError("too_large", path="r.pdf", size_mb=25.04, limit_mb=20.0)
    assert load_error(error) == "r.pdf: 25.0 MB,超过 20 MB 的上限(可用 --max-size 调高)"
    set_language("en")
    assert load_error(error) == str(error) == \
        "r.pdf: 25.0 MB is over the 20 MB limit (raise it with --max-size)"


async def test_an_unreadable_report_is_a_notification_in_chinese(tmp_path):
    import parser
    from tui.app import GongwenApp
    from tui.config import Config

    binary = tmp_path / "图.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    app = GongwenApp(document=parser.parse("一、总体情况\n稳步推进。\n"), config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_report(binary)
        await pilot.pause()
        messages = [str(note.message) for note in app._notifications]
        assert f"{binary}: 是图片,不是文本报告" in messages


def test_config_problems_are_said_in_the_interface_language(tmp_path, monkeypatch):
    from tui.config import CONFIG_DIR_ENV, config_path, load_config

    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path))
    config_path().write_text("theme: [unclosed\n", encoding="utf-8")
    _, warning = load_config()
    assert warning is not None and "第 2 行不是有效的 YAML" in warning
    config_path().write_text("- a list\n", encoding="utf-8")
    set_language("en")
    _, warning = load_config()
    assert warning is not None and warning.endswith("expected a mapping of settings")
