"""Store generated meetings into one benchmark database, in this process; print what it took.

The child process that `benchmarks.databases.build` (and so the ingest benchmark) and the
ingest-while-serving benchmark run, so that each load has Django set up for its own database
and its peak memory is its own:

    python -m benchmarks.loader --engine sqlite --meetings 5000 --migrate
    python -m benchmarks.loader --engine postgresql --name scrutiny_serving \\
        --after 5000 --meetings 500     # the next 500 meetings of the same boards
    python -m benchmarks.loader --engine sqlite --name copy --after 5000 --meetings 100 \\
        --profile /tmp/store.prof       # where storing spends its time (cProfile)

Prints one line of JSON last: records, meetings, seconds, rates (overall and SLICE records at a
time), the peak resident set of this process (VmHWM) and what it was before storing began, and
the CPU seconds spent: by this process, and by its PostgreSQL server process (from /proc, when
the server runs on this machine). On a machine shared with other work the CPU seconds are the
steadier measure: wall time counts the time other processes held the cores.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import sys
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import peak_rss_mb
from benchmarks.databases import DIRECTORY, ENGINES, Database
from scrutiny.generate import SEED, record_count, records

if TYPE_CHECKING:
    from benchmarks.load import Loaded


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


def profiled(run: Callable[[], Loaded], path: Path) -> Loaded:
    """`run` under cProfile: statistics written to `path`, the costliest of ours on stderr."""
    profile = cProfile.Profile()
    loaded = profile.runcall(run)
    profile.dump_stats(path)
    stats = pstats.Stats(str(path), stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats("src/scrutiny", 30)
    return loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=ENGINES, required=True)
    parser.add_argument("--name", default="bench", help="SQLite file stem or PostgreSQL database")
    parser.add_argument("--dir", type=Path, default=DIRECTORY)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--meetings", type=int, required=True)
    parser.add_argument("--after", type=int, default=0, help="skip the first N meetings")
    parser.add_argument("--migrate", action="store_true", help="apply the migrations first")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics of storing here")
    arguments = parser.parse_args()
    db = Database(arguments.engine, arguments.name, arguments.dir.resolve())
    os.environ.update(db.environment())
    import django

    django.setup()
    from django.core.management import call_command

    from benchmarks.load import load

    if arguments.migrate:
        call_command("migrate", verbosity=0)
    first, total = record_count(arguments.after), record_count(arguments.after + arguments.meetings)
    wanted = records(arguments.after + arguments.meetings, arguments.seed)
    # The meetings already stored are generated (and dropped) before timing starts; the rest
    # are generated one by one inside the timed loop, about 5 ms a record beside ~500 storing.
    next(islice(wanted, first, first), None)
    before = peak_rss_mb()
    print(f"storing {arguments.meetings} meetings into {db.describe()}", file=sys.stderr)
    cpu, server_cpu = cpu_seconds(), server_cpu_seconds()
    if arguments.profile:
        loaded = profiled(lambda: load(wanted, total - first), arguments.profile)
    else:
        loaded = load(wanted, total - first)
    cpu = cpu_seconds() - cpu
    server_cpu_after = server_cpu_seconds()
    result = {
        "records": loaded.records,
        "meetings": arguments.meetings,
        "seconds": round(loaded.seconds, 1),
        "meetings_per_second": round(arguments.meetings / loaded.seconds, 2),
        "records_per_second": round(loaded.per_second, 2),
        "records_per_second_by_slice": loaded.slices,
        "cpu_seconds": round(cpu, 1),
        "meetings_per_cpu_second": round(arguments.meetings / cpu, 2),
        "postgresql_server_cpu_seconds": None
        if server_cpu is None or server_cpu_after is None
        else round(server_cpu_after - server_cpu, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "peak_rss_before_storing_mb": round(before, 1),
        "profiled": bool(arguments.profile),  # if so, the profiler's own cost is in the times
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
