"""The boards: the list of those the user runs, a new board, and a board's own page (its plan,
agenda template, members and meetings; its roles for administrators)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from scrutiny.accounts import permissions
from scrutiny.authoring import services
from scrutiny.authoring.access import administrator, board_runner, runs_a_board
from scrutiny.authoring.forms import (
    DATE_HINT,
    BoardForm,
    MemberForm,
    PlanForm,
    RoleForm,
    ScheduleForm,
    TemplateForm,
)
from scrutiny.authoring.views.common import GET_POST, _bound, _saved, _which
from scrutiny.authoring.views.roles import _roles
from scrutiny.meetings.models import Board, Meeting


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
