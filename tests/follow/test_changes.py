from __future__ import annotations

import pytest

from scrutiny.follow.changes import direction, firmness
from scrutiny.follow.spans import find_figure


def at(text: str, figure: str) -> tuple[str, int, int]:
    span = find_figure(text, figure)
    assert span is not None
    return text, *span


@pytest.mark.parametrize(
    ("subject", "text", "figure", "expected"),
    [
        ("drug offences", "Noting drug offences had increased by 8.9%, the PCC asked.", "8.9%",
         "up"),
        ("increase in drug offences", "The CC reported a 10.4% increase in drug offences.",
         "10.4%", "up"),
        ("recorded crime", "the CC reported a 2.4% reduction in recorded crime.", "2.4%", "down"),
        ("burglary", "Burglary was down 12% on last year.", "12%", "down"),
        ("arrests", "Arrests rose by 40.", "40", "up"),
        ("officers", "the Force had 3,401 officers, 107 more than in August.", "107", "up"),
        ("complaints", "There were 20 fewer complaints.", "20", "down"),
        ("reduction in road deaths", None, "11%", "down"),  # the point is unknown
        # A level reached by a change is a level.
        ("solved rate", "the solved rate had risen to 14.2%.", "14.2%", None),
        ("days lost", "days lost per officer had fallen to 6.8.", "6.8", None),
        ("premises", "The CC said 131 premises had now signed up.", "131", None),
    ],
)  # fmt: skip
def test_direction(subject: str, text: str | None, figure: str, expected: str | None) -> None:
    if text is None:
        assert direction(subject, None, 0, 0) == expected
    else:
        assert direction(subject, *at(text, figure)) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The volume of 101 calls appeared to be plateauing at around 32,000 calls.", "32,000",
         "approximate"),
        ("A level of accuracy of 95%+ was reached.", "95%", "approximate"),
        ("Some 300 officers attended.", "300", "approximate"),
        ("Over 1,000 people responded.", "1,000", "approximate"),
        ("He said it would achieve the funded establishment figure of 3452.50 FTE officers.",
         "3452.50 FTE", "goal"),
        ("The Force plans to recruit up to 460 FTE police officers in 2018/19.", "460 FTE", "goal"),
        ("The intake in March was projected to total 119 new recruits.", "119", "goal"),
        ("The CC reported 3,455.20 FTE officers as at 28 February.", "3,455.20 FTE", "measured"),
        ("Calls had fallen to 30,500 in February, and she would provide a breakdown.", "30,500",
         "measured"),
    ],
)  # fmt: skip
def test_firmness(text: str, figure: str, expected: str) -> None:
    assert firmness(*at(text, figure)) == expected


def test_a_figure_with_no_point_is_taken_as_measured() -> None:
    assert firmness(None, 0, 0) == "measured"
