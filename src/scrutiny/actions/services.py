"""Writes to the action log: every Action row is made here."""

from __future__ import annotations

from scrutiny.actions.models import Action
from scrutiny.meetings.models import Meeting
from scrutiny.meetings.services import items_by_number, parse_date
from scrutiny.record import Action as RecordAction


def add_actions(meeting: Meeting, actions: list[RecordAction]) -> list[Action]:
    """Store a meeting's action log in the record's order, linked to the items they name."""
    items = items_by_number(meeting)
    return Action.objects.bulk_create(
        Action(
            meeting=meeting,
            position=position,
            text=action.text,
            owner=action.owner,
            due=parse_date(action.due),
            status=action.status,
            item_number=action.item,
            item=items.get(action.item) if action.item else None,
            page=action.where.page if action.where else None,
            line=action.where.line if action.where else None,
        )
        for position, action in enumerate(actions)
    )
