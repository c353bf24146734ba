"""Addresses of pages the register links to."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse


def action_path(pk: int) -> str:
    """An action's own page. The page belongs to the action log's package; its address is fixed
    (/actions/<pk>/) should that package not name it "action"."""
    try:
        return reverse("action", args=[pk])
    except NoReverseMatch:
        return f"/actions/{pk}/"
