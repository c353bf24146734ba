"""Staff decide candidate commitments: accepted, one becomes an action on its meeting's log
(shown with the log, never written into the notes' record); dismissed, it is set aside. Either
way the decision records who took it and when, and is taken once."""

from __future__ import annotations

from datetime import date as Date

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from scrutiny.actions.models import Action, ActionUpdate
from scrutiny.actions.owners import owner_organisation
from scrutiny.meetings.services import items_by_number
from scrutiny.questions.models import Commitment


class AlreadyDecided(Exception):
    """Someone else decided the commitment first, or its meeting has a newer version."""


def accept(commitment_id: int, *, by: User, text: str, owner: str, due: Date | None) -> Action:
    """Make the commitment an open action on its meeting, owned and due as staff say."""
    with transaction.atomic():
        commitment = _pending(commitment_id)
        meeting = commitment.meeting
        last = meeting.actions.aggregate(last=Max("position"))["last"]
        number = commitment.item_number
        action = Action.objects.create(
            meeting=meeting,
            position=0 if last is None else last + 1,
            text=text,
            owner=owner,
            due=due,
            status=None,
            state=Action.OPEN,
            origin=Action.FROM_COMMITMENT,
            item_number=number,
            item=items_by_number(meeting).get(number) if number else None,
            owner_organisation=owner_organisation(meeting, owner),
            page=commitment.point.page,
            line=commitment.point.line,
        )
        where = f" at item {number}" if number else ""
        ActionUpdate.objects.create(
            action=action, by=by, state=Action.OPEN, note=f"Accepted from the discussion{where}"
        )
        _decide(commitment, Commitment.ACCEPTED, by, action)
        return action


def dismiss(commitment_id: int, *, by: User) -> Commitment:
    with transaction.atomic():
        commitment = _pending(commitment_id)
        _decide(commitment, Commitment.DISMISSED, by, None)
        return commitment


def _pending(commitment_id: int) -> Commitment:
    """The commitment, locked against a second decision taken at the same moment."""
    commitment = (
        Commitment.objects.select_for_update(of=("self",))
        .select_related("meeting", "point")
        .get(pk=commitment_id)
    )
    if commitment.decision != Commitment.PENDING or not commitment.meeting.is_current:
        raise AlreadyDecided(commitment_id)
    return commitment


def _decide(commitment: Commitment, decision: str, by: User, action: Action | None) -> None:
    commitment.decision = decision
    commitment.decided_by = by
    commitment.decided_at = timezone.now()
    commitment.action = action
    commitment.save(update_fields=["decision", "decided_by", "decided_at", "action"])
