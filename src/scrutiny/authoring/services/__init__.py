"""Every write of the authoring pages: boards set up, meetings planned, notes written, agreed and
published. Each runs in one transaction; django-simple-history records each row's change with
who made it (HistoryRequestMiddleware), so nothing written is ever lost.

The writes live in modules by what they change (boards, cycle, notes, actions, attendance);
this package names them all, so callers write `services.advance(meeting)`.
"""

from __future__ import annotations

from scrutiny.authoring.services.actions import (
    add_action,
    delete_action,
    discharge,
    dischargeable,
    remove_discharged,
    restore_action,
    update_action,
)
from scrutiny.authoring.services.attendance import (
    add_attendance,
    add_members_present,
    remove_attendance,
)
from scrutiny.authoring.services.boards import (
    add_member,
    board_organisations,
    create_board,
    organisation_named,
    set_plan,
    set_template,
)
from scrutiny.authoring.services.common import NotAllowed
from scrutiny.authoring.services.cycle import (
    EDITABLE,
    NEXT_STATUS,
    advance,
    meeting_on,
    reopen,
    schedule_meeting,
    update_details,
)
from scrutiny.authoring.services.notes import (
    add_item,
    add_point,
    add_section,
    cast_of,
    delete_point,
    restore_point,
    update_item,
    update_point,
)

__all__ = [
    "EDITABLE",
    "NEXT_STATUS",
    "NotAllowed",
    "add_action",
    "add_attendance",
    "add_item",
    "add_member",
    "add_members_present",
    "add_point",
    "add_section",
    "advance",
    "board_organisations",
    "cast_of",
    "create_board",
    "delete_action",
    "delete_point",
    "discharge",
    "dischargeable",
    "meeting_on",
    "organisation_named",
    "remove_attendance",
    "remove_discharged",
    "reopen",
    "restore_action",
    "restore_point",
    "schedule_meeting",
    "set_plan",
    "set_template",
    "update_action",
    "update_details",
    "update_item",
    "update_point",
]
