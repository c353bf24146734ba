"""A board's downloads: the action log as CSV and XLSX, and its calendar as iCalendar, each read
back with the library a user's program would use."""

from __future__ import annotations

import csv
import io
from datetime import date as Date
from datetime import datetime
from typing import Any

import pytest
from django.test import Client
from icalendar import Calendar
from openpyxl import load_workbook

from conftest import FollowHistory
from factories import make_record, store_record
from scrutiny.actions.models import Action as ActionRow
from scrutiny.record import Action, NextMeeting
from scrutiny.web.register.spreadsheets import guarded

pytestmark = pytest.mark.django_db

HEADER = [
    "Meeting date",
    "Item",
    "Action",
    "Owner",
    "Due",
    "Revised due",
    "State",
    "Closed by (meeting date)",
    "Closing note",
    "Action page",
]
HOSTILE = [
    '=HYPERLINK("http://evil.example","Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTabbed",
    "\rReturned",
]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        *[(text, f"'{text}") for text in HOSTILE],
        ("Provide an update on the DPR review.", "Provide an update on the DPR review."),
        ("3 reports – due 1 = agreed", "3 reports – due 1 = agreed"),  # only the first character
        ("", ""),
    ],
)
def test_a_cell_that_a_spreadsheet_would_run_is_kept_as_text(text: str, shown: str) -> None:
    assert guarded(text) == shown


@pytest.fixture
def logged(db: None) -> str:
    """A board with two meetings, the later one closing one action and revising another."""
    store_record(
        make_record(
            date="2025-02-19",
            time="10:00",
            actions=[
                Action("Provide an update on the DPR review.", "Force", "2025-09-16", "open", "3"),
                Action("Report on 101 call waiting times.", "CC", "2025-04-01", "open", "9"),
                Action(HOSTILE[0], "=CFO", None, None),
            ],
        )
    )
    may = store_record(
        make_record(
            date="2025-05-28",
            next_meeting=NextMeeting("2025-09-17", "2pm"),
            actions=[Action("Brief the panel on knife crime.", "ACC Smith", "2025-07-01", "open")],
        )
    ).meeting
    ActionRow.objects.filter(text="Report on 101 call waiting times.").update(
        state=ActionRow.CLOSED, closed_by=may, closing_note="Discharged: report received."
    )
    ActionRow.objects.filter(text="Provide an update on the DPR review.").update(
        revised_due=Date(2025, 10, 1)
    )
    assert may.board is not None
    return may.board.slug


def test_the_action_log_as_csv(client: Client, logged: str) -> None:
    response = client.get(f"/boards/{logged}/actions.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{logged}-actions.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert table[0] == HEADER
    rows = {row[2]: dict(zip(HEADER, row, strict=True)) for row in table[1:]}
    assert len(rows) == 4
    dpr = rows["Provide an update on the DPR review."]
    assert dpr["Meeting date"] == "2025-02-19"
    assert dpr["Item"] == "3 Delivery & Performance"
    assert (dpr["Owner"], dpr["Due"], dpr["Revised due"]) == ("Force", "2025-09-16", "2025-10-01")
    assert (dpr["State"], dpr["Closed by (meeting date)"]) == ("Open", "")
    pk = ActionRow.objects.get(text=dpr["Action"]).pk
    assert dpr["Action page"] == f"http://testserver/actions/{pk}/"
    closed = rows["Report on 101 call waiting times."]
    assert closed["Item"] == "9"  # the log names an item the agenda does not list
    assert (closed["State"], closed["Closed by (meeting date)"]) == ("Closed", "2025-05-28")
    assert closed["Closing note"] == "Discharged: report received."
    hostile = rows[f"'{HOSTILE[0]}"]
    assert hostile["Owner"] == "'=CFO" and hostile["Due"] == ""
    # Oldest meeting first, each meeting's log in order.
    assert [row[0] for row in table[1:]] == ["2025-02-19"] * 3 + ["2025-05-28"]


def test_the_action_log_as_xlsx(client: Client, logged: str) -> None:
    response = client.get(f"/boards/{logged}/actions.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"] == f'attachment; filename="{logged}-actions.xlsx"'
    sheet: Any = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == HEADER
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:J5"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    dpr = [cell.value for cell in sheet[2]]
    assert dpr[0] == datetime(2025, 2, 19)  # a real date cell, not text
    assert sheet["A2"].is_date and sheet["E2"].is_date and sheet["F2"].is_date
    assert (dpr[4], dpr[5]) == (datetime(2025, 9, 16), datetime(2025, 10, 1))
    assert sheet["J2"].hyperlink.target == dpr[9]
    closed = [cell.value for cell in sheet[3]]
    assert (closed[6], closed[7]) == ("Closed", datetime(2025, 5, 28))
    # Text that looks like a formula stays text: no cell of the sheet is a formula.
    assert sheet["C4"].value == HOSTILE[0] and sheet["C4"].data_type == "s"
    assert sheet["D4"].value == "=CFO" and sheet["D4"].data_type == "s"
    assert sheet["E4"].value is None


def test_xlsx_drops_control_characters_a_pdf_can_carry(client: Client, db: None) -> None:
    meeting = store_record(
        make_record(actions=[Action("Report\x0b on ASB.", "CC\x01", "2025-09-16", "open")])
    ).meeting
    assert meeting.board is not None
    response = client.get(f"/boards/{meeting.board.slug}/actions.xlsx")
    sheet: Any = load_workbook(io.BytesIO(response.content)).active
    assert (sheet["C2"].value, sheet["D2"].value) == ("Report on ASB.", "CC")


def test_an_empty_board_exports_the_header_alone(client: Client, db: None) -> None:
    meeting = store_record(make_record(actions=[])).meeting
    assert meeting.board is not None
    table = list(
        csv.reader(
            io.StringIO(
                client.get(f"/boards/{meeting.board.slug}/actions.csv").content.decode("utf-8-sig")
            )
        )
    )
    assert table == [HEADER]


@pytest.mark.parametrize("address", ["actions.csv", "actions.xlsx", "calendar.ics"])
def test_a_board_that_does_not_exist_has_no_downloads(client: Client, address: str) -> None:
    assert client.get(f"/boards/nowhere/{address}").status_code == 404


def events(response: Any) -> dict[str, Any]:
    calendar = Calendar.from_ical(response.content)
    found = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in found]
    assert len(uids) == len(set(uids)), "UIDs are unique"
    return {str(event["SUMMARY"]): event for event in found}


def test_the_calendar_has_meetings_the_announced_one_and_open_actions(
    client: Client, logged: str
) -> None:
    response = client.get(f"/boards/{logged}/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("inline")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Performance & Delivery Board"
    assert str(calendar["X-PUBLISHED-TTL"]) == "PT6H"
    found = Calendar.from_ical(response.content).walk("VEVENT")
    assert all("DTSTAMP" in event for event in found)
    meetings = [e for e in found if str(e["SUMMARY"]) == "Performance & Delivery Board"]
    starts = sorted(str(e.decoded("DTSTART")) for e in meetings)
    # February at 10:00 (London time), May all day, September at 2pm as May's notes announce.
    assert starts == ["2025-02-19 10:00:00+00:00", "2025-05-28", "2025-09-17 14:00:00+01:00"]
    february = next(e for e in meetings if str(e.decoded("DTSTART")).startswith("2025-02-19"))
    assert str(february["LOCATION"]) == "County Room, Kent Police HQ"
    assert str(february["URL"]).startswith("http://testserver/meetings/")
    assert str(february["DTSTART"].params["TZID"]) == "Europe/London"
    actions = {str(e["SUMMARY"]): e for e in found if str(e["SUMMARY"]).startswith("Action due")}
    # Open actions only, on the date each is due now; an action with no date has no day.
    assert set(actions) == {
        "Action due: Provide an update on the DPR review.",
        "Action due: Brief the panel on knife crime.",
    }
    dpr = actions["Action due: Provide an update on the DPR review."]
    assert dpr.decoded("DTSTART") == Date(2025, 10, 1)
    assert dpr.decoded("DTEND") == Date(2025, 10, 2)
    assert "Owner: Force" in str(dpr["DESCRIPTION"])
    pk = ActionRow.objects.get(text="Provide an update on the DPR review.").pk
    assert str(dpr["URL"]) == f"http://testserver/actions/{pk}/"
    assert str(dpr["UID"]).startswith("action-") and str(dpr["UID"]).endswith("@testserver")
    events(response)  # UIDs unique


def test_an_action_keeps_its_uid_when_its_notes_are_corrected(client: Client, logged: str) -> None:
    def knife_uid() -> str:
        found = Calendar.from_ical(client.get(f"/boards/{logged}/calendar.ics").content)
        (event,) = [e for e in found.walk("VEVENT") if "knife crime" in str(e["SUMMARY"])]
        return str(event["UID"])

    before = knife_uid()
    corrected = make_record(
        date="2025-05-28",
        venue="Online",
        actions=[Action("Brief the panel  on knife crime.", "ACC Smith", "2025-07-01", "open")],
    )
    assert store_record(corrected).meeting.version == 2  # new rows for the same action
    assert knife_uid() == before


def test_a_meeting_keeps_its_uid_from_announced_to_stored_to_corrected(
    client: Client, logged: str
) -> None:
    def september_uid() -> str:
        found = Calendar.from_ical(client.get(f"/boards/{logged}/calendar.ics").content)
        (event,) = [
            e for e in found.walk("VEVENT") if str(e.decoded("DTSTART")).startswith("2025-09-17")
        ]
        return str(event["UID"])

    announced = september_uid()
    store_record(make_record(date="2025-09-17", next_meeting=None))
    stored = september_uid()
    store_record(make_record(date="2025-09-17", next_meeting=None, venue="Online"))
    assert announced == stored == september_uid()


def test_the_follow_history_calendar(client: Client, follow_history: FollowHistory) -> None:
    response = client.get(f"/boards/{follow_history.board.slug}/calendar.ics")
    found = Calendar.from_ical(response.content).walk("VEVENT")
    days = sorted(
        str(e.decoded("DTSTART"))[:10]
        for e in found
        if str(e["SUMMARY"]) == "Performance & Delivery Board"
    )
    # The four stored meetings and the one May's notes announce.
    assert days == ["2018-12-12", "2019-03-20", "2025-02-19", "2025-05-28", "2025-09-17"]
    dpr = [e for e in found if "DPR Post Implementation Review" in str(e["SUMMARY"])]
    assert len(dpr) == 1 and dpr[0].decoded("DTSTART") == Date(2025, 9, 16)
    events(response)


def test_an_undated_meeting_and_a_meeting_without_a_time_that_reads(
    client: Client, db: None
) -> None:
    store_record(make_record(date=None, actions=[]))
    meeting = store_record(make_record(date="2025-02-19", time="after lunch", actions=[])).meeting
    assert meeting.board is not None
    found = Calendar.from_ical(
        client.get(f"/boards/{meeting.board.slug}/calendar.ics").content
    ).walk("VEVENT")
    starts = sorted(str(e.decoded("DTSTART")) for e in found)
    assert starts == ["2025-02-19", "2025-05-28"]  # all day; the undated one has no day
