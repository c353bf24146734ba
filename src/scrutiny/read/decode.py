"""Bytes -> text for documents that are text (plain text and HTML)."""

from __future__ import annotations

import codecs
import re

# Longest BOM first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that do not occur in text a person wrote: C0/C1 controls other than tab, line
# feed, form feed and carriage return, DEL, and the replacement character left by bad bytes.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
MAX_NOT_TEXT_SHARE = 0.02
# cp1252 decodes any byte, so the fallback also asks for mostly ASCII, as English notes are.
MIN_ASCII_SHARE_CP1252 = 0.7


def decode_text(data: bytes, *, partial: bool = False) -> str | None:
    """The text `data` encodes, or None if it does not look like text.

    A BOM decides the encoding; without one UTF-8 is tried, then Windows-1252, the encoding of
    text saved by older Windows software. `partial` says `data` is the opening of a longer file,
    so a character cut off at its end is not an error.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = _decode(data[len(bom) :], codec, partial)
            except UnicodeDecodeError:
                return None
            return text if _mostly_text(text) else None
    try:
        text = _decode(data, "utf-8", partial)
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if len(_NON_ASCII.findall(text)) > (1 - MIN_ASCII_SHARE_CP1252) * len(text):
            return None
    return text if _mostly_text(text) else None


def _decode(data: bytes, codec: str, partial: bool) -> str:
    decoder = codecs.getincrementaldecoder(codec)()
    return str(decoder.decode(data, final=not partial))


def _mostly_text(text: str) -> bool:
    bad = len(text) - len(_NOT_TEXT.sub("", text))
    return bad <= MAX_NOT_TEXT_SHARE * len(text)
