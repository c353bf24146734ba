"""Follow a stored meeting's mentions of inspections into the register."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from scrutiny.follow.inspection_findings import finding_key
from scrutiny.follow.inspection_reports import Report, same_report, years_of
from scrutiny.follow.inspections import Evidence, InspectionReading, read_inspections
from scrutiny.inspections.models import Discussion, Finding, FindingMention, Inspection, Tally
from scrutiny.inspections.standing import settle
from scrutiny.meetings.layout import Layout, read_layout
from scrutiny.meetings.models import Meeting, Organisation
from scrutiny.record import MeetingRecord

PointKey = tuple[int, int, int]  # item, section and point positions


def follow_inspections(
    meeting: Meeting,
    record: MeetingRecord,
    layout: Layout | None = None,
    *,
    fresh: bool = False,
    reading: InspectionReading | None = None,
) -> None:
    """Record what `meeting` (read as `record`) says of inspection reports and their findings.

    The meeting's own rows, and those of the version it replaced, go first, so following it
    again changes nothing; only a current meeting's reading is kept. Then every finding and
    report it touched is brought up to date with the latest current meeting. `fresh`: the
    meeting was stored just now and has no rows of its own to clear. `reading`: what
    `read_inspections` made of `record` already, if the caller has it."""
    touched: set[int] = set()
    if not fresh:
        touched = _clear(Meeting.objects.filter(Q(pk=meeting.pk) | Q(superseded_by=meeting)))
    elif meeting.version > 1:  # a first version replaces nothing
        touched = _clear(Meeting.objects.filter(superseded_by=meeting))
    if meeting.is_current:
        rows = layout or read_layout(meeting)
        if reading is None:
            reading = read_inspections(record)
        touched |= _Recorder(meeting, rows).record(reading)
    if touched:
        settle(touched)


def _clear(meetings: QuerySet[Meeting]) -> set[int]:
    discussions = Discussion.objects.filter(meeting__in=meetings)
    tallies = Tally.objects.filter(meeting__in=meetings)
    mentions = FindingMention.objects.filter(meeting__in=meetings)
    touched = set(discussions.values_list("inspection_id", flat=True))
    touched |= set(tallies.values_list("inspection_id", flat=True))
    touched |= set(mentions.values_list("finding__inspection_id", flat=True))
    discussions.delete()
    tallies.delete()
    mentions.delete()
    return touched


class _Recorder:
    """One meeting's reading into rows, finding each report's inspection once."""

    def __init__(self, meeting: Meeting, layout: Layout) -> None:
        self.meeting = meeting
        self.points: dict[PointKey, int] = {
            (item.position, section.position, point.position): point.pk
            for item, section, point in layout.rows()
        }
        self.discussed: set[int] = set()
        self.force_name: str | None = None
        self.forces: dict[str | None, Organisation | None] = {}  # by name, found once each

    def record(self, reading: InspectionReading) -> set[int]:
        self.force_name = reading.force
        for mention in reading.mentions:
            self._discuss(self._inspection(mention.report), mention.report, mention.evidence)
        for position, tally in enumerate(reading.tallies):
            if tally.report is None:
                continue
            inspection = self._inspection(tally.report)
            self._discuss(inspection, tally.report, tally.evidence)
            Tally.objects.create(
                inspection=inspection,
                meeting=self.meeting,
                point_id=self._point(tally.evidence),
                position=position,
                kind=tally.kind,
                count=tally.count,
                total=tally.total,
                status=tally.status,
                subject=tally.subject or "",
                statement=tally.evidence.sentence,
            )
        for position, named in enumerate(reading.findings):
            if named.report is None:
                continue
            inspection = self._inspection(named.report)
            self._discuss(inspection, named.report, named.evidence)
            finding, _ = Finding.objects.get_or_create(
                inspection=inspection,
                kind=named.kind,
                key=finding_key(named.name),
                defaults={"text": named.name},
            )
            FindingMention.objects.create(
                finding=finding,
                meeting=self.meeting,
                point_id=self._point(named.evidence),
                position=position,
                status=named.status or "",
                statement=named.evidence.sentence,
            )
        return self.discussed

    def _discuss(self, inspection: Inspection, report: Report, evidence: Evidence) -> None:
        if inspection.pk in self.discussed:
            return
        self.discussed.add(inspection.pk)
        Discussion.objects.create(
            inspection=inspection,
            meeting=self.meeting,
            point_id=self._point(evidence),
            title=report.title,
            statement=evidence.sentence,
        )

    def _point(self, evidence: Evidence) -> int | None:
        place = evidence.place
        return self.points.get((place.item_index, place.section_index, place.point_index))

    def _inspection(self, report: Report) -> Inspection:
        # The force is made a row only when a report needs it.
        name = report.force or self.force_name
        if name not in self.forces:
            self.forces[name] = _organisation(name)
        return inspection_for(self.forces[name], report)


def inspection_for(force: Organisation | None, report: Report) -> Inspection:
    """The force's inspection this report is, made if new. A report named without its years
    ("PEEL") is the force's latest with them ("PEEL 2023/25"); one named with years takes over
    an inspection known so far without them."""
    candidates = list(Inspection.objects.filter(force=force))
    exact = next((c for c in candidates if c.key == report.key), None)
    if exact is not None:
        return exact
    same = [c for c in candidates if same_report(c.key, report.key)]
    if not same:
        return Inspection.objects.create(force=force, key=report.key, title=report.title)
    if years_of(report.key):
        adopted = same[0]  # the one known without years
        adopted.key = report.key
        adopted.save(update_fields=["key"])
        return adopted
    return max(same, key=lambda c: (years_of(c.key), c.pk))


def _organisation(name: str | None) -> Organisation | None:
    if not name:
        return None
    return Organisation.objects.get_or_create(name=name)[0]
