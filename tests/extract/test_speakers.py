import pytest

from scrutiny.extract.speakers import Cast, speakers
from scrutiny.record import Person

CAST = Cast(
    [
        Person("Stephen Mold", "Police, Fire and Crime Commissioner", "SM", None),
        Person("Paul Fell", "Director of Delivery", "PF", None),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chief Constable said X. The PCC asked Y.", ["CC", "PCC"]),
        ("The Deputy Chief Constable stated X.", ["DCC"]),
        (
            "Thanking the ACC, the PCC asked what recruits were told. The ACC advised.",
            ["PCC", "ACC"],
        ),
        ("The CC thanked the PCC for his support.", ["CC"]),
        ("The CC offered to provide the PCC with an update.", ["CC"]),
        ("With reference to the PCC's request, the CC summarised.", ["CC"]),
        ("ACC Jones noted representation was lower.", ["ACC"]),
        ("The Police and Crime Commissioner (PCC) welcomed those present.", ["PCC"]),
        ("A reduction was also observed by the CC.", ["CC"]),
        ("The PCC and the Chief Constable asked that their thanks be recorded.", ["PCC", "CC"]),
        ("Paul Fell asked about estates. SM confirmed the plan.", ["PF", "SM"]),
        ("Areas for improvement (AFIs) included training.", []),
        ("He assured the PCC of the Force's focus.", []),
        ("PCC: Can you confirm the number? CC: There are 21.", ["PCC", "CC"]),
        ("The report set out the PCC: priorities for the year.", []),
        ("The Deputy Mayor praised the teams.", ["DMPC"]),
        ("SM - 1,032 stalking crimes were recorded. PF - staffing gaps.", ["SM", "PF"]),
    ],
)
def test_speakers(text: str, expected: list[str]) -> None:
    assert speakers(text, CAST) == expected


def test_a_role_defined_only_by_the_attendance_list_is_known() -> None:
    cast = Cast([Person("Jo Bloggs", "Head of Estates", "HoE", None)])
    assert speakers("The Head of Estates reported progress.", cast) == ["HoE"]


def test_initials_of_listed_people_name_them() -> None:
    cast = Cast(
        [Person("Stephen Mold", None, "PFCC", None), Person("Chris Carter", None, None, None)]
    )
    assert speakers("SM asked about arrests. CC confirmed the figure.", cast) == ["PFCC", "CC"]


def test_people_called_by_title_and_surname_and_the_commissioner() -> None:
    cast = Cast(
        [
            Person("Emily Stone", "Police, Fire and Crime Commissioner", "PFCC", None),
            Person("Ruth Gale", "Chief Executive", "CE", None),
            Person("Owen Brooks", "Director of Finance", None, None),
        ]
    )
    text = "Ms Gale asked about data. Mr. Brooks explained. The Commissioner thanked him."
    assert speakers(text, cast) == ["CE", "Owen Brooks", "PFCC"]
    # Another commissioner, or the commissioner's request, does not speak for the PFCC.
    assert speakers("The Victims' Commissioner said X. The Commissioner's view was.", cast) == []
    assert speakers("The Commissioner asked why.", Cast()) == ["PCC"]


def test_the_deputy_commissioner_is_the_deputy() -> None:
    cast = Cast([Person("Hannah Foley", "Deputy Commissioner", "DPCC", None)])
    text = "The Deputy Commissioner asked about repeat victims. The Commissioner agreed."
    assert speakers(text, cast) == ["DPCC", "PCC"]
