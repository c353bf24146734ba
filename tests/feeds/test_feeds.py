"""Feeds: RSS 2.0 and Atom per board, for all boards and for a search; iCal per board. Each
checked for what its format requires, and for nothing private."""

from __future__ import annotations

from xml.etree import ElementTree

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


def valid_rss(text: str) -> list[ElementTree.Element]:
    root = ElementTree.fromstring(text)
    assert (root.tag, root.get("version")) == ("rss", "2.0")
    channel = root.find("channel")
    assert channel is not None
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), required
    items = channel.findall("item")
    for item in items:
        assert item.findtext("title") and item.findtext("link", "").startswith("http")
        assert item.findtext("guid")
    return items


def valid_atom(text: str) -> list[ElementTree.Element]:
    root = ElementTree.fromstring(text)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}"), required
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), required
        link = entry.find(f"{ATOM}link")
        assert link is not None and (link.get("href") or "").startswith("http")
    return entries


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
    assert response["Content-Type"].startswith("text/calendar")
    assert_no_secrets(response.content.decode())
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar.get("PRODID")
    events = list(calendar.walk("VEVENT"))
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert event.get(required) is not None, required
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries == ["Action due: Report on burglary arrests.", "Performance & Delivery Board"]
