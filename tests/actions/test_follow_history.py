"""The actions of one board's history (tests/conftest.py's follow_history): closed by the
meeting that discharges them, waiting on review where the wording differs, open otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction

from factories import snapshot
from gold import SEEDS
from scrutiny.actions.models import Action, ClosureCandidate
from scrutiny.follow.matching import CLEAR_CUT, PLAUSIBLE
from scrutiny.ingestion.services import ingest

HISTORY = Path(__file__).parents[1] / "data" / "history"

pytestmark = pytest.mark.django_db


def _action(history: Any, meeting: str, words: str) -> Action:
    return Action.objects.get(meeting=getattr(history, meeting), text__icontains=words)


def test_the_turnover_action_is_closed_by_march_2019_with_its_note(follow_history: Any) -> None:
    turnover = _action(follow_history, "december_2018", "turnover")
    assert turnover.state == Action.CLOSED
    assert turnover.closed_by == follow_history.march_2019
    assert turnover.closing_note == "paper circulated to members"
    (update,) = turnover.updates.all()
    assert (update.by, update.by_meeting, update.state) == (
        None,
        follow_history.march_2019,
        Action.CLOSED,
    )


def test_the_reworded_assaults_action_waits_on_review(follow_history: Any) -> None:
    """March 2019 discharges "Data on officers assaulted on duty compared with other forces"
    for "comparative data on officers assaulted whilst on duty": the point is the same, but
    "compared with other forces" is new wording, so the score falls between PLAUSIBLE and
    CLEAR_CUT and the rule leaves it to staff."""
    assaults = _action(follow_history, "december_2018", "assaulted")
    assert assaults.state == Action.OPEN
    (candidate,) = ClosureCandidate.objects.filter(action=assaults)
    assert candidate.decision == ClosureCandidate.PENDING
    assert candidate.discharged.meeting == follow_history.march_2019
    assert PLAUSIBLE <= candidate.score < CLEAR_CUT


def test_the_dpr_review_stays_open_and_is_the_forces(follow_history: Any) -> None:
    dpr = _action(follow_history, "february_2025", "DPR")
    assert dpr.state == Action.OPEN
    assert dpr.owner_organisation is not None
    assert dpr.owner_organisation.name == "Kent Police"
    assert not dpr.closure_candidates.exists()


def _action_tables() -> dict[str, list[tuple[Any, ...]]]:
    """Every row this slice writes: actions, their updates, closure pairs."""
    return {name: rows for name, rows in snapshot().items() if name.startswith("actions.")}


def test_following_again_twice_changes_nothing(follow_history: Any) -> None:
    before = _action_tables()
    assert before["actions.ActionUpdate"] and before["actions.ClosureCandidate"]
    call_command("follow", verbosity=0)
    call_command("follow", verbosity=0)
    assert _action_tables() == before


def _states() -> list[tuple[Any, ...]]:
    """Where every current action stands and what waits on review, by text and dates alone."""
    actions = Action.objects.filter(meeting__is_current=True).select_related("closed_by")
    pairs = ClosureCandidate.objects.filter(discharged__meeting__is_current=True)
    return sorted(
        [
            (a.text, a.state, a.closed_by.date if a.closed_by else None, a.closing_note)
            for a in actions
        ]
        + [(p.discharged.text, p.action.text, p.decision, round(p.score, 3)) for p in pairs]
    )


HISTORY_FILES = {
    "december_2018": (SEEDS / "000_5744fa4e60daa063.txt", "2018-12-12"),
    "march_2019": (HISTORY / "2019-03-20-performance-delivery.txt", None),
    "february_2025": (SEEDS / "001_73932fbdd1a170a5.txt", None),
    "may_2025": (HISTORY / "2025-05-28-performance-delivery.txt", None),
}
IN_DATE_ORDER = ["december_2018", "march_2019", "february_2025", "may_2025"]


class _Undo(Exception):
    pass


def _states_after(order: list[str]) -> list[tuple[Any, ...]]:
    """The states ingesting the history in `order` leaves; the database is then rolled back."""
    states: list[tuple[Any, ...]] = []
    try:
        with transaction.atomic():
            for name in order:
                path, date = HISTORY_FILES[name]
                ingest(path.read_bytes(), path.name, date=date)
            states = _states()
            raise _Undo
    except _Undo:
        pass
    return states


@pytest.mark.parametrize(
    "order",
    [
        list(reversed(IN_DATE_ORDER)),
        ["march_2019", "december_2018", "may_2025", "february_2025"],
        ["february_2025", "may_2025", "march_2019", "december_2018"],
    ],
)
def test_ingesting_in_another_order_gives_the_same_states(db: None, order: list[str]) -> None:
    expected = _states_after(IN_DATE_ORDER)
    assert ("comparative data on officer, staff and PCSO turnover.", "closed") in {
        row[:2] for row in expected
    }
    assert _states_after(order) == expected
