"""The source document of a generated record: the record's own JSON, known by its SHA-256.

Generated records have no notes to keep, so the benchmarks store this in their place. No Django
here, so a benchmark can work out which documents a load will store without setting it up.
"""

from __future__ import annotations

import json

from scrutiny.read.document import Document, sha256_of
from scrutiny.record import MeetingRecord


def document_of(record: MeetingRecord) -> tuple[Document, bytes]:
    """The synthetic source: the record's JSON, named by date and hash."""
    # Compact, so json's C encoder writes it (an indented dump is pure Python, and its cost
    # was counted as storing's).
    data = json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8")
    sha256 = sha256_of(data)
    name = f"{record.date or 'undated'}-{sha256[:12]}.txt"
    return Document(name=name, sha256=sha256, format="txt"), data
