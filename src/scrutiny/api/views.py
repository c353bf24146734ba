"""Staff pages: issue API tokens (each shown once), list them, revoke them; and the public
page that says where the open data is."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_POST

from scrutiny.api import published, tokens
from scrutiny.api.forms import TokenForm
from scrutiny.api.models import ApiToken
from scrutiny.web.access import staff_required


@staff_required
def token_list(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    issued = None
    if request.method == "POST" and form.is_valid():
        assert request.user.is_authenticated
        _, issued = tokens.issue(
            form.cleaned_data["user"], form.cleaned_data["name"], by=request.user
        )
        form = TokenForm()
    context = {
        "form": form,
        "issued": issued,
        "tokens": ApiToken.objects.select_related("user", "created_by"),
    }
    response = render(request, "api/tokens.html", context)
    # The page may hold a token shown this once: no cache may keep it.
    add_never_cache_headers(response)
    return response


@require_POST
@staff_required
def revoke(request: HttpRequest) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=_number(request.POST.get("token")))
    tokens.revoke(token)
    messages.success(request, f"Token {token.prefix}… ({token.name}) is revoked")
    return redirect("api-tokens")


def open_data(request: HttpRequest) -> HttpResponse:
    return render(request, "api/open_data.html", {"boards": published.boards()})


def _number(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 0
