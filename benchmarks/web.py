"""How fast the site's pages answer with 5,000 meetings stored, on SQLite.

Builds a SQLite database of generated meetings (`scrutiny.generate`) stored through the real
storage code (`benchmarks.load`), or reuses the one built before with the same seed, count and
storage code (a fingerprint file beside it says which). Then times the pages two ways, with
DEBUG off: in process through Django's test client (the application alone), and over HTTP from
a gunicorn server on 127.0.0.1 (one sync worker, requests one at a time). Each address is
requested once to warm up, then timed:

    home            /                                   REQUESTS times
    meeting         50 meetings sampled by the seed     REQUESTS requests spread over them
    action register unfiltered, open, overdue by board, page 10
    search          10 queries: phrases, common words, or, filters

Reports p50, p95 and max per page and per address, and whether each page's p95 is under
150 ms. Writes benchmarks/results/web.json.

    python -m benchmarks.web                       # `make bench-web`
    python -m benchmarks.web --dir /tmp/bench      # keep the database elsewhere
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from benchmarks.common import ROOT, machine, table, write
from scrutiny.generate import MEETINGS, SEED, record_count, records

TARGET_MS = 150.0
REQUESTS = 100  # timed requests per page, shared among its addresses
SAMPLED_MEETINGS = 50
DEFAULT_DIR = ROOT / "var" / "bench-web"
SECRET_KEY = "scrutiny-benchmark-only-not-secret"
# What decides the stored data: change any of these and the database is built again.
STORAGE_CODE = [
    "src/scrutiny/generate",
    "src/scrutiny/render/words.py",
    "benchmarks/load.py",
    *(
        f"src/scrutiny/{app}/{part}"
        for app in ("ingestion", "meetings", "actions", "figures", "search")
        for part in ("models.py", "services.py", "migrations")
    ),
]


# --- the database -------------------------------------------------------------------------------


def environment(directory: Path) -> dict[str, str]:
    """The settings of both runs: DEBUG off, the benchmark's own key, database and documents."""
    return {
        "DJANGO_SETTINGS_MODULE": "scrutiny.settings",
        "DATABASE_URL": f"sqlite:///{directory / 'web.sqlite3'}",
        "MEDIA_ROOT": str(directory / "documents"),
        "SECRET_KEY": SECRET_KEY,
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
    }


def fingerprint(seed: int, meetings: int) -> dict[str, Any]:
    digest = hashlib.sha256()
    for name in STORAGE_CODE:
        path = ROOT / name
        for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return {"seed": seed, "meetings": meetings, "storage_code": digest.hexdigest()}


def build(directory: Path, seed: int, meetings: int, rebuild: bool) -> dict[str, Any]:
    """The database for `seed` and `meetings`, built now or before; how long loading took."""
    stamp = directory / "fingerprint.json"
    wanted = fingerprint(seed, meetings)
    if not rebuild and stamp.exists() and (directory / "web.sqlite3").exists():
        built: dict[str, Any] = json.loads(stamp.read_text())
        if built.get("fingerprint") == wanted:
            print(f"reusing {directory / 'web.sqlite3'} (built {built['built']})", file=sys.stderr)
            return {**built["load"], "reused": True}
    # Django has not connected yet: the old database can go.
    for stale in ("web.sqlite3", "web.sqlite3-wal", "web.sqlite3-shm", "fingerprint.json"):
        (directory / stale).unlink(missing_ok=True)
    shutil.rmtree(directory / "documents", ignore_errors=True)

    from django.core.management import call_command

    from benchmarks.load import load

    call_command("migrate", verbosity=0)
    total = record_count(meetings)
    print(f"storing {meetings} meetings ({total} versions) in {directory}", file=sys.stderr)
    loaded = load(records(meetings, seed), total)
    result = {
        "records": loaded.records,
        "seconds": round(loaded.seconds, 1),
        "meetings_per_second": round(loaded.per_second, 1),
    }
    stamp.write_text(
        json.dumps(
            {
                "fingerprint": wanted,
                "built": datetime.now(UTC).isoformat(timespec="seconds"),
                "load": result,
            },
            indent=2,
        )
        + "\n"
    )
    return {**result, "reused": False}


def contents(directory: Path) -> dict[str, Any]:
    from scrutiny.actions.models import Action
    from scrutiny.figures.models import Figure
    from scrutiny.meetings.models import Board, Meeting, Point
    from scrutiny.search.models import Entry

    return {
        "engine": "sqlite",
        "sqlite": sqlite3.sqlite_version,
        "megabytes": round((directory / "web.sqlite3").stat().st_size / 1e6),
        "meetings": Meeting.objects.filter(is_current=True).count(),
        "versions": Meeting.objects.count(),
        "boards": Board.objects.count(),
        "points": Point.objects.count(),
        "actions": Action.objects.count(),
        "figures": Figure.objects.count(),
        "search_entries": Entry.objects.count(),
    }


# --- what is asked ------------------------------------------------------------------------------


def addresses(seed: int) -> dict[str, list[str]]:
    """Each page's addresses, chosen from the stored data by the seed."""
    from scrutiny.meetings.models import Board, Meeting

    current = list(Meeting.objects.filter(is_current=True).order_by("pk").values_list("pk"))
    sampled = random.Random(seed).sample(current, min(SAMPLED_MEETINGS, len(current)))
    board = Board.objects.order_by("pk").values_list("slug", flat=True).first() or ""
    searches: list[dict[str, str]] = [
        {"q": "knife crime"},
        {"q": "police"},
        {"q": "force"},
        {"q": "burglary"},
        {"q": '"knife crime"'},
        {"q": "county lines"},
        {"q": "victims satisfied"},
        {"q": "knife or robbery -burglary"},
        {"q": "knife crime", "board": board, "kind": "question"},
        {"q": "police", "from": "2024-01-01", "to": "2024-12-31", "speaker": "CC"},
    ]
    return {
        "home": ["/"],
        "meeting": [f"/meetings/{pk}/" for (pk,) in sampled],
        "actions": [
            "/actions/",
            "/actions/?status=open",
            "/actions/?status=overdue&sort=board",
            "/actions/?page=10",
        ],
        "search": [f"/search/?{urlencode(query)}" for query in searches],
    }


# --- timing -------------------------------------------------------------------------------------

Fetch = Callable[[str], tuple[int, int]]  # address -> (status, bytes)


def timed(fetch: Fetch, pages: dict[str, list[str]], requests: int) -> dict[str, Any]:
    """Each address once to warm up, then `requests` per page round its addresses."""
    for urls in pages.values():
        for url in urls:
            fetch(url)
    results: dict[str, Any] = {}
    for page, urls in pages.items():
        samples: dict[str, list[float]] = {url: [] for url in urls}
        errors: dict[str, int] = dict.fromkeys(urls, 0)
        sizes: dict[str, int] = dict.fromkeys(urls, 0)
        for number in range(max(requests, len(urls))):
            url = urls[number % len(urls)]
            started = time.perf_counter()
            try:
                status, size = fetch(url)
            except Exception as error:  # a failed request is counted, not fatal
                print(f"{url}: {type(error).__name__}: {error}", file=sys.stderr)
                status, size = 0, 0
            samples[url].append((time.perf_counter() - started) * 1000)
            sizes[url] = size
            if status != 200:
                errors[url] += 1
        every = [ms for url in urls for ms in samples[url]]
        results[page] = {
            **summary(every),
            "errors": sum(errors.values()),
            "under_target": percentile(every, 95) < TARGET_MS,
            "addresses": [
                {"url": url, **summary(samples[url]), "errors": errors[url], "bytes": sizes[url]}
                for url in urls
            ]
            if len(urls) <= 10
            else [],
        }
        if len(urls) > 10:
            # Too many to list: the slowest few, so a bad one is still seen.
            slowest = sorted(urls, key=lambda u: max(samples[u]), reverse=True)[:5]
            results[page]["slowest_addresses"] = [
                {"url": url, **summary(samples[url]), "errors": errors[url]} for url in slowest
            ]
            results[page]["addresses_count"] = len(urls)
    return results


def percentile(samples: list[float], p: int) -> float:
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[p - 1]


def summary(samples: list[float]) -> dict[str, Any]:
    return {
        "requests": len(samples),
        "p50_ms": round(percentile(samples, 50), 1),
        "p95_ms": round(percentile(samples, 95), 1),
        "max_ms": round(max(samples), 1),
    }


def test_client_fetch() -> Fetch:
    from django.test import Client

    client = Client(raise_request_exception=False, SERVER_NAME="127.0.0.1")

    def fetch(url: str) -> tuple[int, int]:
        response = client.get(url)
        return response.status_code, len(response.content)

    return fetch


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Server:
    """gunicorn on 127.0.0.1 with the benchmark's settings; stopped on leaving."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.command = [
            str(Path(sys.executable).with_name("gunicorn")),
            "scrutiny.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            "--workers=1",
            "--worker-class=sync",
            "--log-level=warning",
        ]
        self.env = {**os.environ, **env}

    def __enter__(self) -> Server:
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.fetch("/")[0] == 200:
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise SystemExit("gunicorn did not answer within 60 seconds")

    def __exit__(self, *_: object) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def fetch(self, url: str) -> tuple[int, int]:
        # A new connection a request: gunicorn's sync workers close each one anyway.
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", url)
            response = connection.getresponse()
            return response.status, len(response.read())
        finally:
            connection.close()


# --- the run ------------------------------------------------------------------------------------


def report(mode: str, results: dict[str, Any]) -> str:
    rows = []
    for page, result in results.items():
        rows.append(
            [
                page,
                str(result["requests"]),
                f"{result['p50_ms']:.1f}",
                f"{result['p95_ms']:.1f}",
                f"{result['max_ms']:.1f}",
                str(result["errors"]),
                "yes" if result["under_target"] else "NO",
            ]
        )
        for address in result["addresses"]:
            rows.append(
                [
                    f"  {address['url']}",
                    str(address["requests"]),
                    f"{address['p50_ms']:.1f}",
                    f"{address['p95_ms']:.1f}",
                    f"{address['max_ms']:.1f}",
                    str(address["errors"]),
                    "",
                ]
            )
    headers = [mode, "requests", "p50 ms", "p95 ms", "max ms", "errors", f"p95<{TARGET_MS:.0f}"]
    return table(headers, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="where the database is kept")
    parser.add_argument("--meetings", type=int, default=MEETINGS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--requests", type=int, default=REQUESTS, help="timed requests a page")
    parser.add_argument("--rebuild", action="store_true", help="build the database even if kept")
    parser.add_argument("--no-server", action="store_true", help="the test client only")
    parser.add_argument("--output", default="web.json", help="file name in benchmarks/results")
    arguments = parser.parse_args()
    directory: Path = arguments.dir.resolve()
    directory.mkdir(parents=True, exist_ok=True)

    env = environment(directory)
    # The test client asks for "testserver" unless told otherwise; it is told 127.0.0.1.
    os.environ.update(env)
    import django

    django.setup()

    load = build(directory, arguments.seed, arguments.meetings, arguments.rebuild)
    database = contents(directory)
    pages = addresses(arguments.seed)

    modes: dict[str, Any] = {}
    print("timing through the test client", file=sys.stderr)
    modes["test_client"] = {"pages": timed(test_client_fetch(), pages, arguments.requests)}
    print(report("test client", modes["test_client"]["pages"]))
    if not arguments.no_server:
        print("timing over HTTP from gunicorn", file=sys.stderr)
        with Server(env) as server:
            modes["server"] = {
                "server": f"gunicorn {version('gunicorn')}, 1 sync worker, 127.0.0.1",
                "pages": timed(server.fetch, pages, arguments.requests),
            }
        print()
        print(report("gunicorn", modes["server"]["pages"]))

    command = "python -m benchmarks.web" + "".join(f" {a}" for a in sys.argv[1:])
    path = write(
        arguments.output,
        {
            "command": command,
            "make": "make bench-web",
            "machine": {**machine(), "django": version("django")},
            "settings": "DEBUG off, SECRET_KEY of the benchmark, static files not requested",
            "seed": arguments.seed,
            "database": database,
            "load": load,
            "target_p95_ms": TARGET_MS,
            "requests_per_page": arguments.requests,
            "method": (
                "each address requested once to warm up, then the page's requests made one at "
                "a time round its addresses; wall-clock time from request to the whole body"
            ),
            "modes": modes,
        },
    )
    print(f"\nwritten to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
