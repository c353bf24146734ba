"""Lines of published board notes -> a `scrutiny.meeting/1` record.

Usage: `extract(read_path("notes.pdf"))`. Pure Python, no web framework. The steps, each a
module of its own: clean (furniture out), paragraphs, agenda (items), header and people, body
(sections, points, actions), previous (the last meeting's item), action_table and reconcile
(one action log), papers, figures.
"""

from __future__ import annotations

from scrutiny.extract.meeting import extract

__all__ = ["extract"]
