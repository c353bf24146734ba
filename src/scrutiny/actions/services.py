"""Writes to the action log: every Action row is made here, and every change to where an
action stands, each logged as an ActionUpdate with who or which meeting made it."""

from __future__ import annotations

from datetime import date as Date

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from scrutiny.accounts.permissions import can_update_action, is_staff
from scrutiny.actions.models import Action, ActionUpdate, ClosureCandidate
from scrutiny.meetings.layout import Layout
from scrutiny.meetings.models import Discharged, Meeting
from scrutiny.meetings.services import items_by_number, parse_date
from scrutiny.record import Action as RecordAction


def add_actions(
    meeting: Meeting, actions: list[RecordAction], layout: Layout | None = None
) -> list[Action]:
    """Store a meeting's action log in the record's order, linked to the items they name (read
    unless `layout`, the meeting's rows as just stored, holds them)."""
    items = layout.items_by_number() if layout is not None else items_by_number(meeting)
    return Action.objects.bulk_create(
        Action(
            meeting=meeting,
            position=position,
            text=action.text,
            owner=action.owner,
            due=parse_date(action.due),
            status=action.status,
            state=Action.CLOSED if action.status == Action.CLOSED else Action.OPEN,
            item_number=action.item,
            item=items.get(action.item) if action.item else None,
            page=action.where.page if action.where else None,
            line=action.where.line if action.where else None,
        )
        for position, action in enumerate(actions)
    )


def close_by_discharged(
    action: Action, discharged: Discharged, by: User | None = None
) -> ActionUpdate:
    """Close `action` as the meeting that lists `discharged` recorded it, with its note; `by`
    is the person who confirmed the match, or None when it was clear-cut."""
    meeting = discharged.meeting
    note = discharged.note or ""
    action.state = Action.CLOSED
    action.closed_by = meeting
    action.closing_note = note
    action.save(update_fields=["state", "closed_by", "closing_note"])
    return ActionUpdate.objects.create(
        action=action, by=by, by_meeting=meeting, state=Action.CLOSED, note=note
    )


def settle_candidates(discharged: Discharged, action: Action, by: User | None) -> None:
    """`discharged` closed `action`: the pair is confirmed, and every other pair waiting on
    either of them is rejected, as neither can now close or be closed by another."""
    now = timezone.now()
    ClosureCandidate.objects.update_or_create(
        discharged=discharged,
        action=action,
        defaults={"decision": ClosureCandidate.CONFIRMED, "decided_by": by, "decided_at": now},
        create_defaults={
            "score": 100.0,
            "decision": ClosureCandidate.CONFIRMED,
            "decided_by": by,
            "decided_at": now,
        },
    )
    ClosureCandidate.objects.filter(decision=ClosureCandidate.PENDING).filter(
        discharged=discharged
    ).update(decision=ClosureCandidate.REJECTED, decided_by=by, decided_at=now)
    ClosureCandidate.objects.filter(decision=ClosureCandidate.PENDING, action=action).update(
        decision=ClosureCandidate.REJECTED, decided_by=by, decided_at=now
    )


def update_action(
    action: Action,
    user: User,
    *,
    state: str | None = None,
    revised_due: Date | None = None,
    note: str = "",
) -> ActionUpdate | None:
    """Change where `action` stands, as `user` (staff, or its organisation's liaison) says.

    `state` and `revised_due` are left as they are when None or unchanged; `note` says why.
    Closing by hand records no meeting; reopening forgets the meeting that closed it (the
    history keeps it). Returns the update logged, or None when nothing changed and no note
    was given.
    """
    if not can_update_action(user, action):
        raise PermissionDenied("Only staff and the owning organisation's liaison can update it.")
    if state is not None and state not in (Action.OPEN, Action.CLOSED):
        raise ValueError(f"not a state: {state!r}")
    note = note.strip()
    with transaction.atomic():
        action = Action.objects.select_for_update().get(pk=action.pk)
        new_state = state if state is not None and state != action.state else None
        new_due = revised_due if revised_due is not None and revised_due != action.due_now else None
        if new_state is None and new_due is None and not note:
            return None
        if new_state == Action.CLOSED:
            action.closed_by = None
            action.closing_note = note
        elif new_state == Action.OPEN:
            action.closed_by = None
            action.closing_note = ""
        action.state = new_state or action.state
        action.revised_due = new_due or action.revised_due
        action.save(update_fields=["state", "revised_due", "closed_by", "closing_note"])
        return ActionUpdate.objects.create(
            action=action, by=user, state=new_state or "", revised_due=new_due, note=note
        )


def decide_closure(candidate: ClosureCandidate, user: User, *, confirm: bool) -> ActionUpdate:
    """A reviewer's decision on a proposed closure. Confirming closes the action as the
    discharged line's meeting recorded it; rejecting leaves the action as it is, and the pair
    is never proposed again. Either way the action's history says who decided."""
    if not is_staff(user):
        raise PermissionDenied("Only staff can review closures.")
    with transaction.atomic():
        # Locks the pair and its action (two reviewers deciding at once decide once); the
        # board is read unlocked, as it may be missing, and PostgreSQL locks no outer join.
        candidate = (
            ClosureCandidate.objects.select_for_update(of=("self", "action"))
            .select_related("discharged__meeting__board", "action")
            .get(pk=candidate.pk)
        )
        if candidate.decision != ClosureCandidate.PENDING:
            raise ValueError("This closure has already been decided.")
        discharged, action = candidate.discharged, candidate.action
        if confirm:
            if action.state == Action.CLOSED:
                raise ValueError("The action is already closed.")
            settle_candidates(discharged, action, user)
            return close_by_discharged(action, discharged, user)
        candidate.decision = ClosureCandidate.REJECTED
        candidate.decided_by = user
        candidate.decided_at = timezone.now()
        candidate.save(update_fields=["decision", "decided_by", "decided_at"])
        return ActionUpdate.objects.create(
            action=action, by=user, note=f"Not the action discharged as “{discharged.text}”."
        )
