"""What a meeting says of inspection reports: the reports it discusses, how many of their
findings the force reports met, and the findings it names, each with the sentence as evidence.

A section headed by a report ("Update on PEEL 2023/25 - An inspection of Kent Police") is about
that report throughout. Elsewhere a sentence that names a report ("the HMICFRS CDI
re-inspection report") is about it, and so is the rest of its point; a count with no report in
scope takes one from its own words ("nine of the 14 PEEL AFIs") or is kept without one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scrutiny.follow.answers import sentences
from scrutiny.follow.inspection_findings import FindingKind, counts, named
from scrutiny.follow.inspection_mentions import about_inspections, meeting_force, reports_in_text
from scrutiny.follow.inspection_reports import Report, heading_report, report
from scrutiny.follow.inspection_statuses import FindingStatus
from scrutiny.record import MeetingRecord, Point, Where


@dataclass(frozen=True)
class Place:
    """Where a sentence was read: the item, section and point, by position and by name."""

    item_index: int
    item: str | None  # the item's number
    item_title: str
    section_index: int
    section: str | None  # the section's heading
    point_index: int
    where: Where | None


@dataclass(frozen=True)
class Evidence:
    sentence: str
    place: Place


@dataclass(frozen=True)
class Mention:
    """A report the meeting discusses, where it first does."""

    report: Report
    evidence: Evidence


@dataclass(frozen=True)
class Tally:
    """ "Five of the 14 AFIs had now been met": `count` findings are `status`, of `total`."""

    report: Report | None
    kind: FindingKind
    count: int
    total: int | None
    status: FindingStatus
    subject: str | None
    evidence: Evidence


@dataclass(frozen=True)
class NamedFinding:
    report: Report | None
    kind: FindingKind
    name: str
    status: FindingStatus | None
    evidence: Evidence


@dataclass
class InspectionReading:
    force: str | None = None  # the force the board holds to account
    mentions: list[Mention] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    findings: list[NamedFinding] = field(default_factory=list)

    def mention(self, found: Report, evidence: Evidence) -> None:
        if all(m.report.key != found.key for m in self.mentions):
            self.mentions.append(Mention(found, evidence))


_FINDING_WORDS = ("recommendation", "afi", "improvement", "concern")


def read_inspections(record: MeetingRecord) -> InspectionReading:
    reading = InspectionReading(force=meeting_force(record))
    for item_index, item in enumerate(record.items):
        item_report = heading_report(item.title)
        for section_index, section in enumerate(item.sections):
            section_report = heading_report(section.heading) or item_report
            context = section_report is not None or about_inspections(item.title)
            for point_index, point in enumerate(section.points):
                place = Place(
                    item_index,
                    item.number,
                    item.title,
                    section_index,
                    section.heading,
                    point_index,
                    point.where,
                )
                _read_point(reading, point, place, section_report, context)
    return reading


def _read_point(
    reading: InspectionReading,
    point: Point,
    place: Place,
    section_report: Report | None,
    context: bool,
) -> None:
    in_scope = section_report
    for sentence in sentences(point.text):
        evidence = Evidence(sentence, place)
        if section_report is None:
            for found in reports_in_text(sentence, context):
                reading.mention(found, evidence)
                in_scope = found
        else:
            reading.mention(section_report, evidence)  # kept once, where first discussed
        if not any(word in sentence.lower() for word in _FINDING_WORDS):
            continue
        for tally in counts(sentence):
            owner = in_scope or _hinted(tally.report_hint)
            reading.tallies.append(
                Tally(
                    owner,
                    tally.kind,
                    tally.count,
                    tally.total,
                    tally.status,
                    tally.subject,
                    evidence,
                )
            )
        for finding in named(sentence):
            reading.findings.append(
                NamedFinding(in_scope, finding.kind, finding.name, finding.status, evidence)
            )


def _hinted(hint: str | None) -> Report | None:
    return report(hint) if hint else None
