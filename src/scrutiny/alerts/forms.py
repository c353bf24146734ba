from __future__ import annotations

from typing import Any

from django import forms

from scrutiny.api import published


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        max_length=254,
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    keyword = forms.CharField(required=False, max_length=100, strip=True)
    board = forms.ChoiceField(required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        board = self.fields["board"]
        assert isinstance(board, forms.ChoiceField)
        board.choices = [("", "Any board"), *published.boards().values_list("slug", "name")]
        board.error_messages["invalid_choice"] = "Choose a board from the list"
        self.fields["keyword"].error_messages["max_length"] = (
            "Words to look for must be 100 characters or fewer"
        )

    def clean_keyword(self) -> str:
        keyword = str(self.cleaned_data.get("keyword") or "")
        if any(c in keyword for c in "\r\n\x00"):
            raise forms.ValidationError("Words to look for must be on one line")
        return " ".join(keyword.split())

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        if not cleaned.get("keyword") and not cleaned.get("board") and "keyword" not in self.errors:
            self.add_error("keyword", "Enter words to look for, or choose a board, or both")
        return cleaned
