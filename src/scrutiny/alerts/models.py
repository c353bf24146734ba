"""Who asked to be told of what: an email address, and a keyword or a board (or both)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from scrutiny.meetings.models import Board, Meeting


class Subscription(models.Model):
    email = models.EmailField()
    keyword = models.TextField(blank=True, default="")  # search syntax, as on /search/
    board = models.ForeignKey(
        Board, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Set when the link in the confirmation mail is followed: nothing is sent before.
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    # The high-water mark: every matching meeting already told of (or public already when the
    # subscription was confirmed). A digest holds matching public meetings not in it, so a
    # meeting published long after it was stored is still news.
    delivered = models.ManyToManyField(Meeting, blank=True, related_name="+")

    class Meta:
        ordering = ["email", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(keyword="") | Q(board__isnull=False),
                name="subscription_asks_for_something",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email}: {self.describe()}"

    def describe(self) -> str:
        parts = []
        if self.keyword:
            parts.append(f"“{self.keyword}”")
        if self.board is not None:
            parts.append(
                f"the {self.board.name}" if not self.keyword else f"at the {self.board.name}"
            )
        return " ".join(parts)

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None
