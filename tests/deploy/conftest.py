"""The environment a production deployment gives: a long random key, DEBUG unset, and its own
database, documents and static files in the test's folder."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest


@pytest.fixture
def production_env(tmp_path: Path) -> dict[str, str]:
    # Not the test run's own settings (the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE).
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        and not k.startswith("SECURE_")
    }
    return base | {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "scrutiny.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'scrutiny.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "documents"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
