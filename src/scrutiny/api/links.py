"""Full addresses of the site's pages and the API's own, for answers to link to."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def meeting_page(request: HttpRequest, pk: int) -> str:
    return absolute(request, reverse("meeting", args=[pk]))


def board_page(request: HttpRequest, slug: str) -> str:
    return absolute(request, reverse("board", args=[slug]))


def action_page(request: HttpRequest, pk: int) -> str:
    return absolute(request, f"/actions/{pk}/")


def series_page(request: HttpRequest, pk: int) -> str:
    return absolute(request, f"/series/{pk}/")


def api(request: HttpRequest, name: str, *args: object) -> str:
    return absolute(request, reverse(f"api-v1:{name}", args=args))
