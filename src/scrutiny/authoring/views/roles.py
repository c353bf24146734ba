"""Roles, administrators only: who holds the board's secretariat and its organisations' liaison
roles, giving and taking them away, and the recent changes to them."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from scrutiny.accounts.models import Membership
from scrutiny.accounts.services import give_role, take_role
from scrutiny.authoring import audit, services
from scrutiny.authoring.access import role_giver
from scrutiny.authoring.forms import RoleForm
from scrutiny.authoring.views.common import GET_POST, _bound, _saved, _which
from scrutiny.meetings.models import Board, Organisation


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
