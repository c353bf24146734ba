"""`scrutiny ingest` and `scrutiny manage`, run as a user runs them.

Each test has its own SQLite file: the command runs in another process, which cannot see the
test database (whichever database the rest of the suite runs on).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from command_line import scrutiny
from gold import SEEDS


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    return base | {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'scrutiny.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "documents"),
        "SECRET_KEY": "tests-only",
    }


def count(env: dict[str, str], table: str) -> int:
    with sqlite3.connect(env["DATABASE_URL"].removeprefix("sqlite:///")) as db:
        return int(db.execute(f"select count(*) from {table}").fetchone()[0])


def test_ingest_asks_for_migrate_first_then_stores_and_reports(
    env: dict[str, str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(SEEDS, notes)
    (notes / "empty.docx").write_bytes(b"")

    before = scrutiny("ingest", str(notes), env=env)
    assert before.returncode == 1
    assert "run `scrutiny manage migrate` first" in before.stderr

    migrated = scrutiny("manage", "migrate", "--verbosity", "0", env=env)
    assert migrated.returncode == 0, migrated.stderr
    first = scrutiny("ingest", str(notes), env=env)
    assert first.returncode == 2, first.stderr
    outcomes = [line.split(": ")[1] for line in first.stdout.splitlines()]
    assert outcomes == ["stored", "stored", "failed"]
    assert "empty.docx: failed: empty document" in first.stdout
    assert count(env, "meetings_meeting") == 2
    assert count(env, "actions_action") > 0

    (notes / "empty.docx").unlink()
    again = scrutiny("ingest", str(notes), "--board", "Ignored", env=env)
    assert again.returncode == 0, again.stderr
    assert [line.split(": ")[1] for line in again.stdout.splitlines()] == ["unchanged"] * 2


def test_settings_refuse_to_start_without_a_secret_key_unless_debug(
    env: dict[str, str], tmp_path: Path
) -> None:
    del env["SECRET_KEY"]
    refused = scrutiny("ingest", str(tmp_path), env=env)
    assert refused.returncode == 1
    assert refused.stderr.startswith("scrutiny: SECRET_KEY is not set.")
    checked = scrutiny("manage", "check", env=env | {"DEBUG": "1"})
    assert checked.returncode == 0, checked.stderr


def test_manage_passes_options_through_to_django(env: dict[str, str]) -> None:
    result = scrutiny("manage", "makemigrations", "--check", "--dry-run", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout


def test_extract_does_not_load_django() -> None:
    code = "import sys, scrutiny.cli; sys.exit('django' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
