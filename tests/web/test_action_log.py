"""The action page and the review list through the test client: who sees the form, who may
post, what is validated, and what the history then says."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

import pytest
from django.test import Client

from factories import make_user
from pages import text_of
from scrutiny.accounts.models import Membership
from scrutiny.actions.models import Action, ActionUpdate, ClosureCandidate
from scrutiny.meetings.models import Organisation

pytestmark = pytest.mark.django_db

NOTE_NEEDED = "Enter a note, or change the state or the due date, to update the action"


def _action(words: str) -> Action:
    return Action.objects.get(meeting__is_current=True, text__icontains=words)


def _path(action: Action) -> str:
    return f"/actions/{action.pk}/"


def _signed_in(username: str, organisation: str | None = None) -> Client:
    user = make_user(username, staff=False)
    if organisation:
        Membership.objects.create(
            user=user,
            role=Membership.LIAISON,
            organisation=Organisation.objects.get_or_create(name=organisation)[0],
        )
    client = Client()
    client.force_login(user)
    return client


def test_anyone_reads_an_action_closed_by_a_later_meeting(
    client: Client, follow_history: Any
) -> None:
    turnover = _action("turnover")
    response = client.get(_path(turnover))
    assert response.status_code == 200
    text = text_of(response)
    assert "comparative data on officer, staff and PCSO turnover." in text
    assert "Closed: discharged at Performance &amp; Delivery Board, 20 March 2019" in text
    assert "“paper circulated to members”" in text
    assert "Notes of Performance &amp; Delivery Board, 20 March 2019" in text  # its history
    assert f'href="/meetings/{follow_history.march_2019.pk}/"' in response.content.decode()
    assert "Update this action" not in text


def test_an_open_action_past_its_date_says_overdue(client: Client, follow_history: Any) -> None:
    text = text_of(client.get(_path(_action("assaulted"))))
    assert "Overdue" in text and "Open, and past its due date" in text
    assert "No changes since the notes logged it." in text


@pytest.mark.parametrize("who", ["member", "other-liaison"])
def test_others_see_no_form_and_may_not_post(who: str, follow_history: Any) -> None:
    client = _signed_in(who, "Office of the Kent Police and Crime Commissioner")
    if who == "member":
        client = _signed_in("plain")
    dpr = _action("DPR")
    assert "Update this action" not in text_of(client.get(_path(dpr)))
    response = client.post(_path(dpr), {"state": "closed", "note": "Done"})
    assert response.status_code == 403
    assert not ActionUpdate.objects.filter(action=dpr).exists()


def test_anonymous_posts_are_sent_to_sign_in(client: Client, follow_history: Any) -> None:
    dpr = _action("DPR")
    response = client.post(_path(dpr), {"state": "closed", "note": "Done"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert _action("DPR").state == Action.OPEN


def test_the_forces_liaison_updates_its_action(follow_history: Any) -> None:
    client = _signed_in("kent", "Kent Police")
    dpr = _action("DPR")
    assert "Update this action" in text_of(client.get(_path(dpr)))
    response = client.post(
        _path(dpr),
        {"state": "open", "due_day": "1", "due_month": "12", "due_year": "2025", "note": "Delayed"},
    )
    assert response.status_code == 302 and response["Location"] == _path(dpr)
    dpr.refresh_from_db()
    assert dpr.revised_due == Date(2025, 12, 1)
    page = text_of(client.get(_path(dpr)))
    assert "The action was updated" in page
    assert "kent" in page and "Due date changed to 1 December 2025" in page and "“Delayed”" in page


def test_staff_close_an_action_with_a_note(staff_client: Client, follow_history: Any) -> None:
    dpr = _action("DPR")
    response = staff_client.post(_path(dpr), {"state": "closed", "note": "Findings presented"})
    assert response.status_code == 302
    dpr.refresh_from_db()
    assert (dpr.state, dpr.closing_note, dpr.closed_by) == ("closed", "Findings presented", None)
    (update,) = dpr.updates.all()
    assert update.by is not None and update.by.username == "officer"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"state": "open"}, NOTE_NEEDED),
        ({"state": "open", "due_day": "16", "due_month": "9", "due_year": "2025"}, NOTE_NEEDED),
        ({"note": "x"}, "Select whether the action is open or closed"),
        ({"state": "maybe", "note": "x"}, "Select whether the action is open or closed"),
        (
            {"state": "open", "due_day": "1", "due_month": "12"},
            "The new due date must include a day, month and year",
        ),
        (
            {"state": "open", "due_day": "31", "due_month": "2", "due_year": "2026"},
            "The new due date must be a real date",
        ),
        (
            {"state": "open", "due_day": "x", "due_month": "2", "due_year": "2026"},
            "The new due date’s day must be a real day",
        ),
        ({"state": "open", "note": "n" * 2001}, "The note must be 2,000 characters or fewer"),
    ],
)
def test_an_update_is_checked_on_the_server(
    staff_client: Client, follow_history: Any, data: dict[str, str], message: str
) -> None:
    dpr = _action("DPR")
    response = staff_client.post(_path(dpr), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and html.count(message) == 2  # summary and field
    assert "<title>Error: " in html
    assert not ActionUpdate.objects.filter(by__isnull=False).exists()


def test_the_review_list_is_for_staff_only(client: Client, follow_history: Any) -> None:
    response = client.get("/actions/review/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    member = _signed_in("member")
    assert member.get("/actions/review/").status_code == 403
    candidate = ClosureCandidate.objects.get(decision=ClosureCandidate.PENDING)
    posted = member.post("/actions/review/", {"candidate": candidate.pk, "decision": "confirm"})
    assert posted.status_code == 403
    assert _signed_in("kent", "Kent Police").get("/actions/review/").status_code == 403


def test_staff_confirm_a_proposed_closure(staff_client: Client, follow_history: Any) -> None:
    page = text_of(staff_client.get("/actions/review/"))
    assert "“Data on officers assaulted on duty compared with other forces”" in page
    assert "included in the People paper" in page
    assert "comparative data on officers assaulted whilst on duty." in page
    assert "Close (" in page  # the score in words
    candidate = ClosureCandidate.objects.get(decision=ClosureCandidate.PENDING)
    response = staff_client.post(
        "/actions/review/", {"candidate": candidate.pk, "decision": "confirm"}
    )
    assert response.status_code == 302 and response["Location"] == "/actions/review/"
    after = text_of(staff_client.get("/actions/review/"))
    assert "Closed: comparative data on officers assaulted whilst on duty." in after
    assert "There are no closures waiting for review." in after
    assaults = _action("assaulted")
    assert assaults.state == "closed" and assaults.closed_by == follow_history.march_2019
    history = text_of(staff_client.get(_path(assaults)))
    assert "officer, confirming the notes of Performance &amp; Delivery Board, 20 March 2019" in (
        history
    )


def test_staff_reject_a_proposed_closure_and_a_second_decision_changes_nothing(
    staff_client: Client, follow_history: Any
) -> None:
    candidate = ClosureCandidate.objects.get(decision=ClosureCandidate.PENDING)
    data = {"candidate": candidate.pk, "decision": "reject"}
    staff_client.post("/actions/review/", data)
    assert _action("assaulted").state == "open"
    again = staff_client.post("/actions/review/", {**data, "decision": "confirm"}, follow=True)
    assert "That closure was already decided, or is no longer proposed" in text_of(again)
    assert _action("assaulted").state == "open"
    assert staff_client.post("/actions/review/", {"candidate": "x"}).status_code == 302


def test_the_meeting_page_links_each_action_and_says_where_it_stands(
    client: Client, follow_history: Any
) -> None:
    response = client.get(f"/meetings/{follow_history.december_2018.pk}/")
    html = response.content.decode()
    turnover, assaults = _action("turnover"), _action("assaulted")
    assert f'href="{_path(turnover)}"' in html and f'href="{_path(assaults)}"' in html
    text = text_of(response)
    assert "Discharged at Performance &amp; Delivery Board, 20 March 2019" in text
    assert "Status now" in text
