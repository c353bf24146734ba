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
    meeting: Meeting, sections: list[PlacedSection], questioned: set[int], *, fresh: bool = False
) -> dict[int, Priority]:
    """Tie each section of `meeting` to its board's priority: every headed section, and the
    headingless ones (an item's body) that hold a question. Returns priorities by section id.
    `fresh`: the meeting was stored just now, so none of its sections is linked yet.

    A meeting with no board has no plan to tie to: it returns nothing.
    """
    if meeting.board_id is None:
        return {}
    plan = _BoardPlan(meeting, fresh=fresh)
    linked: dict[int, Priority] = {}
    for place in sections:
        if place.section.heading is None and place.row.pk not in questioned:
            continue
        linked[place.row.pk] = plan.link(place)
    plan.save()
    return linked


class _BoardPlan:
    """The board's priorities and the keys its sections were linked by, read once per meeting
    and kept up to date as this meeting's sections are linked; the new and changed links and
    the new priorities, and the renamed ones, are written together by `save`."""

    def __init__(self, meeting: Meeting, *, fresh: bool = False) -> None:
        assert meeting.board_id is not None
        self.meeting = meeting
        self.board_id = meeting.board_id
        self.known = {
            p.key: p for p in Priority.objects.filter(board_id=self.board_id).order_by("pk")
        }
        by_id = {p.pk: p for p in self.known.values()}
        self.by_key: dict[str, Priority] = {}
        # Pairs, not rows: the board's whole history of links is read for every meeting.
        links = PrioritySection.objects.filter(priority__board_id=self.board_id)
        for key, priority_id in links.order_by("-pk").values_list("key", "priority_id"):
            self.by_key[key] = by_id[priority_id]  # the first section linked by a key wins
        self.links = (
            {}
            if fresh
            else {
                link.section_id: link
                for link in PrioritySection.objects.filter(meeting=meeting).select_related(
                    "priority"
                )
            }
        )
        self.made: list[Priority] = []  # started by this meeting: not saved until `save`
        self.new: list[PrioritySection] = []
        self.changed: list[PrioritySection] = []
        self.renamed: dict[int, Priority] = {}

    def link(self, place: PlacedSection) -> Priority:
        heading = place.heading
        key = priority_key(heading)
        existing = self.links.get(place.row.pk)
        if existing is not None and existing.key == key:
            priority = existing.priority
        else:
            priority = self._priority_for(heading, key)
            self._relink(place, existing, priority, key)
            self.by_key.setdefault(key, priority)
        # One started by this meeting is inserted as it ends up named.
        if _rename(priority, heading, self.meeting) and priority.pk is not None:
            self.renamed[priority.pk] = priority
        return priority

    def save(self) -> None:
        Priority.objects.bulk_create(self.made)  # first: the links below need their keys
        PrioritySection.objects.bulk_create(self.new)
        PrioritySection.objects.bulk_update(self.changed, ["priority", "key"])
        Priority.objects.bulk_update(list(self.renamed.values()), ["name", "named_on"])

    def _relink(
        self, place: PlacedSection, existing: PrioritySection | None, priority: Priority, key: str
    ) -> None:
        if existing is None:
            link = PrioritySection(
                section=place.row, meeting=self.meeting, priority=priority, key=key
            )
            self.new.append(link)
            self.links[place.row.pk] = link
        else:
            existing.priority, existing.key = priority, key
            self.changed.append(existing)

    def _priority_for(self, heading: str, key: str) -> Priority:
        seen = self.by_key.get(key)
        if seen is not None:
            return seen
        match = self.known.get(key) or self.known.get(match_priority(heading, self.known) or "")
        if match is not None:
            return match
        made = Priority(board_id=self.board_id, key=key, name=heading, named_on=self.meeting.date)
        self.known[key] = made
        self.made.append(made)
        return made


def _rename(priority: Priority, heading: str, meeting: Meeting) -> bool:
    """Name the priority as its latest meeting words it; True if that changed its name."""
    if meeting.date is None or priority.name == heading:
        return False
    if priority.named_on is None or meeting.date > priority.named_on:
        priority.name = heading
        priority.named_on = meeting.date
        return True
    return False
