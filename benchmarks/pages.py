"""What the page benchmarks ask for: each page's addresses, chosen from the stored data.

home            /
meeting         50 current meetings sampled by the seed
action register unfiltered, open, overdue by board, page 10
search          10 queries: phrases, common words, or, filters
"""

from __future__ import annotations

import random
from urllib.parse import urlencode

from benchmarks.databases import Database, rows

SAMPLED_MEETINGS = 50
# p95 targets of issue 7, in milliseconds (on SQLite at 5,000 meetings)
TARGETS_MS = {"home": 150.0, "meeting": 150.0, "actions": 150.0, "search": 100.0}
STATIC = "/static/govuk/govuk-frontend.min.css"  # served by whitenoise


def addresses(db: Database, seed: int) -> dict[str, list[str]]:
    """Each page's addresses on `db`."""
    current = rows(db, "SELECT id FROM meetings_meeting WHERE is_current ORDER BY id")
    sampled = random.Random(seed).sample(current, min(SAMPLED_MEETINGS, len(current)))
    boards = rows(db, "SELECT slug FROM meetings_board ORDER BY id LIMIT 1")
    board = boards[0][0] if boards else ""
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


def mixed(pages: dict[str, list[str]], requests: int, seed: int) -> list[tuple[str, str]]:
    """`requests` a page, each page's round its addresses, all shuffled together by the seed:
    the order concurrent clients take them in."""
    jobs = [
        (page, urls[number % len(urls)])
        for page, urls in pages.items()
        for number in range(max(requests, len(urls)))
    ]
    random.Random(seed).shuffle(jobs)
    return jobs
