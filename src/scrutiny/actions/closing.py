"""Discharged lines close earlier actions of the same board.

A meeting's discharged lines are judged (scrutiny.follow.matching) against every action of the
board's current meetings dated before it. A clear-cut match closes its action if it is still
open, and is recorded as a confirmed pair, which settles the line; a plausible one waits on the
review list as a pending pair. Meetings can be stored in any order, so a meeting's own actions
are also put to the lines of the board's later meetings.

Closed actions stay among those judged: whether a match is clear-cut must not depend on what
has already been closed, or a second run would find a runner-up clear-cut once the best was
closed. Only the applying looks at the state. Pairs already decided (or waiting) are never
proposed again, so a run changes nothing the run before it made.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as Date
from typing import NamedTuple

from scrutiny.actions.models import Action, ClosureCandidate
from scrutiny.actions.services import close_by_discharged, settle_candidates
from scrutiny.follow.matching import PLAUSIBLE, judge, similarity
from scrutiny.meetings.models import Discharged, Meeting


class _Judged(NamedTuple):
    """What judging needs of an action: the board's whole log is read for every meeting, so as
    plain values; the row itself is fetched only to close it."""

    pk: int
    text: str
    state: str
    meeting_id: int
    date: Date | None  # never, as read; the column may be


def close_discharged(
    meeting: Meeting, lines: Sequence[Discharged] | None = None, *, new_lines: bool = False
) -> None:
    """Tie `meeting` into its board's history of discharged actions, both ways. Its own
    discharged lines are read unless `lines` holds them (in order, each with its meeting);
    `new_lines`: they were stored just now, and no closure pair names them yet."""
    board_id, date = meeting.board_id, meeting.date
    if not meeting.is_current or board_id is None or date is None:
        return  # undated or boardless meetings have no before and after
    if meeting.status != Meeting.PUBLISHED:
        return  # notes in draft say nothing yet: publishing them follows them up
    logged = Action.objects.filter(
        meeting__board_id=board_id,
        meeting__is_current=True,
        meeting__date__isnull=False,
        meeting__status=Meeting.PUBLISHED,
    ).order_by("meeting__date", "position", "pk")
    actions = [
        _Judged(*row)
        for row in logged.values_list("pk", "text", "state", "meeting_id", "meeting__date")
    ]
    own_lines = (
        list(meeting.discharged.select_related("meeting").order_by("position"))
        if lines is None
        else list(lines)
    )
    closed: set[int] = set()  # closed by this run: the values read above still say open
    if own_lines:
        _judge_meeting(own_lines, _before(actions, meeting), closed, unpaired=new_lines)
    own_actions = [action for action in actions if action.meeting_id == meeting.pk]
    if own_actions:
        for later in _later_lines(board_id, date):
            # Actions no line of the later meeting comes near cannot change how it is judged.
            if _any_plausible(later, own_actions):
                _judge_meeting(later, _before(actions, later[0].meeting), closed)


def _before(actions: Sequence[_Judged], meeting: Meeting) -> list[_Judged]:
    assert meeting.date is not None
    return [a for a in actions if a.date is not None and a.date < meeting.date]


def _later_lines(board_id: int, after: Date) -> list[list[Discharged]]:
    """The discharged lines of the board's current meetings after `after`, one list a
    meeting."""
    lines = (
        Discharged.objects.filter(
            meeting__board_id=board_id,
            meeting__is_current=True,
            meeting__date__gt=after,
            meeting__status=Meeting.PUBLISHED,  # notes still in draft close nothing yet
        )
        .select_related("meeting")
        .order_by("meeting__date", "meeting_id", "position")
    )
    grouped: dict[int, list[Discharged]] = {}
    for line in lines:
        grouped.setdefault(line.meeting_id, []).append(line)
    return list(grouped.values())


def _any_plausible(lines: Sequence[Discharged], actions: Sequence[_Judged]) -> bool:
    return any(similarity(line.text, a.text) >= PLAUSIBLE for line in lines for a in actions)


def _judge_meeting(
    lines: Sequence[Discharged],
    pool: Sequence[_Judged],
    closed: set[int],
    *,
    unpaired: bool = False,
) -> None:
    """Apply what one meeting's discharged lines say about the actions before it (`unpaired`:
    no closure pair names the lines yet, so there are none to read)."""
    if not pool:
        return
    known = (
        {}
        if unpaired
        else {
            (pair.discharged_id, pair.action_id): pair.decision
            for pair in ClosureCandidate.objects.filter(discharged__in=lines)
        }
    )
    settled = {
        line for (line, _), decision in known.items() if decision == ClosureCandidate.CONFIRMED
    }
    judgements = judge([line.text for line in lines], [action.text for action in pool])
    for line, judgement in zip(lines, judgements, strict=True):
        if line.pk in settled:
            continue
        if judgement.closes is not None:
            judged = pool[judgement.closes]
            # Already closed (by its own log, a person, or another meeting): nothing to do.
            if _open(judged, closed) and (line.pk, judged.pk) not in known:
                action = Action.objects.get(pk=judged.pk)
                settle_candidates(line, action, None)
                close_by_discharged(action, line)
                closed.add(judged.pk)
            continue
        for index, score in judgement.candidates:
            judged = pool[index]
            if _open(judged, closed) and (line.pk, judged.pk) not in known:
                ClosureCandidate.objects.create(discharged=line, action_id=judged.pk, score=score)


def _open(action: _Judged, closed: set[int]) -> bool:
    return action.state == Action.OPEN and action.pk not in closed
