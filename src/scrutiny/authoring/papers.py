"""Papers uploaded for an item: the file kept under MEDIA_ROOT, the item's paper the address it
is served from (to the public only once the meeting's agenda is published, and never for a
private item)."""

from __future__ import annotations

from pathlib import PurePath

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import get_valid_filename

from scrutiny.accounts import permissions
from scrutiny.authoring.models import UploadedPaper
from scrutiny.meetings.models import AgendaItem, Paper
from scrutiny.meetings.visibility import agenda_visible


@transaction.atomic
def upload_paper(item: AgendaItem, file: UploadedFile) -> UploadedPaper:
    name = get_valid_filename(PurePath(file.name or "paper").name) or "paper"
    top = item.papers.aggregate(top=Max("position"))["top"]
    paper = Paper.objects.create(item=item, position=0 if top is None else top + 1, url="")
    upload = UploadedPaper.objects.create(item=item, paper=paper, file=file, name=name)
    paper.url = reverse("paper", args=[upload.pk, name])
    paper.save()
    return upload


def download(request: HttpRequest, pk: int, name: str) -> FileResponse:
    upload = get_object_or_404(UploadedPaper.objects.select_related("item__meeting__board"), pk=pk)
    item = upload.item
    public = agenda_visible(item.meeting) and not item.private
    if not public and not permissions.can_run_meeting(request.user, item.meeting):
        raise Http404("No such paper")
    try:
        handle = upload.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404("The paper's file is missing") from None
    response = FileResponse(handle, as_attachment=True, filename=upload.name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
