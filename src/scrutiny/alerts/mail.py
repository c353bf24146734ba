"""The two mails: please confirm, and the digest. Plain text, each with a one-click
unsubscribe (RFC 8058) once the subscription is confirmed."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage

from scrutiny.alerts.links import confirm_path, unsubscribe_path
from scrutiny.alerts.models import Subscription
from scrutiny.meetings.models import Meeting
from scrutiny.web.feeds.meetings import agenda_of, title_of


def confirmation(subscription: Subscription, site: str) -> EmailMessage:
    body = (
        f"Someone, we hope you, asked for an email when there is news of "
        f"{subscription.describe()} in the published notes of police accountability boards.\n\n"
        f"To start the alerts, confirm within a week:\n{site}{confirm_path(subscription.pk)}\n\n"
        "If you did not ask, ignore this email: nothing will be sent.\n"
    )
    return EmailMessage(subject="Confirm your Scrutiny alert", body=body, to=[subscription.email])


def digest(subscription: Subscription, meetings: list[Meeting], site: str) -> EmailMessage:
    unsubscribe = f"{site}{unsubscribe_path(subscription.pk)}"
    lines = [f"New in the published notes, for {subscription.describe()}:", ""]
    for meeting in meetings:
        lines += [title_of(meeting), agenda_of(meeting), f"{site}/meetings/{meeting.pk}/", ""]
    lines += ["To stop these emails, one click:", unsubscribe, ""]
    count = len(meetings)
    return EmailMessage(
        subject=f"Scrutiny: {count} new meeting{'s' if count != 1 else ''} for "
        f"{subscription.describe()}",
        body="\n".join(lines),
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def site_url() -> str:
    return str(settings.SITE_URL)
