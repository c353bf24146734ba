"""Boards, their meetings, who attended, and what was said: the record's body, stored."""
