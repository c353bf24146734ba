"""Who may upload: signed-in staff. Others signed in are refused (403), not sent to sign in
again, which could never help them."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

View = Callable[[HttpRequest], HttpResponse]


def staff_required(view: View) -> View:
    @wraps(view)
    def checked(request: HttpRequest) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_staff:
            raise PermissionDenied("Only staff can upload documents.")
        return view(request)

    return checked
