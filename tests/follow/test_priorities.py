import pytest

from scrutiny.follow.priorities import match_priority, priority_key, same_priority


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An abbreviation defined in the heading, or known, stands for its long form.
        ("Tackle violence against women and girls (VAWG)", "Tackle VAWG"),
        ("Tackling Violence Against Women & Girls", "Tackle VAWG"),
        ("Tackling Anti-Social Behaviour (ASB)", "Reducing ASB"),
        ("Serious and Organised Crime (SOC)", "Tackling serious & organised crime"),
        # The plan's verbs and tenses differ; the subject is one.
        ("Putting Victims First", "Victims First"),
        (
            "Protect people from exploitation and abuse",
            "Protecting People from Exploitation & Abuse",
        ),
        ("Reducing Road Danger", "Prevent road danger and support vision zero"),
        ("Fighting Crime and Anti-social Behaviour", "Fight crime and antisocial behaviour"),
        # Spelling and punctuation.
        ("Neighbourhood policing", "Neighborhood Policing"),
        ("Finance", "Finance:"),
        ("People", "PEOPLE"),
        # A later wording that adds to the subject.
        (
            "Work with communities to prevent crime and ASB",
            "Prevent crime and anti-social behaviour",
        ),
    ],
)
def test_one_priority_in_different_words(a: str, b: str) -> None:
    assert same_priority(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tackle VAWG", "Tackle ASB"),
        ("People", "Finance"),
        ("Putting Victims First", "Protect young people and provide opportunities"),
        ("Recruitment plan", "Local and national work to enhance retention"),
        # One shared word is not enough to be one priority.
        ("Crime", "Fight crime and ASB"),
        ("Update on PEEL 2023/25", "Update on the estates strategy"),
    ],
)
def test_different_priorities_stay_apart(a: str, b: str) -> None:
    assert not same_priority(a, b)


def test_the_key_keeps_the_subject_only() -> None:
    assert priority_key("Tackle violence against women and girls (VAWG)") == "vawg"
    assert priority_key("Putting Victims First") == priority_key("putting victims first")
    # Dates and numbers come and go with the meeting.
    assert priority_key("Update on PEEL 2023/25") == priority_key("Update on PEEL, May 2025")
    # A heading of nothing but small words and verbs keeps them.
    assert priority_key("Update") != ""


def test_the_closest_known_priority_is_chosen() -> None:
    known = [priority_key("Tackle ASB"), priority_key("Tackle VAWG"), priority_key("Finance")]
    assert match_priority("Tackling violence against women and girls", known) == known[1]
    assert match_priority("Roads policing", known) is None
    # An exact key beats a near one.
    near = [priority_key("Victims first and foremost"), priority_key("Victims first")]
    assert match_priority("Putting Victims First", near) == near[1]
