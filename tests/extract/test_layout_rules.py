"""Rules for layouts the genre uses beyond the seeds: formal minutes' numbered paragraphs and
bracketed owners, and what a PDF's page and line breaks do to headings, bullets and closings."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import parse_action
from scrutiny.extract.clean import clean
from scrutiny.extract.conventions import opens_next_meeting
from scrutiny.extract.paragraphs import join_lines, keeps_bullets, paragraphs
from scrutiny.read.document import lines_from_text


def read(text: str) -> list[str]:
    cleaned = clean(lines_from_text(text)).lines
    return [p.text for p in paragraphs(cleaned, glyph_bullets=keeps_bullets(cleaned))]


# --- formal minutes ---------------------------------------------------------------------------


def test_paragraph_numbers_start_a_point_and_are_not_its_text() -> None:
    text = "3.1 The CC presented the report.\n3.2. ACC Brookes noted a rise.\n3.10 (a) Further."
    cleaned = clean(lines_from_text(text)).lines
    assert [(line.text, line.bullet) for line in cleaned] == [
        ("The CC presented the report.", True),
        ("ACC Brookes noted a rise.", True),
        ("(a) Further.", True),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2.5 FTE posts were vacant.",
        "1.5 million calls were answered.",
        "3.2% of calls",
        "19.02.2025",
    ],
)
def test_decimals_opening_a_line_are_not_paragraph_numbers(line: str) -> None:
    cleaned = clean(lines_from_text(line)).lines
    assert (cleaned[0].text, cleaned[0].bullet) == (line, False)


@pytest.mark.parametrize(
    ("text", "body", "owner", "due"),
    [
        (
            "ACTION: Provide an update on knife crime (CC, by 16 September 2025).",
            "Provide an update on knife crime.",
            "CC",
            "2025-09-16",
        ),
        (
            "Circulate the report to members (Chief Constable; due 1/5/2025)",
            "Circulate the report to members",
            "Chief Constable",
            "2025-05-01",
        ),
        ("Report on vetting (by 3 March 2025).", "Report on vetting.", None, "2025-03-03"),
        ("Share the findings (Owner: OPCC).", "Share the findings.", "OPCC", None),
        # Brackets without a date name a thing, not an owner.
        (
            "Report on violence against women and girls (VAWG).",
            "Report on violence against women and girls (VAWG).",
            None,
            None,
        ),
    ],
)
def test_owner_and_due_date_in_closing_brackets(
    text: str, body: str, owner: str | None, due: str | None
) -> None:
    action = parse_action(text, "4")
    assert action is not None
    assert (action.text, action.owner, action.due) == (body, owner, due)


def test_an_instruction_to_someone_has_no_owner() -> None:
    written = parse_action("Write to the Home Office about the funding of the programme.")
    assert written is not None and written.owner is None
    assigned = parse_action("CFO to write to the Home Office about the funding.")
    assert assigned is not None and assigned.owner == "CFO"


# --- what page and line breaks leave ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Date of next meeting: 28 May 2025", True),
        ("DATE OF NEXT MEETING: 28 May 2025", True),
        ("The next meeting will be held on 28 May 2025.", True),
        ("Next Meeting: 28 May 2025", True),
        ("next meeting.\tOpen\tCC\t16/09/2025", False),  # a table row's wrapped action text
        ("date of next review of the policy.", False),
    ],
)
def test_the_next_meeting_line_is_told_from_wrapped_text(line: str, opens: bool) -> None:
    assert opens_next_meeting(line) is opens


def test_the_next_meeting_line_opens_its_own_paragraph() -> None:
    text = "Provide the data\tOpen\tCC\t16/09/2025\nDate of next meeting: 28 May 2025"
    assert read(text) == [
        "Provide the data Open CC 16/09/2025",
        "Date of next meeting: 28 May 2025",
    ]


def test_a_single_glyph_bullet_keeps_its_hanging_continuation() -> None:
    # One bullet in the document: not enough to call its bullets kept, yet its wrapped text
    # hangs under its own text and is no new point.
    text = "The notes were agreed.\n\n • Provide the data – update\n   received with thanks."
    assert read(text) == [
        "The notes were agreed.",
        "Provide the data – update received with thanks.",
    ]


def test_words_broken_after_a_slash_are_mended() -> None:
    assert (
        join_lines(["zero injuries/", "deaths on the roads"]) == "zero injuries/deaths on the roads"
    )
    assert join_lines(["either 24 /", "7 cover"]) == "either 24 / 7 cover"


def test_a_long_heading_wrapped_once_is_still_a_heading() -> None:
    from scrutiny.extract.body import is_heading
    from scrutiny.extract.paragraphs import Paragraph

    def paragraph(*texts: str) -> Paragraph:
        return Paragraph(clean(lines_from_text("\n".join(texts))).lines)

    assert is_heading(
        paragraph(
            "Work with residents, communities, and businesses to prevent crime and anti-",
            "social behaviour",
        )
    )
    assert not is_heading(paragraph("The CC noted the rise.", "He said more."))
    assert not is_heading(paragraph("Three lines", "of a heading", "are prose"))


def test_a_stock_sentence_near_the_top_of_some_pages_is_not_furniture() -> None:
    from scrutiny.extract.clean import running_furniture
    from scrutiny.read.document import Line

    intro = "The CC introduced the item and provided a summary of the supporting paper."
    pages = [
        ["Item 3: Finance", intro, "The PCC asked about the budget.", "Page 1 of 4"],
        ["The CFO replied at length.", "More on the budget.", "Still more.", "Page 2 of 4"],
        ["Item 4: People", intro, "The PCC asked about recruitment.", "Page 3 of 4"],
        ["The DCC replied.", "On retention.", "And vetting.", "Page 4 of 4"],
    ]
    lines = [
        Line(text, number, page)
        for number, (page, text) in enumerate(
            ((p, t) for p, texts in enumerate(pages, start=1) for t in texts), start=1
        )
    ]
    removed = {lines[n - 1].text for n in running_furniture(lines)}
    assert removed == {"Page 1 of 4", "Page 2 of 4", "Page 3 of 4", "Page 4 of 4"}
    # The same sentence as a footer on every page is furniture still.
    footer = "Please ask the office if you need these notes in another format."
    said = ["The PCC asked about burglary.", "The CC replied.", "The CE agreed.", "Noted."]
    footed = [
        Line(text, number, page)
        for page, point in enumerate(said, start=1)
        for number, text in ((2 * page - 1, point), (2 * page, footer))
    ]
    assert {line.text for line in footed if line.number in running_furniture(footed)} == {footer}


def test_the_wrapped_tail_of_a_stock_sentence_is_not_furniture() -> None:
    from scrutiny.extract.clean import running_furniture
    from scrutiny.read.document import Line

    tail, footer = "described the partnership work under way.", "Not protectively marked"
    # On two pages of four, the same words wrapped from different sentences.
    texts = [[f"The {who} said it was a priority, and", tail, footer] for who in ("CC", "DCC")]
    texts += [[f"The {who} asked about burglary.", footer] for who in ("PCC", "CE")]
    lines = [
        Line(text, number, page)
        for number, (page, text) in enumerate(
            ((p, t) for p, page in enumerate(texts, start=1) for t in page), start=1
        )
    ]
    removed = {lines[n - 1].text for n in running_furniture(lines)}
    assert tail not in removed and footer in removed


def test_a_table_broken_over_pages_repeats_its_header_row() -> None:
    from scrutiny.extract.action_table import columns_of, parse_table
    from scrutiny.record import Where

    header = "Action\tStatus\tOwner\tDue Date"
    columns = columns_of(header)
    assert columns is not None
    rows = ["Report on vetting.\tOpen\tCC\t01/05/2025", header, "Share the data.\tClosed\tCE\tTBC"]
    found = parse_table([(text, Where(n)) for n, text in enumerate(rows, start=1)], columns)
    assert [(r.action.text, r.action.owner) for r in found] == [
        ("Report on vetting.", "CC"),
        ("Share the data.", "CE"),
    ]
