"""The whole extractor on small notes written in styles other than the seeds'."""

import io

import docx
from samples import BULLETED, LOST_BULLETS, RUN_ON, document

from scrutiny.extract import extract
from scrutiny.read import read_bytes


def test_bulleted_minutes_with_a_tabbed_action_log() -> None:
    record = extract(document(BULLETED))
    assert record.board == "Accountability Board"
    assert (record.date, record.time) == ("2025-02-19", "10:00")
    assert record.venue == "Conference Room 2, Police HQ"
    assert [i.number for i in record.items] == ["1", "2", "3", "4"]
    assert record.previous_meeting is not None
    assert (record.previous_meeting.date, record.previous_meeting.approved) == ("2024-12-04", True)
    performance = record.items[2]
    assert performance.sections[0].heading == "Reducing harm on our roads"
    points = performance.sections[0].points
    assert [p.kind for p in points] == ["statement", "question"]
    assert points[1].speakers == ["PFCC", "CC"]
    assert points[1].text.endswith("2,300 offences had been recorded in the quarter.")
    assert len(record.actions) == 1
    action = record.actions[0]
    assert action.text.startswith("Chief Constable to provide the enforcement breakdown")
    assert (action.owner, action.due, action.status, action.item) == (
        "CC",
        "2025-04-30",
        "open",
        "3",
    )
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.time) == ("2025-05-22", "14:00")
    assert [f.text for f in record.figures] == ["14", "19", "2,300"]


def test_notes_that_lost_their_bullets() -> None:
    record = extract(document(LOST_BULLETS))
    assert record.board == "Performance Scrutiny Meeting"
    finance = record.items[0]
    assert finance.presenter == "CFO"
    points = finance.sections[0].points
    assert [p.text for p in points] == [
        "The Chief Finance Officer said the forecast underspend was £1.2m, mainly from"
        " vacancies in police staff posts.",
        "The Police and Crime Commissioner asked how the underspend would be used. The Chief"
        " Finance Officer explained it would go to reserves.",
    ]
    assert [p.speakers for p in points] == [["CFO"], ["PCC", "CFO"]]
    assert [(a.owner, a.text) for a in record.actions] == [
        ("Force", "report on the use of reserves.")
    ]
    assert record.items[1].sections[0].points[0].kind == "commendation"


def test_nothing_recognisable_still_gives_a_record() -> None:
    record = extract(document("Just a sentence with no structure at all."))
    assert record.items == [] and record.actions == [] and record.board is None


def test_run_on_minutes_with_initials_and_a_reference_log() -> None:
    record = extract(document(RUN_ON))
    assert record.organisation == "Office of the Police, Fire and Crime Commissioner for Eastshire"
    assert (record.date, record.time) == ("2021-05-11", "10:00")
    assert [p.abbreviation for p in record.attendees] == ["AR", "NA", "PF"]
    assert [p.name for p in record.apologies] == ["Sam Nolan"]
    assert record.previous_meeting is not None
    assert (record.previous_meeting.date, record.previous_meeting.approved) == ("2021-03-09", True)
    performance = record.items[2]
    assert performance.presenter == "NA"
    points = performance.sections[0].points
    assert [(p.kind, p.speakers) for p in points] == [("statement", []), ("question", ["AR", "NA"])]
    assert record.items[3].sections == []  # "None." is not a point
    assert [(a.owner, a.due, a.status, a.item) for a in record.actions] == [
        ("PF", "2021-06-30", "open", "3"),
        ("NA", "2021-07-13", "open", None),
    ]
    assert record.actions[0].text.startswith("Priya Fenn to provide an analysis")
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.time) == ("2021-07-13", "10:00")


def test_apologies_given_in_the_welcome_item() -> None:
    text = (
        "1. Welcome and apologies\n\nThe PCC welcomed those present. Apologies were received"
        " from Jo Bloggs (DCC) and Helen King, Chief Executive.\n\n2. Finance\n"
    )
    record = extract(document(text))
    assert [(p.name, p.abbreviation) for p in record.apologies] == [
        ("Jo Bloggs", "DCC"),
        ("Helen King", "CE"),
    ]


def test_a_log_under_a_plain_actions_heading_is_a_table() -> None:
    text = (
        "1. Finance\n\nThe CFO reported an overspend.\n"
        "ACTION: CFO – circulate the revised MTFP by 31/03/2025.\n\n"
        "ACTIONS\nNo.\tAction\tOwner\tDeadline\tStatus\n"
        "2/25\tCirculate the revised MTFP\tCFO\t31/03/2025\tOpen\n"
    )
    record = extract(document(text))
    assert [(a.text, a.owner, a.due, a.status) for a in record.actions] == [
        ("circulate the revised MTFP by 31/03/2025.", "CFO", "2025-03-31", "open")
    ]
    assert [p.text for p in record.items[0].sections[0].points] == [
        "The CFO reported an overspend."
    ]


def test_a_numbered_log_without_columns_and_an_introduction_that_runs_on() -> None:
    text = (
        "Joint Audit Committee\n\n1. Internal audit\n\n"
        "Mrs Jones presented the audit progress report. The PCC queried the delay to the\n"
        "payroll audit.\n\nAction Log\n\n"
        "1. Mrs Jones to report on the payroll audit – due 30 April 2025 – open\n"
        "2. CFO and CC to review the risk register (Owner: CFO/CC; Due: 1 June 2025)\n"
        "Action 3/25 – Chair to write to the Home Office. Closed.\n"
    )
    record = extract(document(text))
    item = record.items[0]
    assert item.presenter == "Mrs Jones"
    assert [p.text for p in item.sections[0].points] == [
        "The PCC queried the delay to the payroll audit."
    ]
    assert [(a.owner, a.due, a.status) for a in record.actions] == [
        ("Mrs Jones", "2025-04-30", "open"),
        ("CFO/CC", "2025-06-01", None),
        ("Chair", None, "closed"),
    ]


def test_section_headings_between_bullets_without_blank_lines() -> None:
    # As a PDF's text layer gives notes whose paragraph spacing it lost: the heading that
    # follows a bullet is a heading, not the bullet's wrapped text.
    text = """\
Office of the Police and Crime Commissioner for Northshire
MEETING NOTES
Title: Performance and Accountability Board
Date and time: 11 June 2025 at 10:00
1. Welcome & Introduction
2. Delivery & Performance
Putting Victims First
• The PCC asked how many victims were satisfied with the service. The CC explained
  that 81% of victims were satisfied.
• The CC said the Force had recruited 40 new officers.
Fighting Crime
• The PCC commended the Force on its work to reduce burglary.
Date of next meeting: 17 September 2025
"""
    delivery = extract(document(text)).items[1]
    assert [s.heading for s in delivery.sections] == ["Putting Victims First", "Fighting Crime"]
    assert [p.text for p in delivery.sections[0].points][1] == (
        "The CC said the Force had recruited 40 new officers."
    )
    assert [p.text for p in delivery.sections[1].points] == [
        "The PCC commended the Force on its work to reduce burglary."
    ]


def test_numbered_paragraphs_a_closed_action_and_the_next_meeting_as_an_item() -> None:
    record = extract(
        document(
            "Minutes of the Accountability Board\n"
            "Held on Thursday 9 March 2023 at 2.00pm\n\n"
            "1. MINUTES OF THE PREVIOUS MEETING AND ACTION LOG\n"
            "1.1 The minutes of the meeting held on 12 January 2023 were approved.\n"
            "1.2 Action 14/22 (panel attendance): the DCC confirmed attendance. Action closed.\n\n"
            "2. FINANCE\n"
            "2.1 The CFO reported a forecast overspend of £1.3m.\n\n"
            "3. DATE OF NEXT MEETING\n"
            "3.1 Thursday 11 May 2023 at 2.00pm.\n"
        )
    )
    assert (
        record.discharged[0].text
        == "Action 14/22 (panel attendance): the DCC confirmed attendance."
    )
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.time) == ("2023-05-11", "14:00")
    assert [i.title for i in record.items][-1] == "DATE OF NEXT MEETING"
    assert record.items[-1].sections == []
    assert [p.text for s in record.items[1].sections for p in s.points] == [
        "The CFO reported a forecast overspend of £1.3m."
    ]


def test_an_item_that_agrees_the_notes_is_the_previous_meetings_whatever_its_title() -> None:
    record = extract(
        document(
            "Police Accountability Board\nTuesday 3rd September 2024\n\n"
            "Item 1 – Notes and Matters Arising\n"
            "The notes of the meeting held on 2nd July 2024 were agreed.\n\n"
            "Item 2 – Finance\nThe notes on the budget were agreed by the Chief Constable.\n"
        )
    )
    assert record.previous_meeting is not None
    assert (record.previous_meeting.date, record.previous_meeting.approved) == (
        "2024-07-02",
        True,
    )
    assert record.items[0].sections == []
    assert len(record.items[1].sections[0].points) == 1


def test_minutes_written_in_a_word_table() -> None:
    word = docx.Document()
    word.add_paragraph("Accountability and Performance Board")
    word.add_paragraph("Present: Ann Fox (PCC), Sara Hill (DCC)")
    table = word.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Item", "Discussion", "Action"], strict=True):
        cell.text = text
    for number, paragraphs, action in [
        ("1.", ["Welcome", "The PCC welcomed everyone."], ""),
        ("2.", ["Performance", "The PCC asked why. The DCC explained."], "DCC to report."),
    ]:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            cells[1].add_paragraph(paragraph)
        cells[2].text = action
    out = io.BytesIO()
    word.save(out)

    record = extract(read_bytes(out.getvalue(), "notes.docx"))
    assert [(i.number, i.title) for i in record.items] == [("1", "Welcome"), ("2", "Performance")]
    point = record.items[1].sections[0].points[0]
    assert (point.kind, point.speakers) == ("question", ["PCC", "DCC"])
    assert [(a.text, a.owner, a.item) for a in record.actions] == [("DCC to report.", "DCC", "2")]


def test_the_next_meeting_item_before_an_action_log_gives_its_own_date() -> None:
    record = extract(
        document(
            "Accountability Board\n22 January 2025\n\n1.0 Performance\n"
            "1.1 The PCC asked why. The CC explained.\n\n2.0 Next meeting\n"
            "2.1 19 March 2025, 09:30, Teams.\n\nAction log\nRef\tAction\tOwner\tDue\n"
            "1\tProvide the figures\tCC\t28/02/2025\n\nOFFICIAL\n"
        )
    )
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.time) == ("2025-03-19", "09:30")
    assert [(a.text, a.due) for a in record.actions] == [("Provide the figures", "2025-02-28")]


def test_an_introduction_that_reports_figures_keeps_them_as_a_point() -> None:
    record = extract(
        document(
            "Accountability Board\n16 January 2025\n\n1. Performance\n"
            "3.1 The DCC presented the report, highlighting that 91.4% of 999 calls were answered"
            " within 10 seconds.\n\n2. Previous notes\nMinutes of 12/02/2025 agreed.\n"
        )
    )
    item = record.items[0]
    assert item.presenter == "DCC"
    assert item.sections[0].points[0].text.startswith("The DCC presented the report, highlighting")
    assert [f.text for f in record.figures] == ["91.4%"]
    assert record.previous_meeting is not None and record.previous_meeting.approved is True
    assert record.items[1].sections == []


def test_headed_items_with_a_numbered_list_of_actions_agreed() -> None:
    record = extract(
        document(
            "PERFORMANCE BOARD\nNotes of the meeting held on 12th June 2024\n\n"
            "Attendees:\nMr Graham Lin – Police & Crime Commissioner\n\n"
            "Welcome\nMr Lin welcomed everyone.\n\n"
            "Police and Crime Plan – Priority 1: Safer Streets\n\n"
            "o   The Chief Constable said incidents had reduced by 17%.\n\n"
            "Actions agreed\n"
            "1.  T/DCC – share the pilot plan with the OPCC – 31st July 2024\n"
            "2.  Chief Constable – evaluation of Safer Streets to OPCC – September 2024\n\n"
            "Any other business\nThere was none.\n"
        )
    )
    assert [i.title for i in record.items] == [
        "Welcome",
        "Police and Crime Plan – Priority 1: Safer Streets",
        "Actions agreed",
        "Any other business",
    ]
    assert [(a.owner, a.due, a.item) for a in record.actions] == [
        ("T/DCC", "2024-07-31", "3"),
        ("Chief Constable", None, "3"),
    ]


def test_council_style_minutes_numbered_through_the_meeting() -> None:
    record = extract(
        document(
            "Police and Crime Executive Board\nHeld on Friday 17 January 2025\n\n"
            "PCEB 01/25  MINUTES OF THE PREVIOUS MEETING\n"
            "1. RESOLVED that the minutes of 15 November 2024 be approved as a correct record.\n\n"
            "2. It was noted that action PCEB 44/24 (the custody review) had been completed.\n\n"
            "PCEB 02/25  FINANCE\n3. The Chief Finance Officer reported an underspend of £0.9m.\n\n"
            "PCEB 03/25  ANY OTHER BUSINESS\n4. None.\n\n"
            "PCEB 04/25  DATE OF NEXT MEETING\n5. To be confirmed.\n"
        )
    )
    assert [i.number for i in record.items] == [
        "PCEB 01/25",
        "PCEB 02/25",
        "PCEB 03/25",
        "PCEB 04/25",
    ]
    assert record.previous_meeting is not None
    assert (record.previous_meeting.date, record.previous_meeting.approved) == ("2024-11-15", True)
    assert len(record.discharged) == 1 and record.items[0].sections == []
    assert [p.text for s in record.items[1].sections for p in s.points] == [
        "The Chief Finance Officer reported an underspend of £0.9m."
    ]
    assert record.items[2].sections == [] and record.items[3].sections == []
    assert [f.text for f in record.figures] == ["£0.9m"]


def test_a_pronoun_after_the_introduction_is_the_presenter_speaking() -> None:
    record = extract(
        document(
            "Board\n3 March 2025\n\n1. Performance\n"
            "The CC presented the report. He highlighted that 91.4% of calls were answered.\n"
        )
    )
    point = record.items[0].sections[0].points[0]
    assert (record.items[0].presenter, point.speakers) == ("CC", ["CC"])


def test_an_action_line_of_owner_and_date_takes_the_decision_above_it() -> None:
    record = extract(
        document(
            "Board\n3 March 2025\n\n1. Performance\n"
            "RESOLVED: That the Chief Constable provides a report on rape charge rates.\n"
            "Action: CC – 16 September 2025\n"
        )
    )
    assert [(a.text, a.owner, a.due) for a in record.actions] == [
        (
            "RESOLVED: That the Chief Constable provides a report on rape charge rates.",
            "CC",
            "2025-09-16",
        )
    ]
    assert record.items[0].sections[0].points == []
