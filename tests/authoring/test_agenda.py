"""The public agenda: nothing of a meeting only scheduled; once the agenda is published, its
date, time, venue, items (never the private ones), presenters and papers, and never its notes."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from authoring.authored import Authored
from scrutiny.authoring import services
from scrutiny.authoring.papers import upload_paper
from scrutiny.meetings import visibility
from scrutiny.meetings.models import Meeting

pytestmark = pytest.mark.django_db


def agenda_url(draft: Authored) -> str:
    return f"/boards/{draft.board.slug}/agenda/{draft.meeting.date:%Y-%m-%d}/"


def test_a_scheduled_meetings_agenda_is_not_shown(draft: Authored) -> None:
    public = Client()
    assert draft.meeting.status == Meeting.SCHEDULED
    assert not visibility.agenda_visible(draft.meeting)
    assert public.get(agenda_url(draft)).status_code == 404
    board = public.get(f"/boards/{draft.board.slug}/").content.decode()
    assert "Agenda for 12 March 2025" in board  # its notes are agreed, not yet published
    assert "Agenda for 11 June 2025" not in board
    assert public.get(f"/boards/{draft.board.slug}/agenda/not-a-date/").status_code == 404


def test_a_published_agenda_shows_its_items_and_papers_but_no_notes(draft: Authored) -> None:
    paper = upload_paper(
        draft.delivery, SimpleUploadedFile("performance report.pdf", b"%PDF-1.4 report")
    )
    secret = upload_paper(draft.private, SimpleUploadedFile("nightjar.pdf", b"%PDF-1.4 covert"))
    services.advance(draft.meeting)
    assert draft.meeting.status == Meeting.AGENDA_PUBLISHED
    public = Client()

    board = public.get(f"/boards/{draft.board.slug}/").content.decode()
    assert "Agenda for 11 June 2025" in board and agenda_url(draft) in board
    response = public.get(agenda_url(draft))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Police HQ" in html and "10:00" in html
    assert "3. Delivery &amp; Performance" in html and "7. Topical Issues" in html
    assert "performance_report.pdf" in html and paper.paper.url in html
    assert "Nightjar" not in html and "nightjar" not in html  # the private item and its paper
    assert "victims were satisfied" not in html and "victim satisfaction" not in html  # notes
    assert "Not published yet" in html
    # Its papers are public with it; a private item's are not, nor are the notes.
    assert public.get(paper.paper.url).status_code == 200
    assert public.get(secret.paper.url).status_code == 404
    assert public.get(f"/meetings/{draft.meeting.pk}/").status_code == 404
    assert public.get(f"/meetings/{draft.meeting.pk}/notes.html").status_code == 404


def test_a_published_meetings_agenda_links_to_its_notes(authored: Authored) -> None:
    html = Client().get(agenda_url(authored)).content.decode()
    assert f'href="/meetings/{authored.meeting.pk}/"' in html and "Operation Nightjar" not in html
