"""Where each finding and report stands, from the rows that say so: the latest current meeting
that reported on it, or a later change by hand. Worked out again, never patched, so following
meetings in any order, or again, gives one answer."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date as Date

from django.utils import timezone

from scrutiny.follow.inspection_statuses import is_done
from scrutiny.inspections.models import Discussion, Finding, FindingMention, Inspection
from scrutiny.meetings.models import Meeting

MeetingOrder = tuple[bool, Date, int]


def meeting_order(meeting: Meeting) -> MeetingOrder:
    """Oldest first; a meeting whose date the notes do not state comes before all dated ones."""
    return (meeting.date is not None, meeting.date or Date.min, meeting.pk)


def settle(inspection_ids: Iterable[int]) -> None:
    for inspection in Inspection.objects.filter(pk__in=set(inspection_ids)):
        for finding in inspection.findings.all():
            settle_finding(finding)
        _settle_inspection(inspection)


def _settle_inspection(inspection: Inspection) -> None:
    discussions = [
        d
        for d in Discussion.objects.filter(
            inspection=inspection, meeting__is_current=True
        ).select_related("meeting")
    ]
    if not discussions and not inspection.findings.exists() and not inspection.tallies.exists():
        inspection.delete()
        return
    if discussions:
        latest = max(discussions, key=lambda d: (meeting_order(d.meeting), len(d.title)))
        if latest.title != inspection.title:
            inspection.title = latest.title
            inspection.save(update_fields=["title"])


def settle_finding(finding: Finding) -> None:
    """Status, evidence and last discussed from the latest word on the finding; a finding read
    from notes that no current meeting mentions any more, and no one has touched, goes."""
    mentions = sorted(
        FindingMention.objects.filter(finding=finding, meeting__is_current=True).select_related(
            "meeting"
        ),
        key=lambda m: (meeting_order(m.meeting), m.position),
    )
    change = finding.changes.order_by("at", "pk").last()
    if not mentions and change is None and finding.origin == Finding.FROM_NOTES:
        finding.delete()
        return
    before = (
        finding.status,
        finding.evidence,
        finding.evidence_point_id,
        finding.last_discussed_id,
    )
    finding.last_discussed = mentions[-1].meeting if mentions else None
    reported = next((m for m in reversed(mentions) if m.status), None)
    if change is not None and (reported is None or _after(timezone.localdate(change.at), reported)):
        finding.status, finding.evidence, finding.evidence_point = (
            change.status,
            change.evidence,
            None,
        )
    elif reported is not None:
        finding.status = reported.status
        closed = is_done(reported.status)
        finding.evidence = reported.statement if closed else ""
        finding.evidence_point_id = reported.point_id if closed else None
    after = (finding.status, finding.evidence, finding.evidence_point_id, finding.last_discussed_id)
    if after != before:
        finding.save()


def _after(day: Date, mention: FindingMention) -> bool:
    """Whether a change made on `day` is the later word: on the meeting's day or after it (a
    meeting with no date is older than any change)."""
    return mention.meeting.date is None or day >= mention.meeting.date
