"""The notes of an agenda item: its details, sections, papers and points, and a point's own
page for editing it."""

from __future__ import annotations

from django import forms
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from scrutiny.authoring import services
from scrutiny.authoring.access import meeting_runner
from scrutiny.authoring.forms import ItemForm, PaperForm, PointForm, SectionForm
from scrutiny.authoring.papers import upload_paper
from scrutiny.authoring.views.common import GET_POST, _bound, _refused, _saved, _which
from scrutiny.meetings.models import AgendaItem, Meeting, Point


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
