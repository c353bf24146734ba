"""Follow a stored meeting's actions: carried over from the version it replaced, answerable to
an organisation, closed by later meetings' discharged lists, and closing earlier meetings'
open actions."""

from __future__ import annotations

from collections import defaultdict

from scrutiny.actions.carry_over import carry_over
from scrutiny.actions.closing import close_discharged
from scrutiny.actions.models import Action
from scrutiny.actions.owners import OwnerResolver
from scrutiny.meetings.models import Discharged, Meeting


def follow_actions(
    meeting: Meeting, replaced: Meeting | None, discharged: list[Discharged] | None = None
) -> None:
    """Bring `meeting`'s actions and its discharged list (read unless `discharged` holds it,
    as just stored) into the board's history."""
    if replaced is not None:
        carry_over(meeting, replaced)  # moves the replaced version's closure pairs across
    assign_owners(meeting)
    new_lines = discharged is not None and replaced is None
    close_discharged(meeting, discharged, new_lines=new_lines)


def assign_owners(meeting: Meeting) -> None:
    """Each action's organisation, from its owner and the meeting's attendance. An owner that
    names no one keeps whatever organisation the action has (staff may have set it)."""
    actions = [a for a in meeting.actions.all() if a.owner]
    if not actions:
        return
    resolver = OwnerResolver(meeting)
    moving: dict[int, list[int]] = defaultdict(list)  # organisation: its actions that change
    for action in actions:
        organisation = resolver.organisation(action.owner)
        if organisation is not None and organisation.pk != action.owner_organisation_id:
            moving[organisation.pk].append(action.pk)
    for organisation_id, action_ids in moving.items():  # one update an organisation, not an action
        Action.objects.filter(pk__in=action_ids).update(owner_organisation_id=organisation_id)
