"""What a signed-in person may do beyond reading: the role they hold, and for which
organisation or board. Staff (Django's is_staff) and administrators may do everything; the
secretariat runs one board (its set-up, meetings and notes); a liaison answers for one
organisation's actions; the public needs no account.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from scrutiny.meetings.models import Board, Organisation


class Membership(models.Model):
    LIAISON = "liaison"
    SECRETARIAT = "secretariat"
    ADMINISTRATOR = "administrator"
    ROLES = [
        (LIAISON, "Force liaison"),
        (SECRETARIAT, "Secretariat"),
        (ADMINISTRATOR, "Administrator"),
    ]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=ROLES)
    # A liaison answers for their organisation's actions (a force, usually); the secretariat
    # runs one board; an administrator needs neither.
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="members"
    )
    board = models.ForeignKey(
        Board, null=True, blank=True, on_delete=models.CASCADE, related_name="members"
    )

    class Meta:
        ordering = ["user", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "organisation", "board"], name="membership_once"
            )
        ]

    def __str__(self) -> str:
        where = self.organisation or self.board or "everywhere"
        return f"{self.user} — {self.get_role_display()} ({where})"


class FailedSignIn(models.Model):
    """A failed sign-in, kept a short while to slow password guessing (scrutiny.accounts.limits).
    In the database, so every worker process counts the same attempts."""

    username = models.CharField(max_length=150)
    address = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]
        indexes = [
            models.Index(fields=["username", "at"], name="failed_signin_user"),
            models.Index(fields=["address", "at"], name="failed_signin_address"),
        ]

    def __str__(self) -> str:
        return f"{self.username} from {self.address} at {self.at:%Y-%m-%d %H:%M}"
