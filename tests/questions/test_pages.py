"""The questions pages through the test client: commitments for staff to accept or dismiss, the
coverage of a board's priorities, and grades on the meeting page."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

import pytest
from django.test import Client

from pages import text_of
from scrutiny.actions.models import Action, ActionUpdate
from scrutiny.meetings.export import meeting_to_record
from scrutiny.questions.models import Commitment

pytestmark = pytest.mark.django_db


def _offer(history: Any) -> Commitment:
    return Commitment.objects.get(meeting=history.march_2019)


def _addresses(commitment: Commitment) -> list[tuple[str, str]]:
    return [
        ("get", "/commitments/"),
        ("get", f"/commitments/{commitment.pk}/accept/"),
        ("post", f"/commitments/{commitment.pk}/accept/"),
        ("post", f"/commitments/{commitment.pk}/dismiss/"),
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client: Client, follow_history: Any) -> None:
    for method, address in _addresses(_offer(follow_history)):
        response = getattr(client, method)(address)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={address}"
    assert _offer(follow_history).decision == Commitment.PENDING


def test_people_who_are_not_staff_are_refused(member_client: Client, follow_history: Any) -> None:
    for method, address in _addresses(_offer(follow_history)):
        assert getattr(member_client, method)(address).status_code == 403
    assert _offer(follow_history).decision == Commitment.PENDING


def test_staff_see_pending_commitments_by_board_and_meeting(
    staff_client: Client, follow_history: Any
) -> None:
    offer = _offer(follow_history)
    response = staff_client.get("/commitments/")
    page = text_of(response)
    assert "4 waiting for review" in page
    assert "Performance &amp; Delivery Board" in page
    # The latest meeting first: February 2025's deferrals, then March 2019's offer.
    assert page.index("19 February 2025") < page.index("20 March 2019")
    assert "she would provide a breakdown by division at the next meeting" in page
    html = response.content.decode()
    assert f'href="/meetings/{offer.meeting_id}/#point-{offer.point_id}"' in html
    assert f'action="/commitments/{offer.pk}/dismiss/"' in html
    assert f'href="/commitments/{offer.pk}/accept/"' in html


def test_the_accept_form_is_prefilled(staff_client: Client, follow_history: Any) -> None:
    offer = _offer(follow_history)
    response = staff_client.get(f"/commitments/{offer.pk}/accept/")
    html = response.content.decode()
    form = response.context["form"]
    assert form.initial["text"] == (
        "The CC said the volume of 101 calls had fallen to 30,500 in February, and she would "
        "provide a breakdown by division at the next meeting."
    )
    assert form.initial["owner"] == "Chief Constable"  # the CC's role at the meeting
    # The next meeting the March 2019 notes give: 19 June 2019.
    assert (form.initial["due_day"], form.initial["due_month"], form.initial["due_year"]) == (
        19,
        6,
        2019,
    )
    assert 'name="due_year" type="text" inputmode="numeric" value="2019"' in html


def test_accepting_makes_an_open_action_and_leaves_the_record_alone(
    staff_client: Client, follow_history: Any
) -> None:
    offer = _offer(follow_history)
    meeting = follow_history.march_2019
    record = meeting_to_record(meeting)
    response = staff_client.post(
        f"/commitments/{offer.pk}/accept/",
        {
            "text": "Provide a breakdown of 101 calls by division.",
            "owner": "Chief Constable",
            "due_day": "19",
            "due_month": "6",
            "due_year": "2019",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/commitments/"
    action = Action.objects.get(meeting=meeting, origin=Action.FROM_COMMITMENT)
    assert action.text == "Provide a breakdown of 101 calls by division."
    assert action.owner == "Chief Constable"
    assert action.due == Date(2019, 6, 19)
    assert action.status is None and action.state == Action.OPEN
    assert action.owner_organisation is not None
    assert action.owner_organisation.name == "Kent Police"
    assert action.item_number == "3" and action.item is not None
    assert action.position == meeting.actions.count() - 1  # after the last
    [update] = ActionUpdate.objects.filter(action=action)
    assert update.by is not None and update.by.username == "officer"
    assert update.state == Action.OPEN
    assert update.note == "Accepted from the discussion at item 3"
    offer.refresh_from_db()
    assert offer.decision == Commitment.ACCEPTED and offer.action == action
    assert offer.decided_by == update.by and offer.decided_at is not None
    assert meeting_to_record(meeting) == record
    listed = text_of(staff_client.get("/commitments/"))
    assert "3 waiting for review" in listed
    assert "Accepted as an action" in listed


def test_an_invalid_acceptance_is_explained_and_changes_nothing(
    staff_client: Client, follow_history: Any
) -> None:
    offer = _offer(follow_history)
    actions = Action.objects.count()
    response = staff_client.post(
        f"/commitments/{offer.pk}/accept/",
        {"text": " ", "owner": "CC", "due_day": "31", "due_month": "2", "due_year": "2019"},
    )
    assert response.status_code == 200
    page = text_of(response)
    assert "There is a problem" in page
    assert "Enter what the action is" in page
    assert "The due date must be a real date" in page
    assert 'href="#id_due_day"' in response.content.decode()
    response = staff_client.post(
        f"/commitments/{offer.pk}/accept/",
        {"text": "x", "owner": "CC", "due_day": "1", "due_month": "", "due_year": "2019"},
    )
    assert "The due date must include a day, month and year" in text_of(response)
    assert Action.objects.count() == actions
    assert _offer(follow_history).decision == Commitment.PENDING


def test_a_due_date_may_be_left_empty(staff_client: Client, follow_history: Any) -> None:
    offer = _offer(follow_history)
    staff_client.post(f"/commitments/{offer.pk}/accept/", {"text": "Breakdown", "owner": "CC"})
    action = Action.objects.get(origin=Action.FROM_COMMITMENT)
    assert action.due is None and action.owner == "CC"


def test_dismissing_records_who_and_when(staff_client: Client, follow_history: Any) -> None:
    offer = _offer(follow_history)
    assert staff_client.get(f"/commitments/{offer.pk}/dismiss/").status_code == 405
    response = staff_client.post(f"/commitments/{offer.pk}/dismiss/")
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.decision == Commitment.DISMISSED
    assert offer.decided_by is not None and offer.decided_by.username == "officer"
    assert offer.decided_at is not None and offer.action is None
    assert not Action.objects.filter(origin=Action.FROM_COMMITMENT).exists()


def test_a_commitment_is_decided_once(staff_client: Client, follow_history: Any) -> None:
    offer = _offer(follow_history)
    staff_client.post(f"/commitments/{offer.pk}/dismiss/")
    decided_at = Commitment.objects.get(pk=offer.pk).decided_at
    for response in (
        staff_client.post(f"/commitments/{offer.pk}/dismiss/"),
        staff_client.get(f"/commitments/{offer.pk}/accept/"),
        staff_client.post(f"/commitments/{offer.pk}/accept/", {"text": "x", "owner": "CC"}),
    ):
        assert response.status_code == 302
    assert Commitment.objects.get(pk=offer.pk).decided_at == decided_at
    assert not Action.objects.filter(origin=Action.FROM_COMMITMENT).exists()
    assert staff_client.get("/commitments/999999/accept/").status_code == 404


def test_the_meeting_page_shows_grades_topics_and_pending_commitments(
    client: Client, staff_client: Client, follow_history: Any
) -> None:
    offer = _offer(follow_history)
    response = client.get(f"/meetings/{follow_history.march_2019.pk}/")
    page = text_of(response)
    assert page.count("Deferred") == 2
    assert "Topics: Calls and contact." in page
    assert "Topics: Sickness and wellbeing." in page
    assert "Possible action" in page
    assert "An offer the action log does not hold, waiting for review." in page
    assert "/commitments/" not in response.content.decode()  # a link for staff only
    staff_page = staff_client.get(f"/meetings/{follow_history.march_2019.pk}/")
    assert f'href="/commitments/{offer.pk}/accept/"' in staff_page.content.decode()
    february = text_of(client.get(f"/meetings/{follow_history.december_2018.pk}/"))
    assert february.count("Partly answered") == 1
    assert february.count("No reply recorded") == 1


def test_coverage_counts_questions_by_priority_and_meeting(
    client: Client, follow_history: Any
) -> None:
    response = client.get(f"/boards/{follow_history.board.slug}/coverage/")
    coverage = response.context["coverage"]
    assert [m.date.isoformat() for m in coverage.meetings] == [
        "2018-12-12",
        "2019-03-20",
        "2025-02-19",
        "2025-05-28",
    ]
    assert coverage.questions == 45
    rows = {r.priority.name: (r.cells, r.total) for r in coverage.priorities}
    assert rows["Putting Victims First"] == ([4, 1, None, None], 5)
    assert rows["People"] == ([5, 1, None, None], 6)
    assert rows["Tackle violence against women and girls (VAWG)"] == ([None, None, 1, 1], 2)
    assert rows["Attendance and wellbeing"] == ([None, None, 0, 1], 1)
    assert rows["Internal and External Audit Functions"] == ([None, None, 0, None], 0)
    topics = {r.topic.slug: (r.cells, r.total) for r in coverage.topics}
    assert topics["contact"] == ([4, 1, 0, 0], 5)
    assert topics["sickness"] == ([1, 1, 1, 1], 4)
    page = text_of(response)
    assert "45 questions in 4 meetings" in page
    assert "Putting Victims First 4 1 – Not on the agenda – Not on the agenda 5" in page
    assert "Internal and External Audit Functions – Not on the agenda – Not on the agenda 0" in page
    html = response.content.decode()
    assert '<caption class="govuk-table__caption govuk-table__caption--m"' in html
    assert '<th scope="row" class="govuk-table__header">People</th>' in html


def test_coverage_lists_the_priorities_not_examined(client: Client, follow_history: Any) -> None:
    response = client.get(f"/boards/{follow_history.board.slug}/coverage/?last=2")
    coverage = response.context["coverage"]
    assert [m.date.isoformat() for m in coverage.meetings] == ["2025-02-19", "2025-05-28"]
    unexamined = {u.priority.name: u for u in coverage.unexamined}
    victims = unexamined["Putting Victims First"]
    assert victims.last_on_agenda == victims.last_questioned == Date(2019, 3, 20)
    audit = unexamined["Internal and External Audit Functions"]
    assert audit.last_on_agenda == Date(2025, 2, 19) and not audit.questioned
    assert "Tackle violence against women and girls (VAWG)" not in unexamined
    page = text_of(response)
    assert "Priorities not examined in the last 2 meetings" in page
    assert "Internal and External Audit Functions 19 February 2025 Never" in page
    assert "Putting Victims First 20 March 2019 20 March 2019" in page


@pytest.mark.parametrize(
    ("last", "message"),
    [
        ("0", "Number of meetings must be 1 or more"),
        ("51", "Number of meetings must be 50 or fewer"),
        ("six", "Number of meetings must be a whole number, like 6"),
    ],
)
def test_coverage_checks_the_number_of_meetings(
    client: Client, follow_history: Any, last: str, message: str
) -> None:
    response = client.get(f"/boards/{follow_history.board.slug}/coverage/?last={last}")
    assert response.status_code == 200
    page = text_of(response)
    assert "There is a problem" in page and message in page
    assert response.context["last"] == 6  # the default, shown meanwhile


def test_coverage_of_an_unknown_board_is_not_found(client: Client, db: None) -> None:
    assert client.get("/boards/no-such-board/coverage/").status_code == 404


def test_the_board_page_links_to_its_coverage(client: Client, follow_history: Any) -> None:
    slug = follow_history.board.slug
    html = client.get(f"/boards/{slug}/").content.decode()
    assert f'href="/boards/{slug}/coverage/"' in html
