"""Storing from several processes at once (PostgreSQL): one board at a time, shared rows made
once, a lost race tried again; and SQLite's one-writer path as it was."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.db import IntegrityError, OperationalError, connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from factories import FORCE, OFFICE, make_record, store_record
from scrutiny.ingestion import services
from scrutiny.ingestion.services import ATTEMPTS, Ingested
from scrutiny.inspections.models import Discussion, Inspection
from scrutiny.meetings.models import Board, Meeting, Organisation, Person
from scrutiny.meetings.services import board_lock, lock_key, person_named
from scrutiny.questions.models import Topic
from scrutiny.questions.services import sync_topics
from scrutiny.record import Item, MeetingRecord, Point, Section

postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL takes several writers at once"
)
sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's one-writer path")


def inspected(board: str) -> MeetingRecord:
    """A meeting of `board` (the office's, with its people) that discusses the force's PEEL
    inspection: an organisation, people, topics and an inspection any board may make first."""
    record = make_record(board=board)
    point = Point("The CC said the PEEL inspection had graded the force good.", "statement", [])
    record.items.append(
        Item("4", "HMICFRS PEEL inspection update", "CC", [], [Section(None, [point])])
    )
    return record


def losing_the_first_race(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The first meeting stored from now on fails as if another transaction had made a row
    first; the list grows by one at each try."""
    tries: list[int] = []
    add_meeting = services.add_meeting

    def losing_once(*args: Any, **kwargs: Any) -> Any:
        tries.append(1)
        if len(tries) == 1:
            raise IntegrityError("duplicate key value violates unique constraint")
        return add_meeting(*args, **kwargs)

    monkeypatch.setattr(services, "add_meeting", losing_once)
    return tries


def started(run: Callable[[], Ingested]) -> tuple[threading.Thread, list[Any]]:
    """`run` going in a thread of its own, on a connection of its own; its result (or error)
    lands in the list."""
    result: list[Any] = []

    def target() -> None:
        try:
            result.append(run())
        except BaseException as error:
            result.append(error)
        finally:
            connection.close()  # this thread's

    thread = threading.Thread(target=target)
    thread.start()
    return thread, result


def in_threads(*runs: Callable[[], Ingested]) -> list[Any]:
    """Each run in a thread of its own, all at once; their results (or errors)."""
    going = [started(run) for run in runs]
    for thread, _ in going:
        thread.join(timeout=30)
    return [result[0] if result else "did not finish" for _, result in going]


def side_by_side(monkeypatch: pytest.MonkeyPatch, parties: int) -> None:
    """Hold each store, its board locked and its document saved, until all have got there: the
    rows shared between boards are then looked for and made at the same moment."""
    barrier = threading.Barrier(parties, timeout=10)
    waited: set[int] = set()
    add_meeting = services.add_meeting

    def together(*args: Any, **kwargs: Any) -> Any:
        if threading.get_ident() not in waited:  # the first try only
            waited.add(threading.get_ident())
            barrier.wait()
        return add_meeting(*args, **kwargs)

    monkeypatch.setattr(services, "add_meeting", together)


@postgresql
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "known", ["nothing", "the office and the topics", "the office and its people"]
)
def test_boards_of_one_office_stored_at_once_share_its_rows_without_duplicates(
    monkeypatch: pytest.MonkeyPatch, known: str
) -> None:
    performance, finance = inspected("Performance Board"), inspected("Finance Board")
    if known != "nothing":
        # Only one of the meetings discusses the inspection (its force's lock would keep the
        # two apart from there on): they meet at the people, made under a lock each; or at the
        # topics, which both make at once: one waits for the other, fails on the unique slug,
        # and is tried again.
        office = Organisation.objects.create(name=OFFICE)
        force = Organisation.objects.create(name=FORCE)
        finance = make_record(board="Finance Board")
    if known == "the office and the topics":
        sync_topics()
    if known == "the office and its people":
        Person.objects.create(name="Matthew Scott", organisation=office)
        Person.objects.create(name="Tim Smith", organisation=force)
        Person.objects.create(name="Peter Ayling", organisation=force)
    side_by_side(monkeypatch, 2)
    results = in_threads(lambda: store_record(performance), lambda: store_record(finance))
    assert [r.outcome for r in results if isinstance(r, Ingested)] == ["stored", "stored"], results
    assert Meeting.objects.count() == 2
    assert set(Board.objects.values_list("name", flat=True)) == {
        "Performance Board",
        "Finance Board",
    }
    assert set(Organisation.objects.values_list("name", flat=True)) == {OFFICE, FORCE}
    twins = Person.objects.values("name", "organisation").annotate(n=Count("pk")).filter(n__gt=1)
    assert not twins.exists()
    assert Person.objects.count() == 3  # the PCC, the Chief Constable, the DCC
    assert not Topic.objects.values("slug").annotate(n=Count("pk")).filter(n__gt=1).exists()
    assert [(i.force.name, i.key) for i in Inspection.objects.select_related("force")] == [
        (FORCE, "peel")
    ]
    assert Discussion.objects.count() == (2 if known == "nothing" else 1)


@postgresql
@pytest.mark.django_db(transaction=True)
def test_meetings_of_one_board_are_stored_one_at_a_time() -> None:
    key = lock_key(board_lock(OFFICE, "Performance Board"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [key])  # as a store of the board would
    try:
        storing, stored = started(lambda: store_record(inspected("Performance Board")))
        storing.join(timeout=0.5)
        assert storing.is_alive() and not Meeting.objects.exists()
        [other] = in_threads(lambda: store_record(inspected("Finance Board")))  # not held up
        assert isinstance(other, Ingested)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    storing.join(timeout=10)
    assert isinstance(stored[0], Ingested)
    assert sorted(Meeting.objects.values_list("board__name", flat=True)) == [
        "Finance Board",
        "Performance Board",
    ]


@postgresql
@pytest.mark.django_db(transaction=True)
def test_a_store_that_loses_a_race_is_tried_again_and_its_first_file_goes(
    monkeypatch: pytest.MonkeyPatch, media_root: Path
) -> None:
    tries = losing_the_first_race(monkeypatch)
    stored = store_record(make_record())
    assert stored.outcome == "stored" and len(tries) == 2
    assert [p.name for p in media_root.rglob("*") if p.is_file()] == [stored.meeting.source.name]


@postgresql
@pytest.mark.django_db(transaction=True)
def test_a_store_gives_up_after_its_tries_and_on_other_errors(
    monkeypatch: pytest.MonkeyPatch, media_root: Path
) -> None:
    tries: list[int] = []

    def failing(error: Exception) -> Callable[..., Any]:
        def add_meeting(*args: Any, **kwargs: Any) -> Any:
            tries.append(1)
            raise error

        return add_meeting

    monkeypatch.setattr(services, "add_meeting", failing(IntegrityError("lost again")))
    with pytest.raises(IntegrityError):
        store_record(make_record())
    assert len(tries) == ATTEMPTS
    tries.clear()
    monkeypatch.setattr(services, "add_meeting", failing(OperationalError("server closed")))
    with pytest.raises(OperationalError):
        store_record(make_record())
    assert len(tries) == 1  # not a race: no use trying again
    assert not Meeting.objects.exists()
    assert not [p for p in media_root.rglob("*") if p.is_file()]


@postgresql
@pytest.mark.django_db
def test_the_board_is_locked_first_in_the_transaction() -> None:
    with CaptureQueriesContext(connection) as queries:
        store_record(make_record())
    statements = [q["sql"] for q in queries if not q["sql"].startswith("SAVEPOINT")]
    key = lock_key(board_lock(OFFICE, make_record().board))
    assert statements[0] == f"SELECT pg_advisory_xact_lock({key})"


@sqlite
@pytest.mark.django_db
def test_sqlite_stores_as_before_without_locks_or_second_tries(
    monkeypatch: pytest.MonkeyPatch, media_root: Path
) -> None:
    with CaptureQueriesContext(connection) as queries:
        store_record(inspected("Performance Board"))
    assert not [q for q in queries if "advisory" in q["sql"]]
    tries = losing_the_first_race(monkeypatch)
    with pytest.raises(IntegrityError):
        store_record(make_record(board="Finance Board"))
    assert len(tries) == 1
    assert list(Meeting.objects.values_list("board__name", flat=True)) == ["Performance Board"]
    assert len([p for p in media_root.rglob("*") if p.is_file()]) == 1


def test_a_lost_race_is_a_unique_violation_a_deadlock_or_a_serialization_failure() -> None:
    class Cause(Exception):
        def __init__(self, sqlstate: str) -> None:
            self.sqlstate = sqlstate

    def operational(sqlstate: str) -> OperationalError:
        error = OperationalError("from the server")
        error.__cause__ = Cause(sqlstate)
        return error

    assert services._lost_race(IntegrityError("duplicate key"))
    assert services._lost_race(operational("40P01"))
    assert services._lost_race(operational("40001"))
    assert not services._lost_race(operational("57P01"))  # the server shutting down
    assert not services._lost_race(OperationalError("no cause"))


@postgresql
@pytest.mark.django_db(transaction=True)
def test_a_person_added_by_hand_while_an_ingest_makes_them_is_made_once() -> None:
    office = Organisation.objects.create(name=OFFICE)
    key = lock_key(f"person:{OFFICE}\x1fAnn Lee")  # as an ingest making her holds it
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [key])
    try:
        adding, added = started(lambda: person_named("Ann Lee", office))  # type: ignore[arg-type,return-value]
        adding.join(timeout=0.5)
        assert adding.is_alive()
        made = Person.objects.create(name="Ann Lee", organisation=office)  # the ingest's
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    adding.join(timeout=10)
    assert added == [made] and Person.objects.count() == 1


def test_a_person_is_found_by_name_and_organisation_or_made(db: None) -> None:
    office = Organisation.objects.create(name=OFFICE)
    oldest = Person.objects.create(name="Ann Lee", organisation=office)
    Person.objects.create(name="Ann Lee", organisation=office)  # a twin, from long ago
    assert person_named("Ann Lee", office) == oldest
    elsewhere = person_named("Ann Lee", None)
    assert elsewhere != oldest and elsewhere.organisation is None
