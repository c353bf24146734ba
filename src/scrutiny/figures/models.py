"""The figures a meeting's notes quote, as the record holds them, and the series they form.

A series is one board's measure, quoted meeting after meeting ("FTE officers"). Figures join
it by their subject's key (`scrutiny.follow.subjects`); staff may merge two series or split
figures out of one by hand, and every such change is kept (`SeriesChange`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from scrutiny.meetings.models import AgendaItem, Board, Located, Meeting


class Series(models.Model):
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="series")
    # The subject key figures join by; None for a series made by hand (a split), which only a
    # hand change fills.
    key = models.TextField(null=True, blank=True)
    name = models.TextField()  # as the notes first worded it: "average days lost per officer"
    unit = models.TextField()  # as the record writes it: "%", "FTE", "count", "£", "days"
    # A series merged into another keeps its key, so later figures with that key find the
    # series it now lives on.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged"
    )

    class Meta:
        ordering = ["board", "name", "pk"]
        verbose_name_plural = "series"
        constraints = [
            models.UniqueConstraint(
                fields=["board", "key"], condition=Q(key__isnull=False), name="series_key_once"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def live(self) -> Series:
        """The series this one's figures now live on: itself, or what it was merged into."""
        series, seen = self, {self.pk}
        while series.merged_into is not None and series.merged_into.pk not in seen:
            series = series.merged_into
            seen.add(series.pk)
        return series


class Figure(Located):
    MEASURED = "measured"
    APPROXIMATE = "approximate"
    GOAL = "goal"
    FIRMNESS = [(MEASURED, "Measured"), (APPROXIMATE, "Approximate"), (GOAL, "Goal or forecast")]
    UP = "up"
    DOWN = "down"
    DIRECTIONS = [("", "Level"), (UP, "Rise"), (DOWN, "Fall")]

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

    # Read from the figure's point when the meeting is followed (`figures.series`).
    series = models.ForeignKey(
        Series, null=True, blank=True, on_delete=models.SET_NULL, related_name="figures"
    )
    series_pinned = models.BooleanField(default=False)  # put there by hand: left alone
    period_key = models.TextField(null=True, blank=True)  # "months:2024-04/2025-03"
    period_text = models.TextField(null=True, blank=True)  # as written: "2024/25"
    direction = models.CharField(max_length=4, choices=DIRECTIONS, blank=True, default="")
    firmness = models.CharField(max_length=11, choices=FIRMNESS, default=MEASURED)
    # The heading it was quoted under (its point's section, else its item's title): boards
    # report a measure under the same plan priority from meeting to meeting.
    heading = models.TextField(null=True, blank=True)

    class Meta:
        ordering = ["meeting", "position"]

    def __str__(self) -> str:
        return f"{self.text} {self.subject or ''}".strip()

    @property
    def series_value(self) -> float:
        """The value as the series plots it: a fall is negative."""
        return -self.value if self.direction == self.DOWN else self.value


class Contradiction(models.Model):
    """Two figures of one series, from different meetings, for one period, that disagree.
    Stored both ways round, so each figure lists the others it differs from in one query."""

    figure = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="contradictions")
    other = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="contradicted_by")
    period = models.TextField()  # the period key both were quoted for

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["figure", "other"], name="contradiction_once")
        ]

    def __str__(self) -> str:
        return f"{self.figure} / {self.other}"


class SeriesChange(models.Model):
    """A hand change to a board's series: who made it, when, and which figures moved."""

    MERGE = "merge"
    SPLIT = "split"
    KINDS = [(MERGE, "Merge"), (SPLIT, "Split")]

    # A merge is logged on the series that received the figures, a split on the one they left.
    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="changes")
    # The series merged in, or split out (kept by name too, should it go).
    other = models.ForeignKey(
        Series, null=True, blank=True, on_delete=models.SET_NULL, related_name="changes_as_other"
    )
    other_name = models.TextField()
    kind = models.CharField(max_length=5, choices=KINDS)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    username = models.TextField()  # kept should the account go
    at = models.DateTimeField(default=timezone.now)
    figures = models.ManyToManyField(Figure, related_name="series_changes")

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.other_name} ({self.username}, {self.at:%Y-%m-%d})"
