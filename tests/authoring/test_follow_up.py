"""Publishing authored notes ties them into their board's history as ingesting notes does: the
earlier actions their discharged list names are closed, their questions graded, and alert
digests sent once the publishing commits (and never making it fail)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date as Date
from typing import Any
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from authoring.authored import Authored
from factories import make_user
from scrutiny.accounts.models import Membership
from scrutiny.actions.models import Action
from scrutiny.alerts.models import Subscription
from scrutiny.authoring import services
from scrutiny.meetings.models import Discharged, Meeting
from scrutiny.questions.models import Question

pytestmark = pytest.mark.django_db

Capture = Callable[..., Any]


def publish(meeting: Meeting) -> None:
    while meeting.status != Meeting.PUBLISHED:
        services.advance(meeting)


def earlier_action(draft: Authored) -> Action:
    """An action of the board's March meeting, published before June's notes."""
    earlier = Meeting.objects.get(board=draft.board, date=Date(2025, 3, 12))
    services.reopen(earlier)
    item = earlier.items.get(number="3")
    action = services.add_action(
        earlier, "Circulate the burglary attendance figures.", "CC", Date(2025, 5, 1), item
    )
    publish(earlier)
    return action


def test_publishing_closes_discharged_actions_grades_questions_and_alerts(
    draft: Authored, django_capture_on_commit_callbacks: Capture
) -> None:
    action = earlier_action(draft)
    meeting = draft.meeting
    Subscription.objects.create(
        email="reader@example.org", keyword="burglary", confirmed_at=timezone.now()
    )
    services.discharge(meeting, action.pk)
    assert not services.dischargeable(meeting).filter(pk=action.pk).exists()  # listed once
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        publish(meeting)

    action.refresh_from_db()
    assert action.state == Action.CLOSED and action.closed_by_id == meeting.pk
    question = Question.objects.get(meeting=meeting)
    assert question.grade == Question.ANSWERED
    (digest,) = mail.outbox
    assert digest.to == ["reader@example.org"]
    assert f"/meetings/{meeting.pk}/" in digest.body


def test_alerts_that_cannot_be_sent_do_not_fail_publishing(
    draft: Authored, django_capture_on_commit_callbacks: Capture
) -> None:
    meeting = draft.meeting
    failing = mock.patch("scrutiny.alerts.services.send_digests", side_effect=OSError("no SMTP"))
    with failing, django_capture_on_commit_callbacks(execute=True):
        publish(meeting)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.PUBLISHED


def test_the_editor_marks_an_earlier_action_discharged(draft: Authored) -> None:
    action = earlier_action(draft)
    private = draft.private_action
    user = make_user("clerk", staff=False)
    Membership.objects.create(user=user, role=Membership.SECRETARIAT, board=draft.board)
    client = Client()
    client.force_login(user)
    url = f"/run/meetings/{draft.meeting.pk}/"
    page = client.get(url).content.decode()
    assert "Circulate the burglary attendance figures." in page
    response = client.post(url, {"form": "discharge", "discharge-action": action.pk})
    assert response.status_code == 302
    line = Discharged.objects.get(meeting=draft.meeting)
    assert line.text == action.text
    # An action of this meeting, or of a private item, is not an earlier open action.
    client.post(url, {"form": "discharge", "discharge-action": private.pk})
    assert draft.meeting.discharged.count() == 1
    client.post(url, {"form": "remove-discharged", "id": line.pk})
    assert not draft.meeting.discharged.exists()


def test_notes_in_draft_close_nothing_until_they_are_published(draft: Authored) -> None:
    earlier = Meeting.objects.get(board=draft.board, date=Date(2025, 3, 12))
    services.reopen(earlier)
    item = earlier.items.get(number="3")
    action = services.add_action(
        earlier, "Circulate the burglary attendance figures.", "CC", Date(2025, 5, 1), item
    )
    meeting = draft.meeting
    Discharged.objects.create(meeting=meeting, position=0, text=action.text)  # June, in draft
    publish(earlier)  # followed up while June's notes, which discharge it, are a draft
    action.refresh_from_db()
    assert action.state == Action.OPEN
    publish(meeting)
    action.refresh_from_db()
    assert action.state == Action.CLOSED and action.closed_by_id == meeting.pk
