"""Upload: staff only; read, reviewed, corrected, then saved by the ingestion service; refused
clearly, and with nothing saved, when anything is wrong."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from factories import snapshot
from gold import SEEDS
from pages import text_of
from scrutiny.ingestion.models import SourceDocument
from scrutiny.meetings.models import Meeting
from scrutiny.web import pending

pytestmark = pytest.mark.django_db

FEBRUARY = SEEDS / "001_73932fbdd1a170a5.txt"  # states its board and date, 19 February 2025
UNDATED = SEEDS / "000_5744fa4e60daa063.txt"


def upload(client: Client, path: Path | None = None, *, data: bytes | None = None) -> Any:
    name = path.name if path else "notes.pdf"
    content = data if data is not None else path.read_bytes()  # type: ignore[union-attr]
    return client.post("/upload/", {"document": SimpleUploadedFile(name, content)})


def review_form(client: Client) -> dict[str, str]:
    """The review form's fields as the page fills them in."""
    html = client.get("/upload/review/").content.decode()
    found = re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html)
    fields = {name: unescape(value) for name, value in found}
    fields.pop("csrfmiddlewaretoken", None)
    fields.pop("q", None)  # the header's search box
    return fields


def pending_files(settings: Any) -> list[Path]:
    folder = Path(settings.PENDING_UPLOADS_DIR)
    return sorted(folder.iterdir()) if folder.exists() else []


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    for address in ("/upload/", "/upload/review/"):
        response = client.get(address)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={address}"
    response = upload(client, FEBRUARY)
    assert response.status_code == 302
    assert Meeting.objects.count() == 0


def test_signed_in_people_who_are_not_staff_are_refused(member_client: Client) -> None:
    response = member_client.get("/upload/")
    assert response.status_code == 403
    assert "uploading meeting notes is for staff accounts" in text_of(response)
    assert upload(member_client, FEBRUARY).status_code == 403
    assert member_client.post("/upload/review/", {}).status_code == 403
    assert Meeting.objects.count() == 0


def test_staff_see_the_upload_form(staff_client: Client) -> None:
    response = staff_client.get("/upload/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html and 'type="file"' in html
    assert "csrfmiddlewaretoken" in html
    assert "Up to 50.0 MB" in text_of(response)


def test_a_request_too_large_is_refused_before_it_is_read(
    staff_client: Client, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.UPLOAD_MAX_BYTES = 1000
    monkeypatch.setattr("scrutiny.web.upload.MULTIPART_ALLOWANCE", 100)

    def never(*args: object) -> None:
        raise AssertionError("the body was parsed")

    monkeypatch.setattr("django.http.request.HttpRequest._load_post_and_files", never)
    response = upload(staff_client, data=b"x" * 5000)
    assert response.status_code == 413
    text = text_of(response)
    assert "There is a problem" in text
    assert "The document must be smaller than 1,000 bytes" in text
    assert pending_files(settings) == []


def test_a_file_too_large_is_refused(staff_client: Client, settings: Any) -> None:
    settings.UPLOAD_MAX_BYTES = 1000  # the request itself is within the multipart allowance
    response = upload(staff_client, data=b"x" * 1500)
    assert response.status_code == 400
    assert "The document must be smaller than 1,000 bytes (this upload is 1,500 bytes)" in (
        text_of(response)
    )
    assert pending_files(settings) == []


def test_the_size_limit_is_the_readers_own(settings: Any) -> None:
    from scrutiny.read import limits

    assert settings.UPLOAD_MAX_BYTES == limits.MAX_BYTES


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF", "corrupt PDF"),
        (b"\x00\x01\x02\x03" * 100, "not a document"),
        (b"PK\x03\x04 not really a zip", "corrupt or truncated DOCX"),
        (b"", "The chosen document is empty"),
    ],
)
def test_a_document_that_cannot_be_read_is_refused_and_nothing_is_saved(
    staff_client: Client, settings: Any, content: bytes, reason: str
) -> None:
    before = snapshot()
    response = upload(staff_client, data=content)
    assert response.status_code == 400
    text = text_of(response)
    assert "There is a problem" in text and reason in text
    assert "<title>Error: Upload" in response.content.decode()
    assert snapshot() == before
    assert pending_files(settings) == []


def test_nothing_chosen_is_an_error(staff_client: Client) -> None:
    response = staff_client.post("/upload/", {})
    assert response.status_code == 400
    assert "Choose a document to upload" in text_of(response)


def test_review_shows_what_was_read_and_saving_stores_the_meeting(
    staff_client: Client, settings: Any
) -> None:
    response = upload(staff_client, FEBRUARY)
    assert response.status_code == 302 and response["Location"] == "/upload/review/"
    assert Meeting.objects.count() == 0  # nothing saved before the review
    assert len(pending_files(settings)) == 1

    review = staff_client.get("/upload/review/")
    text = text_of(review)
    assert "Check the meeting before saving" in text
    assert "Provide an update on the findings from the DPR Post Implementation Review." in text
    assert "Agenda items (7)" in text and "Actions (1)" in text
    fields = review_form(staff_client)
    assert fields["board"] == "Performance & Delivery Board"
    assert (fields["date_day"], fields["date_month"], fields["date_year"]) == ("19", "2", "2025")
    assert fields["venue"].startswith("County Room")

    fields.update(venue="Online", time="10am")
    saved = staff_client.post("/upload/review/", {**fields, "action": "save"})
    meeting = Meeting.objects.get()
    assert saved.status_code == 302
    assert saved["Location"] == reverse("meeting", args=[meeting.pk])
    assert (meeting.venue, meeting.time) == ("Online", "10am")
    assert meeting.date is not None and meeting.date.isoformat() == "2025-02-19"
    assert meeting.actions.count() == 1 and meeting.items.count() == 7
    assert meeting.source.sha256 and meeting.source.origin == "uploaded by officer"
    assert meeting.source.file.read() == FEBRUARY.read_bytes()
    assert pending_files(settings) == []
    assert pending.SESSION_KEY not in staff_client.session
    landed = staff_client.get(saved["Location"])
    assert "Meeting saved" in text_of(landed)


def test_the_reviewer_can_give_a_date_the_notes_leave_out(staff_client: Client) -> None:
    upload(staff_client, UNDATED)
    fields = review_form(staff_client)
    assert fields["date_day"] == fields["date_month"] == fields["date_year"] == ""
    fields.update(date_day="20", date_month="3", date_year="2018")
    staff_client.post("/upload/review/", {**fields, "action": "save"})
    assert Meeting.objects.get().date.isoformat() == "2018-03-20"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("date", "message"),
    [
        (("31", "2", "2025"), "The date must be a real date"),
        (("19", "", "2025"), "The date must include a day, month and year"),
        (("19", "13", "2025"), "The date’s month must be a real month"),
        (("x", "2", "2025"), "The date’s day must be a real day"),
    ],
)
def test_a_corrected_date_that_is_no_date_is_refused(
    staff_client: Client, date: tuple[str, str, str], message: str
) -> None:
    upload(staff_client, FEBRUARY)
    fields = review_form(staff_client)
    fields.update(date_day=date[0], date_month=date[1], date_year=date[2])
    response = staff_client.post("/upload/review/", {**fields, "action": "save"})
    assert response.status_code == 400
    text = text_of(response)
    assert "There is a problem" in text and message in text
    assert 'href="#id_date_' in response.content.decode()  # the summary links to the date
    assert Meeting.objects.count() == 0


def test_a_changed_review_form_cannot_save_another_file(
    staff_client: Client, settings: Any
) -> None:
    upload(staff_client, FEBRUARY)
    fields = review_form(staff_client)
    other = pending.Pending("A" * 32, "other.txt", "0" * 64)
    other.path.write_bytes(UNDATED.read_bytes())  # someone else's upload, waiting
    for token in (other.token, "../../documents/x", "", fields["upload"] + "x", "é"):
        response = staff_client.post("/upload/review/", {**fields, "upload": token})
        assert response.status_code == 409
        assert "This review is not of the document you uploaded last" in text_of(response)
    assert Meeting.objects.count() == 0


def test_a_pending_file_changed_on_disk_is_not_saved(staff_client: Client, settings: Any) -> None:
    upload(staff_client, FEBRUARY)
    fields = review_form(staff_client)
    (path,) = pending_files(settings)
    path.write_bytes(UNDATED.read_bytes())
    response = staff_client.post("/upload/review/", {**fields, "action": "save"})
    assert response.status_code == 409
    assert "no longer available" in text_of(response)
    assert Meeting.objects.count() == 0


def test_cancelling_saves_nothing_and_cleans_up(staff_client: Client, settings: Any) -> None:
    upload(staff_client, FEBRUARY)
    fields = review_form(staff_client)
    response = staff_client.post("/upload/review/", {**fields, "action": "cancel"})
    assert response.status_code == 302 and response["Location"] == "/upload/"
    assert Meeting.objects.count() == 0 and pending_files(settings) == []
    assert staff_client.get("/upload/review/")["Location"] == "/upload/"


def test_a_second_upload_replaces_the_first_awaiting_review(
    staff_client: Client, settings: Any
) -> None:
    upload(staff_client, FEBRUARY)
    upload(staff_client, UNDATED)
    assert len(pending_files(settings)) == 1
    assert "000_5744fa4e60daa063.txt" in text_of(staff_client.get("/upload/review/"))


def test_a_document_already_stored_is_not_stored_again(staff_client: Client) -> None:
    upload(staff_client, FEBRUARY)
    staff_client.post("/upload/review/", {**review_form(staff_client), "action": "save"})
    response = upload(staff_client, FEBRUARY)
    assert response.status_code == 200
    assert "This document is already stored" in text_of(response)
    assert Meeting.objects.count() == 1 and SourceDocument.objects.count() == 1


def test_a_new_version_is_flagged_before_saving_and_supersedes(staff_client: Client) -> None:
    upload(staff_client, FEBRUARY)
    staff_client.post("/upload/review/", {**review_form(staff_client), "action": "save"})
    upload(staff_client, data=FEBRUARY.read_bytes() + b"\nCorrected.\n")
    assert "Saving makes this document version 2" in text_of(staff_client.get("/upload/review/"))
    saved = staff_client.post("/upload/review/", {**review_form(staff_client), "action": "save"})
    landed = staff_client.get(saved["Location"])
    assert "Meeting saved as version 2; version 1 is kept in its history" in text_of(landed)
    assert Meeting.objects.filter(is_current=True).count() == 1


def test_a_failure_while_saving_is_reported_and_saves_nothing(
    staff_client: Client, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    upload(staff_client, FEBRUARY)
    fields = review_form(staff_client)

    def broken(*args: object) -> None:
        raise ValueError("disk on fire")

    monkeypatch.setattr("scrutiny.ingestion.services.new_figures", broken)
    before = snapshot()
    response = staff_client.post("/upload/review/", {**fields, "action": "save"})
    assert response.status_code == 400
    assert "The meeting could not be saved" in text_of(response)
    assert snapshot() == before
    assert len(pending_files(settings)) == 1  # kept, so the reviewer can try again


def test_the_review_form_needs_its_csrf_token(settings: Any) -> None:
    from factories import make_user

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user())
    response = upload(client, FEBRUARY)
    assert response.status_code == 403
    assert Meeting.objects.count() == 0 and pending_files(settings) == []


def test_saving_a_review_needs_its_csrf_token(settings: Any) -> None:
    from factories import make_user

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user())
    page = client.get("/upload/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    document = SimpleUploadedFile(FEBRUARY.name, FEBRUARY.read_bytes())
    response = client.post(
        "/upload/", {"document": document, "csrfmiddlewaretoken": token.group(1)}
    )
    assert response.status_code == 302
    fields = review_form(client)
    assert client.post("/upload/review/", {**fields, "action": "save"}).status_code == 403
    assert Meeting.objects.count() == 0
