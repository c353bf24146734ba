"""The admin: for looking at what ingestion stored and putting right what it got wrong."""

from __future__ import annotations

from django.contrib import admin

from scrutiny.meetings.models import (
    AgendaItem,
    Attendance,
    Board,
    Discharged,
    Meeting,
    Organisation,
    Person,
    Point,
    Section,
)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    search_fields = ["name"]


@admin.register(Board)
class BoardAdmin(admin.ModelAdmin[Board]):
    list_display = ["name", "organisation", "slug"]
    search_fields = ["name", "organisation__name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin[Person]):
    list_display = ["name", "organisation"]
    search_fields = ["name"]


class AttendanceInline(admin.TabularInline[Attendance, Meeting]):
    model = Attendance
    extra = 0
    raw_id_fields = ["person"]


class DischargedInline(admin.TabularInline[Discharged, Meeting]):
    model = Discharged
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin[Meeting]):
    list_display = ["__str__", "organisation", "date", "version", "is_current"]
    list_filter = ["is_current", "board"]
    date_hierarchy = "date"
    search_fields = ["board__name", "venue", "source__name"]
    raw_id_fields = ["source", "superseded_by"]
    inlines = [AttendanceInline, DischargedInline]


class SectionInline(admin.TabularInline[Section, AgendaItem]):
    model = Section
    extra = 0


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin[AgendaItem]):
    list_display = ["__str__", "meeting", "presenter"]
    search_fields = ["title"]
    raw_id_fields = ["meeting"]
    inlines = [SectionInline]


@admin.register(Point)
class PointAdmin(admin.ModelAdmin[Point]):
    list_display = ["__str__", "kind"]
    list_filter = ["kind"]
    search_fields = ["text"]
    raw_id_fields = ["section"]
