"""What a signed-in person may do beyond reading: the role they hold, and for which
organisation or board. Staff (Django's is_staff) may do everything; the public needs no account.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from scrutiny.meetings.models import Board, Organisation


class Membership(models.Model):
    LIAISON = "liaison"
    ROLES = [(LIAISON, "Force liaison")]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=ROLES)
    # A liaison answers for their organisation's actions (a force, usually).
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
