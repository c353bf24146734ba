"""Every hostile document through ingestion: a clear reason and the database as it was, or a
sane meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import snapshot
from hostile.catalogue import HOSTILE, Hostile
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.services import ingest

pytestmark = pytest.mark.django_db

REFUSED = [h for h in HOSTILE if h.refused]
READ = [h for h in HOSTILE if not h.refused]


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.mark.parametrize("hostile", REFUSED, ids=lambda h: h.name)
def test_a_hostile_document_is_refused_and_nothing_is_kept(
    hostile: Hostile, media_root: Path
) -> None:
    before = snapshot()
    with pytest.raises(IngestFailed) as failed:
        ingest(hostile.build(), hostile.name)
    reason = str(failed.value)
    assert hostile.refused is not None and hostile.refused in reason
    assert "\n" not in reason and "Traceback" not in reason
    assert snapshot() == before
    assert _files(media_root) == []


@pytest.mark.parametrize("hostile", READ, ids=lambda h: h.name)
def test_a_strange_but_real_document_is_stored_sanely(hostile: Hostile) -> None:
    meeting = ingest(hostile.build(), hostile.name).meeting
    if hostile.name == "one-long-line.txt":
        assert meeting.board is None  # nothing in it is a meeting, and nothing is made up
        return
    assert meeting.board is not None and meeting.board.name == "Performance & Delivery Board"
    assert str(meeting.date) == "2025-03-03"
    finance = meeting.items.get(number="2").sections.get().points.get()
    assert "£1.2m – a 2% variance, ‘on track’" in finance.text
