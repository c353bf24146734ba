"""The action page's update form and the review list's decision, validated here; the
templates draw them in GOV.UK Frontend's markup."""

from __future__ import annotations

from datetime import date as Date
from typing import Any, ClassVar

from django import forms

from scrutiny.actions.models import Action

_PARTS = ("day", "month", "year")


class ActionUpdateForm(forms.Form):
    """State, a new due date (GOV.UK's day, month and year) and a note. A note is required
    when neither the state nor the due date changes: an update must say something."""

    STATES: ClassVar[list[tuple[str, str]]] = [
        (Action.OPEN, "Open"),
        (Action.CLOSED, "Closed"),
    ]

    state = forms.ChoiceField(
        choices=STATES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select whether the action is open or closed",
            "invalid_choice": "Select whether the action is open or closed",
        },
    )
    due_day = forms.IntegerField(required=False, min_value=1, max_value=31)
    due_month = forms.IntegerField(required=False, min_value=1, max_value=12)
    due_year = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    note = forms.CharField(
        required=False,
        max_length=2000,
        strip=True,
        widget=forms.Textarea,
        error_messages={"max_length": "The note must be 2,000 characters or fewer"},
    )

    def __init__(self, *args: Any, action: Action, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"state": action.state})
        super().__init__(*args, **kwargs)
        self.action = action
        for part in _PARTS:
            message = f"The new due date’s {part} must be a real {part}"
            self.fields[f"due_{part}"].error_messages.update(
                invalid=message, min_value=message, max_value=message
            )

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        cleaned["revised_due"] = self._due_date(cleaned)
        if self.errors:
            return cleaned
        new_state = cleaned.get("state") != self.action.state
        new_due = cleaned["revised_due"] not in (None, self.action.due_now)
        if not new_state and not new_due and not cleaned.get("note"):
            self.add_error(
                "note", "Enter a note, or change the state or the due date, to update the action"
            )
        return cleaned

    def _due_date(self, cleaned: dict[str, Any]) -> Date | None:
        if any(f"due_{part}" in self.errors for part in _PARTS):
            return None
        parts = [cleaned.get(f"due_{part}") for part in _PARTS]
        if all(part is None for part in parts):
            return None
        if any(part is None for part in parts):
            self.add_error("due_day", "The new due date must include a day, month and year")
            return None
        day, month, year = (int(part) for part in parts if part is not None)
        try:
            return Date(year, month, day)
        except ValueError:
            self.add_error("due_day", "The new due date must be a real date")
            return None


class DecisionForm(forms.Form):
    """A reviewer's Confirm or Reject on one proposed closure."""

    candidate = forms.IntegerField(min_value=1)
    decision = forms.ChoiceField(choices=[("confirm", "Confirm"), ("reject", "Reject")])
