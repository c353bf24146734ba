"""The open data downloads of everything published, at 5,000 meetings: time and peak memory.

Uses the kept database of generated meetings (`benchmarks.databases`; built first if the seed,
count or storage code changed). Each format is built by a fresh child process, as the first
request after a change (or `scrutiny downloads`) builds it (`scrutiny.downloads.built`), into a
folder of its own; the child reports the seconds, the file's size and its peak resident set
(VmHWM). A download is written a chunk of rows at a time, so its memory should not grow with the
archive: the target is a peak under 200 MB, where writing it whole in memory took 1.6 GB.

    python -m benchmarks.downloads                 # `make bench-downloads`
    python -m benchmarks.downloads --engine postgresql
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from typing import Any, cast

from benchmarks.common import (
    SHARED_MACHINE,
    command_line,
    machine,
    peak_rss_mb,
    run_child,
    table,
    write,
)
from benchmarks.databases import ENGINES, Engine, database, ensure
from scrutiny.generate import MEETINGS, SEED

FORMATS = ("csv.zip", "sqlite", "jsonl")
TARGET_PEAK_MB = 200.0


def build_one(fmt: str) -> dict[str, Any]:
    """In the child: build the download of everything in `fmt` with the site's own code."""
    import django

    django.setup()
    from scrutiny.downloads.built import opened

    started = time.perf_counter()
    built, _ = opened(fmt, None)
    with built:
        size = os.fstat(built.fileno()).st_size
    return {
        "format": fmt,
        "seconds": round(time.perf_counter() - started, 1),
        "megabytes": round(size / 1_000_000, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def measured(engine: Engine, seed: int, meetings: int) -> dict[str, Any]:
    db = database(engine)
    stamp = ensure(db, seed, meetings, rebuild=False, reuse=False)
    formats = []
    for fmt in FORMATS:
        print(f"{engine}: building {fmt}", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory() as folder:
            env = db.environment() | {"DOWNLOADS_DIR": folder}
            formats.append(run_child("benchmarks.downloads", ["--child", fmt], env))
    for result in formats:
        result["under_target"] = result["peak_rss_mb"] < TARGET_PEAK_MB
    return {"database": db.describe(), "contents": stamp["contents"], "formats": formats}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=ENGINES, default="sqlite")
    parser.add_argument("--meetings", type=int, default=MEETINGS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--child", choices=FORMATS, help=argparse.SUPPRESS)
    parser.add_argument("--output", default="downloads.json", help="file in benchmarks/results")
    arguments = parser.parse_args()
    if arguments.child:
        import json

        print(json.dumps(build_one(arguments.child)))
        return
    result = {
        "command": command_line("benchmarks.downloads"),
        "make": "make bench-downloads",
        "machine": machine(),
        "note": SHARED_MACHINE,
        "method": "each format built by a fresh child process into an empty folder, as the "
        "site builds it on the first request after a change; peak is the child's VmHWM",
        "seed": arguments.seed,
        "target_peak_mb": TARGET_PEAK_MB,
        arguments.engine: measured(
            cast(Engine, arguments.engine), arguments.seed, arguments.meetings
        ),
    }
    path = write(arguments.output, result)
    rows = [
        [f["format"], f"{f['seconds']}", f"{f['megabytes']}", f"{f['peak_rss_mb']}"]
        for f in result[arguments.engine]["formats"]
    ]
    print(table(["format", "seconds", "MB", "peak MB"], rows))
    print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()
