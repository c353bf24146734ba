"""The matching rule: which earlier action a discharged line means, and when that is clear-cut
enough to close it without a person. Samples worded as different offices write them."""

from __future__ import annotations

import pytest

from scrutiny.follow.matching import (
    CLEAR_CUT,
    PLAUSIBLE,
    Judgement,
    content_words,
    counterparts,
    in_words,
    judge,
    similarity,
)

# One board's open actions, worded as logs word them.
ACTIONS = [
    "comparative data on officer, staff and PCSO turnover.",
    "comparative data on officers assaulted whilst on duty.",
    "Provide an update on the findings from the Demand and Performance Review post "
    "implementation review.",
    "Provide further detail on the 11% of retail incidents not attended by the Force",
    "Provide update on the new PEEL framework once more detail is known",
    "CC to circulate the stop and search scrutiny panel report to members",
    "Share the victim satisfaction survey results for hate crime",
    "Provide data on officer sickness by division",
    "Provide an update on the Domestic Abuse Risk Assessment roll-out",
]


@pytest.mark.parametrize(
    ("discharged", "meant"),
    [
        # Word for word, with the note run on after a dash.
        ("Comparative data on officer, staff and PCSO turnover – paper circulated to members", 0),
        # A numbered log's prefix, and an initialism for the words it stands for.
        ("Action 3: DPR post-implementation review findings", 2),
        ("3/24 - DPR post implementation review findings", 2),
        # Shortened, words in another order.
        ("PEEL framework update", 4),
        ("Stop and search panel report circulated", 5),
        ("Hate crime victim satisfaction survey results shared", 6),
        ("ACTION: officer sickness data by division", 7),
        ("DARA roll-out update", 8),
        ("(b) Update on the new PEEL framework", 4),
    ],
)
def test_a_clear_cut_line_closes_its_action(discharged: str, meant: int) -> None:
    (judgement,) = judge([discharged], ACTIONS)
    assert judgement.closes == meant


@pytest.mark.parametrize(
    ("discharged", "meant"),
    [
        # The point kept, but reworded and added to: for a person to confirm.
        ("Data on officers assaulted on duty compared with other forces", 1),
        ("11% of retail incidents not attended – written update received", 3),
    ],
)
def test_a_reworded_line_waits_for_review(discharged: str, meant: int) -> None:
    (judgement,) = judge([discharged], ACTIONS)
    assert judgement.closes is None
    assert judgement.candidates[0][0] == meant
    assert PLAUSIBLE <= judgement.candidates[0][1] < CLEAR_CUT


@pytest.mark.parametrize(
    "discharged",
    [
        "Update on knife crime",
        "Recruitment of PCSOs in the east division",
        "Update on the force control room performance",
        "Data",
    ],
)
def test_a_line_about_something_else_proposes_nothing(discharged: str) -> None:
    (judgement,) = judge([discharged], ACTIONS)
    assert judgement.closes is None
    assert judgement.candidates == []


def test_two_near_identical_actions_are_not_told_apart_by_chance() -> None:
    """A quarterly update logged at two meetings: both match, so neither closes alone."""
    actions = ["Provide the quarterly update on 101 call handling", *ACTIONS]
    actions.append("Provide the quarterly update on 101 call handling.")
    (judgement,) = judge(["Quarterly update on 101 call handling – received"], actions)
    assert judgement.closes is None
    assert [index for index, _ in judgement.candidates] == [0, len(actions) - 1]


def test_two_lines_best_matching_one_action_leave_it_to_review() -> None:
    lines = ["PEEL framework update", "Update on the new PEEL framework when known"]
    judgements = judge(lines, ACTIONS)
    assert [j.closes for j in judgements] == [None, None]
    assert all(j.candidates[0][0] == 4 for j in judgements)


def test_nothing_to_judge_against() -> None:
    assert judge(["PEEL framework update"], []) == [Judgement()]
    assert judge([], ACTIONS) == []


def test_content_words_drop_prefixes_stop_words_and_action_verbs() -> None:
    assert content_words("Action 3/24: Provide an update on the PEEL inspections") == [
        "peel",
        "inspection",
    ]
    assert content_words("ii) Circulate the papers to members") == ["paper"]


def test_similarity_is_symmetric_enough_and_bounded() -> None:
    a, b = ACTIONS[1], "Data on officers assaulted on duty compared with other forces"
    assert 0 <= similarity(a, b) <= 100
    assert abs(similarity(a, b) - similarity(b, a)) < 1
    assert similarity("", ACTIONS[0]) == 0


def test_scores_in_words() -> None:
    assert [in_words(s) for s in (100, 90, 80, 66)] == [
        "Very close",
        "Very close",
        "Close",
        "Partial",
    ]


def test_counterparts_pair_the_same_text_and_prefer_the_nearest_position() -> None:
    old = ["Provide the PEEL update.", "Circulate the slides", "Circulate the slides"]
    new = ["Circulate the slides", "Provide the PEEL updaet.", "Circulate the slides", "New one"]
    assert counterparts(old, new) == {0: 1, 1: 0, 2: 2}
