"""A meeting's page: its details, attendance, items, actions and earlier actions discharged,
and the steps of its cycle."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from scrutiny.authoring import services
from scrutiny.authoring.access import meeting_runner
from scrutiny.authoring.forms import (
    DATE_HINT,
    ActionForm,
    AttendanceForm,
    DetailsForm,
    DischargeForm,
    ItemForm,
)
from scrutiny.authoring.views.common import GET_POST, _bound, _meeting_url, _refused, _saved, _which
from scrutiny.meetings.models import Attendance, Discharged, Meeting


@meeting_runner
@GET_POST
def meeting(request: HttpRequest, meeting: Meeting) -> HttpResponse:
    here = _meeting_url(meeting)
    items = list(meeting.items.order_by("position"))
    details = _bound(
        request,
        "details",
        DetailsForm,
        initial={
            "time": meeting.time or "",
            "venue": meeting.venue or "",
            "next_date": meeting.next_meeting_date,
            "next_time": meeting.next_meeting_time or "",
        },
    )
    attendance = _bound(request, "attendance", AttendanceForm)
    item = _bound(request, "item", ItemForm)
    action = _bound(request, "action", ActionForm, items=items)
    discharge = _bound(
        request, "discharge", DischargeForm, actions=list(services.dischargeable(meeting))
    )
    which = _which(request)
    try:
        if which == "advance":
            services.advance(meeting)
            return _saved(request, f"The meeting is now: {meeting.get_status_display()}", here)
        if which == "reopen":
            services.reopen(meeting)
            return _saved(request, "The notes are back in draft", here)
        if which == "members":
            added = services.add_members_present(meeting)
            return _saved(request, f"{added} board members added as present", here)
        if which == "remove-attendance":
            row = get_object_or_404(Attendance, meeting=meeting, pk=request.POST.get("id"))
            services.remove_attendance(row)
            return _saved(request, f"{row.person.name} removed", here)
        if which == "remove-discharged":
            line = get_object_or_404(Discharged, meeting=meeting, pk=request.POST.get("id"))
            services.remove_discharged(line)
            return _saved(request, "Removed from the actions discharged", here + "#discharged")
        posted = {
            "details": details,
            "attendance": attendance,
            "item": item,
            "action": action,
            "discharge": discharge,
        }
        form = posted.get(which or "")
        if form is not None and form.is_valid():
            data = form.cleaned_data
            if form is details:
                services.update_details(
                    meeting,
                    time=data["time"],
                    venue=data["venue"],
                    next_date=data["next_date"],
                    next_time=data["next_time"],
                )
                return _saved(request, "Meeting details saved", here)
            if form is attendance:
                services.add_attendance(
                    meeting,
                    name=data["name"],
                    role=data["role"],
                    abbreviation=data["abbreviation"],
                    organisation_name=data["organisation"],
                    kind=data["kind"],
                )
                return _saved(request, f"{data['name']} added", here)
            if form is item:
                new_item = services.add_item(
                    meeting, data["title"], data["presenter"], data["private"]
                )
                return _saved(
                    request, "Item added", reverse("run-item", args=[meeting.pk, new_item.pk])
                )
            if form is discharge:
                services.discharge(meeting, data["action"])
                return _saved(request, "Recorded as discharged", here + "#discharged")
            services.add_action(
                meeting, data["text"], data["owner"], data["due"], action.chosen_item()
            )
            return _saved(request, "Action added", here + "#actions")
    except services.NotAllowed as error:
        return _refused(request, error, here)
    rows = list(meeting.attendance.select_related("person__organisation"))
    return render(
        request,
        "authoring/meeting.html",
        {
            "meeting": meeting,
            "editable": meeting.status in services.EDITABLE,
            "next_status": dict(Meeting.STATUSES).get(services.NEXT_STATUS.get(meeting.status, "")),
            "items": items,
            "present": [a for a in rows if a.kind == Attendance.PRESENT],
            "apologies": [a for a in rows if a.kind == Attendance.APOLOGIES],
            "actions": meeting.actions.select_related("item").order_by("position"),
            "details_form": details,
            "attendance_form": attendance,
            "item_form": item,
            "action_form": action,
            "discharged": meeting.discharged.order_by("position"),
            "discharge_form": discharge,
            "failed": next(
                (
                    f
                    for f in (details, attendance, item, action, discharge)
                    if f.is_bound and f.errors
                ),
                None,
            ),
            "date_hint": DATE_HINT,
        },
    )
