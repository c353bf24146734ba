"""The search page's question and filters, read from the query string.

The template draws them in GOV.UK Frontend's markup; this only validates. The query itself is
never refused: any text is a query (see `scrutiny.search.query`).
"""

from __future__ import annotations

from typing import Any, cast

from django import forms

from scrutiny.meetings.models import Board
from scrutiny.search.filters import Filters

KINDS = [
    ("", "Everything"),
    ("point", "Points said at meetings"),
    ("question", "Questions"),
    ("commendation", "Commendations"),
    ("statement", "Statements"),
    ("action", "Actions"),
    ("item", "Agenda items"),
    ("figure", "Figures"),
]


class SearchForm(forms.Form):
    q = forms.CharField(required=False, strip=True)
    board = forms.ChoiceField(required=False)
    kind = forms.ChoiceField(required=False, choices=KINDS)
    speaker = forms.CharField(required=False, strip=True, max_length=200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        boards = Board.objects.order_by("name").values_list("slug", "name")
        cast(forms.ChoiceField, self.fields["board"]).choices = [("", "All boards"), *boards]
        self.fields["board"].error_messages["invalid_choice"] = "Choose a board from the list"
        self.fields["kind"].error_messages["invalid_choice"] = "Choose a type from the list"
        self.fields["speaker"].error_messages["max_length"] = (
            "Speaker must be 200 characters or fewer"
        )
        # "from" and "to" read best in a shared address, and "from" cannot be a class attribute.
        for name, label in (("from", "From"), ("to", "To")):
            self.fields[name] = forms.DateField(
                required=False,
                error_messages={"invalid": f"{label} must be a real date, like 19/2/2025"},
            )

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            self.add_error("to", "To must be the same as or after from")
        return cleaned

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            board=data.get("board") or None,
            date_from=data.get("from"),
            date_to=data.get("to"),
            kind=data.get("kind") or None,
            speaker=data.get("speaker") or None,
        )
