"""The inspections register: every force's reports, one force's register, a finding and its
history; staff add findings and update their status and evidence."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from scrutiny.inspections.register import add_finding as add
from scrutiny.inspections.register import update_finding as update
from scrutiny.web.inspections.forms import AddFindingForm, UpdateFindingForm
from scrutiny.web.inspections.queries import (
    find_force,
    finding_history,
    finding_of,
    force_register,
    inspections_of,
    registers,
)


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "scrutiny/inspections/index.html", {"registers": registers()})


def force(request: HttpRequest, force: str) -> HttpResponse:
    register = force_register(find_force(force))
    return render(request, "scrutiny/inspections/force.html", {"register": register})


def finding(request: HttpRequest, force: str, pk: int) -> HttpResponse:
    found = find_force(force)
    item = finding_of(found, pk)
    context = {"force": found, "finding": item, "history": finding_history(item)}
    return render(request, "scrutiny/inspections/finding.html", context)


def add_finding(request: HttpRequest, force: str) -> HttpResponse:
    if refusal := _refusal(request):
        return refusal
    found = find_force(force)
    form = AddFindingForm(request.POST or None, inspections=inspections_of(found))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        added = add(
            data["inspection"],
            data["kind"],
            data["text"],
            data["status"],
            data["evidence"],
            _user(request),
        )
        messages.success(request, "Finding added")
        return redirect("inspections-finding", force=found.slug, pk=added.pk)
    context = {"force": found, "form": form}
    return render(request, "scrutiny/inspections/add_finding.html", context)


def update_finding(request: HttpRequest, force: str, pk: int) -> HttpResponse:
    if refusal := _refusal(request):
        return refusal
    found = find_force(force)
    item = finding_of(found, pk)
    form = UpdateFindingForm(request.POST or None, finding=item)
    if request.method == "POST" and form.is_valid():
        update(item, form.cleaned_data["status"], form.cleaned_data["evidence"], _user(request))
        messages.success(request, "Finding updated")
        return redirect("inspections-finding", force=found.slug, pk=item.pk)
    context = {"force": found, "finding": item, "form": form}
    return render(request, "scrutiny/inspections/update_finding.html", context)


def _refusal(request: HttpRequest) -> HttpResponse | None:
    """Only staff change the register: others are sent to sign in, or refused."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.is_staff:
        raise PermissionDenied("Only staff can change the inspections register.")
    return None


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user
