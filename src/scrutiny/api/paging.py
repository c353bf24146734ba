"""Pages of a list, with links to the next and previous pages as full addresses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.db.models import QuerySet
from django.http import HttpRequest

T = TypeVar("T")

PER_PAGE = 50
MAX_PER_PAGE = 200


def page_of(
    request: HttpRequest,
    rows: QuerySet[Any] | Sequence[Any],
    page: int,
    per_page: int,
    convert: Callable[[Any], T],
    count: int | None = None,
) -> dict[str, Any]:
    """The page's rows converted, with the count and links; a page past the end is empty
    (the count says how many there are), not an error."""
    total = (rows.count() if isinstance(rows, QuerySet) else len(rows)) if count is None else count
    pages = max(1, -(-total // per_page))
    start = (page - 1) * per_page
    chunk = rows[start : start + per_page] if count is None else rows
    return {
        "count": total,
        "page": page,
        "pages": pages,
        "next": link(request, page + 1) if page < pages else None,
        "previous": link(request, min(page - 1, pages)) if page > 1 else None,
        "items": [convert(row) for row in chunk],
    }


def link(request: HttpRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
