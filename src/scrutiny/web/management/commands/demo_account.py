"""`scrutiny manage demo_account`: the demo's staff account, made or reset, and its credentials
printed. Only with DEBUG on: a known password must never reach a real site."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "demo"
PASSWORD = "scrutiny-demo"


class Command(BaseCommand):
    help = "Create (or reset) the demo staff account and print its credentials (DEBUG only)."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError("the demo account is for DEBUG=1 only: its password is public")
        user, created = get_user_model().objects.get_or_create(username=USERNAME)
        user.is_staff = True
        user.is_active = True
        # Set every time, so the printed password is always the one that works.
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(
            f"{'Created' if created else 'Reset'} the demo staff account: "
            f"username {USERNAME}, password {PASSWORD} (sign in at /accounts/login/)"
        )
