"""A layout as a tagged PDF (PDF/UA-1), drawn by WeasyPrint from the HTML page.

Print rules are added to the page's own styles: A4, "Page N of M" at the foot of each page,
spacing as notes have it (a gap between paragraphs, a wider one above a heading, the bullets of
a list close together: a reader of the text sees no fonts, and tells a heading from a point's
wrapped text by the gap above it), no heading left at the bottom of a page, no paragraph split
across one (so a page break never falls inside a point, which a reader of the text could not
tell from a paragraph break), an action log kept on one page where it fits, and paper addresses
kept on one line. Rendering fetches nothing: the only addresses the fetcher accepts are data:
URLs, and the page has none.
"""

from __future__ import annotations

import hashlib

from weasyprint import HTML  # type: ignore[import-untyped]
from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

from scrutiny.render.blocks import Layout
from scrutiny.render.html import write_html

PRINT_STYLE = """
@page { size: A4; margin: 2cm 2cm 2.2cm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages);
    font-family: "DejaVu Sans"; font-size: 8pt; color: #505a5f; } }
body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; line-height: 1.35; }
h1 { font-size: 14pt; } h2 { font-size: 11.5pt; } h3 { font-size: 10pt; }
h1, h2, h3 { break-after: avoid; margin: 1.1em 0 0.8em; }
/* Lines are 1.35em apart; a paragraph gap makes that about 1.6 lines, the gap above a heading
   about 2 and the gap between bullets of a list 1.2: the readers see a blank line (1.5) above
   a heading and between paragraphs, none between bullets, as the seeds have them. */
h2, h3 { margin-top: 1.3em; }
p, li { break-inside: avoid; margin: 0 0 0.8em; }
li { margin-bottom: 0.3em; }
ul { margin: 0 0 0.8em; padding-left: 1.5em; }
ul ul { margin: 0.3em 0 0; }
table, tr { break-inside: avoid; }
.paper { white-space: nowrap; font-size: 7pt; }
"""


def fetcher() -> URLFetcher:
    """WeasyPrint's fetcher, allowed data: URLs only: rendering never reaches the network or
    the file system."""
    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False)


def write_pdf(layout: Layout) -> bytes:
    return html_to_pdf(write_html(layout, extra_style=PRINT_STYLE))


def html_to_pdf(page: str) -> bytes:
    """A whole HTML page (its styles inline) as a tagged PDF that fetches nothing."""
    document = HTML(string=page, url_fetcher=fetcher(), media_type="print").render()
    # The file identifier is derived from the page, so the same page gives the same PDF.
    identifier = hashlib.sha256(page.encode("utf-8")).hexdigest()[:32].encode("ascii")
    data = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=identifier)
    assert isinstance(data, bytes)
    return data
