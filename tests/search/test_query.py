"""Reading what people type: the same terms for both databases, and nothing that can break."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny.search.query import MAX_LENGTH, MAX_TERMS, Clause, Phrase, Query, parse, to_fts5


def test_words_are_all_wanted() -> None:
    query = parse("knife crime")
    assert query == Query((Clause((Phrase(("knife",)),)), Clause((Phrase(("crime",)),))))
    assert to_fts5(query) == '("knife") AND ("crime")'


def test_quotes_make_a_phrase_and_an_unclosed_quote_still_does() -> None:
    assert to_fts5(parse('"knife crime" arrests')) == '("knife crime") AND ("arrests")'
    assert to_fts5(parse('"knife crime')) == '("knife crime")'


def test_or_joins_the_terms_either_side() -> None:
    assert to_fts5(parse("drugs knife OR robbery")) == '("drugs") AND ("knife" OR "robbery")'
    assert to_fts5(parse("or knife or")) == '("knife")'


def test_a_minus_leaves_a_term_out() -> None:
    query = parse('knife -"hate crime" -drugs')
    assert [c.negated for c in query.clauses] == [False, True, True]
    assert to_fts5(query) == '(("knife")) NOT (("hate crime") OR ("drugs"))'


def test_exclusions_alone_ask_nothing() -> None:
    assert not parse("-knife")
    assert not parse("")
    assert not parse('"" ( ) * - : ^')


def test_common_words_alone_are_left_out_as_postgresql_does() -> None:
    assert parse("knife and the crime") == parse("knife crime")
    assert not parse("the")
    assert to_fts5(parse('"the knife"')) == '("the knife")'  # a phrase keeps every word


def test_punctuation_splits_words_as_the_indexes_do() -> None:
    # "anti-social" is two words in a phrase, which both databases find in "anti-social".
    assert parse("anti-social").clauses[0].phrases[0].words == ("anti", "social")
    assert parse("£1.2m").clauses[0].phrases[0].words == ("1", "2m")


@pytest.mark.parametrize(
    "text", ['"knife', "AND OR NOT (", "*", "NEAR(a b)", "col:knife", "^knife", '""""', "a\x00b"]
)
def test_fts5_syntax_in_the_input_is_only_text(text: str) -> None:
    rendered = to_fts5(parse(text))
    # Every quote opens or closes a phrase of plain words; operators are ours alone.
    assert re.fullmatch(r'(\(|\)|"[\w ]+"| AND | OR | NOT )*', rendered), rendered


def test_long_queries_are_cut_not_refused() -> None:
    assert len(parse("knife " * 1000).clauses) == MAX_TERMS
    long_word = "k" * (MAX_LENGTH * 2)
    assert parse(long_word).clauses[0].phrases[0].words == ("k" * MAX_LENGTH,)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_phrases_of_plain_words(text: str) -> None:
    query = parse(text)
    for clause in query.clauses:
        assert clause.phrases
        for phrase in clause.phrases:
            assert phrase.words
            assert all(re.fullmatch(r"\w+", word) for word in phrase.words)
    if query:
        assert re.fullmatch(r'(\(|\)|"[\w ]+"| AND | OR | NOT )*', to_fts5(query))
