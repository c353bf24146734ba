"""How each question was answered, what it was about, and what the force promised.

Every row here is derived from a stored meeting by `services.follow_questions` and can be made
again from it, except the decisions staff take on commitments, which are carried from version to
version of a meeting.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from scrutiny.actions.models import Action
from scrutiny.meetings.models import Board, Meeting, Point, Section


class Topic(models.Model):
    """A subject in the taxonomy (`scrutiny/follow/topics.toml`), kept in step with the file."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.TextField()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Priority(models.Model):
    """A plan priority of one board: every heading whose key (scrutiny.follow.priorities) is
    this one's, or close enough to it. `name` is the wording of its latest meeting."""

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="priorities")
    key = models.TextField()
    name = models.TextField()
    named_on = models.DateField(null=True, blank=True)  # the meeting `name` is worded as

    class Meta:
        ordering = ["board", "name"]
        verbose_name_plural = "priorities"
        constraints = [models.UniqueConstraint(fields=["board", "key"], name="priority_key_once")]

    def __str__(self) -> str:
        return self.name


class PrioritySection(models.Model):
    """A section of a meeting (or a headingless item's questions) under a priority: the
    priority was on that meeting's agenda. `key` is the heading's own key, so the heading finds
    the same priority again however many priorities the board gains later."""

    section = models.OneToOneField(Section, on_delete=models.CASCADE, related_name="priority_link")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="priority_links")
    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="sections")
    key = models.TextField()

    class Meta:
        indexes = [models.Index(fields=["priority", "meeting"], name="priority_section_meeting")]

    def __str__(self) -> str:
        return f"{self.section} ~ {self.priority}"


class Question(models.Model):
    ANSWERED = "answered"
    PARTLY = "partly"
    DEFERRED = "deferred"
    GRADES = [(ANSWERED, "Answered"), (PARTLY, "Partly answered"), (DEFERRED, "Deferred")]

    point = models.OneToOneField(Point, on_delete=models.CASCADE, related_name="question")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="questions")
    item_number = models.TextField(null=True, blank=True)
    # None where the notes record no reply.
    grade = models.CharField(max_length=8, choices=GRADES, null=True, blank=True)
    asker = models.TextField(null=True, blank=True)  # the board member who asked, as a label
    # What the question falls under: the section heading, or the item title without one.
    heading = models.TextField()
    priority = models.ForeignKey(
        Priority, null=True, blank=True, on_delete=models.SET_NULL, related_name="questions"
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="questions")

    class Meta:
        ordering = ["meeting", "point"]
        indexes = [models.Index(fields=["meeting", "grade"], name="question_meeting_grade")]

    def __str__(self) -> str:
        return f"{self.point} ({self.grade or 'no reply'})"


class Commitment(models.Model):
    """A statement offering something to the board, or putting an explanation off, that the
    notes' action log lacks: a candidate action until staff accept or dismiss it."""

    OFFER = "offer"
    DEFERRAL = "deferral"
    KINDS = [(OFFER, "Offer"), (DEFERRAL, "Deferred explanation")]

    PENDING = "pending"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
    DECISIONS = [(PENDING, "Waiting for review"), (ACCEPTED, "Accepted"), (DISMISSED, "Dismissed")]

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="commitments")
    point = models.ForeignKey(Point, on_delete=models.CASCADE, related_name="commitments")
    item_number = models.TextField(null=True, blank=True)
    statement = models.TextField()  # the point's text
    phrase = models.TextField()  # the words that make it a commitment
    speaker = models.TextField(null=True, blank=True)
    kind = models.CharField(max_length=8, choices=KINDS)
    decision = models.CharField(max_length=9, choices=DECISIONS, default=PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commitment_decisions",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    action = models.ForeignKey(
        Action, null=True, blank=True, on_delete=models.SET_NULL, related_name="commitments"
    )

    class Meta:
        ordering = ["meeting", "point", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["point", "kind"], name="commitment_point_kind_once")
        ]
        indexes = [models.Index(fields=["decision", "meeting"], name="commitment_decision")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.statement[:60]} ({self.decision})"
