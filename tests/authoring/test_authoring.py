"""Running a board through the pages: set-up, scheduling, notes written point by point with
nothing lost, deleting and restoring, the audit trail, agreeing and publishing."""

from __future__ import annotations

import pytest
from django.test import Client

from authoring.authored import Authored
from factories import make_user
from scrutiny.accounts.models import Membership
from scrutiny.actions.models import Action
from scrutiny.authoring import audit
from scrutiny.meetings.models import Board, Meeting, Point

pytestmark = pytest.mark.django_db


def secretariat(board: Board, username: str = "clerk") -> Client:
    user = make_user(username, staff=False)
    Membership.objects.create(user=user, role=Membership.SECRETARIAT, board=board)
    client = Client()
    client.force_login(user)
    return client


def test_an_administrator_creates_a_board_with_the_standard_agenda(staff_client: Client) -> None:
    response = staff_client.post(
        "/run/boards/new/",
        {"name": "Scrutiny Board", "organisation": "Office of the PCC", "plan_title": "Plan"},
    )
    board = Board.objects.get(name="Scrutiny Board")
    assert response.status_code == 302 and response["Location"] == f"/run/boards/{board.slug}/"
    titles = [t.title for t in board.template_items.all()]
    assert titles[0] == "Welcome & Introduction" and "Finance" in titles
    page = staff_client.get(f"/run/boards/{board.slug}/").content.decode()
    assert "Schedule a meeting" in page and "Agenda template" in page


def test_missing_board_fields_are_reported(staff_client: Client) -> None:
    response = staff_client.post("/run/boards/new/", {"name": "", "organisation": ""})
    text = response.content.decode()
    assert "There is a problem" in text and "Enter the board" in text


def test_the_secretariat_plans_a_meeting_from_the_template(draft: Authored) -> None:
    client = secretariat(draft.board)
    slug = draft.board.slug
    client.post(
        f"/run/boards/{slug}/",
        {"form": "plan", "plan-plan_title": "Plan", "plan-priorities": "One\nTwo\nThree"},
    )
    client.post(
        f"/run/boards/{slug}/",
        {
            "form": "template",
            "template-items": "Welcome\nDelivery\nAOB",
            "template-by_priority": "2",
        },
    )
    response = client.post(
        f"/run/boards/{slug}/",
        {"form": "schedule", "schedule-date": "08/10/2025", "schedule-time": "2pm"},
    )
    meeting = Meeting.objects.get(board=draft.board, date="2025-10-08")
    assert response["Location"] == f"/run/meetings/{meeting.pk}/"
    assert meeting.status == Meeting.SCHEDULED and meeting.source is None
    items = list(meeting.items.order_by("position"))
    assert [i.title for i in items] == ["Welcome", "Delivery", "AOB"]
    assert [s.heading for s in items[1].sections.all()] == ["One", "Two", "Three"]
    # The same date twice is refused, in the form.
    again = client.post(f"/run/boards/{slug}/", {"form": "schedule", "schedule-date": "2025-10-08"})
    assert "already has a meeting on that date" in again.content.decode()


def test_points_save_with_kind_and_speakers_read_from_the_text(draft: Authored) -> None:
    client = secretariat(draft.board)
    section = draft.delivery.sections.order_by("position")[1]
    url = f"/run/meetings/{draft.meeting.pk}/items/{draft.delivery.pk}/"
    text = "The PCC sought reassurance that burglaries were attended. The CC confirmed they were."
    response = client.post(
        url, {"form": "point", "section": section.pk, f"s{section.pk}-text": text}
    )
    assert response.status_code == 302
    point = Point.objects.filter(section=section).order_by("position").last()
    assert point is not None
    assert point.kind == "question"
    assert [s.name for s in point.speakers.all()] == ["PCC", "CC"]
    # Given by the author, kind and speakers are kept as given.
    client.post(
        f"/run/meetings/{draft.meeting.pk}/points/{point.pk}/",
        {"text": text, "kind": "statement", "speakers": "CC"},
    )
    point.refresh_from_db()
    assert point.kind == "statement" and [s.name for s in point.speakers.all()] == ["CC"]


def test_a_point_with_an_error_comes_back_with_what_was_typed(draft: Authored) -> None:
    client = secretariat(draft.board)
    section = draft.delivery.sections.order_by("position")[0]
    url = f"/run/meetings/{draft.meeting.pk}/items/{draft.delivery.pk}/"
    response = client.post(
        url,
        {
            "form": "point",
            "section": section.pk,
            f"s{section.pk}-text": "",
            f"s{section.pk}-speakers": "PCC, CC",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Enter what was said" in html
    assert 'value="PCC, CC"' in html and "Error:" in html


def test_deleting_and_restoring_a_point_and_an_action(draft: Authored) -> None:
    client = secretariat(draft.board)
    meeting = draft.meeting
    point = Point.objects.filter(section__item=draft.delivery).first()
    assert point is not None
    speakers = [s.name for s in point.speakers.all()]
    client.post(
        f"/run/meetings/{meeting.pk}/items/{draft.delivery.pk}/",
        {"form": "delete-point", "id": point.pk},
    )
    client.post(f"/run/meetings/{meeting.pk}/actions/{draft.action.pk}/", {"form": "delete"})
    assert not Point.objects.filter(pk=point.pk).exists()
    assert not Action.objects.filter(pk=draft.action.pk).exists()
    page = client.get(f"/run/meetings/{meeting.pk}/deleted/").content.decode()
    assert point.text[:30] in page and draft.action.text in page and "by clerk" in page
    client.post(f"/run/meetings/{meeting.pk}/deleted/", {"kind": "point", "id": point.pk})
    client.post(f"/run/meetings/{meeting.pk}/deleted/", {"kind": "action", "id": draft.action.pk})
    restored = Point.objects.get(pk=point.pk)
    assert restored.text == point.text and [s.name for s in restored.speakers.all()] == speakers
    assert Action.objects.get(pk=draft.action.pk).item_id == draft.delivery.pk
    assert audit.deleted(meeting) == []


def test_the_audit_trail_names_who_changed_what(draft: Authored) -> None:
    client = secretariat(draft.board)
    client.post(
        f"/run/meetings/{draft.meeting.pk}/actions/{draft.action.pk}/",
        {"text": "Provide a written update.", "owner": "CC", "due": "", "item": ""},
    )
    page = client.get(f"/run/meetings/{draft.meeting.pk}/audit/").content.decode()
    assert "Provide a written update." in page and "clerk" in page and "Changed action" in page


def test_agreeing_then_publishing(draft: Authored) -> None:
    client = secretariat(draft.board)
    meeting = draft.meeting
    url = f"/run/meetings/{meeting.pk}/"
    for expected in ["agenda_published", "notes_draft", "notes_agreed"]:
        client.post(url, {"form": "advance"})
        meeting.refresh_from_db()
        assert meeting.status == expected
    # Agreed notes are locked.
    response = client.post(url, {"form": "item", "item-title": "Late item"}, follow=True)
    assert "can no longer be changed" in response.content.decode()
    assert not meeting.items.filter(title="Late item").exists()
    assert Client().get(f"/meetings/{meeting.pk}/").status_code == 404
    client.post(url, {"form": "advance"})
    meeting.refresh_from_db()
    assert meeting.status == Meeting.PUBLISHED
    assert Client().get(f"/meetings/{meeting.pk}/").status_code == 200


def test_published_notes_download_in_three_formats(authored: Authored) -> None:
    public = Client()
    pk = authored.meeting.pk
    html = public.get(f"/meetings/{pk}/notes.html")
    assert (
        html.status_code == 200
        and "Provide an update on victim satisfaction" in html.content.decode()
    )
    pdf = public.get(f"/meetings/{pk}/notes.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    docx = public.get(f"/meetings/{pk}/notes.docx")
    assert docx.status_code == 200 and docx.content.startswith(b"PK")
    assert "attachment" in docx["Content-Disposition"]
    assert public.get(f"/meetings/{pk}/notes.exe").status_code == 404
