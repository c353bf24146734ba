"""Work for the worker processes of tests/ingestion/test_parallel.py.

A module of its own on the tests' path: a spawned worker imports its work by module name, which
a test module (imported by pytest's importlib mode) does not have. Nothing here imports Django
until a worker, set up, calls it.
"""

from __future__ import annotations

import os
import signal
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrutiny.ingestion.command import Done


def shout(target: str) -> str:
    return target.upper()


def misbehave(target: str) -> str:
    """Killed on "kill...", an error on "raise...", a minute's wait on "sleep...", else shout."""
    if target.startswith("kill"):
        os.kill(os.getpid(), signal.SIGKILL)
    if target.startswith("raise"):
        raise RuntimeError(f"cannot do {target}")
    if target.startswith("sleep"):
        time.sleep(60)
    return shout(target)


def pretend(target: str, *, board: str | None, date: str | None) -> Done:
    """In place of `command.ingest_one`: killed on "crash...", else stored without storing."""
    from scrutiny.ingestion.command import Done

    if target.startswith("crash"):
        os.kill(os.getpid(), signal.SIGKILL)
    return Done("stored", f"{target}: stored: pretend")
