"""The pages the secretariat runs a board with. Each page shows its forms; each form posts back
to its page with a `form` field naming it, is saved at once (work is never held in the browser),
and on an error comes back with what was typed and an error summary."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from scrutiny.accounts import permissions
from scrutiny.accounts.models import Membership
from scrutiny.accounts.services import give_role, take_role
from scrutiny.actions.models import Action
from scrutiny.authoring import audit, services
from scrutiny.authoring.access import (
    administrator,
    board_runner,
    meeting_runner,
    role_giver,
    runs_a_board,
)
from scrutiny.authoring.forms import (
    DATE_HINT,
    ActionForm,
    AttendanceForm,
    BoardForm,
    DetailsForm,
    DischargeForm,
    ItemForm,
    MemberForm,
    PaperForm,
    PlanForm,
    PointForm,
    RoleForm,
    ScheduleForm,
    SectionForm,
    TemplateForm,
)
from scrutiny.authoring.papers import upload_paper
from scrutiny.meetings.models import (
    AgendaItem,
    Attendance,
    Board,
    Discharged,
    Meeting,
    Organisation,
    Point,
)

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


# The boards


@runs_a_board
@require_http_methods(["GET"])
def index(request: HttpRequest) -> HttpResponse:
    if permissions.is_administrator(request.user):
        boards = Board.objects.select_related("organisation").order_by("name")
    else:
        boards = Board.objects.filter(pk__in=permissions.secretariat_boards(request.user))
    return render(
        request,
        "authoring/index.html",
        {
            "boards": boards.select_related("organisation"),
            "can_create": permissions.can_create_board(request.user),
            "form": BoardForm(),
        },
    )


@administrator
@GET_POST
def new_board(request: HttpRequest) -> HttpResponse:
    form = BoardForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        board = services.create_board(data["name"], data["organisation"], data["plan_title"])
        return _saved(request, f"{board.name} created", reverse("run-board", args=[board.slug]))
    return render(request, "authoring/new_board.html", {"form": form})


@board_runner
@GET_POST
def board(request: HttpRequest, board: Board) -> HttpResponse:
    here = reverse("run-board", args=[board.slug])
    setup = getattr(board, "setup", None)
    priorities = list(board.plan_priorities.all())
    template = list(board.template_items.all())
    flagged = next((i + 1 for i, t in enumerate(template) if t.by_priority), None)
    plan = _bound(
        request,
        "plan",
        PlanForm,
        initial={
            "plan_title": setup.plan_title if setup else "",
            "priorities": "\n".join(p.title for p in priorities),
        },
    )
    agenda = _bound(
        request,
        "template",
        TemplateForm,
        initial={"items": "\n".join(t.title for t in template), "by_priority": flagged},
    )
    member = _bound(request, "member", MemberForm)
    schedule = _bound(request, "schedule", ScheduleForm)
    posted = {"plan": plan, "template": agenda, "member": member, "schedule": schedule}
    form = posted.get(_which(request) or "")
    if form is not None and form.is_valid():
        data = form.cleaned_data
        if form is plan:
            services.set_plan(board, data["plan_title"], data["priorities"].splitlines())
            return _saved(request, "Plan saved", here)
        if form is agenda:
            index = data["by_priority"] - 1 if data["by_priority"] else None
            services.set_template(board, data["items"].splitlines(), index)
            return _saved(request, "Agenda template saved", here)
        if form is member:
            services.add_member(
                board, data["name"], data["role"], data["abbreviation"], data["organisation"]
            )
            return _saved(request, f"{data['name']} added to the board", here)
        try:
            meeting = services.schedule_meeting(board, data["date"], data["time"], data["venue"])
        except services.NotAllowed as error:
            form.add_error("date", str(error))
        else:
            return _saved(request, "Meeting scheduled", reverse("run-meeting", args=[meeting.pk]))
    meetings = Meeting.objects.filter(board=board, is_current=True).order_by("-date")
    roles: dict[str, Any] = {}
    if permissions.can_give_roles(request.user):  # the roles section, for administrators
        organisations = services.board_organisations(board)
        roles = _roles(board, RoleForm(prefix="role", organisations=organisations))
    return render(
        request,
        "authoring/board.html",
        {
            **roles,
            "board": board,
            "setup": setup,
            "members": board.board_members.select_related("organisation"),
            "priorities": priorities,
            "template": template,
            "meetings": meetings,
            "plan_form": plan,
            "template_form": agenda,
            "member_form": member,
            "schedule_form": schedule,
            "failed": form if form is not None and form.errors else None,
            "date_hint": DATE_HINT,
        },
    )


# Roles: administrators only


def _memberships(board: Board, organisations: list[Organisation]) -> Any:
    """The board's secretariat and the liaisons of its organisations."""
    return Membership.objects.filter(
        Q(role=Membership.SECRETARIAT, board=board)
        | Q(role=Membership.LIAISON, organisation__in=organisations)
    ).select_related("user", "organisation")


def _roles(board: Board, form: RoleForm) -> dict[str, Any]:
    organisations = list(form.organisations.values())
    memberships = list(_memberships(board, organisations).order_by("user__username"))
    changes = (
        audit.history(Membership)
        .filter(
            Q(role=Membership.SECRETARIAT, board_id=board.pk)
            | Q(role=Membership.LIAISON, organisation_id__in=[o.pk for o in organisations])
        )
        .select_related("user", "organisation", "history_user")
        .order_by("-history_date", "-history_id")[:20]
    )
    return {
        # The secretariat first, then the liaisons.
        "role_holders": sorted(memberships, key=lambda m: m.role != Membership.SECRETARIAT),
        "role_form": form,
        "role_changes": changes,
    }


@role_giver
@GET_POST
def roles(request: HttpRequest, board: Board) -> HttpResponse:
    back = reverse("run-board", args=[board.slug]) + "#roles"
    organisations = services.board_organisations(board)
    form = _bound(request, "role", RoleForm, organisations=organisations)
    which = _which(request)
    if which == "remove-role":
        membership = get_object_or_404(
            _memberships(board, organisations), pk=request.POST.get("id")
        )
        take_role(membership)
        return _saved(request, f"{membership} taken away", back)
    if which == "role" and form.is_valid():
        role = form.cleaned_data["role"]
        membership, new = give_role(
            form.user,
            role,
            board=board if role == Membership.SECRETARIAT else None,
            organisation=form.chosen_organisation(),
        )
        return _saved(request, f"{membership} {'given' if new else 'was already held'}", back)
    return render(
        request,
        "authoring/roles.html",
        {**_roles(board, form), "board": board, "failed": form if form.errors else None},
    )


# A meeting


def _meeting_url(meeting: Meeting) -> str:
    return reverse("run-meeting", args=[meeting.pk])


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


@meeting_runner
@GET_POST
def item(request: HttpRequest, meeting: Meeting, item_pk: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem, meeting=meeting, pk=item_pk)
    here = reverse("run-item", args=[meeting.pk, item.pk])
    details = _bound(
        request,
        "item",
        ItemForm,
        initial={
            "number": item.number or "",
            "title": item.title,
            "presenter": item.presenter or "",
            "private": item.private,
        },
    )
    section_form = _bound(request, "section", SectionForm)
    paper_form = _bound(request, "paper", PaperForm)
    # One point form per section: the posted one bound, with its section's id as its prefix.
    posted_section = request.POST.get("section") if _which(request) == "point" else None
    which = _which(request)
    try:
        if which == "item" and details.is_valid():
            data = details.cleaned_data
            services.update_item(
                item,
                number=data["number"],
                title=data["title"],
                presenter=data["presenter"],
                private=data["private"],
            )
            return _saved(request, "Item saved", here)
        if which == "section" and section_form.is_valid():
            services.add_section(item, section_form.cleaned_data["heading"])
            return _saved(request, "Section added", here)
        if which == "paper" and paper_form.is_valid():
            if item.meeting.status not in services.EDITABLE:
                raise services.NotAllowed("The notes have been agreed: papers cannot be added")
            upload_paper(item, paper_form.cleaned_data["file"])
            return _saved(request, "Paper uploaded", here)
        if which == "delete-point":
            point = get_object_or_404(Point, section__item=item, pk=request.POST.get("id"))
            services.delete_point(point)
            return _saved(request, "Point deleted (it can be restored from Deleted items)", here)
    except services.NotAllowed as error:
        return _refused(request, error, here)
    sections = list(
        item.sections.order_by("position").prefetch_related(
            Prefetch(
                "points", queryset=Point.objects.order_by("position").prefetch_related("speakers")
            )
        )
    )
    entries = []
    failed: forms.Form | None = None
    for section in sections:
        prefix = f"s{section.pk}"
        if posted_section == str(section.pk):
            form = PointForm(request.POST, prefix=prefix)
            if form.is_valid():
                try:
                    services.add_point(
                        section,
                        form.cleaned_data["text"],
                        form.cleaned_data["kind"],
                        form.speaker_list(),
                    )
                except services.NotAllowed as error:
                    return _refused(request, error, here)
                return _saved(request, "Point added", f"{here}#section-{section.pk}")
            failed = form
        else:
            form = PointForm(prefix=prefix)
        entries.append((section, form))
    for form in (details, section_form, paper_form):
        if form.is_bound and form.errors:
            failed = form
    return render(
        request,
        "authoring/item.html",
        {
            "meeting": meeting,
            "item": item,
            "editable": meeting.status in services.EDITABLE,
            "entries": entries,
            "item_form": details,
            "section_form": section_form,
            "paper_form": paper_form,
            "papers": item.papers.order_by("position"),
            "failed": failed,
        },
    )


@meeting_runner
@GET_POST
def point(request: HttpRequest, meeting: Meeting, point_pk: int) -> HttpResponse:
    point = get_object_or_404(
        Point.objects.select_related("section__item"), section__item__meeting=meeting, pk=point_pk
    )
    back = reverse("run-item", args=[meeting.pk, point.section.item_id])
    speakers = ", ".join(s.name for s in point.speakers.all())
    form = (
        PointForm(request.POST)
        if request.method == "POST"
        else PointForm(initial={"text": point.text, "kind": point.kind, "speakers": speakers})
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_point(
                point, form.cleaned_data["text"], form.cleaned_data["kind"], form.speaker_list()
            )
        except services.NotAllowed as error:
            return _refused(request, error, back)
        return _saved(request, "Point saved", f"{back}#point-{point.pk}")
    return render(
        request,
        "authoring/point.html",
        {"meeting": meeting, "point": point, "form": form, "back": back},
    )


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
