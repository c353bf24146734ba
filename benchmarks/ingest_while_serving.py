"""Ingest while serving, on PostgreSQL: no errors, no lost or duplicated data.

A copy of the 5,000-meeting PostgreSQL database (`scrutiny_bench`, built if need be) is served by
gunicorn (`benchmarks.concurrency`'s settings) while `benchmarks.loader` stores the next 500
meetings of the same boards into it (`records(5500)` after the first 5,000, corrected versions
included), and 8 paced clients read home, meeting, action register and search pages throughout.
Then checks:

    no request failed            every answer a 200 (no 5xx, no refused connection)
    nothing lost or doubled      current meetings, versions, actions, figures and source
                                 documents each grew by exactly what the new records hold
    every document once          each new record's SHA-256 stored exactly once, none twice
    search finds them            every new current meeting has search entries, superseded
                                 versions have none, and a search limited to the new meetings'
                                 dates lists new meetings

The copy (`scrutiny_serving`) is dropped afterwards unless --keep. Reports the pages' latency
during the load and the loader's rate beside the checks. Writes
benchmarks/results/ingest_while_serving.json; exits non-zero if a check fails.

    python -m benchmarks.ingest_while_serving                  # `make bench-serving`
    python -m benchmarks.ingest_while_serving --meetings 100
"""

from __future__ import annotations

import argparse
import sys
import threading
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import urlencode

from benchmarks.clients import run_clients, until
from benchmarks.common import SHARED_MACHINE, command_line, machine, run_child, write
from benchmarks.concurrency import CLIENTS, THINK, THREADS, WORKERS, warm_up
from benchmarks.databases import (
    Database,
    contents,
    copy,
    database,
    drop,
    ensure,
    loader_arguments,
    rows,
)
from benchmarks.ingest import must_fail, skipped_postgres
from benchmarks.latency import Sample, by_page
from benchmarks.pages import TARGETS_MS, addresses, mixed
from benchmarks.server import Server
from benchmarks.synthetic import document_of
from scrutiny.generate import MEETINGS, SEED, record_count, records

EXTRA = 500
COPY = "scrutiny_serving"


@dataclass(frozen=True)
class Expected:
    """What the new records add."""

    meetings: int  # current meetings (a corrected version replaces its first)
    versions: int
    actions: int
    figures: int
    sha256: list[str]
    first_date: str


def expected(seed: int, after: int, meetings: int) -> Expected:
    new = list(islice(records(after + meetings, seed), record_count(after), None))
    dates = sorted(record.date for record in new if record.date)
    return Expected(
        # A board is its name within its office: offices share names ("Accountability Board").
        meetings=len({(record.organisation, record.board, record.date) for record in new}),
        versions=len(new),
        actions=sum(len(record.actions) for record in new),
        figures=sum(len(record.figures) for record in new),
        sha256=[document_of(record)[0].sha256 for record in new],
        first_date=dates[0],
    )


def load_while_serving(
    db: Database, server: Server, pages: dict[str, list[str]], arguments: argparse.Namespace
) -> tuple[dict[str, Any], list[Sample], float]:
    """Run the loader to the end while the clients read; its result and theirs."""
    stop = threading.Event()
    found: dict[str, Any] = {}

    def read() -> None:
        jobs = mixed(pages, 1, arguments.seed)
        found["samples"], found["seconds"] = run_clients(
            server.port, until(jobs, stop), arguments.clients, THINK, arguments.seed
        )

    clients = threading.Thread(target=read)
    clients.start()
    try:
        loaded: dict[str, Any] = run_child(
            "benchmarks.loader",
            loader_arguments(db, arguments.seed, arguments.meetings, after=arguments.base),
        )
    finally:
        stop.set()
        clients.join()
    return loaded, found["samples"], found["seconds"]


def search_check(db: Database, server: Server, want: Expected) -> dict[str, Any]:
    """Every new current meeting searchable, no superseded version, and the site finds them."""
    new_current = rows(
        db,
        "SELECT m.id FROM meetings_meeting m JOIN ingestion_sourcedocument s "
        "ON m.source_id = s.id WHERE m.is_current AND s.sha256 IN ("
        + ",".join(f"'{sha}'" for sha in want.sha256)
        + ")",
    )
    ids = {pk for (pk,) in new_current}
    indexed = {
        pk
        for (pk,) in rows(
            db,
            "SELECT DISTINCT meeting_id FROM search_entry WHERE meeting_id IN ("
            + ",".join(str(pk) for pk in ids or {0})
            + ")",
        )
    }
    superseded = rows(
        db,
        "SELECT count(*) FROM search_entry e JOIN meetings_meeting m ON e.meeting_id = m.id "
        "WHERE NOT m.is_current",
    )[0][0]
    url = "/search/?" + urlencode({"q": "police", "from": want.first_date})
    status, body = server.get(url)
    page = body.decode("utf-8", "replace")
    listed = sorted(pk for pk in ids if f"/meetings/{pk}/" in page)
    return {
        "new_current_meetings": len(ids),
        "new_current_meetings_indexed": len(indexed),
        "superseded_versions_indexed": superseded,
        "search": url,
        "search_status": status,
        "new_meetings_listed_on_first_page": len(listed),
        "passed": len(indexed) == len(ids) == want.meetings
        and superseded == 0
        and status == 200
        and bool(listed),
    }


def data_check(
    before: dict[str, Any], after: dict[str, Any], want: Expected, db: Database
) -> dict[str, Any]:
    grown = {
        key: after[key] - before[key]
        for key in ("meetings", "versions", "actions", "figures", "source_documents")
    }
    wanted = {
        "meetings": want.meetings,
        "versions": want.versions,
        "actions": want.actions,
        "figures": want.figures,
        "source_documents": want.versions,
    }
    stored = rows(
        db,
        "SELECT sha256, count(*) FROM ingestion_sourcedocument WHERE sha256 IN ("
        + ",".join(f"'{sha}'" for sha in want.sha256)
        + ") GROUP BY sha256",
    )
    counts = dict(stored)
    doubled = rows(
        db,
        "SELECT count(*) FROM (SELECT sha256 FROM ingestion_sourcedocument "
        "GROUP BY sha256 HAVING count(*) > 1) AS twice",
    )[0][0]
    current_twice = rows(
        db,
        "SELECT count(*) FROM (SELECT board_id, date FROM meetings_meeting WHERE is_current "
        "GROUP BY board_id, date HAVING count(*) > 1) AS twice",
    )[0][0]
    missing = sum(1 for sha in want.sha256 if counts.get(sha, 0) == 0)
    return {
        "grew_by": grown,
        "expected": wanted,
        "new_documents_missing": missing,
        "documents_stored_twice": doubled,
        "meetings_current_twice": current_twice,
        "passed": grown == wanted and missing == 0 and doubled == 0 and current_twice == 0,
    }


def run(arguments: argparse.Namespace) -> dict[str, Any]:
    base = database("postgresql", arguments.name)
    stamp = ensure(
        base, arguments.seed, arguments.base, rebuild=arguments.rebuild, reuse=arguments.reuse
    )
    db = copy(base, arguments.copy)
    try:
        before = contents(db)
        print(f"working out what {arguments.meetings} more meetings add", file=sys.stderr)
        want = expected(arguments.seed, arguments.base, arguments.meetings)
        pages = addresses(db, arguments.seed)
        with Server(db.environment(), arguments.workers, arguments.threads) as server:
            warm_up(server, pages, arguments.clients)
            loaded, samples, seconds = load_while_serving(db, server, pages, arguments)
            searched = search_check(db, server, want)
            described = server.describe()
        after = contents(db)
        stored = data_check(before, after, want, db)
    finally:
        if not arguments.keep:
            drop(db)
    failed = [s for s in samples if s.failed]
    requests = {
        "clients": arguments.clients,
        "think_seconds": list(THINK),
        "requests": len(samples),
        "seconds": round(seconds, 1),
        "errors": len(failed),
        "server_errors_5xx": sum(1 for s in failed if s.status >= 500),
        "no_answer": sum(1 for s in failed if s.status == 0),
        "pages": by_page(samples, TARGETS_MS),
        "passed": not failed,
    }
    return {
        "database": f"{db.name} (a copy of {base.name}: {stamp['contents']['meetings']} meetings)",
        "database_reused": stamp["reused"],
        "fingerprint_matches": stamp["fingerprint_matches"],
        "server": described,
        "loaded": loaded,
        "before": before,
        "after": after,
        "checks": {"requests": requests, "data": stored, "search": searched},
        "passed": requests["passed"] and stored["passed"] and searched["passed"],
    }


def report(result: dict[str, Any]) -> str:
    checks = result["checks"]
    requests, data, search = checks["requests"], checks["data"], checks["search"]
    lines = [
        f"loaded {result['loaded']['meetings']} meetings in {result['loaded']['seconds']} s "
        f"({result['loaded']['meetings_per_second']}/s) while serving",
        f"requests: {requests['requests']}, errors {requests['errors']} "
        f"(5xx {requests['server_errors_5xx']}, no answer {requests['no_answer']})",
        f"data: grew by {data['grew_by']}, expected {data['expected']}; documents missing "
        f"{data['new_documents_missing']}, stored twice {data['documents_stored_twice']}",
        f"search: {search['new_current_meetings_indexed']} of {search['new_current_meetings']} "
        f"new meetings indexed, {search['new_meetings_listed_on_first_page']} listed by "
        f"{search['search']} ({search['search_status']})",
        "passed" if result["passed"] else "FAILED",
    ]
    for page, figures in requests["pages"].items():
        lines.append(
            f"  {page}: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, "
            f"errors {figures['errors']}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=MEETINGS, help="meetings already stored")
    parser.add_argument("--meetings", type=int, default=EXTRA, help="meetings stored meanwhile")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--threads", type=int, default=THREADS)
    parser.add_argument("--name", default="bench", help="the kept database to copy")
    parser.add_argument("--copy", default=COPY, help="the copy's name")
    parser.add_argument("--keep", action="store_true", help="keep the copy afterwards")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--reuse", action="store_true", help="use the kept database even if the code changed"
    )
    parser.add_argument("--output", default="ingest_while_serving.json")
    arguments = parser.parse_args()

    skipped = skipped_postgres(["postgresql"])
    result: dict[str, Any] = (
        {"skipped": skipped, "fails_under_ci": True} if skipped else run(arguments)
    )
    if skipped:
        print(f"NOTICE: {skipped}: skipping", file=sys.stderr)
    else:
        print(report(result))
    path = write(
        arguments.output,
        {
            "command": command_line("benchmarks.ingest_while_serving"),
            "make": "make bench-serving",
            "machine": machine(),
            "note": SHARED_MACHINE,
            "seed": arguments.seed,
            **result,
        },
    )
    print(f"\nwritten to {path}")
    if must_fail(skipped):
        raise SystemExit(f"{skipped}: CI runs the PostgreSQL benchmarks, so this fails")
    if not skipped and not result["passed"]:
        raise SystemExit("ingest while serving: a check failed (see the result)")


if __name__ == "__main__":
    main()
