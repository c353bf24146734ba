"""A data table is read row by row; a table of minutes as the text it lays out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny.read.tables import names_a_discussion, table_lines


def test_a_data_table_is_a_line_per_row() -> None:
    rows = [
        [["Action"], ["Owner"], ["Due"], ["Update"]],
        [["Provide data"], ["CC"], ["20/03/2019"], ["Received.", "• Closed at the meeting."]],
    ]
    assert table_lines(rows) == [
        "Action\tOwner\tDue\tUpdate",
        "Provide data\tCC\t20/03/2019\tReceived. Closed at the meeting.",
    ]


def test_minutes_under_a_discussion_heading_read_as_items() -> None:
    rows = [
        [["Item"], ["Discussion"], ["Action(s)"]],
        [
            ["3."],
            ["Force Performance", "The DCC presented.", "• The PCC asked why."],
            ["CC to report."],
        ],
        [["4."], ["The CFO reported an underspend."], []],
    ]
    assert table_lines(rows) == [
        "3. Force Performance", "",
        "The DCC presented.", "",
        "• The PCC asked why.", "",
        "Action: CC to report.", "",
        "4.", "",
        "The CFO reported an underspend.", "",
    ]  # fmt: skip


def test_numbered_rows_of_paragraphs_are_minutes_without_a_heading() -> None:
    rows = [
        [["1"], ["Welcome", "The PCC welcomed all."]],
        [["2"], ["Finance", "The CFO reported."], ["Lead: CFO"]],
    ]
    assert table_lines(rows) == [
        "1 Welcome", "", "The PCC welcomed all.", "",
        "2 Finance", "", "The CFO reported.", "", "Lead: CFO", "",
    ]  # fmt: skip


def test_a_numbered_log_of_one_line_cells_stays_data() -> None:
    rows = [[["1"], ["Provide data"], ["CC"]], [["2"], ["Review the plan"], ["DCC"]]]
    assert table_lines(rows) == ["1\tProvide data\tCC", "2\tReview the plan\tDCC"]


def test_empty_rows_are_dropped() -> None:
    assert table_lines([[[], []], [["a"], ["b"]]]) == ["a\tb"]
    assert table_lines([]) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(st.text(max_size=30), max_size=4), max_size=5),
        max_size=6,
    )
)
def test_any_table_reads_without_error_and_loses_no_words(rows: list[list[list[str]]]) -> None:
    cleaned = [[[" ".join(p.split()) for p in cell] for cell in row] for row in rows]
    lines = table_lines(cleaned)
    assert all(isinstance(line, str) for line in lines)
    written = " ".join(lines).split()
    kept = [row for row in cleaned if any(any(p.strip() for p in cell) for cell in row)]
    if kept and len(lines) != len(kept):
        # Read as minutes: the header row ("Item | Discussion | Action") is layout, not words.
        kept = kept[1:] if names_a_discussion(kept[0]) else kept
    for row in kept:
        for cell in row:
            for paragraph in cell:
                for word in paragraph.split():
                    assert word in " ".join(written) or word == "•"


def test_an_action_log_is_data_whatever_its_cells_hold() -> None:
    rows = [
        [["No."], ["Notes"], ["Owner"], ["Due"]],
        [["1"], ["Provide data.", "Two paragraphs."], ["CC"], ["1 May"]],
        [["2"], ["Review.", "Also two."], ["DCC"], ["2 May"]],
    ]
    assert table_lines(rows)[1] == "1\tProvide data. Two paragraphs.\tCC\t1 May"


def test_an_actions_owner_and_date_go_with_the_action() -> None:
    rows = [
        [["Item"], ["Discussion"], ["Action"], ["Owner"]],
        [["1."], ["Finance", "The CFO reported."], ["Circulate the budget"], ["CFO"]],
    ]
    assert table_lines(rows)[-2:] == ["Action: Circulate the budget; Owner: CFO", ""]


def test_a_discussion_column_makes_minutes_even_with_owners_and_deadlines() -> None:
    rows = [
        [["Item"], ["Discussion"], ["Action"], ["Owner"], ["Deadline"]],
        [["1."], ["Finance", "The CFO reported."], ["Circulate it"], ["CFO"], ["1 May 2025"]],
    ]
    assert table_lines(rows)[0] == "1. Finance"
    assert table_lines(rows)[-2] == "Action: Circulate it; Owner: CFO; Deadline: 1 May 2025"
