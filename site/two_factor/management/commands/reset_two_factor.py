from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from continuum.two_factor import services


class Command(BaseCommand):
    help = (
        "Remove a user's two-factor devices (authenticator app and recovery codes), for someone who "
        "lost their phone. They set up two-factor sign-in again at their next sign-in; any session "
        "of theirs that had given a code is signed out. Recorded in Wagtail's audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get_by_natural_key(username)
        except user_model.DoesNotExist as error:
            raise CommandError(f"No user is called {username!r}.") from error
        removed = services.reset_two_factor(user)
        if removed:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Removed {removed} two-factor device(s) of {username}; "
                    "they set up again at their next sign-in."
                )
            )
        else:
            self.stdout.write(f"{username} had no two-factor device; nothing to remove.")
