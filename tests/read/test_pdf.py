"""PDF text is rebuilt from positions: pages, indentation, table cells, joined pieces."""

from __future__ import annotations

import time
from pathlib import Path

from fpdf import FPDF

from convert import FONTS, text_to_pdf
from gold import SEED_NAMES, seed_text
from scrutiny.read import read_bytes


def placed(*pages: list[tuple[float, float, str]]) -> bytes:
    """A PDF with each (x, y, text) drawn where given, in the order given (points from top)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("body", fname=str(FONTS["sans"]))
    pdf.set_font("body", size=10)
    for strings in pages:
        pdf.add_page()
        for x, y, text in strings:
            pdf.text(x, y, text)
    return bytes(pdf.output())


def texts(data: bytes) -> list[str]:
    return [line.text for line in read_bytes(data, "notes.pdf").lines]


def test_lines_carry_their_page() -> None:
    data = placed([(50, 60, "First page")], [(50, 60, "Second page"), (50, 74, "more")])
    lines = read_bytes(data, "notes.pdf").lines
    assert [(line.text, line.number, line.page) for line in lines] == [
        ("First page", 1, 1),
        ("Second page", 2, 2),
        ("more", 3, 2),
    ]


def test_cells_drawn_column_by_column_come_back_as_rows() -> None:
    columns = [(50, "Action"), (250, "Owner"), (400, "Due")]
    cells = [["Provide data", "Force", "16/09/2025"], ["Review", "OPCC", "01/10/2025"]]
    strings = [(x, 60.0, title) for x, title in columns]
    for column, (x, _) in enumerate(columns):
        strings += [(x, 74.0 + 14 * row, cells[row][column]) for row in range(2)]
    assert texts(placed(strings)) == [
        "Action\tOwner\tDue",
        "Provide data\tForce\t16/09/2025",
        "Review\tOPCC\t01/10/2025",
    ]


def test_indentation_is_measured_from_the_left_margin() -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("body", fname=str(FONTS["mono"]))
    pdf.set_font("body", size=10)
    pdf.add_page()
    width = pdf.get_string_width("x")
    for row, (indent, text) in enumerate([(0, "Heading text"), (1, "Bullet text"), (4, "Deep")]):
        pdf.text(72 + indent * width, 60 + 13 * row, text)
    assert texts(bytes(pdf.output())) == ["Heading text", " Bullet text", "    Deep"]


def test_pieces_of_one_line_join_with_or_without_a_space() -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("body", fname=str(FONTS["sans"]))
    pdf.set_font("body", size=10)
    pdf.add_page()
    pdf.text(50, 60, "The")
    pdf.text(50 + pdf.get_string_width("The "), 60, "PCC")  # as a bold word would be
    pdf.text(50, 74, "Kent")
    pdf.text(50 + pdf.get_string_width("Kent"), 74, "’s")
    assert texts(bytes(pdf.output())) == ["The PCC", "Kent’s"]


def test_a_hyphen_at_the_end_of_a_line_stays_there() -> None:
    data = placed([(50, 60, "preventative and awareness-"), (50, 74, "raising work.")])
    assert texts(data) == ["preventative and awareness-", "raising work."]


def test_a_paragraph_gap_is_a_blank_line() -> None:
    data = placed([(50, 60, "One"), (50, 73, "two"), (50, 99, "Three"), (50, 112, "four")])
    assert texts(data) == ["One", "two", "", "Three", "four"]


def test_reading_a_seed_is_fast() -> None:
    data = text_to_pdf(seed_text(SEED_NAMES[0]), font="sans")
    read_bytes(data, "warm-up.pdf")
    started = time.perf_counter()
    read_bytes(data, "notes.pdf")
    assert time.perf_counter() - started < 0.5  # about 20 ms on a laptop; CI machines vary


def test_fonts_are_installed() -> None:
    assert all(Path(path).exists() for path in FONTS.values()), "run `make setup`"
