"""Questions in a real browser: staff accept a commitment the notes' action log missed, and
anyone reads a board's coverage; axe finds nothing on any of the pages on the way."""

from __future__ import annotations

import re
from typing import Any

import pytest

from browser.conftest import axe_violations
from browser.test_site import sign_in
from factories import make_user
from scrutiny.actions.models import Action
from scrutiny.questions.models import Commitment

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(live_server: Any, follow_history: Any) -> str:
    make_user("officer", staff=True)
    return str(live_server.url)


def test_staff_accept_a_commitment_as_an_action(page: Any, site: str, follow_history: Any) -> None:
    offer = Commitment.objects.get(meeting=follow_history.march_2019)
    sign_in(page, site)
    page.goto(f"{site}/commitments/")
    assert page.locator("h1").inner_text() == "Commitments to review"
    assert axe_violations(page) == []
    item = page.locator(f"#commitment-{offer.pk}")
    assert "breakdown by division" in item.inner_text()
    item.get_by_role("link", name=re.compile(r"^Accept")).click()
    page.wait_for_url(re.compile(rf"/commitments/{offer.pk}/accept/$"))
    assert page.get_by_label("Owner").input_value() == "Chief Constable"
    assert page.get_by_label("Year").input_value() == "2019"
    assert axe_violations(page) == []
    # A mistake first: the error summary, and axe on it.
    page.get_by_label("Action", exact=True).fill("")
    page.get_by_role("button", name="Add the action").click()
    assert "Enter what the action is" in page.locator(".govuk-error-summary").inner_text()
    assert axe_violations(page) == []
    page.get_by_label("Action", exact=True).fill("Provide a breakdown of 101 calls by division.")
    page.get_by_role("button", name="Add the action").click()
    page.wait_for_url(re.compile(r"/commitments/$"))
    banner = page.locator(".govuk-notification-banner").inner_text()
    assert "Accepted as an action: Provide a breakdown of 101 calls by division." in banner
    assert page.locator(f"#commitment-{offer.pk}").count() == 0
    action = Action.objects.get(origin=Action.FROM_COMMITMENT)
    assert action.owner == "Chief Constable" and action.due is not None
    assert action.due.isoformat() == "2019-06-19"


def test_the_meeting_page_marks_grades_and_commitments(
    page: Any, site: str, follow_history: Any
) -> None:
    page.goto(f"{site}/meetings/{follow_history.march_2019.pk}/")
    assert page.locator(".govuk-tag", has_text="Deferred").count() == 2
    assert page.locator(".govuk-tag", has_text="Possible action").count() == 1
    assert axe_violations(page) == []


def test_anyone_reads_a_boards_coverage(page: Any, site: str, follow_history: Any) -> None:
    page.goto(f"{site}/boards/{follow_history.board.slug}/")
    page.get_by_role("link", name="Questions by priority and topic").click()
    page.wait_for_url(re.compile(r"/coverage/$"))
    table = page.get_by_role("table", name="Questions by plan priority and meeting")
    row = table.get_by_role("row", name=re.compile(r"^Putting Victims First"))
    assert row.get_by_role("cell").all_inner_texts()[:2] == ["4", "1"]
    assert axe_violations(page) == []
    page.get_by_label("Number of meetings to look back over").fill("2")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"last=2"))
    heading = "Priorities not examined in the last 2 meetings"
    assert page.get_by_role("heading", name=heading).count() == 1
    assert axe_violations(page) == []
    page.get_by_label("Number of meetings to look back over").fill("99")
    page.get_by_role("button", name="Show").click()
    summary = page.locator(".govuk-error-summary").inner_text()
    assert "Number of meetings must be 50 or fewer" in summary
    assert axe_violations(page) == []
