"""RSS and Atom feeds of published meetings: every board's, or one board's."""

from __future__ import annotations

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from scrutiny.api import published
from scrutiny.meetings.models import Board, Meeting

LATEST = 50
# Atom requires a feed's author (RFC 4287, 4.1.1) when its entries have none.
AUTHOR = "Scrutiny"


def title_of(meeting: Meeting) -> str:
    board = meeting.board.name if meeting.board else "Board not stated"
    day = f"{meeting.date:%-d %B %Y}" if meeting.date else "date not stated"
    return f"{board}, {day}"


def agenda_of(meeting: Meeting) -> str:
    titles = published.items().filter(meeting=meeting).order_by("position")
    listed = "; ".join(f"{i.number + '. ' if i.number else ''}{i.title}" for i in titles)
    return f"Agenda: {listed}" if listed else "The notes of the meeting."


def newest(meetings: QuerySet[Meeting]) -> list[Meeting]:
    # Newest stored first: a feed reader wants what is new to it, whatever the meeting's date.
    return list(meetings.order_by("-source__ingested_at", "-pk")[:LATEST])


class MeetingEntries:
    """How a meeting reads as an entry of any of these feeds."""

    def item_title(self, item: Meeting) -> str:
        return title_of(item)

    def item_description(self, item: Meeting) -> str:
        return agenda_of(item)

    def item_link(self, item: Meeting) -> str:
        return reverse("meeting", args=[item.pk])

    def item_pubdate(self, item: Meeting) -> datetime | None:
        return item.source.ingested_at if item.source else None

    def item_updateddate(self, item: Meeting) -> datetime | None:
        return self.item_pubdate(item)  # Atom requires an entry's <updated>


class AllMeetingsRss(MeetingEntries, Feed[Meeting, None]):
    title = "Police accountability boards: new meetings"
    description = "Each meeting's notes as they are published, from every board."
    author_name = AUTHOR

    def link(self) -> str:
        return reverse("home")

    def items(self) -> list[Meeting]:
        return newest(published.current_meetings())


class AllMeetingsAtom(AllMeetingsRss):
    feed_type = Atom1Feed
    subtitle = AllMeetingsRss.description


class BoardMeetingsRss(MeetingEntries, Feed[Meeting, Board]):
    author_name = AUTHOR

    def get_object(self, request: HttpRequest, slug: str) -> Board:
        return get_object_or_404(published.boards(), slug=slug)

    def title(self, obj: Board) -> str:
        return f"{obj.name}: new meetings"

    def description(self, obj: Board) -> str:
        return f"The {obj.name}'s notes as they are published."

    def link(self, obj: Board) -> str:
        return reverse("board", args=[obj.slug])

    def items(self, obj: Board) -> list[Meeting]:
        return newest(published.current_meetings().filter(board=obj))


class BoardMeetingsAtom(BoardMeetingsRss):
    feed_type = Atom1Feed

    def subtitle(self, obj: Board) -> str:
        return self.description(obj)
