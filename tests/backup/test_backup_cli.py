"""`scrutiny backup` and `scrutiny restore` as a user runs them, from one SQLite database and
documents folder into fresh ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gold import SEEDS


def scrutiny(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrutiny.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def site(folder: Path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    return base | {
        "DATABASE_URL": f"sqlite:///{folder / 'scrutiny.sqlite3'}",
        "MEDIA_ROOT": str(folder / "documents"),
        "SECRET_KEY": "tests-only",
    }


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_backup_and_restore_commands(tmp_path: Path) -> None:
    old, new = site(tmp_path / "old"), site(tmp_path / "new")
    archive = str(tmp_path / "backup.zip")
    for env in (old, new):
        Path(env["MEDIA_ROOT"]).parent.mkdir()
        assert scrutiny("manage", "migrate", "--verbosity", "0", env=env).returncode == 0
    assert scrutiny("ingest", str(SEEDS), env=old).returncode == 0

    made = scrutiny("backup", archive, env=old)
    assert made.returncode == 0, made.stderr
    assert "2 documents" in made.stdout
    restored = scrutiny("restore", archive, env=new)
    assert restored.returncode == 0, restored.stderr
    assert "search index rebuilt" in restored.stdout

    assert files(Path(new["MEDIA_ROOT"])) == files(Path(old["MEDIA_ROOT"]))
    dump = ("manage", "dumpdata", "meetings", "actions", "figures", "ingestion", "auth")
    assert scrutiny(*dump, env=new).stdout == scrutiny(*dump, env=old).stdout
    again = scrutiny("restore", archive, env=new)
    assert again.returncode == 1
    assert "the database is not empty" in again.stderr
    assert scrutiny("restore", archive, "--force", env=new).returncode == 0


def test_restore_needs_the_archives_migrations(tmp_path: Path) -> None:
    old, new = site(tmp_path / "old"), site(tmp_path / "new")
    archive = str(tmp_path / "backup.zip")
    Path(old["MEDIA_ROOT"]).parent.mkdir()
    assert scrutiny("manage", "migrate", "--verbosity", "0", env=old).returncode == 0
    assert scrutiny("backup", archive, env=old).returncode == 0
    Path(new["MEDIA_ROOT"]).parent.mkdir()

    refused = scrutiny("restore", archive, env=new)  # not migrated

    assert refused.returncode == 1
    assert "the database's migrations differ from the archive's" in refused.stderr
