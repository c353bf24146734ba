"""The inspections register, per force: the reports its board discusses, what each meeting
reports of their findings, and the findings themselves with their status and the evidence for
closure.

Rows tied to a meeting (discussions, tallies, mentions) are that meeting's reading of its notes,
replaced whenever it is followed again. Inspections and findings outlive any one meeting, and
findings may be added and changed by hand, each change logged.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from scrutiny.follow.inspection_statuses import STATUSES, is_done
from scrutiny.meetings.models import Meeting, Organisation, Point

KINDS = [
    ("recommendation", "Recommendation"),
    ("afi", "Area for improvement"),
    ("cause of concern", "Cause of concern"),
]
STATUS_CHOICES: list[tuple[str, str]] = [(s, s[:1].upper() + s[1:]) for s in STATUSES]


class Inspection(models.Model):
    """A report on a force (HMICFRS PEEL, a thematic inspection), known by a key that matches
    its rewordings from meeting to meeting. A report whose force could not be told has none."""

    force = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="inspections"
    )
    title = models.TextField()  # as the latest meeting words it
    key = models.TextField()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["force", "key"], name="inspection_key_per_force")
        ]

    def __str__(self) -> str:
        return self.title


class Discussion(models.Model):
    """A meeting's discussion of a report: where it starts, and the report as it was named."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="discussions")
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="inspection_discussions"
    )
    point = models.ForeignKey(Point, null=True, blank=True, on_delete=models.SET_NULL)
    title = models.TextField()
    statement = models.TextField()

    class Meta:
        ordering = ["inspection", "meeting"]
        constraints = [
            models.UniqueConstraint(fields=["inspection", "meeting"], name="discussion_once")
        ]

    def __str__(self) -> str:
        return f"{self.title} at {self.meeting}"


class Tally(models.Model):
    """ "Five of the 14 AFIs had now been met": a count of a report's findings in one status,
    as one meeting reports it. `subject` names a group of them ("Responding to the Public")."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="tallies")
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="inspection_tallies"
    )
    point = models.ForeignKey(Point, null=True, blank=True, on_delete=models.SET_NULL)
    position = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=KINDS)
    count = models.PositiveIntegerField()
    total = models.PositiveIntegerField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=STATUS_CHOICES)
    subject = models.TextField(blank=True, default="")
    statement = models.TextField()

    class Meta:
        ordering = ["inspection", "meeting", "position"]
        verbose_name_plural = "tallies"

    def __str__(self) -> str:
        total = f" of {self.total}" if self.total is not None else ""
        return f"{self.count}{total} {self.kind} {self.status}"

    @property
    def met(self) -> int | None:
        """How many are met (closed, discharged...): the count, or the rest of the total when
        the count is of those still open; None when the notes do not say."""
        if is_done(self.status):
            return self.count
        return self.total - self.count if self.total is not None else None


class Finding(models.Model):
    """A recommendation, AFI or cause of concern of a report. `status`, `evidence` and
    `last_discussed` are where it stands now: from the latest current meeting that reported on
    it, unless someone changed them by hand since."""

    FROM_NOTES = "notes"
    BY_HAND = "hand"
    ORIGINS = [(FROM_NOTES, "Read from the notes"), (BY_HAND, "Added by hand")]

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=16, choices=KINDS)
    text = models.TextField()
    key = models.TextField()  # the text's words, to know it again however it is worded
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, blank=True, default="")
    evidence = models.TextField(blank=True, default="")  # the evidence for closure
    evidence_point = models.ForeignKey(
        Point, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_discussed = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    origin = models.CharField(max_length=5, choices=ORIGINS, default=FROM_NOTES)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="inspection_findings",
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["inspection", "kind", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["inspection", "kind", "key"], name="finding_once")
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def closed(self) -> bool:
        """Met, closed, discharged or the like, as the force reports it."""
        return is_done(self.status)


class FindingMention(models.Model):
    """What one meeting said of a finding: the status it gave (if any), in its words."""

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="mentions")
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="inspection_finding_mentions"
    )
    point = models.ForeignKey(Point, null=True, blank=True, on_delete=models.SET_NULL)
    position = models.PositiveIntegerField()
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, blank=True, default="")
    statement = models.TextField()

    class Meta:
        ordering = ["finding", "meeting", "position"]

    def __str__(self) -> str:
        return f"{self.finding} at {self.meeting}"


class FindingChange(models.Model):
    """A change made by hand: who, when, and what the finding became. Kept for ever."""

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="changes")
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="inspection_changes"
    )
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, blank=True, default="")
    evidence = models.TextField(blank=True, default="")
    what = models.TextField()  # in words: "Added", "Status: open → closed; evidence changed"

    class Meta:
        ordering = ["finding", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.finding_id}: {self.what} by {self.by}"
