from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from scrutiny.api import links
from scrutiny.api.paging import link
from scrutiny.api.schemas import SearchPage, SearchParams
from scrutiny.search.backends import Filters, Hit
from scrutiny.search.backends import search as search_published

router = Router(tags=["Search"])


def hit_out(request: HttpRequest, hit: Hit) -> dict[str, Any]:
    meeting = hit.meeting
    return {
        "kind": hit.kind,
        "label": hit.label,
        "text": "".join(fragment.text for fragment in hit.snippet),
        "matched": [fragment.text for fragment in hit.snippet if fragment.marked],
        "meeting": meeting.pk,
        "meeting_date": meeting.date,
        "board": meeting.board.slug if meeting.board else None,
        "speakers": list(hit.speakers),
        "url": links.absolute(request, hit.url),
    }


@router.get("/search", response=SearchPage, url_name="search", summary="Search")
def search(request: HttpRequest, params: Query[SearchParams]) -> dict[str, Any]:
    """Full-text search over the points, actions, item titles and figures of published
    meetings, best match first, 20 to a page: as the search page (/search/) does it. When more
    than `listed` match (`count`), the `listed` most recently added are ranked and paged."""
    filters = Filters(
        board=params.board,
        date_from=params.date_from,
        date_to=params.date_to,
        kind=params.kind,
        speaker=params.speaker,
    )
    results = search_published(params.q, filters, params.page)
    return {
        "query": params.q,
        "count": results.total,
        "listed": results.pageable,
        "page": results.page,
        "pages": results.pages,
        "next": link(request, results.page + 1) if results.page < results.pages else None,
        "previous": link(request, results.page - 1) if results.page > 1 else None,
        "items": [hit_out(request, hit) for hit in results.hits],
    }
