import pytest

from scrutiny.extract.kinds import point_kind


@pytest.mark.parametrize(
    "text",
    [
        "The PCC asked whether the backlog had reduced.",
        "The Commissioner enquired about the cost of the scheme.",
        "The PFCC sought reassurance that victims were kept informed.",
        "PF requested an update on the estates strategy at the next meeting.",
        "The CE queried the rise in overtime.",
        "The PCC said it would be helpful to receive information at a later date.",
        "Thanking the ACC, the PCC asked how recruits were briefed.",
        "Question: What is the average time to answer a 101 call? Response: Four minutes.",
        "Q3. The PCC: how many officers joined neighbourhood teams.",
        "PCC: Can you confirm the number of officers in the Country Watch team?",
    ],
)
def test_questions(text: str) -> None:
    assert point_kind(text) == "question"


@pytest.mark.parametrize(
    "text",
    [
        "The PCC commended the team on the result.",
        "The PFCC thanked staff for their efforts during the floods.",
        "The CC praised the Special Constabulary.",
        "He expressed his thanks for the papers.",
        "The CC congratulated the cadets on their award.",
        "PCC: Thank you, that is reassuring.",
        "The PCC and the CC asked that their thanks be recorded to all staff involved.",
        "The PCC noted the good work of the Rural Crime Team.",
    ],
)
def test_commendations(text: str) -> None:
    assert point_kind(text) == "commendation"


@pytest.mark.parametrize(
    "text",
    [
        "Conversely, areas of praise included the bravery of officers.",
        "With reference to the PCC's request for detail, the CC summarised the framework.",
        "The CC highlighted the great work of the neighbourhood teams.",
        "The Force sought to improve response times; thanks to new cars it had.",
        "The CC offered to provide the PCC with an update.",
        "The CC said the figures were on www.example.police.uk/data?year=2024 for all to see.",
    ],
)
def test_statements(text: str) -> None:
    assert point_kind(text) == "statement"
