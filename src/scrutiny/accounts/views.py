"""Signing in, with attempts limited (scrutiny.accounts.limits)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse

from scrutiny.accounts import limits
from scrutiny.web.forms import SignInForm

TOO_MANY = "Too many failed attempts to sign in. Wait 15 minutes, then try again"


class SignInView(auth_views.LoginView):
    authentication_form = SignInForm

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        username = str(request.POST.get("username", "")).strip()
        if limits.locked_out(username, limits.address_of(request)):
            form = self.get_form()
            form.errors.clear()
            form.add_error(None, TOO_MANY)
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        username = str(self.request.POST.get("username", "")).strip()
        if username and self.request.POST.get("password"):
            limits.record_failure(username, limits.address_of(self.request))
        return super().form_invalid(form)

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        limits.forget_failures(form.get_user().get_username())
        return super().form_valid(form)
