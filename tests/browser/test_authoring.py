"""Running a board in a real browser: an administrator creates a board, schedules a meeting,
writes notes with an action and a private item, agrees and publishes them; the public reads the
meeting, never sees the private item, and downloads the PDF. axe on every editor page."""

from __future__ import annotations

import re
from typing import Any

import pytest

from browser.conftest import axe_violations
from factories import make_user

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct horse battery"


@pytest.fixture
def site(live_server: Any) -> str:
    make_user("officer", staff=True)
    return str(live_server.url)


def test_the_whole_flow(site: str, page: Any, browser: Any) -> None:
    page.goto(f"{site}/accounts/login/")
    page.get_by_label("Username").fill("officer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site}/")

    page.get_by_role("link", name="Run a board").click()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Create a board").click()
    assert axe_violations(page) == []
    page.get_by_label("Board name").fill("Accountability Board")
    page.get_by_label("Office that runs it").fill("Office of the Testshire PCC")
    page.get_by_role("button", name="Create the board").click()
    page.wait_for_url(re.compile(r"/run/boards/[\w-]+/$"))
    assert axe_violations(page) == []
    board_url = page.url

    # Roles: a mistake comes back with an error summary; then the role is given.
    page.get_by_role("button", name="Give the role").click()
    assert page.get_by_text("There is a problem").is_visible()
    assert axe_violations(page) == []
    make_user("clerk", staff=False)
    page.get_by_label("Username or email address").fill("clerk")
    page.get_by_label("Secretariat: runs this board").check()
    page.get_by_role("button", name="Give the role").click()
    page.wait_for_url(board_url + "#roles")
    assert "Given to clerk" in page.locator("#roles ~ table").last.inner_text()

    page.get_by_label("Date", exact=True).fill("11/06/2025")
    page.get_by_role("button", name="Schedule the meeting").click()
    page.wait_for_url(re.compile(r"/run/meetings/\d+/$"))
    meeting_url = page.url
    assert axe_violations(page) == []

    # Attendance, a private item, and an action.
    page.get_by_label("Name", exact=True).fill("Jane Doe")
    page.get_by_label("Role", exact=True).fill("Police and Crime Commissioner")
    page.get_by_label("Abbreviation", exact=True).fill("PCC")
    page.get_by_role("button", name="Add to the attendance").click()
    page.locator("#id_item-title").fill("Operation Nightjar")
    page.get_by_label("Private (exempt): never shown to the public").check()
    page.get_by_role("button", name="Add the item").click()
    page.wait_for_url(re.compile(r"/items/\d+/"))
    page.get_by_label("What was said").fill("The PCC was briefed on the covert operation.")
    page.get_by_role("button", name="Save the point").click()
    page.goto(meeting_url)
    page.get_by_role("link", name="3. Delivery & Performance").click()
    assert axe_violations(page) == []
    page.get_by_label("What was said").first.fill(
        "The PCC asked how many burglaries were attended. The CC explained all were."
    )
    page.get_by_role("button", name="Save the point").first.click()
    assert page.get_by_text("Point 1: Question (PCC, CC)").is_visible()
    page.goto(meeting_url)
    page.get_by_label("Action", exact=True).fill("Provide the burglary attendance figures.")
    page.get_by_label("Owner").fill("Force")
    page.get_by_label("Due date (optional)").fill("17/09/2025")
    page.get_by_label("Item").select_option(label="3. Delivery & Performance")
    page.get_by_role("button", name="Add the action").click()
    assert page.get_by_role("link", name="Provide the burglary attendance figures.").is_visible()

    # Each step posts and comes back to the page: the next looks at the page it came back to.
    for _ in range(3):  # agenda published, notes in draft, notes agreed
        with page.expect_navigation():
            page.locator("form", has=page.locator("input[value=advance]")).get_by_role(
                "button"
            ).click()
    assert page.get_by_text("Notes agreed").first.is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish the notes").click()
    assert page.locator(".govuk-tag", has_text="Published").is_visible()
    with page.expect_navigation():
        page.get_by_role("link", name="Every change, with who and when").click()
    assert axe_violations(page) == []
    assert "officer" in page.locator("table").inner_text()

    # The public.
    public = browser.new_context().new_page()
    public.goto(meeting_url.replace("/run/meetings/", "/meetings/"))
    body = public.locator("main").inner_text()
    assert "burglaries were attended" in body and "Nightjar" not in body
    assert axe_violations(public) == []
    with public.expect_download() as download:
        public.get_by_role("link", name="PDF").click()
    path = download.value.path()
    with open(path, "rb") as pdf:
        data = pdf.read()
    assert data.startswith(b"%PDF") and b"Nightjar" not in data
    public.goto(f"{site}/search/?q=covert")
    assert "briefed on the covert" not in public.locator("main").inner_text()
