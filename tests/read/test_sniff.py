"""The format comes from the content; the file name only breaks ties."""

from __future__ import annotations

import pytest

from convert import text_to_docx, text_to_html, text_to_pdf
from hostile.catalogue import zipped
from scrutiny.read import UnreadableDocument, read_bytes
from scrutiny.read.sniff import sniff

NOTES = "Meeting Notes\n\n1. Welcome\n\nThe PCC welcomed those present.\n"


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (text_to_pdf(NOTES), "notes.pdf", "pdf"),
        (text_to_pdf(NOTES), "notes.docx", "pdf"),
        (text_to_pdf(NOTES), "notes", "pdf"),
        (b"junk before the header\n" + text_to_pdf(NOTES), "notes.pdf", "pdf"),
        (text_to_docx(NOTES), "notes.docx", "docx"),
        (text_to_docx(NOTES), "notes.pdf", "docx"),
        (text_to_html(NOTES), "notes.html", "html"),
        (text_to_html(NOTES), "notes.txt", "html"),
        (b"<p>Meeting notes</p>\n<p>Present: the PCC</p>", "notes", "html"),
        (NOTES.encode(), "notes.txt", "txt"),
        (NOTES.encode(), "notes.pdf", "txt"),
        (NOTES.encode(), "notes.html", "txt"),
        (NOTES.encode("utf-16"), "notes.txt", "txt"),
    ],
)
def test_content_decides(data: bytes, name: str, expected: str) -> None:
    assert sniff(data, name) == expected
    assert read_bytes(data, name).format == expected


def test_markup_mentioned_in_prose_is_text() -> None:
    data = b"The minutes use the <p> element for each paragraph.\nNothing else."
    assert sniff(data, "notes.txt") == "txt"


def test_the_extension_breaks_a_tie() -> None:
    data = b"Notes with one tag: <b>bold</b> and no page structure."
    assert sniff(data, "notes.html") == "html"
    assert sniff(data, "notes.txt") == "txt"


def test_a_zip_that_is_not_a_docx_is_refused() -> None:
    with pytest.raises(UnreadableDocument, match="not a Word DOCX"):
        read_bytes(zipped({"notes.txt": b"hello"}), "notes.docx")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy Office"),
        (b"{\\rtf1\\ansi Meeting notes}", "RTF"),
    ],
)
def test_unsupported_formats_say_so(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableDocument, match=reason):
        read_bytes(data, "notes.doc")
