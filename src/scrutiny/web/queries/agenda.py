"""A meeting's public agenda: from the agenda's publication on, its date, time, venue and the
items that are not private, with their presenters and papers. Never its notes: those are the
meeting page's, once published (scrutiny.meetings.visibility holds both rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404

from scrutiny.meetings.models import AgendaItem, Board, Meeting, Paper
from scrutiny.meetings.visibility import agenda_public_meetings


@dataclass(frozen=True)
class AgendaPaper:
    name: str
    url: str | None  # None: an address that is not a web address, shown but not linked


@dataclass(frozen=True)
class AgendaEntry:
    item: AgendaItem
    papers: list[AgendaPaper]


@dataclass(frozen=True)
class AgendaPage:
    board: Board
    meeting: Meeting
    entries: list[AgendaEntry]
    notes_published: bool


def _paper(paper: Paper) -> AgendaPaper:
    upload = getattr(paper, "upload", None)  # a paper uploaded here has its file's name
    url = paper.url if paper.url.startswith(("/", "https://", "http://")) else None
    return AgendaPaper(upload.name if upload is not None else paper.url, url)


def agenda_page(slug: str, day: str) -> AgendaPage:
    board = get_object_or_404(Board.objects.select_related("organisation"), slug=slug)
    try:
        date = Date.fromisoformat(day)
    except ValueError:
        raise Http404("Not a date") from None
    meeting = get_object_or_404(
        agenda_public_meetings().filter(board=board, date=date, is_current=True)
    )
    papers = Paper.objects.select_related("upload").order_by("position")
    items = (
        meeting.items.filter(private=False)
        .order_by("position")
        .prefetch_related(Prefetch("papers", queryset=papers))
    )
    entries = [AgendaEntry(item, [_paper(p) for p in item.papers.all()]) for item in items]
    return AgendaPage(board, meeting, entries, meeting.status == Meeting.PUBLISHED)


def agendas_of(board: Board) -> list[Meeting]:
    """The board's meetings whose agenda is public but whose notes are not yet, soonest
    first."""
    return list(
        agenda_public_meetings()
        .filter(board=board, is_current=True, date__isnull=False)
        .exclude(status=Meeting.PUBLISHED)
        .order_by("date")
    )
