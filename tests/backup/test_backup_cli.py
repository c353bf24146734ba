"""`scrutiny backup` and `scrutiny restore` as a user runs them, from one SQLite database and
documents folder into fresh ones."""

from __future__ import annotations

from pathlib import Path

from command_line import migrated, scrutiny, site
from gold import SEEDS

# Every app that keeps rows of its own: the round trip must lose none of them.
SCRUTINY_APPS = (
    "meetings",
    "accounts",
    "actions",
    "figures",
    "ingestion",
    "questions",
    "inspections",
)


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_backup_and_restore_commands(tmp_path: Path, migrated_sqlite: Path) -> None:
    old = migrated(tmp_path / "old", migrated_sqlite)
    new = migrated(tmp_path / "new", migrated_sqlite)
    archive = str(tmp_path / "backup.zip")
    assert scrutiny("ingest", str(SEEDS), env=old).returncode == 0

    made = scrutiny("backup", archive, env=old)
    assert made.returncode == 0, made.stderr
    assert "2 documents" in made.stdout
    restored = scrutiny("restore", archive, env=new)
    assert restored.returncode == 0, restored.stderr
    assert "search index rebuilt" in restored.stdout

    assert files(Path(new["MEDIA_ROOT"])) == files(Path(old["MEDIA_ROOT"]))
    dump = ("manage", "dumpdata", *SCRUTINY_APPS, "auth")
    assert scrutiny(*dump, env=new).stdout == scrutiny(*dump, env=old).stdout
    again = scrutiny("restore", archive, env=new)
    assert again.returncode == 1
    assert "the database is not empty" in again.stderr
    assert scrutiny("restore", archive, "--force", env=new).returncode == 0


def test_restore_needs_the_archives_migrations(tmp_path: Path, migrated_sqlite: Path) -> None:
    old, new = migrated(tmp_path / "old", migrated_sqlite), site(tmp_path / "new")
    archive = str(tmp_path / "backup.zip")
    assert scrutiny("backup", archive, env=old).returncode == 0
    Path(new["MEDIA_ROOT"]).parent.mkdir()

    refused = scrutiny("restore", archive, env=new)  # not migrated

    assert refused.returncode == 1
    assert "the database's migrations differ from the archive's" in refused.stderr
