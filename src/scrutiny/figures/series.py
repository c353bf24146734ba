"""Figures into series: the same subject, quoted meeting after meeting on one board.

Runs for every stored meeting (`scrutiny.ingestion.follow_up`) and again for all of them by
`scrutiny manage follow`, so it is idempotent: each figure is read again from its point, and
every figure not pinned by hand is put where the rules put it now. A meeting with no board joins
no series. A superseded version keeps its figures and their series as history; the series pages
and the contradictions count only current meetings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from django.db.models import Q

from scrutiny.figures.context import points_of, read_figure
from scrutiny.figures.models import Contradiction, Figure, Series
from scrutiny.follow.contradictions import Quoted, contradicts
from scrutiny.follow.subjects import keys_match, narrower_or_broader, series_key
from scrutiny.meetings.layout import Layout
from scrutiny.meetings.models import Board, Meeting

_READ_FIELDS = [
    "period_key",
    "period_text",
    "direction",
    "firmness",
    "heading",
    "series",
    "series_pinned",
]


def follow_figures(
    meeting: Meeting,
    replaced: Meeting | None,
    layout: Layout | None = None,
    new: list[Figure] | None = None,
) -> None:
    """Put `meeting`'s figures into their board's series and flag contradictions.

    `new`: the meeting's figures not saved yet (a meeting being stored), inserted here once
    read and placed, rather than inserted bare and each updated; otherwise the stored ones are
    followed again."""
    touched: set[int] = set()
    if replaced is not None:
        touched |= _series_of(replaced.figures.all())
    if new is None:
        figures = list(meeting.figures.select_related("item").order_by("position"))
    else:
        figures = new
    if replaced is not None:
        _keep_hand_changes(figures, list(replaced.figures.filter(series_pinned=True)))
    board = meeting.board if meeting.is_current else None
    index = SeriesIndex(board, meeting) if board is not None else None
    places = points_of(meeting, figures, layout)
    # What the stored figures said, to write only those that change (new ones are inserted).
    before = {} if new is not None else {f.position: _read_state(f) for f in figures}
    for figure in figures:
        read_figure(figure, places.get(figure.position), meeting)
        if figure.series_id is not None:
            touched.add(figure.series_id)
        if not figure.series_pinned:
            figure.series = index.series_for(figure) if index is not None else None
        if figure.series_id is not None:
            touched.add(figure.series_id)
    if index is not None and index.save():
        # The series this meeting started have keys now: the figures that joined them, too.
        for figure in figures:
            if figure.series_id is None and figure.series is not None:
                figure.series = figure.series
                touched.add(figure.series.pk)
    if new is not None:
        Figure.objects.bulk_create(figures)
    else:
        # One small update per figure that changed: Django's bulk_update builds a CASE per
        # field per row, which costs far more than the writes themselves, and following a
        # meeting again changes (and writes) nothing.
        for figure in figures:
            if _read_state(figure) != before[figure.position]:
                figure.save(update_fields=_READ_FIELDS)
    if new is not None and replaced is None:
        # A first version's figures are new to the board, whose other figures were compared
        # with each other before: only pairs with one of them can be new. Every series they
        # touched holds one of them, so none is left empty.
        refresh_contradictions(touched, involving={f.pk for f in figures})
        return
    refresh_contradictions(touched)
    _drop_empty(touched)


class SeriesIndex:
    """A board's series by key, to find (or start) the series a figure of `meeting` joins.

    The headings other meetings quoted each series under are read once, when a figure first
    needs them; the series this meeting's own figures join are noted as they are placed, so
    following a meeting again places them as the first time. The series its figures start are
    inserted together by `save`.
    """

    def __init__(self, board: Board, meeting: Meeting) -> None:
        self.board = board
        self.meeting = meeting
        self.keyed = {
            s.key: s
            for s in Series.objects.filter(board=board, key__isnull=False).order_by("pk")
            if s.key
        }
        self.placed: dict[str, Series] = {}  # this meeting's keys, each in one series
        self.quoted_here: set[int] = set()  # the stored series this meeting's figures joined
        self.made: list[Series] = []  # started for this meeting's figures, not saved yet
        self._headings: dict[int, set[str]] | None = None

    def save(self) -> bool:
        """Insert the series started since the last save; whether there were any."""
        made, self.made = self.made, []
        Series.objects.bulk_create(made)
        return bool(made)

    def headings(self) -> dict[int, set[str]]:
        """The headings other meetings quoted each of the board's series under."""
        if self._headings is None:
            self._headings = defaultdict(set)
            # By the series' ids, not a join to them: the figures' index on series then serves
            # however stale the planner's idea of the tables' sizes (a bulk load outruns
            # ANALYZE).
            series_ids = list(Series.objects.filter(board=self.board).values_list("pk", flat=True))
            quoted = Figure.objects.filter(series_id__in=series_ids, heading__isnull=False)
            quoted = quoted.exclude(meeting=self.meeting)
            for series_id, heading in quoted.values_list("series_id", "heading").distinct():
                if heading:
                    self._headings[series_id].add(_loose(heading))
        return self._headings

    def series_for(self, figure: Figure) -> Series | None:
        """The series whose key means the same as the figure's subject (in its unit, as a level
        or a change), started if the board has none. A goal joins none: it is not a value of
        what it aims at. Nor does a figure with no subject, which says nothing of what it is."""
        if not figure.subject or figure.firmness == Figure.GOAL:
            return None
        key = series_key(figure.subject, figure.unit, change=bool(figure.direction))
        if not key:
            return None
        series = self.placed.get(key) or self.keyed.get(key)
        if series is None:
            series = next((s for k, s in self.keyed.items() if keys_match(k, key)), None)
        if series is None:
            series = self._reworded(figure, key)
        if series is None:
            series = Series(board=self.board, key=key, name=_name(figure), unit=figure.unit)
            self.keyed[key] = series
            self.made.append(series)
        series = series.live()
        self.placed[key] = series
        if series.pk is not None:
            self.quoted_here.add(series.pk)
        return series

    def _reworded(self, figure: Figure, key: str) -> Series | None:
        """The one series quoted under the figure's heading, at other meetings only, whose
        subject says the same with words added or left out; none when no series, or more than
        one, fits. A series this meeting already quotes is not this figure reworded: one set of
        notes naming "AFIs" and "Responding to the Public AFIs" means two things."""
        if not figure.heading:
            return None
        heading = _loose(figure.heading)
        fitting = set()
        for k, candidate in self.keyed.items():
            if candidate.pk is None:
                continue  # started by this meeting: no other meeting quoted it
            if not narrower_or_broader(key, figure.unit, k, candidate.unit):
                continue
            live = candidate.live()
            if live.pk not in self.quoted_here and heading in self.headings()[live.pk]:
                fitting.add(live)
        return fitting.pop() if len(fitting) == 1 else None


def _loose(text: str) -> str:
    return " ".join(text.lower().split())


def _name(figure: Figure) -> str:
    subject = " ".join((figure.subject or "").split())
    said_as_change = "change" in series_key(subject, figure.unit).split()
    if figure.direction and not said_as_change:
        return f"change in {subject}"  # "drug offences had increased by 8.9%"
    return subject


def _keep_hand_changes(figures: list[Figure], pinned: list[Figure]) -> None:
    """A new version of the notes keeps the hand changes made to the old one's figures: each
    pinned figure passes its series to the new figure written alike, in order."""
    waiting: dict[tuple[str, str, str | None], list[Figure]] = defaultdict(list)
    for old in sorted(pinned, key=lambda f: f.position):
        waiting[(old.text, old.unit, old.subject)].append(old)
    for figure in figures:
        matches = waiting.get((figure.text, figure.unit, figure.subject))
        if matches and not figure.series_pinned:
            figure.series_id = matches.pop(0).series_id
            figure.series_pinned = True


def _read_state(figure: Figure) -> tuple[object, ...]:
    return tuple(getattr(figure, "series_id" if n == "series" else n) for n in _READ_FIELDS)


def _series_of(figures: Iterable[Figure]) -> set[int]:
    return {f.series_id for f in figures if f.series_id is not None}


def refresh_contradictions(series_ids: set[int], involving: set[int] | None = None) -> None:
    """Flag again every contradiction within these series: figures from different current
    meetings, quoted for one period, that cannot both be right. With `involving`, figures just
    stored: only their pairs are looked for, as the others' are already flagged."""
    if not series_ids:
        return
    if involving is None:
        Contradiction.objects.filter(
            Q(figure__series_id__in=series_ids) | Q(other__series_id__in=series_ids)
        ).delete()
    comparable = (
        Figure.objects.filter(
            series_id__in=series_ids, meeting__is_current=True, period_key__isnull=False
        )
        .exclude(firmness=Figure.GOAL)
        .order_by("pk")
    )
    by_period: dict[tuple[int | None, str | None], list[Figure]] = defaultdict(list)
    for figure in comparable:
        by_period[(figure.series_id, figure.period_key)].append(figure)
    found = [
        (a, b)
        for group in by_period.values()
        for a, b in combinations(group, 2)
        if involving is None or a.pk in involving or b.pk in involving
        if a.meeting_id != b.meeting_id and contradicts(_quoted(a), _quoted(b))
    ]
    Contradiction.objects.bulk_create(
        Contradiction(figure=one, other=another, period=one.period_key or "")
        for a, b in found
        for one, another in ((a, b), (b, a))
    )


def _quoted(figure: Figure) -> Quoted:
    return Quoted(figure.text, figure.series_value, figure.firmness == Figure.MEASURED)


def _drop_empty(series_ids: set[int]) -> None:
    """Series the rules started and no figure is left in; a series with any hand change or a
    merged key stays, so its history does."""
    Series.objects.filter(
        pk__in=series_ids,
        key__isnull=False,
        merged_into__isnull=True,
        figures=None,
        changes=None,
        changes_as_other=None,
        merged=None,
    ).delete()
