"""Plain text -> lines, exactly as written: tabs and leading whitespace are kept."""

from __future__ import annotations

from scrutiny.read.decode import decode_text
from scrutiny.read.document import Line, UnreadableDocument, lines_from_text

FORM_FEED = "\f"  # text converted from PDF (pdftotext) marks each new page with one


def read_text(data: bytes, name: str) -> list[Line]:
    text = decode_text(data)
    if text is None:
        raise UnreadableDocument(name, "not a document")
    if text.endswith(("\r\n", "\n", "\r")):
        # A final newline ends the last line; it does not start another one.
        text = text[:-2] if text.endswith("\r\n") else text[:-1]
    if FORM_FEED not in text:
        return lines_from_text(text)
    lines: list[Line] = []
    for page, page_text in enumerate(text.split(FORM_FEED), start=1):
        lines.extend(lines_from_text(page_text, page=page, start=len(lines) + 1))
    return lines
