"""Search in a real browser: from the home page's header to the February 2025 point."""

from __future__ import annotations

import re
from typing import Any

import pytest

from browser.conftest import axe_violations
from gold import SEEDS
from scrutiny.ingestion.services import ingest
from search.conftest import rank_at_most

KNIFE_POINT = "Highlighting a reduction in knife crime offences"


@pytest.mark.django_db(transaction=True)
def test_search_knife_crime_from_the_header_and_reach_the_february_point(
    page: Any, live_server: Any
) -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        ingest(seed.read_bytes(), seed.name)

    page.goto(live_server.url + "/")
    page.get_by_role("search").get_by_label("Search meetings").fill("knife crime")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/search/\?q=knife\+crime"))
    assert axe_violations(page) == []

    result = page.get_by_role("listitem").filter(has_text="knife crime offences")
    assert result.locator("mark").first.inner_text().lower() == "knife"
    result.get_by_role("link").click()
    page.wait_for_url(re.compile(r"/meetings/\d+/#point-\d+$"))

    point = page.locator(page.url[page.url.index("#") :])
    assert KNIFE_POINT in point.inner_text()
    assert point.is_visible()
    assert "19 February 2025" in page.locator("h1").inner_text()


@pytest.mark.django_db(transaction=True)
def test_a_search_matching_more_than_are_ranked_says_so_accessibly(
    page: Any, live_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rank_at_most(monkeypatch, 2)  # the live server runs in this process
    for seed in sorted(SEEDS.glob("*.txt")):
        ingest(seed.read_bytes(), seed.name)

    page.goto(live_server.url + "/search/?q=police")
    heading = page.get_by_role("heading", name=re.compile(r"results"))
    assert "page" not in heading.inner_text()  # the two listed fit on one page
    note = page.locator(".govuk-inset-text")
    assert "The 2 most recently added matches are listed, best first." in note.inner_text()
    assert page.get_by_role("list", name=re.compile("results")).get_by_role("listitem").count() == 2
    assert axe_violations(page) == []
