from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model


class TokenForm(forms.Form):
    user = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(),
        empty_label="Choose a person",
        error_messages={"required": "Choose who the token is for"},
    )
    name = forms.CharField(
        max_length=200,
        strip=True,
        error_messages={"required": "Say what the token is for"},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["user"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = get_user_model().objects.filter(is_active=True).order_by("username")
