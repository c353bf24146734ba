"""`scrutiny ingest --jobs N`: the documents shared out among N worker processes.

Each worker is a process of its own, spawned (a fresh interpreter, not a fork: no database
connection or lock is inherited), which sets Django up itself. The parent keeps the queue of
documents still to do and hands each worker one at a time, the next as soon as it reports the
last, so it always knows which document each worker holds. A worker runs the serial path's own
per-document function (`command.ingest_one`) and sends back what it made of the document; the
parent prints the lines as they come, in the order the documents finish, and keeps the progress
bar, the planner statistics and the alert digests (`command.ingest_all`).

Writing at once. On PostgreSQL `services.store` takes the board's advisory lock first in its
transaction (and its forces' before the follow-up) and tries again when it loses a race for a
row any board may make: different boards' meetings are stored side by side. On SQLite one
transaction writes at a time: the settings begin each one IMMEDIATE, with WAL and a 30-second
busy timeout, so a worker waits for the others' commits rather than failing (a transaction
takes a fraction of a second, so even 32 workers queue well within the timeout). Only reading
and extracting run side by side there, and storing (the follow-up above all) is most of the
work, so SQLite gains little. The same bytes under two names may be stored by two workers at
once: the second loses on the unique SHA-256 and is reported unchanged, as in a serial run.
The parent's refreshes of PostgreSQL's statistics count the workers' writes as their sessions
report them (a moment late, and all of them once the workers have gone).

Order. Several documents of one board may be in flight at once: the board's lock (SQLite's one
writer) stores them one at a time, but in the order they finish being read rather than the
command line's or the folder's name order. The follow-up does not depend on that order: a
meeting's discharged lines are judged against the actions of the board's meetings dated before
it, and its own actions against the lines of the meetings dated after it (`actions.closing`),
so a meeting stored before an earlier one still closes that one's actions when it arrives;
tests/actions/test_follow_history.py stores one history in several orders and gets the same
states. Two versions of one meeting (two documents of the same board and date) are the
exception: whichever is stored last is current, as in a serial run given them in that order.

A worker that stops unexpectedly (killed, or an error other than `IngestFailed`) costs the
document it held, which is reported failed with why the worker stopped; the others carry on.
It is replaced if it had finished a document before (the fault was that document's); one that
stops on its first document is not, and documents left when no worker is are reported failed.
On Ctrl-C (or any error in the parent) the workers are told to stop: each rolls back the
document it was storing and exits, and one still running after STOP_SECONDS is killed.
"""

from __future__ import annotations

import os
import signal
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from multiprocessing.context import SpawnContext, SpawnProcess
from types import FrameType
from typing import Any, TypeVar

R = TypeVar("R")

STOP_SECONDS = 10.0  # how long a worker told to stop has to roll back before it is killed
LEFT_OVER = "not ingested: every worker process had stopped"


@dataclass
class _Worker:
    process: SpawnProcess
    conn: Connection  # the parent's end of the worker's pipe
    holding: str | None = None  # the document handed to it and not yet reported
    finished: int = 0  # documents it has reported
    error: str | None = None  # the error it said it stopped on


def in_workers(
    work: Callable[[str], R],
    targets: Iterable[str],
    *,
    jobs: int,
    lost: Callable[[str, str], R],
) -> Generator[R, None, None]:
    """`work(target)` for every target, in `jobs` worker processes; the results as they come.

    A target whose worker stopped before reporting it gives `lost(target, why)` instead. `work`
    must pickle (a module's function, or a partial of one): each worker receives it once Django
    is set up, so its module may import models. Close the generator (or let an exception
    through it) to stop the workers early.
    """
    waiting = deque(targets)
    context = get_context("spawn")
    workers: list[_Worker] = []
    done = False
    try:
        for _ in range(min(jobs, len(waiting))):
            workers.append(_start(context, work))
        live = list(workers)
        for worker in live:
            _hand(worker, waiting)
        while live:
            ready = wait([w.conn for w in live] + [w.process.sentinel for w in live])
            for worker in list(live):
                if worker.conn not in ready and worker.process.sentinel not in ready:
                    continue
                message = _receive(worker)
                if message is not None:
                    kind, value = message
                    if kind == "error":
                        worker.error = value
                        continue
                    worker.holding = None
                    worker.finished += 1
                    _hand(worker, waiting)  # before the parent spends any time on the result
                    yield value
                    continue
                live.remove(worker)  # gone: its pipe is closed
                worker.process.join()
                if worker.holding is not None:
                    yield lost(worker.holding, _why(worker))
                    worker.holding = None
                # Documents are still waiting only if it stopped before being told to.
                if worker.finished and waiting:
                    replacement = _start(context, work)
                    workers.append(replacement)
                    live.append(replacement)
                    _hand(replacement, waiting)
        while waiting:
            yield lost(waiting.popleft(), LEFT_OVER)
        done = True
    finally:
        _stop(workers, interrupted=not done)


def _start(context: SpawnContext, work: Callable[[str], Any]) -> _Worker:
    ours, theirs = context.Pipe()
    process = context.Process(
        target=_serve, args=(theirs,), name="scrutiny ingest worker", daemon=True
    )
    process.start()
    theirs.close()  # the worker's now: its end closing is how we learn it has gone
    worker = _Worker(process, ours)
    with suppress(OSError):  # gone already: found by its sentinel
        ours.send(work)
    return worker


def _hand(worker: _Worker, waiting: deque[str]) -> None:
    """Give the worker the next document, or tell it to stop when there is none."""
    target = waiting.popleft() if waiting else None
    try:
        worker.conn.send(target)
    except OSError:
        if target is not None:
            waiting.appendleft(target)  # it never reached the worker: another will take it
        return
    worker.holding = target


def _receive(worker: _Worker) -> tuple[str, Any] | None:
    """The worker's next message, or None when it has gone."""
    try:
        if worker.conn.poll():
            message: tuple[str, Any] = worker.conn.recv()
            return message
    except (EOFError, OSError):
        pass
    return None


def _why(worker: _Worker) -> str:
    code = worker.process.exitcode
    if worker.error is not None:
        return f"the worker process ingesting it stopped ({worker.error})"
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the worker process ingesting it was killed ({name})"
    return f"the worker process ingesting it stopped (exit status {code})"


def _stop(workers: list[_Worker], *, interrupted: bool) -> None:
    """Wait for the workers to end: told to stop first, and killed if they will not, when the
    run is cut short."""
    if interrupted:
        for worker in workers:
            if worker.process.is_alive():
                worker.process.terminate()  # SIGTERM: an interrupt in the worker (`_serve`)
        for worker in workers:
            worker.process.join(STOP_SECONDS)
            if worker.process.is_alive():
                worker.process.kill()
    for worker in workers:
        worker.process.join()
        worker.conn.close()
        worker.process.close()


# --- in the worker ---------------------------------------------------------------------------


def _serve(conn: Connection) -> None:
    """A worker's life: set Django up, receive the work, then do each document handed over
    until told to stop (None), or the parent goes."""
    # Ctrl-C at a terminal interrupts the whole process group: the parent decides, and stops
    # the workers with SIGTERM, which interrupts the document in hand so it rolls back.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        _set_up_django()
        work: Callable[[str], Any] = conn.recv()
        while (target := conn.recv()) is not None:
            conn.send(("done", work(target)))
    except (KeyboardInterrupt, EOFError, BrokenPipeError, ConnectionResetError):
        pass  # told to stop, or the parent has gone: nothing to report to
    except Exception as error:
        traceback.print_exc()
        with suppress(OSError):
            conn.send(("error", f"{type(error).__name__}: {error}"))
        raise SystemExit(1) from None
    finally:
        _close_connections()


def _interrupted(signum: int, frame: FrameType | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # once: let the rollback finish
    raise KeyboardInterrupt


def _set_up_django() -> None:
    """As `scrutiny.cli` does: the environment (inherited from the parent) names the
    settings, and with them the database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings")
    import django

    django.setup()


def _close_connections() -> None:
    from django.apps import apps

    if apps.ready:
        from django.db import connections

        connections.close_all()  # PostgreSQL counts this session's writes when it ends
