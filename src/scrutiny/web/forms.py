"""The site's forms. Templates draw them in GOV.UK Frontend's markup (see includes/field.html);
these classes only validate, and carry the messages GOV.UK's error summary shows."""

from __future__ import annotations

from datetime import date as Date
from typing import Any, ClassVar

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.files.uploadedfile import UploadedFile

from scrutiny.meetings.models import Board
from scrutiny.read import limits
from scrutiny.web.queries.actions import VIEWS


class SignInForm(AuthenticationForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.error_messages = {
            **self.error_messages,
            "invalid_login": "Enter a correct username and password (both are case-sensitive)",
            "inactive": "This account is inactive",
        }
        self.fields["username"].error_messages["required"] = "Enter your username"
        self.fields["password"].error_messages["required"] = "Enter your password"


class ActionFilterForm(forms.Form):
    """The action register's view, filters and sort, all optional, read from the query string.

    Status is where an action stands now (later meetings and people change it), not what the
    notes said when it was logged."""

    STATUSES: ClassVar[list[tuple[str, str]]] = [
        ("", "Any status"),
        ("open", "Open"),
        ("overdue", "Overdue (open, past its due date)"),
        ("closed", "Closed"),
    ]
    SORTS: ClassVar[list[tuple[str, str]]] = [
        ("due", "Due date, soonest first"),
        ("-due", "Due date, latest first"),
        ("board", "Board"),
        ("status", "Status"),
    ]

    view = forms.ChoiceField(
        required=False,
        choices=VIEWS,
        error_messages={"invalid_choice": "Choose a view from the tabs"},
    )
    board = forms.ChoiceField(required=False)
    owner = forms.CharField(required=False, max_length=200, strip=True)
    status = forms.ChoiceField(required=False, choices=STATUSES)
    due_after = forms.DateField(
        required=False, error_messages={"invalid": "Due after must be a date, like 2025-09-16"}
    )
    due_before = forms.DateField(
        required=False, error_messages={"invalid": "Due before must be a date, like 2025-09-30"}
    )
    sort = forms.ChoiceField(required=False, choices=SORTS)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        boards = Board.objects.order_by("name").values_list("slug", "name")
        board = self.fields["board"]
        assert isinstance(board, forms.ChoiceField)
        board.choices = [("", "All boards"), *boards]
        self.fields["board"].error_messages["invalid_choice"] = "Choose a board from the list"
        self.fields["status"].error_messages["invalid_choice"] = "Choose a status from the list"
        self.fields["sort"].error_messages["invalid_choice"] = "Choose an order from the list"

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        after, before = cleaned.get("due_after"), cleaned.get("due_before")
        if after and before and after > before:
            self.add_error("due_before", "Due before must be on or after due after")
        return cleaned


class UploadForm(forms.Form):
    """The document to upload. `declared_size` is the request's length, for refusing a body too
    large without reading it; `problem` is a reason to start again, shown against the field."""

    document = forms.FileField(
        required=False, error_messages={"empty": "The chosen document is empty"}
    )

    def __init__(
        self,
        *args: Any,
        max_bytes: int,
        declared_size: int | None = None,
        problem: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.max_bytes = max_bytes
        self.declared_size = declared_size
        self.problem = problem

    def clean_document(self) -> UploadedFile:
        if self.problem:
            raise forms.ValidationError(f"{self.problem}. Upload the document again")
        if self.declared_size is not None:
            raise forms.ValidationError(too_large_message(self.declared_size, self.max_bytes))
        document: UploadedFile | None = self.cleaned_data.get("document")
        if document is None:
            raise forms.ValidationError("Choose a document to upload")
        # The size Django counted while receiving it: judged before a byte is read into memory.
        if document.size is not None and document.size > self.max_bytes:
            raise forms.ValidationError(too_large_message(document.size, self.max_bytes))
        if not document.size:
            raise forms.ValidationError("The chosen document is empty")
        return document


def too_large_message(size: int, max_bytes: int) -> str:
    return (
        f"The document must be smaller than {limits.describe_size(max_bytes)} "
        f"(this upload is {limits.describe_size(size)})"
    )


class ReviewForm(forms.Form):
    """The header of an uploaded meeting, as extracted, for a person to check and correct.

    `upload` names the pending upload this review is of; the view accepts only the one its
    session holds, so changing it cannot save another file.
    """

    upload = forms.CharField(widget=forms.HiddenInput, max_length=64)
    board = forms.CharField(required=False, max_length=300, strip=True)
    date_day = forms.IntegerField(required=False, min_value=1, max_value=31)
    date_month = forms.IntegerField(required=False, min_value=1, max_value=12)
    date_year = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    time = forms.CharField(required=False, max_length=100, strip=True)
    venue = forms.CharField(required=False, max_length=500, strip=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for part in ("day", "month", "year"):
            field = self.fields[f"date_{part}"]
            message = f"The date’s {part} must be a real {part}"
            field.error_messages.update(
                invalid=message, min_value=message, max_value=message, max_length=message
            )

    @staticmethod
    def initial_for(
        upload: str, board: str | None, date: str | None, time: str | None, venue: str | None
    ) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "upload": upload,
            "board": board or "",
            "time": time or "",
            "venue": venue or "",
        }
        if date:
            day = Date.fromisoformat(date)
            initial.update(date_day=day.day, date_month=day.month, date_year=day.year)
        return initial

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        parts = [cleaned.get(f"date_{p}") for p in ("day", "month", "year")]
        if any(f"date_{p}" in self.errors for p in ("day", "month", "year")):
            return cleaned
        cleaned["date"] = None
        if all(part is None for part in parts):
            return cleaned  # the notes state no date, and the reviewer gave none
        if any(part is None for part in parts):
            self.add_error("date_day", "The date must include a day, month and year")
            return cleaned
        day, month, year = (int(p) for p in parts if p is not None)
        try:
            cleaned["date"] = Date(year, month, day).isoformat()
        except ValueError:
            self.add_error("date_day", "The date must be a real date")
        return cleaned
