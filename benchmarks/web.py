"""How fast the site's pages answer with 5,000 meetings stored, on SQLite.

Uses the SQLite database of generated meetings kept by `benchmarks.databases` (the one the
ingest benchmark built, or built now if the seed, count or storage code changed). Then times the
pages (`benchmarks.pages`) two ways, with the production settings: in process through Django's
test client (the application alone), and over HTTP from a gunicorn server on 127.0.0.1 (one
sync worker, requests one at a time; `benchmarks.concurrency` has 8 clients at once). Each
address is requested once to warm up, then REQUESTS requests a page, round its addresses.

Reports p50, p95 and max per page and per address, and whether each page's p95 is under
150 ms. Writes benchmarks/results/web.json.

    python -m benchmarks.web                       # `make bench-web`
    python -m benchmarks.web --no-server --requests 20
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from importlib.metadata import version
from typing import Any

from benchmarks.common import SHARED_MACHINE, command_line, machine, table, write
from benchmarks.databases import database, ensure
from benchmarks.latency import percentile, summary
from benchmarks.pages import TARGETS_MS, addresses
from benchmarks.server import Server
from scrutiny.generate import MEETINGS, SEED

REQUESTS = 100  # timed requests per page, shared among its addresses


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
            "under_target": percentile(every, 95) < TARGETS_MS[page],
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


def test_client_fetch() -> Fetch:
    from django.test import Client

    client = Client(raise_request_exception=False, SERVER_NAME="127.0.0.1")

    def fetch(url: str) -> tuple[int, int]:
        response = client.get(url)
        return response.status_code, len(response.content)

    return fetch


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
    headers = [mode, "requests", "p50 ms", "p95 ms", "max ms", "errors", "p95 < target"]
    return table(headers, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=MEETINGS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--requests", type=int, default=REQUESTS, help="timed requests a page")
    parser.add_argument("--name", default="bench", help="which kept database (default: bench)")
    parser.add_argument("--rebuild", action="store_true", help="build the database even if kept")
    parser.add_argument(
        "--reuse", action="store_true", help="use the kept database even if the code changed"
    )
    parser.add_argument("--no-server", action="store_true", help="the test client only")
    parser.add_argument("--output", default="web.json", help="file name in benchmarks/results")
    arguments = parser.parse_args()

    db = database("sqlite", arguments.name)
    stamp = ensure(
        db, arguments.seed, arguments.meetings, rebuild=arguments.rebuild, reuse=arguments.reuse
    )
    pages = addresses(db, arguments.seed)
    env = db.environment()
    # The test client asks for "testserver" unless told otherwise; it is told 127.0.0.1.
    os.environ.update(env)
    import django

    django.setup()

    modes: dict[str, Any] = {}
    print("timing through the test client", file=sys.stderr)
    modes["test_client"] = {"pages": timed(test_client_fetch(), pages, arguments.requests)}
    print(report("test client", modes["test_client"]["pages"]))
    if not arguments.no_server:
        print("timing over HTTP from gunicorn", file=sys.stderr)
        with Server(env) as server:
            modes["server"] = {
                "server": server.describe(),
                "pages": timed(server.fetch, pages, arguments.requests),
            }
        print()
        print(report("gunicorn", modes["server"]["pages"]))

    path = write(
        arguments.output,
        {
            "command": command_line("benchmarks.web"),
            "make": "make bench-web",
            "machine": {**machine(), "django": version("django")},
            "note": SHARED_MACHINE,
            "settings": "DEBUG off, SECRET_KEY of the benchmark, static files not requested",
            "seed": arguments.seed,
            "database": stamp["contents"],
            "database_reused": stamp["reused"],
            "fingerprint_matches": stamp["fingerprint_matches"],
            "load": stamp["load"],
            "targets_p95_ms": TARGETS_MS,
            "requests_per_page": arguments.requests,
            "method": (
                "each address requested once to warm up, then the page's requests made one at "
                "a time round its addresses; wall-clock time from request to the whole body"
            ),
            "modes": modes,
        },
    )
    print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()
