"""A corrected version of a meeting's notes keeps what became of its actions.

The new version is stored afresh, so its action rows start from what its log says. Each takes
over where its counterpart in the replaced version stood (the same text, give or take a
corrected typo), with that action's history and closure pairs; the commitments staff accepted
move across whole; actions the replaced version closed are now closed by the new one; and the
discharged lines keep their closure pairs, so nothing decided is proposed again. The replaced
version's own rows stay as they were, as history.
"""

from __future__ import annotations

from scrutiny.actions.models import Action, ActionUpdate, ClosureCandidate
from scrutiny.follow.matching import counterparts
from scrutiny.meetings.models import Meeting
from scrutiny.meetings.services import items_by_number


def carry_over(meeting: Meeting, replaced: Meeting) -> None:
    _carry_actions(meeting, replaced)
    _move_commitments(meeting, replaced)
    _carry_discharged(meeting, replaced)
    Action.objects.filter(closed_by=replaced).update(closed_by=meeting)
    ActionUpdate.objects.filter(by_meeting=replaced).update(by_meeting=meeting)


def _carry_actions(meeting: Meeting, replaced: Meeting) -> None:
    old = list(replaced.actions.filter(origin=Action.FROM_RECORD).order_by("position"))
    new = list(meeting.actions.filter(origin=Action.FROM_RECORD).order_by("position"))
    pairs = counterparts([a.text for a in old], [a.text for a in new])
    for new_index, old_index in pairs.items():
        action, before = new[new_index], old[old_index]
        # Where the notes still say what they said, what happened since stands; a corrected
        # status is the notes speaking again, and wins.
        if action.status == before.status:
            action.state = before.state
            action.closed_by = before.closed_by
            action.closing_note = before.closing_note
        action.revised_due = before.revised_due
        action.save(update_fields=["state", "closed_by", "closing_note", "revised_due"])
        before.updates.update(action=action)
        before.closure_candidates.exclude(
            discharged__in=action.closure_candidates.values("discharged")
        ).update(action=action)


def _move_commitments(meeting: Meeting, replaced: Meeting) -> None:
    accepted = replaced.actions.filter(origin=Action.FROM_COMMITMENT).order_by("position")
    last = meeting.actions.order_by("-position").values_list("position", flat=True).first()
    position = -1 if last is None else last
    items = items_by_number(meeting)
    for action in accepted:
        position += 1
        action.meeting = meeting
        action.position = position
        action.item = items.get(action.item_number) if action.item_number else None
        action.save(update_fields=["meeting", "position", "item"])


def _carry_discharged(meeting: Meeting, replaced: Meeting) -> None:
    old = list(replaced.discharged.order_by("position"))
    new = list(meeting.discharged.order_by("position"))
    for new_index, old_index in counterparts([d.text for d in old], [d.text for d in new]).items():
        line, before = new[new_index], old[old_index]
        ClosureCandidate.objects.filter(discharged=before).exclude(
            action__in=line.closure_candidates.values("action")
        ).update(discharged=line)
