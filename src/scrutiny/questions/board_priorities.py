"""A board's plan priorities, grown from its meetings' headings.

Each heading joins the priority another section with the same key already joined, else the one
whose key it matches (scrutiny.follow.priorities), else starts a priority of its own. Once a
section is linked its link holds: following a meeting again finds the same priority.
"""

from __future__ import annotations

from scrutiny.follow.priorities import match_priority, priority_key
from scrutiny.meetings.models import Meeting
from scrutiny.questions.alignment import PlacedSection
from scrutiny.questions.models import Priority, PrioritySection


def link_sections(
    meeting: Meeting, sections: list[PlacedSection], questioned: set[int]
) -> dict[int, Priority]:
    """Tie each section of `meeting` to its board's priority: every headed section, and the
    headingless ones (an item's body) that hold a question. Returns priorities by section id.

    A meeting with no board has no plan to tie to: it returns nothing.
    """
    if meeting.board_id is None:
        return {}
    linked: dict[int, Priority] = {}
    for place in sections:
        if place.section.heading is None and place.row.pk not in questioned:
            continue
        linked[place.row.pk] = _link(meeting, place)
    return linked


def _link(meeting: Meeting, place: PlacedSection) -> Priority:
    heading = place.heading
    key = priority_key(heading)
    existing = PrioritySection.objects.filter(section=place.row).select_related("priority").first()
    if existing is not None and existing.key == key:
        priority = existing.priority
    else:
        priority = _priority_for(meeting, heading, key)
        PrioritySection.objects.update_or_create(
            section=place.row, defaults={"meeting": meeting, "priority": priority, "key": key}
        )
    _rename(priority, heading, meeting)
    return priority


def _priority_for(meeting: Meeting, heading: str, key: str) -> Priority:
    board_id = meeting.board_id
    assert board_id is not None
    seen = (
        PrioritySection.objects.filter(priority__board_id=board_id, key=key)
        .order_by("pk")
        .select_related("priority")
        .first()
    )
    if seen is not None:
        return seen.priority
    known = {p.key: p for p in Priority.objects.filter(board_id=board_id).order_by("pk")}
    match = known.get(key) or known.get(match_priority(heading, known) or "")
    if match is not None:
        return match
    return Priority.objects.create(board_id=board_id, key=key, name=heading, named_on=meeting.date)


def _rename(priority: Priority, heading: str, meeting: Meeting) -> None:
    """Name the priority as its latest meeting words it."""
    if meeting.date is None or priority.name == heading:
        return
    if priority.named_on is None or meeting.date > priority.named_on:
        priority.name = heading
        priority.named_on = meeting.date
        priority.save(update_fields=["name", "named_on"])
