"""A meeting's candidate commitments as rows waiting for staff, and decisions kept across
versions of the notes.

The candidates are found by scrutiny.follow.commitments: offers the action log lacks, and
explanations put off outside any question. A point holding an offer is not listed again as a
deferral. Candidates the rules no longer find are dropped while still pending; once decided they
stay, as staff decided them.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from scrutiny.follow.commitments import Commitment as Found
from scrutiny.follow.commitments import candidate_commitments, open_deferrals
from scrutiny.meetings.models import Meeting
from scrutiny.questions.alignment import PlacedPoint
from scrutiny.questions.models import Commitment
from scrutiny.record import MeetingRecord

# A statement reworded this little in a later version of the notes is the same statement.
_SAME_STATEMENT = 95


def store_commitments(
    meeting: Meeting, record: MeetingRecord, points: list[PlacedPoint], *, fresh: bool = False
) -> None:
    wanted = _wanted(record, points)
    existing = (
        {}
        if fresh
        else {(c.point_id, c.kind): c for c in Commitment.objects.filter(meeting=meeting)}
    )
    earlier = _decided_in_replaced(meeting)
    new: list[Commitment] = []  # inserted together, in order, after the loop
    for (point_id, kind), (found, placed) in wanted.items():
        fields = {
            "item_number": placed.place.item.number,
            "statement": found.text,
            "phrase": found.trigger,
            "speaker": found.speaker,
        }
        row = existing.get((point_id, kind))
        if row is None:
            row = Commitment(meeting=meeting, point=placed.row, kind=kind, **fields)
            _carry_decision(row, earlier)
            new.append(row)
        elif any(getattr(row, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(row, name, value)
            row.save(update_fields=list(fields))
    Commitment.objects.bulk_create(new)
    stale = [c.pk for k, c in existing.items() if k not in wanted and c.decision == c.PENDING]
    if stale:
        Commitment.objects.filter(pk__in=stale).delete()


def _wanted(
    record: MeetingRecord, points: list[PlacedPoint]
) -> dict[tuple[int, str], tuple[Found, PlacedPoint]]:
    wanted: dict[tuple[int, str], tuple[Found, PlacedPoint]] = {}
    offered: set[int] = set()
    for kind, found in [(Commitment.OFFER, c) for c in candidate_commitments(record)] + [
        (Commitment.DEFERRAL, c) for c in open_deferrals(record)
    ]:
        placed = _point_of(found, points)
        if placed is None or (kind == Commitment.DEFERRAL and placed.row.pk in offered):
            continue
        if kind == Commitment.OFFER:
            offered.add(placed.row.pk)
        wanted.setdefault((placed.row.pk, kind), (found, placed))
    return wanted


def _point_of(found: Found, points: list[PlacedPoint]) -> PlacedPoint | None:
    """The stored point a commitment was read from: same item, same text, same place."""
    return next(
        (
            p
            for p in points
            if p.point.text == found.text
            and p.place.item.number == found.item
            and p.point.where == found.where
        ),
        None,
    )


def _decided_in_replaced(meeting: Meeting) -> list[Commitment]:
    if meeting.version == 1:
        return []  # a first version replaces nothing
    replaced = Meeting.objects.filter(superseded_by=meeting).first()
    if replaced is None:
        return []
    decided = Commitment.objects.filter(meeting=replaced).exclude(decision=Commitment.PENDING)
    return list(decided.order_by("pk"))


def _carry_decision(row: Commitment, earlier: list[Commitment]) -> None:
    """Take over the decision staff made on the same statement in the version replaced."""
    candidates = [c for c in earlier if c.kind == row.kind]
    exact = next((c for c in candidates if _plain(c.statement) == _plain(row.statement)), None)
    same = exact or max(
        (
            c
            for c in candidates
            if fuzz.ratio(_plain(c.statement), _plain(row.statement)) >= _SAME_STATEMENT
        ),
        key=lambda c: fuzz.ratio(_plain(c.statement), _plain(row.statement)),
        default=None,
    )
    if same is not None:
        row.decision = same.decision
        row.decided_by_id = same.decided_by_id
        row.decided_at = same.decided_at
        row.action_id = same.action_id


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()
