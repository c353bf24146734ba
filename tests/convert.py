"""Test-side converters: plain text -> DOCX, HTML or PDF bytes, laid out as the text reads.

They let the seeds (plain text) exercise every reader: convert, read back, compare. Each
converter keeps what the readers promise to keep: leading indentation, blank lines between
paragraphs, tab-separated cells.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import docx
from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"mono": FONT_DIR / "DejaVuSansMono.ttf", "sans": FONT_DIR / "DejaVuSans.ttf"}
# Sizes chosen so that a line holds about 120 average characters between the margins: notes
# that came from PDF have lines up to about 118 (seed 000), and wrapping those again would leave
# one-word lines the original never had. Longer lines (paragraphs saved unwrapped) do wrap.
FONT_SIZES = {"mono": 7.2, "sans": 8.5}

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89  # A4 in points
MARGIN_LEFT = MARGIN_RIGHT = 36.0
MARGIN_TOP, MARGIN_BOTTOM = 56.0, 64.0
FOOTER_BASELINE = PAGE_HEIGHT - 30.0
LINE_PITCH = 1.3  # times the font size
CELL_GAP = 4  # average character widths between table cells, and per leading tab

BULLET = re.compile(r"[-•▪◦–*]\s+")


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# --- DOCX -------------------------------------------------------------------------------------


def _blocks(text: str) -> list[list[str]]:
    """The text's paragraphs as a writer would make them: runs of lines between blank lines."""
    blocks: list[list[str]] = [[]]
    for line in _lines(text):
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def text_to_docx(text: str) -> bytes:
    """One Word paragraph per block of lines, its lines kept apart by manual line breaks.

    python-docx turns tabs into <w:tab/>, which reads back as tabs.
    """
    document = docx.Document()
    for block in _blocks(text):
        paragraph = document.add_paragraph()
        for index, line in enumerate(block):
            run = paragraph.add_run(line)  # a run keeps its leading spaces (xml:space)
            if index < len(block) - 1:
                run.add_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- HTML -------------------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>p {{ margin: 0 }}</style>
</head>
<body>
{body}
</body>
</html>
"""


def _html_text(text: str) -> str:
    # Spaces a browser would collapse (leading ones, the second of two) as no-break spaces,
    # which browsers, and the reader, keep.
    return re.sub(r"(?:^|(?<= )) ", "\u00a0", html.escape(text, quote=False))


def text_to_html(text: str) -> bytes:
    """One <p> per block of lines, its lines kept apart by <br>; tabbed lines a <table>."""
    body: list[str] = []
    for block in _blocks(text):
        lines: list[str] = []
        rows: list[str] = []
        for line in [*block, ""]:
            if "\t" in line:
                if lines:
                    body.append("<p>" + "<br>\n".join(lines) + "</p>")
                    lines = []
                cells = "".join(f"<td>{_html_text(cell)}</td>" for cell in line.split("\t"))
                rows.append(f"<tr>{cells}</tr>")
                continue
            if rows:
                body.append("<table>\n" + "\n".join(rows) + "\n</table>")
                rows = []
            if line:
                lines.append(_html_text(line))
        if lines:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    page = _PAGE.format(title="Meeting notes", body="\n".join(body))
    return page.encode("utf-8")


# --- PDF --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    """One printed line: cells as (x offset from the left margin, text); none for a blank line."""

    cells: tuple[tuple[float, str], ...] = ()


class _Layout:
    """Measures text in one font and turns source lines into printed rows."""

    def __init__(self, pdf: FPDF, unit: float, width: float) -> None:
        self.pdf = pdf
        self.unit = unit  # the average advance of a character, as a reader would measure it
        self.width = width

    def rows(self, line: str) -> list[_Row]:
        line = line.rstrip()
        if not line:
            return [_Row()]
        body = line.lstrip(" \t")
        lead = line[: len(line) - len(body)]
        indent = (lead.count(" ") + CELL_GAP * lead.count("\t")) * self.unit
        if "\t" in body:
            return [self._cells(indent, body)]
        return self._wrapped(indent, body)

    def _cells(self, x: float, body: str) -> _Row:
        # Tables are not wrapped: a row that overflows the margin is still one row.
        cells: list[tuple[float, str]] = []
        for cell in body.split("\t"):
            if cell.strip():
                cells.append((x, cell.strip()))
                x += self.pdf.get_string_width(cell.strip())
            x += CELL_GAP * self.unit
        return _Row(tuple(cells))

    def _wrapped(self, indent: float, body: str) -> list[_Row]:
        # Continuation lines hang under the text after a bullet glyph. A line indented with no
        # bullet is one whose bullet an earlier conversion lost (as in the seeds), and those
        # continue at the margin, as the seeds' own continuation lines do.
        bullet = BULLET.match(body)
        hanging = indent + self.pdf.get_string_width(bullet.group()) if bullet else 0.0
        rows: list[_Row] = []
        x, current = indent, ""
        for word in body.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and x + self.pdf.get_string_width(candidate) > self.width:
                rows.append(_Row(((x, current),)))
                x, current = hanging, word
            else:
                current = candidate
        rows.append(_Row(((x, current),)))
        return rows


def _average_advance(pdf: FPDF, text: str) -> float:
    # Spaces included, as the reader measures a line's width per character.
    flat = " ".join(text.split())
    return pdf.get_string_width(flat) / len(flat) if flat else pdf.get_string_width("n")


def _paginate(rows: list[_Row], per_page: int) -> list[list[_Row]]:
    pages: list[list[_Row]] = [[]]
    for row in rows:
        if len(pages[-1]) == per_page:
            pages.append([])
        if not row.cells and not pages[-1]:
            continue  # a paragraph break at the top of a page is not printed
        pages[-1].append(row)
    return pages


def text_to_pdf(
    text: str, *, font: Literal["mono", "sans"] = "mono", page_footer: bool = True
) -> bytes:
    """An A4 PDF with each line at the left margin plus its indentation.

    Long lines wrap at word boundaries onto continuation lines that hang under the text after
    any bullet (or start at the margin); tabs become gaps between cells; `page_footer` adds
    "Page N of M" to every page.
    """
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("body", fname=str(FONTS[font]))
    size = FONT_SIZES[font]
    pdf.set_font("body", size=size)
    layout = _Layout(pdf, _average_advance(pdf, text), PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
    rows = [row for line in _lines(text) for row in layout.rows(line)]
    pitch = LINE_PITCH * size
    per_page = int((PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) // pitch)
    pages = _paginate(rows, per_page)
    for number, page in enumerate(pages, start=1):
        pdf.add_page()
        for index, row in enumerate(page):
            baseline = MARGIN_TOP + size + index * pitch
            for x, cell in row.cells:
                pdf.text(MARGIN_LEFT + x, baseline, cell)
        if page_footer:
            footer = f"Page {number} of {len(pages)}"
            pdf.text((PAGE_WIDTH - pdf.get_string_width(footer)) / 2, FOOTER_BASELINE, footer)
    return bytes(pdf.output())
