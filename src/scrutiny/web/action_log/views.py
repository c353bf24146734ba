"""An action's own page (its history, and the update form for those who may use it) and the
review list of closures waiting for staff.

    GET  /actions/<pk>/     the action; the form if the user may update it
    POST /actions/<pk>/     update it (staff, or its organisation's liaison)
    GET  /actions/review/   staff: proposed closures, by discharged line
    POST /actions/review/   staff: confirm or reject one
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from scrutiny.accounts.permissions import can_update_action
from scrutiny.actions.models import Action
from scrutiny.actions.services import decide_closure, update_action
from scrutiny.web import clock
from scrutiny.web.access import staff_required
from scrutiny.web.action_log.forms import ActionUpdateForm, DecisionForm
from scrutiny.web.action_log.queries import ActionPage, action_page, pending, review_groups


@require_http_methods(["GET", "POST"])
def action(request: HttpRequest, pk: int) -> HttpResponse:
    page = action_page(pk, clock.today())
    allowed = can_update_action(request.user, page.action)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not allowed:
            raise PermissionDenied(
                "Only staff and the owning organisation's liaison can update it."
            )
        form = ActionUpdateForm(request.POST, action=page.action)
        if form.is_valid():
            assert isinstance(request.user, User)
            update_action(
                page.action,
                request.user,
                state=form.cleaned_data["state"],
                revised_due=form.cleaned_data["revised_due"],
                note=form.cleaned_data["note"],
            )
            messages.success(request, "The action was updated")
            return redirect("action", pk=pk)
        return _render_action(request, page, form, status=400)
    return _render_action(request, page, ActionUpdateForm(action=page.action) if allowed else None)


def _render_action(
    request: HttpRequest, page: ActionPage, form: ActionUpdateForm | None, status: int = 200
) -> HttpResponse:
    context = {"page": page, "action": page.action, "form": form}
    return render(request, "scrutiny/action_log/action.html", context, status=status)


@require_http_methods(["GET", "POST"])
@staff_required
def review(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _decide(request)
    return render(request, "scrutiny/action_log/review.html", {"groups": review_groups()})


def _decide(request: HttpRequest) -> HttpResponse:
    form = DecisionForm(request.POST)
    candidate = (
        pending().select_related("action").filter(pk=form.cleaned_data["candidate"]).first()
        if form.is_valid()
        else None
    )
    if candidate is None:
        messages.info(request, "That closure was already decided, or is no longer proposed")
        return redirect("action-review")
    assert isinstance(request.user, User)
    confirm = form.cleaned_data["decision"] == "confirm"
    try:
        decide_closure(candidate, request.user, confirm=confirm)
    except ValueError as problem:
        messages.info(request, str(problem))
        return redirect("action-review")
    text = _short(candidate.action)
    if confirm:
        messages.success(request, f"Closed: {text}")
    else:
        messages.success(request, f"Kept open: {text} (the match was rejected)")
    return redirect("action-review")


def _short(action: Action) -> str:
    return action.text if len(action.text) <= 120 else action.text[:117] + "…"
