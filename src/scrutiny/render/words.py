"""How notes write dates, times, people and action fields: the wording all styles share."""

from __future__ import annotations

from datetime import date as Date

from scrutiny.record import Action, Person


def long_date(iso: str, *, weekday: bool = False) -> str:
    """ "19 February 2025", or "Wednesday 19 February 2025"."""
    day = Date.fromisoformat(iso)
    written = f"{day.day} {day:%B %Y}"
    return f"{day:%A} {written}" if weekday else written


def numeric_date(iso: str) -> str:
    """ "19/02/2025": British, day first, as action logs write due dates."""
    return f"{Date.fromisoformat(iso):%d/%m/%Y}"


def twelve_hour(time: str) -> str:
    """ "10.00am", "2.30pm" from "10:00", "14:30", as formal minutes write times."""
    hour, minute = (int(part) for part in time.split(":"))
    suffix = "am" if hour < 12 else "pm"
    return f"{(hour - 1) % 12 + 1}.{minute:02d}{suffix}"


def when(iso: str | None, time: str | None, *, weekday: bool = False, minutes: bool = False) -> str:
    """A date with its time after "at", or just what is known ("" when neither is)."""
    parts = []
    if iso:
        parts.append(long_date(iso, weekday=weekday))
    if time:
        parts.append(f"at {twelve_hour(time) if minutes else time}")
    return " ".join(parts)


def by_organisation(people: list[Person]) -> list[tuple[str | None, list[Person]]]:
    """People grouped under their organisations, in the order each organisation first appears."""
    groups: dict[str | None, list[Person]] = {}
    for person in people:
        groups.setdefault(person.organisation, []).append(person)
    return list(groups.items())


def described(person: Person, *, separator: str = " ") -> str:
    """ "Matthew Scott Police and Crime Commissioner (PCC)", with what the record knows."""
    text = person.name
    if person.role:
        text += f"{separator}{person.role}"
    if person.abbreviation and person.abbreviation != person.role:
        text += f" ({person.abbreviation})"
    return text


def role_first(person: Person) -> str:
    """ "Chief Constable – Tim Smith (CC)"."""
    if not person.role:
        return described(person)
    text = f"{person.role} – {person.name}"
    if person.abbreviation and person.abbreviation != person.role:
        text += f" ({person.abbreviation})"
    return text


def the(label: str) -> str:
    """How a sentence names someone: "the CC" for an office, a person's name as it is."""
    return f"The {label}" if label.replace("/", "").isupper() else label


def status_word(action: Action) -> str:
    return action.status.capitalize() if action.status else ""


def without_stop(text: str) -> tuple[str, str]:
    """The text without its final full stop, and the stop ("" when it had none)."""
    return (text[:-1], ".") if text.endswith(".") else (text, "")
