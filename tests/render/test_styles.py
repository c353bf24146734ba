"""The house styles' wording, on small records: what each writes, and what it leaves out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from scrutiny.record import (
    Action,
    Discharged,
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
from scrutiny.render.words import long_date, numeric_date, the, twelve_hour, when

RoundTrip = Callable[[MeetingRecord, Style, Format], list[str]]
OFFICE = "Office of the Essex Police, Fire and Crime Commissioner"


WELCOME = Point("The PFCC welcomed all.", "statement", ["PFCC"])
FINANCE = Section(
    "Revenue budget", [Point("The CC reported an underspend of £1.2m.", "statement", ["CC"])]
)


def small() -> MeetingRecord:
    return MeetingRecord(
        organisation=OFFICE,
        board="Strategic Board",
        date="2024-03-05",
        time="14:30",
        venue="Council Chamber, County Hall",
        attendees=[
            Person("Jane Roe", "Police, Fire and Crime Commissioner", "PFCC", OFFICE),
            Person("Tim Lee", "Chief Constable", "CC", "Essex Police"),
        ],
        apologies=[Person("Ann Day", "Deputy Chief Constable", "DCC", "Essex Police")],
        previous_meeting=PreviousMeeting("2023-12-05", True),
        discharged=[Discharged("Circulate the audit report", "written update circulated")],
        items=[
            Item("1", "Welcome", None, [], [Section(None, [WELCOME])]),
            Item("2", "Minutes of the Last Meeting", None, [], []),
            Item("3", "Finance", "CC", ["https://pfcc.example/3-Finance.pdf"], [FINANCE]),
        ],
        actions=[Action("Provide the capital plan.", "CC", "2024-06-04", "open", "3")],
        figures=[Figure("£1.2m", 1_200_000, "£", "underspend", "3")],
        next_meeting=NextMeeting("2024-06-04", "10:00"),
    )


def text(style: Style) -> str:
    return render(small(), style, "txt").decode("utf-8")


def test_words() -> None:
    assert long_date("2024-03-05") == "5 March 2024"
    assert long_date("2024-03-05", weekday=True) == "Tuesday 5 March 2024"
    assert numeric_date("2024-03-05") == "05/03/2024"
    assert [twelve_hour(t) for t in ("09:30", "12:00", "14:05", "00:15")] == [
        "9.30am", "12.00pm", "2.05pm", "12.15am",
    ]  # fmt: skip
    assert when(None, None) == "" and when("2024-03-05", "14:30") == "5 March 2024 at 14:30"
    assert the("CC") == "The CC" and the("T/ACC") == "The T/ACC" and the("Mrs Jones") == "Mrs Jones"


def test_notes_style_is_laid_out_as_the_seeds() -> None:
    notes = text("notes")
    for line in (
        "MEETING NOTES",
        "Title: Strategic Board",
        "Date and time: 5 March 2024 at 14:30",
        "Venue: Council Chamber, County Hall",
        f"Attendees: {OFFICE}",
        "- Jane Roe Police, Fire and Crime Commissioner (PFCC)",
        "Apologies: Essex Police:",
        "Ann Day – Deputy Chief Constable (DCC)",
        "- The notes of the meeting held on 5 December 2023 were agreed as a true and accurate"
        " record, and the following actions discharged:",
        " - Circulate the audit report written update circulated.",
        "The CC introduced the item and provided a summary of the supporting paper.",
        "CC: Provide the capital plan.",
        "Action\tStatus\tOwner\tDue Date",
        "Provide the capital plan.\tOpen\tCC\t04/06/2024",
        "Date of next Strategic Board: 4 June 2024 at 10:00",
    ):
        assert line in notes.splitlines(), line


def test_minutes_number_their_paragraphs_and_bracket_the_owner() -> None:
    minutes = text("minutes").splitlines()
    for line in (
        "Minutes of the Strategic Board",
        "held on Tuesday 5 March 2024 at 2.30pm",
        "Present:",
        "In attendance:",
        "Tim Lee, Chief Constable (CC)",
        "2.1 The minutes of the meeting held on 5 December 2023 were agreed as a true and"
        " accurate record.",
        "- Circulate the audit report – written update circulated.",
        "3.1 The CC presented the report.",
        "3.2 The CC reported an underspend of £1.2m.",
        "ACTION: Provide the capital plan (CC, by 4 June 2024).",
        "Item\tAction\tOwner\tStatus\tDue date",
        "3\tProvide the capital plan.\tCC\tOpen\t04/06/2024",
        "Date of next meeting: Tuesday 4 June 2024 at 10.00am",
    ):
        assert line in minutes, line


def test_prose_has_items_by_name_and_an_action_log() -> None:
    prose = text("prose").splitlines()
    for line in (
        "Strategic Board",
        "Notes of the meeting held on Tuesday 5 March 2024 at 14:30",
        "Board members:",
        "Police, Fire and Crime Commissioner – Jane Roe (PFCC)",
        "Officers present:",
        "Item 3: Finance",
        "The CC took the paper as read.",
        "Action – CC: Provide the capital plan.",
        "Action log",
        "1. Provide the capital plan. (Owner: CC; Due: 4 June 2024; Status: Open)",
        "The next meeting will be held on Tuesday 4 June 2024 at 10:00.",
    ):
        assert line in prose, line
    assert not any(line.startswith(("- ", "3.1")) for line in prose if "audit" not in line)


def test_what_a_record_does_not_know_is_not_written() -> None:
    bare = MeetingRecord(items=[Item("1", "Welcome", None, [], [])])
    for style in STYLES:
        written = render(bare, style, "txt").decode("utf-8")
        assert "Venue" not in written and "Location" not in written
        assert "next" not in written.lower() and "Action" not in written


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
@pytest.mark.parametrize("style", STYLES)
def test_a_small_record_round_trips(style: Style, fmt: Format, round_trip: RoundTrip) -> None:
    assert round_trip(small(), style, fmt) == []
