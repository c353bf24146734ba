"""Meeting records rendered as notes: in a board's house style, as text, HTML, DOCX or PDF.

    render(record, "minutes", "docx") -> bytes

Pure Python with no web framework, like the extractor it mirrors: extracting a rendered record
gives the record back (its figure subjects and line numbers aside).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, get_args

from scrutiny.record import MeetingRecord
from scrutiny.render import minutes, notes, prose
from scrutiny.render.blocks import Layout

Style = Literal["notes", "minutes", "prose"]
Format = Literal["txt", "html", "docx", "pdf"]
STYLES: tuple[Style, ...] = get_args(Style)
FORMATS: tuple[Format, ...] = get_args(Format)

_LAYOUTS: dict[Style, Callable[[MeetingRecord], Layout]] = {
    "notes": notes.layout,
    "minutes": minutes.layout,
    "prose": prose.layout,
}


def layout(record: MeetingRecord, style: Style) -> Layout:
    return _LAYOUTS[style](record)


def render(record: MeetingRecord, style: Style, fmt: Format) -> bytes:
    """The record as a document of notes in `style`, encoded as `fmt`."""
    laid_out = layout(record, style)
    if fmt == "txt":
        from scrutiny.render.text import write_text

        return write_text(laid_out).encode("utf-8")
    if fmt == "html":
        from scrutiny.render.html import write_html

        return write_html(laid_out).encode("utf-8")
    if fmt == "docx":
        from scrutiny.render.docx import write_docx

        return write_docx(laid_out)
    from scrutiny.render.pdf import write_pdf

    return write_pdf(laid_out)


__all__ = ["FORMATS", "STYLES", "Format", "Style", "layout", "render"]
