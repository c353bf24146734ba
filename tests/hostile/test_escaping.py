"""Nothing from a document is ever rendered unescaped: markup in published notes, whether real
elements or text that looks like them, reaches every page as text or not at all."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from scrutiny.ingestion.services import ingest

pytestmark = pytest.mark.django_db

# Real elements that must be dropped, and text that looks like markup that must be shown
# escaped: a board can discuss "<script>" tags, and a crawler can meet a page that injects them.
NOTES = b"""<html><head><title>Notes</title><script>alert('head')</script></head><body>
<p>MEETING NOTES</p>
<p>Title: Performance &amp; Delivery Board</p>
<p>Date: 3 March 2025</p>
<iframe src="https://example.invalid/"></iframe>
<p>1. Topical Issues</p>
<p>- The PCC asked about &lt;script&gt;alert("pwned")&lt;/script&gt; in the website and
&lt;img src=x onerror=alert(1)&gt; in emails. The CC said <b onclick="alert(2)">filters</b>
were in place.<script>alert('body')</script></p>
<p>Date of next Performance &amp; Delivery Board: 4 June 2025</p>
</body></html>"""


def _assert_safe(html: str) -> None:
    """As a browser would parse it: no element the document brought, only its text."""
    page = BeautifulSoup(html, "lxml")
    assert not any("alert" in (script.string or "") for script in page.find_all("script"))
    assert page.find("iframe") is None
    assert page.find("img", src="x") is None
    handlers = [
        (tag.name, name)
        for tag in page.find_all(True)
        for name in tag.attrs
        if name.startswith("on")
    ]
    assert handlers == []


def test_markup_in_notes_is_shown_as_text_on_every_page(client: Client) -> None:
    meeting = ingest(NOTES, "notes.html").meeting
    assert meeting.board is not None
    point = meeting.items.get().sections.get().points.get()
    assert '<script>alert("pwned")</script>' in point.text  # kept as the text it is
    assert "alert('body')" not in point.text  # a real script element is not text

    pages = {
        "meeting": f"/meetings/{meeting.pk}/",
        "board": f"/boards/{meeting.board.slug}/",
        "search": "/search/?q=pwned",
        "home": "/",
    }
    for name, address in pages.items():
        response = client.get(address)
        assert response.status_code == 200, name
        html = response.content.decode()
        _assert_safe(html)
    meeting_html = client.get(pages["meeting"]).content.decode()
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in meeting_html
    assert "pwned" in client.get(pages["search"]).content.decode()
