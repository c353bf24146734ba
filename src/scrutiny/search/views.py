"""The search page: the form, and a page of results when there is a question."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from scrutiny.search.backends import search
from scrutiny.search.forms import SearchForm
from scrutiny.search.results import PER_PAGE


def search_page(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    context: dict[str, Any] = {"form": form, "results": None}
    if form.is_valid() and form.cleaned_data["q"]:
        results = search(form.cleaned_data["q"], form.filters(), _number(request.GET.get("page")))
        # A paginator over the count alone, for the shared GOV.UK pagination template.
        paginator = Paginator(range(results.pageable), PER_PAGE)
        context.update(
            results=results,
            page=paginator.page(results.page),
            elided=paginator.get_elided_page_range(results.page, on_each_side=1, on_ends=1),
        )
    return render(request, "search/search.html", context)


def _number(text: str | None) -> int:
    # A page number from an address someone edited: anything unusable is the first page.
    try:
        return max(1, int(text or 1))
    except ValueError:
        return 1
