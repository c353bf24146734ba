"""The `scrutiny` command run as a user runs it: a process of its own, in an environment given."""

from __future__ import annotations

import subprocess
import sys


def scrutiny(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrutiny.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
