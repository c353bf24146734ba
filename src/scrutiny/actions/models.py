"""A meeting's action log, one row per action as the record holds it, and what became of each
action afterwards: closed by a later meeting, updated by staff or the owner's liaison.

`status` is what the notes said when the action was logged, and round-trips to the record;
`state` is where the action stands now, which later meetings and people change.
"""

from __future__ import annotations

from datetime import date as Date

from django.conf import settings
from django.db import models

from scrutiny.meetings.models import AgendaItem, Discharged, Located, Meeting, Organisation


class Action(Located):
    OPEN = "open"
    CLOSED = "closed"
    STATUSES = [(OPEN, "Open"), (CLOSED, "Closed")]

    FROM_RECORD = "record"
    FROM_COMMITMENT = "commitment"
    ORIGINS = [(FROM_RECORD, "The notes' action log"), (FROM_COMMITMENT, "Accepted commitment")]

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

    # Where the action stands now. Set from `status` when stored (an unstated status is open),
    # then changed only through scrutiny.actions.services, which logs an ActionUpdate each time.
    state = models.CharField(max_length=6, choices=STATUSES, default=OPEN)
    revised_due = models.DateField(null=True, blank=True)  # a new due date agreed later
    closed_by = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="closed_actions"
    )
    closing_note = models.TextField(blank=True, default="")
    # The organisation answerable for it (the owner's, from the attendance list): whose liaison
    # may update it.
    owner_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    origin = models.CharField(max_length=10, choices=ORIGINS, default=FROM_RECORD)
    # Shown in the action log but not part of the record: a commitment staff accepted is not
    # in the notes' own log, so it never goes into the meeting's exported record.

    class Meta:
        ordering = ["meeting", "position"]
        indexes = [
            models.Index(fields=["status", "due"], name="action_status_due"),
            models.Index(fields=["owner"], name="action_owner"),
            models.Index(fields=["state", "due"], name="action_state_due"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def due_now(self) -> Date | None:
        """The date it is due by now: the revised date if one was agreed."""
        return self.revised_due or self.due


class ActionUpdate(models.Model):
    """One change to an action, with who or what made it: a person (staff or liaison) or a
    later meeting's notes. Kept for ever; the action page shows them as its history."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="action_updates",
    )
    by_meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="action_updates"
    )
    # The action as the change left it; blank where the change did not touch it.
    state = models.CharField(max_length=6, choices=Action.STATUSES, blank=True, default="")
    revised_due = models.DateField(null=True, blank=True)
    note = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["action", "at", "pk"]

    def __str__(self) -> str:
        who = self.by or self.by_meeting or "system"
        return f"{self.action_id}: {self.state or 'note'} by {who}"


class ClosureCandidate(models.Model):
    """A later meeting's discharged action that may be this open action, where the match is
    not clear-cut: it waits for staff to confirm (closing the action) or reject it."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    DECISIONS = [(PENDING, "Waiting for review"), (CONFIRMED, "Confirmed"), (REJECTED, "Rejected")]

    discharged = models.ForeignKey(
        Discharged, on_delete=models.CASCADE, related_name="closure_candidates"
    )
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="closure_candidates")
    score = models.FloatField()  # text similarity, 0-100
    decision = models.CharField(max_length=9, choices=DECISIONS, default=PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["discharged", "action"], name="closure_pair_once")
        ]

    def __str__(self) -> str:
        return f"{self.discharged} ~ {self.action} ({self.score:.0f})"
