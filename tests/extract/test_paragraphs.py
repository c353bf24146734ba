from scrutiny.extract.clean import clean
from scrutiny.extract.paragraphs import (
    is_title_case,
    join_lines,
    keeps_bullets,
    paragraphs,
    typical_width,
)
from scrutiny.read.document import lines_from_text


def read(text: str) -> list[str]:
    cleaned = clean(lines_from_text(text)).lines
    return [p.text for p in paragraphs(cleaned, glyph_bullets=keeps_bullets(cleaned))]


def test_glyph_bullets_keep_their_indented_continuations() -> None:
    text = "- The CC reported a rise.\n In this regard, he noted a trend.\n- Next point."
    assert read(text) == [
        "The CC reported a rise. In this regard, he noted a trend.",
        "Next point.",
    ]


def test_lost_bullets_start_a_paragraph_at_each_indent() -> None:
    text = (
        " The CC said one thing\nover two lines.\n  The PCC asked another.\n Force: a.\n Force: b."
    )
    assert read(text) == [
        "The CC said one thing over two lines.",
        "The PCC asked another.",
        "Force: a.",
        "Force: b.",
    ]


def test_blank_lines_end_paragraphs() -> None:
    assert read("First para\nstill first.\n\nSecond.") == ["First para still first.", "Second."]


def test_words_broken_at_a_hyphen_are_mended() -> None:
    assert join_lines(["awareness-", "raising work"]) == "awareness-raising work"
    assert join_lines(["the Crime Squad -", "a team"]) == "the Crime Squad - a team"


# Notes read without their blank lines, as a PDF's text layer can give them: a section heading
# sits on the line after a bullet's last sentence, as that bullet's wrapped text would.
HEADINGS_BETWEEN_BULLETS = """\
• The CC said the Force had recruited 40 new officers.
Fighting Crime
• The PCC commended the Force on its work to reduce burglary.
Tackling Violence Against Women and Girls (VAWG)
• The CC noted a rise in reports.
"""


def test_a_title_case_line_between_bullets_is_a_heading() -> None:
    assert read(HEADINGS_BETWEEN_BULLETS) == [
        "The CC said the Force had recruited 40 new officers.",
        "Fighting Crime",
        "The PCC commended the Force on its work to reduce burglary.",
        "Tackling Violence Against Women and Girls (VAWG)",
        "The CC noted a rise in reports.",
    ]


def test_a_heading_after_prose_and_before_bullets() -> None:
    text = "The CC introduced the paper.\nPutting Victims First\n• The PCC asked a question."
    assert read(text) == [
        "The CC introduced the paper.",
        "Putting Victims First",
        "The PCC asked a question.",
    ]


def test_wrapped_text_of_a_bullet_is_no_heading() -> None:
    # Its sentence is unfinished, or it is in sentence case, or it hangs under the bullet's
    # text, or no bullet follows: all the wrapped text of the point.
    unfinished = "• The PCC thanked the Chief Constable and\nPutting Victims First\n• Next."
    sentence_case = "• The CC noted a rise.\nFurther work was under way\n• Next."
    hanging = "• The CC noted a rise.\n  Further Work Under Way\n• Next."
    assert read(unfinished)[0] == "The PCC thanked the Chief Constable and Putting Victims First"
    assert read(sentence_case)[0] == "The CC noted a rise. Further work was under way"
    assert read(hanging)[0] == "The CC noted a rise. Further Work Under Way"
    assert read("   • The CC noted a rise.\n   Responding to the public\n   • Next.")[1] == (
        "Responding to the public"
    )
    assert read("• The CC noted a rise.\nFurther Work Under Way\n• Next.\nThe End") == [
        "The CC noted a rise.",
        "Further Work Under Way",
        "Next. The End",
    ]


def test_title_case() -> None:
    assert is_title_case("Fighting Crime")
    assert is_title_case("Putting Victims First and Protecting the Vulnerable")
    assert is_title_case("Tackle Violence (VAWG) – 2025/26")
    assert not is_title_case("Tackle violence against women and girls")
    assert not is_title_case("Fighting Crime.")
    assert not is_title_case("Apologies:")
    assert not is_title_case(" ".join(["Word"] * 13))


def test_a_labelled_question_takes_its_response_and_no_more() -> None:
    text = (
        "The PCC opened the discussion of the quarter's figures with the force's leads present.\n"
        "Question: What is the average time to answer a 101 call?\n"
        "Response: The DCC said four minutes.\n"
        "Question: And 999 calls?\n"
        "Answer: Nine seconds.\n"
    )
    cleaned = clean(lines_from_text(text)).lines
    found = paragraphs(cleaned, glyph_bullets=False, width=typical_width(cleaned))
    assert [p.text for p in found] == [
        "The PCC opened the discussion of the quarter's figures with the force's leads present.",
        "Question: What is the average time to answer a 101 call? Response: The DCC said four"
        " minutes.",
        "Question: And 999 calls? Answer: Nine seconds.",
    ]


def test_each_turn_of_terse_notes_is_a_paragraph() -> None:
    text = (
        "CD - 4,870 detainees processed in Q3.\n"
        "CD - 3 adverse incidents, none resulting in\nserious harm.\n"
        "KA: thanks to the custody team.\n"
    )
    assert read(text) == [
        "CD - 4,870 detainees processed in Q3.",
        "CD - 3 adverse incidents, none resulting in serious harm.",
        "KA: thanks to the custody team.",
    ]


def test_a_question_at_the_margin_after_a_finished_sentence_starts_a_point() -> None:
    text = (
        "The ACC said 2,417 crimes had been recorded, compared with 5.6% a year earlier.\n"
        "The DMPC asked what was being done to reduce the wait. The ACC replied that it\n"
        "was 9 days.\n"
        "The DMPC thanked the ACC.\n"
    )
    assert read(text) == [
        "The ACC said 2,417 crimes had been recorded, compared with 5.6% a year earlier.",
        "The DMPC asked what was being done to reduce the wait. The ACC replied that it was 9"
        " days. The DMPC thanked the ACC.",
    ]


def test_a_sub_heading_set_directly_over_its_text() -> None:
    text = (
        "Calls for service\nThe DCC reported that 999 calls answered within ten seconds had\n"
        "risen.\n\nMaking Kent Safer: Delivery &\nPerformance\n"
    )
    assert read(text) == [
        "Calls for service",
        "The DCC reported that 999 calls answered within ten seconds had risen.",
        "Making Kent Safer: Delivery & Performance",
    ]
