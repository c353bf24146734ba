"""The extractor gives the gold records for the seeds, from text and from every other format."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from convert import text_to_docx, text_to_html, text_to_pdf
from gold import SEED_NAMES, first_difference, gold, seed_text
from scrutiny.extract import extract
from scrutiny.read import read_bytes

FIELDS = [
    "schema", "organisation", "board", "date", "time", "venue", "attendees", "apologies",
    "previous_meeting", "discharged", "items", "actions", "figures", "next_meeting",
]  # fmt: skip


def check(record: dict[str, Any], want: dict[str, Any]) -> None:
    for field in FIELDS:
        # Figure subjects are the extractor's own wording; everything else must be exact.
        ignore = ("subject",) if field == "figures" else ()
        difference = first_difference(record[field], want[field], field, ignore=ignore)
        assert difference is None, difference


@pytest.mark.parametrize("name", SEED_NAMES)
def test_text(name: str) -> None:
    data = seed_text(name).encode()
    record = extract(read_bytes(data, f"{name}.txt")).to_dict()
    check(record, gold(name))
    assert record["source"] == gold(name)["source"]


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize(
    ("fmt", "convert"),
    [
        ("docx", text_to_docx),
        ("html", text_to_html),
        ("pdf", text_to_pdf),
        # A proportional font, as most published notes use: indentation is then narrower.
        ("pdf", partial(text_to_pdf, font="sans")),
    ],
)
def test_other_formats(name: str, fmt: str, convert: Any) -> None:
    record = extract(read_bytes(convert(seed_text(name)), f"{name}.{fmt}")).to_dict()
    assert record["source"]["format"] == fmt
    check(record, gold(name))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_figure_subjects_are_given(name: str) -> None:
    record = extract(read_bytes(seed_text(name).encode(), f"{name}.txt")).to_dict()
    assert all(f["subject"] for f in record["figures"])
