"""The converters' contract: a seed turned into DOCX, HTML or PDF reads back as the seed.

DOCX and HTML give the seed's lines exactly (right-stripped; runs of blank lines may collapse to
one). PDF gives them laid out on pages: a running footer, long lines wrapped, indentation kept
to within a space, table cells still apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pytest

from convert import text_to_docx, text_to_html, text_to_pdf
from gold import SEED_NAMES, seed_text
from scrutiny.read import Line, read_bytes

FOOTER = re.compile(r"^\s*Page (\d+) of (\d+)$")
CELL_BREAK = re.compile(r"\t| {2,}")
WRAPS_AFTER = 130  # characters: a seed line longer than this cannot fit on one PDF line


@cache
def seed(name: str) -> str:
    return seed_text(name)


@cache
def read_as(name: str, fmt: str, font: str = "mono") -> tuple[Line, ...]:
    converters: dict[str, Callable[[str], bytes]] = {
        "docx": text_to_docx,
        "html": text_to_html,
        "pdf": lambda text: text_to_pdf(text, font=font),  # type: ignore[arg-type]
    }
    document = read_bytes(converters[fmt](seed(name)), f"{name}.{fmt}")
    assert document.format == fmt
    assert [line.number for line in document.lines] == list(range(1, len(document.lines) + 1))
    return tuple(document.lines)


def paragraphs(lines: list[str]) -> list[tuple[bool, str]]:
    """Non-blank lines, right-stripped, each with whether a blank line comes before it."""
    out: list[tuple[bool, str]] = []
    blank_before = False
    for line in lines:
        if line.strip():
            out.append((blank_before and bool(out), line.rstrip()))
            blank_before = False
        else:
            blank_before = True
    return out


def words(text: str) -> str:
    return " ".join(text.split())


def indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_docx_and_html_give_the_seed_lines(name: str, fmt: str) -> None:
    got = paragraphs([line.text for line in read_as(name, fmt)])
    assert got == paragraphs(seed(name).splitlines())


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("font", ["mono", "sans"])
class TestPdf:
    def body(self, name: str, font: str) -> list[Line]:
        return [line for line in read_as(name, "pdf", font) if not FOOTER.match(line.text)]

    def test_every_page_ends_with_its_footer(self, name: str, font: str) -> None:
        lines = read_as(name, "pdf", font)
        pages = max(line.page or 0 for line in lines)
        assert pages > 1
        for page in range(1, pages + 1):
            last = [line.text for line in lines if line.page == page][-1]
            assert FOOTER.match(last), (page, last)
            assert FOOTER.match(last).groups() == (str(page), str(pages))  # type: ignore[union-attr]

    def test_seed_lines_come_back_in_order_wrapped_and_indented(self, name: str, font: str) -> None:
        body = self.body(name, font)
        position = 0
        for _, line in paragraphs(seed(name).splitlines()):
            while not body[position].text.strip():
                position += 1
            taken = [body[position]]
            while len(words(" ".join(t.text for t in taken))) < len(words(line)):
                position += 1
                if not body[position].text.strip():
                    # Wrapping never opens a gap; only a page break comes between the parts.
                    assert body[position + 1].page != taken[-1].page, line
                    position += 1
                taken.append(body[position])
            position += 1
            assert words(" ".join(t.text for t in taken)) == words(line)
            assert len(taken) > 1 or len(line.strip()) <= WRAPS_AFTER, line
            self.check_indent(line, taken[0].text)
            self.check_cells(line, taken[0].text)
        assert not any(line.text.strip() for line in body[position:])

    def check_indent(self, line: str, got: str) -> None:
        if line.startswith("\t"):
            assert got[:1].isspace(), (line, got)
            return
        assert abs(indent(got) - indent(line)) <= 1, (line, got)
        assert (indent(got) == 0) == (indent(line) == 0), (line, got)

    def check_cells(self, line: str, got: str) -> None:
        if "\t" in line.strip():
            want = [cell.strip() for cell in line.split("\t") if cell.strip()]
            assert [cell for cell in CELL_BREAK.split(got.strip()) if cell] == want

    def test_blank_lines_stay_between_paragraphs(self, name: str, font: str) -> None:
        lines = self.body(name, font)
        starts: list[tuple[bool, Line]] = []
        position = 0
        texts = [line.text for line in lines]
        for blank_before, line in paragraphs(seed(name).splitlines()):
            while not texts[position].strip() or words(line)[:20] not in words(texts[position]):
                position += 1
            starts.append((blank_before, lines[position]))
            position += 1
        for blank_before, line in starts:
            if not blank_before:
                continue
            previous = lines[lines.index(line) - 1]
            # A paragraph that starts a page has only the page break before it.
            assert not previous.text.strip() or previous.page != line.page, line
