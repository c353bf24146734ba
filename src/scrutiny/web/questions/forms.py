"""The forms of the questions pages: how many meetings coverage looks back over, and the action
an accepted commitment becomes. They validate; the templates draw them in GOV.UK markup."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from django import forms

DEFAULT_LAST = 6
MOST_LAST = 50


class CoverageForm(forms.Form):
    last = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MOST_LAST,
        error_messages={
            "invalid": "Number of meetings must be a whole number, like 6",
            "min_value": "Number of meetings must be 1 or more",
            "max_value": f"Number of meetings must be {MOST_LAST} or fewer",
        },
    )

    def meetings(self) -> int:
        """The number asked for when it is valid, else the default."""
        if self.is_valid() and self.cleaned_data.get("last"):
            return int(self.cleaned_data["last"])
        return DEFAULT_LAST


class AcceptForm(forms.Form):
    """The action a commitment becomes. The due date may be left empty: not every promise
    has a date."""

    text = forms.CharField(
        max_length=2000,
        strip=True,
        error_messages={
            "required": "Enter what the action is",
            "max_length": "The action must be 2,000 characters or fewer",
        },
    )
    owner = forms.CharField(
        max_length=200,
        strip=True,
        error_messages={
            "required": "Enter who owns the action",
            "max_length": "The owner must be 200 characters or fewer",
        },
    )
    due_day = forms.IntegerField(required=False, min_value=1, max_value=31)
    due_month = forms.IntegerField(required=False, min_value=1, max_value=12)
    due_year = forms.IntegerField(required=False, min_value=1900, max_value=2100)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for part in ("day", "month", "year"):
            message = f"The due date’s {part} must be a real {part}"
            self.fields[f"due_{part}"].error_messages.update(
                invalid=message, min_value=message, max_value=message
            )

    @staticmethod
    def initial_for(text: str, owner: str, due: Date | None) -> dict[str, Any]:
        initial: dict[str, Any] = {"text": text, "owner": owner}
        if due is not None:
            initial.update(due_day=due.day, due_month=due.month, due_year=due.year)
        return initial

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        cleaned["due"] = None
        if any(f"due_{p}" in self.errors for p in ("day", "month", "year")):
            return cleaned
        parts = [cleaned.get(f"due_{p}") for p in ("day", "month", "year")]
        if all(part is None for part in parts):
            return cleaned
        if any(part is None for part in parts):
            self.add_error("due_day", "The due date must include a day, month and year")
            return cleaned
        day, month, year = (int(p) for p in parts if p is not None)
        try:
            cleaned["due"] = Date(year, month, day)
        except ValueError:
            self.add_error("due_day", "The due date must be a real date")
        return cleaned
