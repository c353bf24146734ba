"""The reading pages: home, board, meeting, the source document, and what is not there."""

from __future__ import annotations

import re
from datetime import date as Date
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from conftest import BoardHistory
from factories import make_record, store_record, stored_meeting
from pages import text_of
from scrutiny.ingestion.models import SourceDocument
from scrutiny.meetings.models import AgendaItem, Point
from scrutiny.record import Item, Section
from scrutiny.record import Point as RecordPoint
from scrutiny.web import clock

pytestmark = pytest.mark.django_db


def test_home_lists_boards_next_meetings_actions_and_latest_meetings(
    client: Client, board_history: BoardHistory
) -> None:
    response = client.get("/")
    assert response.status_code == 200
    text = text_of(response)
    assert "Performance &amp; Delivery Board" in text
    assert f'href="/boards/{board_history.board.slug}/"' in response.content.decode()
    assert "Performance &amp; Delivery Board: 28 May 2025" in text  # the next meeting announced
    # An action whose status the notes leave unstated is open until something closes it.
    assert "4 open actions , of which 0 overdue" in text
    latest = text.index("Latest meetings")
    assert text.index("19 February 2025", latest) < text.index("11 December 2024", latest)
    # The superseded version is not a meeting of its own.
    assert f"/meetings/{board_history.february_first.pk}/" not in response.content.decode()


def test_home_shows_overdue_actions(
    client: Client, board_history: BoardHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: Date(2025, 10, 1))
    text = text_of(client.get("/"))
    assert "of which 2 overdue" in text
    assert "Overdue actions" in text and "Provide an update on the DPR review." in text
    assert "No future meeting dates are known." in text  # 28 May 2025 has passed


def test_home_with_nothing_stored(client: Client) -> None:
    text = text_of(client.get("/"))
    assert "No meetings are stored yet." in text and "No boards yet." in text


def test_board_lists_current_meetings_by_year(client: Client, board_history: BoardHistory) -> None:
    stored_meeting(date=None)  # undated, filed under the same board
    response = client.get(reverse("board", args=[board_history.board.slug]))
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(response)
    assert text.index(" 2025 ") < text.index(" 2024 ") < text.index("Date not stated")
    assert f"/meetings/{board_history.february.pk}/" in html
    assert f"/meetings/{board_history.december.pk}/" in html
    assert f"/meetings/{board_history.february_first.pk}/" not in html
    assert "Version 2" in text  # the February meeting was read twice


def test_an_unknown_board_is_not_found(client: Client) -> None:
    response = client.get("/boards/no-such-board/")
    assert response.status_code == 404
    assert "Page not found" in text_of(response)


def test_meeting_shows_its_header_people_items_actions_and_figures(
    client: Client, board_history: BoardHistory
) -> None:
    meeting = board_history.february
    response = client.get(reverse("meeting", args=[meeting.pk]))
    assert response.status_code == 200
    text = text_of(response)
    for expected in [
        "Performance &amp; Delivery Board",
        "Wednesday 19 February 2025",
        "Online",  # the second version's venue
        "Office of the Kent Police and Crime Commissioner",
        "Matthew Scott",
        "Police and Crime Commissioner (PCC)",
        "Apologies",
        "Peter Ayling",
        "3. Delivery &amp; Performance",
        "Presented by CC",
        "Tackle violence against women and girls (VAWG)",
        "Speakers: PCC, CC.",
        "Provide an update on the DPR review.",
        "16 September 2025",
        "77.2%",
        "victims satisfied",
        "Provide the PEEL update",  # discharged
        "https://example.org/3-Delivery.pdf",
    ]:
        assert expected in text, expected
    # The previous meeting is stored, so it is a link; the next is only a date.
    assert f'href="/meetings/{board_history.december.pk}/"' in response.content.decode()
    assert "28 May 2025" in text


def test_every_point_and_item_has_an_anchor_and_says_where_it_was_read(
    client: Client, board_history: BoardHistory
) -> None:
    meeting = board_history.february
    html = client.get(reverse("meeting", args=[meeting.pk])).content.decode()
    points = Point.objects.filter(section__item__meeting=meeting)
    assert points.count() == 3
    for point in points:
        assert f'id="point-{point.pk}"' in html
    for item in AgendaItem.objects.filter(meeting=meeting):
        assert f'id="item-{item.number}"' in html
    located = points.get(text__contains="knife crime")
    block = html[html.index(f'id="point-{located.pk}"') :][:1200]
    assert "Page 2, line 52" in block
    assert reverse("meeting-document", args=[meeting.pk]) in block
    assert 'class="govuk-tag">Question<' in block


def test_action_and_figure_items_link_to_the_item_when_the_agenda_has_it(
    client: Client, board_history: BoardHistory
) -> None:
    html = client.get(reverse("meeting", args=[board_history.february.pk])).content.decode()
    assert '<a class="govuk-link" href="#item-3">3</a>' in html
    assert 'href="#item-9"' not in html  # item 9 is not on the agenda: no dead link


def test_repeated_or_odd_item_numbers_still_get_unique_anchors(client: Client) -> None:
    items = [
        Item("1", "Welcome", None, [], [Section(None, [RecordPoint("Hello.", "statement", [])])]),
        Item("1", "Again", None, [], []),
        Item("2 (a)", "Odd", None, [], []),
    ]
    meeting = stored_meeting(items=items, actions=[], figures=[])
    html = client.get(reverse("meeting", args=[meeting.pk])).content.decode()
    ids = re.findall(r'<section[^>]* id="([^"]+)"', html)
    assert ids[0] == "item-1" and len(set(ids)) == 3


def test_papers_that_are_not_web_addresses_are_not_links(client: Client) -> None:
    items = [Item("1", "Papers", None, ["javascript:alert(1)"], [])]
    meeting = stored_meeting(items=items, actions=[], figures=[])
    html = client.get(reverse("meeting", args=[meeting.pk])).content.decode()
    assert "javascript:alert(1)" in html
    assert 'href="javascript:' not in html


def test_a_superseded_version_is_viewable_and_says_so(
    client: Client, board_history: BoardHistory
) -> None:
    old = board_history.february_first
    response = client.get(reverse("meeting", args=[old.pk]))
    assert response.status_code == 200
    text = text_of(response)
    assert "Superseded" in text
    assert "This is version 1 of these notes, replaced by a later document." in text
    assert f'href="/meetings/{board_history.february.pk}/"' in response.content.decode()
    assert "(version 1, superseded)" in response.content.decode()  # in the title


def test_the_current_version_lists_the_history(client: Client, board_history: BoardHistory) -> None:
    response = client.get(reverse("meeting", args=[board_history.february.pk]))
    text = text_of(response)
    assert "Versions of these notes" in text
    assert "Version 2 (this page)" in text
    assert f'href="/meetings/{board_history.february_first.pk}/">Version 1' in (
        response.content.decode()
    )
    assert "Superseded" in text and "Current" in text
    assert "replaced by a later document" not in text


def test_a_meeting_without_board_or_date_still_shows(client: Client) -> None:
    meeting = stored_meeting(board=None, date=None)
    response = client.get(reverse("meeting", args=[meeting.pk]))
    assert response.status_code == 200
    assert "Board not stated" in text_of(response) and "Date not stated" in text_of(response)


def test_an_unknown_meeting_is_not_found(client: Client) -> None:
    assert client.get("/meetings/999999/").status_code == 404
    assert client.get("/meetings/999999/document/").status_code == 404
    assert client.get("/meetings/nope/").status_code == 404


def test_the_source_document_downloads_as_stored(client: Client) -> None:
    meeting = store_record(make_record(), text="The notes, as published.").meeting
    response = client.get(reverse("meeting-document", args=[meeting.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{meeting.source.name}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"The notes, as published."  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("format_", "content_type"),
    [
        ("pdf", "application/pdf"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("html", "text/html; charset=utf-8"),
    ],
)
def test_each_format_has_its_content_type_and_is_never_shown_inline(
    client: Client, format_: str, content_type: str
) -> None:
    meeting = stored_meeting()
    SourceDocument.objects.filter(pk=meeting.source.pk).update(format=format_)
    response = client.get(reverse("meeting-document", args=[meeting.pk]))
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment;")
    assert "sandbox" in response["Content-Security-Policy"]
    response.close()


def test_a_missing_stored_file_is_not_found(client: Client, media_root: Path) -> None:
    meeting = stored_meeting()
    (media_root / meeting.source.file.name).unlink()
    assert client.get(reverse("meeting-document", args=[meeting.pk])).status_code == 404


def test_govuk_frontend_assets_are_found_under_static(client: Client) -> None:
    response = client.get("/assets/fonts/bold-b542beb274-v2.woff2")
    assert response.status_code == 301
    assert response["Location"] == "/static/govuk/assets/fonts/bold-b542beb274-v2.woff2"


def test_every_page_has_the_skip_link_navigation_and_search_box(client: Client) -> None:
    html = client.get("/actions/").content.decode()
    assert html.index('class="govuk-skip-link"') < html.index('class="govuk-header"')
    assert 'href="#main-content"' in html and 'id="main-content"' in html
    assert re.search(r'aria-current="page">\s*<strong[^>]*>Action register<', html)
    assert re.search(r'<form[^>]*action="/search/"[^>]*method="get"', html)
    assert 'name="q"' in html


def test_pages_read_in_a_few_queries_however_long_the_meeting(
    client: Client, django_assert_max_num_queries: Any
) -> None:
    points = [RecordPoint(f"Point {n}.", "question", ["PCC", "CC"]) for n in range(60)]
    items = [Item(str(n), f"Item {n}", None, [], [Section("Heading", points)]) for n in range(5)]
    meeting = stored_meeting(items=items)
    for address in ("/", reverse("meeting", args=[meeting.pk]), "/actions/"):
        with django_assert_max_num_queries(15):
            assert client.get(address).status_code == 200
