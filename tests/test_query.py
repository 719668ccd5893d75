"""The filter's query language and the width/case folding it matches with."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parser.fold import fold
from parser.query import Clause, Term, parse_query


def words(query: str) -> list[tuple[bool, tuple[str, ...]]]:
    """The parsed clauses as (negated, alternatives' texts), for compact assertions."""
    return [
        (clause.negated, tuple(term.text for term in clause.alternatives))
        for clause in parse_query(query).clauses
    ]


# --- folding -----------------------------------------------------------------------------


def test_fold_maps_full_width_forms_to_half_width():
    assert fold("，（一）２０２３年：ＡＢＣ") == ",(一)2023年:abc"


def test_fold_maps_the_ideographic_space_to_a_space():
    assert fold("法治\u3000政府") == "法治 政府"


def test_fold_lowercases_latin_letters():
    assert fold("APP与Ｗｅｂ") == "app与web"


def test_fold_unifies_curly_quotes_and_dashes():
    assert fold("“接诉即办”2021—2025") == '"接诉即办"2021-2025'


def test_fold_keeps_characters_whose_normal_form_is_longer():
    # NFKC would turn these into several characters and break the 1:1 offset mapping.
    assert fold("…⑩İ") == "…⑩İ"


def test_fold_leaves_chinese_text_and_its_punctuation_alone():
    text = "一、推进法治政府建设。二是加强普法、宣传;"
    assert fold(text) == text


@given(st.text())
def test_fold_keeps_the_length_of_any_text(text):
    assert len(fold(text)) == len(text)


@given(st.text())
def test_fold_works_character_by_character(text):
    assert fold(text) == "".join(fold(char) for char in text)


# --- parsing -----------------------------------------------------------------------------


def test_words_separated_by_spaces_are_all_required():
    assert words("法治 复议") == [(False, ("法治",)), (False, ("复议",))]


def test_bar_separates_alternatives_of_one_clause():
    assert words("复议|诉讼 法治") == [(False, ("复议", "诉讼")), (False, ("法治",))]


def test_leading_minus_negates_the_whole_clause():
    assert words("法治 -信访|投诉") == [(False, ("法治",)), (True, ("信访", "投诉"))]


def test_minus_inside_a_word_is_literal():
    assert words("2021-2025") == [(False, ("2021-2025",))]


def test_quotes_make_a_phrase_with_spaces_and_syntax_characters():
    query = parse_query('"法治 政府" "-a|b"')
    assert query.clauses == (
        Clause((Term("法治 政府", phrase=True),)),
        Clause((Term("-a|b", phrase=True),)),
    )


def test_a_quoted_phrase_can_be_negated_and_be_an_alternative():
    assert words('-"法治 政府"|复议') == [(True, ("法治 政府", "复议"))]


def test_chinese_quotes_delimit_a_phrase_too():
    assert parse_query("“接诉 即办”").clauses == (Clause((Term("接诉 即办", phrase=True),)),)


def test_query_is_folded_like_the_text():
    assert words("－复议｜ＡＢ\u3000（一）") == [(True, ("复议", "ab")), (False, ("(一)",))]


def test_extra_whitespace_is_ignored():
    assert words("  法治 \t  复议  ") == [(False, ("法治",)), (False, ("复议",))]


def test_repeated_words_and_alternatives_collapse():
    assert words("法治 法治 复议|复议") == [(False, ("法治",)), (False, ("复议",))]


def test_terms_lists_only_words_that_can_produce_hits():
    assert parse_query("法治 复议|诉讼 -信访 法治").terms == ("法治", "复议", "诉讼")


# --- forgiving parsing of bad queries ------------------------------------------------------


def test_empty_and_blank_queries_have_no_clauses():
    for source in ("", "   ", "\u3000"):
        query = parse_query(source)
        assert query.is_empty and query.warnings == ()


def test_lone_minus_is_ignored_with_a_warning():
    query = parse_query("法治 -")
    assert words("法治 -") == [(False, ("法治",))]
    assert query.warnings == ("a '-' with no word after it is ignored",)


def test_unclosed_quote_runs_to_the_end_without_trailing_spaces():
    query = parse_query('复议 "法治 政 ')
    assert words('复议 "法治 政 ') == [(False, ("复议",)), (False, ("法治 政",))]
    assert query.warnings == ("unclosed quote: the phrase runs to the end",)


def test_lone_quote_and_empty_quotes_are_empty_queries():
    assert parse_query('"').is_empty
    assert parse_query('""').is_empty


def test_empty_alternatives_are_dropped():
    assert words("复议| |诉讼 ||") == [(False, ("复议",)), (False, ("诉讼",))]


def test_query_keeps_its_source_text():
    assert parse_query("  ＡＢ ").source == "  ＡＢ "


@given(st.text(alphabet='法治复议ab -|"“” \u3000，,'))
def test_any_query_parses_and_its_canonical_form_parses_back_the_same(source):
    query = parse_query(source)
    assert parse_query(str(query)).clauses == query.clauses
    assert all(term.text for clause in query.clauses for term in clause.alternatives)
