"""Links the action register's templates make: an action's own page, an owner's page."""

from __future__ import annotations

from django import template

from scrutiny.web.register.links import action_path
from scrutiny.web.register.owners import owner_slug as slug_of

register = template.Library()


@register.filter
def action_page(pk: int) -> str:
    return action_path(pk)


@register.filter
def owner_slug(owner: str | None) -> str:
    """The slug of the owner's page, or "" when the owner has none (not stated)."""
    return slug_of(owner)
