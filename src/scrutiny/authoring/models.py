"""A board's set-up (its members, its Police and Crime Plan, its agenda template), papers
uploaded for an item, and the audit trail of every row the notes are written in.

The notes themselves are the same rows an ingested meeting is stored in (scrutiny.meetings),
so an authored meeting is exported, rendered and searched like any other. Every change to them
is kept by django-simple-history, whose historical tables live in this app.
"""

from __future__ import annotations

from django.db import models
from simple_history import register

from scrutiny.accounts.models import Membership
from scrutiny.actions.models import Action
from scrutiny.meetings.models import (
    AgendaItem,
    Attendance,
    Board,
    Discharged,
    Meeting,
    Organisation,
    Paper,
    Point,
    Section,
    Speaker,
)


class BoardSetup(models.Model):
    """What the secretariat decided about their board: its plan's title."""

    board = models.OneToOneField(Board, on_delete=models.CASCADE, related_name="setup")
    plan_title = models.TextField(blank=True, default="")

    def __str__(self) -> str:
        return f"Set-up of {self.board}"


class BoardMember(models.Model):
    """Someone who sits on the board, with the role and abbreviation the notes use for them."""

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="board_members")
    position = models.PositiveIntegerField()
    name = models.TextField()
    role = models.TextField(blank=True, default="")
    abbreviation = models.CharField(max_length=20, blank=True, default="")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["board", "position"]

    def __str__(self) -> str:
        return f"{self.name} ({self.abbreviation or self.role})"


class PlanPriority(models.Model):
    """A priority of the board's Police and Crime Plan: one section of the delivery item."""

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="plan_priorities")
    position = models.PositiveIntegerField()
    title = models.TextField()

    class Meta:
        ordering = ["board", "position"]
        verbose_name_plural = "plan priorities"

    def __str__(self) -> str:
        return self.title


class TemplateItem(models.Model):
    """An item of the board's standard agenda, copied into each meeting it schedules."""

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="template_items")
    position = models.PositiveIntegerField()
    title = models.TextField()
    by_priority = models.BooleanField(default=False)  # one section per plan priority

    class Meta:
        ordering = ["board", "position"]

    def __str__(self) -> str:
        return self.title


# The standard items of a board's agenda (DESIGN.md); the delivery item has a section per
# plan priority.
STANDARD_AGENDA: list[tuple[str, bool]] = [
    ("Welcome & Introduction", False),
    ("Notes of Previous Meeting and Actions", False),
    ("Delivery & Performance", True),
    ("Inspections, Audits and Reviews", False),
    ("People", False),
    ("Finance", False),
    ("Topical Issues", False),
]


class UploadedPaper(models.Model):
    """A paper uploaded for an item; the item's Paper row holds its address on this site."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="uploads")
    paper = models.OneToOneField(Paper, on_delete=models.CASCADE, related_name="upload")
    file = models.FileField(upload_to="papers/%Y/")
    name = models.CharField(max_length=200)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


# The audit trail: who changed which row of the notes (and who was given which role), when, and
# what it was before. The historical models are this app's, so the apps that own the rows need
# no migration for them.
for model in (
    Meeting,
    AgendaItem,
    Section,
    Point,
    Speaker,
    Attendance,
    Paper,
    Action,
    Discharged,
    Membership,
):
    register(
        model, app="scrutiny.authoring", table_name=f"authoring_history_{model._meta.model_name}"
    )

register(BoardMember)
register(PlanPriority)
register(TemplateItem)
