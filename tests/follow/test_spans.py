from __future__ import annotations

from scrutiny.follow.spans import clauses_nearest_first, find_figure, sentence


def test_a_figure_is_found_as_a_whole_number() -> None:
    text = "Of the 14 AFIs, 1 was met; 1 more is due."
    assert find_figure(text, "1") == (16, 17)
    assert find_figure(text, "1", 1) == (27, 28)
    assert find_figure(text, "1", 2) is None
    assert find_figure(text, "14") == (7, 9)


def test_whitespace_in_the_figure_is_compared_loosely() -> None:
    text = "recruit up to 460 FTE\npolice officers"
    assert find_figure(text, "460 FTE") == (14, 21)
    assert find_figure("the 3,455.20 FTE officers", "3,455.20 FTE") == (4, 16)


def test_decimals_and_thousands_do_not_end_sentences_or_clauses() -> None:
    text = "It was 7.04 days. Then 12,450 crimes, a rise."
    start = text.index("12,450")
    assert text[slice(*sentence(text, start, start + 6))] == "Then 12,450 crimes, a rise."
    own, *others = clauses_nearest_first(text, start, start + 6)
    assert text[slice(*own)].strip() == "Then 12,450 crimes"
    assert [text[slice(*c)].strip() for c in others] == ["a rise."]


def test_asides_in_brackets_are_read_only_for_figures_inside_them() -> None:
    text = "Days lost were 7.04 (lower than last year, at 7.5), for the period to December."
    start = text.index("7.04")
    readable = [text[slice(*c)].strip() for c in clauses_nearest_first(text, start, start + 4)]
    assert readable == ["Days lost were 7.04", "for the period to December."]
    inside = text.index("7.5")
    aside = clauses_nearest_first(text, inside, inside + 3)[0]
    assert text[slice(*aside)] == "lower than last year, at 7.5"
