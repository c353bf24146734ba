"""The staff forms on a series page: merge it into another, or split figures out of it."""

from __future__ import annotations

from typing import Any

from django import forms

from scrutiny.figures.models import Figure, Series
from scrutiny.web.series.wording import long_date, value_text


class MergeForm(forms.Form):
    target = forms.TypedChoiceField(
        coerce=int,
        error_messages={
            "required": "Select the series to merge this one into",
            "invalid_choice": "Select a series from the list",
        },
    )
    # Set by the confirmation page: without it, the merge is only shown, not made.
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, choices: list[Series], **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "merge")
        super().__init__(*args, **kwargs)
        field = self.fields["target"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", "Choose a series"), *((s.pk, s.name) for s in choices)]


class SplitForm(forms.Form):
    figures = forms.TypedMultipleChoiceField(
        coerce=int,
        error_messages={
            "required": "Select the figures to move to the new series",
            "invalid_choice": "Select figures from the list",
        },
    )
    name = forms.CharField(
        max_length=200,
        error_messages={
            "required": "Enter a name for the new series",
            "max_length": "Name must be 200 characters or fewer",
        },
    )

    def __init__(self, *args: Any, choices: list[Figure], **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "split")
        super().__init__(*args, **kwargs)
        field = self.fields["figures"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(f.pk, figure_label(f)) for f in choices]

    def clean_name(self) -> str:
        name = " ".join(str(self.cleaned_data["name"]).split())
        if not name:
            raise forms.ValidationError("Enter a name for the new series")
        return name


def figure_label(figure: Figure) -> str:
    """A figure as a split checkbox names it: "79.1% (hate crime victims), 20 March 2019"."""
    subject = f" ({figure.subject})" if figure.subject else ""
    return f"{value_text(figure)}{subject}, {long_date(figure.meeting.date)}"
