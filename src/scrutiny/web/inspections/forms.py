"""The register's forms: a finding added by hand, and a finding's status and evidence updated.
They validate only; the templates draw them in GOV.UK Frontend's markup."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet

from scrutiny.follow.inspection_statuses import is_done
from scrutiny.inspections.models import KINDS, STATUS_CHOICES, Finding, Inspection
from scrutiny.inspections.register import is_known

_NOT_STATED = [("", "Not stated")]
_MAX_TEXT = 1000
_MAX_EVIDENCE = 5000


class _StatusAndEvidence(forms.Form):
    status = forms.ChoiceField(required=False, choices=_NOT_STATED + STATUS_CHOICES)
    evidence = forms.CharField(
        required=False,
        max_length=_MAX_EVIDENCE,
        strip=True,
        error_messages={"max_length": f"Evidence must be {_MAX_EVIDENCE} characters or fewer"},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].error_messages["invalid_choice"] = "Choose a status from the list"

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        if is_done(cleaned.get("status")) and not cleaned.get("evidence"):
            self.add_error(
                "evidence", "Enter the evidence for closure, or choose a status that is not closed"
            )
        return cleaned


class AddFindingForm(_StatusAndEvidence):
    inspection = forms.ChoiceField(error_messages={"required": "Choose the report"})
    kind = forms.ChoiceField(
        choices=KINDS, error_messages={"required": "Choose the kind of finding"}
    )
    text = forms.CharField(
        max_length=_MAX_TEXT,
        strip=True,
        error_messages={
            "required": "Enter the finding",
            "max_length": f"The finding must be {_MAX_TEXT} characters or fewer",
        },
    )

    def __init__(self, *args: Any, inspections: QuerySet[Inspection], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.order_fields(["inspection", "kind", "text", "status", "evidence"])
        self.inspections = {str(i.pk): i for i in inspections}
        inspection = self.fields["inspection"]
        assert isinstance(inspection, forms.ChoiceField)
        inspection.choices = [
            ("", "Choose a report"),
            *((k, i.title) for k, i in self.inspections.items()),
        ]
        inspection.error_messages["invalid_choice"] = "Choose a report from the list"
        self.fields["kind"].error_messages["invalid_choice"] = "Choose the kind of finding"

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        inspection = self.inspections.get(cleaned.get("inspection") or "")
        cleaned["inspection"] = inspection
        kind, text = cleaned.get("kind"), cleaned.get("text")
        if inspection and kind and text and is_known(inspection, kind, text):
            self.add_error("text", "This finding is already in the register for that report")
        return cleaned


class UpdateFindingForm(_StatusAndEvidence):
    def __init__(self, *args: Any, finding: Finding, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"status": finding.status, "evidence": finding.evidence})
        super().__init__(*args, **kwargs)
        self.finding = finding

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        status, evidence = cleaned.get("status", ""), cleaned.get("evidence", "")
        if status == self.finding.status and evidence == self.finding.evidence:
            self.add_error("status", "Change the status or the evidence for closure")
        return cleaned
