"""Snippets into pieces: what was matched, and what was not, never markup."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scrutiny.search.highlight import START, STOP, Fragment, fragments, without_markers


def test_marked_words_are_pieces_of_their_own() -> None:
    assert fragments(f"a reduction in {START}knife{STOP} {START}crime{STOP} offences") == (
        Fragment("a reduction in ", False),
        Fragment("knife", True),
        Fragment(" ", False),
        Fragment("crime", True),
        Fragment(" offences", False),
    )


def test_adjacent_marks_join_and_stray_markers_do_no_harm() -> None:
    assert fragments(f"{START}knife{STOP}{START}crime{STOP}") == (Fragment("knifecrime", True),)
    assert fragments(f"{STOP}a{START}b") == (Fragment("a", False), Fragment("b", True))
    assert fragments("") == ()


@given(st.text())
def test_the_text_survives_whole(text: str) -> None:
    assert "".join(f.text for f in fragments(text)) == without_markers(text)
