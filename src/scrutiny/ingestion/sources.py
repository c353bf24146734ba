"""What to ingest: the paths, folders and addresses on the command line, as documents."""

from __future__ import annotations

from pathlib import Path

from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.fetch import fetch, is_url
from scrutiny.read import limits


def expand(locations: list[str]) -> list[str]:
    """Each location, with folders replaced by the files under them (in name order, a name's
    extension last).

    Hidden files and folders (".git", ".DS_Store") are left out; every other file is offered
    to the readers, which judge by content and refuse what they cannot read.
    """
    found: list[str] = []
    for location in locations:
        folder = Path(location)
        if not is_url(location) and folder.is_dir():
            found.extend(str(path) for path in _files_under(folder))
        else:
            found.append(location)
    return found


def load(location: str, *, max_bytes: int = limits.MAX_BYTES) -> tuple[bytes, str]:
    """The bytes of a file or address, and the name to call the document by."""
    if is_url(location):
        return fetch(location, max_bytes=max_bytes)
    path = Path(location)
    try:
        if reason := limits.too_large(path.stat().st_size, max_bytes):
            raise IngestFailed(reason)
        return path.read_bytes(), path.name
    except FileNotFoundError:
        raise IngestFailed("no such file") from None
    except PermissionError:
        raise IngestFailed("permission denied") from None
    except IsADirectoryError:
        raise IngestFailed("is a directory, not a document") from None
    except OSError as error:
        raise IngestFailed(f"cannot be opened ({error.strerror})") from None


def _files_under(folder: Path) -> list[Path]:
    files = (
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    return sorted(files, key=_name_order)


def _name_order(path: Path) -> tuple[tuple[str, ...], str]:
    """The path in name order, each name's extension last: "2016-07-20.txt" comes before its
    correction "2016-07-20-v2.txt" (by the whole name "-" sorts before "."), so a folder
    ingested in order leaves the correction as the current version."""
    return (*path.parent.parts, path.stem), path.suffix
