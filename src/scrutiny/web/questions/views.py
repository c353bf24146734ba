"""The questions pages: candidate commitments for staff to accept or dismiss, and a board's
coverage of its plan priorities and topics, open to all."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from scrutiny.accounts.permissions import is_staff
from scrutiny.meetings.models import Board
from scrutiny.questions.decisions import AlreadyDecided, accept, dismiss
from scrutiny.questions.models import Commitment
from scrutiny.web.questions.coverage import coverage as coverage_of
from scrutiny.web.questions.forms import AcceptForm, CoverageForm
from scrutiny.web.questions.queries import action_text, due_for, grouped, owner_for, page_of

View = Callable[..., HttpResponse]


def staff_only(view: View) -> View:
    """Anonymous visitors sign in; others signed in who are not staff are refused."""

    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff(request.user):
            raise PermissionDenied("Only staff can decide commitments.")
        return view(request, *args, **kwargs)

    return checked


@staff_only
def commitments(request: HttpRequest) -> HttpResponse:
    page = page_of(request.GET.get("page"))
    return render(
        request,
        "scrutiny/questions/commitments.html",
        {
            "page": page,
            "groups": grouped(list(page.object_list)),
            "elided": page.paginator.get_elided_page_range(page.number, on_each_side=2),
        },
    )


@staff_only
@require_http_methods(["GET", "POST"])
def accept_commitment(request: HttpRequest, pk: int) -> HttpResponse:
    commitment = get_object_or_404(
        Commitment.objects.select_related("meeting__board", "point"), pk=pk
    )
    if commitment.decision != Commitment.PENDING or not commitment.meeting.is_current:
        return _decided_already(request)
    if request.method == "POST":
        form = AcceptForm(request.POST)
        if form.is_valid():
            try:
                action = accept(
                    pk,
                    by=_user(request),
                    text=form.cleaned_data["text"],
                    owner=form.cleaned_data["owner"],
                    due=form.cleaned_data["due"],
                )
            except AlreadyDecided:
                return _decided_already(request)
            messages.success(request, f"Accepted as an action: {action.text}")
            return redirect("commitments")
    else:
        initial = AcceptForm.initial_for(
            action_text(commitment), owner_for(commitment), due_for(commitment)
        )
        form = AcceptForm(initial=initial)
    return render(
        request,
        "scrutiny/questions/accept.html",
        {"form": form, "commitment": commitment, "meeting": commitment.meeting},
    )


@staff_only
@require_POST
def dismiss_commitment(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(Commitment, pk=pk)
    try:
        commitment = dismiss(pk, by=_user(request))
    except AlreadyDecided:
        return _decided_already(request)
    messages.success(request, f"Dismissed: {commitment.statement[:120]}")
    return redirect("commitments")


def coverage(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_object_or_404(Board.objects.select_related("organisation"), slug=slug)
    form = CoverageForm(request.GET)
    last = form.meetings()
    return render(
        request,
        "scrutiny/questions/coverage.html",
        {"form": form, "last": last, "coverage": coverage_of(board, last)},
    )


def _decided_already(request: HttpRequest) -> HttpResponse:
    messages.info(request, "That commitment has already been decided, or its notes replaced.")
    return redirect(reverse("commitments"))


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user
