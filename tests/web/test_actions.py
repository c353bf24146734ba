"""The action register: each filter, each sort, pages of 25, and overdue actions marked, all by
where each action stands now (its state and the date it is due now), not what the notes said."""

from __future__ import annotations

import re
from datetime import date as Date
from html import unescape

import pytest
from django.test import Client

from conftest import BoardHistory
from factories import make_record, store_record
from pages import text_of
from scrutiny.actions.models import Action as ActionRow
from scrutiny.meetings.models import Meeting
from scrutiny.record import Action
from scrutiny.web import clock

pytestmark = pytest.mark.django_db

DPR = "Provide an update on the DPR review."
SLIDES = "Circulate the slides."


def rows(response: object) -> list[str]:
    """The register's rows, each as its text."""
    html = response.content.decode()  # type: ignore[attr-defined]
    body = html[html.index('<tbody class="govuk-table__body">') :] if "<tbody" in html else ""
    found = re.findall(r"<tr class=\"govuk-table__row[^\"]*\">(.*?)</tr>", body, re.S)
    return [unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row))).strip() for row in found]


def log(*actions: Action, board: str = "Performance & Delivery Board", date: str) -> None:
    store_record(make_record(board=board, date=date, actions=list(actions)))


@pytest.fixture
def register(db: None) -> None:
    """Two boards; open, closed, undated and unstated actions; owners that differ."""
    log(
        Action("Review the estates plan.", "CFO", "2025-04-30", "open"),
        Action("Publish the precept.", "CE", "2025-01-31", "closed"),
        Action("Share the HMICFRS report.", None, None, None),
        date="2025-02-19",
    )
    log(
        Action("Report on 101 call waiting times.", "Chief Constable", "2025-02-01", "open"),
        Action("Brief the panel on knife crime.", "ACC Smith", "2025-06-30", "open"),
        board="Accountability Board",
        date="2025-01-15",
    )


def test_every_action_of_current_meetings_is_listed(
    client: Client, board_history: BoardHistory
) -> None:
    response = client.get("/actions/")
    assert response.status_code == 200
    listed = rows(response)
    # December and the current February version; the superseded February version adds nothing.
    assert len(listed) == 4
    assert sum(DPR in row for row in listed) == 2
    assert "4 actions" in text_of(response)


def test_open_actions_show_the_dpr_review_due_16_september_2025(
    client: Client, board_history: BoardHistory
) -> None:
    listed = rows(client.get("/actions/?status=open"))
    dpr = [row for row in listed if DPR in row]
    assert len(dpr) == 2  # December's and February's logs
    assert all("16 September 2025" in row and "Open" in row for row in dpr)


def test_each_action_links_to_its_own_page_and_to_the_notes_it_is_in(
    client: Client, board_history: BoardHistory
) -> None:
    html = client.get("/actions/").content.decode()
    for action in ActionRow.objects.filter(meeting=board_history.february):
        assert f'href="/actions/{action.pk}/">{action.text}</a>' in html
        assert f'href="/meetings/{board_history.february.pk}/#action-{action.pk}"' in html
    superseded = ActionRow.objects.filter(meeting=board_history.february_first)
    assert superseded and all(f"/actions/{a.pk}/" not in html for a in superseded)


@pytest.mark.usefixtures("register")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("board=accountability-board", {"Report on 101", "Brief the panel"}),
        ("owner=chief", {"Report on 101"}),
        ("owner=cfo", {"Review the estates plan"}),
        # An action whose status the notes do not state is open until something closes it.
        (
            "status=open",
            {"Review the estates plan", "Report on 101", "Brief the panel", "Share the HMICFRS"},
        ),
        ("status=closed", {"Publish the precept"}),
        ("status=overdue", {"Report on 101"}),  # open, due before 1 March 2025
        ("due_after=2025-04-30", {"Review the estates plan", "Brief the panel"}),
        ("due_before=2025-02-01", {"Publish the precept", "Report on 101"}),
        ("due_after=2025-02-01&due_before=2025-05-01", {"Report on 101", "Review the estates"}),
        (
            "board=performance-delivery-board&status=open",
            {"Review the estates plan", "Share the HMICFRS"},
        ),
    ],
)
def test_each_filter(client: Client, query: str, expected: set[str]) -> None:
    listed = rows(client.get(f"/actions/?{query}"))
    assert len(listed) == len(expected)
    for start in expected:
        assert any(start in row for row in listed), start


@pytest.mark.usefixtures("register")
@pytest.mark.parametrize(
    ("sort", "first", "last"),
    [
        ("", "Publish the precept", "Share the HMICFRS report"),  # due, undated last
        ("due", "Publish the precept", "Share the HMICFRS report"),
        ("-due", "Brief the panel", "Share the HMICFRS report"),
        ("board", "Report on 101", "Share the HMICFRS report"),  # Accountability Board first
        ("status", "Report on 101", "Publish the precept"),  # overdue, open, closed
    ],
)
def test_each_sort(client: Client, sort: str, first: str, last: str) -> None:
    listed = rows(client.get(f"/actions/?sort={sort}"))
    assert listed[0].startswith(first)
    assert listed[-1].startswith(last)


@pytest.mark.usefixtures("register")
def test_sorting_by_status_puts_overdue_then_open_then_closed(client: Client) -> None:
    statuses = [row.split()[-1] for row in rows(client.get("/actions/?sort=status"))]
    assert statuses == ["Overdue", "Open", "Open", "Open", "Closed"]


@pytest.mark.usefixtures("register")
def test_overdue_actions_are_highlighted_in_words_and_colour(client: Client) -> None:
    html = client.get("/actions/").content.decode()
    overdue_rows = re.findall(
        r'<tr class="govuk-table__row scrutiny-overdue">(.*?)</tr>', html, re.S
    )
    assert len(overdue_rows) == 1
    assert "Report on 101" in overdue_rows[0] and 'govuk-tag--red">Overdue' in overdue_rows[0]


def test_an_action_becomes_overdue_the_day_after_it_is_due(
    client: Client, board_history: BoardHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: Date(2025, 9, 16))
    assert rows(client.get("/actions/?status=overdue")) == []
    monkeypatch.setattr(clock, "today", lambda: Date(2025, 9, 17))
    assert len(rows(client.get("/actions/?status=overdue"))) == 2


@pytest.mark.usefixtures("register")
@pytest.mark.parametrize(
    ("query", "message", "remaining"),
    [
        ("due_before=soon", "Due before must be a date, like 2025-09-30", 1),
        ("due_after=2025-13-01", "Due after must be a date, like 2025-09-16", 1),
        ("status=pending", "Choose a status from the list", 1),
        ("status=unknown", "Choose a status from the list", 1),
        ("board=nowhere", "Choose a board from the list", 1),
        ("sort=owner", "Choose an order from the list", 1),
        # The range is refused by dropping its end; its start still applies.
        ("due_after=2025-06-01&due_before=2025-01-01", "Due before must be on or after", 0),
    ],
)
def test_a_filter_that_makes_no_sense_is_reported_and_the_rest_still_apply(
    client: Client, query: str, message: str, remaining: int
) -> None:
    response = client.get(f"/actions/?{query}&owner=cfo")
    assert response.status_code == 200
    text = text_of(response)
    assert "There is a problem" in text and message in text
    assert "<title>Error: Action register" in response.content.decode()
    assert len(rows(response)) == remaining  # owner=cfo still filters


def test_dates_can_be_written_the_british_way(client: Client, register: None) -> None:
    listed = rows(client.get("/actions/?due_after=30/04/2025"))
    assert len(listed) == 2


def test_pages_of_25_keep_the_filters(client: Client) -> None:
    many = [
        Action(f"Action number {n:02}.", "Force", f"2025-03-{n % 28 + 1:02}", "open")
        for n in range(30)
    ]
    log(*many, date="2025-02-19")
    first = client.get("/actions/?status=open&owner=force")
    assert len(rows(first)) == 25
    html = first.content.decode()
    assert "30 actions, showing 1 to 25" in text_of(first)
    assert 'href="?status=open&amp;owner=force&amp;page=2" rel="next"' in html
    second = client.get("/actions/?status=open&owner=force&page=2")
    assert len(rows(second)) == 5
    assert 'href="?status=open&amp;owner=force&amp;page=1" rel="prev"' in second.content.decode()
    assert "(page 2 of 2)" in second.content.decode()
    seen = {row for row in rows(first)} | {row for row in rows(second)}
    assert len(seen) == 30  # every action once, none twice across the page boundary


def test_a_page_out_of_range_shows_the_last(client: Client) -> None:
    log(*[Action(f"A{n}.", None, None, "open") for n in range(26)], date="2025-02-19")
    assert len(rows(client.get("/actions/?page=99"))) == 1
    assert len(rows(client.get("/actions/?page=nope"))) == 25


def test_an_empty_register_says_so(client: Client) -> None:
    assert "No actions match these filters." in text_of(client.get("/actions/?status=closed"))


def stored(text: str) -> ActionRow:
    return ActionRow.objects.get(text=text, meeting__is_current=True)


@pytest.mark.usefixtures("register")
def test_an_action_a_later_meeting_closed_is_closed_whatever_its_notes_said(
    client: Client,
) -> None:
    later = Meeting.objects.get(date="2025-02-19")
    ActionRow.objects.filter(text="Report on 101 call waiting times.").update(
        state=ActionRow.CLOSED, closed_by=later, closing_note="Discharged."
    )
    closed = rows(client.get("/actions/?status=closed"))
    assert len(closed) == 2
    row = next(row for row in closed if "Report on 101" in row)
    assert "Closed by Performance & Delivery Board, 19 February 2025" in row
    assert rows(client.get("/actions/?status=overdue")) == []
    html = client.get("/actions/?status=closed").content.decode()
    assert f'Closed by <a class="govuk-link" href="/meetings/{later.pk}/">' in html


@pytest.mark.usefixtures("register")
def test_an_action_given_a_new_date_is_due_then(client: Client) -> None:
    # Due 1 February 2025, so overdue on 1 March; a later meeting agreed 1 April.
    ActionRow.objects.filter(text="Report on 101 call waiting times.").update(
        revised_due=Date(2025, 4, 1)
    )
    assert rows(client.get("/actions/?status=overdue")) == []
    (row,) = [r for r in rows(client.get("/actions/")) if "Report on 101" in r]
    assert "1 April 2025" in row and "Revised from 1 February 2025" in row and "Open" in row
    # Sorted, and filtered, by the date it is due now.
    listed = rows(client.get("/actions/?status=open"))
    assert [r[:14] for r in listed[:2]] == ["Report on 101 ", "Review the est"]
    assert len(rows(client.get("/actions/?due_before=2025-02-28"))) == 1  # the precept only
    assert any("Report on 101" in r for r in rows(client.get("/actions/?due_after=2025-03-31")))


@pytest.mark.usefixtures("register")
def test_owners_link_to_their_pages(client: Client) -> None:
    html = client.get("/actions/").content.decode()
    assert (
        '<a class="govuk-link" href="/actions/owners/chief-constable/">Chief Constable</a>' in html
    )
    assert '<a class="govuk-link" href="/actions/owners/acc-smith/">ACC Smith</a>' in html
    assert "Not stated" in text_of(client.get("/actions/?owner=&status=open"))
