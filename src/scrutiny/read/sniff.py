"""Which format a document is, judged by its content; the file name only breaks ties."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from scrutiny.read.decode import decode_text
from scrutiny.read.document import Format, UnreadableDocument

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WITHIN = 1024  # the PDF specification lets the header follow up to 1 KB of junk
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
DOCX_MAIN_PART = "word/document.xml"
SNIFF_BYTES = 64 * 1024  # text and markup are judged on the opening of the file

_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|table|tr|td|th|h[1-6]|span|a|b|i|em|strong|section|article)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def sniff(data: bytes, name: str) -> Format:
    """The format of `data`, or UnreadableDocument if it is none that can be read."""
    if PDF_MAGIC in data[:PDF_MAGIC_WITHIN]:
        return "pdf"
    if data.startswith(ZIP_MAGICS):
        return _zip_format(data, name)
    if data.startswith(OLE2_MAGIC):
        reason = "unsupported format: legacy Office file (.doc) or password-protected DOCX"
        raise UnreadableDocument(name, reason)
    if data.startswith(RTF_MAGIC):
        raise UnreadableDocument(name, "unsupported format: RTF (save it as DOCX or PDF)")
    text = decode_text(data[:SNIFF_BYTES], partial=len(data) > SNIFF_BYTES)
    if text is None:
        raise UnreadableDocument(name, "not a document")
    return "html" if _looks_like_html(text, name) else "txt"


def _zip_format(data: bytes, name: str) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise UnreadableDocument(name, "corrupt or truncated DOCX (invalid zip)") from None
    if DOCX_MAIN_PART not in members:
        raise UnreadableDocument(name, "not a document (a zip archive, but not a Word DOCX)")
    return "docx"


def _looks_like_html(text: str, name: str) -> bool:
    if _HTML_DOCUMENT.search(text, 0, 4096):
        return True
    tags = len(_HTML_TAG.findall(text))
    if PurePath(name).suffix.lower() in _HTML_SUFFIXES:
        return tags >= 1
    return tags >= 2 and text.lstrip().startswith("<")
