"""Entries leave the index the moment what they show stops being public.

The index holds only what the public may see (see `scrutiny.search.services`), and nothing in
the authoring cycle changes that after publication; but a meeting saved as unpublished, or an
item saved as private, from anywhere (the admin included) takes its entries with it.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from scrutiny.meetings.models import AgendaItem, Meeting
from scrutiny.search.services import forget_hidden


@receiver(post_save, sender=Meeting, dispatch_uid="search-hide-meeting")
def meeting_saved(sender: type[Meeting], instance: Meeting, **kwargs: Any) -> None:
    if instance.status != Meeting.PUBLISHED:
        forget_hidden(Meeting.objects.filter(pk=instance.pk))


@receiver(post_save, sender=AgendaItem, dispatch_uid="search-hide-item")
def item_saved(sender: type[AgendaItem], instance: AgendaItem, **kwargs: Any) -> None:
    if instance.private:
        forget_hidden(Meeting.objects.filter(pk=instance.meeting_id))
