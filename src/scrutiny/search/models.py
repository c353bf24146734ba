"""One row per searchable thing of a current meeting: what the full-text indexes are built on.

The full-text index itself is the database's own: on SQLite an FTS5 table kept in step with
this one by triggers, on PostgreSQL the `vector` column and its GIN index (see the
migrations). Rows are derived data: `services` writes them, `scrutiny manage reindex` rebuilds
them, and nothing else edits them.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from scrutiny.actions.models import Action
from scrutiny.figures.models import Figure
from scrutiny.meetings.models import AgendaItem, Meeting, Point


class Entry(models.Model):
    POINT = "point"
    ACTION = "action"
    ITEM = "item"
    FIGURE = "figure"
    KINDS = [(POINT, "Point"), (ACTION, "Action"), (ITEM, "Agenda item"), (FIGURE, "Figure")]

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="search_entries")
    kind = models.CharField(max_length=6, choices=KINDS)
    # The item a thing belongs to (an item's entry names itself), and the thing's own row, by
    # its kind: results link to them, and the kind and speaker filters read the point.
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    point = models.ForeignKey(
        Point, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    action = models.ForeignKey(
        Action, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    figure = models.ForeignKey(
        Figure, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    text = models.TextField()
    # PostgreSQL's parsed text, set by `services` when rows are written; NULL on SQLite, whose
    # FTS5 table holds the index instead.
    vector = SearchVectorField(null=True, blank=True)

    class Meta:
        ordering = ["meeting", "pk"]

    def __str__(self) -> str:
        return f"{self.kind}: {self.text[:60]}"
