"""A layout as plain text, as a word processor saves notes as text.

One line a paragraph (a text file does not wrap), a blank line between blocks, bullets as
"- " with their sub-bullets indented, and a table's cells separated by tabs.
"""

from __future__ import annotations

from scrutiny.render.blocks import Block, Bullets, Heading, Layout, Letterhead, Link, Para


def labelled(para: Para) -> str:
    if para.label is None:
        return para.text
    return f"{para.label} {para.text}".rstrip()


def _lines(block: Block) -> list[str]:
    if isinstance(block, Letterhead):
        return list(block.lines)
    if isinstance(block, Heading):
        return [block.text]
    if isinstance(block, Para):
        return [labelled(block)]
    if isinstance(block, Bullets):
        lines = []
        for bullet in block.items:
            lines.append(f"- {bullet.text}")
            lines.extend(f" - {child}" for child in bullet.children)
        return lines
    if isinstance(block, Link):
        return [block.url]
    return [block.title, "", "\t".join(block.header), *("\t".join(row) for row in block.rows)]


def write_text(layout: Layout) -> str:
    return "\n\n".join("\n".join(_lines(block)) for block in layout.blocks) + "\n"
