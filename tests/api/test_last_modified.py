"""Last-Modified moves with every change to what is published, not only with a stored document
or an action's update: publishing a meeting, or marking an item private, is dated by the
notes' history (django-simple-history), and the open data's Last-Modified takes it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db.models import F
from django.test import Client

from api.open_data import World
from scrutiny.actions.models import ActionUpdate
from scrutiny.api.conditional import NOTE_ROWS, last_change
from scrutiny.authoring import services
from scrutiny.ingestion.models import SourceDocument
from scrutiny.meetings.models import Meeting

READS = ["/api/v1/meetings", "/feeds/meetings.rss", "/downloads/all.jsonl"]


@pytest.fixture
def an_hour_ago(world: World) -> World:
    """The world as if stored an hour ago, so a change now is in a later second than the
    Last-Modified a client holds (HTTP dates are whole seconds)."""
    hour = timedelta(hours=1)
    SourceDocument.objects.update(ingested_at=F("ingested_at") - hour)
    ActionUpdate.objects.update(at=F("at") - hour)
    for model in NOTE_ROWS:
        model.history.update(history_date=F("history_date") - hour)  # type: ignore[attr-defined]
    return world


def held(client: Client, url: str) -> str:
    """What a client holds after a first read: the Last-Modified, which still answers 304."""
    modified = str(client.get(url)["Last-Modified"])
    assert client.get(url, headers={"if-modified-since": modified}).status_code == 304
    return modified


@pytest.mark.parametrize("url", READS)
def test_publishing_a_meeting_moves_last_modified(
    client: Client, an_hour_ago: World, url: str
) -> None:
    modified = held(client, url)
    draft = an_hour_ago.draft
    services.advance(draft)  # notes in draft → agreed
    services.advance(draft)  # agreed → published
    assert Meeting.objects.get(pk=draft.pk).status == Meeting.PUBLISHED
    response = client.get(url, headers={"if-modified-since": modified})
    assert response.status_code == 200
    assert response["Last-Modified"] != modified


def test_marking_an_item_private_moves_last_modified(client: Client, an_hour_ago: World) -> None:
    url = "/api/v1/meetings"
    modified = held(client, url)
    item = an_hour_ago.published.items.get(number="1")
    item.private = True
    item.save(update_fields=["private"])
    assert client.get(url, headers={"if-modified-since": modified}).status_code == 200


def test_last_change_is_the_latest_of_documents_updates_and_history(an_hour_ago: World) -> None:
    before = last_change()
    assert before is not None
    meeting = an_hour_ago.published
    meeting.venue = "Online"
    meeting.save(update_fields=["venue"])
    after = last_change()
    assert after is not None and after - before > timedelta(minutes=59)
