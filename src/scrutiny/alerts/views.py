"""The alert pages: subscribe, check your email, confirm, unsubscribe.

Confirming and unsubscribing are buttons (POST) on the page a mailed link opens, so a mail
scanner that follows links changes nothing. The unsubscribe POST needs no CSRF token: mail
programs send it themselves (RFC 8058 one-click), and the signed link is the authority.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt

from scrutiny.alerts import services
from scrutiny.alerts.forms import SubscribeForm
from scrutiny.alerts.links import confirmed_pk, unsubscribed_pk
from scrutiny.alerts.models import Subscription
from scrutiny.api import published, ratelimit

# Each subscription sends a mail: a form that mails anyone is limited per address it is used from.
ASKS_PER_HOUR = 10
HOUR = 60 * 60


def subscribe(request: HttpRequest) -> HttpResponse:
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        address = request.META.get("REMOTE_ADDR", "")
        if not ratelimit.allow(f"alerts-ask:{address}", ASKS_PER_HOUR, HOUR):
            form.add_error(None, "Too many alerts have been asked for from here: try in an hour")
            response = render(request, "alerts/subscribe.html", {"form": form}, status=429)
            response["Retry-After"] = str(ratelimit.retry_after(HOUR))
            return response
        slug = form.cleaned_data["board"]
        board = published.boards().filter(slug=slug).first() if slug else None
        services.ask(
            form.cleaned_data["email"],
            form.cleaned_data["keyword"],
            board,
            request.build_absolute_uri("/").rstrip("/"),
        )
        return redirect("alerts-check-email")
    return render(request, "alerts/subscribe.html", {"form": form})


def check_email(request: HttpRequest) -> HttpResponse:
    return render(request, "alerts/check_email.html")


def confirm(request: HttpRequest, token: str) -> HttpResponse:
    pk = confirmed_pk(token) or 0
    subscription = Subscription.objects.select_related("board").filter(pk=pk).first()
    if subscription is None:
        return render(request, "alerts/link_expired.html", status=404)
    if request.method == "POST":
        services.confirm(subscription)
        return render(request, "alerts/confirmed.html", {"subscription": subscription})
    return render(request, "alerts/confirm.html", {"subscription": subscription})


@csrf_exempt
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    pk = unsubscribed_pk(token) or 0
    subscription = Subscription.objects.select_related("board").filter(pk=pk).first()
    if request.method == "POST":
        if subscription is not None:
            services.unsubscribe(subscription)
        # Already gone is as good as done.
        return render(request, "alerts/unsubscribed.html")
    if subscription is None:
        return render(request, "alerts/unsubscribed.html")
    return render(request, "alerts/unsubscribe.html", {"subscription": subscription})
