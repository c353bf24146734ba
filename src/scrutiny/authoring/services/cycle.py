"""A meeting's cycle: scheduling it from the board's template, its details, and the steps from
scheduled to published (agreeing the notes, reopening them, publishing them into the board's
history); which states leave the notes editable."""

from __future__ import annotations

from datetime import date as Date

from django.db import transaction

from scrutiny.alerts.services import send_after_ingest
from scrutiny.authoring.services.common import NotAllowed
from scrutiny.extract.figures import find_figures
from scrutiny.figures.services import add_figures
from scrutiny.ingestion.follow_up import follow_again
from scrutiny.meetings.models import AgendaItem, Board, Meeting, Section
from scrutiny.record import Figure as RecordFigure
from scrutiny.search.services import index as index_meetings

# The office's cycle, and the steps the secretariat may take from each state.
NEXT_STATUS = {
    Meeting.SCHEDULED: Meeting.AGENDA_PUBLISHED,
    Meeting.AGENDA_PUBLISHED: Meeting.NOTES_DRAFT,
    Meeting.NOTES_DRAFT: Meeting.NOTES_AGREED,
    Meeting.NOTES_AGREED: Meeting.PUBLISHED,
}
EDITABLE = {Meeting.SCHEDULED, Meeting.AGENDA_PUBLISHED, Meeting.NOTES_DRAFT}


def meeting_on(board: Board, day: Date) -> Meeting | None:
    return Meeting.objects.filter(board=board, date=day, is_current=True).first()


@transaction.atomic
def schedule_meeting(board: Board, day: Date, time: str = "", venue: str = "") -> Meeting:
    """A meeting of the board, its agenda from the board's template, the earlier meeting's notes
    down to be agreed at it."""
    if meeting_on(board, day) is not None:
        raise NotAllowed("The board already has a meeting on that date")
    previous = (
        Meeting.objects.filter(board=board, is_current=True, date__lt=day).order_by("-date").first()
    )
    meeting = Meeting.objects.create(
        source=None,
        organisation=board.organisation,
        board=board,
        date=day,
        time=time.strip() or None,
        venue=venue.strip() or None,
        status=Meeting.SCHEDULED,
        previous_meeting_stated=previous is not None,
        previous_meeting_date=previous.date if previous else None,
        previous_meeting_approved=None,
    )
    priorities = [p.title for p in board.plan_priorities.all()]
    for position, template in enumerate(board.template_items.all()):
        item = AgendaItem.objects.create(
            meeting=meeting, position=position, number=str(position + 1), title=template.title
        )
        headings: list[str | None] = list(priorities) if template.by_priority else []
        for index, heading in enumerate(headings or [None]):
            Section.objects.create(item=item, position=index, heading=heading)
    # The meeting before announced this one as its next.
    if previous is not None and previous.status in EDITABLE and not previous.next_meeting_date:
        previous.next_meeting_stated = True
        previous.next_meeting_date = day
        previous.save(update_fields=["next_meeting_stated", "next_meeting_date"])
    return meeting


def _editable(meeting: Meeting) -> None:
    if meeting.status not in EDITABLE:
        raise NotAllowed("The notes have been agreed and can no longer be changed")


@transaction.atomic
def update_details(
    meeting: Meeting,
    *,
    time: str,
    venue: str,
    next_date: Date | None,
    next_time: str,
) -> None:
    _editable(meeting)
    meeting.time = time.strip() or None
    meeting.venue = venue.strip() or None
    meeting.next_meeting_stated = next_date is not None
    meeting.next_meeting_date = next_date
    meeting.next_meeting_time = (next_time.strip() or None) if next_date else None
    meeting.save(
        update_fields=[
            "time",
            "venue",
            "next_meeting_stated",
            "next_meeting_date",
            "next_meeting_time",
        ]
    )


@transaction.atomic
def advance(meeting: Meeting) -> Meeting:
    """The next step of the cycle. Agreeing the notes records, on the board's next meeting,
    that they were agreed there as a true and accurate record."""
    following = NEXT_STATUS.get(meeting.status)
    if following is None:
        raise NotAllowed("The notes are published already")
    meeting.status = following
    meeting.save(update_fields=["status"])
    if following == Meeting.NOTES_AGREED and meeting.source_id is None:
        _quote_figures(meeting)
    if following == Meeting.PUBLISHED:
        _join_history(meeting)
    if following == Meeting.NOTES_AGREED:
        later = (
            Meeting.objects.filter(board=meeting.board, is_current=True, date__gt=meeting.date)
            .order_by("date")
            .first()
            if meeting.board_id and meeting.date
            else None
        )
        if later is not None and later.status in EDITABLE:
            later.previous_meeting_stated = True
            later.previous_meeting_date = meeting.date
            later.previous_meeting_approved = True
            later.save(
                update_fields=[
                    "previous_meeting_stated",
                    "previous_meeting_date",
                    "previous_meeting_approved",
                ]
            )
    return meeting


def _join_history(meeting: Meeting) -> None:
    """Published notes join the board's history as an ingested meeting does, in the publishing
    transaction: earlier actions their discharged list names are closed, questions graded,
    figures put into series, inspections recorded; and they become searchable (search shows
    only what the public may see). Alert digests go once it commits, and never fail it."""
    follow_again(meeting)
    index_meetings(Meeting.objects.filter(pk=meeting.pk))
    transaction.on_commit(send_after_ingest, robust=True)


@transaction.atomic
def reopen(meeting: Meeting) -> Meeting:
    """Agreed notes back to draft, for a correction before they are published."""
    if meeting.status != Meeting.NOTES_AGREED:
        raise NotAllowed("Only agreed notes that are not yet published can be reopened")
    meeting.status = Meeting.NOTES_DRAFT
    meeting.save(update_fields=["status"])
    return meeting


def _quote_figures(meeting: Meeting) -> None:
    """The figures the agreed notes quote, read from their points as the extractor reads
    them, so the meeting's record holds them as it would had it been read from a document."""
    found: list[RecordFigure] = []
    for item in meeting.items.order_by("position"):
        for section in item.sections.order_by("position"):
            for point in section.points.order_by("position"):
                found.extend(find_figures(point.text, item.number))
    meeting.figures.all().delete()
    add_figures(meeting, found)
