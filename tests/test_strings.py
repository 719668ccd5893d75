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
