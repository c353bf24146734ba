"""Updating an action and deciding proposed closures: each change logged with who and when;
and meetings without a date or a board kept out of the board's history."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from factories import make_record, make_user, store_record, stored_meeting
from scrutiny.accounts.models import Membership
from scrutiny.actions.models import Action, ActionUpdate, ClosureCandidate
from scrutiny.actions.owners import owner_organisation
from scrutiny.actions.services import decide_closure, update_action
from scrutiny.record import Action as RecordAction
from scrutiny.record import Discharged

pytestmark = pytest.mark.django_db


def _dpr(history: Any) -> Action:
    return Action.objects.get(meeting=history.february_2025, text__icontains="DPR")


def test_staff_give_a_new_due_date_with_a_note(follow_history: Any) -> None:
    staff = make_user("officer", staff=True)
    dpr = _dpr(follow_history)
    update = update_action(dpr, staff, revised_due=Date(2025, 11, 30), note="Board agreed")
    assert update is not None
    dpr.refresh_from_db()
    assert (dpr.state, dpr.revised_due, dpr.due_now) == (
        "open",
        Date(2025, 11, 30),
        dpr.revised_due,
    )
    assert (update.by, update.state, update.revised_due, update.note) == (
        staff,
        "",
        Date(2025, 11, 30),
        "Board agreed",
    )
    assert update.at is not None


def test_closing_by_hand_records_no_meeting_and_reopening_forgets_the_closure(
    follow_history: Any,
) -> None:
    staff = make_user("officer", staff=True)
    turnover = Action.objects.get(text__icontains="turnover")
    update_action(turnover, staff, state=Action.OPEN, note="Paper did not cover PCSOs")
    turnover.refresh_from_db()
    assert (turnover.state, turnover.closed_by, turnover.closing_note) == ("open", None, "")
    update_action(turnover, staff, state=Action.CLOSED, note="PCSO figures sent")
    turnover.refresh_from_db()
    assert (turnover.state, turnover.closed_by, turnover.closing_note) == (
        "closed",
        None,
        "PCSO figures sent",
    )
    assert [u.state for u in turnover.updates.order_by("pk")] == ["closed", "open", "closed"]


def test_an_update_that_changes_nothing_logs_nothing(follow_history: Any) -> None:
    staff = make_user("officer", staff=True)
    dpr = _dpr(follow_history)
    assert update_action(dpr, staff, state=Action.OPEN, revised_due=dpr.due, note=" ") is None
    assert not ActionUpdate.objects.filter(action=dpr).exists()


def test_a_liaison_updates_their_organisations_action_and_no_other(follow_history: Any) -> None:
    dpr = _dpr(follow_history)
    assert dpr.owner_organisation is not None
    liaison = make_user("kent", staff=False)
    Membership.objects.create(
        user=liaison, role=Membership.LIAISON, organisation=dpr.owner_organisation
    )
    assert update_action(dpr, liaison, note="Review under way") is not None
    # December 2018's notes list no attendees, so its actions answer to no organisation.
    turnover = Action.objects.get(text__icontains="turnover")
    assert turnover.owner_organisation is None
    with pytest.raises(PermissionDenied):
        update_action(turnover, liaison, state=Action.OPEN)
    with pytest.raises(PermissionDenied):
        update_action(dpr, make_user("member", staff=False), note="Hello")


def test_confirming_closes_the_action_and_settles_the_rest(follow_history: Any) -> None:
    staff = make_user("officer", staff=True)
    candidate = ClosureCandidate.objects.get(decision=ClosureCandidate.PENDING)
    other_line = follow_history.march_2019.discharged.exclude(pk=candidate.discharged_id).get()
    # Another pending pair of the same action, as a second line could have proposed.
    rival = ClosureCandidate.objects.create(
        discharged=other_line, action=candidate.action, score=70
    )
    update = decide_closure(candidate, staff, confirm=True)
    action = candidate.action
    action.refresh_from_db()
    assert (action.state, action.closed_by, action.closing_note) == (
        "closed",
        follow_history.march_2019,
        "included in the People paper",
    )
    assert (update.by, update.by_meeting, update.state) == (
        staff,
        follow_history.march_2019,
        "closed",
    )
    candidate.refresh_from_db()
    rival.refresh_from_db()
    assert (candidate.decision, candidate.decided_by) == ("confirmed", staff)
    assert candidate.decided_at is not None
    assert rival.decision == "rejected"
    with pytest.raises(ValueError, match="already"):
        decide_closure(candidate, staff, confirm=True)


def test_rejecting_leaves_the_action_as_it_was(follow_history: Any) -> None:
    staff = make_user("officer", staff=True)
    candidate = ClosureCandidate.objects.get(decision=ClosureCandidate.PENDING)
    before = Action.objects.filter(pk=candidate.action_id).values().get()
    update = decide_closure(candidate, staff, confirm=False)
    assert Action.objects.filter(pk=candidate.action_id).values().get() == before
    assert update.by == staff and update.state == "" and "Data on officers" in update.note
    with pytest.raises(PermissionDenied):
        decide_closure(candidate, make_user("member", staff=False), confirm=True)


def _discharging(date: str | None, board: str | None = "Performance & Delivery Board") -> Any:
    return make_record(
        date=date,
        board=board,
        actions=[],
        discharged=[Discharged("Provide an update on the DPR review", "received")],
    )


def test_undated_and_boardless_meetings_take_no_part() -> None:
    stored_meeting(date="2025-02-19")  # logs "Provide an update on the DPR review."
    store_record(_discharging(None))
    store_record(_discharging("2025-06-01", board=None))
    assert Action.objects.get(text__icontains="DPR").state == Action.OPEN
    # An undated meeting's actions are not closed by a later meeting either.
    store_record(make_record(date=None, board="Performance & Delivery Board"))
    store_record(_discharging("2025-06-01"))
    states = dict(
        Action.objects.filter(text__icontains="DPR").values_list("meeting__date", "state")
    )
    assert states == {Date(2025, 2, 19): "closed", None: "open"}


def test_an_earlier_meeting_stored_later_is_closed_by_the_later_ones_list() -> None:
    store_record(_discharging("2025-06-01"))
    stored_meeting(date="2025-02-19")
    dpr = Action.objects.get(text__icontains="DPR")
    assert dpr.state == Action.CLOSED
    assert dpr.closed_by is not None and dpr.closed_by.date == Date(2025, 6, 1)


def test_owner_organisation_reads_the_meetings_attendance() -> None:
    meeting = stored_meeting()
    assert owner_organisation(meeting, "Force") is not None
    assert [owner_organisation(meeting, o) for o in ("DCC", "PCC", "Nobody", None)] == [
        meeting.attendance.get(abbreviation="DCC").person.organisation,  # sent apologies
        meeting.organisation,
        None,
        None,
    ]
    force = meeting.actions.get(owner="Force")
    assert force.owner_organisation is not None and force.owner_organisation.name == "Kent Police"


def test_a_later_action_is_never_closed_by_an_earlier_list() -> None:
    store_record(_discharging("2025-01-01"))
    stored_meeting(date="2025-02-19")
    assert Action.objects.get(text__icontains="DPR").state == Action.OPEN
    assert not ClosureCandidate.objects.exists()


def test_a_log_that_says_closed_is_closed_from_the_start() -> None:
    record = make_record(actions=[RecordAction("Circulate the slides.", "CE", None, "closed")])
    meeting = store_record(record).meeting
    assert meeting.actions.get().state == Action.CLOSED
