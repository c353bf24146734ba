from __future__ import annotations

from django.contrib import admin

from scrutiny.alerts.models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin[Subscription]):
    list_display = ["email", "keyword", "board", "confirmed_at", "last_sent_at"]
    exclude = ["delivered"]
