from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

PROJECT_APPS = ("continuum", "curricula", "practices", "assessments")


class Command(BaseCommand):
    help = "Create the demo content and accounts. Idempotent; refused under production settings."

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("seed_demo is for development and demonstration, not production.")
        with transaction.atomic():
            for label in PROJECT_APPS:
                module_name = f"{apps.get_app_config(label).name}.demo"
                try:
                    module = import_module(module_name)
                except ModuleNotFoundError as error:
                    if error.name != module_name:
                        raise
                    continue
                module.seed(stdout=self.stdout)
        call_command("analyze_database", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
