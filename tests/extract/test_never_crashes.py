"""Any text at all gives a record: the extractor never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from samples import BULLETED, LOST_BULLETS, document

from scrutiny.extract import extract

# Text made of the genre's own pieces, so that the search reaches the deeper rules.
PIECES = st.sampled_from(
    [
        "1. Welcome",
        "2. Minutes of the previous meeting",
        "3) Finance",
        "Action",
        "ACTION: CC to report by 1 May 2025.",
        "Status Owner Due date",
        "Overview of Actions",
        " - ",
        "• The PCC asked about 45% of calls.",
        " The Chief Constable said £1.2m.",
        "Date of next meeting: 28 May 2025",
        "Present:",
        "Apologies:",
        "The notes were agreed as a true and accurate record; the following actions discharged:",
        "\t",
        "\n",
        "\n\n",
        "Open Force 16/09/2025",
        "https://example.gov.uk/4-Finance.pdf",
    ]
)
GENRE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(GENRE_TEXT)
def test_genre_like_text_never_crashes(text: str) -> None:
    record = extract(document(text))
    assert record.to_dict()["schema"] == "scrutiny.meeting/1"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_never_crashes(text: str) -> None:
    extract(document(text))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([BULLETED, LOST_BULLETS]), st.integers(0, 2000), st.integers(0, 200))
def test_cut_and_spliced_notes_never_crash(text: str, start: int, length: int) -> None:
    extract(document(text[:start] + text[start + length :]))
