"""The open data's pages in a real browser, checked with axe: the open data page, an email
alert asked for, confirmed and stopped with the keyboard alone, staff issuing and revoking an
API token, and the API's interactive docs (Swagger UI, third-party: only that they load)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail

from browser.conftest import axe_violations
from factories import make_user
from gold import SEEDS
from scrutiny.alerts.links import unsubscribe_path
from scrutiny.alerts.models import Subscription
from scrutiny.api.models import ApiToken
from scrutiny.ingestion.services import ingest

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct horse battery"


@pytest.fixture
def seeded(live_server: Any) -> str:
    """Both seed meetings stored, and a staff account; the server's address."""
    for path in sorted(SEEDS.glob("*.txt")):
        ingest(path.read_bytes(), path.name, origin=str(path))
    make_user("officer", staff=True)
    return str(live_server.url)


def focused(page: Any) -> str:
    return str(page.evaluate("() => document.activeElement.outerHTML"))


def tab_to(page: Any, selector: str, most: int = 60) -> None:
    """Press Tab until the element matching `selector` has the focus, as a keyboard user would."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_open_data_page(page: Any, seeded: str) -> None:
    page.goto(seeded)
    page.get_by_role("link", name="Open data").first.click()
    page.wait_for_url(f"{seeded}/open-data/")
    assert page.locator("h1").inner_text() == "Open data"
    board = page.locator("tbody tr", has_text="Performance & Delivery Board")
    assert board.count() == 1
    assert board.locator("a[href$='.rss']").count() >= 1
    assert axe_violations(page) == []


def test_an_alert_asked_for_confirmed_and_stopped_by_keyboard(
    page: Any, seeded: str, mailoutbox: list[Any]
) -> None:
    page.goto(f"{seeded}/alerts/")
    assert axe_violations(page) == []
    tab_to(page, "input[name=email]")
    page.keyboard.type("reader@example.org")
    page.keyboard.press("Tab")
    assert 'name="keyword"' in focused(page)
    page.keyboard.type("knife crime")
    page.keyboard.press("Tab")
    assert 'name="board"' in focused(page)
    page.keyboard.type("Performance")  # a focused select picks the option typed
    assert page.eval_on_selector("select[name=board]", "e => e.value") != ""
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{seeded}/alerts/check-your-email/")
    assert page.locator("h1").inner_text() == "Check your email"
    assert axe_violations(page) == []

    # The live server runs in this process, so its mail is in the test's outbox.
    assert mailoutbox is mail.outbox and len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["reader@example.org"]
    link = re.search(r"http\S+/alerts/confirm/\S+/", sent.body)
    assert link is not None, sent.body
    page.goto(link.group(0))
    assert page.locator("h1").inner_text() == "Confirm your alert"
    assert axe_violations(page) == []
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.locator("h1", has_text="Alert confirmed").wait_for()
    assert "knife crime" in page.locator(".govuk-panel").inner_text()
    assert axe_violations(page) == []
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is not None

    # Every digest carries the unsubscribe link; the alerts app makes it.
    page.goto(f"{seeded}{unsubscribe_path(subscription.pk)}")
    assert page.locator("h1").inner_text() == "Stop alerts"
    assert axe_violations(page) == []
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.locator("h1", has_text="Alerts stopped").wait_for()
    assert axe_violations(page) == []
    assert not Subscription.objects.exists()


def test_an_alert_form_with_errors_is_accessible(page: Any, seeded: str) -> None:
    page.goto(f"{seeded}/alerts/")
    page.get_by_role("button", name="Ask for alerts").click()
    page.locator(".govuk-error-summary").wait_for()
    assert page.title().startswith("Error: ")
    assert axe_violations(page) == []


def test_staff_issue_a_token_see_it_once_and_revoke_it(page: Any, seeded: str) -> None:
    page.goto(f"{seeded}/accounts/login/")
    page.get_by_label("Username").fill("officer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{seeded}/")
    page.goto(f"{seeded}/api/tokens/")
    assert page.locator("h1").inner_text() == "API tokens"
    assert axe_violations(page) == []

    page.get_by_label("Who it is for").select_option(label="officer")
    page.get_by_label("What it is for").fill("Kent OPCC minutes upload")
    page.get_by_role("button", name="Issue token").click()
    page.locator(".govuk-panel", has_text="Token issued").wait_for()
    shown = page.get_by_label("The new token").input_value()
    assert shown.startswith("scr_")
    assert axe_violations(page) == []
    token = ApiToken.objects.get()
    assert shown.startswith(token.prefix) and shown not in str(token.__dict__)

    # Shown once: the page again has only its prefix.
    page.goto(f"{seeded}/api/tokens/")
    assert page.get_by_label("The new token").count() == 0
    assert shown not in page.content()
    row = page.locator("tbody tr", has_text="Kent OPCC minutes upload")
    assert token.prefix in row.inner_text()

    row.get_by_role("button", name=re.compile("^Revoke")).click()
    page.locator(".govuk-notification-banner", has_text="is revoked").wait_for()
    assert "Revoked" in page.locator("tbody tr", has_text="Kent OPCC minutes upload").inner_text()
    assert axe_violations(page) == []
    token.refresh_from_db()
    assert not token.active


def test_the_api_docs_load(page: Any, seeded: str) -> None:
    """Swagger UI is django-ninja's, drawn by its own script: only that it loads and lists the
    API's paths is checked here, not axe (its markup is not this project's to fix)."""
    page.goto(f"{seeded}/api/v1/docs")
    page.locator(".swagger-ui .opblock").first.wait_for()
    assert page.locator(".swagger-ui").inner_text().count("/api/v1/meetings") >= 1
