"""Actions by owner: owners grouped as the notes write them, their counts, and each one's page."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.test import Client

from factories import make_record, store_record
from pages import text_of
from scrutiny.actions.models import Action as ActionRow
from scrutiny.record import Action
from scrutiny.web.register.owners import owner_slug

DPR = "Provide an update on the DPR review."


@pytest.mark.parametrize(
    ("owner", "slug"),
    [
        ("Chief Constable", "chief-constable"),
        ("The Chief Constable", "chief-constable"),
        ("the chief constable", "chief-constable"),
        ("  CHIEF CONSTABLE.", "chief-constable"),
        ("Theresa Lane", "theresa-lane"),  # "the" is a word, not the start of one
        ("Head of the Force Control Room", "head-of-the-force-control-room"),
        ("KM/GM", "km-gm"),
        ("KM / GM", "km-gm"),
        ("DCC Smith", "dcc-smith"),
        ("ACC O’Neill", "acc-oneill"),
        ("ACC O'Neill", "acc-oneill"),
        ("Chief Constable's Office", "chief-constables-office"),
        ("Chloé Durand (OPCC)", "chloe-durand-opcc"),
        ("CFO & CE", "cfo-ce"),
        ("Action 3/24 – Force", "action-3-24-force"),
        ("The", "the"),
        ("—", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_an_owner_is_known_by_its_words_without_case_or_a_leading_the(
    owner: str | None, slug: str
) -> None:
    assert owner_slug(owner) == slug


def log(*actions: Action, board: str = "Performance & Delivery Board", date: str) -> None:
    store_record(make_record(board=board, date=date, actions=list(actions)))


@pytest.fixture
def owned(db: None) -> None:
    """Owners written three ways for one, and others; today is 1 March 2025."""
    log(
        Action("Report on 101 call waiting times.", "The Chief Constable", "2025-02-01", "open"),
        Action("Brief the panel on knife crime.", "Chief Constable", "2025-06-30", "open"),
        Action("Publish the stop and search data.", "chief constable", "2025-01-31", "closed"),
        Action("Review the estates plan.", "CFO", "2025-04-30", "open"),
        Action("Share the HMICFRS report.", None, None, None),
        date="2025-02-19",
    )
    log(
        Action("Report on the custody review.", "Chief Constable", "2025-05-01", "open"),
        board="Accountability Board",
        date="2025-01-15",
    )


def owner_rows(response: object) -> list[list[str]]:
    html = response.content.decode()  # type: ignore[attr-defined]
    body = html[html.index('<tbody class="govuk-table__body">') :]
    found = re.findall(r'<tr class="govuk-table__row">(.*?)</tr>', body, re.S)
    return [
        [
            unescape(re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        for row in found
    ]


@pytest.mark.usefixtures("owned")
def test_the_owners_page_counts_each_owners_open_overdue_and_closed_actions(
    client: Client,
) -> None:
    response = client.get("/actions/owners/")
    assert response.status_code == 200
    assert owner_rows(response) == [
        ["CFO", "1", "0", "0"],
        ["Chief Constable", "3", "1", "1"],  # two boards; written three ways
    ]
    html = response.content.decode()
    assert 'href="/actions/owners/chief-constable/">Chief Constable</a>' in html
    assert "1 action names no owner." in text_of(response)


@pytest.mark.usefixtures("owned")
def test_an_owners_counts_follow_where_actions_stand_now(client: Client) -> None:
    ActionRow.objects.filter(text="Report on 101 call waiting times.").update(
        state=ActionRow.CLOSED
    )
    assert owner_rows(client.get("/actions/owners/"))[1] == ["Chief Constable", "2", "0", "2"]


def test_only_current_meetings_count(client: Client, db: None) -> None:
    log(Action("Report on ASB.", "DCC", "2025-05-01", "open"), date="2025-02-19")
    log(Action("Report on ASB hotspots.", "DCC", "2025-05-01", "open"), date="2025-02-19")
    assert owner_rows(client.get("/actions/owners/")) == [["DCC", "1", "0", "0"]]


@pytest.mark.usefixtures("owned")
def test_an_owners_page_lists_their_actions_however_the_notes_write_them(
    client: Client,
) -> None:
    response = client.get("/actions/owners/chief-constable/")
    assert response.status_code == 200
    text = unescape(text_of(response))
    assert "Chief Constable" in response.content.decode().split("<h1")[1][:80]
    assert "3 open, of which 1 overdue; 1 closed." in text
    assert "“Chief Constable”, “The Chief Constable” and “chief constable”" in text
    listed = unescape(text_of(response))
    for action in ("Report on 101", "Brief the panel", "Publish the stop", "custody review"):
        assert action in listed
    assert "estates plan" not in listed and "HMICFRS" not in listed
    assert 'name="owner"' not in response.content.decode()  # the page is the owner filter


@pytest.mark.usefixtures("owned")
def test_an_owners_page_has_the_registers_views_and_filters(client: Client) -> None:
    overdue = text_of(client.get("/actions/owners/chief-constable/?view=overdue"))
    assert "1 action " in overdue and "Report on 101" in overdue
    board = text_of(client.get("/actions/owners/chief-constable/?board=accountability-board"))
    assert "1 action " in board and "custody review" in board
    html = client.get("/actions/owners/chief-constable/?status=closed").content.decode()
    assert 'href="?status=closed&amp;view=overdue"' in html
    assert 'action="/actions/owners/chief-constable/"' in html


@pytest.mark.usefixtures("owned")
def test_an_owners_page_reports_a_filter_that_makes_no_sense(client: Client) -> None:
    response = client.get("/actions/owners/cfo/?due_before=soon")
    assert response.status_code == 200
    assert "<title>Error: CFO: actions" in response.content.decode()
    assert "Due before must be a date" in text_of(response)


@pytest.mark.usefixtures("owned")
@pytest.mark.parametrize("slug", ["nobody", "Chief-Constable", "the-chief-constable"])
def test_an_owner_no_action_names_is_not_found(client: Client, slug: str) -> None:
    assert client.get(f"/actions/owners/{slug}/").status_code == 404
