"""Writes to figures: every Figure row is made here."""

from __future__ import annotations

from scrutiny.figures.models import Figure
from scrutiny.meetings.models import Meeting
from scrutiny.meetings.services import items_by_number
from scrutiny.record import Figure as RecordFigure


def add_figures(meeting: Meeting, figures: list[RecordFigure]) -> list[Figure]:
    """Store the figures a meeting quotes in the record's order, linked to their items."""
    items = items_by_number(meeting)
    return Figure.objects.bulk_create(
        Figure(
            meeting=meeting,
            position=position,
            text=figure.text,
            value=figure.value,
            unit=figure.unit,
            subject=figure.subject,
            item_number=figure.item,
            item=items.get(figure.item) if figure.item else None,
            page=figure.where.page if figure.where else None,
            line=figure.where.line if figure.where else None,
        )
        for position, figure in enumerate(figures)
    )
