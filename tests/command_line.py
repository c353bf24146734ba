"""The `scrutiny` command run as a user runs it: a process of its own, in an environment given,
such as a site of its own in a folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


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
        "DOWNLOADS_DIR": str(folder / "downloads"),
        "SECRET_KEY": "tests-only",
    }


def migrated(folder: Path, database: Path) -> dict[str, str]:
    """A site in `folder` whose database is a copy of the migrated one."""
    folder.mkdir()
    shutil.copyfile(database, folder / "scrutiny.sqlite3")
    return site(folder)
