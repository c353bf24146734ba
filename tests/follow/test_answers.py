import pytest

from follow.records import gold_record
from scrutiny.follow.answers import deferral, grade_answer
from scrutiny.record import Point

BOARD = {"PCC", "PFCC", "CE", "CFO"}


def _question(text: str, speakers: list[str]) -> Point:
    return Point(text, "question", speakers)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The PFCC asked why response times had risen. The Chief Constable said further "
            "analysis was needed and he would provide an update at the next meeting.",
            ["PFCC", "CC"],
        ),
        (
            "The PCC asked about the rise in burglary. The DCC advised work was underway to "
            "understand the reasons.",
            ["PCC", "DCC"],
        ),
        (
            "The CE queried the cost of the new contract. The ACC said the final figure "
            "was not yet known and would report back.",
            ["CE", "ACC"],
        ),
    ],
)
def test_deferred(text: str, speakers: list[str]) -> None:
    assert grade_answer(_question(text, speakers), BOARD) == "deferred"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The PCC asked about assaults on officers. The DCC explained the data was available. "
            "He added the Force would provide further information at the next meeting.",
            ["PCC", "DCC"],
        ),
        (
            "The PFCC asked whether the backlog had cleared. The ACC confirmed it had halved, "
            "but said further work was needed to establish why.",
            ["PFCC", "ACC"],
        ),
        (
            "The PCC enquired about reimbursement. The CC explained it was still under "
            "negotiation with the Home Office.",
            ["PCC", "CC"],
        ),
        (
            "The PCC asked about the new fees. The CC advised it was too early to say, though "
            "projections were promising.",
            ["PCC", "CC"],
        ),
    ],
)
def test_partly(text: str, speakers: list[str]) -> None:
    assert grade_answer(_question(text, speakers), BOARD) == "partly"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The PCC asked how many officers were trained to use Taser. The Deputy Chief "
            "Constable stated there were now 342.",
            ["PCC", "DCC"],
        ),
        (
            "Focusing on Live Chat, the PCC asked about the level of engagement and the Chief "
            "Constable advised that to date, it had been used on around 40-50 occasions.",
            ["PCC", "CC"],
        ),
        (
            "Thanking the ACC, the PCC asked what recruits were told. The ACC advised all "
            "recruits were briefed.",
            ["PCC", "ACC"],
        ),
    ],
)
def test_answered(text: str, speakers: list[str]) -> None:
    assert grade_answer(_question(text, speakers), BOARD) == "answered"


def test_no_reply() -> None:
    point = _question(
        "The PCC said it would be helpful to receive information at a later date.", ["PCC"]
    )
    assert grade_answer(point, BOARD) is None


def test_deferral_phrase() -> None:
    assert deferral("He would report back in March.") == "would report back"
    assert deferral("The Force would provide a good service.") is None


def test_gold_grades() -> None:
    # Read from the seeds: the 2018 assaults reply gives data and defers the rest; the 2018
    # turnover request has no reply; 2025 has two hedged replies and no deferral.
    grades = {}
    for index in (0, 1):
        for item in gold_record(index).items:
            for section in item.sections:
                for point in section.points:
                    if point.kind == "question":
                        grade = grade_answer(point, BOARD)
                        grades[(index, grade)] = grades.get((index, grade), 0) + 1
    assert grades == {
        (0, "answered"): 22,
        (0, "partly"): 1,
        (0, None): 1,
        (1, "answered"): 15,
        (1, "partly"): 2,
    }
