"""`scrutiny manage liaison USERNAME "ORGANISATION NAME"`: let a user update the actions their
organisation owns."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from scrutiny.accounts.services import UnknownName, make_liaison


class Command(BaseCommand):
    help = "Give USERNAME the liaison role for ORGANISATION (named as the notes name it)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("organisation", help='for example "Kent Police"')

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            membership, made = make_liaison(options["username"], options["organisation"])
        except UnknownName as problem:
            raise CommandError(str(problem)) from None
        user, organisation = membership.user, membership.organisation
        if made:
            self.stdout.write(f"{user} is now a liaison for {organisation}.")
        else:
            self.stdout.write(f"{user} was already a liaison for {organisation}.")
