"""Every authoring page goes through one of these: the signed-out are sent to sign in, the
signed-in without the right role get 403, whatever the method (scrutiny.accounts.permissions
holds the rules)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from scrutiny.accounts import permissions
from scrutiny.meetings.models import Board, Meeting

View = Callable[..., HttpResponse]


def _signed_in(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def runs_a_board(view: View) -> View:
    """The secretariat of some board, or an administrator."""

    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if (refused := _signed_in(request)) is not None:
            return refused
        if not permissions.runs_any_board(request.user):
            raise PermissionDenied("Only a board's secretariat can run it.")
        return view(request, *args, **kwargs)

    return checked


def administrator(view: View) -> View:
    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if (refused := _signed_in(request)) is not None:
            return refused
        if not permissions.can_create_board(request.user):
            raise PermissionDenied("Only administrators can create boards.")
        return view(request, *args, **kwargs)

    return checked


def board_runner(view: Callable[..., HttpResponse]) -> View:
    """view(request, board, ...) for the board in the address's `slug`."""

    @wraps(view)
    def checked(request: HttpRequest, slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
        if (refused := _signed_in(request)) is not None:
            return refused
        board = get_object_or_404(Board.objects.select_related("organisation"), slug=slug)
        if not permissions.can_run_board(request.user, board):
            raise PermissionDenied("Only this board's secretariat can run it.")
        return view(request, board, *args, **kwargs)

    return checked


def role_giver(view: Callable[..., HttpResponse]) -> View:
    """view(request, board, ...) for the board in the address's `slug`; administrators only."""

    @wraps(view)
    def checked(request: HttpRequest, slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
        if (refused := _signed_in(request)) is not None:
            return refused
        board = get_object_or_404(Board.objects.select_related("organisation"), slug=slug)
        if not permissions.can_give_roles(request.user):
            raise PermissionDenied("Only administrators can give and take away roles.")
        return view(request, board, *args, **kwargs)

    return checked


def meeting_runner(view: Callable[..., HttpResponse]) -> View:
    """view(request, meeting, ...) for the authored meeting in the address's `pk`."""

    @wraps(view)
    def checked(request: HttpRequest, pk: int, *args: Any, **kwargs: Any) -> HttpResponse:
        if (refused := _signed_in(request)) is not None:
            return refused
        meeting = get_object_or_404(
            Meeting.objects.select_related("board", "board__organisation"), pk=pk
        )
        if not permissions.can_run_meeting(request.user, meeting):
            raise PermissionDenied("Only this board's secretariat can change its meetings.")
        return view(request, meeting, *args, **kwargs)

    return checked
