import pytest

from scrutiny.follow.topics import TaxonomyError, parse_taxonomy, taxonomy, topics_of


def _slugs(text: str) -> list[str]:
    return [t.slug for t in topics_of(text)]


def test_the_taxonomy_ships_with_enough_topics_each_named_once() -> None:
    topics = taxonomy()
    assert len(topics) >= 15
    assert len({t.slug for t in topics}) == len(topics)
    assert {"knife-crime", "vawg", "asb", "burglary", "drugs", "fraud", "roads"} <= {
        t.slug for t in topics
    }
    assert {"recruitment", "sickness", "finance", "inspection", "contact"} <= {
        t.slug for t in topics
    }


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The PCC asked about knife crime in the county.", "knife-crime"),
        ("The PFCC queried the number of bladed articles seized.", "knife-crime"),
        ("She asked how Op Sceptre was performing this year.", "knife-crime"),
        ("He asked about Operation Sceptre weapon sweeps.", "knife-crime"),
        ("The PCC asked whether knife-enabled robberies had fallen.", "knife-crime"),
        ("Noting the VAWG strategy, the PCC asked about funding.", "vawg"),
        ("The PCC asked about violence against women and girls.", "vawg"),
        ("The PCC asked about Violence Against Women & Girls.", "vawg"),
        ("The Commissioner asked about domestic abuse arrests.", "vawg"),
        ("Concerned about the increase in rape, the PCC asked ...", "vawg"),
        ("The DPCC asked about the RASSO unit's caseload.", "vawg"),
        ("The PCC asked how many premises had joined the 'Ask for Angela' scheme.", "vawg"),
        ("The PCC asked about ASB hotspots.", "asb"),
        ("The PCC asked about anti-social behaviour in town centres.", "asb"),
        ("The PCC asked about antisocial behaviour.", "asb"),
        ("The PCC asked about Anti Social Behavior orders.", "asb"),
        ("The PCC asked about residential burglaries.", "burglary"),
        ("The PCC asked about the burglary solved rate.", "burglary"),
        ("The PCC asked about county lines.", "drugs"),
        ("The PCC noted drug offences had risen.", "drugs"),
        ("The PCC asked about romance fraud.", "fraud"),
        ("The PCC asked about cyber-crime reporting.", "fraud"),
        ("The PCC asked about KSIs on rural roads.", "roads"),
        ("The PCC asked about roads policing.", "roads"),
        ("The PCC asked about drink-driving over Christmas.", "roads"),
        ("The PCC asked about the volume of 101 calls.", "contact"),
        ("The PCC asked about 999 call answer times.", "contact"),
        ("The PCC asked how calls to 101 were handled.", "contact"),
        ("The PCC asked about the Force Control Room.", "contact"),
        ("The PCC asked about recruitment of detectives.", "recruitment"),
        ("The PCC asked about new recruits on the PCDA route.", "recruitment"),
        ("The PCC asked about sickness among officers.", "sickness"),
        ("The PCC asked about days lost to long-term sick leave.", "sickness"),
        ("The CFO asked about the projected overspend.", "finance"),
        ("The CE asked about the MTFP.", "finance"),
        ("The PCC asked about the precept.", "finance"),
        ("The PCC asked about the HMICFRS recommendations.", "inspection"),
        ("The PCC asked how many AFIs had been met.", "inspection"),
        ("The PCC asked about the PEEL grading.", "inspection"),
        ("The PCC asked about the turnover of PCSOs.", "retention"),
        ("The PCC asked about assaults on officers.", "assaults-on-officers"),
        ("The PCC asked about stop and search.", "stop-search"),
        ("The PCC asked how many officers carried Taser.", "stop-search"),
    ],
)
def test_varied_wordings_find_their_topic(text: str, slug: str) -> None:
    assert slug in _slugs(text)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The meeting was held at Sutton Road.", "roads"),
        ("101 officers were trained last quarter.", "contact"),
        ("The PCC asked about the basket of measures.", "asb"),  # "asb" inside a word
        ("The Force would provide a good service.", "finance"),
        ("The PCC thanked the team for their hard work.", "vawg"),
        ("The PCC asked about the grape harvest festival.", "vawg"),  # "rape" inside a word
    ],
)
def test_near_misses_are_not_tagged(text: str, slug: str) -> None:
    assert slug not in _slugs(text)


def test_abbreviations_match_as_written() -> None:
    assert "asb" in _slugs("ASB and nuisance")
    assert "asb" not in _slugs("the asb of it")  # a lowercase word, not the abbreviation
    assert "organised-crime" in _slugs("the number of OCGs disrupted")  # a plural


def test_curly_quotes_and_dashes_match_plain_expressions() -> None:
    assert "vawg" in _slugs("Clare’s Law applications")
    assert "asb" in _slugs("anti–social behaviour")


def test_topics_come_in_the_taxonomy_order() -> None:
    found = _slugs("Knife crime and drugs and burglary")
    order = [t.slug for t in taxonomy()]
    assert found == sorted(found, key=order.index)
    assert set(found) == {"knife-crime", "drugs", "burglary"}


def test_a_taxonomy_of_ones_own() -> None:
    topics = parse_taxonomy(
        """
        [[topic]]
        slug = "dogs"
        name = "Dangerous dogs"
        words = ['dangerous dogs?', 'xl bull(?:y|ies)']
        acronyms = ['DDA']
        """
    )
    assert [t.slug for t in topics_of("The XL Bully ban and the DDA", topics)] == ["dogs"]
    assert topics_of("dda", topics) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[topic]]\nname = 'No slug'\nwords = ['x']", "slug"),
        ("[[topic]]\nslug = 'Bad Slug'\nname = 'x'\nwords = ['x']", "slug"),
        ("[[topic]]\nslug = 'a'\nwords = ['x']", "name"),
        ("[[topic]]\nslug = 'a'\nname = 'A'", "words or acronyms"),
        ("[[topic]]\nslug = 'a'\nname = 'A'\nwords = ['(unclosed']", "bad expression"),
        ("[[topic]]\nslug = 'a'\nname = 'A'\nwords = 'x'", "list"),
        (
            "[[topic]]\nslug = 'a'\nname = 'A'\nwords = ['x']\n"
            "[[topic]]\nslug = 'a'\nname = 'B'\nwords = ['y']",
            "used twice",
        ),
        ("topic = [", "not TOML"),
    ],
)
def test_a_malformed_taxonomy_is_refused_with_the_reason(text: str, problem: str) -> None:
    with pytest.raises(TaxonomyError, match=problem):
        parse_taxonomy(text)
