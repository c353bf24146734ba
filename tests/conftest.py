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
    """Keep stored documents (and uploads awaiting review) in the test's own folder, for tests
    that use Django at all."""
    uses_django = {"db", "transactional_db", "settings"} & set(request.fixturenames)
    if not uses_django and not request.node.get_closest_marker("django_db"):
        return None
    settings: Any = request.getfixturevalue("settings")
    settings.MEDIA_ROOT = tmp_path / "documents"
    settings.PENDING_UPLOADS_DIR = tmp_path / "pending-uploads"
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
