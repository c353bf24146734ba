"""Store generated meetings into one benchmark database; print what it took.

The child process that `benchmarks.databases.build` (and so the ingest benchmark) and the
ingest-while-serving benchmark run, so that each load has Django set up for its own database
and its peak memory is its own:

    python -m benchmarks.loader --engine sqlite --meetings 5000 --migrate
    python -m benchmarks.loader --engine postgresql --name scrutiny_serving \\
        --after 5000 --meetings 500 --jobs 1   # the next 500 meetings of the same boards
    python -m benchmarks.loader --engine sqlite --name copy --after 5000 --meetings 100 \\
        --profile /tmp/store.prof       # where storing spends its time (cProfile)

`--jobs N` stores in N worker processes at once (the default on PostgreSQL is 2, on SQLite,
which has one writer, 1; with one job the records are stored in this process). The records are
shared out by board: every meeting of a board goes to one worker, in the order generated (date
order), as its follow-up reads the board's earlier meetings; and the boards of one office go
together, as they share its people and its force's inspections, whose locks would otherwise
hold one worker up behind the other. Each worker makes its own records and sets Django up on
its own connection (spawned, not forked); this process draws one progress bar for all. The
boards are made first, in the order the records name them, so that each gets the slug it gets
from a load one by one: the contents end the same either way (only the keys differ).

Prints one line of JSON last: records, meetings, jobs, seconds, rates (overall and SLICE records
at a time, counted over all workers), the peak resident set of a storing process (VmHWM) and
what it was before storing began, and the CPU seconds spent: by the storing processes (the
workers and this one), and by their PostgreSQL server processes (from /proc, when the server
runs on this machine). On a machine shared with other work the CPU seconds are the steadier
measure: wall time counts the time other processes held the cores.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import multiprocessing
import os
import pstats
import queue
import resource
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from benchmarks.common import peak_rss_mb
from benchmarks.databases import DIRECTORY, ENGINES, Database
from scrutiny.generate import REVISED_EVERY, SEED, Board, boards, meeting, revised

if TYPE_CHECKING:
    from multiprocessing.synchronize import Event

    from benchmarks.load import Loaded
    from scrutiny.record import MeetingRecord

SLICE = 500  # as benchmarks.load.SLICE (not imported: that module needs Django set up)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def server_cpu_seconds() -> float | None:
    """CPU seconds of this connection's PostgreSQL server process, if it is on this machine."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


# --- what is stored, and by which worker --------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One record of `scrutiny.generate.records`, not made yet: its board and quarter."""

    board: Board
    quarter: int
    revised: bool  # the corrected second version

    @property
    def office(self) -> str:
        return self.board.office.name


def slots(meetings: int, seed: int = SEED, after: int = 0) -> list[Slot]:
    """The records of `records(after + meetings, seed)` after the first `after` meetings' ones,
    in order, as `scrutiny.generate.generated` deals them round the boards."""
    every = boards(seed)
    found = []
    for index in range(after, after + meetings):
        board, quarter = every[index % len(every)], index // len(every)
        found.append(Slot(board, quarter, False))
        if (index + 1) % REVISED_EVERY == 0:
            found.append(Slot(board, quarter, True))
    return found


def made(slot: Slot, seed: int = SEED) -> MeetingRecord:
    """The record itself (each comes from random streams of its own board and quarter)."""
    record = meeting(seed, slot.board, slot.quarter)
    return revised(record) if slot.revised else record


def shard(wanted: Sequence[Slot], jobs: int) -> list[list[Slot]]:
    """`wanted` shared out between `jobs` workers, each keeping the order of `wanted`: all of a
    board's records in one, and all of an office's boards; offices given out largest first, each
    to the worker with fewest records so far. Some are empty if there are fewer offices."""
    counts: dict[str, int] = {}
    for slot in wanted:
        counts[slot.office] = counts.get(slot.office, 0) + 1
    loads = [0] * jobs
    worker_of: dict[str, int] = {}
    for office, count in sorted(counts.items(), key=lambda pair: -pair[1]):
        least = loads.index(min(loads))
        worker_of[office] = least
        loads[least] += count
    shards: list[list[Slot]] = [[] for _ in range(jobs)]
    for slot in wanted:
        shards[worker_of[slot.office]].append(slot)
    return shards


def make_boards(wanted: Sequence[Slot]) -> None:
    """The boards of `wanted` made now (those not made yet), in the order their first records
    come: so each has the slug it has after a load one by one (of two boards of one name, the
    first made takes the bare slug), however the workers' loads interleave. Django set up."""
    from django.db import transaction

    from scrutiny.meetings.services import board_named, organisation_named

    with transaction.atomic():
        for office, name in dict.fromkeys((slot.office, slot.board.name) for slot in wanted):
            board_named(name, organisation_named(office))


# --- storing --------------------------------------------------------------------------------------


class _Retries(logging.Handler):
    """Counts the stores that lost a race to another worker and were tried again."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _count_retries() -> _Retries:
    counter = _Retries()
    found = logging.getLogger("scrutiny.ingestion.services")
    found.setLevel(logging.INFO)
    found.addHandler(counter)
    return counter


def profiled(run: Callable[[], Loaded], path: Path) -> Loaded:
    """`run` under cProfile: statistics written to `path`, the costliest of ours on stderr."""
    profile = cProfile.Profile()
    loaded = profile.runcall(run)
    profile.dump_stats(path)
    stats = pstats.Stats(str(path), stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats("src/scrutiny", 30)
    return loaded


def load_here(wanted: list[Slot], seed: int, profile: Path | None) -> dict[str, Any]:
    """Store `wanted` in this process, with its own progress bar (Django set up)."""
    from benchmarks.load import load

    retries = _count_retries()
    records = (made(slot, seed) for slot in wanted)  # made one by one in the timed loop
    before = peak_rss_mb()
    cpu, server_cpu = cpu_seconds(), server_cpu_seconds()
    if profile:
        loaded = profiled(lambda: load(records, len(wanted)), profile)
    else:
        loaded = load(records, len(wanted))
    return {**_took(loaded, cpu, server_cpu, before, retries), "slices": loaded.slices}


def _took(
    loaded: Any, cpu: float, server_cpu: float | None, before: float, retries: _Retries
) -> dict[str, Any]:
    """What a load took, given the CPU and memory readings taken as it began."""
    server_cpu_after = server_cpu_seconds()
    return {
        "records": loaded.records,
        "seconds": loaded.seconds,
        "cpu_seconds": cpu_seconds() - cpu,
        "server_cpu_seconds": None
        if server_cpu is None or server_cpu_after is None
        else server_cpu_after - server_cpu,
        "peak_rss_mb": peak_rss_mb(),
        "peak_rss_before_storing_mb": before,
        "retries": retries.count,
    }


def _work(number: int, wanted: list[Slot], seed: int, messages: Any, go: Event) -> None:
    """A worker process: set Django up, say so, wait for the start, store `wanted`, report each
    record stored and then what it took (or what went wrong)."""
    try:
        import django

        django.setup()
        from benchmarks.load import load

        retries = _count_retries()
        server_cpu = server_cpu_seconds()  # connects: not part of the load
        before = peak_rss_mb()
        messages.put(("ready", number, None))
        go.wait()
        cpu = cpu_seconds()
        loaded = load(
            (made(slot, seed) for slot in wanted),
            stored_one=lambda: messages.put(("stored", number, None)),
        )
        messages.put(("done", number, _took(loaded, cpu, server_cpu, before, retries)))
    except BaseException:
        messages.put(("failed", number, traceback.format_exc()))
        raise


def load_in_workers(shards: list[list[Slot]], seed: int) -> dict[str, Any]:
    """Store each shard in a worker process of its own, all at once; one progress bar here.

    Timed from the moment every worker is set up and told to start until the last is done."""
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    go = context.Event()
    work = [(number, wanted) for number, wanted in enumerate(shards) if wanted]
    workers = {
        number: context.Process(
            target=_work, args=(number, wanted, seed, messages, go), name=f"loader-{number}"
        )
        for number, wanted in work
    }
    for process in workers.values():
        process.start()
    try:
        return _follow(workers, messages, go, sum(len(wanted) for _, wanted in work))
    finally:
        for process in workers.values():
            if process.is_alive():
                process.terminate()
            process.join()


def _follow(workers: dict[int, Any], messages: Any, go: Event, total: int) -> dict[str, Any]:
    """Start the workers once all are ready, draw their progress, gather their results."""
    done: dict[int, dict[str, Any]] = {}

    def next_message(expected: str) -> tuple[str, int, Any]:
        while True:
            try:
                kind, number, payload = messages.get(timeout=1)
            except queue.Empty:
                gone = [n for n, p in workers.items() if not p.is_alive() and n not in done]
                if gone:
                    raise SystemExit(f"loader worker {gone[0]} ended without a word") from None
                continue
            if kind == "failed":
                raise SystemExit(f"loader worker {number} failed:\n{payload}")
            if kind in expected.split():
                return kind, number, payload

    for _ in workers:
        next_message("ready")
    bar = tqdm(total=total, unit=" meetings", file=sys.stderr, smoothing=0.1)
    cpu = cpu_seconds()
    started = slice_started = time.perf_counter()
    go.set()
    stored = 0
    slices: list[float] = []
    while len(done) < len(workers):
        kind, number, payload = next_message("stored done")
        if kind == "stored":
            stored += 1
            bar.update()
            if stored % SLICE == 0:
                now = time.perf_counter()
                slices.append(round(SLICE / (now - slice_started), 2))
                slice_started = now
        else:
            done[number] = payload
    seconds = time.perf_counter() - started
    bar.close()
    results = [done[number] for number in sorted(done)]
    server = [r["server_cpu_seconds"] for r in results]
    return {
        "records": stored,
        "seconds": seconds,
        "slices": slices,
        # The workers', and this process's own (the bar, the messages).
        "cpu_seconds": sum(r["cpu_seconds"] for r in results) + cpu_seconds() - cpu,
        "server_cpu_seconds": None if None in server else sum(server),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
        "peak_rss_before_storing_mb": max(r["peak_rss_before_storing_mb"] for r in results),
        "retries": sum(r["retries"] for r in results),
        "workers": [
            {
                "records": r["records"],
                "seconds": round(r["seconds"], 1),
                "cpu_seconds": round(r["cpu_seconds"], 1),
                "postgresql_server_cpu_seconds": None
                if r["server_cpu_seconds"] is None
                else round(r["server_cpu_seconds"], 1),
                "peak_rss_mb": round(r["peak_rss_mb"], 1),
            }
            for r in results
        ],
    }


def default_jobs(engine: str) -> int:
    """PostgreSQL takes several writers at once; SQLite one."""
    return 2 if engine == "postgresql" else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=ENGINES, required=True)
    parser.add_argument("--name", default="bench", help="SQLite file stem or PostgreSQL database")
    parser.add_argument("--dir", type=Path, default=DIRECTORY)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--meetings", type=int, required=True)
    parser.add_argument("--after", type=int, default=0, help="skip the first N meetings")
    parser.add_argument("--migrate", action="store_true", help="apply the migrations first")
    parser.add_argument(
        "--jobs", type=int, help="worker processes storing at once (PostgreSQL 2, SQLite 1)"
    )
    parser.add_argument("--profile", type=Path, help="write cProfile statistics of storing here")
    arguments = parser.parse_args()
    jobs = arguments.jobs
    if jobs is None:
        jobs = 1 if arguments.profile else default_jobs(arguments.engine)
    if jobs < 1:
        parser.error("--jobs must be at least 1")
    if arguments.profile and jobs > 1:
        parser.error("--profile profiles this process: use it with --jobs 1")
    db = Database(arguments.engine, arguments.name, arguments.dir.resolve())
    os.environ.update(db.environment())  # the workers' too
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if arguments.migrate:
        call_command("migrate", verbosity=0)
    wanted = slots(arguments.meetings, arguments.seed, arguments.after)
    how = f" in {jobs} workers" if jobs > 1 else ""
    print(f"storing {arguments.meetings} meetings into {db.describe()}{how}", file=sys.stderr)
    if jobs == 1:
        loaded = load_here(wanted, arguments.seed, arguments.profile)
    else:
        make_boards(wanted)  # before timing: a few hundred queries, of a load's hundreds of 1000s
        connection.close()  # this process stores nothing more
        loaded = load_in_workers(shard(wanted, jobs), arguments.seed)
    seconds, cpu = loaded["seconds"], loaded["cpu_seconds"]
    server_cpu = loaded["server_cpu_seconds"]
    result = {
        "records": loaded["records"],
        "meetings": arguments.meetings,
        "jobs": jobs,
        "seconds": round(seconds, 1),
        "meetings_per_second": round(arguments.meetings / seconds, 2),
        "records_per_second": round(loaded["records"] / seconds, 2),
        "records_per_second_by_slice": loaded["slices"],
        "cpu_seconds": round(cpu, 1),
        "meetings_per_cpu_second": round(arguments.meetings / cpu, 2),
        "postgresql_server_cpu_seconds": None if server_cpu is None else round(server_cpu, 1),
        "peak_rss_mb": round(loaded["peak_rss_mb"], 1),
        "peak_rss_before_storing_mb": round(loaded["peak_rss_before_storing_mb"], 1),
        "retries": loaded["retries"],  # stores tried again after losing a race to another
        "profiled": bool(arguments.profile),  # if so, the profiler's own cost is in the times
    }
    if "workers" in loaded:
        result["workers"] = loaded["workers"]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
