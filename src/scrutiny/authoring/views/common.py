"""What the secretariat's pages share: which form was posted, each form bound to the post
or empty, and the redirect back after a save or a refusal."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from scrutiny.authoring import services
from scrutiny.meetings.models import Meeting

GET_POST = require_http_methods(["GET", "POST"])


def _which(request: HttpRequest) -> str | None:
    return request.POST.get("form") if request.method == "POST" else None


def _bound(request: HttpRequest, name: str, form_class: type[forms.Form], **kw: Any) -> Any:
    """The form bound to the post if it is the one posted, else empty (with `initial`)."""
    if _which(request) == name:
        return form_class(request.POST, request.FILES, prefix=name, **kw)
    return form_class(prefix=name, **kw)


def _saved(request: HttpRequest, message: str, to: str) -> HttpResponseRedirect:
    messages.success(request, message)
    return redirect(to)


def _refused(request: HttpRequest, error: services.NotAllowed, to: str) -> HttpResponseRedirect:
    messages.error(request, str(error))
    return redirect(to)


def _meeting_url(meeting: Meeting) -> str:
    return reverse("run-meeting", args=[meeting.pk])
