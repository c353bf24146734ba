"""Follow a stored meeting's questions: grades, topics, priorities and candidate commitments.

Runs inside the ingest transaction (scrutiny.ingestion.follow_up) and again from `scrutiny
manage follow`: everything here is made from the meeting and its record, so following a meeting
again changes nothing. Staff decisions on commitments are the one thing not derived; a new
version of a meeting takes them over from the version it replaced.
"""

from __future__ import annotations

from scrutiny.extract.speakers import Cast
from scrutiny.follow.answers import Grade, grade_reply, reply
from scrutiny.follow.topics import taxonomy, topics_of
from scrutiny.meetings.layout import Layout, read_layout
from scrutiny.meetings.models import Meeting
from scrutiny.meetings.rows import insert_rows
from scrutiny.questions.alignment import PlacedPoint, placed_points, placed_sections
from scrutiny.questions.askers import asker_labels, asker_of
from scrutiny.questions.board_priorities import link_sections
from scrutiny.questions.commitments import store_commitments
from scrutiny.questions.models import Priority, Question, Topic
from scrutiny.record import MeetingRecord, Point


def follow_questions(
    meeting: Meeting, record: MeetingRecord, layout: Layout | None = None, *, fresh: bool = False
) -> None:
    """Grade, tag and list the candidate commitments of `meeting` (read as `record`; its rows
    are read unless `layout` holds them). `fresh`: the meeting was stored just now, so it has
    no questions or commitments yet to read."""
    sections = placed_sections(record, layout or read_layout(meeting))
    points = placed_points(sections)
    questions = [p for p in points if p.point.kind == "question"]
    questioned = {p.place.row.pk for p in questions}
    priorities = link_sections(meeting, sections, questioned, fresh=fresh)
    topics = sync_topics()
    askers = asker_labels(record)
    cast = Cast(record.attendees)
    # Read once, so each question costs a query only when something about it changes.
    stored = (
        {}
        if fresh
        else {
            q.point_id: q
            for q in Question.objects.filter(meeting=meeting).prefetch_related("topics")
        }
    )
    tags: list[tuple[Question, set[int]]] = []
    for placed in questions:
        priority = priorities.get(placed.place.row.pk)
        answer = reply(placed.point, askers, cast)  # read once, for its grade and its topics
        question = _store_question(meeting, placed, priority, stored, askers, grade_reply(answer))
        tags.append((question, _tagged(placed.point, topics, _before(placed.point, answer))))
    new = Question.objects.bulk_create(q for q, _ in tags if q.pk is None)  # at once
    _store_topics(tags, {q.pk for q in new})
    store_commitments(meeting, record, points, fresh=fresh)


def sync_topics() -> dict[str, Topic]:
    """The taxonomy file's topics as rows, by slug: new ones added, renamed ones renamed."""
    rows = {t.slug: t for t in Topic.objects.all()}
    for topic in taxonomy():
        row = rows.get(topic.slug)
        if row is None:
            rows[topic.slug] = Topic.objects.create(slug=topic.slug, name=topic.name)
        elif row.name != topic.name:
            row.name = topic.name
            row.save(update_fields=["name"])
    return rows


def _store_question(
    meeting: Meeting,
    placed: PlacedPoint,
    priority: Priority | None,
    stored: dict[int, Question],
    askers: set[str],
    grade: Grade | None,
) -> Question:
    point = placed.point
    wanted = {
        "meeting_id": meeting.pk,
        "item_number": placed.place.item.number,
        "grade": grade,
        "asker": asker_of(point, askers),
        "heading": placed.place.heading,
        "priority_id": priority.pk if priority else None,
    }
    question = stored.get(placed.row.pk)
    if question is None:
        return Question(point=placed.row, **wanted)  # unsaved: the caller inserts them together
    if any(getattr(question, name) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(question, name, value)
        question.save()
    return question


def _tagged(point: Point, topics: dict[str, Topic], asked_text: str) -> set[int]:
    found = topics_of(asked_text)
    if not found and asked_text != point.text:  # the whole point, when it is more
        found = topics_of(point.text)
    return {topics[t.slug].pk for t in found if t.slug in topics}


def _store_topics(tags: list[tuple[Question, set[int]]], new: set[int]) -> None:
    """Each question's topics as wanted: the changed ones cleared (the `new` questions, made
    just now, have none to clear), then all new links in one insert."""
    Through = Question.topics.through
    changed = [(question, wanted) for question, wanted in tags if _topic_ids(question) != wanted]
    if not changed:
        return
    stale = [q.pk for q, _ in changed if q.pk not in new]
    if stale:
        Through.objects.filter(question_id__in=stale).delete()
    insert_rows(
        Through,
        ["question", "topic"],
        ((question.pk, topic) for question, wanted in changed for topic in sorted(wanted)),
    )


def _topic_ids(question: Question) -> set[int]:
    """The question's topics as stored; a question just created has none, and no cache."""
    cache = getattr(question, "_prefetched_objects_cache", {})
    if "topics" not in cache:
        return set()
    return {t.pk for t in cache["topics"]}


def asked(point: Point, askers: set[str], cast: Cast) -> str:
    """The question's own words, before the force's reply: what it was about. A reply that
    mentions other subjects in passing ("funding", "retention") should not tag the question."""
    return _before(point, reply(point, askers, cast))


def _before(point: Point, answer: str | None) -> str:
    """The point's words before `answer` (its reply), or all of them."""
    at = point.text.find(answer) if answer else -1
    return point.text[:at] if at > 0 else point.text
