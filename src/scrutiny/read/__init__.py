"""Documents in, clean numbered lines out: PDF, DOCX, HTML and plain text.

Usage: `read_path("notes.pdf")` or `read_bytes(data, "notes.pdf")` -> Document. The format is
judged from the content; anything that cannot be read raises UnreadableDocument with a reason a
person can act on. Readers only read: page furniture is left for the extractor to remove.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from scrutiny.read import limits
from scrutiny.read.document import Document, Format, Line, UnreadableDocument, sha256_of
from scrutiny.read.docx import read_docx
from scrutiny.read.html import read_html
from scrutiny.read.pdf import read_pdf
from scrutiny.read.sniff import sniff
from scrutiny.read.text import read_text

__all__ = ["Document", "Line", "UnreadableDocument", "read_bytes", "read_path"]


def read_path(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = limits.MAX_BYTES,
    max_pages: int = limits.MAX_PAGES,
) -> Document:
    """Read the document at `path`; its size is checked before any of it is read."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if file.is_dir():
            raise UnreadableDocument(file.name, "is a directory, not a document")
        if reason := limits.too_large(size, max_bytes):
            raise UnreadableDocument(file.name, reason)
        data = file.read_bytes()
    except FileNotFoundError:
        raise UnreadableDocument(file.name, "no such file") from None
    except PermissionError:
        raise UnreadableDocument(file.name, "permission denied") from None
    except OSError as error:
        raise UnreadableDocument(file.name, f"cannot be opened ({error.strerror})") from None
    return read_bytes(data, file.name, max_bytes=max_bytes, max_pages=max_pages)


def read_bytes(
    data: bytes,
    name: str,
    *,
    max_bytes: int = limits.MAX_BYTES,
    max_pages: int = limits.MAX_PAGES,
) -> Document:
    """Read a document held in memory; `name` is what errors and the record call it."""
    name = Path(name).name or name
    if reason := limits.too_large(len(data), max_bytes):
        raise UnreadableDocument(name, reason)
    if not data.strip():
        raise UnreadableDocument(name, "empty document")
    format_ = sniff(data, name)
    readers: dict[Format, Callable[[], list[Line]]] = {
        "pdf": lambda: read_pdf(data, name, max_pages=max_pages),
        "docx": lambda: read_docx(data, name),
        "html": lambda: read_html(data, name),
        "txt": lambda: read_text(data, name),
    }
    try:
        lines = readers[format_]()
    except UnreadableDocument:
        raise
    except Exception as error:
        # Parsers meet malformed input in ways their authors never listed; whatever they
        # raise, the document is unreadable, and the caller needs a reason, not a traceback.
        reason = f"corrupt {format_.upper()} ({type(error).__name__})"
        raise UnreadableDocument(name, reason) from error
    if not any(line.text.strip() for line in lines):
        raise UnreadableDocument(name, "empty document (no text)")
    return Document(name=name, sha256=sha256_of(data), format=format_, lines=lines)
