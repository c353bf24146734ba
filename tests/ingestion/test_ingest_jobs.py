"""`scrutiny ingest --jobs N`, run as a user runs it: several processes store what one does.

The command and its workers are other processes, which cannot see the test database: each run
gets a fresh, migrated database of its own, of the kind the suite runs on (DATABASE_URL): a copy
of the migrated SQLite file, or a PostgreSQL database copied from a migrated template.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection

from command_line import scrutiny
from scrutiny.generate.houses import house
from scrutiny.generate.meetings import meeting
from scrutiny.generate.people import SEED, boards
from scrutiny.render import render

Site = dict[str, str]  # the environment of a command using one database and documents folder

# What a database holds, without its keys: the rows of every table, each meeting's record,
# every action's state and what closed it, and the search entries.
SNAPSHOT = """
import json, os
import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings")
django.setup()
from django.apps import apps
from scrutiny.actions.models import Action
from scrutiny.meetings.export import meeting_to_record
from scrutiny.meetings.models import Meeting
from scrutiny.search.models import Entry

def known(meeting):
    return [meeting.board.name if meeting.board else None, str(meeting.date), meeting.version]

def listed(rows):
    return sorted(json.dumps(row, sort_keys=True) for row in rows)

meetings = Meeting.objects.select_related("board")
actions = Action.objects.select_related("meeting__board", "closed_by__board")
print(json.dumps({
    "rows": {
        model._meta.label: model.objects.count()
        for model in apps.get_models() if model.__module__.startswith("scrutiny.")
    },
    "records": listed([known(m), m.is_current, meeting_to_record(m)] for m in meetings),
    "actions": listed(
        [known(a.meeting), a.position, a.text, a.state, a.closed_by and known(a.closed_by),
         a.closing_note]
        for a in actions
    ),
    "entries": listed(
        [known(e.meeting), e.kind, e.text] for e in Entry.objects.select_related("meeting__board")
    ),
}))
"""


def snapshot(site: Site) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", SNAPSHOT],
        capture_output=True,
        text=True,
        check=False,
        env=site,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    snapped: dict[str, Any] = json.loads(done.stdout)
    return snapped


def outcomes(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The lines, in name order, without the meetings' keys (which depend on the order)."""
    return sorted(re.sub(r"meeting \d+", "meeting N", line) for line in result.stdout.splitlines())


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three quarters' meetings of two boards (each discharging the last one's actions) as
    text, in folders by board as `scrutiny generate` writes them, and a corrupt PDF."""
    root = tmp_path_factory.mktemp("notes")
    for board in boards(SEED)[:2]:
        folder = root / f"board-{board.index}"
        folder.mkdir()
        for quarter in range(3):
            record = meeting(SEED, board, quarter)
            text = render(record, house(SEED, board).style, "txt")
            (folder / f"{record.date}.txt").write_bytes(text)
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    return root


def _base() -> Site:
    kept = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    return kept | {"SECRET_KEY": "tests-only"}


def _database_name(suffix: str) -> str:
    """Unique to this run and xdist worker: runs side by side name their TEST_DATABASE_NAME."""
    run = os.environ.get("TEST_DATABASE_NAME") or "test_scrutiny"
    return f"{run}_ingest_jobs_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{suffix}"


def _postgresql_url(name: str) -> str:
    return urlunsplit(urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{name}"))


def _make_database(name: str, template: str | None = None) -> None:
    """A new database called `name` (any left by an earlier run dropped), empty or a copy of
    `template`."""
    from psycopg import sql

    create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template is not None:
        create += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    _drop_database(name)
    _on_server(create)


def _drop_database(name: str) -> None:
    from psycopg import sql

    _on_server(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _on_server(statement: Any) -> None:
    import psycopg

    with psycopg.connect(_postgresql_url("postgres"), autocommit=True) as server:
        server.execute(statement)


@pytest.fixture(scope="session")
def migrated_postgresql() -> Iterator[str]:
    """A PostgreSQL database with every migration applied, made once per run by the command
    itself, for each test's databases to be copied from."""
    name = _database_name("template")
    _make_database(name)
    try:
        migrate = ("manage", "migrate", "--verbosity", "0")
        done = scrutiny(*migrate, env=_base() | {"DATABASE_URL": _postgresql_url(name)})
        assert done.returncode == 0, done.stderr
        yield name
    finally:
        _drop_database(name)


@pytest.fixture
def fresh_site(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[str], Site]]:
    """Makes a site called `name`: a fresh migrated database and an empty documents folder."""
    made: list[str] = []

    def make(name: str) -> Site:
        site = _base() | {"MEDIA_ROOT": str(tmp_path / name / "documents")}
        if connection.vendor == "postgresql":
            template = request.getfixturevalue("migrated_postgresql")
            database = _database_name(name)
            _make_database(database, template)
            made.append(database)
            return site | {"DATABASE_URL": _postgresql_url(database)}
        database_file = tmp_path / name / "scrutiny.sqlite3"
        database_file.parent.mkdir()
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), database_file)
        return site | {"DATABASE_URL": f"sqlite:///{database_file}"}

    yield make
    for database in made:
        _drop_database(database)


def test_two_jobs_store_what_one_stores(notes: Path, fresh_site: Callable[[str], Site]) -> None:
    one, two = fresh_site("one"), fresh_site("two")
    serial = scrutiny("ingest", str(notes), env=one)
    parallel = scrutiny("ingest", str(notes), "--jobs", "2", env=two)

    assert (serial.returncode, parallel.returncode) == (2, 2), parallel.stderr
    lines = outcomes(parallel)
    assert lines == outcomes(serial)
    documents = sorted(str(p) for p in notes.rglob("*") if p.is_file())
    assert [line.split(": ")[0] for line in lines] == documents  # one line each
    assert lines[0] == (
        f"{notes}/board-0/2016-07-14.txt: stored: Accountability Board, 2016-07-14 (meeting N)"
    )
    assert [line.split(": ")[1] for line in lines] == ["stored"] * 6 + ["failed"]
    assert lines[-1] == f"{notes}/broken.pdf: failed: truncated PDF (no end-of-file marker)"

    stored = snapshot(two)
    assert stored == snapshot(one)
    assert stored["rows"]["meetings.Meeting"] == 6
    assert stored["rows"]["search.Entry"] > 0
    states = [json.loads(row)[3] for row in stored["actions"]]
    assert "closed" in states, "the later meetings closed none of the earlier ones' actions"


@pytest.mark.parametrize("jobs", ["0", "-1", "33", "two"])
def test_jobs_is_a_whole_number_from_1_to_32(jobs: str, tmp_path: Path) -> None:
    result = scrutiny("ingest", str(tmp_path), "--jobs", jobs, env=_base())
    assert result.returncode == 2
    assert "argument --jobs" in result.stderr


def test_the_help_says_the_lines_come_as_documents_finish() -> None:
    result = scrutiny("ingest", "--help", env=_base())
    assert "--jobs N" in result.stdout
    assert "in the order the documents finish" in " ".join(result.stdout.split())
