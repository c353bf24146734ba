"""A layout as a standalone, accessible HTML page (and the source of the PDF).

One page with its language, a title, a heading per item, real lists and a table whose header
cells are `th scope="col"`, named by the heading above it. Everything is escaped; nothing is
loaded from elsewhere: the styles are in the page.
"""

from __future__ import annotations

from html import escape

from scrutiny.render.blocks import Block, Bullets, Heading, Layout, Letterhead, Link, Para, Table

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 1rem; line-height: 1.4;
  max-width: 50rem; margin: 1rem auto; padding: 0 1rem; color: #0b0c0c; }
.letterhead { color: #505a5f; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; } h3 { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #b1b4b6; padding: 0.3rem 0.5rem; text-align: left;
  vertical-align: bottom; }
.short { white-space: nowrap; }
a { color: #1d70b8; }
"""


def _inline(text: str) -> str:
    return escape(text, quote=False)


def _block(block: Block, index: int) -> str:
    if isinstance(block, Letterhead):
        return "".join(f'<p class="letterhead">{_inline(line)}</p>\n' for line in block.lines)
    if isinstance(block, Heading):
        return f"<h{block.level}>{_inline(block.text)}</h{block.level}>\n"
    if isinstance(block, Para):
        if block.label is None:
            return f"<p>{_inline(block.text)}</p>\n"
        rest = f" {_inline(block.text)}" if block.text else ""
        return f"<p><strong>{_inline(block.label)}</strong>{rest}</p>\n"
    if isinstance(block, Bullets):
        return _bullets(block)
    if isinstance(block, Link):
        return f'<p class="paper"><a href="{escape(block.url)}">{_inline(block.url)}</a></p>\n'
    return _table(block, f"table-{index}")


def _bullets(block: Bullets) -> str:
    out = ["<ul>\n"]
    for bullet in block.items:
        out.append(f"<li>{_inline(bullet.text)}")
        if bullet.children:
            children = "".join(f"<li>{_inline(child)}</li>\n" for child in bullet.children)
            out.append(f"\n<ul>\n{children}</ul>\n")
        out.append("</li>\n")
    out.append("</ul>\n")
    return "".join(out)


def _cell(tag: str, text: str, column: int, table: Table) -> str:
    scope = ' scope="col"' if tag == "th" else ""
    kind = "wide" if column == table.wide else "short"
    return f'<{tag}{scope} class="{kind}">{_inline(text)}</{tag}>'


def _table(table: Table, identifier: str) -> str:
    head = "".join(_cell("th", cell, n, table) for n, cell in enumerate(table.header))
    rows = "".join(
        "<tr>" + "".join(_cell("td", cell, n, table) for n, cell in enumerate(row)) + "</tr>\n"
        for row in table.rows
    )
    return (
        f'<h2 id="{identifier}">{_inline(table.title)}</h2>\n'
        f'<table aria-labelledby="{identifier}">\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n"
    )


def write_html(layout: Layout, *, extra_style: str = "") -> str:
    body = "".join(_block(block, index) for index, block in enumerate(layout.blocks))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{layout.language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_inline(layout.title)}</title>\n"
        f"<style>{STYLE}{extra_style}</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
