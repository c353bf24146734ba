"""The search page through Django's test client: form, results, filters, pages, escaping."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from factories import make_record, store_record, stored_meeting
from scrutiny.meetings.models import Point
from scrutiny.search.backends import search
from search.conftest import rank_at_most

pytestmark = pytest.mark.django_db


def get(client: Client, **params: Any) -> str:
    response = client.get(reverse("search"), params)
    assert response.status_code == 200
    return response.content.decode()


def titles(page: str) -> list[str]:
    return re.findall(
        r'<h3 class="govuk-heading-s[^"]*"><a class="govuk-link" href="[^"]*">([^<]*)', page
    )


def test_the_address_is_search() -> None:
    assert reverse("search") == "/search/"


def test_without_a_query_the_page_is_the_form(client: Client) -> None:
    page = get(client)
    assert "<title>Search – Scrutiny</title>" in page
    assert '<label class="govuk-label govuk-label--l" for="id_q">Search meetings</label>' in page
    assert "result</h2>" not in page and "results</h2>" not in page
    assert "govuk-error-summary" not in page


def test_results_are_highlighted_and_link_to_the_point(client: Client) -> None:
    meeting = stored_meeting()
    point = Point.objects.get(text="The PCC asked about knife crime.")
    page = get(client, q="knife crime")
    assert "Search results for “knife crime”" in page
    assert "1 result</h2>" in page
    assert f'href="/meetings/{meeting.pk}/#point-{point.pk}"' in page
    assert "The PCC asked about <mark>knife</mark> <mark>crime</mark>." in page
    assert "Speakers: PCC, CC" in page
    assert "Performance &amp; Delivery Board, 19 February 2025" in page


def test_every_kind_of_result_links_to_an_id_on_the_meeting_page(client: Client) -> None:
    stored_meeting()
    for query in ("knife", "dpr", "delivery", "victims"):
        (hit,) = search(query).hits
        assert f'href="{hit.url}"' in get(client, q=query)
        path, _, anchor = hit.url.partition("#")
        assert anchor, hit
        assert f'id="{anchor}"' in client.get(path).content.decode()


def test_document_text_is_escaped_around_the_marks(
    client: Client, meeting_saying: Callable[..., Any]
) -> None:
    meeting_saying('<script>alert("x")</script> Tom & Jerry’s "amnesty" <b>')
    page = get(client, q="amnesty")
    assert "<script>alert" not in page and "<b>" not in page
    assert "Tom &amp; Jerry’s &quot;<mark>amnesty</mark>&quot;" in page


@pytest.mark.parametrize("q", ['"knife', "AND OR NOT (", "*", "-", "\x00", "k" * 5000])
def test_hostile_queries_give_a_page(client: Client, q: str) -> None:
    stored_meeting()
    get(client, q=q)


def test_no_results_say_what_to_try(client: Client) -> None:
    stored_meeting()
    page = get(client, q="zebra")
    assert "0 results</h2>" in page
    assert "remove filters" in page


def test_filters_narrow_the_results_and_are_kept_in_the_form(client: Client) -> None:
    store_record(make_record(date="2024-12-11"))
    store_record(make_record(board="Accountability Board", date="2025-03-05"))
    assert "2 results</h2>" in get(client, q="knife")
    page = get(client, q="knife", board="accountability-board", kind="question", speaker="CC")
    assert "1 result</h2>" in page
    assert "Accountability Board, 5 March 2025" in page
    assert '<option value="accountability-board" selected>' in page
    assert '<option value="question" selected>' in page
    assert 'value="CC"' in page
    page = get(client, q="knife", **{"from": "1/1/2025", "to": "2025-12-31"})
    assert "1 result</h2>" in page and 'value="1/1/2025"' in page
    assert "0 results</h2>" in get(client, q="knife", kind="action")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "31/2/2025"}, "From must be a real date, like 19/2/2025"),
        ({"from": "2025-03-01", "to": "2025-02-01"}, "To must be the same as or after from"),
        ({"board": "nowhere"}, "Choose a board from the list"),
        ({"kind": "gossip"}, "Choose a type from the list"),
    ],
)
def test_filters_that_make_no_sense_are_explained(
    client: Client, params: dict[str, str], message: str
) -> None:
    stored_meeting()
    page = get(client, q="knife", **params)
    assert "<title>Error: Search results" not in page  # no results are shown
    assert "<title>Error: Search – Scrutiny</title>" in page
    assert "There is a problem" in page and message in page
    assert "result</h2>" not in page


def test_a_search_matching_more_than_are_ranked_says_so(
    client: Client, meeting_saying: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    rank_at_most(monkeypatch, 30)
    meeting_saying(*(f"Knife point {n}." for n in range(44)))  # and the factory's own: 45
    page = get(client, q="knife")
    assert "45 results, page 1 of 2</h2>" in page
    assert "The 30 most recently added matches are listed, best first." in page
    assert "most recently added" not in get(client, q="knife", kind="question")


def test_results_come_twenty_a_page_with_links_to_the_others(
    client: Client, meeting_saying: Callable[..., Any]
) -> None:
    meeting_saying(*(f"Knife point {n}." for n in range(44)))  # and the factory's own: 45
    first = get(client, q="knife", kind="point")
    assert "45 results, page 1 of 3</h2>" in first
    assert len(titles(first)) == 20
    assert 'href="?q=knife&amp;kind=point&amp;page=2"' in first
    last = get(client, q="knife", kind="point", page="3")
    assert "page 3 of 3" in last and len(titles(last)) == 5
    assert "page 3 of 3" in get(client, q="knife", kind="point", page="99")
    assert "page 1 of 3" in get(client, q="knife", kind="point", page="two")
