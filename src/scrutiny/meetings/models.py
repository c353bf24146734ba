"""Boards and their meetings, mirroring the `scrutiny.meeting/1` record field for field.

Text read from documents is kept in TextFields: the notes set no limits, and PostgreSQL would
enforce a CharField's. Lists keep the record's order in a `position` column.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class Located(models.Model):
    """Where in the source document a thing was read: the record's optional `where`."""

    page = models.PositiveIntegerField(null=True, blank=True)
    line = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        abstract = True


class Organisation(models.Model):
    """An office (OPCC, PFCC) or a force, as the notes name it."""

    name = models.TextField(unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Board(models.Model):
    """A board as its notes name it ("Performance & Delivery Board"), within its office."""

    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="boards"
    )
    name = models.TextField()
    slug = models.SlugField(max_length=120, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    """Someone who attended or sent apologies; roles change, so they live on Attendance."""

    name = models.TextField()
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="people"
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="person_name")]

    def __str__(self) -> str:
        return self.name


class Meeting(models.Model):
    """One version of one meeting, read from one source document.

    A meeting is (board, date). A later document for the same board and date makes a new
    version: the old one stays, with `is_current` off and `superseded_by` the new one. A meeting
    whose board or date the notes do not state is known by its source document alone.
    """

    # None for a meeting written in Scrutiny itself (scrutiny.authoring): it has no document.
    source = models.OneToOneField(
        "ingestion.SourceDocument",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meeting",
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings"
    )
    board = models.ForeignKey(
        Board, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings"
    )
    date = models.DateField(null=True, blank=True)
    time = models.TextField(null=True, blank=True)
    venue = models.TextField(null=True, blank=True)
    # The record tells "not mentioned" (null) from "mentioned without a date", so the
    # previous and next meetings keep a flag beside their fields.
    previous_meeting_stated = models.BooleanField(default=False)
    previous_meeting_date = models.DateField(null=True, blank=True)
    previous_meeting_approved = models.BooleanField(null=True, blank=True)
    next_meeting_stated = models.BooleanField(default=False)
    next_meeting_date = models.DateField(null=True, blank=True)
    next_meeting_time = models.TextField(null=True, blank=True)

    # Where the meeting is in the office's own cycle. Notes read from a published document are
    # published; only published meetings are ever shown to the public (see visibility.py).
    SCHEDULED = "scheduled"
    AGENDA_PUBLISHED = "agenda_published"
    NOTES_DRAFT = "notes_draft"
    NOTES_AGREED = "notes_agreed"
    PUBLISHED = "published"
    STATUSES = [
        (SCHEDULED, "Scheduled"),
        (AGENDA_PUBLISHED, "Agenda published"),
        (NOTES_DRAFT, "Notes in draft"),
        (NOTES_AGREED, "Notes agreed"),
        (PUBLISHED, "Published"),
    ]
    status = models.CharField(max_length=20, choices=STATUSES, default=PUBLISHED)

    version = models.PositiveIntegerField(default=1)
    is_current = models.BooleanField(default=True)
    # PROTECT: deleting the newer version would leave the older one current in all but name.
    superseded_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="supersedes"
    )

    class Meta:
        ordering = ["-date", "-version"]
        indexes = [models.Index(fields=["board", "date"], name="meeting_board_date")]
        constraints = [
            # Rows with no board or no date are not constrained: NULLs are distinct in SQL,
            # which is what "known by its source document alone" needs.
            models.UniqueConstraint(
                fields=["board", "date"],
                condition=Q(is_current=True),
                name="meeting_one_current_version",
            ),
            models.UniqueConstraint(
                fields=["board", "date", "version"], name="meeting_version_numbered_once"
            ),
            models.CheckConstraint(
                condition=~Q(is_current=True, superseded_by__isnull=False),
                name="meeting_current_is_not_superseded",
            ),
        ]

    def __str__(self) -> str:
        board = self.board.name if self.board else "Board not stated"
        date = self.date.isoformat() if self.date else "date not stated"
        return f"{board}, {date} (version {self.version})"


class Attendance(models.Model):
    PRESENT = "present"
    APOLOGIES = "apologies"
    KINDS = [(PRESENT, "Present"), (APOLOGIES, "Apologies")]

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendance")
    kind = models.CharField(max_length=10, choices=KINDS)
    position = models.PositiveIntegerField()
    role = models.TextField(null=True, blank=True)
    abbreviation = models.TextField(null=True, blank=True)

    class Meta:
        ordering = ["meeting", "kind", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "kind", "position"], name="attendance_position"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.kind})"


class Discharged(models.Model):
    """An earlier action the meeting recorded as discharged."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="discharged")
    position = models.PositiveIntegerField()
    text = models.TextField()
    note = models.TextField(null=True, blank=True)

    class Meta:
        ordering = ["meeting", "position"]
        verbose_name_plural = "discharged actions"

    def __str__(self) -> str:
        return self.text


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    number = models.TextField(null=True, blank=True)
    title = models.TextField()
    presenter = models.TextField(null=True, blank=True)
    # An exempt item: its sections, points, papers and actions are never shown to the public.
    private = models.BooleanField(default=False)

    class Meta:
        ordering = ["meeting", "position"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "position"], name="item_position")
        ]

    def __str__(self) -> str:
        return f"{self.number or '-'}. {self.title}"


class Paper(models.Model):
    """A paper an item refers to, by its address as written."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="papers")
    position = models.PositiveIntegerField()
    url = models.TextField()

    class Meta:
        ordering = ["item", "position"]

    def __str__(self) -> str:
        return self.url


class Section(models.Model):
    """Part of an item, under a heading (a plan priority) or none."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveIntegerField()
    heading = models.TextField(null=True, blank=True)

    class Meta:
        ordering = ["item", "position"]

    def __str__(self) -> str:
        return self.heading or "(no heading)"


class Point(Located):
    QUESTION = "question"
    COMMENDATION = "commendation"
    STATEMENT = "statement"
    KINDS = [(QUESTION, "Question"), (COMMENDATION, "Commendation"), (STATEMENT, "Statement")]

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="points")
    position = models.PositiveIntegerField()
    text = models.TextField()
    kind = models.CharField(max_length=12, choices=KINDS)

    class Meta:
        ordering = ["section", "position"]

    def __str__(self) -> str:
        return self.text[:80]


class Speaker(models.Model):
    """Who speaks in a point, in order of first appearance: an abbreviation ("CC") or a name."""

    point = models.ForeignKey(Point, on_delete=models.CASCADE, related_name="speakers")
    position = models.PositiveIntegerField()
    name = models.TextField()

    class Meta:
        ordering = ["point", "position"]
        indexes = [models.Index(fields=["name"], name="speaker_name")]

    def __str__(self) -> str:
        return self.name
