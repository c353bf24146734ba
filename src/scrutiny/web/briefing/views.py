"""A board's briefing pack: as a page, and as a PDF of the same content to download.

The PDF is drawn only when asked for: drawing takes far longer than the queries behind it.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from scrutiny.web import clock
from scrutiny.web.briefing.pdf import briefing_pdf
from scrutiny.web.briefing.queries import briefing


def page(request: HttpRequest, slug: str) -> HttpResponse:
    pack = briefing(slug, clock.today())
    return render(request, "scrutiny/briefing/page.html", {"pack": pack})


def pdf(request: HttpRequest, slug: str) -> HttpResponse:
    pack = briefing(slug, clock.today())
    response = HttpResponse(briefing_pdf({"pack": pack}), content_type="application/pdf")
    filename = f"{pack.board.slug}-briefing-{pack.today.isoformat()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
