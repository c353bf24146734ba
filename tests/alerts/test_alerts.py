"""Email alerts end to end: ask, confirm by the mailed link, get one digest of new published
matches (never a private or unpublished one), unsubscribe in one click."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from api.open_data import World, assert_no_secrets, public_record
from factories import make_record, store_record
from scrutiny.alerts import views
from scrutiny.alerts.models import Subscription
from scrutiny.alerts.services import send_digests
from scrutiny.meetings.models import AgendaItem, Meeting


@pytest.fixture(autouse=True)
def fresh_limits(db: None) -> None:
    cache.clear()


def link_in(body: str, kind: str) -> str:
    found = re.search(rf"http://testserver(/alerts/{kind}/[^/\s]+/)", body)
    assert found, body
    return found.group(1)


def subscribe(client: Client, **fields: str) -> Subscription:
    response = client.post("/alerts/", {"email": "reader@example.org", **fields})
    assert response.status_code == 302, response.content.decode()
    subscription = Subscription.objects.get()
    assert not subscription.confirmed
    confirm = link_in(mail.outbox[-1].body, "confirm")
    assert client.get(confirm).status_code == 200
    assert not Subscription.objects.get().confirmed  # following the link alone does nothing
    assert client.post(confirm).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed
    return subscription


def test_keyword_alert_end_to_end(client: Client, world: World, settings: object) -> None:
    subscription = subscribe(client, keyword="burglary")
    assert send_digests("http://testserver") == 0  # what was published already is not news
    mail.outbox.clear()
    later = store_record(public_record(date="2025-06-11")).meeting  # type: ignore[arg-type]
    exempt = AgendaItem.objects.get(meeting=later, number="2")
    exempt.private = True
    exempt.save(update_fields=["private"])
    store_record(make_record(date="2025-07-01", items=[], actions=[], figures=[]))  # no match
    assert send_digests("http://testserver") == 1
    (digest,) = mail.outbox
    assert digest.to == ["reader@example.org"]
    assert "11 June 2025" in digest.body and f"/meetings/{later.pk}/" in digest.body
    assert "1 July 2025" not in digest.body
    assert_no_secrets(digest.body + digest.subject)
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert send_digests("http://testserver") == 0  # one digest per piece of news
    unsubscribe = link_in(digest.body, "unsubscribe")
    assert digest.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    assert client.get(unsubscribe).status_code == 200
    assert Subscription.objects.filter(pk=subscription.pk).exists()
    # The mail program's one-click POST: no CSRF token, no session.
    one_click = Client(enforce_csrf_checks=True)
    assert one_click.post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not Subscription.objects.exists()


def test_board_alert_counts_a_publication_as_news(client: Client, world: World) -> None:
    subscribe(client, board=world.board.slug)
    draft = store_record(make_record(date="2025-08-01")).meeting
    draft.status = Meeting.NOTES_DRAFT
    draft.save(update_fields=["status"])
    mail.outbox.clear()
    assert send_digests("http://testserver") == 0  # a draft is not news yet
    Meeting.objects.filter(pk=draft.pk).update(status=Meeting.PUBLISHED)
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (digest,) = mail.outbox
    assert "1 August 2025" in digest.body


def test_unconfirmed_subscriptions_get_nothing(client: Client, world: World) -> None:
    client.post("/alerts/", {"email": "reader@example.org", "keyword": "burglary"})
    mail.outbox.clear()
    store_record(public_record(date="2025-06-11"))  # type: ignore[arg-type]
    assert send_digests("http://testserver") == 0 and mail.outbox == []


def test_the_form_explains_what_is_wrong(client: Client, world: World) -> None:
    page = client.post("/alerts/", {"email": "not an address", "keyword": ""})
    text = page.content.decode()
    assert page.status_code == 200 and "There is a problem" in text
    assert "Enter an email address in the correct format" in text
    assert "Enter words to look for, or choose a board, or both" in text
    hidden = client.post("/alerts/", {"email": "a@example.org", "board": "hidden-board"})
    assert "Choose a board from the list" in hidden.content.decode()
    assert not Subscription.objects.exists() and mail.outbox == []


def test_asking_is_limited_per_address(
    client: Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "ASKS_PER_HOUR", 2)
    codes = [
        client.post("/alerts/", {"email": f"r{i}@example.org", "keyword": "x"}).status_code
        for i in range(3)
    ]
    assert codes == [302, 302, 429]
    assert len(mail.outbox) == 2


def test_bad_and_expired_links(client: Client, world: World) -> None:
    assert client.get("/alerts/confirm/nonsense/").status_code == 404
    assert client.post("/alerts/unsubscribe/nonsense/").status_code == 200
    assert client.get("/alerts/").status_code == 200
