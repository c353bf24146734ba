"""What the inspections pages show: forces and their reports, each report's tallies by meeting,
its findings, and a finding's history. Only current meetings count."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.text import slugify

from scrutiny.inspections.models import (
    Discussion,
    Finding,
    FindingChange,
    FindingMention,
    Inspection,
    Tally,
)
from scrutiny.inspections.standing import meeting_order
from scrutiny.meetings.models import Meeting, Organisation

# The address of the reports whose force the notes did not let us tell.
NO_FORCE = "force-not-identified"
NO_FORCE_NAME = "Force not identified"
_PLURALS = {
    "afi": ("AFI", "AFIs"),
    "recommendation": ("recommendation", "recommendations"),
    "cause of concern": ("cause of concern", "causes of concern"),
}


@dataclass(frozen=True)
class Force:
    name: str
    slug: str
    organisation: Organisation | None


@dataclass(frozen=True)
class TallyLine:
    tally: Tally
    text: str  # "9 of 14 AFIs met"


@dataclass
class MeetingReport:
    """What one meeting said of a report: its tallies, and where the discussion starts."""

    meeting: Meeting
    discussion: Discussion | None
    tallies: list[TallyLine] = field(default_factory=list)


@dataclass
class Report:
    inspection: Inspection
    history: list[MeetingReport]  # newest meeting first
    findings: list[Finding]

    @property
    def last_discussed(self) -> Meeting | None:
        return self.history[0].meeting if self.history else None

    @property
    def latest(self) -> list[TallyLine]:
        """The latest count of each kind of finding for the report as a whole."""
        seen: dict[str, TallyLine] = {}
        for entry in self.history:
            for line in entry.tallies:
                if not line.tally.subject and line.tally.kind not in seen:
                    seen[line.tally.kind] = line
        return list(seen.values())


@dataclass
class ForceRegister:
    force: Force
    reports: list[Report]


def force_of(organisation: Organisation | None) -> Force:
    if organisation is None:
        return Force(NO_FORCE_NAME, NO_FORCE, None)
    return Force(
        organisation.name, slugify(organisation.name) or str(organisation.pk), organisation
    )


def find_force(slug: str) -> Force:
    """The force at this address: one with reports in the register (or none, for NO_FORCE)."""
    if slug == NO_FORCE and Inspection.objects.filter(force=None).exists():
        return force_of(None)
    forces = Organisation.objects.filter(inspections__isnull=False).distinct()
    for organisation in forces:
        if force_of(organisation).slug == slug:
            return force_of(organisation)
    raise Http404("No force with inspections at this address")


def registers() -> list[ForceRegister]:
    """Every force with its reports, forces by name (the unidentified last)."""
    inspections = Inspection.objects.select_related("force")
    by_force: dict[int | None, list[Report]] = defaultdict(list)
    forces: dict[int | None, Force] = {}
    for report in _reports(inspections, with_findings=False):
        force = report.inspection.force
        forces[force.pk if force else None] = force_of(force)
        by_force[force.pk if force else None].append(report)
    order = sorted(forces, key=lambda pk: (pk is None, forces[pk].name.lower()))
    return [ForceRegister(forces[pk], by_force[pk]) for pk in order]


def force_register(force: Force) -> ForceRegister:
    inspections = Inspection.objects.filter(force=force.organisation).select_related("force")
    return ForceRegister(force, _reports(inspections, with_findings=True))


def _reports(inspections: QuerySet[Inspection], *, with_findings: bool) -> list[Report]:
    """Reports, the latest discussed first; each with its meetings newest first."""
    rows = list(inspections)
    ids = [i.pk for i in rows]
    entries: dict[tuple[int, int], MeetingReport] = {}
    discussions = Discussion.objects.filter(inspection__in=ids, meeting__is_current=True)
    for discussion in discussions.select_related("meeting__board", "point"):
        key = (discussion.inspection_id, discussion.meeting_id)
        entries[key] = MeetingReport(discussion.meeting, discussion)
    tallies = Tally.objects.filter(inspection__in=ids, meeting__is_current=True)
    for tally in tallies.select_related("meeting__board").order_by("position"):
        key = (tally.inspection_id, tally.meeting_id)
        line = TallyLine(tally, tally_text(tally))
        entries.setdefault(key, MeetingReport(tally.meeting, None)).tallies.append(line)
    history: dict[int, list[MeetingReport]] = defaultdict(list)
    for (inspection_id, _), entry in entries.items():
        history[inspection_id].append(entry)
    findings: dict[int, list[Finding]] = defaultdict(list)
    if with_findings:
        found = Finding.objects.filter(inspection__in=ids).select_related("last_discussed__board")
        for finding in found.order_by("kind", "pk"):
            findings[finding.inspection_id].append(finding)
    reports = []
    for inspection in rows:
        meetings = sorted(history[inspection.pk], key=lambda e: meeting_order(e.meeting))
        reports.append(Report(inspection, meetings[::-1], findings[inspection.pk]))
    reports.sort(key=_newest_first)
    return reports


def _newest_first(report: Report) -> tuple[bool, Date, str]:
    meeting = report.last_discussed
    day = meeting.date if meeting and meeting.date else Date.min
    return (meeting is None, Date.max - (day - Date.min), report.inspection.title.lower())


def tally_text(tally: Tally) -> str:
    """ "9 of 14 AFIs met", "3 of 4 ‘Responding to the Public’ AFIs closed"."""
    one, many = _PLURALS.get(tally.kind, (tally.kind, tally.kind))
    number = tally.total if tally.total is not None else tally.count
    noun = one if number == 1 else many
    if tally.subject:
        noun = f"‘{tally.subject}’ {noun}"
    counted = f"{tally.count} of {tally.total}" if tally.total is not None else f"{tally.count}"
    return f"{counted} {noun} {tally.status}"


@dataclass(frozen=True)
class Event:
    """One line of a finding's history: a meeting's words on it, or a change by hand."""

    day: Date | None
    at: datetime | None
    mention: FindingMention | None = None
    change: FindingChange | None = None


def finding_of(force: Force, pk: int) -> Finding:
    try:
        return Finding.objects.select_related(
            "inspection", "last_discussed__board", "evidence_point__section__item", "added_by"
        ).get(pk=pk, inspection__force=force.organisation)
    except Finding.DoesNotExist:
        raise Http404("No such finding for this force") from None


def finding_history(finding: Finding) -> list[Event]:
    """Meetings' words and changes by hand, oldest first (a change made on a meeting's day
    after it)."""
    mentions = FindingMention.objects.filter(finding=finding, meeting__is_current=True)
    events = [
        Event(m.meeting.date, None, mention=m)
        for m in mentions.select_related("meeting__board", "point")
    ]
    changes = FindingChange.objects.filter(finding=finding).select_related("by")
    events += [Event(timezone.localdate(c.at), c.at, change=c) for c in changes]
    return sorted(events, key=_event_order)


def _event_order(event: Event) -> tuple[bool, Date, bool, float, int]:
    pk = event.mention.pk if event.mention else event.change.pk if event.change else 0
    return (
        event.day is not None,
        event.day or Date.min,
        event.change is not None,
        event.at.timestamp() if event.at else 0.0,
        pk,
    )


def inspections_of(force: Force) -> QuerySet[Inspection]:
    return Inspection.objects.filter(force=force.organisation).order_by("title")
