"""Writes to figures: every Figure row is made here, and every hand change to a series."""

from __future__ import annotations

from django.contrib.auth.models import User

from scrutiny.figures.models import Figure, Series, SeriesChange
from scrutiny.figures.series import refresh_contradictions
from scrutiny.meetings.layout import Layout
from scrutiny.meetings.models import Meeting
from scrutiny.meetings.services import items_by_number
from scrutiny.record import Figure as RecordFigure


def add_figures(
    meeting: Meeting, figures: list[RecordFigure], layout: Layout | None = None
) -> list[Figure]:
    """Store the figures a meeting quotes in the record's order, linked to their items."""
    return Figure.objects.bulk_create(new_figures(meeting, figures, layout))


def new_figures(
    meeting: Meeting, figures: list[RecordFigure], layout: Layout | None = None
) -> list[Figure]:
    """The figures a meeting quotes, not saved yet, in the record's order, linked to their
    items (read unless `layout`, the meeting's rows as just stored, holds them); following the
    meeting up saves them (scrutiny.figures.series.follow_figures)."""
    items = layout.items_by_number() if layout is not None else items_by_number(meeting)
    return [
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
    ]


class SeriesChangeRefused(ValueError):
    """A hand change the rules do not allow; the message says why, for the person making it,
    and `field` which of their choices it is about."""

    def __init__(self, message: str, field: str = "figures") -> None:
        super().__init__(message)
        self.field = field


def merge_series(source: Series, target: Series, user: User) -> SeriesChange:
    """Move every figure of `source` into `target` (same board, same unit) and keep `source`
    as a pointer, so figures that later join by its key land in `target` too."""
    if source.pk == target.pk:
        raise SeriesChangeRefused("Choose a different series to merge into", "target")
    if source.board_id != target.board_id or source.unit != target.unit:
        raise SeriesChangeRefused("Choose a series of the same board and unit", "target")
    if source.merged_into_id is not None or target.merged_into_id is not None:
        raise SeriesChangeRefused("That series has already been merged into another", "target")
    moved = list(source.figures.all())
    source.figures.update(series=target, series_pinned=True)
    Series.objects.filter(merged_into=source).update(merged_into=target)
    source.merged_into = target
    source.save(update_fields=["merged_into"])
    change = _log(target, source, SeriesChange.MERGE, user, moved)
    refresh_contradictions({source.pk, target.pk})
    return change


def split_series(series: Series, figures: list[Figure], name: str, user: User) -> Series:
    """Move `figures` out of `series` into a new series called `name`; the rules leave them
    there (pinned), and the new series takes no figures by itself."""
    name = " ".join(name.split())
    if not name:
        raise SeriesChangeRefused("Enter a name for the new series", "name")
    if not figures:
        raise SeriesChangeRefused("Select the figures to move to the new series")
    if any(f.series_id != series.pk for f in figures):
        raise SeriesChangeRefused("Select figures of this series only")
    if (
        series.figures.filter(meeting__is_current=True)
        .exclude(pk__in=[f.pk for f in figures])
        .count()
        == 0
    ):
        raise SeriesChangeRefused("Leave at least one figure in this series")
    if Series.objects.filter(
        board_id=series.board_id, merged_into=None, name__iexact=name
    ).exists():
        raise SeriesChangeRefused("This board already has a series with that name", "name")
    created = Series.objects.create(board_id=series.board_id, key=None, name=name, unit=series.unit)
    Figure.objects.filter(pk__in=[f.pk for f in figures]).update(series=created, series_pinned=True)
    _log(series, created, SeriesChange.SPLIT, user, figures)
    refresh_contradictions({series.pk, created.pk})
    return created


def _log(
    series: Series, other: Series, kind: str, user: User, figures: list[Figure]
) -> SeriesChange:
    change = SeriesChange.objects.create(
        series=series,
        other=other,
        other_name=other.name,
        kind=kind,
        user=user,
        username=user.get_username(),
    )
    change.figures.set(figures)
    return change
