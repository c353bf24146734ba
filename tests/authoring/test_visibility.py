"""Unpublished meetings and private items never reach the public: not the meeting page, the
board, the home page, the action register or an action's page, search, or the notes."""

from __future__ import annotations

import pytest
from django.test import Client

from authoring.authored import Authored, authored_meeting

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/actions/", "/search/?q=covert", "/search/?q=update"]


def text(client: Client, address: str) -> str:
    response = client.get(address)
    assert response.status_code == 200, address
    return response.content.decode()


def test_a_private_item_never_shows_to_the_public(authored: Authored) -> None:
    public = Client()
    pk = authored.meeting.pk
    page = text(public, f"/meetings/{pk}/")
    assert "victims were satisfied" in page
    assert "Nightjar" not in page
    for address in [*PUBLIC_PAGES, f"/boards/{authored.board.slug}/"]:
        assert "Nightjar" not in text(public, address), address
    assert "victim satisfaction" in text(public, "/search/?q=update")
    assert public.get(f"/actions/{authored.private_action.pk}/").status_code == 404
    assert public.get(f"/actions/{authored.action.pk}/").status_code == 200
    for fmt in ("html", "pdf", "docx"):
        body = public.get(f"/meetings/{pk}/notes.{fmt}").content
        assert b"Nightjar" not in body
    assert "Nightjar" not in text(public, f"/meetings/{pk}/notes.html")


def test_an_unpublished_meeting_never_shows_to_the_public(draft: Authored) -> None:
    public = Client()
    assert public.get(f"/meetings/{draft.meeting.pk}/").status_code == 404
    assert public.get(f"/meetings/{draft.meeting.pk}/document/").status_code == 404
    assert public.get(f"/actions/{draft.action.pk}/").status_code == 404
    board = text(public, f"/boards/{draft.board.slug}/")
    assert "11 June 2025" not in board
    for address in PUBLIC_PAGES:
        page = text(public, address)
        assert "victim satisfaction" not in page and "Nightjar" not in page, address


def test_the_staff_see_the_private_item_in_the_editor(
    authored: Authored, staff_client: Client
) -> None:
    page = text(staff_client, f"/run/meetings/{authored.meeting.pk}/")
    assert "Operation Nightjar" in page and "Private" in page


def test_a_published_meeting_reads_as_published_to_everyone() -> None:
    authored = authored_meeting()
    page = text(Client(), f"/boards/{authored.board.slug}/")
    assert "11 June 2025" in page
