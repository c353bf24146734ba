"""Hostile documents, made by the tests: each is what some real upload or crawl could bring.

`refused` documents must end in a clear one-line reason; `read` ones in a sane record. The
builders are shared with the readers' own tests (tests/read/test_errors.py).
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from fpdf import FPDF

from convert import text_to_docx, text_to_html, text_to_pdf

NOTES = (
    "MEETING NOTES\n\nTitle: Performance & Delivery Board\n\nDate: 3 March 2025\n\n"
    "1. Welcome & Introduction\n\n- The PCC welcomed those present.\n\n"
    "2. Finance\n\n- The CFO reported an underspend of £1.2m – a 2% variance, ‘on track’.\n"
)


def blank_pdf(pages: int, **encryption: str) -> bytes:
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def declare_sizes(data: bytes, size: int) -> bytes:
    """The zip with every member's uncompressed size in the central directory set to `size`."""
    patched = bytearray(data)
    start = patched.find(b"PK\x01\x02")
    while start != -1:
        struct.pack_into("<I", patched, start + 24, size)
        start = patched.find(b"PK\x01\x02", start + 4)
    return bytes(patched)


@dataclass(frozen=True)
class Hostile:
    name: str  # the file name it arrives under
    build: Callable[[], bytes]
    refused: str | None  # the start of the reason it is refused with; None: it is read


def _truncated_pdf() -> bytes:
    data = text_to_pdf(NOTES)
    return data[: len(data) // 2]


HOSTILE = [
    Hostile("truncated.pdf", _truncated_pdf, "truncated PDF"),
    Hostile(
        "corrupt.pdf",
        lambda: b"%PDF-1.7\n" + random.Random(2).randbytes(3000) + b"\n%%EOF\n",
        "corrupt PDF",
    ),
    Hostile(
        "encrypted.pdf",
        lambda: blank_pdf(1, owner_password="owner", user_password="secret"),
        "encrypted PDF",
    ),
    Hostile("ten-thousand-blank-pages.pdf", lambda: blank_pdf(10_000), "too many pages"),
    Hostile("zero-bytes.pdf", lambda: b"", "empty"),
    Hostile("garbage.bin", lambda: random.Random(0).randbytes(65_536), "not a document"),
    Hostile(
        "bomb.docx",
        lambda: zipped(
            {"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(30_000_000)}
        ),
        "refused",
    ),
    Hostile("lying-sizes.docx", lambda: declare_sizes(text_to_docx(NOTES), 0xF000_0000), "refused"),
    Hostile(
        "only-script.html",
        lambda: b"<html><body><script>alert(1)</script><iframe src='//x'></iframe></body></html>",
        "empty document",
    ),
    # Read, not refused: the format is told by the content, whatever the name says.
    Hostile("notes-really-a-pdf.docx", lambda: text_to_pdf(NOTES), None),
    Hostile("notes-really-a-docx.pdf", lambda: text_to_docx(NOTES), None),
    Hostile("notes-really-html.txt", lambda: text_to_html(NOTES), None),
    # Text from older software and other systems.
    Hostile("windows-1252.txt", lambda: NOTES.encode("cp1252"), None),
    Hostile("utf-16.txt", lambda: NOTES.encode("utf-16"), None),
    Hostile("utf-8-bom.txt", lambda: b"\xef\xbb\xbf" + NOTES.encode(), None),
    Hostile("mac-line-ends.txt", lambda: NOTES.replace("\n", "\r").encode(), None),
    # One line of almost 50 MB (the size limit): read, though nothing in it is a meeting.
    Hostile("one-long-line.txt", lambda: b"The PCC asked " * 3_500_000, None),
]
