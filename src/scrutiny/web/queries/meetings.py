"""A meeting's page: the whole record of one version, its history, and its neighbours."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as Date

from django.db.models import OuterRef, Prefetch, Subquery
from django.shortcuts import get_object_or_404

from scrutiny.actions.models import Action
from scrutiny.figures.models import Figure
from scrutiny.meetings.models import AgendaItem, Attendance, Discharged, Meeting, Point, Section
from scrutiny.meetings.visibility import only_public, public_meetings
from scrutiny.questions.models import Commitment
from scrutiny.web.queries.actions import with_overdue
from scrutiny.web.series.queries import figures_for_meeting


@dataclass(frozen=True)
class ItemEntry:
    item: AgendaItem
    anchor: str  # "item-3": the item's number, made unique and safe for an id


@dataclass(frozen=True)
class MeetingPage:
    meeting: Meeting
    items: list[ItemEntry]
    anchors: dict[str, str]  # item number -> its anchor, for actions and figures
    present: list[Attendance]
    apologies: list[Attendance]
    discharged: list[Discharged]
    actions: list[Action]
    figures: list[Figure]
    versions: list[Meeting]  # every version of this meeting, oldest first
    previous: Meeting | None  # the stored meeting the notes call the previous one
    next: Meeting | None  # the stored meeting on the date the notes give for the next one
    today: Date


def meeting_page(pk: int, today: Date) -> MeetingPage:
    meeting = get_object_or_404(
        public_meetings().select_related(
            "board", "organisation", "source", "superseded_by", "board__organisation"
        ),
        pk=pk,
    )
    # Each question's grade and topics, and a commitment waiting for review (one at most).
    pending = Commitment.objects.filter(point=OuterRef("pk"), decision=Commitment.PENDING)
    points = (
        Point.objects.order_by("position")
        .select_related("question")
        .annotate(
            pending_commitment=Subquery(pending.values("pk")[:1]),
            pending_kind=Subquery(pending.values("kind")[:1]),
        )
        .prefetch_related("speakers", "question__topics")
    )
    sections = Section.objects.order_by("position").prefetch_related(
        Prefetch("points", queryset=points)
    )
    items = _entries(
        meeting.items.filter(private=False)
        .order_by("position")
        .prefetch_related(Prefetch("sections", queryset=sections), "papers")
    )
    anchors: dict[str, str] = {}
    for entry in items:
        if entry.item.number is not None:
            anchors.setdefault(entry.item.number, entry.anchor)
    attendance = list(meeting.attendance.select_related("person__organisation"))
    return MeetingPage(
        meeting=meeting,
        items=items,
        anchors=anchors,
        present=[a for a in attendance if a.kind == Attendance.PRESENT],
        apologies=[a for a in attendance if a.kind == Attendance.APOLOGIES],
        discharged=list(meeting.discharged.order_by("position")),
        actions=list(
            with_overdue(
                only_public(meeting.actions.all(), "meeting", "item")
                .select_related("closed_by__board")
                .order_by("position"),
                today,
            )
        ),
        figures=list(
            only_public(figures_for_meeting(meeting), "meeting", "item").order_by("position")
        ),
        versions=_versions(meeting),
        previous=_on(meeting, meeting.previous_meeting_date),
        next=_on(meeting, meeting.next_meeting_date),
        today=today,
    )


def _entries(items: Iterable[AgendaItem]) -> list[ItemEntry]:
    entries: list[ItemEntry] = []
    taken: set[str] = set()
    for item in items:
        # "item-3" as the brief's addresses promise; a number repeated or unusable for an id
        # ("3 (a)") falls back to the item's place in the agenda.
        safe = re.sub(r"[^A-Za-z0-9.-]", "", item.number or "")
        anchor = f"item-{safe}" if safe and safe == item.number else f"item-at-{item.position}"
        if anchor in taken:
            anchor = f"item-at-{item.position}"
        taken.add(anchor)
        entries.append(ItemEntry(item, anchor))
    return entries


def _versions(meeting: Meeting) -> list[Meeting]:
    if meeting.board_id is None or meeting.date is None:
        return [meeting]  # known by its document alone: it has no other versions
    return list(
        public_meetings()
        .filter(board_id=meeting.board_id, date=meeting.date)
        .select_related("source")
        .order_by("version")
    )


def _on(meeting: Meeting, day: Date | None) -> Meeting | None:
    """The current version of this board's meeting on `day`, if it is stored."""
    if meeting.board_id is None or day is None:
        return None
    return public_meetings().filter(board_id=meeting.board_id, date=day, is_current=True).first()
