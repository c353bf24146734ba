from __future__ import annotations

import re
from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from scrutiny.api import links, published
from scrutiny.api.paging import page_of
from scrutiny.api.schemas import BoardOut, BoardPage, PageParams, Problem
from scrutiny.meetings.models import Board

router = Router(tags=["Boards"])
SLUG = re.compile(r"[-a-zA-Z0-9_]+")


def board_out(request: HttpRequest, board: Board) -> dict[str, Any]:
    return {
        "slug": board.slug,
        "name": board.name,
        "organisation": board.organisation.name if board.organisation else None,
        "url": links.board_page(request, board.slug),
        "meetings_url": links.api(request, "meetings") + f"?board={board.slug}",
    }


@router.get("/boards", response=BoardPage, url_name="boards", summary="Boards")
def boards(request: HttpRequest, params: Query[PageParams]) -> dict[str, Any]:
    """Every board with published meetings, by name."""
    return page_of(
        request, published.boards(), params.page, params.per_page, lambda b: board_out(request, b)
    )


@router.get(
    "/boards/{slug}", response={200: BoardOut, 404: Problem}, url_name="board", summary="A board"
)
def board(request: HttpRequest, slug: str) -> dict[str, Any]:
    if not SLUG.fullmatch(slug):  # PostgreSQL refuses text with NUL in it: not a slug anyway
        raise Http404("No such board")
    return board_out(request, get_object_or_404(published.boards(), slug=slug))
