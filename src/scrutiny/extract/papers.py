"""Which agenda item each paper link belongs to.

A PDF's text layer puts links wherever it likes, often under the next item. Published papers
are usually named for their item ("4-Inspections-Audits-Reviews.pdf"), so the number in the
file name decides; a link whose name carries no item number stays with the item it appears in.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|csv)$", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"^(?:item|agenda[-_ ]?item|paper)?[-_ ]?0*(\d{1,2})(?=[-_ .])", re.I)


def is_paper(url: str) -> bool:
    return bool(_DOCUMENT.search(urlparse(url).path))


def item_number_of(url: str) -> str | None:
    name = unquote(urlparse(url).path.rsplit("/", 1)[-1])
    match = _ITEM_NUMBER.match(name)
    return match.group(1) if match else None


def assign_papers(
    links: list[tuple[str, int]], item_spans: list[tuple[str, int, int]]
) -> dict[str, list[str]]:
    """Papers by item number. `item_spans` holds each item's number and line index range."""
    numbers = {number for number, _, _ in item_spans}
    papers: dict[str, list[str]] = {}
    for url, index in links:
        if not is_paper(url):
            continue
        number = item_number_of(url)
        if number not in numbers:
            number = next((n for n, start, end in item_spans if start <= index < end), None)
        if number is not None and url not in papers.get(number, []):
            papers.setdefault(number, []).append(url)
    return papers
