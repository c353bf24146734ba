"""A realistic, deterministic corpus of board notes: records, and documents rendered from them.

    records(5000, seed=2025)                       the records (for loading a database)
    write_corpus(Path("corpus"), meetings=200)     the notes as TXT, DOCX and PDF files

Each board keeps a house style (`houses`), its officers change with elections and retirements
(`people`), its meetings discharge the previous meeting's actions and quote figures that move
from quarter to quarter (`agenda`, `speech`), and extracting any generated document gives back
the record it was rendered from.
"""

from __future__ import annotations

from scrutiny.generate.houses import House, house
from scrutiny.generate.meetings import (
    MEETINGS,
    REVISED_EVERY,
    generated,
    meeting,
    record_count,
    records,
    revised,
)
from scrutiny.generate.people import SEED, Board, boards

__all__ = [
    "MEETINGS",
    "REVISED_EVERY",
    "SEED",
    "Board",
    "House",
    "boards",
    "generated",
    "house",
    "meeting",
    "record_count",
    "records",
    "revised",
]
