"""What every page's header needs: the main navigation, with the current section marked."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    links = [("Home", reverse("home")), ("Action register", reverse("actions"))]
    # Search belongs to the search app, which may not be installed: its address is fixed.
    links.append(("Search", "/search/"))
    if user is not None and user.is_staff:
        links.append(("Upload", reverse("upload")))
    if user is None or not user.is_authenticated:
        links.append(("Sign in", reverse("login")))
    path = request.path
    items = [
        # Home is current only on itself; every other section owns the addresses below it.
        {
            "label": label,
            "href": href,
            "current": path == href if href == "/" else path.startswith(href),
        }
        for label, href in links
    ]
    return {"navigation": items}
