"""Fixtures for the Django tests.

Django is imported inside the fixtures: the extraction tests need neither it nor a database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from django.test import Client

    from scrutiny.meetings.models import Board, Meeting


@pytest.fixture(autouse=True, scope="session")
def plain_http() -> Iterator[None]:
    """The suite runs with DEBUG off, so with the production settings; the test client and the
    live server speak plain HTTP, so HTTPS is not enforced on them (tests/test_deploy.py checks
    the settings that enforce it)."""
    from django.test import override_settings

    with override_settings(SECURE_SSL_REDIRECT=False):
        yield


@pytest.fixture(autouse=True)
def media_root(request: pytest.FixtureRequest, tmp_path: Path) -> Path | None:
    """Keep stored documents (and uploads awaiting review, and downloads built) in the test's
    own folder, for tests that use Django at all."""
    uses_django = {"db", "transactional_db", "settings"} & set(request.fixturenames)
    if not uses_django and not request.node.get_closest_marker("django_db"):
        return None
    settings: Any = request.getfixturevalue("settings")
    settings.MEDIA_ROOT = tmp_path / "documents"
    settings.PENDING_UPLOADS_DIR = tmp_path / "pending-uploads"
    settings.DOWNLOADS_DIR = tmp_path / "downloads"
    return Path(settings.MEDIA_ROOT)


@dataclass
class BoardHistory:
    board: Board
    december: Meeting  # 2024-12-11, one version
    february_first: Meeting  # 2025-02-19, version 1, superseded
    february: Meeting  # 2025-02-19, version 2, current


@pytest.fixture
def board_history(db: None) -> BoardHistory:
    """One board, two meetings, the second read twice: a small history to query."""
    from factories import make_record, store_record

    december = store_record(make_record(date="2024-12-11")).meeting
    first = store_record(make_record(date="2025-02-19")).meeting
    second = store_record(make_record(date="2025-02-19", venue="Online")).meeting
    first.refresh_from_db()
    assert second.board is not None
    return BoardHistory(second.board, december, first, second)


HISTORY = Path(__file__).parent / "data" / "history"


@dataclass
class FollowHistory:
    """One board's history: the two seeds and the meetings after each, written for the tests.

    2018-12-12 (seed; its notes state no date) logs two actions for the Chief Constable, due
    2019-03-20. 2019-03-20 discharges both: the turnover one word for word, the assaults one
    reworded; it quotes new figures and offers a breakdown the log never holds. 2025-02-19 (seed)
    logs the DPR review, due 2025-09-16. 2025-05-28 discharges nothing, quotes new figures, and
    its next meeting (2025-09-17) falls after the DPR review's due date.
    """

    board: Board
    december_2018: Meeting
    march_2019: Meeting
    february_2025: Meeting
    may_2025: Meeting


@pytest.fixture
def follow_history(db: None) -> FollowHistory:
    from gold import SEEDS
    from scrutiny.ingestion.services import ingest

    def stored(path: Path, date: str | None = None) -> Meeting:
        return ingest(path.read_bytes(), path.name, date=date).meeting

    december = stored(SEEDS / "000_5744fa4e60daa063.txt", date="2018-12-12")
    march = stored(HISTORY / "2019-03-20-performance-delivery.txt")
    february = stored(SEEDS / "001_73932fbdd1a170a5.txt")
    may = stored(HISTORY / "2025-05-28-performance-delivery.txt")
    assert december.board is not None
    assert {m.board_id for m in (march, february, may)} == {december.board_id}
    return FollowHistory(december.board, december, march, february, may)


def signed_in(username: str, *, staff: bool) -> Client:
    from django.test import Client

    from factories import make_user

    client = Client()
    client.force_login(make_user(username, staff=staff))
    return client


@pytest.fixture
def staff_client(db: None) -> Client:
    """Signed in as the office's staff."""
    return signed_in("officer", staff=True)


@pytest.fixture
def member_client(db: None) -> Client:
    """Signed in, but not staff."""
    return signed_in("member", staff=False)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database with every migration applied, made once per run by the command
    itself: the command-line tests copy it instead of each running `migrate` again."""
    import os
    import subprocess
    import sys

    database = tmp_path_factory.mktemp("migrated") / "scrutiny.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "DEBUG"} | {
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": "tests-only",
    }
    migrate = [sys.executable, "-m", "scrutiny.cli", "manage", "migrate", "--verbosity", "0"]
    done = subprocess.run(migrate, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return database
