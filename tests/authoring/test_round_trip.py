"""Every published meeting in the test data (both seeds, ingested, and an authored meeting)
rendered as the public gets it, then extracted, gives the stored record back: its figure
subjects and line numbers aside, as the rendering tests compare."""

from __future__ import annotations

import pytest

from authoring.authored import authored_meeting
from gold import SEEDS, first_difference
from scrutiny.authoring.publish import STYLE, public_record
from scrutiny.extract import extract
from scrutiny.ingestion.services import ingest
from scrutiny.meetings.models import Meeting
from scrutiny.read import read_bytes
from scrutiny.render import Format, render

FIELDS = [
    "schema", "organisation", "board", "date", "time", "venue", "attendees", "apologies",
    "previous_meeting", "discharged", "items", "actions", "figures", "next_meeting",
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["txt", "html", "docx", "pdf"])
def test_every_published_meeting_round_trips(fmt: Format) -> None:
    for path, date in [
        (SEEDS / "000_5744fa4e60daa063.txt", "2018-12-12"),
        (SEEDS / "001_73932fbdd1a170a5.txt", None),
    ]:
        ingest(path.read_bytes(), path.name, date=date)
    authored = authored_meeting()
    published = list(Meeting.objects.filter(status=Meeting.PUBLISHED, is_current=True))
    assert authored.meeting in published and len(published) >= 3
    for meeting in published:
        want = public_record(meeting)
        if not want.items:
            continue  # an empty authored meeting has nothing to read back
        got = extract(read_bytes(render(want, STYLE, fmt), f"notes.{fmt}")).to_dict()
        expected = want.to_dict()
        found = [
            first_difference(got[f], expected[f], f, ignore=("subject", "where")) for f in FIELDS
        ]
        assert [d for d in found if d] == [], str(meeting)


@pytest.mark.django_db
def test_the_seeds_round_trip_through_pdf() -> None:
    for path, date in [
        (SEEDS / "000_5744fa4e60daa063.txt", "2018-12-12"),
        (SEEDS / "001_73932fbdd1a170a5.txt", None),
    ]:
        meeting = ingest(path.read_bytes(), path.name, date=date).meeting
        want = public_record(meeting)
        got = extract(read_bytes(render(want, STYLE, "pdf"), "notes.pdf")).to_dict()
        found = [
            first_difference(got[f], want.to_dict()[f], f, ignore=("subject", "where"))
            for f in FIELDS
        ]
        assert [d for d in found if d] == [], path.name
