"""Dates and times as notes write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrutiny.extract.dates import find_dates, parse_date, parse_time


@pytest.mark.parametrize(
    "text",
    [
        "19 February 2025",
        "19th February 2025",
        "Wednesday 19 February 2025 at 10am",
        "Wed 19th Feb 2025",
        "on Wednesday, 19 February 2025, 10:00 – 12:00",
        "the 19th of February 2025",
        "February 19, 2025",
        "19/02/2025",
        "19.02.2025",
        "19-02-2025",
        "19/02/25",
        "19.02.25",
        "2025-02-19",
        "  19 Feb. 2025.  ",
        "19 February 2025 (10.30am - 12.30pm)",
        "19-Feb-2025",
        "19-Feb-25",
    ],
)
def test_parse_date_forms(text: str) -> None:
    assert parse_date(text) == "2025-02-19"


def test_parse_date_ordinals_and_abbreviations() -> None:
    assert parse_date("11th May 2021") == "2021-05-11"
    assert parse_date("1st Sept 2023") == "2023-09-01"
    assert parse_date("Tues 4 March 2025") == "2025-03-04"
    assert parse_date("3/4/2025") == "2025-04-03"  # day first, always


@pytest.mark.parametrize(
    "text",
    [
        "April 2025",  # month and year only
        "19 February",  # no year
        "Wednesday 19 February",
        "31/02/2025",  # no such day
        "30 February 2024",
        "19 February 2025 in the council chamber",  # more than a date
        "",
        "next meeting",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_spans() -> None:
    text = "Notes of Previous Meeting – 11 December 2024; next on 28/05/2025."
    found = find_dates(text)
    assert [iso for iso, _, _ in found] == ["2024-12-11", "2025-05-28"]
    assert [text[start:end] for _, start, end in found] == ["11 December 2024", "28/05/2025"]


def test_find_dates_skips_partial_and_invalid_dates() -> None:
    text = "In April 2025, 19 Feb, not 31/02/2025, v1.2.2025.3, section 4.3.12 nor 3.5%."
    assert find_dates(text) == []


def test_find_dates_month_first() -> None:
    assert [d for d, _, _ in find_dates("held on March 3, 2024 at HQ")] == ["2024-03-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10am", "10:00"),
        ("10.30am", "10:30"),
        ("10:30", "10:30"),
        ("10.30 am", "10:30"),
        ("at 10 a.m.", "10:00"),
        ("2pm", "14:00"),
        ("12pm", "12:00"),
        ("14:00", "14:00"),
        ("14.00hrs", "14:00"),
        ("1400hrs", "14:00"),
        ("10:00 – 12:00", "10:00"),
        ("2.00 - 4.00pm", "14:00"),  # one pm covers the range
        ("11.00 - 1.00pm", "11:00"),
        ("noon", "12:00"),
        ("12 noon", "12:00"),
        ("19 February 2025 at 9.15", "09:15"),
    ],
)
def test_parse_time(text: str, expected: str) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "19.02.2025", "3.5%", "77.20%", "£10.50", "10.30 million", "10 amendments", "1:1"],
)
def test_parse_time_ignores_non_times(text: str) -> None:
    assert parse_time(text) is None


@given(st.text())
def test_never_raise(text: str) -> None:
    parse_date(text)
    parse_time(text)
    for iso, start, end in find_dates(text):
        assert len(iso) == 10
        assert 0 <= start < end <= len(text)
