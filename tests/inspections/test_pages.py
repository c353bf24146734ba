"""The register's pages through Django's test client: what they show, who may change what,
and how forms refuse what they cannot take."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from conftest import FollowHistory
from factories import make_record, store_record
from scrutiny.inspections.models import Finding, FindingChange, Inspection

pytestmark = pytest.mark.django_db

KENT = "/inspections/kent-police/"


def _peel() -> Inspection:
    return Inspection.objects.get(key="2023/25 peel")


def _text(html: bytes) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html.decode()).split())


def test_the_index_lists_forces_with_their_reports(
    client: Client, follow_history: FollowHistory
) -> None:
    response = client.get("/inspections/")
    assert response.status_code == 200
    text = _text(response.content)
    assert "Kent Police" in text
    assert "PEEL 2023/25 - An inspection of Kent Police" in text
    assert "9 of 14 AFIs met" in text
    assert f'href="{KENT}"' in response.content.decode()


def test_the_force_page_gives_the_latest_tally_and_the_history(
    client: Client, follow_history: FollowHistory
) -> None:
    response = client.get(KENT)
    assert response.status_code == 200
    text = _text(response.content)
    assert "9 of 14 AFIs met , as reported on 28 May 2025" in text
    assert "5 of 14 AFIs met" in text
    assert "3 of 4 ‘Responding to the Public’ AFIs closed" in text
    assert "1 of 8 recommendations met" in text
    assert "HMICFRS Crime Data Integrity (CDI) re-inspection" in text
    may = _peel().tallies.get(meeting=follow_history.may_2025)
    assert f'/meetings/{may.meeting_id}/#point-{may.point_id}"' in response.content.decode()
    assert "Protecting Vulnerable People" in text
    assert "Add a finding" not in text  # for staff only


def test_reports_are_newest_discussed_first(client: Client, follow_history: FollowHistory) -> None:
    text = _text(client.get(KENT).content)
    assert text.index("PEEL 2023/25") < text.index("Crime Data Integrity")


def test_an_unknown_force_is_not_found(client: Client, follow_history: FollowHistory) -> None:
    assert client.get("/inspections/essex-police/").status_code == 404
    assert client.get(f"{KENT}findings/999999/").status_code == 404


def test_reports_whose_force_is_not_known_have_a_page(client: Client) -> None:
    record = make_record(attendees=[], apologies=[], organisation=None)
    record.items[1].sections[0].points[
        0
    ].text = "The HMICFRS vetting inspection found three causes of concern."
    store_record(record)
    assert Inspection.objects.get().force is None
    response = client.get("/inspections/force-not-identified/")
    assert response.status_code == 200
    assert "HMICFRS vetting inspection" in _text(response.content)


@pytest.mark.parametrize("address", ["findings/add/", "findings/{pk}/update/"])
def test_anonymous_people_are_sent_to_sign_in(
    client: Client, follow_history: FollowHistory, address: str
) -> None:
    pk = Finding.objects.first().pk  # type: ignore[union-attr]
    url = KENT + address.format(pk=pk)
    for response in (client.get(url), client.post(url, {"status": "closed"})):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    assert not FindingChange.objects.exists()


@pytest.mark.parametrize("address", ["findings/add/", "findings/{pk}/update/"])
def test_signed_in_people_who_are_not_staff_are_refused(
    member_client: Client, follow_history: FollowHistory, address: str
) -> None:
    pk = Finding.objects.first().pk  # type: ignore[union-attr]
    url = KENT + address.format(pk=pk)
    assert member_client.get(url).status_code == 403
    assert member_client.post(url, {"status": "closed", "evidence": "x"}).status_code == 403
    assert not FindingChange.objects.exists()


def test_staff_add_a_finding(staff_client: Client, follow_history: FollowHistory) -> None:
    peel = _peel()
    response = staff_client.post(
        f"{KENT}findings/add/",
        {
            "inspection": peel.pk,
            "kind": "afi",
            "text": "Fraud capability",
            "status": "open",
            "evidence": "",
        },
    )
    finding = Finding.objects.get(text="Fraud capability")
    assert response.status_code == 302
    assert response["Location"] == f"{KENT}findings/{finding.pk}/"
    assert (finding.inspection, finding.origin, finding.status) == (peel, "hand", "open")
    assert finding.added_by is not None and finding.added_by.username == "officer"
    change = finding.changes.get()
    assert (change.by.username, change.what) == ("officer", "Added, status: open")
    page = staff_client.get(response["Location"])
    assert "Finding added" in _text(page.content)
    assert "officer" in _text(page.content)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "afi", "text": "X"}, "Choose the report"),
        ({"inspection": "999", "kind": "afi", "text": "X"}, "Choose a report from the list"),
        ({"inspection": "{peel}", "text": "X"}, "Choose the kind of finding"),
        ({"inspection": "{peel}", "kind": "afi", "text": " "}, "Enter the finding"),
        (
            {"inspection": "{peel}", "kind": "afi", "text": "X", "status": "gone"},
            "Choose a status from the list",
        ),
        (
            {"inspection": "{peel}", "kind": "afi", "text": "X", "status": "closed"},
            "Enter the evidence for closure, or choose a status that is not closed",
        ),
        (
            {"inspection": "{peel}", "kind": "afi", "text": "protecting vulnerable people"},
            "This finding is already in the register for that report",
        ),
        (
            {"inspection": "{peel}", "kind": "afi", "text": "x" * 1001},
            "The finding must be 1000 characters or fewer",
        ),
    ],
)
def test_adding_refuses_what_it_cannot_take(
    staff_client: Client, follow_history: FollowHistory, data: dict[str, str], message: str
) -> None:
    data = {k: v.format(peel=_peel().pk) for k, v in data.items()}
    before = Finding.objects.count()
    response = staff_client.post(f"{KENT}findings/add/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and message in html
    assert "<title>Error: " in html
    assert Finding.objects.count() == before


def test_staff_update_a_finding_and_see_its_history(
    staff_client: Client, follow_history: FollowHistory
) -> None:
    finding = Finding.objects.get(text="Protecting Vulnerable People")
    url = f"{KENT}findings/{finding.pk}/update/"
    form = staff_client.get(url)
    assert 'value="in progress" selected' in form.content.decode()
    response = staff_client.post(
        url, {"status": "closed", "evidence": "Audit of protective orders, June 2025"}
    )
    assert response.status_code == 302
    finding.refresh_from_db()
    assert (finding.status, finding.evidence) == ("closed", "Audit of protective orders, June 2025")
    page = _text(staff_client.get(f"{KENT}findings/{finding.pk}/").content)
    assert "Finding updated" in page
    assert "Reported in progress" in page  # the February notes
    assert "Status: in progress → closed; evidence for closure changed" in page
    assert page.index("Reported in progress") < page.index("Status: in progress → closed")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"status": "in progress", "evidence": ""},
            "Change the status or the evidence for closure",
        ),
        ({"status": "met", "evidence": " "}, "Enter the evidence for closure"),
        ({"status": "nonsense"}, "Choose a status from the list"),
        ({"status": "open", "evidence": "x" * 5001}, "Evidence must be 5000 characters or fewer"),
    ],
)
def test_updating_refuses_what_it_cannot_take(
    staff_client: Client, follow_history: FollowHistory, data: dict[str, str], message: str
) -> None:
    finding = Finding.objects.get(text="Protecting Vulnerable People")
    response = staff_client.post(f"{KENT}findings/{finding.pk}/update/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not FindingChange.objects.exists()


def test_changing_needs_the_csrf_token(follow_history: FollowHistory) -> None:
    from factories import make_user

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("officer", staff=True))
    finding = Finding.objects.get(text="Protecting Vulnerable People")
    response = client.post(
        f"{KENT}findings/{finding.pk}/update/", {"status": "closed", "evidence": "x"}
    )
    assert response.status_code == 403
    assert not FindingChange.objects.exists()
