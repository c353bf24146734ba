from scrutiny.extract.clean import clean
from scrutiny.extract.paragraphs import join_lines, keeps_bullets, paragraphs
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
