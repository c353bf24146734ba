"""Upload, review, save: a document is read and shown for correction, then stored by the same
ingestion service as `scrutiny ingest`. Nothing is stored until the reviewer saves.

    GET  /upload/          choose a document
    POST /upload/          read it; set it aside (see `pending`); on to the review
    GET  /upload/review/   what was read, the header editable
    POST /upload/review/   save it (or cancel), with the header as corrected
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.services import Corrections, Ingested, already_stored, ingest, read_record
from scrutiny.web import pending
from scrutiny.web.access import staff_required
from scrutiny.web.forms import ReviewForm, UploadForm
from scrutiny.web.queries.upload import stored_version

# The multipart wrapping (boundaries, headers, the CSRF token) around the file itself.
MULTIPART_ALLOWANCE = 64 * 1024


@require_http_methods(["GET", "POST"])
@csrf_exempt  # so a body too large is refused before it is read; csrf_protect guards the rest
@staff_required
def upload(request: HttpRequest) -> HttpResponse:
    max_bytes = settings.UPLOAD_MAX_BYTES
    if request.method == "POST":
        declared = _declared_length(request)
        if declared > max_bytes + MULTIPART_ALLOWANCE:
            # Refusing changes nothing, so it needs no CSRF check; reading the body to make
            # one (the token is in it) is the very thing to avoid.
            form = UploadForm({}, {}, max_bytes=max_bytes, declared_size=declared)
            form.is_valid()
            return _choose(request, form, status=413)
    return _upload(request, max_bytes)


@csrf_protect
def _upload(request: HttpRequest, max_bytes: int) -> HttpResponse:
    if request.method != "POST":
        return _choose(request, UploadForm(max_bytes=max_bytes))
    form = UploadForm(request.POST, request.FILES, max_bytes=max_bytes)
    if not form.is_valid():
        return _choose(request, form, status=400)
    uploaded = form.cleaned_data["document"]
    data = uploaded.read()
    name = uploaded.name or "upload"
    known = already_stored(data)
    if known is not None:
        return render(request, "scrutiny/upload_known.html", {"meeting": known})
    try:
        read_record(data, name)
    except IngestFailed as failure:
        form.add_error("document", f"The document could not be read: {failure.reason}")
        return _choose(request, form, status=400)
    pending.keep(request.session, data, name)
    return redirect("upload-review")


@require_http_methods(["GET", "POST"])
@staff_required
def review(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _save(request)
    waiting = pending.current(request.session)
    if waiting is None:
        return redirect("upload")
    return _review(request, waiting, None)


def _save(request: HttpRequest) -> HttpResponse:
    form = ReviewForm(request.POST)
    waiting = pending.claimed(request.session, str(form.data.get("upload", "")))
    if waiting is None:
        # Another tab uploaded since, or the form was altered: save nothing, start again.
        return _start_again(request, "This review is not of the document you uploaded last")
    if request.POST.get("action") == "cancel":
        pending.discard(request.session)
        messages.info(request, f"{waiting.name} was not saved")
        return redirect("upload")
    if not form.is_valid():
        return _review(request, waiting, form, status=400)
    data = waiting.read()
    if data is None:
        pending.discard(request.session)
        return _start_again(request, "The uploaded document is no longer available")
    cleaned = form.cleaned_data
    corrections = Corrections(
        board=cleaned["board"] or None,
        date=cleaned["date"],
        time=cleaned["time"] or None,
        venue=cleaned["venue"] or None,
    )
    origin = f"uploaded by {request.user.get_username()}"
    try:
        result = ingest(data, waiting.name, origin=origin, corrections=corrections)
    except IngestFailed as failure:
        form.add_error(None, f"The meeting could not be saved: {failure.reason}")
        return _review(request, waiting, form, status=400)
    pending.discard(request.session)
    messages.success(request, _saved(result))
    return redirect("meeting", result.meeting.pk)


def _review(
    request: HttpRequest, waiting: pending.Pending, form: ReviewForm | None, status: int = 200
) -> HttpResponse:
    data = waiting.read()
    if data is None:
        pending.discard(request.session)
        return _start_again(request, "The uploaded document is no longer available")
    try:
        _, record = read_record(data, waiting.name)
    except IngestFailed as failure:  # read once already; only a changed extractor gets here
        pending.discard(request.session)
        return _start_again(request, f"The document could not be read: {failure.reason}")
    if form is None:
        initial = ReviewForm.initial_for(
            waiting.token, record.board, record.date, record.time, record.venue
        )
        form = ReviewForm(initial=initial)
    context = {
        "form": form,
        "record": record,
        "upload": waiting,
        "stored": stored_version(record.organisation, record.board, record.date),
    }
    return render(request, "scrutiny/upload_review.html", context, status=status)


def _choose(request: HttpRequest, form: UploadForm, status: int = 200) -> HttpResponse:
    context = {"form": form, "max_bytes": settings.UPLOAD_MAX_BYTES}
    return render(request, "scrutiny/upload.html", context, status=status)


def _start_again(request: HttpRequest, problem: str) -> HttpResponse:
    form = UploadForm({}, {}, max_bytes=settings.UPLOAD_MAX_BYTES, problem=problem)
    form.is_valid()
    return _choose(request, form, status=409)


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _saved(result: Ingested) -> str:
    meeting = result.meeting
    if result.outcome == "unchanged":
        return "This document was already stored; nothing was changed"
    if result.replaced is not None:
        return (
            f"Meeting saved as version {meeting.version}; "
            f"version {result.replaced.version} is kept in its history"
        )
    return "Meeting saved"
