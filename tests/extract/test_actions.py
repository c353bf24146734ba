import pytest

from scrutiny.extract.actions import action_label, parse_action


@pytest.mark.parametrize(
    ("text", "owner", "body"),
    [
        (
            "Force: comparative data on officer turnover.",
            "Force",
            "comparative data on officer turnover.",
        ),
        (
            "Action – Paul Fell to circulate the estates plan.",
            "Paul Fell",
            "Paul Fell to circulate the estates plan.",
        ),
        ("ACTION: KM/GM to review the protocol.", "KM/GM", "KM/GM to review the protocol."),
        (
            "Action 3/24: Chief Constable – report on the use of Taser.",
            "Chief Constable",
            "report on the use of Taser.",
        ),
        (
            "ACTION 7/24: The Deputy Chief Constable to provide a breakdown by age.",
            "Deputy Chief Constable",
            "The Deputy Chief Constable to provide a breakdown by age.",
        ),
    ],
)
def test_owners(text: str, owner: str, body: str) -> None:
    action = parse_action(text, "3")
    assert action is not None
    assert (action.owner, action.text, action.item) == (owner, body, "3")


def test_fields_give_owner_due_and_status() -> None:
    action = parse_action("Action: Provide the data (Owner: CFO; Due: 19/02/2025; Status: Open)")
    assert action is not None
    assert (action.text, action.owner, action.due, action.status) == (
        "Provide the data",
        "CFO",
        "2025-02-19",
        "open",
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Share the audit findings (Owner: DCC, by 28 February 2025).",
            ("Share the audit findings.", "DCC", "2025-02-28"),
        ),
        (
            "ACTION: DoP to brief the Board (owner DoP, due 4 December 2024).",
            ("DoP to brief the Board.", "DoP", "2024-12-04"),
        ),
    ],
)
def test_owner_and_due_in_closing_brackets_labelled(text: str, want: tuple[str, str, str]) -> None:
    action = parse_action(text)
    assert action is not None
    assert (action.text, action.owner, action.due) == want


@pytest.mark.parametrize(
    ("text", "owner", "due"),
    [
        (
            "Agreed: the ACC to circulate the plan to the group by 31 March 2025.",
            "ACC",
            "2025-03-31",
        ),
        ("ACTION (DCC): write to the Director – by 15 December 2023.", "DCC", "2023-12-15"),
        (
            "11. ACTION: The Deputy Chief Constable to provide figures.",
            "Deputy Chief Constable",
            None,
        ),
    ],
)
def test_other_ways_of_labelling_an_action(text: str, owner: str, due: str | None) -> None:
    assert action_label(text)
    action = parse_action(text, "3")
    assert action is not None
    assert (action.owner, action.due) == (owner, due)


def test_an_agreement_that_is_no_action_has_no_label() -> None:
    assert not action_label("Agreed: the minutes were approved.")
    assert not action_label("Actions arising")


def test_due_from_a_date_after_a_dash() -> None:
    action = parse_action("CFO to circulate the revised cost model – 31 January 2025.")
    assert action is not None
    assert (action.owner, action.due) == ("CFO", "2025-01-31")


def test_due_from_by_date() -> None:
    action = parse_action("ACTION: CC to provide the breakdown by 30 April 2025.")
    assert action is not None and action.due == "2025-04-30"


@pytest.mark.parametrize("text", ["Action update: the report was circulated.", "Action log"])
def test_updates_and_logs_are_not_new_actions(text: str) -> None:
    assert action_label(text) is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Review the protocol – open", "open"),
        ("Write to the Home Office. Closed.", "closed"),
        ("Circulate the plan (complete)", "closed"),
        ("Review the open data policy", None),
    ],
)
def test_a_status_written_last(text: str, status: str | None) -> None:
    action = parse_action(text)
    assert action is not None and action.status == status
