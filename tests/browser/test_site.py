"""The site in a real browser: the journeys the issue names, axe on every page type, and the
keyboard. Few and quick: one browser for the session (see conftest), one server per test."""

from __future__ import annotations

import re
from typing import Any

import pytest

from browser.conftest import axe_violations
from factories import make_user
from gold import SEEDS
from scrutiny.ingestion.services import ingest
from scrutiny.meetings.models import Board, Meeting

pytestmark = pytest.mark.django_db(transaction=True)

FEBRUARY = SEEDS / "001_73932fbdd1a170a5.txt"
PASSWORD = "correct horse battery"


@pytest.fixture
def seeded(live_server: Any) -> str:
    """Both seed meetings stored, and a staff account; the server's address."""
    for path in sorted(SEEDS.glob("*.txt")):
        ingest(path.read_bytes(), path.name, origin=str(path))
    make_user("officer", staff=True)
    return str(live_server.url)


def sign_in(page: Any, site: str) -> None:
    page.goto(f"{site}/accounts/login/")
    page.get_by_label("Username").fill("officer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site}/")


def test_the_home_page_opens(page: Any, seeded: str) -> None:
    page.goto(seeded)
    assert page.title() == "Police accountability boards – Scrutiny"
    assert page.locator("h1").inner_text() == "Police accountability boards"
    assert page.get_by_role("link", name="Performance & Delivery Board", exact=True).count() == 1


def test_filtering_the_register_to_open_actions_shows_the_dpr_review(
    page: Any, seeded: str
) -> None:
    page.goto(f"{seeded}/actions/")
    page.get_by_label("Status").select_option("open")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"status=open"))
    row = page.locator("tbody tr", has_text="DPR Post Implementation Review")
    assert row.count() == 1
    assert "16 September 2025" in row.inner_text()


def test_staff_upload_a_seed_review_it_and_land_on_the_meeting(page: Any, live_server: Any) -> None:
    site = str(live_server.url)
    make_user("officer", staff=True)
    sign_in(page, site)
    page.get_by_role("link", name="Upload").click()
    page.get_by_label("Notes document").set_input_files(str(FEBRUARY))
    page.get_by_role("button", name="Read the document").click()
    assert page.locator("h1").inner_text() == "Check the meeting before saving"
    assert page.get_by_label("Board").input_value() == "Performance & Delivery Board"
    assert axe_violations(page) == []
    page.get_by_label("Venue").fill("Online")
    page.get_by_role("button", name="Save the meeting").click()
    page.wait_for_url(re.compile(r"/meetings/\d+/$"))
    assert "19 February 2025" in page.locator("h1").inner_text()
    assert "Meeting saved" in page.locator(".govuk-notification-banner").inner_text()
    assert Meeting.objects.get().venue == "Online"


def test_axe_finds_nothing_on_any_page_type(page: Any, seeded: str) -> None:
    meeting = Meeting.objects.exclude(date=None).get()
    board = Board.objects.get()
    pages = {
        "home": "/",
        "board": f"/boards/{board.slug}/",
        "meeting": f"/meetings/{meeting.pk}/",
        "actions": "/actions/?status=open",
        "actions with errors": "/actions/?due_before=soon",
        "login": "/accounts/login/",
    }
    found = {}
    for name, address in pages.items():
        page.goto(f"{seeded}{address}")
        found[name] = axe_violations(page)
    sign_in(page, seeded)
    page.goto(f"{seeded}/upload/")
    found["upload"] = axe_violations(page)
    assert found == {name: [] for name in found}


def test_the_keyboard_reaches_the_skip_link_first_then_the_navigation(
    page: Any, seeded: str
) -> None:
    page.goto(seeded)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    reached = []
    for _ in range(6):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("() => document.activeElement.textContent.trim()"))
    assert reached[:5] == ["Scrutiny", "Home", "Action register", "Inspections", "Search"]
    # The skip link takes the keyboard past the header to the page's content.
    page.goto(seeded)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.hash === '#main-content'")
    page.keyboard.press("Tab")
    inside = "() => document.activeElement.closest('main') !== null"
    assert page.evaluate(inside), "the next Tab after the skip link should be in <main>"


def _tab_to(page: Any, selector: str, most: int = 60) -> None:
    """Press Tab until the element matching `selector` has the focus, as a keyboard user would."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_register_and_a_search_work_with_the_keyboard_alone(page: Any, seeded: str) -> None:
    page.goto(f"{seeded}/actions/")
    _tab_to(page, "select[name=status]")
    page.keyboard.type("Open")  # a focused select picks the option typed
    assert page.eval_on_selector("select[name=status]", "e => e.value") == "open"
    _tab_to(page, "button")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"status=open"))
    assert page.locator("tbody tr", has_text="DPR Post Implementation Review").count() == 1
    # The header's search box, from the keyboard, and on to the point.
    _tab_to(page, "input[name=q]")
    page.keyboard.type("knife crime")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/"))
    _tab_to(page, "main a[href*='#point-']")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/meetings/\d+/#point-\d+"))
    anchor = page.evaluate("() => location.hash")
    assert "knife crime" in page.locator(anchor).inner_text()
