"""HTML reads as a browser shows it, without scripts, frames or anything else that runs."""

from __future__ import annotations

from scrutiny.read import read_bytes


def lines(body: str, head: str = "<title>Notes</title>") -> list[str]:
    page = f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
    return [line.text for line in read_bytes(page.encode(), "notes.html").lines]


def texts(body: str, head: str = "<title>Notes</title>") -> list[str]:
    """The lines with text; where paragraphs break is tested on its own."""
    return [line for line in lines(body, head) if line]


def test_blocks_are_lines_and_inline_markup_is_not() -> None:
    body = (
        "<h1>Notes</h1><p>The <b>PCC</b> asked\n   about <a href='#'>this</a>.</p><div>Next</div>"
    )
    assert texts(body) == ["Notes", "The PCC asked about this.", "Next"]


def test_head_scripts_and_embedded_content_are_dropped() -> None:
    body = (
        "<p>Before<script>alert(1)</script> after</p>"
        "<iframe src='https://example.org'>frame text</iframe>"
        "<noscript>enable scripts</noscript><style>p { color: red }</style>"
        "<template><p>template</p></template><object>object</object><embed src='x'>"
        "<p hidden>hidden</p><p style='display: none'>invisible</p><!-- comment -->"
        "<p>End</p>"
    )
    lines = texts(body, head="<title>Title</title><script>var x = 1;</script>")
    assert lines == ["Before after", "End"]


def test_list_items_start_with_a_bullet() -> None:
    assert texts("<ul><li>One</li><li><p>Two</p></li><li></li></ul><ol><li>Three</li></ol>") == [
        "• One",
        "• Two",
        "• Three",
    ]
    assert texts("<ul><li></li></ul><p>After</p>") == ["After"]


def test_table_rows_are_cells_joined_by_tabs() -> None:
    body = (
        "<table><tr><th>Action</th><th>Owner</th><th>Due</th></tr>"
        "<tr><td>Provide data <p>on turnover</p></td><td></td><td>20/03/2019</td></tr></table>"
    )
    assert texts(body) == ["Action\tOwner\tDue", "Provide data on turnover\t\t20/03/2019"]


def test_blocks_end_paragraphs_and_breaks_end_lines() -> None:
    assert lines("<p>a<br>b</p><p></p><p>&nbsp;</p><div><p>c<br><br>d</p></div>") == [
        "a",
        "b",
        "",
        "c",
        "",
        "d",
        "",
    ]


def test_no_break_spaces_keep_indentation() -> None:
    assert texts("<p>\u00a0\u00a0Indented\u00a0\u00a0twice</p><p>   collapsed</p>") == [
        "  Indented  twice",
        "collapsed",
    ]


def test_preformatted_text_keeps_its_layout() -> None:
    assert texts("<pre>  a\n\tb\n</pre>") == ["  a", "\tb"]


def test_declared_charset_is_honoured() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>£9.7m – PCC’s</p></body>'
    document = read_bytes(page.encode("cp1252"), "notes.htm")
    assert [line.text for line in document.lines] == ["£9.7m – PCC’s", ""]


def test_xhtml_with_an_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Notes</p></body></html>'
    assert [line.text for line in read_bytes(page.encode(), "n.xhtml").lines] == ["Notes", ""]


def test_site_navigation_and_footer_are_furniture() -> None:
    body = "<nav><a href='/'>Home</a></nav><main><p>Minutes</p></main><footer>© OPCC</footer>"
    assert texts(body) == ["Minutes"]


def test_a_table_of_minutes_reads_as_items_and_paragraphs() -> None:
    body = (
        "<table><tr><th>No.</th><th>Minutes</th><th>Action</th></tr>"
        "<tr><td>3.</td><td><p>Force\nPerformance</p><p>The DCC presented.</p>"
        "<ul><li>The PCC asked why.</li></ul></td><td>CC to report.</td></tr></table>"
        "<p>After.</p>"
    )
    assert lines(body) == [
        "3. Force Performance", "",
        "The DCC presented.", "",
        "• The PCC asked why.", "",
        "Action: CC to report.", "",
        "After.", "",
    ]  # fmt: skip
