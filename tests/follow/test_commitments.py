import pytest

from follow.records import gold_record
from scrutiny.follow.commitments import candidate_commitments, open_deferrals
from scrutiny.record import Action, Item, MeetingRecord, Person, Point, Section, Where


def _record(
    texts: list[tuple[str, list[str]]], actions: list[Action] | None = None
) -> MeetingRecord:
    points = [Point(t, "statement", s, Where(line=n)) for n, (t, s) in enumerate(texts, 1)]
    return MeetingRecord(
        attendees=[Person("Sue Mills", "Police, Fire and Crime Commissioner", "PFCC")],
        items=[Item("4", "Performance", sections=[Section(None, points)])],
        actions=actions or [],
    )


@pytest.mark.parametrize(
    ("text", "speakers", "speaker", "trigger"),
    [
        (
            "The CC noted a review was scheduled and offered to provide the PCC with an update.",
            ["CC"],
            "CC",
            "offered to provide",
        ),
        (
            "The Chief Executive asked about assaults. The Deputy Chief Constable explained the "
            "data was available. He added the Force would provide further information at the "
            "next meeting.",
            ["CE", "DCC"],
            "DCC",
            "would provide further information",
        ),
        (
            "The ACC agreed to circulate the stop and search figures to members.",
            ["ACC"],
            "ACC",
            "agreed to circulate",
        ),
        (
            "The Chief Constable undertook to report back on the custody review.",
            ["CC"],
            "CC",
            "undertook to report",
        ),
        (
            "The PFCC said it would be helpful to receive information on fleet costs at a later "
            "date.",
            ["PFCC"],
            "PFCC",
            "helpful to receive information on fleet costs at a later date",
        ),
        (
            "Sue Mills requested a breakdown of overtime by division at the next meeting.",
            ["PFCC"],
            "PFCC",
            "requested a breakdown of overtime by division at the next meeting",
        ),
        (
            "DCC Rowe said a breakdown of the figures would be circulated after the meeting.",
            ["DCC"],
            "DCC",
            "breakdown of the figures would be circulated",
        ),
    ],
)
def test_commitment(text: str, speakers: list[str], speaker: str, trigger: str) -> None:
    [found] = candidate_commitments(_record([(text, speakers)]))
    assert (found.text, found.speaker, found.item, found.trigger) == (text, speaker, "4", trigger)
    assert found.where == Where(line=1)


@pytest.mark.parametrize(
    "text",
    [
        "The CC said the Force aimed to provide a quality service despite demand.",
        "He said that with funding he would increase the teams to provide greater capacity.",
        "The PCC requested an update on the backlog. The ACC said it had halved.",
        "The CC congratulated the cadets on the award which would be presented in April.",
        "Volunteers provided more than 23,000 hours of support.",
    ],
)
def test_not_a_commitment(text: str) -> None:
    assert candidate_commitments(_record([(text, ["CC"])])) == []


def test_logged_commitment_is_left_out() -> None:
    text = "The CC offered to provide an update on the findings of the custody review."
    logged = Action("Provide an update on the custody review findings.", "Force", item="4")
    other = Action("Circulate the fleet strategy.", "Force", item="4")
    elsewhere = Action("Update on the custody review findings.", "Force", item="7")
    assert candidate_commitments(_record([(text, ["CC"])], [logged])) == []
    assert len(candidate_commitments(_record([(text, ["CC"])], [other, elsewhere]))) == 1


def test_seed_commitments_are_all_in_the_action_logs() -> None:
    # Read from the seeds: the 2018 turnover request and assaults offer are its two actions,
    # and the 2025 DPR offer is its one action; no commitment is left outside the logs.
    for index, expected in ((0, [("PCC", "5"), ("DCC", "5")]), (1, [("CC", "3")])):
        record = gold_record(index)
        assert candidate_commitments(record) == []
        record.actions = []
        found = candidate_commitments(record)
        assert [(c.speaker, c.item) for c in found] == expected


def test_seed_open_deferrals() -> None:
    # The 2025 seed defers three explanations outside any question, none in its action log.
    assert open_deferrals(gold_record(0)) == []
    found = open_deferrals(gold_record(1))
    assert [(c.speaker, c.item, c.trigger) for c in found] == [
        ("CC", "3", "further analysis was needed"),
        ("CC", "3", "further analysis was needed"),
        ("CC", "3", "work was underway to understand"),
    ]
