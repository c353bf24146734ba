"""An action's own page: editing it, or deleting it."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from scrutiny.actions.models import Action
from scrutiny.authoring import services
from scrutiny.authoring.access import meeting_runner
from scrutiny.authoring.forms import DATE_HINT, ActionForm
from scrutiny.authoring.views.common import GET_POST, _meeting_url, _refused, _saved, _which
from scrutiny.meetings.models import Meeting


@meeting_runner
@GET_POST
def action(request: HttpRequest, meeting: Meeting, action_pk: int) -> HttpResponse:
    action = get_object_or_404(Action, meeting=meeting, pk=action_pk)
    here = _meeting_url(meeting)
    items = list(meeting.items.order_by("position"))
    try:
        if _which(request) == "delete":
            services.delete_action(action)
            return _saved(request, "Action deleted (it can be restored from Deleted items)", here)
        form = (
            ActionForm(request.POST, items=items)
            if request.method == "POST"
            else ActionForm(
                items=items,
                initial={
                    "text": action.text,
                    "owner": action.owner or "",
                    "due": action.due,
                    "item": action.item_id,
                },
            )
        )
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            services.update_action(
                action, data["text"], data["owner"], data["due"], form.chosen_item()
            )
            return _saved(request, "Action saved", here + "#actions")
    except services.NotAllowed as error:
        return _refused(request, error, here)
    return render(
        request,
        "authoring/action.html",
        {"meeting": meeting, "action": action, "form": form, "date_hint": DATE_HINT},
    )
