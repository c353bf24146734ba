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


def indexed_texts(meeting_pk: int) -> str:
    from scrutiny.search.models import Entry

    return " ".join(Entry.objects.filter(meeting_id=meeting_pk).values_list("text", flat=True))


def test_the_index_holds_only_what_the_public_may_see(authored: Authored) -> None:
    from scrutiny.search.services import rebuild

    texts = indexed_texts(authored.meeting.pk)
    assert "victim satisfaction" in texts and "Nightjar" not in texts
    rebuild()
    texts = indexed_texts(authored.meeting.pk)
    assert "victim satisfaction" in texts and "Nightjar" not in texts


def test_a_draft_is_not_indexed_even_by_a_rebuild(draft: Authored) -> None:
    from scrutiny.search.services import rebuild

    rebuild()
    assert indexed_texts(draft.meeting.pk) == ""


def test_an_item_made_private_after_publication_leaves_search_at_once(
    authored: Authored,
) -> None:
    # Not possible in the editor once published; the admin, or a script, still could.
    authored.delivery.private = True
    authored.delivery.save()
    assert "victim satisfaction" not in text(Client(), "/search/?q=update")
    authored.meeting.status = authored.meeting.NOTES_DRAFT
    authored.meeting.save()
    assert indexed_texts(authored.meeting.pk) == ""
