"""An authored board and meeting, written through the authoring services as the secretariat
would, worded as notes are so that rendering then extracting gives the same record back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from typing import Any

from scrutiny.actions.models import Action
from scrutiny.authoring import services
from scrutiny.meetings.models import AgendaItem, Attendance, Board, Meeting


@dataclass
class Authored:
    board: Board
    meeting: Meeting
    delivery: AgendaItem
    private: AgendaItem
    action: Action
    private_action: Action


def authored_meeting(publish: bool = True) -> Authored:
    board = services.create_board(
        "Performance and Accountability Board",
        "Office of the Testshire Police and Crime Commissioner",
        "Safer Testshire",
    )
    services.set_plan(board, "Safer Testshire", ["Putting Victims First", "Fighting Crime"])
    services.add_member(
        board, "Jane Doe", "Police and Crime Commissioner", "PCC", "Office of the Testshire PCC"
    )
    services.add_member(board, "John Roe", "Chief Constable", "CC", "Testshire Police")
    earlier = services.schedule_meeting(board, Date(2025, 3, 12), "10:00", "Police HQ")
    meeting = services.schedule_meeting(board, Date(2025, 6, 11), "10:00", "Police HQ")
    services.add_members_present(meeting)
    items = {item.number: item for item in meeting.items.all()}
    delivery = items["3"]
    first = delivery.sections.order_by("position")[0]
    services.add_point(
        first,
        "The PCC asked how many victims were satisfied with the service. The CC explained "
        "that 81% of victims were satisfied.",
        "",
        [],
    )
    services.add_point(first, "The CC said the Force had recruited 40 new officers.", "", [])
    second = delivery.sections.order_by("position")[1]
    services.add_point(
        second, "The PCC commended the Force on its work to reduce burglary.", "", []
    )
    private = services.add_item(meeting, "Operation Nightjar", "CC", private=True)
    services.add_point(
        private.sections.get(),
        "The CC briefed the board on the covert operation codenamed Nightjar.",
        "",
        [],
    )
    action = services.add_action(
        meeting, "Provide an update on victim satisfaction.", "Force", Date(2025, 9, 17), delivery
    )
    private_action = services.add_action(
        meeting, "Report back on Nightjar arrests.", "CC", Date(2025, 9, 17), private
    )
    services.update_details(
        meeting, time="10:00", venue="Police HQ", next_date=Date(2025, 9, 17), next_time=""
    )
    for _ in range(3):
        services.advance(earlier)  # agreed at this meeting
    assert earlier.status == Meeting.NOTES_AGREED
    meeting.refresh_from_db()
    if publish:
        for _ in range(4):
            services.advance(meeting)
    meeting.refresh_from_db()
    return Authored(board, meeting, delivery, private, action, private_action)


def present(meeting: Meeting) -> list[Any]:
    return list(meeting.attendance.filter(kind=Attendance.PRESENT))
