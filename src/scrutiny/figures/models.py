"""The figures a meeting's notes quote, as the record holds them."""

from __future__ import annotations

from django.db import models

from scrutiny.meetings.models import AgendaItem, Located, Meeting


class Figure(Located):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="figures")
    position = models.PositiveIntegerField()
    text = models.TextField()  # as written: "77.2%", "£1.2m"
    value = models.FloatField()
    unit = models.TextField()
    subject = models.TextField(null=True, blank=True)
    # As on Action: the number as the record gives it, and the item when the agenda has it.
    item_number = models.TextField(null=True, blank=True)
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="figures"
    )

    class Meta:
        ordering = ["meeting", "position"]

    def __str__(self) -> str:
        return f"{self.text} {self.subject or ''}".strip()
