"""Changes to the register by hand: a finding added, a finding's status and evidence updated.
Each is logged as a FindingChange with who made it and when."""

from __future__ import annotations

from django.contrib.auth.models import User

from scrutiny.follow.inspection_findings import finding_key
from scrutiny.inspections.models import Finding, FindingChange, Inspection
from scrutiny.inspections.standing import settle_finding


def add_finding(
    inspection: Inspection, kind: str, text: str, status: str, evidence: str, by: User
) -> Finding:
    finding = Finding.objects.create(
        inspection=inspection,
        kind=kind,
        text=text,
        key=finding_key(text),
        status=status,
        evidence=evidence,
        origin=Finding.BY_HAND,
        added_by=by,
    )
    what = f"Added, status: {status}" if status else "Added, status not stated"
    FindingChange.objects.create(
        finding=finding, by=by, status=status, evidence=evidence, what=what
    )
    settle_finding(finding)
    return finding


def update_finding(finding: Finding, status: str, evidence: str, by: User) -> FindingChange:
    change = FindingChange.objects.create(
        finding=finding,
        by=by,
        status=status,
        evidence=evidence,
        what=describe_change(finding, status, evidence),
    )
    settle_finding(finding)
    return change


def is_known(inspection: Inspection, kind: str, text: str) -> bool:
    return Finding.objects.filter(inspection=inspection, kind=kind, key=finding_key(text)).exists()


def describe_change(finding: Finding, status: str, evidence: str) -> str:
    parts = []
    if status != finding.status:
        parts.append(f"Status: {finding.status or 'not stated'} → {status or 'not stated'}")
    if evidence != finding.evidence:
        parts.append("evidence for closure changed" if evidence else "evidence for closure removed")
    text = "; ".join(parts) or "No change"
    return text[:1].upper() + text[1:]
