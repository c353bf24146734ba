"""DOCX reads in body order: paragraphs one line each, list items bulleted, tables by row."""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
from docx.document import Document as WordDocument
from docx.oxml import parse_xml

from scrutiny.read import read_bytes

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def lines(build: Callable[[WordDocument], None]) -> list[str]:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return [line.text for line in read_bytes(out.getvalue(), "notes.docx").lines]


def texts(build: Callable[[WordDocument], None]) -> list[str]:
    """The lines with text; where paragraphs break is tested on its own."""
    return [line for line in lines(build) if line]


def test_paragraphs_keep_leading_spaces_and_tabs() -> None:
    def build(document: WordDocument) -> None:
        document.add_paragraph("Meeting Notes")
        document.add_paragraph("")
        document.add_paragraph(" The PCC asked\tabout it.")

    assert texts(build) == ["Meeting Notes", " The PCC asked\tabout it."]


def test_list_paragraphs_are_bulleted_once() -> None:
    def build(document: WordDocument) -> None:
        document.add_paragraph("First point", style="List Bullet")
        document.add_paragraph("Second point", style="List Number")
        document.add_paragraph("• Already bulleted", style="List Bullet")
        document.add_paragraph("Plain paragraph")

    assert texts(build) == [
        "• First point",
        "• Second point",
        "• Already bulleted",
        "Plain paragraph",
    ]


def test_tables_sit_between_paragraphs_in_body_order() -> None:
    def build(document: WordDocument) -> None:
        document.add_paragraph("Overview of Actions")
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ["Action", "Owner", "Due"], strict=True):
            cell.text = text
        row = table.rows[1].cells
        row[0].text = "Provide data"
        row[0].add_paragraph("on turnover")
        row[2].text = "20/03/2019"
        document.add_paragraph("Date of next meeting")

    assert texts(build) == [
        "Overview of Actions",
        "Action\tOwner\tDue",
        "Provide data on turnover\t\t20/03/2019",
        "Date of next meeting",
    ]


def test_merged_cells_appear_once() -> None:
    def build(document: WordDocument) -> None:
        table = document.add_table(rows=1, cols=3)
        merged = table.cell(0, 0).merge(table.cell(0, 1))
        merged.text = "Wide"
        table.cell(0, 2).text = "Narrow"

    assert texts(build) == ["Wide\tNarrow"]


def test_line_breaks_start_new_lines() -> None:
    def build(document: WordDocument) -> None:
        paragraph = document.add_paragraph("First")
        paragraph.add_run().add_break()
        paragraph.add_run("Second")

    assert lines(build) == ["First", "Second", ""]


def test_each_paragraph_ends_with_a_blank_line_as_in_text() -> None:
    def build(document: WordDocument) -> None:
        document.add_paragraph("A long paragraph that Word wraps however it likes.")
        document.add_paragraph("The next paragraph.")
        document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Cell"
        document.add_paragraph("After the table.")

    assert lines(build) == [
        "A long paragraph that Word wraps however it likes.",
        "",
        "The next paragraph.",
        "",
        "Cell",
        "",
        "After the table.",
        "",
    ]


def test_content_controls_and_tracked_changes() -> None:
    def build(document: WordDocument) -> None:
        body = document.element.body
        control = parse_xml(
            f"<w:sdt {W_NS}><w:sdtContent><w:p><w:r><w:t>Date: 19 February 2025</w:t></w:r>"
            "</w:p></w:sdtContent></w:sdt>"
        )
        tracked = parse_xml(
            f"<w:p {W_NS}><w:r><w:t xml:space='preserve'>Kept </w:t></w:r>"
            "<w:ins w:id='1' w:author='a'><w:r><w:t>inserted</w:t></w:r></w:ins>"
            "<w:del w:id='2' w:author='a'><w:r><w:delText>deleted</w:delText></w:r></w:del></w:p>"
        )
        body.insert(0, control)
        body.insert(1, tracked)

    assert texts(build) == ["Date: 19 February 2025", "Kept inserted"]


def test_a_table_of_minutes_reads_as_items_and_paragraphs() -> None:
    def build(document: WordDocument) -> None:
        table = document.add_table(rows=3, cols=3)
        for cell, text in zip(table.rows[0].cells, ["Item", "Discussion", "Action"], strict=True):
            cell.text = text
        for row, (number, title, said, action) in zip(
            table.rows[1:],
            [
                ("1.", "Welcome", "The PCC welcomed all.", ""),
                ("2.", "Finance", "The CFO reported.", "CFO to circulate the budget."),
            ],
            strict=True,
        ):
            row.cells[0].text = number
            row.cells[1].text = title
            row.cells[1].add_paragraph(said)
            row.cells[2].text = action

    assert texts(build) == [
        "1. Welcome",
        "The PCC welcomed all.",
        "2. Finance",
        "The CFO reported.",
        "Action: CFO to circulate the budget.",
    ]
