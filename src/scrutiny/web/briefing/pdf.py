"""The briefing pack as a PDF: its own print template, drawn by the renderer's PDF writer.

The template carries its styles, and the writer fetches nothing, so text from the notes cannot
make the server request anything while the PDF is drawn.
"""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string

from scrutiny.render.pdf import html_to_pdf


def briefing_pdf(context: dict[str, Any]) -> bytes:
    return html_to_pdf(render_to_string("scrutiny/briefing/print.html", context))
