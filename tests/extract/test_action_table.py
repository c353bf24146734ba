from scrutiny.extract.action_table import TABLE_TITLE, columns_of, parse_row, parse_table
from scrutiny.record import Where


def test_header_rows() -> None:
    assert columns_of(" Status Owner Due date") == ["text", "status", "owner", "due"]
    assert columns_of("Ref\tAction\tOwner\tDue\tStatus") == [
        "ref",
        "text",
        "owner",
        "due",
        "status",
    ]
    assert columns_of("The owner said the status was due") is None


def test_tab_separated_row() -> None:
    row = parse_row(
        "2\tReview the protocol\tKM/GM\t19/02/2025\tClosed",
        ["ref", "text", "owner", "due", "status"],
    )
    assert row is not None
    a = row.action
    assert (a.text, a.owner, a.due, a.status) == (
        "Review the protocol",
        "KM/GM",
        "2025-02-19",
        "closed",
    )


def test_cells_run_together_are_read_from_the_ends() -> None:
    columns = ["text", "status", "owner", "due"]
    row = parse_row("Data on officer turnover Open Chief Constable  20/03/2019", columns)
    assert row is not None
    a = row.action
    assert (a.text, a.status, a.owner, a.due) == (
        "Data on officer turnover",
        "open",
        "Chief Constable",
        "2019-03-20",
    )


def test_scattered_cells_and_glyphs() -> None:
    columns = ["text", "status", "owner", "due"]
    row = parse_row("Provide Impl\t•\tthe\tfindings\tOpen\tForce\t16/09/2025", columns)
    assert row is not None
    assert (row.action.text, row.action.owner) == ("Provide Impl the findings", "Force")


def test_a_row_wrapped_over_lines_is_joined() -> None:
    where = Where(line=1)
    rows = parse_table(
        [
            ("Provide the full breakdown of", where),
            ("overtime by district Open CFO 01/05/2025", where),
        ],
        ["text", "status", "owner", "due"],
    )
    assert [r.action.text for r in rows] == ["Provide the full breakdown of overtime by district"]


def test_an_empty_cell_between_tabs_keeps_the_columns_in_place() -> None:
    columns = columns_of("No.\tDate raised\tAction\tOwner\tDue\tUpdate\tRAG")
    assert columns is not None
    row = parse_row(
        "01/25\t04/03/2025\tReport on 101 abandonment\tCC\t03/06/2025\t\tGreen", columns
    )
    assert row is not None
    a = row.action
    assert (a.text, a.owner, a.due, a.status) == (
        "Report on 101 abandonment",
        "CC",
        "2025-06-03",
        "open",
    )
    assert row.note is None


def test_a_table_set_in_columns_of_spaces_with_wrapped_cells() -> None:
    header = "Ref     Action                                   Owner     Due date        Status"
    columns = columns_of(header)
    assert columns is not None
    lines = [
        "06/03   Hate crime outcomes report to the         ACC       31/10/2024      Ongoing",
        "        Board                                     Crime",
        "06/01   Taser roll-out figures                    CC        04/09/2024      Complete",
    ]
    rows = parse_table([(text, Where(line=i)) for i, text in enumerate(lines)], columns, header)
    assert [(r.action.text, r.action.owner, r.action.due, r.action.status) for r in rows] == [
        ("Hate crime outcomes report to the Board", "ACC Crime", "2024-10-31", "open"),
        ("Taser roll-out figures", "CC", "2024-09-04", "closed"),
    ]


def test_a_log_title_may_say_when_it_was_made() -> None:
    assert TABLE_TITLE.match("Action Log (as at 4 September 2024)")
    assert TABLE_TITLE.match("Action log – new actions")
