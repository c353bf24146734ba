"""A meeting's history: its audit trail, and the points and actions deleted from it, to
restore."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from scrutiny.authoring import audit, services
from scrutiny.authoring.access import meeting_runner
from scrutiny.authoring.views.common import GET_POST, _refused, _saved
from scrutiny.meetings.models import Meeting


@meeting_runner
@require_http_methods(["GET"])
def audit_trail(request: HttpRequest, meeting: Meeting) -> HttpResponse:
    return render(
        request, "authoring/audit.html", {"meeting": meeting, "changes": audit.trail(meeting)}
    )


@meeting_runner
@GET_POST
def deleted(request: HttpRequest, meeting: Meeting) -> HttpResponse:
    here = reverse("run-deleted", args=[meeting.pk])
    if request.method == "POST":
        try:
            row_id = int(request.POST.get("id", ""))
        except ValueError:
            return redirect(here)
        try:
            if request.POST.get("kind") == "action":
                services.restore_action(meeting, row_id)
            else:
                services.restore_point(meeting, row_id)
        except services.NotAllowed as error:
            return _refused(request, error, here)
        return _saved(request, "Restored", here)
    return render(
        request,
        "authoring/deleted.html",
        {
            "meeting": meeting,
            "deleted": audit.deleted(meeting),
            "editable": meeting.status in services.EDITABLE,
        },
    )
