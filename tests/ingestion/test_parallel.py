"""`scrutiny ingest --jobs N`'s workers: every document done once, a worker that stops costing
only the document it held, and the workers stopped when the run is cut short.

The workers' work comes from tests/jobs_work.py: a spawned worker imports it by name.
"""

from __future__ import annotations

import io
import multiprocessing
import time
from pathlib import Path

import pytest

import jobs_work
from gold import SEEDS
from scrutiny.ingestion import command, services
from scrutiny.ingestion.command import ingest_all, ingest_one
from scrutiny.ingestion.parallel import LEFT_OVER, STOP_SECONDS, in_workers

KILLED = "the worker process ingesting it was killed (SIGKILL)"


def said(target: str, why: str) -> str:
    return f"{target}: {why}"


def test_every_document_is_done_once() -> None:
    targets = [f"document {n}" for n in range(7)]
    done = list(in_workers(jobs_work.shout, targets, jobs=3, lost=said))
    assert sorted(done) == sorted(t.upper() for t in targets)
    assert not multiprocessing.active_children()


def test_a_worker_that_is_killed_or_fails_costs_only_its_document() -> None:
    targets = ["a", "b", "kill", "c", "raise", "d", "e"]
    done = list(in_workers(jobs_work.misbehave, targets, jobs=2, lost=said))
    assert sorted(done) == sorted(
        [
            "A",
            "B",
            "C",
            "D",
            "E",
            f"kill: {KILLED}",
            "raise: the worker process ingesting it stopped (RuntimeError: cannot do raise)",
        ]
    )


def test_once_every_worker_has_stopped_the_rest_are_reported_not_ingested() -> None:
    # Each worker stops on its first document: no sign the fault is the document's, so none is
    # started in its place.
    targets = ["kill one", "kill two", "x", "y"]
    done = list(in_workers(jobs_work.misbehave, targets, jobs=2, lost=said))
    assert sorted(done) == [
        f"kill one: {KILLED}",
        f"kill two: {KILLED}",
        f"x: {LEFT_OVER}",
        f"y: {LEFT_OVER}",
    ]


def test_an_interrupt_stops_the_workers_at_once() -> None:
    results = in_workers(jobs_work.misbehave, ["a", "sleep", "sleep", "sleep"], jobs=2, lost=said)
    assert next(results) == "A"  # both workers now hold a minute's wait
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        results.throw(KeyboardInterrupt())
    # Interrupted (SIGTERM), not left to STOP_SECONDS and killed.
    assert time.monotonic() - started < STOP_SECONDS / 2
    assert not multiprocessing.active_children()


@pytest.mark.django_db
def test_a_worker_crash_fails_its_document_and_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(command, "ingest_one", jobs_work.pretend)
    out = io.StringIO()
    status = ingest_all(["one", "crash", "two", "three"], jobs=2, out=out, err=io.StringIO())
    assert status == 2
    assert sorted(out.getvalue().splitlines()) == [
        f"crash: failed: {KILLED}",
        "one: stored: pretend",
        "three: stored: pretend",
        "two: stored: pretend",
    ]


@pytest.mark.django_db
def test_the_same_document_stored_meanwhile_by_another_worker_is_unchanged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seed = SEEDS / "001_73932fbdd1a170a5.txt"
    twin = tmp_path / "twin.txt"
    twin.write_bytes(seed.read_bytes())
    first = ingest_one(str(seed), board=None, date=None)
    assert first.outcome == "stored"
    # As if another worker stored it after this one looked: it loses on the SHA-256.
    monkeypatch.setattr(services, "already_stored", lambda data: None)
    raced = ingest_one(str(twin), board=None, date=None)
    monkeypatch.undo()
    assert raced == ingest_one(str(twin), board=None, date=None)
    assert raced.outcome == "unchanged"


@pytest.mark.django_db
def test_one_job_is_the_serial_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_workers(*args: object, **kwargs: object) -> None:
        raise AssertionError("one job needs no workers")

    monkeypatch.setattr(command, "in_workers", no_workers)
    out = io.StringIO()
    assert ingest_all([str(SEEDS)], jobs=1, out=out, err=io.StringIO()) == 0
    assert [line.split(": ")[1] for line in out.getvalue().splitlines()] == ["stored"] * 2
    # Nor does one document, whatever --jobs says.
    out = io.StringIO()
    seed = str(SEEDS / "001_73932fbdd1a170a5.txt")
    assert ingest_all([seed], jobs=4, out=out, err=io.StringIO()) == 0
    assert out.getvalue().split(": ")[1] == "unchanged"
