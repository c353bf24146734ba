"""Rendering then extracting gives the record back: the gold records in every style and format,
and generated records, each style and each format (figure subjects and line numbers aside)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from gold import SEED_NAMES
from scrutiny.generate import records
from scrutiny.record import MeetingRecord
from scrutiny.render import FORMATS, STYLES, Format, Style

RoundTrip = Callable[[MeetingRecord, Style, Format], list[str]]
SAMPLE = list(records(30, seed=11))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", SEED_NAMES)
def test_gold_records(
    name: str,
    style: Style,
    fmt: Format,
    gold_records: dict[str, MeetingRecord],
    round_trip: RoundTrip,
) -> None:
    assert round_trip(gold_records[name], style, fmt) == []


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
@pytest.mark.parametrize("index", range(len(SAMPLE)))
def test_generated_records(index: int, fmt: Format, round_trip: RoundTrip) -> None:
    # Each record in one style, turn about, so the sample covers every style in every format.
    assert round_trip(SAMPLE[index], STYLES[index % len(STYLES)], fmt) == []


@pytest.mark.parametrize("style", STYLES)
def test_generated_records_as_pdf(style: Style, round_trip: RoundTrip) -> None:
    # PDF takes a second a document: one generated record per style, the longest of the sample.
    longest = max(SAMPLE, key=lambda r: sum(len(s.points) for i in r.items for s in i.sections))
    assert round_trip(longest, style, "pdf") == []
