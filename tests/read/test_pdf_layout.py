"""The geometry that turns positioned words into lines, on hand-placed words."""

from __future__ import annotations

from scrutiny.read.pdf_layout import Measures, Row, Run, Word, measures, page_lines, rows_of

UNIT = 5.0  # points per character in these examples
SIZE = (-2.0, 8.0)  # the band around a baseline at 0


def run(y: float, *words: tuple[float, str], spaces: int = 1) -> Run:
    placed = [
        Word(text, x * UNIT, (x + len(text)) * UNIT, spaces if index else 0)
        for index, (x, text) in enumerate(words)
    ]
    return Run(placed, y + SIZE[0], y + SIZE[1])


def lines(runs: list[Run], pitch: float = 12.0) -> list[str]:
    return page_lines(rows_of(runs), Measures(UNIT, pitch))


def test_indentation_is_counted_from_the_left_margin() -> None:
    runs = [run(700, (10, "Heading")), run(688, (11, "Indented")), run(676, (13, "Deeper"))]
    assert lines(runs) == ["Heading", " Indented", "   Deeper"]


def test_wide_gaps_are_tabs_and_narrow_ones_spaces() -> None:
    row = run(700, (0, "Action"), (7, "Owner"), (20, "Due"), spaces=1)
    assert lines([row]) == ["Action Owner\tDue"]


def test_runs_on_one_baseline_join_left_to_right() -> None:
    # Table cells drawn column by column: the text layer gives them out of reading order.
    runs = [
        run(700, (0, "Action")),
        run(688, (0, "Provide")),
        run(700, (20, "Owner")),
        run(688, (20, "Force")),
    ]
    runs[2] = runs[2]._replace(words=[runs[2].words[0]._replace(spaces=0)])
    runs[3] = runs[3]._replace(words=[runs[3].words[0]._replace(spaces=0)])
    assert lines(runs) == ["Action\tOwner", "Provide\tForce"]


def test_a_superscript_stays_on_its_line() -> None:
    runs = [run(700, (0, "On 6")), Run([Word("th", 4 * UNIT, 6 * UNIT, 0)], 703, 709)]
    assert lines(runs) == ["On 6th"]


def test_a_paragraph_gap_is_one_blank_line() -> None:
    runs = [run(700, (0, "One")), run(688, (0, "two")), run(640, (0, "Three"))]
    assert lines(runs) == ["One", "two", "", "Three"]


def test_pitch_and_unit_are_measured_over_the_document() -> None:
    page = rows_of([run(700 - 12 * i, (0, "x" * 30)) for i in range(8)])
    measured = measures([page, []])
    assert measured.pitch == 12.0
    assert measured.unit == UNIT


def test_rows_sort_top_down() -> None:
    rows = rows_of([run(600, (0, "low")), run(700, (0, "high"))])
    assert [row.words[0].text for row in rows] == ["high", "low"]
    assert all(isinstance(row, Row) for row in rows)


def test_pitch_is_read_where_a_paragraph_wraps_in_notes_of_one_line_points() -> None:
    # Short notes: most points fit on one line, so paragraph gaps (20) outnumber line breaks;
    # the one point that fills the column and wraps shows the pitch (12).
    runs = [run(700 - 20 * i, (0, f"Point {i} fits on one line.")) for i in range(8)]
    runs += [run(520, (0, "w" * 59 + ".")), run(508, (0, "wrapped")), run(488, (0, "Heading"))]
    page = rows_of(runs)
    measured = measures([page])
    assert measured.pitch == 12.0
    text = page_lines(page, measured)
    assert text[:3] == ["Point 0 fits on one line.", "", "Point 1 fits on one line."]
    assert text[-4:] == ["w" * 59 + ".", "wrapped", "", "Heading"]


def test_table_rows_filling_the_width_do_not_set_the_pitch() -> None:
    runs = [run(700 - 20 * i, (0, "One line of text, well short.")) for i in range(8)]
    table = [run(y, (0, "Action"), (40, "Owner"), (50, "Due")) for y in (540, 530)]
    measured = measures([rows_of(runs + table)])
    assert measured.pitch == 20.0
