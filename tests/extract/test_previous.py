from scrutiny.extract.clean import clean
from scrutiny.extract.paragraphs import paragraphs
from scrutiny.extract.previous import discharged_entry, read_previous
from scrutiny.read.document import lines_from_text


def test_discharged_action_and_its_note() -> None:
    entry = discharged_entry(
        "Provide detail on the 11% of incidents written update received with thanks."
    )
    assert (entry.text, entry.note) == (
        "Provide detail on the 11% of incidents",
        "written update received with thanks",
    )
    assert discharged_entry("Circulate the plan – complete").note == "complete"
    assert discharged_entry("Review the protocol (closed)").note == "closed"
    assert discharged_entry("Review the protocol.").note is None


def test_previous_item() -> None:
    text = (
        "- The notes were agreed as a true and accurate record, and the following actions"
        " discharged:\n - Provide the data update received with thanks.\n"
    )
    found = read_previous(
        "Notes of Previous Meeting – 11 December 2024",
        paragraphs(clean(lines_from_text(text)).lines, glyph_bullets=True),
    )
    assert (found.meeting.date, found.meeting.approved) == ("2024-12-11", True)
    assert [(d.text, d.note) for d in found.discharged] == [
        ("Provide the data", "update received with thanks")
    ]


def test_date_from_held_on_and_refusal() -> None:
    text = "The minutes of the meeting held on 26 September 2018 were noted as a true record."
    found = read_previous(
        "Minutes", paragraphs(clean(lines_from_text(text)).lines, glyph_bullets=False)
    )
    assert (found.meeting.date, found.meeting.approved) == ("2018-09-26", True)
    refused = "The minutes were not agreed as an accurate record pending corrections."
    found = read_previous(
        "Minutes", paragraphs(clean(lines_from_text(refused)).lines, glyph_bullets=False)
    )
    assert found.meeting.approved is False


def test_an_action_update_reporting_completion_discharges_it() -> None:
    text = (
        "The minutes were agreed.\n\nAction update: Action 12/24 (report on 999 calls) – complete."
        "\n\nAction update: Action 13/24 – work continues.\n"
    )
    found = read_previous(
        "Minutes", paragraphs(clean(lines_from_text(text)).lines, glyph_bullets=False)
    )
    assert [(d.text, d.note) for d in found.discharged] == [
        ("Action 12/24 (report on 999 calls)", "complete")
    ]
    assert [p.text for p in found.other] == ["Action update: Action 13/24 – work continues."]


def _previous(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    found = read_previous(
        "Minutes and action log",
        paragraphs(clean(lines_from_text(text)).lines, glyph_bullets=False),
    )
    return [(d.text, d.note) for d in found.discharged], [p.text for p in found.other]


def test_an_action_named_by_its_reference_and_reported_closed_is_discharged() -> None:
    discharged, other = _previous(
        "Action 14/22 (panel attendance): the DCC reported that attendance had been confirmed."
        " Action discharged.\n\nAction No. 3 (briefing on knife crime) – closed.\n"
    )
    assert discharged == [
        (
            "Action 14/22 (panel attendance): the DCC reported that attendance had been confirmed.",
            "Action discharged",
        ),
        ("Action No. 3 (briefing on knife crime)", "closed"),
    ]
    assert other == []


def test_an_action_still_open_is_not_discharged() -> None:
    text = (
        "Action 15/22: the report is not yet complete.\n\n"
        "Action 16/22 will be closed once the audit has finished.\n\n"
        "Action 17/22 – the review was completed in part; the rest remains open.\n\n"
        "Action update: Action 18/22 – not done; carried forward.\n"
    )
    discharged, other = _previous(text)
    assert discharged == []
    assert len(other) == 4


def test_what_the_approval_paragraph_says_besides_is_kept() -> None:
    _, other = _previous(
        "The notes of the meeting held on 2 July 2024 were agreed. Matters arising: the CC"
        " confirmed the review was complete.\n"
    )
    assert other == ["Matters arising: the CC confirmed the review was complete."]


def test_a_status_after_the_actions_own_sentence_is_its_note() -> None:
    discharged, other = _previous(
        "Ref 23/24 – AL to circulate the compliance report. Complete.\n\n"
        "Action 7/24 - CC to report on disproportionality: discharged.\n"
    )
    assert discharged == [
        ("Ref 23/24 – AL to circulate the compliance report.", "Complete"),
        ("Action 7/24 - CC to report on disproportionality", "discharged"),
    ]
    assert other == []


def test_bulleted_or_lettered_entries_reported_met_are_discharged() -> None:
    discharged, other = _previous(
        "The minutes were agreed.\n\n"
        " - Fire safety visits: the CFO had circulated the data – complete.\n"
        "a)  Analysis of repeat missing children – report received.\n"
        "b)  Review of custody healthcare – ongoing.\n"
    )
    assert discharged == [
        ("Fire safety visits: the CFO had circulated the data", "complete"),
        ("Analysis of repeat missing children", "report received"),
    ]
    assert other == ["Review of custody healthcare – ongoing."]


def test_a_discharge_said_inline_and_procedure_about_the_whole_log() -> None:
    discharged, other = _previous(
        "The following action was discharged: the CC to confirm the number trained.\n\n"
        "All actions from that meeting had been completed.\n\n"
        "Action tracker reviewed – no outstanding actions.\n\nPrevious actions:\n"
    )
    assert discharged == [("the CC to confirm the number trained", None)]
    assert other == []


def test_what_follows_the_approval_is_read_like_any_paragraph() -> None:
    discharged, other = _previous(
        "The minutes of 21 November 2024 were agreed. Action 31 (share the dashboard) was"
        " confirmed as complete and closed.\n\nActions 1 and 2 were completed and are"
        " discharged.\n\nThe action log was reviewed:\n"
    )
    assert discharged == [
        ("Action 31 (share the dashboard)", "was confirmed as complete and closed")
    ]
    assert other == []
