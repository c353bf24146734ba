"""A rate limit is one limit for every server process: they count in the database's cache."""

from __future__ import annotations

from pathlib import Path

from command_line import migrated, scrutiny

USE = "from scrutiny.api.ratelimit import allow; print(allow('token:1', 2, 3600))"


def test_processes_count_against_the_same_limit(tmp_path: Path, migrated_sqlite: Path) -> None:
    env = migrated(tmp_path / "site", migrated_sqlite)
    runs = [scrutiny("manage", "shell", "-c", USE, env=env) for _ in range(3)]
    answers = [run.stdout.split()[-1] for run in runs]  # after the shell's note of its imports
    assert answers == ["True", "True", "False"]
