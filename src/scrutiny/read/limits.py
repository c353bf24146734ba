"""How much a reader will take on before refusing a document.

Published notes are small (tens of pages, a few MB); the limits sit far above that and exist so
that one hostile or broken file cannot exhaust memory or time.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_BYTES = 50 * MB  # the largest file read at all
MAX_PAGES = 2_000  # a PDF longer than this is refused before any page is parsed

# DOCX is a zip: its declared member sizes are checked before anything is decompressed.
MAX_ZIP_MEMBERS = 5_000
MAX_UNCOMPRESSED_BYTES = 256 * MB
# Word XML compresses about 10:1; 100:1 on a member of real size is a zip bomb's signature.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FROM_BYTES = 1 * MB


def describe_size(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else f"{size:,} bytes"


def too_large(size: int, max_bytes: int) -> str | None:
    """The reason to refuse a document of `size` bytes, or None if it may be read."""
    if size > max_bytes:
        return f"too large ({describe_size(size)}; the limit is {describe_size(max_bytes)})"
    return None
