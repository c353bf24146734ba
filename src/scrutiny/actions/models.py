"""A meeting's action log, one row per action, as the record holds it."""

from __future__ import annotations

from django.db import models

from scrutiny.meetings.models import AgendaItem, Located, Meeting


class Action(Located):
    OPEN = "open"
    CLOSED = "closed"
    STATUSES = [(OPEN, "Open"), (CLOSED, "Closed")]

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    position = models.PositiveIntegerField()
    text = models.TextField()
    owner = models.TextField(null=True, blank=True)
    due = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=6, choices=STATUSES, null=True, blank=True)
    # The item number as the record gives it, and the item it names when the agenda has it:
    # an action log can refer to an item the notes never list.
    item_number = models.TextField(null=True, blank=True)
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )

    class Meta:
        ordering = ["meeting", "position"]
        indexes = [
            models.Index(fields=["status", "due"], name="action_status_due"),
            models.Index(fields=["owner"], name="action_owner"),
        ]

    def __str__(self) -> str:
        return self.text[:80]
