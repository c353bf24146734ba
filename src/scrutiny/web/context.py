"""What every page's header needs: the main navigation, with the current section marked."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from scrutiny.accounts.permissions import runs_any_board


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    links = [
        ("Home", reverse("home")),
        ("Action register", reverse("actions")),
        ("Inspections", reverse("inspections")),
    ]
    # Search belongs to the search app, which may not be installed: its address is fixed.
    links.append(("Search", "/search/"))
    if user is not None and user.is_staff:
        links += [
            ("Review closures", reverse("action-review")),
            ("Commitments", reverse("commitments")),
            ("Upload", reverse("upload")),
        ]
    if user is not None and user.is_authenticated and runs_any_board(user):
        links.append(("Run a board", reverse("run")))
    if user is None or not user.is_authenticated:
        links.append(("Sign in", reverse("login")))
    current = _current(request.path, [href for _, href in links])
    items = [{"label": label, "href": href, "current": href == current} for label, href in links]
    return {"navigation": items}


def _current(path: str, hrefs: list[str]) -> str | None:
    """The section a page belongs to: Home only on itself; otherwise the section whose address
    is the longest start of the page's (so /actions/review/ is in Review closures, not in the
    register at /actions/)."""
    owners = [href for href in hrefs if (path == href if href == "/" else path.startswith(href))]
    return max(owners, key=len, default=None)
