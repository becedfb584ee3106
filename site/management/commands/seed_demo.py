from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from continuum.project_apps import app_modules


class Command(BaseCommand):
    help = "Create the demo content and accounts. Idempotent; refused under production settings."

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("seed_demo is for development and demonstration, not production.")
        call_command("setup_site", stdout=self.stdout)
        with transaction.atomic():
            for module in app_modules("demo"):
                module.seed(stdout=self.stdout)
        call_command("analyze_database", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
