from __future__ import annotations

from django.contrib import admin

from scrutiny.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ["prefix", "name", "user", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["prefix", "digest", "created_at", "created_by", "last_used_at"]
