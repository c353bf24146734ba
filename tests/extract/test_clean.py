from scrutiny.extract.clean import clean, is_contact_line, running_furniture
from scrutiny.read.document import Line


def lines(*texts: str, page: int | None = None) -> list[Line]:
    return [Line(t, i + 1, page) for i, t in enumerate(texts)]


def test_letterhead_lines_are_furniture() -> None:
    assert is_contact_line("Tel: 01604 888113  Email: opfcc@northants.example.gov.uk")
    assert is_contact_line("Police HQ, Wootton Hall, Northampton NN4 0JQ")
    assert is_contact_line("Website: www.example-pcc.gov.uk  Twitter: @ExamplePCC")
    assert is_contact_line("© Office of the Police and Crime Commissioner for Westshire 2025")
    assert not is_contact_line("The PCC asked about the 101 service, which had 4,000 calls.")


def test_running_headers_and_page_numbers_are_removed() -> None:
    pages = []
    number = 1
    points = ("The PCC asked about burglary.", "The CC replied.", "The CE agreed.")
    for page, point in enumerate(points, start=1):
        for text in ("OFFICIAL - PUBLIC", point, f"Page {page} of 3"):
            pages.append(Line(text, number, page))
            number += 1
    assert running_furniture(pages) == {1, 3, 4, 6, 7, 9}
    kept = [line.text for line in clean(pages).lines]
    assert kept == list(points)


def test_bullets_are_recognised_and_dropped() -> None:
    cleaned = clean(lines("• First", "- Second", "\uf0b7 Third", "  Fourth", "-5% is not"))
    assert [(c.text, c.bullet, c.indent) for c in cleaned.lines] == [
        ("First", True, 0),
        ("Second", True, 0),
        ("Third", True, 0),
        ("Fourth", False, 2),
        ("-5% is not", False, 0),
    ]


def test_lettered_list_markers_are_bullets() -> None:
    cleaned = clean(lines("a)  First entry.", "(iv) Fourth entry.", "a) b c"))
    assert [(c.text, c.bullet) for c in cleaned.lines] == [
        ("First entry.", True),
        ("Fourth entry.", True),
        ("b c", True),
    ]


def test_a_lettered_point_is_no_copyright_line() -> None:
    cleaned = clean(lines("(c) The Treasurer asked about the cost.", "(c) Office of the PCC 2024"))
    assert [c.text for c in cleaned.lines if c.text] == ["The Treasurer asked about the cost."]


def test_protective_markings_are_furniture() -> None:
    cleaned = clean(
        lines("OFFICIAL", "The PCC asked.", "OFFICIAL - SENSITIVE", "NOT PROTECTIVELY MARKED")
    )
    assert [c.text for c in cleaned.lines if c.text] == ["The PCC asked."]
    footer = clean(
        lines(
            "Page 1 of 2                OFFICIAL",
            "-" * 40,
            "Signed ………… Date ……",
            "www.example-pcc.gov.uk          Page 1",
            "OFFICIAL – FOR PUBLICATION   Cawdor Vale PFCC – Page 1 of 1",
        )
    )
    assert [c.text for c in footer.lines if c.text] == []
    assert [c.text for c in clean(lines("Official figures were late.")).lines] == [
        "Official figures were late."
    ]


def test_paragraph_and_question_numbers_mark_paragraphs() -> None:
    cleaned = clean(
        lines("3.2 The PCC asked why.", "Q2. GB asked how.", "Q3 performance improved.", "2.5 FTE")
    )
    assert [(c.text, c.bullet) for c in cleaned.lines] == [
        ("The PCC asked why.", True),
        ("GB asked how.", True),
        ("Q3 performance improved.", False),
        ("2.5 FTE", False),
    ]


def test_link_lines_are_kept_as_papers_not_text() -> None:
    cleaned = clean(lines("Text.", "https://example.gov.uk/media/4-Finance.pdf", "More."))
    assert [c.text for c in cleaned.lines] == ["Text.", "More."]
    assert cleaned.links == [("https://example.gov.uk/media/4-Finance.pdf", 1)]


def test_headings_and_bullets_repeated_on_half_the_pages_are_not_furniture() -> None:
    # Four pages: a running header on three (not the first), an "Action" heading that happens
    # to open two, and a stock point's wrapped first line near the foot of two.
    stock = "• The CFO noted the update and said the"
    texts = [
        ["Westshire OPCC", "1. Welcome", stock, "text."],
        ["OFFICIAL", "Action", "Force: Provide the data.", stock],
        ["OFFICIAL", "Action", "OPCC: Share the report.", "The CC replied."],
        ["OFFICIAL", "3. Finance", "The CE agreed.", "Date of next meeting: 1 May 2025"],
    ]
    pages = [(page, text) for page, on_page in enumerate(texts, start=1) for text in on_page]
    found = [Line(text, number, page) for number, (page, text) in enumerate(pages, start=1)]
    furniture = {line.text for line in found if line.number in running_furniture(found)}
    assert furniture == {"OFFICIAL"}
