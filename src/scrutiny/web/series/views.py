"""The series pages: a board's series, one series with its chart and table, and the staff's
hand changes (merge, split), each made by POST and logged."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from scrutiny.accounts.permissions import is_staff
from scrutiny.figures.models import Figure, Series
from scrutiny.figures.services import SeriesChangeRefused, merge_series, split_series
from scrutiny.web.series.forms import MergeForm, SplitForm
from scrutiny.web.series.queries import SeriesPage, board_series, series_page

PER_PAGE = 50
SeriesView = Callable[..., HttpResponse]


def staff_only(view: SeriesView) -> SeriesView:
    """Anonymous users are sent to sign in (then back to the series page, as a change is a
    POST); others signed in but not staff are refused."""

    @wraps(view)
    def checked(request: HttpRequest, pk: int) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(reverse("series", args=[pk]))
        if not is_staff(request.user):
            raise PermissionDenied("Only staff can change a board's series.")
        return view(request, pk)

    return checked


def board_series_list(request: HttpRequest, slug: str) -> HttpResponse:
    board, summaries = board_series(slug)
    page = Paginator(summaries, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "scrutiny/series/board.html",
        {
            "board": board,
            "page": page,
            "elided": page.paginator.get_elided_page_range(page.number, on_each_side=2),
            "repeated": [s for s in page.object_list if s.meetings >= 2],
            "single": [s for s in page.object_list if s.meetings < 2],
        },
    )


def series(request: HttpRequest, pk: int) -> HttpResponse:
    merged = Series.objects.filter(pk=pk, merged_into__isnull=False).first()
    if merged is not None:  # an address shared before a merge still leads to the figures
        return redirect("series", merged.live().pk)
    return _series(request, series_page(pk))


def _series(
    request: HttpRequest,
    page: SeriesPage,
    *,
    merge_form: MergeForm | None = None,
    split_form: SplitForm | None = None,
    status: int = 200,
) -> HttpResponse:
    context: dict[str, Any] = {"page": page, "series": page.series}
    if is_staff(request.user):
        context["merge_form"] = merge_form or MergeForm(choices=page.merge_choices)
        context["split_form"] = split_form or SplitForm(choices=_splittable(page))
    return render(request, "scrutiny/series/series.html", context, status=status)


def _splittable(page: SeriesPage) -> list[Figure]:
    return [row.figure for row in page.rows]


@staff_only
@require_POST
def merge(request: HttpRequest, pk: int) -> HttpResponse:
    page = series_page(pk)
    form = MergeForm(request.POST, choices=page.merge_choices)
    if not form.is_valid():
        return _series(request, page, merge_form=form, status=400)
    target = get_object_or_404(Series, pk=form.cleaned_data["target"])
    if not form.cleaned_data["confirm"]:
        moving = len(page.rows)
        return render(
            request,
            "scrutiny/series/merge_confirm.html",
            {"series": page.series, "target": target, "moving": moving},
        )
    try:
        with transaction.atomic():
            merge_series(page.series, target, _user(request))
    except SeriesChangeRefused as refused:
        form.add_error("target", str(refused))
        return _series(request, page, merge_form=form, status=400)
    messages.success(request, f"‘{page.series.name}’ was merged into this series")
    return redirect("series", target.pk)


@staff_only
@require_POST
def split(request: HttpRequest, pk: int) -> HttpResponse:
    page = series_page(pk)
    choices = _splittable(page)
    form = SplitForm(request.POST, choices=choices)
    if not form.is_valid():
        return _series(request, page, split_form=form, status=400)
    chosen = [f for f in choices if f.pk in set(form.cleaned_data["figures"])]
    try:
        with transaction.atomic():
            created = split_series(page.series, chosen, form.cleaned_data["name"], _user(request))
    except SeriesChangeRefused as refused:
        form.add_error(refused.field, str(refused))
        return _series(request, page, split_form=form, status=400)
    count = len(chosen)
    messages.success(
        request, f"{count} figure{'s' if count != 1 else ''} moved from ‘{page.series.name}’"
    )
    return redirect("series", created.pk)


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # staff_only let only a signed-in user through
    return user
