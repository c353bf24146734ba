"""Feeds: RSS 2.0 and Atom per board, for all boards and for a search; iCal per board. Each
checked for what its format requires, and for nothing private."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

import feedparser
import pytest
from django.test import Client
from icalendar import Calendar

from api.open_data import World, assert_no_secrets
from factories import make_record, store_record

ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(client: Client, url: str, content_type: str, echoed: str = "") -> str:
    """The feed's text; `echoed` is the search's own words, which its title repeats."""
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith(content_type)
    text = response.content.decode()
    assert_no_secrets(text.replace(echoed, "") if echoed else text)
    return text


def parsed(text: str, version: str) -> Any:
    """The feed as a real feed reader's parser sees it: well formed, of the version said, and
    with nothing it had to forgive (`bozo`)."""
    feed = feedparser.parse(text.encode())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    return feed


def valid_rss(text: str) -> list[ElementTree.Element]:
    """The RSS 2.0 items, once the feed has the elements RSS 2.0 requires and parses cleanly."""
    root = ElementTree.fromstring(text)
    assert (root.tag, root.get("version")) == ("rss", "2.0")
    channels = root.findall("channel")
    assert len(channels) == 1
    channel = channels[0]
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), required
    assert channel.findtext("link", "").startswith("http")
    items = channel.findall("item")
    for item in items:
        # RSS 2.0: an item has a title or a description; ours have both, a link and a guid.
        assert item.findtext("title") and item.findtext("description")
        assert item.findtext("link", "").startswith("http")
        assert item.findtext("guid")
        assert item.findtext("pubDate")
    feed = parsed(text, "rss20")
    assert feed.feed.title == channel.findtext("title")
    assert [e.title for e in feed.entries] == [i.findtext("title") for i in items]
    assert [e.link for e in feed.entries] == [i.findtext("link") for i in items]
    assert all(e.get("published_parsed") for e in feed.entries)
    return items


def valid_atom(text: str) -> list[ElementTree.Element]:
    """The Atom entries, once the feed has the elements RFC 4287 requires and parses cleanly."""
    root = ElementTree.fromstring(text)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{required}")) == 1, required
        assert root.findtext(f"{ATOM}{required}"), required
    entries = root.findall(f"{ATOM}entry")
    # A feed names its author unless every entry does (RFC 4287, 4.1.1).
    assert root.findtext(f"{ATOM}author/{ATOM}name") or all(
        e.findtext(f"{ATOM}author/{ATOM}name") for e in entries
    )
    rels = {link.get("rel", "alternate") for link in root.findall(f"{ATOM}link")}
    assert {"self", "alternate"} <= rels
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{required}")) == 1, required
            assert entry.findtext(f"{ATOM}{required}"), required
        # No content, so an alternate link and a summary are required.
        assert entry.find(f"{ATOM}content") is None
        alternate = [
            link
            for link in entry.findall(f"{ATOM}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        assert alternate and (alternate[0].get("href") or "").startswith("http")
        assert entry.findtext(f"{ATOM}summary")
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids)
    feed = parsed(text, "atom10")
    assert feed.feed.title == root.findtext(f"{ATOM}title")
    assert feed.feed.get("author")
    assert [e.id for e in feed.entries] == ids
    assert all(e.get("updated_parsed") and e.get("link") for e in feed.entries)
    return entries


def valid_ical(content: bytes) -> list[Any]:
    """The VEVENTs, once the calendar has what RFC 5545 requires of it and of each event."""
    calendar = Calendar.from_ical(content)
    assert calendar.name == "VCALENDAR"
    assert calendar.get("PRODID") and str(calendar["VERSION"]) == "2.0"
    events = list(calendar.walk("VEVENT"))
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART"):
            assert event.get(required) is not None, required
        assert event.get("SUMMARY")
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    return events


@pytest.mark.parametrize("stem", ["/feeds/meetings", "/feeds/boards/performance-delivery-board"])
def test_meeting_feeds(client: Client, world: World, stem: str) -> None:
    items = valid_rss(fetch(client, f"{stem}.rss", "application/rss+xml"))
    assert [i.findtext("title") for i in items] == [
        "Performance & Delivery Board, 19 February 2025"
    ]
    assert items[0].findtext("description") == "Agenda: 1. Burglary"
    entries = valid_atom(fetch(client, f"{stem}.atom", "application/atom+xml"))
    assert len(entries) == 1


def test_newest_meeting_first(client: Client, world: World) -> None:
    store_record(make_record(date="2024-01-10"))
    items = valid_rss(fetch(client, "/feeds/meetings.rss", "application/rss+xml"))
    assert items[0].findtext("title") == "Performance & Delivery Board, 10 January 2024"


def test_boards_without_published_meetings_have_no_feeds(client: Client, world: World) -> None:
    for suffix in ("rss", "atom", "ics"):
        assert client.get(f"/feeds/boards/hidden-board.{suffix}").status_code == 404


def test_a_search_as_a_feed(client: Client, world: World) -> None:
    items = valid_rss(fetch(client, "/feeds/search.rss?q=burglary", "application/rss+xml"))
    assert len(items) == 4
    assert {i.findtext("title") for i in items} >= {
        "Question at the Performance & Delivery Board, 19 February 2025"
    }
    assert valid_atom(
        fetch(client, "/feeds/search.atom?q=burglary&kind=action", "application/atom+xml")
    )
    for secret in ("informants", "SECRET", "DRAFT"):
        text = fetch(client, f"/feeds/search.rss?q={secret}", "application/rss+xml", secret)
        assert valid_rss(text) == []
    assert valid_rss(fetch(client, "/feeds/search.rss", "application/rss+xml")) == []


def test_board_calendar_is_icalendar(client: Client, world: World) -> None:
    response = client.get("/feeds/boards/performance-delivery-board.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert_no_secrets(response.content.decode())
    events = valid_ical(response.content)
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries == ["Action due: Report on burglary arrests.", "Performance & Delivery Board"]
    meeting = next(e for e in events if str(e["SUMMARY"]) == "Performance & Delivery Board")
    assert meeting.decoded("DTSTART") == world.published.date
