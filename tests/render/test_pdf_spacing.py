"""A PDF sets its headings apart as notes do, so that short notes read back as they were written:
a blank line's worth of space above a heading, the bullets under it close together; and the
headings and lists are tagged as such."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from scrutiny.read import read_bytes
from scrutiny.record import (
    Action,
    Figure,
    Item,
    MeetingRecord,
    NextMeeting,
    Person,
    Point,
    PreviousMeeting,
    Section,
)
from scrutiny.render import STYLES, Format, Style, render

RoundTrip = Callable[[MeetingRecord, Style, Format], list[str]]
OFFICE = "Office of the Westshire Police and Crime Commissioner"


def short_notes() -> MeetingRecord:
    """Points of one line each but one, and a section heading right after a bullet list: the
    shape of notes written in the app, whose PDF read its headings as bullets' text."""
    victims = Section(
        "Putting Victims First",
        [
            Point(
                "The PCC asked how many victims were satisfied with the service. The CC "
                "explained that 81% of victims were satisfied.",
                "question",
                ["PCC", "CC"],
            ),
            Point("The CC said the Force had recruited 40 new officers.", "statement", ["CC"]),
        ],
    )
    crime = Section(
        "Fighting Crime",
        [
            Point(
                "The PCC commended the Force on its work to reduce burglary.",
                "commendation",
                ["PCC"],
            )
        ],
    )
    return MeetingRecord(
        organisation=OFFICE,
        board="Performance and Accountability Board",
        date="2025-06-11",
        time="10:00",
        venue="Police HQ",
        attendees=[
            Person(
                "Ann Lee", "Police and Crime Commissioner", "PCC", "Office of the Westshire PCC"
            ),
            Person("Tom Hart", "Chief Constable", "CC", "Westshire Police"),
        ],
        previous_meeting=PreviousMeeting("2025-03-12", True),
        items=[
            Item("1", "Welcome & Introduction"),
            Item("2", "Notes of Previous Meeting and Actions"),
            Item("3", "Delivery & Performance", sections=[victims, crime]),
            Item("4", "Finance"),
        ],
        actions=[
            Action("Provide an update on victim satisfaction.", "Force", "2025-09-17", "open", "3")
        ],
        figures=[
            Figure("81%", 81, "%", "victims", "3"),
            Figure("40", 40, "count", "new officers", "3"),
        ],
        next_meeting=NextMeeting("2025-09-17", None),
    )


@pytest.mark.parametrize("style", STYLES)
def test_short_notes_round_trip_through_pdf(style: Style, round_trip: RoundTrip) -> None:
    assert round_trip(short_notes(), style, "pdf") == []


def test_headings_are_set_apart_and_bullets_kept_together() -> None:
    data = render(short_notes(), "notes", "pdf")
    lines = [line.text.strip() for line in read_bytes(data, "notes.pdf").lines]
    start = lines.index("Putting Victims First")
    assert lines[start - 1 : start + 10] == [
        "",
        "Putting Victims First",
        "",
        "• The PCC asked how many victims were satisfied with the service. The CC explained that"
        " 81% of",
        "victims were satisfied.",
        "• The CC said the Force had recruited 40 new officers.",
        "",
        "Fighting Crime",
        "",
        "• The PCC commended the Force on its work to reduce burglary.",
        "",
    ]


def _structure(node: Any, found: Counter[str]) -> Counter[str]:
    node = resolve1(node)
    if isinstance(node, list):
        for child in node:
            _structure(child, found)
    elif isinstance(node, dict):
        if "S" in node:
            found[getattr(node["S"], "name", str(node["S"]))] += 1
        if "K" in node:
            _structure(node["K"], found)
    return found


def test_headings_and_lists_are_tagged() -> None:
    data = render(short_notes(), "notes", "pdf")
    catalog = PDFDocument(PDFParser(io.BytesIO(data))).catalog
    assert resolve1(catalog["MarkInfo"]) == {"Marked": True}
    tags = _structure(catalog["StructTreeRoot"], Counter())
    # "MEETING NOTES"; four items and the action log; two sections and "Action".
    assert (tags["H1"], tags["H2"], tags["H3"]) == (1, 5, 3)
    # Attendees in two lists, the previous notes' bullet and the two sections' bullets.
    assert (tags["L"], tags["LI"]) == (5, 6)
    assert tags["Table"] == 1 and tags["TH"] == 4
