"""Downloads as files: each built once for each state of the stored data, kept in
DOWNLOADS_DIR, and served from there until the data changes again.

Everything published takes 5-25 s to write at 5,000 meetings, far too long to do for every
request. A file's name carries the data's version (when it last changed), so a change (an
ingest, an edit, a meeting unpublished) makes the next request build afresh: a download never
holds what is no longer published. `scrutiny downloads` builds them ahead, after an ingest, so
no visitor waits.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from django.conf import settings

from scrutiny.api.conditional import last_change
from scrutiny.downloads.formats import write_csv_zip, write_jsonl, write_sqlite

Writer = Callable[[Path, str | None], None]
TRIES = 3  # writes of a download while the data keeps changing under it
FORMATS: dict[str, tuple[Writer, str]] = {
    "jsonl": (write_jsonl, "application/jsonl; charset=utf-8"),
    "csv.zip": (write_csv_zip, "application/zip"),
    "sqlite": (write_sqlite, "application/vnd.sqlite3"),
}


NEVER = "0"  # the version of a database nothing was ever stored in


def version(changed: datetime | None) -> str:
    """The stored data's version, from when it last changed (`last_change()`)."""
    return str(int(changed.timestamp() * 1_000_000)) if changed else NEVER


def seconds(at: str) -> int | None:
    """When the data of version `at` last changed, in whole seconds (None: never)."""
    return int(at) // 1_000_000 if at != NEVER else None


def stem(board: str | None) -> str:
    """The download's file name without its format: everything, or one board's."""
    return f"scrutiny-{board}" if board else "scrutiny"


class StillChanging(Exception):
    """The data changed while each try at a download was written."""


def opened(fmt: str, board: str | None, at: str | None = None) -> tuple[BinaryIO, str]:
    """The download of `board` (None: everything) in `fmt` for the data as it stands (at
    version `at`, when the caller has just read it), open for reading, and the version of the
    data it holds: built now unless it already was.

    A download is written a table (or a meeting) at a time; if the data changes meanwhile, it
    may hold half of the change, or a meeting since unpublished, so it is thrown away and
    written again, up to TRIES times, then StillChanging."""
    folder = Path(settings.DOWNLOADS_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    name = stem(board)
    at = at or version(last_change())
    for _ in range(TRIES):
        path = folder / f"{name}.{at}.{fmt}"
        try:
            return path.open("rb"), at
        except FileNotFoundError:
            pass
        if _written(path, fmt, board, at):
            # Open before the older versions go; a reader holding one keeps reading it.
            built = path.open("rb")
            for older in folder.glob(f"{name}.*.{fmt}"):
                if older != path:
                    older.unlink(missing_ok=True)
            return built, at
        at = version(last_change())
    raise StillChanging(f"the data changed while {name}.{fmt} was written, {TRIES} times")


def _written(path: Path, fmt: str, board: str | None, at: str) -> bool:
    """Write the download to `path` if the data is still at version `at` when it is done."""
    write, _ = FORMATS[fmt]
    # Written beside its final name and renamed into place whole: a reader never sees half a
    # file, and two requests building at once both end with a complete one.
    handle, part = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(handle)
    try:
        write(Path(part), board)
        if version(last_change()) != at:
            return False
        os.replace(part, path)
        return True
    finally:
        Path(part).unlink(missing_ok=True)


def build_all(say: Callable[[str], None] = print) -> list[Path]:
    """Build every download of everything published, for the data as it stands."""
    made = []
    for fmt in FORMATS:
        built, _ = opened(fmt, None)
        with built:
            path = Path(built.name)
        say(f"{path.name}: {path.stat().st_size:,} bytes")
        made.append(path)
    return made
