"""The demo's staff account: made once, reset on every run, refused outside DEBUG."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def test_the_demo_account_is_made_once_and_its_credentials_printed(settings: Any) -> None:
    settings.DEBUG = True
    for _ in range(2):
        out = StringIO()
        call_command("demo_account", stdout=out)
        assert "username demo, password scrutiny-demo" in out.getvalue()
    assert get_user_model().objects.filter(username="demo").count() == 1
    user = authenticate(username="demo", password="scrutiny-demo")
    assert user is not None and user.is_staff


def test_the_demo_account_is_refused_outside_debug(settings: Any) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG=1 only"):
        call_command("demo_account")
    assert not get_user_model().objects.filter(username="demo").exists()
