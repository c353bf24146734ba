"""The benchmarks' databases of generated meetings, on SQLite and on PostgreSQL, kept for reuse.

A database is built by `benchmarks.loader` (migrations, then `records(meetings, seed)` stored
through the real storage code; on PostgreSQL by two workers at once, which gives the contents
one would) and stamped with a fingerprint of the seed, the count and the code that decides what
is stored. Later benchmarks reuse it while the fingerprint matches:

    SQLite      var/bench/bench.sqlite3, its stamp in var/bench/bench.sqlite3.json
    PostgreSQL  the database scrutiny_bench on BENCH_POSTGRES_URL's server (default
                postgres@127.0.0.1:5432, trust auth), its stamp in the database's comment

Stored documents go to var/bench/<name>-documents. The benchmarks create and drop only their
own PostgreSQL databases, and refuse the names `test`, `test_*`, `postgres` and `template*`.
Queries here are plain SQL on Django's table names, so no process needs Django set up for two
databases at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from benchmarks.common import ROOT, run_child

Engine = Literal["sqlite", "postgresql"]
ENGINES: tuple[Engine, ...] = ("sqlite", "postgresql")
DIRECTORY = ROOT / "var" / "bench"
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/scrutiny_bench"
)
SECRET_KEY = "scrutiny-benchmark-only-not-secret"
# What decides the stored data: change any of these and a kept database is built again.
STORAGE_CODE = [
    "benchmarks/load.py",
    "src/scrutiny/record.py",
    "src/scrutiny/render/words.py",
    "src/scrutiny/follow/topics.toml",
    *(
        f"src/scrutiny/{package}"
        for package in (
            "generate",
            "follow",
            "extract/speakers.py",
            "ingestion",
            "meetings",
            "actions",
            "figures",
            # what search stores, not how it searches
            "search/models.py",
            "search/services.py",
            "search/hiding.py",
            "search/highlight.py",
            "search/migrations",
            "questions",
            "inspections",
        )
    ),
]
_NOT_OURS = re.compile(r"^(test|test_.*|postgres|template.*)$")


@dataclass(frozen=True)
class Database:
    engine: Engine
    name: str  # the SQLite file's stem, or the PostgreSQL database's name
    directory: Path = DIRECTORY
    server: str = POSTGRES_URL  # any URL on the PostgreSQL server; its database is ignored

    @property
    def url(self) -> str:
        if self.engine == "sqlite":
            return f"sqlite:///{self.path}"
        return _with_database(self.server, self.name)

    @property
    def path(self) -> Path:
        """The SQLite file."""
        return self.directory / f"{self.name}.sqlite3"

    @property
    def documents(self) -> Path:
        return self.directory / f"{self.name}-documents"

    def environment(self) -> dict[str, str]:
        """The site's production settings on this database, as a server or loader runs them."""
        return {
            "DJANGO_SETTINGS_MODULE": "scrutiny.settings",
            "DATABASE_URL": self.url,
            "MEDIA_ROOT": str(self.documents),
            "DOWNLOADS_DIR": str(self.directory / f"{self.name}-downloads"),
            "STATIC_ROOT": str(self.directory / "static"),
            "SECRET_KEY": SECRET_KEY,
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            # Plain HTTP on the loopback: in production the TLS proxy in front redirects.
            "SECURE_SSL_REDIRECT": "0",
        }

    def describe(self) -> str:
        if self.engine != "sqlite":
            return self.name
        return (
            str(self.path.relative_to(ROOT)) if self.path.is_relative_to(ROOT) else str(self.path)
        )


def database(engine: Engine, name: str = "bench", directory: Path = DIRECTORY) -> Database:
    """The benchmarks' database on `engine` (PostgreSQL's is scrutiny_`name`)."""
    if engine == "postgresql":
        return Database(engine, f"scrutiny_{name}", directory)
    return Database(engine, name, directory)


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


# --- PostgreSQL administration -------------------------------------------------------------------


@contextmanager
def _server(url: str) -> Iterator[Any]:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True, connect_timeout=5) as c:
        yield c


def postgres_problem(url: str = POSTGRES_URL) -> str | None:
    """Why the PostgreSQL server cannot be used, or None when it can."""
    try:
        with _server(url) as connection:
            connection.execute("SELECT 1")
    except Exception as error:
        return f"PostgreSQL is not reachable at {_with_database(url, '')} ({error})".strip()
    return None


def _ours(name: str) -> str:
    if _NOT_OURS.match(name):
        raise ValueError(f"the benchmarks do not touch the database {name!r}")
    return name


def _exists(db: Database) -> bool:
    if db.engine == "sqlite":
        return db.path.exists()
    with _server(db.server) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db.name])
        return found.fetchone() is not None


def drop(db: Database) -> None:
    """The database and its documents gone (no other connection may be open to it)."""
    if db.engine == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal", ".json"):
            Path(f"{db.path}{suffix}").unlink(missing_ok=True)
    else:
        from psycopg import sql

        name = sql.Identifier(_ours(db.name))
        with _server(db.server) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
    shutil.rmtree(db.documents, ignore_errors=True)


def create(db: Database) -> None:
    """An empty database (dropped first if there was one), ready for `migrate`."""
    drop(db)
    db.directory.mkdir(parents=True, exist_ok=True)
    if db.engine == "postgresql":
        from psycopg import sql

        name = sql.Identifier(_ours(db.name))
        with _server(db.server) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(name))


def copy(db: Database, name: str) -> Database:
    """A copy of `db` called `name`, without its stored documents (the pages never read them)."""
    target = replace(db, name=name)
    drop(target)
    if db.engine == "sqlite":
        shutil.copyfile(db.path, target.path)
    else:
        from psycopg import sql

        with _server(db.server) as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(_ours(name)), sql.Identifier(db.name)
                )
            )
    return target


# --- plain queries -------------------------------------------------------------------------------


def rows(db: Database, query: str) -> list[tuple[Any, ...]]:
    """The rows of `query` (no parameters) on `db`."""
    if db.engine == "sqlite":
        with closing(sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)) as connection:
            return connection.execute(query).fetchall()
    import psycopg

    with psycopg.connect(db.url, connect_timeout=5) as connection:
        return connection.execute(query).fetchall()  # type: ignore[arg-type]


TABLES = {
    "meetings": "meetings_meeting WHERE is_current",
    "versions": "meetings_meeting",
    "boards": "meetings_board",
    "points": "meetings_point",
    "actions": "actions_action",
    "figures": "figures_figure",
    "questions": "questions_question",
    "source_documents": "ingestion_sourcedocument",
    "search_entries": "search_entry",
}


def contents(db: Database) -> dict[str, Any]:
    """How much the database holds."""
    counted = {
        name: rows(db, f"SELECT count(*) FROM {table}")[0][0] for name, table in TABLES.items()
    }
    if db.engine == "sqlite":
        size = db.path.stat().st_size
        version = sqlite3.sqlite_version
    else:
        size = rows(db, "SELECT pg_database_size(current_database())")[0][0]
        version = rows(db, "SHOW server_version")[0][0]
    return {"engine": db.engine, "version": version, "megabytes": round(size / 1e6), **counted}


# --- building and reusing ------------------------------------------------------------------------


def fingerprint(seed: int, meetings: int) -> dict[str, Any]:
    digest = hashlib.sha256()
    for name in STORAGE_CODE:
        path = ROOT / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return {"seed": seed, "meetings": meetings, "storage_code": digest.hexdigest()}


def stamp_of(db: Database) -> dict[str, Any] | None:
    """What the kept database says it holds, if it is there."""
    if not _exists(db):
        return None
    if db.engine == "sqlite":
        path = Path(f"{db.path}.json")
        return json.loads(path.read_text()) if path.exists() else None
    with _server(db.server) as connection:
        found = connection.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            [db.name],
        ).fetchone()
    return json.loads(found[0]) if found and found[0] else None


def _stamp(db: Database, stamp: dict[str, Any]) -> None:
    text = json.dumps(stamp, indent=2)
    if db.engine == "sqlite":
        Path(f"{db.path}.json").write_text(text + "\n")
        return
    from psycopg import sql

    with _server(db.server) as connection:
        connection.execute(
            sql.SQL("COMMENT ON DATABASE {} IS {}").format(
                sql.Identifier(_ours(db.name)), sql.Literal(text)
            )
        )


def loader_arguments(
    db: Database,
    seed: int,
    meetings: int,
    *,
    after: int = 0,
    migrate: bool = False,
    jobs: int | None = 1,
) -> list[str]:
    """`benchmarks.loader`'s arguments: store `meetings` meetings after the first `after`, in
    `jobs` worker processes (None: the loader's default, several on PostgreSQL). One unless
    asked: a load beside a site being served is one ingest."""
    return [
        *("--engine", db.engine, "--name", db.name, "--dir", str(db.directory)),
        *(["--jobs", str(jobs)] if jobs is not None else []),
        *("--seed", str(seed), "--meetings", str(meetings), "--after", str(after)),
        *(["--migrate"] if migrate else []),
    ]


def build(db: Database, seed: int, meetings: int, jobs: int | None = None) -> dict[str, Any]:
    """Build `db` afresh in a child process (`benchmarks.loader`, storing in `jobs` workers:
    None is the loader's default), stamp it; what loading took."""
    wanted = fingerprint(seed, meetings)  # the code that stores, as it is when storing starts
    create(db)
    loaded: dict[str, Any] = run_child(
        "benchmarks.loader", loader_arguments(db, seed, meetings, migrate=True, jobs=jobs)
    )
    stamp = {
        "fingerprint": wanted,
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "load": loaded,
        "contents": contents(db),
    }
    _stamp(db, stamp)
    return stamp


def ensure(db: Database, seed: int, meetings: int, *, rebuild: bool, reuse: bool) -> dict[str, Any]:
    """The kept database if its fingerprint matches (or `reuse`: whatever it holds), else built.

    Returns its stamp, with `reused` and `fingerprint_matches`.
    """
    wanted = fingerprint(seed, meetings)
    stamp = None if rebuild else stamp_of(db)
    if stamp is not None:
        matches = stamp.get("fingerprint") == wanted
        same_data = {k: stamp["fingerprint"].get(k) for k in ("seed", "meetings")} == {
            "seed": seed,
            "meetings": meetings,
        }
        if matches or (reuse and same_data):
            print(f"reusing {db.describe()} (built {stamp['built']})", flush=True, file=sys.stderr)
            return {**stamp, "reused": True, "fingerprint_matches": matches}
    print(f"building {db.describe()}: {meetings} meetings", flush=True, file=sys.stderr)
    return {**build(db, seed, meetings), "reused": False, "fingerprint_matches": True}
