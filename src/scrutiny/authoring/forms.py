"""The authoring pages' forms: each names its own errors the GOV.UK way."""

from __future__ import annotations

from typing import Any, ClassVar

from django import forms

from scrutiny.accounts.models import Membership
from scrutiny.accounts.services import UnknownName, find_user
from scrutiny.actions.models import Action
from scrutiny.meetings.models import AgendaItem, Attendance, Organisation, Point

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d %b %Y"]
DATE_HINT = "For example, 28/05/2025"


def _required(form: forms.Form, **messages: str) -> None:
    for name, message in messages.items():
        form.fields[name].error_messages["required"] = message


def _date(required: bool, label: str) -> forms.DateField:
    return forms.DateField(
        required=required,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": f"{label} must be a real date, like 28/05/2025"},
    )


class BoardForm(forms.Form):
    name = forms.CharField(max_length=200)
    organisation = forms.CharField(max_length=200)
    plan_title = forms.CharField(max_length=200, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(
            self,
            name="Enter the board's name",
            organisation="Enter the office that runs the board",
        )


class PlanForm(forms.Form):
    plan_title = forms.CharField(max_length=200, required=False)
    priorities = forms.CharField(widget=forms.Textarea, required=False)


class TemplateForm(forms.Form):
    items = forms.CharField(widget=forms.Textarea)
    by_priority = forms.IntegerField(required=False, min_value=1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(self, items="Enter the agenda's items, one a line")
        self.fields["by_priority"].error_messages["min_value"] = "Enter an item number from 1"


class MemberForm(forms.Form):
    name = forms.CharField(max_length=200)
    role = forms.CharField(max_length=200, required=False)
    abbreviation = forms.CharField(max_length=20, required=False)
    organisation = forms.CharField(max_length=200, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(self, name="Enter the member's name")


class ScheduleForm(forms.Form):
    date = _date(True, "The date")
    time = forms.CharField(max_length=50, required=False)
    venue = forms.CharField(max_length=300, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(self, date="Enter the meeting's date")


class DetailsForm(forms.Form):
    time = forms.CharField(max_length=50, required=False)
    venue = forms.CharField(max_length=300, required=False)
    next_date = _date(False, "The next meeting's date")
    next_time = forms.CharField(max_length=50, required=False)


class AttendanceForm(forms.Form):
    KINDS: ClassVar[list[tuple[str, str]]] = Attendance.KINDS
    name = forms.CharField(max_length=200)
    role = forms.CharField(max_length=200, required=False)
    abbreviation = forms.CharField(max_length=20, required=False)
    organisation = forms.CharField(max_length=200, required=False)
    kind = forms.ChoiceField(choices=Attendance.KINDS)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(self, name="Enter the person's name")


class ItemForm(forms.Form):
    number = forms.CharField(max_length=20, required=False)
    title = forms.CharField(max_length=300)
    presenter = forms.CharField(max_length=100, required=False)
    private = forms.BooleanField(required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(self, title="Enter the item's title")


class SectionForm(forms.Form):
    heading = forms.CharField(max_length=300, required=False)


class PointForm(forms.Form):
    KINDS: ClassVar[list[tuple[str, str]]] = [("", "Work it out from the text"), *Point.KINDS]
    text = forms.CharField(widget=forms.Textarea)
    kind = forms.ChoiceField(choices=KINDS, required=False)
    speakers = forms.CharField(max_length=300, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(self, text="Enter what was said")

    def speaker_list(self) -> list[str]:
        names = [name.strip() for name in self.cleaned_data.get("speakers", "").split(",")]
        return list(dict.fromkeys(name for name in names if name))


class ActionForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea)
    owner = forms.CharField(max_length=200, required=False)
    due = _date(False, "The due date")
    item = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)

    def __init__(self, *args: Any, items: list[AgendaItem], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(self, text="Enter the action")
        field = self.fields["item"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", "No item")] + [
            (item.pk, f"{item.number}. {item.title}" if item.number else item.title)
            for item in items
        ]
        self.items = {item.pk: item for item in items}

    def chosen_item(self) -> AgendaItem | None:
        chosen = self.cleaned_data.get("item")
        return self.items.get(chosen) if chosen is not None else None


class PaperForm(forms.Form):
    file = forms.FileField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(self, file="Choose a paper to upload")


class DischargeForm(forms.Form):
    """An earlier open action of the board, recorded as discharged at this meeting."""

    action = forms.TypedChoiceField(coerce=int)

    def __init__(self, *args: Any, actions: list[Action], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["action"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", "Choose an action")] + [
            (action.pk, f"{action.text} ({_day(action)})") for action in actions
        ]
        field.error_messages["required"] = "Choose the earlier action that was discharged"
        field.error_messages["invalid_choice"] = (
            "Choose an open action of an earlier meeting of the board"
        )


def _day(action: Action) -> str:
    day = action.meeting.date
    return f"meeting of {day.day} {day:%B %Y}" if day else "undated meeting"


class RoleForm(forms.Form):
    """Someone with an account made this board's secretariat or an organisation's liaison."""

    ROLES: ClassVar[list[tuple[str, str]]] = [
        (Membership.SECRETARIAT, "Secretariat: runs this board"),
        (Membership.LIAISON, "Force liaison: updates an organisation's actions"),
    ]
    who = forms.CharField(max_length=254)
    role = forms.ChoiceField(choices=ROLES)
    organisation = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _required(
            self,
            who="Enter the person's username or email address",
            role="Choose the role to give",
        )
        field = self.fields["organisation"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", "Choose an organisation")] + [(o.pk, o.name) for o in organisations]
        field.error_messages["invalid_choice"] = "Choose one of the board's organisations"
        self.organisations = {o.pk: o for o in organisations}
        self.user: Any = None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("who"):
            try:
                self.user = find_user(data["who"])
            except UnknownName as problem:
                self.add_error("who", str(problem))
        liaison = data.get("role") == Membership.LIAISON
        if liaison and data.get("organisation") is None and "organisation" not in self.errors:
            self.add_error("organisation", "Choose the organisation the liaison answers for")
        return data

    def chosen_organisation(self) -> Organisation | None:
        if self.cleaned_data.get("role") != Membership.LIAISON:
            return None
        return self.organisations.get(self.cleaned_data.get("organisation") or 0)
