from scrutiny.extract.agenda import split_items
from scrutiny.extract.clean import clean
from scrutiny.read.document import Line, lines_from_text


def items(text: str) -> list[tuple[str, str]]:
    _, segments = split_items(clean(lines_from_text(text)).lines)
    return [(s.number, s.title) for s in segments]


def test_numbered_headings_in_several_styles() -> None:
    text = "Header\n1. Welcome\ntext\nItem 2: Minutes\ntext\n3) Finance\n4 Any Other Business\n"
    assert items(text) == [
        ("1", "Welcome"),
        ("2", "Minutes"),
        ("3", "Finance"),
        ("4", "Any Other Business"),
    ]


def test_numbered_list_inside_an_item_is_not_an_item() -> None:
    text = (
        "1. Welcome\n2. Performance\n1. The PCC asked about knife crime.\n5. Recruitment\n3. Close"
    )
    assert items(text) == [("1", "Welcome"), ("2", "Performance"), ("3", "Close")]


def test_heading_glued_to_the_previous_paragraph_is_found() -> None:
    text = "1. Welcome\nlast line of a point.\n 2. Inspections, Audits & Reviews\n"
    assert items(text)[-1] == ("2", "Inspections, Audits & Reviews")


def test_page_numbers_run_into_titles_are_dropped() -> None:
    text = "1. Welcome ........ 2\n2. Finance\t\t3\n"
    assert items(text) == [("1", "Welcome"), ("2", "Finance")]
    cleaned = clean([Line("3. Performance and Delivery 4", 1, 4)]).lines
    assert [(s.number, s.title) for s in split_items(cleaned)[1]] == [
        ("3", "Performance and Delivery")
    ]


def test_minutes_embedded_in_an_agenda_pack_are_not_this_meetings_items() -> None:
    text = "1. Welcome\n2. Minutes\n3. Finance\n\nMinutes of 4 May\n1. Welcome\nold\n2. Minutes\n"
    dated = "Agenda 19 May 2025\n1. Welcome\n2. Minutes\n\nMinutes, 4 May 2025\n1. Welcome\nold\n"
    assert items(dated) == [("1", "Welcome"), ("2", "Minutes")]
    _, segments = split_items(clean(lines_from_text(text)).lines)
    assert [(s.number, s.title) for s in segments] == [
        ("1", "Welcome"),
        ("2", "Minutes"),
        ("3", "Finance"),
    ]
    assert [line.text for line in segments[-1].lines] == ["", "Minutes of 4 May"]


def test_a_numbered_list_inside_an_item_does_not_become_items() -> None:
    text = (
        "1. Internal audit\ntext\n1. Jo Roe to report on the payroll audit – open\n"
        "2. CFO and CC to review the risk register (Owner: CFO)\n2. Finance\n"
    )
    assert items(text) == [("1", "Internal audit"), ("2", "Finance")]


def test_items_headed_without_numbers_are_numbered_in_order() -> None:
    text = (
        "Strategic Performance Board\nMinutes – 15 January 2025\n\n"
        "Present\nLisa Townsend (PCC)\n\n"
        "Welcome and apologies\nThe PCC welcomed attendees.\n\n"
        "Performance update\nThe CC outlined performance.\nThe PCC asked why.\n"
        "Finance\n"  # directly under the last sentence, as a text layer may set it
        "• The CFO reported savings.\n\n"
        "AOB\nNone.\n"
    )
    assert items(text) == [
        ("1", "Welcome and apologies"),
        ("2", "Performance update"),
        ("3", "Finance"),
        ("4", "AOB"),
    ]


def test_one_unnumbered_heading_or_none_leaves_the_text_as_it_is() -> None:
    assert items("Board\n\nSummary\nThe PCC asked why.\n") == []
    assert items("Board\n\nThe PCC asked why.\nThe CC said.\n") == []


def test_items_in_roman_numerals_and_with_a_nought() -> None:
    roman = (
        "Header\n\ni.   WELCOME\ntext\nii.  MINUTES\ntext\niii. FINANCE\ni. a list entry.\n"
        "iv. CLOSE\n"
    )
    assert items(roman) == [
        ("i", "WELCOME"),
        ("ii", "MINUTES"),
        ("iii", "FINANCE"),
        ("iv", "CLOSE"),
    ]
    nought = "Header\n1.0 Introductions\n1.1 The PCC welcomed all.\n2.0 Previous notes\n"
    assert items(nought) == [("1", "Introductions"), ("2", "Previous notes")]
    # Once items are numbered 1, 2, 3, a Roman numeral is a list entry, never an item.
    assert items("1. Welcome\ntext\nii. Second\n2. Finance\n") == [
        ("1", "Welcome"),
        ("2", "Finance"),
    ]


def test_an_unnumbered_heading_over_a_wrapped_paragraph() -> None:
    text = (
        "Board\n\nAttendance\nJo Roe\n\nWELCOME\nThe PCC opened the meeting.\n\n"
        "ANTI-SOCIAL BEHAVIOUR\nThe DCC presented the update. Incidents had fallen to\n"
        "2,870 in the quarter.\n"
    )
    assert items(text) == [("1", "WELCOME"), ("2", "ANTI-SOCIAL BEHAVIOUR")]


def test_items_headed_by_minute_references() -> None:
    text = (
        "Board\n\nPCEB 01/25  WELCOME\n1. The Commissioner welcomed those present.\n\n"
        "PCEB 02/25  FINANCE\n2. The CFO reported.\n3. See minute PCEB 44/24 above.\n"
        "PCEB 07/25  NOT NEXT\n"
    )
    assert items(text) == [("PCEB 01/25", "WELCOME"), ("PCEB 02/25", "FINANCE")]


def test_lettered_items_and_minutes_numbered_year_first() -> None:
    lettered = "Header\n\nA.  Introductions\ntext\nB.  Minutes\ntext\nC.  Policing\n"
    assert items(lettered) == [("A", "Introductions"), ("B", "Minutes"), ("C", "Policing")]
    minutes = "Board\n\nPAB 25/14  Minutes\ntext\nPAB 25/15  Matters arising\ntext\n"
    assert items(minutes) == [("PAB 25/14", "Minutes"), ("PAB 25/15", "Matters arising")]


def test_items_in_capitals_take_sub_headings_in_ordinary_case_as_sections() -> None:
    text = (
        "Board\n\nPresent: Jo Roe\n\nWELCOME\nThe PCC welcomed all.\n\n"
        "CRIME AND PERFORMANCE\nThe CC introduced the report.\n\n"
        "Knife crime\nThe CC said offences had fallen.\n\nAOB\nNone.\n"
    )
    assert items(text) == [("1", "WELCOME"), ("2", "CRIME AND PERFORMANCE"), ("3", "AOB")]


def test_a_date_line_is_no_item() -> None:
    assert items("Board\n3 March 2025\n\n1. Performance\ntext\n2. Finance\n") == [
        ("1", "Performance"),
        ("2", "Finance"),
    ]
